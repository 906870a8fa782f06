"""Every request and response body in the OpenAPI document has an example, and each one is valid."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest

from schemas import SCHEMA_VERSION, Attribution, Event, Extraction, Figure, Quote
from service import create_backend
from service.api import create_app
from service.backends.rules import RULES_VERSION
from service.settings import Settings
from tests.api_fakes import running


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    app = create_app(Settings(data_dir=tmp_path_factory.mktemp("data")), configure_logs=False)
    document: dict[str, Any] = app.openapi()
    return document


def _bodies(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            where = f"{method.upper()} {path}"
            for media, content in op.get("requestBody", {}).get("content", {}).items():
                out.append((f"{where} request", media, content))
            for status, response in op["responses"].items():
                for media, content in response.get("content", {}).items():
                    out.append((f"{where} {status}", media, content))
    return out


def _examples(content: dict[str, Any]) -> list[Any]:
    if "example" in content:
        return [content["example"]]
    return [e["value"] for e in content.get("examples", {}).values()]


def test_every_body_has_an_example(spec: dict[str, Any]) -> None:
    bodies = _bodies(spec)
    assert len(bodies) > 60
    missing = [where for where, _, content in bodies if not _examples(content)]
    assert missing == [], f"no example for: {missing}"


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    checked = 0
    for where, media, content in _bodies(spec):
        schema = content.get("schema")
        if not schema or media == "text/plain":
            continue
        validator = jsonschema_rs.Draft202012Validator({**schema, "components": spec["components"]})
        for example in _examples(content):
            errors = [e.message for e in validator.iter_errors(example)]
            assert errors == [], f"{where} ({media}): {errors[:3]}"
            checked += 1
    assert checked > 60


def test_the_extraction_examples_are_grounded_and_current(spec: dict[str, Any]) -> None:
    op = spec["paths"]["/v1/extractions"]["post"]
    example = Extraction.model_validate(op["responses"]["200"]["content"]["application/json"]["example"])
    hint = "regenerate with: .venv/bin/python -m service.api.examples"
    assert example.schema_version == SCHEMA_VERSION, hint
    assert example.extractor.version == RULES_VERSION, hint
    items: list[Quote | Figure | Event | Attribution] = [
        *example.quotes,
        *example.figures,
        *example.events,
        *example.attributions,
    ]
    assert items
    # Schema 1.2: every item says which extractor and rule found it; an example without is stale.
    assert set(example.provenance) == {item.id for item in items}, hint
    for item in items:
        for span in item.evidence:
            assert example.text[span.start : span.end] == span.text


@pytest.mark.anyio
async def test_request_examples_are_accepted(
    spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_dns(self: Any, host: str, *args: Any, **kwargs: Any) -> list[Any]:
        # The webhook example's host must not be looked up (tests reach loopback only):
        # answered as a private address, the delivery is refused before any connection.
        return [(2, 1, 6, "", ("10.0.0.1", 0))]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", no_dns)
    settings = Settings(data_dir=tmp_path / "data", webhook_secret="example-secret-0123456789")
    expected = {"/v1/extractions": 200, "/v1/extractions/batch": 200, "/v1/stories": 200, "/v1/jobs": 202}
    async with running(settings, create_backend("rules")) as (_, client):
        for path, status in expected.items():
            content = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]
            for name, ex in content["examples"].items():
                r = await client.post(path, json=ex["value"])
                assert r.status_code == status, (path, name, r.text[:300])


def test_the_validation_really_checks(spec: dict[str, Any]) -> None:
    # The same validator set-up as above rejects wrong bodies: the passing test means something.
    op = spec["paths"]["/v1/extractions"]["post"]
    for content, wrong in [
        (op["responses"]["200"]["content"]["application/json"], {"id": 3}),
        (op["responses"]["422"]["content"]["application/problem+json"], {"title": "x", "status": "422"}),
        (op["requestBody"]["content"]["application/json"], {"text": "x", "surprise": 1}),
    ]:
        validator = jsonschema_rs.Draft202012Validator(
            {**content["schema"], "components": spec["components"]}
        )
        assert list(validator.iter_errors(wrong)), wrong


@pytest.mark.anyio
async def test_the_response_examples_do_not_depend_on_the_machines_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Regenerating the examples on a loaded machine gives the same file.

    Before: the job's 202 example was read while the job runner raced it (``pending``,
    ``running`` or already ``done`` by the load), and job ids, times, durations and the
    sizes that follow from them changed on every run. Here one run's answer to the job's
    POST is held back half a second, as a busy event loop would: long enough for the
    runner to finish both items if it were running.
    """
    from service.api import examples, jobs

    calm = await examples._collect()
    real = jobs._job_body

    async def late(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.5)
        return await real(*args, **kwargs)

    monkeypatch.setattr(jobs, "_job_body", late)
    loaded = await examples._collect()
    accepted = loaded["POST /v1/jobs 202"]
    assert accepted["status"] == "pending" and accepted["pending"] == 2
    assert [item["status"] for item in accepted["items"]] == ["pending", "pending"]
    assert loaded["GET /v1/jobs/{job_id} 200"]["status"] == "done"
    assert loaded == calm


def test_the_response_examples_are_current() -> None:
    """The stored examples are what the service answers now (regenerate with the command below)."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-m", "service.api.examples", "--check"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
