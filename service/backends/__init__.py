"""Extraction backends and the factory that picks one from the settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from service.backends.base import Backend, BackendResult
from service.errors import ConfigurationError
from service.settings import Settings, get_settings

if TYPE_CHECKING:
    import httpx


def create_backend(
    name: str | None = None, settings: Settings | None = None, *, http_client: httpx.AsyncClient | None = None
) -> Backend:
    """Build the backend ``name`` (``rules``, ``llm``, ``hybrid``), or the configured one when ``None``.

    The llm backend is imported lazily so the offline default never pays for
    the OpenAI client's import. ``http_client``: the client the llm (and hybrid)
    backend sends its requests with (the eval's cassettes record and replay
    through one); the rules backend has no use for it.
    """
    settings = settings or get_settings()
    chosen = name or settings.resolved_backend()
    if chosen == "rules":
        from service.backends.rules import RulesBackend

        return RulesBackend()
    if chosen in ("llm", "hybrid"):
        if not settings.llm_model:
            raise ConfigurationError(
                f"the {chosen} backend needs a model: set NEWSFACTS_LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY)"
            )
        if chosen == "hybrid":
            from service.backends.hybrid import HybridBackend

            return HybridBackend(settings, http_client=http_client)
        from service.backends.llm import LLMBackend

        return LLMBackend(settings, http_client=http_client)
    raise ConfigurationError(f"unknown backend {chosen!r}: choose rules, llm or hybrid")


__all__ = ["Backend", "BackendResult", "create_backend"]
