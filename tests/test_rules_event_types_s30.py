"""Event types, session 30: two of the gold guide's rules for the type of a change (evals/gold/README.md, "Events",
the session-10 proposal), which every set written after the proposal follows and the rules did not: a change of an
amount named again by the writer in apposition is a rise or a fall by its direction, and jobs cut are a cut, the bare
noun (docs/events.md, "Session 30: event types").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The writer's noun for the change in apposition: typed by its direction (was the noun itself).
        ("Shares in Quillon Bakeries rose 11% on Monday, their biggest gain since 2019.", "rose", "rise"),
        ("The Ostvik krona fell 2.3% against the dollar, its steepest drop in a decade.", "fell", "fall"),
        (
            "The harbour authority raised its mooring fee by 15% to £240 on Friday, its second increase this year.",
            "raised",
            "rise",
        ),
        (
            "Ticket sales at the Brellin lido slipped 4% in August, a decline the trust blamed on the rain.",
            "slipped",
            "fall",
        ),
        (
            "Milk output at the Carrow co-operative climbed 6% last quarter, its sharpest jump in five years.",
            "climbed",
            "rise",
        ),
    ],
)
def test_a_change_named_in_apposition_is_typed_by_its_direction(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Guards: no appositive, an appositive that names no change, a cut in apposition (the bare noun of a cut).
        ("Shares in Quillon Bakeries rose 11% on Monday after the results.", "rose", "rise"),
        ("The river rose two metres overnight, its highest level since 1998.", "rose", "rise"),
        (
            "The lighthouse trust cut its opening hours by a third, its first cut since the trust was founded.",
            "cut",
            "cut",
        ),
        ("Fees at the marina dropped by half.", "dropped", "drop"),
    ],
)
def test_guard_other_changes_keep_their_types(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # Jobs, staff, a workforce or posts cut: a cut (was "job cuts").
        ("The Pellmore sawmill cut 140 jobs last spring.", "cut"),
        ("Harrowgate Cider said it would cut about 60 staff at its Ledbury site.", "cut"),
        ("The ferry company halved its workforce to 90 over two winters.", "halved"),
        ("The cannery would eliminate 45 positions by June.", "eliminate"),
    ],
)
def test_jobs_cut_are_a_cut(text: str, trigger: str) -> None:
    assert _AT.type_of(text, trigger) == "cut"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Guards: other things cut keep their types.
        ("The council cut the ribbon on the new footbridge on Saturday.", "cut", "opening"),
        ("The storm cut power to 4,000 homes in the valley.", "cut", "cut"),  # Session 33: dev13, dev29
        ("The mill cut shifts at its two plants in March.", "cut", "shift cuts"),
        ("The sawmill added 30 jobs at its Ledbury yard.", "added", "hiring"),
        # Jobs cut named again in apposition stay a cut: the appositive names the fall in jobs, not another change.
        ("Farm employment shed 2,000 jobs last month, its steepest decline since 2015.", "shed", "cut"),
    ],
)
def test_guard_other_things_cut_keep_their_types(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


# --------------------------------------------------------------------------- the lead's notes (session 30)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Talks that break down are a breakdown, the phrase's own noun (was the talks).
        ("Talks between the ferry operator and the union broke down on Tuesday.", "broke down", "breakdown"),
        ("The negotiations had broken down by March.", "broken down", "breakdown"),
        ("The lorry broke down on the A9 near Dalwhinnie.", "broke down", "breakdown"),
        # A body taken over by a buyer told with its determiner is a takeover (was an appointment) ...
        (
            "Kelpie Rovers were taken over by a consortium led by Ida Marsh in 2024 for £9 million.",
            "taken over",
            "takeover",
        ),
        ("The distillery was taken over by a Danish drinks group last year.", "taken over", "takeover"),
        # ... a post taken over, or taken over as its holder, stays an appointment.
        ("The captaincy was taken over by the vice-captain in May.", "taken over", "appointment"),
        ("Ida Marsh took over as manager of Kelpie Rovers in June.", "took over", "appointment"),
    ],
)
def test_the_leads_note_types(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    "text",
    [
        "Mirren had spent most of her life in the valley.",
        "The keeper spent his whole career at the Brannock light.",
    ],
)
def test_a_life_spent_somewhere_is_no_event(text: str) -> None:
    assert "spent" not in _AT.types(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The trust spent £40,000 of its reserves on the roof.", "spending"),
        ("The crew spent three nights in the lifeboat.", "stay"),
    ],
)
def test_guard_money_and_nights_spent_keep_their_types(text: str, type_: str) -> None:
    assert _AT.type_of(text, "spent") == type_
