"""Figures on unseen news (session 25): dev21's kinds and the same kinds in older sets. Seasons of play are a span;
"which seats 4,800" counts seats; a group's count and a reading on a scale are two quantities, never one figure;
an adjective the unit search stopped at before its plural ("two earlier treatments", "two outside historians", "the
61 surviving pleasure piers"); a partitive after a name and a comma ("According to X, 19 of the 61 piers"); a
population's levels count people. Sentences are our own, with hard negatives (where a rule must not fire); a guard
checks that the sentence was read (the figure it is about, or another, is there), not that nothing came out.
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


# ------------------------------------------------------------------ seasons of play


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The club has played 58 seasons at the old ground.", 58),
        ("He coached the Rivertown side for eight seasons before he retired.", 8),
        ("The team has finished bottom in each of the past two seasons.", 2),
    ],
)
def test_seasons_are_a_span_of_play(text: str, value: float) -> None:
    """ "58 seasons" was a count of seasons; the gold of dev7, dev20 and dev21 reads a duration in every set."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == ("seasons", "duration")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("About 31,000 season passes were sold before the snow came.", 31000, "passes"),
        ("The club has 9,000 season-ticket holders.", 9000, "holders"),
    ],
)
def test_a_season_before_a_noun_modifies_it(text: str, value: float, unit: str) -> None:
    """Guards: the singular "season" before a noun is no span (only the plural is a unit of time)."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "count")


def test_the_four_seasons_hotel_is_no_figure() -> None:
    """Guard: a name with a number word in it."""
    assert [f.value for f in figures("She stayed at the Four Seasons hotel for 3 nights.")] == [3]


# ------------------------------------------------------------------ "seats 4,800"


def test_a_ground_that_seats_a_number_counts_seats() -> None:
    """ "which opened in 1961 and seats 4,800" had no unit (dev21; session 24 read the noun before as a verb)."""
    fig = by_value("The old ground, which opened in 1961 and seats 4,800, will be sold.", 4800)
    assert (fig.unit, fig.kind) == ("seats", "count")


def test_a_verb_before_a_number_is_still_no_unit() -> None:
    """Guard (session 24): "forces" before the number is a verb, not what is counted."""
    fig = by_value("Typhoon Mirel forces 200,000 to flee", 200000)
    assert fig.unit is None


# ------------------------------------------------------------------ a group's count and a reading on a scale


LEAD_PAIR = (
    "The group of four, all from Denmark, had skied under a barrier onto the closed slope. "
    "The regional avalanche service had rated the danger at 4 on its five-level scale."
)


def test_a_group_of_four_and_a_rating_of_4_are_two_figures() -> None:
    """One figure "four / 4" (the lead's article, session 24): both were counts of nothing and grounding merged them."""
    fours = [f for f in figures(LEAD_PAIR) if f.value == 4]
    assert sorted((f.kind, f.unit) for f in fours) == [("count", "people"), ("other", "level")]
    assert all(len(f.evidence) == 1 for f in fours)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The quake measured 6.1 on the Richter scale.", 6.1, "magnitude"),
        ("Inspectors put the risk at 3 on a four-point scale.", 3, "level"),
    ],
)
def test_a_reading_on_a_named_scale(text: str, value: float, unit: str) -> None:
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "other")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A family of five was rescued from the roof.", 5),
        ("A group of 30 gathered outside the town hall.", 30),
    ],
)
def test_a_group_or_family_of_a_number_counts_people(text: str, value: float) -> None:
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == ("people", "count")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A group of 12 students protested outside.", 12, "students"),
        ("The shares traded at 4 on a quiet day, and 20 brokers left.", 20, "brokers"),
    ],
)
def test_group_and_scale_rules_keep_their_bounds(text: str, value: float, unit: str) -> None:
    """Guards: a noun after the number is its unit; "on a quiet day" names no scale."""
    assert by_value(text, value).unit == unit
    assert all(f.unit not in ("people", "level") for f in figures(text))


def test_the_group_of_seven_is_a_name() -> None:
    """Guard: "Group" in capitals names the group; no count of people is read from it."""
    assert all(f.unit != "people" for f in figures("Leaders of the Group of Seven met in Rome on Friday."))


