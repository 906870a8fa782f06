"""Figures (session 32): kinds dev28's first sight and the sets before it showed, as families of our own sentences: the
dollar of a story that writes the American one "US$", names its country's exchange, central bank or regulator, or is set
in an Australian state's or a Canadian province's government; the other dollar countries; a scale word after a hyphen
("$4.8-million"); every comparative of a measure before "than" as a bound ("shallower than 50 centimetres"); and every
plural of people bounded by an age ("patrons under 18"). Hard negatives stand beside each rule.
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-07"

_ON = EventTyping(PUBLISHED)
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ the story's dollar


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Tallowgrove Mining, a Queensland gold miner, said bullion hit US$2,400 an ounce in New York. "
            "Its shares rose to $3.10 in Brisbane.",
            3.1,
            "AUD",
        ),
        (
            "Ontario's Marlow Steel said US tariffs and a US$900 levy hurt. It booked a $45 million loss in Toronto.",
            45e6,
            "CAD",
        ),
        ("Brindle Resources told the ASX on Monday it had raised $40 million from investors.", 40e6, "AUD"),
        ("Quellan Energy shares closed at $12.40 on the TSX on Friday.", 12.4, "CAD"),
        ("Harakeke Foods told the NZX that its profit rose to $21 million.", 21e6, "NZD"),
        ("The Reserve Bank of Australia held rates, and the lender's profit was $2 billion.", 2e9, "AUD"),
        ("The Bank of Canada held its key rate, and Dunmore Credit said it lent $3 billion.", 3e9, "CAD"),
        ("The Hong Kong firm, listed on the Hang Seng, paid $5 billion for a tower in Kowloon.", 5e9, "HKD"),
        ("Kingfern Telecom, listed on the SGX, paid $300 million for towers.", 300e6, "SGD"),
        ("The Taipei chipmaker said Taiwanese buyers paid $2 billion.", 2e9, "TWD"),
        ("Suva's council said the Fijian resort tax raised $4 million.", 4e6, "FJD"),
        (
            "The state government will spend $40 million on roads, Transport Minister Ola Brennick said.",
            40e6,
            "AUD",
        ),
        ("Local MP Dara Quill urged the state government to fund a $2 million levee.", 2e6, "AUD"),
        ("Under provincial rules in Manitoba, owners face fines of up to $2,000.", 2000, "CAD"),
    ],
)
def test_the_story_sets_its_dollar(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Chicago firm said US sales rose to $4 billion, and its New York unit lost $2 million.", 4e9),
        ("An Australian investor paid $30 million for the Denver hotel, the Colorado firm said.", 30e6),
        ("The state government of Ohio set aside $40 million, Governor Ann Tolle said.", 40e6),
        (
            "Foreign Minister Ivo Darr met the state government's envoy, and aid of $3 million was agreed.",
            3e6,
        ),
        ("The Premier League club's state-of-the-art ground cost $90 million.", 90e6),
        (
            "The Bank of Canada's move was noted in Washington, where the US Treasury sold $20 billion of bills, "
            "US officials said.",
            20e9,
        ),
    ],
)
def test_an_american_story_keeps_the_us_dollar(text: str, value: float) -> None:
    assert one_by_value(text, value).unit == "USD"


# ------------------------------------------------------------------ a scale word after a hyphen


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The city signed a $4.8-million, five-year contract.", 4.8e6),
        ("Ottawa approved a $2.5-billion loan.", 2.5e9),
        ("The team spent €1.2-million on the pitch.", 1.2e6),
        ("A £40-million stadium will open in May.", 40e6),
        ("The $1.3-trillion budget passed.", 1.3e12),
        ("Ratepayers face a $12-million overrun on the arena.", 12e6),
    ],
)
def test_a_hyphenated_scale_word(text: str, value: float) -> None:
    assert one_by_value(text, value).value == value


def test_a_hyphenated_range_stays_a_range() -> None:
    fig = one_by_value("Tickets cost $15-20 each.", 15)
    assert fig.value_max == 20


# ------------------------------------------------------------------ comparatives before "than"


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Barges may not sail in water shallower than 50 centimetres.", 50, "at_most"),
        ("Lorries heavier than 7.5 tonnes are banned from the bridge.", 7.5, "at_least"),
        ("The rule covers trees taller than 20 metres.", 20, "at_least"),
        ("Cracks wider than 3 millimetres were found.", 3, "at_least"),
        ("The pipes are thinner than 2 centimetres.", 2, "at_most"),
        ("Flights cheaper than $50 sold out.", 50, "at_most"),
        ("Parcels lighter than 2 kilograms ship free.", 2, "at_most"),
        ("Drivers faster than 80 km/h were fined.", 80, "at_least"),
        ("The lake is deeper than 300 metres.", 300, "at_least"),
        ("Homes closer than 500 metres to the site were evacuated.", 500, "at_most"),
        ("Nights colder than minus 10 degrees are rare.", -10, "at_most"),
        ("Days warmer than 30 degrees are expected.", 30, "at_least"),
    ],
)
def test_a_comparative_before_than_is_a_bound(text: str, value: float, qualifier: str) -> None:
    assert one_by_value(text, value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The new bridge is 40 metres longer than the old one.", 40),
        ("Prices were $3 cheaper than last year.", 3),
    ],
)
def test_a_difference_before_the_comparative_is_exact(text: str, value: float) -> None:
    assert one_by_value(text, value).qualifier == "exact"


# ------------------------------------------------------------------ people bounded by an age


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Nearly four in 10 of the accounts belonged to patrons under 18, a report said.", 18, "at_most"),
        ("Players under 21 cannot enter.", 21, "at_most"),
        ("Readers over 65 get a discount.", 65, "at_least"),
        ("Pupils over 11 must wear the badge.", 11, "at_least"),
        ("Pensioners over 75 get free licences.", 75, "at_least"),
        ("Cyclists under 14 must wear helmets.", 14, "at_most"),
        ("Passengers under 2 fly free.", 2, "at_most"),
        ("The judge said most of the victims were over 75.", 75, "at_least"),
        ("Most residents are over 65, the council said.", 65, "at_least"),
    ],
)
def test_people_bounded_by_an_age(text: str, value: float, qualifier: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind, fig.qualifier) == ("years", "duration", qualifier)


def test_the_verb_after_an_age_is_no_part_of_it() -> None:
    assert one_by_value("Readers over 65 get a discount.", 65).text == "over 65"


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("Prices under 18 dollars are rare.", 18, "money"),
        ("The team scored under 18 points.", 18, "count"),
        ("Fans over 3,000 miles away watched online.", 3000, "other"),
    ],
)
def test_a_counted_noun_after_the_bound_is_no_age(text: str, value: float, kind: str) -> None:
    assert one_by_value(text, value).kind == kind


# ------------------------------------------------------------------ the span of a change, "in a decade"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Strandings at Corrow Bay have roughly doubled in a decade.", 10, "years"),
        ("Rents in Marle rose 12% in a year.", 1, "years"),
        ("The river rose two metres in an hour.", 1, "hours"),
        ("Membership of the Tolby club has halved in a decade.", 10, "years"),
        ("The fund tripled in a year.", 1, "years"),
    ],
)
def test_the_span_of_a_change(text: str, value: float, unit: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "duration")


@pytest.mark.parametrize(
    "text",
    [
        "It was the worst plague in a decade.",
        "The first snow in a decade fell on Monday.",
        "Prices rose to their highest level in a year.",
        "Sales rose in a year of turmoil.",
    ],
)
def test_a_relative_time_is_no_span(text: str) -> None:
    assert not [f for f in _ON.figures(text) if f.kind == "duration"]


# ------------------------------------------------------------------ other signs several countries write


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Cairo bakers said the Egyptian government raised subsidies. A loaf costs £5 in Egypt now.",
            5,
            "EGP",
        ),
        (
            "Beirut grocers said Lebanese shoppers paid £90,000 for rice, Lebanon's statistics office said.",
            90000,
            "LBP",
        ),
        ("A holiday in Egypt cost the London family £900.", 900, "GBP"),
        ("Karachi traders said Pakistan would cut the tax to Rs 40 a litre.", 40, "PKR"),
        ("Colombo: Sri Lanka raised fuel to Rs 350 a litre, Sri Lankan officials said.", 350, "LKR"),
        ("The Mumbai firm paid Rs 400 in fees.", 400, "INR"),
        ("Rs 50 was seized from the shop.", 50, "INR"),
        ("In Oslo, Norwegian shops charge 350 kr for the book.", 350, "NOK"),
        ("A ticket in Stockholm costs 120 kr, Swedish officials said.", 120, "SEK"),
    ],
)
def test_a_shared_sign_takes_the_story_country(text: str, value: float, unit: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "money")


# ------------------------------------------------------------------ a wire dateline with its date


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "HASTINGS, New Zealand, Dec 4 - Growers sold the crates for $25 each, about $310,000 in all.",
            310000,
            "NZD",
        ),
        ("AUCKLAND, Dec 4 (Reuters) - Growers sold the crates for $25 each.", 25, "NZD"),
        ("TORONTO, Nov. 30 - The city paid $4 million for salt.", 4e6, "CAD"),
        ("SINGAPORE, Dec 1 - The port spent $90 million.", 90e6, "SGD"),
        ("NAPIER - The orchard lost $2 million, NZ growers said.", 2e6, "NZD"),
        ("WASHINGTON, Dec 4 - The agency spent $2 million.", 2e6, "USD"),
    ],
)
def test_a_dateline_with_its_date_sets_the_dollar(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


def test_a_hyphenated_scale_in_a_range() -> None:
    fig = one_by_value("The recall will cost the company between $2-million and $3-million.", 2e6)
    assert (fig.value_max, fig.qualifier) == (3e6, "range")


# ------------------------------------------------------------------ thousandths written in full


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The plant fills 750-millilitre bottles.", 750, "ml"),
        ("Pour 250 millilitres of milk into the jug.", 250, "ml"),
        ("A 330-milliliter can sells for less.", 330, "ml"),
        ("Each dose holds 500 milligrams of the drug.", 500, "mg"),
    ],
)
def test_thousandths_in_full_are_measures(text: str, value: float, unit: str) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == (unit, "other")


# ------------------------------------------------------------------ what a multiplier verb multiplies


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Council doubles parking charges", "charges"),
        ("The council voted to double parking charges by 22 votes to 15.", "charges"),
        ("The utility tripled water rates in May.", "rates"),
        ("The board quadrupled bus fares overnight.", "fares"),
        ("The city doubled fines for littering.", "fines"),
        # the subject where no bare plural object follows
        ("Prices have doubled since 2020.", "prices"),
        ("Sales doubled two years ago.", "sales"),
        ("Membership has tripled in three years.", "membership"),
    ],
)
def test_a_multiplier_verb_multiplies_its_object(text: str, unit: str) -> None:
    (fig,) = [f for f in _ON.figures(text) if f.kind == "multiplier"]
    assert fig.unit == unit


def test_a_sum_lost_in_a_year_states_no_span() -> None:
    assert not [
        f for f in _ON.figures("The fund lost half a billion dollars in a year.") if f.kind == "duration"
    ]
