"""Metric functions on tiny hand-made cases with known answers."""

from __future__ import annotations

import math

import pytest

from provenance import metrics as M


def test_accuracy_and_length_check() -> None:
    assert M.accuracy([1, 0, 1, 1], [1, 1, 1, 0]) == 0.5
    with pytest.raises(ValueError):
        M.accuracy([1, 0], [1])


def test_precision_recall_f1() -> None:
    # tp=2, fp=1, fn=1 -> p=r=2/3
    p, r, f = M.precision_recall_f1([1, 1, 1, 0, 0], [1, 1, 0, 1, 0])
    assert (p, r) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert f == pytest.approx(2 / 3)
    assert M.f1(["a", "b", "a"], ["a", "a", "a"], "a") == pytest.approx(0.8)   # p=2/3, r=1
    assert M.f1([0, 0], [0, 0]) == 1.0          # nothing to find, nothing found
    assert M.f1([1, 1], [0, 0]) == 0.0


def test_balanced_accuracy() -> None:
    # class 1 recall 1/1, class 0 recall 2/4 -> 0.75
    assert M.balanced_accuracy([1, 0, 0, 0, 0], [1, 0, 0, 1, 1]) == pytest.approx(0.75)


def test_rankdata_ties_average() -> None:
    assert list(M.rankdata([10, 20, 10, 30])) == [1.5, 3.0, 1.5, 4.0]


def test_roc_auc() -> None:
    assert M.roc_auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]) == pytest.approx(0.75)
    assert M.roc_auc([0, 1], [0.5, 0.5]) == 0.5     # a tie counts half
    assert M.roc_auc([1, 1], [0.1, 0.2]) == 0.5     # one class only


def test_spearman_and_pearson() -> None:
    assert M.spearman([1, 2, 3, 4], [10, 20, 30, 100]) == pytest.approx(1.0)
    assert M.spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert M.spearman([1, 1, 1], [1, 2, 3]) == 0.0
    assert M.pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    # with ties: ranks x=(1,2.5,2.5,4) y=(1,2,3,4)
    assert M.spearman([1, 2, 2, 3], [1, 2, 3, 4]) == pytest.approx(0.9486833, abs=1e-6)


def test_covered_counts_union_once() -> None:
    assert M.covered([(0, 10)], [(2, 5), (4, 8)]) == 6
    assert M.covered([(0, 10), (20, 30)], [(5, 25)]) == 10
    assert M.covered([], [(0, 5)]) == 0


def test_span_f1() -> None:
    edits = [[(0, 10)], [(20, 30)], [(40, 44), (50, 56)]]
    claims = [(0, 6), (21, 24), (52, 56), (60, 70)]
    # edit 1: 6/10 covered -> found; edit 2: 3/10 -> not; edit 3: 4/10 -> not
    # claims overlapping an edit: 3 of 4
    p, r, f = M.span_f1(edits, claims)
    assert p == pytest.approx(0.75) and r == pytest.approx(1 / 3)
    assert f == pytest.approx(2 * 0.75 * (1 / 3) / (0.75 + 1 / 3))
    assert M.span_f1([], []) == (1.0, 1.0, 1.0)
    assert not math.isnan(M.span_f1([[(0, 5)]], [])[2])


def test_span_f1_counts_a_claim_stated_at_several_places_once() -> None:
    edits = [[(0, 10)], [(20, 30)]]
    # one claim at three places: (0, 6) and (22, 28) overlap edits, (40, 50) does not
    grouped = [[(0, 6), (22, 28), (40, 50)], (60, 70)]
    p, r, _ = M.span_f1(edits, grouped)
    assert p == pytest.approx(0.5) and r == pytest.approx(1.0)    # 1 of 2 claims right, both edits found
    # the same places as four separate claims: 2 of 4 right
    p4, r4, _ = M.span_f1(edits, [(0, 6), (22, 28), (40, 50), (60, 70)])
    assert p4 == pytest.approx(0.5) and r4 == pytest.approx(1.0)
    # a repeated wrong line: one wrong claim, not three
    assert M.span_f1(edits, [(0, 10), [(40, 45), (50, 55), (60, 65)]])[0] == pytest.approx(0.5)
    assert M.span_f1(edits, [(0, 10), (40, 45), (50, 55), (60, 65)])[0] == pytest.approx(0.25)