# ------------------------------------------------------------------ an adjective before the plural


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The pill is only for adults who have failed at least two earlier treatments.", 2, "treatments"),
        ("The club turned down two earlier bids for the striker.", 2, "bids"),
        ("He had three previous convictions for theft.", 3, "convictions"),
        ("The review, led by two outside historians, found no record of a sale.", 2, "historians"),
        ("Some 80 striking bus drivers marched to the depot.", 80, "drivers"),
    ],
)
def test_an_adjective_before_the_plural_is_read_past(text: str, value: float, unit: str) -> None:
    """ "two earlier treatments" (dev6), "two outside historians" (dev12) had no unit: the search stopped at a word
    that usually ends a noun phrase ("two years earlier", "outside the hall")."""
    assert by_value(text, value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police arrested 12 outside offices of the ministry.", 12),
        ("They scored 12 earlier this season.", 12),
        ("Police found 300 using fake passports at the border.", 300),
    ],
)
def test_where_the_adjective_is_no_adjective(text: str, value: float) -> None:
    """Hard negatives: "outside" before a place, "earlier" before no plural, a participle that is a verb."""
    assert by_value(text, value).unit not in ("offices", "passports", "season")


def test_the_bridge_opened_two_years_earlier() -> None:
    """Guard: the span before "earlier" keeps its unit."""
    fig = by_value("The bridge reopened two years earlier than planned.", 2)
    assert (fig.unit, fig.kind) == ("years", "duration")


def test_a_participle_before_a_noun_and_its_plural() -> None:
    """ "the 61 surviving pleasure piers" had no unit (dev21)."""
    text = "The association said 19 of the 61 surviving pleasure piers are at risk."
    assert by_value(text, 61).unit == "piers"


# ------------------------------------------------------------------ a partitive after a name and a comma


def test_a_partitive_after_a_name_and_a_comma_is_a_count() -> None:
    """ "According to the Seaside Piers Association, 19 of the 61 piers" gave no figure for 19 (dev21): the name
    before the comma made it a label ("Flight 17")."""
    text = "According to the Harbour Trust, 19 of the 61 piers in Britain are at risk."
    assert by_value(text, 19).unit == "piers"


def test_a_partitive_of_no_plural_after_a_name_stays_no_figure() -> None:
    """Hard negative: "Harbour United, 2 of the best" reads a score's side, not a count of "best"."""
    assert all(f.unit != "best" for f in figures("Harbour United, 2 of the best, lost again."))


# ------------------------------------------------------------------ a population counts people


@pytest.mark.parametrize(
    "text",
    [
        "Belvarra's population fell 4.1% over the past decade to 6.82 million.",
        "TORVIK, Belvarra (Reuters) - Belvarra's population fell over the past decade to 6.82 million.",
        "The population of the town fell to 6.82 million.",
    ],
)
def test_a_population_counts_people(text: str) -> None:
    """dev12's 6.82 million had no unit."""
    assert by_value(text, 6.82e6).unit == "people"


@pytest.mark.parametrize(
    "text",
    [
        "The wolf population rose to 120 last year.",
        # review 1: animals are no people; a population no place owns
        "The sanctuary's population rose to 40 after the release.",
        "The population rose to 40 after the release.",
    ],
)
def test_a_population_no_place_owns_counts_no_people(text: str) -> None:
    """Hard negatives: "the wolf population", "the sanctuary's population" count animals, which the rules do not name."""
    assert all(f.unit != "people" for f in figures(text))


def test_a_population_of_a_plural_counts_the_plural() -> None:
    """Review 1: "The island's population of puffins fell to 3,000" was 3,000 people."""
    assert by_value("The island's population of gannets fell to 3,000 last year.", 3000).unit == "gannets"


# ------------------------------------------------------------------ a speaker's round "a thousand"


@pytest.mark.parametrize(
    "text",
    [
        "“I would take in a thousand cats if I had the room,” the owner said.",
        "“I could give you a thousand reasons to stay,” the manager said.",
        "“I have rung them a hundred times about the leak,” she said.",
    ],
)
def test_a_speakers_round_a_thousand_is_no_figure(text: str) -> None:
    """dev21's "would take in a thousand dogs", dev19's "a hundred times": figures of speech the gold leaves out (a
    modal before the number, "times" after it)."""
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"We lost about a thousand sheep in the storm," the farmer said.', 1000),
        ("About a thousand people marched through the town on Sunday.", 1000),
        ("A thousand runners started the race.", 1000),
        ('"We hired 1,000 workers last year," he said.', 1000),
        # review 1: a literal count in a quote
        ('"A hundred jobs will go at the depot," the union said.', 100),
        ('"We lost a thousand lambs in the flood," the farmer said.', 1000),
        ('The union said "a hundred posts" would be cut.', 100),
    ],
)
def test_a_round_number_outside_speech_or_hedged_stays(text: str, value: float) -> None:
    """Guards: a hedge, digits, or the writer's own words keep the figure."""
    assert by_value(text, value).kind == "count"


# ------------------------------------------------------------------ "annual takings of"


def test_annual_takings_are_a_rate_per_year() -> None:
    """ "the pier's annual takings of £1.7m" had no rate (dev21)."""
    fig = by_value("Repairs would cost four times the theatre's annual takings of £2.3m.", 2.3e6)
    assert (fig.unit, fig.per) == ("GBP", "year")


