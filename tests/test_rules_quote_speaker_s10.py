"""Quote speakers, issue 14 session 10. Kinds read on half of PolNeAR train's misses (the other half
kept unread, to check that each change holds on news it was not read from), tested on sentences of
our own, each with a hard negative:

- a cue in a relative clause reports for itself when an earlier cue of the sentence had its own quote
  ("X, who called the plan “madness,” and Y, who says it is “...”");
- a person speaking in a subordinate clause after the main clause's subject ("X did not sound sure
  when Y asked whether ...") is not who a later "he said" stands for;
- contractions opening a sentence ("It’s implied ...", "Don’t ...") are no names;
- a semicolon after a quote closes its clause: a cue after it is another clause's;
- an -s cue word followed by an object pronoun ("The mayor calls it her “...”") is a verb.
"""

from __future__ import annotations

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- a relative clause after a quote


def test_a_relative_clause_cue_after_another_quote_reports_for_itself() -> None:
    ex = run(
        INTRO + "Compare that with Councillor Tom Ruiz, who has called the levy “madness,” and Councillor "
        "Ann Lowe, who says it is “a gift to the harbour.”"
    )
    assert quote(ex, "madness").speaker == "Tom Ruiz"
    assert quote(ex, "a gift").speaker == "Ann Lowe"


def test_a_relative_clause_cue_inside_an_earlier_report_stays_the_reporters() -> None:
    # Hard negative: no quote between the two cues, so "who complained" is inside what Lowe said.
    ex = run(
        INTRO + "Councillor Ann Lowe said the way the board treated pilots who complained was "
        "“beneath the harbour.”"
    )
    assert quote(ex, "beneath").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- a subordinate clause's speaker

_INTERVIEW = (
    "Speaker Tom Ruiz said on Thursday that he cannot back the levy.\n\n"
    "“To be candid with you, I am just not ready to do that,” Ruiz told the Ledger's Jake Lowe.\n\n"
)


def test_he_is_the_main_subject_not_who_asked_in_a_when_clause() -> None:
    ex = run(
        _INTERVIEW + "Ruiz also did not sound confident when Lowe asked whether the pilots could hold "
        "the port in November.\n\n“The one thing you can predict is that it will be hard,” he said."
    )
    assert quote(ex, "The one thing").speaker == "Tom Ruiz"


def test_a_speaker_in_the_main_clause_is_still_preferred() -> None:
    # Hard negative: Lowe asks in a clause of its own (no subordinating word before him), so "he" after
    # that sentence is still the one who spoke in it.
    ex = run(
        _INTERVIEW + "Ruiz sat still for a while, and Lowe asked whether the pilots could hold the port "
        "in November.\n\n“Nobody can tell you that tonight,” he said."
    )
    assert quote(ex, "Nobody can tell").speaker == "Jake Lowe"


# --------------------------------------------------------------------------- contractions are no names


def test_its_opening_a_sentence_is_no_person() -> None:
    ex = run(
        "Senator Tom Ruiz and his aides have told the pilots that he will do what it takes. It’s implied "
        "that he won’t stand in the way.\n\n“Let me make it clear that the levy is unfair,” he asserted "
        "to reporters on Tuesday."
    )
    assert quote(ex, "Let me make").speaker == "Tom Ruiz"
    assert all(e.name != "It" for e in ex.entities)


def test_a_name_opening_a_sentence_still_speaks() -> None:
    # Hard negative: a capitalised name before the same verb is still a person.
    ex = run(
        "Senator Tom Ruiz and his aides met the pilots. Lowe implied that she won’t stand in the way.\n\n"
        "“Let me make it clear that the levy is unfair,” Ruiz told reporters on Tuesday."
    )
    assert quote(ex, "Let me make").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- a semicolon closes the quote's clause


def test_a_cue_after_a_semicolon_is_another_clauses() -> None:
    ex = run(INTRO + "The former mayor calls it her “quiet plan”; rivals deride it as timid.")
    q = quote(ex, "quiet plan")
    assert q.speaker != "rivals"
    assert q.speaker_mention == "The former mayor"


