"""Session 32 events: missed events (helper s32-evmiss).

Every sentence is written for this file, in genres no set has (no set's or corpus's words). Each kind has cases next
to hard negatives. The policy is in docs/events.md ("Session 32: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-07"


_AT = EventTyping(PUBLISHED)


_by_trigger = _AT.types_and_statuses


def _of_type(text: str, type_: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.status) for e in _AT.events(text) if e.type == type_]


def _triggers(text: str) -> list[str]:
    return [e.trigger for e in _AT.events(text)]


# --- a side taken on a thing proposed ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The lifeguards' association backed the new rota on Wednesday.",
        "Three of the five trustees, who met in private, backed the proposal to sell the mill.",
        "Seventy per cent of those polled backed a cap on holiday lets in the village.",
        "The dissenting governor had backed a larger cut of half a point.",
    ],
)
def test_backing_a_thing_proposed_is_an_event(text: str) -> None:
    assert [s for _t, s in _of_type(text, "backing")] == ["occurred"], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The scheme, backed by two local banks, opens in May.",
        "Mr Tarrant said he backed the cleaners but could not join their walkout.",
        "Supporters will back Okonjo in the final.",
        "The van backed into a bollard outside the depot.",
        "The bond is backed by the county's tax receipts.",
    ],
)
def test_backing_people_or_a_passive_is_no_backing(text: str) -> None:
    assert not any(t.startswith(("back", "Back")) for t in _triggers(text)), _by_trigger(text)


# --- work begun on a thing, in a verb no table knows -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        (
            "The water board said it would start dredging the reservoir's north arm on 2 February.",
            "dredging",
            "planned",
        ),
        ("Contractors will begin resurfacing the ring road next week.", "resurfacing", "planned"),
        ("The council will resume salting the hill roads tonight.", "salting", "planned"),
    ],
)
def test_work_begun_on_a_thing_is_its_gerund(text: str, type_: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, type_)] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper started playing for the county side in 2015.",
        "Neighbours began feeling nervous after the third burglary.",
        "Commuters started using the new footbridge on Monday.",
    ],
)
def test_a_habit_or_a_state_begun_is_no_work(text: str) -> None:
    types = {e.type for e in _AT.events(text)}
    assert not types & {"playing", "feeling", "using"}, _by_trigger(text)


# --- the verbs of length, idling ---------------------------------------------------------------------------------------


def test_a_length_changed_between_levels_is_a_rise_or_a_fall() -> None:
    assert _of_type("The gallery lengthened its loan period from 3 weeks to 5 weeks.", "rise") == [
        ("lengthened", "occurred")
    ]
    assert _of_type("The league shortened its season by 4 weeks last year.", "fall") == [
        ("shortened", "occurred")
    ]


def test_a_thing_shortened_with_no_size_is_its_shortening() -> None:
    text = "Marshals shortened the fell race because of low cloud."
    assert _of_type(text, "shortening") == [("shortened", "occurred")], _by_trigger(text)


def test_a_shortened_thing_is_no_shortening() -> None:
    assert "shortened" not in _by_trigger("The shortened route was won by a rider from Askby.")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The steelworks will idle its second blast furnace from March.", "planned"),
        ("The bus company has idled 14 of its 60 coaches.", "occurred"),
    ],
)
def test_a_plant_idled_is_an_idling(text: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, "idling")] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "Idle cranes stood over the empty dock.",
        "The pickers sat idle for most of the afternoon.",
        "The quarry has been idle since 2019.",
    ],
)
def test_idle_the_adjective_is_no_idling(text: str) -> None:
    assert _of_type(text, "idling") == [], _by_trigger(text)


# --- a refusal to speculate --------------------------------------------------------------------------------------------


def test_a_refusal_to_speculate_is_the_act_withheld() -> None:
    text = "A spokeswoman for the bus operator declined to speculate on the cause of the crash."
    assert _by_trigger(text) == {"speculate": ("speculation", "negated")}


def test_an_inability_to_explain_is_no_refusal() -> None:
    assert _of_type("The jockey could not explain how the drug got into his sample.", "explanation") == []


# --- the side a vote took ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Alderman Fenwick, who cast the lone no vote, said the rise was too steep.",
        "The only yes vote came from the harbour ward's councillor.",
    ],
)
def test_the_side_a_vote_took_is_no_vote(text: str) -> None:
    assert _of_type(text, "vote") == [], _by_trigger(text)


def test_a_vote_not_taken_stays_negated() -> None:
    assert _of_type("No vote was taken on the amendment.", "vote") == [("vote", "negated")]


# --- years spent in a role ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"It is a shame," said Pellow, 71, who spent 25 years as a lock keeper.',
        "She spent more than thirty years as the island's only doctor.",
    ],
)
def test_years_spent_in_a_role_are_no_event(text: str) -> None:
    assert "spent" not in _by_trigger(text), _by_trigger(text)


def test_nights_spent_somewhere_stay_a_stay() -> None:
    assert _of_type("The campers spent two nights in the village hall after the storm.", "stay") == [
        ("spent", "occurred")
    ]


# --- a matter looked at ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The regulator said it would look at the complaints in the spring.", "planned"),
        ("The committee will look again at the fees in October.", "planned"),
        ("The board had looked at merging the two clubs before it voted.", "occurred"),
    ],
)
def test_a_matter_looked_at_is_a_look(text: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, "look")] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The heron looked at me and flew off.",
        "Residents are looking at a bill of £900 each.",
        "Mr Dunne looked at them and shook his head.",
    ],
)
def test_a_glance_or_a_sum_faced_is_no_look(text: str) -> None:
    assert _of_type(text, "look") == [], _by_trigger(text)


# --- a supply run out, traffic come to a halt --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Session 33: money that runs out is a shortfall (dev19, dev28): a fund's case is in test_rules_event_types_s33
        ("Heating oil could run out before Easter, the trustees warned.", "hypothetical"),
        ("Diesel had run out at three of the island's four pumps by Sunday.", "occurred"),
    ],
)
def test_a_supply_run_out_is_a_shortage(text: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, "shortage")] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The team ran out onto the field at 3pm.",
        "His lease runs out in September.",
        "Time ran out for the visitors.",
    ],
)
def test_no_supply_run_out_is_no_shortage(text: str) -> None:
    assert _of_type(text, "shortage") == [], _by_trigger(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Ferry traffic across the firth came almost to a halt on Sunday.", "halt"),
        ("A tram shuddered to a halt outside the cathedral.", "halt"),
        ("Trading in the shares came to a standstill for an hour.", "standstill"),
    ],
)
def test_a_halt_is_an_event(text: str, type_: str) -> None:
    assert [s for _t, s in _of_type(text, type_)] == ["occurred"], _by_trigger(text)


def test_a_halt_brought_about_is_no_halt_of_its_own() -> None:
    assert _of_type("The ruling will bring the practice to a halt.", "halt") == []


def test_a_supply_that_would_have_run_out_is_a_counterfactual() -> None:
    text = "Without the grant the club's savings would have run out within a year."
    assert _of_type(text, "shortage") == [], _by_trigger(text)


# --- work on water, channels and wrecks --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("The boating lake was drained in October to find the leak.", "draining", "occurred"),
        ("Tugs refloated the grounded coaster on the morning tide.", "refloating", "occurred"),
        ("Divers will salvage the ferry's cargo in the spring.", "salvage", "planned"),
        ("The harbour trust will dredge the marina entrance next month.", "dredging", "planned"),
    ],
)
def test_work_on_water_is_its_own_noun(text: str, type_: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, type_)] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "Floodwater poured into the drains on Quarry Lane.",
        "He said he felt utterly drained after the hearing.",
        "A salvage tug reached the wreck at dawn.",
    ],
)
def test_a_drain_a_salvage_crew_or_a_feeling_is_no_work(text: str) -> None:
    types = {e.type for e in _AT.events(text)}
    assert not types & {"draining", "salvage"}, _by_trigger(text)


# --- a relative clause after ", of which" ------------------------------------------------------------------------------


def test_a_clause_after_of_which_tells_its_own_happening() -> None:
    text = "The poll drew 1,200 answers, of which 64 per cent backed a cap on rents in the old town."
    assert _of_type(text, "backing") == [("backed", "occurred")], _by_trigger(text)


def test_a_backing_told_by_its_ballot_is_the_ballot() -> None:
    assert _by_trigger("Drivers backed the deal in a ballot on Friday.") == {"ballot": ("ballot", "occurred")}


# --- the lead's note (LEAD-NOTE-1): occasions held, someone told by an agent, a count in words -------------------------


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        ("The parish will hold a Christmas craft market on 12 December.", "market", "planned"),
        ("The health trust will run free eye test clinics at two libraries next week.", "clinic", "planned"),
        ("Traders staged a lantern parade through the old town on Saturday.", "parade", "occurred"),
    ],
)
def test_an_occasion_held_is_its_own_noun(text: str, type_: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, type_)] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The practice runs clinics every Thursday.",
        "Growers said the buyers paid a fair price.",
        "The stock market fell 3% on Monday.",
        "The town will hold the fair's licence until 2030.",
    ],
)
def test_a_habit_a_price_or_a_market_is_no_occasion(text: str) -> None:
    types = {e.type for e in _AT.events(text)}
    assert not types & {"clinic", "fair", "market"}, _by_trigger(text)


def test_someone_told_by_an_agent_what_to_do_is_a_notification() -> None:
    text = "Shopkeepers were told by the council to expect the road to close within a week."
    assert _of_type(text, "notification") == [("told", "occurred")], _by_trigger(text)


def test_someone_told_by_a_friend_is_no_notification() -> None:
    assert _of_type("She was told by a friend about the sale.", "notification") == []


def test_a_cancellation_counted_in_words_is_told_anew() -> None:
    text = "Cleaners walked out on Friday, forcing the cancellation of four evening classes."
    assert _of_type(text, "cancellation") == [("cancellation", "occurred")], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new mine could drain springs that two villages rely on.",
        "The licence allows only surface water to be drained from the quarry.",
    ],
)
def test_a_feared_or_permitted_draining_is_none(text: str) -> None:
    assert _of_type(text, "draining") == [], _by_trigger(text)


def test_a_supply_that_runs_out_in_a_habit_is_none() -> None:
    assert _of_type("Vole numbers usually crashed when seed ran out.", "shortage") == []
