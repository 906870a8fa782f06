"""Figures on unseen news (session 21): hard negatives of session 20's rules and what they found ("N times" and
a comparative is a multiplier, not how often; "three times over the winter" is how often; a university's
"degrees" and a slope's take no temperature scale; "the year before" after a number is when, not a span; an
"and" inside a preposition's phrase opens no clause for a change's subject); dev17's kinds ("by a third because
of ...", "the country's two largest unions"). Sentences are our own, with hard negatives (where a rule must not
fire); a guard checks that the sentence was read (the figure it is about, or another, is there), not that
nothing came out.
"""

from __future__ import annotations

import pytest

from schemas import Figure
from tests.rules_support import EventTyping, rules

PUBLISHED = "2026-03-13"

# A story in Celsius by its spelling (session 20's ``story_degrees``): the first sentence sets it.
CELSIUS_STORY = "The 40 kilometres of coast road melted in the heat. "


_ON = EventTyping(PUBLISHED)
figures = _ON.figures


def by_value(text: str, value: float) -> Figure:
    (fig,) = [f for f in figures(text) if f.value == pytest.approx(value)]
    return fig


def rule_of(text: str, value: float) -> str | None:
    ex = rules(text, PUBLISHED)
    (fig,) = [f for f in ex.figures if f.value == pytest.approx(value)]
    return ex.provenance[fig.id].rule


# ------------------------------------------------------------------ "N times" and a comparative


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The shares of Brackwell Foods have risen three times faster than the index.", 3.0),
        ("The new pump runs five times quieter than the old one.", 5.0),
        ("The powder was found to be ten times stronger than the label said.", 10.0),
        ("The new span of the Orrin bridge is four times longer than the old one.", 4.0),
    ],
)
def test_times_and_a_comparative_is_a_multiplier(text: str, value: float) -> None:
    fig = by_value(text, value)
    assert fig.kind == "multiplier"
    assert fig.unit is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Tarn river flooded three times over the winter.", 3.0),
        ("The ferry was cancelled four times over the past two weeks.", 4.0),
    ],
)
def test_times_over_a_span_is_how_often(text: str, value: float) -> None:
    fig = by_value(text, value)
    # Session 34: "flooded" counts floods (dev29's gold "flooded twice" = floods; ``lexicon.HOW_OFTEN_VERB_NOUNS``)
    assert (fig.kind, fig.unit) == ("count", "floods" if "flooded" in text else "times")


@pytest.mark.parametrize(
    ("text", "value", "kind", "unit"),
    [
        ("The share offer was covered three times over.", 3.0, "multiplier", None),
        ("The driver was three times over the legal limit, the court heard.", 3.0, "multiplier", None),
        ("The mayor was late three times earlier this year.", 3.0, "count", "times"),
        # Session 34: "met" counts meetings (dev24's gold "met the club four times" = meetings)
        ("The council met three times later that month.", 3.0, "count", "meetings"),
        ("Sales grew three times as much as expected.", 3.0, "multiplier", None),
        ("The ferry sails three times a day in summer.", 3.0, "count", None),
    ],
)
def test_times_elsewhere_keeps_its_reading(text: str, value: float, kind: str, unit: str | None) -> None:
    """Guard: "over" a limit, "earlier"/"later" (no comparative of a multiple), "as much", a rate of how often."""
    fig = by_value(text, value)
    assert (fig.kind, fig.unit) == (kind, unit)


# ------------------------------------------------------------------ a bare "degrees" that is no temperature


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("She holds three degrees and works in the weather office.", 3.0),
        ("Students with two degrees earned more during the heatwave, the survey found.", 2.0),
        ("The heat index hit 45 degrees while the ramp sloped 8 degrees.", 8.0),
        ("In the hot wind the old tower now leans 4 degrees.", 4.0),
    ],
)
def test_a_degree_of_a_university_or_a_slope_takes_no_scale(sentence: str, value: float) -> None:
    fig = by_value(CELSIUS_STORY + sentence, value)
    assert fig.unit == "°"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The temperature reached 34 degrees on Tuesday.", 34.0),
        ("Forecasters said it would be a hot weekend, with highs of 31 degrees.", 31.0),
    ],
)
def test_a_temperature_in_a_celsius_story_keeps_its_scale(sentence: str, value: float) -> None:
    """Guard: session 20's story scale still reads a temperature's "degrees"."""
    fig = by_value(CELSIUS_STORY + sentence, value)
    assert fig.unit == "°C"
    assert rule_of(CELSIUS_STORY + sentence, value) == "figures.units.story_scale"


