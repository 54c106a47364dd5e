"""Terminal report: summary first, then the claims grouped by label, changed words marked
inside altered pairs. Colour only when asked (the CLI asks on a TTY without NO_COLOR);
without colour the marks are ``[+inserted+]`` and ``[-deleted-]``. Lines never exceed
``width`` display columns (wide characters count two), except the signature, which is one
line so that it can be copied whole; control characters in article text are replaced, so a
report cannot drive the terminal.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from ..types import Claim, Comparison
from . import diff
from .diff import Span

COLOURS = {"added": "32", "dropped": "31", "altered": "33", "kept": "2", "head": "1", "dim": "2",
           "ins": "4;32", "del": "9;31", "fact": "1"}
TITLES = {
    "altered": "ALTERED: aligned with an original claim, but a typed fact differs",
    "added": "ADDED: no original supports it",
    "dropped": "DROPPED: in an original, and no rewrite claim keeps or alters it",
    "kept": "KEPT: supported, and no typed fact differs",
    "details_dropped": "DETAILS DROPPED: words of a kept or altered original claim the rewrite lacks",
    "details_added": "DETAILS ADDED: words of a kept or altered rewrite claim its original lacks",
}
DETAIL_COLOURS = {"details_dropped": "31", "details_added": "32"}
MARKS = {"ins": ("[+", "+]"), "del": ("[-", "-]")}

Chunk = tuple[str, str]  # (text, ANSI code or "")
NO_BREAK = "\u00a0\u2007\u202f"


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color and code and text else text


def _chunks(text: str, layers: Mapping[str, Iterable[Span]], color: bool) -> list[Chunk]:
    """Text cut by highlight layers: ANSI codes with colour, bracket marks without."""
    out: list[Chunk] = []
    for piece, names in diff.runs(diff.clean(text), layers):
        if color:
            out.append((piece, ";".join(COLOURS[n] for n in ("fact", "ins", "del") if n in names)))
            continue
        mark = next((n for n in ("ins", "del") if n in names), "")
        if out and out[-1][1] == mark:
            out[-1] = (out[-1][0] + piece, mark)
        else:
            out.append((piece, mark))
    if color:
        return out
    return [(f"{MARKS[m][0]}{t}{MARKS[m][1]}" if m else t, "") for t, m in out]


def _words(chunks: list[Chunk]) -> list[tuple[list[Chunk], str]]:
    """Split chunks at whitespace: (word as chunks, style of the space before it)."""
    words: list[tuple[list[Chunk], str]] = []
    cur: list[Chunk] = []
    space, pending = "", ""
    for text, code in chunks:
        buf = ""
        for ch in text:
            if ch.isspace() and ch not in NO_BREAK:
                if buf:
                    cur.append((buf, code))
                    buf = ""
                if cur:
                    words.append((cur, space))
                    cur = []
                pending = code
            else:
                if not cur and not buf:
                    space = pending
                buf += ch
        if buf:
            cur.append((buf, code))
    if cur:
        words.append((cur, space))
    return words


def _split(word: list[Chunk], avail: int) -> list[list[Chunk]]:
    """Hard-break a word wider than ``avail`` columns."""
    parts: list[list[Chunk]] = [[]]
    used = 0
    for text, code in word:
        buf = ""
        for ch in text:
            w = diff.display_width(ch)
            if used + w > avail and used > 0:
                if buf:
                    parts[-1].append((buf, code))
                parts.append([])
                buf, used = "", 0
            buf += ch
            used += w
        if buf:
            parts[-1].append((buf, code))
    return parts


def wrap(chunks: list[Chunk], width: int, first: str, rest: str, color: bool) -> list[str]:
    """Greedy wrap by display width; ``first``/``rest`` are plain prefixes."""
    lines: list[list[Chunk]] = []
    line: list[Chunk] = []
    used, avail = 0, max(8, width - diff.display_width(first))
    narrow = max(8, width - max(diff.display_width(first), diff.display_width(rest)))
    for word, space in _words(chunks):
        ww = sum(diff.display_width(t) for t, _ in word)
        for k, piece in enumerate(_split(word, narrow) if ww > avail else [word]):
            pw = sum(diff.display_width(t) for t, _ in piece)
            if used and used + (k == 0) + pw > avail:
                lines.append(line)
                line, used, avail = [], 0, max(8, width - diff.display_width(rest))
            if used and k == 0:
                line.append((" ", space))
                used += 1
            line.extend(piece)
            used += pw
    lines.append(line)
    out = []
    for i, segs in enumerate(lines):
        merged: list[Chunk] = []
        for t, c in segs:  # one escape sequence per run of one style
            if merged and merged[-1][1] == c:
                merged[-1] = (merged[-1][0] + t, c)
            else:
                merged.append((t, c))
        out.append(((first if i == 0 else rest) + "".join(_paint(t, c, color) for t, c in merged)).rstrip())
    return out


def _plain(text: str, width: int, first: str, rest: str, color: bool = False, code: str = "") -> list[str]:
    return wrap([(diff.clean(text), code)], width, first, rest, color)


def _summary(result: Comparison, width: int, color: bool) -> list[str]:
    counts, s = result.counts(), result.scores
    n = len(result.originals)
    names = ", ".join(d.name for d in result.originals) or "none"
    lines = [_paint("provenance report", COLOURS["head"], color)]
    lines += _plain(f"rewrite: {diff.headline(result)}: {names}", width, "", "  ")
    labels: list[Chunk] = []
    for k in ("kept", "altered", "added", "dropped"):
        labels += [(f"{k}\u00a0{counts[k]}", COLOURS[k] if k != "kept" else ""), ("   ", "")]
    lines += wrap(labels, width, "labels    ", "          ", color)
    if n > 1:
        per = ", ".join(f"{result.originals[i].name} {k}" for i, k in diff.counts_by_source(result, "dropped"))
        lines += _plain(f"dropped per original: {per}", width, "          ", "          ")
    kept = ", ".join(f"{diff.pct(k)} of {d.name}" for k, d in zip(s.original_kept, result.originals))
    lines += _plain(f"the originals explain {diff.pct(s.rewrite_coverage)} of the rewrite"
                    + (f"; the rewrite keeps {kept}" if kept else ""), width, "coverage  ", "          ")
    lines += _plain(f"cosine {s.overlap.cosine:.2f}, token set {s.overlap.token_set:.2f}, "
                    f"difflib {s.overlap.difflib:.2f}", width, "overlap   ", "          ")
    if (v := diff.verdict(result)) is not None:
        lines += _plain(v, width, "verdict   ", "          ")
    if n > 1:
        for r in result.ranking:
            top = "  (top source)" if r.rank == 1 else ""
            lines += _plain(f"{r.rank}. {result.originals[r.index].name}: explains {diff.pct(r.rewrite_coverage)} "
                            f"of the rewrite, {diff.pct(r.original_kept)} of it kept{top}", width,
                            "sources   " if r.rank == 1 else "          ", "             ")
    spans: list[list[Any]] = []  # [first sentence, last sentence, source name]: runs of one source
    for a in result.attribution:
        name = result.originals[a.source].name if 0 <= a.source < n else "no source"
        if spans and spans[-1][2] == name and spans[-1][1] == a.sentence - 1:
            spans[-1][1] = a.sentence
        else:
            spans.append([a.sentence, a.sentence, name])
    attrib = " · ".join(f"R{f + 1}{f'-R{t + 1}' if t > f else ''} {name}" for f, t, name in spans)
    if attrib:
        lines += _plain(attrib, width, "sentences ", "          ")
    for w in result.warnings:
        lines += _plain(f"warning: {w}", width, "", "  ", color, COLOURS["dropped"])
    return lines


def _where(result: Comparison, c: Claim) -> str:
    """Where a rewrite claim's evidence is: "original.txt O7"."""
    out = []
    for e in c.evidence:
        if e.side == "original" and 0 <= e.source < len(result.originals):
            doc = result.originals[e.source]
            sent = doc.claims[e.claim].sentence + 1 if 0 <= e.claim < len(doc.claims) else "?"
            item = f"{doc.name} O{sent}"
            if item not in out:
                out.append(item)
    return ", ".join(out)


