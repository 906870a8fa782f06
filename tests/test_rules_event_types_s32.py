"""Event types, session 32: a document or a claim filed or lodged is its filing or lodging, a cut whose subject is a
cause (weather, a market's force, a happening) the amount's fall, a commitment to do something (promised, pledged,
vowed to) the commitment, a happening that collapsed a collapse, and a support verb's subject "X of Y" its X
(docs/events.md, "Session 32: event types").

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Filed or lodged: the verb's own noun (was what was filed: the complaint, the claim, the bankruptcy).
        ("The tenants' union filed 300 complaints with the housing board last month.", "filed", "filing"),
        ("Two airlines have filed claims against the Marrowby airport operator.", "filed", "filing"),
        ("Orrin Glassworks filed for bankruptcy protection on Friday.", "filed", "filing"),
        ("Fishermen filed a formal objection to the Tarrow port plan in June.", "filed", "filing"),
        ("The parents lodged an appeal against the school's decision in May.", "lodged", "lodging"),
        ("More than 40 objections were lodged against the Callow wind farm.", "lodged", "lodging"),
        # A perfect with what was lodged after it is active (was no event: read as a passive).
        ("The rowing club has lodged a formal complaint with the regatta committee.", "lodged", "lodging"),
    ],
)
def test_filed_and_lodged(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A cut by a cause: the amount's fall (was a cut, or the subject's noun).
        ("Heavy frost cut the apple harvest in Kellsford by a third.", "cut", "fall"),
        ("The strike cut output at the Dravel plant by 40% in March.", "cut", "fall"),
        ("The drought has cut wheat yields across the Ambry plains.", "cut", "fall"),
        ("Higher fuel prices cut the airline's profit by €30 million.", "cut", "fall"),
        ("The closure of the Penn bridge cut footfall in the town centre by half.", "cut", "fall"),
        ("Rising interest rates have cut demand for new homes in Corley.", "cut", "fall"),
        ("The outage will cut the quarter's revenue by about $5 million.", "cut", "fall"),
        ("Lowering the lake would cut irrigation water to 140 farms by 30%.", "cut", "fall"),
    ],
)
def test_a_cause_cuts(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A commitment to do something: the commitment (was the act committed to, or no event).
        ("The ferry company promised to repair the Skellow ramp by June.", "promised", "promise"),
        ("The airline has promised to keep its hub at Dorran until 2035.", "promised", "promise"),
        ("The council promised on Monday to resurface the Tolley road.", "promised", "promise"),
        ("The minister pledged to close the Harlan prison by 2030.", "pledged", "pledge"),
        ("The new owners have pledged to reopen the Tillet mill next spring.", "pledged", "pledge"),
        ("The club vowed to appeal the league's ruling.", "vowed", "vow"),
    ],
)
def test_commitments(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A happening that collapsed: a collapse (was the happening's noun).
        ("Talks between the two ferry unions collapsed in May.", "collapsed", "collapse"),
        ("A rescue deal with a Danish rival had collapsed on Tuesday.", "collapsed", "collapse"),
        ("The merger talks collapsed after three weeks.", "collapsed", "collapse"),
        ("A takeover bid by Orrin for the Pellow club collapsed last year.", "collapsed", "collapse"),
        # LEAD-NOTE-1: a support verb's subject "X of Y" is X (was Y, or no event).
        ("A review of the charges will take place in a year.", "take place", "review"),
        ("An inspection of the tunnels took place on Sunday.", "took place", "inspection"),
    ],
)
def test_collapse_and_support_verbs(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Guards: issued and declared keep what they issue; an agent's cut stays a cut; jobs cut, a passive cut.
        ("The ministry issued a statement on Monday night.", "issued", "statement"),
        ("The brewery declared a special dividend of 12p a share.", "declared", "dividend"),
        ("Fishermen filed a lawsuit against the Tarrow port authority in June.", "filed", "lawsuit"),
        ("The Ostley council will cut its grant to the museum by 20% next year.", "cut", "cut"),
        ("Brenmoor Foods cut 200 jobs at its Lisk plant.", "cut", "cut"),
        ("Analysts at Fenn Hale cut their price target for Corrin Mining to 80p.", "cut", "cut"),
        ("Browning cut the fees at the Kelby gym by a tenth.", "cut", "cut"),
        ("No jobs at the Kelby plant would be cut before 2029.", "cut", "cut"),
        ("Sellers in Ambry were cutting asking prices by about £15,000.", "cutting", "cut"),
        # A passive cut: the subject is what was cut, no cause; told with its size it is the amount's fall (session 33).
        (
            "The museum's grant was cut by 15 per cent in April.",
            "cut",
            "fall",
        ),  # Session 33: a passive cut with its size
        # An offer or an agreement to do something keeps its own rules.
        ("The mayor offered to host the talks at the town hall.", "offered", "offer"),
        ("The union agreed to suspend the strike.", "agreed", "agreement"),
        # A building that collapses was already a collapse; an end keeps what ended when told first.
        ("The roof of the Kelby depot collapsed under the snow.", "collapsed", "collapse"),
        ("The inquiry will take place in March.", "take place", "inquiry"),
    ],
)
def test_guards(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A promise that something will be done is a claim's cue, not a commitment to act; money promised "to" a
        # project, or a lodger, is no commitment and no lodging.
        ("The minister promised that every damaged home would be rebuilt.", "promised"),
        ("A £2m grant promised to the project in 2024 has not been paid.", "promised"),
        ("The gala promised to be the busiest night of the year.", "promised"),
        ("Her promise to fix the Kelby pier was mocked.", "promise"),
        ("The man was lodged in a cell overnight.", "lodged"),
    ],
)
def test_no_commitment(text: str, absent: str) -> None:
    assert absent not in _AT.types(text), _AT.types(text)
