"""Session 34's speed changes: each cheap test asked before a pattern says no only where the pattern finds nothing.

Each helper is checked against the full path (its pattern, or the code it stands in for) on sentences of our own,
with matches, near misses and the case forms the pattern reads alike, on every window of each.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import re
import textwrap
from collections.abc import Iterable, Iterator

import pytest

from service.backends.rules import attributions, dates, events, figures, summaries

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


def _words_read_by_name() -> Iterator[tuple[int, str, Iterable[str]]]:
    """Each ``low in NAME`` / ``low == "word"`` test of ``find_triggers``' loop: (line, how, the words)."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(events.find_triggers)))
    for node in ast.walk(tree):
        # (a table asked with the word: ``NAME.get(low, ...)``, ``NAME[low]``)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(node.func.value, ast.Name)
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "low"
        ):
            yield node.lineno, ast.unparse(node), getattr(events, node.func.value.id)
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and isinstance(node.slice, ast.Name)
            and node.slice.id == "low"
        ):
            yield node.lineno, ast.unparse(node), getattr(events, node.value.id)
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "low"):
            continue
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(right, ast.Name):
                yield node.lineno, ast.unparse(node), getattr(events, right.id)
            elif isinstance(right, ast.Constant):
                yield node.lineno, ast.unparse(node), {str(right.value)}
            else:
                raise AssertionError(
                    f"a test of find_triggers reads words this check cannot: {ast.unparse(node)}"
                )
            assert isinstance(op, ast.In | ast.NotIn | ast.Eq), ast.unparse(node)


def test_every_word_find_triggers_reads_by_name_passes_its_first_test() -> None:
    tests = list(_words_read_by_name())
    assert len(tests) >= 15, "find_triggers' tests were not found"
    for line, test, words in tests:
        if "_WORDS_READ_BY_NAME" in test:
            continue
        missing = set(words) - events._WORDS_READ_BY_NAME
        assert not missing, (
            f"find_triggers line {line}: {test} reads {sorted(missing)[:5]}, not in _WORDS_READ_BY_NAME"
        )


def test_the_triggers_are_found_as_the_loop_without_its_first_test_finds_them() -> None:
    # The loop's first test skips a word only where no later test could read it: with it switched off (every word
    # read by name), every trigger of our sentences is the same.
    sentences = [
        *SENTENCES,
        "The council denied that it had closed the pool and declined to say whether it would reopen it.",
        "The mill carried 410,000 tonnes, up 3 per cent, and the harbour was shut after the storm.",
        "Asked whether the pier would be sold, the mayor declined to comment; she spoke on condition of anonymity.",
        "About 250 jobs will go when the plant closes, and the strike cost the airline 70 million euros in lost fares.",
        "The yacht was last seen drifting offshore; the alarm went off at 2.40am and thieves took lead from the roof.",
        "The explosion occurred shortly after 3am, and the minister ruled out raising the retirement age.",
        "Born in 1938 in Drury Wells, she said in a stock exchange filing that a dividend of 44 cents, payable on May 1.",
    ]
    masked = [s for s in sentences if s]
    fast = [events.find_triggers(s) for s in masked]
    every_word = frozenset(w.lower() for s in masked for w in events.WORD.findall(s))
    saved = events._WORDS_READ_BY_NAME
    try:
        events._WORDS_READ_BY_NAME = saved | every_word
        full = [events.find_triggers(s) for s in masked]
    finally:
        events._WORDS_READ_BY_NAME = saved
    assert fast == full
    assert sum(map(len, fast)) >= 10, "our sentences hold too few triggers: the check checks little"


RELAYED = [
    "Crews reopened the pier on Monday, the harbour board said, and the ferries sailed, Harbour Radio reported.",
    "The mill will close, workers said, according to the union, the Drenholm Courier reported late on Friday",
    "The quay was shut, police said.",
    "The quay was shut, police said, adding, that no one was hurt",
    "No comma and no relay here",
    "Commas only, then nothing, at all,",
    "The keeper retired, his daughter also says\n",
]


def test_a_relaying_outlet_is_found_from_the_last_comma_as_at_every_comma() -> None:
    found = 0
    for sentence in RELAYED:
        for k in range(len(sentence) + 1):
            text = sentence[:k]
            full = attributions.RELAY_TAIL.search(text)
            found += full is not None
            fast = attributions.RELAY_TAIL.search(text, text.rfind(",")) if "," in text else None
            assert (None if fast is None else fast.span()) == (None if full is None else full.span()), text
    assert found


def test_a_span_before_a_clause_is_asked_only_of_a_text_ending_on_its_unit() -> None:
    texts = [
        "erupted just two months",
        "was shut for more than three years",
        "reopened a few days",
        "sailed 12 hours\n",
        "was fined 40 dollars",
        "closed several decades",
        "waited two Months",
        "",
    ]
    found = 0
    for sentence in texts:
        for k in range(len(sentence) + 1):
            for text in (sentence[:k], sentence[k:]):
                full = summaries._SPAN_BEFORE_CLAUSE.search(text)
                found += full is not None
                assert full is None or text.endswith(summaries._SPAN_BEFORE_CLAUSE_LAST), text
    assert found


