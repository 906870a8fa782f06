"""Units of figures by error kind (issue 15, session 6): marks and symbols read by the sentence's
words. Sentences of our own; each kind with hard negatives where the mark or symbol is no unit."""

from __future__ import annotations

import asyncio

import pytest

from evals.match import same_unit
from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from service.corroborate.units import units_compatible


def run(text: str) -> Extraction:
    return asyncio.run(
        extract(ArticleRequest(text=text, published="2024-05-02", language="en"), create_backend("rules"))
    )


def units(text: str) -> list[tuple[float, str | None, str | None, str]]:
    return [(f.value, f.unit, f.per, f.kind) for f in run(text).figures]


# --------------------------------------------------------------------------- prime marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dimension word after the mark: feet
        ("The new mural at the depot is 12' wide.", [(12, "ft", None, "other")]),
        # words of length only: feet; words of time only: minutes, seconds
        ("The gap between the two sheds was 15′.", [(15, "ft", None, "other")]),
        ("The warm-up lap took 58″.", [(58, "seconds", None, "duration")]),
        ("The ferry crossing was timed at 40'.", [(40, "minutes", None, "duration")]),
        # feet then inches, straight and typographic marks
        ("The new goalkeeper is 6'3\" tall.", [(6, "ft", None, "other"), (3, "in", None, "other")]),
    ],
)
def test_prime_marks_read_by_the_sentence(text: str, expected: list[tuple[float, str, None, str]]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a straight mark closing a quotation is no unit, whatever the sentence says of length
        "'We measured the wall and it needs 30' she told the long meeting.",
        'The sign read "Room 14" and the hall was wide.',
        # neither lengths nor times: the mark says nothing
        "Voters gave the plan 55'.",
    ],
)
def test_a_closing_quote_or_an_unexplained_mark_is_no_unit(text: str) -> None:
    assert all(f.unit not in ("ft", "in", "minutes", "seconds") for f in run(text).figures), run(text).figures


def test_a_year_before_a_closing_mark_stays_a_year() -> None:
    assert units("Planners said the bridge would last until 2060' and no longer.") == []


# --------------------------------------------------------------------------- per cent and parsec


def test_pc_is_per_cent_and_a_parsec_only_among_words_of_astronomy() -> None:
    assert units("Unemployment in the county fell to 4.1pc in March.") == [(4.1, "percent", None, "percent")]
    assert units("Rents rose 3 pc, a record for the star estate agent.") == [(3, "percent", None, "percent")]
    assert units("The nebula lies about 400 pc from the nearest galaxy cluster.")[0][1:] == (
        "pc",
        None,
        "other",
    )
    # capitals are computers, not per cent
    assert all(u != "percent" for _, u, _, _ in units("The library bought 12 PC monitors."))


# --------------------------------------------------------------------------- B, b: bytes, bels, bits


def test_b_is_a_byte_among_data_a_bel_among_sounds_and_a_bit_in_packets() -> None:
    assert units("Each log entry adds 512 B to the file.") == [(512, "B", None, "other")]
    assert units("The siren was measured at 12 B on the sound meter.") == [(12, "bel", None, "other")]
    assert units("The header adds 64 b to every packet.") == [(64, "bit", None, "other")]
    assert units("The neutron cross-section of the sample is 3 b.") == [(3, "b", None, "other")]


# --------------------------------------------------------------------------- lone letters


def test_a_lone_letter_or_an_unread_symbol_is_no_counted_noun() -> None:
    # "x" between two numbers, "c" with no word of temperature or money: the numbers keep no unit
    assert units("The garden grid is 40 x 60.") == [(40, None, None, "count"), (60, None, None, "count")]
    assert [u for _, u, _, _ in units("Stir in 2 c of milk.")] == [None]
    # but a metre is a metre, spaced or not
    assert units("The tiles are 1 m by 2 m.") == [(1, "m", None, "other"), (2, "m", None, "other")]


# --------------------------------------------------------------------------- pounds: weight or sterling


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bakery used 40 pounds of flour on Saturday.", (40, "lb", None, "other")),
        ("The fisherman landed a 12-pound salmon.", (12, "lb", None, "other")),
        ("The bag weighs 20 pounds.", (20, "lb", None, "other")),
        # hard negatives: money even where the sentence has a word of weight
        (
            "The council spent 3 million pounds of public money on the cargo terminal.",
            (3e6, "GBP", None, "money"),
        ),
        (
            "The inn charged 90 pounds a night for a room with space for one bag.",
            (90, "GBP", "night", "money"),
        ),
        ("The courier fee cost 12 pounds, package included.", (12, "GBP", None, "money")),
        ("She found a twenty-pound note in the suitcase.", (20, "GBP", None, "money")),
    ],
)
def test_pounds_of_weight_and_of_money(text: str, expected: tuple[float, str, str | None, str]) -> None:
    assert units(text)[0] == expected


