"""Speech attributions credited to the wrong source or made of words that are no claim (issue 14, session 11):
a place, an occasion or a preposition's object taken as the speaker, a relative clause's claim running into
the main clause's, an audience taken as the claim, a non-speech sense of a cue. One test per mechanism, on
sentences written here (never a corpus's), each with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import attribution_pairs as pairs
from tests.rules_support import attribution_sources as sources

# The people the later sentences speak of, so the book knows the names as someone.
INTRO = "Mayor Ruth Okafor and harbour pilot Tom Ruiz met on Monday. "


# --------------------------------------------------------------------------- the object of a preposition


def test_a_phrase_read_back_over_its_prepositions_speaks_not_the_town_in_it() -> None:
    body = (
        INTRO
        + "A public review of the closure of the ferry pier in Westmoor, which stranded 300 commuters, has "
        "found that the council cut its maintenance budget by half."
    )
    assert sources(body) == ["A public review of the closure of the ferry pier in Westmoor"]


def test_the_object_of_an_opening_preposition_is_an_occasion_not_the_speaker() -> None:
    body = (
        INTRO
        + "In two long radio interviews, the mayor lashed out at Ruiz, saying she had never met the buyers."
    )
    assert pairs(body) == [("the mayor", "She had never met the buyers.")]
    # With no clause subject found, nobody rather than the interviews.
    body = (
        INTRO
        + "In two long radio interviews, the mayor hit back at Ruiz, saying she had never met the buyers."
    )
    assert "two long radio interviews" not in sources(body)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # Hard negatives: a share of a group, a body's staff, an agent after "by", a relative clause's antecedent.
        (
            INTRO + "Asked about the levy, 75 percent of dockers said the port would close.",
            "75 percent of dockers",
        ),
        (
            INTRO + "Staff for the harbour committee said the panel had the full report.",
            "Staff for the harbour committee",
        ),
        (
            INTRO + "Figures released by the Ports Office on Monday showed 4,000 crates were stuck at sea.",
            "Ports Office",
        ),
        (INTRO + "The trawler was seized by Dan Whitlow, who said it was his.", "Dan Whitlow"),
        (INTRO + "After the vote, Okafor said the levy was dead.", "Ruth Okafor"),
        (INTRO + "In Westmoor, dockers say the levy is dead.", "dockers"),
    ],
)
def test_a_subject_with_a_preposition_inside_or_before_it_still_speaks(body: str, source: str) -> None:
    assert sources(body) == [source]


# --------------------------------------------------------------------------- a place is no speaker


def test_a_town_that_flooded_alleges_nothing() -> None:
    body = (
        INTRO
        + "Storms hit the coast near Westmoor. Westmoor flooded on Monday, alleging that the dam had failed."
    )
    assert sources(body) == []
    # Hard negative: a person who sued alleges.
    body = INTRO + "Okafor sued the dam's owner on Monday, alleging that the dam had failed."
    assert pairs(body) == [("Ruth Okafor", "The dam had failed.")]


# --------------------------------------------------------------------------- a cue in a relative clause on the subject


def test_a_relative_clause_claim_ends_where_the_subjects_own_verb_begins() -> None:
    body = INTRO + "A woman who has accused Ruiz of fraud said the levy was illegal."
    assert pairs(body) == [("A woman", "Ruiz of fraud."), ("A woman", "The levy was illegal.")]
    # The main verb's auxiliaries are no part of the first claim.
    body = INTRO + "Pilots who say the levy is unfair have also warned that the port would close."
    assert pairs(body) == [("Pilots", "The levy is unfair."), ("Pilots", "The port would close.")]


def test_a_relative_clause_with_no_second_cue_keeps_its_claim() -> None:
    # Hard negatives: a claim after the subject's own verb (no cue in the relative clause) and a relative clause
    # set off by commas (read before this session).
    body = INTRO + "Pilots who backed the levy said that the port would close."
    # Session 18: the restrictive relative clause is part of the described source, as our gold writes sources.
    assert pairs(body) == [("Pilots who backed the levy", "The port would close.")]
    body = INTRO + "Ruiz, who has accused Okafor of fraud, said the levy was illegal."
    assert pairs(body) == [("Tom Ruiz", "Okafor of fraud."), ("Tom Ruiz", "The levy was illegal.")]


# --------------------------------------------------------------------------- whom they told


def test_a_gathering_told_is_no_claim() -> None:
    body = (
        INTRO
        + "‘The people of Westmoor were let down,’ Okafor told a packed hearing at the town’s old market hall."
    )
    assert sources(body) == []
    body = INTRO + "Okafor told a news conference on Monday."
    assert sources(body) == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        # Hard negatives: a gathering told, then a claim with or without "that".
        (INTRO + "Okafor told a packed hearing that the port would close.", "The port would close."),
        (INTRO + "Okafor told the crowd the port would close.", "The port would close."),
        (INTRO + "Okafor told the council the levy failed.", "The levy failed."),
        (INTRO + "Okafor told a local radio station that the levy failed.", "The levy failed."),
    ],
)
def test_a_gathering_told_before_a_claim_keeps_the_claim(body: str, claim: str) -> None:
    assert pairs(body) == [("Ruth Okafor", claim)]


# --------------------------------------------------------------------------- "admit" that lets people in


def test_admitting_students_is_no_admission() -> None:
    assert sources(INTRO + "The three colleges would stop admitting students from next September.") == []
    assert sources(INTRO + "The clinic admitted new patients on Monday.") == []
    # Hard negatives: owning up, with an object or with "that".
    assert pairs(INTRO + "Okafor admitted mistakes in the levy's design.") == [
        # session 27: a plural thing admitted is written as the sentence SPEC asks for (it was "Mistakes in ...")
        ("Ruth Okafor", "There were mistakes in the levy's design.")
    ]
    assert pairs(INTRO + "Okafor admitted that students had been turned away.") == [
        ("Ruth Okafor", "Students had been turned away.")
    ]


# --------------------------------------------------------------------------- an opener is no claim


@pytest.mark.parametrize(
    "body",
    [
        INTRO + "Shortly after the storm, Okafor announced her resignation.",
        INTRO + "In her speech, Okafor declared her pride.",
        INTRO + "As the dockers scrambled to raise cash last year, they proposed sweeping overhauls.",
    ],
)
def test_the_words_before_a_subject_that_only_open_the_sentence_are_no_claim(body: str) -> None:
    assert pairs(body) == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        # Hard negatives: a clause with its own verb before the comma is the claim.
        (INTRO + "In 2015 the port lost money, Okafor said.", "In 2015 the port lost money."),
        (
            INTRO + "When the vote was called, the port was closed, Okafor said.",
            "When the vote was called, the port was closed.",
        ),
        (INTRO + "The port lost money, Okafor said.", "The port lost money."),
    ],
)
def test_a_clause_before_the_cue_is_still_a_claim(body: str, claim: str) -> None:
    assert pairs(body) == [("Ruth Okafor", claim)]


# --------------------------------------------------------------------------- a clause without "that"


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # A pronoun with its auxiliary contracted opens the clause.
        (
            INTRO + "Okafor claims she's owed $2 million by the port.",
            "Ruth Okafor",
            "She's owed $2 million by the port.",
        ),
        (INTRO + "Okafor predicted they'd win the vote.", "Ruth Okafor", "They'd win the vote."),
        # The base form after a plural subject.
        (INTRO + "The pilots claim he cheated them.", "The pilots", "He cheated them."),
    ],
)
def test_a_claim_clause_without_that(body: str, source: str, claim: str) -> None:
    assert pairs(body) == [(source, claim)]


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: "claim" as a noun.
        INTRO + "The claim he made was false.",
        INTRO + "The pilots lay claim to the old pier.",
    ],
)
def test_claim_as_a_noun_reports_nothing(body: str) -> None:
    assert pairs(body) == []


# --------------------------------------------------------------------------- a share with its approximation


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (INTRO + "About four in 10 said they were angry with the council.", "About four in 10"),
        (INTRO + "Nearly nine out of 10 say they will need new skills.", "Nearly nine out of 10"),
        (INTRO + "Almost half of the dockers said the levy was unfair.", "Almost half of the dockers"),
        (INTRO + "More than 6 in 10 dockers said the levy was unfair.", "More than 6 in 10 dockers"),
        # The capitalised number opening the sentence, with an adverb after the share.
        (INTRO + "Four in 10 dockers also said they were angry with the council.", "Four in 10 dockers"),
        # Hard negatives: no approximation, a count that is no share.
        (INTRO + "Four dockers said they were angry.", "Four dockers"),
        (INTRO + "Half of the dockers said the levy was unfair.", "Half of the dockers"),
    ],
)
def test_a_share_keeps_its_approximation_and_its_base(body: str, source: str) -> None:
    assert sources(body) == [source]
