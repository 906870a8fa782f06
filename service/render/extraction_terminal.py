"""Human-readable rendering of an extraction for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from schemas import Extraction
from service.kinds import kind_hooks


def print_extraction(ex: Extraction, console: Console) -> None:
    md = ex.metadata
    console.print(
        # The title and outlet come from the article: escaped, so "[bold]" in a headline is text.
        f"[bold]{escape(md.title or '(untitled)')}[/]  {escape(md.outlet or '')} {md.published or ''}  "
        f"[dim]{ex.extractor.backend}{' / ' + ex.extractor.model if ex.extractor.model else ''} "
        f"· body {ex.body.start}-{ex.body.end} · {len(ex.boilerplate)} boilerplate regions "
        f"· {ex.usage.wall_ms:.0f} ms{' · language ' + md.language if md.language else ''}[/]"
    )
    for warning in ex.warnings:
        # Said before the tables: a truncated body or HTML read as a page changes how to read them.
        console.print(Text.assemble(("warning: ", "yellow"), warning), highlight=False)
    for hooks in sorted(kind_hooks(), key=lambda h: h.table.rank):
        items = getattr(ex, hooks.kind.name)
        if items:
            t = Table(*hooks.table.columns, title=hooks.table.title, show_lines=False)
            for item in items:
                t.add_row(*hooks.table.row(item))
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
