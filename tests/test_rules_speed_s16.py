"""Session 16's speed changes to the rules: each table or compiled pattern answers what the code it
replaced computed per call. Guards: they pass on the code before the change as well (the old code had
no table to compare), and fail if a table drifts from the rule it stands for."""

from __future__ import annotations

import re

from service.backends.rules import event_words, events


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
        built = r"\s+" + r"\s+".join(re.escape(p) for p in rest.split()) + r"\b"
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
