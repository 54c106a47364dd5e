"""The shipped calibration and the fitting code: loadable, named in the signature, deterministic."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from provenance import Config
from provenance.config import load_calibration, signature
from provenance.similarity import PAIR_FEATURES, REUSE_FEATURES, logistic, reuse_level

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def calibrate(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.syspath_prepend(str(BENCH))
    import calibrate as c

    return c


def test_shipped_calibration_is_complete_and_named_in_signature() -> None:
    cal = load_calibration("all-MiniLM-L6-v2-dev")
    assert len(cal["support"]["weights"]) == 3 and 0 < cal["support"]["threshold"] < 1
    assert cal["pair"]["features"] == list(PAIR_FEATURES)
    assert cal["reuse"]["features"] == list(REUSE_FEATURES)
    assert cal["reuse"]["cuts"] == sorted(cal["reuse"]["cuts"])
    assert set(cal["peers"]) == {"minilm_cos", "difflib", "token_set"}
    assert "cv" in cal and cal["fitted_on"]["split"] == "dev"
    sig = signature(Config(calibration="all-MiniLM-L6-v2-dev"))
    assert f"calib:all-MiniLM-L6-v2-dev@{cal['version']}" in sig


def test_pair_and_reuse_heads_apply_shipped_parameters() -> None:
    cal = load_calibration("all-MiniLM-L6-v2-dev")
    same = {"cosine": 1.0, "support_min": 1.0, "support_max": 1.0, "kept_min": 1.0, "altered": 0.0,
            "difflib": 1.0, "lexical_min": 1.0}
    other = {"cosine": 0.05, "support_min": 0.0, "support_max": 0.05, "kept_min": 0.0, "altered": 0.0,
             "difflib": 0.0, "lexical_min": 0.0}
    assert logistic(same, cal["pair"]) > cal["pair"]["threshold"] > logistic(other, cal["pair"])
    copy = {"coverage": 1.0, "kept": 1.0, "cosine": 1.0, "token_set": 1.0, "partial": 1.0, "difflib": 1.0}
    assert reuse_level(copy, cal["reuse"]) in ("cut", "light")


def test_folds_are_fixed_and_balanced(calibrate) -> None:
    a, b = calibrate.folds_of(23, 5), calibrate.folds_of(23, 5)
    assert (a == b).all()
    assert sorted(np.bincount(a)) == [4, 4, 5, 5, 5]


def test_cut_search_is_deterministic_and_exact(calibrate) -> None:
    score = np.array([0.1, 0.2, 0.4, 0.5, 0.7, 0.8, 0.95, 0.99])
    level = np.array([0, 0, 1, 1, 2, 2, 3, 3])
    cuts = calibrate._best_cuts(score, level)
    assert cuts == calibrate._best_cuts(score, level)
    assert np.all((score > cuts[0]).astype(int) + (score > cuts[1]) + (score > cuts[2]) == level)


def test_reuse_fit_is_deterministic(calibrate) -> None:
    rng = np.random.default_rng(0)
    levels = ["non", "heavy", "light", "cut"]
    rows, recs = [], []
    for i in range(40):
        lvl = i % 4
        feats = {f: float(np.clip(lvl / 3 + rng.normal(0, 0.1), 0, 1)) for f in REUSE_FEATURES}
        rows.append({"label": levels[lvl], "task": "a"})
        recs.append({"features": feats, "top1": "a"})
    p1, cv1 = calibrate.fit_reuse(recs, rows, 4)
    p2, cv2 = calibrate.fit_reuse(recs, rows, 4)
    assert p1 == p2 and cv1 == cv2
    assert cv1["level_acc"] > 0.7 and math.isclose(cv1["source_top1"], 1.0)
