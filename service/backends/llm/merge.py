"""Merging the drafts of overlapping chunks into one draft for the article.

Chunks overlap, so a fact near a boundary is usually reported twice, in words
that may differ slightly. Two items of one kind are the same fact when either
key below matches (folded: case, quotation marks, dashes and spaces ignored):

- its identity (``KindHooks.chunk_identity``): a quote's words; a figure's
  value, unit and verbatim text; an event's summary; an attribution's source
  and claim;
- its evidence plus its key text (``ItemKind.key_field``): the same evidence
  strings and the same trigger / figure text / quote words / cue.

The first report (in chunk order) keeps its fields and gains the other's
evidence strings. Entities merge by name or alias; metadata takes the first
value each field has. The pipeline's grounding merges once more on offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from schemas import EntityDraft, ExtractionDraft, MetadataFields
from service.grounding.align import fold_plain
from service.grounding.linking import name_key
from service.kinds import Key, kind_hooks


def _evidence_key(item: Any, main: str) -> Key:
    return (frozenset(fold_plain(e) for e in item.evidence), fold_plain(main))


def _merge_items(items: Sequence[Any], identity: Callable[[Any], Key], main: str) -> list[Any]:
    merged: list[Any] = []
    index: dict[Key, int] = {}
    for current in items:
        keys: list[Key] = [
            ("id", *identity(current)),
            ("ev", *_evidence_key(current, getattr(current, main))),
        ]
        found = next((index[k] for k in keys if k in index), None)
        if found is None:
            merged.append(current)
            found = len(merged) - 1
        else:
            kept = merged[found]
            evidence = list(dict.fromkeys([*kept.evidence, *current.evidence]))
            merged[found] = kept.model_copy(update={"evidence": evidence})
        for k in keys:
            index.setdefault(k, found)
    return merged


def _merge_entities(entities: Sequence[EntityDraft]) -> list[EntityDraft]:
    merged: list[EntityDraft] = []
    index: dict[str, int] = {}
    for e in entities:
        keys = [k for k in (name_key(e.name), *(name_key(a) for a in e.aliases)) if k]
        found = next((index[k] for k in keys if k in index), None)
        if found is None:
            merged.append(e)
            found = len(merged) - 1
        else:
            kept = merged[found]
            # The fullest form is the canonical name (SPEC: "the fullest form in the article").
            name = max([kept.name, e.name], key=lambda n: (len(n.split()), len(n)))
            aliases = [
                a
                for a in dict.fromkeys([kept.name, *kept.aliases, e.name, *e.aliases])
                if name_key(a) != name_key(name)
            ]
            merged[found] = kept.model_copy(
                update={
                    "name": name,
                    "aliases": aliases,
                    "titles": list(dict.fromkeys([*kept.titles, *e.titles])),
                }
            )
        for k in keys:
            index.setdefault(k, found)
    return merged


def _merge_metadata(parts: Sequence[MetadataFields]) -> MetadataFields:
    out = MetadataFields()
    for md in parts:
        out = out.model_copy(
            update={
                "title": out.title or md.title,
                "authors": out.authors or md.authors,
                "outlet": out.outlet or md.outlet,
                "published": out.published or md.published,
                "republished_from": out.republished_from or md.republished_from,
            }
        )
    return out


def merge_drafts(drafts: Sequence[ExtractionDraft]) -> ExtractionDraft:
    """One draft from the chunks' drafts, in chunk order, without the overlaps' duplicates."""
    if len(drafts) == 1:
        return drafts[0]
    # The chunks' draft type: a kind registered beside the contract's has its list there.
    return type(drafts[0])(
        metadata=_merge_metadata([d.metadata for d in drafts]),
        entities=_merge_entities([e for d in drafts for e in d.entities]),
        **{
            h.kind.name: _merge_items(
                [x for d in drafts for x in getattr(d, h.kind.name)], h.chunk_identity, h.kind.key_field
            )
            for h in kind_hooks()
        },
    )
