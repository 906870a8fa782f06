"""Who said it (session 23): sources, their types and claims on unseen news (dev19 at first sight), by mechanism.
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


def by_cue(body: str, cue: str) -> list[Attribution]:
    return [a for a in run(body).attributions if a.cue == cue]


# --------------------------------------------------------------------------- "X reported, citing Y" after the claim


def test_a_reason_cited_after_a_closing_cue_names_no_source() -> None:
    """A guard (passes before the change too), hard negatives: a person's reason ("citing overruns"), a warning's
    reason, "citing" with no closing cue of speech."""
    got = atts("The bridge could cost $2 billion, Okafor said, citing overruns on earlier bridges.")
    assert [(a.source, a.via) for a in got] == [("Ruth Okafor", None)]
    got = atts("The pier will stay shut, the port authority said, citing the storm damage.")
    assert [(a.source, a.via) for a in got] == [("the port authority", None)]


def test_an_outlet_citing_someone_after_the_claim_relays_them() -> None:
    """dev19 three times ("..., the public broadcaster ORV reported, citing a ministry official"): the sets' guide
    has "X reported, citing Y" as source Y, via X; before, the outlet was the source (as it still is with no
    "citing")."""
    (a,) = atts(
        "Toll booths will close at midnight, the broadcaster KTV reported, citing a transport ministry official."
    )
    assert (a.source, a.source_type, a.via) == ("a transport ministry official", "anonymous", "KTV")
    assert a.evidence[0].text.endswith("citing a transport ministry official")
    (a,) = atts(
        "Dunmere will be the fifth county to ban the boats, the Ledger reported, citing state fisheries data."
    )
    assert (a.source, a.source_type, a.via) == ("state fisheries data", "document", "Ledger")
    (a,) = atts(
        "The ferry will stop in March, the regional newspaper Harbour Echo reported, citing the town’s mayor."
    )
    assert (a.source, a.via) == ("the town’s mayor", "Harbour Echo")
    (a,) = atts("The ferry will stop in March, the regional newspaper Harbour Echo reported.")
    assert (a.source, a.via) == ("Harbour Echo", None)


# --------------------------------------------------------------------------- "X rejected that," the claim before


def test_that_which_is_no_pronoun_is_left_as_it_was() -> None:
    """A guard (passes before the change too), hard negatives: "rejected that" opening a clause, "denied that" after
    a sentence that reported nothing."""
    assert [(a.cue, a.claim) for a in atts("Okafor rejected that the pier was unsafe.")] == [
        ("rejected that", "That the pier was unsafe.")
    ]
    assert atts("The port lost money last year. The company denied that.") == []


def test_rejecting_that_denies_the_claim_before() -> None:
    """dev10, dev13 and dev15 ("Lansky rejected that, saying ..."): an attribution whose claim is the claim of the
    sentence before, negated; and "denied that," (dev9, dev12, dev13), whose claim had been the participle after
    it ("Saying staffing met the rules.")."""
    (rej,) = by_cue(
        "The critic wrote in the Ledger that the judges had played it safe. Okafor rejected that, saying two of the "
        "books were translations.",
        "rejected",
    )
    assert (rej.source, rej.claim) == ("Ruth Okafor", "It is not true that the judges had played it safe.")
    assert rej.evidence[0].text == "Okafor rejected that"
    (den,) = by_cue(
        "The union said staffing had fallen to 38. The company denied that, saying staffing met the rules.",
        "denied",
    )
    assert (den.source, den.claim) == ("The company", "It is not true that staffing had fallen to 38.")


# --------------------------------------------------------------------------- a headline's bare description of the source


def headline_run(headline: str, body: str) -> list[tuple[str, str]]:
    ex = rules(headline + "\n\n" + body, "2024-05-02")
    return [(a.source, a.evidence[0].text) for a in ex.attributions]


def test_a_headline_claim_the_body_does_not_repeat_stays_its_own() -> None:
    """A guard (passes before the change too), hard negatives: a bare description whose claim the body does not
    state, and a named headline source with a different body source."""
    got = headline_run(
        "Pier will reopen in May, unions say",
        "The council said on Monday that the harbour budget would be cut by a third.",
    )
    assert [s for s, _ in got] == ["unions", "The council"]
    got = headline_run(
        "Knee patients in Harbour wait 41 weeks, Okafor says",
        "Knee patients in Harbour wait a median of 41 weeks, according to a report published on Monday by the Care "
        "Inspectorate.",
    )
    assert [s for s, _ in got] == ["Okafor", "Care Inspectorate"]


def test_a_headline_naming_the_source_by_its_kind_joins_the_body_claim() -> None:
    """dev3 ("..., watchdog says" over "..., according to a report ... by the Health Services Inspectorate") and dev18
    ("..., biologists say" over "..., researchers reported"): one attribution with two spans, the body's source."""
    got = headline_run(
        "Knee patients in Harbour wait 41 weeks, watchdog says",
        "Knee patients in Harbour wait a median of 41 weeks, according to a report published on Monday by the Care "
        "Inspectorate.",
    )
    assert got == [("Care Inspectorate", "Knee patients in Harbour wait 41 weeks, watchdog says")]


