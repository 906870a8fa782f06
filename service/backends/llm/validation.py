"""Grounding validators: evidence the article does not contain fails validation.

The response model the LLM fills is :class:`GroundedDraft`, the contract's
``ExtractionDraft`` plus one validator. It finds its :class:`GroundingCheck`
in pydantic's validation ``context`` when one is given, else the one bound
by :func:`checking` for the structured call under way; a string that
``service.align.Aligner`` cannot place in the article body (exactly, after
folding quotes/dashes/case/spaces, or fuzzily above ``FUZZY_MIN_SCORE``) fails
validation, and instructor re-asks with the message, which names every
offending string.

After the re-asks are spent, the last answer is validated once more with
``lenient=True``: ungrounded strings are removed instead, an item left without
evidence is dropped, and the drops are counted (``Usage.dropped_ungrounded``).
Nothing ungrounded is ever returned as grounded.

Why a context variable and not instructor's ``context``: instructor renders
every message as a Jinja template whenever a ``context`` is given (a new
sandboxed environment, a template compiled and the result dedented, per
message and per call: about a twentieth of an extraction's CPU in benchmark
1). Bound around the call instead, the check reaches the validator (which
runs in the caller's task) and the messages are sent as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Self

from pydantic import ConfigDict, ValidationInfo, model_validator

from schemas import AttributionDraft, EventDraft, ExtractionDraft, FigureDraft, QuoteDraft
from service.align import Aligner

CONTEXT_KEY = "newsfacts_grounding"
_ITEM_LISTS = ("events", "figures", "quotes", "attributions")
_SHOWN_CHARS = 120

Item = EventDraft | FigureDraft | QuoteDraft | AttributionDraft


@dataclass
class GroundingCheck:
    """What the validator needs, passed through instructor's validation context."""

    aligner: Aligner
    lenient: bool = False
    dropped: int = 0

    def grounded(self, evidence: str) -> bool:
        return self.aligner.align(evidence) is not None


_ACTIVE_CHECK: ContextVar[GroundingCheck | None] = ContextVar("newsfacts_grounding_check", default=None)


def validation_context(check: GroundingCheck, **extra: Any) -> dict[str, Any]:
    return {CONTEXT_KEY: check, **extra}


@contextmanager
def checking(check: GroundingCheck) -> Iterator[GroundingCheck]:
    """Validate every ``GroundedDraft`` built in this context (task) with ``check``, until exit."""
    token = _ACTIVE_CHECK.set(check)
    try:
        yield check
    finally:
        _ACTIVE_CHECK.reset(token)


class GroundedDraft(ExtractionDraft):
    """Record the events, figures, quotes, attributions and entities the article states, each item with evidence copied verbatim from the article."""

    # The model sees this schema under the contract's name.
    model_config = ConfigDict(title="ExtractionDraft")

    @model_validator(mode="after")
    def _evidence_in_article(self, info: ValidationInfo) -> Self:
        check = (info.context or {}).get(CONTEXT_KEY)
        if not isinstance(check, GroundingCheck):
            check = _ACTIVE_CHECK.get()
        if check is None:
            return self
        problems: list[str] = []
        for list_name in _ITEM_LISTS:
            items: list[Item] = getattr(self, list_name)
            kept: list[Item] = []
            for i, item in enumerate(items):
                missing = [e for e in item.evidence if not check.grounded(e)]
                problems.extend(f"{list_name}[{i}].evidence: {_shown(e)!r}" for e in missing)
                if not check.lenient or not missing:
                    kept.append(item)
                elif len(missing) < len(item.evidence):
                    kept.append(
                        item.model_copy(update={"evidence": [e for e in item.evidence if e not in missing]})
                    )
                else:
                    check.dropped += 1
            setattr(self, list_name, kept)
        if problems and not check.lenient:
            raise ValueError(
                "these evidence strings are not in the article. Evidence must be copied character for "
                "character from the article text; correct each one, or leave its item out: "
                + "; ".join(problems)
            )
        return self

    def to_draft(self) -> ExtractionDraft:
        """The plain contract model, without the validator.

        Its fields are this model's own, already validated and of the contract's
        types (only the top-level class differs), so they are handed over as
        they are: dumping and validating the whole draft again was a twentieth
        of an extraction's CPU.
        """
        return ExtractionDraft.model_construct(
            **{name: getattr(self, name) for name in ExtractionDraft.model_fields}
        )


def _shown(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"
