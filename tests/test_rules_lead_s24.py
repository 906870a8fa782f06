"""Session 24, the lead: a kind a reader met on short articles of our own after the helpers' landings.

The first test failed on main before this change (checked); the guards say so and check that their sentence was read.
Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from .rules_support import rules

PUBLISHED = "2026-12-06"


def _summaries(text: str) -> list[str]:
    return [e.summary for e in rules(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        # a second object after "her": the object, not a possessive ("would give Mira Castell’s a grant")
        (
            "Ilse Vortmann became the youngest grandmaster in the country. The chess federation said it would give "
            "her a grant of €8,000 to cover travel next season.",
            "The chess federation would give Ilse Vortmann a grant of €8,000 to cover travel next season.",
        ),
    ],
)
def test_her_before_a_determiner_is_the_object(text: str, summary: str) -> None:
    assert summary in _summaries(text)


def test_her_before_a_noun_stays_a_possessive() -> None:
    """Guard (passed before): "her coach" is Ilse Vortmann's coach."""
    summaries = _summaries(
        "Ilse Vortmann became the youngest grandmaster in the country. Her coach resigned on Friday."
    )
    assert any(s.startswith("Ilse Vortmann’s coach resigned") for s in summaries), summaries


# --------------------------------------------------------------------------- a rule's crash loses a sentence, not the article


def test_a_rule_failing_on_one_sentence_loses_that_sentence_not_the_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The API answers 200 with the other sentences' items, marked partial (a warning, ``failed_chunks``), not a 500.

    The failing rule is simulated (a figures pass that raises on one sentence): the guard is what is tested, and no
    real rule is known to fail since "five-sixths" was mended (92fcd91).
    """
    from fastapi.testclient import TestClient

    from service.api.app import create_app
    from service.backends.rules import extractor

    real = extractor.find_figures

    def failing(sent, **kw):  # type: ignore[no-untyped-def]
        if "Quorvale" in sent.text:
            raise KeyError("a table without the word")
        return real(sent, **kw)

    monkeypatch.setattr(extractor, "find_figures", failing)
    text = (
        "The Quorvale council approved a budget of £4m on Tuesday. "
        "Officials said 300 homes would be built by 2028. The mayor resigned on Friday."
    )
    with TestClient(create_app(), raise_server_exceptions=False) as client:
        response = client.post("/v1/extractions", json={"text": text, "published": "2026-12-06"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["usage"]["failed_chunks"] == 1
    assert any("internal error in a rule" in w for w in body["warnings"])
    figures = [f["text"] for f in body["figures"]]
    assert "£4m" not in figures and any("300" in f for f in figures)  # the failed sentence only
    assert any("resigned" in e["summary"] for e in body["events"])  # the sentences after it were read
