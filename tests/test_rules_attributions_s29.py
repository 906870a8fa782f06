"""Attributions and quote speakers on unseen news (session 29): the kinds dev25's first sight lost and our own probe
found (a public health unit, a city's hall, a central bank's "the bank", a body "behind" something, a school named
"... Elementary", a firm named by its trade, a firm joined by an ampersand, a currency code, a station's frequency, a
clause after "said" read as an inverted speaker). Sentences of our own, hard negatives first."""

from __future__ import annotations

from tests.rules_support import local_news_attributions as atts
from tests.rules_support import local_news_pairs as pairs
from tests.rules_support import local_news_types as typed
from tests.rules_support import run_local_news as run


def speakers(body: str) -> list[str | None]:
    return [q.speaker for q in run(body).quotes]


# --------------------------------------------------------------------------- a clause after "said" is no speaker


def test_inverted_speakers_after_a_comma_stay_inverted() -> None:
    """A guard, hard negatives: a claim, a comma, then "said" and a description of who spoke, to the sentence's end."""
    assert typed("Divers raised 300 objects from the wreck, said the newly elected mayor.") == [
        ("the newly elected mayor", "person")
    ]
    assert pairs("The pier will reopen in May, said the harbour master.") == [
        ("the harbour master", "The pier will reopen in May.")
    ]


def test_a_clause_after_said_is_the_claim_of_the_name_before() -> None:
    """ "X, who runs a cafe, said the containers arrived overnight": the name with its appositive is the subject, and
    what follows "said" its claim (before: the source was "the containers arrived overnight")."""
    assert pairs(
        "Dana Whitcombe, who runs a cafe by the harbour, said the containers arrived overnight."
    ) == [("Dana Whitcombe", "The containers arrived overnight.")]
    assert pairs("Ned Oakes, who fishes from the pier, said the nets came loose.") == [
        ("Ned Oakes", "The nets came loose.")
    ]
    assert pairs("The mayor, who owns a boat, said the storm passed quickly.")[0][0] == "The mayor"


# --------------------------------------------------------------------------- source types of public bodies


def test_bodies_that_are_no_public_office_keep_their_type() -> None:
    """Guards: a savings bank and its "the bank" are a firm; a hall that is a venue names no body; a parish council
    stays the state's."""
    assert typed(
        "Northfield Savings Bank said it would close 14 branches. The bank said the branches had lost custom."
    ) == [
        ("Northfield Savings Bank", "organization"),
        ("Northfield Savings Bank", "organization"),
    ]
    assert typed("The parish council said the lighthouse would be sold in June.") == [
        ("The parish council", "government")
    ]


def test_a_public_health_unit_is_government() -> None:
    """ "The Harlow Valley Health Unit said", "The health unit said", "The unit said": a district's public health office
    (before: "other", and "the unit" was left as written)."""
    body = (
        "The Harlow Valley Health Unit said on Tuesday that three children at Greystone Primary had measles. "
        "The health unit said the school would stay open. The unit said it had sent a letter to parents."
    )
    assert [t for _, t in typed(body)] == ["government", "government", "government"]


def test_a_city_hall_is_government() -> None:
    """A city's hall speaks for its council; a town hall that is a venue is none of the state's (review of session 29)."""
    assert typed("A spokesman for Marbourg's city hall said the market would close in March.") == [
        ("A spokesman for Marbourg's city hall", "government")
    ]
    assert typed("A spokesman for Hadley Town Hall, a concert venue, said the gala was cancelled.")[0][1] != (
        "government"
    )


def test_the_bank_after_a_central_bank_is_government() -> None:
    """ "The bank" after "Brevik's central bank said" is the state's bank (before: typed a company)."""
    body = "Brevik's central bank said on Thursday that it would hold rates at 4%. The bank said it had not sold reserves."
    assert [t for _, t in typed(body)] == ["government", "government"]


