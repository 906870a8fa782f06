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
            "The dairy's quarterly revenue fell short of the 49 million francs analysts had expected.",
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


@pytest.mark.parametrize(
    "text",
    [
        # The lead's note 2: a thing that fell short of a place fell; only an amount or a reckoning makes a shortfall.
        "The flare fell short of the lifeboat and sank.",
        "The glider fell short of the airstrip and landed in a field.",
        "The mortar round fell short and hit a farmhouse.",
        "The drone fell short of its target.",
        # Review 2: a distance or a length is no amount reckoned.
        "The probe fell short of its 2,000km target and crashed into the sea.",
        "The glider fell short of the 900-metre strip and hit a hedge.",
    ],
)
def test_a_thing_that_fell_short_of_a_place_is_no_shortfall(text: str) -> None:
    assert "shortfall" not in _AT.types(text).values()


@pytest.mark.parametrize(
    "text",
    [
        # The lead's note 2: traditions or standards upheld are no upholding (nor any event).
        "The regiment has upheld its traditions since 1740.",
        "The brass band upheld its standards for a century.",
    ],
)
def test_traditions_upheld_are_no_upholding(text: str) -> None:
    assert "upholding" not in _AT.types(text).values()


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's note 1, kinds of his articles in sentences of our own. A loss or a profit made is that loss or
        # profit; reported, posted or recorded results stay earnings.
        ("The ferry service made a loss of £1.2 million last year.", "made", "loss"),
        ("The cider mill made a profit of €40,000 in 2025.", "made", "profit"),
        ("The ferry firm reported a loss of £1.2 million for the year.", "reported", "report"),
        ("The bakery chain posted a pre-tax profit of £8m on Tuesday.", "posted", "earnings"),
        # Money received for something is a payment received, no purchase; money paid for a thing keeps its types.
        (
            "Fishing crews will receive £500 for each tonne of plastic they bring ashore.",
            "receive",
            "receipt",
        ),
        ("The club will receive £3 million for its goalkeeper.", "receive", "receipt"),
        ("The lighthouse trust paid for a new lantern last spring.", "paid", "payment"),
        # A ruling upheld is its upholding; a ruling overturned its overturning, as before.
        ("An appeal panel upheld that ruling on Thursday.", "upheld", "upholding"),
        ("The tribunal upheld the harbour ban on Friday.", "upheld", "upholding"),
        ("The harbour ban has been upheld on appeal.", "upheld", "upholding"),
        ("The ombudsman has upheld two complaints against the ferry firm.", "upheld", "upholding"),
        ("The tribunal overturned the harbour ban on Friday.", "overturned", "overturning"),
        # A cut or a closure reversed is a reversal.
        ("The new board would reverse the cut to the library's hours.", "reverse", "reversal"),
        ("The minister reversed the cut to bus grants on Monday.", "reversed", "reversal"),
        # Review 2: a profit warning made is no profit made.
        ("The ferry firm made a profit warning on Monday.", "made", "earnings"),
    ],
)
def test_the_leads_kinds_of_note_1(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: an election told as news stays one; a lorry that reverses is no reversal.
        "She was elected to the harbour board in 2019.",
        "The council elected a new mayor on Tuesday.",
    ],
)
def test_an_election_told_stays_one(text: str) -> None:
    assert "election" in _AT.types(text).values()


def test_a_lorry_reversing_is_no_reversal() -> None:
    assert "reversal" not in _AT.types("The lorry reversed into a parked car on the quay.").values()


def test_a_van_reversed_into_a_closure_sign_is_no_reversal() -> None:
    # Review 2: a vehicle reversed into a sign is no policy reversed.
    assert "reversal" not in _AT.types("The courier reversed his van into the road closure barrier.").values()
