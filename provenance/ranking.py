"""Ranking candidate originals and attributing each rewrite sentence to its source(s).

Pure functions over support matches: no model, no text processing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

import numpy as np

from .alignment import Match
from .types import Attribution, Claim, Ranked


def coverage_by_source(per_source: Sequence[Sequence[Match]], weights: np.ndarray, threshold: float) -> list[float]:
    """Share of the rewrite (length-weighted claims) each original supports on its own."""
    total = float(weights.sum())
    out = []
    for matches in per_source:
        if total <= 0:
            out.append(0.0)
            continue
        ok = np.array([m.score >= threshold for m in matches], dtype=bool)
        out.append(float(weights[ok].sum() / total) if len(ok) else 0.0)
    return out


def support_strength(per_source: Sequence[Sequence[Match]], weights: np.ndarray) -> list[float]:
    """Length-weighted mean support score (0..1) of the rewrite's claims in each original: a
    continuous companion to ``coverage_by_source`` that separates sources the threshold ties."""
    total = float(weights.sum())
    return [float(sum(w * m.score for w, m in zip(weights, matches)) / total) if total > 0 and len(matches) else 0.0
            for matches in per_source]


def kept_share(claims: Sequence[Claim]) -> float:
    """Share of a document (length-weighted claims) labelled kept or altered."""
    total = sum(max(1, len(c.text)) for c in claims)
    if total == 0:
        return 0.0
    return sum(max(1, len(c.text)) for c in claims if c.label in ("kept", "altered")) / total


def rank_sources(keys: Sequence[Any], coverage: Sequence[float], kept: Sequence[float],
                 strength: Sequence[float] | None = None) -> tuple[Ranked, ...]:
    """Order by rewrite coverage, ties by support strength (``support_strength``; a short
    rewrite's coverage is all or nothing, so many sources tie), then by how much of the
    original is kept, then input order."""
    strength = strength if strength is not None else [0.0] * len(keys)
    order = sorted(range(len(keys)),
                   key=lambda i: (-round(coverage[i], 9), -round(strength[i], 9), -round(kept[i], 9), i))
    return tuple(Ranked(keys[i], i, float(coverage[i]), float(kept[i]), r + 1) for r, i in enumerate(order))


#: reciprocal rank fusion of the comparison's order with the lexical stage's (``fuse_lexical``):
#: a document at 1-based rank r of a list scores weight / (RRF_K + r). Chosen by
#: benchmarks/rank_fusion.py on the real pool of benchmarks/speed.py, over the 1,392 queries
#: outside the sample speed.py reports on (grid k 5..60 x weight 0.5..2; recall@10 0.972 -> 0.9935
#: there; most of the grid lands within two misses of it).
RRF_K = 20.0
RRF_LEXICAL_WEIGHT = 0.5


def fuse_lexical(ranked: Sequence[Ranked], lexical: Sequence[Any], *, k: float = RRF_K,
                 weight: float = RRF_LEXICAL_WEIGHT) -> tuple[Ranked, ...]:
    """Reorder a comparison's ranking (``rank_sources``) by reciprocal rank fusion with a
    lexical ranking of the same pool (Cormack, Clarke and Buettcher, SIGIR 2009).

    ``lexical`` lists keys best first (BM25 over the rewrite's rarest words); a key it lacks
    gets nothing from it. Ties keep the comparison's order. Coverage and kept shares are
    unchanged; only ``rank`` is renumbered. Used where a pool comes from a large index: a
    claim's sentence embedding blurs names and numbers, so the comparison alone can rank a
    document that shares the rewrite's rare words below ones that only sound alike."""
    if k <= 0 or weight < 0:
        raise ValueError(f"k must be > 0 and weight >= 0, got k={k}, weight={weight}")
    lex = {key: r for r, key in enumerate(dict.fromkeys(lexical), start=1)}
    score = [1.0 / (k + pos) + (weight / (k + lex[x.key]) if x.key in lex else 0.0)
             for pos, x in enumerate(ranked, start=1)]
    order = sorted(range(len(ranked)), key=lambda i: (-score[i], i))
    return tuple(replace(ranked[i], rank=r + 1) for r, i in enumerate(order))


def attribute(
    sentences: int,
    claim_sentence: Sequence[int],
    per_source: Sequence[Sequence[Match]],
    weights: np.ndarray,
    threshold: float,
) -> tuple[Attribution, ...]:
    """For each rewrite sentence: the source whose support, length-weighted over the
    sentence's claims, is highest, and every source that reaches the threshold."""
    out = []
    claim_sentence = np.asarray(claim_sentence, dtype=np.int64)
    for s in range(sentences):
        members = np.nonzero(claim_sentence == s)[0]
        w = weights[members]
        scored = []
        for src, matches in enumerate(per_source):
            if len(members) == 0 or w.sum() == 0:
                continue
            val = float(sum(matches[i].score * weights[i] for i in members) / w.sum())
            scored.append((src, val))
        scored.sort(key=lambda t: (-t[1], t[0]))
        passing = tuple((src, round(v, 6)) for src, v in scored if v >= threshold)
        if passing:
            out.append(Attribution(s, passing[0][0], passing[0][1], passing))
        else:
            best = scored[0][1] if scored else 0.0
            out.append(Attribution(s, -1, best, ()))
    return tuple(out)
