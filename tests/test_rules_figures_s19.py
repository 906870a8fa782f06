"""Figures on unseen news (session 19): "N times that of ..." and "N times next year's sales" are
multipliers (they were counts of nothing); a multiplier compared with a measure noun ("twice the safe
limit", "almost double the number a year earlier") takes the unit of the amount it is compared with;
"twice as many goals" multiplies goals and "twice as strong" multiplies no counted noun; a knot is the
speed it is, nmi per hour (and the CQE adapter names that rate "knot", as CQE does); "half" before a
determiner is a share ("about half its normal level"); hard negatives of session 18's rules: a state that
"has been empty over five years" lasts more than five years, "aged over 65" is an age, "a quarter of an
hour" is no share.
Sentences are our own, with hard negatives (where a rule must not fire); a guard checks that the
sentence was read (the figure it is about is there), not that nothing came out.
"""

from __future__ import annotations

import pytest

from evals.corpora.cqe import Quantity, cqe_quantity
from schemas import Figure, Span
from tests.rules_support import EventTyping

PUBLISHED = "2026-03-13"


_ON = EventTyping(PUBLISHED)
figures = _ON.figures
rule_of = _ON.figure_rule


def multiplier(text: str) -> Figure:
    (fig,) = [f for f in figures(text) if f.kind == "multiplier"]
    return fig


# ------------------------------------------------------------------ "N times that of", "N times X's"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Her salary was about 300 times that of the average nurse.", 300.0, "salary"),
        ("The shares trade at about 20 times next year's expected earnings.", 20.0, "earnings"),
        ("Rents in the old town are roughly four times those of the suburbs.", 4.0, "rents"),
    ],
)
def test_times_that_of_is_a_multiplier(text: str, value: float, unit: str) -> None:
    # each was a count of nothing ("about 300", no unit)
    fig = multiplier(text)
    assert (fig.value, fig.unit) == (value, unit)


def test_times_what_after_another_verb_names_no_unit() -> None:
    # a multiplier now (it was a count of 3); the verb "paid" is no subject of what is multiplied
    fig = multiplier("He paid three times what his neighbour paid.")
    assert (fig.value, fig.unit) == (3.0, None)


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored three times in the match.",
        "She has visited the island four times this year.",
        "The bell rang three times, the porter said.",
        "Has the council met four times since May?",
        "The firm was fined three times, not four.",
    ],
)
def test_how_often_is_no_multiplier(text: str) -> None:
    """Guard: "N times" of how often stays a count (each answered so before)."""
    counts = [f for f in figures(text) if f.value in (3.0, 4.0)]
    assert counts and all(f.kind == "count" for f in counts)


# ------------------------------------------------------------------ the amount a multiplier is compared with


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The club sold 12,000 tickets for the final, almost double the number sold last year.", "tickets"),
        ("The clinic gave 900 jabs in the past five days, nearly triple its usual rate.", "jabs"),
        ("Readings of up to 6 parts per million were taken near the school, twice the safe limit.", "ppm"),
        (
            "Repairs will cost between £2 million and £3 million, roughly twice the cost of last year's floods.",
            "GBP",
        ),
        ("The house sold for nearly five times the asking price of $200,000.", "USD"),
        ("The town has 4,000 residents, twice the number of a decade ago.", "residents"),
        ("The agency hired 45 inspectors in 2024, double the 2023 figure.", "inspectors"),
    ],
)
def test_a_multiplier_compared_with_a_measure_takes_the_amounts_unit(text: str, unit: str) -> None:
    # each took the measure noun ("number", "rate", "limit", "cost"), a verb ("sold") or nothing
    fig = multiplier(text)
    assert fig.unit == unit
    assert rule_of(text, fig.text) == "figures.units.compared_amount"


