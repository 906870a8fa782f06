"""Admission control: a bounded number of extractions in flight; past it, callers wait up to a deadline."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from service.errors import OverloadedError


class AdmissionLimiter:
    """At most ``limit`` extractions at once; callers wait up to a deadline for a slot."""

    def __init__(self, limit: int, timeout_s: float, *, retry_after_s: float = 1.0) -> None:
        self.limit = limit
        self.timeout_s = timeout_s
        self.retry_after_s = retry_after_s
        self._sem = asyncio.Semaphore(limit)
        self.in_flight = 0

    @contextlib.asynccontextmanager
    async def slot(self, *, wait_forever: bool = False) -> AsyncIterator[None]:
        """Hold a slot; ``wait_forever`` is for background work that has no caller waiting."""
        if wait_forever or not self._sem.locked():
            await self._sem.acquire()
        else:
            try:
                async with asyncio.timeout(self.timeout_s):
                    await self._sem.acquire()
            except TimeoutError:
                raise OverloadedError(
                    f"more than {self.limit} extractions in flight for {self.timeout_s:g} s; retry later",
                    retry_after=self.retry_after_s,
                ) from None
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1
            self._sem.release()
