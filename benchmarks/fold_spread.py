"""How much the k-fold DEV figures move with the fold draw alone.

    python benchmarks/fold_spread.py [--seeds 13,7,1,2,3] [--data ../shared/data] [--folds 5]
                                     [--cache out/bench-cache.pkl] [--out out/fold_spread.json]

Runs ``calibrate.calibrate`` once per fold seed (13 is the draw the shipped calibration
reports) and, for every held-out figure of ours and of the naive peers, prints the figure at
the shipped draw and the mean, lowest and highest over all the seeds given. The fitted
parameters are not written anywhere: only the figures are compared. On small sets (WiCE's
349 claims, FRANK's 671 summaries, Clough's 50 answers, MRPC's 866 pairs) one fold holds a
few dozen items, so a figure can move by points with the draw; the mean over draws is the
steadier estimate of what the shipped heads do on unseen data.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import calibrate as C  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent


def spread(runs: dict[int, dict[str, Any]], shipped: int) -> dict[str, dict[str, dict[str, Any]]]:
    """{set: {metric: {"shipped", "mean", "min", "max", "by_seed"}}} over the runs' ``cv``
    (ours) and ``peers_cv`` (``"<peer>:<metric>"``); a figure missing from a run is left out."""
    table: dict[str, dict[str, dict[int, float]]] = {}
    for seed, calib in runs.items():
        for name, metrics in calib["cv"].items():
            for m, v in metrics.items():
                table.setdefault(name, {}).setdefault(m, {})[seed] = v
        for peer, sets in calib.get("peers_cv", {}).items():
            for name, metrics in sets.items():
                for m, v in metrics.items():
                    if v is not None:
                        table.setdefault(name, {}).setdefault(f"{peer}:{m}", {})[seed] = v
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for name, metrics in table.items():
        for m, by in metrics.items():
            vals = list(by.values())
            out.setdefault(name, {})[m] = {"shipped": by.get(shipped), "mean": round(statistics.fmean(vals), 2),
                                           "min": min(vals), "max": max(vals),
                                           "by_seed": {str(s): v for s, v in by.items()}}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="13,7,1,2,3", help="comma list of fold seeds (13: the shipped draw)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--cache", type=Path, default=None, help="the embedding/analysis pickle calibrate.py uses")
    ap.add_argument("--out", type=Path, default=None, help="write the spread as JSON here")
    args = ap.parse_args(argv)
    try:
        seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    except ValueError:
        ap.error(f"--seeds must be a comma list of integers, got {args.seeds!r}")
    if not seeds:
        ap.error("--seeds is empty")
    if not args.data.is_dir():
        ap.error(f"{args.data} is not a folder (pass --data DIR holding the DEV sets)")
    t0 = time.perf_counter()
    runs = {}
    for seed in dict.fromkeys(seeds):
        runs[seed] = C.calibrate(args.data, args.folds, args.limit,
                                 lambda m, s=seed: print(f"[{time.perf_counter() - t0:6.0f}s] seed {s}: {m}", file=sys.stderr),
                                 args.cache, fold_seed=seed)
    res = spread(runs, C.SEED)
    print(f"{'set':14s} {'metric':34s} {'shipped':>8s} {'mean':>7s} {'min':>7s} {'max':>7s}   (seeds {','.join(map(str, runs))})")
    for name, metrics in res.items():
        for m, r in metrics.items():
            shipped = "" if r["shipped"] is None else f"{r['shipped']:.1f}"
            print(f"{name:14s} {m:34s} {shipped:>8s} {r['mean']:7.1f} {r['min']:7.1f} {r['max']:7.1f}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"seeds": list(runs), "folds": args.folds, "shipped_seed": C.SEED,
                                        "wall_s": round(time.perf_counter() - t0), "spread": res}, indent=1),
                            encoding="utf-8")
    print(f"{len(runs)} fold draws in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
