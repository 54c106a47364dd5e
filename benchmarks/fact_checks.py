"""How often each typed fact check fires on the DEV sets, by gold label: a precision check
for the rules in ``provenance/facts.py``.

    python benchmarks/fact_checks.py [--cache out/bench-cache.pkl] [--only paws,frank]
                                     [--limit N] [--out FILE] [--examples 3]

Each item is compared as ``quality.py`` compares it (consistency mode with the content fact
kinds for WiCE and FRANK, rewrite mode with every kind otherwise), and every change the
rewrite's claims carry is named by its reason up to the colon ("roles swapped", "number
changed", "opposite meaning", ...). The table counts the items with at least one change of
each name, split by whether the gold label says something changed:

- PAWS, MRPC: a non-paraphrase (label 0); STS-B: a pair scored under 3.5 of 5
  (``calibrate.PAIR_STSB_GOLD``, as the paraphrase head reads it);
- FRANK: an unfactual summary (label 0); WiCE: a claim not fully supported;
- IteraTeR: an edit that changed the meaning.

``precision`` is the share of the items a check fires on whose gold says something changed;
``caught`` the share of those items it fires on. SWiPE and Clough have no item-level label
and are not read. Nothing is fitted and no threshold is read, but in consistency mode (WiCE,
FRANK) the shipped consistency head still decides each claim's label: a claim it keeps or
alters carries its changes, one it labels added carries none. Those two sets' counts
therefore move with the calibration (FRANK: 311 (item, check) pairs under `2-99f744d7ff`, 321
under `2-7c1a6987e6`, same rules): compare runs made under one calibration.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))
import calibrate as C  # noqa: E402
import quality as Q  # noqa: E402

#: the sets read, in order (``changed`` says whether an item's gold says the meaning differs)
SETS = ("paws", "mrpc", "stsb", "frank", "wice", "iterater_sent")


def changed(name: str, gold: Any) -> bool:
    """Whether the gold label of an item of set ``name`` says the texts differ in meaning."""
    if name in ("paws", "mrpc", "frank"):
        return int(gold) == 0
    if name == "stsb":    # the cut below which the paraphrase head counts an STS-B pair as different
        return float(gold) < C.PAIR_STSB_GOLD
    if name == "wice":
        return gold != "supported"
    if name == "iterater_sent":
        return bool(gold)
    raise ValueError(f"no item-level gold for {name!r}")


def items(name: str, rows: Sequence[dict]) -> Iterator[tuple[str, str, str, Any, bool]]:
    """(id, rewrite, original, gold, consistency mode?) for every item of a set."""
    for r in rows:
        if name == "frank":
            for s in r["summaries"]:
                yield s.get("id", r["id"]), s["summary"], r["source_text"], s["label"], True
        elif name == "wice":
            claim, article, _ = Q.wice_texts(r)
            yield r["id"], claim, article, r["label"], True
        elif name == "iterater_sent":
            yield r["id"], r["b"], r["a"], r["meaning_changed"], False
        else:
            yield r["id"], r["a"], r["b"], r["label"], False


def change_names(claims: Iterable[Any]) -> set[str]:
    """The names of the changes the claims carry: each reason up to its colon."""
    return {ch.reason.split(":", 1)[0].strip() for c in claims for ch in c.changes}


def tally(fired: Iterable[tuple[str, bool, set[str]]], examples: int = 3) -> dict[str, dict[str, Any]]:
    """Per change name: items it fires on with and without a gold change, the share of those
    right (``precision``), the share of the gold-changed items it catches, and example ids."""
    fired = list(fired)
    n_changed = sum(1 for _, gold_changed, _ in fired if gold_changed)
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {"right": 0, "wrong": 0, "right_ids": [], "wrong_ids": []})
    for iid, gold_changed, names in fired:
        for name in names:
            row = out[name]
            side = "right" if gold_changed else "wrong"
            row[side] += 1
            if len(row[side + "_ids"]) < examples:
                row[side + "_ids"].append(iid)
    for row in out.values():
        total = row["right"] + row["wrong"]
        row["precision"] = row["right"] / total if total else None
        row["caught"] = row["right"] / n_changed if n_changed else None
    return dict(sorted(out.items(), key=lambda kv: -(kv[1]["right"] + kv[1]["wrong"])))


def run(data: Path, only: Sequence[str], limit: int | None, cache: Path | None, examples: int,
        log: Any = print) -> dict[str, Any]:
    from provenance.facts import CONTENT_KINDS

    base = Q.make_comparer()
    Q.load_cache(base, cache)
    cons = Q.make_comparer(base.config.replace(mode="consistency", fact_kinds=CONTENT_KINDS), base=base)
    report: dict[str, Any] = {"signature": base.signature, "sets": {}}
    for name in only:
        path = data / name / "dev.jsonl"
        if not path.is_file():
            log(f"{name}: {path} not found, skipped")
            continue
        rows = Q.load(data, name, "dev", limit)
        todo = list(items(name, rows))
        Q.warm(base, [t for _, a, b, _, _ in todo for t in (a, b)])
        fired = []
        for iid, rewrite, original, gold, consistency in todo:
            res = (cons if consistency else base).compare(rewrite, original)
            fired.append((iid, changed(name, gold), change_names(res.rewrite.claims)))
        n_changed = sum(1 for _, g, _ in fired if g)
        report["sets"][name] = {"items": len(fired), "gold_changed": n_changed, "checks": tally(fired, examples)}
        log(f"{name}: {len(fired)} items, {n_changed} with a gold change")
    Q.save_cache(base, cache)
    return report


def table(report: dict[str, Any]) -> str:
    def pct(v: float | None) -> str:
        return "–" if v is None else f"{100 * v:.1f}"

    lines = ["| set | change | fires: gold changed | fires: gold unchanged | precision | caught | examples (wrong) |",
             "|---|---|---|---|---|---|---|"]
    for name, s in report["sets"].items():
        for check, row in s["checks"].items():
            lines.append(f"| {name} | {check} | {row['right']} | {row['wrong']} | {pct(row['precision'])} | "
                         f"{pct(row['caught'])} | {', '.join(row['wrong_ids'])} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[1]
    ap = argparse.ArgumentParser(prog="fact_checks", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=root / ".." / "shared" / "data")
    ap.add_argument("--only", default=",".join(SETS), help=f"comma-separated sets among {', '.join(SETS)}")
    ap.add_argument("--limit", type=int, default=None, help="first N rows of each set only (a quick run)")
    ap.add_argument("--cache", type=Path, default=None, help="benchmark cache (as calibrate.py / quality.py)")
    ap.add_argument("--examples", type=int, default=3, help="example ids kept per check and side")
    ap.add_argument("--out", type=Path, default=None, help="also write the counts as JSON")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    bad = [s for s in only if s not in SETS]
    if bad:
        print(f"fact_checks: unknown set(s) {', '.join(bad)}; expected some of {', '.join(SETS)}", file=sys.stderr)
        return 2
    if not args.data.is_dir():
        print(f"fact_checks: data folder {args.data} not found", file=sys.stderr)
        return 2
    report = run(args.data, only, args.limit, args.cache, args.examples, log=lambda m: print(m, file=sys.stderr))
    print(table(report))
    print(f"signature: {report['signature']}")
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
