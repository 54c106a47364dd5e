"""Choose the two constants of the index ranking's fusion (``ranking.fuse_lexical``).

    python benchmarks/rank_fusion.py [--index-dir out/bench-index2] [--evidence out/rank-evidence.jsonl]
                                     [--out out/rank-fusion.json] [--limit N]

Uses the real pool of ``benchmarks/speed.py`` (same documents, same index) and every query
of it *except* the fixed sample that ``speed.py`` reports ``rank_recall_at_10`` on, so the
shipped constants are not chosen on the figure they are judged by. For each query it
records the two first stages (vector, lexical) and the full comparison's order over their
union (``Comparer.rank``), appending to ``--evidence`` (a JSON line per query; a rerun
resumes where it stopped). Then every (k, weight) of a small grid is scored by recall@10 on
those queries; the fewest misses wins, ties to the smaller k, then the smaller weight. The
comparison's order alone and the shipped constants are scored beside it, on the held-out
queries and on ``speed.py``'s sample (where it has evidence for them, with ``--sample``), and
recall over every collected query is estimated by 5-fold cross-validation of the choice.
Nothing is written into the package: the chosen constants go into ``provenance/ranking.py``
by hand, with the figures this prints.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # noqa: E402

GRID_K = (5.0, 10.0, 20.0, 40.0, 60.0)
GRID_WEIGHT = (0.5, 1.0, 1.5, 2.0)


def collect(data: Path, index_dir: Path, evidence: Path, limit: int | None, sample_too: bool) -> list[dict[str, Any]]:
    from provenance import Config
    from provenance.facts import Analyzer
    from provenance.index import DEFAULT_CANDIDATES, DEFAULT_LEXICAL, DEFAULT_PER_VECTOR, make_comparer
    from provenance.onnx_backend import OnnxEncoder

    docs, queries = speed.real_pool(data, False)
    sampled = {(q[0], q[1], q[2]) for q in speed.sample_queries(queries, 40)}
    done = {}
    if evidence.exists():
        for line in evidence.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                done[rec["q"]] = rec
    todo = [(i, q) for i, q in enumerate(queries) if i not in done and (sample_too or tuple(q[:3]) not in sampled)]
    if limit is not None:
        todo = todo[:limit]
    if todo:
        onnx, analyzer = OnnxEncoder(), Analyzer()
        with tempfile.TemporaryDirectory() as tmp:
            cfg = Config(backend="onnx", cache_dir=str(Path(tmp) / "user-cache"), persistent_cache=False)
            index, _ = speed._pool_index(docs, index_dir, make_comparer(cfg, encoder=onnx, analyzer=analyzer))
            with open(evidence, "a", encoding="utf-8") as fh:
                for n, (i, (name, text, truth, backed)) in enumerate(todo):
                    comparer = make_comparer(cfg, index=index, encoder=onnx, analyzer=analyzer)
                    vector, lexical = index._stages(comparer.prepare(text), DEFAULT_CANDIDATES, DEFAULT_LEXICAL,
                                                    DEFAULT_PER_VECTOR)
                    pool = index._pool(vector, lexical)
                    full = [r.key for r in comparer.rank(text, {c.id: index.doc(c.n)[1] for c in pool})]
                    rec = {"q": i, "set": name, "truth": truth, "backed": backed,
                           "sampled": (name, text, truth) in sampled,
                           "lexical": [c.id for c in lexical], "full": full}
                    fh.write(json.dumps(rec) + "\n")
                    fh.flush()
                    done[i] = rec
                    if n % 50 == 0:
                        speed.log(f"rank_fusion: {n + 1} of {len(todo)} queries")
    return [done[i] for i in sorted(done)]


def recall(records: list[dict[str, Any]], k: float | None, weight: float) -> dict[str, Any]:
    from provenance.ranking import fuse_lexical
    from provenance.types import Ranked

    hits: dict[str, list[int]] = {}
    for rec in records:
        ranked = [Ranked(key, i, 0.0, 0.0, i + 1) for i, key in enumerate(rec["full"])]
        if k is not None:
            ranked = sorted(fuse_lexical(ranked, rec["lexical"], k=k, weight=weight), key=lambda r: r.rank)
        ok = rec["truth"] in [r.key for r in ranked[:10]]
        for key in ("all", rec["set"], "backed" if rec["backed"] else "unbacked"):
            h = hits.setdefault(key, [0, 0])
            h[0] += ok
            h[1] += 1
    return {"queries": hits.get("all", [0, 0])[1], "misses": hits.get("all", [0, 0])[1] - hits.get("all", [0, 0])[0],
            "recall_at_10": {key: round(h[0] / h[1], 4) for key, h in sorted(hits.items())}}


FOLDS = 5


def choose(records: list[dict[str, Any]]) -> tuple[float, float]:
    grid = [(k, w, recall(records, k, w)["misses"]) for k in GRID_K for w in GRID_WEIGHT]
    k, w, _ = min(grid, key=lambda t: (t[2], t[0], t[1]))
    return k, w


def cross_validated(records: list[dict[str, Any]], folds: int) -> dict[str, Any]:
    """Recall@10 over every collected query, each fold scored with the constants chosen on
    the other folds (queries dealt to folds by their number): a held-out estimate over the
    whole pool rather than over speed.py's 187."""
    misses, n, chosen = 0, 0, []
    for f in range(folds):
        train = [r for r in records if r["q"] % folds != f]
        test = [r for r in records if r["q"] % folds == f]
        k, w = choose(train)
        got = recall(test, k, w)
        misses, n = misses + got["misses"], n + got["queries"]
        chosen.append({"k": k, "weight": w, "misses": got["misses"], "queries": got["queries"]})
    base = recall(records, None, 0.0)
    return {"queries": n, "misses": misses, "recall_at_10": round(1 - misses / max(1, n), 4), "folds": chosen,
            "comparison_only": {"misses": base["misses"], "recall_at_10": base["recall_at_10"]["all"] if n else None}}


