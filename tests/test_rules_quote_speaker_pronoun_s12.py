"""Who "he"/"she" after a quote stands for (issue 14, session 12): the people a pronoun can reach,
names the entity book missed or mistyped (from PolNeAR train misses). Sentences of our own, each
kind with a hard negative."""

from __future__ import annotations

from tests.rules_support import INTRO, quote, run


def _speaker(text: str, start: str) -> str | None:
    return quote(run(INTRO + text), start).speaker


# --------------------------------------------------------------------------- people the book missed


def test_a_surname_with_an_inner_capital_is_a_person() -> None:
    # "DeMarco" was no name token, so "Lou DeMarco" was a thing and "he" went to Tom Ruiz.
    text = (
        "Councillor Tom Ruiz spoke first.\n\n"
        "At the marina, Lou DeMarco, the club's president, disagreed with the plan.\n\n"
        "“We are in the people business,” he said."
    )
    assert _speaker(text, "We are in the people") == "Lou DeMarco"


def test_a_title_and_a_first_name_make_a_person_whose_surname_is_an_outlet() -> None:
    text = (
        "Harbour Mayor Don Guardian welcomed the visit.\n\n"
        "But Guardian, the first mayor from the port, stopped short of endorsing the plan.\n\n"
        "He said that the old ferry was “a good neighbour.”"
    )
    ex = run(INTRO + text)
    assert quote(ex, "a good neighbour").speaker == "Don Guardian"
    assert {e.name: e.type for e in ex.entities}["Don Guardian"] == "person"


def test_the_outlet_with_its_article_stays_an_outlet() -> None:
    # Hard negative: "The Guardian" is the newspaper even in an article naming Don Guardian.
    text = (
        "Harbour Mayor Don Guardian welcomed the visit.\n\n"
        "The Guardian reported on Monday that the ferry would close, and the mayor said it was “a loss.”"
    )
    ex = run(INTRO + text)
    types = {e.name: e.type for e in ex.entities}
    assert types["Don Guardian"] == "person"
    assert types["Guardian"] == "organization"


def test_a_descriptor_inside_a_run_is_the_title_of_the_name_after_it() -> None:
    text = (
        "Harbour Committee Republican Mike Pomfret, who has read the file, agreed with the mayor.\n\n"
        "“The plan is risky,” he said."
    )
    ex = run(INTRO + text)
    assert quote(ex, "The plan is risky").speaker == "Mike Pomfret"
    assert "Mike Pomfret" in {e.name for e in ex.entities if e.type == "person"}


def test_an_organisation_whose_name_holds_a_descriptor_stays_one() -> None:
    # Hard negative: no first name after "Republican", so the run stays an organisation.
    ex = run(INTRO + "The Harbour Republican Committee said the plan was “risky.”")
    assert "Harbour Republican Committee" not in {e.name for e in ex.entities if e.type == "person"}


def test_a_surname_first_read_as_a_place_keeps_its_sentences() -> None:
    # "to Lowe" typed Lowe a place; merged into Ann Lowe at the end, her sentences still named the
    # place record, so "she" found no one.
    text = (
        "Ann Lowe is a harbour pilot.\n\n"
        "Councillor Tom Ruiz later apologised to Lowe and to the pilots.\n\n"
        "Mayor Dana Whitfield said the apology came late.\n\n"
        "Lowe said she wanted to move forward.\n\n"
        "“We were hurt, but we can move on now,” she said."
    )
    # Not the mayor, the woman named last before Lowe's own sentence.
    assert _speaker(text, "We were hurt") == "Ann Lowe"


# --------------------------------------------------------------------------- which of a sentence's people


def test_a_name_qualifying_a_role_is_not_the_subject() -> None:
    # "Ruiz consultant Colin Marsh picked up ...": the sentence is about Marsh; Ruiz qualifies his role.
    text = (
        "Councillor Tom Ruiz opened the debate.\n\n"
        "Ruiz consultant Colin Marsh picked up the same thread. “The plan is sound,” he said."
    )
    assert _speaker(text, "The plan is sound") == "Colin Marsh"


def test_a_name_before_a_verb_and_another_name_stays_the_subject() -> None:
    # Hard negative: "Ruiz told Colin Marsh ...": "told" is no role, Ruiz is the subject who speaks.
    text = (
        "Councillor Tom Ruiz opened the debate.\n\n"
        "Ruiz told Colin Marsh the plan was sound. “It will pass,” he said."
    )
    assert _speaker(text, "It will pass") == "Tom Ruiz"
