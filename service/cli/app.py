"""The ``newsfacts`` command line.

Commands that live outside ``service`` (``eval`` in ``evals``, benchmark
tools) register themselves through the ``newsfacts.commands`` entry-point
group, so the dependency arrow keeps pointing from them to the service and
never back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer
from rich.console import Console

from schemas import ArticleRequest, Extraction
from service.errors import NewsfactsError

if TYPE_CHECKING:
    from rich.progress import Progress

app = typer.Typer(
    name="newsfacts",
    help="Grounded fact extraction for news: events, figures, quotes and attributions.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, soft_wrap=True)

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
BACKENDS = ("rules", "llm", "hybrid")


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``message`` to stderr; return the Exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def read_article_bytes(source: str) -> tuple[bytes, str]:
    """Bytes of ``source`` (a path or ``-`` for stdin) and a display name."""
    if source == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    path = Path(source)
    if not path.exists():
        raise fail(f"{source}: no such file")
    if path.is_dir():
        raise fail(f"{source}: is a directory, not an article file")
    try:
        return path.read_bytes(), source
    except OSError as exc:
        raise fail(f"{source}: cannot read ({exc.strerror})") from exc


def decode_article(data: bytes, name: str) -> str:
    """UTF-8 text of ``data``, or a clear error for binary and other encodings."""
    if b"\x00" in data[:65536]:
        raise fail(f"{name}: looks like a binary file (NUL bytes); give UTF-8 text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc
    if not text.strip():
        raise fail(f"{name}: the article is empty or whitespace only")
    from service.settings import get_settings

    limit = get_settings().max_text_chars
    if len(text) > limit:
        # The same limit the API applies, so a file the API would refuse is refused here too.
        raise fail(
            f"{name}: the article has {len(text):,} characters; at most {limit:,} are accepted "
            "(raise NEWSFACTS_MAX_TEXT_CHARS to allow more)"
        )
    return text


def parse_published(value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    try:
        if "T" in value or " " in value.strip():
            return dt.datetime.fromisoformat(value.strip())
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise fail(f"--published {value!r}: not an ISO date (YYYY-MM-DD) or datetime") from exc


def looks_like_html(text: str, name: str) -> bool:
    if Path(name).suffix.lower() in _HTML_SUFFIXES:
        return True
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text):
        return True
    from service.pipeline.input_checks import looks_like_html as has_markup

    return has_markup(text)


@app.command()
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
        typer.Option("--backend", "-b", help="rules, llm or hybrid (default: configured, else rules)."),
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
    if backend is not None and backend not in BACKENDS:
        raise fail(f"--backend {backend!r}: choose rules, llm or hybrid")
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
    source = sources[0]
    if source == "-" and _stdin_prefix:
        data, name = _stdin_prefix.pop() + sys.stdin.buffer.read(), "<stdin>"
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


def progress_bar(*, transient: bool) -> Progress:
    """A bar on stderr when it is a terminal; nothing at all when stderr is piped or a file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=transient,
        disable=not err.is_terminal,
    )


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


