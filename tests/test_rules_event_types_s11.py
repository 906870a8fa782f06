"""Session 11 event kinds and statuses (issue 15): mechanisms read on sets that were unseen once.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 11").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2025-06-11"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Said at a news conference or briefing with no plan or decision made public: the occasion.
        (
            "“The fire is contained,” the mayor said at a news conference on Monday.",
            "conference",
            "news conference",
        ),
        ("The storm cut power to 9,000 homes, the governor said at a news briefing.", "briefing", "briefing"),
        ("The chief said at a press briefing that two men had been arrested.", "briefing", "briefing"),
        # A plan or a decision made public there is the speaker's announcement.
        (
            "The city will close the bridge, the mayor said at a news conference on Monday.",
            "conference",
            "announcement",
        ),
        (
            "Ministers have agreed to raise the fee, the minister said during a press conference.",
            "conference",
            "announcement",
        ),
        ("“We decided to sell the farm,” the owner said at a news briefing.", "briefing", "announcement"),
        # Told a news conference: the audience, the occasion (unchanged).
        ("The governor told a news conference that rain would follow.", "conference", "news conference"),
    ],
)
def test_speech_occasion_or_announcement(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def _status(text: str, trigger: str) -> str:
    got = by_trigger(text)
    assert trigger in got, f"no event {trigger!r} in {sorted(got)}"
    return got[trigger].status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # A plan under a condition is hypothetical ...
        ("The company would close the plant if sales fell further.", "close", "hypothetical"),
        ("The firm will sell the mill unless the union accepts the offer.", "sell", "hypothetical"),
        ("The union said a strike would halt services if talks failed.", "strike", "hypothetical"),
        # ... not when "if" means "whether", nor after "even" (a concession).
        ("The council will decide if the pools reopen.", "decide", "planned"),
        ("The firm will sell the plant even if the union objects.", "sell", "planned"),
        # A counterfactual did not happen; an ability is no report of a happening.
        ("An amendment that would have delayed the law failed 68 to 79.", "delayed", "hypothetical"),
        ("Towns can now sue both suppliers for damages.", "sue", "hypothetical"),
        # What must still happen, or is expected, is planned; "must have" is no plan.
        ("The board must still approve the merger at its meeting on June 20.", "approve", "planned"),
        ("The hospital expects to restore its records system by next week.", "restore", "planned"),
        ("Negotiators must have reached a deal overnight.", "reached a deal", "occurred"),
        # A noun of happening still to come, by the words around it.
        ("Eight remain in custody ahead of a bail hearing on Monday.", "hearing", "planned"),
        ("The union plans a rally on Wednesday.", "rally", "planned"),
        ("The bank's policy meeting begins on Tuesday, analysts said.", "meeting", "planned"),
        ("A strike would halt services on all six lines.", "strike", "planned"),
        ("A strike halted services on all six lines.", "strike", "occurred"),
        # What is dated after the story has not happened; a past verb told of a later time has.
        ("A second hearing, in March 2026, was set.", "hearing", "planned"),
        ("The government froze university grants for 2026.", "froze", "occurred"),
        # A second clause opening with "if" conditions the next plan, not the first.
        (
            "Voters will choose a mayor, and if turnout is low, the result will be contested.",
            "choose",
            "planned",
        ),
        # Negation, as before.
        ("The mayor did not resign on Monday.", "resign", "negated"),
    ],
)
def test_status_of_what_may_not_happen(text: str, trigger: str, status: str) -> None:
    assert _status(text, trigger) == status


@pytest.mark.parametrize(
    "text",
    [
        # An obligation or an opinion is no happening.
        "The state should pay for the repairs, the mayor said.",
        "Officials ought to resign, the union said.",
        "Most voters believed the approval should be reviewed.",
    ],
)
def test_obligation_is_no_event(text: str) -> None:
    assert by_trigger(text) == {}


@pytest.mark.parametrize(
    ("text", "trigger", "present"),
    [
        # A noun of happening before a noun of a person modifies it: no happening of its own.
        ("A debate co-moderator, Ann Lee, asked the first question.", "debate", False),
        ("Strike organisers said 4,000 workers walked out.", "Strike", False),
        # A verb of that ending with its object after it keeps the happening.
        ("A strike enters its third day on Monday, with a second strike planned for June.", "strike", True),
    ],
)
def test_person_after_happening_noun(text: str, trigger: str, present: bool) -> None:
    assert (trigger in by_trigger(text)) is present


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A vehicle of words after "said in a" or a possessive: the message, notice or reply.
        ("Her lawyer said in a text message that she would appeal.", "message", "message"),
        ("The hospital said in a notice on its website that records were safe.", "notice", "notice"),
        (
            "The premier accepted the resignation and said in his reply that she had served well.",
            "reply",
            "reply",
        ),
        # A happening that begins, or that kills, injures or destroys, heads its subject: that happening.
        ("The outage began at 5:40 a.m. on Monday.", "began", "outage"),
        ("The first failure, in September last year, destroyed a satellite.", "destroyed", "failure"),
        ("The blast injured 12 people.", "injured", "explosion"),
        ("The gunman killed two people.", "killed", "killing"),
        ("The man accused of the attack killed himself.", "killed", "killing"),
        # A verb and its particle: the noun English makes of the two.
        ("Its upper stage shut down about 90 seconds early.", "shut down", "shutdown"),
        ("Insurers have already paid out on two failures.", "paid out", "payout"),
        ("The firm paid out of its reserves.", "paid", "payment"),
        ("The firm shut the plant in May.", "shut", "closure"),
    ],
)
def test_vehicles_subjects_and_particles(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_possessive_vehicle_needs_a_verb_of_saying() -> None:
    assert "reply" not in by_trigger("The minister, in his reply to the committee, gave no figures.")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The verb's own noun: a firing, a sacking; weapons fired stay an attack.
        ("The club fired its head coach on Monday.", "fired", "firing"),
        ("The board sacked its chairman.", "sacked", "sacking"),
        ("Troops fired rockets at the base.", "fired", "attack"),
        # A problem flagged is a warning; a review that flagged one is the review.
        ("Inspectors had flagged faulty wiring in May.", "flagged", "warning"),
        ("A routine review flagged 90 payments.", "flagged", "review"),
        # A rally by its own noun.
        ("Students held a rally outside the library.", "held a rally", "rally"),
        # A relative clause of harm is said of the happening heading the phrase before it.
        (
            "An inquiry into the collapse of the pier at Selham, which killed two people, has reported.",
            "killed",
            "collapse",
        ),
        ("The daughter of the mayor of Selham, who killed two people, was jailed.", "killed", "killing"),
    ],
)
def test_own_nouns_and_antecedents(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # What is to follow a plan is planned with it; after a past verb it happened.
        ("The coach would take time with his family before deciding his next step.", "planned"),
        ("The coach took time with his family before deciding his next step.", "occurred"),
    ],
)
def test_gerund_after_a_plan(text: str, status: str) -> None:
    assert _status(text, "deciding") == status
