"""What the API, the cache and the job runner depend on: the two store protocols and their records.

``ExtractionStore`` is the cache's storage (plus the cross-process single flight and the shared
provider budget, which live wherever the cache does); ``JobQueue`` is the job queue. ``Store``
is both in one database (``factory.open_store``); ``sqlite`` and ``postgres`` implement it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

ItemStatus = Literal["pending", "succeeded", "failed"]
JobStatus = Literal["pending", "running", "done"]


class SchemaError(Exception):
    """The database's schema cannot be used by this code (newer, or not upgraded)."""


@dataclass(frozen=True)
class StoredExtraction:
    id: str
    body: bytes
    created_at: float


@dataclass(frozen=True)
class ExtractionStats:
    entries: int
    bytes: int
    oldest: float | None


@dataclass(frozen=True)
class NewJobItem:
    """An item as submitted: a valid request to run, or an error decided at submission."""

    request: str | None
    error: str | None = None


@dataclass(frozen=True)
class JobRecord:
    id: str
    status: JobStatus
    created_at: float
    updated_at: float
    total: int
    succeeded: int
    failed: int


@dataclass(frozen=True)
class JobItemRecord:
    index: int
    status: ItemStatus
    extraction_id: str | None
    result: bytes | None
    error: str | None


@dataclass(frozen=True, order=True)
class ClaimedItem:
    """An item a worker holds under a lease: which job, which position, what to extract."""

    job_id: str
    index: int
    request: str


@dataclass(frozen=True)
class ExtractionSummary:
    id: str
    size: int
    created_at: float


@dataclass(frozen=True)
class BudgetSpend:
    """One request's share of a shared limit: ``amount`` of ``name``, which allows ``limit`` per window."""

    name: str
    amount: int
    limit: int


def budget_wait(spent: Sequence[tuple[float, int]], spend: BudgetSpend, window_s: float, now: float) -> float:
    """Seconds until ``spend`` fits beside ``spent`` (``(at, amount)`` within the window); 0: it fits now.

    Sliding: what was spent in the last ``window_s`` seconds plus this must stay
    within the limit, so no ``window_s`` seconds, wherever they start, ever hold
    more. When it does not fit, the wait is until enough of the oldest spending
    has left the window. A spend larger than the whole limit goes alone, into an
    empty window (it could never fit otherwise).
    """
    used = sum(amount for _, amount in spent)
    if used == 0 or used + spend.amount <= spend.limit:
        return 0.0
    to_free = min(used + spend.amount - spend.limit, used)
    freed = 0
    for at, amount in sorted(spent):
        freed += amount
        if freed >= to_free:
            # Never 0 when refused: a caller that retries at once would spin.
            return max(at + window_s - now, 0.001)
    return window_s  # not reached: to_free <= used


@dataclass(frozen=True)
class WebhookRecord:
    """A job's completion callback and how its delivery went."""

    job_id: str
    url: str
    attempts: int
    delivered_at: float | None
    next_attempt_at: float | None
    last_error: str | None


# Told which extractions were deleted or evicted, by any process; None: some may have been missed.
ForgetCallback = Callable[[Sequence[str] | None], None]


@runtime_checkable
class ForgetNotices(Protocol):
    """A store shared by several processes that tells each one what another deleted or evicted.

    Each process keeps recent bodies in memory (``cache.memory``); without a notice, one
    deleted through another replica was still served from there (session 15).
    """

    def on_forget(self, callback: ForgetCallback) -> None: ...


