"""Several sources on real data: does ``compare`` find the source among same-subject articles, and
does it leave their claims alone?

    python benchmarks/several_sources.py [--data ../shared/data] [--cache FILE] [--distractors 2]
                                         [--seed 7] [--limit N] [--out FILE]

Each SWiPE DEV rewrite (the Simple Wikipedia text) is compared with its English article and the
``--distractors`` English articles of the same set nearest to that article (MiniLM cosine of
their first 1,000 characters), the true one at a seeded random place among them. SWiPE labels
no claim against a distractor, so the figures read what a distractor should get, nothing:

* ``top_source_acc``: the comparison's ranking puts the true article first;
* ``distractor_claims_kept``: the share of the distractors' claims labelled kept or altered
  (the rewrite does not derive from them, so ideally 0);
* ``rewrite_claims_to_distractor``: of the rewrite's kept and altered claims, the share whose
  best evidence is in a distractor;
* ``coverage_margin_median``: the median of the true article's share of the rewrite minus the
  best distractor's.

Nothing is fitted; ``--cache`` is the benchmark cache ``calibrate.py`` and ``quality.py`` share.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

import quality as Q  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent


def cases(rows: list[dict], cmp: Any, distractors: int, seed: int) -> list[tuple[int, list[int]]]:
    """Per rewrite: its row index and the candidates' row indices (true one among the nearest others)."""
    emb = np.asarray(cmp.encoder.encode([r["source_text"][:1000] for r in rows]))
    sim = emb @ emb.T
    np.fill_diagonal(sim, -np.inf)
    rng = random.Random(seed)
    out = []
    for i in range(len(rows)):
        cands = [i] + [int(j) for j in np.argsort(-sim[i], kind="stable")[:distractors]]
        rng.shuffle(cands)
        out.append((i, cands))
    return out


def measure(rows: list[dict], cmp: Any, todo: list[tuple[int, list[int]]]) -> dict[str, Any]:
    top = kept = claims = to_distractor = supported = 0
    margins = []
    for i, cands in todo:
        res = cmp.compare(rows[i]["target_text"], [rows[j]["source_text"] for j in cands])
        true = cands.index(i)
        top += res.ranking[0].index == true
        cov = {r.index: r.rewrite_coverage for r in res.ranking}
        margins.append(cov[true] - max((v for k, v in cov.items() if k != true), default=0.0))
        for k, doc in enumerate(res.originals):
            if k != true:
                claims += len(doc.claims)
                kept += sum(1 for c in doc.claims if c.label != "dropped")
        for c in res.rewrite.claims:
            if c.label in ("kept", "altered") and c.evidence:
                supported += 1
                to_distractor += c.evidence[0].source != true
    n = len(todo)
    return {"rewrites": n, "top_source_acc": 100 * top / n if n else 0.0,
            "distractor_claims_kept": 100 * kept / claims if claims else 0.0, "distractor_claims": claims,
            "rewrite_claims_to_distractor": 100 * to_distractor / supported if supported else 0.0,
            "supported_rewrite_claims": supported,
            "coverage_margin_median": statistics.median(margins) if margins else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / ".." / "shared" / "data")
    ap.add_argument("--cache", type=Path, default=None, help="benchmark cache (as calibrate.py / quality.py)")
    ap.add_argument("--distractors", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--limit", type=int, default=None, help="first N documents only (rewrites and distractors)")
    ap.add_argument("--out", type=Path, default=None, help="write the figures as JSON (never over an existing file)")
    args = ap.parse_args(argv)
    if not (args.data / "swipe" / "dev.jsonl").is_file():
        print(f"several_sources: {args.data / 'swipe' / 'dev.jsonl'} not found", file=sys.stderr)
        return 2
    if args.out is not None and args.out.exists():
        print(f"several_sources: {args.out} exists; not overwriting it", file=sys.stderr)
        return 2
    if args.distractors < 1:
        print("several_sources: --distractors must be at least 1", file=sys.stderr)
        return 2
    rows = [r for r in Q.load(args.data, "swipe", "dev") if r["source_text"].strip() and r["target_text"].strip()]
    rows = rows[: args.limit]
    cmp = Q.make_comparer()
    Q.load_cache(cmp, args.cache)
    start = time.perf_counter()
    todo = cases(rows, cmp, args.distractors, args.seed)
    res = {**measure(rows, cmp, todo), "distractors": args.distractors, "seed": args.seed,
           "wall_s": round(time.perf_counter() - start, 1), "signature": cmp.signature}
    Q.save_cache(cmp, args.cache)
    print(f"{res['rewrites']} SWiPE rewrites, each against its article and {args.distractors} nearest others:")
    print(f"  top_source_acc                {res['top_source_acc']:.1f} %")
    print(f"  distractor_claims_kept        {res['distractor_claims_kept']:.1f} % of {res['distractor_claims']}")
    print(f"  rewrite_claims_to_distractor  {res['rewrite_claims_to_distractor']:.1f} % of {res['supported_rewrite_claims']}")
    print(f"  coverage_margin_median        {res['coverage_margin_median']:.3f}")
    print(f"wall time {res['wall_s']} s")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
