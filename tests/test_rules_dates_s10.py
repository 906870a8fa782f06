"""Dates that came back confidently wrong on unlabelled political news (session 10, helper s10-wrong).

Each test names the wrong date the rules gave before: a newspaper's name read as "today", a weekday of
a habit given one day, "the last week" given the calendar week, a month a modal clause looks ahead to
given last year's, a day the story wrote with its year given another year, a year naming a noun given
to the verb. Where the text does not settle the date, none is given. Sentences are our own, with hard
negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from service.backends.rules.dates import find_times
from tests.rules_support import rules

WEDNESDAY = dt.date(2026, 2, 4)  # a Wednesday


def times(text: str, published: dt.date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return [(t.text, t.date) for t in find_times(text, published)]


def dated(text: str, published: str = "2026-02-04") -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in rules(text, published).dates]


# ------------------------------------------------------------------ names that hold a time word


@pytest.mark.parametrize(
    "text",
    [
        "A USA TODAY survey of commuters found a split.",  # was the publication day
        "She told the Today show that the ferry would run.",
        "The Sunday Times first reported the merger.",
        "He appeared on Fox News Sunday to defend the levy.",
    ],
)
def test_a_name_holding_a_time_word_is_no_date(text: str) -> None:
    assert times(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard negatives: the words as times
        ("The survey was published today.", [("today", "2026-02-04")]),
        ("Today, the ferry runs again.", [("Today", "2026-02-04")]),
        ("The harbour reopened on Sunday.", [("on Sunday", "2026-02-01")]),
    ],
)
def test_the_time_words_alone_keep_their_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times(text) == expected


# ------------------------------------------------------------------ habits


def test_a_weekday_of_a_habit_has_no_date() -> None:
    # was the Saturday before publication
    assert times("The league avoids scheduling games on Saturday nights.") == [("on Saturday", None)]
    assert times("The market opens early on Sunday mornings.") == [("on Sunday", None)]
    # hard negative: one night
    assert times("The market burned on Saturday night.") == [("on Saturday", "2026-01-31")]


# ------------------------------------------------------------------ counted back from publication


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 25 March to 1 April: no one month (was 2026-03, the calendar week before)
        ("Ferry fares rose in the last week.", dt.date(2026, 4, 1), [("last week", "2026")]),
        # 27 December to 3 January: no one year (was 2025-12)
        ("Ferry fares rose in the last week.", dt.date(2026, 1, 3), [("last week", None)]),
        # 14 to 21 February: February
        ("Ferry fares rose in the past week.", dt.date(2026, 2, 21), [("past week", "2026-02")]),
        ("Fares rose sharply this past week.", dt.date(2026, 2, 21), [("past week", "2026-02")]),
        # 30 days back from 4 February: across January and February, no month
        ("Fares rose over the past month.", WEDNESDAY, [("past month", "2026")]),
    ],
)
def test_the_last_week_is_counted_back_from_publication(
    text: str, published: dt.date, expected: list[tuple[str, str | None]]
) -> None:
    assert times(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard negatives: the calendar week and the calendar year keep their reading
        ("Fares rose last week.", [("last week", "2026-03")]),
        ("Fares rose over the past year.", [("past year", "2025")]),  # TimeML's reading (TBAQ gold)
    ],
)
def test_the_calendar_units_keep_their_reading(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times(text, dt.date(2026, 4, 1)) == expected


# ------------------------------------------------------------------ a month the clause looks ahead to


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each was last year's month: the sentence has a past verb elsewhere
        ("Okafor argued for a candidate who can win the runoff in November.", [("in November", "2026-11")]),
        ("The mayor had hoped the levy might pass in October.", [("in October", "2026-10")]),
        ("She was wary of the looming strike in September.", [("in September", "2026-09")]),
    ],
)
def test_a_month_a_modal_clause_looks_ahead_to_is_coming(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard negatives: what could not happen, or may have, happened before
        ("The minister could not attend the summit in November.", [("in November", "2025-11")]),
        ("The ferry might have sailed in October.", [("in October", "2025-10")]),
        ("The ferry sailed in October.", [("in October", "2025-10")]),
    ],
)
def test_a_month_of_a_past_clause_stays_past(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times(text) == expected


def test_a_rule_that_goes_into_effect_is_coming() -> None:
    # was 2025-12-01, the closest December the first
    assert dated("Once the rule goes into effect on Dec. 1, more workers will be paid.") == [
        ("on Dec. 1", "2026-12-01")
    ]
    assert dated("The levy takes effect on Dec. 1.") == [("on Dec. 1", "2026-12-01")]


def test_as_soon_as_a_past_clause_is_the_past_weekday() -> None:
    # was the coming Tuesday: "as soon as" looked ahead whatever the tense
    assert dated("As soon as the votes were counted Tuesday, the rivals traded blows.") == [
        ("Tuesday", "2026-02-03")
    ]
    # hard negative: still ahead
    assert dated("Talks could resume as soon as Tuesday.") == [("Tuesday", "2026-02-10")]


# ------------------------------------------------------------------ a day written with its year earlier


def test_a_day_written_with_its_year_keeps_it_when_it_comes_again() -> None:
    text = (
        "The envoy testified on March 3, 2019, about the harbour deal. "
        "A message she sent on March 3 was later released."
    )
    # the second was 2025-03-03, the March 3 nearest publication
    assert dated(text) == [("on March 3, 2019", "2019-03-03"), ("on March 3", "2019-03-03")]


def test_another_day_is_not_given_the_year() -> None:
    text = "The envoy testified on March 3, 2019. The inquiry reports on March 9."
    assert dated(text) == [("on March 3, 2019", "2019-03-03"), ("on March 9", "2026-03-09")]


# ------------------------------------------------------------------ a year naming a noun


def when(text: str, trigger: str, published: str = "2026-02-04") -> str | None:
    events = [e for e in rules(text, published).events if e.trigger.startswith(trigger)]
    assert events, [e.trigger for e in rules(text, published).events]
    return events[0].when.date if events[0].when else None


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # each event was dated by the noun's year
        ("The board decided against revisiting the 2019 changes to the tariff.", "decided"),
        ("The council deployed wardens to all nine of the March 1 districts.", "deployed"),
    ],
)
def test_a_year_naming_a_noun_does_not_date_the_verb(text: str, trigger: str) -> None:
    assert when(text, trigger) is None


def test_a_year_after_a_preposition_of_time_dates_the_verb() -> None:
    # hard negatives: the noun is when it happened
    assert when("Two wardens were killed in the 2019 attack on the depot.", "killed") == "2019"
    assert when("The board signed the lease in 2019.", "signed") == "2019"
    # nor when the noun is a time or an occasion itself
    assert when("The talks missed a 2020 deadline set by the council.", "missed") == "2020"
