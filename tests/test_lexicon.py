"""Tests for provenance.lexicon: opposite words from WordNet's antonym pointers."""

from __future__ import annotations

import contextlib
from typing import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import lexicon


def swapped(rewrite: str, original: str) -> list[tuple[str, str]]:
    return [(rewrite[a:b], original[c:d]) for (a, b), (c, d) in lexicon.opposites(rewrite, original)]


def test_the_wordnet_data_is_installed() -> None:
    # a declared dependency (wn 0.0.x bundles WordNet 3.0): without it the check is silently weaker
    assert lexicon.wordnet_dir() is not None
    assert lexicon.available()
    assert lexicon.fingerprint() == "wordnet-3.0+vader"


@pytest.mark.parametrize(("a", "b"), [
    ("higher", "lower"), ("success", "failure"), ("man", "woman"), ("women", "men"),
    ("sitting", "standing"), ("better", "worse"), ("increased", "decreased"), ("legal", "illegal"),
])
def test_opposites_through_base_forms(a: str, b: str) -> None:
    assert lexicon.are_opposites(a, b) and lexicon.are_opposites(b, a)


@pytest.mark.parametrize(("a", "b"), [("safe", "unsafe"), ("violent", "non-violent"), ("Safe", "UNSAFE")])
def test_a_negating_prefix_makes_an_opposite(a: str, b: str) -> None:
    assert lexicon.are_opposites(a, b) and lexicon.are_opposites(b, a)


@pytest.mark.parametrize(("a", "b"), [("film", "movie"), ("big", "large"), ("raise", "cut"), ("court", "justice"),
                                      ("higher", "higher"), ("patch", "dispatch"), ("valuable", "invaluable"),
                                      ("do", "undo")])
def test_non_opposites(a: str, b: str) -> None:
    assert not lexicon.are_opposites(a, b)


def test_a_swap_in_place_is_found_with_spans() -> None:
    assert swapped("Chinese shares closed lower on Wednesday.", "Chinese shares closed higher on Tuesday.") == [
        ("lower", "higher")]


@pytest.mark.parametrize(("rewrite", "original"), [
    # the word the rewrite would have swapped in is in the original too: a rewording, not a swap
    ("Prices were not higher; they were lower.", "Prices were lower."),
    # names are not words to swap: "South Africa" / "North Africa" is an entity change
    ("The team won in South Africa.", "The team won in North Africa."),
    # a word only added is no swap: its opposite must stand in the same replaced stretch
    ("The talks ended in failure on Monday.", "The talks ended on Monday."),
    ("The talks ended in success.", "The talks ended in success."),
    ("", "The talks ended in success."),
])
def test_no_swap(rewrite: str, original: str) -> None:
    assert swapped(rewrite, original) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["higher", "lower", "the", "prices", "were", "success", "failure", "man", "woman",
                                 "Not", ".", "rose", "fell"]), max_size=12))
def test_a_text_never_swaps_with_itself(words: list[str]) -> None:
    text = " ".join(words)
    assert lexicon.opposites(text, text) == []


