"""Session 9 (issue 15): every event summary a self-contained sentence, on kinds left after session 8.

Every sentence here is written for the test. Each kind has a case the rules used to get wrong (a pronoun
subject left standing, a surname where the article gives the full name, a verb that lost its object or
its subject to a clause split, a fragment opening with the words of a fronted phrase) and hard negatives
the change must leave alone.
"""

from __future__ import annotations

from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries

# --------------------------------------------------------------------------- pronoun subjects


def test_a_pronoun_opening_the_first_verbs_clause_is_named_for_the_verb_after_and() -> None:
    got = summaries(
        "Tomas Brell, 24, has played 30 games for the club this season. He passed a medical on Monday and "
        "will earn about $80,000 a week."
    )
    assert got["earn"] == "Tomas Brell will earn about $80,000 a week."
    # A partial quotation between: the pronoun is the company that said it, not the court before.
    got = summaries(
        "A court fined Drevmark Holdings $4 million on Monday. Drevmark Holdings said in a statement that it "
        '"respects the judges but not their sums" and would appeal.'
    )
    assert got["appeal"] == "Drevmark Holdings would appeal."
    assert_sentence(got["appeal"])


def test_a_pronoun_with_nothing_to_stand_for_is_left_and_a_named_subject_kept() -> None:
    # Hard negatives: no one named before, and a subject that is no pronoun.
    got = summaries("He passed a medical on Monday and will earn about $80,000 a week.")
    assert got["earn"] == "He will earn about $80,000 a week."
    got = summaries("The club passed its budget on Monday and will hire two coaches.")
    assert got["hire"] == "The club will hire two coaches."


def test_a_verb_after_and_shares_the_pronoun_opening_the_sentence() -> None:
    got = summaries(
        "The budget bill passed 90-60 in the chamber on Friday. It now goes to the governor, who has ten days "
        "to sign it, and is expected to take effect on May 1."
    )
    assert got["take effect"] == "The budget bill is expected to take effect on May 1."
    # Hard negative: nothing before that "it" may stand for; the sentence stays whole rather than a guess.
    got = summaries(
        "Officials said the budget bill was late. It now goes to the governor, who has ten days to sign it, "
        "and is expected to take effect on May 1."
    )
    assert got["take effect"].startswith("It now goes to the governor")


# --------------------------------------------------------------------------- full names


def test_a_surname_opening_a_summary_is_the_full_name() -> None:
    got = summaries("Dale Kimbrough, 41, was arrested on Monday. Kimbrough appeared in court on Thursday.")
    assert got["appeared"] == "Dale Kimbrough appeared in court on Thursday."
    got = summaries("Rhona Aldergrove lost the vote on Tuesday. Aldergrove conceded in a short speech.")
    assert got["conceded"] == "Rhona Aldergrove conceded in a short speech."


def test_a_surname_two_people_share_or_a_description_taken_into_the_name_is_left() -> None:
    # Hard negatives: two people of one surname; a word opening the sentence that the entity book took into
    # the name ("Challenger Devan Hale") is not written out as if it were a first name.
    got = summaries("Bill Clinton and Hillary Clinton spoke in Ohio. Clinton praised the crowd on Monday.")
    assert got["praised"] == "Clinton praised the crowd on Monday."
    got = summaries("Challenger Devan Hale won the seat. Hale will be sworn in on Jan. 4.")
    assert got["sworn in"] == "Hale will be sworn in on Jan. 4."
