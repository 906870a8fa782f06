"""``/v1/stories``: several articles of one story, their facts grouped across outlets.

New articles go through the extraction cache exactly like ``POST
/v1/extractions`` (a repeated story pays for no extraction); stored extraction
ids are read from the cache and never re-extracted. The grouping itself
(``service/corroborate/story.py``) is pure and cheap, so stories are not stored.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.responses import Response

from schemas import SCHEMA_VERSION, ArticleRequest, Extraction
from schemas.story import Story, StoryRequest
from service.api import problems, tenancy
from service.api.deps import ServicesDep
from service.api.openapi import ID_PATTERN, json_body
from service.api.problems import ProblemError, errors_problem, field_errors, validation_problem
from service.api.request_bodies import check_size, malformed_json, refuse_duplicate_keys, require_json
from service.corroborate.articles import StoryInput
from service.corroborate.story import corroborate
from service.errors import ExtractionBudgetError
from service.pipeline import cpu_budget
from service.serving.cache.extraction_cache import CacheResult

router = APIRouter(prefix="/v1/stories", tags=["stories"])

_ID = re.compile(ID_PATTERN)


def parse_story_request(raw: bytes) -> StoryRequest:
    try:
        story = StoryRequest.model_validate_json(raw)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        raise malformed_json(exc, raw) or errors_problem(list(errors), what="story") from None
    # As for articles, batches and jobs (session 13): a key given twice is refused, not the last taken.
    refuse_duplicate_keys(raw)
    return story


@router.post(
    "",
    summary="Corroborate facts across several articles",
    response_model=Story,
    responses={
        200: {
            "description": "The story: articles and, per item type, groups of items reporting the same fact.",
            "headers": {
                "X-Cache-Hits": {
                    "description": "How many of the story's articles were served from the cache (stored ids included).",
                    "schema": {"type": "integer"},
                }
            },
        },
        **problems.responses(400, 401, 404, 409, 413, 415, 422, 502, 503, 504),
    },
    openapi_extra=json_body(StoryRequest),
)
async def create_story(request: Request, services: ServicesDep) -> Response:
    """Which facts several outlets confirm, which only one reports, and where they disagree.

    Give `articles` (extracted through the cache, like `POST /v1/extractions`)
    and/or `extraction_ids` of stored extractions. Each group lists its
    supporting articles with their evidence spans, the number of independent
    outlets (a republication counts for its origin) and any conflicts.
    """
    require_json(request)
    story_request = parse_story_request(await request.body())
    for n, article in enumerate(story_request.articles):
        try:
            check_size(article, services.settings)
        except ProblemError as exc:
            exc.detail = f"articles[{n}]: {exc.detail}"
            raise
    bad_ids = [(n, i) for n, i in enumerate(story_request.extraction_ids) if not _ID.match(i)]
    if bad_ids:
        raise validation_problem(
            field_errors(
                [
                    {
                        "loc": ("extraction_ids", n),
                        "msg": "not an extraction id (32 hex digits)",
                        "type": "pattern",
                    }
                    for n, _ in bad_ids
                ]
            ),
            what="story",
        )

    limit = asyncio.Semaphore(services.settings.batch_concurrency)

    async def extract(article: ArticleRequest) -> CacheResult:
        async with limit:
            return await services.cache.extract(article)

    results = await asyncio.gather(*(extract(a) for a in story_request.articles))
    for r in results:
        await tenancy.record(request, "extraction", r.id, new=not r.hit)
    # Each body with its outlet and, when the caller named it by id, that id.
    stored: list[tuple[bytes, str | None, str | None]] = [
        (r.body, a.outlet, None) for r, a in zip(results, story_request.articles, strict=True)
    ]
    hits = sum(1 for r in results if r.hit)
    for extraction_id in story_request.extraction_ids:
        # Another key's extraction is the same 404 as none (service.serving.tenancy).
        visible = await tenancy.visible(request, "extraction", extraction_id)
        body = await services.cache.get(extraction_id) if visible else None
        if body is None:
            raise ProblemError(
                404,
                f"no stored extraction {extraction_id} (never made, or evicted)",
                slug="extraction-not-found",
            )
        stored.append((body, None, extraction_id))
        hits += 1
    # The grouping is quadratic in the story's items (and its figure conflicts cubic): on the
    # event loop, two stored ids of a 7 KB article with 300 figures held every request of the
    # process for 5 s of CPU, and 20 dense ones for hours (session 14's hostile review). In a
    # worker thread, under the CPU budget of one extraction, as one admitted unit of work.
    async with services.cache.limiter.slot():
        story = await asyncio.to_thread(
            _story_json, stored, services.settings.extraction_budget_s, services.cache.stopping
        )
    return Response(story, media_type="application/json", headers={"X-Cache-Hits": str(hits)})


def _story_json(
    stored: list[tuple[bytes, str | None, str | None]], budget_s: float | None, stopping: threading.Event
) -> bytes:
    with cpu_budget.limited(budget_s, stopping), cpu_budget.segment():
        inputs = [
            StoryInput(_read_stored(body, extraction_id), outlet=outlet)
            for body, outlet, extraction_id in stored
        ]
        try:
            return corroborate(inputs).model_dump_json().encode()
        except ExtractionBudgetError:
            raise ExtractionBudgetError(
                f"grouping this story's facts took more than the {budget_s:g} s of CPU one request may "
                "use (NEWSFACTS_EXTRACTION_BUDGET_S); give fewer or shorter articles"
            ) from None


def _read_stored(body: bytes, extraction_id: str | None) -> Extraction:
    """A stored body as this release's ``Extraction``; one it cannot read is a 409 naming the id.

    A body written by another release (a newer schema's extra field, during a rolling upgrade)
    or damaged in the store was a 422 "invalid field in the request", which blamed the caller's
    request for what the store held (session 15).
    """
    try:
        return Extraction.model_validate_json(body)
    except ValidationError:
        if extraction_id is None:
            raise  # extracted by this very request: this release's own body
    try:
        claimed = json.loads(body).get("schema_version")
    except (ValueError, AttributeError):
        claimed = None
    by = (
        f"it was stored by a release writing schema {claimed}"
        if isinstance(claimed, str) and claimed != SCHEMA_VERSION
        else "it was stored by another release, or damaged"
    )
    raise ProblemError(
        409,
        f"stored extraction {extraction_id} cannot be read by this release (schema {SCHEMA_VERSION}): "
        f"{by}; send the article itself instead of its id",
        title="Stored extraction unreadable",
        slug="extraction-unreadable",
    ) from None
