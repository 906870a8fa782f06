"""Session 16: what session 15's hostile review left for a service on several machines.

At the HTTP boundary with the real app; on the real PostgreSQL the tests start
(tests/pg/server.py) where it is about the store. See docs/hostile-review.md, "Session 16".
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from service.serving.store.factory import open_store
from service.settings import Settings
from tests.api_fakes import FakeBackend, polled, running

pytestmark = pytest.mark.anyio

ARTICLE = {"text": "The council of Wexmoor said on Monday that 40 homes had flooded."}
OTHER = {"text": "The board of Calder Mills said 12 jobs were cut on Friday."}

# Further ahead than any lease here (30 s): the host's clock is wrong, not slightly off.
SKEW_S = 600.0


def pg_settings(tmp_path: Path, url: str, **extra: Any) -> Settings:
    return Settings(data_dir=tmp_path / "d", database_url=SecretStr(url), **extra)


def skew_clock(monkeypatch: pytest.MonkeyPatch, ahead_s: float) -> None:
    """This process's wall clock runs ``ahead_s`` seconds ahead (its monotonic clock is untouched)."""
    real: Callable[[], float] = time.time
    monkeypatch.setattr(time, "time", lambda: real() + ahead_s)


# ---------------------------------------------------------------- 1. leases on the database's clock


async def test_a_replica_whose_clock_runs_ahead_cannot_take_an_item_another_host_holds(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leases are stamped and compared with the database's clock, not the claimer's.

    Before: a lease was the holder's ``time.time() + 30`` compared with the claimer's
    ``time.time()``; a replica whose clock ran ahead by more than the lease saw every other
    host's live item as abandoned and took it, so two hosts extracted it at once (and the
    holder lost it at its next renewal).
    """
    job_url = ""
    async with running(pg_settings(tmp_path, postgres_url, run_jobs=False), FakeBackend()) as (_, api):
        created = await api.post("/v1/jobs", json={"articles": [ARTICLE]})
        assert created.status_code == 202
        job_url = created.headers["location"]
    # Another host, with a correct clock, holds the item under a 30 s lease it is renewing.
    holder = await open_store(pg_settings(tmp_path, postgres_url))
    try:
        held = await holder.claim_items("host-a", 30.0, 10, time.time())
        assert [c.index for c in held] == [0]

        skew_clock(monkeypatch, SKEW_S)
        backend = FakeBackend()
        async with running(pg_settings(tmp_path, postgres_url), backend) as (_, client):
            # Work of its own proves the skewed replica's runner claims (and would have taken ours).
            other = await client.post("/v1/jobs", json={"articles": [OTHER]})
            await polled(
                partial(client.get, other.headers["location"]),
                lambda r: r.status_code == 200 and r.json()["status"] == "done",
                what="the skewed replica runs its own job",
            )
            held_job = (await client.get(job_url)).json()
        assert backend.texts == [OTHER["text"]], backend.texts
        assert held_job["items"][0]["status"] == "pending"
        # The holder still holds it: its renewal finds the item its own.
        assert await holder.renew_items("host-a", 30.0, time.time()) == {(held[0].job_id, 0)}
    finally:
        await holder.close()


async def test_a_skewed_host_cannot_take_a_live_flight_or_a_held_webhook(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's other leases: an extraction's flight and a webhook's delivery hold are on the
    database's clock too (before: a skewed host took both, extracting or delivering twice), and a
    lease that did run out is still taken."""
    settings = pg_settings(tmp_path, postgres_url)
    one = await open_store(settings)
    two = await open_store(settings)
    try:
        key = "f" * 32
        assert await one.claim_flight(key, "a", 30.0, time.time())
        await one.create_job("j" * 32, [], time.time())  # no items: done at once
        await one.set_webhook("j" * 32, "https://hooks.example.com/x")
        assert len(await one.claim_webhooks(time.time(), 30.0, 3, 10)) == 1
        skew_clock(monkeypatch, SKEW_S)
        assert not await two.claim_flight(key, "b", 30.0, time.time())
        assert await two.claim_webhooks(time.time(), 30.0, 3, 10) == []
        # A lease that did run out (0.1 s) is still taken, whatever the claimer's clock says.
        assert await one.claim_flight("g" * 32, "a", 0.1, time.time())
        await asyncio.sleep(0.3)
        assert await two.claim_flight("g" * 32, "b", 30.0, time.time())
    finally:
        await one.close()
        await two.close()


