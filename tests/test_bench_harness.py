"""The benchmark harness's own guarantees: bounded load runs and results sections that touch nothing else."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from benchmarks import _harness as h

OTHERS = "# Results\n\n## Offline extractor (issue 3)\n\nTheirs: 166 articles/s.\n\n## Later section\n\nAlso theirs.\n"


def test_record_appends_a_new_section_and_leaves_the_others(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(OTHERS)
    h.record("Mine", "## Mine\n\nfigure 1\n", path)
    text = path.read_text()
    assert text.startswith(OTHERS.rstrip())
    assert text.rstrip().endswith("## Mine\n\nfigure 1")


def test_record_replaces_its_own_section_only(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(OTHERS.replace("## Later section", "## Mine\n\nold figure\n\n## Later section"))
    h.record("Mine", "## Mine\n\nnew figure\n", path)
    text = path.read_text()
    assert "old figure" not in text and "new figure" in text
    assert "Theirs: 166 articles/s." in text and "Also theirs." in text
    assert text.index("## Mine") < text.index("## Later section")


def test_load_run_stops_at_its_deadline_and_counts_only_finished_requests() -> None:
    async def slow(item: int) -> int:
        await asyncio.sleep(0.05 if item < 4 else 60)
        return item

    # The deadline is seconds past the four short items (not one): a loaded machine that stalls
    # the loop for a second would otherwise reach it before they are counted.
    run = asyncio.run(h.run_load(list(range(100)), slow, concurrency=4, max_seconds=5.0))
    assert run.timed_out
    assert sorted(run.results) == [0, 1, 2, 3]
    assert run.planned == 100


def test_load_run_never_sends_more_than_its_items_and_records_errors() -> None:
    sent: list[int] = []

    async def send(item: int) -> int:
        sent.append(item)
        if item % 5 == 0:
            raise ValueError(f"bad {item}")
        return item

    run = asyncio.run(h.run_load(list(range(20)), send, concurrency=8, max_seconds=30))
    assert sorted(sent) == list(range(20))
    assert not run.timed_out
    assert len(run.errors) == 4 and run.done == 16


@pytest.mark.parametrize("n", [1, 7, 40])
def test_distinct_articles_are_distinct_in_their_body(n: int) -> None:
    from schemas import ArticleRequest
    from service import prepare

    articles = h.distinct_articles(n)
    bodies = {prepare(ArticleRequest(text=a)).body_text for a in articles}
    assert len(bodies) == n


def test_the_busiest_window_is_found_wherever_it_starts() -> None:
    from benchmarks.scale_out import busiest_window

    assert busiest_window([], 60) == (0, None)
    # Exactly 60 s apart: two windows, as the budget counts (a spend leaves after 60 s).
    assert busiest_window([0.0, 60.0, 120.0], 60) == (1, 0.0)
    # Calendar minutes would see 2 and 2; the window from 50 s holds all 4.
    assert busiest_window([50.0, 55.0, 61.0, 100.0, 130.0], 60) == (4, 50.0)
    assert busiest_window([65.0, 0.0, 10.0, 59.0, 64.9, 5.0], 60) == (4, 0.0)  # unsorted input
