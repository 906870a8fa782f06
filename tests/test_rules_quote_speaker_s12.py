"""Quote speakers, issue 14 session 12. Kinds read by structure on half of PolNeAR train's misses (the
other half kept unread), tested on sentences of our own, each with a hard negative:

- a headline repeating a body quote names no speaker; the one quote the two merge into keeps the body's
  speaker (the headline came first and its empty speaker was kept);
- "In a statement to the Gazette, her senior adviser, Tom Reed, said": a definite description and its name
  set off by commas, the name speaks (not the name before the description);
- "“...,” Ohio delegate Tom Reed, wearing a hat and “Go Ruiz” pins, said": a far cue after a description
  and a name (only a name right after the quote was taken);
- "“...,” the senator said during Saturday night’s debate. “...”": an apostrophe in the cue between two
  parts of a split quote is no quotation mark (the quote stayed two).
"""

from __future__ import annotations

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- a headline's quote


HEADLINE = "‘Nobody here wants the levy, friends’\n\n"


def test_a_headline_quote_takes_the_speaker_of_the_same_words_in_the_body() -> None:
    ex = run(
        HEADLINE + "At a rally in Dover on Friday, Ruiz called Tom Marsh, a former harbour chief, onto the "
        "stage. “Nobody here wants the levy, friends,” Marsh told the quiet crowd."
    )
    (q,) = [q for q in ex.quotes if q.text.startswith("Nobody here")]
    assert (q.speaker, q.speaker_mention, q.cue) == ("Tom Marsh", "Marsh", "told")
    assert len(q.evidence) == 2  # the headline and the body: one quote


def test_a_headline_quote_repeated_by_no_speaker_stays_without_one() -> None:
    # Hard negative: the body's banners say the words with no person named; the merged quote names no one.
    ex = run(
        HEADLINE + "At a rally in Dover on Friday, banners along the quay read: “Nobody here wants the levy, "
        "friends.” The crowd was quiet."
    )
    (q,) = [q for q in ex.quotes if q.text.startswith("Nobody here")]
    assert q.speaker is None and q.speaker_mention is None


# --------------------------------------------------------------------------- a description, then its name


def test_a_description_and_its_name_set_off_by_commas_speak_not_the_name_before() -> None:
    ex = run(
        INTRO + "In a statement to the Harbour Gazette, her senior adviser, Tom Reed, said: “The mayor backs "
        "the levy.”"
    )
    assert quote(ex, "The mayor backs").speaker == "Tom Reed"


def test_a_place_after_a_name_and_its_age_is_no_speaker() -> None:
    # Hard negative: "Dover, New Hampshire" is two capitalised words between commas too, after a place
    # phrase ("of Dover"), not after a description of a person: Leo Marsh speaks.
    ex = run(INTRO + "Leo Marsh, 41, of Dover, New Hampshire, said: “The mayor backs the levy.”")
    assert quote(ex, "The mayor backs").speaker == "Leo Marsh"
    ex = run(INTRO + "Leo Marsh, a farmer from Dover, New Hampshire, said: “The mayor backs the levy.”")
    assert quote(ex, "The mayor backs").speaker == "Leo Marsh"


# --------------------------------------------------------------------------- a far cue after a description


def test_a_far_cue_after_a_description_a_name_and_an_aside_with_a_quoted_name() -> None:
    ex = run(
        INTRO + "“We have had better weeks than this one,” Ohio delegate Tom Reed, wearing a straw hat and "
        "“Go Ruiz” pins, said calmly as balloons fell."
    )
    q = quote(ex, "We have had better weeks")
    assert (q.speaker, q.cue) == ("Tom Reed", "said")


def test_a_far_cue_after_a_name_that_is_the_object_of_a_verb_is_not_the_names() -> None:
    # Hard negative: "told Tom Reed" makes Reed the one told; the relative clause's "said" is his, but
    # the quote is the mayor's (the near cue "told" is found first).
    ex = run(INTRO + "“We are ready,” the mayor told Tom Reed, a harbour official who later said he agreed.")
    assert quote(ex, "We are ready").speaker == "Dana Whitfield"


# --------------------------------------------------------------------------- a split quote with an apostrophe


def test_a_split_quote_joins_across_a_possessive_in_its_cue() -> None:
    ex = run(
        INTRO
        + "“I owe nobody an apology for that,” the mayor said during Tuesday night’s council debate. “When "
        "we put money into the hands of dockers, they spend it in town.”"
    )
    (q,) = [q for q in ex.quotes if q.text.startswith("I owe nobody")]
    assert q.text.endswith("spend it in town")
    assert (q.speaker_mention, q.cue) == ("the mayor", "said")


def test_a_second_quote_with_its_own_cue_after_a_possessive_stays_apart() -> None:
    # Hard negative: the second sentence has its own speaker and cue; the apostrophe joins nothing.
    ex = run(
        INTRO + "“I owe nobody an apology for that,” Tom Reed said at the council’s meeting. Ann Lowe said: "
        "“When we put money into the hands of dockers, they spend it in town.”"
    )
    assert quote(ex, "I owe nobody").speaker == "Tom Reed"
    assert quote(ex, "When we put money").speaker == "Ann Lowe"
