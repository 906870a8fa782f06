"""The viewer's routes: the page and its files, and the seed articles it offers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from service.api.viewer import WEB_FILES
from service.settings import Settings

from .api_fakes import FakeBackend, running
from .conftest import SEEDS

pytestmark = pytest.mark.anyio


async def test_page_and_every_file_it_references_are_served(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        page = await client.get("/")
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        referenced = re.findall(r'(?:src|href)="/static/([^"]+)"', page.text)
        assert sorted(referenced) == sorted(n for n in WEB_FILES if n != "index.html")
        for name in referenced:
            r = await client.get(f"/static/{name}")
            assert r.status_code == 200, name
            assert r.headers["content-type"] == WEB_FILES[name]
            assert len(r.content) > 100


@pytest.mark.parametrize("name", ["nope.js", "..%2Fapp.py", "..%2F..%2Fpyproject.toml", "%2Fetc%2Fpasswd"])
async def test_only_the_viewer_files_are_served(settings: Settings, name: str) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.get(f"/static/{name}")
        assert r.status_code == 404
        assert r.headers["content-type"].startswith("application/problem+json")


async def test_seeds_are_listed_and_returned_verbatim(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        listed = (await client.get("/v1/seeds")).json()
        assert [s["name"] for s in listed] == [p.stem for p in SEEDS]
        assert listed[0]["title"] == "Words by Matteo Marchionni"
        one = await client.get(f"/v1/seeds/{SEEDS[4].stem}")
        assert one.status_code == 200
        assert one.json()["text"] == SEEDS[4].read_text(encoding="utf-8")
        assert one.json()["chars"] == len(one.json()["text"])


@pytest.mark.parametrize(("name", "status"), [("no_such_seed", 404), ("bad name!", 422)])
async def test_unknown_or_malformed_seed_names(settings: Settings, name: str, status: int) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.get(f"/v1/seeds/{name}")
        assert r.status_code == status
        assert r.headers["content-type"].startswith("application/problem+json")


async def test_with_api_keys_the_page_is_open_and_the_data_is_not(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", api_keys=["k1"])
    async with running(settings, FakeBackend()) as (_, client):
        assert (await client.get("/")).status_code == 200
        assert (await client.get("/static/app.js")).status_code == 200
        assert (await client.get("/v1/seeds")).status_code == 401
        assert (await client.get("/v1/seeds", headers={"X-API-Key": "k1"})).status_code == 200
