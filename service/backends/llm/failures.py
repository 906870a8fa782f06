"""Turning what went wrong in a call into the service's typed errors (502/503/504).

Each error says what happened, how many HTTP attempts were made, and what the
operator can do about it; ``retry_after`` carries the provider's own
``Retry-After`` when it sent one.
"""

from __future__ import annotations

import openai

from service.backends.llm.retry import AttemptLog, is_reaskable
from service.errors import BackendError, LLMResponseError, LLMTimeoutError, LLMUnavailableError


class NotAChatCompletion(Exception):
    """The provider answered 200 with something that is not a chat completion (an HTML error page, say)."""


class OversizedAnswer(NotAChatCompletion):
    """A chat completion whose answer is longer than ``max_tokens`` could make (``client.MAX_CHARS_PER_TOKEN``)."""


_HINTS = {
    401: "check OPENAI_API_KEY (or NEWSFACTS_LLM_API_KEY)",
    403: "the key is not allowed to use this model or endpoint",
    404: "check NEWSFACTS_LLM_MODEL and OPENAI_BASE_URL (the base URL usually ends in /v1)",
}


def _attempts(log: AttemptLog) -> str:
    return f"{log.attempts} HTTP attempt{'s' if log.attempts != 1 else ''}"


def _reasks(log: AttemptLog) -> str:
    return f"{log.reasks} re-ask{'s' if log.reasks != 1 else ''}"


def as_backend_error(exc: BaseException, log: AttemptLog, endpoint: str, timeout_s: float) -> BackendError:
    """The typed error for ``exc``, the last failure of a call (after its retries)."""
    if isinstance(exc, openai.APITimeoutError):
        return LLMTimeoutError(
            f"the LLM at {endpoint} did not answer within {timeout_s:g} s ({_attempts(log)})"
        )
    if isinstance(exc, openai.APIConnectionError):
        return LLMUnavailableError(f"cannot reach the LLM at {endpoint}: {exc} ({_attempts(log)})")
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        message = _provider_message(exc)
        if status == 429:
            return LLMUnavailableError(
                f"the LLM provider is rate limiting (429: {message}) after {_attempts(log)}",
                retry_after=log.retry_after,
            )
        if status >= 500 or status in (408, 409):
            return LLMUnavailableError(
                f"the LLM provider failed ({status}: {message}) after {_attempts(log)}",
                retry_after=log.retry_after,
            )
        hint = _HINTS.get(status)
        return LLMResponseError(
            f"the LLM provider rejected the request ({status}: {message})" + (f"; {hint}" if hint else "")
        )
    if isinstance(exc, openai.APIResponseValidationError):
        return LLMResponseError(f"the LLM provider's response was not a chat completion: {exc}")
    if isinstance(exc, OversizedAnswer):
        return LLMResponseError(f"the LLM provider's answer is longer than any model answer can be: {exc}")
    if isinstance(exc, NotAChatCompletion):
        return LLMResponseError(f"the LLM provider's response was not a chat completion: {exc}")
    if is_reaskable(exc):
        return LLMResponseError(
            f"the model's answer did not fit the schema after {_reasks(log)} ({_attempts(log)}): "
            + _first_line(str(exc))
        )
    if isinstance(exc, TimeoutError):
        return LLMTimeoutError(f"the LLM call did not finish within the deadline ({_attempts(log)})")
    return LLMResponseError(f"the LLM call failed: {type(exc).__name__}: {_first_line(str(exc))}")


def _provider_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and isinstance(inner.get("message"), str):
            return str(inner["message"])[:300]
    return exc.message[:300]


def _first_line(text: str) -> str:
    lines = text.strip().splitlines()
    return (lines[0] if lines else "")[:300]
