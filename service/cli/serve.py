"""``newsfacts serve`` and ``newsfacts worker``: the HTTP API, and job items without HTTP."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer

from service.cli.common import database_name, err, fail


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (they share the store).")] = 1,
    jobs: Annotated[
        bool,
        typer.Option(
            "--jobs/--no-jobs", help="Run queued job items here too (--no-jobs: leave them to workers)."
        ),
    ] = True,
) -> None:
    """Run the HTTP API (docs at /docs) with uvicorn."""
    import os
    import tempfile

    from service.settings import get_settings

    if not jobs:
        # Read by every uvicorn worker process's settings.
        os.environ["NEWSFACTS_RUN_JOBS"] = "false"
        get_settings.cache_clear()
    settings = get_settings()
    own_metrics_dir: str | None = None
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # Each worker writes its counters here; /metrics adds them up. Ours to remove at exit.
        own_metrics_dir = tempfile.mkdtemp(prefix="newsfacts-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = own_metrics_dir
    # The store once before any worker starts: an unusable path is one line naming it, not a traceback.
    from service.errors import StoreUnavailableError
    from service.serving.store.base import SchemaError
    from service.serving.store.factory import open_store

    async def check_store() -> None:
        await (await open_store(settings)).close()

    try:
        asyncio.run(check_store())
    except StoreUnavailableError as exc:
        raise fail(f"{exc.detail} (NEWSFACTS_DATA_DIR={settings.data_dir})", code=1) from exc
    except SchemaError as exc:
        raise fail(str(exc), code=1) from exc
    except Exception as exc:  # a PostgreSQL that cannot be reached: the driver's own errors
        if settings.database_url is None:
            raise
        raise fail(f"cannot open the {database_name(settings)}: {type(exc).__name__}: {exc}", code=1) from exc
    err.print(
        f"newsfacts: serving on http://{host}:{port} (docs at /docs), data in {database_name(settings)}",
        markup=False,  # a data directory named "[x]" is a path, not a style
    )
    from service.api.server import run

    try:
        run(host, port, workers)
    finally:
        if own_metrics_dir is not None:
            import shutil

            shutil.rmtree(own_metrics_dir, ignore_errors=True)


def worker(
    metrics_port: Annotated[
        int | None,
        typer.Option(
            min=0,
            max=65535,
            help="Serve Prometheus metrics at http://HOST:PORT/metrics (0: any free port, logged); off when unset.",
        ),
    ] = None,
    metrics_host: Annotated[str, typer.Option(help="Address the metrics listen on.")] = "127.0.0.1",
) -> None:
    """Run queued job items without serving HTTP (start any number, on any host sharing the database)."""
    # An item's failure is stored as the problem the API would have answered for it alone.
    from service.api.jobs import describe_error
    from service.errors import ConfigurationError
    from service.serving.store.base import SchemaError
    from service.serving.worker import run_worker
    from service.settings import get_settings

    settings = get_settings()
    from service.logging import configure_logging

    configure_logging(settings.log_level, json=settings.log_json)
    err.print(f"newsfacts worker: {database_name(settings)}", highlight=False, markup=False)
    try:
        metrics_at = (metrics_host, metrics_port) if metrics_port is not None else None
        asyncio.run(run_worker(settings, describe_error, metrics_at=metrics_at))
    except (SchemaError, ConfigurationError) as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"cannot reach the database: {exc}") from exc


def register(app: typer.Typer) -> None:
    app.command()(serve)
    app.command()(worker)
