"""The rules extractor: runs each rule family over the body and returns one draft.

Order matters only where one family needs another's answer: quotes are found
first so every other family can ignore quoted words (masking), entities next
so speakers, sources and participants resolve to canonical names.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

import structlog

from schemas import AttributionDraft, EventDraft, ExtractionDraft, FigureDraft, QuoteDraft
from schemas.kinds import kind_names
from service.backends.rules.attributions import (
    AttributionContext,
    find_attributions,
    find_post_embeds,
    merge_headlines,
)
from service.backends.rules.entities import EntityBook, build_book
from service.backends.rules.events import StoryState, find_events, merge_repeated
from service.backends.rules.figures import dollar_currency, find_figures, merge_mentions
from service.backends.rules.measures import StoryMoney, story_money
from service.backends.rules.phrases import mask_quotes
from service.backends.rules.quotes import QuoteSpan, attach_speakers, find_quote_spans
from service.backends.rules.sentences import Sentence, body_sentences
from service.errors import NewsfactsError
from service.pipeline import cpu_budget as budget
from service.pipeline.document import Block, Document

log = structlog.get_logger("newsfacts.rules")

# Part of the cache key: bump whenever the output for some input changes.
RULES_VERSION = "1.80"


@dataclass
class RuleFailures:
    """What a rule's exception cost one extraction (each failure is logged as ``rule_failed``)."""

    # Where each sentence a per-sentence pass failed on starts: that sentence's figures, attributions, events are lost.
    sentences: list[int] = field(default_factory=list)
    # The whole-article steps that failed (``STEP_LOSSES``' keys), in the order they ran.
    steps: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.sentences or self.steps)

    def warning(self) -> str:
        """One line saying what is missing from the answer."""
        lost = [f"the items of {len(self.sentences)} sentence(s)"] if self.sentences else []
        lost.extend(f"{STEP_LOSSES[s]} ({s})" for s in dict.fromkeys(self.steps))
        return (
            f"rules: an internal error in a rule lost {'; '.join(lost)}; the rest is complete "
            "(the error is logged as rule_failed)"
        )


# A whole-article step that raises gives its fallback (below, at each call) and costs what this says: the warning's
# words. Every other step still runs, so the answer is the steps that worked, never nothing and never a 500.
STEP_LOSSES = {
    "quotes": "every quote, and the attributions and events of every sentence with a quotation mark",
    "sentences": "every figure, attribution and event",
    "entities": "the entities (speakers, sources and participants are not linked to them)",
    "speakers": "every quote",
    "money": "the story's currency setting (a bare $ is USD, no currency is read from the countries named)",
    "embeds": "the attributions of embedded posts",
    "headlines": "the headline's attributions",
    "quote_drafts": "a quote",
    "event_merge": "the merging of repeated events (an occasion told twice may be two events)",
    "figure_merge": "the merging of repeated figures (their units and qualifiers are not shared)",
    "entity_drafts": "the entities",
}

T = TypeVar("T")

# Double quotation marks in any of the forms the quotes step reads: with that step failed, a sentence holding one
# cannot tell the speaker's words from the writer's.
_QUOTE_MARKS = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')


def _step(name: str, failures: RuleFailures, fallback: Callable[[], T], run: Callable[[], T]) -> T:
    """``run()``, or ``fallback()`` when it raises (logged, counted). The budget's and shutdown's errors are the
    caller's and pass through."""
    try:
        return run()
    except NewsfactsError:
        raise
    except Exception:
        log.exception("rule_failed", step=name)
        failures.steps.append(name)
        return fallback()


def extract_draft(doc: Document) -> ExtractionDraft:
    return extract_draft_reporting(doc)[0]


def extract_draft_reporting(doc: Document) -> tuple[ExtractionDraft, RuleFailures]:
    """The draft, and what a rule's failure lost from it (nothing, mostly; each failure is logged)."""
    failures = RuleFailures()
    with budget.segment():
        return _extract_draft(doc, failures), failures


