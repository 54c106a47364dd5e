"""SWiPE's held-out figures, ours and the naive peers', at several fold draws.

    python benchmarks/swipe_spread.py [--seeds 13,7,1,2] [--data ../shared/data]
                                      [--cache out/bench-cache.pkl] [--folds 5] [--no-peers]

What SWiPE's CV figures depend on is fitted by two steps of ``calibrate.py``:
``fit_original_bias`` (the original side's cut, the detail size and the reworded cut, chosen on the training
folds together with IteraTeR) and ``fit_peers`` (each peer's thresholds). This runs those two
at each fold seed, on the same base configuration a whole calibration uses (the hand-set
support boundary and the shipped mutual cut), and prints each draw's figures and their mean.
Seed 13 reproduces the shipped calibration's ``cv.swipe`` and ``peers_cv.*.swipe``; a whole
calibration per draw (``fold_spread.py``) takes about ten minutes each, this about two.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import calibrate as C  # benchmarks/ is on sys.path when run as a script
import quality as Q

ROOT = Path(__file__).resolve().parent.parent
METRICS = ("added_info_f1", "dropped_info_f1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="13,7,1,2")
    ap.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data")
    ap.add_argument("--cache", type=Path, default=None, help="benchmark cache of embeddings and analyses")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None, help="first N documents of each set (quick runs)")
    ap.add_argument("--no-peers", action="store_true")
    args = ap.parse_args(argv)
    missing = [n for n in ("swipe", "iterater_sent") if not (args.data / n / "dev.jsonl").is_file()]
    if missing:
        print(f"swipe_spread: {', '.join(missing)} DEV not found under {args.data}", file=sys.stderr)
        return 2
    from provenance import Config
    from provenance.config import MODEL_NAME, load_calibration

    shipped = load_calibration(MODEL_NAME)
    hand = Config(weights=tuple(C.HANDSET_SUPPORT["weights"]), support_threshold=C.HANDSET_SUPPORT["threshold"])
    base = Q.make_comparer(hand)
    Q.load_cache(base, args.cache)
    data = {n: Q.load(args.data, n, "dev", args.limit) for n in ("swipe", "iterater_sent")}
    for name, rows in data.items():
        Q.warm(base, Q.pair_texts(name, rows))
    base = Q.make_comparer(base.config.replace(mutual_cosine=shipped["support"]["mutual_cosine"]), base=base)
    figures: dict[str, dict[str, list[float]]] = {}
    seeds = [int(s) for s in args.seeds.split(",")]
    before = C.FOLD_SEED
    try:
        for seed in seeds:
            C.FOLD_SEED = seed
            _, _, _, cv = C.fit_original_bias(data, base, args.folds, lambda _: None)
            row = {"ours": cv["swipe"]}
            if not args.no_peers:
                _, peers = C.fit_peers({"swipe": data["swipe"]}, base, args.folds, lambda _: None)
                row.update({p: d["swipe"] for p, d in peers.items()})
            for who, m in row.items():
                for key in METRICS:
                    figures.setdefault(who, {}).setdefault(key, []).append(100 * m[key])
            print(f"seed {seed}: " + "; ".join(f"{who} " + " / ".join(f"{100 * m[k]:.2f}" for k in METRICS)
                                                for who, m in row.items()), flush=True)
    finally:
        C.FOLD_SEED = before
    print(f"mean over seeds {args.seeds} ({' / '.join(METRICS)}, lowest-highest):")
    for who, per in figures.items():
        print(f"  {who}: " + " / ".join(f"{statistics.mean(v):.1f} ({min(v):.1f}-{max(v):.1f})" for v in per.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
