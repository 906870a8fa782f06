"""Session 26 (lead): a failed quotes step must not turn quoted words into the writer's.

With ``find_quote_spans`` failing nothing is masked, and before this session the sentence '"We will close the harbour
to ferries in May," said Mayor Dana Whitfield.' gave the event '"We will close the harbour to ferries in May.' and an
attribution of the quote's words as indirect speech; "Critics called the plan "a mistake ..."" gave a claim built from
the quoted words. Now such sentences keep their figures only, the rest of the article is whole, and the warning says
what was lost. Sentences written for this file.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

ARTICLE = (
    "The Quorvale council approved a budget of £4m on Tuesday. "
    '"We will close the harbour to ferries in May," said Mayor Dana Whitfield. '
    "Critics called the plan \u201ca mistake that will cost 200 jobs\u201d. The harbour master resigned on Friday."
)


def _raises(*_a: Any, **_k: Any) -> Any:
    raise KeyError("a table without the word")


def _post() -> Any:
    from fastapi.testclient import TestClient

    from service.api.app import create_app

    with TestClient(create_app(), raise_server_exceptions=False) as client:
        return client.post("/v1/extractions", json={"text": ARTICLE, "published": "2026-12-06"})


def test_with_the_quotes_step_failed_sentences_with_quotation_marks_give_no_events_or_attributions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("service.backends.rules.extractor.find_quote_spans", _raises)
    response = _post()
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["quotes"] == []
    for kind in ("events", "attributions"):
        for item in body[kind]:
            text = json.dumps(item)
            assert "harbour to ferries" not in text and "a mistake" not in text, (kind, item)
    summaries = [e["summary"] for e in body["events"]]
    assert any("budget" in s for s in summaries) and any("resigned" in s for s in summaries), summaries
    # A figure said inside the quoted sentence is still a figure ("200 jobs"), and the unquoted ones stay.
    assert {"£4m", "200"} <= {f["text"] for f in body["figures"]}, body["figures"]
    assert body["usage"]["failed_chunks"] == 1
    assert any("every sentence with a quotation mark" in w for w in body["warnings"]), body["warnings"]


def test_with_the_quotes_step_working_the_quote_and_its_speaker_are_found() -> None:
    body = _post().json()
    assert body["usage"]["failed_chunks"] == 0
    assert any(q["speaker"] == "Dana Whitfield" for q in body["quotes"]), body["quotes"]
