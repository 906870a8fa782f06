"""Session 30 (s30-hostile): one paragraph with no full stop whose clauses each give an event.

``summaries._thing_named`` runs for every event and looks back over every sentence before it for the words that
introduced "the <noun>"; it tokenised and lowered each of those sentences again for every event (events x text:
40 KB 1.35 s, 81 KB 3.75 s, 162 KB 11.7 s of CPU). Each sentence's words and the things each tells are now read once
per story (``summaries.sentence_words``, ``summaries.things_told``). Work is counted, not timed (``tests/work_counter.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ArticleRequest
from service.backends.rules import summaries
from service.backends.rules.extractor import extract_draft
from service.pipeline.run import prepare
from tests.work_counter import growth

LINEAR = 6.0  # k = 4: linear is about 4, quadratic about 16


@pytest.mark.parametrize(
    "unit",
    [
        "officials said the river rose 3 metres on Tuesday while crews in Varnholt worked ",
        "the ban on cars began on Monday and a ban on lorries was planned while the ban was ",
    ],
)
def test_summaries_work_is_linear_in_a_paragraph_without_end(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    def make(n: int) -> Callable[[], object]:
        doc = prepare(ArticleRequest(text=unit * n, published="2026-12-07"))
        return lambda: extract_draft(doc)

    ratio = growth(monkeypatch, [summaries], make, 15)
    assert ratio < LINEAR, f"{unit!r}: summaries work grew {ratio:.1f}x for 4x the text"
