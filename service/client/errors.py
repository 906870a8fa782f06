"""Typed errors, mapped from the service's RFC 9457 problem details.

Every error the service answers is ``application/problem+json`` with a
``type`` URI; the client raises the class registered for that ``type`` and,
for a type it does not know (a newer server), the class for the status code,
so ``except NotFound`` keeps working when new kinds of 404 appear.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field


class FieldError(BaseModel):
    """One invalid field of a 422, with its path (``articles[2].text``)."""

    model_config = ConfigDict(extra="ignore")

    loc: list[str | int] = Field(default_factory=list)
    field: str = ""
    message: str = ""
    type: str = ""


class Problem(BaseModel):
    """RFC 9457 problem details, as the service sends them."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str = ""
    status: int = 0
    detail: str | None = None
    instance: str | None = None
    request_id: str | None = None
    errors: list[FieldError] | None = None


class NewsfactsError(Exception):
    """Base class of everything this client raises."""


class ConnectionFailed(NewsfactsError):
    """The server could not be reached or did not answer (``httpx.TransportError`` inside)."""


class JobTimeout(NewsfactsError):
    """``wait_for_job`` gave up before the job finished; ``job`` is its last state."""

    def __init__(self, message: str, job: Any) -> None:
        super().__init__(message)
        self.job = job


class APIError(NewsfactsError):
    """The server answered with an error status; ``problem`` holds its problem details."""

    def __init__(self, problem: Problem, *, retry_after: float | None = None) -> None:
        self.problem = problem
        self.retry_after = retry_after
        text = problem.detail or problem.title or f"HTTP {problem.status}"
        super().__init__(f"{problem.status} {text}")

    @property
    def status(self) -> int:
        return self.problem.status

    @property
    def type(self) -> str:
        return self.problem.type

    @property
    def detail(self) -> str | None:
        return self.problem.detail

    @property
    def request_id(self) -> str | None:
        return self.problem.request_id

    @property
    def errors(self) -> list[FieldError]:
        return self.problem.errors or []


# By status: the fallback for problem types this client does not name.
class BadRequest(APIError):
    """400: the request cannot be processed as sent."""


class Unauthorized(APIError):
    """401: API keys are on and ``api_key`` is missing or wrong."""


class NotFound(APIError):
    """404: unknown id or path."""


class Conflict(APIError):
    """409: the resource is in a state that forbids the request (e.g. cancelling a finished job)."""


class PayloadTooLarge(APIError):
    """413: the body or the article is over the server's limits."""


class UnsupportedMediaType(APIError):
    """415: not sent as JSON."""


class InvalidRequest(APIError):
    """422: invalid fields; ``errors`` lists each with its path."""


class ServerError(APIError):
    """5xx: the server or its LLM failed; ``retry_after`` says when to try again, if known."""


# By problem type: the service's own kinds.
class MalformedJSON(BadRequest):
    """400 ``malformed-json``, or ``duplicate-key``: a key given twice in one object."""


class EmptyArticle(BadRequest):
    """400 ``empty-article``: ``text`` / ``html`` empty or whitespace only."""


class InvalidArticle(BadRequest):
    """400 ``invalid-article``: e.g. HTML with no article text."""


class UnsupportedLanguage(InvalidRequest):
    """422 ``unsupported-language``: the backend cannot read the article's language."""


class ExtractionNotFound(NotFound):
    """404 ``extraction-not-found``: never made, or evicted."""


class JobNotFound(NotFound):
    """404 ``job-not-found``."""


class EvalReportNotFound(NotFound):
    """404 ``eval-report-not-found``: no such report, or no such prediction in it."""


class JobFinished(Conflict):
    """409 ``job-finished``: nothing was left to cancel."""


class ExtractionUnreadable(Conflict):
    """409 ``extraction-unreadable``: a story named a stored extraction this server's release cannot
    read (stored by another release, or damaged); send the article itself instead of its id."""


class ArticleTooLong(PayloadTooLarge):
    """413 ``article-too-long``."""


class LLMResponseError(ServerError):
    """502 ``llm-response`` / ``backend``: the LLM's answers stayed unusable after retries."""


class LLMUnavailable(ServerError):
    """503 ``llm-unavailable``: the LLM is overloaded or down."""


class Overloaded(ServerError):
    """503 ``overloaded``: too many extractions in flight; retry after ``retry_after``."""


class StoreUnavailable(ServerError):
    """503: the server's store does not answer."""


class LLMTimeout(ServerError):
    """504 ``llm-timeout``."""


_PREFIX = "urn:newsfacts:problem:"

BY_TYPE: dict[str, type[APIError]] = {
    _PREFIX + "malformed-json": MalformedJSON,
    _PREFIX + "duplicate-key": MalformedJSON,
    _PREFIX + "empty-article": EmptyArticle,
    _PREFIX + "invalid-article": InvalidArticle,
    _PREFIX + "unsupported-language": UnsupportedLanguage,
    _PREFIX + "extraction-not-found": ExtractionNotFound,
    _PREFIX + "job-not-found": JobNotFound,
    _PREFIX + "job-finished": JobFinished,
    _PREFIX + "extraction-unreadable": ExtractionUnreadable,
    _PREFIX + "eval-report-not-found": EvalReportNotFound,
    _PREFIX + "article-too-long": ArticleTooLong,
    _PREFIX + "unsupported-media-type": UnsupportedMediaType,
    _PREFIX + "validation": InvalidRequest,
    _PREFIX + "llm-response": LLMResponseError,
    _PREFIX + "backend": LLMResponseError,
    _PREFIX + "llm-unavailable": LLMUnavailable,
    _PREFIX + "overloaded": Overloaded,
    _PREFIX + "store-unavailable": StoreUnavailable,
    _PREFIX + "llm-timeout": LLMTimeout,
}

BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: Unauthorized,
    404: NotFound,
    409: Conflict,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
    422: InvalidRequest,
}


def error_class(problem: Problem) -> type[APIError]:
    by_status = ServerError if problem.status >= 500 else BY_STATUS.get(problem.status, APIError)
    found = BY_TYPE.get(problem.type)
    # A known type under an unexpected status keeps the status's meaning.
    return found if found is not None and issubclass(found, by_status) else by_status


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: the service never sends one


def from_response(response: httpx.Response) -> APIError:
    """The typed error for an error response, problem+json or not (a proxy's HTML page)."""
    problem: Problem | None = None
    try:
        data = response.json()
        if isinstance(data, dict):
            problem = Problem.model_validate({**data, "status": data.get("status", response.status_code)})
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        problem = None
    if problem is None:
        problem = Problem(
            title=response.reason_phrase or f"HTTP {response.status_code}",
            status=response.status_code,
            detail=response.text[:500] or None,
            request_id=response.headers.get("x-request-id"),
        )
    return error_class(problem)(problem, retry_after=_retry_after(response))
