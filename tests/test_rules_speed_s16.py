"""Session 16's speed changes to the rules: each table or compiled pattern answers what the code it
replaced computed per call. Guards: they pass on the code before the change as well (the old code had
no table to compare), and fail if a table drifts from the rule it stands for."""

from __future__ import annotations

import datetime as dt
import re

from service.backends.rules import dates, event_words, events
from service.backends.rules.entities import build_book
from service.backends.rules.phrases import mask_quotes
from service.backends.rules.sentences import Sentence


def _happening_noun_rule(word: str) -> str | None:
    # The rule as it was written before session 16: the noun itself, then its plural folded.
    if word in event_words.EVENT_NOUNS:
        return event_words.EVENT_NOUNS[word]
    for ending, repl in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and word[: len(word) - len(ending)] + repl in event_words.EVENT_NOUNS:
            return event_words.EVENT_NOUNS[word[: len(word) - len(ending)] + repl]
    return None


def test_happening_forms_table_answers_the_plural_rule_for_every_noun_and_its_plurals() -> None:
    """Guard: ``HAPPENING_FORMS`` holds exactly the words the plural rule names, with the same type."""
    words = set(event_words.EVENT_NOUNS) | set(event_words.HAPPENING_FORMS)
    for noun in list(event_words.EVENT_NOUNS):
        words |= {noun + "s", noun + "es", noun[:-1] + "ies", noun + "ies", noun[:-1], noun[:-2]}
    # Hard cases of our own: words that are no such noun, and words two folds could claim.
    words |= {"", "s", "es", "ies", "the", "walked", "inquiries", "clashes", "attacks", "buses", "series"}
    for word in words:
        assert event_words.happening_noun(word) == _happening_noun_rule(word), word
        assert (word in event_words.HAPPENING_FORMS) == (_happening_noun_rule(word) is not None), word


def test_phrasal_patterns_compiled_once_match_as_the_patterns_built_per_call() -> None:
    """Guard: each phrase's compiled pattern, matched at an offset, ends where the pattern built per call
    on the text's tail ended (both cases), on sentences of our own with the phrase, a near miss and none."""
    tails = ["", " ", "  x", ", then", " up", " up,", " UP the", " out of", " upon", " down\nto", " back-up"]
    for (_lemma, rest), _type in event_words.PHRASAL.items():
        built = r"\s+" + r"\s+".join(re.escape(p) for p in rest.split()) + r"\b(?![-‑])"
        spaced = " " + rest
        texts = [f"The firm said it{t}" for t in tails] + [
            f"Crews went{spaced} today.",
            f"Crews went{spaced.upper()}!",
            f"Crews went{spaced}ward again.",
            f"Crews went  {rest.replace(' ', chr(10))} at noon.",
        ]
        for text in texts:
            for at in range(len(text) + 1):
                for flags, compiled in (
                    (re.IGNORECASE, events._PHRASAL_REST_ANY_CASE),
                    (0, events._PHRASAL_REST),
                ):
                    old = re.match(built, text[at:], flags)
                    new = compiled[rest].match(text, at)
                    assert (old is None) == (new is None), (rest, text, at)
                    if old is not None and new is not None:
                        assert at + old.end() == new.end(), (rest, text, at)


def test_a_lowercase_word_no_table_names_is_no_spanned_happening() -> None:
    """Guard: the trigger finder skips the span test for words ``HAPPENING_FORMS`` lacks; the span test
    finds nothing for them either, and still finds the happening for a noun that is in it."""
    masked = "The review is expected to take at least 90 days, and the weather is expected to take a week."
    toks = list(events.WORD.finditer(masked))
    for i, t in enumerate(toks):
        if t.group().islower() and t.group().lower() not in event_words.HAPPENING_FORMS:
            assert events._spanned_at(masked, toks, i) is None, t.group()
    found = [t.lemma for t in events.find_triggers(masked)]
    assert "review" in found and "weather" not in found


