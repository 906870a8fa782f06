"""Which rule fired: every item of the rules backend names the rule that produced it.

The rule travels as the draft's internal ``rule`` (never in a model-facing
schema) into ``Extraction.provenance``; an LLM's answer cannot claim one.
"""

from __future__ import annotations

import asyncio
import json

import respx

from schemas import ArticleRequest, Extraction, ExtractionDraft
from schemas.kinds import draft_items, kind_names
from service import extract
from service.backends.llm.validation import ModelFacingDraft
from service.backends.rules import RulesBackend
from service.backends.rules.extractor import extract_draft
from service.pipeline.run import prepare
from tests.llm_fakes import BASE_URL, COMPLETIONS, GOOD, backend, ok, request

ARTICLE = (
    "Council approves harbour plan\n\n"
    "The city council approved the harbour plan on Tuesday, officials said.\n\n"
    "The project will cost about $12 million, according to the city's finance office.\n\n"
    "“We need this harbour,” said Mayor Ruth Okafor. She called the vote “a good day for the port.”"
)


def test_every_rules_draft_item_names_its_rule_within_its_family() -> None:
    draft = extract_draft(prepare(ArticleRequest(text=ARTICLE)))
    for family in kind_names():
        items = getattr(draft, family)
        assert items, family  # the article has one of each
        for item in items:
            assert item.rule is not None and (item.rule == family or item.rule.startswith(family + ".")), (
                family,
                item.rule,
            )
    rules = {q.rule for q in draft.quotes}
    assert rules == {"quotes.full", "quotes.partial"}


def test_the_rules_response_records_a_rule_for_every_item() -> None:
    ex = asyncio.run(extract(ArticleRequest(text=ARTICLE), RulesBackend()))
    ids = {item.id for family in kind_names() for item in getattr(ex, family)}
    assert ids and set(ex.provenance) == ids
    assert all(p.extractors == ["rules"] and p.rule for p in ex.provenance.values())
    # The public JSON carries it; the drafts' internal field does not leak anywhere else.
    dumped = json.loads(ex.model_dump_json())
    assert dumped["provenance"][next(iter(ids))]["rule"]
    assert "rule" not in dumped["events"][0]


def test_the_rule_is_not_in_the_model_facing_schema() -> None:
    schema = json.dumps(ModelFacingDraft.model_json_schema())
    assert '"rule"' not in schema and '"hint"' not in schema
    assert '"rule"' not in json.dumps(ExtractionDraft.model_json_schema())


def test_a_model_cannot_claim_a_rule() -> None:
    answer = json.loads(json.dumps(GOOD))
    for family in kind_names():
        for item in answer[family]:
            item["rule"] = "quotes.full"
    b = backend()
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as mock:
        mock.post(COMPLETIONS).mock(side_effect=[ok(answer)])

        async def go() -> Extraction:
            try:
                return await extract(request(), b)
            finally:
                await b.aclose()

        ex = asyncio.run(go())
    assert ex.events and ex.quotes
    assert ex.provenance == {}
    assert draft_items(ex)  # the items themselves are kept
