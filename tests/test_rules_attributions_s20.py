"""Who said it (issue 14, session 20): the source's type on unseen news, by mechanism. A name the article shows
speaking as a body ("X, which employs ..., said", "X said it would appeal") is an organisation; a body's kind
written before its name ("according to the ship-tracking service X") names and types the body; groups of the
public ("Residents said") are "other", the body they work at types them ("Analysts at X"), lawmakers are
government and bare "officials" a public body's. Sentences of our own, each kind with hard negatives."""

from __future__ import annotations

from schemas import Extraction
from tests.rules_support import run_two_women as run
from tests.rules_support import source_types as typed
from tests.rules_support import sources_and_claims as claims


def entity_type(ex: Extraction, name: str) -> str:
    (e,) = [e for e in ex.entities if e.name == name]
    return e.type


# --------------------------------------------------------------------------- a name that speaks as a body


def test_a_bare_name_saying_it_would_act_is_an_organisation() -> None:
    body = (
        "The regulator blocked the sale of the dairy on Tuesday. Quenby said it would appeal the ruling within "
        "30 days. Quenby denied that it would close any plants."
    )
    assert typed(body) == [("Quenby", "organization"), ("Quenby", "organization")]
    assert entity_type(run(body), "Quenby") == "organization"


def test_a_name_with_a_which_clause_before_its_cue_is_an_organisation() -> None:
    body = "Tollerby, which employs about 18,000 people in 410 stores, said the offer was too low."
    assert typed(body) == [("Tollerby", "organization")]
    body = "Dunhollow Line said in a statement that it had hired a salvage company."
    assert typed(body) == [("Dunhollow Line", "organization")]


def test_people_saying_it_stay_people() -> None:
    """A guard (passes before the change too), hard negatives: a first name the tables know, a surname the article
    gives in full, a "who" clause, an expletive or weather "it", a person the article calls "she"."""
    assert typed("Tom Varga said it would appeal the ruling.") == [("Tom Varga", "person")]
    assert typed("Okafor, who runs the pilots' union, said it would appeal.") == [("Ruth Okafor", "person")]
    assert typed("Adaeze Nwankwo-Obi said it would take weeks to clear the road.") == [
        ("Adaeze Nwankwo-Obi", "person")
    ]
    assert typed("Tiernagh Brolly said it will rain all week.") == [("Tiernagh Brolly", "person")]
    assert [t for _s, t in typed("Nurses said it had opened a new ward in May.")] != ["organization"]
    body = "Tiernagh Brolly said she was tired. Tiernagh Brolly said it would appeal."
    assert [t for _s, t in typed(body)] == ["person", "person"]


def test_a_place_with_a_which_clause_that_does_not_speak_stays_a_place() -> None:
    """A guard (passes before the change too): "which" alone, with no reporting verb after it, types nothing."""
    ex = run("Kellmouth, which lies on the coast, was flooded on Monday, Ruth Okafor said.")
    assert [(a.source, a.source_type) for a in ex.attributions] == [("Ruth Okafor", "person")]
    assert all(e.type != "organization" for e in ex.entities if e.name == "Kellmouth")


# --------------------------------------------------------------------------- a body's kind before its name


def test_a_kind_before_a_name_names_and_types_the_body() -> None:
    body = "About 38,000 homes lost power, according to the grid operator Vestmark."
    assert typed(body) == [("Vestmark", "organization")]
    body = "Sales of the book jumped ninefold, according to the book-tracking service Pagecount."
    assert typed(body) == [("Pagecount", "organization")]
    body = "Freight rates doubled in a month, according to the shipping data firm Corvel Analytics."
    assert typed(body) == [("Corvel Analytics", "organization")]


def test_a_role_before_a_name_is_a_person() -> None:
    """A guard (passes before the change too): a person's role before the name is no body's kind."""
    body = "The pier will close in May, according to the harbour master, Tom Varga."
    assert typed(body) == [("Tom Varga", "person")]


# --------------------------------------------------------------------------- groups, lawmakers, officials


def test_groups_of_the_public_are_other() -> None:
    assert typed("Residents said the slope had been unstable for years.") == [("Residents", "other")]
    assert typed("Some residents said the slope had been unstable for years.") == [
        ("Some residents", "other")
    ]
    assert typed("Opponents said the levy would hurt small traders.") == [("Opponents", "other")]


def test_a_group_at_a_body_or_a_place_is_other() -> None:
    body = "Analysts at Sorvel Securities said forced selling could reach $1.2 billion."
    assert typed(body) == [("Analysts at Sorvel Securities", "other")]
    body = "Residents at Harbour Street said the slope had been unstable for years."
    assert [t for _s, t in typed(body)] == ["other"]


def test_lawmakers_and_bare_officials_are_government() -> None:
    assert [t for _s, t in typed("A number of opposition lawmakers said the budget was unfair.")] == [
        "government"
    ]
    assert typed("Officials said the road would reopen on Monday.") == [("Officials", "government")]


def test_unnamed_officials_stay_anonymous() -> None:
    """A guard (passes before the change too), hard negatives: officials counted or described as unnamed."""
    assert [t for _s, t in typed("Two officials said the road would reopen on Monday.")] == ["anonymous"]
    body = "An official who asked not to be named said the road would reopen on Monday."
    assert [t for _s, t in typed(body)] == ["anonymous"]
    body = "People familiar with the plan said the road would reopen on Monday."
    assert [t for _s, t in typed(body)] == ["anonymous"]


# --------------------------------------------------------------------------- hard negatives of session 19's rules


def test_they_after_whom_a_telling_verb_told_stays_they() -> None:
    """ "they" after "told the pilots" may be the pilots: the claim keeps the pronoun (session 19 named the owners)."""
    assert claims("The owners told the pilots they would be paid in May.") == [
        ("The owners", "They would be paid in May.")
    ]
    assert claims("The union told its members they would strike on Monday.") == [
        ("The union", "They would strike on Monday.")
    ]


def test_they_after_an_audience_is_the_source() -> None:
    """A guard (passes before the change too): reporters told are an audience, not whom "they" stands for."""
    assert claims("The pilots told reporters they would strike on Monday.") == [
        ("The pilots", "The pilots would strike on Monday.")
    ]
    assert claims("The pilots said they would strike on Monday.") == [
        ("The pilots", "The pilots would strike on Monday.")
    ]
