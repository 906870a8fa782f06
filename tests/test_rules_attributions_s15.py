"""Speech attributions found on real news in session 15 (issue 14): a speech noun whose agent follows "by", a
subject opened by a name's possessive after an opener, a time opener that is no claim, lives claimed that are no
claim, subjects set off by a "whose" clause or a connective, a coordinated cue after an irregular past, and a
written thing reading a quote. One test per mechanism, on sentences written here (never a corpus's), each with
hard negatives: reporting words that report nothing."""

from __future__ import annotations

from tests.rules_support import attribution_pairs as pairs
from tests.rules_support import run_headlined

# The people the later sentences speak of, so the book knows the names as someone.
INTRO = "Mayor Ruth Okafor and harbour pilot Tom Ruiz met on Monday. "


# --------------------------------------------------------------------------- a speech noun's agent after "by"


def test_a_speech_noun_with_its_agent_after_by() -> None:
    body = (
        INTRO
        + "The council spent months pushing back against claims by the port authority that the pier was unsafe."
    )
    assert pairs(body) == [("the port authority", "The pier was unsafe.")]
    body = (
        INTRO
        + "One sticking point is a demand, by Mayor Ruth Okafor, that the budget include more money for ferries."
    )
    assert pairs(body) == [("Ruth Okafor", "The budget include more money for ferries.")]
    body = INTRO + "It was a report by the Harbour Gazette that Ruiz had lied about his licence."
    assert pairs(body) == [("Harbour Gazette", "Ruiz had lied about his licence.")]
    body = INTRO + "The council ignored a call by Okafor to close the pier at night."
    assert pairs(body) == [("Ruth Okafor", "Close the pier at night.")]


def test_by_before_a_relative_that_or_a_thing_is_no_speech() -> None:
    """A guard (passes before the change too): the "by" rule must not take these for a speech noun's agent."""
    # Hard negatives: "that" opening the agent's relative clause; "by" naming a means or a doer of a deed.
    assert pairs(INTRO + "It was a report by the Harbour Gazette that found the pier unsafe.") == []
    assert pairs(INTRO + "He was praised by the committee that had hired him.") == []
    assert pairs(INTRO + "She made a report by phone to the police that night.") == []
    assert pairs(INTRO + "The pier was closed by the council that week.") == []
    assert pairs(INTRO + "The ferry was hit by a storm that flooded the quay.") == []


# --------------------------------------------------------------------------- a possessor opening the subject


def test_a_names_possessive_opens_the_subject_after_an_opener() -> None:
    body = INTRO + "Two days later, Okafor's campaign says it is unwilling to debate."
    assert pairs(body) == [("Okafor's campaign", "It is unwilling to debate.")]
    body = INTRO + "A few weeks ahead of the vote, Okafor's campaign said she would not debate Ruiz."
    assert pairs(body) == [("Okafor's campaign", "She would not debate Ruiz.")]
    body = INTRO + "On Monday, Ruth Okafor's allies said the vote was rigged."
    assert pairs(body) == [("Ruth Okafor's allies", "The vote was rigged.")]


def test_a_possessive_inside_a_clause_is_no_subject() -> None:
    """A guard (passes before the change too): the possessor rule must not make these subjects of a claim."""
    # Hard negatives: the possessive is an object or a predicate, not the subject opening the clause; and a
    # reporting verb that reports nothing ("said goodbye", "said a prayer") stays no attribution.
    assert pairs(INTRO + "Two days later, the pier was Okafor's idea said nobody.") == []
    assert pairs(INTRO + "Two days later, Okafor's campaign said goodbye to the pier.") == []
    assert pairs(INTRO + "On Monday, Okafor's campaign said a prayer for the pilots.") == []
    # A contraction of "is" owns nothing: "It's worth noting", "There's no denying".
    assert pairs(INTRO + "It's worth noting there is little love lost between the pilots and Okafor.") == []
    assert pairs(INTRO + "There's no denying he has had quite a run.") == []


# --------------------------------------------------------------------------- openers and objects that are no claim


