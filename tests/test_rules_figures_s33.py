"""Figures (session 33): kinds dev29's first sight and the sets before it showed, as families of our own sentences: a
bare "pounds" read by its story (a weight in a story that weighs in pounds or is set in the United States or Canada and
names no sterling; sterling otherwise, and a body's loss of millions is money); a level named against the amount before
it, its unit written once ("from the usual six", "half of the 50 million"); a multiplier compared with a level expected
or allowed ("more than double the forecast"), and a multiplier of a cost with no amount written ("costs us five times
what the trucks cost"). Hard negatives stand beside each rule.
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-07"

_ON = EventTyping(PUBLISHED)
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ "pounds": a weight or sterling, by the story


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Harvest at the Pinecrest co-op reached 60 million pounds of blueberries. "
            "It sold 45 million pounds to processors.",
            45e6,
        ),
        (
            "Ferndale Dairy shipped 2.5 million pounds of cheese. That was up from 2.1 million pounds in 2024.",
            2.1e6,
        ),
        (
            "Manitoba growers dug 900 million pounds of potatoes. About 120 million pounds remain in storage.",
            120e6,
        ),
        ("The Texas shrimp fleet landed 12 million pounds this season, officials in Austin said.", 12e6),
        ("A Saskatchewan elevator took in 300,000 pounds on Monday, the grain commission said.", 300000),
        (
            "The Nova Scotia lobster fleet landed 50 million pounds last season, up from 44 million pounds.",
            44e6,
        ),
        ("The Quebec co-op will add storage for 12 million pounds next year.", 12e6),
        ("Officers in Tulsa found 40 pounds of cannabis. A second search turned up another 3 pounds.", 3),
    ],
)
def test_a_bare_pounds_weighs_in_a_story_that_weighs_or_is_set_in_north_america(
    text: str, value: float
) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == ("lb", "other")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a club's loss of millions is money, whatever the verb ("lost 20 pounds" of a body weighs)
        ("Brackwell United lost 20 million pounds last year, the club's accounts show.", 20e6),
        # sterling named in the story, or the kingdom and its places
        ("A Vermont dairy shipped 5 million pounds of milk and paid £2 million for a creamery.", 2e6),
        ("A Boston fund bought the London office block for 80 million pounds.", 80e6),
        ("A Vermont man won 1 million pounds in a British lottery draw.", 1e6),
        ("The Cardiff council set aside 2 million pounds after talks with Ontario engineers.", 2e6),
        ("The Quebec firm will buy the Kent bakery for 12 million pounds ($16 million).", 12e6),
        # a sum paid "for" something after a verb of selling, buying or a transfer
        ("A Dorset farmer sold his Texas ranch for 2 million pounds.", 2e6),
        ("The Ohio-born striker joined Brackwell for 8 million pounds in August.", 8e6),
        # no setting: the pound sterling, English news' default
        ("Derby council will spend 3 million pounds on its roads.", 3e6),
    ],
)
def test_a_bare_pounds_stays_sterling_where_the_story_names_it_or_pays(text: str, value: float) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == ("GBP", "money")


def test_a_body_still_loses_pounds_of_weight() -> None:
    assert one_by_value("Dorrit Vane lost 20 pounds before the race.", 20).unit == "lb"


# ------------------------------------------------------------------ a level named against the amount before


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Heavy rain cut the harvest season to about four weeks from the usual seven.", 7, "weeks"),
        ("The strike shortened the school term to 10 weeks from the normal 12.", 12, "weeks"),
        ("The ferry crossing now takes 90 minutes, up from the usual 60.", 60, "minutes"),
        ("The race was cut to 30 kilometres from the planned 42.", 42, "km"),
        (
            "The depot holds about 2 million tonnes, less than half of the 5 million it is meant to keep.",
            5e6,
            "t",
        ),
        ("The reservoir held 40 billion litres, about a third of the 120 billion it can store.", 120e9, "l"),
        ("The bridge closure added 25 minutes to the trip, more than double the expected 10.", 10, "minutes"),
        ("Harbour dues rose 8%, above the budgeted 5.", 5, "percent"),
    ],
)
def test_a_level_named_against_the_amount_before_takes_its_unit(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The firm hired 40 staff, about half of the 80 applicants.", 80, "applicants"),
        ("The plant built 5,000 cars, up from the usual 4,000 vans.", 4000, "vans"),
        ("The season shrank to three weeks from the usual 1,200 hives.", 1200, "hives"),
    ],
)
def test_a_level_with_a_noun_of_its_own_keeps_it(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


# ------------------------------------------------------------------ multipliers of a level and of a cost


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Wind at the field gusted to 31 mph, more than double the forecast.", 2, "mi"),
        ("Sales at Dunmore Tiles reached $4 million, twice the projection.", 2, "USD"),
        ("Attendance at the fair hit 12,000 people, double the target.", 2, "people"),
        ("Tuition fees climbed to £900 a year, triple the cap.", 3, "GBP"),
        ("The lorry carried 40 tonnes, twice the legal maximum.", 2, "t"),
        ("The clinic saw 300 patients a week, twice the prediction.", 2, "patients"),
        (
            'Ontario town pays $2 million for fuel flights. "Flying fuel in costs us five times what the trucks '
            'cost," the Ontario mayor said.',
            5,
            "CAD",
        ),
        (
            "Tickets now cost three times what they did in 2019, the Lyon promoter said of its €80 seats.",
            3,
            "EUR",
        ),
    ],
)
def test_a_multiplier_of_an_expected_level_or_a_cost_takes_the_amounts_unit(
    text: str, value: float, unit: str
) -> None:
    fig = one_by_value(text, value)
    assert fig.kind == "multiplier"
    assert fig.unit == unit


def test_a_multiplier_of_a_cost_in_a_story_without_money_has_no_currency() -> None:
    assert not _ON.figures_valued('"We spend twice what we did on flights," the Calder Vale mayor said.', 2)


# ------------------------------------------------------------------ a unit of time that costs or cuts


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        (
            "Every week of delay cuts the yield of the orchards by 2 to 3 percent, the growers' union said.",
            2,
            "week",
        ),
        ('"Every day we lose costs us about 40,000 euros," the Kessler ferry operator said.', 40000, "day"),
        (
            "Every month of closure costs the harbour about $1.2 million in fees, the port said.",
            1.2e6,
            "month",
        ),
        ("Every hour of the outage cost the mill £15,000, its owner said.", 15000, "hour"),
        ("Each year of drought lowers the lake by 30 centimetres, hydrologists said.", 30, "year"),
        ('"Every week it stays shut adds 200 lorries to the queue," the haulier said.', 200, "week"),
    ],
)
def test_what_a_unit_of_time_costs_is_per_that_unit(text: str, value: float, per: str) -> None:
    assert one_by_value(text, value).per == per


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Each winter, trucks haul about 9 million litres of diesel north, the department said.", 9e6),
        ('"Every week we wait, another school fills up with them," the doctor said of the 40 schools.', 40),
        ("Every year since 2010, the town has lost 2% of its shops to the ring road.", 2),
    ],
)
def test_a_unit_of_time_that_sets_the_scene_makes_no_rate(text: str, value: float) -> None:
    assert one_by_value(text, value).per is None


# ------------------------------------------------------------------ the lead's note 1 (our own variants)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Her course record, 2 hours 9 minutes 41 seconds, still stands.", 7781, "seconds"),
        ("She won the stage in 1 hour, 5 minutes and 12 seconds.", 3912, "seconds"),
        ("He ran it in 2hrs 5mins 30secs.", 7530, "seconds"),
        ("The siege lasted 2 days 4 hours 30 minutes.", 3150, "minutes"),
    ],
)
def test_a_chain_of_three_units_of_time_is_one_duration(text: str, value: float, unit: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "duration")


def test_a_chain_of_two_units_of_time_stays_as_it_was() -> None:
    assert one_by_value("The flight took 3 hours 20 minutes.", 200).unit == "minutes"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The Bonn collector bought the map for 1.2 million marks in 1973. Germany later barred its export.",
            1.2e6,
            "DEM",
        ),
        ("The Porto shipyard was sold for 30 million escudos in 1995.", 30e6, "PTE"),
        ("The Thessaloniki ferry line cost 2 billion drachmas.", 2e9, "GRD"),
        ("The Cork brewery paid 3 million punts in 1998.", 3e6, "IEP"),
        # no place: the shared noun is not guessed
        ("The collector bought the map for 1.2 million marks in 1973.", 1.2e6, "marks"),
    ],
)
def test_the_old_currencies_are_read_by_the_story_s_place(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


def test_a_kickers_punts_are_counted() -> None:
    fig = one_by_value("The kicker made three punts in the second half.", 3)
    assert (fig.unit, fig.kind) == ("punts", "count")


def test_a_span_of_time_takes_no_size_of_a_thing_as_its_measure() -> None:
    fig = one_by_value("Hailstones the size of plums fell for about 20 minutes.", 20)
    assert "size of" not in fig.measure


def test_the_heaviest_weighs_at_any_size_in_a_british_story() -> None:
    assert (
        one_by_value("The church in Kent has eight bells; the heaviest is 2,900 pounds.", 2900).unit == "lb"
    )


def test_an_old_weight_named_like_a_currency_is_no_money() -> None:
    assert not [
        f for f in _ON.figures("A coin weighing one drachma was called a stater.") if f.kind == "money"
    ]
