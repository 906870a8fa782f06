"""Reliability: kill -9 the service in the middle of a batch job; restart; the job resumes.

The service (llm backend, simulated provider with ``--latency-ms`` latency, no
faults) takes a job of ``--items`` distinct articles. Once ``--kill-at`` of
them are finished, the process gets SIGKILL: no shutdown code runs and its
job lease is left to run out (``NEWSFACTS_JOB_LEASE_S``). Then:

* the store, as the dead process left it, passes ``PRAGMA integrity_check``;
* the provider's call count (``/_sim/stats``) and the finished items (read
  from the store) are noted;
* a new process on the same data dir takes the job over when the lease runs
  out and finishes it: every item succeeded, each with its own extraction;
* the provider was called at most once per item that was not finished at
  the kill (no finished item is extracted twice; an item whose extraction
  was stored but not yet recorded as finished comes from the cache);
* after a clean stop the store passes ``PRAGMA integrity_check`` again.

``tests/test_reliability_smoke.py`` runs a small version of this in CI.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from benchmarks import _harness as h

TITLE = "Crash in the middle of a job (reliability)"


@dataclass
class CrashReport:
    items: int
    finished_at_kill: int
    calls_at_kill: int
    calls_after_resume: int
    succeeded: int
    failed: int
    distinct_extractions: int
    integrity_after_kill: str
    integrity_at_end: str
    resume_s: float

    @property
    def resumed_calls(self) -> int:
        return self.calls_after_resume - self.calls_at_kill

    @property
    def in_flight_at_kill(self) -> int:
        """Items whose provider call was made but whose result was not yet stored at the kill."""
        return max(0, self.calls_at_kill - self.finished_at_kill)

    @property
    def paid_twice(self) -> int:
        """Provider calls beyond one per item: the in-flight calls the resume made again."""
        return max(0, self.calls_after_resume - self.items)

    @property
    def pending_at_kill(self) -> int:
        return self.items - self.finished_at_kill

    def problems(self) -> list[str]:
        out: list[str] = []
        if not 0 < self.finished_at_kill < self.items:
            out.append(f"the kill did not land mid-job ({self.finished_at_kill}/{self.items} finished)")
        if self.succeeded != self.items or self.failed:
            out.append(f"job ended with {self.succeeded} succeeded, {self.failed} failed of {self.items}")
        if self.distinct_extractions != self.items:
            out.append(f"{self.distinct_extractions} distinct extractions for {self.items} items")
        if self.resumed_calls > self.pending_at_kill:
            out.append(
                f"{self.resumed_calls} provider calls after the restart for {self.pending_at_kill} unfinished items:"
                " a finished item was extracted again"
            )
        for when, result in (
            ("after the kill", self.integrity_after_kill),
            ("at the end", self.integrity_at_end),
        ):
            if result != "ok":
                out.append(f"integrity_check {when}: {result}")
        return out


def store_path(data_dir: Path) -> Path:
    return data_dir / "newsfacts.sqlite3"


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return "; ".join(str(r[0]) for r in rows)


def finished_items(path: Path, job_id: str) -> int:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT COUNT(*) FROM job_items WHERE job_id = ? AND status != 'pending'", (job_id,)
        ).fetchone()
    finally:
        conn.close()
    return int(row[0])


def job(base_url: str, job_id: str, limit: int = 1) -> dict[str, Any]:
    r = httpx.get(f"{base_url}/v1/jobs/{job_id}", params={"limit": limit}, timeout=10)
    r.raise_for_status()
    data: dict[str, Any] = r.json()
    return data


def run_crash_resume(
    work: Path,
    *,
    items: int = 60,
    latency_ms: float = 300.0,
    kill_at: float = 0.4,
    lease_s: float = 2.0,
    timeout_s: float = 120.0,
    env_extra: dict[str, str] | None = None,
) -> CrashReport:
    """``env_extra``: more environment (``NEWSFACTS_*`` settings) of both service processes."""
    data_dir = work / "data"
    lease = str(lease_s)
    sim = h.start_simulator(work, latency_ms=latency_ms, seed=1)
    with h.stopping(sim):
        first = h.start_service(
            data_dir, work, simulator=sim, name="service-killed", job_lease_s=lease, env_extra=env_extra
        )
        with h.stopping(first):
            articles = [{"text": t} for t in h.distinct_articles(items, salt="crash")]
            r = httpx.post(f"{first.base_url}/v1/jobs", json={"articles": articles}, timeout=30)
            r.raise_for_status()
            job_id = r.json()["id"]
            deadline = time.monotonic() + timeout_s
            while int(job(first.base_url, job_id)["succeeded"]) < kill_at * items:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"job did not reach {kill_at:.0%} in {timeout_s:g} s")
                time.sleep(0.02)
            first.kill9()
        killed_at = time.monotonic()
        calls_at_kill = int(httpx.get(sim.base_url + "/_sim/stats", timeout=10).json()["chat_completions"])
        path = store_path(data_dir)
        integrity_after_kill = integrity(path)
        finished_at_kill = finished_items(path, job_id)

        second = h.start_service(
            data_dir, work, simulator=sim, name="service-resumed", job_lease_s=lease, env_extra=env_extra
        )
        with h.stopping(second):
            deadline = time.monotonic() + timeout_s
            while (state := job(second.base_url, job_id))["status"] != "done":
                if time.monotonic() > deadline:
                    raise RuntimeError(f"job not done {timeout_s:g} s after the restart: {state}")
                time.sleep(0.05)
            resume_s = time.monotonic() - killed_at
            full = job(second.base_url, job_id, limit=items)
            calls_after = int(httpx.get(sim.base_url + "/_sim/stats", timeout=10).json()["chat_completions"])
        # After a clean stop: the WAL is checkpointed and the file is the store's whole state.
        integrity_at_end = integrity(path)
    job_items: list[dict[str, Any]] = full["items"]
    return CrashReport(
        items=items,
        finished_at_kill=finished_at_kill,
        calls_at_kill=calls_at_kill,
        calls_after_resume=calls_after,
        succeeded=int(full["succeeded"]),
        failed=int(full["failed"]),
        distinct_extractions=len({item.get("id") for item in job_items if item.get("id")}),
        integrity_after_kill=integrity_after_kill,
        integrity_at_end=integrity_at_end,
        resume_s=resume_s,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Reliability: kill -9 mid-job, restart, resume.")
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--latency-ms", type=float, default=300.0)
    parser.add_argument("--kill-at", type=float, default=0.4, help="Share of items finished before the kill.")
    parser.add_argument("--lease-s", type=float, default=2.0, help="NEWSFACTS_JOB_LEASE_S of both processes.")
    parser.add_argument("--record", action="store_true", help="Write the section into RESULTS.md.")
    args = parser.parse_args()
    with h.workdir("crash-resume") as work:
        report = run_crash_resume(
            work, items=args.items, latency_ms=args.latency_ms, kill_at=args.kill_at, lease_s=args.lease_s
        )
    problems = report.problems()
    verdict = "met" if not problems else "NOT met"
    body = "\n".join(
        [
            f"Job of {report.items} distinct articles, simulator latency {args.latency_ms:g} ms, "
            f"`NEWSFACTS_JOB_LEASE_S={args.lease_s:g}`, SIGKILL once {args.kill_at:.0%} were finished.",
            "",
            "| check | result |",
            "| --- | --- |",
            f"| items finished when killed (read from the store) | {report.finished_at_kill} of {report.items} |",
            f"| provider calls before the kill / after the resume | {report.calls_at_kill} / {report.resumed_calls} |",
            f"| unfinished items at the kill / provider calls to finish them | {report.pending_at_kill} / "
            f"{report.resumed_calls} (at most one each) |",
            f"| provider calls in all / items | {report.calls_after_resume} / {report.items}: "
            f"{report.paid_twice} paid twice; {report.in_flight_at_kill} calls were in flight at the kill "
            "(at-least-once) |",
            f"| finished items paid again | {max(0, report.resumed_calls - report.pending_at_kill)} "
            "(exactly-once) |",
            f"| job at the end | {report.succeeded} succeeded, {report.failed} failed, "
            f"{report.distinct_extractions} distinct extractions |",
            f"| from the kill to the job done (lease run-out and restart included) | {report.resume_s:.1f} s |",
            f"| `PRAGMA integrity_check` right after the kill / at the end | {report.integrity_after_kill} / "
            f"{report.integrity_at_end} |",
            "",
            f"Goal (the job resumes, no finished item extracted twice, store intact): **{verdict}**"
            + (f": {'; '.join(problems)}" if problems else "")
            + ".",
        ]
    )
    text = h.section(TITLE, body)
    print(text)
    if args.record:
        h.record(TITLE, text)
    raise SystemExit(0 if not problems else 1)


if __name__ == "__main__":
    main()
