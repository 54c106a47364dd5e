"""The shipped calibration and the fitting code: loadable, named in the signature, deterministic."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance import Config
from provenance.config import load_calibration, signature
from provenance.overlap import copy_features, copy_tiles, in_order_share, ngram_containment, stemmed_words
from provenance.similarity import (EDIT_FEATURES, GRADED_FEATURES, INFORMATION_FEATURES, NUMBER_FEATURES, PAIR_FEATURES, REUSE_COPY_FEATURES, REUSE_FEATURES, SURFACE_FEATURES, context_features, edit_features, fact_replacements, graded,
                                   copy_pair_features, logistic, reuse_level, surface_features, text_edit_features,
                                   unshared_numbers)

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def calibrate(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.syspath_prepend(str(BENCH))
    import calibrate as c

    return c


@pytest.mark.parametrize("name", ["all-MiniLM-L6-v2"])
def test_shipped_calibration_is_complete_and_named_in_signature(name: str) -> None:
    cal = load_calibration(name)
    assert len(cal["support"]["weights"]) == 3 and 0 < cal["support"]["threshold"] < 1
    assert cal["pair"]["features"] == list(PAIR_FEATURES)
    assert cal["graded"]["features"] == list(GRADED_FEATURES)
    assert cal["pair"]["kind"] == "trees" and len(cal["pair"]["trees"]) > 10
    assert cal["reuse"]["features"] == list(REUSE_FEATURES)
    assert cal["reuse"]["cuts"] == sorted(cal["reuse"]["cuts"]) and len(cal["reuse"]["cuts"]) == 2
    assert cal["reuse"]["copy"]["features"] == list(REUSE_COPY_FEATURES)
    assert set(cal["peers"]) == {"minilm_cos", "difflib", "token_set"}
    assert "cv" in cal and cal["fitted_on"]["split"] == "dev"
    assert cal["support"]["fitted"] is False          # hand-set; --fit-support writes the -dev file
    assert cal["details"]["min_words"] >= 1 and Config(calibration=name).min_detail_words == cal["details"]["min_words"]
    sig = signature(Config(calibration=name))
    rw = cal["details"].get("reworded")
    assert rw is None or 0 < rw <= 1
    assert Config(calibration=name).reworded_cut == rw
    ins = cal["details"].get("insert_words")
    assert ins is None or 1 <= ins
    assert Config(calibration=name).min_insert_words == (cal["details"]["min_words"] if ins is None else ins)
    ins_part = "" if ins is None or ins == cal["details"]["min_words"] else f"/ins{ins}"
    assert f"|det:{cal['details']['min_words']}{ins_part}{'' if rw is None else f'/rw{rw:.2f}'}|" in sig
    assert f"calib:{name}@{cal['version']}" in sig


def test_the_default_is_the_fitted_file() -> None:
    """The pipeline loads calibrate.py's output by default: heads fitted on DEV, support hand-set."""
    cal = Config().calib
    assert Config().calibration == "all-MiniLM-L6-v2"
    assert cal["fitted_on"]["split"] == "dev" and cal["support"]["fitted"] is False
    assert cal["support"]["weights"] == [-6.6, 6.6, 5.4]


@pytest.mark.parametrize("name", ["all-MiniLM-L6-v2"])
def test_pair_and_reuse_heads_apply_shipped_parameters(name: str) -> None:
    cal = load_calibration(name)
    same = {"cosine": 1.0, "support_min": 1.0, "support_max": 1.0, "kept_min": 1.0, "altered": 0.0,
            "difflib": 1.0, "lexical_min": 1.0, "lexical_max": 1.0, "bigram_min": 1.0, "trigram_min": 1.0,
            "role_mismatch": 0.0, "dep_mismatch": 0.0}
    other = {"cosine": 0.05, "support_min": 0.0, "support_max": 0.05, "kept_min": 0.0, "altered": 0.0,
             "difflib": 0.0, "lexical_min": 0.0, "lexical_max": 0.1, "bigram_min": 0.0, "trigram_min": 0.0,
             "role_mismatch": 0.0, "dep_mismatch": 0.0}
    same.update({"len_ratio": 1.0, "token_set": 1.0, "token_sort": 1.0, "num_mismatch": 0.0, "cap_mismatch": 0.0,
                 "only_words": 0.0, "jaccard": 1.0, "ctx_left": 0.0, "ctx_right": 0.0, "ctx_both": 0.0})
    other.update({"len_ratio": 0.8, "token_set": 0.2, "token_sort": 0.2, "num_mismatch": 0.0, "cap_mismatch": 1.0,
                  "only_words": 2.7, "jaccard": 0.0, "ctx_left": 0.0, "ctx_right": 0.0, "ctx_both": 0.0})
    same.update({"edit_replaced": 0.0, "edit_inserted": 1.0, "edit_moved": 0.0, "edit_blocks": 0.07,
                 "edit_longest_insert": 0.0, "content_replaced": 0.0, "content_inserted": 1.0, "content_moved": 0.0,
                 "fact_replaced": 0.0})
    other.update({"edit_replaced": math.log1p(2), "edit_inserted": 0.1, "edit_moved": 0.0, "edit_blocks": 0.1,
                  "edit_longest_insert": 0.05, "content_replaced": math.log1p(1), "content_inserted": 0.0,
                  "content_moved": 0.0, "fact_replaced": math.log1p(1)})
    same["num_unshared"], other["num_unshared"] = 0.0, math.log1p(2)
    same.update({"covered_min": 1.0, "breaks_max": 0.0})
    other.update({"covered_min": 0.0, "breaks_max": 0.0})
    same.update({"ic_min": 1.0, "ic_max": 1.0, "ic_unshared": 0.0, "ic_unshared_min": 0.0})
    other.update({"ic_min": 0.05, "ic_max": 0.1, "ic_unshared": math.log1p(40.0), "ic_unshared_min": math.log1p(35.0)})
    same["sts_cosine"], other["sts_cosine"] = 1.0, 0.05     # the adapted encoder's cosine
    # the same words in another order: only the order-sensitive features move
    swapped = {**same, "bigram_min": 0.6, "trigram_min": 0.4, "difflib": 0.8, "role_mismatch": 0.5,
               "dep_mismatch": 0.5,
               "ctx_left": 1.0, "ctx_right": 1.0, "ctx_both": 1.0,
               "edit_moved": 0.25, "edit_blocks": 0.2, "edit_longest_insert": 0.1, "content_moved": 0.3,
               "covered_min": 0.5, "breaks_max": 0.15}
    assert logistic(same, cal["pair"]) > cal["pair"]["threshold"] > logistic(other, cal["pair"])
    assert logistic(swapped, cal["pair"]) < logistic(same, cal["pair"])
    assert graded(same, cal["graded"]) > 0.8 > 0.2 > graded(other, cal["graded"])
    # a 120-word answer pasted whole (one run), and the same with a word changed every ten or so
    pasted = {"contain1": 1.0, "contain2": 1.0, "contain3": 1.0, "contain4": 1.0, "contain5": 1.0, "in_order": 1.0,
              "covered": 1.0, "breaks": 0.0, "run_edits": 0.0, "long_runs": 1.0}
    assert reuse_level(pasted, cal["reuse"]) == "cut"
    edited = {"contain1": 0.9, "contain2": 0.8, "contain3": 0.7, "contain4": 0.6, "contain5": 0.5, "in_order": 0.9,
              "covered": 0.9, "breaks": 10 / 120, "run_edits": 10 / 120, "long_runs": 0.0}
    assert reuse_level(edited, cal["reuse"]) == "light"
    none = {"contain1": 0.3, "contain2": 0.05, "contain3": 0.0, "contain4": 0.0, "contain5": 0.0, "in_order": 0.05,
            "covered": 0.0, "breaks": 0.0, "run_edits": 0.0, "long_runs": 0.0}
    assert reuse_level(none, cal["reuse"]) == "non"


