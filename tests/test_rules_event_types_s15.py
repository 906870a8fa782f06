"""Event types, session 15 (issue 15): mechanisms read on dev11's first-sight disagreements, kept where
they moved two sets (counting dev7-dev11 as first seen) and lowered none.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-03-14")
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Talks begun, ended or broken off are named "talks", as talks told as new are.
        ("The ceasefire could open talks on the disputed valley.", "open", "talks"),
        ("The deal was signed on Friday, ending two years of on-and-off talks.", "ending", "talks"),
        ("Talks between the unions and the port resumed on Monday.", "resumed", "talks"),
    ],
)
def test_talks_begun_or_ended_are_talks(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: negotiations stay negotiations, talks held a meeting, and other happenings keep
        # their own nouns.
        ("Negotiations between the two firms resumed on Monday.", "resumed", "negotiation"),
        ("The two ministers held talks in Oslo on Tuesday.", "held talks", "meeting"),
        ("The trial opened at the county court on Monday.", "opened", "trial"),
    ],
)
def test_other_happenings_begun_keep_their_nouns(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # An amount told beside the one it was before is a change, by its direction.
        ("Buses will pay $12 per trip, up from $9.", "pay", "rise"),
        ("The ferry operator will charge £30 a crossing, down from £42.", "charge", "fall"),
        (
            "The Greens took 12 of the 90 seats with 14% of the vote, down from 19 seats in 2021.",
            "vote",
            "fall",
        ),
    ],
)
def test_an_amount_compared_with_the_one_before_is_a_change(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: an object named by its own noun, a change told by its own verb, a comparison past
        # another clause.
        ("The firm will pay a quarterly dividend of 20 cents a share, up from 18 cents.", "pay", "payment"),
        ("The board approved a dividend of 31 cents, up from 28 cents.", "approved", "approval"),
        ("Rents rose 4.1% in the year to May, down from 5.2% in April.", "rose", "rise"),
        ("The Greens won 12 seats in the assembly vote, down from 19 seats in 2021.", "won", "election"),
        (
            "The union is seeking a pay rise and a shorter week, down from 39 hours to 37.",
            "seeking",
            "request",
        ),
    ],
)
def test_a_comparison_does_not_rename_what_else_is_named(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A verb and its particle are named by the noun English makes of the two.
        ("The club has set up a helpline for fans.", "set up", "setup"),
        ("Tickets for the final sold out within an hour.", "sold out", "sell-out"),
    ],
)
def test_a_verb_and_its_particle_name_the_noun_of_the_two(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: "out of" is no particle, other particles keep their nouns, a plain sale stays one.
        ("The fund sold out of its bond holdings in May.", "sold", "sale"),
        ("The group sold off its stake in the port.", "sold off", "sell-off"),
        ("The council set aside £2m for repairs.", "set aside", "allocation"),
        ("The firm sold 40,000 tickets in June.", "sold", "sale"),
    ],
)
def test_other_verbs_and_particles_keep_their_nouns(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)
