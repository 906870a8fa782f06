"""Session 19's speed changes to the rules: each finds what the code before it found.

Guards, all of them: they pass on the code before the changes as well (the plain forms are what it ran) and
fail if a rewritten pattern or a test made before a pattern drifts from the pattern it stands for. Each
also checks that its sentences were read: a pattern that finds nothing anywhere would pass an equality.
"""

from __future__ import annotations

import random
import re

from service.backends.rules import attributions, phrases, sentences

# Sentences of our own: the forms the patterns read, with every kind of space, Unicode letters and digits,
# and near misses.
_SENTENCES = [
    "",
    "According to the harbour board, the pier will close in May.",
    "The pier will close, according to\u00a0the board.",
    "The pier will close, according\nto the board, on 3 May.",
    "Accordingly, to the relief of anglers, the pier stayed open.",  # "Accordingly, to": no cue
    "ACCORDING TO THE BOARD the pier will close.",  # all capitals: the pattern's case
    "Prices rose accordingto the index.",
    "In a new poll, 62 percent of dockers backed the levy.",
    "The levy is unpopular in the survey of dockers released on Monday.",
    "Pollsters surveyed 900 voters; the polling firm declined to comment.",
    "In the Straw Poll, turnout fell.",  # capital head: no venue
    "Analysts polled by Keldon Research had expected a rise.",
    "Voters surveyed by\u00a0the institute",
    "the residents interviewed by",
    "the residents interviewed by\n",
    "a nearby ",
    "Traders polled by",
    "Ms Okafor’s U.S.-based firm paid $3.2bn, 1,250 shares and ½ of its 2024 profit.",
    "Ünal İnce and Ōta Sigrid met at café_24; ٣ boats, ² squared, x² and Ⅻ.",
    "He said: “It’s over” — and left (for now)…",
    "well-known, rock’n’roll, o'clock, e.g. and i.e. in 3.5.2 ways",
]


def _random_texts(pieces: list[str], n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


_PIECES = [
    *"aAbByYcCdDgGiIlLnNoOpPrRsStTuUvVeE0123456789.,'’-_ \t\n\u00a0\u2009:;()“”",
    *[
        "ccording",
        "According",
        "according to",
        " to ",
        "poll",
        "polls",
        "survey",
        "surveys",
        "In ",
        "in the ",
    ],
    *[
        "polled",
        "surveyed",
        "interviewed",
        "questioned",
        "consulted",
        " by",
        "by ",
        "by\n",
        "by\u00a0",
        "Abby",
    ],
    *["ſ", "İ", "ı", "é", "Ü", "٣", "²", "Ⅻ", "U.S.", "3.5", "1,250", "rock’n’roll", "x", "xx"],
]
_TEXTS = _SENTENCES + _random_texts(_PIECES, 4000, 19)


def _phrases(n: int, seed: int) -> list[str]:
    """Texts built from the phrases the gated patterns read, in random order, cases and spacing."""
    rnd = random.Random(seed)
    parts = [
        *["In", "in", "IN", "the", "a", "new", "recent", "Keldon", "straw", "exit", "Poll", "poll", "polls"],
        *[
            "survey",
            "surveys",
            "Survey",
            "of",
            "dockers",
            "by",
            "released",
            "since",
            "March",
            ",",
            ".",
            ";",
            "",
        ],
        *["Analysts", "analysts", "polled", "surveyed", "interviewed", "questioned", "consulted", "Abby"],
        *["according", "According", "to", "accordingly", "ſurvey", "poIl", "by\n"],
    ]
    spaces = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2009", ""]
    return [
        "".join(rnd.choice(parts) + rnd.choice(spaces) for _ in range(rnd.randint(1, 12))) for _ in range(n)
    ]


_TEXTS += _phrases(6000, 19)


def test_the_token_pattern_cuts_what_its_plain_form_cut() -> None:
    """``sentences.TOKEN`` with ``\\w`` written as a class the engine tests as a bitmap first: the same
    tokens as session 17's form with ``\\w``, on Unicode letters and digits, underscores and dotted words."""
    plain = re.compile(
        r"\S(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=\d)\d*(?:[.,]\d+)*|(?<=\w)\w*(?:[’'\-]\w+)*|)"
    )
    for text in _TEXTS:
        assert sentences.TOKEN.findall(text) == plain.findall(text), text
    words = [t.text for t in sentences.tokens(_SENTENCES[18])]
    assert words[:4] == ["Ünal", "İnce", "and", "Ōta"], words
    assert "café_24" in words and "٣" in words and "x²" in words, words
    assert [t.text for t in sentences.tokens(_SENTENCES[17])][:5] == ["Ms", "Okafor’s", "U.S.", "-", "based"]


def test_every_according_to_holds_its_hint() -> None:
    """``phrases.cues_in`` reads ``ACCORDING_TO`` only in a text holding ``ACCORDING_TO_HINT``."""
    found = 0
    for text in _TEXTS:
        matches = list(phrases.ACCORDING_TO.finditer(text))
        found += len(matches)
        assert not matches or phrases.ACCORDING_TO_HINT in text, text
    assert found > 10
    assert [c.lemma for c in phrases.cues_in(_SENTENCES[1])] == ["according to"]
    assert [c.lemma for c in phrases.cues_in(_SENTENCES[2])] == ["according to"]
    assert phrases.cues_in(_SENTENCES[4]) == [] and phrases.cues_in(_SENTENCES[6]) == []


def test_every_poll_venue_holds_its_head() -> None:
    """``attributions.find_poll_venues`` reads ``POLL_VENUE`` only in a text holding "poll" or "survey"."""
    found = 0
    for text in _TEXTS:
        if attributions.POLL_VENUE.search(text):
            found += 1
            assert any(head in text for head in attributions._POLL_VENUE_HEADS), text
    assert found > 10
    assert attributions.POLL_VENUE.search(_SENTENCES[7]) and attributions.POLL_VENUE.search(_SENTENCES[8])


def test_every_text_polled_by_ends_with_by() -> None:
    """``attributions._cue_source`` reads ``POLLED_BY`` only when ``_ends_with_by``: every match ends so,
    whatever the spaces (a no-break space, a newline), and "Abby " passes the test but not the pattern."""
    found = 0
    for text in _TEXTS + [s[: s.index(" had")] + " " if " had" in s else s for s in _SENTENCES]:
        if attributions.POLLED_BY.search(text):
            found += 1
            assert attributions._ends_with_by(text), text
    assert found > 10
    for text in ("Voters surveyed by\u00a0", "the residents interviewed by\n", "Analysts polled by "):
        assert attributions.POLLED_BY.search(text) and attributions._ends_with_by(text), text
    for text in ("Traders polled by", "Traders polled by Keldon", "", "by"):
        assert not attributions._ends_with_by(text), text
    assert attributions._ends_with_by("Abby ") and not attributions.POLLED_BY.search("Abby ")
