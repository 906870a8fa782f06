"""The service's CPU per extraction (llm backend, miss path), this checkout against others, side by side.

Benchmark 1's ceiling is the service's CPU per extraction (RESULTS.md): this
measures that figure alone, quickly, so a change can be judged against the
code before it in the same run. The simulator replays its answers
(``_memo_simulator``, filled by a first pass), and each round starts a fresh
service (cold cache) per checkout, in turn, and sends it the same distinct
articles:

    git archive <commit> | tar -x -C /tmp/before
    .venv/bin/python -m benchmarks.cpu_per_extraction --baseline /tmp/before --simulator-tree /tmp/before

``--py-spy FILE`` records a profile of this checkout's service in the last
round (py-spy must be installed in ``.venv``; not a project dependency).

``--path worker`` measures the job path instead (issue 16's throughput): per
checkout and round, a fresh PostgreSQL database (``tests/pg/server.py``), a
replica that runs no jobs, and one ``newsfacts worker`` with ``--clients``
items in flight; the figure is the worker's CPU per item, its store round
trips included.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from benchmarks import _harness as h


async def _pass(service: h.Proc, articles: list[str], clients: int) -> tuple[float, float, int]:
    """Service CPU ms per extraction, extractions/s, and how many answers were 200."""
    async with h.http_client(clients, timeout_s=120) as client:
        url = service.base_url + "/v1/extractions"

        async def send(text: str) -> int:
            r = await client.post(url, json={"text": text})
            return r.status_code

        cpu0 = service.cpu_seconds()
        run = await h.run_load(articles, send, concurrency=clients, max_seconds=300)
        cpu1 = service.cpu_seconds()
    return 1000 * (cpu1 - cpu0) / max(1, run.done), run.rate, sum(1 for s in run.results if s == 200)


def _worker_pass(
    pg: Any,
    sim: h.Proc,
    work: Path,
    name: str,
    tree: Path,
    articles: list[str],
    clients: int,
    spy: Path | None,
) -> tuple[float, float, int]:
    """One job of ``articles`` drained by one worker of ``tree`` on a fresh database: CPU ms per item, items/s, done."""
    url = pg.new_database()
    data = work / f"data-{name}"
    env = h.service_env(
        data, sim, database_url=url, job_concurrency="1", batch_concurrency=str(clients), log_json="true"
    )
    env["NEWSFACTS_MAX_BODY_BYTES"] = "100000000"
    try:
        replica = h.start_service(
            data, work, simulator=sim, name=f"replica-{name}", env_extra=env, tree=tree, run_jobs="false"
        )
        with h.stopping(replica):
            log_path = work / f"worker-{name}.log"
            with log_path.open("ab") as log:
                worker = subprocess.Popen(
                    [sys.executable, "-m", "service", "worker"],
                    cwd=tree,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                )
            try:
                deadline = time.monotonic() + 120
                while "worker_started" not in log_path.read_text(errors="replace"):
                    if worker.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError(f"the worker did not start:\n{log_path.read_text()[-2000:]}")
                    time.sleep(0.1)
                with _py_spy(worker.pid, spy):
                    cpu0 = h.cpu_seconds(worker.pid)
                    started = time.perf_counter()
                    r = httpx.post(
                        replica.base_url + "/v1/jobs",
                        json={"articles": [{"text": t} for t in articles]},
                        timeout=120,
                    )
                    r.raise_for_status()
                    job_url = replica.base_url + r.json()["url"]
                    while (job := httpx.get(job_url, params={"limit": 1}, timeout=30).json())[
                        "status"
                    ] != "done":
                        time.sleep(0.2)
                    elapsed = time.perf_counter() - started
                    cpu1 = h.cpu_seconds(worker.pid)
            finally:
                worker.terminate()
                worker.wait(30)
    finally:
        pg.drop_database(url)
    done = int(job["succeeded"])
    return 1000 * (cpu1 - cpu0) / max(1, len(articles)), len(articles) / elapsed, done


@contextlib.contextmanager
def _py_spy(pid: int, out: Path | None) -> Iterator[None]:
    if out is None:
        yield
        return
    exe = shutil.which("py-spy", path=str(h.ROOT / ".venv" / "bin"))
    if exe is None:
        raise SystemExit("py-spy is not installed in .venv")
    fmt = "speedscope" if out.suffix == ".json" else ("raw" if out.suffix == ".txt" else "flamegraph")
    spy = subprocess.Popen(
        [exe, "record", "-p", str(pid), "-r", "1000", "-f", fmt, "-o", str(out), "--nonblocking"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)  # attached before the load starts
        yield
    finally:
        spy.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl-C, not on SIGTERM
        spy.wait(timeout=60)


async def main_async(args: argparse.Namespace) -> str:
    articles = h.distinct_articles(args.articles)
    trees = [("this checkout", h.ROOT)] + [(str(p), p.resolve()) for p in args.baseline]
    figures: dict[str, list[tuple[float, float, int]]] = {name: [] for name, _ in trees}
    if args.path == "worker":
        return _main_worker(args, articles, trees, figures)
    with h.workdir("cpu-per-extraction", keep=args.keep) as work:
        sim = h.start_simulator(work, latency_ms=args.latency_ms, memo=True, tree=args.simulator_tree)
        with h.stopping(sim):
            # Pass 0 fills the simulator's memory; its figure is not reported.
            warm = h.start_service(work / "data-warm", work, simulator=sim, name="service-warm")
            with h.stopping(warm):
                await _pass(warm, articles, args.clients)
            for r in range(args.rounds):
                for n, (name, tree) in enumerate(trees):
                    service = h.start_service(
                        work / f"data-{r}-{n}", work, simulator=sim, name=f"service-{r}-{n}", tree=tree
                    )
                    spy = args.py_spy if n == 0 and r == args.rounds - 1 else None
                    with h.stopping(service), _py_spy(service.pid, spy):
                        figures[name].append(await _pass(service, articles, args.clients))
    return _table(args, trees, figures)


def _main_worker(
    args: argparse.Namespace,
    articles: list[str],
    trees: list[tuple[str, Path]],
    figures: dict[str, list[tuple[float, float, int]]],
) -> str:
    from tests.pg.server import start_server  # the tests' throwaway server, as scale_out uses

    pg = start_server()
    try:
        with h.workdir("cpu-per-item-worker", keep=args.keep) as work:
            sim = h.start_simulator(work, latency_ms=args.latency_ms, memo=True, tree=args.simulator_tree)
            with h.stopping(sim):
                # Pass 0 fills the simulator's memory; its figure is not reported.
                _worker_pass(pg, sim, work, "warm", h.ROOT, articles, args.clients, None)
                for r in range(args.rounds):
                    for n, (name, tree) in enumerate(trees):
                        spy = args.py_spy if n == 0 and r == args.rounds - 1 else None
                        figures[name].append(
                            _worker_pass(pg, sim, work, f"{r}-{n}", tree, articles, args.clients, spy)
                        )
    finally:
        pg.stop()
    return _table(args, trees, figures)


def _table(
    args: argparse.Namespace,
    trees: list[tuple[str, Path]],
    figures: dict[str, list[tuple[float, float, int]]],
) -> str:
    what = (
        "one worker on PostgreSQL, CPU ms per job item" if args.path == "worker" else "CPU ms per extraction"
    )
    rows = [
        f"| service code | {what} (median of rounds) | each round | items/s | succeeded |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, _ in trees:
        runs = figures[name]
        rows.append(
            f"| {name} | **{statistics.median(c for c, _, _ in runs):.2f}** | "
            + " / ".join(f"{c:.2f}" for c, _, _ in runs)
            + f" | {statistics.median(r for _, r, _ in runs):.1f} | "
            + " / ".join(str(ok) for _, _, ok in runs)
            + " |"
        )
    return (
        f"{args.articles} distinct articles, {args.clients} {'in flight' if args.path == 'worker' else 'clients'}, "
        f"simulator replaying at {args.latency_ms:g} ms, 1 {'worker process' if args.path == 'worker' else 'worker'}, "
        f"{args.rounds} rounds alternating the checkouts.\n\n" + "\n".join(rows) + "\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--baseline", type=Path, action="append", default=[], help="Another checkout.")
    parser.add_argument(
        "--simulator-tree",
        type=Path,
        default=h.ROOT,
        help="The checkout the simulator runs from (its answers are the rules extractor's).",
    )
    parser.add_argument(
        "--path",
        choices=("api", "worker"),
        default="api",
        help="The API's miss path, or a job's items in a worker.",
    )
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--latency-ms", type=float, default=500.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--py-spy", type=Path, default=None, help="Profile of this checkout's service.")
    parser.add_argument("--keep", action="store_true", help="Keep the logs and data dirs.")
    args = parser.parse_args()
    for tree in args.baseline:
        if not (tree / "service" / "__init__.py").is_file():
            parser.error(f"{tree} is not a checkout of this repository")
    print(asyncio.run(main_async(args)))


if __name__ == "__main__":
    main()
