"""Event dates and status (session 30): a time counted from the one told before ("Two days later", "the same week", "a
year earlier"), a period up to a day ("in the eight weeks to 21 November"), the participle of a decision on the object
with its own time ("a contract awarded in March"), a modal before "and" over a long first conjunct, and a state held
"since" in reported speech. Sentences are our own (a ferry line, a lighthouse trust, a bakery chain, a paper mill, a
museum, ...), with hard negatives.
"""

from __future__ import annotations

import pytest

from tests.rules_support import event_date as _date
from tests.rules_support import event_of, rules

MONDAY = "2026-12-07"


def _when(text: str, trigger: str) -> tuple[str | None, str | None]:
    event = event_of(rules(text, MONDAY), trigger)
    return (event.when.text, event.when.date) if event.when is not None else (None, None)


def _status(text: str, trigger: str) -> str:
    return event_of(rules(text, MONDAY), trigger).status


# A time counted from the one told before ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "Ferry worker Idris Halloran reported a cracked hull plate on 9 March 2025. Two days later he was dismissed "
            "by the operator.",
            "dismissed",
            "2025-03-11",
        ),
        (
            "A gardener told the council about the leak on 14 June 2024. Three days later she was suspended.",
            "suspended",
            "2024-06-17",
        ),
        # a week names no one day: its month
        (
            "Vandals damaged the Orrin Street bridge on 2 August 2025. The railings were repaired the same week.",
            "repaired",
            "2025-08",
        ),
        (
            "Vandals damaged the Orrin Street bridge on 2 August 2025. The railings were repaired the following month.",
            "repaired",
            "2025-09",
        ),
        ("The dog was found on 3 May. The next day it was returned to its owner.", "returned", "2026-05-04"),
        # the nearest sentence before that tells a time, up to three back
        (
            "Ferry worker Idris Halloran reported a cracked hull plate on 9 March 2025. Two days later he received a "
            "letter telling him not to return. The operator said the plate had been replaced the same week.",
            "replaced",
            "2025-03",
        ),
        # the anchor in the same sentence
        (
            "The lighthouse was sold to a collector in 1996 and bought back by the trust two years later.",
            "bought back",
            "1998",
        ),
    ],
)
def test_a_count_from_the_time_told_before(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger",
    [
        # hard negatives: a count after a figure it compares with is the figure's time
        ("Profit at the ferry line rose to £5m from £3m a year earlier.", "rose"),
        ("Profit at the ferry line rose to £5m, from £3m a year earlier.", "rose"),
        ("Sales rose 4% on the same period a year earlier.", "rose"),
        # a count of days from a month names no day
        ("The pier was damaged in March. Two days later it was closed.", "closed"),
        # a count of years from no time in its own sentence (a period set against another: the sets date it by the
        # year, TBAQ by the story's day a year back)
        (
            "The bakery chain Tolland & Pym said profit rose 4% to £12m in the year to September, having paid a "
            "dividend of 2p a share a year earlier.",
            "paid",
        ),
        (
            "The ferry line reported a profit for the quarter ended 30 September. A year earlier it lost £2m.",
            "lost",
        ),
        # a plan counted from a plan: left as before
        ("The ferry will sail on Friday. Two days later it will return to port.", "return"),
    ],
)
def test_guard_a_count_that_dates_nothing(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# A period up to a day ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, words",
    [
        (
            "Sales at the garden centre chain fell 5% in the 12 weeks to 30 November.",
            "fell",
            "in the 12 weeks to 30 November",
        ),
        (
            "Passenger numbers rose 8% in the six months to 31 October, the airport said.",
            "rose",
            "in the six months to 31 October",
        ),
    ],
)
def test_a_period_up_to_a_day_is_on_no_one_day(text: str, trigger: str, words: str) -> None:
    assert _when(text, trigger) == (words, None)


def test_guard_a_day_itself_dates_the_event() -> None:
    assert (
        _date(rules("Sales at the garden centre chain fell 5% on 30 November.", MONDAY), "fell")
        == "2026-11-30"
    )


