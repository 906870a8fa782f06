"""One contract for every store: the embedded SQLite file and a real PostgreSQL server.

The PostgreSQL cases run against the server ``tests/pg/server.py`` starts
(Debian's binaries, installed by the project when missing), one fresh
database per test.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from service.serving.store.base import BudgetSpend, NewJobItem, SchemaError, Store
from service.serving.store.factory import open_store
from service.settings import Settings

pytestmark = pytest.mark.anyio

KINDS = ["sqlite", "postgresql"]


def settings_for(kind: str, request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    if kind == "sqlite":
        return Settings(data_dir=tmp_path / "data")
    url: str = request.getfixturevalue("postgres_url")
    return Settings(data_dir=tmp_path / "data", database_url=SecretStr(url))


@pytest.fixture(params=KINDS)
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    return settings_for(request.param, request, tmp_path)


@pytest.fixture
async def store(store_settings: Settings) -> AsyncIterator[Store]:
    opened = await open_store(store_settings)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def other(store_settings: Settings, store: Store) -> AsyncIterator[Store]:
    """A second process's view of the same database (its own connections)."""
    opened = await open_store(store_settings)
    try:
        yield opened
    finally:
        await opened.close()


def ids(n: int, prefix: str = "") -> list[str]:
    return [f"{prefix}{i:0{32 - len(prefix)}x}" for i in range(n)]


# ---------------------------------------------------------------- extractions


async def test_extractions_round_trip_as_bytes(store: Store) -> None:
    key = "a" * 32
    assert await store.get_extraction(key) is None
    await store.put_extraction(key, b'{"x":1}', 10.0)
    got = await store.get_extraction(key)
    assert got is not None and got.body == b'{"x":1}' and got.created_at == 10.0
    await store.put_extraction(key, b'{"x":2}', 11.0)  # a fresh extraction replaces
    again = await store.get_extraction(key)
    assert again is not None and again.body == b'{"x":2}' and again.created_at == 11.0
    stats = await store.extraction_stats()
    assert (stats.entries, stats.bytes, stats.oldest) == (1, 7, 11.0)
    binary = bytes(range(256))  # stored as bytes, not text
    await store.put_extraction("b" * 32, binary, 12.0)
    stored = await store.get_extraction("b" * 32)
    assert stored is not None and stored.body == binary


async def test_eviction_by_age_and_by_count(store: Store) -> None:
    now = time.time()
    keys = ids(5)
    for key, age in zip(keys, [5000, 400, 300, 200, 100], strict=True):
        await store.put_extraction(key, b"{}", now - age)
    assert await store.evict_extractions(max_age_s=1000, max_entries=None) == [keys[0]]
    assert sorted(await store.evict_extractions(max_age_s=None, max_entries=2)) == [keys[1], keys[2]]
    assert (await store.extraction_stats()).entries == 2
    assert await store.get_extraction(keys[4]) is not None


async def test_a_write_is_seen_by_another_connection(store: Store, other: Store) -> None:
    await store.put_extraction("c" * 32, b"{}", 1.0)
    assert await other.get_extraction("c" * 32) is not None


# ---------------------------------------------------------------- jobs


