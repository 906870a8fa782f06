"""The item kinds of the contract, one descriptor each: what every layer loops over.

An item kind (events, figures, quotes, attributions) is the same few facts
wherever it is handled: the list it is returned in, its grounded model and
its draft, the prefix of its ids, the verbatim field its evidence must hold,
the fields a model writes in its own words, and how an eval pairs it with a
gold item (SPEC, "Scoring"). Those facts are declared here, once; the service
adds its hooks (``service.kinds``: grounding, merging, rendering) and the
evals interpret :class:`Matching` with their own comparison code.

Adding a kind is the checklist in ``docs/architecture.md`` ("Adding a kind").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from schemas.models import (
    Attribution,
    AttributionDraft,
    Event,
    EventDraft,
    Figure,
    FigureDraft,
    Quote,
    QuoteDraft,
)

# How an eval compares one field (each name is interpreted by ``evals.match``):
# name: the same entity (aliases count); phrase: one's words run inside the other's;
# exact: equal; label: equal ignoring case and punctuation; value: the same number;
# unit: the same unit (synonyms count); optional_value / optional_unit: both given
# and the same; date: the same value at the same precision.
Comparison = Literal[
    "name", "phrase", "exact", "label", "value", "unit", "optional_value", "optional_unit", "date"
]


@dataclass(frozen=True)
class MatchField:
    """One field an eval compares between a predicted and a gold item."""

    name: str
    compare: Comparison
    # Key fields decide strict correctness and weigh double in the similarity.
    key: bool = False
    # Where to read it, dotted ("when.date"); the field's own name by default.
    path: str | None = None
    # Counted only for pairs where either side gives a value (a range's upper end, a rate's per).
    only_where_given: bool = False
    # A key field that decides strict correctness only where gold gives a value (an event's date).
    key_only_where_gold: bool = False

    @property
    def source(self) -> str:
        return self.path or self.name


@dataclass(frozen=True)
class Matching:
    """How a predicted item may pair with a gold item, declared; ``evals.match`` interprets it."""

    fields: tuple[MatchField, ...]
    # A field whose near-identical text pairs two items without overlapping evidence (a quote's words).
    text_field: str | None = None
    # Whether a prediction whose evidence is one word in all may pair (a figure is often "4,000").
    one_word_evidence: bool = False


@dataclass(frozen=True)
class ItemKind:
    """One kind of item: the contract's facts about it."""

    name: str  # the list field of ``Extraction`` and ``ExtractionDraft``: "events"
    singular: str  # "event"
    id_prefix: str  # ids are the prefix and a number in reading order: "ev1"
    model: type[BaseModel]  # the grounded item (has ``id`` and ``evidence`` spans)
    draft: type[BaseModel]  # what a backend returns (``evidence`` strings)
    # The verbatim field its evidence must contain: the LLM guard's key text.
    key_field: str
    matching: Matching
    # Fields a model writes in its own words: checked for names and numbers the evidence lacks.
    paraphrase_fields: tuple[str, ...] = ()
    # Fields compared against the prompt's worked example (a copied example is dropped).
    example_fields: tuple[str, ...] = ()
    # Evidence shorter than the guard's minimum is accepted when it holds the key text
    # (a figure's "4,000", a quoted fragment).
    short_evidence_ok: bool = False
    # The key text is a number: its digits, not its words, must be in the evidence.
    numeric_key: bool = False


EVENTS = ItemKind(
    name="events",
    singular="event",
    id_prefix="ev",
    model=Event,
    draft=EventDraft,
    key_field="trigger",
    paraphrase_fields=("summary",),
    example_fields=("summary",),
    matching=Matching(
        fields=(
            # Strict scoring asks for the date only "where gold has one"; the field
            # accuracy also counts a date the prediction invents.
            MatchField(
                "date", "date", key=True, path="when.date", only_where_given=True, key_only_where_gold=True
            ),
            MatchField("status", "exact"),
            MatchField("type", "label"),
            MatchField("trigger", "phrase"),
        )
    ),
)

FIGURES = ItemKind(
    name="figures",
    singular="figure",
    id_prefix="fg",
    model=Figure,
    draft=FigureDraft,
    key_field="text",
    example_fields=("text", "measure"),
    short_evidence_ok=True,
    numeric_key=True,
    matching=Matching(
        fields=(
            MatchField("value", "value", key=True),
            MatchField("unit", "unit", key=True),
            # A range matches a range: its upper end is key wherever either side gives one.
            MatchField("value_max", "optional_value", key=True, only_where_given=True),
            MatchField("kind", "exact"),
            MatchField("qualifier", "exact"),
            # A rate's denominator ("a month", "/h"): its own accuracy where either side gives one.
            MatchField("per", "optional_unit", only_where_given=True),
        ),
        one_word_evidence=True,
    ),
)

QUOTES = ItemKind(
    name="quotes",
    singular="quote",
    id_prefix="qt",
    model=Quote,
    draft=QuoteDraft,
    key_field="text",
    example_fields=("text",),
    short_evidence_ok=True,
    matching=Matching(
        fields=(
            MatchField("speaker", "name", key=True),
            MatchField("cue", "phrase"),
            MatchField("partial", "exact"),
        ),
        text_field="text",
    ),
)

ATTRIBUTIONS = ItemKind(
    name="attributions",
    singular="attribution",
    id_prefix="at",
    model=Attribution,
    draft=AttributionDraft,
    key_field="cue",
    paraphrase_fields=("claim",),
    example_fields=("claim",),
    matching=Matching(
        fields=(
            MatchField("source", "name", key=True),
            MatchField("source_type", "exact"),
            MatchField("cue", "phrase"),
            MatchField("via", "name"),
        )
    ),
)

# The registry, in the response's order.
KINDS: dict[str, ItemKind] = {}


def register_kind(kind: ItemKind) -> ItemKind:
    """Add ``kind`` to the registry (its name and id prefix must be new)."""
    if kind.name in KINDS:
        raise ValueError(f"item kind {kind.name!r} is registered already")
    if any(k.id_prefix == kind.id_prefix for k in KINDS.values()):
        raise ValueError(f"id prefix {kind.id_prefix!r} is taken")
    KINDS[kind.name] = kind
    return kind


def unregister_kind(name: str) -> None:
    """Remove a kind (a test's toy kind); unknown names are ignored."""
    KINDS.pop(name, None)


def item_kinds() -> Iterator[ItemKind]:
    """Every registered kind, in the response's order."""
    return iter(tuple(KINDS.values()))


def kind_names() -> tuple[str, ...]:
    return tuple(KINDS)


for _kind in (EVENTS, FIGURES, QUOTES, ATTRIBUTIONS):
    register_kind(_kind)


def kind_of(item: object) -> ItemKind:
    """The registered kind ``item`` (a draft or a grounded item) is of."""
    for kind in KINDS.values():
        if isinstance(item, kind.draft | kind.model):
            return kind
    raise LookupError(f"no item kind is registered for {type(item).__name__}")


def draft_items(draft: BaseModel) -> list[Any]:
    """Every item of ``draft`` (a draft or a response), kind by kind in the registry's order."""
    return [item for kind in KINDS.values() for item in getattr(draft, kind.name, ())]
