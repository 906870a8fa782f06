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


async def cancel_and_wait(*tasks: asyncio.Future[Any] | None) -> None:
    """Cancel ``tasks`` and wait until each has ended, whatever it ended with."""
    pending = [t for t in tasks if t is not None]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.gather(*pending, return_exceptions=True)
