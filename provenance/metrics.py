"""Evaluation metrics on plain sequences (numpy only): used by the quality benchmark and tests.

Every function returns a fraction on 0..1 (the benchmark prints percentages). Degenerate
cases are defined, never NaN: an F1 with no positive predicted and none true is 1.0 (nothing
to find, nothing wrongly found), a correlation of a constant is 0.0, a ROC-AUC with one class
only is 0.5.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

import numpy as np

__all__ = ["accuracy", "balanced_accuracy", "precision_recall_f1", "f1", "roc_auc", "rankdata",
           "spearman", "pearson", "covered", "span_f1"]


def _arr(x: Iterable) -> np.ndarray:
    return np.asarray(list(x) if not isinstance(x, np.ndarray) else x)


def accuracy(y_true: Sequence, y_pred: Sequence) -> float:
    t, p = _arr(y_true), _arr(y_pred)
    if len(t) != len(p):
        raise ValueError(f"{len(t)} labels but {len(p)} predictions")
    return float(np.mean(t == p)) if len(t) else 0.0


def precision_recall_f1(y_true: Sequence, y_pred: Sequence, positive: object = 1) -> tuple[float, float, float]:
    t, p = _arr(y_true) == positive, _arr(y_pred) == positive
    tp, fp, fn = int(np.sum(t & p)), int(np.sum(~t & p)), int(np.sum(t & ~p))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, _harmonic(prec, rec)


def _harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def f1(y_true: Sequence, y_pred: Sequence, positive: object = 1) -> float:
    return precision_recall_f1(y_true, y_pred, positive)[2]


def balanced_accuracy(y_true: Sequence, y_pred: Sequence) -> float:
    """Mean of per-class recall over the classes present in ``y_true``."""
    t, p = _arr(y_true), _arr(y_pred)
    classes = np.unique(t)
    if not len(classes):
        return 0.0
    return float(np.mean([np.mean(p[t == c] == c) for c in classes]))


def rankdata(x: Sequence[float]) -> np.ndarray:
    """Ranks 1..n, ties get their average rank (like scipy.stats.rankdata)."""
    a = np.asarray(x, dtype=np.float64)
    order = np.argsort(a, kind="mergesort")
    ranks = np.empty(len(a), dtype=np.float64)
    sa = a[order]
    i = 0
    while i < len(a):
        j = i
        while j + 1 < len(a) and sa[j + 1] == sa[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2.0 + 1.0
        i = j + 1
    return ranks


def roc_auc(y_true: Sequence, score: Sequence[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    t = _arr(y_true).astype(bool)
    s = np.asarray(score, dtype=np.float64)
    n_pos, n_neg = int(t.sum()), int((~t).sum())
    if n_pos == 0 or n_neg == 0:
        return 0.5
    r = rankdata(s)
    return float((r[t].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg))


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    a, b = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if len(a) != len(b):
        raise ValueError(f"{len(a)} values against {len(b)}")
    a, b = a - a.mean() if len(a) else a, b - b.mean() if len(b) else b
    den = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return float((a * b).sum() / den) if den > 0 else 0.0


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Pearson correlation of the (tie-averaged) ranks."""
    return pearson(rankdata(x), rankdata(y))


def covered(ranges: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> int:
    """How many characters of ``ranges`` fall inside the union of ``spans`` (half-open)."""
    if not ranges or not spans:
        return 0
    marks: list[tuple[int, int]] = sorted((s, e) for s, e in spans if e > s)
    merged: list[list[int]] = []
    for s, e in marks:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    total = 0
    for a, b in ranges:
        for s, e in merged:
            total += max(0, min(b, e) - max(a, s))
    return total


def span_f1(edits: Sequence[Sequence[tuple[int, int]]], claims: Sequence[Any],
            min_share: float = 0.5) -> tuple[float, float, float]:
    """Edit-level recall, claim-level precision and their F1.

    An edit (a list of character ranges) is found when the claims cover at least ``min_share``
    of its characters; a claim is correct when it overlaps any edit's range. A claim is one
    (start, end) range, or a list of them: one claim stated at several places (a repeat,
    ``types.Claim.repeat_of``), whose places all count toward finding edits and which is
    correct when any place overlaps an edit. With no edits and no claims the F1 is 1.0.
    """
    groups = [[c] if _is_range(c) else list(c) for c in claims]
    places = [r for g in groups for r in g]
    found = 0
    for ranges in edits:
        size = sum(max(0, b - a) for a, b in ranges)
        if size and covered(ranges, places) >= min_share * size:
            found += 1
    all_ranges = [r for ranges in edits for r in ranges]
    correct = sum(1 for g in groups if covered(g, all_ranges) > 0)
    rec = found / len(edits) if edits else 1.0
    prec = correct / len(groups) if groups else 1.0
    return prec, rec, _harmonic(prec, rec)


def _is_range(c: Any) -> bool:
    return len(c) == 2 and all(isinstance(x, (int, np.integer)) for x in c)
