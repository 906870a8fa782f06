"""Session 31 (s31-ent): quote speakers and entity types, from sentences of our own.

- "A union representing bus drivers, the Transit Workers Guild, said": an indefinite description with a post-modifier
  ("representing", "opposed to", "formed last spring"), then a name set off by commas: the name speaks, with a plain
  cue and with a participle after a comma. A preposition before the head ("A spokesman for the ferry firm") or a verb
  between ("A union representing drivers sued the council, Harrow Borough,") leaves the description.
- "Orla Venn said inspectors had told her the pens were “...”": the teller of a verb of telling whose object is a
  personal pronoun speaks, not the reporter (the reporter only heard the words).
- "It" opening a sentence after one whose subject is a body ("The bank, which ..., received ... It said"; "The
  insurer" standing for the body opening the sentence before) is that body, not the latest body named (the lead's note).
- "Pharmacist Gideon Marlow said": an occupation opening a run before a name of two or three words is a title
  (the lead's note 4; a family, less the occupations that are common surnames: "Farmer", "Baker").
- Names ending in a public body's word ("Inspectorate", "Constabulary") or a trade's word grown by a
  prefix ("Seafoods", "Petrochemicals") are organisations, so "it" may stand for them.
"""

from __future__ import annotations

import pytest

from tests.rules_support import quote, rules, run

INTRO = "Town news\n\n"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "A union representing bus drivers, the Transit Workers Guild, said the offer was “an insult to every"
            " driver.”",
            "an insult to every",
            "Transit Workers Guild",
        ),
        (
            "A residents' group formed last spring, Save Kettle Lane, denied that it had blocked the road, saying"
            " members had only “stood on the verge.”",
            "stood on the verge",
            "Save Kettle Lane",
        ),
        (
            "A society opposed to the new quarry, Friends of Harl Moor, denied that it had misled anyone, saying it"
            " had “only asked questions.”",
            "only asked questions",
            "Friends of Harl Moor",
        ),
    ],
)
def test_a_postmodified_description_then_a_name_the_name_speaks(text: str, start: str, speaker: str) -> None:
    assert speaker in (quote(run(INTRO + text), start).speaker or "")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "A spokesman for the ferry firm said the crossing to Harrow Point, which reopened in May, was “safe again.”",
            "safe again",
            "spokesman",
        ),
        (
            "A union representing drivers sued the council, Harrow Borough, saying the contract was “a scandal.”",
            "a scandal",
            "union",
        ),
        (
            "Osric Pell, the harbour master, said the storm had been “the worst since 1987.”",
            "the worst since",
            "Osric Pell",
        ),
    ],
)
def test_a_postmodified_description_negatives(text: str, start: str, speaker: str) -> None:
    assert speaker in (quote(run(INTRO + text), start).speaker or "")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Harl Valley Pilotage Inspectorate said on Monday it would review the crossing.",
            "Harl Valley Pilotage Inspectorate",
        ),
        ("Brenmoor Seafoods said on Monday it would close its smokehouse.", "Brenmoor Seafoods"),
        ("Quellmark Petrochemicals said on Monday it would cut 40 jobs.", "Quellmark Petrochemicals"),
        ("Workers at Velby Furniture walked out on Monday over pay.", "Velby Furniture"),
        ("The Ostrow Constabulary said on Monday it would reopen the road.", "Ostrow Constabulary"),
    ],
)
def test_body_and_trade_words_type_an_organisation(body: str, name: str) -> None:
    ex = rules("Local news\n\n" + body + "\n", "2026-12-07")
    types = {e.name: e.type for e in ex.entities}
    assert types.get(name) == "organization", types


def test_a_surname_ending_in_water_stays_a_person() -> None:
    ex = rules("Local news\n\nCorran Bridgewater said on Monday he would stand down.\n", "2026-12-07")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Corran Bridgewater") == "person", types


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "The Harl Trust said the farm was late. Its director, Orla Venn, said inspectors had told her the pens"
            " were “far too crowded.”",
            "far too crowded",
            "inspectors",
        ),
        (
            "The coach said doctors had told him the injury was “a matter of weeks.”",
            "a matter of weeks",
            "doctors",
        ),
        (
            "Ardith Penn said the council had assured them the library would stay “open for good.”",
            "open for good",
            "the council",
        ),
    ],
)
def test_told_the_reporter_the_teller_speaks(text: str, start: str, speaker: str) -> None:
    assert quote(run(INTRO + text), start).speaker == speaker


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Ardith Penn said the council had called the library “a lost cause.”", "a lost cause"),
        ("Ardith Penn said she had told them the plan was “dead in the water.”", "dead in the water"),
    ],
)
def test_told_the_reporter_negatives(text: str, start: str) -> None:
    assert quote(run(INTRO + text), start).speaker == "Ardith Penn"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Harwell Bank was fined £12m by the Coastal Finance Authority on Tuesday. The bank, which did not contest"
            " the case, received a discount for settling. It said it had hired 80 new staff.",
            "Harwell Bank",
        ),
        (
            "Corbin Mutual was warned by the Pensions Regulator last year. The insurer, which has 2 million customers,"
            " settled the case on Monday. It said it would refund 4,000 customers.",
            "Corbin Mutual",
        ),
        (
            "Velmar Airways was fined by the Civil Aviation Office for late refunds. The airline, which flies to 40"
            " cities, paid the fine on Friday. It said it had cleared the backlog.",
            "Velmar Airways",
        ),
    ],
)
def test_it_opening_a_sentence_is_the_body_subject_before(body: str, name: str) -> None:
    ex = rules("Local news\n\n" + body + "\n", "2026-12-07")
    assert ex.attributions[-1].source == name
    assert ex.events[-1].summary.startswith(name)


@pytest.mark.parametrize("occupation", ["Pharmacist", "Nurse", "Volcanologist", "Shopkeeper", "Father"])
def test_an_occupation_before_a_name_is_a_title(occupation: str) -> None:
    ex = run(INTRO + f"{occupation} Tamsin Orrel said the change was “long overdue.”")
    assert quote(ex, "long overdue").speaker == "Tamsin Orrel"
    assert "Tamsin Orrel" in {e.name for e in ex.entities}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Teacher Training College said on Monday it would close.", "Teacher Training College"),
        ("Paul Farmer said on Monday he would stand down.", "Paul Farmer"),
    ],
)
def test_an_occupation_word_inside_a_name_stays(body: str, name: str) -> None:
    ex = rules("Local news\n\n" + body + "\n", "2026-12-07")
    assert name in {e.name for e in ex.entities}
