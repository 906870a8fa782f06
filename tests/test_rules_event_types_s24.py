"""Event types, session 24: kinds read on dev20's, dev19's and dev18's disagreements (sets written without looking
at the rules), each fixed as a family of English written from our own list (verbs of ordering goods, of paying, of
giving money, of granting, of agreeing), not as the words of one set.

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
        # Goods ordered are an order, by the verb's own noun: every set labels them so (a vessel, road salt, a
        # reprint, jets), none a purchase.
        ("The airline would order 12 new jets next year.", "order", "order"),
        ("The railway ordered six trains from a Spanish builder in March.", "ordered", "order"),
        ("The navy has ordered four new ships.", "ordered", "order"),
        # Hard negatives: people ordered out are evacuated, a happening ordered is the order or the happening,
        # a person ordered to act is an order, and goods bought stay a purchase.
        ("Residents were ordered to leave their homes.", "ordered", "evacuation"),
        ("His first act would be to order an audit of the harbour contract.", "audit", "audit"),
        ("A judge ordered him to repay £40,000.", "ordered", "order"),
        ("The airline bought 12 new jets last year.", "bought", "purchase"),
    ],
)
def test_goods_ordered_are_an_order(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Paying for a service, a stay or a work on someone's behalf is a payment; only property or a vehicle
        # paid for is bought.
        ("The hospital will pay for extra nurses over the winter.", "pay", "payment"),
        ("The insurer would pay for temporary housing for the families.", "pay", "payment"),
        ("The company will pay for independent testing of the water.", "pay", "payment"),
        ("Staff at the depot had not been paid for three months.", "paid", "payment"),
        # A happening's noun before a noun of money is the money's modifier: the costs are paid.
        ("The council would pay relocation costs of up to $400 per family.", "pay", "payment"),
        ("The club will pay the repair bill of about £9,000.", "pay", "payment"),
        # Hard negatives: a house, a car or a boat paid for is bought; a happening paid for names the event;
        # tribute paid is a tribute; a dividend paid a dividend.
        ("Prosecutors said the money paid for a holiday villa and two cars.", "paid", "payment"),
        ("The council will pay for an independent inquiry into the fire.", "pay", "inquiry"),
        ("The minister paid tribute to the rescue crews.", "paid", "tribute"),
        ("The bank will pay a final dividend of 12 cents.", "pay", "payment"),
    ],
)
def test_paying_on_someones_behalf_is_a_payment(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Money a public body gives is a grant; money a person or a company gives is a donation.
        ("The city would give the shelter $50,000 from its reserve fund.", "give", "grant"),
        ("The county council gave the museum £20,000 last year.", "gave", "grant"),
        ("The government will give each school $12,000 for repairs.", "give", "grant"),
        # Hard negatives: a person, a family or a firm giving money donates it.
        ("The singer gave $20,000 to a children's charity.", "gave", "donation"),
        ("A local builder will give the club £5,000.", "give", "donation"),
    ],
)
def test_money_a_public_body_gives_is_a_grant(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A post offered is a job, not a post on a website: the offer names the event.
        ("Only 30 workers were offered posts at the new plant.", "offered", "offer"),
        ("The firm has offered posts in Leeds to 40 of its staff.", "offered", "offer"),
        # Hard negatives: a post on a website is still a post; a happening offered names the event.
        ("The mayor said in a post on social media that the road would reopen.", "post", "post"),
        ("The operator has offered refunds to 900 passengers.", "offered", "refund"),
    ],
)
def test_a_post_offered_is_a_job(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A happening granted, as one offered or hosted, names the event.
        ("The board has never granted an extension to a tenant.", "granted", "extension"),
        ("The court granted a delay of two weeks.", "granted", "delay"),
        # Hard negatives: permission, bail and money granted keep their tables' types.
        ("The council granted planning permission for 200 homes.", "granted", "decision"),
        ("The magistrate granted bail to the driver.", "granted", "decision"),
    ],
)
def test_a_happening_granted_is_the_happening(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # One party agreeing to do something consents to it: an agreement.
        ("The landlord has agreed to repair the roof.", "agreed", "agreement"),
        ("The opposition party agreed to support the budget.", "agreed", "agreement"),
        # Hard negatives: members of a body agreeing among themselves decide; an act of buying or selling
        # agreed names the event; a deal agreed is an agreement.
        ("Defence ministers agreed to expand the training mission.", "agreed", "decision"),
        ("The board agreed to close two branches.", "agreed", "decision"),
        ("The firm agreed on Monday to buy its rival.", "agreed", "acquisition"),
        ("The two unions have agreed a deal with the employers.", "agreed", "agreement"),
    ],
)
def test_one_party_agreeing_to_act_is_an_agreement(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A document's happening right before the participle that made it public: the making public is the event.
        (
            "Demand rose by a third, according to a county housing survey released in October.",
            "released",
            "release",
        ),
        (
            "An audit published in September by the state auditor found that costs had risen.",
            "published",
            "publication",
        ),
        ("A state survey released on Monday found that rents rose 8%.", "released", "release"),
        # Hard negatives: a survey told with no participle, or one released by someone, keeps its own telling.
        ("A survey of 2,000 tenants found that rents rose 8%.", "survey", "survey"),
        ("The ministry released the survey on Monday.", "released", "release"),
        ("The company issued a statement on Monday.", "issued", "statement"),
    ],
)
def test_a_document_made_public_is_told_by_its_participle(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's review (session 24): another party's petition granted is the deciding on it.
        ("The court granted an appeal by the former mayor against his conviction.", "granted", "decision"),
        ("The court granted a request by prosecutors to delay the trial.", "granted", "decision"),
        ("The tribunal granted the union's application for a hearing.", "granted", "decision"),
        # The subject's head past a time phrase, and "-ly" words that are nouns or names.
        ("EU leaders on Thursday agreed to raise defence spending.", "agreed", "decision"),
        ("The National Assembly agreed to lower the voting age to 16.", "agreed", "decision"),
        ("The council last week agreed to close the pool.", "agreed", "decision"),
        ("The government of Italy gave €5 million to the appeal.", "gave", "grant"),
        # A public body inside a private giver's phrase: the giver's head before the preposition decides.
        ("A retired teacher from the county gave $1 million to the hospital.", "gave", "donation"),
        ("A businessman in the city gave £500,000 to the hospice.", "gave", "donation"),
        ("The landlord formally agreed to repair the roof.", "agreed", "agreement"),
    ],
)
def test_the_lead_review_granted_petitions_and_subject_heads(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's review (session 24): a count of things recovered is a recovery, a share recovered a rise.
        ("Crews had recovered about 1,400 barrels by Tuesday night.", "recovered", "recovery"),
        ("The shares recovered 4% on Thursday.", "recovered", "rise"),
        ("The pound recovered 1.2 cents against the dollar.", "recovered", "rise"),
        ("The index recovered some of its losses.", "recovered", "rise"),
        # Money that pays for something funds it; a body that pays makes a payment.
        ("The increase will pay for £1.9bn of work to cut sewage spills.", "pay", "funding"),
        ("The levy would pay for new buses.", "pay", "funding"),
        ("The council will pay for extra nurses.", "pay", "payment"),
        # A participle between a determiner and a noun is an adjective: the clause's own verb is the event.
        ("A recently built bridge collapsed on Monday.", "collapsed", "collapse"),
        ("The newly elected mayor resigned on Monday.", "resigned", "resignation"),
        ("The council said the bridge, built in 1920, had collapsed.", "collapsed", "collapse"),
        ("The bridge was built in 1920.", "built", "building"),  # Session 33: the verb's own noun
    ],
)
def test_the_lead_review_recoveries_funding_and_attributive_participles(
    text: str, trigger: str, type_: str
) -> None:
    assert _AT.type_of(text, trigger) == type_
