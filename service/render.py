"""Human-readable rendering of an extraction for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from schemas import Extraction, Span


def _where(spans: list[Span]) -> str:
    return ", ".join(f"{s.start}-{s.end}" for s in spans)


def print_extraction(ex: Extraction, console: Console) -> None:
    md = ex.metadata
    console.print(
        # The title and outlet come from the article: escaped, so "[bold]" in a headline is text.
        f"[bold]{escape(md.title or '(untitled)')}[/]  {escape(md.outlet or '')} {md.published or ''}  "
        f"[dim]{ex.extractor.backend}{' / ' + ex.extractor.model if ex.extractor.model else ''} "
        f"· body {ex.body.start}-{ex.body.end} · {len(ex.boilerplate)} boilerplate blocks "
        f"· {ex.usage.wall_ms:.0f} ms{' · language ' + md.language if md.language else ''}[/]"
    )
    for warning in ex.warnings:
        # Said before the tables: a truncated body or HTML read as a page changes how to read them.
        console.print(Text.assemble(("warning: ", "yellow"), warning), highlight=False)
    if ex.quotes:
        t = Table("id", "speaker", "cue", "quote", "at", title="Quotes", show_lines=False)
        for q in ex.quotes:
            t.add_row(q.id, q.speaker or "[dim]unknown[/]", q.cue or "", q.text, _where(q.evidence))
        console.print(t)
    if ex.attributions:
        t = Table("id", "source", "type", "cue", "claim", "via", "at", title="Attributions")
        for a in ex.attributions:
            t.add_row(a.id, a.source, a.source_type, a.cue, a.claim, a.via or "", _where(a.evidence))
        console.print(t)
    if ex.figures:
        t = Table("id", "text", "value", "unit", "kind", "qualifier", "measure", "at", title="Figures")
        for f in ex.figures:
            t.add_row(
                f.id,
                f.text,
                f"{f.value:g}" if f.value_max is None else f"{f.value:g} to {f.value_max:g}",
                (f.unit or "") + (f" per {f.per}" if f.per else ""),
                f.kind,
                f.qualifier,
                f.measure,
                _where(f.evidence),
            )
        console.print(t)
    if ex.events:
        t = Table("id", "type", "status", "when", "summary", "at", title="Events")
        for e in ex.events:
            when = f"{e.when.text} → {e.when.date or '?'}" if e.when else ""
            t.add_row(e.id, e.type, e.status, when, e.summary, _where(e.evidence))
        console.print(t)
    if ex.entities:
        t = Table("id", "name", "type", "aliases", "titles", title="Entities")
        for en in ex.entities:
            t.add_row(en.id, en.name, en.type, ", ".join(en.aliases), ", ".join(en.titles))
        console.print(t)
    u = ex.usage
    console.print(
        f"[dim]usage: {u.llm_calls} LLM calls, {u.prompt_tokens}+{u.completion_tokens} tokens, "
        f"{u.dropped_ungrounded} ungrounded and {u.dropped_boilerplate} boilerplate items dropped[/]"
    )
