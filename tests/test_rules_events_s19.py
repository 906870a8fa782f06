"""Session 19 events: events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 19, missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-02"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


_types = _AT.types


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "The ferry trust had applied to the Marlow Heritage Fund for most of the money.",
            "applied",
            "occurred",
        ),
        (
            "The utility said it would apply to the Water Board for an emergency licence.",
            "apply",
            "planned",
        ),
    ],
)
def test_asking_a_named_body_for_something_is_an_application(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "application"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The new limits will apply to the Harbour Authority for five years, the council decided on Monday.",
        "The levy applies to Northbridge landlords for two years, the council decided on Monday.",
        "Anyone can apply to the Harbour Fund for a grant, the council decided on Monday.",
    ],
)
def test_a_rule_that_applies_or_a_standing_offer_is_no_application(text: str) -> None:
    """Guards (hard negatives): a rule's reach for a span of time, a present, "can" (an offer to anyone)."""
    got = by_trigger(text)
    assert "decided" in got, _types(text)  # the sentence was read
    assert not any(e.type == "application" for e in got.values()), _types(text)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The hospital said it had written to the patients' families twice in June.", "written", "occurred"),
        (
            "The mayor accepted the result and would write to the Games committee this week.",
            "write",
            "planned",
        ),
        ("The minister wrote to the council on Monday asking for more money.", "wrote", "occurred"),
    ],
)
def test_writing_to_someone_is_a_letter(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "letter"
    assert got[trigger].status == status


def test_a_letter_keeps_its_time_and_what_it_said_is_a_clause_of_its_own() -> None:
    text = "The chief executive wrote to shareholders on Monday that profits would fall."
    got = by_trigger(text)
    assert got["wrote"].type == "letter"
    assert got["wrote"].when is not None and got["wrote"].when.date == "2026-11-30"
    assert got["fall"].status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "He wrote to say the ferry had been cancelled.",
        "Readers can write to us at the address below, the paper said after the ferry was cancelled.",
        "She writes to her brother every week, and the ferry was cancelled.",
    ],
)
def test_no_letter(text: str) -> None:
    """Guards (hard negatives): "wrote to say" (what follows is the news), an offer to readers, a habit."""
    got = by_trigger(text)
    assert "cancelled" in got, _types(text)  # the sentence was read
    assert not any(e.type == "letter" for e in got.values()), _types(text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The minister said the state would offer 9 million euros in grants and pay growers up to 50,000 euros "
            "each to replant.",
            "offer",
            "pay",
        ),
        (
            "The trust said it would raise the prize to $80,000 next year and open it to poets from 2028.",
            "raise",
            "open",
        ),
    ],
)
def test_a_second_verb_under_the_same_modal_past_the_first_ones_object(
    text: str, first: str, second: str
) -> None:
    got = by_trigger(text)
    assert first in got, _types(text)
    assert second in got, _types(text)
    assert got[first].status == got[second].status == "planned"


def test_a_shared_modality_reads_the_second_verbs_time_again() -> None:
    """ "on Saturday" was read for the second verb before it took the first one's modality, as a happening
    over: the Saturday before the story."""
    got = by_trigger("Ardley will serve a three-match ban and miss the derby on Saturday.")
    assert got["miss"].status == "planned"
    assert got["miss"].when is not None and got["miss"].when.date == "2026-12-05"


@pytest.mark.parametrize(
    ("text", "read", "not_an_event"),
    [
        ("The council would fund 30 new nurses and support staff at the clinic.", "fund", "support"),
        ("The mayor will visit the site on Monday to review the damage and meet residents.", "visit", "meet"),
        (
            "The board would close the museum for a year, and repair work starts in May, the trust said.",
            "close",
            "repair",
        ),
        (
            "The board would close the museum and the library for a year that ended in financial ruin and repair "
            "costs of millions.",
            "close",
            "repair",
        ),
    ],
)
def test_no_second_verb_under_the_modal(text: str, read: str, not_an_event: str) -> None:
    """Guards (hard negatives): a noun after "and" ("support staff"), a purpose's second verb, a clause after a
    comma, an object past a relative clause."""
    got = by_trigger(text)
    assert read in got, _types(text)
    assert not_an_event not in got, _types(text)


def test_a_negated_modal_reaches_the_second_verb() -> None:
    """Guard: the second verb shares the first one's negation, as it shares its modal."""
    got = by_trigger("The company will not raise prices this year and cut jobs, its chief executive said.")
    assert got["raise"].status == "negated"
    assert got["cut"].status == "negated"


def test_a_participle_describing_any_one_of_a_kind_is_no_happening() -> None:
    text = "The ministry said every place offered in the past four years would be carried out."
    got = by_trigger(text)
    assert "offered" not in got, _types(text)
    assert got["carried out"].status == "planned"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Every bus cancelled on Monday ran again on Tuesday.", "cancelled"),
        ("The council offered every tenant a new flat.", "offered"),
    ],
)
def test_a_dated_participle_or_a_verb_before_every_stays(text: str, trigger: str) -> None:
    """Guards (hard negatives): a participle with a day of its own, "every" after the verb."""
    got = by_trigger(text)
    assert trigger in got, _types(text)


def test_the_sentences_own_verb_after_a_participle_describing_each_one() -> None:
    text = "Each flat built on the estate was sold within a week."
    got = by_trigger(text)
    assert "built" not in got, _types(text)
    assert got["sold"].status == "occurred"


def test_a_claim_of_responsibility_is_an_act_and_the_demand_an_event() -> None:
    text = "A group calling itself Redmoor claimed responsibility on Tuesday and demanded $3 million."
    got = by_trigger(text)
    assert got["claimed responsibility"].type == "claim of responsibility"
    assert got["claimed responsibility"].when is not None
    assert got["claimed responsibility"].when.date == "2026-12-01"
    assert got["demanded"].type == "demand"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("She claimed responsibility was shared by the whole board, which resigned on Monday.", "resigned"),
        ("The club claimed the title on Saturday after it beat Harwick 2-0.", "beat"),
    ],
)
def test_no_claim_of_responsibility(text: str, read: str) -> None:
    """Guards (hard negatives): what was claimed about responsibility, another thing claimed."""
    got = by_trigger(text)
    assert read in got, _types(text)
    assert not any(e.type == "claim of responsibility" for e in got.values()), _types(text)


def test_a_sample_compared_with_the_last_one_is_no_change() -> None:
    text = (
        "The pollster interviewed 2,000 adults, up from 1,500 last year, and published the results on Monday."
    )
    got = by_trigger(text)
    assert "published" in got, _types(text)
    assert "interviewed" not in got, _types(text)
