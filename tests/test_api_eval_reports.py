"""GET /v1/eval/reports: reports found on disk, newest first; nothing outside them is served."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.settings import Settings
from tests.api_fakes import FakeBackend, running

pytestmark = pytest.mark.anyio


def _write(folder: Path, created: str, *, stems: tuple[str, ...] = ()) -> None:
    (folder / "predictions").mkdir(parents=True, exist_ok=True)
    report = {"format": "newsfacts-eval/1", "created": created, "backend": "rules", "articles": [{}, {}]}
    (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
    for stem in stems:
        (folder / "predictions" / f"{stem}.json").write_text(json.dumps({"text": f"text of {stem}"}))


async def test_reports_are_listed_served_and_confined(tmp_path: Path) -> None:
    root = tmp_path / "eval-out"
    _write(root / "rules", "2026-11-01T00:00:00+00:00", stems=("a1",))
    _write(root / "runs" / "llm", "2026-11-05T00:00:00+00:00")
    (root / "junk").mkdir()
    (root / "junk" / "report.json").write_text('{"not": "a report"}')
    (tmp_path / "secret.json").write_text('{"format": "newsfacts-eval/1"}')
    settings = Settings(data_dir=tmp_path / "data", eval_reports_dir=root)
    async with running(settings, FakeBackend()) as (_, client):
        listed = (await client.get("/v1/eval/reports")).json()
        one = await client.get("/v1/eval/reports/report", params={"name": "rules"})
        pred = await client.get("/v1/eval/reports/prediction", params={"name": "rules", "stem": "a1"})
        escape = await client.get("/v1/eval/reports/report", params={"name": "../secret.json"})
        junk = await client.get("/v1/eval/reports/report", params={"name": "junk"})
        bad_stem = await client.get("/v1/eval/reports/prediction", params={"name": "rules", "stem": "../x"})
    assert [r["name"] for r in listed["reports"]] == ["runs/llm", "rules"]
    assert listed["reports"][1]["predictions"] == ["a1"] and listed["reports"][1]["articles"] == 2
    assert one.status_code == 200 and one.json()["created"] == "2026-11-01T00:00:00+00:00"
    assert pred.json() == {"text": "text of a1"}
    assert escape.status_code == 404 and junk.status_code == 404
    assert escape.json()["type"] == "urn:newsfacts:problem:eval-report-not-found"
    assert bad_stem.status_code == 422


async def test_no_reports_directory_is_an_empty_list(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", eval_reports_dir=tmp_path / "nowhere")
    async with running(settings, FakeBackend()) as (_, client):
        listed = (await client.get("/v1/eval/reports")).json()
    assert listed["reports"] == []
