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
    assert got.get("found") == ("finding", "occurred"), got


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
    found = [e for e in _AT.events(text) if e.type == "finding"]
    assert len(found) == 1, found
    assert len(found[0].evidence) == 2, found[0].evidence


def test_a_second_find_stays_its_own() -> None:
    text = (
        "A farmer found a jar of coins in a field in April.\n\n"
        "Archaeologists returned in May and found 63 more coins. The jar was found near an old wall."
    )
    found = [e for e in _AT.events(text) if e.type == "finding"]
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
def test_the_main_verb_after_an_appositive_that_clause(
    text: str, trigger: str, told: tuple[str, str]
) -> None:
    got = _told(text)
    assert got.get(trigger) == told, got


def test_a_that_clause_after_saying_is_no_relative() -> None:
    got = _told(
        "The report, the first to name the firm, said that the plant would close and would not reopen."
    )
    assert got.get("close") == ("closure", "planned"), got


# --- money received, given; a promise made to someone -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "told"),
    [
        (
            "Each of the six finalists will receive about $20,000 from the fund.",
            "receive",
            ("receipt", "planned"),
        ),
        (
            "Growers with small farms would receive up to 4,000 dravek each, she said.",
            "receive",
            ("receipt", "planned"),
        ),
        (
            "A charity run by her brother had received £40,000 from the developer.",
            "received",
            ("receipt", "occurred"),
        ),
        (
            "The rowing club received a £90,000 grant from the council in May.",
            "received",
            ("grant", "occurred"),
        ),
        (
            "About 200,000 households would receive cash payments of up to $50 a month.",
            "receive",
            ("receipt", "planned"),
        ),
    ],
)
def test_money_received_is_a_payment(text: str, trigger: str, told: tuple[str, str]) -> None:
    got = {t.split()[0]: v for t, v in _told(text).items()}
    assert got.get(trigger) == told, got


@pytest.mark.parametrize(
    "text",
    [
        # a standing rule, not a payment made or planned
        "Each runner-up receives $2,000 under the prize's rules.",
        "Members receive £15 off every order.",
        # what is received that is no money
        "The mayor received a letter from 300 residents.",
        "The council received 40 objections to the plan.",
        "The proposal received 71% support from shareholders.",
    ],
)
def test_no_payment_in_a_rule_or_a_thing_received(text: str) -> None:
    got = _told(text)
    assert all(v[0] not in ("payment", "grant") for v in got.values()), got


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("She said she would give her share to the village hospital.", "give"),
        ("The singer will give her fee for the gala to the union's hardship fund.", "give"),
        ("The federation said it would give him a grant of €10,000.", "give"),
    ],
)
def test_money_given_by_its_owner(text: str, trigger: str) -> None:
    got = {t.split()[0]: v for t, v in _told(text).items()}
    assert got.get(trigger) == ("donation", "planned"), got


@pytest.mark.parametrize(
    "text",
    [
        "She said she would give her views to the committee.",
        "He gave his share of the blame to the coach.",
        "The report gave a grant total for the year, officials said.",
    ],
)
def test_no_donation_of_words_or_blame(text: str) -> None:
    got = _told(text)
    assert all(v[0] != "donation" for v in got.values()), got


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The nurses had been promised a pay rise in March.", "occurred"),
        ("Residents said they were promised a new bridge by 2025.", "occurred"),
        ("Drivers had not been promised bonuses for the extra shifts.", "negated"),
        ("The union said it had been promised that no depot would close.", "occurred"),
    ],
)
def test_a_promise_told_in_the_passive(text: str, status: str) -> None:
    got = _told(text)
    assert got.get("promised") == ("promise", status), got


@pytest.mark.parametrize(
    "text",
    [
        # the active is a cue of a claim (docs/attributions.md); the sets split on it
        "The minister promised that every school would reopen.",
        "The scheme promised returns of 9% a year.",
        "Work began on the promised bypass in May.",
        "As promised, the council published the report.",
    ],
)
def test_no_promise_event_in_the_active(text: str) -> None:
    got = _told(text)
    assert "promised" not in got, got


# --- a thing put up for sale -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The brewery put the Old Bell up for sale in June.", "occurred"),
        ("Nine of the 40 growers have put their orchards up for sale since the frost.", "occurred"),
    ],
)
def test_a_thing_put_up_for_sale(text: str, status: str) -> None:
    got = _told(text)
    assert got.get("put") == ("sale", status), got


@pytest.mark.parametrize(
    "text",
    [
        "The board put the plan to a vote on Monday.",
        "Prices put the houses out of reach for most buyers.",
        "The house for sale on the corner has been empty since June.",
        "The collapse of the bank put a strain on the market last year.",
    ],
)
def test_nothing_put_up_for_sale(text: str) -> None:
    got = _told(text)
    assert all(v[0] != "sale" for v in got.values()), got


# --- the subject of an infinitive after a verb of forcing ---------------------------------------------------------


def test_what_a_deal_forced_others_to_close_is_a_closure() -> None:
    got = _told("The merger forced more than 40 branches to close early.")
    assert got.get("close") == ("closure", "occurred"), got


def test_a_deal_that_closes_is_still_completed() -> None:
    """A guard: the deal's own closing keeps its subject's type."""
    got = _told("The merger is expected to close in March.")
    assert got.get("close", ("",))[0] == "completion", got


# --- the first review of this branch (LEAD-NOTE-2, LEAD-NOTE-3) ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The jury found 9 of the 12 defendants guilty of fraud.",
        "Researchers found 2,000 children had been missed by the screening programme.",
        "Critics found the painting disappointing.",
        "Inspectors from the council found the device had been tampered with.",
    ],
)
def test_a_thing_judged_is_no_discovery(text: str) -> None:
    got = _told(text)
    assert all(v[0] not in ("discovery", "finding") for v in got.values()), got


def test_a_body_found_lying_is_a_discovery() -> None:
    got = _told("Walkers found the body lying in a ditch near the canal.")
    assert got.get("found") == ("finding", "occurred"), got


@pytest.mark.parametrize(
    "text",
    [
        "Drivers who park in the bus lane will receive a £100 fine.",
        "The council will receive £5 million less from the government next year.",
        "Rising interest rates have put pressure on the market for new homes.",
        "The bank gave the struggling firm a loan of £2 million last year.",
        "The company gave every worker a bonus of $500 in December.",
        "The court gave his share to his brother.",
    ],
)
def test_no_payment_sale_or_donation_in_a_penalty_a_cut_a_loan_or_a_share_out(text: str) -> None:
    got = _told(text)
    assert all(v[0] not in ("payment", "receipt", "sale", "donation", "grant") for v in got.values()), got
