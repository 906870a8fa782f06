"""Session 20 events: events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 20, missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-02"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


def _types(text: str) -> dict[str, str]:
    return {t: e.type for t, e in by_trigger(text).items()}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Crews would start clearing the debris on Saturday.", "start clearing", "planned"),
        ("Police said they would not try to clear the square.", "clear", "negated"),
        ("The road was cleared by 5 p.m.", "cleared", "occurred"),
        ("Bulldozers cleared a 300-metre stretch of the track on Tuesday.", "cleared", "occurred"),
        ("Shops must clear the faulty kettles from their shelves by Friday.", "clear", "planned"),
        ("The inquiry had cleared the minister of wrongdoing.", "cleared", "occurred"),
    ],
)
def test_a_place_or_a_stock_cleared_is_a_clearance(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "clearance"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear whether the plant closed on Monday.",
        "Officials said the path was not clear when the plant closed on Monday.",
        "A clear majority of the crew survived when the plant closed on Monday.",
        "The ruling cleared the way for the sale, which was approved on Monday.",
        "The pilot was cleared to land after the runway reopened on Monday.",
        "The plane was cleared for take-off after the runway reopened on Monday.",
        "The vote cleared a final hurdle before the law was approved on Monday.",
    ],
)
def test_the_adjective_and_figures_of_speech_are_no_clearance(text: str) -> None:
    """Guards (hard negatives): "clear" the adjective, a way or a hurdle cleared, a permission ("cleared to")."""
    got = by_trigger(text)
    assert any(e.type != "clearance" for e in got.values()), _types(text)  # the sentence was read
    assert not any(e.type == "clearance" for e in got.values()), _types(text)


def test_cleared_of_all_charges_stays_an_acquittal() -> None:
    """Guard: the verdict's phrase keeps its type."""
    got = by_trigger("He was cleared of all charges on Friday.")
    assert got["cleared of all charges"].type == "acquittal"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The government would present a revised budget to parliament on Monday.", "present", "planned"),
        ("The minister will present the plan to the cabinet next week.", "present", "planned"),
        ("She presented a new strategy to the board in March.", "presented", "occurred"),
    ],
)
def test_a_plan_presented_to_a_body_is_a_presentation(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "presentation"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The mayor presented the award to the winner after the race was cancelled on Friday.",
        "Prosecutors presented evidence to the jury after the trial was adjourned on Friday.",
        "Only 40 members were present when the council voted on Friday.",
        "The present government cut the budget on Friday.",
        "The report will present figures after the council voted on Friday.",
    ],
)
def test_a_prize_evidence_or_the_adjective_is_no_presentation(text: str) -> None:
    """Guards (hard negatives): no body that decides after "to", the adjective, no "to" at all."""
    got = by_trigger(text)
    assert any(e.type != "presentation" for e in got.values()), _types(text)  # the sentence was read
    assert not any(e.type == "presentation" for e in got.values()), _types(text)
