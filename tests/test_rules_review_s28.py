"""Review findings of session 28 mended by the lead: people sent to do a job are a sending, never goods delivered."""

from __future__ import annotations

import pytest

from tests.rules_support import rules


@pytest.mark.parametrize(
    "sentence",
    [
        "The rescue service sent divers into the lake on Sunday.",
        "The army sent reinforcements to the border.",
        "The club sent scouts to watch the striker.",
        "The government sent investigators to the mine after the blast.",
    ],
)
def test_people_sent_are_no_delivery(sentence: str) -> None:
    types = [e.type for e in rules(sentence, "2026-12-07").events]
    assert types, sentence
    assert "delivery" not in types, (sentence, types)


def test_goods_sent_in_number_stay_a_delivery() -> None:
    types = [e.type for e in rules("The charity sent 40 tonnes of food to the region.", "2026-12-07").events]
    assert "delivery" in types, types


# The lead's reading (session 28): a person brought in by an indefinite description is someone new; the "he" or
# "she" of their own report, and of a quote that goes on with it, is that person, never the person named last.
COURT = "Laurent Vessiere, 58, was convicted of fraud in October.\n\n"


def test_an_unnamed_sayers_pronoun_is_the_sayer_in_the_summary() -> None:
    ex = rules(
        COURT + "One buyer, a retired surgeon from Bath, said he had spent his savings on the bottles.",
        "2026-12-07",
    )
    (spent,) = [e for e in ex.events if "savings" in e.summary]
    assert spent.summary.startswith("One buyer had spent"), spent.summary
    assert "Vessiere" not in spent.summary


def test_an_unnamed_sayers_pronoun_is_the_quotes_speaker() -> None:
    ex = rules(
        COURT + "One buyer, a retired surgeon from Bath, said he had spent his savings on the bottles. "
        "\u201cI will never open another bottle without wondering,\u201d he told the court.",
        "2026-12-07",
    )
    (q,) = ex.quotes
    assert q.speaker == "One buyer", q.speaker


def test_a_neighbour_who_said_she_heard_a_bang() -> None:
    ex = rules(
        "Maria Holt, the landlord, was at home.\n\nA neighbour said she heard a bang at midnight.",
        "2026-12-07",
    )
    assert not any("Maria Holt heard" in e.summary for e in ex.events), [e.summary for e in ex.events]


@pytest.mark.parametrize(
    "text",
    [
        # a body is no one person: the pronoun stays with the person named before
        COURT + "A company said he had been sacked in 2020. \u201cHe was a thief,\u201d he told the court.",
        # a named sayer is not affected
        COURT + "Tom Reed said he had bought two bottles. \u201cThey were fakes,\u201d he told the court.",
    ],
)
def test_no_unnamed_sayer_no_change(text: str) -> None:
    ex = rules(text, "2026-12-07")
    assert all(q.speaker != "A company" for q in ex.quotes)
