"""Session 18's speed rewrites of the rules' scans: each finds exactly what the plain form finds.

The two ``..._finds_what_...`` tests are guards: they pass on the code before the rewrites too (the plain
forms are what it matched) and fail when a rewritten scan loses or adds a match. The other two test the
rewrites themselves (four-letter openers, a scan that opens with a class) and fail before them.
"""

from __future__ import annotations

import random
import re

from service.backends.rules import dates, numbers

# Our own sentences: numbers in digits and words, "a"/"an" before scales and before other words, words that
# open like number words ("often", "these", "tend", "sevens"), capitals, folded letters, none at all.
NUMBER_TEXTS = [
    "Two hundred and fifty people came; a dozen left, and half a million watched.",
    "A thousand ſix votes, an estimated quarter million, zero to sixty in three.",
    "The tenant said that these seven tents held an hour's gear, often more than any other.",
    "THIRTY-FIVE SEATS FELL to the opposition, ONE of them in Hartsea; a quarter billion, An hundred.",
    "Sales rose 12.5% to $3.2bn, USD115 a share, (-1.3%) on the year, 7-Eleven said.",
    "Forty-four fourteen fortune forth fifth fifteen fives; nİne nine ninety; sixteen sixty sixes.",
    "Nothing here is counted, and the mayor spoke about the harbour at length.",
    "",
]


def _plain_number() -> re.Pattern[str]:
    """NUMBER with session 13's one-letter openers: what the scan found before its gates were narrowed."""
    body = numbers.NUMBER.pattern[numbers.NUMBER.pattern.index("(?:(?<=USD)") :]
    return re.compile(r"(?=[\d½¼¾⅓⅔⅛]|\b[aefhnoqstz])" + body, re.IGNORECASE)


def _random_texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def test_the_number_scan_with_four_letter_openers_finds_what_one_letter_openers_found() -> None:
    plain = _plain_number()
    pieces = [
        *"aAnNeEiIgGhHtTwWoOfFrRsSxXvVlLqQuUzZdDmMbBcC1234567890½,.-−$ſİı \t\n/:(",
        *["ten", "two", "an ", "a ", "A ", "half", "quarter", "thousand", "three", "USD", "dozen"],
        *["eleven", "fifty", "forty", "one", "hundred", " and ", "1/2", "sixty", "six", "zero"],
        *["ſix", "fıve", "the", "that"],
    ]
    for text in NUMBER_TEXTS + _random_texts(pieces, 3000, 18):
        assert [(m.span(), m.groups()) for m in numbers.NUMBER.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], text
    found = [m.group() for m in numbers.NUMBER.finditer(NUMBER_TEXTS[2])]
    assert found == ["seven"], found  # "tenant", "these", "tents", "an hour", "often": no numbers


def test_the_number_openers_let_every_number_word_through() -> None:
    opener = re.compile(rf"(?:{numbers._OPENERS})")
    for word in [*numbers.NUMBER_WORDS, "half a", "quarter", "a dozen", "an hundred", "a  lakh"]:
        for written in (word, word.upper(), word.capitalize()):
            assert opener.match(written), written
    for word in ("the", "that", "and", "any", "on", "often", "an estimated", "a new"):
        assert opener.match(word) is None, word


TIME_TEXTS = [
    "The council met on Monday, 4 March 2024, and again in SEPT. next year.",
    "Rents rose 12% in the week before the ECB's A4 report; tonight, winter ends.",
    "Weekends, weekdays and the weekend: a year ago, Sunday's ſummer, ſunday; ago-era, tomorrows.",
    "Nothing here names a time: the mayor spoke about parks and buses.",
    "Decembers dec. Jan.uary mayor maybe Marchers, x9y, ½, 10:30.",
    "",
]


def test_the_time_anchor_scan_opening_with_its_class_finds_what_the_plain_scan_finds() -> None:
    plain = re.compile(rf"\d|\b(?:{dates._MAYBE_TIME_WORDS})", re.IGNORECASE)
    words = dates._MAYBE_TIME_WORDS.split("|")
    pieces = [
        *"aAdDfFjJmMnNoOsStTwWyYeEuUrRlLkK1234567890.,-ſİı\u212a \t\n",
        *words,
        *(w.upper() for w in words),
        *["weekend", "Sept.", "ſunday", "montHs", "agO", "yesterdays"],
    ]
    for text in TIME_TEXTS + _random_texts(pieces, 3000, 18):
        assert [m.span() for m in dates._MAYBE_TIME.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
    assert [m.group() for m in dates._MAYBE_TIME.finditer(TIME_TEXTS[2])][:4] == [
        "Week",
        "week",
        "week",
        "year",
    ]


def test_the_time_anchor_scan_opens_with_a_class_the_engine_scans_for() -> None:
    """Read through public means, the pattern's text and its matches (session 19: this read ``re._compiler``,
    a private module that moves between Python versions). What makes the engine skip to the candidates in C
    is that the pattern's first element is one case-sensitive class, consumed once: not a lookahead, a word
    boundary, a group or a class under IGNORECASE (which the engine lowercases each character for). No public
    interface reports the skip itself (``re.DEBUG`` prints it, in a form the documentation leaves open), so
    the test reads the form that gives it: session 13's form, a lookahead, fails here."""
    head = re.match(r"\(\?-i:(\[[^\]]+\])\)(?![?*+{])", dates._MAYBE_TIME.pattern)
    assert head is not None, dates._MAYBE_TIME.pattern[:40]
    first = re.compile(head.group(1))
    found = 0
    for text in TIME_TEXTS:
        for m in dates._MAYBE_TIME.finditer(text):
            found += 1
            assert first.fullmatch(text[m.start()]), (text, m.group())
    assert found > 10
