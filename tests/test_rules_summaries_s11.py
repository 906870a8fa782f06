"""Session 11 (issue 15): summaries of two clauses joined by a bare comma, markup before a sentence, and
"instead of" at a clause's opening.

Every sentence here is written for the test. Each kind has a case the rules used to get wrong and hard
negatives the change must leave alone.
"""

from __future__ import annotations

from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries


def test_a_subordinate_clause_and_its_main_clause_keep_the_clause_of_the_trigger() -> None:
    # "as" was stripped as the clause's opening, and the two clauses were told as one sentence joined by a comma:
    # "Voters learned more about his record, Dale Kimbrough will begin to lose support."
    got = summaries(
        "As voters learned more about his record, Dale Kimbrough will begin to lose support, the pollster said."
    )
    assert got["begin to lose"] == "Dale Kimbrough will begin to lose support."
    assert_sentence(got["begin to lose"])
    # The trigger in the subordinate clause keeps that clause. (Session 22: told alone, the clause drops the "even"
    # that measured it against the main clause cut off: "Tom Vale was even sworn in." was rejected by a reader.)
    got = summaries("Before Ann Lee had even finished, the hall was empty.")
    assert got["finished"] == "Ann Lee had finished."


def test_a_place_or_time_clause_left_in_the_summary_is_cut_off_at_its_comma() -> None:
    got = summaries("Where Ann Lee has stayed popular, Dale Kimbrough won the vote on Thursday.")
    assert got["won"] == "Dale Kimbrough won the vote on Thursday."
    # Hard negative: a condition the summary states is the event's and stays.
    got = summaries("If Ann Lee follows tradition, Dale Kimbrough will accept the nomination on Thursday.")
    assert got["accept"].startswith("If Ann Lee follows tradition, ")


def test_a_series_of_clauses_and_a_pronoun_after_the_comma_are_left_as_written() -> None:
    # Hard negatives: no subordinator, so a series of clauses is a sentence; and a pronoun opening the main
    # clause stands for a noun in the clause that would be cut off.
    got = summaries(
        "Dale Kimbrough missed his cue, Ann Lee stared at the camera and the hosts forgot the lines."
    )
    assert got["missed"].startswith("Dale Kimbrough missed his cue, Ann Lee stared")
    got = summaries("When the petition tops 100,000 signatures, it must be debated by the council.")
    assert not got["debated"].startswith("It must")


def test_markup_and_list_marks_before_a_sentence_are_no_part_of_its_summary() -> None:
    got = summaries("~ Dale Kimbrough announced his engagement to Ann Lee on Friday.")
    assert got["announced"] == "Dale Kimbrough announced his engagement to Ann Lee on Friday."
    got = summaries('<tweet id="17" author="@harbourton">Dale Kimbrough was not asked to speak at the rally.')
    assert got["asked"].startswith("Dale Kimbrough was not asked")


def test_instead_of_opening_a_clause_stays() -> None:
    # "Instead" was stripped as a connective, leaving "Of complying with the order, ...".
    got = summaries("Instead of complying with the order, Gov. Ann Lee filed a complaint on Monday.")
    assert got["filed"].startswith("Instead of complying with the order")
    # Hard negative: "instead" alone is still a connective the summary drops.
    got = summaries("Instead, Ann Lee filed a complaint on Monday.")
    assert got["filed"] == "Ann Lee filed a complaint on Monday."
