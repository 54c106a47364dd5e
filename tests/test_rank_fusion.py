"""benchmarks/rank_fusion.py: recall, the choice of constants and its cross-validation on
hand-made evidence (no model, no data)."""

from __future__ import annotations

from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def rf(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.syspath_prepend(str(BENCH))
    import rank_fusion

    return rank_fusion


def _rec(q: int, truth_at: int, lexical_first: bool, name: str = "wice") -> dict:
    full = [f"d{i}" for i in range(30)]
    truth = full[truth_at]
    return {"q": q, "set": name, "truth": truth, "backed": True, "sampled": False,
            "lexical": [truth] if lexical_first else [], "full": full}


def test_recall_counts_the_truth_in_the_top_ten(rf) -> None:  # noqa: ANN001
    recs = [_rec(0, 3, False), _rec(1, 12, False), _rec(2, 12, True)]
    plain = rf.recall(recs, None, 0.0)
    assert plain["queries"] == 3 and plain["misses"] == 2 and plain["recall_at_10"]["all"] == pytest.approx(1 / 3, abs=1e-4)
    fused = rf.recall(recs, 20.0, 0.5)           # rank 13 + lexical first: 1/33 + 0.5/21 = 0.054 > rank 1's 1/21
    assert fused["misses"] == 1
    assert rf.recall(recs, 20.0, 0.0)["misses"] == 2   # weight 0: the comparison's order


def test_choice_and_cross_validation(rf) -> None:  # noqa: ANN001
    # the truth at rank 20 with the lexical stage's first place needs a heavy lexical weight
    recs = [_rec(q, 19, True) for q in range(10)] + [_rec(q, 2, False) for q in range(10, 20)]
    k, w = rf.choose(recs)
    assert rf.recall(recs, k, w)["misses"] == 0
    assert (k, w) == min((kk, ww) for kk in rf.GRID_K for ww in rf.GRID_WEIGHT
                         if rf.recall(recs, kk, ww)["misses"] == 0)   # ties: smaller k, then smaller weight
    cv = rf.cross_validated(recs, 5)
    assert cv["queries"] == 20 and cv["misses"] == 0 and cv["comparison_only"]["misses"] == 10
    assert len(cv["folds"]) == 5
