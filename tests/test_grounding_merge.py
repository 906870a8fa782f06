"""Grounding merges one fact's mentions into one item, and never two people's words into one."""

from __future__ import annotations

from tests.rules_support import rules

SCENE = (
    "Port talks end without a deal\n\nThe talks over the port contract ended without a deal on Thursday.\n\n"
)


def quotes(body: str) -> list[tuple[str | None, str, int]]:
    ex = rules(SCENE + body, "2024-05-02")
    return [(q.speaker, q.text, len(q.evidence)) for q in ex.quotes]


def test_the_same_words_from_two_speakers_are_two_quotes() -> None:
    got = quotes(
        "\u201cWe are ready,\u201d said Maria Lopez, the union\u2019s leader, as she left the hall.\n\n"
        "The company\u2019s director, Tom Berg, answered an hour later. \u201cWe are ready,\u201d Berg said."
    )
    assert got == [("Maria Lopez", "We are ready", 1), ("Tom Berg", "We are ready", 1)]


def test_one_speaker_repeating_his_words_is_one_quote_with_both_mentions() -> None:
    got = quotes(
        "\u201cWe are ready,\u201d said Tom Berg, the company\u2019s director.\n\n"
        "He repeated it after the vote. \u201cWe are ready,\u201d Berg said."
    )
    assert got == [("Tom Berg", "We are ready", 2)]


def test_only_two_named_unrelated_speakers_keep_equal_words_apart() -> None:
    from types import SimpleNamespace

    from service.kinds import HOOKS

    distinct = HOOKS["quotes"].distinct
    assert distinct is not None

    def q(speaker: str | None) -> SimpleNamespace:
        return SimpleNamespace(speaker=speaker)

    assert distinct(q("Maria Lopez"), q("Tom Berg"))
    assert not distinct(q("Berg"), q("Tom Berg"))  # a surname is its bearer
    assert not distinct(q(None), q("Tom Berg"))  # a pull quote without a speaker is the spoken one
    assert not distinct(q("Tom Berg"), q(None))
