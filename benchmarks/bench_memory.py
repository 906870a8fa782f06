"""Benchmark 5: memory after 20,000 mixed requests.

One service process, llm backend against the simulated provider (20 ms
latency, answers kept: ``_memo_simulator``), so every miss goes through
instructor, the openai client and httpx, where a leak would most likely be.
``--requests`` (20,000) requests in a fixed, seeded mix, sent by ``--clients``
(8) concurrent clients in batches of 1,000; the service's RSS (``VmRSS``) and
its cache's in-memory layer (``/v1/cache/stats``) are read after every batch.

Mix: cache hits on 50 warm articles, misses on new distinct articles,
``GET /v1/extractions/{id}``, batches of three warm articles, stories of two,
small jobs, bad input (empty, wrong type, wrong content type, malformed JSON,
unknown id: 4xx), and ``/metrics``, ``/v1/cache/stats``, ``/healthz``.

Goal: RSS after 20,000 requests within 50 MB of RSS after the first 1,000.
The in-memory cache layer is bounded (``NEWSFACTS_CACHE_MEMORY_BYTES``, 16 MB
by default) and fills by design, so its growth is reported beside RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
from collections import Counter
from dataclasses import dataclass

import httpx

from benchmarks import _harness as h

TITLE = "Memory after 20,000 mixed requests (benchmark 5)"
BATCH = 1000


@dataclass(frozen=True)
class Call:
    kind: str
    method: str
    path: str
    body: bytes | None
    content_type: str
    expect: frozenset[int]


def _json_call(kind: str, path: str, data: object, expect: set[int]) -> Call:
    return Call(kind, "POST", path, json.dumps(data).encode(), "application/json", frozenset(expect))


def plan(n: int, warm: list[str], warm_ids: list[str], miss_share: float, rng: random.Random) -> list[Call]:
    """``n`` calls in a seeded mix; each new article is used once."""
    mix = [
        ("hit", 0.45),
        ("miss", miss_share),
        ("get", 0.10),
        ("batch", 0.04),
        ("story", 0.03),
        ("job", 0.02),
        ("bad", 0.10),
        ("ops", 0.06),
    ]
    kinds, weights = zip(*mix, strict=True)
    drawn = rng.choices(kinds, weights=weights, k=n)
    fresh = iter(h.distinct_articles(drawn.count("miss"), salt="m"))
    calls: list[Call] = []
    for kind in drawn:
        if kind == "hit":
            calls.append(_json_call(kind, "/v1/extractions", {"text": rng.choice(warm)}, {200}))
        elif kind == "miss":
            calls.append(_json_call(kind, "/v1/extractions", {"text": next(fresh)}, {200}))
        elif kind == "get":
            calls.append(
                Call(kind, "GET", f"/v1/extractions/{rng.choice(warm_ids)}", None, "", frozenset({200}))
            )
        elif kind == "batch":
            articles = [{"text": t} for t in rng.sample(warm, 3)]
            calls.append(_json_call(kind, "/v1/extractions/batch", {"articles": articles}, {200}))
        elif kind == "story":
            calls.append(_json_call(kind, "/v1/stories", {"extraction_ids": rng.sample(warm_ids, 2)}, {200}))
        elif kind == "job":
            articles = [{"text": t} for t in rng.sample(warm, 2)]
            calls.append(_json_call(kind, "/v1/jobs", {"articles": articles}, {202}))
        elif kind == "bad":
            calls.append(
                rng.choice(
                    [
                        _json_call(kind, "/v1/extractions", {"text": "   "}, {400}),
                        _json_call(kind, "/v1/extractions", {"text": 42}, {422}),
                        Call(
                            kind, "POST", "/v1/extractions", b"not json", "application/json", frozenset({400})
                        ),
                        Call(kind, "POST", "/v1/extractions", b"text", "text/plain", frozenset({415})),
                        Call(kind, "GET", "/v1/extractions/" + "0" * 32, None, "", frozenset({404})),
                    ]
                )
            )
        else:
            path = rng.choice(["/metrics", "/v1/cache/stats", "/healthz"])
            calls.append(Call(kind, "GET", path, None, "", frozenset({200})))
    return calls


async def main_async(args: argparse.Namespace) -> str:
    rng = random.Random(11)
    warm = h.distinct_articles(50, salt="w")
    statuses: Counter[str] = Counter()
    unexpected: list[str] = []
    samples: list[tuple[int, int, int]] = []  # (requests done, RSS, cache memory bytes)
    with h.workdir("bench-memory") as work:
        sim = h.start_simulator(work, latency_ms=args.latency_ms, memo=True)
        extra = {}
        if args.cache_memory_bytes is not None:
            extra["NEWSFACTS_CACHE_MEMORY_BYTES"] = str(args.cache_memory_bytes)
        service = h.start_service(work / "data", work, simulator=sim, env_extra=extra)
        with h.stopping(service, sim):
            async with h.http_client(args.clients, timeout_s=60) as client:
                base = service.base_url

                async def send(call: Call) -> None:
                    headers = {"content-type": call.content_type} if call.content_type else {}
                    r = await client.request(
                        call.method, base + call.path, content=call.body, headers=headers
                    )
                    statuses[f"{call.kind} {r.status_code}"] += 1
                    if r.status_code not in call.expect:
                        unexpected.append(
                            f"{call.kind} {call.method} {call.path}: {r.status_code} {r.text[:200]}"
                        )

                warm_ids = []
                for text in warm:
                    r = await client.post(base + "/v1/extractions", json={"text": text})
                    r.raise_for_status()
                    warm_ids.append(r.json()["id"])
                calls = plan(args.requests, warm, warm_ids, args.miss_share, rng)
                rss0 = service.rss_bytes()
                done = 0
                for start in range(0, len(calls), BATCH):
                    run = await h.run_load(
                        calls[start : start + BATCH], send, concurrency=args.clients, max_seconds=300
                    )
                    unexpected += run.errors
                    if run.timed_out:
                        raise RuntimeError(f"a batch of {BATCH} did not finish in 300 s")
                    done += run.done
                    stats = httpx.get(base + "/v1/cache/stats", timeout=10).json()
                    samples.append((done, service.rss_bytes(), int(stats["memory_bytes"])))
                    print(
                        f"{done:>6} requests: RSS {h.mb(samples[-1][1])}, cache layer {h.mb(samples[-1][2])}"
                    )
                healthy = httpx.get(base + "/readyz", timeout=10).status_code == 200 and service.alive()
    first, last = samples[0], samples[-1]
    growth = last[1] - first[1]
    cache_growth = last[2] - first[2]
    verdict = "met" if growth <= 50e6 else "NOT met"
    rows = ["| requests | RSS | growth since 1,000 | cache in-memory layer |", "| --- | --- | --- | --- |"]
    for n, rss, mem in samples:
        if n in (1000, 2000, 5000, 10000, 15000) or n == last[0]:
            rows.append(f"| {n:,} | {h.mb(rss)} | {h.mb(rss - first[1])} | {h.mb(mem)} |")
    mix = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items()))
    return (
        f"{args.requests:,} requests, {args.clients} clients, simulator latency {args.latency_ms:g} ms, "
        f"`NEWSFACTS_CACHE_MEMORY_BYTES` {'default' if args.cache_memory_bytes is None else args.cache_memory_bytes}, "
        f"misses {args.miss_share:.0%} (each a new article). RSS before the first request "
        f"(after warming 50 articles): {h.mb(rss0)}.\n\n"
        + "\n".join(rows)
        + f"\n\nOutcomes (kind status: count): {mix}.\n\n"
        f"Unexpected statuses or errors: {len(unexpected)}"
        + (f" (first: {unexpected[0]})" if unexpected else "")
        + f"; healthy at the end: {healthy}.\n\n"
        f"RSS growth from 1,000 to {last[0]:,} requests: **{h.mb(growth)}**, of which the bounded cache layer "
        f"{h.mb(cache_growth)}. Goal (<= 50 MB): **{verdict}**.\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark 5: memory after many mixed requests.")
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--miss-share", type=float, default=0.10)
    parser.add_argument("--latency-ms", type=float, default=20.0)
    parser.add_argument(
        "--cache-memory-bytes",
        type=int,
        default=None,
        help="NEWSFACTS_CACHE_MEMORY_BYTES of the service (default: its own default); 0 turns the layer off.",
    )
    parser.add_argument("--record", action="store_true", help="Write the section into RESULTS.md.")
    args = parser.parse_args()
    title = TITLE
    if args.cache_memory_bytes is not None:
        title += f", in-memory cache layer {h.mb(args.cache_memory_bytes)}"
    text = h.section(title, asyncio.run(main_async(args)))
    print(text)
    if args.record:
        h.record(title, text)


if __name__ == "__main__":
    main()
