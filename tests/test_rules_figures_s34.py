"""Figures (session 34): kinds dev30's first sight and the sets before it showed, and the lead's notes 1 and 2, as
families of our own sentences: a part of one unit ("three-quarters of an inch", "a quarter acre", "a half-day"); the
ceilings and floors in words ("at most", "no longer than"); a change then the level it reaches ("by 30 cents to
$4.10"); a glued "m" of millions before a counted plural; a premium's multiplier in the story's currency; an old price
that keeps the new one's denominator; "daily" between a count and its noun; halving; the noun of a repeated
happening ("patched four times" = patchings); a share's price per share; the rand's "R"; an event "held over" days;
"X numbers" counting X; a game's move numbers; and a bare count that stands for the count before it. Hard negatives
stand beside each rule.
"""

from __future__ import annotations

import pytest

from tests.rules_support import EventTyping

PUBLISHED = "2026-12-08"

_ON = EventTyping(PUBLISHED)
figures = _ON.figures
by_value = _ON.figures_valued
one_by_value = _ON.figure_valued


# ------------------------------------------------------------------ a part of one unit


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind", "qualifier"),
    [
        (
            "Up to three-quarters of an inch of sleet covered the roads of Marrowby.",
            0.75,
            "in",
            "other",
            "at_most",
        ),
        (
            "The Tamsett orchard stands on about a quarter acre behind the church.",
            0.25,
            "acres",
            "other",
            "approximate",
        ),
        (
            "Fixing each of the broken gates is a half-day task, the warden said.",
            0.5,
            "days",
            "duration",
            "exact",
        ),
        ("Nearly half an inch of rain fell on Dunhollow overnight.", 0.5, "in", "other", "at_most"),
        ("The new path adds a quarter-mile to the walk from Brackle Green.", 0.25, "mi", "other", "exact"),
        ("The garden covers two-thirds of a hectare.", 2 / 3, "ha", "other", "exact"),
        ("The meeting lasted a quarter of an hour.", 0.25, "hours", "duration", "exact"),
    ],
)
def test_a_part_of_one_unit_is_that_part_in_the_unit(
    text: str, value: float, unit: str, kind: str, qualifier: str
) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind, fig.qualifier) == (unit, kind, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Farmers protested for a third day outside the Welby depot.",  # an ordinal
        "The runner took the second half of a mile in under three minutes.",  # a named part
        "Oskar Venn reported half-year sales on Tuesday.",  # a period
    ],
)
def test_no_part_of_a_unit_in_ordinals_named_parts_or_periods(text: str) -> None:
    assert not [f for f in figures(text) if f.value in (pytest.approx(1 / 3), pytest.approx(0.5), 0.25)]


def test_half_a_day_stays_the_fractions_reading() -> None:
    fig = one_by_value("Repairs to the Ambry footbridge took half a day.", 0.5)
    assert (fig.unit, fig.kind) == ("days", "duration")


# ------------------------------------------------------------------ ceilings and floors in words


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Under the rules the barn can be let for at most 60 nights a year.", 60, "at_most"),
        ("Kettering Vale said the closure should last no longer than three weeks.", 3, "at_most"),
        ("The new pier must be no shorter than 40 metres, the board said.", 40, "at_least"),
        ("Each bid must be not less than $500, the auctioneer said.", 500, "at_least"),
        ("Tickets will cost at the most $90 each.", 90, "at_most"),
    ],
)
def test_a_ceiling_or_a_floor_written_in_words(text: str, value: float, qualifier: str) -> None:
    assert one_by_value(text, value).qualifier == qualifier


def test_a_bare_comparative_keeps_its_bound() -> None:
    assert one_by_value("The works will take longer than three weeks.", 3).qualifier == "at_least"


# ------------------------------------------------------------------ a change, then the level it reaches


def test_a_change_by_an_amount_then_its_new_level_is_two_figures() -> None:
    text = "Pellworth Bakery will raise the price of its rye loaf by 30 cents to $4.10 on Monday."
    change, level = one_by_value(text, 0.3), one_by_value(text, 4.1)
    assert change.value_max is None and change.qualifier == "exact"
    assert level.kind == "money"


def test_a_range_of_a_change_stays_a_range() -> None:
    fig = one_by_value("Fares will rise by 2 to 3 per cent next year, the Ostby operator said.", 2)
    assert (fig.qualifier, fig.value_max) == ("range", 3)


