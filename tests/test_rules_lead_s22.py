"""Session 22, the lead: kinds a reader met on short articles of our own (issue 15).

Each test of a kind failed on main before this session's change (checked); a guard says so in its docstring and
checks that its sentence was read (an item of the right kind is there), never an empty extraction.
Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from schemas import Event

from .rules_support import rules

PUBLISHED = "2026-12-04"  # a Friday


def _events(text: str) -> list[Event]:
    return list(rules(text, PUBLISHED).events)


def _summaries(text: str) -> list[str]:
    return [e.summary for e in _events(text)]


def _by_type(text: str, kind: str) -> Event:
    found = [e for e in _events(text) if e.type == kind]
    assert found, f"no {kind} event in {[(e.type, e.summary) for e in _events(text)]}"
    return found[0]


def _sources(text: str) -> list[tuple[str, str]]:
    return [(a.source, a.source_type) for a in rules(text, PUBLISHED).attributions]


# --------------------------------------------------------------------------- "all but": except, no clause


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("All but one of the patients had been discharged by Tuesday.", "All but one of the patients"),
        ("All but two of the 40 staff will lose their jobs.", "All but two of the 40 staff"),
    ],
)
def test_all_but_keeps_its_exception(text: str, summary: str) -> None:
    """ "All but one ... had been discharged" was summarised "One of the patients had been discharged": the meaning
    turned round."""
    assert any(s.startswith(summary) for s in _summaries(text)), _summaries(text)


def test_guard_but_after_everything_still_opens_a_clause() -> None:
    """Guard: "but" after "everything" opens the board's refusal, as before."""
    assert "The board refused to approve the plan." in _summaries(
        "He tried everything but the board refused to approve the plan."
    )


# --------------------------------------------------------------------------- "not due to ... until": a plan


@pytest.mark.parametrize(
    "text",
    [
        "The new crossing is not due to open until 2031.",
        "The pool is not expected to reopen until the spring.",
    ],
)
def test_not_due_until_is_planned(text: str) -> None:
    """ "is not due to open until 2031" tells when it opens, not that it does not (was negated)."""
    statuses = [e.status for e in _events(text)]
    assert statuses == ["planned"], statuses


def test_guard_not_due_without_until_stays_negated() -> None:
    """Guard: "was not due to close" with no "until" denies the plan."""
    assert [e.status for e in _events("The depot was not due to close.")] == ["negated"]


# --------------------------------------------------------------------------- an age between a name and "who"


def test_relative_after_an_age_is_the_person() -> None:
    """ "said Lisa Marr, 34, who was stopped at 30km" gave "34 was stopped at 30km."."""
    text = '"It was far too hot," said Nadia Orlov, 41, who was pulled out at the 25km mark.'
    assert any(s.startswith("Nadia Orlov was pulled out") for s in _summaries(text)), _summaries(text)


# --------------------------------------------------------------------------- sources


def test_document_source_ends_before_its_relative_participle() -> None:
    """ "according to a memo from X that was seen by reporters" gave the source "a memo from X that was"."""
    text = "The cuts will hit sales teams hardest, according to a memo from chief executive Omar Haddad that was seen by reporters."
    assert ("a memo from chief executive Omar Haddad", "document") in _sources(text), _sources(text)


def test_described_body_is_typed_by_its_head() -> None:
    """ "A union representing workers at its office" was anonymous (the workers), then government (the office)."""
    text = "A union representing cleaners at the depot said it had not been consulted."
    types = [t for _s, t in _sources(text)]
    assert types == ["organization"], _sources(text)


def test_guard_unnamed_officials_who_attended_stay_anonymous() -> None:
    """Guard: officials described by a relative clause are still unnamed."""
    text = "Two officials who attended the meeting said the plan had been dropped."
    assert [t for _s, t in _sources(text)] == ["anonymous"], _sources(text)


# --------------------------------------------------------------------------- events: set phrases and senses


def test_since_records_began_is_no_event() -> None:
    """ "the lowest since records began in 1976" gave the event "Records began in 1976."."""
    text = "River levels fell to their lowest since records began in 1921."
    assert not any("Records began" in s for s in _summaries(text)), _summaries(text)
    assert _by_type(text, "fall")


def test_guard_records_as_an_object_still_begin() -> None:
    """Guard: "Work on the archive records began in 1990." is a start."""
    assert _by_type("Work on the archive records began in 1990.", "start")


@pytest.mark.parametrize(
    "text",
    [
        "The burden will fall mostly on small landlords.",
        "The cost will fall heavily on renters, the group said.",
    ],
)
def test_burden_falling_on_someone_is_no_fall(text: str) -> None:
    """ "The cuts will fall mostly on its sales teams" was a fall."""
    assert not any(e.type == "fall" for e in _events(text)), [(e.type, e.summary) for e in _events(text)]


@pytest.mark.parametrize(
    "text", ["Shares in Vontel fell on Monday.", "Shares in Vontel fell on fears of a slowdown."]
)
def test_fall_on_a_day_or_a_cause_is_a_fall(text: str) -> None:
    """ "Shares fell on Monday." gave no event ("on" after "fell" read as "a tree fell on his car")."""
    assert _by_type(text, "fall")


def test_guard_tree_falling_on_a_car_is_no_fall() -> None:
    """Guard: a tree that fell on a car is not a decrease."""
    assert not any(e.type == "fall" for e in _events("A tree fell on his car in the storm."))


def test_race_cut_short_is_stopped() -> None:
    """ "Organisers cut short the marathon" was typed a cut (of jobs or budgets)."""
    assert _by_type("Organisers cut short the city half-marathon on Sunday.", "stop")


def test_rocket_breaking_apart_after_lift_off() -> None:
    """ "broke apart minutes after lifting off" was one event typed launch, summarised over both clauses."""
    text = (
        "A rocket carrying a weather satellite broke apart minutes after lifting off from the Harlow range."
    )
    broke = _by_type(text, "break-up")
    assert broke.summary == "A rocket carrying a weather satellite broke apart."
    assert _by_type(text, "launch")


def test_guard_interval_before_a_time_stays_with_its_verb() -> None:
    """Guard: "five minutes before half-time" and "shortly after 11 p.m." are times, kept in the clause."""
    assert "Dunmore equalised five minutes before half-time." in _summaries(
        "Dunmore equalised five minutes before half-time."
    )
