"""Session 17 events (issue 15): events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 17, missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping, rules

PUBLISHED = "2026-12-02"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


_types = _AT.types


def _amounts(text: str) -> list[float]:
    return [f.value for f in rules(text, PUBLISHED).figures]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("A grain carrier ran aground off Pellmouth Point on Sunday night.", "ran aground", "occurred"),
        ("The ferry Halcyon Wren had run aground twice before.", "run aground", "occurred"),
        ("Pilots warned that a larger ship could run aground in the channel.", "run aground", "hypothetical"),
    ],
)
def test_a_ship_that_runs_aground_is_grounded(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "grounding"
    assert got[trigger].status == status


def test_a_grounding_and_what_it_blocked_are_two_events() -> None:
    got = by_trigger(
        "A bulk carrier ran aground in the Serrow Channel on Monday, blocking a lane that carries a tenth of "
        "the port's traffic."
    )
    assert got["ran aground"].when is not None and got["ran aground"].when.date == "2026-11-30"
    assert "blocking" in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "The promoter said all ticket holders would get full refunds within 30 days.",
            "get full refunds",
            "planned",
        ),
        (
            "The museum said visitors would get a refund of 12 euros for each closed day.",
            "get a refund",
            "planned",
        ),
        ("Passengers on the cancelled sailings got refunds last week.", "got refunds", "occurred"),
        ("About 900 customers have received refunds so far.", "received refunds", "occurred"),
    ],
)
def test_a_refund_got_or_received_is_a_refund(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "refund"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    ("text", "contrast"),
    [
        # Each beside the same sentence with a refund got, which the rule does read (review of session 17:
        # a guard that passes on an empty extraction proves nothing).
        (
            "She said she could not get an appointment at the clinic.",
            "She said she could not get a refund at the clinic.",
        ),
        (
            "Volunteers said they would get to every village by Friday.",
            "Volunteers said they would get refunds by Friday.",
        ),
        ("The charity got £300 from a bake sale.", "The charity got a refund of £300 from the caterer."),
    ],
)
def test_other_things_got_are_no_refund(text: str, contrast: str) -> None:
    """Guard: only a refund (and session 13's complaints) names a happening after "get"."""
    assert "refund" in _types(contrast).values(), _types(contrast)
    assert "refund" not in _types(text).values(), _types(text)


def test_a_degree_after_but_not_is_no_event_of_its_own() -> None:
    text = "The coast guard said on Tuesday that the spill had been slowed but not stopped."
    got = by_trigger(text)
    assert "stopped" not in got, _types(text)
    assert "slowed" in got


def test_a_negated_verb_after_but_with_its_own_object_stays() -> None:
    """Guard: "but did not stop the works" has its own verb group; it is no degree of the first verb."""
    got = by_trigger("The inspectors visited the site but did not stop the works.")
    assert "stop" in got, {t: e.type for t, e in got.items()}
    assert got["stop"].status == "negated"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        (
            "The derby drew a crowd of about 41,000 people, up from 35,000 last season, the club said.",
            "drew",
            "rise",
        ),
        (
            "Pellmouth airport handled about 2.3 million passengers last year, up 4 per cent.",
            "handled",
            "rise",
        ),
        ("Scrap prices cratered to about $40 a tonne, down from $95 a month earlier.", "cratered", "fall"),
        ("About 2,100 nurses left the service last year, up from 1,700 a year earlier.", "left", "rise"),
    ],
)
def test_a_verb_no_table_knows_with_its_amount_compared_is_the_change(
    text: str, trigger: str, type_: str
) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == type_
    assert got[trigger].status == "occurred"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A verb of a level, the copula, a verb of reporting, a participle describing a thing: no change.
        ("Wheat yields averaged 2.1 tonnes a hectare, down from 3.0 tonnes.", "averaged"),
        ("Turnout was 61%, up from 48% at the last election.", "was"),
        ("The grocer said sales climbed to $3.2 billion, up 9% from a year earlier.", "said"),
        ("Harrowgate sold 12,000 memberships, priced at 450 euros each, up 5% from last year.", "priced"),
        ("The bridge, which opened in 1962, carried 40,000 cars a day.", "carried"),
    ],
)
def test_no_change_without_a_comparison_or_from_a_level(text: str, word: str) -> None:
    """Guard: the hard negatives of the compared change (they gave no event before it either).

    The sentence's amounts are read (so the guard cannot pass on an empty extraction), and the same
    comparison after a verb no table knows is a change (the rule is live)."""
    assert _amounts(text), text
    live = "About 2,100 nurses left the service last year, up from 1,700 a year earlier."
    assert by_trigger(live)["left"].type == "rise"
    assert word not in by_trigger(text), _types(text)


def test_a_participle_aside_ends_at_its_comma() -> None:
    got = by_trigger(
        "Brackwater Rail, founded in 1994, carried about 6.2 million passengers last year, up 8 per cent."
    )
    assert "founded" in got and "carried" in got, {t: e.type for t, e in got.items()}
    assert got["founded"].when is not None and got["founded"].when.date == "1994"
    assert got["carried"].type == "rise"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The utility said it could not rule out more blackouts on Friday.", "blackouts", "hypothetical"),
        ("The governor ruled out raising the fuel duty before 2029.", "raising", "negated"),
        ("The minister has ruled out a second referendum.", "referendum", "negated"),
    ],
)
def test_what_is_ruled_out_is_negated_and_what_is_not_hypothetical(
    text: str, trigger: str, status: str
) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court ruled on Monday that the fine was lawful.",
        "Detectives have not ruled out foul play.",
    ],
)
def test_a_ruling_or_a_thing_ruled_out_gives_no_negated_happening(text: str) -> None:
    """Guard: a court's ruling is no ruling out, and what is no happening gives nothing."""
    assert all(e.status != "negated" for e in by_trigger(text).values()), _types(text)
