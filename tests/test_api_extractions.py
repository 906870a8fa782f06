"""POST /v1/extractions, GET /v1/extractions/{id}, POST /v1/extractions/batch: statuses, headers, cache."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from schemas import Extraction
from service import create_backend
from service.errors import LLMResponseError, LLMTimeoutError, LLMUnavailableError
from service.settings import Settings
from tests.api_fakes import FakeBackend, eventually, running

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_9e83181834ba2713.txt"
ARTICLE = {
    "text": "NATO will expand its mission in Iraq from 500 to around 4,000 personnel, Stoltenberg said."
}


# ---------------------------------------------------------------------------- happy path and cache


async def test_extraction_with_the_rules_backend_matches_the_pipeline(settings: Settings) -> None:
    text = SEED.read_text()
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post("/v1/extractions", json={"text": text, "published": "2021-02-19"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-cache"] == "miss"
    extraction = Extraction.model_validate_json(r.content)
    assert extraction.text.startswith(text.strip()[:40])
    assert r.headers["content-location"] == f"/v1/extractions/{extraction.id}"
    assert extraction.extractor.backend == "rules"
    for quote in extraction.quotes:
        for span in quote.evidence:
            assert extraction.text[span.start : span.end] == span.text


async def test_second_identical_request_is_a_hit_with_the_same_bytes(settings: Settings) -> None:
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        first = await client.post("/v1/extractions", json=ARTICLE)
        second = await client.post("/v1/extractions", json=ARTICLE)
        # Same article, different bytes on the wire (key order, spacing): the slow path must hit too.
        respelled = await client.post(
            "/v1/extractions",
            content=json.dumps(ARTICLE, indent=4).encode(),
            headers={"content-type": "application/json; charset=utf-8"},
        )
    assert [first.headers["x-cache"], second.headers["x-cache"], respelled.headers["x-cache"]] == [
        "miss",
        "hit",
        "hit",
    ]
    assert first.content == second.content == respelled.content
    assert backend.calls == 1


async def test_no_cache_forces_a_fresh_extraction(settings: Settings) -> None:
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        await client.post("/v1/extractions", json=ARTICLE)
        fresh = await client.post("/v1/extractions", json=ARTICLE, headers={"cache-control": "no-cache"})
        after = await client.post("/v1/extractions", json=ARTICLE)
    assert fresh.status_code == 200
    assert fresh.headers["x-cache"] == "miss"
    assert after.headers["x-cache"] == "hit"
    assert backend.calls == 2


async def test_get_returns_the_stored_bytes_and_404_as_problem(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        created = await client.post("/v1/extractions", json=ARTICLE)
        got = await client.get(created.headers["content-location"])
        missing = await client.get("/v1/extractions/" + "0" * 32)
        malformed = await client.get("/v1/extractions/not-an-id")
    assert got.status_code == 200
    assert got.content == created.content
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["type"] == "urn:newsfacts:problem:extraction-not-found"
    assert malformed.status_code == 422
    assert malformed.json()["errors"][0]["field"] == "path.extraction_id"


async def test_stored_results_survive_a_restart(settings: Settings) -> None:
    first = FakeBackend()
    async with running(settings, first) as (_, client):
        created = await client.post("/v1/extractions", json=ARTICLE)
    second = FakeBackend()
    async with running(settings, second) as (_, client):
        again = await client.post("/v1/extractions", json=ARTICLE)
        got = await client.get(created.headers["content-location"])
    assert again.headers["x-cache"] == "hit"
    assert again.content == created.content == got.content
    assert second.calls == 0


# ---------------------------------------------------------------------------- the cache key


async def test_a_prompt_change_misses(settings: Settings) -> None:
    async with running(settings, FakeBackend(prompt="p1")) as (_, client):
        old = await client.post("/v1/extractions", json=ARTICLE)
    changed = FakeBackend(prompt="p2")
    async with running(settings, changed) as (_, client):
        new = await client.post("/v1/extractions", json=ARTICLE)
    assert new.headers["x-cache"] == "miss"
    assert changed.calls == 1
    assert new.json()["id"] != old.json()["id"]
    back = FakeBackend(prompt="p1")
    async with running(settings, back) as (_, client):
        again = await client.post("/v1/extractions", json=ARTICLE)
    assert again.headers["x-cache"] == "hit"
    assert back.calls == 0


async def test_a_schema_version_change_misses(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        await client.post("/v1/extractions", json=ARTICLE)
    monkeypatch.setattr("service.pipeline.run.SCHEMA_VERSION", "99.0")
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        r = await client.post("/v1/extractions", json=ARTICLE)
    assert r.headers["x-cache"] == "miss"
    assert backend.calls == 1


async def test_the_publication_date_is_part_of_the_key(settings: Settings) -> None:
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        a = await client.post("/v1/extractions", json={**ARTICLE, "published": "2021-02-19"})
        b = await client.post("/v1/extractions", json={**ARTICLE, "published": "2021-02-20"})
        # Normalisation happens before the key: extra spaces are the same article.
        c = await client.post(
            "/v1/extractions", json={"text": ARTICLE["text"] + "  ", "published": "2021-02-19"}
        )
    assert [a.headers["x-cache"], b.headers["x-cache"], c.headers["x-cache"]] == ["miss", "miss", "hit"]
    assert backend.calls == 2


# ---------------------------------------------------------------------------- single flight, failures


async def test_fifty_concurrent_identical_requests_share_one_extraction(settings: Settings) -> None:
    gate = asyncio.Event()
    backend = FakeBackend(gate=gate)
    async with running(settings, backend) as (app, client):
        cache = app.state.services.cache
        requests = [asyncio.create_task(client.post("/v1/extractions", json=ARTICLE)) for _ in range(50)]
        await eventually(lambda: backend.calls == 1 and cache.coalesced == 49)
        gate.set()
        responses = await asyncio.gather(*requests)
    assert backend.calls == 1
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1
    assert cache.misses == 1


async def test_a_failure_reaches_every_waiter_and_is_not_cached(settings: Settings) -> None:
    gate = asyncio.Event()
    backend = FakeBackend(gate=gate, fail=lambda call: LLMResponseError("garbled") if call == 1 else None)
    async with running(settings, backend) as (app, client):
        cache = app.state.services.cache
        waiting = [asyncio.create_task(client.post("/v1/extractions", json=ARTICLE)) for _ in range(5)]
        await eventually(lambda: cache.coalesced == 4)
        gate.set()
        failed = await asyncio.gather(*waiting)
        retried = await client.post("/v1/extractions", json=ARTICLE)
        cached = await client.post("/v1/extractions", json=ARTICLE)
    assert {r.status_code for r in failed} == {502}
    assert retried.status_code == 200
    assert retried.headers["x-cache"] == "miss"
    assert cached.headers["x-cache"] == "hit"
    assert backend.calls == 2


@pytest.mark.parametrize(
    ("error", "status", "retry_after", "slug"),
    [
        (LLMResponseError("the model returned garbage"), 502, "5", "llm-response"),
        (LLMUnavailableError("429 past the deadline", retry_after=12.2), 503, "13", "llm-unavailable"),
        (LLMTimeoutError("no answer in 180 s"), 504, "5", "llm-timeout"),
    ],
)
async def test_backend_errors_are_problems_with_retry_after(
    settings: Settings, error: Exception, status: int, retry_after: str, slug: str
) -> None:
    async with running(settings, FakeBackend(fail=lambda _: error)) as (_, client):
        r = await client.post("/v1/extractions", json=ARTICLE)
    assert r.status_code == status
    assert r.headers["retry-after"] == retry_after
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["type"] == f"urn:newsfacts:problem:{slug}"
    assert body["status"] == status
    assert body["detail"] == str(error)
    assert body["instance"] == "/v1/extractions"


async def test_overload_waits_then_answers_503(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, max_inflight_extractions=1, queue_timeout_s=0.05)
    gate = asyncio.Event()
    backend = FakeBackend(gate=gate)
    async with running(settings, backend) as (_, client):
        holding = asyncio.create_task(client.post("/v1/extractions", json=ARTICLE))
        await eventually(lambda: backend.calls == 1)
        refused = await client.post(
            "/v1/extractions", json={"text": "A different article, said the minister."}
        )
        gate.set()
        held = await holding
        # The slot is free again: the refused article now goes through.
        retried = await client.post(
            "/v1/extractions", json={"text": "A different article, said the minister."}
        )
    assert refused.status_code == 503
    assert refused.json()["type"] == "urn:newsfacts:problem:overloaded"
    assert int(refused.headers["retry-after"]) >= 1
    assert held.status_code == 200
    assert retried.status_code == 200
    assert backend.calls == 2


# ---------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("body", "status", "slug"),
    [
        (b'{"text": "   \\n\\t "}', 400, "empty-article"),
        (b'{"html": "  "}', 400, "empty-article"),
        (b"", 400, "malformed-json"),
        (b'{"text": "abc"', 400, "malformed-json"),
        (b'{"text": "caf\xe9 au lait"}', 400, "malformed-json"),  # invalid UTF-8
        (b'{"text": "\\ud800"}', 400, "malformed-json"),  # lone surrogate
        (b"[" * 100_000 + b"]" * 100_000, 400, "malformed-json"),  # deeply nested
        (b'{"text": 42}', 422, "validation"),
        (b'{"text": "a", "html": "<p>b</p>"}', 422, "validation"),
        (b'{"text": "a", "published": "yesterday"}', 422, "validation"),
        (b'{"text": "a", "colour": "red"}', 422, "validation"),
        (b'["text"]', 422, "validation"),
        (b"null", 422, "validation"),
    ],
)
async def test_bad_bodies_are_4xx_problems(settings: Settings, body: bytes, status: int, slug: str) -> None:
    settings = settings.model_copy(update={"max_body_bytes": 1_000_000})
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        r = await client.post("/v1/extractions", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"] == f"urn:newsfacts:problem:{slug}"
    assert problem["status"] == status
    assert problem["title"] and problem["detail"]
    assert backend.calls == 0


async def test_422_names_each_invalid_field(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post("/v1/extractions", json={"text": "a", "title": 5, "published": "soon"})
    errors = r.json()["errors"]
    # A union field reports one error per member it tried: published.date, published.datetime.
    assert {e["field"].split(".")[0] for e in errors} == {"published", "title"}
    assert {e["loc"][0] for e in errors} == {"published", "title"}
    assert all(e["message"] and e["type"] for e in errors)


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/x-www-form-urlencoded", "application/xml"]
)
async def test_wrong_content_type_is_415(settings: Settings, content_type: str | None) -> None:
    headers = {} if content_type is None else {"content-type": content_type}
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post("/v1/extractions", content=json.dumps(ARTICLE).encode(), headers=headers)
    assert r.status_code == 415
    assert r.json()["type"] == "urn:newsfacts:problem:unsupported-media-type"


async def test_declared_body_above_the_limit_is_413_before_reading(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, max_body_bytes=4096)
    body = json.dumps({"text": "x" * 5000}).encode()
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post("/v1/extractions", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.headers["content-type"] == "application/problem+json"
    assert r.headers["x-request-id"]


async def test_streamed_body_is_cut_off_at_the_limit_while_reading(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, max_body_bytes=4096)
    sent = 0

    async def endless() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'{"text": "'
        for _ in range(10_000):  # 10 MB if nobody stopped reading
            sent += 1
            yield b"x" * 1024

    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post(
            "/v1/extractions", content=endless(), headers={"content-type": "application/json"}
        )
    assert r.status_code == 413
    assert r.json()["status"] == 413
    assert sent <= 6  # stopped within a chunk or two of 4 KiB


async def test_an_article_longer_than_the_text_limit_is_413(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, max_text_chars=1000)
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        r = await client.post("/v1/extractions", json={"text": "word " * 1000})
    assert r.status_code == 413
    assert r.json()["type"] == "urn:newsfacts:problem:article-too-long"
    assert backend.calls == 0


async def test_unknown_routes_and_methods_are_problems(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        missing = await client.get("/v2/nothing")
        wrong_method = await client.put("/v1/extractions", json=ARTICLE)
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert wrong_method.status_code == 405
    # every method the path takes (GET lists, POST extracts), not only the first route's (issue 13)
    assert wrong_method.headers["allow"] == "GET, POST"
    assert wrong_method.json()["title"] == "Method Not Allowed"


# ---------------------------------------------------------------------------- batch


async def test_batch_returns_a_result_or_a_problem_per_item(settings: Settings) -> None:
    backend = FakeBackend(fail=lambda call: LLMTimeoutError("slow") if call == 2 else None)
    articles = [
        ARTICLE,
        {"text": "  "},
        {"text": 7},
        {"text": "Second article, the mayor said on Monday."},
        ARTICLE,
    ]
    async with running(settings.model_copy(update={"batch_concurrency": 1}), backend) as (_, client):
        r = await client.post("/v1/extractions/batch", json={"articles": articles})
    assert r.status_code == 200
    body = r.json()
    statuses = [(item["index"], item["status"]) for item in body["items"]]
    assert statuses == [(0, 200), (1, 400), (2, 422), (3, 504), (4, 200)]
    assert body["items"][2]["error"]["errors"][0]["field"] == "articles[2].text"
    assert body["items"][4]["cache"] == "hit"
    assert body["items"][0]["result"]["id"] == body["items"][0]["id"]
    assert (body["succeeded"], body["failed"]) == (2, 3)
    assert backend.calls == 2


async def test_batch_runs_items_concurrently_under_the_bound(settings: Settings) -> None:
    gate = asyncio.Event()
    backend = FakeBackend(gate=gate)
    articles = [{"text": f"Article number {i} says the minister."} for i in range(6)]
    async with running(settings.model_copy(update={"batch_concurrency": 3}), backend) as (_, client):
        request = asyncio.create_task(client.post("/v1/extractions/batch", json={"articles": articles}))
        await eventually(lambda: backend.calls == 3)
        for _ in range(20):
            await asyncio.sleep(0)
        started_before_release = backend.calls
        gate.set()
        r = await request
    assert started_before_release == 3
    assert r.json()["succeeded"] == 6


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"articles": []}, "articles"),
        ({"articles": "x"}, "articles"),
        ({}, "articles"),
        ({"articles": [ARTICLE] * 3}, "articles"),
    ],
)
async def test_batch_envelope_errors_are_422(settings: Settings, body: object, field: str) -> None:
    async with running(settings.model_copy(update={"batch_max_items": 2}), FakeBackend()) as (_, client):
        r = await client.post("/v1/extractions/batch", json=body)
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == field
