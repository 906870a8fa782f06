"""Stopping background tasks without losing the caller's own cancellation.

``task.cancel(); with suppress(CancelledError): await task`` cannot tell the
task's CancelledError from one aimed at the caller while it waits: if the caller
is cancelled in that window (a shutdown, a client gone), its cancellation is
swallowed and it carries on. That is how the job runner once looped on after
``stop()`` and hung the shutdown. Here the tasks' own outcomes are collected as
results, so a CancelledError that escapes is the caller's, and it propagates.
"""

from __future__ import annotations

import asyncio
from typing import Any

import structlog

log = structlog.get_logger("newsfacts.shutdown")


async def cancel_and_wait(*tasks: asyncio.Future[Any] | None) -> None:
    """Cancel ``tasks`` and wait until each has ended, whatever it ended with."""
    pending = [t for t in tasks if t is not None]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)


async def stop_within(timeout_s: float, *tasks: asyncio.Task[Any] | None, what: str) -> list[str]:
    """Cancel ``tasks`` and wait for them at most ``timeout_s``; the names of those still running.

    A task that lost its cancellation (psycopg_pool drops one that lands as it hands
    over a connection, psycopg#1345) or waits on a peer that never answers would
    otherwise hold a shutdown for ever. Those still running are logged by name and
    left behind: the process is ending, and ending it matters more than their result.
    Like ``cancel_and_wait``, a cancellation of the caller itself propagates.
    """
    pending = [t for t in tasks if t is not None and not t.done()]
    for task in pending:
        task.cancel()
    if not pending:
        return []
    _, still = await asyncio.wait(pending, timeout=timeout_s)
    for task in pending:
        if task.done() and not task.cancelled():
            task.exception()  # retrieved: whatever it ended with is of no use at shutdown
    names = sorted(task.get_name() for task in still)
    if names:
        log.error("tasks_did_not_stop", what=what, tasks=names, waited_s=timeout_s)
    return names
