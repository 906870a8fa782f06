"""Benchmark 2: cache hits against the bare stack.

One service process (``NEWSFACTS_BENCH_ROUTES=1``, the offline backend: a hit
never reaches a backend), one article extracted once. Then, in alternating
rounds on the same keep-alive connections, the same request body is sent to

* ``POST /v1/extractions``: the real route, answered from the cache;
* ``POST /_bench/stored/{id}``: the bare FastAPI route of
  ``service/api/bench.py``, returning the same stored bytes.

Each round sends ``--requests`` requests over ``--clients`` connections; the
figure is the median throughput of the real route's rounds over the median of
the bare route's, both from the same run. Goal >= 0.7. Server CPU per request
(from ``/proc``) is reported too: it does not depend on how fast the client is.
Every real-route answer is checked: 200, ``X-Cache: hit``, the bare route's bytes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from dataclasses import dataclass

from benchmarks import _harness as h

TITLE = "Cache hits against the bare stack (benchmark 2)"


@dataclass
class Round:
    route: str
    requests: int
    elapsed_s: float
    server_cpu_s: float
    client_cpu_s: float

    @property
    def rate(self) -> float:
        return self.requests / self.elapsed_s

    @property
    def server_us(self) -> float:
        return 1e6 * self.server_cpu_s / self.requests


async def one_round(
    route: str, service: h.Proc, request: bytes, expect: bytes, clients: int, total: int, max_seconds: float
) -> Round:
    connections = [await h.RawConnection.open(service.port) for _ in range(clients)]
    per_client = total // clients
    bad: list[str] = []

    async def client(conn: h.RawConnection) -> None:
        for _ in range(per_client):
            status, headers, body = await conn.send(request)
            if status != 200 or body != expect:
                bad.append(f"{route}: {status} {body[:120]!r}")
            elif route == "real" and headers.get(b"x-cache") != b"hit":
                bad.append(f"{route}: X-Cache {headers.get(b'x-cache')!r}")

    s0, c0 = service.cpu_seconds(), time.process_time()
    started = time.perf_counter()
    async with asyncio.timeout(max_seconds):
        await asyncio.gather(*(client(c) for c in connections))
    elapsed = time.perf_counter() - started
    s1, c1 = service.cpu_seconds(), time.process_time()
    for conn in connections:
        await conn.close()
    if bad:
        raise AssertionError(f"{len(bad)} wrong answers, first: {bad[0]}")
    return Round(route, per_client * clients, elapsed, s1 - s0, c1 - c0)


async def main_async(args: argparse.Namespace) -> str:
    text = h.seed_texts()[0]
    body = json.dumps({"text": text}).encode()
    with h.workdir("bench-cache-hits") as work:
        service = h.start_service(work / "data", work, env_extra={"NEWSFACTS_BENCH_ROUTES": "1"})
        with h.stopping(service):
            conn = await h.RawConnection.open(service.port)
            real = h.raw_request("POST", "/v1/extractions", body)
            status, headers, first = await conn.send(real)
            if status != 200:
                raise RuntimeError(f"the first extraction failed: {status} {first[:300]!r}")
            extraction_id = headers[b"content-location"].decode().rsplit("/", 1)[-1]
            bare = h.raw_request("POST", f"/_bench/stored/{extraction_id}", body)
            status, _, stored = await conn.send(bare)
            await conn.close()
            if status != 200 or stored != first:
                raise RuntimeError(f"the bare route does not return the stored bytes: {status}")
            # Warm-up of both paths, not counted.
            for route, request in (("real", real), ("bare", bare)):
                await one_round(route, service, request, first, args.clients, args.requests // 4, 60)
            rounds: list[Round] = []
            # ABBA order, so drift on a shared machine weighs on both routes alike.
            order = [("real", real), ("bare", bare), ("bare", bare), ("real", real)] * (args.rounds // 2)
            for route, request in order:
                rounds.append(
                    await one_round(route, service, request, first, args.clients, args.requests, 120)
                )
            rss = service.rss_bytes()
    real_rounds = [r for r in rounds if r.route == "real"]
    bare_rounds = [r for r in rounds if r.route == "bare"]

    def med(rs: list[Round], attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in rs)

    rate_ratio = h.ratio(med(real_rounds, "rate"), med(bare_rounds, "rate"))
    cpu_ratio = h.ratio(med(bare_rounds, "server_us"), med(real_rounds, "server_us"))
    rows = [
        "| route | rounds | requests/round | median req/s | min–max req/s | server CPU µs/req | client CPU µs/req |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, rs in (
        ("`POST /v1/extractions` (hit)", real_rounds),
        ("bare `POST /_bench/stored/{id}`", bare_rounds),
    ):
        rates = [r.rate for r in rs]
        client_us = statistics.median(1e6 * r.client_cpu_s / r.requests for r in rs)
        rows.append(
            f"| {name} | {len(rs)} | {rs[0].requests} | {med(rs, 'rate'):.0f} | "
            f"{min(rates):.0f}–{max(rates):.0f} | {med(rs, 'server_us'):.0f} | {client_us:.0f} |"
        )
    verdict = "met" if rate_ratio >= 0.7 else "NOT met"
    return (
        f'Body: seed 000 as `{{"text": ...}}` ({len(body)} bytes); answer {len(first)} bytes; '
        f"{args.clients} keep-alive connections; service RSS at the end {h.mb(rss)}.\n\n"
        + "\n".join(rows)
        + f"\n\nThroughput ratio real / bare: **{rate_ratio:.3f}**; server CPU per request, bare / real: "
        f"{cpu_ratio:.3f}. Goal (>= 0.7): **{verdict}**.\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark 2: cache hits against the bare stack.")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=4000, help="Requests per round.")
    parser.add_argument("--rounds", type=int, default=4, help="Rounds per route (even).")
    parser.add_argument("--record", action="store_true", help="Write the section into RESULTS.md.")
    args = parser.parse_args()
    text = h.section(TITLE, asyncio.run(main_async(args)))
    print(text)
    if args.record:
        h.record(TITLE, text)


if __name__ == "__main__":
    main()
