"""Numbers in other languages' notations, with the hard negatives that must not change."""

from __future__ import annotations

import pytest

from service.pipeline.locale_numbers import misread_as_english, parse_digits, read_amount


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1.134 euros", "es", 1134),
        ("2,5 millones de euros", "es", 2_500_000),
        ("12 mil millones de dólares", "es", 12e9),
        ("etwa 25 Millionen Euro", "de", 25e6),
        ("3,4 Mrd. Euro", "de", 3.4e9),
        ("1.234.567 Einwohner", "de", 1_234_567),
        ("1 234,5 euros", "fr", 1234.5),
        ("1\u202f234,5 euros", "fr", 1234.5),
        ("4,2 miliardi", "it", 4.2e9),
        ("1,5 milhões", "pt-BR", 1.5e6),
        ("2,7 miljoen", "nl", 2.7e6),
        # A dot not followed by exactly three digits is a decimal point, as some Spanish-language press writes it.
        ("1.5 veces", "es", 1.5),
        # English is read in English notation.
        ("1,134 people", "en", 1134),
        ("2.5 million", "en", 2.5e6),
        # A bare year-like number and what follows are not merged into one.
        ("En 2021 300 personas", "es", 2021),
    ],
)
def test_read_amount(text: str, language: str, value: float) -> None:
    reading = read_amount(text, language)
    assert reading is not None and reading.value == pytest.approx(value)


@pytest.mark.parametrize("digits", ["1.23.4", "1,2,3", "12.34.567"])
def test_malformed_groupings_read_as_nothing(digits: str) -> None:
    assert parse_digits(digits, "de") is None


@pytest.mark.parametrize(
    ("text", "given", "language", "right"),
    [
        ("1.134 euros", 1.134, "es", 1134),
        ("2,5 millones", 2, "es", 2.5e6),
        ("2,5 millones", 2.5, "es", 2.5e6),
        ("rund 1.200 Menschen", 1.2, "de", 1200),
    ],
)
def test_english_misreadings_are_corrected(text: str, given: float, language: str, right: float) -> None:
    assert misread_as_english(text, given, language) == pytest.approx(right)


@pytest.mark.parametrize(
    ("text", "given", "language"),
    [
        ("1.134 euros", 1134, "es"),  # already right
        ("3 de cada 10", 30, "es"),  # a value derived from the text, not a misreading
        ("entre 30 y 40 personas", 40, "es"),  # a range's other end
        ("1.134 people", 1.134, "en"),  # English notation: nothing to correct
        ("1.134 euros", 1.134, "ja"),  # a decimal-point language
    ],
)
def test_values_that_are_not_english_misreadings_are_left_alone(
    text: str, given: float, language: str
) -> None:
    assert misread_as_english(text, given, language) is None
