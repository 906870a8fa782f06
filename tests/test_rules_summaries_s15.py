"""Session 15 (issue 15): every event summary a self-contained sentence, measured with the checker in the
repository (benchmarks/summary_sentences.py) on PolNeAR train sample A (read) and B (counted only).

Every sentence here is written for the test, with hard negatives the change must leave alone.
"""

from __future__ import annotations

from tests.rules_support import run
from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries


def test_the_verb_after_an_aside_has_the_subject_before_the_aside() -> None:
    got = summaries("Regional mayors, including Ana Varga and Tom Hale, have criticized the bus lanes.")
    assert got["criticized"] == "Regional mayors have criticized the bus lanes."
    assert_sentence(got["criticized"])
    got = summaries("The mayor, acting as a referee for the two unions, will open talks on Monday.")
    assert got["open"] == "The mayor will open talks on Monday."
    got = summaries("Tom Lindell, speaking at a rally in Ames, announced a new farm bill.")
    assert got["announced"] == "Tom Lindell announced a new farm bill."
    # After a reporting verb, the subject of the words reported.
    got = summaries("Police said that two men, including a 19-year-old, were arrested on Monday.")
    assert got["arrested"] == "Two men were arrested on Monday."


def test_an_aside_before_the_verb_leaves_other_subjects_alone() -> None:
    """Guard (passes before the change too): the hard negatives of the subject above."""
    # A fronted phrase and a participle before the subject: the subject is in the clause.
    got = summaries("On Monday, speaking at a rally in Ames, Tom Lindell criticized the farm bill.")
    assert all("Tom Lindell criticized the farm bill" in s for s in got.values()), got
    # An aside that is a reporting tail, no participle or list: told as written.
    got = summaries("The bus lanes, the mayor said, will open in May.")
    assert got["open"] == "The bus lanes, the mayor said, will open in May."
    # The words before the aside hold a verb: they are no subject.
    got = summaries("The board met in Ames and, acting on a tip, arrested two men.")
    assert "The board met in Ames and" not in got["arrested"]


def test_a_pronoun_before_an_aside_is_the_verb_s_subject() -> None:
    got = summaries("Tom Hale spoke in Ames. He, speaking at a rally, criticized the farm bill.")
    assert got["criticized"] == "Tom Hale criticized the farm bill."
    # Two men named before: the pronoun stays, and the aside's rally is never the subject.
    got = summaries(
        "Tom Hale and Ben Oduya spoke in Ames. He, speaking at a rally, criticized the farm bill."
    )
    assert got["criticized"] == "He criticized the farm bill."


def test_they_opening_a_sentence_is_the_plural_subject_of_the_sentence_before() -> None:
    text = "Regional mayors are angry about the budget. They closed two bus lanes in May."
    (e,) = run(text).events
    assert e.summary == "Regional mayors closed two bus lanes in May."
    # The words drawn from the sentence before are evidence of their own.
    assert "Regional mayors" in [span.text for span in e.evidence]
    # After a fronted phrase, the subject of the sentence before.
    got = summaries(
        "To save money, harbour towns are cutting back on repairs. They closed two ferry routes in May."
    )
    assert got["closed"] == "Harbour towns closed two ferry routes in May."


def test_they_opening_a_sentence_stays_where_a_reader_cannot_tell() -> None:
    """Guard (passes before the change too): the hard negatives of the naming above."""
    # A paragraph between.
    got = summaries("Regional mayors are angry about the budget.\n\nThey closed two bus lanes in May.")
    assert got["closed"] == "They closed two bus lanes in May."
    # Another plural subject in the sentence before.
    got = summaries("Regional mayors are angry, and the unions are too. They closed two bus lanes in May.")
    assert got["closed"] == "They closed two bus lanes in May."
    got = summaries("Regional mayors say the fees are too high. They closed two bus lanes in May.")
    assert got["closed"] == "They closed two bus lanes in May."
    # A singular subject: no plural for "they".
    got = summaries("The mayor is angry about the budget. They closed two bus lanes in May.")
    assert got["closed"] == "They closed two bus lanes in May."
    # A clause before the plural: no fronted phrase, two subjects a reader may take.
    got = summaries(
        "The board saw the harbour as a depot, and engineers had no say in its plans. They built a new quay instead."
    )
    assert got["built"] == "They built a new quay instead."


def test_the_writer_s_first_person_is_left_as_written() -> None:
    """Guard (passes before the change too), the decision of session 15 for first-person columns: the text does not
    name its writer (a headline naming someone is no byline, and a book excerpt or a guest column is another's), so
    "I" is neither given a name from the article nor replaced by a description ("the writer"): a summary that stays
    unresolved is better than a guess."""
    got = summaries(
        "Tessa Marlow: The Harbour Vote.\n\nI was sentenced to five years in 2019. Tessa Marlow later founded a "
        "ferry company. I resigned from the board in May."
    )
    assert got["sentenced"] == "I was sentenced to five years in 2019."
    assert got["resigned"] == "I resigned from the board in May."
