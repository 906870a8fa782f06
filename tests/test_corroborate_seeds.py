"""The five seeds are one story told by five outlets: corroboration on the real extractions."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from schemas import ArticleRequest, Extraction
from schemas.story import Story
from service import create_backend, extract
from service.corroborate.articles import StoryInput
from service.corroborate.story import corroborate

from .conftest import SEEDS


async def _extract_all(paths: list[Path]) -> list[Extraction]:
    backend = create_backend("rules")
    try:
        return [await extract(ArticleRequest(text=p.read_text(encoding="utf-8")), backend) for p in paths]
    finally:
        await backend.aclose()


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    assert len(SEEDS) == 5
    return asyncio.run(_extract_all(SEEDS))


@pytest.fixture(scope="module")
def story(extractions: list[Extraction]) -> Story:
    return corroborate(extractions)


def test_the_mission_quote_is_backed_by_all_five(story: Story) -> None:
    groups = [
        g
        for g in story.quotes
        if any("500 personnel to around 4,000" in m.wording for m in g.members)
        and any("size of our mission" in s.text for m in g.members for s in m.evidence)
    ]
    assert groups, "no group holds the 500 → 4,000 quote"
    best = max(groups, key=lambda g: g.independent_outlets)
    assert best.articles == [0, 1, 2, 3, 4]
    assert best.independent_outlets == 5
    # every outlet's span holds the shared words, however much more it quoted
    for member in best.members:
        assert any("500 personnel to around 4,000" in s.text for s in member.evidence)


def test_the_baghdad_death_toll_is_reported_by_one(story: Story) -> None:
    (group,) = [g for g in story.figures if g.representative.value == 32]
    assert group.articles == [0]
    assert group.independent_outlets == 1
    assert "32 people" in group.members[0].evidence[0].text


def test_stoltenbergs_announcement_is_one_group_of_all_five(story: Story) -> None:
    groups = [g for g in story.events if g.representative.type == "announcement" and len(g.articles) > 1]
    assert [g.articles for g in groups] == [[0, 1, 2, 3, 4]], [
        (g.articles, g.representative.summary) for g in groups
    ]
    (group,) = groups
    assert group.independent_outlets == 5
    for member in group.members:
        assert "Stoltenberg" in member.wording  # each outlet's summary names who announced it


def test_spans_point_into_their_articles(story: Story) -> None:
    for kind in ("quotes", "figures", "events", "attributions"):
        for group in getattr(story, kind):
            for member in group.members:
                text = story.articles[member.article].text
                assert all(text[s.start : s.end] == s.text for s in member.evidence)


def test_republication_folds_into_its_origin(extractions: list[Extraction]) -> None:
    # Seed 004 is Antiwar.com's story republished by the Libertarian Institute;
    # say so, and add a copy "published" by Antiwar.com itself.
    republished = extractions[4].model_copy(
        update={"metadata": extractions[4].metadata.model_copy(update={"republished_from": "Antiwar.com"})}
    )
    story = corroborate(
        [
            *(StoryInput(ex) for ex in extractions[:4]),
            StoryInput(republished, outlet="Libertarian Institute"),
            StoryInput(extractions[4], outlet="antiwar.com"),
        ]
    )
    best = max(story.quotes, key=lambda g: len(g.articles))
    assert best.articles == [0, 1, 2, 3, 4, 5]
    assert best.independent_outlets == 5
