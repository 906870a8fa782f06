"""Session 30, the lead's mends of review 1's findings on s30-evmiss (sentences of our own).

A direct question asserts nothing: what it asks about may come (hypothetical), it did not happen. "tripped over" is a
stumble, not equipment of a grid tripping. A person "put down" in words is belittled, not put to death.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    "text",
    [
        "Did the Harlan Trust take charge of the museum?",
        "Did the ferry operator cancel the last sailing?",
        "Will the brewery close its Tollgate site?",
        "Has the council approved the new car park?",
    ],
)
def test_a_direct_question_asserts_no_happening(text: str) -> None:
    got = _AT.types_and_statuses(text)
    assert all(status == "hypothetical" for _type, status in got.values()), got


def test_the_same_act_stated_is_still_told() -> None:
    got = _AT.types_and_statuses("The brewery closed its Tollgate site on Monday.")
    assert [s for _t, s in got.values()] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        "A council worker tripped over a generator cable at the fair on Saturday.",
        "A steward tripped on a turbine blade lying in the yard.",
    ],
)
def test_a_stumble_is_no_outage(text: str) -> None:
    assert "outage" not in [t for t, _s in _AT.types_and_statuses(text).values()]


def test_equipment_tripped_is_still_an_outage() -> None:
    got = _AT.types_and_statuses("The storm tripped two transformers in the east of the city on Sunday.")
    assert "outage" in [t for t, _s in got.values()], got


@pytest.mark.parametrize(
    "text",
    [
        "Her rivals put her down in public at every meeting, the councillor said.",
        "His coach put him down in front of the whole squad.",
    ],
)
def test_a_person_belittled_is_no_euthanasia(text: str) -> None:
    assert "euthanasia" not in [t for t, _s in _AT.types_and_statuses(text).values()]


def test_an_animal_put_down_by_a_vet_is_still_told() -> None:
    got = _AT.types_and_statuses("The pony broke a leg and a vet put her down later that day.")
    assert "euthanasia" in [t for t, _s in got.values()], got
