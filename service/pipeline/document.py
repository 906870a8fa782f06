"""The article as the pipeline hands it to a backend: normalised text and its body."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from schemas import Region


@dataclass(frozen=True)
class Block:
    """A paragraph-like block of the normalised text and what the body finder made of it."""

    start: int
    end: int
    text: str
    kind: str  # "body", "headline", or a boilerplate kind: byline, date, comments, sidebar, credit, share ...

    @property
    def is_body(self) -> bool:
        return self.kind in ("body", "headline")


@dataclass(frozen=True)
class Document:
    text: str
    blocks: tuple[Block, ...]
    published: dt.date | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    authors: tuple[str, ...] = field(default_factory=tuple)
    republished_from: str | None = None
    # Where ``language`` came from: the request ("request"), the detector
    # ("detected"), or nowhere (None: unknown, read as English).
    language_source: str | None = None
    # What the pipeline noticed before any backend ran (HTML sent as text, a
    # body that keeps a small share of the text): reported in ``warnings``.
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.is_body)

    @property
    def body(self) -> Region:
        body = self.body_blocks
        if not body:
            return Region(start=0, end=0)
        return Region(start=body[0].start, end=body[-1].end)

    @property
    def boilerplate(self) -> list[Region]:
        return [Region(start=b.start, end=b.end, kind=b.kind) for b in self.blocks if not b.is_body]

    @property
    def body_text(self) -> str:
        """Body blocks joined by blank lines: what an LLM is shown."""
        return "\n\n".join(b.text for b in self.body_blocks)
