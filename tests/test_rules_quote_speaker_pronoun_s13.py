"""Who "he"/"she" stands for (issue 14, session 13), for quote speakers and attribution sources: what the
article's own pronouns say of a name that says no gender, bare surnames read before the person's full
name, and places and firms a pronoun took for a person (from PolNeAR train misses). Sentences of our own,
each kind with a hard negative."""

from __future__ import annotations

from tests.rules_support import INTRO, quote, run


def _speaker(text: str, start: str) -> str | None:
    return quote(run(INTRO + text), start).speaker


def _source(text: str, claim_start: str) -> str:
    (a,) = [a for a in run(INTRO + text).attributions if a.claim.startswith(claim_start)]
    return a.source


# --------------------------------------------------------------------------- the article's own pronouns


def test_a_name_the_article_calls_she_is_no_later_he() -> None:
    # "Robin" is a man's and a woman's name; "Tate said she" makes Robin Tate a woman, so the "he" after
    # the quote is Peter Vane, the man of the sentence before, not Tate (the nearer subject).
    text = (
        "Robin Tate and Peter Vane sit on the harbour board.\n\n"
        "Vane opened the meeting on the levy. Tate said she would vote against it.\n\n"
        "“The levy is needed,” he said."
    )
    assert _speaker(text, "The levy is needed") == "Peter Vane"


def test_a_pronoun_after_someone_else_named_gives_no_gender() -> None:
    # Hard negative: "Tate thanked Lowe, and said she ..." names Lowe between Tate and "she": no evidence
    # about Tate, who stays a possible "he".
    text = (
        "Ann Lowe chaired the harbour board for ten years.\n\n"
        "Robin Tate thanked Lowe, and said she had done well.\n\n"
        "“We will build the pier,” he said."
    )
    assert _speaker(text, "We will build the pier") == "Robin Tate"


def test_a_pronoun_after_an_object_gives_no_gender() -> None:
    # Hard negative: "Tate told the Gazette that she ..." is about the woman named before (Ann Lowe), so
    # it says nothing of Tate's gender; the later "he" is Tate.
    text = (
        "Ann Lowe rowed for the harbour club.\n\n"
        "Robin Tate told the Harbour Gazette that she was a regular at the pier.\n\n"
        "“We will miss her,” he said."
    )
    assert _speaker(text, "We will miss her") == "Robin Tate"


# --------------------------------------------------------------------------- bare surnames read early


def test_a_bare_surname_after_a_place_reading_is_the_person() -> None:
    # "a defeat to Garvey" typed a place "Garvey", which hid the person from the bare "Garvey" read before
    # "Mayor Tom Garvey" was named: "Garvey was furious" had no subject, and "he" went to no one.
    text = (
        "The council handed a defeat to Garvey on Monday.\n\n"
        "Garvey was furious about the vote. “This is a stitch-up,” he said.\n\n"
        "Mayor Tom Garvey has led the town since 2019."
    )
    assert _speaker(text, "This is a stitch-up") == "Tom Garvey"


def test_a_place_after_to_stays_a_place() -> None:
    # Hard negative: no person of the article is called Dover, so "Dover" stays a place, no speaker.
    text = (
        "The council handed the ferry contract to Dover on Monday.\n\n"
        "Dover was pleased. “This is good news,” he said."
    )
    assert _speaker(text, "This is good news") != "Dover"


# --------------------------------------------------------------------------- places and firms


def test_the_tail_of_a_place_name_is_no_person() -> None:
    # "a New Jersey Elks lodge": "New" is a common capitalised word, so the run was "Jersey Elks", a
    # person by its shape, and the nearest "he".
    text = (
        "Senator Tom Brandt toured the coast in 1992.\n\n"
        "In a speech at a New Jersey Elks lodge, he promised that the pier would be rebuilt."
    )
    assert _source(text, "The pier would be rebuilt") == "Tom Brandt"


def test_a_region_is_no_person() -> None:
    # "Upper Dalton" was a person by its shape, the subject nearest the "she".
    text = (
        "Maria Olsen, 20, took up sailing seven years ago.\n\n"
        "Upper Dalton has no harbour of its own. The river was a refuge, she said."
    )
    assert _source(text, "The river was a refuge") == "Maria Olsen"


def test_a_firm_named_for_its_trade_is_no_person() -> None:
    # "Halvard Footwear" was a person by shape, the nearest "she" for Ann Reyes's statement.
    text = (
        "Ann Reyes signed a licensing deal in 2012 for her clothing line. (Halvard Footwear makes her shoes.)\n\n"
        "At the time, she released a statement saying that the deal was “a great step.”"
    )
    assert _speaker(text, "a great step") == "Ann Reyes"


def test_a_womans_first_name_that_is_a_state_still_fits_she() -> None:
    # Hard negative: "Carolina" and "Virginia" open women's names; they are no place tails.
    text = "Carolina Mendes, the harbour's pilot, inspected the pier.\n\n“The pier is safe,” she said."
    assert _speaker(text, "The pier is safe") == "Carolina Mendes"
