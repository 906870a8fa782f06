"""docs/deployment.md followed step by step, as an operator would, on this machine (issue 16).

One PostgreSQL (Debian's binaries, started here in a temp dir as the tests do,
but with password authentication on TCP and the role and database made by the
doc's step 1), the doc's environment (step 2) pointing the LLM backend at the
simulator (``newsfacts simulate-llm``), ``newsfacts db upgrade`` (step 3), two
``newsfacts serve --no-jobs`` replicas on two ports and one ``newsfacts worker``
(step 4), each the installed ``newsfacts`` command in a process of its own.
Then:

* ``/readyz`` on both replicas (200), and on both while the database is
  stopped (503) and again once it is back (200);
* a job of ``--items`` distinct articles submitted to replica A with a key,
  its status and every result read from replica B with the same key;
* the worker killed with SIGKILL once ``--kill-at`` of the job is done, another
  started; the job completes with every item exactly once: each index once in
  the results, each result readable from B, distinct extractions = items,
  provider calls <= items + what the dead worker had in flight, and the tables
  agree (no item left pending or leased);
* ``/metrics`` on each replica (with the key) and on the worker's
  ``--metrics-port``: ``newsfacts_process_info`` names each process.

Every check prints one line, ``ok`` or ``FAILED``; the exit code is 1 if any
failed. ``--record`` appends the output to benchmarks/RESULTS.md.

    python -m benchmarks.operator_scenario [--items 60] [--record]
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from benchmarks import _harness as h

TITLE = "Session 5: the operator scenario of docs/deployment.md on real processes (issue 16)"
NEWSFACTS = str(Path(sys.executable).parent / "newsfacts")
PASSWORD = "s3cret-Op"
KEY = "key-newsroom"
LATENCY_MS = 500.0


class Checks:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.failed = 0

    def say(self, line: str) -> None:
        print(line, flush=True)
        self.lines.append(line)

    def check(self, ok: bool, what: str) -> None:
        self.failed += not ok
        self.say(f"{'ok    ' if ok else 'FAILED'} {what}")


# ---------------------------------------------------------------------- PostgreSQL, as an operator has it


class Postgres:
    """A server whose superuser is ``postgres`` and whose TCP connections need a password (SCRAM)."""

    def __init__(self) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[4]))
        if not found:
            raise SystemExit(
                "PostgreSQL is not installed: `make test` installs it (tests/pg/ensure_postgresql.sh)"
            )
        self.bin = Path(found[-1]).parent
        self.root = Path(tempfile.mkdtemp(prefix="newsfacts-operator-pg-"))
        self.port = h.free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def run(self, *args: str, input_text: str | None = None) -> str:
        proc = subprocess.run(
            [*self.as_user, *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.root,
            input=input_text,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {proc.stderr.strip()[-1500:]}")
        return proc.stdout

    def tool(self, name: str, *args: str, input_text: str | None = None) -> str:
        """One of the server's client tools, as the ``postgres`` user on this host (the doc's step 1)."""
        return self.run(
            str(self.bin / name), "-h", str(self.root), "-p", str(self.port), *args, input_text=input_text
        )

    def init(self) -> None:
        self.run(
            str(self.bin / "initdb"), "-D", str(self.root / "data"), "-U", "postgres",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync",
        )  # fmt: skip

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
        self.run(
            str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-o", options,
            "-l", str(self.root / "server.log"), "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    @property
    def url(self) -> str:
        return f"postgresql://newsfacts:{PASSWORD}@127.0.0.1:{self.port}/newsfacts"


# ---------------------------------------------------------------------- processes


def start(name: str, args: list[str], env: dict[str, str], log_dir: Path, port: int, ready: str) -> h.Proc:
    return h.start_process(name, [NEWSFACTS, *args], port=port, ready_path=ready, env=env, log_dir=log_dir)


def start_worker(name: str, env: dict[str, str], log_dir: Path) -> h.Proc:
    port = h.free_port()
    return start(name, ["worker", "--metrics-port", str(port)], env, log_dir, port, "/metrics")


def get(url: str, **kwargs: Any) -> httpx.Response:
    return httpx.get(url, headers={"x-api-key": KEY}, timeout=30, **kwargs)


def process_info(text: str) -> str:
    return next((line for line in text.splitlines() if line.startswith("newsfacts_process_info{")), "none")


def all_items(replica: h.Proc, path: str, total: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    while len(items) < total:
        page = get(replica.base_url + path, params={"offset": len(items), "limit": 100}).json()["items"]
        if not page:
            break
        items += page
    return items


@contextlib.contextmanager
def stopping(procs: list[h.Proc]) -> Iterator[None]:
    try:
        yield
    finally:
        for proc in procs:
            proc.stop()


def scenario(items: int, kill_at: float, log_dir: Path, out: Checks) -> None:
    pg = Postgres()
    procs: list[h.Proc] = []
    try:
        pg.init()
        pg.start()
        # Step 1, as written (createuser's --pwprompt reads the password twice from the terminal).
        pg.tool("psql", "-d", "postgres", "-c", f"CREATE ROLE newsfacts LOGIN PASSWORD '{PASSWORD}'")
        pg.tool("createdb", "--owner", "newsfacts", "newsfacts")
        out.say(
            f"step 1: PostgreSQL {pg.bin.parent.name} on 127.0.0.1:{pg.port}, role and database newsfacts"
        )
        with stopping(procs):
            sim_port = h.free_port()
            sim = start(
                "simulator",
                ["simulate-llm", "--port", str(sim_port), "--latency-ms", str(LATENCY_MS), "--seed", "1"],
                h.clean_env(),
                log_dir,
                sim_port,
                "/_sim/stats",
            )
            procs.append(sim)
            # Step 2: the environment of every process (the data dir only keeps this run off the user's).
            env = h.clean_env(
                NEWSFACTS_DATABASE_URL=pg.url,
                NEWSFACTS_LLM_MODEL=h.SIMULATOR_MODEL,
                OPENAI_BASE_URL=f"{sim.base_url}/v1",
                OPENAI_API_KEY="sk-sim",
                NEWSFACTS_LLM_RPM_LIMIT="500",
                NEWSFACTS_LLM_TPM_LIMIT="200000",
                NEWSFACTS_API_KEYS=json.dumps([KEY]),
                NEWSFACTS_DATA_DIR=str(log_dir / "data"),
            )
            upgrade = subprocess.run([NEWSFACTS, "db", "upgrade"], env=env, capture_output=True, text=True)
            out.check(upgrade.returncode == 0, f"step 3: newsfacts db upgrade -> {upgrade.stderr.strip()!r}")
            version = subprocess.run([NEWSFACTS, "db", "version"], env=env, capture_output=True, text=True)
            out.check(version.returncode == 0, f"step 3: newsfacts db version -> {version.stdout.strip()!r}")
            ports = [h.free_port(), h.free_port()]
            a, b = (
                start(name, ["serve", "--host", "127.0.0.1", "--port", str(port), "--no-jobs"], env, log_dir, port, "/readyz")
                for name, port in zip(("replica-a", "replica-b"), ports, strict=True)
            )  # fmt: skip
            procs += [a, b]
            worker = start_worker("worker-1", env, log_dir)
            procs.append(worker)
            out.say(
                f"step 4: replicas on :{a.port} and :{b.port} (--no-jobs), a worker (metrics on :{worker.port})"
            )
            out.check(
                all(httpx.get(r.base_url + "/readyz", timeout=10).status_code == 200 for r in (a, b)),
                "step 5: /readyz is 200 on both replicas",
            )
            run_job(items, kill_at, a, b, worker, sim, env, log_dir, procs, pg, out)
            readiness_without_database(a, b, pg, out)
            metrics(a, b, procs[-1], out)
            for proc in (procs[-1], a, b):  # step 4: SIGTERM stops each cleanly and promptly
                began = time.monotonic()
                code = proc.stop()
                took = time.monotonic() - began
                # uvicorn re-raises the SIGTERM it caught once its graceful shutdown is done: a replica
                # ends "killed by SIGTERM" (-15) after its lifespan logged "stopped"; a worker exits 0.
                clean = code == 0 or (code == -signal.SIGTERM and "stopped" in proc.log_tail(60))
                out.check(clean, f"{proc.name} SIGTERM: exit {code} in {took:.1f} s, shutdown logged")
    finally:
        pg.remove()


def run_job(
    items: int,
    kill_at: float,
    a: h.Proc,
    b: h.Proc,
    worker: h.Proc,
    sim: h.Proc,
    env: dict[str, str],
    log_dir: Path,
    procs: list[h.Proc],
    pg: Postgres,
    out: Checks,
) -> None:
    texts = h.distinct_articles(items, salt="operator")
    created = httpx.post(
        a.base_url + "/v1/jobs",
        json={"articles": [{"text": t} for t in texts]},
        headers={"x-api-key": KEY},
        timeout=120,
    )
    out.check(created.status_code == 202, f"job submitted to replica A: {created.status_code}")
    path = created.headers["location"]
    started = time.monotonic()
    while (done := get(b.base_url + path, params={"limit": 1}).json())["succeeded"] + done[
        "failed"
    ] < items * kill_at:
        if time.monotonic() - started > 600:
            raise RuntimeError(f"the job did not reach {kill_at:.0%} in 600 s")
        time.sleep(0.1)
    worker.kill9()
    at_kill = done["succeeded"] + done["failed"]
    out.say(f"worker-1 killed (SIGKILL) with {at_kill}/{items} items done, read from replica B")
    second = start_worker("worker-2", env, log_dir)
    procs.append(second)
    while (job := get(b.base_url + path, params={"limit": 1}).json())["status"] != "done":
        if time.monotonic() - started > 900:
            raise RuntimeError(f"the job did not finish: {job}")
        time.sleep(0.5)
    out.say(f"job done in {time.monotonic() - started:.1f} s (worker-1's leases ran out, worker-2 took them)")
    out.check(
        job["succeeded"] == items and job["failed"] == 0,
        f"status from B: {job['succeeded']} succeeded, {job['failed']} failed of {items}",
    )
    results = all_items(b, path, items)
    indexes = [item["index"] for item in results]
    out.check(sorted(indexes) == list(range(items)), f"results from B: {len(results)} items, each index once")
    ids = {item["id"] for item in results if item.get("id")}
    out.check(len(ids) == items, f"distinct extractions: {len(ids)}")
    sample = sorted(ids)[:: max(1, items // 10)]
    readable = sum(get(f"{b.base_url}/v1/extractions/{i}").status_code == 200 for i in sample)
    out.check(
        readable == len(sample),
        f"extractions readable from B by the same key: {readable}/{len(sample)} sampled",
    )
    other = httpx.get(b.base_url + path, headers={"x-api-key": "someone-else"}, timeout=30).status_code
    out.check(other == 401, f"the job with an unknown key: {other}")
    calls = int(httpx.get(sim.base_url + "/_sim/stats", timeout=10).json()["chat_completions"])
    bound = items + 16  # at most what worker-1 had in flight (NEWSFACTS_JOB_CONCURRENCY x BATCH_CONCURRENCY)
    out.check(items <= calls <= bound, f"provider calls {calls} for {items} items (bound {bound})")
    rows = pg.tool(
        "psql", "-d", "newsfacts", "-At", "-c",
        "SELECT status, count(*), count(owner), count(result) FROM job_items GROUP BY status",
    ).split()  # fmt: skip
    out.check(
        rows == [f"succeeded|{items}|0|{items}"],
        f"job_items (status|count|leased|with a result): {rows}",
    )
    waits = sum(p.log_path.read_text(errors="replace").count("provider_budget_wait") for p in procs)
    out.say(f"provider budget waits logged: {waits} (NEWSFACTS_LLM_TPM_LIMIT=200000 of step 2)")


def readiness_without_database(a: h.Proc, b: h.Proc, pg: Postgres, out: Checks) -> None:
    pg.stop()
    codes = [httpx.get(r.base_url + "/readyz", timeout=30).status_code for r in (a, b)]
    out.check(codes == [503, 503], f"/readyz with the database stopped: {codes}")
    pg.start()
    deadline = time.monotonic() + 60
    while (codes := [httpx.get(r.base_url + "/readyz", timeout=30).status_code for r in (a, b)]) != [
        200,
        200,
    ]:
        if time.monotonic() > deadline:
            break
        time.sleep(0.5)
    out.check(codes == [200, 200], f"/readyz once it is back: {codes}")


def metrics(a: h.Proc, b: h.Proc, worker: h.Proc, out: Checks) -> None:
    for replica in (a, b):
        unkeyed = httpx.get(replica.base_url + "/metrics", timeout=30).status_code
        scraped = get(replica.base_url + "/metrics")
        out.check(
            scraped.status_code == 200 and 'role="api"' in scraped.text,
            f"{replica.name} /metrics with the key: {process_info(scraped.text)} (without it: {unkeyed})",
        )
    text = httpx.get(worker.base_url + "/metrics", timeout=30).text
    items_total = [line for line in text.splitlines() if line.startswith("newsfacts_job_items_total{")]
    out.check('role="worker"' in text, f"{worker.name} /metrics: {process_info(text)}; {items_total}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--kill-at", type=float, default=0.4)
    parser.add_argument("--record", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the processes' logs")
    args = parser.parse_args()
    out = Checks()
    with h.workdir("operator", keep=args.keep) as log_dir:
        try:
            scenario(args.items, args.kill_at, log_dir, out)
        except Exception as exc:
            out.check(False, f"the scenario stopped: {exc}")
    out.say(f"{len(out.lines)} lines, {out.failed} failed")
    if args.record:
        h.record(TITLE, h.section(TITLE, "```\n" + "\n".join(out.lines) + "\n```\n"))
    sys.exit(1 if out.failed else 0)


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    main()
