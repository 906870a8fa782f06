from __future__ import annotations

import pytest
from pydantic import ValidationError

from schemas import ArticleRequest, Span
from schemas.export import EXPORTS, SCHEMA_DIR, render


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_checked_in_schema_is_current(name: str) -> None:
    path = SCHEMA_DIR / f"{name}.schema.json"
    assert path.read_text(encoding="utf-8") == render(EXPORTS[name]), (
        f"{path.name} is stale: run `python -m schemas.export`"
    )


def test_request_needs_exactly_one_source() -> None:
    with pytest.raises(ValidationError):
        ArticleRequest()
    with pytest.raises(ValidationError):
        ArticleRequest(text="a", html="<p>a</p>")
    with pytest.raises(ValidationError):
        ArticleRequest(text=" \n\t ")
    assert ArticleRequest(text="x", published="2021-02-19").published_date is not None


def test_span_length_must_match_offsets() -> None:
    with pytest.raises(ValidationError):
        Span(start=0, end=5, text="abc")


def test_draft_hint_is_not_in_llm_schema() -> None:
    from schemas import ExtractionDraft

    assert "hint" not in str(ExtractionDraft.model_json_schema())
