"""Event types, session 21 (issue 15): mechanisms read on dev17's first-sight disagreements (dev17 became
development data this session), kept where they fixed first-sight disagreements of two of dev7-dev17 and
lowered none of the development sets.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-11-20")
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # Money told by its currency sign, with no "million", as the object of an active "raise": money raised.
        ("The appeal has raised about $64,000 from small donors since May.", "raised", "occurred"),
        ("Supporters have raised £310,000 in 48 hours for the hospice.", "raised", "occurred"),
        ("The charity raised more than €12,500 at a gala on Saturday.", "raised", "occurred"),
        ("Volunteers raised an extra $3,500 at the weekend.", "raised", "occurred"),
        ("The campaign has not raised $10,000 yet.", "raised", "negated"),
    ],
)
def test_money_raised_by_its_sign_is_fundraising(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == "fundraising", got
    assert got[trigger].status == status, got[trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): money after the object or after "by" is the size of a rise, a passive's amount
        # too, a price told per unit is what went up, and an object that is no money keeps its own noun.
        ("The council raised the parking fee by $5 on Monday.", "raised", "rise"),
        ("The firm raised its offer to $64,000 per plot.", "raised", "rise"),
        ("The fee was raised $5 in January.", "raised", "rise"),
        ("Hotels in the resort raised $20 a night for the festival week.", "raised", "rise"),
        ("The airline raised €15 per ticket on the route.", "raised", "rise"),
        ("The union raised concerns about $64,000 in unpaid wages.", "raised", "concern"),
        ("The club raised ticket prices, meals and $5 parking.", "raised", "rise"),
    ],
)
def test_money_raised_guards(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A word the object tables name (staff, jobs, power, electricity) right before a noun of money or measure is
        # a modifier of that noun, not what the verb acts on: the verb's own noun, or the change by its size.
        ("Some shops could cut staff hours after the rise.", "cut", "cut"),
        ("The council will cut its jobs budget in April.", "cut", "cut"),
        ("The regulator cut electricity prices on Monday.", "cut", "cut"),
        ("The hospital cut staff pay by 5% last year.", "cut", "cut"),
        ("The deal will cut power bills by 10% next year.", "cut", "cut"),
    ],
)
def test_a_modifier_is_not_the_object(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): staff, jobs and power that head their phrase keep the table's noun.
        ("The bank cut 300 staff in March.", "cut", "cut"),
        ("The airline will cut jobs and routes next year.", "cut", "cut"),
        ("The chain cut staff at 12 stores.", "cut", "cut"),
        ("The factory cut its workforce by half.", "cut", "cut"),
        ("The storm cut power to 40,000 homes on Sunday.", "cut", "cut"),  # Session 33: dev13, dev29
        ("The school cut staff numbers to 40.", "cut", "cut"),
    ],
)
def test_a_modifier_guards(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
