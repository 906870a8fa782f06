"""The date finder's first scan has a lookahead for speed: it must find exactly what the plain scan found."""

from __future__ import annotations

import re

from service.backends.rules import dates


def test_every_time_word_starts_with_a_letter_the_lookahead_lists() -> None:
    words = dates._MAYBE_TIME_WORDS.split("|")
    assert all(w[:1].isalpha() and w[0].lower() in dates._MAYBE_TIME_INITIALS for w in words), words


def test_the_lookahead_finds_what_the_plain_scan_finds() -> None:
    plain = re.compile(rf"\d|\b(?:{dates._MAYBE_TIME_WORDS})", re.IGNORECASE)
    # Our own sentences: words of every family, capitals, digits inside words, none at all.
    texts = [
        "The council met on Monday, 4 March 2024, and again in SEPT. next year.",
        "Rents rose 12% in the week before the ECB's A4 report; tonight, winter ends.",
        "Nothing here names a time: the mayor spoke about parks and buses.",
        "ago spring summer autumn fall Friday FRIDAY fridays Dec. december x9y",
        "",
    ]
    for text in texts:
        assert [m.span() for m in dates._MAYBE_TIME.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
