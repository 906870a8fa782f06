"""Typed errors of the public surface, each mapping to one HTTP status.

The API turns them into RFC 9457 problem details; the CLI into a message and
a non-zero exit. Nothing else should escape the pipeline.
"""

from __future__ import annotations


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""

    status: int = 500
    title: str = "Extraction failed"

    def __init__(self, detail: str, *, retry_after: float | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.retry_after = retry_after


class InputError(NewsfactsError):
    """The article cannot be processed as given (empty, not text, unparseable)."""

    status = 400
    title = "Invalid article"


class UnsupportedLanguageError(NewsfactsError):
    """The backend cannot read the article's language (the offline extractor reads English only).

    Refused rather than answered: English rules applied to German or Spanish
    text return confident garbage (units "der", "pro"; "1.134 euros" as 1.134).
    """

    status = 422
    title = "Language not supported by this extractor"

    def __init__(self, detail: str, *, language: str) -> None:
        super().__init__(detail)
        self.language = language


class BackendError(NewsfactsError):
    """The extraction backend failed after its retries."""

    status = 502
    title = "Extraction backend failed"


class LLMResponseError(BackendError):
    """The LLM answered, but not with anything usable (malformed, truncated, 4xx)."""

    status = 502
    title = "LLM returned an unusable response"


class LLMUnavailableError(BackendError):
    """The LLM is overloaded or down (429/5xx/connection refused) past the retry deadline."""

    status = 503
    title = "LLM unavailable"


class LLMTimeoutError(BackendError):
    """The LLM did not answer within the deadline."""

    status = 504
    title = "LLM timed out"


class OverloadedError(NewsfactsError):
    """Too many extractions in flight; the caller should come back later."""

    status = 503
    title = "Service overloaded"


class StoreUnavailableError(NewsfactsError):
    """The store cannot be read or written (disk full, read-only, unreachable, locked past its timeout).

    Raised by the store layer for any storage failure that is not the caller's fault;
    the API answers 503 ``store-unavailable`` with Retry-After, and ``/readyz`` fails while
    writes fail.
    """

    status = 503
    title = "Store unavailable"

    def __init__(self, detail: str, *, retry_after: float | None = 30.0) -> None:
        super().__init__(detail, retry_after=retry_after)


class JobItemAbandonedError(NewsfactsError):
    """A job item whose worker stopped mid-extraction (died, lost its lease) at every attempt.

    Recorded as the item's error (``NEWSFACTS_JOB_ITEM_MAX_ATTEMPTS``), never raised to a client.
    """

    status = 500
    title = "Job item abandoned"


class ConfigurationError(NewsfactsError):
    """The service is configured in a way that cannot work (e.g. llm backend without a model)."""

    status = 500
    title = "Service misconfigured"


class ExtractionBudgetError(NewsfactsError):
    """The article needs more CPU than one extraction may use (``NEWSFACTS_EXTRACTION_BUDGET_S``)."""

    status = 422
    title = "Article too costly to extract"


class ShuttingDownError(NewsfactsError):
    """The process is stopping: extractions under way end instead of holding up the shutdown."""

    status = 503
    title = "Service shutting down"


class LLMRequestRejected(ConfigurationError):
    """The LLM server refused the request's shape (400/422, or a 500 that is a request-validation error).

    A configuration problem (mode, token limits, model), never retried; the
    message names the setting to change and repeats nothing of the server's
    internals. 502: the failing party is upstream, as configured.
    """

    status = 502
    title = "LLM server refused the request (check the configuration)"
