"""Tests for provenance.facts: claim splitting, typed facts and their comparison."""

from __future__ import annotations

import functools
import re
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance import facts as facts_module
from provenance.claims import ClaimSpan
from provenance.facts import FACT_KINDS, Analyzer, Fact, FactChange, SentenceAnalysis, compare_facts

CONNECTIVES = {"and", "but", "or", "nor", "yet"}  # the only words a claim split may leave out


@functools.lru_cache(maxsize=1)
def shared_analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return shared_analyzer()


def analyse_one(analyzer: Analyzer, sentence: str) -> SentenceAnalysis:
    return analyzer.analyse([sentence])[0]


def facts_of(analyzer: Analyzer, sentence: str, kind: str) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in analyse_one(analyzer, sentence).facts if f.kind == kind]


def claims_of(analyzer: Analyzer, sentence: str) -> list[str]:
    return [sentence[s:e] for s, e in analyse_one(analyzer, sentence).clauses]


def changes(analyzer: Analyzer, original: str, rewrite: str) -> tuple[FactChange, ...]:
    orig, rew = analyzer.analyse([original, rewrite])
    return compare_facts(rewrite, rew.facts, original, orig.facts)


def reasons(analyzer: Analyzer, original: str, rewrite: str) -> list[str]:
    return [c.reason for c in changes(analyzer, original, rewrite)]


# --------------------------------------------------------------------------- value types
def test_value_types_round_trip() -> None:
    fact = Fact("number", "18-month", 4, 12, "18 month")
    change = FactChange("number", (fact,), (), "number added: 18-month")
    analysis = SentenceAnalysis(((0, 20),), (fact,))
    assert Fact.from_dict(fact.to_dict()) == fact
    assert FactChange.from_dict(change.to_dict()) == change
    assert SentenceAnalysis.from_dict(analysis.to_dict()) == analysis


def test_value_types_reject_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown fact kind"):
        Fact("colour", "red", 0, 3, "red")
    with pytest.raises(ValueError, match="bad fact span"):
        Fact("number", "2", 5, 4, "2")
    with pytest.raises(ValueError, match="batch_size"):
        Analyzer(batch_size=0)


# --------------------------------------------------------------------------- fact extraction
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The 18-month war goes on.", [("18-month", "18 month")]),
    ("The two-year war goes on.", [("two-year", "2 year")]),
    ("The plant employs 1,200 people.", [("1,200", "1200")]),
    ("The plant employs about 12,000 people.", [("about 12,000", "12000")]),
    ("It cost $1.2 billion.", [("$1.2 billion", "1200000000 usd")]),
    ("Prices rose 5% this year.", [("5%", "5 percent")]),
    ("She came third.", [("third", "3rd")]),
    ("North Korea fired two ballistic missiles.", [("two", "2")]),
    ("Dozens of rockets fell.", [("Dozens", "dozens")]),
    ("The vote was held in 2022.", []),
    # two figures joined by a dash or slash are one fact, in order (the NER alone tags the 7 only)
    ("The city council voted 7-2 on Tuesday.", [("7-2", "7 2")]),
    ("The Sox beat the Jays 21-17.", [("21-17", "21 17")]),
    ("He scored 3 - 2.", [("3", "3"), ("2", "2")]),   # spaced: two figures
    ("The 2019-20 season had 10-12 games.", [("10-12", "10 12")]),   # after a year: a date range, not joined
])
def test_number_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert facts_of(analyzer, sentence, "number") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Smith defeated Jones in the final.", [("Smith defeated Jones", "smith>defeat>jones")]),
    # either voice gives the same fact
    ("Jones was defeated by Smith in the final.", [("Jones was defeated by Smith", "smith>defeat>jones")]),
    ("The police arrested the suspects.", [("police arrested the suspects", "police>arrest>suspect")]),
    ("Kim met Putin in Russia.", []),             # a verb whose parties can trade places
    ("Smith defeated him.", []),                  # a pronoun is no party
])
def test_role_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    """Who did what to whom (the figure and place facts, also of kind role, are tested below)."""
    bound = (facts_module.FIGURE, facts_module.PLACE, facts_module.KIND, facts_module.STANCE, facts_module.RESULT,
             facts_module.GENDER, facts_module.THING, facts_module.DESCRIBED)
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "role") if not v.startswith(bound)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("She said her plan would work.", [("She", "gender:f"), ("her", "gender:f")]),
    ("He gave him the book.", [("He", "gender:m"), ("him", "gender:m")]),
    ("They met the Sheriff of Hereford.", []),      # no personal pronoun that tells a sex
])
def test_gender_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "role") if v.startswith(facts_module.GENDER)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a verb of judging or feeling, an adjective said of the subject, what a verb of calling names
    ("Unions criticised the decision.", [("criticised", "±-union")]),
    ("The director said she was overjoyed.", [("overjoyed", "±+director")]),
    ("The mayor described the plan as a disaster.", [("disaster", "±-mayor")]),
    ("Unions called the deal a betrayal.", [("betrayal", "±-union")]),
    # a negated verb turns the sign; a conjunct verb takes its first verb's subject
    ("The mayor did not welcome the plan.", [("welcome", "±-mayor")]),
    ("Residents met the mayor and praised the plan.", [("praised", "±+resident")]),
    # verbs that tell what happened, words rated weakly, no subject
    ("Smith defeated Jones in the final.", []), ("The rebels killed 12 soldiers.", []),
    ("The report was published on Monday.", []), ("Praised by critics, the film opened.", []),
])
def test_stance_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "role") if v.startswith(facts_module.STANCE)] == expected


@pytest.mark.parametrize(("sentence", "values"), [
    ("The council approved the budget on Monday.", ["monday"]),
    ("The vote was held in 2022.", ["2022"]),
    ("He was born on Jan. 5, 2001.", ["january 5 2001"]),
    ("The meeting is on 5 May.", ["may 5"]),
    ("It happened yesterday.", ["yesterday"]),
    ("It was built in the 1990s.", ["1990s"]),
    ("Harvard Business Review 91(5): 6372.", []),   # four digits the NER calls a date: pages, not a year
])
def test_date_facts(analyzer: Analyzer, sentence: str, values: list[str]) -> None:
    assert [v for _, v in facts_of(analyzer, sentence, "date")] == values


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kim fired missiles hours earlier.", [("hours earlier", "before")]),
    ("Kim fired missiles an hour before the meeting.", [("an hour before", "before")]),
    ("Kim fired missiles while the meeting was taking place.", [("while", "during")]),
    ("As the meeting began, Kim fired missiles.", [("As", "during")]),
    ("The talks came ahead of the vote and after the summit.", [("ahead of", "before"), ("after", "after")]),
    ("The talks were held at the same time as the vote.", [("at the same time as", "during")]),
    # a rate ("$2.50 an hour") is no time before "after"; "as it stands" tells no time
    ("Parking will cost $2.50 an hour after the council approved it.", [("after", "after")]),
    ("The party would oppose the plan as it currently stands.", []),
])
def test_timing_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    plain = [(t, v) for t, v in facts_of(analyzer, sentence, "timing")
             if not v.startswith((facts_module.ORDER, facts_module.TENSE))]
    assert plain == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The company will cut 500 jobs.", [("will cut", "tense:cut:future")]),
    ("The company has cut 500 jobs.", [("has cut", "tense:cut:past")]),
    ("The talks were held in Geneva.", [("were held", "tense:hold:past")]),
    ("The talks are held in Geneva.", []),
    ("The company may cut jobs.", []),
    ("The company plans to cut jobs.", []),
])
def test_tense_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "timing") if v.startswith(facts_module.TENSE)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The storm killed 12 people and injured 40.", [("killed 12", "#12>kill>"), ("injured 40", "#40>injure>")]),
    ("The report was published in 2019.", []),
])
def test_figure_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "role") if v.startswith(facts_module.FIGURE)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The plane landed in Paris before flying to Rome.",
     [("landed in Paris", "@paris>land in>"), ("flying to Rome", "@rome>fly to>")]),
    ("The bill passed the House.", [("passed the House", "@house>pass>")]),
    # a passive's "by" fills its verb's subject slot, as the active's subject does
    ("Germany defeated Brazil.", [("Germany defeated", "@germany>defeat>"), ("defeated Brazil", "@brazil>defeat>")]),
    ("Brazil was defeated by Germany.", [("Brazil was defeated", "@brazil>defeat>"), ("defeated by Germany", "@germany>defeat>")]),
    # a complement, an apposition, a direction; a name is its last word
    ("The first director was Vin Ray.", [("was Vin Ray", "@ray>be>")]),
    ("He thanked his grandfather, Peter Whelihan.", [("grandfather, Peter Whelihan", "@whelihan>grandfather>")]),
    ("It is 20 miles north of Glasgow.", [("north of Glasgow", "@glasgow>north of>")]),
    ("His wife Viola spoke.", [("wife Viola", "@viola>wife>")]),
    # names joined by "and" fill the first one's slot
    ("She flew to Berlin and Warsaw.", [("flew to Berlin", "@berlin>fly to>"), ("flew to Berlin and Warsaw", "@warsaw>fly to>")]),
    ("The talks went well.", []),
    # a name is matched by the word before one that ends many names
    ("The Giuroc River is a tributary of the Olt River.",
     [("The Giuroc River is", "@giuroc>be>"), ("tributary of the Olt River", "@olt>tributary of>")]),
    # a proper noun the entity recogniser misses at the start of a sentence is a name all the same
    ("Porto signed Silva from Chelsea.", [("Porto signed", "@porto>sign>"), ("signed Silva", "@silva>sign>"),
                                          ("signed Silva from Chelsea", "@chelsea>sign from>")]),
])
def test_place_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "role") if v.startswith(facts_module.PLACE)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Earl St Vincent was a British ship.", [("British ship", "~british>ship>")]),   # a name's own words: none
    ("The state studio made a long film.", [("state studio", "~state>studio>"), ("long film", "~long>film>")]),
    ("It sold 12 new cars.", [("new cars", "~new>car>")]),                            # a number: a figure's matter
    ("A is the electric vector potential.",                                           # a compound's last noun
     [("electric vector potential", "~electric>potential>"), ("vector potential", "~vector>potential>")]),
    ("The talks went well.", []),
])
def test_modifier_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "role") if v.startswith(facts_module.MODIFIER)] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Some experts doubt the claim.", [("Some experts", "scope:part>expert")]),
    ("Two of the victims were children.", [("Two of the victims", "scope:part>victim")]),   # "were children": one past state
    ("Most of the money went to all the schools.", [("Most of the money", "scope:part>money"),
                                                     ("all the schools", "scope:all>school")]),
    ("Three officers were hurt.", [("Three officers", "scope:count>officer")]),
    ("Some 200 people attended.", [("200 people", "scope:count>people")]),            # "some" approximates a count
    ("Experts doubt the claim.", [("Experts", "scope:whole>expert")]),              # the group as such
    ("The group of hikers rested.", []),                                              # inside an "of" phrase
    ("Holders get 0.9 of a share.", [("Holders", "scope:whole>holder")]),          # one share: no group
])
def test_scope_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "hedge") if v.startswith(facts_module.SCOPE)] == expected


def test_slot_values_never_hold_their_divider(analyzer: Analyzer) -> None:
    """Wiki markup left in a text ('name="EastWest">"Janowitz') once gave a place fact whose
    slot held ">", which divides a value's parts, and indexing it failed."""
    sentence = 'He was traded to the Steelers in 1956 and retired.ref name="EastWest">"Janowitz Late for East Drills'
    bound = [v for _, v in facts_of(analyzer, sentence, "role") if v[:1] in (facts_module.FIGURE, facts_module.PLACE,
                                                                           facts_module.MODIFIER)]
    assert "@steelers>trade to>" in bound
    assert all(v[1:].count(">") == 2 for v in bound)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The minister resigned after the report was published.",
     [("resigned after the report was published", "order:publish<resign")]),
    ("The report was published before the minister resigned.",
     [("published before the minister resigned", "order:publish<resign")]),
    ("Kim fired missiles an hour before the meeting.", [("fired missiles an hour before the meeting", "order:fire<meeting")]),
    ("Kim fired missiles while the meeting was taking place.", []),
])
def test_order_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    orders = [(t, v) for t, v in facts_of(analyzer, sentence, "timing") if v.startswith(facts_module.ORDER)]
    assert orders == expected


def test_entity_facts(analyzer: Analyzer) -> None:
    values = [v for _, v in facts_of(analyzer, "The finance minister met Vladimir Putin’s envoy in the United States.", "entity")]
    assert values == ["finance minister", "vladimir putin", "united states"]
    assert ("prime minister", "prime minister") in facts_of(analyzer, "The prime minister resigned.", "entity")


@pytest.mark.parametrize(("sentence", "values"), [
    ("The council did not approve the budget.", ["not", "+approve"]),
    ("The council rejected the budget.", ["-reject"]),
    ("He never confirmed it.", ["not", "+confirm"]),
    ("The bank raised rates.", ["+raise"]),
    ("The bank cut rates.", ["-cut"]),
    ("They failed to agree.", ["-fail"]),
    ("It was not only cheap but fast.", []),
])
def test_negation_facts(analyzer: Analyzer, sentence: str, values: list[str]) -> None:
    assert [v for _, v in facts_of(analyzer, sentence, "negation")] == values


@pytest.mark.parametrize(("sentence", "values"), [
    ("The mayor reportedly accepted the gift.", ["reportedly"]),
    ("The company may cut jobs.", ["may"]),
    ("He is expected to resign.", ["expected to"]),
    ("The minister is widely believed to be ill.", ["believed to"]),
    ("The suspect allegedly fled, according to reports.", ["allegedly", "according to reports"]),
    ("The vote was held in May 2021.", []),
])
def test_hedge_facts(analyzer: Analyzer, sentence: str, values: list[str]) -> None:
    # how much of a group a noun speaks of is a hedge fact too: test_scope_facts
    assert [v for _, v in facts_of(analyzer, sentence, "hedge") if not v.startswith(facts_module.SCOPE)] == values


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police said the driver was speeding.", [("Police said", "police say")]),
    ("The driver was speeding, police said.", [("police said", "police say")]),
    ("U.S. officials told reporters that Kim fired missiles.", [("U.S. officials told", "us officials say")]),
    ("The minister warned that prices could rise.", [("The minister warned", "minister warn")]),
    ("According to the ministry, prices rose.", [("According to the ministry", "ministry say")]),
    ("Putin, who met Kim, said the talks went well.", [("Putin, who met Kim, said", "putin say")]),
    ("The driver was speeding.", []),
])
def test_attribution_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert facts_of(analyzer, sentence, "attribution") == expected


def test_quote_facts(analyzer: Analyzer) -> None:
    sentence = 'He said "We will win," called it “a success” and added ‘we won’t stop’.'
    assert facts_of(analyzer, sentence, "quote") == [
        ('"We will win,"', "we will win"), ("“a success”", "a success"), ("‘we won’t stop’", "we wont stop")]


