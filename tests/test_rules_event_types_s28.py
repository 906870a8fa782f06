"""Event types, session 28: the first-sight study. Every type disagreement of the six sets scored before anyone read
them (dev19 to dev24) was sorted by cause; the largest cause still wrong on dev24 was a class word the rules put where
the gold guide's first step, and every set written after it, keeps the trigger's own noun (a patrol "sent" is a
sending, not a delivery; patients "moved" a move, not a relocation; a thing "added" an addition, not an increase).
Each fix here is a family of English written from our own lists, with the hard negatives the older sessions' guards
and conventions ask for.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A thing or a person sent is a sending, the verb's own noun.
        ("The coastguard sent a lifeboat to the stricken yacht shortly after midnight.", "sent", "sending"),
        ("A letter had been sent to every household on the estate on Monday.", "sent", "sending"),
        ("The minutes were sent to the regulator on Friday.", "sent", "sending"),
        ("The club sent its youth coach to the tournament in Oslo.", "sent", "sending"),
        # Hard negatives: goods sent in number stay a delivery (older sessions' guards), troops and teams a
        # deployment, a market sent lower a fall.
        ("The charity sent 300 blankets to the shelter.", "sent", "delivery"),
        ("The council sent sandbags to homes along the river.", "sent", "delivery"),
        ("The ministry sent 40 tonnes of flour to the port.", "sent", "delivery"),
        ("The state sent 200 soldiers to the flooded valley.", "sent", "deployment"),
        ("The profit warning sent the shares lower on Tuesday.", "sent", "fall"),
    ],
)
def test_things_sent_are_a_sending(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # An institution that moves people or things moves them.
        ("The school moved 40 pupils to a neighbouring building after the roof leaked.", "moved", "move"),
        ("The hospital moved two wards to the new wing on Sunday.", "moved", "move"),
        ("The zoo will move its two giraffes to a reserve in Kenya.", "move", "move"),
        # Hard negatives: the institution moving itself relocates, and so does a firm's production or headquarters.
        ("The bank moved to a smaller office in Leith in 2021.", "moved", "relocation"),
        ("The bank moved last year.", "moved", "relocation"),
        ("The company moved its headquarters to Denver.", "moved", "relocation"),
    ],
)
def test_people_moved_are_a_move(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        (
            "A fisherman asked the harbour master whether the quay would reopen before Christmas.",
            "asked",
            "question",
        ),
        ("Two walkers had asked the warden that afternoon if the path was safe.", "asked", "question"),
        # Hard negatives: asking for a thing, asking someone to act, asking leave stay a request.
        ("The union asked the company for a 6 per cent pay rise.", "asked", "request"),
        ("The union asked the minister to decide whether the plant would close.", "asked", "request"),
        ("The tenants asked the landlord whether they could stay until March.", "asked", "request"),
    ],
)
def test_asked_whether_is_a_question(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A thing added is an addition; money added to a cost a rise.
        ("The museum will add a second night guard from January.", "add", "addition"),
        ("It is not clear whether the ferry company will add a winter sailing.", "add", "addition"),
        ("The new levy would add about £45 a year to household bills.", "add", "rise"),
        # Hard negatives: jobs added are hiring, routes added an expansion.
        ("The airline will add 14 routes next summer.", "add", "expansion"),
        ("Employers will add 40,000 jobs next year.", "add", "hiring"),
    ],
)
def test_things_added_are_an_addition(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A thing that shrinks is a shrinking; an amount shrunk a fall.
        ("The cheesemaker said its wheels would shrink again next year.", "shrink", "shrinking"),
        ("The economy shrank 0.3% in the third quarter.", "shrank", "fall"),
        ("The workforce shrank by a fifth last year.", "shrank", "fall"),
    ],
)
def test_shrinking(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # "lift it": the pronoun stands for the ban or curfew told before it in the sentence.
        (
            "The council will review the curfew in March and could lift it sooner if the riots stop.",
            "lift",
            "lifting",
        ),
        (
            "Officials kept the ban on fishing in place but said they would lift it in the spring.",
            "lift",
            "lifting",
        ),
        # Hard negatives: a thing lifted with no such noun before it keeps the verb's family; a ban named stays.
        ("The port lifted the embargo on Monday.", "lifted", "lifting"),
        ("The crane could lift it onto the quay by Friday.", "lift", "increase"),
    ],
)
def test_lift_it(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A document's inquiry set off by a comma before the participle that made it public.
        (
            "The trust's survey, published on Tuesday, found that 40% of lighthouses needed repairs.",
            "published",
            "publication",
        ),
        (
            "The regulator's audit, released last week, showed that the utility had overcharged.",
            "released",
            "release",
        ),
    ],
)
def test_survey_published_after_a_comma(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_a_survey_with_no_participle_keeps_its_event() -> None:
    assert "survey" in _AT.types("The trust carried out a survey of 40 lighthouses last year.").values()


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # What thieves strip or remove they steal.
        ("Thieves stripped copper cable from the signal box overnight.", "stripped", "theft"),
        ("Burglars removed a safe from the pharmacy on Sunday night.", "removed", "theft"),
        # Hard negatives: an athlete stripped of a title, rubble removed by crews.
        ("The sprinter was stripped of her title in March.", "stripped", "stripping"),
        ("Crews removed 40 tonnes of rubble from the road.", "removed", "removal"),
    ],
)
def test_what_thieves_strip_is_a_theft(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Session 27's batch: a vehicle or a boat that overturns has an accident; people who spend nights or days
        # somewhere stay there.
        ("A lorry carrying timber overturned on the A82 near Glencoe on Friday.", "overturned", "accident"),
        ("Two of the coal wagons overturned on an embankment near Carlow.", "overturned", "accident"),
        ("A canoe overturned in the rapids on Saturday afternoon.", "overturned", "accident"),
        ("About 200 passengers spent the night in the terminal after the storm.", "spent", "stay"),
        ("Some 40 walkers spent a second night in the village hall.", "spent", "stay"),
        # Hard negatives (review 1, the lead's note 1): a ruling, a result or a ban overturned, active or passive,
        # is its overturning; time spent in talks or deliberation, or hours spent, and money spent stay a spending.
        ("The appeal court overturned his conviction in May.", "overturned", "overturning"),
        ("A recount has overturned the result of the mayoral election.", "overturned", "overturning"),
        ("Her conviction was overturned on appeal in 2019.", "overturned", "overturning"),
        ("The ban on night flights was overturned at a tribunal hearing.", "overturned", "overturning"),
        ("Negotiators spent 12 hours in talks on Sunday.", "spent", "spending"),
        ("The jury spent two days in deliberation.", "spent", "spending"),
        ("The council spent $2m on new footpaths.", "spent", "spending"),
    ],
)
def test_overturned_and_stayed(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Review 1: people sent home and a market sent tumbling are no goods delivered.
        ("The school sent pupils home on Monday.", "sent", "sending"),
        ("The quarry sent 150 workers home without pay.", "sent", "sending"),
        ("The profit warning sent shares tumbling.", "sent", "fall"),
        # The lead's note 1: a ribbon cut opens a thing; money a body is raising for a purpose is fundraising.
        ("The minister cut the ribbon on the new footbridge on Monday.", "cut", "opening"),
        ("The lifeboat station is raising £120,000 to replace its tractor.", "raising", "fundraising"),
        # Hard negatives: a budget cut with its size is a fall; prices being raised by a firm stay a rise.
        ("The council cut the library budget by 10 per cent.", "cut", "cut"),
        ("The brewer raised its prices by 5 per cent.", "raised", "rise"),
    ],
)
def test_review_one_and_the_leads_note(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A change told with its size is a fall, a dollar with its country's letters too, and whom it reaches may
        # stand between the object and the size.
        ("The dairy co-op cut its milk price to farmers by NZ$0.40 a kilogram.", "cut", "cut"),
        ("The ferry operator cut fares by A$3 on Monday.", "cut", "cut"),
        ("The utility cut its payments to growers by 5 per cent.", "cut", "cut"),
        # Hard negatives: an infinitive after "to" is no one reached; no size keeps the verb's noun.
        ("The shop cut prices to win customers by the end of the month.", "cut", "cut"),
        ("The council cut funding to libraries in March.", "cut", "cut"),
    ],
)
def test_cut_by_a_size(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_
