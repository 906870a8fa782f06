"""Slow and idle clients against `newsfacts serve` on loopback: are connections bounded? (issue 13, defect 3)

Starts the service with short limits (so the run is short) and measures, from
the outside:

1. slow headers: connections that send a request line and then one header byte
   every 0.5 s: how long until the server closes each (goal: about
   ``NEWSFACTS_HTTP_HEADER_TIMEOUT_S``);
2. slow bodies: complete headers announcing 100 KB, then 10 bytes every 0.5 s:
   closed about ``NEWSFACTS_HTTP_BODY_TIMEOUT_S`` after the headers;
3. an idle flood: many more connections than ``NEWSFACTS_HTTP_MAX_CONNECTIONS``
   opened at once and held without sending anything: the service's open file
   descriptors and RSS (from ``/proc``) must stay bounded, and every flood
   connection must be closed within the header timeout;
4. ``/healthz`` from fresh connections after the flood: answered again.

Everything is bounded in count and time and runs on 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import time

import httpx

from benchmarks import _harness as h

TITLE = "Slow clients (connection limits)"
HEADER_TIMEOUT_S = 2.0
BODY_TIMEOUT_S = 3.0
KEEP_ALIVE_S = 2.0
MAX_CONNECTIONS = 200


def open_fds(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


async def _closed_after(reader: asyncio.StreamReader, started: float, limit_s: float) -> float | None:
    """Seconds from ``started`` until the server closed the connection (None: still open at the limit)."""
    try:
        async with asyncio.timeout(limit_s):
            while await reader.read(4096):
                pass
        return time.perf_counter() - started
    except TimeoutError:
        return None
    except ConnectionError:
        return time.perf_counter() - started


async def slow_header(port: int, limit_s: float) -> float | None:
    reader, writer = await asyncio.open_connection(h.LOOPBACK, port)
    started = time.perf_counter()
    writer.write(b"POST /v1/extractions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    return await _trickle(reader, writer, b"a", started, limit_s)


async def slow_body(port: int, limit_s: float) -> float | None:
    reader, writer = await asyncio.open_connection(h.LOOPBACK, port)
    writer.write(
        b"POST /v1/extractions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100000\r\n\r\n"
    )
    await writer.drain()
    started = time.perf_counter()
    return await _trickle(reader, writer, b'{"text": "', started, limit_s)


async def _trickle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, chunk: bytes, started: float, limit_s: float
) -> float | None:
    """Send ``chunk`` every half second until the server closes the connection (or ``limit_s`` passes)."""

    async def trickle() -> None:
        try:
            while True:
                await asyncio.sleep(0.5)
                writer.write(chunk)
                await writer.drain()
        except (ConnectionError, RuntimeError):
            return

    task = asyncio.create_task(trickle())
    closed = await _closed_after(reader, started, limit_s)
    task.cancel()
    writer.close()
    return closed


async def idle_flood(port: int, count: int, limit_s: float, pid: int) -> dict[str, object]:
    fds_before = open_fds(pid)
    rss_before = h.rss_bytes(pid)
    samples: list[int] = []
    rss_peak = rss_before

    async def one() -> float | None:
        try:
            reader, writer = await asyncio.open_connection(h.LOOPBACK, port)
        except OSError:
            return 0.0
        closed = await _closed_after(reader, time.perf_counter(), limit_s)
        writer.close()
        return closed

    async def sample() -> None:
        nonlocal rss_peak
        while True:
            samples.append(open_fds(pid))
            rss_peak = max(rss_peak, h.rss_bytes(pid))
            await asyncio.sleep(0.1)

    sampler = asyncio.create_task(sample())
    closes = await asyncio.gather(*(one() for _ in range(count)))
    sampler.cancel()
    still_open = sum(1 for c in closes if c is None)
    closed = [c for c in closes if c is not None]
    return {
        "connections": count,
        "still_open_at_limit": still_open,
        "closed_at_once": sum(1 for c in closed if c < 0.5),
        "close_max_s": max(closed) if closed else None,
        "fds_before": fds_before,
        "fds_peak": max(samples) if samples else fds_before,
        "fds_after": open_fds(pid),
        "rss_before_mb": rss_before / 1e6,
        "rss_peak_mb": rss_peak / 1e6,
    }


def _summary(values: list[float | None]) -> str:
    closed = [v for v in values if v is not None]
    if not closed:
        return f"0 of {len(values)} closed"
    return (
        f"{len(closed)} of {len(values)} closed; after median {statistics.median(closed):.2f} s, "
        f"max {max(closed):.2f} s"
    )


async def run(slow: int, flood: int) -> dict[str, object]:
    with h.workdir("slow-clients") as work:
        service = h.start_service(
            work / "data",
            work,
            http_header_timeout_s=str(HEADER_TIMEOUT_S),
            http_body_timeout_s=str(BODY_TIMEOUT_S),
            http_keep_alive_s=str(KEEP_ALIVE_S),
            http_max_connections=str(MAX_CONNECTIONS),
        )
        with h.stopping(service):
            port = service.port
            limit = 4 * max(HEADER_TIMEOUT_S, BODY_TIMEOUT_S)
            headers = await asyncio.gather(*(slow_header(port, limit) for _ in range(slow)))
            bodies = await asyncio.gather(*(slow_body(port, limit) for _ in range(slow)))
            flooded = await idle_flood(port, flood, limit, service.pid)
            async with httpx.AsyncClient(base_url=service.base_url, timeout=5) as client:
                health = [(await client.get("/healthz")).status_code for _ in range(20)]
    return {"headers": headers, "bodies": bodies, "flood": flooded, "health": health}


def markdown(result: dict[str, object]) -> str:
    flood = result["flood"]
    assert isinstance(flood, dict)
    health = result["health"]
    assert isinstance(health, list)
    headers, bodies = result["headers"], result["bodies"]
    assert isinstance(headers, list) and isinstance(bodies, list)
    return (
        f"## {TITLE}\n\nCommand: `{h.command_line()}`\n\n{h.machine()}\n"
        f"Limits for the run: header timeout {HEADER_TIMEOUT_S:g} s, body timeout {BODY_TIMEOUT_S:g} s, "
        f"keep-alive {KEEP_ALIVE_S:g} s, {MAX_CONNECTIONS} connections (defaults: 10 s, 60 s, 5 s, 1000).\n\n"
        "| attack | result |\n| --- | --- |\n"
        f"| slow headers (a byte every 0.5 s) | {_summary(headers)} |\n"
        f"| slow bodies (10 bytes every 0.5 s of 100 KB) | {_summary(bodies)} |\n"
        f"| idle flood: {flood['connections']} connections held | {flood['still_open_at_limit']} still open "
        f"at the end; {flood['closed_at_once']} closed at once (over the cap); the rest closed by the header "
        f"timeout, the last after {flood['close_max_s']:.2f} s |\n"
        f"| service file descriptors | {flood['fds_before']} before, {flood['fds_peak']} at the peak, "
        f"{flood['fds_after']} after |\n"
        f"| service RSS | {flood['rss_before_mb']:.0f} MB before, {flood['rss_peak_mb']:.0f} MB at the peak |\n"
        f"| `/healthz` after the flood | {health.count(200)} of {len(health)} answered 200 |\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slow", type=int, default=50, help="slow-header and slow-body connections each")
    parser.add_argument("--flood", type=int, default=2000, help="idle connections opened at once")
    parser.add_argument("--record", action="store_true", help="write the section into RESULTS.md")
    args = parser.parse_args()
    result = asyncio.run(run(args.slow, args.flood))
    md = markdown(result)
    print(md)
    if args.record:
        h.record(TITLE, md)


if __name__ == "__main__":
    main()
