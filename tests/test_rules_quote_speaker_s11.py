"""Quote speakers, issue 14 session 11. Kinds read by structure on half of PolNeAR train's misses (the
other half kept unread), tested on sentences of our own, each with a hard negative:

- a participle cue's speaker is the subject of a verb before it, never the subject of the clause it
  reports ("..., saying it is time for a “...”" had "it");
- any participle opens an aside between a name and its cue ("Ruiz, wearing a blue scarf, said"), and an
  auxiliary may stand before the cue ("Ruiz, asked about the levy, had said");
- an inverted cue after a clause set off by a comma ("Because ..., explained Lowe, “...”");
- a cue after "but" with a time word or an auxiliary keeps the sentence's subject ("... but now says").
"""

from __future__ import annotations

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- a participle's subject


def test_a_participle_cue_speaks_for_the_subject_before_it() -> None:
    ex = run(
        INTRO + "Ann Lowe threw her support behind Tom Ruiz on Monday, saying it is time for a “fresh start.”"
    )
    q = quote(ex, "fresh start")
    assert q.speaker == "Ann Lowe"
    assert q.speaker_mention == "Ann Lowe"


def test_a_participle_cue_after_a_regular_verb() -> None:
    ex = run(INTRO + "Ann Lowe backed Tom Ruiz on Monday, saying the port deserves “a fresh start.”")
    assert quote(ex, "a fresh start").speaker == "Ann Lowe"


def test_a_participle_cue_with_no_verb_before_it_takes_no_thing_as_speaker() -> None:
    # Hard negative: no verb before "saying" is found; "it" opening the reported clause is a thing, so the
    # quote has no speaker (and a partial quote with none is dropped), not "it".
    ex = run(INTRO + "A long day at the port for Ann Lowe, saying it is time for a “fresh start.”")
    assert all(q.speaker_mention != "it" for q in ex.quotes)


def test_a_participle_cue_after_an_addressee_is_no_inverted_cue() -> None:
    # Hard negative for the inverted cue below: "telling Reuters," names the one told, not the speaker.
    ex = run(
        INTRO + "Hours later, Tom Ruiz returned the compliment to Lowe, telling the Ledger, “Ann and I have "
        "been friends for a long time.”"
    )
    assert quote(ex, "Ann and I").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- asides between a name and its cue


def test_a_participle_aside_after_the_quote() -> None:
    ex = run(INTRO + "“We have had better years than this,” Tom Ruiz, wearing a blue scarf, said quietly.")
    assert quote(ex, "We have had").speaker == "Tom Ruiz"


def test_a_participle_aside_holding_a_quoted_name() -> None:
    ex = run(INTRO + "“We have had better years,” Tom Ruiz, wearing a scarf and “Port First” badges, said.")
    assert quote(ex, "We have had").speaker == "Tom Ruiz"


def test_an_auxiliary_between_the_aside_and_the_cue() -> None:
    ex = run(
        INTRO + "The row began after Tom Ruiz, asked about the levy by Lowe, had said, “I think the port "
        "does plenty of harm too.”"
    )
    assert quote(ex, "I think the port").speaker == "Tom Ruiz"


def test_a_name_inside_the_aside_does_not_speak() -> None:
    # Hard negative: the aside's own name (Lowe) is no speaker; the name before the aside is.
    ex = run(INTRO + "“It is over,” Tom Ruiz, shaking hands with Ann Lowe after the vote, said.")
    assert quote(ex, "It is over").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- an inverted cue after a clause


def test_an_inverted_cue_after_an_opening_clause() -> None:
    ex = run(
        INTRO + "Because the board met in secret, explained Ann Lowe, “nobody could object to it at all.”"
    )
    assert quote(ex, "nobody could").speaker == "Ann Lowe"


def test_a_name_after_the_inverted_cue_must_close_the_words() -> None:
    # Hard negative: the name after "said" is the object of a longer phrase, not set off before the quote.
    ex = run(INTRO + "Tom Ruiz closed the meeting, said to Ann Lowe that he was tired, and left: “Enough.”")
    assert all(q.speaker != "Ann Lowe" for q in ex.quotes)


# --------------------------------------------------------------------------- "but now says"


def test_but_now_says_keeps_the_sentence_subject() -> None:
    ex = run(
        INTRO + "Tom Ruiz backed the levy last year but now says the port has “a duty to pay its share.”"
    )
    assert quote(ex, "a duty to pay").speaker == "Tom Ruiz"


def test_but_has_since_said_after_a_comma() -> None:
    ex = run(
        INTRO + "Tom Ruiz used to back the levy, but has since said the port had “a duty to pay its share.”"
    )
    assert quote(ex, "a duty to pay").speaker == "Tom Ruiz"


def test_but_with_its_own_subject_keeps_that_subject() -> None:
    # Hard negative: "but Lowe now says" has a subject of its own.
    ex = run(
        INTRO + "Tom Ruiz backed the levy last year, but Ann Lowe now says the port has “a duty to pay.”"
    )
    assert quote(ex, "a duty to pay").speaker == "Ann Lowe"


