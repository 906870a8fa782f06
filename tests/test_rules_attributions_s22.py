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


def test_people_who_are_not_a_bodys_spokesperson_now_stay_people() -> None:
    """Hard negatives of the review of session 22: a spokesman until a year, once a spokesman, someone who emailed a
    spokesman, someone whose husband is one."""
    assert typed("Tom Bell, who was a spokesman for the ministry until 2019, said the plan was old.") == [
        ("Tom Bell", "person")
    ]
    assert typed("Tom Bell, once a spokesman for the ministry, said the plan was old.") == [
        ("Tom Bell", "person")
    ]
    assert typed("Tom Bell, who had emailed a spokesman for the council, said he got no reply.") == [
        ("Tom Bell", "person")
    ]
    assert typed("Jane Roe, whose husband is a spokesman for the ministry, said the plan was old.") == [
        ("Jane Roe", "person")
    ]


def test_its_spokesperson_follows_the_body_named_last() -> None:
    assert typed(
        "The Health Ministry said the clinic would close. Its spokesman, Tom Bell, added that staff would move."
    )[-1] == ("Tom Bell", "government")


def test_a_body_named_an_order_is_no_document() -> None:
    """Hard negatives of the review of session 22: "Order" in a body's name."""
    assert typed("The Orange Order said the parade would go ahead.")[0][1] != "document"
    assert typed("The Order of Malta said it would send aid.")[0][1] != "document"


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
    assert typed("Cracks were found in the hull, according to a survey the Gazette obtained.") == [
        ("a survey the Gazette obtained", "document")
    ]


def test_a_document_named_with_a_clause_of_its_own_is_the_document() -> None:
    """A document with a contact clause ("a study the district commissioned") is a document and stays whole (the
    clause's verb cut it as a participle: "a report the Courier"); a document with a phrase after its head is still a
    document."""
    # session 30: a contact clause with a common noun's subject is cut, as dev10's and dev17's gold name the document
    # ("timeline", "2024 engineering study"); one whose subject is a name stays whole (dev18's "a report the Courier
    # obtained")
    assert typed("Repairs would cost $18 million, according to a study the district commissioned.") == [
        ("a study", "document")
    ]
    assert typed("Crews were not told for 19 hours, according to a timeline the utility posted online.") == [
        ("a timeline", "document")
    ]
    assert typed("Rust was found on two trusses, according to a report the Courier obtained.") == [
        ("a report the Courier obtained", "document")
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


# --------------------------------------------------------------------------- a closing "told" over a whole sentence


def pairs(body: str) -> list[tuple[str, str]]:
    return [(a.source, a.claim) for a in run(body).attributions]


def test_a_report_inside_a_told_claim_keeps_its_own_source() -> None:
    """A guard (passes before the change too), hard negatives: a speech verb with a clause of its own inside the
    claim of a closing "told" keeps its report; a closing "told" with a claim after it is no closing cue."""
    got = pairs("Tam Orrin said the port would close, Ines Varo told reporters.")
    # (its claim still runs over the closing cue, as under a closing "said": left, session 20)
    assert any(source == "Tam Orrin" for source, _claim in got)
    assert pairs("Ines Varo told reporters that the port would close.") == [
        ("Ines Varo", "The port would close.")
    ]


def test_a_closing_told_reports_the_whole_sentence() -> None:
    """ "CLAIM, NAME told a news conference": the demand inside the claim is the teller's to report, as under a
    closing "said" (session 22: "demanded" took the rest of the sentence as its claim)."""
    assert pairs(
        "Hackers locked the systems and demanded 2 million euros in bitcoin to unlock them, chief executive Ines "
        "Varo told a news conference."
    ) == [("Ines Varo", "Hackers locked the systems and demanded 2 million euros in bitcoin to unlock them.")]
    assert pairs("Hackers demanded 2 million euros to unlock them, Ines Varo told reporters on Monday.") == [
        ("Ines Varo", "Hackers demanded 2 million euros to unlock them.")
    ]


# --------------------------------------------------------------------------- the subject of a participle


def test_the_participle_speaks_for_the_subject_across_a_relative_clause() -> None:
    """ "X denied that ... by Y, which ..., saying": the clause's subject says it; the opening words up to "denied"
    were taken for a long subject ("The authority denied" spoke)."""
    got = typed(
        "The authority denied that it had been lobbied by the ministry, which owns half of the firm, saying its "
        "decision was based only on the accounts."
    )
    assert [s for s, _t in got] == ["The authority", "The authority"]


def test_long_subjects_with_a_that_clause_stay_whole() -> None:
    """A guard (passes before the change too): a subject with a relative "that" clause still speaks whole."""
    assert typed("Dockers that the firm laid off in May, angry at the cuts, said they would march.")[0][
        0
    ].startswith("Dockers")


# --------------------------------------------------------------------------- "estimate that"


def test_estimate_as_a_noun_reports_nothing() -> None:
    """A guard (passes before the change too), hard negatives: the noun with "that", the noun alone."""
    assert typed("The estimate that 500 remain was wrong, the board found.") == [
        ("the board", "other")
    ] or all(
        s != "The estimate" for s, _t in typed("The estimate that 500 remain was wrong, the board found.")
    )
    assert typed("Their estimate of 500 newts was too high.") == []


def test_researchers_estimate_that() -> None:
    assert pairs("The researchers estimate that fewer than 500 newts live in the cave.") == [
        ("The researchers", "Fewer than 500 newts live in the cave.")
    ]


# --------------------------------------------------------------------------- a document with an aside naming a person


def test_people_named_after_a_document_still_speak() -> None:
    """A guard (passes before the change too), hard negatives: a person set off after a document that is the
    object, a report's author opening the sentence."""
    assert set(typed("Ada Penn, who wrote the report, said the bridge had been neglected.")) == {
        ("Ada Penn", "person")
    }
    assert typed(
        "The report was published on Monday, and its author, Ada Penn, said the bridge had been neglected."
    )[-1] == ("Ada Penn", "person")


def test_a_document_whose_aside_names_its_author_is_the_source() -> None:
    assert typed(
        "The 40-page report, published on Monday by the inquiry's chair, Ada Penn, concluded that the bridge had "
        "been neglected."
    ) == [("The 40-page report", "document")]


def test_the_document_also_speaks_its_partial_quote() -> None:
    ex = run(
        "The 40-page report, published on Monday by the inquiry's chair, Ada Penn, concluded that the bridge had "
        "been ‘badly neglected’."
    )
    (q,) = ex.quotes
    assert q.speaker == "The 40-page report"


def test_a_told_with_its_claim_after_is_no_closing_cue() -> None:
    """A guard (the first closing "told" took it): "According to X, an official told reporters this week that ..."
    keeps its relay."""
    (a,) = run(
        "According to the Ledger, a port official told reporters this week that the dock was “ready to reopen.”"
    ).attributions
    assert (a.source, a.via) == ("a port official", "the Ledger")


def test_a_participle_with_no_earlier_report_keeps_the_relative_clauses_antecedent() -> None:
    """A guard (PolNeAR train: the closed-relative rule first lost these): with no earlier cue in the sentence, the
    antecedent of the relative clause before the participle stays the source."""
    got = typed(
        "The senator was rallying for a young teacher named Ada Penn, who is running for the council and who worked "
        "the crowd, praising the mayor's record."
    )
    assert got and got[0][0] == "Ada Penn"