# The participle of a decision on the object, with its own time -------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The board cancelled a contract awarded in March.", "cancelled"),
        ("The mayor denied that the council had ignored a survey commissioned in 2021.", "ignored"),
        ("The harbour board scrapped a dredging plan approved in 2019.", "scrapped"),
    ],
)
def test_a_decision_s_participle_keeps_its_time(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


def test_guard_the_verb_s_own_time_after_its_object() -> None:
    assert _date(rules("The board cancelled the contract in March.", MONDAY), "cancelled") == "2026-03"


# A modal before "and" over a long first conjunct ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        (
            "Marlow Paper, the region's largest mill, said on Wednesday it would idle its plant at Fenby for at least "
            "six months and cut about 200 jobs after pulp prices more than doubled since March.",
            "cut",
            "planned",
        ),
        (
            "Marlow Paper said on Wednesday it would idle its plant at Fenby for at least six months and cut about 200 "
            "jobs.",
            "cut",
            "planned",
        ),
        (
            "The council could sell the depot on Ash Lane to a builder and lease the yard.",
            "lease",
            "hypothetical",
        ),
    ],
)
def test_a_modal_reaches_the_verb_after_and(text: str, trigger: str, status: str) -> None:
    assert _status(text, trigger) == status


@pytest.mark.parametrize(
    "text, trigger",
    [
        # hard negatives: a verb told in the past, or a clause of its own after a comma
        ("Rescuers said the man would survive and praised the crew.", "praised"),
        ("The owner said it would idle the line, and it cut 40 jobs last month.", "cut"),
    ],
)
def test_guard_a_past_verb_after_a_modal_is_told_as_done(text: str, trigger: str) -> None:
    assert _status(text, trigger) == "occurred"


# A state held since a time, reported --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the museum had been closed since a fire damaged its roof in March.",
        "Campaigners called for repairs, saying the museum had been closed since March.",
    ],
)
def test_a_reported_state_since_a_time_goes_on(text: str) -> None:
    assert _status(text, "closed") == "ongoing"


def test_guard_a_state_since_a_time_told_by_the_writer_in_the_past() -> None:
    assert (
        _status("The museum had been closed since a fire damaged its roof in March.", "closed") == "occurred"
    )


# The lead's notes (session 30) ---------------------------------------------------------------------------------------


def test_a_participle_after_be_under_the_modal_is_planned_ahead() -> None:
    # note 1, 1: "the same 'will' governs both verbs"; the September after an April ahead is ahead too
    text = "The closures will begin in April and be completed by the end of September."
    event = event_of(rules(text, MONDAY), "completed")
    assert event.status == "planned"
    assert event.when is not None and event.when.date == "2027-09"


def test_what_went_on_while_days_told_happened_is_over() -> None:
    # note 1, 2
    assert (
        _status("The library closed on Wednesday and Thursday while engineers tested the air.", "tested")
        == "occurred"
    )


def test_guard_what_goes_on_while_nothing_dated_still_goes_on() -> None:
    assert _status("The council suspended two wardens while it investigated.", "investigated") == "ongoing"


@pytest.mark.parametrize(
    "text, trigger",
    [
        # note 2, 1: a sentence's length is no count from a happening
        (
            "The builder, Tomas Reeve, 49, was given a suspended sentence of 18 months after he admitted taking the "
            "cash and agreed to repay it.",
            "admitted",
        ),
        # note 1, 3: counted from a time the sentence does not give, the words time nothing
        (
            "Harlow Town have sacked coach Emlyn Voss two days after the club was relegated from the league.",
            "relegated",
        ),
    ],
)
def test_a_count_after_with_no_time_to_count_from_gives_no_words(text: str, trigger: str) -> None:
    assert _when(text, trigger) == (None, None)


def test_a_day_after_a_noun_s_phrase_of_time_dates_the_clause() -> None:
    # note 2, 2 (a Friday story)
    text = "'We are ready for this,' Okafor told supporters after the count early on Friday."
    assert _date(rules(text, "2026-11-27"), "told") == "2026-11-27"


def test_guard_a_day_after_a_clause_of_its_own_is_that_clause_s() -> None:
    text = "Harlow Town sacked their coach after the club was relegated on Saturday."
    assert _date(rules(text, "2026-11-27"), "sacked") is None


def test_a_count_landing_after_the_story_leaves_what_happened_undated() -> None:
    # review 1: the count from "9 May" landed ahead and turned the fine planned
    ex = rules("Orwin Water was fined £2m on 9 May. Ten months later, it was fined again.", MONDAY)
    second = [e for e in ex.events if e.trigger == "fined"][-1]
    assert (second.status, second.when) == ("occurred", None)
