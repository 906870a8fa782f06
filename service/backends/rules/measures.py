"""Tables for figures with units (schema 1.1): rates, physical units and currency codes.

Rules as data: each family is one table with a comment saying what it covers
and why. ``figures.py`` reads them; nothing here runs at extraction time but
the compiled patterns.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- rate denominators
# What may follow an amount to make it a rate, and the unit it names: "$3,500 a month",
# "90 barrels a day", "3 per cent a year", "12 an hour", "per capita" is not a rate of time
# but a share per person (unit person). Only denominators news uses with "a/an/per/each/every".
RATE_DENOMINATORS: dict[str, str] = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "night": "night",
    "week": "week",
    "fortnight": "fortnight",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "annum": "year",
    "decade": "decade",
    "person": "person",
    "head": "person",
    "capita": "person",
    "share": "share",
    "barrel": "barrel",
    "tonne": "t",
    "ton": "t",
    "litre": "l",
    "liter": "l",
    "gallon": "gal",
    "kilogram": "kg",
    "kilo": "kg",
    "pound": "lb",
    "mile": "mi",
    "kilometre": "km",
    "kilometer": "km",
    "square metre": "m²",
    "square foot": "ft²",
    "megawatt-hour": "MWh",
    "kilowatt-hour": "kWh",
}
_DENOM_ALT = "|".join(sorted((re.escape(d) for d in RATE_DENOMINATORS), key=len, reverse=True))

# " a month", " per day", " each year", "/h": the rate's denominator right after the amount
# (or after its unit). "a year ago" / "a year earlier" are dates, not rates: refused by the lookahead.
RATE_AFTER = re.compile(
    rf"^(?:,?\s+(?:a|an|per|each|every)\s+|\s?/\s?)(?P<d>{_DENOM_ALT})(?![\w-])"
    r"(?!\s+(?:ago|earlier|later|before|after|previously|from now|on|of|old)\b)",
    re.IGNORECASE,
)
# Symbols after a slash: "140 km/h", "$4/kg", "60 m/s".
RATE_SLASH_SYMBOLS: dict[str, str] = {
    "h": "hour",
    "hr": "hour",
    "s": "second",
    "sec": "second",
    "min": "minute",
    "d": "day",
    "yr": "year",
    "mo": "month",
    "kg": "kg",
    "lb": "lb",
    "l": "l",
    "kwh": "kWh",
    "mwh": "MWh",
    "bbl": "barrel",
}
RATE_SLASH = re.compile(
    r"^\s?/\s?(?P<d>" + "|".join(sorted(RATE_SLASH_SYMBOLS, key=len, reverse=True)) + r")(?![\w/])",
    re.IGNORECASE,
)


def rate_denominator(text_after: str) -> tuple[str, int] | None:
    """(per, length consumed) when ``text_after`` starts with a rate's denominator."""
    m = RATE_SLASH.match(text_after)
    if m is not None:
        return RATE_SLASH_SYMBOLS[m.group("d").lower()], m.end()
    m = RATE_AFTER.match(text_after)
    if m is not None:
        return RATE_DENOMINATORS[m.group("d").lower()], m.end()
    return None


