"""Speech attributions whose source or claim stood further from the cue (issue 14, session 6): kinds
the rules missed on PolNeAR's train split, one test per kind, on sentences written here (never the
corpus's), each with hard negatives beside it."""

from __future__ import annotations

import pytest

from tests.rules_support import one, rules
from tests.rules_support import run_headlined as run

# --------------------------------------------------------------------------- between subject and cue


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # Manner adverbs in -ly, time and frequency words after an auxiliary.
        (
            "The dockers' union has traditionally argued that the port should stay public.",
            "The dockers' union",
            "The port should stay public.",
        ),
        (
            "Mrs. Okafor has since said she would back a levy on ferries.",
            "Okafor",
            "She would back a levy on ferries.",
        ),
        ("Okafor strongly denounced the new levy on ferries.", "Okafor", "The new levy on ferries."),
        ("The ferry company had long insisted that the timetable was safe.", "The ferry company", None),
        # A state in parentheses after a name, as the party-and-state tag is.
        ("Sen. Ruth Okafor (Ohio) has said she would vote against the levy.", "Ruth Okafor", None),
    ],
)
def test_adverbs_and_tags_between_subject_and_cue(body: str, source: str, claim: str | None) -> None:
    a = one(body)
    assert a.source == source, a
    if claim is not None:
        assert a.claim == claim, a


def test_a_contracted_auxiliary_keeps_its_pronoun() -> None:
    ex = run("Ruth Okafor chairs the harbour board. She’s argued for years that the levy is illegal.")
    assert [(a.source, a.claim) for a in ex.attributions] == [("Ruth Okafor", "The levy is illegal.")]


@pytest.mark.parametrize(
    "body",
    [
        # A noun in -ly is no adverb: the rally, the family and the ally are the speakers' own words.
        "Supporters at the rally said the port should stay open.",
        "Her family said the ferry should keep running.",
    ],
)
def test_nouns_in_ly_stay_in_the_subject(body: str) -> None:
    a = one(body)
    assert a.source.split()[-1] in ("rally", "family"), a


# --------------------------------------------------------------------------- long appositives


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "Okafor, the No. 2 Democrat in the council, said the chamber will vote on Monday.",
            "Okafor",
            "The chamber will vote on Monday.",
        ),
        (
            "Ruth Okafor, a ferry pilot from Harbourton, Ore., who sits on the port board, said she already earned "
            "overtime.",
            "Ruth Okafor",
            "Ruth Okafor already earned overtime.",
        ),
    ],
)
def test_a_long_appositive_after_the_opening_name(body: str, source: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.claim) == (source, claim)


def test_the_claims_subject_is_never_taken_for_an_inverted_source() -> None:
    # Before this session "the chamber" after the cue was read as "..., said the chamber".
    ex = run("Okafor, the No. 2 Democrat in the council, said the chamber will vote on Monday.")
    assert all(a.source != "the chamber" for a in ex.attributions)
    # An inverted source after a closed claim is still one.
    a = one("The vote will be close on Monday, said Ruth Okafor.")
    assert a.source == "Ruth Okafor" and a.claim == "The vote will be close on Monday."


def test_a_clause_between_commas_is_no_appositive() -> None:
    # "the port was closed" has a finite verb: a claim, and organizers said it.
    a = one("Okafor, the port was closed, organizers said.")
    assert a.source == "organizers"


# --------------------------------------------------------------------------- "As X reported, CLAIM"


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "As the Harbour Ledger reported, the council would need 55 percent of the votes to pass the levy.",
            "Harbour Ledger",
            "The council would need 55 percent of the votes to pass the levy.",
        ),
        (
            "As reported by the Harbour Ledger, investigators found 200 emails on the server.",
            "Harbour Ledger",
            "Investigators found 200 emails on the server.",
        ),
        (
            "As Okafor noted, the dockers could still be fined for the strike.",
            "Okafor",
            "The dockers could still be fined for the strike.",
        ),
        (
            "As the Ledger wrote, even on Friday morning, the council was refusing to call it a strike.",
            "Ledger",
            "The council was refusing to call it a strike.",
        ),
    ],
)
def test_an_as_clause_names_the_source_of_what_follows(body: str, source: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.claim) == (source, claim)
    assert run(body).provenance[a.id].rule == "attributions.as_clause"


@pytest.mark.parametrize(
    "body",
    [
        "As expected, the council passed the levy on Monday.",  # no one said it
        "As Okafor walked in, the dockers cheered loudly for him.",  # "as" of time, no cue
        "As the ferry showed, the crossing can be made in an hour.",  # "showed" is no speech
    ],
)
def test_as_clauses_without_a_speech_cue_report_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- addressees before "that"


