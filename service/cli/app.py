"""The ``newsfacts`` command line.

Commands that live outside ``service`` (``eval`` in ``evals``, benchmark
tools) register themselves through the ``newsfacts.commands`` entry-point
group, so the dependency arrow keeps pointing from them to the service and
never back.
"""

from __future__ import annotations

from importlib.metadata import entry_points

import typer

from service.cli.db import db_app

app = typer.Typer(
    name="newsfacts",
    help="Grounded fact extraction for news: events, figures, quotes and attributions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

BACKENDS = ("rules", "llm", "hybrid")


app.add_typer(db_app, name="db")


def _load_plugins() -> None:
    for ep in entry_points(group="newsfacts.commands"):
        register = ep.load()
        register(app)


_plugins_loaded = False


def main() -> None:
    """Console-script entry point."""
    global _plugins_loaded
    if not _plugins_loaded:
        _load_plugins()
        _plugins_loaded = True
    app()


if __name__ == "__main__":
    main()
