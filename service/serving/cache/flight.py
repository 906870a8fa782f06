"""Single flight: one extraction per key, shared by every request for it, in this process and across hosts.

In this process, concurrent requests for one key await one task (``Flights``);
a failure is handed to everyone waiting on it and not kept, so the next
request tries again. Across processes and hosts (``across_processes``), the
process that extracts a key first claims it in the store under a lease it
renews; the others wait for the stored result instead of calling the provider,
and claim the key themselves if the lease lapses (its process died) or is
released without a result (it failed).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from service.cancellation import cancel_and_wait
from service.errors import ShuttingDownError
from service.serving.store.base import ExtractionStore

# How often a process waiting on another's extraction looks for its result:
# from the first value, doubling up to the second.
_FLIGHT_POLL_S = (0.02, 0.5)


def process_owner() -> str:
    """This process's name in leases: host, pid and a nonce (pids repeat after a restart)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class Flights:
    """The extractions under way in this process, one task per key."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task[bytes]] = {}

    def __len__(self) -> int:
        return len(self._tasks)

    def join(
        self, key: str, start: Callable[[], Coroutine[Any, Any, bytes]]
    ) -> tuple[asyncio.Task[bytes], bool]:
        """The task extracting ``key``, started by ``start`` unless one is under way; True when started here."""
        task = self._tasks.get(key)
        if task is not None:
            return task, False
        task = asyncio.create_task(start())
        self._tasks[key] = task
        task.add_done_callback(lambda t: self._flight_done(key, t))
        return task, True

    def _flight_done(self, key: str, task: asyncio.Task[bytes]) -> None:
        if self._tasks.get(key) is task:
            del self._tasks[key]
        # Mark a failure as seen even when every waiter has gone, so asyncio
        # does not report it as never retrieved; nothing is stored for it.
        if not task.cancelled():
            task.exception()

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()


class Claim:
    """This process's claim on a key, for ``extract`` to say a write of its own ended it.

    Storing a result releases the flight in the same statement
    (``put_extraction(flight_owner=...)``); one more release after it would be a round
    trip that does nothing.
    """

    def __init__(self) -> None:
        self.released = False


async def across_processes(
    store: ExtractionStore,
    key: str,
    owner: str,
    lease_s: float,
    stored: Callable[[], Awaitable[bytes | None]],
    extract: Callable[[], Awaitable[bytes]],
    *,
    stopping: threading.Event | None = None,
    claim: Claim | None = None,
) -> bytes:
    """``extract()`` under the store's lease on ``key``, or what another process stored (``stored()``).

    Waiting on another process's extraction ends within a poll (at most half a second) once
    ``stopping`` is set, like every other background loop: on its flag, not on a
    cancellation alone, which a store call can swallow (see ``_renew``). The claim is
    released at the end unless ``extract`` marked ``claim`` released (its result's write did).
    """
    poll_s = _FLIGHT_POLL_S[0]
    while not await store.claim_flight(key, owner, lease_s, time.time()):
        # Another process is extracting this key: its result, once stored, is ours.
        if (body := await stored()) is not None:
            return body
        if stopping is not None and stopping.is_set():
            raise ShuttingDownError("this process is stopping; retry on another replica")
        await asyncio.sleep(poll_s)
        poll_s = min(poll_s * 2, _FLIGHT_POLL_S[1])
    done = asyncio.Event()
    renewal = asyncio.create_task(_renew(store, key, owner, lease_s, done))
    try:
        # Another process may have stored it between our cache miss and the
        # claim (its flight ended just before ours began): not paid twice.
        if (body := await stored()) is not None:
            return body
        return await extract()
    finally:
        done.set()
        await cancel_and_wait(renewal)
        # A stored result has released the flight already, in its own write
        # (``put_extraction(flight_owner=...)``): this ends one that failed or stored nothing.
        if claim is None or not claim.released:
            with contextlib.suppress(Exception):
                await store.release_flight(key, owner)


async def _renew(store: ExtractionStore, key: str, owner: str, lease_s: float, done: asyncio.Event) -> None:
    """Renew the claim every third of the lease until ``done`` is set.

    It ends on ``done``, not on its cancellation alone: a cancellation that lands
    just as a store call gets its pooled connection is lost (psycopg_pool waits
    for a connection with ``asyncio.wait_for``, which on Python 3.11 returns the
    connection and drops the cancellation). A renewal that stopped only when
    cancelled then renewed for ever, the flight's ``finally`` waited on it for
    ever, and its job item, never finished, kept its lease renewed too (issue 16).
    """
    while not done.is_set():
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(lease_s / 3):
                await done.wait()
        if done.is_set():
            return
        with contextlib.suppress(Exception):
            await store.renew_flight(key, owner, lease_s, time.time())
