"""Speech attributions whose source or claim the sentence's structure decides (issue 14, session 13): the
issuer of a written thing, a preposition's object before a participle, a possessed noun with "for" or "of", an
audience that is the claim's subject, "said of", a relative clause's cue, a subordinator inside a subject, a
time where a subject would stand, a name inside a relative clause, a broadcaster told. One test per
mechanism, on sentences written here (never a corpus's), each with hard negatives."""

from __future__ import annotations

from tests.rules_support import attribution_pairs as pairs
from tests.rules_support import attribution_sources as sources
from tests.rules_support import run_headlined

# The people the later sentences speak of, so the book knows the names as someone.
INTRO = "Mayor Ruth Okafor and harbour pilot Tom Ruiz met on Monday. "


# --------------------------------------------------------------------------- who speaks


def test_the_issuer_of_a_written_thing_speaks() -> None:
    body = INTRO + "Okafor's office released a statement saying the ferry would stay docked."
    assert pairs(body) == [("Okafor's office", "The ferry would stay docked.")]
    body = (
        INTRO + "Soon after the vote, the pilots' union put out a short statement urging calm on the quays."
    )
    assert pairs(body) == [("the pilots' union", "Calm on the quays.")]
    # Hard negatives: whoever received the letter did not write it; a document shows its own finding.
    body = INTRO + "Okafor received a letter saying the ferry would stay docked."
    assert sources(body) == ["a letter"]
    body = INTRO + "The council published a report showing that the pier is rotten."
    assert sources(body) == ["a report"]


def test_a_prepositions_object_before_a_participle_is_no_speaker() -> None:
    body = (
        INTRO
        + "Okafor was blunt about her dislike of the ferry levy, the council's plan, saying pilots would leave."
    )
    assert pairs(body) == [("Ruth Okafor", "Pilots would leave.")]
    body = INTRO + "Okafor took a softer line on the ferry levy, suggesting the pilots could wait."
    assert pairs(body) == [("Ruth Okafor", "The pilots could wait.")]
    # Hard negative: an object of a verb that reports keeps the clause's subject as before.
    body = INTRO + "Okafor criticized the pilots' union, saying the pier leaks."
    assert pairs(body) == [("Ruth Okafor", "The pilots' union."), ("Ruth Okafor", "The pier leaks.")]


def test_a_time_where_the_subject_would_stand_is_no_speaker() -> None:
    body = (
        INTRO
        + "The day before, at a rally in Dover, Del., Okafor was just as blunt, claiming without evidence that the pilots had lied."
    )
    assert pairs(body) == [("Ruth Okafor", "The pilots had lied.")]
    # Hard negative: "without evidence" after the cue is read past, "that" or not.
    body = INTRO + "Okafor claimed without evidence that the pilots had lied."
    assert pairs(body) == [("Ruth Okafor", "The pilots had lied.")]


def test_a_name_inside_a_relative_clause_on_the_opening_name_is_no_speaker() -> None:
    body = (
        INTRO
        + "Ann Lee, who lost her boat during the storm in Dover, Delaware, in May 2019, said that the pilots"
        " had been careless."
    )
    assert sources(body) == ["Ann Lee"]
    # Hard negative: a name inside the relative clause with no place after it, the same answer.
    body = INTRO + "Ann Lee, who works for Tom Ruiz, said that the pilots had been careless."
    assert sources(body) == ["Ann Lee"]


def test_a_subordinator_ends_the_subject() -> None:
    body = (
        INTRO
        + "The port closed the north pier after engineers found that two of its piles had rotted through."
    )
    assert pairs(body) == [
        ("engineers", "Two of its piles had rotted through.")
    ]  # "the north pier after engineers"
    body = (
        INTRO
        + "The regulator recalled the syrup after laboratory tests found that some bottles held too much."
    )
    assert sources(body) == ["laboratory tests"]
    # Hard negative: a subject with a preposition inside it is still whole.
    body = INTRO + "Engineers from the port authority found that two of its piles had rotted through."
    assert sources(body) == ["Engineers from the port authority"]


# --------------------------------------------------------------------------- what the cue is


def test_a_possessed_noun_with_for_or_of_reports_its_object() -> None:
    body = INTRO + "And her promises of new money for the pilots have been modest."
    assert pairs(body) == [("Ruth Okafor", "New money for the pilots.")]
    body = INTRO + "Her praise for the pilots was warm."
    assert pairs(body) == [("Ruth Okafor", "The pilots.")]
    # Hard negatives: no possessor, no speaker; a promise of something done is no noun cue of speech.
    body = INTRO + "The promises of new money for the pilots have been modest."
    assert pairs(body) == []
    body = INTRO + "Her passion for the pilots was plain."
    assert pairs(body) == []


