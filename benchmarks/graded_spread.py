"""The graded (STS) head's held-out Spearman on STS-B DEV at several fold draws, in about a minute.

    python benchmarks/graded_spread.py [--seeds 13,7,1,2] [--without FEATURE,...] [--cache FILE]
                                       [--data ../shared/data] [--folds 5] [--limit N]

The graded head depends on nothing else ``calibrate.py`` fits but the pair features of the
STS-B pairs, so this computes those once (``quality.ours_records``; ``--cache`` is the
benchmark cache ``calibrate.py`` and ``quality.py`` share) and runs ``calibrate.fit_graded`` at
each fold seed. ``--without`` drops features from the head for an A/B in the same run (e.g.
``--without ic_min,ic_max,ic_unshared,ic_unshared_min``: the head before the information
features). The seed-13 figure with every feature is the one the shipped calibration records
(``cv.stsb.spearman``) when run on the same cache.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import calibrate as C  # benchmarks/ is on sys.path when run as a script
import quality as Q

ROOT = Path(__file__).resolve().parent.parent


def spearman_at(rows: list[dict], recs: list[dict], seed: int, k: int, features: tuple[str, ...]) -> float:
    before = C.FOLD_SEED, C.GRADED_FEATURES
    C.FOLD_SEED, C.GRADED_FEATURES = seed, features
    try:
        return 100 * C.fit_graded(recs, rows, k)[1]["spearman"]
    finally:
        C.FOLD_SEED, C.GRADED_FEATURES = before


def main(argv: list[str] | None = None) -> int:
    from provenance.similarity import GRADED_FEATURES

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="13,7,1,2")
    ap.add_argument("--without", default="", help="comma-separated graded features to leave out")
    ap.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data")
    ap.add_argument("--cache", type=Path, default=None, help="benchmark cache (as calibrate.py / quality.py)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None, help="first N pairs only (a quick run)")
    args = ap.parse_args(argv)
    path = args.data / "stsb" / "dev.jsonl"
    if not path.is_file():
        print(f"graded_spread: {path} not found", file=sys.stderr)
        return 2
    drop = {f for f in args.without.split(",") if f}
    unknown = drop - set(GRADED_FEATURES)
    if unknown:
        print(f"graded_spread: not a graded feature: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    rows = Q.load(args.data, "stsb", "dev", args.limit)
    cmp = Q.make_comparer()
    Q.load_cache(cmp, args.cache)
    recs = Q.ours_records("stsb", rows, cmp)
    Q.save_cache(cmp, args.cache)
    features = tuple(f for f in GRADED_FEATURES if f not in drop)
    rho = {int(s): spearman_at(rows, recs, int(s), args.folds, features) for s in args.seeds.split(",")}
    print(f"graded head over {len(features)} features" + (f" (without {', '.join(sorted(drop))})" if drop else ""))
    print("spearman by fold seed: " + " / ".join(f"{s}: {r:.2f}" for s, r in rho.items()))
    print(f"mean {statistics.mean(rho.values()):.2f} (lowest {min(rho.values()):.2f}, highest {max(rho.values()):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
