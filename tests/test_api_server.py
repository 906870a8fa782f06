"""`newsfacts serve --workers N`: one SO_REUSEPORT socket per worker, clean stop on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from service.api.server import reuseport_supported
from tests.live_server import free_port

ROOT = Path(__file__).resolve().parent.parent


def children(pid: int) -> list[int]:
    """Worker processes of ``pid`` (multiprocessing's resource tracker is a child too, not a worker)."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    workers = []
    for p in map(int, out.stdout.split()):
        try:
            cmdline = Path(f"/proc/{p}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            workers.append(p)
    return workers


@pytest.mark.skipif(not reuseport_supported(), reason="SO_REUSEPORT workers are Linux-only")
def test_two_workers_each_serve_and_stop_cleanly(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "service", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "NEWSFACTS_DATA_DIR": str(tmp_path / "data"),
            "HOME": str(tmp_path),
            "TMPDIR": str(tmp_path),
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        # Each worker loads the language model at start: slow when the machine is loaded.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, "serve exited early"
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200 and len(children(proc.pid)) >= 2:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        workers = children(proc.pid)
        assert len(workers) == 2, workers
        # New connections each time: whichever worker the kernel picks answers.
        for _ in range(20):
            assert httpx.get(f"{base}/healthz", timeout=5).status_code == 200
        r = httpx.post(f"{base}/v1/extractions", json={"text": "“We will stay,” the mayor said."}, timeout=30)
        assert r.status_code == 200 and r.json()["quotes"]
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            assert proc.wait(timeout=60) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
    assert not [w for w in workers if Path(f"/proc/{w}").exists()], "a worker outlived the server"
    assert not list(tmp_path.glob("newsfacts-metrics-*")), "the workers' metrics directory was left behind"
