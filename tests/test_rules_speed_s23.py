"""Session 23's speed rewrites of the rules' scans: each finds exactly what the form before it found.

Word alternations under IGNORECASE became tries of case classes (``numbers.case_trie``); the patterns of
``summaries.finish`` anchored at the summary's end are searched only when the summary ends on one of their last
words. Sentences are our own.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from service.backends.rules import dates, events, figures, measures, numbers, summaries
from service.backends.rules.event_words import PURPOSE_PHRASES
from service.backends.rules.inflect import forms
from service.backends.rules.lexicon import QUALIFIERS

# Our own sentences, with the letters IGNORECASE folds beyond their two cases ("ſ" = s, "ı" and "İ" = i, the
# Kelvin sign = k, the micro sign = the Greek mu) and capitals where a table writes lowercase.
TEXTS = [
    "Harbour fees ROSE by 4% in order to pay for dredging, and tolls Fell 3% so that ferries could run.",
    "The levy was increaſed by about 2 percent, up from almoſt nothing, aımed at the port's repairs.",
    "Output INCREASED 12 per cent to 40 kılometres per hour, no fewer than 30 knots, In Order To cope.",
    "The tank held 5 µg of lead and 7 μg of zinc, 20 degrees celsius, 3 US Dollars, 8 u.s. dollars.",
    "Rents went up by 6% and then DOWN by 2%; at least 9 \u212aenyan shillings, 4 euros, 40 yen.",
    "Shares slumped nearly 8% on Monday, designed to calm markets, İn order to reassure buyers.",
    "Nothing here changes, the mayor said of the harbour, which is neither up nor down this year.",
    "",
]


def _alternation(words: Collection[str], wrap: str) -> tuple[re.Pattern[str], ...]:
    """The words as the alternation sorted longest first under IGNORECASE (the form before session 23) and as
    the trie of case classes, each inside ``wrap``."""
    plain = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return (
        re.compile(wrap.format(f"(?:{plain})"), re.IGNORECASE),
        re.compile(wrap.format(f"(?-i:{numbers.case_trie(words)})"), re.IGNORECASE),
    )


def _same_matches(before: re.Pattern[str], after: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert [(m.span(), m.groups()) for m in after.finditer(text)] == [
            (m.span(), m.groups()) for m in before.finditer(text)
        ], text
        for k in range(len(text)):  # every tail, as the patterns read what follows a number
            a, b = before.match(text, k), after.match(text, k)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (text, k)


def test_a_trie_of_case_classes_matches_what_the_alternation_matched() -> None:
    change = {f for lemma in figures._CHANGE_LEMMAS for f in forms(lemma).all()}
    tables = [
        (change | {"up", "down"}, r"\b{}\s+(?:by\s+)?"),
        (change, r"\b(?:(?:have|has|had)\s+(?:been\s+)?)?{}\b"),
        (frozenset(PURPOSE_PHRASES), r"\b{}\b"),
        (frozenset(QUALIFIERS), r"\b(?P<q>{})\s+"),
        (frozenset(measures.UNIT_PHRASES), r"\s?(?P<u>{})(?![\w²³])"),
        (frozenset(measures.CURRENCY_AFTER_NAMES), r"\s?(?P<c>{})(?![\w$€£¥])"),
        (frozenset(w.lower() for w in dates._TIME_FIRST_WORDS.split()), r"\b{}\b"),
    ]
    for words, wrap in tables:
        before, after = _alternation(words, wrap)
        _same_matches(before, after, TEXTS)


def test_the_module_patterns_are_the_tries() -> None:
    """Guard: the patterns the rules use find what their alternations found."""
    change = {f for lemma in figures._CHANGE_LEMMAS for f in forms(lemma).all()}
    before, _ = _alternation(change | {"up", "down"}, r"\b{}\s+(?:by\s+)?$")
    for text in TEXTS:
        for k in range(len(text) + 1):
            window = text[max(0, k - 20) : k]
            a, b = before.search(window), figures._CHANGE_VERB_JUST_BEFORE.search(window)
            assert (a and a.span()) == (b and b.span()), window
    before, _ = _alternation(frozenset(PURPOSE_PHRASES), r"\b{}\b")
    _same_matches(before, events._PURPOSE, TEXTS)
    before, _ = _alternation(frozenset(measures.UNIT_PHRASES), r"^\s?(?P<u>{})(?![\w²³])")
    for text in TEXTS:
        for k in range(len(text)):
            a, b = before.search(text[k:]), measures.UNIT_PHRASE_AFTER.search(text[k:])
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text[k:]


def test_words_written_in_two_cases_keep_the_longer_first() -> None:
    """A table holding one word in two cases: the trie must not try the shorter word of one case before the
    longer word of the other (one path per letter, whatever its case)."""
    before, after = _alternation(frozenset({"Ab", "abc", "ABCD"}), r"{}")
    _same_matches(before, after, ["abcd abc ab xabcx ABC Abcd"])
    assert [m.group() for m in after.finditer("abcd abc ab")] == ["abcd", "abc", "ab"]


def test_the_end_words_cover_every_end_a_pattern_of_finish_can_match() -> None:
    """Guard: ``finish`` searches a pattern anchored at the end only in a summary ending on one of its words;
    every summary ending such a pattern matches ends on one of them."""
    endings = [
        (summaries._DANGLING_RELATIVE, summaries._DANGLING_RELATIVE_LAST),
        (summaries._DANGLING_REPORT, summaries._DANGLING_REPORT_LAST),
        (summaries._TITLE_OR_EVEN_END, summaries._TITLE_OR_EVEN_LAST),
        (summaries._DANGLING_END, summaries._DANGLING_END_LAST),
        (summaries._COMPARISON_CUT, summaries._COMPARISON_LAST),
        (summaries._COMMA_REPORT_END, ("that",)),
    ]
    tails = [
        "in a container that",
        "from residents who said",
        "a report that had claimed",
        "won the primary in March, with Sens",
        "did not sell the pier, even",
        "rose by 9.4% in the",
        "resigned on Tuesday, a day",
        "would pick a nominee at least",
        "met for more than",
        "the strike idled as many as",
        "who said he did not sign the lease, recalled that",
        "the ferry sailed",
    ]
    for pattern, last in endings:
        matched = [t for t in tails if pattern.search(t)]
        assert all(t.endswith(last) for t in matched), pattern.pattern
    assert len([t for t in tails if any(p.search(t) for p, _ in endings)]) == 11


def test_finish_cuts_what_it_cut() -> None:
    """Guards, summaries our own: each cut of ``finish`` is made as before, and a summary ending on none of the
    words is left whole."""
    assert (
        summaries.finish("The drugs were found in a container that") == "The drugs were found in a container."
    )
    assert (
        summaries.finish("The council rejected objections from residents who said")
        == "The council rejected objections from residents."
    )
    assert (
        summaries.finish("Greta Holm won the primary in March, with Sens")
        == "Greta Holm won the primary in March."
    )
    assert summaries.finish("The index rose by 9.4% in the") == "The index rose by 9.4%."
    assert summaries.finish("The board would pick a nominee at least") == "The board would pick a nominee."
    assert summaries.finish("Tom Vale was even sworn in") == "Tom Vale was sworn in."
    assert summaries.finish("The ferry sailed at dawn") == "The ferry sailed at dawn."


# ``numbers.case_blind``: a pattern written for IGNORECASE, compiled case-sensitive with every letter a class.
CASE_BLIND_PATTERNS = [
    r"\b(?:will|shall|would|'ll|’ll|plans?\s+to|expected\s+to|set\s+to|going\s+to)\b",
    r"\b(?:no|nobody|not(?!\s+(?:only|just|merely)\b)|n't|never|without|yet\s+to)\b|n't\b",
    r"\b(?:his|her|their)\s+(?:(?:late|eldest)\s+)?(?P<kin>son|husband|wife|sister),?\s+$",
    r"(?<![,;])\s+while\s+(?:[\w’'-]+\s+){1,4}$",
    r"(?<=\bup\s)by\s+[^,;:]{2,20}?(?=[,.])",
    r"\bden(?:y|ies|ied|ying)\s+(?:(?:a|an|the)\s+(?:[\w’'-]+\s+){0,7}?)?that\s+",
    r"(?=[afijlmnorw])\b(?:for|in)\s+(?:almost|about|more than)\s+[^\sa]+",
    r"\b(?:if|unless|could|might|(?-i:may)|whether)\b\s+[a-z]+",
]


def test_a_case_blind_pattern_matches_what_ignorecase_matched() -> None:
    texts = [
        *TEXTS,
        "They PLAN TO sail; she isn't going to, NOT ONLY him. Her Late Husband, Shares were up by nearly 8%, then.",
        "The port denies that it waS paid While ſhips wait In about ſix ports, for almost 3 days, ıf ever.",
        "May they sail? Ships may sail if Tides allow, Unless MAY brings storms, whether or not.",
    ]
    for source in CASE_BLIND_PATTERNS:
        before, after = re.compile(source, re.IGNORECASE), numbers.compile_case_blind(source)
        assert after.flags & re.IGNORECASE == 0
        _same_matches(before, after, texts)


def test_a_class_matches_every_character_ignorecase_matched() -> None:
    """Letters in a class, negated or not, with escapes and marks: checked on every character IGNORECASE folds."""
    for cls in [
        r"[afijlmnorw]",
        r"[^is]",
        r"[\w’'-]",
        r"[^\s,;:k]",
        r"[]x]",
        r"[-y]",
        r"[a-z]",
        r"[^A-Z0-9]",
        r"[b-dX-Z]",
    ]:
        before, after = re.compile(cls, re.IGNORECASE), numbers.compile_case_blind(cls)
        for code in [*range(0x2200), 0x212A, 0x212B]:
            ch = chr(code)
            assert bool(before.fullmatch(ch)) == bool(after.fullmatch(ch)), (cls, ch)


def test_case_blind_refuses_what_it_cannot_read_exactly() -> None:
    for source in [
        r"[A-z]+",
        r"(?i:may)",
        r"(?-i:[a])",
        r"(?x)a b",
        r"(?P<w>a)(?P=w)",
        r"(a)\1",
        r"\É",
        r"\p",
    ]:
        try:
            numbers.case_blind(source)
        except ValueError:
            continue
        raise AssertionError(source)
