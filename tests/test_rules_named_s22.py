"""Session 22 (s22-left): wrong answers session 21 named and left, each fixed as a kind.

Every sentence is written for this file. Each kind has its cases beside hard negatives (what the rule must not
touch); a guard checks that its sentence was read before it checks what must not be. The policies are in the docs
of each concern (docs/events.md, docs/attributions.md, "Session 22, named wrong answers").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping, run_headlined

PUBLISHED = "2026-12-02"

_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


def _told(text: str) -> dict[str, tuple[str, str, str]]:
    return {t: (e.type, e.status, e.summary) for t, e in by_trigger(text).items()}


def _sources(body: str) -> list[tuple[str, str]]:
    return [(a.source, a.source_type) for a in run_headlined(body).attributions]


# --- a party left is no place left -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nadia Orme, the MP for Westfold, left Labour on Monday after a row over the budget.",
        "The councillor left the Conservatives on Friday to sit as an independent.",
        "Two senators left the Green Party on Tuesday.",
    ],
)
def test_a_party_left_is_no_departure(text: str) -> None:
    assert not any(e.type == "departure" for e in by_trigger(text).values()), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The trawler left Reform Bay on Monday carrying 40 tonnes of cod.",
        "The convoy left Tarrow on Monday and reached the border at dusk.",
    ],
)
def test_a_place_named_like_a_party_is_still_left(text: str) -> None:
    """Guards: a name that opens with a party's word is a place when more of the name follows."""
    assert "departure" in [e.type for e in by_trigger(text).values()], _told(text)


# --- a market sent up or down, in the participle after a comma --------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "summary"),
    [
        (
            "The retailer beat forecasts on Tuesday, sending its shares up 8%.",
            "rise",
            "The retailer sent its shares up 8%.",
        ),
        (
            "The miner cut its outlook, sending the stock down 12% in early trading.",
            "fall",
            "The miner sent the stock down 12% in early trading.",
        ),
    ],
)
def test_a_market_sent_up_or_down_by_a_participle_is_a_change(text: str, type_: str, summary: str) -> None:
    got = by_trigger(text)
    assert "sending" in got, _told(text)
    assert (got["sending"].type, got["sending"].summary) == (type_, summary)


@pytest.mark.parametrize(
    "text",
    [
        "The charity loaded two lorries on Friday, sending blankets to the camp.",
        "The council closed the road, sending traffic up the hill through the village.",
    ],
)
def test_things_sent_by_a_participle_are_no_market_move(text: str) -> None:
    """Hard negatives: goods or traffic sent anywhere, even up a hill, are no rise."""
    assert not any(e.type in ("rise", "fall") for e in by_trigger(text).values()), _told(text)


# --- "Nobody" denies as "No one" does ---------------------------------------------------------------------


def test_nobody_arrested_is_a_negated_arrest() -> None:
    text = "Nobody was arrested after the march through Kelmby on Sunday."
    got = by_trigger(text)
    assert got["arrested"].status == "negated", _told(text)


def test_an_arrest_beside_nobody_hurt_still_happened() -> None:
    """Guard: the denial is of its own clause ("nobody was hurt"), not of the arrest after "and"."""
    text = "Police said nobody was hurt in the crash on Friday. The driver was arrested at the scene."
    got = by_trigger(text)
    assert got["hurt"].status == "negated", _told(text)
    assert got["arrested"].status == "occurred", _told(text)


# --- whom a telling reached and what it was about is no claim ----------------------------------------------


def test_told_investors_about_a_slump_is_no_claim() -> None:
    body = "The chief executive of Tolland Foods told investors about a slump in orders on Wednesday."
    assert run_headlined(body).attributions == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        ("The chief executive told investors about 40 stores would close.", "About 40 stores would close."),
        ("The mayor told reporters a new bridge would open in May.", "A new bridge would open in May."),
    ],
)
def test_a_telling_with_a_clause_keeps_its_claim(body: str, claim: str) -> None:
    """Guards: "about" before a number, and a clause after the audience, are what was said."""
    assert [a.claim for a in run_headlined(body).attributions] == [claim]


