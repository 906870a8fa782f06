"""Issue 16's stuck items: no extraction or job item may hold its lease for ever.

In a 4 workers x 8 run on PostgreSQL, items got their provider answer and never
finished while their leases kept being renewed. The mechanism, found with a dump
of the stuck worker's tasks: the flight's lease renewal was told to stop by
cancellation alone, and a cancellation that lands just as a store call is handed
its pooled connection is lost (psycopg_pool waits with ``asyncio.wait_for``,
which on Python 3.11 then returns the connection; psycopg/psycopg#1345). The
renewal went on renewing, the flight's ``finally`` waited for it for ever, and
the job runner kept renewing the item's lease because its task never ended.

The tests below reproduce that against both stores: a store call that swallows
its cancellation (SQLite and PostgreSQL), and the real pool race (PostgreSQL
with one pooled connection, the cancellation landing at every step of the
hand-over). Then the per-item deadline: an extraction that never ends no longer
holds its item; the item is retried and failed by the queue's own rules.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from schemas import ExtractionDraft, ExtractorInfo, Usage
from service.backends.base import BackendResult
from service.pipeline.document import Document
from service.serving.cache.admission import AdmissionLimiter
from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.cache.flight import across_processes
from service.serving.jobs import JobRunner
from service.serving.metrics import Metrics
from service.serving.store.base import NewJobItem, Store
from service.serving.store.factory import open_store
from service.settings import Settings

pytestmark = pytest.mark.anyio

KINDS = ["sqlite", "postgresql"]
# Long enough for a loaded machine; a flight that ends at all ends within milliseconds here.
ENDS_WITHIN_S = 20.0


def settings_for(kind: str, request: pytest.FixtureRequest, tmp_path: Path, **update: Any) -> Settings:
    url = SecretStr(request.getfixturevalue("postgres_url")) if kind == "postgresql" else None
    return Settings(data_dir=tmp_path / "data", database_url=url, **update)


@pytest.fixture(params=KINDS)
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(settings_for(request.param, request, tmp_path))
    try:
        yield opened
    finally:
        await opened.close()


class SwallowingRenewals:
    """The real store, whose ``renew_flight`` completes even when cancelled while under way.

    That is what a pooled PostgreSQL call does when the cancellation lands as the
    pool hands it a connection (the race test below shows it on the real pool).
    """

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.entered = asyncio.Event()
        self.swallowed = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def renew_flight(self, key: str, owner: str, lease_s: float, now: float) -> bool:
        call = asyncio.ensure_future(self.inner.renew_flight(key, owner, lease_s, now))
        self.entered.set()
        try:
            return await asyncio.shield(call)
        except asyncio.CancelledError:
            self.swallowed += 1
            return await call


async def _ends(flight: asyncio.Task[bytes]) -> bool:
    """True when ``flight`` ends; else it is left cancelled (its renewal may run on: the bug)."""
    await asyncio.wait({flight}, timeout=ENDS_WITHIN_S)
    if not flight.done():
        flight.cancel()
        return False
    return True


async def _nothing_stored() -> bytes | None:
    return None


async def test_a_flight_ends_when_its_renewal_loses_the_cancellation(store: Store) -> None:
    swallowing = SwallowingRenewals(store)

    async def extract() -> bytes:
        await swallowing.entered.wait()  # the renewal is inside its store call: stop it there
        return b"{}"

    flight = asyncio.create_task(
        across_processes(swallowing, "k" * 32, "owner-a", 0.03, _nothing_stored, extract)
    )
    assert await _ends(flight), "the flight waits for ever on a renewal that lost its cancellation"
    assert flight.result() == b"{}"
    assert swallowing.swallowed == 1  # the cancellation really landed inside the store call
    # Its claim is released: another process may take the key at once.
    assert await store.claim_flight("k" * 32, "owner-b", 30.0, 0.0)


async def _hand_over_race(store: Any, steps: int) -> bool:
    """One flight whose renewal is cancelled ``steps`` loop steps after the pool's only connection frees up."""
    held, release = asyncio.Event(), asyncio.Event()

    async def hold() -> None:
        async with store._conn():  # the pool's only connection, until released
            held.set()
            await release.wait()

    holder: list[asyncio.Task[None]] = []

    async def extract() -> bytes:
        holder.append(asyncio.create_task(hold()))
        await held.wait()
        await asyncio.sleep(0.05)  # the renewal (every 0.01 s) now waits for the held connection
        release.set()
        for _ in range(steps):
            await asyncio.sleep(0)
        return b"{}"  # the flight's finally cancels the renewal now

    flight = asyncio.create_task(
        across_processes(store, f"{steps:032x}", "owner-a", 0.03, _nothing_stored, extract)
    )
    ended = await _ends(flight)
    release.set()
    await asyncio.gather(*holder)
    return ended


