"""The offline, deterministic ``rules`` backend: the embedded default."""

from __future__ import annotations

import asyncio
from typing import Any

from schemas import ExtractorInfo, Usage
from service.backends.base import BackendResult
from service.backends.rules.extractor import RULES_VERSION, extract_draft, extract_draft_reporting
from service.errors import UnsupportedLanguageError
from service.pipeline.document import Document
from service.pipeline.language import is_english, name


def check_language(doc: Document) -> None:
    """Refuse an article the English rules cannot read, naming its language.

    An unknown language (a short or mixed text the detector will not call) is
    read as English: that is what the rules have always done with it.
    """
    if is_english(doc.language):
        return
    assert doc.language is not None
    how = "the request says" if doc.language_source == "request" else "detected"
    raise UnsupportedLanguageError(
        f"the article is in {name(doc.language)} ({how}); the offline rules extractor reads English only. "
        "Use the llm backend (NEWSFACTS_LLM_MODEL), which reads any language.",
        language=doc.language,
    )


class RulesBackend:
    name = "rules"

    def info(self) -> ExtractorInfo:
        return ExtractorInfo(backend=self.name, model=None, version=RULES_VERSION)

    def fingerprint(self) -> dict[str, Any]:
        return {"name": self.name, "version": RULES_VERSION}

    async def extract(self, doc: Document) -> BackendResult:
        check_language(doc)
        # CPU-bound: off the event loop so a server keeps answering meanwhile.
        draft, failures = await asyncio.to_thread(extract_draft_reporting, doc)
        if not failures:
            return BackendResult(draft=draft, usage=Usage(chunks=1))
        # Partial: not cached (a fixed rule answers it next time), and the caller is told what is missing.
        return BackendResult(
            draft=draft, usage=Usage(chunks=1, failed_chunks=1), warnings=[failures.warning()]
        )

    async def aclose(self) -> None:
        return None


__all__ = ["RULES_VERSION", "RulesBackend", "check_language", "extract_draft"]
