"""Month names: one table, read by the page-metadata dates and the rules' time expressions."""

from __future__ import annotations

# Each month's spellings, the full name first: what news writes ("Sept." and "Sep." both).
_SPELLINGS: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)

# Spelling (lower case, no dot) -> month number.
MONTHS: dict[str, int] = {m: i for i, names in enumerate(_SPELLINGS, start=1) for m in names}

# A regex alternation of every spelling as written in text (capitalised; an abbreviation
# may end in a dot): the full names first, the longer of two abbreviations first.
MONTH_NAMES = "|".join(
    [names[0].capitalize() for names in _SPELLINGS]
    + [f"{a.capitalize()}\\.?" for names in _SPELLINGS for a in names[1:]]
)

# The full month names alone, capitalised, in calendar order: for patterns that take no abbreviation.
FULL_MONTH_NAMES = "|".join(names[0].capitalize() for names in _SPELLINGS)

# The days of the week, capitalised, Monday first (Python's weekday numbering).
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# A four-digit year news writes about: 1800-2099.
YEAR = "(?:1[89]\\d\\d|20\\d\\d)"
