"""Event types, session 23: kinds read on dev19's first-sight disagreements (dev19 became development data this
session) and on dev7's and dev14's, each a family of English (a happening that yields, an emission, a clause inside a
relative), not a word of one set.

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
        # A happening that yields names, money or bids, heading the subject of "gather" or "raise", is the happening.
        ("A petition against the new car park gathered 4,000 signatures in a week.", "gathered", "petition"),
        (
            "An online petition calling for a second bridge has gathered more than 9,000 signatures.",
            "gathered",
            "petition",
        ),
        ("The petition, launched in May, has gathered 2,000 signatures.", "gathered", "petition"),
        (
            "Neighbours said a petition against the closures had gathered more than 5,000 signatures.",
            "gathered",
            "petition",
        ),
        ("About £40,000 was raised by a public appeal last year.", "raised", "appeal"),
    ],
)
def test_a_happening_that_yields_is_the_happening(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): people who gather or raise keep the verb's noun or the money's; a noun of the
        # table before another noun modifies it; what is raised that is no amount keeps the object's sense.
        ("Volunteers gathered 300 signatures outside the station.", "gathered", "gathering"),
        ("Supporters raised £90,000 in two days for the club.", "raised", "fundraising"),
        # Money raised in the active is fundraising whoever raised it (session 21's convention).
        (
            "The charity auction raised $2 million for the children's ward on Saturday.",
            "raised",
            "fundraising",
        ),
        ("A crowdfunding campaign has raised €18,000 for the family.", "raised", "fundraising"),
        ("The auction house raised its fees by 2% this year.", "raised", "rise"),
        ("The tender raised concerns among the smaller bidders.", "raised", "concern"),
        ("The money was raised by the appeal fund in May.", "raised", "rise"),
        ("The fee was raised by the council in May.", "raised", "rise"),
        ("A petition was handed in and volunteers gathered 300 signatures.", "gathered", "gathering"),
        # The review of session 23: a count of matters, or matters in a passive's subject, yielded nothing.
        ("The sale raised 3 questions about the valuation.", "raised", "question"),
        ("The concerns were raised by a campaign last year.", "raised", "rise"),
    ],
)
def test_people_who_gather_or_raise_keep_their_type(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "absent", "trigger", "type_"),
    [
        # What a fire, a blast or a volcano gives off is sent nowhere; the participle joined to it by "and" is the
        # happening, with the subject and the day of the clause it follows.
        (
            "The volcano erupted on Tuesday, sending a column of ash into the sky and grounding 600 flights.",
            "sending",
            "grounding",
            "grounding",
        ),
        (
            "A fire tore through a warehouse near Tolvik on Friday, sending a plume of black smoke over the harbour "
            "and forcing the evacuation of about 300 residents.",
            "sending",
            "evacuation",
            "evacuation",
        ),
    ],
)
def test_an_emission_is_no_delivery(text: str, absent: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert absent not in got, got
    assert got[trigger].type == type_, got
    when = got[trigger].when
    assert when is not None and when.date is not None, got[trigger]


def test_the_participle_after_and_takes_the_clause_subject() -> None:
    # The review of session 23: the summary is a sentence with the clause's subject.
    got = by_trigger(
        "The volcano erupted on Tuesday, sending a column of ash into the sky and grounding 600 flights."
    )
    assert got["grounding"].summary.startswith("The volcano"), got["grounding"]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): goods, aid and people sent stay a delivery or a deployment; a word of emission
        # before another noun modifies it.
        ("The ministry sent 40 tonnes of food to the region on Monday.", "sent", "delivery"),
        ("The army sent a column of troops to the border.", "sent", "deployment"),
        ("The city sent gas engineers to the street on Monday.", "sent", "deployment"),
        ("The council sent dust masks to 3,000 homes.", "sent", "delivery"),
    ],
)
def test_things_sent_stay_sent(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


def test_a_happening_brought_about_ahead_is_not_told_as_done() -> None:
    # Guard: "forcing the evacuation" after a clause that looks ahead tells no evacuation that happened.
    got = by_trigger("The plant will close on Monday, forcing the evacuation of the site.")
    assert "evacuation" not in got or got["evacuation"].status != "occurred", got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # What is lost to a harm is the harm.
        ("Ashford lost their captain to injury in October.", "lost", "injury"),
        ("The farm lost 200 hectares of wheat to the drought last summer.", "lost", "drought"),
        ("The club lost two players to suspension for the final.", "lost", "suspension"),
        ("Thousands of families lost their homes to the floods in March.", "lost", "flood"),
        # Hard negatives (guards): a rival, a place or a party; a relative; a noun the harm word modifies.
        (
            "The district had lost 41 teachers in two years to neighbouring districts that pay more.",
            "lost",
            "loss",
        ),
        ("She lost her husband to illness in 2019.", "lost", "death"),
        ("The Greens lost the seat to Labour in May.", "lost", "election"),
        ("Ashford lost the match to an injury-time goal.", "lost", "defeat"),
    ],
)
def test_what_is_lost_to_a_harm_is_the_harm(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A stage of a contest reached is a qualification; a noun of happening before the stage names the contest.
        ("Ashford reached the conference semifinals in May.", "reached", "qualification"),
        ("Ashford reached the final on Saturday.", "reached", "qualification"),
        ("Ashford reached the quarter-finals for the first time.", "reached", "qualification"),
        # Hard negatives (guards): a final agreement is no stage.
        ("The two sides reached a final agreement on Friday.", "reached a final agreement", "agreement"),
    ],
)
def test_a_stage_reached_is_a_qualification(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
