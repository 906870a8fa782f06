"""Session 31 (s31-att): sources, source types and relays, each from sentences of our own (invented names and places),
hard negatives beside them.

- a body's name whose last word the entity tables lack ("... Seafoods", "... Creamery", "... Inspectorate") is the
  body's, not a person's; a person's surname that is also a word ("Power", "Mills", "Baker") stays a person;
- a document source is its head: no participle saying where it went ("presented to the board"), no "by" and its
  maker, no owner's possessive ("its annual report"); a named maker keeps the phrase whole (PolNeAR's convention);
- "X said CLAIM, according to Z." closing the sentence: Z (an outlet or a document) relays X's report (via), and the
  claim ends before the comma.
"""

from __future__ import annotations

from tests.rules_support import local_news_attributions


def _one(body: str, claim_start: str) -> tuple[str, str, str | None, str]:
    (a,) = [a for a in local_news_attributions(body) if a.claim.lower().startswith(claim_start.lower())]
    return a.source, a.source_type, a.via, a.claim


# --------------------------------------------------------------------- a body's name the tables lack


def test_a_firm_named_by_its_trade_is_an_organisation() -> None:
    assert _one("Dranmoor Haulage said fuel had risen by 30p a litre since March.", "Fuel")[:2] == (
        "Dranmoor Haulage",
        "organization",
    )
    assert (
        _one("Stavely Ferries said two sailings would be cancelled on Friday.", "Two sailings")[1]
        == "organization"
    )


def test_a_firm_whose_it_is_named_in_its_claim() -> None:
    source, stype, _via, claim = _one(
        "Quellbrook Creamery said it would stop collecting milk from 40 farms.", ""
    )
    assert (source, stype) == ("Quellbrook Creamery", "organization")
    assert claim.startswith("Quellbrook Creamery would stop")


def test_an_inspectorate_and_a_regulator_are_the_states() -> None:
    assert _one("The Marine Farming Inspectorate said it had sent two inspectors.", "")[1] == "government"
    assert (
        _one("The Pensions Regulator said the scheme had a deficit of £40m.", "The scheme")[1] == "government"
    )
    assert (
        _one("The Coastal Directorate said the sea wall would be rebuilt.", "The sea wall")[1] == "government"
    )


def test_the_zoo_named_before_is_an_organisation() -> None:
    body = "Harwick Zoo has closed its reptile house. The zoo said the building needed a new roof."
    assert _one(body, "The building")[:2] == ("Harwick Zoo", "organization")


def test_surnames_that_are_words_stay_people() -> None:
    assert _one("Tom Power said the plan would cost jobs.", "The plan")[1] == "person"
    assert _one("Lucy Mills said the shop would close in June.", "The shop")[1] == "person"
    assert _one("Ravi Baker said the bridge was unsafe.", "The bridge")[1] == "person"


# --------------------------------------------------------------------- a document source is its head


def test_a_participle_after_a_document_is_cut() -> None:
    body = "The district expects to save $200,000 a year, according to a budget memo presented to the board."
    assert _one(body, "The district")[:2] == ("a budget memo", "document")
    body = "The school has 14 empty posts, according to a staffing report sent to parents on Monday."
    assert _one(body, "The school")[:2] == ("a staffing report", "document")


def test_by_and_the_owner_are_cut() -> None:
    body = "Most wells in the valley were contaminated, according to a 2024 study by the institute."
    assert _one(body, "Most wells")[0] == "a 2024 study"
    assert (
        _one("Gresby Mills employs 300 people, according to its annual report.", "Gresby")[0]
        == "annual report"
    )
    assert _one("The town lost 40 shops in two years, according to its own audit.", "The town")[0] == "audit"


def test_a_named_maker_keeps_the_phrase() -> None:
    body = "One in four renters had skipped meals, according to a survey published by the Tenants Union last month."
    assert _one(body, "One in four")[0] == "a survey published by the Tenants Union"


# --------------------------------------------------------------------- a closing "according to" relays


def test_a_closing_outlet_relays_the_report() -> None:
    body = "Minister Tavo Renks said the state would not rescue the mill, according to the state broadcaster Radio Ostra."
    assert [(a.source, a.via, a.claim) for a in local_news_attributions(body)] == [
        ("Tavo Renks", "Radio Ostra", "The state would not rescue the mill.")
    ]


def test_a_closing_memo_relays_the_report() -> None:
    body = (
        "Greywell Materials said it would charge $118 a ton from January, according to a memo sent to the City "
        "Council on Friday."
    )
    assert _one(body, "Greywell")[2] == "memo"


def test_people_or_councillors_closing_are_no_relay() -> None:
    body = "Minister Tavo Renks said the state would not rescue the mill, according to people familiar with the talks."
    assert _one(body, "The state")[2] is None
    assert _one("The mayor said the pool would close, according to two councillors.", "The pool")[2] is None


# --------------------------------------------------------------------- a firm by its trade (EntityBook.firm_described)


def test_the_lender_is_the_one_bank_named() -> None:
    body = "Pellworth Bank will close 45 branches next year, the lender said on Monday."
    assert _one(body, "Pellworth")[:2] == ("Pellworth Bank", "organization")


def test_the_club_and_the_airline_are_the_ones_named() -> None:
    body = "Stanbridge Rovers have sacked their manager. The club said a new one would be named next week."
    assert _one(body, "A new one")[0] == "Stanbridge Rovers"
    body = "Corran Airlines cut 12 routes in May. The airline said fuel costs had risen by a third."
    assert _one(body, "Fuel")[0] == "Corran Airlines"


def test_two_firms_leave_the_lender_as_written() -> None:
    body = "Marrow Energy agreed to buy Selby Power Systems for £90m. The lender said the deal would close in June."
    assert _one(body, "The deal")[0] == "The lender"


# --------------------------------------------------------------------- a relative's source relays nothing


def test_a_relatives_source_is_no_via_of_the_main_clause() -> None:
    body = (
        "The Guild of Ferry Pilots, whose chairman told a meeting on Monday that crews were exhausted, said the rota "
        "was unsafe."
    )
    assert _one(body, "The rota")[:3] == ("Guild of Ferry Pilots", "organization", None)


# --------------------------------------------------------------------- whom a cue addressed is no claim


def test_an_addressee_then_a_topic_or_a_question_is_no_claim() -> None:
    assert not any(
        a.claim.startswith("It about")
        for a in local_news_attributions("The agency had warned it about the flooding.")
    )
    body = "Two customers had asked him that morning whether the bread was fresh."
    assert not any(a.claim.startswith("Him") for a in local_news_attributions(body))


def test_told_him_that_keeps_its_claim() -> None:
    assert _one("Ana Ruiz told him that the plan would fail.", "The plan")[0] == "Ana Ruiz"


def test_a_finding_keeps_its_closing_document() -> None:
    body = "The division found that the pumping could lower the water table, according to the 40-page ruling."
    assert all(a.via is None for a in local_news_attributions(body))


# --------------------------------------------------------------------- the lead's note 1 (session 31), own sentences


def test_a_produce_firm_and_a_directorate_are_bodies() -> None:
    assert (
        _one("Dellbrook Eggs said the outbreak was a blow to its 45 staff.", "The outbreak")[1]
        == "organization"
    )
    assert (
        _one("The Animal Health Directorate said the farm would be sealed for 21 days.", "The farm")[1]
        == "government"
    )
    assert _one("Tarrow Health Executive said waiting lists had fallen.", "Waiting")[1] == "government"
