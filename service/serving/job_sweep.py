"""The retention of finished jobs (``NEWSFACTS_JOB_RETENTION_S``): a sweep in every process that holds a store.

Without a sweep, every job's items kept their request and a copy of their result for ever, and
one client could fill the database's disk (session 15). Session 16 swept from the job runner, so
a deployment whose every process had ``NEWSFACTS_RUN_JOBS=false`` and no ``newsfacts worker``
kept its jobs for ever (it runs none either, but it accepts them, and a job refused item by item
at submission is finished at once). So every process that holds the store sweeps, whether it
runs jobs or not: every ``newsfacts serve`` and every ``newsfacts worker``. On PostgreSQL one
process sweeps at a time (``sweep_jobs`` takes an advisory lock and skips when another holds
it); on SQLite the database's write lock orders them and a second finds nothing left.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

import structlog

from service.cancellation import stop_within
from service.serving.store.base import JobQueue
from service.settings import Settings

log = structlog.get_logger("newsfacts.jobs")

# At most one sweep this often (a quarter of the retention when that is shorter), this many jobs a
# transaction: a job holds up to 10,000 items. A full batch means more are due: swept again at once.
SWEEP_EVERY_S = 60.0
SWEEP_JOBS = 50


class JobSweeper:
    def __init__(self, queue: JobQueue, settings: Settings) -> None:
        self.queue = queue
        self.settings = settings
        # Sweeps completed (whether they removed anything): what a caller waits on to know one ran.
        self.sweeps = 0
        self._task: asyncio.Task[None] | None = None
        # Set by stop(): the loop ends on it even if a store call swallowed its cancellation.
        self._stopping = asyncio.Event()

    @property
    def interval_s(self) -> float:
        return min(SWEEP_EVERY_S, self.settings.job_retention_s / 4)

    def start(self) -> None:
        if self.settings.job_retention_s > 0:
            self._task = asyncio.create_task(self._loop(), name="newsfacts-job-sweep")

    async def sweep(self) -> list[str]:
        """One sweep of finished jobs past the retention; the ids removed."""
        swept = await self.queue.sweep_jobs(
            time.time() - self.settings.job_retention_s, self.settings.webhook_max_attempts, SWEEP_JOBS
        )
        self.sweeps += 1
        if swept:
            log.info("jobs_swept", jobs=len(swept), retention_s=self.settings.job_retention_s)
        return swept

    async def _loop(self) -> None:
        while not self._stopping.is_set():
            wait_s = self.interval_s
            try:
                if len(await self.sweep()) == SWEEP_JOBS:
                    wait_s = 0.0  # more are due
            except asyncio.CancelledError:
                raise
            except Exception:
                # An unavailable store is tried again at the next sweep.
                log.exception("job_sweep_failed")
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(wait_s):
                    await self._stopping.wait()

    async def stop(self) -> None:
        self._stopping.set()
        await stop_within(self.settings.shutdown_timeout_s, self._task, what="job sweep")
        self._task = None
