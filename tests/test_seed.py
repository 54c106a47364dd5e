"""The seed case: the pipeline, on the real model with the shipped calibration, against the
gold labels in seeds/kim-putin/expected.json (keyed by text spans, written before tuning)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import Comparer, Comparison
from provenance.types import Claim, Document

CASE = Path(__file__).resolve().parent.parent / "seeds" / "kim-putin"


def load_case() -> tuple[dict, str, list[str], list[str]]:
    gold = json.loads((CASE / "expected.json").read_text(encoding="utf-8"))
    names = [gold["original"], *gold["distractors"]]
    rewrite = (CASE / gold["rewrite"]).read_text(encoding="utf-8")
    return gold, rewrite, [(CASE / n).read_text(encoding="utf-8") for n in names], names


def claim_for(doc: Document, span: str) -> Claim:
    """The claim that overlaps the gold span most."""
    start = doc.text.index(span)
    end = start + len(span)
    best = max(doc.claims, key=lambda c: min(end, c.end) - max(start, c.start))
    assert min(end, best.end) - max(start, best.start) > 0, f"no claim overlaps {span!r}"
    return best


def disagreements(result: Comparison, gold: dict) -> list[str]:
    out = []
    sides = [("rewrite_claims", result.rewrite), ("original_claims", result.originals[0])]
    for key, doc in sides:
        for g in gold[key]:
            c = claim_for(doc, g["span"])
            if c.label != g["label"]:
                out.append(f"{key}: {g['span']!r}: gold {g['label']}, got {c.label} ({c.reason_code}: {c.reason})")
            elif g["label"] == "altered" and not set(g.get("types", ())) & set(c.types):
                out.append(f"{key}: {g['span']!r}: gold types {g['types']}, got {list(c.types)}")
    return out


@pytest.fixture(scope="module")
def seed_result(real_comparer: Comparer) -> tuple[Comparison, dict]:
    gold, rewrite, originals, names = load_case()
    return real_comparer.compare(rewrite, originals, names=names), gold


def test_seed_top_source_is_the_original(seed_result: tuple[Comparison, dict]) -> None:
    result, gold = seed_result
    assert result.originals[result.top_source].name == gold["expected_top_source"]
    # every supported rewrite sentence is attributed to the true original
    attributed = {a.source for a in result.attribution if a.source >= 0}
    assert attributed == {0}


def test_seed_labels_match_gold(seed_result: tuple[Comparison, dict]) -> None:
    result, gold = seed_result
    wrong = disagreements(result, gold)
    total = len(gold["rewrite_claims"]) + len(gold["original_claims"])
    assert not wrong, f"{len(wrong)} of {total} gold claims disagree:\n" + "\n".join(wrong)