def test_the_same_quote_running_past_both_claims_is_no_change() -> None:
    """A claim can start inside a quote ('the government would spend it " , as part of …'): the
    quote then holds words neither claim has, and was once reported "quote changed: X → X"."""
    from provenance.facts import Fact, compare_facts

    words = "I'd lend you money, but the government would just spend it on these ads"
    quote = Fact("quote", f'"{words} "', 0, len(words) + 3, "id lend you money but the government would just spend it on these ads")
    rw_claim = 'the government would just spend it on these ads " , as part of an appeal.'
    og_claim = 'the government would just spend it on these ads " , as part of the appeal.'
    assert compare_facts(rw_claim, [quote], og_claim, [quote]) == ()
    # another quote in the original is still a change, and so is a quote the original lacks
    other = Fact("quote", '"we will win"', 0, 13, "we will win")
    changed = compare_facts(rw_claim, [quote], og_claim, [other])
    assert [c.kind for c in changed] == ["quote"] and changed[0].original == (other,)
    assert [c.kind for c in compare_facts(rw_claim, [quote], og_claim, [])] == ["quote"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The vote was delayed because of the storm.", [("because of", "cause")]),
    ("The vote went ahead despite the storm.", [("despite", "concession")]),
    ("They left early in order to vote.", [("in order to", "purpose")]),
    ("The storm led to delays.", [("led to", "cause")]),
])
def test_relation_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert facts_of(analyzer, sentence, "relation") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He was charged with murder and later convicted.", [("charged", "legal:1"), ("convicted", "legal:3")]),
    ("Two people were killed and five injured.", [("killed", "harm:2"), ("injured", "harm:1")]),
    ("The patient is in critical condition.", [("in critical condition", "condition:2")]),
    ("He tried to leave and hurt his arm.", []),                                      # words of more than one sense
])
def test_event_facts(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert facts_of(analyzer, sentence, "event") == expected


def test_fact_offsets_match_text(analyzer: Analyzer) -> None:
    sentence = ("  U.S. officials said on Monday, Jan. 5, that North Korea had reportedly fired two missiles "
                "hours earlier, despite “strong warnings”, and did not deny that 1,200 troops were sent by Pyongyang "
                "and two were killed. ")
    result = analyse_one(analyzer, sentence)
    assert {f.kind for f in result.facts} == set(FACT_KINDS)
    for fact in result.facts:
        assert sentence[fact.start:fact.end] == fact.text
        assert fact.text == fact.text.strip()


# --------------------------------------------------------------------------- comparison
@pytest.mark.parametrize(("original", "rewrite", "expected"), [
    # LABELS.md worked examples
    ("The council approved the budget on Monday.", "On Monday the budget was approved by the council.", []),
    ("The council approved the budget on Monday.", "The council approved the budget on Tuesday.",
     ["date changed: Monday → Tuesday"]),
    ("The council approved the budget on Monday.", "The council rejected the budget on Monday.",
     ["negation changed: approved → rejected"]),
    ("The mayor reportedly accepted the gift.", "The mayor accepted the gift.", ["hedge removed: reportedly"]),
    ("Police said the driver was speeding.", "The driver was speeding.", ["attribution removed: Police said"]),
    ("The plant employs 1,200 people.", "The plant employs about 12,000 people.",
     ["number changed: 1,200 → about 12,000"]),
    # numbers
    ("The 18-month war continues.", "The two-year war continues.", ["number changed: 18-month → two-year"]),
    ("The 24-month war continues.", "The two-year war continues.", []),
    ("The 18-month war continues.", "The war, now 18 months old, continues.", []),
    ("North Korea fired two ballistic missiles.", "North Korea fired three ballistic missiles.",
     ["number changed: two → three"]),
    ("North Korea fired two ballistic missiles.", "North Korea fired 2 ballistic missiles.", []),
    ("The plant employs 1,200 people.", "The plant employs 1200 people.", []),
    ("It cost $1.2 billion.", "It cost $1.2 million.", ["number changed: $1.2 billion → $1.2 million"]),
    ("It cost $1.2 billion.", "It cost 1.2 billion dollars.", []),
    ("The vote was delayed.", "The vote was delayed twice, by three days.", ["number added: twice", "number added: three days"]),
    ("The vote was delayed by three days and cost $5 million.", "The vote was delayed by three days.", []),
    # percentage points are not percent
    ("Unemployment rose 2 percent.", "Unemployment rose 2 percentage points.",
     ["number changed: 2 percent → 2 percentage points"]),
    ("The team scored 21 points.", "The team scored 21.", []),
    # an ordinal put in place of another is a number changed, said once (not an opposite word too)
    ("The first trial ended in 2019.", "The second trial ended in 2019.", ["number changed: first → second"]),
    # a score or vote is one ordered fact: reversed, it changes
    ("The council voted 7-2 to approve the plan.", "The council voted 2-7 to approve the plan.",
     ["number changed: 7-2 → 2-7"]),
    ("The council voted 7-2 on Tuesday.", "The council voted 6-3 on Tuesday.", ["number changed: 7-2 → 6-3"]),
    ("The Sox beat the Jays 21-17.", "The Sox beat the Jays 21–17.", []),
    # the same number bounded the other way
    ("More than 100 people were killed.", "Fewer than 100 people were killed.",
     ["number changed: More than 100 → Fewer than 100"]),
    ("Under 5,000 homes lost power.", "Over 5,000 homes lost power.", ["number changed: Under 5,000 → Over 5,000"]),
    ("Nearly 300 people came.", "More than 300 people came.", ["number changed: Nearly 300 → More than 300"]),
    ("More than 100 people were killed.", "Over 100 people were killed.", []),
    ("About 100 people were killed.", "More than 100 people were killed.", []),
    ("No more than 3 people came.", "At most 3 people came.", []),
    ("More than 3 people came.", "No more than 3 people came.", ["number changed: More than 3 → No more than 3"]),
    # a bound taken off a number, or put on it: an estimate told as an exact count
    ("At least 10 people died.", "Ten people died.", ["number changed: At least 10 → Ten"]),
    ("Nearly 300 people came.", "300 people came.", ["number changed: Nearly 300 → 300"]),
    ("300 people came.", "Up to 300 people came.", ["number changed: 300 → Up to 300"]),
    ("About 300 people came.", "300 people came.", []),
    ("At least 10 people died and 10 were hurt.", "At least 10 people died.", []),
    # a multiple is a number; a temperature has its scale
    ("Sales doubled last year.", "Sales tripled last year.", ["number changed: doubled → tripled"]),
    ("Sales doubled last year.", "Sales rose twofold last year.", []),
    ("It reached 40C on Monday.", "It reached 40F on Monday.", ["number changed: 40C → 40F"]),
    ("It reached 40C on Monday.", "It reached 40 degrees on Monday.", []),
    # two figures given to each other's verbs
    ("The storm killed 12 people and injured 40.", "The storm killed 40 people and injured 12.",
     ["figures swapped: killed 12, injured 40 → killed 40, injured 12"]),
    ("The storm killed 12 people and injured 40.", "The storm injured 40 people and killed 12.", []),
    # two names given to each other's slots; the same slots in another order are no change
    ("The plane landed in Paris before flying to Rome.", "The plane landed in Rome before flying to Paris.",
     ["names swapped: landed in Paris, flying to Rome → landed in Rome, flying to Paris"]),
    ("Flights from Boston to Denver were cancelled.", "Flights from Denver to Boston were cancelled.",
     ["names swapped: Flights from Boston, Flights from Boston to Denver → Flights from Denver, "
      "Flights from Denver to Boston"]),
    ("The plane landed in Paris before flying to Rome.", "Before flying to Rome, the plane landed in Paris.", []),
    ("Smith met Jones in Paris.", "In Paris, Smith met Jones.", []),
    ("It lies north of Glasgow and south of Roanoke.", "It lies north of Roanoke and south of Glasgow.",
     ["names swapped: north of Glasgow, south of Roanoke → north of Roanoke, south of Glasgow"]),
    ("He is survived by his wife Viola and his daughter Carol.", "He is survived by his wife Carol and his daughter Viola.",
     ["names swapped: wife Viola, daughter Carol → wife Carol, daughter Viola"]),
    # dates and timing
    ("He was born on Jan. 5, 2001.", "He was born on January 5.", []),
    ("North Korea fired missiles hours earlier.", "North Korea fired missiles while the meeting was taking place.",
     ["timing changed: hours earlier → while"]),
    ("North Korea fired missiles an hour before the meeting.",
     "North Korea fired missiles while the meeting was taking place.", ["timing changed: an hour before → while"]),
    # which of two events came first
    ("The minister resigned after the report was published.", "The report was published after the minister resigned.",
     ["order reversed: resigned after the report was published → published after the minister resigned"]),
    ("The minister resigned after the report was published.", "The minister resigned before the report was published.",
     ["order reversed: resigned after the report was published → resigned before the report was published"]),
    ("The minister resigned after the report was published.", "The report was published before the minister resigned.",
     []),
    ("The minister resigned before the vote.", "They voted before the minister resigned.",
     ["order reversed: resigned before the vote → voted before the minister resigned"]),
    # a plan told as done, or the reverse; the present and "would" say neither, but "would"
    # under a past verb of saying is the future of that report
    ("The company will cut 500 jobs.", "The company cut 500 jobs.", ["timing changed: will cut → cut"]),
    ("The company has cut 500 jobs.", "The company will cut 500 jobs.", ["timing changed: has cut → will cut"]),
    ("The company cut 500 jobs.", "The company has cut 500 jobs.", []),
    ("The company will cut 500 jobs.", "The company is cutting 500 jobs.", []),
    ("He said the company would cut 500 jobs.", "He said the company cut 500 jobs.",
     ["timing changed: would cut → cut"]),
    ("The company would cut 500 jobs if sales fell.", "The company cut 500 jobs as sales fell.",
     ["timing added: as", "relation removed: if"]),
    # entities
    ("The finance minister resigned.", "The prime minister resigned.",
     ["entity changed: finance minister → prime minister"]),
    ("Kim Jong Un met Vladimir Putin in the United States.", "Kim met Putin in the U.S.", []),
    ("Kim met Putin in Russia.", "Kim met Putin in Ukraine.", ["entity changed: Russia → Ukraine"]),
    # who did what to whom: the two parties swapped, in either voice
    ("Smith defeated Jones in the final.", "Jones defeated Smith in the final.",
     ["roles swapped: Smith defeated Jones → Jones defeated Smith"]),
    ("Smith defeated Jones in the final.", "Jones was defeated by Smith in the final.", []),
    ("Smith defeated Jones in the final.", "Smith was defeated by Jones in the final.",
     ["roles swapped: Smith defeated Jones → Smith was defeated by Jones"]),
    ("Kim met Putin in Russia.", "Putin met Kim in Russia.", []),
    # a comparison turned round: the two parties of "than" swapped
    ("Exports grew faster than imports.", "Imports grew faster than exports.",
     ["roles swapped: Exports grew faster than imports → Imports grew faster than exports"]),
    ("China's economy is larger than Japan's.", "Japan's economy is larger than China's.",
     ["roles swapped: China's economy is larger than Japan → Japan's economy is larger than China"]),
    ("Exports grew faster than imports.", "Imports grew more slowly than exports.", []),
    ("Smith beat Jones, and later Jones beat Smith.", "Jones beat Smith.", []),   # the original has it both ways
    # a process told at another stage than the source's
    ("He was charged with murder.", "He was convicted of murder.", ["event changed: charged → convicted"]),
    ("The victim was injured in the attack.", "The victim was killed in the attack.", ["event changed: injured → killed"]),
    ("The plan was proposed by the council.", "The plan was approved by the council.",
     ["event changed: proposed → approved"]),
    ("He was arrested and charged with fraud.", "He was charged with fraud.", []),
    ("He was charged with fraud.", "He was arrested and charged with fraud.", []),    # a stage the source gives
    ("The law was struck down by the court.", "The law was upheld by the court.", ["opposite meaning: struck → upheld"]),
    ("The deal was tentatively agreed.", "The deal was agreed.", ["hedge removed: tentatively"]),
    # negation, hedge, attribution, quote, relation
    ("The council approved the budget.", "The council did not approve the budget.", ["negation added: not"]),
    ("The council rejected the budget.", "The council did not approve the budget.", []),
    ("The bank raised rates.", "The bank cut rates.", ["negation changed: raised → cut"]),
    # a word in place of its opposite flips the polarity once more (provenance.lexicon)
    ("Prices were lower than last year.", "Prices were higher than last year.",
     ["opposite meaning: lower → higher"]),
    ("The talks ended in success.", "The talks ended in failure.", ["opposite meaning: success → failure"]),
    ("Prices were lower than last year.", "Prices were not higher than last year.", []),
    ("Exports rose in March.", "Exports fell in March.", ["negation changed: rose → fell"]),
    ("Shares went up on Monday.", "Shares went down on Monday.", ["opposite meaning: went up → went down"]),
    ("Exports did not rise in March.", "Exports fell in March.", []),
    # opposite quantities; "last" is no number, so "first" / "last" is an opposite word
    ("Most residents backed the plan.", "Few residents backed the plan.", ["opposite meaning: Most → Few"]),
    ("She was the first woman to lead the party.", "She was the last woman to lead the party.",
     ["opposite meaning: first → last"]),
    ("The Senate passed the law.", "The Senate blocked the law.", ["negation changed: passed → blocked"]),
    ("The Senate blocked the law.", "The Senate halted the law.", []),
    ("The team won in South Africa.", "The team won in North Africa.", ["entity changed: South Africa → North Africa"]),
    ("The company may cut jobs.", "The company will cut jobs.", ["hedge removed: may"]),
    ("The company will cut jobs.", "The company could cut jobs.", ["hedge added: could"]),
    ("The company allegedly cut jobs.", "The company reportedly cut jobs.", []),
    # extent: a partial event told as a whole one
    ("The building was partially destroyed.", "The building was destroyed.", ["hedge removed: partially"]),
    ("The building was largely destroyed.", "The building was mostly destroyed.", []),
    ("The driver was speeding, police said.", "Police said the driver was speeding.", []),
    ("The driver was speeding.", "Police said the driver was speeding.", ["attribution added: Police said"]),
    ("Police said the driver was speeding.", "Witnesses said the driver was speeding.",
     ["attribution changed: Police said → Witnesses said"]),
    ('Putin said "we will win".', 'Putin said "we will win the war".', ['quote added: "we will win the war"']),
    ("Putin said “we will win”.", "Putin said we will win.", []),
    ("Putin said we will win.", "Putin said: “We will win.”", []),
    ("The vote was delayed because of the storm.", "The vote was delayed despite the storm.",
     ["relation changed: because of → despite"]),
    # two describing words given each other's nouns; the same pairs in another order are no change
    ("It was a British ship that became a French trade vessel.", "It was a French ship that became a British trade vessel.",
     ["words swapped: British ship, French trade vessel → French ship, British trade vessel"]),
    ("The red car and the blue bike were parked outside.", "The blue bike and the red car were parked outside.", []),
    # one swap of two nouns, however many words describe them
    ("The drug caused chemical reactions and central nervous system responses.",
     "The drug caused chemical responses and central nervous system reactions.",
     ["words swapped: chemical reactions, central nervous system responses → chemical responses, central nervous "
      "system reactions"]),
    ("Chelsea signed Silva from Porto.", "Porto signed Silva from Chelsea.",
     ["names swapped: Chelsea signed, signed Silva from Porto → Porto signed, signed Silva from Chelsea"]),
    ("The Giuroc River is a tributary of the Olt River in Romania.", "The Olt River is a tributary of the Giuroc River in Romania.",
     ["names swapped: The Giuroc River is, tributary of the Olt River → The Olt River is, tributary of the Giuroc River"]),
    # how much of a group: a part made the whole is a change, the reverse of a bare plural is not
    ("Some experts doubt the claim.", "Experts doubt the claim.", ["scope widened: Some experts → Experts"]),
    ("Two of the victims were children.", "All of the victims were children.",
     ["scope widened: Two of the victims → All of the victims"]),
    ("All the victims were children.", "Most of the victims were children.",
     ["scope narrowed: All the victims → Most of the victims"]),
    ("Experts doubt the claim.", "Some experts doubt the claim.", []),
    ("Some members of the crew were killed.", "Some of the crew were killed.", []),
    ("The fire destroyed several communities.", "The fire destroyed surrounding communities.", []),
    # a bare plural in one past event means some of them: vaguer, not wider
    ("Several officers were injured in the blast.", "Officers were injured in the blast.", []),
    ("Several officers were injured in the blast.", "The officers were injured in the blast.",
     ["scope widened: Several officers → The officers"]),
    ("Every student passed.", "All students passed.", []),
    ("Some experts doubt the claim.", "Three experts doubt the claim.", ["number added: Three"]),
    # a positive word in place of its opposite counts, although it alone flips nothing
    ("Interest rates were left unchanged.", "Interest rates were raised.", ["opposite meaning: unchanged → raised"]),
    ("Interest rates were left unchanged.", "Interest rates were cut.", ["negation added: cut"]),
    # "accused of" stands with "charged": short of a conviction, level with a charge
    ("The suspect was accused of theft.", "The suspect was found guilty of theft.",
     ["event changed: accused of → found guilty"]),
    ("He was accused of theft.", "He was charged with theft.", []),
    # a finding that points somewhere, a step weighed or planned, a slight move: hedges
    ("The study suggests a link.", "The study proves a link.", ["hedge removed: suggests"]),
    ("The results point to a slowdown.", "The results suggest a slowdown.", []),
    ("He also suggested new embankments.", "He also proposed new embankments.", []),
    ("A little boy is drinking juice.", "A boy is drinking juice.", []),
    ("Officials estimate that 300 people died.", "300 people died.", ["hedge removed: estimate"]),
    ("An estimated 300 people died.", "About 300 people died.", []),
    ("The storm is forecast to hit Florida.", "The storm hit Florida.", ["hedge removed: is forecast to"]),
    ("The storm is expected to hit Florida.", "The storm is forecast to hit Florida.", []),
    ("The company is considering layoffs.", "The company announced layoffs.", ["hedge removed: is considering"]),
    ("The company is considering layoffs.", "The company is weighing layoffs.", []),
    ("The plan was considered by the committee.", "The committee discussed the plan.", []),
    ("Shares fell slightly.", "Shares plunged.", ["hedge removed: slightly"]),
    ("Prices rose slightly.", "Prices edged up.", []),
    # a fall in other words is no flip of polarity
    ("Shares fell on Monday.", "Shares slipped on Monday.", []),
    ("Shares fell sharply.", "Shares plunged.", []),
    # an election's result, a suspect let go or held
    ("The senator was re-elected.", "The senator was defeated.", ["opposite meaning: re-elected → defeated"]),
    ("The man was released on bail.", "The man was remanded in custody.", ["opposite meaning: released → remanded"]),
    ("The hostages were released on Friday.", "The hostages were freed on Friday.", []),
    ("The suspect fled the scene.", "The suspect was caught at the scene.", ["opposite meaning: fled → caught"]),
    ("Growth slowed in the third quarter.", "Growth accelerated in the third quarter.",
     ["opposite meaning: slowed → accelerated"]),
    ("He won a silver medal.", "He won a gold medal.", ["opposite meaning: silver → gold"]),
    ("The minister stepped down.", "The minister resigned.", []),
    # a contest's result, a treaty signed or ratified, a document leaked or published
    ("The team finished second.", "The team won.", ["event changed: finished second → won"]),
    ("She finished second in the race.", "She came second in the race.", []),
    ("The treaty was signed in 1998.", "The treaty was ratified in 1998.", ["event changed: signed → ratified"]),
    ("The president signed the bill.", "The president approved the bill.", []),
    ("The report was leaked to the press.", "The report was published.", ["opposite meaning: leaked → published"]),
    ("The protesters dispersed peacefully.", "The protesters clashed with police.",
     ["opposite meaning: peacefully → clashed"]),
    ("The actor was nominated for an Oscar.", "The actor won an Oscar.", ["event changed: nominated → won"]),
    # born or dead, lifted or extended, reopened or closed, easing or surging, a copy or the original
    ("He was born in 1950.", "He died in 1950.", ["opposite meaning: born → died"]),
    ("The ban was lifted.", "The ban was extended.", ["opposite meaning: lifted → extended"]),
    ("The school will reopen on Monday.", "The school will close on Monday.", ["opposite meaning: reopen → close"]),
    ("Inflation eased in May.", "Inflation surged in May.", ["opposite meaning: eased → surged"]),
    ("Inflation eased in May.", "Inflation slowed in May.", []),
    ("The painting is a copy.", "The painting is an original.", ["opposite meaning: copy → original"]),
    # a negating prefix: "unsafe" for "safe"; "not controversial" for "uncontroversial" is no change
    ("The vaccine is safe for children.", "The vaccine is unsafe for children.", ["opposite meaning: safe → unsafe"]),
    ("The measure was uncontroversial.", "The measure was not controversial.", []),
    # what someone expects or believes, told as fact; a role held once told as held now
    ("The company expects profits to rise.", "Profits rose.", ["hedge removed: expects"]),
    ("The company expects profits to rise.", "The company predicts profits will rise.", []),
    ("Police believe the fire was arson.", "The fire was arson.", ["hedge removed: believe"]),
    ("The suspect is a former soldier.", "The suspect is a soldier.", ["hedge removed: former"]),
    ("He met the former mayor.", "He met the mayor.", ["entity changed: former mayor → mayor", "hedge removed: former"]),
    ("He met the former Archbishop of Trnava.", "He met the former archbishop of Trnava.", []),
    ("Police believe the fire was arson.", "Police think the fire was arson.", []),
    # a verb and its particle: "called off" is "cancelled", "turned down" is "rejected"
    ("The strike was called off.", "The strike went ahead.", ["negation removed: called off"]),
    ("The strike was called off.", "The strike was cancelled.", []),
    ("The board turned down the offer.", "The board rejected the offer.", []),
    # scores and ranges with "to", dates said another way, "one" that counts nothing, "an
    # estimated" figure, readiness, hopes and what is not known, durations in other units,
    # another kind of party with the same verb, and more opposites
    ("The council voted 7-2 to approve the plan.", "The council approved the plan by a vote of 7 to 2.", []),
    ("The council voted 7-2 to approve the plan.", "The council approved the plan by a vote of 2 to 7.", ["number changed: 7-2 → 2 to 7"]),
    ("Prices rose from 5 to 7 dollars.", "Prices rose from 5 to 9 dollars.", ["number changed: 7 dollars → 9 dollars"]),
    ('The budget for the coming year was approved.', "Next year's budget was approved.", []),
    ("The one-time soldier spoke.", "The former soldier spoke.", []),
    ("The former soldier spoke.", "The soldier spoke.", ["hedge removed: former"]),
    ("Officials estimate the cost at $5 million.", "Officials put the cost at an estimated $5 million.", []),
    ("Officials estimate the cost at $5 million.", "The cost is $5 million.", ["hedge removed: estimate"]),
    ("The bank is prepared to raise rates if needed.", "The bank will raise rates.", ["hedge removed: is prepared to", "hedge removed: if needed"]),
    ("The bank is prepared to raise rates.", "The bank stands ready to raise rates.", []),
    ("The airline hopes to resume flights on Monday.", "The airline will resume flights on Monday.", ["hedge removed: hopes to"]),
    ("Police said the cause was not yet known.", "Police said the cause was arson.", ["negation removed: not", "hedge removed: not yet known"]),
    ("It was unclear who fired first.", "It was not clear who fired first.", []),
    ("People who walked 30 minutes a day had a lower risk.", "People who walked half an hour a day had a lower risk.", []),
    ("People who walked 30 minutes a day had a lower risk.", "People who walked an hour a day had a lower risk.", ["number changed: 30 minutes → an hour"]),
    ("The union blamed the company for the delay.", "The union blamed the government for the delay.", ["party changed: company → government"]),
    ("The work was funded by the institute.", "The work was funded by a drug company.", ["party changed: institute → company"]),
    ("The union blamed the airline for the delay.", "The union blamed the company for the delay.", []),
    ("The union blamed Boeing for the delay.", "The union blamed the company for the delay.", []),
    ("Critics said the tax rise would hurt small businesses.", "Critics said the tax rise would help small businesses.", ["opposite meaning: hurt → help"]),
    ("Most residents opposed the increase.", "Most residents backed the increase.", ["opposite meaning: opposed → backed"]),
    ("The CEO said she was confident about next year.", "The CEO said she was worried about next year.", ["opposite meaning: confident → worried"]),
    ("Financial aid will grow by $5 million.", "Financial aid will shrink by $5 million.", ["negation changed: grow → shrink"]),
    ("The board approved the change unanimously.", "The board approved the change by a narrow margin.", ["opposite meaning: unanimously → narrow"]),
    # opposite feelings (VADER's ratings): a director's joy told as disappointment; weather turned round
    ("The museum's director said she was overjoyed.", "The museum's director said she was disappointed.", ["opposite meaning: overjoyed → disappointed"]),
    ("The museum's director said she was overjoyed.", "The museum's director said she was delighted.", []),
    ("More rain is forecast for the weekend.", "Dry weather is forecast for the weekend.", ["opposite meaning: rain → Dry"]),
    # one party's judgement turned round, wherever the words stand; a verb that tells what
    # happened ("defeated") is no judgement; a party judging two things both ways is left alone
    ("Unions called the decision a betrayal.", "Unions welcomed the decision.", ["opposite meaning: betrayal → welcomed"]),
    ("The mayor described the plan as a disaster.", "The mayor praised the plan.", ["opposite meaning: disaster → praised"]),
    ("The mayor praised the plan.", "The mayor described the plan as a success.", []),
    ("Smith defeated Jones in the final.", "Smith won the final against Jones.", []),
    ("Unions praised the pay rise and attacked the job cuts.", "Unions welcomed the pay rise but criticised the job cuts.", []),
    # what someone expects or tries to do, told as done; a decision weighed, told as taken; a
    # worker suspended, told as fired; half a year; lengths in other units, converted or not
    ("Salvage teams expect to refloat the ship.", "Salvage teams refloated the ship.", ["hedge removed: expect"]),
    ("Analysts expect growth to slow.", "Analysts predict that growth will slow.", []),
    ("A local group is trying to raise money.", "A local group has raised the money.", ["hedge removed: is trying to"]),
    ("A local group is trying to raise money.", "A local group is attempting to raise money.", []),
    ("The owners said they would consider any offer.", "The owners said they would accept any offer.",
     ["hedge removed: would consider", "event changed: consider → accept"]),
    ("Both nurses were suspended pending an investigation.", "Both nurses were fired.", ["event changed: suspended → fired"]),
    ("Sales rose in the first half of the year.", "Sales rose in the first six months of the year.", []),
    ("The frog is about 2 centimetres long.", "The frog is about 2 inches long.", ["number changed: 2 centimetres → about 2 inches"]),
    ("The frog is about 2 inches long.", "The frog is about 5 centimetres long.", []),
    ("The trail is 3 miles long.", "The trail is about 5 kilometres long.", []),
    # thanked or blamed, a finding that held or went away, more or less, a project planned or
    # built, a suspect let go or held (one swap, not two that cancel)
    ("Police thanked residents for their help.", "Police blamed residents for their help.", ["opposite meaning: thanked → blamed"]),
    ("The link remained after adjusting for diet.", "The link disappeared after adjusting for diet.", ["opposite meaning: remained → disappeared"]),
    ("The project cost $10 million more than its budget.", "The project cost $10 million less than its budget.", ["opposite meaning: more → less"]),
    ("A second bridge is planned for 2030.", "A second bridge was completed in 2030.", ["event changed: planned → completed"]),
    ("A second bridge is planned for 2030.", "A second bridge has been proposed for 2030.", []),
    ("The suspects were released on bail.", "The suspects were held in custody.", ["opposite meaning: released → custody"]),
    ("The man was released on bail.", "The man was remanded in custody.", ["opposite meaning: released → remanded"]),
    ("The drug was approved for adults.", "The drug was approved for children.", ["opposite meaning: adults → children"]),
    # a place that used to be something; a finding still to be confirmed; a count of a group
    # told as all of it; a search, a harm, an order and a vote at another stage; pleased or not
    ("The clinic stands where a bakery used to be.", "The clinic stands on the site of a former bakery.", []),
    ("The ship was used to carry grain.", "The ship carried grain.", []),
    ("The findings need to be confirmed in a larger study.", "The findings are conclusive.", ["hedge removed: need to be confirmed"]),
    ("The findings need to be confirmed in a larger study.", "The findings have yet to be confirmed in a larger study.", []),
    ("Two of the injured are in a critical condition.", "All of the injured are in a critical condition.", ["scope widened: Two of the injured → All of the injured"]),
    ("Two of the wounded were in a serious condition.", "Two of the wounded were in a critical condition.", ["event changed: in a serious condition → in a critical condition"]),
    ("A second man is still being sought.", "A second man has been arrested.", ["event changed: being sought → arrested"]),
    ("A second man is still at large.", "A second man remains on the run.", []),
    ("Police arrested the man on Friday.", "Police detained the man on Friday.", []),
    ("Residents were urged to boil their water.", "Residents were ordered to boil their water.", ["event changed: urged to → ordered to"]),
    ("Residents were urged to boil their water.", "Residents were advised to boil their water.", []),
    ("The crash caused three injuries.", "The crash caused three deaths.", ["event changed: injuries → deaths"]),
    ("Members will vote on the offer next week.", "Members have approved the offer.", ["event changed: vote on → approved"]),
    ("A bridge was proposed in 2019.", "A bridge was completed in 2019.", ["event changed: proposed → completed"]),
    ("The manager said he was pleased with the result.", "The manager said he was disappointed with the result.", ["opposite meaning: pleased → disappointed"]),
    ("The new school will be paid for by a state grant.", "The new school will be paid for by local taxpayers.", ["party changed: grant → taxpayer"]),
    ("The study found a link.", "The researchers found a link.", []),
    # a plan told as done; a cut or a loss in other words; a pace turned round
    ("The firm plans to open a store.", "The firm has opened a store.", ["hedge removed: plans to"]),
    ("The plan is to open a store.", "The firm plans to open a store.", []),
    ("The agency said it would not release the name.", "The agency said it had no plans to release the name.", []),
    ("GM planned to issue $10 billion in debt.", "GM was to issue $10 billion in debt.", []),
    ("No official ceremony was planned to mark the anniversary.", "No official ceremony marked the anniversary.", []),
    ("The company will cut 800 jobs.", "The company will shed 800 jobs.", []),
    ("The glacier has lost a third of its mass.", "The glacier has shrunk by a third.", []),
    ("The economy grew by 2 percent.", "The economy expanded by 2 percent.", []),
    ("The melting has sped up.", "The melting has slowed.", ["opposite meaning: sped → slowed"]),
    # how bad an effect is, a verdict, a race before its result, how well a place is provided for
    ("The impact on fish stocks would be minimal.", "The impact on fish stocks would be severe.",
     ["opposite meaning: minimal → severe"]),
    ("The damage was substantial.", "The damage was significant.", []),
    ("A second employee was cleared of helping him.", "A second employee was convicted of helping him.",
     ["opposite meaning: cleared → convicted"]),
    ("He was acquitted last year.", "He was cleared last year.", []),
    ("The incumbent had led in most polls.", "The incumbent had trailed in most polls.",
     ["opposite meaning: led → trailed"]),
    ("The clinic is well equipped.", "The clinic is poorly equipped.", ["opposite meaning: well → poorly"]),
    # stopping and cutting off in other words; a want of something is a negation
    ("A previous project was halted.", "An earlier project was stopped.", []),
    ("The project was stopped.", "The project continued.", ["negation removed: stopped"]),
    ("The storm knocked out power to the village.", "The village lost power because of the storm.", []),
    ("The village lost power after the storm.", "The village lost power because of the storm.",
     ["relation added: because of"]),
    ("The storm knocked out power to the village.", "The village lost power because of a fault.",
     ["relation added: because of"]),
    ("There is a shortage of nurses.", "There are not enough nurses.", []),
    ("There is a shortage of nurses.", "There are enough nurses.", ["negation removed: shortage"]),
    # an appeal weighed or filed; a number the NER reads in "half-time"
    ("The club would consider an appeal.", "The club is weighing an appeal.", []),
    ("The club would consider an appeal.", "The club has filed an appeal.",
     ["hedge removed: would consider", "event changed: consider an appeal → filed an appeal"]),
    ("The home team was ahead 2-0 at half-time.", "At half-time the home team led 2-0.", []),
    ("The engine is in development.", "The engine has been launched.", ["event changed: in development → launched"]),
    # a source the original names in the same words; a verb the NER runs into a name
    ("A study of 2,400 adults found that regular walking reduced the risk.",
     "Regular walking reduced the risk, according to a study of 2,400 adults.", []),
    ("Regular walking reduced the risk.", "Regular walking reduced the risk, according to a study.",
     ["attribution added: according to a study"]),
    ("United beat City 3-1 on Saturday.", "On Saturday United defeated City 3-1.", []),
    # a date something is due to happen on, told as done; a step resisted or accepted
    ("Construction is due to start in 2025.", "Construction will start in 2025.", []),
    ("Construction is due to start in 2025.", "Construction started in 2025.", ["hedge removed: is due to start"]),
    ("The delay is due to the weather.", "The weather caused the delay.", []),
    ("The union said it would fight the closure.", "The union said it would accept the closure.",
     ["opposite meaning: fight → accept"]),
    # a party or a stretch of time put in place of another kind of the same sort, wherever it stands
    ("The clinic is staffed by six doctors.", "The clinic is staffed by six nurses.",
     ["party changed: doctor → nurse"]),
    ("It is staffed by six doctors.", "It is staffed by six nurses.", ["party changed: doctors → nurses"]),
    ("The clinic is staffed by six doctors.", "Six physicians work at the clinic.", []),
    ("Branches will stay open until 9 pm on weekdays.", "Branches will stay open until 9 pm at weekends.",
     ["time changed: weekdays → weekends"]),
    ("The market is busiest in the morning.", "The market is busiest in the evening.",
     ["time changed: morning → evening"]),
    ("The market is busiest in the morning.", "Mornings are the market's busiest time.", []),
    ("It will go back on display in the spring.", "It will go back on display in the autumn.",
     ["time changed: spring → autumn"]),
    ("It will go back on display in spring.", "It will go back on display in autumn.", ["date changed: spring → autumn"]),
    ("The shop opened on Saturday morning.", "The shop opened on Saturday evening.",
     ["date changed: Saturday morning → evening"]),
    # an ability denied is no hedge; "as long as" bounds a figure from above
    ("Users were unable to send messages.", "Users could not send messages.", []),
    ("Users were unable to send messages.", "Users could send messages.", ["negation removed: unable"]),
    ("He faces up to ten years in prison.", "He faces as long as ten years in prison.", []),
    ("He faces up to ten years in prison.", "He faces ten years in prison.", ["number changed: up to ten years → ten years"]),
    # "be" of a clause of its own has a tense too; "already" with a present tells a state reached
    ("The clinic will be open on weekends from March.", "The clinic is already open on weekends.",
     ["timing changed: will be → is"]),
    ("The vote was close.", "The vote will be close.", ["timing changed: was → will be"]),
    ("The bridge will be finished next year.", "The bridge is already finished.",
     ["timing changed: will be finished → is already finished"]),
    ("The museum is open on Sundays.", "The museum opens on Sundays.", []),
    ("He was the mayor of the town.", "He is the town's mayor.", []),
    # a question still open told as settled; a step still to come told as taken
    ("Investigators are examining whether the captain had been drinking.",
     "Investigators have concluded that the captain had been drinking.", ["hedge removed: examining whether"]),
    ("Investigators are examining whether the captain had been drinking.",
     "Investigators are looking into whether the captain had been drinking.", []),
    ("Shareholders still have to approve the deal.", "Shareholders have approved the deal.",
     ["hedge removed: still have to approve"]),
    ("Buyers would still have to get a card.", "Buyers would need to get a card.", []),
    ("Shareholders still have to approve the deal.", "The deal has yet to be approved by shareholders.", []),
    # "a single" counts one; two opposite turns in two places are two changes, not none
    ("The researchers came from two universities.", "The researchers came from a single university.",
     ["number changed: two → single"]),
    ("The researchers came from one university.", "The researchers came from a single university.", []),
    ("The EU is a single market.", "The EU is one market.", []),
    ("Turnout fell to 58 percent, the lowest in two decades.", "Turnout rose to 58 percent, the highest in two decades.",
     ["negation changed: fell → rose", "opposite meaning: lowest → highest"]),
    ("Sales were not higher than last year.", "Sales were lower than last year.", []),
    ("The trial involved 8,000 infants.", "The trial involved 8,000 adults.", ["opposite meaning: infants → adults"]),
    ("Two board members voted for a cut.", "Two board members voted for a rise.", ["opposite meaning: cut → rise"]),
    ("Two board members voted for a cut.", "Two board members backed a cut.", []),
    ("It was founded by two former students.", "It was founded by two former teachers.",
     ["opposite meaning: students → teachers"]),
    ("Residents were told to leave their homes.", "Residents were allowed to stay in their homes.",
     ["negation changed: told to leave → allowed, stay"]),
    # two turns with no negative word are two changes (the seas were rough, not calm); they
    # cancel where one turns how likely a thing is
    ("The rescue was hampered by rough seas.", "The rescue was helped by calmer seas.",
     ["opposite meaning: hampered, rough → helped, calmer"]),
    ("The manager said the victory was the best moment of his career.",
     "The manager said the defeat was the worst moment of his career.", ["opposite meaning: victory, best → defeat, worst"]),
    ("Success was likely.", "Failure was unlikely.", []),
    ("Cooler weather is forecast for the weekend.", "Hotter weather is forecast for the weekend.",
     ["opposite meaning: Cooler → Hotter"]),
    ("Cooler weather is forecast for the weekend.", "Colder weather is forecast for the weekend.", []),
    # a thing put for another kind of it in the same place; a party named by a word that can
    # stand for any official body, or one a rewrite keeps in another form, is no change
    ("Crews rescued 14 people by boat.", "Crews rescued 14 people by helicopter.",
     ["thing changed: boat → helicopter"]),
    ("Crews rescued 14 people by boat.", "Crews used boats to rescue 14 people.", []),
    ("Crews rescued 14 people by boat.", "Crews rescued 14 people by boat and helicopter.", []),
    ("The painting was found in the attic.", "The painting was found in the cellar.",
     ["thing changed: attic → cellar"]),
    ("The painting was found in the attic.", "In the attic of the house, police found the painting.", []),
    ("The government promised emergency loans to farms.", "The government promised emergency grants to farms.",
     ["thing changed: loans → grants"]),
    ("The government promised emergency money to farms.", "The government promised emergency cash to farms.", []),
    ("He drove a car to the border.", "He drove a vehicle to the border.", []),
    ("The car hit a bus.", "A truck hit a bus.", ["thing changed: car → truck"]),
    ("She said police were talking to other children.", "She said authorities were talking to other children.", []),
    ("Spending is limited for candidates for governor.", "Spending is limited for gubernatorial candidates.", []),
    ("Nine candidates will address the forum.", "Nine candidates will address the conference.", []),
    # outcomes turned round: defences that held or failed, a poor or a record harvest, the
    # country or the city, a result foreseen or one that surprised
    ("The flood defences had held.", "The flood defences had failed.", ["opposite meaning: held → failed"]),
    ("Farmers expect a poor harvest.", "Farmers expect a record harvest.", ["opposite meaning: poor → record"]),
    ("Rural schools will benefit first.", "City schools will benefit first.", ["opposite meaning: Rural → City"]),
    ("Analysts had expected the result.", "Analysts were surprised by the result.",
     ["opposite meaning: expected → surprised"]),
    ("He won by a narrow margin.", "He won by a clear margin.", ["opposite meaning: narrow → clear"]),
    # a contest's result told from the loser's side is the same result; the other way round it
    # is a change
    ("Riverside United won the final on Sunday, beating Northgate 3-1.",
     "Northgate lost the final 3-1 to Riverside United on Sunday.", []),
    ("The club won the final, beating the holders 2-0.", "The holders lost 2-0 to the club.", []),
    ("Jones defeated Smith in the second round.", "Smith lost in the second round.", []),
    ("Riverside United won the final on Sunday, beating Northgate 3-1.",
     "Riverside lost the final 3-1 to Northgate on Sunday.",
     ["result turned round: Northgate lost, Riverside United won → Northgate won, Riverside lost",
      "negation changed: won → lost"]),
    ("The club won the final, beating the holders 2-0.", "The holders beat the club 2-0.",
     ["result turned round: holders lost, club won → holders won, club lost"]),
    ("Jones defeated Smith in the second round.", "Smith won in the second round.",
     ["result turned round: Smith lost → Smith won"]),
    ("The storm knocked out power to 90,000 homes.", "About 90,000 homes lost power in the storm.", []),
    # a fall told as a halving, an act someone was saved from or avoided
    ("A new vaccine cut admissions by half.", "A new vaccine halved admissions.", []),
    ("The theatre has been saved from demolition.", "The theatre will be demolished.",
     ["negation removed: saved from"]),
    ("The theatre has been saved from demolition.", "The theatre will not be demolished.", []),
    ("The family was saved from the fire.", "The family was pulled from the fire.", []),
    ("The club avoided relegation on the last day.", "The club was saved from relegation on the last day.", []),
    # figures given to each other's nouns
    ("He was picked in the 77th round (7th pick overall) of the draft.",
     "He was picked in the 7th round (77th pick overall) of the draft.",
     ["figures swapped: 77th round, 7th pick → 7th round, 77th pick"]),
    ("They released the second track on the album as the 5th single.",
     "They released the 5th track on the album as the second single.",
     ["figures swapped: second track, 5th single → 5th track, second single"]),
    ("They released the second track on the album as the 5th single.",
     "They released the album's second track as its fifth single.", []),
    ("Stoke beat Sheffield and Hull before losing to Leeds in the fourth round.",
     "Stoke beat Leeds and Hull before losing in the fourth round against Sheffield.",
     ["result turned round: Sheffield lost, Leeds won → Sheffield won, Leeds lost"]),
    ("A full inspection of the bridges has been ordered.", "An inspection of the bridges has been ruled out.",
     ["negation added: ruled out"]),
    # what is still to be done, and a cause told as what came first
    ("The bank has repaid all the customers.", "The bank has yet to repay the customers.", ["negation added: yet to"]),
    ("Shareholders have approved the deal.", "Shareholders have yet to approve the deal.",
     ["hedge added: have yet to approve"]),
    ("Heavy rain caused flooding in three villages.", "Three villages were flooded after heavy rain.", []),
    ("The report was published because the minister resigned.", "The minister resigned after the report was published.",
     ["timing added: after"]),
    # a fraction told in words is the share it names; "a second term" is no duration
    ("Profit fell by 20 percent.", "Profit fell by a fifth.", []),
    ("Profit fell by a quarter.", "Profit fell by 25 percent.", []),
    ("Two thirds of voters backed the plan.", "About 67 percent of voters backed the plan.", []),
    ("The rate rose to 6 percent.", "The rate rose to 6.1 percent.", ["number changed: 6 percent → 6.1 percent"]),
    ("The rate rose to 6.25 percent.", "The rate rose to 6 percent.", ["number changed: 6.25 percent → 6 percent"]),
    ("Stocks closed 0.54 percent higher.", "Stocks closed 0.11 percent higher.",
     ["number changed: 0.54 percent → 0.11 percent"]),
    ("Profit fell by a quarter.", "Profit fell by a third.", ["number changed: a quarter → a third"]),
    ("A third of the staff will leave.", "40 percent of the staff will leave.", ["number changed: A third → 40 percent"]),
    ("She promised homes during her second term.", "She promised homes during her third term.",
     ["number changed: second → third"]),
    ("He paused for a second before answering.", "He paused for a minute before answering.",
     ["number changed: a second → a minute"]),
    # a party put in another body or trade by the noun in front of it
    ("Her rival, a former police chief, won 38 percent.", "Her rival, a former fire chief, won 38 percent.",
     ["party changed: police chief → fire chief"]),
    ("Factory workers went on strike.", "Hospital workers went on strike.",
     ["party changed: Factory workers → Hospital workers"]),
    ("The union leader spoke.", "The labor leader spoke.", []),
    ("The police chief resigned.", "The chief of police resigned.", []),
    # a suspect held or let go, talks that failed or ended in a deal, a system off or at work
    ("Two men were arrested on Monday.", "Two men were released on Monday.", ["opposite meaning: arrested → released"]),
    ("Talks broke down on Friday.", "Talks ended in agreement on Friday.", ["opposite meaning: broke down → agreement"]),
    ("The alarm had been switched off for maintenance.", "The alarm was working normally.",
     ["opposite meaning: switched off → working"]),
    # what is possible, not what can be done
    ("The union said further strikes were possible.", "The union said further strikes would follow.",
     ["hedge removed: were possible"]),
    ("It is possible to travel by train.", "You can travel by train.", []),
    # a count still going on told as done; a rank is no body
    ("Results from two districts are still being counted.", "All districts have now been counted.",
     ["timing changed: are still being counted → have now been counted"]),
    ("Votes are still being counted.", "The votes are still being counted.", []),
    ("Druce is still being held at the prison.", "Druce was held at the prison.", []),
    # a fall told as a comparison; a figure told as lower against one that rose
    ("Prices fell in May.", "Prices were lower in May.", []),
    ("Sales fell this year.", "Fewer cars were sold this year.", []),
    ("Shares fell 3 percent.", "Shares were down 3 percent.", []),
    ("Prices fell in May.", "Prices were higher in May.", ["negation removed: fell"]),
    ("Prices were lower in May.", "Prices rose in May.", ["opposite meaning: lower → rose"]),
    # a run of years told in other words; part of a group told as all of it
    ("Profits fell this year for the second year running.", "Profits fell for the second year in a row.", []),
    ("Profits rose for the third consecutive year.", "Profits rose for a third straight year.", []),
    ("Eleven people were taken to hospital, three of them with serious injuries.",
     "Eleven people were taken to hospital, all of them with serious injuries.",
     ["scope widened: three of them → all of them"]),
    # a deal still to be approved; jobs that will go are cut
    ("The deal still needs approval from regulators.", "Regulators have approved the deal.",
     ["hedge removed: still needs approval"]),
    ("The firm will cut about 200 jobs.", "About 200 jobs will go.", []),
    ("About 200 jobs would go.", "About 200 jobs would be created.", ["negation removed: go"]),
    ("Jobs will be given to local people.", "Jobs will go to local people.", []),
    # a count right after a date is no part of it ("Last month two cubs were born")
    ("The zoo welcomed the birth of two cubs last month.", "Last month two cubs were born at the zoo.", []),
    ("The zoo welcomed the birth of two cubs last month.", "Last month three cubs were born at the zoo.",
     ["number changed: two → three"]),
    # a person told of by the other sex's pronoun; a person missing told as dead; a service kept
    # going told as paused; a thing taken told as bought
    ("She has promised to raise the wage.", "He has promised to raise the wage.", ["pronoun changed: She → He"]),
    ("Mary said he would attend.", "She said he would attend.", []),
    ("His wife said she would attend.", "His wife said he would attend.", []),
    ("Two people were missing after the flood.", "Two people died after the flood.",
     ["event changed: were missing → died"]),
    ("He was missing the point.", "He died.", []),
    ("Emergency care will continue during the strike.", "Emergency care will be suspended during the strike.",
     ["opposite meaning: continue → suspended"]),
    ("The statue was taken by soldiers in 1897.", "The statue was bought from soldiers in 1897.",
     ["opposite meaning: taken → bought"]),
    ("The decision was taken on Monday.", "The decision was made on Monday.", []),
    # a loser the parser hangs from the verb by the score; all of a counted group
    ("Arsenal beat Chelsea 2-0 on Sunday.", "Chelsea beat Arsenal 2-0 on Sunday.",
     ["result turned round: Chelsea lost, Arsenal won → Chelsea won, Arsenal lost"]),
    ("Seven of the nine members voted to keep rates on hold.", "All nine members voted to keep rates on hold.",
     ["scope widened: Seven of the nine members → All nine members"]),
    ("All nine members voted for the plan.", "The nine members all voted for the plan.", []),
    ("Some 200 people attended.", "About 200 people attended.", []),
    # staff enough against too few; money saved against money spent
    ("The department was understaffed that night.", "The department had enough staff that night.",
     ["opposite meaning: understaffed → enough staff"]),
    ("The ward was understaffed.", "The ward did not have enough staff.", []),
    ("The plan will cost 5 million dollars.", "The plan will save 5 million dollars.", ["opposite meaning: cost → save"]),
    ('"We are ready," he added.', '"We are ready," he said.', []),
    # a made thing where the original has a person as the verb's object
    ("The rocket is designed to carry astronauts to the Moon.", "The rocket is designed to carry cargo to the Moon.",
     ["thing changed: astronauts → cargo"]),
    ("The ship carried 200 passengers.", "The ship carried 200 people.", []),
    ("The old bridge will be closed for repairs.", "The old bridge will be demolished.",
     ["opposite meaning: repairs → demolished"]),
    ("Police arrested the driver.", "Police seized the car.", []),
    ("The firm has offices in Leeds.", "The firm has subsidiaries in Leeds.", []),   # a subsidiary may be a company
    # where someone died; a post held for a time; little effect against a disaster; a scheme
    # working against one that failed; what the law forbids; a fire fought against one put out
    ("She died peacefully at her home on Monday.", "She died suddenly in a hospital on Monday.",
     ["opposite meaning: home → hospital"]),
    ("His deputy will take over until a replacement is found.", "His deputy will take over permanently.",
     ["opposite meaning: until a replacement is found → permanently"]),
    ("The mayor said the closure was a disaster for the area.",
     "The mayor said the closure would have little effect on the area.", ["opposite meaning: disaster → little"]),
    ("The rise showed that protection was working.", "The rise showed that protection had failed.",
     ["opposite meaning: working → failed"]),
    ("Hunting wolves remains illegal.", "Hunting wolves is now allowed.", ["opposite meaning: illegal → allowed"]),
    ("Officials have advised older people to stay indoors.", "Officials have ordered older people to stay indoors.",
     ["event changed: advised older people to → ordered older people to"]),
    ("Firefighters are tackling two wildfires near the coast.", "Firefighters have put out two wildfires near the coast.",
     ["event changed: tackling two wildfires → put out"]),
    ("Firefighters are tackling two wildfires near the coast.", "Firefighters are battling two wildfires near the coast.",
     []),
    # a party's judgement told through a pronoun under its own verb of saying
    ("Unions called the decision a betrayal.", "Unions said they accepted the decision.",
     ["opposite meaning: betrayal → accepted"]),
    # a building damaged against one brought down; a plant shut against one at work; a goal on
    # track told as reached
    ("The storm damaged dozens of homes.", "The storm destroyed dozens of homes.",
     ["event changed: damaged → destroyed"]),
    ("The plant was closed in 2020.", "The plant is still operating.", ["opposite meaning: closed → operating"]),
    ("The country is on track to close its last coal plant by 2030.",
     "The country has already closed its last coal plant.", ["hedge removed: on track to"]),
    ("The country is on track to close its last coal plant.", "The country is on course to close its last coal plant.",
     []),
    # a step under review told as taken
    ("The agency is reviewing the results.", "The agency has approved the vaccine.",
     ["event changed: reviewing → approved"]),
    ("The agency is reviewing the application.", "The agency is looking at the application.", []),
    # a measure that hits a group against one that helps it; a record missed against one beaten;
    # advice followed against advice ignored
    ("The move would hit manual workers hardest.", "The move would help manual workers most.",
     ["opposite meaning: hit → help"]),
    ("She finished, beating the record by six days.", "She finished, missing the record by six days.",
     ["opposite meaning: beating → missing"]),
    ("The driver had been following the satellite navigation.", "The driver had ignored the satellite navigation.",
     ["negation added: ignored"]),
    ("The following day he left.", "The next day he left.", []),
    # a vote told "31 votes to 12" is one figure, like "31-12"
    ("The plan was approved by 31 votes to 12.", "The plan was approved by 12 votes to 31.",
     ["number changed: 31 votes to 12 → 12 votes to 31"]),
    ("The plan was approved by 31 votes to 12.", "The plan was approved by a vote of 31 to 12.", []),
    ("The head coach walked into the court.", "The varsity coach walked into the court.", []),
    ("A company spokesman declined to comment.", "A Tenet spokesman declined to comment.", ["entity added: Tenet"]),
    ("It is the thirty-second episode.", "It is the 39th episode.", ["number changed: thirty-second → 39th"]),
    # one thing named twice in a list where the original names two; a word doubled for
    # emphasis, or a list the original names twice as well, is no change
    ("The coach left out Alan Shearer and Duncan Ferguson.", "The coach left out Alan Shearer and Alan Shearer.",
     ["item named twice: Alan Shearer and Alan Shearer"]),
    ("He met a woman and a man at the station.", "He met a woman and a woman at the station.",
     ["item named twice: a woman and a woman"]),
    ("Prices rose for years.", "Prices rose for years and years.", []),
    ("They are infringing on my rights and your rights.", "They are infringing on my rights and everyone else's rights.",
     []),
    ("She waited for hours, then went home.", "She waited and waited, then went home.", []),
    ("The cars got smaller and lighter.", "The cars got smaller and smaller.", []),
    ("It is a village and Village Development Committee in Nepal.",
     "It is a village and village development committee in Nepal.", []),
    ("It holds a degree from Brown University and a master's degree.",
     "It holds a master's degree and a degree from Brown University.", []),
    # one cause put in place of another; a cause told in other words is no change
    ("The airline blamed the shortage on delays in training new pilots.",
     "The airline blamed the shortage on a strike by its pilots.", ["cause changed: delays → strike"]),
    ("The fire was caused by a faulty heater.", "The fire was blamed on a cigarette.",
     ["cause changed: faulty heater → cigarette"]),
    ("Sales fell owing to the strike.", "Sales fell because of the walkout.", []),
    ("The delay was due to a signal failure.", "The delay was caused by a broken signal.", []),
    ("The flight was cancelled because of bad weather.", "The flight was cancelled due to storms.", []),
    # a cause named by an "-ing" word, changed or told in other words
    ("Few rhinos are left, mainly because of poaching.", "Few rhinos are left, mainly because of drought.",
     ["cause changed: poaching → drought"]),
    ("Sales fell because of rising prices.", "Sales fell because of higher prices.", []),
    ("The flight was delayed due to flooding.", "The flight was delayed because of floods.", []),
    # "four years earlier" with nothing to count from is "four years ago"; "down from" is a fall
    ("Turnout was 58 percent, down from 63 percent four years ago.",
     "Turnout fell to 58 percent from 63 percent four years earlier.", []),
    ("The road opened two years earlier than planned.", "The road opened two years ahead of schedule.", []),
    # "short of" a thing denies it, "short of" a number bounds it, "nothing short of" praises
    ("The party won 42 seats, giving it a narrow majority.", "The party won 42 seats, short of a majority.",
     ["negation added: short of"]),
    ("The party fell short of a majority.", "The party did not win a majority.", []),
    ("The vote was just short of 50 percent.", "The vote was almost 50 percent.", []),
    ("The result was nothing short of a miracle.", "The result was a miracle.", []),
    # "can already" is a state reached, "will be able to see" one ahead, both about seeing
    ("Visitors will be able to see her from next month.", "Visitors can already see her.",
     ["timing changed: will be able to see → can already see"]),
    ("He was able to escape.", "He escaped.", []),
    ("Visitors will be able to see her next month.", "Visitors can see her from next month.", []),
    # a weapon of another sort; the same sort said more exactly is none
    ("The attacker was armed with a knife.", "The attacker was armed with a hammer.",
     ["thing changed: knife → hammer"]),
    ("The man attacked him with a gun.", "The man attacked him with a pistol.", []),
    # a vote judged fair against one judged rigged
    ("Observers said the vote had been free and fair.", "Observers said the vote had been marred by fraud.",
     ["opposite meaning: fair → fraud"]),
    ("Observers said the vote had been free and fair.", "Observers said the election was fair.", []),
    # one among the top told as the top, or the other way round; the same rank in other words is none
    ("It is one of the largest banks in Europe.", "It is the largest bank in Europe.",
     ["ranking changed: one of the largest banks → the largest bank"]),
    ("It is the largest bank in Europe.", "It is one of the largest banks in Europe.",
     ["ranking changed: the largest bank → one of the largest banks"]),
    ("She is one of the most popular singers.", "She is the most popular singer.",
     ["ranking changed: one of the most popular singers → the most popular singer"]),
    ("It is one of the largest banks in Europe.", "It is one of Europe's largest banks.", []),
    ("It is Europe's largest bank.", "It is the largest bank in Europe.", []),
    ("One of the protest leaders was arrested.", "Two of the protest leaders were arrested.",
     ["number changed: One → Two"]),
    # a rise or fall told as the level reached, or the level as the rise; a move told in
    # another order is none
    ("Prices rose by 5 percent.", "Prices rose to 5 percent.",
     ["figure's role changed: rose by 5 percent (the change) → rose to 5 percent (the level)"]),
    ("Unemployment fell to 4.2 percent.", "Unemployment fell by 4.2 percent.",
     ["figure's role changed: fell to 4.2 percent (the level) → fell by 4.2 percent (the change)"]),
    ("Prices rose 5 percent.", "Prices increased by 5 percent.", []),
    ("Prices rose 5 percent to 58 percent.", "Prices rose to 58 percent, up 5 percent.", []),
    ("Prices rose from 3 percent to 5 percent.", "Prices rose to 5 percent from 3 percent.", []),
    ("Litter sizes are usually from four to six puppies.", "Litters are usually four to six puppies.", []),
    ("There will be up to 9.3 million visitors, up from 2.5 million.",
     "There will be 9.3 million visitors, up from 2.5 million.", ["number changed: up to 9.3 million → 9.3 million"]),
    ("He hopes to raise $150 million to $170 million.", "He hopes to raise between $150 million and $170 million.",
     []),
    ("Revenue rose to $616.5 million from $610.6 million.", "Revenue was up, from $610.6 million to $616.5 million.",
     []),
    # on time against late
    ("The project is on schedule.", "The project is behind schedule.", ["opposite meaning: on schedule → behind schedule"]),
    ("The train arrived on time.", "The train was delayed.", ["opposite meaning: on time → delayed"]),
    ("The project is on track.", "The project is on schedule.", []),
    # "said it would" is the future of a past report: told as done, it is a timing change
    ("The company said it would hire 200 workers.", "The company said it had hired 200 workers.",
     ["timing changed: would hire → had hired"]),
    ("The company will hire 200 workers.", "The company said it would hire 200 workers.", []),
    ("The company said it would have hired more workers.", "The company said it hired more workers.", []),
    # a search told as an arrest
    ("Police are searching for two suspects.", "Police have arrested two suspects.",
     ["event changed: searching for → arrested"]),
    ("Police are searching for two suspects.", "Police are hunting for two suspects.", []),
    # another body in a payer's place; the same body in other words is none
    ("The trial was funded by the drug's maker.", "The trial was funded by a government agency.",
     ["party changed: maker → agency"]),
    ("The study was funded by the company.", "The study was funded by the firm.", []),
    # a question still open told as settled
    ("Investigators will examine whether a fault played a part.", "Investigators have found that a fault played a part.",
     ["hedge removed: examine whether"]),
    # taken to hospital is the harm's hurt stage
    ("Two people were taken to hospital after the crash.", "Two people died after the crash.",
     ["event changed: taken to hospital → died"]),
    ("Two people were taken to hospital after the crash.", "Two people were injured after the crash.", []),
    # another way of travel; a route left; a help told as a weight
    ("Passengers were taken off by lifeboats.", "Passengers were taken off by helicopters.",
     ["thing changed: lifeboats → helicopters"]),
    ("Passengers were taken off by lifeboats.", "Passengers were taken off by boats.", []),
    ("The body was found in a river.", "The body was found in a forest.", ["thing changed: river → forest"]),
    ("The body was found in a river.", "The body was found in a lake.", []),
    ("The captain had followed the usual route.", "The captain had left the usual route.",
     ["opposite meaning: followed the usual route → left the usual route"]),
    ("The libraries were a lifeline for older people.", "The libraries were a burden for older people.",
     ["opposite meaning: lifeline → burden"]),
    # a scale after "several" or "a few" is as vague as its plural
    ("Dozens of people were evacuated.", "Several dozen people were evacuated.", []),
    ("Hundreds of homes were damaged.", "A few hundred homes were damaged.", []),
    ("Several hundred people attended.", "Several thousand people attended.",
     ["number changed: Several hundred → Several thousand"]),
    # an economy that "contracted" shrank; a virus contracted or a firm contracted to build is no fall
    ("The economy shrank in the second quarter.", "The economy contracted in the second quarter.", []),
    ("The economy grew in the second quarter.", "The economy contracted in the second quarter.",
     ["negation changed: grew → contracted"]),
    ("He caught the virus in March.", "He contracted the virus in March.", []),
    ("The firm was hired to build the road.", "The firm was contracted to build the road.", []),
    # "passed" with a particle passes no bill
    ("The protest was peaceful.", "The protest passed off peacefully.", []),
    ("He died in 2001.", "He passed away in 2001.", []),
    # a deal still in talks, a threat, a death not yet explained, told as settled
    ("The company is in talks to buy its rival.", "The company has bought its rival.",
     ["hedge removed: is in talks to"]),
    ("The company is in talks to buy its rival.", "The company is negotiating to buy its rival.", []),
    ("Unions have threatened to strike.", "Unions have gone on strike.", ["hedge removed: threatened to"]),
    ("Unions have threatened to strike.", "Unions have warned they may strike.", []),
    ("Police are treating the death as unexplained.", "Police are treating the death as murder.",
     ["hedge removed: unexplained"]),
    # a student expelled is at the discipline's last stage
    ("The student was expelled.", "The student was suspended.", ["event changed: expelled → suspended"]),
    # a step asked or called for, told as taken; the same request in other words is none
    ("Local MPs have asked the government to step in.", "The government has stepped in at the request of local MPs.",
     ["hedge removed: asked the government to"]),
    ("The union has called for a pay rise.", "The union has won a pay rise.", ["hedge removed: called for"]),
    ("The minister asked police to investigate.", "The minister called on police to investigate.", []),
    # a step for a time only
    ("The firm will close its factory, putting 340 jobs at risk.",
     "The firm will close its factory, putting 340 jobs at risk temporarily.", ["hedge added: temporarily"]),
    ("The road will be closed for now.", "The road will be closed temporarily.", []),
    # a firm's insolvency at another stage
    ("The company filed for bankruptcy protection.", "The company was declared bankrupt.",
     ["event changed: filed for bankruptcy → declared bankrupt"]),
    # a ratio is the share it names: "one in five" is 20 percent, "one in fifty" is not
    ("One in five adults smokes.", "Twenty percent of adults smoke.", []),
    ("One in five adults smokes.", "One in fifty adults smokes.", ["number changed: One in five → One in fifty"]),
    ("One in three adults smokes.", "A third of adults smoke.", []),
    ("Side effects affected fewer than one in 20 patients.", "Side effects affected under one in 20 patients.", []),
    # a report verb set into the clause it reports is an attribution; "though" is the "but" it
    # replaces; what a party "expected" with its object is the hedge "expects" carries
    ("The company said it would close 20 of its 310 stores but expected no compulsory redundancies.",
     "Twenty of the company's 310 stores will close, it said, though it expects no compulsory redundancies.", []),
    ("The company said it would close 20 stores.", "Twenty stores will close, it said.", []),
    ("The company said it would close 20 stores.", "Twenty stores will close.", ["attribution removed: The company said"]),
    ("Sales rose, but profit fell.", "Sales rose, though profit fell.", []),
    ("Sales rose and profit fell.", "Sales rose, though profit fell.", ["relation added: though"]),
    ("The company said it would cut jobs but expected no redundancies.",
     "The company said it would cut jobs and there would be no redundancies.", ["hedge removed: expected"]),
    # a sum of money whose scale letter ends the sentence
    ("The repairs will cost an estimated £1.2 million.", "The repairs will cost an estimated £1.2m.", []),
    ("The repairs will cost an estimated £1.2 million.", "The repairs will cost an estimated £1.5m.",
     ["number changed: an estimated £1.2 million → an estimated £1.5m"]),
    # a party noun read in another sense ("association": a link as well as a body of people)
    ("The link held after the team accounted for smoking and exercise.",
     "The association remained once smoking and exercise were taken into account.", []),
    ("The ward was staffed by six doctors.", "The ward was staffed by six nurses.", ["party changed: doctor → nurse"]),
    # a figure's start and end told the other way round
    ("Pre-tax profit slipped to £41m from £56m a year earlier.", "Pre-tax profit slipped to £56m from £41m a year earlier.",
     ["figures swapped: from £56m to £41m → from £41m to £56m"]),
    ("Pre-tax profit slipped to £41m from £56m a year earlier.", "Pre-tax profit slipped from £41m to £56m.",
     ["figures swapped: from £56m to £41m → from £41m to £56m"]),
    ("Pre-tax profit slipped to £41m from £56m a year earlier.", "Pre-tax profit slipped from £56m to £41m.", []),
    # how big a change was
    ("Analysts had forecast a smaller decline.", "Analysts had forecast a steeper decline.",
     ["opposite meaning: smaller → steeper"]),
    ("Analysts had forecast a sharp decline.", "Analysts had forecast a steep decline.", []),
    ("The condition is rare in children.", "The condition is common in children.", ["opposite meaning: rare → common"]),
    ("The condition is rare in children.", "Few children have the condition.", []),
    # "according to" a rule, not a source
    ("The money will be split between schools according to pupil numbers.",
     "The money will be split between schools by pupil numbers.", []),
    ("Ten people died, according to police.", "Ten people died.", ["attribution removed: according to police"]),
    # paraphrases that read no change: an age told both ways, "pending", a source named in
    # other words, a fraction with "only", an ordinal that tells when a thing began, "each year"
    ("Police said the man, 34, had been released on bail pending further enquiries.",
     "The 34-year-old man has been bailed while enquiries continue, police said.", []),
    ("Doctors said his condition was serious but stable.", "His condition was described by doctors as serious but stable.",
     []),
    ("Sales of electric cars rose sharply last year, according to industry figures.",
     "Industry figures show electric car sales increased steeply last year.", []),
    ("Only a third of the homes were connected to the water supply.",
     "Just one in three homes had a connection to the water supply.", []),
    ("Only a third of the homes were connected to the water supply.",
     "Only a quarter of the homes were connected to the water supply.", ["number changed: Only a third → Only a quarter"]),
    ("The festival, which began in 1998, attracts about 50,000 visitors each year.",
     "Roughly 50,000 people visit the festival every year; it was first held in 1998.", []),
    ("First, describe the areas with high pollen values.", "Describe the areas with high pollen levels first.", []),
    ("When he first heard the song, he was excited.", "When he heard the song for the first time, he was excited.", []),
    ("She finished first in the race.", "She finished second in the race.",
     ["number changed: first → second", "event changed: finished first → finished second"]),
    ("The man, 34, was arrested.", "The 43-year-old man was arrested.", ["number changed: 34 → 43-year"]),
    ("The hospital said the patient had died overnight.", "The patient died during the night, the hospital said.", []),
    ("Officials estimate the repairs will cost at least $3 million.",
     "Repairs are estimated to cost a minimum of $3 million, officials said.", []),
    ("The river burst its banks early on Saturday, flooding dozens of homes.",
     "Dozens of homes were flooded when the river burst its banks in the early hours of Saturday.", []),
    ("The river burst its banks early on Saturday.", "The river burst its banks late on Saturday.",
     ["date changed: early on Saturday → late on Saturday"]),
    ("The minister is expected to announce the plan on Monday.", "The plan is likely to be announced by the minister on Monday.",
     []),
    ("The minister is expected to announce the plan on Monday.", "The minister may announce the plan on Monday.",
     ["hedge changed: is expected to → may"]),
    ("The strike is the first by nurses in the hospital's history.", "Nurses at the hospital have never gone on strike before.",
     []),
    ("The bank raised interest rates by a quarter of a percentage point.", "The bank increased rates by 0.25 percentage points.",
     []),
    ("The bank raised interest rates by a quarter of a percentage point.", "The bank increased rates by 0.5 percentage points.",
     ["number changed: a quarter of a percentage point → 0.5 percentage points"]),
    ("More than half of voters backed the plan.", "Over 50% of voters backed the plan.", []),
    ("The company reported a net loss of $12 million for the quarter.", "For the quarter, the company lost $12 million.", []),
    ("The factory is due to close in June with the loss of 300 jobs.", "Some 300 jobs will go when the factory shuts in June.",
     []),
    ("The firm made a profit of $12 million.", "The firm lost $12 million.", ["negation added: lost"]),
    ("Police have appealed for witnesses to come forward.", "Officers are asking any witnesses to come forward.", []),
    ("The president will visit Japan later this month.", "Later this month the president is due to travel to Japan.", []),
    ("Flights were cancelled due to the storm.", "Flights were cancelled because of fog.", ["cause changed: storm → fog"]),
    ("The film took $100m at the box office in its opening weekend.", "The film earned $100m in its first weekend in cinemas.",
     []),
    ("They would take three drugs in half dose.", "They would take three drugs at half the standard dose.", []),
    # strength lost; a bound "within"; half of a group
    ("The storm is losing strength.", "The storm is weakening.", []),
    ("Police arrived within an hour.", "Police arrived in less than an hour.", []),
    ("Half of the staff will lose their jobs.", "All of the staff will lose their jobs.",
     ["scope widened: Half of the staff → All of the staff"]),
    ("Half of the staff will lose their jobs.", "Half the staff will lose their jobs.", []),
    # spans of time in other units
    ("Drivers will strike for 48 hours from Friday.", "Drivers will walk out for two days from Friday.", []),
    ("Drivers will strike for 48 hours from Friday.", "Drivers will walk out for three days from Friday.",
     ["number changed: 48 hours → three days"]),
    ("The hearing lasted 120 minutes.", "The hearing lasted two hours.", []),
    ("The ceasefire held for 72 hours.", "The ceasefire held for three days.", []),
    # a share of a thing in a state, told of the whole
    ("Officials said the fire was 40% contained by Sunday night.", "Officials said the fire was under control by Sunday night.",
     ["number removed: 40% contained (the rewrite tells it of the whole)"]),
    ("Officials said the fire was 40% contained by Sunday night.", "Officials said 40 percent of the fire was contained by Sunday night.", []),
    ("The new hospital is 80 per cent complete.", "Work on the new hospital is 80 per cent finished.", []),
    ("The new hospital is 80 per cent complete.", "The new hospital has been completed.",
     ["number removed: 80 per cent complete (the rewrite tells it of the whole)"]),
    # buildings where people meet
    ("A public meeting will be held at the library next Monday.", "A public meeting will be held at the town hall next Monday.",
     ["thing changed: library → hall"]),
    ("A service will be held at the church on Sunday.", "A service will be held at the cathedral on Sunday.", []),
    # a first told by its denial ("no ... before"), a first denied
    ("She is the first woman to lead the party.", "No woman had led the party before her.", []),
    ("She led the party in 2010.", "No woman had led the party before her.", ["timing added: before", "negation added: No"]),
    # a span back from now against the span a change took
    ("The price of bread has doubled in a year.", "A loaf now costs twice what it did a year ago.", []),
    ("Prices rose over the past two years.", "Prices are higher than three years ago.", ["date added: three years ago"]),
    # "according to the report" names its source; "reports say" is the hedge "according to reports"
    ("The report said the council had failed to act on warnings.", "According to the report, the council ignored warnings.", []),
    ("The council ignored warnings.", "According to a report, the council ignored warnings.",
     ["attribution added: According to a report"]),
    ("The council ignored warnings, reports say.", "According to reports, the council ignored warnings.", []),
    ("The council acted on the warnings.", "The council ignored the warnings.", ["negation added: ignored"]),
    ("The scheme will be scrapped, the minister said.", "The scheme is to be abolished, the minister said.", []),
    # one party told in other words, not another kind of party
    ("The company will cut its workforce by a tenth.", "The company plans to reduce staff numbers by 10%.", []),
    ("The government has ruled out raising taxes.", "Ministers have said taxes will not go up.", []),
    ("The mayor told reporters the project was late.", "Speaking to journalists, the mayor said the project was late.", []),
    # two shares of one group speaking: the figures are compared as figures
    ("Half of those surveyed said they would not vote.", "Fifty per cent of respondents said they would not vote.", []),
    ("Half of those surveyed said they would not vote.", "Most respondents said they would not vote.",
     ["attribution changed: Half of those surveyed said → Most respondents said"]),
    # a year and a half; every one of; both; ever before; a deadline
    ("The factory will close in 18 months.", "The factory will shut in a year and a half.", []),
    ("The meeting lasted 150 minutes.", "The meeting lasted three and a half hours.",
     ["number changed: 150 minutes → three and a half hours"]),
    ("All 27 member states signed the treaty.", "Every one of the 27 member states signed the treaty.", []),
    ("Both men are still being held.", "The two men are still being held.", []),
    ("Three men are still being held.", "The two men are still being held.", ["number changed: Three → two"]),
    ("The museum attracted a record 2 million visitors last year.",
     "Last year the museum drew 2 million visitors, more than ever before.", []),
    ("Approval is likely by the end of the year.", "Approval is likely to come before the year is out.", []),
    # a quarter told by its months
    ("The jobless rate was 4.1% in the three months to June.", "The jobless rate was 4.1% in the April-to-June quarter.", []),
    ("The jobless rate was 4.1% in the three months to June.", "The jobless rate was 4.1% in the May-to-July quarter.",
     ["date changed: the three months to June → July quarter"]),
    # a sum a total comes to is no date; "the year before" places no event
    ("The company will pay a final dividend of 9.5p a share, bringing the total for the year to 14p.",
     "A final dividend of 9.5p a share will be paid, taking the full-year payout to 14p.", []),
    ("Profit rose 18% on the previous year as sales grew.", "Profit rose 18% on the year before, helped by sales.", []),
    # a margin short of a mark (the mark's own year is no bound)
    ("The river peaked about 30 centimetres above the record set in 2015.",
     "The river peaked roughly 30cm short of the record set in 2015.", ["negation added: short of"]),
    # figures given to each other's places or times
    ("Shares rose 6% in early trading before closing 4% higher.", "Shares were up 4% in early trading and finished the day 6% higher.",
     ["figures swapped: 6% in early trading → 4% in early trading"]),
    ("Shares rose 6% in early trading before closing 4% higher.", "Shares were up 6% in early trading and finished the day 4% higher.", []),
    # straight single quotes are quotes
    ("A nurse described conditions as 'exhausting but manageable'.", "A nurse called conditions 'exhausting and tiring'.",
     ["quote changed: 'exhausting but manageable' → 'exhausting and tiring'"]),
    ("A nurse described conditions as 'exhausting but manageable'.", "A nurse called conditions 'exhausting but manageable'.", []),
    # a speaker told by the title on one side and by the name set beside it on the other
    ("The trust's chief executive, Dr Mariam Osei, said there was no evidence.",
     "There was no sign, said Dr Mariam Osei, the trust's chief executive.", []),
    ("The chief executive, Dr Mariam Osei, said there was no evidence.", "There was no sign, said Dr John Smith.",
     ["entity changed: Mariam Osei → John Smith",
      "attribution changed: The chief executive, Dr Mariam Osei, said → said Dr John Smith"]),
    # one speaker told with another word for it
    ("The firm said 300 jobs would be cut.", "The company said 300 jobs would be cut.", []),
    ("The club confirmed the signing.", "The team confirmed the signing.", []),
    # a bound told after the figure; a risk compared is no hedge
    ("Adults who walk at least 7,000 steps a day are 31% less likely to develop diabetes.",
     "Adults walking 7,000 or more steps daily have a 31% lower risk of developing diabetes.", []),
    ("Adults who walk at least 7,000 steps a day are healthier.", "Adults walking 7,000 or fewer steps daily are healthier.",
     ["number changed: at least 7,000 → 7,000 or fewer"]),
    # "first-time" counts nothing; "part-time" is not "full-time"
    ("Debut novelist Aisha Morrow won the prize for a story of three sisters.",
     "Aisha Morrow, a first-time novelist, was awarded the prize for a story of three sisters.", []),
    ("The firm employs 40 full-time staff.", "The firm employs 40 part-time staff.", ["opposite meaning: full-time → part-time"]),
    # an adverb is the opposite of its adjective's antonym
    ("The train was travelling faster than usual.", "The train was going more slowly than normal.",
     ["opposite meaning: faster → slowly"]),
    # a fortnight; the year to March; a harm escaped; a run of days; the order of a gerund
    ("The hearing lasted a fortnight.", "The hearing went on for two weeks.", []),
    ("The hearing lasted a fortnight.", "The hearing went on for three weeks.", ["number changed: a fortnight → three weeks"]),
    ("Prices rose by 2.5 per cent in the year to March.", "In the 12 months to March, prices went up 2.5%.", []),
    ("None of the 40 passengers was seriously hurt.", "All 40 passengers escaped serious injury.", []),
    ("All 40 passengers escaped the burning plane.", "All 40 passengers fled the burning plane.", []),
    ("The festival will run from 3 to 7 August.", "The festival runs from August 3rd to August 7th.", []),
    ("The festival will run from 3 to 7 August.", "The festival runs from August 4th to August 7th.",
     ["date added: August 4th to August 7th"]),
    ("Before announcing his resignation, the manager met the board.", "The manager announced his resignation after meeting the board.", []),
    ("After announcing his resignation, the manager met the board.", "The manager announced his resignation after meeting the board.",
     ["order reversed: After announcing his resignation, the manager met → announced his resignation after meeting"]),
    ("The merger will be completed by the end of the year.", "The merger would be completed before the year was out.", []),
    # a count's own place where the parse hangs it from another's verb; an ordinal is no count
    ("Ten people were hurt in the first blast and three in the second.",
     "Three people were hurt in the first blast and ten in the second.",
     ["figures swapped: Ten people were hurt in the first blast → Three people were hurt in the first blast"]),
    # an age set beside a name holds at no place
    ("Tom Reed was jailed for nine years at Leeds Crown Court.",
     "Tom Reed, 41, was sentenced to nine years in prison at Leeds Crown Court.", ["number added: 41"]),
    # "while" after a comma sets two things side by side; an ordinal is no bound's count
    ("Temperatures reached 35C in Madrid and 31C in Lisbon.", "Madrid saw temperatures of 35C, while Lisbon reached 31C.", []),
    ("The missiles were fired an hour before the meeting.",
     "Interestingly, while the meeting was taking place, the missiles were fired.", ["timing changed: an hour before → while"]),
    ("Modernity turned industrial society into a second and more reflexive society.",
     "Modernity turned industrial society into a second and more reflexive society.", []),
    # a date relative to the time of writing and a calendar one, or two calendar dates giving
    # different fields, may name one time; two weekdays, two years, two relative dates cannot
    ("Hines died yesterday in Los Angeles.", "Hines died Saturday in Los Angeles.", []),
    ("The findings appear in Wednesday's issue of the journal.", "The findings appear in the Sept. 24 issue of the journal.", []),
    ("She suffered brain damage after a heart attack in 1990.", "She suffered brain damage after a heart attack 13 years ago.", []),
    ("Hines died on Friday in Los Angeles.", "Hines died on Saturday in Los Angeles.", ["date changed: Friday → Saturday"]),
    ("Hines died yesterday in Los Angeles.", "Hines died today in Los Angeles.", ["date changed: yesterday → today"]),
    ("She suffered brain damage after a heart attack in 1990.", "She suffered brain damage after a heart attack in 1991.",
     ["date changed: 1990 → 1991"]),
    ("The shop opened on Saturday morning.", "The shop opened on Saturday evening.", ["date changed: Saturday morning → evening"]),
    # one date written two ways
    ("His band in the early 1930s included the pianist Teddy Wilson.", "His band in the early 1930's included the pianist Teddy Wilson.", []),
    ("Both markets rallied last week on bets the Fed will cut rates.", "Both markets rallied this past week on bets the Fed will cut rates.", []),
    ("Both markets rallied last week on bets the Fed will cut rates.", "Both markets rallied next week on bets the Fed will cut rates.",
     ["date changed: last week → next week"]),
    ("A truck exploded outside the building at around 11 am.", "A truck exploded outside the building about 11am.", []),
    # "over" a length of time that opens the sentence or names a period is a span, not a bound
    ("Over one two-month period, Bennett wired more than $1.4 million to a casino.",
     "In one two-month period, Bennett wired more than $1.4 million to a casino.", []),
    ("Over five years, sales doubled.", "In five years, sales doubled.", []),
    ("The trial lasted over two years.", "The trial lasted two years.", ["number changed: over two years → two years"]),
    ("Children over five years old can enter.", "Children five years old can enter.", ["number changed: over five years → five years"]),
    # a negation typed with a curly apostrophe or none
    ("That is why the Americans can't find him.", "That is why the Americans cant find him.", []),
    ("The terrorists really don't care who they attack.", "The terrorists really don\u2019t care who they attack.", []),
    ("That is why the Americans can find him.", "That is why the Americans cant find him.", ["negation added: nt"]),
    ("The terrorists really care who they attack.", "The terrorists really don\u2019t care who they attack.", ["negation added: n\u2019t"]),
    # one name spelled two ways; a name with another letter is another name
    ("Al Qaeda claimed the attack.", "Al-Qaida claimed the attack.", []),
    ("Bremer visited Suleimaniya on Monday.", "Bremer visited Sulaimaniyah on Monday.", []),
    ("Sales of SCO Linux were suspended.", "Sales of SCOLinux were suspended.", []),
    ("Joan Smith won the seat.", "John Smith won the seat.", ["entity changed: Joan Smith → John Smith"]),
    ("Troops were sent to Iran.", "Troops were sent to Iraq.", ["entity changed: Iran → Iraq"]),
    ("The 188th Rifle Division was formed in Kaunas.", "The 46th Rifle Division was formed in Kaunas.",
     ["number changed: 188th → 46th", "entity changed: The 188th Rifle Division → The 46th Rifle Division"]),
    # one party in other words
    ("The scientist quarantined himself, officials said.", "Authorities said the scientist quarantined himself.", []),
    ("The scientist quarantined himself, officials said.", "Police said the scientist quarantined himself.",
     ["attribution changed: officials said → Police said"]),
    ("State GOP Chairman Kris Warner said the party would campaign hard.",
     "State Republican Chairman Kris Warner said the party would campaign hard.", []),
    # a time told in other words than a timing fact's
    ("Jackson's visit followed a relatively peaceful night in Benton Harbor.",
     "Jackson's visit came after a relatively peaceful night in Benton Harbor.", []),
    ("Jackson's visit ended a relatively peaceful night in Benton Harbor.",
     "Jackson's visit came after a relatively peaceful night in Benton Harbor.", ["timing added: after"]),
    ("She volunteered at Ground Zero in the aftermath of the attack.", "She volunteered at Ground Zero after the attack.", []),
    ("Families hiked up the hillside in advance of rising water.", "Families hiked up the hillside ahead of rising water.", []),
    ("When the address was raided, agents found 1,000 credit cards.",
     "Agents found 1,000 credit cards during a search of the address.", []),
    ("Agents found 1,000 credit cards at the address.", "Agents found 1,000 credit cards during a search of the address.",
     ["timing added: during"]),
    ("The company opened six stores in the first quarter.", "The company opened six stores during the quarter.", []),
    ("The company opened six stores last year.", "The company opened six stores during the quarter.", ["timing added: during"]),
    ("Investigators worked through the holiday, Harrison said.",
     "Meanwhile, Harrison said, investigators were working through the holiday.", []),
    # a "that" clause the parser hangs as an adverbial one still reports a speaker's words
    ("Michael Suen said after the ruling that the cabinet would meet soon.",
     "Mr. Suen said this evening, after the ruling, that the cabinet would meet soon.", ["date added: this evening"]),
    ("Michael Suen said after the ruling that the cabinet would meet soon.",
     "Ms. Lam said this evening, after the ruling, that the cabinet would meet soon.",
     ["date added: this evening", "entity changed: Michael Suen → Lam",
      "attribution changed: Michael Suen said → Ms. Lam said"]),
    # a title written short, a name transliterated otherwise; a name with other vowels is another
    ("Senator Joan Whitfield said on Tuesday that she would vote against the bill.",
     "Sen. Joan Whitfield said Tuesday she would vote against the bill.", []),
    ("Output will be cut by half a million barrels a day from July, Oil Minister Mohammed al-Rashidi said.",
     "Output will be reduced by half a million barrels per day starting in July, said Muhammad Al Rashidi.", []),
    ("Martin Smith won the seat.", "Morton Smith won the seat.", ["entity changed: Martin Smith → Morton Smith"]),
    # a speaker's view with a verb of its own is no source removed (the hedge check reads it)
    ("Temperatures in Seville will hit 38C on Friday, forecasters said.",
     "Forecasters expect temperatures in Seville to hit 38C on Friday.", ["hedge added: expect"]),
    # an age bound told in other words; "a further year" is "another year"
    ("Among patients over 65, the drug cut stroke risk by 22%.", "Among patients older than 65, the drug cut stroke risk by 22%.", []),
    ("Among patients over 65, the drug cut stroke risk by 22%.", "Among patients younger than 65, the drug cut stroke risk by 22%.",
     ["number changed: over 65 → younger than 65"]),
    ("Fuel duty will be frozen for another year.", "Fuel duty will be frozen for a further year.", []),
    # "cut" parsed as a noun before "by" a figure is the verb; a result that beat a forecast is
    # neither a hedge nor a time
    ("A new malaria vaccine cut infections by 68 percent in young children.",
     "A new malaria vaccine reduced infections among young children by 68 percent.", []),
    ("A new malaria vaccine raised infections by 68 percent in young children.",
     "A new malaria vaccine reduced infections among young children by 68 percent.", ["negation changed: raised → reduced"]),
    ("Shares rose 8 per cent after the chain reported better-than-expected annual profits.",
     "Shares jumped 8 per cent after the retailer posted annual profits ahead of expectations.", []),
    ("The firm expected a loss.", "The firm made a loss.", ["hedge removed: expected"]),
    ("They left after the storm.", "They left ahead of the storm.", ["timing changed: after → ahead of"]),
    ("Sentencing is scheduled for January 17.", "He is due to be sentenced on January 17.", []),
    # the most a court may give is no doubt of a fact
    ("If convicted, Zuccarini faces a maximum of four years in prison.",
     "If convicted, Zuccarini could face up to four years in prison.", []),
    ("Telemarketers can be fined up to $11,000 for each call.", "Telemarketers could face fines of up to $11,000 per call.", []),
    ("Zuccarini was sentenced to four years in prison.", "Zuccarini could face four years in prison.", ["hedge added: could"]),
    # one order told from its other end, an event put in other words ("reached" / "climbed")
    ("The probe reached the asteroid before its camera failed.",
     "Its camera failed after the probe had arrived at the asteroid.", []),
    ("The merger was announced a month after the bank posted a record loss.",
     "A month before the merger announcement, the bank had posted a record loss.", []),
    ("The probe reached the asteroid before its camera failed.",
     "The probe reached the asteroid after its camera failed.", ["order reversed: reached the asteroid before its camera failed"
                                                                " → reached the asteroid after its camera failed"]),
    ("The mayor resigned after the vote.", "The mayor resigned before the debate.", ["timing changed: after → before"]),
    # a report verb the parser hangs on the speaker; a speaker's silence in other words
    ("Water bills will rise by 4 per cent in April, the regulator Aquafin announced on Monday.",
     "Aquafin, the regulator, announced on Monday that water bills will rise by 4 per cent in April.", []),
    ("The coach did not say whether the striker would play on Sunday.",
     "The coach did not reveal whether the striker would play on Sunday.", []),
    ("According to a survey published Monday, most tenants had faced a rent rise.",
     "A survey published Monday found that most tenants had faced a rent rise.", []),
    # a hedge adverb inside a deal still talked over
    ("The club is reportedly in talks to sign the goalkeeper for $20 million.",
     "The club is in talks to sign the goalkeeper for $20 million, according to reports.", []),
    ("The club is reportedly in talks to sign the goalkeeper for $20 million.",
     "The club is in talks to sign the goalkeeper for $20 million.", ["hedge removed: is reportedly in talks to"]),
    # one figure in two units, and a ratio whose two counts the other side gives
    ("The thermometer showed 95 degrees Fahrenheit at noon.", "At noon the thermometer showed 35C (95F).", []),
    ("The thermometer showed 95 degrees Fahrenheit at noon.", "At noon the thermometer showed 35C (97F).",
     ["number changed: 95 degrees → 35C", "number added: 97F"]),
    ("Only 12 of the 80 seedlings survived the frost.", "Just 12 out of 80 seedlings survived the frost.", []),
    ("Only 12 of the 80 seedlings survived the frost.", "Just 12 out of 90 seedlings survived the frost.",
     ["number changed: Only 12 → Just 12 out of 90"]),
    # a people's adjective for its country
    ("Voters in Austria backed the treaty.", "Austrian voters backed the treaty.", []),
    ("Voters in Austria backed the treaty.", "Australian voters backed the treaty.",
     ["entity changed: Austria → Australian"]),
    ("Farmers in France protested on Monday.", "French farmers protested on Monday.", []),
    # a speaker named by "who" is its antecedent's; a name and its initials
    ("Police said the blast may have been caused by a gas leak.",
     "An inquiry was opened by police, who said the blast may have been caused by a gas leak.", []),
    ("Police said the blast may have been caused by a gas leak.",
     "An inquiry was opened by the mayor, who said the blast may have been caused by a gas leak.",
     ["attribution changed: Police said → the mayor, who said"]),
    ("The National Health Service said waiting lists fell in May.", "The NHS said waiting lists fell in May.", []),
    ("The National Health Service said waiting lists fell in May.", "The NHA said waiting lists fell in May.",
     ["entity changed: The National Health Service → NHA", "attribution changed: The National Health Service said → The NHA said"]),
    # a negative verb told by its noun
    ("Dozens of trains were cancelled on Friday because of the storm.",
     "The storm led to the cancellation of dozens of trains on Friday.", []),
    ("The board rejected the offer.", "The board announced the approval of the offer.", ["negation removed: rejected"]),
    # what a participle clause does happens at the time of the main verb
    ("Okafor won the marathon in 2 hours 8 minutes, setting a course record.",
     "Okafor set a course record of 2 hours 8 minutes as he won the marathon.", []),
    # a vote to do a thing comes before the thing
    ("Governors voted on Monday to close the school in July.",
     "The school will close in July after governors voted on Monday.", []),
    ("Governors voted on Monday to close the school in July.",
     "The school closed in July before governors voted on Monday.",
     ["order reversed: voted on Monday to close → closed in July before governors voted"]),
    # a bound the recogniser cuts off its figure, and a span with a quarter
    ("Forecasters expect up to 15 centimetres of rain on the coast.", "Up to 15cm of rain is expected on the coast.", []),
    ("Forecasters expect up to 15 centimetres of rain on the coast.", "At least 15cm of rain is expected on the coast.",
     ["number changed: up to 15 centimetres → At least 15"]),
    ("The ferry crossing takes 75 minutes.", "The ferry crossing takes an hour and a quarter.", []),
    ("The ferry crossing takes 75 minutes.", "The ferry crossing takes an hour and a half.",
     ["number changed: 75 minutes → an hour and a half"]),
    # dates written in other orders
    ("Sales rose in the week to 12 March, the retailer said.", "The retailer said sales rose in the week to March 12.", []),
    ("Dock workers will strike on 8 and 9 June.", "Dock workers will strike on June 8 and 9.", []),
    # a share of a whole the sentence names, counted out
    ("A quarter of the 80 nurses resigned.", "Twenty of the 80 nurses resigned.", []),
    ("A quarter of the 80 nurses resigned.", "Thirty of the 80 nurses resigned.", ["number changed: A quarter → Thirty"]),
    # a kind of company, then "the company"
    ("The rail operator said 90 per cent of trains ran on time.", "The company said 90 per cent of trains ran on time.", []),
    # a description given to the other person of the two
    ("Moreau, a retired judge, beat Lindqvist in the final round.",
     "Lindqvist, a retired judge, lost to Moreau in the final round.",
     ["description moved: Moreau, a retired judge → Lindqvist, a retired judge"]),
    ("Moreau, a retired judge, beat Lindqvist in the final round.",
     "Retired judge Moreau beat Lindqvist in the final round.", []),
    ("Moreau, a retired judge, beat Lindqvist in the final round.",
     "Lindqvist, a retired judge, was beaten in the final round.", []),
    ("The rail union said 90 per cent of trains ran on time.", "The company said 90 per cent of trains ran on time.",
     ["party changed: union → company", "attribution changed: The rail union said → The company said"]),
    # a fraction of a unit, and a bound on a fraction or inside brackets
    ("The team finished 0.3 seconds behind the winners.", "The team finished three-tenths of a second behind the winners.", []),
    ("The team finished 0.3 seconds behind the winners.", "The team finished two-tenths of a second behind the winners.",
     ["number changed: 0.3 seconds → two-tenths of a second"]),
    ("Shares fell by nearly a fifth on Monday.", "Shares dropped almost 20 percent on Monday.", []),
    ("Shares fell by nearly a fifth on Monday.", "Shares dropped more than 20 percent on Monday.",
     ["number changed: nearly a fifth → more than 20 percent"]),
    ("The probe passed within 1,600 kilometres of the comet.", "The probe came within 1,600 km (about 1,000 miles) of the comet.",
     []),
    ("Nearly 90 millimetres of rain fell.", "Almost 90mm (3.5 inches) of rain fell.", []),
    ("Nearly 90 millimetres of rain fell.", "At least 90mm (3.5 inches) of rain fell.",
     ["number changed: Nearly 90 millimetres → At least 90"]),
    # below zero
    ("Temperatures dropped to minus 12 degrees Celsius overnight.", "Temperatures dropped to -12C (10F) overnight.", []),
    ("Temperatures dropped to minus 12 degrees Celsius overnight.", "Temperatures dropped to 12C overnight.",
     ["number changed: minus 12 degrees Celsius overnight → 12C"]),
    # rain that falls goes down nowhere; one thing and then another
    ("Heavy rain fell for six hours, and then the river burst its banks.",
     "The river burst its banks after six hours of heavy rain.", []),
    ("Sales fell for six months.", "Sales were steady for six months.", ["negation removed: fell"]),
    # a span back from now, and a span the recogniser reads as a date on one side only
    ("Waiting lists grew by 15 percent over the past year.", "Over the past 12 months, waiting lists grew by 15 percent.", []),
    ("Waiting lists grew by 15 percent over the past year.", "Over the past 18 months, waiting lists grew by 15 percent.",
     ["number added: 18 months"]),
    ("Profit was £2.3bn, up from £1.9bn a year earlier.",
     "Profit was £2.3bn, compared with £1.9bn in the same period a year earlier.", []),
    # a verb told by its noun, a loss told as a cost or a defeat
    ("The council voted to ban cars from the old town.", "The council approved a ban on cars in the old town.", []),
    ("The council voted to ban cars from the old town.", "The council rejected a ban on cars in the old town.",
     ["negation added: rejected"]),
    ("Farmers lost a third of their harvest to a late frost.", "A late frost cost farmers a third of their harvest.", []),
    ("United were beaten 4-0 at home on Saturday.", "United suffered a 4-0 home defeat on Saturday.", []),
    ("United suffered a 4-0 home defeat on Saturday.", "United lost 4-0 at home on Saturday.", []),
    # the whole of a month
    ("Rain was double the usual amount for the whole of October.",
     "Rain was double the normal total for the entire month of October.", []),
    # the same speaker doing the same thing, by initials; a speaker hung on the clause before
    ("The World Health Organization declared the cholera outbreak over on 4 November.",
     "On November 4, the WHO declared an end to the cholera outbreak.", []),
    ("The World Health Organization declared the cholera outbreak over on 4 November.",
     "On November 4, the government declared an end to the cholera outbreak.",
     ["attribution removed: The World Health Organization declared"]),
    ("The European Space Agency said on Thursday that its orbiter had entered orbit around Mars.",
     "The orbiter has entered orbit around Mars, the European Space Agency (ESA) said on Thursday.", []),
    # a place the recogniser misses
    ("Mission controllers in Darmstadt fired the main engine.", "Mission controllers in Toulouse fired the main engine.",
     ["entity changed: Darmstadt → Toulouse"]),
    # a name cut short; a speaker's determiner; a source described in other words; finders named
    ("The Meteorological Office confirmed the record on Monday.", "The Met Office confirmed the record on Monday.", []),
    ("The Meteorological Office confirmed the record on Monday.", "The Home Office confirmed the record on Monday.",
     ["entity changed: Meteorological Office → The Home Office"]),
    ("The show drew 64,000 visitors, director Paul Nyberg said.",
     "According to its director, Paul Nyberg, the show drew 64,000 visitors.", []),
    ("House prices rose 6.4% in the year to March, according to figures published by the Land Registry.",
     "Figures released by the Land Registry show that house prices rose 6.4 per cent in the year to March.", []),
    ("Researchers at the University of Trelawny, led by Professor Amit Sengupta, found that the reef had grown.",
     "The reef had grown, according to a University of Trelawny team headed by Professor Amit Sengupta.", []),
    ("Researchers at the University of Trelawny, led by Professor Amit Sengupta, found that the reef had grown.",
     "The reef had grown, according to a University of Bexley team headed by Professor Amit Sengupta.",
     ["entity changed: the University of Trelawny → University of Bexley"]),
    # a clock time; a share of a whole named before it; a pair pointed back at
    ("Ethiopian athlete Tesfaye Gebre won the Haldenport half marathon on Sunday in 58 minutes 51 seconds.",
     "Tesfaye Gebre of Ethiopia clocked 58:51 to win the Haldenport half marathon on Sunday.", []),
    ("The plans are for 1,500 homes, a third of which will be let at affordable rents.",
     "The plans are for 1,500 homes, 500 of them to be let at affordable rents.", []),
    ("The plans are for 1,500 homes, a third of which will be let at affordable rents.",
     "The plans are for 1,500 homes, 600 of them to be let at affordable rents.", ["number changed: a third → 600"]),
    ("Hexley's must pay Brantwood for breaching a contract signed in 2018.",
     "Hexley's must pay Brantwood for breaking a contract the two firms signed in 2018.", []),
    ("Two men, aged 24 and 31, were arrested.", "Two men, one 24 and the other 31, were arrested.", []),
    # the first of a month; a range of years; a rise within a year; gusts reaching a speed
    ("Household energy bills will rise by £84 a year from the first of October.",
     "Household energy bills will go up by £84 a year from October 1.", []),
    ("Household energy bills will rise by £84 a year from the first of October.",
     "Household energy bills will go up by £84 a year from October 2.", ["date changed: the first of October → October 2"]),
    ("Enrolment at Hallam Technical College fell by a fifth between 2020 and 2024, to 3,600 students.",
     "Enrolment at Hallam Technical College dropped 20% between 2020 and 2024, to 3,600 students.", []),
    ("It was the second increase in twelve months.", "It was the second rise within a year.", []),
    ("Storm Edda brought gusts of up to 95 mph to the island on Friday night.",
     "Gusts reaching 95mph hit the island on Friday night.", []),
    ("Storm Edda brought gusts of up to 95 mph to the island on Friday night.",
     "Gusts of more than 95mph hit the island on Friday night.",
     ["number changed: up to 95 mph → more than 95mph"]),
    # a penalty for a deed, a court's finding; "in which"; anticipated; the old named site
    ("Judge Marsh sentenced Dunmore to nine years for a string of burglaries.",
     "Dunmore was jailed for nine years by Judge Marsh after a series of burglaries.", []),
    ("The Court of Appeal overturned her conviction, ruling that the judge had misdirected the jury.",
     "Her conviction was quashed by the Court of Appeal after it found that the judge had misdirected the jury.", []),
    ("He ended a 12-year tenure in which the population grew by 40,000.",
     "He ended 12 years in office during which the city gained 40,000 residents.", []),
    ("The trial is expected to last five weeks.", "It is anticipated that the trial will run for five weeks.", []),
    ("The trial will last five weeks.", "It is anticipated that the trial will run for five weeks.",
     ["hedge added: It is anticipated that"]),
    ("Homes will be built on the former Tanner's Mill site.", "Homes will be built on the old Tanner's Mill site.", []),
    # wire-service shorthand and money told two ways
    ("The club will spend about £30 million on a new training ground.",
     "The club will spend roughly £30 mln on a new training ground.", []),
    ("The club will spend about £30 million on a new training ground.",
     "The club will spend roughly £30 bln on a new training ground.",
     ["number changed: about £30 million → roughly £30 bln"]),
    ("The retailer listed liabilities of between $1 billion and $10 billion.",
     "The retailer listed liabilities in the $1 bln to $10 bln range.", []),
    ("Excluding items, the company earned 87 cents per share.", "Adjusted earnings came in at $0.87 a share.", []),
    ("Excluding items, the company earned 87 cents per share.", "Adjusted earnings came in at $0.78 a share.",
     ["number changed: 87 cents → $0.78"]),
    # a market told as down, a figure that eased or slowed, jobs eliminated, a rate brought down
    ("The index closed down 0.8 percent at 4,512 points.", "The index slipped 0.8% to finish at 4,512.", []),
    ("The yen weakened 0.3% to 151.20 per dollar.", "The yen eased 0.3 pct to 151.20 to the dollar.", []),
    ("Tensions eased after the talks.", "Tensions rose after the talks.", ["opposite meaning: eased → rose"]),
    ("The carmaker said it would cut about 3,500 jobs.", "About 3,500 positions will be eliminated, the carmaker said.", []),
    ("Prices rose 0.2%, bringing the annual inflation rate down to 3.0%.",
     "Prices edged up 0.2 percent, and annual inflation eased to 3.0 percent.", []),
    # what analysts reckoned, a slight move with its figure, a self-report
    ("Revenue was $14.2 billion, above analysts' average estimate of $13.9 billion.",
     "Revenue was $14.2 bln, above the $13.9 bln analysts had expected.", []),
    ("Revenue was $14.2 billion, above analysts' average estimate of $13.9 billion.",
     "Revenue was $14.2 bln, above the $13.9 bln it had reported a year earlier.",
     ["date added: a year earlier", "hedge removed: estimate"]),
    ("Consumer prices rose 0.2% in June.", "Consumer prices edged up 0.2 percent in June.", []),
    ("Consumer prices rose in June.", "Consumer prices edged up in June.", ["hedge added: edged up"]),
    ("Harlow Dynamics Inc said on Tuesday its net income rose 12% to $3.4 billion.",
     "Harlow Dynamics Incorporated on Tuesday posted net income of $3.4 bln, up 12 pct.", []),
    # dates of business news
    ("Net income rose in the quarter ended June 30.", "Net income rose in the three months to June.", []),
    ("The economy expanded 0.4% in the first quarter.", "GDP grew 0.4 percent in January-March.", []),
    ("The economy expanded 0.4% in the first quarter.", "GDP grew 0.4 percent in April-June.", ["date changed: the first quarter → April-June"]),
    ("Profit was $3.4 billion, from $3.04 billion a year earlier.",
     "Profit was $3.4 bln, up from $3.04 bln in the same period last year.", []),
    ("The bank has kept its rate at 3.5% since last October.", "The rate has been held at 3.5 pct since October of last year.", []),
    # titles and names by initials; a takeover's stage
    ("Demand is recovering, Chief Executive Officer Anneliese Moravec said.",
     "Demand is recovering, CEO Anneliese Moravec said.", []),
    ("Lumora Technologies raised $680 million in its initial public offering.", "Lumora Technologies' IPO raised $680 mln.", []),
    ("Castellan Foods agreed to buy Brightwater Brands for $2.1 billion.",
     "Castellan Foods completed its acquisition of Brightwater Brands in a $2.1 bln deal.",
     ["event changed: agreed to buy → completed its acquisition"]),
    # a judge asked in many words; a filing; two things at one time
    ("In a filing in federal court on Friday, Norvik Energy asked a judge to dismiss the lawsuit.",
     "Norvik Energy on Friday asked a federal judge to throw out the lawsuit, according to a court filing.", []),
    ("Residents were advised to keep windows shut.", "Residents were advised to keep windows shut due to the smoke.",
     ["relation added: due to"]),
    ("The storm dumped 14 inches of snow overnight, and temperatures fell to minus 9 degrees.",
     "The town received 14 inches of snow overnight as temperatures dropped to -9 degrees.", []),
    ("The Hawks beat the Comets 3-1, with forward Luca Brandt scoring twice.",
     "Forward Luca Brandt scored two goals as the Hawks defeated the Comets 3-1.", []),
    # votes: a margin, "against", "voted down"; a share of those asked
    ("MPs voted 312 to 290 against the amendment on Wednesday.",
     "On Wednesday the amendment was defeated by 22 votes, with 312 MPs opposing it and 290 supporting it.", []),
    ("MPs voted 312 to 290 against the amendment on Wednesday.",
     "On Wednesday the amendment was defeated by 32 votes, with 312 MPs opposing it and 290 supporting it.",
     ["number added: 32"]),
    ("Foreign ministers voted against a proposal to impose sanctions.", "Foreign ministers backed a proposal to impose sanctions.",
     ["negation removed: voted"]),
    ("Lawmakers rejected the pension reform by 201 votes to 187.", "The pension reform was voted down by 201 votes to 187.", []),
    ("Some 38% of respondents said they trusted the government, according to a survey by Halvorsen Research.",
     "A Halvorsen Research survey found that 38 per cent of those questioned trusted the government.", []),
    # a birthday, an anniversary; a rank taken to the top; a pause; every week
    ("Edna Polworth turned 100 on Sunday.", "Edna Polworth celebrated her 100th birthday on Sunday.", []),
    ("Edna Polworth turned 100 on Sunday.", "Edna Polworth celebrated her 101st birthday on Sunday.",
     ["number changed: 100 → 101st"]),
    ("The couple marked their 60th wedding anniversary on Saturday.", "On Saturday the couple celebrated 60 years of marriage.", []),
    ("It is the third-largest trial ever carried out.", "It is the biggest trial ever carried out.",
     ["number changed: third-largest → biggest"]),
    ("It is the third-largest trial ever carried out.", "It is the third biggest trial ever carried out.", []),
    ("The delegations agreed to a 72-hour pause in fighting.", "The delegations agreed to halt fighting for three days.", []),
    ("The hall will host a weekly lunch club from next month.", "From next month, a lunch club will be held at the hall every week.", []),
    # reported words of one's own; advice against; a state fallen into; team and researchers
    ("Lead author Professor Anjali Rhoades said the results were 'promising'.",
     "Professor Anjali Rhoades, the study's lead author, described the results as 'promising'.", []),
    ("She urged parents not to give supplements.", "She advised parents against giving supplements.", []),
    ("The United States has warned Pyongyang repeatedly in recent weeks against striking any arms deal.",
     "The United States has warned North Korea against entering into an arms deal.", []),
    ("She urged parents not to give supplements.", "She advised parents to give supplements.",
     ["negation removed: not"]),
    ("The village refused to let the hall become a ruin.", "The village refused to allow the hall to fall into ruin.", []),
    # a rank with a possessive; a multiple told as a verb misread, as "double the", as a rise
    ("Telvaro, the country's second-biggest mobile network, reported a rise in profits.",
     "Telvaro, the country's biggest mobile network, reported an increase in profits.",
     ["number changed: second-biggest → biggest"]),
    ("Pre-tax profit more than doubled to £1.1 billion.", "Price rises helped pre-tax profit triple to £1.1bn.",
     ["number changed: doubled → triple"]),
    ("Panels were fitted on 4,500 homes last year, more than double the number in 2022.",
     "Last year 4,500 homes had panels fitted, over twice as many as in 2022.", []),
    ("Quillon Systems said its quarterly revenue had more than doubled to $410 million.",
     "Quillon Systems' quarterly revenue rose by more than 100% to $410m, the company said.", []),
    # a score's ends are its own; votes counted apart; spans told with "over", "during", "across"
    ("Arai lost 6-4, 3-6, 7-5 in the final.", "Arai lost 6-4, 3-6, 7-6 in the final.", ["number changed: 7-5 → 7-6"]),
    ("A man stole cable from the line over three nights in January.",
     "A man took cable from the line across three nights in January.", []),
    ("Items had gone missing from the house over 14 months, the prosecutor told the jury.",
     "Jurors heard from the prosecutor that items had disappeared from the house during a 14-month period.", []),
    ("The bridge lasted over 14 months.", "The bridge lasted 14 months.", ["number changed: over 14 months → 14 months"]),
    # late against plan; a place in a race; a lap time; figures of two kinds at one time
    ("The bridge opened on 3 April, eight months behind schedule.", "Eight months later than planned, the bridge opened on April 3.", []),
    ("Cole finished third in the final behind two Jamaicans.", "Cole came third in the final, with two Jamaicans ahead of her.", []),
    ("Ferraro qualified fastest with a lap of 1 minute 21.4 seconds.", "Ferraro qualified fastest, lapping in 1:21.4.", []),
    ("Vextra suffered a five-hour outage on Thursday that affected about 300,000 customers.",
     "About 300,000 customers were affected on Thursday when Vextra went down for five hours.", []),
    # a place that will not reopen stays closed (an opposite told anywhere in the sentence)
    ("The library in Kesterby will not reopen until the autumn, the council confirmed.",
     "The council confirmed that Kesterby's library will remain closed until the autumn.",
     []),
    ("The library in Kesterby will reopen in the autumn, the council confirmed.",
     "The council confirmed that Kesterby's library will remain closed until the autumn.",
     ["opposite meaning: reopen → closed"]),
    # a speaker after a comma that the parser makes a clause of its own, a short title before the name
    ("Prime Minister Elena Vasquez-Hart announced on Wednesday that the general election would be held on 14 October.",
     "The general election will take place on October 14, PM Elena Vasquez-Hart announced on Wednesday.",
     []),
    ("Prime Minister Elena Vasquez-Hart announced on Wednesday that the general election would be held on 14 October.",
     "The general election will take place on October 14, opposition leader Farida Osei announced on Wednesday.",
     ["entity changed: Elena Vasquez-Hart → Farida Osei", "entity changed: Prime Minister → leader", "attribution changed: Prime Minister Elena Vasquez-Hart announced → opposition leader Farida Osei announced"]),
    # "as it currently stands" tells a state, no time
    ("Opposition leader Farida Osei said her party would not support the defence spending plan in its current form.",
     "Her party would oppose the defence spending plan as it currently stands, said Farida Osei, the leader of the opposition.",
     []),
    # jobs "to go" at a plant are jobs cut; jobs that go to another country are not
    ("The carmaker Veltro Motors plans to cut around 1,500 jobs at its plant in Sorrento Bay over the next two years.",
     "Around 1,500 jobs are to go at the Sorrento Bay plant of carmaker Veltro Motors over the next two years under the company's plans.",
     []),
    ("The carmaker plans to cut around 1,500 jobs at its plant in Sorrento Bay.",
     "Around 1,500 jobs at the carmaker's plant in Sorrento Bay are to go to Poland.",
     ["entity added: Poland", "negation removed: cut"]),
    # a fraction the recogniser joins to the date after it
    ("Shares in Nordlicht Energy rose by a quarter on Monday after the company agreed to be bought by a rival.",
     "Nordlicht Energy's shares jumped 25 per cent on Monday after it agreed to a takeover by a rival.",
     []),
    ("Shares in Nordlicht Energy rose by a quarter on Monday after the company agreed to be bought by a rival.",
     "Nordlicht Energy's shares jumped 20 per cent on Monday after it agreed to a takeover by a rival.",
     ["number changed: a quarter → 20 per cent"]),
    # the half-year to a month is the six months to it
    ("The retailer reportedly lost about £60 million in the six months to September.",
     "The retailer is said to have lost roughly £60m in the half-year to September.",
     []),
    ("The retailer reportedly lost about £60 million in the six months to September.",
     "The retailer is said to have lost roughly £60m in the half-year to August.",
     ["date changed: the six months to September → the half-year to August"]),
    # hundredths of a second; a record lowered is a record broken
    ("Swimmer Aiko Tanabe broke the national 200m butterfly record by 0.42 seconds at the trials in Calderport.",
     "At the trials in Calderport, the swimmer Aiko Tanabe lowered the national record for the 200 metres butterfly by 42 hundredths of a second.",
     []),
    ("Swimmer Aiko Tanabe broke the national 200m butterfly record by 0.42 seconds.",
     "Aiko Tanabe lowered the national record for the 200 metres butterfly by four hundredths of a second.",
     ["number changed: 0.42 seconds → four hundredths of a second"]),
    ("He won the sprint by 0.03 seconds.",
     "He won the sprint by three hundredths of a second.",
     []),
    ("The rate rose to 6 percent.",
     "The rate rose to 6.1 percent.",
     ["number changed: 6 percent → 6.1 percent"]),
    # "Prof." and "Professor" are one honorific
    ("Professor Anjali Rao, the lead author, said the results needed to be confirmed in a larger trial.",
     "The results need to be confirmed in a larger trial, said lead author Prof. Anjali Rao.",
     []),
    # a distance "from Earth" is a distance "away"
    ("Astronomers using the Kessler Telescope have detected water vapour in the atmosphere of a planet 110 light years away.",
     "Water vapour has been detected in the atmosphere of a planet 110 light years from Earth by astronomers using the Kessler Telescope.",
     []),
    # "over a period of three years" is a span, as "over three years"
    ("The jury at Hollinsford Crown Court heard that he accepted £75,000 in cash over three years.",
     "Jurors at Hollinsford Crown Court were told he took £75,000 in cash over a period of three years.",
     []),
    # what a company will try to do is no promise
    ("The company said it would try to find roles for some staff at its other site in Fenwick.",
     "Some staff will be given roles at its other site in Fenwick, the company said.",
     ["hedge removed: would try to"]),
    # "unless" is "if not"; "without" an improvement is the same condition
    ("Officials warned that measles cases could rise sharply this winter unless vaccination rates improved.",
     "Without an improvement in vaccination rates, measles cases may increase sharply this winter, officials warned.",
     []),
    ("Officials warned that measles cases could rise sharply this winter unless vaccination rates improved.",
     "Officials warned that measles cases could rise sharply this winter if vaccination rates improved.",
     ["negation removed: unless"]),
    # troops or a measure that stay against ones withdrawn, trade suspended against trade resumed, told anywhere
    ("The rebel commander, Idris Halvani, said his fighters would not withdraw from the town of Bel Kassar until the army pulled back first.",
     "Until the army pulled back first, his fighters would stay in the town of Bel Kassar, said rebel commander Idris Halvani.",
     []),
    ("Trade Commissioner Pieter Andrassy said the bloc was prepared to retaliate if the duties were not withdrawn.",
     "If the duties remained in place, the bloc was ready to respond in kind, according to Trade Commissioner Pieter Andrassy.",
     []),
    ("Energy Minister Roza Delacourt said the country would not resume imports from its neighbour before the winter.",
     "Imports from the neighbouring country would stay suspended until the winter, said Roza Delacourt, the energy minister.",
     []),
    ("The rebel commander said his fighters would withdraw from the town.",
     "His fighters would stay in the town, the rebel commander said.",
     ["opposite meaning: withdraw → stay"]),
    # a rank and the count after it are two figures ("its first 48 hours")
    ("Monitors from the regional security body reported 14 violations of the ceasefire in its first 48 hours.",
     "In the first two days of the ceasefire, monitors from the regional security body recorded 14 breaches.",
     []),
    ("Monitors reported 14 violations in its first 48 hours.",
     "Monitors reported 14 violations in its first three days.",
     ["number changed: 48 hours → three days"]),
    # still being investigated, too soon to establish: nothing known yet; "what caused" names no cause
    ("The cause of the fire remains under investigation, officials said.",
     "Officials said the fire's cause is still being investigated.",
     []),
    ("Investigators have recovered the flight data recorder but said it was too early to determine the cause.",
     "The flight data recorder has been recovered, though investigators said it was too soon to establish what caused the crash.",
     []),
    # talks that collapsed over a matter: the matter caused the collapse
    ("Talks on a free trade agreement, which began in 2021, collapsed on Friday over farm subsidies.",
     "Farm subsidies caused the collapse on Friday of negotiations, under way since 2021, on a free trade deal.",
     []),
    # "saw its enrollment drop" (parsed as a noun) tells a fall
    ("Enrollment at Halsey State University fell by nearly 900 students this fall.",
     "Halsey State University saw its enrollment drop by almost 900 students this fall.",
     []),
    ("Enrollment at Halsey State University fell by nearly 900 students this fall.",
     "Halsey State University saw its enrollment rise by almost 900 students this fall.",
     ["negation changed: fell → rise"]),
    # fuel "lost into the sea" leaked
    ("The port authority said the vessel may have lost fuel into the sea.",
     "The vessel could have leaked fuel into the sea, the port authority said.",
     []),
    # a speaker's preposition ("tenants at" / "tenants of")
    ("Tenants at the Alder Court complex said they had gone without hot water for nearly three weeks.",
     "Tenants of the Alder Court complex said they had been without hot water for almost three weeks.",
     []),
    ("Tenants at the Alder Court complex said they had gone without hot water for nearly three weeks.",
     "Managers of the Alder Court complex said they had been without hot water for almost three weeks.",
     ["attribution changed: Tenants at the Alder Court complex said → Managers of the Alder Court complex said"]),
    # laying off staff is cutting jobs
    ("Cindral Systems said Thursday it would lay off about 1,200 employees, or 9 percent of its workforce.",
     "Cindral Systems said on Thursday that it would cut about 1,200 jobs, or 9% of its workforce.",
     []),
    # "at least a dozen" is "at least 12"; "slightly hurt" tells a harm's degree
    ("Two firefighters suffered minor injuries, and at least a dozen homes have been destroyed, said Dale Whitcomb.",
     "At least 12 homes have been destroyed and two firefighters were slightly hurt, according to Dale Whitcomb.",
     []),
    ("At least a dozen homes were destroyed.",
     "Exactly 12 homes were destroyed.",
     ["number changed: At least a dozen → 12"]),
    # orders to stop for orders to halt: both verbs, no noun
    ("Arvenne's defence ministry said it had not yet received written orders to halt operations.",
     "The defence ministry in Arvenne said written orders to stop operations had not yet reached it.",
     []),
    ("Arvenne's defence ministry said it had not yet received written orders to halt operations.",
     "The defence ministry in Arvenne said written orders to continue operations had not yet reached it.",
     ["negation removed: halt"]),
    # seats "taken" are seats won
    ("The Civic Renewal Party won 142 of the 300 seats in Sunday's parliamentary election, falling short of an outright majority.",
     "Falling short of an outright majority, the Civic Renewal Party took 142 of the 300 seats in the parliamentary election on Sunday.",
     []),
    # a negative verb that tells who ("those who lose their jobs"), not what happened
    ("Affected workers will receive 16 weeks of severance pay, and the company will not require them to sign noncompete agreements.",
     "Those who lose their jobs will get 16 weeks of severance pay but will be required to sign noncompete agreements.",
     ["negation removed: not"]),
    # "wrongly admitted" is "should not have been admitted"
    ("The Court of Appeal overturned the conviction on Tuesday, ruling that key evidence had been wrongly admitted at his trial.",
     "Ruling that key evidence should not have been admitted at his trial, the Court of Appeal on Tuesday quashed the conviction.",
     []),
    ("He was convicted in 2009.",
     "He was wrongly convicted in 2009.",
     ["negation added: wrongly"]),
    # "as long as a year and a half" bounds from above as "up to 18 months"
    ("Researchers found that the beetles could survive for up to 18 months without food.",
     "The beetles could go as long as a year and a half without food, researchers found.",
     []),
    ("The beetles could survive for up to 18 months.",
     "The beetles could survive for more than a year and a half.",
     ["number changed: up to 18 months → more than a year and a half"]),
    # a speed given again in brackets in other units; a unit of speed is no name
    ("Wind gusts of 95 miles per hour were recorded on the island of Skerra overnight.",
     "Overnight, the island of Skerra recorded gusts of 95mph (153km/h).",
     []),
    ("Wind gusts of 95 miles per hour were recorded.",
     "Gusts of 85mph (153km/h) were recorded.",
     ["number changed: 95 miles → 85mph", "number added: 153"]),
    ("Temperatures are expected to reach 34C in London on Thursday.",
     "Forecasters expect London to hit 34 degrees Celsius (93F) on Thursday.",
     []),
    # "rather than attend", "instead of attending": did not attend
    ("The prime minister did not attend Wednesday's summit in Lisbon, sending her deputy in her place.",
     "Rather than attend Wednesday's summit in Lisbon herself, the prime minister sent her deputy to go in her place.",
     []),
    ("The prime minister attended the summit.",
     "Instead of attending the summit, the prime minister sent her deputy.",
     ["negation added: Instead of"]),
    # services suspended are services halted
    ("Rail services between Marlow Junction and Fenbridge will be suspended for a fortnight from 3 August.",
     "From August 3, trains between Marlow Junction and Fenbridge will be halted for two weeks.",
     []),
    # a century told by its years; "more than double" / "more than twice" its estimate
    ("The painting, by the 17th-century Dutch artist Pieter van Hoorn, sold for $8.6 million, more than double its estimate.",
     "Sold for $8.6m, the work by Pieter van Hoorn, a Dutch painter of the 1600s, fetched more than twice its estimate.",
     []),
    ("A 17th-century painting was sold.",
     "A painting from the 1700s was sold.",
     ["date changed: 17th-century → the 1700s"]),
    # "ex-" is "former"
    ("The jury took less than three hours to acquit the former councillor of all four charges.",
     "It took the jury under three hours to clear the ex-councillor of each of the four counts.",
     []),
    ("The councillor was cleared.",
     "The ex-councillor was cleared.",
     ["hedge added: ex"]),
    # "after the interval" is the match's second half, no order
    ("Ireland beat Scotland 27-13 in Dublin on Saturday, scoring three tries in the second half.",
     "Ireland scored three tries after the interval on their way to a 27-13 victory against Scotland in Dublin on Saturday.",
     []),
    # "over three days" / "across its three days", "over 18 seasons" / "after 18 seasons": spans, no bounds
    ("The festival drew more than 60,000 visitors over three days.",
     "The festival attracted upwards of 60,000 visitors across its three days.",
     []),
    ("The goalkeeper announced his retirement after making 512 league appearances over 18 seasons.",
     "After 18 seasons and 512 league appearances, the goalkeeper said that he was retiring.",
     []),
    ("He played for over 18 seasons.",
     "He played for 18 seasons.",
     ["number changed: over 18 → 18"]),
    # inflation that "eased from" one figure to another fell
    ("Annual inflation fell to 2.1% in October from 2.6% in September.",
     "The annual rate of inflation eased from 2.6 per cent in September to 2.1 per cent in October.",
     []),
    # "effective at preventing" is an efficacy against; "results from a trial involving" / "of"
    ("The vaccine was 87 percent effective at preventing severe illness, according to results from a trial involving 9,000 volunteers.",
     "Results from a trial of 9,000 volunteers showed the vaccine had an efficacy of 87% against severe illness.",
     []),
    # "not a single one of" counts nothing
    ("The opposition leader said the government had failed to deliver any of its housing promises.",
     "The government had not delivered a single one of its housing promises, according to the opposition leader.",
     []),
    # ships that stop at a port call there; ships that stop calling no longer do
    ("The ferry company said its ships would no longer stop at the port of Kilbrannan after 31 December.",
     "After December 31, the ferry company's vessels will stop calling at the port of Kilbrannan, the company said.",
     []),
    # "stay away from" is "avoid"; a request in the passive
    ("Inspector Gwen Howells urged motorists to avoid the area while the clean-up continued.",
     "Motorists were urged to stay away from the area during the clean-up by Inspector Gwen Howells.",
     []),
    ("Police said motorists should avoid the area.",
     "Motorists were urged to avoid the area, police said.",
     ["hedge added: were urged to"]),
    # "the world number 143" is ranked 143rd; a bus's number is no rank
    ("Moreno, ranked 143rd in the world, has not dropped a set all week.",
     "The world number 143, Moreno has yet to lose a set this week.",
     []),
    ("She is ranked 12th in the world.",
     "She is the world No. 11.",
     ["number changed: 12th → 11"]),
    # a figure short of a forecast is below it
    ("Shares fell 12% after the company warned that annual profits would be roughly a quarter below forecasts.",
     "The company's share price dropped by 12 per cent after it cautioned that annual profits would be about 25% short of forecasts.",
     []),
    # a series' first against its final
    ("The team lost the first two matches.",
     "The team lost the final two matches.",
     ["opposite meaning: first → final"]),
    # a passive investigation is no unknown
    ("Two federal agencies are investigating the company.",
     "The company is being investigated by two federal agencies.",
     []),
    # a speaker's title with its preposition, told inside the other speaker
    ("Halden's minister of health, Ora Belt, told parliament she would resign.",
     "Minister of Health Ora Belt told parliament she would resign.",
     []),
    # a schedule and an expectation of the same event; a thinker between "is thought" and "to"
    ("The Aurelia probe, launched in 2019, is due to reach the asteroid Velleda in November.",
     "The Aurelia probe, which lifted off in 2019, is expected to arrive at asteroid Velleda in November.",
     []),
    ("The probe is due to reach the asteroid in November.",
     "The probe reached the asteroid in November.",
     ["hedge removed: is due to reach"]),
    ("Astronomers believe the newly found comet will pass closest to the Sun in 2031.",
     "The newly found comet is thought by astronomers to be due to pass closest to the Sun in 2031.",
     []),
    # an expectation with no verb after it, before a time; "though it still requires" for "which still needs"
    ("The deal, which still needs approval from regulators, is expected to be completed by the end of next year.",
     "Completion of the deal is expected by the end of next year, though it still requires regulatory approval.",
     []),
    ("Brandt is not expected to make his debut until after the international break.",
     "Brandt's debut is not expected until after the international break.",
     []),
    # a step weighed, in the passive
    ("Ashby's lawyer said his client would consider an appeal.",
     "An appeal would be considered by his client, Ashby's lawyer said.",
     []),
    # an allegation with an adverb inside
    ("Ashby is also alleged to have hidden a further £600,000 in a bank account.",
     "A further £600,000 was also hidden by Ashby in a bank account.",
     ["hedge removed: is also alleged to"]),
    # "the previous year" is "a year earlier"; the first three months of the year are its first quarter
    ("Average rents rose 6.2% in the year to June, up from 4.1% a year earlier.",
     "Rents went up by 6.2 per cent in the 12 months to June, compared with 4.1 per cent the previous year.",
     []),
    ("Complaints about delayed parcels doubled to 8,400 in the first quarter.",
     "The number of complaints over late parcels rose twofold to 8,400 in the first three months of the year.",
     []),
    ("Sales rose in the first quarter.",
     "Sales rose in the third quarter.",
     ["date changed: the first quarter → the third quarter"]),
    # "the first time it has received one since" counts nothing
    ("Westbury Academy was rated outstanding by inspectors for the first time since it opened in 2009.",
     "Inspectors gave Westbury Academy an outstanding rating, the first time it has received one since opening in 2009.",
     []),
    # "Not since 1998 had" tells a record, no negation
    ("It was the closest any spacecraft has come to the moon since the Osprey mission in 1998.",
     "Not since the Osprey mission in 1998 had a spacecraft come so close to the moon.",
     []),
    # "a little cheaper" is "slightly cheaper"; "less quickly" is "more slowly"
    ("The price of bread rose more slowly than in the previous quarter, while fresh vegetables became slightly cheaper.",
     "Fresh vegetables got a little cheaper, and bread prices increased less quickly than in the previous quarter.",
     []),
    ("Bread prices rose more slowly than before.",
     "Bread prices rose more quickly than before.",
     ["opposite meaning: slowly → quickly"]),
    # a cause given as what prompted a thing
    ("The merger is expected to lead to about 1,200 job losses.",
     "The merger, prompted by rising claims costs, is expected to lead to around 1,200 job losses.",
     ["relation added: prompted by"]),
    ("Rising costs led to the merger.",
     "The merger was prompted by rising costs.",
     []),
    # "the league's top scorer" for "its second-highest"
    ("Brandt was the league's second-highest scorer last season, with 21 goals.",
     "With 21 goals last season, Brandt was the league's top scorer.",
     ["number changed: second-highest → top"]),
    # a share left over that the other side calls "the rest"
    ("Grenmoor shareholders will own 60 per cent of the new group, with the rest held by Atherly's members.",
     "Atherly's members will hold 40% of the new group, and Grenmoor shareholders the remaining 60%.",
     []),
    ("Grenmoor shareholders will own 60 per cent of the new group, with the rest held by Atherly's members.",
     "Atherly's members will hold 30% of the new group.",
     ["number changed: 60 per cent → 30%"]),
    # "after signing" for "has signed ... and will"
    ("He has signed a five-year contract and will wear the number 9 shirt.",
     "He will wear the number 9 shirt after signing a five-year contract.",
     []),
    # a payment missed is a payment not made; "missing" people are not a failure
    ("About 1.5 million households missed at least one energy bill payment last winter.",
     "Roughly one and a half million households failed to pay at least one energy bill last winter.",
     []),
    ("She missed the deadline.",
     "She met the deadline.",
     ["negation removed: missed"]),
    # a match's half told by its break
    ("Striker Tomás Reyna scored twice in the first half.",
     "Tomás Reyna struck twice after the interval.",
     ["date changed: the first half → after the interval"]),
    ("Ireland beat Scotland, scoring three tries in the second half.",
     "Ireland scored three tries after the interval to beat Scotland.",
     []),
    # "were told to" asks what "were advised to" asks
    ("Residents were told to stay indoors and keep windows shut.",
     "People living nearby were advised to remain inside with their windows closed.",
     []),
    # a century range told with each end's century
    ("The dynasty ruled the region from the 12th to the early 17th century.",
     "The dynasty ruled the region from the 12th century into the early 17th century.",
     []),
    ("The dynasty ruled the region from the 12th to the early 17th century.",
     "The dynasty ruled the region from the 12th century into the early 18th century.",
     ["date changed: the 12th to the early 17th century → the early 18th century"]),
    # "a little over four hours" bounds a figure: no slight change
    ("The cyclist completed the stage in just over four hours.",
     "The cyclist covered the stage in a little over four hours.",
     []),
    # missing the rest of a season is an absence, no failure
    ("The striker may miss the rest of the season with a knee injury.",
     "A knee injury may keep the striker out for the rest of the season.",
     []),
    # "as many as the year before" is a comparison's base, no date; "19 the month before" is a count and a date
    ("Admissions doubled last year to 340.",
     "There were 340 admissions last year, twice as many as the year before.",
     []),
    ("Cases rose to 57 in March, up from 19 in February.",
     "There were 57 cases in March, compared with 19 the month before.",
     []),
    # a forecast by economists against what economists had predicted
    ("Exports fell 2.7% in October, worse than the 1.5% drop forecast by economists.",
     "Exports declined 2.7 percent in October, a steeper fall than the 1.5 percent decrease economists had predicted.",
     []),
    # a bill that will be considered by the Lords goes to them: no step weighed
    ("The bill now goes to the House of Lords, where peers are expected to debate it in January.",
     "Next the bill will be considered by the House of Lords, with peers expected to debate it in January.",
     []),
    # "absent", "unhurt", "unreachable" carry their own negation
    ("Prince Edmund did not attend the ceremony in Harlowe, a palace source told the Daily Clarion.",
     "A palace source told the Daily Clarion that Prince Edmund was absent from the ceremony in Harlowe.",
     []),
    ("The zoo's oldest resident, a tortoise called Horace, was not harmed in the fire.",
     "Horace, the zoo's oldest resident, came through the fire unhurt.",
     []),
    ("An outage left thousands of websites unreachable for about three hours on Monday.",
     "Thousands of websites could not be reached for around three hours on Monday because of an outage.",
     []),
    # "the company said" for a firm the rewrite names
    ("Northvale Buses said about a fifth of its routes would run a reduced timetable until 2 March.",
     "Roughly 20 per cent of Northvale Buses routes will operate a reduced timetable until March 2, the company said.",
     []),
    # a time of day in two forms
    ("Passengers on the 7.15am ferry were stranded for three hours.",
     "Passengers on the 07:15 ferry were stranded for three hours.",
     []),
    ("The probe entered orbit at 06:15 GMT on Saturday.",
     "The probe went into orbit at 6.15pm GMT on Saturday.",
     ["date changed: 06:15 → 6.15pm"]),
    # "earlier than planned" is "ahead of schedule"
    ("The trust has raised £1.2 million for a new hospice, two years ahead of schedule.",
     "Two years earlier than planned, the trust has raised 1.2 million pounds for a new hospice.",
     []),
    # a retired teacher is a former one
    ("Retired teacher Margaret Pell has knitted nearly 2,000 hats.",
     "Former teacher Margaret Pell has knitted almost 2,000 hats.",
     []),
    # "hundredth" is "100th"
    ("FreshWay opened its 100th store in Dunlow on Friday.",
     "FreshWay's hundredth store opened in Dunlow on Friday.",
     []),
    # shares of those asked, in ratios; a source a finding names
    ("Two in five shoppers said they had cut back on takeaways, a survey by Brightlane Research found.",
     "According to a Brightlane Research survey, 40 per cent of shoppers said they had cut down on takeaways.",
     []),
    ("Only a quarter of commuters in the Tellworth survey said they were satisfied.",
     "In the Tellworth survey, just one in four commuters said they were satisfied.",
     []),
    # an age group is no name
    ("A poll found that 38 per cent of people under 30 did not expect to own a home.",
     "A poll found that 38 per cent of under-30s did not expect to own a home.",
     []),
    # a fall told by the figures it was and is, or by its noun after "after"
    ("Admissions fell to 3,100 last year, down from 4,600 in 2021.",
     "There were 3,100 admissions last year, compared with 4,600 in 2021.",
     []),
    ("Admissions fell to 3,100 last year.",
     "Admissions were 3,100 last year, compared with 2,600 in 2021.",
     ["number added: 2,600", "negation removed: fell"]),
    ("Emissions fell 11 percent last year to 42 million tonnes, the lowest level since 1965.",
     "At 42 million tonnes, last year's emissions were the lowest since 1965, after an 11% fall.",
     []),
    # researchers who "reported finding" report
    ("Researchers at the Talvik Institute reported that the enzyme was found in 18 of the 20 samples.",
     "Talvik Institute researchers reported finding the enzyme in 18 of 20 samples.",
     []),
    # "the quarter before" is a date; "the first fall in half a year" is no autumn
    ("The economy grew 0.6 percent in the third quarter, up from 0.2 percent in the previous three months.",
     "The economy expanded by 0.6% in the third quarter, compared with 0.2% in the quarter before.",
     []),
    ("Retail sales fell by 1.2 percent in March, the first decline in six months.",
     "March saw a 1.2% drop in retail sales, the first fall in half a year.",
     []),
    # "postponed until" is "not until"
    ("The launch has been postponed until at least 3 June.",
     "The satellite will not launch until June 3 at the earliest.",
     []),
    # "last year" and "a year earlier"; "is forecast at" and "is forecast to"
    ("The harvest is forecast to reach 14.2 million tonnes this year, down from 16.8 million tonnes last year.",
     "The harvest is forecast at 14.2 million tonnes this year, compared with 16.8 million tonnes a year earlier.",
     []),
    # a crop wiped out is a crop destroyed
    ("Late frosts in April had destroyed up to 60 percent of the apricot crop.",
     "Up to 60% of the apricot crop was wiped out by late frosts in April.",
     []),
    # "between January and March" is "from January to March"
    ("Rainfall was 48 percent below normal between January and March.",
     "Rainfall from January to March was 48 percent below normal.",
     []),
    # "the previous one", "one-way" count nothing
    ("The new chip is 40 percent faster than its predecessor.",
     "The new chip runs 40% faster than the previous one.",
     []),
    ("The average commute was 47 minutes each way.",
     "The average one-way commute lasted 47 minutes.",
     []),
    # hoping a thing will happen; "could" for a reported "can"
    ("The council said it hoped to find a new tenant for the building within a year.",
     "The council said it hoped a new tenant for the building would be found within 12 months.",
     []),
    ("Donations can still be made online until the end of March, the trust said.",
     "The trust said donations could still be made online until the end of March.",
     []),
    # a rate after a count
    ("Researchers gave the drug to 640 adults who had at least four migraines a month.",
     "Researchers gave telmavir to 640 adults who had four or more migraines each month.",
     []),
    ("They had four migraines a month.",
     "They had four migraines a week.",
     ["date changed: a month → a week"]),
    # halves of named months are the months' own dates, read by the numbers
    ("It overlaps with about the second half of May and the first half of June.",
     "It overlaps with about the first half of May and about the second half of June.",
     ["number added: first"]),
    # one person named after two descriptions of the same office
    ("The EU's energy commissioner, Marta Kovalenko, said gas storage had been filled to 92 percent of capacity.",
     "Gas storage has been filled to 92% of capacity, the bloc's energy commissioner Marta Kovalenko said.",
     []),
    # "year on year" is "from a year earlier"; the span of a rate counts nothing
    ("Average weekly pay, excluding bonuses, rose 5.2 percent year on year to £702.",
     "Excluding bonuses, average pay climbed 5.2% from a year earlier to £702 a week.",
     []),
    # a speaker after the comma that closes an appositive
    ("The retailer will not cut any jobs this year, its chief executive, Amara Quist, told staff on Monday.",
     "The retailer will make no job cuts this year, CEO Amara Quist told staff Monday.",
     []),
    # "suspect" believes
    ("Detectives believe the fire was started deliberately, a police spokesperson said.",
     "Detectives suspect the blaze was deliberately set, a police spokesperson said.",
     []),
    # "112 not out" is unbeaten; "No. 2 seed" is the second seed; "stage 14" the 14th stage; set scores without commas
    ("Asha Verma scored an unbeaten 112 as Eastholm beat Crowhaven by 47 runs on Saturday.",
     "Eastholm defeated Crowhaven by 47 runs Saturday, with Asha Verma making 112 not out.",
     []),
    ("Second seed Lukas Ferrante beat Mateo Quiroga 6-4, 3-6, 7-5 to reach the final.",
     "No. 2 seed Lukas Ferrante reached the final, defeating Mateo Quiroga 6-4 3-6 7-5.",
     []),
    ("He won 6-4, 3-6, 7-5.",
     "He won 6-4 3-6 7-6.",
     ["number changed: 7-5 → 7-6"]),
    ("Joren Dekker won stage 14 of the Tour of Valmora on Wednesday.",
     "Joren Dekker won Wednesday's 14th stage of the Tour of Valmora.",
     []),
    # "come down" is a fall; "the 15% drop"
    ("Waiting times for hip operations had fallen from 41 weeks to 29 weeks over the past year.",
     "Over the past year, the wait for a hip operation has come down from 41 weeks to 29.",
     []),
    ("Visitor numbers at the museum fell by 15 percent last year, which the museum attributed to rail strikes.",
     "The museum blamed rail strikes for the 15% drop in its visitor numbers last year.",
     []),
    # "what was once" and "formerly" carry "former"
    ("Inspectors approved 1,200 homes on the former Greyford airfield on Tuesday.",
     "Inspectors on Tuesday gave approval for 1,200 homes on what was once Greyford airfield.",
     []),
    ("'I did not see the warning signs,' the former director, Ailsa Coombe, told the hearing.",
     "Ailsa Coombe, formerly the director, told the hearing: 'I did not see the warning signs.'",
     []),
    # "a quarter of a million" is 250,000
    ("The government expected to miss its target of 250,000 new homes a year.",
     "The government expects to fall short of its target of a quarter of a million new homes a year.",
     []),
    ("They built 250,000 homes.",
     "They built half a million homes.",
     ["number changed: 250,000 → half a million"]),
    # "one of X's pupils" is "a pupil of X"
    ("The painting, long attributed to a pupil of Pieter Haeckelbosch, is now thought to be the work of the master himself.",
     "Long attributed to one of Pieter Haeckelbosch's pupils, the painting is now thought to be by the master himself.",
     []),
    # "over five years" ending a clause is a span
    ("The university has been awarded £14.5 million to study antibiotic resistance over five years.",
     "A five-year award of £14.5m has gone to the university for the study of antibiotic resistance.",
     []),
    ("The trial lasted over two years.",
     "The trial lasted two years.",
     ["number changed: over two years → two years"]),
    # "the team's hope was to" hopes
    ("Professor Hamid Qureshi said the team hoped to have the first results by 2027.",
     "Hamid Qureshi said the team's hope was to have its first results by 2027.",
     []),
    # "stop supporting" for "withdraw support"
    ("The decision by the council to withdraw support from the observatory was described by staff as 'short-sighted'.",
     "Staff described the council's decision to stop supporting the observatory as 'short-sighted'.",
     []),
    # "as many as it did" compares, no time
    ("Applications rose to 4,800 this year, roughly double the number five years ago.",
     "The university received 4,800 applications this year, around twice as many as it did five years ago.",
     []),
    # "capped at" bounds from above
    ("Bus fares will be capped at £2 for a single journey from 1 September.",
     "From September 1, a single bus journey will cost no more than £2.",
     []),
    # "kept a helicopter from reaching them": it could not
    ("A helicopter could not reach them overnight because of high winds.",
     "High winds kept a helicopter from reaching them overnight.",
     []),
    # "first X and then Y" is an order
    ("Crews first isolated the damaged transformers and then rerouted power through the Elham line.",
     "Crews first rerouted power through the Elham line and then isolated the damaged transformers.",
     ["order reversed: isolated the damaged transformers and then rerouted → rerouted power through the Elham line and then isolated"]),
    # an expectation before "once"
    ("About 600,000 visitors a year are expected once the museum reopens.",
     "Once the doors reopen, some 600,000 visitors a year are expected.",
     []),
    # "put off until", "pushed back until" are "postponed until", "delayed until"
    ("The vote was postponed until after the summer recess.",
     "The vote has been put off until the summer recess is over.",
     []),
    ("Some routine appointments could be delayed until July.",
     "Some routine appointments may be pushed back until July.",
     []),
    # "axed" cuts (the parser's lemma "ax"); a fall told by its noun only where the other side lacks one
    ("Enrolment fell by a fifth, to 3,600 students, prompting the principal to cut four courses.",
     "The principal axed four courses in response to a 20% drop in student numbers, which left 3,600.",
     []),
    # "a £2 cap" bounds as "capped at £2"
    ("Bus fares will be capped at £2 until at least December.",
     "A £2 cap on bus fares will stay in place until December at the earliest.",
     []),
    # a rate after a figure or a noun: "7,000 a day", "six grams a day"
    ("Passenger numbers reached 7,000 a day in August.",
     "In August, the airport handled seven thousand passengers a day.",
     []),
    ("The agency said adults should eat no more than 6 grams of salt a day.",
     "Adults should limit their salt intake to a maximum of six grams a day, the agency said.",
     []),
    # "a meeting of over four hours": "of" before "over" bounds
    ("The panel reached its decision after a meeting lasting more than four hours.",
     "The decision was reached after a meeting of over four hours.",
     []),
    # "aircraft came down" is a crash, no fall; "adjourned until" is "put off until"
    ("All four crew died when a cargo aircraft came down near the coast.",
     "A cargo aircraft crashed near the coast, killing all four crew.",
     []),
    ("Magistrate Keith Bellamy adjourned sentencing until 12 January.",
     "Sentencing was put off until January 12 by magistrate Keith Bellamy.",
     []),
    ("Ardent Robotics has postponed its planned listing until at least next year.",
     "Ardent Robotics has delayed its planned listing to next year at the earliest.",
     []),
    # shares of those asked whose "%" the value lost
    ("Three in 10 residents who responded to the consultation said they would back a higher parking charge.",
     "30% of residents responding to the consultation said they would support a higher parking charge.",
     []),
    # midday, noon and 12pm
    ("The exam board said results would be published at midday on 14 August.",
     "Results will be released at noon on August 14, the exam board said.",
     []),
    ("The warning runs from 6pm on Wednesday until midday on Thursday.",
     "The warning runs from 6pm Wednesday to 12pm Thursday.",
     []),
    ("Results come at midday.",
     "Results come at midnight.",
     ["date changed: midday → midnight"]),
    # a ban told by a noun two words on; "and ordered to pay"
    ("The magistrates banned Ryan Coltrane from driving for 18 months and ordered him to pay £620 in costs.",
     "Ryan Coltrane was given an 18-month driving ban by the magistrates and ordered to pay costs of £620.",
     []),
    # "in the space of a day" is within 24 hours
    ("Up to 80mm of rain could fall on higher ground within 24 hours.",
     "As much as 80mm of rain could fall on higher ground in the space of a day.",
     []),
    # Q3 and third-quarter; FY2023 and the 2023 financial year; wire units
    ("Kestrel Bank net profit rose 12 pct y/y to 2.3 bln euros in Q3.",
     "Third-quarter net profit at Kestrel Bank climbed 12 percent from a year earlier to 2.3 billion euros.",
     []),
    ("Pallant Retail posted a net loss of 310 mln stg for FY2023.",
     "For the 2023 financial year, Pallant Retail reported a net loss of £310 million.",
     []),
    ("The bank raised its benchmark rate by 25 basis points to 4.75 pct.",
     "The bank lifted its key interest rate by a quarter of a percentage point to 4.75 percent.",
     []),
    ("Lumera priced its IPO at 22 dlrs a share, the top of its 19-22 dlr range.",
     "Lumera set the price of its offering at $22 per share, at the top of the $19-to-$22 range.",
     []),
    # a firm named for "the company", either way round
    ("Halvard Steel's quarterly revenue fell 4.5 percent to $870 million, the company said in a statement.",
     "In a statement, Halvard Steel said revenue slipped 4.5 pct to 870 mln dlrs in the quarter.",
     []),
    # "to exceed" bounds from below
    ("Orrin Foods does not expect its operating margin to exceed 9 pct.",
     "Orrin Foods does not expect the operating margin to be above nine percent.",
     []),
    # "is thought to be negotiating the sale" is in talks
    ("Quillon Pharma is believed to be in talks to sell its generics unit for about 900 mln dlrs.",
     "Quillon Pharma is thought to be negotiating the sale of its generics business for roughly $900 million.",
     []),
    # "as had been forecast" is "in line with forecasts"
    ("The bank held rates at 3 pct for a fifth straight meeting, in line with forecasts.",
     "As had been forecast, the bank kept interest rates at three percent for a fifth consecutive meeting.",
     []),
    # a consequence told where the original tells "after"
    ("More than 200 homes were evacuated after the river burst its banks on Saturday night.",
     "The river burst its banks on Saturday night, leading to the evacuation of over 200 homes.",
     []),
    # "pushed fees down 11 percent" is a fall; "the first cut" beside "lowered"
    ("Investment banking fees fell 11 pct from a year earlier, hit by a slowdown in deal-making.",
     "A slowdown in deal-making pushed investment banking fees down 11 percent year on year.",
     []),
    ("The central bank cut its main policy rate by 50 basis points to 6.25 pct, its first reduction since 2020.",
     "The central bank lowered its key policy rate by half a percentage point to 6.25 percent, the first cut since 2020.",
     []),
    ("The council voted to ban cars from the old town.",
     "The council rejected a ban on cars in the old town.",
     ["negation added: rejected"]),
    # "had been expected by most economists"
    ("Most economists had expected a smaller cut of 25 basis points.",
     "A smaller cut of 25 basis points had been expected by most economists.",
     []),
    # "two second-half tries" count two
    ("Prichard scored two tries in the second half.",
     "Prichard scored two second-half tries.",
     []),
    # "left out of" is "did not mention"; "unanswered" carries its negation
    ("The summit's final communique did not mention the disputed islands, diplomats said.",
     "Diplomats said the disputed islands were left out of the final communique.",
     []),
    ("The government has not responded to the findings, the group said.",
     "The group said the findings have so far gone unanswered by the government.",
     []),
    # an expulsion is an order to leave
    ("Valdoria expelled three diplomats on Wednesday, accusing them of spying.",
     "Accusing them of spying, Valdoria on Wednesday ordered three diplomats to leave the country.",
     []),
    # held "without being charged" is no charge
    ("At least 230 protesters had been detained without charge since January, the group said.",
     "Since January at least 230 protesters have been held without being charged, the group said.",
     []),
    # a group named by two capitalised words, described before or after
    ("Rights group Open Ledger said that at least 230 protesters had been detained.",
     "At least 230 protesters had been detained, Open Ledger, a rights group, said.",
     []),
    ("Tenants at the Alder Court complex said they had gone without hot water.",
     "Managers of the Alder Court complex said they had been without hot water.",
     ["attribution changed: Tenants at the Alder Court complex said → Managers of the Alder Court complex said"]),
    # economists surveyed by a newspaper of several words had forecast
    ("Economists surveyed by the Dagsposten newspaper had forecast a slight increase in the jobless rate.",
     "A slight increase in the jobless rate had been forecast by economists surveyed by the Dagsposten newspaper.",
     []),
    # work that "stopped in May" halted; ships that stop in a named place call there
    ("Work on the old pier stopped in May after a storm.",
     "After a storm, work on the old pier halted in May.",
     []),
    ("Trains will no longer stop in Fenwick after December.",
     "After December, trains will stop calling in Fenwick.",
     []),
    # (fifty-eighth session: blind news paraphrases and rewrites)
    # a kind of firm for the firm the original names
    ("Ostler Bank said on Monday that its profit fell 8 percent.",
     "Profit at Ostler Bank dropped 8%, the lender said on Monday.",
     []),
    ("Finance minister Ruth Ambler said the bank's profit fell.",
     "The bank's profit fell, the lender said.",
     ["attribution changed: Finance minister Ruth Ambler said → the lender said"]),
    # one ... the other
    ("Two boys, aged 14 and 15, were hurt.",
     "Two boys, one aged 14 and the other 15, were hurt.",
     []),
    ("Two boys were hurt; one was taken to hospital.",
     "Two boys were hurt and taken to hospital.",
     []),
    # snow falls in centimetres; a figure that may come
    ("Up to 20 centimetres of snow could fall on the hills by Friday.",
     "As much as 20cm of snow is possible on the hills by Friday.",
     []),
    # a race's distance
    ("Mara Selby ran 10.91 seconds in the 100m in Oslo.",
     "In Oslo, Mara Selby clocked 10.91sec over 100 metres.",
     []),
    ("The pipeline runs 100 metres.",
     "The pipeline runs over 100 metres.",
     ["number changed: 100 metres → over 100 metres"]),
    # not yet approved
    ("Regulators have not yet approved the drug.",
     "The drug has yet to be approved by regulators.",
     []),
    ("Regulators have not yet approved the drug.",
     "Regulators have approved the drug.",
     ["hedge removed: not yet approved"]),
    ("The council has yet to approve the plan.",
     "Approval for the plan has not yet been given by the council.",
     []),
    # removing a levy
    ("The deal will remove tariffs on most goods.",
     "Tariffs on most goods will be scrapped under the deal.",
     []),
    ("The deal will remove tariffs on most goods.",
     "The deal will impose tariffs on most goods.",
     ["negation removed: remove"]),
    # neither in a second claim
    ("Two men were taken to hospital, but neither was badly hurt.",
     "Two men were taken to hospital, although neither was badly injured.",
     []),
    # a level not seen since
    ("Prices reached their highest level since 2008.",
     "Prices reached a level not seen since 2008.",
     []),
    ("The hike on Monday was the bank's third this year.",
     "The hike, the bank's third of the year, came on Monday.",
     []),
    # report released / published
    ("According to a report published on Monday, waits rose.",
     "Waits rose, according to a report released on Monday.",
     []),
    # the sequence a report tells
    ("The assembly was dissolved on Friday, and an election is expected in May.",
     "An election is expected in May, following Friday's dissolution of the assembly.",
     []),
    ("An election will be held in May. The assembly was dissolved on Friday.",
     "An election will be held in May after the assembly was dissolved on Friday.",
     ["timing added: after"]),
    ("The report was published because the minister resigned.",
     "The minister resigned after the report was published.",
     ["timing added: after"]),
    ("Inspectors rated the ward poor, having found that it was dirty.",
     "Inspectors rated the ward poor after finding that it was dirty.",
     []),
    ("The ward was rated poor by inspectors, who found that it was dirty.",
     "Inspectors gave the ward a poor rating after finding it was dirty.",
     []),
    ("A strike by refuse collectors has left 900 tonnes of rubbish uncollected.",
     "900 tonnes of rubbish has gone uncollected during the strike by refuse collectors.",
     []),
    # a cause told by what enables
    ("A grant of £2m from the Hale Trust will allow the museum to reopen.",
     "The museum will be able to reopen thanks to £2m from the Hale Trust.",
     []),
    # lists closed to new patients
    ("Half the surgeries are not accepting new patients.",
     "Half the surgeries have closed their lists to new patients.",
     []),
    ("Half the surgeries are accepting new patients.",
     "Half the surgeries have closed their lists to new patients.",
     ["negation changed: accepting → closed"]),
    # a claim the speaker made
    ("The council said the scheme would create 300 jobs, though critics doubted it.",
     "Critics doubted the council's claim that the scheme would create 300 jobs.",
     []),
    # no other ... has matched
    ("The album sold 90,000 copies in its first week, more than any other this year.",
     "No other album this year has matched the 90,000 copies it sold in its first week.",
     []),
    ("No other album was released this year.",
     "Another album was released this year.",
     ["negation removed: No"]),
    # topped
    ("More than 40,000 people attended the show.",
     "Attendance at the show topped 40,000.",
     []),
    ("About 40,000 people attended the show.",
     "Attendance at the show topped 50,000.",
     ["number changed: About 40,000 → 50,000"]),
    # 4.8m viewers
    ("The final drew 6.2 million viewers.",
     "The final drew 6.2m viewers.",
     []),
    # a tenth last year
    ("Sales fell by about a tenth last year.",
     "Sales fell by roughly 10 per cent last year.",
     []),
    # second year running
    ("Fees will be frozen for a second year.",
     "For the second year running, fees will be frozen.",
     []),
    # auction estimate
    ("The vase sold for £40,000, twice its estimate.",
     "The vase fetched £40,000, double what it had been expected to make.",
     []),
    # date with a count after it
    ("The show has been renewed for a third series, to be filmed next year.",
     "Next year a third series of the show will be filmed.",
     []),
    # closed since ... will reopen
    ("The pool, which has been closed since a fire in 2020, will reopen in May.",
     "Shut since a fire in 2020, the pool is due to open its doors again in May.",
     []),
    # a week later / seven days later
    ("Results will be published on 9 May, a week later than planned.",
     "Results will be published on May 9, seven days later than planned.",
     []),
    # escaped being forced into
    ("The president narrowly avoided a runoff.",
     "The president only just escaped being forced into a runoff.",
     []),
    # unlikely to
    ("The bill is unlikely to pass this year.",
     "The bill will probably not pass this year.",
     []),
    ("The bill is unlikely to pass this year.",
     "The bill will probably pass this year.",
     ["negation removed: unlikely"]),
    # title of a company officer
    ("Chief financial officer Anna Vey blamed weak demand.",
     "Weak demand was blamed by chief executive Anna Vey.",
     ["title changed: Chief financial officer → chief executive"]),
    ("The chief executive officer, Anna Vey, blamed weak demand.",
     "Anna Vey, the CEO, blamed weak demand.",
     []),
    # route reversed
    ("The ferry was sailing from Port Arden to Kilmory.",
     "The ferry was travelling from Kilmory to Port Arden.",
     ["route reversed: from Port Arden to Kilmory → from Kilmory to Port Arden"]),
    # longer than planned
    ("The burn lasted 40 minutes, slightly longer than planned.",
     "The burn lasted 40 minutes, slightly shorter than planned.",
     ["opposite meaning: longer → shorter"]),
    ("Exports grew faster than imports.",
     "Imports grew more slowly than exports.",
     []),
    # winless
    ("It ended a run of six games without a win.",
     "It ended a six-game winless run.",
     []),
    # its forecast for
    ("The firm cut its annual sales forecast.",
     "The firm lowered its forecast for annual sales.",
     []),
    # blocking / closing a channel
    ("The ship ran aground, blocking the channel for ten hours.",
     "The ship ran aground, closing the channel for ten hours.",
     []),
    # order with the clause's second verb
    ("He was arrested after a clerk noticed the payments and alerted police.",
     "A clerk noticed the payments and alerted police after his arrest.",
     ["order reversed: arrested after a clerk noticed the payments and alerted → alerted police after his arrest"]),
    # at the request of
    ("Officers urged people never to hand over cash at the request of a caller.",
     "People should never hand over cash because a caller asks them to, officers urged.",
     []),
    # a run of months told either way
    ("Prices have risen for the third month in a row.",
     "Prices rose for a third consecutive month.",
     []),
    # "not yet decided" is no pending approval
    ("The council has not yet decided whether to go ahead.",
     "No decision has been made yet by the council on whether to go ahead.",
     []),
    # comparatives against other things
    ("The new stadium is larger than the old one.",
     "The old stadium is smaller than the new one.",
     []),
    # a share of those asked
    ("Nine out of ten owners in the poll said they were happy.",
     "In the poll, 90 per cent of owners said they were happy.",
     []),
    # an infinitive of purpose the original lacks, and one it tells
    ("The school plans to open a sixth form in 2026.",
     "The school plans to open a sixth form in 2026 to meet rising demand from parents.",
     ["relation added: to meet"]),
    ("Rovers beat United 2-1 on Saturday.",
     "Rovers came from behind to defeat United 2-1 on Saturday.",
     []),
    # a ban lifted or ended
    ("The law will end the ban on the research.",
     "The law will lift the ban on the research.",
     []),
    # centuries, a pair, undecided, too few
    ("It was the worst drought in 500 years.",
     "It was the worst drought in five centuries.",
     []),
    ("Astronomers found a pair of gas giants.",
     "Astronomers found two gas giants.",
     []),
    ("Astronomers found a pair of gas giants.",
     "Astronomers found three gas giants.",
     ["number changed: pair → three"]),
    ("No decision has yet been taken on the plan, a spokesman said.",
     "A spokesman said the plan was still undecided.",
     []),
    ("Not enough rooms are available in the city.",
     "The city has too few rooms available.",
     []),
    # drones brought down, rates brought down
    ("The drone was shot down near the border.",
     "The drone was brought down near the border.",
     []),
    # a date with a comparison before it or a name after it
    ("Emissions fell 11% last year.",
     "Emissions were 11 per cent less last year.",
     []),
    ("The frigate Stormvald was commissioned on 2 June.",
     "On June 2 the Stormvald was commissioned.",
     []),
    ("The comet could be visible in early December.",
     "The comet may be visible at the start of December.",
     []),
    ("Fewer people applied than expected.",
     "Fewer people applied than had been expected.",
     []),
    # a source the parser reads as the clause's subject, or into a date
    ("Halcrow Labs said a gang was behind the attack.",
     "According to security company Halcrow Labs, a gang was behind the attack.",
     []),
    ("Data of 1.4 million customers of Brightwell was stolen, the company confirmed on Friday.",
     "On Friday Brightwell confirmed that the data of some 1.4m of its customers was stolen.",
     []),
    # ahead of what was forecast; day and month next year; next April
    ("Revenue rose 20%, beating analysts' forecasts.",
     "Revenue rose 20%, ahead of what analysts had forecast.",
     []),
    ("The network will close on 31 March next year.",
     "The network will close on March 31 next year.",
     []),
    ("The tax will be introduced from next April.",
     "The tax will be introduced from April next year.",
     []),
    ("The park will limit daily hikers to 600.",
     "No more than 600 hikers a day will be allowed in the park.",
     []),
    # a length of time "for" holds
    ("She was jailed for four years for stealing £9,000.",
     "She was sent to prison for four years after stealing £9,000.",
     []),
    # "as the drug is called"
    ("The drug, known as VX-210, was given every eight weeks.",
     "VX-210, as the drug is called, was given every eight weeks.",
     []),
    # a plan told as begun
    ("The regulator said it would examine the rise.",
     "The regulator said it had already begun examining the rise.",
     ["timing changed: would examine → had already begun examining"]),
    # the order a "to" clause's verb takes
    ("Talks had broken down after the company refused to discuss breaks.",
     "The company refused to discuss breaks after talks had broken down.",
     ["order reversed: broken down after the company refused → refused to discuss breaks after talks had broken"]),
    # advice told with "should"
    ("Passengers are advised to check before travelling.",
     "Passengers should check before travelling.",
     []),
    # a cause named as the speaker acts
    ("The mayor called for an inquiry.",
     "Blaming years of underinvestment, the mayor called for an inquiry.",
     ["relation added: Blaming"]),
    ("The mayor blamed years of underinvestment and called for an inquiry.",
     "Blaming years of underinvestment, the mayor called for an inquiry.",
     []),
    # a condition dropped, or told in other words
    ("She said the drug could be available within two years if regulators approve it.",
     "The drug could be available within two years, she said.",
     ["relation removed: if"]),
    ("Prices could double if the harvest fails, analysts warned.",
     "Analysts warned that a failed harvest could see prices double.",
     []),
    ("She asked if the drug was safe.",
     "She asked whether the drug was safe.",
     []),
    ("If a surface has zero curvature, it is flat.",
     "When a surface has zero curvature, it is flat.",
     []),
    ("Parents were urged not to send children to school if they had a temperature.",
     "Parents were urged to keep children with a temperature at home rather than send them to school.",
     []),
    # a fortnight, in over ten years, a one-day fall
    ("The appeal was launched a fortnight ago.",
     "The appeal was launched two weeks ago.",
     []),
    ("The dollar hit its lowest level in more than a decade.",
     "The dollar hit its weakest level in over ten years.",
     []),
    ("Shares closed down 1.8% on Friday, their worst day since March.",
     "Shares ended 1.8 percent lower on Friday, their steepest one-day fall since March.",
     []),
    ("Staff held a one-day strike.",
     "Staff held a two-day strike.",
     ["number changed: one-day → two-day"]),
    # unnamed, a penalty's cause, posts to go, a job lost
    ("The woman, who has not been named, was taken to hospital.",
     "The unnamed woman was taken to hospital.",
     []),
    ("The university was fined $450,000 for failing to protect data.",
     "The university was fined $450,000 because it did not protect data.",
     []),
    ("The university expects to cut about 200 jobs.",
     "Around 200 posts are expected to go at the university.",
     []),
    ("Manager Dario Cifuentes was sacked on Monday.",
     "On Monday Dario Cifuentes lost his job as manager.",
     []),
    # seen as, asked for a sum, reserved the right, nothing but, none had caused
    ("The Greens are seen as the most likely partner.",
     "The Greens are thought to be the most likely partner.",
     []),
    ("The agency has appealed for $62 million.",
     "The agency has asked for $62m.",
     []),
    ("Ostria said it reserved the right to respond.",
     "Ostria said it would respond.",
     ["hedge removed: reserved the right to"]),
    ("Many arrived with nothing but the clothes they wore.",
     "Many came with only the clothes they wore.",
     []),
    ("The firm knew of 11 incidents and no one had been injured.",
     "The firm knew of 11 incidents and none had caused injury.",
     []),
    # dates from ... to, at first, the prosecution, head of a department
    ("Fryers sold between March 2022 and June 2023 are affected.",
     "Fryers sold from March 2022 to June 2023 are affected.",
     []),
    ("Her voice sounded strained in the early songs.",
     "Her singing was strained at first.",
     []),
    ("The prosecution said it would consider a retrial.",
     "Prosecutors said they would consider a retrial.",
     []),
    ("Brightvale's head of quality, Naomi Petrakis, apologised.",
     "Naomi Petrakis, Brightvale's chief executive, apologised.",
     ["title changed: head of quality → chief executive"]),
    # a petition against, 12am, unspent, goes up to, one who, even if
    ("Residents signed a petition opposing the development.",
     "Residents signed a petition against the development.",
     []),
    ("Farmers drove into the city to protest against the cuts.",
     "Farmers drove into the city in protest at the cuts.",
     []),
    ("The shed was set alight at about midnight.",
     "The shed was set on fire at around 12am.",
     []),
    ("One in four gift cards had still not been used.",
     "A quarter of the gift cards remained unspent.",
     []),
    ("The society has raised the rate to 4.1%.",
     "The rate goes up to 4.1 per cent.",
     []),
    ("Never give your PIN to a caller, even if the caller is polite.",
     "Never give your PIN to any caller, including one who is polite.",
     []),
    # still to, by half, No 1, a twentieth last year
    ("The incumbent has not yet conceded defeat.",
     "The incumbent had still to concede defeat.",
     []),
    ("The countries agreed to cut tariffs by half.",
     "The countries agreed to halve tariffs.",
     []),
    ("The album went straight to number one.",
     "The album entered the chart at No 1.",
     []),
    ("Sales rose by about a twentieth last year.",
     "Sales went up roughly 5% last year.",
     []),
    # a road blocked, it is believed, a protest as the cause
    ("The protest blocked the ring road for five hours.",
     "The ring road was blocked for five hours by the protest.",
     []),
    ("The thieves are believed to have entered through a skylight.",
     "It is believed the thieves got in through a skylight.",
     []),
    ("The president did not attend, sending his deputy.",
     "The president stayed away in protest, sending his deputy.",
     ["relation added: in protest"]),
    # a condition with "subject to", a tenth more, a season as a kind, "not until" / "only once"
    ("Work could start next year, subject to a legal agreement on roads.",
     "Building work could begin next year.",
     ["relation removed: subject to"]),
    ("Work could start next year, subject to a legal agreement on roads.",
     "Work could start next year if a legal agreement on roads is reached.",
     []),
    ("Paying monthly typically costs about a tenth more.",
     "Paying by the month usually costs around 10% more.",
     []),
    ("The deadline for the Kelmshire winter fuel grant is 31 January.",
     "Applications for Kelmshire's winter fuel grant must be made by January 31.",
     []),
    ("The publisher would not release the memoir until the dispute had been settled.",
     "The memoir will only be published once the dispute is resolved.",
     []),
    ("The publisher would not release the memoir until the dispute had been settled.",
     "The memoir will be published before the dispute is resolved.",
     ["timing added: before", "negation removed: not"]),
    # a year as a rate, a "for X to" clause, a shelf that fell on her, rain dropped, a cost that was a loss
    ("Paying monthly costs more than paying annually.",
     "Paying by the month costs more than paying once a year.",
     []),
    ("The novelist is in talks to adapt his book for the stage.",
     "Talks are under way for the novelist to turn his book into a stage play.",
     []),
    ("A woman was injured when a shelf collapsed on her.",
     "A woman was hurt when a shelf fell on her.",
     []),
    ("The storm dumped 9 inches of rain on the lake.",
     "The storm dropped nine inches of rain on the lake.",
     []),
    ("The drought has cost farmers an estimated $220 million this year.",
     "Farmers have lost around $220m to the drought this year.",
     []),
    ("The governor vetoed the measure, saying it would cost taxpayers $80 million a year.",
     "Citing an annual cost to taxpayers of $80m, the governor vetoed the measure.",
     []),
    # approval pending, keep away from, 65 or older, at no cost, a source's clause after a comma
    ("The deal, which still needs approval from regulators, is expected to close next year.",
     "Subject to regulatory approval, the deal is likely to close next year.",
     []),
    ("She advises people to avoid screens before bed.",
     "People should keep away from screens before bed, she advises.",
     []),
    ("The vaccine is offered free to everyone aged 65 and over.",
     "Anyone who is 65 or older can get the vaccine at no cost.",
     []),
    ("The study of 12,000 nurses found that short sleepers caught more colds.",
     "Short sleepers caught more colds, according to the study, which involved 12,000 nurses.",
     []),
    # one of the top, restricted to, "meaning" a consequence
    ("Among the top performers was Priya Hallam.",
     "Priya Hallam was one of the top performers.",
     []),
    ("Visiting has been restricted to one person per patient.",
     "Visiting has been limited to one person per patient.",
     []),
    ("The ruling takes effect immediately, meaning the law will not apply in November.",
     "Because the ruling is effective immediately, the law will not be in force in November.",
     []),
    # what a project cost is no loss; ratification pending told either way
    ("The museum will reopen after a two-year renovation costing £8m.",
     "After a two-year, £8m renovation, the museum will reopen.",
     []),
    ("The museum will reopen after a £38 million refurbishment.",
     "The museum will reopen following a refurbishment that cost £38m.",
     []),
    ("The deal, which must still be ratified by both parliaments, would take effect in January.",
     "Subject to ratification by both parliaments, the deal would take effect in January.",
     []),
    # (fifty-ninth session: known misses, blind news paraphrases and rewrites)
    # a restriction added or dropped ("only online"; not "not only", "only to find", "only in 2019")
    ('The tickets will be sold online from Monday.',
     'The tickets will be sold only online from Monday.',
     ['hedge added: only']),
    ('The tickets will be sold only online from Monday.',
     'From Monday, tickets will be available exclusively online.',
     []),
    ('The tickets will be sold only online from Monday.',
     'From Monday, tickets will be available online.',
     ['hedge removed: only']),
    ('The pool is open to residents.',
     'The pool is open only to residents.',
     ['hedge added: only']),
    ('The law was passed in 2019.',
     'The law was passed only in 2019.',
     []),
    ('Shares rose, only to fall back later.',
     'Shares rose but later fell back.',
     []),
    ('He was not only a singer but also a painter.',
     'He was a singer and a painter.',
     []),
    # talks being held are talks under way
    ('Officials said talks were under way to end the strike.',
     'Officials said talks were being held to end the strike.',
     []),
    # a match's half told by its interval ("after the break")
    ('Ravensholm scored again after the break.',
     'Ravensholm scored again in the second half.',
     []),
    ('Ravensholm scored again in the second half.',
     'Ravensholm scored again after half-time.',
     []),
    ('Ravensholm scored twice before the break.',
     'Ravensholm scored twice in the first half.',
     []),
    ('Ravensholm scored twice before the break.',
     'Ravensholm scored twice in the second half.',
     ['date added: the second half']),
    ('Sales rose in the second half of 2023.',
     'Sales rose in the first half of 2023.',
     ['date changed: the second half of 2023 → the first half of 2023']),
    # "only" anywhere on the other side carries the restriction ("was only released in")
    ('The album was only released in the United States and Canada.',
     'The album was released only in the United States and Canada.',
     []),
    ('Places on the course are limited to local residents.',
     'Places on the course are open only to local residents.',
     []),
    ('Her lawyer said she had been offered $400,000 to tell her story to an Australian network.',
     'Her lawyer said she had been offered $400,000 to tell her story exclusively to an Australian network.',
     ['hedge added: exclusively']),
    # "basis points to" and a clause-opening "Pointing to" are no finding
    ('Gross margin widened by 150 basis points to 46.2%.',
     'Gross margin expanded 1.5 percentage points, to 46.2 percent.',
     []),
    ('Citing strong demand for its switches, the company lifted its forecast.',
     'Pointing to strong demand for its switches, the company lifted its forecast.',
     []),
    ('The study found a link between sleep and memory.',
     'The study points to a link between sleep and memory.',
     ['hedge added: points to']),
    # "$4.82B", "418m" against "418 million", crore
    ('Corvalis Systems reported revenue of $4.82 billion, beating the estimate of $4.7 billion.',
     'Sales at Corvalis Systems came in at $4.82B, topping the $4.7B analysts had expected.',
     []),
    ('Daily active users rose to 418 million, up from 377 million a year earlier.',
     'Daily active users stood at 418m, versus 377m a year earlier.',
     []),
    ('Daily active users rose to 418 million, up from 377 million a year earlier.',
     'Daily active users stood at 418m, versus 370m a year earlier.',
     ['number changed: 377 million → 370m']),
    ('Ahead of the monsoon, the corporation has sanctioned 12.5 crore rupees for drain repairs.',
     'Ahead of the monsoon, 125 million rupees has been sanctioned by the corporation for drain repairs.',
     []),
    # two months that span a quarter or a half of a year; "Q4" a date, not a name
    ('Exports fell by almost a third in the first half of the year, customs data showed.',
     'Customs figures showed exports dropped by nearly one-third in January-June.',
     []),
    ('Exports fell by almost a third in the first half of the year, customs data showed.',
     'Customs figures showed exports dropped by nearly one-third in July-December.',
     ['date changed: the first half of the year → July-December']),
    ('Sales of homes worth more than £2 million fell by 18% in the first quarter.',
     'In the January-to-March period, sales of properties valued at over £2m dropped 18 percent.',
     []),
    ('Sales of homes worth more than £2 million fell by 18% in the first quarter.',
     'In the April-to-June period, sales of properties valued at over £2m dropped 18 percent.',
     ['date changed: the first quarter → April-to-June']),
    ('The merger is now expected to complete in the second quarter of next year.',
     'The tie-up is now expected to be completed between April and June next year.',
     []),
    ('The merger is now expected to complete in the second quarter of next year.',
     'The tie-up is now expected to be completed between July and September next year.',
     ['date changed: the second quarter of next year → between July and September next year']),
    ('The company expects fourth-quarter revenue between $5.1 billion and $5.3 billion.',
     'For Q4, the company expects revenue of $5.1 billion to $5.3 billion.',
     []),
    # fiscal years, a decade, a count of quarters in a row, the year before a year named
    ('For fiscal 2026, Tessaray now projects adjusted earnings of $3.40 to $3.55 per share.',
     'Tessaray raised its FY2026 adjusted earnings forecast to $3.40-$3.55 per share.',
     []),
    ('First-time buyers now need an average deposit of £41,000, nearly twice what was required a decade ago.',
     'The average deposit a first-time buyer must now find, £41,000, is almost double the sum needed ten years ago.',
     []),
    ('First-time buyers now need an average deposit of £41,000, nearly twice what was required a decade ago.',
     'The average deposit a first-time buyer must now find, £41,000, is almost double the sum needed five years ago.',
     ['date changed: a decade ago → five years ago']),
    ('Repossessions rose for the third consecutive quarter, reaching 2,870 between July and September.',
     'Between July and September there were 2,870 repossessions, the third quarter in a row in which the number has increased.',
     []),
    ('Greystone Homes said on Wednesday that it completed 8,420 homes in 2024, down 11 per cent on the year before.',
     'In 2024 Greystone Homes finished 8,420 homes, an 11% drop on 2023, it said on Wednesday.',
     []),
    ('Greystone Homes said on Wednesday that it completed 8,420 homes in 2024, down 11 per cent on the year before.',
     'In 2024 Greystone Homes finished 8,420 homes, an 11% drop on 2022, it said on Wednesday.',
     ['date added: 2022']),
    # a condition told with the verb first or with "Failing"
    ('Prices may fall next year if mortgage rates stay above 5 per cent, economists said.',
     'Should mortgage rates remain higher than 5%, a drop in prices is possible next year, economists said.',
     []),
    ('If the undertakings are honoured, the regulator will close the case.',
     'Should the undertakings be honoured, the regulator will close the case.',
     []),
    ('Tariffs could be imposed on $2.3bn of goods if no agreement is reached by 1 May.',
     'Failing agreement by May 1, tariffs could be imposed on $2.3bn of goods.',
     []),
    ('Prices may fall next year if mortgage rates stay above 5 per cent, economists said.',
     'A drop in prices is possible next year, economists said.',
     ['relation removed: if']),
    # "most of it" is "mostly"; "driven by" after a comma gives a cause
    ('The restructuring will cost between $300 million and $350 million, mostly in severance payments.',
     'The restructuring will carry a price tag of $300m to $350m, most of it severance.',
     []),
    ('Operating expenses jumped 22%, driven largely by spending on data centers.',
     'Largely because of outlays on data centers, operating costs surged 22%.',
     []),
    ('Operating expenses jumped 22% as the company hired more staff.',
     'Operating expenses jumped 22%, driven largely by spending on data centers.',
     ['hedge added: largely', 'relation added: driven largely by']),
    # "nor" after "neither" or "not" carries that negation on
    ('She has said she has no plans to sell the business or float it on the stock market.',
     'Neither a sale nor a stock market listing is in her plans, she has said.',
     []),
    ('The minister did not attend the meeting or send a deputy.',
     'The minister neither attended the meeting nor sent a deputy.',
     []),
    ('The minister attended the meeting and sent a deputy.',
     'The minister neither attended the meeting nor sent a deputy.',
     ['negation added: neither']),
    # "upward of", "demanding their", "battling to", "expected the sale to", "is forecasting"
    ('He made more than 120 recordings with the orchestra.',
     'He made upward of 120 recordings with the orchestra.',
     []),
    ('The foreign minister said the crews had done nothing wrong and demanded their immediate release.',
     "Demanding the crews' immediate release, the foreign minister said they had done nothing wrong.",
     []),
    ('About 180 firefighters are working to contain the blaze.',
     'Some 180 firefighters are battling to contain the blaze.',
     []),
    ('About 180 firefighters contained the blaze.',
     'Some 180 firefighters are battling to contain the blaze.',
     ['hedge added: are battling to']),
    ('Branning said the company accepted the findings and expected the sale to be completed by the spring.',
     'The company accepts the findings and expects the sale to be finished by the spring, said Branning.',
     []),
    ('The company expects to build between 8,000 and 8,500 homes this year.',
     'A total of 8,000 to 8,500 homes is what the company is forecasting it will build this year.',
     []),
    ('The company will build between 8,000 and 8,500 homes this year.',
     'A total of 8,000 to 8,500 homes is what the company is forecasting it will build this year.',
     ['hedge added: is forecasting']),
    ('Around 40 per cent of the homes will be offered for social rent.',
     'Some two-fifths of the new homes are to be made available for social rent.',
     []),
    # "not ... before" is "not ... until"; "one of the councillors" counts no one
    ('Moreau said supply constraints had eased but would not fully disappear until next year.',
     'Supply constraints had eased, Moreau said, though they would not go away completely before next year.',
     []),
    ('Moreau said supply constraints had eased and would disappear next year.',
     'Supply constraints had eased, Moreau said, and they would go away completely before next year.',
     ['timing added: before']),
    ('Councillor Ravi Sandhu, who voted against, said the council had ignored advice from its own engineers.',
     'The council had disregarded the advice of its own engineers, said Ravi Sandhu, one of the councillors who voted against.',
     []),
    ('Two of the four suppliers contacted by the regulator said they would switch production.',
     'One of the four suppliers the regulator approached said it would move its production.',
     ['number changed: Two → One', 'attribution changed: Two of the four suppliers contacted by the regulator said → One of the four suppliers the regulator approached said']),
    # a study named by its head noun, then what it found, is the source "according to" names
    ('A trial involving 1,240 adults found that the drug lowered blood pressure by an average of 9 mmHg after 12 weeks.',
     'The drug cut blood pressure by 9 mmHg on average over 12 weeks, according to a trial in which 1,240 adults took part.',
     []),
    # "unopposed" is "with nobody standing against her"; "dropped out" withdrew
    ('Priya Raghunathan, who has been a ward councillor for 11 years, was elected deputy mayor unopposed.',
     "With nobody standing against her, Priya Raghunathan, a ward councillor of 11 years' standing, was elected deputy mayor.",
     []),
    ('Of the 312 patients enrolled, 41 withdrew before the end of the trial.',
     'Forty-one of the 312 enrolled patients dropped out before the trial ended.',
     []),
    # "at the earliest" after a figure bounds it from below
    ('The researchers said clinical trials were at least five years away.',
     'The researchers said clinical trials were five years off at the earliest.',
     []),
    ('The researchers said clinical trials were five years away.',
     'The researchers said clinical trials were five years off at the earliest.',
     ['number changed: five years → five years off at the earliest']),
    ('The researchers said clinical trials were at most five years away.',
     'The researchers said clinical trials were five years off at the earliest.',
     ['number changed: at most five years → five years off at the earliest']),
    # "scores" is a count only before "of"
    ('Children who slept fewer than nine hours a night scored lower on memory tests, the study of 2,000 pupils found.',
     'The study, involving 2,000 pupils, found lower memory-test scores among children sleeping less than nine hours a night.',
     []),
    # "just over a third" is "slightly more than one in three"
    ('Just over a third of participants reported mild side effects.',
     'Slightly more than one in three participants reported mild side effects.',
     []),
    ('Just over a third of participants reported mild side effects.',
     'Slightly more than one in four participants reported mild side effects.',
     ['number changed: Just over a third → one in four']),
    ('A third of participants reported mild side effects.',
     'Just over a third of participants reported mild side effects.',
     ['number changed: A third → Just over a third']),
    # "provided" opens a condition, which "subject to approval" tells; "as forecast" is expected
    ('The team will begin a larger trial at six hospitals in October, subject to approval from the ethics committee.',
     'Provided the ethics committee approves, the team will start a bigger trial across six hospitals in October.',
     []),
    ('The team will begin a larger trial at six hospitals in October.',
     'Provided the ethics committee approves, the team will start a bigger trial across six hospitals in October.',
     ['relation added: Provided']),
    ('If the river peaks above 9.5 metres on Friday, as forecast, low-lying streets will be inundated, the SES warned.',
     'The SES warned that low-lying streets would go under should the river peak above 9.5 metres on Friday, which is what forecasters expect.',
     []),
    # a date in figures ("17/08/2024"); "adjourned to" a date is "adjourned until" it
    ('The hearing has been adjourned to 17/08/2024 at the request of the defence.',
     "At the defence's request, the hearing was adjourned until August 17, 2024.",
     []),
    ('The hearing has been adjourned to 17/08/2024 at the request of the defence.',
     "At the defence's request, the hearing was adjourned until August 7, 2024.",
     ['date added: August 7, 2024']),
    # "phase two" is "the second phase"; "no later than" bounds, it negates nothing
    ('Phase two of the review will conclude no later than 22 August, the authority said.',
     'The authority said the second phase of the review would end by August 22 at the latest.',
     []),
    ('Phase two of the review will conclude no later than 22 August, the authority said.',
     'The authority said the third phase of the review would end by August 22 at the latest.',
     ['number changed: two → third']),
    ('Queensland reached 5/386 at stumps on day two.',
     'At stumps on the second day Queensland were 386 for five.',
     []),
    # "According to letting agency Marlow & Finch," names its source (a gerund naming a trade)
    ('Rents for new tenancies in Port Ellary climbed by a fifth over two years, the letting agency Marlow & Finch said.',
     'According to letting agency Marlow & Finch, rents on newly agreed tenancies in Port Ellary are 20% higher than they were two years ago.',
     []),
    ('Rents for new tenancies in Port Ellary climbed by a fifth over two years, the estate agent Halden Brothers said.',
     'According to letting agency Marlow & Finch, rents on newly agreed tenancies in Port Ellary are 20% higher than they were two years ago.',
     ['entity changed: Halden Brothers → Marlow & Finch', 'attribution changed: the estate agent Halden Brothers said → According to letting agency Marlow & Finch']),
    # "a reported £30m", "is said to be planned", "guided to revenue of"; a year typed as a number is that year
    ('In 1996 he sold his stake in Harlow & Pryce for a reported £30m and moved to a farm.',
     'He sold his Harlow & Pryce stake in 1996, reportedly for 30 million pounds, and then moved to a farm.',
     []),
    ('The authority reportedly plans to open a formal investigation into the ticketing market before the end of the summer.',
     'A formal inquiry into the ticketing market is said to be planned by the authority before summer is out.',
     []),
    ('The company expects fourth-quarter revenue between $5.1 billion and $5.3 billion.',
     'For the fourth quarter, the company guided to revenue of $5.1 billion to $5.3 billion.',
     []),
    ('Sorrel Labs said it would resume hiring in the second half only if bookings return to 2023 levels.',
     "Sorrel Labs won't resume hiring in the second half unless bookings get back to where they were in 2023, the company said.",
     []),
    ('Sorrel Labs said it would resume hiring in the second half only if bookings return to 2023 levels.',
     "Sorrel Labs won't resume hiring in the second half unless bookings get back to where they were in 2022, the company said.",
     ['date added: 2022']),
    # "some of which" told whole by a relative; "conditional on" a condition; "only if" restricts; "tended to"
    ('The business now has 64 shops, some of which are run as franchises.',
     'The chain now operates 64 shops, which are run as franchises.',
     ['scope widened: some of which → which']),
    ('The business now has 64 shops, some of which are run as franchises.',
     "Some of the chain's 64 shops are run as franchises.",
     []),
    ('The approval is conditional on the developer paying £2.4 million towards a new school.',
     'The developer will pay £2.4m towards a new school.',
     ['relation removed: conditional on']),
    ('The approval is conditional on the developer paying £2.4 million towards a new school.',
     'The scheme was approved only if the developer pays £2.4m towards a new school.',
     []),
    ('The takeover will be cleared only if it sells 62 stores, the regulator said.',
     'The takeover will be cleared if it sells 62 stores, the regulator said.',
     ['hedge removed: only']),
    ('The takeover will be cleared only if it sells 62 stores, the regulator said.',
     'The regulator said it would clear the takeover only if 62 stores were sold.',
     []),
    ('Fish eaters in the study also tended to be wealthier, he said.',
     'Fish eaters in the study were also wealthier, he said.',
     ['hedge removed: tended to']),
    ('Fish eaters in the study were generally wealthier, he said.',
     'Fish eaters in the study tended to be wealthier, he said.',
     []),
    # "1981-86" runs from 1981 to 1986; "Olympic" is no figure
    ("He served as the club's chairman from 1981 to 1986 and again from 1993 to 1997.",
     "He was the club's chairman in 1981-86 and 1993-97.",
     []),
    ("He served as the club's chairman from 1981 to 1986 and again from 1993 to 1997.",
     "He was the club's chairman in 1981-86 and 1993-98.",
     ['date changed: 1993 to 1997 → 1993-98']),
    ('Kazimierz Brodal coached the national rowing team to three Olympic gold medals between 1976 and 1988.',
     'Under his coaching, the national rowing team won Olympic gold three times from 1976 to 1988.',
     []),
    ('Stamp duty receipts rose to £1.3bn in the three months to December, up from £1.1bn a year earlier.',
     'Stamp duty receipts rose to £1.3bn in the three months to December, up from £1.2bn a year earlier.',
     ['number changed: £1.1bn → £1.2bn']),
    # "their first talks in six years" is "for the first time in six years"; "unsigned"; "Failing a settlement"
    ('The foreign ministers met for the first time in six years on the sidelines of the forum.',
     'Meeting on the margins of the forum, the foreign ministers held their first talks in six years.',
     []),
    ('The foreign ministers met for the first time in six years on the sidelines of the forum.',
     'Meeting on the margins of the forum, the foreign ministers held their first talks in eight years.',
     ['number changed: six years → eight years']),
    ('The deputy minister, who led the delegation, did not sign the final communique.',
     'Heading the delegation, the deputy minister left the final communique unsigned.',
     []),
    ('Officials said tariffs could be imposed on $2.3bn of goods if no settlement is reached by 1 May.',
     'Failing a settlement by May 1, $2.3bn of goods could face tariffs, officials said.',
     []),
    ('Officials said tariffs could be imposed on $2.3bn of goods if a settlement is reached by 1 May.',
     'Failing a settlement by May 1, $2.3bn of goods could face tariffs, officials said.',
     ['negation added: Failing']),
    # "later than usual", "a condition of", "fall on", homes "lost" in a fire, "since January", "the watchdog's estimates"
    ('The company will report first-quarter results on April 24, a week later than usual.',
     'First-quarter results are due on April 24, seven days later than the company typically reports.',
     []),
    ('The deal is conditional on approval from regulators in at least four jurisdictions.',
     'Clearance from regulators in no fewer than four jurisdictions is a condition of the deal.',
     []),
    ("Roughly half of the job cuts will fall on the company's hardware division.",
     'The hardware division will bear about 50% of the layoffs.',
     []),
    ('The blaze has burnt through 4,200 hectares and destroyed 11 homes, the Rural Fire Service said.',
     'According to the Rural Fire Service, 11 homes have been lost and 4,200ha burnt.',
     []),
    ('Wendover Council has approved 1,240 applications for new homes since January.',
     'Since the start of this year Wendover Council has given the go-ahead to 1,240 applications to build new homes.',
     []),
    ('Nearly 40 per cent of the UK market for pet insurance would be controlled by the combined group, the watchdog estimated.',
     "The combined group would hold almost 40% of the British pet-insurance market, according to the watchdog's estimates.",
     []),
    ('Nearly 40 per cent of the UK market for pet insurance would be controlled by the combined group, the insurers estimated.',
     "The combined group would hold almost 40% of the British pet-insurance market, according to the watchdog's estimates.",
     ["attribution added: according to the watchdog's estimates"]),
    # an "as a rule" hedge qualifies only the words after it; "commonly" is "generally"; "the usual target"
    ('Ethenone tends to spontaneously polymerize, contact with hydrogen peroxide leads to an explosive reaction.',
     'Contact with hydrogen peroxide leads to an explosive reaction.',
     []),
    ('Abies lasiocarpa, generally called the subalpine fir, is a western North American fir.',
     'Abies lasiocarpa, commonly called the subalpine fir, is a western North American fir.',
     []),
    ('Fish eaters in the study also tended to be wealthier, he said.',
     'Fish eaters in the study were also wealthier, he said.',
     ['hedge removed: tended to']),
    ("Under the plans, 30 percent of the homes will be classed as affordable, below the council's usual target of 40 percent.",
     'Thirty per cent of the homes will be classed as affordable under the plans, short of the 40% the council usually aims for.',
     []),
    # "protested against" opposes as "protests against" do; "no fewer than" is a bound, no figure
    ("Farmers' groups have protested against the deal, saying imports could drive small producers out of business.",
     "Protests against the deal have been staged by farmers' groups, who say imports could force small producers out of business.",
     []),
    ('The contractors rigged at least 45 tenders between 2018 and 2021, the investigation found.',
     'According to the investigation, no fewer than 45 tenders were rigged by the contractors between 2018 and 2021.',
     []),
    # a forecast noun "to between" figures; "twice a week or more" (the "more" no comparison)
    ('The company raised its full-year revenue forecast to between $12.6 billion and $12.9 billion.',
     'The company lifted its full-year revenue outlook to a range of $12.6 billion to $12.9 billion.',
     []),
    ('People who ate fish at least twice a week were 18% less likely to develop dementia.',
     'Those eating fish twice a week or more had an 18% lower chance of developing dementia.',
     []),
    ('People who ate fish twice a week were 18% less likely to develop dementia.',
     'Those eating fish twice a week or more had an 18% lower chance of developing dementia.',
     ['number changed: twice → twice a week or more']),
    # "profit before tax" tells no time; "must still approve" is a decision to come; "once president"
    ('Last year the company reported sales of £31m and a pre-tax profit of £2.4m.',
     'The firm posted turnover of 31 million pounds last year, with profit before tax of 2.4 million pounds.',
     []),
    ('The agreement still needs the approval of both parliaments, which is expected before the end of the year.',
     "Both parliaments must still approve the agreement, which they are expected to do by the year's end.",
     []),
    ('Both parliaments have approved the agreement.',
     'Both parliaments must still approve the agreement.',
     ['hedge added: must still approve']),
    ('The court convicted a former panchayat president, Selvakumar Rajan, of misappropriating the money.',
     'Selvakumar Rajan, once president of the panchayat, was found guilty by the court of siphoning off the money.',
     []),
    # a match minute told either way; "reduced to 10 men"; "falling behind"; "reportedly ready to"
    ('Defender Callum Rudd was sent off in the 63rd minute for a second yellow card.',
     'Callum Rudd, the defender, was sent off on 63 minutes for a second yellow card.',
     []),
    ('Defender Callum Rudd was sent off in the 63rd minute for a second yellow card.',
     'Callum Rudd, the defender, was sent off on 68 minutes for a second yellow card.',
     ['number changed: 63rd → 68 minutes']),
    ('Okoye converted the penalty to make it 1-0 on 38 minutes.',
     "Okoye's spot-kick put his side 1-0 up in the 38th minute.",
     []),
    ('Harwick were reduced to 10 men when goalkeeper Ben Alder was shown a straight red card.',
     'A straight red card for goalkeeper Ben Alder left Harwick with 10 players.',
     []),
    ('Manager Sofia Brandt said she was proud of her players after falling behind.',
     'Sofia Brandt, the manager, said she was proud of her players once they went behind.',
     []),
    ('Rovers are reportedly ready to offer £3.5m for the midfielder Kai Ostrander.',
     'Rovers are said to be prepared to bid 3.5 million pounds for Kai Ostrander.',
     []),
    # "under consideration", "140m barrels", shares said in words, "be planning", ten years a decade
    ('Ministers are considering whether to scrap the green levy on electricity bills, the Treasury confirmed.',
     'The Treasury confirmed that scrapping the green levy on electricity bills is under consideration by ministers.',
     []),
    ('Environmental groups said the new oilfield would produce 140 million barrels over its lifetime.',
     'Environmental groups said the new oilfield would yield 140m barrels over its working life.',
     []),
    ('Sixty-two percent of respondents said they would support a new wind farm, the survey by Polldrum found.',
     'A Polldrum survey found that 62% of those questioned would back a new wind farm.',
     []),
    ('The utility Corvane Energy reportedly plans to cut 1,200 jobs.',
     'Corvane Energy, the utility, is said to be planning 1,200 job cuts.',
     []),
    ('The grid operator said it would need to spend £6.2 billion over the next decade to connect new wind farms.',
     'Connecting new wind farms will require spending of 6.2 billion pounds over the coming ten years, the grid operator said.',
     []),
    ('The grid operator said it would need to spend £6.2 billion over the next decade to connect new wind farms.',
     'Connecting new wind farms will require spending of 6.2 billion pounds over the coming five years, the grid operator said.',
     ['number added: five years']),
    # "more than twofold", "should the rains fail", "..., the Forum forecast.", "did not plan to"
    ('Cocoa prices have more than doubled since January, hitting a record £6,120 a tonne.',
     'Cocoa struck an all-time high of £6,120 per tonne, having risen more than twofold since January.',
     []),
    ('Cocoa prices have more than doubled since January, hitting a record £6,120 a tonne.',
     'Cocoa struck an all-time high of £6,120 per tonne, having risen more than threefold since January.',
     ['number changed: doubled → more than threefold']),
    ('If the rains do not arrive by mid-November, up to 30 percent of the crop could be lost, Dr Leila Fontaine warned.',
     'Dr Leila Fontaine warned that as much as 30% of the crop could be lost should the rains fail to come by the middle of November.',
     []),
    ('Global wheat stocks are forecast to fall to 258 million tonnes by the end of the season, the International Grains Forum said.',
     "World wheat stocks will drop to 258m tonnes by the season's end, the International Grains Forum forecast.",
     []),
    ('Global wheat stocks will fall to 258 million tonnes by the end of the season, the International Grains Forum said.',
     "World wheat stocks will drop to 258m tonnes by the season's end, the International Grains Forum said.",
     []),
    ('The agriculture ministry said it did not plan to release grain from state reserves this year.',
     'There are no plans to release grain from state reserves this year, the agriculture ministry said.',
     []),
    # a clause parsed as what was said; "being discussed" / "under discussion"; "all 42 of"; "longer than"; "number two"
    ('The reunion tour grossed $212 million from 64 concerts, according to industry tracker Boxline.',
     'Industry tracker Boxline said the 64 concerts of the reunion tour brought in $212m.',
     []),
    ('The reunion tour grossed $212 million from 64 concerts, according to industry tracker Boxline.',
     'Industry tracker Pollmark said the 64 concerts of the reunion tour brought in $212m.',
     ['entity changed: Boxline → Pollmark', 'attribution changed: according to industry tracker Boxline → Industry tracker Pollmark said']),
    ('Producer Hana Okafor said a second series was being discussed but had not yet been commissioned.',
     'A second series has not been commissioned yet, although one is under discussion, according to producer Hana Okafor.',
     []),
    ('The hospital declared a critical incident after all 42 of its intensive care beds were occupied.',
     'With every one of its 42 intensive care beds full, the hospital declared a critical incident.',
     []),
    ('The report found that one in four patients waited longer than a year for treatment.',
     'A quarter of patients waited over 12 months for treatment, the report found.',
     []),
    ('The film fell to second place in its third week.',
     'In its third week, the film slipped to number two.',
     []),
    ('The film fell to second place in its third week.',
     'In its third week, the film slipped to number three.',
     ['number changed: second → three']),
    # "able to" for "could", "objected to" opposes, "tipped to" is expected
    ('The authority said it would offer low-interest loans to farmers who could show losses of more than 50 per cent.',
     'Low-interest loans will be made available to farmers able to demonstrate losses above 50%, the authority said.',
     []),
    ("Some residents have objected to the festival's return, citing noise and litter.",
     "Citing noise and litter, some residents have opposed the festival's return.",
     []),
    ("Some residents have welcomed the festival's return.",
     "Citing noise and litter, some residents have opposed the festival's return.",
     ['negation added: opposed']),
    ('The live album had been expected to enter the chart at the top.',
     'The live album had been tipped to enter the chart at the top.',
     []),
    ('The live album entered the chart at the top.',
     'The live album had been tipped to enter the chart at the top.',
     ['hedge added: been tipped to']),
    # "some growers" told as bare "growers"; speakers counted otherwise are the same speakers; "provided parliament approves"
    ('Some growers in the south reported losing their entire crop.',
     'Growers in the south reported losing their entire crop.',
     ['scope widened: Some growers → Growers']),
    ('Some growers in the south reported losing their entire crop.',
     'Several growers in the south reported losing their entire crop.',
     []),
    ('Some growers in the south reported losing their entire crop.',
     'A number of growers in the south said they had lost their entire crop.',
     []),
    ('Its director said some wards were regularly running with only two nurses on a night shift.',
     'Its director said wards were regularly running with only two nurses on a night shift.',
     ['scope widened: some wards → wards']),
    ('The next auction is due to open in March, provided parliament approves the budget in time.',
     'The next auction is due to open in March.',
     ['relation removed: provided']),
    ('The next auction is due to open in March, provided parliament approves the budget in time.',
     'Provided parliament approves the budget in time, the next auction is due to open in March.',
     []),
    # a named speaker told as the agent of "were told by"; "Cllr" is "Councillor"
    ('The authority must find savings of £12.4 million over the next two years, its finance director, Priya Caldwell, told the cabinet.',
     'Savings of 12.4 million pounds have to be found by the authority over the coming two years, cabinet members were told by Priya Caldwell, the finance director.',
     []),
    ("Councillor Mark Edevane said the cuts were 'unavoidable'.",
     "Cllr Mark Edevane said the cuts were 'unavoidable'.",
     []),
    ("Councillor Mark Edevane said the cuts were 'unavoidable'.",
     "Cllr Mark Edmonds said the cuts were 'unavoidable'.",
     ['entity changed: Councillor Mark Edevane → Cllr Mark Edmonds', 'attribution changed: Councillor Mark Edevane said → Cllr Mark Edmonds said']),
    ('The authority must find savings of £12.4 million over the next two years, its finance director, Priya Caldwell, told the cabinet.',
     'Savings of 12.4 million pounds have to be found by the authority over the coming two years, cabinet members were told by Tom Reade, the chief executive.',
     ['entity changed: Priya Caldwell → Tom Reade', 'party changed: director → executive', 'attribution removed: its finance director, Priya Caldwell, told']),
    # sums in pence, "roughly 1.5m km", "since January 1", "the twelve months ending 30 June", a date said verbatim, "Bramley Data figures show", "would think about"
    ('Analysts at Crane Whitby raised their price target for Lustrum Group to 940p from 820p.',
     'Crane Whitby analysts lifted their target price for Lustrum Group from 820p to 940p.',
     []),
    ('Analysts at Crane Whitby raised their price target for Lustrum Group to 940p from 820p.',
     'Crane Whitby analysts lifted their target price for Lustrum Group from 800p to 940p.',
     ['number changed: 820p → 800p']),
    ('The telescope orbits the Sun at a distance of about 1.5 million kilometres from Earth.',
     'Roughly 1.5m km from Earth, the telescope circles the Sun.',
     []),
    ("Tessaly Bank's shares have fallen by almost a third since the start of the year.",
     "Since January 1, Tessaly Bank's stock has lost nearly 33% of its value.",
     []),
    ("The university's endowment grew to $2.7 billion in the year to June 30, a rise of 9%.",
     "In the twelve months ending 30 June, the university's endowment increased by 9 per cent to $2.7bn.",
     []),
    ("The Halverton Institute of Technology climbed six places to 31st in this year's Global Campus Rankings.",
     'Rising six places, the Halverton Institute of Technology came 31st in the Global Campus Rankings this year.',
     []),
    ("Twelve of the 15 analysts who cover the stock rate it a 'buy', according to Bramley Data.",
     "Of the fifteen analysts covering the company's shares, 12 have a 'buy' rating on them, Bramley Data figures show.",
     []),
    ('The minister said she would consider scrapping the test if teachers showed it did not work.',
     'If teachers showed the test did not work, the minister said, she would think about scrapping it.',
     []),
    # months and days spanning a half year; "past 150C" a bound; "unaffected"; "in the view of"; ", it has been reported"; "one in every 500"; "Nov 14, 2023"
    ('The affected batteries were made between 1 January and 30 June 2024.',
     'Made in the first half of 2024, the affected batteries are being recalled.',
     []),
    ('The affected batteries were made in the first half of 2024.',
     'The affected batteries were made between January 1 and June 30, 2024.',
     []),
    ('The affected batteries were made in the second half of 2024.',
     'The affected batteries were made between January 1 and June 30, 2024.',
     ['date changed: the second half of 2024 → between January 1 and June 30, 2024']),
    ('The batteries can reach temperatures above 150C when charged overnight.',
     'Charging the batteries overnight can push their temperature past 150C.',
     []),
    ('Sales rose 8% in the past 12 months.',
     'Sales rose 8% in the last 12 months.',
     []),
    ('The company said the problem did not affect models made after May.',
     'Models made after May are unaffected by the problem, the company said.',
     []),
    ('The investigators believe a faulty seal may have let water reach the wiring.',
     'A faulty seal could have let water get into the wiring, in the view of investigators.',
     []),
    ('The prime minister reportedly told colleagues that she would not call an early election.',
     'Colleagues were told by the prime minister that she would not call an early election, it has been reported.',
     []),
    ('One in every 500 of the airbags tested failed to inflate fully.',
     'Of the airbags tested, 0.2 per cent did not fully inflate.',
     []),
    ('The recall applies to dehumidifiers bought before 14 November 2023.',
     'Dehumidifiers purchased prior to Nov 14, 2023 are covered by the recall.',
     []),
    # a verb's bare plural object is some of them
    ('Mr Djerejian said that in the past month Syria had taken some steps in response to the pressure.',
     'Djerejian said that in the last month Syria has taken steps in response to the pressure.',
     []),
    # "to demand the", "against the dollar", "rebuffed", "a possible risk", "the expected sale", "the main reason", buildings that fell
    ('Thousands of protesters marched through the capital on Saturday to demand the resignation of the prime minister.',
     'Demanding that the prime minister resign, thousands of protesters marched through the capital on Saturday.',
     []),
    ('The pound was steady against the dollar at $1.27.',
     'Against the dollar, sterling was unchanged at $1.27.',
     []),
    ('The board of Tarrant Engineering has rejected a £780 million takeover proposal from Calloway Industries.',
     "A £780m takeover proposal from Calloway Industries has been rebuffed by Tarrant's board.",
     []),
    ('The board of Tarrant Engineering has accepted a £780 million takeover proposal from Calloway Industries.',
     "A £780m takeover proposal from Calloway Industries has been rebuffed by Tarrant's board.",
     ['negation changed: accepted → rebuffed']),
    ('Twinkle Tots has recalled about 9,000 baby monitors after the regulator found the power cord could pose a strangulation risk.',
     'Some 9,000 baby monitors have been recalled by Twinkle Tots after the regulator found a possible strangulation risk from the power cord.',
     []),
    ("The school's building is expected to be sold, with the proceeds going towards a new special needs unit.",
     "Proceeds from the expected sale of the school's building will go towards a new special needs unit.",
     []),
    ('The compilers said the decline was mainly due to a lower score for research citations.',
     'According to the compilers, a weaker score for research citations was the main reason for the fall.',
     []),
    ('Dozens of buildings in the old town collapsed, including the bell tower of the church.',
     'Among the dozens of buildings that fell in the old town was the bell tower of the church.',
     []),
    # "caused no injuries", "still awaits the signature", "Sep 14", ordinals in words in a date
    ('Nobody was hurt in the fire, which broke out at a warehouse shortly after 2am.',
     'The fire, which started at a warehouse just after 2am, caused no injuries.',
     []),
    ('President Amara Quist has not yet signed the emergency powers bill, her office said.',
     'The emergency powers bill still awaits the signature of President Amara Quist, her office said.',
     []),
    ('Polls will open on Sep 14, the electoral commission said.',
     'The electoral commission said polling would begin on 14 September.',
     []),
    ('Polls will open on Sep 14, the electoral commission said.',
     'The electoral commission said polling would begin on 4 September.',
     ['date added: 4 September']),
    ('About a third of the wheat harvest has been destroyed by the drought, which is now in its fourteenth month.',
     'The drought, now in its 14th month, has wiped out roughly a third of the wheat crop.',
     []),
    ('About a third of the wheat harvest has been destroyed by the drought, which is now in its fourteenth month.',
     'The drought, now in its 15th month, has wiped out roughly a third of the wheat crop.',
     ['date changed: its fourteenth month → its 15th month']),
    # (sixtieth session: blind news paraphrases and rewrites, sets 112-135)
    ('The measure would cap annual property tax increases at 2 percent, but only if the Legislature approves a matching formula.',
     'The measure would limit yearly property tax hikes to 2%, provided the Legislature signs off on a matching formula.',
     []),
    ('The measure would cap annual property tax increases at 2 percent.',
     'The measure would cap annual property tax increases at 3 percent.',
     ['number changed: 2 percent → 3 percent']),
    ('The measure would cap annual property tax increases at 2 percent.',
     'The measure would cap annual property tax increases at more than 2 percent.',
     ['number changed: 2 percent → more than 2 percent']),
    ('The plant will reopen only if the union accepts the offer.',
     'The plant will reopen provided the union accepts the offer.',
     []),
    ('The plant will reopen only if the union accepts the offer.',
     'The plant will reopen once the union accepts the offer.',
     ['hedge removed: only']),
    ('About a quarter of ballots arrived by mail, up from 18 percent four years earlier.',
     'About 25% of ballots came in by mail, up from 18% four years before.',
     []),
    ('About a quarter of ballots arrived by mail, up from 18 percent four years earlier.',
     'About 25% of ballots came in by mail, up from 18% five years before.',
     ['date changed: four years earlier → five years before']),
    ('The measure would legalise marijuana for adults 21 and older.',
     'The measure would make marijuana legal for adults aged 21 and up.',
     []),
    ('Not all counties had finished counting provisional ballots by Friday.',
     'Some counties had not completed their provisional ballot counts by Friday.',
     []),
    ('Not all counties had finished counting provisional ballots by Friday.',
     'All counties had finished counting provisional ballots by Friday.',
     ['negation removed: Not', 'scope widened: all counties → All counties']),
    ('Not all of the 26 branches will take part in the action.',
     'Not every one of the 26 branches will join the action.',
     []),
    ('The operator said it had agreed to sell its four oldest ships to an undisclosed buyer.',
     'The operator said it had agreed to sell its four oldest vessels to an unnamed buyer.',
     []),
    ('The new rail shuttle is scheduled to start in September, the operator said.',
     'According to the operator, the rail shuttle is now due to launch in September.',
     []),
    ('The delay was due to bad weather.',
     'The delay was caused by bad weather.',
     []),
    ('Okafor beat Farrukh shortly before 10 p.m.',
     'Farrukh was beaten by Okafor shortly before 10pm.',
     []),
    ('Okafor beat Farrukh shortly before 10 p.m.',
     'Farrukh was beaten by Okafor shortly before 11pm.',
     ['date changed: 10 p.m. → 11pm']),
    ('Lord Justice Hembry said the inspector had been entitled to give weight to the loss.',
     'Hembry LJ said the inspector had been entitled to attach weight to the loss.',
     []),
    ("Professor Helen Marsh, the tournament's chief medical officer, confirmed on Wednesday that Lindqvist would miss three weeks.",
     "Lindqvist will be out for three weeks, the tournament's CMO, Prof. Helen Marsh, confirmed on Wednesday.",
     []),
    ('Sir Gareth Pennock told MPs on Tuesday that the licensing regime was far too slow.',
     'The licensing regime was far too slow, MPs were told on Tuesday by Sir Gareth Pennock.',
     []),
    ("Numbers have risen by 40% since 2019, according to the reserve's warden, Dr Amara Quist, who credited the new reedbed.",
     'Dr Amara Quist, the warden, said numbers had grown 40 percent since 2019, an increase she put down to the new reedbed.',
     []),
    ("Numbers have risen by 40% since 2019, according to the reserve's warden.",
     'Numbers have risen by 40% since 2019, Dr Amara Quist said.',
     ['entity added: Amara Quist', "attribution changed: according to the reserve's warden → Dr Amara Quist said"]),
    ('The authority will lift draught restrictions next month, a spokesperson said.',
     'A spokesperson for the canal authority said draught restrictions would end next month.',
     ['negation removed: lift']),
    ('Tenants at the Alder Court complex said they had gone without hot water.',
     'Managers of the Alder Court complex said they had been without hot water.',
     ['attribution changed: Tenants at the Alder Court complex said → Managers of the Alder Court complex said']),
    ('A claim the Speaker rejected blamed the impasse on a demand for road funding.',
     'The Speaker disputed the assertion that the impasse stemmed from a demand for road funding.',
     []),
    ('Hundreds of demonstrators gathered outside the Capitol to protest the proposed voter ID law.',
     'Hundreds of protesters rallied outside the Capitol against the proposed voter ID law.',
     []),
    ('Hundreds of demonstrators gathered outside the Capitol to protest the proposed voter ID law.',
     'Hundreds of demonstrators gathered outside the Capitol to support the proposed voter ID law.',
     ['negation removed: protest']),
    ('The supreme court unanimously dismissed the appeal by Brackenridge Oil.',
     "Brackenridge Oil's appeal was rejected unanimously by the supreme court.",
     []),
    ('The supreme court unanimously dismissed the appeal by Brackenridge Oil.',
     'The supreme court unanimously upheld the appeal by Brackenridge Oil.',
     ['negation removed: dismissed']),
    ('The club dismissed its manager on Monday.',
     'The club sacked its manager on Monday.',
     []),
    ('Campaigners argued that the assessment had ignored the newts in two ponds.',
     'Campaigners argued that the assessment had overlooked the newts in two ponds.',
     []),
    ('Truckers are turning away around a quarter of booked pickups.',
     'Around 25% of booked pickups are being refused by truckers.',
     []),
    ('Truckers are turning away around a quarter of booked pickups.',
     'Around 35% of booked pickups are being refused by truckers.',
     ['number changed: a quarter → Around 35%']),
    ('At least 1,200 dead seabirds, mostly guillemots, washed up along the coast.',
     'No fewer than 1,200 dead seabirds, chiefly guillemots, washed ashore along the coast.',
     []),
    ('Some of the records may involve hybrids rather than pure-bred animals.',
     'Some records might relate to hybrids and not pure-bred animals.',
     []),
    ('Some of the records may involve hybrids rather than pure-bred animals.',
     'Some records might relate to hybrids and pure-bred animals.',
     ['negation removed: rather than']),
    ('Joris Vandamme won the stage by 12 seconds, a result that moves him up to second place.',
     "Joris Vandamme's 12-second winning margin lifts him to second overall.",
     []),
    ('Waiting times rose to 4.5 days because high winds repeatedly halted crane operations.',
     'High winds, which repeatedly brought crane operations to a standstill, pushed waiting times up to four and a half days.',
     []),
    ('The fire was being pushed east by gusts of up to 60km/h.',
     'Gusts of as much as 60km/h were driving the fire eastward.',
     []),
    ('The fire was being pushed east by gusts of up to 60km/h.',
     'Gusts of 60km/h were driving the fire eastward.',
     ['number changed: up to 60 → 60']),
    ('Tournament director Claire Duval said organisers would review the order of play.',
     'Organisers would look again at the order of play, said tournament referee Claire Duval.',
     ['title changed: director → referee']),
    ('Tournament director Claire Duval said organisers would review the order of play.',
     'Organisers would look again at the order of play, said Claire Duval, the tournament director.',
     []),
    ('The recall was led by Lydia Perez, a retired schoolteacher, who said residents wanted a fresh start.',
     'Lydia Perez, a retired school principal who led the recall, said residents wanted a fresh start.',
     ['title changed: schoolteacher → principal', 'attribution removed: a retired schoolteacher, who said']),
    ("Piet Sandoval, Corvane's senior vice president for sales, described Meridian as a cornerstone customer.",
     "Piet Sandoval, Corvane's executive vice president for sales, described Meridian as a cornerstone customer.",
     ['title changed: senior vice president → executive vice president']),
    ('Fire chief Lorna Whitcombe said 30 homes were destroyed.',
     'Sheriff Lorna Whitcombe said 30 homes were destroyed.',
     ['title changed: chief → Sheriff']),
    ("Dr. Priya Nandakumar, the authority's chief safety officer, said patients should keep using the monitors.",
     "Patients should carry on using the monitors, said Dr Priya Nandakumar, the authority's chief medical officer.",
     ['title changed: chief safety officer → chief medical officer']),
    ('Westmoor coach Gary Pell said the side had not yet decided whether Cole would be fit.',
     'According to Westmoor coach Gary Pell, the side have yet to decide whether Cole will be fit.',
     []),
    ('Achebe-Hart, a former state treasurer, ran on a pledge to expand child care subsidies.',
     'Achebe-Hart, who previously served as state treasurer, campaigned on a promise to broaden child care subsidies.',
     []),
    ('The plaintiffs want the court to order a new map, said their attorney.',
     'Their attorney said the plaintiffs are asking the court to require a redrawn map.',
     []),
    ('Vollmer said in a statement that she was reviewing her options.',
     'Vollmer said in a statement that she was weighing her options.',
     []),
    ('Kilbride is building two new berths due to open in 2026.',
     'The two new berths under construction at Kilbride are scheduled to open in 2026.',
     []),
    ('The sixth stage of the Tour, run over 178km, was won by Sem Verhaegen.',
     'Sem Verhaegen won the 178-kilometre sixth stage of the Tour.',
     []),
    ('Volunteers counted fewer individuals on the western flank of the fell than in any previous year.',
     'On the western side of the fell volunteers counted fewer individuals than in any earlier year.',
     []),
    ('Populations rose by 18% last summer, according to the charity Wings of Albion.',
     'The charity Wings of Albion says numbers increased by 18 percent last summer.',
     []),
    ('Bin collections are expected to be disrupted after refuse crews walked out on Monday.',
     'Collections are expected to face disruption after crews staged a walkout on Monday.',
     []),
    ("Management's offer was an insult to every worker, said shop steward Priya Lal.",
     'The offer was, in the words of shop steward Priya Lal, an insult to every worker.',
     []),
    ('The carrier may cut 40 weekly flights next winter if fuel prices remain above current levels.',
     'The carrier could trim 40 weekly flights next winter should fuel prices stay above where they are now.',
     []),
    ('Fertiliser prices may rise by as much as a third if shipping remains disrupted.',
     'Fertiliser prices could climb by up to one-third should disruption to shipping persist.',
     []),
    ('Fertiliser prices may rise by as much as a third.',
     'Fertiliser prices could climb by more than a third.',
     ['number changed: as much as a third → more than a third']),
    ('The flight was holding at 11,000 feet, according to preliminary data, the safety board said.',
     'The flight was holding at 11,000 ft, the safety board said, citing preliminary data.',
     []),
    ('Each of the jets will be powered by engines from Tarrow Dynamics, the engine maker confirmed.',
     'Tarrow Dynamics confirmed that it will supply the engines for all of the jets.',
     []),
    ("The mechanic installed the pump incorrectly and the airline's checks had failed to catch the error.",
     "The mechanic fitted the pump incorrectly and the error went undetected by the airline's checks.",
     []),
    ('A winding-up petition due to be heard at the High Court on 14 November says the club owes £4.6 million.',
     'A winding-up petition, set to go before the High Court on November 14, states that the club owes £4.6m.',
     []),
    ('A 34-year-old man was disqualified from driving for two years.',
     'A man, 34, was banned from driving for two years.',
     []),
    ('Police raided a former carpet warehouse in Bolton on Wednesday.',
     'Police raided a disused carpet warehouse in Bolton on Wednesday.',
     []),
    ('The government said it would release 300 million euros next month, pending approval from parliament.',
     "Subject to parliament's approval, the government said, 300 million euros would be released next month.",
     []),
    ('Glaciers in the range lost an average of 1.4 metres of ice thickness in 2023.',
     'Glaciers in the range thinned by 1.4 metres on average in 2023.',
     []),
    ('The toll was expected to rise as rescuers reached cut-off hamlets.',
     'They expected the number to climb as rescuers got through to isolated hamlets.',
     []),
    ('Scientists said sea ice reached its lowest extent this year, possibly because of warm currents.',
     'Warm currents may explain why sea ice hit its lowest extent this year, according to scientists.',
     []),
    ('The study, published Wednesday in the journal Earth Systems Letters, found that heatwaves have become three times more likely.',
     'Heatwaves have grown three times as likely, according to a study that appeared in Earth Systems Letters on Wednesday.',
     []),
    ('The senator voted against the bill, arguing that its cost would fall too heavily on rural counties.',
     "Arguing that the bill's cost would weigh too heavily on rural counties, the senator voted against it.",
     []),
    ('The agency may consider the bill next month.',
     'The agency may weigh the bill next month.',
     []),
    ('Some of the Saturday flights will continue on to Port Anselm.',
     'The Saturday flights will all carry on to Port Anselm.',
     ['scope widened: Some of the Saturday flights → flights will all']),
    ('The Saturday flights will all continue on to Port Anselm.',
     'All the Saturday flights will carry on to Port Anselm.',
     []),
    ('Hollins Town sacked manager Gary Pettifer on Sunday night.',
     'Gary Pettifer was axed as Hollins Town manager on Sunday night.',
     []),
    ('The council will cut 40 jobs.',
     'The council will axe 40 jobs.',
     []),
    ('There is no shortage of sugar, and prices will come down within two weeks, the spokeswoman said.',
     'The spokeswoman said there was no sugar shortage and that prices would fall within two weeks.',
     []),
    ('Farmers blocked the highway to demand a higher procurement price.',
     'Farmers blocked the highway to press for a higher procurement price.',
     []),
    ('The minister denied that the government had ordered the grain board to stop buying.',
     'The minister denied reports that the grain board had been told by the government to stop buying.',
     []),
    ('The festival, normally held in the last week of September, was postponed to October 15.',
     'The festival, usually staged in the final week of September, was pushed back to 15 October.',
     []),
    ('Students occupied the library in protest at plans to close the languages department.',
     'Protesting against proposals to shut the languages department, students occupied the library.',
     []),
    ('The regulator said it was investigating complaints about the marking.',
     'Complaints about the marking are under investigation, the regulator said.',
     []),
    ('Inspectors rated the school inadequate in a report released on Thursday.',
     'Inspectors judged the school inadequate, according to a report published on Thursday.',
     []),
    ('Excluding items, the company earned 87 cents per share.',
     'Adjusted earnings came in at $0.87 a share.',
     []),
    ('Further cases could not be ruled out, she warned.',
     'She cautioned that more cases could not be excluded.',
     []),
    ('The number of pupils excluded from schools more than doubled in three years.',
     'Exclusions from schools more than doubled in three years.',
     []),
    ('A former solicitor has lost an appeal against his seven-year sentence.',
     'An ex-solicitor has failed in a bid to have his seven-year sentence cut.',
     []),
    ('The suspension does not apply to jasmine rice, a ministry spokesman said.',
     'Jasmine rice is exempt from the suspension, a ministry spokesman said.',
     []),
    ('Mills could not pay more because the levy had cut their margins.',
     'Mills were unable to pay more since the levy had squeezed their margins.',
     []),
    ('The vaccine will not be added to the schedule unless a second study confirms its effectiveness, the committee said.',
     'The committee said the vaccine would be added to the schedule only if a second study confirms that it is effective.',
     []),
    ('Residents packed the hall on Wednesday to oppose a proposed condo tower.',
     'Residents filled the hall on Wednesday to speak out against a proposed condo tower.',
     []),
    ("Sales of the drug reached 850 million euros, beating analysts' forecasts of 790 million euros.",
     'Sales of the drug came in at 850 million euros, ahead of the 790 million euros analysts had forecast.',
     []),
    ('About 3.4 million adults are living with undiagnosed diabetes.',
     'Some 3.4 million adults have diabetes that has not been diagnosed.',
     []),
    # (sixtieth session, second part: sets 128-135)
    ('The Saturday flights will all continue on to Port Anselm.',
     'The Saturday flights will continue on to Port Anselm.',
     []),
    ('The carrier may cut flights if fuel prices remain high.',
     'The carrier could cut flights should disruption to fuel supplies persist.',
     []),
    ('The company expects revenue to grow by 35 percent, its CFO told analysts.',
     'The company expects revenue to rise by 35%, the CFO told analysts.',
     []),
    ('Tarrow Nickel may lose 9,000 tonnes of output, two people familiar with the matter said.',
     'Tarrow Nickel may lose 9,000 tonnes of output, according to two people familiar with the matter.',
     []),
    ('A spokesman for Ironclad Resources said the company had no plans to sell its coal assets.',
     'Ironclad Resources is not planning to sell its coal assets, a company spokesman said.',
     []),
    ('Bengaluru fintech PaySetu said on Monday it would cut about 175 jobs.',
     'About 175 jobs will be cut, the company said on Monday.',
     []),
    ('The change would save the treasury about 4.8 billion shillings this financial year.',
     'The change will save the treasury roughly 4.2bn shillings in the current financial year.',
     ['number changed: about 4.8 billion → 4.2bn']),
    ('The change would save the treasury about 4.2 billion shillings this financial year.',
     'The change will save the treasury roughly 4.2bn shillings in the current financial year.',
     []),
    ('Nimbus TV had 8.4 million subscribers, up 600,000 from twelve months earlier.',
     'Nimbus TV had 8.4m subscribers, an increase of 600,000 on a year before.',
     []),
    ('Revenue doubled to 52 million euros in the twelve months to June.',
     'Revenue doubled to 52 million euros in the 12 months to June.',
     []),
    ('The agency fined Nordvik Minerals 2.4 million euros for the discharge.',
     'The agency fined Nordvik Minerals EUR 2.4m for the discharge.',
     []),
    ('The Liberal Democrats gained Fenwick North from the Conservatives on a swing of 11.6 points.',
     'The Lib Dems took Fenwick North from the Tories on an 11.6-point swing.',
     []),
    ('The Liberal Democrats gained Fenwick North from the Conservatives on a swing of 11.6 points.',
     'The Conservatives gained Fenwick North from the Liberal Democrats on a swing of 11.6 points.',
     ['names swapped: Liberal Democrats gained, gained Fenwick North from the Conservatives → Conservatives gained, gained Fenwick North from the Liberal Democrats']),
    ('No patient waited longer than 12 hours in a corridor during February.',
     'Not a single patient spent more than 12 hours waiting in a corridor during February.',
     []),
    ('About a fifth of the calls on Saturday related to falls among elderly people.',
     'Roughly 20% of the calls on Saturday were related to falls among older people.',
     []),
    ('The by-election follows the resignation of the councillor in August.',
     'The seat fell vacant when its councillor stood down in August.',
     []),
    ('The secretary said she thought voters were not ready to hand over the seat.',
     'In her view, the secretary said, voters were not ready to hand over the seat.',
     []),
    ('A spokeswoman said the figures reflected record demand and pointed to a 6 per cent rise in attendances.',
     'Pointing to a 6% rise in attendances, a spokeswoman said the figures reflected record demand.',
     []),
    ('The minister told MPs that she expected the number of long waits to fall sharply.',
     'The minister said she expected a sharp drop in the number of long waits.',
     []),
    ('Fraudsters demand payment for parking fines that do not exist.',
     'Fraudsters demand payment for non-existent parking fines.',
     []),
    ('He paid the £95 demanded without a second thought.',
     'He handed over the £95 without thinking twice.',
     []),
    ('Labor leads the Liberals 53 to 47 on a two-party-preferred basis.',
     'Labor is ahead of the Liberals by 53-47 on a two-party-preferred basis.',
     []),
    ('The talks were held ahead of the vote.',
     'The talks were held after the vote.',
     ['timing changed: ahead of → after']),
    ('"Staff should have asked more questions," investigator Neil Garside wrote.',
     'Ombudsman Neil Garside wrote that staff ought to have asked more questions.',
     ['title changed: investigator → Ombudsman']),
    ('The prize was awarded to Nadia Okonkwo for her debut novel.',
     'Nadia Okonkwo won the prize with her first novel.',
     []),
    ('The prize was awarded to Nadia Okonkwo for her debut novel.',
     'Nadia Okonkwo won the prize with her second novel.',
     ['number added: second']),
    ('The shortlist includes two previous winners.',
     'The shortlist features two former winners.',
     []),
    ('The trust has not decided whether to renew its sponsorship.',
     'Whether the trust will renew its sponsorship has yet to be decided.',
     []),
    ('The new rules ban hidden booking fees on holiday rentals.',
     'Hidden booking fees on holiday lets will be outlawed under the new rules.',
     []),
    ('Shoppers will not be charged for returns unless the goods are bulky.',
     'Customers will pay nothing for returns, except where the goods are bulky.',
     []),
    ('The company must repay the £1.1 million it wrongly collected.',
     'The company must hand back the £1.1m it collected in error.',
     []),
    ('The agency could eliminate 14 bus routes as early as January.',
     'The agency could scrap 14 bus routes as soon as January.',
     []),
    ('The agency could add 14 bus routes as early as January.',
     'The agency could scrap 14 bus routes as soon as January.',
     ['negation added: scrap']),
    ('Unless a second study confirms it, the drug will not be approved.',
     'The drug will be approved even if a second study does not confirm it.',
     ['negation removed: not']),
    # (sixtieth session, third part: sets 136-143)
    ('Ministers have not ruled out extending the holiday beyond March 31, a spokesperson said.',
     'A spokesperson said ministers had not excluded extending the holiday past 31 March.',
     []),
    ('Ministers have ruled out extending the holiday beyond March 31, a spokesperson said.',
     'A spokesperson said ministers had not excluded extending the holiday past 31 March.',
     ['negation changed: ruled out → not, excluded']),
    ('Some players complained that the balls were heavier than usual, though the referee said all of them met regulations.',
     'While the referee said every one of the balls met regulations, a number of players complained that they were heavier than usual.',
     []),
    ('Not all of the 26 branches will take part, with staff at the four city-centre stores exempt under an earlier agreement.',
     'Not every one of the 26 branches will join the action, as staff at the four city-centre stores are exempt under a previous deal.',
     []),
    ("Beacon's shares rose 4 percent in London on Thursday.",
     "Beacon's stock gained 4% in London on Thursday as investors welcomed the cost cuts.",
     ['timing added: as']),
    ('The company would cut 500 jobs if sales fell.',
     'The company cut 500 jobs as sales fell.',
     ['timing added: as', 'relation removed: if']),
    ('The company expects to restart the furnace by the end of June, once repairs are finished.',
     'The company expected the furnace to be back in operation by the end of June, after repairs are completed.',
     []),
    ('Nineteen-year-old Jack Merrow became the youngest winner after shooting a final-round 66.',
     'A closing 66 made 19-year-old Jack Merrow the youngest champion.',
     []),
    ('The victory lifted her to round 3 of the qualifying draw.',
     'The victory lifted her to round 4 of the qualifying draw.',
     ['number changed: 3 → 4']),
    ('Stewards investigated a collision between Tamm and Dane Mikkel Holst at the first chicane.',
     'Stewards looked into a clash at the first chicane between Tamm and Mikkel Holst of Denmark.',
     []),
    ('Stewards investigated a collision between Tamm and Dane Mikkel Holst at the first chicane.',
     'Stewards looked into a clash at the first chicane between Tamm and Mikkel Holst of Norway.',
     ['entity added: Norway']),
    ('American Reese Calloway shot a 67 on Sunday to win the championship.',
     'A 67 on Sunday gave Reese Calloway of the United States the championship.',
     []),
    ("Germany, which contributes about 21 percent of the bloc's budget, abstained in the vote.",
     'Germany, which provides roughly 21% of the EU budget, abstained.',
     []),
    ('Secretary-General Tomás Ibarrola urged both sides to return to talks in Geneva.',
     'UN chief Tomás Ibarrola called on both sides to resume negotiations in Geneva.',
     []),
    ('Hungary is expected to abstain rather than veto the decision, two diplomats said.',
     'Two diplomats said Budapest was expected to abstain instead of vetoing the decision.',
     []),
    ('The communique could be signed on Friday if Hungary lifted its objection to the paragraph.',
     'The communique might be signed on Friday provided Hungary dropped its objection to the passage.',
     []),
    ('The measures were adopted two days after Slovakia withdrew its reservation.',
     'The measures were adopted two days after Slovakia lifted its reservation.',
     []),
    ('Golfer Tomas Elgersma carded a bogey-free 64 on Thursday.',
     'Golfer Tomas Elgersma carded a 64 without a single bogey on Thursday.',
     []),
    ('The sanctions could cost the economy 4 percent of GDP, according to an estimate that has not been published.',
     'The sanctions could cost the economy 4 percent of GDP, according to an unpublished estimate.',
     ['attribution changed: according to an estimate that has not been published → according to an unpublished estimate']),
    ('Chepngeno said she had not planned to go for a fast time.',
     'A fast time had not been part of the plan, Chepngeno said.',
     []),
    # (sixty-first session: sets 136-143 read, the rules each case names)
    ('Sales at the bakery chain were 900 tins higher, compared with 310 at its rival.',
     'Sales at the bakery chain were 900 tins higher, against 310 at its rival.',
     []),
    ('Residents were against the new road, the council said.',
     'Residents backed the new road, the council said.',
     ['negation removed: against']),
    ('The rockfall left the quarry workers largely untouched.',
     'The rockfall left the quarry workers mostly unharmed.',
     []),
    ('The rockfall left the quarry workers largely unharmed.',
     'The rockfall badly injured the quarry workers.',
     ['negation removed: unharmed', 'hedge removed: largely']),
    ('Landslides blocked the coastal highway near Tarvo on Monday.',
     'On Monday, landslides cut the coastal highway near Tarvo.',
     []),
    ('The grocer cut prices on 40 staple items on Monday.',
     'On Monday the grocer raised prices on 40 staple items.',
     ['negation changed: cut → raised']),
    ('Firefighters built containment lines north of Ellery overnight.',
     'Overnight, firefighters cut containment lines north of Ellery.',
     []),
    ('The chain launched a cost-cutting plan worth £20 million.',
     'The chain launched a £20 million plan to cut costs.',
     []),
    ('The strike could cost the port up to $90 million in lost revenue.',
     'The strike may cost the port as much as $90 million in forgone revenue.',
     []),
    ('The strike could cost the port up to $90 million in revenue.',
     'The strike could lose the port $90 million in revenue.',
     ['number changed: up to $90 million → $90 million']),
    ('An anonymous donor left a £5,000 cheque in the church box.',
     'An anonymous donor slipped a £5,000 cheque into the church box.',
     []),
    ('Shares in the miner slipped 2 percent on Friday.',
     'Shares in the miner rose 2 percent on Friday.',
     ['negation changed: slipped → rose']),
    ('Families can leave old coats at the library every Saturday.',
     'Families can drop off old coats at the library every Saturday.',
     []),
    ('Officials said the storm had damaged older cottages.',
     'Officials said the storm might flatten damaged older cottages.',
     ['hedge added: might']),
    ('The strike was damaging the port, officials said.',
     'The port was not damaged by the strike, officials said.',
     ['negation added: not']),
    ('The painting will not go on display until the frame is repaired.',
     'The painting will stay off display until the frame has been repaired.',
     []),
    ('The painting will go on display once the frame is repaired.',
     'The painting will stay off display until the frame has been repaired.',
     ['negation added: stay']),
    ('The shelter said it was running short of blankets.',
     'The shelter said its supplies of blankets were running low.',
     []),
    ('The shelter said it had plenty of blankets.',
     'The shelter said its supplies of blankets were running low.',
     ['negation added: running low']),
    ('Officials warned that aftershocks could bring down weakened walls in the old town.',
     'Aftershocks might topple weakened walls in the old town, officials warned.',
     []),
    ('Officials warned that aftershocks could bring down walls in the old town.',
     'Officials warned that aftershocks had weakened walls in the old town.',
     ['negation added: weakened', 'hedge removed: could']),
    ('Pottery sales slumped 6.5 percent in March because a cold snap kept buyers away.',
     'A cold snap kept buyers away, causing a 6.5% slump in pottery sales in March.',
     []),
    ('Pottery sales slumped 6.5 percent in March because a cold snap kept buyers away.',
     'A cold snap kept buyers away, and pottery sales rose 6.5% in March.',
     ['negation changed: slumped → rose']),
    ('Bookings fell for a fourth straight week, with the travel index sliding to 82 from 85.',
     'The travel index slid to 82 from 85, a fourth consecutive weekly decline in bookings.',
     []),
    ('Bookings fell for a fourth straight week, with the travel index sliding to 82 from 85.',
     'The travel index slid to 82 from 85, a fifth consecutive weekly decline in bookings.',
     ['number added: a fifth']),
    ('Exports have grown for three consecutive quarters, the ministry said.',
     'Exports have grown for three quarters in a row, the ministry said.',
     []),
    ('Exports grew by three quarters last year, the ministry said.',
     'Exports grew by 75 percent last year, the ministry said.',
     []),
    ('The council announced a 12-month freeze on parking charges.',
     'The council announced a year-long freeze on parking charges.',
     []),
    ('The trust returned 4.1% in the fiscal year ended March 31.',
     'The trust returned 4.1% in the fiscal year to March 31.',
     []),
    ('The trust returned 4.1% in the fiscal year ended March 31.',
     'The trust returned 4.1% in the fiscal year to June 30.',
     ['date changed: the fiscal year ended March 31 → the fiscal year to June 30']),
    ('Turnover grew 3 percent in the final quarter of 2024.',
     'Turnover grew 3 percent in Q4 2024.',
     []),
    ('Turnover grew 3 percent in the final quarter of 2024.',
     'Turnover grew 3 percent in Q3 2024.',
     ['date changed: the final quarter of 2024 → Q3 2024']),
    ('The pension age would rise from 66 to 68 under the plan.',
     'Under the plan, the pension age would go from 66 up to 68.',
     []),
    ('The pension age would rise from 66 to 68 under the plan.',
     'Under the plan, the pension age could rise to as much as 68.',
     ['number changed: 68 → as much as 68', 'hedge added: could']),
    ('Some 2,000 claims are still waiting for a decision, the insurer said.',
     'The insurer said some 2,000 claims have yet to receive a decision.',
     []),
    ('Some 2,000 claims received a decision last week, the insurer said.',
     'The insurer said some 2,000 claims have yet to receive a decision.',
     ['negation added: yet to']),
    ('The inquiry had yet to confirm the cause, police said.',
     'Police said the inquiry had still to confirm the cause.',
     []),
    ('The inquiry had confirmed the cause, police said.',
     'Police said the inquiry had still to confirm the cause.',
     ['hedge added: had still to confirm']),
    ('"It is far too early to say the outbreak is over," the health officer said.',
     'The health officer said it was far too early to declare the outbreak over.',
     []),
    ('The health officer said the outbreak was over.',
     'The health officer said it was far too early to declare the outbreak over.',
     ['hedge added: too early to declare']),
    ('The ferry will sail on Sunday, weather permitting, the operator said.',
     'The operator said the ferry will sail on Sunday if the weather allows.',
     []),
    ('The ferry will sail on Sunday, the operator said.',
     'The operator said the ferry will sail on Sunday if the weather allows.',
     ['relation added: if']),
    ("Spending might pick up in spring if prices keep falling, the survey's author said.",
     "The survey's author said spending might pick up in spring should prices keep falling.",
     []),
    ('Car sales rose 1.4 percent in May, beating the 0.9 percent gain analysts had expected.',
     'Car sales climbed 1.4% in May, ahead of the 0.9% rise analysts had expected.',
     []),
    ('Car sales rose 1.4 percent in May, a week after the new tax took effect.',
     'Car sales climbed 1.4% in May, ahead of the new tax taking effect.',
     ['timing changed: a week after → ahead of']),
    ('The team counted 800 nests, far more than any previous survey of the island.',
     'The team counted 800 nests, many more than any earlier survey of the island.',
     []),
    ('The comet has a roughly 1-in-4,000 chance of hitting the moon in 2090, astronomers said.',
     'Astronomers said the comet has about a 1 in 4,000 chance of striking the moon in 2090.',
     []),
    ('The comet has a roughly 1-in-4,000 chance of hitting the moon in 2090, astronomers said.',
     'Astronomers said the comet has about a 1 in 400 chance of striking the moon in 2090.',
     ['number changed: 1-in-4,000 → 1 in 400']),
    ('About two-thirds of the money raised came from online pages, the organiser said.',
     'The organiser said roughly two in every three pounds raised came from online pages.',
     []),
    ('About two-thirds of the money raised came from online pages, the organiser said.',
     'The organiser said roughly three in every four pounds raised came from online pages.',
     ['number changed: About two-thirds → roughly three in every four pounds']),
    ('The size estimate rests on a single tooth, the curator said.',
     'The curator said the size estimate rests on one tooth.',
     []),
    ('The size estimate rests on a single tooth, the curator said.',
     'The curator said the size estimate rests on two teeth.',
     ['number changed: single → two']),
    ('The tremor was felt 200 kilometres away, the US Geological Survey said.',
     'According to the USGS, the tremor was felt 200 km away.',
     []),
    ('The tremor was felt 200 kilometres away, the US Geological Survey said.',
     'According to the UKHO, the tremor was felt 200 km away.',
     ['attribution changed: the US Geological Survey said → According to the UKHO']),
    ('Online sales rose 3 percent, while spending at garages fell 2 percent.',
     'Online sales rose 3%, though spending at garages fell 2%.',
     []),
    ('Online sales rose 3 percent and spending at garages fell 2 percent.',
     'Online sales rose 3%, though spending at garages fell 2%.',
     ['relation added: though']),
    ('The reptile lived about 70 million years ago, the museum said.',
     'The reptile lived some 70 million years ago, the museum said.',
     []),
    ('The reptile lived about 70 million years ago, the museum said.',
     'The reptile lived some 80 million years ago, the museum said.',
     ['date changed: about 70 million years ago → some 80 million years ago']),
    ('Divers collected samples from depths of up to 3,100 metres.',
     'Divers collected samples from as deep as 3,100 m.',
     []),
    ('Divers collected samples from depths of 3,100 metres.',
     'Divers collected samples from as deep as 3,100 m.',
     ['number changed: 3,100 metres → as deep as 3,100']),
    ('The clinic, which cares for about 900 patients a year, needs £2 million to stay open.',
     'The clinic needs £2m to stay open; it looks after about 900 patients a year.',
     []),
    ('The clinic hired six nurses after it won a £2 million grant.',
     'The clinic looked after six nurses before it won a £2 million grant.',
     ['timing changed: after → before']),
    ('The hall is open from 9am to 3pm on weekdays.',
     'The hall opens from 9 a.m. to 3 p.m. on weekdays.',
     []),
    ('The hall is open from 9am to 3pm on weekdays.',
     'The hall opens from 9 a.m. to 5 p.m. on weekdays.',
     ['date changed: 3pm → 5 p.m.']),
    ('The float, which toured 12 streets, collected £4,300 in buckets, its organiser said.',
     'The float collected £4,300 in buckets while touring 12 streets, its organiser said.',
     []),
    ('The float collected £4,300 in buckets after it toured 12 streets, its organiser said.',
     'The float collected £4,300 in buckets while touring 12 streets, its organiser said.',
     ['timing changed: after → while']),
    ("Half the village's homes were left without heating, and families are still waiting for repairs.",
     "Families have yet to see repairs, and half the village's homes were left without heating.",
     []),
    # (sixty-first session: round five, sets 144-151 but the held-out 147)
    ("Storms flattened 900 hectares of wheat, leaving some fields unharvestable, the farmers' union said.",
     "The farmers' union said 900 hectares of wheat were flattened by storms, with some fields left impossible to harvest.",
     []),
    ("Storms flattened 900 hectares of wheat, leaving some fields ready to harvest, the farmers' union said.",
     "The farmers' union said 900 hectares of wheat were flattened by storms, with some fields left unharvestable.",
     ['negation added: unharvestable']),
    ('Difficult cuts had been unavoidable, the treasurer said.',
     'The treasurer said difficult cuts could not be avoided.',
     []),
    ('The audit found that safety checks had not been logged for a year.',
     'The audit found that safety checks had gone unlogged for a year.',
     []),
    ('The audit found that safety checks had been logged every week for a year.',
     'The audit found that safety checks had gone unlogged for a year.',
     ['negation added: unlogged']),
    ("The tribunal ruled that the panel had wrongly applied the league's rules.",
     "The tribunal ruled that the panel had misapplied the league's rules.",
     []),
    ("The tribunal ruled that the panel had correctly applied the league's rules.",
     "The tribunal ruled that the panel had misapplied the league's rules.",
     ['negation added: misapplied']),
    ('Union leaders warned of a strike unless the board withdraws plans to cut 80 posts.',
     'Union leaders warned of a strike unless the board drops its plan to axe 80 posts.',
     []),
    ('Union leaders warned of a strike unless the board presses ahead with plans to cut 80 posts.',
     'Union leaders warned of a strike unless the board drops its plan to axe 80 posts.',
     ['negation changed: cut → drops, axe', 'hedge removed: presses ahead with plans to']),
    ('Villagers voted against a plan to build a quarry near the school.',
     'Villagers cast their votes against a plan to build a quarry near the school.',
     []),
    ('Villagers voted for a plan to build a quarry near the school.',
     'Villagers cast their votes against a plan to build a quarry near the school.',
     ['opposite meaning: for → against']),
    ('Entries fell by 9 percent this year, which the organiser blamed on the closure of the car park.',
     "The organiser blamed this year's 9 percent drop in entries on the closure of the car park.",
     []),
    ('Shares in the club fell 6% after its takeover collapsed.',
     'Shares in the club dropped 6% after its takeover had fallen through.',
     []),
    ('The probe is expected to enter orbit around Venus on Sunday.',
     'The probe is expected to slip into orbit around Venus on Sunday.',
     []),
    ('Shares in the miner slipped into negative territory on Friday.',
     'Shares in the miner rose on Friday.',
     ['negation changed: slipped → rose']),
    ('Coach Lena Berg will leave Tromvik IF at the end of the season, the club said.',
     'The club said coach Lena Berg would depart Tromvik IF when the season ends.',
     []),
    ('Shares in the bakery fell 4 percent after the company cut its forecast, citing higher flour costs.',
     "The bakery's stock dropped 4% after the firm lowered its forecast, blaming increased flour costs.",
     []),
    ('The scheme inflated profits for three years, costing investors about $80 million.',
     'The scheme inflated profits for three years, at a cost to investors of about $80m.',
     []),
    ('The scheme inflated profits for three years, costing investors about $80 million.',
     'The scheme inflated profits for three years, earning investors about $80m.',
     ['negation removed: costing']),
    ("The guard was attacked outside the club in the early hours of New Year's Day.",
     'The guard was attacked outside the club in the early hours of 1 January.',
     []),
    ("The guard was attacked outside the club in the early hours of New Year's Day.",
     'The guard was attacked outside the club in the early hours of 2 January.',
     ["date changed: New Year's Day → 2 January"]),
    ('Detective Sergeant Ola Brandt told the court that officers had found the knife in a drain.',
     'Officers found the knife in a drain, Det Sgt Ola Brandt told the court.',
     []),
    ('Detective Sergeant Ola Brandt told the court that officers had found the knife in a drain.',
     'Officers found the knife in a drain, Det Insp Ola Brandt told the court.',
     ['entity added: Det Insp Ola Brandt']),
    ('Professor Ian Moss, the pro-vice-chancellor for research, said the lab would open in May.',
     'The lab will open in May, according to Prof Ian Moss, the pro-VC for research.',
     []),
    ('The clause can be triggered only by clubs based outside Italy, his agent said.',
     'His agent said the clause can be triggered solely by non-Italian clubs.',
     []),
    ('The clause can be triggered only by clubs based outside Italy, his agent said.',
     'His agent said the clause can be triggered solely by non-French clubs.',
     ['entity changed: Italy → non-French']),
    ('The firm plans a 300-megawatt solar farm near Kells.',
     'The firm plans a 300MW solar farm near Kells.',
     []),
    ('The ministry set aside $2 billion for repairs, though engineers estimate the backlog at $5 billion.',
     'The ministry set aside $2bn for repairs, although engineers put the backlog at $5bn.',
     []),
    ('The ministry set aside $2 billion for repairs, and the backlog is $5 billion.',
     'The ministry set aside $2bn for repairs, although engineers put the backlog at $5bn.',
     ['relation added: although']),
    ('The head of the trust is reportedly set to resign next month.',
     'The head of the trust is said to be poised to resign next month.',
     []),
    ('The head of the trust will resign next month.',
     'The head of the trust is said to be poised to resign next month.',
     ['hedge added: is said to', 'hedge added: be poised to']),
    ('The defendant is alleged to have pushed the steward down the stairs, the prosecution said.',
     'The prosecution alleged that the defendant pushed the steward down the stairs.',
     []),
    ('The defendant is alleged to have pushed the steward down the stairs, the prosecution said.',
     'The defendant pushed the steward down the stairs, the prosecution said.',
     ['hedge removed: is alleged to']),
    ('MPs approved $900 million for the rover, 10 percent less than the agency had requested.',
     'MPs signed off $900m for the rover, 10% below what the agency had asked for.',
     []),
    ("Ms Odell, the county's health director, urged parents to book their children's jabs before term starts.",
     "Parents should book their children's jabs before term starts, urged Ms Odell, the county's health director.",
     []),
    ("Parents booked their children's jabs before term started, said Ms Odell, the county's health director.",
     "Parents should book their children's jabs before term starts, urged Ms Odell, the county's health director.",
     ['attribution removed: said Ms Odell']),
    ('The readings may point to ice under the crater, the scientists said.',
     'The readings could indicate ice under the crater, the scientists said.',
     []),
    ('The readings show ice under the crater, the scientists said.',
     'The readings could indicate ice under the crater, the scientists said.',
     ['hedge added: could']),
    ('The club will consider bids above £20 million before the window shuts.',
     'Bids of more than £20m will be considered by the club before the window shuts.',
     []),
    ('The utility is in talks to buy the wind farm, according to two people familiar with the matter.',
     'Two people with knowledge of the matter said the utility was negotiating to buy the wind farm.',
     []),
    ('The hearing was adjourned so that doctors could examine the defendant.',
     'The hearing was adjourned to allow doctors to examine the defendant.',
     []),
    ('The minister said the rail line would not open before 2028, contradicting an earlier forecast by the builder.',
     'Contradicting an earlier forecast from the builder, the minister said the rail line would not open before 2028.',
     []),
    ('Over 90,000 jabs are expected to be given in the first fortnight, officials said.',
     'Officials said more than 90,000 jabs were expected to be given in the first two weeks.',
     []),
    ('Over 90,000 jabs are expected to be given in the first fortnight, officials said.',
     'Officials said more than 90,000 jabs were expected to be given in the first three weeks.',
     ['number added: three weeks']),
    ('Half of the 800 cases were delayed at least once, court figures show.',
     'Court figures show half of the 800 cases were delayed on at least one occasion.',
     []),
    ('Half of the 800 cases were delayed at least once, court figures show.',
     'Court figures show half of the 800 cases were delayed on at least two occasions.',
     ['number added: at least two']),
    ('The minister said waiting times had fallen for a fourth consecutive month.',
     'Waiting times have fallen for four months in a row, the minister said.',
     []),
    ('The minister said waiting times had fallen for a fourth consecutive month.',
     'Waiting times have fallen for three months in a row, the minister said.',
     ['number added: three months']),
    ('A third of the pensioners surveyed said they had skipped meals to pay for heating.',
     'A third of the pensioners surveyed said they had gone without meals to pay for heating.',
     []),
    ('A third of the pensioners surveyed said they had eaten meals out to save on heating.',
     'A third of the pensioners surveyed said they had gone without meals to pay for heating.',
     ['negation added: without']),
    # (sixty-first session: round five's stories)
    ("The inquiry found that some of the council's contracts with firms linked to its leader had been overpriced.",
     'According to the inquiry, the contracts the council had signed with firms linked to its leader had been overpriced.',
     ["scope widened: some of the council's contracts → the contracts"]),
    ("The inquiry found that some of the council's contracts with firms linked to its leader had been overpriced.",
     'According to the inquiry, some contracts the council had signed with firms linked to its leader had been overpriced.',
     []),
    ('Counsel for the Crown opposed the appeal on Tuesday.',
     'On Tuesday counsel for the Crown resisted the appeal.',
     []),
    ('Counsel for the Crown backed the appeal on Tuesday.',
     'On Tuesday counsel for the Crown resisted the appeal.',
     ['negation added: resisted']),
    ('Mr Doyle, who has always maintained his innocence, showed no reaction.',
     'Mr Doyle, who has consistently protested his innocence, showed no reaction.',
     []),
    ('Nurses were drafted in to cover absences on the ward.',
     'Nurses were drafted in to cover for absent colleagues on the ward.',
     []),
    ('Nurses were drafted in to cover new beds on the ward.',
     'Nurses were drafted in to cover for absent colleagues on the ward.',
     ['negation added: absent']),
    ('Patients with weakened immune systems will be invited first.',
     'Patients whose immune systems are weakened will be invited first.',
     []),
    ('Patients with healthy immune systems will be invited first.',
     'Patients whose immune systems are weakened will be invited first.',
     ['negation added: weakened']),
    ('Both rivals said they had no plans to raise prices before spring.',
     'Both rivals said they did not plan any price rises before spring.',
     []),
    ('The agency was reviewing whether to fine the contractor, its deputy head said.',
     'The agency is weighing whether to fine the contractor, its deputy head said.',
     []),
    ('The agency had fined the contractor, its deputy head said.',
     'The agency is weighing whether to fine the contractor, its deputy head said.',
     ['hedge added: is weighing']),
    ('The head teacher said the school could not grow further because its site was too small.',
     "The school's site is too small for it to expand any further, according to the head teacher.",
     []),
    ('The head teacher said the school would grow further because its site was large enough.',
     "The school's site is too small for it to expand any further, according to the head teacher.",
     ['negation changed: grow → too small, expand']),
    ('A heater left too close to a sofa may have started the fire, investigators said.',
     'Investigators said a heater left too near a sofa may have started the fire.',
     []),
    ('The agency said no instruments would be removed to save money.',
     'According to the agency, no instruments will be dropped to save money.',
     []),
    ('The agency said two instruments would be removed to save money.',
     'According to the agency, no instruments will be dropped to save money.',
     ['negation added: no']),
    ('The team had ruled out contamination from the thrusters, the co-author said.',
     'The team excluded contamination from the thrusters, the co-author said.',
     []),
    ('The presidency tabled a compromise that drops the contested reference to sanctions.',
     'The presidency put forward a compromise which removes the disputed reference to sanctions.',
     []),
    # (sixty-first session: misses of round four's stories)
    ('Some of the cost of the new roof will be met by a £20,000 grant, the vicar said.',
     'A £20,000 grant will cover the full cost of the new roof, the vicar said.',
     ['scope widened: Some of the cost → the full cost']),
    ('The whole cost of the new roof will be met by a £20,000 grant, the vicar said.',
     'A £20,000 grant will cover the full cost of the new roof, the vicar said.',
     []),
    ('The rise in sales coincided with a warm spell in May, the retailer said.',
     'The rise in sales was driven by a warm spell in May, the retailer said.',
     ['relation added: driven by']),
    ('The rise in sales was caused by a warm spell in May, the retailer said.',
     'The rise in sales was driven by a warm spell in May, the retailer said.',
     []),
    ('The fire broke out shortly before midnight in a disused warehouse.',
     'Started by a discarded cigarette, the fire broke out shortly before midnight in a disused warehouse.',
     ['relation added: Started by']),
    # (sixty-first session: round six, sets 152-159 but the held-out 155)
    ('Most lenders still cap borrowing at four and a half times salary.',
     'Most lenders still limit borrowing to 4.5 times salary.',
     []),
    ('Most lenders still cap borrowing at four and a half times salary.',
     'Most lenders still limit borrowing to 5.5 times salary.',
     ['number changed: four and a half times → 5.5']),
    ('The judge jailed him for four years and six months on Friday.',
     'He was sentenced to four and a half years in prison by the judge on Friday.',
     []),
    ('The judge jailed him for four years and six months on Friday.',
     'He was sentenced to five and a half years in prison by the judge on Friday.',
     ['number changed: four years and six months → five and a half years']),
    ('The first flight is due to leave at 07:45 on Monday and land at 13:30.',
     'The first flight is due to leave at 7:45 a.m. on Monday and land at 1.30 p.m.',
     []),
    ('The first flight is due to leave at 07:45 on Monday.',
     'The first flight is due to leave at 7:45 p.m. on Monday.',
     ['date changed: 07:45 → 7:45 p.m.']),
    ('The strike will run from 10 p.m. on Tuesday to 6 a.m. on Friday.',
     'The walkout will run from 22:00 on Tuesday to 06:00 on Friday.',
     []),
    ('He was last seen at around 9 a.m. on Sunday, police said.',
     'Police said he was last seen at about 9am on Sunday.',
     []),
    ('He was last seen at around 9 a.m. on Sunday, police said.',
     'Police said he was last seen at about 11am on Sunday.',
     ['date changed: 9 a.m. → about 11am']),
    ('The outage began shortly after 9 a.m. Eastern time on Wednesday.',
     'The outage started just after 9am ET on Wednesday.',
     []),
    ('Picking is expected to start around 20 June, the co-operative said.',
     'The co-operative said picking is expected to begin around June 20.',
     []),
    ("The singer will not attend next month's awards, her publicist said.",
     "The singer is skipping next month's awards, her publicist said.",
     []),
    ("The singer will attend next month's awards, her publicist said.",
     "The singer is skipping next month's awards, her publicist said.",
     ['negation added: skipping']),
    ("She said she had no plans to skip next week's race.",
     "She said she did not intend to miss next week's race.",
     []),
    ('Police urged people not to speculate online.',
     'Police urged people to refrain from speculating online.',
     []),
    ('Police urged people to share what they knew online.',
     'Police urged people to refrain from speculating online.',
     ['negation added: refrain']),
    ('Some users reported being unable to log in for several hours.',
     'A number of users reported being locked out of their accounts for several hours.',
     []),
    ('The museum has bought a previously unknown landscape by the painter.',
     'The museum has bought a landscape by the painter that was not previously known.',
     []),
    ('The album sold 87,000 copies in its first week.',
     'The album shifted 87,000 copies during its debut week.',
     []),
    ('The album sold 87,000 copies in its first week.',
     'The album shifted 87,000 copies during its second week.',
     ['date changed: its first week → second week']),
    ('The film took $48 million, beating industry forecasts of about $40 million.',
     'The film took $48m, ahead of industry projections of roughly $40m.',
     []),
    ('The label chief said it had never been in talks to sell the catalogue.',
     'The label chief said it had never held talks about selling the catalogue.',
     []),
    ('The tour was postponed because of surgery, not poor ticket sales, as some fans had suggested.',
     "Contrary to suggestions by some fans, poor ticket sales were not behind the tour's postponement, which was due to surgery.",
     []),
    ('No decision has yet been made on the second phase, a council spokesman said.',
     'A council spokesman said the second phase had yet to be decided.',
     []),
    ('The developer has not yet indicated whether it will appeal, a spokeswoman said.',
     'A spokeswoman said the developer had not yet signalled whether it would appeal.',
     []),
    ('Some of the protected trees could be felled if the layout is approved.',
     'If the layout gets approval, a number of the protected trees might be cut down.',
     []),
    ('Twelve councillors voted against the plan and 31 backed it.',
     'The plan was backed by 31 councillors, with 12 voting against.',
     []),
    ('Pilots may strike later this month if talks over pay fail, the union said.',
     'The union said pilots could strike later this month should negotiations on pay break down.',
     []),
    ('The airline slashed fares by up to 30 percent in a bid to win back customers lost to a rival.',
     'In an attempt to lure back customers who defected to a rival, the airline cut fares by as much as 30%.',
     []),
    ('The start-up is reportedly in talks to raise $50 million.',
     'A $50m funding round for the start-up is reportedly under discussion.',
     []),
    ('Excluding one-time charges, the firm earned 74 cents a share.',
     'Stripping out one-off charges, the firm earned $0.74 per share.',
     []),
    ('Plans to build a ski resort near the sanctuary were shelved on Thursday.',
     'Plans for a ski resort near the sanctuary were put on ice on Thursday.',
     []),
    ('Some users reported being able to log in as normal.',
     'A number of users reported being locked out of their accounts for several hours.',
     ['negation added: locked out']),
    ('Twelve councillors voted for the plan and 31 backed it.',
     'The plan was backed by 31 councillors, with 12 voting against.',
     ['negation added: against']),
    # (sixty-first session: a source made the subject of what it found or reckons)
    ('Otter numbers on the river rose to 140 last year, according to a survey published on Monday by the county wildlife trust.',
     'A survey released Monday by the county wildlife trust found that otter numbers on the river reached 140 last year.',
     []),
    ('Otter numbers on the river rose to 140 last year, according to a survey published on Monday by the county wildlife trust.',
     'A survey released Monday by the national angling club found that otter numbers on the river reached 140 last year.',
     ['attribution removed: according to a survey published on Monday by the county wildlife trust']),
    ('Repayments would fall by about £40 a month, according to calculations by the charity MoneyWise.',
     'The charity MoneyWise calculates that repayments would drop by roughly £40 a month.',
     []),
    ('Fewer than 200 of the beetles remain, the Heathland Trust said in its annual report.',
     "The Heathland Trust's annual report put the number of the beetles left at under 200.",
     []),
    # (sixty-first session: round six's stories)
    ('The governor said the bank would need to see inflation fall further before it could consider cutting rates.',
     'Inflation would have to fall further before the bank could consider a rate cut, the governor said.',
     []),
    ('The governor said the bank would need to see inflation fall further before it could consider cutting rates.',
     'Inflation would have to fall further before the bank could consider a rate rise, the governor said.',
     ['negation removed: cutting']),
    ("Some of the trust's 40 reserves will lose their wardens, officials said.",
     "Officials said the trust's 40 reserves would lose their wardens.",
     ["scope widened: Some of the trust's 40 reserves → the trust's 40 reserves"]),
    ('Some weekend tickets have already sold out, the organiser said.',
     'Weekend tickets have already sold out, according to the organiser.',
     ['scope widened: Some weekend tickets → Weekend tickets']),
    ('Some weekend tickets have already sold out, the organiser said.',
     'A number of weekend tickets have already sold out, according to the organiser.',
     []),
    ('Members were offered a 2 percent rise, well below inflation of 4.8 percent.',
     'Members were offered a 2% rise, far short of inflation at 4.8%.',
     []),
    ('Notably absent from the shortlist was the novel "Salt Roads", the judges\' note showed.',
     'The novel "Salt Roads" was conspicuously missing from the shortlist, the judges\' note showed.',
     []),
    ('Lynx were hunted to extinction in the region in the 1700s.',
     "Hunting wiped out the region's lynx in the 1700s.",
     []),
    ('Lynx were hunted in the region in the 1700s.',
     "Hunting wiped out the region's lynx in the 1700s.",
     ['negation added: wiped out']),
    ('Satellite data show the forest lost about 5,000 hectares of tree cover in 2023.',
     'Satellite data show about 5,000 hectares of tree cover disappeared from the forest in 2023.',
     []),
    ('Tickets cost 40 euros, with a reduced rate for students.',
     'Tickets cost €40, and students can get a discounted rate.',
     []),
    ("The group's petition asking for the bypass to be rerouted has 6,000 signatures.",
     "The group's petition urging that the bypass be rerouted has gathered 6,000 signatures.",
     []),
    ('Anyone with information is asked to call 101.',
     'Anyone with information should ring 101.',
     []),
    ('Police have renewed their appeal for footage from drivers on the bypass that evening.',
     'Drivers on the bypass that evening are again being asked by police to share any footage.',
     []),
    ('The stadium cost about $90 million to build, according to two people familiar with its finances.',
     'Two people with knowledge of its finances put the building cost at roughly $90 million.',
     []),
    ('The plan was rejected after the council voted 9-4 against it on Thursday.',
     'The plan was rejected when the council voted nine to four against it on Thursday.',
     []),
    ('The plan was approved after the council voted 9-4 for it on Thursday.',
     'The plan was rejected when the council voted nine to four against it on Thursday.',
     ['negation changed: approved, for → rejected, voted, against']),
    ('The seat was created in 1972 and replaced the abolished district of Toowoomba East.',
     'The seat was abolished in 1972 and replaced the created district of Toowoomba East.',
     ['negation added: abolished']),
])
def test_compare_facts(analyzer: Analyzer, original: str, rewrite: str, expected: list[str]) -> None:
    assert reasons(analyzer, original, rewrite) == expected


def test_not_yet_done_is_no_time(analyzer: Analyzer) -> None:
    """"had not yet revealed" tells nothing done, so "will reveal" is no plan told as done (the
    negation check still reads the "not")."""
    kinds = [c.kind for c in changes(analyzer, "The union had not yet revealed its target.",
                                     "The union said it would reveal its target.")]
    assert "timing" not in kinds
    assert [c.kind for c in changes(analyzer, "The union had revealed its target.",
                                    "The union said it would reveal its target.")] == ["timing"]


def test_compare_identical_is_empty(analyzer: Analyzer) -> None:
    sentence = ("U.S. officials said on Monday that North Korea had reportedly fired two missiles hours earlier, "
                "despite “strong warnings”, and did not deny it.")
    assert changes(analyzer, sentence, sentence) == ()


def test_change_spans_name_both_sides(analyzer: Analyzer) -> None:
    (change,) = changes(analyzer, "The 18-month war continues.", "The two-year war continues.")
    assert change.kind == "number"
    assert [f.text for f in change.rewrite] == ["two-year"]
    assert [f.text for f in change.original] == ["18-month"]


def test_compare_with_concatenated_originals(analyzer: Analyzer) -> None:
    first, second = "The council met at noon.", "It approved the budget on Monday."
    a, b = analyzer.analyse([first, second])
    original_text = first + " " + second
    original_facts = list(a.facts) + [f.shifted(len(first) + 1) for f in b.facts]
    rewrite = "At noon the council met and approved the budget on Monday."
    (r,) = analyzer.analyse([rewrite])
    assert compare_facts(rewrite, r.facts, original_text, original_facts) == ()


def test_compare_is_deterministic(analyzer: Analyzer) -> None:
    original = "Police said two men were arrested on Monday after the attack."
    rewrite = "Three men were reportedly arrested on Tuesday before the attack."
    first = changes(analyzer, original, rewrite)
    assert first == changes(analyzer, original, rewrite)
    assert [c.kind for c in first] == ["number", "date", "timing", "hedge", "attribution"]


# --------------------------------------------------------------------------- claim splitting
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The council met at noon and approved the budget.", ["The council met at noon", "approved the budget."]),
    ("North Korea has shown resistance to Western sanctions and has reportedly provided infantry rockets and "
     "missiles to the Wagner Group in 2022.",
     ["North Korea has shown resistance to Western sanctions",
      "has reportedly provided infantry rockets and missiles to the Wagner Group in 2022."]),
    ("Kim and Putin met.", ["Kim and Putin met."]),
    ("The timing coincides with the war, which has diverted international attention.",
     ["The timing coincides with the war", "which has diverted international attention."]),
    ("The visit came ahead of talks in Vladivostok, where Kim had several questions.",
     ["The visit came ahead of talks in Vladivostok", "where Kim had several questions."]),
    ("Kim fired missiles while the meeting was taking place.", ["Kim fired missiles", "while the meeting was taking place."]),
    ("As the meeting began, Kim fired missiles.", ["As the meeting began", "Kim fired missiles."]),
    ("He is expected to resign; the minister is believed to be ill.",
     ["He is expected to resign", "the minister is believed to be ill."]),
    ("North Korea fired rockets and missiles.", ["North Korea fired rockets and missiles."]),
    ("He came and saw.", ["He came and saw."]),
    ("Putin, who met Kim, said the talks went well.", ["Putin, who met Kim, said the talks went well."]),
    # a participle after a comma that ends the sentence tells a second fact; one inside the
    # sentence, or without the comma, or opening it, does not
    ("A train derailed late on Friday, injuring 23 people.", ["A train derailed late on Friday", "injuring 23 people."]),
    ("He left the room smiling.", ["He left the room smiling."]),
    ("Citing the weather, the club cancelled the match.", ["Citing the weather, the club cancelled the match."]),
    ("  The council approved the budget.  ", ["The council approved the budget."]),
    ("", []),
    ("   ", []),
])
def test_claim_splitting(analyzer: Analyzer, sentence: str, expected: list[str]) -> None:
    assert claims_of(analyzer, sentence) == expected


