"""Session 20, the lead: kinds a reader met at once on ten short articles of our own (issue 15).

- "cells made by a supplier in March" was a march (a light verb read through a passive's agent to a month).
- "banned from all sport for four years after testing positive" was summarised "... banned from all sport for."; a
  relative clause cut after its verb of saying ended a summary ("... objections from residents who said.").
- "objections from fishing groups who said ..." had the objections as source, not the groups.
- "MPs said she should resign, but the prime minister's office said ..." gave the MPs both claims.
- "a magnitude 5.8 quake" had the unit "quake" (dev6's gold writes unit "magnitude", kind other).
- "carried out 1,450 tests" was an operation.
- "18 months after it opened, councillors decided on Wednesday" dated the opening on Wednesday; "after testing
  positive ..., the body announced on Thursday" dated the test on Thursday.

Every sentence is written for this file; each kind has hard negatives (a guard checks its sentence was read).
"""

from __future__ import annotations

import pytest

from schemas import Event

from .rules_support import EventTyping, rules

PUBLISHED = "2026-11-26"  # a Thursday


_claims = EventTyping(PUBLISHED).claims


def _events(text: str) -> list[Event]:
    return list(rules(text, PUBLISHED).events)


def _types(text: str) -> list[str]:
    return [e.type for e in _events(text)]


# --- a month is no march -------------------------------------------------------------------------------------


def test_a_month_after_a_passive_light_verb_is_no_march() -> None:
    assert "march" not in _types("The fault lay in a single batch of cells made by a supplier in March.")


@pytest.mark.parametrize(
    "text",
    [
        "Protesters will march on parliament in March.",
        "Thousands marched through the capital in March.",
        "The union held a march in March.",
        "The union held a march on Saturday.",
    ],
)
def test_a_march_is_still_a_march(text: str) -> None:
    """Guard: a march told by its verb or held as a noun keeps its type, in March or not."""
    assert "march" in _types(text)


def test_a_light_verb_with_its_noun_before_a_month_keeps_it() -> None:
    """Guard: "made the decision in March" is a decision."""
    assert "decision" in _types("The board made the decision in March.")


# --- summaries that dangled ---------------------------------------------------------------------------------


def _summary(text: str, type_: str) -> str:
    events = [e for e in _events(text) if e.type == type_]
    assert events, _types(text)
    return events[0].summary


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "The winger has been banned from all sport for four years after testing positive for a steroid.",
            "The winger has been banned from all sport for four years.",
        ),
        ("The striker was banned for 4 years after a red card.", "The striker was banned for 4 years."),
    ],
)
def test_a_span_after_for_is_how_long_not_a_time_to_the_next_clause(text: str, summary: str) -> None:
    assert _summary(text, "ban") == summary


def test_a_span_measured_to_the_clause_cut_off_is_still_left_out() -> None:
    """Guard (session 13's rule): "died four days | before he was sentenced" ends before the span."""
    got = _summary("The prisoner died four days before he was sentenced.", "death")
    assert got == "The prisoner died."


@pytest.mark.parametrize(
    ("text", "type_", "summary"),
    [
        (
            "The council rejected objections from residents who said the tower was too tall.",
            "rejection",
            "The council rejected objections from residents.",
        ),
        (
            "The board dismissed complaints from staff who claimed they were underpaid.",
            "dismissal",
            "The board dismissed complaints from staff.",
        ),
    ],
)
def test_a_relative_clause_cut_after_its_verb_of_saying_leaves_the_summary(
    text: str, type_: str, summary: str
) -> None:
    assert _summary(text, type_) == summary


# --- sources of a relative clause, and two reports in one sentence ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "Planners approved the wind farm, rejecting objections from fishing groups who said it would ruin "
            "their grounds.",
            "fishing groups",
            "It would ruin their grounds.",
        ),
        (
            "The council received complaints from tenants who said the flats were damp.",
            "tenants",
            "The flats were damp.",
        ),
        (
            "The council rejected objections from residents, who said the tower was too tall.",
            "residents",
            "The tower was too tall.",
        ),
    ],
)
def test_things_sent_by_people_who_said_are_not_the_source(text: str, source: str, claim: str) -> None:
    assert (source, claim) in _claims(text)


def test_a_person_before_from_who_said_stays_unchanged() -> None:
    """Guard: only things sent (objections, complaints, letters ...) give way to who sent them."""
    got = _claims("Objections from residents were read out by a clerk who said the meeting was over.")
    assert ("a clerk", "The meeting was over.") in got


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Opposition MPs said she should resign, but the prime minister's office said the matter was closed.",
            ("Opposition MPs", "She should resign."),
            ("the prime minister's office", "The matter was closed."),
        ),
        (
            "Unions said the plan would cost jobs, while employers said it would create them.",
            ("Unions", "The plan would cost jobs."),
            ("employers", "It would create them."),
        ),
        (
            "The mayor said the road would reopen on Friday, and police said the diversion would stay until then.",
            ("The mayor", "The road would reopen on Friday."),
            ("police", "The diversion would stay until then."),
        ),
    ],
)
def test_a_claim_ends_where_a_second_report_begins(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    got = _claims(text)
    assert first in got and second in got, got


def test_a_second_verb_with_no_source_of_its_own_stays_in_the_claim() -> None:
    """Guard: "..., while sales rose by 3%" has no one saying it; the company's claim keeps it."""
    got = _claims("The company said profits fell, while sales rose by 3%.")
    assert got == [("The company", "Profits fell, while sales rose by 3%.")]


# --- a magnitude ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A magnitude 6.8 earthquake struck the province on Monday.", 6.8),
        ("The drill followed a magnitude 5.8 quake in March that damaged 120 buildings.", 5.8),
        ("The strongest aftershock was of magnitude 5.1.", 5.1),
    ],
)
def test_a_magnitude_named_before_its_reading_is_the_unit(text: str, value: float) -> None:
    figures = [f for f in rules(text, PUBLISHED).figures if f.value == value]
    assert figures and (figures[0].unit, figures[0].kind) == ("magnitude", "other")


