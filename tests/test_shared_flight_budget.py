"""Across processes: one extraction per key (the store's in-flight claim) and one provider budget.

Each case runs on SQLite and on the real PostgreSQL; two caches with their own
owners on one database stand for two replicas.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from pydantic import SecretStr

from schemas import ArticleRequest, Usage
from service.pipeline.run import extraction_id, prepare
from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.metrics import Metrics
from service.serving.provider_budget import BudgetTransport, ProviderBudget, estimate_tokens
from service.serving.store.base import BudgetSpend, Store
from service.serving.store.factory import open_store
from service.settings import Settings
from tests.api_fakes import FakeBackend

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sqlite", "postgresql"])
def db_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    if request.param == "sqlite":
        return Settings(data_dir=tmp_path / "data", flight_lease_s=0.6)
    url: str = request.getfixturevalue("postgres_url")
    return Settings(data_dir=tmp_path / "data", database_url=SecretStr(url), flight_lease_s=0.6)


@pytest.fixture
async def stores(db_settings: Settings) -> AsyncIterator[tuple[Store, Store]]:
    one = await open_store(db_settings)
    two = await open_store(db_settings)
    try:
        yield one, two
    finally:
        await one.close()
        await two.close()


ARTICLE = ArticleRequest(text="The council said 40 homes would be built in Marston by 2027.")


async def test_identical_requests_on_two_replicas_make_one_call(
    db_settings: Settings, stores: tuple[Store, Store]
) -> None:
    gate = asyncio.Event()
    backends = [FakeBackend(gate=gate), FakeBackend(gate=gate)]  # same fingerprint: same key
    caches = [
        ExtractionCache(store, backend, db_settings, Metrics(), owner=f"replica-{n}")
        for n, (store, backend) in enumerate(zip(stores, backends, strict=True))
    ]
    requests = [asyncio.create_task(caches[n % 2].extract(ARTICLE)) for n in range(40)]
    # Both replicas' flights are up and one holds the key before the provider answers.
    await asyncio.sleep(0.3)
    gate.set()
    results = await asyncio.gather(*requests)
    assert sum(b.calls for b in backends) == 1
    assert len({r.body for r in results}) == 1
    assert {r.id for r in results} == {results[0].id}


async def test_a_dead_replicas_claim_lapses_and_another_extracts(
    db_settings: Settings, stores: tuple[Store, Store]
) -> None:
    backend = FakeBackend()
    cache = ExtractionCache(stores[1], backend, db_settings, Metrics(), owner="alive")
    key = extraction_id(prepare(ARTICLE), backend)
    # A replica claimed the key, then died: it never renews, never stores, never releases.
    assert await stores[0].claim_flight(key, "dead", db_settings.flight_lease_s, time.time())
    result = await asyncio.wait_for(cache.extract(ARTICLE), timeout=60)
    assert backend.calls == 1 and result.id == key
    assert await stores[0].get_extraction(key) is not None


async def test_a_failed_extraction_releases_the_key(
    db_settings: Settings, stores: tuple[Store, Store]
) -> None:
    from service.errors import LLMResponseError

    failing = FakeBackend(fail=lambda call: LLMResponseError("garbled"))
    with pytest.raises(LLMResponseError):
        await ExtractionCache(stores[0], failing, db_settings, Metrics(), owner="a").extract(ARTICLE)
    working = FakeBackend()
    # The other replica need not wait for a lease: the failure released the key at once.
    key = extraction_id(prepare(ARTICLE), working)
    assert await stores[1].claim_flight(key, "b", 30, time.time())


class DiesAfterItsWrite:
    """The real store, in a process that dies right after storing a result: its flight is never
    released on its own (the flight's ``finally`` never runs), and its lease is long."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def release_flight(self, key: str, owner: str) -> None:
        return None


async def test_storing_a_result_ends_its_flight_in_the_same_write(
    db_settings: Settings, stores: tuple[Store, Store]
) -> None:
    """Before: the result was stored, then the flight released in a statement of its own; a
    process dying between the two left its key held until the lease ran out (here an hour),
    though its result was there for every waiter to take."""
    settings = db_settings.model_copy(update={"flight_lease_s": 3600.0})
    backend = FakeBackend()
    cache = ExtractionCache(
        cast(Store, DiesAfterItsWrite(stores[0])), backend, settings, Metrics(), owner="a"
    )
    result = await cache.extract(ARTICLE)
    assert await stores[1].get_extraction(result.id) is not None
    # Released with the write: another replica may claim the key at once.
    assert await stores[1].claim_flight(result.id, "b", 30, time.time())


class Counting:
    """The real store, recording the name of every call made to it."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.inner, name)

        async def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            return await method(*args, **kwargs)

        return counted


FLIGHT_CALLS = {"get_extraction", "claim_flight", "renew_flight", "put_extraction", "release_flight"}


async def test_a_stored_result_costs_no_round_trip_to_release_its_flight(
    db_settings: Settings, stores: tuple[Store, Store]
) -> None:
    """A miss is a lookup, the claim, the lookup after it, and the write that ends the claim.

    Before: one more call after the write, releasing a flight the write had released.
    A result that is not stored (partial: a chunk failed) still releases its claim.
    """
    counting = Counting(stores[0])
    cache = ExtractionCache(cast(Store, counting), FakeBackend(), db_settings, Metrics(), owner="a")
    first = await cache.extract(ARTICLE)
    assert [c for c in counting.calls if c in FLIGHT_CALLS] == [
        "get_extraction",
        "claim_flight",
        "get_extraction",
        "put_extraction",
    ]
    assert await stores[1].claim_flight(first.id, "b", 30, time.time())  # released all the same
    await stores[1].release_flight(first.id, "b")

    counting.calls.clear()
    partial = FakeBackend(prompt="p2", usage=Usage(llm_calls=2, chunks=2, failed_chunks=1))
    cache = ExtractionCache(cast(Store, counting), partial, db_settings, Metrics(), owner="a")
    second = await cache.extract(ARTICLE)
    assert [c for c in counting.calls if c in FLIGHT_CALLS] == [
        "get_extraction",
        "claim_flight",
        "get_extraction",
        "release_flight",
    ]
    assert await stores[1].get_extraction(second.id) is None
    assert await stores[1].claim_flight(second.id, "b", 30, time.time())


async def _refuse_flight_releases(settings: Settings, store: Store) -> None:
    """A trigger that makes every release of a flight fail (the second half of the write)."""
    if settings.database_url is None:
        path = cast(Any, store).path
        with sqlite3.connect(path) as conn:
            conn.execute(
                "CREATE TRIGGER refuse_release BEFORE DELETE ON flights"
                " BEGIN SELECT RAISE(ABORT, 'release refused'); END"
            )
        return
    import psycopg

    async with await psycopg.AsyncConnection.connect(
        settings.database_url.get_secret_value(), autocommit=True
    ) as conn:
        await conn.execute(
            "CREATE FUNCTION refuse_release() RETURNS trigger LANGUAGE plpgsql"
            " AS $$ BEGIN RAISE EXCEPTION 'release refused'; END $$"
        )
        await conn.execute(
            "CREATE TRIGGER refuse_release BEFORE DELETE ON flights"
            " FOR EACH ROW EXECUTE FUNCTION refuse_release()"
        )


async def test_a_result_whose_flight_cannot_be_released_is_not_stored_either(
    db_settings: Settings, stores: tuple[Store, Store]
) -> None:
    """The write and the release are one: when the release fails, the result is not stored
    (before: stored, and the failed release left the key held while its result was there)."""
    settings = db_settings.model_copy(update={"flight_lease_s": 3600.0})
    await _refuse_flight_releases(settings, stores[0])
    backend = FakeBackend()
    cache = ExtractionCache(stores[0], backend, settings, Metrics(), owner="a")
    key = extraction_id(prepare(ARTICLE), backend)
    with pytest.raises(Exception, match="release refused"):
        await cache.extract(ARTICLE)
    assert backend.calls == 1
    assert await stores[1].get_extraction(key) is None
    assert not await stores[1].claim_flight(key, "b", 30, time.time())  # still a's


class CountsRefusals:
    """The real store, counting the budget takes it refused (each one a request now waiting)."""

    def __init__(self, inner: Store) -> None:
        self.inner = inner
        self.refused = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    async def take_budget(self, *args: Any, **kwargs: Any) -> float:
        wait: float = await self.inner.take_budget(*args, **kwargs)
        self.refused += wait > 0
        return wait


async def test_the_budget_holds_requests_past_the_limit_across_processes(stores: tuple[Store, Store]) -> None:
    sent: list[bytes] = []

    async def provider(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={})

    counting = [CountsRefusals(store) for store in stores]
    clients = [
        httpx.AsyncClient(
            transport=BudgetTransport(
                ProviderBudget(cast(Store, store), rpm=5, tpm=None), httpx.MockTransport(provider)
            )
        )
        for store in counting
    ]
    body = json.dumps({"messages": [{"role": "user", "content": "x" * 400}], "max_tokens": 50}).encode()
    calls = [
        asyncio.create_task(clients[n % 2].post("http://provider.test/v1/chat", content=body))
        for n in range(12)
    ]
    # Every request has asked and each one sent has its answer; the refused wait for a share to
    # leave the window (about a minute: a refused request asks again only then). Waited for, not
    # a fixed 2 s: on a loaded machine 12 budget takes can outlast that.
    async with asyncio.timeout(50):
        while len(sent) + sum(c.refused for c in counting) < 12 or sum(c.done() for c in calls) < len(sent):
            await asyncio.sleep(0.01)
    waiting = sum(1 for c in calls if not c.done())
    sent_now = len(sent)
    for c in calls:
        c.cancel()
    await asyncio.gather(*calls, return_exceptions=True)
    for client in clients:
        await client.aclose()
    # The window slides: a minute's boundary inside the wait lets no more through.
    assert sent_now == 5 and waiting == 7


def test_token_estimate_counts_the_prompt_and_the_completion_ceiling() -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "y" * 4000}], "max_tokens": 1000}).encode()
    assert 2000 > estimate_tokens(body) - 1000 >= 1000
    assert estimate_tokens(b"not json") == 2


class _StallThenSend(httpx.AsyncBaseTransport):
    """A process too busy to send at once: the request leaves ``stall_s`` after its share was granted."""

    def __init__(self, stall_s: float) -> None:
        self.stall_s = stall_s
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(self.stall_s)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def test_a_share_counts_from_when_its_request_left_not_from_its_grant(
    stores: tuple[Store, Store],
) -> None:
    """The provider counts arrivals: a share timed at its grant would leave the window early by the stall."""
    from evals.simulator import SimulatorServer

    rpm = [BudgetSpend("rpm", 1, 1)]
    with SimulatorServer() as sim:
        transport = BudgetTransport(ProviderBudget(stores[0], rpm=1, tpm=None), _StallThenSend(2.0))
        async with httpx.AsyncClient(transport=transport) as client:
            granted = time.time()
            body = {"model": "m", "messages": [{"role": "user", "content": "<article>\nA.\n</article>"}]}
            answer = await client.post(sim.base_url + "/chat/completions", json=body)
        assert answer.status_code == 200
        (arrived,) = sim.arrivals()
    assert arrived >= granted + 2.0
    # 59 s after the provider saw it, a second request must still wait (granted-time would let it go).
    assert await stores[1].take_budget(rpm, 60, arrived + 59.0) > 0
    assert await stores[1].take_budget(rpm, 60, arrived + 61.0) == 0


async def test_a_restamped_share_moves_once_and_one_already_gone_is_put_back(
    stores: tuple[Store, Store],
) -> None:
    one, two = stores
    spend = [BudgetSpend("rpm", 1, 2)]
    assert await one.take_budget(spend, 60, 100.0) == 0
    assert await one.take_budget(spend, 60, 100.0) == 0  # two equal shares: either may move
    await two.restamp_budget(spend, 100.0, 103.0)
    assert await one.take_budget(spend, 60, 160.5) == 0  # the unmoved one left at 160
    assert await one.take_budget(spend, 60, 161.0) == pytest.approx(2.0)  # the moved one holds to 163
    await two.restamp_budget(spend, 100.0, 300.0)  # long gone from the window: counted again from 300
    assert await one.take_budget([BudgetSpend("rpm", 1, 1)], 60, 330.0) == pytest.approx(30.0)
