"""Numbers as news writes them: digits, number words, scales and multipliers.

``NUMBER`` finds a number phrase; ``number_value`` turns its text into a
value. Both are linear: alternations of fixed words, no nested quantifiers
over the same characters.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from service.backends.rules.lexicon import COUNT_NOUNS_VALUE, FOLD_WORDS, NUMBER_WORDS, SCALES
from service.pipeline.normalize import fold_key

_UNITS_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_BIG_SCALES = "hundred|thousand|million|billion|trillion|lakh|lakhs|crore|crores"

# One number word, possibly hyphenated ("twenty-five").
_WORD_NUMBER = rf"(?:{_UNITS_WORDS})(?:-(?:{_ONES}))?"

# Digits with thousands separators and decimals: "4,000", "2.5", "1,234.5"; Indian grouping
# ("12,34,567.89") and the common fractions of recipes and bond prices ("10 1/2", "7 3/4",
# "1/4", "½") when a unit or percent sign follows (a bare "3/4" is more often a date).
_FRACTION = r"[1-9]/(?:2|3|4|8|16|32)(?=\s?(?:%|(?!(?:and|or|to|in|on|at|the|of|a|is|was)\b)[A-Za-z]))"
_VULGAR = "½¼¾⅓⅔⅛"
# Scientific notation as science news types it: "6.3 x 10^11", "1.6×10^-19", "10^-28", "10^(-25)".
_SCIENTIFIC = r"(?:\d+(?:\.\d+)?\s?[x×]\s?)?10\^\(?[-−]?\d{1,3}\)?"
# E notation as a program or a spreadsheet prints it ("3.2e6", "1.5E-3"): rare in news, but read
# as "3.2" and "1.5" it would be a confident wrong figure (a hostile review's "$1e308" gave $1).
_E_NOTATION = r"\d+(?:\.\d+)?e[-+−]?\d{1,3}(?!\w|\.\d)"
# A whole number and a fraction is one number whatever follows: "priced at 101 1/4 to yield 7.57%"
# read as 101 was a confident wrong price (session 9).
_MIXED = r"\d+\s[1-9]/(?:2|4|8|16|32)(?![\d/])"
# Thousands groups of "000" split by a space after the comma, as tokenised or retyped text writes them
# ("around 80, 000 spectators"): read as 80 it was a confident wrong count (session 9). A group that
# is not "000" ("1, 118") may be two numbers of a list, and is left as it was.
_SPACED_THOUSANDS = r"\d{1,3}(?:,\s000)+(?![\d,])"
DIGITS = (
    rf"{_SCIENTIFIC}|{_E_NOTATION}|{_MIXED}|\d+\s{_FRACTION}|{_FRACTION}|\d*[{_VULGAR}]|{_SPACED_THOUSANDS}"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
)
VULGAR_VALUES = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}

# A spelled-out number: "four thousand", "two hundred and fifty", "a dozen",
# "half a million".
# "and" joins a number's parts only after a scale word ("two hundred and fifty", "a thousand and
# one"): "two and three goals" or "between five and six people" are two numbers, and summing them
# (5, 11) gave a confident wrong figure (session 9).
_AND_AFTER_SCALE = "|".join(f"(?<={w}\\s)" for w in [*_BIG_SCALES.split("|"), "dozen"])
WORDS = (
    rf"(?:(?:a|an|half a|half|a quarter|quarter|(?:one|two|three)\s+quarters?)\s+(?:{_BIG_SCALES}|dozen)"
    rf"|{_WORD_NUMBER})"
    rf"(?:\s+(?:(?:{_AND_AFTER_SCALE})and\s+)?(?:{_BIG_SCALES}|dozen|{_WORD_NUMBER}))*"
)

# A number phrase: digits or words, optionally with a scale word or an
# attached scale ("$2.5bn") and a percent sign.
# A currency code glued before the digits ("USD115", "EUR50m", "RM23.50") does not make them
# part of a word; any other letter, digit or separator before them does.
_GLUED_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RMB",
    "CAD",
    "AUD",
    "CHF",
    "INR",
    "HKD",
    "SGD",
    "NZD",
    "MXN",
    "ZAR",
    "BTC",
    "RM",
]
# A minus sign that opens a word ("-5 °C", "(-1.3%)") is the number's sign, not a hyphen.
_START = (
    "(?:"
    + "|".join(f"(?<={c})" for c in _GLUED_CODES)
    # the rand's "R" in capitals ("fines pass R50"): the figures rules decide whether it is one (session 34)
    + "|(?<=(?-i:R))"
    + r"|(?<=^-)|(?<=\s-)|(?<=\(-)|(?<=^−)|(?<=\s−)|(?<![\w.,/:\-−]))"
)

# Characters IGNORECASE matches to an ASCII letter besides its two cases: the engine's own case
# folding ("ſ" = s, "İ" and "ı" = i, the Kelvin sign = k; tests/test_rules_speed_s13.py checks).
_FOLDS = {"s": "ſ", "i": "İı", "k": "\u212a"}


def any_case(letters: str) -> str:
    """The characters a case-sensitive class needs to match ``letters`` as IGNORECASE does: a class
    under IGNORECASE lowercases every character it tests, one written out in every case does not."""
    return "".join(
        sorted({c for ch in letters for c in (ch.lower(), ch.upper(), *_FOLDS.get(ch.lower(), ""))})
    )


# What a number phrase can open with (a digit anywhere; at the start of a word, a number word's first
# four letters, or "a" and "an" before a scale's first letter): a first test the engine makes at every
# position, before the lookbehinds of ``_START``. Case-sensitive classes in every case (``any_case``):
# a class under IGNORECASE lowercases each character it reads (session 13). Two letters let through
# "the", "that", "this", "and", "any" and "on", whose lookbehinds and number words all failed after
# it; four let through only words that open like a number word (session 18, speed: the scan a fifth
# cheaper on our sets, the same matches).
_OPENING_LETTERS = 4
# After "a" or "an", ``WORDS`` needs spaces and a scale (or "dozen", "quarter").
_SCALE_INITIALS = any_case("".join(sorted({w[0] for w in [*_BIG_SCALES.split("|"), "dozen", "quarter"]})))


def case_trie(words_: Iterable[str]) -> str:
    """The words as one alternation that matches, without IGNORECASE, what the words written as an
    alternation sorted longest first match under it: a character trie (``phrases.trie_pattern``) whose
    letters are classes in every case (``any_case``). Under IGNORECASE the engine tries every word of a
    long alternation at every position, each letter lowercased as it is read; a trie of classes tries one
    branch per character (session 23, speed: "rose|fell|..." a seventh of the time). Words that share a
    start lie on one path, its longer words tried first, so the first match is the one the alternation
    gave. Used inside ``(?-i:...)`` in an IGNORECASE pattern, or in a case-sensitive one."""
    trie: dict[str, Any] = {}
    for w in words_:
        node = trie
        for ch in w:
            # One branch per letter whatever its case: "US" and "us" on two paths would try the shorter
            # word of the first path before the longer of the second.
            node = node.setdefault(ch.lower() if len(ch.lower()) == 1 else ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [_case_blind(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


def case_blind(source: str) -> str:
    """A pattern written for IGNORECASE, rewritten to match the same without it: each ASCII letter a class in
    every case (``any_case``), each other non-ASCII character under its own IGNORECASE flag. Under IGNORECASE
    the engine compares each literal case-blind, and an alternation's branch it cannot skip by its first
    character is entered to be compared: a pattern opening on an alternation of words tried every word at every
    word's start (session 23, speed). Only what this reads is accepted (literals, escapes, groups, named groups,
    look-arounds, quantifiers, anchors, classes without ranges: ``_class``); an inline flag, a range, a
    backreference or a comment raises ``ValueError``, so a pattern this cannot read exactly is never rewritten."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        ch = source[i]
        if ch == "\\":
            nxt = source[i + 1 : i + 2]
            if (
                not nxt
                or nxt.isdigit()
                or nxt in "pPNuUxg"
                or (not nxt.isascii() and nxt.lower() + nxt.upper() != 2 * nxt)
            ):
                raise ValueError(f"an escape case_blind does not read: {source[i : i + 2]!r}")
            out.append(source[i : i + 2])
            i += 2
        elif ch == "(" and source.startswith("(?", i):
            if source.startswith("(?-i:", i):
                # Case-sensitive already: copied as it is (a group of its own with no group inside).
                close = source.index(")", i)
                if "(" in source[i + 1 : close] or "[" in source[i:close] or "\\" in source[i:close]:
                    raise ValueError(
                        f"a case-sensitive group case_blind does not read: {source[i : close + 1]!r}"
                    )
                out.append(source[i : close + 1])
                i = close + 1
                continue
            for opener in ("(?:", "(?=", "(?!", "(?<=", "(?<!"):
                if source.startswith(opener, i):
                    out.append(opener)
                    i += len(opener)
                    break
            else:
                if not source.startswith("(?P<", i):
                    raise ValueError(f"a group case_blind does not read: {source[i : i + 5]!r}")
                close = source.index(">", i)
                out.append(source[i : close + 1])
                i = close + 1
        elif ch == "{":
            close = source.index("}", i)
            if not all(c.isdigit() or c == "," for c in source[i + 1 : close]):
                raise ValueError(f"a brace case_blind does not read: {source[i : close + 1]!r}")
            out.append(source[i : close + 1])
            i = close + 1
        elif ch == "[":
            cls, i = _class(source, i)
            out.append(cls)
        elif ch == "#":
            raise ValueError(f"a comment case_blind does not read at {i} in {source[:60]!r}")
        elif ch in "()|?*+.^$ ":
            out.append(ch)
            i += 1
        else:
            out.append(_case_blind(ch))
            i += 1
    return "".join(out)


