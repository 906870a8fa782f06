"""Who "he" and "she" stand for (issue 14, session 19): a first name says a gender only when the tables list it,
and one they lacked fitted either pronoun ("Greta Holm resigned. He said it was time." gave her the claim). The
tables now hold first names common in news beyond English-language ones. Sentences of our own, with hard negatives
(a name of unknown gender, two women in one sentence, two people of one surname, a company's spokeswoman, a
person named inside another's quote frame)."""

from __future__ import annotations

from tests.rules_support import run_two_women as run
from tests.rules_support import source_of as source
from tests.rules_support import sources_and_claims as sources

# --------------------------------------------------------------------------- who "he" and "she" stand for


def test_he_passes_over_a_woman_whose_first_name_says_so() -> None:
    body = (
        "Tom Reed chairs the harbour board. Greta Holm resigned on Monday. He said it was time for a change."
    )
    assert source(body, "It was time") == "Tom Reed"
    body = "Colm Ardvey runs the ferry line. Priya Sandhu left the board. He said the line would carry on."
    assert source(body, "The line would") == "Colm Ardvey"


def test_she_passes_over_a_man_whose_first_name_says_so() -> None:
    body = "Ruth Okafor leads the union. Magnus Thorne resigned on Monday. She said the union would carry on."
    assert source(body, "The union would") == "Ruth Okafor"


def test_a_name_of_unknown_gender_takes_the_pronoun_no_one_else_fits() -> None:
    """A guard (passes before the change too), hard negative: a first name in neither list still fits "he" when
    no one else does, and "she" after a sentence naming two women is its subject."""
    body = (
        "Colm Ardvey resigned on Monday. Robin Tate, the treasurer, said the books were clean. She said more."
    )
    got = [(s, c) for s, c in sources(body)]
    assert ("Robin Tate", "The books were clean.") in got
    body = "Tilde Marrak thanked Greta Holm at the meeting. She said the port would stay open."
    assert source(body, "The port would") == "Tilde Marrak"


def test_two_people_of_one_surname_keep_their_own_claims() -> None:
    """A guard (passes before the change too), hard negatives: two people of one surname, a company's
    spokeswoman, and a person quoted inside another's sentence who is not the speaker."""
    body = (
        "Greta Holm and her brother Magnus Holm run the yard. Greta Holm said the yard would close. Magnus Holm "
        "said it would not."
    )
    got = dict((c, s) for s, c in sources(body))
    assert got["The yard would close."] == "Greta Holm"
    assert got["It would not."] == "Magnus Holm"
    body = "Harbour Lines said fares would rise. A spokeswoman for Harbour Lines said the rise was small."
    assert source(body, "The rise was small") == "Harbour Lines spokeswoman"
    ex = run("“The yard is finished,” Greta Holm said Magnus Holm had told her.")
    assert [q.speaker for q in ex.quotes] == ["Greta Holm"]
