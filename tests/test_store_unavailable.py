"""Issue 13, defect 4: a full disk or an unusable store is a typed 503, /readyz says so, startup says which path."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from service import create_backend
from service.errors import StoreUnavailableError
from service.serving.store import sqlite as store_module
from service.serving.store.sqlite import SQLiteStore
from service.settings import Settings
from tests.api_fakes import running

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "The council approved 4,000 new homes on Tuesday, the mayor said. " * 40


async def _fill_disk(store: SQLiteStore) -> None:
    # SQLite's own "database or disk is full" (SQLITE_FULL): no page may be added past the current ones.
    def cap(c: sqlite3.Connection) -> None:
        pages = c.execute("PRAGMA page_count").fetchone()[0]
        c.execute(f"PRAGMA max_page_count = {pages}")

    await store._write(cap)


async def _make_room(store: SQLiteStore) -> None:
    await store._write(lambda c: c.execute("PRAGMA max_page_count = 1073741823"))


@pytest.mark.anyio
async def test_a_full_disk_is_503_store_unavailable_and_readyz_fails(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SQLiteStore.in_data_dir(settings.data_dir)
    async with running(settings, create_backend("rules"), store=store) as (_, client):
        assert (await client.get("/readyz")).status_code == 200
        await _fill_disk(store)
        r = await client.post("/v1/extractions", json={"text": ARTICLE})
        assert r.status_code == 503, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert r.json()["type"] == "urn:newsfacts:problem:store-unavailable"
        assert "full" in r.json()["detail"]
        assert int(r.headers["retry-after"]) >= 1
        assert str(settings.data_dir) not in r.text  # no server path to a client
        ready = await client.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["type"] == "urn:newsfacts:problem:store-unavailable"
        # jobs cannot be created either (40 articles need new pages): the same typed answer
        articles = [{"text": f"{ARTICLE} ({i})"} for i in range(40)]
        job = await client.post("/v1/jobs", json={"articles": articles})
        assert job.status_code == 503 and job.json()["type"].endswith("store-unavailable")
        # room again: after the hold, a probe write makes it ready, and writes work
        monkeypatch.setattr(store_module, "WRITE_FAILURE_HOLD_S", 0.0)
        await _make_room(store)
        assert (await client.get("/readyz")).status_code == 200
        assert (await client.post("/v1/extractions", json={"text": ARTICLE})).status_code == 200
    await store.close()


def test_an_unusable_store_path_is_one_line_at_startup(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the data directory should be")
    with pytest.raises(StoreUnavailableError) as info:
        SQLiteStore.in_data_dir(blocker / "data")
    assert str(blocker / "data") in info.value.detail
    p = subprocess.run(
        [sys.executable, "-m", "service", "serve", "--port", "0"],
        env={"PATH": "/usr/bin:/bin", "NEWSFACTS_DATA_DIR": str(blocker / "data"), "HOME": str(tmp_path)},
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        text=True,
    )
    assert p.returncode == 1
    assert "Traceback" not in p.stderr
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(blocker / "data") in lines[0], p.stderr