def test_the_number_of_a_plural_noun_counts_that_noun() -> None:
    # "seats" of the amount before was no better than "number"; the noun after "of" is what is counted
    assert multiplier("With 40 seats up for grabs, twice the number of candidates stood this year.").unit == (
        "candidates"
    )


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a noun with a sense of its own is what is multiplied
        ("Her award was worth $31 million, more than triple her pay a year earlier.", "pay"),
        ("The port handled 2 million containers, roughly twice its capacity.", "capacity"),
        # the amounts before have two units: which one is compared the words do not say
        ("Sales rose 5% to $3 billion, double the pace of a year earlier.", "pace"),
        ("Membership rose 4% to 1,200 people, twice the rate of the year before.", "rate"),
        # a quantity named after "of" is not the amount before
        ("Water bills will rise by £40, twice the rate of inflation.", "rate"),
    ],
)
def test_a_multiplier_keeps_its_unit_where_the_compared_amount_is_not_settled(text: str, unit: str) -> None:
    """Guard: a noun of its own, amounts of two units, a named quantity: no amount's unit is taken."""
    fig = multiplier(text)
    assert fig.unit == unit


# ------------------------------------------------------------------ "twice as many", "twice as strong"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The team scored twice as many goals as last season.", "goals"),
        (
            "The regulator recalled about 8,000 packs after some pills were found to be twice as strong as the label said.",
            None,
        ),
        ("Some tablets were twice as strong as stated, the firm said of its 5,000 packs.", None),
    ],
)
def test_twice_as_names_what_is_counted_or_nothing(text: str, unit: str | None) -> None:
    # "twice as strong" took "regulator", "tablets" or "prototypes"; "twice as many goals" took "team"
    assert multiplier(text).unit == unit


# ------------------------------------------------------------------ knots


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ferry was doing about 11 knots when it struck the pier.", 11.0),
        ("Gusts of 60 knots closed the harbour.", 60.0),
        ("The patrol boat can reach 30 kn, the navy said.", 30.0),
    ],
)
def test_a_knot_is_nautical_miles_per_hour(text: str, value: float) -> None:
    # each was the unit "kn" with no rate
    (fig,) = [f for f in figures(text) if f.value == value]
    assert (fig.unit, fig.per, fig.kind) == ("nmi", "hour", "other")


@pytest.mark.parametrize(
    "text",
    [
        "The scouts tied 3 knots in the rope.",
        "The fine was 2,000 kn, a court in Zagreb said.",
    ],
)
def test_knots_that_are_no_speed(text: str) -> None:
    """Guard: a knot tied in a rope is no speed; "kn" of money stays the kuna (the figure is read)."""
    figs = figures(text)
    assert figs and all(f.per is None for f in figs)


def test_the_cqe_adapter_names_nautical_miles_per_hour_a_knot() -> None:
    # CQE labels knots "knot"; nmi per hour was written "nautical mile per hour" before the mapping
    fig = Figure.model_validate(
        {
            "id": "fg1",
            "text": "11 knots",
            "value": 11,
            "unit": "nmi",
            "per": "hour",
            "kind": "other",
            "evidence": [Span(start=0, end=1, text="x")],
        }
    )
    assert cqe_quantity(fig) == Quantity(11.0, "knot")


# ------------------------------------------------------------------ "half the", "half its"


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The river is flowing at about half its normal level.", "approximate"),
        ("Rainfall was 180 mm, less than half the usual 410 mm.", "at_most"),
        ("Half the members voted against the plan.", "exact"),
    ],
)
def test_half_before_a_determiner_is_a_share(text: str, qualifier: str) -> None:
    # no figure was given ("half of the members" was already 50%)
    shares = [(f.value, f.qualifier) for f in figures(text) if f.unit == "percent"]
    assert shares == [(50.0, qualifier)]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("The road to the 12 farms is closed for half the year.", 12.0),
        ("He slept through half the match, his 3 children said.", 3.0),
        ("In the second half the visitors scored 2 goals.", 2.0),
    ],
)
def test_half_of_a_span_of_time_is_no_share(text: str, other: float) -> None:
    """Guard: half of a span of time, or of a game, is when, not how much (the sentence's count is read)."""
    figs = figures(text)
    assert any(f.value == other for f in figs)
    assert [f for f in figs if f.unit == "percent"] == []


def test_half_the_in_a_quote_is_the_speakers_picture() -> None:
    """Guard: "Half the boats ... will not survive" in a quote is rhetoric (dev14's gold leaves it out), as how
    often and how long are inside quotes; the quote's count is read."""
    figs = figures('"Half the 40 boats in this harbour will not survive a cut like this," he said.')
    assert any(f.value == 40.0 for f in figs)
    assert [f for f in figs if f.unit == "percent"] == []