def test_a_long_addressee_before_that() -> None:
    a = one("Okafor told the audience at her fundraiser for veterans that nothing could change her mind.")
    assert (a.source, a.claim) == ("Okafor", "Nothing could change her mind.")


def test_a_relative_that_after_an_addressee_opens_no_claim() -> None:
    ex = run("Okafor told the man that owned the shop to leave.")
    assert all(not a.claim.startswith("Owned") for a in ex.attributions)


# --------------------------------------------------------------------------- naming verdicts


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        # Session 18: what a thing is called, as a sentence (SPEC: a standalone sentence).
        ("Okafor called the council’s suspension “arbitrary.”", "The council’s suspension is arbitrary."),
        (
            "The mayor praised Okafor, who has called the levy an obvious fraud.",
            "The levy is an obvious fraud.",
        ),
        # Session 18: what the addressee is called upon to do, as a sentence (SPEC: a standalone sentence).
        (
            "Okafor called upon the mayor to restart the ferry service.",
            "The mayor should restart the ferry service.",
        ),
    ],
)
def test_naming_and_calling_forms(body: str, claim: str) -> None:
    ex = run(body)
    assert claim in [a.claim for a in ex.attributions], ex.attributions


@pytest.mark.parametrize(
    "body",
    [
        "The ferry company’s new boat, called “Harbour Star,” sails on Monday.",
        "A group called the Dockers Union met on Monday.",
    ],
)
def test_naming_without_a_verdict_reports_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- manner verbs after a plain plural


def test_a_manner_verb_after_a_capitalised_plural() -> None:
    a = one("Harbour scholars caution that high turnout does not mean a win in November.")
    assert (a.source, a.claim) == ("Harbour scholars", "High turnout does not mean a win in November.")


# --------------------------------------------------------------------------- headlines are body


def test_a_headline_reports_as_the_body_does() -> None:
    text = "Okafor vows to keep the port open after the vote\n\nRuth Okafor spoke to dockers on Monday."
    ex = rules(text, "2022-03-10")
    assert [(a.source, a.claim) for a in ex.attributions] == [
        ("Ruth Okafor", "Ruth Okafor will keep the port open after the vote.")  # a sentence (session 18)
    ]


def test_a_headline_repeated_by_the_body_is_one_item_with_two_spans() -> None:
    text = (
        "Harbour filters cut asthma attacks, study finds\n\n"
        "A study published on Tuesday found that harbour filters cut asthma attacks among dockers."
    )
    ex = rules(text, "2022-03-10")
    (a,) = ex.attributions
    assert len(a.evidence) == 2 and a.evidence[0].start == 0, a
    assert a.claim.startswith("Harbour filters cut asthma attacks among dockers"), a


def test_a_headline_the_body_does_not_repeat_stays_its_own_item() -> None:
    text = "Okafor vows to keep the port open\n\nA study published on Tuesday found that ferries run late."
    ex = rules(text, "2022-03-10")
    assert sorted(len(a.evidence) for a in ex.attributions) == [1, 1]


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour council vote on the port levy",  # no cue
        "Ferry called Harbour Star sails again",  # naming, no verdict
        "Dockers told to expect delays",  # passive: no one named tells
    ],
)
def test_a_headline_without_a_report_gives_nothing(headline: str) -> None:
    text = headline + "\n\nRuth Okafor spoke to dockers on Monday."
    ex = rules(text, "2022-03-10")
    assert ex.attributions == []


# --------------------------------------------------------------------------- every inflection of a cue


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Ruth Okafor spoke for an hour on Monday, urging voters to reject the levy.", "urging"),
        ("Ruth Okafor is declaring that she won the vote on the port levy.", "declaring that"),
        (
            "Ruth Okafor met the dockers on Monday, recalling that the port was closed last year.",
            "recalling that",
        ),
        ("Ruth Okafor answered questions on Monday, describing the levy as a tax on work.", "describing"),
    ],
)
def test_participles_and_bare_forms_of_known_cues(body: str, cue: str) -> None:
    a = one(body)
    assert (a.source, a.cue) == ("Ruth Okafor", cue)


