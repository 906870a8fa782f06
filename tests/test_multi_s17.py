"""Session 17: what session 16 left for a service on several machines.

At the HTTP boundary with the real app; on the real PostgreSQL the tests start
(tests/pg/server.py) where it is about the store. See docs/hostile-review.md, "Session 17".
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from service.serving.provider_budget import BudgetTransport, ProviderBudget
from service.serving.store.base import NewJobItem
from service.serving.store.factory import open_store
from service.settings import Settings
from tests.api_fakes import FakeBackend, eventually, polled, running

pytestmark = pytest.mark.anyio

ARTICLE = {"text": "The council of Wexmoor said on Monday that 40 homes had flooded."}
OTHER = {"text": "The board of Calder Mills said 12 jobs were cut on Friday."}
# Failed at submission (an empty article): the job is done at once.
REFUSED = {"text": ""}

# Far more than the retention and the gaps the tests rely on: the host's clock is wrong, not slightly off.
SKEW_S = 600.0
REAL_TIME: Callable[[], float] = time.time


def pg_settings(tmp_path: Path, url: str, **extra: Any) -> Settings:
    return Settings(data_dir=tmp_path / "d", database_url=SecretStr(url), **extra)


def skew_clock(monkeypatch: pytest.MonkeyPatch, ahead_s: float) -> None:
    """This process's wall clock runs ``ahead_s`` seconds ahead (behind if negative); monotonic untouched."""
    monkeypatch.setattr(time, "time", lambda: REAL_TIME() + ahead_s)


def right_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", REAL_TIME)


# ---------------------------------------------------------------- 1. job times on the database's clock


