"""Quote speakers, issue 14 session 7. Kinds read on PolNeAR train's misses (how English news sets a
speaker after a quote: a document named by a cue word used as a noun, "according to" after the quote,
anonymous sources with a post-modifier, a possessive description and the name after it, party tags,
hyphenated roles, relative clauses inside the speaker's phrase, an issued statement before a comma;
surnames read before the article names their person; quoted names that are no quotes), tested on
sentences of our own, each with a hard negative.
"""

from __future__ import annotations

import pytest

from service.backends.rules.speakers import _role_word
from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- after the quote


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("the audit report said.", "the audit report"),
        ("the report concluded.", "the report"),
        ("the council's own statement says.", "the council's own statement"),
    ],
)
def test_a_cue_word_used_as_a_noun_heads_the_speaker(tail: str, speaker: str) -> None:
    ex = run(INTRO + "“Costs rose by half in two years and no one checked the books,” " + tail)
    assert quote(ex, "Costs rose").speaker == speaker


def test_a_noun_cue_with_no_verb_after_it_is_no_cue() -> None:
    # Hard negative: "the report" is no speaker when no verb reports through it.
    ex = run(
        INTRO + "Whitfield called it “a fair deal for the county and its towns,” the report notwithstanding."
    )
    assert quote(ex, "a fair deal").speaker == "Dana Whitfield"


def test_according_to_after_the_quote_names_the_source() -> None:
    ex = run(
        INTRO + "“The ferry schedule will change in spring and nobody was consulted,” according to the "
        "Harbour Gazette."
    )
    q = quote(ex, "The ferry schedule")
    assert q.speaker == "Harbour Gazette"
    assert q.speaker_mention == "the Harbour Gazette"


def test_according_to_after_a_named_speaker_leaves_the_speaker() -> None:
    # Hard negative: the words are Whitfield's; the paper only relays them.
    ex = run(
        INTRO + "“We are done with this bridge and its costs,” Whitfield said, according to the Harbour "
        "Gazette."
    )
    assert quote(ex, "We are done").speaker == "Dana Whitfield"


def test_according_to_opening_the_next_sentence_is_not_the_quotes() -> None:
    ex = run(
        INTRO + "“We are done with this bridge and its costs.” According to the Gazette, the vote failed."
    )
    assert quote(ex, "We are done").speaker != "Gazette"


# --------------------------------------------------------------------------- inverted descriptions


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("said one official familiar with the plans.", "one official familiar with the plans"),
        (
            "said a person with knowledge of the council's plans, who asked not to be named.",
            "a person with knowledge of the council's plans",
        ),
        ("said an aide close to the mayor.", "an aide close to the mayor"),
    ],
)
def test_an_anonymous_source_keeps_its_post_modifier(tail: str, speaker: str) -> None:
    ex = run(INTRO + "“We will close the bridge for repairs in June,” " + tail)
    assert quote(ex, "We will close").speaker == speaker


def test_a_relative_clause_after_the_source_is_not_kept() -> None:
    # Hard negative: set off by a comma, "who was familiar ..." is not part of the phrase.
    ex = run(
        INTRO + "“We will close the bridge for repairs in June,” said one official, who was familiar with "
        "the plans."
    )
    assert quote(ex, "We will close").speaker == "one official"


def test_a_possessive_description_gives_way_to_the_name_after_it() -> None:
    ex = run(
        INTRO + "“He always wanted to build the bridge himself,” said his oldest friend from college, Tom "
        "Ruiz, who now lives in Ohio."
    )
    assert quote(ex, "He always wanted").speaker == "Tom Ruiz"


def test_a_possessive_description_alone_is_the_speaker() -> None:
    # Hard negative: no name follows, and "on Tuesday" is a time, not part of the speaker.
    ex = run(INTRO + "“We will appeal the ruling as soon as we can,” said her lawyer on Tuesday.")
    assert quote(ex, "We will appeal").speaker == "her lawyer"


def test_an_inverted_name_with_a_party_tag() -> None:
    ex = run(
        INTRO + "“The mayor has lost the room entirely,” said former Sen. Alan Ford (D-Ohio), one of the "
        "plan's critics."
    )
    assert quote(ex, "The mayor has lost").speaker == "Alan Ford"


# --------------------------------------------------------------------------- before the cue


def test_a_hyphenated_role_opens_an_appositive() -> None:
    ex = run(
        INTRO + "“The vote was rigged from the very start,” Tom Ruiz, co-founder of the Bridge Watch group, "
        "said in a statement."
    )
    assert quote(ex, "The vote was rigged").speaker == "Tom Ruiz"


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("co-founder", True),
        ("ex-president", True),
        ("vice-chairman", True),
        ("co-op", False),
        ("re-election", False),
    ],
)
def test_role_prefixes_are_a_table(word: str, role: bool) -> None:
    assert _role_word(word) is role