async def test_job_items_finish_once_and_complete_the_job(store: Store, store_settings: Settings) -> None:
    job = "j" * 32
    items = [
        NewJobItem(request="{}"),
        NewJobItem(request=None, error='{"status":400}'),
        NewJobItem(request="{}"),
    ]
    await store.create_job(job, items, 1.0)
    record = await store.get_job(job)
    assert record is not None and (record.status, record.total, record.failed) == ("pending", 3, 1)
    claimed = await store.claim_items("w", 30, 10, 1.5)
    assert [(c.job_id, c.index, c.request) for c in claimed] == [(job, 0, "{}"), (job, 2, "{}")]
    record = await store.get_job(job)
    assert record is not None and record.status == "running"
    assert await store.finish_item(job, 0, extraction_id="e" * 32, result=b"{}", error=None, now=2.0)
    # A second runner finishing the same item (after a lease change) does not count twice.
    assert not await store.finish_item(job, 0, extraction_id="e" * 32, result=b"{}", error=None, now=2.5)
    record = await store.get_job(job)
    assert record is not None and (record.succeeded, record.status) == (1, "running")
    assert await store.finish_item(job, 2, extraction_id=None, result=None, error='{"status":502}', now=3.0)
    record = await store.get_job(job)
    assert record is not None
    assert (record.succeeded, record.failed, record.status) == (1, 2, "done")
    # PostgreSQL stamps a job's times with its own clock, moved by the caller's ``now - time.time()``:
    # the moment the caller gave, to within the call's latency; SQLite (one host) keeps the caller's.
    if store_settings.database_url is None:
        assert record.updated_at == 3.0
    else:
        assert record.updated_at == pytest.approx(3.0, abs=1.0)
    listed = await store.job_items(job, 0, 10)
    assert [(i.index, i.status) for i in listed] == [(0, "succeeded"), (1, "failed"), (2, "failed")]
    assert listed[0].result == b"{}" and listed[0].extraction_id == "e" * 32
    assert [i.index for i in await store.job_items(job, 1, 1)] == [1]
    assert await store.claim_items("anyone", 30, 5, 400.0) == []  # finished items are never claimed again


async def test_a_job_of_only_refused_items_is_done_at_once(store: Store) -> None:
    await store.create_job("r" * 32, [NewJobItem(request=None, error="{}")], 1.0)
    record = await store.get_job("r" * 32)
    assert record is not None and record.status == "done"
    assert await store.claim_items("w", 30, 5, 2.0) == []


async def test_an_item_has_one_lease_holder_at_a_time(store: Store) -> None:
    job = "k" * 32
    await store.create_job(job, [NewJobItem(request="{}"), NewJobItem(request="{}")], 1.0)
    assert [c.index for c in await store.claim_items("a", 10, 1, now=100.0)] == [0]
    assert [c.index for c in await store.claim_items("b", 10, 5, now=101.0)] == [1]  # the other item
    assert await store.claim_items("c", 10, 5, now=105.0) == []
    assert await store.renew_items("a", 10, now=108.0) == {(job, 0)}
    # b stopped renewing: its lease ran out at 111, a's holds until 118.
    assert [(c.job_id, c.index) for c in await store.claim_items("c", 10, 5, now=112.0)] == [(job, 1)]
    # a stopped renewing too: after 118, c takes item 0 and a cannot renew it.
    assert [(c.job_id, c.index) for c in await store.claim_items("c", 10, 5, now=119.0)] == [(job, 0)]
    assert await store.renew_items("a", 10, now=120.0) == set()
    assert await store.renew_items("b", 10, now=120.0) == set()
    await store.release_items("c")  # a clean stop: both free at once, lease or not
    assert {c.index for c in await store.claim_items("d", 10, 5, now=121.0)} == {0, 1}


async def test_concurrent_claimers_get_disjoint_items(store: Store, other: Store) -> None:
    job = "m" * 32
    await store.create_job(job, [NewJobItem(request=f'{{"n":{i}}}') for i in range(60)], 1.0)

    async def drain(s: Store, owner: str) -> list[int]:
        got: list[int] = []
        while batch := await s.claim_items(owner, 60, 3, time.time()):
            got += [c.index for c in batch]
        return got

    results = await asyncio.gather(*(drain(s, f"w{n}") for n, s in enumerate([store, other] * 3)))
    every = [i for r in results for i in r]
    assert sorted(every) == list(range(60))  # each item exactly once


