"""Quote speakers, issue 14 session 6. Error kinds read on PolNeAR train's misses (participle cues
after a written thing or an addressee, clauses and moments read as speakers, connectives and party
tags between a name and its cue, label lines), tested on sentences of our own, each with a hard
negative.
"""

from __future__ import annotations

import pytest

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- participle cues


def test_participle_after_a_possessive_subject_and_an_opening_clause() -> None:
    ex = run(
        INTRO + "Shortly after the call ended, Marsh’s campaign sent out a press release saying the mayor "
        "owes “the town an apology for the whole affair.”"
    )
    assert quote(ex, "the town an apology").speaker == "Marsh’s campaign"


def test_participle_after_a_negated_verb_is_the_subjects() -> None:
    ex = run(
        INTRO + "Ross Keller didn’t seem impressed with the mayor’s remarks, telling reporters, “A lot of "
        "people said she should step down.”"
    )
    assert quote(ex, "A lot of people").speaker == "Ross Keller"


def test_participle_after_an_addressee_is_the_senders() -> None:
    ex = run(
        INTRO + "Her campaign quickly blasted out an email to supporters stating, “The mayor joins a "
        "growing list of critics.”"
    )
    assert quote(ex, "The mayor joins").speaker == "Her campaign"
    ex = run(
        INTRO + "Ann Petrov wrote in a statement to the Courier explaining why she is leaving, “I will "
        "miss every one of you.”"
    )
    assert quote(ex, "I will miss").speaker == "Ann Petrov"


def test_participle_after_a_written_thing_is_its_issuers() -> None:
    ex = run(INTRO + "Ann Petrov released a statement saying, “The firm has been a trusted partner to us.”")
    assert quote(ex, "The firm has").speaker == "Ann Petrov"


def test_participle_after_a_seen_person_stays_theirs() -> None:
    # Hard negative: the video shows the protester, who is the one shouting.
    ex = run(INTRO + "A video showed a protester shouting, “Nobody asked us about the bridge at all.”")
    assert quote(ex, "Nobody asked us").speaker == "a protester"


def test_a_participle_after_a_quote_takes_no_inverted_speaker() -> None:
    ex = run(
        INTRO + "The two councillors, however, argue that “there is precedent for a recall,” citing an "
        "instance in which a clerk was removed."
    )
    assert quote(ex, "there is precedent").speaker == "two councillors"
    # Hard negative: an inverted speaker after a finite cue stays.
    ex = run(INTRO + "“There is precedent for a recall,” said Councillor Ana Ruiz.")
    assert quote(ex, "There is precedent").speaker == "Ana Ruiz"


# --------------------------------------------------------------------------- clauses and moments


def test_a_that_clause_after_a_participle_is_no_speaker() -> None:
    ex = run(
        INTRO + "On the same day, Mr. Castell said of the episode, ''I don't like it,'' adding that "
        "''they have anger that is unbelievable.''"
    )
    assert quote(ex, "I don't like it").speaker == "Castell"
    assert quote(ex, "they have anger").speaker == "Castell"


def test_a_moment_is_no_speaker() -> None:
    ex = run(
        INTRO + "Gov. Ron Delgado has battled with the union, at one point calling the mayor a “liar” "
        "who was not fit for office."
    )
    assert quote(ex, "liar").speaker == "Ron Delgado"


def test_an_opening_prepositional_phrase_is_no_speaker() -> None:
    ex = run(
        INTRO + "In responding Friday, Delgado's campaign took the unusual step of criticizing the board, "
        "accusing it of “overreach run amok.”"
    )
    assert quote(ex, "overreach").speaker == "Delgado's campaign"


def test_a_description_naming_someone_still_speaks() -> None:
    # Hard negative: an ordinary description with a determiner keeps speaking.
    ex = run(INTRO + "“We were never consulted,” said a longtime resident.")
    assert quote(ex, "We were never").speaker == "a longtime resident"


# --------------------------------------------------------------------------- between name and cue


def test_a_connective_between_the_subject_and_its_cue() -> None:
    ex = run(INTRO + "Lee Marsh, too, said the plan was “a fine piece of work.”")
    assert quote(ex, "a fine piece").speaker == "Lee Marsh"


