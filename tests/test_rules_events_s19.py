"""Session 19 events: events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 19, missed events").
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
        (
            "The ferry trust had applied to the Marlow Heritage Fund for most of the money.",
            "applied",
            "occurred",
        ),
        (
            "The utility said it would apply to the Water Board for an emergency licence.",
            "apply",
            "planned",
        ),
    ],
)
def test_asking_a_named_body_for_something_is_an_application(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "application"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The new limits will apply to the Harbour Authority for five years, the council decided on Monday.",
        "The levy applies to Northbridge landlords for two years, the council decided on Monday.",
        "Anyone can apply to the Harbour Fund for a grant, the council decided on Monday.",
    ],
)
def test_a_rule_that_applies_or_a_standing_offer_is_no_application(text: str) -> None:
    """Guards (hard negatives): a rule's reach for a span of time, a present, "can" (an offer to anyone)."""
    got = by_trigger(text)
    assert "decided" in got, _types(text)  # the sentence was read
    assert not any(e.type == "application" for e in got.values()), _types(text)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The hospital said it had written to the patients' families twice in June.", "written", "occurred"),
        (
            "The mayor accepted the result and would write to the Games committee this week.",
            "write",
            "planned",
        ),
        ("The minister wrote to the council on Monday asking for more money.", "wrote", "occurred"),
    ],
)
def test_writing_to_someone_is_a_letter(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "letter"
    assert got[trigger].status == status


def test_a_letter_keeps_its_time_and_what_it_said_is_a_clause_of_its_own() -> None:
    text = "The chief executive wrote to shareholders on Monday that profits would fall."
    got = by_trigger(text)
    assert got["wrote"].type == "letter"
    assert got["wrote"].when is not None and got["wrote"].when.date == "2026-11-30"
    assert got["fall"].status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "He wrote to say the ferry had been cancelled.",
        "Readers can write to us at the address below, the paper said after the ferry was cancelled.",
        "She writes to her brother every week, and the ferry was cancelled.",
    ],
)
def test_no_letter(text: str) -> None:
    """Guards (hard negatives): "wrote to say" (what follows is the news), an offer to readers, a habit."""
    got = by_trigger(text)
    assert "cancelled" in got, _types(text)  # the sentence was read
    assert not any(e.type == "letter" for e in got.values()), _types(text)
