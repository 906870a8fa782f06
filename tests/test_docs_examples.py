"""Every shell and Python example in README.md and docs/*.md runs as written, against a live server.

The examples are found, not listed: a new ```sh, ```bash or ```python block
in any of those files is run too. Each block runs in a scratch folder that
links to the repository's files (so `seeds/...` and `.venv/bin/...` resolve
and whatever an example writes lands in the scratch folder), with the server
of this test on a free port standing in for `localhost:8000` (URLs are
rewritten; `Client()` finds it through `NEWSFACTS_URL`). Shell blocks run with
`bash -euo pipefail` and `curl` failing on HTTP errors, so a 404 or a broken
pipe fails the example.

What is not run, and why, is declared here or in the docs:

- a block preceded by `<!-- docs-test: skip REASON -->` (REASON is required);
- a shell line matching one of SKIPPED_LINES below.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.live_server import free_port, running_server

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SHELL = {"sh", "bash", "shell"}
PYTHON = {"python", "py"}

# Shell lines that cannot run in a test, each with the reason.
SKIPPED_LINES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^open\s"), "opens a browser (macOS `open`)"),
    (
        re.compile(r"^make (serve|test)\b"),
        "the README's two commands: this test runs inside `make test`, with its own server",
    ),
    (re.compile(r"^make lock\b"), "regenerates requirements.lock from PyPI and edits the checkout"),
    (re.compile(r"^git "), "edits the repository"),
    (re.compile(r"newsfacts serve\b"), "starts a server that runs until stopped: this test runs its own"),
    (
        re.compile(r"newsfacts simulate-llm\b(?!.*&\s*(#.*)?$)"),
        "runs until stopped (a backgrounded one, `... &`, is run)",
    ),
]
SKIP_MARK = re.compile(r"<!--\s*docs-test:\s*skip\s+(?P<reason>\S[^>]*?)\s*-->\s*$")
# Ports the examples use: the server (8000) and the simulated LLM (8001, 8911).
PORTS = (8000, 8001, 8911)


@dataclass(frozen=True)
class Example:
    file: Path
    line: int
    lang: str
    code: str
    skip: str | None

    @property
    def id(self) -> str:
        return f"{self.file.relative_to(ROOT)}:{self.line}"


def find_examples(path: Path) -> Iterator[Example]:
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        # Fences may be indented (a block inside a list item); the body loses that indent.
        fence = re.match(r"^(?P<indent>\s*)```(?P<lang>\w+)\s*$", lines[i])
        if not fence:
            i += 1
            continue
        lang, indent = fence.group("lang").lower(), fence.group("indent")
        start = i
        i += 1
        body = []
        while i < len(lines) and not lines[i].strip().startswith("```"):
            body.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i])
            i += 1
        i += 1
        if lang not in SHELL | PYTHON:
            continue
        previous = next((lines[j] for j in range(start - 1, -1, -1) if lines[j].strip()), "")
        mark = SKIP_MARK.search(previous)
        yield Example(path, start + 1, lang, "\n".join(body) + "\n", mark.group("reason") if mark else None)


EXAMPLES = [example for path in DOCS for example in find_examples(path)]


def runnable_shell(code: str) -> tuple[str, list[str]]:
    """The block with its skipped lines (and their continuation lines) commented out; the reasons."""
    out: list[str] = []
    reasons: list[str] = []
    skipping = False
    for line in code.splitlines():
        if skipping:
            out.append("# (skipped) " + line)
            skipping = line.rstrip().endswith("\\")
            continue
        reason = next((why for pattern, why in SKIPPED_LINES if pattern.search(line.strip())), None)
        if reason is not None and not line.lstrip().startswith("#"):
            out.append("# (skipped) " + line)
            reasons.append(f"{line.strip()[:60]}: {reason}")
            skipping = line.rstrip().endswith("\\")
        else:
            out.append(line)
    return "\n".join(out) + "\n", reasons


def with_ports(code: str, ports: dict[int, int]) -> str:
    for old, new in ports.items():
        code = re.sub(rf"(?<=(localhost|127\.0\.0\.1):){old}\b", str(new), code)
        code = re.sub(rf"(?<=--port ){old}\b", str(new), code)
    return code


PRELUDE = """
set -euo pipefail
# Whatever an example started in the background (a simulator) stops with it, even when it fails.
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
# An HTTP error is a failed example, body still shown.
curl() { command curl --fail-with-body "$@"; }
"""


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder that looks like the checkout (links to its files) where examples may write."""
    folder = tmp_path_factory.mktemp("docs-examples")
    for entry in ROOT.iterdir():
        if entry.name in {"eval-out", ".git", ".pytest_cache", ".mypy_cache", ".ruff_cache"}:
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


@pytest.fixture(scope="module")
def ports() -> dict[int, int]:
    return {port: free_port() for port in PORTS}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, ports: dict[int, int], scratch: Path) -> Iterator[str]:
    env = {"NEWSFACTS_EVAL_REPORTS_DIR": str(scratch / "eval-out")}
    with running_server(tmp_path_factory.mktemp("docs-server"), env=env, port=ports[8000]) as base:
        yield base


def test_the_docs_have_examples_and_every_skip_says_why() -> None:
    assert len(EXAMPLES) >= 20
    assert all(e.skip is None or len(e.skip) > 10 for e in EXAMPLES)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_example_runs_as_written(example: Example, server: str, scratch: Path, ports: dict[int, int]) -> None:
    if example.skip is not None:
        pytest.skip(f"declared in the doc: {example.skip}")
    for tool in ("curl", "jq"):
        if shutil.which(tool) is None:
            subprocess.run(["bash", str(ROOT / "tests" / "ensure_tools.sh")], check=True, timeout=900)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSFACTS_", "OPENAI_"))}
    env |= {
        "NEWSFACTS_URL": server,
        "NEWSFACTS_DATA_DIR": str(scratch / ".data"),
        "PATH": f"{Path(sys.executable).parent}:{env.get('PATH', '')}",
        "COLUMNS": "120",
    }
    if example.lang in PYTHON:
        command = [sys.executable, "-c", with_ports(example.code, ports)]
        reasons: list[str] = []
    else:
        code, reasons = runnable_shell(example.code)
        command = ["bash", "-c", PRELUDE + with_ports(code, ports)]
    proc = subprocess.run(command, cwd=scratch, env=env, capture_output=True, timeout=600)
    assert proc.returncode == 0, (
        f"{example.id} failed ({proc.returncode}); skipped lines: {reasons}\n"
        f"--- stdout\n{proc.stdout.decode(errors='replace')[-3000:]}\n"
        f"--- stderr\n{proc.stderr.decode(errors='replace')[-3000:]}"
    )
