"""Issue 13, defect 3: a slow header or body cannot hold a connection, and open connections are capped.

Against `newsfacts serve` on loopback with short limits from the settings. The
waits below are bounds far above the limits, not timings: before the fix the
connections stayed open for ever.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator

import httpx
import pytest

from tests.live_server import free_port, running_server

CAP = 20
# Short for a test, yet seconds: the cap test tells a close by the cap (at once) from one by
# the header timeout by this margin, and at 1 s a loaded machine's stalls (the test opening
# its 20 connections, the server accepting them) could eat it.
HEADER_TIMEOUT_S = 5.0


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    tmp = tmp_path_factory.mktemp("limits")
    port = free_port()
    limits = {
        "NEWSFACTS_HTTP_HEADER_TIMEOUT_S": f"{HEADER_TIMEOUT_S:g}",
        "NEWSFACTS_HTTP_BODY_TIMEOUT_S": f"{HEADER_TIMEOUT_S:g}",
        "NEWSFACTS_HTTP_MAX_CONNECTIONS": str(CAP),
    }
    with running_server(tmp / "data", env=limits, port=port):
        yield port


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> bool:
    try:
        async with asyncio.timeout(seconds):
            while await reader.read(4096):
                pass
        return True
    except ConnectionError:
        return True
    except TimeoutError:
        return False


@pytest.mark.anyio
async def test_a_slow_header_is_cut_off(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: a")
    await writer.drain()
    assert await _closed_within(reader, 15)
    writer.close()


@pytest.mark.anyio
async def test_a_slow_body_is_cut_off(port: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST /v1/extractions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1000\r\n\r\n{"
    )
    await writer.drain()
    assert await _closed_within(reader, 15)
    writer.close()


@pytest.mark.anyio
async def test_connections_past_the_cap_are_closed_at_once_and_the_service_recovers(port: int) -> None:
    # The server accepts in arrival order: the held ones are counted before the extra ones.
    held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(CAP)]
    extra = [await asyncio.open_connection("127.0.0.1", port) for _ in range(5)]
    closed = await asyncio.gather(*(_closed_within(r, HEADER_TIMEOUT_S - 1) for r, _ in extra))
    assert all(closed)  # closed before the header timeout: by the cap
    for _, w in held + extra:
        w.close()
    # The closed connections leave the count; then the service answers again (a new connection
    # refused while the server has not yet seen them all go is retried, within a bound).
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
        async with asyncio.timeout(30):
            while True:
                with contextlib.suppress(httpx.TransportError):
                    if (await client.get("/healthz")).status_code == 200:
                        break
                await asyncio.sleep(0.1)


@pytest.mark.anyio
async def test_ordinary_requests_on_a_kept_alive_connection_still_work(port: int) -> None:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
        for _ in range(3):
            r = await client.post("/v1/extractions", json={"text": "The council approved 40 homes."})
            assert r.status_code == 200
            await asyncio.sleep(0.3)
