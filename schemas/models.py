"""The newsfacts contract: request, response and the drafts backends return.

Field descriptions are written for two readers at once: a person reading the
JSON Schema, and the LLM that receives the same schema as its instructions.
Changing a field's name or meaning requires bumping ``SCHEMA_VERSION`` and a
note in ``docs/CHANGELOG.md``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "1.2"

EventStatus = Literal["occurred", "ongoing", "planned", "hypothetical", "negated"]
FigureKind = Literal["count", "money", "percent", "multiplier", "duration", "other"]
Qualifier = Literal["exact", "approximate", "at_least", "at_most", "range"]
SourceType = Literal["person", "organization", "media", "government", "document", "anonymous", "other"]
EntityType = Literal["person", "organization", "location", "group", "other"]

# YYYY, YYYY-MM or YYYY-MM-DD: the precision the text supports, no more.
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def _calendar_or_none(value: str | None) -> str | None:
    """A date of ``DATE_PATTERN`` that names a day, month or year of the calendar; else None.

    The pattern lets "2026-02-30", "2026-04-31" and year "0000" through: the rules never write them,
    but a model's answer did, and the answer carried them as resolved dates (s31 hostile review).
    The contract's null is "cannot be resolved", which is what such a date is.
    """
    if value is None:
        return None
    parts = value.split("-")
    try:
        dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None
    return value


# --------------------------------------------------------------------------- request


class ArticleRequest(_Model):
    """One article to extract facts from: plain ``text`` or a web page's ``html``."""

    text: str | None = Field(
        default=None,
        description="The article as plain text. Exactly one of `text` and `html` is given.",
    )
    html: str | None = Field(
        default=None,
        description="The article as a web page; the service extracts the main text itself.",
    )
    title: str | None = Field(default=None, max_length=1000, description="Headline, if known.")
    url: str | None = Field(
        default=None,
        max_length=4000,
        description="Where the article came from. Metadata only: never fetched.",
    )
    outlet: str | None = Field(default=None, max_length=500, description="Publishing outlet.")
    published: dt.date | dt.datetime | None = Field(
        default=None,
        description="Publication date (ISO date or datetime); relative dates in the text resolve against it.",
    )
    language: str | None = Field(default=None, max_length=35, description="BCP 47 language tag, e.g. `en`.")

    @field_validator("text", "html", "title", "url", "outlet", "language")
    @classmethod
    def _unicode_only(cls, value: str | None) -> str | None:
        # A lone surrogate (what json.loads makes of an escape "\ud800") is no character: the JSON
        # parser of the API refuses it, but a JSON Lines record or a caller of ``extract`` passed it
        # through, and the first item holding it failed inside the rules and the cache key (a 500
        # "Internal error" for that record; s31 hostile review). One encode: linear, no copy kept.
        if value is not None and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise ValueError(
                    f"holds a lone surrogate (U+{ord(value[exc.start]):04X} at character {exc.start}), "
                    "which is not a Unicode character; send text as UTF-8"
                ) from None
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _iso_only(cls, value: object) -> object:
        # Pydantic reads numbers, and strings of digits, as Unix timestamps: "2024" was
        # 1970-01-01 and 20240502 was 1970-08-23, and every relative date of the story resolved
        # against that (s12 hostile review). The contract says ISO date or datetime.
        if isinstance(value, bool | int | float) or (isinstance(value, str) and value.strip().isdigit()):
            raise ValueError(
                "give an ISO 8601 date or datetime string (2024-05-02, 2024-05-02T09:30:00Z); "
                "numbers and Unix timestamps are not read as dates"
            )
        return value

    @model_validator(mode="after")
    def _exactly_one_source(self) -> ArticleRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of `text` and `html`")
        content = self.text if self.text is not None else self.html
        assert content is not None
        if not content.strip():
            raise ValueError("the article is empty or whitespace only")
        return self

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


# --------------------------------------------------------------------------- spans


