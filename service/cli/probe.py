"""``newsfacts llm-probe``: which structured-output modes the configured LLM server accepts."""

from __future__ import annotations

import typer

from service.cli.common import fail
from service.errors import NewsfactsError


def llm_probe() -> None:
    """Try each NEWSFACTS_LLM_MODE against the configured LLM server and say what it accepted or refused."""
    from service.backends.llm.probe import run_probe
    from service.settings import get_settings

    settings = get_settings()
    if not settings.llm_model:
        raise fail("set NEWSFACTS_LLM_MODEL (and OPENAI_BASE_URL) to probe a server")
    try:
        results = run_probe(settings)
    except NewsfactsError as exc:
        raise fail(f"{exc.title}: {exc.detail}", 1) from exc
    for r in results:
        typer.echo(f"{r.mode:<13} {r.verdict:<9} {r.detail}")
    if not any(r.verdict == "accepted" for r in results):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("llm-probe")(llm_probe)
