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


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's review of session 24 (Q14): goods paid for are bought, whatever goods they are; a list of goods
        # flipped anything missing from it to a payment.
        ("The club paid for a new ambulance.", "paid", "payment"),
        ("The school will pay for new laptops for every pupil.", "pay", "payment"),
        ("The trust paid for two electric minibuses last year.", "paid", "payment"),
        # Hard negatives: a service, a stay, work, staff or a time paid for is a payment; money raised for a public
        # purpose funds what it pays for, goods too; money a person holds buys; a happening told as new names it.
        ("The firm would pay for hotel rooms for anyone stranded.", "pay", "payment"),
        ("The council will pay for extra nurses.", "pay", "payment"),
        ("The insurer will pay for independent testing of the water.", "pay", "payment"),
        ("The repairs would be paid for from existing budgets.", "paid", "payment"),
        ("The levy would pay for new buses.", "pay", "funding"),
        ("Prosecutors said the money paid for a villa and three cars.", "paid", "payment"),
        ("The council will pay for an independent inquiry into the fire.", "pay", "inquiry"),
    ],
)
def test_goods_paid_for_are_bought(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


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
    assert _AT.type_of(text, trigger) == type_


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
    assert _AT.type_of(text, trigger) == type_


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
    assert _AT.type_of(text, trigger) == type_


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
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A size the writer quotes is the change's size: a change of an amount told by its size is a fall.
        ('The plan would cut the water bill "by more than a third".', "cut", "cut"),
        ("The plan would cut the water bill 'by more than a third'.", "cut", "cut"),
        ('The plan would cut the water bill by "more than a third".', "cut", "cut"),
        # Hard negatives: no size, or a time after "by", keeps the cut; the size unquoted is a fall as before.
        ('The council said it would cut "waste" by the end of 2027.', "cut", "cut"),
        ("The regulator cut electricity prices on Monday.", "cut", "cut"),
        ("The plan would cut the water bill by more than a third.", "cut", "cut"),
    ],
)
def test_a_quoted_size(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's note T1: an outcome reached is that outcome, not an arrival, told before or after the verb.
        (
            "The deal, reached in Bergen late on Tuesday after four days of talks, sets the catch at 9,000 tonnes.",
            "reached",
            "agreement",
        ),
        ("The two sides reached a settlement on Monday.", "reached", "settlement"),
        ("The jury reached a verdict after six hours.", "reached", "verdict"),
        ("Ministers reached a compromise on Monday.", "reached", "compromise"),
        # Hard negatives: people reaching a place arrive; a place reached in the passive too; a stage reached qualifies.
        ("Rescuers reached the village on Monday.", "reached", "arrival"),
        ("The town was reached by road on Monday.", "reached", "arrival"),
        ("The team reached the final on Sunday.", "reached", "qualification"),
        ("A deal was reached on Tuesday.", "deal", "agreement"),
    ],
)
def test_an_outcome_reached(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_a_prospect_raised_is_no_rise() -> None:
    """The lead's note T2: a prospect, a possibility or a risk raised is no rise; a happening after it is possible."""
    types = _AT.types(
        "Staff voted to strike over pay, raising the prospect of disruption to exams in January."
    )
    assert "rise" not in types.values(), types
    assert "raised" not in types and "raising" not in types, types
    assert _AT.types("The move raised the risk of flooding in the valley.") == {}
    events = _AT.by_trigger("The vote raised the prospect of a strike in January.")
    assert [e.status for e in events.values()] == ["hypothetical"], events


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives of the prospect: rates, a weighting and concerns raised keep their types.
        ("The bank raised rates by 0.5 points.", "raised", "rise"),
        ("The bank raised the risk weighting on loans.", "raised", "rise"),
        ("The delay raised concerns among parents.", "raised", "concern"),
        ("The appeal raised £40,000 in a week.", "raised", "fundraising"),
    ],
)
def test_what_is_raised_still(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # The session-24 finding: a participle right after the sentence's subject, shown passive by its agent or by a
        # form unlike the past, is a reduced relative inside the subject; the sentence's own verb, when it is a
        # happening, is an event of its own.
        (
            "Workers hired by the council repaired the roof on Monday.",
            [
                ("hiring", "Workers were hired by the council."),
                ("repair", "Workers repaired the roof on Monday."),
            ],
        ),
        (
            "The bridge closed by engineers in March reopened on Monday.",
            [
                ("closure", "The bridge was closed by engineers in March."),
                ("reopening", "The bridge reopened on Monday."),
            ],
        ),
        # Hard negatives (the review of session 25 among them): the sentence's own verb with a preposition after it;
        # a participle written like the past with no agent; a pronoun's verb; a second verb after "and", "where",
        # "once" or "as"; verbs that take no object.
        ("Thousands marched in London on Saturday.", [("march", "Thousands marched in London on Saturday.")]),
        (
            "A man arrested in Leeds was charged on Friday.",
            [("arrest", "A man arrested in Leeds was charged on Friday.")],
        ),
        (
            "Police arrived at the scene minutes later found two bodies.",
            [("arrival", "Police arrived at the scene minutes later found two bodies.")],
        ),
        (
            "Police arrived at the house where a man was found dead.",
            [("arrival", "Police arrived at the house where a man was found dead.")],
        ),
        (
            "Troops withdrew from the town once the ceasefire was signed.",
            [("withdrawal", "Troops withdrew from the town once the ceasefire was signed.")],
        ),
        (
            "They moved to Leeds and opened a shop.",
            [("move", "They moved to Leeds."), ("opening", "They opened a shop.")],
        ),
        ("Sales fell in March as prices rose.", [("fall", "Sales fell in March as prices rose.")]),
        (
            "Officials moved to block the sale on Monday.",
            [("block", "Officials moved to block the sale on Monday.")],
        ),
    ],
)
def test_a_reduced_relative_in_the_subject(text: str, events: list[tuple[str, str]]) -> None:
    assert [(e.type, e.summary) for e in _AT.events(text)] == events


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The review of session 25: goods in "-ing" and an "-ing" word before a noun are bought; a raid from the air,
        # across a border or one that kills is an attack; only a petition names signatures gathered.
        ("The museum paid for a painting by Turner.", "paid", "payment"),
        ("The gallery paid for a new building in the city centre.", "paid", "payment"),
        ("He paid for a fishing boat and a swimming pool.", "paid", "payment"),
        ("An air raid on the city killed 12 people overnight.", "raid", "attack"),
        ("Rebels launched a cross-border raid that killed four soldiers.", "launched", "attack"),
        ("The charity collected 300 signatures for the campaign in a day.", "collected", "collection"),
        # Hard negatives: a service in "-ing" is paid; a search by police is a raid.
        ("The insurer will pay for independent testing of the water.", "pay", "payment"),
        ("Officers found cash during a raid on a house in Hull.", "raid", "raid"),
    ],
)
def test_the_review_of_session_25(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_
