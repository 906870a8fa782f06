"""Session 17's speed changes to the rules: each cheap test put before a pattern says yes wherever the
pattern finds something, so the answers are the ones the pattern alone gave. Guards: they pass on the
code before the change as well, and fail if a hint or a pattern drifts from the other."""

from __future__ import annotations

import random
import re

from service.backends.rules import attributions, dates, entities, event_words, events, sentences, speakers
from service.backends.rules.lexicon import NAME_PARTICLES
from service.backends.rules.sentences import Token

# Sentences of our own: the forms each pattern reads, with every kind of space, and near misses.
_SENTENCES = [
    "",
    "Okafor's claim that the port would close was denied.",
    "Okafor’s claim that the port would close was denied.",
    "Mayor Ana Ruiz’s repeated pledge to cut fares, which won votes, failed.",
    "His pledge to cut fares was popular.",
    "Her warning about the floods came late; nobody listened.",
    "her\tpromise of aid arrived",
    "Okafor's\nclaim that the pier was unsafe",
    "Okafor’s\u00a0claim that the pier was unsafe",
    "this claim that the pier was unsafe is new",  # "his" inside "this": no possessor
    "HIS claim that the pier was unsafe",
    "The claim that the pier was unsafe was denied.",
    "Claims by the agency that the files were secret were denied.",
    "A demand, by the union's leader, that the pier close was refused.",
    "the suggestion by a senator to delay the vote",
    "the suggestion\nby\ta senator that the vote wait",
    "the suggestion\u00a0by\u00a0a senator that the vote wait",
    "by the agency that the files were secret",  # no noun before "by"
    "the claims,by the agency that it lied",
    "the claims by",
    "Nearby residents said the road was closed.",
    "A report by the Gazette that the mill would shut proved false.",
]


def test_noun_cue_hints_say_yes_wherever_the_patterns_find_a_cue() -> None:
    """Guard: ``_NOUN_CUE_HINT`` and ``_NOUN_BY_CUE_HINT`` find something in every text their pattern
    finds a match in (at every offset the text is cut at), and the patterns do match here."""
    pairs = (
        (attributions._NOUN_CUE_HINT, attributions.NOUN_CUE),
        (attributions._NOUN_BY_CUE_HINT, attributions.NOUN_BY_CUE),
    )
    matched = {pattern.pattern: 0 for _hint, pattern in pairs}
    for sentence in _SENTENCES:
        for cut in range(len(sentence) + 1):
            text = sentence[cut:]
            for hint, pattern in pairs:
                if pattern.search(text) is not None:
                    matched[pattern.pattern] += 1
                    assert hint.search(text) is not None, (hint.pattern, text)
    assert all(matched.values())


# The patterns as they were written before session 17, to compare the rewritten ones with.
_TOKEN_BEFORE = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|\w+(?:[’'\-]\w+)*|[^\w\s]")
_TIME_EXPRESSION_BEFORE = re.compile(
    re.sub(r"\n    \(\?=\\d\|\(\?:[^\n]*# and a word one can open with", "", dates.TIME_EXPRESSION.pattern),
    dates.TIME_EXPRESSION.flags,
)

_TEXTS = [
    *_SENTENCES,
    "The U.S. and U.K. envoys met at 9 a.m. on Jan. 5, 2026, in the U.N. hall.",
    "Prices rose 3.5% to 1,204.75 points; the F.B.I.'s agent said it’s over.",
    "A well-known mother-in-law's co-op won 2-1 (after extra time) — again!",
    "snake_case_words, ٣٤ digits, İstanbul, ſtraße and café au lait.",
    "Talks resume in early March 2027 and end the last week of April.",
    "On Monday of next week, or next week’s Friday, the board meets; a few days ago it did not.",
    "The fiscal year 2026 closes at year-end; this fiscal year began in mid-July.",
    "Since 2019, MAY and may, Sept. 3 and Sept 3rd, the 3rd of May, two weeks of June.",
    "Sales fell this morning, later this month, three years ago and in six months.",
    "Mayor Juneau and Marchetti met Augusta on Sundays at Junction Road.",
    "As of June 2026, a fortnight of March, day of May and days of July, week of Aug. and weeks of Dec.",
    "During the first week of October, through next week, till Tuesday, until the end of 2027 and by July.",
    "Before the final days of 2025, after the opening weeks of Sept. 2024, from last spring to this fall.",
    "At the close of last year, at the beginning of 1998, in the middle of May and at the start of June.",
    "Earlier this week, tonight, tomorrow, yesterday, today and the current fiscal year; at 2020 prices.",
    "One, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve and several months ago.",
    "Beginning of May, close of June, middle of July, start of 2026, final days of May, opening weeks of June.",
    "Closing days of July, first week of Aug., third week of Sept., fortnight of October, eight days ago.",
    "Nine weeks ago, ten years ago, eleven months ago.",
    "Late-April, early 2026, mid-2025, the previous fiscal year and fiscal 2024 figures; second week of Feb.",
]


def _random_texts(words: list[str], count: int) -> list[str]:
    # Seeded: the same texts on every run, each a few words of ``words`` joined by spaces, tabs,
    # newlines, hyphens, commas or periods, in any case.
    rnd = random.Random(17)
    seps = [" ", " ", "  ", "\t", "\n", "-", ", ", ". ", "’s ", "\u00a0"]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, 7)):
            w = rnd.choice(words)
            w = w.upper() if rnd.random() < 0.1 else w.capitalize() if rnd.random() < 0.3 else w
            parts += [w, rnd.choice(seps)]
        out.append("".join(parts))
    return out


