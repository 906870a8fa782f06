"""Session 27's speed changes: each answers exactly what the form before it answered.

The hints ``figures.find_figures`` asks of every sentence are cheaper forms of the same question; a subject asked
again of the same cue is the one found the first time. Sentences are our own.
"""

from __future__ import annotations

import re

from service.backends.rules import attributions, events, figures, phrases, sentences, summaries
from service.backends.rules.event_words import CONTROL_VERBS

# Our own sentences, lowercased as ``find_figures`` reads them, with the near misses of each hint: a word that holds
# a hint's letters inside it ("told", "agency", "tommy son"), a hint at the very start or end, and the letters
# IGNORECASE folds ("ſ", "ı").
LOWER = [
    "she was 34 when she moved to the harbour town.",
    "the mayor, who told the agency his son was ill, resigned.",
    "tommy son was there; the manager sold 12 boats; the stage was set.",
    "my mother turns 90 on friday, and our dad is 93.",
    "their child will be five in may, her sister would be six.",
    "he died at 81 in the house he was born in.",
    "the ferry was retired at 40 years of service and married last june.",
    "a man, 45, y/o, yo.",
    "old",
    "aged",
    "one in five residents, 3 in 10 voters, someone in charge, a tone in a voice.",
    "two-thirds of the council, half of the fleet, a quarter, out of 12.",
    "the fourth in line, the ninth of may, network in x, 9 in 1, x9 in a.",
    "nothing here counts.",
    "",
    "the levy was increaſed by a thırd, one ın five.",
]


def test_the_age_hint_finds_what_the_form_before_it_found() -> None:
    kin = figures._KIN
    before = re.compile(  # the form up to session 26
        r"o(?<!\w.)ld\b|a(?<!\w.)ge[ds]?\b|y(?<!\w.)o\b|y/o"
        r"|d(?<!\w.)(?:ie[sd]|ying) at \d|r(?<!\w.)etir(?:e[ds]?|ing) at \d|m(?<!\w.)arried at \d"
        r"|s(?<!\w.)chool at \d|h(?<!\w.)ome at \d|e(?<!\w.)migrated at \d"
        r"|d(?<!\w.)ied (?:last|this|in|on) |r(?<!\w.)etired (?:last|this|in|on) |m(?<!\w.)arried (?:last|this|in|on) "
        r"|s(?<!\w.)he (?:was|is|will be|would be|turns|turned) |h(?<!\w.)e (?:was|is|will be|would be|turns|turned) "
        rf"|(?<!\w)(?:my|his|her|their|our) {kin} (?:was|is|will be|would be|turns|turned) "
    )
    for text in LOWER:
        for k in range(len(text) + 1):  # every tail and every head
            for part in (text[k:], text[:k]):
                assert (figures._AGE_WORD_HINT_LOWER.search(part) is None) == (before.search(part) is None), (
                    part
                )


def test_counting_after_needs_an_after() -> None:
    # The pretest is exactly the letters of "after" IGNORECASE reads: no other character folds to one of them.
    every = "".join(map(chr, range(0x110000)))
    assert set(re.findall("[after]", every, re.IGNORECASE)) == set("AaFfTtEeRr")
    assert events._AFTER_WORD.search("two weeks AFTER the storm") is not None
    assert events._AFTER_WORD.search("two weeks later") is None


def test_the_verb_group_sets_are_the_unions_they_stand_for() -> None:
    assert summaries._BEFORE_TO == CONTROL_VERBS | summaries._REFUSING | summaries._RAISING
    assert summaries.RELATIVES | {"whose"} == summaries._RELATIVES_WHOSE


def test_a_subject_asked_again_is_the_one_found_the_first_time() -> None:
    masked = "The harbour master, Ana Ruiz, said the pier would close, and the mayor said it would not."
    first = [phrases.subject_before(masked, m.start()) for m in re.finditer(r"\bsaid\b", masked)]
    again = [phrases.subject_before(masked, m.start()) for m in re.finditer(r"\bsaid\b", masked)]
    assert first == again
    assert [p.text for p in first if p is not None] == ["Ana Ruiz", "the mayor"]
    phrases.subject_before.cache_clear()
    assert [phrases.subject_before(masked, m.start()) for m in re.finditer(r"\bsaid\b", masked)] == first


def test_the_figure_hints_asked_by_in_answer_as_their_patterns() -> None:
    for text in LOWER:
        for k in range(len(text) + 1):
            for part in (text[k:], text[:k]):
                assert figures._fraction_hint(part) == (figures._FRACTION_HINT.search(part) is not None), part
                assert figures._fold_hint(part) == (figures._FOLD_HINT_LOWER.search(part) is not None), part
                assert figures._one_unit_hint(part) == (
                    figures._ONE_UNIT_WORDS_LOWER.search(part) is not None
                ), part
    for word in (
        "twofold",
        "doubled",
        "tripling",
        "octuple",
        "twice",
        "thrice",
        "a decade",
        "daytime",
        "hourly",
    ):
        assert figures._fold_hint(word) or figures._one_unit_hint(word), word


def test_a_dateline_asked_again_is_the_one_read_the_first_time() -> None:
    text = "KYIV, Oct 12 (Reuters) - The city's mayor said the bridge would reopen."
    first = sentences.dateline(text)
    assert first is not None and first.end() == len("KYIV, Oct 12 (Reuters) - ")
    assert sentences.dateline(text) is first
    assert sentences.dateline("The Secretary-General said the talks would resume.") is None
    assert (sentences.dateline(text) is None) == (sentences.DATELINE.match(text) is None)


def test_a_share_subject_needs_a_share_word_at_the_cue() -> None:
    # the pretest of ``phrases._share_subject``: every text ``_SHARE`` finds ends with a word the pretest finds
    for text in (
        "Nearly two thirds",
        "a majority",
        "almost half",
        "the most",
        "Three quarterſ",
        "a thırd",
        "many",
    ):
        toks = sentences.tokens(text)
        assert phrases._SHARE.search(text) is not None, text
        assert phrases._SHARE_WORD_END.search(toks[-1].text) is not None, text
    for word in ("thirty", "halfway", "manyfold"):
        assert phrases._SHARE_WORD_END.search(word) is None, word


def test_title_case_cues_count_capitals_as_before() -> None:
    assert (
        attributions.title_case_cues("Okafor Says Port Will Stay Open") == "Okafor says Port Will Stay Open"
    )
    assert (
        attributions.title_case_cues("Okafor says the port will stay open")
        == "Okafor says the port will stay open"
    )


def test_the_word_before_a_number_is_the_same_asked_twice() -> None:
    text = "The council approved nearly 40 new homes."
    pos = text.index("40")
    assert figures._prev_word(text, pos) == figures._prev_word(text, pos) == "nearly"
