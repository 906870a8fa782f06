"""Speech attributions of the cue tail (issue 14, session 5): kinds the rules missed or got wrong on
PolNeAR's train split, one test per kind, on sentences written here (never the corpus's), each with
hard negatives beside it."""

from __future__ import annotations

import asyncio

import pytest

from schemas import ArticleRequest, Attribution, Extraction
from service import create_backend, extract


def run(body: str) -> Extraction:
    text = "Harbour council vote\n\n" + body  # a headline first, as in real articles
    return asyncio.run(extract(ArticleRequest(text=text, published="2022-03-10"), create_backend("rules")))


def one(body: str) -> Attribution:
    (a,) = run(body).attributions
    return a


# --------------------------------------------------------------------------- false fires


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # A channel is skipped only as "on Twitter" after its subject, never when it is the subject.
        ("In a filing on Monday, Twitter said it would appeal the ruling.", "Twitter"),
        ("Last week, Twitter said it had removed thousands of fake accounts.", "Twitter"),
        ("Okafor on Twitter said the port would stay open.", "Okafor"),
        ("The mayor in a statement said the port would stay open.", "The mayor"),
        ("Okafor on national television said the port would stay open.", "Okafor"),
    ],
)
def test_a_channel_word_is_skipped_only_as_a_venue(body: str, source: str) -> None:
    a = one(body)
    assert a.source == source, a


@pytest.mark.parametrize(
    "body",
    [
        "The mayor's approval rating fell three points to 41% in the spring.",
        "Harbour traffic grew 1.4 percentage points to 27.9% over the year.",
        "Okafor's lead widened by a point to 6% after the debate.",
        "Turnout rose twenty-five points to 70% in the east ward.",
    ],
)
def test_points_of_a_figure_are_no_cue(body: str) -> None:
    assert run(body).attributions == []


def test_pointing_to_evidence_still_reports() -> None:
    a = one("Okafor points to the new ferry timetable as evidence of progress.")
    assert a.source == "Okafor" and a.cue == "points to"
