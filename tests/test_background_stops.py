"""Every background loop stops at shutdown, promptly, whatever hangs below it (issue 16).

The flight's lease renewal once ran for ever because it stopped on cancellation
alone, and psycopg_pool drops a cancellation that lands as it hands over a
connection (psycopg#1345; tests/test_job_liveness.py). The other loops are held
to the same standard here: each has a stop flag it looks at after every wait,
every wait is bounded, and each close waits a bounded time, then names what did
not stop and goes on. Each test below hangs (and fails at its own time limit)
without its fix: a store call that swallows its cancellation, an item that
ignores it, a sweep that never returns, a webhook receiver that answers a byte
at a time for ever, and a LISTEN connection that went silent.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any, cast

import psycopg
import pytest
from pydantic import SecretStr

from schemas import ExtractionDraft, ExtractorInfo, Usage
from service.backends.base import BackendResult
from service.cancellation import stop_within
from service.pipeline.document import Document
from service.serving.cache.admission import AdmissionLimiter
from service.serving.cache.eviction import Evictor
from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.cache.memory import MemoryLayer
from service.serving.jobs import JobRunner
from service.serving.metrics import Metrics
from service.serving.store.base import ExtractionStore, JobQueue, NewJobItem, Store
from service.serving.store.factory import open_store
from service.serving.webhooks import WebhookSender
from service.settings import Settings

pytestmark = pytest.mark.anyio

KINDS = ["sqlite", "postgresql"]
# How long a test gives a close that should take well under a second (a loaded 2-core machine).
ENDS_WITHIN_S = 30.0


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


async def _ends(make: Callable[[], Coroutine[Any, Any, Any]], within_s: float = ENDS_WITHIN_S) -> bool:
    """True when ``make()`` ends within ``within_s``; else it is cancelled (it may run on: the bug)."""
    task = asyncio.create_task(make())
    await asyncio.wait({task}, timeout=within_s)
    if not task.done():
        task.cancel()
        return False
    task.result()
    return True


class Swallowing:
    """The real store, whose method ``name`` completes even when cancelled while under way.

    That is what a pooled PostgreSQL call does when the cancellation lands as the
    pool hands it a connection (tests/test_job_liveness.py shows it on the real pool).
    """

    def __init__(self, inner: Store, name: str) -> None:
        self.inner = inner
        self.name = name
        self.entered = asyncio.Event()
        self.swallowed = 0
        # The first call waits for its cancellation: it lands inside the call whatever the
        # machine's load (a 50 ms sleep there let a loaded loop finish the call first).
        self._cancelled = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.inner, name)
        if name != self.name:
            return method

        async def slow(*args: Any, **kwargs: Any) -> Any:
            await self._cancelled.wait()
            return await method(*args, **kwargs)

        async def swallowing(*args: Any, **kwargs: Any) -> Any:
            call = asyncio.ensure_future(slow(*args, **kwargs))
            self.entered.set()
            try:
                return await asyncio.shield(call)
            except asyncio.CancelledError:
                self.swallowed += 1
                self._cancelled.set()
                return await call

        return swallowing


# ---------------------------------------------------------------------- the helper


async def test_stop_within_names_what_ignores_its_cancellation_and_returns() -> None:
    release = asyncio.Event()

    async def stubborn() -> None:
        while not release.is_set():
            with contextlib.suppress(asyncio.CancelledError):
                await release.wait()

    async def polite() -> None:
        await asyncio.Event().wait()

    a = asyncio.create_task(stubborn(), name="stubborn")
    b = asyncio.create_task(polite(), name="polite")
    await asyncio.sleep(0.01)  # both are waiting: a task cancelled before it starts never runs
    left = await stop_within(0.2, a, b, None, what="test")
    assert left == ["stubborn"]
    assert b.cancelled() and not a.done()
    release.set()
    await a


async def test_stop_within_lets_the_callers_own_cancellation_through() -> None:
    release = asyncio.Event()

    async def stubborn() -> None:
        while not release.is_set():
            with contextlib.suppress(asyncio.CancelledError):
                await release.wait()

    child = asyncio.create_task(stubborn())
    caller = asyncio.create_task(stop_within(60, child, what="test"))
    await asyncio.sleep(0.05)
    caller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await caller
    release.set()
    await child


# ---------------------------------------------------------------------- webhooks

WEBHOOK_SETTINGS: dict[str, Any] = {
    "webhook_secret": "test-webhook-secret-0123456789",
    "webhook_allow_private_hosts": True,  # the receiver is on loopback
    "webhook_max_attempts": 3,
}


async def test_the_webhook_sender_stops_when_a_store_call_swallows_its_cancellation(
    store: Store, tmp_path: Path
) -> None:
    swallowing = Swallowing(store, "claim_webhooks")
    sender = WebhookSender(cast(JobQueue, swallowing), Settings(data_dir=tmp_path, **WEBHOOK_SETTINGS))
    sender.start()
    await asyncio.wait_for(swallowing.entered.wait(), ENDS_WITHIN_S)
    # Before the stop flag, its loop went round again for ever and aclose() waited on it.
    assert await _ends(sender.aclose), "the webhook sender ran on after a lost cancellation"
    assert swallowing.swallowed == 1  # the cancellation really landed inside the store call


async def _dribbling_receiver(stop: asyncio.Event) -> tuple[asyncio.Server, str]:
    """A receiver that answers a status line, then one header byte every 50 ms, until ``stop``."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        with contextlib.suppress(ConnectionError):
            while not stop.is_set():
                writer.write(b"a")
                await writer.drain()
                await asyncio.sleep(0.05)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}/hook"


