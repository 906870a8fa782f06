"""Session 25 (s25-robust): no rule may crash a request.

Three parts. The crashes ``benchmarks/rules_fuzz.py`` found, each with the smallest text that showed it (each failed
before its fix: the request answered 500, or lost a sentence's items as partial). The guard around the whole-article
steps (the rules' quotes, entities, speakers, merges; grounding, the dates): a failing step simulated, the API answers
200 with the rest and says what is missing (each failed before: a 500), and the budget's errors still pass. A small
deterministic slice of the fuzzer. Every sentence is written for this file.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.backends.rules.dates import find_times

PUBLISHED = "2026-12-06"

# One article every guard test reads: a quote, a figure, events, an attribution, people.
ARTICLE = (
    "The Quorvale council approved a budget of £4m on Tuesday. "
    '"We will open the bridge in May," said Mayor Dana Whitfield. '
    "Officials said 300 homes would be built by 2028. The harbour master resigned on Friday."
)


def _answer(text: str, published: str | None = PUBLISHED) -> Extraction:
    request = ArticleRequest(text=text, published=published, language="en")
    return asyncio.run(extract(request, create_backend("rules")))


def _post(text: str = ARTICLE, published: str | None = PUBLISHED) -> Any:
    from fastapi.testclient import TestClient

    from service.api.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as client:
        return client.post("/v1/extractions", json={"text": text, "published": published})


def _raises(*_a: Any, **_k: Any) -> Any:
    raise KeyError("a table without the word")


def _complete(ex: Extraction) -> None:
    assert ex.usage.failed_chunks == 0, ex.warnings
    assert not any("internal error" in w for w in ex.warnings), ex.warnings


# --------------------------------------------------------------------------- crashes the fuzzer found


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # a period ended before publication, read a year back from year 1 (OverflowError in dates._latest_before;
        # the dates step ran outside any guard: HTTP 500)
        ("0001-01-01", "The factory closed on Dec 31."),
        ("0001-01-01", "The factory closed on Christmas Day."),
        ("0001-12-31", "The factory closed on Jan 1."),
        # a season read ahead from the last year of the calendar: the year "10000", which the response's own schema
        # refuses (ValidationError: HTTP 500)
        ("9999-12-31", "Voters will elect a new council in the spring."),
    ],
)
def test_a_date_past_the_calendar_s_ends_is_no_date_not_a_failure(published: str, text: str) -> None:
    response = _post(text, published)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["usage"]["failed_chunks"] == 0, body["warnings"]
    assert body["events"], body  # the sentence was read


def test_the_readings_that_went_round_resolve_give_no_date_at_the_calendar_s_ends() -> None:
    """The unit: find_times gives the expression with no date, and raises nothing."""
    (closed,) = find_times("The factory closed on Dec 31.", dt.date(1, 1, 1))
    assert closed.date is None
    (spring,) = find_times("Voters will elect a new council in the spring.", dt.date(9999, 12, 31))
    assert spring.date is None


def test_the_calendar_guard_leaves_ordinary_dates_alone() -> None:
    """Guard (passed before): the same readings in an ordinary year."""
    (closed,) = find_times("The factory closed on Dec 31.", dt.date(2026, 6, 1))
    assert closed.date == "2025-12-31"
    (spring,) = find_times("Voters will elect a new council in the spring.", dt.date(2026, 12, 6))
    assert spring.date == "2027"


@pytest.mark.parametrize("text", [", closed on Monday.", ", granted 30% more."])
def test_a_line_opening_with_a_comma_is_read_not_lost(text: str) -> None:
    """A scrape that lost a line's first words: the participle had no subject (IndexError in summaries: the
    sentence's items were lost, the answer partial)."""
    ex = _answer(text)
    _complete(ex)
    assert ex.events


def test_a_participle_set_off_after_its_subject_still_tells_what_was_done() -> None:
    """Guard (passed before): the rule the empty subject broke still reads its own sentences."""
    ex = _answer("Quorvale Mills, founded in 1988, closed on Monday.")
    _complete(ex)
    assert ex.events
