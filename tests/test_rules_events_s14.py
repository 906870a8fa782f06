"""Session 14 events (issue 15): events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 14, missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-06-10"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        # What a thing is used for is done with it, in the tense of "use".
        ("The treasurer used cash from the club's account to pay his rent.", "pay", "payment", "occurred"),
        (
            "The charity would use the grant to build a clinic in Tarrow.",
            "build",
            "building",
            "planned",
        ),  # Session 33
        ("The firm had used a loan from its owner to buy the site.", "buy", "purchase", "occurred"),
    ],
)
def test_what_a_thing_is_used_for_happens(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == type_
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: "used to" is a habit; no object, no purpose of use; a clause's comma breaks it.
        "He used to repair clocks in Harwick.",
        "The mill was never used, to build anything or to store grain.",
    ],
)
def test_no_use_no_infinitive_event(text: str) -> None:
    """Guard: "use" before its "to" with no object, or across a comma, makes no event."""
    assert by_trigger(text) == {}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A figure that falls "from" an amount to another changed.
        ("The union said membership had fallen from 4,100 to 3,650 in a decade.", "fallen"),
        ("Spending on road repairs fell from £1.2 million to £800,000 last year.", "fell"),
    ],
)
def test_a_fall_from_an_amount_is_a_fall(text: str, trigger: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == "fall"


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a fall from a height, a person slipping from view.
        "A climber fell from a ridge near the summit.",
        "The suspect slipped from view near the station.",
    ],
)
def test_a_fall_from_a_height_is_no_change(text: str) -> None:
    """Guard: "from" before no amount keeps ``NOT_AFTER``'s exclusion."""
    assert "fall" not in {e.type for e in by_trigger(text).values()}


@pytest.mark.parametrize(
    "text",
    [
        # The public asked to do something is told what to do: no request happened.
        "Police asked residents to keep their windows shut.",
        "The council has asked anyone with information to call the hotline.",
        "The water board asked customers not to fill paddling pools.",
    ],
)
def test_the_public_asked_to_act_is_no_request(text: str) -> None:
    assert "request" not in {e.type for e in by_trigger(text).values()}


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: someone in particular asked, the public asking, the public asked for something.
        "The mayor asked the governor to send the National Guard.",
        "Residents asked the council to reopen the library.",
        "The council asked residents for their views on the plan.",
    ],
)
def test_a_request_of_someone_stays_a_request(text: str) -> None:
    """Guard: only the public addressed before "to" loses the request."""
    assert "request" in {e.type for e in by_trigger(text).values()}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # A negation inside a relative clause set off by commas is the clause's own.
        (
            "Pell, who showed no remorse as the verdict was read, will appeal, his lawyer said.",
            "appeal",
            "planned",
        ),
        ("The driver, who had not slept for a day, crashed into a wall on Monday.", "crashed", "occurred"),
        # A verb whose object is "no" thing did not happen.
        ("The pension fund, which owns 12% of the airline, sold no shares.", "sold", "negated"),
        ("The council approved no new permits last year.", "approved", "negated"),
    ],
)
def test_where_a_negation_reaches(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.status for t, e in got.items()}
    assert got[trigger].status == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # Hard negatives: "no more than", "no faster than" are degrees; a negation outside the aside counts.
        ("The fund sold no more than 5% of its stake.", "sold", "occurred"),
        ("Prices rose no faster than wages last year.", "rose", "occurred"),
        ("The mayor, who spoke to reporters on Monday, will not resign.", "resign", "negated"),
    ],
)
def test_degrees_and_outer_negations_keep_their_status(text: str, trigger: str, status: str) -> None:
    """Guard: the statuses these sentences had before Session 14 stay."""
    got = by_trigger(text)
    assert trigger in got, {t: e.status for t, e in got.items()}
    assert got[trigger].status == status


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        # A thing shown to the public goes on display, and back on display after a break.
        (
            "Ticket sales doubled after the painting went on display in Leeds.",
            "went on display",
            "display",
            "occurred",
        ),
        (
            "The cub will not go back on display for at least a month, the keeper said.",
            "go back on display",
            "return",
            "planned",
        ),
        # "not ... for at least" after a modal tells when, as "not ... until" does.
        ("The library will not reopen for at least six weeks.", "reopen", "reopening", "planned"),
    ],
)
def test_going_on_display_and_not_for_at_least(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert (got[trigger].type, got[trigger].status) == (type_, status)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # Hard negatives: a plain "will not", and a past "not ... for at least" stay negated.
        ("The library will not reopen, the council said on Monday.", "reopen", "negated"),
        ("The library had not reopened for at least six weeks.", "reopened", "negated"),
    ],
)
def test_not_without_a_time_ahead_stays_negated(text: str, trigger: str, status: str) -> None:
    """Guard: the statuses these sentences had before Session 14 stay."""
    got = by_trigger(text)
    assert trigger in got, {t: e.status for t, e in got.items()}
    assert got[trigger].status == status


def test_reaching_a_place_is_an_arrival() -> None:
    got = by_trigger("A night guard reached the warehouse within six minutes of the alarm.")
    assert got["reached"].type == "arrival"


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a figure that reaches a level, an agreement reached (the agreement).
        "Coffee exports reached 2.1 million bags last year.",
        "The two unions reached an agreement with the port on Monday.",
    ],
)
def test_a_level_or_an_agreement_reached_is_no_arrival(text: str) -> None:
    """Guard: neither was an arrival before Session 14; the level would be one without ``LEVEL_REACHED``."""
    assert "arrival" not in {e.type for e in by_trigger(text).values()}
