"""A story for the terminal (rich): one table per item type, most corroborated first."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from schemas.story import Conflict, Story, _Group

# Quotes and claims run to paragraphs; the table shows their start and the JSON has all.
_CELL_CHARS = 100


def _short(text: str, limit: int = _CELL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _articles(indices: Sequence[int]) -> str:
    return " ".join(str(i) for i in indices)


def _conflicts(conflicts: Sequence[Conflict]) -> str:
    return "; ".join(
        f"{c.field}: " + " vs ".join(f"{v.value or '?'} ({_articles(v.articles)})" for v in c.values)
        for c in conflicts
    )


def print_story(story: Story, console: Console, names: Sequence[str] | None = None) -> None:
    """Print ``story``; ``names`` label the articles (file names on the command line)."""
    legend = Table("#", "article", "outlet", "counts as", title="Articles", title_justify="left")
    for art in story.articles:
        name = (
            Path(names[art.index]).name
            if names and art.index < len(names)
            else (art.title or art.extraction_id)
        )
        outlet = art.outlet or "[dim]unknown[/]"
        if art.republished_from:
            outlet = f"{art.outlet + ', ' if art.outlet else ''}republished from {art.republished_from}"
        counts_as = "[dim]its own[/]" if art.outlet_key.startswith("extraction:") else art.outlet_key
        legend.add_row(str(art.index), name, outlet, counts_as)
    console.print(legend)

    def table(title: str, *columns: str, conflicts: bool) -> Table:
        t = Table(title=title, title_justify="left")
        t.add_column("id", no_wrap=True)
        t.add_column("outlets", justify="right", no_wrap=True)
        t.add_column("articles", no_wrap=True)
        for name in columns[:-1]:
            t.add_column(name, max_width=18)
        t.add_column(columns[-1], ratio=1)
        if conflicts:
            t.add_column("conflicts", max_width=30)
        return t

    def row(t: Table, group: _Group, *cells: str, conflicts: bool) -> None:
        extra = [_conflicts(group.conflicts)] if conflicts else []
        t.add_row(group.id, str(group.independent_outlets), _articles(group.articles), *cells, *extra)

    if story.quotes:
        has = any(q.conflicts for q in story.quotes)
        t = table("Quotes", "speaker", "quote", conflicts=has)
        for q in story.quotes:
            row(t, q, q.representative.speaker or "[dim]?[/]", _short(q.representative.text), conflicts=has)
        console.print(t)
    if story.figures:
        has = any(f.conflicts for f in story.figures)
        t = table("Figures", "value", "unit", "as written", conflicts=has)
        for f in story.figures:
            rep = f.representative
            written = " | ".join(_short(v, 40) for v in f.variants)
            row(t, f, f"{rep.value:g}", rep.unit or "", written, conflicts=has)
        console.print(t)
    if story.events:
        has = any(e.conflicts for e in story.events)
        t = table("Events", "date", "summary", conflicts=has)
        for e in story.events:
            ev = e.representative
            date = (ev.when.date or "") if ev.when else ""
            row(t, e, date, _short(ev.summary), conflicts=has)
        console.print(t)
    if story.attributions:
        has = any(a.conflicts for a in story.attributions)
        t = table("Attributions", "source", "claim", conflicts=has)
        for a in story.attributions:
            row(t, a, a.representative.source, _short(a.representative.claim), conflicts=has)
        console.print(t)
    for warning in story.warnings:
        console.print(f"[dim]note: {warning}[/]")
