"""Reading input files safely: paths (``-`` is stdin), UTF-8 with a clear error otherwise,
binary refused, HTML reduced to its visible text (scripts and styles dropped, never run)."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

MAX_BYTES = 64 * 1024 * 1024
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer "
                        "blockquote pre hr title main aside nav figure figcaption dd dt".split())
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "head"))


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ARG002
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page: scripts, styles and other non-text elements dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control characters in the first 8 KiB, mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.10


def decode(data: bytes, name: str) -> str:
    """Bytes to text: UTF-8 (a BOM is allowed); anything else is an error naming the problem."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(f"{name}: is UTF-16 (byte-order mark found), not UTF-8; convert it first, "
                         "e.g. iconv -f utf-16 -t utf-8")
    if looks_binary(data):
        raise InputError(f"{name}: looks like a binary file, not text (NUL or control bytes); give a plain-text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 4].hex(" ")
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start} (bytes {bad}); "
            f"convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None
    if _HTML_START.match(data[:512]) or name.lower().endswith((".html", ".htm", ".xhtml")):
        text = html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: str | Path, *, stdin: BinaryIO | None = None) -> str:
    """Read one input: a path, or ``-`` for standard input."""
    name = str(path)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise InputError(f"{name}: {size} bytes is over the {MAX_BYTES // (1 << 20)} MiB input limit")
            data = p.read_bytes()
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except IsADirectoryError:
            raise InputError(f"{name}: is a directory, not a file") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: over the {MAX_BYTES // (1 << 20)} MiB input limit")
    return decode(data, name)
