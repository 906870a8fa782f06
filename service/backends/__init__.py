"""Extraction backends and the factory that builds one from the registry (``registry.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from service.backends.base import Backend, BackendResult
from service.backends.registry import BACKENDS, backend_choices
from service.errors import ConfigurationError

if TYPE_CHECKING:
    import httpx

    from service.settings import Settings


def create_backend(
    name: str | None = None, settings: Settings | None = None, *, http_client: httpx.AsyncClient | None = None
) -> Backend:
    """Build the backend ``name`` (a row of ``registry.BACKENDS``), or the configured one when ``None``.

    ``http_client``: the HTTP client a backend that calls a provider uses
    instead of its own (a cassette's transport, a test's mock).
    """
    # Imported here: the settings read the registry's names, so this package loads before them.
    from service.settings import get_settings

    settings = settings or get_settings()
    chosen = name or settings.resolved_backend()
    spec = BACKENDS.get(chosen)
    if spec is None:
        raise ConfigurationError(f"unknown backend {chosen!r}: choose {backend_choices()}")
    if spec.needs_model and not settings.llm_model:
        raise ConfigurationError(
            f"the {chosen} backend needs a model: set NEWSFACTS_LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY)"
        )
    return spec.build(settings, http_client)


__all__ = ["Backend", "BackendResult", "create_backend"]
