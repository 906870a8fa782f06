"""POST /v1/jobs and GET /v1/jobs/{id}: persisted, resumed after a restart, finished items never redone."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.errors import LLMResponseError
from service.settings import Settings
from tests.api_fakes import FakeBackend, eventually, polled, running

pytestmark = pytest.mark.anyio


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", job_lease_s=0.3)


def articles(n: int) -> list[dict[str, Any]]:
    return [{"text": f"Story {i}: the ministry said {i} people attended on Friday."} for i in range(n)]


async def wait_done(client: httpx.AsyncClient, url: str) -> dict[str, Any]:
    async def read() -> dict[str, Any]:
        return dict((await client.get(url)).json())

    return await polled(read, lambda job: job["status"] == "done", what=f"{url} done")


async def test_a_job_is_accepted_run_and_reported(settings: Settings) -> None:
    backend = FakeBackend(fail=lambda call: LLMResponseError("garbled") if call == 2 else None)
    body = {"articles": [*articles(2), {"text": "  "}, {"text": 3}, articles(3)[2]]}
    # One item at a time (jobs x items per job), so the failing second call is the second item.
    one_at_a_time = settings.model_copy(update={"batch_concurrency": 1, "job_concurrency": 1})
    async with running(one_at_a_time, backend) as (_, client):
        created = await client.post("/v1/jobs", json=body)
        assert created.status_code == 202
        location = created.headers["location"]
        assert location == f"/v1/jobs/{created.json()['id']}" == created.json()["url"]
        assert created.json()["total"] == 5
        job = await wait_done(client, location)
    assert (job["total"], job["succeeded"], job["failed"], job["pending"]) == (5, 2, 3, 0)
    items = job["items"]
    assert [item["status"] for item in items] == ["succeeded", "failed", "failed", "failed", "succeeded"]
    assert items[0]["result"]["id"] == items[0]["id"]
    assert items[1]["error"]["status"] == 502
    assert items[2]["error"]["type"] == "urn:newsfacts:problem:empty-article"
    assert items[3]["error"]["errors"][0]["field"] == "articles[3].text"
    assert backend.calls == 3


async def test_job_items_are_paged(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        created = await client.post("/v1/jobs", json={"articles": articles(5)})
        url = created.headers["location"]
        await wait_done(client, url)
        page = (await client.get(url, params={"offset": 1, "limit": 2})).json()
        last = (await client.get(page["next"])).json()
    assert [item["index"] for item in page["items"]] == [1, 2]
    assert page["next"] == f"{url}?offset=3&limit=2"
    assert [item["index"] for item in last["items"]] == [3, 4]
    assert last["next"] is None


async def test_unknown_and_malformed_job_ids(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        missing = await client.get("/v1/jobs/" + "a" * 32)
        malformed = await client.get("/v1/jobs/xyz")
        bad_page = await client.get("/v1/jobs/" + "a" * 32, params={"limit": 0})
    assert missing.status_code == 404
    assert missing.json()["type"] == "urn:newsfacts:problem:job-not-found"
    assert malformed.status_code == 422
    assert bad_page.status_code == 422


async def test_job_envelope_errors(settings: Settings) -> None:
    async with running(settings.model_copy(update={"job_max_items": 3}), FakeBackend()) as (_, client):
        too_many = await client.post("/v1/jobs", json={"articles": articles(4)})
        empty = await client.post("/v1/jobs", json={"articles": []})
        not_json = await client.post("/v1/jobs", content=b"articles", headers={"content-type": "text/plain"})
    assert too_many.status_code == 422 and too_many.json()["errors"][0]["field"] == "articles"
    assert empty.status_code == 422
    assert not_json.status_code == 415


async def test_a_job_resumes_after_a_restart_without_redoing_finished_items(settings: Settings) -> None:
    # One item at a time in this process (jobs x items per job = 1).
    settings = settings.model_copy(update={"batch_concurrency": 1, "job_concurrency": 1})
    # The first process finishes three items, then hangs on the fourth until it is stopped.
    gate = asyncio.Event()

    class HangsAfterThree(FakeBackend):
        async def extract(self, doc):  # type: ignore[no-untyped-def]
            if self.calls >= 3:
                self.calls += 1
                await gate.wait()
            return await super().extract(doc)

    first = HangsAfterThree(prompt="first")
    async with running(settings, first) as (_, client):
        created = await client.post("/v1/jobs", json={"articles": articles(6)})
        url = created.headers["location"]
        await eventually(lambda: first.calls == 4)
        before = (await client.get(url)).json()
    assert (before["succeeded"], before["pending"]) == (3, 3)

    # A new process on the same data directory, with a backend whose fingerprint
    # differs, so a redone item would be a cache miss and show up in its count.
    second = FakeBackend(prompt="second")
    async with running(settings, second) as (_, client):
        job = await wait_done(client, url)
    assert job["succeeded"] == 6
    assert second.calls == 3
    assert sorted(second.texts) == sorted(a["text"] for a in articles(6)[3:])
    prompts = [item["result"]["extractor"]["prompt_version"] for item in job["items"]]
    assert prompts == ["first"] * 3 + ["second"] * 3


async def test_a_job_of_a_dead_process_is_taken_over_when_its_lease_runs_out(settings: Settings) -> None:
    from service.serving.store.base import NewJobItem
    from service.serving.store.sqlite import SQLiteStore

    store = SQLiteStore.in_data_dir(settings.data_dir)
    import json
    import time

    items = [NewJobItem(request=json.dumps(a)) for a in articles(2)]
    await store.create_job("d" * 32, items, time.time())
    # Claimed by a process that then died: it never renews and never releases.
    claimed = await store.claim_items("dead-process", 0.2, 10, time.time())
    assert [(c.job_id, c.index) for c in claimed] == [("d" * 32, 0), ("d" * 32, 1)]
    await store.close()

    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        job = await wait_done(client, "/v1/jobs/" + "d" * 32)
    assert job["succeeded"] == 2
    assert backend.calls == 2
