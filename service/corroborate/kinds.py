"""How each item kind is corroborated: what its groups are called, how two items compare, which conflicts it has.

The story (``service.corroborate.story``) loops over these specs and names no
kind. A kind without a spec is simply not corroborated (its items stay in each
article's extraction); adding one is a spec here and a group model in
``schemas.story`` (see "Adding a kind" in ``docs/architecture.md``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from schemas.kinds import ATTRIBUTIONS, EVENTS, FIGURES, QUOTES, ItemKind
from service.corroborate.articles import Article
from service.corroborate.clustering import Cluster, Item, add_containing_quotes
from service.corroborate.conflicts import event_conflicts, figure_conflicts, speaker_conflicts
from service.corroborate.groups import BuiltGroup
from service.corroborate.scoring import attribution_score, event_score, figure_score, quote_score, same_figure

Scores = dict[tuple[int, int], float]


@dataclass(frozen=True)
class Corroboration:
    kind: ItemKind
    # Group ids are this prefix and a rank: "q1", "f2" (docs/corroboration.md).
    group_prefix: str
    # The words a group's variants are drawn from.
    wording: Callable[[Any], str]
    # How alike two items of different articles are (None: never the same fact).
    score: Callable[[Item[Any], Item[Any]], float | None]
    # A stricter test an item folded into its own article's member must pass (figures).
    same_fact: Callable[[Any, Any], bool] | None = None
    # After clustering: a longer item that contains a group's item also supports it,
    # its evidence narrowed to the contained part (quotes: step 4 of the story's rules).
    contained: Callable[[list[Cluster[Any]], list[Item[Any]], Scores], None] | None = None
    # After grouping: conflicts between (or inside) groups, written onto the groups.
    conflicts: Callable[[list[BuiltGroup[Any]], list[Article]], None] | None = None

    @property
    def narrows(self) -> bool:
        return self.contained is not None


CORROBORATIONS: dict[str, Corroboration] = {}


def register_corroboration(spec: Corroboration) -> Corroboration:
    if spec.kind.name in CORROBORATIONS:
        raise ValueError(f"corroboration of {spec.kind.name!r} is registered already")
    CORROBORATIONS[spec.kind.name] = spec
    return spec


def unregister_corroboration(name: str) -> None:
    CORROBORATIONS.pop(name, None)


for _spec in (
    Corroboration(
        kind=QUOTES,
        group_prefix="q",
        wording=lambda q: q.text,
        score=quote_score,
        contained=add_containing_quotes,
        conflicts=lambda groups, _articles: speaker_conflicts(groups),
    ),
    Corroboration(
        kind=FIGURES,
        group_prefix="f",
        wording=lambda f: f.text,
        score=figure_score,
        same_fact=same_figure,
        conflicts=figure_conflicts,
    ),
    Corroboration(
        kind=EVENTS,
        group_prefix="e",
        wording=lambda e: e.summary,
        score=event_score,
        conflicts=lambda groups, _articles: event_conflicts(groups),
    ),
    Corroboration(kind=ATTRIBUTIONS, group_prefix="a", wording=lambda a: a.claim, score=attribution_score),
):
    register_corroboration(_spec)
