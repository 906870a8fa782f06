"""Figures on unseen news (session 24): dev20's kinds and the same kinds in older sets. A span written with a
thousands separator ("2,600 hours", "about 2,000 years old"); "each" before a modal is no denominator ("Each will
receive"); "range from X to Y" is one range; a noun in "-s" that is no plural modifies the plural after it ("three
measles cases"); "pounds" after a plural shipment weighs; "estimated at", "a maximum of", "a minimum of" bound a
figure; two ages joined by "and" are two ages; a person's age after "is"/"was" ("My mother is 94 and", "when she was
about eight"). Sentences are our own, with hard negatives (where a rule must not fire); a guard checks that the
sentence was read (the figure it is about, or another, is there), not that nothing came out.
"""

from __future__ import annotations

import pytest

from schemas import Figure
from tests.rules_support import EventTyping

PUBLISHED = "2026-12-04"

_ON = EventTyping(PUBLISHED)
figures = _ON.figures


def by_value(text: str, value: float) -> Figure:
    (fig,) = [f for f in figures(text) if f.value == pytest.approx(value)]
    return fig


def brief(fig: Figure) -> tuple[float, float | None, str | None, str | None, str, str]:
    return (fig.value, fig.value_max, fig.unit, fig.per, fig.kind, fig.qualifier)


# ------------------------------------------------------------------ a long span with a thousands separator


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Volunteers at the depot worked 2,600 hours last month.", 2600, "hours"),
        ("The monks kept the fire lit for 1,200 years.", 1200, "years"),
        ("The engine ran for 10,000 hours before its first repair.", 10000, "hours"),
    ],
)
def test_a_long_span_with_a_separator_is_a_duration(text: str, value: float, unit: str) -> None:
    """ "2,600 hours" gave no figure: every duration over 1,000 was taken for a clock time or a year (dev20)."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "duration")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The parade set off at 1400 hours with 30 bands.", 30),
        ("The 2019 season ended early for 12 clubs.", 12),
    ],
)
def test_a_clock_time_or_a_year_stays_no_duration(text: str, other: float) -> None:
    """Guards (held before): four digits without a separator before a span are a time of day or a year."""
    values = [f.value for f in figures(text)]
    assert other in values and 1400 not in values and 2019 not in values


def test_a_thing_s_age_with_a_separator() -> None:
    """ "a brooch thought to be about 2,000 years old" gave no figure (dev5's gold: 2,000 years, approximate)."""
    fig = by_value("A brooch thought to be about 2,000 years old was taken from the chapel.", 2000)
    assert (fig.unit, fig.kind, fig.qualifier) == ("years", "duration", "approximate")


# ------------------------------------------------------------------ "each" before a modal


def test_each_then_a_modal_names_no_denominator() -> None:
    """ "Each will receive €92,500" was a rate per "will" (dev20)."""
    assert by_value("Each will receive €40,000 if the council buys the land.", 40000).per is None


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("Each winner will receive €500 from the fund.", 500, "winner"),
        ("Each finder will also get £2,000 from the trust.", 2000, "finder"),
        ("Every member gets 5 votes at the meeting.", 5, "member"),
    ],
)
def test_each_noun_then_a_modal_keeps_its_denominator(text: str, value: float, per: str) -> None:
    """The first two failed before (a modal between the noun and the verb stopped the rule); the third is a guard."""
    assert by_value(text, value).per == per


# ------------------------------------------------------------------ "range from X to Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents range from £700 to £1,100 a month.", (700, 1100, "GBP", "month", "money", "range")),
        ("Prices at the market ranged from $4 to $9.", (4, 9, "USD", None, "money", "range")),
        ("Wages vary from 12 to 15 euros an hour.", (12, 15, "EUR", "hour", "money", "range")),
    ],
)
def test_range_from_to_is_one_range(text: str, expected: tuple[object, ...]) -> None:
    """dev20's gold reads "fees range from £980 to £1,400 a week" as one range; it was two amounts."""
    (fig,) = figures(text)
    assert brief(fig) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose from £700 to £1,100 a month.",
        "The fare went from $4 to $9.",
    ],
)
def test_a_change_from_to_stays_two_levels(text: str) -> None:
    """Guards (held before): a change "from" one level "to" another is two figures, no range."""
    figs = figures(text)
    assert len(figs) == 2 and all(f.qualifier == "exact" for f in figs)


