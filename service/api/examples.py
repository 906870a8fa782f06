"""Examples for every request and response body of the OpenAPI document.

The examples are real: ``python -m service.api.examples`` runs the app in
process on the offline rules backend, sends each example request and writes
what came back to ``openapi_examples.json`` beside this file (problems are
built from the service's own problem types). ``add_examples`` puts them into
the document; ``tests/test_openapi_examples.py`` checks that every body has
one, that each validates against its schema, and that the file is current
(``--check``).

Regenerating gives the same file on any machine, however loaded: the job is
accepted before a job runner starts (its 202 is always ``pending``), then
waited for until it is done; what only the clock decides is pinned (the job's
id and times, the extraction listing's time, the cache's oldest age, the
pipeline's ``wall_ms``: ``_Clock``), and every listing is taken where its order
is settled.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import sys
import tempfile
import time
from http import HTTPStatus
from pathlib import Path
from typing import Any

from service.api.problems import FieldError, Problem, validation_problem

EXAMPLES_FILE = Path(__file__).resolve().parent / "openapi_examples.json"
ARTICLE = (
    "Council delays harbour vote\n\n"
    "The city council postponed the harbour vote on Tuesday, officials said.\n\n"
    "“We need more time to study the costs,” said Mayor Ruth Okafor.\n\n"
    "The project would cost about $12 million, according to the city’s finance office."
)
SECOND = (
    "Harbour vote put off\n\n"
    "Councillors put off the vote on the harbour plan on Tuesday.\n\n"
    "“We need more time to study the costs,” Mayor Ruth Okafor told reporters.\n\n"
    "The plan is expected to cost about $12 million."
)
PAGE = (
    "<!doctype html><html><head><title>Council delays harbour vote</title></head><body><article>"
    "<h1>Council delays harbour vote</h1><p>The city council postponed the harbour vote on Tuesday, "
    "officials said.</p></article></body></html>"
)

# Request bodies, by "METHOD path": named examples.
REQUESTS: dict[str, dict[str, Any]] = {
    "POST /v1/extractions": {
        "text": {"summary": "Plain text", "value": {"text": ARTICLE, "published": "2024-03-07"}},
        "html": {
            "summary": "A web page",
            "value": {"html": PAGE, "url": "https://news.example/harbour", "outlet": "Harbour Gazette"},
        },
    },
    "POST /v1/extractions/batch": {
        "two": {"summary": "Two articles", "value": {"articles": [{"text": ARTICLE}, {"text": SECOND}]}},
    },
    "POST /v1/jobs": {
        "plain": {"summary": "A job to poll", "value": {"articles": [{"text": ARTICLE}, {"text": SECOND}]}},
        "webhook": {
            "summary": "Called back when done (needs NEWSFACTS_WEBHOOK_SECRET)",
            "value": {
                "articles": [{"text": ARTICLE}],
                "webhook_url": "https://tools.example/hooks/newsfacts",
            },
        },
    },
    "POST /v1/stories": {
        "two": {
            "summary": "Two outlets",
            "value": {
                "articles": [
                    {"text": ARTICLE, "outlet": "Harbour Gazette"},
                    {"text": SECOND, "outlet": "City Wire"},
                ]
            },
        },
    },
}

# Problems by status; a route's own 404 names its kind of resource.
_NOT_FOUND = {
    "/v1/extractions": ("extraction-not-found", "no stored extraction 96f1b376d6f03a2ae6f95ff0ae2afa0a"),
    "/v1/jobs": ("job-not-found", "no job 8c2e5f0a9b7d4e61a3c2b1d0e9f8a7b6"),
    "/v1/seeds": ("seed-not-found", "no seed 'nope'"),
    "/v1/eval": ("eval-report-not-found", "no eval report 'nope'"),
    "/v1/stories": ("extraction-not-found", "no stored extraction 96f1b376d6f03a2ae6f95ff0ae2afa0a"),
}


def _problem(status: int, path: str) -> dict[str, Any]:
    p = "urn:newsfacts:problem:"
    table: dict[int, Problem] = {
        400: Problem(type=p + "empty-article", title="Invalid article", status=400,
                     detail="the article is empty or whitespace only"),
        401: Problem(title="Unauthorized", status=401, detail="missing or wrong X-API-Key"),
        409: Problem(type=p + "job-finished", title="Conflict", status=409,
                     detail="job 8c2e5f0a9b7d4e61a3c2b1d0e9f8a7b6 has already finished"),
        413: Problem(type=p + "article-too-long", title="Article too long", status=413,
                     detail="the article has 1200000 characters; at most 1000000 are accepted (NEWSFACTS_MAX_TEXT_CHARS)"),
        415: Problem(type=p + "unsupported-media-type", title="Unsupported Media Type", status=415,
                     detail="send the article as JSON with Content-Type: application/json (got 'text/plain')"),
        502: Problem(type=p + "llm-response", title="LLM returned an unusable response", status=502,
                     detail="the model's answer did not validate after 2 re-asks"),
        503: Problem(type=p + "llm-unavailable", title="LLM unavailable", status=503,
                     detail="the provider answered 503 past the retry deadline"),
        504: Problem(type=p + "llm-timeout", title="LLM timed out", status=504,
                     detail="no answer within 180 s"),
    }  # fmt: skip
    if status == 404:
        prefix = next((k for k in _NOT_FOUND if path.startswith(k)), None)
        slug, detail = _NOT_FOUND[prefix] if prefix else ("", f"no resource at {path}")
        problem = Problem(
            type=p + slug if slug else "about:blank", title="Not Found", status=404, detail=detail
        )
    elif status == 422:
        err = validation_problem(
            [FieldError(loc=["published"], field="published", message="Input should be a valid date", type="date_from_datetime_parsing")],
            what="article",
        )  # fmt: skip
        problem = err.problem()
    elif status == 409 and path.startswith("/v1/stories"):
        problem = Problem(
            type=p + "extraction-unreadable",
            title="Stored extraction unreadable",
            status=409,
            detail="stored extraction 96f1b376d6f03a2ae6f95ff0ae2afa0a cannot be read by this release "
            "(schema 1.2): it was stored by a release writing schema 1.3; send the article itself "
            "instead of its id",
        )
    elif status in table:
        problem = table[status]
    else:
        # A status added to a route without an example of its own still gets a plain one.
        problem = Problem(
            title=HTTPStatus(status).phrase, status=status, detail=HTTPStatus(status).description
        )
    return {**problem.model_dump(exclude_none=True), "instance": path, "request_id": "5d1e2f3a4b5c6d7e"}


_LANGUAGE_PROBLEM = {
    "type": "urn:newsfacts:problem:unsupported-language",
    "title": "Language not supported by this extractor",
    "status": 422,
    "detail": "the article is in German (de) (detected); the offline rules extractor reads English only. "
    "Use the llm backend (NEWSFACTS_LLM_MODEL), which reads any language.",
    "instance": "/v1/extractions",
    "request_id": "5d1e2f3a4b5c6d7e",
    "language": "de",
}


def add_examples(schema: dict[str, Any]) -> None:
    """Put the examples into ``schema`` (the OpenAPI document), in place."""
    try:
        responses: dict[str, Any] = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        responses = {}
    for path, ops in schema.get("paths", {}).items():
        for method, op in ops.items():
            key = f"{method.upper()} {path}"
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body is not None and key in REQUESTS:
                body["examples"] = REQUESTS[key]
            for status, response in op.get("responses", {}).items():
                for media, content in response.get("content", {}).items():
                    if media == "application/problem+json":
                        content["example"] = _problem(int(status), path)
                        if key == "POST /v1/extractions" and status == "422":
                            content["examples"] = {
                                "validation": {"value": content.pop("example")},
                                "language": {"value": _LANGUAGE_PROBLEM},
                            }
                    elif f"{key} {status}" in responses:
                        content["example"] = responses[f"{key} {status}"]


# ----------------------------------------------------------------------------- the generator


def _eval_report_folder(reports: Path) -> None:
    """A small eval report on disk, so the eval-report endpoints have something to list and serve."""
    (reports / "predictions").mkdir(parents=True)
    (reports / "report.json").write_text(
        json.dumps({"format": "newsfacts-eval/1", "created": "2026-12-01T10:00:00+00:00",
                    "backend": "rules", "source": "in-process", "articles": [{}, {}, {}, {}, {}]}),
        encoding="utf-8",
    )  # fmt: skip
    (reports / "predictions" / "000_9e83181834ba2713.json").write_text("{}")


# What the clock alone decides, pinned (``_pinned``): the job's id (random), the first time
# the examples show (later ones keep their order, a hundredth of a second apart), the
# cache's oldest entry's age, and the directory of the eval reports (a temporary one).
EXAMPLE_JOB_ID = "8c2e5f0a9b7d4e61a3c2b1d0e9f8a7b6"
EXAMPLE_START = dt.datetime(2026, 12, 1, 10, 0, 0, 120000, tzinfo=dt.UTC)
EXAMPLE_OLDEST_AGE_S = 0.5
EXAMPLE_REPORTS_DIR = "/srv/newsfacts/eval-out"
# Every extraction's ``usage.wall_ms`` while examples are collected (a binary fraction: exact).
EXAMPLE_WALL_S = 1 / 64


class _Clock:
    """``time`` for the pipeline module while examples are collected: each extraction takes
    ``EXAMPLE_WALL_S``. Its real wall time depends on the load, and is in every extraction's
    body, so in the stored sizes the listings and the cache's statistics show too.

    ``extract_document`` reads ``perf_counter`` twice, in its own task; tasks run interleaved
    (a job's items at once), so the clock counts per task: two reads in a row are one step apart.
    """

    def __init__(self) -> None:
        self._reads: dict[int, int] = {}

    def perf_counter(self) -> float:
        task = id(asyncio.current_task())
        self._reads[task] = self._reads.get(task, 0) + 1
        return self._reads[task] * EXAMPLE_WALL_S

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)


def _pinned(out: dict[str, Any], job_id: str, tmp: str) -> dict[str, Any]:
    """``out`` with what the clock alone decides pinned (see ``EXAMPLE_JOB_ID``)."""
    text = (
        json.dumps(out, ensure_ascii=False)
        .replace(job_id, EXAMPLE_JOB_ID)
        .replace(str(Path(tmp) / "eval-out"), EXAMPLE_REPORTS_DIR)
    )
    pinned = json.loads(text)
    stamps: set[str] = set()

    def walk(node: Any, visit: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("created_at", "updated_at") and isinstance(value, str):
                    visit(node, key)
                else:
                    walk(value, visit)
        elif isinstance(node, list):
            for value in node:
                walk(value, visit)

    walk(pinned, lambda node, key: stamps.add(node[key]))
    order = {
        stamp: (EXAMPLE_START + dt.timedelta(seconds=n / 100)).isoformat()
        for n, stamp in enumerate(sorted(stamps, key=dt.datetime.fromisoformat))
    }
    walk(pinned, lambda node, key: node.__setitem__(key, order[node[key]]))
    pinned["GET /v1/cache/stats 200"]["oldest_age_s"] = EXAMPLE_OLDEST_AGE_S
    return pinned


async def _collect() -> dict[str, Any]:
    from unittest import mock

    import httpx

    from service import create_backend
    from service.api import create_app
    from service.pipeline import run
    from service.settings import Settings

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, mock.patch.object(run, "time", _Clock()):
        _eval_report_folder(Path(tmp) / "eval-out" / "rules")
        # No job runner at start-up: the job example is accepted before one runs (below).
        settings = Settings(
            data_dir=Path(tmp) / "data", eval_reports_dir=Path(tmp) / "eval-out", run_jobs=False
        )
        app = create_app(settings, create_backend("rules"), configure_logs=False)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:

                def keep(key: str, r: httpx.Response) -> Any:
                    assert r.status_code < 300, (key, r.status_code, r.text[:300])
                    out[key] = r.json()
                    return out[key]

                ex = keep(
                    "POST /v1/extractions 200",
                    await c.post("/v1/extractions", json=REQUESTS["POST /v1/extractions"]["text"]["value"]),
                )
                keep("GET /v1/extractions/{extraction_id} 200", await c.get(f"/v1/extractions/{ex['id']}"))
                batch = REQUESTS["POST /v1/extractions/batch"]["two"]["value"]
                keep(
                    "POST /v1/extractions/batch 200",
                    await c.post(
                        "/v1/extractions/batch", json={"articles": [batch["articles"][0], {"text": " "}]}
                    ),
                )
                # Two entries, made one after the other: their order is settled (the job's items,
                # later, finish in either order).
                keep("GET /v1/extractions 200", await c.get("/v1/extractions", params={"limit": 1}))
                keep(
                    "POST /v1/stories 200",
                    await c.post("/v1/stories", json=REQUESTS["POST /v1/stories"]["two"]["value"]),
                )
                job = keep(
                    "POST /v1/jobs 202",
                    await c.post("/v1/jobs", json=REQUESTS["POST /v1/jobs"]["plain"]["value"]),
                )
                # Accepted with no runner yet: ``pending`` whatever the load (a runner at work raced
                # the answer: pending, running or done). Then the runner starts, and the example
                # shows the finished job: waited for, with a bound only so that a broken job runner
                # fails the script instead of hanging it.
                await app.state.services.jobs.start()
                for _ in range(12_000):
                    if (await c.get(job["url"])).json()["status"] == "done":
                        break
                    await asyncio.sleep(0.01)
                else:
                    raise RuntimeError("the example job did not finish within two minutes")
                keep("GET /v1/jobs/{job_id} 200", await c.get(job["url"], params={"limit": 1}))
                keep("GET /v1/jobs 200", await c.get("/v1/jobs"))
                keep("GET /v1/cache/stats 200", await c.get("/v1/cache/stats"))
                keep("GET /healthz 200", await c.get("/healthz"))
                keep("GET /readyz 200", await c.get("/readyz"))
                keep("GET /v1/seeds 200", await c.get("/v1/seeds"))
                seeds = out["GET /v1/seeds 200"]
                if seeds:
                    seed = keep("GET /v1/seeds/{name} 200", await c.get(f"/v1/seeds/{seeds[0]['name']}"))
                    seed["text"] = seed["text"][:300] + "…"
                keep("GET /v1/eval/reports 200", await c.get("/v1/eval/reports"))
                keep(
                    "GET /v1/eval/reports/report 200",
                    await c.get("/v1/eval/reports/report", params={"name": "rules"}),
                )
                out["GET /v1/eval/reports/prediction 200"] = {**ex, "id": ex["id"]}
                # A cancelled job: the second job's pending items, cancelled before a runner took them.
                cancelled = json.loads(json.dumps(out["GET /v1/jobs/{job_id} 200"]))
                cancelled["items"] = [
                    {"index": 0, "status": "failed", "error": {
                        "type": "urn:newsfacts:problem:job-cancelled", "title": "Cancelled", "status": 409,
                        "detail": "the job was cancelled before this article was extracted"}}
                ]  # fmt: skip
                cancelled.update(succeeded=0, failed=cancelled["total"], pending=0)
                out["POST /v1/jobs/{job_id}/cancel 200"] = cancelled
                metrics = await c.get("/metrics")
                out["GET /metrics 200"] = "\n".join(metrics.text.splitlines()[:6]) + "\n"
        return _pinned(out, job["id"], tmp)


def render(examples: dict[str, Any]) -> str:
    return json.dumps(examples, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    """Write the examples; with ``--check``, only say whether the stored ones are current (exit 1 if not)."""
    examples = asyncio.run(_collect())
    text = render(examples)
    if "--check" in sys.argv[1:]:
        if EXAMPLES_FILE.read_text(encoding="utf-8") != text:
            sys.stderr.write(
                f"{EXAMPLES_FILE} is not what the service answers now; "
                "regenerate with: .venv/bin/python -m service.api.examples\n"
            )
            raise SystemExit(1)
        return
    EXAMPLES_FILE.write_text(text, encoding="utf-8")
    sys.stderr.write(f"wrote {len(examples)} response examples to {EXAMPLES_FILE}\n")


if __name__ == "__main__":
    main()
