"""HTML sent as `text`, and texts the body finder mostly cut away: read right, or said out loud."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from schemas import ArticleRequest
from service import create_backend
from service.backends.rules import RulesBackend
from service.pipeline.input_checks import (
    HTML_IN_TEXT_WARNING,
    article_restarts,
    body_share_warning,
    joined_articles_warning,
    looks_like_html,
)
from service.pipeline.run import extract, prepare
from service.settings import Settings
from tests.api_fakes import running

ROOT = Path(__file__).resolve().parent.parent

# A page of our own, with the furniture that used to come back as items.
PAGE = """<!doctype html>
<html lang="en"><head><title>Harbour bridge reopens after repairs</title>
<link rel="canonical" href="https://news.example/harbour-bridge">
<meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/local">Local</a></nav>
<article><h1>Harbour bridge reopens after repairs</h1>
<p class="byline">By Dana Whitfield</p><time datetime="2024-03-05T09:30">5 March 2024, 09:30</time>
<p>The harbour bridge reopened to traffic on Tuesday after eight months of repairs that cost the city
about $14 million, officials said.</p>
<p>“We are relieved to have our crossing back,” said Mayor Ruth Okafor at the reopening ceremony.</p>
<p>About 40,000 vehicles crossed the bridge each day before it closed, according to the transport office.</p>
</article>
<aside class="promo"><p>Subscribe for £1 a week</p></aside>
<footer><p>© 2024 Example News</p></footer></body></html>"""

# Prose about markup is still prose.
ABOUT_MARKUP = (
    "Web standards body adds a new element\n\n"
    "The consortium said on Monday that the new <search> element would join <nav> and <main> in "
    "the HTML standard, after two years of debate.\n\n"
    "“Developers asked for this,” said chair Lena Ortiz, adding that a closing </search> tag is required."
)


def test_markup_is_detected() -> None:
    assert looks_like_html(PAGE)
    # A fragment without the doctype still is a page's markup.
    assert looks_like_html(PAGE[PAGE.index("<article>") :])
    assert not looks_like_html(ABOUT_MARKUP)
    assert not looks_like_html("Shares rose 5% <b>today</b>, the company said.")


def test_html_in_text_is_read_as_a_page_and_says_so() -> None:
    as_text = asyncio.run(extract(ArticleRequest(text=PAGE), RulesBackend()))
    as_html = asyncio.run(extract(ArticleRequest(html=PAGE), RulesBackend()))
    assert HTML_IN_TEXT_WARNING in as_text.warnings
    assert HTML_IN_TEXT_WARNING not in as_html.warnings
    # The same article either way, and no markup anywhere in it.
    assert as_text.text == as_html.text
    assert as_text.id != as_html.id  # the warning is part of the answer, so of its key
    assert "<" not in as_text.text and "canonical" not in as_text.text
    assert "Subscribe" not in as_text.text
    assert [q.text for q in as_text.quotes] == ["We are relieved to have our crossing back"]
    assert {f.value for f in as_text.figures} >= {14_000_000, 40_000}
    assert not any("£" in f.text or f.value == 1 for f in as_text.figures)


def test_prose_about_markup_stays_text() -> None:
    doc = prepare(ArticleRequest(text=ABOUT_MARKUP))
    assert doc.warnings == ()
    assert "<search>" in doc.text


@pytest.mark.anyio
async def test_api_reads_html_sent_as_text(settings: Settings) -> None:
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post("/v1/extractions", json={"text": PAGE})
    assert r.status_code == 200
    body = r.json()
    assert HTML_IN_TEXT_WARNING in body["warnings"]
    assert body["metadata"]["title"] == "Harbour bridge reopens after repairs"
    assert all("</p>" not in e["summary"] for e in body["events"])


# ---------------------------------------------------------------------------- truncation


def _paragraph(i: int) -> str:
    return (
        f"Item {i}: the council said the plan for district {i} would cost {i + 3} million dollars and take "
        f"{i % 7 + 2} years, according to the planning office, which published the figures on its website."
    )


def _story(headline: str, byline: str, paragraphs: list[str]) -> str:
    return "\n\n".join([headline, byline, "March 5, 2024", *paragraphs])


def test_a_long_text_mostly_cut_away_is_reported() -> None:
    story = _story(
        "Council approves the harbour plan", "By Dana Whitfield", [_paragraph(i) for i in range(3)]
    )
    furniture = "\n\n".join(f"Related: Council story number {i} and what it means" for i in range(700))
    doc = prepare(ArticleRequest(text=story + "\n\nRelated articles\n\n" + furniture))
    warning = body_share_warning(doc.text, doc.blocks)
    assert warning is not None and warning in doc.warnings
    assert "as the article" in warning and "blocks as page furniture" in warning


def test_a_long_article_that_is_all_body_is_not_reported() -> None:
    doc = prepare(
        ArticleRequest(text=_story("Council plans", "By Dana Whitfield", [_paragraph(i) for i in range(150)]))
    )
    assert len(doc.text) > 20_000
    assert doc.warnings == ()


def test_several_articles_joined_are_reported() -> None:
    first = _story(
        "Council approves the harbour plan", "By Dana Whitfield", [_paragraph(i) for i in range(4)]
    )
    second = _story(
        "Storm closes the ferry terminal", "By Omar Reyes", [_paragraph(i) for i in range(10, 14)]
    )
    third = _story(
        "Library extends its opening hours", "By Ana Brooks", [_paragraph(i) for i in range(20, 24)]
    )
    doc = prepare(ArticleRequest(text="\n\n".join([first, second, third])))
    assert len(article_restarts(doc.blocks)) == 2
    warning = joined_articles_warning(doc.blocks)
    assert warning is not None and "3 articles joined" in warning and warning in doc.warnings


def test_one_article_with_a_closing_credit_is_not_reported() -> None:
    text = _story("Council approves the harbour plan", "By Dana Whitfield", [_paragraph(i) for i in range(5)])
    doc = prepare(ArticleRequest(text=text + "\n\n(Reporting by Anna Keller; Editing by Tom Hale)"))
    assert joined_articles_warning(doc.blocks) is None
    assert doc.warnings == ()


def test_the_cli_table_says_the_warnings(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(
        PAGE.replace("Harbour bridge reopens", "Harbour [bold]bridge[/bold] reopens"), encoding="utf-8"
    )
    p = subprocess.run(
        [sys.executable, "-m", "service", "extract", str(page), "--text", "--format", "table"],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "COLUMNS": "400"},
    )
    assert p.returncode == 0, p.stderr
    out = p.stdout.decode()
    assert "warning: the `text` field held HTML markup" in out
    assert "language en" in out
    assert "[bold]bridge[/bold]" in out  # the article's words are never read as terminal markup


def test_a_sentence_opening_with_by_and_a_number_is_body_not_a_restart() -> None:
    text = "\n\n".join(
        [
            "Voters back the harbour plan",
            "A new poll shows wide support for the plan ahead of the council vote next week.",
            "By 61%-30%, voters in the survey said the council should approve the plan this year.",
            *[_paragraph(i) for i in range(3)],
        ]
    )
    doc = prepare(ArticleRequest(text=text))
    kinds = {b.text[:9]: b.kind for b in doc.blocks}
    assert kinds["By 61%-30"] == "body"
    assert joined_articles_warning(doc.blocks) is None


def test_a_mistaken_byline_after_a_paragraph_is_not_a_restart() -> None:
    # Even were the body finder to call a mid-story line a byline, no headline precedes it.
    blocks = prepare(
        ArticleRequest(text=_story("Council plans", "By Dana Whitfield", [_paragraph(i) for i in range(6)]))
    ).blocks
    relabelled = [
        b if i != 5 else type(b)(start=b.start, end=b.end, text=b.text, kind="byline")
        for i, b in enumerate(blocks)
    ]
    assert article_restarts(relabelled) == []


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By The Associated Press", True),
        ("By Dana Whitfield", True),
        ("Reporting by Anna Keller; Editing by Tom Hale", True),
        ("By 61%-30%, voters in the survey backed the plan.", False),
        ("By $4 million, the bid beat its rival.", False),
        ("By contrast, the council said no.", False),
        ("By far the largest share went to schools.", False),
        # A lowercase word or a date after "by" opens a sentence: dropping it as a credit lost its facts.
        ("By a slim margin, harbour pilots also said they would back the levy.", False),
        ("By the end of the year, the city expects to raise $4 million.", False),
        ("By Tuesday, the river had fallen below its banks.", False),
        ("By March 3, every school will have a nurse.", False),
        ("By late evening, crews had restored power.", False),
        ("By the Associated Press", True),
        ("By staff reporters", True),
        ("By May Jones", True),
        ("BY DANA WHITFIELD", True),
        ("By Dana Whitfield, Health Correspondent", True),
    ],
)
def test_byline_lines_and_sentences_that_open_with_by(line: str, byline: bool) -> None:
    from service.pipeline.article_body import FURNITURE

    assert bool(FURNITURE["byline"].search(line)) is byline
