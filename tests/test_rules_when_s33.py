"""Event dates (session 33): a time told by pointing back at one named before ("In July of that year", "two years
later", "that day"); the time of what a statement or a filing told; a telling with an infinitive before a weekday; a
month naming the holder's occasion ("at their Dec. 8 meeting", "in its March budget"); a month told as what it was
like ("A warm March"); counts in words and ranges of counts before "ago". Sentences are our own (a rowing club, a
ferry line, a lighthouse trust, a bakery, a harbour, a wool auction, a mill, a choir, a vineyard), with hard negatives.
"""

from __future__ import annotations

import datetime as dt

import pytest

from schemas import Event
from service.backends.rules.dates import find_times
from tests.rules_support import rules

MONDAY = "2026-12-07"


def _event(text: str, trigger: str) -> Event:
    """The one event whose trigger is ``trigger`` or opens with it."""
    (event,) = [
        e for e in rules(text, MONDAY).events if e.trigger == trigger or e.trigger.startswith(trigger + " ")
    ]
    return event


def _date(text: str, trigger: str) -> str | None:
    event = _event(text, trigger)
    return event.when.date if event.when is not None else None


# A time pointing back at one named before ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "The rowing club lost its boathouse in a flood in 2019. In March of that year, the river flooded the "
            "boathouse again.",
            "flooded",
            "2019-03",
        ),
        (
            "The ferry line was sold in 2021. In May the following year, the new owner cut sailings to Skarn.",
            "cut",
            "2022-05",
        ),
        (
            "The lighthouse trust was set up in 2015. Later that year, it bought the keeper's cottage.",
            "bought",
            "2015",
        ),
        ("The bakery opened its first shop in 2012. The same year, it hired twelve bakers.", "hired", "2012"),
        ("The harbour wall collapsed in 2011. Two years later, the board rebuilt it.", "rebuilt", "2013"),
        (
            "The pier burned down in 2011. The year before, the council had repaired its decking.",
            "repaired",
            "2010",
        ),
        ("The mill shut in March 2020. Later that month, its owners sold the site.", "sold", "2020-03"),
        (
            # the year written in figures, not the telling's Friday
            "The choir was founded in 2008, the director said on Friday. In June of that year, it won a national award.",
            "won",
            "2008-06",
        ),
    ],
)
def test_a_time_pointing_back_takes_the_time_it_points_at(text: str, trigger: str, date: str) -> None:
    assert _date(text, trigger) == date


def test_a_day_pointed_at_is_left_unread() -> None:
    # TBAQ's one such timex is valued against its own text; no set shows one: no date, as before
    assert (
        _date(
            "The wool auction closed on 3 March 2020. That day, shearers marched through Harrick.", "marched"
        )
        is None
    )


def test_a_time_pointing_back_at_nothing_has_no_date() -> None:
    # no year before it: the month of the year of publication was a confident wrong date
    assert _date("In March of that year, the regatta was cancelled.", "cancelled") is None


def test_a_time_pointing_back_keeps_its_words() -> None:
    (t,) = find_times(
        "In July of that year, a gale struck the pier.", dt.date(2026, 12, 7), before="It opened in 2024."
    )
    assert (t.text, t.date) == ("In July of that year", "2024-07")


def test_that_months_sales_are_no_time_pointing_back_of_the_next_clause() -> None:
    assert (
        _date(
            "The bakery opened in 2012. Sales that month were poor, and the owner closed the shop on Friday.",
            "closed",
        )
        == "2026-12-04"
    )


# What a statement told is not its time ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The mill said in a statement to investors that pressing at its Orlo plant would start on December 14.",
            "statement",
        ),
        (
            "The harbour board said in a filing to the regulator that the quay would reopen on 2 February.",
            "filing",
        ),
    ],
)
def test_a_statement_is_not_dated_by_what_it_told(text: str, trigger: str) -> None:
    assert _date(text, trigger) is None


def test_a_statement_keeps_its_own_day() -> None:
    assert (
        _date("The club said in a statement on Friday that its coach had resigned.", "statement")
        == "2026-12-04"
    )


# A telling with an infinitive, then a weekday -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Islanders were told by the ferry company to expect a reduced timetable from Friday.", "told"),
        ("Crews were told by the harbourmaster to stay in port until Thursday.", "told"),
    ],
)
def test_a_tellings_infinitive_keeps_its_weekday(text: str, trigger: str) -> None:
    assert _date(text, trigger) is None


def test_a_weekday_before_the_infinitive_is_the_tellings() -> None:
    assert _date("The council voted on Tuesday to close the pier.", "voted") == "2026-12-01"