async def test_a_webhook_receiver_that_never_finishes_answering_is_given_up(
    store: Store, tmp_path: Path
) -> None:
    """httpx's timeout is per read: a byte every 50 ms never trips it; the attempt's own deadline does."""
    stop = asyncio.Event()
    server, url = await _dribbling_receiver(stop)
    settings = Settings(data_dir=tmp_path, webhook_timeout_s=1.0, **WEBHOOK_SETTINGS)
    sender = WebhookSender(store, settings)
    try:
        await store.create_job("j" * 32, [NewJobItem(request=None, error="bad")], time.time())
        await store.set_webhook("j" * 32, url)
        assert await _ends(sender.deliver_due, within_s=20), "one attempt held the sender for ever"
        hook = await store.get_webhook("j" * 32)
        assert hook is not None and hook.delivered_at is None and hook.attempts == 1
        assert hook.last_error is not None and "no complete answer within 1 s" in hook.last_error
    finally:
        stop.set()
        await sender.aclose()
        server.close()
        await server.wait_closed()


# ---------------------------------------------------------------------- eviction


class HangingSweeps:
    """The real store, whose eviction never returns (a lock never granted, a database gone silent)."""

    def __init__(self, inner: Store, *, even_when_cancelled: bool) -> None:
        self.inner = inner
        self.even_when_cancelled = even_when_cancelled
        self.entered = asyncio.Event()
        self.release = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def evict_extractions(self, *, max_age_s: float | None, max_entries: int | None) -> list[str]:
        self.entered.set()
        while not self.release.is_set():
            try:
                await self.release.wait()
            except asyncio.CancelledError:
                if not self.even_when_cancelled:
                    raise
        return []


@pytest.mark.parametrize("even_when_cancelled", [False, True], ids=["hangs", "ignores-cancellation"])
async def test_a_sweep_that_never_returns_does_not_hold_the_shutdown(
    store: Store, tmp_path: Path, even_when_cancelled: bool
) -> None:
    hanging = HangingSweeps(store, even_when_cancelled=even_when_cancelled)
    settings = Settings(data_dir=tmp_path, cache_max_entries=1, cache_evict_interval_s=0)
    evictor = Evictor(cast(ExtractionStore, hanging), MemoryLayer(1 << 20), settings, Metrics())
    evictor.close_s = 0.5
    evictor.after_write()
    try:
        await asyncio.wait_for(hanging.entered.wait(), ENDS_WITHIN_S)
        # Before: aclose() awaited the sweep, uncancelled and unbounded.
        assert await _ends(evictor.aclose), "shutdown waited on the sweep"
    finally:
        hanging.release.set()
        await asyncio.sleep(0.01)


# ---------------------------------------------------------------------- the job runner


class Instant:
    """A backend that extracts nothing, at once."""

    name = "instant"

    def info(self) -> ExtractorInfo:
        return ExtractorInfo(backend="rules", model=None, version="test", prompt_version=None)

    def fingerprint(self) -> dict[str, Any]:
        return {"name": self.name}

    async def extract(self, doc: Document) -> BackendResult:
        return BackendResult(draft=ExtractionDraft(), usage=Usage())

    async def aclose(self) -> None:
        return None


