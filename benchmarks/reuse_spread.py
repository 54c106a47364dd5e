"""The reuse head's held-out figures on Clough DEV at several fold draws, in seconds.

    python benchmarks/reuse_spread.py [--seeds 13,7,1,2,3,4] [--data ../shared/data] [--folds 5]

The reuse head reads word overlaps only (``similarity.copy_measures``), so its k-fold figure
needs no model and depends on nothing else ``calibrate.py`` fits: this runs
``calibrate.fit_reuse`` on those features at each fold seed and prints the level accuracy per
draw, their mean, and the held-out confusion at the first seed. The seed-13 figure is the one
the shipped calibration records (``cv.clough_reuse.level_acc``); ``fold_spread.py`` gives the
same figures as part of a whole calibration per draw (about ten minutes each).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

import numpy as np

import calibrate as C  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent


def records(rows: list[dict]) -> list[dict]:
    from provenance.similarity import copy_measures

    return [{"features": copy_measures(r["b"], r["a"]), "top1": r["task"]} for r in rows]


def level_acc(rows: list[dict], recs: list[dict], seed: int, k: int) -> float:
    with C.fold_draw(seed):
        return 100 * C.fit_reuse(recs, rows, k)[1]["level_acc"]


def confusion(rows: list[dict], recs: list[dict], seed: int, k: int) -> np.ndarray:
    """Held-out predictions at one draw: rows gold, columns predicted, in ``REUSE_LEVELS`` order."""
    from provenance.similarity import REUSE_LEVELS, reuse_level

    folds = C.folds_of(len(rows), k, seed)
    out = np.zeros((len(REUSE_LEVELS), len(REUSE_LEVELS)), dtype=int)
    for f in range(k):
        train = folds != f
        head, _ = C.fit_reuse(C._sub(recs, train), C._sub(rows, train), k)
        for r, e in zip(C._sub(rows, ~train), C._sub(recs, ~train)):
            out[REUSE_LEVELS.index(r["label"]), REUSE_LEVELS.index(reuse_level(e["features"], head))] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="13,7,1,2,3,4")
    ap.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    path = args.data / "clough_reuse" / "dev.jsonl"
    if not path.is_file():
        print(f"reuse_spread: {path} not found", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    recs = records(rows)
    seeds = [int(s) for s in args.seeds.split(",")]
    accs = {s: level_acc(rows, recs, s, args.folds) for s in seeds}
    print("level_acc by fold seed: " + " / ".join(f"{s}: {a:.1f}" for s, a in accs.items()))
    print(f"mean {statistics.mean(accs.values()):.1f} (lowest {min(accs.values()):.1f}, highest {max(accs.values()):.1f})")
    print(f"held out at seed {seeds[0]} (rows gold non / heavy / light / cut, columns predicted):")
    print(confusion(rows, recs, seeds[0], args.folds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
