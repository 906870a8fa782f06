"""The pipeline: one article in, one validated, grounded extraction out.

``prepare`` (normalise, find the body) and ``extraction_id`` are pure and
cheap, so the cache can compute a key before paying for any backend.
``extract`` runs a backend and grounds what it returns.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import hashlib
import json
import threading
import time
from typing import Any

import structlog

from schemas import (
    SCHEMA_VERSION,
    ArticleRequest,
    DatedExpression,
    Extraction,
    ExtractionDraft,
    Metadata,
    Usage,
)
from schemas.kinds import draft_items
from service.backends.base import Backend
from service.errors import InputError, NewsfactsError
from service.grounding.ground import Grounded, ground
from service.pipeline import cpu_budget as budget
from service.pipeline.article_body import BODY_VERSION, classify_blocks, html_main_text
from service.pipeline.dated import dated_expressions
from service.pipeline.document import Block, Document
from service.pipeline.input_checks import (
    HTML_IN_TEXT_WARNING,
    MAX_TAG_ATTRIBUTES,
    body_share_warning,
    boilerplate_cap_warning,
    crowded_tag,
    joined_articles_warning,
    looks_like_html,
)
from service.pipeline.language import UNKNOWN_TAGS, detect, primary
from service.pipeline.locale_numbers import correct_figures
from service.pipeline.metadata import page_metadata
from service.pipeline.normalize import normalize_text

log = structlog.get_logger("newsfacts.pipeline")

# Bumped when the pipeline itself (normalisation, body finding, alignment,
# merging) changes in a way that changes answers: part of every cache key.
PIPELINE_VERSION = "8"
# Articles up to this long (normalised characters) are grounded on the caller's thread.
GROUND_INLINE_CHARS = 20_000


def prepare(article: ArticleRequest) -> Document:
    """Normalise the article and classify its blocks. Raises ``InputError`` for unusable input."""
    title, authors, published_text, outlet = article.title, [], None, article.outlet
    warnings: list[str] = []
    html = article.html
    if html is None and article.text is not None and looks_like_html(article.text):
        # A page pasted into `text`: reading its markup as prose gave tags and
        # timestamps as quotes and figures. Read it as the page it is.
        html = article.text
        warnings.append(HTML_IN_TEXT_WARNING)
    if html is not None:
        crowded = crowded_tag(html)
        if crowded is not None:
            raise InputError(
                f"the HTML has an element with more than {MAX_TAG_ATTRIBUTES} attributes (the tag at character"
                f" {crowded}): too costly to parse, and no page's markup; an unclosed tag before a long run of"
                " text reads the same way"
            )
        main = html_main_text(html)
        raw = main.text
        title = title or main.title
        authors = main.authors
        published_text = main.published
        outlet = outlet or main.outlet
        if not raw.strip():
            raise InputError("no article text could be found in the HTML")
    else:
        raw = article.text or ""
    text = normalize_text(raw)
    if not text:
        raise InputError("the article is empty or whitespace only")
    blocks: list[Block] = classify_blocks(text)
    if not any(b.is_body for b in blocks):
        # Better to extract from everything than to silently return nothing.
        blocks = [Block(start=b.start, end=b.end, text=b.text, kind="body") for b in blocks]
    # What the caller says wins, then the HTML's metadata, then the page's own furniture.
    page = page_metadata(tuple(blocks))
    published = article.published_date or _parse_date(published_text) or _parse_date(page.published)
    language, language_source = _language(article, blocks)
    warnings.extend(w for w in (body_share_warning(text, blocks), joined_articles_warning(blocks)) if w)
    doc = Document(
        text=text,
        blocks=tuple(blocks),
        published=published,
        title=title or page.title,
        outlet=outlet,
        url=article.url,
        language=language,
        language_source=language_source,
        authors=tuple(authors or page.authors),
        republished_from=page.republished_from,
        warnings=tuple(warnings),
    )
    capped = boilerplate_cap_warning(len(doc.boilerplate_runs))
    return dataclasses.replace(doc, warnings=(*doc.warnings, capped)) if capped else doc


def _language(article: ArticleRequest, blocks: list[Block]) -> tuple[str | None, str | None]:
    """The request's language tag when it gives one, else what the body reads as (None: not sure)."""
    given = (article.language or "").strip()
    if given and primary(given) not in UNKNOWN_TAGS:
        return given, "request"
    body = "\n".join(b.text for b in blocks if b.is_body)
    found = detect(body)
    return (found.code, "detected") if found else (None, None)


