"""What every human-facing renderer (text, Markdown, HTML) shares: the word-level diff of
altered pairs, the cutting of a sentence into claim pieces with highlight layers, the
side-by-side row layout, and text cleaning. Pure functions over ``Comparison``; no markup here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Iterable, Mapping, Sequence

from ..types import Claim, Comparison, Document

Span = tuple[int, int]

#: Words (with inner apostrophes, hyphens, decimal points and thousands separators) or one
#: punctuation mark. Whitespace is never a token.
TOKEN = re.compile(r"\w+(?:['’\-.,]\w+)*|[^\w\s]")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
#: C0/C1 control characters other than tab and newline (ESC among them), and the bidi
#: embedding, override and isolate controls: never copied verbatim into a report, where they
#: could drive a terminal, break markup or display article text in an order it does not have.
#: Right-to-left text itself is kept (the Unicode bidi algorithm orders it without them), and
#: so are zero-width characters (emoji sequences need the joiner).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

LABEL_ORDER = ("altered", "added", "dropped", "kept")
MEANING = {
    "kept": "supported, and no typed fact differs",
    "altered": "aligned with an original claim, but a typed fact differs",
    "added": "no original supports it",
    "dropped": "in an original, and no rewrite claim keeps or alters it",
}


def clean(text: str) -> str:
    """Replace control characters (see ``_CONTROL``) with U+FFFD, one for one, so offsets hold."""
    return _CONTROL.sub("\ufffd", text)


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens with their character offsets."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _key(tok: str) -> str:
    return tok.translate(_FOLD).casefold()


def changed_spans(a: str, b: str) -> tuple[list[Span], list[Span]]:
    """Word diff of two texts: spans of ``a`` absent from ``b`` and spans of ``b`` absent
    from ``a``. Case, curly quotes and punctuation-only tokens are not differences; the
    tokens of one diff operation form one span (so "two ballistic missiles" is one mark)."""
    ta, tb = tokens(a), tokens(b)
    sm = SequenceMatcher(None, [_key(t[2]) for t in ta], [_key(t[2]) for t in tb], autojunk=False)
    out_a: list[Span] = []
    out_b: list[Span] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        for toks, lo, hi, out in ((ta, i1, i2, out_a), (tb, j1, j2, out_b)):
            words = [t for t in toks[lo:hi] if any(ch.isalnum() for ch in t[2])]
            if words:
                out.append((words[0][0], words[-1][1]))
    return out_a, out_b


def fact_spans(claim: Claim, side: str) -> list[Span]:
    """The typed facts of a claim's changes that lie inside it, relative to the claim text.
    ``side`` is ``"rewrite"`` or ``"original"``: the side the claim belongs to."""
    out: list[Span] = []
    for ch in claim.changes:
        for f in (ch.rewrite if side == "rewrite" else ch.original):
            if claim.start <= f.start < f.end <= claim.end:
                out.append((f.start - claim.start, f.end - claim.start))
    return sorted(set(out))


def runs(text: str, layers: Mapping[str, Iterable[Span]]) -> list[tuple[str, frozenset[str]]]:
    """Cut ``text`` at every span boundary: (piece, names of the layers covering it)."""
    spans = [(max(0, s), min(len(text), e), name) for name, ss in layers.items() for s, e in ss]
    spans = [t for t in spans if t[0] < t[1]]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[tuple[str, frozenset[str]]] = []
    for lo, hi in zip(cuts, cuts[1:]):
        names = frozenset(n for s, e, n in spans if s <= lo and hi <= e)
        if out and out[-1][1] == names:
            out[-1] = (out[-1][0] + text[lo:hi], names)
        else:
            out.append((text[lo:hi], names))
    return out


def evidence_text(claim: Claim) -> str:
    """The text of the claim(s) on the other side that a claim's label rests on."""
    return " ".join(e.text for e in claim.evidence)


def highlights(claim: Claim, side: str) -> dict[str, list[Span]]:
    """Highlight layers inside an altered claim, relative to its text: ``ins`` (rewrite
    words the original lacks) or ``del`` (original words the rewrite lacks), and ``fact``
    (the typed facts that changed). Empty for other labels."""
    if claim.label != "altered":
        return {}
    mine, _ = changed_spans(claim.text, evidence_text(claim))
    return {"ins" if side == "rewrite" else "del": mine, "fact": fact_spans(claim, side)}


@dataclass(frozen=True)
class AlteredPair:
    """An altered rewrite claim beside the original text it was aligned with."""

    claim: Claim
    source: int
    source_name: str
    kinds: tuple[str, ...]
    rewrite: str
    rewrite_marks: dict[str, list[Span]]
    original: str
    original_marks: dict[str, list[Span]]


