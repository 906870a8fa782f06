"""The unit of a figure where the text says it (session 16): a head that says what only with the word
before it ("four crew members", "1,100 academic staff"), days of a kind ("90 working days"), a
partitive's noun read past its whole ("four of the 13 seats"), and an exchange rate's currency ("The
crown weakened ... to 11.42 per euro"). Sentences are our own, with hard negatives.
"""

from __future__ import annotations

import pytest

from tests.rules_support import rules

PUBLISHED = "2026-03-13"


def units(text: str) -> list[tuple[float, str | None]]:
    return [(f.value, f.unit) for f in rules(text, PUBLISHED).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four crew members were taken to hospital.", [(4, "crew members")]),
        ("The utility sent about 400 line workers to the valley.", [(400, "line workers")]),
        # "staff" counts in the singular: the rules gave "academic"
        ("The college will cut about 1,100 academic staff.", [(1100, "academic staff")]),
        ("The union has 40 staff members in the plant.", [(40, "staff members")]),
    ],
)
def test_a_head_that_needs_its_modifier_keeps_it(text: str, expected: list[tuple[float, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no word before the head, or one the search skips: the head alone, as before
        ("The board has 12 members.", [(12, "members")]),
        ("The board added three new members.", [(3, "members")]),
        ("The mill laid off 20 workers.", [(20, "workers")]),
        # a head that needs no modifier keeps its head alone
        ("The council opened two emergency tents.", [(2, "tents")]),
    ],
)
def test_other_heads_are_unchanged(text: str, expected: list[tuple[float, str]]) -> None:
    """Guard: these answered so before the change too."""
    assert units(text) == expected


def test_days_on_which_something_happens_are_counted() -> None:
    figs = rules("Patients reported 4.6 fewer migraine days a month.", PUBLISHED).figures
    assert [(f.value, f.unit, f.kind, f.per) for f in figs] == [(4.6, "migraine days", "count", "month")]


def test_or_more_stands_between_a_number_and_its_noun() -> None:
    figs = rules("About 3 million adults have 15 or more headache days a month.", PUBLISHED).figures
    assert [(f.value, f.unit, f.per) for f in figs] == [(3e6, "adults", None), (15, "headache days", "month")]


@pytest.mark.parametrize(
    "text",
    [
        "The hikers walked for three consecutive days.",  # an adjective: a span in days
        "The strike lasted five days.",
        "The agency must answer within 90 working days.",  # working days are a span
    ],
)
def test_a_span_of_days_stays_days(text: str) -> None:
    """Guard: a span, in days, as before the change."""
    assert [f.unit for f in rules(text, PUBLISHED).figures] == ["days"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only four of the 13 seats changed hands.", [(4, "seats"), (13, "seats")]),
        ("Inspectors replaced 38 of the tower's 212 steel cables.", [(38, "cables"), (212, "cables")]),
        ("Only 17 of the 120 member farms signed up.", [(17, "farms"), (120, "farms")]),
        ("Three of the 12 members voted against.", [(3, "members"), (12, "members")]),
    ],
)
def test_a_partitive_counts_the_noun_of_its_whole(text: str, expected: list[tuple[float, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nouns that are not what is counted
        ("She scored 15 in the first round.", [(15, None)]),
        ("The firm will hire 2,000 more.", [(2000, None)]),
        ("It is a 20-minute walk from the station.", [(20, "minutes")]),
    ],
)
def test_no_noun_is_read_where_none_is_counted(text: str, expected: list[tuple[float, str | None]]) -> None:
    """Guard: no unit before the change either."""
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Norvish crown weakened 1.1% against the euro, to 11.42 per euro.", "crown"),
        ("The pelk slipped 0.4% after the release, to 9.87 per euro.", "pelk"),
        ("The crown was little changed at 24.6 per euro.", "crown"),
        ("The zloty firmed to 4.21 per euro.", "PLN"),
    ],
)
def test_an_exchange_rate_is_in_the_currency_the_sentence_is_about(text: str, unit: str) -> None:
    ex = rules(text, PUBLISHED)
    figs = [f for f in ex.figures if f.per is not None]
    assert [(f.unit, f.kind, f.per) for f in figs] == [(unit, "money", "EUR")]
    assert [ex.provenance[f.id].rule for f in figs] == ["figures.units.exchange_rate"]


@pytest.mark.parametrize(
    "text",
    [
        "The exchange rate stood at 11.42 per euro.",  # no currency is the subject
        "Growers were paid 11.42 per euro of sales.",  # no verb of a currency's move
    ],
)
def test_no_currency_is_guessed_for_a_bare_number_per_euro(text: str) -> None:
    """Guard: no unit before the change either."""
    figs = [f for f in rules(text, PUBLISHED).figures if f.per is not None]
    assert all(f.kind != "money" or f.unit is None for f in figs)
    assert all(f.unit is None for f in figs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crowd of 21,400 was the largest of the season.", [(21400, "people")]),
        ("They won in front of a sold-out crowd of 9,000 in Varn.", [(9000, "people")]),
        ("Organisers put the crowd at 6,000.", [(6000, "people")]),
    ],
)
def test_a_crowd_counts_people(text: str, expected: list[tuple[float, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd of 200 fans waited outside.", [(200, "fans")]),  # the noun the text counts
        ("She held the seat with a majority of 4,100.", [(4100, None)]),  # votes or seats: not guessed
        ("The rally drew 300, the mayor said.", [(300, None)]),  # no crowd named
    ],
)
def test_no_crowd_no_people(text: str, expected: list[tuple[float, str | None]]) -> None:
    """Guard: these answered so before the change too."""
    assert units(text) == expected


def test_a_possessor_outside_a_partitive_is_no_unit() -> None:
    """Guard: as before the change."""
    assert units("The council gave 20 the mayor's backing.") == [(20, None)]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Her husband, the painter Tom Vale, died last June at 90.", "died last June at 90"),
        ("She died in 2019 at 88 after a long illness.", "died in 2019 at 88"),
        ("She will be eligible again in 2030, when she will be 31.", "she will be 31"),
        ("He turned 40.", "He turned 40"),
        ("He ruled out raising the retirement age, now 63, before 2030.", "age, now 63"),
    ],
)
def test_an_age_told_by_its_clause_is_in_years(text: str, evidence: str) -> None:
    figs = rules(text, PUBLISHED).figures
    assert [(f.unit, f.kind, f.evidence[0].text) for f in figs if f.unit == "years"] == [
        ("years", "duration", evidence)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "He died on Monday at 11.",  # the hour, not an age
        "The team will be 31 strong.",  # no person
        "It will be 31 when they arrive.",
    ],
)
def test_no_age_where_no_person_s_age_is_told(text: str) -> None:
    """Guard: no age before the change either."""
    assert [f.unit for f in rules(text, PUBLISHED).figures] == [None]
