"""Helpers for the API tests: a counting fake backend and a running app with a client.

The fake stands in for the extractor only; everything under test (cache,
single flight, store, jobs, HTTP layer) is the real thing.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import httpx
from fastapi import FastAPI

from schemas import ExtractionDraft, ExtractorInfo, Usage
from service.api import create_app
from service.backends.base import BackendResult
from service.pipeline.document import Document
from service.settings import Settings

T = TypeVar("T")


class FakeBackend:
    """Counts calls; can wait on a gate, fail on chosen calls, and change its fingerprint."""

    name = "fake"

    def __init__(
        self,
        *,
        prompt: str = "p1",
        gate: asyncio.Event | None = None,
        fail: Callable[[int], BaseException | None] | None = None,
        usage: Usage | None = None,
    ) -> None:
        self.prompt = prompt
        self.gate = gate
        self.fail = fail
        self.usage = usage or Usage(llm_calls=1, prompt_tokens=100, completion_tokens=20)
        self.calls = 0
        self.texts: list[str] = []

    def info(self) -> ExtractorInfo:
        return ExtractorInfo(backend=self.name, model="fake-model", version="1", prompt_version=self.prompt)

    def fingerprint(self) -> dict[str, Any]:
        return {"name": self.name, "model": "fake-model", "prompt": self.prompt}

    async def extract(self, doc: Document) -> BackendResult:
        self.calls += 1
        self.texts.append(doc.text)
        call = self.calls
        if self.gate is not None:
            await self.gate.wait()
        if self.fail is not None and (exc := self.fail(call)) is not None:
            raise exc
        return BackendResult(draft=ExtractionDraft(), usage=self.usage.model_copy())

    async def aclose(self) -> None:
        return None


@asynccontextmanager
async def running(
    settings: Settings, backend: Any, **kwargs: Any
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    """The app with its lifespan started, and an in-process client."""
    app = create_app(settings, backend, configure_logs=False, **kwargs)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield app, client


# How long a test waits for a state that takes milliseconds when the code works: a deadline in
# seconds, not a count of polls (2000 polls of 5 ms, 10 s, is a budget a loaded 2-core CI
# machine can exhaust). Only a broken test waits this long, and its message says for what.
WAIT_S = 60.0


async def eventually(predicate: Callable[[], bool], *, within_s: float = WAIT_S, what: str = "") -> None:
    """Yield to the loop until ``predicate`` holds (bounded, so a bug fails instead of hanging)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"never happened within {within_s:g} s: {what or 'the condition'}")
        await asyncio.sleep(0.005)


async def polled(
    read: Callable[[], Awaitable[T]], done: Callable[[T], bool], *, what: str, within_s: float = WAIT_S
) -> T:
    """Read with ``read()`` until ``done`` holds for what it returns; that value (bounded as ``eventually``)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    while not done(value := await read()):
        if loop.time() > deadline:
            raise AssertionError(f"never happened within {within_s:g} s: {what}; last read: {value!r}")
        await asyncio.sleep(0.005)
    return value
