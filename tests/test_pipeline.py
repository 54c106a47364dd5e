"""Pipeline invariants, on the real packaged model (not mocked) unless a test says otherwise."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance import Comparer, Comparison, Config
from provenance.facts import FACT_KINDS
from provenance.report import render
from provenance.report.json import schema

ORIGINAL = (
    "The city council approved the new budget on Monday after a long debate. "
    "The plan raises spending on public transport by 12 percent. "
    "Mayor Ana Ruiz said the vote was a victory for commuters. "
    "Opposition members argued that the plan would increase debt.\n"
    "The budget takes effect in January. "
    "Two council members abstained from the vote."
)
REWRITE = (
    "On Monday, after a lengthy debate, the city council passed its new budget. "
    "Spending on public transport rises by 12 percent under the plan. "
    "Mayor Ana Ruiz called the vote a victory for commuters. "
    "The budget takes effect in January."
)
UNRELATED = "Penguins huddle together through the Antarctic winter to keep their eggs warm."


def labels(result: Comparison) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    rw = [(c.text, c.label) for c in result.rewrite.claims]
    og = [(c.text, c.label) for d in result.originals for c in d.claims]
    return rw, og


def test_identity_has_nothing_added_dropped_or_altered(real_comparer: Comparer) -> None:
    r = real_comparer.compare(ORIGINAL, ORIGINAL)
    counts = r.counts()
    assert counts["added"] == counts["dropped"] == counts["altered"] == 0
    assert counts["kept"] == len(r.rewrite.claims) > 0
    assert r.scores.rewrite_coverage == pytest.approx(1.0)
    assert r.scores.original_kept == (pytest.approx(1.0),)


def test_paraphrase_keeps_and_drops(real_comparer: Comparer) -> None:
    r = real_comparer.compare(REWRITE, ORIGINAL)
    assert not r.added, [c.text for c in r.added]
    dropped = {c.text for _, c in r.dropped}
    assert any("Opposition" in t for t in dropped)
    assert any("abstained" in t for t in dropped)
    kept_or_altered = [c for c in r.originals[0].claims if c.label != "dropped"]
    assert any("January" in c.text for c in kept_or_altered)


def test_swapping_texts_swaps_added_and_dropped(real_comparer: Comparer) -> None:
    ab = real_comparer.compare(REWRITE + " " + UNRELATED, ORIGINAL)
    ba = real_comparer.compare(ORIGINAL, REWRITE + " " + UNRELATED)
    assert {c.text for c in ab.added} == {c.text for _, c in ba.dropped}
    assert {c.text for _, c in ab.dropped} == {c.text for c in ba.added}


def test_appending_unrelated_sentence_adds_exactly_it(real_comparer: Comparer) -> None:
    base = real_comparer.compare(REWRITE, ORIGINAL)
    more = real_comparer.compare(REWRITE + " " + UNRELATED, ORIGINAL)
    rw_base, og_base = labels(base)
    rw_more, og_more = labels(more)
    assert rw_more[: len(rw_base)] == rw_base
    assert rw_more[len(rw_base):] == [(UNRELATED, "added")]
    assert og_more == og_base


def test_changing_one_number_alters_exactly_that_claim(real_comparer: Comparer) -> None:
    base = real_comparer.compare(REWRITE, ORIGINAL)
    changed = real_comparer.compare(REWRITE.replace("12 percent", "21 percent"), ORIGINAL)
    diffs = [(a, b) for a, b in zip(base.rewrite.claims, changed.rewrite.claims) if a.label != b.label]
    assert len(diffs) == 1
    before, after = diffs[0]
    assert "21 percent" in after.text and after.label == "altered"
    assert after.reason_code == "altered.number" and "number" in after.types
    assert "12" in after.reason and "21" in after.reason
    (ch,) = after.changes
    assert changed.rewrite.text[ch.rewrite[0].start:ch.rewrite[0].end] == ch.rewrite[0].text
    assert changed.originals[0].text[ch.original[0].start:ch.original[0].end] == ch.original[0].text


@pytest.mark.parametrize(("original", "rewrite", "code", "reason"), [
    ("Smith defeated Jones in the final round on Saturday.", "Jones defeated Smith in the final round on Saturday.",
     "altered.role", "roles swapped: Smith defeated Jones → Jones defeated Smith"),
    ("The council voted 7-2 to approve the plan.", "The council voted 2-7 to approve the plan.",
     "altered.number", "number changed: 7-2 → 2-7"),
    ("The minister resigned after the report was published.", "The report was published after the minister resigned.",
     "altered.timing", "order reversed: resigned after the report was published → published after the minister resigned"),
    ("The storm killed 12 people and injured 40.", "The storm killed 40 people and injured 12.",
     "altered.number", "figures swapped: killed 12, injured 40 → killed 40, injured 12"),
    ("Sales doubled last year.", "Sales tripled last year.", "altered.number", "number changed: doubled → tripled"),
    ("At least 10 people died in the fire.", "Ten people died in the fire.", "altered.number",
     "number changed: At least 10 → Ten"),
    ("The company will cut 500 jobs.", "The company cut 500 jobs.", "altered.timing", "timing changed: will cut → cut"),
    ("She was the first woman to lead the party.", "She was the last woman to lead the party.", "altered.negation",
     "opposite meaning: first → last"),
    ("Most residents supported the plan.", "Few residents supported the plan.", "altered.negation",
     "opposite meaning: Most → Few"),
    ("The law was passed in the Senate.", "The law was blocked in the Senate.", "altered.negation",
     "negation changed: passed → blocked"),
    ("Exports grew faster than imports last year.", "Imports grew faster than exports last year.", "altered.role",
     "roles swapped: Exports grew faster than imports → Imports grew faster than exports"),
    ("The building was partially destroyed by the fire.", "The building was destroyed by the fire.", "altered.hedge",
     "hedge removed: partially"),
    ("The plane landed in Paris before flying to Rome.", "The plane landed in Rome before flying to Paris.",
     "altered.role", "names swapped: landed in Paris, flying to Rome → landed in Rome, flying to Paris"),
    ("The old bridge and the new tunnel were closed.", "The new bridge and the old tunnel were closed.",
     "altered.role", "words swapped: old bridge, new tunnel → new bridge, old tunnel"),
    ("Porto signed Silva from Chelsea.", "Chelsea signed Silva from Porto.",     # no entity tag on "Porto"
     "altered.role", "names swapped: Porto signed, signed Silva from Chelsea → Chelsea signed, signed Silva from Porto"),
    ("He was charged with murder.", "He was convicted of murder.", "altered.event", "event changed: charged → convicted"),
    ("Some experts doubt the claim.", "Experts doubt the claim.", "altered.hedge",
     "scope widened: Some experts → Experts"),
    ("Interest rates were left unchanged.", "Interest rates were raised.", "altered.negation",
     "opposite meaning: unchanged → raised"),
    ("The study suggests a link between sleep and memory.", "The study proves a link between sleep and memory.",
     "altered.hedge", "hedge removed: suggests"),
    ("The suspect was accused of theft.", "The suspect was found guilty of theft.", "altered.event",
     "event changed: accused of → found guilty"),
    ("The man was released on bail.", "The man was remanded in custody.", "altered.negation",
     "opposite meaning: released → remanded"),
    ("The union blamed the company for the delay.", "The union blamed the government for the delay.", "altered.role",
     "party changed: company → government"),
    ("The airline hopes to resume flights on Monday.", "The airline will resume flights on Monday.", "altered.hedge",
     "hedge removed: hopes to"),
])
def test_swapped_parties_figures_and_events_are_altered(real_comparer: Comparer, original: str, rewrite: str,
                                                        code: str, reason: str) -> None:
    """Every word is shared and the cosine near 1, so only a typed check can see these: the
    whole pipeline labels each altered, with change spans that index the texts."""
    (claim,) = real_comparer.compare(rewrite, original).rewrite.claims
    assert (claim.label, claim.reason_code, claim.reason) == ("altered", code, reason)
    (ch,) = claim.changes
    assert ch.original     # a removal ("hedge removed") names the original's words only
    assert all(rewrite[f.start:f.end] == f.text for f in ch.rewrite)
    assert all(original[f.start:f.end] == f.text for f in ch.original)
    same = real_comparer.compare(original, original).rewrite.claims
    assert [c.label for c in same] == ["kept"]


@pytest.mark.parametrize(("original", "rewrite", "first", "second", "reworded"), [
    ("The bill passed the House but stalled in the Senate.", "The bill passed the Senate but stalled in the House.",
     "entity changed: House → Senate (swapped: the original has “stalled in the Senate”)",
     "entity changed: Senate → House (swapped: the original has “passed the House”)",
     "The bill passed the House, but then it stalled in the Senate."),
    ("The storm killed 12 people and injured 40 others.", "The storm killed 40 people and injured 12 others.",
     "number changed: 12 → 40 (swapped: the original has “injured 40”)",
     "number changed: 40 → 12 (swapped: the original has “killed 12”)",
     "The storm killed 12 people, and it injured 40 others."),
])
def test_values_swapped_between_two_claims_are_altered(real_comparer: Comparer, original: str, rewrite: str,
                                                       first: str, second: str, reworded: str) -> None:
    """Each value of the rewrite is somewhere in the original, so one claim at a time it looks
    like a name or number taken from another sentence; the two claims together are a swap."""
    result = real_comparer.compare(rewrite, original)
    assert [(c.label, c.reason) for c in result.rewrite.claims] == [("altered", first), ("altered", second)]
    assert [c.label for c in result.originals[0].claims] == ["altered", "altered"]
    for c in result.rewrite.claims:
        for ch in c.changes:
            assert all(rewrite[f.start:f.end] == f.text for f in ch.rewrite)
            assert all(original[f.start:f.end] == f.text for f in ch.original)
    # the same values, each where the original has it, in other words: no change
    same = real_comparer.compare(reworded, original)
    assert [c.label for c in same.rewrite.claims] == ["kept", "kept"]


def test_a_name_put_in_another_ones_place_is_altered(real_comparer: Comparer) -> None:
    """Both texts name Smith and Jones, so "Jones" in the first claim looks like coreference
    one claim at a time; but the rewrite has Jones arrested, which the original says of Smith
    and never of Jones."""
    original = "Smith was arrested in Leeds on Monday. Jones praised the officers who caught Smith."
    rewrite = "Jones was arrested in Leeds on Monday. Jones praised the officers who caught Smith."
    result = real_comparer.compare(rewrite, original)
    assert [(c.label, c.reason) for c in result.rewrite.claims][0] == \
        ("altered", "entity changed: Smith → Jones (moved: the original has “Jones praised”)")
    assert result.rewrite.claims[1].label == "kept"
    # the same names in the same places, one of them as a pronoun: nothing moved
    same = real_comparer.compare("Smith was arrested in Leeds on Monday. Jones praised the officers who caught him.",
                                 original)
    assert [c.label for c in same.rewrite.claims] == ["kept", "kept"]
    # the original gives Jones that place too: the rewrite may name either
    both = "Smith and Jones were arrested in Leeds on Monday. Jones praised the officers who caught Smith."
    assert real_comparer.compare(rewrite, both).rewrite.claims[0].label != "altered"


def test_names_swapped_between_clauses_are_altered_whatever_the_alignment(real_comparer: Comparer) -> None:
    """The aligner pairs each rewrite clause with the original clause that names the same city,
    so no aligned pair differs; the two documents tie the cities to different verbs."""
    original = "The minister flew to Berlin and then travelled to Warsaw."
    rewrite = "The minister flew to Warsaw and then travelled to Berlin."
    result = real_comparer.compare(rewrite, original)
    assert [(c.label, c.reason) for c in result.rewrite.claims] == [
        ("altered", "entity changed: flew to Berlin → flew to Warsaw (swapped: the original has “travelled to Warsaw”)"),
        ("altered", "entity changed: travelled to Warsaw → travelled to Berlin (swapped: the original has “flew to Berlin”)")]
    for c in result.rewrite.claims:
        (ch,) = c.changes
        assert [rewrite[f.start:f.end] for f in ch.rewrite] == [f.text for f in ch.rewrite]
        assert [original[f.start:f.end] for f in ch.original] == [f.text for f in ch.original]
    # each city where the original has it, in other words: nothing swapped
    same = real_comparer.compare("The minister flew to Berlin, and after that she travelled to Warsaw.", original)
    assert not any("swapped" in c.reason for c in same.rewrite.claims)
    # an original that ties a city to both verbs leaves the rewrite free to name either
    both = "The minister flew to Berlin and Warsaw and then travelled to Warsaw and Berlin."
    assert not any("swapped" in c.reason for c in real_comparer.compare(rewrite, both).rewrite.claims)


def test_parties_swapped_between_clauses_are_altered(real_comparer: Comparer) -> None:
    """Each rewrite clause is paired with its counterpart, whose party noun the rewrite gives
    to the other clause: the two kinds of party changed places."""
    original = "Two firefighters suffered minor burns, but no residents have been hurt."
    rewrite = "Two residents suffered minor burns, but no firefighters have been hurt."
    result = real_comparer.compare(rewrite, original)
    assert [(c.label, c.reason) for c in result.rewrite.claims] == [
        ("altered", "party changed: firefighters → residents (swapped: the original names “residents” elsewhere)"),
        ("altered", "party changed: residents → firefighters (swapped: the original names “firefighters” elsewhere)")]
    for c in result.rewrite.claims:
        (ch,) = c.changes
        assert [rewrite[f.start:f.end] for f in ch.rewrite] == [f.text for f in ch.rewrite]
        assert [original[f.start:f.end] for f in ch.original] == [f.text for f in ch.original]
    # each party where the original has it, in other words: nothing swapped
    same = real_comparer.compare("No residents have been hurt, though two firefighters suffered minor burns.", original)
    assert not any("swapped" in c.reason for c in same.rewrite.claims)
    # a party the original never names is no swap
    other = real_comparer.compare("Two residents suffered minor burns, but no volunteers have been hurt.", original)
    assert not any("swapped" in c.reason for c in other.rewrite.claims)


def test_an_opposite_word_in_the_second_claim_of_a_merge_is_altered(real_comparer: Comparer) -> None:
    """A rewrite sentence that two original claims support together is compared with both: a
    word put in place of its opposite in the second one's words is a change, while a "not"
    stays scoped to the best-matching claim."""
    original = ("Staff have been working with paper records for five days, and one senior nurse described "
                "conditions on the wards as 'exhausting but manageable'.")
    rewrite = ("For five days staff have relied on paper records, and a senior nurse called conditions on the "
               "wards 'exhausting and unmanageable'.")
    result = real_comparer.compare(rewrite, original)
    (claim,) = result.rewrite.claims
    assert claim.label == "altered" and "opposite meaning: manageable → unmanageable" in claim.reason
    same = real_comparer.compare(rewrite.replace("and unmanageable", "but manageable"), original)
    assert [c.label for c in same.rewrite.claims] == ["kept"]


def test_shuffling_rewrite_sentences_changes_no_label(real_comparer: Comparer) -> None:
    base = real_comparer.compare(REWRITE, ORIGINAL)
    sentences = [s.text for s in base.rewrite.sentences]
    rng = random.Random(7)
    for _ in range(3):
        order = sentences[:]
        rng.shuffle(order)
        shuffled = real_comparer.compare("\n".join(order), ORIGINAL)
        assert sorted(labels(shuffled)[0]) == sorted(labels(base)[0])
        assert labels(shuffled)[1] == labels(base)[1]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.permutations(list(range(6))))
def test_shuffle_property_with_fake_encoder(fake_comparer: Comparer, order: list[int]) -> None:
    sentences = [s.text for s in fake_comparer.compare(ORIGINAL, REWRITE).rewrite.sentences]
    base = fake_comparer.compare("\n".join(sentences), REWRITE)
    shuffled = fake_comparer.compare("\n".join(sentences[i] for i in order), REWRITE)
    assert sorted(labels(shuffled)[0]) == sorted(labels(base)[0])
    assert labels(shuffled)[1] == labels(base)[1]


def test_empty_rewrite_drops_everything_and_empty_original_adds_everything(real_comparer: Comparer) -> None:
    r = real_comparer.compare("", ORIGINAL)
    assert r.rewrite.claims == () and r.counts()["dropped"] == len(r.originals[0].claims) > 0
    assert any("empty" in w for w in r.warnings)
    r = real_comparer.compare(REWRITE, "   ")
    assert r.counts()["added"] == len(r.rewrite.claims) > 0
    assert r.scores.rewrite_coverage == 0.0


def test_several_sources_attribution_and_ranking(real_comparer: Comparer) -> None:
    other = "Penguins huddle together through the Antarctic winter. The colony has grown to 4,000 birds."
    rewrite = "The city council approved the new budget on Monday. The penguin colony now counts 4,000 birds."
    r = real_comparer.compare(rewrite, {"council": ORIGINAL, "penguins": other})
    assert [a.source for a in r.attribution] == [0, 1]
    assert r.originals[0].name == "council"
    ranked = real_comparer.rank(REWRITE, {"penguins": other, "council": ORIGINAL})
    assert [x.key for x in ranked] == ["council", "penguins"]
    ranked = real_comparer.rank(REWRITE, [other, ORIGINAL])
    assert [x.key for x in ranked] == [1, 0]


def test_every_new_change_kind_validates_and_round_trips(real_comparer: Comparer) -> None:
    """A report holding an ``event`` change (schema 1.2) and a scope change validates against
    the shipped schema and loads back to the same JSON."""
    jsonschema = pytest.importorskip("jsonschema")
    out = render(real_comparer.compare("He was convicted of murder. Experts doubt the claim.",
                                       "He was charged with murder. Some experts doubt the claim."), "json")
    data = json.loads(out)
    assert [[ch["kind"] for ch in c["changes"]] for c in data["rewrite"]["claims"]] == [["event"], ["hedge"]]
    jsonschema.validate(data, schema())
    assert render(Comparison.from_dict(data), "json") == out


def test_json_is_valid_byte_identical_and_round_trips(real_comparer: Comparer) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    r1 = render(real_comparer.compare(REWRITE, ORIGINAL), "json")
    fresh = Comparer(analyzer=real_comparer.analyzer)
    r2 = render(fresh.compare(REWRITE, ORIGINAL), "json")
    assert r1 == r2
    data = json.loads(r1)
    jsonschema.validate(data, schema())
    again = Comparison.from_dict(data)
    assert render(again, "json") == r1
    assert data["signature"] == fresh.signature


def test_claim_offsets_and_every_segment_labelled_once(real_comparer: Comparer) -> None:
    r = real_comparer.compare(REWRITE, ORIGINAL)
    for doc, allowed in [(r.rewrite, {"added", "altered", "kept"})] + [(d, {"dropped", "altered", "kept"}) for d in r.originals]:
        for c in doc.claims:
            assert doc.text[c.start:c.end] == c.text
            assert c.label in allowed
            assert 0.0 <= c.support <= 1.0
        for s in doc.sentences:
            assert doc.text[s.start:s.end] == s.text
            assert doc.claims_in(s.index), f"sentence {s.index} has no claim"


def test_originals_encoded_once(fake_encoder, analyzer) -> None:  # noqa: ANN001
    from provenance.embedding import CachedEncoder

    enc = CachedEncoder(fake_encoder)
    cmp = Comparer(encoder=enc, analyzer=analyzer, cache_size=0)
    cmp.compare(REWRITE, ORIGINAL)
    first = fake_encoder.encoded
    cmp.compare(REWRITE + " " + UNRELATED, ORIGINAL)
    assert fake_encoder.encoded == first + 1  # only the new sentence was encoded
    assert enc.hits > 0


def test_config_validation_and_device_policy() -> None:
    from provenance.errors import ConfigError

    with pytest.raises(ConfigError):
        Config(backend="tensorflow")
    with pytest.raises(ConfigError):
        Config(support_threshold=2.0)
    with pytest.raises(ConfigError):
        Config(calibration="does-not-exist")


def test_wrong_weights_are_refused(tmp_path) -> None:  # noqa: ANN001
    from provenance.embedding import verify_weights
    from provenance.errors import MissingModelError

    (tmp_path / "model.safetensors").write_bytes(b"not the weights")
    with pytest.raises(MissingModelError, match="sha256"):
        verify_weights(tmp_path)


def test_huge_inputs_finish(real_comparer: Comparer) -> None:
    long_sentence = " ".join(f"token{i}" for i in range(2500))  # ~20,000 characters, no punctuation
    r = real_comparer.compare(long_sentence, ORIGINAL)
    assert sum(len(c.text) for c in r.rewrite.claims) >= len(long_sentence) - 2500
    assert r.counts()["added"] == len(r.rewrite.claims)


def test_pipelined_preparation_equals_one_by_one(analyzer, monkeypatch) -> None:
    """prepare_iter overlaps encoding with parsing; what it yields must not depend on that:
    the same claims (ids numbered across parse blocks), the same vectors, in the input order,
    duplicates and empty texts included."""
    import numpy as np

    import provenance.pipeline as pipeline
    from tests.conftest import FakeEncoder

    long_text = " ".join(f"Reporter {i} said the vote on item {i} passed by {i + 3} votes." for i in range(40))
    texts = [REWRITE, ORIGINAL, "", long_text, REWRITE, UNRELATED]
    monkeypatch.setattr(pipeline, "_PARSE_BLOCK", 7)      # an awkward block size: 40 sentences -> 6 blocks
    piped = list(Comparer(encoder=FakeEncoder(), analyzer=analyzer).prepare_iter(iter(texts)))
    monkeypatch.setattr(pipeline, "_PARSE_BLOCK", 10**6)
    for text, got in zip(texts, piped, strict=True):
        one = Comparer(encoder=FakeEncoder(), analyzer=analyzer).prepare(text)
        assert got.text == text
        assert got.claims == one.claims
        assert [c.index for c in got.claims] == list(range(len(got.claims)))
        assert got.embeddings.shape == one.embeddings.shape
        assert np.allclose(got.embeddings, one.embeddings)
    assert len(piped[3].claims) >= 40 and piped[2].claims == ()


def test_pipelined_preparation_reports_encoder_errors(analyzer) -> None:
    class Broken:
        fingerprint = "broken"

        def encode(self, texts):  # noqa: ANN001, ANN202
            raise RuntimeError("model exploded")

    with pytest.raises(RuntimeError, match="model exploded"):
        list(Comparer(encoder=Broken(), analyzer=analyzer).prepare_iter([REWRITE, ORIGINAL]))


def test_fact_kinds_select_what_counts_as_altered(real_comparer) -> None:
    """Factual-consistency users count content changes only; sourcing changes (a dropped
    "police said") then leave the claim kept, while a changed number still alters it."""
    from provenance.facts import CONTENT_KINDS

    original = "Police said the driver was speeding on the bridge. The crash injured 4 people."
    rewrite = "The driver was speeding on the bridge. The crash injured 40 people."
    content = Comparer(Config(fact_kinds=CONTENT_KINDS), encoder=real_comparer.encoder,
                       analyzer=real_comparer.analyzer)
    every = real_comparer.compare(rewrite, original).rewrite.claims
    only = content.compare(rewrite, original).rewrite.claims
    assert [c.label for c in every] == ["altered", "altered"]
    assert "attribution" in every[0].reason_code
    assert [c.label for c in only] == ["kept", "altered"]
    assert only[1].reason_code == "altered.number"
    assert "facts:number+date+timing+entity+role+negation+relation" in content.signature
    assert "|facts:on|" in real_comparer.signature


def test_fact_kinds_are_validated() -> None:
    from provenance import ConfigError

    with pytest.raises(ConfigError, match="fact_kinds"):
        Config(fact_kinds=("numbers",))
    with pytest.raises(ConfigError, match="fact_kinds"):
        Config(fact_kinds=())


@pytest.mark.model
def test_pair_scores_see_who_did_what_to_whom(real_comparer: Comparer) -> None:
    """A role swap shares every word with the original; the paraphrase head must still see it."""
    a = "The dog bit the man on Monday."
    moved, swapped = "On Monday, the dog bit the man.", "The man bit the dog on Monday."
    f_moved, f_swapped = real_comparer.pair_features(a, moved), real_comparer.pair_features(a, swapped)
    assert f_moved["role_mismatch"] == 0.0 < f_swapped["role_mismatch"]
    assert f_swapped["lexical_min"] == 1.0                      # the same content words
    assert real_comparer.paraphrase_probability(a, swapped) < real_comparer.paraphrase_probability(a, moved)
    assert not real_comparer.is_paraphrase(a, swapped)


@pytest.mark.model
def test_pair_features_count_content_changes_only(real_comparer: Comparer) -> None:
    """A hedge added makes a rewrite's claim altered, but the pair heads (fitted on content
    kinds) must not read it as a changed fact; a changed number still counts; and the
    features are the same whatever ``fact_kinds`` the comparer was configured with."""
    a = "The council approved a budget of 5 million dollars on Monday."
    hedged = "The council reportedly approved a budget of 5 million dollars on Monday."
    renumbered = "The council approved a budget of 7 million dollars on Monday."
    assert real_comparer.compare(hedged, a).rewrite.claims[0].label == "altered"
    assert real_comparer.pair_features(a, hedged)["altered"] == 0.0
    assert real_comparer.pair_features(a, renumbered)["altered"] > 0.0
    every = Comparer(real_comparer.config.replace(fact_kinds=FACT_KINDS), encoder=real_comparer.encoder,
                     analyzer=real_comparer.analyzer)
    assert every.pair_features(a, hedged) == real_comparer.pair_features(a, hedged)


def test_pair_scores_of_empty_texts_are_defined(real_comparer: Comparer) -> None:
    text = "The council approved the budget on Monday."
    for empty in ("", "  \n"):
        assert real_comparer.similarity(empty, "") == 1.0 and real_comparer.paraphrase_probability("", empty) == 1.0
        assert real_comparer.is_paraphrase(empty, " ")
        assert real_comparer.similarity(empty, text) == 0.0 == real_comparer.similarity(text, empty)
        assert real_comparer.paraphrase_probability(text, empty) == 0.0 and not real_comparer.is_paraphrase(empty, text)
        assert real_comparer.reuse_level(empty, text) == "non" == real_comparer.reuse_level(text, empty)
    assert real_comparer.reuse_level(text, text) == "cut"


@pytest.mark.parametrize("method", ["similarity", "paraphrase_probability", "is_paraphrase", "reuse_level",
                                    "reuse_features", "pair_features"])
def test_pair_scores_refuse_bytes_with_one_clear_error(real_comparer: Comparer, method: str) -> None:
    from provenance.errors import InputError

    for a, b in ((b"The council met.", "The council met."), ("The council met.", b"The council met.")):
        with pytest.raises(InputError, match="expected str, got bytes: decode bytes first"):
            getattr(real_comparer, method)(a, b)


def test_compare_refuses_bytes_originals_as_bytes(real_comparer: Comparer) -> None:
    """bytes are a sequence of ints: the error names bytes, not 'original 0 is int'."""
    from provenance.errors import InputError

    with pytest.raises(InputError, match="expected str, got bytes: decode bytes first"):
        real_comparer.compare("The council met.", b"The council met.")


def test_reuse_level_reads_the_copy_measures_without_a_compare(real_comparer: Comparer,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped reuse head reads word overlaps only, so ``reuse_level`` computes those
    (``similarity.copy_measures``) and no compare; the level is the one the full features give."""
    from provenance.config import load_calibration
    from provenance.similarity import copy_measures, reuse_level

    source = ("The harbour bridge was closed for repairs in the spring. Engineers found rust in two "
              "of the main cables and replaced them over six weeks, while ferries carried commuters.")
    answer = ("The harbour bridge was shut for repairs in the spring. Engineers found rust in two of "
              "the main cables and changed them over six weeks, while boats carried commuters.")
    full = real_comparer.reuse_features(answer, source)
    assert all(full[k] == v for k, v in copy_measures(answer, source).items())
    want = reuse_level(full, load_calibration(real_comparer.config.calibration)["reuse"])

    def no_compare(*args: object, **kwargs: object) -> None:
        raise AssertionError("reuse_level ran a compare")

    monkeypatch.setattr(real_comparer, "compare", no_compare)
    assert real_comparer.reuse_level(answer, source) == want


