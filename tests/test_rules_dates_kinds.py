"""Dates by error kind (issue 15) and the 1.1 ``dates`` list, with sentences of our own and hard negatives."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.backends.rules.dates import find_times
from service.dated import dated_expressions
from service.pipeline import prepare

PUBLISHED = dt.date(2024, 5, 3)  # a Friday


def times(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.date) for t in find_times(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The former mayor died last June.", [("last June", "2023-06")]),
        ("They met last April.", [("last April", "2024-04")]),  # the latest April before May
        ("The deal closed late last July.", [("late last July", "2023-07")]),
        ("Sales in June last year were flat.", [("in June last year", "2023-06")]),
        ("Profit this fiscal year will rise.", [("this fiscal year", "2024")]),
        ("Revenue in fiscal 2019 fell.", [("in fiscal 2019", "2019")]),
        ("It will be finished by the end of the year.", [("by the end of the year", "2024-12")]),
        ("A 2009 analysis found the bridge unsafe.", [("2009", "2009")]),
        ("Prices rose over the past year.", [("past year", "2023")]),
    ],
)
def test_expressions_resolved(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert times(text) == expected


def test_hard_negatives() -> None:
    assert times("The 2000 people left the stadium.") == []  # a count, not a year
    assert times("Officials may decide soon.") == []  # "may" is a verb
    assert times("In 2018 troops left.") == [("In 2018", "2018")]


def run(text: str, language: str | None = "en") -> Extraction:
    req = ArticleRequest(text=text, published=PUBLISHED.isoformat(), language=language)
    return asyncio.run(extract(req, create_backend("rules")))


def test_every_dated_statement_carries_its_date_in_the_dates_list() -> None:
    text = "Harbour Holdings said Friday it had sold the ferry unit. A 2009 analysis found the pier unsafe."
    ex = run(text)
    got = [(d.text, d.date) for d in ex.dates]
    assert got == [("Friday", "2024-05-03"), ("2009", "2009")]
    for d in ex.dates:
        span = d.evidence[0]
        assert ex.text[span.start : span.end] == d.text
    assert [d.id for d in ex.dates] == ["dt1", "dt2"]


def test_a_weekday_ahead_in_a_future_clause() -> None:
    ex = run("The council will vote on Tuesday on the budget. The council voted on Tuesday on the levy.")
    assert [(d.text, d.date) for d in ex.dates] == [
        ("on Tuesday", "2024-05-07"),
        ("on Tuesday", "2024-04-30"),
    ]


def test_the_dates_list_is_left_empty_for_other_languages() -> None:
    # The rules refuse a French article; an LLM backend would answer it, without English date guesses.
    doc = prepare(ArticleRequest(text="Le conseil a voté mardi 3 mai 2024.", language="fr"))
    assert dated_expressions(doc) == []
    doc = prepare(ArticleRequest(text="The council voted on 3 May 2024.", language="en"))
    assert [d.date for d in dated_expressions(doc)] == ["2024-05-03"]
