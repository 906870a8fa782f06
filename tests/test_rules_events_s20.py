"""Session 20 events: events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 20, missed events").
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
        ("Crews would start clearing the debris on Saturday.", "start clearing", "planned"),
        ("Police said they would not try to clear the square.", "clear", "negated"),
        ("The road was cleared by 5 p.m.", "cleared", "occurred"),
        ("Bulldozers cleared a 300-metre stretch of the track on Tuesday.", "cleared", "occurred"),
        ("Shops must clear the faulty kettles from their shelves by Friday.", "clear", "planned"),
        ("The inquiry had cleared the minister of wrongdoing.", "cleared", "occurred"),
    ],
)
def test_a_place_or_a_stock_cleared_is_a_clearance(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "clearance"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "It is not clear whether the plant closed on Monday.",
        "Officials said the path was not clear when the plant closed on Monday.",
        "A clear majority of the crew survived when the plant closed on Monday.",
        "The ruling cleared the way for the sale, which was approved on Monday.",
        "The pilot was cleared to land after the runway reopened on Monday.",
        "The plane was cleared for take-off after the runway reopened on Monday.",
        "The vote cleared a final hurdle before the law was approved on Monday.",
    ],
)
def test_the_adjective_and_figures_of_speech_are_no_clearance(text: str) -> None:
    """Guards (hard negatives): "clear" the adjective, a way or a hurdle cleared, a permission ("cleared to")."""
    got = by_trigger(text)
    assert any(e.type != "clearance" for e in got.values()), _types(text)  # the sentence was read
    assert not any(e.type == "clearance" for e in got.values()), _types(text)


def test_cleared_of_all_charges_stays_an_acquittal() -> None:
    """Guard: the verdict's phrase keeps its type."""
    got = by_trigger("He was cleared of all charges on Friday.")
    assert got["cleared of all charges"].type == "acquittal"


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The government would present a revised budget to parliament on Monday.", "present", "planned"),
        ("The minister will present the plan to the cabinet next week.", "present", "planned"),
        ("She presented a new strategy to the board in March.", "presented", "occurred"),
    ],
)
def test_a_plan_presented_to_a_body_is_a_presentation(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "presentation"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        "The mayor presented the award to the winner after the race was cancelled on Friday.",
        "Prosecutors presented evidence to the jury after the trial was adjourned on Friday.",
        "Only 40 members were present when the council voted on Friday.",
        "The present government cut the budget on Friday.",
        "The report will present figures after the council voted on Friday.",
    ],
)
def test_a_prize_evidence_or_the_adjective_is_no_presentation(text: str) -> None:
    """Guards (hard negatives): no body that decides after "to", the adjective, no "to" at all."""
    got = by_trigger(text)
    assert any(e.type != "presentation" for e in got.values()), _types(text)  # the sentence was read
    assert not any(e.type == "presentation" for e in got.values()), _types(text)


@pytest.mark.parametrize(
    ("text", "trigger", "status", "date"),
    [
        ("She had reported damp in the flat six times since last winter.", "reported", "occurred", None),
        ("Crews had reported a cracked beam on the bridge last month.", "reported", "occurred", "2026-11"),
        ("The firm reported the scheme to regulators in 2023.", "reported", "occurred", "2023"),
        ("She never reported the abuse to police.", "reported", "negated", None),
        (
            "An adviser will attend board meetings and report to the review office every three months.",
            "report",
            "planned",
            None,
        ),
        ("The panel is expected to report within four weeks.", "report", "planned", None),
    ],
)
def test_a_thing_reported_to_someone_or_with_its_time_is_a_report(
    text: str, trigger: str, status: str, date: str | None
) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "report"
    assert got[trigger].status == status
    when = got[trigger].when
    assert (when.date if when is not None else None) == date


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper reported that the mayor had resigned.",
        # Session 31: "The company reported a loss of $3m" left: results reported are a report (dev26, dev27).
        "The bank reported a 5% rise in sales last month.",
        "The BBC reported on Monday that the talks had failed.",
        "Health officials reported 12 new cases on Monday after the clinic closed.",
        "The paper reported the story on Monday after the mayor resigned.",
        "He reported for duty on Monday after the strike ended.",
        "The firm reported strong demand in 2023 and opened two plants.",
    ],
)
def test_words_results_and_figures_reported_are_no_report(text: str) -> None:
    """Guards (hard negatives): a "that" clause, a result or a figure, a story covered, "reported for duty"."""
    got = by_trigger(text)
    assert got, _types(text)  # the sentence was read
    assert not any(e.type == "report" for e in got.values()), _types(text)


