"""Session 33 (s33-att): nested tellings, title abbreviations, datelines, bare plurals of people, group names and the
passive telling table, each from sentences of our own (invented names and places), hard negatives beside them.

- "X said Y had told it/her (that) Z" is Y's claim relayed by X; a body told ("told it that"), a bare plural opening
  the claim ("that repairs had been delayed"), a subject with a cue's form as modifier ("a state auditor") and a
  subject with a prepositional phrase after the outer cue ("engineers from the water board") are read;
- a title abbreviation of the sentence table ("Sgt.", "Det. Insp.", "Capt.") ends no "according to" source;
- an upper-case dateline before a sentence with its own source is no label line;
- a bare plural of people ("Mill owners", "Club members") is of type other, and its "they" is named;
- a group's name ending in a collective noun ("Rescue Team", "Users Watch", "Residents Campaign") is a body;
- the passive telling verbs are one table (``lexicon.PASSIVE_TELLING``) read by events and attributions.
"""

from __future__ import annotations

from schemas import Extraction
from service.backends.rules.lexicon import PASSIVE_TELLING
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


# --------------------------------------------------------------------- nested tellings and addressees


def test_a_body_told_it_is_an_addressee_and_the_teller_is_relayed() -> None:
    body = "The Tarn Valley Society said a county surveyor had told it that repairs had been delayed."
    ((source, _t, via, claim),) = _with(body, "Repairs")
    assert (source.lower(), via, claim) == (
        "a county surveyor",
        "Tarn Valley Society",
        "Repairs had been delayed.",
    )


def test_a_modifier_that_is_a_cue_form_keeps_the_subject() -> None:
    body = "Nora Pell said a state auditor had told her the hall accounts were sound."
    ((source, _t, via, _c),) = _with(body, "The hall accounts")
    assert (source.lower(), via) == ("a state auditor", "Nora Pell")


def test_a_subject_with_a_preposition_after_the_outer_cue() -> None:
    body = "Gwen Orly said engineers from the water board had told her that the pipes would hold."
    ((source, _t, via, _c),) = _with(body, "The pipes")
    assert (source, via) == ("engineers from the water board", "Gwen Orly")
    body = "Ivo Brandt said scientists at an institute in Marrowby had told him that the lake was recovering."
    ((source, _t, via, _c),) = _with(body, "The lake")
    assert source.startswith("scientists") and via == "Ivo Brandt"


def test_a_bare_plural_opens_the_claim_after_an_addressee() -> None:
    ((source, _t, _v, claim),) = _with(
        "A planning officer told the trust that volunteers would need permits.", "Vol"
    )
    assert (source, claim) == ("A planning officer", "Volunteers would need permits.")


def test_a_relative_clause_after_that_is_no_claim() -> None:
    claims = [a.claim for a in atts("The guide told the man that owned the boat to leave.")]
    assert not any(c.lower().startswith("owned") for c in claims)


# --------------------------------------------------------------------- titles, datelines


def test_a_rank_abbreviation_ends_no_source() -> None:
    ((source, *_),) = _with(
        "Three hikers were rescued, according to Sgt. Ivo Kettle of the mountain police.", "Three"
    )
    assert source.startswith("Ivo Kettle")
    ((source, *_),) = _with("The shop was empty, according to Det. Insp. Rhona Vale.", "The shop")
    assert source == "Rhona Vale"
    ((source, *_),) = _with("The pier was shut, according to Capt. Lyle Farrow.", "The pier")
    assert source == "Lyle Farrow"


def test_an_upper_case_dateline_before_a_sourced_sentence_is_no_label() -> None:
    body = "KESTRAM: Six ferries have been cancelled because of the storm, port officials said on Monday."
    assert "KESTRAM" not in [a.source for a in atts(body)]
    body = "Mayor Ilsa Brandt is standing again.\n\nBRANDT: We will finish the bridge before winter comes."
    assert any(a.cue == ":" for a in atts(body))


# --------------------------------------------------------------------- bare plurals of people


def test_a_bare_plural_of_people_is_other() -> None:
    for body in (
        "Mill owners said the price was too low.",
        "Boat owners said the fees would ruin them.",
        "Club members said the vote had been rushed.",
    ):
        assert [a.source_type for a in atts(body)] == ["other"], body
    ((_s, source_type, _v, _c),) = _with("His lawyers said he would appeal.", "")
    assert source_type == "person"


