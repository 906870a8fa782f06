"""Session 24 events: missed and spurious events (helper s24-evmiss).

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 24: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-04"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


def _told(text: str) -> dict[str, tuple[str, str]]:
    return {t: (e.type, e.status) for t, e in by_trigger(text).items()}


# --- a thing found by people looking for it ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Divers have found the wreck of a Danish frigate off the headland.",
        "Engineers found a crack about 12 metres long above the tunnel on Monday.",
        "The research team found 17 of the frogs in two ponds last summer.",
        "A farmer, who found the jar in April, will share the reward.",
        "Archaeologists returned in May and found 63 more bones near the wall.",
        "The county had found homes for 14 families by Friday.",
    ],
)
def test_a_thing_found_is_a_discovery(text: str) -> None:
    got = _told(text)
    assert got.get("found") == ("discovery", "occurred"), got


@pytest.mark.parametrize(
    "text",
    [
        # what an inquiry, a test or a panel found is its finding, told by its own noun if at all
        "A safety panel found more strokes among patients taking the pill.",
        "Inspectors found water leaking through the dam wall, the agency said.",
        "The audit found 14 errors in the accounts.",
        # nothing found, a finding of fact, a verdict, a feeling
        "The museum said it had found no trace of the missing ledger.",
        "The court found the driver guilty of careless driving.",
        "Many tenants found the new rules confusing.",
        "Staff found out about the closure from a newspaper.",
        "The airline said it would keep its jets grounded until investigators found the cause.",
        "Researchers found that the river had warmed by 2C.",
    ],
)
def test_a_finding_is_no_discovery(text: str) -> None:
    got = _told(text)
    assert "found" not in got and "found out" not in got, got


def test_a_thing_found_told_again_is_one_discovery() -> None:
    text = (
        "Divers have found the wreck of a Danish frigate off the headland, the museum said.\n\n"
        "The wreck was found after a fisherman reported snagging his nets on it."
    )
    found = [e for e in _AT.events(text) if e.type == "discovery"]
    assert len(found) == 1, found
    assert len(found[0].evidence) == 2, found[0].evidence


def test_a_second_find_stays_its_own() -> None:
    text = (
        "A farmer found a jar of coins in a field in April.\n\n"
        "Archaeologists returned in May and found 63 more coins. The jar was found near an old wall."
    )
    found = [e for e in _AT.events(text) if e.type == "discovery"]
    assert len(found) == 2, [(e.summary, [x.text for x in e.evidence]) for e in found]


# --- the act a denial denies, in verbs read only there ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "etype"),
    [
        ("The campaign group denied that it had urged parents to keep children at home.", "urged", "urging"),
        ("A spokeswoman for the brewer denied that the firm had broken its lease.", "broken", "breach"),
        ("The mayor denied that the council had favoured a builder over residents.", "favoured", "favour"),
        (
            "The minister denied that the bridge plan was being reconsidered, saying work would start.",
            "reconsidered",
            "reconsideration",
        ),
        ("The insurer denied that it would try to avoid paying the claims.", "avoid", "avoidance"),
    ],
)
def test_a_denied_act_in_a_verb_read_only_there(text: str, trigger: str, etype: str) -> None:
    got = _told(text)
    assert got.get(trigger) == (etype, "negated"), got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # outside a denial these verbs tell words, a taste, a wish or a fault, no event of their own
        ("Police urged drivers to avoid the bridge, the council said.", "urged"),
        ("Most voters favoured a later start, a poll found.", "favoured"),
        ("The pipe had broken in two places, engineers said.", "broken"),
        ("The board said it would reconsider the plan in March.", "reconsider"),
        ("Drivers should avoid the bridge until Friday.", "avoid"),
        # a denial's clause ends at its comma: the denier's own account is told as it is
        ("The firm denied that, saying it had urged staff to stay calm.", "urged"),
        # a thing broken that is no promise or deal
        ("The club denied that its chairman had broken his leg.", "broken"),
    ],
)
def test_those_verbs_tell_nothing_outside_a_denial(text: str, trigger: str) -> None:
    got = _told(text)
    assert trigger not in got, got


# --- a relative "that" inside an appositive ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "told"),
    [
        (
            "Halder Rowing, the club that won the national cup twice in four years, will close at the end of March.",
            "close",
            ("closure", "planned"),
        ),
        ("Kell Dairies, a firm that had supplied 40 schools, has been fined.", "fined", ("fine", "occurred")),
    ],
)
def test_the_main_verb_after_an_appositive_that_clause(text: str, trigger: str, told: tuple[str, str]) -> None:
    got = _told(text)
    assert got.get(trigger) == told, got


def test_a_that_clause_after_saying_is_no_relative() -> None:
    got = _told("The report, the first to name the firm, said that the plant would close and would not reopen.")
    assert got.get("close") == ("closure", "planned"), got
