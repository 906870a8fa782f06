"""Field comparisons and the optimal pairing."""

from __future__ import annotations

import pytest

from evals.gold import GoldEntity, GoldFigure, GoldItem
from evals.match import (
    AliasTable,
    canonical_unit,
    compare_fields,
    cue_key,
    field_agreement,
    label_key,
    name_key,
    normalize_number,
    pair_items,
    same_date,
    same_phrase,
    same_unit,
    same_value,
)
from schemas import Event, Figure, Span


def test_name_key_ignores_case_punctuation_articles_and_possessives() -> None:
    assert name_key("the U.S.") == name_key("US") == "us"
    assert name_key("NATO’s") == name_key("nato")
    assert name_key("Al—Kadhimi") == name_key("al kadhimi")
    assert name_key("a Pentagon official") == name_key("Pentagon official")


def test_alias_table() -> None:
    table = AliasTable.from_gold(
        [
            GoldEntity(
                name="Jens Stoltenberg",
                type="person",
                aliases=["Stoltenberg", "the NATO chief"],
                titles=["NATO Secretary-General"],
            ),
            GoldEntity(name="Islamic State", type="group", aliases=["IS"]),
            GoldEntity(name="Iceland", type="location", aliases=["IS"]),
        ]
    )
    assert table.same("The NATO chief", "Jens Stoltenberg")
    assert table.same("Stoltenberg", "stoltenberg")
    assert table.same("NATO Secretary-General Jens Stoltenberg", "Jens Stoltenberg")
    assert table.same("Secretary-General Stoltenberg", "Jens Stoltenberg")
    assert not table.same("Minister Stoltenberg", "Jens Stoltenberg")  # not one of his titles
    assert not table.same("Jens", "Jens Stoltenberg")
    assert table.resolve("IS") == {"Islamic State", "Iceland"}
    assert table.same("IS", "Iceland")
    assert table.same(None, None) and not table.same(None, "Stoltenberg")
    # Names outside the table still match when equal after normalisation.
    assert table.same("a Pentagon official", "Pentagon official")


@pytest.mark.parametrize(
    ("text", "value"),
    [("4,000", 4000), ("around 4,000", 4000), ("$2.5 billion", 2.5e9), ("1.2m", 1.2e6), ("0.5", 0.5), (7, 7)],
)
def test_normalize_number(text: str | int, value: float) -> None:
    assert normalize_number(text) == normalize_number(value)


def test_values_compare_exactly_after_normalisation() -> None:
    assert same_value(0.1 + 0.2, 0.3)
    assert same_value(2.5e9, "2,500,000,000")
    assert not same_value(4000, 4001)
    assert not same_value(0.5, 50)
    # a gold's hundredths are its rounding of a number with no end
    assert same_value(100 / 3, 33.33)
    assert same_value(200 / 3, 66.67)
    assert same_value(100 / 7, 14.29)
    assert not same_value(33.4, 33.33)
    assert not same_value(2.54, 2.5)
    # the rounding is the gold's to make: a prediction written 33.33 against a full-float gold is not it
    assert not same_value(33.33, 100 / 3)
    assert not same_value(3.2, 3)
    with pytest.raises(ValueError):
        normalize_number("eightfold")


def test_units_through_the_synonym_table() -> None:
    for a, b in [
        ("troops", "personnel"),
        ("soldiers", "Forces"),
        ("people", "persons"),
        ("$", "USD"),
        ("dollars", "usd"),
        ("%", "percent"),
        ("rockets", "rocket"),
        ("square metres", "m²"),
        ("sq km", "km²"),
        ("cubic metres", "m³"),
        ("millilitres", "mL"),
        ("lbs", "lb"),
    ]:
        assert same_unit(a, b), (a, b)
    different: list[tuple[str, str | None]] = [
        ("troops", "people"),
        ("USD", "EUR"),
        ("personnel", None),
        ("m²", "m³"),
        ("m²", "m"),
        ("km²", "km"),
        ("lb", "GBP"),
    ]
    for c, d in different:
        assert not same_unit(c, d), (c, d)
    assert canonical_unit("Troops") == "personnel"


def test_dates_match_at_the_same_precision_only() -> None:
    assert same_date("2021-02", "2021-02")
    assert not same_date("2021-02-18", "2021-02")
    assert not same_date("2021", "2021-02")
    assert same_date(None, None)


