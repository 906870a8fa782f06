"""Quote speakers, issue 14 session 9. Kinds read on PolNeAR train's misses, tested on sentences of our
own, each with a hard negative:

- a participle cue's speaker is the main clause's subject past an opening prepositional phrase, whose
  own verb is no main verb ("In a statement released Thursday, Okafor reacted ..., saying: “...”");
- a speaker with a long relative or participle clause before the cue, ending in its object ("a port
  official who spoke on condition of anonymity to discuss the talks said", "a source speaking to the
  Gazette said").
"""

from __future__ import annotations

import pytest

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- an opening prepositional phrase


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement released Thursday, Councillor Ivy Okafor reacted to the ruling, saying: “The toll "
        "is dead and buried.”",
        "Despite a report published by the ferry union, Councillor Ivy Okafor stood firm, saying: “The "
        "toll is dead and buried.”",
        "Amid reports circulated by the ferry union, Councillor Ivy Okafor stood firm, saying: “The toll is "
        "dead and buried.”",
    ],
)
def test_a_participle_cue_speaks_for_the_subject_after_an_opening_phrase(sentence: str) -> None:
    ex = run(INTRO + sentence)
    assert quote(ex, "The toll").speaker == "Ivy Okafor"


def test_an_opening_phrase_with_no_comma_leaves_the_plain_subject() -> None:
    # Hard negative: no comma closes the opening phrase before the participle's clause, so the subject
    # of the sentence's first verb still speaks ("the mayor", Whitfield in the intro).
    ex = run(
        INTRO + "In Dover the mayor thanked the crew, the pilots and the engineers, saying the bridge "
        "was “a fine thing.”"
    )
    assert quote(ex, "a fine thing").speaker == "Dana Whitfield"


def test_a_subordinate_opening_is_still_passed_over() -> None:
    # The older table still holds: "When asked ..., X said".
    ex = run(INTRO + "When asked about the tolls, Councillor Ivy Okafor shrugged, saying: “Ask the board.”")
    assert quote(ex, "Ask the board").speaker == "Ivy Okafor"


# --------------------------------------------------------------------------- a long clause before the cue


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A port official who spoke on condition of anonymity to discuss the talks said Wednesday, "
            "“There is no deal on the table yet.”",
            "A port official",
        ),
        (
            "Another port source speaking to the Harbour Gazette said, “There is no deal on the table yet.”",
            "Another port source",
        ),
        ("The pilots who voted for Ron Castell said, “There is no deal on the table yet.”", "The pilots"),
    ],
)
def test_the_speaker_before_a_long_clause_speaks(sentence: str, speaker: str) -> None:
    ex = run(INTRO + sentence)
    assert quote(ex, "There is no deal").speaker == speaker


def test_a_name_after_the_clause_with_no_preposition_is_the_reporter() -> None:
    # Hard negative: "voters who remember the ferry Ron Castell said are ...": Castell reports, and the
    # clause before him is the reported sentence's subject.
    ex = run(INTRO + "Voters who remember the old ferry Ron Castell said are “the loudest group” in town.")
    assert quote(ex, "the loudest group").speaker == "Ron Castell"


def test_an_appositive_relative_clause_is_left_to_the_appositive_rule() -> None:
    ex = run(INTRO + "Ron Castell, who voted for the plan, said, “There is no deal on the table yet.”")
    assert quote(ex, "There is no deal").speaker == "Ron Castell"


# --------------------------------------------------------------------------- an earlier cue word used as a noun


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "Ron Castell sounded a rare note of regret about the toll, saying, “I am not sure I deserve it.”",
            "saying",
        ),
        (
            "Ron Castell offered a Whitfield-style retort on the mayor’s favourite website, posting at her, "
            "“I am not sure I deserve it.”",
            "posting",
        ),
        (
            "Ron Castell shared a syllabus for a 2002 class called “Rivers” on his page, writing “I am not sure "
            "I deserve it.”",
            "writing",
        ),
    ],
)
def test_a_participle_cue_after_a_noun_cue_word_speaks_for_the_main_subject(sentence: str, cue: str) -> None:
    ex = run(INTRO + sentence)
    q = quote(ex, "I am not sure")
    assert q.speaker == "Ron Castell"
    assert q.cue == cue


def test_an_earlier_cue_verb_still_gives_the_participles_speaker() -> None:
    # Hard negative: "said" before "adding" is a verb, whose subject speaks.
    ex = run(
        INTRO + "Ron Castell said the toll would end in May, adding, “I am not sure the ferry is ready.”"
    )
    assert quote(ex, "I am not sure").speaker == "Ron Castell"


def test_a_named_title_alone_is_still_no_quote() -> None:
    # Hard negative: the naming participle with no cue after it keeps its old reading (no quote).
    ex = run(INTRO + "Ron Castell taught a class called “Rivers” in the spring.")
    assert ex.quotes == []
