"""``newsfacts corroborate``: the story of several files, as JSON or a table."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from schemas.story import Story

ROOT = Path(__file__).resolve().parent.parent
SEED_A = "seeds/000_9e83181834ba2713.txt"
SEED_B = "seeds/004_73a399db94da0eca.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service", "corroborate", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def test_json_is_a_story_with_outlets_in_file_order() -> None:
    p = run(SEED_A, SEED_B, "--outlet", "Marchionni's outlet", "--outlet", "Libertarian Institute")
    assert p.returncode == 0, p.stderr
    story = Story.model_validate_json(p.stdout)
    assert [a.outlet for a in story.articles] == ["Marchionni's outlet", "Libertarian Institute"]
    shared = [g for g in story.quotes if g.articles == [0, 1]]
    assert shared and shared[0].independent_outlets == 2


def test_table_lists_groups_by_type() -> None:
    p = run(SEED_A, SEED_B, "--format", "table")
    assert p.returncode == 0, p.stderr
    assert "Quotes" in p.stdout and "Figures" in p.stdout
    assert Path(SEED_B).name in p.stdout


def test_outlet_count_must_match_files() -> None:
    p = run(SEED_A, SEED_B, "--outlet", "Only one")
    assert p.returncode == 2
    assert "once per file" in p.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    p = run(SEED_A, str(tmp_path / "nope.txt"))
    assert p.returncode == 2
    assert "no such file" in p.stderr
    assert "Traceback" not in p.stderr


def test_min_outlets_keeps_only_groups_backed_that_widely() -> None:
    everything = Story.model_validate_json(run(SEED_A, SEED_B).stdout)
    p = run(SEED_A, SEED_B, "--min-outlets", "2")
    assert p.returncode == 0, p.stderr
    shared = Story.model_validate_json(p.stdout)
    kinds = ("quotes", "figures", "events", "attributions")
    assert all(g.independent_outlets >= 2 for k in kinds for g in getattr(shared, k))
    assert sum(len(getattr(shared, k)) for k in kinds) < sum(len(getattr(everything, k)) for k in kinds)
    assert shared.quotes, "the mission quote is in both"
