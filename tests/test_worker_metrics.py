"""``newsfacts worker --metrics-port``: a worker's Prometheus metrics, named so that scrapes can be summed."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import time
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from service.serving.store.base import NewJobItem
from service.serving.store.factory import open_store
from service.settings import Settings
from tests.test_worker import NEWSFACTS, articles, cli, env_for, replica_names, wait_job

pytestmark = pytest.mark.anyio


def free_ports(n: int) -> list[int]:
    """``n`` distinct free ports: all bound at once, so the kernel cannot hand out one twice."""
    with contextlib.ExitStack() as stack:
        sockets = [stack.enter_context(socket.socket()) for _ in range(n)]
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in sockets]


SUCCEEDED = 'newsfacts_job_items_total{outcome="succeeded"}'


def value(text: str, sample: str) -> float:
    lines = [line for line in text.splitlines() if line.startswith(sample + " ")]
    return float(lines[0].split()[-1]) if lines else 0.0


async def _serving(client: httpx.AsyncClient, port: int) -> bool:
    try:
        return (await client.get(f"http://127.0.0.1:{port}/metrics")).status_code == 200
    except httpx.TransportError:
        return False


async def test_a_worker_serves_its_metrics_with_its_name(postgres_url: str, tmp_path: Path) -> None:
    import subprocess

    settings = Settings(data_dir=tmp_path / "d", database_url=SecretStr(postgres_url))
    ports = free_ports(2)
    env = env_for(postgres_url, tmp_path)
    logs = [(tmp_path / f"w{n}.log").open("wb") for n in range(2)]
    procs = [
        subprocess.Popen([*NEWSFACTS, "worker", "--metrics-port", str(port)], env=env, stdout=log, stderr=log)
        for port, log in zip(ports, logs, strict=True)
    ]
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            # Both serve their metrics before the job exists: one still starting when the other
            # has run all six items (a loaded machine) would refuse the scrape below.
            async with asyncio.timeout(120):
                for n, (port, proc) in enumerate(zip(ports, procs, strict=True)):
                    while not await _serving(client, port):
                        assert proc.poll() is None, (tmp_path / f"w{n}.log").read_text()[-3000:]
                        await asyncio.sleep(0.1)
            store = await open_store(settings)
            try:
                await store.create_job(
                    "m" * 32, [NewJobItem(request=r) for r in articles(6, "m")], time.time()
                )
            finally:
                await store.close()
            job, _ = await wait_job(settings, "m" * 32)
            assert job.succeeded == 6
            # An item's counters move before its row is written; polled all the same, bounded, so
            # that a counter landing late cannot fail the sums below.
            async with asyncio.timeout(30):
                while True:
                    scraped = [(await client.get(f"http://127.0.0.1:{port}/metrics")).text for port in ports]
                    if sum(value(t, SUCCEEDED) for t in scraped) >= 6:
                        break
                    await asyncio.sleep(0.1)
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        codes = [proc.wait(timeout=60) for proc in procs]
        for log in logs:
            log.close()
    assert codes == [0, 0]
    # Each worker counts only what it ran; summed over both, the job's six items.
    done = [value(t, SUCCEEDED) for t in scraped]
    extracted = [value(t, 'newsfacts_extractions_total{backend="rules",outcome="ok"}') for t in scraped]
    assert sum(done) == 6 and sum(extracted) == 6
    names = replica_names(scraped)
    assert len(names) == 2 and names[0] != names[1]
    assert all('role="worker",store="PostgresStore"' in t for t in scraped)


def test_a_metrics_port_in_use_is_a_clear_cli_error(postgres_url: str, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        proc = cli(["worker", "--metrics-port", str(taken.getsockname()[1])], env_for(postgres_url, tmp_path))
    assert proc.returncode == 2
    assert "cannot serve metrics on 127.0.0.1:" in proc.stderr and "Traceback" not in proc.stderr
