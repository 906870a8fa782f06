"""Figures through the whole pipeline: values, units, qualifiers, kinds, and what is not a figure."""

from __future__ import annotations

import asyncio

import pytest

from schemas import ArticleRequest, Extraction, Figure
from service import create_backend, extract


def run(text: str, published: str | None = "2023-05-04") -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, published=published), create_backend("rules")))


def one(text: str) -> Figure:
    figures = run(text).figures
    assert len(figures) == 1, figures
    return figures[0]


def test_count_with_separator_and_approximate_qualifier() -> None:
    f = one("The ministry said around 12,500 people had been evacuated from the valley.")
    assert (f.value, f.unit, f.kind, f.qualifier) == (12500, "people", "count", "approximate")


def test_unit_after_adjectives_and_of_phrase() -> None:
    f = one("Germany keeps about 1,100 of its own soldiers in Lithuania.")
    assert (f.value, f.unit) == (1100, "soldiers")
    f = one("Some 300 Canadian and Danish instructors arrived in Riga.")
    assert (f.value, f.unit, f.qualifier) == (300, "instructors", "approximate")


def test_number_words_and_a_dozen() -> None:
    f = one("Rescuers pulled four thousand tonnes of rubble from the site.")
    assert (f.value, f.unit) == (4000, "t")  # schema 1.1: a physical unit is its standard symbol
    f = one("Police arrested a dozen protesters near the embassy.")
    assert (f.value, f.unit) == (12, "protesters")


def test_money_with_currency_and_scale() -> None:
    f = one("The city approved a $2.5 billion budget for the tunnel.")
    assert (f.value, f.unit, f.kind) == (2.5e9, "USD", "money")
    f = one("The club paid €40m for the striker.")
    assert (f.value, f.unit, f.kind) == (4e7, "EUR", "money")
    f = one("Farmers will receive 300 million euros in aid.")
    assert (f.value, f.unit, f.kind) == (3e8, "EUR", "money")


def test_percentages() -> None:
    f = one("Turnout fell to 41.5% in the northern districts.")
    assert (f.value, f.unit, f.kind) == (41.5, "percent", "percent")
    f = one("Prices rose by nearly 7 percent in March.")
    assert (f.value, f.kind, f.qualifier) == (7, "percent", "at_most")


def test_multipliers() -> None:
    f = one("The number of applicants grew fivefold after the reform.")
    assert (f.value, f.unit, f.kind) == (5, "applicants", "multiplier")
    f = one("The airline plans to quadruple its fleet by 2030.")
    assert (f.value, f.kind, f.unit) == (4, "multiplier", "fleet")
    f = one("Exports are now three times larger than before the war.")
    assert (f.value, f.kind) == (3, "multiplier")


def test_ambiguous_multiplier_adjectives_are_not_figures() -> None:
    assert run("Activists accused the government of double standards on refugees.").figures == []


def test_durations() -> None:
    # Durations in their smallest stated unit, a decade being 10 years (evals/sets/README.md).
    f = one("The siege lasted two decades and ended with a truce.")
    assert (f.value, f.unit, f.kind) == (20, "years", "duration")
    f = one("Talks resumed after a three-week pause.")
    assert (f.value, f.unit, f.kind) == (3, "weeks", "duration")
    f = one("The plant has been closed for almost a year.")
    assert (f.value, f.unit, f.kind, f.qualifier) == (1, "years", "duration", "at_most")


def test_qualifiers() -> None:
    assert one("More than 200 villages lost power.").qualifier == "at_least"
    assert one("Up to 40 trucks cross each day.").qualifier == "at_most"
    assert one("At least 18 miners were trapped.").qualifier == "at_least"


def test_change_from_to_is_two_figures_sharing_the_unit() -> None:
    figs = run("The garrison will grow from 800 soldiers to around 2,000 next year.").figures
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [
        (800, "soldiers", "exact"),
        (2000, "soldiers", "approximate"),
    ]


def test_range_is_one_figure() -> None:
    f = one("Between 3,000 and 4,000 fans attended the final.")
    assert (f.value, f.qualifier) == (3000, "range")


def test_unit_from_the_counted_noun_the_sentence_is_about() -> None:
    figs = run("The blast killed 14 people and injured at least 60.").figures
    assert [(f.value, f.unit) for f in figs] == [(14, "people"), (60, "people")]


