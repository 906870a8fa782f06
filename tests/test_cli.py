from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from schemas import Extraction

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )


def test_extract_seed_prints_valid_json() -> None:
    p = run("extract", "seeds/000_9e83181834ba2713.txt")
    assert p.returncode == 0, p.stderr
    ex = Extraction.model_validate_json(p.stdout)
    assert ex.extractor.backend == "rules"


def test_stdin_and_published(tmp_path: Path) -> None:
    p = run("extract", "-", "--published", "2021-02-19", stdin="“We will stay,” she said.\n".encode())
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["metadata"]["published"] == "2021-02-19"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("café au lait".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_input_files(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "article.txt"
    f.write_bytes(content)
    p = run("extract", str(f))
    assert p.returncode == 2
    assert message in p.stderr.decode()
    assert p.stdout == b""


def test_missing_file_and_directory(tmp_path: Path) -> None:
    p = run("extract", str(tmp_path / "nope.txt"))
    assert p.returncode == 2 and "no such file" in p.stderr.decode()
    p = run("extract", str(tmp_path))
    assert p.returncode == 2 and "directory" in p.stderr.decode()


def test_unparseable_date() -> None:
    p = run("extract", "seeds/000_9e83181834ba2713.txt", "--published", "19/02/2021")
    assert p.returncode == 2 and "not an ISO date" in p.stderr.decode()


def test_unknown_backend() -> None:
    p = run("extract", "seeds/000_9e83181834ba2713.txt", "--backend", "gpt")
    assert p.returncode == 2 and "choose rules, llm or hybrid" in p.stderr.decode()


def test_llm_backend_without_model_is_a_clear_error() -> None:
    p = run("extract", "seeds/000_9e83181834ba2713.txt", "--backend", "llm")
    assert p.returncode != 0 and "NEWSFACTS_LLM_MODEL" in p.stderr.decode()


def test_table_format() -> None:
    p = run("extract", "seeds/001_e568c6928cffa5b6.txt", "--format", "table")
    assert p.returncode == 0, p.stderr
    assert "Quotes" in p.stdout.decode()


def test_html_input_detected(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>Vote delayed</title></head><body><nav>Home | World</nav>"
        "<article><h1>Vote delayed</h1><p>The council postponed the vote on Tuesday, "
        "officials said. “We need more time,” said Mayor Ruth Okafor. The budget is $12 million, "
        "up from $9 million last year, according to the city’s finance office.</p>"
        "<p>The delay affects about 4,000 residents who had expected the decision this month.</p></article>"
        "<footer>© 2024 City Paper. Share on Facebook</footer></body></html>",
        encoding="utf-8",
    )
    p = run("extract", str(page))
    assert p.returncode == 0, p.stderr
    ex = Extraction.model_validate_json(p.stdout)
    assert "postponed the vote" in ex.text
    assert "Share on Facebook" not in ex.text


def test_article_over_the_text_limit_is_refused_like_the_api(tmp_path: Path) -> None:
    f = tmp_path / "long.txt"
    f.write_text("The council met again. " * 100, encoding="utf-8")  # 2,300 characters
    env = {**os.environ, "NEWSFACTS_MAX_TEXT_CHARS": "1000"}
    p = subprocess.run(
        [sys.executable, "-m", "service", "extract", str(f)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )
    assert p.returncode == 2
    assert "at most 1,000 are accepted" in p.stderr.decode()


@pytest.mark.parametrize("command", [["worker"], ["extract", "-"], ["serve", "--port", "1"]])
def test_a_bad_setting_is_one_line_naming_the_variable_not_a_traceback(command: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    env |= {"NEWSFACTS_JOB_ITEM_DEADLINE_S": "-5", "NEWSFACTS_MAX_TEXT_CHARS": "lots"}
    result = subprocess.run(
        [sys.executable, "-m", "service", *command],
        cwd=ROOT,
        env=env,
        input="An article.",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "NEWSFACTS_JOB_ITEM_DEADLINE_S=-5: Input should be greater than 0" in result.stderr
    assert "NEWSFACTS_MAX_TEXT_CHARS=lots" in result.stderr
