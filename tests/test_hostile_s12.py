"""Session 12's hostile review: inputs that found a fault, each pinned (docs/hostile-review.md).

Rules worst cases are pinned by work counted (calls made) where the cost is Python; where it is
one regular-expression call, whose steps nothing can count, by the CPU time of the step relative
to a plain pass over the same text in the same process, with margins far wider than any machine's
noise (the fault was three orders of magnitude).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from schemas import ArticleRequest
from service.backends.rules import attributions, quotes
from service.backends.rules.entities import build_book
from service.backends.rules.extractor import extract_draft
from service.pipeline.run import prepare


def _cpu(f: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.thread_time()
        f()
        best = min(best, time.thread_time() - started)
    return max(best, 1e-6)


@pytest.mark.parametrize(
    "unit",
    [
        "(@a) ",  # a handle with no post around it: the fuzz's input
        "the port — Ruth Okafor (@ab) ",  # a post's end without its date
    ],
)
def test_post_embeds_cost_about_a_plain_pass_over_the_paragraph(unit: str) -> None:
    # The claim was matched first ("[^<>\n]{3,800}?" before the end), so the pattern read up to
    # 800 characters from every character of the block: 40 KB took seconds, 1 MB over a minute,
    # in one regex call (it holds the interpreter; no budget check can stop it). It cost 2,000
    # times a plain pass over the text; reading the end first costs about two.
    text = unit * (40_000 // len(unit))
    book = build_book([], [])
    plain = _cpu(lambda: re.findall(r"\S+", text))
    embeds = _cpu(lambda: attributions.find_post_embeds(text, 0, book))
    assert embeds / plain < 50, f"{unit!r}: {embeds / plain:.0f} times a plain pass"


def test_post_embeds_still_read_posts() -> None:
    book = build_book([], [])
    text = (
        "Harbour works resume next week, the port authority confirmed. pic.twitter.com/abc "
        "— Ruth Okafor (@RuthOkafor) March 9, 2022 and later "
        "<b>ok</b> We will reopen the north quay first ― Dana Lee (@danalee) April 2, 2023"
    )
    found = attributions.find_post_embeds(text, 10, book)
    assert [(d.source, d.claim) for d in found] == [
        ("Ruth Okafor", "Harbour works resume next week, the port authority confirmed."),
        ("Dana Lee", "We will reopen the north quay first."),
    ]
    hint = found[0].hint
    assert hint is not None and text[hint - 10 :].startswith("Harbour works")
    assert found[0].evidence[0].endswith("Ruth Okafor")
    # Too few words before the end: no claim, and no post.
    assert attributions.find_post_embeds("Hi — Ruth Okafor (@RuthOkafor) March 9, 2022", 0, book) == []
    # A claim is one line: the line before the post's is not part of it.
    two_lines = (
        "Earlier words on another line\nWe will reopen the quay — Ruth Okafor (@RuthOkafor) March 9, 2022"
    )
    assert [d.claim for d in attributions.find_post_embeds(two_lines, 0, book)] == [
        "We will reopen the quay."
    ]


def test_a_quote_reads_few_sentence_ends_to_find_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every sentence end of the 1,500 characters before a quote was matched and tested for an
    # abbreviation ("Mr."), for each quote: in a run of short quoted sentences, 60 tests a quote.
    # The last one that is no abbreviation's is all that is needed: read from the end, one or two.
    calls = 0
    real = quotes.abbreviation_period

    def counted(text: str, dot: int, after: int | None = None) -> bool:
        nonlocal calls
        calls += 1
        return real(text, dot, after)

    monkeypatch.setattr(quotes, "abbreviation_period", counted)
    unit = "“Yes,” said Okafor. “No,” said Lee. "
    doc = prepare(ArticleRequest(text=unit * 150))
    draft = extract_draft(doc)
    marks = 2 * 150
    assert calls / marks < 8, f"{calls / marks:.1f} sentence-end tests per quote"
    # and the sentence is still found: every quote has its speaker
    assert draft.quotes and all(q.speaker in ("Okafor", "Lee") for q in draft.quotes)