async def test_finished_items_are_not_renewed_and_release_skips_them(store: Store) -> None:
    job = "f" * 32
    await store.create_job(job, [NewJobItem(request="{}"), NewJobItem(request="{}")], 1.0)
    await store.claim_items("a", 10, 2, now=2.0)
    await store.finish_item(job, 0, extraction_id="e" * 32, result=b"{}", error=None, now=3.0)
    assert await store.renew_items("a", 10, now=4.0) == {(job, 1)}
    await store.release_items("a")
    assert [(c.job_id, c.index) for c in await store.claim_items("b", 10, 5, now=5.0)] == [(job, 1)]


async def test_an_item_whose_workers_keep_dying_is_failed_not_claimed_again(
    store: Store, other: Store
) -> None:
    job = "p" * 32
    await store.create_job(job, [NewJobItem(request=f'{{"n":{i}}}') for i in range(3)], 1.0)
    assert [c.index for c in await store.claim_items("w0", 10, 1, 100.0, max_attempts=3)] == [0]
    assert await store.count_retried_items(3, 105.0) == 0  # w0's lease still runs
    # w0 died holding item 0: from now on it is a suspect, claimed only as such.
    assert await store.count_retried_items(3, 111.0) == 1
    assert [c.index for c in await other.claim_items("w1", 10, 5, 111.0, max_attempts=3, retried=False)] == [
        1,
        2,
    ]
    assert [c.index for c in await store.claim_items("w2", 10, 5, 111.0, max_attempts=3, retried=True)] == [0]
    for n in (1, 2):
        await other.finish_item(job, n, extraction_id="e" * 32, result=b"{}", error=None, now=112.0)
    # w2 died on it too, then w3: three claims, none finished.
    assert [c.index for c in await other.claim_items("w3", 10, 5, 122.0, max_attempts=3, retried=True)] == [0]
    assert await store.claim_items("w4", 10, 5, 133.0, max_attempts=3) == []  # spent: nobody runs it again
    # w3's lease still ran then (half a second before it lapses: on PostgreSQL a moment is the
    # database's clock moved by the caller's ``now``, exact to the milliseconds a call takes).
    assert await store.fail_abandoned_items(3, '{"status":500}', 131.5) == []
    assert await store.fail_abandoned_items(3, '{"status":500}', 133.0) == [(job, 0)]
    assert await other.fail_abandoned_items(3, "{}", 134.0) == []  # once
    record = await store.get_job(job)
    assert record is not None and (record.status, record.succeeded, record.failed) == ("done", 2, 1)
    items = await store.job_items(job, 0, 10)
    assert [(i.status, i.error) for i in items] == [
        ("failed", '{"status":500}'),
        ("succeeded", None),
        ("succeeded", None),
    ]


async def test_a_clean_stop_does_not_count_against_the_cap(store: Store) -> None:
    job = "q" * 32
    await store.create_job(job, [NewJobItem(request="{}")], 1.0)
    for n in range(5):  # five workers, each stopped cleanly while holding the item
        claimed = await store.claim_items(f"w{n}", 10, 1, 10.0 + n, max_attempts=2, retried=False)
        assert [c.index for c in claimed] == [0]
        await store.release_items(f"w{n}")
    assert await store.fail_abandoned_items(2, "{}", 100.0) == []
    assert await store.count_retried_items(2, 100.0) == 0


async def test_only_the_items_still_worked_on_are_renewed(store: Store) -> None:
    job = "r" * 32
    await store.create_job(job, [NewJobItem(request="{}") for _ in range(3)], 1.0)
    await store.claim_items("a", 10, 3, now=2.0)
    assert await store.renew_items("a", 10, now=5.0, only=[(job, 0), (job, 2)]) == {(job, 0), (job, 2)}
    # Item 1's lease (to 12) was not renewed: another takes it over after 12; 0 and 2 stay a's (to 15).
    assert [(c.job_id, c.index) for c in await store.claim_items("b", 10, 5, now=13.0)] == [(job, 1)]
    assert await store.renew_items("a", 10, now=14.0, only=[(job, 1)]) == set()


