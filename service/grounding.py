"""Grounding: from a backend's draft to items whose every span is verified.

For each draft item: align its evidence strings (``service.align``), drop
spans outside the body, drop the item when no span is left (counted, never
returned), rewrite verbatim fields from the aligned text, merge items that
state the same fact, link names to canonical entities, and number the ids in
reading order.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from schemas import (
    Attribution,
    AttributionDraft,
    Event,
    EventDraft,
    ExtractionDraft,
    Figure,
    FigureDraft,
    ItemProvenance,
    Quote,
    QuoteDraft,
    Span,
)
from service import budget
from service.align import Aligner, fold_plain
from service.document import Document
from service.entities import EntityTable, name_key


@dataclass
class GroundingStats:
    dropped_ungrounded: int = 0
    dropped_boilerplate: int = 0
    methods: dict[str, int] = field(default_factory=dict)


@dataclass
class Grounded:
    entities: list[Any]
    events: list[Event]
    figures: list[Figure]
    quotes: list[Quote]
    attributions: list[Attribution]
    stats: GroundingStats
    # Item id -> which extractors support it, for the items whose drafts said so.
    provenance: dict[str, ItemProvenance] = field(default_factory=dict)


def body_regions(doc: Document) -> list[tuple[int, int]]:
    """Contiguous body regions: adjacent body blocks with only whitespace between them merge.

    A multi-paragraph quote can then be aligned across its paragraph breaks,
    but never across a boilerplate block.
    """
    regions: list[tuple[int, int]] = []
    furniture_since_last = False
    for b in doc.blocks:
        if not b.is_body:
            furniture_since_last = True
            continue
        if regions and not furniture_since_last and not doc.text[regions[-1][1] : b.start].strip():
            regions[-1] = (regions[-1][0], b.end)
        else:
            regions.append((b.start, b.end))
        furniture_since_last = False
    return regions


# One body aligner per document, for as long as the document lives.
_BODY_ALIGNERS: weakref.WeakKeyDictionary[Document, Aligner] = weakref.WeakKeyDictionary()


def body_aligner(doc: Document) -> Aligner:
    """The aligner over ``doc``'s body regions, the same one every time for one document.

    The llm backend's grounding check aligns every evidence string with it to
    decide on a re-ask, and grounding aligns them again with position hints:
    sharing it, the article is folded once and each fuzzy match (the costly
    pass, which does not depend on the hint) is searched for once.
    """
    aligner = _BODY_ALIGNERS.get(doc)
    if aligner is None:
        aligner = _BODY_ALIGNERS[doc] = Aligner(doc.text, body_regions(doc))
    return aligner


D = TypeVar("D", EventDraft, FigureDraft, QuoteDraft, AttributionDraft)
G = TypeVar("G", Event, Figure, Quote, Attribution)


def ground(doc: Document, draft: ExtractionDraft) -> Grounded:
    regions = body_regions(doc)
    body = body_aligner(doc)
    whole = body.over(None)  # tells "in boilerplate" from "not in the article at all"
    stats = GroundingStats()
    table = EntityTable(draft.entities)
    # Each grounded item's provenance (by object identity: the items have no id yet);
    # two items merged into one are supported by both items' extractors.
    origin: dict[int, ItemProvenance] = {}

    def note(item: Any, source: ItemProvenance | None) -> None:
        if source is not None:
            origin[id(item)] = source

    def absorb(kept: Any, merged: Any) -> None:
        theirs = origin.get(id(merged))
        if theirs is None:
            return
        ours = origin.get(id(kept))
        origin[id(kept)] = (
            theirs
            if ours is None
            else ItemProvenance(
                extractors=ordered_extractors([*ours.extractors, *theirs.extractors]),
                rule=ours.rule or theirs.rule,
            )
        )

    def spans_for(strings: Sequence[str], hint: int | None) -> list[Span]:
        budget.check()  # once per item: a draft of thousands of items ends at its budget
        spans: list[Span] = []
        outside = False
        anchor = hint
        for s in strings:
            a = body.align(s, anchor)
            if a is None:
                outside = outside or whole.align(s) is not None
                continue
            stats.methods[a.method] = stats.methods.get(a.method, 0) + 1
            spans.append(a.span)
            anchor = a.span.start if anchor is None else anchor
        if not spans:
            if outside:
                stats.dropped_boilerplate += 1
            else:
                stats.dropped_ungrounded += 1
        return _dedupe_spans(spans)

    def verbatim(value: str | None, spans: list[Span]) -> str | None:
        """Keep a verbatim field only if the article really has it (near the evidence if repeated)."""
        if value is None:
            return None
        if any(value in s.text for s in spans):
            return value
        a = body.align(value, spans[0].start if spans else None)
        return a.span.text if a is not None and a.method != "fuzzy" else None

    events: list[Event] = []
    for e in draft.events:
        spans = spans_for(e.evidence, e.hint)
        if not spans:
            continue
        trigger = verbatim(e.trigger, spans) or spans[0].text
        events.append(
            Event(
                id="",
                evidence=spans,
                **_fields(e, exclude={"evidence", "hint", "provenance", "trigger", "participants"}),
                trigger=trigger,
                participants=_unique([n for p in e.participants if (n := table.canonical(p))]),
            )
        )
        note(events[-1], e.provenance)

    figures: list[Figure] = []
    for f in draft.figures:
        spans = spans_for(f.evidence, f.hint)
        if not spans:
            continue
        figures.append(
            Figure(
                id="",
                evidence=spans,
                **_fields(f, exclude={"evidence", "hint", "provenance", "text", "subject"}),
                text=verbatim(f.text, spans) or spans[0].text,
                subject=table.canonical(f.subject),
            )
        )
        note(figures[-1], f.provenance)

    quotes: list[Quote] = []
    for q in draft.quotes:
        spans = spans_for(q.evidence, q.hint)
        if not spans:
            continue
        quotes.append(
            Quote(
                id="",
                evidence=spans,
                **_fields(
                    q, exclude={"evidence", "hint", "provenance", "text", "speaker", "speaker_mention", "cue"}
                ),
                # The quote's words are exactly what the article says, whatever the backend wrote.
                text=" ".join(s.text for s in spans),
                speaker=table.canonical(q.speaker),
                speaker_mention=verbatim(q.speaker_mention, spans),
                cue=verbatim(q.cue, spans),
            )
        )
        note(quotes[-1], q.provenance)

    attributions: list[Attribution] = []
    for at in draft.attributions:
        spans = spans_for(at.evidence, at.hint)
        if not spans:
            continue
        attributions.append(
            Attribution(
                id="",
                evidence=spans,
                **_fields(at, exclude={"evidence", "hint", "provenance", "source", "via"}),
                source=table.canonical(at.source) or at.source,
                via=table.canonical(at.via),
            )
        )
        note(attributions[-1], at.provenance)

    events = _number(_merge(events, _event_key, absorb), "ev")
    figures = _number(_merge(figures, _figure_key, absorb), "fg")
    quotes = _number(_merge(quotes, _quote_key, absorb), "qt")
    attributions = _number(_merge(attributions, _attribution_key, absorb), "at")
    items: list[Event | Figure | Quote | Attribution] = [*events, *figures, *quotes, *attributions]
    return Grounded(
        entities=table.entities(doc.text, regions),
        events=events,
        figures=figures,
        quotes=quotes,
        attributions=attributions,
        stats=stats,
        provenance={item.id: origin[id(item)] for item in items if id(item) in origin},
    )


# --------------------------------------------------------------------------- merging
# Two items are one fact when their keys are equal, or when their evidence is
# the same span. The first (in reading order) keeps its fields; the others
# contribute their spans.


def _event_key(e: Event) -> tuple[object, ...]:
    return ("event", fold_plain(e.summary))


def _figure_key(f: Figure) -> tuple[object, ...]:
    return (
        "figure",
        f.value,
        f.value_max,
        name_key(f.unit or ""),
        name_key(f.per or ""),
        f.kind,
        fold_plain(f.measure),
    )


def _quote_key(q: Quote) -> tuple[object, ...]:
    return ("quote", fold_plain(q.text))


def _attribution_key(a: Attribution) -> tuple[object, ...]:
    return ("attribution", name_key(a.source), fold_plain(a.claim))


def ordered_extractors(names: Sequence[str]) -> list[str]:
    """Each extractor once, the anchoring ``rules`` first, then ``llm``, then any other."""
    rank = {"rules": 0, "llm": 1}
    return sorted(dict.fromkeys(names), key=lambda n: (rank.get(n, 2), n))


def _merge(
    items: list[G],
    key: Callable[[G], tuple[object, ...]],
    absorb: Callable[[G, G], None] | None = None,
) -> list[G]:
    items = sorted(items, key=lambda i: i.evidence[0].start)
    merged: list[G] = []
    # Each kept item's spans so far, and the set of them: a merge appends only the new
    # spans (re-deduplicating the growing list on every merge was n² for n mentions).
    evidence: list[list[Span]] = []
    seen: list[set[tuple[int, int]]] = []
    by_key: dict[tuple[object, ...], int] = {}
    by_span: dict[tuple[int, int], int] = {}
    for current in items:
        k = key(current)
        own: list[Span] = list(current.evidence)
        spans = [(s.start, s.end) for s in own]
        idx = by_key.get(k)
        if idx is None:
            idx = next((by_span[s] for s in spans if s in by_span), None)
        if idx is None:
            merged.append(current)
            idx = len(merged) - 1
            evidence.append(_dedupe_spans(own))
            seen.append({(s.start, s.end) for s in evidence[idx]})
        else:
            if absorb is not None:
                absorb(merged[idx], current)
            for span in own:
                if (span.start, span.end) not in seen[idx]:
                    seen[idx].add((span.start, span.end))
                    evidence[idx].append(span)
        by_key.setdefault(k, idx)
        for s in spans:
            by_span.setdefault(s, idx)
    for item, spans_of in zip(merged, evidence, strict=True):
        # In place: every item here was built by ground() and is referenced nowhere else.
        item.evidence = spans_of
    return merged


def _number(items: list[G], prefix: str) -> list[G]:
    items.sort(key=lambda i: i.evidence[0].start)
    for n, item in enumerate(items, start=1):
        item.id = f"{prefix}{n}"  # in place, as in _merge: a copy per item was a tenth of grounding
    return items


def _dedupe_spans(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out: list[Span] = []
    for s in spans:
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _fields(model: BaseModel, exclude: set[str]) -> dict[str, Any]:
    return {k: getattr(model, k) for k in type(model).model_fields if k not in exclude}