class ExtractionStore(Protocol):
    """The cache's storage. Results are opaque JSON bytes."""

    async def ping(self) -> None: ...

    async def get_extraction(self, extraction_id: str) -> StoredExtraction | None: ...

    async def put_extraction(
        self, extraction_id: str, body: bytes, created_at: float, *, flight_owner: str | None = None
    ) -> None:
        """Store (or replace) a result; with ``flight_owner``, release that owner's flight on
        ``extraction_id`` in the same transaction (one statement on PostgreSQL): a process
        dying after its write leaves no flight held over a result waiters could take."""
        ...

    async def evict_extractions(self, *, max_age_s: float | None, max_entries: int | None) -> list[str]:
        """Delete entries older than ``max_age_s`` and the oldest past ``max_entries``; return their ids."""
        ...

    async def extraction_stats(self) -> ExtractionStats: ...

    async def list_extractions(self, offset: int, limit: int) -> tuple[list[ExtractionSummary], int]:
        """A page of stored extractions, newest first, and how many there are."""
        ...

    async def delete_extraction(self, extraction_id: str) -> bool: ...

    async def claim_flight(self, key: str, owner: str, lease_s: float, now: float) -> bool:
        """Become the one process extracting ``key``, unless another holds a live lease on it."""
        ...

    async def renew_flight(self, key: str, owner: str, lease_s: float, now: float) -> bool: ...

    async def release_flight(self, key: str, owner: str) -> None: ...

    async def take_budget(self, spends: Sequence[BudgetSpend], window_s: float, now: float) -> float:
        """Spend all of ``spends`` at ``now``, or none: each must fit its limit over any ``window_s`` seconds.

        Returns 0 when granted, else the seconds until they may fit (``budget_wait``),
        when to ask again. All or none, so a request waiting for tokens holds no
        request slot meanwhile.
        """
        ...

    async def restamp_budget(self, spends: Sequence[BudgetSpend], taken_at: float, sent_at: float) -> None:
        """Move ``spends``, granted at ``taken_at``, to ``sent_at``: when their request actually left.

        A request can wait between its grant and its sending (its process busy, its
        connection slow to open); the provider counts it when it arrives, so its share
        must stay in the window until 60 s after it was sent, not after it was granted.
        A share that already left the window is put back at ``sent_at``.
        """
        ...

    async def close(self) -> None: ...


