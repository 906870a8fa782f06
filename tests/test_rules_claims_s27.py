"""Claims and their spans (session 27): the confident wrong answers left from session 26 and the kinds dev23 and
dev20 show, by mechanism. Sentences of our own, each kind with hard negatives first."""

from __future__ import annotations

from schemas import Attribution, Extraction
from tests.rules_support import rules


def run(body: str) -> Extraction:
    return rules("Coastal news\n\n" + body, "2026-12-07")


def atts(body: str) -> list[Attribution]:
    return list(run(body).attributions)


def pairs(body: str) -> list[tuple[str, str]]:
    return [(a.source, a.claim) for a in atts(body)]


# --------------------------------------------------------------------------- an addressee with words after its head


def test_an_addressee_told_a_statement_keeps_its_words_out_of_the_claim() -> None:
    """A guard, hard negatives: whom a source told, then "that" or a time, is no part of the claim."""
    assert pairs("Police told residents of the town that the water was safe.") == [
        ("Police", "The water was safe.")
    ]
    assert pairs("The mayor told reporters on Monday that the budget was balanced.") == [
        ("The mayor", "The budget was balanced.")
    ]
    assert pairs("Police told residents to stay indoors.") == [("Police", "Residents should stay indoors.")]


def test_an_addressee_with_a_postmodifier_told_to_do_something_is_the_claims_subject() -> None:
    """The lead's sentence (session 26): "Police told residents of the town to stay indoors." gave the claim "Of the
    town ...": the lead read past "residents" as an audience and stopped at its postmodifier."""
    assert pairs("The coastguard told residents of the harbour villages to keep away from the cliffs.") == [
        ("The coastguard", "Residents of the harbour villages should keep away from the cliffs.")
    ]
    assert pairs(
        "Health officials told parents at Westbrook Primary to keep unvaccinated children at home."
    ) == [("Health officials", "Parents at Westbrook Primary should keep unvaccinated children at home.")]
    assert pairs("The bank asked customers in rural areas not to queue outside the branches.") == [
        ("The bank", "Customers in rural areas should not queue outside the branches.")
    ]


# --------------------------------------------------------------------------- a semicolon ends a claim


def test_a_claim_goes_on_over_a_semicolon_in_the_speakers_own_voice() -> None:
    """Hard negatives: after a semicolon, a clause whose subject is a pronoun goes on in the speaker's voice (PolNeAR's
    content runs on over it), and a claim with no semicolon is as before."""
    ((_, claim),) = pairs("The ferry company said the crossing was safe; it had checked the hull twice.")
    assert claim == "The crossing was safe; it had checked the hull twice."
    assert pairs("The trust said the cottage would be sold in March.") == [
        ("The trust", "The cottage would be sold in March.")
    ]


def test_a_semicolon_before_a_clause_of_its_own_ends_the_claim() -> None:
    """The lead's sentence (session 26): "Supporters had argued that ...; farmers and parents' groups said ..." ran the
    first claim over the semicolon and relayed the second report by "Supporters"."""
    got = atts(
        "Supporters had argued that the new ferry timetable would help shops; boat owners and harbour workers' "
        "unions said the early sailings would put crews at risk."
    )
    assert [(a.source, a.claim, a.via) for a in got] == [
        ("Supporters", "The new ferry timetable would help shops.", None),
        ("boat owners and harbour workers' unions", "The early sailings would put crews at risk.", None),
    ]
    assert pairs(
        "The trust said the cottage would be sold at auction in March; bidders from three countries have "
        "registered."
    ) == [("The trust", "The cottage would be sold at auction in March.")]


# --------------------------------------------------------------------------- a thing reported, promised or admitted


def test_a_main_clause_report_of_a_thing_stays_a_claim() -> None:
    """Guards, hard negatives: a company's reported result is its claim (dev2's gold), a report in a main clause stays
    (a PolNeAR relation), a relative's clause after its cue is a claim, and a report inside a claim with a clause of
    its own stays nested."""
    assert pairs("Harrowfield Foods reported a pre-tax loss of £4.2m.") == [
        ("Harrowfield Foods", "A pre-tax loss of £4.2m.")
    ]
    assert pairs("The Coastal Ledger reported the mayor's resignation on Friday.") != []
    ((_, claim),) = pairs(
        "The lifeboat charity, which said in a report last year that callouts had doubled, is hiring crew."
    )
    assert claim == "Callouts had doubled."
    assert ("the harbour master", "The crane had failed twice.") in [
        (s.lower() if s.lower().startswith("the harbour") else s, c)
        for s, c in pairs("The union said the harbour master had reported that the crane had failed twice.")
    ]


def test_a_thing_reported_or_promised_in_a_relative_clause_is_no_claim() -> None:
    """The lead's sentence (session 26): "Shares in the company, which reported a loss last year, fell 8%." gave the
    claim "A loss last year, fell 8%."; dev20's "a grocery chain that had pledged 500 turkeys, said ..." one like it."""
    assert (
        pairs("Shares in the shipping line, which reported record profits last year, fell 6% on Monday.")
        == []
    )
    assert pairs("The bakery chain, which announced 30 closures in June, said sales had recovered.") == [
        ("The bakery chain", "Sales had recovered.")
    ]
    assert pairs("A builders' merchant that had pledged 200 sandbags said it delivered them on Friday.") == [
        ("A builders' merchant", "It delivered them on Friday.")
    ]


