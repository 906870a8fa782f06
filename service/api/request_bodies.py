"""Reading request bodies: content type, JSON, and articles, each failure its own problem.

Extraction routes read their body themselves instead of letting FastAPI bind
it: a byte-identical repeat can then be answered from the cache before any
parsing, and each failure gets the status it deserves (400 for malformed JSON
or an empty article, 413 for an over-long one, 415, 422 with field paths)
instead of one generic 422.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from schemas import ArticleRequest
from service.api.problems import ProblemError, errors_problem, field_errors, validation_problem
from service.settings import Settings

_EMPTY_MESSAGE = "empty or whitespace only"


class ArticleBatch(BaseModel):
    """Several articles in one request: `POST /v1/extractions/batch` and `POST /v1/jobs`."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleRequest] = Field(
        min_length=1,
        description="The articles, each as in `POST /v1/extractions`. An invalid one fails alone, as its own item.",
    )


class JobRequest(ArticleBatch):
    """`POST /v1/jobs`: the articles, and optionally where to report when the job is done."""

    webhook_url: str | None = Field(
        default=None,
        max_length=2000,
        description="Called once the job is done: a signed POST (see docs/api.md, Webhooks), retried with "
        "backoff. Needs `NEWSFACTS_WEBHOOK_SECRET` on the server.",
    )


class _Envelope(BaseModel):
    # Items stay raw here so one invalid article fails alone, not the whole batch.
    model_config = ConfigDict(extra="forbid")

    # Objects only: an item that is not even an object fails the whole request (issue 13).
    articles: list[dict[str, Any]] = Field(min_length=1)


class _JobEnvelope(_Envelope):
    webhook_url: str | None = Field(default=None, max_length=2000)


def require_json(request: Request) -> None:
    coding = request.headers.get("content-encoding", "").strip().lower()
    # A transfer coding besides the chunking (``Transfer-Encoding: gzip, chunked``): uvicorn undoes only the chunking,
    # so the body came compressed all the same (session 32's hostile review: the same wrong "UTF-16" hint).
    header = "Content-Encoding"
    if coding in ("", "identity"):
        transfer = [c.strip() for c in request.headers.get("transfer-encoding", "").lower().split(",")]
        header, coding = (
            "Transfer-Encoding",
            ", ".join(c for c in transfer if c not in ("", "chunked", "identity")),
        )
    if coding not in ("", "identity"):
        # Never decoded (so no decompression bomb), and without this the compressed bytes were
        # judged as JSON: a gzip body got "it looks like UTF-16 or UTF-32" (its header has a NUL).
        raise ProblemError(
            415,
            f"the body is compressed ({header}: {coding[:40]}); send the JSON uncompressed",
            title="Unsupported Media Type",
            slug="unsupported-media-type",
        )
    content_type = request.headers.get("content-type")
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media == "application/json" or (media.startswith("application/") and media.endswith("+json")):
        return
    given = f"got {content_type!r}" if content_type else "no Content-Type was sent"
    raise ProblemError(
        415,
        f"send the article as JSON with Content-Type: application/json ({given})",
        title="Unsupported Media Type",
        slug="unsupported-media-type",
    )


# Bodies that are JSON in another encoding: the parser's "expected value at line 1 column 1"
# does not say so (a file saved by an editor that writes a byte order mark, PowerShell's UTF-16).
_ENCODING_HINTS = (
    (b"\xef\xbb\xbf", "it starts with a UTF-8 byte order mark (U+FEFF); send the JSON without it"),
    (b"\xff\xfe", "it looks like UTF-16 (a byte order mark); send UTF-8"),
    (b"\xfe\xff", "it looks like UTF-16 (a byte order mark); send UTF-8"),
)


def malformed_json(exc: ValidationError, raw: bytes = b"") -> ProblemError | None:
    """The 400 problem for a body that is not JSON at all, or ``None`` when it is JSON."""
    if exc.error_count() != 1:
        # A body that is not JSON has that one error: JSON with 100,000 bad fields is not read twice.
        return None
    for err in exc.errors(include_url=False, include_input=False):
        if err["type"] == "json_invalid":
            reason = err.get("ctx", {}).get("error") or err["msg"]
            hint = next((h for mark, h in _ENCODING_HINTS if raw.startswith(mark)), None)
            if hint is None and b"\x00" in raw[:4]:
                hint = "it looks like UTF-16 or UTF-32 (NUL bytes); send UTF-8"
            return ProblemError(
                400,
                f"the body is not valid JSON: {reason}" + (f" ({hint})" if hint else ""),
                title="Malformed JSON",
                slug="malformed-json",
            )
    return None


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen.add(key)
    return dict(pairs)


