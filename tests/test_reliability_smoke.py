"""CI-sized runs of the reliability scripts: the bad-input table and a crash in the middle of a job.

Real processes on loopback ports, as the scripts in ``benchmarks/`` run them
(``bad_input.py``, ``crash_resume.py``); only the CLI cases that take minutes
and the sizes are cut down. No timing is asserted.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from benchmarks import _harness as h
from benchmarks.bad_input import cases, markdown, run_table
from benchmarks.crash_resume import run_crash_resume

pytestmark = pytest.mark.slow


def test_every_hostile_input_gets_its_documented_answer(tmp_path: Path) -> None:
    sim = h.start_simulator(tmp_path, faults="obey:1")
    with h.stopping(sim):
        rules = h.start_service(tmp_path / "rules-data", tmp_path, name="service-rules")
        llm = h.start_service(tmp_path / "llm-data", tmp_path, simulator=sim, name="service-llm")
        with h.stopping(rules, llm):
            rows = run_table(
                cases(include_slow=False),
                {"rules": rules.base_url, "llm": llm.base_url},
                {
                    "rules": h.service_env(tmp_path / "cli-rules"),
                    "llm": h.service_env(tmp_path / "cli-llm", sim),
                },
                tmp_path,
                cli_timeout_s=120,
            )
            assert rules.alive() and llm.alive()
            assert httpx.get(rules.base_url + "/readyz", timeout=10).status_code == 200
        obeyed = httpx.get(sim.base_url + "/_sim/stats", timeout=10).json()["faults"].get("obey", 0)
    assert [r.case.name for r in rows if not r.ok] == [], markdown(rows)
    # The planted-instruction row really met a provider that obeys: API and CLI both called it.
    assert obeyed >= 2
    assert {r.case.backend for r in rows} == {"rules", "llm"}


def test_a_job_killed_mid_way_resumes_without_redoing_finished_items(tmp_path: Path) -> None:
    # Two requests at the provider at a time: the items finish a pair every 200 ms, so the kill
    # lands mid-job however late the poll that saw 30% done returns. Unbounded, the first 16
    # items finished together and the other 8 one latency later: a poll slowed that long by a
    # loaded machine killed a finished job.
    report = run_crash_resume(
        tmp_path,
        items=24,
        latency_ms=200,
        kill_at=0.3,
        lease_s=1.0,
        timeout_s=90,
        env_extra={"NEWSFACTS_LLM_CONCURRENCY": "2"},
    )
    assert 0 < report.finished_at_kill < report.items
    assert report.succeeded == report.distinct_extractions == report.items
    assert report.resumed_calls <= report.pending_at_kill
    assert (report.integrity_after_kill, report.integrity_at_end) == ("ok", "ok")
    assert report.problems() == []