def test_a_cue_before_the_semicolon_still_speaks() -> None:
    # Hard negative: the speaker's cue is before the semicolon, right after the quote.
    ex = run(INTRO + "“We will not back down,” Councillor Ann Lowe said; the board agreed.")
    assert quote(ex, "We will not").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- "calls it": a verb


def test_an_s_cue_with_an_object_pronoun_is_a_verb() -> None:
    ex = run(INTRO + "The harbour master calls it her “quiet plan.”")
    assert quote(ex, "quiet plan").speaker_mention == "The harbour master"


def test_a_plural_noun_cue_without_an_object_stays_a_noun() -> None:
    # Hard negative: "the fundraising calls" is a noun phrase; the cue after the quote speaks.
    ex = run(INTRO + "The two fundraising calls were “a waste of time,” Councillor Ann Lowe said.")
    assert quote(ex, "a waste").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- an opening clause before a colon


def test_a_colon_paragraph_speaker_is_past_an_opening_clause() -> None:
    ex = run(
        INTRO + "When Ann Lowe died in 1998, Councillor Tom Ruiz released the following statement:\n\n"
        "“Sara and I offer our condolences to the family and friends of Ann Lowe.”"
    )
    assert quote(ex, "Sara and I").speaker == "Tom Ruiz"


def test_a_name_opening_the_colon_sentence_still_speaks() -> None:
    # Hard negative: no subordinate clause opens the sentence; the name with its verb is the subject.
    ex = run(
        INTRO + "Ann Lowe, who died in 1998, left one line for the ferry crew:\n\n“Keep the ferry running.”"
    )
    assert quote(ex, "Keep the ferry").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- a quote in an opening clause


def test_a_quote_in_an_opening_while_clause_is_that_clauses_speakers() -> None:
    ex = run(
        INTRO + "While Councillor Tom Ruiz has called Ann Lowe “a menace,” Lowe has called Ruiz “a coward.”"
    )
    assert quote(ex, "a menace").speaker == "Tom Ruiz"
    assert quote(ex, "a coward").speaker == "Ann Lowe"


def test_an_opening_clause_with_no_cue_leaves_the_speaker_after() -> None:
    # Hard negative: the opening clause reports no one, so the cue after the quote speaks.
    ex = run(INTRO + "If the levy is “a tax on fish,” as Councillor Ann Lowe said, the pilots will pay.")
    assert quote(ex, "a tax on fish").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- the possessor of what was said


def test_a_possessors_claim_is_theirs() -> None:
    ex = run(INTRO + "But Councillor Ann Lowe’s most serious claim is that the board is a “rigged club.”")
    q = quote(ex, "rigged club")
    assert (q.speaker, q.cue) == ("Ann Lowe", "claim")


def test_in_a_possessors_words() -> None:
    ex = run(INTRO + "In Councillor Ann Lowe’s own words, the levy is “a tax on fish.”")
    assert quote(ex, "a tax on fish").speaker == "Ann Lowe"


def test_a_possessed_thing_that_says_nothing_gives_no_speaker() -> None:
    # Hard negatives: a possessed noun that is no speech ("dog") names no speaker; and a cue between the
    # possessor's claim and the quote reports it (the inner speaker, as before).
    ex = run(INTRO + "Councillor Ann Lowe’s dog was “a good boy.”")
    assert all(not q.text.startswith("a good boy") or q.speaker != "Ann Lowe" for q in ex.quotes)
    ex = run(INTRO + "Councillor Ann Lowe’s claim is that Tom Ruiz said the port was “broke.”")
    assert quote(ex, "broke").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- a description, an aside, its cue


def test_a_description_before_an_aside_speaks() -> None:
    ex = run(INTRO + "The pilots’ union, in a statement, called the vote “a betrayal.”")
    assert quote(ex, "a betrayal").speaker_mention == "The pilots’ union"
    ex = run(INTRO + "Her campaign, in a statement Monday, said the vote was “a betrayal.”")
    assert quote(ex, "a betrayal").speaker_mention == "Her campaign"