TIMES = [
    "In July of that year the harbour froze, and two years later the pier was sold.",
    "The mill opened in nineteen ninety-one and closed by the year two thousand.",
    "The same month, the ferry sank; a decade earlier the quay had been rebuilt.",
    "On 3 March the following year the keeper retired, the previous year's storms behind him.",
    "THAT YEAR, IN NINETEEN EIGHTY, the lamp was lit; THE SAME MONTH it failed.",
    "That ſame year, in nıneteen ninety, and the year before the strike, prices rose.",
    "Later that year the yard reopened; earlier that month it had shut.",
    "Nothing pointed back here, but that was before the storm on Monday.",
]


def test_times_are_found_as_without_the_session_34_pretests(monkeypatch: pytest.MonkeyPatch) -> None:
    published = dt.date(2024, 5, 17)
    cases = [
        (text[:k], text[k - 60 : k] if k > 60 else "") for text in TIMES for k in range(0, len(text) + 1, 3)
    ]
    cases += [(t, "In 1998 the yard opened. In June 2001 it closed.") for t in TIMES]
    fast = [dates.find_times(t, published, before=b) for t, b in cases]
    monkeypatch.setattr(dates, "_ANAPHORA_UNITS", ("",))
    monkeypatch.setattr(dates, "_SPELLED_YEAR_WORDS", ("",))
    full = [dates.find_times(t, published, before=b) for t, b in cases]
    assert fast == full
    assert sum(1 for times in full for t in times if t.kind in ("y", "my")) >= 5


def test_a_spelled_year_is_hinted_as_the_pattern_finds_it() -> None:
    found = 0
    for sentence in TIMES:
        for text in _forms(sentence):
            for k in range(len(text) + 1):
                for part in (text[:k], text[k:]):
                    full = dates._SPELLED_YEAR_PRETEST.search(part) is not None
                    found += full
                    assert dates._spelled_year_hint(part, dates._folded(part)) == full, part
    assert found


def test_a_doubled_group_word_is_found_as_the_pattern_finds_it() -> None:
    words = re.search(r"\(\?P<w>([a-z|]+)\)", summaries._DOUBLED_GROUP_WORD.pattern)
    assert words is not None
    assert {p.split()[0] for p in summaries._DOUBLED_GROUP_PAIRS} == set(words.group(1).split("|"))
    texts = [f"The city {w} {w} not award it." for w in words.group(1).split("|")]
    texts += [
        "The city would\n\twould not award it.",
        "The city WOULD Would not award it.",
        "The board iſ iſ due to meet, and Iſ iſ.",
        "The vote ıs ıs close, as the mayor did dıd say.",
        "The crew should shoulder the cost; the dock was washed; it is island weather.",
        "He does doesn't, we do dock, it has hast, they can cannot.",
        "Nothing doubled here at all.",
    ]
    found = 0
    for sentence in texts:
        for text in _forms(sentence):
            for k in range(len(text) + 1):
                for part in (text[:k], text[k:]):
                    full = summaries._DOUBLED_GROUP_WORD.search(part) is not None
                    found += full
                    assert summaries._doubled_group_word(part) == full, part
    assert found


def test_an_age_in_brackets_is_hinted_as_the_pattern_finds_it() -> None:
    texts = [
        "Kealan Mallender (44) had worked at the yard.",
        "Mr Heskin (38) and his partner (1234) left; the club (3)-1 lost.",
        "The keeper (retired) and the mayor\t(51) spoke; a (12) b",
        "No brackets at all in this one.",
    ]
    found = 0
    for sentence in texts:
        for text in _forms(sentence):
            for k in range(len(text) + 1):
                for part in (text[:k], text[k:]):
                    full = figures._AGE_BRACKET_HINT.search(part) is not None
                    found += full
                    assert figures._age_bracket_hint(part) == full, part
    assert found


def test_a_count_after_is_found_from_the_last_punctuation_as_from_the_opening() -> None:
    texts = [
        "The pier reopened, just two days after the storm hit the coast",
        "The yard (closed in 1998) reopened 18 months after its sale; a year after that it shut",
        "Police said: the man was arrested three weeks after the fire at the mill",
        "The ferry sailed again some ten years after a collision, which sank it, and",
        "It happened the day after, twelve months after: (two weeks after the vote)",
        "A ban came into force by two years after the vote and of six months after the sale",
    ]
    found = 0
    for sentence in texts:
        for text in _forms(sentence):
            for hi in range(len(text) + 1):
                for lo in range(0, hi + 1, 9):
                    full = events._COUNTED_AFTER.search(text, lo, hi)
                    found += full is not None
                    start = lo
                    for c in ",;:()":
                        start = max(start, text.rfind(c, start, hi) + 1)
                    fast = events._COUNTED_AFTER.search(text, start, hi)
                    assert (None if fast is None else fast.span()) == (
                        None if full is None else full.span()
                    ), text
    assert found


def test_an_auxiliary_run_is_found_from_the_last_other_character_as_from_the_start() -> None:
    texts = [
        "The council said it would not have been able to reopen",
        "The mill, which had\u00a0already been shut, will also soon\tbe",
        "“would have been  ",
        "It won’t be, and they can't have ",
        "The pier (which may well have been) could still ",
        "Nothing but nouns here: pier, quay, lamp ",
        "",
    ]
    found = 0
    for sentence in texts:
        for k in range(len(sentence) + 1):
            head = sentence[:k]
            full = events._AUX_RUN_AT_END.search(head)
            found += full is not None
            fast = events._AUX_RUN_AT_END.search(head, len(head.rstrip(events._AUX_RUN_CHARS)))
            assert (None if fast is None else fast.span()) == (None if full is None else full.span()), head
    assert found
    assert all(c in events._AUX_RUN_CHARS for c in " \t\n\u00a0\u2009\u3000")
