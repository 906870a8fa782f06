"""Session 31's hostile review: what it found, pinned (docs/hostile-review.md, "Session 31")."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas import ArticleRequest
from service import create_backend, extract
from service.serving.bulk import Defaults, build_request, iter_items

SENTENCE = "The mayor of Quellbrook said on Monday that 12 buses would run."


@pytest.mark.parametrize("field", ["text", "html", "title", "url", "outlet", "language"])
@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "\udcff"])
def test_a_lone_surrogate_in_any_string_of_an_article_is_refused_by_the_request_model(
    field: str, surrogate: str
) -> None:
    # Before: ArticleRequest took text holding "\ud800" (what json.loads makes of that escape), and the
    # extraction failed inside the rules (a rule-failure traceback) and then at the cache key:
    # the record's answer was a 500 "Internal error".
    fields: dict[str, str] = {"text": SENTENCE}
    if field == "html":
        fields = {"html": f"<p>{SENTENCE} {surrogate}</p>"}
    else:
        fields[field] = (fields.get(field, "") + " " + surrogate).strip()
    with pytest.raises(ValidationError) as caught:
        ArticleRequest.model_validate(fields)
    assert caught.value.errors()[0]["loc"] == (field,)


def test_text_with_astral_characters_and_accents_is_still_accepted() -> None:
    request = ArticleRequest(text=f"{SENTENCE} 😀 Zoë, İzmir, ß.", title="Café 😀")
    answer = asyncio.run(extract(request, create_backend("rules")))
    assert answer.usage.failed_chunks == 0 and not answer.warnings


def test_a_json_lines_record_with_a_lone_surrogate_escape_is_its_own_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": SENTENCE + " \ud800 More."})
        + "\n"
        + json.dumps({"id": "b", "text": SENTENCE})
        + "\n",
        encoding="utf-8",
    )
    assert "\\ud800" in path.read_text(encoding="utf-8")  # the escape, as a JSON writer sends it
    items = list(iter_items([str(path)]))
    defaults = Defaults()
    with pytest.raises(ValueError, match=r"invalid record: text: .*lone surrogate \(U\+D800"):
        build_request(items[0], defaults, 1_000_000)
    assert build_request(items[1], defaults, 1_000_000).text == SENTENCE