# ------------------------------------------------------------------ a noun in "-s" that is no plural


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The county recorded only four measles cases last year.", 4, "cases"),
        ("Two news crews waited at the gate.", 2, "crews"),
        ("The clinic treated nine rabies patients in May.", 9, "patients"),
    ],
)
def test_a_singular_noun_in_s_modifies_the_plural_after_it(text: str, value: float, unit: str) -> None:
    """ "three measles cases" counted "measles" (dev20: cases); "news crews" held before (a guard)."""
    assert by_value(text, value).unit == unit


def test_a_plain_plural_before_a_plural_is_unchanged() -> None:
    """Guard (held before): "four air tankers" still counts the head, as session 20 reads it."""
    assert by_value("The crews were helped by four air tankers.", 4).unit == "tankers"


# ------------------------------------------------------------------ pounds of a shipment


def test_pounds_after_plural_shipments_weigh() -> None:
    """ "Food shipments to the pantry fell to 90,000 pounds" was sterling (dev20: lb)."""
    fig = by_value("Food shipments to the pantry fell to 90,000 pounds this year.", 90000)
    assert (fig.unit, fig.kind) == ("lb", "other")


@pytest.mark.parametrize(
    "text",
    [
        "The firm paid 40,000 pounds for two shipments of steel.",
        "Shipments worth 5,000 pounds were seized at the port.",
    ],
)
def test_pounds_paid_for_shipments_stay_money(text: str) -> None:
    """Hard negatives: a price's verb before the pounds keeps them sterling, whatever the sentence ships."""
    assert any(f.unit == "GBP" for f in figures(text))


# ------------------------------------------------------------------ bounds before a figure


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The repairs are estimated at £1.4m.", 1.4e6, "approximate"),
        ("Fines will rise, up from a maximum of €2,000 under the old rules.", 2000, "at_most"),
        ("He faces a maximum of 14 years in prison.", 14, "at_most"),
        ("Members must serve a minimum of two years on the board.", 2, "at_least"),
    ],
)
def test_estimated_at_and_a_maximum_of_bound_the_figure(text: str, value: float, qualifier: str) -> None:
    """ "estimated at" (dev12, dev20), "a maximum of" (dev5, dev9): they were exact."""
    assert by_value(text, value).qualifier == qualifier


def test_the_maximum_of_a_named_thing_is_no_bound() -> None:
    """Guard (held before): "the maximum of" is a thing's name, not a bound before the number."""
    assert by_value("The board set the maximum of 20 places for the course.", 20).qualifier == "exact"


# ------------------------------------------------------------------ ages


def test_two_ages_joined_by_and_are_two_ages() -> None:
    """ "sons, aged seven and nine" gave 7 years and a count of 9 (dev20: two ages)."""
    figs = figures("Her daughters, aged six and ten, were at home.")
    assert sorted((f.value, f.unit, f.kind, f.value_max) for f in figs) == [
        (6, "years", "duration", None),
        (10, "years", "duration", None),
    ]