def test_two_stage_reuse_level_reads_the_copy_score_only_at_the_top_level() -> None:
    head = {"features": ["contain1"], "weights": [1.0], "bias": 0.0, "cuts": [0.3, 0.6],
            "copy": {"features": ["breaks"], "weights": [-1.0], "cut": -0.05}}
    assert reuse_level({"contain1": 0.1, "breaks": 0.0, "covered": 0.0}, head) == "non"
    assert reuse_level({"contain1": 0.5, "breaks": 0.0, "covered": 0.5}, head) == "heavy"   # not asked
    assert reuse_level({"contain1": 0.9, "breaks": 0.01, "covered": 0.9}, head) == "cut"    # -0.01 > -0.05
    assert reuse_level({"contain1": 0.9, "breaks": 0.2, "covered": 0.9}, head) == "light"
    assert reuse_level({"contain1": 0.9, "breaks": 0.0, "covered": 0.0}, head) == "light"   # no copied run
    three = {"features": ["contain1"], "weights": [1.0], "bias": 0.0, "cuts": [0.3, 0.6, 0.8]}
    assert [reuse_level({"contain1": x}, three) for x in (0.1, 0.5, 0.7, 0.9)] == ["non", "heavy", "light", "cut"]


def test_copy_tiles_find_moved_runs_longest_first() -> None:
    a, b = "1 2 3 4 5 6 7 8".split(), "4 5 6 7 8 1 2 3 4 5".split()
    # two runs of five tie; the first in a wins, and the other keeps the three words it still has free
    assert copy_tiles(a, b) == [(0, 5, 5), (5, 2, 3)]
    assert copy_tiles("p q r s t u v".split(), "s t u v w p q r".split()) == [(0, 5, 3), (3, 0, 4)]
    assert copy_tiles("a b c a b c".split(), "a b c".split()) == [(0, 0, 3)]    # a source word is used once
    assert copy_tiles("a b x c d".split(), "a b y c d".split()) == []           # runs under three words
    assert copy_tiles([], "a b c".split()) == [] == copy_tiles("a b c".split(), [])


def test_copy_tiles_past_the_work_budget_still_join_a_paste(monkeypatch: pytest.MonkeyPatch) -> None:
    """On highly repetitive text the budget runs out and candidates become single shared
    grams: a text pasted whole still comes out as one run, short of at most its last two
    words (the grams tile three words at a time), and every run stays real."""
    import provenance.overlap as ov

    text = [f"w{i % 50}" for i in range(400)]
    assert copy_tiles(text, text) == [(0, 0, 400)]
    monkeypatch.setattr(ov, "_TILE_BUDGET", -10**6)           # spent before the first candidate
    (i, j, n), = copy_tiles(text, text)
    assert (i, j) == (0, 0) and n >= 398
    a, b = ["the", "of"] * 300, ["the", "of"] * 200
    for i, j, n in copy_tiles(a, b):                           # fewer runs found, each real
        assert n >= 3 and a[i:i + n] == b[j:j + n]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("abcd"), max_size=40), st.lists(st.sampled_from("abcd"), max_size=40))
def test_copy_tiles_are_real_disjoint_runs(a: list[str], b: list[str]) -> None:
    tiles = copy_tiles(a, b)
    used_a: set[int] = set()
    used_b: set[int] = set()
    for i, j, n in tiles:
        assert n >= 3 and a[i:i + n] == b[j:j + n]
        assert not used_a & set(range(i, i + n)) and not used_b & set(range(j, j + n))
        used_a |= set(range(i, i + n))
        used_b |= set(range(j, j + n))
    assert tiles == sorted(tiles)
    # every 3-gram a shares with b is touched by some run: tiling stops only when none is free
    if len(a) >= 3 and len(b) >= 3 and not tiles:
        assert not {tuple(a[i:i + 3]) for i in range(len(a) - 2)} & {tuple(b[j:j + 3]) for j in range(len(b) - 2)}


def test_copy_features_tell_a_paste_from_an_edited_copy() -> None:
    source = [f"w{i}" for i in range(40)]
    pasted = source[5:35]
    assert copy_features(pasted, source) == {"covered": 1.0, "breaks": 0.0, "run_edits": 0.0, "long_runs": 1.0}
    assert copy_features(source[:5], source) == {"covered": 1.0, "breaks": 0.0, "run_edits": 0.0, "long_runs": 1.0}
    edited = list(pasted)
    edited[10], edited[20] = "other", "else"                    # two words swapped inside the copy
    f = copy_features(edited, source)
    assert f == {"covered": 28 / 30, "breaks": 2 / 30, "run_edits": 2 / 30, "long_runs": 0.0}
    moved = source[20:30] + source[0:10]                        # reordered, not edited: no run edit
    assert copy_features(moved, source)["run_edits"] == 0.0
    assert copy_features([], source) == {"covered": 0.0, "breaks": 0.0, "run_edits": 0.0, "long_runs": 0.0}


def test_order_sensitive_overlaps() -> None:
    a, b = stemmed_words("flights from New York to Florida"), stemmed_words("flights from Florida to New York")
    assert ngram_containment(a, a, 2) == 1.0
    assert ngram_containment(a, b, 2) == pytest.approx(2 / 5)       # "flight from", "new york" survive
    assert ngram_containment(a, b, 1) == 1.0
    assert ngram_containment([], b, 3) == 1.0 and ngram_containment(a, [], 3) == 0.0
    assert ngram_containment(["one"], ["one", "two"], 3) == 1.0       # shorter than n: one gram
    # the swap leaves no shared run of three words; with details added around it the shorter
    # text stays one run, and a word changed inside breaks it in two
    assert copy_pair_features(a, b) == {"covered_min": 0.0, "breaks_max": 0.0}
    longer = stemmed_words("cheap flights from New York to Florida this week")
    assert copy_pair_features(a, longer) == {"covered_min": pytest.approx(6 / 9), "breaks_max": 0.0}
    changed = stemmed_words("cheap flights from New York to Miami and on to Florida this week")
    assert copy_pair_features(stemmed_words("cheap flights from New York to Miami or on to Florida this week"),
                              changed) == {"covered_min": pytest.approx(12 / 13), "breaks_max": pytest.approx(1 / 13)}
    assert in_order_share(a, a) == 1.0
    assert in_order_share(a, b) == pytest.approx(4 / 6)              # flight from | new york (or florida to)
    assert in_order_share(a, list(reversed(a))) == pytest.approx(1 / 6)


