"""Figures on unseen news (session 28): the lead's confident wrong figures of session 27 and the rates, currencies and
counts dev24 (and the first sights of dev19 to dev23) lost. "N of them" after a verb done to people counts the people
named before, or nothing; the rest of a group and a superlative's span of comparison join no other figure; an amount
"a claim", "for each year served" is a rate; a dateline sets the story's dollar. Sentences are our own, with hard
negatives (where a rule must not fire).
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-07"

_ON = EventTyping(PUBLISHED)
figures = _ON.figures

by_value = _ON.figures_valued
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ "N of them" after a verb done to people


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Police questioned the owners of the shops on Mill Street and arrested three of them.", 3, "owners"),
        (
            "Police questioned the owners of four shops on the high street and arrested two of them.",
            2,
            "owners",
        ),
        ("Officers stopped 40 drivers and arrested six of them.", 6, "drivers"),
        # no plural of people before it: no unit, not the cars (nor the officers, the clause's subject)
        ("The officers stopped 40 cars and arrested six of them.", 6, None),
        # guards: a verb done to things keeps the plural before it (session 27)
        ("Inspectors visited 12 restaurants and closed three of them.", 3, "restaurants"),
        ("The cargo ship lost 46 containers, and 12 of them washed up on the beach.", 12, "containers"),
        # review 1: verbs that take things as well keep the plural before ("named", "released", "identified")
        (
            "Scientists identified 40 new species in the reef and named six of them after donors.",
            6,
            "species",
        ),
        ("Officials examined 300 documents and released 20 of them.", 20, "documents"),
        ("Divers recovered 30 stolen paintings and identified four of them.", 4, "paintings"),
    ],
)
def test_of_them_after_a_verb_done_to_people(text: str, value: float, unit: str | None) -> None:
    assert one_by_value(text, value).unit == unit


# ------------------------------------------------------------------ figures that join no other


def test_the_rest_with_a_carried_unit_joins_no_other_count() -> None:
    text = (
        "Two sailors were hurt and the other four were unhurt. Four sailors from another yacht helped them."
    )
    assert len(by_value(text, 4)) == 2


def test_the_rest_with_its_own_noun_joins_no_other_count() -> None:
    text = "Eight climbers set out on Monday. Four climbers turned back, and the other four climbers reached the top."
    assert len(by_value(text, 4)) == 2


def test_one_group_named_twice_is_still_one_figure() -> None:
    # guard: the merge of one fact stated twice is unchanged
    assert len(by_value("Four sailors were rescued. The four sailors were taken to hospital.", 4)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Hospital waits at their longest in two years\n\nSome patients now face two-year waits for hip surgery.",
        "Sales rose for the first time in three years. The firm has cut prices for three years.",
        "The chain had run the shop for three years. It was its worst result in three years.",
    ],
)
def test_a_span_of_comparison_is_no_length_of_anything(text: str) -> None:
    value = 2 if "two" in text else 3
    spans = by_value(text, value)
    assert len(spans) == 2
    assert {f.unit for f in spans} == {"years"}


def test_a_word_in_est_that_is_no_superlative_names_no_comparison() -> None:
    # "arrest", "harvest", "interest": the span is a figure like any other and merges as before
    text = "The farm will harvest in two years. Its owners expect to wait two years."
    assert len(by_value(text, 2)) == 1


# ------------------------------------------------------------------ rates


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("The county is insured for up to $2 million a claim, according to its office.", 2e6, "claim"),
        ("The new tolls are $4 a truck and $1.50 a car.", 4, "truck"),
        ("The new tolls are $4 a truck and $1.50 a car.", 1.5, "car"),
        ("The council will pay up to $5,000 a household to replace lead pipes.", 5000, "household"),
        ("A bill would raise it to $50,000 for each year served but has stalled.", 50000, "year"),
        ("Staff get £9 for each hour worked.", 9, "hour"),
        # hard negatives: a sum named after a comma, a point in time, a noun a sum is called, a new clause
        ("The painting sold for $5 million, a record for the artist.", 5e6, None),
        ("The family won $1 million a week ago in the state lottery.", 1e6, None),
        ("The club paid $2 million a record for a defender.", 2e6, None),
        ("The deal is worth $2 billion a source said.", 2e9, None),
        ("He gave $500 a friend of his.", 500, None),
        ("The charity raised $40,000 a month later.", 40000, None),
    ],
)
def test_an_amount_per_a_thing(text: str, value: float, per: str | None) -> None:
    assert one_by_value(text, value).per == per


def test_a_count_takes_no_rate_per_a_thing() -> None:
    # money only: "40 homes a mile from the coast" is no rate per home, and "12 boats a fisherman" none
    assert one_by_value("The storm sank 12 boats a fisherman had moored there.", 12).per is None


# ------------------------------------------------------------------ the dateline sets the dollar


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("WELLINGTON (Reuters) - The regional council will spend $3.2 million on new buses, it said.", "NZD"),
        ("TORONTO - The bank will close 37 branches and save about $3.2 million a year.", "CAD"),
        ("LAKEVIEW, B.C. - The town will spend $3.2 million on a new arena.", "CAD"),
        # the region after the city says which Perth; the United States named more often keeps the dollar American
        ("PERTH, Scotland - The castle was sold for $3.2 million to a buyer from abroad.", "USD"),
        (
            "SYDNEY - The miner will sell its U.S. unit to a U.S. buyer in New York for $3.2 million, "
            "it told the U.S. exchange.",
            "USD",
        ),
        ("The town in the valley will spend $3.2 million on a new arena.", "USD"),
    ],
)
def test_the_dateline_sets_the_dollar(text: str, unit: str) -> None:
    assert one_by_value(text, 3.2e6).unit == unit


# ------------------------------------------------------------------ a price per an amount of a good, compared


def test_a_price_per_grams_and_the_price_it_is_compared_with() -> None:
    text = "Shoppers now pay €4.20 per 100g, up from €3.78."
    assert one_by_value(text, 4.2).per == "100g"
    assert one_by_value(text, 3.78).per == "100g"
    assert by_value(text, 100) == []  # the denominator is no figure of its own


def test_a_rate_compared_across_what_it_measures() -> None:
    text = "Growers are paid €1.20 per kilogram of apples, compared with €1.45 last season."
    assert one_by_value(text, 1.45).per == "kg"


def test_a_rate_per_number_compared_after_its_denominator() -> None:
    assert (
        one_by_value("There were 14 burglaries per 100,000 residents, up from 12.", 12).per
        == "100,000 residents"
    )


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The bar shrank from 50g to 45g last month.", 50, "g"),
        ("The bar shrank from 50g to 45g last month.", 45, "g"),
        ("Add 250g of flour and stir.", 250, "g"),
    ],
)
def test_a_gram_glued_to_its_digits(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


@pytest.mark.parametrize("text", ["The 5g network now covers the whole island.", "The phone supports 5g."])
def test_a_lowercase_network_is_no_gram(text: str) -> None:
    assert all(f.unit != "g" for f in figures(text))


def test_a_few_grams_of_something_are_grams() -> None:
    assert one_by_value("Add 5g of salt to the water.", 5).unit == "g"


# ------------------------------------------------------------------ a count's noun across a possessor or a superlative


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The jury found that two former sheriff's detectives had hidden a statement.", 2, "detectives"),
        ("The town has four women's refuges and a shelter.", 4, "refuges"),
        (
            "Two of the country's three largest supermarket chains said they would put up notices.",
            2,
            "chains",
        ),
    ],
)
def test_a_count_read_past_a_possessor_or_a_superlative(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


def test_a_name_possessive_is_not_read_past() -> None:
    # guard: a capitalised possessor ends the search as before
    assert one_by_value("The court heard 12 Smith's workers were paid late.", 12).unit != "workers"


# ------------------------------------------------------------------ a multiplier in apposition to an amount


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The lighthouse sold for £1.4 million, almost four times its guide price.", 4, "GBP"),
        ("Cocoa now costs about €7,400 a tonne, almost three times what it paid in 2024.", 3, "EUR"),
    ],
)
def test_a_multiplier_takes_the_amount_it_is_set_against(text: str, value: float, unit: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.kind, fig.unit) == ("multiplier", unit)


def test_a_multiplier_of_what_others_expected_has_no_unit() -> None:
    fig = one_by_value("Turnout was 40,000, three times what experts expected.", 3)
    assert (fig.kind, fig.unit) == ("multiplier", None)


# ------------------------------------------------------------------ a difference of degrees beside a reading


def test_degrees_beside_a_reading_in_the_story_scale() -> None:
    text = "The water off the coast reached 27C last week, two degrees above the average."
    assert one_by_value(text, 2).unit == "°C"


def test_degrees_of_a_turn_beside_a_reading_stay_an_angle() -> None:
    assert one_by_value("The oven reached 220C, then the dial turned 90 degrees.", 90).unit == "°"
