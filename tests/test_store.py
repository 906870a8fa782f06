"""The SQLite store: extractions, eviction, jobs and leases, and several processes on one file."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import time
from pathlib import Path

import pytest

from service.store import NewJobItem, SQLiteStore

pytestmark = pytest.mark.anyio


async def test_extractions_round_trip_as_bytes(tmp_path: Path) -> None:
    store = SQLiteStore.in_data_dir(tmp_path)
    try:
        assert await store.get_extraction("a" * 32) is None
        await store.put_extraction("a" * 32, b'{"x":1}', 10.0)
        got = await store.get_extraction("a" * 32)
        assert got is not None and got.body == b'{"x":1}' and got.created_at == 10.0
        await store.put_extraction("a" * 32, b'{"x":2}', 11.0)  # a fresh extraction replaces
        again = await store.get_extraction("a" * 32)
        assert again is not None and again.body == b'{"x":2}'
        stats = await store.extraction_stats()
        assert (stats.entries, stats.bytes, stats.oldest) == (1, 7, 11.0)
    finally:
        await store.close()


async def test_the_database_is_in_wal_mode(tmp_path: Path) -> None:
    store = SQLiteStore.in_data_dir(tmp_path)
    try:
        mode = await store._run(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0])
        assert mode == "wal"
    finally:
        await store.close()


async def test_eviction_by_age_and_by_count(tmp_path: Path) -> None:
    store = SQLiteStore.in_data_dir(tmp_path)
    now = time.time()
    try:
        for i, age in enumerate([5000, 400, 300, 200, 100]):
            await store.put_extraction(f"{i:032x}", b"{}", now - age)
        removed = await store.evict_extractions(max_age_s=1000, max_entries=None)
        assert removed == [f"{0:032x}"]
        removed = await store.evict_extractions(max_age_s=None, max_entries=2)
        assert sorted(removed) == [f"{1:032x}", f"{2:032x}"]
        assert (await store.extraction_stats()).entries == 2
        assert await store.get_extraction(f"{4:032x}") is not None
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


async def test_job_items_finish_once_and_complete_the_job(tmp_path: Path) -> None:
    store = SQLiteStore.in_data_dir(tmp_path)
    try:
        items = [
            NewJobItem(request="{}"),
            NewJobItem(request=None, error='{"status":400}'),
            NewJobItem(request="{}"),
        ]
        await store.create_job("j" * 32, items, 1.0)
        job = await store.get_job("j" * 32)
        assert job is not None and (job.status, job.total, job.failed) == ("pending", 3, 1)
        assert [p.index for p in await store.pending_items("j" * 32)] == [0, 2]
        await store.finish_item("j" * 32, 0, extraction_id="e" * 32, result=b"{}", error=None, now=2.0)
        # A second runner finishing the same item (after a lease change) does not count twice.
        await store.finish_item("j" * 32, 0, extraction_id="e" * 32, result=b"{}", error=None, now=2.5)
        job = await store.get_job("j" * 32)
        assert job is not None and (job.succeeded, job.status) == (1, "pending")
        await store.finish_item("j" * 32, 2, extraction_id=None, result=None, error='{"status":502}', now=3.0)
        job = await store.get_job("j" * 32)
        assert job is not None and (job.succeeded, job.failed, job.status, job.updated_at) == (
            1,
            2,
            "done",
            3.0,
        )
        listed = await store.job_items("j" * 32, 0, 10)
        assert [(i.index, i.status) for i in listed] == [(0, "succeeded"), (1, "failed"), (2, "failed")]
        assert await store.claim_jobs("anyone", 30, 5, 4.0) == []  # done jobs are never claimed
    finally:
        await store.close()


async def test_a_job_has_one_lease_holder_at_a_time(tmp_path: Path) -> None:
    store = SQLiteStore.in_data_dir(tmp_path)
    try:
        await store.create_job("k" * 32, [NewJobItem(request="{}")], 1.0)
        assert await store.claim_jobs("a", 10, 5, now=100.0) == ["k" * 32]
        assert await store.claim_jobs("b", 10, 5, now=105.0) == []
        assert await store.renew_lease("k" * 32, "a", 10, now=108.0)
        assert await store.claim_jobs("b", 10, 5, now=117.0) == []
        # a stopped renewing: after its lease runs out, b takes over and a cannot renew.
        assert await store.claim_jobs("b", 10, 5, now=119.0) == ["k" * 32]
        assert not await store.renew_lease("k" * 32, "a", 10, now=120.0)
        await store.release_job("k" * 32, "b")
        assert await store.claim_jobs("c", 10, 5, now=121.0) == ["k" * 32]
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
