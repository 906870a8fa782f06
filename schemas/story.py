"""A story: several articles about one event, their facts grouped across outlets.

The request names articles to extract (``articles``) and/or extractions already
stored (``extraction_ids``); the response lists the articles (with their text,
so every span can be shown) and, per item type, groups of items that report the
same fact. ``service/corroborate/story.py`` builds it; ``docs/corroboration.md``
explains the grouping rules and thresholds.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from schemas.models import (
    SCHEMA_VERSION,
    ArticleRequest,
    Attribution,
    Event,
    Figure,
    Quote,
    Region,
    Span,
    _Model,
)

# A story is read side by side by a person; past a few dozen articles the
# pairwise grouping (quadratic in items) stops being an interactive request.
MAX_STORY_ARTICLES = 20

ConflictField = Literal["value", "date", "speaker"]


class StoryRequest(_Model):
    """Articles of one story: new ones to extract and/or ids of stored extractions."""

    articles: list[ArticleRequest] = Field(
        default_factory=list,
        max_length=MAX_STORY_ARTICLES,
        description="Articles to extract (cached like single extractions). They come first in the story, in this order.",
    )
    extraction_ids: list[str] = Field(
        default_factory=list,
        max_length=MAX_STORY_ARTICLES,
        description="Ids of extractions already stored; no new extraction is made. They follow `articles`, in this order.",
    )

    @model_validator(mode="after")
    def _some_articles(self) -> StoryRequest:
        total = len(self.articles) + len(self.extraction_ids)
        if total < 1:
            raise ValueError("give at least one article or extraction id")
        if total > MAX_STORY_ARTICLES:
            raise ValueError(f"a story has at most {MAX_STORY_ARTICLES} articles, got {total}")
        return self


class StoryArticle(_Model):
    """One article of the story, with the text its members' spans point into."""

    index: int = Field(ge=0, description="Position in the story (0-based); members refer to it.")
    extraction_id: str = Field(description="The extraction this article's items come from.")
    title: str | None = None
    outlet: str | None = Field(
        default=None, description="The publishing outlet, from the request or the article's metadata."
    )
    republished_from: str | None = Field(
        default=None, description="The original outlet when the article is a republication."
    )
    outlet_key: str = Field(
        description=(
            "Identity used to count independent outlets: the original outlet of a republication, "
            "else the outlet, normalised; `extraction:<id>` when neither is known."
        )
    )
    published: str | None = None
    text: str = Field(
        description="The extraction's normalised text; every span of this article points into it."
    )
    body: Region
    boilerplate: list[Region] = Field(default_factory=list)


class Member(_Model):
    """One article's support for a group: its items and where it states them."""

    article: int = Field(ge=0, description="Index into `Story.articles`.")
    extraction_id: str
    outlet: str | None = None
    item_ids: list[str] = Field(
        min_length=1,
        description="Ids of this article's items in the group (usually one; an extractor may split one fact).",
    )
    wording: str = Field(
        description="How this article words it: the quote, the figure's text, the event summary or the claim."
    )
    evidence: list[Span] = Field(
        min_length=1,
        description="Spans in this article's text. For a longer quote that contains the group's quote, only the contained part.",
    )


class ConflictValue(_Model):
    value: str = Field(description="The value, date or speaker as this side reports it.")
    group: str = Field(description="Id of the group reporting it (the same group for a speaker conflict).")
    articles: list[int] = Field(description="Articles reporting it.")


class Conflict(_Model):
    """The same measure, event or quote reported with different values, dates or speakers."""

    field: ConflictField
    values: list[ConflictValue] = Field(min_length=2)
    reason: str = Field(description="Why the two sides are taken to be the same fact.")


class _Group(_Model):
    id: str = Field(description="Unique within the story: `q1`, `f1`, `e1`, `a1` ...")
    members: list[Member] = Field(min_length=1, description="One per supporting article, in article order.")
    variants: list[str] = Field(
        description="Distinct wordings across the articles (case, punctuation and spacing folded)."
    )
    articles: list[int] = Field(description="Indices of the supporting articles.")
    outlets: list[str] = Field(description="Distinct independent outlets backing the group.")
    independent_outlets: int = Field(
        ge=1, description="How many independent outlets back it; a republication counts for its origin."
    )
    conflicts: list[Conflict] = Field(default_factory=list)


class QuoteGroup(_Group):
    representative: Quote = Field(description="The member item most similar to all others.")


class FigureGroup(_Group):
    representative: Figure


class EventGroup(_Group):
    representative: Event


class AttributionGroup(_Group):
    representative: Attribution


class Story(_Model):
    """Facts of several articles grouped across outlets, most corroborated first."""

    schema_version: str = Field(default=SCHEMA_VERSION)
    articles: list[StoryArticle]
    quotes: list[QuoteGroup] = Field(default_factory=list)
    figures: list[FigureGroup] = Field(default_factory=list)
    events: list[EventGroup] = Field(default_factory=list)
    attributions: list[AttributionGroup] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
