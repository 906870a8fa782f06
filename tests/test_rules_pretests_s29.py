"""Session 29 (s29-tidy): the hand word lists that pretest a pattern hold every word the pattern needs.

Session 28's speed work put cheap tests before patterns that find nothing in most sentences: a word list asked by
``in`` (``events._REPORT_BREAK_VERBS`` before ``REPORT_BREAK``, ``entities._DESCRIPTOR_ROLES`` before
``DESCRIPTOR``, the ``*_STEMS`` of ``events._holds`` ...). A list that drifts from its pattern (a verb added to the
pattern, not to the list) silently loses the pattern's answers. Each test below reads the pattern itself (its parse
tree, ``re._parser``) for the literal runs every match must hold, every spelling of them the engine accepts
(under IGNORECASE the long s, the dotless and dotted I and the Kelvin sign too), and asks the pretest of each: a
pattern whose every path holds a run the pretest passes can find nothing the pretest skips.
"""

from __future__ import annotations

import re
import re._parser as sre_parse
from collections.abc import Callable, Iterable
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    SUBPATTERN,
)
from typing import Any

import pytest

from service.backends.rules import attributions, dates, entities, events, figures, measures
from service.backends.rules.event_words import PURPOSE_PHRASES

# (``re._parser`` is the engine's own parser, Python 3.11+ as pyproject requires: the tree it compiles, not a reading
# of our own.)
Pred = Callable[[str], bool]
# A run's spellings are multiplied out up to this many; past it the run is cut there (the proof may then fail, never
# pass wrongly).
_MAX_SPELLINGS = 20000
# What IGNORECASE matches to an ASCII letter besides its two cases (the engine's own folding).
_TWINS = {"s": "\u017f", "i": "\u0131\u0130", "k": "\u212a"}


def _spellings(ch: str, icase: bool) -> set[str]:
    if not icase or not ch.isascii() or not ch.isalpha():
        return {ch}
    low = ch.lower()
    return {low, ch.upper(), *_TWINS.get(low, "")}


def _exact(items: Any, icase: bool) -> set[str] | None:
    """Every string ``items`` (a parsed sequence) can match, when they are few; None otherwise."""
    return _extend({""}, items, icase)


