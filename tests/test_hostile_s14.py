"""Session 14's hostile review of the running service: each input that found a fault, pinned
at the HTTP boundary with the real app (docs/hostile-review.md, "Session 14")."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import subprocess
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

import pytest

from schemas.story import Story
from service.api import eval_reports, stories
from service.backends.rules import RulesBackend
from service.settings import Settings
from tests.api_fakes import FakeBackend, running
from tests.test_api_listing_webhooks import receiver, settled_webhook

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent


def _dense_article(units: int) -> str:
    # Three figures and an event a sentence, each sentence its own numbers: every figure of one
    # copy matches its twin in another, and every pair of figure groups is a conflict candidate.
    return "".join(
        f"The council said {i} buses ran on Friday, and {i + 1}% of riders paid {i + 2} dollars. "
        for i in range(units)
    )


# ---------------------------------------------------------------- stories: grouping under a budget


async def test_a_costly_story_ends_at_the_cpu_budget_and_the_server_answers_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two stored ids of a 7 KB article with 300 figures: grouping them took 5 s of CPU on the event
    # loop (figure conflicts read every figure for each pair of groups), and no other request of
    # the process was answered meanwhile; 20 dense articles, hours.
    started, finished = threading.Event(), threading.Event()
    real = stories.corroborate

    def observed(inputs: Any) -> Story:
        started.set()
        try:
            return real(inputs)
        finally:
            finished.set()

    monkeypatch.setattr(stories, "corroborate", observed)
    settings = Settings(data_dir=tmp_path / "data", extraction_budget_s=1.0)
    async with running(settings, RulesBackend()) as (_, client):
        made = await client.post("/v1/extractions", json={"text": _dense_article(100)})
        assert made.status_code == 200, made.text
        story = asyncio.create_task(
            client.post("/v1/stories", json={"extraction_ids": [made.json()["id"]] * 2})
        )
        while not started.is_set():
            await asyncio.sleep(0.005)
        health = await client.get("/healthz")
        answered_during = not finished.is_set()
        r = await story
    assert health.status_code == 200
    assert answered_during, "the story's grouping held the event loop: /healthz waited for it"
    assert r.status_code == 422 and r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["type"] == "urn:newsfacts:problem:extraction-budget"
    assert "story" in body["detail"] and "NEWSFACTS_EXTRACTION_BUDGET_S" in body["detail"]


# ---------------------------------------------------------------- webhooks: targets and poison URLs

_SECRET = "test-webhook-secret-0123456789"


def _hook_settings(tmp_path: Path, *, allow_private: bool) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        job_lease_s=0.3,
        webhook_secret=_SECRET,
        webhook_allow_private_hosts=allow_private,
        webhook_backoff_initial_s=0.05,
        webhook_backoff_max_s=0.1,
        webhook_max_attempts=2,
        webhook_timeout_s=2,
    )


@pytest.mark.parametrize(
    ("url", "words"),
    [
        # Accepted with a 202, then raised in the sender at every attempt (see the next test).
        ("http://8.8.8.8:99999/hook", "invalid port"),
        ("http://hooks.example.org:http/hook", "invalid port"),
        ("https://8.8.8.8:0/hook", "invalid port"),
        ("http://8.8.8.8/a hook", "control characters"),
        ("http://8.8.8.8/\x00hook", "control characters"),
        # Loopback and private addresses in the spellings resolvers accept: refused only at
        # delivery after resolving, now at submission like the dotted form.
        ("http://2130706433/hook", "NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS"),
        ("http://0x7f.1/hook", "NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS"),
        ("http://017700000001/hook", "NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS"),
        ("http://127.1/hook", "NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS"),
        # IPv4 inside IPv6: NAT64's well-known prefix and 6to4 reach 127.0.0.1 and 10.0.0.1.
        ("http://[64:ff9b::7f00:1]/hook", "NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS"),
        ("http://[2002:a00:1::]/hook", "NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS"),
    ],
)
async def test_webhook_urls_the_sender_cannot_use_are_refused_at_submission(
    tmp_path: Path, url: str, words: str
) -> None:
    async with running(_hook_settings(tmp_path, allow_private=False), FakeBackend()) as (_, client):
        r = await client.post(
            "/v1/jobs", json={"articles": [{"text": "The mayor said 5 buses ran."}], "webhook_url": url}
        )
        listed = (await client.get("/v1/jobs")).json()
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["field"] == "webhook_url" and words in r.json()["errors"][0]["message"]
    assert listed["total"] == 0


async def test_a_webhook_the_sender_cannot_send_fails_alone_and_counts(tmp_path: Path) -> None:
    # A hook stored before the submission check refused its URL (or any URL the HTTP client will
    # not send to): the sender raised, the attempt was never recorded, so the hook was claimed
    # again at every hold, for ever, and every hook claimed after it in the same batch waited too.
    async with (
        receiver() as hook,
        running(_hook_settings(tmp_path, allow_private=True), FakeBackend()) as (
            app,
            client,
        ),
    ):
        first = await client.post("/v1/jobs", json={"articles": [{"text": "The mayor said 5 buses ran."}]})
        poison = first.headers["location"]
        await app.state.services.store.set_webhook(poison.rsplit("/", 1)[1], "http://127.0.0.1:99999/hook")
        second = await client.post(
            "/v1/jobs", json={"articles": [{"text": "The mayor said 7 trains ran."}], "webhook_url": hook.url}
        )
        good = await settled_webhook(client, second.headers["location"])
        bad = await settled_webhook(client, poison)
    assert good["delivered"] and len(hook.received) == 1
    assert not bad["delivered"] and bad["attempts"] == 2 and bad["next_attempt_at"] is None
    assert bad["last_error"].startswith("cannot send")


# ---------------------------------------------------------------- HTML whose parse is quadratic

_PROSE = "<p>The harbour bridge reopened on Tuesday after repairs, the mayor said in a statement.</p>"


def _page(attributes: str) -> str:
    return f"<html><body><article><div {attributes}>{_PROSE}</div>{_PROSE}</article></body></html>"


@pytest.mark.parametrize(
    "attributes",
    [
        " ".join(f"a{i}=x" for i in range(5000)),
        " ".join(f"a{i}" for i in range(5000)),  # no values
        "/".join(f"a{i}" for i in range(5000)),  # '/' separates them for libxml2 too
        "".join(f'a{i}="1"' for i in range(5000)),  # no space between quoted values
        " ".join(f'a{i}=">"' for i in range(5000)),  # a '>' inside quotes does not end the tag
        "><script>x</script ><p " + " ".join(f"a{i}" for i in range(5000)),  # after a script's end
    ],
    ids=["valued", "bare", "slashes", "unspaced", "quoted-gt", "after-script"],
)
@pytest.mark.parametrize("field", ["html", "text"])
async def test_an_element_with_thousands_of_attributes_is_refused_before_parsing(
    settings: Settings, attributes: str, field: str
) -> None:
    # libxml2 checks each attribute against every earlier one of its tag: 25,000 on one element
    # (200 KB) took 9 s to prepare, before the CPU budget and unstoppable; 1 MB, about an hour.
    async with running(settings, RulesBackend()) as (_, client):
        r = await client.post("/v1/extractions", json={field: _page(attributes)})
    assert r.status_code == 400, r.text[:300]
    assert r.json()["type"] == "urn:newsfacts:problem:invalid-article"
    assert "more than 512 attributes" in r.json()["detail"]


async def test_a_page_whose_elements_have_many_attributes_but_within_the_cap_is_read(
    settings: Settings,
) -> None:
    """Guard: the cap refuses no page a browser would render as news (512 attributes on one element;
    a script or a comment holding "a<b" and then thousands of words, which libxml2 reads as text)."""
    words = " ".join(f"w{i}" for i in range(3000))
    script = f"<html><head><script>if (a<b {words}) {{}}</script></head><body><!-- <a {words} -->{_PROSE}</body></html>"
    async with running(settings, RulesBackend()) as (_, client):
        r = await client.post(
            "/v1/extractions", json={"html": _page(" ".join(f"a{i}=x" for i in range(512)))}
        )
        raw_text = await client.post("/v1/extractions", json={"html": script})
    assert r.status_code == 200, r.text[:300]
    assert "harbour bridge reopened" in r.json()["text"]
    assert raw_text.status_code == 200, raw_text.text[:300]


# ---------------------------------------------------------------- the CLI on hostile names and files


def _cli(
    *args: str, env: dict[str, str] | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        input=None if stdin is None else stdin.decode(),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.mark.parametrize("name", ["[/x].txt", "[bold]story.txt"])
def test_a_file_name_that_looks_like_markup_is_named_not_rendered(name: str) -> None:
    # rich read the name as markup: "[/x]" crashed the error path with a traceback (exit 1), and
    # "[bold]" vanished from the message.
    p = _cli("extract", name)
    assert p.returncode == 2 and "Traceback" not in p.stderr, p.stderr[-500:]
    assert f"error: {name}: no such file" in p.stderr


def test_a_setting_whose_value_looks_like_markup_is_named_not_rendered() -> None:
    p = _cli("extract", "seeds/000_9e83181834ba2713.txt", env={"NEWSFACTS_JOB_LEASE_S": "[/x]"})
    assert p.returncode == 2 and "Traceback" not in p.stderr, p.stderr[-500:]
    assert "error: NEWSFACTS_JOB_LEASE_S=[/x]: Input should be a valid number" in p.stderr


def test_an_article_file_is_read_no_further_than_the_longest_article_can_reach(tmp_path: Path) -> None:
    # Read whole before its length was checked: a 5 GB file, or /dev/zero, took memory without end.
    # Four bytes a character (UTF-8) and a byte order mark: past that, it is refused unread.
    huge = tmp_path / "huge.txt"
    huge.write_text("a" * 100_000)
    small = tmp_path / "small.txt"
    small.write_text("The mayor said 5 buses ran on Friday.")
    env = {"NEWSFACTS_MAX_TEXT_CHARS": "1000"}
    one = _cli("extract", str(huge), env=env)
    piped = _cli("extract", "-", env=env, stdin=b"b" * 100_000)
    bulk = _cli("extract", str(small), str(huge), env=env)
    for p in (one, piped):
        assert p.returncode == 2 and "larger than 4,003 bytes" in p.stderr, p.stderr[-500:]
    assert bulk.returncode == 1 and "huge.txt: Invalid article: larger than 4,003 bytes" in bulk.stderr
    assert '"ok": true' in bulk.stdout


async def test_a_webhook_receiver_that_answers_200_with_an_endless_body_is_delivered(tmp_path: Path) -> None:
    # The sender read the whole response body: a receiver streaming without end filled the
    # sender's memory until the attempt's timeout, and the delivery then failed though the
    # receiver had answered 200. The status is all the sender needs.
    streamed = 0

    async def endless(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal streamed
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 100000000000\r\n\r\n")
        try:
            while True:  # until the sender closes the connection
                writer.write(b"x" * 65536)
                await writer.drain()
                streamed += 65536
                await asyncio.sleep(0.001)
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(endless, "127.0.0.1", 0)
    url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/hook"
    async with server, running(_hook_settings(tmp_path, allow_private=True), FakeBackend()) as (_, client):
        created = await client.post(
            "/v1/jobs", json={"articles": [{"text": "The mayor said 5 buses ran."}], "webhook_url": url}
        )
        status = await settled_webhook(client, created.headers["location"])
    assert status["delivered"] and status["attempts"] == 1, status


@pytest.mark.parametrize(
    "body",
    [
        b'{"articles": [{"text": "The mayor said 5 buses ran."}], "articles": [{"text": "Lee said 7 trains ran."}]}',
        b'{"articles": [{"text": "The mayor said 5 buses ran.", "text": "Lee said 7 trains ran."}]}',
    ],
    ids=["story-key", "article-key"],
)
async def test_a_story_giving_a_key_twice_is_refused_like_an_article(settings: Settings, body: bytes) -> None:
    # Session 13 refused duplicate keys in articles, batches and jobs; a story still took the last
    # one silently, so a proxy or a log reading the first saw other articles than those grouped.
    async with running(settings, RulesBackend()) as (_, client):
        r = await client.post("/v1/stories", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 400, r.text[:300]
    assert r.json()["type"] == "urn:newsfacts:problem:duplicate-key"


# ---------------------------------------------------------------- eval reports: parsed once, not per request


async def test_eval_reports_are_parsed_once_not_at_every_request(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every request (the listing, one report, one prediction) walked the reports directory and
    # parsed every report.json whole, on the event loop: 200 reports of the seeds took 0.3 s of
    # CPU to serve a 25 KB prediction, and nothing else was answered meanwhile.
    root = tmp_path / "eval-out"
    for n in range(3):
        folder = root / f"run{n}"
        (folder / "predictions").mkdir(parents=True)
        report = {
            "format": "newsfacts-eval/1",
            "created": f"2026-11-0{n + 1}T00:00:00+00:00",
            "articles": [{}],
        }
        (folder / "report.json").write_text(json.dumps(report), encoding="utf-8")
        (folder / "predictions" / "a1.json").write_text(json.dumps({"text": f"text {n}"}), encoding="utf-8")
    parsed: list[int] = []

    class Counting:
        @staticmethod
        def loads(data: bytes) -> Any:
            parsed.append(len(data))
            return json.loads(data)

    monkeypatch.setattr(eval_reports, "json", Counting)
    settings = Settings(data_dir=tmp_path / "data", eval_reports_dir=root)
    async with running(settings, FakeBackend()) as (_, client):
        listed = await client.get("/v1/eval/reports")
        for _ in range(3):
            one = await client.get("/v1/eval/reports/report", params={"name": "run1"})
            pred = await client.get("/v1/eval/reports/prediction", params={"name": "run2", "stem": "a1"})
    assert [r["name"] for r in listed.json()["reports"]] == ["run2", "run1", "run0"]
    assert one.json()["created"].startswith("2026-11-02") and pred.json() == {"text": "text 2"}
    assert len(parsed) == 3, f"{len(parsed)} parses of 3 reports over 7 requests"


# ---------------------------------------------------------------- compressed bodies


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
async def test_a_compressed_body_is_415_not_judged_as_json(settings: Settings, coding: str) -> None:
    # Never decompressed (no bomb), but read as JSON as it came: a gzip body was a 400 saying
    # "it looks like UTF-16 or UTF-32", which sent its sender the wrong way.
    raw = json.dumps({"text": "The mayor said 5 buses ran on Friday."}).encode()
    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "br": lambda b: b"\x1b" + b}[coding](raw)
    async with running(settings, FakeBackend()) as (_, client):
        r = await client.post(
            "/v1/extractions",
            content=packed,
            headers={"content-type": "application/json", "content-encoding": coding},
        )
        plain = await client.post(
            "/v1/extractions",
            content=raw,
            headers={"content-type": "application/json", "content-encoding": "identity"},
        )
    assert r.status_code == 415, r.text[:300]
    assert r.json()["type"] == "urn:newsfacts:problem:unsupported-media-type"
    assert f"Content-Encoding: {coding}" in r.json()["detail"]
    assert plain.status_code == 200