async def test_cancel_fails_what_has_not_run(store: Store) -> None:
    job = "x" * 32
    await store.create_job(job, [NewJobItem(request="{}") for _ in range(4)], 1.0)
    await store.claim_items("a", 10, 2, now=2.0)
    await store.finish_item(job, 0, extraction_id="e" * 32, result=b"{}", error=None, now=3.0)
    assert await store.cancel_job(job, '{"status":409}', 4.0) == 3
    record = await store.get_job(job)
    assert record is not None and (record.status, record.succeeded, record.failed) == ("done", 1, 3)
    # The item in flight at the cancel is no longer held, nor counted when it finishes.
    assert await store.renew_items("a", 10, now=5.0) == set()
    assert not await store.finish_item(job, 1, extraction_id="e" * 32, result=b"{}", error=None, now=6.0)
    assert await store.claim_items("b", 10, 5, now=7.0) == []
    items = await store.job_items(job, 0, 10)
    assert [i.status for i in items] == ["succeeded", "failed", "failed", "failed"]
    assert items[1].error == '{"status":409}'
    assert await store.cancel_job(job, "{}", 8.0) == 0  # nothing left to cancel
    assert await store.cancel_job("0" * 32, "{}", 8.0) is None


async def test_a_cancel_racing_many_finishes_neither_fails_nor_miscounts(store: Store, other: Store) -> None:
    """Cancel, finish and lease renewal lock the same rows (the job's, its items'): on PostgreSQL, in
    different orders they deadlock and the server aborts one with an error. Finishes run on one store's
    pool while the worker's renewals and the cancel land mid-stream from another's, round after round;
    every call must succeed and the job add up."""
    n = 200
    raced = 0

    async def renew(job: str, until: asyncio.Event) -> None:
        # The worker keeps renewing every item it still holds, as its lease loop does.
        while not until.is_set():
            await other.renew_items("w", 600, now=2.5)
            await asyncio.sleep(0)

    for round_ in range(6):
        job = f"race{round_}".ljust(32, "0")
        await store.create_job(job, [NewJobItem(request="{}") for _ in range(n)], 1.0)
        assert len(await store.claim_items("w", 600, n, now=2.0)) == n

        async def finish(index: int, job: str = job) -> bool:
            ok = index % 3 != 0  # failures count in the other column: both kinds race the cancel
            return await store.finish_item(
                job,
                index,
                extraction_id="e" * 32 if ok else None,
                result=b"{}" if ok else None,
                error=None if ok else '{"status":502}',
                now=3.0,
            )

        # Not in index order: the cancel locks items in index order and must meet finishes ahead of it.
        order = list(range(n))
        random.Random(round_).shuffle(order)
        started = {i: asyncio.create_task(finish(i)) for i in order}
        tasks = [started[i] for i in range(n)]
        stop = asyncio.Event()
        renewing = asyncio.create_task(renew(job, stop))
        # Cancel once a few have finished, while the rest are in flight.
        while sum(t.done() for t in tasks) < 2 + round_:
            await asyncio.sleep(0.001)
        cancelled = await other.cancel_job(job, '{"status":409}', 4.0)
        finished = await asyncio.gather(*tasks)  # an error here (deadlock detected) fails the test
        stop.set()
        await renewing
        items = await store.job_items(job, 0, n)
        by_finish = [i for i, ok in enumerate(finished) if ok]
        assert [i.index for i in items if i.error != '{"status":409}'] == by_finish
        assert cancelled == n - len(by_finish)
        raced += 0 < len(by_finish) < n
        record = await store.get_job(job)
        assert record is not None
        succeeded = sum(1 for i in items if i.status == "succeeded")
        assert (record.status, record.succeeded, record.failed) == ("done", succeeded, n - succeeded)
        assert await store.claim_items("w2", 600, n, now=5.0) == []
    assert raced  # the cancel landed mid-stream at least once: the race was run, not avoided