# --------------------------------------------------------------------------- symbols added


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The filter uses a 47 µF capacitor.", (47, "µF", None, "other")),
        ("The tablet's screen has 264 PPI.", (264, "px", "in", "other")),
        ("Roast the lamb at 180 C for an hour.", (180, "°C", None, "other")),
    ],
)
def test_physical_symbols(text: str, expected: tuple[float, str, str | None, str]) -> None:
    assert units(text)[0] == expected


# --------------------------------------------------------------------------- "a": acres or years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cooperative farms 500 a of grazing land near the river.", [(500, "acres", None, "other")]),
        ("The couple have run the bakery for 25 a.", [(25, "years", None, "duration")]),
        ("The mill was founded over 100 a ago beside the estate.", [(100, "years", None, "duration")]),
    ],
)
def test_a_after_a_number_read_as_a_unit_where_no_noun_follows(
    text: str, expected: list[tuple[float, str, None, str]]
) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bakery on the farm opens at 5 a.m. on market days.",  # a time
        "In 2019 a farm cooperative was formed for the valley.",  # a year, then an article
        "The clinic saw 40 a day during the harvest.",  # a rate
        "Of the 12 a third work on the land.",  # an article before a fraction
    ],
)
def test_a_as_an_article_is_no_unit(text: str) -> None:
    assert all(f.unit not in ("acres", "years") for f in run(text).figures), run(text).figures


# --------------------------------------------------------------------------- codes in millions, data rates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shipyard booked orders worth 48.5 MGBP.", (48.5e6, "GBP", None, "money")),
        ("The utility expects revenue of MEUR 120 next year.", (120e6, "EUR", None, "money")),
        ("Losses of 30 MUSD were reported by the lender.", (30e6, "USD", None, "money")),
        ("The exporter sold Mex$ 10 million of bonds.", (10e6, "MXN", None, "money")),
        ("The rural broadband plan offers 100 Mbps.", (100, "Mb", "second", "other")),
        ("The new drive reads at 150 MB/s.", (150, "MB", "second", "other")),
        ("The archive holds 40 million B of data.", (40e6, "B", None, "other")),
    ],
)
def test_codes_in_millions_and_data_rates(text: str, expected: tuple[float, str, str | None, str]) -> None:
    assert units(text)[0] == expected


def test_a_class_of_shares_after_a_scale_word_is_no_byte() -> None:
    assert units("The fund sold 2 million B shares.") == [(2e6, "shares", None, "count")]


# --------------------------------------------------------------------------- scientific notation


def test_scientific_notation_is_one_number() -> None:
    assert units("The lab measured 6.3 x 10^11 joules in the blast.") == [(6.3e11, "J", None, "other")]
    got = units("The neutron cross-section of the foil is about 10^-28 b.")
    assert [(round(v / 1e-28, 9), u) for v, u, _, _ in got] == [(1.0, "b")]
    # a tiny value keeps its digits; a grid's "x" is no power of ten
    assert units("The grid is 40 x 60.") == [(40, None, None, "count"), (60, None, None, "count")]


# --------------------------------------------------------------------------- SI units of electricity and pressure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cell can push 2 C of charge round the circuit.", (2, "C", None, "other")),
        ("The fuse trips at 5 A of current.", (5, "A", None, "other")),
        ("The storm's central pressure fell to 960 hPa.", (960, "hPa", None, "other")),
        ("The old kettle runs on 230 volts.", (230, "V", None, "other")),
        ("The lake warmed to 25 C in the heatwave.", (25, "°C", None, "other")),
    ],
)
def test_electric_and_pressure_units(text: str, expected: tuple[float, str, str | None, str]) -> None:
    assert units(text)[0] == expected


def test_a_grade_is_no_ampere() -> None:
    assert units("She got 5 A grades despite the charges.") == [(5, None, None, "count")]


# --------------------------------------------------------------------------- round 3: cues next to the mark or symbol


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span of time: "in" before the mark and no noun after, or "later" after it
        ("The relay team finished the 400-metre leg in 44.9″.", (44.9, "seconds", None, "duration")),
        ("The thunder came 20″ later, 5 miles away.", (20, "seconds", None, "duration")),
        ("She planted 200 a of barley on the farm.", (200, "acres", None, "other")),
        ("The quarry shipped 20 kt of gravel.", (20, "kt", None, "other")),
        ("The trader paid 50,000 Armenian drams for the rug.", (50000, "AMD", None, "money")),
    ],
)
def test_cues_next_to_the_mark_or_symbol(text: str, expected: tuple[float, str, str | None, str]) -> None:
    got = units(text)
    assert expected in got, got