def altered_pairs(result: Comparison) -> list[AlteredPair]:
    """Every altered rewrite claim with the word diff against its evidence, both sides."""
    out = []
    for c in result.altered:
        other = evidence_text(c)
        ins, dele = changed_spans(c.text, other)
        ofacts: list[Span] = []
        pos = 0
        for e in c.evidence:  # original facts, relative to the joined evidence text
            for ch in c.changes:
                ofacts.extend((f.start - e.start + pos, f.end - e.start + pos) for f in ch.original
                              if e.start <= f.start < f.end <= e.end and e.source == c.source)
            pos += len(e.text) + 1
        name = result.originals[c.source].name if 0 <= c.source < len(result.originals) else "?"
        out.append(AlteredPair(c, c.source, name, c.types, c.text,
                               {"ins": ins, "fact": fact_spans(c, "rewrite")},
                               other, {"del": dele, "fact": sorted(set(ofacts))}))
    return out


def sentence_pieces(doc: Document, sentence: int) -> list[tuple[str, Claim | None, int]]:
    """A sentence cut into its claims and the text between them: (text, claim or None,
    offset of the text inside the claim). Claims that overlap are cut where the next begins."""
    seg = doc.sentences[sentence]
    pos = seg.start
    out: list[tuple[str, Claim | None, int]] = []
    for c in sorted(doc.claims_in(sentence), key=lambda c: c.start):
        s, e = max(c.start, pos), min(c.end, seg.end)
        if s > pos:
            out.append((doc.text[pos:s], None, 0))
        if e > s:
            out.append((doc.text[s:e], c, s - c.start))
            pos = e
    if pos < seg.end:
        out.append((doc.text[pos:seg.end], None, 0))
    return out

# ---------------------------------------------------------------------- side by side
@dataclass(frozen=True)
class Row:
    """One row of a side-by-side view: rewrite sentences beside sentences of ``source``.

    ``kind`` is ``"pair"`` (an aligned group; ``group`` is its ``n-m`` kind), ``"rewrite"``
    (rewrite sentences in no group with this source) or ``"original"`` (an original sentence
    in no group: its claims are dropped)."""

    kind: str
    rewrite: tuple[int, ...]
    source: int
    original: tuple[int, ...]
    group: str = ""
    reordered: bool = False


def rows(result: Comparison, source: int) -> list[Row]:
    """Rewrite in order; each aligned group at its first rewrite sentence; rewrite sentences
    with no group of this source alone; each original sentence in no group placed after the
    row holding its nearest preceding original sentence (after the other unpaired sentences
    already placed there), or before the row holding the nearest following one."""
    placed: list[Row] = []
    seen: set[int] = set()
    by_sentence = {r: p for p in result.pairs if p.source == source for r in p.rewrite}
    for s in range(len(result.rewrite.sentences)):
        if s in seen:
            continue
        p = by_sentence.get(s)
        if p is None:
            placed.append(Row("rewrite", (s,), source, ()))
            seen.add(s)
        else:
            placed.append(Row("pair", p.rewrite, source, p.original, p.kind, p.reordered))
            seen.update(p.rewrite)
    n_orig = len(result.originals[source].sentences) if 0 <= source < len(result.originals) else 0
    in_rows = {o for r in placed for o in r.original}
    for o in range(n_orig):
        if o in in_rows:
            continue
        before = [x for x in in_rows if x < o]
        after = [x for x in in_rows if x > o]
        if before:
            prev = max(before)
            at = next(i for i, r in enumerate(placed) if prev in r.original) + 1
            while at < len(placed) and placed[at].kind == "original" and placed[at].original[0] < o:
                at += 1
        elif after:
            nxt = min(after)
            at = next(i for i, r in enumerate(placed) if nxt in r.original)
        else:
            at = len(placed)
        placed.insert(at, Row("original", (), source, (o,)))
        in_rows.add(o)
    return placed


def row_labels(result: Comparison, row: Row) -> set[str]:
    """Every claim label in a row (both sides)."""
    labels = {c.label for s in row.rewrite for c in result.rewrite.claims_in(s)}
    if 0 <= row.source < len(result.originals):
        labels |= {c.label for s in row.original for c in result.originals[row.source].claims_in(s)}
    return labels


