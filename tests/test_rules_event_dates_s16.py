"""A weekday of a named week (session 16): "Thursday next week", "on Tuesday last week", "next week's
Friday" were read as the bare weekday or the bare week, and a past happening's date after the
publication day was moved a year back even when the text counted from the publication day itself
("next week" in a story of 30 December: January of the year before). Sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from service.backends.rules.dates import find_times
from tests.rules_support import rules

THURSDAY = dt.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The union set a march for Thursday next week.", "2026-12-10"),
        ("The board met on Tuesday last week.", "2026-11-24"),
        ("Next week's Friday hearing was moved.", "2026-12-11"),
        ("Next week’s Friday hearing was moved.", "2026-12-11"),
        ("The strike began on Monday this week.", "2026-11-30"),
        ("A vote is due on Sunday of next week.", "2026-12-13"),
    ],
)
def test_a_weekday_of_a_named_week_is_that_day(text: str, date: str) -> None:
    assert [t.date for t in find_times(text, THURSDAY)] == [date]


def test_a_bare_weekday_and_a_bare_week_keep_their_readings() -> None:
    """Guard (passes before session 16 too): only the two together name a day of a week."""
    assert [t.date for t in find_times("The board met on Tuesday.", THURSDAY)] == ["2026-12-01"]
    assert [t.date for t in find_times("The board meets next week.", THURSDAY)] == ["2026-12"]


def test_a_happening_dated_from_the_publication_day_is_never_moved_a_year_back() -> None:
    (event,) = rules("The plant closed on Monday next week.", "2026-12-30").events
    assert event.when is not None and event.when.date == "2027-01-04"


def test_a_past_month_told_before_it_comes_still_moves_back() -> None:
    """Guard (passes before session 16 too): "in March" told in February of a past happening is last
    March; only expressions counted from the publication day keep their year."""
    (event,) = rules("The plant closed in March.", "2026-02-10").events
    assert event.when is not None and event.when.date == "2025-03"


def test_a_calendar_week_of_a_month_still_moves_back_like_its_month() -> None:
    """Guard (passes before session 16 too; a first version of the change broke it by reading the word
    "week"): "the last week of March" names March, not a week counted from the publication day."""
    (event,) = rules("The plant closed in the last week of March.", "2026-02-10").events
    assert event.when is not None and event.when.date == "2025-03"