def test_original_side_has_its_own_bias(real_comparer: Comparer) -> None:
    """Whether the rewrite keeps an original claim is scored with the support weights and the
    original side's own bias (``Config.original_weights``); the rewrite side does not move."""
    from provenance.config import load_calibration

    shipped = load_calibration("all-MiniLM-L6-v2")["support"]
    assert Config().original_weights == (shipped.get("original_bias", shipped["weights"][0]), *shipped["weights"][1:])
    assert Config(weights=(-6.0, 6.0, 5.0)).original_weights == (-6.0, 6.0, 5.0)     # explicit weights: both sides
    assert Config(original_bias=-9.0).original_weights[0] == -9.0
    assert ";o-9.0000" in Comparer(Config(original_bias=-9.0), encoder=real_comparer.encoder,
                                   analyzer=real_comparer.analyzer).signature
    assert ";o" not in Comparer(Config(weights=(-6.0, 6.0, 5.0)), encoder=real_comparer.encoder,
                                analyzer=real_comparer.analyzer).signature
    original = "The council approved the budget. The vote took place on Monday after a long debate."
    rewrite = "The council approved the budget in a vote on Monday."
    loose, strict = (Comparer(Config(original_bias=b), encoder=real_comparer.encoder, analyzer=real_comparer.analyzer)
                     for b in (-6.6, -30.0))
    rw, og = loose.prepare(rewrite), loose.prepare(original)
    (fwd_l, back_l), (fwd_s, back_s) = loose._aligned(rw, og, 0), strict._aligned(rw, og, 0)
    assert fwd_l == fwd_s                                     # the rewrite side does not move
    assert any(not m.mutual for m in back_s)
    for a, b in zip(back_l, back_s):       # a mutual link keeps at least its linked score; the rest fall
        assert b.score <= a.score and (b.mutual or b.score < a.score)


