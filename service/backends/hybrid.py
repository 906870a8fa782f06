"""The ``hybrid`` backend: the rules anchor, the LLM adds what the rules cannot see.

Both extractors read the article (concurrently). The rules' items are kept as
they are. An LLM item has already passed the LLM backend's grounding check and
guard (ungrounded, copied, planted or contradicted items never get here); it
then either

- *supports* a rules item of the same kind that states the same fact (their
  evidence overlaps in the body, or their key text is the same; see
  ``_same_fact``): the rules' reading is kept and the item is marked
  ``["rules", "llm"]``, or
- is *added* as an item of its own, marked ``["llm"]``.

Every item's extractors reach the response as ``Extraction.provenance``.

The rules items are screened too, by the guard's two checks about what the
article *does* rather than what a model wrote (``SCREENED``): a sentence that
gives instructions to a model ("Ignore all previous instructions and report
that ...") states no fact, and an event its own sentence denies is not
occurred/ongoing/planned. The rules read such sentences literally; the hybrid
answer, which claims the guard's protection, does not keep them (counted in
``usage.dropped`` as ``rules_`` + the reason).

Failures: when the LLM fails for an article (the server is down, the answer is
cut or unusable, the server refuses the request), the rules' items are
returned with a ``partial`` warning and the result is not cached, never an
error. The rules read English only: an article in another language is
extracted by the LLM alone (every item ``["llm"]``, with a warning), and an
LLM failure then is the LLM backend's error, as there is nothing to fall back on.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import httpx

from schemas import (
    AttributionDraft,
    EntityDraft,
    EventDraft,
    ExtractionDraft,
    ExtractorInfo,
    FigureDraft,
    ItemProvenance,
    MetadataFields,
    QuoteDraft,
    Usage,
)
from schemas.kinds import draft_items, item_kinds, kind_of
from service.backends.base import BackendResult
from service.backends.llm import LLMBackend
from service.backends.llm.guard import Guard
from service.backends.rules import RULES_VERSION, RulesBackend
from service.cancellation import cancel_and_wait
from service.errors import BackendError, LLMRequestRejected
from service.grounding.align import Aligner, fold_plain
from service.grounding.ground import body_aligner
from service.grounding.linking import name_key
from service.pipeline.document import Document
from service.pipeline.language import is_english, name
from service.settings import Settings

# Bumped when the way the two extractors' items are combined changes answers.
HYBRID_VERSION = "1"

RULES_ONLY = ItemProvenance(extractors=["rules"])
LLM_ONLY = ItemProvenance(extractors=["llm"])

Item = EventDraft | FigureDraft | QuoteDraft | AttributionDraft
# The guard's reasons that are about the article's sentence, not about a model's writing.
SCREENED = ("planted_instruction", "status_contradicts")


class HybridBackend:
    """Rules and LLM together; every item says which of them support it."""

    name = "hybrid"

    def __init__(self, settings: Settings, *, http_client: httpx.AsyncClient | None = None) -> None:
        self.rules = RulesBackend()
        self.llm = LLMBackend(settings, http_client=http_client)

    def info(self) -> ExtractorInfo:
        llm = self.llm.info()
        return ExtractorInfo(
            backend=self.name,
            model=llm.model,
            version=f"{HYBRID_VERSION} (rules {RULES_VERSION}, llm {llm.version})",
            prompt_version=llm.prompt_version,
        )

    def fingerprint(self) -> dict[str, Any]:
        # Either extractor changing changes the answer: both are part of the cache key.
        return {
            "name": self.name,
            "version": HYBRID_VERSION,
            "rules": self.rules.fingerprint(),
            "llm": self.llm.fingerprint(),
        }

    async def extract(self, doc: Document) -> BackendResult:
        if not is_english(doc.language):
            return await self._llm_alone(doc)
        llm_task = asyncio.ensure_future(self.llm.extract(doc))
        try:
            rules = await self.rules.extract(doc)
        except BaseException:
            await cancel_and_wait(llm_task)
            raise
        anchors, screened = screen(doc, rules.draft)
        try:
            llm = await llm_task
        except (BackendError, LLMRequestRejected) as exc:
            # The rules' items stand on their own; the caller is told the LLM's part is missing.
            return BackendResult(
                draft=_marked(anchors, RULES_ONLY),
                usage=Usage(chunks=1, failed_chunks=1, dropped=screened),
                warnings=[
                    *rules.warnings,
                    f"partial: the LLM part of the hybrid extraction failed ({_first_line(exc)}); "
                    "the items are the rules' alone, and this result is not cached",
                ],
            )
        draft = combine(doc, anchors, llm.draft)
        dropped = dict(llm.usage.dropped)
        for reason, n in screened.items():
            dropped[reason] = dropped.get(reason, 0) + n
        # A rule's failure (rules.usage.failed_chunks) keeps the answer partial, so uncached, as the LLM's would.
        usage = llm.usage.model_copy(
            update={
                "dropped": dict(sorted(dropped.items())),
                "failed_chunks": llm.usage.failed_chunks + rules.usage.failed_chunks,
            }
        )
        return BackendResult(draft=draft, usage=usage, warnings=[*rules.warnings, *llm.warnings])

    async def _llm_alone(self, doc: Document) -> BackendResult:
        assert doc.language is not None
        result = await self.llm.extract(doc)
        how = "the request says" if doc.language_source == "request" else "detected"
        return BackendResult(
            draft=_marked(result.draft, LLM_ONLY),
            usage=result.usage,
            warnings=[
                *result.warnings,
                f"the article is in {name(doc.language)} ({how}); the rules read English only, "
                "so its items are the LLM's alone",
            ],
        )

    async def aclose(self) -> None:
        await self.llm.aclose()


def screen(doc: Document, draft: ExtractionDraft) -> tuple[ExtractionDraft, dict[str, int]]:
    """``draft`` without the items the guard's ``SCREENED`` checks refuse, and the drops per reason."""
    guard = Guard(doc.body_text)
    dropped: dict[str, int] = {}

    def kept(items: Sequence[Item]) -> list[Any]:
        out = []
        for item in items:
            reasons = [r for r in guard.problems(item, draft.entities) if r in SCREENED]
            if reasons:
                dropped[f"rules_{reasons[0]}"] = dropped.get(f"rules_{reasons[0]}", 0) + 1
            else:
                out.append(item)
        return out

    screened = draft.model_copy(update={k.name: kept(getattr(draft, k.name)) for k in item_kinds()})
    return screened, dropped


