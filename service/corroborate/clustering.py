"""Grouping items across articles: greedy complete-linkage clustering, best score first (docs/corroboration.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from schemas import Attribution, Event, Figure, Quote
from service.corroborate.articles import Article
from service.corroborate.similarity import norm
from service.pipeline import cpu_budget

T = TypeVar("T", Quote, Figure, Event, Attribution)


@dataclass
class Item(Generic[T]):
    key: int  # position in the flat list: article order, then the article's item order
    article: Article
    item: T
    wording: str


@dataclass
class Cluster(Generic[T]):
    primary: list[Item[T]]
    # items folded in from an article already present (step 3)
    folded: list[Item[T]] = field(default_factory=list)
    # longer quotes supporting the group (step 4)
    secondary: list[Item[T]] = field(default_factory=list)

    def articles(self) -> set[int]:
        return {it.article.index for it in (*self.primary, *self.secondary)}


Scorer = Callable[[Item[T], Item[T]], float | None]


def cluster_items(
    items: list[Item[T]], score: Scorer[T], same_fact: Callable[[T, T], bool] | None = None
) -> tuple[list[Cluster[T]], dict[tuple[int, int], float]]:
    scores: dict[tuple[int, int], float] = {}
    # Every loop over pairs of items or clusters checks the request's CPU budget: a story's
    # cost is quadratic in its items, and 20 dense articles would hold a thread for hours.
    for i, a in enumerate(items):
        cpu_budget.check()
        for b in items[i + 1 :]:
            if a.article.index != b.article.index:
                s = score(a, b)
                if s is not None:
                    scores[(a.key, b.key)] = s

    def pair(a: Item[T], b: Item[T]) -> float | None:
        return scores.get((min(a.key, b.key), max(a.key, b.key)))

    clusters: dict[int, Cluster[T]] = {it.key: Cluster(primary=[it]) for it in items}
    owner: dict[int, int] = {it.key: it.key for it in items}
    for (ka, kb), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        cpu_budget.check()
        ca, cb = owner[ka], owner[kb]
        if ca == cb:
            continue
        left, right = clusters[ca], clusters[cb]
        if left.articles() & right.articles():
            continue
        if all(pair(x, y) is not None for x in left.primary for y in right.primary):
            keep, drop = min(ca, cb), max(ca, cb)
            clusters[keep].primary.extend(clusters.pop(drop).primary)
            clusters[keep].primary.sort(key=lambda it: it.key)
            for it in clusters[keep].primary:
                owner[it.key] = keep

    # Step 3: a lone item joins its own article's member where it matches every other article.
    # Only lone items: an item already grouped with other articles keeps its group.
    for key in sorted(clusters):
        cpu_budget.check()
        lone = clusters[key]
        if len(lone.primary) != 1 or lone.folded:
            continue
        item = lone.primary[0]
        best: tuple[float, int] | None = None
        for other_key in sorted(clusters):
            other = clusters[other_key]
            if other_key == key or item.article.index not in {it.article.index for it in other.primary}:
                continue
            others = [it for it in other.primary if it.article.index != item.article.index]
            if not others:
                continue
            matched = [pair(item, it) for it in others]
            if all(s is not None for s in matched):
                mean = sum(s for s in matched if s is not None) / len(matched)
                if best is None or mean > best[0]:
                    best = (mean, other_key)
        if best is not None:
            clusters[best[1]].folded.append(item)
            del clusters[key]

    if same_fact is not None:
        # A group whose every item is, by the type's own rule, the same fact as an
        # item of its article in a larger group is that group (a headline's "4,000"
        # next to the body's "around 4,000", in two outlets alike).
        for key in sorted(clusters, key=lambda k: (len(clusters[k].articles()), k)):
            cpu_budget.check()
            small = clusters[key]
            for other_key in sorted(clusters):
                big = clusters[other_key]
                if other_key == key or len(big.articles()) <= len(small.articles()):
                    continue
                if all(
                    any(
                        it.article.index == x.article.index and same_fact(x.item, it.item)
                        for it in big.primary
                    )
                    for x in small.primary + small.folded
                ):
                    big.folded.extend(small.primary + small.folded)
                    del clusters[key]
                    break
    return [clusters[k] for k in sorted(clusters)], scores


def add_containing_quotes(
    clusters: list[Cluster[Quote]], items: list[Item[Quote]], scores: dict[tuple[int, int], float]
) -> None:
    """Step 4: a quote containing every primary member's words also supports the group."""
    for cluster in clusters:
        cpu_budget.check()
        for item in items:
            if item.article.index in cluster.articles():
                continue
            item_norm = norm(item.wording)
            if all(
                (min(item.key, it.key), max(item.key, it.key)) in scores
                and len(item_norm) > len(norm(it.wording))
                for it in cluster.primary
            ):
                cluster.secondary.append(item)
        cluster.secondary.sort(key=lambda it: it.key)


def representative(cluster: Cluster[T], scores: dict[tuple[int, int], float]) -> Item[T]:
    """The primary member most similar to the others (ties: the earliest)."""

    def total(it: Item[T]) -> float:
        return sum(
            scores.get((min(it.key, o.key), max(it.key, o.key)), 0.0)
            for o in cluster.primary
            if o.key != it.key
        )

    return max(cluster.primary, key=lambda it: (total(it), -it.key))
