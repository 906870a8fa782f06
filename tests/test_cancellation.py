"""Background tasks stop when told to, and a caller's own cancellation is never swallowed."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest

from service.cancellation import cancel_and_wait
from service.serving.jobs import JobRunner
from service.serving.metrics import Metrics
from service.serving.store.base import ClaimedItem, JobQueue
from service.settings import Settings


class SlowToCancelQueue:
    """A queue with no work whose wake-up wait takes a while to wind down when cancelled.

    A real store's wait (a LISTEN connection, a thread) is not torn down at once; the
    runner is then waiting for it, and that is when ``stop()`` is most likely to land.
    """

    def __init__(self) -> None:
        self.winding_down = asyncio.Event()

    async def claim_items(self, owner: str, lease_s: float, limit: int, now: float) -> list[ClaimedItem]:
        return []

    async def renew_items(self, owner: str, lease_s: float, now: float) -> set[tuple[str, int]]:
        return set()

    async def release_items(self, owner: str) -> int:
        return 0

    async def wait_for_work(self, timeout_s: float) -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            self.winding_down.set()
            await asyncio.sleep(0.5)
            raise


@pytest.mark.anyio
async def test_stop_while_the_idle_wait_winds_down(settings: Settings) -> None:
    queue = SlowToCancelQueue()
    runner = JobRunner(
        cast(JobQueue, queue),
        cast(Any, None),  # no item is ever claimed: the cache is never used
        settings.model_copy(update={"job_lease_s": 0.15}),
        Metrics(),
        describe_error=str,
    )
    await runner.start()
    # The idle wait timed out (poll 0.05 s) and the runner is now waiting for the
    # cancelled store wait to wind down: stop exactly then.
    await asyncio.wait_for(queue.winding_down.wait(), 5)
    stopping = asyncio.create_task(runner.stop())
    # Not a timeout around stop(): a swallowed cancellation would swallow that one too.
    await asyncio.wait({stopping}, timeout=5)
    stopped = stopping.done()
    if not stopped:  # leave no task behind: cancel until it ends (it does, once a cancel lands elsewhere)
        supervisor = runner._supervisor
        for _ in range(100):
            if supervisor is None or supervisor.done():
                break
            supervisor.cancel()
            await asyncio.sleep(0.1)
        await asyncio.wait({stopping}, timeout=5)
    assert stopped, "stop() did not return: the runner swallowed its cancellation"
    assert not runner.running


async def _slow_to_cancel(started: asyncio.Event) -> None:
    try:
        started.set()
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        await asyncio.sleep(0.3)  # winding down, as a connection or a thread does
        raise


@pytest.mark.anyio
async def test_a_caller_cancelled_while_waiting_is_cancelled() -> None:
    started = asyncio.Event()
    child = asyncio.create_task(_slow_to_cancel(started))
    await started.wait()
    reached_the_end = False

    async def caller() -> None:
        nonlocal reached_the_end
        await cancel_and_wait(child)
        reached_the_end = True

    task = asyncio.create_task(caller())
    await asyncio.sleep(0.05)  # the caller is now waiting for the child to wind down
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=5)
    assert done and task.cancelled()
    assert not reached_the_end
    await asyncio.wait({child}, timeout=5)
    assert child.cancelled()


@pytest.mark.anyio
async def test_tasks_that_ended_any_way_are_waited_for() -> None:
    async def fails() -> None:
        raise ValueError("boom")

    async def returns() -> int:
        return 1

    failed, returned = asyncio.create_task(fails()), asyncio.create_task(returns())
    await asyncio.sleep(0)
    await cancel_and_wait(failed, returned, None)  # no exception of theirs escapes
    assert failed.done() and returned.done()
