"""Figures that came back confidently wrong on unlabelled political news (session 10, helper s10-wrong).

A hostile reading of what the rules output on news nobody labelled: units that were a verb, an adverb
or a possessor ("100,000 died", "14 solidly ...", "the campaign's"), measures written as one hyphenated
adjective ("square-foot"), a scale lost after "-plus", a share written once after listed numbers, a
margin of error read as a negative number, a chamber before a tally read as a label, an identifier of 18 digits read
as a count, ages read as counts. Each test names the wrong answer the rules gave before. Sentences are
our own, with hard negatives.
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules

PUBLISHED = "2026-03-13"

Row = tuple[str, float, float | None, str | None, str]


def figures(text: str) -> list[Row]:
    return [(f.text, f.value, f.value_max, f.unit, f.kind) for f in rules(text, PUBLISHED).figures]


# ------------------------------------------------------------------ what is counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb (was unit "died", "voted")
        ("The famine lasted two years, in which 40,000 died.", ("40,000", None)),
        ("Turnout fell when 9,500 voted.", ("9,500", None)),
        # an adverb (was "right", "solidly")
        ("\u201cWe are six right now,\u201d the captain said.", ("six", None)),
        # a possessor is no unit (was "council's", "party\u2019s"); after "of the" it is a partitive's whole,
        # read past to the noun counted (session 16, tests/test_rules_figures_units_s16.py)
        ("She will get three of the council's seats.", ("three", "seats")),
        ("About a dozen of the party\u2019s paid organisers quit.", ("About a dozen", "organisers")),
        # a dash ends the phrase (was "extremes")
        ("Ohio has more than 900 - the most in the region - of the old mills.", ("more than 900", None)),
    ],
)
def test_a_word_that_is_no_noun_is_no_unit(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in [(f[0], f[3]) for f in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural of people before the verb is what is counted (was "participated", "killed")
        ("In 2019, 210,000 Ohioans participated in the count.", ("210,000", "ohioans")),
        ("Two Canadians killed in the crash were named.", ("Two", "canadians")),
        # "past and current" describe the noun (was "past")
        ("Four past and current employees spoke to the paper.", ("Four", "employees")),
        # "news" is no plural head (was "news")
        ("The post linked to three news reports.", ("three", "reports")),
        # a gerund before a plural belongs to the noun (was "volunteer")
        ("The union held 4,000 volunteer training sessions.", ("4,000", "training sessions")),
    ],
)
def test_the_counted_noun_is_found(text: str, expected: tuple[str, str]) -> None:
    assert [(f[0], f[3]) for f in figures(text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard negatives: participles that count people, adjectives in -ed, nouns in -ly and -ed
        ("The blast left 4 dead and 12 injured.", [("4", "dead"), ("12", "injured")]),
        ("Police detained 30 masked protesters.", [("30", "protesters")]),
        ("The trust opened a 24-bed ward.", [("24", "bed")]),
        ("Organisers expect 3 rallies and one family day.", [("3", "rallies")]),
        ("The fire killed 14 people and injured at least 60.", [("14", "people"), ("at least 60", "people")]),
    ],
)
def test_nouns_that_look_like_verbs_still_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f[0], f[3]) for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb or a compound adjective before the noun is skipped, not counted
        ("Polls count 14 solidly Democratic wards.", ("14", "wards")),
        ("The plan adds 152 single-family homes.", ("152", "homes")),
        ("She faces two weaker-than-expected early contests.", ("two", "contests")),
    ],
)
def test_an_adverb_or_compound_adjective_before_the_noun(text: str, expected: tuple[str, str]) -> None:
    assert [(f[0], f[3]) for f in figures(text)] == [expected]


def test_a_count_naming_another_noun_borrows_no_unit() -> None:
    # was "staff" and "donations", the counts before them
    got = figures('The party sent staff to all 9 of the "Super Tuesday" wards.')
    assert [(f[0], f[3]) for f in got] == [("9", None)]
    # was "votes": the 14 are states the words do not name as the noun of another count
    got = figures("They won 150 votes, fewer than those cast by the 14 solidly or leaning blue wards.")
    assert [(f[0], f[3]) for f in got] == [("150", "votes"), ("14", None)]
    got = figures("The mayor raised $90,000 in 300 donations from about 250 such donors.")
    assert [(f[0], f[3]) for f in got] == [("$90,000", "USD"), ("300", "donations"), ("about 250", None)]


# ------------------------------------------------------------------ measures in one hyphenated word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each was a count of "square-foot" or "foot-high"
        ("The club leases a 12,000 square-foot hall.", ("12,000", 12000, None, "ft²", "other")),
        ("Builders finished a 90,000-square-foot depot.", ("90,000", 90000, None, "ft²", "other")),
        ("The town sits on a 2,300-foot-high ridge.", ("2,300", 2300, None, "ft", "other")),
        ("They mapped a 40-square-mile reserve.", ("40", 40, None, "mi²", "other")),
    ],
)
def test_a_measure_written_as_one_adjective(text: str, expected: Row) -> None:
    assert figures(text) == [expected]


def test_a_dollar_adjective_is_money() -> None:
    # was a count of "dollar"
    assert figures("They launched a billion-dollar harbour plan.") == [
        ("a billion", 1e9, None, "USD", "money")
    ]


def test_a_scale_after_plus_is_the_numbers() -> None:
    # was $40, "at least"
    assert figures("The plan carries a $40-plus billion price tag.") == [
        ("$40-plus billion", 4e10, None, "USD", "money")
    ]
    # hard negative: no scale after
    assert figures("Tickets cost $40-plus at the door.") == [("$40", 40, None, "USD", "money")]


def test_a_range_whose_scale_the_first_number_lacks_is_read_whole() -> None:
    # was $5 (USD), then (session 10) no figure; session 11 reads hyphen ranges whole
    assert figures("The levy would raise $5-10 billion.") == [("$5-10 billion", 5e9, 1e10, "USD", "money")]


# ------------------------------------------------------------------ shares


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each first number was a count; two numbers joined by "or" are one range since session 17
        # (tests/test_rules_figures_s17.py), a list of three keeps a figure per number
        (
            "Buyers paid a 20, 25 or 30 percent premium.",
            [("20", "percent"), ("25", "percent"), ("30 percent", "percent")],
        ),
        (
            "Lenders hope to clear 6, 7, 9 percent.",
            [("6", "percent"), ("7", "percent"), ("9 percent", "percent")],
        ),
    ],
)
def test_a_share_written_once_after_listed_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f[0], f[3]) for f in figures(text)] == expected


def test_listed_counts_keep_no_share() -> None:
    # hard negative: a count and then a share of something else
    got = figures("The 20 wards and 30 percent of the budget were cut.")
    assert [(f[0], f[4]) for f in got] == [("20", "count"), ("30 percent", "percent")]


def test_a_chamber_before_a_tally_is_no_label() -> None:
    # "House 218" was a label: the tally lost its first side
    got = figures("The bill passed the House 218 to 210.")
    assert [f[1] for f in got] == [218, 210]
    # hard negatives: a name before a number is still a label, a chamber's number without a vote too
    assert figures("She flew home on Flight 17.") == []
    assert figures("Results: Senate 51-49.") == []


def test_plus_or_minus_is_a_margin_not_a_negative() -> None:
    # was -3.5
    got = figures("The poll has a margin of error of plus or minus 3.5 percentage points.")
    assert [(f[1], f[3]) for f in got] == [(3.5, "percentage points")]
    # hard negative: "minus" alone is below zero
    assert [f[1] for f in figures("Overnight it fell to minus 6 degrees.")] == [-6]


def test_gone_up_to_is_the_new_level() -> None:
    # was "at most"
    got = rules("Annual fees have gone up to $9,200.", PUBLISHED).figures
    assert [(f.value, f.qualifier) for f in got] == [(9200, "exact")]
    # hard negative: a bound
    got = rules("Members pay up to $9,200 a year.", PUBLISHED).figures
    assert [(f.value, f.qualifier) for f in got] == [(9200, "at_most")]


# ------------------------------------------------------------------ identifiers and idioms


def test_a_long_run_of_digits_is_an_identifier() -> None:
    # was a count of 7.1e17
    assert figures('<post post-id="712345678901234567"></post>.') == []
    # hard negative: a large count with separators
    assert [f[1] for f in figures("The silos hold 712,345,678,901 bushels.")] == [712345678901]


def test_doubled_down_is_no_multiplier() -> None:
    # was a multiplier of 2
    assert figures("The mayor doubled down on her plan for the port.") == []
    # hard negative
    assert [(f[1], f[4]) for f in figures("Ferry fares doubled last year.")] == [(2, "multiplier")]


# ------------------------------------------------------------------ ages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each was a count (of "voters", of "say", of nothing)
        ("Brandt won 70 percent of voters under 30 in the county.", ("under 30", 30, "years", "at_most")),
        ("Those over 65 say the ferry matters most.", ("over 65", 65, "years", "at_least")),
        ("The mayor's eldest son, 31, runs the depot.", ("31", 31, "years", "exact")),
    ],
)
def test_an_age_is_no_count(text: str, expected: tuple[str, float, str, str]) -> None:
    got = [
        (f.text, f.value, f.unit, f.qualifier) for f in rules(text, PUBLISHED).figures if f.kind == "duration"
    ]
    assert got == [expected]


def test_younger_than_is_an_age_and_ages_of_no_count() -> None:
    # was a count of "adoptees"
    got = [
        (f.text, f.unit)
        for f in rules("It covers 9,000 pupils younger than 16 in the county.", PUBLISHED).figures
    ]
    assert got == [("9,000", "pupils"), ("younger than 16", "years")]
    # "between the ages of 18 and 29" were two counts of "people": no figure rather than a guess
    assert figures("The poll asked voters between the ages of 18 and 29 about the ferry.") == []
    # hard negative: a noun after the number counts it
    assert [(f[0], f[3]) for f in figures("The hall is older than 300 homes nearby.")] == [
        ("older than 300", "homes")
    ]


def test_a_duration_written_once_after_listed_numbers() -> None:
    # "five" was a count; "five or six years" is one range since session 17 (tests/test_rules_figures_s17.py)
    got = figures("They have met for the last five, six or seven years.")
    # (since session 30 a duration's text holds its unit where its evidence does: "seven years")
    assert [(f[0], f[3]) for f in got] == [("five", "years"), ("six", "years"), ("seven years", "years")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # was a count of "percentage-point"
        ("Okafor leads by a three-percentage-point margin.", [("three", "percentage points")]),
        # was a count of "to-4": a tally's sides, the text gives no noun
        ("The court has a 5-to-4 majority.", [("5", None)]),
        # was "deaths" (borrowed): a frequency, a count of times since session 20
        (
            "After two deaths, her post was shared over 9,000 times.",
            [("two", "deaths"), ("over 9,000 times", "times")],
        ),
        # was "strong"
        ("He spoke to crowds 15,000 strong.", [("15,000", None)]),
    ],
)
def test_hyphenated_shares_tallies_and_frequencies(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(f[0], f[3]) for f in figures(text)] == expected


def test_people_over_a_count_are_counted() -> None:
    # hard negative: a noun after the number counts it
    got = figures("Those over 300 tickets were refunded.")
    assert [(f[0], f[3]) for f in got] == [("over 300", "tickets")]
