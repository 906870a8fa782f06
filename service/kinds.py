"""The service's hooks for each item kind: grounding, merging and rendering.

``schemas.kinds`` declares what a kind is (its models, list, id prefix, key
text, matching); this module adds what the service does with one that is not
the same for every kind, as small functions. Grounding, the LLM's merge,
validation and guard, and both renderers loop over :func:`kind_hooks`; none of
them names a kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from schemas import Span
from schemas.kinds import ATTRIBUTIONS, EVENTS, FIGURES, QUOTES, ItemKind, item_kinds
from service.grounding.align import fold_plain
from service.grounding.linking import name_key

Key = tuple[object, ...]


class Linking(Protocol):
    """What a kind's grounding hook may ask for while its item is grounded."""

    def verbatim(self, value: str | None, spans: list[Span]) -> str | None:
        """``value`` as the article writes it near ``spans``, or ``None`` when the article lacks it."""
        ...

    def canonical(self, name: str | None) -> str | None:
        """The canonical entity name for ``name`` (``None`` for none)."""
        ...


@dataclass(frozen=True)
class ItemTable:
    """How the terminal shows a kind: a table's title, columns and one row per item."""

    title: str
    columns: tuple[str, ...]
    row: Callable[[Any], Sequence[str]]
    # Tables are printed by rank (quotes first: what a reader looks for first).
    rank: int = 100


@dataclass(frozen=True)
class KindHooks:
    kind: ItemKind
    # The fields grounding rebuilds from the aligned spans and the entity table;
    # every other draft field is copied as the backend wrote it.
    ground: Callable[[Any, list[Span], Linking], dict[str, Any]]
    # Two grounded items are one fact when these are equal (or their evidence is one span).
    merge_key: Callable[[Any], Key]
    # Two drafts of overlapping chunks are one fact when these are equal (or their
    # evidence and key text are).
    chunk_identity: Callable[[Any], Key]
    # One line for a viewer: what the item says.
    label: Callable[[Any], str]
    table: ItemTable
    # The HTML viewer lists kinds by this rank (quotes first, then the numbers, the events, the claims).
    view_rank: int = 100
    # Two items with equal merge keys that are still two facts (two people saying the
    # same words): merging them would lose one record and misattribute its words.
    distinct: Callable[[Any, Any], bool] | None = None
    # Fills what the kept item of a merge lacks from the item merged into it (a headline's
    # quote, which names no speaker, takes the speaker of the same words in the body).
    complete: Callable[[Any, Any], None] | None = None


HOOKS: dict[str, KindHooks] = {}


def register_hooks(hooks: KindHooks) -> KindHooks:
    if hooks.kind.name in HOOKS:
        raise ValueError(f"hooks for {hooks.kind.name!r} are registered already")
    HOOKS[hooks.kind.name] = hooks
    return hooks


def unregister_hooks(name: str) -> None:
    HOOKS.pop(name, None)


def kind_hooks() -> list[KindHooks]:
    """The hooks of every registered kind, in the response's order; a kind without hooks fails loudly."""
    missing = [k.name for k in item_kinds() if k.name not in HOOKS]
    if missing:
        raise LookupError(f"item kinds without service hooks (service.kinds.register_hooks): {missing}")
    return [HOOKS[k.name] for k in item_kinds()]


def _where(spans: list[Span]) -> str:
    return ", ".join(f"{s.start}-{s.end}" for s in spans)


# --------------------------------------------------------------------------- events


def _ground_event(e: Any, spans: list[Span], link: Linking) -> dict[str, Any]:
    return {
        "trigger": link.verbatim(e.trigger, spans) or spans[0].text,
        "participants": list(dict.fromkeys(n for p in e.participants if (n := link.canonical(p)))),
    }


def _event_label(e: Any) -> str:
    date = f" [{e.when.date}]" if e.when is not None and e.when.date else ""
    return f"{e.summary}{date}"


def _event_row(e: Any) -> Sequence[str]:
    when = f"{e.when.text} → {e.when.date or '?'}" if e.when else ""
    return (e.id, e.type, e.status, when, e.summary, _where(e.evidence))


# --------------------------------------------------------------------------- figures


def _ground_figure(f: Any, spans: list[Span], link: Linking) -> dict[str, Any]:
    return {"text": link.verbatim(f.text, spans) or spans[0].text, "subject": link.canonical(f.subject)}


def _figure_key(f: Any) -> Key:
    return (
        "figure",
        f.value,
        f.value_max,
        name_key(f.unit or ""),
        name_key(f.per or ""),
        f.kind,
        fold_plain(f.measure),
    )


