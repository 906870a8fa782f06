"""Session 16 (issue 15): every event summary a self-contained sentence. The checker in the repository
(benchmarks/summary_sentences.py) gained a kind for a main clause run on after the clause that held the event
("run-on"); these are the mechanisms that made them.

Every sentence here is written for the test, with hard negatives the change must leave alone.
"""

from __future__ import annotations

from benchmarks import summary_sentences as ss
from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries

PEOPLE = ("Greta Holm", "Tom Lindell", "Tom Hale", "Ana Varga", "Dale Kimbrough")


def _whole(summary: str) -> None:
    assert_sentence(summary)
    assert ss.kinds_of(summary, PEOPLE) == [], summary


def test_a_relative_clause_ends_where_the_main_clause_goes_on() -> None:
    got = summaries(
        "Tom Hale, whose bakery sales have doubled since March, was reluctant to expand the shop."
    )
    assert got["doubled"] == "Tom Hale’s bakery sales have doubled since March."
    _whole(got["doubled"])
    got = summaries(
        "The harbour budget, which the councillors will vote on next Thursday, cuts the dredging fund."
    )
    assert got["vote"] == "The councillors will vote on the harbour budget next Thursday."
    _whole(got["vote"])


def test_a_description_set_off_after_a_name_gives_the_name() -> None:
    got = summaries(
        "Greta Holm, the retired ferry captain who sold her boat to the council in April, opened a cafe on the quay "
        "in June."
    )
    assert got["sold"] == "Greta Holm sold her boat to the council in April."
    _whole(got["sold"])
    got = summaries(
        "Tom Lindell, the Ames councillor who is suing the port authority over the toll, owns three trawlers."
    )
    assert got["suing"] == "Tom Lindell is suing the port authority over the toll."
    # A title the article names only: kept with the surname, never a bare "Hale".
    got = summaries(
        "Ana Varga praised the plan. Mr. Hale, a bridge engineer who for ten years has built ferry ramps, asked the "
        "council for more money."
    )
    assert got["built"] == "Mr. Hale for ten years has built ferry ramps."


def test_a_phrase_between_who_and_its_verb_is_no_subject() -> None:
    got = summaries("Ana Varga, who like her father sold boats for a living, now runs the harbour school.")
    assert got["sold"] == "Ana Varga, like her father, sold boats for a living."
    _whole(got["sold"])


def test_an_object_relative_puts_its_antecedent_after_the_verb() -> None:
    got = summaries("The Dover regatta, which Ana Varga won easily, drew a record crowd.")
    assert got["won"] == "Ana Varga won the Dover regatta easily."
    _whole(got["won"])


def test_the_verb_after_a_closed_relative_is_the_antecedent_s() -> None:
    got = summaries("The plan, which the council approved in May, was dropped.")
    assert got["dropped"] == "The plan was dropped."
    assert got["approved"] == "The council approved the plan in May."


def test_a_subordinate_clause_ends_where_the_main_clause_goes_on() -> None:
    got = summaries(
        "The bakers, who had warned about flour prices long before the mill closed, raised bread prices in June."
    )
    assert got["closed"] == "The mill closed."


def test_clauses_that_go_on_by_right_are_left_alone() -> None:
    """Guard (passes before the change too): a participle after a comma, a relative inside a description with a
    preposition, a description that is no name's, a relative inside the subject."""
    got = summaries("The ferry will leave Ames at noon, followed by a cargo boat at two.")
    assert all(v.endswith("followed by a cargo boat at two.") for v in got.values()), got
    got = summaries("Greta Holm, the sister of a man who drowned in May, spoke at the rally.")
    assert "Greta Holm drowned" not in got["drowned"]
    got = summaries(
        "The first case, an unvaccinated teenager who had returned from a trip abroad, was confirmed on Nov. 9."
    )
    assert got["returned"] == "An unvaccinated teenager had returned from a trip abroad."
    assert got["confirmed"] == "The first case was confirmed on Nov. 9."
    got = summaries(
        "Ana Varga and Tom Hale, two of the five sailors who survived a storm off Dover last year, received medals "
        "on Monday."
    )
    assert got["survived"].endswith("received medals on Monday.")


def test_it_stands_for_no_person() -> None:
    got = summaries(
        "The Kestrel Fund paid the settlement. Dale Kimbrough denied the charges through his lawyer. It immediately "
        "raised new questions about the fund."
    )
    assert "Dale Kimbrough" not in got["raised"]
    assert got["raised"].endswith("immediately raised new questions about the fund.")


def test_an_expletive_it_is_named_as_no_one() -> None:
    got = summaries(
        "The owner had asked the Kestrel Fund for a loan. In one email, however, Dale Kimbrough wrote that it was "
        "''important to deal with'' the owner's request."
    )
    assert got["request"] == "It was ''important to deal with'' the owner's request."