def test_one_fact_in_headline_and_body_is_one_figure() -> None:
    text = (
        "Army sends 600 troops to the border\n\nThe army said it would send about 600 troops to the border."
    )
    (f,) = run(text).figures
    assert len(f.evidence) == 2
    assert f.qualifier == "approximate"


def test_dates_years_times_and_ordinals_are_not_figures() -> None:
    text = (
        "The treaty was signed on May 1st, 2019 in Vienna. "
        "The second round starts on 14 June at 10:30. "
        "Officials met on February 17, 2021 for the 3rd time since 2018."
    )
    assert run(text).figures == []


def test_identifiers_are_not_figures() -> None:
    text = "Article 5 of the treaty was invoked. An F-16 crashed and COVID-19 cases rose in Resolution 2334 debates."
    assert run(text).figures == []


def test_relative_dates_are_not_durations() -> None:
    assert run("The war began two decades ago.").figures == []


def test_sidebar_numbers_are_not_figures() -> None:
    text = (
        "Storm hits coast\n\nThe storm damaged 120 homes along the coast.\n\n"
        "Recent Articles\n\nFive ways to save 30 percent on heating\n\n15 books"
    )
    ex = run(text)
    assert [f.value for f in ex.figures] == [120]


def test_vote_tally_is_two_counts_not_a_range() -> None:
    figs = run("The motion passed by 287 votes to 252 late on Tuesday.").figures
    assert [(f.value, f.unit, f.qualifier) for f in figs] == [
        (287, "votes", "exact"),
        (252, "votes", "exact"),
    ]


def test_qualifier_before_a_currency_sign() -> None:
    f = one("The reform will save about €17.7 billion a year.")
    assert (f.value, f.unit, f.qualifier) == (1.77e10, "EUR", "approximate")


def test_numbered_unnamed_sources_are_not_counts() -> None:
    assert run("The deal is close, according to two sources familiar with the talks.").figures == []


def values(text: str) -> list[tuple[float, str | None, str, str]]:
    return [(f.value, f.unit, f.kind, f.qualifier) for f in run(text).figures]


def test_change_then_level_is_two_figures_not_a_range() -> None:
    assert values("Revenue climbed 18% to $3.4 billion in the half-year.") == [
        (18, "percent", "percent", "exact"),
        (3.4e9, "USD", "money", "exact"),
    ]
    got = values("The jobless rate fell 0.3 percentage points to 4.1%.")
    assert got == [(0.3, "percentage points", "percent", "exact"), (4.1, "percent", "percent", "exact")]


def test_ranges_with_the_unit_stated_once() -> None:
    assert values("Repairs will take three to five weeks.") == [(3, "weeks", "duration", "range")]
    assert values("Sentences of between 12 and 15 years were sought.") == [(12, "years", "duration", "range")]
    assert values("Tickets cost $4.50 to $6.75 each.") == [(4.5, "USD", "money", "range")]


def test_fractions_and_proportions_are_percentages() -> None:
    assert values("Almost one in four households cannot afford a holiday.") == [
        (25, "percent", "percent", "at_most")
    ]
    assert values("Roughly a third of the fleet is grounded.")[0][:2] == (pytest.approx(100 / 3), "percent")
    assert values("Two-thirds of members backed the strike.")[0][:3] == (
        pytest.approx(200 / 3),
        "percent",
        "percent",
    )
    assert values("Half of the wells have run dry.") == [(50, "percent", "percent", "exact")]
    assert values("Margins could slip by up to half a percentage point.") == [
        (0.5, "percentage points", "percent", "at_most")
    ]
    # Hard negatives: fiscal quarters and ordinals are not fractions.
    assert values("Profit rose in the third quarter.") == []
    assert values("Sales fell for three straight quarters.") == [(3, "quarters", "duration", "exact")]


def test_cents_and_pence_are_money_in_the_main_unit() -> None:
    assert values("The bank earned $2 billion and will pay a dividend of 45 cents a share.")[1] == (
        0.45,
        "USD",
        "money",
        "exact",
    )
    assert values("A loaf now costs 95 pence.") == [(0.95, "GBP", "money", "exact")]


def test_measures_are_kind_other_with_thresholds() -> None:
    assert values("Lorries longer than 18 metres are banned from the bridge.") == [
        (18, "m", "other", "at_least")
    ]
    assert values("The farm produces about 40 megawatts of power.") == [(40, "MW", "other", "approximate")]
    assert values("Loans above £5,000 need a second check.") == [(5000, "GBP", "money", "at_least")]


