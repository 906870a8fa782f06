"""Session 25 events: missed and spurious events (helper s25-evmiss).

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) where a negative could pass by reading nothing. The policy is
in docs/events.md ("Session 25: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-04"


_AT = EventTyping(PUBLISHED)


def _kinds(text: str) -> list[tuple[str, str]]:
    """(type, status) of every event of the text."""
    return [(e.type, e.status) for e in _AT.events(text)]


def _types(text: str) -> set[str]:
    return {e.type for e in _AT.events(text)}


# --- goods on sale, things on show ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tickets for the spring tour will go on sale on Friday.", ("sale", "planned")),
        ("The new phones went on sale in Lisbon last week.", ("sale", "occurred")),
        ("The stamps will go back on sale in March.", ("sale", "planned")),
        ("The carved panels will go on show at the town museum next summer.", ("display", "planned")),
    ],
)
def test_going_on_sale_or_on_show(text: str, kind: tuple[str, str]) -> None:
    assert kind in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks will go on until Friday, the union said.",
        "Prices go on rising, the bakers said.",
        "The show must go on, the producer said.",
    ],
)
def test_going_on_is_no_sale(text: str) -> None:
    assert not ({"sale", "display"} & _types(text)), _kinds(text)


def test_a_sale_telling_when_is_no_event_of_its_own() -> None:
    """A guard: goods that go on sale in a clause telling when something else happened tell its time."""
    kinds = _kinds("Seats for the final sold out in an hour when they went on sale in May.")
    assert ("sell-out", "occurred") in kinds and not any(t == "sale" for t, _ in kinds), kinds


# --- a season or games played somewhere -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Harriers will play a last season at Brookmead Park in 2028.", ("season", "planned")),
        (
            "The Harriers will play their next nine home games at a school ground 20 miles away.",
            ("game", "planned"),
        ),
        ("The club would play its remaining league fixtures in Dunmore.", ("game", "planned")),
    ],
)
def test_a_season_or_games_played(text: str, kind: tuple[str, str]) -> None:
    assert kind in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harriers play their home games at Brookmead Park.",
        "The children will play games on tablets during the break.",
        "Tourism will play a key role in the town's recovery.",
        "The Harriers will play the season opener at home.",
    ],
)
def test_play_without_a_season_or_fixtures(text: str) -> None:
    assert not ({"season", "game"} & _types(text)), _kinds(text)


# --- an occasion held on a day or an evening --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The hospice would hold an open day on Saturday, its director said.", ("open day", "planned")),
        (
            "The residents' group will hold a fundraising evening next week.",
            ("fundraising evening", "planned"),
        ),
        ("The library held a games night in October.", ("games night", "occurred")),
        ("The mayor said the town would hold a “lantern walk” day on 19 December.", ("day", "planned")),
    ],
)
def test_an_occasion_held(text: str, kind: tuple[str, str]) -> None:
    assert kind in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unions will hold a day of action on Friday.",
        "She will hold a day job until the spring.",
        "The bank will hold the deposit for a day.",
        "The record was held for a day.",
    ],
)
def test_no_occasion_held(text: str) -> None:
    assert not any(t.endswith(("day", "evening", "night")) for t in _types(text)), _kinds(text)


# --- told, or first learning, of a thing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The headteacher said she had first been told of the inspection's results on 4 March.",
        "Tenants were told of the rent rise by letter in June.",
        "The club first heard of the sale in August, its chairman said.",
        "Fishermen learned of the ban by text message on Monday evening.",
        "Staff were informed of the merger on Tuesday.",
    ],
)
def test_told_or_learning_of_a_thing_is_a_notification(text: str) -> None:
    assert "notification" in _types(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "She told of her years at sea in a short speech.",
        "Few people had heard of the village before the flood.",
        "Visitors heard of the castle's history from a guide.",
        "Pupils learn of the war in their final year.",
        "He said he was told of it.",
    ],
)
def test_a_story_told_or_a_thing_known_is_no_notification(text: str) -> None:
    assert "notification" not in _types(text), _kinds(text)


def test_not_told_of_a_thing_until_a_day_was_told_then() -> None:
    (e,) = [
        e
        for e in _AT.events("The school had not been told of the closure until Monday.")
        if e.type == "notification"
    ]
    assert (e.status, e.when.date if e.when else None) == ("occurred", "2026-11-30"), e


def test_not_told_of_a_thing_is_a_negated_notification() -> None:
    """A guard: without "until" the negation stands."""
    assert ("notification", "negated") in _kinds("The school had not been told of the closure."), _kinds(
        "The school had not been told of the closure."
    )


# --- an application with its time before the body asked ---------------------------------------------------------


def test_an_application_with_a_time_before_the_body() -> None:
    text = "The trust said it would apply next week to the Harbour Heritage Fund for a grant of £40,000."
    assert ("application", "planned") in _kinds(text), _kinds(text)


def test_a_rule_applying_next_year_is_no_application() -> None:
    text = "The new limits will apply next year to all drivers for the first time."
    assert "application" not in _types(text), _kinds(text)


# --- the lead's notes of session 25: a designation, a field of gas found -------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The wetland will be formally designated a nature reserve on 1 June.", ("designation", "planned")),
        ("The ministry designated the old harbour a conservation area in 2019.", ("designation", "occurred")),
    ],
)
def test_a_designation(text: str, kind: tuple[str, str]) -> None:
    assert kind in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The designated driver was not hurt.",
        "Cyclists must use the designated lanes.",
    ],
)
def test_a_designated_thing_is_no_designation(text: str) -> None:
    assert "designation" not in _types(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A state oil company has found a large gas field off the northern coast.",
        "Geologists found an oil field under the plain in 2021.",
        "The miners found a gold deposit near the river in May.",
    ],
)
def test_a_field_of_gas_or_oil_found_is_a_discovery(text: str) -> None:
    assert ("finding", "occurred") in _kinds(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The club found a field to train on.",
        "The bank found deposits of £3m had been moved.",
    ],
)
def test_a_field_or_deposits_alone_are_no_discovery(text: str) -> None:
    assert not {"discovery", "finding"} & set(_types(text)), _kinds(text)


# --- review 1: evidence heard by a court is no notification; a sale after a time phrase is a sale ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Jurors were told of the boy's injuries by a surgeon.",
        "The inquest was told of repeated delays at the clinic on Monday.",
        "The tribunal heard of threats by a supervisor on Wednesday.",
    ],
)
def test_a_court_told_of_a_thing_hears_evidence(text: str) -> None:
    assert "notification" not in _types(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three years after the flood the mill went on sale for £900,000.",
        "Weeks after the fire the cinema went on sale.",
    ],
)
def test_a_sale_after_a_time_phrase_is_a_sale(text: str) -> None:
    assert ("sale", "occurred") in _kinds(text), _kinds(text)


# --- review 2: a bare day held is a span; a season as an adverb; a thing not known ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ballot, held a week earlier, was declared invalid.",
        "Protesters were held a night in a police station.",
        "The shares held a day after the results were published.",
    ],
)
def test_a_bare_day_held_is_no_occasion(text: str) -> None:
    assert not any(t in ("day", "night", "week") for t in _types(text)), _kinds(text)


def test_a_declaration_after_a_day_held_stays() -> None:
    """A guard: the sentence's own event is kept."""
    assert ("declaration", "occurred") in _kinds("The ballot, held a day earlier, was declared invalid.")


@pytest.mark.parametrize(
    "text",
    [
        "Rovers have played well this season and sit third in the league.",
        "Okoro has played superbly all season, his coach said.",
    ],
)
def test_a_season_as_a_time_is_no_season_played(text: str) -> None:
    assert "season" not in _types(text), _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Few people had heard of the virus in February, but by May it had reached 30 countries.",
        "Most tenants had never heard of the landlord until last year.",
        "She first heard of the choir as a student.",
        "Few staff had learned of the plan by email.",
    ],
)
def test_a_thing_not_known_or_known_long_ago_is_no_notification(text: str) -> None:
    assert "notification" not in _types(text), _kinds(text)