def _extend(run: set[str], items: Any, icase: bool) -> set[str] | None:
    """``run``'s strings, each followed by every string ``items`` can match there; None past ``_MAX_SPELLINGS`` or
    for what no list of strings spells (a repeat, a class of categories)."""
    for op, av in items:
        got: set[str] | None
        if op is ASSERT and av[0] == -1:
            behind = _extend({""}, av[1], icase)
            if behind is not None:
                run = _ending_in(run, behind)
            continue
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero-width
        if op is LITERAL:
            chars = _spellings(chr(av), icase)
            got = {r + c for r in run for c in chars}
        elif op is IN:
            if not all(o is LITERAL for o, _ in av):
                return None
            chars = {c for _, n in av for c in _spellings(chr(n), icase)}
            got = {r + c for r in run for c in chars}
        elif op is SUBPATTERN:
            _group, add, drop, sub = av
            got = _extend(run, sub, (icase or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE)
        elif op is BRANCH:
            parts = [_extend(run, b, icase) for b in av[1]]
            if any(p is None for p in parts):
                return None
            got = {x for p in parts if p is not None for x in p}
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[1] == 1:
            once = _extend(run, av[2], icase)
            got = None if once is None else once | (run if av[0] == 0 else set())
        else:
            return None
        if got is None or len(got) > _MAX_SPELLINGS:
            return None
        run = got
    return run


def _covered(items: Any, icase: bool, passes: Pred) -> bool:
    """Whether every match of ``items`` holds, as one stretch of the text, a string ``passes`` accepts."""
    runs: list[set[str]] = []
    run = {""}
    for op, av in items:
        got = _extend(run, [(op, av)], icase)
        if got is not None:
            run = got
            continue
        runs.append(run)
        run = {""}
        if _inner_covered(op, av, icase, passes):
            return True
    runs.append(run)
    return any(all(passes(s) for s in r) for r in runs if r != {""})


def _ending_in(run: set[str], behind: set[str]) -> set[str]:
    """The run's spellings a lookbehind allows: the text before this point ends in one of ``behind`` and in the run's
    string; of the two, the longer is what the text holds ("(?<=d)ollar" after "[dD]": "dollar", "Dollar")."""
    out = set()
    for r in run:
        for b in behind:
            if r.endswith(b):
                out.add(r)
            elif b.endswith(r):
                out.add(b)
    return out


def _inner_covered(op: Any, av: Any, icase: bool, passes: Pred) -> bool:
    if op is SUBPATTERN:
        _group, add, drop, sub = av
        return _covered(sub, (icase or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE, passes)
    if op is BRANCH:
        return all(_covered(b, icase, passes) for b in av[1])
    if op in (MAX_REPEAT, MIN_REPEAT):
        low, _high, sub = av
        return low >= 1 and _covered(sub, icase, passes)
    return False


def every_match_passes(pattern: re.Pattern[str], passes: Pred) -> bool:
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    return _covered(parsed, bool(pattern.flags & re.IGNORECASE), passes)


def _any_in(words: Iterable[str], lower: bool = False) -> Pred:
    listed = tuple(words)
    return lambda s: any(w in (s.lower() if lower else s) for w in listed)


# (the pattern, what its pretest asks of a text; the pretest as the code asks it)
PAIRS: dict[str, tuple[re.Pattern[str], Pred]] = {
    "events.REPORT_BREAK / _REPORT_BREAK_VERBS": (events.REPORT_BREAK, _any_in(events._REPORT_BREAK_VERBS)),
    "events.THAT_COMPLEMENT / _THAT_COMPLEMENT_VERBS": (
        events.THAT_COMPLEMENT,
        _any_in(events._THAT_COMPLEMENT_VERBS),
    ),
    'events.THAT_COMPLEMENT / "that"': (events.THAT_COMPLEMENT, _any_in(["that"])),
    "entities.DESCRIPTOR / _DESCRIPTOR_ROLES": (entities.DESCRIPTOR, _any_in(entities._DESCRIPTOR_ROLES)),
    "events._HARM_OF_HAPPENING / _HARM_WORDS": (events._HARM_OF_HAPPENING, _any_in(events._HARM_WORDS)),
    "events._ASKED_FOR_BEFORE / _ASKED_FOR_STEMS": (
        events._ASKED_FOR_BEFORE,
        lambda s: events._holds(s, events._ASKED_FOR_STEMS),
    ),
    "events._PROMISED_TO / _PROMISED_STEMS": (
        events._PROMISED_TO,
        lambda s: events._holds(s, events._PROMISED_STEMS),
    ),
    "events._WILLING / _WILLING_STEMS": (events._WILLING, lambda s: events._holds(s, events._WILLING_STEMS)),
    "events._PURPOSE / _purpose_hint": (events._PURPOSE, events._purpose_hint),
    # (the hint asks for both words: every match must hold each)
    'events._DENIED_NOUN_THAT / _denied_noun_hint "den"': (
        events._DENIED_NOUN_THAT,
        _any_in(["den"], lower=True),
    ),
    'events._DENIED_NOUN_THAT / _denied_noun_hint "that"': (
        events._DENIED_NOUN_THAT,
        _any_in(["that"], lower=True),
    ),
    "events._AWAITED_UNDER_MODAL / _awaited_hint": (events._AWAITED_UNDER_MODAL, events._awaited_hint),
    "measures.CENTS_DOLLAR / _CENTS_DOLLAR_WORDS": (
        measures.CENTS_DOLLAR,
        lambda s: "\u017f" in s or _any_in(measures._CENTS_DOLLAR_WORDS, lower=True)(s),
    ),
    'measures.CENTS_EURO / "eur"': (measures.CENTS_EURO, _any_in(["eur"], lower=True)),
    "figures._DURATION_HINT / _duration_hint": (figures._DURATION_HINT, figures._duration_hint),
    "figures._FOLD_HINT_LOWER / _fold_hint": (figures._FOLD_HINT_LOWER, figures._fold_hint),
    "figures._ONE_UNIT_WORDS_LOWER / _one_unit_hint": (figures._ONE_UNIT_WORDS_LOWER, figures._one_unit_hint),
    "attributions._UNDONE_IN_CLAIM / _undone_in_claim_hint": (
        attributions._UNDONE_IN_CLAIM,
        attributions._undone_in_claim_hint,
    ),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_every_match_of_the_pattern_passes_its_pretest(name: str) -> None:
    pattern, passes = PAIRS[name]
    assert every_match_passes(pattern, passes), name


def test_every_kin_word_ends_in_one_of_the_kin_endings() -> None:
    """``entities._kin_before`` asks whether the words before a name end in ``_KIN_ENDINGS`` (or hold a twin)."""
    parsed = sre_parse.parse(entities._KIN_BEFORE.pattern, entities._KIN_BEFORE.flags)
    kin_group = parsed.state.groupdict["kin"]
    (kin,) = [av[3] for op, av in _walk(parsed) if op is SUBPATTERN and av[0] == kin_group]
    spellings = _exact(kin, bool(entities._KIN_BEFORE.flags & re.IGNORECASE))
    assert spellings is not None and len(spellings) > 19 * 2
    for word in spellings:
        assert word.lower().endswith(entities._KIN_ENDINGS) or any(c in word for c in "\u017f\u0131\u0130"), (
            word
        )


def _walk(items: Any) -> Iterable[tuple[Any, Any]]:
    for op, av in items:
        yield op, av
        if op is SUBPATTERN:
            yield from _walk(av[3])
        elif op is BRANCH:
            for b in av[1]:
                yield from _walk(b)
        elif op in (MAX_REPEAT, MIN_REPEAT, ASSERT, ASSERT_NOT):
            yield from _walk(av[-1])


def test_every_purpose_phrase_holds_a_purpose_stem() -> None:
    for phrase in PURPOSE_PHRASES:
        assert any(s in phrase.lower() for s in events._PURPOSE_STEMS), phrase


def test_every_clock_word_holds_a_clock_stem() -> None:
    for word in dates._CLOCK_WORDS:
        assert any(s in word.lower() for s in dates._CLOCK_STEMS), word


# The analysis itself, on patterns of our own: it must not prove what is false.
@pytest.mark.parametrize(
    ("pattern", "words", "proved"),
    [
        (r"\b(?:said|warned)\b", ("said", "warn"), True),
        (r"\b(?:said|warned|argued)\b", ("said", "warn"), False),  # "argued" is no listed word
        (r"\b(?:said|warn(?:ed|s))\s+that", ("that",), True),
        (r"\b(?:said|told)(?:\s+that)?", ("that",), False),  # "that" is optional
        (r"(?:chief|secretary[- ]general)\b", ("chief", "secretary"), True),
        (r"\w+\s+(?:ready|willing)\s+to", ("ready",), False),
    ],
)
def test_the_analysis_proves_only_what_holds(pattern: str, words: tuple[str, ...], proved: bool) -> None:
    assert every_match_passes(re.compile(pattern), _any_in(words)) is proved


@pytest.mark.parametrize(
    ("pattern", "stems", "proved"),
    [
        (r"\b(?:promised|vowed)\s+to", ("prom", "vow"), True),
        # Case-blind, "promised" is also "promiſed": a stem with an "s" misses it once lowercased.
        (r"\b(?:promised|vowed)\s+to", ("promised", "vow"), False),
        (r"\b(?:promised|vowed)\s+to", ("promi", "vow"), False),  # "promı" lowercases to itself
    ],
)
def test_the_analysis_reads_case_blind_spellings(pattern: str, stems: tuple[str, ...], proved: bool) -> None:
    assert every_match_passes(re.compile(pattern, re.IGNORECASE), _any_in(stems, lower=True)) is proved
