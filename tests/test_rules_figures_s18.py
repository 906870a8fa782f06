"""Figures on unseen news (session 18): "over" before a span of time is that span, not "more than" ("cost
£2 million over four years"); a fraction a verb of change moves something by is a share ("fell by about a
fifth"); a comparative before a rate keeps the rate ("$90 more a year") and is no counted noun ("about 300
fewer"); an age range may open with a number word ("aged six to 16"); an adverb in "s" is no plural head
("30 overseas branches"); a forecast's two shares are a range ("expects sales to fall 2% to 3%"); a fare
per journey is a rate ("9 euros a crossing"), and a denominator after a comma must end its phrase ("$4
billion, a person familiar with the talks said" is no rate); a money of the story's own that the story
converts in parentheses is money ("600 marav (about $40)").
Sentences are our own, with hard negatives (where the rule must not fire).
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-03-13"


_ON = EventTyping(PUBLISHED)
figures = _ON.figures
rule_of = _ON.figure_rule


def durations(text: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.unit, f.qualifier) for f in figures(text) if f.kind == "duration"]


# ------------------------------------------------------------------ "over" a span of time


@pytest.mark.parametrize(
    "text",
    [
        "The council will spend £2 million on the pier over four years.",
        "The new fee will be phased in over four years.",
        "Over four years, the mill cut 300 jobs.",
        "The trust plans to hire 60 nurses over four years.",
        "Staffing at the depot fell from 80 drivers to 61 over four years.",
    ],
)
def test_over_before_a_span_is_the_span(text: str) -> None:
    # each was "more than four years" (at_least)
    assert (4.0, "years", "exact") in durations(text)


def test_over_a_span_records_its_rule() -> None:
    text = "The new fee will be phased in over four years."
    # (the unit in its text since session 30)
    assert rule_of(text, "four years") == "figures.qualifiers.over_span"


@pytest.mark.parametrize(
    "text",
    [
        "He has spent over four years in custody.",
        "It was the first fall in over four years.",
        "The dispute has lasted over four years.",
        "She faces a sentence of over four years.",
        "The road has been shut for just over four years.",
    ],
)
def test_over_after_a_length_stays_more_than(text: str) -> None:
    """Guard: where "over" measures a length it is still "more than" (these answered so before)."""
    assert (4.0, "years", "at_least") in durations(text)


# ------------------------------------------------------------------ a fraction after "by"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Bookings at the marina have fallen by about a fifth since May.", 20.0, "approximate"),
        ("The firm cut its workforce by half.", 50.0, "exact"),
        ("Ridership dropped, by nearly a tenth, after the fare rise.", 10.0, "at_most"),
        ("Rents in the old town have risen by a quarter in two years.", 25.0, "exact"),
    ],
)
def test_a_fraction_after_by_is_a_share(text: str, value: float, qualifier: str) -> None:
    # no figure was given
    shares = [(f.value, f.qualifier) for f in figures(text) if f.unit == "percent"]
    assert shares == [(value, qualifier)]


def test_a_third_after_by_keeps_its_ratio() -> None:
    (share,) = [f for f in figures("Catches fell by a third last year.") if f.unit == "percent"]
    assert f"{share.value:.12g}" == f"{100 / 3:.12g}"


@pytest.mark.parametrize(
    "text",
    [
        "The leader was followed by a third candidate from the south.",
        "The ferry was delayed by half an hour.",
        "She was joined on stage by a fifth musician.",
        # session 19: "written by half the committee" is a share of the committee (as "half of the committee"
        # was), so the guard's "by" with no verb of change is this one
        "The report was signed by half a dozen members.",
    ],
)
def test_by_a_fraction_that_is_no_share(text: str) -> None:
    """Guard: an ordinal, half of a unit and a fraction with no verb of change give no share."""
    assert [f for f in figures(text) if f.unit == "percent"] == []


# ------------------------------------------------------------------ comparatives


def test_a_comparative_before_a_rate_keeps_the_rate() -> None:
    # "$90 more a year" was $90 with no rate
    (fig,) = figures("The new tax will cost a typical household about $90 more a year.")
    assert (fig.value, fig.unit, fig.per) == (90.0, "USD", "year")
    assert rule_of("The new tax will cost a typical household about $90 more a year.", fig.text) == (
        "figures.rates.comparative"
    )


def test_fewer_is_no_counted_noun() -> None:
    # "fewer" was the unit
    (fig,) = figures("The builder expects to finish about 300 fewer next spring.")
    assert fig.value == 300 and fig.unit != "fewer"


def test_a_comparative_before_a_point_in_time_is_no_rate() -> None:
    """Guard: "a year ago" after a comparative is a date, not a rate."""
    (fig,) = figures("The same basket cost $12 more a year ago.")
    assert fig.per is None


# ------------------------------------------------------------------ ages, plurals, ranges


def test_an_age_range_opening_on_a_number_word() -> None:
    # "aged six to 16" gave a count of 16 players
    ages = [
        (f.value, f.value_max, f.unit) for f in figures("The club runs 14 teams for children aged six to 16.")
    ]
    assert (6.0, 16.0, "years") in ages


def test_a_number_word_after_aged_and_another_number() -> None:
    """Guard: "and" after an age is no range of words: "aged 7 and three dogs" keeps its count of dogs."""
    figs = figures("A girl aged seven and three dogs were rescued.")
    assert [(f.value, f.unit) for f in figs if f.kind == "count"] == [(3.0, "dogs")]


def test_overseas_is_no_plural_head() -> None:
    # "overseas" was the unit
    (fig,) = [f for f in figures("The bank closed 30 overseas branches last year.") if f.value == 30]
    assert fig.unit == "branches"


def test_overseas_alone_counts_nothing() -> None:
    """Guard: with no noun after it, the number keeps no unit rather than "overseas"."""
    (fig,) = figures("The regiment sent 300 overseas in the spring.")
    assert fig.unit is None


def test_a_forecast_of_two_shares_is_a_range() -> None:
    # "fall 2% to 3%" was a change of 2% and a level of 3%
    text = "The chain expects sales to fall 2% to 3% this year."
    (fig,) = figures(text)
    assert (fig.value, fig.value_max, fig.qualifier) == (2.0, 3.0, "range")
    assert rule_of(text, fig.text) == "figures.ranges.forecast"


@pytest.mark.parametrize(
    "text",
    [
        "Inflation is expected to rise 0.4% to 2.6% next year.",  # a level far above the change
        "Sales rose 2% to 3% last year.",  # no forecast: a change and a level, as before
    ],
)
def test_a_change_and_a_level_stay_two_figures(text: str) -> None:
    """Guard: a level reached from far below, or a change told in the past, stays two figures."""
    assert len(figures(text)) == 2


# ------------------------------------------------------------------ rates


def test_a_fare_per_crossing_is_a_rate() -> None:
    # "9 euros a crossing" had no rate
    (fig,) = figures("A car and driver pay 9 euros a crossing.")
    assert (fig.value, fig.unit, fig.per) == (9.0, "EUR", "crossing")


@pytest.mark.parametrize(
    "text",
    [
        "The deal is worth $4 billion, a person familiar with the talks said.",
        "Profit came to $3 billion, a share filing showed.",
    ],
)
def test_a_denominator_after_a_comma_must_end_its_phrase(text: str) -> None:
    # each was a rate (per person, per share)
    (fig,) = figures(text)
    assert fig.per is None


def test_a_rate_after_a_comma_that_ends_its_phrase() -> None:
    """Guard: "£700, a month, before tax" is still a rate."""
    (fig,) = figures("The flat rents for £700, a month, before tax.")
    assert fig.per == "month"


# ------------------------------------------------------------------ a money of the story's own


def test_a_converted_noun_is_money() -> None:
    # "600 marav" and the story's other marav amounts were counts
    text = (
        "A sack of rice costs 600 marav (about $40) in the capital, up from 450 marav in June. "
        "The ministry has set aside 2 billion marav for food aid."
    )
    marav = [(f.value, f.kind) for f in figures(text) if f.unit == "marav"]
    assert marav == [(600.0, "money"), (450.0, "money"), (2e9, "money")]
    assert rule_of(text, "2 billion") == "figures.units.converted_currency"


def test_a_measure_before_a_conversion_stays_a_measure() -> None:
    """Guard: "500 tonnes (about $2 million)" is a weight, and a count of a known noun stays a count."""
    figs = figures("The port shipped 500 tonnes (about $2 million) of grain and 300 cars ($9 million).")
    kinds = {(f.value, f.kind) for f in figs}
    assert (500.0, "other") in kinds and (300.0, "count") in kinds


# ------------------------------------------------------------------ a verb after a count


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Nine of the boats were towed in, and two came ashore on the rocks.", "two"),
        ("Thirty were questioned, and eight remain in custody.", "eight"),
        ("Four of the climbers turned back and three went on to the summit.", "three"),
    ],
)
def test_a_verb_after_a_count_is_no_unit(text: str, number: str) -> None:
    # "came", "remain", "went" were the counted noun
    (fig,) = [f for f in figures(text) if f.text == number]
    assert fig.unit not in ("came", "remain", "went")
