"""Figures on unseen news (session 17): a share in words keeps its exact ratio ("one in three" is 100/3
percent), each side of a vote's tally counts votes ("The motion failed 12 to 15"), "within" bounds a span
("within a week", "within 30 days"), a comma ends a name before a count ("According to the Coastal Health
Board, 2,300 nurses quit"), two numbers joined by "or" are a range ("four or five dry days"), and a unit
of two words is read whole ("per megawatt hour", "nautical miles").
Sentences are our own, with hard negatives (where the rule must not fire).
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-03-13"


_ON = EventTyping(PUBLISHED)
figures = _ON.figures
rule_of = _ON.figure_rule


# ------------------------------------------------------------------ a share's exact ratio


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nearly one in three of the new nurses left within two years.", 100 / 3),
        ("About one in nine adults in the valley has no doctor.", 100 / 9),
        ("Roughly a third of the orchards were lost.", 100 / 3),
        ("Two-thirds of members backed the merger.", 200 / 3),
    ],
)
def test_a_share_in_words_keeps_its_ratio(text: str, expected: float) -> None:
    # it was rounded to six decimals (33.333333), another number than a third to twelve digits
    (share,) = [f for f in figures(text) if f.unit == "percent"]
    assert f"{share.value:.12g}" == f"{expected:.12g}"


def test_a_whole_share_is_unchanged() -> None:
    """Guard: a share with a finite decimal answered so before too."""
    assert [(f.value, f.unit) for f in figures("Nine out of 10 riders said the fare was fair.")] == [
        (90.0, "percent")
    ]


# ------------------------------------------------------------------ a vote's tally


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion failed 12 to 15 on Tuesday.", [(12, "votes"), (15, "votes")]),
        ("The harbour levy passed 54 to 41 after midnight.", [(54, "votes"), (41, "votes")]),
        ("Ferry staff voted by 230 to 18 to accept the offer.", [(230, "votes"), (18, "votes")]),
        ("The bill passed the Senate 51 to 49.", [(51, "votes"), (49, "votes")]),
        # a hyphen tally after the vote's verb was the range 3-6
        ("A cheaper permit of $9, which failed 2-5, was dropped.", [(9, "USD"), (2, "votes"), (5, "votes")]),
    ],
)
def test_a_tally_after_a_vote_counts_votes(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in figures(text)] == expected


def test_a_vote_tally_records_its_rule() -> None:
    assert rule_of("The motion failed 12 to 15 on Tuesday.", "12") == "figures.units.vote_tally"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a game's score: no vote
        ("Harbour lost 2-1 on Friday.", [(2, None), (1, None)]),
        ("The side failed to score and lost 0-2 at home.", [(0, None), (2, None)]),
        # a range after a verb with a noun of its own
        ("The plan approved 20 to 30 homes on the site.", [(20, "homes")]),
        # a change's two levels
        ("Support rose from 40 to 55 percent.", [(40, "percent"), (55, "percent")]),
    ],
)
def test_other_pairs_count_no_votes(text: str, expected: list[tuple[float, str | None]]) -> None:
    """Guard: these answered so before the change too."""
    assert [(f.value, f.unit) for f in figures(text)] == expected


# ------------------------------------------------------------------ within


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flock will be moved within a week.", ("within a week", 1, "weeks")),
        ("Both pumps failed within an hour.", ("within an hour", 1, "hours")),
        ("The aquifer could fall 12 metres within a decade.", ("within a decade", 10, "years")),
    ],
)
def test_within_one_unit_is_a_bounded_span(text: str, expected: tuple[str, float, str]) -> None:
    # no figure was given
    spans = [(f.text, f.value, f.unit, f.qualifier) for f in figures(text) if f.kind == "duration"]
    assert spans == [(*expected, "at_most")]


def test_within_a_number_is_at_most() -> None:
    # it was exact, its evidence "30 days"
    (fig,) = figures("Claims must be filed within 30 days.")
    assert (fig.value, fig.unit, fig.qualifier, fig.evidence[0].text) == (
        30,
        "days",
        "at_most",
        "within 30 days",
    )


@pytest.mark.parametrize(
    "text",
    [
        # "a week" with no bound before it states no span
        "The market opens once a week.",
        "The ferry was cancelled a week ago.",
        # a bound on something else than a span of time
        "The team finished within a point of the leaders.",
    ],
)
def test_no_span_without_its_bound(text: str) -> None:
    """Guard: no figure came from these before either."""
    assert [f for f in figures(text) if f.kind == "duration"] == []


# ------------------------------------------------------------------ a comma ends a name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Coastal Health Board, 2,300 nurses quit last year, up from 1,900 a year earlier.",
            [(2300, "nurses"), (1900, "nurses")],
        ),
        ("In Marlow Bay, 440 teachers walked out.", [(440, "teachers")]),
    ],
)
def test_a_count_after_a_name_and_a_comma(text: str, expected: list[tuple[float, str]]) -> None:
    # no figure: the name before the comma was read as the number's label ("Flight 17")
    assert [(f.value, f.unit) for f in figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a score line, and a number with no counted noun after it
        "Harbour United, 2 Vale Rovers 1.",
        "The suspect, Tom Reed, 31 was held overnight.",
        # no comma: a name's number
        "Flight 17 landed safely.",
    ],
)
def test_a_name_before_a_number_with_no_noun_still_labels_it(text: str) -> None:
    """Guard: no figure came from these before either."""
    assert figures(text) == []


# ------------------------------------------------------------------ "or" ranges


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crews need four or five dry days to finish.", (4, 5, "days", "duration")),
        ("The retrial could take two or three years.", (2, 3, "years", "duration")),
        ("Buyers paid a 20 or 30 percent premium.", (20, 30, "percent", "percent")),
        ("The repairs will cost 5 or 10 million dollars.", (5e6, 1e7, "USD", "money")),
    ],
)
def test_two_numbers_joined_by_or_are_a_range(text: str, expected: tuple[float, float, str, str]) -> None:
    # the first number was a figure of its own (a count of nothing, or of the second's unit)
    assert [(f.value, f.value_max, f.unit, f.kind, f.qualifier) for f in figures(text)] == [
        (*expected, "range")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of three or more stays a figure per number
        ("Lenders hope to clear 6, 7 or 9 percent.", [(6, None), (7, None), (9, None)]),
        # "either" names the only two values
        ("Each cell holds either 0 or 1 at a time.", [(0, None), (1, None)]),
        # a scale word the second end holds in its value: no range from 7 to 8,000
        ("The count may turn on three or four thousand ballots.", [(3, None), (4000, None)]),
        # falling ends are no range
        ("The works will take 10 or 3 days.", [(10, None), (3, None)]),
    ],
)
def test_other_alternatives_stay_separate(text: str, expected: list[tuple[float, float | None]]) -> None:
    """Guard: these answered so before the change too."""
    assert [(f.value, f.value_max) for f in figures(text)] == expected


# ------------------------------------------------------------------ two-word units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # per MW (a power) and 500 MW: the first word alone was read
        ("The plant produced 500 megawatt hours in May.", [(500, "MWh", None)]),
        ("The dam makes 4.2 terawatt hours a year.", [(4.2, "TWh", "year")]),
        # a statute mile
        ("The trawler sailed about 1,800 nautical miles.", [(1800, "nmi", None)]),
    ],
)
def test_a_unit_of_two_words(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(f.value, f.unit, f.per) for f in figures(text)] == expected


def test_a_price_per_megawatt_hour_and_the_price_it_is_compared_with() -> None:
    # per MW, and the earlier price no rate (the comparison was read after "megawatt", not "hour")
    got = figures("Wholesale power hit $12,000 per megawatt hour, up from about $80 a week earlier.")
    assert [(f.value, f.unit, f.per) for f in got] == [(12000, "USD", "MWh"), (80, "USD", "MWh")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant can produce 900 megawatts of power.", [(900, "MW", None)]),
        ("The farm sold 80 kilowatt-hours to the grid.", [(80, "kWh", None)]),
        ("The island is 12 miles offshore.", [(12, "mi", None)]),
        # a knot is nmi per hour since session 19 (it was "kn" with no rate)
        ("The gusts reached 45 knots.", [(45, "nmi", "hour")]),
    ],
)
def test_one_word_units_are_unchanged(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    """Guard: these answered so before the change too."""
    assert [(f.value, f.unit, f.per) for f in figures(text)] == expected
