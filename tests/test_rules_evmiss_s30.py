"""Session 30 events: missed events (helper s30-evmiss).

Every sentence is written for this file, in genres no set has (no set's or corpus's words). Each kind has cases next
to hard negatives. The policy is in docs/events.md ("Session 30: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-07"


_AT = EventTyping(PUBLISHED)


_by_trigger = _AT.types_and_statuses


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in _AT.events(text)]


# --- the act a question weighs ("whether to") --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The parish council will vote on 9 March on whether to demolish the old pavilion.", "demolish"),
        ("The brewery has not decided whether to recall the cider.", "recall"),
        ("Organisers met on Sunday to discuss whether to postpone the regatta.", "postpone"),
        ("The trust is weighing whether to close the maternity unit at Ashbury.", "close"),
        # (session 22's negative, now a found act: dev15 and dev26 label the act a vote weighs)
        ("The council voted on whether to shut the car park.", "shut"),
    ],
)
def test_whether_to_is_a_hypothetical_act(text: str, trigger: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][1] == "hypothetical", got


def test_whether_to_keeps_the_vote() -> None:
    got = _by_trigger("The parish council will vote on 9 March on whether to demolish the old pavilion.")
    assert got.get("vote") == ("vote", "planned"), got


@pytest.mark.parametrize(
    "text",
    [
        # a state kept or a stay is no act
        "The club will decide in May whether to stay in the league.",
        "Members are split over whether to remain in the federation.",
        "Nobody knew whether to laugh.",
    ],
)
def test_whether_to_a_state_is_no_act(text: str) -> None:
    got = _triggers(text)
    assert not {"stay", "remain", "laugh"} & set(got), got


# --- animals trapped ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Council pest officers trapped 21 rats in the market hall over the weekend.",
        "Rangers have trapped a large wild boar near the Kelmoor campsite.",
        "Farmers have trapped more than 40 mink along the Arlen since March.",
    ],
)
def test_animals_trapped_are_a_trapping(text: str) -> None:
    assert _by_trigger(text).get("trapped", ("",))[0] == "trapping", _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two climbers were trapped on a ledge for six hours.",
        "Residents said they felt trapped by the rising rents.",
        "About 40 people are trapped in a lift at the Harwick mall.",
        "The glass roof trapped the heat all afternoon.",
    ],
)
def test_a_plight_is_no_trapping(text: str) -> None:
    assert "trapped" not in _triggers(text)


# --- an inspection told as new and placed in time ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A 2021 inspection rated the Tolmere pier in poor condition.",
        "The plant was shut in May after a Fire Authority inspection.",
    ],
)
def test_dated_or_placed_inspection_is_an_event(text: str) -> None:
    assert _by_trigger(text).get("inspection", ("",))[0] == "inspection", _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "Every lift needs an annual inspection.",
        "Inspection reports are published online.",
        "The owners have asked for an independent inspection.",
    ],
)
def test_inspection_not_placed_is_none(text: str) -> None:
    assert "inspection" not in _triggers(text)


# --- walking away from dealings -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A Dunmarsh investor had agreed terms before walking away in October.", "walking away"),
        ("The buyer walked away from the deal last week.", "walked away"),
    ],
)
def test_walking_away_from_dealings_is_a_withdrawal(text: str, trigger: str) -> None:
    assert _by_trigger(text).get(trigger, ("",))[0] == "withdrawal", _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The driver walked away from the crash unhurt.",
        "She walked away down the pier.",
        "The goalkeeper walked away with the man-of-the-match award.",
    ],
)
def test_walking_away_in_body_is_none(text: str) -> None:
    assert not [t for t in _triggers(text) if t.startswith("walk")]


# --- a paper presented to a body, a proposal going to parliament --------------------------------------------------------


def test_paper_presented_to_a_body_is_a_presentation() -> None:
    got = _by_trigger("A budget memo presented to the council last week showed a shortfall of £3m.")
    assert any(t.startswith("presented") and v[0] == "presentation" for t, v in got.items()), got


def test_award_presented_is_none() -> None:
    assert not [
        t for t in _triggers("The award is presented to the best young player each year.") if "present" in t
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The draft budget will go to parliament in February.",
        "The plan is due to go to the cabinet next week.",
    ],
)
def test_proposal_going_to_parliament_is_a_submission(text: str) -> None:
    got = _by_trigger(text)
    assert any(v == ("submission", "planned") for v in got.values()), got


@pytest.mark.parametrize(
    "text",
    ["Ministers will go to Brussels on Monday.", "Most of the money will go to schools."],
)
def test_going_elsewhere_is_no_submission(text: str) -> None:
    assert not [v for v in _by_trigger(text).values() if v[0] == "submission"]


# --- a person's work carried on since a time or over years --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        (
            "Imelda Crowse, who has led the Harlow Tenants' Association since 2009, said the vote was fair.",
            "led",
            "leadership",
        ),
        (
            "The school's oldest teacher, Bram Vettle, has taught chemistry there for 31 years.",
            "taught",
            "teaching",
        ),
        (
            "Olwen Tarr, who has supervised the ferry crossings since 2015, said the service would resume.",
            "supervised",
            "supervision",
        ),
        ("Gethin Muir has rung the bells at St Aldric's for 52 years.", "rung", "ringing"),
        (
            "Gethin Muir, 79, who has rung the bells at St Aldric's for 52 years, said the tower was safe.",
            "rung",
            "ringing",
        ),
    ],
)
def test_work_carried_on_is_ongoing(text: str, trigger: str, type_: str) -> None:
    assert _by_trigger(text).get(trigger) == (type_, "ongoing"), _by_trigger(text)


def test_work_that_ended_occurred() -> None:
    got = _by_trigger("Mr Dorran had worked at the Keswin depot for 14 years before he was dismissed.")
    assert got.get("worked") == ("work", "occurred"), got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The storm has led to delays since Monday.", "led"),
        ("Higher fuel costs have driven up fares since March.", "driven"),
        ("The club has managed to stay open since the fire.", "managed"),
        ("She led the team to a 3-1 win on Saturday.", "led"),
        ("He worked hard all his life.", "worked"),
        ("He drove for a courier app for three years.", "drove"),
        ("The trust said 42 of its nurses had worked there for more than 20 years.", "worked"),
    ],
)
def test_no_span_or_another_sense_is_none(text: str, trigger: str) -> None:
    assert trigger not in _triggers(text)


# --- the lead's notes (LEAD-NOTE-s30-1, -2): sentences of our own of each kind -----------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Roads near the quarry were shut and about 400 workers were evacuated from the site.",
            "shut",
            "evacuated",
        ),
        ("Two runways were closed and more than 90 flights were grounded at Pellham.", "closed", "grounded"),
    ],
)
def test_second_passive_clause_with_its_own_subject(text: str, first: str, second: str) -> None:
    got = _triggers(text)
    assert first in got and second in got, got


def test_participle_after_its_noun_still_describes_it() -> None:
    # "and the woman injured in the crash": no clause of its own (the guard kept)
    got = _triggers("Police closed the road and the woman injured in the crash was taken to hospital.")
    assert "injured" not in got, got


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The Varrow foundry will close in March, putting about 350 jobs at risk.", "putting", "risk"),
        (
            "A signal failure halted trains out of Dunmere on Monday, stranding an estimated 8,000 commuters.",
            "stranding",
            "stranding",
        ),
        ("The battery plant would create 900 jobs, the company said.", "create", "creation"),
        ("The refinery is expected to restart within three weeks.", "restart", "restart"),
        (
            "Assistant coach Reta Lunn will take charge for Sunday's game against Harwick.",
            "take charge",
            "takeover",
        ),
    ],
)
def test_consequences_and_plans_are_found(text: str, trigger: str, type_: str) -> None:
    got = _by_trigger(text)
    assert got.get(trigger, ("",))[0] == type_, got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The council is putting the finishing touches to the plan.", "putting"),
        ("The charity denied that it had put lives at risk.", "put"),
        ("Two walkers tripped over a root on the path.", "tripped"),
    ],
)
def test_consequence_words_in_other_senses_are_none(text: str, trigger: str) -> None:
    assert trigger not in _triggers(text)


def test_found_lying_and_put_down() -> None:
    got = _by_trigger(
        "Staff found the pony lying in its stable on Sunday and a vet put it down later that day."
    )
    assert got.get("found", ("",))[0] == "finding", got
    assert got.get("put", ("",))[0] == "euthanasia", got


@pytest.mark.parametrize(
    "text",
    [
        "She put down her bags and sat on the bench.",
        "The jury found them guilty of fraud.",
        "She found it hard to sleep after the fire.",
    ],
)
def test_no_find_and_no_putting_down(text: str) -> None:
    got = _by_trigger(text)
    assert not [t for t, v in got.items() if v[0] in ("discovery", "finding", "euthanasia")], got