def test_a_noun_after_the_mark_or_the_a_keeps_its_length_or_article() -> None:
    # "in 10' sections": a noun follows, so "in" says nothing of time
    assert units("The pipe was cut in 10' sections.") == [(10, "ft", None, "other")]
    # "At 10 a farm worker ...": an article before a noun, even among words of land
    assert all(u != "acres" for _, u, _, _ in units("At 10 a farm worker was hurt in the field."))


def test_the_harness_and_corroboration_fold_the_new_symbols_and_keep_celsius_apart() -> None:
    assert same_unit("V", "volts") and same_unit("hPa", "hectopascals") and same_unit("pc", "parsecs")
    assert same_unit("°C", "celsius") and not same_unit("°C", "volts")
    assert units_compatible("V", "volts") and not units_compatible("V", "joules")


# --------------------------------------------------------------------------- crowns, basis points, ages in obituaries


def test_crowns_are_money_with_a_scale_or_a_word_of_money_and_counts_otherwise() -> None:
    assert units("The tribunal ordered the haulier to pay 45 million crowns.") == [
        (45e6, "crowns", None, "money")
    ]
    assert units("The museum keeps three crowns from the old kingdom.") == [(3, "crowns", None, "count")]


def test_basis_points_are_a_share() -> None:
    assert units("The central bank cut its main rate by 25 basis points.") == [
        (25, "basis points", None, "percent")
    ]
    assert units("Bond yields rose 12bp on Tuesday.") == [(12, "basis points", None, "percent")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Marta Kellerby, the potter who revived salt glazing, dies at 91", 91),
        ("Kellerby died at home on Friday. She was 91.", 91),
        ("Kellerby left school at 15 to work in her uncle's kiln.", 15),
        ("Her partner, Tomas Brell, now 87, said she worked until the last week.", 87),
    ],
)
def test_ages_as_obituaries_write_them(text: str, value: float) -> None:
    ages = [(f.value, f.unit) for f in run(text).figures if f.measure == "age"]
    assert ages == [(value, "years")]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry docked at 9 and left at 11.",
        "The total was 91.",
        "He died at 10 Downing Street, the papers said.",
        "The shop closes at 6 pm on Sundays.",
    ],
)
def test_times_totals_and_addresses_are_no_ages(text: str) -> None:
    assert all(f.measure != "age" for f in run(text).figures), run(text).figures


def test_a_finish_line_is_no_phone_line() -> None:
    assert units("The relay team crossed the line in 38.4 seconds.") == [(38.4, "seconds", None, "duration")]
    assert units("The pair crossed the line in 41 seconds.") == [(41, "seconds", None, "duration")]
    # phone numbers stay out
    assert units("Call the tip line at 555 0199 or ring 999.") == []


def test_dimensions_write_the_unit_once_after_the_last_side() -> None:
    assert units("The new banner measures 3 x 2 metres.") == [
        (3, "m", None, "other"),
        (2, "m", None, "other"),
    ]
    assert units("The allotment is 40 by 60 feet.") == [(40, "ft", None, "other"), (60, "ft", None, "other")]
    # a relay's legs are no side of anything
    assert units("She anchored the 4 x 400 metres relay.")[0] == (4, None, None, "count")


# --------------------------------------------------------------------------- "a" after a determiner and a number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club leased a 20 a field from the county.", (20, "acres", None, "other")),
        ("The growers sold their 2 a vineyard last spring.", (2, "acres", None, "other")),
    ],
)
def test_an_a_after_a_determiner_and_a_number_is_a_unit_among_words_of_land(
    text: str, expected: tuple[float, str, None, str]
) -> None:
    assert units(text) == [expected]


def test_an_a_before_a_rate_or_with_no_land_stays_an_article() -> None:
    assert units("He kept a 3 a day habit.") == [(3, None, "day", "count")]
    assert all(u != "acres" for _, u, _, _ in units("They signed a 5 a side deal with the league."))


# --------------------------------------------------------------------------- P as a pixel, p as an index point


def test_p_is_a_pixel_among_words_of_screens_and_a_poise_among_fluids() -> None:
    assert units("The poster artwork has a resolution of 6000 P.") == [(6000, "px", None, "other")]
    assert units("The syrup had a viscosity of 0.6 P.") == [(0.6, "P", None, "other")]
    assert units("The bus route P runs every 10 minutes.")[0][1] != "px"


def test_p_after_a_stock_index_is_a_point_and_a_price_is_pence() -> None:
    assert units("The FTSE closed up 42 p on Friday.") == [(42, "pt", None, "other")]
    # a word of money comes first: a share price in pence
    assert units("Shares in the FTSE firm rose 42 p on Friday.") == [(0.42, "GBP", None, "money")]