# --- a role after the body's noun, after an inverted cue ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The delays were unacceptable, said the ambulance service head, Marco Fell.",
            ("Marco Fell", "person"),
        ),
        ("The cuts will go ahead, said the council leader, Ines Harrow.", ("Ines Harrow", "person")),
        (
            "The delays were unacceptable, said the ambulance service head.",
            ("the ambulance service head", "person"),
        ),
    ],
)
def test_a_role_after_a_body_names_the_person(body: str, source: tuple[str, str]) -> None:
    assert _sources(body) == [source]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("The delays were unacceptable, said the ambulance service.", "the ambulance service"),
        ("The cuts will go ahead, said the council, which meets on Monday.", "the council"),
    ],
)
def test_a_body_alone_after_an_inverted_cue_stays_the_body(body: str, source: str) -> None:
    """Guards: no role word follows, so the body speaks."""
    assert [s for s, _ in _sources(body)] == [source]


# --- the object pronoun of a relative clause is no speaker --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "Westford General Hospital cancelled 40 operations on Monday, the health trust that runs it said.",
            "the health trust that runs it",
        ),
        ("The bridge is safe to use, the firm that built it said on Friday.", "the firm that built it"),
    ],
)
def test_the_antecedent_of_a_relative_clause_speaks(body: str, source: str) -> None:
    assert [s for s, _ in _sources(body)] == [source]


def test_it_before_the_cue_still_speaks() -> None:
    """Guard: "it said" after a clause that is no relative one is the organisation's."""
    body = "Kestrel Motors will cut 300 jobs. The plant will close in June, it said."
    assert [s for s, _ in _sources(body)] == ["Kestrel Motors"]


# --- a noun of happening with its own verb and a bare plural object ------------------------------------------


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "An explosion at the bottling plant injured workers on Tuesday.",
            "An explosion at the bottling plant injured workers on Tuesday.",
        ),
        (
            "A fire at the depot in Brannock damaged lorries.",
            "A fire at the depot in Brannock damaged lorries.",
        ),
    ],
)
def test_a_happening_with_its_verb_and_a_bare_plural_is_no_took_place(text: str, summary: str) -> None:
    summaries = [e.summary for e in by_trigger(text).values()]
    assert summary in summaries, summaries
    assert not any(s.endswith("took place.") for s in summaries), summaries


def test_a_happening_alone_still_took_place() -> None:
    """Guard: a noun of happening with no verb of its own after it is told as taking place."""
    text = "Residents heard an explosion at the plant in the night."
    assert any(e.summary.endswith("took place.") for e in by_trigger(text).values()), _told(text)


# --- someone's lawyer speaks of a client; any other lawyer of themselves ------------------------------------------


def test_a_familys_lawyer_is_the_he_of_his_own_words() -> None:
    text = "The family's lawyer, Tom Quinn, said he had written to the council in March."
    summaries = [e.summary for e in by_trigger(text).values()]
    assert "Tom Quinn had written to the council in March." in summaries, summaries


@pytest.mark.parametrize(
    "text",
    [
        "His lawyer, Tom Quinn, said he would plead not guilty.",
        "Mr Pell's lawyer, Tom Quinn, said he would appeal.",
    ],
)
def test_a_persons_lawyer_still_speaks_of_the_client(text: str) -> None:
    """Guards (session 21's convention): the client, not the lawyer, is "he"."""
    summaries = [e.summary for e in by_trigger(text).values()]
    assert summaries, _told(text)
    assert not any(s.startswith("Tom Quinn") for s in summaries), summaries