def test_surface_features_by_hand() -> None:
    a = "Officials in Boston said 5 people died on Monday."
    b = "On Monday, 5 people died, officials in Denver said."
    f = surface_features(a, b)
    assert set(f) == set(SURFACE_FEATURES) and f == surface_features(b, a)        # symmetric
    assert f["len_ratio"] == pytest.approx(9 / 9)
    assert f["num_mismatch"] == 0.0                                 # 5 on both sides
    assert f["cap_mismatch"] == pytest.approx(2 / 3)                # Boston, Denver of Boston, Denver, Monday
    # content words: official boston said 5 people died monday | monday 5 people died official denver said
    assert f["jaccard"] == pytest.approx(6 / 8) and f["only_words"] == pytest.approx(math.log1p(2))
    assert 0.0 <= f["token_set"] <= 1.0 and 0.0 <= f["token_sort"] <= 1.0
    g = surface_features(a, "Officials in Boston said 6 people died on Monday.")
    assert g["num_mismatch"] == 1.0 and g["cap_mismatch"] == 0.0 and g["len_ratio"] == 1.0
    same = surface_features(a, a)
    assert same["token_set"] == same["token_sort"] == same["jaccard"] == 1.0 and same["only_words"] == 0.0
    assert surface_features("", "") == {**surface_features(a, a), "len_ratio": 1.0}
    assert surface_features("", a)["jaccard"] == 0.0


def test_context_features_see_swapped_names_not_moved_clauses() -> None:
    swap = context_features("Flights from Boston to Denver leave at 9.", "Flights from Denver to Boston leave at 9.")
    assert swap == {"ctx_left": 2 / 3, "ctx_right": 2 / 3, "ctx_both": 2 / 3}     # Boston, Denver; not 9
    moved = context_features("In 1990, she moved to Paris.", "She moved to Paris in 1990.")
    assert moved == {"ctx_left": 0.0, "ctx_right": 1.0, "ctx_both": 0.0}
    assert context_features("no names here", "none here either") == {"ctx_left": 0.0, "ctx_right": 0.0, "ctx_both": 0.0}
    assert context_features("Kim met Putin.", "Kim met Putin.") == {"ctx_left": 0.0, "ctx_right": 0.0, "ctx_both": 0.0}


def test_edit_features_by_hand() -> None:
    w = str.split
    # one word stands in for another: one replacement, nothing inserted, nothing moved
    assert edit_features(w("the bank raised rates"), w("the bank cut rates")) == {
        "edit_replaced": math.log1p(1), "edit_inserted": 0.0, "edit_moved": 0.0, "edit_blocks": 2 / 4,
        "edit_longest_insert": 0.0}
    # an added detail: two inserted words, no replacement
    assert edit_features(w("he said the plan failed"), w("he said on monday the plan failed")) == {
        "edit_replaced": 0.0, "edit_inserted": 1.0, "edit_moved": 0.0, "edit_blocks": 2 / 5,
        "edit_longest_insert": 2 / 12}
    # a swap: difflib keeps "flights from boston" in order and moves "denver" and one "to":
    # 7 shared words, 5 matched in order
    a, b = w("flights from boston to denver leave daily"), w("flights from denver to boston leave daily")
    f = edit_features(a, b)
    assert f == edit_features(b, a) and f["edit_moved"] == pytest.approx(2 / 7) and f["edit_replaced"] == 0.0
    # an insertion and a replacement: of the 3 differing words (briefly; putin, xi) 1 is inserted
    g = edit_features(w("kim met putin"), w("kim briefly met xi"))
    assert g == {"edit_replaced": math.log1p(1), "edit_inserted": pytest.approx(1 / 3), "edit_moved": 0.0,
                 "edit_blocks": 2 / 3, "edit_longest_insert": 1 / 7}
    assert set(EDIT_FEATURES) <= set(PAIR_FEATURES)
    assert edit_features([], []) == {"edit_replaced": 0.0, "edit_inserted": 1.0, "edit_moved": 0.0,
                                     "edit_blocks": 0.0, "edit_longest_insert": 0.0}
    assert edit_features(w("a b"), [])["edit_inserted"] == 1.0


def test_text_edit_features_by_hand() -> None:
    # a name stands in for another: one replacement touching a name, in every word and in the
    # content words; "met him" / "saw him" replaces a word but no name or number
    f = text_edit_features("Kim met Putin on Monday.", "Kim met Xi on Monday.")
    assert set(f) == set(EDIT_FEATURES) and f == text_edit_features("Kim met Xi on Monday.", "Kim met Putin on Monday.")
    assert f["fact_replaced"] == f["edit_replaced"] == f["content_replaced"] == pytest.approx(math.log1p(1))
    assert fact_replacements("They met him in 2019.", "They saw him in 2019.") == 0.0
    assert fact_replacements("They met him in 2019.", "They met him in 2020.") == pytest.approx(math.log1p(1))
    # a function word reworded is an edit of the words, not of the content words
    g = text_edit_features("the plan of the city failed", "the plan for the city failed")
    assert g["edit_replaced"] == pytest.approx(math.log1p(1)) and g["content_replaced"] == 0.0
    assert g["content_inserted"] == 1.0 and g["content_moved"] == 0.0
    # content words moved: "plan failed said" against "said plan failed"
    h = text_edit_features("He said the plan failed.", "The plan failed, he said.")
    assert h["content_moved"] == pytest.approx(1 / 3) and h["fact_replaced"] == 0.0
    assert text_edit_features("", "")["fact_replaced"] == 0.0


def test_unshared_numbers_by_hand() -> None:
    # four numbers only one side holds; the full stop and comma after a number are not part of it
    f = unshared_numbers("The Dow climbed 164 points, or 1.91 percent, to 8,765.38.",
                         "The Dow added 97 points, or 1.91 percent, to 8,699.")
    assert f == pytest.approx(math.log1p(4))
    assert unshared_numbers("They met in 2019.", "In 2019, they met") == 0.0
    assert unshared_numbers("five or more runs", "two runs or less") == 0.0      # words are not digits
    assert unshared_numbers("", "") == 0.0 and unshared_numbers("3 of 4", "") == pytest.approx(math.log1p(2))
    assert set(NUMBER_FEATURES) <= set(PAIR_FEATURES) and set(NUMBER_FEATURES) <= set(GRADED_FEATURES)
    assert len(set(PAIR_FEATURES)) == len(PAIR_FEATURES) and len(set(GRADED_FEATURES)) == len(GRADED_FEATURES)


def test_information_features_by_hand() -> None:
    from provenance.similarity import information, information_features

    # the same words: each text holds all of the other's information, nothing left over
    same = information_features("The bank raised rates.", "the bank raised rates")
    assert same == {"ic_min": 1.0, "ic_max": 1.0, "ic_unshared": 0.0, "ic_unshared_min": 0.0}
    # one text adds two words: the shorter is covered whole, the longer loses their information
    a, b = "Putin met Kim at the cosmodrome.", "Putin met Kim."
    extra = information("at") + information("the") + information("cosmodrome")
    total = sum(information(w) for w in ("putin", "met", "kim")) + extra
    f = information_features(a, b)
    assert f["ic_max"] == 1.0 and f["ic_min"] == pytest.approx(1.0 - extra / total)
    assert f["ic_unshared"] == pytest.approx(math.log1p(extra)) and f["ic_unshared_min"] == 0.0
    assert information_features(b, a) == f                                  # symmetric
    # a rare word weighs more than a common one: leaving out "cosmodrome" costs more than "very"
    assert information("cosmodrome") > information("very") > information("the") > 0.0
    assert information("xqzvwk") == 8.0                                     # never seen: the most
    lose_rare = information_features("a very big cosmodrome", "a very big")["ic_min"]
    lose_common = information_features("a very big cosmodrome", "a big cosmodrome")["ic_min"]
    assert lose_rare < lose_common < 1.0
    # forms of one word are one word (stemmed, lower-cased); a text without words explains nothing away
    assert information_features("Kim's rockets fired", "kim rocket fires")["ic_min"] == 1.0
    assert information_features("", "")["ic_min"] == 1.0
    assert information_features("...", "rates")["ic_max"] == 1.0 and information_features("...", "rates")["ic_min"] == 0.0
    assert set(INFORMATION_FEATURES) <= set(GRADED_FEATURES) and not set(INFORMATION_FEATURES) & set(PAIR_FEATURES)