def test_a_party_tag_and_a_comma_between_the_name_and_its_cue() -> None:
    ex = run(INTRO + "Gov. Tom Ruiz (R-OH), said, “We are going all the way to the capital.”")
    assert quote(ex, "We are going").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- label lines


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('Rep. Tina Gowdy (R-S.C.):"I have not heard anyone other than you cite that figure."', "Tina Gowdy"),
        ('Former secretary of state Ann Petrov:"We learned that from the department itself."', "Ann Petrov"),
    ],
)
def test_a_label_line_names_the_speaker(line: str, speaker: str) -> None:
    ex = run(INTRO + line)
    (q,) = ex.quotes
    assert q.speaker == speaker


def test_a_name_right_before_a_colon_with_no_cue() -> None:
    ex = run(
        INTRO + "The timing of the surge does not surprise Republican pollster Dan Shaw: “Lesser-known "
        "candidates often see the biggest boost.”"
    )
    assert quote(ex, "Lesser-known").speaker == "Dan Shaw"


def test_a_name_after_a_preposition_before_a_colon_is_no_speaker() -> None:
    # Hard negative: the outlet spoken to did not say it.
    ex = run(INTRO + "The mayor spoke to Fox News: “We will not be moved on that.”")
    assert quote(ex, "We will not").speaker != "Fox News"


def test_a_name_that_ends_in_a_moment_word_still_speaks() -> None:
    # Hard negative: "Times" in a paper's name is no moment.
    ex = run(INTRO + '"She seems less welcome," the Global Times wrote, "given her stance on the port."')
    assert ex.quotes[0].speaker == "Global Times"


def test_a_connective_after_a_subject_with_an_of_phrase() -> None:
    ex = run(INTRO + "Proponents of the new bill, however, say the office would act as an “umpire.”")
    assert quote(ex, "umpire").speaker == "Proponents of the new bill"


# --------------------------------------------------------------------------- cues inside reported words


def test_a_cue_after_a_modal_is_inside_the_earlier_cues_words() -> None:
    ex = run(
        INTRO + "Ann Petrov said in her remarks that the platform should reiterate the party’s support for "
        "its “stalwart allies,” naming the port."
    )
    assert quote(ex, "stalwart allies").speaker == "Ann Petrov"
    ex = run(
        INTRO + "Tom Ruiz, the club's president, suggested that the troubles of some rivals could be "
        "blamed on their focus on ''the business of selling houses.''"
    )
    assert quote(ex, "the business of").speaker == "Tom Ruiz"


def test_a_modal_subject_is_no_speaker() -> None:
    ex = run(INTRO + "The council should state its “firm support” for the port, Lee Marsh said.")
    assert quote(ex, "firm support").speaker == "Lee Marsh"


def test_a_cue_word_after_a_capitalised_modifier_is_a_noun() -> None:
    ex = run(
        INTRO + "Ron Delgado, the host of a quiz show, listed an NBC show as his guilty pleasure: “It makes "
        "me laugh every single week.”"
    )
    assert quote(ex, "It makes me").speaker == "Ron Delgado"


# --------------------------------------------------------------------------- titles


def test_a_title_takes_no_speaker_carried_over() -> None:
    ex = run(
        INTRO + "“We will vote on it next week,” Whitfield said.\n\n"
        "Ron Delgado, the host of the quiz show “Big Money Tonight,” was in the room."
    )
    assert [q.speaker for q in ex.quotes if q.text.startswith("Big Money")] in ([], [None])
    # Hard negative: a whole sentence in the next paragraph still continues her words.
    ex = run(
        INTRO
        + "“We will vote on it next week,” Whitfield said.\n\n“The Port Needs A Decision Now, Not Later.”"
    )
    assert quote(ex, "The Port Needs").speaker == "Dana Whitfield"


# --------------------------------------------------------------------------- pronouns


def test_a_pronoun_goes_past_a_sentence_whose_subject_is_the_same_pronoun() -> None:
    ex = run(
        "Ann Walz approaches it more calmly. She said she would rather see the money spent to elect Dana "
        "Whitfield than spent on the port fight.\n\n“They are trying to defeat a good idea,” she said."
    )
    assert quote(ex, "They are trying").speaker == "Ann Walz"
    ex = run(
        "Tom Lou said there was nothing wrong with Ron Lew raising the issue. But he suggested that Mr. Lew "
        "had his eyes on critics at home. “They are under pressure there,” he said."
    )
    assert quote(ex, "They are under").speaker == "Tom Lou"


def test_a_pronoun_still_takes_the_subject_naming_someone_else() -> None:
    # Hard negative: the sentence before opens with the person, not with a pronoun.
    ex = run("Tom Ruiz met Lee Marsh on Monday. “We agreed on nothing at all,” he said.")
    assert quote(ex, "We agreed").speaker == "Tom Ruiz"


