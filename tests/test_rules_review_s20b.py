"""The review of session 20, finding 4: a titled name read as a body because "it" followed its "said" (s20-att's
rule that a name speaking as a body is an organisation). Sentences written for this file."""

from __future__ import annotations

import pytest

from .rules_support import rules

PUBLISHED = "2026-11-26"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mr Hale said it would appeal the ruling.", "Hale"),
        ("Dr Ann Lowe said it had been a long night.", "Ann Lowe"),
    ],
)
def test_a_titled_name_is_never_a_body(text: str, source: str) -> None:
    (a,) = rules(text, PUBLISHED).attributions
    assert (a.source, a.source_type) == (source, "person") and a.claim.startswith("It "), a


def test_a_name_speaking_as_a_body_is_still_one() -> None:
    """Guard (s20-att's rule): "Harlow Pay said it would refund customers" names the firm."""
    (a,) = rules("Harlow Pay said it would refund customers.", PUBLISHED).attributions
    assert (a.source_type, a.claim) == ("organization", "Harlow Pay would refund customers.")
