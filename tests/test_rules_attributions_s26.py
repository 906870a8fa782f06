"""Who said it (session 26): the confident wrong answers left from session 25 and the kinds dev22 shows, by mechanism.
Sentences of our own, each kind with hard negatives first."""

from __future__ import annotations

from schemas import Attribution, Extraction
from tests.rules_support import rules

# Two women, so that a wrong "she" has somewhere to go.
INTRO = "Harbour pilot Ruth Okafor and Mayor Dana Whitfield met on Monday.\n\n"


def run(body: str) -> Extraction:
    return rules("Harbour news\n\n" + INTRO + body, "2024-05-02")


def atts(body: str) -> list[Attribution]:
    return list(run(body).attributions)


def by_cue(body: str, cue_start: str) -> list[Attribution]:
    return [a for a in atts(body) if a.cue.lower().startswith(cue_start)]


# --------------------------------------------------------------------------- a body described by whom it represents


def test_a_plain_subject_before_its_cue_stays_itself() -> None:
    """A guard, hard negatives: a source with no relative before it keeps its own words ("Prison officers said"),
    and a claim's "that" is no relative ("the warning that officers said ...": "officers" speak)."""
    (a,) = by_cue("Prison officers said the fence was damaged.", "said")
    assert a.source == "Prison officers"
    (a,) = by_cue("Two doctors at the clinic said the wards were full.", "said")
    assert a.source == "Two doctors at the clinic"


def test_a_body_representing_people_is_the_source_not_the_people() -> None:
    """The lead's sentence (session 25): "A union representing prison officers said it had warned ..." gave the
    source "officers" (anonymous): the subject search stopped at the head noun of what the union represents."""
    (a,) = by_cue("A union representing hospital doctors said the wards were full.", "said")
    assert a.source == "A union representing hospital doctors"
    assert a.source_type == "organization"
    (a,) = by_cue("An association representing senior officials warned that the plan was unfair.", "warned")
    assert a.source == "An association representing senior officials"
    assert a.source_type == "organization"


def test_a_body_with_a_relative_naming_whom_it_represents_is_the_source() -> None:
    """ "The union that represents prison officers said" gave the source "represents prison officers" (person)."""
    (a,) = by_cue("The union that represents harbour pilots said the pay offer was too low.", "said")
    assert a.source == "The union that represents harbour pilots"
    assert a.source_type == "organization"
    (a,) = by_cue("A charity that supports hospital nurses said the wards were full.", "said")
    assert a.source == "A charity that supports hospital nurses"
    assert a.source_type == "organization"


# --------------------------------------------------------------------------- a source's own report inside its claim


def test_a_report_by_someone_else_inside_a_claim_stays_relayed() -> None:
    """A guard, hard negative: a named body reporting inside someone's claim keeps its own attribution, relayed."""
    got = [
        (a.source, a.via)
        for a in atts("The union said the council had warned in March that the fence was weak.")
    ]
    assert ("the council", "The union") in got, got


def test_it_opening_a_bodys_claim_is_that_body_not_one_named_before() -> None:
    """The lead's sentence (session 25): "A union representing prison officers said it had warned in March that the
    fence was damaged." after a sentence naming the Prison Service gave the Service the warning, relayed by the
    union; "it" is the union itself, and its own earlier warning is part of its claim."""
    got = atts(
        "The Coastal Lights Trust said the cottage was sound. "
        "A charity representing lighthouse keepers said it had warned in 2019 that the tower was cracked."
    )
    assert [a.source for a in got if a.cue.startswith("warned")] == [], [(a.source, a.cue) for a in got]
    assert any(a.claim.startswith("It had warned in 2019") for a in got), [a.claim for a in got]


# --------------------------------------------------------------------------- warning someone to do something


