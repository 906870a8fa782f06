"""Event types, session 19 (issue 15): mechanisms read on dev15's first-sight disagreements (dev15 became
development data this session), kept where they fixed first-sight disagreements of two of dev7-dev15 and
lowered none of the development sets.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-11-20")
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # Trains, work or a sale stopped are a stop, the verb's own noun (as "halted" is a halt), in any tense.
        ("A points fault stopped trams for about 40 minutes on Tuesday morning.", "stopped", "occurred"),
        ("The builder said it would stop work on a 300-home site near Dunmere.", "stop", "planned"),
        ("The council did not stop the sale of the old library.", "stop", "negated"),
    ],
)
def test_a_stop_is_named_by_its_own_noun(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == "stop", got
    assert got[trigger].status == status, got[trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): the other verbs of the family keep its suspension, and what is stopped
        # still names the event first (a vehicle stopped by police).
        ("The water board paused new hookups on the east side until next spring.", "paused", "suspension"),
        ("The regulator suspended the airline's licence on Friday.", "suspended", "suspension"),
        ("Police stopped a van on the motorway near Brankton.", "stopped", "stop"),
    ],
)
def test_the_rest_of_the_family_keeps_its_label(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A change told by the level it reaches and the level it left, after its object or with a time between,
        # is a change of an amount, named by its direction.
        (
            "The ministry said the annual hake catch would be limited to 12,300 tonnes in 2027, down from 15,900 "
            "tonnes this year.",
            "limited",
        ),
        (
            "The treasury plans to cut the budget deficit to 2.9% of national output by 2029, from 6.1% last year.",
            "cut",
        ),
        ("The board said the firm would cut its debt from $7 billion to $3 billion by 2030.", "cut"),
    ],
)
def test_a_change_between_two_levels_is_a_fall(text: str, trigger: str) -> None:
    got = by_trigger(text)
    # Session 31: a cut between two levels is a cut, the verb's own noun (dev24-dev27's convention)
    assert got[trigger].type == ("cut" if trigger == "cut" else "fall"), got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): one level alone, a date or a year after "from", or an amount of its own
        # object compared with a plan, is no change between two levels.
        ("The council cut funding to schools from next year.", "cut", "cut"),
        ("The agency said it would cut the number of flights to 30 a day from 1 March.", "cut", "cut"),
        ("The carmaker cut output to 40,000 cars from 2027.", "cut", "cut"),
        ("The bank cut its growth forecast to 2% on Tuesday.", "cut", "cut"),
        ("Sales were limited to 200 tickets per person.", "limited", "limit"),
        ("Trade was limited to 4,000 tonnes in 2026, and exports rose to 9,000 tonnes.", "limited", "limit"),
        ("The airline cut 900 jobs, down from a planned 1,200.", "cut", "cut"),
    ],
)
def test_one_level_or_a_date_is_no_change_between_levels(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A value lost, told as money "in value" or as a price's losses carried further to a share, is a fall.
        ("A typical flat has lost about £7,200 in value since March.", "lost"),
        ("The rand slid 1.5% on Monday, extending its losses for the year to about 19%.", "extending"),
    ],
)
def test_a_value_lost_is_a_fall(text: str, trigger: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == "fall", got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Hard negatives (guards): money lost with no "in value", losses extended with no share reached, and a
        # deadline or a lead extended keep their nouns.
        ("The carrier lost $40 million in the third quarter.", "lost", "loss"),
        ("The shop lost about £2,000 in value-added tax refunds.", "lost", "loss"),
        ("The airline extended its losses for a third straight quarter.", "extended", "extension"),
        ("The firm extended its deadline to 5 March.", "extended", "extension"),
        ("The group extended its lead to 8 points.", "extended", "extension"),
    ],
)
def test_money_lost_or_a_thing_extended_keeps_its_noun(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
