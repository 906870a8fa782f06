"""Event types, session 33 (issue 15): kinds counted over the first sights dev19-dev29 and fixed by a rule over each
family of words, with hard negatives beside each case.

Every sentence here is written for the test; none is taken from a set or a corpus.
"""

from __future__ import annotations

import pytest

from service.backends.rules.event_words import own_noun

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    ("lemma", "noun"),
    [
        # The ending rules made no English word of these, or another word's sense.
        ("press", "pressure"),
        ("assess", "assessment"),
        ("address", "address"),
        ("process", "processing"),
        ("stress", "stress"),
        ("access", "access"),
        ("witness", "witnessing"),
        ("state", "statement"),
        ("update", "update"),
        ("skate", "skating"),
        ("reinstate", "reinstatement"),
        ("advertise", "advertising"),
        ("supervise", "supervision"),
        ("advise", "advice"),
        ("televise", "televising"),
        ("recognise", "recognition"),
        ("scrutinize", "scrutiny"),
        ("expect", "expectation"),
        ("suspect", "suspicion"),
        ("affect", "affecting"),
        ("contact", "contact"),
        ("terrify", "terrifying"),
        ("euthanise", "euthanasia"),
        # Guards: the ending rules' own words stay.
        ("confess", "confession"),
        ("evacuate", "evacuation"),
        ("privatise", "privatisation"),
        ("inspect", "inspection"),
        ("notify", "notification"),
        ("discuss", "discussion"),
    ],
)
def test_every_verbs_own_noun_is_an_english_word(lemma: str, noun: str) -> None:
    assert own_noun(lemma) == noun


