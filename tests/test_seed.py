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


#: Floor on agreement with the gold labels. Measured 43/49 (87.8%) when this floor was set (44/49
#: since mutual matches are linked across all originals at once, ``Comparer._best``); the
#: six misses are listed in the closing note of issue 2 (two fragments of one original sentence
#: feeding two rewrite sentences, the Coast Guard/Defence Ministry swap spaCy does not tag, and
#: the Cold War sentence linked to the analyst quote). Raise it as the pipeline improves.
AGREEMENT_FLOOR = 0.85


def test_seed_top_source_is_the_original(seed_result: tuple[Comparison, dict]) -> None:
    result, gold = seed_result
    assert result.originals[result.top_source].name == gold["expected_top_source"]
    # a distractor no longer takes rewrite claims through mutual matches the original beats
    # (measured: 0.75 against 0.13; 0.83 against 0.37 when each original was linked on its own)
    assert result.ranking[0].rewrite_coverage > 4 * result.ranking[1].rewrite_coverage


def test_seed_distractors_keep_almost_nothing(seed_result: tuple[Comparison, dict]) -> None:
    """The distractors are other articles on the same subject: the rewrite keeps none of
    their claims, save one that distractor-3 loosely shares (seeds/README.md). Measured: 2
    of their 46 claims kept or altered (14 when each original was linked on its own)."""
    result, gold = seed_result
    kept = [(d.name, c.text) for d in result.originals if d.name in gold["distractors"]
            for c in d.claims if c.label != "dropped"]
    assert len(kept) <= 3, kept


def test_seed_supported_sentences_are_attributed_to_the_original(seed_result: tuple[Comparison, dict]) -> None:
    result, gold = seed_result
    for g in gold["rewrite_claims"]:
        if g["label"] in ("kept", "altered"):
            c = claim_for(result.rewrite, g["span"])
            a = result.attribution[c.sentence]
            assert a.source in (0, -1), f"{g['span']!r} attributed to {result.originals[a.source].name}"


def test_seed_labels_agree_with_gold(seed_result: tuple[Comparison, dict]) -> None:
    result, gold = seed_result
    wrong = disagreements(result, gold)
    total = len(gold["rewrite_claims"]) + len(gold["original_claims"])
    agreement = 1 - len(wrong) / total
    assert agreement >= AGREEMENT_FLOOR, f"{len(wrong)} of {total} gold claims disagree:\n" + "\n".join(wrong)


@pytest.mark.parametrize("span,label,kind", [
    ("while the meeting was taking place, North Korea fired two ballistic missiles", "altered", "timing"),
    ("has reportedly provided infantry rockets and missiles to the Wagner Group", "altered", "attribution"),
    ("aims to alleviate the effects of crippling UN sanctions", "altered", "hedge"),
    ("Please note that this is a rewritten and reformatted version", "added", None),
    ("will have significant implications for the region and global politics", "added", None),
])
def test_seed_deliberate_changes_are_found(seed_result: tuple[Comparison, dict], span: str, label: str,
                                           kind: str | None) -> None:
    result, _ = seed_result
    c = claim_for(result.rewrite, span)
    assert c.label == label, c.reason
    if kind:
        assert kind in c.types, c.reason
    if "Please note" in span:
        assert c.boilerplate


@pytest.mark.parametrize("span", ["armoured train", "A Kremlin spokesman", "formal dinner"])
def test_seed_omissions_are_dropped(seed_result: tuple[Comparison, dict], span: str) -> None:
    result, _ = seed_result
    assert claim_for(result.originals[0], span).label == "dropped"