def test_a_warning_that_something_is_so_stays_a_statement() -> None:
    """A guard, hard negatives: "warned that ..." and "warned the bank that its plan to close branches was unlawful"
    are statements; no "should" is written into them."""
    (a,) = by_cue("The coastguard warned that the containers could drift ashore.", "warned")
    assert a.claim == "The containers could drift ashore."
    (a,) = by_cue("The regulator warned the bank that its plan to close branches was unlawful.", "warned")
    assert a.claim == "Its plan to close branches was unlawful."
    (a,) = by_cue("Economists warned the scheme to cut fares would backfire.", "warned")
    assert a.claim == "The scheme to cut fares would backfire."


def test_a_warning_to_do_something_is_what_the_addressee_should_do() -> None:
    """The lead's sentences: "Police have warned the public not to approach them." gave the claim "Not to approach
    them."; "the coastguard warned fishing vessels to watch for debris" gave "Fishing vessels to watch for debris."
    The sets' gold writes a warning to do something as what the addressee should do."""
    (a,) = by_cue("Harbour police have warned the public not to touch the drums.", "warned")
    assert a.claim == "The public should not touch the drums."
    (a,) = by_cue("The coastguard warned small boats to stay in port on Friday.", "warned")
    assert a.claim == "Small boats should stay in port on Friday."


# --------------------------------------------------------------------------- a cue inside a relative clause


def test_a_relative_with_its_own_subject_keeps_its_claim() -> None:
    """A guard, hard negative: "the plan, which the union said that ..." is no gap; "said that the plan would cost
    jobs" is a plain claim."""
    (a,) = by_cue("The union said that the plan would cost jobs.", "said")
    assert a.claim == "The plan would cost jobs."


def test_a_cue_inside_a_relative_claims_of_the_relatives_head() -> None:
    """The lead's sentence: "..., a move that fishing groups said would cost hundreds of jobs." gave the claim "Would
    cost hundreds of jobs." (or the sentence before the relative); the claim's subject is the relative's head."""
    (a,) = by_cue(
        "The bank will shut 40 branches next year, a decision that the union said would leave towns without a cash "
        "machine.",
        "said",
    )
    assert a.source == "the union"
    assert a.claim == "The decision would leave towns without a cash machine."
    (a,) = by_cue(
        "The closure of the ferry route, which the union said would cut the island off for weeks, was approved.",
        "said",
    )
    assert a.claim == "The closure of the ferry route would cut the island off for weeks."


# --------------------------------------------------------------------------- the lead's notes (session 26)


def test_a_claim_with_a_later_that_keeps_its_own_opening() -> None:
    """The lead's article: "said at least 19 sheep had been killed ..., although it was not clear that a wolf was
    responsible" gave the claim "A wolf was responsible." (the opposite of what was said): "at least ... that" was
    read as a venue before "that". A real venue stays a venue."""
    (a,) = by_cue(
        "The growers' union said at least 12 lambs had died on the hill, although it was not clear that a fox was "
        "to blame.",
        "said",
    )
    assert a.claim.startswith("At least 12 lambs had died"), a.claim
    (a,) = by_cue("Okafor said at a briefing on Monday that the pier would reopen.", "said")
    assert a.claim == "The pier would reopen."


def test_a_participle_after_a_closing_cue_is_the_closing_sources() -> None:
    """The lead's article: "Two of the lost containers held lithium batteries, the company said, adding that ..."
    gave the second attribution the source "Two of the lost containers held lithium batteries"."""
    got = by_cue(
        "Three of the lost drums held solvent, the shipping line said, adding that it did not yet know what the rest "
        "held.",
        "adding",
    )
    assert [a.source for a in got] == ["the shipping line"], [a.source for a in got]


def test_a_financial_result_reported_names_no_source_after_the_cue() -> None:
    """The lead's article: "Palladium, bought by a fund in 2022, reported a pre-tax loss of £11.3m last year" gave the
    source "a pre-tax loss" and the claim "Palladium, ...". A guard: "reported profits had fallen" is a clause."""
    got = atts("Harbour Foods, bought by a private fund in 2021, reported a pre-tax loss of £4.2m last year.")
    assert not any("loss" in a.source or a.claim.startswith("Harbour Foods, bought") for a in got), got
    (a,) = by_cue("Harbour Foods reported that profits had fallen by 10%.", "reported")
    assert a.claim == "Profits had fallen by 10%."