# ------------------------------------------------------------------ a glued "m" of millions


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Harnby airport handled 1.4m passengers last year.", 1.4e6, "passengers"),
        ("The Quillon network now reaches 2.2m households.", 2.2e6, "households"),
        ("The festival sold 3m tickets in a decade.", 3e6, "tickets"),
    ],
)
def test_a_glued_m_before_a_counted_plural_is_millions(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


def test_a_glued_m_before_a_singular_noun_is_no_million() -> None:
    assert not by_value("A 20m crack closed the Harnby runway for a day.", 20e6)


# ------------------------------------------------------------------ a premium's multiplier


def test_a_premium_that_would_triple_is_money_in_the_story_currency() -> None:
    text = "The Orbury trust spent $15,000 on new locks. Its insurer said the premium would triple."
    fig = one_by_value(text, 3)
    assert (fig.kind, fig.unit) == ("multiplier", "USD")


def test_a_multiplier_of_a_noun_of_no_price_keeps_the_noun() -> None:
    text = "The Orbury trust spent $15,000 on new locks. Visits to the library would triple, it said."
    assert one_by_value(text, 3).unit != "USD"


# ------------------------------------------------------------------ an old price keeps the denominator


def test_an_old_price_after_its_clause_keeps_the_new_price_denominator() -> None:
    text = "Calder Maltings now pays about $720 a tonne for barley, up from $510 a year ago."
    assert one_by_value(text, 510).per == "t"


def test_an_old_amount_of_another_size_takes_no_denominator() -> None:
    text = "Rent is $900 a month for a single flat, up from $700,000 for the whole block."
    assert one_by_value(text, 700000).per is None


# ------------------------------------------------------------------ "daily" between a count and its noun


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        ("Harrowby Air will move its six daily flights to Ostmere.", 6, "day"),
        ("The town holds two weekly markets in the square.", 2, "week"),
    ],
)
def test_a_count_of_daily_or_weekly_things_is_a_rate(text: str, value: float, per: str) -> None:
    assert one_by_value(text, value).per == per


def test_monthly_payments_are_counted_not_rated() -> None:
    assert one_by_value("Borrowers repay the loan in 24 monthly payments.", 24).per is None


# ------------------------------------------------------------------ halving


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("A dry spring halved the barley crop around Kettlewick.", "crop"),
        ("The council voted to halve parking fines.", "fines"),
    ],
)
def test_halving_is_a_multiplier_of_a_half(text: str, unit: str) -> None:
    fig = one_by_value(text, 0.5)
    assert (fig.kind, fig.unit) == ("multiplier", unit)


def test_halves_of_a_match_are_no_multiplier() -> None:
    assert not [
        f for f in figures("The Rovers scored in both halves of the match.") if f.kind == "multiplier"
    ]


# ------------------------------------------------------------------ how often: the noun of the happening


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Skelby runway has been patched four times since 2019.", 4, "patchings"),
        ("Officials had met the allotment club three times since June.", 3, "meetings"),
        ("The Brenna lifeboat was called out 96 times this year.", 96, "call-outs"),
        ("The pilot had checked the weather twice before take-off.", 2, "checks"),
    ],
)
def test_a_repeated_happening_counts_its_noun(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


def test_letters_written_count_times() -> None:
    assert one_by_value("She had written to the Fenmoor council 9 times in two years.", 9).unit == "times"


# ------------------------------------------------------------------ a share's price


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Its shares fell 3.2 per cent to $4.12 in Perth on Monday.", 4.12),
        ("Shares of Dunmore Mills rose 5 per cent to $18.40 on Tuesday.", 18.4),
        ("An analyst cut her price target on Tallow Foods to $2.95 from $3.60.", 2.95),
        ("Its stock closed 2.1 per cent lower at Rs 318.50 on Friday.", 318.5),
    ],
)
def test_a_share_price_is_per_share(text: str, value: float) -> None:
    assert one_by_value(text, value).per == "share"


def test_a_market_value_after_a_share_price_is_no_price_per_share() -> None:
    text = "Tallow Foods shares fell 4 per cent to $2.14, valuing the company at about $310m."
    assert one_by_value(text, 310e6).per is None


# ------------------------------------------------------------------ the rand's "R"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Borrowing stops once fines pass R40.", 40),
        ("The club collected R215,000 in fees last year.", 215000),
        ("It was a small part of the museum's R12 million budget.", 12e6),
        ("The scheme could cost the town up to R25,000 a month.", 25000),
    ],
)
def test_an_amount_after_a_glued_r_is_the_rand(text: str, value: float) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.kind) == ("ZAR", "money")


@pytest.mark.parametrize(
    "text",
    [
        "Take the R61 towards Graaff-Reinet, then the R2 road north.",
        "Spending on R&D rose at Okoro Labs.",
        "The MR2 and the RX7 were on show.",
    ],
)
def test_a_road_a_code_or_a_model_is_no_rand(text: str) -> None:
    assert not [f for f in figures(text) if f.unit == "ZAR"]


# ------------------------------------------------------------------ an event held over days


def test_an_event_held_over_days_is_held_across_them() -> None:
    fig = one_by_value("The sheepdog trial, held over three days, drew about 5,000 spectators.", 3)
    assert fig.qualifier == "exact"


def test_a_person_held_over_hours_is_held_more_than_them() -> None:
    assert one_by_value("He was held over 40 hours without charge.", 40).qualifier == "at_least"


# ------------------------------------------------------------------ "X numbers" count X


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Tour operators said visitor numbers had held steady at about 90,000 a year.", 90000, "visitors"),
        ("Seal numbers on the Varne sandbanks have grown to about 3,000 since 1990.", 3000, "seals"),
    ],
)
def test_numbers_of_a_noun_count_that_noun(text: str, value: float, unit: str) -> None:
    assert one_by_value(text, value).unit == unit


