"""The paraphrase head's set weighting: MRPC and PAWS accuracy at each power, and a nested figure of the choice.

    python benchmarks/pair_weighting.py [--seeds 13,7,1,2] [--powers 0.5,1.0,1.5,2.0]
                                        [--records FILE] [--cache FILE] [--data ../shared/data]
                                        [--folds 5] [--limit N] [--jobs N]

``calibrate.fit_pair`` weighs each set's pairs by 1 / size ** ``PAIR_SET_POWER``; the power
trades MRPC against PAWS, and the shipped one was chosen by the largest worst-case margin to the
quality issue's goals, min(MRPC accuracy - 76, PAWS accuracy - 80) (``margin``). This prints,
at each fold seed, the k-fold figures of every power (each outer fold scored by the head fitted
on the other folds at that power, as ``calibrate.py`` does at the shipped power) and the nested
figure of the choice: in each outer fold the power with the best margin in a (k-1)-fold CV
inside the other folds (``calibrate.fit_pair`` on them) is the one scored.

The pair records need the encoder adapter's cosine out of fold (``calibrate.fit_adapter``: six
adapter fits, 15 to 26 minutes on 2 cores as other jobs share them) besides the pair features (``--cache`` is the
benchmark cache ``calibrate.py`` and ``quality.py`` share); ``--records FILE`` keeps them, so a
second run reads them instead (a pickle this script wrote: read only files you made).
``--jobs N`` scores N fold draws at a time in separate processes (about 17 minutes a draw on
one core of this project's 2-core machines with the full DEV sets); the figures are the same
as one at a time. With two draws or more, the last line also gives the nested MRPC figure's
range over the draws and the standard error of its mean over the draws (the fold draws' noise;
the pairs' own sampling error, about 1.5 points for MRPC DEV's 866, is not in it).
"""

from __future__ import annotations

import pickle
import statistics
import sys
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

import calibrate as C  # benchmarks/ is on sys.path when run as a script
import quality as Q

#: the issue's goals for the two decided sets (accuracy, percent)
GOALS = {"mrpc": 76.0, "paws": 80.0}
SETS = ("mrpc", "paws", "stsb")


def margin(cv: dict[str, dict[str, float]]) -> float:
    """The worst-case distance to the goals, in points (``cv`` as ``fit_pair`` returns it: 0..1)."""
    return min(100 * cv[s]["accuracy"] - goal for s, goal in GOALS.items())


def nested(recs: dict[str, list[dict]], data: dict[str, list[dict]], k: int, seed: int,
           powers: Sequence[float]) -> dict:
    """At one fold draw: ``fixed`` (each power's k-fold accuracy per decided set, percent),
    ``chosen`` (the power picked in each outer fold) and ``nested`` (the chosen powers' outer
    accuracy). Ties go to the power nearest the shipped one."""
    sets = [s for s in SETS if s in recs]
    outer = {s: C.folds_of(len(recs[s]), k, seed) for s in sets}
    fixed = {p: {s: 0.0 for s in GOALS} for p in powers}
    picked: dict[str, float] = {s: 0.0 for s in GOALS}
    chosen = []
    before = C.PAIR_SET_POWER, C.FOLD_SEED
    try:
        for f in range(k):
            train = {s: outer[s] != f for s in sets}
            sub_recs = {s: C._sub(recs[s], train[s]) for s in sets}
            sub_data = {s: C._sub(data[s], train[s]) for s in sets}
            fits = {}
            for p in powers:
                C.PAIR_SET_POWER, C.FOLD_SEED = p, 1000 * seed + f     # the inner folds' own draw
                fits[p] = C.fit_pair(sub_recs, sub_data, k - 1)
            best = max(powers, key=lambda p: (margin(fits[p][1]), -abs(p - before[0])))
            chosen.append(best)
            held = {s: (C._sub(recs[s], outer[s] == f), C._sub(data[s], outer[s] == f)) for s in GOALS}
            for p in powers:
                for s in GOALS:
                    acc = 100 * C.pair_head_scores(fits[p][0], *held[s], s)["accuracy"]
                    fixed[p][s] += acc / k
                    if p == best:
                        picked[s] += acc / k
    finally:
        C.PAIR_SET_POWER, C.FOLD_SEED = before
    return {"fixed": fixed, "chosen": chosen, "nested": picked}


