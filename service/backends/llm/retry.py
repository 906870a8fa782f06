"""The retry policy: one tenacity loop per structured call, shared with instructor.

Instructor accepts a tenacity ``AsyncRetrying`` as ``max_retries`` and runs every
HTTP attempt inside it, so transport retries and validation re-asks live in one
loop under one deadline (the openai client's own ``max_retries`` is 0, otherwise
attempts would multiply). What happens after a failed attempt:

===========================================  =============================================
the attempt failed with                      then
===========================================  =============================================
429, 408, 409, 5xx, timeout, connection      retry after ``Retry-After`` / ``retry-after-ms``
                                             when the provider sent one, else exponential
                                             backoff with full jitter; at most
                                             ``max_attempts`` transport failures per call
a validation error (bad JSON, schema,        re-ask at once (instructor appends the error to
ungrounded evidence)                         the conversation); at most ``max_reasks``
400, 401, 403, 404, 422, anything else       no retry
our own process stopping (the provider       no retry: ``ShuttingDownError`` for the caller
budget's wait saw the stop flag)
===========================================  =============================================

Nothing is retried once the next attempt could not start before ``deadline_s``
(measured from the call's first attempt); a ``Retry-After`` longer than what is
left ends the loop at once, and the error carries it for the caller.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import json
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import ClassVar

import openai
from instructor.core.exceptions import AsyncValidationError, ResponseParsingError
from pydantic import ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from service.errors import ShuttingDownError
from service.settings import Settings

RETRYABLE_STATUS = frozenset({408, 409, 429})
# What instructor re-asks on (its own list: a failed parse of the model's answer).
REASK_ERRORS: tuple[type[Exception], ...] = (
    ValidationError,
    json.JSONDecodeError,
    AsyncValidationError,
    ResponseParsingError,
)


def shutting_down(exc: BaseException | None) -> ShuttingDownError | None:
    """The ``ShuttingDownError`` behind ``exc``, if our own process stopping caused it.

    The provider budget's wait raises it inside the HTTP transport, and the openai
    SDK hands any transport exception on as ``APIConnectionError`` (instructor then
    wraps that in turn): found through the causes, it is neither retried nor
    reported as an unreachable provider.
    """
    seen = 0
    # Causes only (``raise ... from``, as both wrap it): an error merely raised while handling
    # one (its ``__context__``) was not caused by the stop.
    while exc is not None and seen < 10:
        if isinstance(exc, ShuttingDownError):
            return exc
        exc = exc.__cause__
        seen += 1
    return None


def is_transient(exc: BaseException) -> bool:
    """A failure that may well not happen again: worth retrying the same request."""
    if shutting_down(exc) is not None:
        return False
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return True
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in RETRYABLE_STATUS or exc.status_code >= 500
    return False


def is_reaskable(exc: BaseException) -> bool:
    return isinstance(exc, REASK_ERRORS)


def retry_after_seconds(exc: BaseException, now: dt.datetime | None = None) -> float | None:
    """The provider's requested wait, from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = now or dt.datetime.now(dt.UTC)
    return max(0.0, (when - now).total_seconds())


@dataclass
class AttemptLog:
    """What one structured call cost; filled in by the retry loop's callbacks."""

    attempts: int = 0  # HTTP requests sent
    retries: int = 0  # transport retries
    reasks: int = 0  # validation re-asks
    retry_after: float | None = None  # the last wait the provider asked for


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    max_reasks: int
    deadline_s: float
    backoff_initial_s: float
    backoff_max_s: float
    # How to wait between attempts; tests record the waits instead of sleeping.
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        return cls(
            max_attempts=settings.llm_max_attempts,
            max_reasks=settings.llm_max_reasks,
            deadline_s=settings.llm_deadline_s,
            backoff_initial_s=settings.llm_backoff_initial_s,
            backoff_max_s=settings.llm_backoff_max_s,
        )

    def backoff(self, failures_before: int) -> float:
        """Full-jitter exponential backoff: uniform in [0, min(cap, initial * 2**n)].

        ``n`` counts earlier transport failures of the call, not re-asks. Full
        jitter spreads the retries of many clients that failed together.
        """
        ceiling = min(self.backoff_max_s, self.backoff_initial_s * 2**failures_before)
        return random.uniform(0, ceiling)

    def retrying(self, log: AttemptLog) -> AsyncRetrying:
        """A fresh loop for one call, recording into ``log``."""

        def wait(state: RetryCallState) -> float:
            exc = _exception(state)
            if exc is None or is_reaskable(exc):
                return 0.0
            asked = retry_after_seconds(exc)
            log.retry_after = asked
            if asked is not None:
                return asked
            return self.backoff(log.retries)

        def stop(state: RetryCallState) -> bool:
            exc = _exception(state)
            if exc is None:
                return True
            if is_reaskable(exc):
                return log.reasks >= self.max_reasks
            if log.retries + 1 >= self.max_attempts:
                return True
            elapsed = state.seconds_since_start or 0.0
            return elapsed + state.upcoming_sleep > self.deadline_s

        def before(state: RetryCallState) -> None:
            log.attempts += 1

        def before_sleep(state: RetryCallState) -> None:
            exc = _exception(state)
            if exc is not None and is_reaskable(exc):
                log.reasks += 1
            else:
                log.retries += 1

        return AsyncRetrying(
            retry=retry_if_exception(lambda e: is_transient(e) or is_reaskable(e)),
            wait=wait,
            stop=stop,
            before=before,
            before_sleep=before_sleep,
            sleep=self.sleep,
            reraise=True,
        )


def _exception(state: RetryCallState) -> BaseException | None:
    return state.outcome.exception() if state.outcome is not None else None


class InstructorRetryLevels(logging.Filter):
    """Log instructor's retry lines at the level of what they are, not at ``error``.

    instructor 1.17 (``instructor/v2/core/retry.py``) logs every failed attempt ("API
    call failed on attempt N", a 429 that the next attempt gets past) and the end of
    its loop ("Max retries exceeded", also when the spent re-asks are then salvaged
    into a 200) with ``logger.error`` on the ``instructor.v2.retry`` logger. Neither
    is the service's error: an attempt is counted in ``usage.retries``/``reasks`` and
    the metrics, and a call that fails for good is the caller's 502/503/504 and its
    access line. So an attempt is ``info`` and the end of the loop ``warning``
    (session 34); any other line keeps its level. The record is re-levelled before
    the handlers see it, and dropped when the logger would not have taken it.
    """

    LEVELS: ClassVar[dict[str, int]] = {
        "API call failed on attempt": logging.INFO,
        "Max retries exceeded": logging.WARNING,
    }

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno != logging.ERROR or not isinstance(record.msg, str):
            return True
        for start, level in self.LEVELS.items():
            if record.msg.startswith(start):
                record.levelno, record.levelname = level, logging.getLevelName(level)
                return logging.getLogger(record.name).isEnabledFor(level)
        return True


INSTRUCTOR_RETRY_LOGGER = "instructor.v2.retry"
INSTRUCTOR_RETRY_LEVELS = InstructorRetryLevels()
# Installed on import: every path that runs instructor (API, CLI, probe, evals) imports this
# module first; ``addFilter`` takes the same filter object once however often this runs.
logging.getLogger(INSTRUCTOR_RETRY_LOGGER).addFilter(INSTRUCTOR_RETRY_LEVELS)
