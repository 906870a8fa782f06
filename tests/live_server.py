"""`newsfacts serve` in a real process on a free loopback port, for tests that talk HTTP to it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(
    data_dir: Path, env: Mapping[str, str] | None = None, port: int | None = None
) -> Iterator[str]:
    """Start the server over ``data_dir``; yield its base URL; stop it."""
    port = port or free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSFACTS_", "OPENAI_"))}
    environment |= {"NEWSFACTS_DATA_DIR": str(data_dir), "NEWSFACTS_LOG_LEVEL": "WARNING", **(env or {})}
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / "server.log"
    # A file, not a pipe: a full pipe nobody reads would block the server's logging.
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "service", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):  # up to ~60 s on a loaded machine
            if proc.poll() is not None:
                raise AssertionError(f"serve exited early: {log_path.read_text(errors='replace')[-3000:]}")
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        else:
            raise AssertionError("serve never became ready")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
