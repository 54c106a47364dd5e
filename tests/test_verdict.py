"""The consistency verdict: one probability, and one decision, that the originals support the
whole rewrite (``Comparison.scores.consistency`` / ``consistent``, consistency mode only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import Comparer, Config
from provenance.config import load_calibration
from provenance.overlap import best_word_matches, difflib_ratio
from provenance.similarity import VERDICT_FEATURES, logistic, verdict_features, verdict_probabilities
from provenance.types import Comparison, DocumentScores, Overlap

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def test_best_word_matches_is_word_level_lcs() -> None:
    got = best_word_matches(["the cat sat on the mat", "a dog ran", "nothing in common"],
                            ["The cat sat on a mat.", "the dog ran far away", "x"])
    # 5 of 6 words in order against 6: 2 * 5 / 12; "dog ran" against 5 words: 2 * 2 / 8
    assert got == pytest.approx([10 / 12, 4 / 8, 0.0])
    assert best_word_matches(["a b c"], []) == [0.0] and best_word_matches([], ["a"]) == []
    assert best_word_matches([""], [""]) == [1.0]          # as difflib_ratio: two empty texts match
    # more texts than one block: every text is scored against every other
    many = [f"word{i} shared tail" for i in range(600)]
    assert best_word_matches(many, ["word599 shared tail"], block=256)[-1] == 1.0


_WORD = st.sampled_from(["the", "cat", "sat", "on", "mat", "dog", "ran", "fast", "slow", "red"])
_TEXT = st.lists(_WORD, min_size=0, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=4), st.lists(_TEXT, min_size=1, max_size=4))
def test_best_word_matches_bounds_difflib(texts: list[str], others: list[str]) -> None:
    """The longest common subsequence holds at least as many words as difflib's greedy
    matching blocks, so the best match is never below the best difflib ratio, and an identical
    other scores 1."""
    got = best_word_matches(texts, others)
    for t, g in zip(texts, got):
        assert 0.0 <= g <= 1.0
        assert g >= max(difflib_ratio(t, o) for o in others) - 1e-9
        if t in others:
            assert g == pytest.approx(1.0)


def test_verdict_features() -> None:
    f = verdict_features([0.9, 0.2, 0.6], 0.7, 0.8)
    assert tuple(f) == VERDICT_FEATURES
    assert f == {"weakest": 0.2, "second_weakest": 0.6, "sentence_lexical": 0.7, "sentence_cosine": 0.8}
    assert verdict_features([0.4], 0.1, 0.2)["second_weakest"] == 0.4      # one claim: both are it


def test_verdict_probabilities_count_a_conflict_as_zero() -> None:
    assert verdict_probabilities([0.9, 0.8, 0.3], [False, True, False]) == [0.9, 0.0, 0.3]
    assert verdict_probabilities([], []) == []
    with pytest.raises(ValueError):          # one flag per claim, never silently fewer
        verdict_probabilities([0.9, 0.8], [True])


def test_shipped_verdict_reads_its_features_in_the_right_direction() -> None:
    v = load_calibration("all-MiniLM-L6-v2")["consistency"]["verdict"]
    assert v["features"] == list(VERDICT_FEATURES) and 0 < v["threshold"] < 1
    strong = {"weakest": 0.95, "second_weakest": 0.97, "sentence_lexical": 0.9, "sentence_cosine": 0.95}
    weak = {"weakest": 0.05, "second_weakest": 0.3, "sentence_lexical": 0.2, "sentence_cosine": 0.4}
    assert logistic(strong, v) >= v["threshold"] > logistic(weak, v)
    # a weaker claim never raises the probability
    assert logistic({**strong, "weakest": 0.5}, v) < logistic(strong, v)


def test_old_reports_without_a_verdict_still_load() -> None:
    d = DocumentScores(0.5, (0.4,), Overlap.zero()).to_dict()
    d.pop("consistency"), d.pop("consistent"), d.pop("verdict_reason")
    s = DocumentScores.from_dict(d)
    assert s.consistency is None and s.consistent is None and s.verdict_reason is None
    s2 = DocumentScores.from_dict({**d, "consistency": 0.25, "consistent": False})
    assert (s2.consistency, s2.consistent) == (0.25, False)


def test_rewrite_mode_has_no_verdict(fake_comparer: Comparer) -> None:
    res = fake_comparer.compare("The council met on Monday.", "The council met on Monday.")
    assert res.scores.consistency is None and res.scores.consistent is None and res.scores.verdict_reason is None


@pytest.mark.model
def test_verdict_end_to_end(real_comparer: Comparer) -> None:
    check = Comparer(Config(mode="consistency"), encoder=real_comparer.encoder, analyzer=real_comparer.analyzer)
    source = ("The city council approved the new budget on Monday after a long debate. "
              "The steel plant north of the river employs 1,200 people.")
    faithful = check.compare("On Monday the city council approved the new budget after a long debate.", source)
    invented = check.compare("On Monday the city council approved the new budget after a long debate. "
                             "Aliens have landed in the harbour and demand fresh fish.", source)
    changed = check.compare("The steel plant north of the river employs 2,100 people.", source)
    assert faithful.scores.consistent is True
    assert invented.scores.consistent is False and changed.scores.consistent is False
    assert faithful.scores.consistency > max(invented.scores.consistency, changed.scores.consistency)
    # the probability is the shipped verdict over what compare computed
    head = check.config.consistency_head
    text = "On Monday the city council approved the new budget after a long debate. Aliens have landed in the harbour and demand fresh fish."
    assert not any(c.label == "altered" for c in invented.rewrite.claims)    # no conflict counts 0 here
    m = check.sentence_matches(text, source)
    probs = [c.support for c in invented.rewrite.claims]
    assert invented.scores.consistency == pytest.approx(logistic(verdict_features(probs, **m), head["verdict"]))
    assert m["sentence_lexical"] < 0.5 and m["sentence_cosine"] < 0.5            # the aliens match nothing
    # the verdict says what it read: the weakest claim and the least-matched sentence
    assert invented.scores.verdict_reason.startswith("weakest claim R2 “Aliens have landed")
    assert "least-matched sentence R2" in invented.scores.verdict_reason
    assert "a conflicting fact: counts 0" in changed.scores.verdict_reason
    # an empty rewrite claims nothing the source lacks; an empty source supports nothing
    empty = check.compare("", source)
    assert (empty.scores.consistency, empty.scores.consistent) == (1.0, True)
    assert empty.scores.verdict_reason == "the rewrite is empty: it claims nothing"
    assert check.compare("The council met.", "").scores.consistent is False
    # the verdict travels through JSON and every report format names it
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
    if jsonschema is not None:                  # the shipped schema takes a consistency report
        from provenance.report.json import schema

        jsonschema.validate(json.loads(json.dumps(invented.to_dict())), schema())
    back = Comparison.from_dict(json.loads(json.dumps(invented.to_dict())))
    assert back.scores.consistency == pytest.approx(invented.scores.consistency, abs=1e-6)   # JSON keeps 6 places
    assert back.scores.consistent is False and back.scores.verdict_reason == invented.scores.verdict_reason
    from provenance.report import render

    for fmt in ("text", "md", "html"):
        assert "not consistent with the original" in render(invented, fmt)


@pytest.mark.model
def test_cli_fail_on_inconsistent(tmp_path: Path) -> None:
    import io

    from provenance.cli import main

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()

    src, good, bad = tmp_path / "source.txt", tmp_path / "good.txt", tmp_path / "bad.txt"
    src.write_text("The city council approved the new budget on Monday after a long debate.\n")
    good.write_text("On Monday the city council approved the new budget after a long debate.\n")
    bad.write_text("On Monday the city council rejected a new budget. Aliens have landed in the harbour.\n")
    code, out, err = run("compare", str(good), str(src), "--mode", "consistency", "--fail-on", "inconsistent")
    assert code == 0, err
    assert "verdict   consistent with the original" in out
    code, out, _ = run("compare", str(bad), str(src), "--mode", "consistency", "--fail-on", "inconsistent")
    assert code == 1 and "verdict   not consistent with the original" in out
    # the verdict exists in consistency mode only: asking for it in rewrite mode is a usage error
    code, _, err = run("compare", str(bad), str(src), "--fail-on", "inconsistent")
    assert code == 2 and err.count("\n") == 1 and "--mode consistency" in err and "Traceback" not in err


def test_speed_bench_verdict_runs(monkeypatch: pytest.MonkeyPatch, fake_encoder, analyzer) -> None:  # noqa: ANN001
    """``benchmarks/speed.py``'s verdict row, on the seed pair and two 30-sentence texts."""
    monkeypatch.syspath_prepend(str(BENCH))
    import speed

    got = speed.bench_verdict(fake_encoder, analyzer, 1, 30)
    assert got["long_sentences"] == 30
    assert 0 < got["sentence_matches_s"] and 0 < got["verdict_share_of_compare"] == pytest.approx(
        got["sentence_matches_s"] / got["compare_s"])
    assert "verdict_share_of_compare" in speed.GOALS


