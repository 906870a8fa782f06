"""Figures (session 31): kinds dev27's first sight and the sets before it showed, as families of our own sentences: a
rate per a measure of something ("$2.40 a kilogram of wool"), square and cubic denominators ("per cubic metre"), an old
range after a new one ("to $5.10 to $5.50 a kilogram, from $6.00 to $6.40"), a speaker's hedge ("maybe $2,000"), "over"
giving a cause ("quits over $40,000 travel bill"), a story's own money named by the sum it is ("a 450 million velar
grant"), an adjective before a noun that counts in the singular ("600,000 young fish"), every currency's code and the
South Asian and East African abbreviations before an amount ("PKR 5,000", "Rs. 45 lakh", "KSh 2 billion"), other
currencies' hundredths ("25 paise") and any currency as a hyphenated modifier ("a 10-euro note"). Hard negatives stand
beside each rule.
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-07"

_ON = EventTyping(PUBLISHED)
by_value = _ON.figures_valued
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ a rate per a measure of something


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("Growers were paid $2.40 a kilogram of wool this season.", 2.4, "kg"),
        ("The mill offered €310 a tonne of barley, its best price in years.", 310, "t"),
        ("Retailers charged £1.85 a litre of diesel on the motorway.", 1.85, "l"),
        ("Refiners paid $84 a barrel of crude in March.", 84, "barrel"),
        ("Gold traded at $2,310 an ounce of metal on Friday.", 2310, "oz"),
        ("Fine dust averaged 85 micrograms per cubic metre in Dunvale.", 85, "m³"),
        ("Water was billed at $3.10 per cubic foot in Harrowgate.", 3.1, "ft³"),
        ("Land sold for €40 per square meter near Lisk.", 40, "m²"),
        ("Population density reached 1,200 people per square kilometre.", 1200, "km²"),
    ],
)
def test_a_rate_per_a_measure(text: str, value: float, per: str) -> None:
    assert one_by_value(text, value).per == per


def test_a_span_of_something_is_no_rate() -> None:
    assert one_by_value("The union staged 3 protests a day of rallies and marches.", 3).per is None


# ------------------------------------------------------------------ an old range after a new one


@pytest.mark.parametrize(
    ("text", "value", "value_max", "per"),
    [
        ("The co-op cut its price to $5.10 to $5.50 a kilogram, from $6.00 to $6.40.", 6.0, 6.4, "kg"),
        ("The bank trimmed its growth outlook to 1.5% to 2%, from 2.5% to 3%.", 2.5, 3.0, None),
    ],
)
def test_an_old_range_after_a_new_one(text: str, value: float, value_max: float, per: str | None) -> None:
    fig = one_by_value(text, value)
    assert (fig.value_max, fig.qualifier, fig.per) == (value_max, "range", per)


def test_a_change_from_one_level_to_another_is_no_range() -> None:
    assert one_by_value("Prices rose from $4 to $6 in a year.", 4).value_max is None


# ------------------------------------------------------------------ hedges


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ('"We lose maybe $2,000 a week," the baker said.', 2000, "approximate"),
        ("It will cost perhaps £40,000 to mend the roof.", 40000, "approximate"),
        ("Possibly 300 homes were flooded in Rennick.", 300, "approximate"),
        ("The repair bill is in the region of €3m.", 3e6, "approximate"),
        ("Barely 200 people turned up to vote.", 200, "at_most"),
        ("Turnout was scarcely 30% in the ward.", 30, "at_most"),
        ("The depot had 2,150 parcels, barely half of the 4,000 it expected.", 50, "at_most"),
    ],
)
def test_a_hedge_before_the_amount(text: str, value: float, qualifier: str) -> None:
    assert one_by_value(text, value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Mayor quits over $40,000 travel bill", 40000, "exact"),
        ("Dockers strike over 300 job cuts at Penmarr.", 300, "exact"),
        ("Fury over 40% rise in water bills", 40, "exact"),
        # "over" is "more than"
        ("He was fined over £5,000 for the breach.", 5000, "at_least"),
        ("The firm spent over $3m on the inquiry.", 3e6, "at_least"),
        ("She won over 60% of the vote.", 60, "at_least"),
    ],
)
def test_over_giving_a_cause(text: str, value: float, qualifier: str) -> None:
    assert one_by_value(text, value).qualifier == qualifier


# ------------------------------------------------------------------ a story's own money named by the sum it is


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The ministry will review a 450 million velar grant to the plant. The firm lost 96 million velars last "
            "year.",
            96e6,
        ),
        ("The ministry will review a 450 million velar grant to the plant.", 450e6),
        ("The council set a budget of 40 million marek for roads.", 40e6),
        ("The firm cut its investment there to 2.1 billion tolars from 3.4 billion.", 3.4e9),
    ],
)
def test_a_money_named_by_the_sum_it_is(text: str, value: float) -> None:
    assert one_by_value(text, value).kind == "money"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The state signed a 10 million dose contract. The doses arrive in May.", 1e7),
        ("It agreed a 3 million unit deal for homes.", 3e6),
    ],
)
def test_a_count_before_a_sum_noun(text: str, value: float) -> None:
    assert one_by_value(text, value).kind == "count"


# ------------------------------------------------------------------ an adjective before a noun counted in the singular


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The farm lost about 600,000 young fish in a week.", 6e5, "fish"),
        ("Walkers found 40 dead sheep near the quarry.", 40, "sheep"),
        ("Officials shut 12 young fish farms.", 12, "farms"),
    ],
)
def test_an_adjective_before_a_singular_counted_noun(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


# ------------------------------------------------------------------ currencies before the amount, hundredths, hyphens


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Fees rose to PKR 5,000 a term.", 5000, "PKR"),
        ("Losses reached NGN 5 billion in the year.", 5e9, "NGN"),
        ("The fund holds SEK 300 million in bonds.", 3e8, "SEK"),
        ("Rents are Rp 5 million a month in the capital.", 5e6, "IDR"),
        ("The state will spend Rupees 500 crore on roads.", 5e9, "INR"),
        ("The tender was worth KSh 2 billion.", 2e9, "KES"),
        ("The district sanctioned Rs. 45 lakh for the school.", 4.5e6, "INR"),
        ("Rs. 45 lakh was sanctioned for the school.", 4.5e6, "INR"),
        ("Power costs 25 paise a unit more.", 0.25, "INR"),
        ("A sachet of water sells for 50 kobo.", 0.5, "NGN"),
        ("Bread rose by 40 kopecks a loaf.", 0.4, "RUB"),
        ("She found a 10-euro note in the coat.", 10, "EUR"),
        ("The firm withdrew its one-yen bid.", 1, "JPY"),
        ("Police in Oslo issued a 500-crown fine.", 500, "NOK"),
    ],
)
def test_a_currency_written_before_or_as_a_hundredth_or_modifier(text: str, value: float, unit: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "money")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Delegates met at COP 28 in the city.", 28),
        ("Upgrade the server to PHP 8 this week.", 8),
    ],
)
def test_capitals_that_are_no_currency(text: str, value: float) -> None:
    assert all(f.kind != "money" for f in by_value(text, value))


def test_a_hyphenated_pound_still_weighs() -> None:
    assert one_by_value("She bought a two-pound bag of sugar.", 2).unit == "lb"


# ------------------------------------------------------------------ a rate per a thing, then its own time


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("Entries cost A$3,200 a boat this year.", 3200, "boat"),
        ("Fees are €12 a child this term.", 12, "child"),
        ("Entries cost $50 a team last season, and the winner takes $500.", 50, "team"),
    ],
)
def test_a_rate_per_a_thing_before_its_time(text: str, value: float, per: str) -> None:
    assert one_by_value(text, value).per == per


def test_a_sum_called_a_record_is_no_rate() -> None:
    assert one_by_value("The club paid $2 million a record last year.", 2e6).per is None
