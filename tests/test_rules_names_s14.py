"""Speakers and sources, session 14: names that read on into "of", verbs of going on before a cue,
audiences of "telling", a signature's generational suffix. Sentences of our own, each with a hard
negative."""

from __future__ import annotations

from tests.rules_support import INTRO, attribution_sources, quote, run

# --------------------------------------------------------------------------- "Name of Somewhere"


def test_an_untitled_name_before_of_is_the_speaker() -> None:
    ex = run(INTRO + "“The dock stays open,” said Maria Ruiz of the harbour board.")
    assert quote(ex, "The dock stays open").speaker == "Maria Ruiz"


def test_an_untitled_name_before_of_is_the_source() -> None:
    assert attribution_sources("Maria Ruiz of the harbour board said the dock would close in May.") == [
        "Maria Ruiz"
    ]


def test_a_surname_before_of_is_the_person_the_article_named() -> None:
    body = "Len Ashcroft spoke first.\n\nAshcroft of the Harbour Policy Centre said the plan would cost more."
    assert attribution_sources(body) == ["Len Ashcroft"]


def test_an_organisation_with_of_keeps_its_name() -> None:
    # Hard negatives: "of" inside a body's name; a surname nobody named stays as written.
    assert attribution_sources("Bank of America said the dock would close.") == ["Bank of America"]
    assert attribution_sources("Ruiz of the harbour board said the dock would close in May.") == [
        "Ruiz of the harbour board"
    ]
    ex = run(INTRO + "“The dock stays open,” said the American Federation of Teachers.")
    assert quote(ex, "The dock stays open").speaker != "American Federation"


def test_two_people_of_two_places_are_not_one_of_them() -> None:
    # Guard (hard negative): a source of two people is not cut to the first.
    sources = attribution_sources("Ann Lowe of Georgia and Tom Ruiz of Arkansas said the bill would fail.")
    assert sources and sources[0] not in ("Ann Lowe", "Tom Ruiz")


# --------------------------------------------------------------------------- "keeps telling", "continues to say"


def test_a_verb_of_going_on_is_not_part_of_the_speaker() -> None:
    ex = run(INTRO + "Tom Ruiz keeps telling voters “the dock is safe.”")
    assert quote(ex, "the dock is safe").speaker == "Tom Ruiz"
    ex = run(INTRO + "The harbour council keeps saying “the dock is safe.”")
    assert quote(ex, "the dock is safe").speaker == "The harbour council"


def test_continues_to_say_has_its_speaker() -> None:
    ex = run(INTRO + "Tom Ruiz continues to say “the dock is safe.”")
    assert quote(ex, "the dock is safe").speaker == "Tom Ruiz"


def test_keep_as_the_claims_own_verb_is_not_skipped() -> None:
    # Hard negative: "keep" inside the claim, the source after it.
    assert attribution_sources("The ferries keep sailing, the harbour council said.") == [
        "the harbour council"
    ]


# --------------------------------------------------------------------------- audiences


def test_voters_told_a_quotation_are_its_audience_not_a_claim() -> None:
    ex = run(INTRO + "Tom Ruiz has been telling voters “the dock is safe.”")
    assert quote(ex, "the dock is safe").speaker == "Tom Ruiz"
    assert not any(a.claim.lower().startswith("voters") for a in ex.attributions)


def test_told_voters_that_keeps_the_claim() -> None:
    # Guard: the audience is read past, the claim stays.
    ex = run(INTRO + "Tom Ruiz told fans that the team would win the cup.")
    assert [a.claim for a in ex.attributions] == ["The team would win the cup."]


# --------------------------------------------------------------------------- signatures


def test_a_signature_keeps_a_suffix_period() -> None:
    ex = run(INTRO + "“We will rebuild the pier before the summer.”\n\n― Tomas Brandt Jr.")
    assert quote(ex, "We will rebuild").speaker == "Tomas Brandt Jr."


def test_a_sentence_after_a_dash_signs_nothing() -> None:
    # Hard negative: a list item that is a sentence.
    ex = run(INTRO + "“We will rebuild the pier.”\n\n— The council voted to close it.")
    assert quote(ex, "We will rebuild").speaker is None


# --------------------------------------------------------------------------- what stands before a name


def test_an_owner_or_a_description_before_a_name_is_not_the_speaker() -> None:
    ex = run(INTRO + "“The dock stays open,” said Harbour FM’s Tara Vendell.")
    assert quote(ex, "The dock stays open").speaker == "Tara Vendell"
    ex = run(INTRO + "“The dock stays open,” said Texas-based Matt Orlov.")
    assert quote(ex, "The dock stays open").speaker == "Matt Orlov"
    ex = run(INTRO + "“The dock stays open,” said conservative activist Bob Trask.")
    assert quote(ex, "The dock stays open").speaker == "Bob Trask"


def test_an_organisation_after_a_description_keeps_its_name() -> None:
    # Hard negative: no first name opens what follows "-based".
    ex = run(INTRO + "“The dock stays open,” said Port Alder-based Acme Corp.")
    assert quote(ex, "The dock stays open").speaker == "Port Alder-based Acme Corp"


def test_a_place_based_description_after_the_cue_leads_to_the_name() -> None:
    ex = run(INTRO + "“The dock stays open,” explained Port Alder-based attorney Edgar Halvorsen.")
    assert quote(ex, "The dock stays open").speaker == "Edgar Halvorsen"


def test_an_age_inside_a_description_stays_in_it() -> None:
    ex = run(INTRO + "“We made progress,” the 71-year-old diplomat said.")
    assert quote(ex, "We made progress").speaker == "the 71-year-old diplomat"


def test_a_body_named_with_its_article_or_a_relative_of_a_person_stays_itself() -> None:
    # Guard (hard negatives): "The Republic of Turkey" is no person; "the ex-wife of X" is not X.
    assert attribution_sources(
        "Maria Soviet spoke first.\n\nThe Republic of Turkey denies that the crime took place."
    ) == ["Republic of Turkey"]
    assert attribution_sources("The ex-wife of Ann Lowe said the dock would close.") != ["Ann Lowe"]
