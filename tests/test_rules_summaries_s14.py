"""Session 14 (issue 15): pronouns named where a reader can tell whom they stand for, measured with the checker
in the repository (benchmarks/summary_sentences.py) on PolNeAR train sample A (read) and B (counted only).

Every sentence here is written for the test, with hard negatives the change must leave alone.
"""

from __future__ import annotations

from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries


def test_a_pronoun_inside_the_summary_is_the_person_of_the_sentence_before() -> None:
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. Among Democrats, 48 percent chose him in the poll."
    )
    assert got["chose"] == "Among Democrats, 48 percent chose Carl Lind in the poll."
    assert_sentence(got["chose"])
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. Commentators have criticized his record on farm subsidies."
    )
    assert got["criticized"] == "Commentators have criticized Carl Lind’s record on farm subsidies."
    # "her" before "to" is the object, not a possessive.
    got = summaries(
        "Governor Ana Varga opened the bridge on Monday. The council increased the pressure on her to resign."
    )
    assert got["increased"] == "The council increased the pressure on Ana Varga to resign."


def test_a_pronoun_inside_the_summary_stays_where_a_reader_cannot_tell() -> None:
    """Guard (passes before the change too): the hard negatives of the naming above."""
    # Two men joined in the sentence before: either may be meant.
    got = summaries(
        "Senator Carl Lind and Ben Oduya spoke in Ames on Monday. Among Democrats, 48 percent chose him in the poll."
    )
    assert got["chose"] == "Among Democrats, 48 percent chose him in the poll."
    # A description of one person in the summary: the pronoun is that person's, whom the summary does not name.
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. A farmer criticized his record on farm subsidies."
    )
    assert got["criticized"] == "A farmer criticized his record on farm subsidies."
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. The Iowa senator suspended his campaign on Tuesday."
    )
    assert got["suspended"] == "The Iowa senator suspended his campaign on Tuesday."
    # A person named later in the pronoun's own sentence: the pronoun looks ahead to them, not back.
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. Since launching his bid, Ben Oduya has criticized the farm bill."
    )
    assert "Carl Lind" not in got["launching"]


def test_a_pronoun_opening_a_clause_joined_to_the_first_is_its_subject() -> None:
    got = summaries(
        "Harbourline regularly publishes its shipping figures, but it does not break out the losses of its ferry unit."
    )
    assert got["break out"] == "Harbourline does not break out the losses of its ferry unit."
    assert_sentence(got["break out"])
    got = summaries(
        "The Kestrel Transit Act made deals with two bus companies, but it did ultimately expand night services."
    )
    assert got["expand"] == "The Kestrel Transit Act did ultimately expand night services."
    got = summaries("The Ashford councillors are acting as though they want to lose the vote.")
    assert got["lose"] == "The Ashford councillors want to lose the vote."


def test_a_pronoun_opening_a_joined_clause_stays_where_its_subject_does_not_agree() -> None:
    """Guard (passes before the change too): the hard negatives of the naming above."""
    # After "until" an "it" is as often the object: the plan, not the company.
    got = summaries("Harbourline backed the Kestrel plan until it collapsed in May.")
    assert got["collapsed"] == "The Kestrel plan collapsed in May."
    # Two companies are no "it".
    got = summaries(
        "Harbourline and Tovak Foods publish their figures, but it does not break out the losses."
    )
    assert got["break out"] == "It does not break out the losses."
