"""``newsfacts corroborate``: the facts of several articles grouped across outlets."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer
from rich.console import Console

from schemas import ArticleRequest
from service.backends.registry import backend_choices, backend_names
from service.cli.common import decode_article, fail, looks_like_html, progress_bar, read_article_bytes
from service.cli.extract import run_extraction


def corroborate(
    files: Annotated[list[str], typer.Argument(help="Article files (text or HTML) reporting one story.")],
    backend: Annotated[
        str | None,
        typer.Option("--backend", "-b", help=f"{backend_choices()} (default: configured, else rules)."),
    ] = None,
    outlet: Annotated[
        list[str] | None,
        typer.Option(
            "--outlet",
            help="Outlet of each file, repeated once per file in file order (default: the article's metadata).",
        ),
    ] = None,
    output_format: Annotated[
        Literal["json", "table"],
        typer.Option("--format", "-f", help="json (the API's story body) or table."),
    ] = "json",
    min_outlets: Annotated[
        int,
        typer.Option("--min-outlets", min=1, help="Show only groups backed by at least this many outlets."),
    ] = 1,
) -> None:
    """Group the facts of several articles across outlets: who confirms what, and where they disagree."""
    from service.corroborate.articles import StoryInput
    from service.corroborate.story import corroborate as build_story

    if backend is not None and backend not in backend_names():
        raise fail(f"--backend {backend!r}: choose {backend_choices()}")
    outlets = outlet or []
    if outlets and len(outlets) != len(files):
        raise fail(
            f"--outlet given {len(outlets)} times for {len(files)} files: give it once per file, or not at all"
        )
    requests = []
    for n, source in enumerate(files):
        data, name = read_article_bytes(source)
        text = decode_article(data, name)
        is_html = looks_like_html(text, name)
        try:
            request = ArticleRequest(
                text=None if is_html else text,
                html=text if is_html else None,
                outlet=outlets[n] if outlets else None,
            )
        except ValueError as exc:
            # An --outlet over 500 characters, or with bytes that are not UTF-8 (a lone surrogate from
            # the shell's arguments): a traceback and exit 1 before (s31 hostile review); as `extract`.
            raise fail(f"{name}: {exc}") from exc
        requests.append(request)
    extractions = []
    with progress_bar(transient=True) as progress:
        task = progress.add_task("extracting", total=len(requests))
        for request in requests:
            extractions.append(run_extraction(request, backend))
            progress.advance(task)
    story = build_story(
        [StoryInput(ex, outlet=outlets[n] if outlets else None) for n, ex in enumerate(extractions)]
    )
    if min_outlets > 1:
        story = story.model_copy(
            update={
                kind: [g for g in getattr(story, kind) if g.independent_outlets >= min_outlets]
                for kind in ("quotes", "figures", "events", "attributions")
            }
        )
    if output_format == "table":
        from service.render.story_terminal import print_story

        print_story(story, Console(), names=files)
    else:
        sys.stdout.write(story.model_dump_json(indent=2) + "\n")


def register(app: typer.Typer) -> None:
    app.command()(corroborate)
