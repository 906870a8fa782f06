"""A worker loads the language model at start, before it claims any item (issue 16)."""

from __future__ import annotations

import os
import signal

import pytest

from service.pipeline import language
from service.serving.jobs import JobRunner
from service.serving.worker import run_worker
from service.settings import Settings


@pytest.mark.anyio
async def test_the_worker_loads_the_language_model_before_it_runs_items(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "_identifier", None)  # as in a fresh process
    seen: list[bool] = []

    def ready(runner: JobRunner) -> None:
        seen.append(language._identifier is not None)
        os.kill(os.getpid(), signal.SIGTERM)  # the worker's own handler: a clean stop

    await run_worker(settings, str, ready=ready)
    assert seen == [True]
