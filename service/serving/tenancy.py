"""Who may read what: with API keys configured, results belong to the keys that asked for them.

Extraction ids are content hashes anyone can compute offline, so "does this id
exist?" must not be answerable across tenants (issue 13). Each extraction and
job is recorded with the hash of every key that created it (or asked for the
same work again: the cache still never pays twice, it only records one more
owner). A key sees only what it owns; an admin key sees everything; anyone
else gets the same 404 as for an id that does not exist.

The records live in the store (``service.serving.store.base.OwnerRegistry``), beside the
data they guard, so every replica and worker on one database agrees on them: a
job created through one replica is read through another by the same key. Keys
are never stored, only a SHA-256 of them. Records of an earlier release, kept
in ``<data_dir>/owners.sqlite3``, are moved into the store at start-up (each
host's file into the shared database: their union is exactly what to keep).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import structlog

from service.errors import StoreUnavailableError
from service.serving.store.base import OwnerRegistry

log = structlog.get_logger("newsfacts.tenancy")

Kind = Literal["extraction", "job"]


def tenant_of_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:32]


@dataclass(frozen=True)
class Caller:
    """The key behind a request: ``tenant`` is its hash; an admin reads everything."""

    tenant: str
    admin: bool


# Pairs this process recorded, so a repeat (the same key asking again) writes nothing;
# bounded, and only ever a shortcut: reads always ask the store.
_SEEN_MAX = 100_000


class Owners:
    def __init__(self, store: OwnerRegistry) -> None:
        self.store = store
        self._seen: set[tuple[str, str, str]] = set()

    @classmethod
    async def open(cls, store: OwnerRegistry, legacy: Path | None = None) -> Owners:
        """Owners in ``store``, first moving in the records of an earlier release's ``legacy`` file."""
        owners = cls(store)
        if legacy is not None and legacy.exists():
            await owners._adopt(legacy)
        return owners

    async def _adopt(self, legacy: Path) -> None:
        def read() -> list[tuple[str, str, str, float]]:
            with contextlib.closing(sqlite3.connect(legacy)) as conn:
                return [
                    (str(k), str(i), str(t), float(a))
                    for k, i, t, a in conn.execute("SELECT kind, id, tenant, at FROM owners")
                ]

        try:
            rows = await asyncio.to_thread(read)
        except sqlite3.Error as exc:
            raise StoreUnavailableError(f"cannot read the earlier owners' file {legacy}: {exc}") from exc
        await self.store.add_owners(rows)
        # Renamed, not deleted: the records are in the store now; the file stays for the operator.
        with contextlib.suppress(FileNotFoundError):  # another process of the host moved it first
            legacy.rename(legacy.with_name(legacy.name + ".imported"))
        log.info("owners_adopted", rows=len(rows), path=str(legacy))

    async def add(self, kind: Kind, item_id: str, tenant: str, *, new: bool = False) -> None:
        """Record ``tenant`` as an owner; ``new``: the item was just stored, so always write (the
        store drops an item's owners with it, which the shortcut of any process may not know)."""
        if not new and (kind, item_id, tenant) in self._seen:
            return
        await self.store.add_owners([(kind, item_id, tenant, time.time())])
        if len(self._seen) >= _SEEN_MAX:
            self._seen.clear()
        self._seen.add((kind, item_id, tenant))

    async def owns(self, kind: Kind, item_id: str, tenant: str) -> bool:
        # Always the store: another replica may have recorded it, or forgotten it.
        return await self.store.is_owner(kind, item_id, tenant)

    async def page(self, kind: Kind, tenant: str, offset: int, limit: int) -> tuple[list[str], int]:
        """This tenant's ids of ``kind``, newest first, and how many it has."""
        return await self.store.owned_ids(kind, tenant, offset, limit)

    def deleted(self, kind: Kind, item_id: str) -> None:
        """The store deleted the item and its owners together: drop this process's shortcut too."""
        self._seen = {s for s in self._seen if s[:2] != (kind, item_id)}

    async def forget(self, kind: Kind, item_id: str) -> None:
        self.deleted(kind, item_id)
        await self.store.forget_owners(kind, item_id)

    async def close(self) -> None:
        """Nothing of its own to close: the store is closed by its opener."""