def test_a_thing_reported_inside_a_claim_is_no_report_of_its_own() -> None:
    """The lead's sentence (session 26): "The association said 230 of its 900 members had reported infected fields, and
    that ..." gave a nested attribution members / "Infected fields, and that ..."; dev20's "X reported his find within
    two days, the board said" gave the find to its finder."""
    assert pairs("The school said 14 pupils had reported a rash, and that two were in hospital.") == [
        # session 30: one cue over two that-clauses is one claim without the second "that" (the sets' gold)
        ("The school", "14 pupils had reported a rash, and two were in hospital.")
    ]
    assert pairs("The diver reported the wreck within a week, the museum said.") == [
        ("the museum", "The diver reported the wreck within a week.")
    ]


def test_a_plural_thing_admitted_is_written_as_a_sentence() -> None:
    """The lead's headline (session 26): "Housing association admits failures over mouldy flat" gave the claim
    "Failures over mouldy flat.", no sentence. An admission is its speaker's claim (session 11, dev3's gold note): a
    plural thing admitted is that there were such things. Hard negatives: a clause admitted is the claim as written,
    and a singular thing stays as before."""
    assert pairs("The council admitted that the flood warnings had been sent late.") == [
        ("The council", "The flood warnings had been sent late.")
    ]
    assert pairs("The ferry operator admitted responsibility for the collision.") == [
        ("The ferry operator", "Responsibility for the collision.")
    ]
    got = rules(
        "Hospital admits failings over patient's death\n\nThe story goes on.", "2026-12-07"
    ).attributions
    assert [a.claim for a in got] == ["There were failings over patient's death."]


# --------------------------------------------------------------------------- whom a telling verb told


def test_a_gathering_told_then_a_clause_is_whom_and_the_claim() -> None:
    """The lead's note (session 27): "The lorry driver ... told the inquest he had not seen her in his mirrors." had the
    claim "The inquest he had not seen her ...". Hard negatives: "that" after whom, and a plural audience, as before."""
    assert pairs("The ferry captain told the inquest that the radar had failed.") == [
        ("The ferry captain", "The radar had failed.")
    ]
    assert pairs("The ferry captain told reporters the radar had failed.") == [
        ("The ferry captain", "The radar had failed.")
    ]
    assert pairs("The ferry captain told the inquest he had not seen the buoy.") == [
        ("The ferry captain", "He had not seen the buoy.")
    ]


def test_an_outlet_told_after_the_claim_relays_it() -> None:
    """dev20's kind: "..., its director told the local paper Brekkvold Posten." had that outlet as the claim and no
    via. Hard negatives: a person told, and a wire service told, relay nothing."""
    got = atts(
        "The lighthouse will be sold in March, the trust's chairman told the weekly paper Kelmstone Courier."
    )
    assert [(a.claim, a.via) for a in got] == [("The lighthouse will be sold in March.", "Kelmstone Courier")]
    got = atts("The lighthouse will be sold in March, the trust's chairman told Dana Whitfield.")
    assert [a.via for a in got] == [None]
    got = atts("The lighthouse will be sold in March, the trust's chairman told Reuters.")
    assert [a.via for a in got] == [None]


# --------------------------------------------------------------------------- what comes after a closing cue


def test_a_comparison_after_a_closing_cue_is_the_claims() -> None:
    """The lead's note (session 27): "..., the government said on Thursday, above the rate of inflation but below what
    unions had sought." had that comparison as the claim."""
    ((_, claim),) = pairs(
        "Bus fares will rise 4% in January, the operator said on Monday, below the rate of inflation but above what "
        "riders had hoped."
    )
    assert claim.startswith("Bus fares will rise 4% in January, below the rate of inflation")


def test_an_appositive_after_an_according_to_source_is_no_part_of_the_claim() -> None:
    """dev20's kind: "..., according to a report by the Care Forum, a charity." had the claim "... since 2020 a
    charity." Hard negative: a predicate after the aside goes on with the claim."""
    ((_, claim),) = pairs(
        "Two in five lifeboat stations have cut crews since 2021, according to the Coastal Trust, a charity."
    )
    assert claim == "Two in five lifeboat stations have cut crews since 2021."
    ((_, claim),) = pairs("The plan, according to the harbour master, is to dredge the channel in May.")
    assert "dredge the channel" in claim


# --------------------------------------------------------------------------- a source's own report inside its claim


def test_a_persons_own_expectation_in_a_second_that_clause_is_no_second_attribution() -> None:
    """dev20's kind: "X said parliament would vote in February and that she expected it to pass" gave a second
    attribution "It to pass.". Hard negative: someone else's report inside the claim stays, relayed."""
    got = atts(
        "Minister Ilse Varga said parliament would vote on the ferry deal in May and that she expected it to pass."
    )
    assert len(got) == 1
    got = atts("The mayor said the bridge was safe and that the harbour master had told her it would reopen.")
    assert [(a.source, a.via) for a in got][1] == ("the harbour master", "The mayor")
