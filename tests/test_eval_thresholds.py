"""The checked-in thresholds: valid, applied correctly, and met by the rules backend on the seeds."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from evals.metrics import flatten
from evals.runner import DEFAULT_ARTICLES, DEFAULT_GOLD, in_process, load_cases, run_eval
from evals.thresholds import DEFAULT_THRESHOLDS, Limits, ThresholdError, check, failures, load_thresholds


def test_checked_in_thresholds_name_real_metrics() -> None:
    limits = load_thresholds(DEFAULT_THRESHOLDS)
    assert set(limits) >= {"rules", "llm"}
    assert limits["rules"]["min"]["quotes.lenient.f1"] == 0.90
    assert limits["rules"]["max"]["grounding.items_outside_body"] == 0


def test_check_applies_floors_and_ceilings() -> None:
    limits: Limits = {
        "min": {"quotes.lenient.f1": 0.9, "events.lenient.f1": 0.5},
        "max": {"grounding.items_outside_body": 0.0},
    }
    metrics: dict[str, float | None] = {
        "quotes.lenient.f1": 0.9,
        "events.lenient.f1": None,
        "grounding.items_outside_body": 1.0,
    }
    results = {r.metric: r.passed for r in check(metrics, limits)}
    assert results == {
        "quotes.lenient.f1": True,
        "events.lenient.f1": None,
        "grounding.items_outside_body": False,
    }
    assert [r.metric for r in failures(check(metrics, limits))] == ["grounding.items_outside_body"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[rules.min]\n"quotes.f1" = 0.9\n', "'quotes.f1': no such metric"),
        ('[rules.floor]\n"quotes.lenient.f1" = 0.9\n', "only [rules.min] and [rules.max]"),
        ('[rules.min]\n"quotes.lenient.f1" = "high"\n', "must be a number"),
        ("[rules.min\n", "not TOML"),
    ],
)
def test_bad_thresholds_are_refused(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "t.toml"
    path.write_text(toml)
    with pytest.raises(ThresholdError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_thresholds(path)


@pytest.mark.skipif(not any(DEFAULT_GOLD.glob("*.json")), reason="evals/gold has no gold files yet")
def test_rules_backend_meets_its_thresholds_on_the_seeds() -> None:
    extractor, transport = in_process("rules")
    run = asyncio.run(run_eval(load_cases(DEFAULT_ARTICLES, DEFAULT_GOLD), extractor, transport))
    failed = failures(check(flatten(run.overall), load_thresholds()["rules"]))
    assert not failed, "below thresholds: " + ", ".join(
        f"{r.metric}={r.value} ({r.bound} {r.limit})" for r in failed
    )


SETS = Path(__file__).resolve().parent.parent / "evals" / "sets"


@pytest.mark.parametrize("name", ["dev"])
def test_rules_backend_keeps_its_floors_on_the_other_sets(name: str) -> None:
    extractor, transport = in_process("rules")
    cases = load_cases(SETS / name / "articles", SETS / name / "gold")
    run = asyncio.run(run_eval(cases, extractor, transport))
    failed = failures(check(flatten(run.overall), load_thresholds()[f"rules_{name}"]))
    assert not failed, f"{name}: below floors: " + ", ".join(
        f"{r.metric}={r.value} ({r.bound} {r.limit})" for r in failed
    )
