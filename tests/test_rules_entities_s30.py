"""Session 30 (s30-ent): quote speakers, short names and "It", from sentences of our own.

- A participle after a comma ("..., saying") continues the main clause: its subject speaks, not the subject of a
  cue inside the main verb's reported clause ("a repair planned in 2021", "it had asked").
- "A spokesman for the firm said it was “...”": the role with its body speaks, not the body after "for".
- A capitalised word opening a sentence before a preposition ("Beet from about 900 farms") is a common noun, not the
  short name of a body named in full before, unless the article writes it alone mid-sentence.
- "It" opening a sentence is no body named only in a person's appositive ("a geologist at the X Institute").
- "X, whose chair, NAME, said" and "NAME, 81, who has ..., said": the name speaks.
- "Corvale Nutrition has recalled ... Corvale said it ...": a bare first word speaking as a body is the short name of
  the one name it opens, typed a person by no table (the lead's note 1.1).
- "Animal welfare group Free the Ponies": after a group's kind word, "X the Y" is one name (the lead's note 2.2).
"""

from __future__ import annotations

import pytest

from service.backends.rules.entities import EntityBook
from tests.rules_support import quote, rules, run


def summaries(body: str) -> list[str]:
    return [e.summary for e in rules("Local news\n\n" + body + "\n", "2026-12-07").events]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Warden Ilse Brook denied that the park had delayed a fence repair ordered in 2020, saying the survey had"
            " found “no broken posts.”",
            "no broken posts",
            "Ilse Brook",
        ),
        (
            "The judges said they had turned down a protest from Merrow's team about the timing. Merrow's team denied"
            " that it had asked for the heat to be rerun, saying it wanted only “a clean start.”",
            "a clean start",
            "Merrow's team",
        ),
        (
            "Farmer Ned Alby denied that the river board had warned him about a breach reported in April, saying he"
            " first heard of it “on the radio.”",
            "on the radio",
            "Ned Alby",
        ),
    ],
)
def test_a_participle_after_a_comma_is_the_main_subjects(text: str, start: str, speaker: str) -> None:
    assert speaker in (quote(run(text), start).speaker or "")


def test_a_participle_negative_the_subject_stays() -> None:
    assert quote(
        run("Nadia Reuel accepted the prize, saying it was “for the whole crew.”"), "for the whole"
    ).speaker == ("Nadia Reuel")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Corlan Freight must repay 40,000 euros. A spokesman for the firm said it was “reading the ruling”.",
            "reading the ruling",
            "A spokesman for the firm",
        ),
        (
            "The parish met on Monday. A spokeswoman for the parish said it would “think again” in the spring.",
            "think again",
            "A spokeswoman for the parish",
        ),
    ],
)
def test_a_role_for_a_body_speaks_whole(text: str, start: str, speaker: str) -> None:
    assert quote(run(text), start).speaker == speaker


def test_a_role_for_a_named_body_stays() -> None:
    text = "A spokeswoman for Corlan Freight said the company was “let down” by the ruling."
    assert quote(run(text), "let down").speaker == "A spokeswoman for Corlan Freight"


@pytest.mark.parametrize(
    ("body", "start"),
    [
        (
            "Western Barley will close its maltings at Rudby next year, the company said. Barley from about 400 farms"
            " will be sent to its two other maltings.",
            "Barley from about 400 farms",
        ),
        (
            "Coastal Salt will shut its works at Penmar, the firm said. Salt from its pans will be sent to a plant in"
            " Tolby.",
            "Salt from its pans",
        ),
    ],
)
def test_a_common_noun_opening_a_sentence_is_no_short_name(body: str, start: str) -> None:
    assert any(s.startswith(start) for s in summaries(body)), summaries(body)


def test_a_surname_opening_a_sentence_stays_the_person() -> None:
    got = summaries("Ebere Nwosu was elected mayor of Rudby on Sunday. Nwosu won 58 percent of the vote.")
    assert "Ebere Nwosu won 58 percent of the vote." in got


def test_the_book_types_a_common_opening_as_a_thing() -> None:
    book = EntityBook()
    book.common_openings.add("barley")
    assert book.type_of("Barley") == "thing"
    assert book.canonical("Barley") == "Barley"


@pytest.mark.parametrize(
    "body",
    [
        "The county said the lane would reopen in June. Tom Ashe, a surveyor at the Rudby Land Institute, said the"
        " bank was firm. It has ordered new railings for the corner.",
        "The port said sailings would resume on Friday. Ana Kell, a diver with Penmar Salvage Services, said the wreck"
        " was stable. It has hired a second crane.",
    ],
)
def test_it_is_no_body_of_a_persons_appositive(body: str) -> None:
    got = [s for s in summaries(body) if s.endswith(("railings for the corner.", "second crane."))]
    assert got and all(s.startswith("It has") for s in got), summaries(body)


def test_it_after_a_body_subject_stays_the_body() -> None:
    got = summaries(
        "Rudby Bank said on Monday it would close nine branches. It has hired agents to sell them."
    )
    assert "Rudby Bank has hired agents to sell them." in got


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "The bid was backed by the Tolby Rowing Club, whose captain, Ines Marrow, said the new pontoon would be"
            " “a lifeline”.",
            "a lifeline",
            "Ines Marrow",
        ),
        (
            "Ossian Kell, 81, who has kept the lighthouse at St Bride's for 50 years, said: “The lamp never failed.”",
            "The lamp never failed",
            "Ossian Kell",
        ),
    ],
)
def test_a_name_after_whose_or_an_age_speaks(text: str, start: str, speaker: str) -> None:
    assert quote(run(text), start).speaker == speaker


def test_a_bare_first_word_speaking_as_a_body_is_the_names_short_name() -> None:
    body = "Ostrel Ceramics will shut its kiln in Penmar. Ostrel said it had lost its biggest buyer."
    ex = rules("Local news\n\n" + body + "\n", "2026-12-07")
    assert [a.source for a in ex.attributions if "biggest buyer" in a.claim] == ["Ostrel Ceramics"]
    assert [e.type for e in ex.entities if e.name == "Ostrel Ceramics"] == ["organization"]


def test_a_name_with_the_after_a_groups_kind_word_is_one_name() -> None:
    body = "Wildlife group Guard the Marsh, which has fought the road for years, said the plan would drain the pools."
    ex = rules("Local news\n\n" + body + "\n", "2026-12-07")
    assert [a.source for a in ex.attributions if "drain the pools" in a.claim] == ["Guard the Marsh"]
