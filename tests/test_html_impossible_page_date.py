"""A page whose own date is impossible has no publication date, not the first of its month.

htmldate reads "2026-02-30" (or "2026-04-31T08:00", "2026-02-29T25:00") as 2026-02-01; every
"on Monday" of the story then resolved against a guessed day: a confident wrong answer.
"""

from __future__ import annotations

import pytest

from schemas import ArticleRequest
from service.pipeline.run import prepare

_BODY = (
    "<p>The council closed the Marrowgate footbridge on Monday after inspectors found rust in two of"
    " its hangers, a spokeswoman said. Repairs will take five weeks, she said.</p>"
    "<p>Walkers face a detour of about a mile, the council said on Monday.</p>"
)


def _page(head: str = "", before_body: str = "") -> str:
    return f"<html><head>{head}</head><body><article><h1>Footbridge shut</h1>{before_body}{_BODY}</article></body></html>"


@pytest.mark.parametrize(
    "page",
    [
        _page(head="<meta property='article:published_time' content='2026-02-30'>"),
        _page(head="<meta property='article:published_time' content='2026-04-31T08:00:00Z'>"),
        _page(before_body="<time datetime='2026-02-29T25:00'>29 February</time>"),
        _page(
            head='<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-06-31"}</script>'
            "<meta property='article:published_time' content='2026-06-31'>"
        ),
    ],
)
def test_an_impossible_page_date_is_no_publication_date(page: str) -> None:
    assert prepare(ArticleRequest(html=page)).published is None


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # A true first of the month keeps its date.
        (_page(head="<meta property='article:published_time' content='2026-02-01'>"), "2026-02-01"),
        (_page(before_body="<time datetime='2026-02-01T09:00'>1 February</time>"), "2026-02-01"),
        # An impossible hour on a real day: the day is the page's.
        (_page(head="<meta property='article:published_time' content='2026-03-05T25:00'>"), "2026-03-05"),
        # A page that writes a possible first of the month beside an impossible date keeps the first.
        (
            _page(
                head="<meta property='article:published_time' content='2026-02-01T07:00'>"
                "<meta property='article:modified_time' content='2026-02-30T07:00'>"
            ),
            "2026-02-01",
        ),
    ],
)
def test_a_possible_page_date_is_kept(page: str, published: str) -> None:
    assert str(prepare(ArticleRequest(html=page)).published) == published


def test_a_dateline_in_the_text_still_dates_a_page_whose_own_date_is_impossible() -> None:
    page = (
        "<html><head><meta property='article:published_time' content='2026-09-31'></head><body><article>"
        "<h1>Footbridge shut</h1><p>LEEDS, Sept. 14, 2026 — The council closed the Marrowgate footbridge on"
        " Monday after inspectors found rust in two of its hangers, a spokeswoman said.</p>"
        "<p>Walkers face a detour of about a mile, the council said on Monday.</p></article></body></html>"
    )
    assert str(prepare(ArticleRequest(html=page)).published) == "2026-09-14"
