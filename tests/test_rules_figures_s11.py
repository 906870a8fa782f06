"""Figures the rules lost or read wrong (session 11, lead): ranges written with a hyphen, and durations
that are rates. Sentences are our own, with hard negatives.

Until session 11 every hyphenated pair of numbers was taken for a date ("18-02-2021") and both numbers
were lost: "3,000-4,000 troops", "200-300 jobs", "3-4%", "$10-15" gave no figure. A duration never took
a rate: "60 hours a week" was 60 hours.
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules

PUBLISHED = "2026-03-13"

Row = tuple[str, float, float | None, str | None, str | None, str]


def figures(text: str) -> list[Row]:
    return [(f.text, f.value, f.value_max, f.unit, f.per, f.kind) for f in rules(text, PUBLISHED).figures]


# ------------------------------------------------------------------ hyphen ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army sent 3,000-4,000 troops to the border.",
            ("3,000-4,000", 3000, 4000, "troops", None, "count"),
        ),
        ("The mill will cut 200-300 jobs by spring.", ("200-300", 200, 300, "jobs", None, "count")),
        ("The orchard covers 40-50 acres.", ("40-50", 40, 50, "acres", None, "other")),
        ("Tickets cost $10-15 at the gate.", ("$10-15", 10, 15, "USD", None, "money")),
        # a change verb before a hyphen range: still a range ("rose 5% to 7%" is a change and a level)
        ("Rents rose 3-4% last year.", ("3-4%", 3, 4, "percent", None, "percent")),
        ("Sales fell 10-15 per cent in the north.", ("10-15 per cent", 10, 15, "percent", None, "percent")),
    ],
)
def test_a_hyphen_range_is_one_figure_from_its_low_end_to_its_high_end(text: str, expected: Row) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Call the tip line on 555-0134 for details.",  # a phone number
        "Dial 1-800-555-0199 to complain.",  # three parts
        "The ruling came on 18-02-2021 in Paris.",  # a date
        "The 2019-20 season ended early.",  # a span of years
        "The 9-11 attacks changed the airport.",  # a name
        "It runs a 24-7 service for callers.",  # falling: no range
        "The airline flies the Boeing 737-800 to Lisbon.",  # a model
        "The F-35 jets landed at dawn.",
        "They played a 4-4-2 formation.",
        "Read pages 10-12 of the report.",  # pages are a place in a text, not a count
    ],
)
def test_hyphenated_numbers_that_are_no_range_give_no_figure(text: str) -> None:
    assert figures(text) == []


def test_a_record_of_wins_and_losses_is_a_tally_not_a_range() -> None:
    # a range 3..14 "start" would be a confident wrong figure; each side is a count of its own
    assert [(f[0], f[1], f[2]) for f in figures("The club fired its coach after a 3-14 start.")] == [
        ("3", 3, None),
        ("14", 14, None),
    ]


# ------------------------------------------------------------------ durations as rates


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Nurses work 60 hours a week, the union said.", "week"),
        ("Trainees work 60 hours per week.", "week"),
        ("Guards stand 12 hours a day.", "day"),
        ("She waited 30 minutes a day or more.", "day"),
        # not a rate: a point in time, or a span no longer than the duration
        ("He was jailed for 10 years a decade ago.", None),
        ("They talked for two hours a day earlier.", None),
    ],
)
def test_a_duration_per_a_longer_span_is_a_rate(text: str, per: str | None) -> None:
    (figure,) = figures(text)
    assert figure[4] == per and figure[5] == "duration"


# ------------------------------------------------------------------ bill numbers


def test_a_bill_number_ends_no_sentence_and_counts_nothing() -> None:
    from service.backends.rules.sentences import split_sentences

    text = "The bill, H.R. 1, passed the House on Tuesday. It goes to the Senate."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The bill, H.R. 1, passed the House on Tuesday.",
        "It goes to the Senate.",
    ]
    assert figures(text) == []
    assert figures("Lawmakers passed H.R. 2 last week.") == []
    # hard negative: a count after a bill's number is still a count
    assert [f[0] for f in figures("The Senate passed S.B. 202 and 40 states followed.")] == ["40"]


# ------------------------------------------------------------------ poll shares after a name


@pytest.mark.parametrize(
    "text",
    [
        "Smith leads Jones, 48% to 43%, in the latest poll.",  # "Jones 48" was a label: the 48% was lost
        "Smith leads Jones, 48%-43%, in the latest poll.",  # the 43% after "%-" was never read
    ],
)
def test_a_share_after_a_name_is_a_share_not_a_label(text: str) -> None:
    assert [(f[1], f[3]) for f in figures(text)] == [(48, "percent"), (43, "percent")]


def test_a_number_right_after_a_name_is_still_a_label() -> None:
    assert figures("The Galaxy 15 sold well in the spring.") == []
    # a share right after a name may be a ticker's quote ("AERO 3.2%"): left out, as before (a share
    # after "and" and an earlier share is a gapped clause: tests/test_rules_figures_s12.py)
    assert figures("AERO 3.2% BETA 1.1% GAMMA 0.4%") == []