def test_compound_counted_nouns() -> None:
    # A gerund naming a kind stays with its noun; other modifiers fall back to the head noun.
    assert values("The council added 60 parking bays.") == [(60, "parking bays", "count", "exact")]
    assert values("The clinic treated 300 flu patients.") == [(300, "patients", "count", "exact")]
    assert values("The chain shut 25 loss-making shops and 12 struggling outlets.") == [
        (25, "shops", "count", "exact"),
        (12, "outlets", "count", "exact"),
    ]


def test_vote_tally_with_a_hyphen_is_two_counts() -> None:
    figs = run("The board voted 7-4 to sell the stadium.").figures
    assert sorted((f.value, f.unit) for f in figs) == [(4, "votes"), (7, "votes")]
    # Hard negative: a score-like pair with no vote or contest around it is not a tally.
    assert [f.value for f in run("The 9-5 shift pattern ends in May.").figures] == []


def test_spoken_list_of_counts_is_a_range() -> None:
    assert values("Teachers face seven, eight, nine pupils per aide.") == [(7, "pupils", "count", "range")]


def test_record_categories_are_not_figures() -> None:
    # Ages are figures since issue 15 (tests/test_rules_figures_kinds.py); a record's category is not.
    assert values("It was the worst one-day fall since 2008.") == []


def test_one_counted_in_the_plural_elsewhere_in_the_sentence() -> None:
    got = values("He admitted one count of fraud and three counts of forgery.")
    assert got == [(1, "count", "count", "exact"), (3, "counts", "count", "exact")]


def test_multiplier_unit_is_what_grew() -> None:
    f = one("Electricity use in the region has tripled since 2010.")
    assert (f.value, f.unit) == (3, "use")
    got = [(f.value, f.unit) for f in run("Water demand doubled, and it could triple by 2040.").figures]
    assert got == [(2, "demand"), (3, "demand")]
    f = one("The new chip needs roughly fivefold the memory of its predecessor.")
    assert (f.unit, f.qualifier) == ("memory", "approximate")


def test_phone_numbers_are_not_figures() -> None:
    text = "Witnesses should call 101 or the free helpline on 0800 555 111, police said. Tips: 555-0173."
    assert run(text).figures == []


def test_an_age_range_is_one_figure_not_a_count() -> None:
    # Ages are figures since issue 15: one range, never two counts.
    assert values("Volunteers aged 18 to 65 can sign up.") == [(18, "years", "duration", "range")]


def test_twice_and_hedged_triple_are_multipliers_but_not_repetition() -> None:
    assert values("Smokers face twice the risk of stroke.") == [(2, "risk", "multiplier", "exact")]
    assert values("Costs could nearly triple by 2030.")[0][2:] == ("multiplier", "at_most")
    # Session 26: a repetition is a count, as "three times" is: seven gold figures in six sets count "twice" after
    # what happened (dev4, dev7, dev8, dev12, dev16, dev20), none leaves one; the unit is the happening's noun.
    assert values("The minister visited the site twice in May.") == [(2, "visits", "count", "exact")]


def test_a_bare_dollar_takes_the_currency_of_the_setting() -> None:
    text = "Councillors in Ottawa approved a $12 million budget for Ontario's busiest transit line."
    assert values(text) == [(1.2e7, "CAD", "money", "exact")]
    # Hard negative: a U.S. story keeps dollars as USD even when Canada is mentioned once.
    text = "The U.S. firm, which also sells in Canada, paid $3 million to settle the U.S. case in Washington."
    assert values(text) == [(3e6, "USD", "money", "exact")]


def test_a_change_and_a_level_with_the_same_number_stay_two_figures() -> None:
    figs = run("Fares rose 6% this spring. The forecast was cut to 4% from about 6%.").figures
    sixes = [f for f in figs if f.value == 6]
    assert len(sixes) == 2 and {f.qualifier for f in sixes} == {"exact", "approximate"}


def test_a_possessor_before_a_number_is_not_a_label() -> None:
    assert values("Riverside ended Northfield's 14-match unbeaten run.") == [(14, "match", "count", "exact")]


def test_a_duration_in_two_units_is_one_figure_in_the_smaller() -> None:
    assert values("He was jailed for six years and eight months.") == [(80, "months", "duration", "exact")]
    assert values("The flight lasted more than two hours and 15 minutes.") == [
        (135, "minutes", "duration", "at_least")
    ]
