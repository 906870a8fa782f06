"""GET /v1/jobs, job cancel, GET and DELETE /v1/extractions, and signed job-completion webhooks."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.serving.store.sqlite import SQLiteStore
from service.serving.webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, WebhookSender, verify
from service.settings import Settings
from tests.api_fakes import FakeBackend, eventually, polled, running

pytestmark = pytest.mark.anyio

SECRET = "test-webhook-secret-0123456789"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        job_lease_s=0.3,
        webhook_secret=SECRET,
        webhook_allow_private_hosts=True,  # the receiver is on loopback
        webhook_backoff_initial_s=0.05,
        webhook_backoff_max_s=0.1,
        webhook_max_attempts=3,
        webhook_timeout_s=2,
    )


def articles(n: int, tag: str = "") -> list[dict[str, Any]]:
    return [{"text": f"Story {tag}{i}: the ministry said {i} people attended on Friday."} for i in range(n)]


async def job_json(client: httpx.AsyncClient, url: str) -> dict[str, Any]:
    return dict((await client.get(url)).json())


async def wait_done(client: httpx.AsyncClient, url: str) -> dict[str, Any]:
    return await polled(lambda: job_json(client, url), lambda job: job["status"] == "done", what="job done")


async def settled_webhook(client: httpx.AsyncClient, url: str) -> dict[str, Any]:
    """The job's webhook status once its sender has recorded the last attempt.

    The receiver sees a delivery before the sender stores its outcome, so reading the
    status right after the receiver's count moves races the sender (CI saw it).
    """
    job = await polled(
        lambda: job_json(client, url),
        lambda job: (
            job["webhook"]["delivered"]
            or (job["webhook"]["attempts"] > 0 and job["webhook"]["next_attempt_at"] is None)
        ),
        what="the webhook's last attempt recorded",
    )
    return dict(job["webhook"])


# ---------------------------------------------------------------------------- a loopback receiver


@dataclass
class Receiver:
    """An HTTP server on 127.0.0.1 that records each POST and answers the next status in ``statuses``."""

    statuses: list[int] = field(default_factory=list)
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    url: str = ""

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        self.received.append((headers, body))
        status = self.statuses.pop(0) if self.statuses else 204
        writer.write(f"HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".encode())
        await writer.drain()
        writer.close()


@asynccontextmanager
async def receiver(*statuses: int) -> AsyncIterator[Receiver]:
    r = Receiver(statuses=list(statuses))
    server = await asyncio.start_server(r.handle, "127.0.0.1", 0)
    r.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/hooks/newsfacts"
    async with server:
        yield r


# ---------------------------------------------------------------------------- listing and deleting


async def test_jobs_are_listed_newest_first_and_paged(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        ids = []
        for n in range(3):
            created = await client.post("/v1/jobs", json={"articles": articles(n + 1, f"j{n}")})
            ids.append(created.json()["id"])
            await asyncio.sleep(0.01)  # distinct creation times
        first = (await client.get("/v1/jobs", params={"limit": 2})).json()
        second = (await client.get(first["next"])).json()
        bad = await client.get("/v1/jobs", params={"limit": 0})
    assert [j["id"] for j in first["jobs"]] == [ids[2], ids[1]]
    assert first["total"] == 3 and first["next"] == "/v1/jobs?offset=2&limit=2"
    assert [j["id"] for j in second["jobs"]] == [ids[0]] and second["next"] is None
    assert first["jobs"][0]["total"] == 3 and "items" not in first["jobs"][0]
    assert bad.status_code == 422


async def test_extractions_are_listed_and_deleted(settings: Settings) -> None:
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        made = [(await client.post("/v1/extractions", json=a)).json()["id"] for a in articles(3)]
        listed = (await client.get("/v1/extractions", params={"limit": 2})).json()
        rest = (await client.get(listed["next"])).json()
        gone = await client.delete(f"/v1/extractions/{made[0]}")
        again = await client.delete(f"/v1/extractions/{made[0]}")
        fetched = await client.get(f"/v1/extractions/{made[0]}")
        after = (await client.get("/v1/extractions")).json()
        # The same article again is extracted afresh, not served from any copy.
        calls = backend.calls
        redo = await client.post("/v1/extractions", json=articles(3)[0])
        malformed = await client.delete("/v1/extractions/not-an-id")
    assert listed["total"] == 3 and len(listed["extractions"]) == 2 and len(rest["extractions"]) == 1
    assert {e["id"] for e in listed["extractions"] + rest["extractions"]} == set(made)
    entry = listed["extractions"][0]
    assert entry["url"] == f"/v1/extractions/{entry['id']}" and entry["bytes"] > 0
    assert gone.status_code == 204 and gone.content == b""
    assert again.status_code == 404 and again.json()["type"] == "urn:newsfacts:problem:extraction-not-found"
    assert fetched.status_code == 404
    assert after["total"] == 2 and made[0] not in {e["id"] for e in after["extractions"]}
    assert redo.headers["x-cache"] == "miss" and backend.calls == calls + 1
    assert malformed.status_code == 422


# ---------------------------------------------------------------------------- cancel


async def test_a_cancelled_job_stops_and_keeps_what_was_done(settings: Settings) -> None:
    gate = asyncio.Event()
    backend = FakeBackend(gate=gate)
    # One item at a time in this process (jobs x items per job = 1).
    tight = settings.model_copy(update={"batch_concurrency": 1, "job_concurrency": 1})
    async with running(tight, backend) as (_, client):
        created = (await client.post("/v1/jobs", json={"articles": articles(4)})).json()
        url = created["url"]
        await eventually(lambda: backend.calls == 1)  # the first article is being extracted
        cancelled = await client.post(f"{url}/cancel")
        gate.set()
        await asyncio.sleep(0.05)
        job = (await client.get(url)).json()
        twice = await client.post(f"{url}/cancel")
        missing = await client.post("/v1/jobs/" + "b" * 32 + "/cancel")
    assert cancelled.status_code == 200
    body = cancelled.json()
    assert body["status"] == "done" and body["pending"] == 0
    errors = [item["error"]["type"] for item in body["items"] if item["status"] == "failed"]
    assert errors and set(errors) == {"urn:newsfacts:problem:job-cancelled"}
    # Nothing started after the cancel: the three waiting articles were never extracted.
    assert backend.calls == 1
    assert job["failed"] >= 3 and job["succeeded"] + job["failed"] == 4
    assert twice.status_code == 409 and twice.json()["type"] == "urn:newsfacts:problem:job-finished"
    assert missing.status_code == 404


# ---------------------------------------------------------------------------- webhooks


async def test_a_finished_job_calls_its_webhook_signed(settings: Settings) -> None:
    async with receiver() as hook, running(settings, FakeBackend()) as (_, client):
        created = await client.post("/v1/jobs", json={"articles": articles(2), "webhook_url": hook.url})
        assert created.status_code == 202
        job = await wait_done(client, created.headers["location"])
        await eventually(lambda: len(hook.received) == 1)
        status = await settled_webhook(client, created.headers["location"])
    headers, body = hook.received[0]
    assert verify(SECRET, headers[TIMESTAMP_HEADER.lower()], body, headers[SIGNATURE_HEADER.lower()])
    assert not verify(
        "another-secret", headers[TIMESTAMP_HEADER.lower()], body, headers[SIGNATURE_HEADER.lower()]
    )
    assert abs(int(headers[TIMESTAMP_HEADER.lower()]) - time.time()) < 60
    sent = json.loads(body)
    assert sent["event"] == "job.completed"
    assert (
        sent["job"]["id"] == job["id"] and sent["job"]["succeeded"] == 2 and sent["job"]["status"] == "done"
    )
    assert status == {
        "url": hook.url,
        "delivered": True,
        "attempts": 1,
        "last_error": None,
        "next_attempt_at": None,
    }


async def test_a_failing_receiver_is_retried_with_backoff_then_given_up(settings: Settings) -> None:
    async with receiver(500, 503) as hook, running(settings, FakeBackend()) as (_, client):
        created = await client.post("/v1/jobs", json={"articles": articles(1), "webhook_url": hook.url})
        await wait_done(client, created.headers["location"])
        await eventually(lambda: len(hook.received) == 3, what="three deliveries")
        status = await settled_webhook(client, created.headers["location"])
    assert status["delivered"] is True and status["attempts"] == 3
    # Same delivery body each time, each signed afresh.
    assert len({body for _, body in hook.received}) == 1

    async with receiver(500, 500, 500, 500) as hook, running(settings, FakeBackend()) as (_, client):
        created = await client.post("/v1/jobs", json={"articles": articles(1, "x"), "webhook_url": hook.url})
        await wait_done(client, created.headers["location"])
        await eventually(lambda: len(hook.received) == 3, what="three deliveries")
        status = await settled_webhook(client, created.headers["location"])
        await asyncio.sleep(0.3)  # room for a fourth attempt, which must not come
    assert len(hook.received) == 3  # webhook_max_attempts, then no more
    assert status["delivered"] is False and status["attempts"] == 3 and status["last_error"] == "HTTP 500"


async def test_backoff_doubles_and_is_capped(tmp_path: Path) -> None:
    s = Settings(data_dir=tmp_path, webhook_backoff_initial_s=2, webhook_backoff_max_s=10)
    store = SQLiteStore(tmp_path / "s.sqlite3")
    sender = WebhookSender(store, s)
    try:
        assert [sender.backoff(n) for n in (1, 2, 3, 4, 5)] == [2, 4, 8, 10, 10]
    finally:
        await sender.aclose()
        await store.close()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://127.0.0.1/x", "http or https"),
        ("http://user:pw@127.0.0.1/x", "credentials"),
        ("not a url", "http or https"),
    ],
)
async def test_bad_webhook_urls_are_refused_before_the_job_starts(
    settings: Settings, url: str, words: str
) -> None:
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        r = await client.post("/v1/jobs", json={"articles": articles(1), "webhook_url": url})
        listed = (await client.get("/v1/jobs")).json()
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "webhook_url" and words in r.json()["errors"][0]["message"]
    assert listed["total"] == 0 and backend.calls == 0


async def test_webhooks_need_the_server_secret(settings: Settings) -> None:
    async with running(settings.model_copy(update={"webhook_secret": None}), FakeBackend()) as (_, client):
        r = await client.post(
            "/v1/jobs", json={"articles": articles(1), "webhook_url": "http://127.0.0.1:9/x"}
        )
    assert r.status_code == 422 and "NEWSFACTS_WEBHOOK_SECRET" in r.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/x",
        "http://localhost/x",
        "http://api.localhost/x",
        "http://10.1.2.3/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/x",
        "http://0.0.0.0/x",
    ],
)
async def test_private_targets_are_refused_by_default(settings: Settings, url: str) -> None:
    strict = settings.model_copy(update={"webhook_allow_private_hosts": False})
    async with running(strict, FakeBackend()) as (_, client):
        r = await client.post("/v1/jobs", json={"articles": articles(1), "webhook_url": url})
    assert r.status_code == 422 and "NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS" in r.json()["detail"]


async def test_a_public_name_is_accepted_but_refused_at_delivery_when_it_resolves_private(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    strict = settings.model_copy(update={"webhook_allow_private_hosts": False})

    async def fake_getaddrinfo(self: Any, host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        # The name a client gave turns out to point at this host (no real DNS is asked).
        assert host == "hooks.tools.example"
        return [(2, 1, 6, "", ("127.0.0.1", 0))]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", fake_getaddrinfo)
    async with receiver() as hook, running(strict, FakeBackend()) as (_, client):
        url = "http://hooks.tools.example/newsfacts"
        created = await client.post("/v1/jobs", json={"articles": articles(1), "webhook_url": url})
        assert created.status_code == 202
        await wait_done(client, created.headers["location"])
        job = await polled(
            lambda: job_json(client, created.headers["location"]),
            lambda job: job["webhook"]["attempts"] > 0,
            what="a delivery attempt recorded",
        )
        status = job["webhook"]
    assert status["delivered"] is False and status["last_error"].startswith("refused: hooks.tools.example")
    assert hook.received == []


# --------------------------------------------------------------- DNS rebinding (session 13)

# A public address (no packet is sent to it: respx answers at the HTTP boundary).
PUBLIC = "93.184.216.34"


def rebinding_dns(monkeypatch: pytest.MonkeyPatch, host: str) -> list[str]:
    """A name that answers a public address the first time and this host's loopback after:
    the shape of a DNS rebinding attack on a check made before a separate connection."""
    asked: list[str] = []

    async def fake_getaddrinfo(self: Any, name: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        assert name == host  # no other name is resolved, no real DNS is asked
        asked.append(name)
        address = PUBLIC if len(asked) == 1 else "127.0.0.1"
        return [(2, 1, 6, "", (address, 0))]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", fake_getaddrinfo)
    return asked


@pytest.mark.parametrize("scheme", ["http", "https"])
async def test_a_delivery_connects_to_the_address_it_checked(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    import respx

    strict = settings.model_copy(update={"webhook_allow_private_hosts": False})
    asked = rebinding_dns(monkeypatch, "hooks.tools.example")
    with respx.mock(assert_all_called=False) as mock:
        # Only the checked address answers; were the name resolved again to connect, the
        # request would go to 127.0.0.1 and respx would refuse it as unmocked.
        route = mock.post(f"{scheme}://{PUBLIC}:8443/newsfacts").respond(204)
        async with running(strict, FakeBackend()) as (_, client):
            url = f"{scheme}://hooks.tools.example:8443/newsfacts"
            created = await client.post("/v1/jobs", json={"articles": articles(1), "webhook_url": url})
            assert created.status_code == 202
            await wait_done(client, created.headers["location"])
            status = await settled_webhook(client, created.headers["location"])
    assert status["delivered"] is True and status["attempts"] == 1, status
    assert asked == ["hooks.tools.example"]  # resolved once for the one attempt
    request = route.calls.last.request
    assert request.headers["host"] == "hooks.tools.example:8443"  # the receiver sees its own name
    if scheme == "https":
        # TLS checks the receiver's certificate against the name, not the address
        assert request.extensions["sni_hostname"] == "hooks.tools.example"
    assert verify(
        SECRET, request.headers[TIMESTAMP_HEADER], request.content, request.headers[SIGNATURE_HEADER]
    )


async def test_a_name_that_does_not_resolve_is_retried_not_sent(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import respx

    strict = settings.model_copy(update={"webhook_allow_private_hosts": False})

    async def no_answer(self: Any, name: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        raise OSError(-2, "Name or service not known")

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", no_answer)
    with respx.mock(assert_all_called=False) as mock:
        anything = mock.route().respond(204)
        async with running(strict, FakeBackend()) as (_, client):
            created = await client.post(
                "/v1/jobs", json={"articles": articles(1), "webhook_url": "http://hooks.tools.example/x"}
            )
            await wait_done(client, created.headers["location"])
            status = await settled_webhook(client, created.headers["location"])
    assert status["delivered"] is False and status["attempts"] == 3
    assert status["last_error"].startswith("hooks.tools.example does not resolve")
    assert not anything.called  # nothing was sent to whatever the name might have meant


async def test_a_resolver_that_never_answers_ends_the_attempt_at_its_deadline(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    strict = settings.model_copy(update={"webhook_allow_private_hosts": False, "webhook_max_attempts": 1})

    async def silent(self: Any, name: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        await asyncio.sleep(3600)  # a DNS server that never answers
        raise AssertionError("unreachable")

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", silent)
    async with running(strict, FakeBackend()) as (_, client):
        created = await client.post(
            "/v1/jobs", json={"articles": articles(1), "webhook_url": "http://hooks.tools.example/x"}
        )
        await wait_done(client, created.headers["location"])
        status = await settled_webhook(client, created.headers["location"])
    assert status["delivered"] is False and status["attempts"] == 1
    assert status["last_error"].startswith("no complete answer within")
