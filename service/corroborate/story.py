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
from typing import TypeVar

from schemas import Extraction
from schemas.story import AttributionGroup, EventGroup, FigureGroup, QuoteGroup, Story, StoryArticle
from service.corroborate.articles import Article, StoryInput, article_of
from service.corroborate.clustering import T, add_containing_quotes, cluster_items
from service.corroborate.conflicts import event_conflicts, figure_conflicts, speaker_conflicts
from service.corroborate.groups import BuiltGroup, build_groups, flatten, variants
from service.corroborate.scoring import attribution_score, event_score, figure_score, quote_score, same_figure

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


G = TypeVar("G", QuoteGroup, FigureGroup, EventGroup, AttributionGroup)


def _group(cls: type[G], b: BuiltGroup[T]) -> G:
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


def corroborate(inputs: Sequence[StoryInput | Extraction]) -> Story:
    """Group the facts of several articles (in the given order) across outlets."""
    articles = [
        article_of(i, given if isinstance(given, StoryInput) else StoryInput(extraction=given))
        for i, given in enumerate(inputs)
    ]

    quote_items = flatten(articles, lambda ex: ex.quotes, lambda q: q.text)
    quote_clusters, quote_scores = cluster_items(quote_items, quote_score)
    add_containing_quotes(quote_clusters, quote_items, quote_scores)
    quotes = build_groups(quote_clusters, quote_scores, "q", narrow_quotes=True)
    speaker_conflicts(quotes)

    figure_items = flatten(articles, lambda ex: ex.figures, lambda f: f.text)
    figures = build_groups(*cluster_items(figure_items, figure_score, same_figure), "f")
    figure_conflicts(figures, articles)

    event_items = flatten(articles, lambda ex: ex.events, lambda e: e.summary)
    events = build_groups(*cluster_items(event_items, event_score), "e")
    event_conflicts(events)

    attribution_items = flatten(articles, lambda ex: ex.attributions, lambda a: a.claim)
    attributions = build_groups(*cluster_items(attribution_items, attribution_score), "a")

    warnings = []
    if len({a.outlet_key for a in articles}) < len(articles):
        warnings.append("some articles share an outlet (or republish one): they count once per group")
    if any(a.outlet_key.startswith("extraction:") for a in articles):
        warnings.append("outlet unknown for some articles: each counts as its own outlet")
    return Story(
        articles=[_story_article(a) for a in articles],
        quotes=[_group(QuoteGroup, b) for b in quotes],
        figures=[_group(FigureGroup, b) for b in figures],
        events=[_group(EventGroup, b) for b in events],
        attributions=[_group(AttributionGroup, b) for b in attributions],
        warnings=warnings,
    )
