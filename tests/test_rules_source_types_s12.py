"""A source's type (SPEC: person, organization, media, government, document, anonymous, other) for
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
