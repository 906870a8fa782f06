"""Issue 13, defect 8: security headers, API docs from the package, an optional allowed-hosts list."""

from __future__ import annotations

import re

import pytest

from service.settings import Settings
from tests.api_fakes import FakeBackend, running

pytestmark = pytest.mark.anyio


async def test_every_answer_carries_nosniff_frame_protection_and_a_policy(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        api = await client.post("/v1/extractions", json={"text": "The council met on Tuesday."})
        problem = await client.get("/v1/extractions/" + "0" * 32)
        page = await client.get("/")
        docs = await client.get("/docs")
    for r in (api, problem, page, docs):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert api.headers["content-security-policy"].startswith("default-src 'none'")
    assert problem.headers["content-security-policy"].startswith("default-src 'none'")
    for r in (page, docs):
        policy = r.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]*)", policy)
        assert script_src is not None and script_src.group(1) == "'self'"  # no inline script, no CDN


async def test_the_api_docs_are_served_from_the_package(settings: Settings) -> None:
    async with running(settings, FakeBackend()) as (_, client):
        docs = await client.get("/docs")
        redoc = await client.get("/redoc")
        urls = re.findall(r'(?:src|href)="([^"]+)"', docs.text + redoc.text)
        assets = [await client.get(u) for u in urls]
        missing = await client.get("/docs-assets/../../settings.py")
    assert docs.status_code == 200 and redoc.status_code == 200
    assert urls and all(u.startswith("/docs-assets/") for u in urls)  # nothing from a CDN
    assert all(a.status_code == 200 and len(a.content) > 100 for a in assets)
    assert "<script>" not in docs.text  # no inline script for the policy to allow
    assert missing.status_code == 404


async def test_allowed_hosts_refuse_other_names_with_a_problem(settings: Settings) -> None:
    strict = settings.model_copy(update={"allowed_hosts": ["api.example.org", "*.internal.example"]})
    async with running(strict, FakeBackend()) as (_, client):
        ok = await client.get("/healthz", headers={"host": "api.example.org"})
        sub = await client.get("/healthz", headers={"host": "a.internal.example:8000"})
        bad = await client.get("/healthz", headers={"host": "rebound.attacker.test"})
    assert ok.status_code == 200 and sub.status_code == 200
    assert bad.status_code == 400
    assert bad.headers["content-type"] == "application/problem+json"
    assert bad.json()["type"] == "urn:newsfacts:problem:host-not-allowed"
