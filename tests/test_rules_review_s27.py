"""Session 27, review 1 (the lead's mends): words of another sense that typed confident wrong events.

Sentences are our own. Each wrong case failed on the code the review read (757004a); the right cases are guards.
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping, source_types

T = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    "text",
    [
        "The firm pulled its products from shelves as well as its website.",
        "The broadcaster pulled its advert from the channel as well.",
        "Shares in the ferry operator sank 12% on Tuesday.",
        "The yacht club's membership sank to 40 last year.",
        "The peace talks came off the rails last year.",
        "Viewers switched off in their millions after the first episode.",
        "The minister switched on the charm at the dinner.",
        "The clock stopped ticking at 3.15pm.",
    ],
)
def test_a_word_of_another_sense_tells_no_event(text: str) -> None:
    assert T.types(text) == {}


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("Rescuers pulled a boy from the river on Sunday.", "pulled", "rescue"),
        ("The trawler sank off Shetland on Monday.", "sank", "sinking"),
        ("Most streetlights will be switched off between midnight and 5am.", "switched off", "switch-off"),
        ("The council switched off its own lights in March.", "switched off", "switch-off"),
        ("A passenger train came off the tracks near Leeds in 2024.", "came off the tracks", "derailment"),
        ("The council will stop collecting glass in May.", "stop collecting", "stop"),
    ],
)
def test_the_sense_that_tells_a_happening_keeps_its_event(text: str, trigger: str, type_: str) -> None:
    assert T.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("body", "source", "type_"),
    [
        ("Kettleby Statistics, a data firm, said sales had slowed.", "Kettleby Statistics", "organization"),
        (
            "According to Statistics New Zealand, inflation was 3.4 percent.",
            "Statistics New Zealand",
            "government",
        ),
        ("The road will be sold next year, its operators said.", "its operators", "organization"),
    ],
)
def test_a_statistics_firm_is_no_statistics_office(body: str, source: str, type_: str) -> None:
    assert (source, type_) in source_types(body)
