"""Issue 13, defect 6: with API keys, a stored extraction or job is readable only by the key that made it.

Another key gets the same 404 as for an id that never existed (no oracle for
"was this text submitted?"), an admin key reads everything, and the cache
still pays once for the same work asked by two keys.
"""

from __future__ import annotations

import pytest

from service.settings import Settings
from tests.api_fakes import FakeBackend, running

pytestmark = pytest.mark.anyio

A, B, C, ADMIN = "key-a", "key-b", "key-c", "key-admin"
ARTICLE = {"text": "The council approved 4,000 new homes on Tuesday, the mayor said."}


def _keyed(settings: Settings) -> Settings:
    return settings.model_copy(update={"api_keys": [A, B, C], "admin_api_keys": [ADMIN]})


def _as(key: str) -> dict[str, str]:
    return {"x-api-key": key}


async def test_an_extraction_is_visible_only_to_its_keys_and_admins(settings: Settings) -> None:
    backend = FakeBackend()
    async with running(_keyed(settings), backend) as (_, client):
        made = await client.post("/v1/extractions", json=ARTICLE, headers=_as(A))
        assert made.status_code == 200
        xid = made.json()["id"]
        mine = await client.get(f"/v1/extractions/{xid}", headers=_as(A))
        theirs = await client.get(f"/v1/extractions/{xid}", headers=_as(B))
        never = await client.get("/v1/extractions/" + "f" * 32, headers=_as(B))
        admin = await client.get(f"/v1/extractions/{xid}", headers=_as(ADMIN))
        story = await client.post("/v1/stories", json={"extraction_ids": [xid]}, headers=_as(B))
        delete = await client.delete(f"/v1/extractions/{xid}", headers=_as(B))
        listed_b = await client.get("/v1/extractions", headers=_as(B))
        listed_a = await client.get("/v1/extractions", headers=_as(A))
        # B sends the same text: served from the cache (no second extraction), and now B's too
        again = await client.post("/v1/extractions", json=ARTICLE, headers=_as(B))
        now_b = await client.get(f"/v1/extractions/{xid}", headers=_as(B))
        still_c = await client.get(f"/v1/extractions/{xid}", headers=_as(C))
    assert mine.status_code == 200 and admin.status_code == 200
    assert theirs.status_code == 404 and never.status_code == 404
    # indistinguishable from an id that does not exist, but for the id itself
    assert theirs.json()["type"] == never.json()["type"] == "urn:newsfacts:problem:extraction-not-found"
    assert theirs.json()["detail"].replace(xid, "ID") == never.json()["detail"].replace("f" * 32, "ID")
    assert story.status_code == 404 and delete.status_code == 404
    assert listed_b.json()["total"] == 0 and listed_b.json()["extractions"] == []
    assert [e["id"] for e in listed_a.json()["extractions"]] == [xid]
    assert again.status_code == 200 and again.headers["x-cache"] == "hit" and backend.calls == 1
    assert now_b.status_code == 200 and still_c.status_code == 404


async def test_a_deleted_extraction_is_owned_by_nobody_until_asked_again(settings: Settings) -> None:
    backend = FakeBackend()
    async with running(_keyed(settings), backend) as (_, client):
        xid = (await client.post("/v1/extractions", json=ARTICLE, headers=_as(A))).json()["id"]
        assert (await client.post("/v1/extractions", json=ARTICLE, headers=_as(B))).status_code == 200
        deleted = await client.delete(f"/v1/extractions/{xid}", headers=_as(A))
        listed_b = await client.get("/v1/extractions", headers=_as(B))
        # C extracts the same text afresh: the keys that owned the deleted copy do not own C's.
        again_c = await client.post("/v1/extractions", json=ARTICLE, headers=_as(C))
        seen_by_b = await client.get(f"/v1/extractions/{xid}", headers=_as(B))
        seen_by_c = await client.get(f"/v1/extractions/{xid}", headers=_as(C))
        # A asks again (a hit now): A owns it again, though this process had recorded A before.
        again_a = await client.post("/v1/extractions", json=ARTICLE, headers=_as(A))
        seen_by_a = await client.get(f"/v1/extractions/{xid}", headers=_as(A))
    assert deleted.status_code == 204
    assert listed_b.json()["total"] == 0 and listed_b.json()["extractions"] == []
    assert again_c.headers["x-cache"] == "miss" and backend.calls == 2
    assert seen_by_b.status_code == 404 and seen_by_c.status_code == 200
    assert again_a.headers["x-cache"] == "hit" and seen_by_a.status_code == 200


