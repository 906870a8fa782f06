"""Invariants of every extraction on every seed: valid, grounded, inside the body."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from schemas import ArticleRequest, Extraction
from service import create_backend, extract

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def extractions() -> dict[str, Extraction]:
    backend = create_backend("rules")
    return {
        p.stem: asyncio.run(extract(ArticleRequest(text=p.read_text(encoding="utf-8")), backend))
        for p in SEEDS
    }


def _items(ex: Extraction) -> list[Any]:
    return [*ex.events, *ex.figures, *ex.quotes, *ex.attributions]


@pytest.mark.parametrize("stem", [p.stem for p in SEEDS])
def test_every_span_is_grounded_and_in_body(extractions: dict[str, Extraction], stem: str) -> None:
    ex = extractions[stem]
    Extraction.model_validate_json(ex.model_dump_json())
    ids = [i.id for i in _items(ex)] + [e.id for e in ex.entities]
    assert len(ids) == len(set(ids))
    for item in _items(ex):
        for span in item.evidence:
            assert ex.text[span.start : span.end] == span.text
            assert ex.body.start <= span.start and span.end <= ex.body.end
            for b in ex.boilerplate:
                assert span.end <= b.start or span.start >= b.end, (item, b)


def test_seeds_copied_byte_for_byte() -> None:
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    for p in SEEDS:
        assert p.read_bytes() == (shared / p.name).read_bytes()
    assert {p.name for p in SEEDS} == {p.name for p in shared.glob("*.txt")}


def test_extraction_id_is_stable_and_input_sensitive() -> None:
    from service import extraction_id, prepare

    backend = create_backend("rules")
    a = prepare(ArticleRequest(text="One.  Two.", published="2021-02-19"))
    b = prepare(ArticleRequest(text="One. Two.", published="2021-02-19"))
    c = prepare(ArticleRequest(text="One. Two.", published="2021-02-20"))
    assert extraction_id(a, backend) == extraction_id(b, backend)  # same normalised text
    assert extraction_id(a, backend) != extraction_id(c, backend)


def test_byline_role_is_not_an_author() -> None:
    from service import prepare
    from service.pipeline.metadata import page_metadata

    doc = prepare(
        ArticleRequest(text="Clinic waits grow\n\nBy Helen Marsh, Health Correspondent\n\nWaits rose.")
    )
    assert page_metadata(doc.blocks).authors == ["Helen Marsh"]
    assert doc.authors == ("Helen Marsh",)


def test_body_finder_version_is_part_of_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # A change to what counts as body changes what every backend sees: cached answers must miss.
    from service import extraction_id, prepare
    from service.pipeline import run as pipeline

    backend = create_backend("rules")
    doc = prepare(ArticleRequest(text="The council voted on Tuesday."))
    before = extraction_id(doc, backend)
    monkeypatch.setattr(pipeline, "BODY_VERSION", "test-next")
    assert extraction_id(doc, backend) != before