def test_an_aside_after_a_time_opening_leaves_the_name() -> None:
    # Hard negatives: a time opening the sentence is no speaker; a description that is the quote's own
    # sentence subject with no cue of its own leaves the cue after the quote.
    ex = run(INTRO + "In the end, on a wet Monday, Councillor Ann Lowe said the vote was “a betrayal.”")
    assert quote(ex, "a betrayal").speaker == "Ann Lowe"
    ex = run(INTRO + "The vote, in the end, was “a betrayal,” Councillor Ann Lowe said.")
    assert quote(ex, "a betrayal").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- nouns for what was said


def test_a_noun_for_an_answer_is_no_cue() -> None:
    ex = run(INTRO + "Councillor Tom Ruiz had a simple answer: “No.”")
    assert quote(ex, "No").speaker == "Tom Ruiz"


def test_the_same_word_as_a_verb_still_cues() -> None:
    # Hard negative: "promised" and "chants" with a subject before them are verbs.
    ex = run(INTRO + "Councillor Tom Ruiz promised the crowd: “We will win.”")
    assert quote(ex, "We will win").speaker == "Tom Ruiz"
    ex = run(INTRO + "The crowd chants “Sink the levy!” every night.")
    assert quote(ex, "Sink the levy").speaker_mention == "The crowd"


# --------------------------------------------------------------------------- a participle opening the sentence


def test_an_opening_participle_cue_is_the_main_subjects() -> None:
    ex = run(INTRO + "Calling the levy “a tax on fish,” Councillor Tom Ruiz voted no.")
    q = quote(ex, "a tax on fish")
    assert (q.speaker, q.cue) == ("Tom Ruiz", "Calling")


def test_an_opening_participle_that_reports_nothing_gives_no_speaker() -> None:
    # Hard negatives: "Standing" reports no words, so a quoted name in its clause stays no one's; and a
    # cue after the quote still speaks for itself.
    ex = run(INTRO + "Standing under a “Ferry First” banner, Councillor Tom Ruiz waved to the crowd.")
    assert all(q.speaker != "Tom Ruiz" for q in ex.quotes)
    ex = run(
        INTRO + "Calling the levy “a tax on fish,” the chair of the board, Ann Lowe, said she would vote no."
    )
    assert quote(ex, "a tax on fish").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- a determiner is no name


def test_a_determiner_left_of_a_masked_title_is_no_speaker() -> None:
    ex = run(
        INTRO + "The retired pilot addressed his worries in another interview with “The Harbour Hour,” "
        "remarking from Dover he did not feel “this is a hard question.”"
    )
    assert all(q.speaker != "The" for q in ex.quotes)


def test_another_still_speaks() -> None:
    # Hard negative: "Another" and "Several" are subjects that speak.
    ex = run(INTRO + "“It is a tax on fish,” one pilot said. “It is a disgrace,” another said.")
    assert quote(ex, "It is a disgrace").speaker_mention == "another"


# --------------------------------------------------------------------------- a quote split by its cue, ''doubled'' marks


def test_a_split_quote_in_doubled_marks_is_one_quote() -> None:
    ex = run(
        INTRO + "Councillor Tom Ruiz runs the ferry. ''The harbour is not after the money,'' he said. "
        "''I have never seen a port so satisfied.''"
    )
    q = quote(ex, "The harbour")
    assert q.text.startswith("The harbour is not after the money I have never seen")
    assert (q.speaker, len(q.evidence)) == ("Tom Ruiz", 2)


def test_two_doubled_mark_quotes_with_their_own_cues_stay_apart() -> None:
    # Hard negative: the second quote has a cue of its own, so it is not the first one's second part.
    ex = run(
        INTRO + "''The harbour is not after the money,'' Councillor Tom Ruiz said. ''It is,'' "
        "Councillor Ann Lowe replied."
    )
    assert quote(ex, "The harbour").speaker == "Tom Ruiz"
    assert quote(ex, "It is").speaker == "Ann Lowe"
