"""Event types, session 31: the gold guide's first rule (the trigger's own noun) over whole families where the rules
named the event by another word of the sentence: a thing found is a finding, a warning ignored an ignoring, money or
complaints received a receipt, a cut told with its size or levels a cut, an amount multiplied or halved a rise or a
fall, money paid a payment, results reported a report, a plan fallen (far) short of a shortfall, and an undertaking that
begins, opens or resumes its phase (docs/events.md, "Session 31: event types").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A thing found: a finding, the noun of "find" (was a discovery).
        ("A second leak was found in the tank at the Pellworth depot last month.", "found", "finding"),
        ("The remains of a Saxon hall were found under the Tarrow school playing field.", "found", "finding"),
        # A warning or a complaint ignored: an ignoring (was a disregard).
        ("The inquiry said the harbour master ignored three storm warnings.", "ignored", "ignoring"),
        ("Residents said the council had ignored their complaints about the noise.", "ignored", "ignoring"),
        ("The referee ignored repeated appeals for a penalty in the second half.", "ignored", "ignoring"),
        # A cut told with its size or its two levels: a cut (was a fall), and a forecast cut a cut (was the forecast).
        ("The Ostley council will cut its grant to the museum by 20% next year.", "cut", "cut"),
        ("Kestrel Air cut fares on its domestic routes by up to 30 per cent.", "cut", "cut"),
        ("Analysts at Fenwick Hale cut their target price for Corrin Mining to 80p from 115p.", "cut", "cut"),
        ("Brenmoor Foods cut its annual profit forecast to £40 million from £52 million.", "cut", "cut"),
        ("Pollard Dairies has cut the price it pays farmers by 4c a litre.", "cut", "cut"),
        # An amount multiplied or halved: a rise or a fall (was an increase, a decrease).
        ("Rents in Caswell more than doubled in five years.", "doubled", "rise"),
        ("The number of cyclists on the Wendle bridge has tripled since 2020.", "tripled", "rise"),
        ("Visitor numbers at the Orrin gallery quadrupled after the refit.", "quadrupled", "rise"),
        ("The price of cocoa could double again by spring.", "double", "rise"),
        ("Membership of the Pellar chess club has halved since 2015.", "halved", "fall"),
        # Money paid for a thing, or a dividend paid: a payment (was a purchase, the dividend).
        ("The Crellow trust will pay for a new roof on the village hall.", "pay", "payment"),
        ("Dunmore paid £4,500 for a boiler that was never fitted.", "paid", "payment"),
        ("Morvane Holdings will not pay a final dividend this year.", "pay", "payment"),
        # Results reported: a report (was earnings).
        ("Tessaly Retail will report half-year results on March 3.", "report", "report"),
        ("Lorneville Telecom reported a first-quarter loss of $12 million.", "reported", "report"),
        # A plan or a forecast fallen short, with an adverb of degree: a shortfall.
        ("Brindle's profit will fall well short of analysts' forecasts.", "fall", "shortfall"),
        ("Donations to the lifeboat appeal fell far short of the £2 million goal.", "fell", "shortfall"),
        # An undertaking that begins, opens or resumes: its phase (was the undertaking).
        ("Construction of the Hollins footbridge began in March.", "began", "start"),
        ("Demolition of the old Merrow stand started on Monday.", "started", "start"),
        ("Excavation of the Penhale site will begin next spring.", "begin", "start"),
        ("The sale of the Gorsey Lane depot opened on Tuesday.", "opened", "opening"),
    ],
)
def test_the_triggers_own_noun(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Money or complaints received: a receipt (was a payment, a complaint).
        ("Each of the winners will receive €40,000 from the foundation.", "receive", "receipt"),
        (
            "The regulator has received 85 complaints about the Thornbury landfill since June.",
            "received",
            "receipt",
        ),
        ("The school received £12,000 from a local trust last year.", "received", "receipt"),
    ],
)
def test_received(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Guards: other verbs of finding keep the discovery; a verdict found stays a verdict.
        (
            "Archaeologists discovered a burial chamber beneath the Harlow chapel in May.",
            "discovered",
            "discovery",
        ),
        (
            "Engineers uncovered a fault in the signalling system at Dunmere station.",
            "uncovered",
            "discovery",
        ),
        # Jobs cut stay a cut; other verbs of change keep their own rules.
        ("The Selby council will cut 140 jobs next year.", "cut", "cut"),
        ("Sales at Brenmoor Foods fell 8% in the third quarter.", "fell", "fall"),
        ("The temperature fell to minus 12C overnight in Carrow.", "fell", "fall"),
        # A dividend raised is still the dividend; tribute paid a tribute; money paid out a payout; a grant a grant.
        ("Fenwick Rail raised its dividend by 5%.", "raised", "dividend"),
        ("Mourners paid tribute to the lifeboat crew on Sunday.", "paid", "tribute"),
        ("The Harlow arts centre received a £50,000 grant from the county council.", "received", "grant"),
        # A building that doubled as a shelter: no change of an amount, no event.
        ("The Orrin chapel doubled as a field hospital in 1916.", "doubled", None),
        # A happening that breaks out or is held names itself when it begins.
        ("The trial of Orson Vell began at Crayford Crown Court on Monday.", "began", "trial"),
        ("The fire, which started in a kitchen, spread to three flats.", "started", "fire"),
    ],
)
def test_guards(text: str, trigger: str, type_: str | None) -> None:
    if type_ is None:
        assert trigger not in _AT.types(text), _AT.types(text)
    else:
        assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The lead's note 4: an assessment carried out is the assessment (was an operation), and a happening carried
        # out told in the passive is named by its subject (was an operation).
        ("The bridge will stay shut while engineers carry out a full assessment.", "carry out", "assessment"),
        ("The trust will conduct an evaluation of the scheme next year.", "conduct", "evaluation"),
        ("An inspection of the Pellow dam was carried out in May.", "carried out", "inspection"),
        (
            "A search for a new conductor, expected to take a year, will be carried out.",
            "carried out",
            "search",
        ),
        # A call is a call, the bare noun (was a conference call).
        ("The Tessaly board held a call with investors on Monday.", "held", "call"),
    ],
)
def test_the_leads_notes(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Guards: a happening ended or begun by someone keeps its noun (the lead's note 2 tried: dev20 labels "ended two
        # years of talks" the talks).
        ("The union ended the strike on Friday after nine days.", "ended", "strike"),
        ("The match ended in a 1-1 draw.", "ended", "match"),
        ("The agency launched an investigation into the crash.", "launched", "investigation"),
        ("Police carried out a search of the house on Monday.", "carried out", "search"),
    ],
)
def test_the_leads_notes_guards(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_
