"""Lexical and semantic overlap scores, every one on 0..1.

rapidfuzz ratios are divided by 100; difflib always runs with ``autojunk=False`` (its junk
heuristic changes ratios once a text passes 200 items) and over word lists, so it stays
linear-ish on long texts.
"""

from __future__ import annotations

import heapq
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
    """A deliberately light stemmer: enough to match 'rockets'/'rocket', 'fired'/'fires'. It
    cuts suffixes only, so a word whose plural adds 'es' to an 'e' does not meet its singular
    ('missiles' -> 'missil', 'missile' stays)."""
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


def missing_stretch(text: str, present: frozenset[str]) -> tuple[int, int, int]:
    """The longest run of ``text``'s content words in a row that ``present`` (stems) lacks:
    ``(start, end, n)``, the character offsets of the first such stretch (stop words inside it
    do not break it) and how many content words it holds; ``(0, 0, 0)`` when every content
    word is there. A detail the other text says nothing of ("at a ceremony in the town hall"
    against a source that names neither) is a run; the same number of missing words scattered
    over a paraphrase is not."""
    best, start, end, n = (0, 0, 0), 0, 0, 0
    for m in _WORD.finditer(text):
        if _match_word(m) in STOPWORDS:
            continue
        if _match_stem(m) in present:
            n = 0
            continue
        start, end, n = (m.start() if n == 0 else start), m.end(), n + 1
        if n > best[2]:
            best = (start, end, n)
    return best


def containment(x: frozenset[str], y: Iterable[str]) -> float:
    """Share of x's tokens found in y (1.0 when x is empty: nothing to explain)."""
    if not x:
        return 1.0
    ys = y if isinstance(y, (set, frozenset)) else set(y)
    return len(x & ys) / len(x)


def missing_runs(text: str, other: str, *, min_words: int,
                 elsewhere: frozenset[str] = frozenset()) -> list[tuple[int, int, int, int]]:
    """Stretches of ``text`` that ``other`` lacks: ``(start, end, n, facts)`` offsets into
    ``text`` for each run of words a word-level diff (difflib, ``autojunk=False``, light stems)
    finds deleted or replaced going from ``text`` to ``other``, holding ``n`` content words
    found nowhere in ``other`` nor in ``elsewhere`` (stems, ``stemmed_words``), ``facts`` of
    them names or numbers (a capitalised word other than the text's first, or one with a
    digit). A run is kept when ``n + facts`` reaches ``min_words``: a name or a number is a fact
    on its own and counts twice. ``min_words`` < 1: none."""
    return [run[:4] for run in replaced_runs(text, other, min_words=min_words, elsewhere=elsewhere)]


def _match_word(m: re.Match[str]) -> str:
    """One word found by ``_WORD``, lower-cased on its own, apostrophes normalised."""
    return m.group().lower().replace("’", "'")


def _match_stem(m: re.Match[str]) -> str:
    """The light stem of ``_match_word``."""
    return _stem(_match_word(m))