@pytest.mark.model
def test_reuse_features_are_containments_of_the_answer(real_comparer) -> None:  # noqa: ANN001
    """The reuse head reads Clough and Stevenson's copy measures: word n-gram containment of
    the answer in the source (n = 1..5) and the in-order share."""
    assert REUSE_FEATURES == ("contain1", "contain2", "contain3", "contain4", "contain5", "in_order", "covered")
    source = "Inheritance passes traits from parents to their offspring through genes."
    answer = "Inheritance passes traits from parents to children through genes."
    f = real_comparer.reuse_features(answer, source)
    # answer words: inheritance pass trait from parent to children through gene (9); only
    # "children" is new, so n-grams that hold it are missing
    assert f["contain1"] == pytest.approx(8 / 9)
    assert f["contain2"] == pytest.approx(6 / 8)
    assert f["contain5"] == pytest.approx(2 / 5)      # the two 5-grams before "children"
    assert f["in_order"] == pytest.approx(8 / 9)
    # one run of six words ("inheritance ... to"); "through genes" is under three words
    assert (f["covered"], f["breaks"], f["run_edits"], f["long_runs"]) == (pytest.approx(6 / 9), 0.0, 0.0, 0.0)
    copy = real_comparer.reuse_features(source, source)
    assert all(copy[name] == 1.0 for name in REUSE_FEATURES)


def test_folds_are_fixed_and_balanced(calibrate) -> None:
    a, b = calibrate.folds_of(23, 5), calibrate.folds_of(23, 5)
    assert (a == b).all()
    assert sorted(np.bincount(a)) == [4, 4, 5, 5, 5]


