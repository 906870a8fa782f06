"""Speech attributions the rules still missed or credited to the wrong source (issue 14, session 9): kinds
read from PolNeAR's train misses, one test per kind, on sentences written here (never the corpus's), each
with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import run_headlined as run

# The people the later sentences speak of, so the book knows the names as someone.
INTRO = "Mayor Ruth Okafor and harbour pilot Tom Ruiz met on Monday. "


def pairs(body: str) -> list[tuple[str, str]]:
    return [(a.source, a.claim) for a in run(body).attributions]


def sources(body: str) -> list[str]:
    return [a.source for a in run(body).attributions]


# --------------------------------------------------------------------------- the clause's subject, further


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # A title before the name opening the clause, after an opener.
        (
            INTRO + "In a speech at the pier on Tuesday night, Ms. Okafor struck a calm tone, saying she "
            "understood the worries of the dockers.",
            "Ruth Okafor",
            "She understood the worries of the dockers.",
        ),
        # Two names: both speak.
        (
            INTRO + "Ruth Okafor and Tom Ruiz sent a letter to the council, asking it to delay the vote.",
            "Ruth Okafor and Tom Ruiz",
            "It to delay the vote.",
        ),
        # A subordinate clause opens the sentence: its subject is not who speaks.
        (
            INTRO + "When the vote was called, Okafor walked out, saying the levy would ruin the port.",
            "Ruth Okafor",
            "The levy would ruin the port.",
        ),
    ],
)
def test_the_clause_subject_after_a_title_two_names_or_a_subordinate_clause(
    body: str, source: str, claim: str
) -> None:
    assert (source, claim) in pairs(body)


def test_a_subordinate_clause_subject_never_speaks() -> None:
    # Before, the first verb ("was") gave "the vote" as the speaker.
    body = INTRO + "When the vote was called, Okafor walked out, saying the levy would ruin the port."
    assert "the vote" not in sources(body)


@pytest.mark.parametrize(
    "body",
    [
        # A thing opening the clause says nothing.
        "When the storm hit, the old pier closed, pointing out that repairs were due.",
        # A place after "and" is no second speaker.
        "Harbourton and Rotterdam sent ships to the race, hoping to win the cup.",
    ],
)
def test_no_clause_subject_that_cannot_speak(body: str) -> None:
    assert not [s for s in sources(body) if s.lower().startswith(("the old pier", "harbourton"))]


# --------------------------------------------------------------------------- whom they told


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # An outlet after "told", then nothing or when: the claim is before the cue.
        (
            "He had finished his second year at the college, a school spokesman told The Harbour Ledger.",
            "a school spokesman",
            "He had finished his second year at the college.",
        ),
        (
            INTRO + "The union will sit out the vote, Ruiz told POLITICO earlier this week.",
            "Tom Ruiz",
            "The union will sit out the vote.",
        ),
        (
            INTRO + "This is not about me, Okafor told her closest advisers as she worked on the speech.",
            "Ruth Okafor",
            "This is not about me.",
        ),
        # Whom they told, then the claim without "that".
        (
            INTRO + "Okafor told The Ledger the levy would ruin the port.",
            "Ruth Okafor",
            "The levy would ruin the port.",
        ),
        (
            INTRO + "Okafor told her supporters the fight would go on.",
            "Ruth Okafor",
            "The fight would go on.",
        ),
    ],
)
def test_whom_they_told_is_no_claim(body: str, source: str, claim: str) -> None:
    assert (source, claim) in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        INTRO + "The union will sit out the vote, Ruiz told POLITICO earlier this week.",
        "He had finished his second year at the college, a school spokesman told The Harbour Ledger.",
    ],
)
def test_an_outlet_is_never_the_claim(body: str) -> None:
    claims = [c for _s, c in pairs(body)]
    assert not [c for c in claims if c.startswith(("The Harbour Ledger", "POLITICO"))]


def test_told_reporters_still_reads_its_claim() -> None:
    assert ("Ruth Okafor", "The levy would ruin the port.") in pairs(
        INTRO + "Okafor told reporters the levy would ruin the port."
    )


# --------------------------------------------------------------------------- a gerund after a preposition


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # Opening the sentence: the main clause's subject speaks, the claim ends at the comma.
        (
            INTRO + "After blasting the Ledger for its coverage of the strike, Okafor turned to the pilots.",
            "Ruth Okafor",
            "The Ledger for its coverage of the strike.",
        ),
        (
            "In describing the levy as a tax on work, the union leader went further than the pilots.",
            "the union leader",
            "The levy as a tax on work.",
        ),
        # Inside the clause: its subject speaks, never the words before the preposition.
        (
            INTRO + "Okafor began the day by blasting the Ledger for its coverage of the strike.",
            "Ruth Okafor",
            "The Ledger for its coverage of the strike.",
        ),
        (
            INTRO + "Okafor spoke to the crowd after saying the port would stay open.",
            "Ruth Okafor",
            "The port would stay open.",
        ),
    ],
)
def test_a_gerund_after_a_preposition(body: str, source: str, claim: str) -> None:
    assert (source, claim) in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        # No cue: nothing reported.
        "After closing the port for a week, the council reopened it on Monday.",
        # "for": the prize is for what someone else said; the giver says nothing.
        INTRO + "The council gave Okafor a medal for praising the pilots.",
    ],
)
def test_no_gerund_report(body: str) -> None:
    assert "the council" not in [s.lower() for s in sources(body)]


def test_the_words_before_an_opening_gerund_are_no_claim() -> None:
    body = "While praising the pilots, the harbour master warned that the channel was silting up."
    claims = [c for _s, c in pairs(body)]
    assert "The channel was silting up." in claims
    assert not [c for c in claims if c.startswith("While")]


# --------------------------------------------------------------------------- "as X reported"


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # After a connective or a time set off by a comma.
        (
            "And, as the Harbour Ledger previously reported, the port lost money for three straight years.",
            "Harbour Ledger",
            "The port lost money for three straight years.",
        ),
        (
            "Two weeks ago, as the Harbour Ledger reported, the pilots were discussing a strike.",
            "Harbour Ledger",
            "The pilots were discussing a strike.",
        ),
        # Closing the claim.
        (
            "The port lost money for three straight years, as the Harbour Ledger reported.",
            "Harbour Ledger",
            "The port lost money for three straight years.",
        ),
        # Set inside the claim.
        (
            INTRO + "That, as Okafor points out, is a lot of money for a small port.",
            "Ruth Okafor",
            "That is a lot of money for a small port.",
        ),
    ],
)
def test_as_clauses_around_their_claim(body: str, source: str, claim: str) -> None:
    assert (source, claim) in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        "The port lost money for three straight years, as expected.",
        # "as" opens a clause of time with no speech cue.
        "The port lost money for three straight years, as the pilots left for Rotterdam.",
    ],
)
def test_as_without_a_speech_cue_reports_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- defended


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            INTRO + "Okafor defended herself against charges of neglect.",
            "Herself against charges of neglect.",
        ),
        (
            INTRO + "Okafor defended her endorsement of the harbour plan.",
            "Her endorsement of the harbour plan.",
        ),
    ],
)
def test_defended_against_critics_or_a_stance(body: str, claim: str) -> None:
    assert ("Ruth Okafor", claim) in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        INTRO + "Okafor defended herself in the street fight.",
        INTRO + "Okafor defended her title in the rowing final.",
        "The army defended the city for a month.",
    ],
)
def test_defended_without_words_is_no_claim(body: str) -> None:
    assert run(body).attributions == []
