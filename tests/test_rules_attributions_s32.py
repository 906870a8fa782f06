"""Session 32 (s32-att): relaying outlets, a relative after "according to", a report's own words and a network that is
no broadcaster, each from sentences of our own (invented names and places), hard negatives beside them.

- an outlet told, written in or going on ("told the Kelso Courier late on Friday that", "wrote in the Fenmouth Review
  that", "..., according to state broadcaster RTV. She said ...") relays the claim (via); a wire service, a person,
  a council told, or a sentence that does not go on with the same source's report, none;
- "according to NP, which/who said": the relative's source is NP, not the last noun inside it nor the sentence's
  opening clause;
- a report "by"/"from" its maker is the document (not its maker); a statement from an office stays the office's;
- a network is an outlet only when it says it broadcasts.
"""

from __future__ import annotations

from tests.rules_support import local_news_attributions


def _one(body: str, claim_start: str) -> tuple[str, str, str | None, str]:
    (a,) = [a for a in local_news_attributions(body) if a.claim.lower().startswith(claim_start.lower())]
    return a.source, a.source_type, a.via, a.claim


# --------------------------------------------------------------------- outlets that relay


def test_a_newspaper_told_by_its_name_relays() -> None:
    body = "The newsagent, Tom Bellow, told the Harwick Advertiser that his shop would get a bonus of £500."
    assert _one(body, "His shop")[2] == "Harwick Advertiser"
    body = "Councillor Dai Prowse told the Wexley Clarion on Tuesday that the bridge would reopen in May."
    assert _one(body, "The bridge")[2] == "Wexley Clarion"


def test_a_time_of_two_words_after_the_outlet_told() -> None:
    body = "Its chief executive, Anna Reeve, told the Dunmore Ledger on Monday evening that the firm had lost a deal."
    assert _one(body, "The firm")[2] == "Dunmore Ledger"
    body = "The coach, Pip Hollins, told the Kelso Courier late on Friday that the club would appeal."
    assert _one(body, "The club")[2] == "Kelso Courier"


def test_written_in_an_outlet_relays() -> None:
    body = "The critic Ruth Amble wrote in the Fenmouth Review that the festival had lost its nerve."
    assert _one(body, "The festival")[::2] == ("Ruth Amble", "Fenmouth Review")


def test_a_closing_kind_and_name_without_its_article_relays() -> None:
    body = "Health Minister Ola Brant said on Wednesday the state would pay for 300 extra nurses, according to state broadcaster RTV."
    source, _type, via, claim = _one(body, "The state")
    assert (source, via) == ("Ola Brant", "RTV")
    assert claim == "The state would pay for 300 extra nurses."


def test_the_next_sentence_goes_on_with_the_relayed_report() -> None:
    body = (
        "Finance Minister Ola Brant said the budget would be cut, according to the state broadcaster RTV. "
        "She said the unions had agreed to a pay freeze."
    )
    assert _one(body, "The unions")[::2] == ("Ola Brant", "RTV")
    body = "Mayor Ken Ardle told the Sandhill Gazette that the pool would close in June. He said repairs would cost £80,000."
    assert _one(body, "Repairs")[2] == "Sandhill Gazette"


def test_a_quote_told_to_an_outlet_then_he_said() -> None:
    body = '"We have had a terrible year," co-op chair Ben Marl told the Eastvale Courier. He said the co-op had cut its prices.'
    assert _one(body, "The co-op")[::2] == ("Ben Marl", "Eastvale Courier")


def test_no_relay_from_a_wire_service_a_person_or_a_council() -> None:
    assert _one("Two officials told Reuters that the talks had stalled.", "The talks")[2] is None
    assert _one("Mayor Ken Ardle told Tom Ledger that the pool would close in June.", "The pool")[2] is None
    body = "The contractor told the council in a letter that it would end the contract."
    assert _one(body, "It would")[2] is None


def test_no_relay_carried_to_another_source_or_without_an_outlet() -> None:
    body = (
        "Mayor Ken Ardle told the Sandhill Gazette that the pool would close in June. "
        "The council said repairs would cost about £80,000."
    )
    assert _one(body, "Repairs")[::2] == ("The council", None)
    body = "Mayor Ken Ardle said the pool would close in June. He said repairs would cost about £80,000."
    assert _one(body, "Repairs")[2] is None


def test_the_relay_is_the_last_outlets() -> None:
    body = (
        "Mayor Ken Ardle told the Sandhill Gazette that the pool would close. Lena Pike, the pool's manager, told "
        "the Tarrow Post that staff would be moved. She said two lifeguards had resigned."
    )
    assert _one(body, "Two lifeguards")[::2] == ("Lena Pike", "Tarrow Post")


# --------------------------------------------------------------------- a relative after "according to"


