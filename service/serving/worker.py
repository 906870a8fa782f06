"""``newsfacts worker``: runs queued job items without serving HTTP.

Start any number, on any host whose ``NEWSFACTS_DATABASE_URL`` points at the
same PostgreSQL (or, on one host, sharing the SQLite data dir); they drain
the queue together with the API replicas that run jobs. SIGTERM or SIGINT
stops a worker cleanly: its unfinished items are handed back at once.

With ``--metrics-port`` it serves its Prometheus metrics (the same families
as an API replica's ``/metrics``: job items, extractions, LLM calls and
tokens, cache) on a port of its own, since it serves no HTTP otherwise.
``newsfacts_process_info{replica, role="worker", store}`` names it; the
counters carry no per-process label, so a ``sum`` over every scraped replica
and worker is the whole deployment's figure.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable

import structlog
from prometheus_client import start_http_server

from service.errors import ConfigurationError
from service.pipeline import language
from service.serving.cache.admission import AdmissionLimiter
from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.job_sweep import JobSweeper
from service.serving.jobs import DescribeError, JobRunner
from service.serving.metrics import Metrics
from service.serving.provider_budget import create_budgeted_backend
from service.serving.store.factory import open_store
from service.settings import Settings

log = structlog.get_logger("newsfacts.worker")


async def run_worker(
    settings: Settings,
    describe_error: DescribeError,
    *,
    ready: Callable[[JobRunner], None] | None = None,
    metrics_at: tuple[str, int] | None = None,
) -> None:
    """Run until SIGTERM/SIGINT; with ``metrics_at`` (host, port), serve the metrics there.

    ``describe_error``: how a failed item is stored (the API's problem, handed in by the CLI).
    """
    store = await open_store(settings)
    backend, budget_client = create_budgeted_backend(settings, store)
    metrics = Metrics()
    try:
        limiter = AdmissionLimiter(settings.max_inflight_extractions, settings.queue_timeout_s)
        cache = ExtractionCache(store, backend, settings, metrics, limiter)
        runner = JobRunner(store, cache, settings, metrics, describe_error)
        sweeper = JobSweeper(store, settings)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        metrics.describe_process(runner.owner, "worker", type(store).__name__)
        server = None
        if metrics_at is not None:
            # A thread of prometheus_client's own: scrapes never wait on the event loop.
            try:
                server, _ = start_http_server(metrics_at[1], addr=metrics_at[0], registry=metrics.registry)
            except OSError as exc:
                raise ConfigurationError(
                    f"cannot serve metrics on {metrics_at[0]}:{metrics_at[1]}: {exc.strerror or exc}"
                ) from exc
            log.info("worker_metrics", url=f"http://{metrics_at[0]}:{server.server_port}/metrics")
        # The language model (about a second of CPU) loads now, not on the event loop under the
        # first items: that stalled every item a fresh worker had claimed, and their leases' renewal.
        await asyncio.to_thread(language.warm)
        await runner.start()
        sweeper.start()
        log.info(
            "worker_started",
            owner=runner.owner,
            backend=backend.name,
            store=type(store).__name__,
            language_model="loaded",
        )
        if ready is not None:
            ready(runner)
        try:
            await stop.wait()
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
            await runner.stop()
            await sweeper.stop()
            await cache.aclose()
            if server is not None:
                server.shutdown()
                server.server_close()
            log.info("worker_stopped", owner=runner.owner)
    finally:
        with contextlib.suppress(Exception):
            await store.close()
        await backend.aclose()
        if budget_client is not None:
            await budget_client.aclose()
