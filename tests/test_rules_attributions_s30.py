"""Session 30 (s30-att): the confident wrong answers the README listed for attributions, and the source types
dev26 lost, each from sentences of our own (invented names and places), with hard negatives first.

- a firm named and then called "the company" / "the firm" / "the business" is the firm's claim; "the bank" after a
  central bank is typed by it only when no other body that may be a bank was named between;
- a body's name holding "and" ("the Maritime and Coastguard Service") is the whole name;
- one cue over two that-clauses is one claim without the second "that";
- "Local MP <name>" is a person, "according to a county tally" a document, "Pemberley’s said" a firm.
"""

from __future__ import annotations

from tests.rules_support import local_news_attributions, local_news_pairs, local_news_types


def _source_of(body: str, claim_start: str) -> tuple[str, str]:
    (a,) = [a for a in local_news_attributions(body) if a.claim.startswith(claim_start)]
    return a.source, a.source_type


# --------------------------------------------------------------------- "the company" after the firm is named


def test_two_firms_named_leave_the_company_as_written() -> None:
    body = "Marrow Energy agreed to buy Selby Power Systems for £90m. The company said the deal would close in June."
    assert _source_of(body, "The deal")[0] == "The company"


def test_a_rival_the_book_types_a_person_leaves_the_company_as_written() -> None:
    body = (
        "Halden Motors and its rival Pexa Cars both reported losses. The company said it would cut 200 jobs."
    )
    assert [s for s, _c in local_news_pairs(body)] == ["The company"]


def test_a_ministry_and_two_airlines_leave_the_company_as_written() -> None:
    body = "The ministry fined Corran Airlines and Tessel Airways for late refunds. The company said it would appeal."
    assert [s for s, _c in local_news_pairs(body)] == ["The company"]


def test_the_firm_is_the_one_firm_named_before() -> None:
    body = "Kelda Foods will shut its bakery in Rossby, with 80 jobs lost. The firm said demand had fallen by a third."
    assert _source_of(body, "Demand") == ("Kelda Foods", "organization")


def test_the_company_is_the_one_firm_named_before() -> None:
    body = "Skellan Shipping lost 14 containers off Skerry Head on Monday. The company said none held dangerous goods."
    assert _source_of(body, "None held")[0] == "Skellan Shipping"


def test_the_business_is_the_firm_fined() -> None:
    body = (
        "Tallow Brewing Co. has been fined £40,000 for a spill into the River Wend. "
        "The business said it had since fitted new tanks."
    )
    (a,) = local_news_attributions(body)
    assert a.source == "Tallow Brewing Co"


# --------------------------------------------------------------------- "the bank" and the bodies named between


def test_the_bank_after_a_central_bank_and_a_maker_is_the_central_bank() -> None:
    body = (
        "Brevik's central bank said rates would rise. Halm Motors cut 300 jobs on Friday. "
        "The bank said growth would slow."
    )
    assert _source_of(body, "Growth")[1] == "government"


def test_the_bank_after_a_central_bank_and_a_bank_named_by_letters_is_no_longer_the_state() -> None:
    body = (
        "Brevik's central bank said rates would rise. HSBC cut its own rates on Friday. "
        "The bank said savers would gain."
    )
    assert _source_of(body, "Savers")[1] == "organization"


# --------------------------------------------------------------------- "and" inside a body's name


def test_two_people_joined_by_and_stay_two_people() -> None:
    assert (
        local_news_pairs("Tom Reed and Ann Moss said the gate had been left open.")[0][0]
        == "Tom Reed and Ann Moss"
    )


def test_a_service_named_by_two_fields_is_the_whole_name() -> None:
    body = "The lifeboat was called out at 4am, the Maritime and Coastguard Service said."
    assert local_news_types(body) == [("Maritime and Coastguard Service", "government")]


def test_a_parks_and_wildlife_service_is_the_state() -> None:
    body = "The Orland Parks and Wildlife Service said the bear had been moved to a reserve."
    assert local_news_types(body) == [("Orland Parks and Wildlife Service", "government")]


def test_a_fire_and_rescue_service_is_the_whole_name() -> None:
    body = "The Kestrel Fire and Rescue Service said two crews had attended."
    assert local_news_pairs(body)[0][0] == "Kestrel Fire and Rescue Service"


# --------------------------------------------------------------------- one cue, two that-clauses


def test_that_as_a_pronoun_after_and_stays() -> None:
    body = "Mayor Ida Crane said the plan was late and that was why she resigned."
    assert local_news_pairs(body) == [("Ida Crane", "The plan was late and that was why she resigned.")]


def test_the_second_that_clause_joins_the_claim_without_that() -> None:
    body = (
        "Councillor Rhodri Benn said the decision had been taken without consultation and that he would ask for a "
        "review."
    )
    assert local_news_pairs(body) == [
        ("Rhodri Benn", "The decision had been taken without consultation and he would ask for a review.")
    ]


def test_the_second_that_clause_after_a_comma() -> None:
    body = "The trust said the ward would close in May, and that patients would be moved to Dunmore."
    assert (
        local_news_pairs(body)[0][1] == "The ward would close in May, and patients would be moved to Dunmore."
    )


# --------------------------------------------------------------------- source types dev26 lost


def test_a_county_tally_is_a_document() -> None:
    assert local_news_types("Six piers have been closed since 2019, according to a county tally.") == [
        ("a county tally", "document")
    ]


def test_local_mp_before_a_name_is_the_person() -> None:
    assert local_news_types("Local MP Doreen Ashby said the ferry should be saved.") == [
        ("Doreen Ashby", "person")
    ]


def test_a_firm_named_by_a_possessive_is_an_organisation() -> None:
    assert [t for _s, t in local_news_types("Pemberley’s said it would not pay a dividend this year.")] == [
        "organization"
    ]


# --------------------------------------------------------------------- a document without where it went


def test_figures_keep_their_publisher() -> None:
    body = "Leaks rose by a fifth, according to figures published by the regulator Ofwat in July."
    assert [t for _s, t in local_news_types(body)] == ["document"]


def test_a_memo_with_a_participle_is_its_head() -> None:
    """Session 31: a participle after a document is cut as the sets' gold writes it (dev19, dev22, dev23, dev25); the
    PolNeAR dev source session 30 lost is kept by keeping a phrase that names its maker whole (s31's tests)."""
    body = "The district expects to save $640,000 a year, according to a budget memo presented to the board."
    assert local_news_types(body) == [("a budget memo", "document")]


def test_a_report_without_who_filed_it() -> None:
    body = "Surrenders rose 38 percent, according to a report the shelter filed with the county this month."
    assert local_news_types(body) == [("a report", "document")]
