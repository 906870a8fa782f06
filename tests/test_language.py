"""Other languages: detected, reported in metadata, refused by the English rules, read by the LLM backend."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import respx

from schemas import ArticleRequest, Extraction
from service import create_backend
from service.backends.rules import RulesBackend
from service.errors import UnsupportedLanguageError
from service.pipeline.language import detect, is_english, name, primary
from service.pipeline.run import extract, prepare
from service.settings import Settings
from tests.api_fakes import running
from tests.language_samples import ENGLISH_WITH_FOREIGN_QUOTES, GERMAN, SPANISH
from tests.llm_fakes import BASE_URL, COMPLETIONS, backend, ok

ROOT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("text", "code"),
    [(GERMAN, "de"), (SPANISH, "es"), (ENGLISH_WITH_FOREIGN_QUOTES, "en")],
)
def test_detects_the_language_of_a_whole_article(text: str, code: str) -> None:
    found = detect(text)
    assert found is not None and found.code == code
    assert found.confidence > 0.9


@pytest.mark.parametrize("text", ["Prices rose.", "OK", "12.5", "Angela Merkel", "   ", "—"])
def test_too_little_text_is_unknown_rather_than_a_guess(text: str) -> None:
    assert detect(text) is None


def test_tags_and_names() -> None:
    assert primary("de-AT") == "de" and primary("EN_gb") == "en"
    assert is_english(None) and is_english("en-GB") and not is_english("es")
    assert name("de") == "German (de)" and name("es-MX") == "Spanish (es-MX)"
    assert name("xx") == "'xx'"


def test_metadata_language_is_detected_or_taken_from_the_request() -> None:
    german = prepare(ArticleRequest(text=GERMAN))
    assert (german.language, german.language_source) == ("de", "detected")
    told = prepare(ArticleRequest(text=GERMAN, language="de-CH"))
    assert (told.language, told.language_source) == ("de-CH", "request")
    short = prepare(ArticleRequest(text="Prices rose."))
    assert (short.language, short.language_source) == (None, None)


def test_an_english_article_with_foreign_quotes_is_extracted_and_says_en() -> None:
    ex = asyncio.run(extract(ArticleRequest(text=ENGLISH_WITH_FOREIGN_QUOTES), RulesBackend()))
    assert ex.metadata.language == "en"
    assert any(f.value == 3000 for f in ex.figures)


# ---------------------------------------------------------------------------- the rules refuse


@pytest.mark.parametrize(
    ("article", "language", "words"),
    [
        (ArticleRequest(text=GERMAN), "de", "German (de) (detected)"),
        (ArticleRequest(text=SPANISH), "es", "Spanish (es) (detected)"),
        # The request's word is taken: no English reading of an article said to be German.
        (ArticleRequest(text=ENGLISH_WITH_FOREIGN_QUOTES, language="de"), "de", "(the request says)"),
    ],
)
def test_rules_refuse_other_languages_naming_them(article: ArticleRequest, language: str, words: str) -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        asyncio.run(extract(article, RulesBackend()))
    assert caught.value.language == language
    assert words in caught.value.detail
    assert "llm backend" in caught.value.detail


@pytest.mark.anyio
async def test_api_answers_a_typed_problem_naming_the_language(settings: Settings) -> None:
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post("/v1/extractions", json={"text": GERMAN})
        batch = await client.post(
            "/v1/extractions/batch",
            json={"articles": [{"text": SPANISH}, {"text": ENGLISH_WITH_FOREIGN_QUOTES}]},
        )
    assert r.status_code == 422
    assert r.headers["content-type"] == "application/problem+json"
    problem = r.json()
    assert problem["type"] == "urn:newsfacts:problem:unsupported-language"
    assert problem["language"] == "de"
    assert "German" in problem["detail"]
    items = batch.json()["items"]
    assert items[0]["status"] == 422 and items[0]["error"]["language"] == "es"
    assert items[1]["status"] == 200 and items[1]["result"]["metadata"]["language"] == "en"


def test_cli_refuses_with_the_language_and_a_non_zero_exit(tmp_path: Path) -> None:
    article = tmp_path / "streik.txt"
    article.write_text(GERMAN, encoding="utf-8")
    p = subprocess.run(
        [sys.executable, "-m", "service", "extract", str(article)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert p.returncode == 2
    assert p.stdout == b""
    assert "German (de)" in p.stderr.decode()
    told = subprocess.run(
        [sys.executable, "-m", "service", "extract", "seeds/000_9e83181834ba2713.txt", "--language", "es"],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert told.returncode == 2 and "Spanish (es)" in told.stderr.decode()


# ---------------------------------------------------------------------------- the LLM reads any language


def _spanish_draft(value_rent: float, value_cost: float) -> dict[str, Any]:
    return {
        "metadata": {},
        "entities": [],
        "events": [],
        "quotes": [],
        "attributions": [],
        "figures": [
            {
                "text": "1.134 euros",
                "value": value_rent,
                "unit": "EUR",
                "kind": "money",
                "measure": "alquiler medio al mes",
                "evidence": ["1.134 euros al mes"],
            },
            {
                "text": "2,5 millones de euros",
                "value": value_cost,
                "unit": "EUR",
                "kind": "money",
                "measure": "coste del programa",
                "evidence": ["El programa costará 2,5 millones de euros"],
            },
            {
                "text": "unas 40.000 personas",
                "value": 40000,
                "unit": "people",
                "kind": "count",
                "qualifier": "approximate",
                "measure": "beneficiarios",
                "evidence": ["unas 40.000 personas"],
            },
        ],
    }


def _llm_extract(article: ArticleRequest, answer: dict[str, Any]) -> Extraction:
    b = backend()
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post(COMPLETIONS).mock(side_effect=[ok(answer)])

        async def go() -> Extraction:
            try:
                return await extract(article, b)
            finally:
                await b.aclose()

        return asyncio.run(go())


def test_llm_backend_reads_spanish_and_english_misreadings_of_numbers_are_corrected() -> None:
    ex = _llm_extract(ArticleRequest(text=SPANISH), _spanish_draft(1.134, 2))
    assert ex.metadata.language == "es"
    assert [f.value for f in ex.figures] == [1134, 2_500_000, 40000]
    corrected = [w for w in ex.warnings if "Spanish (es) notation" in w]
    assert len(corrected) == 2 and "'1.134 euros' read as 1134" in corrected[0]


def test_llm_values_already_right_are_left_alone() -> None:
    ex = _llm_extract(ArticleRequest(text=SPANISH), _spanish_draft(1134, 2_500_000))
    assert [f.value for f in ex.figures] == [1134, 2_500_000, 40000]
    assert not any("notation" in w for w in ex.warnings)


@pytest.mark.parametrize("tag", ["und", "mul", "zxx"])
def test_an_undetermined_tag_is_as_if_none_was_given(tag: str) -> None:
    doc = prepare(ArticleRequest(text=GERMAN, language=tag))
    assert (doc.language, doc.language_source) == ("de", "detected")
