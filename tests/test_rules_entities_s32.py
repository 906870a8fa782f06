"""Session 32 (s32-ent): entities, pronouns and quote speakers, from sentences of our own.

- ``EntityBook.pronoun_referent``: the one resolver of a pronoun at an offset. "It"/"They" opening a sentence
  stands for the body that is the subject of the sentence before (its name, "The <Name>", "the <head>" of one body),
  a pronoun opening that sentence followed back, before the latest body named ("Tenby Water said ... at its Hollins
  Reservoir. It has handed out ..." is Tenby Water, not the reservoir); a coordinator, a sentence adverb or a short
  fronted phrase may come first ("However, it said"); "they" takes only a group; "he"/"she" go to ``subject_before``.
"""

from __future__ import annotations

import re

import pytest

from schemas import ArticleRequest
from service.backends.rules.entities import EntityBook, Referent, build_book
from service.backends.rules.sentences import body_sentences
from service.pipeline.run import prepare
from tests.rules_support import quote, rules, run


def _book(text: str) -> tuple[EntityBook, str]:
    doc = prepare(ArticleRequest(text="Town news\n\n" + text))
    return build_book(body_sentences(doc.body_blocks), []), doc.text


def referent(text: str, word: str, occurrence: int = 1, things: bool = False) -> Referent | None:
    """What the ``occurrence``-th ``word`` (a whole word, case as written) of ``text`` stands for."""
    book, full = _book(text)
    at = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", full)][occurrence - 1]
    return book.pronoun_referent(at, word, things=things)


@pytest.mark.parametrize(
    ("text", "word", "occurrence", "name", "how"),
    [
        # the body opening the sentence before, not the body named last in it
        (
            "Tenby Water said routine tests had found E. coli at its Hollins Reservoir. It has handed out 80,000"
            " bottles of water.",
            "It",
            1,
            "Tenby Water",
            "subject",
        ),
        # a pronoun opening the sentence before is followed back to its body
        (
            "Tenby Water said tests had found E. coli at its Hollins Reservoir. It has handed out bottles. It said the"
            " supply was safe again.",
            "It",
            2,
            "Tenby Water",
            "subject",
        ),
        # "The <Name>" opening the sentence before is the name's body
        (
            "The Marlow Shipping Company said divers had found a crack when the ship struck a rock. It will hire two"
            " tugs.",
            "It",
            1,
            "Marlow Shipping Company",
            "subject",
        ),
        # a sentence adverb or a fronted phrase before the pronoun: it still opens the sentence
        (
            "Harwell Bank was fined by the Coastal Finance Authority. However, it said it would not appeal.",
            "it",
            1,
            "Harwell Bank",
            "subject",
        ),
        (
            "Harwell Bank was fined by the Coastal Finance Authority. On Tuesday, it said it would not appeal.",
            "it",
            1,
            "Harwell Bank",
            "subject",
        ),
        (
            "Corbin Mutual was warned by the Prudential Board. But it said its reserves were sound.",
            "it",
            1,
            "Corbin Mutual",
            "subject",
        ),
        # "The <head>" with no name stands for the body opening the sentence before it in the paragraph
        (
            "Corbin Mutual was warned by the Prudential Board in May. The insurer, which had grown fast, settled in"
            " June. It said the matter was closed.",
            "It",
            1,
            "Corbin Mutual",
            "earlier",
        ),
        # mid-sentence: the latest body named (as ``organisation_before``)
        (
            "Orvell Council met on Monday. Tenby Water said it would lay a new main.",
            "it",
            1,
            "Tenby Water",
            "latest",
        ),
    ],
)
def test_a_body_pronoun_opening_a_sentence(
    text: str, word: str, occurrence: int, name: str, how: str
) -> None:
    assert referent(text, word, occurrence) == Referent(name, "body", how)


def test_a_person_pronoun_is_subject_before() -> None:
    got = referent("Maria Lopez chairs the board of Tenby Water. She said the pipes were old.", "She")
    assert got == Referent("Maria Lopez", "person", "person")


@pytest.mark.parametrize(
    "text",
    [
        # "they" after a company: the workers, or the company; a reader cannot tell, and nothing is given
        "Kestrel Foods said two workers were hurt at its plant. They were taken to hospital.",
        # a name in the fronted phrase may be meant: the opening step is passed over, and "they" has no other
        "Tenby Water met Orvell Council. After the Harbour Guild's vote, they said the plan would go ahead.",
    ],
)
def test_they_is_left_without_a_group(text: str) -> None:
    assert referent(text, "they" if " they " in text else "They") is None


def test_a_thing_opening_the_sentence_before_with_things() -> None:
    text = "Tenby Water bought a barge in May. The barge was damaged on Monday. It will be repaired."
    assert referent(text, "It", things=True) == Referent("the barge", "thing", "subject")
    # without ``things`` a thing is passed over: the latest body named
    assert referent(text, "It") == Referent("Tenby Water", "body", "latest")