def test_an_audience_followed_by_a_verb_is_the_claims_subject() -> None:
    body = INTRO + "Okafor blamed the press, saying reporters were unfair."
    assert pairs(body) == [("Ruth Okafor", "Reporters were unfair.")]
    body = INTRO + "Okafor said lawmakers would vote on the pier in May."
    assert pairs(body) == [("Ruth Okafor", "Lawmakers would vote on the pier in May.")]
    body = INTRO + "She said members of the harbour board shouldn’t weigh in on the vote."
    assert pairs(body) == [("Ruth Okafor", "Members of the harbour board shouldn’t weigh in on the vote.")]
    # Hard negative: an audience told, then the claim.
    body = INTRO + "Okafor told reporters the pier was unsafe."
    assert pairs(body) == [("Ruth Okafor", "The pier was unsafe.")]


def test_said_of_is_no_claim() -> None:
    body = (
        INTRO
        + "“The pier is my life,” Tom Ruiz, 52, who fishes off the point, said of the closure. “I have nothing else.”"
    )
    assert pairs(body) == []
    # Hard negatives: "said of X that ..." keeps the clause; "warned of" keeps what was warned of.
    body = INTRO + "Okafor said of the closure that it would last a month."
    assert pairs(body) == [("Ruth Okafor", "It would last a month.")]
    body = INTRO + "Okafor warned of a long strike at the port."
    # Session 25: the cue is "warned of" and the claim the thing warned of, as the seeds' gold writes it (this test had
    # asserted the claim "Of a long strike at the port.", which the brief of session 25 names a wrong answer).
    assert pairs(body) == [("Ruth Okafor", "A long strike at the port.")]


def test_a_relative_clauses_cue_claims_nothing_before_its_antecedent() -> None:
    body = (
        INTRO
        + "The ferry's main pilot was its former captain, Tom Ruiz, who pleaded guilty in March to negligence."
    )
    assert pairs(body) == []
    # Hard negatives: the relative clause's own claim after it; a closing cue's claim before it.
    body = (
        INTRO
        + "The ferry's main pilot was its former captain, Tom Ruiz, who testified in March that the hull was rotten."
    )
    assert pairs(body) == [("Tom Ruiz", "The hull was rotten.")]
    body = INTRO + "The hull was rotten, Tom Ruiz testified in March."
    assert pairs(body) == [("Tom Ruiz", "The hull was rotten.")]


# --------------------------------------------------------------------------- whom they told


def test_a_broadcaster_told_relays_the_claim() -> None:
    ex = run_headlined(INTRO + "Ruiz told state radio the pilots would strike in May.")
    assert [(a.source, a.claim, a.via) for a in ex.attributions] == [
        ("Tom Ruiz", "The pilots would strike in May.", "state radio")
    ]
    ex = run_headlined(INTRO + "Ruiz told state radio on Monday that the pilots would strike.")
    assert [(a.claim, a.via) for a in ex.attributions] == [("The pilots would strike.", "state radio")]
    # Hard negatives: a wire service told is the writer's own, a person or an audience told relays nothing.
    ex = run_headlined(
        INTRO + "Two people familiar with the talks told Reuters that the pilots would strike."
    )
    assert [a.via for a in ex.attributions] == [None]
    ex = run_headlined(INTRO + "Ruiz told Okafor the pilots would strike in May.")
    assert [(a.claim, a.via) for a in ex.attributions] == [("The pilots would strike in May.", None)]
    ex = run_headlined(INTRO + "Ruiz told reporters the pilots would strike in May.")
    assert [(a.claim, a.via) for a in ex.attributions] == [("The pilots would strike in May.", None)]


def test_data_a_named_body_publishes_is_the_bodys() -> None:
    ex = run_headlined(
        INTRO
        + "According to data from the ship-tracking service Harbourwatch, the ferry was moving at about 11"
        " knots when it hit the pier."
    )
    assert [a.source for a in ex.attributions] == ["Harbourwatch"]
    ex = run_headlined(
        INTRO + "According to figures published by the Port Authority, the ferry carried 4,000 people."
    )
    assert [a.source for a in ex.attributions] == ["Port Authority"]
    # Hard negatives: data with no body named stays the source, and a time after "published" is no publisher.
    ex = run_headlined(INTRO + "According to data from the port, the ferry was moving at about 11 knots.")
    assert [a.source for a in ex.attributions] == ["data from the port"]
    ex = run_headlined(
        INTRO + "According to official figures published on Tuesday, the ferry carried 4,000 people."
    )
    assert [a.source for a in ex.attributions] == ["official figures"]
