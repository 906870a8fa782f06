"""Session 34 (s34-att): sources, their names, types and vias, from sentences of our own (invented names and places),
hard negatives beside them.

- a closing "it said" after a claim that opens with a body's possessive is that body;
- a relative clause's second verb ("which automated ... and said") is its antecedent's cue;
- "told state broadcaster KTV on Wednesday that", "told Radio Velm that": the outlet relays (via);
- names as the gold guide writes descriptions: a document owned by "its" drops its owner (no other description: the
  gold's aliases keep "its sponsor", "its trade ministry"), "A spokesman for NAME" is "NAME spokesman";
- types: a bare spokesperson title before a name speaks for the body named last; "X, a union for ...," is a body;
  "the district", "The township of X" are government; "their employer" an organisation;
- "which it said would" is the sentence's opening body; "X General Hospital" is no general; a headline's "Hospital"
  is no entity;
- an upper-case dateline before a sentence with its own source is no label line;
- a free relative ("what the company said was ...") writes "It was ..." (not "Was ...");
- a passive telling inside "X, Y, said ..." names its addressee, and ends before "but that";
- a nested teller set off by an appositive; "called X ‘Y’" after an appositive name; estimates "put at";
- "she said" after a gendered description; "which it blamed on X".
"""

from __future__ import annotations

from schemas import Extraction
from tests.rules_support import local_news_attributions as atts
from tests.rules_support import rules as _rules


def rules(text: str) -> Extraction:
    return _rules(text, "2026-12-07")


def _with(body: str, claim_start: str) -> list[tuple[str, str, str | None, str]]:
    return [
        (a.source, a.source_type, a.via, a.claim)
        for a in atts(body)
        if a.claim.lower().startswith(claim_start.lower())
    ]


# --------------------------------------------------------------------- confident wrong sources


def test_a_closing_it_after_a_body_possessive_is_that_body() -> None:
    body = (
        "Runway works will close Gorsey Airport for three weeks. Two airlines, Skybo and Vantar Air, fly there. "
        "Skybo said it would move its flights to Quen Airport.\n\n"
        "The airport’s 420 staff will keep full pay during the closure, it said."
    )
    ((source, *_),) = _with(body, "The airport’s 420")
    assert source.lower() != "skybo"
    assert "airport" in source.lower()


def test_a_relative_clause_second_verb_is_its_antecedents_cue() -> None:
    body = (
        "The cottage was sold by the Coastal Lights Board, which automated the lighthouse in 1987 and said the "
        "proceeds would pay for repairs to six other lighthouses."
    )
    ((source, *_),) = _with(body, "The proceeds")
    assert source == "Coastal Lights Board"


def test_a_relative_clause_without_and_keeps_the_main_subject() -> None:
    body = (
        "The farm was sold to Pell Holdings, which runs four hotels, and the agent said the price was fair."
    )
    ((source, *_),) = _with(body, "The price")
    assert source != "Pell Holdings"


def test_a_relative_it_is_the_sentences_opening_body() -> None:
    body = (
        "Marlow General Hospital on Friday opened a second MRI scanner, which it said would cut waiting times "
        "for scans from about 11 weeks to four."
    )
    ((source, stype, _v, _c),) = _with(body, "The second MRI scanner")
    assert (source, stype) == ("Marlow General Hospital", "organization")


def test_a_free_relative_claim_is_a_sentence() -> None:
    body = (
        "Bellvo customers could not make calls on Thursday after what the company said was a faulty update."
    )
    claims = [a.claim for a in atts(body)]
    assert not any(c.startswith("Was ") for c in claims)
    assert "It was a faulty update." in claims


# --------------------------------------------------------------------- vias


def test_an_outlet_told_by_its_kind_and_name_relays() -> None:
    body = "Fisheries Minister Ana Drel told state broadcaster KTV on Wednesday that the government would pay each crew."
    ((_s, _t, via, _c),) = _with(body, "The government")
    assert via == "KTV"
    body = "Mara Quill told local station Harbour FM on Wednesday that the group had raised €18,000."
    ((_s, _t, via, _c),) = _with(body, "The group")
    assert via == "Harbour FM"
    body = (
        "A cantonal official, Marta Zell, told Radio Engadina on Thursday that the canton would spend more."
    )
    ((_s, _t, via, _c),) = _with(body, "The canton")
    assert via == "Radio Engadina"


