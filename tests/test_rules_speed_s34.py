"""Session 34's speed changes: each cheap test asked before a pattern says no only where the pattern finds nothing.

Each helper is checked against the full path (its pattern, or the code it stands in for) on sentences of our own,
with matches, near misses and the case forms the pattern reads alike, on every window of each.
"""

from __future__ import annotations

from collections.abc import Iterator

from service.backends.rules import dates

SENTENCES = [
    "Two days later the ferry sailed again, and a week earlier the harbour had been closed.",
    "LATER THAT MONTH the quay reopened; EARLIER, the pier was shut.",
    "The same week, the following day and the next morning the divers returned.",
    "On the previous Sunday the keeper's name was read out at the game.",
    "The collateral damage was latent; the earliest text came the day after.",
    "Sameness, nextness and previousness are not words of time; the alternate plan came later.",
    "The lifeboat crew followed the yacht in the following\tweek and came back the same\xa0day.",
    "It happened the Following week, on the Next day, in the Previous month, at the Same time, Later, Earlier.",
    "No word of time here: the gulls circled the empty pier.",
    "",
]


def _forms(text: str) -> Iterator[str]:
    yield text
    for form in (text.upper(), text.lower(), text.swapcase(), text.title()):
        if len(form) == len(text):
            yield form


def _windows() -> Iterator[tuple[str, int, int]]:
    for sentence in SENTENCES:
        for text in _forms(sentence):
            for hi in range(len(text) + 1):
                for lo in range(0, hi + 1, 7):
                    yield text, lo, hi


def test_anchor_words_are_found_as_the_pattern_finds_them() -> None:
    found = 0
    for text, lo, hi in _windows():
        full = dates.ANCHOR_WORDS.search(text, lo, hi) is not None
        found += full
        assert dates.anchor_words_in(text, lo, hi) == full, (text, lo, hi)
    assert found, "no window of ours holds an anchor word: the check checks nothing"
