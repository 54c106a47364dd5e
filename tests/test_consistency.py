"""Consistency mode: does the source support each claim? (The calibrated consistency head.)"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from provenance import Comparer, Config, ConfigError
from provenance.alignment import Match
from provenance.claims import consistency_label
from provenance.config import CONSISTENCY_RULES, load_calibration
from provenance.facts import CONTENT_KINDS
from provenance.similarity import CLAIM_FEATURES, NOVEL_CAP, claim_features, logistic, novel_details

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def test_the_head_decides_kept_and_facts_decide_altered_or_added() -> None:
    assert consistency_label(0.80, 0.6, aligned=True, changed=True) == "kept"      # the head overrules a fact it finds harmless
    assert consistency_label(0.60, 0.6, aligned=False, changed=False) == "kept"    # at the threshold: kept
    assert consistency_label(0.30, 0.6, aligned=True, changed=True) == "altered"
    assert consistency_label(0.30, 0.6, aligned=True, changed=False) == "added"
    assert consistency_label(0.30, 0.6, aligned=False, changed=True) == "added"    # a changed fact needs an aligned claim
    # a number or date in place of another is never overruled (when aligned)
    assert consistency_label(0.95, 0.6, aligned=True, changed=True, conflict=True) == "altered"
    assert consistency_label(0.95, 0.6, aligned=False, changed=True, conflict=True) == "kept"


def test_only_value_substitutions_of_numbers_and_dates_conflict() -> None:
    from provenance.claims import conflicts
    from provenance.facts import Fact, FactChange

    twelve, twentyone = Fact("number", "12 percent", 0, 10, "12%"), Fact("number", "21 percent", 0, 10, "21%")
    kim, putin = Fact("entity", "Kim", 0, 3, "kim"), Fact("entity", "Putin", 0, 5, "putin")
    assert conflicts([FactChange("number", (twentyone,), (twelve,), "number changed")])
    assert not conflicts([FactChange("number", (twentyone,), (), "number added")])
    assert not conflicts([FactChange("entity", (putin,), (kim,), "entity changed")])   # no source to look in
    assert not conflicts([])


def test_a_word_in_place_of_its_opposite_conflicts() -> None:
    from provenance.claims import conflict_reason
    from provenance.facts import OPPOSITE, Fact, FactChange

    lower, higher = Fact("negation", "lower", 0, 5, OPPOSITE + "lower"), Fact("negation", "higher", 0, 6, OPPOSITE + "higher")
    assert conflict_reason([FactChange("negation", (lower,), (higher,), "opposite meaning")]) == \
        "a word stands in place of its opposite"
    # a negator added or a hand-listed verb swapped is left to the head
    no = Fact("negation", "not", 0, 3, "not")
    assert conflict_reason([FactChange("negation", (no,), (), "negation added: not")]) == ""
    cut, raised = Fact("negation", "cut", 0, 3, "-cut"), Fact("negation", "raised", 0, 6, "+raise")
    assert conflict_reason([FactChange("negation", (cut,), (raised,), "negation changed")]) == ""


@pytest.mark.model
def test_consistency_mode_alters_an_opposite_whatever_the_head_says(real_comparer: Comparer) -> None:
    check = Comparer(Config(mode="consistency"), encoder=real_comparer.encoder, analyzer=real_comparer.analyzer)
    res = check.compare("Exports were lower in March than a year earlier.",
                        "Exports were higher in March than a year earlier.")
    (claim,) = res.rewrite.claims
    assert claim.label == "altered"
    assert "opposite meaning: higher → lower" in claim.reason and "stands in place of its opposite" in claim.reason
    assert f"/r{CONSISTENCY_RULES}" in res.signature and CONSISTENCY_RULES == 7


def test_a_list_naming_one_thing_twice_conflicts() -> None:
    from provenance.claims import conflict_reason
    from provenance.facts import TWICE, Fact, FactChange

    twice = Fact("role", "Alan Shearer and Alan Shearer", 0, 29, TWICE + "alan shearer")
    assert conflict_reason([FactChange("role", (twice,), (), "item named twice")]) == "a list names one thing twice"
    # another role change is left to the head
    party = Fact("role", "nurses", 0, 6, "^nurse")
    assert conflict_reason([FactChange("role", (party,), (), "party changed")]) == ""


def test_a_name_the_source_never_mentions_in_place_of_another_conflicts() -> None:
    from provenance.claims import conflicts, entity_substitution
    from provenance.facts import Fact, FactChange

    nepal, lanka = Fact("entity", "Nepal", 0, 5, "nepal"), Fact("entity", "Sri Lanka", 0, 9, "sri lanka")
    swap = [FactChange("entity", (nepal,), (lanka,), "entity changed")]
    source = "Other markets where the app is popular include Iraq, Libya and Sri Lanka."
    assert entity_substitution(swap, source) == nepal and conflicts(swap, source)
    # the source names it elsewhere (a merge, coreference): left to the head
    assert not conflicts(swap, source + " It is banned in NEPAL.")
    # a name added where the aligned sentence names none: left to the head
    assert not conflicts([FactChange("entity", (nepal,), (), "entity added")], source)
    assert entity_substitution(swap, None) is None
    # a model's unknown-word token stands for a word, not a name the source lacks
    unk = Fact("entity", "UNK UNK", 0, 7, "unk unk")
    assert not conflicts([FactChange("entity", (unk,), (lanka,), "entity changed")], source)


def test_only_values_of_the_same_kind_conflict() -> None:
    """A count and an age, or a relative and a calendar date, can both be right: not a conflict."""
    from provenance.claims import conflicts
    from provenance.facts import Analyzer, Fact, FactChange

    def changed(kind: str, rewrite: str, original: str) -> list[FactChange]:
        return [FactChange(kind, (Fact(kind, rewrite, 0, 1, rewrite),), (Fact(kind, original, 0, 1, original),), "")]

    assert conflicts(changed("number", "21 percent", "12 percent"))
    assert conflicts(changed("number", "6 year", "5 year"))             # six years for five
    assert conflicts(changed("number", "15", "17"))                     # two bare counts
    assert not conflicts(changed("number", "27 year", "17"))            # "the 27-year-old" / "17 goals"
    assert not conflicts(changed("number", "3 percent", "3 million"))   # another quantity
    assert not conflicts(changed("number", "3rd", "4"))                 # "third goal" / "4 goals"
    assert conflicts(changed("number", "3rd", "2nd"))
    assert conflicts(changed("date", "tuesday", "monday"))
    assert conflicts(changed("date", "2011", "2010 11"))
    assert conflicts(changed("date", "two years ago", "five years ago"))
    assert not conflicts(changed("date", "2010 11", "five years ago"))  # both may name the same season
    assert not conflicts(changed("date", "last week", "march"))
    # calendar dates conflict only where they give one field two ways
    assert conflicts(changed("date", "july 28 2018", "august 6"))       # month and day
    assert conflicts(changed("date", "june 6", "june 5"))               # day
    assert not conflicts(changed("date", "june 2019", "june"))          # a year added
    assert not conflicts(changed("date", "november 2015", "2015"))      # a month added
    assert not conflicts(changed("date", "2019", "monday"))             # other fields
    assert not conflicts(changed("date", "october 18 2018", "thursday"))
    assert not conflicts(changed("date", "2019", "weekend"))            # no calendar field on one side
    assert conflicts(changed("date", "year", "winter months"))          # none on either: as before
    # with several values on a side, one pair of the same kind is enough
    mixed = [FactChange("number", (Fact("number", "27-year", 0, 1, "27 year"), Fact("number", "18", 2, 3, "18")),
                        (Fact("number", "17", 0, 1, "17"),), "")]
    assert conflicts(mixed)
    # the values as the analyser writes them
    values = {f.text: f.value for a in Analyzer().analyse(["The 27-year-old scored 17 goals five years ago, in 2010-11."])
              for f in a.facts if f.kind in ("number", "date")}
    assert not conflicts(changed("number", values["27-year"], values["17"]))
    assert not conflicts(changed("date", values["2010-11"], values["five years ago"]))


def test_claim_features_read_the_match_the_source_and_the_changes() -> None:
    m = Match(0, (3, 4), 0.8, 0.7, 0.5, nearest=3, nearest_cos=0.65, mutual=True)
    f = claim_features(m, frozenset({"council", "approv", "budget", "tuesday"}), frozenset({"council", "budget", "x"}),
                       ["date", "negation"])
    assert tuple(f) == CLAIM_FEATURES
    assert (f["support"], f["cosine"], f["lexical"], f["mutual"], f["nearest_cos"]) == (0.8, 0.7, 0.5, 1.0, 0.65)
    assert f["whole"] == 0.5 and f["union"] == 2.0 and f["length"] == pytest.approx(math.log(5))
    assert (f["changed_quantity"], f["changed_entity"], f["changed_negation"], f["changed_relation"]) == (1.0, 0.0, 1.0, 0.0)
    assert f["missing_run"] == 0.0                                  # no content words given
    assert (f["novel_figures"], f["novel_names"]) == (0.0, 0.0)     # no source text given


def test_novel_details_count_figures_and_names_the_whole_source_lacks() -> None:
    source = "The guitarist Brian Pendleton was born on April 13 1944 and died on May 25 2001. He grew up in Durham."
    # "16" is nowhere in the source, nor is "British"; the rest is there
    assert novel_details("Brian Pendleton (13 April 1944 - 16 May 2001) was a British guitarist.", source) == (1.0, 1.0)
    assert novel_details("Brian Pendleton (13 April 1944 - 25 May 2001) grew up in Durham.", source) == (0.0, 0.0)
    # thousands commas do not count, a sentence's first word is no name, case does not matter
    assert novel_details("Durham has 2,300 pubs.", "durham has 2300 pubs") == (0.0, 0.0)
    # each count stops at NOVEL_CAP
    assert novel_details("In 1 2 3 4 5 Ames, Bold, Cole and Dunn met.", "nothing") == (float(NOVEL_CAP), float(NOVEL_CAP))
    m = Match(0, (0,), 0.8, 0.7, 0.5, nearest=0, nearest_cos=0.65, mutual=True)
    f = claim_features(m, frozenset(), frozenset(), [], "Born in Leeds in 1950.", source_text="He was born in 1950.")
    assert (f["novel_figures"], f["novel_names"]) == (0.0, 1.0)


def test_missing_run_counts_content_words_in_a_row_the_source_lacks() -> None:
    from provenance.claims import doc_stems
    from provenance.overlap import content_words, missing_stretch

    source = "The council approved the budget on Tuesday. The mayor spoke."
    present = doc_stems(source)
    assert "approv" in present and "the" in present
    # "at a ceremony in the town hall": ceremony, town, hall in a row (stop words do not break it)
    claim = "The council approved the budget at a ceremony in the town hall."
    start, end, n = missing_stretch(claim, present)
    assert (claim[start:end], n) == ("ceremony in the town hall", 3)      # where the run is
    # as many missing words, scattered, make shorter runs
    assert missing_stretch("The mayor quietly approved the new budget yesterday.", present)[2] == 1
    assert missing_stretch("The council approved the budget.", present) == (0, 0, 0)
    assert missing_stretch("", present) == (0, 0, 0)
    m = Match(0, (3,), 0.8, 0.7, 0.5, nearest=3, nearest_cos=0.65, mutual=True)
    claim = "The council approved the budget at a ceremony in the town hall."
    tokens = frozenset(content_words(claim))
    with_doc = claim_features(m, tokens, frozenset({"council"}), [], claim, present)
    without_doc = claim_features(m, tokens, frozenset({"council"}), [], claim)
    assert with_doc["missing_run"] == 3.0      # read against every word of the source document
    assert without_doc["missing_run"] == 5.0   # else against the tokens given: only "council" there


def test_mode_is_validated_and_named_in_the_signature() -> None:
    with pytest.raises(ConfigError, match="mode"):
        Config(mode="audit")
    sig = Comparer(Config(mode="consistency")).signature
    head = load_calibration("all-MiniLM-L6-v2")["consistency"]
    assert f"|mode:consistency@{head['threshold']:.4f}/r{CONSISTENCY_RULES}|" in sig
    assert "facts:" + "+".join(CONTENT_KINDS) in sig                        # content kinds by default
    assert "mode:" not in Comparer(Config()).signature                       # rewrite signatures unchanged
    assert Config(mode="consistency", fact_kinds=("number",)).kinds == ("number",)


def test_shipped_consistency_head() -> None:
    head = load_calibration("all-MiniLM-L6-v2")["consistency"]
    assert head["features"] == list(CLAIM_FEATURES) and head["kind"] == "trees" and 0 < head["threshold"] < 1
    strong = {"support": 0.99, "cosine": 0.97, "lexical": 1.0, "mutual": 1.0, "nearest_cos": 0.97, "whole": 1.0,
              "missing_run": 0.0, "length": 2.0, "union": 1.0, "changed_quantity": 0.0, "changed_entity": 0.0,
              "changed_negation": 0.0, "changed_relation": 0.0, "novel_figures": 0.0, "novel_names": 0.0}
    none = {**strong, "support": 0.02, "cosine": 0.1, "lexical": 0.0, "mutual": 0.0, "nearest_cos": 0.1, "whole": 0.1,
            "missing_run": 5.0}
    assert logistic(strong, head) >= head["threshold"] > logistic(none, head)
    # the head reads the run of missing words: some run moves a strong match's probability down
    detail = {**strong, "whole": 0.6, "length": math.log1p(10)}
    assert min(logistic({**detail, "missing_run": float(r)}, head) for r in range(1, 8)) < logistic(detail, head)
    # and a figure the whole source lacks moves it down too
    assert logistic({**detail, "novel_figures": 1.0}, head) < logistic(detail, head)


@pytest.mark.model
def test_consistency_mode_end_to_end(real_comparer: Comparer) -> None:
    """Consistency labels come from the head; ``support`` is its probability, and
    ``claim_features`` is exactly what ``compare`` fed it."""
    check = Comparer(Config(mode="consistency"), encoder=real_comparer.encoder, analyzer=real_comparer.analyzer)
    source = ("The city council approved the new budget on Monday after a long debate. "
              "The steel plant north of the river employs 1,200 people.")
    text = ("On Monday the city council approved the new budget after a long debate. "
            "Aliens have landed in the harbour and demand fresh fish.")
    res = check.compare(text, source)
    claims = res.rewrite.claims
    first = [c for c in claims if c.sentence == 0]
    assert [c.label for c in first] == ["kept"]
    assert [c.label for c in claims if c.sentence == 1] and all(c.label == "added" for c in claims if c.sentence == 1)
    head = check.config.consistency_head
    feats = check.claim_features(text, source)
    assert len(feats) == len(claims)
    for c, f in zip(claims, feats):
        assert c.support == pytest.approx(logistic(f["features"], head))
        assert 0.0 <= c.support <= 1.0
    assert all("support probability" in c.reason for c in claims)
    # an unsupported claim's reason names the longest stretch the source never has
    aliens = [c for c in claims if c.sentence == 1]
    assert [c.reason.split("; the source never has ")[-1] for c in aliens] == ["“Aliens have landed in the harbour”)",
                                                                           "“demand fresh fish”)"]
    assert "never has" not in first[0].reason
    # a changed number is altered even when the head would call the claim supported
    swapped = check.compare("The steel plant north of the river employs 2,100 people.", source).rewrite.claims
    assert [c.label for c in swapped] == ["altered"] and swapped[0].reason_code == "altered.number"
    # so is a name the source never mentions, given in place of the one it names
    places = "The app is popular in Iraq, Libya and Sri Lanka, the company said on Monday."
    named = check.compare("The app is also popular in Iraq, Libya and Nepal.", places).rewrite.claims
    assert [c.label for c in named] == ["altered"] and named[0].reason_code == "altered.entity"
    assert "the source never mentions “Nepal”" in named[0].reason
    same = check.compare("The app is popular in Iraq, Libya and Sri Lanka.", places).rewrite.claims
    assert [c.label for c in same] == ["kept"]
    assert res.signature == check.signature and "mode:consistency" in res.signature
    # the originals' side is labelled as in rewrite mode: the plant sentence is dropped
    assert [c.label for c in res.originals[0].claims][-1] == "dropped"


def test_consistency_targets_use_all_or_nothing_items_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    import calibrate

    t = calibrate._consistency_target
    assert [t("wice", {"label": lab}) for lab in ("supported", "partially_supported", "not_supported")] == [1, None, 0]
    frank = [{"label": 1, "factuality": 1.0}, {"label": 0, "factuality": 0.5}, {"label": 0, "factuality": 0.0}]
    assert [t("frank", {"summaries": [s]}) for s in frank] == [1, None, 0]
    params = {"kind": "trees", "features": ["support"], "init": 0.0, "rate": 1.0,
              "trees": [{"feature": [0, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1],
                         "right": [2, -1, -1], "value": [0.0, -3.0, 3.0]}]}
    recs = [[{"features": {"support": 0.9}, "aligned": True, "changed": False},
             {"features": {"support": 0.1}, "aligned": True, "changed": True},
             {"features": {"support": 0.1}, "aligned": False, "changed": False},
             {"features": None, "aligned": False, "changed": False}]]
    got = calibrate.consistency_records(recs, params, 0.5)[0]["claims"]
    assert [c[3] for c in got] == ["kept", "altered", "added", "added"]
    assert got[0][2] == pytest.approx(1 / (1 + math.exp(-3))) and got[3][2] == 0.0


def test_a_statement_put_in_another_speakers_mouth_counts_as_content(real_comparer: Comparer) -> None:
    """Consistency mode leaves "she said" added or dropped to the attribution kind, which it
    does not count; a changed speaker is who said it, and counts with the entities."""
    from provenance.claims import _of_kinds
    from provenance.facts import Fact, FactChange

    said = lambda who, at: Fact("attribution", f"{who} said", at, at + len(who) + 5, f"{who.lower()} say")  # noqa: E731
    other_speaker = FactChange("attribution", (said("Police", 0),), (said("The holidaymaker", 0),), "attribution changed")
    dropped = FactChange("attribution", (), (said("Police", 30),), "attribution removed: police said")
    reworded = FactChange("attribution", (said("Police", 0),), (Fact("attribution", "police claimed", 0, 14, "police say"),),
                          "attribution changed")
    assert _of_kinds([other_speaker, dropped, reworded], CONTENT_KINDS) == (other_speaker,)
    assert _of_kinds([other_speaker, dropped], ("number",)) == ()          # not without the entities
    assert _of_kinds([other_speaker, dropped], None) == (other_speaker, dropped)
    m = Match(0, (3,), 0.8, 0.7, 0.5)
    assert claim_features(m, frozenset(), frozenset(), ["attribution"])["changed_entity"] == 1.0

    # end to end, the consistency head reads it as a changed entity
    original = "The holidaymaker said the weather on his trip was far too hot."
    cons = Comparer(Config(mode="consistency"), encoder=real_comparer.encoder, analyzer=real_comparer.analyzer)
    (other,) = cons.claim_features("Police said the weather on his trip was far too hot.", original)
    (same,) = cons.claim_features("The holidaymaker said his trip's weather was far too hot.", original)
    (dropped_too,) = cons.claim_features("The weather on his trip was far too hot.", original)
    assert (other["features"]["changed_entity"], same["features"]["changed_entity"],
            dropped_too["features"]["changed_entity"]) == (1.0, 0.0, 0.0)