# A month naming the holder's occasion -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "Trustees will discuss a request to close the pier at their Dec. 15 meeting, trustee Ann Bole said.",
            "discuss",
            "2026-12-15",
        ),
        ("The board will raise the mooring fees at its March meeting.", "raise", "2027-03"),
        ("The government would cut fuel duty in its March budget.", "cut", "2027-03"),
    ],
)
def test_a_month_of_the_holders_occasion_dates_it(text: str, trigger: str, date: str) -> None:
    assert _date(text, trigger) == date


def test_an_agreement_done_is_not_dated_by_the_occasion_of_its_infinitive() -> None:
    assert _date("The board agreed to review the fees at its March meeting.", "agreed") is None


# A month told as what it was like -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("A dry April cut the grape harvest by a third, the growers said.", "cut", "2026-04"),
        ("A wet June damaged much of the hay on the island.", "damaged", "2026-06"),
    ],
)
def test_a_month_told_as_what_it_was_like_is_that_month(text: str, trigger: str, date: str) -> None:
    assert _date(text, trigger) == date


@pytest.mark.parametrize(
    "text", ["It was a March hare.", "A few May be late.", "He met a Tory March organiser."]
)
def test_a_month_in_a_name_is_no_time(text: str) -> None:
    assert find_times(text, dt.date(2026, 12, 7)) == []


# Counts before "ago" ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("The chapel was built thirty years ago.", "built", "1996"),
        ("The harbour wall was built twenty-five years ago.", "built", "2001"),
        ("The first settlers reached the valley 1200 to 1500 years ago.", "reached", None),
        ("The fort was abandoned between 20 and 30 years ago.", "abandoned", None),
        ("The quay was rebuilt two years ago.", "rebuilt", "2024"),
    ],
)
def test_counts_before_ago(text: str, trigger: str, date: str | None) -> None:
    assert _date(text, trigger) == date


def test_a_statement_keeps_the_day_of_a_past_it_told() -> None:
    # the sets date a post by the day of what it told had happened (dev22's convention, a guard)
    text = "Chief executive Mark Hale said in a post on the company's website that a rescue deal had collapsed on Tuesday."
    assert _date(text, "post") == "2026-12-01"


# LEAD-NOTE-1: a passive telling with a long agent, and years pointed at --------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Growers were told by the provincial agriculture ministry to expect emergency payments from January.",
            "told",
        ),
        (
            "Fishers were asked by the regional harbour authority's board to remove their nets by March.",
            "asked",
        ),
    ],
)
def test_a_passive_tellings_long_agent_then_the_infinitives_month(text: str, trigger: str) -> None:
    assert _date(text, trigger) is None


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "The last gale of this size hit the glen in 2013. That year, exports of cider fell by a fifth.",
            "fell",
            "2013",
        ),
        ("The ferry firm dropped a route to Skarn in 2023. That year, it also cut 300 jobs.", "cut", "2023"),
        (
            "The dairy is paying about €410 a tonne, almost twice what it paid in 2021. In that year it also signed a "
            "ten-year lease.",
            "signed",
            "2021",
        ),
    ],
)
def test_that_year_after_a_year_written_before(text: str, trigger: str, date: str) -> None:
    assert _date(text, trigger) == date


# A year spoken in words (broadcast transcripts) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In nineteen ninety-one the ferry company went bankrupt.", [("In nineteen ninety-one", "1991")]),
        ("March nineteen eighty-two. The pier burned down.", [("March nineteen eighty-two", "1982-03")]),
        ("It recalled a nineteen seventy-nine flood on the river.", [("nineteen seventy-nine", "1979")]),
        ("The board promised new boats by the year two thousand.", [("by the year two thousand", "2000")]),
        ("Skarn nineteen eighty-two. A ferry sank.", []),  # no preposition, month or determiner: no year
        ("The skipper was nineteen when she took the helm.", []),
    ],
)
def test_a_year_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.text, t.date) for t in find_times(text, dt.date(1998, 1, 15))] == expected


# LEAD-NOTE-2: a sentence-opening time and a relative clause's plan --------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "In 2021, the club signed a lease on a boathouse, which it will pay for over ten years.",
            "pay",
            None,
        ),
        (
            "In 2021, the club signed a lease on a boathouse, which it will pay for over ten years.",
            "signed",
            "2021",
        ),
        (
            "In 2021, the club hired a coach, who won the cup.",
            "won",
            "2021",
        ),  # what happened keeps it, as before
    ],
)
def test_an_opening_time_and_a_relative_clauses_plan(text: str, trigger: str, date: str | None) -> None:
    assert _date(text, trigger) == date