@pytest.mark.parametrize(
    "body",
    [
        "The mayor sent threatening letters to the dockers.",  # an adjective
        "Ruth Okafor plans to write a book about the strike.",  # writing, not a claim
        "The recall election is on Monday.",  # a noun
        "He gave a revealing interview to the Ledger.",  # an adjective
    ],
)
def test_completed_forms_in_another_sense_report_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- verb chains before the cue


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "Ruth Okafor took to the radio on Monday to deny that the port would close.",
            "Ruth Okafor",
            "The port would close.",
        ),
        (
            "Ruth Okafor appeared to imply that the mayor could lose the vote.",
            "Ruth Okafor",
            "The mayor could lose the vote.",
        ),
        ("The union began by praising the mayor for keeping the port open.", "The union", None),
        (
            "“We will win,” said Ruth Okafor, suggesting that the levy would pass.",
            "Ruth Okafor",
            "The levy would pass.",
        ),
    ],
)
def test_the_subject_of_a_verb_chain_is_the_source(body: str, source: str, claim: str | None) -> None:
    a = one(body)
    assert a.source == source, a
    if claim is not None:
        assert a.claim == claim, a


@pytest.mark.parametrize(
    "body",
    [
        "Ruth Okafor refused to disavow the endorsement of the dockers.",  # a refusal
        "Ruth Okafor did not try to explain the levy to the dockers.",  # negated
        "Ruth Okafor wants to tell voters that the port will stay open.",  # a wish, not yet said
        "Ruth Okafor went to the port to meet the dockers.",  # no cue
    ],
)
def test_chains_that_refuse_negate_or_wish_report_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- objects that are speech


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        # Harsh words from a person about a person or a decision named: speech without a reason.
        ("Ruth Okafor has hammered Delgado throughout the campaign.", "Delgado throughout the campaign."),
        ("Ruth Okafor attacked the mayor's ruling on the port.", "The mayor's ruling on the port."),
        # Things said that are offered.
        ("Ruth Okafor offered no specifics about the levy.", "No specifics about the levy."),
    ],
)
def test_objects_that_are_speech(body: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.claim) == ("Ruth Okafor", claim)


@pytest.mark.parametrize(
    "body",
    [
        "Rebels attacked Harbourton on Monday.",  # no person by name: an assault on a place
        "Ruth Okafor attacked the rock with a hammer.",  # a physical sense
        "Ruth Okafor offered the dockers a job at the port.",  # a thing given
        "Ruth Okafor offered a discount to the dockers.",
        "Tax cuts add that much to the deficit every year.",  # adding an amount
    ],
)
def test_objects_that_are_things_report_nothing(body: str) -> None:
    assert run(body).attributions == []


def test_an_aside_between_the_cue_and_that() -> None:
    a = one("Ruth Okafor now says, however, that the port will stay open.")
    assert (a.source, a.claim) == ("Ruth Okafor", "The port will stay open.")


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Cement makers argue that imports grew to 40 percent of the market.", "Cement makers"),
        (
            "Cement makers, for instance, argue that imports grew to 40 percent of the market.",
            "Cement makers",
        ),
        ("Harbour ferry advocates say they already have promises from the mayor.", "Harbour ferry advocates"),
    ],
)
def test_a_bare_plural_opening_the_sentence(body: str, source: str) -> None:
    assert one(body).source == source


# --------------------------------------------------------------------------- embedded posts


def test_an_embedded_post_is_its_authors_claim() -> None:
    body = (
        "The mayor answered on social media after the vote.\n\n"
        '<tweet id="1234" author="@RuthOkafor" datetime="2022-03-09">The port stays open. The dockers won '
        "tonight. pic.twitter.com/AbCdEf ― Ruth Okafor (@RuthOkafor) March 9, 2022</tweet>.\n\n"
        "The council met again on Friday."
    )
    ex = run(body)
    posts = [a for a in ex.attributions if ex.provenance[a.id].rule == "attributions.post_embed"]
    assert [(a.source, a.claim) for a in posts] == [
        ("Ruth Okafor", "The port stays open. The dockers won tonight.")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # A handle in parentheses without the embed's dash and date names no author of a post.
        "Ruth Okafor (@RuthOkafor) posted a photo of the port on March 9, 2022.",
        # A dash and a date without a handle: a dateline, not a post.
        "The port stays open ― Harbour Ledger, March 9, 2022.",
    ],
)
def test_no_embed_without_dash_name_handle_and_date(body: str) -> None:
    ex = run(body)
    assert all(ex.provenance[a.id].rule != "attributions.post_embed" for a in ex.attributions)


