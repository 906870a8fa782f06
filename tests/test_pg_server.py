"""The test setup's PostgreSQL does not outlive a test run that is killed."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys
from tests.pg.server import start_server
server = start_server()
print(server.port, server.root, flush=True)
sys.stdin.read()  # until killed
"""


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_run_leaves_no_server_behind(sig: signal.Signals) -> None:
    # atexit runs for neither signal's default action: only the watcher stops the server.
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        port_text, root_text = child.stdout.readline().split()
        port, root = int(port_text), Path(root_text)
        assert _listening(port), "the server should be up while its run lives"
    finally:
        child.send_signal(sig)
        child.wait(timeout=30)
    deadline = time.monotonic() + 60  # generous for a loaded machine; it takes ~2 s idle
    while time.monotonic() < deadline and (_listening(port) or root.exists()):
        time.sleep(0.5)
    assert not _listening(port), "the server outlived the killed run"
    assert not root.exists(), "the server's directory was left behind"
