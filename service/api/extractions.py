"""``/v1/extractions``: one article, a stored result, or a batch."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Annotated, Any, Literal

import structlog
from fastapi import APIRouter, Header, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from schemas import ArticleRequest, Extraction
from service.api import problems, tenancy
from service.api.deps import ServicesDep, services_of
from service.api.middleware import head_only, headers_only
from service.api.openapi import ID_PATTERN, json_body
from service.api.paging import next_page, rows_page
from service.api.problems import Problem, ProblemError
from service.api.request_bodies import ArticleBatch, parse_article, parse_articles, require_json
from service.errors import NewsfactsError
from service.serving.cache.extraction_cache import CacheResult, request_digest
from service.serving.store.base import ExtractionSummary

router = APIRouter(prefix="/v1/extractions", tags=["extractions"])
log = structlog.get_logger("newsfacts.api")


CacheControl = Annotated[
    str | None,
    Header(description="`no-cache` forces a fresh extraction (the new result replaces the cached one)."),
]

_CACHE_CONTROL_PARAMETER: dict[str, Any] = {
    "name": "Cache-Control",
    "in": "header",
    "required": False,
    "description": "`no-cache` forces a fresh extraction (the new result replaces the cached one).",
    "schema": {"type": "string"},
}

_RESULT_HEADERS: dict[str, Any] = {
    "X-Cache": {
        "description": "`hit` when served from the cache, `miss` when extracted for this request.",
        "schema": {"type": "string", "enum": ["hit", "miss"]},
    },
    "Content-Location": {
        "description": "Where the stored result can be fetched again: `/v1/extractions/{id}`.",
        "schema": {"type": "string"},
    },
}


class BatchItem(BaseModel):
    """One article's outcome: its extraction, or the problem that stopped it."""

    index: int = Field(description="Position of the article in the request.")
    status: int = Field(description="The status this article would have had on its own (200, 400, 503 ...).")
    cache: Literal["hit", "miss"] | None = Field(
        default=None, description="For successes: served from the cache?"
    )
    id: str | None = Field(default=None, description="For successes: the extraction id.")
    result: Extraction | None = Field(default=None, description="For successes: the extraction.")
    error: Problem | None = Field(default=None, description="For failures: the problem.")


class BatchResult(BaseModel):
    items: list[BatchItem] = Field(description="One entry per article, in request order.")
    succeeded: int
    failed: int


class StoredExtractionInfo(BaseModel):
    id: str
    url: str = Field(description="`/v1/extractions/{id}`.")
    created_at: str = Field(description="ISO 8601, UTC: when it was extracted.")
    bytes: int = Field(description="Size of the stored JSON.")


class ExtractionList(BaseModel):
    extractions: list[StoredExtractionInfo] = Field(description="Newest first.")
    total: int = Field(description="Extractions in the store.")
    offset: int
    next: str | None = Field(default=None, description="URL of the next page, if any.")


DEFAULT_PAGE = 50
MAX_PAGE = 500


def extraction_response(result: CacheResult) -> Response:
    # The stored bytes as they are: no re-validation, no re-serialisation.
    return Response(
        result.body,
        media_type="application/json",
        headers={
            "X-Cache": "hit" if result.hit else "miss",
            "Content-Location": f"/v1/extractions/{result.id}",
        },
    )


def _wants_fresh(cache_control: str | None) -> bool:
    return any(d.strip().lower() == "no-cache" for d in (cache_control or "").split(","))


@router.post(
    "",
    summary="Extract facts from one article",
    response_model=Extraction,
    responses={
        200: {
            "description": "The extraction (served from the cache when `X-Cache: hit`).",
            "headers": _RESULT_HEADERS,
        },
        **problems.responses(400, 401, 413, 415, 422, 502, 503, 504),
    },
    openapi_extra={**json_body(ArticleRequest), "parameters": [_CACHE_CONTROL_PARAMETER]},
)
async def create_extraction(request: Request) -> Response:
    """The article's events, figures, quotes and attributions, grounded to offsets in the returned `text`.

    Identical requests are answered from the cache (`X-Cache: hit`); concurrent
    identical requests share one extraction.
    """
    # The hot path: no dependency injection (it costs as much as the rest of a
    # cache hit), so the header and the services are read off the request.
    services = services_of(request)
    require_json(request)
    raw = await request.body()
    fresh = _wants_fresh(request.headers.get("cache-control"))
    digest = request_digest(raw)
    if not fresh:
        hit = services.cache.lookup_raw(digest)
        if hit is not None:
            await tenancy.record(request, "extraction", hit.id)
            return extraction_response(hit)
    article = parse_article(raw, services.settings)
    result = await services.cache.extract(article, fresh=fresh, raw_digest=digest)
    # A hit too: whoever sent the text owns its result, and the cache still pays only once.
    await tenancy.record(request, "extraction", result.id, new=not result.hit)
    return extraction_response(result)


@router.api_route("/batch", methods=["GET", "PUT", "PATCH", "DELETE"], include_in_schema=False)
async def batch_other_methods(request: Request) -> Response:
    """``/batch`` takes POST only: without this, ``GET /v1/extractions/batch`` would be read as the id
    "batch" (422 for its pattern) instead of 405 (issue 13)."""
    raise StarletteHTTPException(405, headers={"Allow": "POST"})