def test_tokens_are_the_tokens_of_the_pattern_before() -> None:
    """Guard: ``sentences.TOKEN`` (its first character taken by ``\\S``) cuts every text, and every window
    of it, into the tokens the four alternatives gave."""
    alphabet = "aAzZ09٣_.,’'-— \t\nİıſK½éü\"“”()$%"
    rnd = random.Random(17)
    texts = _TEXTS + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(3000)]
    for text in texts:
        assert sentences.TOKEN.findall(text) == _TOKEN_BEFORE.findall(text), text
        for at in range(0, len(text) + 1, 3):
            old = [m.span() for m in _TOKEN_BEFORE.finditer(text, at, at + 12)]
            assert [m.span() for m in sentences.TOKEN.finditer(text, at, at + 12)] == old, (text, at)


def test_time_expressions_are_the_ones_found_before_the_first_word_test() -> None:
    """Guard: ``TIME_EXPRESSION`` with its first-word test finds the matches (spans, kind, groups) the
    pattern found without it, in sentences of our own and in random runs of the words it reads."""
    vocabulary = [
        *re.findall(r"[A-Za-z]+", _TIME_EXPRESSION_BEFORE.pattern),
        "2026",
        "1999",
        "3",
        "21st",
        "the",
        "board",
        "met",
        "mayor",
        "junction",
        "on",
        "of",
    ]
    assert _TIME_EXPRESSION_BEFORE.pattern != dates.TIME_EXPRESSION.pattern
    found = 0
    for text in _TEXTS + _random_texts(vocabulary, 4000):
        new = [(m.span(), m.lastgroup, m.groupdict()) for m in dates.TIME_EXPRESSION.finditer(text)]
        assert new == [(m.span(), m.lastgroup, m.groupdict()) for m in _TIME_EXPRESSION_BEFORE.finditer(text)]
        found += len(new)
    assert found > 1000


