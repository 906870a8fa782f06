"""Session 13's speed rewrites of the rules' scans: each finds exactly what the plain form found."""

from __future__ import annotations

import re

from service.backends.rules import dates, figures, numbers, sentences


def test_any_case_lists_every_character_ignorecase_matches() -> None:
    # The engine's case folding, read off the engine itself for every letter the scans need.
    for letter in "adefhijkmnoqstwyz":
        folded = {chr(c) for c in range(0x2200) if re.fullmatch(letter, chr(c), re.IGNORECASE)}
        assert set(numbers.any_case(letter)) == folded, letter


# Our own sentences: numbers in digits and words, capitals, number words inside other words, none at all.
NUMBER_TEXTS = [
    "Two hundred and fifty people came; a dozen left, and half a million watched.",
    "Sales rose 12.5% to $3.2bn, USD115 a share, (-1.3%) on the year, 7-Eleven said.",
    "THIRTY-FIVE SEATS FELL to the opposition, ONE of them in Hartsea.",
    "Someone, anyone, often attended: the tone was seventeenth-century, an oddity.",
    "Nothing here is counted, and the mayor spoke about the harbour at length.",
    "A thousand ſix votes, an estimated quarter million, zero to sixty in three.",
    "",
]


def test_the_number_scan_finds_what_one_letter_openers_found() -> None:
    body = numbers.NUMBER.pattern[numbers.NUMBER.pattern.index("(?:(?<=USD)") :]
    plain = re.compile(r"(?=[\d½¼¾⅓⅔⅛]|\b[aefhnoqstz])" + body, re.IGNORECASE)
    for text in NUMBER_TEXTS:
        assert [(m.span(), m.groups()) for m in numbers.NUMBER.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], text
    assert [m.group() for m in numbers.NUMBER.finditer(NUMBER_TEXTS[0])][:3] == [
        "Two hundred and fifty",
        "a dozen",
        "half a million",
    ]


def test_the_fraction_hint_is_the_plain_alternation() -> None:
    plain = re.compile(
        r"o(?<!\w.)ne in \w|\d in \d|(?:two|three|four|five|six|seven|eight|nine) in \w"
        r"|half|third|quarter|fifth|sixth|tenth|out of"
    )
    texts = [
        "about 4 in 10 voters",
        "nine in 10 households",
        "someone in charge",  # "one in" inside a word: no
        "one in five",
        "14 in 2019",
        "a 4 inch pipe",
        "the 2 ink jets",
        "out of reach",
        "nothing",
    ]
    for text in texts:
        assert (figures._FRACTION_HINT.search(text) is None) == (plain.search(text) is None), text
    assert figures._FRACTION_HINT.search("the 2 ink jets") is None
    assert figures._FRACTION_HINT.search("about 4 in 10 voters") is not None


def test_the_dateline_scan_needs_its_dash_first() -> None:
    body = sentences.DATELINE.pattern[sentences.DATELINE.pattern.index("^[A-Z]") :]
    plain = re.compile(body)
    texts = [
        "ERBIL, Kurdistan Region — The council met.",
        "Brussels, February 20 (RHC)--Ministers agreed.",
        "KYIV, Oct 12 (Reuters) - Shelling resumed.",
        "PHILADELPHIA ― The strike ended.",
        "The Secretary-General said the well-known plan would pass.",  # hyphens inside words: none
        "Harbour Town -- not a dateline when lowercase follows -- again",
        "Mayor Jo Reed said the vote will wait.",
        "",
    ]
    for text in texts:
        ours, theirs = sentences.DATELINE.match(text), plain.match(text)
        assert (ours and ours.span()) == (theirs and theirs.span()), text
    assert sentences.DATELINE.match(texts[0]) is not None
    assert sentences.DATELINE.match(texts[4]) is None


def test_the_time_anchor_scan_is_case_blind() -> None:
    plain = re.compile(rf"\d|\b(?:{dates._MAYBE_TIME_WORDS})", re.IGNORECASE)
    for text in ["MONDAY and monday, Sunday's ſummer", "JUNE 4 and june 5", "no time words"]:
        assert [m.span() for m in dates._MAYBE_TIME.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def test_the_currency_places_grouped_by_initial_find_what_the_flat_list_found() -> None:
    from service.backends.rules import measures

    flat = re.compile(
        "(?:"
        + "|".join(
            re.escape(p[0]) + r"(?<!\w.)" + re.escape(p[1:])
            for p in sorted(measures.CURRENCY_PLACES, key=len, reverse=True)
        )
        + r")\b"
    )
    text = " ".join(sorted(measures.CURRENCY_PLACES)) + " Norwegians, NorwayX, Oslo's port; Bernese, Bern."
    assert [m.span() for m in measures.CURRENCY_PLACE_RE.finditer(text)] == [
        m.span() for m in flat.finditer(text)
    ]
    assert any(m.group() == "Bern" for m in measures.CURRENCY_PLACE_RE.finditer("in Bern, the franc"))


def test_the_compound_duration_gate_passes_every_compound_duration() -> None:
    texts = [
        "He served two years and six months of the sentence.",
        "The trial lasted 3 weeks, and 4 days.",
        "She waited one hour and a minute.",
        "Rates rose this year as wages and prices climbed for days.",  # a unit and an "and", no pair
    ]
    for text in texts:
        low = text.lower()
        found = figures.COMPOUND_DURATION.search(text) is not None
        assert not found or figures._UNIT_THEN_AND_LOWER.search(low) is not None, text
    assert figures._UNIT_THEN_AND_LOWER.search(texts[3].lower()) is None
    spans = [f.value for f in figures.find_figures(sentences.Sentence(0, len(texts[0]), texts[0], 0))]
    assert 30 in spans  # 2 years and 6 months: 30 months
