"""Corroboration: the same fact reported by several articles, grouped across outlets.

Pure functions over ``schemas.Extraction`` objects: no I/O, no backend, and the
same input always gives the same story (every ordering has an explicit
tie-break). ``docs/corroboration.md`` explains the rules for a reader; the
thresholds below are the ones it quotes.

How items are grouped, for every type alike:

1. every pair of items from *different* articles gets a similarity score, or
   none when the pair cannot be the same fact (different figure values, names
   that do not match, incompatible dates ...);
2. pairs are merged greedily, best score first, with complete linkage: two
   groups merge only if every cross pair matches and they share no article, so
   a chain of near-matches never drags unrelated items together;
3. an item left alone whose article is already in a group, and that matches
   every other article's member there, is folded into its article's member (an
   extractor that split one fact in two does not create a fake "reported once");
4. quotes only: a longer quote that contains a group's quote also supports that
   group, with its evidence narrowed to the contained part (one outlet quotes
   two sentences, another only the first).

Conflicts are found between groups that share no article: the same measure
with different values, the same event with incompatible dates; and inside a
quote group, the same words given to different speakers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, get_args

from pydantic import BaseModel

from schemas import Extraction
from schemas.story import Story, StoryArticle
from service.corroborate.articles import Article, StoryInput, article_of
from service.corroborate.clustering import cluster_items
from service.corroborate.groups import BuiltGroup, build_groups, flatten, variants
from service.corroborate.kinds import CORROBORATIONS, Corroboration

# --------------------------------------------------------------------------- the story


def _story_article(art: Article) -> StoryArticle:
    ex = art.extraction
    return StoryArticle(
        index=art.index,
        extraction_id=ex.id,
        title=ex.metadata.title,
        outlet=art.outlet,
        republished_from=ex.metadata.republished_from,
        outlet_key=art.outlet_key,
        published=ex.metadata.published,
        text=ex.text,
        body=ex.body,
        boilerplate=ex.boilerplate,
    )


def _group_model(kind_name: str) -> type[BaseModel]:
    """The group model of a kind: the item type of the story's list of that name (``list[QuoteGroup]``)."""
    model: type[BaseModel] = get_args(Story.model_fields[kind_name].annotation)[0]
    return model


def _group(cls: type[BaseModel], b: BuiltGroup[Any]) -> BaseModel:
    return cls.model_validate(
        {
            "id": b.id,
            "representative": b.representative.item,
            "members": b.members,
            "variants": variants(b.items),
            "articles": b.articles,
            "outlets": b.outlets,
            "independent_outlets": b.independent,
            "conflicts": b.conflicts,
        }
    )


def _groups_of(spec: Corroboration, articles: list[Article]) -> list[BaseModel]:
    name = spec.kind.name
    items = flatten(articles, lambda ex: getattr(ex, name), spec.wording)
    clusters, scores = cluster_items(items, spec.score, spec.same_fact)
    if spec.contained is not None:
        spec.contained(clusters, items, scores)
    built = build_groups(clusters, scores, spec.group_prefix, narrow_quotes=spec.narrows)
    if spec.conflicts is not None:
        spec.conflicts(built, articles)
    model = _group_model(name)
    return [_group(model, b) for b in built]


def corroborate(inputs: Sequence[StoryInput | Extraction]) -> Story:
    """Group the facts of several articles (in the given order) across outlets."""
    articles = [
        article_of(i, given if isinstance(given, StoryInput) else StoryInput(extraction=given))
        for i, given in enumerate(inputs)
    ]
    groups = {name: _groups_of(spec, articles) for name, spec in CORROBORATIONS.items()}

    warnings = []
    if len({a.outlet_key for a in articles}) < len(articles):
        warnings.append("some articles share an outlet (or republish one): they count once per group")
    if any(a.outlet_key.startswith("extraction:") for a in articles):
        warnings.append("outlet unknown for some articles: each counts as its own outlet")
    return Story.model_validate(
        {"articles": [_story_article(a) for a in articles], **groups, "warnings": warnings}
    )