def test_no_own_noun_is_a_made_up_ending() -> None:
    """The endings that made the non-words: none of these verbs gets "-ession", "-ation" of "state" and the like."""
    made_up = {
        "pression",
        "assession",
        "addression",
        "stression",
        "procession",
        "station",
        "updation",
        "skation",
        "advertisation",
        "supervisation",
        "expection",
        "suspection",
        "euthanisation",
    }
    lemmas = (
        "press assess address stress process state update skate advertise supervise expect suspect euthanise"
    )
    assert not {own_noun(lemma) for lemma in lemmas.split()} & made_up


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The ministry denied that it had pressed growers to plant maize.", "pressed", "pressure"),
        ("The trust denied that it had assessed the wrong patients.", "assessed", "assessment"),
        ("The club denied that it had stated the figures wrongly.", "stated", "statement"),
        ("The council denied that it had supervised the works poorly.", "supervised", "supervision"),
        ("The vet said the injured foal was euthanised on Sunday.", "euthanised", "euthanasia"),
        # Guard: an ending rule's real word.
        ("The port denied that it had inspected the crane.", "inspected", "inspection"),
    ],
)
def test_a_verb_no_table_knows_is_named_by_a_real_noun(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_an_adverb_after_the_auxiliary_is_no_act() -> None:
    types = _AT.types("It did not say whether the ferry would also be withdrawn.")
    assert "also" not in types
    assert not any(t.endswith("alsoing") for t in types.values())


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The planning board will consider the application on Tuesday.", "consider", "consideration"),
        ("Ministers would consider a request for more staff in the new year.", "consider", "consideration"),
        ("The trustees considered three bids for the site last week.", "considered", "consideration"),
        # Guard: a happening weighed is that happening.
        ("The mayor was considering a temporary ban on fireworks.", "considering", "ban"),
    ],
)
def test_a_submission_considered_is_a_consideration(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The theatre said it had run out of money in October.", "run out", "shortfall"),
        ("The parish's repair budget could run out by March.", "run out", "shortfall"),
        ("The hardship fund could run out before Easter, the trustees warned.", "run out", "shortfall"),
        # Guards: goods that run out are a shortage.
        ("The island's shop ran out of bread on Tuesday.", "ran out", "shortage"),
        ("Diesel had run out at two stations by noon.", "run out", "shortage"),
    ],
)
def test_money_that_runs_out_is_a_shortfall(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_a_passive_tapped_in_is_no_goal() -> None:
    assert "goal" not in _AT.types("The spring was last tapped in 1998.").values()
    assert _AT.type_of("Mbeki tapped in the rebound in the 88th minute.", "tapped in") == "goal"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A time of year's weather is a cause, not an agent.
        ("Growers said a wet June had cut the strawberry crop by a third.", "cut", "fall"),
        ("A mild winter cut gas demand across the region.", "cut", "fall"),
        ("The cold snap cut milk output at the Harrow dairies.", "cut", "fall"),
        # A passive cut with its size or its two levels names no agent.
        ("Bus fares in Kelmouth will be cut by a quarter from May.", "cut", "fall"),
        ("Library opening hours were cut from 50 to 32 a week.", "cut", "fall"),
        ("Bin collections had been cut from once a week to once every two weeks.", "cut", "fall"),
        # Guards: an agent's cut, with or without a size, and a passive cut with none.
        ("The dairy cut 40 jobs last June.", "cut", "cut"),
        ("The trust cut its cleaning budget by 10%.", "cut", "cut"),
        ("No teaching posts will be cut this year.", "posts", "cut"),
    ],
)
def test_a_cut_with_no_agent_is_the_amounts_fall(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Its pre-tax loss widened to CHF 4.2 million from CHF 1.9 million.", "widened", "rise"),
        ("The trade deficit widened by 3 billion euros in October.", "widened", "rise"),
        ("The racing season has shortened by an average of 9 days since 2000.", "shortened", "fall"),
        # Guard: a thing widened with no size keeps its own noun.
        ("Crews widened the old drainage tunnel to reach the pump.", "widened", "widening"),
    ],
)
def test_a_width_changed_by_a_size_is_a_rise_or_a_fall(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Shares in Tarrow Mills closed 4.2 per cent lower on Friday.", "closed", "fall"),
        ("The FTSE 250 ended the day 0.8% higher.", "ended", "rise"),
        ("Its shares closed up 12p at 340p.", "closed", "rise"),
        # Guards: a shop that closed, or closed down, shut.
        ("The Kell Street bakery closed in June.", "closed", "closure"),
        ("The Skelby pub closed down last spring.", "closed", "closure"),
    ],
)
def test_a_price_that_closed_higher_or_lower_moved(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Ministers had given lifeboat crews £250,000 this year.", "given", "grant"),
        ("The mayor gave the youth club $30,000 from the city's reserve.", "gave", "grant"),
        # Guard: a person's money given is a donation.
        ("A retired farmer gave the village hall £8,000.", "gave", "donation"),
    ],
)
def test_public_money_given_is_a_grant(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The club's old stand will be sold at auction in March.", "sold", "auction"),
        ("The state would offer the licences in a fresh tender next year.", "offer", "tender"),
        ("The port would launch a tender for a new ferry operator in May.", "launch", "tender"),
        # Guards: a sale to a buyer, and to an auction house, is a sale.
        ("The family sold the farm to a neighbour in June.", "sold", "sale"),
        ("The estate sold the clock to an auction house in Bath.", "sold", "sale"),
    ],
)
def test_a_thing_sold_or_offered_at_auction_or_by_tender_is_that_contest(
    text: str, trigger: str, type_: str
) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_a_happening_that_leaves_a_club_in_a_state_is_no_departure() -> None:
    assert "departure" not in _AT.types("A 3-0 defeat at Harwick left the club second from bottom.").values()
    assert "departure" not in _AT.types("The scandal left the firm without a finance director.").values()
    assert _AT.type_of("The goalkeeper left the club in January.", "left the club") == "departure"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Passengers waited four hours for a replacement bus.", "waited", "wait"),
        ("Some patients had waited two years for surgery.", "waited", "wait"),
        ("The insurer paid out £2.1m to flooded households.", "paid out", "payment"),
        ("The pier had been built in 1884.", "built", "building"),
        ("Volunteers would build a footbridge over the beck this week.", "build", "building"),
        # Guards: a delay, a payout with no money told, a building as a thing.
        ("The ferry was delayed by fog.", "delayed", "delay"),
        ("The scheme would pay out only if the river flooded.", "pay out", "payout"),
    ],
)
def test_the_verbs_own_noun_names_it(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_a_building_alone_is_no_happening() -> None:
    assert _AT.types("The building was evacuated on Monday.") == {"evacuated": "evacuation"}


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Power cut off from homes is a cut, the bare noun, whoever cut it.
        ("The storm cut power to 6,000 homes in the glen.", "cut", "cut"),
        ("Engineers were cutting electricity to 900 homes for repairs.", "cutting", "cut"),
        # Guard: homes that lost power had a power cut.
        ("About 3,000 homes in Tarrow lost power overnight.", "lost", "power cut"),
    ],
)
def test_power_cut_off_is_a_cut(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A thing lowered, raised or lifted from or into a place moved; no amount did (LEAD-NOTE-1, 1).
        (
            "The church bells were lowered from the tower in May and taken to a foundry.",
            "lowered",
            "lowering",
        ),
        ("The statue was lowered onto a lorry on Tuesday.", "lowered", "lowering"),
        ("The sunken barge was raised from the riverbed in June.", "raised", "raising"),
        ("The yachts will be lifted out by crane from Monday.", "lifted", "lift"),
        # Guards: amounts lowered or raised, money raised from a sale, concerns raised.
        ("The bank lowered its rate from 4% to 3.5%.", "lowered", "fall"),
        ("The charity raised money from the public.", "raised", "fundraising"),
        ("Parents raised concerns over the plan.", "raised", "concern"),
    ],
)
def test_a_thing_moved_up_or_down_is_its_own_noun(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_a_fronted_question_gives_no_event() -> None:
    """LEAD-NOTE-1, 2: "Asked whether ..., X declined to say": the refusal, not the question's verb."""
    assert _AT.types("Asked whether a buyer had been found, Ms Orrin declined to say.") == {"say": "comment"}
    assert _AT.types("Asked on Monday if the depot had been sold, the council declined to comment.") == {
        "comment": "comment"
    }


def test_a_price_that_starts_at_an_amount_is_no_start() -> None:
    """LEAD-NOTE-1, 3: a price level is no start; a race or work that starts is one."""
    assert _AT.types("Fares will start at 499 kroner one way.") == {}
    assert _AT.types("Tickets start from £12 for adults.") == {}
    assert _AT.types("Prices for the flats begin at $310,000.") == {}
    assert _AT.type_of("Work will start at the site in May.", "start") == "start"
    assert (
        _AT.type_of("Trouble began at about 3 p.m on Saturday.", "began") == "start"
    )  # a clock time, no price


def test_people_winched_to_safety_are_rescued() -> None:
    """Guard: the moved thing's own noun is for things; people winched from a raft are a rescue."""
    assert _AT.type_of("Six sailors were winched from life rafts off the coast.", "winched") == "rescue"
