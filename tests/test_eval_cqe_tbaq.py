"""The CQE and TBAQ adapters on small corpora written here (our own sentences), and on the real snapshots if given.

Real snapshots: set NEWSFACTS_CQE (a CQE_Evaluation checkout or git dir) and
NEWSFACTS_TBAQ (a StructTempRel-EMNLP17 checkout or git dir); those tests skip otherwise.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from evals.corpora import CorpusError, check_split, load
from evals.corpora.cqe import Quantity, cqe_quantity, names_label, parse_value, score_sentence
from evals.corpora.timebank import parse_timeml
from schemas import Figure, Span

# --------------------------------------------------------------------------- CQE


def _cqe_snapshot(root: Path) -> Path:
    sets = root / "data" / "formatted_test_set"
    sets.mkdir(parents=True)
    rows = [
        {
            "text": "The ferry company paid $4.5 million for the new pier.",
            "quantities": [{"value": "4500000", "normalized_unit": "dollar"}],
        },
        {
            "text": "The trail climbs 300 metres over 12 km.",
            "quantities": [
                {"value": "300", "normalized_unit": "metre"},
                {"value": "12", "normalized_unit": "kilometre"},
            ],
        },
        {
            "text": "Tickets cost between $20 and $30.",
            "quantities": [{"value": "20-30", "normalized_unit": "dollar"}],
        },
    ]
    (sets / "currency-model.json").write_text(json.dumps(rows))
    (sets / "NewsQuant.json").write_text("this file must never be opened")
    units = root / "data" / "units" / "train"
    units.mkdir(parents=True)
    (units / "sentences_train.json").write_text(
        json.dumps(
            [
                {"text": "The kettle holds 2 litres.", "unit": "litre"},
                {"text": "No number here.", "unit": "bit"},
            ]
        )
    )
    return root


def test_cqe_reserved_splits_are_refused() -> None:
    corpus = load("cqe")
    for split in ("NewsQuant", "units-test"):
        with pytest.raises(CorpusError, match="reserved"):
            check_split(corpus, split)
        with pytest.raises(CorpusError, match="reserved"):
            corpus.run(Path("/nonexistent"), split, backend="rules")


def test_cqe_scores_a_synthetic_set(tmp_path: Path) -> None:
    report = load("cqe").run(_cqe_snapshot(tmp_path), "currency", backend="rules")
    m = report.metrics
    assert (m["gold"], report.documents) == (4, 3)
    assert m["value_f1"] == 1.0, report.details
    assert m["value_unit_f1"] == 1.0, report.details


def test_cqe_units_train_reports_unit_accuracy(tmp_path: Path) -> None:
    report = load("cqe").run(_cqe_snapshot(tmp_path), "units-train", backend="rules")
    assert report.metrics["sentences"] == 2
    assert report.metrics["with_figure"] == 1
    assert report.metrics["unit_accuracy"] == 1.0


def test_cqe_units_train_label_is_named_by_a_unit_or_either_side_of_a_rate() -> None:
    assert names_label("south african rand", "south african rand")
    assert names_label("south african rand per night", "south african rand")
    assert names_label("penny per pound-mass", "pound-mass")
    # a different unit, or a word that only contains the label, is no match
    assert not names_label("decibel", "bel")
    assert not names_label("kilowatt hour", "hour")
    assert not names_label("dollar per share", "penny")


def test_cqe_reads_a_bare_git_directory(tmp_path: Path) -> None:
    work = _cqe_snapshot(tmp_path / "work")
    git = ["git", "-c", "user.email=t@example.invalid", "-c", "user.name=t"]
    subprocess.run([*git, "init", "-q", str(work)], check=True)
    subprocess.run([*git, "-C", str(work), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(work), "commit", "-qm", "x"], check=True)
    report = load("cqe").run(work / ".git", "currency", backend="rules")
    assert report.metrics["value_f1"] == 1.0


def test_cqe_not_a_snapshot(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not a CQE_Evaluation snapshot"):
        load("cqe").run(tmp_path, "currency", backend="rules")


def _figure(text: str, value: float, unit: str | None, **kw: object) -> Figure:
    return Figure.model_validate(
        {
            "id": "fg1",
            "text": text,
            "value": value,
            "unit": unit,
            "kind": "count",
            "evidence": [Span(start=0, end=1, text="x")],
            **kw,
        }
    )


def test_cqe_unit_names_ranges_rates_and_subunits() -> None:
    assert cqe_quantity(_figure("$3", 3, "USD", kind="money")) == Quantity(3.0, "dollar")
    # CQE's names of the krona and the zloty (its unit table), not "sek" and "pln"
    assert cqe_quantity(_figure("300 kronor", 300, "SEK", kind="money")) == Quantity(300.0, "swedish krone")
    assert cqe_quantity(_figure("40 zloty", 40, "PLN", kind="money")) == Quantity(40.0, "polish złoty")
    assert cqe_quantity(_figure("62 cents", 0.62, "USD", kind="money")) == Quantity(62.0, "cent")
    assert cqe_quantity(_figure("140 km/h", 140, "km", per="hour")) == Quantity(140.0, "kilometre per hour")
    assert cqe_quantity(_figure("8-10 ft", 8, "ft", value_max=10)) == Quantity((8.0, 10.0), "foot")
    assert cqe_quantity(_figure("12 computers", 12, "computers")) == Quantity(12.0, "computer")
    # a sibilant's plural loses its "es", not one "s": "losses" is "loss", never "losse"
    assert cqe_quantity(_figure("3 losses", 3, "losses")) == Quantity(3.0, "loss")
    assert cqe_quantity(_figure("4 boxes", 4, "boxes")) == Quantity(4.0, "box")
    assert cqe_quantity(_figure("2 inches", 2, "inches")).unit != "inche"
    assert cqe_quantity(_figure("3 pc", 3, "pc", kind="other")) == Quantity(3.0, "parsec")
    assert cqe_quantity(_figure("47 µF", 47, "µF", kind="other")) == Quantity(47.0, "microfarad")
    age = _figure("5 years old", 5, "years", kind="duration", measure="age")
    assert cqe_quantity(age) == Quantity(5.0, "year of age")
    # Only an age is "of age": a duration, or a count whose measure names age, is not.
    assert cqe_quantity(_figure("5 years", 5, "years", kind="duration", measure="duration")) == Quantity(
        5.0, "year"
    )
    assert cqe_quantity(_figure("5 voters", 5, "voters", measure="age group")).unit == "voter"
    assert parse_value("8-10") == (8.0, 10.0)
    assert parse_value("-5") == -5.0


def test_cqe_pairs_one_to_one_value_then_unit() -> None:
    gold = [Quantity(5.0, "dollar"), Quantity(5.0, "euro")]
    counts, _ = score_sentence([Quantity(5.0, "dollar")], gold)
    assert (counts.value, counts.value_unit, counts.pred, counts.gold) == (1, 1, 1, 2)
    counts, _ = score_sentence([Quantity((5.0, 6.0), "dollar")], [Quantity(5.0, "dollar")])
    assert counts.value == 0  # a range equals only a range


# --------------------------------------------------------------------------- TBAQ

TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>toy1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2011-03-04" temporalFunction="false" functionInDocument="CREATION_TIME">20110304</TIMEX3></DCT>
<TEXT>
The harbour board <EVENT eid="e1" class="OCCURRENCE">approved</EVENT> the new pier on <TIMEX3 tid="t1" type="DATE" value="2011-03-03">Thursday</TIMEX3>.

Work   will <EVENT eid="e2" class="OCCURRENCE">start</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2011-06">June</TIMEX3> and last <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3>.
The board met <TIMEX3 tid="t4" type="DATE" value="PAST_REF">recently</TIMEX3>.
</TEXT>
</TimeML>
"""


