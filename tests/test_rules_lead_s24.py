"""Session 24, the lead: a kind a reader met on short articles of our own after the helpers' landings.

The first test failed on main before this change (checked); the guards say so and check that their sentence was read.
Every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from .rules_support import rules

PUBLISHED = "2026-12-06"


def _summaries(text: str) -> list[str]:
    return [e.summary for e in rules(text, PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        # a second object after "her": the object, not a possessive ("would give Mira Castell’s a grant")
        (
            "Ilse Vortmann became the youngest grandmaster in the country. The chess federation said it would give "
            "her a grant of €8,000 to cover travel next season.",
            "The chess federation would give Ilse Vortmann a grant of €8,000 to cover travel next season.",
        ),
    ],
)
def test_her_before_a_determiner_is_the_object(text: str, summary: str) -> None:
    assert summary in _summaries(text)


def test_her_before_a_noun_stays_a_possessive() -> None:
    """Guard (passed before): "her coach" is Ilse Vortmann's coach."""
    summaries = _summaries(
        "Ilse Vortmann became the youngest grandmaster in the country. Her coach resigned on Friday."
    )
    assert any(s.startswith("Ilse Vortmann’s coach resigned") for s in summaries), summaries
