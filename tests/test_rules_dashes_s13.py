"""The horizontal bar (U+2015) is a dash: some outlets write every dash with it ("WASHINGTON ― ...",
"the budget ― a plan critics called reckless ― passed"). The dateline and attribution rules read it
already and the quote rules since session 13 (tests/test_rules_names_s13.py); here the events' clause
breaks (session 13, lead): a clause after it ran on into the summary ("The mayor resigned ―.").
Sentences are our own, with the em dash as the control."""

from __future__ import annotations

import pytest

from tests.rules_support import rules


def summaries(text: str) -> dict[str, str]:
    return {e.trigger: e.summary for e in rules(text, "2024-05-02").events}


@pytest.mark.parametrize("dash", ["—", "―"])
def test_a_dash_aside_is_not_part_of_the_event(dash: str) -> None:
    got = summaries(
        f"The council approved the budget {dash} a plan critics called reckless {dash} on Monday, "
        f"and the mayor resigned {dash} after 12 years in office."
    )
    assert got["approved"] == "The council approved the budget."
    assert got["resigned"] == "The mayor resigned."


@pytest.mark.parametrize("dash", ["—", "―"])
def test_a_clause_after_a_dash_is_its_own_event(dash: str) -> None:
    got = summaries(
        f"Officials said the ferry would sail again {dash} the union agreed to end its strike on Friday."
    )
    assert got["agreed"] == "The union agreed to end its strike on Friday."


def test_a_hyphenated_word_is_no_clause_break() -> None:
    # hard negative: only a spaced dash breaks a clause
    got = summaries("The long-delayed harbour-front plan was approved by the council on Monday.")
    assert "harbour-front" in got["approved"]