# ---------------------------------------------------------------- physical units
# Symbols written right after a number, glued or spaced ("256GB", "5 kW", "2.4GHz", "60mph"):
# surface -> (standard symbol, rate denominator or None). Case matters ("MW" is not "mW"),
# so each symbol is listed as news writes it. Ambiguous one-letter symbols ("5m" = million or
# metres, "5G" a network, "4K" a screen) are left out on purpose.
UNIT_SYMBOLS: dict[str, tuple[str, str | None]] = {
    **{s: (s, None) for s in ("KB", "kB", "MB", "GB", "TB", "PB", "Mb", "Gb", "Tb")},
    **{s: (s, None) for s in ("Hz", "kHz", "MHz", "GHz", "THz")},
    **{s: (s, None) for s in ("W", "kW", "MW", "GW", "TW", "Wh", "kWh", "MWh", "GWh", "TWh")},
    **{s: (s, None) for s in ("mAh", "Ah", "kV", "mV", "kN", "Nm", "dB", "ha", "ml", "mL", "cc")},
    **{s: (s, None) for s in ("mm", "cm", "km", "kg", "mg", "lb", "lbs", "oz", "ft", "sq ft", "sq km")},
    "lbs": ("lb", None),
    "sq ft": ("ft²", None),
    "sq km": ("km²", None),
    "mL": ("ml", None),
    "HP": ("hp", None),
    "hp": ("hp", None),
    "bhp": ("hp", None),
    "°C": ("°C", None),
    "ºC": ("°C", None),
    "°F": ("°F", None),
    "ºF": ("°F", None),
    "C°": ("°C", None),
    "mph": ("mi", "hour"),
    "MPH": ("mi", "hour"),
    "kph": ("km", "hour"),
    "km/h": ("km", "hour"),
    "kmh": ("km", "hour"),
    "m/s": ("m", "second"),
    "mpg": ("mi", "gal"),
}
SYMBOL_AFTER = re.compile(
    r"^\s?(?P<u>"
    + "|".join(sorted((re.escape(s) for s in UNIT_SYMBOLS), key=len, reverse=True))
    + r")(?![\w/²])"
)

# Unit words a number counts, folded to their standard symbol (spaced units: "24 metres").
# A word missing here stays as written (barrels, acres): the contract asks for a symbol
# where one is standard, not for inventing one.
UNIT_WORD_SYMBOLS: dict[str, str] = {
    **dict.fromkeys(("metre", "metres", "meter", "meters"), "m"),
    **dict.fromkeys(("kilometre", "kilometres", "kilometer", "kilometers", "km"), "km"),
    **dict.fromkeys(("centimetre", "centimetres", "centimeter", "centimeters"), "cm"),
    **dict.fromkeys(("millimetre", "millimetres", "millimeter", "millimeters"), "mm"),
    **dict.fromkeys(("mile", "miles"), "mi"),
    **dict.fromkeys(("foot", "feet"), "ft"),
    **dict.fromkeys(("inch", "inches"), "in"),
    **dict.fromkeys(("yard", "yards"), "yd"),
    **dict.fromkeys(("kilogram", "kilograms", "kilo", "kilos", "kg"), "kg"),
    **dict.fromkeys(("gram", "grams"), "g"),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), "t"),
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "l"),
    **dict.fromkeys(("gallon", "gallons"), "gal"),
    **dict.fromkeys(("hectare", "hectares"), "ha"),
    **dict.fromkeys(("watt", "watts"), "W"),
    **dict.fromkeys(("kilowatt", "kilowatts"), "kW"),
    **dict.fromkeys(("megawatt", "megawatts"), "MW"),
    **dict.fromkeys(("gigawatt", "gigawatts"), "GW"),
    **dict.fromkeys(("terawatt", "terawatts"), "TW"),
    **dict.fromkeys(("kilowatt-hours", "kilowatt-hour", "kwh"), "kWh"),
    **dict.fromkeys(("megawatt-hours", "megawatt-hour", "mwh"), "MWh"),
    **dict.fromkeys(("gigawatt-hours", "gigawatt-hour", "gwh"), "GWh"),
    **dict.fromkeys(("terawatt-hours", "terawatt-hour", "twh"), "TWh"),
    **dict.fromkeys(("gigabyte", "gigabytes"), "GB"),
    **dict.fromkeys(("megabyte", "megabytes"), "MB"),
    **dict.fromkeys(("terabyte", "terabytes"), "TB"),
    **dict.fromkeys(("hertz",), "Hz"),
    **dict.fromkeys(("gigahertz",), "GHz"),
    **dict.fromkeys(("megahertz",), "MHz"),
    **dict.fromkeys(("horsepower",), "hp"),
    **dict.fromkeys(("decibel", "decibels"), "dB"),
    **dict.fromkeys(("knot", "knots"), "kn"),
    **dict.fromkeys(("celsius", "centigrade"), "°C"),
    **dict.fromkeys(("fahrenheit",), "°F"),
}
