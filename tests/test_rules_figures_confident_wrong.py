"""Numbers that were read as a confident wrong figure (session 8's hostile review, fixed in session 9).

"$3.2e6" came back as $3.2 and "$1e308" as $1: the reader stopped at the "e" of E notation and
stated a value the text does not. "40 Boeing 737 jets" gave a count of 737 jets: the model's
number was read as a count because a counted noun followed it. Sentences are our own.
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules

PUBLISHED = "2025-03-14"


def figures(text: str) -> list[tuple[str, float, str | None]]:
    return [(f.text, f.value, f.unit) for f in rules(text, PUBLISHED).figures]


def test_e_notation_is_read_whole() -> None:
    assert figures("The plant will cost $3.2e6 to build, the council said.") == [("$3.2e6", 3.2e6, "USD")]
    assert [(t, round(v, 6), u) for t, v, u in figures("Each pellet holds 1.5E-3 grams of the salt.")] == [
        ("1.5E-3", 0.0015, "g")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The account showed a balance of $1e308, the bank said.",  # past the powers the reader takes
        "The cap was set at 1e999 tonnes in the spreadsheet.",  # past any float
    ],
)
def test_e_notation_past_the_edge_states_nothing(text: str) -> None:
    # no figure at all rather than the mantissa alone
    assert figures(text) == []


def test_e_notation_ending_a_sentence_is_read_whole() -> None:
    # the full stop after it is the sentence's, not a decimal point (it gave $3.2 when served)
    assert figures("Repairs will cost $3.2e6.") == [("$3.2e6", 3.2e6, "USD")]
    assert figures("The cap was set at 1e999.") == []
    assert figures("The reading was 3.2e6.5 on the dial.") == []  # no number we can state


def test_letters_after_a_number_are_not_e_notation() -> None:
    # hard negatives: an "e" with no exponent digits, a word after the number
    assert figures("The 3e edition sold out.") == []
    assert figures("Sales rose 4.5% in the quarter.")[0][1] == 4.5


def test_a_model_number_between_a_count_and_its_noun_is_no_figure() -> None:
    got = figures("The carrier ordered 40 Boeing 737 jets on Tuesday.")
    assert [v for _, v, _ in got] == [40]
    got = figures("About 12 Ravelin 320 trucks were recalled.")
    assert [v for _, v, _ in got] == [12]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The chamber gave the Senate 60 votes to spare.", 60),  # a determiner before the name: a count
        ("The club handed Northfield 14 points after the ruling.", 14),
        ("Grounded were 12 Ravelin trucks and 3 Boeing jets.", 3),  # no number after the name
    ],
)
def test_a_name_before_a_count_keeps_the_count(text: str, value: float) -> None:
    assert value in [v for _, v, _ in figures(text)]
