"""Persistence: cached extractions, jobs and their items.

``Store`` is the small interface the service depends on, so a networked store
(PostgreSQL, Redis) can stand in for several hosts. ``SQLiteStore`` is the
embedded default: one file in WAL mode, safe with several worker processes
(SQLite's own file locking; every write is a short ``BEGIN IMMEDIATE``
transaction, waiting on ``busy_timeout`` instead of failing).

Every blocking sqlite call runs on a small thread pool with one connection per
thread, so the event loop never waits on disk and no lock of ours serialises
requests: reads run in parallel under WAL, writes queue inside SQLite.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, TypeVar

from service.errors import StoreUnavailableError

T = TypeVar("T")

ItemStatus = Literal["pending", "succeeded", "failed"]
JobStatus = Literal["pending", "running", "done"]


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


@dataclass(frozen=True)
class PendingItem:
    index: int
    request: str


@dataclass(frozen=True)
class ExtractionSummary:
    id: str
    size: int
    created_at: float


@dataclass(frozen=True)
class WebhookRecord:
    """A job's completion callback and how its delivery went."""

    job_id: str
    url: str
    attempts: int
    delivered_at: float | None
    next_attempt_at: float | None
    last_error: str | None


class Store(Protocol):
    """What the service needs from storage. Results are opaque JSON bytes."""

    async def ping(self) -> None: ...

    async def get_extraction(self, extraction_id: str) -> StoredExtraction | None: ...

    async def put_extraction(self, extraction_id: str, body: bytes, created_at: float) -> None: ...

    async def evict_extractions(self, *, max_age_s: float | None, max_entries: int | None) -> list[str]:
        """Delete entries older than ``max_age_s`` and the oldest past ``max_entries``; return their ids."""
        ...

    async def extraction_stats(self) -> ExtractionStats: ...

    async def create_job(self, job_id: str, items: Sequence[NewJobItem], now: float) -> None: ...

    async def get_job(self, job_id: str) -> JobRecord | None: ...

    async def job_items(self, job_id: str, offset: int, limit: int) -> list[JobItemRecord]: ...

    async def claim_jobs(self, owner: str, lease_s: float, limit: int, now: float) -> list[str]:
        """Take up to ``limit`` unfinished jobs nobody holds a live lease on."""
        ...

    async def renew_lease(self, job_id: str, owner: str, lease_s: float, now: float) -> bool: ...

    async def release_job(self, job_id: str, owner: str) -> None: ...

    async def pending_items(self, job_id: str) -> list[PendingItem]: ...

    async def finish_item(
        self,
        job_id: str,
        index: int,
        *,
        extraction_id: str | None,
        result: bytes | None,
        error: str | None,
        now: float,
    ) -> None: ...

    async def close(self) -> None: ...

    # Listing, deleting, cancelling, webhooks (issue 17): small methods, each one statement or two.

    async def list_extractions(self, offset: int, limit: int) -> tuple[list[ExtractionSummary], int]:
        """A page of stored extractions, newest first, and how many there are."""
        ...

    async def delete_extraction(self, extraction_id: str) -> bool: ...

    async def list_jobs(self, offset: int, limit: int) -> tuple[list[JobRecord], int]:
        """A page of jobs, newest first, and how many there are."""
        ...

    async def cancel_job(self, job_id: str, error: str, now: float) -> int | None:
        """Fail every pending item of the job with ``error`` (so the job is done); how many, None if no job."""
        ...

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


_SCHEMA = """
CREATE TABLE IF NOT EXISTS extractions (
    id TEXT PRIMARY KEY,
    body BLOB NOT NULL,
    size INTEGER NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS extractions_created_at ON extractions (created_at);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    total INTEGER NOT NULL,
    succeeded INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    owner TEXT,
    lease_until REAL
);
CREATE INDEX IF NOT EXISTS jobs_unfinished ON jobs (status, created_at);
CREATE TABLE IF NOT EXISTS job_items (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    status TEXT NOT NULL,
    request TEXT,
    extraction_id TEXT,
    result BLOB,
    error TEXT,
    PRIMARY KEY (job_id, idx)
);
CREATE INDEX IF NOT EXISTS jobs_created_at ON jobs (created_at);
CREATE TABLE IF NOT EXISTS job_webhooks (
    job_id TEXT PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    delivered_at REAL,
    next_attempt_at REAL,
    last_error TEXT
);
"""


# Failures of the storage itself (disk full, read-only, I/O error, locked past busy_timeout,
# not a database), not of the statement: these become StoreUnavailableError.
WRITE_FAILURE_HOLD_S = 30.0


def _is_storage_error(exc: sqlite3.DatabaseError) -> bool:
    return isinstance(exc, sqlite3.OperationalError) or type(exc) is sqlite3.DatabaseError