async def test_jobs_and_extractions_are_listed_newest_first_in_pages(store: Store) -> None:
    jobs = ids(5, "job")
    for n, job in enumerate(jobs):
        await store.create_job(job, [NewJobItem(request="{}")], float(n))
    page, total = await store.list_jobs(0, 2)
    assert ([j.id for j in page], total) == ([jobs[4], jobs[3]], 5)
    page, total = await store.list_jobs(4, 2)
    assert [j.id for j in page] == [jobs[0]]
    keys = ids(3, "ex")
    for n, key in enumerate(keys):
        await store.put_extraction(key, b"{}" * (n + 1), float(n))
    listed, total = await store.list_extractions(1, 5)
    assert ([(e.id, e.size) for e in listed], total) == ([(keys[1], 4), (keys[0], 2)], 3)
    assert await store.delete_extraction(keys[1])
    assert not await store.delete_extraction(keys[1])
    assert await store.get_extraction(keys[1]) is None


async def test_a_webhook_is_claimed_by_one_process_once_its_job_is_done(store: Store, other: Store) -> None:
    job = "h" * 32
    await store.create_job(job, [NewJobItem(request="{}")], 1.0)
    await store.set_webhook(job, "http://127.0.0.1:9/hook")
    assert await store.claim_webhooks(now=2.0, hold_s=30, max_attempts=3, limit=10) == []  # not done yet
    await store.claim_items("w", 10, 1, now=2.0)
    await store.finish_item(job, 0, extraction_id="e" * 32, result=b"{}", error=None, now=3.0)
    claimed = await asyncio.gather(
        store.claim_webhooks(now=4.0, hold_s=30, max_attempts=3, limit=10),
        other.claim_webhooks(now=4.0, hold_s=30, max_attempts=3, limit=10),
    )
    assert sorted(len(c) for c in claimed) == [0, 1]  # held by one of them
    await store.webhook_attempted(job, delivered=False, error="refused", next_attempt_at=10.0, now=5.0)
    assert await other.claim_webhooks(now=9.0, hold_s=30, max_attempts=3, limit=10) == []
    again = await other.claim_webhooks(now=11.0, hold_s=30, max_attempts=3, limit=10)
    assert [(h.job_id, h.attempts, h.last_error) for h in again] == [(job, 1, "refused")]
    await other.webhook_attempted(job, delivered=True, error=None, next_attempt_at=None, now=12.0)
    hook = await store.get_webhook(job)
    assert hook is not None and hook.delivered_at == 12.0 and hook.attempts == 2
    assert await store.claim_webhooks(now=99.0, hold_s=30, max_attempts=3, limit=10) == []


async def test_a_new_job_wakes_a_waiting_worker(store: Store) -> None:
    waiter = asyncio.create_task(store.wait_for_work(60))
    await asyncio.sleep(0.2)
    await store.create_job("w" * 32, [NewJobItem(request="{}")], 1.0)
    async with asyncio.timeout(30):  # far below the 60 s poll: woken, not timed out
        await waiter


# ---------------------------------------------------------------- single flight, budget


async def test_one_flight_per_key_until_released_or_lapsed(store: Store, other: Store) -> None:
    key = "s" * 32
    assert await store.claim_flight(key, "a", 10, now=100.0)
    assert not await other.claim_flight(key, "b", 10, now=101.0)
    assert await store.claim_flight("t" * 32, "b", 10, now=101.0)  # another key is free
    assert await store.renew_flight(key, "a", 10, now=105.0)
    assert not await other.claim_flight(key, "b", 10, now=114.0)
    assert await other.claim_flight(key, "b", 10, now=116.0)  # a died: its claim lapsed at 115
    assert not await store.renew_flight(key, "a", 10, now=117.0)
    await store.release_flight(key, "a")  # not a's any more: a no-op
    assert not await store.claim_flight(key, "c", 10, now=118.0)
    await other.release_flight(key, "b")
    assert await store.claim_flight(key, "c", 10, now=119.0)