async def test_a_job_is_visible_only_to_its_key_and_admins(settings: Settings) -> None:
    async with running(_keyed(settings), FakeBackend()) as (_, client):
        job = await client.post("/v1/jobs", json={"articles": [ARTICLE]}, headers=_as(A))
        assert job.status_code == 202
        url = job.headers["location"]
        mine = await client.get(url, headers=_as(A))
        theirs = await client.get(url, headers=_as(B))
        cancel = await client.post(url + "/cancel", headers=_as(B))
        admin = await client.get(url, headers=_as(ADMIN))
        list_b = await client.get("/v1/jobs", headers=_as(B))
        list_a = await client.get("/v1/jobs", headers=_as(A))
        list_admin = await client.get("/v1/jobs", headers=_as(ADMIN))
    assert mine.status_code == 200 and admin.status_code == 200
    assert theirs.status_code == 404 and theirs.json()["type"].endswith("job-not-found")
    assert cancel.status_code == 404
    assert list_b.json()["jobs"] == [] and list_b.json()["total"] == 0
    assert len(list_a.json()["jobs"]) == 1 and len(list_admin.json()["jobs"]) == 1


async def test_without_keys_everything_stays_readable(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        xid = (await client.post("/v1/extractions", json=ARTICLE)).json()["id"]
        assert (await client.get(f"/v1/extractions/{xid}")).status_code == 200


async def test_an_earlier_releases_owners_file_is_moved_into_the_store(settings: Settings) -> None:
    import sqlite3
    import time

    from service.serving.tenancy import tenant_of_key

    # The per-host file releases before this one kept, with one job of A's.
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    legacy = settings.data_dir / "owners.sqlite3"
    with sqlite3.connect(legacy) as conn:
        conn.execute(
            "CREATE TABLE owners (kind TEXT, id TEXT, tenant TEXT, at REAL, PRIMARY KEY (kind, id, tenant))"
        )
        conn.execute("INSERT INTO owners VALUES ('job', ?, ?, ?)", ("9" * 32, tenant_of_key(A), time.time()))
    conn.close()
    async with running(_keyed(settings), FakeBackend()) as (app, client):
        listed_a = (await client.get("/v1/jobs", headers=_as(A))).json()
        listed_b = (await client.get("/v1/jobs", headers=_as(B))).json()
        store = app.state.services.store
        assert await store.is_owner("job", "9" * 32, tenant_of_key(A))
    assert listed_a["total"] == 1 and listed_b["total"] == 0
    assert not legacy.exists() and legacy.with_name("owners.sqlite3.imported").exists()


async def test_a_fresh_result_is_recorded_though_this_process_recorded_it_before(settings: Settings) -> None:
    """Another replica deleted the extraction (and its owners); this one still remembers recording it."""
    from service.serving.store.sqlite import SQLiteStore
    from service.serving.tenancy import Owners

    store, other = SQLiteStore.in_data_dir(settings.data_dir), SQLiteStore.in_data_dir(settings.data_dir)
    try:
        owners = Owners(store)
        await store.put_extraction("e" * 32, b"{}", 1.0)
        await owners.add("extraction", "e" * 32, "ta")
        assert await other.delete_extraction("e" * 32)
        await store.put_extraction("e" * 32, b"{}", 2.0)  # extracted again: a miss
        await owners.add("extraction", "e" * 32, "ta")  # a hit on the shortcut writes nothing
        assert not await owners.owns("extraction", "e" * 32, "ta")
        await owners.add("extraction", "e" * 32, "ta", new=True)
        assert await owners.owns("extraction", "e" * 32, "ta")
    finally:
        await store.close()
        await other.close()