async def test_a_job_made_by_a_host_whose_clock_runs_behind_is_not_swept_before_its_retention(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job's ``updated_at`` is the database's clock, as the sweep compares it.

    Before: it was the host's ``time.time()``; a job finished through a replica whose clock ran
    10 minutes behind looked finished 10 minutes ago to every other host, so a sweep with a
    5-minute retention removed it at once (its client's first poll was a 404).
    """
    skew_clock(monkeypatch, -SKEW_S)
    async with running(pg_settings(tmp_path, postgres_url, run_jobs=False), FakeBackend()) as (_, behind):
        skewed = await behind.post("/v1/jobs", json={"articles": [REFUSED]})
    assert skewed.status_code == 202 and skewed.json()["status"] == "done"
    right_clock(monkeypatch)
    # A job that did finish long ago (by this host's right clock): the sweep's work, proving it ran.
    old = "0" * 32
    store = await open_store(pg_settings(tmp_path, postgres_url))
    try:
        await store.create_job(old, [NewJobItem(None, error="{}")], time.time() - SKEW_S)
    finally:
        await store.close()
    settings = pg_settings(tmp_path, postgres_url, job_retention_s=SKEW_S / 2)
    async with running(settings, FakeBackend()) as (app, client):
        sweeper = app.state.services.sweeper
        await polled(lambda: asyncio.sleep(0, sweeper.sweeps), lambda n: n >= 1, what="the first sweep")
        kept = await client.get(skewed.headers["location"])
        swept = await client.get(f"/v1/jobs/{old}")
    assert swept.status_code == 404, swept.text
    assert kept.status_code == 200, kept.text


async def test_a_job_made_by_a_host_whose_clock_runs_behind_takes_its_turn_after_older_ones(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Claims serve the job whose items finished least recently (``updated_at``, then
    ``created_at``): on the database's clock, a job is not older for its host's clock being behind.

    Before: a job created through a replica whose clock ran 10 minutes behind was stamped 10
    minutes in the past and took the turn from every job made before it.
    """
    async with running(pg_settings(tmp_path, postgres_url, run_jobs=False), FakeBackend()) as (_, client):
        first = await client.post("/v1/jobs", json={"articles": [ARTICLE]})
    skew_clock(monkeypatch, -SKEW_S)
    async with running(pg_settings(tmp_path, postgres_url, run_jobs=False), FakeBackend()) as (_, behind):
        second = await behind.post("/v1/jobs", json={"articles": [OTHER]})
    right_clock(monkeypatch)
    assert first.status_code == second.status_code == 202
    backend = FakeBackend()
    # One item at a time: the claims' order is the order the backend sees.
    settings = pg_settings(tmp_path, postgres_url, job_concurrency=1, batch_concurrency=1)
    async with running(settings, backend) as (_, client):
        for job in (first, second):
            await polled(
                partial(client.get, job.headers["location"]),
                lambda r: r.status_code == 200 and r.json()["status"] == "done",
                what="both jobs run",
            )
    assert backend.texts == [ARTICLE["text"], OTHER["text"]], backend.texts


async def test_a_host_whose_clock_runs_ahead_cannot_spend_the_providers_minute_twice(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The provider budget's window is on the database's clock: every host's shares, stamped and
    dropped on one clock.

    Before: a share was stamped with its host's clock and the window cut at the taker's: a host
    10 minutes ahead found every other host's shares older than a minute, dropped them, and sent
    its request at once: two requests in the minute of an account allowing one.
    At the provider's HTTP boundary (the budget's transport under the SDK, a mock provider).
    """
    arrived: list[bytes] = []

    async def provider(request: httpx.Request) -> httpx.Response:
        arrived.append(request.content)
        return httpx.Response(200, json={})

    settings = pg_settings(tmp_path, postgres_url)
    right, ahead = await open_store(settings), await open_store(settings)
    budgets = [ProviderBudget(store, rpm=1, tpm=None) for store in (right, ahead)]
    clients = [
        httpx.AsyncClient(transport=BudgetTransport(budget, httpx.MockTransport(provider)))
        for budget in budgets
    ]
    try:
        assert (await clients[0].post("http://provider.test/v1/chat", content=b"{}")).status_code == 200
        skew_clock(monkeypatch, SKEW_S)
        second = asyncio.create_task(clients[1].post("http://provider.test/v1/chat", content=b"{}"))
        # Either it is sent (the bug) or the budget makes it wait for the first share to leave.
        await eventually(
            lambda: len(arrived) > 1 or budgets[1].waited_s > 0, what="the second request's turn"
        )
        second.cancel()
        await asyncio.gather(second, return_exceptions=True)
    finally:
        right_clock(monkeypatch)
        for client in clients:
            await client.aclose()
        await right.close()
        await ahead.close()
    assert len(arrived) == 1, "the skewed host sent within the minute of the first request"
    assert budgets[1].waited_s > 0


# ---------------------------------------------------------------- 2. swept by every process that holds the store


@pytest.mark.parametrize("store", ["postgres", "sqlite"])
async def test_finished_jobs_are_swept_by_a_replica_that_runs_no_jobs(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Every ``newsfacts serve`` sweeps, with or without ``NEWSFACTS_RUN_JOBS``.

    Before: only processes that ran jobs swept, so a deployment of ``--no-jobs`` replicas and no
    worker kept every finished job (here one refused at submission, done at once) for ever.
    """
    extra: dict[str, Any] = {"run_jobs": False, "job_retention_s": 0.5}
    settings = (
        pg_settings(tmp_path, request.getfixturevalue("postgres_url"), **extra)
        if store == "postgres"
        else Settings(data_dir=tmp_path / "d", **extra)
    )
    async with running(settings, FakeBackend()) as (app, client):
        done = await client.post("/v1/jobs", json={"articles": [REFUSED]})
        assert done.status_code == 202 and done.json()["status"] == "done"
        gone = await polled(
            partial(client.get, done.headers["location"]),
            lambda r: r.status_code != 200,
            what="the finished job is swept",
        )
        assert not app.state.services.jobs.running
    assert gone.status_code == 404, gone.text
    assert gone.json()["type"] == "urn:newsfacts:problem:job-not-found"


# ---------------------------------------------------------------- 3. a swept job's extractions


async def test_a_swept_jobs_extractions_stay_in_the_cache_for_its_keys_and_for_direct_requests(
    tmp_path: Path,
) -> None:
    """Guard of a decision (docs/api.md, "Retention"): sweeping a job removes its items and their
    copies of the results, not the extractions they name. The cache is shared by content: the same
    extraction answers a direct request for the same article, and nothing records whether one
    wanted it, so a sweep that released them could take a result from its direct requester. The
    cache's own limits (``NEWSFACTS_CACHE_MAX_AGE_S``, ``_MAX_ENTRIES``) bound them.
    """
    job_key, other_key = "job-key-" + "a" * 24, "other-key-" + "b" * 22
    settings = Settings(data_dir=tmp_path / "d", api_keys=[job_key, other_key], job_retention_s=2.0)
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        as_job, as_other = {"X-API-Key": job_key}, {"X-API-Key": other_key}
        created = await client.post("/v1/jobs", json={"articles": [ARTICLE]}, headers=as_job)
        done = await polled(
            partial(client.get, created.headers["location"], headers=as_job),
            lambda r: r.status_code == 200 and r.json()["status"] == "done",
            what="the job runs",
        )
        made = done.json()["items"][0]["id"]
        await polled(
            partial(client.get, created.headers["location"], headers=as_job),
            lambda r: r.status_code == 404,
            what="the job is swept",
        )
        by_job_key = await client.get(f"/v1/extractions/{made}", headers=as_job)
        not_yours = await client.get(f"/v1/extractions/{made}", headers=as_other)
        direct = await client.post("/v1/extractions", json=ARTICLE, headers=as_other)
    assert by_job_key.status_code == 200, by_job_key.text
    assert not_yours.status_code == 404
    assert direct.status_code == 200 and direct.json()["id"] == made
    assert direct.headers["x-cache"] == "hit" and backend.calls == 1