async def test_storing_a_result_releases_its_owners_flight_and_no_one_elses(
    store: Store, other: Store
) -> None:
    key = "u" * 32
    assert await store.claim_flight(key, "a", 10, now=100.0)
    assert await other.claim_flight(key, "b", 10, now=111.0)  # a's claim lapsed; b extracts too
    # a finishes late: its result is stored, b's claim stays b's.
    await store.put_extraction(key, b'{"by":"a"}', 112.0, flight_owner="a")
    stored = await other.get_extraction(key)
    assert stored is not None and stored.body == b'{"by":"a"}'
    assert not await store.claim_flight(key, "c", 10, now=113.0)
    # b's result replaces it and ends b's flight with it.
    await other.put_extraction(key, b'{"by":"b"}', 114.0, flight_owner="b")
    stored = await store.get_extraction(key)
    assert stored is not None and stored.body == b'{"by":"b"}'
    assert await store.claim_flight(key, "c", 10, now=115.0)
    # Without an owner, a write leaves every flight alone.
    await store.put_extraction(key, b"{}", 116.0)
    assert not await other.claim_flight(key, "d", 10, now=117.0)


def rpm(limit: int, amount: int = 1) -> list[BudgetSpend]:
    return [BudgetSpend("rpm", amount, limit)]


async def test_the_budget_holds_across_connections(store: Store, other: Store) -> None:
    now = 6000.0
    grants = await asyncio.gather(*(s.take_budget(rpm(20), 60, now + 1) for s in [store, other] * 25))
    assert sum(1 for g in grants if g == 0) == 20
    assert all(g == pytest.approx(60.0) for g in grants if g != 0)  # when the first spend leaves the window
    assert await store.take_budget(rpm(20), 60, now + 60.5) > 0  # a calendar minute later: still inside
    assert await store.take_budget(rpm(20), 60, now + 61) == 0  # 60 s after them: gone
    tpm = [BudgetSpend("tpm", 500, 100)]
    assert await store.take_budget(tpm, 60, now + 2) == 0  # too big for any window: goes alone
    assert await store.take_budget([BudgetSpend("tpm", 1, 100)], 60, now + 3) == pytest.approx(59.0)


async def test_a_burst_straddling_a_minute_boundary_stays_within_the_limit(
    store: Store, other: Store
) -> None:
    # A full minute's worth at the end of one calendar minute, then a burst just after
    # its boundary: fixed windows let a second full minute's worth through at once.
    end_of_minute = 6059.5
    first = await asyncio.gather(*(s.take_budget(rpm(10), 60, end_of_minute) for s in [store, other] * 5))
    assert first == [0.0] * 10
    burst = await asyncio.gather(*(s.take_budget(rpm(10), 60, 6060.1) for s in [store, other] * 10))
    assert all(wait == pytest.approx(59.4) for wait in burst)
    assert await store.take_budget(rpm(10), 60, 6119.4) > 0
    granted = await asyncio.gather(*(s.take_budget(rpm(10), 60, 6119.6) for s in [store, other] * 10))
    assert sum(1 for g in granted if g == 0) == 10


async def test_the_window_slides_over_partial_spending(store: Store, other: Store) -> None:
    assert [await store.take_budget(rpm(10), 60, 100.0) for _ in range(5)] == [0.0] * 5
    assert [await other.take_budget(rpm(10), 60, 130.0) for _ in range(5)] == [0.0] * 5
    assert await store.take_budget(rpm(10), 60, 150.0) == pytest.approx(
        10.0
    )  # the spends of 100 leave at 160
    assert [await other.take_budget(rpm(10), 60, 161.0) for _ in range(5)] == [0.0] * 5
    assert await store.take_budget(rpm(10), 60, 161.0) == pytest.approx(29.0)  # then those of 130, at 190
    # Two units wanted: the first two spends of 130 must leave, not just one.
    assert await store.take_budget(rpm(10, amount=2), 60, 161.0) == pytest.approx(29.0)


