"""Quote speakers, issue 14 session 13: named sources we passed over, read on PolNeAR train (part A).

Kinds: a cue in another clause than the quote's (a subordinate clause after the quote, the next
sentence's cue after a quote ending in ? or !), an inverted "speaker" that is
the object of a verb of judging, a possessor whose claim or pledge holds the quote, the subject phrase
("Leaders of ...", "... two weeks ago said", "X, for one, called"). Each with a hard negative.
"""

from __future__ import annotations

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- a subordinate clause after the quote


def test_cue_in_a_subordinate_clause_after_the_quote_is_not_its_speaker() -> None:
    ex = run(
        INTRO + "“In other news,” Tom Ruiz wrote on Monday, “the mayor endorses the mayor,” after harbour "
        "spokesman Ian Marsh praised the plan."
    )
    assert quote(ex, "In other news").speaker == "Tom Ruiz"
    assert all(q.speaker != "Ian Marsh" for q in ex.quotes)


def test_speaker_before_a_subordinate_clause_after_the_quote_stays() -> None:
    # Hard negative: the name and its cue come first, the "after" clause follows them.
    ex = run(INTRO + "“We will win the vote,” Tom Ruiz said after Ann Lowe spoke.")
    assert quote(ex, "We will win").speaker == "Tom Ruiz"


def test_as_after_the_quote_attributes_it() -> None:
    ex = run(INTRO + "“The levy is dead and buried,” as Tom Ruiz put it on Monday.")
    assert quote(ex, "The levy is dead").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- ? or ! ends a quote that had its own cue


def test_next_sentences_cue_after_a_question_is_not_the_quotes() -> None:
    ex = run(
        INTRO + "Tom Ruiz answers Ann Lowe with, “Why now? The vote is over?” Lowe then writes back, "
        "“You look tired.”"
    )
    assert quote(ex, "Why now").speaker == "Tom Ruiz"
    assert quote(ex, "You look tired").speaker == "Ann Lowe"


def test_question_with_no_cue_before_keeps_the_name_after() -> None:
    # Hard negative: nothing introduced the quote, so "Lowe asked" after it is its attribution.
    ex = run(INTRO + "“Why now? The vote is over?” Ann Lowe asked.")
    assert quote(ex, "Why now").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- a name after a verb of judging is its object


def test_name_after_a_verb_of_judging_is_no_inverted_speaker() -> None:
    ex = run(
        INTRO + "On Sunday, pastor Ann Lowe stood at her pulpit and, citing an old hymn (''all the ships "
        "come home''), endorsed Councillor Tom Ruiz."
    )
    assert quote(ex, "all the ships").speaker == "Ann Lowe"


def test_object_of_endorsed_after_a_quote_does_not_speak() -> None:
    ex = run(INTRO + "“Build the new bridge now,” endorsed Councillor Tom Ruiz on Monday.")
    assert all(q.speaker != "Tom Ruiz" for q in ex.quotes)


def test_inverted_said_keeps_its_speaker() -> None:
    # Hard negative: "said" inverts; the name after it speaks.
    ex = run(INTRO + "“Build the new bridge now,” said Councillor Tom Ruiz on Monday.")
    assert quote(ex, "Build the new").speaker == "Tom Ruiz"


def test_group_named_after_the_quote_does_not_speak() -> None:
    ex = run(
        INTRO + "Ann Lowe waved a flyer reading “harbourfirst.org,” a site run by a group called the "
        "“Harbour First Fund.”"
    )
    assert all(q.speaker != "a group" for q in ex.quotes)


# --------------------------------------------------------------------------- a possessor's claim holds the quote


def test_possessors_claim_that_holds_the_quote() -> None:
    ex = run(
        INTRO + "Ann Lowe on Thursday blamed the press for Tom Ruiz’s claim that the port “lost a fortune,” "
        "saying the figures were wrong."
    )
    assert quote(ex, "lost a fortune").speaker == "Tom Ruiz"


def test_possessors_pledge_to_holds_the_quote() -> None:
    ex = run(INTRO + "Ann Lowe denounced Tom Ruiz’s pledge to stay “neutral” during the harbour talks.")
    assert quote(ex, "neutral").speaker == "Tom Ruiz"


def test_cue_after_the_possessors_claim_speaks() -> None:
    # Hard negative: a cue of its own between the claim and the quote.
    ex = run(
        INTRO + "Tom Ruiz’s claim that the port was broke drew laughs, and Ann Lowe called it “a fairy tale.”"
    )
    assert quote(ex, "a fairy tale").speaker == "Ann Lowe"


