"""Session 22, one table each (s22-tidy): near-copies merged with every answer on the development data identical.

- The verbs of saying seven patterns wrote out (events, attributions, summaries) are one table,
  ``lexicon.SAID_FORMS`` with named parts: a form one of them lacked now reads as its neighbours do ("claimed on
  Monday" is the claim's day as "said on Monday" is the saying's). "reported" stays a sign of a report only, never
  a verb whose day follows (``lexicon.SAYING_OR_RESULT``: guards). Each "said" case is a guard too (it answered so
  before): the form the table brought in must read as "said" does.
- A sentence opened by a noun phrase and its relative clause is one pattern, ``phrases.OPENING_WHO``: events' copy had
  no "Dozens of", "Hundreds of", so its clause break left the main verb of "Dozens of residents who ... after ..."
  to the subordinate clause.

Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from tests.rules_support import event_date, rules
from tests.rules_support import event_of as _event

PUBLISHED = "2026-12-02"  # a Wednesday


def _date(text: str, trigger: str) -> str | None:
    return event_date(rules(text, PUBLISHED), trigger)


# --------------------------------------------------------------------------- verbs of saying: one table


@pytest.mark.parametrize("verb", ["said", "claimed"])
def test_a_day_right_after_a_verb_of_saying_is_the_sayings(verb: str) -> None:
    # "claimed on Monday" dated the sale Monday (events._SPEECH_TIME had no "claimed")
    assert _date(f"The owner {verb} on Monday the council had sold the pier.", "sold") is None


@pytest.mark.parametrize("verb", ["said", "stated"])
def test_a_plan_told_in_the_past_by_a_speaker_is_still_ahead(verb: str) -> None:
    # "stated" read the plan as told by the writer (events._REPORTED_IN had no "stated"): last October
    assert _date(f"The minister {verb} the terminal was due to open in October.", "open") == "2027-10"


@pytest.mark.parametrize("verb", ["said", "confirmed"])
def test_a_plan_told_in_a_month_gone_is_ahead_of_that_month(verb: str) -> None:
    # "confirmed in August" read the plan from the story's day (events._SAID_BEFORE had no "confirmed"): next October
    text = f"The union {verb} in August that the branch would close at the end of October."
    assert _date(text, "close") == "2026-10"


@pytest.mark.parametrize("verb", ["said", "claimed"])
def test_a_readiness_reported_in_a_tail_is_still_ahead(verb: str) -> None:
    # "their leader claimed" left it as the writer's past (events._SAID_BEFORE had no "claimed"): the Monday gone
    assert _date(f"The guards were ready to strike on Monday, their leader {verb}.", "strike") == "2026-12-07"


def test_a_day_after_reported_may_be_what_was_reported() -> None:
    """Guard (passes before session 22 too): "reported" is left out of the verbs whose day comes next
    (lexicon.SAYING_OR_RESULT), so the month stays the sale's."""
    assert _date("The Ledger reported last month the council had sold the old pier.", "sold") == "2026-11"


def test_reported_inside_an_opening_relative_is_no_report() -> None:
    """Guard (passes before session 22 too): "who reported the council after ..." is a complaint, and the verb
    after the relative is still the woman's (summaries._TOLD_INSIDE leaves "reported" out)."""
    ex = rules("A woman who reported the council after it cut her benefits has won her case.", PUBLISHED)
    assert _event(ex, "won").summary == (
        "A woman who reported the council after it cut her benefits has won her case."
    )


# --------------------------------------------------------------------------- an opening relative clause: one pattern


@pytest.mark.parametrize("opening", ["Several", "Dozens of"])
def test_a_verb_after_an_opening_relative_with_a_subordinate_clause_is_the_openings(opening: str) -> None:
    # "Dozens of" lost "fined" and gave "The pier closed have been fined." (events read no "Dozens of"); "Several" is
    # a guard
    ex = rules(f"{opening} residents who protested after the pier closed have been fined.", PUBLISHED)
    assert (
        _event(ex, "fined").summary
        == f"{opening} residents who protested after the pier closed have been fined."
    )
    assert _event(ex, "closed").summary == "The pier closed."
