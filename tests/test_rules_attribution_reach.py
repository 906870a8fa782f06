"""Speech attributions whose source or claim stood further from the cue (issue 14, session 6): kinds
the rules missed on PolNeAR's train split, one test per kind, on sentences written here (never the
corpus's), each with hard negatives beside it."""

from __future__ import annotations

import asyncio

import pytest

from schemas import ArticleRequest, Attribution, Extraction
from service import create_backend, extract


def run(body: str) -> Extraction:
    text = "Harbour council vote\n\n" + body  # a headline first, as in real articles
    return asyncio.run(extract(ArticleRequest(text=text, published="2022-03-10"), create_backend("rules")))


def one(body: str) -> Attribution:
    (a,) = run(body).attributions
    return a


# --------------------------------------------------------------------------- between subject and cue


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # Manner adverbs in -ly, time and frequency words after an auxiliary.
        (
            "The dockers' union has traditionally argued that the port should stay public.",
            "The dockers' union",
            "The port should stay public.",
        ),
        (
            "Mrs. Okafor has since said she would back a levy on ferries.",
            "Okafor",
            "She would back a levy on ferries.",
        ),
        ("Okafor strongly denounced the new levy on ferries.", "Okafor", "The new levy on ferries."),
        ("The ferry company had long insisted that the timetable was safe.", "The ferry company", None),
        # A state in parentheses after a name, as the party-and-state tag is.
        ("Sen. Ruth Okafor (Ohio) has said she would vote against the levy.", "Ruth Okafor", None),
    ],
)
def test_adverbs_and_tags_between_subject_and_cue(body: str, source: str, claim: str | None) -> None:
    a = one(body)
    assert a.source == source, a
    if claim is not None:
        assert a.claim == claim, a


def test_a_contracted_auxiliary_keeps_its_pronoun() -> None:
    ex = run("Ruth Okafor chairs the harbour board. She’s argued for years that the levy is illegal.")
    assert [(a.source, a.claim) for a in ex.attributions] == [("Ruth Okafor", "The levy is illegal.")]


@pytest.mark.parametrize(
    "body",
    [
        # A noun in -ly is no adverb: the rally, the family and the ally are the speakers' own words.
        "Supporters at the rally said the port should stay open.",
        "Her family said the ferry should keep running.",
    ],
)
def test_nouns_in_ly_stay_in_the_subject(body: str) -> None:
    a = one(body)
    assert a.source.split()[-1] in ("rally", "family"), a


# --------------------------------------------------------------------------- long appositives


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "Okafor, the No. 2 Democrat in the council, said the chamber will vote on Monday.",
            "Okafor",
            "The chamber will vote on Monday.",
        ),
        (
            "Ruth Okafor, a truck driver from Ava, Mo., who is a member of the union, said she already earned overtime.",
            "Ruth Okafor",
            "She already earned overtime.",
        ),
    ],
)
def test_a_long_appositive_after_the_opening_name(body: str, source: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.claim) == (source, claim)


def test_the_claims_subject_is_never_taken_for_an_inverted_source() -> None:
    # Before this session "the chamber" after the cue was read as "..., said the chamber".
    ex = run("Okafor, the No. 2 Democrat in the council, said the chamber will vote on Monday.")
    assert all(a.source != "the chamber" for a in ex.attributions)
    # An inverted source after a closed claim is still one.
    a = one("The vote will be close on Monday, said Ruth Okafor.")
    assert a.source == "Ruth Okafor" and a.claim == "The vote will be close on Monday."


def test_a_clause_between_commas_is_no_appositive() -> None:
    # "the port was closed" has a finite verb: a claim, and organizers said it.
    a = one("Okafor, the port was closed, organizers said.")
    assert a.source == "organizers"


# --------------------------------------------------------------------------- "As X reported, CLAIM"


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "As the Harbour Ledger reported, the council would need 55 percent of the votes to pass the levy.",
            "Harbour Ledger",
            "The council would need 55 percent of the votes to pass the levy.",
        ),
        (
            "As reported by the Harbour Ledger, investigators found 200 emails on the server.",
            "Harbour Ledger",
            "Investigators found 200 emails on the server.",
        ),
        (
            "As Okafor noted, the dockers could still be fined for the strike.",
            "Okafor",
            "The dockers could still be fined for the strike.",
        ),
        (
            "As the Ledger wrote, even on Friday morning, the council was refusing to call it a strike.",
            "Ledger",
            "The council was refusing to call it a strike.",
        ),
    ],
)
def test_an_as_clause_names_the_source_of_what_follows(body: str, source: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.claim) == (source, claim)
    assert run(body).provenance[a.id].rule == "attributions.as_clause"


@pytest.mark.parametrize(
    "body",
    [
        "As expected, the council passed the levy on Monday.",  # no one said it
        "As Okafor walked in, the dockers cheered loudly for him.",  # "as" of time, no cue
        "As the ferry showed, the crossing can be made in an hour.",  # "showed" is no speech
    ],
)
def test_as_clauses_without_a_speech_cue_report_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- addressees before "that"


def test_a_long_addressee_before_that() -> None:
    a = one("Okafor told the audience at her fundraiser for veterans that nothing could change her mind.")
    assert (a.source, a.claim) == ("Okafor", "Nothing could change her mind.")


def test_a_relative_that_after_an_addressee_opens_no_claim() -> None:
    ex = run("Okafor told the man that owned the shop to leave.")
    assert all(not a.claim.startswith("Owned") for a in ex.attributions)


# --------------------------------------------------------------------------- naming verdicts


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        ("Okafor called the council’s suspension “arbitrary.”", "The council’s suspension “arbitrary.”"),
        ("The mayor praised Okafor, who has called the levy an obvious fraud.", "The levy an obvious fraud."),
        (
            "Okafor called upon the mayor to restart the ferry service.",
            "The mayor to restart the ferry service.",
        ),
    ],
)
def test_naming_and_calling_forms(body: str, claim: str) -> None:
    ex = run(body)
    assert claim in [a.claim for a in ex.attributions], ex.attributions


@pytest.mark.parametrize(
    "body",
    [
        "The ferry company’s new boat, called “Harbour Star,” sails on Monday.",
        "A group called the Dockers Union met on Monday.",
    ],
)
def test_naming_without_a_verdict_reports_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- manner verbs after a plain plural


def test_a_manner_verb_after_a_capitalised_plural() -> None:
    a = one("Harbour scholars caution that high turnout does not mean a win in November.")
    assert (a.source, a.claim) == ("Harbour scholars", "High turnout does not mean a win in November.")
