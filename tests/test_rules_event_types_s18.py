"""Event types, session 18 (issue 15): mechanisms read on dev14's first-sight disagreements (dev14 became
development data this session), kept where they fixed first-sight disagreements of two of dev7-dev14 and
lowered none of the development sets.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-11-20")
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A report or a claim denied, told by its "that" clause: the happening told is the event, negated, as
        # after "denied that"; the denial is no event of its own.
        (
            "The studio denied a report in a trade paper that the premiere had been delayed by a row with its "
            "director.",
            "delayed",
            "delay",
        ),
        ("The mayor denied a report that she planned to veto the library cuts.", "veto", "veto"),
        ("The minister denied a story in a weekly magazine that he had resigned.", "resigned", "resignation"),
    ],
)
def test_a_report_denied_is_told_by_the_happening_it_reports(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert "denied" not in got, got
    assert got[trigger].type == type_, got[trigger]
    assert got[trigger].status == "negated", got[trigger]


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives (guards): a relative clause after the report ("a report that was published"), a
        # "that" clause with no happening of its own, and a clause joined after the claim's comma leave the
        # denial the event.
        "The mayor denied a report that was published on Monday.",
        "The brewer denied a report that its kiln was unsafe.",
        "The firm denied a report that it was for sale, and sued the paper.",
    ],
)
def test_a_denial_with_no_happening_told_stays_the_event(text: str) -> None:
    got = by_trigger(text)
    assert got["denied"].type == "denial", got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # An amount raised is a rise, the noun English makes of "raise" for an amount.
        ("The regulator raised its cap on water bills on Monday.", "raised", "rise"),
        ("The ferry operator would not raise its fares before the spring.", "raise", "rise"),
        ("The weather office raised its flood warning to amber overnight.", "raised", "rise"),
    ],
)
def test_an_amount_raised_is_a_rise(text: str, trigger: str, type_: str) -> None:
    assert by_trigger(text)[trigger].type == type_, by_trigger(text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): what is raised still names the event first.
        ("The brewer raised its quarterly dividend by 8%.", "raised", "dividend"),
        ("The club's supporters raised $90 million in a month.", "raised", "fundraising"),
        ("Parents have raised concerns about the new bus routes.", "raised", "concern"),
    ],
)
def test_what_is_raised_still_names_it(text: str, trigger: str, type_: str) -> None:
    assert by_trigger(text)[trigger].type == type_, by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        # Advice a body gives is a recommendation, whatever it recommends (a change, an act).
        "The pay panel had recommended a cut of at least 12% in the fee.",
        "The safety board had recommended stopping the trial early.",
    ],
)
def test_advice_given_is_a_recommendation(text: str) -> None:
    got = by_trigger(text)
    assert got["recommended"].type == "recommendation", got


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives (guards): a participle before its noun, and a standing advice, are no happening.
        "The recommended dose is two tablets a day.",
        "It is recommended that visitors book ahead.",
    ],
)
def test_a_recommended_thing_is_no_recommendation(text: str) -> None:
    assert "recommended" not in by_trigger(text)
