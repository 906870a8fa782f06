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


# --------------------------------------------------------------------------- a relative clause ending in a bare noun


def test_a_relative_clause_ending_in_a_bare_noun_leaves_its_antecedent_the_speaker() -> None:
    ex = run(
        INTRO + "Although the union disagrees, a port official who spoke anonymously to discuss internal "
        "strategy said Wednesday, “There are talks between the port and the union.”"
    )
    assert quote(ex, "There are talks").speaker == "a port official"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody knows who first said “the toll is dead” in the town.",
        "It is unclear who first said “the toll is dead” in the town.",
    ],
)
def test_who_opening_an_indirect_question_describes_no_speaker(sentence: str) -> None:
    # Hard negative: "who" asks here; the phrase before it ("Nobody knows") is no speaker.
    ex = run(INTRO + sentence)
    assert quote(ex, "the toll is dead").speaker is None


# --------------------------------------------------------------------------- labels


def test_a_surname_and_a_colon_label_the_quote_after_them() -> None:
    ex = run(
        INTRO + "Ron Castell and Ivy Okafor reject the toll.\n\n"
        "Castell: “Our goal is not to delay the toll but to end it.” Okafor: “The mission is to end the toll.”"
    )
    assert quote(ex, "Our goal").speaker == "Ron Castell"
    assert quote(ex, "The mission").speaker == "Ivy Okafor"


@pytest.mark.parametrize("label", ["Update", "Dover"])
def test_a_capitalised_word_that_names_no_person_labels_nothing(label: str) -> None:
    # Hard negative: "Update:" names no one, and "Dover" is a place the article names.
    ex = run(INTRO + f"Ron Castell spoke in Dover on Monday.\n\n{label}: “The ferry will sail at noon.”")
    assert quote(ex, "The ferry will sail").speaker is None


def test_a_dash_label_names_the_writer_before_a_verb_ahead_of_the_dash() -> None:
    ex = run(
        INTRO
        + "Ron Castell spoke on Monday.\n\nPollsters agree - Ivy Okafor: “One lesson was a simple one: keep "
        "calling voters late.”"
    )
    assert quote(ex, "One lesson").speaker == "Ivy Okafor"


# --------------------------------------------------------------------------- an anonymous source's post-modifier


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A person familiar with the talks said, “There is no deal yet.”",
            "A person familiar with the talks",
        ),
        ("A source close to the mayor said, “There is no deal yet.”", "A source close to the mayor"),
        (
            "Another source familiar with Castell’s thinking said, “There is no deal yet.”",
            "Another source familiar with Castell’s thinking",
        ),
    ],
)
def test_an_anonymous_source_before_the_cue_keeps_its_post_modifier(sentence: str, speaker: str) -> None:
    ex = run(INTRO + sentence)
    assert quote(ex, "There is no deal").speaker == speaker


def test_close_to_inside_an_appositive_is_no_post_modifier() -> None:
    # Hard negative: "who is close to the mayor" is set off by commas; the name before it speaks.
    ex = run(INTRO + "Ron Castell, who is close to the mayor, said, “There is no deal yet.”")
    assert quote(ex, "There is no deal").speaker == "Ron Castell"