def test_a_repeated_claim_is_one_claim_stated_again(real_comparer: Comparer) -> None:
    """A rewrite that states one unsupported line three times (a vandalised page repeats one
    line hundreds of times) has one added claim at three places: every place stays a claim
    with its own offsets (nothing is lost), the repeats point at the first, distinct counts
    and the text report fold them, and the JSON round-trips and validates."""
    jsonschema = pytest.importorskip("jsonschema")
    line = "Penguins are the best birds."
    rewrite = REWRITE + f"\n{line}\n{line}\n{line}"
    res = real_comparer.compare(rewrite, ORIGINAL)
    same = [c for c in res.rewrite.claims if c.text == line]
    assert len(same) == 3 and {c.label for c in same} == {"added"}
    assert [c.repeat_of for c in same] == [-1, same[0].index, same[0].index]
    assert [rewrite[c.start:c.end] for c in same] == [line] * 3
    assert len({c.start for c in same}) == 3
    assert all(not c.is_repeat for c in res.rewrite.claims if c.text != line)
    assert res.counts()["added"] - res.counts(distinct=True)["added"] == 2
    assert res.rewrite.counts(distinct=True)["added"] == res.rewrite.counts()["added"] - 2
    text = render(res, "text")
    assert "stated 3 times" in text and text.count(line) == 1
    for fmt in ("md", "html"):
        out = render(res, fmt)
        assert "stated 3 times: R" in out and "distinct)" in out
    data = json.loads(render(res, "json"))
    jsonschema.validate(data, schema())
    assert [c.get("repeat_of", -1) for c in data["rewrite"]["claims"] if c["text"] == line] == \
        [-1, same[0].index, same[0].index]
    assert render(Comparison.from_dict(data), "json") == render(res, "json")
    # a text without repeats writes no repeat_of at all (older reports stay byte-identical)
    assert '"repeat_of"' not in render(real_comparer.compare(REWRITE, ORIGINAL), "json")


