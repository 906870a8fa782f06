"""newsfacts service: the pipeline, its backends, the cache and the HTTP layer.

The public entry points are re-exported here; evals and benchmarks use these only.
"""

from typing import TYPE_CHECKING, Any

from service.backends import Backend, BackendResult, create_backend
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
from service.pipeline.document import Block, Document
from service.pipeline.normalize import normalize_text
from service.pipeline.run import extract, extract_document, extraction_id, prepare
from service.settings import Settings, get_settings

if TYPE_CHECKING:
    from service.api import create_app

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
    "create_app",
    "create_backend",
    "extract",
    "extract_document",
    "extraction_id",
    "get_settings",
    "normalize_text",
    "prepare",
]


def __getattr__(name: str) -> Any:
    # The HTTP layer (FastAPI, uvicorn) loads only when asked for, so the CLI starts fast.
    if name == "create_app":
        from service.api import create_app

        return create_app
    raise AttributeError(f"module 'service' has no attribute {name!r}")