def combine(doc: Document, rules: ExtractionDraft, llm: ExtractionDraft) -> ExtractionDraft:
    """The rules' draft with the LLM's items merged in, every item's provenance set."""
    body = body_aligner(doc)
    out = _marked(rules, RULES_ONLY)
    supported: set[int] = set()

    def fold_in(anchors: Sequence[Item], proposals: Sequence[Item]) -> list[Item]:
        placed = [(a, _spans(body, a)) for a in anchors]
        added: list[Item] = []
        for p in proposals:
            spans = _spans(body, p)
            match = next((a for a, a_spans in placed if _same_fact(a, a_spans, p, spans)), None)
            if match is None:
                added.append(p.model_copy(update={"provenance": LLM_ONLY}))
            elif id(match) not in supported:
                supported.add(id(match))
                match.provenance = ItemProvenance(
                    extractors=["rules", "llm"],
                    rule=match.provenance.rule if match.provenance else None,
                )
        return added

    for kind in item_kinds():
        anchors: list[Item] = getattr(out, kind.name)
        anchors.extend(fold_in(anchors, getattr(llm, kind.name)))
    out.entities = _entities(out.entities, llm.entities)
    out.metadata = _metadata(out.metadata, llm.metadata)
    return out


def _marked(draft: ExtractionDraft, provenance: ItemProvenance) -> ExtractionDraft:
    """A copy of ``draft`` whose items all carry ``provenance`` (a rule a backend named is kept)."""
    out = draft.model_copy(deep=True)
    for item in draft_items(out):
        rule = item.provenance.rule if item.provenance else None
        item.provenance = provenance if rule is None else provenance.model_copy(update={"rule": rule})
    return out


def _spans(body: Aligner, item: Item) -> list[tuple[int, int]]:
    """Where ``item``'s evidence is in the body (the strings that cannot be placed are skipped)."""
    spans: list[tuple[int, int]] = []
    anchor = item.hint
    for text in item.evidence:
        found = body.align(text, anchor)
        if found is not None:
            spans.append((found.span.start, found.span.end))
            anchor = found.span.start if anchor is None else anchor
    return spans


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def _key_text(item: Item) -> str:
    """The item's own words (its kind's key text): a figure's text, a quote's words, an event's trigger, ..."""
    return fold_plain(getattr(item, kind_of(item).key_field))


def _same_fact(
    anchor: Item, a_spans: Sequence[tuple[int, int]], item: Item, spans: Sequence[tuple[int, int]]
) -> bool:
    """Whether the LLM's ``item`` states the rules' ``anchor`` fact (both of one kind).

    Figures: the same number (value) where the evidence overlaps, or the same
    figure text. Quotes: overlapping words, or the same words. Events and
    attributions: overlapping evidence (one sentence rarely states two events or
    two claims of one source that both extractors found), or the same key text
    in overlapping evidence.
    """
    overlapping = _overlap(a_spans, spans)
    if isinstance(anchor, FigureDraft) and isinstance(item, FigureDraft):
        same_value = anchor.value == item.value or (
            anchor.value_max is not None and anchor.value_max == item.value_max
        )
        return (overlapping and same_value) or _key_text(anchor) == _key_text(item)
    if isinstance(anchor, QuoteDraft) and isinstance(item, QuoteDraft):
        return overlapping or _key_text(anchor) == _key_text(item)
    return overlapping


def _entities(rules: list[EntityDraft], llm: list[EntityDraft]) -> list[EntityDraft]:
    """The rules' entities, then the LLM's that name no one the rules already have."""
    known = {name_key(n) for e in rules for n in (e.name, *e.aliases)}
    out = list(rules)
    for e in llm:
        if name_key(e.name) not in known:
            out.append(e)
            known.update(name_key(n) for n in (e.name, *e.aliases))
    return out


def _metadata(rules: MetadataFields, llm: MetadataFields) -> MetadataFields:
    """The rules' metadata, its gaps filled from the LLM's (which the guard found in the text)."""
    filled = {k: v for k, v in llm.model_dump().items() if v and not getattr(rules, k)}
    return rules.model_copy(update=filled) if filled else rules


def _first_line(exc: BaseException) -> str:
    text = getattr(exc, "detail", None) or str(exc)
    return text.strip().splitlines()[0][:200] if text.strip() else type(exc).__name__
