"""An honest eval: a failed article is scored as empty and counted, the run reaches its report,
"found nothing" fails the llm thresholds, and one word of evidence never pairs with a gold item."""

from __future__ import annotations

import asyncio

from evals.metrics import flatten
from evals.report import build_report, render_markdown
from evals.runner import DEFAULT_ARTICLES, DEFAULT_GOLD, Case, ExtractorFailed, Outcome, load_cases, run_eval
from evals.thresholds import check, failures, load_thresholds
from schemas import ExtractorInfo
from service import create_backend, extract, get_settings


class FailsOn:
    """The rules extractor, except that the named articles fail as a broken LLM would."""

    def __init__(self, failing: set[str], empty: bool = False) -> None:
        self.backend = create_backend("rules", get_settings())
        self.failing = failing
        self.empty = empty
        self.label = "llm"

    async def run(self, case: Case) -> Outcome:
        if case.stem in self.failing:
            raise ExtractorFailed(f"{case.stem}: the llm extractor failed: LLM unavailable: 503")
        ex = await extract(case.request(), self.backend)
        if self.empty:
            ex = ex.model_copy(update={"events": [], "figures": [], "quotes": [], "attributions": []})
        return Outcome(ex, 1.0, False)

    async def aclose(self) -> None:
        await self.backend.aclose()


def test_a_failed_article_is_scored_as_empty_counted_and_the_run_goes_on() -> None:
    cases = load_cases(DEFAULT_ARTICLES, DEFAULT_GOLD)
    first = cases[0].stem
    run = asyncio.run(run_eval(cases, FailsOn({first})))
    assert len(run.scores) == len(cases)
    assert run.failures and first in run.failures[0]
    assert run.overall.cost.failed == 1
    lost = run.scores[0]
    assert all(t.lenient.tp == 0 and t.lenient.fn == t.gold for t in lost.types.values())
    report = build_report(
        backend="llm",
        source="test",
        extractor=ExtractorInfo(backend="llm", version="test"),
        articles_dir=DEFAULT_ARTICLES,
        gold_dir=DEFAULT_GOLD,
        overall=run.overall,
        articles=run.scores,
        thresholds=[],
        failures=run.failures,
    )
    md = render_markdown(report)
    assert "failed 1/" in md and "scored as empty" in md and "per article" in md
    results = check(report.metrics, load_thresholds()["llm"])
    assert any(r.metric == "cost.failed" and r.passed is False for r in failures(results))


def test_a_run_that_found_nothing_fails_the_llm_thresholds() -> None:
    cases = load_cases(DEFAULT_ARTICLES, DEFAULT_GOLD)
    run = asyncio.run(run_eval(cases, FailsOn(set(), empty=True)))
    bad = {r.metric for r in failures(check(flatten(run.overall), load_thresholds()["llm"]))}
    assert {"quotes.lenient.recall", "figures.lenient.recall", "events.lenient.recall"} <= bad


def test_one_word_of_evidence_never_pairs_with_a_gold_event() -> None:
    from evals.match import AliasTable, similarity
    from evals.runner import load_cases as _load

    case = _load(DEFAULT_ARTICLES, DEFAULT_GOLD)[0]
    (gold_event, *_) = case.gold.items("events")
    span = gold_event.spans[0]
    word = span.text.split()[0]
    from schemas import Event, Span

    one_word = Event(
        id="ev1",
        summary=gold_event.item.summary,
        type="statement",
        trigger=word,
        evidence=[Span(start=span.start, end=span.start + len(word), text=word)],
    )
    assert similarity("events", one_word, gold_event, AliasTable.from_gold(case.gold.gold.entities)) is None
    whole = one_word.model_copy(update={"evidence": [Span(start=span.start, end=span.end, text=span.text)]})
    assert similarity("events", whole, gold_event, AliasTable.from_gold(case.gold.gold.entities)) is not None