def test_record_numbers_name_no_noun() -> None:
    assert one_by_value("Record numbers rose to 40 at the Harnby show.", 40).unit is None


# ------------------------------------------------------------------ a game's move numbers


@pytest.mark.parametrize(
    "text", ["By move 24 Petra Lindqvist was lost.", "He resigned on move 57 of the game."]
)
def test_a_move_number_is_no_count(text: str) -> None:
    assert not [f for f in figures(text) if f.value in (24, 57)]


def test_the_verb_move_keeps_its_count() -> None:
    assert one_by_value("The trust will move 45 families into new flats in Corby.", 45).unit == "families"


# ------------------------------------------------------------------ "up from one"


def test_an_old_level_of_one_takes_the_noun_of_the_new() -> None:
    fig = one_by_value("The island lost three boats in storms last winter, up from one the winter before.", 1)
    assert (fig.unit, fig.kind) == ("boats", "count")


# ------------------------------------------------------------------ a bare count standing for the count before


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("The Marla Kay sank off Ostby with nine crew aboard. Six were rescued by a ferry.", 6, "crew", None),
        (
            "Volunteers refloated 14 pilot whales at Carrow Strand, but 11 others died and two had to be put down.",
            11,
            "whales",
            None,
        ),
        (
            "The new scanner can treat up to 30 patients a day, the clinic said. Its older unit, bought in 2009, "
            "handles about 20.",
            20,
            "patients",
            "day",
        ),
    ],
)
def test_a_bare_count_takes_the_noun_of_the_count_before(
    text: str, value: float, unit: str, per: str | None
) -> None:
    fig = one_by_value(text, value)
    assert (fig.unit, fig.per) == (unit, per)


def test_a_larger_bare_subject_is_no_part_of_the_count_before() -> None:
    assert one_by_value("The town of Welby has 40 parks. About 2,000 attended the fair.", 2000).unit is None


# ------------------------------------------------------------------ "once a month"


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Inspectors now visit the Dunwell lanes once a month.", "month"),
        ("Checks were cut to once every three months in Harlby.", "3 months"),
    ],
)
def test_once_a_span_is_one_per_that_span(text: str, per: str) -> None:
    fig = one_by_value(text, 1)
    assert (fig.kind, fig.per) == ("count", per)
    assert not by_value(text, 3)


def test_once_as_a_conjunction_is_no_count() -> None:
    assert not figures("The ban starts once a case is confirmed at the Orwell school.")


# ------------------------------------------------------------------ an amount set against a rate of its money


@pytest.mark.parametrize(
    ("text", "value", "per"),
    [
        (
            "The Halden farm is paid EUR 61 per megawatt-hour. Its owner said it needed at least EUR 70 to break even.",
            70,
            "MWh",
        ),
        (
            "The service costs about $2.1 million a year, and the new contract would add roughly $1.2 million.",
            1.2e6,
            "year",
        ),
    ],
)
def test_an_amount_of_a_rate_s_size_and_money_takes_its_denominator(
    text: str, value: float, per: str
) -> None:
    assert one_by_value(text, value).per == per


def test_a_sum_named_for_itself_takes_no_denominator() -> None:
    assert one_by_value("Rent at Keel House is $1,500 a month. The deposit is $2,000.", 2000).per is None


# ------------------------------------------------------------------ a half a quote tells as done, "a third as much"


@pytest.mark.parametrize(
    "text",
    [
        '"Some growers opened their sheds in March and found half their apples rotten," said Ines Marl.',
        "“The farms I visited this week have lost half their hay,” Tomas Brell told the Vale Post.",
    ],
)
def test_a_half_a_speaker_tells_as_done_is_a_share(text: str) -> None:
    assert one_by_value(text, 50).unit == "percent"


def test_a_half_a_speaker_pictures_is_no_share() -> None:
    assert not by_value('"Half the boats in Corran harbour will not survive the winter," he said.', 50)


def test_a_third_as_much_is_a_share() -> None:
    assert (
        one_by_value("She said the cheaper lamps would save only a third as much.", 100 / 3).unit == "percent"
    )


def test_a_change_by_a_fifth_within_a_span_is_a_share() -> None:
    assert one_by_value("Smoking in Dalvia fell by a fifth within six months.", 20).kind == "percent"


# ------------------------------------------------------------------ a speaker's round "a hundred reasons"


@pytest.mark.parametrize(
    "text",
    [
        "“The council has given us a hundred reasons, and none is about the trees,” said Ada Morrow.",
        '"There are a thousand steps between here and the first harvest," Liam Osk said.',
    ],
)
def test_a_round_number_of_things_a_speaker_pictures_is_no_count(text: str) -> None:
    assert not [f for f in figures(text) if f.value in (100, 1000)]


def test_a_round_number_of_jobs_in_a_quote_is_a_count() -> None:
    assert one_by_value('"A hundred jobs will go at the Fenby plant," the union said.', 100).unit == "jobs"
