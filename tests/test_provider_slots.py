"""Provider slots (``NEWSFACTS_LLM_CONCURRENCY``): the provider's concurrency, not the items', bounds a worker.

A slot is held only while a request is at the provider. A worker holding more
items than slots keeps every slot busy while its other items do the rest of
their work (here: a result write that does not return until the test lets it),
on the real stores; and never has more requests at the provider than slots.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.jobs import JobRunner
from service.serving.metrics import Metrics
from service.serving.provider_budget import create_budgeted_backend
from service.serving.provider_slots import ProviderSlots, SlotTransport
from service.serving.store.base import NewJobItem, Store
from service.serving.store.factory import open_store
from service.settings import Settings
from tests import llm_fakes

pytestmark = pytest.mark.anyio

# A hang guard only: every wait below ends within milliseconds when the code works.
HANG_S = 30.0


class Provider(httpx.AsyncBaseTransport):
    """A fake provider that keeps each request until the test answers it, and counts them."""

    def __init__(self) -> None:
        self.at_provider = 0
        self.peak = 0
        self.arrived = 0
        self._waiting: list[asyncio.Future[None]] = []
        self._changed = asyncio.Condition()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answered: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        async with self._changed:
            self.at_provider += 1
            self.arrived += 1
            self.peak = max(self.peak, self.at_provider)
            self._waiting.append(answered)
            self._changed.notify_all()
        try:
            await answered
        finally:
            async with self._changed:
                self.at_provider -= 1
                self._changed.notify_all()
        # A body still to be read, as from the network (an in-memory response comes read already).
        body = json.dumps(llm_fakes.completion(llm_fakes.EMPTY)).encode()
        return httpx.Response(200, headers={"content-type": "application/json"}, stream=_Unread(body))

    async def until(self, condition: Any) -> None:
        async with asyncio.timeout(HANG_S), self._changed:
            await self._changed.wait_for(lambda: condition(self))

    async def answer(self, n: int) -> None:
        async with self._changed:
            for answered in self._waiting[:n]:
                answered.set_result(None)
            del self._waiting[:n]


class _Unread(httpx.AsyncByteStream):
    def __init__(self, body: bytes) -> None:
        self.body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body


class SlowWrites:
    """The real store, with every job item's result write held until the test lets it through."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.gate = asyncio.Event()
        self.writing = 0
        self.changed = asyncio.Condition()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    async def finish_item(self, *args: Any, **kwargs: Any) -> bool:
        async with self.changed:
            self.writing += 1
            self.changed.notify_all()
        await self.gate.wait()
        return await self._store.finish_item(*args, **kwargs)

    async def until_writing(self, n: int) -> None:
        async with asyncio.timeout(HANG_S), self.changed:
            await self.changed.wait_for(lambda: self.writing >= n)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    url = SecretStr(request.getfixturevalue("postgres_url")) if request.param == "postgresql" else None
    return llm_fakes.settings(data_dir=tmp_path / "data", database_url=url)


@pytest.fixture
async def store(db_settings: Settings) -> AsyncIterator[Store]:
    opened = await open_store(db_settings)
    try:
        yield opened
    finally:
        await opened.close()


def articles(n: int) -> list[NewJobItem]:
    return [
        NewJobItem(request=json.dumps({"text": f"The council of town number {i} met on Friday to vote."}))
        for i in range(n)
    ]


@asynccontextmanager
async def running_worker(
    settings: Settings, store: Store
) -> AsyncIterator[tuple[Provider, SlowWrites, JobRunner]]:
    """A job runner on the real store whose result writes can be held, sending through the
    provider slots to a fake provider; everything stopped and closed on the way out."""
    provider = Provider()
    slow = SlowWrites(store)
    backend, client = create_budgeted_backend(settings, store, network=provider)
    cache = ExtractionCache(store, backend, settings, Metrics())
    runner = JobRunner(slow, cache, settings, Metrics(), repr)
    await runner.start()
    try:
        yield provider, slow, runner
    finally:
        slow.gate.set()
        await runner.stop()
        await cache.aclose()
        await backend.aclose()
        if client is not None:
            await client.aclose()


