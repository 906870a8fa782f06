"""Quote speakers, issue 14 session 8. Kinds read on PolNeAR train's misses, tested on sentences of our
own, each with a hard negative:

- a partial quote inside the clause a reporting cue reports is the reporter's words, whatever verb the
  clause's own subject has ("Voss said Ekberg called the plan a “quiet success”").
"""

from __future__ import annotations

import pytest

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- the reporter's clause


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Ivy Okafor said Ron Castell called the toll plan a “quiet success” for the town.",
        "Councillor Ivy Okafor said she and her two deputies jokingly referred to the bridge as “a very long "
        "goodbye” last year.",
        "Councillor Ivy Okafor told reporters Ron Castell had labelled the ferry timetable “pure fiction” in a "
        "memo.",
        "Councillor Ivy Okafor said Wednesday that the port board rejected her attempts to fix the contract, "
        "calling it an “open question” for now.",
        "Councillor Ivy Okafor acknowledged that she had misread the figures when she claimed that Ron "
        "Castell had promised a “toll-free bridge” in spring.",
    ],
)
def test_a_partial_quote_inside_a_reported_clause_is_the_reporters(sentence: str) -> None:
    ex = run(INTRO + sentence)
    q = [q for q in ex.quotes if q.partial]
    assert len(q) == 1
    assert q[0].speaker == "Ivy Okafor"


def test_the_clause_subject_with_no_reporter_before_it_speaks() -> None:
    # Hard negative: no cue reports the clause, so the one who called it so is the speaker.
    ex = run(INTRO + "Ron Castell called the toll plan a “quiet success” for the town.")
    assert quote(ex, "quiet success").speaker == "Ron Castell"


@pytest.mark.parametrize(
    "sentence",
    [
        # a subordinate clause with its own cue, closed by a comma, before the sentence's speaker
        "While not everything Okafor says is sound, Ron Castell said the plan is “a quiet success” for "
        "the town.",
        # two coordinated reports: the second has its own speaker and cue
        "Okafor said she would “fight on,” and Ron Castell vowed to “win the vote” in May.",
        # a participle is no reporting clause: "Okafor saying ... and Castell calling ..."
        "Both issued statements, Okafor saying she was hopeful and Ron Castell calling it a “fine "
        "meeting” for the town.",
    ],
)
def test_a_cue_whose_clause_has_ended_reports_nothing_further(sentence: str) -> None:
    ex = run(INTRO + sentence)
    assert [q.speaker for q in ex.quotes if q.partial][-1] == "Ron Castell"


# --------------------------------------------------------------------------- "he" is never a place


@pytest.mark.parametrize(
    "opening",
    [
        "Growing up in Val Verde, Rafael Mendoza watched families cross the river.",
        "Rafael Mendoza spoke first. The flood reached the houses near Val Verde on Monday.",
        "Rafael Mendoza runs the clinic. At Kerr Casper Golf, fees doubled last year.",
        "Rafael Mendoza spoke first. Rowan Hartley University's port programme paid for the study.",
    ],
)
def test_he_stands_for_the_person_not_the_place_named_near_him(opening: str) -> None:
    ex = run(INTRO + opening + "\n\n“They kept the children apart for weeks,” he said.")
    assert quote(ex, "They kept").speaker == "Rafael Mendoza"


def test_a_person_after_a_preposition_of_place_is_still_a_person() -> None:
    # Hard negative: "at" before a known first name and a surname is a person's name ("sat next to").
    ex = run(
        INTRO + "The minutes were read out at Rafael Mendoza's request.\n\n“They kept the children apart "
        "for weeks,” he said."
    )
    assert quote(ex, "They kept").speaker == "Rafael Mendoza"


# --------------------------------------------------------------------------- what stands between a name and its cue


@pytest.mark.parametrize(
    "sentence",
    [
        # a party tag closes the name right before the cue, after an aside naming a place
        "On Tuesday at a school in Dover, DE, after winning the state primary, Gov. Ron Castell (R-DE), said, "
        "“We are going all the way to the convention.”",
        # initials before a hyphen inside the appositive end no sentence
        "“There are always stories that the dockers will defect,” Ron Castell, a former director of the "
        "U.S.-Canada port board, wrote in an email.",
        "“There are always stories that the dockers will defect,” Ron Castell, a former political director of "
        "the A.B.C.-D.E.F. and a port organiser, wrote in an email.",
        # an aside holding a short quoted name
        "“We lost the vote,” Ron Castell, speaking under a “Yes to Tolls” banner, said calmly as the hall "
        "emptied.",
    ],
)
def test_the_name_before_an_aside_or_appositive_speaks(sentence: str) -> None:
    ex = run(INTRO + sentence)
    (q,) = [q for q in ex.quotes if not q.partial]
    assert q.speaker == "Ron Castell"


def test_a_party_tag_inside_an_aside_belongs_to_someone_else() -> None:
    # Hard negative: the tag closes the name of the person met, inside the aside; the speaker is the name
    # before the aside.
    ex = run(
        INTRO
        + "Gov. Ron Castell, after meeting Sen. Tina Poynter (D-DE), said, “We are going all the way to "
        "the convention.”"
    )
    assert quote(ex, "We are going").speaker == "Ron Castell"
