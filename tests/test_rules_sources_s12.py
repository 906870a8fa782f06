"""Who a source or speaker is, and of what type (session 12, lead). A source's type (SPEC: person,
public bodies GOVERNMENT_HEADS did not name by one word (session 12, lead). On our sets 28 government
sources were typed organization ("the Competition Authority", "the national weather service") and
officials of a county or a fire service person. Sentences are our own, with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import run_headlined


def source_types(body: str) -> dict[str, str]:
    return {a.source: a.source_type for a in run_headlined(body).attributions}


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The Brenmoor Competition Authority said the merger would raise prices.",
            "Brenmoor Competition Authority",
        ),
        ("The national weather service said more rain was coming.", "The national weather service"),
        (
            "A spokeswoman for the prosecution service said charges were likely.",
            "A spokeswoman for the prosecution service",
        ),
        ("Ostley County officials said the road would reopen on Friday.", "Ostley County officials"),
        ("Fire officials said the blaze was under control.", "Fire officials"),
        ("The Electoral Commission said turnout was 61 per cent.", "Electoral Commission"),
    ],
)
def test_a_public_body_is_government(sentence: str, source: str) -> None:
    types = source_types(sentence)
    assert types.get(source) == "government", types


def test_companies_and_their_people_are_not_government() -> None:
    # hard negatives: a company's service, a private institute, a company spokesman
    types = source_types(
        "The streaming service Lumavox said subscriptions rose.\n\n"
        "A spokesman for the Harkwell Institute said the study was sound.\n\n"
        "The Vendry Group said profits would fall."
    )
    assert "government" not in types.values(), types


def test_a_companys_short_name_is_the_company_not_a_person() -> None:
    # "Quillfen" after "Quillfen Systems" was a person of its own ("Quillfen said" typed person), and
    # "Harnmoor Minerals" itself a person
    ex = run_headlined("Varnock Turbines said orders rose.\n\nVarnock said it would hire 300 workers.")
    assert [(e.name, e.type) for e in ex.entities if "Varnock" in e.name] == [
        ("Varnock Turbines", "organization")
    ]
    assert {a.source_type for a in ex.attributions} == {"organization"}


def test_a_person_sharing_a_companys_first_word_stays_a_person() -> None:
    # hard negative: the founder named before her surname is used alone
    ex = run_headlined(
        "Morrow Steel cut 40 jobs.\n\nAna Morrow, its founder, was at the plant. Morrow said she was sad."
    )
    assert ("Ana Morrow", "person") in [(e.name, e.type) for e in ex.entities]
    assert [a.source for a in ex.attributions] == ["Ana Morrow"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The airline's chief executive, Rasmus Telling, met the unions.\n\n"
            "\u201cWe are not the problem,\u201d the executive said.",
            "Rasmus Telling",
        ),
        (
            "The union's leader, Marta Ilvessalo, spoke first.\n\n\u201cWe will strike,\u201d the union leader said.",
            "Marta Ilvessalo",
        ),
    ],
)
def test_a_description_by_an_office_names_the_person_last_given_it(body: str, speaker: str) -> None:
    (q,) = run_headlined(body).quotes
    assert q.speaker == speaker


def test_an_office_no_one_was_given_names_no_one() -> None:
    # hard negative: the coach was never named, so "the coach" stays a description
    (q,) = run_headlined(
        "Captain Jon Rellik scored twice.\n\n\u201cWe deserved it,\u201d the coach said."
    ).quotes
    assert q.speaker != "Jon Rellik"


def test_a_cue_with_an_object_of_its_own_takes_no_claim_before_it() -> None:
    # "The airline's chief executive." was the claim of "defended" (the words before the source)
    ex = run_headlined("The airline's chief executive, Rasmus Telling, defended the fares.")
    assert all("chief executive." not in a.claim for a in ex.attributions), ex.attributions
    ex = run_headlined("After the storm in Brackwater, the mayor repeated her warning.")
    assert all(not a.claim.startswith("After the storm") for a in ex.attributions), ex.attributions


@pytest.mark.parametrize(
    "body",
    [
        "Fares will rise next year, Rasmus Telling warned on Monday.",
        "Fares will rise next year, Rasmus Telling told the Ledger this week.",
        "Fares will rise next year, Rasmus Telling said this week.",
        "Fares will rise next year, Rasmus Telling warned the council.",
    ],
)
def test_a_claim_before_its_source_stays_with_a_time_or_an_addressee_after_the_cue(body: str) -> None:
    # hard negatives: a time or whom it was said to after the cue is no object that takes the content
    (a,) = run_headlined(body).attributions
    assert (a.source, a.claim) == ("Rasmus Telling", "Fares will rise next year.")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("\u201cWe need more time,\u201d said Ruth Okafor. The vote will wait.", "Ruth Okafor"),
        ("\u201cWe need more time,\u201d said Okafor. Prices will rise.", "Okafor"),
        # hard negatives: initials and an honorific hold periods inside the name
        ("\u201cWe need more time,\u201d said J. R. Okafor, a councillor.", "J. R. Okafor"),
    ],
)
def test_an_inverted_speaker_ends_at_the_sentences_end(body: str, speaker: str) -> None:
    # "said Ruth Okafor. The vote ..." named "Ruth Okafor. The" (the name run read on past the full stop)
    (q,) = run_headlined(body).quotes
    assert q.speaker == speaker or (q.speaker_mention == speaker)
