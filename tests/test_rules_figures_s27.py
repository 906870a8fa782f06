"""Figures on unseen news (session 27): the lead's confident wrong figures of session 26 and dev23's kinds. A symbol of
two letters or more glued by a hyphen is the number's unit ("a 9,000-TEU vessel"); a change's level counts the subject
of the clause a verb of saying reports, not a count of the clause before; an age and a span of time, and the rest of a
group and a count of things, are never one figure; "two years later" is a date, not a duration; a rate after what an
amount measures when that has a capitalised adjective; a rate compared across a new price's start ("from January").
Sentences are our own, with hard negatives (where a rule must not fire).
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-07"

_ON = EventTyping(PUBLISHED)
figures = _ON.figures

by_value = _ON.figures_valued
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ a symbol glued by a hyphen


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The 14,000-TEU ship lost 46 containers in a storm.", 14000, "TEU"),
        ("A 24,000 TEU vessel docked at the port on Monday.", 24000, "TEU"),
        ("The developer plans a 350-MW solar farm near the town.", 350, "MW"),
        ("The 500-kWh battery can run the clinic overnight.", 500, "kWh"),
        ("Each visitor gets a 2-GB card with the photographs.", 2, "GB"),
    ],
)
def test_hyphen_symbol_is_the_unit(text: str, value: float, unit: str) -> None:
    """ "a 9,000-TEU vessel" counted vessels: the symbol after the hyphen was no unit, the noun after it was."""
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "other")


def test_hyphen_speed_symbol_is_a_rate() -> None:
    fig = one_by_value("The 60-mph winds brought down trees across the county.", 60)
    assert (fig.unit, fig.per) == ("mi", "hour")


@pytest.mark.parametrize(
    "text",
    [
        "The pupil was given a 3-C grade for the essay.",  # one letter: a grade, no temperature
        "The shop sold a 2-W bulb for the lamp.",
    ],
)
def test_one_letter_after_a_hyphen_is_no_symbol(text: str) -> None:
    assert all(f.unit not in ("°C", "W") for f in figures(text))


def test_longer_hyphen_compound_reads_as_before() -> None:
    """Guard: "a 10-km-long tunnel" keeps its kilometres (the symbol pattern stops at a second hyphen)."""
    fig = one_by_value("Crews are digging a 10-km-long tunnel under the hills.", 10)
    assert fig.unit == "km"


# ------------------------------------------------------------------ a change's level counts its own clause's subject


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The bank, which runs 84 branches, said visits had fallen 40 per cent in five years, to 1.2 million.",
            1.2e6,
            "visits",
        ),
        (
            "The trust, which has 19 sites, reported that admissions had dropped to 2.9 million.",
            2.9e6,
            "admissions",
        ),
        ("The ferry line, with 12 boats, said crossings rose to 4,100 last year.", 4100, "crossings"),
        # session 20's guard said no unit here: a subject after a verb of saying was not read
        ("The club said its wins rose to 12 this season, the most since 1990.", 12, "wins"),
    ],
)
def test_level_counts_the_reported_subject(text: str, value: float, unit: str) -> None:
    """The level took the count of the relative clause before ("2.9 million" sites)."""
    assert one_by_value(text, value).unit == unit


def test_level_without_a_counted_subject_keeps_the_old_reading() -> None:
    """Guard: "prices" counts nothing, so no subject is read; the level is read as before."""
    got = by_value("The market, which has 40 stalls, said prices rose to 12 on Friday.", 40)
    assert [f.unit for f in got] == ["stalls"]


# ------------------------------------------------------------------ one value, two facts


def test_age_and_span_are_two_figures() -> None:
    text = "The couple had run the bakery for three years.\n\nTheir daughter, aged three, was unhurt."
    got = by_value(text, 3)
    assert len(got) == 2, got


def test_same_span_still_merges() -> None:
    """Guard: a span stated twice is one figure."""
    text = "Harbour repairs to take three years\n\nThe repairs will take three years, the council said."
    assert len(by_value(text, 3)) == 1


def test_rest_of_a_group_is_not_the_things_counted_later() -> None:
    text = (
        "One passenger broke an arm.\n\nThe other four were treated at the scene. "
        "The operator said its four ferries would stay in port."
    )
    got = by_value(text, 4)
    assert len(got) == 2, got
    assert sorted(f.unit or "" for f in got) == ["", "ferries"]


def test_restated_count_still_merges() -> None:
    """Guard: "All six" joins the six sailors named before (not the rest of a group)."""
    text = "Six sailors were rescued from the yacht on Sunday.\n\nAll six were taken to hospital."
    got = by_value(text, 6)
    assert len(got) == 1 and got[0].unit == "sailors", got


# ------------------------------------------------------------------ "later" and "earlier" after a span


@pytest.mark.parametrize(
    "text",
    [
        "The town switched its lights off in 2019 and turned them back on two years later.",
        "The inspectors had visited three months earlier, the report said.",
        "The rescue boat arrived nine hours later.",
    ],
)
def test_span_then_later_is_no_duration(text: str) -> None:
    """Only " ago" was ever read: the test sliced five characters and compared " earlier" and " later"."""
    assert [f for f in figures(text) if f.kind == "duration"] == []


def test_span_without_later_is_a_duration() -> None:
    """Guard."""
    (fig,) = [f for f in figures("The town kept its lights off for two years.") if f.kind == "duration"]
    assert fig.value == 2


# ------------------------------------------------------------------ rates


def test_rate_after_an_object_with_a_capitalised_adjective() -> None:
    fig = one_by_value("The port ships about 150,000 tonnes of Kenyan tea a year to the continent.", 150000)
    assert fig.per == "year"


def test_rate_after_an_object_not_across_a_new_clause() -> None:
    """Guard: "a spokesman" is no rate's denominator."""
    fig = one_by_value("The port handled 150,000 tonnes of Kenyan tea, a spokesman said.", 150000)
    assert fig.per is None