def replaced_runs(text: str, other: str, *, min_words: int,
                  elsewhere: frozenset[str] = frozenset()) -> list[tuple[int, int, int, int, str]]:
    """``missing_runs`` with, for each run, what ``other`` says in its place: the words the
    diff replaced it with ("" when it was deleted outright)."""
    if min_words < 1:
        return []
    # both texts' words as written, each lower-cased (``words`` lower-cases the text first,
    # which splits a word where lower-casing adds a combining mark: "İstanbul")
    toks = [(m.start(), m.end(), _match_stem(m), _match_word(m)) for m in _WORD.finditer(text)]
    found = list(_WORD.finditer(other))
    spans = [(m.start(), m.end()) for m in found]
    theirs = [_match_stem(m) for m in found]
    present = set(theirs) | elsewhere
    matcher = SequenceMatcher(None, [t[2] for t in toks], theirs, autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag not in ("delete", "replace"):
            continue
        # a stop word is one as written: its stem may not be ("this" -> "thi", "does" -> "doe")
        new = [(i, t) for i, t in enumerate(toks[i1:i2], i1) if t[3] not in STOPWORDS and t[2] not in present]
        facts = sum(1 for i, t in new if is_name_or_number(text[t[0]:t[1]], i))
        if len(new) + facts >= min_words:
            instead = other[spans[j1][0]:spans[j2 - 1][1]] if tag == "replace" else ""
            out.append((toks[i1][0], toks[i2 - 1][1], len(new), facts, instead))
    return out


def is_name_or_number(word: str, position: int) -> bool:
    """A name (capitalised, and not the first word of its text: ``position`` > 0) or a number
    (holds a digit)."""
    return any(ch.isdigit() for ch in word) or (position > 0 and word[:1].isupper())


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


#: how many places in the source one word 3-gram is looked up at when tiling, and how many word
#: comparisons per word of both texts may be spent following candidate runs: together they
#: bound the work on repetitive text ("the of the of ...", where nearly every pair of places
#: starts a long match); ordinary text uses a small part of the budget
_TILE_POSITIONS = 64
_TILE_BUDGET = 32


def copy_tiles(a: Sequence[str], b: Sequence[str], min_len: int = 3) -> list[tuple[int, int, int]]:
    """Greedy string tiling (Wise 1993, as used in copy detection): the runs of at least
    ``min_len`` words that ``a`` shares with ``b``, longest first, each word of either text in
    at most one run, in any order (unlike ``in_order_share``, a moved paragraph still tiles).
    Returns ``(start_in_a, start_in_b, length)`` sorted by the start in ``a``.

    Candidates are the maximal matches along each diagonal that start at a shared
    ``min_len``-gram (at most ``_TILE_POSITIONS`` source places per gram); a candidate that
    an accepted run has partly covered goes back on the heap as its uncovered pieces, so the
    result is that of the textbook algorithm on the same candidates. Past a work budget
    (``_TILE_BUDGET``, reached only on highly repetitive text) candidates are single shared
    grams (at their first 8 places); runs of them that tile side by side join again in the
    result, which may then leave the last one or two words of a long run untiled."""
    if min_len < 1 or len(a) < min_len or len(b) < min_len:
        return []
    where: dict[tuple[str, ...], list[int]] = {}
    for j in range(len(b) - min_len + 1):
        places = where.setdefault(tuple(b[j:j + min_len]), [])
        if len(places) < _TILE_POSITIONS:
            places.append(j)
    heap: list[tuple[int, int, int]] = []
    budget = _TILE_BUDGET * (len(a) + len(b)) + 100_000
    for i in range(len(a) - min_len + 1):
        for rank, j in enumerate(where.get(tuple(a[i:i + min_len]), ())):
            if budget <= 0:                               # spent: a shared gram at its first places
                if rank < 8:
                    heap.append((-min_len, i, j))
                continue
            if i and j and a[i - 1] == b[j - 1]:
                continue                                  # inside a longer match on this diagonal
            n = min_len
            while i + n < len(a) and j + n < len(b) and a[i + n] == b[j + n]:
                n += 1
            budget -= n
            heap.append((-n, i, j))
    heapq.heapify(heap)
    used_a, used_b = [False] * len(a), [False] * len(b)
    tiles = []
    while heap:
        neg, i, j = heapq.heappop(heap)
        n = -neg
        free = [not used_a[i + k] and not used_b[j + k] for k in range(n)]
        if all(free):
            for k in range(n):
                used_a[i + k] = used_b[j + k] = True
            tiles.append((i, j, n))
            continue
        k = 0
        while k < n:                                      # the uncovered pieces go back
            if not free[k]:
                k += 1
                continue
            start = k
            while k < n and free[k]:
                k += 1
            if k - start >= min_len:
                heapq.heappush(heap, (-(k - start), i + start, j + start))
    merged: list[tuple[int, int, int]] = []
    for i, j, n in sorted(tiles):                         # pieces of one long match join again
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
        else:
            merged.append((i, j, n))
    return merged


def copy_features(a: Sequence[str], b: Sequence[str], *, long_run: int = 15, gap: int = 3) -> dict[str, float]:
    """How much of ``a`` was copied from ``b`` in runs, and how the copy was edited, from
    ``copy_tiles(a, b)``: ``covered``, the share of ``a`` in runs of at least three words;
    ``breaks``, the runs after the first per word of ``a`` (text pasted whole is one run or a
    few long ones; lightly edited text, many runs cut where words were changed); ``run_edits``,
    per word of ``a``, the places where two runs follow each other in both texts with at most
    ``gap`` words changed, inserted or deleted between them (a word swapped inside copied
    text); ``long_runs``, the share of ``a`` in runs of at least ``long_run`` words (or all of
    ``a``, when it is shorter). A text copied whole has covered 1, breaks 0, run_edits 0 and
    long_runs 1 at any length. All 0 when ``a`` is empty."""
    if not a:
        return {"covered": 0.0, "breaks": 0.0, "run_edits": 0.0, "long_runs": 0.0}
    t = copy_tiles(a, b)
    edits = 0
    for (i1, j1, n1), (i2, j2, _) in zip(t, t[1:]):
        ga, gb = i2 - (i1 + n1), j2 - (j1 + n1)
        if 0 <= ga <= gap and 0 <= gb <= gap and (ga or gb):
            edits += 1
    long_run = min(long_run, len(a))
    return {"covered": sum(n for _, _, n in t) / len(a), "breaks": max(0, len(t) - 1) / len(a),
            "run_edits": edits / len(a), "long_runs": sum(n for _, _, n in t if n >= long_run) / len(a)}


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


def best_word_matches(texts: Sequence[str], others: Sequence[str], *, block: int = 256) -> list[float]:
    """For each text, its best word-level match among ``others``: the largest
    ``2 * LCS / (len(a) + len(b))`` over the two texts' word sequences (rapidfuzz's Indel
    similarity, run on words by giving each distinct word one character of its own; difflib's
    ratio over the same words is this or a little less, its matching blocks being greedy).
    All pairs are compared, ``block`` texts at a time, so memory stays bounded whatever the
    sizes. 0.0 for every text when ``others`` is empty; 1.0 for an empty text against an
    empty other, as ``difflib_ratio`` gives."""
    import numpy as np
    from rapidfuzz import fuzz, process

    if not texts:
        return []
    if not others:
        return [0.0] * len(texts)
    ids: dict[str, int] = {}
    span = 0x10FFFF - 0x10000     # the supplementary planes: no surrogate code points

    def chars(t: str) -> str:
        return "".join(chr(0x10000 + ids.setdefault(w, len(ids)) % span) for w in words(t))

    b = [chars(t) for t in others]
    out: list[float] = []
    for i in range(0, len(texts), block):
        a = [chars(t) for t in texts[i:i + block]]
        out.extend(float(v) / 100.0 for v in process.cdist(a, b, scorer=fuzz.ratio, workers=1,
                                                                    dtype=np.float64).max(axis=1))
    return out
