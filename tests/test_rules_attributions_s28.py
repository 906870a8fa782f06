"""Attributions on unseen news (session 28): the lead's confident wrong answers and the kinds that recur across the
first sights of dev19 to dev24 (source types of a body of people, an office, a document; a body's name with a plural
owner; figures from a body). Sentences of our own, each kind with hard negatives first."""

from __future__ import annotations

from tests.rules_support import local_news_pairs as pairs
from tests.rules_support import local_news_types as typed
from tests.rules_support import run_local_news as run

# --------------------------------------------------------------------------- the subject of a coordinated "and said"


def test_two_names_opening_a_sentence_keep_their_source() -> None:
    """A guard, hard negatives: with no preposition before them, the first name of two speaks, as before; a sentence
    whose subject is no coordination keeps its subject."""
    assert pairs("Ruth Okafor and Tom Ruiz sent a letter to the council and said the vote should wait.") == [
        ("Ruth Okafor and Tom Ruiz", "The vote should wait.")
    ]
    assert pairs("The harbour master closed the channel and said it would reopen on Monday.")[0][0] == (
        "The harbour master"
    )


def test_two_objects_of_one_preposition_belong_to_the_subject() -> None:
    """The lead's note: "Councillors in Dunmere and Fellside ... and said" gave the source "Fellside"."""
    assert typed(
        "Councillors in Dunmere and Fellside opened two schools as rest centres and said about 300 people had "
        "spent the night there."
    ) == [("Councillors in Dunmere and Fellside", "government")]
    assert pairs("Police in Harwick and Sedley arrested four men and said more arrests were likely.") == [
        ("Police in Harwick and Sedley", "More arrests were likely.")
    ]


# --------------------------------------------------------------------------- what an "according to" source is


def test_a_claims_own_subject_set_off_by_commas_stays_in_the_claim() -> None:
    """A guard, hard negatives: after a body, or before an appositive of its own, the phrase is the claim's subject."""
    assert pairs("According to police, the driver, a local man, had been drinking.") == [
        ("police", "The driver, a local man, had been drinking.")
    ]
    assert pairs("According to Jane Hill, the driver, a man of 34, had been drinking.") == [
        ("Jane Hill", "The driver, a man of 34, had been drinking.")
    ]
    # review of s28: a name set off after the role makes the role the claim's subject
    assert pairs("According to Jane Hill, the pilot, Tom Reed, had ignored two warnings.") == [
        ("Jane Hill", "The pilot, Tom Reed, had ignored two warnings.")
    ]
    assert pairs("According to Ruth Okafor, the mayor's deputy will resign.") == [
        ("Ruth Okafor", "The mayor's deputy will resign.")
    ]


def test_a_role_set_off_after_an_according_to_person_is_no_part_of_the_claim() -> None:
    """The lead's note: "According to Jane Hill, a GP in Leeds, waiting lists are getting longer." had the claim "A
    GP in Leeds, waiting lists are getting longer."."""
    assert pairs("According to Jane Hill, a GP in Leeds, waiting lists are getting longer.") == [
        ("Jane Hill", "Waiting lists are getting longer.")
    ]
    assert pairs("According to Tomas Reyes, the harbour's pilot, the tide was unusually low.") == [
        ("Tomas Reyes", "The tide was unusually low.")
    ]
    assert pairs(
        "According to Priya Nand, chief executive of Ostry Foods, prices will rise again in spring."
    ) == [("Priya Nand", "Prices will rise again in spring.")]


# --------------------------------------------------------------------------- whom a telling verb told


def test_an_audience_told_with_a_modifier_is_no_part_of_the_claim() -> None:
    """The lead's note ("The ship's captain told investigators that the anchor had dragged."): an adjective or a
    number before the audience ("marine investigators", "two inspectors") left it in the claim."""
    assert pairs("The captain told marine investigators that the anchor had dragged in the storm.") == [
        ("The captain", "The anchor had dragged in the storm.")
    ]
    assert pairs("The skipper told two fisheries inspectors that the nets had been cut.") == [
        ("The skipper", "The nets had been cut.")
    ]
    # a guard: the plain audience, as before
    assert pairs("The ship's captain told investigators that the anchor had dragged.") == [
        ("The ship's captain", "The anchor had dragged.")
    ]


# --------------------------------------------------------------------------- types: one person by office or role


def test_firms_and_bodies_keep_their_types() -> None:
    """A guard, hard negatives: a firm with the legal form AG, the owner of a road, a body's acronym."""
    assert typed("Brenner Kraft AG said profits would rise.") == [("Brenner Kraft AG", "organization")]
    assert typed("The motorway toll rose again in January. Its owner said the rise paid for repairs.") == [
        ("Its owner", "organization")
    ]


