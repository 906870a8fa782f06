"""The PostgreSQL store: the cache and the job queue shared by any number of hosts.

Selected by ``NEWSFACTS_DATABASE_URL=postgresql://...`` (``store.open_store``);
psycopg 3, async, with a connection pool per process (``psycopg_pool``). Every
method is one short transaction on a pooled connection.

Job items are claimed with ``SELECT ... FOR UPDATE SKIP LOCKED`` under a
lease: workers on any number of hosts claim disjoint items without waiting on
each other's row locks, and an item whose worker died is claimed again once
its lease has run out. Creating a job (or handing items back) sends
``NOTIFY newsfacts_work``; every process keeps one connection ``LISTEN``-ing,
so an idle worker wakes at once instead of polling (it still polls, at the
lease's pace, for leases that ran out, which nobody announces). Deleting or
evicting extractions sends ``NOTIFY newsfacts_forget`` with their ids on the
same connection: each process drops its memory copies of them, and all of its
copies when its listener reconnects (notices may have been missed meanwhile).

Leases (job items, flights, webhook holds) are stamped and compared with the
database's clock, never the host's: a host whose clock ran ahead by more than a
lease claimed other hosts' live items (session 15), so every replica needed a
synchronised clock. The ``now`` a caller passes is read against its own clock:
the moment used is the database's clock moved by ``now - time.time()`` (``_AT``,
``_shift``), which is 0 for a caller passing ``time.time()`` and lets the contract
tests play time as on SQLite. A job's times are stamped the same way (session 16 left
them on the host's clock): the job sweep compares its retention with them and claims take
turns by them, so a host whose clock ran behind made its jobs look finished long ago (swept
early) and idle longest (served first, every turn). The provider budget's window is on
the database's clock too, by another means (``clock_offset``): a share is found again by
the moment it was granted at (``restamp_budget``), so its stamp must follow from the
caller's ``now`` exactly, not from a clock read twice.

Lock order. Every transaction that locks rows of several tables locks them in
this order, and rows of one table in ascending key order: **job items** (by
job id, then index), then **jobs** (by id), then **owners**. Two transactions
taking the same rows in opposite orders deadlock, and PostgreSQL aborts one of
them with an error (a cancel that locked the job before its items did that
against a finishing item, which locks its item, then the job). Claims and the
abandoned-item sweep lock items with ``SKIP LOCKED``, so they never wait on an
item; a finish locks one item, then its job; a cancel locks the job's pending
items in index order, then the job; renewing and releasing a worker's items
lock them in key order. ``tests/test_store_contract.py`` races a
cancel against many finishes on a real server. Storing a result releases its
flight in the same statement (extractions, then flights): no other transaction
locks a flight together with anything else, so that pair adds no order to keep.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Collection, Sequence
from typing import Any

import psycopg
import structlog
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from service.cancellation import stop_within
from service.errors import StoreUnavailableError
from service.serving.store.base import (
    BudgetSpend,
    ClaimedItem,
    ExtractionStats,
    ExtractionSummary,
    ForgetCallback,
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

log = structlog.get_logger("newsfacts.store")

CHANNEL = "newsfacts_work"
# Ids of extractions deleted or evicted, comma-separated: every process drops its memory copies.
FORGET_CHANNEL = "newsfacts_forget"
# Ids per notice: 33 bytes each, under PostgreSQL's 8,000-byte payload limit.
_FORGET_IDS_PER_NOTICE = 200
# Any constant both sides agree on: serialises migrations of replicas starting together.
_MIGRATION_LOCK = 7_164_510_016
# One job sweep at a time across every process (two would delete the same rows, in any order).
_SWEEP_LOCK = 7_164_510_017
# The class of the per-limit budget locks (two-int advisory locks: a space apart from the one above).
_BUDGET_LOCK = 716_451

# The listener: how often it looks at its connection (a SELECT 1) and how long that,
# LISTEN and a connection attempt may take before the connection counts as dead.
LISTEN_CHECK_S = 5.0
_LISTEN_PING_TIMEOUT_S = 5.0
_CONNECT_TIMEOUT_S = 10
# TCP keepalives on every connection (libpq's): a peer gone without a word (a host lost,
# a NAT or firewall that dropped the route) is found in about a minute by the kernel,
# not after its default two hours, even on a connection idle in the pool.
KEEPALIVES: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}
# One store call at most, checkout included (every call is one short transaction).
CALL_TIMEOUT_S = 30.0
# At close, how long the listener and the pool's connections get to end.
_CLOSE_LISTENER_S = 5.0
_CLOSE_POOL_S = 5.0
# How long a call that found its connection closed waits for the pool's check of the others.
_CHECK_POOL_S = 5.0

# One step per version; newsfacts_schema holds the last applied.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE extractions (
        id text PRIMARY KEY,
        body bytea NOT NULL,
        size integer NOT NULL,
        created_at double precision NOT NULL
    );
    CREATE INDEX extractions_created_at ON extractions (created_at);
    CREATE TABLE jobs (
        id text PRIMARY KEY,
        status text NOT NULL,
        created_at double precision NOT NULL,
        updated_at double precision NOT NULL,
        total integer NOT NULL,
        succeeded integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0
    );
    CREATE INDEX jobs_created_at ON jobs (created_at);
    CREATE TABLE job_items (
        job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
        idx integer NOT NULL,
        status text NOT NULL,
        request text,
        extraction_id text,
        result bytea,
        error text,
        owner text,
        lease_until double precision,
        attempts integer NOT NULL DEFAULT 0,
        PRIMARY KEY (job_id, idx)
    );
    CREATE INDEX job_items_pending ON job_items (job_id, idx) WHERE status = 'pending';
    CREATE INDEX job_items_owner ON job_items (owner) WHERE owner IS NOT NULL;
    CREATE TABLE job_webhooks (
        job_id text PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
        url text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        delivered_at double precision,
        next_attempt_at double precision,
        last_error text
    );
    CREATE INDEX job_webhooks_due ON job_webhooks (next_attempt_at) WHERE delivered_at IS NULL;
    CREATE TABLE flights (
        id text PRIMARY KEY,
        owner text NOT NULL,
        lease_until double precision NOT NULL
    );
    CREATE TABLE budget_usage (
        name text NOT NULL,
        window_start double precision NOT NULL,
        used bigint NOT NULL,
        PRIMARY KEY (name, window_start)
    )
    """,
    # 2: the provider budget as a sliding window: every spend with its time
    # (calendar minutes let twice the limit through across a minute's boundary).
    """
    DROP TABLE budget_usage;
    CREATE TABLE budget_spent (
        name text NOT NULL,
        at double precision NOT NULL,
        amount bigint NOT NULL
    );
    CREATE INDEX budget_spent_by_name ON budget_spent (name, at)
    """,
    # 3: per-key ownership (service.serving.tenancy), shared by every replica on the database.
    """
    CREATE TABLE owners (
        kind text NOT NULL,
        id text NOT NULL,
        tenant text NOT NULL,
        at double precision NOT NULL,
        PRIMARY KEY (kind, id, tenant)
    );
    CREATE INDEX owners_by_tenant ON owners (tenant, kind, at)
    """,
    # 4: owners of extractions deleted or evicted before their owners went with them
    # (they outlived the extraction and would have owned whoever's copy came next).
    """
    DELETE FROM owners WHERE kind = 'extraction'
    AND NOT EXISTS (SELECT 1 FROM extractions e WHERE e.id = owners.id)
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

# The database's clock, in the epoch seconds every time column holds: the one clock all hosts share.
# The statement's start, not the transaction's: a transaction that waited on a lock reads it late.
DB_NOW = "extract(epoch from statement_timestamp())::double precision"
# A caller's moment on the database's clock; its parameter is ``_shift(now)``.
_AT = f"({DB_NOW} + %s)"


def _shift(now: float) -> float:
    """How far ``now`` lies from this host's clock (0 when the caller passed ``time.time()``)."""
    return now - time.time()


