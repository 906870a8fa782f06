"""What the lead found landing session 34's branches together (sentences and inputs of our own)."""

from __future__ import annotations

import pytest

from service.backends.rules.entities import EntityBook, source_type_for


@pytest.mark.parametrize("source", ["the", "The", "the "])
def test_a_bare_article_as_a_source_is_typed_not_raised(source: str) -> None:
    # s34-att's check of "the district" read words[1] of a one-word source: an IndexError that cost a sentence of
    # a PolNeAR train article its attributions and events (the rules log `rule_failed` and go on)
    assert source_type_for(source, EntityBook()) in {
        "person",
        "organization",
        "government",
        "other",
        "anonymous",
        "media",
        "document",
    }


def test_the_city_is_still_its_government() -> None:
    assert source_type_for("the city", EntityBook()) == "government"