def test_a_name_after_an_article_is_no_one_a_pronoun_stands_for() -> None:
    ex = run(
        "Ann Petrov wants the district to become a state.\n\nThe council leader wrote for The Harbor "
        "Informer that the district was neglected. She promised to “be a vocal champion for the district” "
        "if elected."
    )
    assert quote(ex, "be a vocal").speaker == "Ann Petrov"
    ex = run(
        "Ann Petrov toured the town on Monday.\n\nShe visited the Scranton Lace mill. She said her father "
        "had “hopped a freight train” to find work."
    )
    assert quote(ex, "hopped a freight").speaker == "Ann Petrov"


def test_a_first_name_after_an_article_is_still_a_person() -> None:
    # Hard negative: "a Hillary Clinton aide" names Hillary Clinton.
    ex = run("A Hillary Clinton aide said the plan was “dead on arrival.” Later she repeated it.")
    assert any(e.name == "Hillary Clinton" and e.type == "person" for e in ex.entities)


# --------------------------------------------------------------------------- lead-ins and inverted cues


def test_a_quote_paragraph_after_a_paragraph_opened_by_a_person() -> None:
    ex = run(
        INTRO + "Ron Valastro praised the mayor's leadership after the flood.\n\n“We need someone who is "
        "going to cut through the noise and bring people together.”"
    )
    assert quote(ex, "We need someone").speaker == "Ron Valastro"


def test_a_quote_paragraph_with_its_own_cue_keeps_it() -> None:
    # Hard negative: the quote names its own speaker after it.
    ex = run(
        INTRO + "Lee Marsh arrived at the hall at noon.\n\n“We want a vote now on the bridge!” the crowd "
        "chanted."
    )
    assert quote(ex, "We want a vote").speaker == "the crowd"


def test_a_quote_paragraph_after_a_quote_continues_that_speaker() -> None:
    # Hard negative: the paragraph before holds a quote, whose speaker goes on.
    ex = run(
        INTRO + "“We will vote next week,” Whitfield said. Ron Valastro praised the plan.\n\n“It is the "
        "only way to keep the bridge open for the town.”"
    )
    assert quote(ex, "It is the only").speaker == "Dana Whitfield"


def test_a_cue_opening_the_sentence_has_its_speaker_after_it() -> None:
    ex = run(INTRO + "Said Tina Poynter, who grew up near the bridge, “We were all so proud of it.”")
    assert quote(ex, "We were all").speaker == "Tina Poynter"
    ex = run(INTRO + "Added Marsh:\n\n“I think the stakes are so high for the town this year.”")
    assert quote(ex, "I think the stakes").speaker == "Marsh"


def test_a_bare_attribution_after_a_quote_closed_by_a_period() -> None:
    ex = run(INTRO + "“Voters, if you are listening, we will find the money for you.” Tom Ruiz said.")
    assert quote(ex, "Voters, if you").speaker == "Tom Ruiz"
    # Hard negative: a sentence that goes on after its cue reports something else.
    ex = run(
        INTRO
        + "“The bridge must stay open for the school buses.” Tom Ruiz said the council would meet in May."
    )
    assert quote(ex, "The bridge must").speaker != "Tom Ruiz"


def test_any_verb_then_a_name_after_a_quote_closed_by_a_comma() -> None:
    ex = run(INTRO + "“Our ideas of success are different,” agrees Michelle Ruiz, 30, of Dayton, Ohio.")
    assert quote(ex, "Our ideas").speaker == "Michelle Ruiz"
    # Hard negative: a verb with an object after the quote names no speaker.
    ex = run(INTRO + "“Our ideas of success are different,” reads Chapter Two of the report.")
    assert quote(ex, "Our ideas").speaker != "Chapter Two"


def test_an_inverted_cue_after_an_opening_conjunction() -> None:
    ex = run(INTRO + "But, said Solovey, “I do not want to drum up conflict with anyone here.”")
    assert quote(ex, "I do not want").speaker == "Solovey"


def test_a_signature_line_with_a_closing_period() -> None:
    ex = run(
        INTRO + "Here are some of the claims we checked.\n\n“Almost all new income in this town is going to "
        "the top 1 percent of families.”\n\n- Lee Marsh."
    )
    assert quote(ex, "Almost all new").speaker == "Lee Marsh"
    # Hard negative: a sentence in a dashed list is no signature.
    ex = run(
        INTRO + "Here is what the council decided.\n\n“All new income in this town is going to the top 1 "
        "percent of families.”\n\n- The council voted to close the bridge."
    )
    assert quote(ex, "All new income").speaker != "The council voted to close the bridge"


