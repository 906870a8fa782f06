"""Rates the rules cut to their first part or never read (session 15): `per` (schema 1.1) where the text
says a rate, and none where it does not. Sentences are our own, with hard negatives.

Before, a rate followed by more words ("a month before discounts", "a year on bridges"), a denominator
outside the table ("per axle", "a game", "per hectare"), an adjective of time ("an annual pace of 6.1%"),
"for each", "each ... carries", a flow's "each day" and the figure a rate is compared with ("up from
$15") all came out with no `per`.
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules

PUBLISHED = "2026-03-13"

Row = tuple[float, str | None, str | None, str]


def figures(text: str) -> list[Row]:
    return [(f.value, f.unit, f.per, f.kind) for f in rules(text, PUBLISHED).figures]


def pers(text: str) -> list[str | None]:
    return [f.per for f in rules(text, PUBLISHED).figures]


# ------------------------------------------------------------------ a rate followed by more words


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("The loft rents at $2,400 a month before utilities and fees.", "month"),
        ("Tenants pay $900 a month before tax.", "month"),
        ("The plan limits fare rises to 4% a year on buses and trams.", "year"),
    ],
)
def test_a_rate_followed_by_more_words_keeps_its_denominator(text: str, per: str) -> None:
    assert pers(text) == [per]


@pytest.mark.parametrize(
    "text",
    [
        "She had paid $2,400 a month before the sale.",  # a point in time: one month before the sale
        "He sold the boat for $9,000 a year after the storm.",
        "The shop took $3,000 a week earlier.",
        "A year on, 30 families were still in hotels.",
        "Rates fell 4% a year on, as the crisis eased.",
    ],
)
def test_a_span_that_places_a_point_in_time_is_no_rate(text: str) -> None:
    """Guard (passes before session 15 too): the new rate rules must not fire here."""
    assert pers(text) == [None] * len(pers(text)) and pers(text)


# ------------------------------------------------------------------ denominators after "per" and "a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forward averaged 19.5 points a game this winter.", (19.5, "points", "game", "count")),
        ("Lorries pay $23 per axle on the new road.", (23, "USD", "axle", "money")),
        ("The plots gave 2.8 tonnes per hectare in the dry spring.", (2.8, "t", "ha", "other")),
        ("The test found 1.4 nanograms per millilitre in the sample.", (1.4, "ng", "ml", "other")),
        ("Clinics saw 0.7 visits per patient in the first month.", (0.7, "visits", "patient", "count")),
        ("The currency eased to 6.35 per euro on Friday.", (6.35, None, "EUR", "count")),
    ],
)
def test_a_denominator_after_per_or_a_listed_one_after_a(text: str, expected: Row) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3 per cent in May.",
        "Turnout was 61 per cent, per the county clerk.",
        "The fee was $40 per the contract signed in May.",
        "Sales reached $12 million a game-changing result.",
    ],
)
def test_per_cent_and_per_a_determiner_name_no_rate(text: str) -> None:
    """Guard (passes before session 15 too): the new rate rules must not fire here."""
    assert None in pers(text) and all(p is None for p in pers(text))


# ------------------------------------------------------------------ an adjective of time before the amount


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Prices were rising at an annual pace of 4.2% in the autumn.", "year"),
        ("Commuters can buy a weekly pass for $28.", "week"),
        ("The chain reported annual revenue of about $310 million.", "year"),
        ("Her monthly payments will drop by 55 euros.", "month"),
        ("Analysts expect peak annual sales of $200 million to $300 million.", "year"),
    ],
)
def test_an_adjective_of_time_before_a_price_or_a_pace_is_a_rate(text: str, per: str) -> None:
    assert pers(text) == [per]


@pytest.mark.parametrize(
    "text",
    [
        "The annual meeting of 300 members was held in May.",  # a meeting, not a price
        "A monthly magazine printed 40 pages on the strike.",
        "Annual sales rose by 5%.",  # a change of an annual figure, not 5% a year
        "Quarterly profit rose 5% to $2 billion.",  # the verb joins no rate to the amounts
        "The daily newspaper was sold for $3 million.",
    ],
)
def test_an_adjective_of_time_that_joins_no_price_is_no_rate(text: str) -> None:
    """Guard (passes before session 15 too): the new rate rules must not fire here."""
    assert pers(text) and all(p is None for p in pers(text))


# ------------------------------------------------------------------ "for each", "each ... carries", "each day"


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Savers may claim up to £600 for each account.", "account"),
        ("The buyer will pay 14.10 euros for each Darrow share.", "share"),
        ("Each theft count carries a maximum of 12 years in prison.", "count"),
        ("Every delegate gets 3 votes.", "delegate"),
        ("About 41,000 cars cross the viaduct each day.", "day"),
        ("Roughly 900 riders use the ferry every week.", "week"),
    ],
)
def test_each_and_every_name_the_denominator(text: str, per: str) -> None:
    assert pers(text) == [per]


@pytest.mark.parametrize(
    "text",
    [
        "Each of the 12 members voted.",
        "The 12 members meet each week.",  # meeting is no flow: 12 members, not 12 a week
        "A day after the vote, 12 people resigned.",
        "A year later, 30 people had left.",
        "Each one of the 40 boats carries a flag.",
        "It has been a week since 40 people were hurt.",
    ],
)
def test_each_and_a_day_that_name_no_denominator(text: str) -> None:
    """Guard (passes before session 15 too): the new rate rules must not fire here."""
    assert pers(text) and all(p is None for p in pers(text))


# ------------------------------------------------------------------ how often, and a rate compared


def test_a_number_of_times_a_day_is_how_often() -> None:
    text = "The shuttle runs up to six times a day."
    assert figures(text) == [(6, None, "day", "count")]


def test_how_often_inside_a_quotation_stays_a_bare_count() -> None:
    """Guard (passes before session 15 too): inside a quotation how often is the speaker's picture, as a
    quoted duration is, and the number stays what it was."""
    text = '"A pupil who skipped lunch three times a day would notice," she said.'
    assert figures(text) == [(3, None, None, "count")]


def test_for_each_before_a_compound_noun_guesses_no_denominator() -> None:
    """Guard (passes before session 15 too): "for each" names the denominator only where its noun ends
    the phrase."""
    assert pers("Prices fell about $2.50 for each face amount.") == [None]


def test_times_in_a_comparison_is_still_a_multiplier() -> None:
    """Guard (passes before session 15 too): the new rate rules must not fire here."""
    assert pers("Exports were three times higher a year later.") == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drivers pay $21 per axle, up from $16.", ["axle", "axle"]),
        ("The board set a dividend of 31 cents a share, up from 28 cents.", ["share", "share"]),
        ("Pupils had 0.6 absences per pupil, compared with 0.9 in the control group.", ["pupil", "pupil"]),
        ("The council's annual spending on parks fell from £80,000 to £52,000.", ["year", "year"]),
        ("Rent rose to $1,300 a month from $1,100.", ["month", "month"]),
    ],
)
def test_a_figure_compared_with_a_rate_is_a_rate_of_the_same_denominator(
    text: str, expected: list[str | None]
) -> None:
    assert pers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another unit: the second figure is not the rate compared
        ("Tolls are $21 per axle, up from 16 lanes.", ["axle", None]),
        # no comparison between them
        ("Drivers pay $21 per axle and $5 for parking.", ["axle", None]),
    ],
)
def test_a_figure_not_compared_with_the_rate_keeps_no_denominator(
    text: str, expected: list[str | None]
) -> None:
    assert pers(text) == expected


def test_an_amount_in_parentheses_converts_the_rate_and_the_comparison_may_follow_it() -> None:
    text = "Barley rose to 3,900 marks a tonne (about $240), up from 2,700 marks in March."
    assert pers(text) == ["t", "t", "t"]


def test_an_amount_in_parentheses_after_no_rate_takes_none() -> None:
    """Guard (passes before session 15 too): a conversion carries a rate only where there is one."""
    assert pers("He paid $40 (about 30 euros) for a ticket.") == [None, None]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("The two lines carry about 80,000 trips on a typical weekday.", "day"),
        ("A month's membership is £35, the club said.", "month"),
        ("The swab held about 0.6 nanograms per millilitre of the drug.", "ml"),
    ],
)
def test_a_typical_span_a_span_possessive_and_per_before_of(text: str, per: str) -> None:
    assert pers(text) == [per]


@pytest.mark.parametrize(
    "text",
    [
        "The year's biggest deal was worth $5 billion.",  # the year's, not a year's: no rate
        "The 40 guests arrived on a busy Monday.",
    ],
)
def test_a_definite_span_and_a_weekday_name_no_rate(text: str) -> None:
    """Guard (passes before session 15 too)."""
    assert pers(text) and all(p is None for p in pers(text))


def test_a_duration_a_week_since_is_still_a_rate() -> None:
    assert pers("The squad trained 30 hours a week since the spring.") == ["week"]
