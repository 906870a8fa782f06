"""The operator's scenario of docs/deployment.md, run as the operator would: real processes.

Two API replicas that run no jobs and one ``newsfacts worker``, all on one
PostgreSQL (the server the tests start), with API keys set: a job submitted to
one replica is run by the worker and read from the other replica by the same
key, and stays a 404 for another key, on either replica.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import httpx

from tests.live_server import running_server
from tests.test_worker import env_for, worker

KEYS = ["key-newsroom", "key-research"]
ADMIN = "key-ops"


def test_two_replicas_and_a_worker_on_one_database_with_api_keys(postgres_url: str, tmp_path: Path) -> None:
    env = env_for(
        postgres_url,
        tmp_path,
        NEWSFACTS_API_KEYS=json.dumps(KEYS),
        NEWSFACTS_ADMIN_API_KEYS=json.dumps([ADMIN]),
        NEWSFACTS_RUN_JOBS="false",
    )
    newsroom, research, ops = ({"x-api-key": k} for k in (*KEYS, ADMIN))
    body = {
        "articles": [
            {"text": "The mayor said 12 roads would close on Monday for repairs."},
            {"text": "The council said 40 homes would be built in Marston by 2027."},
        ]
    }
    with (
        running_server(tmp_path / "replica-a", env) as a,
        running_server(tmp_path / "replica-b", env) as b,
        worker(env, tmp_path / "worker.log") as proc,
    ):
        created = httpx.post(f"{a}/v1/jobs", json=body, headers=newsroom, timeout=30)
        assert created.status_code == 202, created.text
        path = created.headers["location"]
        deadline = time.monotonic() + 120
        while (job := httpx.get(f"{b}{path}", headers=newsroom, timeout=30)).json().get("status") != "done":
            assert job.status_code == 200, job.text  # the other replica knows the job and its owner
            assert time.monotonic() < deadline, "the worker never finished the job"
            time.sleep(0.2)
        other_key = [httpx.get(f"{r}{path}", headers=research, timeout=30) for r in (a, b)]
        admin = httpx.get(f"{b}{path}", headers=ops, timeout=30)
        listed = [httpx.get(f"{r}/v1/jobs", headers=newsroom, timeout=30).json() for r in (a, b)]
        listed_other = httpx.get(f"{b}/v1/jobs", headers=research, timeout=30).json()
        extraction = job.json()["items"][0]["id"]
        read_b = httpx.get(f"{b}/v1/extractions/{extraction}", headers=newsroom, timeout=30)
        read_other = httpx.get(f"{a}/v1/extractions/{extraction}", headers=research, timeout=30)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    done = job.json()
    assert (done["succeeded"], done["failed"]) == (2, 0)
    assert all(item["result"]["extractor"]["backend"] == "rules" for item in done["items"])
    assert [r.status_code for r in other_key] == [404, 404]
    assert other_key[0].json()["type"] == "urn:newsfacts:problem:job-not-found"
    assert admin.status_code == 200
    assert [page["total"] for page in listed] == [1, 1] and listed_other["total"] == 0
    # The job's results are the key's extractions on every replica, and nobody else's.
    assert read_b.status_code == 200 and read_other.status_code == 404
