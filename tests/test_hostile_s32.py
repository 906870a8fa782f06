"""Session 32's hostile review: what it found, pinned (docs/hostile-review.md, "Session 32")."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.backends.rules.dates import find_times

PUBLISHED = dt.date(2026, 3, 4)


def _rules(text: str) -> Extraction:
    return asyncio.run(
        extract(ArticleRequest(text=text, published="2026-03-04", language="en"), create_backend("rules"))
    )


# --------------------------------------------------------------------------- a time read from inside a number


@pytest.mark.parametrize(
    "text",
    [
        "The hill fort was built 1,500 years ago, the trust said.",
        "The valley was first farmed 12,000 years ago, the museum said.",
        "The shrine was raised 2,000 years ago, the guides said.",
        "The treaty was signed 10,000 weeks ago, the archive said.",
        "The mill closed 2.5 years ago, the union said.",
        "The quarry was cut 1.5 decades ago, the owners said.",
        "The canal was dug 3 000 years ago, the board said.",
        "The canal was dug 3\u2009000 years ago, the board said.",
        "The canal was dug 3\u202f000 years ago, the board said.",
        "The tower was raised 4'000 years ago, the guide said.",
    ],
)
def test_a_count_of_a_relative_date_is_never_read_from_the_tail_of_a_number(text: str) -> None:
    # Before: "1,500 years ago" was read from its "500" (the expression began at the word boundary after the
    # comma): the time "500 years ago", dated 1526; "2,000 years ago" was "000 years ago", dated the year of
    # publication itself, with the event "raised" given that date: a confident wrong answer.
    assert not [t for t in find_times(text, PUBLISHED) if "ago" in t.text]
    answer = _rules(text)
    assert all(e.when is None or "ago" not in e.when.text for e in answer.events)


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        ("The mill closed 5 years ago, the union said.", "5 years ago", "2021"),
        ("The mill closed two years ago, the union said.", "two years ago", "2024"),
        ("The mill closed 300 days ago, the union said.", "300 days ago", "2025-05-08"),
        ("The plant opened on 3 May 2019, the owners said.", "on 3 May 2019", "2019-05-03"),
        ("The plant opened on 5\u00a0May, the owners said.", "on 5\u00a0May", "2026-05-05"),
        ("The plant opened in 2019, 300 days after the vote, the owners said.", "in 2019", "2019"),
    ],
)
def test_a_relative_date_of_its_own_count_is_still_read(text: str, when: str, date: str) -> None:
    found = [(t.text, t.date) for t in find_times(text, PUBLISHED)]
    assert (when, date) in found