class StuckFinishes:
    """The real store, whose ``finish_item`` hangs and ignores its cancellation until ``release``.

    An item's own store call on a database gone silent: psycopg answers a cancelled
    query by asking the server to cancel it and waiting for that (seconds), a
    connection attempt by ``connect_timeout`` (130 s by default), and a cancellation
    that lands as the pool hands over a connection is lost outright (psycopg#1345).
    """

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.entered = asyncio.Event()
        self.release = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def finish_item(self, *args: Any, **kwargs: Any) -> Any:
        self.entered.set()
        while not self.release.is_set():
            with contextlib.suppress(asyncio.CancelledError):
                await self.release.wait()
        return await self.inner.finish_item(*args, **kwargs)


@pytest.mark.parametrize("kind", KINDS)
async def test_the_job_runner_stops_within_its_bound_when_an_item_ignores_cancellation(
    request: pytest.FixtureRequest, tmp_path: Path, kind: str
) -> None:
    settings = settings_for(kind, request, tmp_path, shutdown_timeout_s=0.5, job_lease_s=3.0)
    store = await open_store(settings)
    stuck = StuckFinishes(store)
    metrics = Metrics()
    cache = ExtractionCache(store, Instant(), settings, metrics, AdmissionLimiter(4, 5.0))
    runner = JobRunner(cast(JobQueue, stuck), cache, settings, metrics, describe_error=str)
    try:
        job = await runner.submit([NewJobItem(request='{"text": "The council met on Monday."}')])
        await runner.start()
        await asyncio.wait_for(stuck.entered.wait(), ENDS_WITHIN_S)
        # Before: stop() waited for the item for ever.
        assert await _ends(runner.stop), "stop() waited on an item that ignores its cancellation"
        # Its item was handed back all the same: another process claims it at once.
        claimed = await store.claim_items("other", 30.0, 10, time.time())
        assert [(c.job_id, c.index) for c in claimed] == [(job, 0)]
    finally:
        stuck.release.set()
        await asyncio.sleep(0.05)
        await cache.aclose()
        await store.close()


# ---------------------------------------------------------------------- the PostgreSQL listener


class FreezableProxy:
    """A TCP proxy to the test server whose connections can be frozen: open, and silent for ever.

    That is a connection whose peer vanished without a word (a host gone, a route
    dropped): no error ever arrives on it. Connections opened after ``freeze()`` work.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self.frozen = asyncio.Event()
        self._pipes: list[asyncio.Task[None]] = []
        self._writers: list[asyncio.StreamWriter] = []
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    def freeze(self) -> None:
        """Freeze every connection open now."""
        for pipe in self._pipes:
            pipe.cancel()
        self._pipes.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.port)
        self._writers += [writer, up_writer]

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            with contextlib.suppress(ConnectionError):
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()

        self._pipes += [
            asyncio.create_task(pipe(reader, up_writer)),
            asyncio.create_task(pipe(up_reader, writer)),
        ]

    async def close(self) -> None:
        self.freeze()
        for writer in self._writers:
            writer.close()
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()


async def test_the_listener_replaces_a_connection_that_went_silent(postgres_url: str) -> None:
    """Before: ``notifies()`` waited on the dead connection for ever; no job was announced again."""
    from service.serving.store.postgres import PostgresStore

    info = psycopg.conninfo.conninfo_to_dict(postgres_url)
    proxy = FreezableProxy(int(str(info["port"])))
    port = await proxy.start()
    via_proxy = psycopg.conninfo.make_conninfo(postgres_url, port=port)
    store = await PostgresStore.open(via_proxy, min_size=0, listen_check_s=0.3)
    try:
        await asyncio.wait_for(store._work.wait(), ENDS_WITHIN_S)  # listening
        proxy.freeze()
        await asyncio.sleep(0.5)  # the listener is now waiting on its frozen connection
        async with await psycopg.AsyncConnection.connect(postgres_url, autocommit=True) as direct:
            woken = 0
            deadline = time.monotonic() + 60
            # A reconnect wakes the store once by itself; three wakes in a row are notifications heard.
            while woken < 3 and time.monotonic() < deadline:
                store._work.clear()
                await direct.execute("NOTIFY newsfacts_work")
                try:
                    await asyncio.wait_for(store._work.wait(), 1.0)
                    woken += 1
                except TimeoutError:
                    woken = 0
        assert woken == 3, "new work is no longer announced: the listener waits on a dead connection"
        assert store.listen_connects >= 2
    finally:
        assert await _ends(store.close), "closing the store waited on its listener"
        await proxy.close()


async def test_a_store_call_on_a_database_gone_silent_fails_instead_of_waiting_for_ever(
    postgres_url: str,
) -> None:
    """Before: the pool's checkout was bounded, the query on the connection it gave was not."""
    from service.errors import StoreUnavailableError
    from service.serving.store.postgres import PostgresStore

    info = psycopg.conninfo.conninfo_to_dict(postgres_url)
    proxy = FreezableProxy(int(str(info["port"])))
    port = await proxy.start()
    via_proxy = psycopg.conninfo.make_conninfo(postgres_url, port=port)
    store = await PostgresStore.open(via_proxy, min_size=1, max_size=1, call_timeout_s=1.0)
    try:
        assert await store.get_extraction("a" * 32) is None
        proxy.freeze()  # the pooled connection (and the listener's) now hears nothing

        async def call() -> None:
            with pytest.raises(StoreUnavailableError, match="did not answer within 1 s"):
                await store.get_extraction("a" * 32)

        # psycopg answers the timeout by asking the server to cancel the query (up to ~10 s).
        assert await _ends(call), "a store call waited on a silent database for ever"
    finally:
        assert await _ends(store.close), "closing the store waited on a silent database"
        await proxy.close()