def _altered(result: Comparison, width: int, color: bool) -> list[str]:
    lines: list[str] = []
    for p in diff.altered_pairs(result):
        c = p.claim
        head = f"R{c.sentence + 1} ↔ {_where(result, c) or p.source_name}  [{', '.join(p.kinds)}] {c.reason}"
        lines += _plain(head, width, "  ", "      ", color, COLOURS["altered"])
        lines += wrap(_chunks(p.rewrite, p.rewrite_marks, color), width, "    rewrite   ", "              ", color)
        lines += wrap(_chunks(p.original, p.original_marks, color), width, "    original  ", "              ", color)
    return lines


def _detail(d: Any, side: str) -> str:
    note = diff.instead_note(d, side == "R")
    return f"«{diff.clean(d.text)}»" + (f" ({note})" if note else "")


def _item(num: str, text: str, note: str, width: int, color: bool, arrow: str = "↳") -> list[str]:
    first = f"  {num:<5}"
    lines = wrap(_chunks(text, {}, False), width, first, " " * len(first), color)
    if note:
        lines += _plain(note, width, " " * len(first) + arrow + " ", " " * (len(first) + 2), color, COLOURS["dim"])
    return lines


def render(result: Comparison, *, color: bool = False, width: int = 100, show_kept: bool = True, **_: Any) -> str:
    width = max(40, int(width))
    lines = _summary(result, width, color)

    def heading(label: str, n: int, extra: str = "") -> None:
        lines.append("")
        lines.extend(_plain(f"{TITLES[label]} ({n}{extra})", width, "", "  ", color, COLOURS[label] + ";1"))

    if result.altered:
        heading("altered", len(result.altered))
        lines.extend(_altered(result, width, color))
    if result.added:
        groups = diff.folded(result.added)
        heading("added", len(result.added), diff.distinct_note(len(result.added), groups))
        for c, again in groups:
            where = diff.places(c, again, "R")
            lines.extend(_item(f"R{c.sentence + 1}", c.text, ("boilerplate; " if c.boilerplate else "") + c.reason
                               + (f"; {where}" if where else ""), width, color))
    used = diff.used_sources(result)
    dropped = [(i, k) for i, k in diff.counts_by_source(result, "dropped") if k]
    if dropped:
        shown = sum(k for i, k in dropped if i in used)
        total = sum(k for _, k in dropped)
        heading("dropped", total, f"; {shown} listed" if shown != total else "")
        for i, k in dropped:
            doc = result.originals[i]
            if i not in used:
                lines.extend(_plain(f"{doc.name}: {k} of {len(doc.claims)} claims dropped; not listed, as it is the "
                                    "best source of no rewrite sentence (the html and json reports list them)",
                                    width, "  ", "    ", color, COLOURS["dim"]))
                continue
            if len(result.originals) > 1:
                lines.extend(_plain(f"from {doc.name} ({k})", width, "  ", "    "))
            for c, again in diff.folded([c for c in doc.claims if c.label == "dropped"]):
                lines.extend(_item(f"O{c.sentence + 1}", c.text, diff.places(c, again, "O"), width, color))
    for key, items in (("details_added", [("R", c) for c in result.rewrite.claims if c.details]),
                       ("details_dropped", [("O", c) for i, doc in enumerate(result.originals) if i in used
                                            for c in doc.claims if c.details])):
        if items:   # one entry per claim: its details, then the claim they sit in
            lines.append("")
            n = sum(len(c.details) for _, c in items)
            lines.extend(_plain(f"{TITLES[key]} ({n})", width, "", "  ", color, DETAIL_COLOURS[key] + ";1"))
            for side, c in items:
                lines.extend(_item(f"{side}{c.sentence + 1}", " · ".join(_detail(d, side) for d in c.details),
                                   f"in: {diff.short(c.text, 160)}", width, color))
    if result.kept and show_kept:
        heading("kept", len(result.kept))
        for c in result.kept:
            note = f"{_where(result, c)} ({c.support:.2f})"
            lines.extend(_item(f"R{c.sentence + 1}", c.text, note, width, color, "↔"))
    lines.append("")
    # one unwrapped line: the signature is an identifier, to be copied whole
    lines.append(_paint("signature: " + diff.clean(result.signature), COLOURS["dim"], color))
    return "\n".join(lines) + "\n"
