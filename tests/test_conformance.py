"""Issue 13, defect 7: amplification and conformance, in-process (the live run is test_api_live_conformance)."""

from __future__ import annotations

import json

import pytest

from service.settings import Settings
from tests.api_fakes import FakeBackend, running

pytestmark = pytest.mark.anyio


async def test_an_unknown_field_flood_gets_a_capped_summarised_422(settings: Settings) -> None:
    body = {"text": "The council met.", **{f"f{i}": 1 for i in range(100_000)}}
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post("/v1/extractions", content=json.dumps(body).encode(), headers=_JSON)
    assert r.status_code == 422
    problem = r.json()
    assert problem["type"] == "urn:newsfacts:problem:validation"
    assert len(problem["errors"]) == 50
    assert problem["detail"].startswith("100000 invalid fields")
    assert "the first 50 are listed" in problem["detail"]
    assert len(r.content) < 20_000  # was 10.4 MB


@pytest.mark.parametrize("path", ["/v1/extractions/batch", "/v1/jobs"])
@pytest.mark.parametrize("item", [1, "text", None, ["a"], True])
async def test_batch_and_job_items_that_are_not_objects_fail_the_request(
    settings: Settings, path: str, item: object
) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post(path, json={"articles": [{"text": "The council met."}, item]})
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["loc"][:2] == ["articles", 1]


async def test_methods_not_allowed_say_what_is(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        batch = await client.get("/v1/extractions/batch")
        delete_batch = await client.delete("/v1/extractions/batch")
        options_jobs = await client.options("/v1/jobs")
        options_one = await client.options("/v1/extractions/" + "0" * 32)
        options_root = await client.options("/v1/extractions")
    assert batch.status_code == 405 and batch.headers["allow"] == "POST"
    assert batch.headers["content-type"] == "application/problem+json"
    assert delete_batch.status_code == 405 and delete_batch.headers["allow"] == "POST"
    assert options_jobs.status_code == 405 and set(options_jobs.headers["allow"].split(", ")) == {
        "GET",
        "POST",
    }
    assert options_one.status_code == 405 and set(options_one.headers["allow"].split(", ")) == {
        "GET",
        "DELETE",
    }
    assert options_root.status_code == 405 and set(options_root.headers["allow"].split(", ")) == {
        "GET",
        "POST",
    }


async def test_the_openapi_document_states_what_the_service_checks(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        doc = (await client.get("/openapi.json")).json()
    schemas = doc["components"]["schemas"]
    article = schemas["ArticleRequest"]
    assert {tuple(branch["required"]) for branch in article["oneOf"]} == {("text",), ("html",)}
    for name in ("text", "html"):
        strings = [o for o in article["properties"][name]["anyOf"] if o.get("type") == "string"]
        assert strings[0]["minLength"] == 1 and strings[0]["pattern"] == "\\S"
    ids = schemas["StoryRequest"]["properties"]["extraction_ids"]["items"]
    assert ids["pattern"] == "^[0-9a-f]{32}$"
    assert "JobRequest" in schemas  # referenced by POST /v1/jobs: resolvable
    for batch in ("ArticleBatch", "JobRequest"):
        items = schemas[batch]["properties"]["articles"]["items"]
        assert {"type": "object"} in items["anyOf"]


_JSON = {"content-type": "application/json"}
