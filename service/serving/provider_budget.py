"""A provider budget shared by every replica and worker: requests and tokens per minute.

Providers limit requests per minute (RPM) and tokens per minute (TPM) per
account, not per process. Each process holding its own share would waste the
budget or, summed, overshoot it into 429s. So what was spent lives in the store
(``ExtractionStore.take_budget``: every spend with its time, taken under a lock
per limit), and every HTTP request to the provider first takes its part: one
request, and its tokens estimated as the provider does, the prompt's length
plus the completion's ``max_tokens`` ceiling. The window slides: a request is
sent only if the last 60 seconds' spending plus its own fits, so no 60 seconds,
wherever they start, hold more than the limit (calendar minutes let twice the
limit through around a minute's boundary). Otherwise it waits until enough of
the oldest spending has left the window, instead of being sent to be refused.

It sits in the HTTP transport under the OpenAI SDK, so every request counts:
re-asks, chunks and transport retries included.

A share is granted before its request is sent, and the two can be seconds
apart when the process is busy (32 requests' CPU on one event loop, a first
model load): the provider counts the arrival, so a share timed at its grant
would leave the window early, and the next one's request could arrive less
than 60 s after it (measured: 98 arrivals in 60 s at a limit of 60). So once
the request's body has been written (httpcore's ``trace`` extension), its
share is moved to that moment (``restamp_budget``): a share is held from its
grant until 60 s after its request left. ``benchmarks/scale_out.py --parts
rpm`` checks it against the provider's own record of arrivals.

That holds while the share is still there to be moved: past the window, any
process taking the budget deletes it. A request held back more than half a
window between its grant and its headers is granted again before they leave
(``ProviderBudget.fresh``), so it never goes out on a share already gone.

A wait for the budget ends within a poll (``_STOP_POLL_S``) once the
extraction's owner is stopping (its cache's stop flag, the one the single
flight's wait and the CPU budget's checks look at: ``cpu_budget.stopping()``),
with ``ShuttingDownError``, and nothing is sent. Before, a request waiting up
to a minute for its share held the shutdown until that share came or a
cancellation reached it; a cancellation can be lost in a store call
(psycopg#1345), a flag cannot.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import structlog

from service.backends import create_backend
from service.backends.base import Backend
from service.errors import ShuttingDownError
from service.pipeline import cpu_budget
from service.serving.store.base import BudgetSpend, ExtractionStore
from service.settings import Settings

log = structlog.get_logger("newsfacts.budget")

WINDOW_S = 60.0
# Characters per token for the estimate: English text runs about 4.
_CHARS_PER_TOKEN = 4
# How often a wait for the budget looks at the stop flag: a stopping process's wait ends within this.
_STOP_POLL_S = 0.5


class ProviderBudget:
    def __init__(
        self,
        store: ExtractionStore,
        *,
        rpm: int | None,
        tpm: int | None,
        window_s: float = WINDOW_S,
        stale_after_s: float | None = None,
    ) -> None:
        self.store = store
        self.rpm = rpm
        self.tpm = tpm
        self.window_s = window_s
        # A grant older than this when its request starts to leave is taken again (``fresh``).
        self.stale_after_s = window_s / 2 if stale_after_s is None else stale_after_s
        self.waited_s = 0.0
        self.regranted = 0

    async def acquire(self, tokens: int) -> Grant:
        """Wait until this request fits both limits, and spend both at once."""
        spends = [
            BudgetSpend(name, amount, limit)
            for name, amount, limit in (("rpm", 1, self.rpm), ("tpm", tokens, self.tpm))
            if limit is not None
        ]
        stopping = cpu_budget.stopping()
        while (wait := await self.store.take_budget(spends, self.window_s, now := time.time())) > 0:
            # Waiters for the same freed share would all ask at one instant: spread them a little.
            pause = wait + random.uniform(0, 0.2)
            self.waited_s += pause
            log.info("provider_budget_wait", wait_s=round(pause, 2))
            await _pause(pause, stopping)
        return Grant(spends, now)

    async def fresh(self, grant: Grant) -> Grant:
        """``grant``, or a new one when it is too old to trust as its request starts to leave.

        A share is kept for one window from its grant until ``sent`` moves it, and
        any process taking the budget deletes shares past the window. A request held
        back longer than that (a busy event loop, a slow connection, a first model
        load) would find its share gone, be counted only from its sending, and
        arrive beside requests granted in the meantime: over the limit. Past
        ``stale_after_s`` (half the window: room for the body to be written and
        the share moved) it waits for a share again; the old one, if still there,
        just runs out.
        """
        if time.time() - grant.at < self.stale_after_s:
            return grant
        self.regranted += 1
        log.info("provider_budget_regrant", held_s=round(time.time() - grant.at, 2))
        return await self.acquire(sum(spend.amount for spend in grant.spends if spend.name == "tpm"))

    async def sent(self, grant: Grant, at: float) -> None:
        """The granted request left at ``at``: its shares count from then (``restamp_budget``)."""
        try:
            await self.store.restamp_budget(grant.spends, grant.at, at)
        except Exception as exc:
            # The share stays at its grant: the request goes on, the window may be short by the delay.
            log.warning("provider_budget_restamp_failed", error=repr(exc))


async def _pause(seconds: float, stopping: threading.Event | None) -> None:
    """Sleep ``seconds``, looking at ``stopping`` every ``_STOP_POLL_S``: once set, ``ShuttingDownError``."""
    if stopping is None:
        await asyncio.sleep(seconds)
        return
    until = time.monotonic() + seconds
    while not stopping.is_set() and (left := until - time.monotonic()) > 0:
        await asyncio.sleep(min(left, _STOP_POLL_S))
    if stopping.is_set():
        raise ShuttingDownError("this process is stopping; retry on another replica")


@dataclass(frozen=True)
class Grant:
    """Shares granted at ``at`` (the time they were recorded with)."""

    spends: list[BudgetSpend]
    at: float


def estimate_tokens(body: bytes) -> int:
    """Prompt tokens estimated from the request's size, plus its completion ceiling."""
    try:
        payload = json.loads(body)
        ceiling = int(payload.get("max_tokens") or payload.get("max_completion_tokens") or 0)
    except (ValueError, TypeError, AttributeError):
        ceiling = 0
    return len(body) // _CHARS_PER_TOKEN + ceiling


