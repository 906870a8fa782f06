"""Event types, session 26: kinds read on dev22's disagreements (dev22 written without looking at the rules) and
left from session 25's review, each fixed as a family of English written from our own lists (the head of what is
paid for, a noun of happening that only modifies the head of its phrase), not as the words of one set.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


def _type(text: str, trigger: str) -> str:
    """The type of the one event whose trigger begins with ``trigger``."""
    types = _AT.types(text)
    hits = [t for t in types if t == trigger or t.startswith(trigger + " ")]
    assert len(hits) == 1, types
    return types[hits[0]]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Review 3 of session 25: travel, a professional hired and fees paid for are paid on someone's behalf.
        ("The club paid for a trip to Florida.", "paid", "payment"),
        ("The family paid for a private detective.", "paid", "payment"),
        ("The union paid for his legal fees.", "paid", "payment"),
        ("The union paid for legal fees for the strikers.", "paid", "payment"),
        # The class is the head's, whatever the words before it: heads of our own choosing, by kind.
        ("The school paid for a coach trip to the aquarium.", "paid", "payment"),
        ("The shipping line paid for a salvage crew to recover the containers.", "paid", "payment"),
        ("The bank paid for a private investigator to trace the money.", "paid", "payment"),
        ("The charity paid for a locum vet for three weeks.", "paid", "payment"),
        ("The owners will pay for a cleaning crew after the outbreak.", "pay", "payment"),
        ("The parish paid for two interpreters at the inquest.", "paid", "payment"),
        ("The club will pay for a physiotherapist's fees this season.", "pay", "payment"),
        ("The insurer paid for a week's lodging in Bergen.", "paid", "payment"),
        # Hard negatives: goods bought, whatever stands before or after the head; a word of the class before the
        # head, or past it, is no head ("a tour bus", "a boat for the crew").
        ("The lighthouse society paid for a new foghorn at the auction.", "paid", "purchase"),
        ("The club paid for two second-hand minibuses.", "paid", "purchase"),
        ("The band paid for a new tour bus.", "paid", "purchase"),
        ("The trust paid for two electric minibuses last year.", "paid", "purchase"),
        ("The club paid for a minibus on Monday.", "paid", "purchase"),
        ("The harbour trust paid for a boat for the rescue crew.", "paid", "purchase"),
        ("The museum paid for a painting by Turner.", "paid", "purchase"),
        ("He paid for a fishing boat and a swimming pool.", "paid", "purchase"),
        # The lead's note 1 (#4): materials put up or laid are goods, though work comes with them.
        ("The board would pay for new fencing around the reservoir.", "pay", "purchase"),
        ("The parish paid for roofing and guttering for the chapel.", "paid", "purchase"),
        ("Prosecutors said the money paid for a villa and three cars.", "paid", "purchase"),
        # Guards of the sessions before: a time, staff, a service in "-ing", an amount's "of", money levied.
        ("Staff at the depot had not been paid for three months.", "paid", "payment"),
        ("The hospital will pay for extra nurses over the winter.", "pay", "payment"),
        ("The insurer will pay for independent testing of the water.", "pay", "payment"),
        ("The increase will pay for £1.9bn of work to cut sewage spills.", "pay", "funding"),
        ("The levy would pay for new buses.", "pay", "funding"),
        ("The council will pay for an independent inquiry into the fire.", "pay", "inquiry"),
    ],
)
def test_the_head_paid_for_decides_payment_or_purchase(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A noun of happening before the head of its phrase only modifies it: the head is what is offered, launched,
        # sought or paid for.
        ("The council offered a $1,500 signing bonus to new recruits.", "offered", "offer"),
        ("The trust offered a relocation package to the tenants.", "offered", "offer"),
        ("Two supermarkets launched their own delivery services in May.", "launched", "launch"),
        ("The ferry firm launched a rescue fund for stranded drivers.", "launched", "launch"),
        ("The lighthouse trust paid for a survey team to travel to the island.", "paid", "payment"),
        # Hard negatives: a noun of happening at the head, before a preposition, a time or an adverb; one before a
        # host of a happening (a mission, a campaign) names it.
        ("Health officials launched an investigation into the outbreak.", "launched", "investigation"),
        ("The regulator launched an investigation last week.", "launched", "investigation"),
        ("The carmaker launched a recall on Monday.", "launched", "recall"),
        ("The coastguard launched a rescue mission overnight.", "launched", "rescue"),
        ("The county launched a vaccination campaign at schools.", "launched", "vaccination"),
        ("The council offered a grant to the fishermen.", "offered", "grant"),
    ],
)
def test_a_noun_of_happening_before_its_head_only_modifies_it(text: str, trigger: str, type_: str) -> None:
    assert _type(text, trigger) == type_
