"""Event types, session 20 (issue 15): mechanisms read on dev16's first-sight disagreements (dev16 became
development data this session), kept where they fixed first-sight disagreements of two of dev7-dev16 and
lowered none of the development sets.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-11-20")
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        # An act told with a share more or fewer than before, or a count fewer, is a change of that amount.
        (
            "The builder said it had sold 12 per cent fewer flats in the year to March.",
            "sold",
            "fall",
            "occurred",
        ),
        (
            "Commuters could have paid up to 4% more for rail tickets under the plan.",
            "paid",
            "rise",
            "hypothetical",
        ),
        ("The chain said it sold 9% more coats in November than a year earlier.", "sold", "rise", "occurred"),
        ("The developer said it would build about 1,500 fewer next year.", "build", "fall", "planned"),
    ],
)
def test_a_share_more_or_fewer_is_a_change(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
    assert got[trigger].status == status, got[trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): a bare count "more" adds to a number, a comparison with another thing ("than
        # the asking price", "than her rival") compares no two times, a degree ("more likely") is no amount, and
        # an amount with no comparison keeps the verb's noun.
        ("The club signed 12 more players on Friday.", "signed", "signing"),
        ("The lab tested 14 more samples on Tuesday.", "tested", "test"),
        ("The firm said it would hire 30 more staff in the spring.", "hire", "hiring"),
        ("Buyers paid 3% more than the asking price for the flat.", "paid", "payment"),
        ("She won 40% more votes than her rival in the first round.", "won", "win"),
        ("Patients treated at night were 20% more likely to be readmitted.", "treated", "treatment"),
        # (review of session 20: the guard above stops at "were"; this one reaches the adverb's lookahead)
        (
            "The firm built 20% more quickly than a year earlier.",
            "built",
            "building",
        ),  # Session 33: the verb's own noun
        ("The council paid £40,000 for the land in 2019.", "paid", "payment"),
    ],
)
def test_a_count_added_or_two_things_compared_is_no_change(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    "text",
    [
        # A happening ordered, told as done, is the order: what was ordered is yet to come.
        "The health minister has ordered a review of waiting times at the two hospitals.",
        "The chief constable, who ordered the inquiry in March, declined to comment.",
    ],
)
def test_a_happening_ordered_is_an_order(text: str) -> None:
    got = by_trigger(text)
    assert got["ordered"].type == "order", got
    assert got["ordered"].status == "occurred", got["ordered"]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): what is only to be ordered, or was not ordered, keeps the happening; a
        # happening told with a count of what it acts on is news of its own; people moved out, goods and a
        # person ordered keep their tables' nouns.
        ("His first act would be to order an audit of the harbour contract.", "audit", "audit"),
        ("The board has not ordered an investigation into the losses.", "ordered", "investigation"),
        ("The regulator on Monday ordered the recall of 12 batches of a cough syrup.", "ordered", "recall"),
        ("The mayor ordered the evacuation of the riverside streets on Sunday.", "ordered", "evacuation"),
        ("The airline ordered 20 new jets from a European maker.", "ordered", "order"),
        ("A judge ordered him to repay £40,000.", "ordered", "order"),
    ],
)
def test_a_happening_to_be_ordered_keeps_its_noun(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A verb of change with no noun of its own, told with the level it reached, is named by its direction.
        ("The Green list more than doubled its seats to 14 in the regional vote.", "doubled", "rise"),
        ("The council had doubled the number of night buses to 30 this year.", "doubled", "rise"),
        ("Visitor numbers doubled to about 8,000 after the bridge opened.", "doubled", "rise"),
    ],
)
def test_a_change_told_with_the_level_reached_is_named_by_its_direction(
    text: str, trigger: str, type_: str
) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): with no level reached the family's label stays; what the verb acts on is read
        # first; a place after "to" is no level; a verb with a noun of its own keeps it.
        ("Water use in the district has tripled since 2015.", "tripled", "rise"),
        ("Demand could double again by 2030.", "double", "rise"),
        ("The company said it had doubled its stake in the brewer.", "doubled", "rise"),
        ("The bank tripled its dividend to 30 cents a share.", "tripled", "dividend"),
        ("The airline doubled flights to Lisbon in the summer.", "doubled", "expansion"),
        ("The insurer increased its stake to 12% on Friday.", "increased", "increase"),
        ("The firm halved its workforce to 400 over two years.", "halved", "cut"),
    ],
)
def test_a_change_with_no_level_keeps_its_family_label(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
