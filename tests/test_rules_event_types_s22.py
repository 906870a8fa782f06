"""Event types, session 22 (issue 15): kinds read on dev18's first-sight disagreements (dev18 became development
data this session) and on dev6, dev7, dev15 and dev17's, each a construction or a sense told by its object, not a
word of one set.

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
        # Hard negatives (guards): a change with no size or level keeps the verb's own noun; "trim" keeps its cut
        # (session 8); a cut to a level alone keeps its cut; a level with a size told first keeps growth; two
        # places or a purpose after "from" or "to" are no levels.
        (
            "The hospital reduced visiting hours during the outbreak of flu in the town.",
            "reduced",
            "reduction",
        ),
        ("The firm trimmed its prices by 4% in the winter sale.", "trimmed", "cut"),
        ("Sales growth slowed sharply in the autumn, the retailer said.", "slowed", "slowdown"),
        # The review of session 22: "slow" told with a size keeps its noun (a time lost is no fall).
        ("Fog slowed traffic by 30 minutes on the motorway on Monday.", "slowed", "slowdown"),
        ("The airline cut flights from one city to another in the spring.", "cut", "cut"),
        ("The firm cut prices to win back buyers by the end of the year.", "cut", "cut"),
        ("The board planned to cut the orchestra to 60 players next year.", "cut", "cut"),
        ("Tourism grew 6.2% last year to 31 million overnight stays.", "grew", "growth"),
        ("The town grew to love its new mayor over the summer.", "grew", "growth"),
    ],
)
def test_a_change_with_no_size_or_level_keeps_its_noun(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # "reduce" and "slow" told by their size or their two levels, as cut, lower and grow were (session 17).
        ("The judge reduced the fine by a third after the company's early guilty plea.", "reduced", "fall"),
        ("The council reduced its grant to the theatre by 20% this year.", "reduced", "fall"),
        ("Inflation is likely to slow to 2.5% next year from 3.9% this year, the bank said.", "slow", "fall"),
        # Two levels written as number words.
        ("The post office will cut deliveries from five days a week to two starting in June.", "cut", "cut"),
        ("The ferry operator will cut sailings from twelve a day to eight in the winter.", "cut", "cut"),
        # Whom the change reaches, after "to", inside the object before its size.
        ("The plan would cut water to about 200 farms next year by as much as 25%.", "cut", "cut"),
        # The level reached alone, for a verb whose noun names no direction.
        ("The club's membership grew to about 900 last year, its secretary said.", "grew", "rise"),
        ("The city's population has grown to 2.6 million, according to the census.", "grown", "rise"),
    ],
)
def test_a_change_told_by_its_size_or_levels_is_named_by_its_direction(
    text: str, trigger: str, type_: str
) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        ("The senator did not return calls seeking comment on Tuesday.", "return", "response", "negated"),
        ("The club has not returned messages left at its offices.", "returned", "response", "negated"),
        ("The minister's aide returned my call on Friday afternoon.", "returned", "response", "occurred"),
        # Hard negatives: a person or a thing returned is a return.
        ("The senator returned to Washington on Monday after the recess.", "returned", "return", "occurred"),
        ("The museum returned the paintings to Italy last spring.", "returned", "return", "occurred"),
    ],
)
def test_calls_returned_are_a_response(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
    assert got[trigger].status == status, got[trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The storm dropped 26 inches of snow on Lanford in 36 hours.", "dropped", "storm"),
        ("The blizzard dropped two feet of snow on the county overnight.", "dropped", "blizzard"),
        ("A cold front dropped 40 mm of rain on the valley on Sunday.", "dropped", "rainfall"),
        # Hard negatives: an amount that falls, and charges dropped, are no weather.
        ("The temperature dropped 10 degrees in an hour on Sunday evening.", "dropped", "drop"),
        ("Prices dropped 5% last month at the town's stores.", "dropped", "drop"),
    ],
)
def test_rain_or_snow_dropped_is_the_weather(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The buyers will take over the toll road in July, the state said.", "take over", "takeover"),
        ("Armed rebels took over the town hall on Sunday, residents said.", "took over", "takeover"),
        ("The state took over the failing bank in March.", "took over", "takeover"),
        # The second review of session 22: a company or a group taking over a body is a takeover.
        ("Microsoft took over Activision in 2023, the companies said.", "took over", "takeover"),
        ("Google took over the startup in March, the firm said.", "took over", "takeover"),
        ("Rebels took over the capital and the government fled.", "took over", "takeover"),
        (
            "The buyers, a group of pension funds, would pay the money up front and take over the road in July.",
            "take over",
            "takeover",
        ),
        ("A Dutch group will take over Brellin Foods next year.", "take over", "takeover"),
        # Hard negatives: a post, its duties or whom one follows are an appointment.
        ("She took over as chief executive in May, the bank said.", "took over", "appointment"),
        ("He took over from the founder in 2019, the firm said.", "took over", "appointment"),
        ("He will take over the role of captain next season, the club said.", "take over", "appointment"),
        ("The deputy will take over on an interim basis, the school said.", "take over", "appointment"),
        # The review of session 22: a weekday is no name, and "as" tells a post.
        ("Smith takes over Monday as chief executive of the bank.", "takes over", "appointment"),
        ("The new manager took over the club in May, its owners said.", "took over", "appointment"),
    ],
)
def test_a_thing_taken_over_is_a_takeover(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Four of the men face a bail hearing on Friday at the court.", "hearing", "bail hearing"),
        # Hard negative: any other hearing is a hearing.
        ("A public hearing on the new fee is set for March 3 at city hall.", "hearing", "hearing"),
    ],
)
def test_a_bail_hearing_keeps_its_modifier(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The insurer agreed on Thursday to buy a smaller rival for $2 billion.", "agreed", "acquisition"),
        ("The family agreed last week to sell the estate to a hotel group.", "agreed", "sale"),
        # Hard negative: an act no table names keeps the agreement.
        ("The union agreed on Thursday to end the strike at the port.", "agreed", "agreement"),
    ],
)
def test_a_time_before_the_act_agreed_leaves_the_act_naming_it(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The ban, which began on 14 August, stops residents from using hoses.", "began", "ban"),
        ("The curfew began at 10pm on Saturday in the capital.", "began", "curfew"),
        ("The lockdown, which started in March, ended on Friday.", "started", "lockdown"),
        # Hard negatives: a person's term begun is a start; a happening begun named by its object keeps it.
        ("The mayor, who began her term in May, opened the new library on Friday.", "began", "start"),
        ("The council began a review of parking fees on Monday.", "began", "review"),
    ],
)
def test_a_measure_in_force_that_begins_is_the_measure(text: str, trigger: str, type_: str) -> None:
    got = by_trigger(text)
    assert got[trigger].type == type_, got