def test_an_office_written_as_letters_is_a_person() -> None:
    """The lead's note: "The AG said ..." was typed an organisation."""
    assert typed("The AG said the charges against the harbour master would stand.") == [("AG", "person")]
    assert typed("The DA said the case would be reopened next month.") == [("The DA", "person")]


def test_the_owner_of_an_animal_is_a_person() -> None:
    """The lead's note: "its owner" after a dog was typed an organisation."""
    assert typed(
        "A spaniel called Biscuit was found alive after three days on the moor. Its owner said she was delighted."
    ) == [("Its owner", "person")]
    assert typed("The pony was sold at the fair. Its owners said it had gone to a good home.") == [
        ("Its owners", "person")
    ]


def test_one_person_named_by_a_role_is_a_person() -> None:
    """dev24's "the vicar" was typed "other" (the gold guide's role-identified individuals are people)."""
    assert typed("The vicar said the roof would be covered by Friday.") == [("The vicar", "person")]
    assert typed("The harbour master said the channel would reopen on Monday.") == [
        ("The harbour master", "person")
    ]
    assert typed("The auctioneer said the lamp was expected to fetch 9,000 pounds.") == [
        ("The auctioneer", "person")
    ]


def test_a_clergy_title_before_a_name_is_no_part_of_it() -> None:
    assert typed("The vicar, the Rev Ann Moss, said the roof would be covered by Friday.") == [
        ("Ann Moss", "person")
    ]


# --------------------------------------------------------------------------- types: bodies of people and documents


def test_a_body_of_people_speaking_as_one_is_an_organisation() -> None:
    """dev24's "the Velsing County jury" and "the parish" were typed "other" (the gold's organisations)."""
    assert typed("The jury found that the lighthouse keeper had been negligent.") == [
        ("The jury", "organization")
    ]
    assert typed("The parish said the bells would be restored by Easter.") == [("The parish", "organization")]
    assert typed("The shipping line said 46 containers had gone overboard.") == [
        ("The shipping line", "organization")
    ]


def test_a_decree_or_a_bylaw_is_a_document() -> None:
    """dev24's "a draft decree" was typed "other" (the gold's document)."""
    assert typed("A draft decree says shops must close by 10pm.") == [("A draft decree", "document")]
    assert typed("A draft bylaw says dogs must be kept on leads on the beach from May.") == [
        ("A draft bylaw", "document")
    ]


def test_officials_of_a_public_domain_are_the_states() -> None:
    """Officials by their domain: "Health officials said" was typed person (the book took "Health" for a surname;
    dev13's gold: government)."""
    assert typed("Health officials said two of the children had been taken to hospital.") == [
        ("Health officials", "government")
    ]


# --------------------------------------------------------------------------- names with a plural owner inside


def test_a_members_body_named_with_a_plural_owner_is_read_whole() -> None:
    """dev24's "the Warrandee Grain Growers’ Council" gave the source "Council" (government), dev22's "Malvercote
    Patients’ Voice" the source "Voice" (a person)."""
    assert typed("The Kellow Grain Growers’ Council said members expected heavy losses.") == [
        ("Kellow Grain Growers’ Council", "organization")
    ]
    assert typed("Ashby Patients’ Voice said the nearest dentist was 17 miles away.") == [
        ("Ashby Patients’ Voice", "organization")
    ]
    # a guard: a union, as before
    assert typed("The Kellow Farmers’ Union said the harvest was poor.") == [
        ("Kellow Farmers’ Union", "organization")
    ]


# --------------------------------------------------------------------------- figures from a body


def test_figures_from_a_body_name_the_body_typed_a_document() -> None:
    """dev22's "data from the Nordavel power exchange" and dev24's "figures from the Steeple and Slate Trust" stayed
    the source; dev23's "figures from the state statistics office" was typed government (the gold: the body, typed
    document)."""
    assert typed(
        "Lead thefts rose by a third, according to figures from the Bell and Tower Trust, a charity."
    ) == [("Bell and Tower Trust", "document")]
    assert typed("Prices jumped 23% on Thursday, according to data from the Ostmark power exchange.") == [
        ("the Ostmark power exchange", "document")
    ]
    # a guard: an outlet's data stays the outlet's
    assert typed("Sales fell 4% in May, according to data from the Financial Times.") == [
        ("Financial Times", "media")
    ]


# --------------------------------------------------------------------------- the lead's note 1 (session 28)


