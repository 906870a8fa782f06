"""One rule at a time: each family's function on one sentence of our own, no backend, no grounding.

Each test names the rule it expects (``Extraction.provenance``'s ``rule``): the
eval's "by rule" table is only as good as these names are right.
"""

from __future__ import annotations

import pytest

from schemas import ArticleRequest
from service.backends.rules.attributions import AttributionContext, find_attributions
from service.backends.rules.entities import build_book
from service.backends.rules.figures import find_figures
from service.backends.rules.sentences import Sentence, body_sentences
from service.pipeline.run import prepare


def sentence(text: str) -> tuple[Sentence, list[Sentence]]:
    """The one body sentence of ``text``, and all of them (what the entity book is built from)."""
    doc = prepare(ArticleRequest(text=text))
    sentences = body_sentences(doc.body_blocks)
    assert len(sentences) == 1, sentences
    return sentences[0], sentences


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        ("The agency hired 4,500 new inspectors this spring.", "figures.numbers", 4500),
        ("Exports to the region grew threefold after the deal.", "figures.multipliers", 3),
        ("The plant's owner, a 61-year-old engineer, declined to comment.", "figures.ages", 61),
        ("The strike lasted two years and six months before a deal.", "figures.compound_durations", 30),
    ],
)
def test_a_figure_rule_alone(text: str, rule: str, value: float) -> None:
    sent, _ = sentence(text)
    found = find_figures(sent)
    assert [(f.rule, f.value) for f in found if f.value == value] == [(rule, value)], found


@pytest.mark.parametrize(
    ("text", "rule", "source"),
    [
        (
            "Mayor Lena Fischer said that the bridge would reopen in May.",
            "attributions.verb_then_claim",
            "Lena Fischer",
        ),
        (
            "The bridge will reopen in May, Mayor Lena Fischer said.",
            "attributions.claim_then_verb",
            "Lena Fischer",
        ),
        (
            "The bridge will reopen in May, according to the city's transport office.",
            "attributions.claim_then_according_to",
            "the city's transport office",
        ),
        (
            "According to the city's transport office, the bridge will reopen in May.",
            "attributions.according_to_then_claim",
            "the city's transport office",
        ),
    ],
)
def test_an_attribution_rule_alone(text: str, rule: str, source: str) -> None:
    sent, sentences = sentence(text)
    ctx = AttributionContext(build_book(sentences, []))
    found = find_attributions(sent, sent.text, ctx)  # no quotes: the masked text is the text
    assert [(a.rule, a.source) for a in found] == [(rule, source)], found


def test_a_hard_negative_fires_no_rule() -> None:
    """A reporting verb with no claim ("welcomed the decision": a reaction) and a street number are nothing."""
    sent, sentences = sentence("Mayor Lena Fischer welcomed the decision at 14 Harbour Street.")
    assert find_attributions(sent, sent.text, AttributionContext(build_book(sentences, []))) == []
    assert [f for f in find_figures(sent) if f.value == 14] == []