@contextlib.contextmanager
def tables_reread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The lexicon's tables read afresh inside (after the caller's patches), and again after
    the patches are undone; the real data must then be back."""
    caches = (lexicon._tables, lexicon.base_forms, lexicon._feelings, lexicon.feeling)
    for cached in caches:
        cached.cache_clear()
    try:
        yield
        assert lexicon.fingerprint() == "none"
        assert lexicon.opposites("Prices were lower.", "Prices were higher.") == []
    finally:
        monkeypatch.undo()
        for cached in caches:
            cached.cache_clear()
    assert lexicon.available()


def test_without_the_data_the_check_is_off_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "wordnet_dir", lambda: None)
    with tables_reread(monkeypatch):
        assert not lexicon.available()
        # the short hand list needs no data; opposite feelings need WordNet's parts of speech
        assert swapped("Few residents backed it.", "Most residents backed it.") == [("Few", "Most")]
        assert not lexicon.feelings_opposed("overjoyed", "disappointed")


@pytest.mark.parametrize(("rewrite", "original", "expected"), [
    # stop words and pairs WordNet does not hold: the hand list
    ("Few residents backed the plan.", "Most residents backed the plan.", [("Few", "Most")]),
    ("All of the votes were counted.", "None of the votes were counted.", [("All", "None")]),
    ("The senator voted for the measure.", "The senator voted against the measure.", [("for", "against")]),
    ("The firm reported a loss.", "The firm reported a profit.", [("loss", "profit")]),
    # outcomes turned round, in any of their word forms
    ("The coach was fired on Monday.", "The coach resigned on Monday.", [("fired", "resigned")]),
    ("The council extended the ban.", "The council ended the ban.", [("extended", "ended")]),
    ("The minister criticised the report.", "The minister praised the report.", [("criticised", "praised")]),
    ("Both drivers died in the crash.", "Both drivers survived the crash.", [("died", "survived")]),
    ("The union opposes the deal.", "The union supports the deal.", [("opposes", "supports")]),
    ("The state imposed the curfew.", "The state lifted the curfew.", [("imposed", "lifted")]),
    ("The manuscript was bought by a collector.", "The manuscript was stolen by a collector.", [("bought", "stolen")]),
    ("Critics called the vote premature.", "Critics called the vote long overdue.", [("premature", "overdue")]),
    ("Calmer seas helped the rescue.", "Rough seas hampered the rescue.", [("Calmer", "Rough"), ("helped", "hampered")]),
    ("The coach said he was disappointed with the draw.", "The coach said he was pleased with the draw.",
     [("disappointed", "pleased")]),
    # phrases read as one word: a figure held or put up, a service free or paid for, most of a
    # thing or a small part of it, a service as normal or hit
    ("Council tax will be frozen next year.", "Council tax will rise next year.", [("frozen", "rise")]),
    ("Parking charges will go up.", "Parking charges will stay the same.", [("go up", "stay the same")]),
    ("Only a small share of the money will go to schools.", "Most of the money will go to schools.",
     [("Only a small share", "Most")]),
    ("Trams will also be hit.", "Trams will run as normal.", [("hit", "as normal")]),
    ("The species is listed as endangered.", "The species is listed as vulnerable.", [("endangered", "vulnerable")]),
    ("Temperatures were higher than last year.", "Temperatures were cooler than last year.", [("higher", "cooler")]),
    ("The mayor promised 500 luxury homes.", "The mayor promised 500 affordable homes.", [("luxury", "affordable")]),
    # a figure held or put up, a result foreseen or not, wherever the words stand
    ("The bank raised rates to 4 percent.", "The bank kept rates unchanged at 4 percent.", [("raised", "unchanged")]),
    ("The decision surprised most economists.", "Most economists had expected the decision.",
     [("surprised", "expected")]),
    # a state told in another order: free or paid for, rain or dry, wherever the words stand
    ("Children will have to pay to enter the museum.", "Entry to the museum is free for children.",
     [("have to pay", "free")]),
    ("Forecasters expect the rest of the week to be dry.", "Forecasters expect more rain later in the week.",
     [("dry", "rain")]),
    ("Entry is free and the tour must be paid for.", "The tour must be paid for and entry is free.", []),
    # a route kept or left, a help or a weight, a friend or a foe, a scheme widened or narrowed,
    # a house of parliament, an engine's fuel, a part left out or counted in, a budget, a crowd
    ("The captain had left the usual route.", "The captain had followed the usual route.",
     [("left the usual route", "followed the usual route")]),
    ("The captain had followed the planned route.", "The captain had kept to the planned route.", []),
    ("The libraries were a burden for older people.", "The libraries were a lifeline for older people.",
     [("burden", "lifeline")]),
    ("The minister is a fierce critic of the leader.", "The minister is a close ally of the leader.",
     [("critic", "ally")]),
    ("The scheme was restricted to older people.", "The scheme was expanded to older people.",
     [("restricted", "expanded")]),
    ("The bill was passed by the upper house.", "The bill was passed by the lower house.", [("upper", "lower")]),
    ("The plant makes parts for petrol cars.", "The plant makes parts for electric cars.", [("petrol", "electric")]),
    ("Sales rose in every region including Asia.", "Sales rose in every region except Asia.",
     [("including", "except")]),
    ("The project is under budget.", "The project is over budget.", [("under budget", "over budget")]),
    ("The match was played in front of a full crowd.", "The match was played behind closed doors.",
     [("in front of a full crowd", "behind closed doors")]),
    ("The talks were held behind closed doors.", "The talks were held in private.", []),
    ("Two crew members were hurt.", "Two passengers were hurt.", [("crew", "passengers")]),
    ("The team was promoted.", "The team was relegated.", [("promoted", "relegated")]),
    ("The prisoner escaped.", "The prisoner was released.", [("escaped", "released")]),
    ("The child was found with minor injuries.", "The child was found safe and well.",
     [("injuries", "safe and well")]),
    ("The talks were held against the wishes of the UN.", "The talks were held at the request of the UN.",
     [("against the wishes of", "at the request of")]),
    ("The plant will run on coal.", "The plant will run on renewable energy.", [("coal", "renewable")]),
    ("The firm is minority-owned by the state.", "The firm is majority-owned by the state.",
     [("minority-owned", "majority-owned")]),
    ("The scheme is compulsory.", "The scheme is voluntary.", [("compulsory", "voluntary")]),
    ("The scheme is optional.", "The scheme is voluntary.", []),
    ("Scientists have questioned the discovery.", "Scientists have confirmed the discovery.",
     [("questioned", "confirmed")]),
    ("The animal was caught in the wild.", "The animal was born in captivity.", [("wild", "captivity")]),
    ("The vote was held openly.", "The vote was held in secret.", [("openly", "secret")]),
    ("The firm has accepted the ruling.", "The firm will appeal against the ruling.", [("accepted", "appeal")]),
    ("The ceasefire has held.", "The ceasefire was broken within hours.", [("held", "broken")]),
    ("The survivors were taken from the sea.", "The bodies were taken from the sea.", [("survivors", "bodies")]),
    ("The film received glowing reviews.", "The film received mixed reviews.", [("glowing", "mixed")]),
    ("The firm employs mostly full-time staff.", "The firm employs mostly part-time staff.",
     [("full-time", "part-time")]),
    ("The opposition took part in the vote.", "The opposition boycotted the vote.", [("took part", "boycotted")]),
    ("The goalkeeper conceded a late penalty.", "The goalkeeper saved a late penalty.", [("conceded", "saved")]),
    ("The man was sentenced to prison.", "The man was sentenced to community service.",
     [("prison", "community service")]),
    ("The rate of growth picked up.", "The rate of growth slowed.", [("growth picked up", "slowed")]),
    ("The senator is seeking re-election.", "The senator is retiring.", [("re-election", "retiring")]),
    ("The coach stepped down on Monday.", "The coach was fired on Monday.", [("stepped down", "fired")]),
    ("Police picked up the suspect.", "Police detained the suspect.", []),
    ("The museum bought its collection.", "The museum was donated its collection.", [("bought", "donated")]),
    ("The shooting was deliberate.", "The shooting was accidental.", [("deliberate", "accidental")]),
    ("The mayor said the plan was good value.", "The mayor said the plan was too expensive.",
     [("good value", "expensive")]),
    ("The law was repealed in January.", "The law came into force in January.", [("repealed", "came into force")]),
    ("The law took effect in January.", "The law came into force in January.", []),
    ("The fish are caught in the wild.", "The fish are farmed.", [("wild", "farmed")]),
    ("The film was a box office hit.", "The film was a box office flop.", [("hit", "flop")]),
    ("Most of the staff work in the office.", "Most of the staff work from home.", [("office", "home")]),
    ("The company is loss-making.", "The company is profitable.", [("loss-making", "profitable")]),
    ("The band formed in 1999.", "The band split up in 1999.", [("formed", "split up")]),
    ("The band broke up in 1999.", "The band split up in 1999.", []),
    ("Critics welcomed the plan.", "Critics raised concerns about the plan.", [("welcomed", "raised concerns about")]),
    ("Critics voiced doubts about the plan.", "Critics raised concerns about the plan.", []),
    ("The vote was brought forward by a week.", "The vote was delayed by a week.", [("brought forward", "delayed")]),
    ("The vote was put back by a week.", "The vote was postponed by a week.", []),
    ("The system will be introduced immediately.", "The system will be phased in.", [("immediately", "phased in")]),
    ("The charity employs paid staff.", "The charity relies on volunteers.", [("paid", "volunteers")]),
    ("The artist trained at an academy.", "The artist was self-taught.", [("trained", "self-taught")]),
    ("Profits soared.", "Profits were flat.", [("soared", "flat")]),
    ("The government privatised the railways.", "The government nationalised the railways.",
     [("privatised", "nationalised")]),
    ("The law was toughened.", "The law was watered down.", [("toughened", "watered down")]),
    ("Sanctions were tightened.", "Sanctions were eased.", [("tightened", "eased")]),
    ("The driver was drunk.", "The driver was sober.", [("drunk", "sober")]),
    ("Residents were allowed to return to their homes.", "Residents were told to leave their homes.",
     [("allowed to return", "told to leave")]),
    ("Residents were permitted to go back to their homes.", "Residents were allowed to return to their homes.", []),
    ("The soldiers were killed by enemy fire.", "The soldiers were killed by friendly fire.", [("enemy", "friendly")]),
    ("The law was weakened.", "The law was watered down.", []),
    ("The swimmer missed the world record.", "The swimmer broke the world record.", [("missed", "broke")]),
    ("The deal alarmed investors.", "The deal was welcomed by investors.", [("alarmed", "welcomed")]),
    ("The film is based on a fictional story.", "The film is based on a true story.", [("fictional", "true")]),
    ("The report blamed the minister.", "The report cleared the minister.", [("blamed", "cleared")]),
    ("The outbreak was out of control.", "The outbreak was under control.", [("out of control", "under control")]),
    ("The new rules are looser.", "The new rules are stricter.", [("looser", "stricter")]),
    ("The new rules are tougher.", "The new rules are stricter.", []),
    ("The witness was called by the prosecution.", "The witness was called by the defence.",
     [("prosecution", "defence")]),
    ("The species was introduced to Australia.", "The species is native to Australia.", [("introduced", "native")]),
    ("The effect held after adjusting for age.", "The effect disappeared after adjusting for age.",
     [("held", "disappeared")]),
    # how big a change was; how often a thing is met; how a sum is shared (wherever it stands)
    ("Analysts had forecast a steeper decline.", "Analysts had forecast a smaller decline.", [("steeper", "smaller")]),
    ("The condition is common in children.", "The condition is rare in children.", [("common", "rare")]),
    ("The money will be shared equally between schools.", "The money will be split between schools according to "
     "pupil numbers.", [("equally", "according to pupil numbers")]),
    ("The money will be shared equally between schools.", "Each school will get an equal share of the money.", []),
    # the pair must stand in one replaced stretch
    ("Many residents backed the plan.", "Many residents backed the plan, few did not.", []),
    ("The coach resigned after the board fired his assistant.", "The coach resigned after the board fired his assistant.", []),
])
def test_hand_listed_opposites(rewrite: str, original: str, expected: list[tuple[str, str]]) -> None:
    assert swapped(rewrite, original) == expected


def test_the_data_folder_can_be_named(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    folder = lexicon.wordnet_dir()
    assert folder is not None
    monkeypatch.setenv(lexicon.ENV, str(folder))
    assert lexicon.wordnet_dir() == folder
    monkeypatch.setenv(lexicon.ENV, str(tmp_path))         # no data there: the next place is used
    assert lexicon.wordnet_dir() != tmp_path


def test_a_module_named_wn_does_not_hide_the_data(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    folder = lexicon.wordnet_dir()
    assert folder is not None
    (tmp_path / "wn.py").write_text("")                     # a script's own wn.py, first on the path
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(lexicon.ENV, raising=False)
    assert lexicon.wordnet_dir() is not None


def test_the_check_is_named_in_the_signature() -> None:
    from provenance.config import Config, signature

    assert signature(Config()).endswith("|lex:wordnet-3.0+vader")


@pytest.mark.parametrize(("a", "b", "expected"), [
    # rated at least 1.5 good and 1.5 bad, both adjectives or both verbs
    ("overjoyed", "disappointed", True), ("praised", "criticised", True), ("welcomed", "condemned", True),
    ("Happy", "SAD", True), ("pleased", "angry", True),
    # rated too weakly ("celebrated" 2.7 against "mourned" -1.3), the same side, unrated, or of
    # no common part of speech ("help" a verb, "weapons" a noun); words skipped as mostly
    # something else in a news sentence ("like")
    ("celebrated", "mourned", False), ("happy", "pleased", False), ("happy", "table", False),
    ("help", "weapons", False), ("difficult", "like", False), ("disappointed", "disappointed", False),
    # verbs that tell what happened rather than how someone judged it
    ("won", "defeated", False), ("celebrated", "failed", False), ("succeeded", "failed", False),
])
def test_opposite_feelings(a: str, b: str, expected: bool) -> None:
    assert lexicon.feelings_opposed(a, b) is expected
    assert lexicon.feelings_opposed(b, a) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("praise", True), ("criticised", True), ("welcomed", True), ("fears", True), ("rejected", True),
    ("defeated", False), ("kill", False), ("won", False), ("failed", False), ("xyzzy", False),
])
def test_verbs_of_judging_or_feeling(word: str, expected: bool) -> None:
    assert lexicon.stance_verb(word) is expected


def test_a_feeling_turned_round_is_a_swap_in_place() -> None:
    assert swapped("The director said she was disappointed.", "The director said she was overjoyed.") == \
        [("disappointed", "overjoyed")]
    # the same feeling in other words is no swap
    assert swapped("The director said she was delighted.", "The director said she was overjoyed.") == []


def test_without_vaders_words_no_feelings_are_opposed(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(lexicon, "vader_file", lambda: None)
    for cached in (lexicon._feelings, lexicon.feeling):
        cached.cache_clear()
    try:
        assert not lexicon.feelings_opposed("overjoyed", "disappointed")
        assert lexicon.fingerprint() == "wordnet-3.0"
        assert lexicon.are_opposites("higher", "lower")      # WordNet's pairs stay
    finally:
        monkeypatch.undo()
        for cached in (lexicon._feelings, lexicon.feeling):
            cached.cache_clear()
    assert lexicon.feelings_opposed("overjoyed", "disappointed")


def test_vaders_folder_can_be_named(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    path = lexicon.vader_file()
    assert path is not None and path.name == "vader_lexicon.txt"
    monkeypatch.setenv(lexicon.FEELINGS_ENV, str(tmp_path))
    assert lexicon.vader_file() == path                    # nothing there: the package's file
    (tmp_path / "vader_lexicon.txt").write_text("glad\t2.0\t0.5\t[2]\n", encoding="utf-8")
    assert lexicon.vader_file() == tmp_path / "vader_lexicon.txt"


@pytest.mark.model
def test_a_claim_with_a_word_swapped_for_its_opposite_is_altered(real_comparer) -> None:  # noqa: ANN001
    original = "Exports were higher in March than a year earlier, the ministry said."
    rewrite = "Exports were lower in March than a year earlier, the ministry said."
    (claim, *_) = real_comparer.compare(rewrite, [original]).rewrite.claims
    assert claim.label == "altered"
    assert "opposite meaning: higher → lower" in claim.reason
    (change,) = [ch for ch in claim.changes if ch.kind == "negation"]
    assert [rewrite[f.start:f.end] for f in change.rewrite] == ["lower"]
    assert [original[f.start:f.end] for f in change.original] == ["higher"]
    same = real_comparer.compare(original, [original]).rewrite.claims
    assert {c.label for c in same} == {"kept"}


def test_unreadable_data_turn_the_check_off_with_a_warning(monkeypatch: pytest.MonkeyPatch, tmp_path,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    for part in ("noun", "verb", "adj", "adv"):
        (tmp_path / f"data.{part}").write_text("00001740 03 n 01 word 0 002 ! 0000 n 0000 | broken\n", encoding="latin-1")
    monkeypatch.setenv(lexicon.ENV, str(tmp_path))
    with tables_reread(monkeypatch):
        with caplog.at_level("WARNING", logger="provenance.lexicon"):
            assert not lexicon.available()
        assert "cannot be read" in caplog.text


@pytest.mark.parametrize(("a", "b", "expected"), [
    # two kinds of one sort of party: organisations, health workers, forces, office holders
    ("company", "government", True), ("doctor", "nurse", True), ("police", "army", True), ("senator", "governor", True),
    # the same party said more generally, a synonym, the same word
    ("airline", "company", False), ("firm", "company", False), ("vote", "ballot", False), ("company", "company", False),
    # meeting only at a point too general to tell them apart, or not people or groups
    ("member", "participant", False), ("village", "town", False), ("contract", "deal", False), ("car", "truck", False),
    # two stretches of time; a time against a party
    ("weekday", "weekend", True), ("morning", "evening", True), ("spring", "autumn", True),
    ("morning", "doctor", False), ("hour", "minute", False), ("season", "year", False), ("teens", "youth", False),
    # a word WordNet does not hold
    ("company", "xyzzy", False),
])
def test_other_kinds_of_party(a: str, b: str, expected: bool) -> None:
    assert lexicon.other_kinds(a, b) is expected
    assert lexicon.other_kinds(b, a) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    # a party against money or a force of nature ("grant" is a party only as a name: Grant
    # the general)
    ("taxpayer", "grant", True), ("arsonist", "lightning", True), ("government", "loan", True),
    # writings and findings speak for their authors; a word with a party's sense among its
    # own; a made thing (WordNet holds "airline" only as a hose and a route)
    ("researcher", "study", False), ("doctor", "hospital", False), ("investor", "fund", False),
    ("company", "airline", False), ("militant", "bomb", False),
    # two parties, or two things: the other check's business, or none
    ("company", "government", False), ("storm", "bomb", False), ("company", "xyzzy", False),
])
def test_a_party_against_a_thing(a: str, b: str, expected: bool) -> None:
    assert lexicon.party_and_thing(a, b) is expected
    assert lexicon.party_and_thing(b, a) is expected


def test_without_the_data_no_two_parties_are_told_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "wordnet_dir", lambda: None)
    lexicon._noun_tables.cache_clear()
    lexicon.other_kinds.cache_clear()
    lexicon.party_and_thing.cache_clear()
    try:
        assert not lexicon.other_kinds("company", "government")
        assert not lexicon.party_and_thing("taxpayer", "grant")
    finally:
        monkeypatch.undo()
        lexicon._noun_tables.cache_clear()
        lexicon.party_and_thing.cache_clear()
        lexicon.other_kinds.cache_clear()
    assert lexicon.other_kinds("company", "government")


def test_each_original_word_is_swapped_once() -> None:
    """Two rewrite words with the same opposite in the original are one swap, not two that
    would cancel each other's flipped polarity."""
    assert swapped("The man was remanded in custody.", "The man was released on bail.") == [("remanded", "released")]


