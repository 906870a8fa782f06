"""Entities through the whole pipeline: titles, aliases, acronyms, descriptors, metadata."""

from __future__ import annotations

import asyncio

from schemas import ArticleRequest, Entity, Extraction
from service import create_backend, extract


def run(text: str, published: str | None = "2022-06-01") -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, published=published), create_backend("rules")))


def by_name(ex: Extraction) -> dict[str, Entity]:
    return {e.name: e for e in ex.entities}


def test_title_is_split_from_the_name_and_surname_is_an_alias() -> None:
    ex = run(
        "UN Secretary-General Maria Lopez arrived in Nairobi on Monday. Lopez met aid workers at the camp."
    )
    ents = by_name(ex)
    assert ents["Maria Lopez"].type == "person"
    assert "UN Secretary-General" in ents["Maria Lopez"].titles
    assert "Lopez" in ents["Maria Lopez"].aliases
    assert ents["Nairobi"].type == "location"


def test_appositive_title() -> None:
    ex = run("Karl Weber, the German defence minister, visited the base near Riga.")
    assert "German defence minister" in by_name(ex)["Karl Weber"].titles


def test_acronym_in_parentheses_is_an_alias() -> None:
    ex = run("The Organisation of Petroleum Exporting Countries (OPEC) cut output again.")
    org = next(e for e in ex.entities if "OPEC" in e.aliases or e.name == "OPEC")
    assert org.type == "organization"


def test_organisation_head_words_and_lowercase_bodies() -> None:
    ents = by_name(run("The Central Bank of Kenya raised rates, and the Kenyan parliament objected."))
    assert ents["Central Bank of Kenya"].type == "organization"
    assert ents["Kenyan parliament"].type == "organization"


def test_short_form_merges_with_the_full_name() -> None:
    ents = by_name(run("The U.S. sent two envoys to Cairo, where the United States keeps an embassy."))
    assert "U.S." in ents["United States"].aliases


def test_descriptor_resolves_to_the_role_holder() -> None:
    ex = run(
        "IMF Managing Director Elena Rossi spoke in Rome. The IMF chief said growth would slow this year."
    )
    (a,) = [a for a in ex.attributions if a.cue.startswith("said")]
    assert a.source == "Elena Rossi"


def test_metadata_from_headline_byline_and_republication_note() -> None:
    text = (
        "Drought empties reservoirs across the south\n\n"
        "By Jane Okafor and Luis Mendes\n\n"
        "March 3, 2022\n\n"
        "Reservoirs in the south fell to record lows this week, officials said on Thursday.\n\n"
        "Farmers said that the wheat harvest would be the smallest in a decade.\n\n"
        "This article was originally published by The Conversation and is republished under a licence.\n\n"
        "Jane Okafor is a reporter covering agriculture."
    )
    ex = run(text, published=None)
    assert ex.metadata.title == "Drought empties reservoirs across the south"
    assert ex.metadata.authors == ["Jane Okafor", "Luis Mendes"]
    assert ex.metadata.published == "2022-03-03"
    assert ex.metadata.republished_from == "The Conversation"
