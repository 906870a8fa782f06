"""``newsfacts worker``: runs queued job items without serving HTTP.

Start any number, on any host whose ``NEWSFACTS_DATABASE_URL`` points at the
same PostgreSQL (or, on one host, sharing the SQLite data dir); they drain
the queue together with the API replicas that run jobs. SIGTERM or SIGINT
stops a worker cleanly: its unfinished items are handed back at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable

import structlog

from service.cache import AdmissionLimiter, ExtractionCache
from service.jobs import JobRunner
from service.metrics import Metrics
from service.provider_budget import create_budgeted_backend
from service.settings import Settings
from service.store import open_store

log = structlog.get_logger("newsfacts.worker")


async def run_worker(settings: Settings, *, ready: Callable[[JobRunner], None] | None = None) -> None:
    """Run until SIGTERM/SIGINT."""
    # The API renders an item's failure as the problem it would have been on its own.
    from service.api.jobs import describe_error

    store = await open_store(settings)
    backend, budget_client = create_budgeted_backend(settings, store)
    metrics = Metrics()
    try:
        limiter = AdmissionLimiter(settings.max_inflight_extractions, settings.queue_timeout_s)
        cache = ExtractionCache(store, backend, settings, metrics, limiter)
        runner = JobRunner(store, cache, settings, metrics, describe_error)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await runner.start()
        log.info("worker_started", owner=runner.owner, backend=backend.name, store=type(store).__name__)
        if ready is not None:
            ready(runner)
        try:
            await stop.wait()
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
            await runner.stop()
            await cache.aclose()
            log.info("worker_stopped", owner=runner.owner)
    finally:
        with contextlib.suppress(Exception):
            await store.close()
        await backend.aclose()
        if budget_client is not None:
            await budget_client.aclose()
