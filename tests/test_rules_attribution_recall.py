"""Speech attributions the rules missed on PolNeAR's train split (issue 14, session 4), one test per
error kind, on sentences written here (never the corpus's), with hard negatives beside them."""

from __future__ import annotations

import pytest

from tests.rules_support import one
from tests.rules_support import run_headlined as run

# --------------------------------------------------------------------------- sources set apart


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        ("The Daily Ledger, however, says that the mayor is out of the race.", "Daily Ledger", "The mayor"),
        ("Greene, though, said she backs the governor on the budget.", "Greene", "She backs"),
        ("The mayor, in a statement, said the port would stay open.", "The mayor", "The port would"),
        ("Lindqvist, for her part, said the ferry fares would rise.", "Lindqvist", "The ferry fares"),
        ("The Ledger, citing two dockers, reported that the port would close.", "Ledger", "The port would"),
    ],
)
def test_an_aside_between_source_and_cue(body: str, source: str, claim: str) -> None:
    a = one(body)
    assert source in a.source and a.claim.startswith(claim)


def test_a_title_abbreviation_belongs_to_the_source_after_a_claim() -> None:
    a = one("The council will vote on the harbour plan in March, Ms. Okafor said.")
    assert a.source.endswith("Okafor") and a.claim == "The council will vote on the harbour plan in March."
    a = one("The harbour plan is dead, Dr. Lindqvist said on Tuesday.")
    assert a.claim == "The harbour plan is dead."


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Okafor's campaign said he will be represented by two local lawyers.", "Okafor's campaign"),
        ("A number of delegates said they backed the new rules.", "A number of delegates"),
        ("A court filing released Monday says that the treasurer will not be charged.", "A court filing"),
    ],
)
def test_a_noun_phrase_opening_the_sentence_is_the_source(body: str, source: str) -> None:
    assert one(body).source.startswith(source)


def test_opening_words_that_are_a_clause_are_not_a_source() -> None:
    # Hard negative: a clause opening with "whether" is what says something, not who.
    assert run("Whether Greene wins in March says little about the future of the port.").attributions == []
    # Nor is a headline's noun phrase before an adjective that looks like a cue.
    assert (
        run("The hunt goes on today for the alleged port thief in the harbour district.").attributions == []
    )
    assert run("Manhunt underway for alleged port thief in the harbour district.").attributions == []


def test_a_group_named_after_its_cue() -> None:
    a = one("A quieter campaign may not be a bad thing either, say some organisers.")
    assert a.source == "some organisers" and a.claim.startswith("A quieter campaign")
    # Hard negative: a group of things after "say", with no claim before it, reports nothing.
    assert run("Okafor stood by the pier to say some prayers.").attributions == []


def test_a_cue_coordinated_with_but_keeps_the_sentence_subject() -> None:
    a = one("Ruth Greene put off the decision on the board but said the union could come back later.")
    assert a.source == "Ruth Greene" and a.claim == "The union could come back later."
    # Hard negative: a capitalised imperative opening the sentence names no one.
    assert run("Ignore the old rules and report that the port was closed by the navy.").attributions == []


# --------------------------------------------------------------------------- cue families


def test_accused_reports_its_object() -> None:
    a = one("Greene accused the mayor of hiding the budget from voters.")
    assert a.source == "Greene" and a.cue == "accused" and "hiding the budget" in a.claim
    # Hard negative: the passive is an accusation against the subject, made by someone unnamed.
    assert run("The mayor was accused of hiding the budget from voters.").attributions == []


def test_defended_reports_only_a_stance() -> None:
    a = one("Greene defended her record on the port in a long speech.")
    assert a.source == "Greene" and a.cue == "defended"
    # Hard negatives: the military and the sporting senses.
    assert run("The army defended the city against the rebels for a week.").attributions == []
    assert run("The champion defended her title in the final round on Sunday.").attributions == []


def test_a_request_with_asked_reports_like_urged() -> None:
    a = one("The harbour board asked the council to delay the vote on the plan.")
    assert a.source == "The harbour board" and a.claim == "The council should delay the vote on the plan."
    # Hard negatives: a question, a passive, and asking the way.
    assert run("Greene asked whether the port would stay open.").attributions == []
    assert run("Greene was asked to leave the hall by the guards.").attributions == []
    assert run("Greene asked the way to the station from the driver.").attributions == []
    assert run("A docker familiar with the matter, who asked not to be named, left early.").attributions == []


@pytest.mark.parametrize(
    "body",
    [
        "Okafor said goodbye to the staff at the port on Friday.",
        "Okafor said a prayer for the families of the dockers.",
        "Greene said hello to the crowd before the match.",
        "The old clock told the time for the whole village square.",
        "Greene could not tell the twins apart at the party.",
        "Warning lights flashed as the ferry warned ships away from the pier.",
        "Everything went according to plan for the harbour crew.",
        "Ruth Okafor, 58, pleaded guilty in June to one count of theft from the port.",
        "Harbour traffic grew 1.4 percentage points to 27.9% as ferry routes rose to 38% of trips.",
    ],
)
def test_reporting_verbs_that_report_nothing(body: str) -> None:
    assert run(body).attributions == []


def test_say_and_tell_still_report_beside_the_negatives() -> None:
    assert one("Okafor said the staff would stay at the port.").claim == "The staff would stay at the port."
    assert one("Greene told the council the time had come to sell.").source == "Greene"
