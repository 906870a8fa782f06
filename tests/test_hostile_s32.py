"""Session 32's hostile review: what it found, pinned (docs/hostile-review.md, "Session 32")."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.types import Message

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.backends.rules.dates import find_times

PUBLISHED = dt.date(2026, 3, 4)


def _rules(text: str) -> Extraction:
    return asyncio.run(
        extract(ArticleRequest(text=text, published="2026-03-04", language="en"), create_backend("rules"))
    )


# --------------------------------------------------------------------------- a time read from inside a number


@pytest.mark.parametrize(
    "text",
    [
        "The hill fort was built 1,500 years ago, the trust said.",
        "The valley was first farmed 12,000 years ago, the museum said.",
        "The shrine was raised 2,000 years ago, the guides said.",
        "The treaty was signed 10,000 weeks ago, the archive said.",
        "The mill closed 2.5 years ago, the union said.",
        "The quarry was cut 1.5 decades ago, the owners said.",
        "The canal was dug 3 000 years ago, the board said.",
        "The canal was dug 3\u2009000 years ago, the board said.",
        "The canal was dug 3\u202f000 years ago, the board said.",
        "The tower was raised 4'000 years ago, the guide said.",
    ],
)
def test_a_count_of_a_relative_date_is_never_read_from_the_tail_of_a_number(text: str) -> None:
    # Before: "1,500 years ago" was read from its "500" (the expression began at the word boundary after the
    # comma): the time "500 years ago", dated 1526; "2,000 years ago" was "000 years ago", dated the year of
    # publication itself, with the event "raised" given that date: a confident wrong answer.
    assert not [t for t in find_times(text, PUBLISHED) if "ago" in t.text]
    answer = _rules(text)
    assert all(e.when is None or "ago" not in e.when.text for e in answer.events)


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        ("The mill closed 5 years ago, the union said.", "5 years ago", "2021"),
        ("The mill closed two years ago, the union said.", "two years ago", "2024"),
        ("The mill closed 300 days ago, the union said.", "300 days ago", "2025-05-08"),
        ("The plant opened on 3 May 2019, the owners said.", "on 3 May 2019", "2019-05-03"),
        ("The plant opened on 5\u00a0May, the owners said.", "on 5\u00a0May", "2026-05-05"),
        ("The plant opened in 2019, 300 days after the vote, the owners said.", "in 2019", "2019"),
    ],
)
def test_a_relative_date_of_its_own_count_is_still_read(text: str, when: str, date: str) -> None:
    found = [(t.text, t.date) for t in find_times(text, PUBLISHED)]
    assert (when, date) in found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The depot opened on 3 May 2019 and closed 1.5 years later, the owners said.", "closed"),
        ("The depot opened on 3 May 2019 and closed 2.5 years later, the owners said.", "closed"),
        ("The depot closed 1.5 years after it opened on 3 May 2019, the owners said.", "closed"),
    ],
)
def test_a_count_from_an_earlier_time_is_never_read_from_the_tail_of_a_number(
    text: str, trigger: str
) -> None:
    # Before: "1.5 years later" was counted as "5 years later" from 3 May 2019: the closing dated 2024.
    answer = _rules(text)
    assert [e.when for e in answer.events if e.trigger == trigger and e.when is not None] == []


def test_a_whole_count_from_an_earlier_time_is_still_read() -> None:
    answer = _rules("The depot opened on 3 May 2019 and closed 5 years later, the owners said.")
    assert [(e.when.text, e.when.date) for e in answer.events if e.trigger == "closed" and e.when] == [
        ("5 years later", "2024")
    ]


# --------------------------------------------------------------------------- a figure cut where its number goes on


@pytest.mark.parametrize(
    "text",
    [
        "About 2,5 million people voted in Varnholt, the board said.",
        "The dam holds 7,25 billion litres, the board said.",
        "The port of Quellbrook handled 3'000 tonnes of grain, the agency said.",
        "The port of Quellbrook handled 45’000 tonnes of grain, the agency said.",
        "The fund lost 1,234,56 euros, the auditors said.",
    ],
)
def test_digits_are_no_figure_where_the_number_goes_on_in_a_grouping_english_does_not_read(text: str) -> None:
    # Before: "2,5 million" was the figure "2" (value 2), "3'000 tonnes" the figure "3": confident wrong values.
    assert _rules(text).figures == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 2,500 people voted in Varnholt, the board said.", 2500.0),
        ("About 12,34,567 people voted in Varnholt, the board said.", 1234567.0),
        ("Around 80, 000 fans came to Varnholt, the club said.", 80000.0),
        ("The fund lost $2.5 billion, the auditors said.", 2.5e9),
        ("The fund lost 1,234.5 tonnes of grain, the auditors said.", 1234.5),
    ],
)
def test_digits_of_a_grouping_english_reads_are_still_one_figure(text: str, value: float) -> None:
    assert [f.value for f in _rules(text).figures] == [value]


def test_feet_and_inches_are_still_read() -> None:
    assert [f.text for f in _rules("The keeper of Varnholt stands 6'2\" and weighs 80 kg.").figures][:2] == [
        "6'",
        '2"',
    ]


# --------------------------------------------------------------------------- a year glued to its day by a comma


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        ("The depot opened on May 3,2019 in Varnholt.", "on May 3,2019", "2019-05-03"),
        ("The depot opened on 3 May,2019 in Varnholt.", "on 3 May,2019", "2019-05-03"),
        ("The depot opened on 21st October,2018 in Varnholt.", "on 21st October,2018", "2018-10-21"),
        ("The depot opened on May 3, 2019 in Varnholt.", "on May 3, 2019", "2019-05-03"),
        ("The depot opened on May 3 2019 in Varnholt.", "on May 3 2019", "2019-05-03"),
    ],
)
def test_a_year_after_its_day_and_a_comma_with_no_space_is_the_dates_year(
    text: str, when: str, date: str
) -> None:
    # Before: "on May 3,2019" was "on May 3", resolved against the publication date: 2026-05-03, a confident wrong
    # date for a story that gives the year.
    assert (when, date) in [(t.text, t.date) for t in find_times(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The ferry to Varnholt stopped twenty-five years ago, the museum said.", {"2001"}),
        ("The ferry to Varnholt stopped Forty-Two years ago, the museum said.", {"1984"}),
        ("The ferry to Varnholt stopped seventy-two days ago, the museum said.", {"2025-12-22"}),
        ("The ferry to Varnholt stopped ninety‑nine years ago, the museum said.", {"1927"}),
        ("The ferry to Varnholt stopped half a century ago, the museum said.", {"1976"}),
        ("The ferry to Varnholt will sail again in thirty-six months, the board said.", {"2029-03"}),
    ],
)
def test_a_count_in_words_is_never_read_from_its_last_word(text: str, whole: set[str]) -> None:
    # Before: "twenty-five years ago" was "five years ago" (2021), "half a century ago" "a century ago" (1926).
    # Session 33 reads a count in words whole (s33-when): a time is either the whole count's or none.
    assert {t.date for t in find_times(text, PUBLISHED)} <= whole


def test_a_count_from_an_earlier_time_is_never_read_from_the_last_word_of_its_count() -> None:
    text = "The depot opened on 3 May 1999 and closed twenty-five years later, the owners said."
    assert [e.when for e in _rules(text).events if e.trigger == "closed" and e.when is not None] == []


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        ("The ferry stopped 25 years ago, the museum said.", "25 years ago", "2001"),
        ("The ferry stopped a century ago, the museum said.", "a century ago", "1926"),
        ("The ferry stopped two years ago, the museum said.", "two years ago", "2024"),
    ],
)
def test_a_count_of_one_word_or_digits_is_still_read(text: str, when: str, date: str) -> None:
    assert (when, date) in [(t.text, t.date) for t in find_times(text, PUBLISHED)]


# --------------------------------------------------------------------------- a client gone before its body arrived


@pytest.mark.anyio
@pytest.mark.parametrize("path", ["/v1/extractions", "/v1/extractions/batch", "/v1/jobs", "/v1/stories"])
async def test_a_client_gone_before_its_body_arrived_is_no_server_error(
    tmp_path: Path, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    # Before: a body that never arrived whole (a chunked body uvicorn refused as malformed, the body timeout, a client
    # that hung up mid-body) raised starlette's ClientDisconnect inside `await request.body()`: every such request was
    # logged as an "unhandled_error" with a traceback and counted as a 500 in the metrics, a client's doing
    # reported as the server's fault (a hostile client could fill the error log and the 5xx rate at will).
    from service.api import create_app
    from service.backends.rules import RulesBackend
    from service.settings import Settings

    app = create_app(Settings(data_dir=tmp_path / "data"), RulesBackend(), configure_logs=False)
    sent: list[Message] = []
    messages = iter([{"type": "http.request", "body": b'{"text": "The mayor', "more_body": True}])

    async def receive() -> Message:
        return next(messages, {"type": "http.disconnect"})

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    async with app.router.lifespan_context(app):
        await app(scope, receive, send)
        metrics = await httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ).get("/metrics")
    statuses = [m["status"] for m in sent if m["type"] == "http.response.start"]
    assert statuses == [499]
    assert "unhandled_error" not in caplog.text
    assert 'status="500"' not in metrics.text


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        ("The cost of steel in Varnholt had risen by half since 2020, the board said.", "since 2020", "2020"),
        (
            "Fares were cut by half until the end of January, the board said.",
            "until the end of January",
            "2026-01",
        ),
        ("Fares were cut by half last year, the board said.", "last year", "2025"),
    ],
)
def test_a_time_after_by_half_is_still_read(text: str, when: str, date: str) -> None:
    assert (when, date) in [(t.text, t.date) for t in find_times(text, PUBLISHED)]


# --------------------------------------------------------------------------- a body of 100,000 unknown keys


def test_a_body_of_many_unknown_keys_builds_only_the_field_errors_it_lists(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Before: 100,000 unknown keys (a 1.3 MB body) built 100,000 FieldError models (and read pydantic's errors twice)
    # to list 50: 16 s during which the server answered nothing else (/healthz waited), on the loaded machine.
    from service.api import problems
    from service.api.request_bodies import parse_article
    from service.settings import Settings

    built = 0
    real = problems.FieldError

    def counted(**kwargs: Any) -> Any:
        nonlocal built
        built += 1
        return real(**kwargs)

    monkeypatch.setattr(problems, "FieldError", counted)
    keys = ", ".join(f'"k{i}": 1' for i in range(20_000))
    text = json.dumps("The mayor of Varnholt said 12 buses would run.")
    raw = f'{{"text": {text}, {keys}}}'.encode()
    with pytest.raises(problems.ProblemError) as caught:
        parse_article(raw, Settings())
    problem = caught.value
    assert problem.status == 422
    assert "20000 invalid fields in the article; first: k0" in str(problem)
    assert problem.errors is not None and len(problem.errors) == problems.MAX_FIELD_ERRORS
    assert built == problems.MAX_FIELD_ERRORS


# --------------------------------------------------------------------------- a transfer coding besides the chunking


@pytest.mark.anyio
@pytest.mark.parametrize("coding", ["gzip, chunked", "deflate, chunked", "GZIP,chunked"])
async def test_a_body_with_a_compressing_transfer_coding_is_415_not_judged_as_json(
    tmp_path: Path, coding: str
) -> None:
    # Before: uvicorn undoes only the chunking, so a "Transfer-Encoding: gzip, chunked" body reached the parser
    # compressed: a 400 saying "it looks like UTF-16 or UTF-32 (NUL bytes)", the wrong way for its sender.
    import gzip

    from service.settings import Settings
    from tests.api_fakes import FakeBackend, running

    raw = json.dumps({"text": "The mayor of Varnholt said 5 buses ran on Friday."}).encode()
    async with running(Settings(data_dir=tmp_path / "data"), FakeBackend()) as (_, client):
        r = await client.post(
            "/v1/extractions",
            content=gzip.compress(raw),
            headers={"content-type": "application/json", "transfer-encoding": coding},
        )
        plain = await client.post(
            "/v1/extractions",
            content=raw,
            headers={"content-type": "application/json", "transfer-encoding": "chunked"},
        )
    assert r.status_code == 415, r.text[:300]
    assert r.json()["type"] == "urn:newsfacts:problem:unsupported-media-type"
    assert "Transfer-Encoding: " in r.json()["detail"]
    assert plain.status_code == 200


def test_an_unknown_key_of_a_megabyte_is_not_echoed_whole() -> None:
    # Before: the 1 MB key came back in `detail`, `errors[0].loc` and `errors[0].field`: a 3 MB problem.
    from service.api import problems
    from service.api.request_bodies import parse_article
    from service.settings import Settings

    text = json.dumps("The mayor of Varnholt said 12 buses would run.")
    raw = f'{{"text": {text}, "{"k" * 1_000_000}": 1}}'.encode()
    with pytest.raises(problems.ProblemError) as caught:
        parse_article(raw, Settings())
    problem = caught.value.problem()
    assert len(problem.model_dump_json()) < 2_000
    assert problem.errors is not None and problem.errors[0].field == "k" * problems.MAX_FIELD_NAME + "…"
