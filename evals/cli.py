"""``newsfacts eval``: registered into the service's CLI through an entry point."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command() -> None:
        """Score an extractor against gold answers (not built yet)."""
        raise typer.Exit(3)
