"""Session 18 events: events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 18, missed events").
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
        ("The harbour board ignored two letters from the pilots' union.", "ignored", "occurred"),
        ("The ministry had ignored advice from its own flood engineers.", "ignored", "occurred"),
        (
            "The mayor denied that the council had ignored complaints about the ferry ramp.",
            "ignored",
            "negated",
        ),
    ],
)
def test_a_warning_ignored_is_a_disregard(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "disregard"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("About 6,000 travellers were stranded at Pellby airport on Tuesday.", "stranded", "occurred"),
        ("Hundreds of walkers had been stranded on the ridge overnight.", "stranded", "occurred"),
    ],
)
def test_travellers_stranded_in_the_passive_are_a_stranding(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "stranding"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The gale left a cargo barge stranded on a sandbar off Merrow Point.",
        "The charity said it would fly stranded hikers home on Friday.",
        "The storm hit the coast on Monday, leaving 3,000 tourists stranded.",
    ],
)
def test_stranded_as_a_state_is_no_stranding(text: str) -> None:
    """Guards (hard negatives): a thing left stranded, stranded people as the object of another verb."""
    got = by_trigger(text)
    assert "stranded" not in got, _types(text)


def test_a_warning_ignored_inside_a_denied_report_is_the_happening_negated() -> None:
    """With "ignore" known, what a denied report says (s18-evt's ``_claims_told``) is the disregard, negated."""
    text = "The agency denied a claim by two councillors that it had ignored a warning about the dam."
    got = by_trigger(text)
    assert "ignored" in got, _types(text)
    assert got["ignored"].type == "disregard"
    assert got["ignored"].status == "negated"
    assert "denied" not in got, _types(text)


def test_a_second_toll_of_a_happening_folds_into_it() -> None:
    """The injuring after "and" in a relative clause of harm is the happening's toll, not an event that runs
    on into the sentence's main clause."""
    text = (
        "An inquiry into the collapse of the pier at Saltwick, which killed three people and injured 14, has "
        "found that the town council cut its repair budget and ignored two surveys of its piles."
    )
    got = by_trigger(text)
    assert "injured" not in got, _types(text)
    assert got["ignored"].type == "disregard"
