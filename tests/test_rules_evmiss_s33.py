"""Session 33 events: missed events (helper s33-evmiss).

Every sentence is written for this file, in genres no set has (no set's or corpus's words). Each kind has cases next
to hard negatives. The policy is in docs/events.md ("Session 33: missed events").
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


# --- the act a rebuttal cites after a denial ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "status"),
    [
        (
            "Greystone Water denied that it had hidden the fault, saying it had informed the regulator within two "
            "hours.",
            "notification",
            "informed",
            "occurred",
        ),
        (
            "The ferry company denied that it had misled passengers, saying it had told the harbour board in March "
            "that the service would end.",
            "notification",
            "told",
            "occurred",
        ),
        (
            "The ministry denied that it had been slow to act, saying it had warned growers in July that frost could "
            "ruin the crop.",
            "warning",
            "warned",
            "occurred",
        ),
        (
            "The care home denied that it had let the virus spread, saying every resident with symptoms had been "
            "isolated within a day.",
            "isolation",
            "isolated",
            "occurred",
        ),
        (
            "The operator denied that it had failed its riders, saying it had alerted them by text on Sunday night.",
            "warning",
            "alerted",
            "occurred",
        ),
    ],
)
def test_the_act_a_rebuttal_cites_is_an_event(text: str, type_: str, trigger: str, status: str) -> None:
    assert (trigger, status) in _of_type(text, type_), _by_trigger(text)


def test_the_act_a_rebuttal_cites_may_be_negated() -> None:
    text = (
        "The hospital trust denied that it was selling the old wing, saying no developer had been approached."
    )
    assert ("approached", "negated") in [(e.trigger, e.status) for e in _AT.events(text)], _by_trigger(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The company denied that it had been careless, saying it had known nothing of the leak until Monday.",
            "known",
        ),
        (
            "The party denied that it had taken corporate money, saying the funds had come from members.",
            "come",
        ),
        (
            "The brewer denied that it had tried to sell the pub, saying it had hoped for a community buyer.",
            "hoped",
        ),
        (
            "The board denied that it had forced the coach out, saying he had wanted to leave for a year.",
            "wanted",
        ),
        (
            "The census office denied that it had missed homes, saying the count had reached 97% of households.",
            "reach",
        ),
        (
            "The council denied that it had ignored the wall, saying the survey had found nothing wrong.",
            "found",
        ),
        ("The band said it had informed its fans.", "informed"),
    ],
)
def test_a_state_a_level_or_no_rebuttal_gives_no_cited_act(text: str, word: str) -> None:
    assert not any(word in t for t in _triggers(text)), _by_trigger(text)


def test_a_range_of_goods_told_in_the_past_is_no_sale() -> None:
    text = "The bakery denied that it had raised prices, saying it sold 40 kinds of bread."
    assert "sold" not in _triggers(text), _by_trigger(text)
    assert _of_type("The bakery sold 4,000 loaves on Saturday.", "sale") == [("sold", "occurred")]


# --- an amount pushed, driven or dragged up or down --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "status"),
    [
        (
            "A late frost in the valley pushed cherry prices up 20 per cent last week.",
            "rise",
            "pushed",
            "occurred",
        ),
        (
            "The miner's shares slid 9%, dragging the Varnholt index down 1.2%.",
            "fall",
            "dragging",
            "occurred",
        ),
        ("The glut of milk dragged farm-gate prices down 6 cents a litre.", "fall", "dragged", "occurred"),
        (
            "Weak sales in China pulled the carmaker's profit down 14% in the quarter.",
            "fall",
            "pulled",
            "occurred",
        ),
        ("The levy would push up household bills by between 4% and 6%.", "rise", "push", "planned"),
    ],
)
def test_an_amount_moved_by_a_size_is_a_rise_or_a_fall(
    text: str, type_: str, trigger: str, status: str
) -> None:
    assert (trigger, status) in _of_type(text, type_), _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers pushed the broken-down bus up the hill.",
        "The crew dragged the nets down to the harbour.",
        "She drove her mother up to the hospital on Sunday.",
        "The wind knocked the fence down overnight.",
        "The storm is already pushing up the price of timber.",
        "Panic buying drove petrol prices higher across the region on Tuesday.",
    ],
)
def test_a_thing_moved_or_an_amount_with_no_size_is_no_change(text: str) -> None:
    assert not {e.type for e in _AT.events(text)} & {"rise", "fall"}, _by_trigger(text)


# --- a price, a charge or a forecast held where it was -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        (
            "The ferry operator held its fares at last year's level for the winter timetable.",
            "held",
            "occurred",
        ),
        ("The water board said it would hold charges at £412 a household until April.", "hold", "planned"),
        ("Brellin Foods kept its own profit forecast at €210 million on Thursday.", "kept", "occurred"),
        ("The central bank left its key rate unchanged at 2.5 per cent.", "left", "occurred"),
        ("The council has kept rents flat for a third year.", "kept", "occurred"),
    ],
)
def test_a_price_held_is_a_hold(text: str, trigger: str, status: str) -> None:
    assert (trigger, status) in _of_type(text, "hold"), _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The museum held the painting at its store in Ashby.",
        "The farmer kept the prices at the back of his notebook.",
        "Officers kept the crowd at a distance.",
        "Some members wanted to hold the rate at 3 per cent.",
        "Economists expect the bank will hold rates at 4%.",
        "She left the office at noon.",
    ],
)
def test_a_thing_kept_somewhere_or_a_rate_foreseen_is_no_hold(text: str) -> None:
    assert _of_type(text, "hold") == [], _by_trigger(text)


# --- a change told by its noun and its size ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        (
            "The courier pulled out of the deal last week, citing a 40% drop in quarterly profit.",
            "fall",
            "drop",
        ),
        ("The council approved a 14% rise in parking charges on Tuesday.", "rise", "rise"),
        ("The brewer blamed a 12 per cent fall in pub sales for the loss.", "fall", "fall"),
        ("Ticket sellers saw a 25% jump in demand after the announcement.", "rise", "jump"),
    ],
)
def test_a_sized_change_is_news_of_its_own(text: str, type_: str, trigger: str) -> None:
    assert (trigger, "occurred") in _of_type(text, type_), _by_trigger(text)


def test_the_governing_verb_keeps_its_event() -> None:
    text = "The council approved a 14% rise in parking charges on Tuesday."
    assert _of_type(text, "approval") == [("approved", "occurred")], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The building has a 40% share of the market.",
        "The council owns a 30% stake in the airport.",
        "A 40-year rise of the sea is expected, the report said.",
    ],
)
def test_a_size_with_no_change_or_no_thing_changed_is_none(text: str) -> None:
    assert not {e.type for e in _AT.events(text)} & {"rise", "fall"}, _by_trigger(text)


# --- a supply limited, rationed, restricted or capped ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "type_", "status"),
    [
        (
            "Bakeries across the county are limiting customers to two loaves each after a flour shortage.",
            "limit",
            "ongoing",
        ),
        ("Pharmacies are rationing cold medicine for children.", "rationing", "ongoing"),
        ("The island's only shop rationed bread during the storm.", "rationing", "occurred"),
        ("New rules will limit each angler to four fish a day.", "limit", "planned"),
    ],
)
def test_a_supply_limited_or_rationed_is_an_event(text: str, type_: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, type_)] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "The speed limit on the bridge is 30 mph.",
        "Seating is limited, so book early.",
        "Its limited budget means no new staff this year.",
        "The law limits council tax rises to 5% a year.",
        "The higher price would limit early sales.",
        "He wore a cap with the club's badge.",
    ],
)
def test_a_standing_limit_or_an_effect_foreseen_is_none(text: str) -> None:
    assert not {e.type for e in _AT.events(text)} & {"limit", "cap", "restriction", "rationing"}, _by_trigger(
        text
    )


# --- the lead's notes: bells rung, an occasion someone travels to ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The six bells of St Wenna's church rang together on Saturday for the first time since 1998.",
            "occurred",
        ),
        ("The bells will be rung for two hours on New Year's Eve.", "planned"),
        ("Church bells tolled across the valley on Friday for the drowned fishermen.", "occurred"),
    ],
)
def test_bells_rung_are_a_ringing(text: str, status: str) -> None:
    assert [s for _t, s in _of_type(text, "ringing")] == [status], _by_trigger(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her phone rang twice during the hearing.",
        "The name should ring a bell with older fans.",
    ],
)
def test_a_phone_or_a_name_is_no_ringing(text: str) -> None:
    assert _of_type(text, "ringing") == [], _by_trigger(text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        (
            '"It was awful," said passenger Ilse Brandt, 71, who was travelling to a funeral in Oslo.',
            "funeral",
        ),
        ("The couple, who were driving to a wedding, were unhurt.", "wedding"),
    ],
)
def test_an_occasion_someone_travels_to_is_no_happening(text: str, type_: str) -> None:
    assert _of_type(text, type_) == [], _by_trigger(text)