# A story of our own: days told with and without an event, a day inside a quotation (masked: the
# speaker's), the same sentence twice, and times of day after them.
_PUBLISHED = dt.date(2026, 11, 30)
_STORY = [
    "Fog lay over the bay on Friday.",
    "The ferry was off the point on Saturday evening.",
    "Mr Varga said “the crew was safe on Sunday”.",
    "Fog lay over the bay on Friday.",
    "Fog lay over the bay on Friday.",
    "The ferry struck the rocks at about 7:15 p.m.",
    "Nobody was hurt.",
    "Tugs were idle on Thursday.",
    "Divers will return on Wednesday.",
    "Salvage crews reached the wreck shortly before noon.",
]


def _sentences() -> tuple[list[Sentence], list[str]]:
    sents: list[Sentence] = []
    masked: list[str] = []
    at = 0
    for text in _STORY:
        sents.append(Sentence(at, at + len(text), text, len(sents)))
        a, b = text.find("“"), text.find("”")
        masked.append(mask_quotes(text, [(a, b + 1)]) if a >= 0 else text)
        at += len(text) + 2
    return sents, masked


def _eager_days(masked: list[str]) -> list[str | None]:
    # The day as every sentence read it before session 16: its own times, at once.
    days: list[str | None] = []
    day: str | None = None
    for m in masked:
        day = dates.day_told(m, dates.find_times(m, _PUBLISHED), _PUBLISHED) or day
        days.append(day)
    return days


def test_the_day_read_only_when_asked_is_the_day_every_sentence_read_at_once() -> None:
    """Guard: ``StoryState.told_day`` answers after any sentence what reading every sentence's day at once
    answered, asked after each sentence or only at the end (unread sentences read newest first)."""
    sents, masked = _sentences()
    eager = _eager_days(masked)
    assert eager[0] == "2026-11-27" and eager[2] == "2026-11-28"  # the quoted Sunday is not the story's
    book = build_book(sents, [])
    story = events.StoryState()
    for sent, m, day in zip(sents, masked, eager, strict=True):
        events.find_events(sent, m, book, _PUBLISHED, story)
        assert story.told_day(_PUBLISHED) == day, sent.text
    late = events.StoryState()
    for sent, m in zip(sents, masked, strict=True):
        events.find_events(sent, m, book, _PUBLISHED, late)
    assert late.told_day(_PUBLISHED) == eager[-1]


def test_a_time_of_day_is_dated_by_the_last_day_told_before_it() -> None:
    """Guard: the events with a time of day get the day the eager reading gave (the same answer as
    before session 16), and the sentences between are read only when such a time comes."""
    sents, masked = _sentences()
    eager = _eager_days(masked)
    book = build_book(sents, [])
    story = events.StoryState()
    whens: dict[str, tuple[int, str | None]] = {}
    # After each sentence: the sentences kept unread, and whether their times are still unread.
    kept: list[list[tuple[str, bool]]] = []
    for k, (sent, m) in enumerate(zip(sents, masked, strict=True)):
        for e in events.find_events(sent, m, book, _PUBLISHED, story):
            whens[e.trigger] = (k, e.when.date if e.when is not None else None)
        kept.append([(u, times is None) for u, times in story.unread])
    assert whens["struck"] == (5, eager[4])
    # The five sentences before the first time of day tell no event: kept, their times not read ...
    assert kept[4] == [(m, True) for m in masked[:5]]
    # ... until the sentence with "7:15 p.m." reads them: only it is left, its own times read.
    assert kept[5] == [(masked[5], False)]


def test_tells_clock_time_answers_as_the_pattern_searched_in_full() -> None:
    """Guard: the cheap tests before ``CLOCK_TIME`` never say no where the pattern finds a time of day,
    letters IGNORECASE folds to ASCII ones ("ſ", "ı", "İ", the Kelvin sign) included."""
    texts = [
        "",
        "The council met.",
        "The council met at 9 a.m.",
        "The council met at 9.30pm on Friday.",
        "Crews worked through the night.",
        "They left at NOON.",
        "They left that Evening.",
        "They left at duſk.",
        "They left at midday.",
        "They left at mıdday.",
        "They left at mİdday.",
        "They left at du\u212ak.",
        "They left at nightfall.",
        "Sales rose 4% in the morning session.",
        "He spoke to 40 people.",
        "The vote was 12 to 3.",
        "Doors open at ٩ p.m.",
    ]
    for text in texts:
        assert dates.tells_clock_time(text) == (dates.CLOCK_TIME.search(text) is not None), text
