"""``newsfacts eval`` end to end: another labelled folder, errors, compare, thresholds, --url, record/replay."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from evals.report import Report, load_report
from evals.runner import EvalError, OverHttp, load_cases, run_eval
from schemas import Extraction
from service.cli.app import build
from service.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "Alliance to grow in Iraq\n"
    "\n"
    "NATO Secretary-General Jens Stoltenberg said on Thursday that the alliance will send around 4,000 troops.\n"
    "\n"
    "“We will do this in full consultation,” Stoltenberg said.\n"
    "\n"
    "Leave a Reply\n"
)

GOLD: dict[str, Any] = {
    "article": "tiny",
    "published": "2021-02-19",
    "note": "hand-written for the harness's tests",
    "boilerplate": ["Leave a Reply"],
    "entities": [
        {
            "name": "Jens Stoltenberg",
            "type": "person",
            "aliases": ["Stoltenberg"],
            "titles": ["NATO Secretary-General"],
        },
        {"name": "NATO", "type": "organization", "aliases": ["the alliance"]},
    ],
    "events": [
        {
            "summary": "Jens Stoltenberg announced that NATO will send around 4,000 troops.",
            "type": "announcement",
            "trigger": "said",
            "when": {"text": "on Thursday", "date": "2021-02-18"},
            "participants": ["Jens Stoltenberg", "NATO"],
            "status": "occurred",
            "evidence": ["Jens Stoltenberg said on Thursday that the alliance will send around 4,000 troops"],
        }
    ],
    "figures": [
        {
            "text": "around 4,000",
            "value": 4000,
            "unit": "personnel",
            "kind": "count",
            "qualifier": "approximate",
            "evidence": ["around 4,000 troops"],
        }
    ],
    "quotes": [
        {
            "text": "We will do this in full consultation,",
            "speaker": "Jens Stoltenberg",
            "speaker_mention": "Stoltenberg",
            "cue": "said",
            "partial": False,
            "evidence": ["We will do this in full consultation,"],
        }
    ],
    "attributions": [],
}


@pytest.fixture
def labelled(tmp_path: Path) -> tuple[Path, Path]:
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    (articles / "tiny.txt").write_text(ARTICLE, encoding="utf-8")
    (gold / "tiny.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return articles, gold


def run(*args: str | Path) -> Any:
    return CliRunner().invoke(build(), ["eval", *map(str, args)])


def test_scores_another_labelled_folder(labelled: tuple[Path, Path], tmp_path: Path) -> None:
    articles, gold = labelled
    out = tmp_path / "out"
    result = run("--articles", articles, "--gold", gold, "--out", out)
    assert result.exit_code == 0, result.output
    assert "newsfacts eval · rules · 1 article(s)" in result.output
    report = load_report(out / "report.json")
    assert [s.stem for s in report.articles] == ["tiny"]
    counts = {k: report.overall.types[k].gold for k in ("events", "figures", "quotes", "attributions")}
    assert counts == {"events": 1, "figures": 1, "quotes": 1, "attributions": 0}
    assert report.metrics["grounding.span_accuracy"] == 1.0
    # The gold's publication date reached the extractor.
    prediction = Extraction.model_validate_json((out / "predictions" / "tiny.json").read_text())
    assert prediction.metadata.published == "2021-02-19"
    markdown = (out / "report.md").read_text()
    assert "## tiny" in markdown and "# newsfacts eval: rules" in markdown


def test_the_installed_command_runs_on_the_seeds(tmp_path: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-m", "service", "eval", "--out", str(tmp_path)],
        capture_output=True,
        cwd=ROOT,
        timeout=300,
    )
    assert p.returncode == 0, p.stderr.decode()
    report = load_report(tmp_path / "report.json")
    assert len(report.articles) == len(list((ROOT / "evals" / "gold").glob("*.json")))
    assert report.metrics["grounding.span_accuracy"] == 1.0


def test_a_missing_pair_is_a_clear_error(labelled: tuple[Path, Path], tmp_path: Path) -> None:
    articles, gold = labelled
    (articles / "lonely.txt").write_text("Some text.\n")
    result = run("--articles", articles, "--gold", gold, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "articles without a gold file" in result.output and "lonely" in result.output
    (articles / "lonely.txt").unlink()
    (gold / "orphan.json").write_text("{}")
    result = run("--articles", articles, "--gold", gold, "--out", tmp_path / "out")
    assert (
        result.exit_code == 2
        and "gold files without an article" in result.output
        and "orphan" in result.output
    )


def test_bad_gold_stops_the_run_before_extracting(labelled: tuple[Path, Path], tmp_path: Path) -> None:
    articles, gold = labelled
    broken = json.loads(json.dumps(GOLD))
    broken["quotes"][0]["evidence"] = ["We will never do this"]
    (gold / "tiny.json").write_text(json.dumps(broken))
    result = run("--articles", articles, "--gold", gold, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "quotes[0].evidence[0]: not found in the normalised article" in result.output
    assert not (tmp_path / "out").exists()


def test_bad_options(labelled: tuple[Path, Path], tmp_path: Path) -> None:
    articles, gold = labelled
    assert (
        "choose rules, llm or hybrid"
        in run("--backend", "gpt", "--articles", articles, "--gold", gold).output
    )
    result = run("--backend", "rules", "--replay", tmp_path, "--articles", articles, "--gold", gold)
    assert result.exit_code == 2 and "llm and hybrid backends only" in result.output
    result = run("--url", "http://127.0.0.1:9", "--backend", "rules", "--articles", articles, "--gold", gold)
    assert result.exit_code == 2 and "do not apply" in result.output


def test_check_fails_below_a_threshold(labelled: tuple[Path, Path], tmp_path: Path) -> None:
    articles, gold = labelled
    toml = tmp_path / "limits.toml"
    common = ("--articles", articles, "--gold", gold, "--out", tmp_path / "out", "--thresholds", toml)
    toml.write_text('[rules.min]\n"grounding.span_accuracy" = 1.0\n')
    assert run(*common, "--check").exit_code == 0
    toml.write_text('[rules.max]\n"quotes.lenient.precision" = -1\n')
    result = run(*common, "--check")
    assert result.exit_code == 1 and "quotes.lenient.precision" in result.output
    assert run(*common).exit_code == 0  # without --check the run reports but does not fail
    toml.write_text('[rules.min]\n"quotes.f1" = 0.9\n')
    result = run(*common)
    assert result.exit_code == 2 and "'quotes.f1': no such metric" in result.output


def test_compare_shows_deltas(labelled: tuple[Path, Path], tmp_path: Path) -> None:
    articles, gold = labelled
    assert run("--articles", articles, "--gold", gold, "--out", tmp_path / "a").exit_code == 0
    old = load_report(tmp_path / "a" / "report.json")
    worse = old.model_copy(deep=True)
    worse.metrics["figures.lenient.recall"] = (old.metrics["figures.lenient.recall"] or 0) - 0.5
    worse.metrics["grounding.items_outside_body"] = 2.0
    new_path = tmp_path / "new.json"
    new_path.write_text(worse.model_dump_json())
    result = CliRunner().invoke(
        build(), ["eval", "compare", str(tmp_path / "a" / "report.json"), str(new_path)]
    )
    assert result.exit_code == 0, result.output
    assert "figures.lenient.recall" in result.output and "-0.500" in result.output
    assert "grounding.items_outside_body" in result.output and "+2.000" in result.output
    assert "0 better, 2 worse" in result.output

    not_a_report = tmp_path / "x.json"
    not_a_report.write_text("{}")
    result = CliRunner().invoke(build(), ["eval", "compare", str(not_a_report), str(new_path)])
    assert result.exit_code == 2 and "not a newsfacts eval report" in result.output


def test_url_mode_scores_a_server_and_reads_its_cache_header(
    labelled: tuple[Path, Path], tmp_path: Path
) -> None:
    from service.api import create_app

    articles, gold = labelled
    cases = load_cases(articles, gold)
    settings = Settings(data_dir=tmp_path / "data", api_keys=["k1"])
    app = create_app(settings, configure_logs=False)

    async def go() -> tuple[list[int], str]:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            hits = []
            for _ in range(2):
                run_ = await run_eval(cases, OverHttp("http://testserver", "k1", transport=transport))
                hits.append(run_.overall.cost.cache_hits)
            with pytest.raises(EvalError) as info:
                await run_eval(cases, OverHttp("http://testserver", None, transport=transport))
            return hits, str(info.value)

    hits, refused = asyncio.run(go())
    assert hits == [0, 1]  # the second run is served from the server's cache
    assert "tiny: http://testserver answered 401" in refused


def test_record_then_replay_offline_against_the_simulator(
    labelled: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evals.simulator import SIMULATOR_MODEL, SimulatorServer

    articles, gold = labelled
    cassette = tmp_path / "cassette"
    with SimulatorServer() as sim:
        monkeypatch.setenv("NEWSFACTS_LLM_MODEL", SIMULATOR_MODEL)
        monkeypatch.setenv("OPENAI_BASE_URL", sim.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret")
        get_settings.cache_clear()
        recorded = run(
            "--backend",
            "llm",
            "--record",
            cassette,
            "--articles",
            articles,
            "--gold",
            gold,
            "--out",
            tmp_path / "rec",
        )
        assert recorded.exit_code == 0, recorded.output
    for var in ("NEWSFACTS_LLM_MODEL", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(var)
    get_settings.cache_clear()
    assert "sk-test-secret" not in "".join(p.read_text() for p in cassette.iterdir())

    # The simulator is gone and nothing is configured: replay needs neither.
    replayed = run("--replay", cassette, "--articles", articles, "--gold", gold, "--out", tmp_path / "rep")
    assert replayed.exit_code == 0, replayed.output
    a, b = load_report(tmp_path / "rec" / "report.json"), load_report(tmp_path / "rep" / "report.json")
    assert a.overall.cost.llm_calls >= 1
    assert _without_time(a) == _without_time(b)

    # A second article, not recorded: its request is not in the cassette. That article
    # fails (scored as empty, counted); the recorded one is still scored as recorded.
    (articles / "tiny2.txt").write_text(ARTICLE.replace("Thursday", "Wednesday"))
    (gold / "tiny2.json").write_text(
        json.dumps({**GOLD, "article": "tiny2"}).replace("on Thursday", "on Wednesday")
    )
    for backend in ("llm", "hybrid"):
        out = tmp_path / f"miss-{backend}"
        missed = run(
            "--backend", backend, "--replay", cassette, "--articles", articles, "--gold", gold, "--out", out
        )
        assert missed.exit_code == 0, missed.output
        assert "not in the cassette" in missed.output and "/chat/completions" in missed.output
        report = load_report(out / "report.json")
        assert [s.stem for s in report.articles] == ["tiny", "tiny2"]
        [failure] = report.failures
        assert failure.startswith("tiny2: replay: 1 request(s) not in the cassette")
        tiny, tiny2 = report.articles
        assert (tiny.cost.failed, tiny2.cost.failed) == (0, 1)
        # Scored as empty even under hybrid, whose rules part alone would have found items.
        assert all(t.predicted == 0 for t in tiny2.types.values())
        assert all(t.gold > 0 for k, t in tiny2.types.items() if k != "attributions")
        if backend == "llm":
            assert _without_time(report)["articles"][0] == _without_time(b)["articles"][0]
    shutil.rmtree(cassette)


def _without_time(report: Report) -> dict[str, Any]:
    data = report.model_dump(exclude={"created", "source"})
    for score in [data["overall"], *data["articles"]]:
        score["cost"].pop("wall_ms")
        score["cost"].pop("extractor_wall_ms")
    data["metrics"].pop("cost.wall_ms")
    return data