class BudgetTransport(httpx.AsyncBaseTransport):
    """An httpx transport that takes each POST's share of the budget before sending it."""

    def __init__(self, budget: ProviderBudget, inner: httpx.AsyncBaseTransport) -> None:
        self.budget = budget
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            grant = await self.budget.acquire(estimate_tokens(await request.aread()))
            request.extensions = {
                **request.extensions,
                "trace": self._trace(grant, request.extensions.get("trace")),
            }
        return await self.inner.handle_async_request(request)

    def _trace(self, grant: Grant, inner: Any) -> Callable[[str, dict[str, Any]], Awaitable[None]]:
        """httpcore's trace callback: a stale grant is taken again before the request's headers
        leave, and the grant is restamped once its body is written."""
        held = [grant]

        async def trace(name: str, info: dict[str, Any]) -> None:
            if name.endswith(".send_request_headers.started"):
                held[0] = await self.budget.fresh(held[0])
            elif name.endswith(".send_request_body.complete"):
                await self.budget.sent(held[0], time.time())
            if inner is not None:
                await inner(name, info)

        return trace

    async def aclose(self) -> None:
        await self.inner.aclose()


def create_budgeted_backend(
    settings: Settings, store: ExtractionStore, *, network: httpx.AsyncBaseTransport | None = None
) -> tuple[Backend, httpx.AsyncClient | None]:
    """The configured backend; the llm one sends through the shared budget when limits are set,
    and through this process's provider slots (``provider_slots``) when ``llm_concurrency`` is.

    Returns the HTTP client to close at shutdown, if one was made here. ``network``: the
    transport that reaches the provider (tests give a fake one; by default, httpx's own).
    """
    budgeted = settings.llm_rpm_limit is not None or settings.llm_tpm_limit is not None
    if settings.resolved_backend() not in ("llm", "hybrid") or not (
        budgeted or settings.llm_concurrency is not None
    ):
        return create_backend(settings=settings), None
    import openai
    from openai._constants import DEFAULT_CONNECTION_LIMITS

    from service.backends.llm import LLMBackend
    from service.serving.provider_slots import ProviderSlots, SlotTransport

    transport = network or httpx.AsyncHTTPTransport(limits=DEFAULT_CONNECTION_LIMITS)
    if settings.llm_concurrency is not None:
        # Inside the budget: a request waits for its share first, then for a slot, so a
        # slot is never held through a budget wait.
        transport = SlotTransport(ProviderSlots(settings.llm_concurrency), transport)
    if budgeted:
        budget = ProviderBudget(store, rpm=settings.llm_rpm_limit, tpm=settings.llm_tpm_limit)
        transport = BudgetTransport(budget, transport)
    client = openai.DefaultAsyncHttpxClient(transport=transport, timeout=settings.llm_timeout_s)
    if settings.resolved_backend() == "hybrid":
        from service.backends.hybrid import HybridBackend

        return HybridBackend(settings, http_client=client), client
    return LLMBackend(settings, http_client=client), client
