"""A cluster made a group: its members with their evidence, outlets, and an id in corroboration order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic

from rapidfuzz import fuzz

from schemas import Extraction, Span
from schemas.story import Conflict, Member
from service.corroborate.articles import Article
from service.corroborate.clustering import Cluster, Item, T, representative
from service.corroborate.similarity import norm
from service.corroborate.thresholds import QUOTE_NEAR_CONTAINMENT


def _word_bounds(text: str, within: Span, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words inside ``within``, then trim spaces and edge punctuation."""
    while start > within.start and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < within.end and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".!?":
        end -= 1
    return start, end


def _narrow(evidence: list[Span], text: str, target: str) -> list[Span]:
    """The part of ``evidence`` that holds ``target`` (a shorter quote), or the evidence unchanged."""
    best: tuple[float, Span] | None = None
    for span in evidence:
        # lower() keeps offsets for the scripts news uses; a span where it does not is left whole.
        hay = span.text.lower()
        if len(hay) != len(span.text):
            continue
        aligned = fuzz.partial_ratio_alignment(target.lower(), hay)
        if aligned is None or aligned.score < QUOTE_NEAR_CONTAINMENT:
            continue
        start, end = _word_bounds(text, span, span.start + aligned.dest_start, span.start + aligned.dest_end)
        if end > start and (best is None or aligned.score > best[0]):
            best = (aligned.score, Span(start=start, end=end, text=text[start:end]))
    return [best[1]] if best is not None else evidence


def _members(cluster: Cluster[T], narrow_quotes: bool) -> tuple[list[Member], list[Item[T]]]:
    by_article: dict[int, list[Item[T]]] = {}
    everyone = cluster.primary + cluster.folded + cluster.secondary
    for entry in everyone:
        by_article.setdefault(entry.article.index, []).append(entry)
    members: list[Member] = []
    ordered: list[Item[T]] = []
    # A longer quote is narrowed to the group's shortest quote: the words every outlet shares.
    target = min(cluster.primary, key=lambda x: (len(norm(x.wording)), x.key))
    rep_norm = norm(target.wording)
    for index in sorted(by_article):
        its = sorted(by_article[index], key=lambda x: x.key)
        art = its[0].article
        evidence: list[Span] = []
        for one in its:
            spans = list(one.item.evidence)
            if narrow_quotes and len(norm(one.wording)) > len(rep_norm) and rep_norm in norm(one.wording):
                spans = _narrow(spans, art.extraction.text, target.wording)
            evidence.extend(s for s in spans if s not in evidence)
        evidence.sort(key=lambda s: (s.start, s.end))
        members.append(
            Member(
                article=index,
                extraction_id=art.extraction.id,
                outlet=art.outlet,
                item_ids=[it.item.id for it in its],
                wording=its[0].wording,
                evidence=evidence,
            )
        )
        ordered.extend(its)
    return members, ordered


@dataclass
class BuiltGroup(Generic[T]):
    cluster: Cluster[T]
    representative: Item[T]
    members: list[Member]
    items: list[Item[T]]
    articles: list[int]
    outlets: list[str]
    independent: int
    first_key: int
    id: str = ""
    conflicts: list[Conflict] = field(default_factory=list)


def build_groups(
    clusters: list[Cluster[T]],
    scores: dict[tuple[int, int], float],
    prefix: str,
    narrow_quotes: bool = False,
) -> list[BuiltGroup[T]]:
    built: list[BuiltGroup[T]] = []
    for cluster in clusters:
        rep = representative(cluster, scores)
        members, items = _members(cluster, narrow_quotes)
        keys: dict[str, str] = {}
        for it in items:
            keys.setdefault(it.article.outlet_key, it.article.label())
        built.append(
            BuiltGroup(
                cluster=cluster,
                representative=rep,
                members=members,
                items=items,
                articles=[m.article for m in members],
                outlets=list(keys.values()),
                independent=len(keys),
                first_key=min(it.key for it in cluster.primary),
            )
        )
    # Most corroborated first; then the order in which a reader meets them.
    built.sort(key=lambda b: (-b.independent, -len(b.members), b.first_key))
    for n, b in enumerate(built, 1):
        b.id = f"{prefix}{n}"
    return built


def variants(items: Sequence[Item[T]]) -> list[str]:
    seen: dict[str, str] = {}
    for it in items:
        seen.setdefault(norm(it.wording), it.wording.strip())
    return list(seen.values())


def flatten(
    articles: list[Article], pick: Callable[[Extraction], Sequence[T]], wording: Callable[[T], str]
) -> list[Item[T]]:
    items: list[Item[T]] = []
    for art in articles:
        for item in pick(art.extraction):
            items.append(Item(key=len(items), article=art, item=item, wording=wording(item)))
    return items