def test_a_he_never_goes_to_officers_named_in_the_plural() -> None:
    """The lead's note: "Prosecutors said ..." made a person "Prosecutors", and a quote's "he" two sentences on went
    to it."""
    ex = run(
        "Two men were charged with selling fake wine. Prosecutors said the bottles had been relabelled in a garage."
        "\n\nOne buyer, a retired dentist from Leeds, said he had spent his savings on the bottles. “I will never "
        "open another bottle without wondering,” he told the court in a statement."
    )
    assert [q.speaker for q in ex.quotes] != ["Prosecutors"]
    assert next((a.source, a.source_type) for a in ex.attributions) == ("Prosecutors", "government")


def test_a_claims_own_coordinated_verbs_stay_in_it() -> None:
    """A guard, hard negatives: what the claim's subject did, coordinated inside the claim."""
    assert pairs("The council said the pool would be cleaned and painted before it reopened.") == [
        ("The council", "The pool would be cleaned and painted before it reopened.")
    ]
    assert pairs("The bank said it would close the branch and cut 40 jobs.") == [
        ("The bank", "The bank would close the branch and cut 40 jobs.")
    ]
    assert pairs("Police said the driver had stopped and asked for directions.") == [
        ("Police", "The driver had stopped and asked for directions.")
    ]


def test_the_sources_own_act_after_its_claim_is_no_part_of_it() -> None:
    """The lead's note: "... said the ban would drive customers away and announced it would challenge it" and "...
    but did not commit to compensation" ran the claim over the speaker's own act."""
    assert pairs(
        "Harbour Traders said the levy would drive customers away and announced it would go to court."
    )[0] == (
        "Harbour Traders",
        "The levy would drive customers away.",
    )
    assert pairs(
        "The minister said inspectors would visit the farm on Monday but did not commit to compensation."
    ) == [("The minister", "Inspectors would visit the farm on Monday.")]
    assert pairs(
        "Judge Ann Birch told him his crimes had been cruel and careful, and ordered him to repay £900,000 to his "
        "victims."
    ) == [("Ann Birch", "His crimes had been cruel and careful.")]


def test_a_clause_opened_by_an_irregular_past_gives_its_subject_to_and_said() -> None:
    """The lead's note: "Transport Secretary Rupa Mehta cut the ribbon and said ..." made no attribution."""
    assert pairs(
        "Harbour Minister Lena Voss cut the ribbon and said the bridge would save drivers 25 minutes."
    ) == [("Lena Voss", "The bridge would save drivers 25 minutes.")]
    assert pairs("Ministers in Cardiff and Edinburgh met union leaders and said a deal was close.") == [
        ("Ministers in Cardiff and Edinburgh", "A deal was close.")
    ]


def test_more_bodies_typed_by_their_kind() -> None:
    """The lead's note: a name set off after its kind, an airport, bodies in the plural, a body named for its cause,
    a person with an honorific inside a long description were typed "other"."""
    assert typed("The grid operator, Vestnet, said a fault had caused the blackout.") == [
        ("Vestnet", "organization")
    ]
    assert typed("The airport said it would review its procedures.") == [("The airport", "organization")]
    assert typed("The universities said fees would rise.") == [("The universities", "organization")]
    assert typed("Campaign for Real Cider said it was worried about the closures.") == [
        ("Campaign for Real Cider", "organization")
    ]
    assert (
        typed("Marine biologist Dr Ines Carvallo of the University of Soledo said the reef was recovering.")[
            0
        ][1]
        == "person"
    )


def test_a_noun_after_without_is_no_report() -> None:
    """A guard, hard negative: "without warning" after an irregular past read as a clause's verb made the firm the
    source of the rest of the sentence (dev22's first paragraph)."""
    assert pairs(
        "Delivery startup Kartly shut down its app without warning on Wednesday night and filed for bankruptcy, a "
        "lawyer for the couriers said on Thursday."
    ) == [
        (
            "a lawyer for the couriers",
            "Delivery startup Kartly shut down its app without warning on Wednesday night and filed for bankruptcy.",
        )
    ]


def test_review_a_claims_coordinated_adjectives_nouns_and_passives_stay_in_it() -> None:
    """Review 2 of s28: any past form after "and" cut the claim ("elderly and disabled people"), a passive went on
    after ", and", and a statistic that rose became the source of an -ing cue."""
    assert pairs("The charity said the cuts would hurt elderly and disabled people most.") == [
        ("The charity", "The cuts would hurt elderly and disabled people most.")
    ]
    assert pairs(
        "Experts said the virus could spread to farmed birds and infected flocks would be culled."
    ) == [("Experts", "The virus could spread to farmed birds and infected flocks would be culled.")]
    assert pairs("The statement said the player had been fined £10,000, and banned for three matches.") == [
        ("The statement", "The player had been fined £10,000, and banned for three matches.")
    ]
    assert pairs("Unemployment rose in May, suggesting the recovery had stalled.") == []
