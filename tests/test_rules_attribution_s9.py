"""Speech attributions the rules still missed or credited to the wrong source (issue 14, session 9): kinds
read from PolNeAR's train misses, one test per kind, on sentences written here (never the corpus's), each
with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import attribution_pairs as pairs
from tests.rules_support import attribution_sources as sources
from tests.rules_support import run_headlined as run

# The people the later sentences speak of, so the book knows the names as someone.
INTRO = "Mayor Ruth Okafor and harbour pilot Tom Ruiz met on Monday. "


# --------------------------------------------------------------------------- the clause's subject, further


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # A title before the name opening the clause, after an opener.
        (
            INTRO + "In a speech at the pier on Tuesday night, Ms. Okafor struck a calm tone, saying she "
            "understood the worries of the dockers.",
            "Ruth Okafor",
            "Ruth Okafor understood the worries of the dockers.",
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
            "Ruth Okafor’s endorsement of the harbour plan.",
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


# --------------------------------------------------------------------------- "according to" further


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # No comma before "according to": the clause before is the claim, never the words after.
        (
            "Okafor leads Ruiz by 271 votes according to a count by the Harbour Ledger, but Ruiz has vowed "
            "to fight on.",
            "Harbour Ledger",  # a count's publisher is its source (session 16; "a count by the ..." before)
            "Okafor leads Ruiz by 271 votes.",
        ),
        (
            "Okafor is ahead of Ruiz 46 percent to 39 percent according to a Ledger poll released Monday.",
            "a Ledger poll",
            "Okafor is ahead of Ruiz 46 percent to 39 percent.",
        ),
        # Initials joined by a hyphen, a web address, a colon after the source.
        (
            "Dockers favoured the levy by nearly 20 points, according to polling by the A.F.L.-C.I.O., even "
            "as the pilots opposed it.",
            "polling by the A.F.L.-C.I.O.",
            "Dockers favoured the levy by nearly 20 points.",
        ),
        (
            "They lived in the port city and were merchants, according to harbourton-news.com.",
            "harbourton-news.com",
            "They lived in the port city and were merchants.",
        ),
        (
            "Four offices keep the records of the port, according to the harbour board:",
            "the harbour board",
            "Four offices keep the records of the port.",
        ),
        # "That's according to X." gives the sentence before.
        (
            "The port lost money for three straight years. That's according to the harbour board.",
            "the harbour board",
            "The port lost money for three straight years.",
        ),
        (
            "The port lost money for three straight years. That's according to the harbour board, which met "
            "on Monday.",
            "the harbour board",
            "The port lost money for three straight years.",
        ),
    ],
)
def test_according_to_further(body: str, source: str, claim: str) -> None:
    assert (source, claim) in pairs(body)


@pytest.mark.parametrize(
    ("body", "not_claim"),
    [
        # The words after the source are not its claim.
        (
            "Okafor leads Ruiz by 271 votes according to a count by the Harbour Ledger, but Ruiz has vowed "
            "to fight on.",
            "But Ruiz has vowed to fight on.",
        ),
        # A relative clause after the source is no claim.
        (
            "The port lost money. That's according to the harbour board, which met on Monday.",
            "Which met on Monday.",
        ),
    ],
)
def test_according_to_never_takes_the_words_after(body: str, not_claim: str) -> None:
    assert not_claim not in [c for _s, c in pairs(body)]


def test_according_to_at_the_start_still_reads_forward() -> None:
    assert ("the Ledger", "The port will close.") in pairs(
        "But according to the Ledger, the port will close."
    )
    # A paragraph apart: the sentence before is another paragraph's, so no claim.
    assert pairs("The port lost money.\n\nThat's according to the harbour board.") == []


# --------------------------------------------------------------------------- who spoke: longer subjects


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # "who" after an appositive whose last words name a place or a body.
        (
            "The levy is a scandal, said Ann Lee, a pilot from Dover, Delaware, who said she is friendly "
            "with the mayor.",
            "Ann Lee",
        ),
        (
            "His remarks were derided by Tom Diaz, the leader of the opposition in North Harbour, who "
            "suggested that the mayor should resign.",
            "Tom Diaz",
        ),
        # A noun phrase with its modifiers opening the sentence, not its last noun.
        ("People with knowledge of the board's plans said a new pier was coming.", "People with knowledge"),
        ("One in four voters in a Ledger poll last year said the port should close.", "One in four voters"),
        (
            "Large majorities of dockers in six ports going to the polls on Tuesday said they back the strike.",
            "Large majorities of dockers",
        ),
        # A name and "and" before the subject found.
        ("Edwards and others said they could not support the levy.", "Edwards and others"),
        ("Ward and other harbour experts acknowledge that the channel is silting up.", "Ward and other"),
    ],
)
def test_the_whole_subject_speaks(body: str, source: str) -> None:
    assert [s for s in sources(body) if s.startswith(source)]


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        (
            "The levy is a scandal, said Ann Lee, a pilot from Dover, Delaware, who said she is friendly "
            "with the mayor.",
            "Delaware",
        ),
        ("People with knowledge of the board's plans said a new pier was coming.", "the board's plans"),
        ("Edwards and others said they could not support the levy.", "others"),
    ],
)
def test_never_the_last_noun(body: str, wrong: str) -> None:
    assert wrong not in sources(body)


def test_who_without_an_appositive_is_the_name_before() -> None:
    assert ("Tom Diaz", "It was his.") in pairs(
        INTRO + "The ship was seized by Tom Diaz, who said it was his."
    )


# --------------------------------------------------------------------------- a relative clause's claim ends


def test_a_relative_clause_on_the_subject_ends_its_claim() -> None:
    body = INTRO + "Ruth Okafor, who said last year that the port would close, now runs the pilots' union."
    assert ("Ruth Okafor", "The port would close.") in pairs(body)


def test_an_auxiliary_after_a_comma_goes_on_with_the_claim() -> None:
    # "which is old" is the claim's own relative clause; "would close" its verb.
    body = INTRO + "Ruth Okafor, who said the port, which is old, would close, now runs the union."
    assert ("Ruth Okafor", "The port, which is old, would close.") in pairs(body)


def test_according_to_then_a_relative_clause_then_the_claim() -> None:
    body = (
        "According to the harbour board, which brought the case, the pilots split 140 contracts between them."
    )
    assert ("the harbour board", "The pilots split 140 contracts between them.") in pairs(body)


# --------------------------------------------------------------------------- naming verdicts in quotation marks


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # An object, then its quoted predicate, after an appositive, a participle or a coordinated cue (session 18:
        # written as a sentence, "X is Y").
        (
            INTRO + "Tom Diaz, a pilot, called Harbourton’s standards “strong.”",
            "Tom Diaz",
            "Harbourton’s standards are strong.",
        ),
        (
            INTRO + "Okafor has targeted the pilots, calling the harbour pilots “pirates” and cheats.",
            "Ruth Okafor",
            "The harbour pilots are “pirates” and cheats.",
        ),
        (
            INTRO + "Okafor admitted that she found the debt confusing and called the golf venture “a great "
            "example” of failure.",
            "Ruth Okafor",
            "The golf venture is “a great example” of failure.",
        ),
    ],
)
def test_naming_verdicts_with_a_quoted_predicate(body: str, source: str, claim: str) -> None:
    assert (source, claim) in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        # A name in quotation marks, no object before it: no verdict.
        "The group, called “Harbour First,” met on Monday.",
        "She took a class called “Rivers and Towns” at the college.",
        "The levy closed the tax loophole called an “inversion,” in which a company moves abroad.",
        "The boat was called “Sea Star” by its owner.",
    ],
)
def test_a_quoted_name_is_no_verdict(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- a condition opens the claim


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            INTRO + "Okafor said, if elected, she would ask Ruiz to lead the harbour board.",
            "If elected, she would ask Ruiz to lead the harbour board.",
        ),
        (
            INTRO + "Okafor said, once the strike ends, the ferries will sail again.",
            "Once the strike ends, the ferries will sail again.",
        ),
    ],
)
def test_a_condition_after_the_cue_opens_the_claim(body: str, claim: str) -> None:
    assert ("Ruth Okafor", claim) in pairs(body)


def test_a_participle_after_the_cue_still_has_no_claim_of_its_own() -> None:
    # "said, adding ...": the claim is elsewhere; only the participle's own claim.
    claims = [
        c for _s, c in pairs(INTRO + "The port will close, Okafor said, adding that the pilots agreed.")
    ]
    assert "The port will close." in claims
    assert not [c for c in claims if c.startswith("Adding")]
