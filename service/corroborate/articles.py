"""The articles of a story: each extraction with its outlet and every verbatim form of its entities."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Extraction
from service.corroborate.outlets import outlet_key
from service.corroborate.similarity import names_match, norm


@dataclass(frozen=True)
class StoryInput:
    """One article of a story: its extraction and, if the caller knows it, its outlet."""

    extraction: Extraction
    outlet: str | None = None


@dataclass
class Article:
    index: int
    extraction: Extraction
    outlet: str | None
    outlet_key: str
    # every verbatim form of each entity, keyed by each folded form
    forms: dict[str, frozenset[str]]

    def name_forms(self, name: str) -> frozenset[str]:
        return self.forms.get(norm(name), frozenset({name}))

    def label(self) -> str:
        md = self.extraction.metadata
        if md.republished_from:
            via = f" (via {self.outlet})" if self.outlet else ""
            return f"{md.republished_from}{via}"
        return self.outlet or f"article {self.index}"


def article_of(index: int, given: StoryInput) -> Article:
    ex = given.extraction
    outlet = given.outlet or ex.metadata.outlet
    forms: dict[str, frozenset[str]] = {}
    for entity in ex.entities:
        all_forms = frozenset({entity.name, *entity.aliases})
        for form in all_forms:
            forms[norm(form)] = all_forms
    return Article(
        index=index,
        extraction=ex,
        outlet=outlet,
        outlet_key=outlet_key(outlet, ex.metadata.republished_from, ex.id),
        forms=forms,
    )


def entities_match(a: str, art_a: Article, b: str, art_b: Article) -> bool:
    return any(names_match(x, y) for x in art_a.name_forms(a) for y in art_b.name_forms(b))