@app.command()
def corroborate(
    files: Annotated[list[str], typer.Argument(help="Article files (text or HTML) reporting one story.")],
    backend: Annotated[
        str | None,
        typer.Option("--backend", "-b", help="rules, llm or hybrid (default: configured, else rules)."),
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
    from service.corroborate.story import StoryInput
    from service.corroborate.story import corroborate as build_story

    if backend is not None and backend not in BACKENDS:
        raise fail(f"--backend {backend!r}: choose rules, llm or hybrid")
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
        requests.append(
            ArticleRequest(
                text=None if is_html else text,
                html=text if is_html else None,
                outlet=outlets[n] if outlets else None,
            )
        )
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


@app.command()
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
    from service.serving.store.sqlite import SchemaError, open_store

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
        raise fail(
            f"cannot open the {_database_name(settings)}: {type(exc).__name__}: {exc}", code=1
        ) from exc
    err.print(
        f"newsfacts: serving on http://{host}:{port} (docs at /docs), data in {_database_name(settings)}"
    )
    from service.api.server import run

    try:
        run(host, port, workers)
    finally:
        if own_metrics_dir is not None:
            import shutil

            shutil.rmtree(own_metrics_dir, ignore_errors=True)


@app.command()
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
    from service.errors import ConfigurationError
    from service.serving.store.sqlite import SchemaError
    from service.serving.worker import run_worker
    from service.settings import get_settings

    settings = get_settings()
    from service.logging import configure_logging

    configure_logging(settings.log_level, json=settings.log_json)
    err.print(f"newsfacts worker: {_database_name(settings)}", highlight=False)
    try:
        metrics_at = (metrics_host, metrics_port) if metrics_port is not None else None
        asyncio.run(run_worker(settings, metrics_at=metrics_at))
    except (SchemaError, ConfigurationError) as exc:
        raise fail(str(exc)) from exc
    except OSError as exc:
        raise fail(f"cannot reach the database: {exc}") from exc


db_app = typer.Typer(help="The database: schema version and migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")


def _database_name(settings: object) -> str:
    from service.settings import Settings

    assert isinstance(settings, Settings)
    if settings.database_url is None:
        return f"SQLite database in {settings.data_dir}"
    from service.serving.store.postgres import redacted_url

    return redacted_url(settings.database_url.get_secret_value())


def _open_for_cli(migrate: bool) -> int:
    from service.serving.store.sqlite import SchemaError, open_store
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
        raise fail(f"cannot open the {_database_name(settings)}: {type(exc).__name__}: {exc}") from exc


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply the schema migrations this release has and the database lacks."""
    from service.settings import get_settings

    version = _open_for_cli(migrate=True)
    err.print(f"{_database_name(get_settings())}: schema at version {version}", highlight=False)


@db_app.command("version")
def db_version() -> None:
    """Print the database's schema version (fails when it needs `newsfacts db upgrade` or is too new)."""
    sys.stdout.write(f"{_open_for_cli(migrate=False)}\n")


@app.command("llm-probe")
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


@app.command("simulate-llm")
def simulate_llm(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")] = 8001,
    latency_ms: Annotated[float, typer.Option(min=0, help="Fixed latency of every answer.")] = 0.0,
    latency_jitter_ms: Annotated[
        float, typer.Option(min=0, help="Extra latency, uniform in [0, this], per answer.")
    ] = 0.0,
    faults: Annotated[
        str,
        typer.Option(
            help="Fault rates, e.g. 429:0.02,500:0.02,hang:0.01 (faults: an HTTP status, hang, drop, "
            "garbage, malformed, schema, length, fabricate, obey).",
        ),
    ] = "",
    retry_after_s: Annotated[float, typer.Option(min=0, help="Retry-After sent with 429s.")] = 1.0,
    seed: Annotated[int | None, typer.Option(help="Seed for latency and fault draws.")] = None,
) -> None:
    """Run a simulated OpenAI-compatible LLM (not a model: the rules extractor answers) for tests and demos."""
    from evals.simulator import SimulatorConfig, parse_rates, serve_forever

    try:
        rates = parse_rates(faults)
    except ValueError as exc:
        raise fail(f"--faults: {exc}") from exc
    config = SimulatorConfig(
        latency_ms=latency_ms,
        latency_jitter_ms=latency_jitter_ms,
        rates=rates,
        retry_after_s=retry_after_s,
        seed=seed,
    )

    def ready(server: asyncio.Server) -> None:
        bound = server.sockets[0].getsockname()[1]
        err.print(
            f"newsfacts simulator (a simulated LLM, not a model) on http://{host}:{bound}/v1\n"
            f"  try: NEWSFACTS_LLM_MODEL=newsfacts-simulator OPENAI_BASE_URL=http://{host}:{bound}/v1 "
            "OPENAI_API_KEY=sk-sim newsfacts extract ARTICLE --backend llm",
            highlight=False,
        )

    try:
        asyncio.run(serve_forever(config, host, port, ready=ready))
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    except KeyboardInterrupt:
        pass


@app.command()
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

    data, name = read_article_bytes(source)
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
    err.print(f"wrote {output}", highlight=False)


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
