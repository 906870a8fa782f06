"""The ``newsfacts`` command line: one typer app, each command group registered by its module.

Commands that live outside ``service`` (``eval`` and ``simulate-llm`` in
``evals``) register themselves through the ``newsfacts.commands`` entry-point
group, so the dependency arrow keeps pointing from them to the service and
never back.
"""

from __future__ import annotations

import sys
from importlib.metadata import entry_points

import typer
from pydantic import ValidationError
from rich.markup import escape

from service.cli import corroboration, db, extract, probe, serve, visualize
from service.cli.common import err

app = typer.Typer(
    name="newsfacts",
    help="Grounded fact extraction for news: events, figures, quotes and attributions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# `newsfacts --help` lists commands in registration order (groups after commands):
# the service's own, then the entry points' (simulate-llm, eval), then visualize.
_BEFORE_PLUGINS = (extract, corroboration, serve, probe, db)
_AFTER_PLUGINS = (visualize,)


def _load_plugins() -> None:
    for ep in entry_points(group="newsfacts.commands"):
        register = ep.load()
        register(app)


_registered = False


def build() -> typer.Typer:
    """The app with every command registered (once)."""
    global _registered
    if not _registered:
        for module in _BEFORE_PLUGINS:
            module.register(app)
        _load_plugins()
        for module in _AFTER_PLUGINS:
            module.register(app)
        _registered = True
    return app


def main() -> None:
    """Console-script entry point."""
    try:
        build()()
    except ValidationError as exc:
        if exc.title != "Settings":
            raise
        # A bad NEWSFACTS_* variable, met by whichever command read the settings first: one line
        # per variable, as every other CLI error reads, never a traceback.
        for line in settings_problems(exc):
            err.print(f"[bold red]error:[/] {escape(line)}", highlight=False, markup=True)
        sys.exit(2)


def settings_problems(exc: ValidationError) -> list[str]:
    """``NEWSFACTS_NAME=value: what is wrong`` for each setting the environment got wrong."""
    out = []
    for e in exc.errors():
        name = "NEWSFACTS_" + "_".join(str(p) for p in e["loc"]).upper()
        given = e.get("input")
        shown = f"={given}" if isinstance(given, str | int | float) else ""
        out.append(f"{name}{shown}: {e['msg']}")
    return out


if __name__ == "__main__":
    main()
