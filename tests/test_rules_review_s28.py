"""Review findings of session 28 mended by the lead: people sent to do a job are a sending, never goods delivered."""

from __future__ import annotations

import pytest

from tests.rules_support import rules


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescue service sent divers into the lake on Sunday.",
        "The army sent reinforcements to the border.",
        "The club sent scouts to watch the striker.",
        "The government sent investigators to the mine after the blast.",
    ],
)
def test_people_sent_are_no_delivery(sentence: str) -> None:
    types = [e.type for e in rules(sentence, "2026-12-07").events]
    assert types, sentence
    assert "delivery" not in types, (sentence, types)


def test_goods_sent_in_number_stay_a_delivery() -> None:
    types = [e.type for e in rules("The charity sent 40 tonnes of food to the region.", "2026-12-07").events]
    assert "delivery" in types, types
