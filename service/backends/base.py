"""What every extraction backend is: the seam between the pipeline and an extractor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from schemas import ExtractionDraft, ExtractorInfo, Usage
from service.pipeline.document import Document


@dataclass
class BackendResult:
    """A backend's answer: items with verbatim evidence strings, and what it cost."""

    draft: ExtractionDraft
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)


@runtime_checkable
class Backend(Protocol):
    """An extractor. Implementations: ``rules`` (offline, default) and ``llm``."""

    name: str

    def info(self) -> ExtractorInfo:
        """Which backend, model and versions produce the items (reported in every response)."""
        ...

    def fingerprint(self) -> dict[str, Any]:
        """Everything about this backend that can change its answer; part of the cache key.

        Must be JSON-serialisable and never contain secrets.
        """
        ...

    async def extract(self, doc: Document) -> BackendResult:
        """Extract items from ``doc``'s body blocks. Raises ``BackendError`` subclasses on failure."""
        ...

    async def aclose(self) -> None:
        """Release network clients and pools."""
        ...
