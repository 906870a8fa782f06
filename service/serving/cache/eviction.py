"""Eviction: entries past the configured age or count leave the store and this process's memory.

A sweep starts after a store write, at most once per ``cache_evict_interval_s``
and never while another runs, in the background: no request waits for it.
"""

from __future__ import annotations

import asyncio
import time

import structlog

from service.cancellation import stop_within
from service.serving.cache.memory import MemoryLayer
from service.serving.metrics import Metrics
from service.serving.store.base import ExtractionStore
from service.settings import Settings

log = structlog.get_logger("newsfacts.cache")

# At shutdown, how long a sweep under way gets before it is left behind.
CLOSE_S = 5.0


class Evictor:
    def __init__(
        self, store: ExtractionStore, memory: MemoryLayer, settings: Settings, metrics: Metrics
    ) -> None:
        self.store = store
        self.memory = memory
        self.settings = settings
        self.metrics = metrics
        self.evicted = 0
        self._last = 0.0
        self._sweep: asyncio.Task[int] | None = None
        self.close_s = CLOSE_S

    def after_write(self) -> None:
        """Start a sweep in the background if one is due."""
        s = self.settings
        if s.cache_max_age_s is None and s.cache_max_entries is None:
            return
        now = time.monotonic()
        if self._sweep is not None and not self._sweep.done():
            return
        if now - self._last < s.cache_evict_interval_s:
            return
        self._last = now
        self._sweep = asyncio.create_task(self.evict())

    async def evict(self) -> int:
        """Remove entries past the configured age or count, in the store and in memory."""
        s = self.settings
        removed = await self.store.evict_extractions(
            max_age_s=s.cache_max_age_s, max_entries=s.cache_max_entries
        )
        for key in removed:
            # Evicted means gone: this process's copy must not keep serving it.
            self.memory.discard(key)
        if removed:
            self.evicted += len(removed)
            self.metrics.cache_evictions.inc(len(removed))
            log.info("cache_evicted", removed=len(removed))
        return len(removed)

    async def wait(self) -> None:
        """Wait for a sweep under way (tests, shutdown)."""
        if self._sweep is not None:
            await asyncio.shield(self._sweep)

    async def aclose(self) -> None:
        # A sweep is one transaction: cancelled, it rolls back and the next process sweeps.
        # Bounded, so one stuck on a lock or a silent database does not hold the shutdown.
        await stop_within(self.close_s, self._sweep, what="cache eviction")