def _tbaq_snapshot(root: Path) -> Path:
    for folder in ("TimeBank", "AQUAINT"):
        d = root / "data" / "TempEval3" / "Training" / "TBAQ-cleaned" / folder
        d.mkdir(parents=True)
        (d / f"{folder}_toy.tml").write_text(TIMEML)
    platinum = root / "data" / "TempEval3" / "Evaluation"
    platinum.mkdir(parents=True)
    (platinum / "never.tml").write_text("must never be opened")
    return root


def test_timeml_parse_keeps_offsets_in_the_normalised_text() -> None:
    doc = parse_timeml("toy1", TIMEML)
    assert doc.published == "2011-03-04"
    assert [(t.text, t.value, t.calendar) for t in doc.timexes] == [
        ("Thursday", "2011-03-03", True),
        ("June", "2011-06", True),
        ("two years", "P2Y", False),
        ("recently", "PAST_REF", False),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert "Work will start" in doc.text  # runs of spaces folded as the service does


def test_tbaq_reserved_platinum_is_refused() -> None:
    with pytest.raises(CorpusError, match="reserved"):
        load("tbaq").run(Path("/nonexistent"), "platinum", backend="rules")


def test_tbaq_scores_a_synthetic_document(tmp_path: Path) -> None:
    report = load("tbaq").run(_tbaq_snapshot(tmp_path), "timebank", backend="rules")
    m = report.metrics
    assert report.documents == 1
    assert m["date_timexes"] == 2
    assert m["span_recall"] == 1.0, report.details
    assert m["value_accuracy"] == 1.0, report.details


# --------------------------------------------------------------------------- the real snapshots


CQE_DATA = os.environ.get("NEWSFACTS_CQE")
TBAQ_DATA = os.environ.get("NEWSFACTS_TBAQ")


@pytest.mark.skipif(not CQE_DATA, reason="NEWSFACTS_CQE is not set (a CQE_Evaluation checkout or git dir)")
@pytest.mark.parametrize("split", ["currency", "dimension", "age", "temperature"])
def test_cqe_real_sets_score(split: str) -> None:
    assert CQE_DATA
    report = load("cqe").run(Path(CQE_DATA), split, backend="rules")
    assert report.metrics["gold"] and report.metrics["value_f1"] is not None


@pytest.mark.skipif(
    not TBAQ_DATA, reason="NEWSFACTS_TBAQ is not set (a StructTempRel-EMNLP17 checkout or git dir)"
)
def test_tbaq_real_documents_parse_and_score() -> None:
    assert TBAQ_DATA
    report = load("tbaq").run(Path(TBAQ_DATA), "timebank", backend="rules", limit=5)
    assert report.documents == 5
    assert report.metrics["date_timexes"]
