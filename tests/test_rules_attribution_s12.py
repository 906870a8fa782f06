"""Speech attributions whose claim or source the clause structure decides (issue 14, session 12): a writer's
aside between dashes before "that", a second clause after a comma, openers in a row, an "as" clause after a coordinator, a clause
set apart that is no appositive, a relative clause on the subject closed by the main verb, a clause turned by
"but", a description closing the sentence, a firm's name with an ampersand. One test per mechanism, on sentences
written here (never a corpus's), each with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import attribution_pairs as pairs
from tests.rules_support import attribution_sources as sources

# The people the later sentences speak of, so the book knows the names as someone.
INTRO = "Mayor Ruth Okafor and harbour pilot Tom Ruiz met on Monday. "


# --------------------------------------------------------------------------- what follows the cue


def test_an_aside_between_dashes_before_that_is_no_part_of_the_claim() -> None:
    body = INTRO + "Okafor said — and Ruiz agreed — that the ferry would stay docked."
    assert pairs(body) == [("Ruth Okafor", "The ferry would stay docked.")]
    # Hard negatives: the aside after "that" stays in the claim; a plain claim after the cue and a time.
    body = INTRO + "Okafor said that — for now — the ferry would stay docked."
    assert pairs(body) == [("Ruth Okafor", "— for now — the ferry would stay docked.")]
    body = INTRO + "Okafor said on Friday the ferry would stay docked."
    assert pairs(body) == [("Ruth Okafor", "The ferry would stay docked.")]


def test_a_second_clause_after_the_cues_comma_is_no_claim() -> None:
    body = (
        INTRO + "The pier was built in 1890. Okafor wrote in 1998, but it was lost in a fire two years later."
    )
    assert sources(body) == []
    # Hard negative: a claim after the cue and a time, with no comma.
    body = INTRO + "Okafor wrote in 1998 that the pier was rotten."
    assert pairs(body) == [("Ruth Okafor", "The pier was rotten.")]


# --------------------------------------------------------------------------- what comes before the cue


def test_openers_in_a_row_are_no_claim() -> None:
    body = INTRO + "On Friday, as the tide turned, Okafor announced a review of the pier."
    assert pairs(body) == [("Ruth Okafor", "A review of the pier.")]
    # Hard negative: a clause after an opener is a claim.
    body = INTRO + "In 2019, the pier lost money, Okafor said."
    assert pairs(body) == [("Ruth Okafor", "In 2019, the pier lost money.")]


def test_an_as_clause_after_a_coordinator_gives_the_clause_after_it() -> None:
    body = INTRO + "Pilots may be fined, and as Okafor noted, crews on the ferry could face sanctions too."
    assert pairs(body) == [("Ruth Okafor", "Crews on the ferry could face sanctions too.")]
    # Hard negative: "as" with no cue of speech gives nothing.
    body = INTRO + "Pilots may be fined, and as expected, crews on the ferry could face sanctions too."
    assert sources(body) == []


def test_a_clause_set_apart_before_the_cue_is_no_appositive() -> None:
    body = (
        INTRO
        + "Though the race moves west, to a town she hoped to win by a wide margin, the vote will be close, "
        "said Dan Whitlow, a pollster in Westmoor."
    )
    assert sources(body) == ["Dan Whitlow"]
    # Hard negatives: appositives set apart, one with a relative clause, one with a number.
    body = INTRO + "Okafor, the mayor who was elected in May, said the vote will be close."
    assert sources(body) == ["Ruth Okafor"]
    body = INTRO + "Ruiz, a pilot for 20 years, said the vote will be close."
    assert sources(body) == ["Tom Ruiz"]


# --------------------------------------------------------------------------- whose clause the cue closes


def test_a_relative_clause_on_the_subject_ends_at_the_main_auxiliary() -> None:
    body = (
        INTRO
        + "Ruiz, who has denied the charge, will appeal to the harbour board, his lawyer, Mina Castell, said."
    )
    got = pairs(body)
    assert ("Tom Ruiz", "The charge.") in got
    assert [s for s, c in got if "appeal to the harbour board" in c] == ["Mina Castell"]
    # The lawyer's role before her name is no part of the claim.
    assert not any(c.endswith("his lawyer.") for _, c in got)
    # Hard negative: a relative clause inside the claim keeps its auxiliary ("which is old, would close").
    body = INTRO + "Okafor, who said last year that the pier, which is old, would close, now runs the union."
    assert pairs(body) == [("Ruth Okafor", "The pier, which is old, would close.")]


def test_the_subject_is_never_across_a_clause_turned_by_but() -> None:
    body = (
        INTRO
        + "Ruiz, who sailed in the regatta, is said to have thought of retiring, but his coach, Ana Brel, "
        "said on Monday that the pilot would race again."
    )
    assert pairs(body) == [("Ana Brel", "The pilot would race again.")]
    # Hard negative: a relative clause on the subject with no turn keeps the subject.
    body = INTRO + "Ruiz, who sailed in the regatta, said on Monday that he would race again."
    assert sources(body) == ["Tom Ruiz"]


def test_a_description_closing_the_sentence_speaks() -> None:
    body = (
        INTRO
        + "Pilots who think they were overcharged can claim a refund, lawyers for a group of about 1,300 "
        "pilots said."
    )
    assert pairs(body) == [
        (
            "lawyers for a group of about 1,300 pilots",
            "Pilots who think they were overcharged can claim a refund.",
        )
    ]
    # Hard negative: a place after the comma is no speaker.
    body = INTRO + "Pilots can claim a refund, harbours in the north of the county said nothing."
    assert "harbours in the north of the county" not in sources(body)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            INTRO + "The boat was kept in a shed, which Harl & Penrose said explained the rust.",
            "Harl & Penrose",
        ),
        # Hard negative: a name alone.
        (INTRO + "The boat was kept in a shed, which Penrose said explained the rust.", "Penrose"),
    ],
)
def test_a_firms_name_joined_by_an_ampersand_speaks_whole(body: str, source: str) -> None:
    assert sources(body) == [source]


# --------------------------------------------------------------------------- dev8's kinds


def test_a_topic_reported_inside_anothers_claim_is_no_claim_of_its_own() -> None:
    body = INTRO + "Ruiz, who retired in May, said he had warned the board about the pier two years ago."
    assert pairs(body) == [("Tom Ruiz", "Tom Ruiz had warned the board about the pier two years ago.")]
    body = INTRO + "Okafor said pilots had complained about water in the lower dock since March."
    assert pairs(body) == [
        ("Ruth Okafor", "Pilots had complained about water in the lower dock since March.")
    ]
    # Hard negatives: the same topic reported alone, and a claim with "that" inside another's claim.
    body = INTRO + "Pilots had complained about water in the lower dock since March."
    assert pairs(body) == [("Pilots", "About water in the lower dock since March.")]
    body = INTRO + "Okafor said Ruiz had warned the board that the pier would fail."
    assert ("Tom Ruiz", "The board that the pier would fail.") not in pairs(body)
    assert pairs(body)[0] == ("Ruth Okafor", "Ruiz had warned the board that the pier would fail.")


def test_a_verdict_in_single_curly_quotes_is_named() -> None:
    body = (
        INTRO
        + "In a statement, the harbour board called the closure ‘a grave mistake’ and said it would appeal."
    )
    assert ("the harbour board", "The closure is a grave mistake.") in pairs(body)  # "X is Y" (session 18)
    # Hard negative: an apostrophe after the object opens no verdict.
    body = INTRO + "Okafor called Ruiz’s boat a wreck on Monday."
    assert sources(body) == []


def test_the_state_before_an_office_is_part_of_the_source() -> None:
    body = INTRO + "The state harbour commissioner’s office said it had received 200 complaints."
    assert sources(body) == ["The state harbour commissioner’s office"]
    # Hard negative: "state" as the verb of a report.
    body = INTRO + "Pilots state that the pier is unsafe."
    assert sources(body) == ["Pilots"]


# --------------------------------------------------------------------------- wrong sources (batch 2)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            INTRO + "Pilots and even some dockers say the levy has been toothless.",
            "Pilots and even some dockers",
        ),
        (
            INTRO + "Friends, neighbours and former rivals say that Okafor is the right pick.",
            "Friends, neighbours and former rivals",
        ),
        (
            INTRO + "Since earlier this year, Ruiz and other pilots have said the pier must close.",
            "Ruiz and other pilots",
        ),
    ],
)
def test_every_part_of_a_subject_joined_by_and_speaks(body: str, source: str) -> None:
    assert sources(body) == [source]


def test_a_clause_before_and_is_no_part_of_the_subject() -> None:
    body = INTRO + "Okafor won and her aides say the levy is dead."
    assert sources(body) == ["her aides"]


def test_the_name_before_a_participle_aside_speaks_not_its_object() -> None:
    body = (
        INTRO
        + "Senator Ana Brel, facing a stiff challenge in Westmoor, a swing county, said she would back the levy."
    )
    assert sources(body) == ["Ana Brel"]
    # Hard negative: a participle aside with no appositive after it.
    body = INTRO + "Okafor, speaking to reporters in Dover, said the levy was dead."
    assert sources(body) == ["Ruth Okafor"]
