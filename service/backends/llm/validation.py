"""Grounding validators: evidence the article does not contain fails validation.

The response model the LLM fills is :class:`ModelFacingDraft`, the contract's
``ExtractionDraft`` plus one validator. It finds its :class:`GroundingCheck`
in pydantic's validation ``context`` when one is given, else the one bound
by :func:`checking` for the structured call under way; a string that
``service.grounding.align.Aligner`` cannot place in the article body (exactly, after
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
from dataclasses import dataclass, field
from typing import Any, Self

from pydantic import ConfigDict, ValidationInfo, model_validator

from schemas import ExtractionDraft
from schemas.kinds import item_kinds
from service.backends.llm.guard import RULES, Guard, entity_forms
from service.backends.llm.wire import missing_lists, model_facing
from service.grounding.align import Aligner

CONTEXT_KEY = "newsfacts_grounding"
_SHOWN_CHARS = 120


@dataclass
class GroundingCheck:
    """What the validator needs, passed through instructor's validation context."""

    aligner: Aligner
    lenient: bool = False
    dropped: int = 0
    # The guard (``guard.Guard``): what else a model-written item must pass.
    guard: Guard | None = None
    # Drops per reason of the validation that passed (a failed attempt's are discarded).
    reasons: dict[str, int] = field(default_factory=dict)

    def fresh(self) -> GroundingCheck:
        """A copy with nothing counted yet (shares the aligner)."""
        guard = None if self.guard is None else self.guard.cleared()
        return GroundingCheck(self.aligner, lenient=self.lenient, guard=guard)

    def relaxed(self) -> GroundingCheck:
        """The same check, lenient: drop and count instead of failing."""
        guard = None if self.guard is None else self.guard.cleared()
        return GroundingCheck(self.aligner, lenient=True, guard=guard)

    def grounded(self, evidence: str) -> bool:
        return self.aligner.locates(evidence)


_ACTIVE_CHECK: ContextVar[GroundingCheck | None] = ContextVar("newsfacts_grounding_check", default=None)


def validation_context(check: GroundingCheck, **extra: Any) -> dict[str, Any]:
    return {CONTEXT_KEY: check, **extra}


@contextmanager
def checking(check: GroundingCheck) -> Iterator[GroundingCheck]:
    """Validate every ``ModelFacingDraft`` built in this context (task) with ``check``, until exit."""
    token = _ACTIVE_CHECK.set(check)
    try:
        yield check
    finally:
        _ACTIVE_CHECK.reset(token)


class ModelFacingDraft(ExtractionDraft):
    """Record the events, figures, quotes, attributions and entities the article states, each item with evidence copied verbatim from the article."""

    # The model sees this schema under the contract's name.
    model_config = ConfigDict(title="ExtractionDraft")

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The model-facing schema (``wire.model_facing``): what instructor and the SDK send."""
        return model_facing(super().model_json_schema(*args, **kwargs))

    @model_validator(mode="before")
    @classmethod
    def _lists_present(cls, data: Any, info: ValidationInfo) -> Any:
        # A model's answer (always validated with a check) must hold every list.
        if (
            not isinstance((info.context or {}).get(CONTEXT_KEY), GroundingCheck)
            and _ACTIVE_CHECK.get() is None
        ):
            return data
        missing = missing_lists(data)
        if missing:
            raise ValueError(
                "the answer must contain every list, empty when the article has none; missing: "
                + ", ".join(missing)
            )
        return data

    @model_validator(mode="after")
    def _evidence_in_article(self, info: ValidationInfo) -> Self:
        check = (info.context or {}).get(CONTEXT_KEY)
        if not isinstance(check, GroundingCheck):
            check = _ACTIVE_CHECK.get()
        if check is None:
            return self
        problems: list[str] = []
        broken: list[str] = []
        reasons: dict[str, int] = {}
        guard = check.guard
        # The entities' folded names, once for every item's check rather than once per item.
        forms = entity_forms(self.entities) if guard is not None else []
        for kind in item_kinds():
            list_name = kind.name
            items: list[Any] = getattr(self, list_name)
            kept: list[Any] = []
            for i, item in enumerate(items):
                missing = [e for e in item.evidence if not check.grounded(e)]
                problems.extend(f"{list_name}[{i}].evidence: {_shown(e)!r}" for e in missing)
                if missing and check.lenient:
                    if len(missing) == len(item.evidence):
                        check.dropped += 1
                        reasons["ungrounded"] = reasons.get("ungrounded", 0) + 1
                        continue
                    item = item.model_copy(
                        update={"evidence": [e for e in item.evidence if e not in missing]}
                    )
                failed = (
                    guard.problems(item, self.entities, kind, forms=forms)
                    if guard is not None and not missing
                    else []
                )
                if failed and check.lenient:
                    # Counted under its first reason: one item, one drop.
                    reasons[failed[0]] = reasons.get(failed[0], 0) + 1
                    continue
                broken.extend(f"{list_name}[{i}]: {', '.join(RULES[r] for r in failed)}" for _ in failed[:1])
                kept.append(item)
            setattr(self, list_name, kept)
        if (problems or broken) and not check.lenient:
            message = []
            if problems:
                message.append(
                    "these evidence strings are not in the article. Evidence must be copied character for "
                    "character from the article text; correct each one, or leave its item out: "
                    + "; ".join(problems)
                )
            if broken:
                message.append(
                    "these items break the rules; correct them or leave them out: " + "; ".join(broken)
                )
            raise ValueError(". ".join(message))
        if guard is not None:
            guard.dropped = {}
            guard.check_entities(self)
            guard.check_metadata(self)
            for reason, n in guard.dropped.items():
                reasons[reason] = reasons.get(reason, 0) + n
        check.reasons = reasons
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
