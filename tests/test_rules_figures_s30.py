"""Figures on unseen news (session 30): what dev26's first sight and the losses of dev21 to dev25 still lost, as
families of our own sentences: an age in brackets after a name ("Kealan Mallender (44)"), a multiplier of a price or of
money a body takes in ("prices more than doubled", "four times the pier's annual takings of £1.7m"), a money of the
story's own named by a price ("would cost it about 85 million dravics"), and a time counted from an event ("on Friday,
three days after it sank"), which is no span. Hard negatives stand beside each rule.
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-07"

_ON = EventTyping(PUBLISHED)
figures = _ON.figures
by_value = _ON.figures_valued
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ an age in brackets after a name


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Darragh Quilty (52) was fined €800 at the district court on Tuesday.", 52),
        ("The victim, Orla Brennick (19), was treated in hospital for cuts.", 19),
        ("Tomas Veltry (71), a retired teacher from Ballymore, gave evidence.", 71),
        ("Mr Heskin (38) and his partner Lianne Dorvall (36) both denied the charge.", 38),
        ("Mr Heskin (38) and his partner Lianne Dorvall (36) both denied the charge.", 36),
        ("Farmer Cillian Moyle (64) told the hearing the gate had been left open.", 64),
    ],
)
def test_an_age_in_brackets_after_a_name(text: str, value: float) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind, fig.measure) == ("years", "duration", "age")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a year, a result, a count in brackets: no age
        ("The council adopted the plan (2019) after a long consultation.", 2019),
        ("The club lost to Harbour Rovers (3) on penalties.", 3),
        ("The ward has 14 beds (12 of them occupied) this week.", 12),
        ("Delivery vans (40) and lorries (12) were counted at the junction.", 40),
    ],
)
def test_a_bracketed_number_that_is_no_age(text: str, value: float) -> None:
    assert all(f.kind != "duration" for f in by_value(text, value))


# ------------------------------------------------------------------ a multiplier of a price or of money taken in


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Heating oil prices have tripled since May, the ministry said. Oil traded at 88 euros per barrel on Monday.",
            "EUR",
        ),
        (
            "The waste firm more than doubled its fee. It will charge $96 a tonne from March, up from $41.",
            "USD",
        ),
        ("Rents have doubled in five years. A two-bedroom flat costs £1,450 a month.", "GBP"),
        (
            "The roof repair will cost about £3.1m, roughly five times the theatre's annual takings of £600,000.",
            "GBP",
        ),
        ("The bill is about three times the club's yearly income of €80,000.", "EUR"),
        # guards: no price in the story, prices in two currencies, a count's noun, a span of time after "of"
        ("Fuel prices doubled over the winter.", "prices"),
        (
            "Prices more than doubled. Rice sold for $3 a kilogram in the north and 900 rupees a kilogram in the south.",
            "prices",
        ),
        ("Visitor numbers more than doubled this summer. Tickets cost €12 a day.", "numbers"),
        ("The repairs took about four times the club's usual season of 30 weeks.", "season"),
    ],
)
def test_a_multiplier_of_a_price_is_money(text: str, unit: str) -> None:
    (mult,) = [f for f in figures(text) if f.kind == "multiplier"]
    assert mult.unit == unit


# ------------------------------------------------------------------ a money of the story's own named by a price


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("The closure would cost the firm about 40 million tavrans this year.", 4e7, "tavrans", "money"),
        ("Potatoes sold for an average of 2.80 quell a kilogram last month.", 2.8, "quell", "money"),
        ("The new bridge will cost 310 million korvels, the ministry said.", 3.1e8, "korvels", "money"),
        # the story's other amounts of that noun are money too
        (
            "Onions sold for 3.40 vell a kilogram at the market last week, up from 1.55 vell in September, the ministry said.",
            1.55,
            "vell",
            "money",
        ),
        # guards: what a loss costs that is no money
        ("The closure will cost 400 jobs at the plant.", 400, "jobs", "count"),
        ("The defeat cost them three points and a place in the final.", 3, "points", "count"),
        ("The storm cost 12 lives in the valley.", 12, "lives", "count"),
        ("The merger could cost 300 employees their jobs.", 300, "employees", "count"),
    ],
)
def test_a_money_named_by_a_price(text: str, value: float, unit: str, kind: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, kind)


def test_prices_of_a_money_named_by_a_price_take_it() -> None:
    """Both rules at once: the story's own money is named by a price, and its prices set the multiplier's unit."""
    text = "Bread prices more than doubled in a year. A loaf now sells for 4.20 lavrin a kilogram, up from 1.90 lavrin."
    (mult,) = [f for f in figures(text) if f.kind == "multiplier"]
    assert mult.unit == "lavrin"


# ------------------------------------------------------------------ a time counted from an event is no span


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Divers found the boat on Friday, three days after it sank off Ravensholm.", 3),
        ("The mayor resigned two weeks after the audit was published.", 2),
        ("The clinic reopened on 4 May, six days after the flood.", 6),
        ("She was dismissed by letter five days after she raised the complaint.", 5),
        ("The bridge closed on Monday, two days before the race was due to start.", 2),
    ],
)
def test_a_time_counted_from_an_event_is_no_figure(text: str, value: float) -> None:
    assert not by_value(text, value)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The pool stayed shut for two years after the storm.", 2, "years"),
        ("Residents were not warned until 19 hours after the first test.", 19, "hours"),
        ("Staff must wait 30 minutes after each dose.", 30, "minutes"),
        ("Sales rose in the 48 hours after the advert ran.", 48, "hours"),
        ("He will be barred from the sport for three years after his release.", 3, "years"),
        # a hedge keeps it (dev15's gold labels "more than three years after the line was approved")
        ("The line opened on Friday, more than three years after it was approved.", 3, "years"),
    ],
)
def test_a_span_after_an_event_stays(text: str, value: float, unit: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "duration")


# ------------------------------------------------------------------ a speaker's "one second"


@pytest.mark.parametrize(
    "text",
    [
        "“I saw the gap one second too late,” the driver said after the race.",
        "“One second she was on the ladder, the next she was gone,” her neighbour told the court.",
    ],
)
def test_a_speakers_one_second_is_no_span(text: str) -> None:
    assert not [f for f in figures(text) if f.kind == "duration"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # guards: a measured second, or one outside a quote
        ("“The gate stayed open for one second too long,” the engineer said on Monday.", "seconds"),
        ("The sensor records a reading every 30 seconds and the alarm sounds within one second.", "seconds"),
    ],
)
def test_a_measured_second_stays(text: str, unit: str) -> None:
    assert [f.unit for f in figures(text) if f.kind == "duration" and f.value == 1] == [unit]


# ------------------------------------------------------------------ a duration's text holds its unit (the lead's note)


@pytest.mark.parametrize(
    ("text", "figure_text"),
    [
        ("Passengers will be offered new dates within six weeks, the operator said.", "within six weeks"),
        ("The federation has banned the coach for two years.", "two years"),
        ("The ferry is expected to restart within two weeks.", "within two weeks"),
        ("The players sat through a six-hour game on Sunday.", "six-hour"),
        # guards: a count keeps its number phrase; a span with more words after it keeps its own
        ("About 3,200 residents were moved on Sunday.", "About 3,200"),
    ],
)
def test_a_durations_text_holds_its_unit(text: str, figure_text: str) -> None:
    assert figure_text in [f.text for f in figures(text)]


# ------------------------------------------------------------------ an amount lost at a rate is no change (the lead's note)


def test_an_amount_lost_at_a_rate_is_no_change() -> None:
    (fig,) = figures("The utility lost 90 million litres a day through leaking mains last year.")
    assert fig.per == "day" and not fig.measure.startswith("change in")
    # guard: an amount lost once is a change
    (fig,) = figures("The company's shares lost 4% on Tuesday.")
    assert fig.measure.startswith("change in")
