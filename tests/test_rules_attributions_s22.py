"""Who said it (session 22): the source and its type on unseen news, by mechanism. A named spokesperson speaks for
their body and is typed by it (a department's is government, a firm's an organisation), unless the spokesperson
holds a portfolio or speaks for a person. Sentences of our own, each kind with hard negatives."""

from __future__ import annotations

from schemas import Extraction
from tests.rules_support import rules

# Two women, so that a wrong "she" has somewhere to go.
INTRO = "Harbour pilot Ruth Okafor and Mayor Dana Whitfield met on Monday.\n\n"


def run(body: str) -> Extraction:
    return rules("Harbour news\n\n" + INTRO + body, "2024-05-02")


def typed(body: str) -> list[tuple[str, str]]:
    return [(a.source, a.source_type) for a in run(body).attributions]


# --------------------------------------------------------------------------- a named spokesperson


def test_spokespeople_of_a_portfolio_or_a_person_stay_people() -> None:
    """A guard (passes before the change too), hard negatives: a party's portfolio spokesman, a politician's
    spokesman, a former spokeswoman, a spokesman with no body named."""
    assert typed(
        "The Green Party met on Friday. Its housing spokesman, Odran Pelly, said rents had doubled."
    ) == [("Odran Pelly", "person")]
    assert typed("The opposition's energy spokeswoman, Mirren Tace, said the plant was too old.") == [
        ("Mirren Tace", "person")
    ]
    assert typed("Whitfield spokesman Aldo Venn said the mayor would attend.") == [("Aldo Venn", "person")]
    assert typed("Corla Ash, a former spokeswoman for the ministry, said the plan had been shelved.") == [
        ("Corla Ash", "person")
    ]
    assert typed("Okafor's spokesman, Teodor Quill, said she would not stand again.") == [
        ("Teodor Quill", "person")
    ]


def test_a_spokesperson_for_a_public_body_is_government() -> None:
    assert typed(
        "A spokeswoman for the health department, Lina Marrow, said more samples were being tested."
    ) == [("Lina Marrow", "government")]
    assert typed("A ministry spokesman, Captain Ivo Brandt, said all the prisoners were well.") == [
        ("Ivo Brandt", "government")
    ]
    assert typed("The ward will close next year, a spokesman for the council, Pavel Renner, said.") == [
        ("Pavel Renner", "government")
    ]


def test_a_spokesperson_for_a_firm_or_a_group_is_an_organisation() -> None:
    assert typed(
        "Tollerby Clinic was hit by the attack. Its spokesman, Wes Dorran, said the clinic would not pay."
    ) == [("Wes Dorran", "organization")]
    assert typed("Fenna Holt, a spokeswoman for the university, said no applications were affected.") == [
        ("Fenna Holt", "organization")
    ]
    assert typed("The clinic will not pay, said its spokeswoman, Ada Greel.") == [
        ("Ada Greel", "organization")
    ]


# --------------------------------------------------------------------------- documents named with what was done to them


def test_sources_that_only_look_like_documents_keep_their_type() -> None:
    """Hard negatives: a document word as a modifier (was a document before session 22), people in a body, a
    document a paper obtained (the verb cut it: "a report the Courier")."""
    assert typed("The port will close, the law firm said.") == [("the law firm", "organization")]
    assert typed("Officials in the ministry said the port would close.") == [
        ("Officials in the ministry", "government")
    ]
    assert typed("Rust was found on two trusses, according to a report the Courier obtained.") == [
        ("a report the Courier obtained", "document")
    ]


def test_a_document_named_with_a_clause_of_its_own_is_the_document() -> None:
    """A document with a contact clause ("a study the district commissioned") is a document and stays whole (the
    clause's verb cut it as a participle: "a report the Courier"); a document with a phrase after its head is still a
    document."""
    assert typed("Repairs would cost $18 million, according to a study the district commissioned.") == [
        ("a study the district commissioned", "document")
    ]
    assert typed("Crews were not told for 19 hours, according to a timeline the utility posted online.") == [
        ("a timeline the utility posted online", "document")
    ]
    assert typed("The ship sank in 1641, according to port records in Amsterdam.") == [
        ("port records in Amsterdam", "document")
    ]
    assert typed(
        "According to figures presented to the senate, the three courses cost $11 million a year."
    ) == [("figures presented to the senate", "document")]
    assert typed("Seepage rose to 40 gallons a minute, the order said.") == [("the order", "document")]
    assert typed("Sea ice was 40% more extensive, according to the Ice Service's charts.") == [
        ("the Ice Service's charts", "document")
    ]


# --------------------------------------------------------------------------- bodies by their kind


def test_places_and_people_named_like_bodies_stay_as_they_were() -> None:
    """A guard (passes before the change too), hard negatives: a city's people, a city named, a guild's member."""
    assert typed("City residents said the bus was always late.") == [("City residents", "other")]
    assert typed("Tallow Guild member Ines Varo said the hall was too small.") == [("Ines Varo", "person")]


def test_a_city_and_a_guild_speak_as_bodies() -> None:
    assert typed("The city estimates that its policy covers up to $10 million in damage.") == [
        ("The city", "government")
    ]
    assert typed("According to the guild, a player earns about £31,500 a year.") == [
        ("the guild", "organization")
    ]


def test_a_union_named_with_a_plural_possessive_is_named_in_full() -> None:
    assert typed("The Communications Workers' Federation said it would ballot its members.")[0] == (
        "Communications Workers' Federation",
        "organization",
    )
    assert typed("The Tarn Valley Growers’ Union said walkouts could follow.") == [
        ("Tarn Valley Growers’ Union", "organization")
    ]


def test_plural_possessives_before_other_words_stay_apart() -> None:
    """A guard (passes before the change too), hard negatives: a plural owner before a lowercase noun or a
    person's name."""
    assert typed("The Greens' leader, Tam Orrin, said the vote was lost.") == [("Tam Orrin", "person")]


def test_data_a_named_body_published_keeps_its_publisher() -> None:
    """A guard (the contact-clause cut first took it and gave "figures"): figures a body published name the body,
    as before."""
    sources = typed(
        "Prices rose 2.9% in the year to May, according to figures the statistics office, Statel, published."
    )
    assert sources and sources[0][0] == "the statistics office"


def test_a_union_named_after_an_and_is_left_as_it_was() -> None:
    """A guard: "the Road and Rail Workers’ Union" is not read whole, so the apostrophe join leaves it alone (it
    made "Rail Workers’ Union", and a later "the union" took it)."""
    assert typed("Members of the Road and Rail Workers’ Union voted to strike, the union said.")[0][0] != (
        "Rail Workers’ Union"
    )


def test_census_tables_stay_a_document() -> None:
    """A guard (the head rule first lost it): a document word before "tables" was a document by its modifier."""
    assert typed("The province lost 11% of its residents, according to the census tables.") == [
        ("the census tables", "document")
    ]