def test_a_bare_plural_names_its_they() -> None:
    ((_s, _t, _v, claim),) = _with("Dairy farmers have said they cannot pay more for feed.", "")
    assert claim == "Dairy farmers cannot pay more for feed."
    body = "Two men were seen running from the bank. Police said they were armed."
    assert any(a.claim.startswith("They") for a in atts(body))


# --------------------------------------------------------------------- group names


def test_a_group_named_by_a_collective_noun_is_a_body() -> None:
    for body, name in (
        ("Orley Valley Rescue Team said the path was unsafe.", "Orley Valley Rescue Team"),
        ("Canal Users Watch said the locks had failed.", "Canal Users Watch"),
        ("Harbour Youth Choir said the tour would go ahead.", "Harbour Youth Choir"),
    ):
        ((source, source_type, _v, _c),) = _with(body, "")
        assert (source, source_type) == (name, "organization")
    ((_s, source_type, _v, _c),) = _with("Ann Crew said the roads were shut.", "")
    assert source_type == "person"


def test_a_plural_possessive_inside_a_name() -> None:
    ((source, source_type, _v, _c),) = _with("The Kelvale Apple Growers’ Front said prices were too low.", "")
    assert source.endswith("Kelvale Apple Growers’ Front") and source_type == "organization"


def test_its_before_a_number_is_the_body() -> None:
    ((_s, _t, _v, claim),) = _with(
        "Orley Valley Rescue Team said its 12 volunteers had worked all night.", ""
    )
    assert claim.startswith("Orley Valley Rescue Team’s 12 volunteers")


def test_a_long_subject_of_a_relative_cue_ends_the_claim() -> None:
    body = (
        "The county trading standards fraud unit, which said in a report last year that scams had doubled, "
        "has asked for more staff."
    )
    assert "Scams had doubled." in [a.claim for a in atts(body)]


# --------------------------------------------------------------------- the passive telling table


def test_one_table_of_passive_telling() -> None:
    assert {p for p, kind in PASSIVE_TELLING.items() if kind == "notification"} == {
        "told",
        "informed",
        "notified",
    }
    ((source, _t, _v, claim),) = _with(
        "Tenants were reminded by the landlord that rents would rise in May.", "Rents"
    )
    assert (source, claim) == ("the landlord", "Rents would rise in May.")


# --------------------------------------------------------------------- the lead's note 1 (shapes of our own)


def test_a_headline_adds_with_a_thing_reports_nothing() -> None:
    ex = rules("Ferry line adds winter sailings to Skerrow\n\nThe line said the sailings would start in May.")
    assert [a.claim for a in ex.attributions] == ["The sailings would start in May."]
    ((_s, _t, _v, claim),) = _with("The ferry firm adds that fares will rise in May.", "")
    assert claim == "Fares will rise in May."


def test_a_verb_going_on_inside_the_claim_is_no_report() -> None:
    body = "Kelmore harbour said it had handled 1.2 million passengers in 2025 and expected a record next summer."
    assert [a.source for a in atts(body)] == ["Kelmore harbour"]
    body = "Their lawyer, Ines Parr, told the court that her client had been at home and asked that bail be lowered."
    assert [a.cue for a in atts(body)] == ["told", "asked that"]


def test_a_date_after_on_is_no_thing_blamed() -> None:
    ((_s, _t, _v, claim),) = _with(
        "The maker, Orvel Foods, blamed a fault at a plant in Leeds that shut on Oct. 3.", ""
    )
    assert not claim.startswith("Oct")


def test_a_statement_from_people_is_the_document() -> None:
    ((source, source_type, _v, _c),) = _with(
        "The cafe will close, according to a letter from the owners.", ""
    )
    assert (source, source_type) == ("letter", "document")
    ((source, source_type, _v, _c),) = _with(
        "The talks failed, according to a statement from the ministry.", ""
    )
    assert source_type == "government"


def test_they_after_a_plural_subject_with_its_place() -> None:
    body = (
        "Organisers said the parade would start at noon. The route runs past the harbour. "
        "Some traders in Kelby have objected. They said the parade would close their shops for a day."
    )
    ((source, *_),) = _with(body, "The parade would close")
    assert source == "Some traders in Kelby"


def test_a_title_before_a_label_line() -> None:
    ex = rules("Local news\n\nDr. Ines Parr: The clinic will stay open all winter.\n\nParr spoke on Monday.")
    assert [(a.source, a.claim) for a in ex.attributions] == [
        ("Ines Parr", "The clinic will stay open all winter.")
    ]