async def test_both_limits_are_spent_together_or_not_at_all(store: Store) -> None:
    both = [BudgetSpend("rpm", 1, 10), BudgetSpend("tpm", 60, 100)]
    assert await store.take_budget(both, 60, 500.0) == 0
    assert await store.take_budget(both, 60, 501.0) == pytest.approx(59.0)  # tokens refuse it ...
    # ... so its request slot was not spent either: 9 remain of 10.
    assert [await store.take_budget(rpm(10), 60, 502.0) for _ in range(9)] == [0.0] * 9
    assert await store.take_budget(rpm(10), 60, 502.0) > 0


# ---------------------------------------------------------------- ownership (tenancy)


async def test_owners_are_shared_by_every_connection(store: Store, other: Store) -> None:
    await store.add_owners([("job", "j1", "ta", 10.0), ("extraction", "e1", "ta", 11.0)])
    await other.add_owners([("job", "j2", "ta", 12.0), ("job", "j1", "tb", 13.0)])
    await other.add_owners([("job", "j1", "ta", 99.0)])  # a repeat keeps the first record
    assert await other.is_owner("job", "j1", "ta") and await store.is_owner("job", "j2", "ta")
    assert not await store.is_owner("job", "j2", "tb")
    assert not await store.is_owner("extraction", "j1", "ta")  # kinds apart
    assert await store.owned_ids("job", "ta", 0, 10) == (["j2", "j1"], 2)  # newest first
    assert await other.owned_ids("job", "ta", 1, 10) == (["j1"], 2)
    await other.forget_owners("job", "j1")
    assert not await store.is_owner("job", "j1", "ta") and not await store.is_owner("job", "j1", "tb")
    assert await store.owned_ids("job", "ta", 0, 10) == (["j2"], 1)


async def test_deleting_or_evicting_an_extraction_forgets_its_owners(store: Store, other: Store) -> None:
    keys = ids(3, "own")
    for n, key in enumerate(keys):
        await store.put_extraction(key, b"{}", time.time() - 100 + n)
    await store.add_owners([("extraction", k, t, 1.0) for k in keys for t in ("ta", "tb")])
    await store.add_owners([("job", keys[0], "ta", 1.0)])  # a job that happens to share the id
    assert await other.delete_extraction(keys[0])
    assert not await store.is_owner("extraction", keys[0], "ta")
    assert not await store.is_owner("extraction", keys[0], "tb")
    assert await store.is_owner("job", keys[0], "ta")  # other kinds are not touched
    assert await store.owned_ids("extraction", "ta", 0, 10) == ([keys[1], keys[2]], 2)
    assert await other.evict_extractions(max_age_s=None, max_entries=1) == [keys[1]]
    assert await store.owned_ids("extraction", "tb", 0, 10) == ([keys[2]], 1)
    assert await other.evict_extractions(max_age_s=10, max_entries=None) == [keys[2]]
    assert await store.owned_ids("extraction", "ta", 0, 10) == ([], 0)
    # Extracted again later: owned by whoever asks then, not by the keys that owned it before.
    await store.put_extraction(keys[0], b"{}", time.time())
    assert not await store.is_owner("extraction", keys[0], "tb")
    assert not await other.delete_extraction(keys[1])  # nothing left to delete


# ---------------------------------------------------------------- schema versions


async def test_schema_is_versioned_and_reopening_is_a_no_op(store_settings: Settings) -> None:
    first = await open_store(store_settings)
    try:
        version = await first.schema_version()
        assert version >= 1
        await first.put_extraction("d" * 32, b"{}", 1.0)
    finally:
        await first.close()
    again = await open_store(store_settings, migrate=False)
    try:
        assert await again.schema_version() == version
        assert await again.get_extraction("d" * 32) is not None
    finally:
        await again.close()