def test_a_person_told_is_no_via() -> None:
    body = "Ana Drel told Agency chief Tom Lee that the port would reopen."
    ((_s, _t, via, _c),) = _with(body, "The port")
    assert via is None


# --------------------------------------------------------------------- names


def test_an_owned_description_drops_its_owner() -> None:
    ((source, *_),) = _with("Flour costs rose, according to its statement to the exchange.", "Flour")
    assert source == "statement to the exchange"


def test_a_person_and_a_state_body_keep_their_owner() -> None:
    ((source, *_),) = _with(
        "The Tarn Club met. Members are close to quitting, its leader has warned.", "Members"
    )
    assert source.lower().startswith("its leader")
    ((source, *_),) = _with("Kestova will impose a tariff on steel, its trade ministry said.", "Kestova")
    assert source == "its trade ministry"
    ((source, *_),) = _with("The Tarn Club will vote again next year, its sponsor said.", "The Tarn Club")
    assert source == "its sponsor"


def test_a_spokesperson_for_a_named_body_is_named_by_it() -> None:
    body = "A spokesman for Tarn Patrol, the security firm, denied that its guard had been slow."
    ((source, stype, _v, _c),) = _with(body, "Tarn Patrol’s guard")
    assert (source, stype) == ("Tarn Patrol spokesman", "organization")
    body = "A spokesman for the brewery denied that it had tried to sell the pub."
    ((source, *_),) = _with(body, "The brewery")
    assert source == "A spokesman for the brewery"


# --------------------------------------------------------------------- types


def test_a_bare_spokesperson_title_speaks_for_the_body_named_last() -> None:
    body = (
        "Harrow Power Co-op said its crews were working. At the peak, 31,400 customers lost electricity, "
        "spokeswoman Ravenna Orrick said. The co-op has brought in 65 line workers, she said."
    )
    types = {a.claim[:11]: a.source_type for a in atts(body)}
    assert types["At the peak"] == "organization"
    assert types["The co-op h"] == "organization"


def test_a_named_person_with_a_role_appositive_stays_a_person() -> None:
    ((_s, stype, _v, _c),) = _with(
        "Tom Arlen, a partner at the firm, said crews would work overnight.", "Crews"
    )
    assert stype == "person"


def test_a_kind_then_what_it_is_for_makes_a_body() -> None:
    body = "Airside Crew Together, a union for ground handlers, said agency workers would lose shifts."
    ((source, stype, _v, _c),) = _with(body, "Agency workers")
    assert (source, stype) == ("Airside Crew Together", "organization")


def test_places_a_body_governs_are_government() -> None:
    body = "Schools were shut, and the district said it would decide by 4 p.m. whether they could reopen."
    ((_s, stype, _v, _c),) = _with(body, "The district")
    assert stype == "government"
    body = "The township of Wellby, which lent the city four plows, said it would want them back."
    ((_s, stype, _v, _c),) = _with(body, "The township")
    assert stype == "government"


def test_their_employer_is_a_body() -> None:
    body = "Airside Crew Together said agency workers had been told by their employer that their shifts would end."
    ((source, stype, via, _c),) = _with(body, "Their shifts")
    assert (source, stype, via) == ("their employer", "organization", "Airside Crew Together")


def test_a_firm_by_what_only_a_firm_has() -> None:
    body = (
        "Bellvo customers were unable to make calls on Thursday. The outage affected two million customers, "
        "Bellvo said. Bellvo's chief executive, Ana Ruiz, apologised."
    )
    ((_s, stype, _v, _c),) = _with(body, "The outage")
    assert stype == "organization"


def test_a_general_hospital_is_no_general() -> None:
    body = "Marlow General Hospital said it had hired six radiographers."
    ((source, *_),) = _with(body, "Marlow General Hospital had")
    assert source == "Marlow General Hospital"


def test_a_headline_kind_is_no_entity() -> None:
    ex = rules(
        "Hospital opens new scanner\n\nMarlow General Hospital opened a scanner. The hospital said it cost Rs 14 crore."
    )
    assert "Hospital" not in {e.name for e in ex.entities}


# --------------------------------------------------------------------- datelines, tellings, nested tellers


def test_an_upper_case_dateline_with_a_source_inside_is_no_label() -> None:
    body = (
        "KESTRA: Nine sugar mills have put off the crushing season, growers’ leaders said on Friday.\n\n"
        "Farmers marched to the collectorate in Kestra on Thursday."
    )
    assert not any(a.source.upper() == "KESTRA" for a in atts(body))


