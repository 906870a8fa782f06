"""Who said it (session 24): sources, their types and quote speakers on unseen news (dev20 at first sight), by
mechanism. Sentences of our own, each kind with hard negatives first."""

from __future__ import annotations

from schemas import Attribution, Extraction, Quote
from tests.rules_support import rules

# Two women, so that a wrong "she" has somewhere to go.
INTRO = "Harbour pilot Ruth Okafor and Mayor Dana Whitfield met on Monday.\n\n"


def run(body: str) -> Extraction:
    return rules("Harbour news\n\n" + INTRO + body, "2024-05-02")


def atts(body: str) -> list[Attribution]:
    return list(run(body).attributions)


def quotes(body: str) -> list[Quote]:
    return list(run(body).quotes)


# --------------------------------------------------------------------------- a plural owner's body speaks a quote


def test_a_quote_speaker_named_before_a_role_or_after_a_joined_name_stays_as_before() -> None:
    """A guard (passes before the change too), hard negatives: "The Greens' leader" is a person's role, not a body
    named after its members; "the Road and Rail Workers' Union" keeps "Union" (session 22: dev4's "the union")."""
    (q,) = quotes("The Greens' leader said pay had fallen, and called the plan \"a betrayal of every member.\"")
    assert q.speaker == "The Greens' leader"
    (q,) = quotes("The Road and Rail Workers' Union said pay had fallen, and called it \"a betrayal of members.\"")
    assert q.speaker == "Union"


def test_a_quote_of_a_body_named_after_its_members_has_the_whole_name() -> None:
    """dev20 twice ("The ... Riders' Guild said ... and called the collapse “...”", "The ... Workers’ Alliance ...
    accused X of ‘...’"): the quote's speaker was "Guild", the attribution's source the whole name (session 22)."""
    (q,) = quotes("The Harbour Porters’ Union said it would strike, and called the offer \"an insult to members.\"")
    assert q.speaker == "Harbour Porters’ Union"
    (q,) = quotes("The National Nurses' Federation said pay had fallen, and called the plan \"a betrayal of staff.\"")
    assert q.speaker == "National Nurses' Federation"
