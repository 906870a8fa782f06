"""A JSON body that gives one key twice in an object is refused (session 13; left open by session 12's
hostile review, docs/hostile-review.md). Parsers disagree on which value counts: a proxy, a log or a
second service reading the first "text" would see another article than the one we extracted."""

from __future__ import annotations

import pytest

from service.settings import Settings
from tests.api_fakes import FakeBackend, running

pytestmark = pytest.mark.anyio

JSON = {"content-type": "application/json"}


async def test_one_article_with_a_key_twice_is_a_400_naming_the_key(settings: Settings) -> None:
    backend = FakeBackend()
    body = b'{"text": "The council approved the budget.", "text": "The mayor resigned."}'
    async with running(settings, backend) as (_, client):
        r = await client.post("/v1/extractions", content=body, headers=JSON)
    assert r.status_code == 400, r.text
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"] == "urn:newsfacts:problem:duplicate-key"
    assert "'text'" in problem["detail"]
    assert backend.calls == 0


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (
            "/v1/extractions/batch",
            b'{"articles": [{"text": "a", "published": "2024-01-02", "published": "2025-01-02"}]}',
        ),
        ("/v1/jobs", b'{"articles": [{"text": "a"}], "articles": [{"text": "b"}]}'),
    ],
)
async def test_a_batch_or_job_with_a_key_twice_anywhere_is_refused_whole(
    settings: Settings, path: str, body: bytes
) -> None:
    backend = FakeBackend()
    async with running(settings, backend) as (_, client):
        r = await client.post(path, content=body, headers=JSON)
        listed = (await client.get("/v1/jobs")).json()
    assert r.status_code == 400, r.text
    assert r.json()["type"] == "urn:newsfacts:problem:duplicate-key"
    assert backend.calls == 0 and listed["total"] == 0


async def test_the_same_key_in_different_objects_is_fine(settings: Settings) -> None:
    # hard negative: every article has its own "text"; no object repeats a key
    body = b'{"articles": [{"text": "The council met."}, {"text": "The mayor spoke."}]}'
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post("/v1/extractions/batch", content=body, headers=JSON)
    assert r.status_code == 200, r.text


async def test_a_body_that_is_not_json_keeps_its_own_problem(settings: Settings) -> None:
    # the duplicate check runs after the parse: a broken body is still "malformed-json", not a key error
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post("/v1/extractions", content=b'{"text": "a", "text": ', headers=JSON)
    assert r.status_code == 400 and r.json()["type"] == "urn:newsfacts:problem:malformed-json"
