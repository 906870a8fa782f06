"""Event types, session 25: kinds read on dev21's, dev20's and dev19's disagreements (dev21 written without looking
at the rules), each fixed as a family of English written from our own lists (what goods are paid for, a noun of
happening named by the verb, money provided toward a purpose, nouns that name a thing after a modifier of its kind,
signatures gathered on a drive, a size the writer quotes), not as the words of one set.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-11-20")
by_trigger = _AT.by_trigger


def _type(text: str, trigger: str) -> str:
    """The type of the one event whose trigger begins with ``trigger``."""
    types = _AT.types(text)
    hits = [t for t in types if t == trigger or t.startswith(trigger + " ")]
    assert len(hits) == 1, types
    return types[hits[0]]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's review of session 24 (Q14): goods paid for are bought, whatever goods they are; a list of goods
        # flipped anything missing from it to a payment.
        ("The club paid for a new ambulance.", "paid", "purchase"),
        ("The school will pay for new laptops for every pupil.", "pay", "purchase"),
        ("The trust paid for two electric minibuses last year.", "paid", "purchase"),
        # Hard negatives: a service, a stay, work, staff or a time paid for is a payment; money raised for a public
        # purpose funds what it pays for, goods too; money a person holds buys; a happening told as new names it.
        ("The firm would pay for hotel rooms for anyone stranded.", "pay", "payment"),
        ("The council will pay for extra nurses.", "pay", "payment"),
        ("The insurer will pay for independent testing of the water.", "pay", "payment"),
        ("The repairs would be paid for from existing budgets.", "paid", "payment"),
        ("The levy would pay for new buses.", "pay", "funding"),
        ("Prosecutors said the money paid for a villa and three cars.", "paid", "purchase"),
        ("The council will pay for an independent inquiry into the fire.", "pay", "inquiry"),
    ],
)
def test_goods_paid_for_are_bought(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A raid is named by its own noun, as the verb already was.
        ("A police raid on a flat in Leeds on Monday found two guns.", "raid", "raid"),
        ("Officers carried out raids on 12 homes on Tuesday.", "carried out", "raid"),
        ("The army launched a raid on the rebel camp.", "launched", "raid"),
        # Hard negatives: the verb stays a raid; an offensive, strikes and a bombing stay an attack.
        ("Police raided three properties in Luton.", "raided", "raid"),
        ("Rebels launched an offensive on the city.", "launched", "attack"),
        ("An explosion tore through the market.", "explosion", "explosion"),
    ],
)
def test_a_raid_is_a_raid(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Money provided toward something: the happening after "toward" is its purpose, not the thing provided.
        ("The city had offered $8 million toward repairs.", "offered", "offer"),
        ("The state granted €3 million towards flood defences.", "granted", "grant"),
        ("The government will offer 5,000 euros toward the cost of the clean-up.", "offer", "offer"),
        # Hard negatives: a happening provided still names the event.
        ("The club offered refunds toward the end of the season.", "offered", "refund"),
        ("The city hosted nine rounds of negotiations.", "hosted", "negotiation"),
        ("The council will pay for an independent audit of its schools.", "pay", "audit"),
    ],
)
def test_money_provided_toward_a_purpose(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A block of land or sea let for drilling, of flats or offices, is a thing: the offer is the news.
        ("The ministry will offer new oil blocks to bidders in the spring.", "offer", "offer"),
        ("The agency offered six offshore blocks in its last round.", "offered", "offer"),
        ("The council offered a block of flats to the housing charity.", "offered", "offer"),
        # Hard negatives: a happening provided names the event.
        ("The minister offered a meeting to the fishermen.", "offered", "meeting"),
    ],
)
def test_blocks_provided_are_things(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Signatures gathered on a petition are the petition, as a petition that gathers them is.
        ("Residents collected 3,000 signatures on a petition against the mast.", "collected", "petition"),
        (
            "Campaigners gathered 900 signatures for a petition calling for a crossing.",
            "gathered",
            "petition",
        ),
        ("A parents' petition gathered 1,200 signatures.", "gathered", "petition"),
        # Hard negatives: signatures gathered with no drive named keep the verb's noun.
        ("Volunteers collected 300 signatures against the plan.", "collected", "collection"),
        ("Volunteers collected 300 signatures on Saturday.", "collected", "collection"),
    ],
)
def test_signatures_on_a_petition(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A size the writer quotes is the change's size: a change of an amount told by its size is a fall.
        ('The plan would cut the water bill "by more than a third".', "cut", "fall"),
        ("The plan would cut the water bill 'by more than a third'.", "cut", "fall"),
        ('The plan would cut the water bill by "more than a third".', "cut", "fall"),
        # Hard negatives: no size, or a time after "by", keeps the cut; the size unquoted is a fall as before.
        ('The council said it would cut "waste" by the end of 2027.', "cut", "cut"),
        ("The regulator cut electricity prices on Monday.", "cut", "cut"),
        ("The plan would cut the water bill by more than a third.", "cut", "fall"),
    ],
)
def test_a_quoted_size(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_
