"""The CPU budget of one extraction, and the way a server stops the ones under way.

An extraction's CPU-bound steps (the rules extractor, grounding) run in worker
threads and call ``check()`` between units of work (a sentence, an item). It
raises ``ExtractionBudgetError`` once the extraction has used more CPU than its
budget, and ``ShuttingDownError`` once its owner (the server's cache) has begun
to stop, so no request can hold a thread (or a shutdown) for longer than its
budget.

CPU time of the working thread (``time.thread_time``), not wall time: the same
article costs the same whatever else the machine is doing, so the answer
(422 ``extraction-budget``) is a property of the article, not of the load.
Threads cannot be killed from outside; every step between two checks is
bounded instead (sentences are at most ``MAX_SENTENCE_CHARS`` long).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

from service.errors import ExtractionBudgetError, ShuttingDownError


@dataclass
class Budget:
    limit_s: float | None
    stopping: threading.Event | None = None
    spent_s: float = 0.0
    # Thread CPU clock and wall clock at the start of the segment running now, per thread.
    _started: dict[int, tuple[float, float]] = field(default_factory=dict)

    @contextlib.contextmanager
    def segment(self) -> Iterator[None]:
        """Count this thread's CPU time from now to the end of the block against the budget."""
        me = threading.get_ident()
        self._started[me] = (time.thread_time(), time.perf_counter())
        try:
            yield
        finally:
            self.spent_s += time.thread_time() - self._started.pop(me)[0]

    def used_s(self) -> float:
        started = self._started.get(threading.get_ident())
        return self.spent_s + (time.thread_time() - started[0] if started is not None else 0.0)

    def within(self, limit_s: float) -> bool:
        """True when this thread's segment certainly has not used more than ``limit_s`` in all yet.

        A thread cannot have used more CPU than the wall time since its segment began, and the
        wall clock is read in nanoseconds where the thread's CPU clock is a system call: the
        checks between items ask the CPU clock only once the wall clock no longer rules it out.
        """
        started = self._started.get(threading.get_ident())
        return started is not None and self.spent_s + (time.perf_counter() - started[1]) <= limit_s


_current: ContextVar[Budget | None] = ContextVar("newsfacts_budget", default=None)


@contextlib.contextmanager
def limited(limit_s: float | None, stopping: threading.Event | None = None) -> Iterator[Budget]:
    """Run the block (and the worker threads it starts with ``asyncio.to_thread``) under one budget.

    ``stopping``: once set, the extraction ends at its next check.
    """
    budget = Budget(limit_s, stopping)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


@contextlib.contextmanager
def segment() -> Iterator[None]:
    """A CPU-bound stretch in this thread, counted against the current budget (if any)."""
    budget = _current.get()
    if budget is None:
        yield
        return
    with budget.segment():
        yield


def stopping() -> threading.Event | None:
    """The stop flag of the extraction running in this context (its owner's), if any.

    Waits of the extraction's own that are not CPU work (the provider budget's)
    look at it too, so a stopping server ends them within a poll.
    """
    budget = _current.get()
    return budget.stopping if budget is not None else None


def check() -> None:
    """Raise if the current extraction's owner is stopping or the extraction is over its budget."""
    budget = _current.get()
    if budget is None:
        return
    if budget.stopping is not None and budget.stopping.is_set():
        raise ShuttingDownError("the service is shutting down; retry later")
    if budget.limit_s is None or budget.within(budget.limit_s):
        return
    used = budget.used_s()
    if used > budget.limit_s:
        raise ExtractionBudgetError(
            f"extracting this article took more than the {budget.limit_s:g} s of CPU one extraction may use "
            f"({used:.1f} s spent); split it into shorter articles"
        )
