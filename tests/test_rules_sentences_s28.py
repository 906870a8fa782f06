"""Session 28: a possessive's "s" before a full stop is no initial; the sentence ends there ("larger than last
year's. It raises ..."), and the next sentence's summary does not run from it (docs/event-summaries.md, "Session
28")."""

from __future__ import annotations

from service.backends.rules.sentences import split_sentences
from tests.rules_support import run


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_possessive_before_a_full_stop_ends_the_sentence() -> None:
    assert _sentences("The budget is 2% larger than last year's. It raises spending on parks.") == [
        "The budget is 2% larger than last year's.",
        "It raises spending on parks.",
    ]
    assert _sentences("The boat was her father’s. She sold it in May.") == [
        "The boat was her father’s.",
        "She sold it in May.",
    ]


def test_guard_initials_still_do_not_end_a_sentence() -> None:
    assert _sentences("J. S. Bach wrote it. The ferry left.") == ["J. S. Bach wrote it.", "The ferry left."]
    assert _sentences("Vitamin D. Smith said so.") == ["Vitamin D. Smith said so."]


def test_no_summary_runs_over_a_possessives_full_stop() -> None:
    text = (
        "The Harwick Town Council approved a $150 million budget on Monday. The budget is 2% larger than last "
        "year's. It raises spending on parks by 3% and sets aside $4 million to mend roads."
    )
    assert not any("last year's." in e.summary and "sets aside" in e.summary for e in run(text).events)
