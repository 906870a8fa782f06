"""Session 30's hostile review: what it found, pinned (docs/hostile-review.md, "Session 30")."""

from __future__ import annotations

import asyncio
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.serving.bulk import iter_items

ROOT = Path(__file__).resolve().parent.parent


def _jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_json_lines_id_given_twice_is_refused_not_extracted_under_anothers_name(tmp_path: Path) -> None:
    first = _jsonl(
        tmp_path / "one.jsonl",
        [
            {"id": "story-1", "text": "The mayor of Quellbrook said on Monday that 12 buses would run."},
            {"id": "story-1", "text": "A ferry operator in Dunmarrow said it would add 3 boats."},
            {"id": 7, "text": "The council of Ashwick said it would hire 30 teachers."},
        ],
    )
    second = _jsonl(
        tmp_path / "two.jsonl", [{"id": "7", "text": "Farmers near Eldmoor said rain came late."}]
    )
    items = list(iter_items([str(first), str(second)]))
    assert [i.source for i in items] == ["story-1", f"{first}:2", "7", f"{second}:1"]
    assert items[0].problem is None and items[2].problem is None
    assert items[1].problem == f"id 'story-1' was already given at {first}:1"
    assert items[3].problem == f"id '7' was already given at {first}:3"


def test_a_json_lines_id_that_is_not_a_string_or_an_integer_is_refused(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "ids.jsonl",
        [
            {"id": {"a": 1}, "text": "The mayor said on Monday that 12 buses would run."},
            {"id": ["x"], "text": "The mayor said on Monday that 12 buses would run."},
            {"id": True, "text": "The mayor said on Monday that 12 buses would run."},
            {"id": 1.5, "text": "The mayor said on Monday that 12 buses would run."},
        ],
    )
    items = list(iter_items([str(path)]))
    assert [i.source for i in items] == [f"{path}:{n}" for n in range(1, 5)]
    assert all(i.problem == "a record's id must be a string or an integer" for i in items)


def test_a_resumed_run_never_skips_a_record_whose_id_another_record_had(tmp_path: Path) -> None:
    # Before: both records ran as source "dup"; a run interrupted after the first left an ok line for
    # "dup", and the rerun skipped the second as done: an article never extracted, and exit 0.
    articles = _jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "dup", "text": "The mayor of Quellbrook said on Monday that 12 buses would run."},
            {"id": "dup", "text": "A ferry operator in Dunmarrow said it would add 3 boats."},
        ],
    )
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the first run, then the resume
        proc = subprocess.run(
            [sys.executable, "-m", "service", "extract", str(articles), "-o", str(out), "-j", "1"],
            cwd=ROOT,
            capture_output=True,
            timeout=300,
            env=dict(os.environ),
        )
        assert proc.returncode == 1, proc.stderr.decode()
        assert "already given at" in proc.stderr.decode()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["source"], r["ok"]) for r in records] == [
        ("dup", True),
        (f"{articles}:2", False),
        (f"{articles}:2", False),
    ]


def _rules(text: str) -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, language="en"), create_backend("rules")))


@pytest.mark.parametrize("digits", [400, 5000])
@pytest.mark.parametrize(
    "frame",
    [
        "The outage at Brindlemoor lasted four hours and {N} minutes, the operator said on Tuesday.",
        "The outage at Brindlemoor lasted {N} hours and 5 minutes, the operator said on Tuesday.",
        "A court in Tessaly sentenced him to {N} years and {N} months, prosecutors said.",
        "Fares in Orrwick rose by {N} cents, the transit agency said.",
    ],
)
def test_a_count_of_hundreds_of_digits_is_no_figure_and_loses_nothing_else(frame: str, digits: int) -> None:
    # Before: float() of the count raised OverflowError (int() of 4,300+ digits ValueError) inside the
    # figures rule: the sentence's other items were lost and the answer carried a rule-failure warning.
    answer = _rules(frame.replace("{N}", "9" * digits))
    assert answer.usage.failed_chunks == 0 and not answer.warnings
    assert all(math.isfinite(f.value) for f in answer.figures)
    if digits == 400:
        assert answer.attributions or answer.events  # the sentence is still read


def test_a_compound_duration_of_ordinary_counts_is_still_one_figure() -> None:
    answer = _rules(
        "The outage at Brindlemoor lasted four hours and 30 minutes, the operator said on Tuesday."
    )
    assert [(f.value, f.unit) for f in answer.figures] == [(270.0, "minutes")]
