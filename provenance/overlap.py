"""Lexical and semantic overlap scores, every one on 0..1.

rapidfuzz ratios are divided by 100; difflib always runs with ``autojunk=False`` (its junk
heuristic changes ratios once a text passes 200 items) and over word lists, so it stays
linear-ish on long texts.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable, Sequence

from .types import Overlap

_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*", re.UNICODE)

#: Function words that carry no fact on their own. Kept short on purpose: negators, numbers,
#: modals and prepositions of time are NOT here, so they still count as content.
STOPWORDS = frozenset(
    """a an the and or of to in on at by for with from as is are was were be been being it its this
    that these those there their they them he she his her him we our us you your i me my which who
    whom whose what also has have had do does did so such than then into over about after up out
    very just more most other some any each own same both all""".split()
)


def words(text: str) -> list[str]:
    """Lower-cased word tokens (apostrophes normalised)."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    """A deliberately light stemmer: enough to match 'missiles'/'missile', 'fired'/'fires'."""
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def content_words(text: str) -> list[str]:
    """Stemmed content words in text order; all words when the text has no content word."""
    ws = words(text)
    content = [_stem(w) for w in ws if w not in STOPWORDS]
    return content if content else [_stem(w) for w in ws]


def content_tokens(text: str) -> frozenset[str]:
    """Stemmed content words (as a set); all words when the text has no content word."""
    return frozenset(content_words(text))


def containment(x: frozenset[str], y: Iterable[str]) -> float:
    """Share of x's tokens found in y (1.0 when x is empty: nothing to explain)."""
    if not x:
        return 1.0
    ys = y if isinstance(y, (set, frozenset)) else set(y)
    return len(x & ys) / len(x)


def missing_runs(text: str, other: str, *, min_words: int) -> list[tuple[int, int, int]]:
    """Stretches of ``text`` that ``other`` lacks: ``(start, end, n)`` offsets into ``text``
    for each run of words a word-level diff (difflib, ``autojunk=False``, light stems) finds
    deleted or replaced going from ``text`` to ``other``, kept when it holds at least
    ``min_words`` content words found nowhere in ``other`` (``n`` of them). ``min_words`` < 1:
    none."""
    if min_words < 1:
        return []
    toks = [(m.start(), m.end(), _stem(m.group().lower().replace("’", "'"))) for m in _WORD.finditer(text)]
    theirs = [_stem(w) for w in words(other)]
    present = set(theirs)
    matcher = SequenceMatcher(None, [t[2] for t in toks], theirs, autojunk=False)
    out = []
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag not in ("delete", "replace"):
            continue
        run = toks[i1:i2]
        n = sum(1 for t in run if t[2] not in STOPWORDS and t[2] not in present)
        if n >= min_words:
            out.append((run[0][0], run[-1][1], n))
    return out


def difflib_ratio(a: str, b: str) -> float:
    """``SequenceMatcher(None, words(a), words(b), autojunk=False).ratio()``."""
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def stemmed_words(text: str) -> list[str]:
    """Every word (function words included: "from A to B" is not "from B to A"), stemmed."""
    return [_stem(w) for w in words(text)]


def ngram_containment(a: Sequence[str], b: Sequence[str], n: int) -> float:
    """Share of the word n-grams of ``a`` that occur in ``b`` (texts shorter than n words
    compare as one gram; 1.0 when ``a`` is empty)."""
    if not a:
        return 1.0
    n = min(n, len(a))
    grams = {tuple(a[i:i + n]) for i in range(len(a) - n + 1)}
    other = {tuple(b[i:i + n]) for i in range(len(b) - n + 1)} if len(b) >= n else set()
    return len(grams & other) / len(grams)


def in_order_share(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of ``a``'s words that ``SequenceMatcher(autojunk=False)`` matches, in order, in
    ``b`` (one-sided, unlike ``difflib_ratio``: how much of ``a`` was copied in sequence)."""
    if not a:
        return 1.0
    blocks = SequenceMatcher(None, list(a), list(b), autojunk=False).get_matching_blocks()
    return sum(m.size for m in blocks) / len(a)


def overlap(a: str, b: str, cosine: float) -> Overlap:
    """All overlap scores for one aligned pair of texts."""
    from rapidfuzz import fuzz

    return Overlap(
        token_set=fuzz.token_set_ratio(a, b) / 100.0,
        token_sort=fuzz.token_sort_ratio(a, b) / 100.0,
        partial=fuzz.partial_ratio(a, b) / 100.0,
        difflib=difflib_ratio(a, b),
        cosine=min(1.0, max(0.0, float(cosine))),
    )


def weighted_mean(overlaps: Sequence[Overlap], weights: Sequence[float]) -> Overlap:
    """Length-weighted mean of overlaps (a document-level score)."""
    total = float(sum(weights))
    if total <= 0:
        return Overlap.zero()
    keys = ("token_set", "token_sort", "partial", "difflib", "cosine")
    sums = {k: 0.0 for k in keys}
    for o, w in zip(overlaps, weights):
        for k in keys:
            sums[k] += getattr(o, k) * w
    return Overlap(*(min(1.0, sums[k] / total) for k in keys))