# --- a span of dated months or days is no one date ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "span"),
    [
        (
            "The recall covers vans built between March 2023 and June 2024.",
            "built",
            "between March 2023 and June 2024",
        ),
        (
            "The coast road was shut from 3 March 2023 to 9 June 2023.",
            "shut",
            "from 3 March 2023 to 9 June 2023",
        ),
    ],
)
def test_a_span_of_dates_dates_nothing(text: str, trigger: str, span: str) -> None:
    when = by_trigger(text)[trigger].when
    assert when is not None and (when.text, when.date) == (span, None)


def test_months_of_two_verbs_each_date_their_own() -> None:
    """Guard: "in March 2023 and ... in June 2024" are two dates, no span."""
    got = by_trigger("The plant opened in March 2023 and closed in June 2024.")
    assert got["opened"].when is not None and got["opened"].when.date == "2023-03"
    assert got["closed"].when is not None and got["closed"].when.date == "2024-06"


# --- the day after a happening's noun is that happening's, not its calling off -------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The meeting on Thursday was cancelled.", "The match on Saturday was postponed because of snow."],
)
def test_the_day_of_what_was_called_off_is_not_the_calling_off(text: str) -> None:
    got = [e for e in by_trigger(text).values() if e.type in ("cancellation", "postponement")]
    assert got, _told(text)
    assert got[0].when is None, got[0].when


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The council on Monday cancelled the meeting.", "2026-11-30"),
        ("The concert on Friday was cancelled on Tuesday.", "2026-12-01"),
    ],
)
def test_the_calling_offs_own_day_stays(text: str, date: str) -> None:
    """Guards: a day after a body's name, or the verb's own day after it."""
    got = by_trigger(text)["cancelled"]
    assert got.when is not None and got.when.date == date


# --- a matter raised is brought up, no rise ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The MP said she would raise it in parliament on Monday.",
        "Residents raised the matter with the mayor at a meeting in March.",
    ],
)
def test_a_matter_raised_is_no_rise(text: str) -> None:
    assert not any(e.type == "rise" for e in by_trigger(text).values()), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The central bank raised it to 5.25% in March.",
        "The central bank raised it in March for the third time.",
        "The operator will raise fares in June.",
    ],
)
def test_an_amount_raised_is_still_a_rise(text: str) -> None:
    """Guards: a pronoun before an amount or a time is a rate raised."""
    assert "rise" in [e.type for e in by_trigger(text).values()], _told(text)


# --- a source fronted is no subject to borrow ------------------------------------------------------------------


def test_it_after_a_fronted_source_is_the_clauses_subject() -> None:
    text = "According to the coastguard, the ferry was moving at speed when it struck the pier."
    summaries = [e.summary for e in by_trigger(text).values()]
    assert "The ferry struck the pier." in summaries, summaries


def test_a_fronted_phrase_of_time_is_still_passed_over() -> None:
    """Guard (the older fronted phrases): "Under the deal, X ..." names X."""
    text = "Under the deal, Harrow Lines was sold to a rival when it ran out of cash."
    summaries = [e.summary for e in by_trigger(text).values()]
    assert any(s.startswith("Harrow Lines") for s in summaries), summaries


# --- a thing is not the subject of its own noun's verb --------------------------------------------------------------


def test_it_is_not_the_noun_of_its_own_verb() -> None:
    text = "The fine was imposed by the Data Office on Monday. It can fine firms up to 4% of their turnover."
    summaries = [e.summary for e in by_trigger(text).values()]
    assert not any(s.startswith("The fine can fine") for s in summaries), summaries
    assert any(s.endswith("can fine firms up to 4% of their turnover.") for s in summaries), summaries


def test_it_still_stands_for_the_thing_before() -> None:
    """Guard: "The bridge ... It reopened" is the bridge's."""
    text = "The bridge was closed for repairs in May. It reopened on Monday."
    summaries = [e.summary for e in by_trigger(text).values()]
    assert "The bridge reopened on Monday." in summaries, summaries
