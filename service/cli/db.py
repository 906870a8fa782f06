"""``newsfacts db``: the database's schema version and migrations."""

from __future__ import annotations

import asyncio
import sys

import typer

from service.cli.common import database_name, err, fail

db_app = typer.Typer(help="The database: schema version and migrations.", no_args_is_help=True)


def _open_for_cli(migrate: bool) -> int:
    from service.serving.store.base import SchemaError
    from service.serving.store.factory import open_store
    from service.settings import get_settings

    settings = get_settings()

    async def go() -> int:
        store = await open_store(settings, migrate=migrate)
        try:
            return await store.schema_version()
        finally:
            await store.close()

    try:
        return asyncio.run(go())
    except SchemaError as exc:
        raise fail(str(exc)) from exc
    except Exception as exc:  # the driver's connection errors differ by store
        raise fail(f"cannot open the {database_name(settings)}: {type(exc).__name__}: {exc}") from exc


def db_upgrade() -> None:
    """Apply the schema migrations this release has and the database lacks."""
    from service.settings import get_settings

    version = _open_for_cli(migrate=True)
    err.print(f"{database_name(get_settings())}: schema at version {version}", highlight=False, markup=False)


def db_version() -> None:
    """Print the database's schema version (fails when it needs `newsfacts db upgrade` or is too new)."""
    sys.stdout.write(f"{_open_for_cli(migrate=False)}\n")


def register(app: typer.Typer) -> None:
    db_app.command("upgrade")(db_upgrade)
    db_app.command("version")(db_version)
    app.add_typer(db_app, name="db")