# ------------------------------------------------------------------ "the year before" after a number


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("Complaints rose to 41 last year, from 29 the year before.", (41.0, 29.0), "complaints"),
        ("Complaints fell to 12 this month, from 30 the month before.", (12.0, 30.0), "complaints"),
        ("Visitors rose to 12,000 from 9,000 the summer before.", (12000.0, 9000.0), "visitors"),
    ],
)
def test_the_span_after_a_change_start_is_when(text: str, values: tuple[float, ...], unit: str) -> None:
    for value in values:
        fig = by_value(text, value)
        assert (fig.kind, fig.unit) == ("count", unit)


def test_a_span_after_the_is_no_duration_of_the_number() -> None:
    fig = by_value("The club signed 29 the year before.", 29.0)
    assert fig.kind == "count"
    assert fig.unit is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She served 29 years in the army.", 29.0, "years"),
        ("The ban lasts 10 years, the longest in the sport.", 10.0, "years"),
        ("The plant was shut for 12 weeks the previous summer.", 12.0, "weeks"),
    ],
)
def test_a_span_right_after_a_number_is_still_a_duration(text: str, value: float, unit: str) -> None:
    """Guard: only "the" between the number and the span makes it a time."""
    fig = by_value(text, value)
    assert (fig.kind, fig.unit) == ("duration", unit)


# ------------------------------------------------------------------ a change's subject across "and"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Incidents at farms and factories rose to 41 last year.", 41.0, "incidents"),
        ("Serious incidents from dairies and cheese plants rose to 41 last year.", 41.0, "incidents"),
        ("Complaints about noise and smells rose to 41 last year.", 41.0, "complaints"),
    ],
)
def test_an_and_inside_the_subject_phrase_opens_no_clause(text: str, value: float, unit: str) -> None:
    fig = by_value(text, value)
    assert fig.unit == unit
    assert rule_of(text, value) == "figures.units.change_subject"


def test_a_subject_after_a_verb_of_saying_across_and_names_no_unit() -> None:
    """The noun after "and" is not taken. (Before session 27 no subject was read after a verb of saying and the unit
    was none; now the clause "said" reports is read and its subject counted, as dev17's gold does: incidents.)"""
    text = "The agency said serious incidents from dairies and cheese plants rose to 41 last year."
    assert by_value(text, 41.0).unit == "incidents"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Farms lost money and complaints rose to 41 last year.", 41.0, "complaints"),
        ("The board met in May and complaints rose to 41 by June.", 41.0, "complaints"),
    ],
)
def test_an_and_between_clauses_still_opens_one(text: str, value: float, unit: str) -> None:
    """Guard: an "and" after a clause with a verb, not after a preposition's phrase, opens the change's clause."""
    assert by_value(text, value).unit == unit


# ------------------------------------------------------------------ a fraction after "by" and a reason


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The judge reduced the fine by a third because of the firm's early guilty plea.", 100 / 3),
        ("The council cut the grant by a quarter for the second year running.", 25.0),
        ("Bus fares were lowered by a fifth due to the subsidy.", 20.0),
    ],
)
def test_a_fraction_after_by_before_a_reason_is_a_share(text: str, value: float) -> None:
    fig = by_value(text, value)
    assert (fig.kind, fig.unit) == ("percent", "percent")
    assert rule_of(text, value) == "figures.fractions.by"


@pytest.mark.parametrize(
    "text",
    [
        "The bid was followed by a third offer because of the delay, worth $4 million.",
        "Half of the 12 schools were hit by a third storm because of the wind.",
    ],
)
def test_by_a_third_that_is_no_share_of_a_change_stays_unread(text: str) -> None:
    """Guard: an ordinal after "followed by", a fraction with "of" after it."""
    figs = figures(text)
    assert figs, "the sentence was read"
    assert not [f for f in figs if f.kind == "percent" and f.value == pytest.approx(100 / 3)]


# ------------------------------------------------------------------ a possessor's few named by a superlative


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The country's two largest unions had asked for 12.50 euros.", 12.5),
        ("Its two biggest shareholders, who hold 31% between them, backed the offer.", 31.0),
        ("The city's five busiest stations will close for 10 days.", 10.0),
        ("Its two most senior officials resigned over the $3 million loss.", 3e6),
    ],
)
def test_a_possessors_few_by_a_superlative_is_no_count(text: str, other: float) -> None:
    figs = figures(text)
    assert [f for f in figs if f.value == other], "the sentence was read"
    assert not [f for f in figs if f.kind == "count" and f.value in (2.0, 5.0)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The company's three main reservoirs are 31 per cent full.", 3.0, "reservoirs"),
        ("The bank paid its two interest payments late.", 2.0, "payments"),
        ("The chain's 12 largest stores will close.", 12.0, "stores"),
        ("The park's three forest trails reopened on Monday.", 3.0, "trails"),
        ("Two of its largest lenders pulled out.", 2.0, "lenders"),
    ],
)
def test_a_count_with_no_superlative_or_in_digits_stays_a_count(text: str, value: float, unit: str) -> None:
    """Guard: "main" is no superlative, nor a noun in "-est"; digits, and a partitive, still count."""
    fig = by_value(text, value)
    assert (fig.kind, fig.unit) == ("count", unit)


