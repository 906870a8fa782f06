"""Event types, session 26: kinds read on dev22's disagreements (dev22 written without looking at the rules) and
left from session 25's review, each fixed as a family of English written from our own lists (the head of what is
paid for, a noun of happening that only modifies the head of its phrase), not as the words of one set.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


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
        ("The lighthouse society paid for a new foghorn at the auction.", "paid", "payment"),
        ("The club paid for two second-hand minibuses.", "paid", "payment"),
        ("The band paid for a new tour bus.", "paid", "payment"),
        ("The trust paid for two electric minibuses last year.", "paid", "payment"),
        ("The club paid for a minibus on Monday.", "paid", "payment"),
        ("The harbour trust paid for a boat for the rescue crew.", "paid", "payment"),
        ("The museum paid for a painting by Turner.", "paid", "payment"),
        ("He paid for a fishing boat and a swimming pool.", "paid", "payment"),
        # The lead's note 1 (#4): materials put up or laid are goods, though work comes with them.
        ("The board would pay for new fencing around the reservoir.", "pay", "payment"),
        ("The parish paid for roofing and guttering for the chapel.", "paid", "payment"),
        ("Prosecutors said the money paid for a villa and three cars.", "paid", "payment"),
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
    assert _AT.type_of(text, trigger) == type_


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
        # Review 3 of session 26: procedures, a rollout, a deal, a pact host the happening named before them; "alongside"
        # is no head.
        ("Officials began evacuation procedures at the airport.", "began", "evacuation"),
        ("The government launched a vaccination rollout in March.", "launched", "vaccination"),
        ("The police launched an appeal alongside the family.", "launched", "appeal"),
    ],
)
def test_a_noun_of_happening_before_its_head_only_modifies_it(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's note 2: the light verb's object scan reads a modifier as the verb-object scan does.
        ("The council launched a flood recovery fund worth £2m.", "launched", "launch"),
        # Hard negatives: the happening at the head, or before a host of a happening, names it.
        ("Rebels launched an attack on the town.", "launched", "attack"),
        ("The firm made a takeover bid for its rival.", "made", "takeover"),
        ("The army launched a rescue operation.", "launched", "rescue"),
    ],
)
def test_a_light_verb_reads_a_modifier_as_a_modifier(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A machine cut, shut or closed is switched off (the lead's note 1, #1; dev22's reactor), by the head of the
        # object or of a passive's subject.
        ("The pilot cut the burner and brought it down in a barley field.", "cut", "shutdown"),
        ("The crew cut both engines before the tug arrived.", "cut", "shutdown"),
        ("The operator shut the reactor on Friday.", "shut", "shutdown"),
        ("The second turbine was shut after the fault.", "shut", "shutdown"),
        ("The mill closed its last furnace in 1998.", "closed", "shutdown"),
        # Hard negatives: a place shut is a closure; power cut, an amount cut, a machine only modifying the head.
        ("The firm closed the plant in May.", "closed", "closure"),
        ("The school was shut for a week after the outbreak.", "shut", "closure"),
        ("The storm cut power to the pumps.", "cut", "cut"),  # Session 33: dev13, dev29
        ("The firm will close its engine factory in Derby.", "close", "closure"),
        ("The council cut the pump budget by 10%.", "cut", "cut"),
        # Review 3 of session 26: a drugs pipeline is no machine.
        ("The firm cut its pipeline of new drugs by half.", "cut", "cut"),
    ],
)
def test_a_machine_cut_or_shut_is_a_shutdown(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A share of goods, stock or animals lost is a loss of them (the lead's note 1, #2).
        ("Potato growers have lost up to a quarter of their crop to late blight.", "lost", "loss"),
        ("Beekeepers lost about 20 per cent of their hives over the winter.", "lost", "loss"),
        ("The farm lost a third of its herd to the disease.", "lost", "loss"),
        # Hard negatives: a share of a value, of pay or of people is a fall.
        ("Shares in the bank lost a quarter of their value.", "lost", "fall"),
        ("The province lost 11% of its residents over the decade.", "lost", "fall"),
        ("Nurses have lost about 8 per cent of their pay since 2015.", "lost", "fall"),
        # Jobs lost are a job loss; money lost a loss.
        ("About 120 staff will lose their jobs when the branches close.", "lose", "job loss"),
        ("The plant lost 300 jobs last year.", "lost", "job loss"),
        ("The ferry firm lost $3 million last year.", "lost", "loss"),
    ],
)
def test_goods_and_jobs_lost(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A happening carried out, told in the passive after its noun, is that happening (dev22's check), as the
        # active is.
        ("The check had been carried out in full in March.", "carried out", "check"),
        ("The evacuation was carried out overnight.", "carried out", "evacuation"),
        ("The inspection, carried out in May, found cracks in the hull.", "carried out", "inspection"),
        # Hard negatives: no noun of happening before it, or the active with its object.
        ("The work was carried out by a local firm.", "carried out", "operation"),
        ("Engineers carried out the inspection on Monday.", "carried out", "inspection"),
    ],
)
def test_a_happening_carried_out_in_the_passive(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_
