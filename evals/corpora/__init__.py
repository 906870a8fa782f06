"""Adapters for public labelled corpora: ``newsfacts eval corpus NAME --split SPLIT --data DIR``.

A corpus belongs to its publishers, so the project holds no text of it: an
adapter reads a snapshot directory at run time, converts the corpus's own
annotations, scores with the conventions written in ``evals/README.md`` and
returns a report. Each adapter lives in its own module, named here, and is
imported only when asked for, so a corpus nobody scores costs nothing.

Reserved splits exist so that someone else can check us on data we never saw:
``load`` refuses them before the adapter can open a file.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rich.table import Table

# name -> "module:attribute" of an object that satisfies ``Corpus``.
REGISTRY: dict[str, str] = {
    "polnear": "evals.corpora.polnear:CORPUS",
    "cqe": "evals.corpora.cqe:CORPUS",
    "tbaq": "evals.corpora.timebank:CORPUS",
}


class CorpusError(Exception):
    """A corpus run that cannot go on; the message says what to change."""


@dataclass
class CorpusReport:
    """What an adapter measured: tables for a terminal, a JSON-able summary for files and CI."""

    corpus: str
    split: str
    backend: str
    documents: int
    metrics: dict[str, float | int | None]
    tables: list[Table] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "split": self.split,
            "backend": self.backend,
            "documents": self.documents,
            "metrics": self.metrics,
            "details": self.details,
        }


class Corpus(Protocol):
    name: str
    description: str
    # Development splits this project may read, score and tune against.
    splits: tuple[str, ...]
    # Splits kept for an independent check: never read, scored or tuned against.
    reserved: tuple[str, ...]

    def run(self, data: Path, split: str, *, backend: str, limit: int | None = None) -> CorpusReport: ...


def load(name: str) -> Corpus:
    try:
        target = REGISTRY[name]
    except KeyError:
        raise CorpusError(f"unknown corpus {name!r}: choose one of {', '.join(sorted(REGISTRY))}") from None
    module_name, _, attribute = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise CorpusError(f"corpus {name!r} has no adapter in this version ({module_name})") from None
    corpus: Corpus = getattr(module, attribute)
    return corpus


def check_split(corpus: Corpus, split: str) -> None:
    """Refuse reserved and unknown splits before anything is read."""
    if split in corpus.reserved:
        raise CorpusError(
            f"{corpus.name}: split {split!r} is reserved for an independent check and is never read here; "
            f"use one of {', '.join(corpus.splits)}"
        )
    if split not in corpus.splits:
        raise CorpusError(f"{corpus.name}: unknown split {split!r}; use one of {', '.join(corpus.splits)}")
