"""Issue 13, defect 2: no stage may be quadratic in the article's length on adversarial input.

Work is counted (lines run, characters handed to regular expressions), not
timed: see ``tests/work_counter.py``. Each input grows four times; linear work
grows about four times, the quadratic look-backs this guards against grew
sixteen times.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ArticleRequest, ExtractionDraft, FigureDraft
from service.backends.rules import figures
from service.backends.rules.sentences import Sentence
from service.grounding import ground as grounding
from service.pipeline.run import prepare
from tests.work_counter import growth

LINEAR = 6.0  # k = 4: linear is about 4, quadratic about 16


def _figures_of(text: str) -> Callable[[], object]:
    sent = Sentence(start=0, end=len(text), text=text, block=0)
    return lambda: figures.merge_mentions(figures.find_figures(sent))


@pytest.mark.parametrize(
    "unit",
    [
        "1,000, ",  # the review's request: the unit and measure look-backs rescanned text[:s] per number
        "the number of troops rose to 4,000 and ",  # a "number of X" before every number
        "the cost of the plan doubled, ",  # multipliers look back for their subject and measure
        "one person and ",  # "one" looks for the same noun counted elsewhere in the sentence
        "17, 18.5, ",  # many distinct values: mentions were matched against every group
    ],
)
def test_figures_work_is_linear_in_sentence_length(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    ratio = growth(monkeypatch, [figures], lambda n: _figures_of(unit * n), 150)
    assert ratio < LINEAR, f"{unit!r}: work grew {ratio:.1f}x for 4x the text"


def test_grounding_merge_is_linear_in_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    # One fact stated n times merges into one figure with n spans: merging must not re-check
    # every span already kept for every new one.
    def make(n: int) -> Callable[[], object]:
        doc = prepare(ArticleRequest(text="Officials counted 1,000 people. " * n))
        step = len("Officials counted 1,000 people. ")
        draft = ExtractionDraft(
            figures=[
                FigureDraft(
                    text="1,000",
                    value=1000,
                    unit="people",
                    kind="count",
                    qualifier="exact",
                    measure="people",
                    evidence=["1,000 people"],
                    hint=i * step + 18,
                )
                for i in range(n)
            ]
        )
        return lambda: grounding.ground(doc, draft)

    ratio = growth(monkeypatch, [grounding], make, 100)
    assert ratio < LINEAR, f"grounding work grew {ratio:.1f}x for 4x the mentions"
    # and the merge still is one figure with every mention as a span
    doc = prepare(ArticleRequest(text="Officials counted 1,000 people. " * 3))
    draft = ExtractionDraft(
        figures=[
            FigureDraft(
                text="1,000",
                value=1000,
                unit="people",
                kind="count",
                qualifier="exact",
                measure="people",
                evidence=["1,000 people"],
                hint=i * 32 + 18,
            )
            for i in range(3)
        ]
    )
    merged = grounding.ground(doc, draft).figures
    assert len(merged) == 1 and len(merged[0].evidence) == 3


@pytest.mark.parametrize(
    "unit",
    [
        # Session 8's fuzz: a weekday in a run with no sentence end gave each expression the whole
        # text before it as its clause, and the clause's regexes ran over it again and again: 16 KB
        # took 62 s in ``dates`` (cubic), on the event loop, outside the extraction's CPU budget.
        "Tuesday last it ' mph old to 1990s would and ",
        "the council would meet on Monday and said ",
    ],
)
def test_dated_expressions_are_linear_in_a_sentence_without_end(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    from service.backends.rules import dates
    from service.pipeline.dated import dated_expressions

    def make(n: int) -> Callable[[], object]:
        doc = prepare(ArticleRequest(text=unit * n, published="2024-05-02"))
        return lambda: dated_expressions(doc)

    ratio = growth(monkeypatch, [dates], make, 20)
    assert ratio < LINEAR, f"{unit!r}: dates work grew {ratio:.1f}x for 4x the text"


def test_quotes_work_is_linear_in_single_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    # Session 8's fuzz: each opening single mark scanned every mark of its paragraph for a closer.
    from service.backends.rules import quotes
    from service.backends.rules.extractor import extract_draft

    def make(n: int) -> Callable[[], object]:
        doc = prepare(ArticleRequest(text="said % in to ‘ years ‘ Comments the 1.5. " * n))
        return lambda: extract_draft(doc)

    ratio = growth(monkeypatch, [quotes], make, 40)
    assert ratio < LINEAR, f"quotes work grew {ratio:.1f}x for 4x the text"
