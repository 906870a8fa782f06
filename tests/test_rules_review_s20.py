"""The review of session 20: mends to the session's date and status rules (s20-when's, landed before the review
read them). Each sentence is written for this file; guards check the rule still does what it was written for.

- A bare form in -ed ("shed", "proceed") was read as a past tense and escaped its modal.
- A participle of result took its clause's year for a follow-on of years ("joined Leeds in 2015, winning the
  league twice").
- ", to almost 3 million units in March" / ", to new highs on Monday" were read as an infinitive of purpose, and the
  rise lost its date.
"""

from __future__ import annotations

import pytest

from .rules_support import rules

PUBLISHED = "2026-11-26"  # a Thursday


def _event(text: str, type_: str) -> tuple[str, str | None]:
    events = [e for e in rules(text, PUBLISHED).events if e.type == type_]
    assert events, [e.type for e in rules(text, PUBLISHED).events]
    return events[0].status, events[0].when.date if events[0].when else None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The firm would close two plants and shed 300 jobs.", "planned"),
        ("The council could sell the depot and shed 40 staff.", "hypothetical"),
        ("The company would not close the plant and shed jobs.", "negated"),
    ],
)
def test_a_bare_form_in_ed_stays_under_its_modal(text: str, status: str) -> None:
    assert _event(text, "cut")[0] == status


def test_a_past_after_a_denial_and_and_still_happened() -> None:
    """Guard (s20-when's rule): "did not name the man and arrested two others" – the arrest happened."""
    assert _event("Police did not name the man and arrested two others on Monday.", "arrest")[0] == "occurred"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The striker joined Leeds in 2015, winning the league twice.", "win"),
        (
            "The company opened its first shop in 2001, expanding across the north over the next decade.",
            "expansion",
        ),
        ("The firm was founded in 1990, growing to 3,000 staff.", "rise"),
    ],
)
def test_a_follow_on_of_years_is_not_dated_by_its_clause(text: str, type_: str) -> None:
    assert _event(text, type_)[1] is None


def test_a_result_on_the_day_is_still_dated() -> None:
    """Guard (s20-when's rule): "buried the road on Friday, cutting off the village" is Friday's."""
    assert _event("A landslide buried the road on Friday, cutting off the village.", "cut")[1] == "2026-11-20"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Sales rose 4%, to almost 3 million units in March.", "2026-03"),
        ("Shares climbed 8%, to new highs on Monday.", "2026-11-23"),
    ],
)
def test_a_level_after_a_comma_and_to_is_no_infinitive(text: str, date: str) -> None:
    assert _event(text, "rise")[1] == date


@pytest.mark.parametrize(
    "text",
    [
        "The bill cleared the Senate on Tuesday.",
        "The competition watchdog cleared the takeover.",
        "The firm cleared $2 million in profit.",
    ],
)
def test_a_bill_a_deal_or_money_cleared_is_no_clearance(text: str) -> None:
    assert "clearance" not in [e.type for e in rules(text, PUBLISHED).events]


@pytest.mark.parametrize(
    "text",
    [
        "The collapsed building presented a serious risk to members of the public.",
        "The loose dogs presented a danger to council workers.",
        "The minister presented her resignation to the cabinet.",
    ],
)
def test_a_risk_or_a_resignation_presented_is_no_presentation(text: str) -> None:
    assert "presentation" not in [e.type for e in rules(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Crews cleared the road on Monday.", "clearance"),
        ("The minister presented the plan to the council on Tuesday.", "presentation"),
    ],
)
def test_a_road_cleared_and_a_plan_presented_stay(text: str, type_: str) -> None:
    """Guard: s20-evmiss's rules on what they were written for."""
    assert type_ in [e.type for e in rules(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Only one sheep survived the fire.", "sheep"), ("Only one series was cancelled.", "series")],
)
def test_a_bounded_one_counts_its_noun_in_its_own_plural(text: str, unit: str) -> None:
    figures = rules(text, PUBLISHED).figures
    assert [(f.value, f.unit) for f in figures] == [(1, unit)]


def test_even_one_that_may_do_something_is_no_count() -> None:
    assert rules("Even one case of measles can spread quickly.", PUBLISHED).figures == []


@pytest.mark.parametrize(
    "text", ["Only one lane was open.", "Reopening even one lane could take two to three weeks."]
)
def test_a_bounded_one_still_counts(text: str) -> None:
    """Guard (s20-figs' rule): "only one lane was open", "reopening even one lane could take" count lanes."""
    assert (1, "lanes") in [(f.value, f.unit) for f in rules(text, PUBLISHED).figures]
