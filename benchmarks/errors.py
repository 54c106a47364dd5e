"""Group the errors of a quality run by cause, with example ids.

    python benchmarks/quality.py --errors out/errors.json ...   # per-item predictions
    python benchmarks/errors.py out/errors.json [--examples 3]

Each error is put in the first matching bucket of its set (buckets are described by what the
pipeline did, so the counts say which part of it to fix); ids, never text, are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Callable

Bucket = tuple[str, Callable[[dict], bool]]


def _labels(item: dict) -> Counter:
    return Counter(item.get("claims", []))


def _all_kept(item: dict) -> bool:
    return bool(item.get("claims")) and all(lab == "kept" for lab in item["claims"])


WICE: list[Bucket] = [
    # since 2-0ad924f5e6 the item's decision is the verdict's, which may disagree with the claims
    ("supported claim: every clause kept, but the verdict finds the whole weakly supported",
     lambda i: i["gold"] == "supported" and i["pred"] != "supported" and _all_kept(i)),
    ("partially_supported claim: a clause below the head's threshold, but the verdict finds the whole supported",
     lambda i: i["gold"] == "partially_supported" and i["pred"] == "supported" and not _all_kept(i)),
    ("supported claim: a clause altered (a typed fact check the head did not overrule)", lambda i: i["gold"] == "supported" and _labels(i)["altered"] > 0),
    ("supported claim: some clauses kept, others below the consistency head's threshold",
     lambda i: i["gold"] == "supported" and _labels(i)["kept"] > 0 and _labels(i)["added"] > 0),
    ("supported claim: no clause reaches the consistency head's threshold", lambda i: i["gold"] == "supported" and _labels(i)["kept"] == 0),
    ("not_supported claim: a clause kept (topic overlap)", lambda i: i["gold"] == "not_supported" and _labels(i)["kept"] > 0),
    ("partially_supported claim: every clause below the head's threshold",
     lambda i: i["gold"] == "partially_supported" and i["pred"] == "not_supported"),
    ("partially_supported claim: every clause kept", lambda i: i["gold"] == "partially_supported" and i["pred"] == "supported"),
]
FRANK: list[Bucket] = [
    ("factual summary: every claim kept, but the verdict finds the whole weakly supported",
     lambda i: i["gold"] == 1 and i["pred"] == 0 and _all_kept(i)),
    ("unfactual summary: a claim not kept, but the verdict finds the whole supported",
     lambda i: i["gold"] == 0 and i["pred"] == 1 and not _all_kept(i)),
    ("factual summary: a claim altered (a typed fact check the head did not overrule)", lambda i: i["gold"] == 1 and _labels(i)["altered"] > 0),
    ("factual summary: a claim below the consistency head's threshold", lambda i: i["gold"] == 1 and _labels(i)["added"] > 0),
    ("unfactual summary: every claim kept", lambda i: i["gold"] == 0 and i["pred"] == 1),
]
ITERATER: list[Bucket] = [
    ("meaning kept: an edited clause below the boundary", lambda i: i["gold"] == 0 and _labels(i)["added"] > 0),
    ("meaning kept: a clause altered", lambda i: i["gold"] == 0 and _labels(i)["altered"] > 0),
    ("meaning changed: every clause kept", lambda i: i["gold"] == 1 and i["pred"] == 0),
]
PAIR: list[Bucket] = [
    ("non-paraphrase with the same words in another order (bigram_min >= 0.5)",
     lambda i: i["gold"] == 0 and i["features"]["bigram_min"] >= 0.5),
    ("non-paraphrase, different wording", lambda i: i["gold"] == 0),
    ("paraphrase with a clause only one side has (support_min < 0.5)",
     lambda i: i["gold"] == 1 and i["features"]["support_min"] < 0.5),
    ("paraphrase, reworded (difflib < 0.5)", lambda i: i["gold"] == 1 and i["features"]["difflib"] < 0.5),
    ("paraphrase, other", lambda i: i["gold"] == 1),
]
CLOUGH: list[Bucket] = [
    ("one level off", lambda i: abs(_level(i["gold"]) - _level(i["pred"])) == 1),
    ("two or more levels off", lambda i: True),
]
LEVELS = ("non", "heavy", "light", "cut")


def _level(x: str) -> int:
    return LEVELS.index(x)


def _wrong(item: dict) -> bool:
    return item.get("pred") != item.get("gold")


def bucketise(items: list[dict], buckets: list[Bucket]) -> list[tuple[str, list[str]]]:
    out: dict[str, list[str]] = {name: [] for name, _ in buckets}
    other: list[str] = []
    for item in items:
        if not _wrong(item):
            continue
        for name, test in buckets:
            if test(item):
                out[name].append(str(item["id"]))
                break
        else:
            other.append(str(item["id"]))
    ranked = sorted(((n, ids) for n, ids in out.items() if ids), key=lambda kv: -len(kv[1]))
    return ranked + ([("other", other)] if other else [])


def stsb(items: list[dict]) -> list[tuple[str, list[str]]]:
    """Largest rank disagreements: score rank vs gold rank, split by direction."""
    n = len(items)
    by_gold = {id(i): r for r, i in enumerate(sorted(items, key=lambda i: i["gold"]))}
    by_score = {id(i): r for r, i in enumerate(sorted(items, key=lambda i: i["score"]))}
    over = sorted(items, key=lambda i: by_gold[id(i)] - by_score[id(i)])
    far = [i for i in over if abs(by_gold[id(i)] - by_score[id(i)]) > n / 4]
    too_high = [str(i["id"]) for i in far if by_score[id(i)] > by_gold[id(i)]]
    too_low = [str(i["id"]) for i in reversed(far) if by_score[id(i)] < by_gold[id(i)]]
    low_lex = [x for x in too_low if next(i for i in items if str(i["id"]) == x)["features"]["difflib"] < 0.4]
    return [("scored far above the gold rank (shared words, different meaning)", too_high),
            ("scored far below the gold rank", [x for x in too_low if x not in low_lex]),
            ("scored far below the gold rank, little shared wording (difflib < 0.4)", low_lex)]


def swipe(items: list[dict]) -> list[tuple[str, list[str]]]:
    """Documents with the most gold edits of each kind but none of ours (recall misses);
    ours are claims and details (``types.Detail``) of the kind."""
    def ours(i: dict, kind: str) -> list:
        return list(i[kind]) + list(i.get(f"{kind}_details", ()))

    miss_add = [i for i in items if i["edits"].get("added_info") and not ours(i, "added")]
    miss_drop = [i for i in items if i["edits"].get("dropped_info") and not ours(i, "dropped")]
    extra_add = [i for i in items if not i["edits"].get("added_info") and ours(i, "added")]
    key = lambda kind: (lambda i: -i["edits"].get(kind, 0))  # noqa: E731
    return [("added_info edits, no claim of ours added", [i["id"] for i in sorted(miss_add, key=key("added_info"))]),
            ("claims added where no added_info edit is", [i["id"] for i in sorted(extra_add, key=lambda i: -len(ours(i, "added")))]),
            ("dropped_info edits, no claim of ours dropped", [i["id"] for i in sorted(miss_drop, key=key("dropped_info"))])]


def analyse(errors: dict[str, list[dict]]) -> dict[str, list[tuple[str, list[str]]]]:
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for name, items in errors.items():
        if name == "wice":
            out[name] = bucketise(items, WICE)
        elif name == "frank":
            out[name] = bucketise(items, FRANK)
        elif name == "iterater_sent":
            out[name] = bucketise(items, ITERATER)
        elif name in ("mrpc", "paws"):
            out[name] = bucketise(items, PAIR)
        elif name == "clough_reuse":
            out[name] = bucketise(items, CLOUGH)
        elif name == "stsb":
            out[name] = stsb(items)
        elif name == "swipe":
            out[name] = swipe(items)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("errors", type=Path, help="the JSON written by quality.py --errors")
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args(argv)
    try:
        errors = json.loads(args.errors.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"error: cannot read {args.errors}: {exc}", file=sys.stderr)
        return 2
    for name, buckets in analyse(errors).items():
        total = len(errors[name])
        print(f"\n{name} ({total} items)")
        for cause, ids in buckets:
            print(f"  {len(ids):5d}  {cause}: {', '.join(ids[: args.examples])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