def test_a_repeated_dropped_claim_is_listed_once(real_comparer: Comparer) -> None:
    line = "Penguins are the best birds."
    res = real_comparer.compare(REWRITE, ORIGINAL + f"\n{line}\n{line}")
    same = [c for c in res.originals[0].claims if c.text == line]
    assert [c.label for c in same] == ["dropped", "dropped"] and same[1].repeat_of == same[0].index
    assert res.counts()["dropped"] - res.counts(distinct=True)["dropped"] == 1
    for fmt in ("text", "md", "html"):
        out = render(res, fmt)
        if fmt == "html":     # the dropped list, not the side-by-side text, which shows every place
            out = out[out.index('<h2 id="dropped-0">'):]
            out = out[:out.index("</ul>")]
            assert "; 3 distinct)" in out      # two other dropped claims, and this one twice
        assert "stated 2 times: O" in out and out.count(line) == 1


#: one long sentence of an original, and rewrites that each keep one stretch of it as a sentence
#: of its own (words of this test, not from any article)
_LONG = ("The mayor opened the new bridge over the river on Monday, two years after building began, "
         "and thanked the engineers who finished it months ahead of schedule, at a ceremony where a brass "
         "band played for the hundreds of residents who had come to watch.")


@pytest.mark.parametrize("second", ["Musicians entertained the many locals who turned up.",
                                    "He expressed his gratitude to the builders for completing it early.",
                                    "Construction had taken two years."])
