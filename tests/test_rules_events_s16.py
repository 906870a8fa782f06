"""Session 16 events (issue 15): events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 16, missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-02"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The planning board on Monday refused a licence for the quarry near Ellowby.", "occurred"),
        ("The trust asked the lender for a bridging loan last month but was refused.", "occurred"),
        ("Magistrates refused bail to both men.", "occurred"),
    ],
)
def test_a_thing_refused_is_a_refusal(text: str, status: str) -> None:
    got = by_trigger(text)
    assert "refused" in got, {t: e.type for t, e in got.items()}
    assert got["refused"].type == "refusal"
    assert got["refused"].status == status


def test_a_refusal_keeps_its_day() -> None:
    got = by_trigger("The planning board on Monday refused a licence for the quarry near Ellowby.")
    assert got["refused"].when is not None and got["refused"].when.date == "2026-11-30"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # "refused to" tells the act refused, negated, as "failed to" does; the refusing is no event.
        ("The chairman refused to resign after the vote.", "resign", "resignation"),
        ("The ministry refused to publish the report on the dam.", "publish", "publication"),
    ],
)
def test_refused_to_tells_the_act_refused(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert "refused" not in got, {t: e.type for t, e in got.items()}
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == type_
    assert got[trigger].status == "negated"


def test_refused_to_with_no_verb_of_happening_gives_nothing() -> None:
    """Guard: "refused to" before a verb the lexicon does not know gives no refusal of its own."""
    got = by_trigger("The coach refused to blame the weather for the loss.")
    assert "refused" not in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("His irrigation rigs had pumped about 9,000 litres an hour onto the orchard.", "pumped", "occurred"),
        ("The ruling halts the firm's plan to pump brine from the lake bed.", "pump", "planned"),
        ("Crews were pumping water out of the flooded tunnel on Sunday.", "pumping", "ongoing"),
    ],
)
def test_water_pumped_is_pumping(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == "pumping"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a pump as a thing, a pumping station, a gerund that modifies a noun.
        "Engineers at the pumping station on Quarry Lane said the levels were normal.",
        "The old pump beside the chapel still works.",
        "The town hired two water-pumping trucks for the summer.",
    ],
)
def test_a_pump_as_a_thing_is_no_event(text: str) -> None:
    """Guards: a pump as a thing or a modifier was no event before the verb was added, and stays none."""
    got = by_trigger(text)
    assert not any(e.type == "pumping" for e in got.values()), {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "date"),
    [
        # A noun of happening told with its own time, after a preposition and "the" or a possessive, is a
        # happening of its own beside the clause's verb, dated by that time.
        ("The fund moved $2 million abroad weeks before his arrest in 2024.", "arrest", "arrest", "2024"),
        ("Prices have doubled since the last inquiry in 2015.", "inquiry", "inquiry", "2015"),
        ("Supporters gathered outside before her trial in 2023.", "trial", "trial", "2023"),
        (
            "Bram Tolliver, 71, said of his visit on Monday that the ward was full.",
            "visit",
            "visit",
            "2026-11-30",
        ),
    ],
)
def test_a_noun_of_happening_with_its_own_time(text: str, trigger: str, type_: str, date: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == type_
    assert got[trigger].status == "occurred"
    when = got[trigger].when
    assert when is not None and when.date == date


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # Hard negatives: no time of its own; a happening the story already told (it refers back); a
        # time that dates the clause's verb, not the noun.
        ("Police released the van after his arrest.", "arrest"),
        ("The council met on Monday. Residents complained of the meeting on Monday.", "meeting"),
        ("In 2015 the board ordered changes after the inquiry.", "inquiry"),
    ],
)
def test_a_noun_of_happening_without_its_own_time_or_told_before(text: str, trigger: str) -> None:
    """Guards: none of these was an event before the dated noun was read, and none is now."""
    got = by_trigger(text)
    assert trigger not in got, {t: e.type for t, e in got.items()}


def test_a_day_after_a_clock_time_stays_in_its_sentence() -> None:
    """ "at 8:30 a.m. Sunday": the period of "a.m." ends no sentence before a day, so the day dates the
    happening (the splitter cut there and the day was lost to the sentence after)."""
    got = by_trigger(
        "The ferry line closed after a fault. It reopened at 8:30 a.m. Sunday, the operator said."
    )
    when = got["reopened"].when
    assert when is not None and when.date == "2026-11-29"


def test_a_clock_time_still_ends_a_sentence_before_a_new_one() -> None:
    """Guard: "p.m." before a common opener still ends the sentence, as before."""
    got = by_trigger("The bakery shut at 6 p.m. The owners left for Tarrow on Monday.")
    assert "shut" in got, {t: e.type for t, e in got.items()}
    assert got["shut"].when is None
