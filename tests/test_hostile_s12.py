"""Session 12's hostile review: inputs that found a fault, each pinned (docs/hostile-review.md).

Rules worst cases are pinned by work counted (calls made) where the cost is Python. Where it was one
regular-expression call (embedded posts), whose steps nothing can count, the cost is measured by
``benchmarks/pathological.py`` ("post handles", "post tails": µs per character against prose), not by
a timed assertion here; this file keeps the answers the rewrite must give.
"""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from schemas import ArticleRequest
from service.backends.rules import attributions, quotes
from service.backends.rules.entities import build_book
from service.backends.rules.extractor import extract_draft
from service.pipeline.run import prepare


def test_post_embeds_still_read_posts() -> None:
    book = build_book([], [])
    text = (
        "Harbour works resume next week, the port authority confirmed. pic.twitter.com/abc "
        "— Ruth Okafor (@RuthOkafor) March 9, 2022 and later "
        "<b>ok</b> We will reopen the north quay first ― Dana Lee (@danalee) April 2, 2023"
    )
    found = attributions.find_post_embeds(text, 10, book)
    assert [(d.source, d.claim) for d in found] == [
        ("Ruth Okafor", "Harbour works resume next week, the port authority confirmed."),
        ("Dana Lee", "We will reopen the north quay first."),
    ]
    hint = found[0].hint
    assert hint is not None and text[hint - 10 :].startswith("Harbour works")
    assert found[0].evidence[0].endswith("Ruth Okafor")
    # Too few words before the end: no claim, and no post.
    assert attributions.find_post_embeds("Hi — Ruth Okafor (@RuthOkafor) March 9, 2022", 0, book) == []
    # A claim is one line: the line before the post's is not part of it.
    two_lines = (
        "Earlier words on another line\nWe will reopen the quay — Ruth Okafor (@RuthOkafor) March 9, 2022"
    )
    assert [d.claim for d in attributions.find_post_embeds(two_lines, 0, book)] == [
        "We will reopen the quay."
    ]


def test_a_quote_reads_few_sentence_ends_to_find_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every sentence end of the 1,500 characters before a quote was matched and tested for an
    # abbreviation ("Mr."), for each quote: in a run of short quoted sentences, 60 tests a quote.
    # The last one that is no abbreviation's is all that is needed: read from the end, one or two.
    calls = 0
    real = quotes.abbreviation_period

    def counted(text: str, dot: int, after: int | None = None) -> bool:
        nonlocal calls
        calls += 1
        return real(text, dot, after)

    monkeypatch.setattr(quotes, "abbreviation_period", counted)
    unit = "“Yes,” said Okafor. “No,” said Lee. "
    doc = prepare(ArticleRequest(text=unit * 150))
    draft = extract_draft(doc)
    marks = 2 * 150
    assert calls / marks < 8, f"{calls / marks:.1f} sentence-end tests per quote"
    # and the sentence is still found: every quote has its speaker
    assert draft.quotes and all(q.speaker in ("Okafor", "Lee") for q in draft.quotes)


# ---------------------------------------------------------------- publication dates nobody gave

_BODY = (
    "<p>The harbour bridge reopened to traffic on Tuesday after eight months of repairs, officials said.</p>"
    "<p>The council will vote on the new toll next Friday, the mayor said in a statement.</p>"
)


@pytest.mark.parametrize(
    "page",
    [
        # The page's only date is its copyright year: the extensive date search made it 2019-01-01.
        f"<html><body><article><h1>Bridge reopens</h1>{_BODY}</article>"
        "<footer><p>© 2019 Example News. All rights reserved.</p></footer></body></html>",
        # A date the story mentions is no publication date: the search took it from the text.
        f"<html><body><article><h1>Bridge reopens</h1><p>The bridge first closed on March 5, 2019 "
        f"after a crash.</p>{_BODY}</article></body></html>",
    ],
)
def test_a_page_without_a_date_of_its_own_has_no_publication_date(page: str) -> None:
    # Every relative date of the story resolved against the guessed day ("on Tuesday" 2019-01-01):
    # a confident wrong answer. Without a publication date they stay unresolved, as the docs say.
    doc = prepare(ArticleRequest(html=page))
    assert doc.published is None


