"""Persisted batch jobs that survive a restart and resume where they stopped.

A job and its items live in the store. A runner claims unfinished jobs under
a lease it renews while it works; on a clean stop it hands the lease back so
the next start resumes at once, and when a process dies its lease runs out
and any other process picks the job up. Only pending items are run again:
a finished item (its result or its error) is written with the item's status
in one transaction and never redone. An item interrupted mid-extraction
stays pending and runs again.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import socket
import time
import uuid
from collections.abc import Callable, Sequence

import structlog

from schemas import ArticleRequest
from service.cache import ExtractionCache
from service.metrics import Metrics
from service.settings import Settings
from service.store import NewJobItem, PendingItem, Store

log = structlog.get_logger("newsfacts.jobs")

# How an item's failure is written down (the API passes its problem+json renderer).
DescribeError = Callable[[BaseException], str]


class JobRunner:
    def __init__(
        self,
        store: Store,
        cache: ExtractionCache,
        settings: Settings,
        metrics: Metrics,
        describe_error: DescribeError,
    ) -> None:
        self.store = store
        self.cache = cache
        self.settings = settings
        self.metrics = metrics
        self.describe_error = describe_error
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._wake = asyncio.Event()
        self._running: dict[str, asyncio.Task[None]] = {}
        self._supervisor: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._supervisor = asyncio.create_task(self._supervise(), name="newsfacts-jobs")

    async def submit(self, items: Sequence[NewJobItem]) -> str:
        job_id = uuid.uuid4().hex
        await self.store.create_job(job_id, items, time.time())
        self._wake.set()
        log.info("job_created", job_id=job_id, items=len(items))
        return job_id

    async def cancel(self, job_id: str, error: str) -> int | None:
        """Fail the job's pending items with ``error``; how many (None: no such job).

        A run of it in this process stops now; one in another process stops at
        its next lease renewal, which fails because the job is done.
        """
        cancelled = await self.store.cancel_job(job_id, error, time.time())
        task = self._running.get(job_id)
        if cancelled and task is not None:
            task.cancel()
        return cancelled

    async def stop(self) -> None:
        """Stop working and hand every lease back, so the next start resumes at once."""
        if self._supervisor is not None:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
        tasks = list(self._running.items())
        for _, task in tasks:
            task.cancel()
        for job_id, task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
            with contextlib.suppress(Exception):
                await self.store.release_job(job_id, self.owner)
        self._running.clear()

    # ------------------------------------------------------------------ supervision

    async def _supervise(self) -> None:
        poll_s = max(0.05, self.settings.job_lease_s / 3)
        while True:
            self._wake.clear()
            try:
                await self._renew_leases()
                await self._claim()
            except asyncio.CancelledError:
                raise
            except Exception:
                # A locked or unavailable store is retried on the next tick.
                log.exception("job_supervision_failed")
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(poll_s):
                    await self._wake.wait()

    async def _claim(self) -> None:
        free = self.settings.job_concurrency - len(self._running)
        if free <= 0:
            return
        claimed = await self.store.claim_jobs(self.owner, self.settings.job_lease_s, free, time.time())
        for job_id in claimed:
            task = asyncio.create_task(self._run_job(job_id), name=f"newsfacts-job-{job_id}")
            self._running[job_id] = task
            task.add_done_callback(functools.partial(self._finished, job_id))

    async def _renew_leases(self) -> None:
        for job_id, task in list(self._running.items()):
            held = await self.store.renew_lease(job_id, self.owner, self.settings.job_lease_s, time.time())
            if not held:
                # Another process took it over (our lease ran out): stop duplicating its work.
                log.warning("job_lease_lost", job_id=job_id)
                task.cancel()

    def _finished(self, job_id: str, task: asyncio.Task[None]) -> None:
        self._running.pop(job_id, None)
        if not task.cancelled() and task.exception() is not None:
            log.error("job_failed", job_id=job_id, error=repr(task.exception()))
            return
        self._wake.set()

    # ------------------------------------------------------------------ work

    async def _run_job(self, job_id: str) -> None:
        with structlog.contextvars.bound_contextvars(job_id=job_id):
            pending = await self.store.pending_items(job_id)
            log.info("job_started", pending=len(pending))
            queue = iter(pending)

            async def worker() -> None:
                for item in queue:
                    await self._run_item(job_id, item)

            workers = min(self.settings.batch_concurrency, len(pending))
            async with asyncio.TaskGroup() as group:
                for _ in range(workers):
                    group.create_task(worker())
            await self.store.release_job(job_id, self.owner)
            log.info("job_finished")

    async def _run_item(self, job_id: str, item: PendingItem) -> None:
        try:
            article = ArticleRequest.model_validate_json(item.request)
            result = await self.cache.extract(article, wait_forever=True)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.metrics.jobs_items.labels("failed").inc()
            await self.store.finish_item(
                job_id,
                item.index,
                extraction_id=None,
                result=None,
                error=self.describe_error(exc),
                now=time.time(),
            )
            return
        self.metrics.jobs_items.labels("succeeded").inc()
        await self.store.finish_item(
            job_id, item.index, extraction_id=result.id, result=result.body, error=None, now=time.time()
        )
