"""One body aligner per document: the llm backend's check and grounding fold the article once."""

from __future__ import annotations

import asyncio
import json

import pytest
import respx

import service.grounding.align
from schemas import ArticleRequest
from service import extract, prepare
from service.grounding.ground import body_aligner
from tests.llm_fakes import ARTICLE, BASE_URL, COMPLETIONS, GOOD, backend, ok


def test_one_aligner_per_document() -> None:
    doc = prepare(ArticleRequest(text=ARTICLE))
    assert body_aligner(doc) is body_aligner(doc)
    other = prepare(
        ArticleRequest(text=ARTICLE + "\n\nA closing paragraph that is long enough to be body text.")
    )
    assert body_aligner(other) is not body_aligner(doc)


def test_the_check_and_grounding_fold_the_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    folded: list[str] = []
    real = service.grounding.align.fold

    def fold(text: str) -> tuple[str, list[int]]:
        folded.append(text)
        return real(text)

    monkeypatch.setattr(service.grounding.align, "fold", fold)
    # With a byline, the text the model is shown (the body) is not the article's text.
    article = "By Jane Doe, Harbour Reporter\n\n" + ARTICLE
    # The model straightens the article's curly apostrophe: only the normalised pass finds it.
    answer = json.loads(json.dumps(GOOD, ensure_ascii=False).replace("city’s", "city's"))
    b = backend()
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post(COMPLETIONS).mock(side_effect=[ok(answer)])

        async def go() -> None:
            try:
                ex = await extract(ArticleRequest(text=article), b)
            finally:
                await b.aclose()
            (attribution,) = ex.attributions
            assert "city’s finance office" in attribution.evidence[0].text
            assert ex.usage.reasks == 0 and ex.usage.dropped_ungrounded == 0

        asyncio.run(go())
    text = prepare(ArticleRequest(text=article)).text
    assert folded.count(text) == 1  # the check's and grounding's aligner is one


def test_locates_answers_as_align_does_without_building_spans() -> None:
    from service.grounding.align import Aligner

    text = (
        "Headline furniture line\n"
        "The council approved the “new budget” on Monday after a long debate.\n"
        "Share this story\n"
        "Officials said spending would rise by 4 percent next year, the mayor added."
    )
    body = [(24, 93), (110, len(text))]
    aligner = Aligner(text, body)
    probes = [
        "approved the “new budget”",  # exact
        'APPROVED THE "NEW BUDGET"',  # normalised
        "Officials said spending will rise by 4 percent next year",  # fuzzy
        "Share this story",  # only outside the body
        "the navy closed the port",  # nowhere
        "   ",
    ]
    for probe in probes:
        assert aligner.locates(probe) == (Aligner(text, body).align(probe) is not None), probe
    assert [aligner.locates(p) for p in probes] == [True, True, True, False, False, False]
