"""Session 17, the lead: two kinds a reader met at once on a short article of our own (issue 15).

- A noun of happening that modifies the noun after it is no happening: "the fire pumps had not been
  tested" told a fire that took place.
- A noun of happening that is the subject of its own verb after a phrase of place ("A fire broke out
  at the depot", "an engine fire on one of its ferries forced ...") was summarised as the whole clause
  with "took place" added.

Every sentence is written for this file; each kind has hard negatives.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-03-04"

_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("She said the vessel's fire pumps were broken.", "fire"),
        ("The union's strike fund was nearly empty by the spring.", "strike"),
    ],
)
def test_a_happening_that_modifies_the_next_noun_is_none(text: str, noun: str) -> None:
    got = by_trigger(text)
    assert noun not in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A word after the noun that is no noun heading it keeps the happening (each found before too).
        ("A strike today would close every school.", "strike"),
        ("A fire yesterday was the third at the depot this year.", "fire"),
        ("A meeting they held on Monday was short.", "meeting"),
        ("A strike itself would be legal.", "strike"),
    ],
)
def test_a_happening_before_a_word_that_is_no_head_stays(text: str, trigger: str) -> None:
    """Guard: the words after the noun are an adverb, a pronoun opening a clause, a reflexive."""
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out at the depot on Sunday.",
        "An engine fire on the ferry forced 312 passengers to wait for four hours.",
    ],
)
def test_a_happening_with_its_own_verb_later_is_that_verb_s_subject(text: str) -> None:
    got = by_trigger(text)
    assert "fire" in got, {t: e.type for t, e in got.items()}
    assert got["fire"].summary == text


@pytest.mark.parametrize(
    "text",
    [
        # A participle with no object after it is no verb of the noun's own.
        "A fire started by a heater was put out.",
        "The council's vote was close.",
    ],
)
def test_a_participle_after_the_noun_is_not_its_verb(text: str) -> None:
    """Guard: summaries that were sentences stay as they were."""
    got = by_trigger(text)
    assert [e.summary for e in got.values()] == [text]
