"""The review of session 18: confident wrong answers the session's rules gave, each with the sentence that shows it
and a guard that the rule still does what it was for. Every sentence is written for this file."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from schemas import ArticleRequest
from service import create_backend, extract

from .rules_support import rules

PUBLISHED = "2026-12-02"


def _claims(text: str) -> list[str]:
    return [a.claim for a in rules(text, PUBLISHED).attributions]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The minister urged a return to talks on Monday.", "A return should talks on Monday."),
        (
            "The company expects a move to larger offices in the spring.",
            "A move will larger offices in the spring.",
        ),
        ("The council asked residents how to spend the money.", "Residents how should spend the money."),
        (
            "The mayor told reporters the council planned to close the library.",
            "Planned should close the library.",
        ),
        ("The president called the meeting a day after the vote.", "The meeting a day after is the vote."),
        ("Harris called the police an hour later.", "The police is an hour later."),
        ("Dana Whitfield had promised to resign but did not.", "Dana Whitfield will resign but did not."),
        (
            "Hurricane Milton threatened to flood the coast on Tuesday.",
            "Hurricane Milton will flood the coast on Tuesday.",
        ),
        ("Harbour Lines said it will rain all week.", "Harbour Lines will rain all week."),
        ("Officials called the series a success.", "The series are a success."),
    ],
)
def test_no_claim_rewritten_into_a_wrong_sentence(text: str, wrong: str) -> None:
    assert wrong not in _claims(text), _claims(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # Guards: the rewrites still write sentences where they should.
        (
            "Skyra urged passengers not to travel to the airport.",
            "Passengers should not travel to the airport.",
        ),
        ("Mara Velt vowed to rebuild every home.", "Mara Velt will rebuild every home."),
        ("Officials called the series a success.", "The series is a success."),
        ("Harbour Lines said it would appeal.", "Harbour Lines would appeal."),
    ],
)
def test_the_rewrites_still_write_sentences(text: str, claim: str) -> None:
    assert claim in _claims(text), _claims(text)


def _events(text: str, published: str) -> list[tuple[str, str | None]]:
    req = ArticleRequest(text=text, published=dt.date.fromisoformat(published))
    ex = asyncio.run(extract(req, create_backend("rules")))
    return [(e.type, e.when.date if e.when else None) for e in ex.events]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A chance told by someone before the story is ahead of the telling, not of the story.
        (
            "Forecasters warned on Wednesday that the storm could hit the coast on Thursday.",
            "2026-12-04",
            ("storm", "2026-12-03"),
        ),
        # "in the fall" is no season; a present-tense relative keeps the main clause's date.
        ("A climber was injured in the fall on Saturday.", "2026-12-02", ("injury", "2026-11-28")),
        ("Police arrested a man who lives in Leeds on Monday.", "2026-12-02", ("arrest", "2026-11-30")),
        # Guard: a chance told with no one speaking before it is still read ahead.
        ("Residents could return to their homes on Sunday.", "2026-12-04", ("return", "2026-12-06")),
    ],
)
def test_dates_the_review_found_lost_or_moved(text: str, published: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text, published), _events(text, published)


def test_a_relative_clause_of_harm_takes_only_its_own_toll() -> None:
    got = [
        e.type
        for e in rules(
            "The storm, which killed two people, forced the closure of the port, and a fisherman drowned off Ostby.",
            PUBLISHED,
        ).events
    ]
    assert "death" in got, got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The airline ordered 30 jets ($3.6 billion at list prices).", "count"),
        ("The firm recalled 5,000 vehicles (about $20 million in repairs).", "count"),
        # Guard: a story's own currency converted alone in its parentheses is money.
        ("The loan is 200 million dalen (about $108 million).", "money"),
    ],
)
def test_a_count_with_its_cost_is_no_story_currency(text: str, kind: str) -> None:
    assert rules(text, PUBLISHED).figures[0].kind == kind