# --------------------------------------------------------------------------- causatives and possessives


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The vote led Ruth Okafor to announce her resignation from the board.", "Ruth Okafor"),
        ("The vote prompted the union to say that the port would close.", "the union"),
    ],
)
def test_the_one_caused_to_speak_is_the_source(body: str, source: str) -> None:
    assert one(body).source == source


@pytest.mark.parametrize(
    "body",
    [
        "The storm forced the ferry to turn back.",  # no cue
        "The council ramped up efforts to admit refugees after the storm.",  # a noun's infinitive
        "The senate has the power to confirm whomever the mayor chooses.",
        "Ruth Okafor had to respond to videos showing her at the port.",  # an obligation
    ],
)
def test_infinitives_that_are_no_speech(body: str) -> None:
    assert run(body).attributions == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        # A possessive opens the claim: only a telling verb has a pronoun for its audience.
        ("Ruth Okafor said her campaign would win the vote.", "Ruth Okafor’s campaign would win the vote."),
        (
            "Ruth Okafor announced her resignation from the board.",
            "Ruth Okafor’s resignation from the board.",
        ),
        ("Ruth Okafor told her the campaign would win the vote.", "The campaign would win the vote."),
        ("Ruth Okafor warned them that the port would close.", "The port would close."),
    ],
)
def test_a_pronoun_after_the_cue_is_an_audience_only_after_telling(body: str, claim: str) -> None:
    assert one(body).claim == claim


# --------------------------------------------------------------------------- subjects the scan did not reach


@pytest.mark.parametrize(
    ("body", "source"),
    [
        # A dateline written with the horizontal bar, as some outlets do.
        (
            "HARBOURTON ― Ruth Okafor’s campaign said it is looking for a new chair for the port board.",
            "Ruth Okafor’s campaign",
        ),
        # A hyphenated head.
        (
            "Appearing on the morning show, the Harbour front-runner said the mayor caused great harm.",
            "the Harbour front-runner",
        ),
        # An irregular plural head.
        (
            "Harbour board spokesmen said the ban kept the port from researching new sites.",
            "Harbour board spokesmen",
        ),
    ],
)
def test_subjects_the_scan_did_not_reach(body: str, source: str) -> None:
    assert one(body).source == source


def test_present_forms_of_harsh_words_in_a_headline_style() -> None:
    a = one("Ruth Okafor blasts Delgado over the port levy.")
    assert (a.source, a.cue) == ("Ruth Okafor", "blasts")
    assert run("The attacks on the port continued through the night.").attributions == []


def test_any_ing_cue_after_a_sourced_report_continues_it() -> None:
    ex = run("“I am open to it,” Ruth Okafor said, talking about her views on the port levy.")
    assert [(a.source, a.claim) for a in ex.attributions] == [
        ("Ruth Okafor", "Ruth Okafor’s views on the port levy.")
    ]
    # Without a report before it, an -ing verb after a comma is no cue of anyone's.
    assert run("The port closed on Monday, leaving dockers without work for weeks.").attributions == []


def test_a_headline_calls_with_single_marks() -> None:
    ex = run("Delgado calls the Okafor plan 'racist' but backs her.")
    assert [a.source for a in ex.attributions] == ["Delgado"]


# --------------------------------------------------------------------------- "according to" sources with periods


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The visit became the high point of their friendship, according to Mr. Rhodes.", "Rhodes"),
        ("According to F.A.A. records, the jet has flown about 333 hours since June.", "F.A.A. records"),
        (
            "According to early results of exit polls conducted for the networks by Harbour Research, most "
            "voters want a change of course.",
            "early results of exit polls conducted for the networks by Harbour Research",
        ),
    ],
)
def test_according_to_sources_with_abbreviations_and_length(body: str, source: str) -> None:
    assert one(body).source == source


def test_according_to_a_plain_source_still_ends_at_its_comma() -> None:
    a = one("The ferry runs late, according to the port authority, and the council agrees.")
    assert a.source == "the port authority" and a.claim == "The ferry runs late."


# --------------------------------------------------------------------------- left from session 5


@pytest.mark.parametrize(
    "body",
    [
        "The gauge indicated that the river had risen two metres overnight.",
        "The thermometer showed that the water was warmer than last year.",
    ],
)
def test_an_instrument_is_no_source(body: str) -> None:
    assert run(body).attributions == []


def test_a_person_who_observes_is_still_a_source() -> None:
    assert one("An election monitor said the vote was fair.").source == "An election monitor"


def test_a_possessive_before_a_number_stays_in_the_source() -> None:
    assert one("His two co-defendants said they had not seen the money.").source == "His two co-defendants"