def test_error_buckets_name_where_the_verdict_and_the_claims_disagree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    import errors

    frank = [{"id": "a", "gold": 1, "pred": 0, "claims": ["kept", "kept"]},      # the verdict overruled kept claims
             {"id": "b", "gold": 0, "pred": 1, "claims": ["kept", "added"]},     # ... and a weak claim
             {"id": "c", "gold": 0, "pred": 1, "claims": ["kept"]},              # the claims missed it too
             {"id": "d", "gold": 1, "pred": 1, "claims": ["added"]}]             # right: not an error
    got = dict(errors.analyse({"frank": frank})["frank"])
    assert got["factual summary: every claim kept, but the verdict finds the whole weakly supported"] == ["a"]
    assert got["unfactual summary: a claim not kept, but the verdict finds the whole supported"] == ["b"]
    assert got["unfactual summary: every claim kept"] == ["c"]
    wice = [{"id": "w", "gold": "partially_supported", "pred": "supported", "claims": ["kept", "added"]},
            {"id": "x", "gold": "supported", "pred": "partially_supported", "claims": ["kept"]}]
    got = dict(errors.analyse({"wice": wice})["wice"])
    assert got["partially_supported claim: a clause below the head's threshold, but the verdict finds the whole supported"] == ["w"]
    assert got["supported claim: every clause kept, but the verdict finds the whole weakly supported"] == ["x"]
