"""The rules extractor: runs each rule family over the body and returns one draft.

Order matters only where one family needs another's answer: quotes are found
first so every other family can ignore quoted words (masking), entities next
so speakers, sources and participants resolve to canonical names.
"""

from __future__ import annotations

import bisect

import structlog

from schemas import ExtractionDraft, QuoteDraft
from schemas.kinds import kind_names
from service.backends.rules.attributions import (
    AttributionContext,
    find_attributions,
    find_post_embeds,
    merge_headlines,
)
from service.backends.rules.entities import build_book
from service.backends.rules.events import StoryState, find_events, merge_repeated
from service.backends.rules.figures import dollar_currency, find_figures, merge_mentions
from service.backends.rules.measures import story_money
from service.backends.rules.phrases import mask_quotes
from service.backends.rules.quotes import attach_speakers, find_quote_spans
from service.backends.rules.sentences import body_sentences
from service.errors import NewsfactsError
from service.pipeline import cpu_budget as budget
from service.pipeline.document import Document

log = structlog.get_logger("newsfacts.rules")

# Part of the cache key: bump whenever the output for some input changes.
RULES_VERSION = "1.69"


def extract_draft(doc: Document) -> ExtractionDraft:
    return extract_draft_reporting(doc)[0]


def extract_draft_reporting(doc: Document) -> tuple[ExtractionDraft, int]:
    """The draft, and how many sentences a rule failed on (their items are missing; the failure is logged)."""
    failed: list[int] = []
    with budget.segment():
        return _extract_draft(doc, failed), len(failed)


def _extract_draft(doc: Document, failed: list[int]) -> ExtractionDraft:
    blocks = doc.body_blocks
    published = doc.published
    quotes = find_quote_spans(blocks)
    quoted = [p for q in quotes for p in q.parts]
    starts = [a for a, _z in quoted]  # quotes come in text order
    masked_blocks = [
        mask_quotes(
            b.text, quoted[bisect.bisect_left(starts, b.start) : bisect.bisect_left(starts, b.end)], b.start
        )
        for b in blocks
    ]
    sentences = body_sentences(blocks)
    book = build_book(sentences, quoted)
    attach_speakers(quotes, blocks, masked_blocks, book)

    ctx = AttributionContext(book)
    body = " ".join(b.text for b in blocks)
    dollar = dollar_currency(body)
    money = story_money(body, dollar)  # the countries named (for "crowns", "rupees" ...) and its cents
    figures = []
    attributions = []
    events = []
    story = StoryState()
    headline_attributions = []
    for b in blocks:
        if "(@" in b.text:  # cheap test before the embed pattern
            attributions.extend(find_post_embeds(b.text, b.start, book))
    for sent in sentences:
        budget.check()  # between sentences, each bounded in length (sentences.MAX_SENTENCE_CHARS)
        b = blocks[sent.block]
        masked = masked_blocks[sent.block][sent.start - b.start : sent.end - b.start]
        k = bisect.bisect_right(starts, sent.start) - 1
        in_quote = k >= 0 and quoted[k][0] <= sent.start and sent.end <= quoted[k][1]
        # A rule that fails on one sentence loses that sentence's items, not the article: the caller gets the rest,
        # marked partial, never a 500 (session 24: "five-sixths" raised a KeyError in the figures pass, and the
        # whole request failed). The budget's and shutdown's errors are the caller's and pass through.
        try:
            found_figures = find_figures(sent, in_quote=in_quote, dollar=dollar, story=money)
            if sent.headline:
                # A headline reports a source as the body does ("Okafor vows to keep the port open",
                # "Okafor: the port will stay open"; Title Case read by attributions.title_case_cues).
                found_heads, found_attrs, found_events = find_attributions(sent, masked, ctx), [], []
            else:
                found_heads = []
                found_attrs = find_attributions(sent, masked, ctx)
                found_events = find_events(sent, masked, book, published, story)
        except NewsfactsError:
            raise
        except Exception:
            log.exception("rule_failed", sentence_start=sent.start, sentence_end=sent.end)
            failed.append(sent.start)
            continue
        figures.extend(found_figures)
        headline_attributions.extend(found_heads)
        attributions.extend(found_attrs)
        events.extend(found_events)

    attributions = merge_headlines(headline_attributions, attributions)

    quote_drafts = []
    for q in quotes:
        if not q.keep:
            continue
        texts = [doc.text[a:z] for a, z in q.parts]
        quote_drafts.append(
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
        )
    draft = ExtractionDraft(
        entities=book.drafts(),
        events=merge_repeated(events),
        figures=merge_mentions(figures),
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