def run_draws(recs: dict[str, list[dict]], data: dict[str, list[dict]], k: int, seeds: Sequence[int],
              powers: Sequence[float], jobs: int = 1) -> Iterator[tuple[int, dict]]:
    """``nested`` at each fold seed, ``jobs`` seeds at a time in forked processes (1: here,
    one after another); results in the order of ``seeds``, each yielded as soon as it and the
    seeds before it are done."""
    if jobs <= 1 or len(seeds) <= 1:
        for seed in seeds:
            yield seed, nested(recs, data, k, seed, powers)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(seeds)), mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [(seed, pool.submit(nested, recs, data, k, seed, powers)) for seed in seeds]
        for seed, fut in futures:
            yield seed, fut.result()


def spread(values: Sequence[float]) -> str:
    """``lo-hi, draws' standard error s`` of values over the fold draws (sample standard
    deviation / sqrt n): how far the mean may sit from that of every possible draw of these same
    pairs, not the sampling error of the pairs themselves."""
    se = statistics.stdev(values) / len(values) ** 0.5
    return f"{min(values):.2f}-{max(values):.2f}, draws' standard error {se:.2f}"


def _records(args, data: dict[str, list[dict]]) -> dict[str, list[dict]]:
    if args.records and args.records.is_file():
        return pickle.loads(args.records.read_bytes())
    cmp = Q.make_comparer()
    Q.load_cache(cmp, args.cache)
    for n in SETS:      # batches first, as quality.py and calibrate.py do: the records are the same, only faster
        Q.warm(cmp, Q.pair_texts(n, data[n]), whole=True, adapted=True)
    recs = {n: Q.ours_records(n, data[n], cmp) for n in SETS}
    Q.save_cache(cmp, args.cache)
    # sets every record's sts_cosine (STS-B's out of fold); the adapter itself and its spec are not kept
    C.fit_adapter(data, recs, args.folds, "not-written.lora.npy", lambda m: print(m, file=sys.stderr, flush=True))
    if args.records:
        args.records.write_bytes(pickle.dumps(recs))
    return recs


def load_records(prog: str, args) -> tuple[dict[str, list[dict]], dict[str, list[dict]]] | None:  # noqa: ANN001
    """The DEV rows and pair records (``_records``) of ``SETS``; None, after a one-line error,
    when ``--records`` holds records of other rows."""
    data = {n: Q.load(args.data, n, "dev", args.limit) for n in SETS}
    recs = _records(args, data)
    if any(len(recs.get(n, ())) != len(data[n]) for n in SETS):
        print(f"{prog}: {args.records} holds records of other rows (another --limit?)", file=sys.stderr)
        return None
    return data, recs


def main(argv: list[str] | None = None) -> int:
    from provenance.similarity import PAIR_FEATURES

    def extra(ap) -> None:
        ap.add_argument("--powers", default="0.5,1.0,1.5,2.0", help="comma-separated set-weighting powers")
        ap.add_argument("--records", type=Path, default=None, help="pair records: read if present, else written")
        ap.add_argument("--jobs", type=int, default=1, help="fold draws scored at a time, each in its own process")

    got = C.spread_options("pair_weighting", __doc__.split("\n")[0], argv, SETS, PAIR_FEATURES, "pair",
                           "first N pairs of each set only (a quick run)", extra=extra, without=False)
    if got is None:
        return 2
    args, seeds, _ = got
    try:
        powers = [float(x) for x in args.powers.split(",")]
    except ValueError:
        print(f"pair_weighting: --powers takes comma-separated numbers, got {args.powers!r}", file=sys.stderr)
        return 2
    if args.jobs < 1:
        print(f"pair_weighting: --jobs takes a whole number of 1 or more, got {args.jobs}", file=sys.stderr)
        return 2
    got_recs = load_records("pair_weighting", args)
    if got_recs is None:
        return 2
    data, recs = got_recs
    runs = {}
    for seed, r in run_draws(recs, data, args.folds, seeds, powers, args.jobs):
        runs[seed] = r
        print(f"seed {seed}: chosen {r['chosen']}; nested MRPC / PAWS {r['nested']['mrpc']:.2f} / "
              f"{r['nested']['paws']:.2f}; fixed " + ", ".join(
                  f"{p:g}: {v['mrpc']:.2f} / {v['paws']:.2f}" for p, v in r["fixed"].items()), flush=True)
    for p in powers:
        print(f"power {p:g}, mean of the draws: MRPC / PAWS "
              + " / ".join(f"{statistics.mean(r['fixed'][p][s] for r in runs.values()):.2f}" for s in GOALS))
    print("the choice, nested, mean of the draws: MRPC / PAWS "
          + " / ".join(f"{statistics.mean(r['nested'][s] for r in runs.values()):.2f}" for s in GOALS)
          + (f" (MRPC over the draws: {spread([r['nested']['mrpc'] for r in runs.values()])})" if len(runs) > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
