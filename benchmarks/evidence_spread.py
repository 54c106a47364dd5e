"""WiCE evidence_recall_at_3 of the evidence ranking's variants, and a nested k-fold figure of the choice.

    python benchmarks/evidence_spread.py [--seeds 13,7,1,2] [--cache FILE] [--data ../shared/data]
                                         [--folds 5] [--limit N]

``Comparer.evidence`` (``provenance.evidence.rank_evidence``) has one constant chosen on WiCE
DEV: the weight of a sentence's own support score against the share of the claim's words it
adds (``SUPPORT_WEIGHT``). This prints, over all of DEV, the figure of the ranking by support
alone (every sentence a candidate) and of the coverage ranking at each weight of the grid; then,
at each fold seed, a nested figure of the choice: in each fold, the variant with the best
figure on the other folds is scored on it. ``--cache`` is the benchmark cache ``quality.py``
and ``calibrate.py`` share (without it the articles are parsed and encoded again: minutes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

import numpy as np

import calibrate as C  # benchmarks/ is on sys.path when run as a script
import quality as Q

#: the weights tried (``SUPPORT_WEIGHT`` is one of them)
WEIGHTS = (0.0, 0.1, 0.3, 1.0)


def _name(weight: float) -> str:
    return f"coverage, weight {weight:g}"


def _shipped() -> str:
    from provenance.evidence import SUPPORT_WEIGHT

    return _name(SUPPORT_WEIGHT)


def hits_by_variant(rows: list[dict], cmp: object) -> dict[str, np.ndarray]:
    """Per variant, per item: 1 when a whole gold set is among the first three given sentences,
    0 when not, NaN for an item without any gold set listed (left out of the mean, as
    ``quality.wice_recall`` does)."""
    from provenance.evidence import rank_evidence

    variants = {"support alone": {"coverage": False}}
    variants.update({_name(w): {"support_weight": w} for w in WEIGHTS})
    out = {name: np.full(len(rows), np.nan) for name in variants}
    weights = cmp.config.support_weights
    for i, r in enumerate(rows):
        claim, article, starts = Q.wice_texts(r)
        if not r["supporting_sentence_sets"]:
            continue
        x, y = cmp.prepare(claim), cmp.prepare(article)
        for name, kw in variants.items():
            top = Q.given_sentences(rank_evidence(x, y, weights, 6, **kw), starts, 3)
            out[name][i] = float(any(set(g) <= set(top) for g in r["supporting_sentence_sets"]))
    return out


def nested(hits: dict[str, np.ndarray], n: int, k: int, seed: int) -> tuple[float, list[str]]:
    folds = C.folds_of(n, k, seed)
    held, picks, shipped = [], [], _shipped()
    for f in range(k):
        best = max(hits, key=lambda v: (np.nanmean(hits[v][folds != f]), v == shipped))  # ties: the shipped one
        picks.append(best)
        held.append(float(np.nanmean(hits[best][folds == f])))
    return 100 * float(np.mean(held)), picks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default="13,7,1,2", help="fold seeds (comma list)")
    ap.add_argument("--cache", type=Path, default=None, help="the benchmark cache (out/bench-cache.pkl)")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / ".." / "shared" / "data")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None, help="first N items only (a quick run)")
    args = ap.parse_args(argv)
    try:
        seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    except ValueError:
        print(f"evidence_spread: error: --seeds must be whole numbers, got {args.seeds!r}", file=sys.stderr)
        return 2
    if not (args.data / "wice").is_dir():
        print(f"evidence_spread: error: no WiCE data under {args.data}", file=sys.stderr)
        return 2
    rows = Q.load(args.data, "wice", "dev", args.limit)
    cmp = Q.make_comparer()
    Q.load_cache(cmp, args.cache)
    hits = hits_by_variant(rows, cmp)
    Q.save_cache(cmp, args.cache)
    empty = sum(1 for r in rows if any(not g for g in r["supporting_sentence_sets"]))
    print(f"WiCE DEV, {len(rows)} claims ({empty} with an empty gold set, found by any ranking): "
          "evidence_recall_at_3 over all of it")
    for name, h in hits.items():
        print(f"  {name:22s} {100 * np.nanmean(h):5.1f}")
    got = {s: nested(hits, len(rows), args.folds, s) for s in seeds}
    print(f"nested {args.folds}-fold figure of the choice among these variants")
    for s, (v, picks) in got.items():
        print(f"  fold seed {s}: {v:.1f} (picked: {', '.join(sorted(set(picks)))})")
    print(f"  mean {statistics.mean(v for v, _ in got.values()):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
