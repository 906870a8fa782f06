"""Event types, session 16 (issue 15): mechanisms read on dev12's first-sight disagreements, kept where they
fixed first-sight disagreements of two of dev7-dev12 and lowered none of the development sets.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-11-20")
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A document filed is a filing, the verb's own noun (it was the family's "announcement").
        ("The bakery chain first filed to go public in 2024.", "filed", "filing"),
        ("The shop owed £3m to suppliers, according to accounts filed in August.", "filed", "filing"),
    ],
)
def test_a_document_filed_is_a_filing(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # What a filing brings: a filing since Session 32 (dev22, dev28 label "filed for Chapter 7 bankruptcy", "had
        # filed 1,150 complaints" so), but a lawsuit, a happening of its own.
        ("The growers said they would file a complaint with the regulator.", "file", "filing"),
        ("The tenants filed a lawsuit against the landlord on Monday.", "filed", "lawsuit"),
    ],
)
def test_what_a_filing_brings_still_names_it(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A thing signed that is no agreement between parties is its signing.
        ("About 900 parents signed a petition against the school's closure.", "signed", "signing"),
        ("The governor is expected to sign the budget on Friday.", "sign", "signing"),
        # A contract for a term is a person's: its signing is the news.
        ("The striker signed a three-year, $9 million contract in July.", "signed", "signing"),
    ],
)
def test_a_thing_signed_is_a_signing(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: an order signed is the order; agreeing a budget is deciding it. Session 34: agreements
        # between parties signed, as object or passive subject, are signings too (the guide's "signed" -> signing, and
        # dev9, dev15, dev16, dev23, dev28 label each so; only dev and dev4, written before the guide, an agreement).
        (
            "Two shipping firms have signed contracts to buy fuel from the new refinery.",
            "signed",
            "signing",
        ),
        ("The neighbours signed a border pact in 2009.", "signed", "signing"),
        ("Bus fares rose when the last two-year deal was signed.", "signed", "signing"),
        ("The governor signed an emergency order late on Sunday.", "signed", "order"),
        ("The council agreed the budget on Tuesday.", "agreed", "decision"),
    ],
)
def test_agreements_signed_stay_agreements(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A share of a whole lost is a fall, whatever the writer calls it next.
        ("Shares in the brewer have lost about a third of their value since March.", "lost", "fall"),
        (
            "The southern district lost 9% of its residents, the sharpest decline in the country.",
            "lost",
            "fall",
        ),
        ("The currency has lost half its value this year.", "lost", "fall"),
    ],
)
def test_a_share_lost_is_a_fall(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: money, things and contests lost keep their nouns; a verb of change keeps the writer's
        # noun in apposition.
        ("The airline lost $48 million in the quarter.", "lost", "loss"),
        ("The trawler lost three nets in the gale last winter.", "lost", "loss"),
        ("The ruling party lost its majority in the spring.", "lost", "loss"),
        ("Shares fell 7.2%, their steepest one-day drop since 2019.", "fell", "fall"),
    ],
)
def test_other_losses_keep_their_nouns(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A happening booked or talked over, told in the passive, is that happening.
        ("The agency has nine more launches booked for 2028.", "booked", "launch"),
        ("Officials said a second exchange of detainees was being discussed.", "discussed", "exchange"),
        ("A third round of talks was being discussed, the ministry said.", "discussed", "talks"),
    ],
)
def test_a_happening_booked_or_discussed_is_that_happening(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: things booked, and matters discussed in the active, keep the verb's noun.
        ("Some visitors had already booked hotels near the stadium.", "booked", "booking"),
        ("The ministers discussed the budget on Monday.", "discussed", "discussion"),
        ("The board had discussed the merger twice.", "discussed", "discussion"),
    ],
)
def test_things_booked_and_matters_discussed_keep_the_verb(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A harm told of a happening names it: "in the" happening told before, or a subject with a restrictive
        # relative clause after it.
        (
            "A mine shaft collapse trapped nine men on Friday. Two others were killed in the collapse on Saturday.",
            "killed",
            "collapse",
        ),
        (
            "A late frost that fell over the orchards on Sunday night destroyed most of the blossom.",
            "destroyed",
            "frost",
        ),
    ],
)
def test_a_harm_told_of_a_happening_is_that_happening(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives: a happening told there for the first time leaves the harm the news; no happening, no
        # change; a thing with a relative clause is no happening.
        ("Her uncle was injured in a tunnel collapse in 1971.", "injured", "injury"),
        ("The officer was killed in the line of duty.", "killed", "killing"),
        ("A rock that came loose above the road injured two walkers on Monday.", "injured", "injury"),
    ],
)
def test_harms_of_no_happening_told_before_keep_the_harm(text: str, trigger: str, type_: str) -> None:
    """Guard: these held before the change and must hold after it."""
    assert_type(text, trigger, type_)