def test_the_object_of_a_relative_clause_is_not_the_speaker() -> None:
    ex = run(
        INTRO + "“The plan is dead and everyone knows it,” one council member who attended the meeting said."
    )
    assert quote(ex, "The plan is dead").speaker == "one council member"
    ex = run(INTRO + "“We will appeal the ruling as soon as we can,” a resident who knows Whitfield said.")
    assert quote(ex, "We will appeal").speaker == "a resident"


def test_an_issued_statement_before_a_comma_is_its_issuers() -> None:
    ex = run(INTRO + "Tom Ruiz issued a statement, “The council has failed the people of this town again.”")
    assert quote(ex, "The council has failed").speaker == "Tom Ruiz"


def test_a_thing_that_is_not_written_gives_no_speaker_by_that_rule() -> None:
    # Hard negative: a hearing carries no words, and "opened" is no verb of speech.
    ex = run(INTRO + "Whitfield opened the hearing, “We will hear everyone who wants to speak tonight.”")
    assert quote(ex, "We will hear everyone").speaker is None


# --------------------------------------------------------------------------- quoted names


@pytest.mark.parametrize(
    "text",
    [
        "A group called “Harbour First” said the ferry should run every hour.",
        'A group called "Harbour First" said the ferry should run every hour.',
        "The new ferry, named “Spirit of the Bay,” will sail in May.",
        "The plan, dubbed “Bridge Forward” by its backers, goes to a vote in June.",
    ],
)
def test_a_quoted_name_is_no_quote(text: str) -> None:
    assert run(INTRO + text).quotes == []


def test_words_after_a_naming_verb_stay_a_quote() -> None:
    # Hard negatives: what someone called a thing in their own words is a quote; so is a quote after
    # the name the group was given.
    ex = run(INTRO + "Whitfield called the plan “a disgrace to the whole county” on Monday.")
    assert quote(ex, "a disgrace").speaker == "Dana Whitfield"
    ex = run(INTRO + "The group, called Harbour First, said the ferry “must run every hour of the day.”")
    assert quote(ex, "must run every hour").speaker == "The group"


# --------------------------------------------------------------------------- who "he" stands for


def test_a_bare_surname_before_the_article_names_its_person_is_that_person() -> None:
    ex = run(
        INTRO + "Governor Tom Ruiz attacked the plan on Friday.\n\nFord also addressed Ruiz’s concerns on "
        "Saturday, saying the state pays for most of it.\n\n“We do take the budget seriously,” he added.\n\n"
        "“We will pay our share,” Ford said."
    )
    assert quote(ex, "We do take").speaker == "Ford"


def test_a_bare_word_never_named_as_a_person_stays_no_one() -> None:
    # Hard negative: "Harbourside" is never a person in the article, so "he" passes over it.
    ex = run(
        INTRO
        + "Governor Tom Ruiz attacked the plan on Friday.\n\nHarbourside also addressed Ruiz’s concerns on "
        "Saturday.\n\n“We do take the budget seriously,” he added."
    )
    assert quote(ex, "We do take").speaker == "Tom Ruiz"


# --------------------------------------------------------------------------- descriptions of a named person


def test_an_opening_participle_clause_is_no_speaker() -> None:
    ex = run(
        INTRO + "Asked whether the council should apologise, Tom Ruiz shot back: “That would be a start.”"
    )
    assert quote(ex, "That would be a start").speaker == "Tom Ruiz"
    ex = run(
        INTRO + "Tom Ruiz spoke next. Asked which bridge was his favourite, he demurred: “Whichever one I am "
        "standing on.”"
    )
    assert quote(ex, "Whichever one").speaker == "Tom Ruiz"


def test_two_descriptions_joined_by_and_are_one_speaker() -> None:
    ex = run(
        INTRO
        + "“The bridge is a scandal and she knows it,” the Ohio senator and Republican candidate said in "
        "a statement."
    )
    assert quote(ex, "The bridge is a scandal").speaker_mention == "the Ohio senator and Republican candidate"


def test_two_speakers_joined_by_and_keep_the_description_after_the_name() -> None:
    # Hard negative: a name and a description are two people, not one description.
    ex = run(INTRO + "“The bridge is a scandal and she knows it,” Ruiz and the senator said in a letter.")
    assert quote(ex, "The bridge is a scandal").speaker_mention != "Ruiz and the senator"


@pytest.mark.parametrize(
    "description", ["the Ohio senator", "the veteran senator", "the senator and candidate"]
)
def test_a_definite_description_of_an_office_names_its_holder(description: str) -> None:
    ex = run(
        INTRO + "Sen. Alan Ford responded first, attacking the mayor late on Tuesday.\n\n“The bridge is a "
        f"scandal and she knows it,” {description} said in a statement."
    )
    q = quote(ex, "The bridge is a scandal")
    assert (q.speaker, q.speaker_mention) == ("Alan Ford", description)