async def test_a_flight_ends_whenever_the_pool_hands_its_renewal_a_connection(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """The real race, on PostgreSQL: one pooled connection, the cancellation at every step of its hand-over.

    Before the fix the flight never ended at 2 steps (psycopg_pool 3.3.3, Python 3.11.7).
    """
    from service.serving.store.postgres import PostgresStore

    store = await open_store(settings_for("postgresql", request, tmp_path, database_pool_max=1))
    assert isinstance(store, PostgresStore)
    try:
        for steps in range(12):
            assert await _hand_over_race(store, steps), (
                f"the flight never ended: its renewal lost a cancellation {steps} step(s) into the hand-over"
            )
    finally:
        await store.close()


# ---------------------------------------------------------------------- the per-item deadline


class NeverEnds:
    """A backend whose extraction never ends (a hang anywhere below the job runner)."""

    name = "never"

    def __init__(self) -> None:
        self.started = 0

    def info(self) -> ExtractorInfo:
        return ExtractorInfo(backend="rules", model=None, version="test", prompt_version=None)

    def fingerprint(self) -> dict[str, Any]:
        return {"name": self.name}

    async def extract(self, doc: Document) -> BackendResult:
        self.started += 1
        await asyncio.Event().wait()
        return BackendResult(draft=ExtractionDraft(), usage=Usage())

    async def aclose(self) -> None:
        return None


async def _until(check: Callable[[], Awaitable[bool]], within_s: float = 60.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    while loop.time() < deadline:
        if await check():
            return True
        await asyncio.sleep(0.05)
    return False


@pytest.mark.parametrize("kind", KINDS)
async def test_an_item_past_its_deadline_stops_holding_its_lease_and_fails_by_the_retry_rules(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    settings = settings_for(
        kind,
        request,
        tmp_path,
        job_lease_s=0.3,
        job_item_deadline_s=0.5,
        job_item_max_attempts=2,
        flight_lease_s=30.0,
    )
    store = await open_store(settings)
    backend = NeverEnds()
    metrics = Metrics()
    cache = ExtractionCache(store, backend, settings, metrics, AdmissionLimiter(8, 10.0))
    runner = JobRunner(store, cache, settings, metrics, describe_error=lambda exc: type(exc).__name__)
    try:
        await runner.start()
        job_id = await runner.submit([NewJobItem(json.dumps({"text": "The council met on Friday."}))])

        async def done() -> bool:
            job = await store.get_job(job_id)
            return job is not None and job.status == "done"

        assert await _until(done), "the item held its lease past its deadline and the job never ended"
        job = await store.get_job(job_id)
        assert job is not None and (job.succeeded, job.failed) == (0, 1)
        [item] = await store.job_items(job_id, 0, 10)
        assert (item.status, item.error) == ("failed", "JobItemAbandonedError")
        # The second attempt joined the first one's extraction, still under way in this process:
        # the provider is never asked twice at once for one article.
        assert backend.started == 1
        assert not runner._running  # no slot is left taken by the abandoned attempt
    finally:
        await runner.stop()
        await cache.aclose()
        await store.close()