def test_a_passive_tellings_addressee_after_an_appositive_name() -> None:
    body = (
        "The Tarn Beekeepers' Association met on Monday. Its chairwoman, Orla Fenn, said some members had been "
        "told by the agriculture department in October to expect a compensation scheme, but that none had been "
        "announced."
    )
    ((source, _t, via, claim),) = _with(body, "Some members should")
    assert (source, via, claim) == (
        "the agriculture department",
        "Orla Fenn",
        "Some members should expect a compensation scheme.",
    )


def test_a_nested_teller_set_off_by_an_appositive() -> None:
    body = (
        "Crustel raised its prices, chief executive Ann Havel said. Havel said Hollow Mills, its main supplier, "
        "had warned it in October that prices would stay high until the next harvest."
    )
    ((source, _t, via, _c),) = _with(body, "Prices would stay")
    assert (source, via) == ("Hollow Mills", "Ann Havel")


# --------------------------------------------------------------------- naming, estimates, blames, pronouns


def test_called_after_an_appositive_name() -> None:
    body = (
        "Hotels stand to lose up to £600,000, according to Gorse Chamber of Commerce, whose chair, Tarka Scarrow, "
        "called a January closure ‘the least bad option’."
    )
    pairs = {(a.source, a.claim) for a in atts(body)}
    assert ("Tarka Scarrow", "A January closure is the least bad option.") in pairs
    assert ("Gorse Chamber of Commerce", "Hotels stand to lose up to £600,000.") in pairs


def test_the_thing_called_runs_to_the_quotation() -> None:
    body = "Ellen Hensley called the two-week delay in closing the pier ‘a gamble with people’s lives’."
    ((_s, _t, _v, claim),) = _with(body, "The two-week")
    assert claim == "The two-week delay in closing the pier is a gamble with people’s lives."


def test_a_group_called_a_name_is_no_claim() -> None:
    assert not atts("The new group, called ‘Friends of the Pier’, met on Monday.")


def test_estimates_put_at() -> None:
    body = (
        "Cllr Horace Tellin, who chairs the transport committee, said the council would ask for help with the cost "
        "of the coaches, which he put at £9,500 a week."
    )
    assert ("Horace Tellin", "The coaches will cost £9,500 a week.") in {
        (a.source, a.claim) for a in atts(body)
    }
    ((source, _t, _v, claim),) = _with(
        "Theo Grand put the cost of repairs at $350,000 to $500,000.", "Repairs"
    )
    assert (source, claim) == ("Theo Grand", "Repairs will cost $350,000 to $500,000.")


def test_put_somewhere_is_no_estimate() -> None:
    assert not atts("The museum put the painting at the end of the hall.")


def test_she_after_a_spokeswoman_is_the_spokeswoman() -> None:
    body = (
        "Senior ranger Wiremu Aston said the animal had been seen at the bend several times.\n\n"
        "The bend will stay closed until at least Monday, a spokeswoman for the Tallow Shire Council said. Warning "
        "signs at the site were replaced in March after vandals took them, she said."
    )
    ((source, stype, _v, _c),) = _with(body, "Warning signs")
    assert (source, stype) == ("a spokeswoman for the Tallow Shire Council", "government")


def test_she_after_a_spokesman_stays_with_the_woman_named() -> None:
    body = "Ann Lee runs the shop. The bend will stay closed, a spokesman for the council said. Ann Lee said she would reopen it."
    ((source, *_),) = _with(body, "Ann Lee would")
    assert source == "Ann Lee"


def test_a_blame_in_a_relative_clause() -> None:
    body = (
        "The Welsh Collie Society said the event raised £23,500. Entries had fallen by a fifth since 2019, which "
        "it blamed on rising fuel costs."
    )
    ((source, _t, _v, claim),) = _with(body, "Rising fuel")
    assert (source, claim) == ("Welsh Collie Society", "Rising fuel costs are to blame.")


def test_a_role_of_two_words_before_an_inverted_name() -> None:
    ex = rules(
        "Library news\n\n“We would rather have the books back,” said the head librarian, Thandi Moko, who has run "
        "the library since 2015."
    )
    (q,) = ex.quotes
    assert q.speaker == "Thandi Moko"


def test_an_irish_police_rank_is_a_title() -> None:
    body = "Detective Garda Niamh Costell said the theft came to light in March 2024."
    ((source, *_),) = _with(body, "The theft")
    assert source == "Niamh Costell"
