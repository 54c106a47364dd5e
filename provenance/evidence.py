"""Which sentences of a source hold the evidence for a text (``Comparer.evidence``).

A claim is often supported by several sentences at once: "born in Ohio in 1956" where the
source gives the place in one sentence and the year in the next. Ranking the source's
sentences by how well each supports the claim on its own puts near-copies of the best one
first and leaves the second half of the evidence out. Here the first passage is the
sentence that supports the text best (the support score ``alignment.support_score`` gives
its best claim pair); every later one is the sentence that holds most of the text's content
words that the passages before it do not (their share of the text's content words), with its
own support score, weighted by ``SUPPORT_WEIGHT``, breaking near-ties.

On WiCE DEV (349 claims against their cited articles; a gold evidence set counts as found
when all its sentences are among the first three) this finds 60.5 % of the claims' evidence
against 52.4 % for the ranking by support alone (``benchmarks/quality.py``'s
``evidence_recall_at_3``; the weight was chosen among 0, 0.1, 0.3 and 1, with and without
weighting words by their rarity in the source; ``benchmarks/evidence_spread.py`` reruns the
choice among the plain-word weights and the ranking by support in nested 5-fold runs, see
docs/accuracy.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .alignment import support_scores
from .overlap import _WORD, _match_stem, content_tokens
from .types import Passage

if TYPE_CHECKING:
    from .pipeline import Prepared

#: weight of a sentence's own support score against the share of the text's content words it
#: adds (both 0..1) when choosing every passage after the first
SUPPORT_WEIGHT = 0.1


def _surface(text: str, stems: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The words of ``text``, as written, whose stems are in ``stems`` (each stem once, first place)."""
    out: list[str] = []
    seen: set[str] = set()
    for m in _WORD.finditer(text):
        stem = _match_stem(m)
        if stem in stems and stem not in seen:
            seen.add(stem)
            out.append(m.group())
    return tuple(out)


def sentence_support(text: "Prepared", source: "Prepared", weights: Sequence[float]) -> dict[int, float]:
    """Per source sentence (index), the best support score any of its claims gives any claim
    of ``text``: ``alignment.support_score`` of each pair's cosine and containment (the share
    of the text claim's content words the source claim holds), computed a text claim at a
    time over every source claim at once, so a long source costs array work, not a Python
    loop per pair."""
    if not len(text.claims) or not len(source.claims):
        return {}
    sims = text.embeddings @ source.embeddings.T
    # which source claims hold each of the text's words
    vocab = sorted(frozenset().union(*text.tokens))
    column = {t: i for i, t in enumerate(vocab)}
    holders: list[list[int]] = [[] for _ in vocab]
    for j, toks in enumerate(source.tokens):
        for t in toks:
            i = column.get(t)
            if i is not None:
                holders[i].append(j)
    posting = [np.asarray(h, dtype=np.int64) for h in holders]
    best = np.zeros(len(source.claims))
    for i, toks in enumerate(text.tokens):
        shared = np.zeros(len(source.claims))
        for t in toks:
            shared[posting[column[t]]] += 1.0      # a posting lists each source claim once
        contained = shared / len(toks) if toks else np.ones(len(source.claims))
        best = np.maximum(best, support_scores(sims[i], contained, weights))
    out: dict[int, float] = {}
    for c, v in zip(source.claims, best.tolist()):
        if v > out.get(c.sentence, -1.0):
            out[c.sentence] = v
    return out


def rank_evidence(text: "Prepared", sources: "Prepared | Sequence[Prepared]", weights: Sequence[float], k: int, *,
                  support_weight: float = SUPPORT_WEIGHT, coverage: bool = True) -> list[Passage]:
    """Up to ``k`` sentences of ``sources`` (one prepared text, or several: the passages may
    come from any of them) that together hold the evidence for ``text``, in the order chosen
    (module docstring; ties go to the earlier source, then the earlier sentence). Empty when
    the text or every source has no claim. ``coverage=False`` ranks by support alone (what
    ``benchmarks/evidence_spread.py`` compares against)."""
    sources = [sources] if hasattr(sources, "claims") else list(sources)
    support: dict[tuple[int, int], float] = {}
    holds: dict[tuple[int, int], set[str]] = {}
    for n, source in enumerate(sources):
        support.update({(n, s): v for s, v in sentence_support(text, source, weights).items()})
        for j, c in enumerate(source.claims):
            holds.setdefault((n, c.sentence), set()).update(source.tokens[j])
    if not support:
        return []
    wanted = frozenset().union(*text.tokens)
    left = set(wanted)
    total = max(1, len(wanted))
    out: list[Passage] = []
    chosen: set[tuple[int, int]] = set()
    while len(out) < min(k, len(support)):
        def value(key: tuple[int, int]) -> tuple[float, int, int]:
            v = support[key] if not out or not coverage else len(left & holds[key]) / total + support_weight * support[key]
            return v, -key[0], -key[1]
        key = max((key for key in support if key not in chosen), key=value)
        adds = left & holds[key]
        seg = sources[key[0]].sentences[key[1]]
        out.append(Passage(key[0], key[1], seg.start, seg.end, seg.text, round(float(support[key]), 6),
                           _surface(text.text, adds)))
        chosen.add(key)
        left -= adds
    return out


def missing_words(text: str, passages: Sequence[Passage]) -> tuple[str, ...]:
    """The content words of ``text`` (as written, each once) that none of ``passages`` holds:
    what a reader would still have to find elsewhere."""
    held = {_match_stem(m) for p in passages for w in p.adds for m in _WORD.finditer(w)}
    return _surface(text, content_tokens(text) - held)


__all__ = ["SUPPORT_WEIGHT", "missing_words", "rank_evidence", "sentence_support"]
