"""Schema 1.1 (ranges, rates, physical units): the models, the API, the CLI, the eval harness, corroboration."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from evals.gold import GoldFigure, GoldItem
from evals.match import AliasTable, compare_fields, key_correct
from schemas import SCHEMA_VERSION, Extraction, Figure, FigureDraft, Span
from service import create_backend
from service.corroborate.story import corroborate
from service.settings import Settings
from tests.api_fakes import running
from tests.test_corroborate import extraction

ROOT = Path(__file__).resolve().parent.parent
# Sentences of our own: a range with the scale written once, a rate, a glued physical unit.
ARTICLE = (
    "Harbourline Energy expects revenue of $89 to $93 billion next year. "
    "Tenants in the Quayside blocks pay $3,500 a month, the council said. "
    "The new turbine delivers 5kW at full load."
)


def _by_text(ex: Extraction) -> dict[str, Figure]:
    return {f.text: f for f in ex.figures}


def test_schema_version_and_the_new_fields_in_the_published_schemas() -> None:
    # 1.1's fields stay in every later minor version (1.2 added `provenance`).
    assert SCHEMA_VERSION.split(".")[0] == "1" and int(SCHEMA_VERSION.split(".")[1]) >= 1
    schema = json.loads((ROOT / "schemas" / "extraction.schema.json").read_text())
    props = schema["$defs"]["Figure"]["properties"]
    assert {"value_max", "per"} <= set(props)
    assert "language" in schema["$defs"]["Metadata"]["properties"]
    draft = json.loads((ROOT / "schemas" / "extraction_draft.schema.json").read_text())
    assert {"value_max", "per"} <= set(draft["$defs"]["FigureDraft"]["properties"])


def test_a_range_upside_down_is_refused_and_1_0_documents_still_load() -> None:
    with pytest.raises(ValidationError, match="value_max"):
        FigureDraft(text="40 to 30", value=40, value_max=30, kind="count", evidence=["40 to 30"])
    # A 1.0 figure (no value_max, no per) is a valid 1.1 figure with both null.
    old = Figure.model_validate(
        {
            "id": "fg1",
            "text": "4,000",
            "value": 4000,
            "kind": "count",
            "evidence": [{"start": 0, "end": 5, "text": "4,000"}],
        }
    )
    assert (old.value_max, old.per) == (None, None)


pytestmark_api = pytest.mark.anyio


@pytest.mark.anyio
async def test_api_returns_ranges_rates_and_physical_units(settings: Settings) -> None:
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post("/v1/extractions", json={"text": ARTICLE, "published": "2024-03-01"})
    assert r.status_code == 200
    body = r.json()
    assert body["schema_version"] == SCHEMA_VERSION
    figures = _by_text(Extraction.model_validate(body))
    rng = figures["$89 to $93 billion"]
    assert (rng.value, rng.value_max, rng.unit, rng.qualifier) == (89e9, 93e9, "USD", "range")
    rate = figures["$3,500 a month"]
    assert (rate.value, rate.unit, rate.per, rate.value_max) == (3500, "USD", "month", None)
    power = next(f for f in figures.values() if f.value == 5)
    assert (power.unit, power.kind, power.per) == ("kW", "other", None)


def test_cli_json_and_table_show_value_max_and_per(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    out = subprocess.run(
        [sys.executable, "-m", "service", "extract", str(path)], capture_output=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr
    figures = _by_text(Extraction.model_validate_json(out.stdout))
    assert figures["$89 to $93 billion"].value_max == 93e9
    assert figures["$3,500 a month"].per == "month"
    table = subprocess.run(
        [sys.executable, "-m", "service", "extract", str(path), "--format", "table"],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        env={"COLUMNS": "250", "PATH": "/usr/bin:/bin"},
    )
    assert table.returncode == 0, table.stderr
    text = table.stdout.decode()
    assert "8.9e+10 to 9.3e+10" in text
    assert "USD per month" in text


# --------------------------------------------------------------------------- the eval harness

TEXT = "revenue of $89 to $93 billion"


def _pred(value: float, value_max: float | None, per: str | None = None) -> Figure:
    return Figure(
        id="fg1",
        text="x",
        value=value,
        value_max=value_max,
        unit="USD",
        per=per,
        kind="money",
        qualifier="range" if value_max else "exact",
        evidence=[Span(start=11, end=29, text=TEXT[11:29])],
    )


def _gold(
    value: float, value_max: float | None, qualifier: str = "range", per: str | None = None
) -> GoldFigure:
    return GoldFigure.model_validate(
        {
            "text": "x",
            "value": value,
            "value_max": value_max,
            "unit": "USD",
            "per": per,
            "kind": "money",
            "qualifier": qualifier,
            "evidence": ["x"],
        }
    )


def _strict(pred: Figure, gold: GoldFigure) -> tuple[bool, dict[str, bool]]:
    fields = compare_fields("figures", pred, gold, AliasTable.from_gold([]))
    return key_correct("figures", fields, gold), {f.name: f.correct for f in fields}


def test_a_range_matches_a_range_and_not_its_lower_end() -> None:
    assert _strict(_pred(89e9, 93e9), _gold(89e9, 93e9)) == (
        True,
        {"value": True, "value_max": True, "unit": True, "kind": True, "qualifier": True},
    )
    ok, fields = _strict(_pred(89e9, None), _gold(89e9, 93e9))
    assert not ok and fields["value_max"] is False
    ok, fields = _strict(_pred(89e9, 92e9), _gold(89e9, 93e9))
    assert not ok and fields["value_max"] is False
    # A range where gold states a single number is wrong too.
    ok, _ = _strict(_pred(89e9, 93e9), _gold(89e9, None, qualifier="exact"))
    assert not ok
    # A 1.0 gold range gives its lower end only: scored on that.
    ok, fields = _strict(_pred(89e9, 93e9), _gold(89e9, None))
    assert ok and "value_max" not in fields


def test_per_is_a_field_with_its_own_accuracy() -> None:
    ok, fields = _strict(_pred(3500, None, per="month"), _gold(3500, None, "exact", per="month"))
    assert ok and fields["per"] is True
    ok, fields = _strict(_pred(3500, None, per="year"), _gold(3500, None, "exact", per="month"))
    assert ok and fields["per"] is False  # not a key field: the pair still counts strictly
    _, fields = _strict(_pred(3500, None), _gold(3500, None, "exact", per="month"))
    assert fields["per"] is False
    _, fields = _strict(_pred(3500, None), _gold(3500, None, "exact"))
    assert "per" not in fields


def test_gold_item_with_value_max_loads() -> None:
    item = GoldItem(0, _gold(1, 2), (Span(start=0, end=1, text="r"),))
    assert item.item.value_max == 2


# --------------------------------------------------------------------------- corroboration


def test_corroboration_keeps_a_range_apart_from_its_lower_end_and_groups_rates() -> None:
    a_text = "Harbourline expects revenue of $89 to $93 billion."
    b_text = "Harbourline expects revenue of $89 billion."
    c_text = "Harbourline expects revenue of $89 to $93 billion, analysts said."
    measure = "revenue of Harbourline"
    rng = {"text": "$89 to $93 billion", "value": 89e9, "value_max": 93e9, "unit": "USD", "kind": "money"}
    story = corroborate(
        [
            extraction("a", a_text, figures=[{**rng, "measure": measure, "qualifier": "range"}]),
            extraction(
                "b",
                b_text,
                figures=[
                    {"text": "$89 billion", "value": 89e9, "unit": "USD", "kind": "money", "measure": measure}
                ],
            ),
            extraction("c", c_text, figures=[{**rng, "measure": measure, "qualifier": "range"}]),
        ]
    )
    assert sorted(g.articles for g in story.figures) == [[0, 2], [1]]
