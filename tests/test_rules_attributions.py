"""Attributions through the whole pipeline: cues, sources, relays, and reporting verbs that do not report."""

from __future__ import annotations

import asyncio

from schemas import ArticleRequest, Attribution, Extraction
from service import create_backend, extract


def run(text: str, published: str | None = "2022-09-01") -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, published=published), create_backend("rules")))


def one(text: str) -> Attribution:
    found = run(text).attributions
    assert len(found) == 1, found
    return found[0]


def test_said_that_with_a_named_person() -> None:
    a = one("Health Minister Rosa Almeida said that hospitals would receive new ventilators next month.")
    assert a.source == "Rosa Almeida"
    assert a.source_type == "person"
    assert a.cue == "said that"
    assert "hospitals would receive new ventilators" in a.evidence[0].text


def test_told_reporters_and_a_time_before_that() -> None:
    a = one("Coach Ben Adler told reporters on Sunday that the team would appeal the ban.")
    assert a.source == "Ben Adler"
    assert a.cue == "told"
    assert a.claim.startswith("The team would appeal the ban")


def test_claim_before_the_cue_inverted_subject() -> None:
    a = one("The border crossing will stay closed until Friday, said Colonel Ivo Marek.")
    assert a.source == "Ivo Marek"
    assert a.evidence[0].text.startswith("The border crossing will stay closed")


def test_according_to_a_document_source() -> None:
    a = one("Unemployment fell in every region last year, according to a report by the statistics office.")
    assert a.cue.lower() == "according to"
    assert a.source_type == "government"


def test_relayed_source_gets_via() -> None:
    a = one("According to Reuters, a senior diplomat said that the talks had stalled over fishing rights.")
    assert a.source == "a senior diplomat"
    assert a.source_type == "anonymous"
    assert a.via == "Reuters"


def test_media_reported_tail_is_the_relay() -> None:
    text = (
        "Several teachers’ unions said pay had fallen behind inflation. "
        "They demanded higher salaries for rural schools, the BBC reported on Monday."
    )
    found = run(text).attributions
    assert [(a.source, a.via) for a in found] == [
        ("Several teachers’ unions", None),
        ("Several teachers’ unions", "BBC"),
    ]


def test_participle_continues_the_main_source() -> None:
    found = run(
        "Mayor Ines Park said the budget was balanced, adding that taxes would not rise."
    ).attributions
    assert {a.source for a in found} == {"Ines Park"}
    assert any(a.cue == "adding that" and "taxes would not rise" in a.claim.lower() for a in found)


def test_pronoun_source_resolves_to_the_previous_subject() -> None:
    text = "Senator Carla Diaz visited the flooded town. She warned that the levees would fail again."
    a = one(text)
    assert a.source == "Carla Diaz"


def test_institutional_source_type() -> None:
    a = one("The Defence Ministry said on Tuesday that two drones had been shot down near the border.")
    assert a.source_type == "government"


def test_said_to_be_is_not_a_report() -> None:
    assert run("The painting is said to be worth more than its frame.").attributions == []


def test_having_said_that_is_not_a_report() -> None:
    assert run("Having said that, the council approved the plan without a vote.").attributions == []


def test_a_sentence_that_is_all_quote_is_not_an_attribution() -> None:
    ex = run("“We will not give up the port,” the general said.")
    assert ex.attributions == []
    assert len(ex.quotes) == 1


def test_paraphrase_with_an_embedded_quote_is_both() -> None:
    ex = run("The minister said the deal was “a step backwards” for farmers in the south.")
    assert len(ex.quotes) == 1 and ex.quotes[0].partial
    assert len(ex.attributions) == 1


def test_said_after_a_meeting_has_no_claim() -> None:
    ex = run("“The bridge is safe,” engineer Olga Petrova said after a meeting with residents.")
    assert ex.attributions == []