def extraction_id(doc: Document, backend: Backend) -> str:
    """Hash of everything that determines the answer: the cache key.

    Canonical JSON (sorted keys, no whitespace) so the same inputs always give
    the same key, across processes and hosts.
    """
    material: dict[str, Any] = {
        "text": doc.text,
        "published": doc.published.isoformat() if doc.published else None,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "language": doc.language,
        "warnings": list(doc.warnings),
        "schema_version": SCHEMA_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        "body_version": BODY_VERSION,
        "backend": backend.fingerprint(),
    }
    blob = json.dumps(material, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


async def extract(article: ArticleRequest, backend: Backend, *, budget_s: float | None = None) -> Extraction:
    """Extract grounded facts from ``article`` with ``backend`` (``budget_s``: see ``extract_document``)."""
    return await extract_document(prepare(article), backend, budget_s=budget_s)


def _ground(doc: Document, draft: ExtractionDraft, extractor: str) -> Grounded:
    with budget.segment():
        return ground(doc, draft, extractor)


def _dates(doc: Document) -> list[DatedExpression] | None:
    """The body's dates; None when reading them raised (logged as step_failed: the answer goes without them)."""
    # CPU-bound like grounding, and under the same budget: it ran on the event loop after
    # the budget's block, where a pathological text held the whole server (session 8).
    with budget.segment():
        try:
            return dated_expressions(doc)
        except NewsfactsError:
            raise
        except Exception:
            log.exception("step_failed", step="dates")
            return None


def _corrected_figures(figures: list[Any], language: str | None) -> tuple[list[Any], list[str], bool]:
    """``correct_figures``, and whether it ran: when it raises, the figures as read (logged as step_failed)."""
    try:
        return (*correct_figures(figures, language), True)
    except NewsfactsError:
        raise
    except Exception:
        log.exception("step_failed", step="number_locale")
        return figures, [], False


def lost_steps_warning(lost: list[str]) -> str:
    """What the caller is told when a whole-article step after the backend raised (session 25)."""
    return (
        f"partial: an internal error lost the {', '.join(lost)} of this extraction; the rest is complete "
        "(the error is logged as grounding_failed or step_failed), and this result is not cached"
    )


def kept_nothing(extraction: Extraction) -> bool:
    """True when a model answered with items and every one was dropped (ungrounded, copied, ...).

    Such an answer is not "this article has no facts": the model's items were refused, which a
    retry (another sample, a repaired provider) may not repeat. It is served with a warning and
    never cached (session 34); an answer that was empty from the start is a true empty answer.
    """
    usage = extraction.usage
    return (
        usage.llm_calls > 0
        and bool(usage.dropped_ungrounded or any(usage.dropped.values()))
        and not draft_items(extraction)
    )


def kept_nothing_warning(usage: Usage) -> str:
    """What the caller is told when :func:`kept_nothing` holds."""
    reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(usage.dropped.items()) if n)
    return (
        f"nothing kept: every item the model gave was dropped ({reasons or f'{usage.dropped_ungrounded} ungrounded'}"
        "; see usage.dropped), so the empty lists do not say the article has no facts; "
        "this result is not cached"
    )


async def extract_document(
    doc: Document,
    backend: Backend,
    *,
    key: str | None = None,
    budget_s: float | None = None,
    stopping: threading.Event | None = None,
) -> Extraction:
    """Extract from a prepared document. ``key``: its ``extraction_id``, when the caller has it already.

    ``budget_s``: the CPU seconds the extraction's CPU-bound steps may use in all
    (``service.pipeline.cpu_budget``); past it, ``ExtractionBudgetError``. Once ``stopping`` is
    set, ``ShuttingDownError`` at the next check. Those steps run in worker
    threads, never on the caller's event loop, except a short article's grounding
    (``GROUND_INLINE_CHARS``), which costs less than the hop.
    """
    started = time.perf_counter()
    with budget.limited(budget_s, stopping):
        result = await backend.extract(doc)
        # Grounding is CPU-bound too (alignment, merging): for a long article a thread, so a
        # server keeps answering. A short article's takes about a millisecond, less than the
        # hop to a thread and back costs the process (waking a thread, passing the GIL twice).
        if len(doc.text) <= GROUND_INLINE_CHARS:
            grounded = _ground(doc, result.draft, backend.name)
            dates = _dates(doc)
        else:
            grounded = await asyncio.to_thread(_ground, doc, result.draft, backend.name)
            dates = await asyncio.to_thread(_dates, doc)
    items = dict(grounded.items)
    items["figures"], number_warnings, corrected = _corrected_figures(items["figures"], doc.language)
    # A whole-article step that raised (grounding a kind, the entities, the dates, the number locale) loses its
    # items, not the article: the rest is served, marked partial like a failed chunk (so never cached).
    lost = [
        *grounded.stats.failed,
        *(["dates"] if dates is None else []),
        *([] if corrected else ["number_locale"]),
    ]
    usage: Usage = result.usage.model_copy(
        update={
            "failed_chunks": max(result.usage.failed_chunks, 1) if lost else result.usage.failed_chunks,
            "dropped_ungrounded": result.usage.dropped_ungrounded + grounded.stats.dropped_ungrounded,
            "dropped_boilerplate": result.usage.dropped_boilerplate + grounded.stats.dropped_boilerplate,
            "wall_ms": round((time.perf_counter() - started) * 1000, 3),
        }
    )
    md = result.draft.metadata
    metadata = Metadata(
        title=doc.title or md.title,
        authors=list(doc.authors) or md.authors,
        outlet=doc.outlet or md.outlet,
        published=doc.published.isoformat() if doc.published else md.published,
        republished_from=doc.republished_from or md.republished_from,
        url=doc.url,
        language=doc.language,
    )
    extraction = Extraction(
        id=key or extraction_id(doc, backend),
        text=doc.text,
        body=doc.body,
        boilerplate=doc.boilerplate,
        metadata=metadata,
        entities=grounded.entities,
        **items,
        dates=dates or [],
        extractor=backend.info(),
        provenance=grounded.provenance,
        usage=usage,
        warnings=[
            *doc.warnings,
            *result.warnings,
            *number_warnings,
            *([lost_steps_warning(lost)] if lost else []),
        ],
    )
    if kept_nothing(extraction):
        extraction.warnings.append(kept_nothing_warning(usage))
    return extraction


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