@pytest.mark.parametrize(("word", "sort"), [
    ("doctor", "party"), ("government", "party"), ("weekend", "time"), ("morning", "time"), ("river", ""),
    ("xyzzy", ""),
])
def test_sort_of_a_noun(word: str, sort: str) -> None:
    assert lexicon.sort_of(word) == sort


@pytest.mark.parametrize(("a", "b", "expected"), [
    # a meeting is no party; words that may stand for any official body; creators in general
    ("forum", "conference", False), ("summit", "conference", False), ("authorities", "police", False),
    ("officials", "government", False), ("pioneer", "maker", False),
])
def test_parties_a_rewrite_says_for_each_other(a: str, b: str, expected: bool) -> None:
    assert lexicon.other_kinds(a, b) is expected
    assert lexicon.other_kinds(b, a) is expected


@pytest.mark.parametrize(("a", "b", "expected"), [
    # two kinds of one made thing, animal or crop; two sums paid on different terms
    ("boat", "helicopter", True), ("attic", "cellar", True), ("car", "truck", True), ("bus", "train", True),
    ("dog", "cat", True), ("wheat", "corn", True), ("loan", "grant", True), ("fee", "tax", True),
    # the same thing said more generally, a synonym, one group of sums, the same word
    ("car", "vehicle", False), ("shop", "store", False), ("money", "cash", False), ("wage", "salary", False),
    ("boat", "boat", False),
    # weapons of different sorts, which WordNet meets only at "instrument" (``_WEAPONS``); one
    # sort said more exactly is the same weapon
    ("knife", "gun", True), ("hammer", "knife", True), ("gun", "pistol", False), ("dagger", "knife", False),
    # ways of travel, which WordNet meets only at "craft" or "vehicle" (``_VEHICLES``); two of
    # one way are told apart by WordNet, or not
    ("lifeboat", "helicopter", True), ("ferry", "plane", True), ("ambulance", "helicopter", True),
    ("ferry", "boat", False), ("ship", "vessel", False),
    # kinds of natural place (``_PLACES``); two of one kind are not told apart
    ("river", "forest", True), ("beach", "mountain", True), ("river", "lake", False), ("coast", "beach", False),
    # meeting only at a point too general, other files, parties, words WordNet lacks
    ("computer", "phone", False), ("tool", "software", False),
    ("doctor", "nurse", False), ("boat", "xyzzy", False),
])
def test_other_kinds_of_thing(a: str, b: str, expected: bool) -> None:
    assert lexicon.other_things(a, b) is expected
    assert lexicon.other_things(b, a) is expected


@pytest.mark.parametrize(("word", "sort"), [
    ("boat", "06"), ("dog", "05"), ("wheat", "20"), ("bread", "13"), ("loan", "money"), ("river", "place"),
    ("doctor", ""), ("rock", ""), ("xyzzy", ""),
])
def test_thing_sort_of_a_noun(word: str, sort: str) -> None:
    assert lexicon.thing_sort(word) == sort


def test_without_the_data_only_the_hand_lists_tell_things_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sums of money, weapons and ways of travel are listed by hand; "attic" / "cellar" needs WordNet."""
    monkeypatch.setattr(lexicon, "wordnet_dir", lambda: None)
    lexicon._noun_tables.cache_clear()
    lexicon.other_things.cache_clear()
    try:
        assert not lexicon.other_things("attic", "cellar")
        assert not lexicon.other_things("ferry", "boat")
        assert lexicon.other_things("loan", "grant")
        assert lexicon.other_things("boat", "helicopter")
    finally:
        monkeypatch.undo()
        lexicon._noun_tables.cache_clear()
        lexicon.other_things.cache_clear()
    assert lexicon.other_things("attic", "cellar")