def test_parts_support_a_sentence_split_off_a_long_one(real_comparer, second: str) -> None:  # noqa: ANN001
    from provenance import Comparer, Config

    rewrite = "The mayor opened the new bridge on Monday. " + second
    plain = real_comparer.compare(rewrite, _LONG)
    parts = Comparer(Config(part_words=12), encoder=real_comparer.encoder,
                     analyzer=real_comparer.analyzer).compare(rewrite, _LONG)
    assert plain.rewrite.claims[-1].label == "added"
    split = parts.rewrite.claims[-1]
    assert split.label == "kept" and split.support > plain.rewrite.claims[-1].support
    # the evidence is the long sentence's claim (offsets into the original)
    assert split.evidence and all(_LONG[e.start:e.end] == e.text for e in split.evidence)
    assert "|parts:12|" in parts.signature and "parts:" not in plain.signature
    # the first sentence is kept either way
    assert plain.rewrite.claims[0].label == parts.rewrite.claims[0].label == "kept"


def test_groups_are_components_unless_one_grows_past_the_cap() -> None:
    from provenance.pipeline import _components

    # a merge, a split and a lone link: the components, whatever the order of the strengths
    links = {(0, 0): 0.9, (0, 1): 0.5, (1, 2): 0.8, (2, 2): 0.7, (3, 4): 0.1}
    want = sorted([({0}, {0, 1}), ({1, 2}, {2}), ({3}, {4})], key=lambda g: min(g[0]))
    assert sorted(_components(links), key=lambda g: min(g[0])) == want
    assert sorted(_components(links, cap=1), key=lambda g: min(g[0])) == want
    # a text cut at other places than its source: sentence i links source sentences i and i + 1
    chain = {(i, j): 0.5 + 0.001 * ((7 * i + j) % 11) for i in range(60) for j in (i, i + 1)}
    assert [(set(range(60)), set(range(61)))] == _components(chain)
    groups = _components(chain, cap=8)
    assert all(min(len(r), len(o)) <= 8 for r, o in groups)
    seen_r = [i for r, _ in groups for i in r]
    seen_o = [j for _, o in groups for j in o]
    assert len(seen_r) == len(set(seen_r)) and len(seen_o) == len(set(seen_o))   # disjoint
    assert len(seen_r) + len(seen_o) >= 0.9 * 121          # and nearly every sentence grouped
    assert _components(chain, cap=8) == groups            # deterministic


