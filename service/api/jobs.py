"""``/v1/jobs``: large batches, persisted, run in the background, resumed after a restart."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from schemas import Extraction
from service.api import problems
from service.api.bodies import ArticleBatch, parse_articles, require_json
from service.api.deps import ServicesDep
from service.api.openapi import json_body
from service.api.problems import Problem, ProblemError
from service.errors import NewsfactsError
from service.store import JobItemRecord, JobRecord, NewJobItem

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])

ID_PATTERN = r"^[0-9a-f]{32}$"
DEFAULT_PAGE = 50
MAX_PAGE = 500


class JobItem(BaseModel):
    index: int = Field(description="Position of the article in the job.")
    status: Literal["pending", "succeeded", "failed"]
    id: str | None = Field(default=None, description="For successes: the extraction id.")
    result: Extraction | None = Field(default=None, description="For successes: the extraction.")
    error: Problem | None = Field(default=None, description="For failures: the problem.")


class Job(BaseModel):
    """A job's progress, and one page of its items."""

    id: str
    url: str = Field(description="This job's URL (also the `Location` of the 202).")
    status: Literal["pending", "running", "done"] = Field(
        description="pending: waiting for a worker; running; done: every item succeeded or failed."
    )
    created_at: str = Field(description="ISO 8601, UTC.")
    updated_at: str = Field(description="ISO 8601, UTC: when the last item finished.")
    total: int
    succeeded: int
    failed: int
    pending: int
    offset: int = Field(description="Index of the first item on this page.")
    items: list[JobItem] = Field(description="Items `offset` .. `offset + limit - 1`.")
    next: str | None = Field(default=None, description="URL of the next page of items, if any.")


def describe_error(exc: BaseException) -> str:
    """An item's failure as the problem it would have been on its own (stored with the item)."""
    if isinstance(exc, NewsfactsError):
        err = problems.from_newsfacts_error(exc)
    elif isinstance(exc, ProblemError):
        err = exc
    else:
        err = ProblemError(500, "an unexpected error occurred")
    return err.problem().model_dump_json(exclude_none=True)


@router.post(
    "",
    summary="Start a job",
    status_code=202,
    response_model=Job,
    responses={
        202: {
            "description": "Accepted; the job runs in the background.",
            "headers": {"Location": {"description": "The job's URL.", "schema": {"type": "string"}}},
        },
        **problems.responses(400, 401, 413, 415, 422, 503),
    },
    openapi_extra=json_body(ArticleBatch),
)
async def create_job(request: Request, services: ServicesDep) -> Response:
    """Up to `NEWSFACTS_JOB_MAX_ITEMS` articles, persisted and extracted in the background.
    Poll the job's URL (the `Location` header) for progress and results.
    """
    require_json(request)
    raw = await request.body()
    parsed = parse_articles(raw, services.settings, max_items=services.settings.job_max_items)
    items = [
        NewJobItem(request=None, error=describe_error(item))
        if isinstance(item, ProblemError)
        else NewJobItem(request=item.model_dump_json(exclude_none=True))
        for item in parsed
    ]
    job_id = await services.jobs.submit(items)
    body = await _job_body(services, job_id, 0, DEFAULT_PAGE)
    return Response(
        body, status_code=202, media_type="application/json", headers={"Location": f"/v1/jobs/{job_id}"}
    )


@router.get(
    "/{job_id}",
    summary="A job's progress and results",
    response_model=Job,
    responses={200: {"description": "The job."}, **problems.responses(401, 404, 422)},
)
async def get_job(
    job_id: Annotated[str, Path(pattern=ID_PATTERN)],
    services: ServicesDep,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="First item to list.")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")] = DEFAULT_PAGE,
) -> Response:
    return Response(await _job_body(services, job_id, offset, limit), media_type="application/json")


async def _job_body(services: ServicesDep, job_id: str, offset: int, limit: int) -> bytes:
    job = await services.store.get_job(job_id)
    if job is None:
        raise ProblemError(404, f"no job {job_id}", slug="job-not-found")
    items = await services.store.job_items(job_id, offset, limit)
    end = offset + len(items)
    next_url = f"/v1/jobs/{job_id}?offset={end}&limit={limit}" if end < job.total else None
    return _render(job, offset, items, next_url)


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat()


def _render(job: JobRecord, offset: int, items: list[JobItemRecord], next_url: str | None) -> bytes:
    head = {
        "id": job.id,
        "url": f"/v1/jobs/{job.id}",
        "status": job.status,
        "created_at": _iso(job.created_at),
        "updated_at": _iso(job.updated_at),
        "total": job.total,
        "succeeded": job.succeeded,
        "failed": job.failed,
        "pending": job.total - job.succeeded - job.failed,
        "offset": offset,
        "next": next_url,
    }
    parts = [_render_item(item) for item in items]
    # Stored results are spliced in as they are, never parsed again.
    return json.dumps(head, separators=(",", ":")).encode()[:-1] + b',"items":[' + b",".join(parts) + b"]}"


def _render_item(item: JobItemRecord) -> bytes:
    out = b'{"index":%d,"status":"%s"' % (item.index, item.status.encode())
    if item.status == "succeeded" and item.result is not None and item.extraction_id is not None:
        out += b',"id":"%s","result":' % item.extraction_id.encode() + item.result
    elif item.status == "failed" and item.error is not None:
        out += b',"error":' + item.error.encode()
    return out + b"}"
