"""Grounding: from a backend's draft to items whose every span is verified.

For each draft item: align its evidence strings (``service.grounding.align``), drop
spans outside the body, drop the item when no span is left (counted, never
returned), rewrite verbatim fields from the aligned text, merge items that
state the same fact, link names to canonical entities, and number the ids in
reading order.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import structlog

from schemas import ExtractionDraft, ItemProvenance, Span
from service.errors import NewsfactsError
from service.grounding.align import Aligner
from service.grounding.linking import EntityTable
from service.kinds import Key, kind_hooks
from service.pipeline import cpu_budget as budget
from service.pipeline.document import Document

log = structlog.get_logger("newsfacts.grounding")


@dataclass
class GroundingStats:
    dropped_ungrounded: int = 0
    dropped_boilerplate: int = 0
    methods: dict[str, int] = field(default_factory=dict)
    # What raised while grounding (a kind's list name, or "entities"): those items are missing (session 25).
    failed: list[str] = field(default_factory=list)


@dataclass
class Grounded:
    entities: list[Any]
    # Each kind's items by its list name ("events"), merged and numbered.
    items: dict[str, list[Any]]
    stats: GroundingStats
    # Item id -> which extractors and rule found it, for the items whose drafts said so.
    provenance: dict[str, ItemProvenance] = field(default_factory=dict)

    @property
    def events(self) -> list[Any]:
        return self.items["events"]

    @property
    def figures(self) -> list[Any]:
        return self.items["figures"]

    @property
    def quotes(self) -> list[Any]:
        return self.items["quotes"]

    @property
    def attributions(self) -> list[Any]:
        return self.items["attributions"]


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


# Draft fields that never reach a grounded item.
_DRAFT_ONLY = frozenset({"evidence", "hint", "rule", "provenance"})


@dataclass
class _Linking:
    """``service.kinds.Linking`` over one document's body aligner and entity table."""

    body: Aligner
    table: EntityTable

    def verbatim(self, value: str | None, spans: list[Span]) -> str | None:
        """Keep a verbatim field only if the article really has it (near the evidence if repeated)."""
        if value is None:
            return None
        if any(value in s.text for s in spans):
            return value
        a = self.body.align(value, spans[0].start if spans else None)
        return a.span.text if a is not None and a.method != "fuzzy" else None

    def canonical(self, name: str | None) -> str | None:
        return self.table.canonical(name)


def ground(doc: Document, draft: ExtractionDraft, extractor: str = "rules") -> Grounded:
    """``draft``'s items grounded in ``doc``; ``extractor`` names the backend of items that carry only a rule."""
    regions = body_regions(doc)
    body = body_aligner(doc)
    whole = body.over(None)  # tells "in boilerplate" from "not in the article at all"
    stats = GroundingStats()
    # An exception while grounding one kind (or the entities) loses that kind's items, not the article: the caller
    # gets the rest with a warning (``service.pipeline.run``), never a 500. The budget's and shutdown's errors pass.
    try:
        table = EntityTable(draft.entities)
    except NewsfactsError:
        raise
    except Exception:
        log.exception("grounding_failed", kind="entities")
        stats.failed.append("entities")
        table = EntityTable([])
    link = _Linking(body, table)

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

    # Each grounded item's provenance, by identity (ids are given after merging);
    # an item merged into another adds its extractors, the kept item's rule stays.
    origin: dict[int, ItemProvenance] = {}

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

    items: dict[str, list[Any]] = {}
    for hooks in kind_hooks():
        kind = hooks.kind
        try:
            grounded: list[Any] = []
            for d in getattr(draft, kind.name, ()):
                spans = spans_for(d.evidence, d.hint)
                if not spans:
                    continue
                rebuilt = hooks.ground(d, spans, link)
                copied = {
                    k: getattr(d, k)
                    for k in type(d).model_fields
                    if k not in _DRAFT_ONLY and k not in rebuilt
                }
                grounded.append(kind.model(id="", evidence=spans, **copied, **rebuilt))
                if d.provenance is not None or d.rule is not None:
                    known = d.provenance or ItemProvenance(extractors=[extractor])
                    origin[id(grounded[-1])] = known.model_copy(update={"rule": known.rule or d.rule})
            items[kind.name] = _number(
                _merge(grounded, hooks.merge_key, absorb, hooks.distinct, hooks.complete), kind.id_prefix
            )
        except NewsfactsError:
            raise
        except Exception:
            log.exception("grounding_failed", kind=kind.name)
            stats.failed.append(kind.name)
            items[kind.name] = []
    try:
        entities = table.entities(doc.text, regions)
    except NewsfactsError:
        raise
    except Exception:
        log.exception("grounding_failed", kind="entities")
        stats.failed.append("entities")
        entities = []
    return Grounded(
        entities=entities,
        items=items,
        stats=stats,
        provenance={
            item.id: origin[id(item)] for kept in items.values() for item in kept if id(item) in origin
        },
    )


def ordered_extractors(names: Sequence[str]) -> list[str]:
    """Each extractor once, the anchoring ``rules`` first, then ``llm``, then any other."""
    rank = {"rules": 0, "llm": 1}
    return sorted(dict.fromkeys(names), key=lambda n: (rank.get(n, 2), n))


# --------------------------------------------------------------------------- merging
# Two items are one fact when their keys are equal (``KindHooks.merge_key``), or
# when their evidence is the same span. The first (in reading order) keeps its
# fields, its rule among them; the others contribute their spans.


def _merge(
    items: list[Any],
    key: Callable[[Any], Key],
    absorb: Callable[[Any, Any], None] | None = None,
    distinct: Callable[[Any, Any], bool] | None = None,
    complete: Callable[[Any, Any], None] | None = None,
) -> list[Any]:
    items = sorted(items, key=lambda i: i.evidence[0].start)
    merged: list[Any] = []
    # Each kept item's spans so far, and the set of them: a merge appends only the new
    # spans (re-deduplicating the growing list on every merge was n² for n mentions).
    evidence: list[list[Span]] = []
    seen: list[set[tuple[int, int]]] = []
    # Every kept item of a key: items with one key may still be distinct facts.
    by_key: dict[tuple[object, ...], list[int]] = {}
    by_span: dict[tuple[int, int], int] = {}
    for current in items:
        k = key(current)
        own: list[Span] = list(current.evidence)
        spans = [(s.start, s.end) for s in own]
        idx = next(
            (i for i in by_key.get(k, ()) if distinct is None or not distinct(merged[i], current)), None
        )
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
            if complete is not None:
                complete(merged[idx], current)
            for span in own:
                if (span.start, span.end) not in seen[idx]:
                    seen[idx].add((span.start, span.end))
                    evidence[idx].append(span)
        kept = by_key.setdefault(k, [])
        if idx not in kept:
            kept.append(idx)
        for s in spans:
            by_span.setdefault(s, idx)
    for item, spans_of in zip(merged, evidence, strict=True):
        # In place: every item here was built by ground() and is referenced nowhere else.
        item.evidence = spans_of
    return merged


def _number(items: list[Any], prefix: str) -> list[Any]:
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