def refuse_duplicate_keys(raw: bytes) -> None:
    """A 400 for a body that gives one key twice in an object (``{"text": "a", "text": "b"}``).

    Parsers disagree on which one counts (ours took the last): a proxy or a log that reads
    the first would see another article than the one extracted (session 12's hostile review).
    Called after the body parsed, so a body that is not JSON keeps its own message; the second
    parse costs a few milliseconds for the largest article accepted.
    """
    try:
        json.loads(raw, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise ProblemError(
            400,
            f"the key {exc.args[0]!r} appears twice in one JSON object; send each key once",
            title="Malformed JSON",
            slug="duplicate-key",
        ) from None
    except ValueError:
        return  # not JSON for the standard parser either: the model's parse has judged the body


def _article_problem(exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> ProblemError:
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    # The contract's own check: an empty article is a bad request, not an invalid field.
    if len(errors) == 1 and not errors[0]["loc"] and _EMPTY_MESSAGE in errors[0]["msg"]:
        return ProblemError(
            400, "the article is empty or whitespace only", title="Invalid article", slug="empty-article"
        )
    return errors_problem(list(errors), prefix=prefix, what="article")


def check_size(article: ArticleRequest, settings: Settings) -> None:
    content = article.text if article.text is not None else article.html or ""
    if len(content) > settings.max_text_chars:
        raise ProblemError(
            413,
            f"the article has {len(content)} characters; at most {settings.max_text_chars} are accepted"
            " (NEWSFACTS_MAX_TEXT_CHARS)",
            title="Article too long",
            slug="article-too-long",
        )


def parse_article(raw: bytes, settings: Settings) -> ArticleRequest:
    try:
        article = ArticleRequest.model_validate_json(raw)
    except ValidationError as exc:
        raise malformed_json(exc, raw) or _article_problem(exc) from None
    refuse_duplicate_keys(raw)
    check_size(article, settings)
    return article


def parse_articles(raw: bytes, settings: Settings, *, max_items: int) -> list[ArticleRequest | ProblemError]:
    """Each article of a batch body, or the problem that sinks that article alone."""
    return _articles(_envelope(raw, _Envelope), settings, max_items=max_items)


def parse_job(raw: bytes, settings: Settings) -> tuple[list[ArticleRequest | ProblemError], str | None]:
    """A job body: its articles as ``parse_articles`` reads them, and its webhook URL."""
    envelope = _envelope(raw, _JobEnvelope)
    assert isinstance(envelope, _JobEnvelope)
    return _articles(envelope, settings, max_items=settings.job_max_items), envelope.webhook_url


def _envelope(raw: bytes, model: type[_Envelope]) -> _Envelope:
    try:
        envelope = model.model_validate_json(raw)
    except ValidationError as exc:
        raise malformed_json(exc, raw) or errors_problem(
            list(exc.errors(include_url=False, include_input=False, include_context=False))
        ) from None
    refuse_duplicate_keys(raw)
    return envelope


def _articles(
    envelope: _Envelope, settings: Settings, *, max_items: int
) -> list[ArticleRequest | ProblemError]:
    if len(envelope.articles) > max_items:
        raise validation_problem(
            field_errors(
                [
                    {
                        "loc": ("articles",),
                        "msg": f"at most {max_items} articles per request",
                        "type": "too_long",
                    }
                ]
            )
        )
    out: list[ArticleRequest | ProblemError] = []
    for i, item in enumerate(envelope.articles):
        try:
            article = ArticleRequest.model_validate(item)
            check_size(article, settings)
        except ValidationError as exc:
            out.append(_article_problem(exc, prefix=("articles", i)))
            continue
        except ProblemError as exc:
            out.append(exc)
            continue
        out.append(article)
    return out