@pytest.mark.parametrize(
    "text",
    [
        "The depot will charge $118 a ton from January, up from $52, the memo said.",
        "Parking will cost $30 a month from next year, up from $25.",
    ],
)
def test_rate_compared_across_a_start(text: str) -> None:
    """ "$118 a ton from January, up from $52": the old price is per ton too."""
    old = [f for f in figures(text) if f.value in (52, 25)]
    assert len(old) == 1 and old[0].per is not None, old


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The kick-off was moved 30 minutes earlier because of the heat.", 30),
        ("The ferry will sail at least three weeks later than planned.", 3),
        ("The vote was pushed back about two weeks later in the spring.", 2),
    ],
)
def test_a_shift_or_a_delay_is_a_duration(text: str, value: float) -> None:
    """Guard for "later" and "earlier": a verb that moves a time, or "than" after them, states a span."""
    (fig,) = [f for f in figures(text) if f.kind == "duration"]
    assert fig.value == value


# ------------------------------------------------------------------ "N of them"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "The airline, which runs most of the flights from the north terminal, cancelled 180 of them.",
            180,
            "flights",
        ),
        ("Inspectors checked the bank's branches in the county and will close 14 of them.", 14, "branches"),
        ("The museum lent its paintings to the gallery and later sold two of them.", 2, "paintings"),
    ],
)
def test_of_them_counts_the_plural_named_before(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


def test_of_them_without_a_plural_before_counts_nothing() -> None:
    """Hard negative: "the committee" is no plural; nothing is guessed."""
    assert one_by_value("The committee met on Monday and 12 of them voted against.", 12).unit is None


# ------------------------------------------------------------------ the lead's note 1 (session 27)


def test_a_hedge_is_no_multipliers_unit() -> None:
    """ "almost twice what the government considers reasonable" had the unit "almost"."""
    text = (
        "Families spend an average of £210 a year on school shoes for each child, almost twice what the "
        "charity considers fair."
    )
    (fig,) = [f for f in figures(text) if f.kind == "multiplier"]
    assert fig.unit is None and fig.qualifier == "at_most"


def test_multiplier_subject_still_read_past_a_hedge() -> None:
    """Guard: the subject before the hedge is still what grew."""
    (fig,) = [f for f in figures("Consumption has nearly tripled since 2015.") if f.kind == "multiplier"]
    assert fig.unit == "consumption"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A mudslide buried the road under 12,000 tonnes of earth and stone.", 12000),
        ("Two hikers were trapped beneath 3 metres of snow for a night.", 3),
    ],
)
def test_under_after_burying_is_a_place(text: str, value: float) -> None:
    assert one_by_value(text, value).qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The vaccine doses were kept under 8 degrees Celsius overnight.", 8, "at_most"),
        ("The wreck lay over 40 metres down on the sea bed.", 40, "at_least"),
        ("Tickets stayed under 20 dollars all season.", 20, "at_most"),
    ],
)
def test_under_and_over_as_bounds(text: str, value: float, qualifier: str) -> None:
    """Hard negatives: keeping below a level, and "over" after any verb, are bounds."""
    assert one_by_value(text, value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Cases of measles reached 214 in the six weeks to March 3, compared with 40 a year earlier.",
            214,
            "cases",
        ),
        ("Applications to the grant scheme totalled about 2,300 last year.", 2300, "applications"),
        ("Complaints about the new bins had reached 95 by Friday.", 95, "complaints"),
    ],
)
def test_a_level_verb_counts_its_subject(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices reached 12 in March, the office said.", 12),
        ("The deficit reached 40 in the final quarter.", 40),
    ],
)
def test_a_level_verb_with_an_amount_subject_names_no_unit(text: str, value: float) -> None:
    """Hard negatives: prices, a singular subject."""
    assert one_by_value(text, value).unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The winner crossed the line in 2 hours 41 minutes on Sunday.", 161, "minutes"),
        ("The relief crew took 1hr 5min to reach the island.", 65, "minutes"),
        ("Her record of 3 minutes 20 seconds still stands.", 200, "seconds"),
    ],
)
def test_a_duration_in_two_units_with_no_and_is_one_figure(text: str, value: float, unit: str) -> None:
    """The lead's note: "2 hours 41 minutes" was two figures; one in the smaller unit, as "and" forms are."""
    (fig,) = [f for f in figures(text) if f.kind == "duration"]
    assert (fig.value, fig.unit) == (value, unit)


def test_a_span_and_a_rate_of_another_unit_stay_apart() -> None:
    """Hard negative: "24 hours 7 days a week" is no compound (days do not divide hours)."""
    got = [f for f in figures("The helpline is staffed 24 hours 7 days a week.") if f.kind == "duration"]
    assert sorted(f.value for f in got) == [7, 24]