def test_a_body_behind_something_is_typed_by_its_head() -> None:
    """ "the trust behind the auction", "the community group behind the bid": the head decides (before: "other")."""
    assert typed(
        "Bids for the Cape Orrin lighthouse reached £80,000, the trust behind the auction said."
    ) == [("the trust behind the auction", "organization")]
    assert typed("Villagers raised £90,000 for the ferry, the community group behind the bid said.") == [
        ("the community group behind the bid", "organization")
    ]


# --------------------------------------------------------------------------- names typed by their last word


def test_a_school_named_elementary_is_no_person() -> None:
    """ "Families at one of the schools, Brookfield Elementary, ..., said Tomas Vell ... He called": "he" is the parent,
    not the school (before: the school was typed a person, and the partial quote was given to it)."""
    body = (
        "Families at one of the schools, Brookfield Elementary, had moved their children after the first reports, "
        "said Tomas Vell, who chairs its parent council. He called the fine “far too small.”"
    )
    assert speakers(body) == ["Tomas Vell"]


def test_a_firm_named_by_its_trade_is_an_organisation() -> None:
    """ "Norvia Bikes denied that ...": a firm's name ending in its trade (before: typed a person)."""
    assert typed("Norvia Bikes denied that it was for sale.") == [("Norvia Bikes", "organization")]


def test_it_after_a_person_named_between_is_the_body() -> None:
    """A guard (session 28's left-over): "It" after a person named between goes to the body that spoke, not the
    person."""
    body = (
        "The University of Soledo said on Monday that it would survey the reef. Its dean of science, Marta Ruiz, "
        "said the work would take a year. It has hired two boats, the university said."
    )
    assert [s for s, _ in typed(body)] == ["University of Soledo", "Marta Ruiz", "University of Soledo"]


def test_a_currency_code_is_no_body_for_it() -> None:
    """ "Norvia had CHF 40m in cash, it said": "it" is the firm, not the currency (before: source "CHF")."""
    body = "Norvia Bikes said it would cut 40 jobs. Norvia had CHF 40m in cash at the end of June, it said."
    assert [s for s, _ in typed(body)] == ["Norvia Bikes", "Norvia Bikes"]


# --------------------------------------------------------------------------- a firm joined by an ampersand


def test_a_person_of_a_firm_joined_by_an_ampersand_speaks() -> None:
    """Guards: a person "of" a firm, or after the firm's name and a role, is who speaks (review of session 29: the
    firm was the speaker of the second and third)."""
    assert speakers('"We are thrilled," said Tom Pryce of Olden & Pryce.') == ["Tom Pryce"]
    assert speakers('"We will appeal," said Hale & Co managing partner Jane Hale.') == ["Jane Hale"]
    assert speakers('"This is a disaster," said Olden & Pryce partner Tom Olden.') == ["Tom Olden"]


def test_a_firm_joined_by_an_ampersand_is_a_quote_speaker() -> None:
    """The quote's speaker is the firm's whole name, as the attribution's source is (before: "Pryce" or "Olden"), and
    the firm stays an organisation."""
    assert speakers('"We are thrilled," said Olden & Pryce.') == ["Olden & Pryce"]
    assert speakers('"We are thrilled," Olden & Pryce said in a statement.') == ["Olden & Pryce"]
    body = 'Olden & Pryce said it was "thrilled by the interest."'
    assert speakers(body) == ["Olden & Pryce"]
    assert typed(body) == [("Olden & Pryce", "organization")]


# --------------------------------------------------------------------------- a station's frequency


def test_told_a_station_with_a_frequency_is_no_claim() -> None:
    """ "“...,” X told Coastline 101.5 FM." gives the quote and no attribution (before: the station was the claim);
    "told Coastline 101.5 FM that ..." has the clause after "that" as its claim."""
    assert atts("“Keep your dog on a lead,” the town vet, Dr. Ana Holm, told Coastline 101.5 FM.") == []
    assert pairs("Ana Holm told Coastline 101.5 FM that 12 dogs had been bitten.") == [
        ("Ana Holm", "12 dogs had been bitten.")
    ]