async def test_a_worker_keeps_its_provider_slots_busy_while_its_items_writes_are_slow(
    db_settings: Settings, store: Store
) -> None:
    settings = db_settings.model_copy(
        update={"llm_concurrency": 2, "job_concurrency": 1, "batch_concurrency": 4}
    )
    async with running_worker(settings, store) as (provider, slow, runner):
        job_id = await runner.submit(articles(6))
        await provider.until(lambda p: p.at_provider == 2)
        # Two items answered: their result writes now hang; two more were held, waiting for a slot.
        await provider.answer(2)
        await slow.until_writing(2)
        await provider.until(lambda p: p.at_provider == 2 and p.arrived == 4)
        assert slow.writing == 2 and not slow.gate.is_set()
        slow.gate.set()
        while provider.arrived < 6 or provider.at_provider:
            await provider.answer(2)
            await asyncio.sleep(0.01)
        for _ in range(int(HANG_S * 100)):
            record = await store.get_job(job_id)
            if record is not None and record.status == "done":
                break
            await asyncio.sleep(0.01)
        assert record is not None and (record.succeeded, record.failed) == (6, 0)
        # Never more at the provider than the slots allow, though the worker held 4 items.
        assert provider.peak == 2 and provider.arrived == 6


async def test_without_spare_items_the_slots_idle_while_writes_are_slow(
    db_settings: Settings, store: Store
) -> None:
    """The same worker holding only as many items as slots: the provider waits on the writes."""
    settings = db_settings.model_copy(
        update={"llm_concurrency": 2, "job_concurrency": 1, "batch_concurrency": 2}
    )
    async with running_worker(settings, store) as (provider, slow, runner):
        await runner.submit(articles(4))
        await provider.until(lambda p: p.at_provider == 2)
        await provider.answer(2)
        await slow.until_writing(2)
        # Both items are in their writes and no other is held: nothing new reaches the provider.
        assert provider.arrived == 2 and provider.at_provider == 0


# ---------------------------------------------------------------- the transport itself


async def test_a_slot_is_held_until_the_answer_is_read_and_given_back_on_failure() -> None:
    provider = Provider()
    slots = ProviderSlots(3)
    async with httpx.AsyncClient(transport=SlotTransport(slots, provider)) as client:
        posts = [asyncio.create_task(client.post("http://provider.test/v1/chat", json={})) for _ in range(7)]
        await provider.until(lambda p: p.at_provider == 3)
        assert slots.in_use == 3 and slots.waiting == 4
        await provider.answer(3)
        await provider.until(lambda p: p.arrived == 6 and p.at_provider == 3)
        await provider.answer(3)
        await provider.until(lambda p: p.arrived == 7)
        await provider.answer(1)
        answers = await asyncio.gather(*posts)
        assert [a.status_code for a in answers] == [200] * 7
        assert (slots.in_use, slots.peak, provider.peak) == (0, 3, 3)

        # A GET (the SDK's model listing, a probe) is not a provider call: no slot.
        async def get_ok(request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json={})

        bare = SlotTransport(slots, httpx.MockTransport(get_ok))
        async with httpx.AsyncClient(transport=bare) as other:
            await other.get("http://provider.test/v1/models")
        assert slots.peak == 3

    async def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    failing = ProviderSlots(1)
    async with httpx.AsyncClient(transport=SlotTransport(failing, httpx.MockTransport(refuse))) as client:
        for _ in range(3):  # one slot: a failure that kept it would hang the second
            with pytest.raises(httpx.ConnectError):
                await asyncio.wait_for(client.post("http://provider.test/v1/chat", json={}), HANG_S)
    assert failing.in_use == 0


async def test_a_streamed_answer_holds_its_slot_until_closed() -> None:
    async def streamed(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=_Unread(b"data: one\n\ndata: two\n\n"))

    slots = ProviderSlots(1)
    async with httpx.AsyncClient(transport=SlotTransport(slots, httpx.MockTransport(streamed))) as client:
        async with client.stream("POST", "http://provider.test/v1/chat", json={}) as response:
            assert slots.in_use == 1  # headers in, the answer still coming
            async for _ in response.aiter_lines():
                break
            assert slots.in_use == 1
        assert slots.in_use == 0  # closed unread: given back


async def test_a_slot_wait_given_up_at_the_stop_leaves_no_slot_taken() -> None:
    """The stop flag ends a wait for a slot, and the slot it was about to get goes to the next waiter."""
    import threading

    from service.errors import ShuttingDownError

    slots = ProviderSlots(1)
    await slots.acquire()
    stopping = threading.Event()
    first = asyncio.create_task(slots.acquire(stopping))
    await asyncio.sleep(0.05)
    second = asyncio.create_task(slots.acquire())
    await asyncio.sleep(0.05)
    assert slots.waiting == 2
    # The slot is handed to the first waiter and the flag set in one step: it must pass the slot on.
    slots.release()
    stopping.set()
    async with asyncio.timeout(HANG_S):
        with pytest.raises(ShuttingDownError):
            await first
        await second
    assert slots.in_use == 1 and slots.waiting == 0
    # and a stopping process takes no slot at all, even a free one
    slots.release()
    with pytest.raises(ShuttingDownError):
        await slots.acquire(stopping)
    assert slots.in_use == 0 and not slots._sem.locked()