def compile_case_blind(source: str) -> re.Pattern[str]:
    """``re.compile(source, re.IGNORECASE)``, compiled case-sensitive from ``case_blind(source)``: the same
    matches, its alternations' branches skipped by their first character."""
    return re.compile(case_blind(source))


def _class(source: str, start: int) -> tuple[str, int]:
    """The class opening at ``start`` as IGNORECASE reads it, and the index after it: escapes of a kind (``\\w``,
    ``\\s``, ``\\d`` and their negations) and characters with no case as they are, an ASCII letter with its every
    case (``any_case``). A range, another escape or a non-ASCII character with a case raises ``ValueError``."""
    out = ["["]
    i = start + 1
    if source.startswith("^", i):
        out.append("^")
        i += 1
    first = i
    while i < len(source) and (source[i] != "]" or i == first):
        ch = source[i]
        if ch == "\\":
            nxt = source[i + 1 : i + 2]
            if nxt.isalnum() and nxt not in "wsdWSD":
                raise ValueError(f"an escape in a class case_blind does not read: {source[i : i + 2]!r}")
            out.append(source[i : i + 2])
            i += 2
        elif ch == "-" and i != first and source[i + 1 : i + 2] != "]":
            # A range of letters of one case or of digits ("a-z", "0-9"): its letters in every case.
            low, high = source[i - 1], source[i + 1]
            if not (low.isascii() and high.isascii() and low <= high) or not (
                (low.islower() and high.islower())
                or (low.isupper() and high.isupper())
                or (low + high).isdigit()
            ):
                raise ValueError(f"a range case_blind does not read: {source[start : i + 2]!r}")
            out.append("".join(any_case(chr(c)) for c in range(ord(low) + 1, ord(high) + 1)))
            i += 2
        elif ch.isascii() and ch.isalpha():
            out.append(any_case(ch))
            i += 1
        elif not ch.isascii() and (ch.isalpha() or ch.lower() != ch or ch.upper() != ch):
            raise ValueError(f"a cased character in a class case_blind does not read: {ch!r}")
        else:
            out.append(ch)
            i += 1
    if i >= len(source):
        raise ValueError("an unclosed class")
    out.append("]")
    return "".join(out), i + 1


