"""Session 31's hostile review: what it found, pinned (docs/hostile-review.md, "Session 31")."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.serving.bulk import Defaults, build_request, iter_items

SENTENCE = "The mayor of Quellbrook said on Monday that 12 buses would run."


@pytest.mark.parametrize("field", ["text", "html", "title", "url", "outlet", "language"])
@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "\udcff"])
def test_a_lone_surrogate_in_any_string_of_an_article_is_refused_by_the_request_model(
    field: str, surrogate: str
) -> None:
    # Before: ArticleRequest took text holding "\ud800" (what json.loads makes of that escape), and the
    # extraction failed inside the rules (a rule-failure traceback) and then at the cache key:
    # the record's answer was a 500 "Internal error".
    fields: dict[str, str] = {"text": SENTENCE}
    if field == "html":
        fields = {"html": f"<p>{SENTENCE} {surrogate}</p>"}
    else:
        fields[field] = (fields.get(field, "") + " " + surrogate).strip()
    with pytest.raises(ValidationError) as caught:
        ArticleRequest.model_validate(fields)
    assert caught.value.errors()[0]["loc"] == (field,)


def test_text_with_astral_characters_and_accents_is_still_accepted() -> None:
    request = ArticleRequest(text=f"{SENTENCE} 😀 Zoë, İzmir, ß.", title="Café 😀")
    answer = asyncio.run(extract(request, create_backend("rules")))
    assert answer.usage.failed_chunks == 0 and not answer.warnings


def test_a_json_lines_record_with_a_lone_surrogate_escape_is_its_own_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": SENTENCE + " \ud800 More."})
        + "\n"
        + json.dumps({"id": "b", "text": SENTENCE})
        + "\n",
        encoding="utf-8",
    )
    assert "\\ud800" in path.read_text(encoding="utf-8")  # the escape, as a JSON writer sends it
    items = list(iter_items([str(path)]))
    defaults = Defaults()
    with pytest.raises(ValueError, match=r"invalid record: text: .*lone surrogate \(U\+D800"):
        build_request(items[0], defaults, 1_000_000)
    assert build_request(items[1], defaults, 1_000_000).text == SENTENCE


# --------------------------------------------------------------------------- impossible calendar dates

ARTICLE = (
    "KELDOR, Feb 3 (Wire) - The mayor of Quellbrook said on Monday that 12 buses would run from March 1. "
    '"We will not stop," said Dana Whitfield, the transit chief. Fares rose 4% to $2.50, the council said.'
)


@pytest.mark.parametrize("date", ["2026-02-30", "2027-02-29", "2026-04-31", "0000", "0000-01-01", "0000-12"])
def test_a_date_that_names_no_day_of_the_calendar_is_null(date: str) -> None:
    from schemas.models import DatedExpression, TimeExpression

    assert TimeExpression(text="on Monday", date=date).date is None
    dated = DatedExpression(id="dt1", text="x", date=date, evidence=[{"start": 0, "end": 1, "text": "x"}])
    assert dated.date is None


@pytest.mark.parametrize("date", ["2024-02-29", "2026-02-28", "2026-12", "2026", "0001-01-01", "9999-12-31"])
def test_a_calendar_date_is_kept_as_written(date: str) -> None:
    from schemas.models import TimeExpression

    assert TimeExpression(text="on Monday", date=date).date == date


@pytest.mark.parametrize("date", ["2026-02-30", "0000-01-01"])
def test_a_models_impossible_date_never_reaches_the_answer(date: str) -> None:
    # Before: a provider's answer with when.date "2026-02-30" (or year 0000) passed DATE_PATTERN and
    # the answer carried it as the event's resolved date.
    import httpx

    from evals.simulator.answers import completion
    from service.settings import Settings

    def handler(request: httpx.Request) -> httpx.Response:
        body = completion(json.loads(request.content), "ok")
        message = body["choices"][0]["message"]
        calls = message.get("tool_calls")
        raw = calls[0]["function"]["arguments"] if calls else message["content"]
        args = json.loads(raw)
        for event in args["events"]:
            event["when"] = {"text": "on Monday", "date": date}
        if calls:
            calls[0]["function"]["arguments"] = json.dumps(args)
        else:
            message["content"] = json.dumps(args)
        return httpx.Response(200, json=body)

    settings = Settings(
        llm_model="newsfacts-simulator",
        llm_api_key="x",
        llm_base_url="http://simulator.invalid/v1",
        llm_max_attempts=1,
        llm_max_reasks=0,
        backend="llm",
    )

    async def run() -> list[str | None]:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        backend = create_backend("llm", settings, http_client=client)
        try:
            answer = await extract(
                ArticleRequest(text=ARTICLE, published="2026-03-04", language="en"), backend
            )
        finally:
            await backend.aclose()
            await client.aclose()
        return [e.when.date for e in answer.events if e.when is not None]

    dates = asyncio.run(run())
    assert dates and all(d is None for d in dates)


# --------------------------------------------------------------------------- an answer no model could write


def _llm_answer(mutate: Any) -> Extraction:
    import httpx

    from evals.simulator.answers import completion
    from service.settings import Settings

    def handler(request: httpx.Request) -> httpx.Response:
        body = completion(json.loads(request.content), "ok")
        message = body["choices"][0]["message"]
        calls = message.get("tool_calls")
        args = json.loads(calls[0]["function"]["arguments"] if calls else message["content"])
        mutate(args)
        if calls:
            calls[0]["function"]["arguments"] = json.dumps(args)
        else:
            message["content"] = json.dumps(args)
        return httpx.Response(200, json=body)

    settings = Settings(
        llm_model="newsfacts-simulator",
        llm_api_key="x",
        llm_base_url="http://simulator.invalid/v1",
        llm_max_attempts=1,
        llm_max_reasks=0,
        backend="llm",
    )

    async def run() -> Extraction:
        client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        backend = create_backend("llm", settings, http_client=client)
        try:
            return await extract(ArticleRequest(text=ARTICLE, published="2026-03-04", language="en"), backend)
        finally:
            await backend.aclose()
            await client.aclose()

    return asyncio.run(run())


def test_an_answer_longer_than_max_tokens_could_make_is_refused_before_it_is_read() -> None:
    # Before: a provider (or proxy) answering 4,000 copies of each figure (1 MB for max_tokens 4,096)
    # had every item validated and checked against the article on the event loop: seconds of CPU
    # per thousand items, minutes for a 15 MB answer, and the answer then kept the three figures.
    from service.errors import LLMResponseError

    def flood(args: dict[str, Any]) -> None:
        args["figures"] = args["figures"] * 4000

    with pytest.raises(LLMResponseError, match="longer than any model answer can be"):
        _llm_answer(flood)


def test_an_answer_of_ordinary_size_is_still_read() -> None:
    answer = _llm_answer(lambda args: None)
    assert answer.figures and answer.events


# --------------------------------------------------------------------------- the CLI's corroborate


@pytest.mark.parametrize("outlet", [b"x" * 600, b"Keldor \xff Post"])
def test_corroborate_with_an_outlet_the_request_refuses_is_a_clear_error_not_a_traceback(
    tmp_path: Path, outlet: bytes
) -> None:
    # Before: ArticleRequest's ValidationError escaped the command: a traceback and exit 1.
    import os
    import subprocess
    import sys

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(SENTENCE + "\n", encoding="utf-8")
    second.write_text("Officials in Keldor said on Monday that 12 buses would run.\n", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"service",
            b"corroborate",
            os.fsencode(first),
            os.fsencode(second),
            *[b"--outlet", outlet],
            *[b"--outlet", b"B"],
        ],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        timeout=300,
    )
    stderr = proc.stderr.decode(errors="replace")
    assert proc.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert "error:" in stderr and "outlet" in stderr
