"""Session 31 events: missed events (helper s31-evmiss).

Every sentence is written for this file, in genres no set has (no set's or corpus's words). Each kind has cases next
to hard negatives. The policy is in docs/events.md ("Session 31: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-07"


_AT = EventTyping(PUBLISHED)


_by_trigger = _AT.types_and_statuses


def _summaries(text: str) -> list[str]:
    return [e.summary for e in _AT.events(text)]


def _of_type(text: str, type_: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.status) for e in _AT.events(text) if e.type == type_]


# --- the vehicle of someone's words after a verb of saying and "in" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "Corvane Mining said in a stock exchange filing on Monday that it had halted output at its Tarrow pit.",
            "filing",
        ),
        (
            "The Pellbury housing ombudsman, which said in a report last month that mould complaints had tripled, "
            "declined to comment.",
            "report",
        ),
        (
            "The ferry operator wrote in a submission to the transport committee that fares would rise.",
            "submission",
        ),
        ("The striker said in a tweet that he was leaving the club.", "tweet"),
        ("Ms Dorrit stated in an affidavit that she had never seen the contract.", "affidavit"),
        ("The forecaster said in a bulletin that gales would reach the coast by noon.", "bulletin"),
    ],
)
def test_vehicle_after_a_verb_of_saying_is_an_occasion(text: str, type_: str) -> None:
    assert _of_type(text, type_) == [(type_, "occurred")], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report found that 40 per cent of the flats were damp.",
        "Rents rose by 12 per cent last year, according to a report by the tenants' union.",
        "The mayor said the report was flawed and would be ignored.",
        "The court set a filing deadline of 3 March for the landlords.",
    ],
)
def test_vehicle_alone_is_no_occasion(text: str) -> None:
    got = _by_trigger(text)
    assert "report" not in got and "filing" not in got, got


# --- money or a benefit received on one occasion -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        (
            "Every passenger on the cancelled cruise will receive a credit worth 30 per cent of the fare.",
            "credit",
            "planned",
        ),
        ("The chief executive will step down in March and will not receive a payoff.", "payoff", "negated"),
        ("Nurses at the Holbeck hospital received a £1,500 bonus in December.", "bonus", "occurred"),
        (
            "Last month about 4,000 households got a rebate of £120 on their heating bills.",
            "rebate",
            "occurred",
        ),
        (
            "Shoppers who were overcharged would receive a £10 voucher, the supermarket said.",
            "voucher",
            "planned",
        ),
    ],
)
def test_money_received_is_typed_by_its_noun(text: str, type_: str, status: str) -> None:
    got = _of_type(text, type_)
    assert len(got) == 1 and got[0][1] == status, _by_trigger(text)


def test_light_verb_after_a_relative_clause_is_the_sentence_verb() -> None:
    text = (
        "Families whose homes were flooded will get compensation from the water company, the regulator said."
    )
    assert _of_type(text, "compensation") == [("get compensation", "planned")], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The engineer received credit for the design of the new lock gates.",
        "Members of the sports club receive a 10 per cent rebate on court fees.",
        "Families who get tax credits will not be affected by the change.",
    ],
)
def test_standing_benefit_or_credit_given_is_no_receipt(text: str) -> None:
    types = {e.type for e in _AT.events(text)}
    assert not types & {"credit", "rebate"}, _by_trigger(text)


# --- an update given on the news ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The retailer said it would give a further update on trading on 9 March.", "planned"),
        ("Harbour engineers will provide an update on the repairs next Tuesday.", "planned"),
        ("The police gave an update on the search at noon on Sunday.", "occurred"),
    ],
)
def test_update_given(text: str, status: str) -> None:
    got = _of_type(text, "update")
    assert len(got) == 1 and got[0][1] == status, _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The app gives riders updates on delays every few minutes.",
        "The council provides updates to residents by text message.",
    ],
)
def test_updates_as_a_habit_are_none(text: str) -> None:
    assert not _of_type(text, "update"), _by_trigger(text)


# --- what is to come after "until" -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "Until the footbridge reopens, the council will run a free minibus between the two banks.",
            "The footbridge will reopen.",
        ),
        ("Three bus routes have been moved to Carr Lane until the shops reopen.", "The shops will reopen."),
        (
            "The ferry will not sail until the harbour reopens next month.",
            "The harbour will reopen next month.",
        ),
    ],
)
def test_until_a_present_tells_what_is_to_come(text: str, summary: str) -> None:
    got = _of_type(text, "reopening")
    assert len(got) == 1 and got[0][1] == "planned", _by_trigger(text)
    assert summary in _summaries(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery stays open until the last customer leaves.",
        "Queues form every Saturday until the market opens at eight.",
    ],
)
def test_until_in_a_habit_is_none(text: str) -> None:
    got = _by_trigger(text)
    assert "leaves" not in got and "opens" not in got, got


# --- the act a question weighs, told as a sentence ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "The board will meet on Tuesday to decide whether to close the Ashby depot.",
            "The board may close the Ashby depot.",
        ),
        (
            "The trustees will decide next week whether to sell the Ferrow painting.",
            "The trustees may sell the Ferrow painting.",
        ),
    ],
)
def test_whether_to_summary_is_a_sentence(text: str, summary: str) -> None:
    assert summary in _summaries(text), _summaries(text)


@pytest.mark.parametrize("vehicle", ["report", "statement", "filing"])
def test_vehicle_with_its_time_keeps_the_clause_reported(vehicle: str) -> None:
    text = f"The Ardle tenants' union said in a {vehicle} last year that eviction notices had doubled."
    got = _by_trigger(text)
    assert got.get(vehicle) == (vehicle, "occurred"), got
    assert "doubled" in got, got


# --- someone or something seen somewhere, in the passive ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The missing canoe was last seen drifting towards the weir on Sunday evening.",
        "A lynx has been spotted near the school in Upper Callow twice this week.",
        "The teenager was seen at Dunmere bus station at 11pm, police said.",
        "The whale was sighted off Penhallow Point on Friday.",
    ],
)
def test_seen_somewhere_is_a_sighting(text: str) -> None:
    got = _of_type(text, "sighting")
    assert len(got) == 1 and got[0][1] == "occurred", _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The error was spotted by an auditor in March.",
        "The new stadium is seen as a risk by the council.",
        "Only 70 per cent of patients were seen within four hours.",
        "Residents had never seen anything like it.",
    ],
)
def test_seen_otherwise_is_no_sighting(text: str) -> None:
    assert not _of_type(text, "sighting"), _by_trigger(text)


# --- the lead's note (LEAD-NOTE-lead-1): sentences of our own of each shape --------------------------------------------


def test_a_cull_in_a_second_passive_clause() -> None:
    text = (
        "Bird flu has been confirmed at a turkey farm near Ashwell, and all 9,000 birds on the site will be culled, "
        "officials said."
    )
    assert _of_type(text, "cull") == [("culled", "planned")], _by_trigger(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The farm said the outbreak was a blow to its 30 workers.", "outbreak"),
        ("Traders said the closure was a huge relief after months of roadworks.", "closure"),
    ],
)
def test_a_happening_judged_by_a_noun_is_not_told(text: str, noun: str) -> None:
    assert noun not in _by_trigger(text), _by_trigger(text)


def test_an_infinitive_joined_to_an_instruction_is_no_act() -> None:
    text = "Parents have been told not to use the heaters and to return them to the shop for a full refund."
    assert "return" not in _by_trigger(text), _by_trigger(text)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Tolls will be suspended until the end of January.", "end"),
        ("Fresh food will run short until the ship arrives.", "ship"),
        ("The drug was withdrawn until the trial ended in July.", "trial"),
    ],
)
def test_until_the_noun_after_the_determiner_is_no_verb(text: str, noun: str) -> None:
    got = _by_trigger(text)
    assert noun not in got or got[noun][1] != "planned", got
    assert not any(s.startswith("The will") for s in _summaries(text)), _summaries(text)


def test_until_the_subject_names_no_type() -> None:
    text = "Two bus routes have been moved to Carr Street until the blocks reopen."
    assert _of_type(text, "reopening") == [("reopen", "planned")], _by_trigger(text)
