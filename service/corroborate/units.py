"""Units of figures folded to one canonical name, so "troops" and "personnel" compare equal.

The service keeps its own table (the eval harness may have another: ``service``
never imports ``evals``). The groups follow the contract's labelling
conventions (SPEC: personnel = troops = forces = soldiers; people = persons),
plus currencies, percentages and durations, which extractors spell many ways.
"""

from __future__ import annotations

import re

# canonical -> every spelling we have seen or expect; the canonical name maps to itself.
UNIT_SPELLINGS: dict[str, tuple[str, ...]] = {
    "personnel": (
        "personnel",
        "troops",
        "troop",
        "forces",
        "force",
        "soldiers",
        "soldier",
        "service members",
        "servicemembers",
        "military personnel",
    ),
    "people": ("people", "persons", "person", "individuals", "individual"),
    "USD": ("usd", "us$", "$", "dollars", "dollar", "us dollars", "u.s. dollars"),
    "EUR": ("eur", "€", "euros", "euro"),
    "GBP": ("gbp", "£", "pounds", "pound", "pounds sterling"),
    "percent": ("percent", "per cent", "%", "pct", "percentage"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years"),
    # Physical units (schema 1.1): the standard symbol, and the words news spells them with.
    "m": ("metres", "metre", "meters", "meter"),
    "km": ("kilometres", "kilometre", "kilometers", "kilometer"),
    "mi": ("miles", "mile"),
    "ft": ("feet", "foot"),
    "kg": ("kilograms", "kilogram", "kilos", "kilo"),
    "t": ("tonnes", "tonne", "tons", "ton", "metric tons"),
    "l": ("litres", "litre", "liters", "liter"),
    "kw": ("kilowatts", "kilowatt"),
    "mw": ("megawatts", "megawatt"),
    "gw": ("gigawatts", "gigawatt"),
    "kwh": ("kilowatt-hours", "kilowatt hours"),
    "mwh": ("megawatt-hours", "megawatt hours"),
    "gwh": ("gigawatt-hours", "gigawatt hours"),
    "twh": ("terawatt-hours", "terawatt hours"),
    "gb": ("gigabytes", "gigabyte"),
    "hp": ("horsepower", "bhp"),
    "°c": ("degrees celsius", "celsius"),
    "°f": ("degrees fahrenheit", "fahrenheit"),
    "v": ("volts", "volt"),
    "j": ("joules", "joule"),
    "hpa": ("hectopascals", "hectopascal"),
}

_LOOKUP: dict[str, str] = {
    spelling: canonical
    for canonical, spellings in UNIT_SPELLINGS.items()
    for spelling in (canonical.lower(), *spellings)
}
_SPACES = re.compile(r"\s+")


def canonical_unit(unit: str | None) -> str | None:
    """The canonical name of ``unit``; an unknown unit is lowercased and singularised."""
    if unit is None:
        return None
    key = _SPACES.sub(" ", unit.strip().lower())
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    # Unknown units still compare across outlets ("contractors" = "contractor").
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("s") and not key.endswith("ss") and len(key) > 3:
        return key[:-1]
    return key


def units_compatible(a: str | None, b: str | None) -> bool:
    """Same canonical unit; a missing unit is compatible with anything (it is unknown, not different)."""
    ca, cb = canonical_unit(a), canonical_unit(b)
    return ca is None or cb is None or ca == cb