def _case_blind(ch: str) -> str:
    """One character as IGNORECASE reads it, in a case-sensitive pattern: an ASCII letter as its class in every
    case, any other ASCII character as itself, any other character under its own IGNORECASE flag (such as
    "µ", which IGNORECASE also reads as the Greek "μ")."""
    if not ch.isascii():
        # (a mark with no case, "’" or "—", is itself: a branch opening on it is still skipped by it)
        return (
            f"(?i:{re.escape(ch)})" if ch.isalpha() or ch.lower() != ch or ch.upper() != ch else re.escape(ch)
        )
    return f"[{any_case(ch)}]" if ch.isalpha() else re.escape(ch)


def _opening_trie(prefixes: set[str]) -> str:
    """The prefixes as one alternation of case-sensitive classes, a branch per character (a trie)."""
    trie: dict[str, Any] = {}
    for prefix in prefixes:
        node = trie
        for ch in prefix:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a prefix ends here ("six" of "six" and "sixty"): no more letters needed
        branches = [f"[{any_case(ch)}]{build(child)}" for ch, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(trie)


_OPENERS = (
    _opening_trie({w[:_OPENING_LETTERS] for w in [*NUMBER_WORDS, "half", "quarter"]})
    + rf"|[{any_case('a')}][{any_case('n')}]?\s+[{_SCALE_INITIALS}]"
)
# "two and a half", "4-and-a-half": a half added to the number, before its scale ("two and a half
# million" is 2.5 million). Without it the number stopped at "two" and the half was lost or read as
# a figure of its own ("half million" = 500,000): confident wrong figures (session 9).
_AND_A_HALF = r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b"
# Digits never end where the number goes on in a grouping English does not read: "2,5 million" (a decimal comma)
# and "3'000 tonnes" (Swiss thousands) read as 2 and 3 were confident wrong figures (s32 hostile review); no figure.
# Nor before a separator English does not write (the full-width comma, the Arabic thousands separator, the one-dot
# leader) and a digit, or before a combining mark or a variation selector on the digit: "4，000 staff" and "4̃,000
# staff" were the figure 4 (s33 hostile review).
_NOT_CUT = r"(?!\d|,\d|['’]\d{3}(?!\d)|[\uff0c\u066c\u2024]\d|[\u0300-\u036f\u20d0-\u20ff\ufe00-\ufe0f])"
_NUMBER_BODY = (
    rf"(?:(?P<digits>{DIGITS}){_NOT_CUT}(?P<dhalf>{_AND_A_HALF})?"
    # a scale word after a space or a hyphen: "$4.8-million", "a €1.2-billion plan" (Canadian and South African style;
    # session 32: the hyphenated scale word was lost and 4.8 read)
    rf"(?:[\s-]?(?P<dscale>{_BIG_SCALES})\b|(?P<attached>bn|mn|tn|m|k)\b)?"
    rf"|(?P<words>\b{WORDS}\b)(?:(?P<whalf>{_AND_A_HALF})(?:\s+(?P<wscale>{_BIG_SCALES})\b)?)?)"
)
NUMBER = re.compile(rf"(?=(?-i:[\d{_VULGAR}]|\b(?:{_OPENERS}))){_START}{_NUMBER_BODY}", re.IGNORECASE)
# The same number where ``_START`` refuses to begin: the second end of a hyphenated range ("200-300
# jobs"), which the figures rules read only after they have matched the whole range's shape.
NUMBER_AFTER_HYPHEN = re.compile(_NUMBER_BODY, re.IGNORECASE)

# Multiplier words standing alone: "eightfold", "8-fold", "octuple", "tripled".
# A decimal multiplier is whole ("2.5-fold" was read as "5-fold" = 5: session 9), and "1.5 fold" may
# be spaced.
FOLD = compile_case_blind(
    r"(?<![\d.,])\b(?:(?P<n>\d+(?:\.\d+)?|"
    + _UNITS_WORDS
    + r")[-\s]?fold|(?P<w>"
    + "|".join(sorted(FOLD_WORDS, key=len, reverse=True))
    + r"))\b",
)


_WORD_SEPARATORS = re.compile(r"[\s-]+")


def words_value(text: str) -> float | None:
    """Value of a spelled-out number: "four thousand" -> 4000, "a dozen" -> 12."""
    parts = [p for p in _WORD_SEPARATORS.split(fold_key(text)) if p and p != "and"]
    if not parts:
        return None
    total = 0.0
    current = 0.0
    seen_number = False
    for i, p in enumerate(parts):
        if p in ("a", "an"):
            # "a million" is one million; after "half" the article counts nothing: "half a million" is
            # 500,000 (it was read as 1,000,000, and "half a dozen" as 12, session 11)
            current = current or 1.0
            continue
        if p == "half":
            current = 0.5
            seen_number = True
            continue
        if p in ("quarter", "quarters"):
            current = (current or 1.0) * 0.25  # "a quarter million", "three quarters billion"
            seen_number = True
            continue
        if p in NUMBER_WORDS:
            current += NUMBER_WORDS[p]
            seen_number = True
        elif p == "dozen":
            current = (current or 1.0) * COUNT_NOUNS_VALUE["dozen"]
            seen_number = True
        elif p == "hundred":
            current = (current or 1.0) * 100
            seen_number = True
        elif p in SCALES and p not in ("hundred", "m", "k", "b", "bn", "mn", "tn"):
            total += (current or 1.0) * SCALES[p]
            current = 0.0
            seen_number = True
        else:
            return None
        del i
    if not seen_number:
        return None
    return total + current


# A power of ten past this either way gives no float ("10^400" overflows) or only zero ("10^-400").
MAX_POWER = 300


def number_value(match: re.Match[str]) -> float | None:
    """Value of a ``NUMBER`` match, scales applied; ``None`` for a number no float holds (a run of
    400 digits, "10^400", "1 3/0"): it is no figure, not infinity nor a 500 (session 8)."""
    try:
        if match.group("digits"):
            value: float | None = digits_value(match.group("digits"))
            if value is not None and match.group("dhalf"):
                value += 0.5
            scale = match.group("dscale") or match.group("attached")
            if scale and value is not None:
                value *= SCALES[fold_key(scale)]
        else:
            value = words_value(match.group("words"))
            if value is not None and match.group("whalf"):
                value += 0.5
                if match.group("wscale"):
                    value *= SCALES[fold_key(match.group("wscale"))]
    except (OverflowError, ValueError, ZeroDivisionError):
        return None
    return value if value is None or math.isfinite(value) else None


def digits_value(digits: str) -> float:
    """ "4,000" -> 4000, "10 1/2" -> 10.5, "3/4" -> 0.75, "1½" -> 1.5."""
    d = digits.replace(", ", "").replace(",", "")
    if "^" in d:  # "6.3 x 10^11": mantissa times a power of ten
        mantissa, _, power = re.sub(r"[\s()]", "", d).rpartition("10^")
        exponent = int(power.replace("−", "-"))
        if abs(exponent) > MAX_POWER:
            raise OverflowError(f"10^{exponent}")
        return float(mantissa.rstrip("x×") or 1) * 10.0**exponent
    if "e" in d or "E" in d:  # "3.2e6": mantissa times a power of ten
        mantissa, _, power = d.lower().partition("e")
        exponent = int(power.replace("−", "-"))
        if abs(exponent) > MAX_POWER:
            raise OverflowError(f"e{exponent}")
        return float(mantissa) * 10.0**exponent
    if d and d[-1] in VULGAR_VALUES:
        return float(d[:-1] or 0) + VULGAR_VALUES[d[-1]]
    if "/" in d:
        whole, _, frac = d.rpartition(" ")
        num, _, den = frac.partition("/")
        return float(whole or 0) + int(num) / int(den)
    return float(d)


def fold_value(match: re.Match[str]) -> float | None:
    if match.group("n"):
        n = fold_key(match.group("n"))
        # "a billion-fold" is the most any story says; a longer run of digits is no multiplier
        if n.isdigit():
            return int(n) if len(n) <= 9 else None
        if n[:1].isdigit():
            return float(n) if len(n) <= 12 else None  # "2.5-fold"
        return NUMBER_WORDS.get(n)
    return FOLD_WORDS.get(fold_key(match.group("w")))


def clean_value(value: float) -> float:
    """Round away float noise (2.5 * 1e9 is exact, 0.1 * 3 is not); a tiny value ("10^-28") keeps its
    significant digits instead of rounding to nothing."""
    if value and abs(value) < 1e-3:
        return float(f"{value:.6g}")
    # Fifteen significant digits drop the noise six decimals cannot reach in a large value: 8.2 * 1e9 is
    # 8199999999.999999 ("between €8.2 billion and €8.5 billion", session 23).
    return float(f"{round(value, 6):.15g}")
