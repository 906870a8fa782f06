"""A rate's own time between it and the figure it is compared with (session 16): "$21 per axle on
Monday, up from $16" left the $16 with no `per`, though "$21 per axle, up from $16" gave it one.
Sentences are our own, with hard negatives.
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules

PUBLISHED = "2026-03-13"


def pers(text: str) -> list[str | None]:
    return [f.per for f in rules(text, PUBLISHED).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Truckers paid $21 per axle on Monday, up from $16.", ["axle", "axle"]),
        ("Rent was $1,200 a month last year, up from $950.", ["month", "month"]),
        ("Tenants paid $1,150 a month in March, compared with $990 a year earlier.", ["month", "month"]),
        ("Milk fetched 31 cents a litre in 2025, down from 36 cents.", ["l", "l"]),
    ],
)
def test_the_rate_s_time_does_not_stop_the_comparison(text: str, expected: list[str | None]) -> None:
    assert pers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Session 34: a place before "up from" no longer stops the old level's denominator (dev23's gold "3.40 rell a
        # kilogram in Sarnavo markets last week, up from 1.55 rell" and dev30's "about $610 a tonne for flour, up from
        # $440" are per kilogram and per tonne; dev30's guide: the before figure inherits the after figure's
        # denominator): a rent elsewhere is still a rent a month
        ("Rent was $1,200 a month in the city, up from $950 elsewhere.", ["month", "month"]),
        # a new clause after the time: no comparison of the rate
        ("The fee was $5 a day on Monday, and $400 went to the fund.", ["day", None]),
        # another unit after the time
        ("Tolls were $21 per axle on Monday, up from 16 lanes.", ["axle", None]),
    ],
)
def test_no_rate_is_carried_past_anything_but_the_rate_s_time(text: str, expected: list[str | None]) -> None:
    assert pers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bank lost 0.12 per euro it lent.",
        "The fund gained 0.9 per euro invested.",
    ],
)
def test_an_amount_gained_or_lost_per_euro_quotes_no_currency(text: str) -> None:
    """A currency's exchange rate is a level it moved to or stood at ("to 11.42 per euro"); before, the
    subject of any verb of a currency's move became the unit ("bank", "fund")."""
    assert [f.unit for f in rules(text, PUBLISHED).figures] == [None]
