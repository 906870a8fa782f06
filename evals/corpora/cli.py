"""``newsfacts eval corpus NAME --split SPLIT --data DIR``: score on a public corpus snapshot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from evals.corpora import REGISTRY, CorpusError, check_split, load
from service import backend_choices

err = Console(stderr=True, soft_wrap=True)


def register(eval_app: typer.Typer) -> None:
    @eval_app.command("corpus")
    def corpus_command(
        name: Annotated[str, typer.Argument(help=f"The corpus: {', '.join(sorted(REGISTRY))}.")],
        data: Annotated[
            Path, typer.Option(help="The corpus snapshot (a checkout or `git archive` of its repository).")
        ],
        split: Annotated[str, typer.Option(help="A development split of the corpus.")] = "dev",
        backend: Annotated[str, typer.Option("--backend", "-b", help=f"{backend_choices()}.")] = "rules",
        limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
        out: Annotated[Path | None, typer.Option(help="Also write the summary as JSON here.")] = None,
        sources: Annotated[
            Path | None,
            typer.Option(
                help="PolNeAR only: a reader's resolution of pronoun and description sources "
                "(evals/corpora/polnear_sources.json); reports speaker_accuracy_reader beside the headline."
            ),
        ] = None,
    ) -> None:
        """Score an extractor on a public labelled corpus read from a snapshot at run time."""
        try:
            corpus = load(name)
            check_split(corpus, split)
            if not data.is_dir():
                raise CorpusError(f"--data {data}: not a directory (a snapshot of the {name} corpus)")
            if sources is None:
                report = corpus.run(data, split, backend=backend, limit=limit)
            elif name != "polnear":
                raise CorpusError(f"--sources is read by the polnear adapter only, not by {name}")
            else:
                # Imported here: an adapter is loaded only when asked for (evals/corpora/__init__.py).
                from evals.corpora.polnear import CORPUS as polnear

                report = polnear.run(data, split, backend=backend, limit=limit, sources=sources)
        except CorpusError as exc:
            err.print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(2) from exc
        console = Console()
        for table in report.tables:
            console.print(table)
        console.print(json.dumps(report.metrics, indent=2), highlight=False)
        if out is not None:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(json.dumps(report.to_json(), indent=2) + "\n", encoding="utf-8")
