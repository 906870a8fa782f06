"""service.client against a live server on loopback: results typed, errors mapped from problem details."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import service.client as nf
from schemas import ArticleRequest, Extraction
from service.client import AsyncClient, Client
from service.client.errors import Problem, from_response
from tests.live_server import free_port, running_server

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An eval report on the server's disk, written by `newsfacts eval --out` as a user would."""
    root = tmp_path_factory.mktemp("eval-reports")
    subprocess.run(
        [sys.executable, "-m", "service", "eval", "--out", str(root / "seeds-rules")],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return root


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, reports: Path) -> Iterator[str]:
    env = {"NEWSFACTS_EVAL_REPORTS_DIR": str(reports)}
    with running_server(tmp_path_factory.mktemp("client-server"), env=env) as base:
        yield base


@pytest.fixture
def client(server: str) -> Iterator[Client]:
    with Client(server, timeout=60) as c:
        yield c


def grounded(extraction: Extraction) -> bool:
    spans = [
        span
        for items in (extraction.quotes, extraction.figures, extraction.events, extraction.attributions)
        for item in items
        for span in item.evidence
    ]
    return bool(spans) and all(extraction.text[s.start : s.end] == s.text for s in spans)


def test_extract_returns_the_typed_extraction_and_its_cache_status(client: Client) -> None:
    text = SEEDS[1].read_text(encoding="utf-8")
    first = client.extract_article({"text": text, "published": "2021-02-18"})
    again = client.extract_article({"text": text, "published": "2021-02-18"})
    assert (first.cache, again.cache) == ("miss", "hit")
    assert first.extraction == again.extraction
    assert first.location == f"/v1/extractions/{first.extraction.id}"
    assert first.request_id
    assert grounded(first.extraction)
    assert first.extraction.metadata.published == "2021-02-18"
    assert client.get_extraction(first.extraction.id) == first.extraction

    # The keyword form builds the same request (a date object is sent as ISO 8601).
    same = client.extract(text, published=dt.date(2021, 2, 18))
    assert same.id == first.extraction.id
    fresh = client.extract_article({"text": text, "published": "2021-02-18"}, fresh=True)
    assert fresh.cache == "miss"


def test_problems_become_typed_errors(client: Client) -> None:
    with pytest.raises(nf.EmptyArticle) as empty:
        client.extract("   ")
    assert empty.value.status == 400
    assert empty.value.type == "urn:newsfacts:problem:empty-article"
    assert empty.value.request_id and empty.value.detail
    assert isinstance(empty.value, nf.BadRequest)

    with pytest.raises(nf.InvalidRequest) as invalid:
        client.extract_article({"text": "Some text.", "published": "yesterday"})
    assert invalid.value.status == 422
    assert {e.field.split(".")[0] for e in invalid.value.errors} == {"published"}

    with pytest.raises(nf.ExtractionNotFound) as missing:
        client.get_extraction("0" * 32)
    assert isinstance(missing.value, nf.NotFound) and missing.value.status == 404

    with pytest.raises(nf.JobNotFound):
        client.job("f" * 32)

    german = (
        "Die Stadtverwaltung teilte am Montag mit, dass im nächsten Jahr etwa 25 Millionen Euro "
        "für neue Straßenbahnen ausgegeben werden sollen. Der Bürgermeister sagte, die Bürger "
        "hätten lange genug auf bessere Verbindungen gewartet."
    )
    with pytest.raises(nf.UnsupportedLanguage) as language:
        client.extract(german)
    assert isinstance(language.value, nf.InvalidRequest) and language.value.status == 422
    assert "de" in (language.value.detail or "")

    with pytest.raises(nf.ArticleTooLong):
        client.extract("word " * 250_000)


def test_batch_items_succeed_or_fail_alone(client: Client) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS[:2]]
    result = client.batch([texts[0], "  ", ArticleRequest(text=texts[1])])
    assert [item.index for item in result.items] == [0, 1, 2]
    assert [item.status for item in result.items] == [200, 400, 200]
    assert (result.succeeded, result.failed) == (2, 1)
    ok = result.items[0]
    assert ok.ok and ok.result is not None and ok.id == ok.result.id and grounded(ok.result)
    assert result.items[1].error is not None
    assert result.items[1].error.type == "urn:newsfacts:problem:empty-article"
    # One article per item: each result's text is its own article, never the files joined.
    assert result.items[2].result is not None
    assert result.items[2].result.text.strip()[:40] in texts[1]
    assert texts[0].strip()[:40] not in result.items[2].result.text


