"""The item-kind registry: the four kinds are declared once, and a new kind flows everywhere.

The toy kind "claims" is registered here the way docs/architecture.md ("Adding a
kind") says: its models, its descriptor (``schemas.kinds``), its service hooks
(``service.kinds``). Nothing else is edited, and it goes through grounding, the
LLM's chunk merge and guard, the response, the eval matcher and both renderers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field
from rich.console import Console

from evals.gold import GoldEntity, GoldFile, GoldItem, ResolvedGold
from evals.match import AliasTable, pair_items
from evals.metrics import flatten, score_article
from schemas import ArticleRequest, EntityDraft, Extraction, ExtractionDraft, ExtractorInfo, Span
from schemas.kinds import KINDS, ItemKind, MatchField, Matching, register_kind, unregister_kind
from schemas.models import EvidenceStrings, _Draft
from service.backends.llm.guard import Guard
from service.backends.llm.merge import merge_drafts
from service.grounding.ground import ground
from service.kinds import HOOKS, ItemTable, KindHooks, kind_hooks, register_hooks, unregister_hooks
from service.pipeline.run import prepare
from service.render.extraction_html import render_page
from service.render.extraction_terminal import print_extraction

# --------------------------------------------------------------------------- the toy kind's models


class ClaimFields(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, description="The claim as written.")
    holder: str | None = Field(default=None, description="Canonical name of who holds it.")


class ClaimDraft(ClaimFields, _Draft):
    evidence: EvidenceStrings


class Claim(ClaimFields):
    id: str
    evidence: list[Span] = Field(min_length=1)


class DraftWithClaims(ExtractionDraft):
    claims: list[ClaimDraft] = Field(default_factory=list)


class ExtractionWithClaims(Extraction):
    claims: list[Claim] = Field(default_factory=list)


class GoldClaim(BaseModel):
    text: str
    holder: str | None = None


CLAIMS = ItemKind(
    name="claims",
    singular="claim",
    id_prefix="cl",
    model=Claim,
    draft=ClaimDraft,
    key_field="text",
    matching=Matching(fields=(MatchField("holder", "name", key=True),)),
)


def _ground_claim(c: Any, spans: list[Span], link: Any) -> dict[str, Any]:
    return {"text": link.verbatim(c.text, spans) or spans[0].text, "holder": link.canonical(c.holder)}


CLAIM_HOOKS = KindHooks(
    kind=CLAIMS,
    ground=_ground_claim,
    merge_key=lambda c: ("claim", c.text.casefold()),
    chunk_identity=lambda c: (c.text.casefold(),),
    label=lambda c: f"{c.holder or '?'} holds: {c.text}",
    table=ItemTable("Claims", ("id", "holder", "claim"), lambda c: (c.id, c.holder or "", c.text)),
)

ARTICLE = (
    "Harbour plan divides the council\n\n"
    "Maria Lopez, the council's treasurer, argued that the harbour plan would pay for itself within "
    "ten years. Lopez repeated that the harbour plan would pay for itself within ten years at a "
    "second meeting on Friday."
)
CLAIM_TEXT = "the harbour plan would pay for itself within ten years"


@pytest.fixture
def claims_kind() -> Iterator[ItemKind]:
    register_kind(CLAIMS)
    register_hooks(CLAIM_HOOKS)
    try:
        yield CLAIMS
    finally:
        unregister_hooks("claims")
        unregister_kind("claims")


def _draft() -> DraftWithClaims:
    return DraftWithClaims(
        entities=[EntityDraft(name="Maria Lopez", type="person", aliases=["Lopez"])],
        claims=[
            ClaimDraft(
                text=CLAIM_TEXT, holder="Lopez", evidence=[f"argued that {CLAIM_TEXT}"], rule="claims.argue"
            ),
            # The same claim again, later: one item with two spans.
            ClaimDraft(text=CLAIM_TEXT, holder="Maria Lopez", evidence=[f"repeated that {CLAIM_TEXT}"]),
            # Not in the article: dropped and counted, never returned.
            ClaimDraft(text="the plan is free", holder="Lopez", evidence=["the plan is free of any cost"]),
        ],
    )


def test_a_registered_kind_flows_through_grounding_the_response_the_matcher_and_rendering(
    claims_kind: ItemKind,
) -> None:
    doc = prepare(ArticleRequest(text=ARTICLE))
    grounded = ground(doc, _draft(), "toy")

    claims = grounded.items["claims"]
    assert [c.id for c in claims] == ["cl1"]
    (claim,) = claims
    assert claim.holder == "Maria Lopez"  # linked to the canonical name
    assert [doc.text[s.start : s.end] for s in claim.evidence] == [
        f"argued that {CLAIM_TEXT}",
        f"repeated that {CLAIM_TEXT}",
    ]
    assert grounded.stats.dropped_ungrounded == 1
    assert grounded.provenance["cl1"].rule == "claims.argue"
    assert grounded.provenance["cl1"].extractors == ["toy"]

    # The response: the models' list field is all a new kind needs there.
    response = ExtractionWithClaims(
        id="x",
        text=doc.text,
        body=doc.body,
        extractor=ExtractorInfo(backend="toy", version="1"),
        entities=grounded.entities,
        **grounded.items,
        provenance=grounded.provenance,
    )
    again = ExtractionWithClaims.model_validate_json(response.model_dump_json())
    assert again.claims[0].evidence == claim.evidence

    # The eval matcher pairs by evidence and compares the declared key field.
    start = doc.text.index(f"argued that {CLAIM_TEXT}")
    gold_span = Span(
        start=start, end=start + len(f"argued that {CLAIM_TEXT}"), text=f"argued that {CLAIM_TEXT}"
    )
    entities = [GoldEntity(name="Maria Lopez", type="person", aliases=["Lopez"])]
    table = AliasTable.from_gold(entities)
    right = GoldItem(0, GoldClaim(text=CLAIM_TEXT, holder="Lopez"), (gold_span,))
    wrong = GoldItem(0, GoldClaim(text=CLAIM_TEXT, holder="Someone Else"), (gold_span,))
    (pair,) = pair_items("claims", again.claims, [right], table)
    assert pair.strict and [f.name for f in pair.fields] == ["holder"]
    (pair,) = pair_items("claims", again.claims, [wrong], table)
    assert not pair.strict

    # Scored as a type of its own, with its rule in the breakdown.
    resolved = ResolvedGold(
        stem="toy",
        gold=GoldFile(article="toy", published="2024-01-01", entities=entities),
        text=doc.text,
        boilerplate=(),
        by_kind={"claims": (right,)},
    )
    score = score_article(again, resolved)
    assert score.types["claims"].strict.tp == 1
    assert score.types["claims"].by_rule["claims.argue"].predicted == 1
    assert flatten(score)["claims.fields.holder"] == 1.0

    # Both renderers show it.
    console = Console(record=True, width=200)
    print_extraction(again, console)
    shown = console.export_text()
    assert "Claims" in shown and "Maria Lopez" in shown
    page = render_page(again)
    assert "claims (1)" in page and 't-claim">cl1' in page


def test_a_registered_kind_merges_across_chunks_and_passes_the_guard(claims_kind: ItemKind) -> None:
    first = DraftWithClaims(claims=[ClaimDraft(text=CLAIM_TEXT, evidence=[f"argued that {CLAIM_TEXT}"])])
    second = DraftWithClaims(claims=[ClaimDraft(text=CLAIM_TEXT, evidence=[f"repeated that {CLAIM_TEXT}"])])
    merged = merge_drafts([first, second])
    assert isinstance(merged, DraftWithClaims)
    assert [c.evidence for c in merged.claims] == [
        [f"argued that {CLAIM_TEXT}", f"repeated that {CLAIM_TEXT}"]
    ]

    guard = Guard(article=ARTICLE)
    assert guard.problems(merged.claims[0]) == []
    # Its key text (the declared key field) must be in its evidence.
    off = ClaimDraft(text="the harbour is closed for good", evidence=[f"argued that {CLAIM_TEXT}"])
    assert "key_not_in_evidence" in guard.problems(off)


def test_a_kind_without_service_hooks_fails_loudly() -> None:
    register_kind(CLAIMS)
    try:
        with pytest.raises(LookupError, match="claims"):
            kind_hooks()
    finally:
        unregister_kind("claims")


def test_names_and_prefixes_are_unique() -> None:
    with pytest.raises(ValueError, match="registered already"):
        register_kind(KINDS["events"])
    with pytest.raises(ValueError, match="prefix"):
        register_kind(ItemKind("others", "other", "ev", Claim, ClaimDraft, "text", Matching(fields=())))
    assert "others" not in KINDS


def test_every_registered_kind_is_in_the_contract_and_has_hooks() -> None:
    """The four kinds' descriptors agree with the models they describe."""
    assert list(KINDS) == ["events", "figures", "quotes", "attributions"]
    assert list(HOOKS) == list(KINDS)
    for kind in KINDS.values():
        assert Extraction.model_fields[kind.name].annotation == list[kind.model]  # type: ignore[name-defined]
        assert ExtractionDraft.model_fields[kind.name].annotation == list[kind.draft]  # type: ignore[name-defined]
        assert kind.key_field in kind.draft.model_fields
        for f in kind.matching.fields:
            assert f.source.split(".")[0] in kind.model.model_fields, (kind.name, f.name)
            gold_list = GoldFile.model_fields[kind.name].annotation
            assert gold_list is not None
            assert f.source.split(".")[0] in gold_list.__args__[0].model_fields
        assert kind.name in GoldFile.model_fields