# --------------------------------------------------------------------------- who a pronoun can stand for


def test_a_person_of_an_institution_is_a_person_a_pronoun_stands_for() -> None:
    ex = run(
        "Ron Delgado went with the odds on Sunday.\n\nAnother pollster, Dan Woodard of Clemson University, said "
        "his survey showed support holding.\n\n“Even after the debate his numbers held. Go figure,” he said."
    )
    assert quote(ex, "Even after the debate").speaker == "Dan Woodard"
    assert any(e.name == "Clemson University" and e.type == "organization" for e in ex.entities)


def test_a_capitalised_plural_is_no_person() -> None:
    ex = run(
        "Ron Delgado spoke first.\n\nRepublicans said the poll was fair.\n\n“It was a fair poll,” he said."
    )
    assert quote(ex, "It was a fair").speaker == "Ron Delgado"


def test_a_surname_before_an_adverb_and_a_cue_is_a_person() -> None:
    ex = run(
        "Ron Delgado went with the odds.\n\nCastellanos openly admitted that his pick was political. “With an "
        "eye to March, Hawks,” he said."
    )
    assert quote(ex, "With an eye").speaker == "Castellanos"


def test_an_institution_of_a_place_keeps_its_name() -> None:
    # Hard negative: a run that opens with no first name is not cut at "of".
    ex = run("The Bank of England said nothing on Monday about the rates.")
    assert any(e.name == "Bank of England" for e in ex.entities)


# --------------------------------------------------------------------------- inverted descriptions


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "“We have work to do,” said a longtime adviser to both Whitfields.",
            "a longtime adviser to both Whitfields",
        ),
        ("“It is a fine plan,” said a spokesman for the council.", "a spokesman for the council"),
        ("“We never stood down,” said the bureau's director, James B. Corey, on Monday.", "James B. Corey"),
    ],
)
def test_an_inverted_description_keeps_whom_it_belongs_to(line: str, speaker: str) -> None:
    ex = run(INTRO + line)
    (q,) = ex.quotes
    assert q.speaker == speaker


def test_an_inverted_description_takes_no_time_after_it() -> None:
    # Hard negative: "at the time" says when, not whose spokesman.
    ex = run(INTRO + "“It is late,” said a spokesman at the time.")
    (q,) = ex.quotes
    assert q.speaker == "a spokesman"


# --------------------------------------------------------------------------- which clause speaks


def test_a_cue_in_a_relative_clause_is_inside_the_earlier_cues_words() -> None:
    ex = run(
        INTRO + "Ron Castell, a veteran of the council, said the way the board treated residents who "
        "complained ''would be all but disqualifying'' today."
    )
    assert quote(ex, "would be all").speaker == "Ron Castell"


def test_a_cue_word_after_no_is_a_noun() -> None:
    ex = run(
        INTRO + "The spokesman refused to answer questions but said there was no telephone call planned "
        "with the mayor, adding: “If one is proposed we will consider it.”"
    )
    assert quote(ex, "If one is").speaker == "The spokesman"


def test_an_infinitive_cue_after_so_that_is_the_later_clauses() -> None:
    ex = run(
        INTRO
        + "But much of the hearing was so calm that Mr. Castell was prompted to say, ''So far, I cannot "
        "believe how civil it has been.''"
    )
    assert quote(ex, "So far").speaker == "Castell"
    # Hard negative: with no "that", the sentence's subject is the one who says it.
    ex = run(INTRO + "Lee Marsh was quick to say that the plan was “a disaster.”")
    assert quote(ex, "a disaster").speaker == "Lee Marsh"


def test_an_infinitive_cue_after_a_plain_that_clause_is_the_main_subjects() -> None:
    # Hard negative: without "so"/"such", "that" opens what was said, not the cue's clause.
    ex = run(
        INTRO + "Ron Castell joked that Brooklyn was his answer, but went on to say, “There are places here "
        "that are among the most dangerous.”"
    )
    assert quote(ex, "There are places").speaker == "Ron Castell"


def test_a_description_with_where_it_stood_then_a_voice_verb() -> None:
    ex = run(INTRO + "“Will she be the next governor?” a council staffer in the room wondered.")
    assert quote(ex, "Will she be").speaker == "a council staffer"
    # Hard negative: a description followed by no verb of the voice names no speaker.
    ex = run(INTRO + "“Will she be the next governor of the state?” a council staffer in the room sat down.")
    assert quote(ex, "Will she be").speaker != "a council staffer"
