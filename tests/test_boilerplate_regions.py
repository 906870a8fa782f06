"""The response's `boilerplate` stays proportional to what it says (session 8 review).

A POST of 400,000 one-letter lines (800 KB) came back as a 20.7 MB answer: every
line is a block, every repeated line a "duplicate" block, and `boilerplate` listed
each one as a region of its own. Neighbouring blocks of one kind are now one
region, and a response lists at most ``MAX_BOILERPLATE_REGIONS`` with a warning
giving the count of the rest. Every one of them still keeps its items out.
"""

from __future__ import annotations

import json

import pytest

from schemas import ArticleRequest
from service import create_backend
from service.pipeline.document import MAX_BOILERPLATE_REGIONS
from service.pipeline.run import prepare
from service.settings import Settings
from tests.api_fakes import running

ARTICLE = """Ferry service to Kelby Island returns after storm damage

The ferry between Port Ellis and Kelby Island will run again from Monday after repairs to the pier, the operator said on Thursday, ending a closure of nearly three weeks.
Photo: Harbour Lines
Passengers waited at the terminal on the last day of the closure.
The operator said about 1,200 people a day used the crossing before the storm struck the island.
Comments
Great news for the island, we missed it.
About time, three weeks is too long.
Will the timetable stay the same?
"""


def test_neighbouring_blocks_of_one_kind_are_one_region() -> None:
    doc = prepare(ArticleRequest(text=ARTICLE))
    regions = [(doc.text[r.start : r.end], r.kind) for r in doc.boilerplate]
    # The caption's credit between two paragraphs stays a region of its own; the comments
    # heading and the three comments under it are one region, covering them and the line breaks.
    assert regions == [
        ("Photo: Harbour Lines", "credit"),
        (
            "Comments\nGreat news for the island, we missed it.\nAbout time, three weeks is too long.\n"
            "Will the timetable stay the same?",
            "comments",
        ),
    ]


def test_a_body_block_between_two_of_one_kind_keeps_them_apart() -> None:
    text = "Share this\nThe council approved the plan on Tuesday, the mayor said.\nShare on Facebook\n"
    doc = prepare(ArticleRequest(text=text))
    assert [(r.kind, doc.text[r.start : r.end]) for r in doc.boilerplate] == [
        ("share", "Share this"),
        ("share", "Share on Facebook"),
    ]


def test_regions_past_the_cap_are_counted_in_a_warning() -> None:
    # Two kinds taking turns never join: a share line, then a date line, each distinct.
    lines = ["The council approved the plan on Tuesday after a long debate, the mayor said."] * 1
    pairs = MAX_BOILERPLATE_REGIONS  # 2 * cap regions
    for i in range(pairs):
        lines += [f"Share on site{i}", f"{i % 28 + 1}-{i % 12 + 1}-{1000 + i}"]
    doc = prepare(ArticleRequest(text="\n".join(lines)))
    assert len(doc.boilerplate_runs) == 2 * pairs
    assert len(doc.boilerplate) == MAX_BOILERPLATE_REGIONS
    assert doc.boilerplate[0].kind == "share" and doc.boilerplate[1].kind == "date"
    [warning] = [w for w in doc.warnings if "boilerplate regions" in w]
    assert f"{2 * pairs:,} boilerplate regions" in warning and f"first {MAX_BOILERPLATE_REGIONS:,}" in warning


def test_a_short_article_has_no_cap_warning() -> None:
    assert not [w for w in prepare(ArticleRequest(text=ARTICLE)).warnings if "boilerplate regions" in w]


@pytest.mark.anyio
async def test_one_letter_lines_get_an_answer_the_size_of_the_request(settings: Settings) -> None:
    # The review's shape, 40,000 lines instead of 400,000: the answer was 25 times the request.
    letters = "abcdefghijklmnopqrstuvwxyz"
    request = json.dumps({"text": "\n".join(letters[i % 26] for i in range(40_000))})
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post(
            "/v1/extractions", content=request, headers={"content-type": "application/json"}
        )
    assert r.status_code == 200
    body = r.json()
    # the text comes back (it is what the offsets point into), and little besides
    assert len(r.content) < len(request) + 10_000, (len(r.content), len(request))
    assert len(body["boilerplate"]) <= 2
    last = body["boilerplate"][-1]
    assert last["kind"] == "duplicate" and last["end"] == len(body["text"])