# --------------------------------------------------------------------------- a poll's share


def test_a_share_of_a_poll_named_before_it_answers_for_the_poll() -> None:
    ex = run(
        INTRO + "In a Ledger poll released Sunday, 75 percent of dockers said the levy was “simply unfair.”"
    )
    assert quote(ex, "simply unfair").speaker == "a Ledger poll"


def test_a_share_after_the_poll_as_subject_and_a_dash() -> None:
    ex = run(INTRO + "The poll has bad news for Ruiz: 25 percent of voters say they would “never back him.”")
    assert quote(ex, "never back him").speaker == "The poll"


def test_a_capitalised_group_in_the_share() -> None:
    ex = run(
        INTRO
        + "In a Harbour News survey of 900 people, 8 percent of Democrats said they would “ever” back Ruiz."
    )
    assert quote(ex, "ever").speaker == "a Harbour News survey"


def test_a_share_with_no_poll_stays_the_speaker() -> None:
    # Hard negative: no poll is named in the sentence.
    ex = run(INTRO + "About four in 10 dockers said they were “angry” with the board.")
    assert quote(ex, "angry").speaker != "a Ledger poll"
    assert "10" in (quote(ex, "angry").speaker or "")


def test_a_person_reporting_a_share_stays_the_speaker() -> None:
    # Hard negative: the poll is named, but the speaker is a person who reports the share.
    ex = run(
        INTRO + "Ruiz, who leads in the Ledger poll, said 40 percent of Democrats were “still undecided.”"
    )
    assert quote(ex, "still undecided").speaker == "Ruiz"


# --------------------------------------------------------------------------- the reporting clause's speaker


def test_a_cue_in_a_subordinate_clause_before_the_quote_reports_nothing_of_it() -> None:
    ex = run(
        INTRO + "Ruiz said that when Lowe attacked the board last year, “she was speaking for all of us.”"
    )
    assert quote(ex, "she was speaking").speaker == "Ruiz"


def test_a_subordinate_clause_with_no_reporter_before_it_keeps_its_cue() -> None:
    # Hard negative: no cue before "when", so the clause's cue is the only one.
    ex = run(INTRO + "When Lowe attacked the board last year, she said, “we were all tired of it.”")
    assert quote(ex, "we were all tired").speaker != "Ruiz"


def test_a_quote_running_on_from_a_reported_clause_is_the_reporters() -> None:
    ex = run(INTRO + "Ruiz said harbour officials were calling “every hour.”")
    assert quote(ex, "every hour").speaker == "Ruiz"


def test_a_quote_introduced_by_a_comma_stays_the_inner_speakers() -> None:
    # Hard negative: "Lowe told him, “...”" introduces Lowe's own words.
    ex = run(INTRO + "Ruiz said that Ann Lowe told him, “Go home now.”")
    assert quote(ex, "Go home").speaker == "Ann Lowe"


def test_a_quote_in_a_relative_clause_of_an_opening_phrase() -> None:
    ex = run(INTRO + "In a clip that Judge Mary Hale called “cruel,” Ruiz voiced a wish to “sink the board.”")
    assert quote(ex, "cruel").speaker == "Mary Hale"
    assert quote(ex, "sink the board").speaker == "Ruiz"


def test_an_opening_phrase_with_no_relative_clause_keeps_the_speaker_after() -> None:
    # Hard negative: "In a clip on Monday, “...,” Ruiz said" has no cue of its own before the quote.
    ex = run(INTRO + "In a clip on Monday, “the board is finished,” Ruiz said.")
    assert quote(ex, "the board is finished").speaker == "Ruiz"


def test_a_quote_after_what_it_calls_keeps_its_own_cue() -> None:
    # Hard negative: "what it calls “...”" is the clause of "it", whose cue is "calls".
    ex = run(
        INTRO + "Harbour Energy says the plant will meet what it calls “the strictest limits in the country.”"
    )
    assert quote(ex, "the strictest").cue == "calls"


# --------------------------------------------------------------------------- a bare noun with "of" as an appositive


def test_a_bare_noun_with_of_is_an_appositive_before_the_cue() -> None:
    ex = run(INTRO + "As Ann Lowe, author of a book on ports, put it, “The port is the town.”")
    assert quote(ex, "The port is").speaker == "Ann Lowe"


def test_a_bare_noun_with_of_after_the_quote() -> None:
    ex = run(INTRO + "“The port is the town,” Ann Lowe, professor of history at Dover, said.")
    assert quote(ex, "The port is").speaker == "Ann Lowe"


def test_a_place_with_a_bare_noun_appositive_is_no_speaker() -> None:
    # Hard negative: "In Dover, capital of the county," is a place; the subject after it speaks.
    ex = run(INTRO + "In Dover, capital of the county, Ruiz said, “The port is the town.”")
    assert quote(ex, "The port is").speaker == "Ruiz"