# ------------------------------------------------------------------ a fraction of one unit


@pytest.mark.parametrize(
    "text",
    [
        "The queue of 40 cars took a quarter of an hour to clear.",
        "Shares in the 3 banks rose by a fifth of a point.",
        "The 12 runners covered a third of a mile.",
    ],
)
def test_a_fraction_of_one_unit_is_no_share(text: str) -> None:
    # each was a share (25%, 20%, 33.3%)
    figs = figures(text)
    assert figs and [f for f in figs if f.unit == "percent"] == []


@pytest.mark.parametrize(
    "text",
    ["A quarter of the staff quit.", "Half of a typical household's bill is tax."],
)
def test_a_fraction_of_a_whole_stays_a_share(text: str) -> None:
    """Guard: "of the staff", "of a typical household's bill" are wholes, not units."""
    assert [f.unit for f in figures(text)] == ["percent"]


# ------------------------------------------------------------------ "over" after a lasting state


@pytest.mark.parametrize(
    "text",
    [
        "The shop has been empty over five years.",
        "The mill has stood largely idle over five years.",
        "The post has remained vacant over five years, the council said.",
    ],
)
def test_a_state_over_a_span_lasts_more_than_it(text: str) -> None:
    # session 18 read "over" here as the span an amount is spread over (exact)
    assert [(f.value, f.unit, f.qualifier) for f in figures(text)] == [(5.0, "years", "at_least")]


@pytest.mark.parametrize(
    "text",
    [
        "Prices will be frozen over five years under the deal.",
        "The plant was closed over five years, cutting 400 jobs.",
        "The council will spend £2 million on the empty shops over five years.",
    ],
)
def test_a_span_things_are_spread_over_stays_exact(text: str) -> None:
    """Guard: a freeze, a closure or spending spread over years stays the span (session 18's reading)."""
    assert (5.0, "years", "exact") in [(f.value, f.unit, f.qualifier) for f in figures(text)]


# ------------------------------------------------------------------ "aged over 65"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("The scheme is open to people aged over 65.", 65.0, "at_least"),
        ("The 40 members aged over 60 voted.", 60.0, "at_least"),
        ("Children aged under five travel free.", 5.0, "at_most"),
    ],
)
def test_aged_over_is_an_age(text: str, value: float, qualifier: str) -> None:
    # each was a count ("over 65" people, "under five" of "travel")
    ages = [(f.value, f.unit, f.qualifier) for f in figures(text) if f.kind == "duration"]
    assert ages == [(value, "years", qualifier)]


def test_aged_over_a_span_is_no_age() -> None:
    """Guard: wine "aged over 12 months" is how long it aged, not a person's age."""
    assert [(f.value, f.unit, f.qualifier) for f in figures("The wine was aged over 12 months in oak.")] == [
        (12.0, "months", "at_least")
    ]


# ------------------------------------------------------------------ a number of sources


@pytest.mark.parametrize(
    "text",
    [
        "Two officials at the finance ministry told reporters the plan of 3 stages was dead.",
        "Two board members, who spoke on condition of anonymity, said the bank had lost 5 clients.",
        "Two diplomats involved in the talks told reporters that nine rounds had been held.",
        "Two proxy advisers, Harwell Proxy and Dunmore Governance, had recommended a vote against 3 directors.",
        "Two government officials, speaking on condition of anonymity, said 3 ministers would go.",
    ],
)
def test_a_few_sources_described_before_telling_are_no_count(text: str) -> None:
    # "Two" was a count of officials, members, diplomats, advisers
    figs = figures(text)
    assert figs and [f.value for f in figs if f.value == 2.0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Two officials were arrested on Monday.",
        "Two members of staff were injured in the blast.",
        "Two advisers were sacked, the firm said.",
        "Police said two officials had been suspended.",
        "About 40 people, most of them students, said they would march.",
    ],
)
def test_sources_that_are_counted(text: str) -> None:
    """Guard: officials arrested, staff injured, advisers sacked, marchers: counts (answered so before)."""
    assert [f.kind for f in figures(text)] == ["count"]
