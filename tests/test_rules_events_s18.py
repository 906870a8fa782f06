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


_types = _AT.types


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
    assert got[trigger].type == "ignoring"
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
    ("text", "read"),
    [
        (
            "The gale destroyed a pier on Tuesday and left a cargo barge stranded on a sandbar off Merrow Point.",
            "destroyed",
        ),
        (
            "The charity said it had rescued 40 walkers and would fly stranded hikers home on Friday.",
            "rescued",
        ),
        ("The storm flooded the coast on Monday, leaving 3,000 tourists stranded.", "flooded"),
    ],
)
def test_stranded_as_a_state_is_no_stranding(text: str, read: str) -> None:
    """Guards (hard negatives): a thing left stranded, stranded people as the object of another verb. Each
    sentence holds another happening, so the guard fails when the sentence gives nothing at all (session 19:
    the first sentences gave no event, and the guard passed on an empty extraction)."""
    got = by_trigger(text)
    assert read in got, _types(text)
    assert "stranded" not in got, _types(text)


def test_a_warning_ignored_inside_a_denied_report_is_the_happening_negated() -> None:
    """With "ignore" known, what a denied report says (s18-evt's ``_claims_told``) is the disregard, negated."""
    text = "The agency denied a claim by two councillors that it had ignored a warning about the dam."
    got = by_trigger(text)
    assert "ignored" in got, _types(text)
    assert got["ignored"].type == "ignoring"
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
    assert "killed" in got, _types(text)  # the toll the injuring folds into (the collapse's)
    assert "injured" not in got, _types(text)
    assert got["ignored"].type == "ignoring"


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        (
            "The ferry company will run four extra buses on Sunday.",
            "run four extra buses",
            "service",
            "planned",
        ),
        (
            "The tram operator ran 30 buses along the route on Saturday.",
            "ran 30 buses",
            "service",
            "occurred",
        ),
        (
            "During the strike the council would run replacement buses every 15 minutes.",
            "run replacement buses",
            "replacement service",
            "planned",
        ),
    ],
)
def test_vehicles_run_for_the_public_are_a_service(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == type_
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The company runs 300 buses across the county.",
        "Her deputy would run the office until March.",
        "The airline expected to run a full schedule by Thursday.",
    ],
)
def test_no_service_laid_on(text: str) -> None:
    """Guards (hard negatives): a fleet owned (a present), an office run, a schedule."""
    got = by_trigger(text)
    assert not any(e.type in ("service", "replacement service") for e in got.values()), _types(text)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "The growers say the ban will cost their 900 members about 12 million euros in lost sales next year.",
            "cost",
            "planned",
        ),
        (
            "The closure was costing the town about 40,000 pounds a week in lost trade.",
            "costing",
            "ongoing",
        ),
        ("The walkout cost the carrier $6 million in lost fares.", "cost", "occurred"),
    ],
)
def test_what_a_happening_costs_in_lost_earnings_is_a_loss(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "loss"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "A day pass costs 40 euros.",
        "The new roof would cost about 2 million pounds.",
        "At a cost of $3 million in lost fees, the plan was dropped.",
    ],
)
def test_a_price_or_a_cost_with_no_loss_is_no_loss(text: str) -> None:
    """Guards (hard negatives): a price, a cost with no loss told, the noun "cost"."""
    got = by_trigger(text)
    assert not any(e.type == "loss" for e in got.values()), _types(text)
