"""Event dates and status (session 28): a question after a refusal to say that runs to its noun's schedule, a noun's
participle with its own place and time (after the verb, or in the subject before it), what was paid then set against
now ("three times what it paid in 2024"), "in the new year", asking kept up "since" a year, and "Neither" as a
negation. Sentences are our own (a lighthouse sale, a ferry line, a harbourmaster, a bank closing branches, a school's
measles clinic, ...), with hard negatives first.
"""

from __future__ import annotations

import pytest

from tests.rules_support import event_date as _date
from tests.rules_support import event_of, rules

MONDAY = "2026-12-07"


def _status(text: str, trigger: str, published: str = MONDAY) -> str:
    return event_of(rules(text, published), trigger).status


# A question after a refusal runs to its noun's schedule -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # hard negatives: the refusal's own time, a question with no schedule after its comma, a schedule with no
        # question
        ("The bank declined to comment on Friday.", "comment", "2026-12-04"),
        (
            "The trust declined on Friday to say whether it would sell the lighthouse.",
            "declined",
            "2026-12-04",
        ),
        ("The trust will publish its review, due in March.", "publish", "2027-03"),
    ],
)
def test_guard_a_refusal_keeps_its_own_time(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text",
    [
        "The lighthouse trust declined to say whether it would accept the highest bid, due in January.",
        "The ferry company declined to say whether the vessel would resume crossings on its next sailing, set for "
        "19 December.",
        "The club declined to say if it would sponsor the next tournament, scheduled for 2028.",
    ],
)
def test_a_schedule_inside_the_question_dates_no_refusal(text: str) -> None:
    (refusal,) = [e for e in rules(text, MONDAY).events if e.status == "negated"]
    assert refusal.when is None or refusal.when.date is None, refusal.when


# A noun's participle with its own place and time ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # hard negatives: the verb's own time after its object; a number in the phrase; an object's state
        ("The charity sent food to the families at the camp on Friday.", "sent", "2026-12-04"),
        (
            "Divers recovered the bell of a ship sunk off the cape in 1917 on Tuesday.",
            "recovered",
            "2026-12-01",
        ),
        ("The council fined the firm named in the report on Tuesday.", "fined", "2026-12-01"),
        ("A cargo ship lost 30 containers off the coast on Saturday.", "lost", "2026-12-05"),
        # review 1: a participle of a state the thing stays in
        ("The minister opened a school built near the river on Monday.", "opened", "2026-12-07"),
        ("Firefighters rescued a dog trapped under rubble on Tuesday.", "rescued", "2026-12-01"),
    ],
)
def test_guard_the_verb_keeps_its_own_time(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The harbourmaster did not respond to a letter sent to his office on Thursday.", "respond"),
        ("One of the owners did not respond to a message left at his home on Wednesday.", "respond"),
        ("The museum bought a painting taken from a church in 1944.", "bought"),
        # in the subject, before the main verb's auxiliaries
        ("A painting stolen from a museum in 2015 has been found in a flat in Leeds.", "found"),
    ],
)
def test_a_participles_time_is_not_the_verbs(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# What was paid then, set against now -------------------------------------------------------------------------------------


def test_guard_a_purchase_keeps_its_year() -> None:
    assert _date(rules("The trust bought the lamp in 1998.", MONDAY), "bought") == "1998"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The lamp sold for twice what the trust paid in 1998.", "sold"),
        ("Prices rose to more than what buyers paid in 2021.", "rose"),
    ],
)
def test_what_was_paid_then_dates_nothing_now(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# "in the new year" ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, published, date",
    [
        ("The bank will close its last two branches in the new year.", "close", MONDAY, "2027"),
        (
            "A report on the outbreak is expected to be published early in the new year.",
            "published",
            MONDAY,
            "2027",
        ),
        ("The bank will close branches in the New Year.", "close", MONDAY, "2027"),
        ("Ticket sales fell in the new year.", "fell", "2026-01-20", "2026"),
        ("Sales will rise in the new year.", "rise", "2026-06-20", "2027"),
        # hard negatives: the holiday keeps its day; what happened is in the year begun (review 1)
        ("The bank will reopen on New Year's Day.", "reopen", MONDAY, "2027-01-01"),
        ("The plant shut in the new year and has not reopened since.", "shut", "2026-10-05", "2026"),
    ],
)
def test_the_new_year(text: str, trigger: str, published: str, date: str | None) -> None:
    assert _date(rules(text, published), trigger) == date


def test_guard_until_the_new_year_is_a_bound() -> None:
    event = event_of(rules("The museum will stay closed until the new year.", MONDAY), "closed")
    assert event.when is None or event.when.date is None


# Asking kept up since a month -------------------------------------------------------------------------------------------


def test_asking_kept_up_since_a_month_takes_its_start() -> None:
    assert _date(rules("Doctors have asked for a ban since March.", MONDAY), "asked") == "2026-03"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The clinic has vaccinated 800 children since 2024.", "vaccinated"),
        ("Prices have tripled since 2015.", "tripled"),
    ],
)
def test_guard_a_tally_since_a_year_has_no_date(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# A time in the possessive after "of" names the noun (lead's note 1) ---------------------------------------------------


def test_a_possessive_time_after_of_names_the_noun() -> None:
    text = "A recount has overturned the result of last week's council election in the Westerby ward."
    assert _date(rules(text, MONDAY), "overturned") is None


def test_guard_a_possessive_time_after_in_is_the_events() -> None:
    text = "The Greens won the most seats in Sunday's council election."
    assert _date(rules(text, MONDAY), "won") == "2026-12-06"


# "Neither" denies -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Neither of the two cooks was charged.", "charged"),
        ("Neither owner was charged.", "charged"),
    ],
)
def test_neither_denies(text: str, trigger: str) -> None:
    assert _status(text, trigger) == "negated"


def test_guard_either_denies_nothing() -> None:
    assert _status("Either owner was charged on Monday.", "charged") == "occurred"


@pytest.mark.parametrize(
    "text, trigger",
    [
        # review 2: "neither of whom" in an aside
        (
            "The two men, neither of whom had a criminal record, were jailed for six years on Friday.",
            "jailed",
        ),
    ],
)
def test_guard_neither_denies_only_its_own_verb(text: str, trigger: str) -> None:
    assert _status(text, trigger) == "occurred"


def test_guard_a_happening_keeps_its_participles_time() -> None:
    # review 2: the match is the happening its participle dates
    assert (
        _date(rules("The match played on Saturday was abandoned at half-time.", MONDAY), "abandoned")
        == "2026-12-05"
    )


# Left from session 27: the violin (see docs/events.md, "Session 28: dates and status") --------------------------------


def test_guard_a_theft_told_in_a_relative_clause_keeps_its_year() -> None:
    # the theft then and the recovery now are two events (the guide's concrete happenings); the recovery is not yet
    # found (a missed event), and the theft's 2019 is right for the theft
    event = event_of(rules("A violin that was stolen in 2019 has been recovered.", MONDAY), "stolen")
    assert event.type == "theft"
    assert event.when is not None and event.when.date == "2019"
