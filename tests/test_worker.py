"""Several processes on one PostgreSQL: `newsfacts worker`, API replicas that run no jobs, `newsfacts db`.

Real processes against the real server the tests start (tests/pg/server.py);
the offline rules backend, so nothing leaves loopback.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest
from pydantic import SecretStr

from service.serving.store.base import NewJobItem
from service.serving.store.factory import open_store
from service.serving.store.postgres import SCHEMA_VERSION as PG_SCHEMA_VERSION
from service.settings import Settings
from tests.api_fakes import FakeBackend, running

pytestmark = pytest.mark.anyio

NEWSFACTS = [sys.executable, "-m", "service"]


def env_for(url: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    env.update(
        NEWSFACTS_DATABASE_URL=url,
        NEWSFACTS_DATA_DIR=str(tmp_path / "unused-data"),
        NEWSFACTS_BACKEND="rules",
        NEWSFACTS_LOG_JSON="false",
        **extra,
    )
    return env


def cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*NEWSFACTS, *args], env=env, capture_output=True, text=True, timeout=120)


def test_db_upgrade_then_version_and_the_refusals(postgres_url: str, tmp_path: Path) -> None:
    env = env_for(postgres_url, tmp_path)
    fresh = cli(["db", "version"], env)
    assert fresh.returncode == 2 and "newsfacts db upgrade" in fresh.stderr
    upgraded = cli(["db", "upgrade"], env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"schema at version {PG_SCHEMA_VERSION}" in upgraded.stderr
    assert "@" not in upgraded.stderr.replace("newsfacts@", "")  # no credentials echoed
    version = cli(["db", "version"], env)
    assert (version.returncode, version.stdout.strip()) == (0, str(PG_SCHEMA_VERSION))
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("UPDATE newsfacts_schema SET version = 99")
    newer = cli(["db", "upgrade"], env)
    assert newer.returncode == 2 and "newer than this newsfacts" in newer.stderr


def test_an_unreachable_database_is_a_clear_cli_error(tmp_path: Path) -> None:
    from tests.pg.server import free_port

    env = env_for(f"postgresql://nobody:secret@127.0.0.1:{free_port()}/nothing", tmp_path)
    proc = cli(["db", "upgrade"], env)
    assert proc.returncode == 2
    assert "cannot open the PostgreSQL database nothing at 127.0.0.1" in proc.stderr
    assert "secret" not in proc.stderr


@contextmanager
def worker(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen([*NEWSFACTS, "worker"], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


def articles(n: int, tag: str) -> list[str]:
    import json

    return [
        json.dumps({"text": f"Story {tag}{i}: the council said {i + 3} people attended on Friday."})
        for i in range(n)
    ]


async def wait_job(settings: Settings, job_id: str, *, timeout_s: float = 120) -> Any:
    store = await open_store(settings)
    try:
        async with asyncio.timeout(timeout_s):
            while True:
                job = await store.get_job(job_id)
                assert job is not None
                if job.status == "done":
                    return job, await store.job_items(job_id, 0, 1000)
                await asyncio.sleep(0.1)
    finally:
        await store.close()


async def test_a_worker_drains_jobs_and_takes_over_a_dead_workers_items(
    postgres_url: str, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path / "d", database_url=SecretStr(postgres_url))
    store = await open_store(settings)
    try:
        await store.create_job("a" * 32, [NewJobItem(request=r) for r in articles(6, "a")], time.time())
        # A worker that died holding three items: it will never renew their 1 s leases.
        held = await store.claim_items("dead-worker", 1.0, 3, time.time())
        assert len(held) == 3
    finally:
        await store.close()
    env = env_for(postgres_url, tmp_path, NEWSFACTS_JOB_LEASE_S="1")
    with worker(env, tmp_path / "worker.log") as proc:
        job, items = await wait_job(settings, "a" * 32)
        assert (job.succeeded, job.failed) == (6, 0)
        assert len({i.extraction_id for i in items}) == 6
        # Idle now: a job created afterwards is announced (NOTIFY) and run too.
        store = await open_store(settings)
        try:
            await store.create_job("b" * 32, [NewJobItem(request=r) for r in articles(3, "b")], time.time())
        finally:
            await store.close()
        job, _ = await wait_job(settings, "b" * 32)
        assert job.succeeded == 3
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0, (tmp_path / "worker.log").read_text()
    log = (tmp_path / "worker.log").read_text()
    assert "worker_started" in log and "worker_stopped" in log


async def test_replicas_that_run_no_jobs_share_them_with_a_worker(postgres_url: str, tmp_path: Path) -> None:
    base = Settings(data_dir=tmp_path / "d", database_url=SecretStr(postgres_url), run_jobs=False)
    body = {"articles": [{"text": "The mayor said 12 roads would close on Monday."}, {"text": "   "}]}
    async with running(base, FakeBackend()) as (_, one), running(base, FakeBackend()) as (_, two):
        created = await one.post("/v1/jobs", json=body)
        assert created.status_code == 202
        url = created.headers["location"]
        await asyncio.sleep(0.5)
        pending = (await two.get(url)).json()  # the other replica sees it; nobody runs it yet
        assert (pending["status"], pending["pending"], pending["failed"]) == ("pending", 1, 1)
        env = env_for(postgres_url, tmp_path)
        with worker(env, tmp_path / "worker.log") as proc:
            async with asyncio.timeout(120):
                while (job := (await two.get(url)).json())["status"] != "done":
                    await asyncio.sleep(0.1)
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
        ready = await two.get("/readyz")
        scraped = [(await c.get("/metrics")).text for c in (one, two)]
    assert (job["succeeded"], job["failed"]) == (1, 1)
    # Each replica names itself, so scrapes of both can be told apart and summed.
    names = replica_names(scraped)
    assert len(names) == 2 and names[0] != names[1]
    assert all('role="api",store="PostgresStore"' in t for t in scraped)
    assert job["items"][0]["result"]["extractor"]["backend"] == "rules"  # run by the worker
    assert ready.status_code == 200


def test_serve_no_jobs_is_documented_in_the_cli() -> None:
    proc = subprocess.run([*NEWSFACTS, "serve", "--help"], capture_output=True, text=True, timeout=60)
    assert "--no-jobs" in proc.stdout


async def test_a_database_gone_away_is_a_503_and_readyz_fails(postgres_server: Any, tmp_path: Path) -> None:
    url = postgres_server.new_database()
    settings = Settings(data_dir=tmp_path / "d", database_url=SecretStr(url), run_jobs=False)
    async with running(settings, FakeBackend()) as (_, client):
        assert (await client.get("/readyz")).status_code == 200
        postgres_server.drop_database(url)  # closes every connection to it, and it is gone
        ready = await client.get("/readyz")
        read = await client.get("/v1/extractions/" + "a" * 32)
    assert ready.status_code == 503
    assert read.status_code == 503 and read.json()["type"] == "urn:newsfacts:problem:store-unavailable"
    assert "newsfacts@" not in read.text  # no connection string in what a client sees


def replica_names(scraped: list[str]) -> list[str]:
    """The ``replica`` label of ``newsfacts_process_info`` in each scrape of /metrics."""
    return [
        line.split('replica="')[1].split('"')[0]
        for text in scraped
        for line in text.splitlines()
        if line.startswith("newsfacts_process_info{")
    ]