def test_fold_seed_changes_the_draw_only_inside_calibrate(calibrate, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = calibrate.folds_of(40, 5)
    seen = {}

    def fake(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen["draw"] = calibrate.folds_of(40, 5)
        return {"cv": {}}

    monkeypatch.setattr(calibrate, "_calibrate", fake)
    calibrate.calibrate(Path("."), 5, None, lambda m: None, fold_seed=7)
    assert not (seen["draw"] == shipped).all() and sorted(np.bincount(seen["draw"])) == [8] * 5
    assert (seen["draw"] == calibrate.folds_of(40, 5, seed=7)).all()
    assert (calibrate.folds_of(40, 5) == shipped).all()        # restored afterwards
    with pytest.raises(SystemExit):                            # another draw never overwrites the package file
        calibrate.main(["--fold-seed", "7"])


def test_calibrate_makes_the_out_folder_before_fitting(calibrate, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    """``--out`` into a folder that does not exist yet: made before the fit (which takes up to
    48 minutes), so the files are written; a folder that cannot be made is a usage error."""
    data = tmp_path / "data"
    for name in calibrate.Q.SETS:
        (data / name).mkdir(parents=True)
        (data / name / "dev.jsonl").write_text("")
    out = tmp_path / "new" / "deeper" / "calib.json"
    fitted = []

    def fake(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        fitted.append(out.parent.is_dir())
        return {"cv": {}, "version": "2-test"}

    monkeypatch.setattr(calibrate, "calibrate", fake)
    assert calibrate.main(["--data", str(data), "--out", str(out)]) == 0
    assert fitted == [True] and json.loads(out.read_text())["version"] == "2-test"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SystemExit):
        calibrate.main(["--data", str(data), "--out", str(blocker / "calib.json")])
    assert len(fitted) == 1                                    # refused before any fit


def test_fold_spread_summarises_ours_and_peers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    import fold_spread

    runs = {13: {"cv": {"mrpc": {"accuracy": 73.3}}, "peers_cv": {"difflib": {"mrpc": {"accuracy": 72.0, "f1": None}}}},
            7: {"cv": {"mrpc": {"accuracy": 75.3}}, "peers_cv": {"difflib": {"mrpc": {"accuracy": 71.0, "f1": None}}}},
            1: {"cv": {"mrpc": {"accuracy": 75.4}}, "peers_cv": {}}}
    out = fold_spread.spread(runs, 13)["mrpc"]
    assert out["accuracy"] == {"shipped": 73.3, "mean": 74.67, "min": 73.3, "max": 75.4,
                               "by_seed": {"13": 73.3, "7": 75.3, "1": 75.4}}
    assert out["difflib:accuracy"]["mean"] == 71.5 and out["difflib:accuracy"]["by_seed"] == {"13": 72.0, "7": 71.0}
    assert "difflib:f1" not in out                             # a figure no run has is not made up


def test_cut_search_is_deterministic_and_exact(calibrate) -> None:
    score = np.array([0.1, 0.2, 0.4, 0.5, 0.7, 0.8, 0.95, 0.99])
    level = np.array([0, 0, 1, 1, 2, 2, 3, 3])
    cuts = calibrate._best_cuts(score, level)
    assert cuts == calibrate._best_cuts(score, level)
    assert np.all((score > cuts[0]).astype(int) + (score > cuts[1]) + (score > cuts[2]) == level)
    two = calibrate._best_cuts(score, np.minimum(level, 2), n=2)
    assert len(two) == 2 and np.all((score > two[0]).astype(int) + (score > two[1]) == np.minimum(level, 2))
    one = calibrate._best_cuts(score, level == 3, n=1)
    assert len(one) == 1 and np.all((score > one[0]) == (level == 3))


def test_reuse_fit_is_deterministic(calibrate) -> None:
    rng = np.random.default_rng(0)
    levels = ["non", "heavy", "light", "cut"]
    rows, recs = [], []
    for i in range(40):
        lvl = i % 4
        feats = {f: float(np.clip(min(lvl, 2) / 2 + rng.normal(0, 0.1), 0, 1)) for f in REUSE_FEATURES}
        feats.update({f: float((lvl == 3) + rng.normal(0, 0.1)) for f in REUSE_COPY_FEATURES})
        rows.append({"label": levels[lvl], "task": "a"})
        recs.append({"features": feats, "top1": "a"})
    p1, cv1 = calibrate.fit_reuse(recs, rows, 4)
    p2, cv2 = calibrate.fit_reuse(recs, rows, 4)
    assert p1 == p2 and cv1 == cv2
    assert len(p1["cuts"]) == 2 and p1["copy"]["features"] == list(REUSE_COPY_FEATURES)
    assert cv1["level_acc"] > 0.7 and math.isclose(cv1["source_top1"], 1.0)


def test_tree_head_walks_each_tree_to_a_leaf() -> None:
    """A hand-made two-tree head: sigmoid(init + rate * (leaf of tree 1 + leaf of tree 2))."""
    stump = {"feature": [0, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1], "right": [2, -1, -1],
             "value": [0.0, -1.0, 1.0]}
    deeper = {"feature": [1, -2, 0, -2, -2], "threshold": [0.25, -2.0, 0.75, -2.0, -2.0],
              "left": [1, -1, 3, -1, -1], "right": [2, -1, 4, -1, -1], "value": [0.0, 0.5, 0.0, 2.0, 3.0]}
    head = {"kind": "trees", "features": ["x", "y"], "init": -1.0, "rate": 0.5, "trees": [stump, deeper]}

    def p(z: float) -> float:
        return 1 / (1 + math.exp(-z))

    assert logistic({"x": 0.2, "y": 0.1}, head) == pytest.approx(p(-1.0 + 0.5 * (-1.0 + 0.5)))
    assert logistic({"x": 0.6, "y": 0.9}, head) == pytest.approx(p(-1.0 + 0.5 * (1.0 + 2.0)))
    assert logistic({"x": 0.9, "y": 0.9}, head) == pytest.approx(p(-1.0 + 0.5 * (1.0 + 3.0)))
    assert logistic({"x": 0.5, "y": 0.25}, head) == pytest.approx(p(-1.0 + 0.5 * (-1.0 + 0.5)))  # <= goes left


def test_tree_fit_exports_what_scikit_learn_predicts(calibrate) -> None:
    pytest.importorskip("sklearn")
    rng = np.random.default_rng(1)
    X = rng.random((120, 3))
    y = (X[:, 0] + 0.3 * X[:, 1] > 0.6).astype(int)
    a = calibrate._trees_fit(X, y, np.ones(len(y)), ["a", "b", "c"])   # raises if the export disagrees
    assert a == calibrate._trees_fit(X, y, np.ones(len(y)), ["a", "b", "c"])
    acc = np.mean([(logistic(dict(zip("abc", row)), a) >= 0.5) == t for row, t in zip(X, y)])
    assert acc > 0.9


def test_graded_head_blends_the_linear_score_with_its_trees() -> None:
    """(1 - weight) * linear + weight * trees, on the 0-5 scale, divided by top and clipped."""
    stump = {"feature": [0, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1], "right": [2, -1, -1],
             "value": [0.0, -2.0, 2.0]}
    linear = {"features": ["x"], "weights": [1.0], "bias": 2.5, "mean": [0.5], "scale": [0.25], "top": 5.0}
    boosted = {**linear, "boost": {"kind": "trees", "features": ["x"], "init": 3.0, "rate": 0.5, "trees": [stump],
                                   "weight": 0.25}}
    # linear: 2.5 + (x - 0.5) / 0.25; trees: 3.0 + 0.5 * (-2 or 2)
    assert graded({"x": 0.75}, linear) == pytest.approx(3.5 / 5)
    assert graded({"x": 0.75}, boosted) == pytest.approx((0.75 * 3.5 + 0.25 * 4.0) / 5)
    assert graded({"x": 0.25}, boosted) == pytest.approx((0.75 * 1.5 + 0.25 * 2.0) / 5)
    assert graded({"x": 5.0}, boosted) == 1.0 and graded({"x": -5.0}, boosted) == 0.0
    assert graded({"x": 0.75}, {**boosted, "boost": {**boosted["boost"], "weight": 0.0}}) == graded({"x": 0.75}, linear)


def test_graded_fit_is_deterministic_and_exports_its_trees(calibrate) -> None:
    pytest.importorskip("sklearn")
    rng = np.random.default_rng(2)
    recs, rows = [], []
    for _ in range(200):
        feats = {f: float(rng.random()) for f in GRADED_FEATURES}
        gold = 5 * (0.6 * feats["cosine"] + 0.4 * feats["cosine"] * feats["difflib"])   # an interaction
        recs.append({"features": feats})
        rows.append({"label": round(gold, 2)})
    p1, cv1 = calibrate.fit_graded(recs, rows, 4)      # raises if the trees' export disagrees
    p2, cv2 = calibrate.fit_graded(recs, rows, 4)
    assert p1 == p2 and cv1 == cv2
    assert p1["boost"]["weight"] == calibrate.GRADED_BLEND and len(p1["boost"]["trees"]) == calibrate.GRADED_TREES["n_estimators"]
    assert cv1["spearman"] > 0.9
    shipped = load_calibration("all-MiniLM-L6-v2")["graded"]
    assert shipped["boost"]["weight"] == calibrate.GRADED_BLEND and shipped["boost"]["features"] == list(GRADED_FEATURES)


def test_role_features_see_a_swap_that_shares_every_word() -> None:
    from provenance.facts import Analyzer
    from provenance.similarity import role_features

    nlp = Analyzer().nlp
    a, b, c = nlp.pipe(["The dog bit the man on Monday.", "The man bit the dog on Monday.",
                        "On Monday, the dog bit the man."])
    assert role_features(a, a) == {"role_mismatch": 0.0, "dep_mismatch": 0.0}
    assert role_features(a, c)["role_mismatch"] == 0.0            # moved phrase, same roles
    swapped = role_features(a, b)
    assert swapped["role_mismatch"] == pytest.approx(2 / 4)        # dog, man of dog/bite/man/monday
    assert swapped["dep_mismatch"] == pytest.approx(2 / 4)
    none = next(nlp.pipe(["Quarterly revenue rose."]))
    assert role_features(a, none) == {"role_mismatch": 0.0, "dep_mismatch": 0.0}


def test_pair_fit_weights_sets_by_a_power_of_their_size(calibrate, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each set's items weigh 1 / size ** PAIR_SET_POWER (1.5 since 2026-12-04: a set four times
    larger weighs half as much in total, each of its items an eighth); the fit is deterministic
    and separates separable data."""
    rng = np.random.default_rng(1)

    def make(n: int) -> tuple[list[dict], list[dict]]:
        rows, recs = [], []
        for i in range(n):
            y = i % 2
            feats = {f: float(np.clip(0.3 + 0.4 * y + rng.normal(0, 0.05), 0, 1)) for f in PAIR_FEATURES}
            rows.append({"label": y})
            recs.append({"features": feats})
        return rows, recs

    (mrpc_rows, mrpc_recs), (paws_rows, paws_recs) = make(40), make(160)
    seen: list[np.ndarray] = []
    real = calibrate._trees_fit
    monkeypatch.setattr(calibrate, "_trees_fit", lambda X, y, w, names, settings=None: seen.append(w) or real(X, y, w, names, settings))
    recs, data = {"mrpc": mrpc_recs, "paws": paws_recs}, {"mrpc": mrpc_rows, "paws": paws_rows}
    p1, cv1 = calibrate.fit_pair(recs, data, 4)
    p2, cv2 = calibrate.fit_pair(recs, data, 4)
    assert p1 == p2 and cv1 == cv2
    assert cv1["mrpc"]["accuracy"] > 0.9 and cv1["paws"]["accuracy"] > 0.9
    w = seen[-1]                                    # the final fit: 40 mrpc items, then 160 paws items
    assert calibrate.PAIR_SET_POWER == 1.5
    assert w[0] / w[-1] == pytest.approx(8.0)       # (160 / 40) ** 1.5
    assert w[:40].sum() / w[40:].sum() == pytest.approx(2.0)   # 40 * 8 / 160
    monkeypatch.setattr(calibrate, "PAIR_SET_POWER", 0.5)
    calibrate.fit_pair(recs, data, 4)
    w = seen[-1]
    assert w[0] / w[-1] == pytest.approx(2.0)       # (160 / 40) ** 0.5
    assert w[:40].sum() / w[40:].sum() == pytest.approx(0.5)


def test_best_threshold_is_exact_and_keeps_its_own_item(calibrate) -> None:
    rng = np.random.default_rng(3)
    scores = [rng.random(50), rng.random(30)]
    golds = [(rng.random(50) < scores[0]).astype(int), (rng.random(30) < scores[1]).astype(int)]
    t = calibrate._best_threshold(scores, golds)

    def mean_acc(th: float) -> float:
        return float(np.mean([np.mean((s >= th) == (g == 1)) for s, g in zip(scores, golds)]))

    cands = np.unique(np.concatenate(scores))
    best = max(mean_acc(c) for c in cands)
    assert mean_acc(t) == pytest.approx(best) and t == min(c for c in cands if mean_acc(c) == pytest.approx(best))
    # saturated, separable probabilities: the threshold separates them (it once came out 0.0)
    sat = [np.array([1 / (1 + math.exp(-60)), 1 / (1 + math.exp(60))] * 5)]
    t = calibrate._best_threshold(sat, [np.array([1, 0] * 5)])
    assert np.mean((sat[0] >= t) == (np.array([1, 0] * 5) == 1)) == 1.0


def test_reuse_spread_reproduces_the_shipped_reuse_figure(data_dir: Path, calibrate,  # noqa: ANN001
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """``benchmarks/reuse_spread.py`` refits the reuse head alone (no model) at a fold draw;
    at the shipped draw it must give the figure the shipped calibration records."""
    import reuse_spread

    assert reuse_spread.main(["--seeds", "13", "--data", str(data_dir)]) == 0
    out = capsys.readouterr().out
    shipped = load_calibration("all-MiniLM-L6-v2")["cv"]["clough_reuse"]["level_acc"]
    assert f"13: {shipped:.1f}" in out
    assert reuse_spread.main(["--data", str(data_dir / "absent")]) == 2


@pytest.mark.model
def test_swipe_spread_runs_on_a_slice_and_refuses_missing_data(data_dir: Path, calibrate,  # noqa: ANN001
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """``benchmarks/swipe_spread.py`` (SWiPE's held-out figures per fold draw; the whole set
    takes minutes, so here a slice of twelve documents in three folds)."""
    import swipe_spread

    assert swipe_spread.main(["--seeds", "13,7", "--limit", "12", "--folds", "3", "--no-peers",
                              "--data", str(data_dir)]) == 0
    out = capsys.readouterr().out
    per_seed = re.findall(r"seed (\d+): ours ([\d.]+) / ([\d.]+)", out)
    assert [s for s, _, _ in per_seed] == ["13", "7"]
    assert all(0 <= float(x) <= 100 for _, a, d in per_seed for x in (a, d))
    assert "ours:" in out and "minilm_cos" not in out
    assert swipe_spread.main(["--data", str(data_dir / "absent")]) == 2


@pytest.mark.model
def test_graded_spread_runs_on_a_slice_and_refuses_bad_input(data_dir: Path, calibrate,  # noqa: ANN001
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``benchmarks/graded_spread.py`` (the graded head's held-out Spearman per fold draw, with
    and without chosen features; all of STS-B DEV takes a minute, so here 150 pairs)."""
    import graded_spread

    assert graded_spread.main(["--seeds", "13,7", "--limit", "150", "--data", str(data_dir)]) == 0
    full = capsys.readouterr().out
    assert graded_spread.main(["--seeds", "13,7", "--limit", "150", "--data", str(data_dir),
                               "--without", "ic_min,ic_max,ic_unshared,ic_unshared_min"]) == 0
    fewer = capsys.readouterr().out
    per_seed = [re.findall(r"(\d+): (-?[\d.]+)", out.splitlines()[1]) for out in (full, fewer)]
    assert [[s for s, _ in p] for p in per_seed] == [["13", "7"], ["13", "7"]]
    assert all(-100 <= float(r) <= 100 for p in per_seed for _, r in p)
    assert "without ic_max, ic_min, ic_unshared, ic_unshared_min" in fewer and "without" not in full
    assert per_seed[0] != per_seed[1]           # the features left out change the head
    assert graded_spread.main(["--data", str(data_dir / "absent")]) == 2
    assert graded_spread.main(["--data", str(data_dir), "--without", "no_such_feature"]) == 2
    assert "not a graded feature: no_such_feature" in capsys.readouterr().err


@pytest.mark.model
def test_consistency_spread_runs_on_a_slice_and_refuses_bad_input(data_dir: Path, calibrate,  # noqa: ANN001
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """``benchmarks/consistency_spread.py`` (WiCE and FRANK held out per fold draw, with and
    without chosen head features; all of DEV takes minutes, so here ten items of each)."""
    import consistency_spread

    args = ["--seeds", "13,7", "--limit", "10", "--data", str(data_dir)]
    assert consistency_spread.main(args) == 0
    full = capsys.readouterr().out
    assert consistency_spread.main([*args, "--without", "missing_run"]) == 0
    fewer = capsys.readouterr().out
    for out in (full, fewer):
        lines = [line for line in out.splitlines() if "by fold seed" in line]
        assert [line.split(" by")[0] for line in lines] == [f"{n} {m}" for n, m in consistency_spread.SHOWN]
        for line in lines:
            assert [s for s, _ in re.findall(r"(\d+): (-?[\d.]+)", line.split(";")[0])] == ["13", "7"]
            assert all(0 <= float(v) <= 100 for _, v in re.findall(r"(\d+): (-?[\d.]+)", line.split(";")[0]))
    assert "without missing_run" in fewer and "without" not in full
    assert consistency_spread.main(["--data", str(data_dir / "absent")]) == 2
    assert "not found" in capsys.readouterr().err
    assert consistency_spread.main(["--data", str(data_dir), "--without", "no_such_feature"]) == 2
    assert "not a consistency-head feature: no_such_feature" in capsys.readouterr().err
    assert consistency_spread.main(["--data", str(data_dir), "--seeds", "13,x"]) == 2


@pytest.mark.model
def test_consistency_spread_writes_the_held_out_predictions_its_figures_come_from(
        data_dir: Path, calibrate, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    """``--errors FILE``: each WiCE and FRANK item's prediction from the fold that left it out
    (first seed), in ``quality.py --errors``'s format; scored fold by fold, the predictions give
    the very figures the run prints, and ``errors.py`` buckets them."""
    import consistency_spread
    import errors
    from provenance import metrics as M

    out = tmp_path / "held.json"
    assert consistency_spread.main(["--seeds", "13,7", "--limit", "12", "--data", str(data_dir),
                                    "--errors", str(out)]) == 0
    printed = capsys.readouterr().out
    held = json.loads(out.read_text(encoding="utf-8"))
    wice = [json.loads(line) for line in (data_dir / "wice" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:12]]
    frank = [json.loads(line) for line in (data_dir / "frank" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:12]]
    assert [i["id"] for i in held["wice"]] == [r["id"] for r in wice]
    assert [i["id"] for i in held["frank"]] == [s["id"] for r in frank for s in r["summaries"]]
    assert {i["pred"] for i in held["wice"]} <= {"supported", "partially_supported", "not_supported"}
    assert {i["pred"] for i in held["frank"]} <= {0, 1}
    folds = calibrate.folds_of(len(wice), 5)        # the first seed, 13, is the default draw
    for metric, fn in (("supported_f1", lambda g, p: M.f1(g, p, "supported")), ("label_acc_3way", M.accuracy)):
        per = [fn([i["gold"] for i, f in zip(held["wice"], folds) if f == k],
                  [i["pred"] for i, f in zip(held["wice"], folds) if f == k]) for k in range(5)]
        shown = re.search(rf"wice {metric} by fold seed: 13: ([\d.]+)", printed).group(1)
        assert f"{100 * sum(per) / 5:.2f}" == shown
    buckets = errors.analyse(held)
    assert set(buckets) == {"wice", "frank"}
    wrong = sum(i["pred"] != i["gold"] for i in held["wice"])
    assert sum(len(ids) for _, ids in buckets["wice"]) == wrong


@pytest.mark.model
def test_several_sources_runs_on_a_slice_and_refuses_bad_input(data_dir: Path, calibrate, tmp_path: Path,  # noqa: ANN001
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """``benchmarks/several_sources.py``: SWiPE rewrites against their article and same-set
    distractors (all of DEV in seconds with the cache; here twelve documents)."""
    import several_sources

    out = tmp_path / "several.json"
    assert several_sources.main(["--limit", "12", "--data", str(data_dir), "--out", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    assert res["rewrites"] == 12 and res["distractors"] == 2
    for key in ("top_source_acc", "distractor_claims_kept", "rewrite_claims_to_distractor"):
        assert 0.0 <= res[key] <= 100.0
    assert res["top_source_acc"] >= 75.0          # a Simple Wikipedia text is found among three articles
    assert res["distractor_claims_kept"] <= 10.0  # and takes almost nothing from the other two
    assert "top_source_acc" in capsys.readouterr().out
    # never over an existing file; bad settings and missing data are one-line errors
    assert several_sources.main(["--limit", "12", "--data", str(data_dir), "--out", str(out)]) == 2
    assert "exists; not overwriting it" in capsys.readouterr().err
    assert several_sources.main(["--data", str(data_dir), "--distractors", "0"]) == 2
    assert several_sources.main(["--data", str(data_dir / "absent")]) == 2


def test_calibrate_without_the_dev_sets_stops_before_writing(calibrate, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    shipped = (BENCH.parent / "provenance" / "calibration" / "all-MiniLM-L6-v2.json").read_bytes()
    with pytest.raises(SystemExit) as stop:
        calibrate.main(["--data", str(tmp_path)])
    assert stop.value.code == 2 and "DEV sets not found under" in capsys.readouterr().err
    assert (BENCH.parent / "provenance" / "calibration" / "all-MiniLM-L6-v2.json").read_bytes() == shipped


def test_fit_adapter_scores_every_dev_pair_with_an_adapter_not_fitted_on_it(calibrate, monkeypatch) -> None:  # noqa: ANN001
    """The cross-fitting the heads' held-out figures rely on: each STS-B and MRPC pair's
    sts_cosine comes from an adapter whose training pairs exclude it (and, per fold, exclude
    exactly the pairs the heads hold out), PAWS's from the adapter fitted on all of STS-B and
    MRPC, which is the one that would ship; MRPC's labels become the paraphrase targets."""
    from provenance import adapter, embedding

    fits: list[dict[tuple[str, str], float]] = []

    def train(pairs, gold, seed=0):  # noqa: ANN001, ANN202
        fits.append(dict(zip(pairs, map(float, gold))))
        return np.array([len(fits)], dtype=np.float16)

    monkeypatch.setattr(adapter, "FITTED_ON", ("stsb", "mrpc"))
    monkeypatch.setattr(adapter, "train", train)
    monkeypatch.setattr(adapter, "AdaptedEncoder", lambda flat: int(flat[0]))
    monkeypatch.setattr(embedding, "pair_cosines", lambda enc, which: [float(enc)] * len(which))
    data = {"stsb": [{"a": f"s{i}a", "b": f"s{i}b", "label": i % 6} for i in range(23)],
            "mrpc": [{"a": f"m{i}a", "b": f"m{i}b", "label": i % 2} for i in range(17)],
            "paws": [{"a": f"p{i}a", "b": f"p{i}b", "label": i % 2} for i in range(9)]}
    recs = {n: [{"features": {}} for _ in rows] for n, rows in data.items()}
    k = 5
    spec, full = calibrate.fit_adapter(data, recs, k, "x.lora.npy", lambda m: None)
    assert len(fits) == k + 1 and int(full[0]) == 1 and spec["fitted_on"] == "stsb+mrpc"
    every = {(r["a"], r["b"]) for n in ("stsb", "mrpc") for r in data[n]}
    assert set(fits[0]) == every
    for r in data["mrpc"]:
        assert fits[0][(r["a"], r["b"])] == adapter.PARAPHRASE_TARGETS[r["label"]]
    for r in data["stsb"]:
        assert fits[0][(r["a"], r["b"])] == r["label"] / 5
    for n in ("stsb", "mrpc"):
        folds = calibrate.folds_of(len(data[n]), k)
        for i, (r, rec) in enumerate(zip(data[n], recs[n])):
            fit = int(rec["features"]["sts_cosine"])
            assert fit == folds[i] + 2                       # the fold adapter of this pair's fold
            assert (r["a"], r["b"]) not in fits[fit - 1]
            assert all((q["a"], q["b"]) in fits[fit - 1] for j, q in enumerate(data[n]) if folds[j] != folds[i])
    assert all(rec["features"]["sts_cosine"] == 1.0 for rec in recs["paws"])


def test_pair_weighting_fixed_figures_are_fit_pairs_and_the_choice_is_nested(calibrate, tmp_path: Path,  # noqa: ANN001
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """``benchmarks/pair_weighting.py``: each power's figure is the k-fold figure ``fit_pair``
    itself reports at that power and draw; the choice is made inside the training folds, so
    with one power the nested figure is that power's; the module's globals are restored."""
    import pair_weighting as pw

    rng = np.random.default_rng(5)

    def make(n: int, noise: float) -> tuple[list[dict], list[dict]]:
        rows, recs = [], []
        for i in range(n):
            y = i % 2
            feats = {f: float(np.clip(0.4 + 0.2 * y + rng.normal(0, noise), 0, 1)) for f in PAIR_FEATURES}
            rows.append({"label": y})
            recs.append({"features": feats})
        return rows, recs

    (mrpc_rows, mrpc_recs), (paws_rows, paws_recs) = make(45, 0.2), make(90, 0.15)
    recs, data = {"mrpc": mrpc_recs, "paws": paws_recs}, {"mrpc": mrpc_rows, "paws": paws_rows}
    monkeypatch.setattr(calibrate, "TREES", {**calibrate.TREES, "n_estimators": 20})   # speed
    before = calibrate.PAIR_SET_POWER, calibrate.FOLD_SEED
    out = pw.nested(recs, data, 3, 7, (0.5, 1.5))
    assert (calibrate.PAIR_SET_POWER, calibrate.FOLD_SEED) == before
    assert len(out["chosen"]) == 3 and set(out["chosen"]) <= {0.5, 1.5}
    for p in (0.5, 1.5):
        monkeypatch.setattr(calibrate, "PAIR_SET_POWER", p)
        monkeypatch.setattr(calibrate, "FOLD_SEED", 7)
        cv = calibrate.fit_pair(recs, data, 3)[1]
        for s in ("mrpc", "paws"):
            assert out["fixed"][p][s] == pytest.approx(100 * cv[s]["accuracy"])
    monkeypatch.setattr(calibrate, "PAIR_SET_POWER", before[0])
    monkeypatch.setattr(calibrate, "FOLD_SEED", before[1])
    assert 50 < out["fixed"][0.5]["mrpc"] < 100                                  # noisy: neither chance nor perfect
    one = pw.nested(recs, data, 3, 7, (1.5,))
    assert one["chosen"] == [1.5] * 3 and one["nested"] == pytest.approx(one["fixed"][1.5])
    assert pw.margin({"mrpc": {"accuracy": 0.77}, "paws": {"accuracy": 0.805}}) == pytest.approx(0.5)
    # draws in forked processes give what one process gives, in the order of the seeds
    alone = list(pw.run_draws(recs, data, 3, [7, 8], (0.5, 1.5), jobs=1))
    assert alone[0] == (7, out) and [seed for seed, _ in alone] == [7, 8]
    assert list(pw.run_draws(recs, data, 3, [7, 8], (0.5, 1.5), jobs=2)) == alone
    assert pw.spread([76.0, 77.0, 78.0]) == "76.00-78.00, draws' standard error 0.58"
    # bad input: one line and exit 2
    assert pw.main(["--data", str(tmp_path / "absent")]) == 2
    for name in ("mrpc", "paws", "stsb"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "dev.jsonl").write_text("")
    assert pw.main(["--data", str(tmp_path), "--powers", "half"]) == 2
    assert pw.main(["--data", str(tmp_path), "--jobs", "0"]) == 2
    with pytest.raises(SystemExit) as exit_info:                                 # not offered: the head keeps every feature
        pw.main(["--data", str(tmp_path), "--without", "cosine"])
    assert exit_info.value.code == 2


def test_pair_errors_are_each_pair_held_out_by_its_own_fold(calibrate, tmp_path: Path,  # noqa: ANN001
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """``benchmarks/pair_errors.py``: every MRPC / PAWS / STS-B pair gets one prediction, from
    the heads of the fold that held it out, so the pooled accuracy is the k-fold accuracy
    ``fit_pair`` reports (equal folds) and each fold's Spearman averages to ``fit_graded``'s;
    the fold seed is restored; bad input gets one line and exit 2."""
    import pair_errors as pe

    rng = np.random.default_rng(9)
    names = sorted(set(PAIR_FEATURES) | set(GRADED_FEATURES))

    def make(name: str, n: int, noise: float) -> tuple[list[dict], list[dict]]:
        rows, recs = [], []
        for i in range(n):
            y = float(i % 6) if name == "stsb" else i % 2
            base = y / 5 if name == "stsb" else 0.4 + 0.2 * y
            rows.append({"id": f"{name}-{i}", "label": y})
            recs.append({"features": {f: float(np.clip(base + rng.normal(0, noise), 0, 1)) for f in names}})
        return rows, recs

    made = {"mrpc": make("mrpc", 45, 0.2), "paws": make("paws", 90, 0.15), "stsb": make("stsb", 60, 0.1)}
    data = {s: rows for s, (rows, _) in made.items()}
    recs = {s: r for s, (_, r) in made.items()}
    monkeypatch.setattr(calibrate, "TREES", {**calibrate.TREES, "n_estimators": 20})           # speed
    monkeypatch.setattr(calibrate, "GRADED_TREES", {**calibrate.GRADED_TREES, "n_estimators": 20})
    before = calibrate.FOLD_SEED
    held = pe.held_out_predictions(recs, data, 3, 7)
    assert calibrate.FOLD_SEED == before
    for s in ("mrpc", "paws", "stsb"):
        assert [i["id"] for i in held[s]] == [r["id"] for r in data[s]]
    monkeypatch.setattr(calibrate, "FOLD_SEED", 7)
    cv = calibrate.fit_pair(recs, data, 3)[1]
    rho = calibrate.fit_graded(recs["stsb"], data["stsb"], 3)[1]["spearman"]
    for s in ("mrpc", "paws"):
        acc = sum(i["pred"] == i["gold"] for i in held[s]) / len(held[s])
        assert acc == pytest.approx(cv[s]["accuracy"])
        assert 0.5 < acc < 1                                              # noisy: neither chance nor perfect
    folds = calibrate.folds_of(60, 3)
    per_fold = [calibrate.M.spearman([i["gold"] for i, f in zip(held["stsb"], folds) if f == k],
                                     [i["score"] for i, f in zip(held["stsb"], folds) if f == k]) for k in range(3)]
    assert float(np.mean(per_fold)) == pytest.approx(rho)
    assert pe.pooled(held).startswith(f"MRPC accuracy {100 * cv['mrpc']['accuracy']:.2f}, ")
    # bad input: one line and exit 2, nothing written
    assert pe.main(["--data", str(tmp_path / "absent"), "--errors", str(tmp_path / "e.json")]) == 2
    for name in ("mrpc", "paws", "stsb"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "dev.jsonl").write_text("")
    assert pe.main(["--data", str(tmp_path)]) == 2                      # --errors is required
    assert not (tmp_path / "e.json").exists()


def test_splice_takes_named_sections_and_recomputes_the_version(calibrate, tmp_path: Path) -> None:  # noqa: ANN001
    """``calibrate.py --splice``: the named sections come from the new file, everything else
    stays the base's byte for byte, and the version is the digest of the result's body; the
    shipped calibration's own version is the digest of its body (no section edited by hand)."""
    shipped = load_calibration("all-MiniLM-L6-v2")
    assert calibrate.version_of(shipped) == shipped["version"]
    base = {"version": "2-old", "note": "base", "pair": {"threshold": 0.4}, "graded": {"top": 5.0},
            "cv": {"mrpc": {"accuracy": 75.0}, "paws": {"accuracy": 86.0}, "wice": {"supported_f1": 61.2}}}
    new = {"version": "2-new", "note": "new", "pair": {"threshold": 0.5}, "graded": {"top": 4.0},
           "cv": {"mrpc": {"accuracy": 76.5}, "paws": {"accuracy": 83.5}, "wice": {"supported_f1": 60.6}}}
    out = calibrate.splice(base, new, ["pair", "cv.mrpc"])
    assert out["pair"] == new["pair"] and out["cv"]["mrpc"] == new["cv"]["mrpc"]
    assert out["graded"] == base["graded"] and out["note"] == "base"
    assert out["cv"]["paws"] == base["cv"]["paws"] and out["cv"]["wice"] == base["cv"]["wice"]
    assert out["version"] == calibrate.version_of(out) != calibrate.version_of(base)
    assert base["pair"] == {"threshold": 0.4}                                     # inputs untouched
    # the CV figures are not in the body: taking them alone leaves the version as the body's
    assert calibrate.splice(base, new, ["cv.paws"])["version"] == calibrate.version_of(base)
    for bad in (["nope"], ["cv.nope"], ["nope.mrpc"]):
        with pytest.raises(KeyError):
            calibrate.splice(base, new, bad)
    with pytest.raises(ValueError):
        calibrate.splice(base, new, ["version"])
    # the command: written only where --out says, one-line errors otherwise
    (tmp_path / "base.json").write_text(json.dumps(base), encoding="utf-8")
    (tmp_path / "new.json").write_text(json.dumps(new), encoding="utf-8")
    target = tmp_path / "out.json"
    assert calibrate.main(["--splice", str(tmp_path / "base.json"), str(tmp_path / "new.json"),
                           "--take", "pair,cv.mrpc", "--out", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == out
    for argv in (["--splice", str(tmp_path / "base.json"), str(tmp_path / "new.json"), "--take", "pair"],
                 ["--splice", str(tmp_path / "base.json"), str(tmp_path / "absent.json"), "--take", "pair",
                  "--out", str(tmp_path / "x.json")],
                 ["--splice", str(tmp_path / "base.json"), str(tmp_path / "new.json"), "--take", "nope",
                  "--out", str(tmp_path / "x.json")],
                 ["--take", "pair", "--out", str(tmp_path / "x.json")]):
        with pytest.raises(SystemExit) as exit_info:
            calibrate.main(argv)
        assert exit_info.value.code == 2
    assert not (tmp_path / "x.json").exists()