# --------------------------------------------------------------------------- a decision on what was put to a vote


def test_rejecting_a_stance_is_still_a_claim() -> None:
    """A guard (passes before the change too), hard negatives: an idea, charges, criticism, claims, complaints with
    their clause rejected; a person rejecting an offer (PolNeAR train annotates "Khan rejected Trump's offer")."""
    assert [a.claim for a in atts("Okafor rejected complaints that the count was rigged.")] == [
        "Complaints that the count was rigged."
    ]
    # Session 32 (the lead's note): rejecting an offer is a decision on what was put to her, no claim (PolNeAR train
    # annotates "Khan rejected Trump's offer"; the sets' gold has none such, and two spurious items on dev21)
    assert atts("Okafor rejected the mayor's offer on Tuesday.") == []
    assert [a.claim for a in atts("Okafor rejected the idea that the port was unsafe.")] == [
        "The idea that the port was unsafe."
    ]
    assert [a.claim for a in atts("Okafor rejected criticism of the plan.")] == ["Criticism of the plan."]
    assert [a.claim for a in atts("The council rejected claims that the plan would cost jobs.")] == [
        "Claims that the plan would cost jobs."
    ]


def test_rejecting_a_proposal_or_an_offer_is_a_decision() -> None:
    """dev4, dev15, dev19: voters rejecting a proposal, shareholders a pay package (a vote), an arbiter a complaint
    (a ruling); the gold has no attribution."""
    assert atts("Voters in Dunmere rejected a proposal to extend council terms from two years to four.") == []
    assert atts("Shareholders on Monday rejected Harbour chief’s $48 million pay package.") == []
    assert atts("The arbiter rejected a complaint from the home team about noise in the hall.") == []


# --------------------------------------------------------------------------- "warning" as a noun


def test_participles_after_a_comma_or_a_contraction_still_report() -> None:
    """A guard (passes before the change too), hard negatives: a participle after a comma and an aside, "with the
    mayor saying" (an -ing cue after a determiner and a noun), "He’s claiming" (a contraction, not an owner)."""
    got = atts("Okafor spoke to the council, her voice shaking, warning that the pier could fall.")
    assert [(a.source, a.claim) for a in got] == [("Ruth Okafor", "The pier could fall.")]
    got = atts("The port will close, with the mayor saying the pier is unsafe.")
    assert [a.claim for a in got] == ["The pier is unsafe."]
    got = atts("Okafor spoke on Monday. She’s warning that the pier could fall.")
    assert [a.claim for a in got] == ["The pier could fall."]


def test_a_warning_after_a_determiner_or_an_owner_is_a_noun() -> None:
    """dev6 ("required a boxed warning about liver injury": source "a boxed"), dev13 ("had missed warning signs":
    the claim "Signs at the first farm."), dev16 ("denied that the club’s warning had been ignored")."""
    assert atts("The agency approved the pill but required a boxed warning about liver damage.") == []
    got = atts("A councillor, Ada Venn, said inspectors had missed warning signs at the harbour.")
    assert [a.cue for a in got] == ["said"]
    got = atts("Ms Venn denied that the club’s warning had been ignored, saying the start had been moved.")
    assert [a.cue for a in got] == ["denied that", "saying"]


def test_a_parks_management_is_an_organisation() -> None:
    """dev10 ("Park management rejected that"): the gold's organisation, typed "other"."""
    got = atts("The hotel management said the pool would close.")
    assert [(a.source, a.source_type) for a in got] == [("The hotel management", "organization")]


# --------------------------------------------------------------------------- "The utility will ..., it said"


