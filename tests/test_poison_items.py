"""A job item that kills its worker is not retried forever (``NEWSFACTS_JOB_ITEM_MAX_ATTEMPTS``).

Real ``newsfacts worker`` processes on the real PostgreSQL the tests start. The
crash is real too: a ``sitecustomize`` on the workers' path makes the rules
backend end the process on the spot (``os._exit``, as a segfault in a C
extension would: no cleanup, no lease handed back) when it meets the poison
article. The workers are restarted, as a supervisor would, until the job is done.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from pathlib import Path

import pytest
from pydantic import SecretStr

from service.serving.store.base import NewJobItem
from service.serving.store.factory import open_store
from service.settings import Settings
from tests.test_worker import NEWSFACTS, env_for

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[1]
CRASH_EXIT = 70

SITECUSTOMIZE = f"""
import asyncio
import os


def _crash_on_poison() -> None:
    from service.backends.rules import RulesBackend

    original = RulesBackend.extract

    async def extract(self, doc):
        if "POISON" in doc.text:
            os._exit({CRASH_EXIT})
        if "SLOW" in doc.text:
            await asyncio.sleep(1.5)  # still in flight when the poison kills the process
        return await original(self, doc)

    RulesBackend.extract = extract


_crash_on_poison()
"""


async def _logged(log: Path, event: str, proc: subprocess.Popen[bytes]) -> None:
    """Until ``event`` is in ``log`` (bounded; or the worker has gone).

    A worker logs an abandoned item just after the write that fails it, which can finish the
    job: stopped the moment the job reads done, it could be cut off between the two (its
    pending store call cancelled, the line never written) when the machine is loaded.
    """
    deadline = time.monotonic() + 30  # the final assertion says if it never came
    while event not in log.read_text(errors="replace") and proc.poll() is None:
        if time.monotonic() > deadline:
            return
        await asyncio.sleep(0.1)


async def test_an_item_that_kills_its_workers_is_failed_after_the_cap_and_the_rest_finish(
    postgres_url: str, tmp_path: Path
) -> None:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(SITECUSTOMIZE)
    texts = [f"SLOW story {i}: the council said {i + 3} people attended on Friday." for i in range(4)]
    texts.insert(2, "POISON story: the mayor said 12 roads would close on Monday.")
    settings = Settings(data_dir=tmp_path / "d", database_url=SecretStr(postgres_url))
    store = await open_store(settings)
    job_id = "c" * 32
    try:
        await store.create_job(
            job_id, [NewJobItem(request=json.dumps({"text": t})) for t in texts], time.time()
        )
        env = env_for(
            postgres_url,
            tmp_path,
            NEWSFACTS_JOB_LEASE_S="1",
            NEWSFACTS_JOB_ITEM_MAX_ATTEMPTS="3",
            PYTHONPATH=f"{hooks}:{ROOT}",
        )
        deaths = 0
        log = tmp_path / "workers.log"
        async with asyncio.timeout(240):
            while (job := await store.get_job(job_id)) is not None and job.status != "done":
                with log.open("ab") as out:
                    proc = subprocess.Popen(
                        [*NEWSFACTS, "worker"], env=env, stdout=out, stderr=subprocess.STDOUT
                    )
                try:
                    while proc.poll() is None:
                        job = await store.get_job(job_id)
                        if job is not None and job.status == "done":
                            await _logged(log, "job_item_abandoned", proc)
                            break
                        await asyncio.sleep(0.1)
                finally:
                    if proc.poll() is None:
                        proc.terminate()
                    code = proc.wait(timeout=60)
                if code == CRASH_EXIT:
                    deaths += 1
                else:
                    assert code == 0, log.read_text()[-3000:]
                assert deaths <= 3, "the poison item was run past the cap"
        items = await store.job_items(job_id, 0, 10)
    finally:
        await store.close()
    assert job is not None and (job.succeeded, job.failed) == (4, 1)
    # Exactly the cap: three workers died on it, then it was failed instead of run again.
    assert deaths == 3
    assert [i.status for i in items] == ["succeeded", "succeeded", "failed", "succeeded", "succeeded"]
    problem = json.loads(items[2].error or "{}")
    assert problem["type"] == "urn:newsfacts:problem:job-item-abandoned"
    assert problem["status"] == 500 and "3 time(s)" in problem["detail"]
    # The innocent items the first worker held when it died ran again, each alone, and
    # were never counted against the cap with the poison beside them.
    assert all(i.error is None and i.extraction_id for n, i in enumerate(items) if n != 2)
    assert "job_item_abandoned" in log.read_text()
