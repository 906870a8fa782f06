"""Benchmark 1: concurrency against the LLM's latency.

The service over HTTP, llm backend against the simulated provider answering
after ``--latency-ms`` (500), ``--clients`` (32) concurrent clients posting
``--articles`` (1,000) distinct articles. Ideal throughput is clients /
latency (64 extractions/s); the figure is the measured share of it. Goal >= 0.9.

Two passes over the same articles, each against a fresh service (cold cache):

1. simulator-bound: the simulator computes every answer (its rules extractor,
   ~20 ms of CPU per article on one event loop);
2. service-bound: the simulator replays the answers it computed in pass 1
   (``_memo_simulator``), so what limits throughput is the service.

CPU seconds per extraction of the service, the simulator and this load
generator are read from ``/proc`` around each pass; the simulator's
``max_inflight`` shows how many LLM calls were really under way at once.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from dataclasses import dataclass

import httpx

from benchmarks import _harness as h


@dataclass
class Pass:
    name: str
    run: h.LoadRun[tuple[int, str, float]]
    service_cpu_s: float
    simulator_cpu_s: float
    client_cpu_s: float
    max_inflight: int
    worker_cpu_s: list[float]

    def per_extraction_ms(self, cpu_s: float) -> float:
        return 1000 * cpu_s / max(1, self.run.done)


async def one_pass(
    name: str,
    articles: list[str],
    service: h.Proc,
    simulator: h.Proc,
    clients: int,
    max_seconds: float,
) -> Pass:
    async with h.http_client(clients, timeout_s=120) as client:
        httpx.post(simulator.base_url + "/_sim/reset", timeout=5)
        url = service.base_url + "/v1/extractions"

        async def send(text: str) -> tuple[int, str, float]:
            started = time.perf_counter()
            r = await client.post(url, json={"text": text})
            return r.status_code, r.headers.get("x-cache", ""), time.perf_counter() - started

        pids = h.process_tree(service.pid)
        w0 = [h.cpu_seconds(pid) for pid in pids]
        s0, m0, c0 = service.cpu_seconds(), simulator.cpu_seconds(), time.process_time()
        run = await h.run_load(articles, send, concurrency=clients, max_seconds=max_seconds)
        s1, m1, c1 = service.cpu_seconds(), simulator.cpu_seconds(), time.process_time()
        # Per process: with several workers, how evenly the connections were shared.
        workers = [h.cpu_seconds(pid) - before for pid, before in zip(pids, w0, strict=True)]
    stats = httpx.get(simulator.base_url + "/_sim/stats", timeout=5).json()
    busy = [w for w in workers if w > 0.05] if len(workers) > 1 else workers
    return Pass(name, run, s1 - s0, m1 - m0, c1 - c0, int(stats["max_inflight"]), busy)


def describe(p: Pass, ideal: float) -> list[str]:
    ok = sum(1 for status, _, _ in p.run.results if status == 200)
    misses = sum(1 for _, cache, _ in p.run.results if cache == "miss")
    latencies = sorted(t for _, _, t in p.run.results)
    p50 = statistics.median(latencies) if latencies else float("nan")
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    return [
        p.name,
        f"{p.run.done}/{p.run.planned} ({ok} × 200, {misses} misses){' TIMED OUT' if p.run.timed_out else ''}",
        f"{p.run.elapsed_s:.1f}",
        f"{p.run.rate:.1f}",
        f"**{h.ratio(p.run.rate, ideal):.3f}**",
        f"{p50 * 1000:.0f} / {p95 * 1000:.0f}",
        f"{p.per_extraction_ms(p.service_cpu_s):.1f}",
        f"{p.per_extraction_ms(p.simulator_cpu_s):.1f}",
        f"{p.per_extraction_ms(p.client_cpu_s):.1f}",
        str(p.max_inflight),
        " / ".join(f"{w:.1f}" for w in p.worker_cpu_s),
    ]


async def main_async(args: argparse.Namespace) -> str:
    articles = h.distinct_articles(args.articles)
    ideal = args.clients / (args.latency_ms / 1000)
    workers = [int(w) for w in args.workers.split(",")]
    passes: list[Pass] = []
    # Pass 1 once (it also fills the simulator's memory), then pass 2 per worker count.
    plan = [(f"1. simulator computes answers, {workers[0]} worker(s)", workers[0])]
    plan += [(f"2. simulator replays answers, {w} worker(s)", w) for w in workers]
    with h.workdir("bench-concurrency", keep=args.keep) as work:
        sim = h.start_simulator(work, latency_ms=args.latency_ms, memo=True)
        with h.stopping(sim):
            for n, (name, count) in enumerate(plan):
                service = h.start_service(
                    work / f"data{n}", work, simulator=sim, name=f"service{n}", workers=count
                )
                with h.stopping(service):
                    passes.append(
                        await one_pass(name, articles, service, sim, args.clients, args.max_seconds)
                    )
                    if not service.alive():
                        raise RuntimeError(f"service died:\n{service.log_tail()}")
            # Control: the same replayed answers at low load, where the service's CPU never queues.
            control = args.control_clients
            service = h.start_service(work / "data-control", work, simulator=sim, name="service-control")
            with h.stopping(service):
                control_pass = await one_pass(
                    f"control: {control} clients, replayed answers, 1 worker",
                    articles[: control * 25],
                    service,
                    sim,
                    control,
                    args.max_seconds,
                )
        if args.keep:
            print(f"logs kept in {work}")
    header = (
        "| pass | requests | seconds | extractions/s | share of ideal | p50 / p95 ms | "
        "service CPU ms/extr. | simulator CPU ms/extr. | client CPU ms/extr. | max LLM calls in flight | "
        "CPU s per service process |"
    )
    rows = [header, "|" + " --- |" * 11]
    rows += ["| " + " | ".join(describe(p, ideal)) + " |" for p in passes]
    control_ideal = args.control_clients / (args.latency_ms / 1000)
    rows.append("| " + " | ".join(describe(control_pass, control_ideal)) + " |")
    verdicts = []
    for count, p in zip(workers, passes[1:], strict=True):
        share = h.ratio(p.run.rate, ideal)
        verdicts.append(f"{count} worker(s): **{'met' if share >= 0.9 else 'NOT met'}** ({share:.3f})")
    return (
        f"{args.clients} concurrent clients, {args.articles} distinct articles, simulator latency "
        f"{args.latency_ms:g} ms: ideal {ideal:.0f} extractions/s. `newsfacts serve --workers N`, "
        "other settings default; simulator, service and this load generator share the machine's cores.\n\n"
        + "\n".join(rows)
        + f"\n\nThe control row's share is of its own ideal ({control_ideal:.0f}/s). "
        "Goal (share of ideal >= 0.9, pass 2: the service's figure): " + "; ".join(verdicts) + ".\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark 1: concurrency against the LLM's latency.")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--latency-ms", type=float, default=500.0)
    parser.add_argument("--workers", default="1,2", help="Worker counts to measure, comma-separated.")
    parser.add_argument(
        "--control-clients", type=int, default=4, help="Clients of the low-load control pass."
    )
    parser.add_argument("--max-seconds", type=float, default=180.0, help="Bound of each pass.")
    parser.add_argument("--record", action="store_true", help="Write the section into RESULTS.md.")
    parser.add_argument("--keep", action="store_true", help="Keep the logs and data dirs.")
    args = parser.parse_args()
    body = asyncio.run(main_async(args))
    text = h.section("Concurrency against the LLM's latency (benchmark 1)", body)
    print(text)
    if args.record:
        h.record("Concurrency against the LLM's latency (benchmark 1)", text)


if __name__ == "__main__":
    main()