def test_a_job_is_submitted_waited_for_and_paged_through(client: Client) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    job = client.submit_job([*texts, ""])
    assert job.total == len(texts) + 1
    done = client.wait_for_job(job, timeout=120, poll_interval=0.1)
    assert done.status == "done" and (done.succeeded, done.failed, done.pending) == (len(texts), 1, 0)

    items = list(client.job_items(job.id, page_size=2))  # three pages
    assert [item.index for item in items] == list(range(len(texts) + 1))
    assert [item.status for item in items] == ["succeeded"] * len(texts) + ["failed"]
    for item, text in zip(items, texts, strict=False):
        assert item.result is not None and item.result.id == item.id
        assert text.strip()[:40] in item.result.text
    assert items[-1].error is not None and items[-1].error.status == 400


def test_listing_deleting_and_cancelling(client: Client) -> None:
    made = [
        client.extract(f"The mayor said on Monday that {n} new buses would run. Note {n}.") for n in range(5)
    ]
    listed = list(client.iter_extractions(page_size=2))
    ids = [info.id for info in listed]
    assert len(ids) == len(set(ids)) == client.list_extractions(limit=1).total
    assert {e.id for e in made} <= set(ids)
    client.delete_extraction(made[0].id)
    with pytest.raises(nf.ExtractionNotFound):
        client.get_extraction(made[0].id)
    with pytest.raises(nf.ExtractionNotFound):
        client.delete_extraction(made[0].id)

    articles = [f"The council said on Friday it would hire {n} teachers. Entry {n}." for n in range(400)]
    job = client.submit_job(articles)
    cancelled = client.cancel_job(job)
    assert cancelled.status == "done" and cancelled.id == job.id
    assert cancelled.succeeded + cancelled.failed == cancelled.total == len(articles)
    assert cancelled.failed >= 1  # at least the last items were still pending
    with pytest.raises(nf.JobFinished) as finished:
        client.cancel_job(job)
    assert isinstance(finished.value, nf.Conflict) and finished.value.status == 409
    jobs = list(client.iter_jobs(page_size=1))
    assert job.id in {j.id for j in jobs}
    assert len(jobs) == client.list_jobs().total


def test_a_story_groups_facts_across_articles(client: Client) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS[:3]]
    stored = client.extract(texts[2])
    story = client.story(texts[:2], extraction_ids=[stored.id])
    assert len(story.articles) == 3
    assert any(len({m.article for m in g.members}) >= 2 for g in story.quotes)


def test_eval_reports_on_the_server(client: Client, reports: Path) -> None:
    listing = client.eval_reports()
    assert [r.name for r in listing.reports] == ["seeds-rules"]
    info = listing.reports[0]
    written = json.loads((reports / "seeds-rules" / "report.json").read_text(encoding="utf-8"))
    assert info.articles == len(written["articles"]) == len(SEEDS)
    assert client.eval_report(info.name) == written
    stem = info.predictions[0]
    prediction = client.eval_prediction(info.name, stem)
    assert prediction == Extraction.model_validate_json(
        (reports / "seeds-rules" / "predictions" / f"{stem}.json").read_bytes()
    )
    with pytest.raises(nf.EvalReportNotFound):
        client.eval_report("no-such-run")


def test_the_async_client_does_the_same(server: str) -> None:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]

    async def main() -> None:
        async with AsyncClient(server, timeout=60) as client:
            extractions = await asyncio.gather(*(client.extract(t) for t in texts))
            assert all(grounded(e) for e in extractions)
            assert len({e.id for e in extractions}) == len(texts)
            job = await client.submit_job(texts[:3])
            await client.wait_for_job(job.id, timeout=120, poll_interval=0.1)
            items = [item async for item in client.job_items(job, page_size=1)]
            assert [i.id for i in items] == [e.id for e in extractions[:3]]
            batch = await client.batch(texts[:2])
            assert batch.succeeded == 2
            story = await client.story(extraction_ids=[e.id for e in extractions])
            assert len(story.articles) == len(texts)
            assert (await client.cache_stats())["entries"] >= len(texts)
            listing = await client.eval_reports()
            name = listing.reports[0].name
            assert (await client.eval_report(name))["articles"]
            prediction = await client.eval_prediction(name, listing.reports[0].predictions[0])
            assert grounded(prediction)
            with pytest.raises(nf.EmptyArticle):
                await client.extract("\n")
            assert await client.ready()

    asyncio.run(main())


