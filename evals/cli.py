"""``newsfacts eval`` and ``newsfacts eval compare``: registered into the service's CLI through an entry point.

``eval`` is a typer group whose callback runs the eval when no subcommand is
given, so both ``newsfacts eval --backend rules`` and ``newsfacts eval compare
OLD.json NEW.json`` work.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from evals.corpora.cli import register as register_corpus
from evals.report import (
    Report,
    ReportError,
    build_report,
    compare,
    load_report,
    print_compare,
    print_report,
    render_markdown,
    write_json,
)
from evals.runner import (
    DEFAULT_ARTICLES,
    DEFAULT_GOLD,
    EvalError,
    Extractor,
    OverHttp,
    Run,
    in_process,
    load_cases,
    run_eval,
)
from evals.thresholds import DEFAULT_THRESHOLDS, ThresholdError, check, failures, load_thresholds
from service import backend_choices, backend_names

err = Console(stderr=True, soft_wrap=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def progress_bar() -> Progress:
    """A bar on stderr when it is a terminal; nothing when piped (the report goes to stdout)."""
    console = Console(stderr=True)
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


def eval_command(
    ctx: typer.Context,
    backend: Annotated[
        str | None,
        typer.Option(
            "--backend", "-b", help=f"{backend_choices()} (default: rules; llm with --record/--replay)."
        ),
    ] = None,
    articles: Annotated[
        Path, typer.Option(help="Folder of articles (NAME.txt or NAME.html).")
    ] = DEFAULT_ARTICLES,
    gold: Annotated[
        Path, typer.Option(help="Folder of gold files (NAME.json), paired by stem.")
    ] = DEFAULT_GOLD,
    url: Annotated[
        str | None,
        typer.Option(help="Score a running server: POST URL/v1/extractions instead of in process."),
    ] = None,
    api_key: Annotated[
        str | None, typer.Option(envvar="NEWSFACTS_EVAL_API_KEY", help="X-API-Key for --url.")
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(help="Where report.json, report.md and predictions/ go (default: eval-out/BACKEND)."),
    ] = None,
    record: Annotated[
        Path | None, typer.Option(help="Record every LLM request/response to this cassette directory.")
    ] = None,
    replay: Annotated[
        Path | None, typer.Option(help="Serve LLM responses from this cassette directory, offline.")
    ] = None,
    thresholds: Annotated[Path, typer.Option(help="Per-backend limits (TOML).")] = DEFAULT_THRESHOLDS,
    check_limits: Annotated[
        bool, typer.Option("--check", help="Exit 1 when a threshold of the backend is not met.")
    ] = False,
) -> None:
    """Run an extractor over the articles, score it against the gold files, and write the reports."""
    if ctx.invoked_subcommand is not None:
        return
    chosen = _chosen_backend(backend, url=url, record=record, replay=replay)
    try:
        limits_by_backend = load_thresholds(thresholds)
        cases = load_cases(articles, gold)
        extractor: Extractor
        if url is not None:
            extractor, transport, source = OverHttp(url, api_key), None, url
        else:
            extractor, transport = in_process(chosen, record=record, replay=replay)
            source = "replay" if replay else ("recording" if record else "in-process")
        with progress_bar() as progress:
            task = progress.add_task("scoring", total=len(cases))
            run = asyncio.run(
                run_eval(cases, extractor, transport, on_done=lambda case: progress.advance(task))
            )
    except (EvalError, ThresholdError) as exc:
        raise _fail(str(exc)) from exc

    # Over HTTP the server says which backend answered; in process it is the one chosen.
    label = run.extractor.backend if (url is not None and run.extractor is not None) else chosen
    report = build_report(
        backend=label,
        source=source,
        extractor=run.extractor,
        articles_dir=articles,
        gold_dir=gold,
        overall=run.overall,
        articles=run.scores,
        thresholds=[],
        failures=run.failures,
    )
    report.thresholds = check(report.metrics, limits_by_backend.get(label, {}))
    out_dir = out or Path("eval-out") / label
    _write_outputs(run, report, out_dir)
    _print_summary(report, out_dir, transport)
    if check_limits and failures(report.thresholds):
        raise typer.Exit(1)


def _chosen_backend(backend: str | None, *, url: str | None, record: Path | None, replay: Path | None) -> str:
    """The backend to run in process, after refusing option combinations that cannot mean anything."""
    if backend is not None and backend not in backend_names():
        raise _fail(f"--backend {backend!r}: choose {backend_choices()}")
    if url is not None and (record or replay or backend):
        raise _fail("--url scores a running server: --backend, --record and --replay do not apply")
    # A cassette only makes sense for the LLM, so --record/--replay alone imply it.
    return backend or ("llm" if (record or replay) else "rules")


def _write_outputs(run: Run, report: Report, out_dir: Path) -> None:
    """Predictions per article, then report.json and report.md; an unwritable folder is a CLI error."""
    try:
        (out_dir / "predictions").mkdir(parents=True, exist_ok=True)
        for case, outcome in zip(run.cases, run.outcomes, strict=True):
            (out_dir / "predictions" / f"{case.stem}.json").write_text(
                outcome.extraction.model_dump_json(indent=2) + "\n", encoding="utf-8"
            )
        write_json(report, out_dir / "report.json")
        (out_dir / "report.md").write_text(render_markdown(report), encoding="utf-8")
    except OSError as exc:
        raise _fail(f"{out_dir}: cannot write the reports ({exc.strerror})") from exc


def _print_summary(report: Report, out_dir: Path, transport: object | None) -> None:
    console = Console()
    print_report(report, console)
    console.print(f"reports: {out_dir / 'report.json'}, {out_dir / 'report.md'}", highlight=False)
    if transport is not None:
        done = getattr(transport, "recorded", None) or getattr(transport, "served", 0)
        console.print(f"cassette {getattr(transport, 'cassette', '')}: {done} exchange(s)", highlight=False)


def compare_command(
    old: Annotated[Path, typer.Argument(help="The earlier report.json.")],
    new: Annotated[Path, typer.Argument(help="The later report.json.")],
    show_all: Annotated[bool, typer.Option("--all", help="Also list unchanged metrics.")] = False,
) -> None:
    """Show how every metric moved between two JSON reports (green better, red worse)."""
    try:
        a, b = load_report(old), load_report(new)
    except ReportError as exc:
        raise _fail(str(exc)) from exc
    print_compare(a, b, compare(a, b), Console(), show_all=show_all)


def register(app: typer.Typer) -> None:
    eval_app = typer.Typer(
        help="Score an extractor against hand-labelled gold answers (see evals/README.md).",
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    eval_app.callback(invoke_without_command=True)(eval_command)
    eval_app.command("compare")(compare_command)
    register_corpus(eval_app)
    app.add_typer(eval_app, name="eval")