def test_a_time_opener_is_no_claim() -> None:
    # "Two days later" read its "days" as a verb, so the opener was taken as the claim before the cue.
    assert pairs(INTRO + "Two days later, the mayor said goodbye to the pier.") == []
    assert pairs(INTRO + "A few weeks ahead of the vote, Okafor said goodbye to the pier.") == []
    assert pairs(INTRO + "Earlier this week, Okafor said goodbye to the pier.") == []
    # Hard negatives: a clause after the opener is still the claim before a closing cue.
    assert pairs(INTRO + "Two days later, the pier was sold, Okafor said.") == [
        ("Ruth Okafor", "Two days later, the pier was sold.")
    ]
    assert pairs(INTRO + "Days later the pier closed, Okafor said.") == [
        ("Ruth Okafor", "Days later the pier closed.")
    ]


def test_lives_claimed_are_no_claim() -> None:
    assert pairs(INTRO + "The storm claimed 12 lives in the harbour.") == []
    assert pairs(INTRO + "The flood claimed the lives of three pilots.") == []
    # Hard negatives: claiming a win or a clause stays a claim.
    assert pairs(INTRO + "Okafor claimed victory in the vote.") == [("Ruth Okafor", "Victory in the vote.")]
    assert pairs(INTRO + "Okafor claimed that the pier was unsafe.") == [
        ("Ruth Okafor", "The pier was unsafe.")
    ]


# --------------------------------------------------------------------------- subjects set off by a clause or a connective


def test_a_subject_with_a_whose_clause_speaks() -> None:
    body = INTRO + "The pilots whose boats were damaged say the real problem is the breakwater."
    assert pairs(body) == [("The pilots", "The real problem is the breakwater.")]
    # Hard negatives: a cue inside the "whose" clause, or a gerund after it, is no cue of the subject's.
    body = (
        INTRO
        + "Tom Ruiz, a harbour pilot whose plan to announce the endorsements of the dockers imploded, left."
    )
    assert pairs(body) == []
    body = (
        INTRO + "Even pilots whose dealings with Okafor have been good are wary of saying anything critical."
    )
    assert pairs(body) == []
    # A "whose" clause inside a claim before a closing cue stays in the claim.
    body = INTRO + "The pier whose planks were rotten was closed, Okafor said."
    assert pairs(body) == [("Ruth Okafor", "The pier whose planks were rotten was closed.")]


def test_a_connective_before_a_relative_clause_on_the_name() -> None:
    body = INTRO + "Okafor, however, who leads the council, said the pier would close."
    assert pairs(body) == [("Ruth Okafor", "The pier would close.")]
    body = INTRO + "Ruiz, meanwhile, said the pier would close."
    assert pairs(body) == [("Tom Ruiz", "The pier would close.")]


def test_a_coordinated_cue_after_an_irregular_past() -> None:
    body = INTRO + "Ruiz, a former harbour pilot, became a councillor and said he is leaning toward the levy."
    assert pairs(body) == [("Tom Ruiz", "Tom Ruiz is leaning toward the levy.")]
    # Hard negatives: a coordinated clause with its own subject keeps it; "said nothing" is no claim.
    body = INTRO + "The pier fell into the sea and the pilots said it was old."
    assert pairs(body) == [("the pilots", "It was old.")]
    assert pairs(INTRO + "Okafor found the report and said nothing.") == []


# --------------------------------------------------------------------------- a written thing reads the quote


def quote_speakers(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run_headlined(INTRO + body).quotes]


def test_a_written_thing_before_the_quote_reads_it() -> None:
    assert quote_speakers("One message read “Save the pier now.”") == [("Save the pier now", "One message")]
    assert quote_speakers("Okafor wore a campaign hat reading, “Keep the harbour open” on Tuesday.") == [
        ("Keep the harbour open", "a campaign hat")
    ]
    assert quote_speakers("He held up the sign — which read “Pilots for Okafor” — and waved it.") == [
        ("Pilots for Okafor", "the sign")
    ]
    assert quote_speakers("A banner that said “No levy on fish” hung over the quay.") == [
        ("No levy on fish", "A banner")
    ]


def test_a_person_reading_or_a_title_read_is_no_written_things_quote() -> None:
    """A guard (passes before the change too): no written thing stands before "read" here."""
    assert quote_speakers("Okafor read “The Old Man and the Sea” to the class.") == []
    # A participle after a written thing is the clause subject's: the ruling says nothing here.
    assert quote_speakers("Ruiz reacted to the ruling, saying: “The toll is dead.”") == [
        ("The toll is dead", "Tom Ruiz")
    ]
    assert quote_speakers("“We will keep the ferry running,” Okafor said.") == [
        ("We will keep the ferry running", "Ruth Okafor")
    ]
