"""The llm backend: chunk the article body, extract every chunk, merge, report the cost."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx

from schemas import SCHEMA_VERSION, ExtractionDraft, ExtractorInfo, Usage
from schemas.kinds import draft_items
from service.backends.base import BackendResult
from service.backends.llm.chunking import BodyMap, Chunk, halve, split_into_chunks
from service.backends.llm.client import CallResult, StructuredClient, TruncatedOutput
from service.backends.llm.guard import Guard, schema_names
from service.backends.llm.merge import merge_drafts
from service.backends.llm.prompting import load_prompt
from service.backends.llm.retry import AttemptLog
from service.backends.llm.validation import GroundingCheck, ModelFacingDraft
from service.errors import BackendError, ConfigurationError, LLMResponseError
from service.grounding.align import Aligner
from service.grounding.ground import body_aligner
from service.pipeline.document import Document
from service.settings import Settings

# Bumped when this backend's own logic (chunking, merging, validation) changes answers.
LLM_BACKEND_VERSION = "2"

T = TypeVar("T")


@dataclass
class _Tally:
    """Usage summed over every call of one extraction."""

    calls: int = 0
    retries: int = 0
    reasks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    dropped: int = 0
    pieces: int = 0
    failed: int = 0

    def __post_init__(self) -> None:
        self.reasons: dict[str, int] = {}

    def drop(self, reasons: dict[str, int]) -> None:
        for reason, n in reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + n

    def add(self, log: AttemptLog, prompt_tokens: int, completion_tokens: int) -> None:
        self.calls += log.attempts
        self.retries += log.retries
        self.reasks += log.reasks
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens

    def usage(self) -> Usage:
        return Usage(
            llm_calls=self.calls,
            reasks=self.reasks,
            retries=self.retries,
            prompt_tokens=self.prompt_tokens,
            completion_tokens=self.completion_tokens,
            chunks=self.pieces + self.failed,
            dropped_ungrounded=self.dropped,
            dropped=dict(sorted(self.reasons.items())),
            failed_chunks=self.failed,
        )


class LLMBackend:
    """Extraction with any OpenAI-compatible LLM through instructor (see ``docs/providers.md``)."""

    name = "llm"

    def __init__(self, settings: Settings, *, http_client: httpx.AsyncClient | None = None) -> None:
        if not settings.llm_model:
            raise ConfigurationError("the llm backend needs a model: set NEWSFACTS_LLM_MODEL")
        self.settings = settings
        self.prompt = load_prompt(settings.llm_prompt)
        self.client = StructuredClient(settings, self.prompt, http_client=http_client)
        # Hashing the prompt renders the response's JSON schema: once, not per cache key.
        self.prompt_hash = self.prompt.digest(ModelFacingDraft)
        self.schema_names = schema_names(ModelFacingDraft.model_json_schema())
        # A caller's http client is the caller's to close.
        self._owns_http_client = http_client is None

    def info(self) -> ExtractorInfo:
        return ExtractorInfo(
            backend=self.name,
            model=self.settings.llm_model,
            version=LLM_BACKEND_VERSION,
            prompt_version=self.prompt.version,
        )

    def fingerprint(self) -> dict[str, Any]:
        s = self.settings
        return {
            "name": self.name,
            "version": LLM_BACKEND_VERSION,
            "model": s.llm_model,
            "base_url": self.client.endpoint,
            "api_version": s.llm_api_version,
            "mode": s.llm_mode,
            "prompt": self.prompt.version,
            "prompt_hash": self.prompt_hash,
            "schema_version": SCHEMA_VERSION,
            "temperature": s.llm_temperature,
            "seed": s.llm_seed,
            "max_tokens": s.llm_max_tokens,
            "max_reasks": s.llm_max_reasks,
            "chunk_tokens": s.llm_chunk_tokens,
            "chunk_overlap_tokens": s.llm_chunk_overlap_tokens,
        }

    async def extract(self, doc: Document) -> BackendResult:
        text = doc.body_text
        if not text.strip():
            return BackendResult(draft=ExtractionDraft(), usage=Usage(chunks=0))
        chunks = split_into_chunks(
            text, self.settings.llm_chunk_tokens, self.settings.llm_chunk_overlap_tokens
        )
        check = GroundingCheck(
            body_aligner(doc),
            guard=Guard(text, example_texts=self.prompt.examples, schema_names=self.schema_names),
        )
        body_map = BodyMap(doc)
        limit = asyncio.Semaphore(self.settings.llm_chunk_concurrency)
        tally = _Tally()

        async def piece(chunk: Chunk, splits_left: int) -> list[ExtractionDraft]:
            try:
                async with limit:
                    result: CallResult = await self.client.extract(chunk.text, check, doc.published)
            except TruncatedOutput as cut:
                tally.add(cut.log, cut.tokens.prompt, cut.tokens.completion)
                halves = halve(chunk) if splits_left > 0 else None
                if halves is None:
                    raise LLMResponseError(
                        f"{cut.reason} "
                        f"{'even for a single sentence' if splits_left > 0 else 'and the re-asks are spent'}; "
                        f"{cut.hint}"
                    ) from cut
                # A shorter excerpt asks for a shorter answer: ask afresh with each half
                # (never with the cut answer appended).
                tally.reasks += 1
                parts = await _settled([piece(halves[0], splits_left - 1), piece(halves[1], splits_left - 1)])
                return _kept(parts, failures)
            tally.add(result.log, result.tokens.prompt, result.tokens.completion)
            tally.dropped += result.dropped_ungrounded
            tally.drop(result.dropped)
            tally.pieces += 1
            return [_anchored(result.draft, chunk, body_map)]

        failures: list[BaseException] = []
        parts = await _settled([piece(c, self.settings.llm_max_reasks) for c in chunks])
        kept = _kept(parts, failures)
        if failures and not kept:
            raise failures[0]
        draft = merge_drafts(kept)
        warnings: list[str] = []
        if failures:
            # Some pieces failed: keep what the others found, and say so.
            tally.failed = len(failures)
            reasons = "; ".join(sorted({_first_line(f) for f in failures}))
            warnings.append(
                f"partial: {len(failures)} piece(s) of the article could not be extracted ({reasons}); "
                "the items are from the rest, and this result is not cached"
            )
        return BackendResult(draft=draft, usage=tally.usage(), warnings=warnings)

    async def aclose(self) -> None:
        if self._owns_http_client:
            await self.client.openai.close()


async def _settled(coros: list[Coroutine[Any, Any, T]]) -> list[T | BaseException]:
    """Run ``coros`` concurrently; each one's result or its ``BackendError``.

    A configuration error (the server refused the request's shape) fails every
    piece alike: it is raised at once and the rest are cancelled, as is any
    error that is not a backend failure (cancellation, a bug).
    """
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        results = await asyncio.gather(*tasks, return_exceptions=True)
    except BaseException:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    for r in results:
        if isinstance(r, BaseException) and not isinstance(r, BackendError):
            raise r
    return list(results)


def _kept(
    parts: list[list[ExtractionDraft] | BaseException], failures: list[BaseException]
) -> list[ExtractionDraft]:
    """The drafts of the pieces that succeeded; the failures appended to ``failures``."""
    kept: list[ExtractionDraft] = []
    for part in parts:
        if isinstance(part, BaseException):
            failures.append(part)
        else:
            kept.extend(part)
    return kept


def _first_line(exc: BaseException) -> str:
    text = getattr(exc, "detail", None) or str(exc)
    return text.strip().splitlines()[0][:200] if text.strip() else type(exc).__name__


def _anchored(draft: ExtractionDraft, chunk: Chunk, body_map: BodyMap) -> ExtractionDraft:
    """Give each item a position hint in the document: where its evidence is in its chunk.

    A string the article repeats is then grounded at the occurrence the model
    saw, not at the first one in the article. The hints are set in place: the
    draft was validated from this call's answer and nothing else holds it.
    """
    local = Aligner(chunk.text)

    def hint(evidence: list[str]) -> int | None:
        found = local.align(evidence[0])
        return body_map.to_doc(chunk.start + found.span.start) if found else None

    for item in draft_items(draft):
        item.hint = hint(item.evidence)
        item.provenance = None  # a model does not say where its items come from; a backend does
        item.rule = None  # only an offline backend names its rules; a model's claim to one is dropped
    return draft
