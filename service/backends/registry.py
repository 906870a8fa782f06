"""The backends, one row each: adding a backend is one function and one row here.

The factory (``create_backend``), the settings (``NEWSFACTS_BACKEND``'s choices)
and every command's ``--backend`` read this table; none of them names a backend.
Each builder imports its backend only when called, so the offline default never
pays for the OpenAI client's import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    import httpx

    from service.backends.base import Backend
    from service.settings import Settings

# The names as types (settings and the pipeline are typed with them). Kept equal
# to BACKENDS' rows by tests/test_backend_registry.py.
BackendName = Literal["rules", "llm", "hybrid"]
BackendChoice = Literal["auto", "rules", "llm", "hybrid"]


@dataclass(frozen=True)
class BackendSpec:
    name: str
    # settings, an HTTP client to use instead of the backend's own (tests, cassettes) -> the backend
    build: Callable[[Settings, httpx.AsyncClient | None], Backend]
    # built only when NEWSFACTS_LLM_MODEL is set: the message names what to set
    needs_model: bool = False


def _rules(settings: Settings, http_client: httpx.AsyncClient | None) -> Backend:
    from service.backends.rules import RulesBackend

    return RulesBackend()


def _llm(settings: Settings, http_client: httpx.AsyncClient | None) -> Backend:
    from service.backends.llm import LLMBackend

    return LLMBackend(settings, http_client=http_client)


def _hybrid(settings: Settings, http_client: httpx.AsyncClient | None) -> Backend:
    from service.backends.hybrid import HybridBackend

    return HybridBackend(settings, http_client=http_client)


BACKENDS: dict[str, BackendSpec] = {
    spec.name: spec
    for spec in (
        BackendSpec("rules", _rules),
        BackendSpec("llm", _llm, needs_model=True),
        BackendSpec("hybrid", _hybrid, needs_model=True),
    )
}


def backend_names() -> tuple[str, ...]:
    return tuple(BACKENDS)


def backend_choices() -> str:
    """The names as a sentence says them: "rules or llm", "rules, llm or hybrid"."""
    *first, last = backend_names()
    return f"{', '.join(first)} or {last}" if first else last


def declared_names() -> tuple[str, ...]:
    """The names the ``BackendName`` type lists (a test keeps them equal to the rows)."""
    return get_args(BackendName)
