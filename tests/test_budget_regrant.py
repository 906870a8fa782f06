"""A request held back between its budget grant and its sending is granted again (issue 16).

A share lives in the store for one window from its grant, until the request's
body is written and the share is moved to that moment. Held back past the
window (a busy loop, a slow connection), the share was already deleted by the
next taker, the request went out beside the ones granted meanwhile, and the
provider saw more than the limit in one window. Here a real HTTP exchange on
loopback is held at its connection for longer than the window, against a
receiver that records when each request arrived.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from service.serving.provider_budget import BudgetTransport, ProviderBudget
from service.serving.store.base import Store
from service.serving.store.factory import open_store
from service.settings import Settings

pytestmark = pytest.mark.anyio

WINDOW_S = 2.0


@pytest.fixture(params=["sqlite", "postgresql"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    url = SecretStr(request.getfixturevalue("postgres_url")) if request.param == "postgresql" else None
    opened = await open_store(Settings(data_dir=tmp_path / "data", database_url=url))
    try:
        yield opened
    finally:
        await opened.close()


async def _receiver(arrivals: list[float]) -> tuple[asyncio.Server, str]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length:")
        )
        await reader.readexactly(length)
        arrivals.append(time.monotonic())
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/v1/chat/completions"


async def test_a_request_held_back_past_the_window_waits_for_a_fresh_share(store: Store) -> None:
    arrivals: list[float] = []
    server, url = await _receiver(arrivals)
    budget = ProviderBudget(store, rpm=1, tpm=None, window_s=WINDOW_S, stale_after_s=WINDOW_S / 2)

    async def held_at_connect(name: str, info: dict[str, Any]) -> None:
        # The request's connection takes longer than the window (the grant is already taken).
        if name == "connection.connect_tcp.started":
            await asyncio.sleep(WINDOW_S * 1.5)

    async def post(trace: Any = None) -> None:
        async with httpx.AsyncClient(transport=BudgetTransport(budget, httpx.AsyncHTTPTransport())) as client:
            extensions = {"trace": trace} if trace is not None else {}
            response = await client.post(url, content=b"{}", extensions=extensions)
            assert response.status_code == 200

    try:
        held = asyncio.create_task(post(held_at_connect))
        # The held request's share leaves the window: another request is granted and sent at once.
        await asyncio.sleep(WINDOW_S * 1.1)
        await asyncio.wait_for(post(), 30)
        await asyncio.wait_for(held, 30)
    finally:
        server.close()
        await server.wait_closed()
    assert len(arrivals) == 2
    # rpm=1: the two arrivals are a window apart (less what the loopback takes), never side by side.
    # Before the re-grant they were WINDOW_S * 0.4 apart.
    assert arrivals[1] - arrivals[0] >= WINDOW_S * 0.75, arrivals
    assert budget.regranted == 1