# ---------------------------------------------------------------- 2. a job and its webhook, one transaction

HOOK = "http://127.0.0.1:9/hook"


def _fail_webhook_writes(store: str, where: str) -> None:
    """Every write of a webhook now fails as an unavailable store does (set from outside the app)."""
    if store == "postgres":
        import psycopg

        with psycopg.connect(where, autocommit=True) as conn:
            conn.execute(
                "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS"
                " $$BEGIN RAISE EXCEPTION 'the server is going down' USING ERRCODE = '57P01'; END$$"
            )
            conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON job_webhooks EXECUTE FUNCTION refuse()")
    else:
        import sqlite3

        with sqlite3.connect(where, isolation_level=None) as conn:
            # A table the trigger writes to, then gone: SQLite fails the insert with an
            # OperationalError, which the store reads as its storage failing (503).
            conn.execute("CREATE TABLE gone (x INTEGER)")
            conn.execute(
                "CREATE TRIGGER refuse BEFORE INSERT ON job_webhooks BEGIN INSERT INTO gone VALUES (1); END"
            )
            conn.execute("DROP TABLE gone")


@pytest.mark.parametrize("store", ["postgres", "sqlite"])
async def test_a_store_failure_writing_the_webhook_leaves_no_job(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """The job, its items and its webhook are one transaction: a failure leaves none of them.

    Before: the job was written, then its webhook in a second call; when the second failed the
    client got a 503 while the job ran without the callback it asked for, and its retry made a
    second job.
    """
    extra: dict[str, Any] = {
        "run_jobs": False,
        "webhook_secret": SecretStr("s" * 32),
        "webhook_allow_private_hosts": True,
    }
    if store == "postgres":
        url: str = request.getfixturevalue("postgres_url")
        settings, where = pg_settings(tmp_path, url, **extra), url
    else:
        settings = Settings(data_dir=tmp_path / "d", **extra)
        where = str(tmp_path / "d" / "newsfacts.sqlite3")
    async with running(settings, FakeBackend()) as (_, client):
        _fail_webhook_writes(store, where)
        failed = await client.post("/v1/jobs", json={"articles": [ARTICLE], "webhook_url": HOOK})
        listed = await client.get("/v1/jobs")
        # Without a webhook the same job is written: only the webhook's write fails.
        plain = await client.post("/v1/jobs", json={"articles": [ARTICLE]})
    assert failed.status_code == 503, failed.text
    assert failed.headers["content-type"].startswith("application/problem+json")
    assert listed.json()["total"] == 0, listed.json()
    assert plain.status_code == 202


@pytest.mark.parametrize("store", ["postgres", "sqlite"])
async def test_a_job_created_with_its_webhook_has_it_from_the_start(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Guard: the 202 of a job with a `webhook_url` already shows the webhook, on both stores."""
    extra: dict[str, Any] = {
        "run_jobs": False,
        "webhook_secret": SecretStr("s" * 32),
        "webhook_allow_private_hosts": True,
    }
    settings = (
        pg_settings(tmp_path, request.getfixturevalue("postgres_url"), **extra)
        if store == "postgres"
        else Settings(data_dir=tmp_path / "d", **extra)
    )
    async with running(settings, FakeBackend()) as (_, client):
        created = await client.post("/v1/jobs", json={"articles": [ARTICLE], "webhook_url": HOOK})
    assert created.status_code == 202
    hook = created.json()["webhook"]
    assert (hook["url"], hook["delivered"], hook["attempts"]) == (HOOK, False, 0)


# ---------------------------------------------------------------- 3. finished jobs are swept


@pytest.mark.parametrize("store", ["postgres", "sqlite"])
async def test_a_finished_job_is_swept_after_its_retention_and_a_running_one_is_not(
    store: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Past ``NEWSFACTS_JOB_RETENTION_S`` a finished job and its items leave the store; its URL is
    a 404 ``job-not-found`` saying why. A job still running stays, however old.

    Before: jobs were never removed; every item's request and result stayed for ever, so one
    client could fill the database's disk.
    """
    gate = asyncio.Event()
    backend = FakeBackend(gate=gate)
    # One item at a time: the running job's item holds the only slot until the gate opens.
    extra: dict[str, Any] = {
        "job_retention_s": 1.0,
        "job_lease_s": 1.5,
        "job_concurrency": 1,
        "batch_concurrency": 1,
    }
    settings = (
        pg_settings(tmp_path, request.getfixturevalue("postgres_url"), **extra)
        if store == "postgres"
        else Settings(data_dir=tmp_path / "d", **extra)
    )
    async with running(settings, backend) as (app, client):
        running_job = (await client.post("/v1/jobs", json={"articles": [ARTICLE, OTHER]})).headers["location"]
        await polled(lambda: asyncio.sleep(0, backend.calls), lambda n: n == 1, what="the first item runs")
        # Failed at submission (an empty article), so done at once: the job to be swept.
        done = await client.post("/v1/jobs", json={"articles": [{"text": ""}]})
        assert done.status_code == 202 and done.json()["status"] == "done"
        done_url = done.headers["location"]
        gone = await polled(
            partial(client.get, done_url), lambda r: r.status_code != 200, what="the finished job is swept"
        )
        still = await client.get(running_job)
        items = await app.state.services.store.job_items(done_url.rsplit("/", 1)[1], 0, 10)
        gate.set()
        await polled(
            partial(client.get, running_job),
            lambda r: r.status_code == 200 and r.json()["status"] == "done",
            what="the running job finishes",
        )
    assert gone.status_code == 404, gone.text
    problem = gone.json()
    assert problem["type"] == "urn:newsfacts:problem:job-not-found"
    assert "removed 1 s after its last item finished" in problem["detail"]
    assert items == []
    assert still.status_code == 200 and still.json()["status"] == "running"


async def test_a_finished_job_waits_for_its_webhook_before_it_is_swept(tmp_path: Path) -> None:
    """Guard: a job whose webhook is still to be delivered stays past its retention."""
    settings = Settings(
        data_dir=tmp_path / "d",
        job_retention_s=0.2,
        job_lease_s=0.3,
        webhook_secret=SecretStr("s" * 32),
        webhook_allow_private_hosts=True,
        webhook_backoff_initial_s=600.0,  # one failed attempt, then a long wait
    )
    async with running(settings, FakeBackend()) as (app, client):
        hooked = await client.post("/v1/jobs", json={"articles": [{"text": ""}], "webhook_url": HOOK})
        plain = await client.post("/v1/jobs", json={"articles": [{"text": ""}]})
        await polled(
            partial(client.get, plain.headers["location"]),
            lambda r: r.status_code == 404,
            what="the job without a webhook is swept",
        )
        await polled(
            partial(client.get, hooked.headers["location"]),
            lambda r: r.status_code == 200 and r.json()["webhook"]["attempts"] >= 1,
            what="the webhook was tried",
        )
        # A whole sweep after the attempt was seen: the second to complete from here began after
        # it (one may be under way now). Session 16 read the time a sweep was due, which is set
        # before the sweep runs, so the job could be read before any sweep had looked at it.
        sweeper = app.state.services.sweeper
        before = sweeper.sweeps
        await polled(
            lambda: asyncio.sleep(0, sweeper.sweeps),
            lambda n: n >= before + 2,
            what="a whole sweep after the attempt",
        )
        kept = await client.get(hooked.headers["location"])
    assert kept.status_code == 200, kept.text


# ---------------------------------------------------------------- 4. a stored extraction this release cannot read


@pytest.mark.parametrize("stored", ["newer", "damaged"])
async def test_a_story_naming_a_stored_extraction_this_release_cannot_read_is_a_409_naming_it(
    stored: str, tmp_path: Path
) -> None:
    """Its own problem type, blaming the stored body, not the caller's request; the client raises
    ``ExtractionUnreadable``.

    Before: a 422 "1 invalid field in the request; first: claims: Extra inputs are not
    permitted", for a body a newer release wrote (a rolling upgrade) or the store damaged.
    """
    import httpx

    from service.client import AsyncClient, Conflict, ExtractionUnreadable

    settings = Settings(data_dir=tmp_path / "d", run_jobs=False)
    async with running(settings, FakeBackend()) as (app, client):
        made = (await client.post("/v1/extractions", json=ARTICLE)).json()
        if stored == "newer":
            # What a release whose schema adds a field writes: this release forbids unknown fields.
            body = json.dumps({**made, "schema_version": "9.0", "claims": []}).encode()
        else:
            body = b'{"schema_version": "1.2", "id": "trunc'
        foreign = "c" * 32
        await app.state.services.store.put_extraction(foreign, body, time.time())
        answer = await client.post("/v1/stories", json={"extraction_ids": [made["id"], foreign]})
        readable = await client.post("/v1/stories", json={"extraction_ids": [made["id"]]})
        transport = httpx.ASGITransport(app=app)
        async with AsyncClient("http://testserver", transport=transport) as typed:
            with pytest.raises(ExtractionUnreadable) as raised:
                await typed.story(extraction_ids=[made["id"], foreign])
    assert answer.status_code == 409, answer.text
    problem = answer.json()
    assert problem["type"] == "urn:newsfacts:problem:extraction-unreadable"
    assert foreign in problem["detail"] and "send the article" in problem["detail"]
    if stored == "newer":
        assert "schema 9.0" in problem["detail"]
    assert readable.status_code == 200
    assert isinstance(raised.value, Conflict) and raised.value.status == 409


# ---------------------------------------------------------------- 5. a response nobody reads


def test_a_response_its_client_never_reads_is_dropped_after_the_drain_deadline(tmp_path: Path) -> None:
    """Past ``NEWSFACTS_HTTP_DRAIN_TIMEOUT_S`` with nothing read, the connection is aborted and the
    unread bytes leave the process.

    Before: uvicorn has no write deadline, so the response stayed in the process's buffers for as
    long as the client kept the connection open (60 such clients of a 4 MB page: +127 MB of RSS).
    The body here (8 MB) is larger than what the kernel's socket buffers can take, so the rest
    waits in the process. The client waits for the server's own word that it dropped the response
    (its ``http_response_dropped`` log line; session 16 slept 8 s and hoped), bounded far above the
    deadline: a bound, not a timing.
    """
    import asyncio as aio
    import socket

    from service.serving.store.sqlite import SQLiteStore
    from tests.live_server import running_server

    data = tmp_path / "data"
    body = b'{"pad":"' + b"x" * 8_000_000 + b'"}'
    key = "d" * 32

    async def seed() -> None:
        store = SQLiteStore.in_data_dir(data)
        await store.put_extraction(key, body, time.time())
        await store.close()

    aio.run(seed())
    with running_server(
        data, env={"NEWSFACTS_HTTP_DRAIN_TIMEOUT_S": "1", "NEWSFACTS_RUN_JOBS": "false"}
    ) as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # the client takes little
            sock.connect(("127.0.0.1", port))
            sock.sendall(f"GET /v1/extractions/{key} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            log = data / "server.log"
            bound = time.monotonic() + 60
            while b"http_response_dropped" not in log.read_bytes():  # reads nothing meanwhile
                assert time.monotonic() < bound, "the server never dropped the unread response"
                time.sleep(0.1)
            sock.settimeout(30)
            got = 0
            try:
                while chunk := sock.recv(65536):
                    got += len(chunk)
            except ConnectionResetError:
                pass
    assert got < len(body), f"the whole response was kept for the client ({got} bytes)"
