"""RFC 9457 problem details: the one shape of every error the API returns.

``type`` is ``about:blank`` when the status says it all (404, 405 ...), else a
``urn:newsfacts:problem:*`` name documented in ``docs/api.md``. Validation
problems add ``errors``, one per invalid field with its path. Handlers here
cover our own errors, FastAPI's and Starlette's, and anything unexpected (a
bare 500 that leaks nothing).
"""

from __future__ import annotations

import math
import re
from http import HTTPStatus
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.responses import Response
from starlette.routing import Match

from service.errors import NewsfactsError, UnsupportedLanguageError

PROBLEM_JSON = "application/problem+json"
PREFIX = "urn:newsfacts:problem:"

log = structlog.get_logger("newsfacts.api")

# A retry hint for server-side failures whose error carries none.
DEFAULT_RETRY_AFTER_S = 5


class FieldError(BaseModel):
    """One invalid field."""

    loc: list[str | int] = Field(description='Path to the field, e.g. `["articles", 0, "text"]`.')
    field: str = Field(description="The same path as one string: `articles[0].text`.")
    message: str = Field(description="What is wrong with it.")
    type: str = Field(description="Machine-readable error type (pydantic's), e.g. `string_type`.")


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (`application/problem+json`)."""

    type: str = Field(default="about:blank", description="URI naming the kind of problem.")
    title: str = Field(description="Short summary of the kind of problem.")
    status: int = Field(description="The HTTP status code.")
    detail: str | None = Field(default=None, description="What went wrong this time, for a person.")
    instance: str | None = Field(default=None, description="The request path it occurred at.")
    request_id: str | None = Field(default=None, description="The request's X-Request-ID.")
    errors: list[FieldError] | None = Field(
        default=None, description="For validation problems: each invalid field and its path."
    )
    language: str | None = Field(
        default=None,
        description="For `unsupported-language` problems: the article's language tag (ISO 639-1 when detected).",
    )


class ProblemError(Exception):
    """Raise to answer with a problem; carries everything the response needs."""

    def __init__(
        self,
        status: int,
        detail: str | None = None,
        *,
        title: str | None = None,
        slug: str | None = None,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(detail or title or HTTPStatus(status).phrase)
        self.status = status
        self.title = title or HTTPStatus(status).phrase
        self.detail = detail
        self.type = PREFIX + slug if slug else "about:blank"
        self.errors = errors
        self.headers = headers or {}
        self.language = language

    def problem(self, *, instance: str | None = None, request_id: str | None = None) -> Problem:
        return Problem(
            type=self.type,
            title=self.title,
            status=self.status,
            detail=self.detail,
            instance=instance,
            request_id=request_id,
            errors=self.errors,
            language=self.language,
        )


def render(problem: Problem, headers: dict[str, str] | None = None) -> Response:
    body = problem.model_dump_json(exclude_none=True).encode()
    return Response(body, status_code=problem.status, media_type=PROBLEM_JSON, headers=headers)


def problem_bytes(problem: Problem) -> bytes:
    return problem.model_dump_json(exclude_none=True).encode()


def from_newsfacts_error(exc: NewsfactsError) -> ProblemError:
    """Map one of the service's typed errors to its problem (status, title, Retry-After)."""
    headers: dict[str, str] = {}
    if exc.status >= 500 and exc.status != 500:
        retry = exc.retry_after if exc.retry_after is not None else DEFAULT_RETRY_AFTER_S
        headers["Retry-After"] = str(max(1, math.ceil(retry)))
    slug = _slug(type(exc).__name__)
    language = exc.language if isinstance(exc, UnsupportedLanguageError) else None
    return ProblemError(
        exc.status, exc.detail, title=exc.title, slug=slug, headers=headers, language=language
    )


_SLUGS = {"InputError": "invalid-article", "ExtractionBudgetError": "extraction-budget"}


