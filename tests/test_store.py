"""What only the SQLite store does: WAL, reads off the loop, several processes on one file, old files adopted.

The contract every store keeps is tests/test_store_contract.py.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import time
from pathlib import Path

import pytest

from service.serving.store.sqlite import SQLiteStore

pytestmark = pytest.mark.anyio


async def test_the_database_is_in_wal_mode(tmp_path: Path) -> None:
    store = SQLiteStore.in_data_dir(tmp_path)
    try:
        mode = await store._run(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0])
        assert mode == "wal"
    finally:
        await store.close()


async def test_reads_run_in_parallel_off_the_event_loop(tmp_path: Path) -> None:
    store = SQLiteStore.in_data_dir(tmp_path)
    try:
        await store.put_extraction("b" * 32, b"{}", 1.0)
        loop_ticks = 0
        done = False

        async def ticker() -> None:
            nonlocal loop_ticks
            while not done:
                loop_ticks += 1
                await asyncio.sleep(0)

        tick = asyncio.create_task(ticker())
        results = await asyncio.gather(*(store.get_extraction("b" * 32) for _ in range(200)))
        done = True
        await tick
        assert all(r is not None for r in results)
        assert loop_ticks > 1  # the loop kept running while sqlite worked
    finally:
        await store.close()


def _writer(path: str, prefix: str, n: int) -> None:
    async def go() -> None:
        store = SQLiteStore(Path(path))
        try:
            await asyncio.gather(
                *(
                    store.put_extraction(f"{prefix}{i:031x}", json.dumps({"i": i}).encode(), time.time())
                    for i in range(n)
                )
            )
        finally:
            await store.close()

    asyncio.run(go())


def test_several_processes_write_one_database(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite3")
    asyncio.run(SQLiteStore(Path(path)).close())  # schema first, as the first worker to start would
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, p, 150)) for p in "abc"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
    assert [p.exitcode for p in procs] == [0, 0, 0]

    async def count() -> int:
        store = SQLiteStore(Path(path))
        try:
            return (await store.extraction_stats()).entries
        finally:
            await store.close()

    assert asyncio.run(count()) == 450


_BEFORE_VERSIONS = """
CREATE TABLE extractions (id TEXT PRIMARY KEY, body BLOB NOT NULL, size INTEGER NOT NULL, created_at REAL NOT NULL);
CREATE TABLE jobs (id TEXT PRIMARY KEY, status TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL,
    total INTEGER NOT NULL, succeeded INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
    owner TEXT, lease_until REAL);
CREATE TABLE job_items (job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    status TEXT NOT NULL, request TEXT, extraction_id TEXT, result BLOB, error TEXT, PRIMARY KEY (job_id, idx));
INSERT INTO extractions VALUES ('aaaa', X'7B7D', 2, 5.0);
INSERT INTO jobs VALUES ('job1', 'running', 1.0, 1.0, 2, 1, 0, 'dead-process', 3.0);
INSERT INTO job_items VALUES ('job1', 0, 'succeeded', '{}', 'aaaa', X'7B7D', NULL);
INSERT INTO job_items VALUES ('job1', 1, 'pending', '{}', NULL, NULL, NULL);
"""


async def test_a_file_from_before_schema_versions_is_adopted_and_upgraded(tmp_path: Path) -> None:
    import sqlite3

    from service.serving.store.sqlite import SCHEMA_VERSION

    path = tmp_path / "newsfacts.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(_BEFORE_VERSIONS)
    conn.close()
    store = SQLiteStore(path)
    try:
        assert await store.schema_version() == SCHEMA_VERSION
        stored = await store.get_extraction("aaaa")
        assert stored is not None and stored.body == b"{}"
        # Its unfinished job goes on: only the pending item is claimed, and finishing it completes the job.
        claimed = await store.claim_items("w", 30, 10, time.time())
        assert [(c.job_id, c.index) for c in claimed] == [("job1", 1)]
        assert await store.finish_item("job1", 1, extraction_id="b", result=b"{}", error=None, now=9.0)
        job = await store.get_job("job1")
        assert job is not None and (job.status, job.succeeded) == ("done", 2)
    finally:
        await store.close()
