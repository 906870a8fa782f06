"""Session 34's hostile review (docs/hostile-review.md, "Session 34"): each finding, pinned.

The articles are sentences of our own with invented names and places.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest
import respx

from evals.simulator import SIMULATOR_MODEL, SimulatorConfig, SimulatorServer
from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.api import eval_reports, extractions, jobs
from service.backends.llm import LLMBackend
from service.errors import LLMRequestRejected
from service.settings import Settings
from tests.api_fakes import FakeBackend, running
from tests.llm_fakes import BASE_URL, COMPLETIONS, GOOD, backend, ok, request

# --------------------------------------------------------------------------- every model item dropped


def _extract(b: LLMBackend, responses: list[Any], article: ArticleRequest | None = None) -> Extraction:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        mock.post(COMPLETIONS).mock(side_effect=cast(Any, responses))

        async def go() -> Extraction:
            try:
                return await extract(article or request(), b)
            finally:
                await b.aclose()

        return asyncio.run(go())


def _fabricated_only() -> dict[str, Any]:
    """A well-formed answer none of whose evidence is in the article."""
    bad = json.loads(json.dumps(GOOD))
    for kind in ("events", "figures", "quotes", "attributions"):
        for item in bad[kind]:
            item["evidence"] = ["The Vellmoor dam burst on Friday and flooded the lower town"]
    bad["quotes"][0]["text"] = "The Vellmoor dam burst on Friday and flooded the lower town"
    return bad


def test_an_answer_whose_every_item_was_dropped_says_so() -> None:
    ex = _extract(backend(llm_max_reasks=1), [ok(_fabricated_only())] * 4)
    assert not (ex.events or ex.figures or ex.quotes or ex.attributions)
    assert ex.usage.dropped_ungrounded >= 4
    assert any(w.startswith("nothing kept: every item the model gave was dropped") for w in ex.warnings)


def test_a_true_empty_answer_and_a_partly_kept_one_have_no_such_warning() -> None:
    empty: dict[str, Any] = {"entities": [], "events": [], "figures": [], "quotes": [], "attributions": []}
    ex = _extract(backend(), [ok(empty)])
    assert not any(w.startswith("nothing kept") for w in ex.warnings)
    partly = json.loads(json.dumps(GOOD))
    partly["quotes"] = _fabricated_only()["quotes"]
    ex = _extract(backend(llm_max_reasks=0), [ok(partly)])
    assert ex.quotes == [] and ex.figures and ex.usage.dropped_ungrounded == 1
    assert not any(w.startswith("nothing kept") for w in ex.warnings)


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorServer]:
    with SimulatorServer(SimulatorConfig(latency_ms=5, retry_after_s=0.05, hang_s=10, seed=7)) as server:
        yield server


SIM_ARTICLE = (
    "The Brennock water board approved a $4 million plan to reline the old aqueduct on Monday, "
    "chair Ida Marsh said.\n\n"
    "\u201cThe pipes will not last another winter,\u201d Marsh told the board.\n"
)


def test_an_all_dropped_answer_is_served_with_a_warning_and_not_cached(
    sim: SimulatorServer, tmp_path: Any
) -> None:
    sim.reset()
    settings = Settings(
        data_dir=tmp_path,
        backend="llm",
        llm_model=SIMULATOR_MODEL,
        llm_base_url=sim.base_url,
        llm_timeout_s=10.0,
        llm_deadline_s=30.0,
        llm_backoff_initial_s=0.01,
        llm_backoff_max_s=0.02,
        llm_max_reasks=1,
    )
    sim.script(["copy"] * 2)  # the first answer and its re-ask copy the prompt's example

    async def go() -> tuple[dict[str, Any], dict[str, Any]]:
        b = create_backend(settings=settings)
        try:
            async with running(settings, b) as (_, client):
                first = await client.post("/v1/extractions", json={"text": SIM_ARTICLE})
                second = await client.post("/v1/extractions", json={"text": SIM_ARTICLE})
        finally:
            await b.aclose()
        assert first.status_code == 200 and second.status_code == 200
        return first.json(), second.json()

    first, second = asyncio.run(go())
    assert not any(first[k] for k in ("events", "figures", "quotes", "attributions"))
    assert any(w.startswith("nothing kept") for w in first["warnings"])
    # Not stored: the second request asked the model again and kept its items.
    assert second["quotes"] and not any(w.startswith("nothing kept") for w in second["warnings"])


# --------------------------------------------------------------------------- a provider's 400, as it said


def _rejected(body: dict[str, Any], status: int = 400) -> LLMRequestRejected:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        mock.post(COMPLETIONS).mock(return_value=httpx.Response(status, json=body))
        b = backend()

        async def go() -> None:
            try:
                await extract(request(), b)
            finally:
                await b.aclose()

        with pytest.raises(LLMRequestRejected) as caught:
            asyncio.run(go())
    return caught.value


@pytest.mark.parametrize(
    "message",
    [
        "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 7 instead.",
        "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
        "Bad request: model 'tiny-1b' is still loading, try again",
    ],
)
def test_a_400_that_names_no_mode_field_is_not_blamed_on_the_mode(message: str) -> None:
    exc = _rejected({"error": {"message": message, "type": "invalid_request_error"}})
    assert "is not supported by this server" not in exc.detail
    # The server's own words are shown (cut to a line), so the operator sees the real cause.
    assert message[:60] in exc.detail


def test_a_400_that_names_the_mode_still_says_so() -> None:
    exc = _rejected({"error": {"message": "tools are not supported for this model", "param": "tools"}})
    assert "NEWSFACTS_LLM_MODE=tools is not supported by this server" in exc.detail


def test_the_servers_words_are_cut_to_one_line_and_hide_paths() -> None:
    message = (
        "Bad request: 'top_k' is not a valid parameter\n"
        'Traceback (most recent call last):\n  File "/srv/secret/app.py", line 9\n' + "x" * 5000
    )
    exc = _rejected({"error": {"message": message}})
    assert "top_k" in exc.detail and "/srv/secret" not in exc.detail and "Traceback" not in exc.detail
    assert len(exc.detail) < 700


# --------------------------------------------------------------------------- instructor's retry lines


def test_a_retry_that_succeeds_logs_no_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="instructor")
    b = backend()
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        mock.post(COMPLETIONS).mock(
            side_effect=[httpx.Response(429, json={"error": {"message": "slow down"}}), ok()]
        )

        async def go() -> Extraction:
            try:
                return await extract(request(), b)
            finally:
                await b.aclose()

        ex = asyncio.run(go())
    assert ex.usage.retries == 1
    lines = [r for r in caplog.records if r.name.startswith("instructor")]
    assert lines and not [r for r in lines if r.levelno >= logging.ERROR]
    assert any(r.levelno == logging.INFO and "failed on attempt 1" in r.getMessage() for r in lines)


def test_instructor_retry_lines_below_the_level_are_not_written(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="instructor")
    ex = _extract(backend(llm_max_reasks=1), [ok(_fabricated_only())] * 4)
    assert ex.usage.reasks == 1
    levels = {r.levelno for r in caplog.records if r.name.startswith("instructor")}
    # The attempt lines (info) are not taken at warning; the end of the loop is a warning.
    assert levels == {logging.WARNING}


# --------------------------------------------------------------------------- HEAD without the GET's work


def _boom(*_: Any, **__: Any) -> Any:
    raise AssertionError("a HEAD made the body it throws away")


@pytest.mark.anyio
async def test_head_on_a_report_reads_its_size_not_its_bytes(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "eval-out"
    (root / "rules" / "predictions").mkdir(parents=True)
    report = {"format": "newsfacts-eval/1", "created": "2026-11-01T00:00:00+00:00", "articles": [{}] * 300}
    (root / "rules" / "report.json").write_text(json.dumps(report), encoding="utf-8")
    (root / "rules" / "predictions" / "a1.json").write_text('{"text": "The Orrin ferry sank."}')
    settings = Settings(data_dir=tmp_path / "data", eval_reports_dir=root)
    async with running(settings, FakeBackend()) as (_, client):
        got = await client.get("/v1/eval/reports/report", params={"name": "rules"})
        pred = await client.get("/v1/eval/reports/prediction", params={"name": "rules", "stem": "a1"})
        monkeypatch.setattr(eval_reports, "_report_bytes", _boom)
        monkeypatch.setattr(eval_reports, "_prediction_bytes", _boom)
        monkeypatch.setattr(eval_reports, "_listing", _boom)
        head = await client.head("/v1/eval/reports/report", params={"name": "rules"})
        head_pred = await client.head("/v1/eval/reports/prediction", params={"name": "rules", "stem": "a1"})
        listing = await client.head("/v1/eval/reports")
        missing = await client.head("/v1/eval/reports/report", params={"name": "nothing"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(got.content))
    assert head_pred.headers["content-length"] == str(len(pred.content))
    assert listing.status_code == 200 and listing.headers["content-type"] == "application/json"
    assert missing.status_code == 404


@pytest.mark.anyio
async def test_head_on_listings_and_a_job_makes_no_page(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(Settings(data_dir=tmp_path / "data"), FakeBackend()) as (_, client):
        created = await client.post(
            "/v1/jobs", json={"articles": [{"text": "The Orrin ferry sank on Monday."}]}
        )
        job_id = created.json()["id"]
        monkeypatch.setattr(extractions, "rows_page", _boom)
        monkeypatch.setattr(jobs, "rows_page", _boom)
        monkeypatch.setattr(jobs, "_job_body", _boom)
        heads = [
            await client.head("/v1/extractions"),
            await client.head("/v1/jobs"),
            await client.head(f"/v1/jobs/{job_id}"),
        ]
        missing = await client.head("/v1/jobs/0123456789abcdef0123456789abcdef")
        bad = await client.head("/v1/jobs", params={"limit": "0"})
    for head in heads:
        assert head.status_code == 200 and head.content == b""
        # No length rather than a false zero: the GET's body is not empty.
        assert head.headers.get("content-length") in (None, "")
    assert missing.status_code == 404 and bad.status_code == 422


# --------------------------------------------------------------------------- HTML a reader is not shown

_LEAD = (
    "<p>The Varnholt council approved a plan to rebuild the old bridge on Tuesday, "
    "officials said in a statement to reporters.</p>"
)


def _page(body: str) -> str:
    return f"<html><head><title>Bridge plan</title></head><body><article><h1>Bridge plan</h1>{_LEAD}{body}</article></body></html>"


def _html(html: str) -> Extraction:
    return asyncio.run(
        extract(ArticleRequest(html=html, published="2026-03-04", language="en"), create_backend("rules"))
    )


@pytest.mark.parametrize(
    "struck",
    [
        "<del>400</del><ins>500</ins>",
        "<s>400</s>500",
        "<strike>400</strike> 500",
        "<DEL datetime='2026-03-05'>400</DEL> 500",
    ],
)
def test_struck_through_numbers_are_not_read(struck: str) -> None:
    ex = _html(_page(f"<p>The Orrin plant employs {struck} people, officials said.</p>"))
    assert "400" not in ex.text
    assert [f.value for f in ex.figures] == [500]


@pytest.mark.parametrize(
    "unshown",
    [
        "<template><p>Officials said 8,888 people died in the flood.</p></template>",
        "<p hidden>Officials said 8,888 people died in the flood.</p>",
        "<div hidden='hidden'><p>Officials said 8,888 people died in the flood.</p></div>",
    ],
)
def test_text_a_browser_never_shows_is_not_the_story(unshown: str) -> None:
    ex = _html(_page(unshown + "<p>The work will employ 300 people, the council said.</p>"))
    assert "8,888" not in ex.text and [f.value for f in ex.figures] == [300]


def test_a_page_that_only_says_hidden_or_strike_in_its_text_keeps_it() -> None:
    body = (
        "<p>The hidden costs of the strike reached $4 million, the union said; members deleted 30 posts.</p>"
    )
    ex = _html(_page(body))
    assert "hidden costs of the strike" in ex.text and [f.value for f in ex.figures] == [4_000_000, 30]


# --------------------------------------------------------------------------- the eval CLI with hostile gold files


def _gold_text(**changes: Any) -> str:
    from tests.test_eval_cli import GOLD

    return json.dumps({**GOLD, **changes})


@pytest.mark.parametrize(
    ("gold", "said"),
    [
        ('{"article": "tiny", "x": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        (_gold_text().replace('"value": 4000', '"value": ' + "9" * 5000), "not JSON this program can read"),
        (_gold_text().replace('"value": 4000', '"value": NaN'), "finite number"),
        (_gold_text().replace('"value": 4000', '"value": Infinity'), "finite number"),
        (_gold_text().replace('"value": 4000', '"value": 1e309'), "finite number"),
        (_gold_text().replace('"date": "2021-02-18"', '"date": "2021-02-30"'), "no date of the calendar"),
        (_gold_text().replace('"date": "2021-02-18"', '"date": "0000"'), "no date of the calendar"),
    ],
)
def test_a_hostile_gold_file_is_a_message_and_exit_2(tmp_path: Any, gold: str, said: str) -> None:
    from typer.testing import CliRunner

    from service.cli.app import build
    from tests.test_eval_cli import ARTICLE

    articles, golds = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    golds.mkdir()
    (articles / "tiny.txt").write_text(ARTICLE, encoding="utf-8")
    (golds / "tiny.json").write_text(gold, encoding="utf-8")
    result = CliRunner().invoke(
        build(), ["eval", "--articles", str(articles), "--gold", str(golds), "--out", str(tmp_path / "out")]
    )
    assert result.exit_code == 2, result.output
    assert "unusable gold" in result.output and said in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
