"""Terminal report: summary first, then claims grouped by label. Colour only when asked
(the CLI asks on a TTY without NO_COLOR); width-aware wrapping."""

from __future__ import annotations

import textwrap
from typing import Any

from ..types import Claim, Comparison

COLOURS = {"added": "32", "dropped": "31", "altered": "33", "kept": "2", "head": "1"}
ORDER = ("altered", "added", "dropped", "kept")
TITLES = {
    "altered": "ALTERED: aligned with an original, but a fact changed",
    "added": "ADDED: supported by no original",
    "dropped": "DROPPED: in an original, missing from the rewrite",
    "kept": "KEPT: supported, no typed fact differs",
}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if color else text


def _mark(text: str, spans: list[tuple[int, int]], code: str, color: bool) -> str:
    """Highlight spans inside a claim: colour on a TTY, [[brackets]] otherwise."""
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos or e <= s:
            continue
        out.append(text[pos:s])
        piece = text[s:e]
        out.append(_paint(piece, code + ";1;4", True) if color else f"[[{piece}]]")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def _claim_lines(c: Claim, doc_name: str, width: int, color: bool, side: str) -> list[str]:
    spans: list[tuple[int, int]] = []
    for ch in c.changes:
        facts = ch.rewrite if side == "rewrite" else ch.original
        spans.extend((f.start - c.start, f.end - c.start) for f in facts if c.start <= f.start < f.end <= c.end)
    body = _mark(c.text, spans, COLOURS[c.label], color)
    where = f"{doc_name} #{c.sentence + 1}"
    lines = textwrap.wrap(body, width=width - 4, initial_indent="  • ", subsequent_indent="    ",
                          break_long_words=True, break_on_hyphens=False) or ["  • "]
    lines.insert(0, _paint(f"  [{where}] {c.reason_code}", "2", color))
    reason = textwrap.wrap(c.reason, width=width - 6, initial_indent="    ↳ ", subsequent_indent="      ")
    return lines + reason


def render(result: Comparison, *, color: bool = False, width: int = 100, show_kept: bool = True, **_: Any) -> str:
    width = max(40, int(width))
    counts = result.counts()
    s = result.scores
    lines = [
        _paint("provenance report", COLOURS["head"], color),
        f"rewrite: {len(result.rewrite.claims)} claims in {len(result.rewrite.sentences)} sentences; "
        f"originals: {', '.join(d.name for d in result.originals)}",
        "labels:  " + "  ".join(_paint(f"{k} {counts[k]}", COLOURS[k], color) for k in ("kept", "altered", "added", "dropped")),
        f"coverage: the originals explain {s.rewrite_coverage:.0%} of the rewrite; the rewrite keeps "
        + ", ".join(f"{k:.0%} of {d.name}" for k, d in zip(s.original_kept, result.originals)),
        f"overlap:  cosine {s.overlap.cosine:.2f}  token_set {s.overlap.token_set:.2f}  "
        f"difflib {s.overlap.difflib:.2f}",
    ]
    if len(result.originals) > 1:
        lines.append("sources: " + "  ".join(
            f"{r.rank}. {result.originals[r.index].name} ({r.rewrite_coverage:.0%})" for r in result.ranking))
    for w in result.warnings:
        lines.append(_paint(f"warning: {w}", COLOURS["dropped"], color))
    groups: dict[str, list[tuple[str, Claim, str]]] = {k: [] for k in ORDER}
    for c in result.rewrite.claims:
        groups[c.label].append(("rewrite", c, "rewrite"))
    for d in result.originals:
        for c in d.claims:
            if c.label == "dropped":
                groups["dropped"].append((d.name, c, "original"))
    for label in ORDER:
        items = groups[label]
        if not items or (label == "kept" and not show_kept):
            continue
        lines.append("")
        lines.append(_paint(f"{TITLES[label]} ({len(items)})", COLOURS[label] + ";1", color))
        for name, c, side in items:
            lines.extend(_claim_lines(c, name, width, color, side))
    lines.append("")
    lines.append(_paint("signature: " + result.signature, "2", color))
    return "\n".join(lines) + "\n"
