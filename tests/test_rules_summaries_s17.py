"""Session 17 (issue 15): every event summary a self-contained sentence. What session 16's reader found the checker
passing (benchmarks/summary_sentences.py) that is no sentence, by mechanism.

Every sentence here is written for the test, with hard negatives the change must leave alone.
"""

from __future__ import annotations

from benchmarks import summary_sentences as ss
from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries

PEOPLE = ("Greta Holm", "Tom Hale")


def _whole(summary: str) -> None:
    assert_sentence(summary)
    assert ss.kinds_of(summary, PEOPLE) == [], summary


def test_a_subordinate_clause_ends_at_the_comma_before_a_plural_noun_subject() -> None:
    # The subordinator was dropped with the clause opening; the main clause after the comma has a plural noun for
    # subject, which the splice pattern took for no subject (two clauses told as one, joined by a comma alone).
    got = summaries(
        "As the harbour board raised the mooring fees in May, ferry operators dropped their winter sailings."
    )
    assert got["raised"] == "The harbour board raised the mooring fees in May."
    _whole(got["raised"])


def test_an_adverb_in_ly_before_the_main_verb_still_ends_the_clause() -> None:
    got = summaries("But when the board closed the pier in May, Ms. Holm angrily objected.")
    assert got["closed"] == "The board closed the pier in May."
    _whole(got["closed"])


def test_a_condition_stays_a_condition() -> None:
    # Told alone, the "if" clause would be a condition told as a fact; the sentence keeps its "if".
    got = summaries("If the council approved the toll, ferry operators would cut 40 jobs.")
    assert got["approved"] == "If the council approved the toll, ferry operators would cut 40 jobs."
    _whole(got["approved"])


def test_a_series_with_no_subordinator_is_left_as_written() -> None:
    """A guard (passes before the change too): the wider splice pattern leaves these as they were."""
    # Hard negative: no clause opened with a subordinator, so nothing says which clause is the event's own.
    got = summaries("Greta Holm closed the bakery in May, ferry operators dropped their winter sailings.")
    assert (
        got["closed"] == "Greta Holm closed the bakery in May, ferry operators dropped their winter sailings."
    )
    # Hard negative: "and" before the plural noun joins the clauses; each is an event of its own.
    got = summaries("Greta Holm closed the bakery in May, and ferry operators cut their winter sailings.")
    assert got["closed"] == "Greta Holm closed the bakery in May."
    assert got["cut"] == "Ferry operators cut their winter sailings."
