"""Speech attributions the rules still missed or credited to the wrong source (issue 14, session 10): kinds
read by structure from half of PolNeAR's train misses (the other half held back to check that a change
generalises), one test per kind, on sentences written here (never the corpus's), each with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import attribution_pairs as pairs
from tests.rules_support import attribution_sources as sources
from tests.rules_support import run_headlined as run

# The people the later sentences speak of, so the book knows the names as someone.
INTRO = "Mayor Ruth Okafor and harbour pilot Tom Ruiz met on Monday. "


# --------------------------------------------------------------------------- the subject opening the sentence


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # An opener set off by a comma, then a lower-case subject and an adverb before the cue.
        (
            INTRO + "By a slim margin, harbour pilots also said that the levy would hurt the port.",
            "harbour pilots",
            "The levy would hurt the port.",
        ),
        # A modal and an adverb between the subject and its cue.
        (
            INTRO + "In the end, ferry captains will also argue that the levy is unfair.",
            "ferry captains",
            "The levy is unfair.",
        ),
        # A sentence adverb alone before the subject.
        (
            INTRO + "Indeed, supporters of a tougher levy say there is a direct link between the storms and "
            "the losses.",
            "supporters of a tougher levy",
            "There is a direct link between the storms and the losses.",
        ),
        # An aside in double hyphens, which is no dateline.
        (
            INTRO + "The three pilots -- Ann Lee, Bo Diaz and Kim Park -- said there are safer routes "
            "through the bay.",
            "The three pilots",
            "There are safer routes through the bay.",
        ),
        # A manner adverb after a paired aside.
        (
            INTRO + "Dockers -- including Ann Lee -- quickly accused Ruiz of lying about the levy.",
            "Dockers",
            "Ruiz of lying about the levy.",
        ),
    ],
)
def test_the_opening_subject_after_an_opener_an_aside_or_an_auxiliary(
    body: str, source: str, claim: str
) -> None:
    assert (source, claim) in pairs(body)


def test_a_preposition_of_a_subject_links_its_last_noun_to_the_head() -> None:
    # Before, "the ferry levy" (the last noun) was the source.
    body = (
        INTRO
        + "Organizers of the march against the ferry levy said they are worried the council could pass it."
    )
    assert sources(body) == ["Organizers of the march against the ferry levy"]


@pytest.mark.parametrize(
    "body",
    [
        # An adverb in -ly opening a clause is no opener of a subject ("Only" ... ", secretary of state").
        INTRO + "Only one of those jobs needs real experience, secretary of state.",
        # A possessive after an opening preposition is no subject of "proposed".
        INTRO + "With his proposed levy on ferries, the mayor is losing friends.",
        # A place opening the sentence with a dash is a dateline, not the subject.
        "DOVER -- The levy passed on Monday.",
    ],
)
def test_no_opening_subject_from_an_adverb_a_possessive_or_a_dateline(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- coordinated cues and "another"


def test_a_coordinated_cue_after_an_auxiliary_keeps_the_subject() -> None:
    body = INTRO + "Ruiz backed the levy at first but has since said he now believes it should be repealed."
    assert ("Tom Ruiz", "Tom Ruiz now believes it should be repealed.") in pairs(body)


def test_no_coordinated_cue_after_a_noun_in_ly() -> None:
    # "family" ends in -ly but is the subject, not an adverb after "and".
    body = INTRO + "Friends and family said the pilot had warned them about the storm."
    assert all(s != "Tom Ruiz" for s in sources(body))


def test_another_answers_one_after_while() -> None:
    body = INTRO + "One firm says the port lost money, while another says it made a profit."
    assert ("another", "It made a profit.") in pairs(body)


def test_another_as_a_determiner_is_no_source_alone() -> None:
    body = INTRO + "Okafor said another vote would follow in May."
    assert sources(body) == ["Ruth Okafor"]


def test_had_after_and_stays_inside_the_claim_before() -> None:
    # "had warned" goes on with what the dam company said; it is no second cue of its own. (Since session 20 the
    # company, a name with a "which" clause before its cue, is an organisation, so its claim's "it" is named.)
    body = (
        INTRO
        + "Hydra, which runs the dam, said it had released water and had warned local officials about two hours in advance."
    )
    assert [c for _s, c in pairs(body)] == [
        "Hydra had released water and had warned local officials about two hours in advance."
    ]


# --------------------------------------------------------------------------- the clause's noun phrase before a participle


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        # A quantity "of" people marching, then the participle of what they chanted.
        (
            INTRO
            + "Hundreds of angry workers marched through the town on Monday, chanting that the levy must go.",
            "Hundreds of angry workers",
            "The levy must go.",
        ),
        # A group filing a lawsuit, then what it alleges.
        (
            INTRO + "A group of residents have filed a lawsuit against the council, alleging that the levy "
            "breaks the law.",
            "A group of residents",
            "The levy breaks the law.",
        ),
        # An aside between the name and its verb.
        (
            INTRO
            + "Okafor, particularly in the last days of the race, has preached calm, claiming she alone "
            "can unite the town.",
            "Ruth Okafor",
            "Ruth Okafor alone can unite the town.",
        ),
    ],
)
def test_a_participle_continues_the_noun_phrase_opening_its_clause(
    body: str, source: str, claim: str
) -> None:
    assert (source, claim) in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        # A thing that cannot speak opens the clause.
        INTRO + "The old harbour wall collapsed on Monday, prompting fears that the pier would follow.",
        # A crowd of things is no group of speakers.
        INTRO + "Hundreds of old boats lined the harbour on Monday, alleging nothing of the kind.",
    ],
)
def test_no_participle_source_from_a_thing_or_a_place(body: str) -> None:
    assert all(s not in ("The old harbour wall", "Hundreds of old boats") for s in sources(body))


# --------------------------------------------------------------------------- whole subjects


def test_a_participle_inside_the_subject_links_its_object_to_the_head() -> None:
    # Before, "the levy" (the participle's object) was the source.
    body = INTRO + "Harbour council members backing the levy have said they think it will pass."
    # (session 33: a bare plural names its "they", as the gold writes such claims: session 19's convention)
    assert ("Harbour council members", "Harbour council members think it will pass.") in pairs(body)


def test_during_is_no_participle_of_the_subject() -> None:
    body = INTRO + "Pilots during the meeting said the levy was unfair."
    assert ("Pilots", "The levy was unfair.") in pairs(body)


def test_a_share_keeps_its_modifier() -> None:
    body = INTRO + "Nearly a third said they did not know."
    assert sources(body) == ["Nearly a third"]


def test_a_possessive_before_a_participle_cue_is_not_extended() -> None:
    # "Ruiz's reported net worth": "reported" is an adjective here, and the words before it no subject.
    body = INTRO + "The shares make up only a small part of Ruiz's reported net worth."
    assert all(not s.startswith("The shares") for s in sources(body))


# --------------------------------------------------------------------------- forms missing from the cue table


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (INTRO + "The audit concludes that the port lost money.", "The audit", "The port lost money."),
        (INTRO + "The report underscores that the pier is unsafe.", "The report", "The pier is unsafe."),
        (INTRO + "Okafor recognized that the levy had failed.", "Ruth Okafor", "The levy had failed."),
        (
            INTRO + "Okafor spoke for an hour, admitting that the levy was a mistake.",
            "Ruth Okafor",
            "The levy was a mistake.",
        ),
    ],
)
def test_present_and_ing_forms_with_that(body: str, source: str, claim: str) -> None:
    assert (source, claim) in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        # Without "that" these forms are no reports.
        INTRO + "The concert concludes the season.",
        INTRO + "Ruiz recognized the new harbour master at once.",
        INTRO + "The underscored words were printed in red.",
    ],
)
def test_the_new_forms_need_that(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- no inverted speaker after a participle


def test_a_name_after_an_ing_cue_is_its_object_not_its_speaker() -> None:
    # Before, "Ruiz" (whom she blasted) was taken as the speaker of "Okafor hit back".
    body = INTRO + "Okafor hit back, blasting Ruiz for lying about the levy."
    assert "Tom Ruiz" not in sources(body)


def test_an_inverted_speaker_after_a_plain_cue_still_speaks() -> None:
    body = INTRO + "The levy will stay, said Ruiz."
    assert ("Tom Ruiz", "The levy will stay.") in pairs(body)


def test_a_clause_with_a_contracted_pronoun_after_an_opener_is_no_appositive() -> None:
    # Before, "Since May" was read as a name with "she's tacked ..." as its appositive.
    body = INTRO + "Since May, she's tacked to the left on the levy, criticizing the new pier."
    assert "Since May" not in sources(body)
    assert ("Ruth Okafor", "The new pier.") in pairs(body)


def test_the_clause_subject_before_an_adverb_speaks() -> None:
    body = (
        INTRO + "Okafor instead delivered her usual speech, decrying the influence of money in the harbour."
    )
    assert ("Ruth Okafor", "The influence of money in the harbour.") in pairs(body)


# --------------------------------------------------------------------------- documents that show


def test_a_document_shows_across_an_aside() -> None:
    body = (
        INTRO + "A Ledger poll, conducted with Harbour Research, shows Okafor with 47 percent against Ruiz."
    )
    assert ("A Ledger poll", "Okafor with 47 percent against Ruiz.") in pairs(body)


def test_polls_showing_a_determined_noun_phrase() -> None:
    body = (
        INTRO
        + "Okafor will need their votes, with recent polls showing a tightening of the race against Ruiz."
    )
    assert ("recent polls", "A tightening of the race against Ruiz.") in pairs(body)


@pytest.mark.parametrize(
    "body",
    [
        # A document opening the sentence: "showing" may be inside its subject, the verb the sentence's.
        INTRO + "Survey results showing a lead were published on Monday.",
        # No document before "showing".
        INTRO + "Dockers showing the strain walked out.",
        # An aside that is a clause of someone else's: the poll closing is no document's finding.
        INTRO + "The poll closed, and pilots, who were angry, found a new leader.",
    ],
)
def test_no_document_finding_without_a_document_before(body: str) -> None:
    assert all(a.cue not in ("showing", "found") for a in run(body).attributions)


# --------------------------------------------------------------------------- progressive cues


def test_the_perfect_progressive_keeps_the_subject_whole() -> None:
    # Before, "been" was taken as the head of the subject: "The pilots have been".
    body = INTRO + "The pilots have been arguing that the levy is unfair."
    assert ("The pilots", "The levy is unfair.") in pairs(body)


def test_a_progressive_after_a_plural_subject() -> None:
    body = INTRO + "Harbour pilots are warning that the pier will fail."
    assert ("Harbour pilots", "The pier will fail.") in pairs(body)


def test_a_passive_perfect_is_no_report_of_its_subject() -> None:
    # "has been told": Ruiz heard it.
    body = INTRO + "Ruiz has been told that the pier would fail."
    assert "Tom Ruiz" not in sources(body)


def test_an_expletive_subject_names_no_one() -> None:
    # "been" is read past now; "There" must not become the source of an adjectival "telling".
    body = INTRO + "There have been telling signs that the pier is failing."
    assert all(s.lower() != "there" for s in sources(body))
