"""One plural test (session 20): ``plurals.is_plural`` for a count's head, ``plurals.plural_in_s`` for the plurals
in -s alone (attributions' subjects and "X is/are to blame"), ``plurals.plural_subject`` for the verb of a
subject a summary writes. Figures, attributions and summaries each had their own test before.

Words and sentences are our own; each caller is checked on a sentence where it must give its answer.
"""

from __future__ import annotations

import pytest

from service.backends.rules.plurals import is_plural, plural_in_s, plural_subject
from tests.rules_support import rules

PUBLISHED = "2026-03-13"


@pytest.mark.parametrize(
    "word",
    ["cuts", "ferries", "nurses", "people", "children", "geese", "businessmen", "women", "statistics"],
)
def test_plurals(word: str) -> None:
    assert is_plural(word)


@pytest.mark.parametrize(
    "word",
    [
        "press",  # -ss
        "glass",
        "status",  # -us
        "campus",
        "analysis",  # -is
        "crisis",
        "politics",  # -ics that is one thing
        "economics",
        "news",
        "series",
        "overseas",  # an adverb
        "mayor’s",  # a possessive
        "mayor's",
        "specimen",  # -men that is one thing
        "abdomen",
        "police",  # collective: a count's head is the noun after it ("200 police officers")
        "staff",
        "cut",
        "child",
    ],
)
def test_not_plurals(word: str) -> None:
    assert not is_plural(word)


@pytest.mark.parametrize(
    ("word", "plural"), [("cuts", True), ("women", False), ("people", False), ("press", False)]
)
def test_plural_in_s_reads_the_ending_alone(word: str, plural: bool) -> None:
    assert plural_in_s(word) is plural


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("police", True),
        ("staff", True),
        ("fishermen", True),
        ("people", True),
        ("shops", True),
        ("bus", False),
        ("press", False),
        ("series", False),
        ("Yemen", False),  # a name in -men is one
        ("Carmen", False),
        ("school", False),
    ],
)
def test_plural_subject(word: str, plural: bool) -> None:
    assert plural_subject(word) is plural


def _summaries(text: str) -> list[str]:
    return [e.summary for e in rules(text, PUBLISHED).events]


def test_a_forced_subject_in_men_takes_were() -> None:
    # "Fishermen was forced to ..." before: the summaries' table held "men" and "women" only
    text = "The storm hit on Monday, leaving 800 homes without power and forcing fishermen to abandon their boats."
    assert "Fishermen were forced to abandon their boats." in _summaries(text)


@pytest.mark.parametrize(
    ("obj", "summary"),
    [
        ("staff to close the museum", "Staff were forced to close the museum."),
        ("the press to close", "The press was forced to close."),
        ("the campus to close", "The campus was forced to close."),
        ("neighbouring Yemen to close its ports", "Neighbouring Yemen was forced to close its ports."),
    ],
)
def test_a_forced_subject_agrees(obj: str, summary: str) -> None:
    """Guard: the summaries' caller keeps its answers (collective nouns plural; -ss, -us, a name singular)."""
    text = f"The storm hit on Monday, leaving 800 homes without power and forcing {obj}."
    assert summary in _summaries(text)


def test_a_count_reads_its_plural_head() -> None:
    """Guard: figures' caller (a plural in -men, an adjective before it; a collective noun modifying the head)."""
    figs = rules(
        "The city hired 200 police officers, 40 staff members and two wealthy businessmen.", PUBLISHED
    ).figures
    assert [(f.value, f.unit) for f in figs] == [
        (200.0, "officers"),
        (40.0, "staff members"),
        (2.0, "businessmen"),
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Critics called the cuts a disgrace.", "The cuts are a disgrace."),
        ("Critics called the crisis a disgrace.", "The crisis is a disgrace."),
        ("Fans blamed the players.", "The players are to blame."),
        ("The mayor blamed the news.", "The news is to blame."),
    ],
)
def test_attributions_agree_with_their_subject(text: str, claim: str) -> None:
    """Guard: attributions' callers (the naming rewrite, the blame rewrite) keep their verbs."""
    assert claim in [a.claim for a in rules(text, PUBLISHED).attributions]
