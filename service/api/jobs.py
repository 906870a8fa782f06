"""``/v1/jobs``: large batches, persisted, run in the background, resumed after a restart."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from schemas import Extraction
from service.api import problems, tenancy
from service.api.deps import ServicesDep
from service.api.middleware import head_only, headers_only
from service.api.openapi import ID_PATTERN, json_body
from service.api.paging import next_page, rows_page
from service.api.problems import Problem, ProblemError, field_errors, validation_problem
from service.api.request_bodies import JobRequest, parse_job, require_json
from service.errors import NewsfactsError
from service.serving.store.base import JobItemRecord, JobRecord, NewJobItem, WebhookRecord
from service.serving.webhooks import check_url

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])

DEFAULT_PAGE = 50
MAX_PAGE = 500


class JobItem(BaseModel):
    index: int = Field(description="Position of the article in the job.")
    status: Literal["pending", "succeeded", "failed"]
    id: str | None = Field(default=None, description="For successes: the extraction id.")
    result: Extraction | None = Field(default=None, description="For successes: the extraction.")
    error: Problem | None = Field(default=None, description="For failures: the problem.")


class WebhookStatus(BaseModel):
    url: str
    delivered: bool
    attempts: int = Field(description="Deliveries tried so far.")
    last_error: str | None = Field(default=None, description="Why the last attempt failed, if it did.")
    next_attempt_at: str | None = Field(
        default=None, description="ISO 8601, UTC: the next try, if one is due."
    )


class JobSummary(BaseModel):
    """A job without its items (`GET /v1/jobs`)."""

    id: str
    url: str
    status: Literal["pending", "running", "done"]
    created_at: str
    updated_at: str
    total: int
    succeeded: int
    failed: int
    pending: int


class JobList(BaseModel):
    jobs: list[JobSummary] = Field(description="Newest first.")
    total: int = Field(description="Jobs in the store.")
    offset: int
    next: str | None = Field(default=None, description="URL of the next page, if any.")


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
    webhook: WebhookStatus | None = Field(
        default=None, description="The completion callback, when one was asked."
    )


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
    openapi_extra=json_body(JobRequest),
)
async def create_job(request: Request, services: ServicesDep) -> Response:
    """Up to `NEWSFACTS_JOB_MAX_ITEMS` articles, persisted and extracted in the background.
    Poll the job's URL (the `Location` header) for progress and results, or give a
    `webhook_url` to be called when it is done.
    """
    require_json(request)
    raw = await request.body()
    parsed, webhook_url = parse_job(raw, services.settings)
    if webhook_url is not None:
        _check_webhook(webhook_url, services)
    items = [
        NewJobItem(request=None, error=describe_error(item))
        if isinstance(item, ProblemError)
        else NewJobItem(request=item.model_dump_json(exclude_none=True))
        for item in parsed
    ]
    # Owned before it exists: a worker finishing an item at once hands the key its result too.
    job_id = uuid.uuid4().hex
    await tenancy.record(request, "job", job_id)
    # The webhook in the job's own transaction: a store failure between two writes left the
    # job running without its callback, and the client's retry made a second job (session 15).
    await services.jobs.submit(items, job_id=job_id, webhook_url=webhook_url)
    body = await _job_body(services, job_id, 0, DEFAULT_PAGE)
    return Response(
        body, status_code=202, media_type="application/json", headers={"Location": f"/v1/jobs/{job_id}"}
    )


def _check_webhook(url: str, services: ServicesDep) -> None:
    why = check_url(url, allow_private=services.settings.webhook_allow_private_hosts)
    if why is None and services.settings.webhook_secret is None:
        why = "webhooks are not enabled on this server (NEWSFACTS_WEBHOOK_SECRET is unset): poll the job instead"
    if why is not None:
        raise validation_problem(
            field_errors([{"loc": ("webhook_url",), "msg": why, "type": "value_error"}]), what="job"
        )


@router.get(
    "",
    summary="List jobs",
    response_model=JobList,
    responses={200: {"description": "One page of jobs, newest first."}, **problems.responses(401, 422)},
)
async def list_jobs(
    request: Request,
    services: ServicesDep,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="First job to list.")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Jobs per page.")] = DEFAULT_PAGE,
) -> JobList | Response:
    """Every job the store holds, newest first, without their items (`GET /v1/jobs/{id}` has those)."""
    if head_only(request):
        return headers_only()
    records, total = await rows_page(
        request, "job", offset, limit, services.store.list_jobs, services.store.get_job
    )
    return JobList(
        jobs=[JobSummary(**_head(r)) for r in records],
        total=total,
        offset=offset,
        next=next_page("/v1/jobs", offset, limit, len(records), total),
    )


@router.post(
    "/{job_id}/cancel",
    summary="Cancel a job",
    response_model=Job,
    responses={
        200: {"description": "Cancelled: its pending items failed with `job-cancelled`; the job is done."},
        **problems.responses(401, 404, 409, 422),
    },
)
async def cancel_job(
    request: Request, job_id: Annotated[str, Path(pattern=ID_PATTERN)], services: ServicesDep
) -> Response:
    """Stop a job: items not yet extracted fail with a `urn:newsfacts:problem:job-cancelled` problem,
    items already done keep their results, and the job is `done`. An item being extracted
    at that moment may still finish; its result is not recorded in the job.
    """
    err = ProblemError(
        409,
        "the job was cancelled before this article was extracted",
        title="Cancelled",
        slug="job-cancelled",
    )
    if not await tenancy.visible(request, "job", job_id):
        raise _job_not_found(job_id, services)
    cancelled = await services.jobs.cancel(job_id, err.problem().model_dump_json(exclude_none=True))
    if cancelled is None:
        raise _job_not_found(job_id, services)
    if cancelled == 0:
        raise ProblemError(409, f"job {job_id} has already finished", slug="job-finished")
    return Response(await _job_body(services, job_id, 0, DEFAULT_PAGE), media_type="application/json")


@router.get(
    "/{job_id}",
    summary="A job's progress and results",
    response_model=Job,
    responses={200: {"description": "The job."}, **problems.responses(401, 404, 422)},
)
async def get_job(
    request: Request,
    job_id: Annotated[str, Path(pattern=ID_PATTERN)],
    services: ServicesDep,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="First item to list.")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Items per page.")] = DEFAULT_PAGE,
) -> Response:
    if not await tenancy.visible(request, "job", job_id):
        raise _job_not_found(job_id, services)  # the same as no such job
    if head_only(request):
        # Whether the job is there, not its page of results rendered to be thrown away.
        if await services.store.get_job(job_id) is None:
            raise _job_not_found(job_id, services)
        return headers_only()
    return Response(await _job_body(services, job_id, offset, limit), media_type="application/json")


async def _job_body(services: ServicesDep, job_id: str, offset: int, limit: int) -> bytes:
    job = await services.store.get_job(job_id)
    if job is None:
        raise _job_not_found(job_id, services)
    items = await services.store.job_items(job_id, offset, limit)
    next_url = next_page(f"/v1/jobs/{job_id}", offset, limit, len(items), job.total)
    return _render(job, offset, items, next_url, await services.store.get_webhook(job_id))


def _job_not_found(job_id: str, services: ServicesDep) -> ProblemError:
    """404 for an unknown id, another key's job and a job swept after its retention alike.

    A swept job leaves no trace to answer 410 from (a tombstone would need a retention of its
    own), and an unknown id must answer as another key's job does; the detail says why a job
    that did exist may be gone.
    """
    kept = services.settings.job_retention_s
    why = "" if kept == 0 else f" (a finished job is removed {_span(kept)} after its last item finished)"
    return ProblemError(404, f"no job {job_id}{why}", slug="job-not-found")


def _span(seconds: float) -> str:
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60)):
        if seconds >= size:
            n = seconds / size
            return f"{n:g} {unit}" + ("" if n == 1 else "s")
    return f"{seconds:g} s"


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat()


def _head(job: JobRecord) -> dict[str, Any]:
    return {
        "id": job.id,
        "url": f"/v1/jobs/{job.id}",
        "status": job.status,
        "created_at": _iso(job.created_at),
        "updated_at": _iso(job.updated_at),
        "total": job.total,
        "succeeded": job.succeeded,
        "failed": job.failed,
        "pending": job.total - job.succeeded - job.failed,
    }


def _webhook(hook: WebhookRecord | None) -> dict[str, Any] | None:
    if hook is None:
        return None
    return {
        "url": hook.url,
        "delivered": hook.delivered_at is not None,
        "attempts": hook.attempts,
        "last_error": hook.last_error,
        "next_attempt_at": _iso(hook.next_attempt_at)
        if hook.next_attempt_at is not None and hook.delivered_at is None
        else None,
    }


def _render(
    job: JobRecord,
    offset: int,
    items: list[JobItemRecord],
    next_url: str | None,
    hook: WebhookRecord | None = None,
) -> bytes:
    head = {**_head(job), "offset": offset, "next": next_url, "webhook": _webhook(hook)}
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
