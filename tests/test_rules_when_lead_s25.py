"""Event dates (session 25, the lead's own articles): three confident wrong dates. A state that will go on dated the
day gone ("would stay closed on Tuesday", written on a Monday); a relative clause with a number in it ("which drew
45,000 people ... in July") giving its month to the main verb; a document's "showed on Thursday" dating what it
shows. Sentences are our own, with hard negatives.
"""

from __future__ import annotations

import pytest

from tests.rules_support import event_date as _date
from tests.rules_support import rules

MONDAY = "2026-11-30"
THURSDAY = "2026-12-03"


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("The gallery said it would stay closed on Tuesday.", "closed", "2026-12-01"),
        ("The ring road will remain shut on Friday, the council said.", "shut", "2026-12-04"),
        # hard negatives: a state that stayed is a day gone
        ("The ring road stayed shut on Friday.", "shut", "2026-11-27"),
        ("The gallery remained closed on Saturday, its director said.", "closed", "2026-11-28"),
    ],
)
def test_a_state_that_will_go_on_is_dated_ahead(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


def test_a_number_inside_a_relative_clause_does_not_close_it() -> None:
    text = (
        "The food fair, which drew 62,500 visitors to the harbour in August, has sold fewer than 9,000 tickets "
        "for next year, its organiser said on Monday."
    )
    assert _date(rules(text, MONDAY), "sold") is None


@pytest.mark.parametrize(
    "text, trigger",
    [
        # hard negatives: a time of the main clause, with a number before it outside any relative clause
        (
            "The council, which employs 4,500 staff, approved the budget in August, the mayor said.",
            "approved",
        ),
        ("The shelter, which has 1,200 beds, opened in August, the charity said.", "opened"),
    ],
)
def test_the_main_clause_keeps_its_time(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == "2026-08"


def test_the_day_a_document_showed_dates_the_showing_only() -> None:
    text = "A levy on plastic bags raised 41 million euros in its first year, official figures showed on Thursday."
    assert _date(rules(text, THURSDAY), "raised") is None


def test_what_a_document_showed_keeps_its_own_time() -> None:
    text = "Car sales fell 6% in October, industry figures showed on Thursday."
    assert _date(rules(text, THURSDAY), "fell") == "2026-10"
