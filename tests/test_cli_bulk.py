"""`newsfacts extract` over many articles: JSON Lines out, failures summarised, resumable, parallel."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from evals.simulator import SIMULATOR_MODEL, SimulatorConfig, SimulatorServer
from schemas import Extraction

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def newsfacts(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def lines(data: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in data.decode().splitlines()]


def own_articles(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"a{i:03d}.txt"
        path.write_text(
            f"The city council said on Tuesday it would spend {i + 3} million euros on {i + 10} new buses. "
            f'"We need them now," said Mayor Ana Ruiz, adding that {i + 2} routes would change.\n',
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def test_a_folder_and_files_give_one_line_each_and_a_failure_summary(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    for seed in SEEDS[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "nested" / "page.html").write_text(
        "<html><body><article><p>The mayor said on Monday that 40 new buses would run.</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners said prices rose.".encode("latin-1"))
    (folder / "notes.md").write_text("not an article suffix", encoding="utf-8")
    (folder / ".hidden.txt").write_text("hidden", encoding="utf-8")

    proc = newsfacts("extract", str(folder), str(SEEDS[2]), "--published", "2021-02-18", "-j", "2")
    assert proc.returncode == 1, proc.stderr.decode()
    records = lines(proc.stdout)
    by_source = {r["source"]: r for r in records}
    expected = {str(folder / s.name) for s in SEEDS[:2]} | {
        str(folder / "nested" / "page.html"),
        str(SEEDS[2]),
    }
    assert {s for s, r in by_source.items() if r["ok"]} == expected
    assert {s for s, r in by_source.items() if not r["ok"]} == {
        str(folder / "empty.txt"),
        str(folder / "latin1.txt"),
    }
    assert len(records) == 6  # notes.md and the hidden file are not articles

    # Each line holds exactly what the single-file command prints for that article.
    single = newsfacts("extract", str(SEEDS[2]), "--published", "2021-02-18")
    assert single.returncode == 0 and single.stdout.startswith(b"{\n  ")  # one article: unchanged, indented
    one = Extraction.model_validate_json(single.stdout)
    many = Extraction.model_validate(by_source[str(SEEDS[2])]["extraction"])
    assert many.model_dump(exclude={"usage": {"wall_ms"}}) == one.model_dump(exclude={"usage": {"wall_ms"}})
    assert many.metadata.published == "2021-02-18"
    page = Extraction.model_validate(by_source[str(folder / "nested" / "page.html")]["extraction"])
    assert "<p>" not in page.text and "40 new buses" in page.text

    err = proc.stderr.decode()
    assert "extracted 4 of 6 articles" in err and "2 failed" in err
    assert "empty.txt: Invalid article: the article is empty" in err
    assert "latin1.txt: Invalid article: not valid UTF-8" in err
    assert "━" not in err and "\r" not in err  # no progress bar when stderr is not a terminal


def test_json_lines_on_standard_input_with_ids_and_bad_records() -> None:
    records = [
        "",
        json.dumps(
            {
                "id": "first",
                "text": "The mayor said on Monday that 12 buses would run.",
                "published": "2024-03-04",
            }
        ),
        "{not json",
        json.dumps({"text": "The council said it would hire 30 teachers.", "colour": "red"}),
        json.dumps(["a list"]),
        json.dumps(
            {
                "html": "<html><body><article><p>The minister said on Friday that 7 schools would close.</p>"
                "</article></body></html>"
            }
        ),
    ]
    proc = newsfacts("extract", "-", stdin="\n".join(records).encode() + b"\n")
    assert proc.returncode == 1
    out = {r["source"]: r for r in lines(proc.stdout)}
    assert out["first"]["ok"] and out["first"]["extraction"]["metadata"]["published"] == "2024-03-04"
    assert out["<stdin>:6"]["ok"]
    assert "not JSON" in out["<stdin>:3"]["error"]["detail"]
    assert "colour" in out["<stdin>:4"]["error"]["detail"]
    assert "must be an object" in out["<stdin>:5"]["error"]["detail"]
    assert "extracted 2 of 5 articles" in proc.stderr.decode()


def test_one_plain_article_on_standard_input_is_unchanged() -> None:
    text = SEEDS[0].read_bytes()
    proc = newsfacts("extract", "-", stdin=text)
    assert proc.returncode == 0, proc.stderr.decode()
    assert Extraction.model_validate_json(proc.stdout).text.startswith(text.decode().lstrip()[:20])


def test_an_interrupted_run_resumes_without_redoing_or_losing_an_article(tmp_path: Path) -> None:
    articles = own_articles(tmp_path / "in", 120)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "service", "extract", str(tmp_path / "in"), "-o", str(out), "-j", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # no chance to clean up: the harshest interruption
    proc.wait()
    first = out.read_bytes()
    done_first = first.count(b"\n")
    assert done_first >= 5
    with out.open("ab") as handle:  # as if killed in the middle of writing a line
        handle.write(b'{"source": "' + str(articles[-1]).encode() + b'", "ok": tr')

    again = newsfacts("extract", str(tmp_path / "in"), "-o", str(out))
    assert again.returncode == 0, again.stderr.decode()
    records = lines(out.read_bytes())  # every line parses: the cut line was dropped
    assert [r["source"] for r in records].count(str(articles[-1])) == 1
    assert sorted(r["source"] for r in records) == sorted(str(p) for p in articles)
    assert all(r["ok"] for r in records)
    skipped = done_first if done_first < len(articles) else len(articles)
    assert f"{skipped} already done" in again.stderr.decode()

    third = newsfacts("extract", str(tmp_path / "in"), "-o", str(out))
    assert third.returncode == 0 and out.read_bytes().count(b"\n") == len(articles)
    assert f"extracted 0 of {len(articles)}" in third.stderr.decode()


def test_the_llm_backend_runs_with_bounded_concurrency(tmp_path: Path) -> None:
    own_articles(tmp_path / "in", 8)
    with SimulatorServer(SimulatorConfig(latency_ms=300, seed=3)) as sim:
        env = {
            "NEWSFACTS_LLM_MODEL": SIMULATOR_MODEL,
            "OPENAI_BASE_URL": sim.base_url,
            "OPENAI_API_KEY": "sk-sim",
        }
        proc = newsfacts("extract", str(tmp_path / "in"), "--backend", "llm", "--concurrency", "3", env=env)
        stats = sim.app.stats()
    assert proc.returncode == 0, proc.stderr.decode()
    records = lines(proc.stdout)
    assert len(records) == 8 and all(r["ok"] for r in records)
    assert {r["extraction"]["extractor"]["backend"] for r in records} == {"llm"}
    assert stats["chat_completions"] >= 8
    assert 2 <= stats["max_inflight"] <= 3  # concurrent, and never more than asked


def test_bulk_refusals_are_clear(tmp_path: Path) -> None:
    own_articles(tmp_path / "in", 2)
    table = newsfacts("extract", str(tmp_path / "in"), "--format", "table")
    assert table.returncode == 2 and b"JSON Lines" in table.stderr
    missing = newsfacts("extract", str(tmp_path / "in"), str(tmp_path / "typo.txt"))
    assert missing.returncode == 2 and b"typo.txt: no such file" in missing.stderr and not missing.stdout


def on_a_terminal(*args: str) -> tuple[int, str, bytes]:
    """Run the CLI with stderr on a pseudo-terminal, as a person at a terminal would: (code, stderr, stdout)."""
    leader, follower = pty.openpty()
    # stdout to a file: a pipe nobody reads while we drain the terminal could fill and block the child.
    stdout = tempfile.TemporaryFile()  # noqa: SIM115 - closed below, after the child exits
    proc = subprocess.Popen(
        [sys.executable, "-m", "service", *args],
        cwd=ROOT,
        stdout=stdout,
        stderr=follower,
        env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=300)
    os.close(leader)
    stdout.seek(0)
    out = stdout.read()
    stdout.close()
    return proc.returncode, seen.decode(errors="replace"), out


def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    own_articles(tmp_path / "in", 6)
    code, err, _ = on_a_terminal("extract", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"))
    assert code == 0, err
    assert "extracting" in err and "6/6" in err and "━" in err


def test_corroborate_and_eval_show_progress_on_a_terminal_only(tmp_path: Path) -> None:
    files = [str(p) for p in SEEDS[:3]]
    code, err, out = on_a_terminal("corroborate", *files)
    assert code == 0, err
    assert "extracting" in err and "━" in err
    assert json.loads(out)["articles"]
    piped = newsfacts("corroborate", *files)
    assert piped.returncode == 0 and piped.stderr == b"" and json.loads(piped.stdout) == json.loads(out)

    code, err, out = on_a_terminal("eval", "--out", str(tmp_path / "eval"))
    assert code == 0, err
    assert "scoring" in err and "━" in err
    piped = newsfacts("eval", "--out", str(tmp_path / "eval2"))
    assert piped.returncode == 0 and "scoring" not in piped.stderr.decode()