def test_an_unreachable_server_is_a_connection_error() -> None:
    port = free_port()  # nothing listens there
    with Client(f"http://127.0.0.1:{port}", timeout=5) as client:
        assert not client.ready()
        with pytest.raises(nf.ConnectionFailed):
            client.extract("Some text.")


def test_api_keys_map_to_unauthorized(tmp_path: Path) -> None:
    with running_server(tmp_path / "data", env={"NEWSFACTS_API_KEYS": '["k-1"]'}) as base:
        with Client(base) as anonymous, pytest.raises(nf.Unauthorized):
            anonymous.cache_stats()
        with Client(base, api_key="k-1") as keyed:
            assert "entries" in keyed.cache_stats()


def test_wait_for_job_times_out_with_the_last_state(client: Client) -> None:
    # Enough new articles that the job is still running at the first poll.
    articles = [
        f"The council said on Monday it would spend {n} million euros on roads. Case {n}." for n in range(300)
    ]
    job = client.submit_job(articles)
    with pytest.raises(nf.JobTimeout) as timeout:
        client.wait_for_job(job, timeout=0, poll_interval=0)
    assert timeout.value.job.id == job.id


def response(status: int, body: bytes, content_type: str, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"content-type": content_type, **headers})


def test_unknown_problem_types_fall_back_to_their_status() -> None:
    newer = response(
        404,
        b'{"type": "urn:newsfacts:problem:webhook-not-found", "title": "Not Found", "status": 404}',
        "application/problem+json",
    )
    assert type(from_response(newer)) is nf.NotFound
    overloaded = response(
        503,
        b'{"type": "urn:newsfacts:problem:overloaded", "title": "Overloaded", "status": 503}',
        "application/problem+json",
        **{"retry-after": "7"},
    )
    err = from_response(overloaded)
    assert isinstance(err, nf.Overloaded) and isinstance(err, nf.ServerError) and err.retry_after == 7
    # A proxy's HTML error page is still a typed error, with the page as its detail.
    proxy = from_response(response(502, b"<html>Bad gateway</html>", "text/html"))
    assert type(proxy) is nf.ServerError and proxy.status == 502 and "Bad gateway" in (proxy.detail or "")
    # A known type under another status keeps the status's meaning.
    odd = from_response(
        response(
            500,
            b'{"type": "urn:newsfacts:problem:empty-article", "title": "x", "status": 500}',
            "application/problem+json",
        )
    )
    assert type(odd) is nf.ServerError
    assert isinstance(Problem(title="t", status=400), Problem)


def test_the_envelopes_match_the_servers_openapi() -> None:
    """The client's Job and BatchResult name the fields the server documents (catches drift)."""
    from service import create_app

    spec = create_app().openapi()["components"]["schemas"]
    for model, name in (
        (nf.JobSummary, "JobSummary"),
        (nf.JobList, "JobList"),
        (nf.ExtractionList, "ExtractionList"),
        (nf.StoredExtractionInfo, "StoredExtractionInfo"),
        (nf.WebhookStatus, "WebhookStatus"),
        (nf.EvalReportInfo, "EvalReportInfo"),
        (nf.EvalReportList, "EvalReportList"),
        (nf.Job, "Job"),
        (nf.JobItem, "JobItem"),
        (nf.BatchResult, "BatchResult"),
        (nf.BatchItem, "BatchItem"),
    ):
        documented = set(spec[name]["properties"])
        assert set(model.model_fields) <= documented, (name, set(model.model_fields) - documented)
        required = set(spec[name].get("required", []))
        assert required <= set(model.model_fields), (name, required - set(model.model_fields))