@router.get(
    "/{extraction_id}",
    summary="A stored extraction",
    response_model=Extraction,
    responses={200: {"description": "The stored extraction."}, **problems.responses(401, 404, 405, 422)},
)
async def get_extraction(
    request: Request,
    extraction_id: Annotated[str, Path(pattern=ID_PATTERN, description="The extraction's `id`.")],
    services: ServicesDep,
) -> Response:
    """An extraction by its id, while it is in the cache (entries may be evicted by age or count)."""
    # Another key's extraction is the same 404 as none: no oracle for "was this text sent?".
    body = (
        await services.cache.get(extraction_id)
        if await tenancy.visible(request, "extraction", extraction_id)
        else None
    )
    if body is None:
        raise ProblemError(
            404, f"no stored extraction {extraction_id} (never made, or evicted)", slug="extraction-not-found"
        )
    return Response(body, media_type="application/json")


@router.get(
    "",
    summary="List stored extractions",
    response_model=ExtractionList,
    responses={
        200: {"description": "One page of stored extractions, newest first."},
        **problems.responses(401, 422),
    },
)
async def list_extractions(
    request: Request,
    services: ServicesDep,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="First extraction to list.")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Extractions per page.")] = DEFAULT_PAGE,
) -> ExtractionList | Response:
    """What the store holds (the cache), newest first: ids to fetch with `GET /v1/extractions/{id}`."""
    if head_only(request):
        # A tenant's page reads each body whole for its size: never for a body nobody reads.
        return headers_only()

    async def one(extraction_id: str) -> ExtractionSummary | None:
        s = await services.store.get_extraction(extraction_id)
        return None if s is None else ExtractionSummary(s.id, len(s.body), s.created_at)

    rows, total = await rows_page(request, "extraction", offset, limit, services.store.list_extractions, one)
    return ExtractionList(
        extractions=[
            StoredExtractionInfo(
                id=r.id,
                url=f"/v1/extractions/{r.id}",
                created_at=dt.datetime.fromtimestamp(r.created_at, dt.UTC).isoformat(),
                bytes=r.size,
            )
            for r in rows
        ],
        total=total,
        offset=offset,
        next=next_page("/v1/extractions", offset, limit, len(rows), total),
    )


@router.delete(
    "/{extraction_id}",
    summary="Delete a stored extraction",
    status_code=204,
    responses={204: {"description": "Deleted."}, **problems.responses(401, 404, 405, 422)},
)
async def delete_extraction(
    request: Request,
    extraction_id: Annotated[str, Path(pattern=ID_PATTERN, description="The extraction's `id`.")],
    services: ServicesDep,
) -> Response:
    """Remove an extraction from the store and this process's memory: the next identical request
    extracts afresh. Copies inside job results stay with their job.
    """
    if not await tenancy.visible(request, "extraction", extraction_id) or not await services.cache.delete(
        extraction_id
    ):
        raise ProblemError(404, f"no stored extraction {extraction_id}", slug="extraction-not-found")
    tenancy.deleted(request, "extraction", extraction_id)
    return Response(status_code=204)


@router.post(
    "/batch",
    summary="Extract facts from several articles",
    response_model=BatchResult,
    responses={
        200: {"description": "One result or problem per article, in request order."},
        **problems.responses(400, 401, 413, 415, 422),
    },
    openapi_extra=json_body(ArticleBatch),
)
async def create_batch(
    request: Request, services: ServicesDep, cache_control: CacheControl = None
) -> Response:
    """Up to `NEWSFACTS_BATCH_MAX_ITEMS` articles, extracted concurrently (at most
    `NEWSFACTS_BATCH_CONCURRENCY` at once). An article that fails does not fail the
    others: its entry carries the problem it would have had on its own.
    """
    require_json(request)
    raw = await request.body()
    settings = services.settings
    parsed = parse_articles(raw, settings, max_items=settings.batch_max_items)
    fresh = _wants_fresh(cache_control)
    limit = asyncio.Semaphore(settings.batch_concurrency)
    path = request.url.path

    async def one(index: int, item: Any) -> tuple[bool, bytes]:
        if isinstance(item, ProblemError):
            return False, _item_error(index, item, path)
        async with limit:
            try:
                result = await services.cache.extract(item, fresh=fresh)
                await tenancy.record(request, "extraction", result.id, new=not result.hit)
            except NewsfactsError as exc:
                return False, _item_error(index, problems.from_newsfacts_error(exc), path)
            except ProblemError as exc:
                return False, _item_error(index, exc, path)
            except Exception:
                log.exception("batch_item_crashed", index=index)
                return False, _item_error(index, ProblemError(500, "an unexpected error occurred"), path)
        cache = b"hit" if result.hit else b"miss"
        return True, (
            b'{"index":%d,"status":200,"cache":"%s","id":"%s","result":' % (index, cache, result.id.encode())
            + result.body
            + b"}"
        )

    outcomes = await asyncio.gather(*(one(i, item) for i, item in enumerate(parsed)))
    ok = sum(1 for success, _ in outcomes if success)
    body = (
        b'{"items":['
        + b",".join(part for _, part in outcomes)
        + b'],"succeeded":%d,"failed":%d}' % (ok, len(outcomes) - ok)
    )
    return Response(body, media_type="application/json")


def _item_error(index: int, err: ProblemError, path: str) -> bytes:
    problem = problems.problem_bytes(err.problem(instance=path))
    return b'{"index":%d,"status":%d,"error":' % (index, err.status) + problem + b"}"
