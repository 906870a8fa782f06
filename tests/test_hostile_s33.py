"""Session 33's hostile review: what it found, pinned (docs/hostile-review.md, "Session 33")."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.backends.rules.dates import find_times
from service.pipeline.normalize import normalize_text
from service.serving.bulk import iter_items
from service.settings import Settings
from tests.api_fakes import FakeBackend, running

PUBLISHED = dt.date(2026, 3, 4)


def _rules(text: str) -> Extraction:
    return asyncio.run(
        extract(ArticleRequest(text=text, published="2026-03-04", language="en"), create_backend("rules"))
    )


# --------------------------------------------------------------------------- HEAD on every GET route


@pytest.mark.anyio
@pytest.mark.parametrize(
    "path", ["/healthz", "/readyz", "/v1/cache/stats", "/v1/extractions", "/openapi.json"]
)
async def test_head_is_answered_on_every_get_route(tmp_path: Path, path: str) -> None:
    # Before: FastAPI's routes take only the methods they declare, so `HEAD /healthz` was a 405 (Allow: GET):
    # a load balancer or an uptime monitor probing with HEAD (RFC 9110 9.1: every general-purpose server
    # supports GET and HEAD) saw a live service as down.
    async with running(Settings(data_dir=tmp_path / "data"), FakeBackend()) as (_, client):
        get = await client.get(path)
        head = await client.head(path)
    assert get.status_code == 200
    assert head.status_code == 200
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.content == b""


@pytest.mark.anyio
async def test_head_is_logged_and_measured_under_its_route(tmp_path: Path) -> None:
    async with running(Settings(data_dir=tmp_path / "data"), FakeBackend()) as (_, client):
        head = await client.head("/healthz")
        metrics = (await client.get("/metrics")).text
    assert head.headers["content-length"] == str(len(b'{"status":"ok"}'))
    assert [line for line in metrics.splitlines() if 'method="HEAD"' in line and 'route="/healthz"' in line]


@pytest.mark.anyio
async def test_head_on_a_path_without_get_is_still_a_405_naming_head(tmp_path: Path) -> None:
    async with running(Settings(data_dir=tmp_path / "data"), FakeBackend()) as (_, client):
        r = await client.head("/v1/extractions/batch")
        missing = await client.head("/v1/extractions/0123456789abcdef0123456789abcdef")
    assert r.status_code == 405
    assert r.headers["allow"] == "POST"
    assert r.headers["content-type"] == "application/problem+json"
    assert missing.status_code == 404


@pytest.mark.anyio
async def test_the_openapi_document_still_lists_get_only(tmp_path: Path) -> None:
    # HEAD is implied by GET; the document (and the Allow header read from it) is unchanged.
    async with running(Settings(data_dir=tmp_path / "data"), FakeBackend()) as (_, client):
        doc = (await client.get("/openapi.json")).json()
        put = await client.put("/healthz")
    assert not [p for p, ops in doc["paths"].items() if "head" in ops]
    assert "get" in doc["paths"]["/healthz"]
    assert put.status_code == 405
    assert put.headers["allow"] == "GET"


# --------------------------------------------------------------------------- a folder's article that is no file


def test_a_folders_article_that_is_no_regular_file_is_a_failure_line_not_left_out(tmp_path: Path) -> None:
    # Before: `newsfacts extract FOLDER` walked only regular files: a broken symbolic link, a link loop or a
    # FIFO named like an article were left out without a word ("extracted 1 of 1"), a lost record. Now each
    # is a failure line naming why (a FIFO is never opened: reading it would block the run).
    (tmp_path / "good.txt").write_text("The council closed the bridge on Monday.", encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "a.html").symlink_to(tmp_path / "b.html")
    (tmp_path / "b.html").symlink_to(tmp_path / "a.html")
    (tmp_path / "feed.jsonl").symlink_to(tmp_path / "nowhere.jsonl")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()  # a folder named like an article is walked, not a failure
    (tmp_path / "folder.txt" / "inner.txt").write_text("The mayor resigned on Friday.", encoding="utf-8")
    (tmp_path / "notes.md").symlink_to(tmp_path / "missing.md")  # not an article's name: not walked
    items = {Path(i.source).name: i for i in iter_items([str(tmp_path)])}
    assert items["good.txt"].problem is None and items["inner.txt"].problem is None
    for name in ("gone.txt", "a.html", "b.html", "feed.jsonl"):
        assert items[name].path is None
        assert "broken symbolic link" in (items[name].problem or "")
    if hasattr(os, "mkfifo"):
        assert "not a regular file" in (items["pipe.txt"].problem or "")
    assert "folder.txt" not in items and "notes.md" not in items


# --------------------------------------------------------------------------- a day and month read without its year


@pytest.mark.parametrize(
    "text",
    [
        "The bridge over the Lanner opened on May 3, 1750, the trust said.",
        "The bridge over the Lanner opened on 3 May 1750, the trust said.",
        "Orrin Vale was born on 3 May 1650 in a farmhouse near Cadby.",
        "The fort at Hesk fell on 14 June 1690, the museum said.",
        "The mill at Pendry opened on March 2 1799, the records show.",
        "The abbey at Tullow burned on Christmas Day 1690, the chronicle says.",
        "The siege of Arnby lasted the first week of June 1745, the guide said.",
        "The hall at Brisk opened on May \uff13, \uff12\uff10\uff11\uff19, the council said.",  # full-width digits
        "The hall at Brisk opened on May \u0663, \u0662\u0660\u0661\u0669, the council said.",  # Arabic-Indic digits
    ],
)
def test_a_day_and_month_is_never_dated_without_the_year_that_follows_it(text: str) -> None:
    # Before: the year pattern takes 1800-2099 in ASCII digits; a day and month followed by any other year
    # ("May 3, 1750") or by a year in other digits ("May ３, ２０１９") was read without it and dated in the
    # publication's year (2026-05-03): a confident wrong date in a history story. No date is the answer now.
    assert not find_times(text, PUBLISHED)
    answer = _rules(text)
    assert all(
        e.when is None or e.when.date is None or not e.when.date.startswith("202") for e in answer.events
    )
    assert all(not (d.date or "").startswith("202") for d in answer.dates)


@pytest.mark.parametrize(
    ("text", "when", "date"),
    [
        ("The hall at Brisk opened on May 3, 2019, the council said.", "on May 3, 2019", "2019-05-03"),
        ("The hall at Brisk opened on 3 May 2019 with a concert.", "on 3 May 2019", "2019-05-03"),
        ("The hall at Brisk opened on May 3,2019, the council said.", "on May 3,2019", "2019-05-03"),
        ("The vote in Brisk is on May 3, the council said.", "on May 3", "2026-05-03"),
        ("On 3 May 300 people marched through Brisk, police said.", "On 3 May", "2026-05-03"),
        ("On May 3, 2,000 people marched through Brisk, police said.", "On May 3", "2026-05-03"),
        ("On 3 May 2019 1200 people marched through Brisk.", "On 3 May 2019", "2019-05-03"),
        ("The ship sank on April 15, 1912, the society said.", "on April 15, 1912", "1912-04-15"),
    ],
)
def test_a_day_and_month_with_its_year_or_with_no_year_is_dated_as_before(
    text: str, when: str, date: str
) -> None:
    assert [(t.text, t.date) for t in find_times(text, PUBLISHED)][:1] == [(when, date)]


# --------------------------------------------------------------------------- invisible format marks inside numbers

_MARKS = ["\u200e", "\u200f", "\u061c", "\u034f", "\u202a", "\u202c", "\u2066", "\u2069", "\u00ad", "\u2063"]


@pytest.mark.parametrize("mark", _MARKS)
def test_an_invisible_mark_inside_a_number_never_cuts_it(mark: str) -> None:
    # Before: normalisation removed only the zero-width characters; a direction mark, a bidi isolate, a soft
    # hyphen or a combining grapheme joiner (text pasted from a right-to-left page or a word processor) stayed
    # in the text and cut the number it sat in: "4<LRM>,000 staff" was the figure 4, "$14<RLM> billion" $14.
    text = (
        f"The Brelland depot will hire around 4{mark},000 staff, the firm said on Monday. "
        f"It will spend $14{mark} billion on the site, Ama Tovey said."
    )
    answer = _rules(text)
    assert mark not in answer.text
    values = sorted(f.value for f in answer.figures)
    assert 4000.0 in values and 14e9 in values
    assert 4.0 not in values and 14.0 not in values


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u034f", "\u2066"])
def test_an_invisible_mark_inside_a_date_never_cuts_its_year(mark: str) -> None:
    answer = _rules(f"The Corlan hall opened on 3{mark} May 2019{mark}, the council said.")
    assert [t.date for t in answer.dates] == ["2019-05-03"]


@pytest.mark.parametrize(
    "text",
    [
        "cafe\u200d\u0301 in Orvel",
        "A\ufeff\u030angstrom",
        "na\u0001\u0303o",
        "e\u200e\u0301",
        "\u2066x\u2069\u0301",
    ],
)
def test_normalisation_is_idempotent_when_a_removed_mark_sits_before_an_accent(text: str) -> None:
    # Before: the zero-width and control characters were removed after NFC, so a letter and the accent they
    # separated were left side by side uncomposed; a second pass composed them (the module's promise,
    # normalize(normalize(s)) == normalize(s), broke, and a quote taken from the answer's text no longer
    # matched it once normalised again).
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


@pytest.mark.parametrize(
    "number",
    ["4\uff0c000", "4\u066c000", "4\u2024000", "4\u0303,000", "4\ufe0f,000", "4\ufe0e,000", "4\u20e3,000"],
)
def test_a_separator_english_does_not_write_or_a_mark_on_a_digit_never_leaves_the_numbers_head(
    number: str,
) -> None:
    # Before: "4，000 staff" (a full-width comma), "4٬000" (the Arabic thousands separator), "4̃,000" (a combining
    # mark on the digit) were the figure 4: the digits ended at the character the number pattern does not know.
    answer = _rules(f"The Tarnwick plant will hire around {number} staff, the firm said on Monday.")
    assert 4.0 not in [f.value for f in answer.figures]
