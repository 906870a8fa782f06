"""Provider slots: at most ``NEWSFACTS_LLM_CONCURRENCY`` requests at the provider at once, per process.

A provider account allows so many requests in flight; that, not the process's
items, is what bounds an LLM job's throughput. A slot is held only while a
request is at the provider: from just before its headers are sent until the
last byte of its answer is read (or the answer is closed unread). Everything
else an extraction does (preparing the article, looking up the cache, claiming
the flight, parsing and grounding the answer, writing the result and the job
item) happens outside any slot, so while one item does that work another
item's request keeps the slot busy. A process that runs jobs therefore holds
more items than it has slots (``docs/deployment.md``): the extra items wait at
the slots with their other work done.

It sits in the HTTP transport under the OpenAI SDK, like the budget
(``provider_budget``), so every request counts: chunks, re-asks and transport
retries included, and a retry's backoff holds no slot. Under the budget: a
request first waits for its share of the budget, then for a slot.

A wait for a slot ends like the budget's (``provider_budget``): within a poll
(``STOP_POLL_S``) of the extraction's owner stopping (``cpu_budget.stopping()``),
with ``ShuttingDownError``, and nothing is sent. Before, it waited for a slot
until a request at the provider gave one back (up to ``NEWSFACTS_LLM_TIMEOUT_S``
and its retries), whatever the shutdown. The waiter keeps its place in the
queue meanwhile: the semaphore's own acquire is waited on, not re-entered.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

from service.errors import ShuttingDownError
from service.pipeline import cpu_budget

# How often a wait for a slot looks at the stop flag (the budget's wait looks as often).
STOP_POLL_S = 0.5


class ProviderSlots:
    """``limit`` slots; ``in_use`` and ``peak`` are read by metrics and tests."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._sem = asyncio.Semaphore(limit)
        self.in_use = 0
        # The most slots ever held at once (a test's proof that the provider was kept busy).
        self.peak = 0

    async def acquire(self, stopping: threading.Event | None = None) -> None:
        """Wait for a slot; once ``stopping`` is set, ``ShuttingDownError`` within ``STOP_POLL_S``."""
        if stopping is not None and stopping.is_set():
            raise ShuttingDownError("this process is stopping; retry on another replica")
        if stopping is None or not self._sem.locked():
            await self._sem.acquire()
        else:
            await self._acquire_unless(stopping)
        self.in_use += 1
        self.peak = max(self.peak, self.in_use)

    async def _acquire_unless(self, stopping: threading.Event) -> None:
        """The semaphore's acquire, given up (and a slot it got handed back) once ``stopping`` is set."""
        taking = asyncio.ensure_future(self._sem.acquire())
        try:
            while not stopping.is_set():
                done, _ = await asyncio.wait({taking}, timeout=STOP_POLL_S)
                if done and not stopping.is_set():
                    taking.result()
                    return
        except BaseException:
            self._give_up(taking)
            raise
        self._give_up(taking)
        raise ShuttingDownError("this process is stopping; retry on another replica")

    def _give_up(self, taking: asyncio.Future[Any]) -> None:
        taking.cancel()
        # A slot granted between the last look and the cancellation goes back to the next waiter.
        taking.add_done_callback(self._hand_back)

    def _hand_back(self, taking: asyncio.Future[Any]) -> None:
        if not taking.cancelled() and taking.exception() is None:
            self._sem.release()

    def release(self) -> None:
        self.in_use -= 1
        self._sem.release()

    @property
    def waiting(self) -> int:
        """Requests waiting for a slot."""
        return len(self._sem._waiters or ())


class SlotTransport(httpx.AsyncBaseTransport):
    """An httpx transport that holds one of ``slots`` for each POST while it is at the provider."""

    def __init__(self, slots: ProviderSlots, inner: httpx.AsyncBaseTransport) -> None:
        self.slots = slots
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "POST":
            return await self.inner.handle_async_request(request)
        await self.slots.acquire(cpu_budget.stopping())
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.slots.release()

        try:
            response = await self.inner.handle_async_request(request)
        except BaseException:
            release()
            raise
        if response.is_closed:
            release()  # answered in full already (an in-memory response): nothing more to come
        else:
            # The answer is still coming: the slot is given back when it has all been read or closed.
            response.stream = _ReleasingStream(response.stream, release)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class _ReleasingStream(httpx.AsyncByteStream):
    def __init__(
        self, inner: httpx.AsyncByteStream | httpx.SyncByteStream, release: Callable[[], None]
    ) -> None:
        assert isinstance(inner, httpx.AsyncByteStream)
        self._inner = inner
        self._release = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._inner:
                yield part
        finally:
            # The last byte is in (or reading stopped): the provider is done with this request.
            self._release()

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._release()
