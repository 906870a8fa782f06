"""Session 23 events: missed and spurious events, and the second review of session 22's pieces.

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 23: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-04"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


def _told(text: str) -> dict[str, tuple[str, str, str]]:
    return {t: (e.type, e.status, e.summary) for t, e in by_trigger(text).items()}


# --- a vote that does its act (review of session 22) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "summary", "date"),
    [
        (
            "The Federal Reserve voted 9-3 on Wednesday to raise interest rates by a quarter point.",
            "raise",
            "The Federal Reserve raised interest rates by a quarter point.",
            "2026-12-02",
        ),
        (
            "The board of the bakery chain voted on Tuesday to fire the chief executive.",
            "fire",
            "The board of the bakery chain fired the chief executive.",
            "2026-12-01",
        ),
        ("The Senate voted 52-48 to convict the former governor.", "convict", None, None),
        ("The club's council voted on Tuesday to remove the chairman.", "remove", None, "2026-12-01"),
        ("The parish council voted 7-2 to suspend the councillor.", "suspend", None, None),
        ("Party members voted to expel the MP on Tuesday.", "expel", None, "2026-12-01"),
        (
            "The Bank of Norland cut rates last month, and its rival voted on Thursday to cut its own by half a point.",
            "cut its own",
            None,
            "2026-12-03",
        ),
    ],
)
def test_a_vote_that_does_its_act_tells_it_done(
    text: str, trigger: str, summary: str | None, date: str | None
) -> None:
    """A court or chamber convicting, a board firing, a central bank setting its rate: what the vote decided
    happened with it, on the vote's day; no "will"."""
    got = by_trigger(text)
    assert "voted" in got, _told(text)
    key = trigger if trigger in got else trigger.split()[0]
    assert key in got, _told(text)
    e = got[key]
    assert e.status == "occurred", _told(text)
    assert " will " not in e.summary
    if summary is not None:
        assert e.summary == summary
    assert (e.when.date if e.when else None) == date


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # work a vote decides, still to be done (dev17 and dev12 label these planned)
        ("The council voted to close two of the town's four libraries.", "close"),
        ("The board voted 5-2 on Monday to lease the harbour to a shipping group.", "lease"),
        ("The council voted 6-3 to raise the parking fee for the first time in a decade.", "raise"),
        # things removed, not a person
        ("The council voted 5-2 on Monday to remove 80 parking spaces along the high street.", "remove"),
    ],
)
def test_a_vote_on_work_to_come_stays_planned(text: str, trigger: str) -> None:
    """Hard negatives: a tax rate, a fee, a closure or a lease decided by a council is still to be done."""
    got = by_trigger(text)
    assert "voted" in got, _told(text)
    assert trigger in got, _told(text)
    assert got[trigger].status == "planned"


def test_a_vote_dated_years_before_tells_no_plan() -> None:
    """Hard negative: "voted in 2015 to demolish" is no demolition to come (the review's sentence, own words)."""
    text = "The council voted in 2011 to demolish the old depot, which was finally knocked down in 2016."
    got = by_trigger(text)
    assert "voted" in got, _told(text)
    assert all(" will " not in e.summary for e in got.values()), _told(text)
    assert "demolish" not in got


# --- put off: only a thing that can wait (review of session 22) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The smell of the tannery put off potential buyers.",
        "High rents put off many young families last year.",
        "The long wait put off visitors from the new museum.",
    ],
)
def test_people_put_off_are_no_postponement(text: str) -> None:
    """Hard negatives: people deterred, nothing postponed."""
    assert "put off" not in by_trigger(text), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board put off a decision on the merger.",
        "The council voted last spring to put off $2.1 million of road repairs.",
        "The vote was put off.",
        "The club has put off the final until next week.",
    ],
)
def test_a_thing_that_can_wait_is_put_off(text: str) -> None:
    got = by_trigger(text)
    assert "put off" in got, _told(text)
    assert got["put off"].type == "postponement"


# --- leased: a thing held, not a deal (review of session 22) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The airline operates 40 leased aircraft.",
        "She moved into a rented flat near the station.",
        "The band toured Europe in chartered buses.",
    ],
)
def test_a_participle_of_holding_before_its_noun_is_no_deal(text: str) -> None:
    """Hard negatives: "leased aircraft" are aircraft held on a lease."""
    assert not any(t.startswith(("leased", "rented", "chartered")) for t in by_trigger(text)), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm leased two warehouses in March.",
        "The city leased out the old pier in 2019.",
        "The port leased the terminal to a shipping group.",
    ],
)
def test_a_lease_made_is_an_event(text: str) -> None:
    """Guards: a lease made has a count, a particle or a determiner after it."""
    got = by_trigger(text)
    assert any(t.startswith("leased") for t in got), _told(text)
