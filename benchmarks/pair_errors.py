"""Held-out predictions of the paraphrase and graded heads (MRPC, PAWS, STS-B) for error analysis.

    python benchmarks/pair_errors.py --errors FILE [--seeds 13] [--records FILE] [--cache FILE]
                                     [--data ../shared/data] [--folds 5] [--limit N]

``quality.py --errors`` writes the shipped heads' predictions, and on MRPC, PAWS and STS-B those
heads were fitted on every DEV pair (MRPC reads 99 % in-sample), so their errors say little.
This fits the two heads as ``calibrate.py`` does, k-fold at the first fold seed, and writes each
pair's prediction from the head of the fold that held it out (``calibrate.fit_pair`` /
``fit_graded`` with ``held_out``), in the format of ``quality.py --errors``, for
``benchmarks/errors.py``. It prints the pooled held-out figures of what it wrote. The pair
records (features and the adapter's cosine out of fold: six adapter fits, 15 to 26 minutes
on 2 cores as other jobs share them) are those of ``benchmarks/pair_weighting.py``, and
``--records FILE`` shares them with it (a pickle one of the two wrote: read only files you made).
"""

from __future__ import annotations

import sys
from pathlib import Path

import calibrate as C  # benchmarks/ is on sys.path when run as a script
import quality as Q
from pair_weighting import SETS, load_records

from provenance import metrics as M


def held_out_predictions(recs: dict[str, list[dict]], data: dict[str, list[dict]], k: int,
                         seed: int) -> dict[str, list[dict]]:
    """Every MRPC, PAWS and STS-B pair's prediction from the heads of the fold (of ``k`` at
    fold seed ``seed``) that held it out."""
    held: dict[str, list[dict]] = {}
    with C.fold_draw(seed):
        C.fit_pair(recs, data, k, held_out=held)
        C.fit_graded(recs["stsb"], data["stsb"], k, held_out=held)
    return {s: held[s] for s in SETS}


def pooled(held: dict[str, list[dict]]) -> str:
    """The pooled held-out figures: MRPC and PAWS accuracy, STS-B Spearman (percent)."""
    acc = {s: 100 * sum(i["pred"] == i["gold"] for i in held[s]) / max(1, len(held[s])) for s in ("mrpc", "paws")}
    rho = 100 * M.spearman([i["gold"] for i in held["stsb"]], [i["score"] for i in held["stsb"]])
    return f"MRPC accuracy {acc['mrpc']:.2f}, PAWS accuracy {acc['paws']:.2f}, STS-B Spearman {rho:.2f}"


def main(argv: list[str] | None = None) -> int:
    from provenance.similarity import PAIR_FEATURES

    def extra(ap) -> None:
        ap.add_argument("--records", type=Path, default=None, help="pair records: read if present, else written")

    got = C.spread_options("pair_errors", __doc__.split("\n")[0], argv, SETS, PAIR_FEATURES, "pair",
                           "first N pairs of each set only (a quick run)",
                           errors_help="write each pair's held-out prediction at the first fold seed (JSON, for errors.py)",
                           extra=extra, without=False)
    if got is None:
        return 2
    args, seeds, _ = got
    if args.errors is None:
        print("pair_errors: --errors FILE is required (where to write the predictions)", file=sys.stderr)
        return 2
    got_recs = load_records("pair_errors", args)
    if got_recs is None:
        return 2
    data, recs = got_recs
    held = held_out_predictions(recs, data, args.folds, seeds[0])
    Q.write_errors(args.errors, held)
    print(f"held out at fold seed {seeds[0]} ({args.folds} folds), pooled: {pooled(held)}")
    print(f"wrote {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