def _extract_draft(doc: Document, failures: RuleFailures) -> ExtractionDraft:
    blocks = doc.body_blocks
    published = doc.published
    # Session 25: a rule failing in a whole-article step loses what that step gives (STEP_LOSSES), not the article;
    # each later step reads the fallback (no quotes, an empty entity book ...) as it would an article without them.
    quotes: list[QuoteSpan] = _step("quotes", failures, list, lambda: find_quote_spans(blocks))
    quoted = [p for q in quotes for p in q.parts]
    starts = [a for a, _z in quoted]  # quotes come in text order
    masked_blocks: list[str] = _step(
        "quotes",
        failures,
        lambda: [b.text for b in blocks],
        lambda: [
            mask_quotes(
                b.text,
                quoted[bisect.bisect_left(starts, b.start) : bisect.bisect_left(starts, b.end)],
                b.start,
            )
            for b in blocks
        ],
    )
    # Session 26: without the quotes step, quoted words would be read as the writer's ('"We will close the harbour,"
    # said the mayor.' gave the event '"We will close the harbour.'): such sentences keep their figures only.
    unmasked = "quotes" in failures.steps
    sentences: list[Sentence] = _step("sentences", failures, list, lambda: body_sentences(blocks))
    book = _step("entities", failures, EntityBook, lambda: build_book(sentences, quoted))
    # attach_speakers changes the quotes in place (speakers, merges): after a failure half-way none is trusted.
    speakers_done = _step(
        "speakers", failures, lambda: False, lambda: _attach(quotes, blocks, masked_blocks, book)
    )

    ctx = AttributionContext(book)
    body = " ".join(b.text for b in blocks)
    dollar = _step("money", failures, lambda: "USD", lambda: dollar_currency(body))
    # The countries named (for "crowns", "rupees" ...) and its cents.
    money = _step("money", failures, StoryMoney, lambda: story_money(body, dollar))
    figures: list[FigureDraft] = []
    attributions: list[AttributionDraft] = []
    events: list[EventDraft] = []
    story = StoryState()
    headline_attributions: list[AttributionDraft] = []
    for b in blocks:
        if "(@" in b.text:  # cheap test before the embed pattern
            attributions.extend(
                _step("embeds", failures, list, partial(find_post_embeds, b.text, b.start, book))
            )
    previous_figures: list[FigureDraft] = []
    previous_block = -1
    for sent in sentences:
        budget.check()  # between sentences, each bounded in length (sentences.MAX_SENTENCE_CHARS)
        b = blocks[sent.block]
        masked = masked_blocks[sent.block][sent.start - b.start : sent.end - b.start]
        k = bisect.bisect_right(starts, sent.start) - 1
        in_quote = k >= 0 and quoted[k][0] <= sent.start and sent.end <= quoted[k][1]
        # A rule that fails on one sentence loses that sentence's items, not the article: the caller gets the rest,
        # marked partial, never a 500 (session 24: "five-sixths" raised a KeyError in the figures pass, and the
        # whole request failed). The budget's and shutdown's errors are the caller's and pass through.
        found_heads: list[AttributionDraft] = []
        found_attrs: list[AttributionDraft] = []
        found_events: list[EventDraft] = []
        try:
            found_figures = find_figures(
                sent,
                in_quote=in_quote,
                dollar=dollar,
                story=money,
                previous=previous_figures if sent.block == previous_block else (),
            )
            if unmasked and not _QUOTE_MARKS.isdisjoint(masked):
                pass  # figures only: the quoted words cannot be told from the writer's
            elif sent.headline:
                # A headline reports a source as the body does ("Okafor vows to keep the port open",
                # "Okafor: the port will stay open"; Title Case read by attributions.title_case_cues).
                found_heads = find_attributions(sent, masked, ctx)
            else:
                found_attrs = find_attributions(sent, masked, ctx)
                found_events = find_events(sent, masked, book, published, story)
        except NewsfactsError:
            raise
        except Exception:
            log.exception("rule_failed", sentence_start=sent.start, sentence_end=sent.end)
            failures.sentences.append(sent.start)
            continue
        figures.extend(found_figures)
        previous_figures, previous_block = (
            found_figures,
            sent.block,
        )  # (``figures._carried_counts``, session 34)
        headline_attributions.extend(found_heads)
        attributions.extend(found_attrs)
        events.extend(found_events)

    body_attributions = attributions
    attributions = _step(
        "headlines",
        failures,
        lambda: body_attributions,
        lambda: merge_headlines(headline_attributions, attributions),
    )

    quote_drafts: list[QuoteDraft] = []
    for q in quotes if speakers_done else ():
        if q.keep:
            quote_drafts.extend(_step("quote_drafts", failures, list, partial(_quote_draft, doc, q)))
    unmerged_events, unmerged_figures = events, figures
    draft = ExtractionDraft(
        entities=_step("entity_drafts", failures, list, book.drafts),
        events=_step(
            "event_merge", failures, lambda: unmerged_events, lambda: merge_repeated(unmerged_events)
        ),
        figures=_step(
            "figure_merge", failures, lambda: unmerged_figures, lambda: merge_mentions(unmerged_figures)
        ),
        quotes=quote_drafts,
        attributions=attributions,
    )
    # Every item names the rule that found it (``Extraction.provenance``): a family's
    # finer rule when it set one, else the family itself.
    for family in kind_names():
        for item in getattr(draft, family):
            if item.rule is None:
                item.rule = family
    return draft


def _attach(
    quotes: list[QuoteSpan], blocks: tuple[Block, ...], masked_blocks: list[str], book: EntityBook
) -> bool:
    attach_speakers(quotes, blocks, masked_blocks, book)
    return True


def _quote_draft(doc: Document, q: QuoteSpan) -> list[QuoteDraft]:
    texts = [doc.text[a:z] for a, z in q.parts]
    return [
        QuoteDraft(
            text=" ".join(texts),
            speaker=q.speaker,
            speaker_mention=q.speaker_mention,
            cue=q.cue,
            partial=q.partial,
            evidence=texts,
            hint=q.parts[0][0],
            # A fragment in the writer's sentence is found by other rules than a full quote.
            rule="quotes.partial" if q.partial else "quotes.full",
        )
    ]
