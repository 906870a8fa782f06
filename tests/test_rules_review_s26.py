"""Session 26 (lead): the third review's confident wrong answers on main, mended before the session ended.

A "whose" relative's summary (4c9033c) ran on into the main clause ("Passengers’ flights were cancelled to apply for
refunds online.", "Homes’ owners defaulted fell sharply last year."), took in the relative's own verb ("Shops’ leases
expired were laid off in May."), and a fronted occasion's summary ended on a verb of saying ("At the hearing, the judge
told."). Such summaries are told as the whole sentence again, as before session 26. A noun of happening before
"procedures", "rollout", "deal" or "pact" names the event again (f0317fa had made them a start or a launch). Every
sentence is written for this file.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping, rules

PUBLISHED = "2026-12-07"


def _summaries(text: str) -> list[str]:
    return [e.summary for e in rules(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Police asked the owners whose dogs attacked the boy to come forward.",
            "owners’ dogs attacked the boy to come forward",
        ),
        (
            "The airline told passengers whose flights were cancelled to apply for refunds online.",
            "Passengers’ flights were cancelled to apply",
        ),
        (
            "The government compensated farmers whose crops were destroyed by floods and promised new defences.",
            "Farmers’ crops were destroyed by floods and promised",
        ),
        ("Staff at shops whose leases expired were laid off in May.", "Shops’ leases expired were laid off"),
        ("Shares in firms whose profits fell were sold off on Monday.", "Firms’ profits fell were sold"),
        ("Prices of homes whose owners defaulted fell sharply last year.", "Homes’ owners defaulted fell"),
        (
            "The value of firms whose shares were suspended collapsed.",
            "Firms’ shares were suspended collapsed",
        ),
        (
            "At the hearing, the judge told the court the trial would begin in May.",
            "At the hearing, the judge told.",
        ),
        (
            "In a hearing last month, the judge who sentenced him said he showed no remorse.",
            "who sentenced him said.",
        ),
    ],
)
def test_a_whose_or_fronted_summary_never_runs_into_the_main_clause(text: str, wrong: str) -> None:
    summaries = _summaries(text)
    assert summaries, text
    assert not any(wrong in s for s in summaries), summaries
    assert not any(s.endswith((" said.", " told.")) for s in summaries), summaries


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        # Guards: the session's "whose" summaries that read well stay.
        (
            "The trust apologised to patients whose cancer care was delayed.",
            "Patients’ cancer care was delayed.",
        ),
        ("Families whose homes were flooded were moved to shelters in March.", None),
    ],
)
def test_a_whose_summary_that_reads_well_stays(text: str, summary: str | None) -> None:
    summaries = _summaries(text)
    if summary is not None:
        assert summary in summaries, summaries


_AT = EventTyping(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Officials began evacuation procedures at the airport.", "began", "evacuation"),
        ("The government launched a vaccination rollout in March.", "launched", "vaccination"),
        ("The police launched an appeal alongside the family.", "launched", "appeal"),
        # Guards (f0317fa): a noun of happening before a head that hosts nothing only modifies it.
        ("The council offered a $1,500 signing bonus to new recruits.", "offered", "offer"),
        ("Two supermarkets launched their own delivery services in May.", "launched", "launch"),
    ],
)
def test_a_noun_of_happening_before_a_host_names_the_event(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    "text",
    [
        "The town's population is now twice larger than in 1990.",
        "Exports grew twice faster than imports last year.",
    ],
)
def test_twice_before_a_comparative_is_no_count(text: str) -> None:
    """Review 3 (e9b35f0): "twice larger" was a count of 2 "times", "grew twice faster" 2 "growths"."""
    assert not [f for f in rules(text, PUBLISHED).figures if f.text == "twice" and f.kind == "count"]


def test_twice_after_a_verb_is_still_a_count() -> None:
    (f,) = [f for f in rules("The match was delayed twice by rain.", PUBLISHED).figures if f.text == "twice"]
    assert f.kind == "count" and f.value == 2
