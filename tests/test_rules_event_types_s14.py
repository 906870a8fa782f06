"""Event types, session 14 (issue 15): mechanisms read on dev10's first-sight disagreements, kept where
they moved two sets (counting dev7-dev10 as first seen) and lowered none.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-03-14")
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A happening provided or hosted, told as new, names the event.
        ("The theatre has offered refunds to about 800 ticket holders.", "offered", "refund"),
        ("The water board issued a boil-water notice for the harbour district.", "issued", "notice"),
        ("Norway had hosted six rounds of negotiations since May.", "hosted", "negotiation"),
        ("The county will pay for an independent inspection of its 30 piers.", "pay", "inspection"),
    ],
)
def test_a_happening_provided_names_the_event(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: what is provided is no happening, or one told before.
        ("The gallery's insurer has offered a reward of £20,000.", "offered", "offer"),
        ("The family paid for a house in Leeds in 2019.", "paid", "payment"),
        ("The president hosted the summit on Saturday.", "hosted", "meeting"),
        ("The league issued a statement on Sunday.", "issued", "statement"),
    ],
)
def test_what_is_no_new_happening_keeps_the_verb(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)


def test_asking_for_a_happening_is_a_request() -> None:
    assert_type("The mayor said she would ask for an independent review of the contract.", "ask", "request")
    assert_type("The union had asked for an inquiry into the crash.", "asked", "request")
    # Hard negative: seeking a happening is that happening, as before.
    assert_type("The minister would seek talks with the rebels.", "seek", "talks")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The school said it would end its uniform rules next year.", "end", "end"),
        ("Officials said the blockade ended in 2023.", "ended", "end"),
    ],
)
def test_an_end_is_named_by_its_own_noun(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: an end told with its outcome is the happening that ended; an end of a
        # happening named as the object is that happening; a beginning names its subject still.
        ("The match ended in a 2-2 draw on Sunday.", "ended", "match"),
        ("The summit ended without a deal.", "ended", "summit"),
        ("The strike began shortly after midnight.", "began", "strike"),
    ],
)
def test_ends_with_outcomes_and_beginnings_keep_their_happening(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)
