"""The server process settles its garbage collector after startup; other users of the app do not."""

from __future__ import annotations

import asyncio
import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.api import gc_tuning
from service.settings import Settings
from tests.api_fakes import FakeBackend, running


@pytest.fixture
def restored_gc() -> Iterator[None]:
    thresholds = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    try:
        yield
    finally:
        if gc.get_freeze_count() != frozen_before:
            gc.unfreeze()
        gc.set_threshold(*thresholds)


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settle_freezes_the_survivors_and_collects_the_young_less_often(restored_gc: None) -> None:
    _, middle, old = gc.get_threshold()
    garbage = Cycle()
    gone = weakref.ref(garbage)
    del garbage  # a cycle: only the collector frees it, and settle() collects before it freezes
    gc_tuning.settle()
    assert gone() is None
    assert gc.get_freeze_count() > 1000  # startup's objects: modules, types, the app
    assert gc.get_threshold() == (gc_tuning.YOUNG_THRESHOLD, middle, old)


def _start(settle_gc: bool, tmp_path: Path) -> None:
    async def go() -> None:
        async with running(Settings(data_dir=tmp_path), FakeBackend(), settle_gc=settle_gc) as (_, client):
            assert (await client.get("/healthz")).status_code == 200

    asyncio.run(go())


def test_only_the_serving_app_touches_the_collector(restored_gc: None, tmp_path: Path) -> None:
    before = (gc.get_threshold(), gc.get_freeze_count())
    _start(False, tmp_path / "a")
    assert (gc.get_threshold(), gc.get_freeze_count()) == before
    _start(True, tmp_path / "b")
    assert gc.get_threshold()[0] == gc_tuning.YOUNG_THRESHOLD and gc.get_freeze_count() > 0
