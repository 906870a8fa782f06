"""Event dates (session 24): a time of day after "before" or "after" with its day; dawn read in the day the story
told; "not ... until" dated by the time "until" gives; what someone kept doing "since" a start; a part of a year.
Sentences are our own, with hard negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from service.backends.rules.dates import find_times
from tests.rules_support import event_date as _date
from tests.rules_support import event_of as _event
from tests.rules_support import rules

FRIDAY = "2026-12-04"


# A time of day before its day ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police searched the warehouse shortly before dawn on Thursday.",
        "Police searched the warehouse before noon on Thursday.",
        "Police searched the warehouse shortly after 3 p.m. on Thursday.",
        "Police searched the warehouse after dark on Thursday.",
    ],
)
def test_a_time_of_day_before_its_day_opens_no_clause(text: str) -> None:
    assert _date(rules(text, FRIDAY), "searched") == "2026-12-03"


def test_guard_an_hour_without_its_day_stays_in_its_clause() -> None:
    """Guard (passes before session 24 too): "ended before 7pm" is no clause of its own to tell apart."""
    ex = rules("The rolling blackouts began at 4.15pm and ended before 7pm.", FRIDAY)
    assert [e.trigger for e in ex.events] == ["began"]


# Dawn after a day told ------------------------------------------------------------------------------------------------


def test_dawn_is_read_in_the_day_the_story_told() -> None:
    text = (
        "Part of the sports hall roof caved in under heavy snow early on Thursday.\n\n"
        "Fire crews searched the building with dogs before dawn."
    )
    assert _date(rules(text, FRIDAY), "searched") == "2026-12-03"
    text = (
        "Smoke forced the evacuation of 9,000 residents near the town on Friday, officials said.\n\n"
        "The fire broke out before dawn in a hall holding bleach, according to the company."
    )
    assert _date(rules(text, FRIDAY), "broke out") == "2026-12-04"


@pytest.mark.parametrize(
    "first",
    [
        "A storm battered the coast on Tuesday night.",
        "A storm battered the coast on Tuesday evening.",
        "A storm battered the coast late on Tuesday.",
        "A storm battered the coast late Tuesday.",
    ],
)
def test_dawn_after_a_night_told_gets_no_day(first: str) -> None:
    """A hard negative: after the night, dawn may be the next day's."""
    ex = rules(f"{first}\n\nThe river peaked before dawn.", FRIDAY)
    assert _date(ex, "peaked") is None


def test_guard_dawn_with_no_day_told_gets_no_day() -> None:
    """Guard (passes before session 24 too)."""
    ex = rules("Divers will return on Thursday.\n\nThe river peaked before dawn.", FRIDAY)
    assert _date(ex, "peaked") is None
    ex = rules("The river peaked before dawn.", FRIDAY)
    assert _date(ex, "peaked") is None


# "not ... until" ------------------------------------------------------------------------------------------------------


def test_not_until_dates_the_happening_by_the_time_until_gives() -> None:
    ex = rules("The company said deliveries would not begin until March because of a chip shortage.", FRIDAY)
    assert _event(ex, "begin").status == "planned"
    assert _date(ex, "begin") == "2027-03"
    ex = rules("The ministry said the fungus was not identified until laboratory tests in September.", FRIDAY)
    assert _date(ex, "identified") == "2026-09"


def test_not_until_hedged_or_with_no_time_gets_no_date() -> None:
    """Hard negatives: "until at least March" bounds it (no earlier, maybe later); "until the new members arrive"
    gives no time; a period of what stays as it is ("will stay closed until January") is still no date."""
    ex = rules("The bridge will not reopen until at least March.", FRIDAY)
    assert _date(ex, "reopen") is None
    ex = rules(
        "The council did not meet in March, and it will not vote until the new members arrive.", FRIDAY
    )
    assert _date(ex, "vote") is None
    ex = rules("The school will stay closed until January.", FRIDAY)
    assert _date(ex, "closed") is None


# What someone kept doing since a start -----------------------------------------------------------------------------


def test_an_activity_kept_up_since_a_start_is_dated_by_it() -> None:
    ex = rules(
        "Miners had complained about water seeping into the lower shafts since September, the union said.",
        FRIDAY,
    )
    assert _date(ex, "complained") == "2026-09"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Tenants had complained 14 times since last winter.", "complained"),
        ("Sales of heat pumps have tripled since 2015.", "tripled"),
        ("The firm had spent $3 million on repairs since 2021.", "spent"),
    ],
)
def test_guard_a_tally_or_a_change_since_a_start_is_not_dated(text: str, trigger: str) -> None:
    """Hard negatives (pass before session 24 too)."""
    assert _date(rules(text, FRIDAY), trigger) is None


# A part of a year ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        (
            "About 60 teachers had resigned from the district's schools in the first nine months of the year.",
            "resigned",
            "2026",
        ),
        ("Profits fell in the last three months of last year, the bank said.", "fell", "2025"),
        ("The ministry will offer the licences in the second half of next year.", "offer", "2027"),
    ],
)
def test_a_part_of_a_year_is_in_that_year(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, FRIDAY), trigger) == date


def test_guard_a_month_of_the_year_named_as_a_record_is_no_time() -> None:
    """Guard (passes before session 24 too): "the first month of the year that" names no time of the happening."""
    ex = rules("It was the first month of the year that exports rose.", FRIDAY)
    assert _date(ex, "rose") is None