def test_a_closing_it_after_a_claim_that_opens_with_no_body_is_as_before() -> None:
    """A guard (passes before the change too), hard negative: a claim opening with a thing ("The port"), not a
    body's kind, keeps the older reading of "it"."""
    got = atts(
        "Corvel Turbines builds towers. The port lost money, and the minister met Corvel Turbines, it said."
    )
    assert [a.source for a in got] == ["Corvel Turbines"]


def test_a_closing_it_is_the_body_the_claim_opens_with() -> None:
    """dev19 ("The utility will take a write-down ... and has ended its turbine order with Holmkjaer Turbines, it
    said."): "it" went to the firm named inside the claim."""
    got = atts(
        "Harbour Energy Group has cancelled its wind farm, the company said on Monday.\n\n"
        "The utility will take a write-down of €310m and has ended its order with Corvel Turbines, it said."
    )
    assert [a.source for a in got][-1] == "Harbour Energy Group"


# --------------------------------------------------------------------------- a relative clause on an appositive


def test_a_relative_clause_right_after_a_name_is_as_before() -> None:
    """A guard (passes before the change too): "NAME, who had predicted that ..., said" gives both to the name."""
    got = atts(
        "Tove Arnsberg, who had predicted that bids would reach 2.2 billion euros, said the exit left the "
        "operators little reason to fight."
    )
    assert [(a.source, a.via) for a in got] == [("Tove Arnsberg", None), ("Tove Arnsberg", None)]


def test_a_relative_clause_on_an_appositive_is_the_names() -> None:
    """dev19 ("Pietra Lunsgard, an analyst at Crennick Securities who had predicted that ..., said ..."): the
    source was "an analyst at Crennick Securities who", its claim ran over the name's own report, which took it as
    its via."""
    got = atts(
        "Tove Arnsberg, an analyst at Kelmar Securities who had predicted that bids would reach 2.2 billion "
        "euros, said the exit left the operators little reason to fight."
    )
    assert [(a.source, a.claim, a.via) for a in got] == [
        ("Tove Arnsberg", "Bids would reach 2.2 billion euros.", None),
        ("Tove Arnsberg", "The exit left the operators little reason to fight.", None),
    ]


# --------------------------------------------------------------------------- a brewery; "put it up for sale"


def test_a_brewery_spokesman_speaks_for_an_organisation() -> None:
    """dev19 ("A brewery spokesman, Alcott Pembry, denied ..."): typed person; "the brewery" was no body's kind."""
    got = atts("A brewery spokesman, Aldo Pembry, denied that the company had favoured a developer.")
    assert [(a.source, a.source_type) for a in got] == [("Aldo Pembry", "organization")]


def test_as_she_put_it_is_still_a_cue() -> None:
    """A guard (passes before the change too), hard negatives: "as Okafor put it", "put it bluntly"."""
    assert [a.claim for a in atts("The plan was, as Okafor put it, a disgrace.")] == [
        "The plan was a disgrace."
    ]
    assert [a.cue for a in atts("Okafor put it bluntly: the pier is unsafe.")] == ["put it"]


def test_putting_a_thing_up_for_sale_is_no_cue() -> None:
    """dev19 ("Falstead put it up for sale with 11 other rural pubs": the claim "Up for sale with 11 ...")."""
    got = atts("The pub closed when Falbrook put it up for sale with 11 other pubs, saying they lost money.")
    assert [a.cue for a in got] == ["saying"]


# --------------------------------------------------------------------------- a document cited inside someone's words


def test_a_document_that_reports_on_its_own_is_still_a_source() -> None:
    """A guard (passes before the change too), hard negative: a survey's finding opening its sentence."""
    got = atts("A survey by the Harbour Institute found that 40% of dockers back the strike.")
    assert [a.cue for a in got] == ["found that"]


def test_a_document_inside_someones_words_is_their_evidence() -> None:
    """dev5, dev12 (three times), dev17, dev18: "said its own studies showed ...", "said the figures showed ..." (the
    sets' guide: a document that showed something inside someone's speech is that person's evidence)."""
    got = atts("Finance Minister Ada Venn said the figures showed the pension system needed changes.")
    assert [(a.source, a.claim) for a in got] == [
        ("Ada Venn", "The figures showed the pension system needed changes.")
    ]
    got = atts(
        "Harbour Quarry said in a statement that its own surveys found no link between the quarry and the cave."
    )
    assert [a.cue for a in got] == ["said"]


# --------------------------------------------------------------------------- the review of session 23


