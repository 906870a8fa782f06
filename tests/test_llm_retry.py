"""The retry policy's pieces, and the grounding validator, on their own."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import openai
import pytest
from pydantic import ValidationError

from schemas import ArticleRequest
from service import prepare
from service.backends.llm.retry import RetryPolicy, is_reaskable, is_transient, retry_after_seconds
from service.backends.llm.validation import GroundingCheck, ModelFacingDraft, checking, validation_context
from service.grounding.align import Aligner
from service.grounding.ground import body_regions
from service.pipeline.document import Block, Document
from tests.llm_fakes import ARTICLE, EMPTY, GOOD, with_fabricated_quote

REQ = httpx.Request("POST", "http://llm.test/v1/chat/completions")


def status_error(status: int, headers: dict[str, str] | None = None) -> openai.APIStatusError:
    response = httpx.Response(status, headers=headers, request=REQ, json={"error": {"message": "x"}})
    return openai.APIStatusError("x", response=response, body=None)


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (status_error(429), True),
        (status_error(408), True),
        (status_error(409), True),
        (status_error(500), True),
        (status_error(503), True),
        (status_error(400), False),
        (status_error(401), False),
        (status_error(403), False),
        (status_error(404), False),
        (status_error(422), False),
        (openai.APITimeoutError(request=REQ), True),
        (openai.APIConnectionError(request=REQ), True),
        (ValueError("bug"), False),
    ],
)
def test_what_is_transient(exc: Exception, transient: bool) -> None:
    assert is_transient(exc) is transient
    assert not is_reaskable(exc) or isinstance(exc, ValueError)


def test_retry_after_forms() -> None:
    assert retry_after_seconds(status_error(429, {"retry-after-ms": "1500"})) == 1.5
    assert retry_after_seconds(status_error(429, {"retry-after": "7"})) == 7.0
    now = dt.datetime(2026, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
    date = "Thu, 01 Jan 2026 12:00:30 GMT"
    assert retry_after_seconds(status_error(429, {"retry-after": date}), now=now) == 30.0
    assert retry_after_seconds(status_error(429, {"retry-after": "soon"})) is None
    assert retry_after_seconds(status_error(429)) is None
    assert retry_after_seconds(ValueError()) is None


def test_backoff_is_full_jitter_exponential_and_capped() -> None:
    policy = RetryPolicy(max_attempts=5, max_reasks=2, deadline_s=60, backoff_initial_s=0.5, backoff_max_s=4)
    for n, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (8, 4.0)]:
        draws = [policy.backoff(n) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in draws)
        assert max(draws) > ceiling / 2  # spread over the range, not stuck at zero


def _check(lenient: bool = False) -> GroundingCheck:
    doc = prepare(ArticleRequest(text=ARTICLE))
    return GroundingCheck(Aligner(doc.text, body_regions(doc)), lenient=lenient)


def test_validator_rejects_ungrounded_evidence_naming_it() -> None:
    with pytest.raises(ValidationError) as caught:
        ModelFacingDraft.model_validate(with_fabricated_quote(), context=validation_context(_check()))
    message = str(caught.value)
    assert "quotes[1].evidence: 'We will never pay for it'" in message
    assert "character for character" in message


def test_validator_accepts_grounded_evidence_and_ignores_absent_context() -> None:
    assert ModelFacingDraft.model_validate(GOOD, context=validation_context(_check())).quotes
    # Without the article in the context there is nothing to check against.
    assert len(ModelFacingDraft.model_validate(with_fabricated_quote()).quotes) == 2


def test_a_bound_check_validates_without_a_context_and_only_while_bound() -> None:
    # The structured call binds its check instead of handing instructor a context.
    with checking(_check()), pytest.raises(ValidationError, match="We will never pay for it"):
        ModelFacingDraft.model_validate(with_fabricated_quote())
    assert len(ModelFacingDraft.model_validate(with_fabricated_quote()).quotes) == 2
    # An explicit context (the lenient salvage) wins over the bound check.
    lenient = _check(lenient=True)
    with checking(_check()):
        draft = ModelFacingDraft.model_validate(with_fabricated_quote(), context=validation_context(lenient))
    assert len(draft.quotes) == 1 and lenient.dropped == 1


def test_lenient_validation_drops_and_counts() -> None:
    check = _check(lenient=True)
    draft = ModelFacingDraft.model_validate_json(
        json.dumps(with_fabricated_quote()), context=validation_context(check)
    )
    assert [q.text for q in draft.quotes] == ["We need more time to study the costs,"]
    assert check.dropped == 1
    assert draft.to_draft().quotes[0].evidence == ["We need more time to study the costs,"]


def test_boilerplate_is_not_the_article() -> None:
    body = "The city council postponed the harbour vote on Tuesday."
    comment = "Great article, thanks for sharing it with us."
    text = f"{body}\n\n{comment}"
    start = text.index(comment)
    doc = Document(
        text=text,
        blocks=(
            Block(0, len(body), body, "body"),
            Block(start, start + len(comment), comment, "comments"),
        ),
    )
    check = GroundingCheck(Aligner(doc.text, body_regions(doc)))
    draft = {**EMPTY, "quotes": [{"text": comment, "evidence": [comment]}]}
    with pytest.raises(ValidationError, match="not in the article"):
        ModelFacingDraft.model_validate(draft, context=validation_context(check))
    draft = {
        **EMPTY,
        "events": [
            {
                "summary": "A vote was postponed.",
                "type": "decision",
                "trigger": "postponed",
                "evidence": [body],
            }
        ],
    }
    assert ModelFacingDraft.model_validate(draft, context=validation_context(check)).events
