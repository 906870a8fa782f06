"""The configured store: PostgreSQL when ``NEWSFACTS_DATABASE_URL`` is set, else SQLite in the data directory."""

from __future__ import annotations

from typing import TYPE_CHECKING

from service.serving.store.base import Store

if TYPE_CHECKING:
    from service.settings import Settings
from service.serving.store.sqlite import SQLiteStore


async def open_store(settings: Settings, *, migrate: bool | None = None) -> Store:
    """The configured store, its schema brought up to date (or checked, with ``migrate=False``)."""
    apply = settings.database_migrate if migrate is None else migrate
    url = settings.database_url.get_secret_value() if settings.database_url is not None else None
    if url:
        from service.serving.store.postgres import PostgresStore

        return await PostgresStore.open(
            url,
            min_size=settings.database_pool_min,
            max_size=settings.database_pool_max,
            migrate=apply,
        )
    return SQLiteStore.in_data_dir(settings.data_dir, migrate=apply)
