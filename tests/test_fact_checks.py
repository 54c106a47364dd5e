"""``benchmarks/fact_checks.py``: how often each typed check fires on DEV, by gold label."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import DATA

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def fc(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.syspath_prepend(str(BENCH))
    import fact_checks

    return fact_checks


def _claim(*reasons: str) -> SimpleNamespace:
    return SimpleNamespace(changes=[SimpleNamespace(reason=r) for r in reasons])


def test_change_names_are_reasons_up_to_the_colon(fc) -> None:  # noqa: ANN001
    claims = [_claim("roles swapped: A beat B → B beat A", "number changed: 7 → 8"), _claim(),
              _claim("number changed: 1 → 2")]
    assert fc.change_names(claims) == {"roles swapped", "number changed"}
    assert fc.change_names([]) == set()


def test_gold_changed_per_set(fc) -> None:  # noqa: ANN001
    assert fc.changed("paws", 0) and not fc.changed("paws", 1)
    assert fc.changed("frank", 0) and not fc.changed("frank", 1)
    assert fc.changed("stsb", 3.4) and not fc.changed("stsb", 3.5)
    assert fc.changed("wice", "partially_supported") and not fc.changed("wice", "supported")
    assert fc.changed("iterater_sent", 1) and not fc.changed("iterater_sent", 0)
    with pytest.raises(ValueError):
        fc.changed("swipe", 1)


def test_tally_counts_items_once_per_check_with_precision_and_catch_rate(fc) -> None:  # noqa: ANN001
    fired = [("a", True, {"roles swapped", "number changed"}), ("b", True, {"roles swapped"}),
             ("c", False, {"roles swapped"}), ("d", True, set()), ("e", False, set())]
    t = fc.tally(fired, examples=1)
    assert list(t) == ["roles swapped", "number changed"]          # most often first
    roles = t["roles swapped"]
    assert (roles["right"], roles["wrong"]) == (2, 1)
    assert roles["precision"] == pytest.approx(2 / 3)
    assert roles["caught"] == pytest.approx(2 / 3)                  # 3 items have a gold change
    assert roles["right_ids"] == ["a"] and roles["wrong_ids"] == ["c"]
    assert t["number changed"]["precision"] == 1.0 and t["number changed"]["caught"] == pytest.approx(1 / 3)
    assert fc.tally([]) == {}


def test_bad_arguments_are_one_line_and_exit_2(fc, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:  # noqa: ANN001
    assert fc.main(["--only", "swipe", "--data", str(tmp_path)]) == 2
    assert "unknown set" in capsys.readouterr().err
    assert fc.main(["--data", str(tmp_path / "missing")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.model
def test_quick_run_on_dev(fc, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:  # noqa: ANN001
    if not (DATA / "paws" / "dev.jsonl").is_file():
        pytest.skip(f"DEV data not found under {DATA}; set PROVENANCE_DATA or check out ../shared/data")
    out = tmp_path / "checks.json"
    assert fc.main(["--only", "paws", "--limit", "40", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    paws = report["sets"]["paws"]
    assert paws["items"] == 40
    for row in paws["checks"].values():
        assert row["right"] + row["wrong"] <= 40
        assert 0.0 <= row["precision"] <= 1.0
    assert "| set | change |" in capsys.readouterr().out