def test_according_to_a_document_which_said() -> None:
    body = (
        "Half the closed branches were in rural towns, according to a staff report to the council, which said 900 "
        "customers had lost access to cash."
    )
    source, stype, _via, _claim = _one(body, "900 customers")
    assert "staff report" in source
    assert stype == "document"


def test_according_to_a_person_who_said() -> None:
    body = "Two nearby towns dropped parking fees in 2022, according to Ella Varden, who said both had seen more shoppers."
    assert _one(body, "Both had")[:2] == ("Ella Varden", "person")


def test_an_appositive_name_after_according_to_stays() -> None:
    body = "The ferry will run twice a day, according to the operator, Selby Lines, which said fares would rise by 5%."
    assert _one(body, "Fares")[0] == "Selby Lines"


# --------------------------------------------------------------------- a report by its maker


def test_a_report_by_its_maker_is_the_document() -> None:
    body = (
        "An inspection found rust on 38 cables, according to a report by the engineering firm Dalby & Rowe."
    )
    assert _one(body, "An inspection")[:2] == ("a report by the engineering firm Dalby & Rowe", "document")
    body = "Around one in eight pubs has closed since 2020, according to a report by the Harrow Pubs Forum, a charity."
    assert _one(body, "Around one")[1] == "document"


def test_a_report_by_its_maker_found() -> None:
    body = "A 2023 report by the county's auditor general found that the bridge had lost a fifth of its strength."
    assert _one(body, "The bridge")[1] == "document"


def test_a_report_published_by_a_body_and_a_statement_stay_the_bodys() -> None:
    body = (
        "Waiting times rose by a third, according to a report published on Monday by the Care Inspectorate."
    )
    assert _one(body, "Waiting")[0] == "Care Inspectorate"
    body = "According to a statement from the mayor's office, the bridge will reopen in May."
    assert _one(body, "The bridge")[1] == "government"


# --------------------------------------------------------------------- a network


def test_a_network_that_does_not_broadcast_is_a_body() -> None:
    body = "The Moorland Volunteer Network said 40 sheep had been rescued from the floods."
    assert _one(body, "40 sheep")[1] == "organization"
    assert _one("The Coastal Food Bank Network said demand had doubled.", "Demand")[1] == "organization"


def test_a_broadcasting_network_is_an_outlet() -> None:
    body = "The Harbour Television Network said two of its presenters had resigned."
    assert _one(body, "Two of its")[1] == "media"


# --------------------------------------------------------------------- the agent of a passive telling verb


def test_told_by_the_agent_that() -> None:
    body = "Farmers were told by the ministry that compensation would be paid by March."
    assert _one(body, "Compensation")[:2] == ("the ministry", "government")


def test_told_by_the_agent_to_expect() -> None:
    body = "Tenants on Mill Road were told by the council to expect repairs within two weeks."
    source, _type, _via, claim = _one(body, "Tenants")
    assert source == "the council"
    assert claim == "Tenants on Mill Road should expect repairs within two weeks."


def test_told_by_the_agent_inside_another_report() -> None:
    body = "Councillor Ann Pike said the school had been told by the trust that the pool would stay shut until June."
    assert _one(body, "The pool")[::2] == ("the trust", "Ann Pike")


def test_told_by_a_means_or_told_to_do_is_none() -> None:
    assert local_news_attributions("Staff were told by letter that the office would close.") == []
    assert local_news_attributions("Guests were told by police to leave the hotel.") == []


# --------------------------------------------------------------------- a count told to do


def test_a_count_of_people_told_to_leave_is_a_sentence() -> None:
    body = "Authorities closed the road and told about 150 people at a nearby hotel to leave."
    assert _one(body, "About 150")[3] == "About 150 people at a nearby hotel should leave."


# --------------------------------------------------------------------- "but that"


def test_but_that_is_one_claim_without_its_second_that() -> None:
    body = "The Pellbury Trust said it welcomed the decision but that the problems ran deeper."
    assert "but that" not in _one(body, "")[3]
    assert _one("Tom Reed said he backed the plan, but that was before the vote.", "")[3].endswith(
        "but that was before the vote."
    )


# --------------------------------------------------------------------- a decision on what was put


def test_rejecting_or_accepting_an_offer_is_no_claim() -> None:
    assert (
        local_news_attributions("The 84 dockers rejected a 3% pay offer last month and voted to strike.")
        == []
    )
    assert local_news_attributions("The board had rejected the takeover bid in March.") == []


def test_rejecting_claims_or_criticism_stays_a_claim() -> None:
    assert _one("The council rejected claims that the plan would cost jobs.", "Claims")[0] == "The council"
    assert _one("Okafor rejected criticism of the plan.", "Criticism")[0] == "Okafor"


def test_thanked_him_for_a_quoted_fragment_is_no_claim() -> None:
    body = 'Harwick Rovers sacked their coach on Monday. It thanked him for his "hard work" and said the assistant would lead.'
    assert [a.cue for a in local_news_attributions(body)] == ["said"]
