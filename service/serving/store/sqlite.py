"""Persistence: cached extractions, jobs and their items, behind two interfaces.

``ExtractionStore`` is the cache's storage (plus the cross-process single
flight and the shared provider budget, which live wherever the cache does);
``JobQueue`` is the job queue. The API, the cache and the job runner depend on
these protocols only. ``open_store`` picks the implementation from the
settings: ``NEWSFACTS_DATABASE_URL=postgresql://...`` selects the PostgreSQL
store (``service/serving/store/postgres.py``), for several hosts; unset, ``SQLiteStore``, the
embedded default: one file in WAL mode, safe with several processes of one
host (SQLite's own file locking; every write is a short ``BEGIN IMMEDIATE``
transaction, waiting on ``busy_timeout`` instead of failing).

Every blocking sqlite call runs on a small thread pool with one connection per
thread, so the event loop never waits on disk and no lock of ours serialises
requests: reads run in parallel under WAL, writes queue inside SQLite.

Jobs are queued per item: a worker claims items under a lease it renews while
it works; an item whose lease ran out (its worker died) is claimed by another;
a finished item (its result or its error, written with its status in one
transaction) is never run again.

Schemas are versioned (``MIGRATIONS`` here, ``store_pg.MIGRATIONS``): opening a
store applies the missing steps, or refuses with ``SchemaError`` when the
database was written by a newer newsfacts than this one.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from service.errors import StoreUnavailableError
from service.serving.store.base import (
    BudgetSpend,
    ClaimedItem,
    ExtractionStats,
    ExtractionSummary,
    JobItemRecord,
    JobRecord,
    NewJobItem,
    SchemaError,
    StoredExtraction,
    WebhookRecord,
    attempt_range,
    budget_wait,
    check_version,
)

T = TypeVar("T")


# SQLite's schema, one step per version (PRAGMA user_version holds the last
# applied). Step 1 is the schema as it was before versions, hence IF NOT
# EXISTS: a database from then is adopted as version 1 and upgraded.
MIGRATIONS: list[str] = [
    """
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
    """,
    # 2: leases per item (jobs scale out over workers), the cross-process
    # single flight and the shared provider budget.
    """
    ALTER TABLE job_items ADD COLUMN owner TEXT;
    ALTER TABLE job_items ADD COLUMN lease_until REAL;
    ALTER TABLE job_items ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX job_items_pending ON job_items (job_id, idx) WHERE status = 'pending';
    CREATE INDEX job_items_owner ON job_items (owner) WHERE owner IS NOT NULL;
    CREATE TABLE flights (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        lease_until REAL NOT NULL
    );
    CREATE TABLE budget_usage (
        name TEXT NOT NULL,
        window_start REAL NOT NULL,
        used INTEGER NOT NULL,
        PRIMARY KEY (name, window_start)
    );
    """,
    # 3: the provider budget as a sliding window: every spend with its time
    # (calendar minutes let twice the limit through across a minute's boundary).
    """
    DROP TABLE budget_usage;
    CREATE TABLE budget_spent (
        name TEXT NOT NULL,
        at REAL NOT NULL,
        amount INTEGER NOT NULL
    );
    CREATE INDEX budget_spent_by_name ON budget_spent (name, at);
    """,
    # 4: per-key ownership (service.serving.tenancy) in the store, shared by every process
    # on it, instead of a file of its own beside it.
    """
    CREATE TABLE owners (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        tenant TEXT NOT NULL,
        at REAL NOT NULL,
        PRIMARY KEY (kind, id, tenant)
    );
    CREATE INDEX owners_by_tenant ON owners (tenant, kind, at);
    """,
    # 5: owners of extractions deleted or evicted before their owners went with them
    # (they outlived the extraction and would have owned whoever's copy came next).
    """
    DELETE FROM owners WHERE kind = 'extraction'
    AND NOT EXISTS (SELECT 1 FROM extractions e WHERE e.id = owners.id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


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

    def __init__(
        self, path: Path, *, threads: int = 4, busy_timeout_ms: int = 10_000, migrate: bool = True
    ) -> None:
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
        # Set when this process creates a job or hands items back; other
        # processes of the host find their work by polling (wait_for_work's timeout).
        self._work = asyncio.Event()
        # Schema (migrations), WAL and one write, up front, so an unusable path
        # surfaces at startup, in one line.
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connection()
            self._migrate(conn, apply=migrate)
            _probe_write(conn)
        except (OSError, sqlite3.Error) as exc:
            # SQLite says "unable to open database file" for a read-only file system: say why.
            why = (
                " (its directory is not writable)"
                if path.parent.is_dir() and not os.access(path.parent, os.W_OK)
                else ""
            )
            raise StoreUnavailableError(f"cannot use the store {path}: {exc}{why}") from exc

    @classmethod
    def in_data_dir(cls, data_dir: Path, *, migrate: bool = True) -> SQLiteStore:
        return cls(data_dir / "newsfacts.sqlite3", migrate=migrate)

    # ------------------------------------------------------------------ plumbing

    def _migrate(self, conn: sqlite3.Connection, *, apply: bool) -> None:
        where = f"the SQLite database {self.path}"
        # BEGIN IMMEDIATE: two processes starting together apply each step once.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            check_version(version, SCHEMA_VERSION, where=where)
            if version < SCHEMA_VERSION and not apply:
                raise SchemaError(
                    f"{where} has schema version {version}, this newsfacts needs {SCHEMA_VERSION}: "
                    "run `newsfacts db upgrade`"
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    async def schema_version(self) -> int:
        return int(await self._run(lambda c: c.execute("PRAGMA user_version").fetchone()[0]))

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

    async def _write(self, fn: Callable[[sqlite3.Connection], T], *, bookkeeping: bool = False) -> T:
        """Run ``fn`` in one transaction on the writer thread.

        ``bookkeeping`` writes (in-flight claims, budget counters) are a few bytes: one
        that succeeds on a full disk says nothing about results being storable, so it
        does not clear a failed write's hold on readiness.
        """

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
        if not bookkeeping:
            self._write_failed = None
        return result

    async def close(self) -> None:
        self._work.set()
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

    async def put_extraction(
        self, extraction_id: str, body: bytes, created_at: float, *, flight_owner: str | None = None
    ) -> None:
        def q(c: sqlite3.Connection) -> None:
            c.execute(
                "INSERT OR REPLACE INTO extractions (id, body, size, created_at) VALUES (?, ?, ?, ?)",
                (extraction_id, body, len(body), created_at),
            )
            if flight_owner is not None:
                # In the same transaction: the result and the end of its flight are seen together.
                c.execute("DELETE FROM flights WHERE id = ? AND owner = ?", (extraction_id, flight_owner))

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
            # Gone means gone for its keys too: a tenant's listing must not count it, and a
            # key that once owned it must not see the same id when someone else extracts it again.
            c.executemany("DELETE FROM owners WHERE kind = 'extraction' AND id = ?", [(k,) for k in removed])
            return removed

        return await self._write(q)

    async def extraction_stats(self) -> ExtractionStats:
        def q(c: sqlite3.Connection) -> ExtractionStats:
            n, size, oldest = c.execute(
                "SELECT COUNT(*), COALESCE(SUM(size), 0), MIN(created_at) FROM extractions"
            ).fetchone()
            return ExtractionStats(entries=n, bytes=size, oldest=oldest)

        return await self._run(q)

    # ------------------------------------------------------------------ single flight, budget

    async def claim_flight(self, key: str, owner: str, lease_s: float, now: float) -> bool:
        def q(c: sqlite3.Connection) -> bool:
            row = c.execute(
                "INSERT INTO flights (id, owner, lease_until) VALUES (?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until"
                " WHERE flights.lease_until < ? OR flights.owner = excluded.owner RETURNING id",
                (key, owner, now + lease_s, now),
            ).fetchone()
            return row is not None

        return await self._write(q, bookkeeping=True)

    async def renew_flight(self, key: str, owner: str, lease_s: float, now: float) -> bool:
        def q(c: sqlite3.Connection) -> bool:
            cur = c.execute(
                "UPDATE flights SET lease_until = ? WHERE id = ? AND owner = ?", (now + lease_s, key, owner)
            )
            return cur.rowcount == 1

        return await self._write(q, bookkeeping=True)

    async def release_flight(self, key: str, owner: str) -> None:
        await self._write(
            lambda c: c.execute("DELETE FROM flights WHERE id = ? AND owner = ?", (key, owner)),
            bookkeeping=True,
        )

    async def take_budget(self, spends: Sequence[BudgetSpend], window_s: float, now: float) -> float:
        names = sorted({spend.name for spend in spends})

        def q(c: sqlite3.Connection) -> float:
            # The write lock (BEGIN IMMEDIATE) serialises takers of every process of the host.
            marks = ",".join("?" * len(names))
            c.execute(
                f"DELETE FROM budget_spent WHERE name IN ({marks}) AND at <= ?", (*names, now - window_s)
            )
            rows = c.execute(
                f"SELECT name, at, amount FROM budget_spent WHERE name IN ({marks})", names
            ).fetchall()
            wait = max(
                (
                    budget_wait(
                        [(at, amount) for name, at, amount in rows if name == spend.name],
                        spend,
                        window_s,
                        now,
                    )
                    for spend in spends
                ),
                default=0.0,
            )
            if wait == 0:
                c.executemany(
                    "INSERT INTO budget_spent (name, at, amount) VALUES (?, ?, ?)",
                    [(spend.name, now, spend.amount) for spend in spends],
                )
            return wait

        if not spends:
            return 0.0
        return await self._write(q, bookkeeping=True)

    # ------------------------------------------------------------------ jobs

    async def restamp_budget(self, spends: Sequence[BudgetSpend], taken_at: float, sent_at: float) -> None:
        def q(c: sqlite3.Connection) -> None:
            for spend in spends:
                # Shares of equal name, time and amount are interchangeable: move any one of them.
                moved = c.execute(
                    "UPDATE budget_spent SET at = max(at, ?) WHERE rowid = ("
                    " SELECT rowid FROM budget_spent WHERE name = ? AND at = ? AND amount = ? LIMIT 1)",
                    (sent_at, spend.name, taken_at, spend.amount),
                ).rowcount
                if moved == 0:
                    c.execute(
                        "INSERT INTO budget_spent (name, at, amount) VALUES (?, ?, ?)",
                        (spend.name, sent_at, spend.amount),
                    )

        await self._write(q, bookkeeping=True)

    async def create_job(
        self, job_id: str, items: Sequence[NewJobItem], now: float, *, webhook_url: str | None = None
    ) -> None:
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
            if webhook_url is not None:
                c.execute("INSERT INTO job_webhooks (job_id, url) VALUES (?, ?)", (job_id, webhook_url))

        await self._write(q)
        self._work.set()

    _JOB_COLUMNS = "id, status, created_at, updated_at, total, succeeded, failed"

    async def get_job(self, job_id: str) -> JobRecord | None:
        def q(c: sqlite3.Connection) -> JobRecord | None:
            row = c.execute(f"SELECT {self._JOB_COLUMNS} FROM jobs WHERE id = ?", (job_id,)).fetchone()
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
        cap = max_attempts if max_attempts is not None else 2**62
        floor, ceiling = attempt_range(retried, cap)

        def q(c: sqlite3.Connection) -> list[ClaimedItem]:
            # The write lock (BEGIN IMMEDIATE) makes select-then-update atomic
            # across processes: SQLite's stand-in for SKIP LOCKED. Jobs take turns, as in
            # ``postgres.claim_items``: the job whose items finished least recently first.
            rows = c.execute(
                "UPDATE job_items SET owner = ?, lease_until = ?, attempts = attempts + 1"
                " WHERE rowid IN (SELECT i.rowid FROM job_items i JOIN jobs j ON j.id = i.job_id"
                "  WHERE i.status = 'pending' AND (i.lease_until IS NULL OR i.lease_until < ?)"
                "  AND i.attempts >= ? AND i.attempts < ?"
                "  AND j.status IN ('pending', 'running') ORDER BY j.updated_at, j.created_at, i.job_id, i.idx LIMIT ?)"
                " RETURNING job_id, idx, request",
                (owner, now + lease_s, now, floor, ceiling, limit),
            ).fetchall()
            jobs = {job_id for job_id, _, _ in rows}
            c.executemany(
                "UPDATE jobs SET status = 'running' WHERE id = ? AND status = 'pending'",
                [(job_id,) for job_id in jobs],
            )
            return sorted(ClaimedItem(job_id, idx, request) for job_id, idx, request in rows)

        if limit <= 0:
            return []
        return await self._write(q)

    async def count_retried_items(self, max_attempts: int, now: float) -> int:
        def q(c: sqlite3.Connection) -> int:
            row = c.execute(
                "SELECT COUNT(*) FROM job_items i JOIN jobs j ON j.id = i.job_id"
                " WHERE i.status = 'pending' AND (i.lease_until IS NULL OR i.lease_until < ?)"
                " AND i.attempts >= 1 AND i.attempts < ? AND j.status IN ('pending', 'running')",
                (now, max_attempts),
            ).fetchone()
            return int(row[0])

        return await self._run(q)

    async def fail_abandoned_items(self, max_attempts: int, error: str, now: float) -> list[tuple[str, int]]:
        def q(c: sqlite3.Connection) -> list[tuple[str, int]]:
            rows = c.execute(
                "UPDATE job_items SET status = 'failed', error = ?, owner = NULL, lease_until = NULL"
                " WHERE status = 'pending' AND attempts >= ? AND (lease_until IS NULL OR lease_until < ?)"
                " RETURNING job_id, idx",
                (error, max_attempts, now),
            ).fetchall()
            per_job: dict[str, int] = {}
            for job_id, _ in rows:
                per_job[job_id] = per_job.get(job_id, 0) + 1
            c.executemany(
                "UPDATE jobs SET failed = failed + ?, updated_at = ?,"
                " status = CASE WHEN succeeded + failed + ? >= total THEN 'done' ELSE status END"
                " WHERE id = ?",
                [(n, now, n, job_id) for job_id, n in per_job.items()],
            )
            return sorted((job_id, idx) for job_id, idx in rows)

        return await self._write(q)

    async def renew_items(
        self, owner: str, lease_s: float, now: float, *, only: Collection[tuple[str, int]] | None = None
    ) -> set[tuple[str, int]]:
        def q(c: sqlite3.Connection) -> set[tuple[str, int]]:
            sql = "UPDATE job_items SET lease_until = ? WHERE owner = ? AND status = 'pending'"
            if only is None:
                rows = c.execute(sql + " RETURNING job_id, idx", (now + lease_s, owner)).fetchall()
                return {(job_id, idx) for job_id, idx in rows}
            held: set[tuple[str, int]] = set()
            for job_id, idx in only:
                cur = c.execute(sql + " AND job_id = ? AND idx = ?", (now + lease_s, owner, job_id, idx))
                if cur.rowcount == 1:
                    held.add((job_id, idx))
            return held

        return await self._write(q)

    async def release_items(self, owner: str) -> None:
        await self._write(
            lambda c: c.execute(
                "UPDATE job_items SET owner = NULL, lease_until = NULL, attempts = max(attempts - 1, 0)"
                " WHERE owner = ? AND status = 'pending'",
                (owner,),
            )
        )
        self._work.set()

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
        ok = error is None

        def q(c: sqlite3.Connection) -> bool:
            # Only a pending item counts: a second runner finishing the same item
            # (after a lease expired under it) must not count it twice.
            cur = c.execute(
                "UPDATE job_items SET status = ?, extraction_id = ?, result = ?, error = ?,"
                " owner = NULL, lease_until = NULL"
                " WHERE job_id = ? AND idx = ? AND status = 'pending'",
                ("succeeded" if ok else "failed", extraction_id, result, error, job_id, index),
            )
            if cur.rowcount != 1:
                return False
            column = "succeeded" if ok else "failed"
            c.execute(
                f"UPDATE jobs SET {column} = {column} + 1, updated_at = ?,"
                " status = CASE WHEN succeeded + failed + 1 >= total THEN 'done' ELSE status END"
                " WHERE id = ?",
                (now, job_id),
            )
            if extraction_id is not None:
                # The job's keys own its results too (service.serving.tenancy), whoever ran the item.
                c.execute(
                    "INSERT OR IGNORE INTO owners (kind, id, tenant, at)"
                    " SELECT 'extraction', ?, tenant, ? FROM owners WHERE kind = 'job' AND id = ?",
                    (extraction_id, now, job_id),
                )
            return True

        return await self._write(q)

    async def wait_for_work(self, timeout_s: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout_s):
                await self._work.wait()
        self._work.clear()

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
            # Its owners in the same transaction (see evict_extractions).
            c.execute("DELETE FROM owners WHERE kind = 'extraction' AND id = ?", (extraction_id,))
            return c.execute("DELETE FROM extractions WHERE id = ?", (extraction_id,)).rowcount == 1

        return await self._write(q)

    async def list_jobs(self, offset: int, limit: int) -> tuple[list[JobRecord], int]:
        def q(c: sqlite3.Connection) -> tuple[list[JobRecord], int]:
            rows = c.execute(
                f"SELECT {self._JOB_COLUMNS} FROM jobs ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
            total = c.execute("SELECT COUNT(*) FROM jobs").fetchone()[0]
            return [JobRecord(*row) for row in rows], total

        return await self._run(q)

    async def sweep_jobs(self, finished_before: float, max_webhook_attempts: int, limit: int) -> list[str]:
        def q(c: sqlite3.Connection) -> list[str]:
            ids = [
                r[0]
                for r in c.execute(
                    "SELECT id FROM jobs j WHERE status = 'done' AND updated_at < ?"
                    " AND NOT EXISTS (SELECT 1 FROM job_webhooks w WHERE w.job_id = j.id"
                    " AND w.delivered_at IS NULL AND w.attempts < ?)"
                    " ORDER BY updated_at, id LIMIT ?",
                    (finished_before, max_webhook_attempts, limit),
                ).fetchall()
            ]
            for job_id in ids:
                # Items and webhook go with the job (ON DELETE CASCADE), its owners here.
                c.execute("DELETE FROM jobs WHERE id = ?", (job_id,))
                c.execute("DELETE FROM owners WHERE kind = 'job' AND id = ?", (job_id,))
            return ids

        return await self._write(q)

    async def cancel_job(self, job_id: str, error: str, now: float) -> int | None:
        # Items, then the job, as on PostgreSQL (its lock order); here the write lock (BEGIN
        # IMMEDIATE) already serialises a cancel and a finish, so neither can deadlock.
        def q(c: sqlite3.Connection) -> int | None:
            if c.execute("SELECT 1 FROM jobs WHERE id = ?", (job_id,)).fetchone() is None:
                return None
            n = c.execute(
                "UPDATE job_items SET status = 'failed', error = ?, owner = NULL, lease_until = NULL"
                " WHERE job_id = ? AND status = 'pending'",
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

    # ------------------------------------------------------------------ ownership

    async def add_owners(self, rows: Sequence[tuple[str, str, str, float]]) -> None:
        await self._write(
            lambda c: c.executemany(
                "INSERT OR IGNORE INTO owners (kind, id, tenant, at) VALUES (?, ?, ?, ?)", list(rows)
            ),
            bookkeeping=True,
        )

    async def is_owner(self, kind: str, item_id: str, tenant: str) -> bool:
        def q(c: sqlite3.Connection) -> bool:
            row = c.execute(
                "SELECT 1 FROM owners WHERE kind = ? AND id = ? AND tenant = ?", (kind, item_id, tenant)
            ).fetchone()
            return row is not None

        return await self._run(q)

    async def owned_ids(self, kind: str, tenant: str, offset: int, limit: int) -> tuple[list[str], int]:
        def q(c: sqlite3.Connection) -> tuple[list[str], int]:
            rows = c.execute(
                "SELECT id FROM owners WHERE tenant = ? AND kind = ? ORDER BY at DESC, id LIMIT ? OFFSET ?",
                (tenant, kind, limit, offset),
            ).fetchall()
            total = c.execute(
                "SELECT COUNT(*) FROM owners WHERE tenant = ? AND kind = ?", (tenant, kind)
            ).fetchone()[0]
            return [r[0] for r in rows], int(total)

        return await self._run(q)

    async def forget_owners(self, kind: str, item_id: str) -> None:
        await self._write(
            lambda c: c.execute("DELETE FROM owners WHERE kind = ? AND id = ?", (kind, item_id)),
            bookkeeping=True,
        )