def test_cues_and_triggers_agree_on_contained_phrases() -> None:
    assert cue_key("added that") == cue_key("Added")
    assert same_phrase("told", "told reporters") and same_phrase("final defeat", "defeat")
    assert same_phrase("added", "added that")
    assert not same_phrase("said", "according to")
    assert not same_phrase("adding that", "added")
    assert not same_phrase("tell", "told reporters")
    assert same_phrase(None, None) and not same_phrase(None, "said")


TEXT = "aaaa bbbb cccc"


def span(start: int, end: int) -> Span:
    return Span(start=start, end=end, text=TEXT[start:end])


def figure(fid: str, start: int, end: int, value: float) -> Figure:
    return Figure(id=fid, text="x", value=value, unit="people", kind="count", evidence=[span(start, end)])


def gold_figure(index: int, start: int, end: int, value: float) -> GoldItem[GoldFigure]:
    item = GoldFigure(text="x", value=value, unit="people", kind="count", evidence=["x"])
    return GoldItem(index, item, (span(start, end),))


def test_pairing_maximises_total_similarity_not_greedily() -> None:
    gold = [gold_figure(0, 0, 9, 1), gold_figure(1, 5, 14, 2)]
    # A is gold 0 exactly (the single best pair), B overlaps only gold 0. A greedy
    # matcher takes A-gold0 and leaves B and gold 1 unpaired; the optimum pairs both.
    a = figure("A", 0, 9, 1)
    b = figure("B", 0, 4, 1)
    pairs = pair_items("figures", [a, b], gold, AliasTable.from_gold([]))
    assert {(p.predicted, p.gold) for p in pairs} == {(0, 1), (1, 0)}
    assert [p.strict for p in sorted(pairs, key=lambda p: p.predicted)] == [False, True]


def test_a_brush_of_evidence_pairs_only_when_the_fields_agree() -> None:
    gold = [gold_figure(0, 0, 9, 1)]
    # One shared character ("b" at 8) out of 6 and 9.
    brush = Figure(
        id="A", text="x", value=9, unit="ships", kind="money", qualifier="range", evidence=[span(8, 14)]
    )
    assert pair_items("figures", [brush], gold, AliasTable.from_gold([])) == []
    agreeing = figure("B", 8, 14, 1)
    [pair] = pair_items("figures", [agreeing], gold, AliasTable.from_gold([]))
    assert pair.overlap.chars == 1 and pair.strict


def test_labels_compare_by_the_stems_of_their_words() -> None:
    # Another form of the same word names the same happening.
    assert label_key("sentencing") == label_key("sentence")
    assert label_key("increases") == label_key("increase")
    assert label_key("Layoffs") == label_key("layoff")
    assert label_key("share price moves") == label_key("share-price move")
    # Other words stay other labels: no synonyms, however close.
    assert label_key("approval") != label_key("decision")
    assert label_key("killing") != label_key("attack")
    assert label_key("rise") != label_key("increase")


def test_labels_fold_british_spellings_of_one_word() -> None:
    # House style, not word choice: the two spellings name one happening.
    assert label_key("hospitalisation") == label_key("hospitalization")
    assert label_key("privatisations") == label_key("privatization")
    assert label_key("criticised") == label_key("criticized")
    assert label_key("defence spending") == label_key("defense spending")
    assert label_key("labour strike") == label_key("labor strike")
    assert label_key("cancelled") == label_key("canceled")
    assert label_key("analyse") == label_key("analyze")
    assert label_key("Programme launch") == label_key("program launch")
    # Short -ise words are not the -ize suffix, and other words stay other labels.
    assert label_key("rise") != label_key("rize")
    assert label_key("raise") != label_key("rise")
    assert label_key("noise") != label_key("nose")
    assert label_key("tyre") != label_key("tire")
    assert label_key("storey") != label_key("story")


def _event(type_: str) -> Event:
    return Event(id="ev1", summary="x.", type=type_, trigger="x", status="occurred", evidence=[span(0, 4)])


def test_the_exact_label_comparison_is_reported_but_never_scored() -> None:
    gold = _event("sentence")
    fields = compare_fields("events", _event("sentencing"), gold, AliasTable.from_gold([]))
    by_name = {f.name: f for f in fields}
    assert by_name["type"].correct and not by_name["type_exact"].correct
    assert not by_name["type_exact"].scored and not by_name["type_exact"].key
    # The report-only field moves no similarity: the same agreement as without it.
    assert field_agreement(fields) == field_agreement([f for f in fields if f.scored])
    same = compare_fields("events", _event("Sentence"), gold, AliasTable.from_gold([]))
    assert {f.name: f.correct for f in same}["type_exact"]
