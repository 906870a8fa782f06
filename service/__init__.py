"""newsfacts service: the pipeline, its backends, the cache and the HTTP layer.

The public entry points are re-exported here; evals and benchmarks use these only.
"""

from service.backends import Backend, BackendResult, create_backend
from service.document import Block, Document
from service.errors import (
    BackendError,
    ConfigurationError,
    InputError,
    LLMResponseError,
    LLMTimeoutError,
    LLMUnavailableError,
    NewsfactsError,
    OverloadedError,
)
from service.normalize import normalize_text
from service.pipeline import extract, extract_document, extraction_id, prepare
from service.settings import Settings, get_settings

__all__ = [
    "Backend",
    "BackendError",
    "BackendResult",
    "Block",
    "ConfigurationError",
    "Document",
    "InputError",
    "LLMResponseError",
    "LLMTimeoutError",
    "LLMUnavailableError",
    "NewsfactsError",
    "OverloadedError",
    "Settings",
    "create_backend",
    "extract",
    "extract_document",
    "extraction_id",
    "get_settings",
    "normalize_text",
    "prepare",
]
