"""Health, readiness, metrics, cache stats and eviction, API keys, CORS, request ids and logs."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from schemas import Usage
from service.api import create_app
from service.settings import Settings
from tests.api_fakes import FakeBackend, running

pytestmark = pytest.mark.anyio

ARTICLE = {"text": "The council approved the budget on Tuesday, the mayor said."}


async def test_health_and_readiness(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        health = await client.get("/healthz")
        ready = await client.get("/readyz")
    assert health.status_code == 200 and health.json() == {"status": "ok"}
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "backend": "fake", "store": "ok"}


async def test_not_ready_before_startup(settings: Settings) -> None:
    app = create_app(settings, FakeBackend(), configure_logs=False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        ready = await client.get("/readyz")
        extraction = await client.post("/v1/extractions", json=ARTICLE)
        live = await client.get("/healthz")
    assert ready.status_code == 503 and ready.headers["retry-after"] == "1"
    assert extraction.status_code == 503
    assert live.status_code == 200


async def test_metrics_count_requests_cache_and_llm_usage(settings: Settings) -> None:
    backend = FakeBackend(
        usage=Usage(llm_calls=3, retries=2, reasks=1, prompt_tokens=500, completion_tokens=70)
    )
    async with running(settings, backend) as (_, client):
        await client.post("/v1/extractions", json=ARTICLE)
        await client.post("/v1/extractions", json=ARTICLE)
        await client.post("/v1/extractions", json={"text": " "})
        r = await client.get("/metrics")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/plain")
    lines = set(r.text.splitlines())
    expected = [
        'newsfacts_http_requests_total{method="POST",route="/v1/extractions",status="200"} 2.0',
        'newsfacts_http_requests_total{method="POST",route="/v1/extractions",status="400"} 1.0',
        "newsfacts_cache_hits_total 1.0",
        "newsfacts_cache_misses_total 1.0",
        'newsfacts_llm_calls_total{backend="fake"} 3.0',
        'newsfacts_llm_retries_total{backend="fake"} 2.0',
        'newsfacts_llm_reasks_total{backend="fake"} 1.0',
        'newsfacts_llm_tokens_total{backend="fake",kind="prompt"} 500.0',
        'newsfacts_llm_tokens_total{backend="fake",kind="completion"} 70.0',
    ]
    for line in expected:
        assert line in lines, line
    assert any(
        line.startswith(
            'newsfacts_http_request_duration_seconds_count{method="POST",route="/v1/extractions",status="200"}'
        )
        for line in lines
    )


async def test_metrics_count_errors_by_kind(settings: Settings) -> None:
    from service.errors import LLMTimeoutError

    async with running(settings, FakeBackend(fail=lambda _: LLMTimeoutError("slow"))) as (_, client):
        await client.post("/v1/extractions", json=ARTICLE)
        r = await client.get("/metrics")
    assert 'newsfacts_errors_total{kind="LLMTimeoutError"} 1.0' in r.text.splitlines()


async def test_cache_stats(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        await client.post("/v1/extractions", json=ARTICLE)
        await client.post("/v1/extractions", json=ARTICLE)
        await client.post("/v1/extractions", json={"text": "Another story, officials said."})
        r = await client.get("/v1/cache/stats")
    stats = r.json()
    assert r.status_code == 200
    assert (stats["entries"], stats["hits"], stats["misses"]) == (2, 1, 2)
    assert stats["bytes"] > 0
    assert stats["hit_ratio"] == pytest.approx(1 / 3, abs=1e-3)
    assert stats["max_entries"] == settings.cache_max_entries


async def test_eviction_by_count_keeps_the_newest(settings: Settings) -> None:
    settings = settings.model_copy(update={"cache_max_entries": 2, "cache_evict_interval_s": 0})
    backend = FakeBackend()
    async with running(settings, backend) as (app, client):
        cache = app.state.services.cache
        ids = []
        for i in range(3):
            r = await client.post("/v1/extractions", json={"text": f"Story {i}, the spokesman said."})
            ids.append(r.json()["id"])
            await cache.wait_evicted()
        stats = (await client.get("/v1/cache/stats")).json()
        oldest = await client.get(f"/v1/extractions/{ids[0]}")
        newest = await client.get(f"/v1/extractions/{ids[2]}")
        again = await client.post("/v1/extractions", json={"text": "Story 0, the spokesman said."})
    assert stats["entries"] == 2
    assert stats["evicted"] == 1
    assert oldest.status_code == 404
    assert newest.status_code == 200
    assert again.headers["x-cache"] == "miss"
    assert backend.calls == 4


async def test_entries_past_the_maximum_age_are_not_served_and_are_evicted(settings: Settings) -> None:
    settings = settings.model_copy(update={"cache_max_age_s": 3600.0})
    backend = FakeBackend()
    async with running(settings, backend) as (app, client):
        services = app.state.services
        r = await client.post("/v1/extractions", json=ARTICLE)
        key = r.json()["id"]
        # Back-date the stored entry by two hours, as if written long ago by another worker.
        await services.store.put_extraction(key, r.content, time.time() - 7200)
        services.cache._memory.discard(key)
        stale = await client.get(f"/v1/extractions/{key}")
        removed = await services.cache.evict()
        fresh = await client.post(
            "/v1/extractions",
            content=json.dumps(ARTICLE, indent=1),
            headers={"content-type": "application/json"},
        )
    assert stale.status_code == 404
    assert removed == 1
    assert fresh.headers["x-cache"] == "miss"
    assert backend.calls == 2


async def test_api_keys_guard_v1_and_metrics_but_not_health(settings: Settings) -> None:
    settings = settings.model_copy(update={"api_keys": ["first-key", "second-key"]})
    async with running(settings, FakeBackend()) as (_, client):
        missing = await client.post("/v1/extractions", json=ARTICLE)
        wrong = await client.post("/v1/extractions", json=ARTICLE, headers={"x-api-key": "first-kez"})
        right = await client.post("/v1/extractions", json=ARTICLE, headers={"x-api-key": "second-key"})
        metrics = await client.get("/metrics")
        health = await client.get("/healthz")
        ready = await client.get("/readyz")
        docs = await client.get("/openapi.json")
    assert missing.status_code == 401 and wrong.status_code == 401
    assert missing.headers["content-type"] == "application/problem+json"
    assert missing.headers["www-authenticate"].startswith("ApiKey")
    assert missing.headers["x-request-id"]
    assert right.status_code == 200
    assert metrics.status_code == 401
    assert (health.status_code, ready.status_code, docs.status_code) == (200, 200, 200)


async def test_cors_preflight_and_exposed_headers(settings: Settings) -> None:
    settings = settings.model_copy(update={"cors_origins": ["https://app.example"]})
    async with running(settings, FakeBackend()) as (_, client):
        preflight = await client.options(
            "/v1/extractions",
            headers={
                "origin": "https://app.example",
                "access-control-request-method": "POST",
                "access-control-request-headers": "content-type,x-api-key",
            },
        )
        simple = await client.post("/v1/extractions", json=ARTICLE, headers={"origin": "https://app.example"})
        foreign = await client.post(
            "/v1/extractions", json=ARTICLE, headers={"origin": "https://evil.example"}
        )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://app.example"
    assert simple.headers["access-control-allow-origin"] == "https://app.example"
    assert "x-cache" in simple.headers["access-control-expose-headers"].lower()
    assert "access-control-allow-origin" not in foreign.headers


async def test_request_id_is_echoed_when_sane_and_made_otherwise(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        echoed = await client.get("/healthz", headers={"x-request-id": "trace-42.abc"})
        made = await client.get("/healthz")
        unsafe = await client.get("/healthz", headers={"x-request-id": "bad id\twith spaces"})
        problem = await client.get("/nowhere", headers={"x-request-id": "trace-43"})
    assert echoed.headers["x-request-id"] == "trace-42.abc"
    assert len(made.headers["x-request-id"]) == 32
    assert unsafe.headers["x-request-id"] != "bad id\twith spaces"
    assert problem.headers["x-request-id"] == "trace-43"
    assert problem.json()["request_id"] == "trace-43"


async def test_logs_are_json_with_the_request_id_and_never_the_api_key(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    from service.errors import LLMUnavailableError

    settings = settings.model_copy(update={"api_keys": ["s3cret-key-value"], "log_json": True})
    backend = FakeBackend(fail=lambda _: LLMUnavailableError("down"))
    app = create_app(settings, backend)  # configures logging onto the captured stderr
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            await client.post(
                "/v1/extractions",
                json=ARTICLE,
                headers={"x-api-key": "s3cret-key-value", "x-request-id": "req-77"},
            )
    _drop_log_handler()
    err = capsys.readouterr().err
    assert "s3cret-key-value" not in err
    records = [json.loads(line) for line in err.splitlines() if line.startswith("{")]
    mine = [r for r in records if r.get("request_id") == "req-77"]
    events = {r["event"] for r in mine}
    assert {"request", "extraction_failed"} <= events
    access = next(r for r in mine if r["event"] == "request")
    assert access["status"] == 503 and access["route"] == "/v1/extractions"


def _drop_log_handler() -> None:
    # The handler writes to this test's captured stderr, which closes with it.
    import logging

    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_newsfacts", False):
            root.removeHandler(handler)
