"""A typed Python client for the newsfacts HTTP API (sync and async, httpx).

    from service.client import Client

    with Client("http://127.0.0.1:8000") as nf:
        extraction = nf.extract(open("article.txt").read(), published="2021-02-18")
        for quote in extraction.quotes:
            print(quote.speaker, quote.text)

It depends on ``schemas`` (the contract's models) and httpx only, never on the
service, so a tool can talk to a server without loading it. Documentation and
runnable examples: ``docs/client.md``.
"""

from service.client.client import DEFAULT_BASE_URL, Article, AsyncClient, Client
from service.client.errors import (
    APIError,
    ArticleTooLong,
    BadRequest,
    Conflict,
    ConnectionFailed,
    EmptyArticle,
    EvalReportNotFound,
    ExtractionNotFound,
    ExtractionUnreadable,
    FieldError,
    InvalidArticle,
    InvalidRequest,
    JobFinished,
    JobNotFound,
    JobTimeout,
    LLMResponseError,
    LLMTimeout,
    LLMUnavailable,
    MalformedJSON,
    NewsfactsError,
    NotFound,
    Overloaded,
    PayloadTooLarge,
    Problem,
    ServerError,
    StoreUnavailable,
    Unauthorized,
    UnsupportedLanguage,
    UnsupportedMediaType,
)
from service.client.models import (
    BatchItem,
    BatchResult,
    EvalReportInfo,
    EvalReportList,
    Extracted,
    ExtractionList,
    Job,
    JobItem,
    JobList,
    JobSummary,
    StoredExtractionInfo,
    WebhookStatus,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "APIError",
    "Article",
    "ArticleTooLong",
    "AsyncClient",
    "BadRequest",
    "BatchItem",
    "BatchResult",
    "Client",
    "Conflict",
    "ConnectionFailed",
    "EmptyArticle",
    "EvalReportInfo",
    "EvalReportList",
    "EvalReportNotFound",
    "Extracted",
    "ExtractionList",
    "ExtractionNotFound",
    "ExtractionUnreadable",
    "FieldError",
    "InvalidArticle",
    "InvalidRequest",
    "Job",
    "JobFinished",
    "JobItem",
    "JobList",
    "JobNotFound",
    "JobSummary",
    "JobTimeout",
    "LLMResponseError",
    "LLMTimeout",
    "LLMUnavailable",
    "MalformedJSON",
    "NewsfactsError",
    "NotFound",
    "Overloaded",
    "PayloadTooLarge",
    "Problem",
    "ServerError",
    "StoreUnavailable",
    "StoredExtractionInfo",
    "Unauthorized",
    "UnsupportedLanguage",
    "UnsupportedMediaType",
    "WebhookStatus",
]
