"""Event types, session 23: kinds read on dev19's first-sight disagreements (dev19 became development data this
session) and on dev7's and dev14's, each a family of English (a happening that yields, an emission, a clause inside a
relative), not a word of one set.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-11-20")
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A happening that yields names, money or bids, heading the subject of "gather" or "raise", is the happening.
        ("A petition against the new car park gathered 4,000 signatures in a week.", "gathered", "petition"),
        (
            "An online petition calling for a second bridge has gathered more than 9,000 signatures.",
            "gathered",
            "petition",
        ),
        ("The petition, launched in May, has gathered 2,000 signatures.", "gathered", "petition"),
        (
            "Neighbours said a petition against the closures had gathered more than 5,000 signatures.",
            "gathered",
            "petition",
        ),
        ("About £40,000 was raised by a public appeal last year.", "raised", "appeal"),
    ],
)
def test_a_happening_that_yields_is_the_happening(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): people who gather or raise keep the verb's noun or the money's; a noun of the
        # table before another noun modifies it; what is raised that is no amount keeps the object's sense.
        ("Volunteers gathered 300 signatures outside the station.", "gathered", "gathering"),
        ("Supporters raised £90,000 in two days for the club.", "raised", "fundraising"),
        # Money raised in the active is fundraising whoever raised it (session 21's convention).
        (
            "The charity auction raised $2 million for the children's ward on Saturday.",
            "raised",
            "fundraising",
        ),
        ("A crowdfunding campaign has raised €18,000 for the family.", "raised", "fundraising"),
        ("The auction house raised its fees by 2% this year.", "raised", "rise"),
        ("The tender raised concerns among the smaller bidders.", "raised", "concern"),
        ("The money was raised by the appeal fund in May.", "raised", "rise"),
        ("The fee was raised by the council in May.", "raised", "rise"),
        ("A petition was handed in and volunteers gathered 300 signatures.", "gathered", "gathering"),
        # The review of session 23: a count of matters, or matters in a passive's subject, yielded nothing.
        ("The sale raised 3 questions about the valuation.", "raised", "question"),
        ("The concerns were raised by a campaign last year.", "raised", "rise"),
    ],
)
def test_people_who_gather_or_raise_keep_their_type(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