def test_claim_judged_by_an_earlier_cue_is_the_cues() -> None:
    # Hard negative: the quote is what Lowe says of Ruiz's claim, not the claim.
    ex = run(
        INTRO + "Ann Lowe said Thursday that Tom Ruiz’s claim that the port is broke is “simply not true.”"
    )
    assert quote(ex, "simply not true").speaker == "Ann Lowe"


def test_possessors_decision_is_no_speech() -> None:
    # Hard negative: a decision is no thing said.
    ex = run(INTRO + "Tom Ruiz’s decision to stay “neutral” surprised Ann Lowe.")
    assert all(q.speaker != "Tom Ruiz" for q in ex.quotes)


# --------------------------------------------------------------------------- a participle cue after another


def test_participle_cue_after_a_reduced_relative_is_the_main_clauses() -> None:
    ex = run(
        INTRO + "Tom Ruiz’s office slammed a lawsuit filed by a fired clerk alleging fraud, calling it "
        "“baseless” on Monday."
    )
    assert quote(ex, "baseless").speaker_mention == "Tom Ruiz’s office"


def test_adding_after_a_finite_cue_keeps_its_subject() -> None:
    # Hard negative: "said ..., adding" has a finite cue whose subject speaks.
    ex = run(INTRO + "Tom Ruiz said the plan was dead, adding that it was “a tax on fish.”")
    assert quote(ex, "a tax on fish").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- the subject phrase


def test_head_of_a_group_before_of_speaks_with_it() -> None:
    ex = run(INTRO + "Leaders of the pilots’ union have said they want “a fair deal for every pilot.”")
    assert quote(ex, "a fair deal").speaker_mention == "Leaders of the pilots’ union"


def test_a_place_after_of_is_no_group() -> None:
    # Hard negative: "the port of Dover": a singular head that is no person's role keeps the plain subject.
    ex = run(INTRO + "The port of Dover said it was “ready for the storm.”")
    assert quote(ex, "ready for the storm").speaker_mention != "The port of Dover"


def test_time_ago_between_subject_and_cue_is_skipped() -> None:
    ex = run(INTRO + "The harbour board less than two weeks ago said the port was “in deficit.”")
    assert quote(ex, "in deficit").speaker_mention == "The harbour board"


def test_for_one_aside_between_name_and_cue() -> None:
    # Lowe, the main clause's subject, repeats the charges; the aside sits between Ruiz and his cue.
    ex = run(INTRO + "Ann Lowe repeated charges that Tom Ruiz, for one, called “a tax on fish.”")
    assert quote(ex, "a tax on fish").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- words that look like a cue or a description


def test_thanks_to_is_no_cue() -> None:
    ex = run(
        INTRO + "Tom Ruiz said that since then, thanks in part to higher fares at the port, he has “been "
        "more secure.”"
    )
    q = quote(ex, "been more secure")
    assert q.speaker == "Tom Ruiz"
    assert q.cue == "said"


def test_thanks_with_an_object_is_a_cue() -> None:
    # Hard negative: "thanks the pilots for" is thanking.
    ex = run(INTRO + "Ann Lowe thanks the pilots for “their patience and their courage.”")
    assert quote(ex, "their patience").cue == "thanks"


def test_a_clause_is_no_description_that_speaks() -> None:
    ex = run(
        INTRO + "Later in the summer, Ann Lowe revised her statement explaining that she had “never seen "
        "the memo.”"
    )
    assert quote(ex, "never seen the memo").speaker == "Ann Lowe"


def test_description_with_a_determiner_after_a_preposition_speaks() -> None:
    # Hard negative: "the head of the harbour board" is a description, "the" after "of".
    ex = run(INTRO + "The head of the harbour board said the port was “in deficit.”")
    assert quote(ex, "in deficit").speaker_mention == "The head of the harbour board"


# --------------------------------------------------------------------------- a participle cue inside a participle clause


def test_participle_cue_after_the_object_of_a_continuing_participle() -> None:
    ex = run(
        INTRO
        + "Ann Lowe joined the campaign this week, publishing an essay in the Harbour Gazette attacking "
        "the levy as “a tax on fish.”"
    )
    assert quote(ex, "a tax on fish").speaker == "Ann Lowe"


def test_participle_cue_after_a_quoted_aide_keeps_the_reporting_clause() -> None:
    # Hard negative: the aide is shown speaking ("quoting an aide saying"); Lowe reports the clause.
    ex = run(
        INTRO
        + "Ann Lowe replied on Monday, quoting an aide to the mayor saying the levy was “a tax on fish.”"
    )
    assert all(q.speaker != "an aide to the mayor" for q in ex.quotes)
