"""Session 28 events: missed events (helper s28-evmiss).

Every sentence is written for this file, in genres no set has (no set's or corpus's words). Each kind has cases next
to hard negatives. The policy is in docs/events.md ("Session 28: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-07"


_AT = EventTyping(PUBLISHED)


def _by_trigger(text: str) -> dict[str, tuple[str, str]]:
    """(type, status) of every event of the text, by its trigger."""
    return {e.trigger: (e.type, e.status) for e in _AT.events(text)}


# --- the act a denial denies, in a verb no table knows ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The marina denied that it had overcharged berth holders for electricity.", "overcharged"),
        ("The orchestra denied that it had sidelined its two oldest violinists.", "sidelined"),
        ("The hatchery denied that any salmon had been poisoned by the new feed.", "poisoned"),
        ("The bakery chain denied that it had watered down its rye loaf.", "watered down"),
        ("The college denied that it had tried to bury the inspection report.", "bury"),
        ("The airline denied that it had kept passengers on the runway for six hours.", "kept"),
    ],
)
def test_denied_act_in_any_verb(text: str, trigger: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][1] == "negated", got


def test_denied_act_type_is_its_own_noun_or_gerund() -> None:
    assert (
        _by_trigger("The quarry denied that it had contaminated the stream.")["contaminated"][0]
        == "contamination"
    )
    assert (
        _by_trigger("The marina denied that it had overcharged berth holders.")["overcharged"][0]
        == "overcharging"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a state, a knowing or a cause denied is no act
        "The harbour master denied that the jetty was unsafe.",
        "The orchestra denied that the cancellation had been its decision.",
        "The quarry denied that it had known about the spill for weeks.",
        "The airline denied that the strike had caused the delays.",
        # no "that" clause: a denial of a thing
        "The marina denied overcharging claims made by berth holders.",
    ],
)
def test_denied_state_gives_no_act(text: str) -> None:
    got = _by_trigger(text)
    assert not [
        t for t in got if t not in ("claims", "denied", "decision", "cancellation", "delays", "strike")
    ], got


def test_act_outside_a_denial_stays_unread() -> None:
    # the same verbs told plainly are not read: no table knows them outside the two clauses
    assert "overcharged" not in _by_trigger("The marina had overcharged berth holders for electricity.")
    assert "sidelined" not in _by_trigger("The orchestra had sidelined its two oldest violinists.")


# --- a question a refusal to say leaves open, in a verb no table knows ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ferry company declined to say whether it would compensate stranded drivers.", "compensate"),
        ("The festival has not said whether the headliners will reschedule.", "reschedule"),
        ("The orchestra would not comment on whether the tour would be shortened.", "shortened"),
        ("It is not clear whether the hatchery will restock the river next year.", "restock"),
    ],
)
def test_open_question_in_any_verb(text: str, trigger: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][1] == "hypothetical", got


@pytest.mark.parametrize(
    "text",
    [
        # a state or a need asked about, an ability, a question with no refusal before it
        "The ferry company declined to say whether the new timetable would be enough.",
        "The college declined to say whether it would need more staff.",
        "The council had not studied whether visitors could use the car park.",
        "Parents asked whether the hatchery would restock the river.",
    ],
)
def test_open_question_guards(text: str) -> None:
    got = _by_trigger(text)
    assert not [t for t in got if t in ("enough", "need", "use", "restock")], got


@pytest.mark.parametrize(
    "text",
    [
        # a state told as a participle after "was", an aspect before a gerund, a verb of mere conduct
        "The orchestra denied that the tour was underfunded.",
        "The marina denied that it had kept charging berth holders.",
        "The quarry denied that its managers had acted in bad faith.",
    ],
)
def test_denied_clause_guards(text: str) -> None:
    got = _by_trigger(text)
    assert not [t for t in got if t in ("underfunded", "kept", "acted")], got