async def test_a_database_newer_than_the_code_is_refused(store_settings: Settings) -> None:
    s = await open_store(store_settings)
    version = await s.schema_version()
    await s.close()
    await _set_schema_version(store_settings, version + 1)
    with pytest.raises(SchemaError, match="newer than this newsfacts"):
        await open_store(store_settings)


async def test_upgrading_drops_the_owners_that_outlived_their_extractions(store_settings: Settings) -> None:
    s = await open_store(store_settings)
    try:
        version = await s.schema_version()
        await s.put_extraction("k" * 32, b"{}", 1.0)
        # What an earlier release left: owners of a deleted extraction, beside ones to keep.
        await s.add_owners(
            [
                ("extraction", "k" * 32, "ta", 1.0),
                ("extraction", "g" * 32, "ta", 1.0),
                ("job", "g" * 32, "ta", 1.0),
            ]
        )
    finally:
        await s.close()
    await _set_schema_version(store_settings, version - 1)
    upgraded = await open_store(store_settings)
    try:
        assert await upgraded.schema_version() == version
        assert not await upgraded.is_owner("extraction", "g" * 32, "ta")
        assert await upgraded.is_owner("extraction", "k" * 32, "ta")
        assert await upgraded.is_owner("job", "g" * 32, "ta")
    finally:
        await upgraded.close()


async def _set_schema_version(store_settings: Settings, version: int) -> None:
    if store_settings.database_url is None:
        import sqlite3

        conn = sqlite3.connect(store_settings.data_dir / "newsfacts.sqlite3")
        conn.execute(f"PRAGMA user_version = {version}")
        conn.close()
    else:
        import psycopg

        async with await psycopg.AsyncConnection.connect(store_settings.database_url.get_secret_value()) as c:
            await c.execute("UPDATE newsfacts_schema SET version = %s", (version,))


async def test_an_old_database_is_refused_without_migrating(store_settings: Settings) -> None:
    with pytest.raises(SchemaError, match="newsfacts db upgrade"):
        await open_store(store_settings, migrate=False)


async def test_a_finished_items_extraction_is_owned_by_its_jobs_keys_and_only_theirs(store: Store) -> None:
    """Finishing an item is one transaction on both stores: the item, its job's count and the owners."""
    job, other_job = ids(2, "own")
    for job_id in (job, other_job):
        await store.create_job(job_id, [NewJobItem(request="{}"), NewJobItem(request="{}")], 1.0)
    await store.add_owners([("job", job, "ta", 1.0), ("job", job, "tb", 1.0), ("job", other_job, "tc", 1.0)])
    await store.claim_items("w", 30, 10, 1.5)
    key = "f" * 32
    assert await store.finish_item(job, 0, extraction_id=key, result=b"{}", error=None, now=2.0)
    assert await store.is_owner("extraction", key, "ta") and await store.is_owner("extraction", key, "tb")
    assert not await store.is_owner("extraction", key, "tc")
    # A failure has no extraction to own; a repeat finish changes nothing.
    assert await store.finish_item(other_job, 0, extraction_id=None, result=None, error="{}", now=2.0)
    assert not await store.finish_item(other_job, 0, extraction_id=key, result=b"{}", error=None, now=2.5)
    assert not await store.is_owner("extraction", key, "tc")
    assert (await store.owned_ids("extraction", "tc", 0, 10)) == ([], 0)
    record = await store.get_job(other_job)
    assert record is not None and (record.succeeded, record.failed, record.status) == (0, 1, "running")


async def test_postgres_connections_have_tcp_keepalives(postgres_url: str) -> None:
    """A connection idle in the pool whose peer vanished is found by the kernel, not kept for hours."""
    from service.serving.store.postgres import KEEPALIVES, PostgresStore

    store = await PostgresStore.open(postgres_url, min_size=1, max_size=2)
    try:
        async with store._conn() as conn:
            params = conn.info.get_parameters()
        assert {k: params.get(k) for k in KEEPALIVES} == {k: str(v) for k, v in KEEPALIVES.items()}
    finally:
        await store.close()
