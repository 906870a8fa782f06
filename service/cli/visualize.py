"""``newsfacts visualize``: a standalone HTML page of one extraction."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from schemas import Extraction
from service.cli.common import err, fail, read_article_bytes


def visualize(
    source: Annotated[
        str,
        typer.Argument(help="An extraction as JSON (from `newsfacts extract` or the API), or - for stdin."),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the page here (default: standard output).")
    ] = None,
) -> None:
    """A standalone HTML page of one extraction: its text with every item's evidence highlighted."""
    from pydantic import ValidationError

    from service.render.extraction_html import render_page

    data, name = read_article_bytes(source, article=False)  # an extraction's JSON outgrows its text
    try:
        extraction = Extraction.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "(document)"
        raise fail(
            f"{name}: not an extraction ({where}: {first['msg']}); make one with `newsfacts extract ARTICLE`"
        ) from exc
    page = render_page(extraction)
    if output is None:
        sys.stdout.write(page)
        return
    try:
        output.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})") from exc
    err.print(f"wrote {output}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.command()(visualize)
