"""Fixtures for the browser tests: Debian's Chromium, and the real server on a loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps trying to reach Google's hosts, which this
    # machine's closed network refuses many connections at a time.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# How long the server may take to answer /healthz (bounded: a broken server fails the test, never hangs it).
# Generous: on a loaded 2-core machine (CI next to other jobs) start-up took over 30 s.
SERVER_START_S = 120.0


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path of Debian's chromium, installed by tests/browser/ensure_chromium.sh when missing."""
    found = shutil.which("chromium")
    if found is None:
        proc = subprocess.run(
            ["bash", str(HERE / "ensure_chromium.sh")], capture_output=True, text=True, timeout=900
        )
        if proc.returncode != 0:
            pytest.fail(f"could not install chromium: {proc.stderr.strip()[-2000:]}")
        found = shutil.which("chromium")
    assert found is not None, "chromium is still not on PATH after ensure_chromium.sh"
    return found


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def eval_reports_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the server looks for eval reports (NEWSFACTS_EVAL_REPORTS_DIR); tests write reports here."""
    return tmp_path_factory.mktemp("eval-reports")


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory, eval_reports_dir: Path) -> Iterator[str]:
    """The real app under uvicorn, offline rules backend, a fresh data dir; its base URL."""
    data_dir = tmp_path_factory.mktemp("server-data")
    port = _free_port()
    env = {
        **os.environ,
        "NEWSFACTS_DATA_DIR": str(data_dir),
        "NEWSFACTS_BACKEND": "rules",
        "NEWSFACTS_LOG_JSON": "false",
        "NEWSFACTS_LOG_LEVEL": "WARNING",
        "NEWSFACTS_EVAL_REPORTS_DIR": str(eval_reports_dir),
    }
    for var in ("NEWSFACTS_LLM_MODEL", "NEWSFACTS_API_KEYS", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        env.pop(var, None)
    log = (data_dir / "server.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "service.api:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if proc.poll() is not None:
                pytest.fail(
                    f"the server exited: {(data_dir / 'server.log').read_text(errors='replace')[-2000:]}"
                )
            try:
                if httpx.get(base + "/healthz", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not answer /healthz in time")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
