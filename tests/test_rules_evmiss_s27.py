"""Session 27 events: missed events (helper s27-evmiss).

Every sentence is written for this file, in the shape of the lead's notes (no set's or corpus's words). Each kind has
cases next to hard negatives; the negatives' sentences are read where something else must still come out, or they are
named guards. The policy is in docs/events.md ("Session 27: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-07"


_AT = EventTyping(PUBLISHED)


def _typed(text: str) -> set[tuple[str, str]]:
    """(type, trigger) of every event of the text."""
    return {(e.type, e.trigger) for e in _AT.events(text)}


def _types(text: str) -> set[str]:
    return {e.type for e in _AT.events(text)}


# --- people told or forced to leave their homes are evacuated --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 600 people were told to leave their homes beside the dam on Sunday night.",
        "Residents of 40 streets were told to evacuate as the wildfire spread.",
        "Some 2,000 villagers were forced to leave their homes when the volcano rumbled.",
        "Dozens of families were forced from their homes overnight by rising water.",
    ],
)
def test_told_or_forced_to_leave_home_is_an_evacuation(text: str) -> None:
    assert "evacuation" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visitors were told to leave their coats in the hall.",
        "The school told parents that the building was safe.",
        "The landlord forced the tenants to pay a higher rent.",
    ],
)
def test_no_evacuation_without_homes_left(text: str) -> None:
    assert "evacuation" not in _types(text)


# --- a firm that goes into administration, receivership or liquidation, or goes bust -------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Tollard Brewery, a family business, has gone into administration.", "administration"),
        ("The builder went into receivership in May with debts of £6m.", "receivership"),
        ("The travel agent entered liquidation last week.", "liquidation"),
        ("A small regional airline has gone bust, leaving 3,000 passengers stranded.", "bankruptcy"),
        ("The toy shop on Mill Lane will go into liquidation next month.", "liquidation"),
    ],
)
def test_a_firm_gone_into_administration_is_insolvent(text: str, type_: str) -> None:
    assert type_ in _types(text)


def test_administration_of_a_thing_is_no_insolvency() -> None:
    """ "went into administration of the estate" manages it; the sentence's sale is still read."""
    types = _types("Her brother went into administration of the estate and sold the farm in 2019.")
    assert "administration" not in types
    assert "sale" in types


# --- staff made redundant or let go ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("About 65 staff at the printing works were made redundant on Friday.", "redundancy"),
        ("Thirty drivers have been made redundant with immediate effect.", "redundancy"),
        ("Twelve teachers were let go at the end of the summer term.", "layoffs"),
    ],
)
def test_staff_made_redundant_or_let_go_lose_their_jobs(text: str, type_: str) -> None:
    assert type_ in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The factory made redundant looms available to a museum.",
        "The climber was let go of the rope only at the summit.",
        "He refused to let go and clung to the railing.",
    ],
)
def test_redundant_things_and_letting_go_are_no_job_loss(text: str) -> None:
    types = _types(text)
    assert "redundancy" not in types
    assert "layoffs" not in types


# --- a disqualification ----------------------------------------------------------------------------------------------


def test_a_winner_disqualified() -> None:
    assert ("disqualification", "disqualified") in _typed(
        "The winner of the harbour swim was disqualified on Sunday."
    )


# --- a happening as the subject of happened, occurred, took place, buried --------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The explosion occurred shortly after 4am in a basement flat.", "explosion"),
        ("The accident happened on the coast road on Saturday night.", "accident"),
        ("The landslip happened on Tuesday evening after a week of rain.", "landslide"),
        ("A rockfall buried the footpath under tonnes of stone on Monday.", "landslide"),
        ("The second collision had occurred at the same junction in March.", "collision"),
    ],
)
def test_a_happening_that_happened(text: str, type_: str) -> None:
    assert type_ in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "It happened again on Sunday, the neighbours said.",
        "Nobody could explain what occurred in the stairwell.",
        "The rower was buried in the village churchyard on Friday.",
        "The parade happened to pass the old station.",
        "Most flooding incidents occur in winter.",
    ],
)
def test_happened_without_a_happening_subject_is_nothing(text: str) -> None:
    assert _AT.events(text) == []


# --- a train that comes off the rails ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A goods train came off the rails near the quarry on Thursday.",
        "In 2023 a tram came off the track at the depot.",
        "Three wagons left the tracks outside the station.",
    ],
)
def test_a_train_off_the_rails_is_a_derailment(text: str) -> None:
    assert "derailment" in _types(text)


def test_a_road_off_a_junction_is_no_derailment() -> None:
    """A guard: "came off" with no rails or track."""
    assert "derailment" not in _types("The new road came off the roundabout at a sharp angle.")


# --- one happening told again in other words is one event ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "A coal train derailed outside Penmoor on Friday. Six wagons left the tracks, the operator said.",
            "derailment",
        ),
        (
            "A landslide buried the valley road on Monday. The slip happened after a week of rain.",
            "landslide",
        ),
        ("An explosion wrecked a bakery on Friday. The explosion occurred shortly after 3am.", "explosion"),
    ],
)
def test_a_happening_told_again_is_one_event(text: str, type_: str) -> None:
    events = [e for e in _AT.events(text) if e.type == type_]
    assert len(events) == 1
    assert len(events[0].evidence) == 2


def test_two_happenings_of_a_kind_told_apart_stay_two() -> None:
    """A guard: a second explosion with no definite noun is another one."""
    text = (
        "An explosion wrecked a bakery on Friday. A second explosion occurred in the same street on Sunday."
    )
    assert len([e for e in _AT.events(text) if e.type == "explosion"]) == 2


# --- lights or power switched off or on; a stranding to come ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            "About 6,000 streetlamps in the county will be switched off after midnight from April.",
            "switch-off",
        ),
        ("The harbour town switched off its floodlights at 10pm in 2021.", "switch-off"),
        ("A children's choir will switch on the town's Christmas lights on Saturday.", "switch-on"),
    ],
)
def test_lights_switched_off_or_on(text: str, type_: str) -> None:
    assert type_ in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The border closure would strand about 300 lorries on the motorway.",
        "Heavy snow could strand hundreds of drivers on the moor overnight.",
    ],
)
def test_a_stranding_to_come(text: str) -> None:
    assert "stranding" in _types(text)


def test_stranded_people_described_are_no_stranding() -> None:
    """A guard: "stranded" before its noun describes the passengers."""
    assert "stranding" not in _types("Stranded passengers queued at the help desk.")


def test_a_switch_at_the_time_is_a_state() -> None:
    """ "was switched on at the time" tells the state the thing was in, not a switching."""
    types = _types("The lift's alarm was switched off at the time of the fall, the report found.")
    assert "switch-off" not in types
