"""Persisted batch jobs that survive a restart and scale out over workers.

A job and its items live in the job queue (``service.serving.store.base.JobQueue``). Every
process that runs jobs (an API replica, unless told not to, or a ``newsfacts
worker``) claims pending items, from any job, under a lease it renews while it
works; on a clean stop it hands its items back so others take them at once,
and when a process dies its leases run out and any other process, on any
host, claims those items. A finished item (its result or its error) is written
with the item's status in one transaction and never redone. An item
interrupted mid-extraction stays pending and runs again (its extraction, if
it was already stored, comes from the cache).

Every claim counts an attempt. An item claimed ``job_item_max_attempts`` times
without finishing is poison (it kills or stalls whichever worker takes it):
it fails with a ``job-item-abandoned`` problem instead of running again. A
clean stop hands items back without counting. An attempt that runs past
``job_item_deadline_s`` (wall clock) is given up by its own process: its
lease is no longer renewed and its task is cancelled, so whatever hangs below
it (a lost wake-up, a provider that never answers) cannot hold the item for
ever; it is then retried, and failed at the cap, exactly like an item whose
worker died. An item whose worker died
holding it is a suspect, and runs alone on the worker that takes it next: when
a worker dies with 16 items in flight, the innocent 15 must not be counted
against the cap each time the one poison item kills another worker.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

import structlog

from schemas import ArticleRequest
from service.cancellation import cancel_and_wait, stop_within
from service.errors import JobItemAbandonedError, ShuttingDownError, StoreUnavailableError
from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.cache.flight import process_owner
from service.serving.metrics import Metrics
from service.serving.store.base import ClaimedItem, JobQueue, NewJobItem
from service.settings import Settings

log = structlog.get_logger("newsfacts.jobs")

# An item that met the store unavailable tries again after the first wait, doubling to the second.
_STORE_RETRY_S = (0.5, 5.0)

_T = TypeVar("_T")


class _HandedBack(Exception):
    """The process stopped while its item waited for the store: the item stays pending."""


# How an item's failure is written down (the API passes its problem+json renderer).
DescribeError = Callable[[BaseException], str]


class JobRunner:
    def __init__(
        self,
        queue: JobQueue,
        cache: ExtractionCache,
        settings: Settings,
        metrics: Metrics,
        describe_error: DescribeError,
        *,
        owner: str | None = None,
    ) -> None:
        self.queue = queue
        self.cache = cache
        self.settings = settings
        self.metrics = metrics
        self.describe_error = describe_error
        self.owner = owner or process_owner()
        # Items this process runs at once: as many as its jobs ran before items
        # were claimed one by one (jobs x items per job).
        self.capacity = settings.job_concurrency * settings.batch_concurrency
        self._wake = asyncio.Event()
        self._running: dict[tuple[str, int], asyncio.Task[None]] = {}
        # When each running item's attempt began (monotonic): its deadline counts from there.
        self._started: dict[tuple[str, int], float] = {}
        # Set by stop(): the supervisor ends on it even if a store call swallowed its cancellation.
        self._stopping = False
        self._supervisor: asyncio.Task[None] | None = None
        self._last_renewal = 0.0
        # A retried item (its earlier worker died holding it) runs alone: no other item beside it.
        self._alone: tuple[str, int] | None = None
        # Retried items are waiting: claim nothing new until ours are done, then take one alone.
        self._retried_waiting = False
        # Items whose outcome is being written: a renewal that no longer finds them pending is no loss.
        self._finishing: set[tuple[str, int]] = set()

    @property
    def running(self) -> bool:
        return self._supervisor is not None

    async def start(self) -> None:
        self._supervisor = asyncio.create_task(self._supervise(), name="newsfacts-jobs")

    async def submit(
        self, items: Sequence[NewJobItem], *, job_id: str | None = None, webhook_url: str | None = None
    ) -> str:
        job_id = job_id or uuid.uuid4().hex
        await self.queue.create_job(job_id, items, time.time(), webhook_url=webhook_url)
        self._wake.set()
        log.info("job_created", job_id=job_id, items=len(items))
        return job_id

    async def cancel(self, job_id: str, error: str) -> int | None:
        """Fail the job's pending items with ``error``; how many (None: no such job).

        Its items running in this process stop now; those in another process stop
        at that process's next lease renewal, which no longer returns them.
        """
        cancelled = await self.queue.cancel_job(job_id, error, time.time())
        if cancelled:
            for (running_job, _), task in list(self._running.items()):
                if running_job == job_id:
                    task.cancel()
        return cancelled

    async def stop(self) -> None:
        """Stop working and hand every lease back, so others (or the next start) resume at once."""
        self._stopping = True
        self._wake.set()  # the idle wait ends now, not at its timeout
        # Bounded: a task that lost its cancellation (psycopg#1345) or waits on a silent
        # peer is logged and left behind; its items are handed back all the same.
        bound_s = self.settings.shutdown_timeout_s
        await stop_within(bound_s, self._supervisor, what="job supervisor")
        self._supervisor = None
        await stop_within(bound_s, *self._running.values(), what="job items")
        self._running.clear()
        with contextlib.suppress(Exception):
            async with asyncio.timeout(bound_s):
                await self.queue.release_items(self.owner)

    # ------------------------------------------------------------------ supervision

    async def _supervise(self) -> None:
        lease_s = self.settings.job_lease_s
        poll_s = max(0.05, lease_s / 3)
        while not self._stopping:
            self._wake.clear()
            try:
                if time.monotonic() - self._last_renewal >= poll_s:
                    await self._renew_leases()
                    # At the renewals' pace: an item becomes abandoned or retried only when a lease runs out.
                    await self._fail_abandoned()
                    self._retried_waiting = self._alone is None and (
                        await self.queue.count_retried_items(self.settings.job_item_max_attempts, time.time())
                        > 0
                    )
                await self._claim()
            except asyncio.CancelledError:
                raise
            except Exception:
                # An unavailable store is retried on the next tick.
                log.exception("job_supervision_failed")
            await self._idle(poll_s)

    async def _idle(self, timeout_s: float) -> None:
        """Until new work is announced, one of ours finishes, or the next renewal is due."""
        announced = asyncio.create_task(self.queue.wait_for_work(timeout_s))
        local = asyncio.create_task(self._wake.wait())
        try:
            await asyncio.wait({announced, local}, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED)
        finally:
            await cancel_and_wait(announced, local)

    async def _claim(self) -> None:
        if self._alone is not None:
            return
        if self._retried_waiting:
            if self._running:
                return  # let ours finish, then take a suspect alone
            suspect = await self._claim_some(1, retried=True)
            if suspect:
                self._alone = (suspect[0].job_id, suspect[0].index)
                log.info("job_item_retried_alone", job_id=suspect[0].job_id, index=suspect[0].index)
                return
            self._retried_waiting = False
        free = self.capacity - len(self._running)
        if free <= 0:
            return
        claimed = await self._claim_some(free, retried=False)
        if len(claimed) == free:
            self._wake.set()  # there may be more: claim again when a slot frees

    async def _claim_some(self, limit: int, *, retried: bool) -> list[ClaimedItem]:
        claimed = await self.queue.claim_items(
            self.owner,
            self.settings.job_lease_s,
            limit,
            time.time(),
            max_attempts=self.settings.job_item_max_attempts,
            retried=retried,
        )
        for item in claimed:
            key = (item.job_id, item.index)
            if key in self._running:
                continue  # already ours (a renewal raced the claim)
            task = asyncio.create_task(
                self._run_item(item), name=f"newsfacts-item-{item.job_id}-{item.index}"
            )
            self._running[key] = task
            self._started[key] = time.monotonic()
            task.add_done_callback(lambda t, key=key: self._finished(key, t))  # type: ignore[misc]
        return claimed

    async def _fail_abandoned(self) -> None:
        attempts = self.settings.job_item_max_attempts
        error = self.describe_error(
            JobItemAbandonedError(
                f"this article was started {attempts} time(s) and its worker stopped during every attempt "
                "(the process died, lost its lease, or gave the attempt up past "
                f"NEWSFACTS_JOB_ITEM_DEADLINE_S={self.settings.job_item_deadline_s:g}); it is not run again "
                f"(NEWSFACTS_JOB_ITEM_MAX_ATTEMPTS={attempts})"
            )
        )
        for job_id, index in await self.queue.fail_abandoned_items(attempts, error, time.time()):
            self.metrics.jobs_items.labels("abandoned").inc()
            log.error("job_item_abandoned", job_id=job_id, index=index, attempts=attempts)

    async def _renew_leases(self) -> None:
        self._last_renewal = time.monotonic()
        self._give_up_overdue()
        if not self._running:
            return
        # Only items with a task at work: one whose task ended without finishing it (the
        # store failed as it was written) is left to lapse and be retried, not held forever.
        held = await self.queue.renew_items(
            self.owner, self.settings.job_lease_s, time.time(), only=list(self._running)
        )
        for key, task in list(self._running.items()):
            if key not in held and key not in self._finishing and not task.done():
                # Cancelled, or another process took it over (our lease ran out): stop duplicating.
                log.warning("job_item_lease_lost", job_id=key[0], index=key[1])
                task.cancel()

    def _give_up_overdue(self) -> None:
        """Stop holding the items whose attempt has run past its deadline.

        Their leases are no longer renewed (they lapse and the item is retried by the
        queue's rules) and their slots are freed now, even if a task never ends.
        """
        deadline_s = self.settings.job_item_deadline_s
        now = time.monotonic()
        for key, task in list(self._running.items()):
            if key in self._finishing or now - self._started.get(key, now) < deadline_s:
                continue
            log.error("job_item_deadline", job_id=key[0], index=key[1], deadline_s=deadline_s)
            del self._running[key]
            self._started.pop(key, None)
            if self._alone == key:
                self._alone = None
            task.cancel()

    def _finished(self, key: tuple[str, int], task: asyncio.Task[None]) -> None:
        if self._running.get(key) is task:
            del self._running[key]
            self._started.pop(key, None)
            if self._alone == key:
                self._alone = None
        if not task.cancelled() and task.exception() is not None:
            log.error("job_item_crashed", job_id=key[0], index=key[1], error=repr(task.exception()))
        self._wake.set()

    # ------------------------------------------------------------------ work

    async def _run_item(self, item: ClaimedItem) -> None:
        key = (item.job_id, item.index)
        extraction_id: str | None = None
        body: bytes | None = None
        error: str | None = None
        with structlog.contextvars.bound_contextvars(job_id=item.job_id, index=item.index):
            try:
                try:
                    article = ArticleRequest.model_validate_json(item.request)
                    # The database restarting or failing over under the item is not the article's
                    # failure: finished, the item failed for good with a 503 (session 15).
                    result = await self._through_store_outages(
                        lambda: self.cache.extract(article, wait_forever=True), "extract"
                    )
                    extraction_id, body = result.id, result.body
                except (asyncio.CancelledError, _HandedBack):
                    raise
                except ShuttingDownError:
                    # This process is stopping (its cache's stop flag ended the extraction: a budget or
                    # flight wait, a CPU check): not the article's failure. Left pending, the item is
                    # handed back with the process's others (``stop``) or its lease lapses; finished,
                    # it would have failed for good with a 503 no other process ever retried.
                    log.info("job_item_handed_back", reason="shutting down")
                    return
                except Exception as exc:
                    error = self.describe_error(exc)
                self.metrics.jobs_items.labels("failed" if error is not None else "succeeded").inc()
                self._finishing.add(key)
                try:
                    # The outcome is known: written once the store answers (a second write of an
                    # item already finished counts nothing).
                    await self._through_store_outages(
                        lambda: self.queue.finish_item(
                            item.job_id,
                            item.index,
                            extraction_id=extraction_id,
                            result=body,
                            error=error,
                            now=time.time(),
                        ),
                        "finish",
                    )
                finally:
                    self._finishing.discard(key)
            except _HandedBack:
                return

    async def _through_store_outages(self, call: Callable[[], Awaitable[_T]], doing: str) -> _T:
        """``call()``, tried again while the store is unavailable, under the lease the item holds (its
        deadline bounds it); ``_HandedBack`` when this process stops meanwhile."""
        wait_s = _STORE_RETRY_S[0]
        while True:
            try:
                return await call()
            except StoreUnavailableError as exc:
                if self._stopping:
                    # Left pending: ``stop`` hands it back, or its lease lapses.
                    log.info("job_item_handed_back", reason="shutting down", doing=doing)
                    raise _HandedBack from None
                log.warning("job_item_store_unavailable", doing=doing, error=str(exc), retry_in_s=wait_s)
                await asyncio.sleep(wait_s)
                wait_s = min(wait_s * 2, _STORE_RETRY_S[1])