def test_they_takes_a_group_opening_the_sentence_before() -> None:
    text = "The Taliban said the pass at Kovar was closed. They will open it again on Friday."
    assert referent(text, "They") == Referent("Taliban", "body", "subject")


# "NAME, <description>, who VERB ...": the relative clause is the named person's (session 32).
@pytest.mark.parametrize(
    ("body", "sources"),
    [
        (
            "Prices will rise again, said Tam Roe, an analyst at Pell Securities, who estimated that mills were"
            " running at half capacity.",
            ["Tam Roe", "Tam Roe"],
        ),
        (
            "The road will reopen on Friday, said Petra Lindqvist-Moss, the county’s chief engineer, who warned that"
            " repairs could take a year.",
            ["Petra Lindqvist-Moss", "Petra Lindqvist-Moss"],
        ),
        (
            "Tomas Rebane, a geologist at the Varsk Institute, who has studied the cliffs since 2009, said they were"
            " moving.",
            ["Tomas Rebane"],
        ),
        # hard negative: "who" inside a reported clause, no name set off before it
        ("Osric Penhale said the workers who were laid off would be paid in full.", ["Osric Penhale"]),
    ],
)
def test_who_after_a_persons_appositive_is_the_person(body: str, sources: list[str]) -> None:
    assert [a.source for a in rules("Town news\n\n" + body, "2024-05-02").attributions] == sources


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "“We did what we could,” said Orla Brennick, the trust’s director, who described the flood as “the worst"
            " week we have known”.",
            "the worst week",
            "Orla Brennick",
        ),
        (
            "“Nobody was hurt,” said Dara Finnerty, the ferry’s captain, who called the crossing “rough but"
            " routine”.",
            "rough but routine",
            "Dara Finnerty",
        ),
        # hard negative: a partial quote in a relative clause inside what the speaker said stays the speaker's
        (
            "Lee Varga said the people who complained were “a small minority”.",
            "a small minority",
            "Lee Varga",
        ),
    ],
)
def test_a_partial_quote_in_the_relative_clause_of_an_inverted_speaker(
    body: str, start: str, speaker: str
) -> None:
    q = quote(run("Town news\n\n" + body), start)
    assert q.speaker == speaker and q.partial


def test_it_after_a_body_opening_with_an_irregular_past() -> None:
    """The body opening the sentence before with "bought", "sold", "won", "took" ... is what "It" stands for."""
    text = "Arden Housing Association bought land from Velton District Council. It said 200 homes would be built."
    assert referent(text, "It") == Referent("Arden Housing Association", "body", "subject")


@pytest.mark.parametrize(
    ("body", "name", "source_type"),
    [
        ("The Harwick Courant reported that the mill would close.", "Harwick Courant", "media"),
        ("Vestby Posten reported that the harbour would be dredged.", "Vestby Posten", "media"),
        ("Shopfloor Weekly reported that sales had fallen.", "Shopfloor Weekly", "media"),
        ("The Kilverton Enquirer reported that the mayor would resign.", "Kilverton Enquirer", "media"),
        # a network of people is a body, not a broadcaster; a television network is media
        (
            "The Coastline Rescue Network said volunteers had saved two seals.",
            "Coastline Rescue Network",
            "organization",
        ),
        (
            "The Harbour Television Network reported that the storm had passed.",
            "Harbour Television Network",
            "media",
        ),
    ],
)
def test_newspapers_and_networks(body: str, name: str, source_type: str) -> None:
    ex = rules("Town news\n\n" + body, "2024-05-02")
    assert {e.name: e.type for e in ex.entities}.get(name) == "organization"
    assert [a.source_type for a in ex.attributions] == [source_type]


def test_a_surname_that_is_a_newspaper_word_after_a_first_name() -> None:
    ex = rules("Town news\n\nMichael Ledger said the shop would reopen.", "2024-05-02")
    assert {e.name: e.type for e in ex.entities}.get("Michael Ledger") == "person"


def test_it_after_a_closing_cue_of_a_body_named_by_its_kind() -> None:
    """The lead's note 1: "..., the club said. It thanked him for his “hard work”": the quote is the club's."""
    ex = run(
        "Town news\n\nDale Prior has left after six years, the club said on Monday. It thanked him for his “hard"
        " work” and said a new manager would be named soon."
    )
    assert quote(ex, "hard work").speaker == "the club"
    text = "Tollan Foods has recalled 1,200 jars, the company said. It has stopped the line."
    assert referent(text, "It") == Referent("Tollan Foods", "body", "subject")


def test_it_after_a_thing_opening_the_sentence_before_is_not_the_earlier_body() -> None:
    """ "The <head>" stands for the body opening the sentence before it only when the head is a body's kind."""
    text = "Tenby Water bought a barge in May. The barge was damaged on Monday. It will be repaired."
    assert referent(text, "It") == Referent("Tenby Water", "body", "latest")