def _slug(class_name: str) -> str:
    # LLMTimeoutError -> llm-timeout
    if class_name in _SLUGS:
        return _SLUGS[class_name]
    name = class_name.removesuffix("Error")
    out: list[str] = []
    for i, ch in enumerate(name):
        if (
            ch.isupper()
            and i
            and (not name[i - 1].isupper() or (i + 1 < len(name) and name[i + 1].islower()))
        ):
            out.append("-")
        out.append(ch.lower())
    return "".join(out)


def field_path(loc: tuple[Any, ...] | list[Any]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


# A field's name is quoted at most this long: an unknown key of 1 MB was echoed in `detail`, `loc` and `field`, a 3 MB
# problem for a 1 MB body (session 32's hostile review). No field of the contract comes near it.
MAX_FIELD_NAME = 100


def _named(part: str) -> str:
    return part if len(part) <= MAX_FIELD_NAME else part[:MAX_FIELD_NAME] + "…"


def field_errors(errors: list[Any], *, prefix: tuple[str | int, ...] = ()) -> list[FieldError]:
    """pydantic's (or FastAPI's) error dicts as ``FieldError``s, without echoing the input."""
    out: list[FieldError] = []
    for err in errors:
        loc = [p if isinstance(p, int) else _named(str(p)) for p in (*prefix, *err.get("loc", ()))]
        message = str(err.get("msg", "invalid"))
        out.append(
            FieldError(
                loc=loc,
                field=field_path(loc) or "(body)",
                message=message,
                type=str(err.get("type", "invalid")),
            )
        )
    return out


# At most this many field errors are listed: 100,000 unknown fields answered a 10 MB problem
# (issue 13). ``detail`` still gives the whole count.
MAX_FIELD_ERRORS = 50


def validation_problem(
    errors: list[FieldError], *, what: str = "request", total: int | None = None
) -> ProblemError:
    """The 422 for ``errors`` (``total``: how many there were, when only the first are given)."""
    first = errors[0] if errors else None
    count = len(errors) if total is None else total
    detail = f"{count} invalid field{'s' if count != 1 else ''} in the {what}"
    if first is not None:
        detail += f"; first: {first.field}: {first.message}"
    if count > MAX_FIELD_ERRORS:
        detail += f"; the first {MAX_FIELD_ERRORS} are listed"
    return ProblemError(
        422, detail, title="Invalid request", slug="validation", errors=errors[:MAX_FIELD_ERRORS]
    )


def errors_problem(
    errors: list[Any], *, prefix: tuple[str | int, ...] = (), what: str = "request"
) -> ProblemError:
    """``validation_problem`` of pydantic's error dicts, building only the ones it lists: a body of 100,000 unknown
    keys built 100,000 ``FieldError`` models to list 50, five seconds on the event loop (session 32's hostile
    review)."""
    listed = field_errors(errors[:MAX_FIELD_ERRORS], prefix=prefix)
    return validation_problem(listed, what=what, total=len(errors))


def _request_id(request: Request) -> str | None:
    rid = request.scope.get("request_id")
    return rid if isinstance(rid, str) else None


def respond(request: Request, err: ProblemError) -> Response:
    problem = err.problem(instance=request.url.path, request_id=_request_id(request))
    return render(problem, err.headers)


async def _on_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ProblemError)
    return respond(request, exc)


async def _on_newsfacts(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, NewsfactsError)
    if exc.status >= 500:
        log.warning("extraction_failed", error=type(exc).__name__, status=exc.status, detail=exc.detail)
    return respond(request, from_newsfacts_error(exc))


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = (
        exc.detail
        if isinstance(exc.detail, str) and exc.detail != HTTPStatus(exc.status_code).phrase
        else None
    )
    if exc.status_code == 404 and detail is None:
        detail = f"no resource at {request.url.path}"
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        if detail is None:
            detail = f"{request.method} is not allowed on {request.url.path}"
        allowed = _allowed_methods(request)
        if allowed:
            headers["Allow"] = ", ".join(allowed)
    err = ProblemError(exc.status_code, detail, headers=headers)
    return respond(request, err)


_HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def _allowed_methods(request: Request) -> list[str]:
    """The methods the API documents for this path (Starlette's 405 names only the first route's).

    A literal path wins over a template ("/v1/extractions/batch" is not an extraction id); a
    path the document does not have falls back to every route matching it.
    """
    path = request.url.path
    paths: dict[str, Any] = request.app.openapi().get("paths", {})
    ops = paths.get(path)
    if ops is None:
        for template, candidate in paths.items():
            if "{" in template and _template_regex(template).fullmatch(path):
                ops = candidate
                break
    if ops is not None:
        return sorted(m.upper() for m in ops if m in _HTTP_METHODS)
    methods: set[str] = set()
    scope = {**request.scope, "method": "\x00"}  # no route takes it: every path match is partial
    for route in request.app.routes:
        match, _ = route.matches(scope)
        if match != Match.NONE:
            methods.update(getattr(route, "methods", None) or ())
    return sorted(methods)


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{[^}]+\}", template)
    return re.compile("[^/]+".join(re.escape(p) for p in parts))


async def _on_request_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return respond(request, errors_problem(list(exc.errors())))


async def _on_pydantic_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ValidationError)
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    return respond(request, errors_problem(list(errors)))


# The status a request gone before its body arrived is logged and counted under (nginx's "client closed request"). No
# client ever reads it: the connection is closed (uvicorn's 400 for a malformed chunked body, the body timeout, a client
# that hung up), and uvicorn drops what is sent after. Session 32's hostile review: it was an "unhandled_error" with a
# traceback and a 500 in the metrics, a client's doing reported as the server's fault.
CLIENT_GONE = 499


async def _on_client_gone(request: Request, exc: Exception) -> Response:
    log.info("client_disconnected", path=request.url.path)
    return Response(status_code=CLIENT_GONE)


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled_error", path=request.url.path)
    err = ProblemError(500, "an unexpected error occurred; the request id identifies it in the logs")
    return respond(request, err)


def install(app: FastAPI) -> None:
    app.add_exception_handler(ProblemError, _on_problem)
    app.add_exception_handler(NewsfactsError, _on_newsfacts)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_request_validation)
    app.add_exception_handler(ValidationError, _on_pydantic_validation)
    app.add_exception_handler(ClientDisconnect, _on_client_gone)
    app.add_exception_handler(Exception, _on_unexpected)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries documenting problem responses, for a route's ``responses=``."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        entry: dict[str, Any] = {
            "description": _DESCRIPTIONS.get(status, HTTPStatus(status).phrase),
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        if status in (502, 503, 504):
            entry["headers"] = {
                "Retry-After": {
                    "description": "Seconds to wait before retrying.",
                    "schema": {"type": "integer"},
                }
            }
        out[status] = entry
    return out


_DESCRIPTIONS = {
    400: "Bad request: malformed JSON, invalid UTF-8, or an empty / whitespace-only article.",
    401: "Missing or wrong X-API-Key (only when API keys are configured).",
    404: "Not found.",
    405: "Method not allowed; `Allow` lists the methods the path takes (`/v1/extractions/batch` takes POST only).",
    413: "The body is larger than NEWSFACTS_MAX_BODY_BYTES, or the article longer than NEWSFACTS_MAX_TEXT_CHARS.",
    415: "The body is not JSON (send Content-Type: application/json).",
    422: "Invalid fields (`errors` lists each one with its path), an article in a language the extractor"
    " cannot read (`unsupported-language`, naming the `language`), or one that needs more CPU than"
    " NEWSFACTS_EXTRACTION_BUDGET_S (`extraction-budget`).",
    500: "Unexpected error; the request id identifies it in the logs.",
    502: "The LLM answered with something unusable, after retries.",
    503: "The LLM is unavailable, or too many extractions are in flight; see Retry-After.",
    504: "The LLM did not answer in time.",
}
