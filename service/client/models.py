"""The API's envelopes (batch, job, responses with their headers), as the client reads them.

Extractions and stories are the contract's own models (``schemas``); these
envelopes mirror the service's routes and ignore fields they do not know, so
a newer server's additions never break an older client.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas import Extraction
from service.client.errors import Problem


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Extracted(_Envelope):
    """One extraction with what the response headers said about it."""

    extraction: Extraction
    cache: Literal["hit", "miss"] | None = Field(default=None, description="`X-Cache`")
    location: str | None = Field(default=None, description="`Content-Location`: where it is stored")
    request_id: str | None = None


class BatchItem(_Envelope):
    index: int
    status: int
    cache: Literal["hit", "miss"] | None = None
    id: str | None = None
    result: Extraction | None = None
    error: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.result is not None


class BatchResult(_Envelope):
    items: list[BatchItem]
    succeeded: int
    failed: int


class JobItem(_Envelope):
    index: int
    status: str = Field(description="pending, succeeded or failed (or cancelled)")
    id: str | None = None
    result: Extraction | None = None
    error: Problem | None = None


class WebhookStatus(_Envelope):
    url: str
    delivered: bool
    attempts: int
    last_error: str | None = None
    next_attempt_at: str | None = None


class JobSummary(_Envelope):
    """A job without its items (`GET /v1/jobs`)."""

    id: str
    url: str
    status: str
    created_at: str
    updated_at: str
    total: int
    succeeded: int
    failed: int
    pending: int


class JobList(_Envelope):
    """One page of jobs, newest first."""

    jobs: list[JobSummary]
    total: int
    offset: int
    next: str | None = None


class StoredExtractionInfo(_Envelope):
    id: str
    url: str
    created_at: str
    bytes: int


class ExtractionList(_Envelope):
    """One page of stored extractions, newest first."""

    extractions: list[StoredExtractionInfo]
    total: int
    offset: int
    next: str | None = None


class Job(_Envelope):
    """A job's progress and one page of its items (`GET /v1/jobs/{id}`)."""

    id: str
    url: str
    status: str = Field(description="pending, running, done (or cancelled)")
    created_at: str
    updated_at: str
    total: int
    succeeded: int
    failed: int
    pending: int
    offset: int = 0
    items: list[JobItem] = Field(default_factory=list)
    next: str | None = None
    webhook: WebhookStatus | None = None

    @property
    def finished(self) -> bool:
        return self.status in ("done", "cancelled")


class EvalReportInfo(_Envelope):
    """An eval report on the server's disk (`newsfacts eval --out` wrote it)."""

    name: str
    url: str
    created: str | None = None
    backend: str | None = None
    source: str | None = None
    articles: int
    predictions: list[str] = Field(default_factory=list)


class EvalReportList(_Envelope):
    directory: str
    reports: list[EvalReportInfo]