# The lead's notes (session 24) --------------------------------------------------------------------------------------


def test_two_verbs_joined_by_and_share_the_time_after_the_second() -> None:
    ex = rules(
        "A rockslide killed two climbers and injured a third on Saturday on a ridge above the village.",
        FRIDAY,
    )
    assert _date(ex, "killed") == "2026-11-28"
    assert _date(ex, "injured") == "2026-11-28"
    ex = rules("The brewer closed three breweries and cut about 1,200 jobs last year as sales fell.", FRIDAY)
    assert _date(ex, "closed") == "2025"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a verb of expecting takes the time of what is expected
        (
            "The airline offered hotel rooms to stranded passengers and expected to run a full schedule by Thursday.",
            "offered",
        ),
        # a comma closes the first clause
        ("The firm closed the depot, and drivers protested on Tuesday.", "closed"),
        # what is to come is no past verb
        ("The council approved the budget and will vote on bus fares on Tuesday.", "approved"),
    ],
)
def test_guard_a_time_after_a_joined_clause_of_another_kind_is_not_shared(text: str, trigger: str) -> None:
    """Hard negatives (pass before session 24 too)."""
    assert _date(rules(text, FRIDAY), trigger) is None


def test_a_day_after_a_trailing_admission_is_the_admissions() -> None:
    ex = rules(
        "The new ring road will open two years later than planned and cost £390m, the highways agency admitted on "
        "Tuesday.",
        "2026-12-02",
    )
    assert _date(ex, "open") is None


def test_a_weekday_of_a_plan_told_in_the_past_is_the_nearer_one() -> None:
    ex = rules(
        "A research balloon lost contact with its ground station an hour before it was due to land in the desert on "
        "Thursday, its operator said.",
        FRIDAY,
    )
    assert _date(ex, "land") == "2026-12-03"
    ex = rules("The ferry was due to return to service on Monday, the port said.", FRIDAY)
    assert _date(ex, "return") == "2026-12-07"


def test_guard_a_weekday_of_a_plan_told_in_the_present_looks_ahead() -> None:
    """Guard (passes before session 24 too)."""
    ex = rules("The ferry is due to return to service on Thursday.", FRIDAY)
    assert _date(ex, "return") == "2026-12-10"


@pytest.mark.parametrize(
    ("text", "published", "trigger", "date"),
    [
        (
            "A tanker leaked about 900 barrels of diesel into a canal over the weekend, the firm said on Wednesday.",
            "2026-12-02",
            "leaked",
            "2026-11",
        ),
        ("Crews will finish the temporary bridge by the weekend.", "2026-11-25", "finish", "2026-11"),
        ("Crews will finish the temporary bridge by the weekend.", "2026-12-02", "finish", "2026-12"),
    ],
)
def test_the_weekend_is_the_one_gone_or_the_coming_one(
    text: str, published: str, trigger: str, date: str
) -> None:
    assert _date(rules(text, published), trigger) == date


def test_guard_the_weekends_noun_is_no_time() -> None:
    """Guard: "the weekend's ticket sales" names sales, not a time; "through the weekend" bounds a period."""
    published = dt.date(2026, 12, 4)
    assert find_times("The studio counted the weekend's ticket sales.", published) == []
    assert find_times("The road will stay shut through the weekend.", published) == []


# Review of session 24 (LEAD-NOTE-3) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "Dawn Okafor, who had worked there for 30 years, later opened a bakery in the town.",
        "Sunrise Foods later opened a bakery in the town.",
    ],
)
def test_dawn_as_a_name_is_no_time_of_day(second: str) -> None:
    ex = rules(f"The tannery closed on 14 March 2018.\n\n{second}", FRIDAY)
    assert _date(ex, "opened") is None


@pytest.mark.parametrize(
    "text",
    [
        "The distillery was founded in 1994.\n\nIts first shop opened in the second half of the year.",
        "The 2009 recession hit the valley hard.\n\nTwo sawmills closed in the last three months of the year.",
        "The 2009 recession hit the valley hard, and two sawmills closed in the last three months of the year.",
    ],
)
def test_of_the_year_after_another_year_named_gets_no_date(text: str) -> None:
    trigger = "opened" if "opened" in text else "closed"
    assert _date(rules(text, FRIDAY), trigger) is None


def test_of_the_year_early_in_a_year_is_the_year_gone() -> None:
    ex = rules("Sales fell 3% in the last three months of the year, the chain said.", "2027-01-08")
    assert _date(ex, "fell") == "2026"


# Review 2 of session 24 (LEAD-NOTE-4) ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Okafor was born in Hull and moved to Bristol in 2001.", "born"),
        ("Patel founded the café in the village and sold it to a rival last year.", "founded"),
        ("City lost the first leg and won the return match on Saturday.", "lost"),
        ("The pair met at college and married in June.", "met"),
    ],
)
def test_a_time_is_shared_only_between_verbs_of_one_occasion(text: str, trigger: str) -> None:
    assert _date(rules(text, FRIDAY), trigger) is None


def test_an_early_part_of_the_year_early_in_a_year_is_this_year() -> None:
    ex = rules("Van sales fell 5% in the first six weeks of the year.", "2027-02-10")
    assert _date(ex, "fell") == "2027"


def test_a_holidays_weekend_is_not_the_weekend() -> None:
    ex = rules("Record crowds visited the orchards over the Easter weekend.", FRIDAY)
    assert _date(ex, "visited") is None