def test_aged_digits_to_digits_stays_one_range() -> None:
    """Guard (held before): "aged 6 to 11" is one range."""
    (fig,) = figures("Pupils aged 6 to 11 took part.")
    assert brief(fig) == (6, 11, "years", None, "duration", "range")


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("'My father is 91 and still drives to the shop,' she said.", 91, "exact"),
        ("When she was about eight, her family moved to the coast.", 8, "approximate"),
        ("He was 12 and living with an aunt.", 12, "exact"),
    ],
)
def test_a_person_s_age_after_is_or_was(text: str, value: float, qualifier: str) -> None:
    """ "My mother is 94 and has lived" was a count of 94 (dev20); "when she was about eight" a count (session 23)."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind, fig.qualifier) == ("years", "duration", qualifier)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She was one of 12 finalists.", 12, "finalists"),
        ("She is 5 feet tall.", 5, "ft"),
        ("The bill is 94 pages long.", 94, "pages"),
    ],
)
def test_no_age_where_a_noun_follows(text: str, value: float, unit: str) -> None:
    """Hard negatives: a number with its own noun after "is"/"was" is no age."""
    assert by_value(text, value).unit == unit


# ------------------------------------------------------------------ the lead's findings (LEAD-NOTE-1, -2)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The oil line, which carries up to 90,000 barrels per day, was closed.", 90000, "barrels"),
        ("The new tram line has 14 stations.", 14, "stations"),
    ],
)
def test_a_line_before_a_count_is_no_phone_line(text: str, value: float, unit: str) -> None:
    """ "line" before a number made it a phone number's digits (no figure): not with a thousands separator, nor
    before a plural."""
    assert by_value(text, value).unit == unit


@pytest.mark.parametrize(
    "text", ["Call 999 for help, the police said.", "Ring the hotline on 111 if in doubt."]
)
def test_a_phone_number_stays_no_figure(text: str) -> None:
    """Hard negatives (held before): a number called is no figure."""
    assert figures(text) == []


def test_a_count_before_die_is_no_model_name() -> None:
    """ "around 250 die each year" counted "die", then read "250 die" as a model's name: no figure. Now the count takes
    the people counted before it."""
    text = "About 3,200 people are on the list, and around 170 die each year before a match is found."
    fig = by_value(text, 170)
    assert (fig.unit, fig.kind, fig.qualifier) == ("people", "count", "approximate")


def test_a_model_number_is_still_no_count() -> None:
    """Guard (held before): "the 747 plane" names a model."""
    assert 747 not in [f.value for f in figures("The airline retired the 747 plane after 30 years.")]


def test_a_multiplier_after_a_verb_of_saying_takes_the_antecedent() -> None:
    """ "costs, which it said had nearly doubled" gave the unit "said"."""
    (fig,) = figures("The bakery blamed rising rent and energy costs, which it said had nearly doubled.")
    assert (fig.unit, fig.kind) == ("costs", "multiplier")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Officials said fares had doubled.", "fares"),
        ("Its profits, the bank said, have tripled.", None),
    ],
)
def test_a_multiplier_s_subject_after_said(text: str, unit: str | None) -> None:
    """Guards (held before): a subject after "said", and a subject the rule does not reach, take no "said"."""
    (fig,) = figures(text)
    assert fig.unit == unit


# ------------------------------------------------------------------ review 1 (LEAD-NOTE-3)


@pytest.mark.parametrize(
    "text",
    [
        "Exporters earned 3 million pounds from extra shipments of whisky.",
        "The firm paid 40,000 pounds for two shipments of steel.",
        "Growers made 2,000 pounds selling bags of apples.",
    ],
)
def test_plural_goods_after_a_verb_of_money_stay_sterling(text: str) -> None:
    """R8: the plural goods words turned "earned 3 million pounds from extra shipments" into a weight."""
    assert any(f.unit == "GBP" for f in figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Of the 12 passengers who survived the crash, she was one.",
        "He was nine, and the others were older.",
    ],
)
def test_a_pronoun_s_number_in_words_is_no_age(text: str) -> None:
    """R9: "she was one" (a pronoun's number) was an age of one year; a number word after "is"/"was" is an age only
    in a clause of time or after a kin noun."""
    assert all(f.kind != "duration" for f in figures(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("She was eight when the war began.", 8), ("My son is two.", 2), ("She was 12.", 12)],
)
def test_an_age_in_words_in_a_clause_of_time_or_after_kin(text: str, value: float) -> None:
    """The first two failed before (no age on main); the third is a guard (digits, held before)."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == ("years", "duration")


# ------------------------------------------------------------------ the lead's findings, second piece


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Five-sixths of the members voted yes.", 100 * 5 / 6),
        ("They want £2 million, six-sevenths of the prize.", 100 * 6 / 7),
        ("Three-eighths of the land is forest.", 37.5),
    ],
)
def test_sixths_sevenths_eighths_are_shares(text: str, value: float) -> None:
    """ "five-sixths of" raised a KeyError (the pattern read "sixths", the table had none); "six-sevenths" was a count of
    six "sevenths" (LEAD-NOTE-1 #4)."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == ("percent", "percent")


def test_an_ordinal_seventh_is_no_share() -> None:
    """Guard (held before): "a seventh straight win" is an order, no share."""
    assert all(
        f.kind != "percent" for f in figures("Rovers won a seventh straight game on Sunday by 3 goals.")
    )


def test_a_number_after_a_month_and_a_comma_is_no_day() -> None:
    """ "a visa in August, eleven days after applying" gave no figure for eleven days (LEAD-NOTE-2 #12). Since session
    30 a time counted from an event after a comma is no figure at all (the gold of dev3, dev5, dev8, dev22 and dev26
    leaves "on Friday, three days after ..." unlabelled), and the span it was tested for is read where a verb of
    spending time stands before it."""
    assert not figures("She got a visa in August, eleven days after applying.")
    fig = by_value("She got a visa in August after waiting eleven days after applying.", 11)
    assert (fig.unit, fig.kind) == ("days", "duration")


@pytest.mark.parametrize("text", ["The hall opened on August 11, 2025.", "The vote is on May 3."])
def test_a_day_after_its_month_stays_a_date(text: str) -> None:
    """Guards (held before): a day of a month is no figure."""
    assert all(f.value not in (11, 3) for f in figures(text))


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("The pump keeps the tank cold for up to 36 hours instead of 10.", 10, "hours", "duration"),
        ("Hale was sentenced to six years and Dunn to three.", 3, "years", "duration"),
        ("The trip took 40 minutes, compared with 25 in 2020.", 25, "minutes", "duration"),
    ],
)
def test_a_bare_number_set_against_a_figure_takes_its_unit(
    text: str, value: float, unit: str, kind: str
) -> None:
    """LEAD-NOTE-1 #5, LEAD-NOTE-2 #8: the unit written once was left off the second number (a count of nothing)."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("It ran 40 minutes instead of 12 laps.", 12, "laps"),
        ("Hale was jailed for two years and Dunn for 18 months.", 18, "months"),
    ],
)
def test_a_second_number_with_its_own_unit_keeps_it(text: str, value: float, unit: str) -> None:
    """Guards (held before): a unit written after the second number is its own."""
    assert by_value(text, value).unit == unit


