"""Figures through the whole pipeline: values, units, qualifiers, kinds, and what is not a figure."""

from __future__ import annotations

import asyncio

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
    assert (f.value, f.unit) == (4000, "tonnes")
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
    f = one("The siege lasted two decades and ended with a truce.")
    assert (f.value, f.unit, f.kind) == (2, "decades", "duration")
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
