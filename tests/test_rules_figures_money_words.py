"""Money written as words and symbols that are never confidently wrong (issue 15, session 7):
currency nouns with their ISO code only when the words say which currency, a capitalised name
before an amount that labels nothing, codes after the amount. Sentences of our own; each kind
with hard negatives. The contract's choices are in docs/figures.md."""

from __future__ import annotations

import pytest

from tests.rules_support import rules


def money(text: str) -> list[tuple[float, str | None, str]]:
    return [(f.value, f.unit, f.kind) for f in rules(text, "2024-05-02").figures]


# --------------------------------------------------------------------------- a name before an amount


def test_an_amount_after_a_company_name_in_a_list_is_no_label() -> None:
    # the verb is written once: "ordered A to pay X and B Y"
    got = money(
        "The tribunal ordered Harwick Mills to pay 140 million crowns and its rival Ostvale 35 million crowns."
    )
    assert got == [(140e6, "crowns", "money"), (35e6, "crowns", "money")]
    assert money("The court fined Brannock 2,000 SEK.") == [(2000, "SEK", "money")]


@pytest.mark.parametrize(
    "text",
    [
        "Crews repaired Route 66 last spring.",
        "Apollo 11 carried three astronauts.",  # the count stays, the label goes
    ],
)
def test_a_capitalised_label_still_names_its_number(text: str) -> None:
    assert all(v not in (66, 11) for v, _u, _k in money(text)), money(text)


# --------------------------------------------------------------------------- nouns of one currency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank lent the exporter 40 billion yen.", (40e9, "JPY", "money")),
        ("A room at the inn costs 300 zloty a night.", (300, "PLN", "money")),
        ("The studio sold the rights for 12 million forints.", (12e6, "HUF", "money")),
        ("Traders paid 50,000 naira for a bag of rice.", (50000, "NGN", "money")),
        ("The fine came to 25,000 kronor.", (25000, "SEK", "money")),  # kronor: only Sweden's crowns
        ("The brewery was valued at 900 million korunas.", (900e6, "CZK", "money")),
    ],
)
def test_a_noun_of_one_currency_takes_its_code(text: str, expected: tuple[float, str, str]) -> None:
    assert money(text)[:1] == [expected]


# --------------------------------------------------------------------------- nouns several currencies share


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective of the country names the currency
        ("The club paid 2 million Danish crowns for the striker.", (2e6, "DKK", "money")),
        ("The ferry ticket is 450 Norwegian kroner.", (450, "NOK", "money")),
        ("Farmers received 9,000 Pakistani rupees per acre.", (9000, "PKR", "money")),
        ("The mill was sold for 80 million Argentine pesos.", (80e6, "ARS", "money")),
        ("The fee is 400 Lebanese pounds.", (400, "LBP", "money")),
        # none: the unit as written, no code guessed
        ("The stake was valued at 310 million francs.", (310e6, "francs", "money")),
        ("The contract was worth 6 billion rupees.", (6e9, "rupees", "money")),
        ("A litre of milk cost 40 pesos.", (40, "pesos", "money")),
        ("The fine was raised to 80 million crowns.", (80e6, "crowns", "money")),
        ("Rents fell by an average of 38 marks a month.", (38, "marks", "money")),
    ],
)
def test_a_shared_noun_is_coded_only_when_the_words_say_which(
    text: str, expected: tuple[float, str, str]
) -> None:
    assert money(text)[:1] == [expected]


def test_the_story_setting_names_the_currency_when_it_names_one_country() -> None:
    oslo = "Oslo council opened a tender for snow clearing.\n\nThe winning bid was 14 million crowns."
    assert money(oslo) == [(14e6, "NOK", "money")]
    # two countries whose currency is a crown: none is guessed
    both = "Firms in Oslo and Stockholm bid for the bridge.\n\nThe winning bid was 14 million crowns."
    assert money(both) == [(14e6, "crowns", "money")]
    # a country that has no crown says nothing of crowns
    madrid = "A Madrid builder bid for the bridge.\n\nThe winning bid was 14 million crowns."
    assert money(madrid) == [(14e6, "crowns", "money")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum keeps three crowns from the old kingdom.", (3, "crowns", "count")),
        ("She scored 38 marks out of 50 in the exam.", (38, "marks", "count")),
    ],
)
def test_nouns_of_another_sense_are_money_only_among_words_of_money(
    text: str, expected: tuple[float, str, str]
) -> None:
    assert money(text)[:1] == [expected]


# --------------------------------------------------------------------------- codes after the amount


def test_a_code_after_the_amount_in_capitals_is_its_currency() -> None:
    assert money("A night at the guesthouse was 18,000 AMD.") == [(18000, "AMD", "money")]
    assert money("The grant is 250,000 NOK a year.")[0][1:] == ("NOK", "money")


@pytest.mark.parametrize(
    "text",
    [
        "Readers chose their 10 TOP picks.",  # codes that are English words are left out
        "The fund had 10 try-outs this season.",
        "All 5 ALL members voted.",
    ],
)
def test_english_words_are_no_currency_codes(text: str) -> None:
    assert all(k != "money" for _v, _u, k in money(text)), money(text)


# --------------------------------------------------------------------------- cents: "c" and "cents"


def rate(text: str) -> list[tuple[float, str | None, str | None, str]]:
    return [(f.value, f.unit, f.per, f.kind) for f in rules(text, "2024-05-02").figures]


