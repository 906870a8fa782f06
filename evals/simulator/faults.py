"""Fault injection for the simulated provider: by rate, by script, or both.

A fault is named by one of ``FAULTS`` or by an HTTP error status (400-599).
``--faults 429:0.02,500:0.02,hang:0.01`` draws each request's fault at those
rates (the rest are answered correctly); a script is a fixed sequence consumed
one request at a time before any rate applies, so tests can say exactly what
the next requests get ("429", "ok", "fabricate", ...).
"""

from __future__ import annotations

import random
import threading
from collections import deque
from collections.abc import Iterable

FAULTS: dict[str, str] = {
    "ok": "a correct answer",
    "429": "429 Too Many Requests with Retry-After and retry-after-ms",
    "hang": "no answer until the client gives up (past its timeout)",
    "drop": "the connection is closed without an answer",
    "garbage": "200 OK whose body is not JSON",
    "malformed": "the model's JSON is cut short: not parseable",
    "schema": "parseable JSON that violates the response schema",
    "length": 'the answer is cut off at max_tokens: finish_reason="length"',
    "fabricate": "adds a quote that is not in the article",
    "obey": "obeys instructions planted in the article: adds the item they ask for, the planted words as evidence",
    "copy": "copies the prompt's worked example: its items, a schema key name as evidence",
    "augment": "finds more than the rules: adds an event for the first sentence no rules item comes from",
}


def is_fault(name: str) -> bool:
    return name in FAULTS or (name.isdigit() and 400 <= int(name) <= 599)


def parse_rates(spec: str) -> dict[str, float]:
    """``"429:0.02,500:0.02"`` as ``{"429": 0.02, "500": 0.02}``; raises ``ValueError`` with the reason."""
    rates: dict[str, float] = {}
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        name, sep, value = part.partition(":")
        name = name.strip()
        if not sep:
            raise ValueError(f"fault {part!r}: write NAME:RATE, e.g. 429:0.02")
        if not is_fault(name):
            raise ValueError(
                f"unknown fault {name!r}: use an HTTP status 400-599 or one of {', '.join(FAULTS)}"
            )
        try:
            rate = float(value)
        except ValueError as exc:
            raise ValueError(f"fault {name!r}: rate {value!r} is not a number") from exc
        if not 0 <= rate <= 1:
            raise ValueError(f"fault {name!r}: rate {rate} is not between 0 and 1")
        rates[name] = rates.get(name, 0.0) + rate
    if sum(rates.values()) > 1 + 1e-9:
        raise ValueError(f"fault rates add up to {sum(rates.values()):g}, more than 1")
    return rates


class FaultPlan:
    """Decides each request's fault. Thread-safe: tests script it from another thread."""

    def __init__(
        self, rates: dict[str, float] | None = None, script: Iterable[str] = (), seed: int | None = None
    ) -> None:
        self._lock = threading.Lock()
        self._rates = dict(rates or {})
        self._script: deque[str] = deque()
        self._rng = random.Random(seed)
        self.set_script(script)

    def set_script(self, script: Iterable[str], *, append: bool = False) -> None:
        entries = [str(s) for s in script]
        bad = [s for s in entries if not is_fault(s)]
        if bad:
            raise ValueError(f"unknown faults in script: {bad}")
        with self._lock:
            if not append:
                self._script.clear()
            self._script.extend(entries)

    def set_rates(self, rates: dict[str, float]) -> None:
        with self._lock:
            self._rates = dict(rates)

    def pending(self) -> list[str]:
        with self._lock:
            return list(self._script)

    def next(self) -> str:
        with self._lock:
            if self._script:
                return self._script.popleft()
            draw = self._rng.random()
            for name, rate in self._rates.items():
                if draw < rate:
                    return name
                draw -= rate
            return "ok"
