"""Event dates and status (session 32): a change over a period of its own, then the level it reached with that level's
time; a denial joined by "and" to a dated first verb; a state held for a period up to a "when" clause; weighing what was
put to one ("consider the request"); and the schedule of what was called off ("due to be decided on Wednesday, has
been postponed"). Sentences are our own (a seal colony, a rowing club, a ferry line, a lighthouse, a wool auction, a
harbour board, a regatta), with hard negatives.
"""

from __future__ import annotations

import pytest

from schemas import Event
from tests.rules_support import rules

MONDAY = "2026-12-07"


def _event(text: str, trigger: str) -> Event:
    """The one event whose trigger is ``trigger`` or opens with it ("receive" for "receive a payoff")."""
    (event,) = [
        e for e in rules(text, MONDAY).events if e.trigger == trigger or e.trigger.startswith(trigger + " ")
    ]
    return event


def _when(text: str, trigger: str) -> tuple[str | None, str | None]:
    event = _event(text, trigger)
    return (event.when.text, event.when.date) if event.when is not None else (None, None)


def _status(text: str, trigger: str) -> str:
    return _event(text, trigger).status


# A change over a period of its own, then the level with its time: no date -------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Seal sightings on the Orran coast have roughly tripled in a decade, to about 410 last year.",
            "tripled",
        ),
        ("Membership of the Kelby rowing club has halved in five years, to 96 this year.", "halved"),
        (
            "Ferry bookings to Skarn Island have fallen by a third over the past four years, to about 52,000 in 2025.",
            "fallen",
        ),
        ("Average rents in Dunmore have climbed 40% in six years, to £1,150 a month last year.", "climbed"),
        (
            "Visitor numbers at the Pellow lighthouse grew sharply over the last decade, to 38,000 in 2025.",
            "grew",
        ),
        (
            "Wool prices at the Harrick auction have dropped by half within two years, to 3.10 esdras a kilo this year.",
            "dropped",
        ),
    ],
)
def test_a_change_over_its_own_period_takes_no_date_from_its_level(text: str, trigger: str) -> None:
    assert _when(text, trigger)[1] is None
    assert _status(text, trigger) == "occurred"


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("Ticket sales at the Corran theatre rose 12% to 81,000 last year.", "rose", "2025"),
        ("Seal sightings rose to about 410 last year, from 120 in 2015.", "rose", "2025"),
        ("The bakery chain doubled its profit in 2025, to £4m.", "doubled", "2025"),
    ],
)
def test_a_change_with_no_period_of_its_own_keeps_its_time(text: str, trigger: str, date: str) -> None:
    assert _when(text, trigger)[1] == date


# A denial joined by "and" keeps no time of the first conjunct ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The harbourmaster will leave at the end of March and will not receive a payoff, the board said.",
            "receive",
        ),
        ("The keeper left in March and did not get a payoff.", "get"),
    ],
)
def test_a_denial_after_and_takes_no_time_of_the_first_verb(text: str, trigger: str) -> None:
    assert _when(text, trigger) == (None, None)
    assert _status(text, trigger) == "negated"


def test_a_verb_not_denied_still_shares_the_time() -> None:
    text = "The keeper will leave at the end of March and will receive a payoff."
    assert _when(text, "receive")[1] == "2027-03"


def test_a_denials_own_time_stays() -> None:
    assert _when("The board did not meet on Tuesday.", "meet")[1] == "2026-12-01"


# A state held for a period up to a "when" clause: the time is the clause's ----------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Marta Vell had worked at the Dunholm depot for 12 years when she reported a gas leak on 4 May 2025.",
            "worked",
        ),
        ("Ilse Marr had managed the Corran ferry line for six years when she resigned in March.", "managed"),
    ],
)
def test_a_state_held_for_a_period_takes_no_time_from_its_when_clause(text: str, trigger: str) -> None:
    assert _when(text, trigger)[1] is None


def test_a_clause_with_no_period_still_takes_its_when_clause_time() -> None:
    text = "Olek Farran had lived on the island for six years when the ferry stopped in 2024."
    assert _when(text, "stopped")[1] == "2024"


# Weighing what was put to one: told by its tense -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        ("The harbour minister said he would consider the request.", "consider", "planned"),
        ("The trust said it would consider the offer from the rowing club.", "consider", "planned"),
        ("The board considered the proposal last week.", "considered", "occurred"),
    ],
)
def test_considering_what_was_put_to_one_is_told_by_its_tense(text: str, trigger: str, status: str) -> None:
    assert _status(text, trigger) == status


def test_considering_a_happening_is_still_a_chance() -> None:
    assert _status("The council is considering a ban on night flights.", "considering") == "hypothetical"


# The schedule of what was called off ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "A licensing application for the Skarn quay, due to be decided on Wednesday, has been postponed, the "
            "council said.",
            "postponed",
        ),
        ("The hearing, due to be held on Thursday, has been postponed.", "postponed"),
        ("The regatta, due on Saturday, was cancelled.", "cancelled"),
    ],
)
def test_the_schedule_of_what_was_called_off_is_not_its_time_or_plan(text: str, trigger: str) -> None:
    assert _when(text, trigger) == (None, None)
    assert _status(text, trigger) == "occurred"


def test_the_calling_offs_own_time_stays() -> None:
    assert _when("The hearing was postponed on Thursday.", "postponed")[1] == "2026-12-03"


def test_a_plans_own_time_stays() -> None:
    text = "The trust will open the pier on Saturday, as planned."
    assert _when(text, "open")[1] == "2026-12-12"
    assert _status(text, "open") == "planned"


# The lead's note 1 (LEAD-NOTE-1), as kinds in sentences of our own --------------------------------------------------


def test_a_vote_told_as_done_is_not_dated_by_its_infinitives_month() -> None:
    text = "The Harwick parish council has voted to close the public toilets on the quay from March."
    assert _when(text, "voted") == (None, None)
    assert _status(text, "voted") == "occurred"


@pytest.mark.parametrize(
    "text, date",
    [
        ("The council voted on Tuesday to double mooring charges from January.", "2026-12-01"),
        ("The council voted in March to sell the pier.", "2026-03"),
    ],
)
def test_a_votes_own_time_stays(text: str, date: str) -> None:
    assert _when(text, "voted")[1] == date


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The trust said the keeper had been told on Friday that his post would be cut.", "cut"),
        ("Staff were informed on Monday that the depot would close.", "close"),
    ],
)
def test_a_time_after_a_passive_telling_is_the_tellings(text: str, trigger: str) -> None:
    assert _when(text, trigger) == (None, None)
    assert _status(text, trigger) == "planned"


def test_a_plans_own_day_before_a_telling_stays() -> None:
    assert _when("The depot will close on Monday, staff were told.", "close")[1] == "2026-12-07"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The skipper told supporters in a letter last week that he would keep the ferry running.", "told"),
        ("Engineers inspected every sluice gate this week.", "inspected"),
    ],
)
def test_a_week_across_two_months_is_the_month_of_most_of_its_days(text: str, trigger: str) -> None:
    # Monday 7 December: last week ran 30 November to 6 December, as this week did for a story of 2 December
    published = "2026-12-02" if "this week" in text else MONDAY
    (event,) = [e for e in rules(text, published).events if e.trigger == trigger]
    assert event.when is not None and event.when.date == "2026-12"
