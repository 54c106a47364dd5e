"""Similarity search and claim-to-claim support. Takes arrays, never sees a model.

``topk`` computes the k most similar rows in blocks, so memory stays bounded by
``block * block`` floats however long the texts are. ``support`` turns cosine and lexical
containment into one calibrated 0..1 score; a claim may be supported jointly by up to
``union_size`` claims of one original (a merge).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ._defaults import BLOCK_SIZE
from .overlap import containment


def topk(a: np.ndarray, b: np.ndarray, k: int, *, block: int = BLOCK_SIZE) -> tuple[np.ndarray, np.ndarray]:
    """For each row of ``a`` the indices and dot products of its ``k`` best rows of ``b``.

    Ties are broken by the lower index, so the result does not depend on block size. (Exact
    ties only: BLAS may round the dot products of two identical rows of ``b`` one unit in the
    last place apart, depending on where they fall in a tile, and then the higher index can
    come first; the similarities agree to that rounding.)
    Returns ``(idx, sim)`` of shape ``(len(a), min(k, len(b)))``, best first. Memory is bounded
    by one ``block x block`` tile; each tile is cut to its k best per row by a linear-time
    partition (a full sort only for rows whose k-th value is tied).
    """
    n, m = len(a), len(b)
    k = min(k, m)
    idx_out = np.zeros((n, k), dtype=np.int64)
    sim_out = np.zeros((n, k), dtype=np.float32)
    if n == 0 or k == 0:
        return idx_out, sim_out
    for r0 in range(0, n, block):
        rows = a[r0 : r0 + block]
        best_idx = np.zeros((len(rows), 0), dtype=np.int64)
        best_sim = np.zeros((len(rows), 0), dtype=np.float32)
        for c0 in range(0, m, block):
            sims = np.asarray(rows @ b[c0 : c0 + block].T, dtype=np.float32)
            tile_idx, tile_sim = _tile_topk(sims, k)
            cand_sim = np.concatenate([best_sim, tile_sim], axis=1)
            cand_idx = np.concatenate([best_idx, tile_idx + c0], axis=1)
            kk = min(k, cand_sim.shape[1])
            # order by (-sim, idx): stable and block-size independent
            order = np.lexsort((cand_idx, -cand_sim), axis=1)[:, :kk]
            best_sim = np.take_along_axis(cand_sim, order, axis=1)
            best_idx = np.take_along_axis(cand_idx, order, axis=1)
        idx_out[r0 : r0 + len(rows)] = best_idx
        sim_out[r0 : r0 + len(rows)] = best_sim
    return idx_out, sim_out


def _tile_topk(sims: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The k best columns of each row of one tile, by (-sim, column), unordered."""
    kk = min(k, sims.shape[1])
    if kk == sims.shape[1]:
        cols = np.broadcast_to(np.arange(kk), sims.shape).copy()
        return cols, sims
    cut = sims.shape[1] - kk
    part = np.argpartition(sims, cut, axis=1)[:, cut:]     # the kk largest, no negated copy of the tile
    part_sim = np.take_along_axis(sims, part, axis=1)
    kth = part_sim.min(axis=1)
    # a row is exact unless a column outside the partition ties with its k-th value (then the
    # lower column index must win): re-sort those rows fully
    tied = np.flatnonzero((sims >= kth[:, None]).sum(axis=1) > kk)
    for r in tied:
        order = np.lexsort((np.arange(sims.shape[1]), -sims[r]))[:kk]
        part[r], part_sim[r] = order, sims[r, order]
    return part, part_sim


def support_score(cosine: float, lexical: float, weights: Sequence[float]) -> float:
    """Logistic combination of (bias, cosine, lexical) -> 0..1."""
    z = weights[0] + weights[1] * cosine + weights[2] * lexical
    return 1.0 / (1.0 + math.exp(-z))


def support_scores(cosines: np.ndarray, lexicals: np.ndarray, weights: Sequence[float]) -> np.ndarray:
    """``support_score`` over arrays at once (float64), for a claim against a whole text."""
    z = weights[0] + weights[1] * np.asarray(cosines, dtype=np.float64) + weights[2] * lexicals
    return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True, slots=True)
class Match:
    """The best support one claim finds in one original."""

    source: int
    claims: tuple[int, ...]   # supporting claim indices in that original, best first
    score: float
    cosine: float
    lexical: float
    nearest: int = -1           # the single most similar claim by cosine (for mutual matching)
    nearest_cos: float = 0.0
    mutual: bool = False        # support comes from a mutual best match (see ``mutual``)


NO_MATCH = Match(-1, (), 0.0, 0.0, 0.0)