@pytest.mark.parametrize("kind", KINDS)
async def test_waiting_on_another_replicas_flight_ends_on_the_stop_flag(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """A request waiting for another process's extraction of its key stops when its process does.

    The other process holds the key under a long lease and never stores it; without the
    flag the wait would poll until that lease ran out, whatever the shutdown.
    """
    from schemas import ArticleRequest
    from service.errors import ShuttingDownError
    from service.pipeline.run import extraction_id, prepare
    from tests.api_fakes import FakeBackend

    settings = settings_for(kind, request, tmp_path, flight_lease_s=3600.0)
    store = await open_store(settings)
    try:
        backend = FakeBackend()
        cache = ExtractionCache(store, backend, settings, Metrics(), owner="stopping")
        article = ArticleRequest(text="The harbour board met on Monday and chose a new chair.")
        key = extraction_id(prepare(article), backend)
        assert await store.claim_flight(key, "the-other-replica", 3600.0, time.time())
        waiting = asyncio.create_task(cache.extract(article))
        await asyncio.sleep(0.2)  # it is polling the other's claim
        assert not waiting.done()
        cache.stop_extractions()
        assert await _ends(lambda: asyncio.wait({waiting}))
        with pytest.raises(ShuttingDownError):
            waiting.result()
        assert backend.calls == 0
        await cache.aclose()
    finally:
        await store.close()


@pytest.mark.parametrize("kind", KINDS)
async def test_waiting_for_the_provider_budget_ends_on_the_stop_flag(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """A request waiting for its share of the provider budget stops when its process does.

    The minute's only share is spent; without the flag the wait slept until it left the
    window (up to 60 s), then sent the request, whatever the shutdown. With it the
    extraction ends within a poll, as the single flight's wait does (503 shutting down,
    not a 503 'cannot reach the LLM'), and nothing reaches the provider.
    """
    import httpx

    from schemas import ArticleRequest
    from service.errors import ShuttingDownError
    from service.serving.provider_budget import create_budgeted_backend
    from service.serving.store.base import BudgetSpend
    from tests import llm_fakes

    url = SecretStr(request.getfixturevalue("postgres_url")) if kind == "postgresql" else None
    settings = llm_fakes.settings(data_dir=tmp_path / "data", database_url=url, llm_rpm_limit=1)
    store = await open_store(settings)
    sent: list[httpx.Request] = []

    def provider(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=llm_fakes.completion(llm_fakes.EMPTY))

    backend, client = create_budgeted_backend(settings, store, network=httpx.MockTransport(provider))
    cache = ExtractionCache(store, backend, settings, Metrics(), owner="stopping")
    try:
        # Another replica spent this minute's only request a moment ago.
        assert await store.take_budget([BudgetSpend("rpm", 1, 1)], 60.0, time.time()) == 0
        waiting = asyncio.create_task(cache.extract(ArticleRequest(text=llm_fakes.ARTICLE)))
        await asyncio.sleep(0.5)  # it is waiting for the share to leave the window
        assert not waiting.done()
        cache.stop_extractions()
        started = time.monotonic()
        assert await _ends(lambda: asyncio.wait({waiting}), within_s=10), "the budget wait ignored the stop"
        assert time.monotonic() - started < 5.0
        with pytest.raises(ShuttingDownError):
            waiting.result()
        assert sent == []
    finally:
        await cache.aclose()
        await backend.aclose()
        if client is not None:
            await client.aclose()
        await store.close()


@pytest.mark.parametrize("kind", KINDS)
async def test_waiting_for_a_provider_slot_ends_on_the_stop_flag(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """A request waiting for a provider slot stops when its process does, as the budget's wait does.

    The process's only slot is held by a request the provider never answers; without the
    flag the second request waited for that slot until the first one's answer or its
    timeout, whatever the shutdown. With it the waiting extraction ends within a poll with
    503 shutting down, nothing more reaches the provider, and no slot is left taken.
    """
    import httpx

    from schemas import ArticleRequest
    from service.errors import ShuttingDownError
    from service.serving.provider_budget import create_budgeted_backend
    from tests import llm_fakes

    url = SecretStr(request.getfixturevalue("postgres_url")) if kind == "postgresql" else None
    settings = llm_fakes.settings(
        data_dir=tmp_path / "data", database_url=url, llm_concurrency=1, llm_timeout_s=600.0
    )
    store = await open_store(settings)
    arrived: list[httpx.Request] = []
    never = asyncio.Event()

    class Holding(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            arrived.append(request)
            await never.wait()  # the provider keeps the first request, and with it the only slot
            return httpx.Response(200, json=llm_fakes.completion(llm_fakes.EMPTY))

    backend, client = create_budgeted_backend(settings, store, network=Holding())
    cache = ExtractionCache(store, backend, settings, Metrics(), owner="stopping")
    at_provider = asyncio.create_task(cache.extract(ArticleRequest(text=llm_fakes.ARTICLE)))
    try:
        async with asyncio.timeout(ENDS_WITHIN_S):
            while not arrived:
                await asyncio.sleep(0.01)
        other = "The harbour board met on Monday and chose a new chair, its secretary said."
        waiting = asyncio.create_task(cache.extract(ArticleRequest(text=other)))
        await asyncio.sleep(0.5)  # it is waiting for the slot
        assert not waiting.done() and len(arrived) == 1
        cache.stop_extractions()
        started = time.monotonic()
        assert await _ends(lambda: asyncio.wait({waiting}), within_s=10), "the slot wait ignored the stop"
        assert time.monotonic() - started < 5.0
        with pytest.raises(ShuttingDownError):
            waiting.result()
        assert len(arrived) == 1
    finally:
        at_provider.cancel()
        await asyncio.gather(at_provider, return_exceptions=True)
        await cache.aclose()
        await backend.aclose()
        if client is not None:
            await client.aclose()
        await store.close()


@pytest.mark.parametrize("kind", KINDS)
async def test_an_item_ended_by_its_process_stopping_is_handed_back_not_failed(
    kind: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """``ShuttingDownError`` is the process's stop, not the article's failure.

    The stop flag ends an extraction under way (the provider budget's or the flight's wait,
    a CPU check) with it. ``stop()`` cancels items before the flag is set, but an item that
    outlived its cancellation (a lost one, psycopg#1345) met it, and was finished as failed
    for good with a 503 'shutting down' problem; no other process ever ran it. Now its item
    stays pending, and is handed back with the process's others.
    """
    from service.errors import ShuttingDownError
    from tests.api_fakes import FakeBackend

    settings = settings_for(kind, request, tmp_path, job_lease_s=30.0)
    store = await open_store(settings)
    # The extraction ends as the provider budget's wait does once its process is stopping.
    backend = FakeBackend(fail=lambda call: ShuttingDownError("this process is stopping"))
    cache = ExtractionCache(store, backend, settings, Metrics(), AdmissionLimiter(4, 5.0))
    runner = JobRunner(store, cache, settings, Metrics(), describe_error=str)
    try:
        job = await runner.submit([NewJobItem(request='{"text": "The council met on Monday."}')])
        cache.stop_extractions()
        await runner.start()
        async with asyncio.timeout(ENDS_WITHIN_S):
            while backend.calls == 0 or runner._running:
                await asyncio.sleep(0.01)
        record = await store.get_job(job)
        assert record is not None and (record.failed, record.succeeded) == (0, 0)
        await runner.stop()
        # Handed back at the stop: another process claims it at once.
        claimed = await store.claim_items("other", 30.0, 10, time.time())
        assert [(c.job_id, c.index) for c in claimed] == [(job, 0)]
    finally:
        await runner.stop()
        await cache.aclose()
        await store.close()