def test_a_recut_text_gives_bounded_groups(real_comparer: Comparer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A text cut one clause later than its source (``benchmarks/speed.py``'s ``recut_pair``):
    its links chain every sentence, one 40-40 group without the cap."""
    from provenance.pipeline import GROUP_CAP

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import speed

    r = real_comparer.compare(*speed.recut_pair(40))
    assert len(r.pairs) > 1 and all(min(len(p.rewrite), len(p.original)) <= GROUP_CAP for p in r.pairs)
    rows = [i for p in r.pairs for i in p.rewrite]
    assert len(rows) == len(set(rows)) >= 36


def test_a_joining_word_the_cut_moves_to_the_other_claim_is_no_change(real_comparer: Comparer) -> None:
    """"while" joins the same two clauses on both sides; cutting the sentences into claims puts
    it in the second claim of each, which holds the other clause: no timing added."""
    original = "Youth unemployment was unchanged at 14.2 percent, while the jobless rate among women fell slightly."
    rewrite = "The jobless rate among women dipped slightly, while youth unemployment stayed at 14.2%."
    r = real_comparer.compare(rewrite, original)
    timing = [ch.reason for c in r.rewrite.claims for ch in c.changes if ch.kind == "timing"]
    assert timing == []
    moved = real_comparer.compare("The jobless rate among women dipped slightly before youth unemployment stayed at 14.2%.",
                                  original)
    assert any(ch.kind == "timing" for c in moved.rewrite.claims for ch in c.changes)


def test_a_negation_said_in_the_other_claim_of_a_merge_is_no_change(real_comparer: Comparer) -> None:
    """A rewrite sentence that two original claims support together holds a negation that the
    second claim says in its own words: the same "neither", or "has yet to turn a profit" for
    "is not yet profitable". A negation the original says nowhere still alters the claim."""
    cases = [("Two men were taken to hospital with smoke inhalation, but neither was badly hurt, the fire service said.",
              "The fire service said two men were taken to hospital suffering from smoke inhalation, although neither "
              "was badly injured."),
             ("Orlith is not yet profitable but expects to break even within three years.",
              "Orlith, which has yet to turn a profit, expects to break even within three years.")]
    for original, rewrite in cases:
        r = real_comparer.compare(rewrite, original)
        assert len(r.originals[0].claims) == 2     # the merge: one rewrite claim, two original claims
        assert [c.label for c in r.rewrite.claims] == ["kept"], [c.reason for c in r.rewrite.claims]
    added = real_comparer.compare("Orlith, which has yet to turn a profit, expects to break even within three years.",
                                  "Orlith is profitable and expects to break even within three years.")
    assert any(ch.kind == "negation" for c in added.rewrite.claims for ch in c.changes)


def test_a_concession_for_two_clauses_joined_by_and_is_no_change(real_comparer: Comparer) -> None:
    """"although" joins the two clauses the original joins with ", and": the cut leaves the
    word out of both original claims, and no relation is added."""
    original = "No leak has been detected, and engineers will inspect the pipe on Monday."
    r = real_comparer.compare("Engineers will inspect the pipe on Monday, although no leak has been found.", original)
    assert not any(ch.kind == "relation" for c in r.rewrite.claims for ch in c.changes)