def test_the_pages_own_dates_are_still_read() -> None:
    for page in (
        f"<html><body><article><h1>Bridge reopens</h1><time datetime='2024-03-05'>5 March</time>{_BODY}"
        "</article><footer>© 2019</footer></body></html>",
        f"<html><head><meta property='article:published_time' content='2024-03-05T09:30:00Z'></head>"
        f"<body><article><h1>Bridge reopens</h1>{_BODY}</article></body></html>",
        f"<html><body><article><h1>Bridge reopens</h1><p>Updated 10:02 a.m. ET March 5, 2024</p>{_BODY}"
        "</article></body></html>",
    ):
        assert str(prepare(ArticleRequest(html=page)).published) == "2024-03-05"


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        # Datelines: a place, then the date at once.
        ("WASHINGTON, Feb. 19, 2021 — The Senate voted on the bill late on Tuesday.", "2021-02-19"),
        ("SÃO PAULO, 3 March 2022 - Prices rose again on Monday, the agency said.", "2022-03-03"),
        ("KYIV, Ukraine, March 1, 2022 — Sirens sounded across the city on Tuesday.", "2022-03-01"),
        ("PARIS, Tuesday, May 2, 2023 — Talks resumed, the ministry said.", "2023-05-02"),
        # Opening words and a comma, then a date the story tells of: it was the publication date.
        ("On March 5, 2019, the bridge closed after a crash; it reopened on Tuesday.", None),
        ("The plant, opened on May 2, 2001, will close next month, its owner said.", None),
        ("The mayor, Ruth Okafor, said on March 5, 2019 that the bridge would close.", None),
    ],
)
def test_a_dateline_is_a_place_then_a_date(opening: str, published: str | None) -> None:
    doc = prepare(ArticleRequest(text=f"Bridge reopens\n\n{opening}\n\nThe council will vote next week."))
    assert (str(doc.published) if doc.published else None) == published


@pytest.mark.parametrize("value", [20240502, "2024", 1700000000, "1700000000", 2024.5, True])
def test_a_published_number_is_refused_not_read_as_a_unix_timestamp(value: object) -> None:
    # "2024" was 1970-01-01 and 20240502 was 1970-08-23 (pydantic reads numbers as timestamps),
    # and every relative date resolved against it. The contract asks for an ISO date or datetime.
    from service.api.problems import ProblemError
    from service.api.request_bodies import parse_article
    from service.settings import Settings

    body = json.dumps({"text": "The council met on Tuesday.", "published": value}).encode()
    with pytest.raises(ProblemError) as caught:
        parse_article(body, Settings())
    problem = caught.value.problem()
    assert caught.value.status == 422
    assert "published" in json.dumps(problem.model_dump(mode="json")) and "ISO 8601" in (problem.detail or "")
    assert parse_article(b'{"text": "a b", "published": "2024-05-02"}', Settings()).published_date == dt.date(
        2024, 5, 2
    )


# ---------------------------------------------------------------- bodies in another encoding


@pytest.mark.parametrize(
    ("raw", "hint"),
    [
        (b"\xef\xbb\xbf" + b'{"text": "The council met on Tuesday."}', "byte order mark"),
        ('{"text": "The council met on Tuesday."}'.encode("utf-16"), "UTF-16"),
        ('{"text": "The council met on Tuesday."}'.encode("utf-16-le"), "UTF-16"),
    ],
)
def test_a_body_in_another_encoding_says_so(raw: bytes, hint: str) -> None:
    # An editor's byte order mark or PowerShell's UTF-16 gave "expected value at line 1 column 1".
    from service.api.problems import ProblemError
    from service.api.request_bodies import parse_article
    from service.settings import Settings

    with pytest.raises(ProblemError) as caught:
        parse_article(raw, Settings())
    assert caught.value.status == 400 and hint in (caught.value.problem().detail or "")


# ---------------------------------------------------------------- the LLM provider misbehaving


