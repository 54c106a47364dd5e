"""Same date written two ways is no date change (a known false positive, now fixed)."""

from __future__ import annotations

import pytest

from provenance.facts import Fact, compare_facts


@pytest.mark.parametrize("rw_kind", ["number", "date"])
def test_year_as_number_matches_year_inside_a_date(rw_kind: str) -> None:
    rw = "since the start of 2022 prices rose"
    og = "since the beginning of 2022 prices rose"
    rw_fact = Fact(rw_kind, "2022", 19, 23, "2022") if rw_kind == "number" else \
        Fact("date", "the start of 2022", 6, 23, "start 2022")
    og_fact = Fact("date", "the beginning of 2022", 6, 27, "start 2022")
    assert compare_facts(rw, (rw_fact,), og, (og_fact,)) == ()


def test_different_years_still_differ() -> None:
    changes = compare_facts("in 2021", (Fact("date", "2021", 3, 7, "2021"),),
                            "in 2022", (Fact("date", "2022", 3, 7, "2022"),))
    assert [c.kind for c in changes] == ["date"]


def test_date_value_folds_beginning_into_start() -> None:
    from provenance.facts import _date_value

    assert _date_value("the beginning of 2022") == _date_value("the start of 2022")


def test_date_parts_read_a_month_and_a_year_apart() -> None:
    from provenance.facts import _date_components, date_fields

    assert _date_components("june 2019") == {"june", "2019"}          # not a 2019th of June
    assert _date_components("june 5 2019") == {"june 5", "2019"}
    assert date_fields("june 5 2019") == {"year": {"2019"}, "month": {"june"}, "day": {"5"}}
    assert date_fields("monday") == {"weekday": {"monday"}}
    assert date_fields("2018 2019") == {"year": {"2018", "2019"}}
    assert date_fields("winter months") == {}


def test_a_less_specific_date_is_no_change() -> None:
    june5 = Fact("date", "June 5, 2019", 3, 15, "june 5 2019")
    assert compare_facts("in June 2019", (Fact("date", "June 2019", 3, 12, "june 2019"),),
                         "on June 5, 2019", (june5,)) == ()
    assert compare_facts("in June", (Fact("date", "June", 3, 7, "june"),), "on June 5, 2019", (june5,)) == ()
    # a more specific one still is: the day is the rewrite's own
    changes = compare_facts("on June 5, 2019", (june5,), "in June 2019", (Fact("date", "June 2019", 3, 12, "june 2019"),))
    assert [c.kind for c in changes] == ["date"]


def test_dates_that_may_name_one_time() -> None:
    from provenance.facts import _date_value, _may_coincide, _number_value, dates_contradict

    assert _may_coincide("yesterday", "friday") and _may_coincide("13 years ago", "1990")
    assert _may_coincide("wednesday", "september 24")
    assert not _may_coincide("friday", "saturday") and not _may_coincide("saturday morning", "saturday evening")
    assert not _may_coincide("yesterday", "today")
    # the consistency head's conflicts read the same relative / calendar split
    assert dates_contradict("monday", "tuesday") and not dates_contradict("five years ago", "2010")
    assert _date_value("the early 1930's") == _date_value("the early 1930s")
    assert _date_value("2003's budget") != _date_value("2003s")
    assert _date_value("this past week") == _date_value("last week") == "last week"
    # a count of a second quantity is no sum ("twenty-one" is)
    assert _number_value("one two-month") == "1 2 month"
    assert _number_value("twenty-one") == "21"
