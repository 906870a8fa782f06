"""Speech attributions the rules still missed (issue 14, session 7): kinds read from PolNeAR's train
misses, one test per kind, on sentences written here (never the corpus's), each with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import attribution_pairs as pairs
from tests.rules_support import one
from tests.rules_support import run_headlined as run

# --------------------------------------------------------------------------- sentence adverbs


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "However, the vote, said Okafor, would be delayed until May.",
            "Okafor",
            "However, the vote would be delayed until May.",
        ),
        (
            "Still, the levy, said the harbour master, was never popular with dockers.",
            "the harbour master",
            "Still, the levy was never popular with dockers.",
        ),
        # An appositive of the inverted speaker is read past, the claim's verb goes on.
        (
            "The point of the strike, says Ruth Okafor, a docker from Ava, is that the port needs us.",
            "Ruth Okafor",
            "The point of the strike is that the port needs us.",
        ),
    ],
)
def test_a_sentence_adverb_is_never_a_source(body: str, source: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.claim) == (source, claim), a


def test_an_inverted_speakers_appositive_is_not_claim() -> None:
    # Hard negative: what follows the inverted speaker is the speaker's description, not the claim.
    a = one("The port will stay open, said Okafor, the union's leader.")
    assert (a.source, a.claim) == ("Okafor", "The port will stay open."), a
    assert pairs("However, Okafor said the levy would stay.") == [("Okafor", "The levy would stay.")]


# --------------------------------------------------------------------------- long subjects opening the sentence


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        ("Dockers — and some of their bosses — say that the port will stay open.", "Dockers", None),
        (
            "Dock worker Ruth Okafor, wearing a union shirt, said she is proud of the strike.",
            "Dock worker Ruth Okafor",
            "She is proud of the strike.",
        ),
        (
            "Majorities of dockers in three ports going back to work say they would strike again.",
            "Majorities of dockers in three ports",
            "They would strike again.",
        ),
        (
            "Sen. Ruth Okafor (D-Ohio), ranking member of the harbour panel and one of its founders, said "
            "she backs the levy.",
            "Ruth Okafor",
            "Ruth Okafor backs the levy.",  # the claim names her (session 19, lead)
        ),
        # Coordinated plurals, a conjunction before a bare plural.
        ("Her advisers and allies say she will run again.", "Her advisers and allies", None),
        ("Economists and dockers say the levy is unfair.", "Economists and dockers", None),
        ("But harbour pilots say the channel is safe.", "harbour pilots", None),
        ("Yet harbour pilots say the channel is safe.", "harbour pilots", None),
    ],
)
def test_long_and_coordinated_subjects(body: str, source: str, claim: str | None) -> None:
    a = one(body)
    assert a.source == source, a
    if claim is not None:
        assert a.claim == claim, a


def test_a_subordinate_clause_ends_its_claim() -> None:
    assert pairs("While harbour pilots say the channel is safe, the council disagrees.") == [
        ("harbour pilots", "The channel is safe.")
    ]
    assert pairs("Although Okafor said the port would stay open, it closed.") == [
        ("Okafor", "The port would stay open.")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: a clause before "and" is no part of the subject; what is not said stays out.
        "The port closed and dockers say it will reopen.",
        "When the ferry sank the crew said nothing was wrong.",
    ],
)
def test_a_clause_before_the_subject_is_not_its_source(body: str) -> None:
    a = one(body)
    assert a.source in ("dockers", "the crew"), a


# --------------------------------------------------------------------------- polls as venues


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "In the Harbour Ledger poll, Okafor leads Delgado by six points among dockers.",
            "the Harbour Ledger poll",
            "Okafor leads Delgado by six points among dockers.",
        ),
        (
            "In the new Ledger poll, conducted May 3-5, 41 percent of dockers back the levy.",
            "the new Ledger poll",
            "41 percent of dockers back the levy.",
        ),
        (
            "Okafor trails Delgado by nine points in a new survey of registered dockers.",
            "a new survey",
            "Okafor trails Delgado by nine points.",
        ),
        ("Okafor has sagged in the polls since March.", "the polls", "Okafor has sagged since March."),
    ],
)
def test_a_poll_reports_what_is_found_in_it(body: str, source: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.claim, a.cue.lower()) == (source, claim, "in"), a


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: a poll that is not the venue of a finding, "in polling" as an industry,
        # too little said.
        "Dockers who took part in the survey were paid.",
        "The union invested heavily in polling before the vote.",
        "He rose in the polls.",
    ],
)
def test_a_poll_mentioned_otherwise_reports_nothing(body: str) -> None:
    assert run(body).attributions == []


def test_a_poll_in_a_reported_sentence_leaves_it_to_the_speaker() -> None:
    assert pairs("Okafor said she leads in the latest poll of dockers.") == [
        ("Okafor", "She leads in the latest poll of dockers.")
    ]


# --------------------------------------------------------------------------- label lines


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        ("OKAFOR: You know, back in March, the union was open to more talks.", "OKAFOR", None),
        ("Historians: Okafor and Delgado linked no matter what.", "Historians", None),
        ("Newspaper: Harbour chief used personal email at the port.", "Newspaper", None),
        (
            "EXCLUSIVE – Ruth Okafor: Don’t Trust the Harbour Board.",
            "Ruth Okafor",
            "Don’t Trust the Harbour Board.",
        ),
    ],
)
def test_label_lines_of_transcripts_groups_and_tags(body: str, source: str, claim: str | None) -> None:
    a = one(body)
    assert (a.source, a.cue) == (source, ":"), a
    if claim is not None:
        assert a.claim == claim, a


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: a state in capitals, a page label, a title naming no one.
        "OHIO: The port reopened on Monday after the storm.",
        "UPDATE: The port reopened on Monday after the storm.",
        "Harbour Lights: a history of the old port.",
    ],
)
def test_labels_naming_no_speaker(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- agreeing


@pytest.mark.parametrize(
    ("body", "source", "claim"),
    [
        (
            "Harbour analyst Ruth Okafor agreed that the shift was a matter of geography.",
            "Ruth Okafor",
            "The shift was a matter of geography.",
        ),
        ("Most dockers agreed they had no real choice at this point.", "Most dockers", None),
        ("Delgado agrees with Okafor that the levy is unfair.", "Delgado", "The levy is unfair."),
    ],
)
def test_agreeing_with_a_claim_asserts_it(body: str, source: str, claim: str | None) -> None:
    a = one(body)
    assert a.source == source, a
    if claim is not None:
        assert a.claim == claim, a


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: a decision taken together, a passive with no one named.
        "The company agreed to pay three million dollars to settle the claims.",
        "The two sides agreed on a new timetable for the ferries.",
        "It was agreed that the port would close.",
    ],
)
def test_agreeing_to_act_is_no_claim(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- reasons cited


def test_a_reason_cited_is_the_actors_claim() -> None:
    assert pairs("The board declined the offer, citing legal risks and the cost of repairs.") == [
        ("The board", "Legal risks and the cost of repairs.")
    ]
    assert pairs("Citing last week’s storm as a warning for the harbour, Ruth Okafor closed the pier.") == [
        ("Ruth Okafor", "Last week’s storm as a warning for the harbour.")
    ]


def test_a_reason_cited_for_a_claim_is_part_of_it() -> None:
    # Hard negative: the sentence already reports a claim; the reason goes with it, not apart.
    assert pairs("Okafor proposed a levy on ferries last year, citing fears of congestion.") == [
        ("Okafor", "A levy on ferries last year.")
    ]


def test_a_report_citing_its_source_keeps_that_source() -> None:
    # Hard negative: after "reported", "citing" names who told it, not a reason.
    assert pairs("The Ledger reported that the port would close, citing two officials.") == [
        ("two officials", "The port would close.")
    ]


# --------------------------------------------------------------------------- naming verdicts


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Okafor called her fallen son her hero before the vote.", "Okafor"),
        ("Critics have called it the enforcement of a new orthodoxy.", "Critics"),
        ("Okafor’s office calls the whole thing nothing short of an attack on the port.", "Okafor’s office"),
        (
            "Ruth Okafor, speaking with the Ledger board, called the storm a reason for the city to rebuild.",
            "Ruth Okafor",
        ),
    ],
)
def test_naming_verdicts_after_any_subject(body: str, source: str) -> None:
    a = one(body)
    assert (a.source, a.cue.lower().split()[0]) == (source, a.cue.lower().split()[0]), a
    assert a.cue.lower().startswith("call"), a


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: a name given by an indefinite noun phrase, a time after the object, a
        # meeting called, a phone call, an idiom.
        "A group called the Friends of the Port a charity met on Monday.",
        "The mayor called the police the next morning.",
        "Okafor called the meeting for Monday.",
        "Give me a call when the ferry docks.",
        "I call it a day.",
    ],
)
def test_naming_verbs_that_name_no_verdict(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- "they"


def test_they_stands_for_the_plural_subject_before_it() -> None:
    assert pairs(
        "Still, harbour pilots believe the pressure will grow. They say it has been evident since the storm."
    ) == [("harbour pilots", "It has been evident since the storm.")]
    assert pairs("Senate Democrats blocked the bill because they said the levy was a poison pill.") == [
        ("Senate Democrats", "The levy was a poison pill.")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: no plural subject before "they" (a singular thing, a person).
        "The ferry sank in March. They say the port is safe.",
        "Ruth Okafor leads the union. They say the port has been quiet since March.",
    ],
)
def test_they_with_no_plural_before_it_stays_unsourced(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- documents that show


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("New Poll Shows Large Gap Emerging Between Harbour Candidates.", "New Poll"),
        (
            "The outcome showed Okafor had received 49.8 percent while Delgado received 49.5 percent.",
            "The outcome",
        ),
        ("A new ad shows Okafor walking on the pier with dockers.", "A new ad"),
    ],
)
def test_outcomes_ads_and_headline_polls_show(body: str, source: str) -> None:
    a = one(body)
    assert (a.source, a.cue.lower()) == (source, a.cue.lower()), a
    assert a.cue.lower().startswith("show"), a


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: a storm shows no finding, a headline of police finding a thing reports nothing.
        "The storm showed no sign of easing.",
        "Police Found A Body Near The Old Pier.",
    ],
)
def test_things_that_show_no_finding(body: str) -> None:
    assert run(body).attributions == []


def test_a_coordinated_subject_with_appositives_applauds() -> None:
    a = one(
        "Ruth Okafor, head of the dockers union, and Sam Delgado, a harbour pilot, applauded the mayor’s "
        "remarks on the levy."
    )
    # The claim is found; the source is the nearer of the two named (both would be better).
    assert a.claim == "The mayor’s remarks on the levy.", a
    assert a.source in ("Ruth Okafor", "Sam Delgado"), a


# --------------------------------------------------------------------------- nouns of stances with their object


@pytest.mark.parametrize(
    ("body", "source", "cue", "claim"),
    [
        (
            "Sam Delgado spoke in Ava. Okafor's attacks on Delgado stand out for their personal tone.",
            "Okafor",
            "attacks on",
            "Delgado.",
        ),
        (
            "Ruth Okafor spoke on Monday. Her complaints about the ferry timetable were ignored by the board.",
            "Ruth Okafor",
            "complaints about",
            "The ferry timetable.",
        ),
        (
            "Sam Delgado campaigned in Ava. After a series of rows, including his criticism of a harbour pilots' "
            "family, the candidate tried to reset.",
            "Sam Delgado",
            "criticism of",
            "A harbour pilots' family.",
        ),
    ],
)
def test_a_possessors_stance_noun_and_its_object(body: str, source: str, cue: str, claim: str) -> None:
    a = one(body)
    assert (a.source, a.cue, a.claim) == (source, cue, claim), a


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: an attack on a place or a thing is no speech, a noun of no speech, a pronoun
        # object, a person before "his" unknown.
        "Sam Delgado led the army. His attack on the fort failed.",
        "Sam Delgado led the army. His attack on Harbourton failed.",
        "The Ledger's coverage of the strike won an award.",
        "Okafor's comments on it drew fire.",
    ],
)
def test_stance_nouns_that_voice_nothing(body: str) -> None:
    assert run(body).attributions == []


# --------------------------------------------------------------------------- present forms before a clause


@pytest.mark.parametrize(
    ("body", "cue", "claim"),
    [
        ("The Ledger notes the levy has failed twice.", "notes", "The levy has failed twice."),
        (
            "Okafor recalls she was nine when the port closed.",
            "recalls",
            "She was nine when the port closed.",
        ),
        (
            "Okafor writes the port would be better off in public hands.",
            "writes",
            "The port would be better off in public hands.",
        ),
    ],
)
def test_present_forms_report_a_clause_without_that(body: str, cue: str, claim: str) -> None:
    a = one(body)
    assert (a.cue, a.claim) == (cue, claim), a


def test_notes_as_a_noun_report_nothing() -> None:
    # Hard negative: "notes" after "the" is the noun.
    assert run("The notes the clerk kept were lost.").attributions == []


# --------------------------------------------------------------------------- refusals, commitments, clauses


@pytest.mark.parametrize(
    "body",
    [
        # Hard negatives: refusals are no claims (of acts or of speech), "promising" as an adjective.
        "Okafor refused to resign after the vote.",
        "The board declined to endorse Okafor.",
        "The harbour board declined to comment on the report.",
        "It was a promising start for the ferry.",
    ],
)
def test_refusals_and_adjectives_report_nothing(body: str) -> None:
    assert run(body).attributions == []


def test_commitments_in_every_form() -> None:
    assert one("Okafor is promising to keep the port open.").cue == "promising"


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Okafor signaled that she would run again.", "signaled that"),
        ("The union reasoned that the levy would fail.", "reasoned that"),
        ("Dockers chanted that the port belonged to them.", "chanted that"),
    ],
)
def test_signalling_and_reasoning_with_a_clause(body: str, cue: str) -> None:
    assert one(body).cue == cue


@pytest.mark.parametrize(
    "body",
    # Hard negatives: bail posted, signals as a noun.
    ["Okafor posted bail on Monday.", "Mixed signals from the board worried the dockers."],
)
def test_posting_and_signals_that_report_nothing(body: str) -> None:
    assert run(body).attributions == []
