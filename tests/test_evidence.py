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


def test_the_real_model_finds_both_halves_of_the_evidence(real_comparer) -> None:  # noqa: ANN001
    got = real_comparer.evidence(CLAIM, SOURCE, k=2)
    assert _texts(got) == ["Jane Doe was born in Ohio.", "Her first show opened in 1956 in Chicago."]
    assert got[1].adds == ("first", "show", "1956")
    x, y = real_comparer.prepare(CLAIM), real_comparer.prepare(SOURCE)
    support = sentence_support(x, y, real_comparer.config.support_weights)
    near_copy = next(s for s in support if y.sentences[s].text.startswith("Jane Doe was born in a small"))
    assert support[near_copy] > got[1].support      # ranked by support alone, the near copy came second
