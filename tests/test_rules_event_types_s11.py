"""Session 11 event kinds and statuses (issue 15): mechanisms read on sets that were unseen once.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 11").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2025-06-11"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Said at a news conference or briefing with no plan or decision made public: the occasion.
        (
            "“The fire is contained,” the mayor said at a news conference on Monday.",
            "conference",
            "news conference",
        ),
        ("The storm cut power to 9,000 homes, the governor said at a news briefing.", "briefing", "briefing"),
        ("The chief said at a press briefing that two men had been arrested.", "briefing", "briefing"),
        # A plan or a decision made public there is the speaker's announcement.
        (
            "The city will close the bridge, the mayor said at a news conference on Monday.",
            "conference",
            "announcement",
        ),
        (
            "Ministers have agreed to raise the fee, the minister said during a press conference.",
            "conference",
            "announcement",
        ),
        ("“We decided to sell the farm,” the owner said at a news briefing.", "briefing", "announcement"),
        # Told a news conference: the audience, the occasion (unchanged).
        ("The governor told a news conference that rain would follow.", "conference", "news conference"),
    ],
)
def test_speech_occasion_or_announcement(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)