def test_a_count_after_a_magnitude_keeps_its_own_unit() -> None:
    """Guard: "damaged 120 buildings" stays a count of buildings."""
    figures = rules("A magnitude 5.8 quake damaged 120 buildings.", PUBLISHED).figures
    assert [(f.value, f.unit) for f in figures if f.value == 120] == [(120, "buildings")]


# --- tests carried out --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The governing body carried out 1,450 tests last season.", "test"),
        ("Engineers carried out safety checks overnight.", "check"),
        ("The agency conducted 1,200 tests.", "test"),
    ],
)
def test_tests_and_checks_carried_out_are_named_by_their_noun(text: str, type_: str) -> None:
    assert type_ in _types(text)


def test_strikes_carried_out_stay_an_attack() -> None:
    """Guard: the table's older entries are untouched."""
    assert "attack" in _types("The air force carried out strikes on the depot.")


# --- the telling's day is not the day of what came before -------------------------------------------------------


def _date_of(text: str, type_: str) -> str | None:
    events = [e for e in _events(text) if e.type == type_]
    assert events, _types(text)
    return events[0].when.date if events[0].when else None


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "The winger was banned for four years after testing positive, the anti-doping body announced on "
            "Thursday.",
            "test",
        ),
        (
            "The council will remove the cycle lane only 18 months after it opened, councillors decided on "
            "Wednesday night.",
            "opening",
        ),
    ],
)
def test_what_came_before_a_told_thing_is_not_dated_by_the_telling(text: str, type_: str) -> None:
    assert _date_of(text, type_) is None


@pytest.mark.parametrize(
    ("text", "type_", "date"),
    [
        ("The plant closed after it flooded on Monday, the company said.", "flood", "2026-11-23"),
        ("The shop reopened on Monday after it flooded, the owner said.", "reopening", "2026-11-23"),
        ("She resigned on Friday after the vote, aides said.", "resignation", "2026-11-20"),
    ],
)
def test_a_time_of_the_clause_itself_still_dates_it(text: str, type_: str, date: str) -> None:
    """Guard: a time inside the clause (not after a reporting tail) dates its event as before."""
    assert _date_of(text, type_) == date


# --- "about to" -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The app warns residents when rivers are about to flood.", "flood"),
        ("The factory is about to close.", "closure"),
    ],
)
def test_what_is_about_to_happen_has_not_happened(text: str, type_: str) -> None:
    events = [e for e in _events(text) if e.type == type_]
    assert events and events[0].status == "planned"


def test_a_closure_that_happened_stays_occurred() -> None:
    """Guard: "talked about the plan" is no "about to"."""
    events = [
        e
        for e in _events("The factory closed after the owners talked about it for a year.")
        if e.type == "closure"
    ]
    assert events and events[0].status == "occurred"


# --- a spokesperson's "it" -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "A spokesman for the Department for Transport said it would study the judgment carefully.",
            "The Department for Transport would study the judgment carefully.",
        ),
        ("A council spokeswoman said it was looking at the plans.", "The council was looking at the plans."),
        (
            "A Northfield Council spokesman said it would refund residents.",
            "Northfield Council would refund residents.",
        ),
    ],
)
def test_a_spokespersons_it_is_the_body_not_the_spokesperson(text: str, claim: str) -> None:
    got = _claims(text)
    assert [c for _, c in got] == [claim], got


def test_a_body_that_speaks_for_itself_is_named_as_before() -> None:
    """Guard (session 18's rule): "The council said it was looking" names the council."""
    assert _claims("The council said it was looking at the plans.") == [
        ("The council", "The council was looking at the plans.")
    ]


# --- a negation in a relative aside; a habit of use ---------------------------------------------------------------


def test_a_negation_in_a_relative_aside_before_since_is_the_asides() -> None:
    events = [
        e
        for e in _events("The captain, who was not named, has since left the company.")
        if e.type == "departure"
    ]
    assert events and events[0].status == "occurred"


def test_a_denial_in_the_main_clause_still_negates() -> None:
    """Guard: "has not left" is denied."""
    events = [e for e in _events("The captain has not left the company.") if e.type == "departure"]
    assert events and events[0].status == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "Retired nurse Jean Holt, 78, who uses the number 41 to reach her doctor, said she would be stranded.",
        "She uses the bus to reach her doctor.",
    ],
)
def test_what_something_is_used_for_as_a_habit_is_no_happening(text: str) -> None:
    assert "arrival" not in _types(text)


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        # Session 33: built is a building, the verb's own noun (dev24, dev28, dev29)
        ("The firm used the money to build a factory.", "building", "occurred"),
        ("The firm will use the money to build a factory.", "building", "planned"),
    ],
)
def test_what_something_was_or_will_be_used_for_is_still_told(text: str, type_: str, status: str) -> None:
    """Guard (session 14's rule): "used ... to build" happened, "will use ... to build" is planned."""
    events = [e for e in _events(text) if e.type == type_]
    assert events and events[0].status == status