def test_a_change_after_a_closing_cues_time_belongs_to_the_claim_before() -> None:
    """The lead's article: "Fourteen children ... have caught measles, health officials said on Friday, up from five a
    week ago." gave the claim "Up from five a week ago."."""
    (a,) = by_cue(
        "Nine pupils at the harbour school have caught mumps, officials said on Friday, up from two.", "said"
    )
    assert a.claim.startswith("Nine pupils at the harbour school have caught mumps"), a.claim


def test_a_complaint_with_only_its_time_is_no_claim() -> None:
    """The lead's article: "The family ... complained first in March 2024." gave the claim "First in March 2024."."""
    assert by_cue("The tenants complained first in March 2024.", "complained") == []
    (a,) = by_cue("The tenants complained that the flats were damp.", "complained")
    assert a.claim == "The flats were damp."


def test_a_promise_ends_before_what_became_of_it() -> None:
    """The lead's article: "said the government had promised in 2023 to end two-year waits ... and had failed" gave
    the promise the claim "To end two-year waits ... and had failed."."""
    got = by_cue(
        "Okafor said the council had promised in 2022 to repair the pier and had failed.", "promised"
    )
    assert [a.claim for a in got] and not any("failed" in a.claim for a in got), [a.claim for a in got]


def test_a_participle_after_a_clause_is_its_subjects() -> None:
    """The lead's article: "Two large shareholders had written to the chairman in October calling for a review of the
    company's strategy, according to people familiar with the matter." gave the source "Two large shareholders had
    written to the chairman in October" and a claim running over ", according to ..."."""
    got = by_cue(
        "Three harbour pilots had written to the board in May calling for a review of the pilotage fees, according to "
        "people familiar with the matter.",
        "calling",
    )
    assert [(a.source, a.claim) for a in got] == [
        ("Three harbour pilots", "A review of the pilotage fees.")
    ], [(a.source, a.claim) for a in got]


def test_a_relatives_head_is_the_noun_phrase_not_the_clause_before_it() -> None:
    """Review of session 26: "The council approved a plan that unions said would cost 300 jobs." gave the claim "The
    council approved a plan would cost 300 jobs."; the head is the noun phrase after the verb, without a time."""
    (a,) = by_cue("The board backed a scheme that teachers said would cut 40 posts.", "said")
    assert a.claim == "The scheme would cut 40 posts."
    (a,) = by_cue(
        "Ministers backed a scheme on Monday that teachers said would cut 40 posts and that parents called unfair.",
        "said",
    )
    assert a.claim == "The scheme would cut 40 posts."


def test_whom_a_statement_was_told_is_no_part_of_it() -> None:
    """Review of session 26: "The regulator told the bank its plan to close branches was unlawful." gave the claim
    "The bank its plan to close branches was unlawful."."""
    (a,) = by_cue("The inspector told the school its plan to shut the pool was unsafe.", "told")
    assert a.claim == "Its plan to shut the pool was unsafe."


def test_a_time_clause_before_that_is_still_a_venue() -> None:
    """Review of session 26 (a guard): "said after the meeting had ended that ..." and "said on Tuesday, as the talks
    were adjourned, that ..." keep their claims after "that"."""
    (a,) = by_cue("The union said after the vote had closed that the strike would go ahead.", "said")
    assert a.claim == "The strike would go ahead."
    (a,) = by_cue("The council said on Tuesday, as the talks were adjourned, that no deal was close.", "said")
    assert a.claim == "No deal was close."


def test_a_represented_source_opens_at_its_determiner() -> None:
    """Review of session 26: "In Leeds a charity supporting nurses said ..." gave the source "In Leeds a charity
    supporting nurses"."""
    (a,) = by_cue("In Harbourton a charity supporting carers said the cuts would hurt patients.", "said")
    assert a.source == "a charity supporting carers"
