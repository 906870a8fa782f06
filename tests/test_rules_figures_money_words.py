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
