"""Who may read what: with API keys configured, results belong to the keys that asked for them.

Extraction ids are content hashes anyone can compute offline, so "does this id
exist?" must not be answerable across tenants (issue 13). Each extraction and
job is recorded with the hash of every key that created it (or asked for the
same work again: the cache still never pays twice, it only records one more
owner). A key sees only what it owns; an admin key sees everything; anyone
else gets the same 404 as for an id that does not exist.

The records live in their own SQLite file beside the store
(``<data_dir>/owners.sqlite3``), shared by the worker processes of one host;
keys are never stored, only a SHA-256 of them.
"""

from __future__ import annotations

import asyncio
import hashlib
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from service.errors import StoreUnavailableError

Kind = Literal["extraction", "job"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS owners (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    tenant TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (kind, id, tenant)
);
CREATE INDEX IF NOT EXISTS owners_by_tenant ON owners (tenant, kind, at);
"""


def tenant_of_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Caller:
    """The key behind a request: ``tenant`` is its hash; an admin reads everything."""

    tenant: str
    admin: bool


class Owners:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsfacts-owners")
        self._local = threading.local()
        self._seen: set[tuple[str, str, str]] = set()  # recorded by this process: no write per repeat
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn().executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreUnavailableError(f"cannot use the owners' store {path}: {exc}") from exc

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA journal_mode = WAL")
            self._local.conn = conn
        return conn

    async def _run(self, fn: object, *args: object) -> object:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, lambda: fn(self._conn(), *args))  # type: ignore[operator]
        except sqlite3.OperationalError as exc:
            raise StoreUnavailableError(f"the owners' store cannot be used ({exc}); retry later") from exc

    async def add(self, kind: Kind, item_id: str, tenant: str) -> None:
        if (kind, item_id, tenant) in self._seen:
            return

        def q(c: sqlite3.Connection) -> None:
            c.execute(
                "INSERT OR IGNORE INTO owners (kind, id, tenant, at) VALUES (?, ?, ?, ?)",
                (kind, item_id, tenant, time.time()),
            )

        await self._run(q)
        self._seen.add((kind, item_id, tenant))

    async def owns(self, kind: Kind, item_id: str, tenant: str) -> bool:
        if (kind, item_id, tenant) in self._seen:
            return True

        def q(c: sqlite3.Connection) -> bool:
            row = c.execute(
                "SELECT 1 FROM owners WHERE kind = ? AND id = ? AND tenant = ?", (kind, item_id, tenant)
            ).fetchone()
            return row is not None

        return bool(await self._run(q))

    async def page(self, kind: Kind, tenant: str, offset: int, limit: int) -> tuple[list[str], int]:
        """This tenant's ids of ``kind``, newest first, and how many it has."""

        def q(c: sqlite3.Connection) -> tuple[list[str], int]:
            rows = c.execute(
                "SELECT id FROM owners WHERE tenant = ? AND kind = ? ORDER BY at DESC LIMIT ? OFFSET ?",
                (tenant, kind, limit, offset),
            ).fetchall()
            total = c.execute(
                "SELECT COUNT(*) FROM owners WHERE tenant = ? AND kind = ?", (tenant, kind)
            ).fetchone()
            return [r[0] for r in rows], int(total[0])

        result = await self._run(q)
        assert isinstance(result, tuple)
        return result

    async def forget(self, kind: Kind, item_id: str) -> None:
        self._seen = {s for s in self._seen if s[:2] != (kind, item_id)}
        await self._run(lambda c: c.execute("DELETE FROM owners WHERE kind = ? AND id = ?", (kind, item_id)))

    async def close(self) -> None:
        await asyncio.to_thread(self._executor.shutdown, wait=True)