def assert_well_formed(sentence: str, result: SentenceAnalysis) -> None:
    previous_end = 0
    covered = [False] * len(sentence)
    for start, end in result.clauses:
        assert previous_end <= start < end <= len(sentence)
        assert sentence[start:end] == sentence[start:end].strip()
        covered[start:end] = [True] * (end - start)
        previous_end = end
    for match in re.finditer(r"\w+", sentence):  # every word is in a claim, except a joining connective
        if not all(covered[match.start():match.end()]):
            assert match.group().lower() in CONNECTIVES, (sentence, match.group(), result.clauses)
    for fact in result.facts:
        assert fact.kind in FACT_KINDS
        assert 0 <= fact.start < fact.end <= len(sentence)
        assert sentence[fact.start:fact.end] == fact.text


WORDS = ["the", "council", "met", "and", "approved", "budget", "while", "as", "which", "has", "Kim", "Putin",
         "said", "but", "not", "two", "1,200", "on", "Monday", "reportedly", "police", "fired", "missiles",
         "who", "where", ",", ";", ".", "“", "”", '"', "because", "rose", "fell", "or", "yet", "2022", "-"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
def test_clauses_cover_every_word(sentence: str) -> None:
    assert_well_formed(sentence, shared_analyzer().analyse([sentence])[0])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_arbitrary_text_never_breaks(sentence: str) -> None:
    assert_well_formed(sentence, shared_analyzer().analyse([sentence])[0])


# --------------------------------------------------------------------------- the analyser
def test_empty_and_long_inputs(analyzer: Analyzer) -> None:
    long_text = " ".join(["word"] * 4000)  # 20,000 characters, no punctuation
    assert len(long_text) >= 19_999
    empty, long_result = analyzer.analyse(["", long_text])
    assert empty == SentenceAnalysis((), ())
    assert_well_formed(long_text, long_result)
    assert long_result.clauses


def test_windowed_analysis_keeps_offsets(analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facts_module, "_WINDOW_CHARS", 60)
    sentence = "Police said on Monday that two men were arrested. " * 5 + "x" * 150
    result = analyse_one(analyzer, sentence)
    assert_well_formed(sentence, result)
    assert [f.value for f in result.facts if f.kind == "date"] == ["monday"] * 5


def test_analyse_batches_and_is_deterministic() -> None:
    sentences = [f"The council approved {n} budgets on Monday." for n in range(7)]
    small = Analyzer(shared_analyzer().nlp, batch_size=2)
    assert small.analyse(sentences) == shared_analyzer().analyse(sentences)
    with pytest.raises(TypeError, match="must be str"):
        small.analyse(["fine", None])  # type: ignore[list-item]


def test_fingerprint(analyzer: Analyzer) -> None:
    assert re.fullmatch(r"spacy=[\d.]+;en_core_web_sm\w*=[\d.]+;facts=\d+", analyzer.fingerprint)


def test_pipeline_without_parser_degrades(caplog: pytest.LogCaptureFixture) -> None:
    spacy = pytest.importorskip("spacy")
    analyzer = Analyzer(spacy.blank("en"))
    sentence = "Kim fired two missiles hours earlier and did not stop."
    result = analyzer.analyse([sentence])[0]
    assert result.clauses == ((0, len(sentence)),)
    assert {(f.kind, f.value) for f in result.facts} >= {("number", "2"), ("timing", "before"), ("negation", "not")}
    assert "lacks" in caplog.text


def test_import_does_not_load_spacy() -> None:
    code = "import sys, provenance.facts; sys.exit(1 if 'spacy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_fragment_claims_get_their_implicit_subject_as_context() -> None:
    from provenance.facts import Analyzer

    (an,) = Analyzer().analyse(["The council met at noon and approved the budget."])
    assert len(an.clauses) == 2 and len(an.contexts) == 2
    assert an.contexts[0] == ""
    assert an.contexts[1] == "The council"


def test_negation_is_scoped_to_the_best_supporting_claim() -> None:
    from provenance.claims import ClaimSpan, fact_changes

    def claim(i: int, text: str, negated: bool) -> ClaimSpan:
        facts = (Fact("negation", "not", text.index("not"), text.index("not") + 3, "not"),) if negated else ()
        return ClaimSpan(i, 0, 0, len(text), text, facts)

    rewrite = [claim(0, "The council approved the budget", False)]
    best = claim(0, "The council approved the budget", False)
    other = claim(1, "the mayor did not attend", True)
    # a "not" in a clause the rewrite did not take over is no change...
    assert [ch.kind for ch in fact_changes(rewrite, [best, other])] == []
    # ...but one in the best-matching clause is, merged or not
    negated = claim(0, "The council did not approve the budget", True)
    assert [ch.kind for ch in fact_changes(rewrite, [negated, other])] == ["negation"]
    assert [ch.kind for ch in fact_changes(rewrite, [negated])] == ["negation"]
    # the original side (support claims from the rewrite, best first) is scoped the same way
    assert [ch.kind for ch in fact_changes([best, other], [claim(0, "The council approved it", False)])] == []


def test_a_date_or_number_stated_elsewhere_in_the_source_is_no_change() -> None:
    from provenance.claims import ClaimSpan, fact_changes

    def claim(text: str, *facts: tuple[str, str]) -> ClaimSpan:
        return ClaimSpan(0, 0, 0, len(text), text,
                         tuple(Fact(kind, v, text.index(v), text.index(v) + len(v), v) for kind, v in facts))

    rewrite = [claim("The summit opened on 4 March with 120 delegates", ("date", "4 March"), ("number", "120"))]
    aligned = [claim("The summit opened with delegates")]
    # judged on the aligned sentence alone, both facts are new...
    assert [ch.kind for ch in fact_changes(rewrite, aligned)] == ["number", "date"]
    # ...but another sentence of the source states them: support from a second sentence
    source = "The summit opened with delegates. It began on 4 March. 120 delegates came."
    assert fact_changes(rewrite, aligned, rewrite_doc=rewrite[0].text, original_doc=source) == ()
    # a source that never states them leaves the changes
    assert len(fact_changes(rewrite, aligned, rewrite_doc=rewrite[0].text, original_doc="The summit opened.")) == 2
    # a changed value stays a change unless the original value is in the rewrite too
    changed = [claim("The summit opened on 5 March", ("date", "5 March"))]
    rw_changed = [claim("The summit opened on 4 March", ("date", "4 March"))]
    both = "The summit opened on 5 March. Talks ended on 4 March."
    assert [ch.kind for ch in fact_changes(rw_changed, changed, rewrite_doc=rw_changed[0].text, original_doc=both)] == ["date"]
    # small numbers ("2") are too common to look up in a whole document
    small = [claim("2 delegates left", ("number", "2"))]
    assert [ch.kind for ch in fact_changes(small, [claim("delegates left")], rewrite_doc="2 delegates left",
                                           original_doc="delegates left. 2 rooms.")] == ["number"]


def test_a_hedge_another_claim_of_the_sentence_carries_is_not_lost() -> None:
    from provenance.claims import ClaimSpan, fact_changes

    def claim(i: int, sentence: int, text: str, hedge: str = "") -> ClaimSpan:
        facts = (Fact("hedge", hedge, text.index(hedge), text.index(hedge) + len(hedge), hedge),) if hedge else ()
        return ClaimSpan(i, sentence, 0, len(text), text, facts)

    # the rewrite's sentence is cut in two; the claim aligned with the hedged original claim
    # is the one without the hedge, but its sentence's other claim keeps it
    first, second = claim(0, 0, "Smith is a former senator", "former"), claim(1, 0, "who became governor")
    original = [claim(0, 0, "Smith, a former senator, became governor", "former")]
    assert [ch.reason for ch in fact_changes([second], original)] == ["hedge removed: former"]
    assert fact_changes([second], original, rewrite_all=[first, second], original_all=original) == ()
    # a hedge no claim of the sentence carries is still removed
    plain = claim(0, 0, "Smith is a senator")
    assert [ch.reason for ch in fact_changes([second], original, rewrite_all=[plain, second],
                                             original_all=original)] == ["hedge removed: former"]
    # and the other way round: a hedge the rewrite adds that the original sentence carries elsewhere
    o_first, o_second = claim(0, 0, "Smith is a former senator", "former"), claim(1, 0, "who became governor")
    rewrite = [claim(0, 0, "Smith, a former senator, became governor", "former")]
    assert fact_changes(rewrite, [o_second], rewrite_all=rewrite, original_all=[o_first, o_second]) == ()


def parsed_claim(analyzer: Analyzer, i: int, doc: str, part: str) -> ClaimSpan:
    """Claim ``i`` of sentence 0: ``part`` of ``doc``, in document offsets, with its parsed facts."""
    (a,) = analyzer.analyse([part])
    start = doc.index(part)
    return ClaimSpan(i, 0, start, start + len(part), part, a.facts)


def test_a_negation_or_speaker_another_claim_of_the_sentence_carries_is_not_lost(analyzer: Analyzer) -> None:
    from provenance.claims import fact_changes

    def span(i: int, sentence: str, part: str) -> ClaimSpan:
        return parsed_claim(analyzer, i, sentence, part)

    o_text = "Union leader Ana Silva said the staff had not been consulted about the merger."
    r_text = "The staff had not been consulted about the merger, said Ana Silva, who leads the union."
    first = span(0, r_text, "The staff had not been consulted about the merger, said Ana Silva")
    second = span(1, r_text, "who leads the union.")
    original = [span(0, o_text, o_text)]
    # the second claim alone lacks the "not" and the speaker of the whole original sentence
    assert sorted(ch.kind for ch in fact_changes([second], original)) == ["attribution", "negation"]
    # its sentence's first claim carries both
    assert fact_changes([second], original, rewrite_all=[first, second], original_all=original) == ()
    # a "not" no claim of the sentence carries is still removed
    plain = span(0, r_text.replace(" not", ""), "The staff had been consulted about the merger, said Ana Silva")
    kinds = [ch.kind for ch in fact_changes([second], original, rewrite_all=[plain, second], original_all=original)]
    assert kinds == ["negation"]


def test_a_negation_said_by_another_claim_of_a_merge_is_not_added(analyzer: Analyzer) -> None:
    from provenance.claims import fact_changes

    def span(i: int, doc: str, part: str) -> ClaimSpan:
        return parsed_claim(analyzer, i, doc, part)

    o_doc = "No one was hurt, but three cars were damaged by the falling tree."
    r_doc = "Three cars were damaged by the falling tree, though no one was hurt."
    rewrite = [span(0, r_doc, r_doc)]
    # the merge's best claim first: the rewrite's "no" is said by the original's other claim,
    # and its "though" by the "but" the claim split left out
    original = [span(0, o_doc, "three cars were damaged by the falling tree."), span(1, o_doc, "No one was hurt")]
    assert fact_changes(rewrite, original, rewrite_doc=r_doc, original_doc=o_doc) == ()
    # a "no" the original's other claim does not say is added
    other = "Three cars were damaged by the falling tree, though no trains were delayed."
    assert [ch.kind for ch in fact_changes([span(0, other, other)], original, rewrite_doc=other,
                                           original_doc=o_doc)] == ["negation"]


@pytest.mark.parametrize(("text", "number", "sign"), [
    ("More than 100 people came.", "100", ">"), ("It cost at least $5 million.", "5", ">"),
    ("No more than 3 people came.", "3", "<"), ("Up to 20 soldiers died.", "20", "<"),
    ("About 100 people came.", "100", ""), ("100 people came.", "100", ""), ("Moreover 100 came.", "100", ""),
])
def test_number_bound(text: str, number: str, sign: str) -> None:
    start = text.index(number)
    assert facts_module.number_bound(text, Fact("number", number, start, start + len(number), number)) == sign


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Crews rescued 14 people by boat.", [("boat", "&boat@rescue:by")]),
    # the thing done to stands in one place in either voice; a second conjunct where its first does
    ("A truck hit the car.", [("truck", "&truck@hit:nsubj"), ("car", "&car@hit:obj")]),
    ("The car was hit by a truck.", [("car", "&car@hit:obj"), ("truck", "&truck@hit:agent")]),
    ("The government promised loans and grants.", [("loans", "&loan@promise:obj"), ("grants", "&grant@promise:obj")]),
    # people, places and ideas are no things here
    ("The doctor visited the town to discuss the plan.", []),
])
def test_thing_facts_name_the_noun_and_its_place(analyzer: Analyzer, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v in facts_of(analyzer, sentence, "role") if v.startswith("&")] == expected


def test_speaker_told_by_name_needs_no_speaker_words() -> None:
    """An attribution whose speaker the parse left empty ("said" alone) is told by nobody in the
    other text, and reading it raises nothing (a DEV run crashed on one)."""
    from provenance.facts import _told_by_name

    assert not _told_by_name(Fact("attribution", "said", 0, 4, "say"), "Nobody said anything.")
    assert _told_by_name(Fact("attribution", "a spokesperson said", 0, 19, "spokesperson say"),
                         "A spokesperson for the canal authority said the ban would end.")