def main(argv: list[str] | None = None) -> int:
    from provenance.ranking import RRF_K, RRF_LEXICAL_WEIGHT

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    root = Path(__file__).resolve().parents[1]
    ap.add_argument("--data", type=Path, default=root / ".." / "shared" / "data")
    ap.add_argument("--index-dir", type=Path, default=root / "out" / "bench-index2",
                    help="where speed.py's pool index is (built there if absent: about 10 minutes)")
    ap.add_argument("--evidence", type=Path, default=root / "out" / "rank-evidence.jsonl")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--limit", type=int, default=None, help="collect at most N more queries (smoke use)")
    ap.add_argument("--sample", action="store_true", help="also collect speed.py's sample, to score on it")
    args = ap.parse_args(argv)
    if not (args.data / "frank" / "dev.jsonl").is_file():
        print(f"rank_fusion: no data under {args.data}", file=sys.stderr)
        return 2
    args.index_dir.mkdir(parents=True, exist_ok=True)
    records = collect(args.data, args.index_dir, args.evidence, args.limit, args.sample)
    held = [r for r in records if not r["sampled"]]
    sample = [r for r in records if r["sampled"]]
    grid = [(k, w, recall(held, k, w)) for k in GRID_K for w in GRID_WEIGHT]
    k, w = choose(held)
    best = recall(held, k, w)
    out = {"fitted_on": "pool queries outside speed.py's sample", "grid": [{"k": k_, "weight": w_, **r} for k_, w_, r in grid],
           "chosen": {"k": k, "weight": w, **best},
           "comparison_only": recall(held, None, 0.0),
           "shipped": {"k": RRF_K, "weight": RRF_LEXICAL_WEIGHT, **recall(held, RRF_K, RRF_LEXICAL_WEIGHT)}}
    if sample:
        out["speed_sample"] = {"comparison_only": recall(sample, None, 0.0),
                               "shipped": recall(sample, RRF_K, RRF_LEXICAL_WEIGHT)}
    out["cv_all_queries"] = cross_validated(records, FOLDS)
    print(json.dumps({key: v for key, v in out.items() if key != "grid"}, indent=1))
    if args.out:
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
