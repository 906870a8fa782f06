"""``POST /v1/stories``: corroboration over the API, through the same cache as single extractions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from schemas import Extraction
from schemas.story import MAX_STORY_ARTICLES, Story
from service.backends import create_backend
from service.backends.base import BackendResult
from service.pipeline.document import Document
from service.settings import Settings

from .api_fakes import running
from .conftest import SEEDS


class CountingRules:
    """The real rules extractor, counting how often it is asked to extract."""

    def __init__(self) -> None:
        self.inner = create_backend("rules")
        self.name = self.inner.name
        self.calls = 0

    def info(self) -> Any:
        return self.inner.info()

    def fingerprint(self) -> dict[str, Any]:
        return self.inner.fingerprint()

    async def extract(self, doc: Document) -> BackendResult:
        self.calls += 1
        return await self.inner.extract(doc)

    async def aclose(self) -> None:
        await self.inner.aclose()


def article(path: Path, **extra: Any) -> dict[str, Any]:
    return {"text": path.read_text(encoding="utf-8"), **extra}


pytestmark = pytest.mark.anyio


async def test_repeated_story_and_stored_ids_make_no_new_extraction(settings: Settings) -> None:
    backend = CountingRules()
    body = {"articles": [article(SEEDS[0], outlet="Outlet A"), article(SEEDS[4], outlet="Outlet B")]}
    async with running(settings, backend) as (_, client):
        first = await client.post("/v1/stories", json=body)
        assert first.status_code == 200, first.text
        assert first.headers["X-Cache-Hits"] == "0"
        assert backend.calls == 2
        story = Story.model_validate_json(first.content)
        assert [a.outlet for a in story.articles] == ["Outlet A", "Outlet B"]

        again = await client.post("/v1/stories", json=body)
        assert again.headers["X-Cache-Hits"] == "2"
        assert backend.calls == 2
        assert again.json() == first.json()

        ids = [a.extraction_id for a in story.articles]
        by_id = await client.post("/v1/stories", json={"extraction_ids": ids})
        assert by_id.status_code == 200, by_id.text
        assert backend.calls == 2
        stored = Story.model_validate_json(by_id.content)
        assert [g.articles for g in stored.quotes] == [g.articles for g in story.quotes]


async def test_articles_and_ids_mix_and_match_single_extractions(settings: Settings) -> None:
    backend = CountingRules()
    async with running(settings, backend) as (_, client):
        single = await client.post("/v1/extractions", json=article(SEEDS[1]))
        assert single.status_code == 200
        extraction = Extraction.model_validate_json(single.content)
        r = await client.post(
            "/v1/stories", json={"articles": [article(SEEDS[3])], "extraction_ids": [extraction.id]}
        )
        assert r.status_code == 200, r.text
        story = Story.model_validate_json(r.content)
        # articles first, then the stored ids, in request order
        assert story.articles[1].extraction_id == extraction.id
        assert story.articles[1].text == extraction.text
        assert backend.calls == 2
        shared = [g for g in story.quotes if g.articles == [0, 1]]
        assert shared, "the two outlets share the mission quote"


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({}, 422, "at least one"),
        ({"extraction_ids": ["0" * 32]}, 404, "no stored extraction"),
        ({"extraction_ids": ["../etc"]}, 422, "extraction_ids[0]"),
        ({"articles": [{"text": "   "}]}, 422, "articles[0]"),
        ({"articles": [{"text": "x"}] * (MAX_STORY_ARTICLES + 1)}, 422, "articles"),
        ({"articles": [{"text": "x"}], "extra": 1}, 422, "extra"),
    ],
)
async def test_bad_requests_are_problems(
    settings: Settings, body: dict[str, Any], status: int, fragment: str
) -> None:
    async with running(settings, CountingRules()) as (_, client):
        r = await client.post("/v1/stories", json=body)
        assert r.status_code == status, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert fragment in r.text


async def test_malformed_json_and_wrong_media_type(settings: Settings) -> None:
    async with running(settings, CountingRules()) as (_, client):
        r = await client.post("/v1/stories", content=b"{nope", headers={"Content-Type": "application/json"})
        assert r.status_code == 400
        r = await client.post("/v1/stories", content=b"{}", headers={"Content-Type": "text/plain"})
        assert r.status_code == 415


async def test_too_long_article_is_413(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_text_chars=1000)
    async with running(settings, CountingRules()) as (_, client):
        r = await client.post("/v1/stories", json={"articles": [{"text": "word " * 400}]})
        assert r.status_code == 413
        assert "articles[0]" in r.json()["detail"]


async def test_story_is_in_the_openapi_document(settings: Settings) -> None:
    async with running(settings, CountingRules()) as (_, client):
        spec = (await client.get("/openapi.json")).json()
        assert "/v1/stories" in spec["paths"]
        assert "StoryRequest" in spec["components"]["schemas"]