def test_what_that_denies_is_the_report_before_it() -> None:
    """Hard negatives of the review of session 23: a report earlier in the same sentence (left as before: no
    attribution from the denial), a rejected request (the request is rejected, not the report of it), a name
    keeping its capital in the negated claim."""
    got = atts(
        "Analysts said prices would rise in January. Smith said the deal was dead, but Jones denied that."
    )
    assert [a.claim for a in got if a.cue.startswith("denied")] == []
    got = atts("The union asked for a 10% rise, its leader said. The company rejected that.")
    assert [a.cue for a in got] == ["said"]
    got = atts("Officials said Lagos had paid the debt. The governor denied that.")
    assert got[-1].claim == "It is not true that Lagos had paid the debt."


def test_a_reason_or_the_evidence_cited_after_said_is_no_source() -> None:
    """Hard negatives of the review of session 23: "..., the chief executive said, citing Brexit" gave the source
    Brexit, "citing October's figures" the figures; a person cited after "said" is still the source."""
    got = atts("Sales will fall next year, the chief executive said, citing Brexit.")
    assert [(a.source, a.via) for a in got] == [("the chief executive", None)]
    got = atts("Prices will rise, the minister said, citing October's figures.")
    assert [(a.source, a.via) for a in got] == [("the minister", None)]
    got = atts("Prices will rise, the minister said, citing two officials.")
    assert [(a.source, a.via) for a in got] == [("two officials", "the minister")]


def test_a_club_rejecting_bids_is_a_decision() -> None:
    """The lead's article of session 23: "the club had rejected two earlier bids ... before accepting the third"."""
    assert atts("The club had rejected two earlier bids, of £30m and £34m, before accepting the third.") == []


# --------------------------------------------------------------------------- the lead's articles of session 23


def test_repeated_as_a_verb_still_reports() -> None:
    """A guard (passes before the change too): "repeated claims that" after its subject reports."""
    assert [a.cue for a in atts("The council repeated warnings that the pier was unsafe.")] == ["repeated"]


def test_repeated_as_an_adjective_reports_nothing() -> None:
    """The lead's article: "said the company had ignored repeated warnings that ..." gave a second attribution,
    source "the company had ignored", cue "repeated"."""
    got = atts(
        "Judge Helen Carr said the company had ignored repeated warnings that the scaffold was overloaded."
    )
    assert [(a.source, a.cue) for a in got] == [("Helen Carr", "said")]


def test_a_warning_a_body_issued_is_the_bodys() -> None:
    """The lead's article ("The Met Office issued an amber warning for snow ... and said ...": source "an amber")
    and the review ("issued a stern warning that ...": source "a stern" before, then no attribution)."""
    got = atts(
        "The Met Office issued an amber warning for snow until noon on Saturday and said temperatures could fall "
        "to minus 12C."
    )
    assert [a.source for a in got] == ["Met Office"]
    got = atts("The regulator issued a stern warning that banks must hold more capital.")
    assert [(a.source, a.claim) for a in got] == [("The regulator", "Banks must hold more capital.")]


def test_rejecting_what_was_called_something_denies_it() -> None:
    """dev10 ("... and called the park “dangerously short-handed.” Park management rejected that"): a naming verdict
    before is no request (an earlier form of the request guard took "called" for "called for")."""
    got = atts(
        "The union said staffing had fallen and called the park “dangerously short-handed.” Park management "
        "rejected that, saying staffing met provincial rules."
    )
    assert [a.claim for a in got if a.cue == "rejected"] == [
        "It is not true that the park is dangerously short-handed."
    ]


def test_a_warning_of_no_clause_gives_no_source() -> None:
    """A guard (passes before the change too): dev3's "had issued its highest, red, warning for the coast" reports
    nothing (a first form of the stern-warning rule gave the institute a claim)."""
    assert (
        atts("The Harbour Weather Institute had issued its highest, red, warning for the coast on Friday.")
        == []
    )


def test_a_reason_cited_after_an_outlets_report_is_no_source() -> None:
    """The second review of session 23: "..., the Gazette reported on Friday, citing rising costs." gave the source
    "rising costs" via the Gazette; people the outlet cites are still the source."""
    got = atts("Prices will rise 5% next year, the Gazette reported on Friday, citing rising costs.")
    assert [(a.source, a.via) for a in got] == [("Gazette", None)]
    got = atts(
        "Prices will rise 5% next year, the Gazette reported on Friday, citing two people familiar with the talks."
    )
    assert [(a.source, a.via) for a in got] == [("two people familiar with the talks", "Gazette")]
