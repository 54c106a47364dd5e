"""The graded (STS) head's held-out Spearman on STS-B DEV at several fold draws, in about a minute.

    python benchmarks/graded_spread.py [--seeds 13,7,1,2] [--without FEATURE,...] [--cache FILE]
                                       [--data ../shared/data] [--folds 5] [--limit N]

The graded head depends on nothing else ``calibrate.py`` fits but the pair features of the
STS-B pairs, so this computes those once (``quality.ours_records``; ``--cache`` is the
benchmark cache ``calibrate.py`` and ``quality.py`` share) and runs ``calibrate.fit_graded`` at
each fold seed. ``--without`` drops features from the head for an A/B in the same run (e.g.
``--without ic_min,ic_max,ic_unshared,ic_unshared_min``: the head before the information
features). The seed-13 figure with every feature is the one the shipped calibration records
(``cv.stsb.spearman``) when run on the same cache, for calibrations without an encoder
adapter. With one (since ``2-4f448f14d6``) the head's ``sts_cosine`` is left out here: the
records carry the shipped adapter's cosine, fitted on these very pairs, where ``calibrate.py``
scores each pair with an adapter fitted on the other folds (``calibrate.fit_adapter``).
"""

from __future__ import annotations

import statistics
import sys

import calibrate as C  # benchmarks/ is on sys.path when run as a script
import quality as Q


def spearman_at(rows: list[dict], recs: list[dict], seed: int, k: int, features: tuple[str, ...]) -> float:
    before = C.FOLD_SEED, C.GRADED_FEATURES
    C.FOLD_SEED, C.GRADED_FEATURES = seed, features
    try:
        return 100 * C.fit_graded(recs, rows, k)[1]["spearman"]
    finally:
        C.FOLD_SEED, C.GRADED_FEATURES = before


def main(argv: list[str] | None = None) -> int:
    from provenance.similarity import GRADED_FEATURES

    got = C.spread_options("graded_spread", __doc__.split("\n")[0], argv, ("stsb",), GRADED_FEATURES, "graded",
                           "first N pairs only (a quick run)")
    if got is None:
        return 2
    args, seeds, features = got
    from provenance.similarity import ADAPTER_FEATURES

    if set(ADAPTER_FEATURES) & set(features):
        # the records carry the shipped adapter's cosine, fitted on every STS-B DEV pair: in
        # sample here. calibrate.py scores these pairs out of fold (calibrate.fit_adapter).
        features = tuple(f for f in features if f not in ADAPTER_FEATURES)
        print(f"graded_spread: left out {', '.join(ADAPTER_FEATURES)} (the shipped adapter was fitted on these "
              "pairs; calibrate.py's cv.stsb.spearman scores them out of fold)", file=sys.stderr)
    rows = Q.load(args.data, "stsb", "dev", args.limit)
    cmp = Q.make_comparer()
    Q.load_cache(cmp, args.cache)
    recs = Q.ours_records("stsb", rows, cmp)
    Q.save_cache(cmp, args.cache)
    drop = sorted(set(GRADED_FEATURES) - set(ADAPTER_FEATURES) - set(features))
    rho = {s: spearman_at(rows, recs, s, args.folds, features) for s in seeds}
    print(f"graded head over {len(features)} features" + (f" (without {', '.join(drop)})" if drop else ""))
    print("spearman by fold seed: " + " / ".join(f"{s}: {r:.2f}" for s, r in rho.items()))
    print(f"mean {statistics.mean(rho.values()):.2f} (lowest {min(rho.values()):.2f}, highest {max(rho.values()):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