def test_a_count_read_past_a_hyphenated_measure() -> None:
    """ "1.8 million 60-kilogram bags" had no unit (LEAD-NOTE-2 #11); the measure stays its own figure."""
    figs = figures("Output would fall to around 1.5 million 60-kilogram bags.")
    assert {(f.value, f.unit) for f in figs} == {(1.5e6, "bags"), (60, "kg")}


def test_a_noun_right_before_a_number_is_a_verb() -> None:
    """ "Typhoon forces 200,000 to flee" counted "forces" (LEAD-NOTE-1 #2; dev2's headline the same)."""
    figs = figures("Flood forces 30,000 to flee in the north")
    assert [(f.value, f.unit) for f in figs] == [(30000, None)]


def test_a_unitless_headline_merged_with_the_body_keeps_the_body_s_unit() -> None:
    """Once the headline's "forces" was no unit, its 3,400 merged with the body's "About 3,400 residents" and the merged
    figure took the headline's missing unit (dev2): the first unit written is kept."""
    figs = figures(
        "Flood forces 30,000 from homes in the north\n\nAbout 30,000 residents were told to leave on Friday."
    )
    assert [(f.value, f.unit, len(f.evidence)) for f in figs] == [(30000, "residents", 2)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales reached £5.1bn, compared with 4.8 in 2025.", 4.8e9),
        ("The club paid £3 million, up from 1.", 1e6),
        ("The club paid £3 million, up from 900,000.", 900000),
    ],
)
def test_an_elided_unit_carries_its_scale(text: str, value: float) -> None:
    """Review 2, Q8: "compared with 3.9" after "£4.2bn" was 3.9 GBP; a number that writes its own size keeps it."""
    assert by_value(text, value).unit == "GBP"


# ------------------------------------------------------------------ a person named by what they are, then an age


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chess prodigy, 11, becomes youngest champion", 11),
        ("A man, 45, was arrested on Friday.", 45),
        ("The girl, 7, was unhurt.", 7),
    ],
)
def test_an_age_in_apposition_after_a_person_noun(text: str, value: float) -> None:
    """LEAD-NOTE-2 #9: "Chess prodigy, 12, becomes youngest grandmaster" was a count of 12."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == ("years", "duration")


@pytest.mark.parametrize(
    ("text", "value"),
    [("Of the three, 12, 14 and 15, two were boys.", 12), ("The plan, 40 pages long, was published.", 40)],
)
def test_no_age_in_a_list_or_after_a_thing(text: str, value: float) -> None:
    """Hard negatives (held before): a list after a number word, a thing's size."""
    assert by_value(text, value).kind != "duration"
