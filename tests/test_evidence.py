"""``Comparer.evidence``: the sentences of a source that together hold a text's evidence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance import ConfigError, InputError, Passage
from provenance.evidence import rank_evidence, sentence_support

SOURCE = ("Jane Doe is a painter from the Midwest. Jane Doe was born in Ohio. She moved to Paris as a student. "
          "Jane Doe was born in a small town in Ohio. Her first show opened in 1956 in Chicago.")
CLAIM = "Jane Doe, born in Ohio, had her first show in 1956."   # one claim carrying two facts


def _texts(passages: list[Passage]) -> list[str]:
    return [p.text for p in passages]


def test_the_second_passage_adds_what_the_first_lacks(fake_comparer) -> None:  # noqa: ANN001
    got = fake_comparer.evidence(CLAIM, SOURCE, k=2)
    assert _texts(got) == ["Jane Doe was born in Ohio.", "Her first show opened in 1956 in Chicago."]
    assert got[0].adds == ("Jane", "Doe", "born", "Ohio")
    assert got[1].adds == ("first", "show", "1956")


def test_ranking_by_support_alone_would_take_the_near_copy(fake_comparer) -> None:  # noqa: ANN001
    """What the coverage step changes: the near copy supports the claim better than the
    sentence with the date, so a ranking by support alone puts it second."""
    x, y = fake_comparer.prepare(CLAIM), fake_comparer.prepare(SOURCE)
    assert len(x.claims) == 1
    support = sentence_support(x, y, fake_comparer.config.support_weights)
    by_support = sorted(support, key=lambda s: -support[s])
    assert y.sentences[by_support[1]].text == "Jane Doe was born in a small town in Ohio."


def test_passages_point_into_the_source(fake_comparer) -> None:  # noqa: ANN001
    for p in fake_comparer.evidence(CLAIM, SOURCE, k=5):
        assert SOURCE[p.start:p.end] == p.text
        assert 0.0 <= p.support <= 1.0
        assert Passage.from_dict(p.to_dict()) == p


def test_k_larger_than_the_source_gives_each_sentence_once(fake_comparer) -> None:  # noqa: ANN001
    got = fake_comparer.evidence(CLAIM, SOURCE, k=50)
    assert sorted(p.sentence for p in got) == list(range(5))


@pytest.mark.parametrize("text, source", [("", SOURCE), (CLAIM, ""), ("  \n", SOURCE), (CLAIM, " \t ")])
def test_an_empty_text_or_source_has_no_evidence(fake_comparer, text: str, source: str) -> None:  # noqa: ANN001
    assert fake_comparer.evidence(text, source) == []


@pytest.mark.parametrize("k", [0, -1, 1.5, True, "3"])
def test_k_must_be_a_whole_number_of_at_least_one(fake_comparer, k) -> None:  # noqa: ANN001
    with pytest.raises(ConfigError, match="k must be"):
        fake_comparer.evidence(CLAIM, SOURCE, k=k)


def test_bytes_are_refused_with_one_clear_line(fake_comparer) -> None:  # noqa: ANN001
    with pytest.raises(InputError, match="decode bytes first"):
        fake_comparer.evidence(CLAIM.encode(), SOURCE)


PLACE = "Jane Doe is a painter from the Midwest. Jane Doe was born in Ohio. Jane Doe was born in a small town in Ohio."
SHOWS = "She moved to Paris as a student. Her first show opened in 1956 in Chicago."


def test_the_passages_may_come_from_several_sources(fake_comparer) -> None:  # noqa: ANN001
    got = fake_comparer.evidence(CLAIM, [PLACE, SHOWS], k=2)
    assert [(p.source, p.text) for p in got] == [(0, "Jane Doe was born in Ohio."),
                                                (1, "Her first show opened in 1956 in Chicago.")]
    texts = [PLACE, SHOWS]
    for p in fake_comparer.evidence(CLAIM, [PLACE, SHOWS], k=5):
        assert texts[p.source][p.start:p.end] == p.text
    # a mapping gives the same, its sources numbered in the mapping's order
    assert fake_comparer.evidence(CLAIM, {"place": PLACE, "shows": SHOWS}, k=2) == got
    # one source as a one-item list is that source as a string
    assert fake_comparer.evidence(CLAIM, [SOURCE]) == fake_comparer.evidence(CLAIM, SOURCE)


def test_empty_sources_among_others_are_skipped_and_all_empty_is_none(fake_comparer) -> None:  # noqa: ANN001
    got = fake_comparer.evidence(CLAIM, ["", PLACE, "  "], k=2)
    assert {p.source for p in got} == {1}
    assert fake_comparer.evidence(CLAIM, ["", " \n"]) == []
    assert fake_comparer.evidence(CLAIM, []) == []


def test_a_source_that_is_not_text_is_refused(fake_comparer) -> None:  # noqa: ANN001
    with pytest.raises(InputError, match="not str"):
        fake_comparer.evidence(CLAIM, [SOURCE, b"bytes"])


SENTENCES = ["The council approved the budget on Monday.", "Taxes will rise by two percent.",
             "The mayor opposed the plan.", "Schools get more money.", "Roads will be repaired next year.",
             "The vote was seven to two.", "Critics called it reckless."]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3, unique=True), st.integers(1, 8))
def test_passages_are_distinct_and_the_first_supports_best(fake_comparer, source: list[str], claim: list[str],  # noqa: ANN001
                                                          k: int) -> None:
    x, y = fake_comparer.prepare(" ".join(claim)), fake_comparer.prepare(" ".join(source))
    got = rank_evidence(x, y, fake_comparer.config.support_weights, k)
    support = sentence_support(x, y, fake_comparer.config.support_weights)
    assert len(got) == min(k, len(support))
    assert len({p.sentence for p in got}) == len(got)
    assert got[0].support == pytest.approx(max(support.values()), abs=1e-6)
    # the words each passage adds are the claim's, and no two passages add the same word
    added = [w.lower() for p in got for w in p.adds]
    assert len(added) == len(set(added))
    # the array computation gives what scoring every pair one at a time gives
    from provenance.alignment import support_score
    from provenance.overlap import containment

    pairs: dict[int, float] = {}
    for j, c in enumerate(y.claims):
        for i in range(len(x.claims)):
            v = support_score(float(x.embeddings[i] @ y.embeddings[j]), containment(x.tokens[i], y.tokens[j]),
                              fake_comparer.config.support_weights)
            pairs[c.sentence] = max(pairs.get(c.sentence, 0.0), v)
    assert support.keys() == pairs.keys()
    for s, v in pairs.items():
        assert support[s] == pytest.approx(v, abs=1e-9)


def test_the_real_model_finds_both_halves_of_the_evidence(real_comparer) -> None:  # noqa: ANN001
    got = real_comparer.evidence(CLAIM, SOURCE, k=2)
    assert _texts(got) == ["Jane Doe was born in Ohio.", "Her first show opened in 1956 in Chicago."]
    assert got[1].adds == ("first", "show", "1956")
    x, y = real_comparer.prepare(CLAIM), real_comparer.prepare(SOURCE)
    support = sentence_support(x, y, real_comparer.config.support_weights)
    near_copy = next(s for s in support if y.sentences[s].text.startswith("Jane Doe was born in a small"))
    assert support[near_copy] > got[1].support      # ranked by support alone, the near copy came second


# --------------------------------------------------------------------------- the CLI
def _cli(*argv: str) -> tuple[int, str, str]:
    import io

    from provenance.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _one_line_error(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("provenance: error:") and "Traceback" not in err, err


@pytest.fixture
def source_file(tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "source.txt"
    path.write_text(SOURCE + "\n", encoding="utf-8")
    return path


def test_cli_lists_the_passages_and_the_words_none_holds(source_file) -> None:  # noqa: ANN001
    code, out, err = _cli("evidence", str(source_file), "-c", "Jane Doe, born in Ohio, had her first show in 1956 "
                          "in New York.", "-k", "2")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("claim 1: Jane Doe, born in Ohio")
    assert lines[1].startswith("  1. sentence 2 (support ") and lines[1].endswith("adds: Jane, Doe, born, Ohio)")
    assert lines[2] == "     Jane Doe was born in Ohio."
    assert lines[3].endswith("adds: first, show, 1956)") and lines[4] == "     Her first show opened in 1956 in Chicago."
    assert lines[5] == "  in none of them: New, York"


def test_cli_json_has_offsets_into_the_source_and_every_claim(source_file, tmp_path) -> None:  # noqa: ANN001
    import json

    claim_file = tmp_path / "claim.txt"
    claim_file.write_text("She moved to Paris.", encoding="utf-8")
    code, out, err = _cli("evidence", str(source_file), "-c", CLAIM, "--claim-file", str(claim_file), "-c", "",
                          "-f", "json")
    assert code == 0, err
    got = json.loads(out)
    assert got["signature"].startswith("provenance:") and got["sources"] == ["source.txt"]
    assert [c["claim"] for c in got["claims"]] == [CLAIM, "She moved to Paris.", ""]
    for c in got["claims"][:2]:
        assert len(c["passages"]) == 3
        for p in c["passages"]:
            assert SOURCE[p["start"]:p["end"]] == p["text"] and p["source"] == 0
    assert got["claims"][1]["passages"][0]["text"] == "She moved to Paris as a student."
    assert got["claims"][2] == {"claim": "", "passages": [], "missing": []}


def test_cli_names_the_source_of_each_passage_when_there_are_several(tmp_path) -> None:  # noqa: ANN001
    place, shows = tmp_path / "place.txt", tmp_path / "shows.txt"
    place.write_text(PLACE, encoding="utf-8")
    shows.write_text(SHOWS, encoding="utf-8")
    code, out, err = _cli("evidence", str(place), str(shows), "-c", CLAIM, "-k", "2")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[1].startswith("  1. place.txt sentence 2 (support ")
    assert lines[3].startswith("  2. shows.txt sentence 2 (support ")


def test_cli_refuses_to_overwrite_and_writes_when_told(source_file, tmp_path) -> None:  # noqa: ANN001
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = _cli("evidence", str(source_file), "-c", CLAIM, "-o", str(target))
    assert code == 2 and "already exists" in err
    _one_line_error(err)
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, err = _cli("evidence", str(source_file), "-c", CLAIM, "-o", str(target), "--force")
    assert code == 0, err
    assert target.read_text(encoding="utf-8").startswith("claim 1: ")


@pytest.mark.parametrize("argv, needle", [
    (("evidence", "{src}"), "no claim given"),
    (("evidence", "{missing}", "-c", "x"), "no such file"),
    (("evidence", "{binary}", "-c", "x"), "binary"),
    (("evidence", "-", "--claim-file", "-"), "read only once"),
])
def test_cli_bad_input_is_one_line_and_exit_2(source_file, tmp_path, argv, needle) -> None:  # noqa: ANN001
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    names = {"src": str(source_file), "missing": str(tmp_path / "nope.txt"), "binary": str(binary)}
    code, out, err = _cli(*(a.format(**names) for a in argv))
    assert code == 2 and out == ""
    _one_line_error(err)
    assert needle in err


def test_cli_k_must_be_at_least_one(source_file) -> None:  # noqa: ANN001
    code, _, err = _cli("evidence", str(source_file), "-c", CLAIM, "-k", "0")
    assert code == 2 and "Traceback" not in err


# --------------------------------------------------------------------------- the spread script
def test_evidence_spread_runs_on_a_slice_and_refuses_missing_data(data_dir, monkeypatch, capsys) -> None:  # noqa: ANN001
    """``benchmarks/evidence_spread.py`` on WiCE's first items: every variant's figure, then the
    nested figure of the choice; no data is a one-line usage error."""
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import evidence_spread

    assert evidence_spread.main(["--data", str(data_dir), "--limit", "10", "--seeds", "13,7"]) == 0
    out = capsys.readouterr().out
    assert "WiCE DEV, 10 claims" in out and "support alone" in out and "coverage, weight 0.1" in out
    assert "fold seed 13:" in out and "fold seed 7:" in out and "mean " in out
    assert evidence_spread.main(["--data", str(data_dir / "absent")]) == 2
    assert evidence_spread.main(["--seeds", "x"]) == 2


def test_the_nested_figure_scores_each_fold_with_the_variant_best_elsewhere(monkeypatch) -> None:  # noqa: ANN001
    import numpy as np
    from pathlib import Path

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import evidence_spread

    # variant "a" is right on every item, "b" on none: every fold picks "a", figure 100
    hits = {"a": np.ones(10), "b": np.zeros(10)}
    assert evidence_spread.nested(hits, 10, 5, 13) == (100.0, ["a"] * 5)
    # items without a gold set (NaN) are left out of each mean
    hits = {"a": np.array([1.0, np.nan] * 5), "b": np.zeros(10)}
    assert evidence_spread.nested(hits, 10, 5, 13)[0] == pytest.approx(100.0)
