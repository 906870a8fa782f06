"""Event dates and status (session 23): what someone was ready to do, told in the past with its own weekday, is
that weekday gone even when a verb of saying stands in a later clause of the sentence; deadlines are dated as the
gold guide says (``evals/gold/README.md``: ``when`` is the expression and its date resolved against the
publication date, null only when nothing is attached or it cannot be resolved; the seeds date "by May 1").
Sentences are our own, with hard negatives.
"""

from __future__ import annotations

from tests.rules_support import event_date as _date
from tests.rules_support import event_of as _event
from tests.rules_support import rules

FRIDAY = "2026-12-04"


# What someone was ready to do (review of session 22) ---------------------------------------------------------


def test_a_verb_of_saying_in_a_later_clause_does_not_report_the_readiness() -> None:
    ex = rules(
        "The union was ready to strike on Monday but backed down after the company confirmed a pay rise.",
        FRIDAY,
    )
    assert _date(ex, "strike") == "2026-11-30"
    ex = rules(
        "The nurses' union was prepared to strike on Tuesday, but relented when the hospital announced extra staff.",
        FRIDAY,
    )
    assert _date(ex, "strike") == "2026-12-01"


def test_a_trailing_or_leading_report_still_looks_ahead() -> None:
    """Guard (passes before session 23 too), a hard negative: the speaker's present is ahead."""
    ex = rules("The union was ready to strike on Monday, its leader confirmed.", FRIDAY)
    assert _date(ex, "strike") == "2026-12-07"
    ex = rules("The company confirmed that the union was ready to strike on Monday.", FRIDAY)
    assert _date(ex, "strike") == "2026-12-07"
    ex = rules("The nurses' union was prepared to strike on Tuesday, its regional secretary said.", FRIDAY)
    assert _date(ex, "strike") == "2026-12-08"


# Deadlines: the guide dates them --------------------------------------------------------------------------------


def test_a_deadline_is_dated_as_the_guide_says() -> None:
    """Guard (passes before session 23 too): the guide's convention, as the seeds' "by May 1"."""
    ex = rules("Tax returns must be filed by 31 January.", FRIDAY)
    filed = _event(ex, "filed")
    assert filed.status == "planned"
    assert filed.when is not None and filed.when.text == "by 31 January"
    assert _date(ex, "filed") == "2027-01-31"
    ex = rules("The council will publish its transport plan by the end of March.", FRIDAY)
    assert _date(ex, "publish") == "2027-03"
    ex = rules("The utility plans to replace every lead pipe by 2031.", FRIDAY)
    assert _date(ex, "replace") == "2031"
