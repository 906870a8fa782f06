"""Issue 13, defect 1: every publication date the contract accepts is handled, the calendar's ends too.

Resolving a relative date past 9999-12-31 or before 0001-01-01 is "no date",
never a 500 or a traceback; a date inside the calendar is still resolved.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from schemas import Extraction
from service import create_backend
from service.backends.rules.dates import resolve
from service.settings import Settings
from tests.api_fakes import running

ROOT = Path(__file__).resolve().parent.parent
EDGES = ["9999-12-31", "9999-12-30", "0001-01-01", "0001-01-02"]
# Sentences of our own, one relative expression each (several overflow at one end or the other).
SENTENCES = [
    "The minister resigned on 18 February.",
    "The minister will resign next Thursday.",
    "The minister resigned last Monday.",
    "The council will vote next winter.",
    "The council voted last fall.",
    "The plant closed two years ago.",
    "The plant closed three months ago.",
    "The firm was founded a century ago.",
    "The talks resume in March.",
    "Officials met on December 31.",
    "Officials will meet on January 1.",
    "The vote is scheduled for next month.",
    "The council will vote in six months.",
    "The plant will reopen in two weeks.",
    "The mine will reopen in 3 years.",
]


@pytest.mark.anyio
@pytest.mark.parametrize("published", EDGES)
async def test_edge_publication_dates_answer_200(settings: Settings, published: str) -> None:
    async with running(settings, create_backend("rules")) as (_, client):
        for sentence in SENTENCES:
            r = await client.post("/v1/extractions", json={"text": sentence, "published": published})
            assert r.status_code == 200, (sentence, r.text)
            extraction = Extraction.model_validate_json(r.content)
            for event in extraction.events:
                if event.when is not None and event.when.date is not None:
                    dt.date.fromisoformat((event.when.date + "-01-01")[:10])  # a real calendar date


@pytest.mark.parametrize(
    ("kind", "core", "published", "expected"),
    [
        ("wd", "next Thursday", dt.date(9999, 12, 31), None),  # past the end
        ("wd", "last Thursday", dt.date(1, 1, 1), None),  # before the start
        ("rel", "two years ago", dt.date(1, 1, 1), None),
        ("rel", "three months ago", dt.date(1, 1, 1), None),
        ("season", "next winter", dt.date(9999, 12, 30), None),
        ("dmy", "18 February", dt.date(9999, 12, 31), "9999-02-18"),  # inside: still resolved
        ("dmy", "18 February", dt.date(1, 1, 1), "0001-02-18"),
        ("wd", "last Thursday", dt.date(9999, 12, 31), "9999-12-30"),
        ("ahead", "six months", dt.date(9999, 12, 31), None),  # "in six months" past the end
        ("ahead", "two weeks", dt.date(9999, 12, 30), None),
        ("ahead", "3 years", dt.date(9998, 1, 1), None),
        ("ahead", "six months", dt.date(9999, 5, 31), "9999-11"),
    ],
)
def test_resolve_at_the_calendar_ends(kind: str, core: str, published: dt.date, expected: str | None) -> None:
    assert resolve(kind, core, published) == expected


def test_cli_with_an_edge_date_prints_json_not_a_traceback() -> None:
    p = subprocess.run(
        [sys.executable, "-m", "service", "extract", "-", "--published", "9999-12-31"],
        input=b"The minister resigned on 18 February. He will leave next Thursday.\n",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr
    assert b"Traceback" not in p.stderr
    Extraction.model_validate_json(p.stdout)


# Sentences of our own whose time expression carries a year but still counts from the
# publication date for some kinds (a fiscal year, a season, an end of year, a month of a year).
UNDATED = [
    "Revenue rose in fiscal 2019, the company said.",
    "Revenue will fall in the next fiscal year, the company said.",
    "The pier reopened last summer, in 2019, officials said.",
    "The plant will reopen by the end of 2019, officials said.",
    "Prices rose in June last year and again in 2019, the bureau said.",
    "The ferry sailed last Thursday and will sail again next month.",
]


@pytest.mark.anyio
@pytest.mark.parametrize("sentence", UNDATED)
async def test_an_article_with_no_publication_date_gets_no_error(settings: Settings, sentence: str) -> None:
    # An article sent without `published` (the field is optional) is extracted, never a 500:
    # what needs the publication date to be resolved is simply left undated.
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post("/v1/extractions", json={"text": f"Port news\n\n{sentence}"})
    assert r.status_code == 200, r.text[:300]


def test_a_fiscal_year_with_its_year_needs_no_publication_date() -> None:
    assert resolve("fy", "fiscal 2019", None) == "2019"
    assert resolve("fy", "next fiscal year", None) is None
    assert resolve("fy", "next fiscal year", dt.date(2024, 5, 1)) == "2025"