def test_the_speakers_second_verb_is_not_the_reported_clause() -> None:
    got = by_trigger("The regulator said the airline would lose its licence and demanded a review.")
    assert got["lose"].status == "planned"
    assert got["demanded"].status == "occurred"  # the regulator demanded it; the modal is the clause reported
    assert "demanded" not in got["lose"].summary, got["lose"].summary


def test_a_call_after_the_reported_clause_is_not_glued_to_it() -> None:
    got = by_trigger("The regulator said the airline would lose its licence and called for a review.")
    assert "called" not in got["lose"].summary, got["lose"].summary


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the bridge would have closed and moved traffic to the ring road.",
        "The mayor said the council would cut the budget and raise the fee on Monday.",
    ],
)
def test_a_second_verb_under_the_modal_keeps_it(text: str) -> None:
    """Guards (hard negatives): "would have V-ed and V-ed" shares "have"; a base verb shares the modal."""
    got = by_trigger(text)
    assert len(got) == 2, _types(text)
    assert all(e.status in ("planned", "hypothetical") for e in got.values()), {
        t: e.status for t, e in got.items()
    }


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The largest prize ever won by a British rower was paid on Friday.", "paid"),
        ("Tickets bought before May will be refunded, the club said.", "refunded"),
        ("The jackpot, the largest ever won in the region, was paid out on Friday.", "paid out"),
    ],
)
def test_a_participle_describing_a_kind_is_no_happening(text: str, kept: str) -> None:
    got = by_trigger(text)
    assert kept in got, _types(text)  # the sentence was read
    assert not any(t in got for t in ("won", "bought", "recorded")), _types(text)


@pytest.mark.parametrize(
    ("text", "participle"),
    [
        ("Residents evacuated on Monday will return home on Friday.", "evacuated"),
        ("Police arrested two men on Monday.", "arrested"),
        ("He won the largest prize on Friday.", "won"),
        ("The club bought tickets before May.", "bought"),
    ],
)
def test_a_participle_with_its_own_day_or_a_verb_stays_a_happening(text: str, participle: str) -> None:
    """Guards (hard negatives): a day of its own, a finite verb, a superlative with no "ever"."""
    got = by_trigger(text)
    assert participle in got, _types(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Harlow Air cancelled 300 flights on Monday as pilots walked out.", "walked out"),
        ("The hospital cancelled 40 operations as junior doctors walked out on Tuesday.", "walked out"),
        ("The line shut as its drivers went on strike over pay.", "went on strike"),
    ],
)
def test_workers_who_strike_in_an_as_clause_are_a_strike(text: str, trigger: str) -> None:
    got = by_trigger(text)
    assert trigger in got, _types(text)
    assert got[trigger].type == "strike"
    assert got[trigger].status == "occurred"


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("The shop closed early as customers without cash walked out.", "closed"),
        ("Residents were ordered to leave on Friday as a wildfire jumped a highway.", "ordered"),
        ("Services were cut as drivers worked to rule.", "cut"),
    ],
)
def test_other_as_clauses_stay_the_background(text: str, main: str) -> None:
    """Guards (hard negatives): customers who walk out, a fire's advance, workers who do not strike."""
    got = by_trigger(text)
    assert main in got, _types(text)  # the sentence was read
    assert len(got) == 1, _types(text)