# ------------------------------------------------------------------ two nouns joined by "and" before one head


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Harbor Tollways denied it planned to cut the road's 220 toll and maintenance jobs.", 220.0, "jobs"),
        ("The council will hire 40 extra surveyors and repair staff by March.", 40.0, "staff"),
        ("The firm employs 50 bus and train drivers.", 50.0, "drivers"),
        ("The storm damaged 12 road and rail bridges.", 12.0, "bridges"),
        ("The agency hired 12 doctors and support staff.", 12.0, "staff"),
        ("The town has 2 primary and secondary schools.", 2.0, "schools"),
    ],
)
def test_two_nouns_joined_before_one_head_count_the_head(text: str, value: float, unit: str) -> None:
    fig = by_value(text, value)
    assert (fig.kind, fig.unit) == ("count", unit)
    assert rule_of(text, value) == "figures.units.joined_head"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The fire destroyed 12 homes and jobs were lost.", 12.0, "homes"),
        ("The plant has 300 engineers and other staff.", 300.0, "engineers"),
        ("Police arrested 200 protesters and journalists on Friday.", 200.0, "protesters"),
        ("The bank shut 12 branches and offices in May.", 12.0, "branches"),
        ("The town has 3,000 homes and 40 shops.", 3000.0, "homes"),
        ("Some 30 European and North American countries signed.", 30.0, "countries"),
    ],
)
def test_a_plural_before_and_keeps_its_own_count(text: str, value: float, unit: str) -> None:
    """Guard: a plural that is no worker before a workforce's head, "other", a number or capitals after "and"."""
    fig = by_value(text, value)
    assert (fig.kind, fig.unit) == ("count", unit)
    assert rule_of(text, value) != "figures.units.joined_head"


def test_a_block_and_nearby_streets_counts_no_streets() -> None:
    """Guard: a place's number ("the 300 block") and an adjective after "and" join no head."""
    text = "Crews cleared the 300 block and nearby streets after 9 hours."
    figs = figures(text)
    assert [f for f in figs if f.value == 9.0], "the sentence was read"
    assert not [f for f in figs if f.unit == "streets"]


# ------------------------------------------------------------------ a superlative is no counted noun


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Subsidies will go to only about 1,200 of the largest, the ministry said.", 1200.0),
        ("Only 12 of the oldest remain in service.", 12.0),
        ("Payments to 40 of the poorest rose.", 40.0),
        ("The two-term mayor runs a city that ranks among the top 10 largest in the region.", 10.0),
    ],
)
def test_a_superlative_after_a_number_is_no_unit(text: str, value: float) -> None:
    fig = by_value(text, value)
    assert (fig.kind, fig.unit) == ("count", None)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The scheme covers 300 of the smallest farms.", 300.0, "farms"),
        ("The 12 largest stores will close.", 12.0, "stores"),
        ("The bank paid 12 interest payments late.", 12.0, "payments"),
        ("The club welcomed 400 guests.", 400.0, "guests"),
    ],
)
def test_a_superlative_before_a_plural_or_a_noun_in_est_keeps_the_count(
    text: str, value: float, unit: str
) -> None:
    """Guard: the plural after a superlative is counted; nouns in "-est" are nouns."""
    assert by_value(text, value).unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The 747 plane and fuel trucks were grounded for 9 hours.",
        "Crews cleared the 300 block and side streets after 9 hours.",
    ],
)
def test_a_model_or_a_place_before_and_counts_nothing_after_it(text: str) -> None:
    """Guard: "the 747 plane" names a model, "the 300 block" a place; no trucks or streets are counted."""
    figs = figures(text)
    assert [f for f in figs if f.value == 9.0], "the sentence was read"
    assert not [f for f in figs if f.value in (747.0, 300.0)]


def test_one_of_a_superlatives_group_is_no_count() -> None:
    """ "one of the poorest members" became a count of one member once "poorest" was read past (found on PolNeAR
    train sample A); "one of the" is one of a group, as "One of the 12 councillors" is."""
    text = "She is one of the poorest members of the 12-seat council."
    figs = figures(text)
    assert [f for f in figs if f.value == 12.0], "the sentence was read"
    assert not [f for f in figs if f.value == 1.0]