def _probe_write(conn: sqlite3.Connection) -> None:
    """One small real write: a read-only file or a full disk fails here."""
    conn.execute("CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, at REAL NOT NULL)")
    conn.execute("INSERT OR REPLACE INTO probe (id, at) VALUES (1, ?)", (time.time(),))


class SQLiteStore:
    """The embedded store: ``<data_dir>/newsfacts.sqlite3``."""

    def __init__(self, path: Path, *, threads: int = 4, busy_timeout_ms: int = 10_000) -> None:
        self.path = path
        self._busy_timeout_ms = busy_timeout_ms
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="newsfacts-sqlite")
        # SQLite has one writer at a time; writers of one process queue here
        # instead of meeting in SQLite's busy handler, which sleeps between tries.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsfacts-sqlite-writer")
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()  # guards the list only, never a query
        # When the last write failed, and why: /readyz fails for a while after (see ping).
        self._write_failed: tuple[float, StoreUnavailableError] | None = None
        # Schema, WAL and one write, up front, so an unusable path surfaces at startup, in one line.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connection()
            conn.executescript(_SCHEMA)
            _probe_write(conn)
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailableError(f"cannot use the store {path}: {exc}") from exc

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> SQLiteStore:
        return cls(data_dir / "newsfacts.sqlite3")

    # ------------------------------------------------------------------ plumbing

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            # Autocommit mode: transactions are explicit BEGIN IMMEDIATE blocks.
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable across application crashes in WAL mode; only an OS
            # crash can lose the last transactions, which a cache and resumable jobs tolerate.
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    def _unavailable(self, exc: sqlite3.DatabaseError, doing: str) -> StoreUnavailableError:
        # No path in what a client sees; the log has it (startup names it too).
        return StoreUnavailableError(f"the store cannot be {doing} ({exc}); retry later")

    async def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, lambda: fn(self._connection()))
        except sqlite3.DatabaseError as exc:
            if not _is_storage_error(exc):
                raise
            raise self._unavailable(exc, "read") from exc

    async def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` in one transaction on the writer thread."""

        def transaction() -> T:
            conn = self._connection()
            # IMMEDIATE takes the write lock at BEGIN, so writers of two processes
            # never deadlock upgrading from a read lock; the later one waits.
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (disk full) leaves the transaction open: end it, or every
                # later write on this connection fails too, even once there is room again.
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            return result

        loop = asyncio.get_running_loop()
        try:
            result = await loop.run_in_executor(self._writer, transaction)
        except sqlite3.DatabaseError as exc:
            if not _is_storage_error(exc):
                raise
            unavailable = self._unavailable(exc, "written")
            self._write_failed = (time.monotonic(), unavailable)
            raise unavailable from exc
        self._write_failed = None
        return result

    async def close(self) -> None:
        await asyncio.to_thread(self._executor.shutdown, wait=True)
        await asyncio.to_thread(self._writer.shutdown, wait=True)
        with self._connections_lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()

    async def ping(self) -> None:
        """The store answers and takes writes.

        A write that failed makes this fail for ``WRITE_FAILURE_HOLD_S`` after it (a probe
        write can succeed in space a full disk still has while real writes fail); then a
        probe write decides, so a store that has room again is ready again without traffic.
        """
        await self._run(lambda c: c.execute("SELECT 1").fetchone())
        failed = self._write_failed
        if failed is not None:
            if time.monotonic() - failed[0] < WRITE_FAILURE_HOLD_S:
                raise failed[1]
            await self._write(_probe_write)

    # ------------------------------------------------------------------ extractions

    async def get_extraction(self, extraction_id: str) -> StoredExtraction | None:
        def q(c: sqlite3.Connection) -> StoredExtraction | None:
            row = c.execute(
                "SELECT body, created_at FROM extractions WHERE id = ?", (extraction_id,)
            ).fetchone()
            return None if row is None else StoredExtraction(extraction_id, bytes(row[0]), row[1])

        return await self._run(q)

    async def put_extraction(self, extraction_id: str, body: bytes, created_at: float) -> None:
        def q(c: sqlite3.Connection) -> None:
            c.execute(
                "INSERT OR REPLACE INTO extractions (id, body, size, created_at) VALUES (?, ?, ?, ?)",
                (extraction_id, body, len(body), created_at),
            )

        await self._write(q)

    async def evict_extractions(self, *, max_age_s: float | None, max_entries: int | None) -> list[str]:
        cutoff = time.time() - max_age_s if max_age_s is not None else None

        def q(c: sqlite3.Connection) -> list[str]:
            removed: list[str] = []
            if cutoff is not None:
                rows = c.execute("DELETE FROM extractions WHERE created_at < ? RETURNING id", (cutoff,))
                removed += [r[0] for r in rows.fetchall()]
            if max_entries is not None:
                rows = c.execute(
                    "DELETE FROM extractions WHERE rowid IN ("
                    " SELECT rowid FROM extractions ORDER BY created_at DESC LIMIT -1 OFFSET ?) RETURNING id",
                    (max_entries,),
                )
                removed += [r[0] for r in rows.fetchall()]
            return removed

        return await self._write(q)

    async def extraction_stats(self) -> ExtractionStats:
        def q(c: sqlite3.Connection) -> ExtractionStats:
            n, size, oldest = c.execute(
                "SELECT COUNT(*), COALESCE(SUM(size), 0), MIN(created_at) FROM extractions"
            ).fetchone()
            return ExtractionStats(entries=n, bytes=size, oldest=oldest)

        return await self._run(q)

    # ------------------------------------------------------------------ jobs

    async def create_job(self, job_id: str, items: Sequence[NewJobItem], now: float) -> None:
        failed = sum(1 for item in items if item.error is not None)
        done = failed == len(items)

        def q(c: sqlite3.Connection) -> None:
            c.execute(
                "INSERT INTO jobs (id, status, created_at, updated_at, total, failed) VALUES (?, ?, ?, ?, ?, ?)",
                (job_id, "done" if done else "pending", now, now, len(items), failed),
            )
            c.executemany(
                "INSERT INTO job_items (job_id, idx, status, request, error) VALUES (?, ?, ?, ?, ?)",
                [
                    (job_id, i, "failed" if item.error is not None else "pending", item.request, item.error)
                    for i, item in enumerate(items)
                ],
            )

        await self._write(q)

    async def get_job(self, job_id: str) -> JobRecord | None:
        def q(c: sqlite3.Connection) -> JobRecord | None:
            row = c.execute(
                "SELECT id, status, created_at, updated_at, total, succeeded, failed FROM jobs WHERE id = ?",
                (job_id,),
            ).fetchone()
            return None if row is None else JobRecord(*row)

        return await self._run(q)

    async def job_items(self, job_id: str, offset: int, limit: int) -> list[JobItemRecord]:
        def q(c: sqlite3.Connection) -> list[JobItemRecord]:
            rows = c.execute(
                "SELECT idx, status, extraction_id, result, error FROM job_items"
                " WHERE job_id = ? AND idx >= ? ORDER BY idx LIMIT ?",
                (job_id, offset, limit),
            ).fetchall()
            return [
                JobItemRecord(idx, status, ext_id, None if result is None else bytes(result), error)
                for idx, status, ext_id, result, error in rows
            ]

        return await self._run(q)

    async def claim_jobs(self, owner: str, lease_s: float, limit: int, now: float) -> list[str]:
        def q(c: sqlite3.Connection) -> list[str]:
            rows = c.execute(
                "UPDATE jobs SET owner = ?, lease_until = ?, status = 'running' WHERE id IN ("
                " SELECT id FROM jobs WHERE status != 'done' AND (owner IS NULL OR lease_until < ?)"
                " ORDER BY created_at LIMIT ?) RETURNING id",
                (owner, now + lease_s, now, limit),
            ).fetchall()
            return [r[0] for r in rows]

        if limit <= 0:
            return []
        return await self._write(q)

    async def renew_lease(self, job_id: str, owner: str, lease_s: float, now: float) -> bool:
        def q(c: sqlite3.Connection) -> bool:
            cur = c.execute(
                "UPDATE jobs SET lease_until = ? WHERE id = ? AND owner = ? AND status != 'done'",
                (now + lease_s, job_id, owner),
            )
            return cur.rowcount == 1

        return await self._write(q)

    async def release_job(self, job_id: str, owner: str) -> None:
        def q(c: sqlite3.Connection) -> None:
            c.execute(
                "UPDATE jobs SET owner = NULL, lease_until = NULL,"
                " status = CASE WHEN status = 'done' THEN 'done' ELSE 'pending' END"
                " WHERE id = ? AND owner = ?",
                (job_id, owner),
            )

        await self._write(q)

    async def pending_items(self, job_id: str) -> list[PendingItem]:
        def q(c: sqlite3.Connection) -> list[PendingItem]:
            rows = c.execute(
                "SELECT idx, request FROM job_items WHERE job_id = ? AND status = 'pending' ORDER BY idx",
                (job_id,),
            ).fetchall()
            return [PendingItem(idx, request) for idx, request in rows]

        return await self._run(q)

    async def finish_item(
        self,
        job_id: str,
        index: int,
        *,
        extraction_id: str | None,
        result: bytes | None,
        error: str | None,
        now: float,
    ) -> None:
        ok = error is None

        def q(c: sqlite3.Connection) -> None:
            # Only a pending item counts: a second runner finishing the same item
            # (after a lease expired under it) must not count it twice.
            cur = c.execute(
                "UPDATE job_items SET status = ?, extraction_id = ?, result = ?, error = ?"
                " WHERE job_id = ? AND idx = ? AND status = 'pending'",
                ("succeeded" if ok else "failed", extraction_id, result, error, job_id, index),
            )
            if cur.rowcount != 1:
                return
            column = "succeeded" if ok else "failed"
            c.execute(
                f"UPDATE jobs SET {column} = {column} + 1, updated_at = ?,"
                " status = CASE WHEN succeeded + failed + 1 >= total THEN 'done' ELSE status END"
                " WHERE id = ?",
                (now, job_id),
            )

        await self._write(q)

    # ------------------------------------------------------------------ listing, deleting, cancelling, webhooks

    async def list_extractions(self, offset: int, limit: int) -> tuple[list[ExtractionSummary], int]:
        def q(c: sqlite3.Connection) -> tuple[list[ExtractionSummary], int]:
            rows = c.execute(
                "SELECT id, size, created_at FROM extractions ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
            total = c.execute("SELECT COUNT(*) FROM extractions").fetchone()[0]
            return [ExtractionSummary(*row) for row in rows], total

        return await self._run(q)

    async def delete_extraction(self, extraction_id: str) -> bool:
        def q(c: sqlite3.Connection) -> bool:
            return c.execute("DELETE FROM extractions WHERE id = ?", (extraction_id,)).rowcount == 1

        return await self._write(q)

    async def list_jobs(self, offset: int, limit: int) -> tuple[list[JobRecord], int]:
        def q(c: sqlite3.Connection) -> tuple[list[JobRecord], int]:
            rows = c.execute(
                "SELECT id, status, created_at, updated_at, total, succeeded, failed FROM jobs"
                " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
            total = c.execute("SELECT COUNT(*) FROM jobs").fetchone()[0]
            return [JobRecord(*row) for row in rows], total

        return await self._run(q)

    async def cancel_job(self, job_id: str, error: str, now: float) -> int | None:
        def q(c: sqlite3.Connection) -> int | None:
            if c.execute("SELECT 1 FROM jobs WHERE id = ?", (job_id,)).fetchone() is None:
                return None
            n = c.execute(
                "UPDATE job_items SET status = 'failed', error = ? WHERE job_id = ? AND status = 'pending'",
                (error, job_id),
            ).rowcount
            if n:
                # Done now: a runner holding it loses its lease at the next renewal and stops.
                c.execute(
                    "UPDATE jobs SET failed = failed + ?, updated_at = ?, status = 'done' WHERE id = ?",
                    (n, now, job_id),
                )
            return n

        return await self._write(q)

    async def set_webhook(self, job_id: str, url: str) -> None:
        def q(c: sqlite3.Connection) -> None:
            c.execute("INSERT OR REPLACE INTO job_webhooks (job_id, url) VALUES (?, ?)", (job_id, url))

        await self._write(q)

    async def get_webhook(self, job_id: str) -> WebhookRecord | None:
        def q(c: sqlite3.Connection) -> WebhookRecord | None:
            row = c.execute(
                "SELECT job_id, url, attempts, delivered_at, next_attempt_at, last_error"
                " FROM job_webhooks WHERE job_id = ?",
                (job_id,),
            ).fetchone()
            return None if row is None else WebhookRecord(*row)

        return await self._run(q)

    async def claim_webhooks(
        self, now: float, hold_s: float, max_attempts: int, limit: int
    ) -> list[WebhookRecord]:
        def q(c: sqlite3.Connection) -> list[WebhookRecord]:
            rows = c.execute(
                "UPDATE job_webhooks SET next_attempt_at = ? WHERE job_id IN ("
                " SELECT w.job_id FROM job_webhooks w JOIN jobs j ON j.id = w.job_id"
                " WHERE j.status = 'done' AND w.delivered_at IS NULL AND w.attempts < ?"
                " AND (w.next_attempt_at IS NULL OR w.next_attempt_at <= ?) LIMIT ?)"
                " RETURNING job_id, url, attempts, delivered_at, next_attempt_at, last_error",
                (now + hold_s, max_attempts, now, limit),
            ).fetchall()
            return [WebhookRecord(*row) for row in rows]

        return await self._write(q)

    async def webhook_attempted(
        self, job_id: str, *, delivered: bool, error: str | None, next_attempt_at: float | None, now: float
    ) -> None:
        def q(c: sqlite3.Connection) -> None:
            c.execute(
                "UPDATE job_webhooks SET attempts = attempts + 1, delivered_at = ?, next_attempt_at = ?,"
                " last_error = ? WHERE job_id = ?",
                (now if delivered else None, next_attempt_at, error, job_id),
            )

        await self._write(q)
