"""Session 10 (issue 15): every event summary a self-contained sentence, on kinds real news still showed.

Every sentence here is written for the test. Each kind has a case the rules used to get wrong and hard
negatives the change must leave alone.
"""

from __future__ import annotations

from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import run, summaries

# --------------------------------------------------------------------------- full names


def test_a_word_the_entity_book_took_into_a_name_is_no_second_bearer_of_the_surname() -> None:
    # "Republican Dale Kimbrough" and "Former Kimbrough" are records of the entity book, not two more people.
    text = (
        "Republican Dale Kimbrough won the seat in May. Former Kimbrough aide Ann Lee resigned on Friday. "
        "Kimbrough appeared in court on Thursday."
    )
    got = summaries(text)
    assert got["appeared"] == "Dale Kimbrough appeared in court on Thursday."
    assert_sentence(got["appeared"])
    # The surname written out is an alias of the person (every name of a summary is in its evidence or
    # among the aliases of an entity named there).
    people = {e.name: e.aliases for e in run(text).entities}
    assert "Kimbrough" in people["Republican Dale Kimbrough"]
    got = summaries("Challenger Devan Hale won the seat. Hale will be sworn in on Jan. 4.")
    assert got["sworn in"] == "Devan Hale will be sworn in on Jan. 4."
    got = summaries(
        "Interestingly Rook said little. Aldo Rook won the vote on Tuesday. Rook conceded nothing."
    )
    assert got["conceded"] == "Aldo Rook conceded nothing."


def test_an_irish_surname_opening_a_summary_is_written_out_too() -> None:
    got = summaries("Brendan O’Malley spoke on Monday. O’Malley criticized the plan on Tuesday.")
    assert got["criticized"] == "Brendan O’Malley criticized the plan on Tuesday."


def test_two_real_bearers_of_a_surname_still_leave_it_as_written() -> None:
    # Hard negatives: two people of one surname, even with a party word before one of them; a surname with
    # only a one-word record ("Maybe Rook") to write out.
    got = summaries(
        "Democrat Ivy Marsh and Tom Marsh spoke in Ohio on Monday. Marsh praised the crowd on Tuesday."
    )
    assert got["praised"] == "Marsh praised the crowd on Tuesday."
    got = summaries("Maybe Rook will win. Rook conceded nothing on Tuesday.")
    assert got["conceded"] == "Rook conceded nothing on Tuesday."
