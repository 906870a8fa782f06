"""The offline, deterministic ``rules`` backend: the embedded default."""

from __future__ import annotations

import asyncio
from typing import Any

from schemas import ExtractorInfo, Usage
from service.backends.base import BackendResult
from service.backends.rules.extractor import RULES_VERSION, extract_draft
from service.document import Document


class RulesBackend:
    name = "rules"

    def info(self) -> ExtractorInfo:
        return ExtractorInfo(backend=self.name, model=None, version=RULES_VERSION)

    def fingerprint(self) -> dict[str, Any]:
        return {"name": self.name, "version": RULES_VERSION}

    async def extract(self, doc: Document) -> BackendResult:
        # CPU-bound: off the event loop so a server keeps answering meanwhile.
        draft = await asyncio.to_thread(extract_draft, doc)
        return BackendResult(draft=draft, usage=Usage(chunks=1))

    def extract_sync(self, doc: Document) -> BackendResult:
        return BackendResult(draft=extract_draft(doc), usage=Usage(chunks=1))

    async def aclose(self) -> None:
        return None


__all__ = ["RULES_VERSION", "RulesBackend", "extract_draft"]