class Span(_Model):
    """A grounded piece of evidence: ``text == article_text[start:end]``."""

    start: int = Field(ge=0, description="Offset of the first character (code points).")
    end: int = Field(ge=0, description="Offset one past the last character (end-exclusive).")
    text: str = Field(min_length=1, description="The article text between `start` and `end`.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end - self.start != len(self.text):
            raise ValueError("end - start must equal len(text)")
        return self


class Region(_Model):
    """A region of the article text, without its content."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: str | None = Field(
        default=None,
        description="For boilerplate regions: what the block is (comments, sidebar, credit, byline, share, author, promo ...).",
    )


# --------------------------------------------------------------------------- item fields
# Each item type is declared once as its fields; the grounded item adds `id` and
# offset spans, the draft (what a backend returns) adds verbatim evidence strings.


class TimeExpression(_Model):
    text: str = Field(description="The time expression exactly as written: 'on Thursday', 'in January 2020'.")
    date: str | None = Field(
        default=None,
        pattern=DATE_PATTERN,
        description=(
            "Normalised value at the precision the text supports: YYYY-MM-DD, YYYY-MM or YYYY. "
            "Relative expressions resolve against the publication date ('on Thursday' in a story "
            "published Friday 2021-02-19 is 2021-02-18). Null if it cannot be resolved."
        ),
    )

    _calendar = field_validator("date")(_calendar_or_none)


class EventFields(_Model):
    summary: str = Field(
        min_length=1,
        description="One self-contained sentence: who did what, to whom. Use full names, no pronouns.",
    )
    type: str = Field(
        min_length=1,
        max_length=40,
        description=(
            "Short lowercase label: announcement, decision, deployment, attack, killing, meeting, "
            "vote, agreement, appointment, suspension, withdrawal, statement, ..."
        ),
    )
    trigger: str = Field(min_length=1, description="The verbatim word or phrase that expresses the event.")
    when: TimeExpression | None = Field(
        default=None, description="When it happened or will happen, if stated."
    )
    where: str | None = Field(default=None, description="Place, as named in the article, or null.")
    participants: list[str] = Field(
        default_factory=list, description="Canonical names of the entities taking part."
    )
    status: EventStatus = Field(
        default="occurred",
        description=(
            "occurred (past), ongoing, planned (will/plans/expected), hypothetical (if/could), "
            "negated (did not happen / no decision)."
        ),
    )


class FigureFields(_Model):
    text: str = Field(
        min_length=1,
        description="The figure exactly as written, with its qualifier: 'around 4,000'.",
    )
    # Finite only: JSON has no infinity (it went out as null, against this schema; session 8).
    value: float = Field(
        allow_inf_nan=False,
        description=(
            "The number itself: 4000 for 'around 4,000', 8 for 'eightfold', 2.5e9 for '$2.5 billion'. "
            "For a range, its lower end: 89e9 for '$89 to $93 billion'."
        ),
    )
    value_max: float | None = Field(
        default=None,
        allow_inf_nan=False,
        description=(
            "The upper end of a range, else null: 93e9 for '$89 to $93 billion', 40 for 'between 30 and 40 "
            "people' (qualifier range). A change 'from 500 to 4,000' is two figures, not a range. (Since 1.1.)"
        ),
    )
    unit: str | None = Field(
        default=None,
        description=(
            "What is counted, or the currency: personnel, troops, people, USD, percent. A multiplier's unit is "
            "what it multiplies. A physical quantity's unit is its standard symbol: GB, kW, Hz, °C, kg, km, mi."
        ),
    )
    per: str | None = Field(
        default=None,
        description=(
            "For a rate, the denominator as a unit, else null: month for '$3,500 a month', hour for "
            "'140 km/h' (unit km), day for '90 barrels a day'. (Since 1.1.)"
        ),
    )
    kind: FigureKind = Field(
        description="count, money, percent, multiplier, duration or other (physical quantities: GB, kW, °C, km ...)."
    )
    qualifier: Qualifier = Field(
        default="exact",
        description="exact; approximate (around, about, some); at_least (more than, at least); at_most (up to, nearly, almost); range (with value_max).",
    )
    measure: str = Field(
        default="",
        description="What the number quantifies, a short phrase: 'size of NATO training mission in Iraq'.",
    )
    subject: str | None = Field(
        default=None, description="Canonical name of the entity it is about, or null."
    )

    @model_validator(mode="after")
    def _range_ordered(self) -> FigureFields:
        # A range whose upper end is below its lower end is a misread, never a fact.
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError("value_max must not be below value (a range is low to high)")
        return self


class QuoteFields(_Model):
    text: str = Field(
        min_length=1,
        description="The quoted words exactly as written, without the enclosing quotation marks. A quote split by its cue is its parts joined by one space.",
    )
    speaker: str | None = Field(
        default=None,
        description="Canonical name of who said it; null when the article does not say.",
    )
    speaker_mention: str | None = Field(
        default=None,
        description="How the speaker is referred to at the quote, verbatim: 'he', 'Stoltenberg'.",
    )
    cue: str | None = Field(
        default=None,
        description="The verbatim verb or phrase introducing the quote: 'said', 'added'.",
    )
    partial: bool = Field(
        default=False,
        description="True when the quote is a fragment embedded in the writer's own sentence.",
    )


class AttributionFields(_Model):
    source: str = Field(
        min_length=1,
        description="Who made the claim: canonical name or a description ('a Pentagon official').",
    )
    source_type: SourceType = Field(
        default="other",
        description="person, organization, media, government, document, anonymous or other.",
    )
    claim: str = Field(
        min_length=1, description="The attributed content, paraphrased as a standalone sentence."
    )
    cue: str = Field(
        min_length=1,
        description="The verbatim reporting expression: 'added that', 'according to', 'warned'.",
    )
    via: str | None = Field(
        default=None,
        description="Who relayed it, e.g. 'CNBC' in 'According to CNBC, a Pentagon official told reporters ...'.",
    )


class EntityFields(_Model):
    name: str = Field(
        min_length=1,
        description="Canonical name: the fullest form in the article ('Jens Stoltenberg').",
    )
    type: EntityType = Field(description="person, organization, location, group or other.")
    aliases: list[str] = Field(
        default_factory=list,
        description="Every other verbatim form the article uses for it: 'Stoltenberg', 'the NATO chief'. Not pronouns.",
    )
    titles: list[str] = Field(default_factory=list, description="Titles and roles: 'NATO Secretary-General'.")


class MetadataFields(_Model):
    title: str | None = Field(default=None, description="The headline.")
    authors: list[str] = Field(default_factory=list, description="Byline names.")
    outlet: str | None = Field(default=None, description="Publishing outlet.")
    published: str | None = Field(
        default=None, pattern=DATE_PATTERN, description="Publication date, YYYY-MM-DD (or coarser)."
    )
    republished_from: str | None = Field(
        default=None, description="Original outlet of a republished article ('Antiwar.com')."
    )


# --------------------------------------------------------------------------- grounded items

Evidence = Annotated[list[Span], Field(min_length=1)]


class Event(EventFields):
    id: str = Field(description="Unique within the response, e.g. `ev1`.")
    evidence: Evidence = Field(description="Spans stating this event.")


class Figure(FigureFields):
    id: str = Field(description="Unique within the response, e.g. `fg1`.")
    evidence: Evidence = Field(description="Spans stating this figure.")


class Quote(QuoteFields):
    id: str = Field(description="Unique within the response, e.g. `qt1`.")
    evidence: Evidence = Field(
        description="Spans holding the quoted words (two for a quote split by its cue)."
    )


class Attribution(AttributionFields):
    id: str = Field(description="Unique within the response, e.g. `at1`.")
    evidence: Evidence = Field(description="Spans holding the cue and the attributed claim.")


class Entity(EntityFields):
    id: str = Field(description="Unique within the response, e.g. `en1`.")
    mentions: list[Span] = Field(default_factory=list, description="Where the entity is named in the body.")


class Metadata(MetadataFields):
    url: str | None = None
    language: str | None = Field(
        default=None,
        description="ISO 639-1 code of the article's language (`en`): the request's, else detected.",
    )


class DatedExpression(_Model):
    """A calendar time expression of the body, resolved: what a dated statement's date is read from.

    Every statement the article dates ("said Friday", "a 2009 analysis", "in March") carries its
    date here, whether or not an item was extracted from it; an item's date is the expression
    whose span lies in the item's sentence. Not a fact by itself, so not scored as one.
    """

    id: str = Field(description="Unique within the response, e.g. `dt1`.")
    text: str = Field(description="The time expression exactly as written: 'on Friday', 'last July'.")
    date: str | None = Field(
        default=None,
        pattern=DATE_PATTERN,
        description="Its value at the precision the text supports (YYYY-MM-DD, YYYY-MM or YYYY), resolved against the publication date; null when it cannot be resolved.",
    )
    evidence: Evidence = Field(description="Where the expression is written (one span).")

    _calendar = field_validator("date")(_calendar_or_none)


class ExtractorInfo(_Model):
    backend: str = Field(description="Which backend produced the items: `rules`, `llm` or `hybrid`.")
    model: str | None = Field(default=None, description="The LLM model, for the llm backend.")
    version: str = Field(description="Version of the backend's extraction logic.")
    prompt_version: str | None = Field(
        default=None, description="Prompt template version, for the llm backend."
    )


class ItemProvenance(_Model):
    """Which extractors support one item (since 1.2)."""

    extractors: list[str] = Field(
        min_length=1,
        description='The extractors that found this item, rules first: `["rules"]`, `["llm"]` or '
        '`["rules", "llm"]` (both found it; the rules\' reading of it is kept).',
    )
    rule: str | None = Field(
        default=None, description="The rule of the rules backend that found it, when known; else null."
    )


class Usage(_Model):
    llm_calls: int = Field(
        default=0, ge=0, description="HTTP calls made to the LLM, retries and re-asks included."
    )
    reasks: int = Field(default=0, ge=0, description="Re-asks after a validation failure.")
    retries: int = Field(default=0, ge=0, description="Transport-level retries (429, 5xx, timeouts).")
    prompt_tokens: int = Field(default=0, ge=0)
    completion_tokens: int = Field(default=0, ge=0)
    chunks: int = Field(default=1, ge=0, description="Pieces the article was split into.")
    dropped_ungrounded: int = Field(
        default=0,
        ge=0,
        description="Items dropped because their evidence was not found in the article.",
    )
    dropped_boilerplate: int = Field(
        default=0,
        ge=0,
        description="Items dropped because their evidence lay outside the article body.",
    )
    wall_ms: float = Field(default=0.0, ge=0, description="Time spent extracting, in milliseconds.")
    dropped: dict[str, int] = Field(
        default_factory=dict,
        description="Items the LLM guard dropped, per reason (ungrounded, example_copy, key_not_in_evidence, "
        "short_evidence, schema_words, unsupported_name, unsupported_number, status_contradicts, ...).",
    )
    failed_chunks: int = Field(
        default=0,
        ge=0,
        description="Pieces of the article whose extraction failed: the items are partial (and not cached).",
    )


class Extraction(_Model):
    """The response: grounded items over the normalised article text."""

    schema_version: str = Field(default=SCHEMA_VERSION)
    id: str = Field(description="Stable id of this extraction (a hash of everything that determines it).")
    text: str = Field(description="The normalised article text; every offset points into it.")
    body: Region = Field(description="The detected article body (first to last body character).")
    boilerplate: list[Region] = Field(
        default_factory=list,
        description="Blocks that are not article body (comments, sidebars, credits, bylines ...), also those inside `body`; "
        "neighbouring blocks of one kind are one region. At most 1,000 regions (a warning counts the rest).",
    )
    metadata: Metadata = Field(default_factory=Metadata)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    dates: list[DatedExpression] = Field(
        default_factory=list,
        description="Every calendar time expression of the body with its resolved date (since 1.1; English articles).",
    )
    extractor: ExtractorInfo
    provenance: dict[str, ItemProvenance] = Field(
        default_factory=dict,
        description="Which extractors support each item, and which rule found it, by item id (since 1.2). "
        "Filled for every event, figure, quote and attribution of the rules and hybrid backends (`rule`: the "
        "rules backend's rule family); empty when the llm backend alone made every item.",
    )
    usage: Usage = Field(default_factory=Usage)
    warnings: list[str] = Field(default_factory=list, description="Anything the caller should know.")


# --------------------------------------------------------------------------- drafts
# What a backend returns: the same fields with verbatim evidence strings instead
# of offsets. The pipeline aligns them; nothing a backend says about positions is
# trusted. `hint` lets an offline backend that knows where it found the text
# disambiguate repeated strings, and `rule` names the rule that found the item;
# neither is part of the LLM's schema.

EvidenceStrings = Annotated[
    list[Annotated[str, Field(min_length=1)]],
    Field(
        min_length=1,
        description="Verbatim passages of the article that state this item, copied exactly (same quotation marks, same spelling).",
    ),
]


class _Draft(_Model):
    hint: SkipJsonSchema[int | None] = Field(default=None, exclude=True)
    # Which extractors found the item (the hybrid backend sets it); reported in
    # `Extraction.provenance`. Never part of a model-facing schema, and a model
    # that sends it anyway has it cleared (service.backends.llm.backend).
    provenance: SkipJsonSchema[ItemProvenance | None] = Field(default=None, exclude=True)
    # The rule (family) of an offline backend that produced the item, reported in
    # ``Extraction.provenance``; never part of a model-facing schema, and cleared
    # from a model's answer (``service.backends.llm.backend``).
    rule: SkipJsonSchema[str | None] = Field(default=None, exclude=True)


class EventDraft(EventFields, _Draft):
    evidence: EvidenceStrings


class FigureDraft(FigureFields, _Draft):
    evidence: EvidenceStrings


class QuoteDraft(QuoteFields, _Draft):
    evidence: EvidenceStrings = Field(
        min_length=1,
        description="The quoted words exactly as in the article, one string per part when the cue splits the quote.",
    )


class AttributionDraft(AttributionFields, _Draft):
    evidence: EvidenceStrings


class EntityDraft(EntityFields):
    pass


class ExtractionDraft(_Model):
    """Everything a backend found in one article (or one chunk of it)."""

    metadata: MetadataFields = Field(default_factory=MetadataFields)
    entities: list[EntityDraft] = Field(default_factory=list)
    events: list[EventDraft] = Field(default_factory=list)
    figures: list[FigureDraft] = Field(default_factory=list)
    quotes: list[QuoteDraft] = Field(default_factory=list)
    attributions: list[AttributionDraft] = Field(default_factory=list)