def test_aux_start_answers_as_the_run_searched_from_the_start() -> None:
    """Guard: the test before ``_AUX_RUN_AT_END`` never skips a run the pattern finds, at every offset of
    sentences of our own (contractions, runs of adverbs, spaces of every kind, a newline at the end)."""
    texts = [
        *_TEXTS,
        "The council will not be able to approve it, and would also ask for more.",
        "It’s been said that they'll have already gone, but he couldn't yet go.",
        "They have\nalready\tagreed; she is\u00a0now leaving and has never been seen.",
        "Ships that were still being built are, reportedly, soon to be gone \n",
        "is was were be been being am 's ’s get got gets will would shall 'll ’ll did does do n't",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            m = events._AUX_RUN_AT_END.search(text[:pos])
            assert events._aux_start(text, pos) == (m.start() if m else pos), (text, pos)


def test_asides_change_nothing_without_a_comma() -> None:
    """Guard: ``_status`` reads a text without a comma as it is, which both aside patterns leave alone."""
    for text in _TEXTS:
        for cut in range(len(text) + 1):
            head = text[:cut].replace(",", " ")
            assert events._RELATIVE_ASIDE.sub(" ", head) == head
            assert events._FINAL_ASIDE.sub(" ", events._RELATIVE_ASIDE.sub(" ", head)) == head


def test_trigger_words_are_every_table_the_trigger_tests_read() -> None:
    """Guard: ``_TRIGGER_WORDS`` is the union of the seven tables it stands for, and a lowercase word
    outside it and outside ``HAPPENING_FORMS`` is no dated noun of happening at any place in a sentence."""
    tables = (
        events.VERB_FORMS,
        events.NOMINAL_TRIGGERS,
        events.NEGATED_NOMINALS,
        events.UNDER_NOUNS,
        events.MODIFIED_NOMINALS,
        events.AT_NOMINALS,
        events.COUNTED_NOUNS,
    )
    assert frozenset().union(*tables) == events._TRIGGER_WORDS
    for text in _TEXTS:
        toks = list(events.WORD.finditer(text))
        for i, t in enumerate(toks):
            if t.group().lower() not in event_words.HAPPENING_FORMS:
                assert events._dated_nominal(toks, i, set()) is None, (text, t.group())


def _is_cap_before(text: str) -> bool:
    # ``entities._is_cap`` as it was written before session 17.
    if text[:1].isupper():
        return True
    head, dash, rest = text.partition("-")
    return bool(dash) and head.lower() in NAME_PARTICLES and rest[:1].isupper()


def test_is_cap_answers_as_before_for_words_with_and_without_a_hyphen() -> None:
    """Guard: the hyphen test before the particle rule changes no answer."""
    words = [w for text in _TEXTS for w in text.split()]
    words += [f"{p}-{w}" for p in sorted(NAME_PARTICLES) for w in ("Rahman", "rahman", "", "-X")]
    words += ["-", "--", "x-", "-X", "well-known", "Al-Noor", "al-", "van-Dam-Smit", "ÉCOLE", "éa-Bé"]
    for w in words:
        assert entities._is_cap(Token(0, len(w), w)) == _is_cap_before(w), w


def test_asides_before_a_cue_are_searched_wherever_one_can_close() -> None:
    """Guard: ``speakers._may_close_aside`` says yes for every text (every prefix of sentences of our own)
    in which one of the aside patterns of ``speaker_before`` finds an aside, so skipping them elsewhere
    changes no speaker; and the patterns do find asides here."""
    texts = [
        *_TEXTS,
        "Ruiz, speaking to reporters in Dover, said the pier would close.",
        "Ruiz, during a town hall in Dover, Ohio, later said it.",
        "Ruiz, answering questions, had also said so.",
        "Ruiz, writing in a letter, quietly\nsaid so.",
        "The mayor, in a letter to staff, said the pier would close.",
        "But the mayor, speaking on Monday, flatly said no.",
        "Sen. Ana Ruiz (D-Ohio), said the vote would wait.",
        "The two councillors, however, argue that it is late.",
        "The council, for its part, said nothing, “Yes to Tolls”, later said it.",
        "Ruiz, visiting “Pier, Nine”, said it.",
        "Ruiz, after the vote, “a”ly said it.",
        "Ruiz, after the vote,\n",
        "Ruiz, campaigning in Dover, will then said",
    ]
    found = 0
    for text in texts:
        for cut in range(len(text) + 1):
            head = text[:cut]
            quoted = speakers.QUOTED_NAME.sub(speakers._blank_marks, head)
            for pattern, searched in (
                (speakers._ASIDE_BEFORE_CUE, quoted),
                (speakers._ANY_ASIDE_BEFORE_CUE, quoted),
                (speakers._DESCRIPTION_ASIDE_BEFORE_CUE, head),
                (speakers._PARTY_TAG_COMMA, head),
                (speakers._CONNECTIVE_ASIDE, head),
            ):
                if pattern.search(searched) is not None:
                    found += 1
                    assert speakers._may_close_aside(searched), (pattern.pattern, searched)
    assert found > 10
