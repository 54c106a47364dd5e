"""The consistency head's held-out WiCE and FRANK figures at several fold draws, in minutes.

    python benchmarks/consistency_spread.py [--seeds 13,7,1,2] [--without FEATURE,...] [--cache FILE]
                                            [--data ../shared/data] [--folds 5] [--limit N]
                                            [--errors FILE]

WiCE's and FRANK's figures depend on nothing else ``calibrate.py`` fits but the consistency
head (the support boundary and the mutual cut are hand-set or fitted on STS-B, and both sets
are decided by the head alone), so this runs ``calibrate.fit_consistency`` at each fold seed,
with the head's features computed by the library as ``compare`` computes them (``--cache`` is
the benchmark cache ``calibrate.py`` and ``quality.py`` share). ``--without`` drops features
from the head for an A/B in the same run (e.g. ``--without missing_run``: the head before
that feature). The seed-13 figures with every feature are the ones the shipped calibration
records (``cv.wice``, ``cv.frank``) when run on the same cache. ``--errors FILE`` writes every
WiCE and FRANK item's held-out prediction at the first fold seed (each item labelled by the
head and verdict of the fold that left it out) in the format of ``quality.py --errors``, for
``benchmarks/errors.py``: error buckets of held-out items, not of items the head was fitted on.
"""

from __future__ import annotations

import statistics
import sys

import calibrate as C  # benchmarks/ is on sys.path when run as a script
import quality as Q

#: (set, metric) printed per fold draw, in this order
SHOWN = (("wice", "supported_f1"), ("wice", "label_acc_3way"), ("frank", "bacc"), ("frank", "roc_auc"),
         ("frank", "factuality_spearman"))


def figures_at(data: dict[str, list[dict]], cmp: object, seed: int, k: int,
               features: tuple[str, ...], held_out: dict | None = None) -> dict[tuple[str, str], float]:
    with C.fold_draw(seed):
        cv = C.fit_consistency(data, cmp, k, lambda _: None, features=features, held_out=held_out)[1]
    return {(n, m): 100 * cv[n][m] for n, m in SHOWN}   # the metrics are fractions


def main(argv: list[str] | None = None) -> int:
    from provenance.similarity import CLAIM_FEATURES

    got = C.spread_options("consistency_spread", __doc__.split("\n")[0], argv, ("wice", "frank"), CLAIM_FEATURES,
                           "consistency-head", "first N items of each set only (a quick run)",
                           "write each item's held-out prediction at the first seed (JSON, for errors.py)")
    if got is None:
        return 2
    args, seeds, features = got
    data = {n: Q.load(args.data, n, "dev", args.limit) for n in ("wice", "frank")}
    cmp = Q.make_comparer()
    Q.load_cache(cmp, args.cache)
    held: dict | None = {} if args.errors else None
    got_at = {s: figures_at(data, cmp, s, args.folds, features, held if i == 0 else None) for i, s in enumerate(seeds)}
    Q.save_cache(cmp, args.cache)
    if held is not None:
        items = {"wice": data["wice"], "frank": C._frank_items(data["frank"])}
        out = {n: Q.item_predictions(n, items[n], [{**r, "top3": []} for r in held[n]], {}) for n in items}
        Q.write_errors(args.errors, out)
        print(f"wrote held-out predictions at fold seed {seeds[0]} to {args.errors}")
    drop = sorted(set(CLAIM_FEATURES) - set(features))
    print(f"consistency head over {len(features)} features" + (f" (without {', '.join(drop)})" if drop else ""))
    for key in SHOWN:
        per = [got_at[s][key] for s in seeds]
        print(f"{key[0]} {key[1]} by fold seed: " + " / ".join(f"{s}: {v:.2f}" for s, v in zip(seeds, per))
              + f"; mean {statistics.mean(per):.2f} (lowest {min(per):.2f}, highest {max(per):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