def test_a_description_of_another_office_stays_a_description() -> None:
    # Hard negatives: no one named holds the office ("the spokesman"), or the description is indefinite.
    ex = run(
        INTRO + "Sen. Alan Ford responded first, attacking the mayor late on Tuesday.\n\n“The bridge is a "
        "scandal and she knows it,” the spokesman said in a statement."
    )
    assert quote(ex, "The bridge is a scandal").speaker == "the spokesman"
    ex = run(
        INTRO + "Sen. Alan Ford responded first, attacking the mayor late on Tuesday.\n\n“The bridge is a "
        "scandal and she knows it,” a senator said."
    )
    assert quote(ex, "The bridge is a scandal").speaker == "a senator"


def test_a_verb_with_an_object_after_an_appositive_is_the_sentences_verb() -> None:
    ex = run(
        INTRO + "Ann Petrov, the veteran harbour activist, endorsed Lee’s approach on Saturday, saying "
        "“we need to focus on the bridge first.”"
    )
    assert quote(ex, "we need to focus").speaker == "Ann Petrov"


def test_a_participle_appositive_is_still_set_off() -> None:
    # Hard negatives: "led by ..." and "called ..." describe the subject before them.
    ex = run(INTRO + "The residents, led by Ann Petrov, said the plan was “a betrayal of the whole harbour.”")
    assert quote(ex, "a betrayal").speaker == "The residents"
    ex = run(INTRO + "The group, called Harbour First, said the ferry “must run every hour of the day.”")
    assert quote(ex, "must run every hour").speaker == "The group"


def test_a_finite_verb_between_commas_leaves_the_name_before_it() -> None:
    ex = run(
        INTRO
        + "In early May, the group’s state director, Mike Rubino, reached out to the ferry firm, writing "
        "in an email: “We want to use this as soon as we can.”"
    )
    assert quote(ex, "We want to use").speaker == "Mike Rubino"


# --------------------------------------------------------------------------- more cue forms


def test_a_noun_cue_right_before_the_quote_is_a_verb() -> None:
    ex = run(INTRO + "The ad claims “Whitfield is the mayor you can trust with the bridge.”")
    assert quote(ex, "Whitfield is the mayor").speaker == "The ad"
    ex = run(INTRO + "The council report states: “Costs rose by half in two years.”")
    assert quote(ex, "Costs rose").speaker == "The council report"


def test_a_noun_cue_after_a_possessive_stays_a_noun() -> None:
    # Hard negative: "the mayor’s calls" are calls, not a verb with the mayor's words after it.
    ex = run(INTRO + "The mayor’s calls “for calm and patience from everyone” went unheeded.")
    assert all(q.speaker is None for q in ex.quotes)


def test_a_cue_after_and_and_an_adverb_of_time() -> None:
    ex = run(
        INTRO + "Tom Ruiz opened the debate when he brought up the ferry and later said, “It is not just the "
        "bridge that failed.”"
    )
    assert quote(ex, "It is not just").speaker == "Tom Ruiz"


def test_a_person_description_speaks_with_any_verb_after_the_quote() -> None:
    ex = run(
        INTRO + "“Mayor Whitfield, let me help you out: the answer is no,” the Republican vice-presidential "
        "nominee riffed on the mayor’s answer."
    )
    assert quote(ex, "Mayor Whitfield, let me").speaker_mention == "the Republican vice-presidential nominee"


def test_a_body_that_is_no_person_does_not_speak_with_any_verb() -> None:
    # Hard negative: a committee voting after a quote is no attribution of it.
    ex = run(
        INTRO + "“Mayor Whitfield, let me help you out: the answer is no,” the committee voted on Tuesday."
    )
    assert quote(ex, "Mayor Whitfield, let me").speaker is None


def test_a_quote_after_a_pronouns_report_goes_on_with_it() -> None:
    ex = run(
        INTRO
        + "Ann Petrov spoke for the harbour group.\n\nIn response to the charge that she had been weak on "
        "the ferry, she said she and Lee had made progress against the odds. “I really believe the council "
        "has done a fine job.”"
    )
    assert quote(ex, "I really believe").speaker == "Ann Petrov"


def test_a_quote_after_a_pronoun_that_names_someone_else_is_left() -> None:
    # Hard negative: the sentence before names another person after its pronoun.
    ex = run(
        INTRO
        + "Ann Petrov spoke for the harbour group.\n\nShe said Tom Ruiz had made progress. “Nobody will "
        "miss the old boat.”"
    )
    assert quote(ex, "Nobody will miss").speaker is None


def test_a_noun_cue_as_an_object_right_before_the_quote_stays_a_noun() -> None:
    # Hard negative: "the two harbour reports" is what Ruiz called something, not a verb.
    ex = run(
        INTRO + "Late last month, Tom Ruiz wrote a long letter to the mayor, calling the two harbour reports "
        "“inaccurate and deliberately misleading.”"
    )
    assert quote(ex, "inaccurate").speaker == "Tom Ruiz"
