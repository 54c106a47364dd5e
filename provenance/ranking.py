"""Ranking candidate originals and attributing each rewrite sentence to its source(s).

Pure functions over support matches: no model, no text processing.
"""

from __future__ import annotations

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
