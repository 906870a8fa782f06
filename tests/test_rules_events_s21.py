"""Session 21 events: events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 21, missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-02"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


def _told(text: str) -> dict[str, tuple[str, str, str]]:
    return {t: (e.type, e.status, e.summary) for t, e in by_trigger(text).items()}


# --- a verb in the past alone after "and", closing its clause ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "summary"),
    [
        (
            "Osmund accepted the panel's findings and apologised.",
            "apologised",
            "apology",
            "Osmund apologised.",
        ),
        ("The lorry driver was arrested and charged.", "charged", "charge", "The lorry driver was charged."),
        (
            "Firefighters said the warehouse was damaged and evacuated.",
            "evacuated",
            "evacuation",
            "The warehouse was evacuated.",
        ),
        (
            "The treasurer admitted the error and resigned.",
            "resigned",
            "resignation",
            "The treasurer resigned.",
        ),
    ],
)
def test_a_lone_past_verb_after_and_is_an_event_of_the_same_subject(
    text: str, trigger: str, type_: str, summary: str
) -> None:
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert got[trigger].type == type_
    assert got[trigger].status == "occurred"
    assert got[trigger].summary == summary


@pytest.mark.parametrize(
    ("text", "read", "not_told"),
    [
        # an adjective standing for people, not a verb of the subject
        ("Nurses treated the dead and injured.", "treated", "injured"),
        # after a noun's event the subject is the noun's, not the resigner's
        ("The chairwoman read out a statement and resigned.", "statement", "resigned"),
        # a series with commas whose subject the summary cannot tell
        ("The budget was drafted, debated and approved.", "debated", "approved"),
    ],
)
def test_a_lone_verb_with_no_subject_of_its_own_is_none(text: str, read: str, not_told: str) -> None:
    """Guards (hard negatives): the first happening is read, the lone word after "and" gives nothing."""
    got = by_trigger(text)
    assert read in got, _told(text)
    assert not_told not in got, _told(text)


def test_a_lone_verb_keeps_the_first_verbs_negation() -> None:
    """Guard: "did not resign or apologise" stays negated, one event, as before."""
    text = "The minister did not resign or apologise."
    got = by_trigger(text)
    assert "resign" in got, _told(text)
    assert got["resign"].status == "negated"
    assert all(e.status != "occurred" for e in got.values()), _told(text)


# --- a lone verb inside an open question ------------------------------------------------------------------


def test_a_lone_verb_inside_a_whether_question_takes_no_subject_from_outside() -> None:
    """Guard (hard negative): the refusal is read; the lone "charged" of the question is not told as the
    police's act (the question's verb joined to a longer clause is s21-when's, told hypothetical)."""
    text = "Police would not say whether the driver was arrested and charged."
    got = by_trigger(text)
    assert any(e.type in ("statement", "comment") for e in got.values()), _told(text)  # the refusal was read
    assert "charged" not in got, _told(text)


# --- run out of -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Chemists across the county have run out of measles vaccines.", "run out of", "occurred"),
        ("Two hospitals ran out of oxygen on Tuesday, the ministry said.", "ran out of", "occurred"),
        ("The island could run out of drinking water by March.", "run out of", "hypothetical"),
        ("The kiosk never ran out of stock during the festival.", "ran out of", "negated"),
    ],
)
def test_running_out_of_a_supply_is_a_shortage(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert got[trigger].type == "shortage"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The robber ran out of the bank and fled in a van.",
        "The pupils ran out of the school after the building was evacuated on Monday.",
        "Negotiators ran out of time before the strike began.",
        "The opposition said the cabinet had run out of ideas after the vote was lost.",
        "The coach said the club had run out of options when the striker was injured.",
    ],
)
def test_running_out_of_a_place_or_a_figure_of_speech_is_no_shortage(text: str) -> None:
    """Guards (hard negatives): out of a place, out of time, ideas or options."""
    got = by_trigger(text)
    assert got, _told(text)  # the sentence was read
    assert not any(e.type == "shortage" for e in got.values()), _told(text)


# --- a ship, train or flight leaving a port or a named place ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "The research vessel Petrel Dawn left Ushbury on Oct. 3 carrying fuel and food.",
            "left",
            "occurred",
        ),
        ("The trawler was doing 9 knots when it left the marked channel.", "left", "occurred"),
        ("The ferry left port at 9 a.m. with 300 passengers on board.", "left", "occurred"),
        ("The last train left Central Station at 11.40pm, an hour late.", "left", "occurred"),
        ("The convoy did not leave Tarrow on Monday because of the storm.", "leave", "negated"),
    ],
)
def test_leaving_a_port_or_a_named_place_is_a_departure(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert got[trigger].type == "departure"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "Someone left the harbour gate open on Friday night, and the boat was stolen.",
        "The coach left Jones out of the squad after he was injured on Monday.",
        "The floods left Dunmore without power after the dam failed.",
        "The senator left Labour in 2019 and was elected as an independent.",
        "The war left Marova in ruins, and the government resigned in March.",
        "With two minutes left at 2-2, the referee sent off the captain.",
    ],
)
def test_what_is_left_behind_or_a_party_left_is_no_departure(text: str) -> None:
    """Guards (hard negatives): a thing left in a state, a person left out, a party left, time left."""
    got = by_trigger(text)
    assert got, _told(text)  # the sentence was read
    assert not any(e.type == "departure" for e in got.values()), _told(text)


# --- people or goods flown out, ashore or home -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        (
            "About 40 walkers trapped at the hut will be flown out by helicopter on Sunday.",
            "flown",
            "airlift",
            "planned",
        ),
        (
            "Two navy helicopters will start flying water ashore on Friday.",
            "start flying",
            "airlift",
            "planned",
        ),
        (
            "The army began flying villagers out by helicopter on Thursday.",
            "began flying",
            "airlift",
            "ongoing",
        ),
        (
            "The tour operator said it would fly stranded holidaymakers home over the next week.",
            "fly",
            "flight",
            "planned",
        ),
    ],
)
def test_people_or_goods_flown_out_ashore_or_home(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert got[trigger].type == type_
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The president flew to Lisbon on Monday, a day after the summit was cancelled.",
        "Flags flew at half-mast after the former mayor died on Friday.",
        "The minister flew home on Tuesday after the talks collapsed.",
        "The striker flew in from Porto and signed a three-year contract on Monday.",
        "Time flies, the mayor said as she opened the bridge on Monday.",
        "The president flew out by helicopter on Monday after the summit ended.",
        "The prime minister flew in aboard a military aircraft and opened the bridge on Monday.",
    ],
)
def test_a_trip_of_ones_own_or_a_flag_flying_is_no_airlift(text: str) -> None:
    """Guards (hard negatives): one's own trip, flags, a figure of speech: no airlift and no flight."""
    got = by_trigger(text)
    assert got, _told(text)  # the sentence was read
    assert not any(e.type in ("airlift", "flight") for e in got.values()), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The club started playing at home after the stadium reopened in 2019.",
        "Stewards began telling supporters to leave after the stand was evacuated on Monday.",
    ],
)
def test_a_habit_begun_is_no_occasion(text: str) -> None:
    """Guards (hard negatives): only "fly" among the verbs of many senses is read after a verb of starting."""
    got = by_trigger(text)
    assert got, _told(text)  # the sentence was read
    assert not any(e.type in ("match", "speech") for e in got.values()), _told(text)
