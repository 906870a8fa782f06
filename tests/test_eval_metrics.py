"""The harness's arithmetic, pinned on hand-built extractions and gold files."""

from __future__ import annotations

from typing import Any

import pytest

from evals.gold import GoldFile, ResolvedGold, resolve_gold
from evals.metrics import PRF, Score, flatten, micro_average, score_article
from schemas import Attribution, Event, Extraction, ExtractorInfo, Figure, Quote, Region, Span, TimeExpression

TEXT = (
    "NATO to grow in Iraq\n"
    "\n"
    "NATO Secretary-General Jens Stoltenberg said on Thursday that the alliance will send around 4,000 troops.\n"
    "\n"
    "“We will do this in full consultation,” Stoltenberg said.\n"
    "\n"
    "The mission will cost $2.5 billion, according to Reuters.\n"
    "\n"
    "Leave a Reply"
)


def sp(needle: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(needle, start + 1)
    return Span(start=start, end=start + len(needle), text=needle)


GOLD: dict[str, Any] = {
    "article": "tiny",
    "published": "2021-02-19",
    "boilerplate": ["Leave a Reply"],
    "entities": [
        {
            "name": "Jens Stoltenberg",
            "type": "person",
            "aliases": ["Stoltenberg"],
            "titles": ["NATO Secretary-General"],
        },
        {"name": "NATO", "type": "organization", "aliases": ["the alliance"]},
        {"name": "Reuters", "type": "organization"},
    ],
    "events": [
        {
            "summary": "Jens Stoltenberg announced that NATO will send around 4,000 troops to Iraq.",
            "type": "announcement",
            "trigger": "said",
            "when": {"text": "on Thursday", "date": "2021-02-18"},
            "participants": ["Jens Stoltenberg", "NATO"],
            "status": "occurred",
            "evidence": ["Jens Stoltenberg said on Thursday that the alliance will send around 4,000 troops"],
        }
    ],
    "figures": [
        {
            "text": "around 4,000",
            "value": 4000,
            "unit": "personnel",
            "kind": "count",
            "qualifier": "approximate",
            "evidence": ["around 4,000 troops"],
        },
        {
            "text": "$2.5 billion",
            "value": 2500000000,
            "unit": "USD",
            "kind": "money",
            "qualifier": "exact",
            "evidence": ["$2.5 billion"],
        },
    ],
    "quotes": [
        {
            "text": "We will do this in full consultation,",
            "speaker": "Jens Stoltenberg",
            "speaker_mention": "Stoltenberg",
            "cue": "said",
            "partial": False,
            "evidence": ["We will do this in full consultation,"],
        }
    ],
    "attributions": [
        {
            "source": "Reuters",
            "source_type": "media",
            "claim": "The mission will cost $2.5 billion.",
            "cue": "according to",
            "evidence": ["The mission will cost $2.5 billion, according to Reuters"],
        }
    ],
}


def gold(**changes: Any) -> ResolvedGold:
    return resolve_gold(GoldFile.model_validate({**GOLD, **changes}), TEXT)


def event(date: str | None = "2021-02-18", **kw: Any) -> Event:
    base: dict[str, Any] = {
        "id": "ev1",
        "summary": "Stoltenberg said NATO will send troops.",
        "type": "announcement",
        "trigger": "said",
        "when": TimeExpression(text="on Thursday", date=date) if date else None,
        "status": "occurred",
        "evidence": [sp("Jens Stoltenberg said on Thursday that the alliance will send around 4,000 troops")],
    }
    return Event(**{**base, **kw})


def fig_troops(**kw: Any) -> Figure:
    base: dict[str, Any] = {
        "id": "fg1",
        "text": "around 4,000",
        "value": 4000.0,
        "unit": "troops",
        "kind": "count",
        "qualifier": "approximate",
        "evidence": [sp("around 4,000 troops")],
    }
    return Figure(**{**base, **kw})


def fig_money(**kw: Any) -> Figure:
    base: dict[str, Any] = {
        "id": "fg2",
        "text": "$2.5 billion",
        "value": 2.5e9,
        "unit": "dollars",
        "kind": "money",
        "qualifier": "exact",
        "evidence": [sp("$2.5 billion")],
    }
    return Figure(**{**base, **kw})


def quote(**kw: Any) -> Quote:
    base: dict[str, Any] = {
        "id": "qt1",
        "text": "We will do this in full consultation,",
        "speaker": "Jens Stoltenberg",
        "speaker_mention": "Stoltenberg",
        "cue": "said",
        "evidence": [sp("We will do this in full consultation,")],
    }
    return Quote(**{**base, **kw})


def attribution(**kw: Any) -> Attribution:
    base: dict[str, Any] = {
        "id": "at1",
        "source": "Reuters",
        "source_type": "media",
        "claim": "The mission costs $2.5 billion.",
        "cue": "according to",
        "evidence": [sp("The mission will cost $2.5 billion, according to Reuters")],
    }
    return Attribution(**{**base, **kw})


def extraction(**items: Any) -> Extraction:
    base: dict[str, Any] = {
        "events": [event()],
        "figures": [fig_troops(), fig_money()],
        "quotes": [quote()],
        "attributions": [attribution()],
    }
    return Extraction(
        id="x",
        text=TEXT,
        body=Region(start=0, end=TEXT.index("Leave a Reply") - 2),
        extractor=ExtractorInfo(backend="test", version="0"),
        **{**base, **items},
    )


def counts(score: Score, kind: str, mode: str = "lenient") -> tuple[int, int, int]:
    prf: PRF = getattr(score.types[kind], mode)
    return prf.tp, prf.fp, prf.fn


def test_perfect_output_scores_one_everywhere() -> None:
    s = score_article(extraction(), gold())
    for kind in ("events", "figures", "quotes", "attributions"):
        assert s.types[kind].missed == [] and s.types[kind].spurious == []
        for mode in ("lenient", "strict"):
            prf = getattr(s.types[kind], mode)
            assert (prf.fp, prf.fn) == (0, 0), (kind, mode)
            assert prf.f1 == 1.0
        assert all(t.correct == t.total for t in s.types[kind].fields.values()), kind
    assert s.grounding.span_accuracy == 1.0
    assert (s.grounding.quotes_not_verbatim, s.grounding.items_outside_body) == (0, 0)


def test_missing_item_costs_recall_only() -> None:
    s = score_article(extraction(figures=[fig_troops()]), gold())
    assert counts(s, "figures") == (1, 0, 1)
    f = s.types["figures"].lenient
    assert (f.precision, f.recall, f.f1) == (1.0, 0.5, pytest.approx(2 / 3))
    assert [m.ref for m in s.types["figures"].missed] == ["gold[1]"]
    assert s.types["figures"].missed[0].evidence == ["$2.5 billion"]


def test_spurious_item_costs_precision_only() -> None:
    extra = Figure(
        id="fg9",
        text="4,000",
        value=4000,
        unit="troops",
        kind="count",
        evidence=[sp("Stoltenberg", 2)],  # evidence overlapping no gold figure
    )
    s = score_article(extraction(figures=[fig_troops(), fig_money(), extra]), gold())
    assert counts(s, "figures") == (2, 1, 0)
    assert s.types["figures"].lenient.precision == pytest.approx(2 / 3)
    assert s.types["figures"].lenient.recall == 1.0
    assert [v.ref for v in s.types["figures"].spurious] == ["fg9"]


def test_duplicate_prediction_pairs_once_and_the_copy_is_spurious() -> None:
    s = score_article(extraction(quotes=[quote(), quote(id="qt2")]), gold())
    assert counts(s, "quotes") == (1, 1, 0)
    assert counts(s, "quotes", "strict") == (1, 1, 0)
    assert len(s.types["quotes"].spurious) == 1


def test_speaker_given_by_alias_or_title_is_right() -> None:
    for speaker in ("Stoltenberg", "jens stoltenberg", "Secretary-General Jens Stoltenberg"):
        s = score_article(extraction(quotes=[quote(speaker=speaker)]), gold())
        assert s.types["quotes"].fields["speaker"].correct == 1, speaker
        assert counts(s, "quotes", "strict") == (1, 0, 0), speaker


def test_wrong_speaker_is_a_strict_error_but_still_paired() -> None:
    s = score_article(extraction(quotes=[quote(speaker="Reuters")]), gold())
    assert counts(s, "quotes") == (1, 0, 0)
    assert counts(s, "quotes", "strict") == (0, 1, 1)
    assert s.types["quotes"].fields["speaker"].accuracy == 0.0
    [m] = s.types["quotes"].mismatches
    assert [(f.field, f.gold, f.predicted) for f in m.fields] == [("speaker", "Jens Stoltenberg", "Reuters")]


def test_same_value_written_differently_is_right() -> None:
    # 2.5e9 through float arithmetic, "USD" as "$", troops for personnel.
    money = fig_money(value=0.1 * 25e9, unit="$")
    s = score_article(extraction(figures=[fig_troops(value=4000.0000000001), money]), gold())
    assert s.types["figures"].fields["value"].accuracy == 1.0
    assert s.types["figures"].fields["unit"].accuracy == 1.0
    assert counts(s, "figures", "strict") == (2, 0, 0)


def test_wrong_value_or_unit_fails_strict() -> None:
    s = score_article(extraction(figures=[fig_troops(value=400.0), fig_money(unit="EUR")]), gold())
    assert counts(s, "figures") == (2, 0, 0)
    assert counts(s, "figures", "strict") == (0, 2, 2)
    assert (s.types["figures"].fields["value"].correct, s.types["figures"].fields["unit"].correct) == (1, 1)


@pytest.mark.parametrize("predicted", ["2021-02", "2021", "2021-02-17"])
def test_wrong_date_or_precision_is_a_date_error(predicted: str) -> None:
    s = score_article(extraction(events=[event(date=predicted)]), gold())
    assert counts(s, "events") == (1, 0, 0)
    assert counts(s, "events", "strict") == (0, 1, 1)
    assert s.types["events"].fields["date"].accuracy == 0.0


def test_over_precise_date_for_a_month_gold_is_an_error() -> None:
    g = GOLD["events"][0]
    month = gold(events=[{**g, "when": {"text": "on Thursday", "date": "2021-02"}}])
    assert counts(
        score_article(extraction(events=[event(date="2021-02-18")]), month), "events", "strict"
    ) == (0, 1, 1)
    assert counts(score_article(extraction(events=[event(date="2021-02")]), month), "events", "strict") == (
        1,
        0,
        0,
    )


def test_event_date_is_not_key_where_gold_has_none() -> None:
    g = GOLD["events"][0]
    undated = gold(events=[{**g, "when": None}])
    s = score_article(extraction(events=[event(date="2021-02-18")]), undated)
    assert counts(s, "events", "strict") == (1, 0, 0)
    # ...but the invented date still counts against field accuracy.
    assert s.types["events"].fields["date"].accuracy == 0.0


def test_attribution_source_and_via() -> None:
    s = score_article(
        extraction(attributions=[attribution(source="Jens Stoltenberg", via="Reuters")]), gold()
    )
    assert counts(s, "attributions", "strict") == (0, 1, 1)
    wrong = {f.field for f in s.types["attributions"].mismatches[0].fields}
    assert wrong == {"source", "via"}


def test_no_evidence_overlap_never_pairs() -> None:
    elsewhere = fig_money(evidence=[sp("NATO to grow in Iraq")])
    s = score_article(extraction(figures=[fig_troops(), elsewhere]), gold())
    assert counts(s, "figures") == (1, 1, 1)


def test_near_identical_quote_text_pairs_without_overlap() -> None:
    # Evidence pointing at the wrong place, text right: paired through the text.
    q = quote(text="We will do this in full consultation", evidence=[sp("Stoltenberg", 2)])
    s = score_article(extraction(quotes=[q]), gold())
    assert counts(s, "quotes") == (1, 0, 0)


def test_grounding_defects_are_counted() -> None:
    bad_span = Span(start=0, end=4, text="NAT0")
    ungrounded = fig_troops(evidence=[bad_span])
    invented = quote(text="We will never do this", evidence=[sp("We will do this in full consultation,")])
    furniture = attribution(id="at2", evidence=[sp("Leave a Reply")])
    ex = extraction(figures=[ungrounded], quotes=[invented], attributions=[attribution(), furniture])
    g = score_article(ex, gold()).grounding
    assert (g.spans, g.spans_grounded) == (5, 4)
    assert g.quotes_not_verbatim == 1
    assert (g.items, g.items_outside_body) == (5, 1)
    assert [v.ref for v in g.outside_body] == ["at2"]


def test_split_quote_joined_by_a_space_is_verbatim() -> None:
    parts = [sp("We will do this"), sp("in full consultation,")]
    s = score_article(extraction(quotes=[quote(evidence=parts)]), gold())
    assert s.grounding.quotes_not_verbatim == 0


def test_micro_average_sums_counts_before_dividing() -> None:
    perfect = score_article(extraction(), gold())
    half = score_article(extraction(figures=[fig_troops()], quotes=[quote(), quote(id="qt2")]), gold())
    total = micro_average([perfect, half])
    f = total.types["figures"].lenient
    assert (f.tp, f.fp, f.fn) == (3, 0, 1)
    q = total.types["quotes"].lenient
    assert (q.tp, q.fp, q.fn) == (2, 1, 0)
    assert q.precision == pytest.approx(2 / 3)  # the per-article mean would be (1 + 0.5) / 2 = 0.75
    assert total.types["figures"].fields["value"].total == 3
    flat = flatten(total)
    assert flat["quotes.lenient.precision"] == pytest.approx(2 / 3)
    assert flat["grounding.items_outside_body"] == 0


def test_rates_are_undefined_on_nothing() -> None:
    s = score_article(extraction(quotes=[]), gold(quotes=[]))
    assert s.types["quotes"].lenient.precision is None
    assert s.types["quotes"].lenient.f1 is None
    assert flatten(s)["quotes.fields.speaker"] is None


def test_text_mismatch_is_refused() -> None:
    ex = extraction().model_copy(update={"text": TEXT.replace("NATO", "Nato", 1)})
    with pytest.raises(ValueError, match="first difference at offset 1"):
        score_article(ex, gold())


def test_predictions_false_positives_and_key_wrong_pairs_are_grouped_by_rule() -> None:
    """The report's "by rule" view: what each rule produced, and what of it was wrong."""
    from schemas import ItemProvenance

    figures = [
        fig_troops(value=5000.0),  # pairs with gold by evidence, its value (a key field) wrong
        fig_money(),  # right
        fig_money(id="fg3", text="Thursday", value=18.0, evidence=[sp("Thursday")]),  # pairs with nothing
    ]
    ex = extraction(figures=figures).model_copy(
        update={
            "provenance": {
                "fg1": ItemProvenance(extractors=["rules"], rule="figures.numbers"),
                "fg2": ItemProvenance(extractors=["rules"], rule="figures.numbers"),
                "fg3": ItemProvenance(extractors=["rules"], rule="figures.dates_misread"),
            }
        }
    )
    s = score_article(ex, gold())
    by_rule = s.types["figures"].by_rule
    assert {k: (v.predicted, v.false_positives, v.key_wrong) for k, v in by_rule.items()} == {
        "figures.dates_misread": (1, 1, 0),
        "figures.numbers": (2, 0, 1),
    }
    assert [v.rule for v in s.types["figures"].spurious] == ["figures.dates_misread"]
    # Items with no recorded rule (an LLM's) are counted too, under their own bucket.
    plain = score_article(extraction(), gold())
    assert set(plain.types["quotes"].by_rule) == {"(no rule recorded)"}
    # Summed over articles like every other count.
    total = micro_average([s, s])
    assert total.types["figures"].by_rule["figures.numbers"].key_wrong == 2
