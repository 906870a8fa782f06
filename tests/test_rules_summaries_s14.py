"""Session 14 (issue 15): pronouns named where a reader can tell whom they stand for, measured with the checker
in the repository (benchmarks/summary_sentences.py) on PolNeAR train sample A (read) and B (counted only).

Every sentence here is written for the test, with hard negatives the change must leave alone.
"""

from __future__ import annotations

from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries


def test_a_pronoun_inside_the_summary_is_the_person_of_the_sentence_before() -> None:
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. Among farmers, 31 percent backed him in the survey."
    )
    assert got["survey"] == "Among farmers, 31 percent backed Carl Lind in the survey."
    assert_sentence(got["survey"])
    got = summaries("Senator Carl Lind spoke in Ames on Monday. The auditors criticized his travel expenses.")
    assert got["criticized"] == "The auditors criticized Carl Lind’s travel expenses."
    # "her" before "to" is the object, not a possessive.
    got = summaries("Governor Ana Varga opened the bridge on Monday. The union voted against her in May.")
    assert got["voted"] == "The union voted against Ana Varga in May."


def test_a_pronoun_inside_the_summary_stays_where_a_reader_cannot_tell() -> None:
    """Guard (passes before the change too): the hard negatives of the naming above."""
    # Two men joined in the sentence before: either may be meant.
    got = summaries(
        "Senator Carl Lind and Ben Oduya spoke in Ames on Monday. Among farmers, 31 percent backed him in the survey."
    )
    assert got["survey"] == "Among farmers, 31 percent backed him in the survey."
    # A description of one person in the summary: the pronoun is that person's, whom the summary does not name.
    got = summaries("Senator Carl Lind spoke in Ames on Monday. A farmer criticized his travel expenses.")
    assert got["criticized"] == "A farmer criticized his travel expenses."
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. The Iowa senator ended his campaign on Tuesday."
    )
    assert got["ended"] == "The Iowa senator ended his campaign on Tuesday."
    # A person named later in the pronoun's own sentence: the pronoun looks ahead to them, not back.
    got = summaries(
        "Senator Carl Lind spoke in Ames on Monday. Since launching his bid, Ben Oduya has criticized the farm bill."
    )
    assert "Carl Lind" not in got["launching"]


def test_a_pronoun_opening_a_clause_joined_to_the_first_is_its_subject() -> None:
    got = summaries(
        "Harbourline lists its freight volumes every month, but it does not publish its ferry losses."
    )
    assert got["publish"] == "Harbourline does not publish its ferry losses."
    assert_sentence(got["publish"])
    got = summaries("The Kestrel Transit Act raised bus fares, but it did cut travel times.")
    assert got["cut"] == "The Kestrel Transit Act did cut travel times."
    got = summaries("The Ashford councillors walked out as though they wanted to delay the vote.")
    assert got["delay"] == "The Ashford councillors wanted to delay the vote."


def test_a_pronoun_opening_a_joined_clause_stays_where_its_subject_does_not_agree() -> None:
    """Guard (passes before the change too): the hard negatives of the naming above."""
    # After "until" an "it" is as often the object: the plan, not the company.
    got = summaries("Harbourline backed the Kestrel plan until it collapsed in May.")
    assert got["collapsed"] == "The Kestrel plan collapsed in May."
    # Two companies are no "it".
    got = summaries(
        "Harbourline and Tovak Foods list their volumes, but it does not publish its ferry losses."
    )
    assert got["publish"] == "It does not publish its ferry losses."
