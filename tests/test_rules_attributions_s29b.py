"""Three confident wrong attributions (session 29, s29-att2): a verb of attitude whose noun-phrase object was taken
for a claim ("criticised the auction" -> "The auction."), a relative "which" after a coordination resolved to the first
conjunct, and a person "who asked not to be named" typed other. Sentences of our own, hard negatives first."""

from __future__ import annotations

from tests.rules_support import local_news_pairs as pairs
from tests.rules_support import local_news_types as typed

# --------------------------------------------------------------------------- a verb of attitude and its object


def test_attitude_verbs_of_judgement_keep_their_object() -> None:
    """A guard, hard negatives: the verbs of judgement keep their claims (the convention of sessions 10-22)."""
    assert pairs("Lighthouse keepers criticised the auction.") == [("Lighthouse keepers", "The auction.")]
    assert ("Parents", "It would leave the village without a bank.") in pairs(
        "Parents condemned the closure, saying it would leave the village without a bank."
    )
    assert pairs("The keepers blamed high winds for the lost lamp.") == [
        ("The keepers", "High winds are to blame for the lost lamp.")
    ]


def test_courtesies_with_only_a_noun_phrase_claim_nothing() -> None:
    """ "X thanked the volunteers in a short statement.": a courtesy to someone, no claim (before: "The volunteers in a
    short statement.")."""
    assert pairs("The harbour master's widow thanked the volunteers in a short statement.") == []
    assert pairs("The bank's chief executive thanked staff at the closing branches.") == []
    assert pairs("The shipping line congratulated the salvage crew.") == []


def test_courtesies_with_a_that_clause_or_a_quote_still_report() -> None:
    """A guard: "thanked ... that" and a courtesy with a quoted judgement keep a claim."""
    assert pairs("The school thanked parents, saying the outbreak was now under control.") == [
        ("The school", "The outbreak was now under control.")
    ]


# --------------------------------------------------------------------------- an unnamed person in an appositive


def test_a_named_person_with_an_appositive_keeps_its_type() -> None:
    """A guard, hard negatives: an appositive that says nothing of anonymity types nothing."""
    assert typed(
        "Dana Whitcombe, who runs a cafe by the harbour, said the containers arrived overnight."
    ) == [("Dana Whitcombe", "person")]
    assert (
        typed("One parent, who has two children at the school, said the warning came late.")[0][1]
        != "anonymous"
    )


def test_an_appositive_asking_not_to_be_named_makes_the_source_anonymous() -> None:
    """ "One grower, who asked not to be named, said ...": anonymous (before: other or person)."""
    assert typed(
        "One parent, who asked not to be named, said the school had been slow to warn families."
    ) == [("One parent", "anonymous")]
    assert (
        typed("A school nurse, who asked not to be identified, said three classes had been sent home.")[0][1]
        == "anonymous"
    )


# --------------------------------------------------------------------------- a relative after a coordination


def test_a_relative_after_one_noun_phrase_keeps_its_head() -> None:
    """A guard, hard negatives: one noun phrase before ", which it said" is the claim's subject."""
    assert ("The council", "The price of vaccines had doubled since 2022.") in pairs(
        "The council blamed the price of vaccines, which it said had doubled since 2022."
    )


def test_a_relative_after_a_coordination_takes_the_nearest_conjunct() -> None:
    """ "blamed a fall in sugar prices and the cost of energy, which it said had tripled": the cost tripled (before:
    "The fall had tripled since 2021.")."""
    got = pairs(
        "The bakery blamed a fall in flour sales and the cost of energy, which it said had tripled since 2021."
    )
    assert ("The bakery", "The cost of energy had tripled since 2021.") in got
    assert all(not c.startswith("The fall") for _s, c in got)
    got = pairs(
        "The ferry firm cited a drop in bookings or the price of diesel, which it said had doubled this year."
    )
    assert all(not c.startswith("The drop") for _s, c in got)