# A host whose clock is within this of the database's stamps budget shares with its own: a
# correction of a few milliseconds, read anew at every grant, would change a share's stamp
# between its grant and its restamp. A quarter second of a 60 s window is 0.4%.
CLOCK_AGREES_S = 0.25


def clock_offset(db_now: float, asked: float, answered: float, current: float) -> float:
    """How far the database's clock runs ahead of this host's: ``current`` or 0 while the reading
    agrees with it, else the reading's own.

    ``db_now`` is the database's clock at a statement this host sent at ``asked`` and saw
    answered at ``answered`` (its clock): with both clocks alike it lies between the two, however
    slow the round trip. Kept while it agrees, so a share's stamp (``now`` + offset) stays the
    one its restamp looks for; only a clock that jumps past ``CLOCK_AGREES_S`` moves it.
    """
    for offset in (current, 0.0):
        if asked + offset - CLOCK_AGREES_S <= db_now <= answered + offset + CLOCK_AGREES_S:
            return offset
    return db_now - (asked + answered) / 2


_JOB_COLUMNS = "id, status, created_at, updated_at, total, succeeded, failed"
_WEBHOOK_COLUMNS = "job_id, url, attempts, delivered_at, next_attempt_at, last_error"


def redacted_url(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        info = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the configured PostgreSQL database"
    return (
        f"PostgreSQL database {info.get('dbname', '?')} at {info.get('host', '?')}:{info.get('port', 5432)}"
    )


class PostgresStore:
    def __init__(
        self,
        url: str,
        pool: AsyncConnectionPool[Any],
        *,
        listen_check_s: float = LISTEN_CHECK_S,
        call_timeout_s: float = CALL_TIMEOUT_S,
    ) -> None:
        self._url = url
        self._pool = pool
        self._call_timeout_s = call_timeout_s
        # Writes of a whole job (up to NEWSFACTS_JOB_MAX_ITEMS rows) hold at most half the pool at
        # once: a client posting large jobs fast held every connection, and every other request
        # of the process waited the pool's timeout for one, then got a 503 (session 15).
        self._bulk_slots = max(1, pool.max_size // 2)
        self._bulk = asyncio.Semaphore(self._bulk_slots)
        self._work = asyncio.Event()
        self._listener: asyncio.Task[None] | None = None
        # Set by close(): the listener ends on it at its next wait, even if its cancellation was lost.
        self._closing = asyncio.Event()
        self._listen_check_s = listen_check_s
        # The pool's check after a connection was found closed (``_check_pool``), one at a time.
        self._checking: asyncio.Task[None] | None = None
        self._forget_callbacks: list[ForgetCallback] = []
        # How many times the listener (re)connected: a dead connection is replaced (tests read it).
        self.listen_connects = 0
        # How far the database's clock runs ahead of this host's (``clock_offset``): budget shares'
        # stamps are the caller's moment moved by it.
        self.budget_clock_offset = 0.0

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        min_size: int = 1,
        max_size: int = 10,
        migrate: bool = True,
        timeout_s: float = 10.0,
        listen_check_s: float = LISTEN_CHECK_S,
        call_timeout_s: float = CALL_TIMEOUT_S,
    ) -> PostgresStore:
        pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
            url,
            min_size=min_size,
            max_size=max(max_size, min_size, 1),
            open=False,
            timeout=timeout_s,
            # One round trip per statement: methods of several statements open a transaction themselves.
            kwargs={"autocommit": True, **KEEPALIVES},
        )
        await pool.open(wait=min_size > 0, timeout=timeout_s)
        store = cls(url, pool, listen_check_s=listen_check_s, call_timeout_s=call_timeout_s)
        try:
            await store._migrate(apply=migrate)
        except BaseException:
            await pool.close()
            raise
        store._listener = asyncio.create_task(store._listen(), name="newsfacts-pg-listen")
        return store

    async def _migrate(self, *, apply: bool) -> None:
        where = f"the {redacted_url(self._url)}"
        async with self._conn() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            await conn.execute("CREATE TABLE IF NOT EXISTS newsfacts_schema (version integer NOT NULL)")
            row = await (await conn.execute("SELECT max(version) FROM newsfacts_schema")).fetchone()
            version = int(row[0]) if row is not None and row[0] is not None else 0
            check_version(version, SCHEMA_VERSION, where=where)
            if version < SCHEMA_VERSION and not apply:
                raise SchemaError(
                    f"{where} has schema version {version}, this newsfacts needs {SCHEMA_VERSION}: "
                    "run `newsfacts db upgrade`"
                )
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        await conn.execute(statement)
                await conn.execute("DELETE FROM newsfacts_schema")
                await conn.execute("INSERT INTO newsfacts_schema (version) VALUES (%s)", (step + 1,))
                log.info("schema_migrated", version=step + 1)

    async def schema_version(self) -> int:
        async with self._conn() as conn:
            row = await (await conn.execute("SELECT max(version) FROM newsfacts_schema")).fetchone()
            return int(row[0]) if row is not None and row[0] is not None else 0

    async def _listen(self) -> None:
        """Keep one connection LISTEN-ing; any notification wakes ``wait_for_work``.

        Every wait here is bounded and followed by a look at ``_closing``, so the
        listener ends at ``close()`` even if its cancellation is lost, and a
        connection that went silent (a peer that died without a word, a dropped
        route: no error ever arrives, and ``notifies()`` would wait for ever) is
        found by a ``SELECT 1`` every ``listen_check_s`` and replaced.
        """
        backoff = 0.5
        while not self._closing.is_set():
            try:
                conn = await psycopg.AsyncConnection.connect(
                    self._url, autocommit=True, connect_timeout=_CONNECT_TIMEOUT_S, **KEEPALIVES
                )
                self.listen_connects += 1
                async with conn:
                    async with asyncio.timeout(_LISTEN_PING_TIMEOUT_S):
                        await conn.execute(f"LISTEN {CHANNEL}")
                        await conn.execute(f"LISTEN {FORGET_CHANNEL}")
                    backoff = 0.5
                    # Work may have arrived while no one listened, and deletions been missed.
                    self._work.set()
                    self._forget(None)
                    while not self._closing.is_set():
                        async for notice in conn.notifies(timeout=self._listen_check_s):
                            if notice.channel == FORGET_CHANNEL:
                                self._forget(notice.payload.split(","))
                            else:
                                self._work.set()
                        async with asyncio.timeout(_LISTEN_PING_TIMEOUT_S):
                            await conn.execute("SELECT 1")
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if self._closing.is_set():
                    return
                # Polling still finds the work meanwhile; only promptness is lost.
                log.warning("listen_failed", error=repr(exc), retry_in_s=backoff)
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(backoff):
                        await self._closing.wait()
                backoff = min(backoff * 2, 30.0)

    def on_forget(self, callback: ForgetCallback) -> None:
        self._forget_callbacks.append(callback)

    def _forget(self, ids: Sequence[str] | None) -> None:
        for callback in self._forget_callbacks:
            try:
                callback(ids)
            except Exception:
                log.exception("forget_callback_failed")

    @staticmethod
    async def _announce_forgotten(conn: psycopg.AsyncConnection[Any], ids: Sequence[str]) -> None:
        """Tell every process (this one too) to drop these ids' memory copies; delivered at commit."""
        for start in range(0, len(ids), _FORGET_IDS_PER_NOTICE):
            chunk = ",".join(ids[start : start + _FORGET_IDS_PER_NOTICE])
            await conn.execute("SELECT pg_notify(%s, %s)", (FORGET_CHANNEL, chunk))

    async def close(self) -> None:
        self._closing.set()
        await stop_within(_CLOSE_LISTENER_S, self._listener, what="postgres listener")
        self._work.set()
        await stop_within(_CHECK_POOL_S, self._checking, what="postgres pool check")
        await self._pool.close(timeout=_CLOSE_POOL_S)

    @contextlib.asynccontextmanager
    async def _conn(self) -> AsyncIterator[psycopg.AsyncConnection[Any]]:
        """A pooled connection; the database not answering becomes ``StoreUnavailableError`` (503).

        The whole call is bounded (``call_timeout_s``), not only the checkout: a database
        gone silent mid-query (a host lost, a route dropped) sends no error, and the
        query would wait for the kernel to give up on the connection (15 minutes and more).
        """
        lost = False
        try:
            async with asyncio.timeout(self._call_timeout_s):
                async with self._pool.connection() as conn:
                    try:
                        yield conn
                    except psycopg.OperationalError:
                        lost = conn.closed
                        raise
        except PoolTimeout as exc:
            # Every connection busy is not the database failing to answer: say which it was.
            raise StoreUnavailableError(
                f"no database connection of this process came free within {self._pool.timeout:g} s "
                f"(all {self._pool.max_size} busy, or the database does not answer); retry later"
            ) from exc
        except psycopg.OperationalError as exc:
            if lost:
                await self._check_pool()
            # No URL in what a client sees: it may hold a password.
            raise StoreUnavailableError(
                f"the database does not answer ({type(exc).__name__}); retry later"
            ) from exc
        except TimeoutError as exc:
            raise StoreUnavailableError(
                f"the database did not answer within {self._call_timeout_s:g} s; retry later"
            ) from exc

    @contextlib.asynccontextmanager
    async def _bulk_write(self, what: str) -> AsyncIterator[None]:
        """One of the pool's connections kept for large writes; a 503 past the pool's own timeout."""
        try:
            async with asyncio.timeout(self._pool.timeout):
                await self._bulk.acquire()
        except TimeoutError:
            raise StoreUnavailableError(
                f"{self._bulk_slots} writes of {what} were under way in this process for "
                f"{self._pool.timeout:g} s; retry later"
            ) from None
        try:
            yield
        finally:
            self._bulk.release()

    async def _check_pool(self) -> None:
        """The server closed a pooled connection: test the pool's idle ones now, once for all callers.

        A restart or a failover closes every connection at once, but the pool learns it one
        checkout at a time: each dead connection was handed to the next call, which failed
        with a 503 though the server was back (as many 503s as the pool held connections, on
        every process). ``pool.check()`` replaces the dead ones; the call that found the
        first still fails, since whether its statement ran cannot be known.
        """
        if self._checking is None or self._checking.done():
            self._checking = asyncio.create_task(self._pool.check(), name="newsfacts-pg-check")
        with contextlib.suppress(Exception):
            async with asyncio.timeout(_CHECK_POOL_S):
                await asyncio.shield(self._checking)

    async def ping(self) -> None:
        async with self._conn() as conn:
            await conn.execute("SELECT 1")

    async def _one(self, sql: str, args: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        async with self._conn() as conn:
            return await (await conn.execute(sql, args)).fetchone()

    async def _all(self, sql: str, args: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        async with self._conn() as conn:
            return await (await conn.execute(sql, args)).fetchall()

    # ------------------------------------------------------------------ extractions

    async def get_extraction(self, extraction_id: str) -> StoredExtraction | None:
        row = await self._one("SELECT body, created_at FROM extractions WHERE id = %s", (extraction_id,))
        return None if row is None else StoredExtraction(extraction_id, bytes(row[0]), row[1])

    async def put_extraction(
        self, extraction_id: str, body: bytes, created_at: float, *, flight_owner: str | None = None
    ) -> None:
        upsert = (
            "INSERT INTO extractions (id, body, size, created_at) VALUES (%s, %s, %s, %s)"
            " ON CONFLICT (id) DO UPDATE SET body = excluded.body, size = excluded.size,"
            " created_at = excluded.created_at"
        )
        args: tuple[Any, ...] = (extraction_id, body, len(body), created_at)
        if flight_owner is not None:
            # One statement, so one transaction and one round trip: the result and the end of
            # its flight are seen together or not at all (before: two statements, and a process
            # dying between them left its key held for a lease over a result already stored).
            upsert = f"WITH saved AS ({upsert} RETURNING id) DELETE FROM flights WHERE id = %s AND owner = %s"
            args = (*args, extraction_id, flight_owner)
        async with self._conn() as conn:
            await conn.execute(upsert, args)

    async def evict_extractions(self, *, max_age_s: float | None, max_entries: int | None) -> list[str]:
        import time

        removed: list[str] = []
        async with self._conn() as conn, conn.transaction():
            if max_age_s is not None:
                rows = await (
                    await conn.execute(
                        "DELETE FROM extractions WHERE created_at < %s RETURNING id",
                        (time.time() - max_age_s,),
                    )
                ).fetchall()
                removed += [r[0] for r in rows]
            if max_entries is not None:
                rows = await (
                    await conn.execute(
                        "DELETE FROM extractions WHERE id IN ("
                        " SELECT id FROM extractions ORDER BY created_at DESC OFFSET %s) RETURNING id",
                        (max_entries,),
                    )
                ).fetchall()
                removed += [r[0] for r in rows]
            # Gone means gone for its keys too: a tenant's listing must not count it, and a
            # key that once owned it must not see the same id when someone else extracts it again.
            await conn.execute("DELETE FROM owners WHERE kind = 'extraction' AND id = ANY(%s)", (removed,))
            await self._announce_forgotten(conn, removed)
        return removed

    async def extraction_stats(self) -> ExtractionStats:
        row = await self._one("SELECT count(*), COALESCE(sum(size), 0), min(created_at) FROM extractions")
        assert row is not None
        return ExtractionStats(entries=int(row[0]), bytes=int(row[1]), oldest=row[2])

    async def list_extractions(self, offset: int, limit: int) -> tuple[list[ExtractionSummary], int]:
        async with self._conn() as conn:
            rows = await (
                await conn.execute(
                    "SELECT id, size, created_at FROM extractions ORDER BY created_at DESC, id LIMIT %s OFFSET %s",
                    (limit, offset),
                )
            ).fetchall()
            total = await (await conn.execute("SELECT count(*) FROM extractions")).fetchone()
        return [ExtractionSummary(*row) for row in rows], int(total[0]) if total else 0

    async def delete_extraction(self, extraction_id: str) -> bool:
        async with self._conn() as conn, conn.transaction():
            cur = await conn.execute("DELETE FROM extractions WHERE id = %s", (extraction_id,))
            # Its owners in the same transaction (see evict_extractions).
            await conn.execute("DELETE FROM owners WHERE kind = 'extraction' AND id = %s", (extraction_id,))
            # Other replicas' memory copies too: they served it after the delete (session 15).
            await self._announce_forgotten(conn, [extraction_id])
            return cur.rowcount == 1

    # ------------------------------------------------------------------ single flight, budget

    async def claim_flight(self, key: str, owner: str, lease_s: float, now: float) -> bool:
        row = await self._one(
            f"INSERT INTO flights (id, owner, lease_until) VALUES (%s, %s, {_AT} + %s)"
            " ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until"
            f" WHERE flights.lease_until < {_AT} OR flights.owner = excluded.owner RETURNING id",
            (key, owner, _shift(now), lease_s, _shift(now)),
        )
        return row is not None

    async def renew_flight(self, key: str, owner: str, lease_s: float, now: float) -> bool:
        row = await self._one(
            f"UPDATE flights SET lease_until = {_AT} + %s WHERE id = %s AND owner = %s RETURNING id",
            (_shift(now), lease_s, key, owner),
        )
        return row is not None

    async def release_flight(self, key: str, owner: str) -> None:
        async with self._conn() as conn:
            await conn.execute("DELETE FROM flights WHERE id = %s AND owner = %s", (key, owner))

    async def take_budget(self, spends: Sequence[BudgetSpend], window_s: float, now: float) -> float:
        if not spends:
            return 0.0
        names = sorted({spend.name for spend in spends})
        async with self._conn() as conn, conn.transaction():
            # One taker per limit at a time, on every host; in name order, so two takers never deadlock.
            for name in names:
                await conn.execute("SELECT pg_advisory_xact_lock(%s, hashtext(%s))", (_BUDGET_LOCK, name))
            # On the database's clock, as every host's spends are: a host whose clock ran ahead
            # dropped the others' spends from the window early and let more through than the
            # account allows (session 16).
            asked = time.time()
            row = await (await conn.execute(f"SELECT {DB_NOW}")).fetchone()
            assert row is not None
            self.budget_clock_offset = clock_offset(row[0], asked, time.time(), self.budget_clock_offset)
            now += self.budget_clock_offset
            await conn.execute(
                "DELETE FROM budget_spent WHERE name = ANY(%s) AND at <= %s", (names, now - window_s)
            )
            rows = await (
                await conn.execute("SELECT name, at, amount FROM budget_spent WHERE name = ANY(%s)", (names,))
            ).fetchall()
            wait = max(
                budget_wait(
                    [(at, amount) for name, at, amount in rows if name == spend.name], spend, window_s, now
                )
                for spend in spends
            )
            if wait == 0:
                async with conn.cursor() as cur:
                    await cur.executemany(
                        "INSERT INTO budget_spent (name, at, amount) VALUES (%s, %s, %s)",
                        [(spend.name, now, spend.amount) for spend in spends],
                    )
        return wait

    async def restamp_budget(self, spends: Sequence[BudgetSpend], taken_at: float, sent_at: float) -> None:
        # Moved as ``take_budget`` stamped them. Had the offset changed since the grant (this
        # host's clock jumped), the share is not found and one is put at ``sent_at``: counted
        # twice for a window, never lost.
        taken_at += self.budget_clock_offset
        sent_at += self.budget_clock_offset
        async with self._conn() as conn, conn.transaction():
            for spend in sorted(spends, key=lambda s: s.name):
                # Shares of equal name, time and amount are interchangeable: move any one of them.
                cur = await conn.execute(
                    "UPDATE budget_spent SET at = greatest(at, %s) WHERE ctid = ("
                    " SELECT ctid FROM budget_spent WHERE name = %s AND at = %s AND amount = %s"
                    " LIMIT 1 FOR UPDATE SKIP LOCKED)",
                    (sent_at, spend.name, taken_at, spend.amount),
                )
                if cur.rowcount == 0:
                    await conn.execute(
                        "INSERT INTO budget_spent (name, at, amount) VALUES (%s, %s, %s)",
                        (spend.name, sent_at, spend.amount),
                    )

    # ------------------------------------------------------------------ jobs

    async def create_job(
        self, job_id: str, items: Sequence[NewJobItem], now: float, *, webhook_url: str | None = None
    ) -> None:
        failed = sum(1 for item in items if item.error is not None)
        done = failed == len(items)
        async with self._bulk_write("jobs"), self._conn() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO jobs (id, status, created_at, updated_at, total, failed)"
                f" VALUES (%s, %s, {_AT}, {_AT}, %s, %s)",
                (job_id, "done" if done else "pending", _shift(now), _shift(now), len(items), failed),
            )
            async with conn.cursor() as cur:
                await cur.executemany(
                    "INSERT INTO job_items (job_id, idx, status, request, error) VALUES (%s, %s, %s, %s, %s)",
                    [
                        (
                            job_id,
                            i,
                            "failed" if item.error is not None else "pending",
                            item.request,
                            item.error,
                        )
                        for i, item in enumerate(items)
                    ],
                )
            if webhook_url is not None:
                await conn.execute(
                    "INSERT INTO job_webhooks (job_id, url) VALUES (%s, %s)", (job_id, webhook_url)
                )
            # Delivered at commit, to every listening process.
            await conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, job_id))

    async def get_job(self, job_id: str) -> JobRecord | None:
        row = await self._one(f"SELECT {_JOB_COLUMNS} FROM jobs WHERE id = %s", (job_id,))
        return None if row is None else JobRecord(*row)

    async def list_jobs(self, offset: int, limit: int) -> tuple[list[JobRecord], int]:
        async with self._conn() as conn:
            rows = await (
                await conn.execute(
                    f"SELECT {_JOB_COLUMNS} FROM jobs ORDER BY created_at DESC, id LIMIT %s OFFSET %s",
                    (limit, offset),
                )
            ).fetchall()
            total = await (await conn.execute("SELECT count(*) FROM jobs")).fetchone()
        return [JobRecord(*row) for row in rows], int(total[0]) if total else 0

    async def cancel_job(self, job_id: str, error: str, now: float) -> int | None:
        async with self._conn() as conn, conn.transaction():
            if (await (await conn.execute("SELECT 1 FROM jobs WHERE id = %s", (job_id,))).fetchone()) is None:
                return None
            # The items first, in index order, then the job (the module's lock order). An item
            # a runner is finishing right now is waited for, then skipped if it finished: it is
            # counted by its finish or by this cancel, never by both.
            cur = await conn.execute(
                "WITH locked AS ("
                " SELECT idx FROM job_items WHERE job_id = %s AND status = 'pending' ORDER BY idx FOR UPDATE)"
                " UPDATE job_items i SET status = 'failed', error = %s, owner = NULL, lease_until = NULL"
                " FROM locked WHERE i.job_id = %s AND i.idx = locked.idx",
                (job_id, error, job_id),
            )
            n = cur.rowcount
            if n:
                await conn.execute(
                    f"UPDATE jobs SET failed = failed + %s, updated_at = {_AT}, status = 'done' WHERE id = %s",
                    (n, _shift(now), job_id),
                )
        return n

    async def job_items(self, job_id: str, offset: int, limit: int) -> list[JobItemRecord]:
        rows = await self._all(
            "SELECT idx, status, extraction_id, result, error FROM job_items"
            " WHERE job_id = %s AND idx >= %s ORDER BY idx LIMIT %s",
            (job_id, offset, limit),
        )
        return [
            JobItemRecord(idx, status, ext_id, None if result is None else bytes(result), error)
            for idx, status, ext_id, result, error in rows
        ]

    async def sweep_jobs(self, finished_before: float, max_webhook_attempts: int, limit: int) -> list[str]:
        async with self._conn() as conn, conn.transaction():
            got = await (
                await conn.execute("SELECT pg_try_advisory_xact_lock(%s)", (_SWEEP_LOCK,))
            ).fetchone()
            if got is None or not got[0]:
                return []  # another process is sweeping
            # 'done' is final (nothing sets a job back), so the rows picked stay sweepable. Items,
            # then webhooks, then jobs, then owners: the module's lock order (a cascade from
            # jobs would lock the job before its items).
            rows = await (
                await conn.execute(
                    f"SELECT id FROM jobs j WHERE status = 'done' AND updated_at < {_AT}"
                    " AND NOT EXISTS (SELECT 1 FROM job_webhooks w WHERE w.job_id = j.id"
                    " AND w.delivered_at IS NULL AND w.attempts < %s)"
                    " ORDER BY updated_at, id LIMIT %s",
                    (_shift(finished_before), max_webhook_attempts, limit),
                )
            ).fetchall()
            ids = sorted(r[0] for r in rows)
            if ids:
                await conn.execute("DELETE FROM job_items WHERE job_id = ANY(%s)", (ids,))
                await conn.execute("DELETE FROM job_webhooks WHERE job_id = ANY(%s)", (ids,))
                await conn.execute("DELETE FROM jobs WHERE id = ANY(%s)", (ids,))
                await conn.execute("DELETE FROM owners WHERE kind = 'job' AND id = ANY(%s)", (ids,))
        return ids

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
        if limit <= 0:
            return []
        floor, ceiling = attempt_range(retried, max_attempts if max_attempts is not None else 2**31 - 1)
        # One statement, one round trip (it was four: BEGIN, two statements, COMMIT). Items
        # first, then their jobs in id order (the module's lock order): the jobs are reached
        # through the claimed items. The job whose items finished least recently first (its
        # ``updated_at``), so jobs take turns: in creation order, a one-article job waited for
        # every item of a 10,000-article job created before it (session 15).
        rows = await self._all(
            "WITH picked AS ("
            " SELECT i.job_id, i.idx FROM job_items i JOIN jobs j ON j.id = i.job_id"
            f" WHERE i.status = 'pending' AND (i.lease_until IS NULL OR i.lease_until < {_AT})"
            " AND i.attempts >= %s AND i.attempts < %s AND j.status IN ('pending', 'running')"
            " ORDER BY j.updated_at, j.created_at, i.job_id, i.idx LIMIT %s"
            " FOR UPDATE OF i SKIP LOCKED),"
            " claimed AS ("
            f" UPDATE job_items i SET owner = %s, lease_until = {_AT} + %s, attempts = i.attempts + 1"
            " FROM picked WHERE i.job_id = picked.job_id AND i.idx = picked.idx"
            " RETURNING i.job_id, i.idx, i.request),"
            " started AS ("
            " UPDATE jobs SET status = 'running' WHERE id IN ("
            " SELECT id FROM jobs WHERE id IN (SELECT job_id FROM claimed) AND status = 'pending'"
            " ORDER BY id FOR UPDATE))"
            " SELECT job_id, idx, request FROM claimed",
            (_shift(now), floor, ceiling, limit, owner, _shift(now), lease_s),
        )
        return sorted(ClaimedItem(job_id, idx, request) for job_id, idx, request in rows)

    async def count_retried_items(self, max_attempts: int, now: float) -> int:
        row = await self._one(
            "SELECT count(*) FROM job_items i JOIN jobs j ON j.id = i.job_id"
            f" WHERE i.status = 'pending' AND (i.lease_until IS NULL OR i.lease_until < {_AT})"
            " AND i.attempts >= 1 AND i.attempts < %s AND j.status IN ('pending', 'running')",
            (_shift(now), max_attempts),
        )
        return int(row[0]) if row is not None else 0

    async def fail_abandoned_items(self, max_attempts: int, error: str, now: float) -> list[tuple[str, int]]:
        async with self._conn() as conn, conn.transaction():
            # Locked and skipped like a claim: an item a claimer holds right now is not failed under it.
            rows = await (
                await conn.execute(
                    "WITH spent AS ("
                    " SELECT job_id, idx FROM job_items"
                    f" WHERE status = 'pending' AND attempts >= %s AND (lease_until IS NULL OR lease_until < {_AT})"
                    " FOR UPDATE SKIP LOCKED)"
                    " UPDATE job_items i SET status = 'failed', error = %s, owner = NULL, lease_until = NULL"
                    " FROM spent WHERE i.job_id = spent.job_id AND i.idx = spent.idx"
                    " RETURNING i.job_id, i.idx",
                    (max_attempts, _shift(now), error),
                )
            ).fetchall()
            per_job: dict[str, int] = {}
            for job_id, _ in rows:
                per_job[job_id] = per_job.get(job_id, 0) + 1
            # Jobs in id order: two processes failing items of the same jobs never deadlock.
            for job_id, n in sorted(per_job.items()):
                await conn.execute(
                    f"UPDATE jobs SET failed = failed + %s, updated_at = {_AT},"
                    " status = CASE WHEN succeeded + failed + %s >= total THEN 'done' ELSE status END"
                    " WHERE id = %s",
                    (n, _shift(now), n, job_id),
                )
        return sorted((job_id, idx) for job_id, idx in rows)

    async def renew_items(
        self, owner: str, lease_s: float, now: float, *, only: Collection[tuple[str, int]] | None = None
    ) -> set[tuple[str, int]]:
        # Several items: locked in key order (the module's lock order), or a cancel locking
        # the same items in index order could deadlock with this renewal.
        mine = "SELECT job_id, idx FROM job_items WHERE owner = %s AND status = 'pending'"
        args: list[Any] = [owner]
        if only is not None:
            chosen = list(only)
            mine += " AND (job_id, idx) IN (SELECT * FROM unnest(%s::text[], %s::integer[]))"
            args += [[j for j, _ in chosen], [i for _, i in chosen]]
        rows = await self._all(
            f"WITH locked AS ({mine} ORDER BY job_id, idx FOR UPDATE)"
            f" UPDATE job_items i SET lease_until = {_AT} + %s FROM locked"
            " WHERE i.job_id = locked.job_id AND i.idx = locked.idx RETURNING i.job_id, i.idx",
            (*args, _shift(now), lease_s),
        )
        return {(job_id, idx) for job_id, idx in rows}

    async def release_items(self, owner: str) -> None:
        async with self._conn() as conn:
            # Locked in key order, as renew_items.
            await conn.execute(
                "WITH locked AS (SELECT job_id, idx FROM job_items WHERE owner = %s AND status = 'pending'"
                " ORDER BY job_id, idx FOR UPDATE)"
                " UPDATE job_items i SET owner = NULL, lease_until = NULL, attempts = greatest(i.attempts - 1, 0)"
                " FROM locked WHERE i.job_id = locked.job_id AND i.idx = locked.idx",
                (owner,),
            )
            await conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, "released"))

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
        column = "succeeded" if ok else "failed"
        # One statement, one round trip (it was five: BEGIN, three statements, COMMIT), and
        # still one transaction. The item, then its job, then owners: the module's lock order
        # (the job's row is reached through the item's, a scalar subquery run first). Only a
        # pending item counts: a second runner finishing the same item (after a lease expired
        # under it) must not count it twice. The job's keys own its results too
        # (service.serving.tenancy), whoever ran the item.
        row = await self._one(
            "WITH item AS ("
            " UPDATE job_items SET status = %s, extraction_id = %s, result = %s, error = %s,"
            " owner = NULL, lease_until = NULL"
            " WHERE job_id = %s AND idx = %s AND status = 'pending' RETURNING job_id),"
            " job AS ("
            f" UPDATE jobs SET {column} = {column} + 1, updated_at = {_AT},"
            " status = CASE WHEN succeeded + failed + 1 >= total THEN 'done' ELSE status END"
            " WHERE id = (SELECT job_id FROM item) RETURNING id),"
            " owned AS ("
            " INSERT INTO owners (kind, id, tenant, at)"
            " SELECT 'extraction', %s, tenant, %s FROM owners"
            " WHERE kind = 'job' AND id = (SELECT id FROM job) AND %s::text IS NOT NULL"
            " ON CONFLICT DO NOTHING)"
            " SELECT count(*) FROM item",
            (
                column,
                extraction_id,
                result,
                error,
                job_id,
                index,
                _shift(now),
                extraction_id,
                now,
                extraction_id,
            ),
        )
        return row is not None and row[0] == 1

    # ------------------------------------------------------------------ webhooks

    async def set_webhook(self, job_id: str, url: str) -> None:
        async with self._conn() as conn:
            await conn.execute(
                "INSERT INTO job_webhooks (job_id, url) VALUES (%s, %s)"
                " ON CONFLICT (job_id) DO UPDATE SET url = excluded.url, attempts = 0, delivered_at = NULL,"
                " next_attempt_at = NULL, last_error = NULL",
                (job_id, url),
            )

    async def get_webhook(self, job_id: str) -> WebhookRecord | None:
        row = await self._one(f"SELECT {_WEBHOOK_COLUMNS} FROM job_webhooks WHERE job_id = %s", (job_id,))
        return None if row is None else WebhookRecord(*row)

    async def claim_webhooks(
        self, now: float, hold_s: float, max_attempts: int, limit: int
    ) -> list[WebhookRecord]:
        rows = await self._all(
            "WITH due AS ("
            " SELECT w.job_id FROM job_webhooks w JOIN jobs j ON j.id = w.job_id"
            " WHERE j.status = 'done' AND w.delivered_at IS NULL AND w.attempts < %s"
            f" AND (w.next_attempt_at IS NULL OR w.next_attempt_at <= {_AT}) LIMIT %s"
            " FOR UPDATE OF w SKIP LOCKED)"
            f" UPDATE job_webhooks w SET next_attempt_at = {_AT} + %s FROM due WHERE w.job_id = due.job_id"
            f" RETURNING {', '.join('w.' + c for c in _WEBHOOK_COLUMNS.split(', '))}",
            (max_attempts, _shift(now), limit, _shift(now), hold_s),
        )
        return [WebhookRecord(*row) for row in rows]

    async def webhook_attempted(
        self, job_id: str, *, delivered: bool, error: str | None, next_attempt_at: float | None, now: float
    ) -> None:
        # The next attempt on the database's clock, as claims compare it (it is a hold too).
        async with self._conn() as conn:
            await conn.execute(
                "UPDATE job_webhooks SET attempts = attempts + 1, delivered_at = %s,"
                f" next_attempt_at = {_AT}, last_error = %s WHERE job_id = %s",
                (
                    now if delivered else None,
                    None if next_attempt_at is None else _shift(next_attempt_at),
                    error,
                    job_id,
                ),
            )

    # ------------------------------------------------------------------ ownership

    async def add_owners(self, rows: Sequence[tuple[str, str, str, float]]) -> None:
        if not rows:
            return
        async with self._conn() as conn, conn.cursor() as cur:
            await cur.executemany(
                "INSERT INTO owners (kind, id, tenant, at) VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                list(rows),
            )

    async def is_owner(self, kind: str, item_id: str, tenant: str) -> bool:
        row = await self._one(
            "SELECT 1 FROM owners WHERE kind = %s AND id = %s AND tenant = %s", (kind, item_id, tenant)
        )
        return row is not None

    async def owned_ids(self, kind: str, tenant: str, offset: int, limit: int) -> tuple[list[str], int]:
        async with self._conn() as conn:
            rows = await (
                await conn.execute(
                    "SELECT id FROM owners WHERE tenant = %s AND kind = %s ORDER BY at DESC, id LIMIT %s OFFSET %s",
                    (tenant, kind, limit, offset),
                )
            ).fetchall()
            total = await (
                await conn.execute(
                    "SELECT count(*) FROM owners WHERE tenant = %s AND kind = %s", (tenant, kind)
                )
            ).fetchone()
        return [r[0] for r in rows], int(total[0]) if total else 0

    async def forget_owners(self, kind: str, item_id: str) -> None:
        async with self._conn() as conn:
            await conn.execute("DELETE FROM owners WHERE kind = %s AND id = %s", (kind, item_id))

    async def wait_for_work(self, timeout_s: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout_s):
                await self._work.wait()
        self._work.clear()


__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "PostgresStore", "SchemaError"]