def test_a_completion_with_no_choices_is_a_response_error_at_once() -> None:
    import httpx

    from service.errors import LLMResponseError
    from tests.llm_fakes import backend, ok
    from tests.test_llm_faults import fails

    empty = httpx.Response(
        200, json={"id": "x", "object": "chat.completion", "created": 0, "model": "m", "choices": []}
    )
    exc, route = fails(backend(), [empty, ok()], LLMResponseError)
    assert route.call_count == 1 and "not a chat completion" in exc.detail


def test_a_stream_that_never_ends_stops_at_the_deadline() -> None:
    # A provider that streams whitespace forever (a stuck server, a hostile proxy) never trips the
    # per-read timeout; the call's deadline ends it. 600 chunks 50 ms apart: 30 s if it did not.
    import asyncio
    from collections.abc import AsyncIterator

    import httpx

    from service.errors import LLMTimeoutError
    from tests.llm_fakes import backend
    from tests.test_llm_faults import fails

    async def forever() -> AsyncIterator[bytes]:
        chunk = {
            "id": "s1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "delta": {"content": " "}, "finish_reason": None}],
        }
        for _ in range(600):
            yield f"data: {json.dumps(chunk)}\n\n".encode()
            await asyncio.sleep(0.05)

    def endless(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=forever(), headers={"content-type": "text/event-stream"})

    started = time.monotonic()
    exc, _route = fails(
        backend(llm_stream=True, llm_deadline_s=1.0, llm_max_attempts=1, llm_max_reasks=0),
        [endless],
        LLMTimeoutError,
    )
    assert time.monotonic() - started < 25, "the stream ran to its end: no deadline"
    assert "deadline" in exc.detail


# ---------------------------------------------------------------- HTML before the CPU budget


def test_a_page_of_thousands_of_short_blocks_skips_the_quadratic_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Finding the main text runs before the extraction's CPU budget, and nothing can stop it.
    # trafilatura's justext fallback looks for each short paragraph's neighbours one by one: 100 KB
    # of "<div><p>Smith said it.</p></div>" (in `text`, read as a page) took 3.5 s, 400 KB 24 s.
    # Past MAX_FALLBACK_BLOCKS the main extractor reads the page alone; a news page keeps both.
    import trafilatura.external

    from service.pipeline import article_body

    rescues = 0
    real = trafilatura.external.justext_rescue

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal rescues
        rescues += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(trafilatura.external, "justext_rescue", counted)
    hostile = "<div><p>Smith said it.</p></div>" * (article_body.MAX_FALLBACK_BLOCKS // 2 + 10)
    doc = prepare(ArticleRequest(text=hostile))
    assert rescues == 0 and "Smith said it." in doc.text
    # A short page still gets the fallback when the main extractor finds too little.
    short = "<html><body><div><p>Smith said it.</p></div><div><p>Lee agreed.</p></div></body></html>"
    article_body.html_main_text(short)
    assert rescues == 1


@pytest.fixture
def budget_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The CPU-budget checks made from now on, counted (one list item per check)."""
    from service.pipeline import cpu_budget

    checks: list[int] = []
    monkeypatch.setattr(cpu_budget, "check", lambda: checks.append(1))
    return checks


def test_the_dates_pass_checks_the_budget_per_expression(budget_checks: list[int]) -> None:
    # The budget was checked once per block: one long paragraph of dates resolved every one of them
    # (and read the block forward again for "will meet Tuesday") with no check between.
    from service.pipeline.dated import dated_expressions

    doc = prepare(
        ArticleRequest(text="The board met on Monday, May 6, 2024 and again " * 100, published="2024-05-02")
    )
    budget_checks.clear()
    found = dated_expressions(doc)
    assert len(found) >= 100 and len(budget_checks) >= len(found)


def test_speakers_are_read_under_the_budget_a_quote_at_a_time(budget_checks: list[int]) -> None:
    # Speakers are attached before the extractor's sentence loop, where the budget is checked: a
    # text of thousands of short quotes read them all with no check between.
    unit = "“Yes, we will,” said Okafor. "
    doc = prepare(ArticleRequest(text=unit * 200))
    quotes_found = len(quotes.find_quote_spans(doc.body_blocks))
    budget_checks.clear()
    extract_draft(doc)
    sentences = len(doc.text.split(". "))
    assert quotes_found >= 200 and len(budget_checks) >= quotes_found + sentences // 2
