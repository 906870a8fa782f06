"""Figures on unseen news (session 29): what the first sights of dev19 to dev25 still lost, as families of our own
sentences: a multiplier "twice as many as ..." in apposition to a count, "N of those arrested", "a four-day week", a
share's price "at £50 each", a province's office that sets the dollar, a story's own money named by its move against
the dollar, and the lead's bequest ("She left £5,000 a nephew": no rate). Glued metric units are guarded as a family.
Hard negatives stand beside each rule.
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-07"

_ON = EventTyping(PUBLISHED)
figures = _ON.figures
by_value = _ON.figures_valued
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ "twice as many as ..." in apposition


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The lifeboat volunteers logged 1,400 hours at sea last year, twice as many as in 2023.", "hours"),
        ("The museum received 318 donations this year, twice as many as a year earlier.", "donations"),
        ("The shop sold 90 bikes in May, three times as many as in April.", "bikes"),
        ("The charity raised £48,000, twice as much as last year.", "GBP"),
        # guards: two units before it say nothing; no amount before, nothing
        ("The shelter took in 40 dogs and 12 cats, twice as many as last year.", None),
        ("There are now twice as many as last year.", None),
        # a noun of its own after "as many" is read as before
        ("The club has 300 members, twice as many volunteers as sponsors.", "volunteers"),
    ],
)
def test_as_many_as_takes_the_amount_in_apposition(text: str, unit: str | None) -> None:
    (mult,) = [f for f in figures(text) if f.kind == "multiplier"]
    assert mult.unit == unit


# ------------------------------------------------------------------ "N of those arrested"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Police detained nine people on Friday. Two of those arrested were later charged.", 2, "people"),
        ("Three of those killed in the crash were children.", 3, "people"),
        ("Four of those who died were volunteer firefighters.", 4, "people"),
        ("Eleven of those evacuated returned home on Sunday.", 11, "people"),
        # guards: things, or nothing named
        ("The yard built 30 ferries, and two of those sold went to Norway.", 2, None),
        ("Two of those were later repaired.", 2, None),
    ],
)
def test_of_those_done_to_people(text: str, value: float, unit: str | None) -> None:
    assert one_by_value(text, value).unit == unit


# ------------------------------------------------------------------ a working week


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("The district will move to a four-day week in August.", 4, "days", "week"),
        ("Its 600 pupils will have a four-day school week from January.", 4, "days", "week"),
        ("Staff at the depot work a 37-hour week.", 37, "hours", "week"),
        ("Junior doctors said they worked a 13-hour day.", 13, "hours", "day"),
        # guards: not a week or a day of work
        ("Shoppers enjoyed a four-day weekend.", 4, "days", None),
        ("The union called a two-day week of strikes.", 2, "days", None),
        ("He was given a 10-day suspension.", 10, "days", None),
        ("Drivers work a 12-hour shift.", 12, "hours", None),
        # a week in days is no week per week
        ("The festival is a seven-day week of music.", 7, "days", None),
        # review 2: a day told once, not a working day
        ("Negotiators emerged at midnight after a 13-hour day.", 13, "hours", None),
        ("The talks ended after a 13-hour day.", 13, "hours", None),
        ("Nurses on the ward work a 12-hour working day.", 12, "hours", "day"),
    ],
)
def test_working_week_is_a_rate(text: str, value: float, unit: str, per: str | None) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.per) == (unit, per)


# ------------------------------------------------------------------ a share's price "each"


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        (
            "The society said 480 villagers had bought shares, at a minimum of £25 each, since May.",
            25,
            "share",
        ),
        ("The brewer placed 3 million new shares at 62p each.", 0.62, "share"),
        ("Shares in the ferry company cost £10 each.", 10, "share"),
        # guards: "shares" the verb, a sum paid to holders (review 1), and other plurals "each" (the gold is split)
        ("The three founders, who sold their shares last year, received £4m each.", 4e6, None),
        ("Both directors bought shares and were paid bonuses of £50,000 each.", 50000, None),
        ("She shares a flat with two friends, who pay £400 each.", 400, None),
        ("The two cottages sold for £210,000 each.", 210000, None),
        ("Most of the stolen bicycles were resold for about $300 each.", 300, None),
        # review 2: what each buyer paid "for" shares
        ("They bought shares in the firm for £2m each.", 2e6, None),
        ("The two brothers sold shares for £1m each.", 1e6, None),
    ],
)
def test_share_price_each(text: str, value: float, per: str | None) -> None:
    assert one_by_value(text, value).per == per


def test_share_price_each_range() -> None:
    text = "The society raised £300,000 from shares costing between £50 and £10,000 each, and a loan."
    (rng,) = [f for f in figures(text) if f.qualifier == "range"]
    assert (rng.value, rng.value_max, rng.per) == (50, 10000, "share")


# ------------------------------------------------------------------ a province's office is no setting (review 1)


def test_region_office_sets_no_dollar() -> None:
    # a province's office was tried as a second mention of its country and left out: it answers news from elsewhere
    text = (
        "Harlan Motors will build a $5 billion plant near Detroit, the company said. Ontario's premier criticised "
        "the decision."
    )
    (money,) = [f for f in figures(text) if f.kind == "money"]
    assert money.unit == "USD"


# ------------------------------------------------------------------ a story's own money named by its move


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        (
            "The dravo has lost about 12% of its value against the euro since March. The finance ministry "
            "proposed cuts worth 900 million dravo.",
            9e8,
            "dravo",
            "money",
        ),
        (
            "The selvan fell 3% against the dollar on Monday. Bread now costs 40 selvans a loaf.",
            40,
            "selvans",
            "money",
        ),
        # guards: a company losing value, a known money and its weight
        ("The firm lost 18% of its value in June. It shut 14 firms.", 14, "firms", "count"),
        ("The pound fell against the dollar. The shop sold 300 pounds of apples.", 300, "lb", "other"),
    ],
)
def test_money_named_by_its_move(text: str, value: float, unit: str, kind: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, kind)


# ------------------------------------------------------------------ a bequest names an heir, not a rate


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("She left £5,000 a nephew in her will.", 5000, None),
        ("The will left about £3,000 a grandson.", 3000, None),
        ("He bequeathed $2 million to a hospital and $500,000 a niece.", 500000, None),
        # guards: a sum shared out, a price, a wage, a span of time
        ("The cuts leave £4,000 a pupil.", 4000, "pupil"),
        ("Tickets cost £12 an adult.", 12, "adult"),
        ("The villagers left £20 a head in the box.", 20, "person"),
        ("She left $1 million a year to the hospice.", 1e6, "year"),
        ("The estate paid £400 a gardener.", 400, "gardener"),
    ],
)
def test_bequest_is_no_rate(text: str, value: float, per: str | None) -> None:
    assert one_by_value(text, value).per == per


# ------------------------------------------------------------------ glued metric units (named guards)


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("The bakery uses 7g of yeast per loaf.", 7, "g", "loaf"),
        ("The mug holds 350ml.", 350, "ml", None),
        ("The sack weighs 5kg when full.", 5, "kg", None),
        ("The path is 12km long.", 12, "km", None),
        ("A 3mm crack was found in the hull.", 3, "mm", None),
        ("The heat pump draws 40kW at full load.", 40, "kW", None),
        ("The dose was cut to 2mg.", 2, "mg", None),
        ("Gusts reached 90km/h.", 90, "km", "hour"),
    ],
)
def test_glued_metric_units(text: str, value: float, unit: str, per: str | None) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind, fig.per) == (unit, "other", per)


@pytest.mark.parametrize(
    "text",
    [
        "The town will get a 5G network next spring.",
        "Leaders met at the G7 summit.",
        "The shop sold 4K screens at a discount.",
        "The museum showed the film in 3D.",
        "Customers on 4G and 5G plans pay less.",
    ],
)
def test_glued_symbol_negatives(text: str) -> None:
    assert figures(text) == []


# ------------------------------------------------------------------ review 2: a move against "the euro zone" names no money


@pytest.mark.parametrize(
    "text",
    [
        "The team gained ground against the euro zone's leaders. Only 20 teams qualify for the finals.",
        "The firm lost ground against the dollar-based rivals. It sold 40 ferries last year.",
    ],
)
def test_a_move_against_the_euro_zone_names_no_currency(text: str) -> None:
    assert all(f.kind != "money" for f in figures(text))
