"""Event types, session 29: can a "trigger lemma -> the type annotators chose" table learned from our gold type
news nobody has read? Measured leave-one-set-out (docs/events.md, "Session 29: event types, can a table from our
gold transfer"), it could not be landed: on the rules of today it breaks more types on the development sets than it
mends. What is here is the one sense of a verb the study's dev25 column found decided wrongly, as a family of English:
a thing that falls short of a mark misses it, and no amount fell.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # What falls short of a mark misses it: a shortfall, the noun English makes of the phrase.
        (
            "Quarterly revenue at the dairy fell short of the 49 million francs analysts had expected.",
            "fell short",
            "shortfall",
        ),
        ("The lighthouse appeal fell short of its £50,000 target by £8,000.", "fell short", "shortfall"),
        (
            "Ticket sales for the regatta could fall short of forecasts, the organisers warned.",
            "fall short",
            "shortfall",
        ),
        ("The salmon harvest fell short last year.", "fell short", "shortfall"),
    ],
)
def test_falling_short_is_a_shortfall(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: an amount that fell is a fall, even when a "short" follows later in the clause or a word
        # that begins with "short" follows the verb.
        ("Bookings at the ski resort fell 4% in November, short of the forecast.", "fell", "fall"),
        ("Turnout at the ferry vote fell to 31%, short of the 40% the board had hoped for.", "fell", "fall"),
        ("Container rates fell shortly after the strike ended.", "fell", "fall"),
        ("Milk prices fell sharply in short order.", "fell", "fall"),
    ],
)
def test_an_amount_that_fell_is_a_fall(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_