def _figure_label(f: Any) -> str:
    unit = f.unit or ""
    return f"{f.text} = {f.value:g} {unit}".rstrip() + (f" · {f.measure}" if f.measure else "")


def _figure_row(f: Any) -> Sequence[str]:
    return (
        f.id,
        f.text,
        f"{f.value:g}" if f.value_max is None else f"{f.value:g} to {f.value_max:g}",
        (f.unit or "") + (f" per {f.per}" if f.per else ""),
        f.kind,
        f.qualifier,
        f.measure,
        _where(f.evidence),
    )


# --------------------------------------------------------------------------- quotes


def _ground_quote(q: Any, spans: list[Span], link: Linking) -> dict[str, Any]:
    return {
        # The quote's words are exactly what the article says, whatever the backend wrote.
        "text": " ".join(s.text for s in spans),
        "speaker": link.canonical(q.speaker),
        "speaker_mention": link.verbatim(q.speaker_mention, spans),
        "cue": link.verbatim(q.cue, spans),
    }


def _quote_row(q: Any) -> Sequence[str]:
    return (q.id, q.speaker or "[dim]unknown[/]", q.cue or "", q.text, _where(q.evidence))


# --------------------------------------------------------------------------- attributions


def _ground_attribution(a: Any, spans: list[Span], link: Linking) -> dict[str, Any]:
    return {"source": link.canonical(a.source) or a.source, "via": link.canonical(a.via)}


def _attribution_label(a: Any) -> str:
    return f"{a.source}: {a.claim}" + (f" (via {a.via})" if a.via else "")


def _attribution_row(a: Any) -> Sequence[str]:
    return (a.id, a.source, a.source_type, a.cue, a.claim, a.via or "", _where(a.evidence))


def _other_speakers(a: Any, b: Any) -> bool:
    """Same words from two people who share no name: two quotes ("We are ready," said each side).

    A quote without a speaker (a pull quote, a headline) is the same fact as the spoken one,
    and "Berg" is "Tom Berg"; only two named, unrelated speakers keep the quotes apart.
    """
    if not a.speaker or not b.speaker:
        return False
    return not set(name_key(a.speaker).split()) & set(name_key(b.speaker).split())


def _speaker_from(kept: Any, merged: Any) -> None:
    """A quote kept without a speaker takes the speaker, mention and cue of the same words merged
    into it: a headline or pull quote comes first in the text and names no one, and the body's
    "“...,” Marsh assured the crowd" gave its speaker to nobody (session 12, PolNeAR train)."""
    if kept.speaker is None and merged.speaker is not None:
        kept.speaker, kept.speaker_mention, kept.cue = merged.speaker, merged.speaker_mention, merged.cue


for _hooks in (
    KindHooks(
        kind=EVENTS,
        ground=_ground_event,
        merge_key=lambda e: ("event", fold_plain(e.summary)),
        chunk_identity=lambda e: (fold_plain(e.summary),),
        label=_event_label,
        table=ItemTable("Events", ("id", "type", "status", "when", "summary", "at"), _event_row, rank=3),
        view_rank=2,
    ),
    KindHooks(
        kind=FIGURES,
        ground=_ground_figure,
        merge_key=_figure_key,
        chunk_identity=lambda f: (f.value, name_key(f.unit or ""), fold_plain(f.text)),
        label=_figure_label,
        table=ItemTable(
            "Figures",
            ("id", "text", "value", "unit", "kind", "qualifier", "measure", "at"),
            _figure_row,
            rank=2,
        ),
        view_rank=1,
    ),
    KindHooks(
        kind=QUOTES,
        ground=_ground_quote,
        merge_key=lambda q: ("quote", fold_plain(q.text)),
        distinct=_other_speakers,
        complete=_speaker_from,
        chunk_identity=lambda q: (fold_plain(q.text),),
        label=lambda q: f"“{q.text}” — {q.speaker or 'unknown speaker'}",
        table=ItemTable("Quotes", ("id", "speaker", "cue", "quote", "at"), _quote_row, rank=0),
        view_rank=0,
    ),
    KindHooks(
        kind=ATTRIBUTIONS,
        ground=_ground_attribution,
        merge_key=lambda a: ("attribution", name_key(a.source), fold_plain(a.claim)),
        chunk_identity=lambda a: (name_key(a.source), fold_plain(a.claim)),
        label=_attribution_label,
        table=ItemTable(
            "Attributions", ("id", "source", "type", "cue", "claim", "via", "at"), _attribution_row, rank=1
        ),
        view_rank=3,
    ),
):
    register_hooks(_hooks)