def test_cents_are_of_the_currency_the_story_is_told_in() -> None:
    assert rate("Petrol now costs $1.84 a litre, up 12 c a litre in a month.")[1] == (
        0.12,
        "USD",
        "l",
        "money",
    )
    assert rate("Diesel rose 9 c a litre in Cork, to €1.71.")[0] == (0.09, "EUR", "l", "money")
    # "$" in a story set in Canada: Canadian cents
    canada = (
        "Toronto drivers fume.\n\nIn Ontario, gas is C$1.62 a litre, up 7 cents a litre in Canada's east."
    )
    assert [f for f in rate(canada) if f[0] == 0.07] == [(0.07, "CAD", "l", "money")]
    # a story in dollars with a euro aside: its cents are the dollar's
    mixed = "Profit was $40 million and $12 million in Q3; Europe added €3 million.\n\nThe dividend is 62 cents a share."
    assert [f for f in rate(mixed) if f[2] == "share"] == [(0.62, "USD", "share", "money")]


@pytest.mark.parametrize(
    "text",
    [
        "Petrol costs 12 c a litre more than last year.",
        "The dividend was raised to 12 cents a share.",
        # as many dollars as euros named: the cents' currency is not guessed
        "The fund holds $4 million and €4 million and pays 12 cents a unit.",
    ],
)
def test_cents_with_no_currency_named_stay_cents(text: str) -> None:
    (twelve,) = [f for f in rate(text) if f[0] == 12]
    assert twelve[1] == "cents" and twelve[3] == "money"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price around "c" reads it as money whatever else the sentence says
        ("We bought cold drinks for 75 c each.", (75, "cents", None, "money")),
        ("The cold snap pushed heating oil up 9 c a litre.", (9, "cents", "l", "money")),
        # a temperature only among words of temperature, with no price around it
        ("It was a cold day, 12 c in the shade.", (12, "°C", None, "other")),
        ("Temperatures fell 2 c an hour overnight.", (2, "°C", "hour", "other")),
    ],
)
def test_c_is_a_temperature_only_in_a_temperature_context_without_a_price(
    text: str, expected: tuple[float, str, str | None, str]
) -> None:
    assert rate(text) == [expected]


def test_c_with_neither_context_is_no_unit() -> None:
    assert rate("Stir in 2 c of milk.") == [(2, None, None, "count")]
    assert rate("The team finished 30 c behind.")[0][1] is None


# --------------------------------------------------------------------------- four digits after a sign


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jacket was priced at ¥2000 in the Osaka store.", (2000, "JPY", "money")),
        ("She paid $1500 for the used bike.", (1500, "USD", "money")),
        ("The repair came to €1800 in 2019.", (1800, "EUR", "money")),
    ],
)
def test_four_digits_after_a_currency_sign_are_no_year(text: str, expected: tuple[float, str, str]) -> None:
    assert money(text)[:1] == [expected]


def test_a_bare_four_digit_year_stays_a_year() -> None:
    assert money("In 2000 the mill closed and in 1998 it had opened.") == []


def test_the_bare_dollar_is_the_story_dollar_like_its_sign() -> None:
    toronto = (
        "Toronto council approved the budget in Ontario.\n\n"
        "The province will spend 5 million dollars on roads, Ontario said."
    )
    assert money(toronto) == [(5e6, "CAD", "money")]
    # with no setting, and with a named dollar, nothing changes
    assert money("The city will spend 5 million dollars on roads.") == [(5e6, "USD", "money")]
    assert money("Ontario and Toronto officials pledged 40 US dollars a head.")[0][1] == "USD"


def test_the_yen_sign_is_the_yuan_in_a_story_set_in_china() -> None:
    beijing = "Beijing unveiled a stimulus plan for shops.\n\nA bowl of noodles now costs ¥15 at the market."
    assert money(beijing) == [(15, "CNY", "money")]
    osaka = "Osaka unveiled a stimulus plan for shops.\n\nA bowl of noodles now costs ¥15 at the market."
    assert money(osaka) == [(15, "JPY", "money")]
    # a story naming both countries keeps the sign's first reading
    both = "Tokyo and Beijing traders met.\n\nA bowl of noodles now costs ¥15 at the market."
    assert money(both) == [(15, "JPY", "money")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # the story's currency words decide as its places do (session 8)
        ("The renminbi slipped against the dollar on Monday.\n\nA bowl of noodles now costs ¥15.", "CNY"),
        ("Exporters were paid in yuan last year.\n\nA bowl of noodles now costs ¥15.", "CNY"),
        ("The central bank let the RMB weaken.\n\nA bowl of noodles now costs ¥15.", "CNY"),
        # the yen named, or both, or neither: the sign's first reading
        ("The yen and the yuan both fell.\n\nA bowl of noodles now costs ¥15.", "JPY"),
        ("The yen slipped against the dollar on Monday.\n\nA bowl of noodles now costs ¥15.", "JPY"),
        ("Tokyo exporters were paid in yuan.\n\nA bowl of noodles now costs ¥15.", "JPY"),
        ("Shoppers returned to the market.\n\nA bowl of noodles now costs ¥15.", "JPY"),
    ],
)
def test_the_yen_sign_follows_the_story_s_currency_words(text: str, unit: str) -> None:
    assert money(text) == [(15, unit, "money")]
