"""Event type agreement between two annotators (``python -m evals.agreement``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from evals.agreement import (
    SECOND_ANNOTATION,
    SETS,
    Pair,
    classify,
    compare_all,
    compare_set,
    evidence_key,
    is_trigger_noun,
    kappa,
    load_second,
    render,
)
from evals.gold import load_gold
from evals.match import label_key

ROOT = Path(__file__).resolve().parent.parent


def _event(type_: str, trigger: str, evidence: Any, status: str = "occurred") -> dict[str, Any]:
    return {
        "summary": "A thing happened.",
        "type": type_,
        "trigger": trigger,
        "status": status,
        "evidence": evidence,
    }


def _gold(folder: Path, stem: str, events: list[dict[str, Any]]) -> None:
    doc = {"article": stem, "published": "2026-01-05", "events": events}
    (folder / f"{stem}.json").write_text(json.dumps(doc), encoding="utf-8")


@pytest.fixture
def tiny_set(tmp_path: Path) -> Path:
    # Invented sentences: a ferry company cancels crossings, its shares fall, a spokesman says nothing.
    _gold(
        tmp_path,
        "ferry",
        [
            _event("cancellation", "cancelled", ["The Orvane ferry cancelled all crossings"]),
            _event("decline", "slid", ["Orvane shares slid 4%"]),
            _event("comment", "declined to comment", ["A spokesman declined to comment"], "negated"),
            _event("job cuts", "cut", [{"text": "cut 40 jobs", "occurrence": 2}]),
        ],
    )
    return tmp_path


def test_agreement_is_counted_from_the_two_files(tiny_set: Path) -> None:
    second = {
        "ferry": {
            "The Orvane ferry cancelled all crossings": "cancellations",  # same stem: agrees
            "Orvane shares slid 4%": "fall",
            "A spokesman declined to comment": "refusal",
            "cut 40 jobs [occurrence 2]": "cut",
        }
    }
    result = compare_set("tiny", tiny_set, second)
    assert [p.agree for p in result.pairs] == [True, False, False, False]
    assert result.agreement == pytest.approx(0.25)
    assert [p.kind for p in result.pairs] == [None, "change", "refusal", "modifier"]

    # Change one label in the second annotation: the figure follows the data.
    agreeing = {"ferry": {**second["ferry"], "Orvane shares slid 4%": "declines"}}
    assert compare_set("tiny", tiny_set, agreeing).agreement == pytest.approx(0.5)


def test_missing_and_stale_labels_are_reported_not_counted(tiny_set: Path) -> None:
    second = {"ferry": {"The Orvane ferry cancelled all crossings": "cancellation", "gone event": "x"}}
    result = compare_set("tiny", tiny_set, second)
    assert len(result.pairs) == 1 and result.agreement == 1.0
    assert len(result.unlabelled) == 3
    assert result.stale == ["ferry: gone event"]
    assert "1 stale second labels" in render([result])


def _pair(gold: str, second: str, trigger: str, evidence: str, status: str = "occurred") -> Pair:
    return Pair("s", "a", evidence, gold, second, trigger, status, (evidence,))


@pytest.mark.parametrize(
    ("gold", "second", "trigger", "evidence", "kind"),
    [
        ("court appearance", "appearance", "appeared", "he appeared in court", "modifier"),
        ("wildfire", "fire", "fire", "the fire spread", "modifier"),
        ("increase", "rise", "climbed", "sales climbed 5%", "change"),
        ("match", "victory", "beat", "Rovers beat United 2-0", "contest"),
        ("statement", "welcome", "welcomed", "the minister welcomed the plan", "speech"),
        ("order", "restitution", "ordered", "ordered her to pay restitution", "verb-vs-argument"),
        ("delay", "wait", "waited", "patients waited 12 hours", "verb-vs-synonym"),
        ("transfer", "purchase", "paid", "the club paid £4m for him", "paraphrase"),
    ],
)
def test_disagreements_are_sorted_into_kinds(
    gold: str, second: str, trigger: str, evidence: str, kind: str
) -> None:
    assert classify(_pair(gold, second, trigger, evidence)) == kind


def test_a_refusal_is_its_own_kind_only_when_negated() -> None:
    said = "the mayor declined to comment"
    assert classify(_pair("comment", "refusal", "declined to comment", said, "negated")) == "refusal"
    assert classify(_pair("comment", "refusal", "declined to comment", said)) != "refusal"


@pytest.mark.parametrize(
    ("label", "trigger", "own"),
    [
        ("announcement", "announced", True),
        ("decision", "decided", True),
        ("closure", "was closed", True),
        ("death", "died", True),
        ("fall", "fell", True),
        ("rescue", "pulled", False),
        ("request", "asked", False),
        ("meeting", "convene", False),
    ],
)
def test_trigger_noun(label: str, trigger: str, own: bool) -> None:
    assert is_trigger_noun(label, trigger) is own


def test_the_checked_in_annotation_covers_the_development_sets() -> None:
    results = compare_all()
    assert [r.name for r in results] == ["seeds", "dev", "dev2", "dev3", "dev4", "dev5", "dev6"]
    events = sum(len(r.pairs) + len(r.unlabelled) for r in results)
    labelled = sum(len(r.pairs) for r in results)
    # A gold fix that rewrites an event's first evidence string unlabels that event (the report
    # lists it); most of the annotation must still pair, or the figure no longer means anything.
    assert labelled >= 0.95 * events
    assert sum(len(r.stale) for r in results) <= 0.05 * labelled


def test_the_reported_figures_are_recomputed_from_the_files() -> None:
    # Independently of evals.agreement's pairing: read both files and compare with label_key.
    second = load_second()
    agree = total = 0
    for name, folder in SETS.items():
        for path in sorted(folder.glob("*.json")):
            labels = second[name].get(path.stem, {})
            for event in load_gold(path).events:
                key = evidence_key(event.evidence[0])
                if key in labels:
                    total += 1
                    agree += label_key(labels[key]) == label_key(event.type)
    pairs = [p for r in compare_all() for p in r.pairs]
    assert len(pairs) == total and sum(p.agree for p in pairs) == agree
    assert f"**{agree / total:.3f}**" in render(compare_all())
    assert -1.0 <= kappa(pairs) <= agree / total


def test_the_reserved_sets_are_not_read() -> None:
    names = {p.parent.name for p in SETS.values()}
    assert not names & {"heldout", "heldout2", "dev7"}
    assert set(json.loads(SECOND_ANNOTATION.read_text(encoding="utf-8"))["sets"]) == set(SETS)


def test_the_module_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "evals.agreement", "--details"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "| **all** |" in done.stdout
    assert "| set | article | gold | second | trigger | kind |" in done.stdout


@pytest.mark.parametrize(
    ("content", "says"), [(None, "cannot read"), ("{", "not JSON"), ('{"x": 1}', "not a second")]
)
def test_a_bad_annotation_file_is_a_clear_error(tmp_path: Path, content: str | None, says: str) -> None:
    path = tmp_path / "types-b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "evals.agreement", "--annotation", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert says in done.stderr and "Traceback" not in done.stderr


def test_an_unknown_argument_is_refused() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "evals.agreement", "--bogus"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 2 and "unrecognized arguments" in done.stderr
