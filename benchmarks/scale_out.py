"""Issue 16: several processes on one PostgreSQL, against the simulated provider (500 ms).

Every process (API replicas, ``newsfacts worker``s, the simulator) is a real
subprocess on loopback; the PostgreSQL server is started by this script from
Debian's binaries (``tests/pg/server.py``, the one the tests use), a fresh
database per part. Parts (``--parts``):

* ``throughput``: one job of ``--items`` distinct articles drained by 1, 2 and
  4 workers, submitted to a replica that runs no jobs. **The provider's
  concurrency is a fixed total** (``--provider-concurrency`` C, 16 by default),
  as a real provider account's is: the processes share it, each with C / N
  provider slots (``NEWSFACTS_LLM_CONCURRENCY``: 1 x 16, 2 x 8, 4 x 4), so never
  more than C requests are at the provider at once, and holds
  ``--items-per-slot`` items per slot (2 by default; 1 is the configuration
  before session 6: as many items as slots, the setting unset), so its slots
  stay busy while items do their other work. **The ideal is what that concurrency allows**:
  ``items / C x latency`` (2,000 items at C = 16 and 500 ms: 62.5 s), the same
  at every process count; scaling out cannot beat it, it can only lose to it
  (each process's CPU per item, the database), and the ratio says how much.
  (Before session 4 the ideal was ``items / (N x 8) x latency``: the provider's
  concurrency grew with the process count, which no provider does.) The simulator keeps its answers (``_memo_simulator``) and
  an unmeasured job first runs every article once, so the measured jobs (each
  on a fresh database, in fresh processes: nothing of the service is warm)
  measure the service, not the simulator's own rules extractor (~20 ms of CPU
  an article on one event loop: ~45 articles/s at most). Two ratios: to the
  ideal above, and to a same-run baseline: a bare client sending the simulator
  C requests in flight just before, which the machine's load slows as it
  slows the service. The load average and the CPU seconds the
  workers, the replica and the simulator used are reported with each row;
* ``flight``: 200 identical concurrent requests, half to each of 2 replicas:
  provider calls made (``/_sim/stats``);
* ``kill``: 2 workers; at 40% of a job one is SIGKILLed; the job completes on
  the other; provider calls, items, distinct extractions and the tables' own
  counts are checked;
* ``rpm``: 2 replicas x 32 clients of distinct articles with
  ``NEWSFACTS_LLM_RPM_LIMIT``. Proven at the provider: the simulator's own
  record of when each request arrived (``/_sim/arrivals``) gives the most
  requests in any 60 s window, wherever it starts; the run fails (exit 1,
  after recording) if that exceeds the limit. The clients' side, sampled each
  second, is shown beside it;
* ``latency``: a cache hit (``GET /v1/extractions/{id}``, the in-process copy
  off so every hit reads the store) on PostgreSQL and on SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from benchmarks import _harness as h

TITLE = "Past one machine: replicas and workers on one PostgreSQL (issue 16)"
LATENCY_MS = 500.0


def start_postgres() -> Any:
    from tests.pg.server import start_server  # the tests' throwaway server, same binaries and setup

    return start_server()


@contextmanager
def workers(n: int, env: dict[str, str], log_dir: Path, tag: str) -> Iterator[list[subprocess.Popen[bytes]]]:
    procs: list[subprocess.Popen[bytes]] = []
    try:
        for i in range(n):
            log = (log_dir / f"worker-{tag}-{i}.log").open("ab")
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "service", "worker"],
                    cwd=h.ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                )
            )
        deadline = time.monotonic() + 120
        for i in range(n):
            path = log_dir / f"worker-{tag}-{i}.log"
            while "worker_started" not in path.read_text(errors="replace"):
                if procs[i].poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"worker {i} did not start:\n{path.read_text(errors='replace')[-2000:]}"
                    )
                time.sleep(0.1)
        yield procs
    finally:
        for p in procs:
            if p.poll() is None:
                p.terminate()
        for p in procs:
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                p.kill()


def sim_calls(sim: h.Proc) -> int:
    return int(httpx.get(sim.base_url + "/_sim/stats", timeout=10).json()["chat_completions"])


def submit(replica: h.Proc, texts: list[str]) -> str:
    body = {"articles": [{"text": t} for t in texts]}
    r = httpx.post(replica.base_url + "/v1/jobs", json=body, timeout=120)
    r.raise_for_status()
    return str(r.json()["url"])


def progress(replica: h.Proc, url: str) -> dict[str, Any]:
    return dict(httpx.get(replica.base_url + url, params={"limit": 1}, timeout=30).json())


def env_for(sim: h.Proc, url: str, data: Path, **settings: str) -> dict[str, str]:
    return h.service_env(data, sim, database_url=url, max_body_bytes="100000000", log_json="true", **settings)


# ---------------------------------------------------------------------- parts


def cpu_seconds(pid: int) -> float:
    """User + system CPU a live process has used (``/proc/PID/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _bare_provider(sim: h.Proc, requests: int, concurrency: int) -> float:
    """Seconds a bare client takes for ``requests`` chat completions, ``concurrency`` in flight."""
    body = {
        "model": h.SIMULATOR_MODEL,
        "messages": [{"role": "user", "content": "<article>\nThe council met on Friday.\n</article>"}],
    }
    async with h.http_client(concurrency) as client:
        started = time.perf_counter()
        run = await h.run_load(
            list(range(requests)),
            lambda _: client.post(sim.base_url + "/v1/chat/completions", json=body),
            concurrency=concurrency,
            max_seconds=600,
        )
        elapsed = time.perf_counter() - started
    if run.errors:
        raise RuntimeError(f"the bare client failed: {run.errors[:3]}")
    return elapsed


def run_job(
    pg: Any,
    sim: h.Proc,
    work: Path,
    tag: str,
    n: int,
    texts: list[str],
    per_process: int,
    items_per_slot: int = 1,
) -> dict[str, Any]:
    """One job drained by ``n`` workers, each with ``per_process`` provider slots.

    Each worker holds ``items_per_slot`` x ``per_process`` items; with more than 1, the slots are
    enforced by ``NEWSFACTS_LLM_CONCURRENCY`` and the extra items keep them busy while others do
    their non-provider work. With 1, items = slots (the setting is left unset: as before session 6).
    """
    url = pg.new_database()
    slots = {"llm_concurrency": str(per_process)} if items_per_slot > 1 else {}
    env = env_for(
        sim,
        url,
        work / tag,
        job_concurrency="1",
        batch_concurrency=str(per_process * items_per_slot),
        **slots,
    )
    replica = h.start_service(
        work / tag, work, simulator=sim, name=f"replica-{tag}", env_extra=env, run_jobs="false"
    )
    try:
        with h.stopping(replica), workers(n, env, work, tag) as procs:
            pids = [p.pid for p in procs] + [replica.popen.pid, sim.popen.pid]
            cpu_before = [cpu_seconds(pid) for pid in pids]
            load_before = os.getloadavg()[0]
            before = sim_calls(sim)
            started = time.perf_counter()
            job_url = submit(replica, texts)
            while (job := progress(replica, job_url))["status"] != "done":
                time.sleep(0.1)  # the end is seen within 0.1 s (0.5 s was up to 2.7% of a 600-item ideal)
            elapsed = time.perf_counter() - started
            calls = sim_calls(sim) - before
            cpu = [cpu_seconds(pid) - b for pid, b in zip(pids, cpu_before, strict=True)]
            load_after = os.getloadavg()[0]
    finally:
        pg.drop_database(url)
    return {
        "elapsed_s": elapsed,
        "succeeded": job["succeeded"],
        "failed": job["failed"],
        "calls": calls,
        "cpu_ms_per_item": {
            "workers": 1000 * sum(cpu[:n]) / len(texts),
            "replica": 1000 * cpu[n] / len(texts),
            "simulator": 1000 * cpu[n + 1] / len(texts),
        },
        "load": (load_before, load_after),
    }


PROCESS_COUNTS = (1, 2, 4)


def part_throughput(
    pg: Any,
    sim: h.Proc,
    work: Path,
    items: int,
    concurrency: int,
    baseline_requests: int,
    items_per_slot: int,
) -> list[dict[str, Any]]:
    texts = h.distinct_articles(items, salt="tp-")
    # Unmeasured: the simulator computes (and keeps) its answer to every article once.
    warm = run_job(pg, sim, work, "warm", 4, texts, concurrency // 4, items_per_slot)
    print({"warm_up": warm}, flush=True)
    # The provider's concurrency is one total, shared: the ideal does not grow with the processes.
    ideal = items / concurrency * (LATENCY_MS / 1000)
    rows = []
    for n in PROCESS_COUNTS:
        in_flight = concurrency
        base_s = asyncio.run(_bare_provider(sim, baseline_requests, in_flight))
        measured = run_job(pg, sim, work, f"tp{n}", n, texts, concurrency // n, items_per_slot)
        baseline_rate = baseline_requests / base_s
        rows.append(
            {
                "processes": n,
                "items": items,
                "in_flight": in_flight,
                "per_process": concurrency // n,
                "items_held": concurrency // n * items_per_slot,
                "ideal_s": ideal,
                "ratio": ideal / measured["elapsed_s"],
                "baseline_items_per_s": baseline_rate,
                "baseline_ratio_of_ideal": baseline_rate / (in_flight / (LATENCY_MS / 1000)),
                "ratio_to_baseline": items / measured["elapsed_s"] / baseline_rate,
                **measured,
            }
        )
        print(rows[-1], flush=True)
    return rows


async def _identical(replicas: list[h.Proc], n: int) -> list[int]:
    body = {"text": h.distinct_articles(1, salt="flight-")[0]}
    async with h.http_client(n) as client:
        answers = await asyncio.gather(
            *(client.post(replicas[i % 2].base_url + "/v1/extractions", json=body) for i in range(n))
        )
    return [a.status_code for a in answers]


def part_flight(pg: Any, sim: h.Proc, work: Path) -> dict[str, Any]:
    url = pg.new_database()
    env = env_for(sim, url, work / "flight")
    replicas = [
        h.start_service(work / "flight", work, simulator=sim, name=f"replica-flight{i}", env_extra=env)
        for i in range(2)
    ]
    with h.stopping(*replicas):
        before = sim_calls(sim)
        statuses = asyncio.run(_identical(replicas, 200))
        calls = sim_calls(sim) - before
    pg.drop_database(url)
    row = {"requests": 200, "ok": statuses.count(200), "provider_calls": calls}
    print(row, flush=True)
    return row


def part_kill(pg: Any, sim: h.Proc, work: Path, items: int, per_process: int) -> dict[str, Any]:
    import psycopg

    url = pg.new_database()
    env = env_for(
        sim, url, work / "kill", job_concurrency="1", batch_concurrency=str(per_process), job_lease_s="5"
    )
    replica = h.start_service(
        work / "kill", work, simulator=sim, name="replica-kill", env_extra=env, run_jobs="false"
    )
    with h.stopping(replica), workers(2, env, work, "kill") as procs:
        before = sim_calls(sim)
        job_url = submit(replica, h.distinct_articles(items, salt="kill-"))
        while (job := progress(replica, job_url))["succeeded"] < 0.4 * items:
            time.sleep(0.05)
        with psycopg.connect(url) as conn:
            held = conn.execute(
                "SELECT count(*) FROM job_items WHERE status = 'pending' AND owner IS NOT NULL"
            ).fetchone()
        procs[0].kill()  # SIGKILL: no shutdown code runs
        procs[0].wait(10)
        finished_at_kill = job["succeeded"]
        calls_at_kill = sim_calls(sim) - before
        killed_at = time.perf_counter()
        while (job := progress(replica, job_url))["status"] != "done":
            time.sleep(0.2)
        resumed_s = time.perf_counter() - killed_at
        calls = sim_calls(sim) - before
        full = progress(replica, job_url)
        ids: list[str] = []
        page: str | None = job_url
        while page is not None:  # every item, a page at a time
            listed = httpx.get(replica.base_url + page, timeout=60).json()
            ids += [item["id"] for item in listed["items"]]
            page = listed["next"]
    with psycopg.connect(url) as conn:
        counted = conn.execute("SELECT succeeded, failed, total FROM jobs").fetchone()
        rows = conn.execute("SELECT status, count(*) FROM job_items GROUP BY status").fetchall()
        leftover = conn.execute("SELECT count(*) FROM job_items WHERE owner IS NOT NULL").fetchone()
        flights = conn.execute("SELECT count(*) FROM flights").fetchone()
    pg.drop_database(url)
    row = {
        "items": items,
        "finished_at_kill": finished_at_kill,
        "in_flight_at_kill": held[0] if held else None,
        "calls_at_kill": calls_at_kill,
        "calls_total": calls,
        "succeeded": full["succeeded"],
        "failed": full["failed"],
        "distinct_extractions": len(set(ids)),
        "items_listed": len(ids),
        "jobs_row": counted,
        "items_by_status": dict(rows),
        "leases_left": leftover[0] if leftover else None,
        "flights_left": flights[0] if flights else None,
        "finished_after_kill_s": resumed_s,
    }
    print(row, flush=True)
    return row


async def _rpm_load(
    replicas: list[h.Proc], sim: h.Proc, seconds: float, clients: int
) -> list[tuple[float, int]]:
    texts = h.distinct_articles(4000, salt="rpm-")
    samples: list[tuple[float, int]] = []
    stop = time.time() + seconds

    async def sampler() -> None:
        async with httpx.AsyncClient(timeout=30) as c:
            while time.time() < stop + 1:
                # A slow answer on a loaded machine skips a sample; the counts are cumulative.
                with contextlib.suppress(httpx.HTTPError):
                    stats = (await c.get(sim.base_url + "/_sim/stats")).json()
                    samples.append((time.time(), stats["chat_completions"]))
                await asyncio.sleep(1.0)

    async def load(replica: h.Proc, offset: int) -> None:
        async with h.http_client(clients, timeout_s=seconds + 60) as c:
            await h.run_load(
                texts[offset::2],
                lambda t: c.post(replica.base_url + "/v1/extractions", json={"text": t}),
                concurrency=clients,
                max_seconds=seconds,
            )

    await asyncio.gather(sampler(), load(replicas[0], 0), load(replicas[1], 1))
    return samples


def busiest_window(arrivals: list[float], window_s: float) -> tuple[int, float | None]:
    """The most arrivals in any ``window_s`` seconds ``[t, t + window_s)``, and when that window starts.

    Half-open as the budget counts: a spend leaves the window exactly ``window_s`` after it.
    The busiest window can always be slid to start at an arrival, so only those are tried.
    """
    times = sorted(arrivals)
    best, start, end = 0, None, 0
    for i, t in enumerate(times):
        while end < len(times) and times[end] < t + window_s:
            end += 1
        if end - i > best:
            best, start = end - i, t
    return best, start


def part_rpm(pg: Any, sim: h.Proc, work: Path, rpm: int, seconds: float) -> dict[str, Any]:
    url = pg.new_database()
    env = env_for(sim, url, work / "rpm", llm_rpm_limit=str(rpm), llm_deadline_s="600", queue_timeout_s="600")
    replicas = [
        h.start_service(work / "rpm", work, simulator=sim, name=f"replica-rpm{i}", env_extra=env)
        for i in range(2)
    ]
    began = time.time()
    with h.stopping(*replicas):
        samples = asyncio.run(_rpm_load(replicas, sim, seconds, 32))
    # The replicas are stopped: every request they sent has arrived, or never will.
    arrivals = httpx.get(sim.base_url + "/_sim/arrivals", params={"since": began}, timeout=60).json()[
        "arrivals"
    ]
    busiest, busiest_from = busiest_window(arrivals, 60.0)
    pg.drop_database(url)
    base = samples[0][1]
    per_minute: dict[int, int] = {}
    prev = base
    for t, count in samples:
        per_minute[int(t // 60)] = per_minute.get(int(t // 60), 0) + count - prev
        prev = count
    sliding = max((c2 - c1 for t1, c1 in samples for t2, c2 in samples if 0 <= t2 - t1 <= 60), default=0)
    row = {
        "rpm_limit": rpm,
        "seconds": seconds,
        "calls": samples[-1][1] - base,
        "per_calendar_minute": list(per_minute.values()),
        "max_any_60s_sampled": sliding,
        "provider_requests": len(arrivals),
        "provider_max_any_60s": busiest,
        "provider_busiest_window_starts_s": None if busiest_from is None else round(busiest_from - began, 3),
        "provider_within_limit": busiest <= rpm,
    }
    print(row, flush=True)
    return row


def _median_latency(base: str, path: str, n: int) -> float:
    times = []
    with httpx.Client(timeout=30, trust_env=False) as c:
        for _ in range(n):
            started = time.perf_counter()
            r = c.get(base + path)
            times.append(time.perf_counter() - started)
            assert r.status_code == 200
    return statistics.median(times)


def part_latency(pg: Any, work: Path, n: int) -> dict[str, Any]:
    url = pg.new_database()
    text = h.distinct_articles(1, salt="latency-")[0]
    out: dict[str, float] = {}
    for kind, extra in (("postgresql", {"database_url": url}), ("sqlite", {})):
        service = h.start_service(
            work / f"lat-{kind}",
            work,
            name=f"latency-{kind}",
            backend="rules",
            cache_memory_bytes="0",
            **extra,
        )
        with h.stopping(service):
            made = httpx.post(service.base_url + "/v1/extractions", json={"text": text}, timeout=60).json()
            path = f"/v1/extractions/{made['id']}"
            _median_latency(service.base_url, path, 50)  # warm-up
            out[kind] = _median_latency(service.base_url, path, n)
    pg.drop_database(url)
    row = {
        "requests": n,
        "median_ms": {k: v * 1000 for k, v in out.items()},
        "ratio_pg_over_sqlite": out["postgresql"] / out["sqlite"],
    }
    print(row, flush=True)
    return row


# ---------------------------------------------------------------------- report


def markdown(results: dict[str, Any], args: argparse.Namespace) -> str:
    lines = []
    if "throughput" in results:
        if args.items_per_slot > 1:
            held = (
                f"each worker holds {args.items_per_slot} items per slot (`NEWSFACTS_BATCH_CONCURRENCY`), "
                "so its slots stay busy while items do their other work (claim, cache and flight "
                "lookups, parsing and grounding the answer, writing the result)"
            )
        else:
            held = "each worker holds as many items as it has slots (`NEWSFACTS_LLM_CONCURRENCY` unset)"
        lines += [
            f"### Throughput: one job of {args.items} distinct articles, the provider's concurrency "
            f"{args.provider_concurrency} in all, shared by the workers\n",
            f"Ideal: {args.items} items / {args.provider_concurrency} in flight x {LATENCY_MS / 1000:g} s, "
            "whatever the number of workers (the provider's concurrency is a fixed total, as a real "
            "account's is). Each worker has its share of it as provider slots "
            f"(`NEWSFACTS_LLM_CONCURRENCY`, {args.provider_concurrency} / workers); {held}.\n",
            "| workers x provider slots (items held) | elapsed s | ideal s | **ratio of ideal** | bare client, ratio of ideal | ratio to the bare client "
            "| succeeded / failed | provider calls | CPU ms per item: workers / replica / simulator | load average before, after |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for r in results["throughput"]:
            cpu = r["cpu_ms_per_item"]
            lines.append(
                f"| {r['processes']} x {r['per_process']} ({r['items_held']}) | {r['elapsed_s']:.1f} | {r['ideal_s']:.1f} | **{r['ratio']:.2f}** | "
                f"{r['baseline_ratio_of_ideal']:.2f} | {r['ratio_to_baseline']:.2f} | "
                f"{r['succeeded']} / {r['failed']} | {r['calls']} | "
                f"{cpu['workers']:.1f} / {cpu['replica']:.1f} / {cpu['simulator']:.1f} | "
                f"{r['load'][0]:.1f}, {r['load'][1]:.1f} |"
            )
        lines.append(
            f"\nThe bare client: {args.baseline_requests} requests straight to the simulator with as many in flight, "
            "just before each job (its ratio says what the loaded machine lets even a trivial client reach).\n"
        )
    if "flight" in results:
        r = results["flight"]
        lines += [
            "### Single flight across replicas\n",
            f"{r['requests']} identical concurrent requests, half to each of 2 replicas: {r['ok']} answered 200, "
            f"**{r['provider_calls']} provider call(s)**.\n",
        ]
    if "kill" in results:
        r = results["kill"]
        lines += [
            "### kill -9 of a worker at 40% of a job\n",
            "```\n" + json.dumps(r, indent=1, default=str) + "\n```\n",
            f"Provider calls {r['calls_total']} for {r['items']} items with {r['in_flight_at_kill']} in flight at the "
            f"kill (bound: items + in flight = {r['items'] + (r['in_flight_at_kill'] or 0)}).\n",
        ]
    if "rpm" in results:
        r = results["rpm"]
        lines += [
            f"### Shared provider budget: RPM limit {r['rpm_limit']}, 2 replicas x 32 clients for {r['seconds']:g} s\n",
            f"**At the provider** (the simulator's record of each request's arrival, `/_sim/arrivals`): "
            f"{r['provider_requests']} requests; **most in any 60 s window: {r['provider_max_any_60s']}** "
            f"(from {r['provider_busiest_window_starts_s']} s into the part): "
            f"{'within' if r['provider_within_limit'] else 'OVER'} the limit of {r['rpm_limit']}.\n",
            f"Clients' side: provider calls per calendar minute {r['per_calendar_minute']} (first and last minutes "
            f"partial); most in any 60 s, sampled each second: {r['max_any_60s_sampled']}.\n",
        ]
    if "latency" in results:
        r = results["latency"]
        lines += [
            "### Cache-hit latency, PostgreSQL vs SQLite\n",
            f"`GET /v1/extractions/{{id}}` x {r['requests']}, sequential, in-process copy off: median "
            f"{r['median_ms']['postgresql']:.2f} ms on PostgreSQL, {r['median_ms']['sqlite']:.2f} ms on SQLite, "
            f"**ratio {r['ratio_pg_over_sqlite']:.2f}**.\n",
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--parts", default="throughput,flight,kill,rpm,latency")
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument(
        "--provider-concurrency",
        type=int,
        default=16,
        help="Requests in flight at the provider in all (throughput part), split evenly over the workers.",
    )
    parser.add_argument("--per-process", type=int, default=8, help="Items in flight per worker (kill part).")
    parser.add_argument("--baseline-requests", type=int, default=500)
    parser.add_argument("--kill-items", type=int, default=400)
    parser.add_argument("--rpm", type=int, default=60)
    parser.add_argument("--rpm-seconds", type=float, default=150.0)
    parser.add_argument("--latency-requests", type=int, default=500)
    parser.add_argument(
        "--items-per-slot",
        type=int,
        default=2,
        help="Throughput part: items each worker holds per provider slot (1: as many items as slots, "
        "NEWSFACTS_LLM_CONCURRENCY unset, the configuration before session 6).",
    )
    parser.add_argument("--record", action="store_true", help="Write the section into RESULTS.md.")
    parser.add_argument("--no-record", action="store_true", help="Do not write it (the default).")
    args = parser.parse_args()
    if any(args.provider_concurrency % n for n in PROCESS_COUNTS):
        parser.error(f"--provider-concurrency must split evenly over {PROCESS_COUNTS} workers")
    parts = set(args.parts.split(","))
    results: dict[str, Any] = {}
    pg = start_postgres()
    try:
        with h.workdir("scale-out") as work:
            sim = h.start_simulator(work, latency_ms=LATENCY_MS, memo=True)
            with h.stopping(sim):
                if "throughput" in parts:
                    results["throughput"] = part_throughput(
                        pg,
                        sim,
                        work,
                        args.items,
                        args.provider_concurrency,
                        args.baseline_requests,
                        args.items_per_slot,
                    )
                if "flight" in parts:
                    results["flight"] = part_flight(pg, sim, work)
                if "kill" in parts:
                    results["kill"] = part_kill(pg, sim, work, args.kill_items, args.per_process)
                if "rpm" in parts:
                    results["rpm"] = part_rpm(pg, sim, work, args.rpm, args.rpm_seconds)
            if "latency" in parts:
                results["latency"] = part_latency(pg, work, args.latency_requests)
    finally:
        pg.stop()
    body = markdown(results, args)
    print(body)
    if args.record and not args.no_record:
        title = f"{TITLE}: {args.parts}"
        if "throughput" in parts:
            title += f", {args.items_per_slot} items per provider slot"
        h.record(title, h.section(title, body))
    if "rpm" in results and not results["rpm"]["provider_within_limit"]:
        sys.exit(
            f"the provider saw {results['rpm']['provider_max_any_60s']} requests in 60 s, over the limit"
        )


if __name__ == "__main__":
    main()
