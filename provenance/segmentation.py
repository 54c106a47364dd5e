"""Sentences with offsets kept: ``text == source[start:end]`` for every segment.

Texts are split into paragraphs at line breaks first (pysbd is superlinear on long inputs),
long paragraphs into blocks at likely sentence ends, then each block by pysbd. Sentences
longer than ``max_chars`` are cut at whitespace into windows so the model sees all of them.
No non-whitespace character is ever left outside a segment.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .types import Segment

_PARAGRAPH = re.compile(r"[^\n]+")
_BLOCK_BREAK = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_BLOCK_CHARS = 2000


@lru_cache(maxsize=1)
def _segmenter():  # noqa: ANN202 - pysbd has no types
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut [start, end) into blocks of at most ~_BLOCK_CHARS at likely sentence ends or spaces."""
    while end - start > _BLOCK_CHARS:
        window_end = start + _BLOCK_CHARS
        cut = -1
        for m in _BLOCK_BREAK.finditer(text, start + _BLOCK_CHARS // 4, window_end):
            cut = m.end()
        if cut == -1:
            space = text.rfind(" ", start + _BLOCK_CHARS // 4, window_end)
            cut = space + 1 if space != -1 else window_end
        yield start, cut
        start = cut
    yield start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _locate(text: str, start: int, end: int, pieces: list[str]) -> list[tuple[int, int]]:
    """Map pysbd's sentence strings back to offsets by walking non-whitespace characters.

    pysbd (clean=False) returns pieces of the input, but may alter whitespace; counting
    non-whitespace characters is robust to that and never loses a character.
    """
    spans: list[tuple[int, int]] = []
    pos = start
    for piece in pieces:
        need = sum(1 for ch in piece if not ch.isspace())
        if need == 0:
            continue
        while pos < end and text[pos].isspace():
            pos += 1
        s = pos
        while pos < end and need:
            if not text[pos].isspace():
                need -= 1
            pos += 1
        if pos > s:
            spans.append((s, pos))
    if spans:
        # anything pysbd did not return (should not happen) joins the last sentence
        s, _ = spans[-1]
        spans[-1] = (s, _strip(text, s, end)[1])
    return spans


def _windows(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long sentence at whitespace into pieces of at most max_chars."""
    while end - start > max_chars:
        cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
        cut = cut if cut != -1 else start + max_chars
        s, e = _strip(text, start, cut)
        if e > s:
            yield s, e
        start = cut
    s, e = _strip(text, start, end)
    if e > s:
        yield s, e


def segment(text: str, *, max_chars: int = 1000) -> tuple[Segment, ...]:
    """Split ``text`` into sentences. Empty or whitespace-only text gives ``()``."""
    out: list[Segment] = []
    seg = _segmenter()
    for paragraph, m in enumerate(_PARAGRAPH.finditer(text)):
        p_start, p_end = _strip(text, m.start(), m.end())
        if p_end <= p_start:
            continue
        for b_start, b_end in _blocks(text, p_start, p_end):
            b_start, b_end = _strip(text, b_start, b_end)
            if b_end <= b_start:
                continue
            pieces = seg.segment(text[b_start:b_end])
            for s, e in _locate(text, b_start, b_end, pieces):
                for ws, we in _windows(text, s, e, max_chars):
                    out.append(Segment(len(out), ws, we, text[ws:we], paragraph))
    return _renumber_paragraphs(out)


def _renumber_paragraphs(segments: list[Segment]) -> tuple[Segment, ...]:
    """Paragraph numbers count non-empty paragraphs only (0, 1, 2 ...)."""
    mapping: dict[int, int] = {}
    result = []
    for s in segments:
        p = mapping.setdefault(s.paragraph, len(mapping))
        result.append(Segment(s.index, s.start, s.end, s.text, p))
    return tuple(result)
