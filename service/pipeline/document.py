"""The article as the pipeline hands it to a backend: normalised text and its body."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from schemas import Region

# The most boilerplate regions a response lists (a warning gives the rest's count). A
# scraped article has a few dozen at most; a text of 400,000 short lines, each a block
# of its own, listed every one: a 20 MB answer to an 800 KB request.
MAX_BOILERPLATE_REGIONS = 1000


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
    def boilerplate_runs(self) -> list[tuple[int, int, str]]:
        """Non-body blocks as (start, end, kind), neighbours of one kind joined into one run.

        Two blocks are neighbours when no block lies between them (only blank space),
        so a run covers exactly the characters of its blocks and the space between them.
        """
        runs: list[tuple[int, int, str]] = []
        previous_is_body = True
        for b in self.blocks:
            if b.is_body:
                previous_is_body = True
                continue
            if not previous_is_body and runs[-1][2] == b.kind:
                runs[-1] = (runs[-1][0], b.end, b.kind)
            else:
                runs.append((b.start, b.end, b.kind))
            previous_is_body = False
        return runs

    @property
    def boilerplate(self) -> list[Region]:
        """The response's ``boilerplate``: the first ``MAX_BOILERPLATE_REGIONS`` runs."""
        runs = self.boilerplate_runs[:MAX_BOILERPLATE_REGIONS]
        return [Region(start=s, end=e, kind=k) for s, e, k in runs]

    @property
    def body_text(self) -> str:
        """Body blocks joined by blank lines: what an LLM is shown."""
        return "\n\n".join(b.text for b in self.body_blocks)
