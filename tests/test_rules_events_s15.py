"""Session 15 events (issue 15): events the rules missed on unseen news, found by mechanism.

Every sentence is written for this file. Each kind has cases next to hard negatives. The policy is in
docs/events.md ("Session 15, missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-06-10"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # A warning given to someone about something, with no content clause, is the warning itself.
        (
            "The auditor had warned the trustees about the pension deficit two years ago.",
            "warned",
            "occurred",
        ),
        (
            "Harlow Engineering is said to have warned the council about the cracks in March.",
            "warned",
            "occurred",
        ),
        ("The lab warned its staff over the faulty seals last week.", "warned", "occurred"),
    ],
)
def test_a_warning_about_something_is_a_warning(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == "warning"
    assert got[trigger].status == status


def test_a_warning_keeps_its_own_clause_and_time() -> None:
    """The warning's clause runs past "warned" (it is no report of words) and keeps its time."""
    got = by_trigger("The auditor had warned the trustees about the pension deficit in March.")
    assert got["warned"].when is not None and got["warned"].when.date == "2026-03"
    assert "pension deficit" in got["warned"].summary


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a content clause, "warned of", the public told what to do: speech, no event.
        "The auditor warned that the pension fund would run short.",
        "The forecaster warned of heavier snow in the hills.",
        "The sheriff warned residents to stay indoors.",
        "The union warned about rising rents.",
    ],
)
def test_warned_that_stays_speech(text: str) -> None:
    """Guard: speech the warning rule must not take (no warning event before the change either)."""
    assert "warned" not in by_trigger(text)


def test_a_purpose_ends_before_a_finite_verb_after_and() -> None:
    """ "to prevent a breach and had warned ...": the purpose does not swallow the second verb."""
    got = by_trigger(
        "The operator said it had released water on Sunday night to prevent a breach and had warned "
        "the town about an hour in advance."
    )
    assert "released" in got
    assert "warned" in got and got["warned"].type == "warning"


def test_a_purpose_still_holds_its_own_verbs() -> None:
    """Guard: a verb inside the purpose, with no finite auxiliary after "and", stays out."""
    got = by_trigger("The council built a wall to prevent floods and protect the harbour.")
    assert "protect" not in got
    assert "built" in got


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # A company that lists its shares, or lists in a market or a year, goes public.
        ("Shares in Brantwell, which listed in Frankfurt last year, fell 3 per cent.", "listed", "occurred"),
        ("The insurer has lost half its value since it listed in 2011.", "listed", "occurred"),
        ("The chipmaker plans to list its shares in New York next year.", "list", "planned"),
    ],
)
def test_a_company_listing(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == "listing"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: things listed in a document or a table are no listing.
        "The inspectors listed in the report every faulty valve.",
        "The items listed in Appendix B were never delivered.",
        "The museum listed the stolen rings on its website.",
    ],
)
def test_things_listed_are_no_listing(text: str) -> None:
    """Guard: the listing rule must not fire on things listed."""
    assert not any(e.type == "listing" for e in by_trigger(text).values())


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        # Joining a body one then belongs to is a joining.
        (
            "The new finance chief had joined the company in 2019 from a rival.",
            "joined",
            "joining",
            "occurred",
        ),
        ("The Greens would not join a coalition led by Mr Orvald.", "join", "joining", "negated"),
        (
            "Tessaly joined Carrowfield's academy at nine and turned professional at 17.",
            "joined",
            "joining",
            "occurred",
        ),
        # A player who joins for a fee is transferred.
        ("The striker joined for £2 million from a Danish club in August.", "joined", "transfer", "occurred"),
    ],
)
def test_joining_a_body(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == type_
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: no body joined.
        "The two charities joined forces in May.",
        "Hundreds joined the queue outside the bakery.",
        "She joined the call for a public inquiry.",
    ],
)
def test_joining_no_body_is_no_joining(text: str) -> None:
    """Guard: the joining rule must not fire where no body is joined."""
    assert not any(e.type in ("joining", "transfer") for e in by_trigger(text).values())


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # A report, footage or a rival's games examined closely are a study.
        ("The regulator said it would study the findings.", "study", "planned"),
        ("Detectives are studying footage from the station's cameras.", "studying", "ongoing"),
        ("The coaches had studied every one of their opponents' games.", "studied", "occurred"),
    ],
)
def test_a_study_of_something(text: str, trigger: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == "study"
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a subject learned at school; a party's stock reply to a court.
        "Mr Pelham studied law at Edinburgh.",
        "She studied under a famous violinist.",
        "A lawyer for the builder said his client was studying the judgment.",
    ],
)
def test_schooling_and_a_ruling_studied_are_no_study(text: str) -> None:
    """Guard: the study rule must not fire on schooling or on a ruling studied."""
    assert not any(e.type == "study" for e in by_trigger(text).values())


def test_went_on_to_after_and_is_a_verb_of_its_own() -> None:
    """ "founded a bakery ... and went on to open a school": what came next is its own event, told with
    the sentence's subject."""
    got = by_trigger("Mara Velt founded a bakery in 1990 and went on to open a school in Lisk.")
    assert "founded" in got and "open" in got
    assert got["open"].status == "occurred"
    assert got["open"].summary.startswith("Mara Velt went on to open")


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "status"),
    [
        # A noun of happening whose cost or length the clause tells is that happening.
        ("The audit is expected to take at least 60 days.", "audit", "audit", "planned"),
        (
            "The pier is crumbling, and the council said repairs would cost about £900,000.",
            "repairs",
            "repair",
            "planned",
        ),
        ("The inquiry has taken three years so far.", "inquiry", "inquiry", "occurred"),
        ("The inspection of the dam could cost $2 million.", "inspection", "inspection", "hypothetical"),
    ],
)
def test_a_happening_told_by_its_cost_or_length(text: str, trigger: str, type_: str, status: str) -> None:
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].type == type_
    assert got[trigger].status == status


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: a standing price or a habit; no amount or length; a noun that is no happening.
        "The ferry crossing takes two hours.",
        "The repairs cost the owners a lot of sleep.",
        "The audit will take place in March at the depot.",
        "The new bridge is expected to cost about $40 million.",
    ],
)
def test_no_cost_or_length_of_a_happening(text: str) -> None:
    """Guard: the cost-or-length rule must not fire on these."""
    got = by_trigger(text)
    assert not any(
        e.status == "planned" and e.trigger in ("crossing", "repairs", "bridge") for e in got.values()
    )
    assert "bridge" not in got and "crossing" not in got
