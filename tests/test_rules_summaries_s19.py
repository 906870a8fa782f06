"""Session 19 (issue 15): every event summary a self-contained sentence. What session 18's reader found the checker
passing (benchmarks/summary_sentences.py) that is no sentence, by mechanism: the generator checks the form of its own
summary and tells the shorter sentence it can vouch for.

Every sentence here is written for the test, with hard negatives the change must leave alone.
"""

from __future__ import annotations

from benchmarks import summary_sentences as ss
from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries

PEOPLE = ("Greta Holm", "Tom Hale", "Ana Varga")


def _whole(summary: str) -> None:
    assert_sentence(summary)
    assert ss.kinds_of(summary, PEOPLE) == [], summary


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


# --------------------------------------------------------------------------- a sentence set in parentheses


def test_a_parenthesised_sentence_is_told_without_its_parentheses() -> None:
    # The writer's aside, a paragraph of its own in parentheses, was told with them and a second full stop: "(The
    # council closed the pier in May.).".
    got = summaries(
        _article(
            "Greta Holm owns the pier.",
            "(The council closed the pier in May.)",
            "Tom Hale resigned on Friday.",
        )
    )
    assert got["closed"] == "The council closed the pier in May."
    _whole(got["closed"])
    assert got["resigned"] == "Tom Hale resigned on Friday."
    got = summaries(
        _article(
            "The council closed the pier in May.", "(Tom Hale, the harbour master, was arrested on Monday.)"
        )
    )
    assert got["arrested"] == "Tom Hale, the harbour master, was arrested on Monday."


def test_a_parenthesis_the_clause_break_left_open_goes_too() -> None:
    # "(The council closed the pier in May, | and the mayor resigned": the clause kept the opening mark only.
    got = summaries(
        _article("Greta Holm owns the pier.", "(The council closed the pier in May, and the mayor resigned.)")
    )
    assert got["closed"] == "The council closed the pier in May."
    _whole(got["closed"])
    # A subject borrowed from the clause before takes the mark with it ("(The council sold the land.).").
    got = summaries(
        _article(
            "Greta Holm owns the pier.",
            "(The council closed the pier in May (after a storm) and sold the land.)",
        )
    )
    assert got["sold"] == "The council sold the land."
    assert got["closed"] == "The council closed the pier in May (after a storm)."


def test_a_parenthesis_closed_inside_the_summary_is_left_as_written() -> None:
    """A guard (passes before the change too): a parenthesis that closes before the sentence goes on is no aside
    the whole summary sits in, and one inside the sentence is the writer's."""
    got = summaries(
        _article("Greta Holm owns the pier.", "(See the chart) The council closed the pier on Monday.")
    )
    assert got["closed"] == "(See the chart) The council closed the pier on Monday."
    got = summaries("The toll (£4 a car) was scrapped in May, and the council closed the pier.")
    assert got["scrapped"] == "The toll (£4 a car) was scrapped in May."
    assert got["closed"] == "The council closed the pier."
    got = summaries("The council closed the pier in May (Greta Holm resigned from the board on Friday).")
    assert (
        got["closed"] == "The council closed the pier in May (Greta Holm resigned from the board on Friday)."
    )


# --------------------------------------------------------------------------- "not only" whose "but" was cut


def test_not_only_whose_second_half_was_cut_is_left_out() -> None:
    # "The council not only closed the pier | but also sold the land": the clause break cut the pair's second half,
    # and the summary kept "not only" with nothing after it.
    got = summaries("The council not only closed the pier but also sold the land.")
    assert got["closed"] == "The council closed the pier."
    _whole(got["closed"])
    assert got["sold"] == "The council also sold the land."
    got = summaries("Tom Hale was arrested not only for fraud but for theft.")
    assert got["arrested"] == "Tom Hale was arrested for fraud."
    got = summaries("Greta Holm said the toll would hurt not only the ferry line, and Tom Hale agreed.")
    assert got["hurt"] == "The toll would hurt the ferry line."
    got = summaries("The council, in May, not only closed the pier but sold the land.")
    assert got["closed"] == "The council, in May, closed the pier."


def test_not_only_with_its_second_half_or_set_off_is_left_as_written() -> None:
    """A guard (passes before the change too): the pair whole in the summary, an inverted "Not only did ...", an
    aside after a comma, and quoted words stay as written."""
    got = summaries("The council not only closed the pier, it also sold the land.")
    assert got["closed"] == "The council not only closed the pier, it also sold the land."
    got = summaries("Not only did the council close the pier, it also sold the land.")
    assert got["sold"] == "Not only did the council close the pier, it also sold the land."
    got = summaries("The council closed the pier, not only to save money.")
    assert got["closed"] == "The council closed the pier, not only to save money."
    got = summaries("Greta Holm said the fee was “not only unfair but unlawful” and Tom Hale was arrested.")
    assert got["arrested"] == "Tom Hale was arrested."
