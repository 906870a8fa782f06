"""newsfacts service: the pipeline, its backends, the cache and the HTTP layer.

The public entry points are re-exported here; evals and benchmarks use these
(and the few modules tests/test_architecture.py names) only. They load on first
use (PEP 562), so importing one part of the package (``service.client``, the
CLI) loads nothing else: the HTTP layer, FastAPI and uvicorn included.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from service.api import create_app
    from service.backends import Backend, BackendResult, create_backend
    from service.backends.registry import backend_choices, backend_names
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

# name -> the module that defines it
_EXPORTS = {
    "Backend": "service.backends",
    "BackendError": "service.errors",
    "BackendResult": "service.backends",
    "Block": "service.pipeline.document",
    "ConfigurationError": "service.errors",
    "Document": "service.pipeline.document",
    "InputError": "service.errors",
    "LLMResponseError": "service.errors",
    "LLMTimeoutError": "service.errors",
    "LLMUnavailableError": "service.errors",
    "NewsfactsError": "service.errors",
    "OverloadedError": "service.errors",
    "Settings": "service.settings",
    "backend_choices": "service.backends.registry",
    "backend_names": "service.backends.registry",
    "create_app": "service.api",
    "create_backend": "service.backends",
    "extract": "service.pipeline.run",
    "extract_document": "service.pipeline.run",
    "extraction_id": "service.pipeline.run",
    "get_settings": "service.settings",
    "normalize_text": "service.pipeline.normalize",
    "prepare": "service.pipeline.run",
}

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
    "backend_choices",
    "backend_names",
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
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'service' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value