def used_sources(result: Comparison) -> list[int]:
    """Originals that matter to the reader, in ranking order: the top source and every
    original that is the best source of some rewrite sentence."""
    used = {a.source for a in result.attribution if a.source >= 0}
    if result.ranking:
        used.add(result.top_source)
    order = [r.index for r in result.ranking] or list(range(len(result.originals)))
    return [i for i in order if i in used]


def source_order(result: Comparison) -> list[int]:
    """All originals in ranking order (input order when there is no ranking)."""
    order = [r.index for r in result.ranking if 0 <= r.index < len(result.originals)]
    return order + [i for i in range(len(result.originals)) if i not in order]


def group_name(kind: str) -> str:
    """``"2-1"`` -> ``"merged 2→1"``, ``"1-2"`` -> ``"split 1→2"``; ``""`` for 1-1."""
    try:
        n, m = (int(x) for x in kind.split("-"))
    except ValueError:
        return kind
    if n == m == 1:
        return ""
    if m == 1:
        return f"merged {n}→1"
    if n == 1:
        return f"split 1→{m}"
    return f"regrouped {n}→{m}"


def display_width(text: str) -> int:
    """Terminal columns: wide East Asian characters and most emoji count 2, combining and
    zero-width characters 0."""
    w = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def plural(n: int, word: str) -> str:
    """``n`` and ``word``, with an "s" unless ``n`` is 1 ("1 claim", "0 claims", "2 originals")."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def headline(result: Comparison) -> str:
    """The report's first line, every format alike: "23 claims in 17 sentences, compared with 4
    originals" (each renderer adds the originals' names in its own markup)."""
    return (f"{plural(len(result.rewrite.claims), 'claim')} in {plural(len(result.rewrite.sentences), 'sentence')}, "
            f"compared with {plural(len(result.originals), 'original')}")


def verdict(result: Comparison) -> str | None:
    """The consistency verdict in words (consistency mode), None in rewrite mode."""
    s = result.scores
    if s.consistency is None:
        return None
    which, verb = ("the original", "supports") if len(result.originals) == 1 else ("the originals", "support")
    why = f"; {s.verdict_reason}" if s.verdict_reason else ""
    return (f"{'' if s.consistent else 'not '}consistent with {which} "
            f"(probability {s.consistency:.2f} that {which} {verb} all of it{why})")


def pct(x: float) -> str:
    return f"{x:.0%}"


def counts_by_source(result: Comparison, label: str) -> list[tuple[int, int]]:
    """(original index, number of claims with this label) for every original, ranking order."""
    return [(i, sum(1 for c in result.originals[i].claims if c.label == label)) for i in source_order(result)]


def folded(claims: Sequence[Claim]) -> list[tuple[Claim, list[Claim]]]:
    """Claims of one document with each repeat (``Claim.repeat_of``) folded into the first
    place its text was stated, when that place is in ``claims`` too (so has the same label):
    (first, its repeats) in document order."""
    groups: dict[int, tuple[Claim, list[Claim]]] = {}
    for c in claims:
        if c.is_repeat and c.repeat_of in groups:
            groups[c.repeat_of][1].append(c)
        else:
            groups[c.index] = (c, [])
    return list(groups.values())


def distinct_note(total: int, groups: Sequence[object]) -> str:
    """ "; N distinct" for a heading over ``total`` claims folded into ``groups``, "" when
    nothing was folded."""
    return f"; {len(groups)} distinct" if len(groups) != total else ""


def places(first: Claim, repeats: Sequence[Claim], side: str) -> str:
    """ "" for a claim stated once, else where it is stated again, e.g. "stated 3 times: R2, R5, R9"."""
    if not repeats:
        return ""
    where = [f"{side}{c.sentence + 1}" for c in (first, *repeats)]
    shown = ", ".join(where[:8]) + (f" and {len(where) - 8} more" if len(where) > 8 else "")
    return f"stated {len(where)} times: {shown}"


def instead_note(d: Any, added: bool, width: int = 80) -> str:
    """What the other text has in a detail's place, for reports: "in place of «…»" for an
    added detail (the rewrite's side), "replaced by «…»" for a dropped one, "" when the
    stretch was put in or left out outright (cleaned, short)."""
    if not getattr(d, "instead", ""):
        return ""
    return f"{'in place of' if added else 'replaced by'} «{short(clean(d.instead), width)}»"


def short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


__all__ = [
    "AlteredPair", "Row", "altered_pairs", "changed_spans", "clean", "counts_by_source", "display_width",
    "distinct_note", "evidence_text", "fact_spans", "folded", "group_name", "highlights", "pct", "places", "row_labels", "rows", "runs",
    "sentence_pieces", "short", "source_order", "tokens", "used_sources",
]
