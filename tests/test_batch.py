"""Batch runs on Dask: a local cluster of two worker processes on loopback gives exactly the
serial (in-process) results, through the same code path as a remote scheduler."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from provenance import Config
from provenance.batch import INPROCESS, run_batch

pytest.importorskip("distributed")

DOCS = {
    "council": "The city council approved the new budget on Monday. The mayor praised the vote. "
               "Critics said the plan cuts library funding by 12 percent.",
    "storm": "A storm knocked out power to 40,000 homes on Tuesday night. Crews expect to restore "
             "service by Thursday. Schools in the county will stay closed.",
    "match": "The home team won the final 3-1 after extra time. Their striker scored twice. "
             "Fans celebrated in the main square until dawn.",
    "vaccine": "Health officials opened a new vaccination centre in the north of the city. "
               "It can serve 2,000 people a day. Appointments are free.",
}
REWRITES = [
    ("r1", "On Monday the budget was approved by the council. Library funding falls by 12 percent."),
    ("r2", "Power went out for 40,000 homes after Tuesday's storm. Schools are closed."),
    ("r3", "Their striker scored twice as the home team won 3-1. The stadium will be renovated next year."),
    ("r4", "A vaccination centre opened in the north. It serves 2,000 people a day for free."),
    ("r5", "Nothing here matches any of the articles about cooking pasta at home."),
]


def fake_comparer(index, cache_dir: str):  # noqa: ANN001, ANN201 - module level: picklable by reference
    from conftest import FakeEncoder

    from provenance.facts import Analyzer
    from provenance.index import make_comparer

    return make_comparer(Config(cache_dir=cache_dir, persistent_cache=False), index=index,
                         encoder=FakeEncoder(), analyzer=Analyzer())


@pytest.fixture(scope="module")
def built_index(tmp_path_factory: pytest.TempPathFactory, analyzer) -> Path:  # noqa: ANN001
    from conftest import FakeEncoder

    from provenance.index import build_index, make_comparer

    root = tmp_path_factory.mktemp("batch")
    cfg = Config(cache_dir=str(root / "cache"), persistent_cache=False)
    comparer = make_comparer(cfg, encoder=FakeEncoder(), analyzer=analyzer)
    build_index(DOCS.items(), root / "index", comparer=comparer)
    return root / "index"


def test_dask_local_cluster_equals_serial(built_index: Path, tmp_path: Path) -> None:
    factory = functools.partial(fake_comparer, cache_dir=str(tmp_path / "cache"))
    common = dict(config=Config(cache_dir=str(tmp_path / "cache")), k=3, compare_top=1, chunk_size=2,
                  comparer_factory=factory)
    serial = run_batch(REWRITES, built_index, scheduler=INPROCESS, **common)
    distributed = run_batch(REWRITES, built_index, scheduler=None, n_workers=2, **common)
    assert [r["id"] for r in serial] == [rid for rid, _ in REWRITES]
    assert json.dumps(distributed, sort_keys=True) == json.dumps(serial, sort_keys=True)
    best = {r["id"]: r["ranking"][0]["key"] for r in serial if r["ranking"]}
    assert best["r1"] == "council" and best["r2"] == "storm" and best["r3"] == "match" and best["r4"] == "vaccine"
    assert all(len(r["comparisons"]) == 1 for r in serial if r["ranking"])
    # the candidate-set path (no index) agrees with itself in-process as well
    cands = run_batch(REWRITES[:2], DOCS, scheduler=INPROCESS, **common)
    assert [r["ranking"][0]["key"] for r in cands] == ["council", "storm"]


def test_bad_rewrite_is_reported_not_fatal(built_index: Path, tmp_path: Path) -> None:
    factory = functools.partial(fake_comparer, cache_dir=str(tmp_path / "cache"))
    with pytest.raises(Exception, match="not str"):
        run_batch([("x", b"bytes")], built_index, scheduler=INPROCESS, comparer_factory=factory)  # type: ignore[list-item]


def test_batch_cli_inputs_are_checked(tmp_path: Path) -> None:
    import io

    from provenance.cli import main

    err = io.StringIO()
    assert main(["batch", str(tmp_path / "missing.jsonl"), "--index", str(tmp_path / "nope")],
                out=io.StringIO(), err=err) == 2
    assert err.getvalue().startswith("provenance: error:") and "Traceback" not in err.getvalue()
    err = io.StringIO()
    assert main(["batch", "x.jsonl"], out=io.StringIO(), err=err) == 2  # neither --index nor --candidates


def test_batch_takes_the_mode_flag() -> None:
    """``batch --mode consistency`` builds the same Config as ``compare --mode consistency``."""
    from provenance.cli import _config, build_parser

    parser = build_parser()
    args = parser.parse_args(["batch", "x.jsonl", "--index", "ix", "--mode", "consistency"])
    assert _config(args).mode == "consistency"
    assert _config(parser.parse_args(["batch", "x.jsonl", "--index", "ix"])).mode == "rewrite"
    assert _config(parser.parse_args(["compare", "a", "b", "--mode", "consistency"])).mode == "consistency"