def mutual(
    fwd: list[Match],
    back: list[Match],
    x_tokens: Sequence[frozenset[str]],
    y_tokens: Sequence[frozenset[str]],
    *,
    threshold: float,
    min_cosine: float | None,
    linkable: Sequence[bool] | None = None,
) -> tuple[list[Match], list[Match]]:
    """Competitive linking: claims that are each other's nearest neighbour by cosine, at
    ``min_cosine`` or more, support each other even when the calibrated score alone falls
    short (heavy paraphrase shares few words). The support given rises linearly from
    ``threshold`` at ``min_cosine`` to 1 at cosine 1. Symmetric: swapping the two texts swaps
    the two lists. ``min_cosine=None`` turns this off. ``linkable`` (one flag per ``fwd``
    claim; None: all) says which of the first text's claims may be linked at all: with several
    originals, only to the original holding its nearest claim (``Comparer._best``).
    """
    if min_cosine is None:
        return fwd, back
    fwd, back = list(fwd), list(back)
    for i, m in enumerate(fwd):
        j = m.nearest
        if j < 0 or back[j].nearest != i or m.nearest_cos < min_cosine or (linkable is not None and not linkable[i]):
            continue
        c = min(1.0, m.nearest_cos)
        score = min(1.0, threshold + (1.0 - threshold) * (c - min_cosine) / max(1e-9, 1.0 - min_cosine))
        if score > m.score:
            fwd[i] = Match(m.source, (j,), score, c, containment(x_tokens[i], y_tokens[j]), j, c, True)
        b = back[j]
        if score > b.score:
            back[j] = Match(b.source, (i,), score, c, containment(y_tokens[j], x_tokens[i]), i, c, True)
    return fwd, back


def support(
    x_emb: np.ndarray,
    x_tokens: Sequence[frozenset[str]],
    y_emb: np.ndarray,
    y_tokens: Sequence[frozenset[str]],
    *,
    source: int,
    weights: Sequence[float],
    top_k: int = 5,
    union_size: int = 3,
    block: int = BLOCK_SIZE,
    y_parts: np.ndarray | None = None,
    y_part_of: np.ndarray | None = None,
) -> list[Match]:
    """For each claim x, how well the claims y of one original explain it.

    Single support: the best of the top-k claims by cosine, scored on (cosine, containment
    of x's content words in y). Joint support (merges): greedily add the next candidates
    while each adds at least two of x's content words not yet covered and the score
    rises; the joint cosine is x against the normalised sum of the chosen rows.
    ``y_parts`` (rows) with ``y_part_of`` (the claim of y each part belongs to): a claim of y
    also counts at its best part's cosine when that is higher (a long sentence the other
    text split, or took only part of: ``claims.claim_parts``).
    """
    idx, sims = topk(x_emb, y_emb, top_k, block=block)
    if y_parts is not None and y_part_of is not None and len(y_parts) and len(idx):
        idx, sims = _with_parts(x_emb, y_emb, idx, sims, y_parts, y_part_of, top_k, block)
    out: list[Match] = []
    for i in range(len(x_emb)):
        if idx.shape[1] == 0:
            out.append(NO_MATCH)
            continue
        xt = x_tokens[i]
        best: Match | None = None
        for j, s in zip(idx[i], sims[i]):
            lex = containment(xt, y_tokens[j])
            sc = support_score(float(s), lex, weights)
            if best is None or sc > best.score:
                best = Match(source, (int(j),), sc, float(s), lex)
        assert best is not None
        if union_size > 1 and xt:
            chosen = list(best.claims)
            covered = set(xt & y_tokens[chosen[0]])
            acc = y_emb[chosen[0]].astype(np.float64).copy()
            for j in idx[i]:
                j = int(j)
                if j in chosen or len(chosen) >= union_size:
                    continue
                new = (xt & y_tokens[j]) - covered
                if len(new) < 2:
                    continue
                cand = acc + y_emb[j]
                norm = float(np.linalg.norm(cand)) or 1.0
                cos = float(np.dot(x_emb[i], cand / norm))
                lex = (len(covered) + len(new)) / len(xt)
                sc = support_score(cos, lex, weights)
                if sc > best.score:
                    chosen.append(j)
                    covered |= new
                    acc = cand
                    best = Match(source, tuple(chosen), sc, cos, lex)
        out.append(Match(best.source, best.claims, best.score, best.cosine, best.lexical,
                         int(idx[i][0]), float(sims[i][0])))
    return out


def _with_parts(x_emb: np.ndarray, y_emb: np.ndarray, idx: np.ndarray, sims: np.ndarray, parts: np.ndarray,
                part_of: np.ndarray, k: int, block: int) -> tuple[np.ndarray, np.ndarray]:
    """The top-k claims of y per row of x when a claim's cosine is the best of its own and
    its parts' (ties: the lower claim index)."""
    pidx, psims = topk(x_emb, parts, k, block=block)
    idx_out = np.zeros_like(idx)
    sim_out = np.zeros_like(sims)
    for i in range(len(x_emb)):
        best = {int(j): float(s) for j, s in zip(idx[i], sims[i])}
        for p, s in zip(pidx[i], psims[i]):
            j = int(part_of[p])
            if j not in best:
                best[j] = float(np.dot(x_emb[i], y_emb[j]))
            best[j] = max(best[j], float(s))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[: idx.shape[1]]
        idx_out[i] = [j for j, _ in ranked]
        sim_out[i] = [s for _, s in ranked]
    return idx_out, sim_out
