"""Session 13 events (issue 15): event types and missed events by kinds that carry to unseen news.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 13").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2025-10-08"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The verb's own noun where the family's was narrower: whatever is lost is a loss, whoever is
        # admitted to a school or a ward an admission.
        ("The governing coalition lost its majority in March.", "lost", "loss"),
        ("The mutual had lost heavily on farm loans.", "lost", "loss"),
        ("Boarders who fail the test would lose their rooms.", "lose", "loss"),
        ("The college admitted 380 students this autumn.", "admitted", "admission"),
        ("The burns unit admitted six of the nine workers on Friday.", "admitted", "admission"),
        # Hard negatives: a contest lost is a defeat, a match told with a tally the match, money lost
        # a loss; guilt or a crime admitted is a plea, "admitted that" speech.
        ("The Greens lost the by-election in Harlow.", "lost", "defeat"),
        ("Tolworth lost the final on penalties.", "lost", "defeat"),
        ("Dunmore lost 2-0 to Harwick on Saturday.", "lost", "match"),
        ("The carrier lost £40 million in the half.", "lost", "loss"),
        ("Pell admitted two counts of arson at Wells Crown Court.", "admitted", "plea"),
        ("The trader admitted fraud in June.", "admitted", "plea"),
    ],
)
def test_the_verbs_own_noun_over_the_familys(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


def test_admitting_that_stays_speech() -> None:
    assert "admitted" not in by_trigger("The mayor admitted that the budget was late.")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A verb of considering takes the gerund's happening, hypothetical: not the noun after it.
        (
            "The chairman is said to have considered stepping down before the vote.",
            "stepping down",
            "resignation",
        ),
        ("The coach considered retiring before the final.", "retiring", "retirement"),
        ("The board is considering closing the Leeds depot.", "closing", "closure"),
        # Hard negative: a noun considered is still that noun's happening.
        ("The council considered a ban on e-scooters last year.", "considered a ban", "ban"),
    ],
)
def test_a_gerund_considered_is_the_happening(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)
    assert by_trigger(text)[trigger].status == "hypothetical"


def test_a_gerund_that_is_no_happening_is_not_considered() -> None:
    got = by_trigger("The panel considered allowing more time before the vote.")
    assert "vote" not in {e.type for e in got.values()}


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A noun of happening of any kind told as new after "after" is a happening of its own.
        (
            "The lift was taken out of use on Friday after a routine inspection in the shaft.",
            "inspection",
            "inspection",
        ),
        ("The bakery recalled its rolls after laboratory tests found traces of peanut.", "tests", "test"),
        ("The dealer withdrew the vase after X-ray tests showed a repair.", "tests", "test"),
    ],
)
def test_a_new_happening_after_after(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Hard negatives: a happening referred back to, a modifier, a time, a bare singular.
        ("The lift reopened after the inspection.", "inspection"),
        ("The pilot landed after a test flight over the bay.", "test"),
        ("The talks resumed after months of delay.", "months"),
        ("The club closed after dark.", "dark"),
    ],
)
def test_no_new_happening_after_after(text: str, absent: str) -> None:
    assert absent not in by_trigger(text)


def test_complaints_received_were_made() -> None:
    got = by_trigger("The ombudsman said it had received more than 300 complaints about the meters.")
    assert got["received more than 300 complaints"].type == "receipt"
    got = by_trigger("The council is said to have received a first complaint from a tenant in May.")
    assert got["received a first complaint"].type == "receipt"


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: no complaint made, votes and parts received.
        "The landlord said it had received no formal complaint.",
        "The mayor received 12,400 votes.",
        "Plants that received faulty valves were shut.",
    ],
)
def test_other_things_received_are_no_complaint(text: str) -> None:
    assert "complaint" not in {e.type for e in by_trigger(text).values()}


def test_the_main_verb_after_a_whose_clause_is_its_own_event() -> None:
    # A relative clause opened by "whose" and closed by a comma, like one opened by "who" or "which".
    got = by_trigger("The driver, whose name was not published, was tested for drugs.")
    assert got["tested"].evidence[0].text == "was tested for drugs"
    got = by_trigger("The chain, whose sales fell 6%, closed 40 shops.")
    assert set(got) == {"fell", "closed"}
    # Hard negative: a "whose" clause at the end of the sentence has no main verb after it.
    got = by_trigger("Shelters opened on Monday for families whose homes were flooded.")
    assert set(got) == {"opened", "flooded"}


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Money recovered is a recovery; a share that recovers a share of itself rose.
        ("The liquidator has recovered about $6 million so far.", "recovered", "recovery"),
        ("Detectives recovered £40,000 in cash from the flat.", "recovered", "recovery"),
        ("The crown recovered 2% against the dollar on Friday.", "recovered", "rise"),
        # Charges and prosecutions brought.
        ("Prosecutors did not bring charges against the driver.", "bring charges", "charge"),
        (
            "The regulator brought a prosecution against the builder in May.",
            "brought a prosecution",
            "prosecution",
        ),
        # Money given is a donation; a penalty given stays the penalty.
        (
            "The founder gave the hospice a further $2 million last year.",
            "gave the hospice a further $2 million",
            "donation",
        ),
        (
            "She plans to give part of the proceeds to a sailing club.",
            "give part of the proceeds",
            "donation",
        ),
        ("The court gave him a £300 fine.", "gave him a £300 fine", "fine"),
    ],
)
def test_objects_that_name_the_happening(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: "bring" takes only charges, prosecutions and lawsuits; evidence given is no gift.
        "Crews brought the blaze under control by noon.",
        "The storm brought an end to the heatwave.",
        "The nurse gave evidence on Monday.",
        "The landlord gave tenants until May to leave.",
    ],
)
def test_bring_and_give_need_their_objects(text: str) -> None:
    assert by_trigger(text) == {}
