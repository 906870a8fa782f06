"""Numbers as other languages write them: "1.134 euros" is 1134 in Spanish, "2,5 millones" 2.5 million.

The offline extractor reads English only (other languages are refused), so
this module serves every backend that reads other languages: after grounding,
a figure whose value is the English misreading of its own text ("1.134" taken
as one point one three four) is corrected to the reading in the article's
language (``correct_figures``). The tables below are data, one family each.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from schemas import Figure
from service.pipeline.language import name, primary

# ---------------------------------------------------------------- separators
# Languages whose decimal mark is a comma and whose thousands are grouped by a
# dot or a (thin, no-break) space: most of continental Europe and Latin
# America's Spanish and Portuguese press. English, Chinese, Japanese, Korean,
# Hebrew, Thai... use the decimal point, the default.
COMMA_DECIMAL: frozenset[str] = frozenset(
    [
        "de",
        "nl",
        "fr",
        "es",
        "it",
        "pt",
        "ca",
        "gl",
        "eu",
        "ro",
        "pl",
        "cs",
        "sk",
        "sl",
        "hr",
        "sr",
        "bs",
        "mk",
        "bg",
        "ru",
        "uk",
        "be",
        "da",
        "no",
        "nn",
        "sv",
        "fi",
        "et",
        "lv",
        "lt",
        "hu",
        "el",
        "tr",
        "az",
        "id",
        "vi",
        "is",
        "fo",
        "lb",
        "af",
        "kk",
        "ky",
        "uz",
        "tg",
    ]
)

# ---------------------------------------------------------------- scale words
# Word (lowercase) -> multiplier, per language. Long-scale languages: a
# "billón"/"Billion"/"billion" is 10^12, and 10^9 is "mil millones"/"Milliarde".
SCALES: dict[str, dict[str, float]] = {
    "es": {"mil": 1e3, "millón": 1e6, "millones": 1e6, "mil millones": 1e9, "millardo": 1e9,
           "millardos": 1e9, "billón": 1e12, "billones": 1e12},
    "de": {"tausend": 1e3, "tsd.": 1e3, "mio.": 1e6, "million": 1e6, "millionen": 1e6, "mrd.": 1e9,
           "milliarde": 1e9, "milliarden": 1e9, "billion": 1e12, "billionen": 1e12},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
           "billion": 1e12, "billions": 1e12},
    "it": {"mila": 1e3, "mille": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6, "miliardo": 1e9,
           "miliardi": 1e9, "mld": 1e9},
    "pt": {"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6, "bilhão": 1e9,
           "bilhões": 1e9, "mil milhões": 1e9},
    "nl": {"duizend": 1e3, "miljoen": 1e6, "miljoenen": 1e6, "mln": 1e6, "miljard": 1e9,
           "miljarden": 1e9, "mld": 1e9},
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9,
           "billions": 1e9, "bn": 1e9, "trillion": 1e12},
}  # fmt: skip

_SPACES = " \u00a0\u202f"
# Grouped thousands ("1.234.567", "1 234,5") or a plain number with one mark ("2,5", "1.134").
_NUMBER = re.compile(rf"\d{{1,3}}(?:[.,'{_SPACES}]\d{{3}})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Reading:
    value: float
    notation: str  # the digits as written


def parse_digits(digits: str, language: str) -> float | None:
    """``digits`` ("1.134", "2,5", "1 234,56") read in ``language``'s notation."""
    lang = primary(language)
    if lang in COMMA_DECIMAL:
        decimal, groups = ",", ".'" + _SPACES
    else:
        decimal, groups = ".", ",'" + _SPACES
    body = digits
    if lang in COMMA_DECIMAL and "," not in body and body.count(".") == 1:
        # "1.5" in a comma-decimal language: a dot followed by exactly three digits
        # groups thousands ("1.134"); otherwise the writer used a decimal point.
        head, tail = body.split(".")
        if len(tail) != 3:
            body = f"{head},{tail}"
    if body.count(decimal) > 1:
        return None
    whole, _, frac = body.partition(decimal)
    parts = re.split(f"[{re.escape(groups)}]", whole)
    if len(parts) > 1 and any(len(p) != 3 for p in parts[1:]):
        return None  # "1.23.4" is not a grouped number in any notation
    try:
        value = float("".join(parts) + ("." + frac if frac else ""))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_amount(text: str, language: str) -> Reading | None:
    """The first number in ``text`` with the scale word after it, in ``language``'s notation."""
    m = _NUMBER.search(text)
    if m is None:
        return None
    digits = m.group().strip(_SPACES)
    value = parse_digits(digits, language)
    if value is None:
        return None
    scales = SCALES.get(primary(language), {})
    after = text[m.end() :].lstrip(_SPACES).lower()
    # Longest scale first, so "mil millones" wins over "mil".
    for word in sorted(scales, key=len, reverse=True):
        if after.startswith(word) and (len(after) == len(word) or not after[len(word)].isalpha()):
            value *= scales[word]
            break
    return Reading(value=value, notation=digits)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def misread_as_english(text: str, value: float, language: str) -> float | None:
    """The right value when ``value`` is the English reading of ``text`` but ``language`` reads it otherwise.

    Only that one mistake is corrected: a value that is neither reading (a
    percentage computed from "3 de cada 10", a range's upper end) is left as
    the backend gave it.
    """
    if primary(language) not in COMMA_DECIMAL:
        return None
    local = read_amount(text, language)
    if local is None or _close(value, local.value):
        return None
    # How an English reader gets it wrong: the digits in English notation
    # ("1.134" -> 1.134), only the digits before the first mark ("2,5" -> 2),
    # or the number without its scale word ("2,5 millones" -> 2.5).
    leading = re.match(r"\d+", local.notation)
    misreadings = [
        parse_digits(local.notation, "en"),
        float(leading.group()) if leading else None,
        parse_digits(local.notation, language),
    ]
    if any(m is not None and _close(value, m) for m in misreadings):
        return local.value
    return None


def correction_warning(item_id: str, text: str, old: float, new: float, language: str) -> str:
    return (
        f"figure {item_id}: {text!r} read as {new:g} in {name(language)} notation "
        f"(the extractor gave {old:g})"
    )


def correct_figures(figures: list[Figure], language: str | None) -> tuple[list[Figure], list[str]]:
    """``figures`` with English misreadings corrected for ``language``, and a warning for each."""
    if language is None or primary(language) not in COMMA_DECIMAL:
        return figures, []
    out: list[Figure] = []
    warnings: list[str] = []
    for fig in figures:
        right = misread_as_english(fig.text, fig.value, language)
        if right is None:
            out.append(fig)
            continue
        warnings.append(correction_warning(fig.id, fig.text, fig.value, right, language))
        out.append(fig.model_copy(update={"value": right}))
    return out, warnings
