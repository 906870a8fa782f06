"""Dimensions written with "x" or "×" (issue 15, session 7): each side is a figure of its own, in the
unit written once after the last side (docs/figures.md). Sentences of our own, with hard negatives:
a relay's legs, scientific notation, a grid's size with no unit or word of size."""

from __future__ import annotations

import pytest

from tests.rules_support import rules


def sides(text: str) -> list[tuple[float, str | None, str, str]]:
    return [(f.value, f.unit, f.kind, f.measure) for f in rules(text, "2024-05-02").figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # four-digit sides are no years
        (
            "The new kiosk screens show 1920 x 1080 pixels.",
            [(1920, "px", "other", "size, side 1 of 2"), (1080, "px", "other", "size, side 2 of 2")],
        ),
        (
            "The council leased a 2 x 4 metre plot to the club.",
            [(2, "m", "other", "size, side 1 of 2"), (4, "m", "other", "size, side 2 of 2")],
        ),
        (
            "The spare room is 12x10 feet.",
            [(12, "ft", "other", "size, side 1 of 2"), (10, "ft", "other", "size, side 2 of 2")],
        ),
        # a unit after each side, different ones
        (
            "The banner was 3 m x 40 cm.",
            [(3, "m", "other", "size, side 1 of 2"), (40, "cm", "other", "size, side 2 of 2")],
        ),
        # three sides
        (
            "Each crate is 2 x 1.5 x 0.8 metres.",
            [
                (2, "m", "other", "size, side 1 of 3"),
                (1.5, "m", "other", "size, side 2 of 3"),
                (0.8, "m", "other", "size, side 3 of 3"),
            ],
        ),
    ],
)
def test_each_side_is_a_figure_in_the_unit_written_once(
    text: str, expected: list[tuple[float, str, str, str]]
) -> None:
    assert sides(text) == expected


def test_a_screen_resolution_glued_with_a_multiplication_sign_keeps_no_guessed_unit() -> None:
    # a word of screens or sizes makes the sides figures; no unit is written, none is guessed
    assert sides("The tablet's display is 2560×1600.") == [
        (2560, None, "count", "size, side 1 of 2"),
        (1600, None, "count", "size, side 2 of 2"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She anchored the 4 x 400 metres relay.",  # four legs, not a size
        "The lab measured 6.3 x 10^11 joules in the blast.",  # scientific notation
        "Players move on a 4x4 grid.",  # no unit and no word of size
    ],
)
def test_relays_notation_and_bare_grids_are_no_dimensions(text: str) -> None:
    assert all(not m.startswith("size, side") for *_, m in sides(text)), sides(text)


def test_a_relay_keeps_its_distance() -> None:
    assert sides("He ran the last leg of the 4 x 100 m relay.")[1][:3] == (100, "m", "other")


def test_equal_sides_stay_two_figures_on_their_own_digits() -> None:
    ex = rules("The square tile is 1 m x 1 m. The canvas was 4000x4000 pixels.", "2024-05-02")
    got = [(f.value, f.measure, f.evidence[0].start) for f in ex.figures]
    assert got == [
        (1, "size, side 1 of 2", 19),
        (1, "size, side 2 of 2", 25),
        (4000, "size, side 1 of 2", 45),
        (4000, "size, side 2 of 2", 50),
    ]
