"""Session 28 events: missed events (helper s28-evmiss).

Every sentence is written for this file, in genres no set has (no set's or corpus's words). Each kind has cases next
to hard negatives. The policy is in docs/events.md ("Session 28: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-07"


_AT = EventTyping(PUBLISHED)


_by_trigger = _AT.types_and_statuses


# --- the act a denial denies, in a verb no table knows ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The marina denied that it had overcharged berth holders for electricity.", "overcharged"),
        ("The orchestra denied that it had sidelined its two oldest violinists.", "sidelined"),
        ("The hatchery denied that any salmon had been poisoned by the new feed.", "poisoned"),
        ("The bakery chain denied that it had watered down its rye loaf.", "watered down"),
        ("The college denied that it had tried to bury the inspection report.", "bury"),
        ("The airline denied that it had kept passengers on the runway for six hours.", "kept"),
    ],
)
def test_denied_act_in_any_verb(text: str, trigger: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][1] == "negated", got


def test_denied_act_type_is_its_own_noun_or_gerund() -> None:
    assert (
        _by_trigger("The quarry denied that it had contaminated the stream.")["contaminated"][0]
        == "contamination"
    )
    assert (
        _by_trigger("The marina denied that it had overcharged berth holders.")["overcharged"][0]
        == "overcharging"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a state, a knowing or a cause denied is no act
        "The harbour master denied that the jetty was unsafe.",
        "The orchestra denied that the cancellation had been its decision.",
        "The quarry denied that it had known about the spill for weeks.",
        "The airline denied that the strike had caused the delays.",
        # no "that" clause: a denial of a thing
        "The marina denied overcharging claims made by berth holders.",
    ],
)
def test_denied_state_gives_no_act(text: str) -> None:
    got = _by_trigger(text)
    assert not [
        t for t in got if t not in ("claims", "denied", "decision", "cancellation", "delays", "strike")
    ], got


def test_act_outside_a_denial_stays_unread() -> None:
    # the same verbs told plainly are not read: no table knows them outside the two clauses
    assert "overcharged" not in _by_trigger("The marina had overcharged berth holders for electricity.")
    assert "sidelined" not in _by_trigger("The orchestra had sidelined its two oldest violinists.")


# --- a question a refusal to say leaves open, in a verb no table knows ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ferry company declined to say whether it would compensate stranded drivers.", "compensate"),
        ("The festival has not said whether the headliners will reschedule.", "reschedule"),
        ("The orchestra would not comment on whether the tour would be shortened.", "shortened"),
        ("It is not clear whether the hatchery will restock the river next year.", "restock"),
    ],
)
def test_open_question_in_any_verb(text: str, trigger: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][1] == "hypothetical", got


@pytest.mark.parametrize(
    "text",
    [
        # a state or a need asked about, an ability, a question with no refusal before it
        "The ferry company declined to say whether the new timetable would be enough.",
        "The college declined to say whether it would need more staff.",
        "The council had not studied whether visitors could use the car park.",
        "Parents asked whether the hatchery would restock the river.",
    ],
)
def test_open_question_guards(text: str) -> None:
    got = _by_trigger(text)
    assert not [t for t in got if t in ("enough", "need", "use", "restock")], got


@pytest.mark.parametrize(
    "text",
    [
        # a state told as a participle after "was", an aspect before a gerund, a verb of mere conduct
        "The orchestra denied that the tour was underfunded.",
        "The marina denied that it had kept charging berth holders.",
        "The quarry denied that its managers had acted in bad faith.",
    ],
)
def test_denied_clause_guards(text: str) -> None:
    got = _by_trigger(text)
    assert not [t for t in got if t in ("underfunded", "kept", "acted")], got


# --- verbs that are events only with their companions ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Thieves took six bronze plaques from the war memorial on Sunday night.", "took", "theft"),
        ("Raiders who cut through the fence had taken two tractors by dawn.", "taken", "theft"),
        ("The smoke alarm in the ward went off at 3am.", "went off", "alarm"),
        ("A homemade device went off beside the bus shelter.", "went off", "explosion"),
        ("She spent 11 years behind bars before the conviction was quashed.", "spent", "imprisonment"),
        ("A dealer valued the violin at £240,000 last spring.", "valued", "valuation"),
    ],
)
def test_verb_with_its_companions(text: str, trigger: str, type_: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][0] == type_, got


def test_count_received_is_a_receipt() -> None:
    got = {
        e.type
        for e in _AT.events("The festival said it had received more than 4,000 applications for stalls.")
    }
    assert "receipt" in got, got


@pytest.mark.parametrize(
    ("text", "not_trigger"),
    [
        ("Thieves took less than three minutes to open the safe.", "took"),
        ("Thieves took advantage of the power cut.", "took"),
        ("Police said the owner took photos of the thieves.", "took"),
        ("The bread went off within two days.", "went off"),
        ("The lorry went off the road near the quarry.", "went off"),
        ("The climbers spent about six hours on the ridge.", "spent"),
        ("The violin, valued at £240,000, was stolen in March.", "valued"),
        ("The charity receives 300 letters a week.", "receives"),
        ("The museum usually closed for two weeks each January.", "closed"),
        ("The club had paid its coach £80,000 a year under the old contract.", "paid"),
        ("Anglers sold their catch for an average of £9 a kilogram.", "sold"),
    ],
)
def test_companion_guards(text: str, not_trigger: str) -> None:
    got = _by_trigger(text)
    assert not [t for t in got if t.startswith(not_trigger)], got


def test_nights_spent_stay_events() -> None:
    # a night spent in a shelter is an ordeal the sets label (a guard of the hours rule)
    assert "spent" in _by_trigger("About 300 walkers spent a second night in the village hall.")


def test_money_spent_stays_a_payment() -> None:
    got = _by_trigger("The council spent £4 million on the new sea wall last year.")
    assert got.get("spent", ("", ""))[0] == "spending", got


# --- the lead's note (LEAD-NOTE-s28-1), each mended as a kind -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Flights were held for three hours after a software fault knocked out the airport's radar.",
        "The storm knocked out power to 9,000 homes in the valley on Sunday.",
        "Mobile phone signals were knocked out across the island for most of the day.",
    ],
)
def test_knocked_out_power_or_systems_is_an_outage(text: str) -> None:
    assert "outage" in {t for t, _s in _by_trigger(text).values()}, _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The champion knocked out the challenger in the fourth round.",
        "The holders were knocked out of the cup by a part-time side.",
    ],
)
def test_knocked_out_guards(text: str) -> None:
    assert "outage" not in {t for t, _s in _by_trigger(text).values()}, _by_trigger(text)


def test_damage_found_is_a_discovery_and_the_day_opening_is_none() -> None:
    got = _by_trigger("A verger found the damage when she opened the church at 8am.")
    assert got.get("found", ("", ""))[0] == "finding", got
    assert "opened" not in got, got
    # an opening that is news keeps its event
    assert "opened" in _by_trigger("The mayor opened the new library at noon on Saturday.")


@pytest.mark.parametrize(
    "text",
    [
        "The union welcomed the offer and said the agreement was “a fair result for members”.",
        "The chair said the merger was necessary to save the club.",
    ],
)
def test_a_happening_judged_is_not_told(text: str) -> None:
    got = _by_trigger(text)
    assert not [t for t in got if t in ("agreement", "merger")], got


# --- the review (LEAD-NOTE-s28-2), each a named guard -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an irregular participle the "-ed" rule would cut into no verb
        ("The coach firm denied that its driver had sped past the school.", "sped"),
        ("The minister denied that he had misled the committee.", "misled"),
        # a light verb, a use, a turn, a becoming: no act of their own
        ("The mill denied that the merger had put 80 jobs at risk.", "put"),
        ("The trust denied that it had used the grant to pay salaries.", "used"),
        ("The council denied that the road had become unsafe.", "become"),
        # a duty is no act
        ("The landlord denied that the tenants had been supposed to leave by June.", "leave"),
    ],
)
def test_open_act_review_guards(text: str, wrong: str) -> None:
    assert wrong not in _by_trigger(text), _by_trigger(text)


def test_open_act_keeps_the_clause_event_told_before_it() -> None:
    got = _by_trigger("The organisers denied that the march had turned violent.")
    assert "turned" not in got, got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # hostages, control or a ride taken are no theft
        ("Gunmen took 30 villagers hostage near the border.", "took"),
        ("Rebels took control of the airport on Sunday.", "took"),
        ("The burglars took a taxi to the harbour.", "took"),
    ],
)
def test_taken_review_guards(text: str, trigger: str) -> None:
    assert _by_trigger(text).get(trigger, ("", ""))[0] != "theft", _by_trigger(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one-off happenings with "a day", "a week" after a preposition, and crimes done routinely
        ("The theatre sold 3,000 tickets in a day after the reviews.", "sold"),
        ("The hostages' families were paid compensation within a week.", "paid"),
        ("Investigators said the crew routinely smuggled cigarettes into the port.", "smuggled"),
        ("The company often paid cash to the inspectors.", "paid"),
    ],
)
def test_rate_and_habit_review_guards(text: str, trigger: str) -> None:
    assert trigger in _by_trigger(text), _by_trigger(text)
