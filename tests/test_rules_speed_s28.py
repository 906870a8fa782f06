"""Session 28's speed changes: a cheap test asked before a pattern, which says no only where the pattern finds nothing.

Each guard is checked against its pattern on sentences of our own (matches and near misses), on every head and tail
of each, and on the forms IGNORECASE reads alike (upper case, swapped case, "ſ" for "s", "ı" and "İ" for "i", the
Kelvin sign for "k", other spaces).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from service.backends.rules import (
    attributions,
    dates,
    entities,
    events,
    measures,
    phrases,
    speakers,
    summaries,
)

SENTENCES = [
    "The lighthouse keeper told reporters that the lamp would be sold at auction in May.",
    "The ferry company promised passengers that fares would fall, but they rose last year.",
    "She wrote to shareholders that the yard had lost two contracts.",
    "The school denied allegations by parents that it had hidden a measles case.",
    "The port authority DENIED RUMOURS THAT it would close the quay.",
    "The bank pledged that no branch in the valley would close until spring.",
    "Officials said the road would stay shut until the last container was recovered.",
    "Crews will wait once the tide turns before they lift the hull.",
    "The clinic said it would reopen as soon as the inspectors left the building.",
    "The blast, which killed two dockers and injured 17, shook the harbour at 6:40 a.m. on Sunday.",
    "The fire broke out shortly after 11pm and burned until dawn; by 7 AM it was out.",
    "Divers found the wreck at first light, 12 hours after the alarm.",
    "Tickets cost 40 dollars, about 37 euros, or CAD 55; a second auction raised USD 2,000 and 300 HKD.",
    "Some 61 percent of parents said the school acted too late, and three in 10 teachers agreed.",
    "Two-thirds of the crew said the captain's order came too late.",
    "The harbour master's deputy, Ana Ruiz, said the quay was safe.",
    "On Monday, Okafor's campaign said the poll was wrong.",
    "His daughter, Mara Penhallow, said the lamp had been in the family for a century.",
    "Their late son Tomas had kept the light for 40 years.",
    "Senator Harry Reid (D-Nev.) said the base would stay open.",
    "Ana Ruiz, D-N.M., told the committee it would not.",
    "Okafor: the port will stay open.",
    "The mayor's claim that the beach was clean drew laughter, and her promise to fix the pier was mocked.",
    "The council not only closed the pier but also fined the owner.",
    "The owner had promised to sell the lighthouse two years ago, but did not.",
    "In 2019 the keeper retired.",
    "No figure, no time, no claim here: the gulls circled the empty pier.",
    "The often-written tenant told the other denizens nothing; hurtful remarks followed.",
    "",
]


def _forms(text: str) -> Iterator[str]:
    yield text
    for form in (
        text.upper(),
        text.lower(),
        text.swapcase(),
        text.replace("s", "ſ"),
        text.replace("i", "ı"),
        text.replace("I", "İ"),
        text.replace("k", "\u212a"),
        text.replace(" ", "\t"),
        text.replace(" ", "\xa0"),
    ):
        if len(form) == len(text):
            yield form


def _parts() -> Iterator[str]:
    for sentence in SENTENCES:
        for text in _forms(sentence):
            for k in range(len(text) + 1):
                yield text[k:]
                yield text[:k]


def _check(guard: Callable[[str], bool], finds: Callable[[str], bool]) -> None:
    found = 0
    for part in _parts():
        if finds(part):
            found += 1
            assert guard(part), part
    assert found, "no sentence of ours finds anything: the check checks nothing"


def test_the_clauses_patterns_are_asked_only_with_their_words() -> None:
    _check(
        lambda t: "that" in t and any(w in t for w in events._THAT_COMPLEMENT_VERBS),
        lambda t: events.THAT_COMPLEMENT.search(t) is not None,
    )
    _check(events._denied_noun_hint, lambda t: events._DENIED_NOUN_THAT.search(t) is not None)


def test_the_story_cents_patterns_are_asked_only_with_their_words() -> None:
    _check(
        lambda t: "ſ" in t or any(w in t.lower() for w in measures._CENTS_DOLLAR_WORDS),
        lambda t: bool(measures.CENTS_DOLLAR.findall(t)),
    )
    _check(lambda t: "eur" in t.lower(), lambda t: bool(measures.CENTS_EURO.findall(t)))


def test_a_clock_time_is_told_as_before() -> None:
    def before(text: str) -> bool:  # the form up to session 27
        if dates._ANY_DIGIT.search(text) is None and (
            text.isascii() or not any(c in text for c in dates._CASE_FOLD_EXCEPTIONS)
        ):
            low = text.lower()
            if not any(w in low for w in dates._CLOCK_WORDS):
                return False
        return dates.CLOCK_TIME.search(text) is not None

    told = [part for part in _parts() if dates.tells_clock_time(part)]
    assert told
    for part in _parts():
        assert dates.tells_clock_time(part) == before(part), part


def _windows() -> Iterator[tuple[str, int, int]]:
    for sentence in SENTENCES:
        for text in _forms(sentence):
            for hi in range(len(text) + 1):
                for lo in (0, max(0, hi - 40), max(0, hi - 120)):
                    yield text, lo, hi


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def test_a_poll_share_and_a_kin_word_are_found_as_before() -> None:
    shares = kin = 0
    for text, lo, hi in _windows():
        share = _span(speakers.POLL_SHARE.search(text, lo, hi))
        shares += share is not None
        assert _span(speakers.poll_share_in(text, lo, hi)) == share, (text, lo, hi)
        before = _span(entities._KIN_BEFORE.search(text, lo, hi))
        kin += before is not None
        assert _span(entities._kin_before(text, lo, hi)) == before, (text, lo, hi)
    assert shares and kin


def test_the_subject_guards_say_no_only_where_the_patterns_find_nothing() -> None:
    owned = tags = 0
    for text, lo, hi in _windows():
        if speakers.POSSESSOR_OPENS_SUBJECT.search(text, lo, hi) is not None:
            owned += 1
            assert text.find("’s", lo, hi) >= 0 or text.find("'s", lo, hi) >= 0
        if hi > lo and not text[hi - 1].isspace() and phrases._PARTY_TAG.search(text, lo, hi) is not None:
            tags += 1  # (``subject_before`` asks it up to a word's end)
            assert text[hi - 1] == ")" or text.find("-", lo, hi) >= 0
    assert owned and tags


def test_the_attribution_guards_say_no_only_where_the_patterns_find_nothing() -> None:
    _check(lambda t: ":" in t, lambda t: attributions.LABEL_LINE.match(t) is not None)
    _check(attributions._undone_in_claim_hint, lambda t: attributions._UNDONE_IN_CLAIM.search(t) is not None)

    def speech_noun_cue(text: str) -> bool:
        return any(
            (m.group("link") == "that" and m.group("cue") in attributions.SPEECH_NOUNS_THAT)
            or (m.group("link") == "to" and m.group("cue") in attributions.SPEECH_NOUNS_TO)
            or m.group("link") in attributions.SPEECH_NOUNS_OF.get(m.group("cue"), ())
            for m in attributions.NOUN_CUE.finditer(text)
        )

    _check(lambda t: attributions._SPEECH_NOUN.search(t) is not None, speech_noun_cue)


def test_the_event_and_summary_guards_say_no_only_where_the_patterns_find_nothing() -> None:
    _check(
        lambda t: any(w in t for w in events._HARM_WORDS),
        lambda t: events._HARM_OF_HAPPENING.search(t) is not None,
    )
    _check(events._awaited_hint, lambda t: events._AWAITED_UNDER_MODAL.search(t) is not None)
    _check(lambda t: "only" in t, lambda t: summaries._NOT_ONLY.search(t) is not None)


def test_only_the_named_characters_fold_to_the_guards_letters() -> None:
    # The guards lowercase a text and look for ASCII words: sound only if no other character IGNORECASE reads as one
    # of their letters lowercases to something else. "ſ", "ı" and "İ" are the ones that do (each guard sends a text
    # holding one to its pattern); the Kelvin sign lowercases to "k".
    every = "".join(map(chr, range(0x110000)))
    odd = {
        c
        for c in re.findall("[a-z]", every, re.IGNORECASE)
        if c.lower() not in "abcdefghijklmnopqrstuvwxyz" or len(c.lower()) != 1
    }
    assert odd == {"ſ", "ı", "İ"}


MORE_SENTENCES = [
    "Parents have called for an inquiry, and the union urged a recall of the buses.",
    "The trust had promised to repaint the lighthouse, and vowed to keep it lit.",
    "Bidders had until Friday to lodge an offer for the keeper's cottage.",
    "The bank denied reports that it would shut the branch, and flatly denied the claims.",
    "The shipping line would have lost the cargo had the tug not arrived.",
    "Nobody knew whether the containers held chemicals, and crews can now search the beach.",
    "The council is ready to reopen the school, and parents were willing to wait.",
    "The council voted 7-2 on Monday to sell the lighthouse, and residents protested.",
    "The ferry operator said it would cut fares and announced a new timetable.",
    "The line said it would resume sailings but declined to say when, following media reports.",
    "Whether they return the artefacts is up to the museum.",
    "The keeper, a retired fisherman, including his son, said nothing.",
    "The harbour master and the coastguard warned the public and also urged caution, but said little else.",
    "Ordinary words: the gulls circled, the sea rose, nobody spoke.",
]


def test_the_status_and_clause_guards_say_no_only_where_the_patterns_find_nothing() -> None:
    guards: list[tuple[re.Pattern[str], Callable[[str], bool]]] = [
        (events._ASKED_FOR_BEFORE, lambda t: events._holds(t, events._ASKED_FOR_STEMS)),
        (events._PROMISED_TO, lambda t: events._holds(t, events._PROMISED_STEMS)),
        (events._GIVEN_UNTIL_TO, lambda t: events._holds(t, ("unt",))),
        (events._DENIED_CLAIM, lambda t: events._holds(t, ("den",))),
        (events._COUNTERFACTUAL, lambda t: events._holds(t, ("have",))),
        (events._WHETHER, lambda t: events._holds(t, ("whether",))),
        (events._ABILITY, lambda t: events._holds(t, ("can",))),
        (events._WILLING, lambda t: events._holds(t, events._WILLING_STEMS)),
        (events._REPORTER_AGAIN, lambda t: "and" in t),
        (events._VOTED_TO, lambda t: "vot" in t),
        (summaries._AND_SPEECH_TAIL, lambda t: "and" in t or "but" in t),
        (summaries._CUT_REPORTS, lambda t: "reports" in t),
        (summaries._THEY_IN_QUESTION, lambda t: "they" in t),
        (summaries._SUBJECT_THEN_ASIDE, lambda t: "ing" in t or "among" in t),
        (summaries._SPEAKER_ACT_AFTER, lambda t: "and" in t or "but" in t),
        (attributions.OWN_ACT_AFTER, lambda t: "and" in t or "but" in t),
    ]
    for pattern, guard in guards:
        found = 0
        for sentence in MORE_SENTENCES:
            for text in _forms(sentence):
                for k in range(len(text) + 1):
                    for part in (text[k:], text[:k]):
                        if pattern.search(part) is not None or pattern.match(part) is not None:
                            found += 1
                            assert guard(part), (pattern.pattern[:40], part)
        assert found, pattern.pattern[:60]
    assert events.DENIES_BEFORE.match("The bank flatly denied that, saying the branch stays.") is not None
    assert events._holds("The bank flatly DENIED that.", ("den",))


def test_a_purpose_is_looked_for_only_with_its_words() -> None:
    texts = [
        "The port closed the quay in order to repair it, so that ships could dock by May.",
        "Crews worked through the night to ensure the lamp stayed lit, a step aimed at calming the village.",
        "The rules, intended to curb noise and designed to protect nesting birds, were meant to last.",
        "The levy was raised so as to fund lifeboats, ensuring cover, to prevent losses.",
        "IN ORDER TO cut costs the bank closed three branches.",
        "Nothing here is done for a reason.",
    ]
    found = 0
    for sentence in texts:
        for text in _forms(sentence):
            for k in range(len(text) + 1):
                for part in (text[k:], text[:k]):
                    if events._PURPOSE.search(part) is not None:
                        found += 1
                        assert events._purpose_hint(part), part
    assert found


def test_the_entity_guards_and_the_named_year() -> None:
    texts = [
        "The keeper, a retired fisherman, spoke first; the Coastguard chief and the RNLI spokeswoman followed.",
        "The Harbour Trust (HT) and the Port Authority [PA] sold the light in 1998, not 2024 or 1650 or 2100.",
        "The NATO secretary-general, the Trust president and the Lamp director met in x1999 and 19999.",
        "Nothing in 12 or 150 or 3000 here, ٢٠١٩ aside.",
    ]
    before_year = re.compile(r"\b(?:1[6-9]|20)\d\d\b")  # the form up to session 27
    found = 0
    for sentence in texts:
        for text in _forms(sentence):
            assert [m.span() for m in dates._NAMED_YEAR.finditer(text)] == [
                m.span() for m in before_year.finditer(text)
            ]
            for k in range(len(text) + 1):
                for part in (text[k:], text[:k]):
                    if entities.DESCRIPTOR.search(part) is not None:
                        found += 1
                        assert any(r in part for r in entities._DESCRIPTOR_ROLES), part
                    if entities.PAREN_ALIAS.match(part) is not None:
                        assert "(" in part or "[" in part
                    if entities.APPOSITIVE_ORG.match(part) is not None:
                        assert part.startswith(",")
    assert found


def test_the_characters_asked_by_in_are_the_fold_exceptions() -> None:
    # ``figures._plain_case``, ``dates.tells_clock_time`` and the hints above name the three characters one by one.
    from service.backends.rules import figures

    assert dates._CASE_FOLD_EXCEPTIONS == figures._CASE_FOLD_EXCEPTIONS == "ſıİ"
    for text in ("plain ascii", "curly ‘quotes’", "a ſ", "an ı", "an İ"):
        assert figures._plain_case(text) == (text.isascii() or not any(c in text for c in "ſıİ"))


def test_a_that_clause_is_looked_for_only_with_its_that() -> None:
    _check(lambda t: "that" in t, lambda t: phrases.THAT_FOLLOWS.match(t) is not None)


def test_a_report_break_is_looked_for_only_with_its_verbs() -> None:
    texts = [
        "The harbour master said the quay would reopen, and the mayor added that fees would fall.",
        "Officials warned the ferry would be late; the union argued it was safe and claimed victory.",
        "The trust insisted, noted, explained, estimated, projected and believes the lamp will last.",
        "Analysts predicted a fall, the bank confirmed it and stressed that rates would rise.",
        "The firm admitted that it had erred, acknowledged that staff were tired and conceded that it lost.",
        "The paper reported the closure, which reported nothing; the board announced that it would sell.",
        "She wrote that the pier was unsafe and told the council that it would collapse; he tells them so.",
        "The gulls circled the empty pier all morning.",
    ]
    found = 0
    for sentence in texts:
        for text in _forms(sentence):
            for k in range(len(text) + 1):
                for part in (text[k:], text[:k]):
                    if events.REPORT_BREAK.search(part) is not None:
                        found += 1
                        assert any(v in part for v in events._REPORT_BREAK_VERBS), part
    assert found


def test_the_dimension_and_duration_hints_answer_as_their_patterns() -> None:
    from service.backends.rules import figures

    texts = [
        "a 3 x 4 m pool, a 2×3 grid, x9, the tax 5 and a six-day week",
        "for two years, 14 hours, 3 hrs, 90 minutes, a fortnight, today",
        "no unit here",
        "",
    ]
    for sentence in texts:
        for text in _forms(sentence):
            for k in range(len(text) + 1):
                for part in (text[k:], text[:k]):
                    low = part.lower()
                    assert figures._duration_hint(low) == (figures._DURATION_HINT.search(low) is not None), (
                        part
                    )
                    if figures._DIMENSION_HINT.search(part) is not None:
                        assert "x" in part or "×" in part
