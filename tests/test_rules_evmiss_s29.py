"""Session 29 events: missed events (helper s29-evmiss).

Every sentence is written for this file, in genres no set has (no set's or corpus's words). Each kind has cases next
to hard negatives. The policy is in docs/events.md ("Session 29: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-07"


_AT = EventTyping(PUBLISHED)


_by_trigger = _AT.types_and_statuses


# --- a progressive a denial denies -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The mill denied that staff were falsifying safety records.", "falsifying"),
        ("The glassworks denied that it was looking for a buyer for its furnace site.", "looking for"),
    ],
)
def test_denied_progressive_is_the_act(text: str, trigger: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][1] == "negated", got


def test_looking_for_is_a_search() -> None:
    assert _by_trigger("The glassworks denied that it was looking for a buyer.")["looking for"][0] == "search"


@pytest.mark.parametrize(
    "text",
    [
        # a posture, a plight or a state told in the progressive is no act
        "The bell tower's trustees denied that the spire was leaning.",
        "The dairy denied that its herd was suffering in the heat.",
        "The ferry company denied that the crossing was becoming unsafe.",
        "The stables denied that the ponies were looking thin.",
        # (review) a state going on, with no noun of an act
        "The party denied that it was facing a crisis.",
        "The museum denied that its roof was crumbling.",
    ],
)
def test_denied_progressive_state_is_no_act(text: str) -> None:
    assert [e.trigger for e in _AT.events(text)] == []


# --- a question of the past a refusal leaves open ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The ice rink declined to say whether it had sacked the two coaches.", "sacked"),
        ("Coastguards would not confirm whether the trawler had dumped its nets.", "dumped"),
        ("The brewery declined to comment on whether it had sold the recipe.", "sold"),
    ],
)
def test_past_question_after_refusal_is_hypothetical(text: str, trigger: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][1] == "hypothetical", got


@pytest.mark.parametrize(
    "text",
    [
        # a judgement of what should have been, and a plain possession, are no act asked about
        "The mayor declined to say whether the marina should have closed earlier.",
        "The solicitor declined to say whether his client had any savings.",
        # (review) an affirmative "any" makes no sentence of its own
        "The council declined to say whether it had received any bids.",
    ],
)
def test_past_question_guards(text: str) -> None:
    triggers = [e.trigger for e in _AT.events(text)]
    assert all(t in ("say",) for t in triggers), triggers


# --- a light verb with its particle, an obliging verb in the active ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        (
            "The hospice has not said whether it will put in more money for the old chapel.",
            "put in",
            "investment",
        ),
        (
            "The carnival committee declined to say whether it would put off the parade.",
            "put off",
            "postponement",
        ),
        ("The cooperative denied that it had set up a second company in Jersey.", "set up", "setup"),
        (
            "The water board has not said whether it will require farms to fence the streams.",
            "require",
            "requirement",
        ),
    ],
)
def test_open_act_of_light_and_obliging_verbs(text: str, trigger: str, type_: str) -> None:
    got = _by_trigger(text)
    assert trigger in got, got
    assert got[trigger][0] == type_, got


@pytest.mark.parametrize(
    "text",
    [
        # a light verb alone, and an obliging verb in the passive, stay as they were
        "The trust denied that the sell-off had put the orchard at risk.",
        "The school denied that pupils had been required to buy the new blazers.",
        # (review) a particle verb in another sense
        "The treasury has not said whether it will make up the difference.",
        "The shop denied that it had put off customers.",
        "The hospice has not said whether it will put in a bid for the old chapel.",
        "The town has not said whether it would put back the statue.",
    ],
)
def test_light_verb_alone_is_no_open_act(text: str) -> None:
    triggers = [e.trigger for e in _AT.events(text)]
    assert not {"put", "required", "make up", "put off", "put in", "put back"} & set(triggers), triggers


# --- a defect found by those who check for it -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found cracks in the roof beams of the old mill on Thursday.",
        "Tests found listeria in the cheese at the farm shop.",
        "Engineers found corrosion in the pier's iron legs last month.",
        "Divers found rust on most of the wreck's propeller bolts.",
    ],
)
def test_defect_found_is_an_event(text: str) -> None:
    assert any(e.trigger == "found" for e in _AT.events(text)), [e.trigger for e in _AT.events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # what an inquiry found as a fact, a count, a judgement, or no defect at all stays no find
        "The audit found 14 errors in the parish accounts.",
        "Inspectors found no cracks in the new dam wall.",
        "The jury found the ferry captain guilty of negligence.",
        "Inspectors found that the lift had not been serviced.",
        "Engineers found nothing wrong with the signals.",
        # (review) a negator or a word of scarcity, or a figurative defect, after an inquiry
        "Inspectors found hardly any damage at the plant.",
        "Tests found virtually no contamination in the reservoir.",
        "Inspectors found zero defects at the bottling plant.",
        "The review found traces of favouritism in the hiring.",
        "The report found defects in the way the council handled complaints.",
        # (review 2, the lead's mend) a compound adjective of the noun is no find
        "Inspectors found rust-free beams under the pier.",
        "Engineers found leak-proof seals on every tank.",
    ],
)
def test_no_defect_found_is_no_find(text: str) -> None:
    assert not any(e.trigger == "found" for e in _AT.events(text)), [e.trigger for e in _AT.events(text)]


# --- a relative "that" right after the sentence's short subject, with no comma ----------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("A harp that was stolen in 2021 has been recovered by customs officers.", "stolen", "recovered"),
        ("The trawler that sank off the point last winter was raised on Tuesday.", "sank", "raised"),
        ("The choir that won the regional final in May will close in March.", "won", "close"),
    ],
)
def test_main_verb_after_opening_that_relative(text: str, first: str, second: str) -> None:
    triggers = [e.trigger for e in _AT.events(text)]
    assert first in triggers and second in triggers, triggers


def test_opening_that_relative_summaries() -> None:
    summaries = _AT.summaries("A harp that was stolen in 2021 has been recovered by customs officers.")
    assert "A harp was stolen in 2021." in summaries, summaries
    assert "A harp has been recovered by customs officers." in summaries, summaries


@pytest.mark.parametrize(
    "text",
    [
        # a content clause after a noun, or "that" after a verb, opens no relative
        "The news that the pier would close upset the town.",
        "The harbour master said that the ferry had sunk.",
    ],
)
def test_that_content_clause_is_no_relative(text: str) -> None:
    summaries = _AT.summaries(text)
    assert not any(s.startswith(("The news would", "The harbour master had")) for s in summaries), summaries


# --- the lead's note (LEAD-NOTE-s29-1), each as a kind --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a happening judged by a modal and "be" is not told ("the ruling should be a warning")
        "Fishermen said the ruling should be a lesson to other harbours.",
        "The mayor said the merger would be a mistake.",
    ],
)
def test_happening_judged_with_modal_is_no_event(text: str) -> None:
    types = [e.type for e in _AT.events(text)]
    assert "ruling" not in types and "merger" not in types, types


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("A kayaker was flown to hospital in Oban after capsizing.", "hospitalization"),
    ],
)
def test_flown_to_hospital(text: str, type_: str) -> None:
    assert type_ in [e.type for e in _AT.events(text)], [e.type for e in _AT.events(text)]


@pytest.mark.parametrize(
    "text",
    [
        # one's own flight, a plane that flies, and a spotted thing described are none
        "The minister flew to Brussels on Monday.",
        "The injured seal had a spotted coat.",
    ],
)
def test_flown_and_spotted_guards(text: str) -> None:
    types = [e.type for e in _AT.events(text)]
    assert "hospitalization" not in types and "sighting" not in types, types
