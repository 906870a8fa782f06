"""``newsfacts extract``: one article printed, or many as JSON Lines."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console

from schemas import ArticleRequest, Extraction
from service.backends.registry import backend_choices, backend_names
from service.cli.common import (
    decode_article,
    err,
    fail,
    looks_like_html,
    parse_published,
    progress_bar,
    read_article_bytes,
)
from service.errors import NewsfactsError


def extract(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Article file (text or HTML), or - for standard input. Several files, a folder "
            "(its .txt/.html files, recursively), .jsonl files or JSON Lines on - (one "
            '{"text"|"html", ...} object a line, optional "id") run in bulk and print JSON Lines.',
            show_default=False,
        ),
    ],
    backend: Annotated[
        str | None,
        typer.Option("--backend", "-b", help=f"{backend_choices()} (default: configured, else rules)."),
    ] = None,
    html: Annotated[
        bool | None,
        typer.Option("--html/--text", help="Treat input as HTML / plain text (default: detect)."),
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date, ISO format; resolves relative dates.")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Headline, if known.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Publishing outlet.")] = None,
    output_format: Annotated[
        Literal["json", "table"],
        typer.Option("--format", "-f", help="json (the API's body) or table."),
    ] = "json",
    language: Annotated[
        str | None,
        typer.Option(help="The article's language (BCP 47, e.g. de); default: detected."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Bulk: append JSON Lines here; a rerun skips the articles already done in it (resume).",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Bulk, rules backend: worker processes (default: all cores)."
        ),
    ] = None,
    concurrency: Annotated[
        int | None,
        typer.Option(
            min=1, help="Bulk, LLM backend: articles in flight at once (default: the batch concurrency)."
        ),
    ] = None,
) -> None:
    """Extract facts from one article and print them; or from many, as JSON Lines (see SOURCES)."""
    if backend is not None and backend not in backend_names():
        raise fail(f"--backend {backend!r}: choose {backend_choices()}")
    first_lines: list[str] = []
    if sources == ["-"] and output is None:
        first_lines = _peek_stdin_jsonl()
    if first_lines or len(sources) > 1 or output is not None or any(_is_bulk_source(s) for s in sources):
        if output_format != "json":
            raise fail("--format table shows one article; several are written as JSON Lines")
        _extract_bulk(
            sources,
            backend=backend,
            defaults=(html, published, title, outlet, language),
            output=output,
            jobs=jobs,
            concurrency=concurrency,
            stdin_head=first_lines,
        )
        return
    _extract_one(
        sources[0],
        backend=backend,
        defaults=(html, published, title, outlet, language),
        output_format=output_format,
    )


def _extract_one(
    source: str,
    *,
    backend: str | None,
    defaults: tuple[bool | None, str | None, str | None, str | None, str | None],
    output_format: Literal["json", "table"],
) -> None:
    """One article, printed as the API's JSON body or as a table."""
    html, published, title, outlet, language = defaults
    if source == "-" and _stdin_prefix:
        data, name = read_article_bytes("-", head=_stdin_prefix.pop())
    else:
        data, name = read_article_bytes(source)
    text = decode_article(data, name)
    is_html = looks_like_html(text, name) if html is None else html
    try:
        request = ArticleRequest(
            text=None if is_html else text,
            html=text if is_html else None,
            published=parse_published(published),
            title=title,
            outlet=outlet,
            language=language,
        )
    except ValueError as exc:
        raise fail(f"{name}: {exc}") from exc
    extraction = run_extraction(request, backend)
    if output_format == "table":
        from service.render.extraction_terminal import print_extraction

        print_extraction(extraction, Console())
    else:
        sys.stdout.write(extraction.model_dump_json(indent=2) + "\n")


# Bytes of standard input read while deciding whether it is JSON Lines (at most one entry).
_stdin_prefix: list[bytes] = []


def _peek_stdin_jsonl() -> list[str]:
    """Standard input's first lines if it is JSON Lines (its first non-blank line a JSON object), else []."""
    seen = b""
    while True:
        line = sys.stdin.buffer.readline()
        seen += line
        if not line or line.strip():
            break
    import json

    try:
        is_jsonl = isinstance(json.loads(line), dict)
    except ValueError:
        is_jsonl = False
    if is_jsonl:
        return seen.decode("utf-8", errors="replace").splitlines(keepends=True)
    _stdin_prefix.append(seen)
    return []


def _is_bulk_source(source: str) -> bool:
    path = Path(source)
    return path.is_dir() or path.suffix.lower() in (".jsonl", ".ndjson")


def _extract_bulk(
    sources: list[str],
    *,
    backend: str | None,
    defaults: tuple[bool | None, str | None, str | None, str | None, str | None],
    output: Path | None,
    jobs: int | None,
    concurrency: int | None,
    stdin_head: list[str],
) -> None:
    from service.backends import create_backend
    from service.serving import bulk
    from service.settings import get_settings

    html, published, title, outlet, language = defaults
    if published is not None:
        parse_published(published)  # refuse a bad date once, not once per article
    settings = get_settings()
    try:
        asyncio.run(create_backend(backend).aclose())  # a configuration error stops here, before any work
    except NewsfactsError as exc:
        raise fail(f"{exc.title}: {exc.detail}") from exc
    if stdin_head:
        bulk.STDIN_HEAD[:] = stdin_head
    progress = progress_bar(transient=False)
    try:
        with progress:
            summary = bulk.run(
                sources,
                backend_name=backend,
                defaults=bulk.Defaults(published, title, outlet, language, html),
                output=output,
                workers=jobs,
                concurrency=concurrency or settings.batch_concurrency,
                out=sys.stdout,
                progress=progress,
            )
    except bulk.BulkInputError as exc:
        raise fail(str(exc)) from exc
    except NewsfactsError as exc:
        raise fail(f"{exc.title}: {exc.detail}") from exc
    except KeyboardInterrupt:
        hint = (
            f"; run the same command again to resume (articles already in {output} are skipped)"
            if output
            else ""
        )
        raise fail(f"interrupted{hint}", code=130) from None
    failed = len(summary.failures)
    where = f" to {output}" if output else ""
    err.print(
        f"extracted {summary.succeeded} of {summary.total} articles{where} in {summary.seconds:.1f} s"
        + (f", {summary.skipped} already done" if summary.skipped else "")
        + (f", [bold red]{failed} failed[/]" if failed else ""),
        highlight=False,
    )
    for source, message in summary.failures[:20]:
        err.print(f"  {source}: {message}", highlight=False, markup=False)
    if failed > 20:
        err.print(f'  … and {failed - 20} more (lines with "ok": false in the output)', highlight=False)
    if failed:
        raise typer.Exit(1)


def run_extraction(request: ArticleRequest, backend_name: str | None) -> Extraction:
    """Run the pipeline once, turning every expected failure into a CLI error."""
    from service.backends import create_backend
    from service.pipeline.run import extract as pipeline_extract

    async def go() -> Extraction:
        backend = create_backend(backend_name)
        try:
            return await pipeline_extract(request, backend)
        finally:
            await backend.aclose()

    try:
        return asyncio.run(go())
    except NewsfactsError as exc:
        raise fail(f"{exc.title}: {exc.detail}", code=1 if exc.status >= 500 else 2) from exc
    except Exception as exc:
        # A bug, not the input: one line saying so, never a page of traceback (issue 13).
        raise fail(f"internal error ({type(exc).__name__}: {exc}); please report it", code=1) from exc


def register(app: typer.Typer) -> None:
    app.command()(extract)
