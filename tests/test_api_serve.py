"""`newsfacts serve` as a new user runs it: a real uvicorn process on a loopback port, the documented calls."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from schemas import Extraction
from tests.live_server import ROOT, running_server

SEED = "seeds/000_9e83181834ba2713.txt"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with running_server(tmp_path / "data") as base:
        yield base


def cli_extract(path: str) -> Extraction:
    out = subprocess.run(
        [sys.executable, "-m", "service", "extract", path],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=True,
    )
    return Extraction.model_validate_json(out.stdout)


def test_serve_answers_the_documented_calls_on_a_seed(server: str) -> None:
    text = (ROOT / SEED).read_text()
    # The body `jq -Rs '{text: .}' SEED` builds: the whole file as one string.
    first = httpx.post(f"{server}/v1/extractions", json={"text": text}, timeout=60)
    second = httpx.post(f"{server}/v1/extractions", json={"text": text}, timeout=60)
    assert first.status_code == 200, first.text
    assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
    assert first.headers["x-request-id"]
    assert first.content == second.content

    # The same extraction the CLI prints, apart from indentation and the time it took.
    served = Extraction.model_validate_json(first.content)
    printed = cli_extract(SEED)
    assert served.model_dump(exclude={"usage": {"wall_ms"}}) == printed.model_dump(
        exclude={"usage": {"wall_ms"}}
    )

    stored = httpx.get(f"{server}{first.headers['content-location']}", timeout=10)
    assert stored.content == first.content

    empty = httpx.post(f"{server}/v1/extractions", json={"text": "  "}, timeout=10)
    assert empty.status_code == 400
    assert empty.headers["content-type"] == "application/problem+json"

    assert httpx.get(f"{server}/healthz", timeout=10).json() == {"status": "ok"}
    assert "newsfacts_cache_hits_total 1.0" in httpx.get(f"{server}/metrics", timeout=10).text
    assert httpx.get(f"{server}/docs", timeout=10).status_code == 200


@pytest.mark.skipif(not (shutil.which("curl") and shutil.which("jq")), reason="needs curl and jq")
def test_the_readme_curl_command_works(server: str) -> None:
    command = (
        f"jq -Rs '{{text: .}}' {SEED} | curl -s -X POST {server}/v1/extractions "
        "-H 'content-type: application/json' -d @-"
    )
    out = subprocess.run(command, shell=True, cwd=ROOT, capture_output=True, timeout=60, check=True)
    body = json.loads(out.stdout)
    assert body["extractor"]["backend"] == "rules"
    assert body["text"].startswith((ROOT / SEED).read_text().strip()[:30])