class JobQueue(Protocol):
    """Persisted jobs whose items any number of workers, on any host, drain together.

    ``now`` is the caller's ``time.time()`` (or a moment read against it). A store shared by
    several hosts stamps and compares leases and job times on its own clock (PostgreSQL: the
    database's), so a host whose clock is wrong can neither take another's live item nor make
    its jobs look older (swept early, or first in every turn).
    """

    async def ping(self) -> None: ...

    async def create_job(
        self, job_id: str, items: Sequence[NewJobItem], now: float, *, webhook_url: str | None = None
    ) -> None:
        """The job, its items and its completion webhook, in one transaction: all of them or none.

        Written in two calls, a store failure between them left a job running without the
        callback its client asked for (answered 503, so a retry made a second job).
        """
        ...

    async def get_job(self, job_id: str) -> JobRecord | None: ...

    async def list_jobs(self, offset: int, limit: int) -> tuple[list[JobRecord], int]:
        """A page of jobs, newest first, and how many there are."""
        ...

    async def cancel_job(self, job_id: str, error: str, now: float) -> int | None:
        """Fail every pending item of the job with ``error`` (so the job is done); how many, None if no job.

        A worker holding one of them loses it at its next lease renewal and stops.
        """
        ...

    async def job_items(self, job_id: str, offset: int, limit: int) -> list[JobItemRecord]: ...

    async def sweep_jobs(self, finished_before: float, max_webhook_attempts: int, limit: int) -> list[str]:
        """Remove up to ``limit`` jobs done before ``finished_before`` (their last item's finish) with
        their items, webhook and owners; returns their ids.

        A job still running or pending is never removed, nor one whose webhook is still to be
        delivered (undelivered, fewer than ``max_webhook_attempts`` tries).
        """
        ...

    async def claim_items(
        self,
        owner: str,
        lease_s: float,
        limit: int,
        now: float,
        *,
        max_attempts: int | None = None,
        retried: bool | None = None,
    ) -> list[ClaimedItem]:
        """Take up to ``limit`` pending items nobody holds a live lease on, oldest job first.

        With ``max_attempts``, only items claimed fewer times than that (see ``fail_abandoned_items``).
        ``retried``: only items never claimed before (False), or only items whose earlier
        worker stopped holding them (True: suspects, to run alone); None, either.
        """
        ...

    async def count_retried_items(self, max_attempts: int, now: float) -> int:
        """Pending items, free to claim, whose earlier worker stopped holding them (under ``max_attempts``)."""
        ...

    async def fail_abandoned_items(self, max_attempts: int, error: str, now: float) -> list[tuple[str, int]]:
        """Fail with ``error`` the pending items claimed ``max_attempts`` times whose last lease ran out.

        Each claim counts an attempt and a finished item is never claimed again, so these
        are items whose every worker died (or lost the lease) on them: poison, not bad luck.
        Returns them, (job id, index).
        """
        ...

    async def renew_items(
        self, owner: str, lease_s: float, now: float, *, only: Collection[tuple[str, int]] | None = None
    ) -> set[tuple[str, int]]:
        """Extend the leases ``owner`` still holds; returns those items (others were lost or cancelled).

        ``only``: just these (the items it is still working on); the others' leases run out.
        """
        ...

    async def release_items(self, owner: str) -> None:
        """Hand back every unfinished item ``owner`` holds (a clean stop), so others take them at once.

        Their attempt is not counted: stopping is not the item's fault.
        """
        ...

    async def finish_item(
        self,
        job_id: str,
        index: int,
        *,
        extraction_id: str | None,
        result: bytes | None,
        error: str | None,
        now: float,
    ) -> bool:
        """Record an item's outcome once; ``False`` when it was already finished or cancelled.

        The job's owners (``OwnerRegistry``) become owners of the item's extraction in the same transaction.
        """
        ...

    async def wait_for_work(self, timeout_s: float) -> None:
        """Return when new work may be there (a job was created or items handed back), or at the timeout."""
        ...

    # Job-completion webhooks (issue 17): delivery state kept with the job.

    async def set_webhook(self, job_id: str, url: str) -> None: ...

    async def get_webhook(self, job_id: str) -> WebhookRecord | None: ...

    async def claim_webhooks(
        self, now: float, hold_s: float, max_attempts: int, limit: int
    ) -> list[WebhookRecord]:
        """Webhooks of finished jobs due for a delivery attempt; each is held for ``hold_s`` against other claimers."""
        ...

    async def webhook_attempted(
        self, job_id: str, *, delivered: bool, error: str | None, next_attempt_at: float | None, now: float
    ) -> None: ...

    async def close(self) -> None: ...


class OwnerRegistry(Protocol):
    """Who may read what (``service.serving.tenancy``): one row per (kind, id, tenant hash).

    Kept with the data it guards, so every replica on one database agrees: a job
    created through one replica is visible through any other to the same key.
    """

    async def add_owners(self, rows: Sequence[tuple[str, str, str, float]]) -> None:
        """Record ``(kind, id, tenant, at)`` rows; a row already there keeps its first time."""
        ...

    async def is_owner(self, kind: str, item_id: str, tenant: str) -> bool: ...

    async def owned_ids(self, kind: str, tenant: str, offset: int, limit: int) -> tuple[list[str], int]:
        """A page of the tenant's ids of ``kind``, newest first, and how many it has."""
        ...

    async def forget_owners(self, kind: str, item_id: str) -> None: ...


class Store(ExtractionStore, JobQueue, OwnerRegistry, Protocol):
    """Every interface in one database: what ``open_store`` returns."""

    async def schema_version(self) -> int: ...


def attempt_range(retried: bool | None, cap: int) -> tuple[int, int]:
    """The attempts an item claimed with ``retried`` may have so far: [floor, ceiling)."""
    if retried is None:
        return 0, cap
    return (1, cap) if retried else (0, min(1, cap))


def check_version(found: int, known: int, *, where: str) -> None:
    if found > known:
        raise SchemaError(
            f"{where} has schema version {found}, newer than this newsfacts knows ({known}): "
            "a newer release wrote it; run that release (or a newer one), not this one"
        )
