"""Issue 13, defect 2: CPU-bound steps off the event loop, a CPU budget per extraction, a prompt shutdown."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from schemas import ArticleRequest
from service import create_backend
from service.backends.rules.sentences import MAX_SENTENCE_CHARS, split_sentences
from service.errors import ExtractionBudgetError, ShuttingDownError
from service.pipeline import run as pipeline
from service.settings import Settings
from tests.api_fakes import running

pytestmark = pytest.mark.anyio

PROSE = (
    "The council said on Tuesday that 4,000 new homes would be built by 2030, up from 500 last year. "
    "Jane Smith, who chairs the housing committee, told reporters the plan was “long overdue”. "
)


async def test_a_long_article_is_grounded_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = pipeline.ground

    def spy(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "ground", spy)
    long = PROSE * (pipeline.GROUND_INLINE_CHARS // len(PROSE) + 2)
    await pipeline.extract(ArticleRequest(text=long), create_backend("rules"))
    assert threads and threads[0] is not threading.main_thread()
    # A short one's grounding (about a millisecond) costs less than the hop to a thread and back.
    await pipeline.extract(ArticleRequest(text=PROSE), create_backend("rules"))
    assert len(threads) == 2 and threads[1] is threading.main_thread()


async def test_an_extraction_over_its_cpu_budget_is_a_typed_422(settings: Settings) -> None:
    tight = settings.model_copy(update={"extraction_budget_s": 1e-9})
    async with running(tight, create_backend("rules")) as (app, client):
        r = await client.post("/v1/extractions", json={"text": PROSE * 20})
        again = await client.post("/v1/extractions", json={"text": PROSE * 20})
        stats = await app.state.services.cache.stats()
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"] == "urn:newsfacts:problem:extraction-budget"
    assert "CPU" in problem["detail"]
    # nothing was cached for it: the same request is computed (and refused) again
    assert again.status_code == 422 and stats.entries == 0


async def test_the_default_budget_lets_an_ordinary_article_through(settings: Settings) -> None:
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post("/v1/extractions", json={"text": PROSE * 20})
    assert r.status_code == 200


async def test_a_stopping_owner_ends_the_extraction_at_its_next_check() -> None:
    stopping = threading.Event()
    stopping.set()
    doc = pipeline.prepare(ArticleRequest(text=PROSE * 5))
    with pytest.raises(ShuttingDownError):
        await pipeline.extract_document(doc, create_backend("rules"), stopping=stopping)
    # without a budget or a stop, the same call just works
    await pipeline.extract_document(doc, create_backend("rules"))


async def test_closing_the_cache_stops_extractions_under_way(settings: Settings) -> None:
    async with running(settings, create_backend("rules")) as (app, _client):
        cache = app.state.services.cache
    assert cache._stopping.is_set()


def test_budget_error_and_overlong_sentences() -> None:
    assert ExtractionBudgetError("x").status == 422
    # a 200 KB "sentence" is cut into pieces no longer than the limit, at clause breaks or spaces
    text = "officials said that the troops and the ministers, " * 4000
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    # a run with no space at all is cut hard
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in split_sentences('"' * 50_000))
    # ordinary sentences are untouched
    first = PROSE.index(". ") + 1
    assert split_sentences(PROSE.strip()) == [(0, first), (first + 1, len(PROSE.strip()))]


def test_the_budget_counts_cpu_not_the_wall_clock_it_reads_first() -> None:
    from service.pipeline import cpu_budget

    with cpu_budget.limited(0.05), cpu_budget.segment():
        cpu_budget.check()  # well within, by the wall clock alone
        time.sleep(0.1)  # wall time passes, no CPU is used: still within the budget
        cpu_budget.check()
        started = time.thread_time()
        while time.thread_time() - started < 0.1:
            pass
        with pytest.raises(ExtractionBudgetError):
            cpu_budget.check()


async def test_the_dates_list_is_made_under_the_budget() -> None:
    # The dates list was made after the budget's block, on the event loop (session 8): a backend
    # that returns at once left it unchecked. Here the stop comes once the backend has answered.
    from service.backends.base import BackendResult
    from tests.api_fakes import FakeBackend

    stopping = threading.Event()

    class StopsAfterAnswering(FakeBackend):
        async def extract(self, doc: Any) -> BackendResult:
            result = await super().extract(doc)
            stopping.set()
            return result

    doc = pipeline.prepare(ArticleRequest(text="The council met on Monday. " * 2000, published="2024-05-02"))
    with pytest.raises(ShuttingDownError):
        await pipeline.extract_document(doc, StopsAfterAnswering(), stopping=stopping)