def test_takings_without_a_rate_adjective_have_no_rate() -> None:
    """Guard: "takings rose to £2.3m" names no span."""
    assert by_value("The theatre's takings rose to £2.3m.", 2.3e6).per is None


# ------------------------------------------------------------------ a fraction as a change (LEAD-NOTE-s25-1 F1)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        (
            "The levy raised 90 million euros, about a quarter less than ministers had hoped.",
            25,
            "approximate",
        ),
        ("Tickets cost a third more than they did in 2019.", 100 / 3, "exact"),
        (
            'The mayor said the plan would cut the waiting list "by more than half" and that no one would lose out.',
            50,
            "at_least",
        ),
    ],
)
def test_a_fraction_as_a_change(text: str, value: float, qualifier: str) -> None:
    """ "about a quarter less than the government had forecast" gave no figure (the lead's articles); dev21's cut "by
    more than half" none either (the quotation mark before "by" hid the verb)."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind, fig.qualifier) == ("percent", "percent", qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "A quarter more people came than last year, and 40 stalls opened.",
        "The second half more than made up for it, with 40 shots.",
    ],
)
def test_a_fraction_not_compared_is_no_change(text: str) -> None:
    """Hard negatives: a noun between the fraction and "than"; a half of a match."""
    assert all(f.unit != "percent" for f in figures(text))
    assert 40 in [f.value for f in figures(text)]


# ------------------------------------------------------------------ a measure from the figure's own words (F2)


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The reserve will have a budget of about €2.5m a year and employ 14 wardens.", 14, "wardens"),
        ("The board had offered a grant of £90,000 in March.", 90000, "GBP"),
        ("The fair drew 30,000 visitors to Port Calder.", 30000, "visitors"),
        ("Velto, which employs 1,800 people, beat three rivals.", 1800, "people"),
    ],
)
def test_a_measure_takes_no_time_destination_verb_or_other_figure(
    text: str, value: float, measure: str
) -> None:
    """The measure was "budget of about", "GBP in March", "visitors to Port Calder", "people employs"."""
    assert by_value(text, value).measure == measure


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("The flood killed 12 people in Tarvos.", 12, "people killed in Tarvos"),
        ("The bank cut 300 jobs in Leeds on Monday.", 300, "jobs cut in Leeds"),
        ("The number of troops in Iraq rose to 4,000.", 4000, "number of troops in Iraq"),
        ("The budget of the agency is $5 million.", 5e6, "budget of the agency"),
    ],
)
def test_a_measure_keeps_its_participle_place_and_noun(text: str, value: float, measure: str) -> None:
    """Guards: a participle after the noun, a place after "in", "the number of" before the figure."""
    assert by_value(text, value).measure == measure


# ------------------------------------------------------------------ a bound after the number


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Seismologists warned that an aftershock of magnitude 5 or stronger was possible.", 5, "at_least"),
        ("Patients with 15 or fewer migraine days a month were excluded.", 15, "at_most"),
        ("Homes worth £500,000 or less are exempt.", 500000, "at_most"),
        ("It needs 4,000 or more signatures.", 4000, "at_least"),
    ],
)
def test_a_bound_after_the_number(text: str, value: float, qualifier: str) -> None:
    """ "magnitude 6 or stronger" was exact (dev6's gold: at least); "or fewer", "or less" likewise."""
    assert by_value(text, value).qualifier == qualifier


def test_or_between_two_numbers_is_no_bound() -> None:
    """Guard: "5 or 6 people" is a range or a choice, not "or" of a bound."""
    assert all(f.qualifier not in ("at_least", "at_most") for f in figures("Five or six people were hurt."))


# ------------------------------------------------------------------ review 2


@pytest.mark.parametrize(
    "text",
    [
        "The streaming service has ordered three more seasons of the drama.",
        "The broadcaster renewed the quiz for two more seasons.",
    ],
)
def test_a_series_seasons_are_counted(text: str) -> None:
    """R9: a series' seasons ordered or renewed are a count, not a span."""
    (fig,) = [f for f in figures(text) if f.unit == "seasons"]
    assert fig.kind == "count"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The family of 5 lost everything in the flood.", 5),
        ("The charity helped a family of seven find a flat.", 7),
    ],
)
def test_a_family_of_a_number_before_a_verb_counts_people(text: str, value: float) -> None:
    """R10: the verb after the number was the unit ("lost", "find")."""
    fig = by_value(text, value)
    assert (fig.unit, fig.kind) == ("people", "count")
    assert all(len(e.text.split()) == 1 for e in fig.evidence)
