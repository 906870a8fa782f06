"""Figures: counts, money, percentages, multipliers and durations stated as facts.

A number phrase becomes a figure unless its context shows it is a calendar
date, a year, a time of day, an ordinal, an identifier ("Article 5",
"F-16") or a vague quantity ("thousands of"). Its unit is the counted noun
after it, or, when the number stands alone ("from 500 to 4,000", "injured at
least 110"), the counted noun the sentence is about.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from schemas import FigureDraft
from service.backends.rules.event_words import EVENT_VERBS, VERB_LABELS
from service.backends.rules.inflect import forms
from service.backends.rules.lexicon import (
    AGE_HOLDERS,
    AMBIGUOUS_FOLD_WORDS,
    COMMON_CAPITALISED,
    COUNTED_NOUNS,
    DEMONYMS,
    DOLLAR_INSTITUTIONS,
    DOLLAR_PROVINCE_ABBREVIATIONS,
    DOLLAR_PROVINCE_WORDS,
    DOLLAR_SETTINGS,
    DOLLAR_STATE_WORDS,
    DOLLAR_WESTMINSTER_NOT_BEFORE,
    DOLLAR_WESTMINSTER_OFFICES,
    DURATION_IN_YEARS,
    DURATION_UNITS,
    EXPECTED_LEVEL_WORDS,
    FRACTION_PARTS,
    GERUND_MODIFIERS,
    HOW_OFTEN_VERB_NOUNS,
    MEASURE_UNITS,
    NON_COUNT_NEXT,
    NUMBER_WORDS,
    QUALIFIERS,
    RECORD_SUPERLATIVES,
    SCALES,
    SUBUNITS,
    UNIT_CANONICAL,
    words,
)
from service.backends.rules.measures import (
    A_BEFORE_NOUN,
    A_DETERMINER_BEFORE,
    A_UNIT_AFTER,
    AMBIGUOUS_SYMBOL_AFTER,
    AMBIGUOUS_SYMBOLS,
    ANGLE_WORDS,
    ATTRIBUTIVE_BEFORE_PLURAL,
    BARE_CURRENCY,
    BEQUEST_BEFORE,
    BODY_WEIGHT_CHANGES,
    BRACKET_SCORE_BEFORE,
    BY_FRACTION_END,
    BY_FRACTION_LEMMAS,
    CAUSE_BEFORE_OVER,
    CELSIUS_WRITTEN,
    CHANGE_SUBJECT_NOT_COUNTED,
    CODE_AFTER_RE,
    COMPARED_MEASURE_NOUNS,
    CONTEXTS,
    COUNT_OF_BEFORE,
    COUNT_OF_NOUNS,
    CURRENCY_AFTER_NAMES,
    CURRENCY_AFTER_RE,
    CURRENCY_BEFORE_RE,
    CURRENCY_MOVE_VERBS,
    CURRENCY_PREFIXES,
    DAY_KINDS,
    DEGREE_NOT_TEMPERATURE,
    DEGREE_NOT_TEMPERATURE_AFTER,
    DIMENSION_UNITS,
    DURATION_RATE_BLOCKED,
    EACH_HOLDS_BEFORE,
    EACH_HOLDS_NOT,
    EXCHANGE_NOT_CURRENCY,
    EXCHANGE_PER_CURRENCIES,
    EXCHANGE_SUBJECT,
    FAHRENHEIT_WRITTEN,
    FEET_BEFORE,
    FLOW_RATE_AFTER,
    FOR_EACH_AFTER,
    FOR_EACH_NOT,
    GLUED_G_GENERATION,
    GLUED_G_NOT,
    GLUED_SYMBOL_AFTER,
    GLUED_SYMBOLS,
    HEIR_NOUNS,
    HELD_EVENT_NOUNS,
    HYPHEN_POUND,
    HYPHEN_POUND_MONEY,
    HYPHEN_RATE,
    HYPHEN_RATE_MONEY,
    HYPHEN_SYMBOL_AFTER,
    INCH_MARK_AFTER,
    INCHES_AFTER,
    ING_ADJECTIVES,
    INSTRUCTION_VERBS,
    JOINED_NOT_FIRST,
    KNOTS_TIED,
    LABEL_WORDS,
    LETTER_UNITS,
    LY_NOUNS,
    MILLION_CODES,
    MILLIONS_COUNTED,
    MODAL_CEILING_BEFORE,
    MONEY_A_NOT_DENOMINATORS,
    MONEY_A_NOUN_AFTER,
    MONEY_VERB,
    NOT_COUNTED,
    NOT_SUPERLATIVES,
    ONE_NOT_COUNTED,
    OTHER_SENSE_CURRENCY,
    OVER_MORE_THAN_BEFORE,
    OVER_PARTICLE_IN,
    OVER_SPAN_UNITS,
    PARTICIPLE_NOUNS,
    PARTITIVE_DETERMINERS,
    PEOPLE_NOT_PLURALS,
    PEOPLE_OBJECT_VERBS,
    PEOPLE_PLURAL_ENDINGS,
    PEOPLE_PLURALS,
    PER_CURRENCIES,
    PLACED_UNDER_VERBS,
    POPULATION_PLACES,
    POUNDS_OF,
    POUNDS_OF_MONEY,
    PRICE_AFTER_SYMBOL,
    PRICE_BEFORE,
    PRICE_NOUNS,
    PRICE_RATE_AFTER,
    PRIME_MARK_AFTER,
    QUALIFIED_HEADS,
    RATE_ADJECTIVE_BEFORE,
    RATE_ADJECTIVE_NOUNS,
    RATE_ADJECTIVES,
    RATE_AFTER_OBJECT,
    RATE_DENOMINATORS,
    S_NOT_PLURALS,
    S_SINGULAR_MODIFIERS,
    SIZE_WORDS,
    SPAN_BEFORE_RELATIVE,
    SPAN_HEDGES,
    SPAN_POSSESSIVE_BEFORE,
    SPAN_VERBS,
    SQUARE_MEASURES,
    STATE_BEFORE_OVER,
    SYMBOL_AFTER,
    TALLY_VOTES,
    TEMPERATURE_WORDS,
    THOSE_PEOPLE_PARTICIPLES,
    TIME_SPAN_ORDER,
    TIMES_COMPARATIVES,
    TIMES_OF_YEAR,
    TIMES_OVER_SPAN,
    TWICE,
    TWICE_NOT_AFTER,
    TWICE_NOT_BEFORE,
    UNIT_PART_UNITS,
    UNIT_PHRASE_AFTER,
    UNIT_PHRASES,
    UNIT_SYMBOLS,
    UNIT_WORD_SYMBOLS,
    US_WORD,
    VERB_NAMES_COUNT,
    WEIGHT_CONTEXT,
    WEIGHT_GOODS_PLURAL,
    WORKFORCE_HEADS,
    YEN_OR_YUAN,
    Reading,
    StoryMoney,
    a_reading,
    ambiguous_reading,
    cents_reading,
    prime_reading,
    rate_denominator,
    shared_currency,
)
from service.backends.rules.numbers import (
    FOLD,
    NUMBER,
    NUMBER_AFTER_HYPHEN,
    WORDS,
    case_trie,
    clean_value,
    compile_case_blind,
    fold_value,
    number_value,
    words_value,
)
from service.backends.rules.plurals import is_plural, plural_of
from service.backends.rules.sentences import TOKEN, Sentence, Token
from service.pipeline.months import MONTH_NAMES, WEEKDAY_NAMES
from service.pipeline.normalize import fold_key

NO_STORY = StoryMoney()  # a sentence read alone: no story names a country or a currency

MONTHS = words(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)

# Qualifier words right before a number: "around 4,000", "at least 110".
QUALIFIER_BEFORE = re.compile(rf"\b(?P<q>(?-i:{case_trie(QUALIFIERS)}))\s+$", re.IGNORECASE)
# Qualifiers after a number: "4,000 or more", "500 or so", "300-plus".
QUALIFIER_AFTER: dict[str, str] = {
    "or more": "at_least",
    "or so": "approximate",
    "-plus": "at_least",
    "+": "at_least",
    # "an aftershock of magnitude 6 or stronger" (dev6's gold: at least), "15 or fewer days" (session 25)
    "or stronger": "at_least",
    "or greater": "at_least",
    "or higher": "at_least",
    "or above": "at_least",
    "or larger": "at_least",
    "or fewer": "at_most",
    "or less": "at_most",
    "or lower": "at_most",
    "or below": "at_most",
}
QUALIFIER_AFTER_RE = re.compile(
    r"^(?:\s+or (?:more|so|stronger|greater|higher|above|larger|fewer|less|lower|below)\b|-plus|\+)",
    re.IGNORECASE,
)

# Percent after the amount: "12%", "12 percent", "1.5 percentage points", British "24pc" (lowercase
# only: "10 PC games" are computers; the parsec's "pc" is read first among words of astronomy).
PERCENT_AFTER = re.compile(
    r"^\s?(?:%|percent\b|per cent\b|(?P<points>percentage points?\b)|(?P<bp>basis points?\b|(?-i:bps?)\b)|pct\b|(?-i:pc)\b)",
    re.IGNORECASE,
)
# The second number of a change or range: "from 500 to around 4,000", "3,000-4,000", "between 10 and 20".
SECOND_NUMBER = re.compile(r"\s*(?P<sep>to|and|-|–|—)\s*[$€£]?", re.IGNORECASE)
# A number with "times" is a multiplier only in a comparison: "eight times larger", "three times as many".
TIMES_COMPARISON = re.compile(
    r"^\s+times\s+(?:more|less|fewer|larger|bigger|higher|greater|smaller|lower|as\b|the\b"
    # "three times over" (a bid covered), not "three times over the winter" (how often, session 21)
    r"|over\b(?!" + TIMES_OVER_SPAN.pattern.removeprefix(r"\s+over") + r")"
    # "three times faster than the index" (a count of times before session 21)
    r"|(?:" + "|".join(sorted(TIMES_COMPARATIVES, key=len, reverse=True)) + r")\b"
    # "about 410 times that of the median worker", "three times what it paid", "15 times next year's
    # expected sales" (counts of nothing in dev10 and dev15, session 19)
    r"|(?:that|those)\s+of\b|what\b|(?:[\w-]+\s+)?[\w-]+[’']s\s+[a-z]"
    # "almost four times its guide price" (session 28: a count of four "times")
    r"|(?:its|their|his|her|our)\s+(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted(COMPARED_MEASURE_NOUNS))
    + r")\b)",
    re.IGNORECASE,
)

# Words that may stand between a number and its counted noun: "2,500 of its
# own troops", "30 European and North American countries", "500 more troops".
UNIT_SKIP = frozenset(
    {
        "of",
        "its",
        "their",
        "his",
        "her",
        "our",
        "the",
        "own",
        "more",
        "fewer",  # "4.6 fewer migraine days" (session 18: "about 2,000 fewer" counted "fewer")
        "additional",
        "new",
        "extra",
        "other",
        "and",
        "foreign",
        "local",
        "active",
        "armed",
        "civilian",
        "military",
        "elite",
        "special",
        "combat",
        "trained",
        "registered",
        "confirmed",
        "reported",
        "known",
        "further",
        "total",
        "estimated",
        # "five past and current employees" counted "past" (session 10)
        "past",
        "current",
        "former",
    }
)
# Words that end the search for a unit: a verb or a preposition means the
# number stands alone ("increase to 4,000 by May").
NOT_UNITS = frozenset(
    words(
        "is are was were be been being have has had will would could should can may might must do does did "
        "to in on at for with from by that which who whom whose and or but than as per into onto over under "
        "between among across after before during since until while when where if so a an the this these those "
        "it its they them their we us he him she her i you of off up down out about around near each every "
        "all both some any no not more most less least few fewer many much such only also just still even again "
        "ago times next last previous later earlier yesterday today tomorrow daily weekly monthly yearly "
        "annually apiece per each respectively late early overnight "
        # prepositions a noun after them belongs to: "called 911 within minutes" counted minutes
        # (a confident "911 minutes", session 9)
        "within without inside outside throughout against towards toward via beyond despite amid upon "
        # an adverb or a predicate adjective after a count: "three through eight", "the 12 million already
        # here", "14 more ready to be confirmed" counted "through", "already", "ready" (session 12)
        "through thru already here there ready"
    )
)
# Verbs before a count that say what happened to what is counted: "killed 32 people".
COUNT_VERBS = frozenset(
    {
        "killed",
        "killing",
        "kill",
        "injured",
        "injuring",
        "wounded",
        "wounding",
        "arrested",
        "detained",
        "displaced",
        "deployed",
        "deploying",
        "deploy",
        "sent",
        "send",
        "sending",
        "add",
        "adding",
        "added",
        "withdraw",
        "withdrew",
        "withdrawing",
        "evacuated",
        "rescued",
        "freed",
        "released",
        "raise",
        "raised",
        "cut",
        "cutting",
        "hired",
        "fired",
        "lost",
        "lose",
        "employs",
        "counts",
        "has",
        "have",
        "had",
    }
)
# The noun a figure is "the X of": "the number of troops", "the size of our mission".
MEASURE_NOUN = re.compile(
    r"\b(?P<m>(?:the )?(?:number|size|total|strength|cost|value|price|budget|population|share|rate|toll|amount) of "
    r"(?:the |our |its |their |his |her )?(?:[A-Z][\w.’'-]* )*?[\w’'-]+(?: (?:in|of|for) (?:[A-Z][\w.’'-]*|the [\w’'-]+))?)",
)

# "the number of applicants", "the number of NATO troops in Iraq": the counted noun.
NUMBER_OF = re.compile(r"\bnumber of (?:the |its |their |our )?(?:[A-Z][\w.’'-]* )*(?P<noun>[a-z][\w-]*s)\b")
# Noun phrase right after a multiplier verb: "Octuple Presence", "tripled its budget".
_OBJECT_AFTER = re.compile(r"^\s+(?:(?:its|their|the|his|her|our)\s+)?(?P<n>[A-Za-z][\w-]*)")
# What follows a multiplier word used as one: "twice as many", "triple the risk", "double its fleet".
_COMPARED_AFTER = re.compile(r"^\s+(?:as|the|that|its|their|his|her|our|than)\b", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|plans? to|set to)\s+$", re.IGNORECASE)
_CHANGE_VERB_BEFORE = re.compile(
    r"\b(?:increase[sd]?|rise|rose|grow|grew|expand(?:ed|s)?|multipl\w+|jump(?:ed)?|climb(?:ed)?)\s+$",
    re.IGNORECASE,
)


@dataclass
class _Found:
    start: int  # in sentence
    end: int
    value: float
    unit: str | None
    kind: str
    qualifier: str
    evidence_end: int  # evidence covers the number phrase and its unit
    pair: int | None = None  # index of the other number in a change or range
    measure: str = ""
    value_max: float | None = None  # the upper end of a range (schema 1.1)
    per: str | None = None  # a rate's denominator (schema 1.1)
    scale: float | None = None  # the scale word or suffix the number carried ("billion", "m")
    rate_rule: str | None = None  # the rule that gave ``per`` where it is not the number's own words
    unit_rule: str | None = None  # the rule that gave ``unit`` where it is not the words right after it
    qualifier_rule: str | None = None  # the rule that read the words before the number another way


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


# Look-backs ("the counted noun before this number", "the last 'number of X'") are answered
# from matches found once per sentence, not by rescanning text[:s] before every number:
# rescanning made a sentence of n numbers cost n² (issue 13: "1,000, " * 8000 took 70 s).
# Look-aheads read a bounded window for the same reason.
_AHEAD = 100


class _Matches:
    """Every match of one pattern in one sentence, for "the last match ending by ``s``" lookups."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        self.pattern = pattern
        self.text = text
        self.matches = list(pattern.finditer(text))
        self.ends = [m.end() for m in self.matches]  # non-overlapping, so increasing

    def last_before(self, s: int) -> re.Match[str] | None:
        """What ``_last(pattern.finditer(text[:s]))`` answers, in O(log n) for most ``s``."""
        i = bisect_right(self.ends, s)
        if i < len(self.matches) and self.matches[i].start() < s:
            # A match running past s: cut at s, a shorter one may still match from there.
            cut = _last(self.pattern.finditer(self.text, self.matches[i].start(), s))
            if cut is not None:
                return cut
        return self.matches[i - 1] if i else None


@lru_cache(maxsize=16)
def _matches(pattern: re.Pattern[str], text: str) -> _Matches:
    return _Matches(pattern, text)


@lru_cache(maxsize=16)
def _counted_words(text: str) -> tuple[list[int], list[str]]:
    """(end offsets, units) of the lowercase counted nouns in ``text``, in order."""
    ends: list[int] = []
    units: list[str] = []
    # Lowercase words only: "the United States" does not count states.
    for m in _LOWER_WORD.finditer(text):
        if m.group() in COUNTED_NOUNS:
            ends.append(m.end())
            units.append(UNIT_CANONICAL.get(m.group(), m.group()))
    return ends, units


# The last word before a number. The run and the non-words after it are possessive (``*+``): giving
# back characters never helps (only non-word characters may follow the run; when a word character
# follows the whole run, it follows every shorter one too), and backtracking tried every length at
# every start (2x slower; the same matches).
_PREV_WORD = re.compile(r"([A-Za-z][\w.’'-]*+)\W*+$")
# Patterns the functions below used to write inline (session 26, speed: compiled once, not looked up in re's
# cache at every call).
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
_LETTER_ENDS = re.compile(r"[A-Za-z]\.?\s*$")
_COLON_ENDS = re.compile(r":\s*$")
_SPACED_LOWER_WORD = re.compile(r"\s+([a-z][\w-]*)")
# Words after a hyphenated duration that name nothing it is the length of ("a two-week in ...").
_NOT_MEASURED_AFTER = words(
    "in of at on for to from with by and or but the a an as than that which who is are was were be will would has had"
)
_SPACES = re.compile(r"\s+")
_VOTE_WORD = re.compile(r"vot|ruled|decision|majority|verdict|passed|approved|rejected|backed", re.I)
_SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
_DIGIT_SPACE_ENDS = re.compile(r"\d\s$")
_ACCORDING_TO_ENDS = re.compile(r"according to\s+$", re.I)
_SINGLE_MARK_OPENS = re.compile(r"(?:^|[\s(\[])['‘]\S")
_WORD_OR_HYPHEN = re.compile(r"[\w-]+")
_LAST_WORD = re.compile(r"([A-Za-z][\w-]*)\W*$")


# Asked again of the same number by the readings of its unit, its date and its qualifier (half of the calls on the
# seeds): the last few kept (session 27, speed).
@lru_cache(maxsize=8)
def _prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text[max(0, pos - 30) : pos])
    return m.group(1) if m else ""


def _next_words(text: str, pos: int, n: int = 6) -> list[Token]:
    """The first ``n`` tokens of the 80 characters after ``pos``, offsets from ``pos``.

    Cut one by one and stopped at ``n`` (most callers want one to three): tokenising the whole
    window to keep its first words was the rules' most frequent tokenisation. TOKEN has no
    look-around, so matching up to ``pos + 80`` is matching the slice."""
    out: list[Token] = []
    if n <= 0:
        return out
    for m in TOKEN.finditer(text, pos, pos + 80):
        out.append(Token(m.start() - pos, m.end() - pos, m.group()))
        if len(out) == n:
            break
    return out


# A range written with a hyphen, "3,000-4,000 troops", "200-300 jobs", "3-4%", "$10-15": no date, year
# span, phone number or code has its shape. Not a year first ("2019-20"), not a third part ("18-02-2021",
# "1-800-555-0199", "4-4-2"), not a leading zero or a four-digit end after three digits ("555-0134"), not
# falling ("24-7"); names written so are listed ("9-11"). Until session 11 every hyphenated pair was read
# as a date and both numbers were lost.
_HYPHEN_RANGE = re.compile(
    r"(?!(?:9-11|7-11)\b)(?P<a>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?P<dash>[-–])(?!0\d)"
    r"(?P<b>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?![\d,]*[-–]\d|\d)"
)


_DIGIT = re.compile(r"\d")


def _hyphen_range(text: str, s: int) -> re.Match[str] | None:
    """The hyphenated range starting at ``s`` ("200-300"), rising from its low end to its high one."""
    r = _HYPHEN_RANGE.match(text, s)
    if r is None or float(r.group("b").replace(",", "")) <= float(r.group("a").replace(",", "")):
        return None  # "24-7", "10-5": no range low to high
    return r


_RANGE_LOW_END = re.compile(r"\d[\d,]*(?:\.\d+)?-$")


def _ends_range(text: str, s: int, e: int) -> bool:
    """The number at ``s``-``e`` is the high end of a hyphen range ("200-300"), not a label's number."""
    low = _RANGE_LOW_END.search(text, max(0, s - 16), s)
    if low is None or (low.start() > 0 and text[low.start() - 1] in "-–,."):
        return False
    r = _hyphen_range(text, low.start())
    return r is not None and r.end("b") == e


def _hyphenated_end(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The second number of a hyphen range whose first number is ``m`` ("200-300 jobs": 300), which
    ``NUMBER`` does not begin after a hyphen; an en dash's second number ``NUMBER`` finds itself."""
    if text[m.end() : m.end() + 2] == "%-" and text[m.end() + 2 : m.end() + 3].isdigit():
        # "48%-43%": two shares side by side (a poll's), each with its sign
        second = NUMBER_AFTER_HYPHEN.match(text, m.end() + 2)
        return second if second is not None and text[second.end() : second.end() + 1] == "%" else None
    if text[m.end() : m.end() + 1] != "-":
        return None
    r = _hyphen_range(text, m.start())
    if r is None or r.end("a") != m.end():
        return None
    return NUMBER_AFTER_HYPHEN.match(text, r.start("b"))


# Words joining the two days of a span of dates.
_DAY_SPAN_JOINS = frozenset({"and", "to", "until", "till", "through", "-", "–"})


def _is_date_or_time(text: str, s: int, e: int, digits: bool) -> bool:
    before = text[max(0, s - 12) : s]
    prev = _prev_word(text, s).lower().rstrip(".")
    nxt = _next_words(text, e, 3)
    nxt_lower = [t.lower for t in nxt]
    raw = text[s:e]
    # Only a whole number up to 31 can be a day of a month: "37,305.97 february" is an amount.
    day_like = not digits or (raw.isdigit() and int(raw) <= 31) or (raw.isdigit() and len(raw) == 4)
    # "February 17", "Feb 19, 2021", "May 1st"; not after a comma: "a visa in August, eleven days after applying"
    # (no figure, the lead's articles, session 24)
    if day_like and prev in MONTHS and not text[max(0, s - 4) : s].rstrip().endswith(","):
        return True
    if day_like and nxt_lower[:1] and nxt_lower[0].rstrip(".") in MONTHS:  # "18 February"
        return True
    if (
        day_like
        and len(nxt_lower) > 2
        and nxt_lower[0] in _DAY_SPAN_JOINS
        and nxt_lower[1].isdigit()
        and int(nxt_lower[1]) <= 31
        and nxt_lower[2].rstrip(".") in MONTHS
    ):
        return True  # "between 3 and 21 October", "from 3 to 9 August": the first day of a span (session 18, lead)
    if (
        nxt_lower[:2] == ["of", nxt_lower[1] if len(nxt_lower) > 1 else ""]
        and len(nxt_lower) > 1
        and nxt_lower[1] in MONTHS
    ):
        return True  # "the 1st of May"
    if digits:
        after = text[e : e + 3]
        if after[:1].isalpha() or after[:1] in (":",) or before.endswith(":"):
            return True  # ordinals "21st", times "10:06"
        if after[:1] in "-/." and after[1:2].isdigit() and _hyphen_range(text, s) is None:
            return True  # "18-02-2021", "2021/02/20", "2019-20", "555-0134"
        if nxt_lower[:1] and nxt_lower[0] in NON_COUNT_NEXT:
            return True
    return False


def _is_year(text: str, m: re.Match[str], value: float, e: int) -> bool:
    d = m.group("digits")
    if not d or "," in d or "." in d or len(d) != 4 or not 1000 <= value <= 2100:
        return False
    nxt = [t.lower for t in _next_words(text, e, 2)]
    return not (nxt and nxt[0] in COUNTED_NOUNS)


_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Place|Square|Terrace)\b"
)


# A count, then one capitalised name, then the number: "40 Boeing 737 jets". The count says what the
# noun's number is, so the second number is the model's name. A determiner is not enough: "won the Cup
# 3 times", "gave the Senate 60 votes" count.
_MODEL_NAME_BEFORE = re.compile(r"\d\s+[A-Z][A-Za-z]+\s+$")


# A product name written with a capital inside it ("iPhone", "iPad", "eReader"): a name, as a
# capitalised word is ("sold 10 million iPhone 15 handsets" counted 15 handsets, session 9).
_CAMEL_NAME = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+$")


# Digits without separators from this length on are an identifier (a post's or an order's number), not
# a count: 18 digits of a tweet's id came out as a count of 6.7e17 (session 10).
_ID_DIGITS = 12
# A bill's number: "H.R. 1", "S. 2155", "H.B. 56", "S.B. 4", "H.J.Res. 7" (it was a count of 1, session 10).
_BILL_BEFORE = re.compile(
    r"(?:\bH\.\s?R|\bS|\b[HS]\.\s?B|\bA\.\s?B|\b[HS]\.\s?(?:J\.\s?|Con\.\s?)?Res)\.\s*$"
)
# A chamber before a vote's tally names no number: "passed the House 234 to 193" ("House 234" was a label
# and the tally lost its first side, session 10). Only after a verb of voting: a results box or a
# sidebar ("Senate 51-49") stays unread, as does a name before shares ("Clinton 45 percent to 41").
_CHAMBERS = frozenset(
    {"House", "Senate", "Assembly", "Congress", "Parliament", "Commons", "Lords", "Council"}
)
# Digits joined to a capitalised word ("7-Eleven"): read as a name when that word is itself a number
# word, which no count or measure is written as ("a 7-Eleven store" counted 7 stores, session 11).
_NAME_AFTER_HYPHEN = re.compile(r"-([A-Z][a-z]+)\b")
_TALLY_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d")
# A share whose verb is left out after a first share: "Smith took 48% and Jones 43%" ("Jones 43" was a
# label and the 43% lost, session 11). The earlier share in the same clause run is what a ticker strip
# ("AERO 3.2% | BETA 1.1%") lacks: it joins its quotes with no "and".
_GAPPED_SHARE_BEFORE = re.compile(
    r"\d\s?(?:%|percent\b|per\s?cent\b)[^.;:!?\n|]{0,80}?\b(?:and|while|with|versus|vs\.?)\s+"
    r"(?:[A-Z][\w’'.-]*\s+){1,3}$"
)
_VOTED_BEFORE = re.compile(r"\b(?:passed|approved|cleared|rejected|defeated|voted)\b", re.IGNORECASE)


_NUMBER_LABEL_BEFORE = re.compile(
    r"(?:\b(?:no|nos|number|pages?|pp|p|chapter|section|article|room|route|flight|#))\.?\s*$", re.I
)


# A move of a game by its number ("By move 30 I thought I was lost", "resigned on move 61": the lead's note 1, 5); the
# verb "move 85 families" stays a count.
_MOVE_LABEL_BEFORE = re.compile(
    r"\b(?:by|on|at|after|before|until|till|from|to|in|of|with)\s+move\s+$", re.IGNORECASE
)


def _is_identifier(text: str, s: int, e: int, sent_start_word: bool) -> bool:
    """ "Article 5", "Resolution 2334", "Flight 17": a capitalised word names the number."""
    before = text[max(0, s - 30) : s]
    if _BILL_BEFORE.search(before):
        return True
    if _NUMBER_LABEL_BEFORE.search(before) or _MOVE_LABEL_BEFORE.search(before):
        return True
    if before.endswith("#") or (
        before.endswith("-")
        and before[-2:-1] not in ("", " ", "(", "\n", "%")
        and not _ends_range(text, s, e)
    ):
        # "#3", "F-16"; a minus sign opening the number ("-1.3%") is no label, nor a share's second side
        # ("48%-43%" lost its 43%, session 10)
        return True
    if _STREET_AFTER.match(text, e, e + 60):
        return True  # "123 Random Street", "71 Harbour Rd": an address
    if (after := _NAME_AFTER_HYPHEN.match(text, e, e + 20)) is not None and after.group(
        1
    ).lower() in NUMBER_WORDS:
        return True  # "a 7-Eleven store": digits and a capitalised number word make a brand's name
    prev = _prev_word(text, s)
    if prev in _CHAMBERS and _TALLY_AFTER.match(text, e, e + 6) and _VOTED_BEFORE.search(before):
        return False  # "passed the House 234 to 193": a chamber before a vote's tally
    if prev.lower() in LABEL_WORDS and _LETTER_ENDS.search(before):
        return True  # "highway 35", "exit 436", "season 3": a lowercase label names the number
    if prev in ("I", "I'm", "I’m", "I've", "I’ve"):
        return False  # "I'm 1.8m tall": the pronoun labels nothing
    if prev.lower() in INSTRUCTION_VERBS:
        return False  # "Add 5 g of salt", "Whisk 3 eggs": an instruction's verb labels nothing
    if before.endswith(",") or before.endswith(", "):
        # "According to the Harbour Review Board, 44,000 nurses left": a comma ends the name, and a plural
        # noun after the number is what it counts (no figure, session 17); "Harbour United, 2 Vale Rovers 1"
        # stays unread
        nxt = _next_words(text, e, 2)
        if (
            nxt
            and nxt[0].text.islower()
            and nxt[0].lower not in NOT_UNITS
            and (is_plural(nxt[0].lower) or nxt[0].lower in COUNTED_NOUNS)
        ):
            return False
        if len(nxt) == 2 and nxt[0].text == "of" and nxt[1].text in PARTITIVE_DETERMINERS:
            # "According to the Seaside Piers Association, 19 of the 61 surviving pleasure piers" (dev21: no
            # figure): a partitive whose whole is a plural counts part of it, as a plural after the comma does;
            # not "Harbour United, 2 of the best"
            whole = [w.strip(",.;:") for w in text[e : e + 80].split()[2:6]]
            if any(w.islower() and w not in NOT_UNITS and is_plural(w) for w in whole):
                return False
    if (
        prev
        and (prev[0].isupper() or _CAMEL_NAME.match(prev) is not None)  # "iPhone 15" names like "Galaxy 15"
        and _COLON_ENDS.search(before) is None  # "Banknotes: 5 €": a colon ends the label
        and prev.lower() not in COMMON_CAPITALISED
        and prev.lower() not in QUALIFIERS
        and not prev.endswith(("’s", "'s"))  # "Northfield's 14-match run": a possessor, not a label
    ):
        nxt = _next_words(text, e, 1)
        # "Mix 5 grams", "Ferment 2 litres": a unit of measure after the number measures it; so does a
        # share's sign after a comma ("leads Jones, 48% to 43%": "Jones 48" was a label and the 48% was
        # lost). Not right after the name: "AERO 3.2%" in a ticker strip is the name's quote.
        unit_next = (bool(nxt) and (nxt[0].lower in MEASURE_UNITS or nxt[0].text in LETTER_UNITS)) or (
            PERCENT_AFTER.match(text[e : e + 20]) is not None
            and (
                before.endswith((", ", ","))
                or _GAPPED_SHARE_BEFORE.search(text, max(0, s - 120), s) is not None
            )
        )
        if unit_next or sent_start_word:
            return False
        # "40 Boeing 737 jets": a name between a count and the noun is a model's name with its
        # number, even before a counted noun
        return not (nxt and nxt[0].lower in COUNTED_NOUNS) or _MODEL_NAME_BEFORE.search(before) is not None
    return False


_TALLY_WORD = re.compile(r"to-\d+")
# Shares written as a hyphenated adjective: "a three-percentage-point margin", "a 5-percent rise".
_HYPHEN_SHARES = {
    "percentage-point": "percentage points",
    "percentage-points": "percentage points",
    "percent": "percent",
    "per-cent": "percent",
}
# A capitalised plural naming people, skipped on the way to a noun ("four Americans killed", "236,000
# Iowans participated"): what is counted when the search ends on a verb or a word that counts nothing.
_PEOPLE_PLURAL = re.compile(r"[A-Z][a-z]+(?:an|ian|er|at|ist|ite|on|i)s")


_SQUARE_SYMBOLS = frozenset(SQUARE_MEASURES.values())


def _hyphen_measure(w: str) -> str | None:
    """The unit of a measure written as one hyphenated adjective: "square-foot" ft², "foot-high" foot."""
    parts = w.split("-")
    if len(parts) == 2 and parts[0] == "square" and parts[1] in SQUARE_MEASURES:
        return SQUARE_MEASURES[parts[1]]
    if len(parts) == 2 and parts[1] in SIZE_WORDS and parts[0] in UNIT_WORD_SYMBOLS:
        return parts[0]
    return None


_NEW_PHRASE_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


_LOWER_INITIALS = re.compile(r"(?:[a-z]\.){2,}")


# A measure written as a hyphenated adjective between a count and its noun: "1.8 million 60-kilogram bags" counts bags
# (no unit before: the search stopped at the digits; the lead's articles, session 24). The measure is its own figure.
_MEASURE_MODIFIER = re.compile(r"\s+\d[\d,.]*-(?P<u>[a-z]+)(?=\s+[a-z])")


# Words of order inside a partitive's whole, read past to its noun: "four of their first 15 matches".
_PARTITIVE_ORDER = frozenset({"first", "last", "next", "final", "opening", "remaining", "previous", "past"})


def _unit_after(text: str, e: int, headline: bool) -> tuple[str | None, int, bool]:
    """(unit, end offset of the unit, is_duration) for the noun counted after ``e``."""
    modifier = _MEASURE_MODIFIER.match(text, e, e + 40)
    if modifier is not None and modifier.group("u") in MEASURE_UNITS:
        unit, unit_end, is_duration = _unit_after(text, modifier.end(), headline)
        if unit is not None and not is_duration:
            return unit, unit_end, is_duration
    skipped = 0
    attached = False  # the unit is joined by a hyphen: "14-page", "six-week"
    after_and = False
    people: Token | None = None  # a capitalised plural of people skipped on the way
    spaced_dash = False
    prev = ""
    partitive = False  # after "of the": "four of the 13 seats", "38 of the bridge's 212 cables"
    or_more = 0  # "15 or more headache days": the bound's words before the noun
    for t in _next_words(text, e, 7):
        w = t.lower
        # (session 26) a possessor right after "of" opens a partitive too: "12 of parliament's 150 seats" (no unit)
        partitive = partitive or (prev == "of" and (w in PARTITIVE_DETERMINERS or w.endswith(("’s", "'s"))))
        prev = w
        if spaced_dash and t.text[0].isalnum() and w not in DURATION_UNITS and w not in MEASURE_UNITS:
            return None, e, False  # ... unless a unit follows it, as tokenised text writes "30 - year"
        spaced_dash = False
        if not t.text[0].isalnum():
            if t.text == "-" and t.start > 0:
                spaced_dash = True  # "more than 1,000 - the extremes": a dash ends the phrase ...
                continue
            if t.text in ("-", "’", "'"):
                attached = attached or (t.text == "-" and t.start == 0)
                continue
            return None, e, False
        if (w in DURATION_UNITS or w in TIMES_OF_YEAR) and text[e : e + t.start].strip().lower() == "the":
            # "rose to 41, from 29 the year before", "from 9,000 the summer before": the span is when, not what the
            # number counts (29 years, 9,000 summers before session 21)
            return None, e, False
        if w == "seasons" and (
            _OF_NEXT.match(text, e + t.end) or _COMMISSIONED_BEFORE.search(text, max(0, e - 60), e)
        ):
            # "ordered two more seasons of the show": seasons of a series are counted, not a span (review 2)
            return w, e + t.end, False
        if w in DURATION_UNITS:
            return DURATION_UNITS[w], e + t.end, True
        if (
            skipped == 0
            and not after_and
            and (or_more == 1 or (w == "or" and _OR_MORE.match(text, e + t.start)))
        ):
            # "15 or more headache days a month" is "or more" of headache days (the noun was borrowed
            # from an earlier count, session 16)
            or_more += 1
            continue
        if "-" in w and w.split("-")[0] in DURATION_UNITS:  # "10-year-old", "day-long"
            return DURATION_UNITS[w.split("-")[0]], e + t.end, True
        if headline and w in COUNTED_NOUNS:
            return w, e + t.end, False
        after_and = after_and or w == "and"  # "4,000 and training activities": a new noun phrase
        if after_and and w in _NEW_PHRASE_DETERMINERS:
            # "closed at 2,173.60 and the Nasdaq composite rose": a determiner after "and" opens another
            # noun phrase, whose head the number does not count (it counted "composite", session 12)
            return (people.lower, e + people.end, False) if people else (None, e, False)
        if (
            people is None
            and not after_and
            and t.text[0].isupper()
            and skipped == 0
            and _PEOPLE_PLURAL.fullmatch(t.text) is not None
        ):
            people = t
        if partitive and (w.endswith(("’s", "'s")) or _DIGITS.fullmatch(t.text) or w in _PARTITIVE_ORDER):
            # (session 23: "four of their first 15 matches" counted "first")
            # "of the bridge's 212 suspender cables": the partitive's whole, read past to its noun
            skipped += 1
            continue
        if (
            w.endswith(("’s", "'s"))
            and not after_and
            and t.text.islower()
            and _PLURAL_NOUN_NEXT.match(text, e + t.end, e + t.end + 30)
        ):
            # "two former sheriff's detectives" (dev24), "four women's refuges": a possessor modifying the plural
            # after it (session 28: no unit before); "gave 20 the mayor's backing" ends at "the", and a name's
            # possessive ("12 Smith's workers") is not read past
            skipped += 1
            continue
        if w.endswith(("’s", "'s")) or w in NOT_COUNTED or w == "strong":
            # "gave 20 the mayor's backing", "five right now": a possessor (outside a partitive, read
            # above), an adverb or a verb is no counted noun
            return (people.lower, e + people.end, False) if people else (None, e, False)
        if w.endswith("est") and len(w) > 4 and w not in NOT_SUPERLATIVES and w not in COUNTED_NOUNS:
            # "only about 1,200 of the largest" counted "largest" (dev12), "the five biggest economies": a superlative
            # is no noun, and only a plural right after it is what the number counts (session 21)
            if not _PLURAL_NOUN_NEXT.match(text[e + t.end : e + t.end + 30]) and not _modified_plural_next(
                text, e + t.end
            ):
                # session 28: a modifier may stand between ("the three largest supermarket chains" had no figure)
                return None, e, False
            skipped += 1
            continue
        if (w.endswith("ly") and w not in LY_NOUNS) or ("-" in w and w.endswith(("ly", "ed"))):
            # "14 solidly Democratic states" (counted "solidly"), "152 single-family homes", "two
            # weaker-than-expected showings": an adverb or a compound adjective before the noun
            skipped += 1
            if skipped > 5:
                return None, e, False
            continue
        if w in S_SINGULAR_MODIFIERS and _PLURAL_NOUN_NEXT.match(text[e + t.end : e + t.end + 30]):
            skipped += 1  # "three measles cases" counts cases (``S_SINGULAR_MODIFIERS``)
            continue
        if (
            w in UNIT_SKIP
            or w in S_NOT_PLURALS  # "48 overseas markets" counted "overseas" (session 18)
            or w in DEMONYMS
            or (t.text[0].isupper() and w not in COMMON_CAPITALISED)
            or w.endswith(("-backed", "-led", "-based", "-born", "-strong"))
            or _LOWER_INITIALS.fullmatch(w)
        ):
            skipped += 1
            if skipped > 5:
                return None, e, False
            continue
        if w in ATTRIBUTIVE_BEFORE_PLURAL and skipped == 0 and not after_and:
            head = _PLURAL_NOUN_NEXT.match(text, e + t.end, e + t.end + 30)
            heads = ATTRIBUTIVE_BEFORE_PLURAL[w]
            if head is not None and (not heads or head.group(0).strip().lower() in heads):
                # "at least two earlier treatments" (dev6), "two outside historians" (dev12): an adjective before
                # its plural, not the adverb or preposition that ends the number ("two years earlier")
                skipped += 1
                continue
        if w in NOT_UNITS or not t.text[0].isalpha() or not t.text.islower():
            return (people.lower, e + people.end, False) if people and w in NOT_UNITS else (None, e, False)
        # A word in "-ed" is a verb or a participle ("100,000 died"), not a noun; short words and "-eed"
        # words are nouns ("a 24-bed ward", "seed").
        if w.endswith("ed") and len(w) > 3 and not w.endswith("eed") and w not in COUNTED_NOUNS:
            if not after_and and _PLURAL_NOUN_NEXT.match(text[e + t.end : e + t.end + 30]):
                skipped += 1
                continue  # "30 detained protesters", "five elected officials": an adjective
            if people is not None:
                return people.lower, e + people.end, False  # "four Americans killed": the Americans
            if w not in PARTICIPLE_NOUNS:
                return None, e, False  # "100,000 died": a verb
        measure = _hyphen_measure(w)
        if measure is not None:
            return measure, e + t.end, False
        if w in NUMBER_WORDS:
            # Another number is never what the first one counts ("between two and three people" gave
            # "2 three", session 9): right after "and" it is the second end of a range or a list, which
            # the range join reads; further on ("five of the seven seats") the noun after it may be.
            if after_and and skipped <= 1:
                return None, e, False
            skipped += 1
            continue
        if (len(w) == 1 and w not in LETTER_UNITS) or (len(w) <= 3 and w in AMBIGUOUS_SYMBOLS):
            # "5 p", "6.3 x 10", "3 pc": a letter, or a symbol whose reading the sentence did not
            # give, is no counted noun; the number keeps no unit rather than a wrong one.
            return None, e, False
        if w.endswith("ing") and w not in COUNTED_NOUNS and (w not in GERUND_MODIFIERS or after_and):
            if not after_and and _PLURAL_NOUN_NEXT.match(text[e + t.end : e + t.end + 30]):
                skipped += 1
                continue  # "40 underperforming stores", "30 remaining hostages": an adjective
            if not after_and and w in ING_ADJECTIVES and _modified_plural_next(text, e + t.end):
                skipped += 1
                continue  # "the 61 surviving pleasure piers" (dev21: no unit): the adjective before a noun and its plural
            return None, e, False
        if attached:
            return UNIT_CANONICAL.get(w, w), e + t.end, False  # "14-page draft": the unit is the hyphen word
        unit, unit_end = _compound_unit(text, e + t.start, w, e + t.end)
        if unit in DURATION_UNITS:
            return DURATION_UNITS[unit], unit_end, True
        return UNIT_CANONICAL.get(unit, unit), unit_end, False
    return None, e, False


_OR_MORE = re.compile(r"or\s+(?:more|fewer|less)\s+[a-z]")
# A series' seasons ordered or renewed are counted: "Netflix renewed the show for two more seasons" (review 2, session 25)
_COMMISSIONED_BEFORE = re.compile(
    r"\b(?:order|orders|ordered|commission|commissions|commissioned|renew|renews|renewed)\b(?:\s+[\w-]+){0,5}\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d[\d,.]*")


# A lowercase plural noun next: what an -ing adjective before it modifies.
_PLURAL_NOUN_NEXT = re.compile(r"\s+[a-z][a-z-]*[^s\W]s\b")


_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")
_MODIFIER_THEN_PLURAL = re.compile(r"\s+(?P<m>[a-z][a-z-]*)(?=\s+[a-z][a-z-]*[^s\W]s\b)")


def _modified_plural_next(text: str, pos: int) -> bool:
    """Whether a noun modifier and a plural follow ``pos``: "pleasure piers" after "surviving"; not a word that ends
    a noun phrase or another participle ("remaining in the ...", "surviving fighting units")."""
    m = _MODIFIER_THEN_PLURAL.match(text, pos, pos + 40)
    if m is None:
        return False
    mod = m.group("m")
    return mod not in NOT_UNITS and not mod.endswith(("ing", "ed", "ly")) and mod not in NUMBER_WORDS


# Two nouns joined by "and" before one head (session 21): "220 toll and maintenance jobs" (no figure: "220 toll" was
# read as a model's name) and "40 extra surveyors and repair staff" (counted surveyors) count the head, as the gold
# of dev16 and dev17 has them. A singular first noun modifies the head after "and" ("50 bus and train drivers"); a
# plural one is counted with the head only when the head is a workforce's (``WORKFORCE_HEADS``: "12 homes and
# jobs" counts homes). Not across a number, a determiner or another word that ends a noun phrase.
# Endings of adjectives and adverbs: such a word after "and" describes the head rather than naming a second kind.
_ADJECTIVE_ENDINGS = (
    "ly",
    "al",
    "ous",
    "ive",
    "ful",
    "ed",
    "ing",
    "est",
    "by",
    "ern",
    "ic",
    "ish",
    "less",
    "able",
    "ible",
    "ent",
    "ant",
    "ary",
    "er",
)
_JOINED_HEAD = re.compile(r"\s+and\s+(?P<mods>(?:[a-z][a-z-]*\s+){1,2}?)(?P<head>[a-z][a-z-]*)\b")
# Two words between "and" and the head, read when the first word after "and" is followed by a singular noun
# modifier (session 26, dev22): "1,100 middle and high school students" took "school" for the head and no unit
# came ("middle" was the unit).
_JOINED_HEAD_TWO = re.compile(r"\s+and\s+(?P<mods>[a-z][a-z-]*\s+[a-z][a-z-]*\s+)(?P<head>[a-z][a-z-]*)\b")


# "the 747 plane and fuel trucks": a model's number after "the" names the plane; nothing after "and" is counted.
_MODEL_AFTER_THE = re.compile(r"\bthe\s+\d{3,}\s+$", re.IGNORECASE)
# What ``_joined_head`` read, for its provenance: lowercase words, "and", lowercase words, up to the unit's end.
_JOINED_SPAN = re.compile(r"(?:\s+[a-z][a-z-]*){1,2}\s+and(?:\s+[a-z][a-z-]*){2,3}$")


def _plural_head(word: str) -> bool:
    return is_plural(word) or word in ZERO_PLURALS


def _joined_head(text: str, start: int, first: str, first_end: int) -> tuple[str, int] | None:
    """The head after "and" that ``first`` is counted with ("toll and maintenance jobs"), or None."""
    m = _JOINED_HEAD.match(text, first_end, first_end + 60)
    if m is not None and not _plural_head(m.group("head")) and len(m.group("mods").split()) == 1:
        two = _JOINED_HEAD_TWO.match(text, first_end, first_end + 60)
        m = two if two is not None and _plural_head(two.group("head")) else m
    if m is None:
        return None
    head, mods = m.group("head"), m.group("mods").split()
    if any(w in NOT_UNITS or w in UNIT_SKIP or w in NUMBER_WORDS for w in [*mods, head]):
        return None  # "300 engineers and other staff", "two cars and three vans"
    if not (is_plural(head) or head in ZERO_PLURALS) or head in NOT_COUNTED or head in S_NOT_PLURALS:
        return None
    if is_plural(first) or first in ZERO_PLURALS:
        # an adjective after "and" describes the head ("40 doctors and nursing staff" may be doctors and nurses)
        covered = (
            head in WORKFORCE_HEADS
            and first.endswith(("ers", "ors", "ists", "ians", "ics"))
            and not any(w.endswith(_ADJECTIVE_ENDINGS) for w in mods)
        )
    else:
        covered = (
            _MODEL_AFTER_THE.search(text, max(0, start - 24), start) is None
            and first not in DURATION_UNITS
            and first not in MEASURE_UNITS
            and first not in JOINED_NOT_FIRST
            and first.isalpha()
        )
    return (head, m.end()) if covered else None


def _compound_unit(text: str, start: int, first: str, first_end: int) -> tuple[str, int]:
    """The counted noun from ``first`` on: "parking spaces", "traffic lanes" -> lanes, "flu patients" -> patients.

    Nouns before a plural modify it; the plural is the head. A gerund naming a kind of thing
    stays with its noun (``GERUND_MODIFIERS``). Without a plural within two words, ``first`` is the unit.
    """
    joined = _joined_head(text, start, first, first_end)
    if joined is not None:
        return joined
    if is_plural(first) and first not in GERUND_MODIFIERS:
        return first, first_end
    pos = first_end
    run = [first]
    # Up to three words on: "two key federal watch lists", "three extensive background screenings"
    # counted "key" and "extensive" with two (session 12)
    for _ in range(3):
        m = _NEXT_LOWER_WORD.match(text[pos : pos + 40])
        if m is None or m.group(1) in NOT_UNITS:
            break
        if m.group(1).endswith("ing") and not _PLURAL_NOUN_NEXT.match(
            text[pos + m.end() : pos + m.end() + 30]
        ):
            break  # "10,000 volunteer training sessions": a gerund before a plural is part of the noun
        run.append(m.group(1))
        pos += m.end()
        if m.group(1) in QUALIFIED_HEADS or (m.group(1) == "days" and run[-2] in DAY_KINDS):
            # "four crew members", "1,100 academic staff" (staff counts in the singular: it gave
            # "academic"), "4.6 fewer migraine days": the head says what only with the word before it
            return f"{run[-2]} {m.group(1)}", pos
        if is_plural(m.group(1)) or (
            # "600,000 young fish", "40 dead sheep", "200 extra staff": a noun that counts in the singular is the head
            # after an adjective (session 31: the adjective was the unit), unless a plural follows ("fish farms")
            m.group(1) in ZERO_PLURALS and _PLURAL_NOUN_NEXT.match(text, pos, pos + 30) is None
        ):
            head = m.group(1)
            if run[-2] in GERUND_MODIFIERS:
                return f"{run[-2]} {head}", pos
            return head, pos
    return first, first_end


def _unit_before(text: str, s: int) -> str | None:
    """The counted noun the sentence is about, before the number: "the number of troops ... to 4,000"."""
    number_of = _matches(NUMBER_OF, text).last_before(s)
    if number_of is not None:
        return number_of.group("noun").lower()
    ends, units = _counted_words(text)
    i = bisect_right(ends, s)
    if i and not text[ends[i - 1] : s].strip():
        # a noun right before the number is no noun of it but a verb: "Typhoon forces 200,000 to flee" counted
        # "forces" (the lead's articles, session 24; dev2's headline the same)
        verb = text[ends[i - 1] - 12 : ends[i - 1]].split()[-1:]
        if verb and verb[0] in VERB_NAMES_COUNT:
            return VERB_NAMES_COUNT[verb[0]]  # "which seats 4,800": the verb's object is seats
        i -= 1
    return units[i - 1] if i else None


_PLACE_AFTER_UNIT = re.compile(
    r"^\s+((?P<p>in|at|across|from|to|on)\s+(?:the\s+)?(?P<name>[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*)*)"
)


def _measure(text: str, s: int, unit: str | None, kind: str, unit_end: int) -> str:
    """A short phrase saying what the number quantifies."""
    # none of these nouns measures a span of time: "Stones the size of walnuts fell for about 20 minutes" gave the 20
    # minutes the measure "size of walnuts" (session 33, the lead's note 4)
    m = _matches(MEASURE_NOUN, text).last_before(s) if kind != "duration" else None
    if (
        m is not None
        and s - m.end() < 60
        and not _DIGIT.search(text, m.end(), s)
        and m.group("m").rsplit(None, 1)[-1].lower() not in QUALIFIERS
    ):
        # not across another figure ("a budget of about €3.5m a year and employ 25 rangers" gave the rangers the
        # measure "budget of about": the lead's articles, session 25), nor a phrase ending in a qualifier
        return m.group("m").removeprefix("the ").rstrip(".")
    if kind == "duration" and text[s:unit_end].endswith(("-olds", "-old")):
        return "age"  # "81% of five-year-olds in the area" gave the measure "length of in" (the lead's note, session 26)
    if kind == "duration" and text[unit_end - 4 : unit_end].count("-") == 0 and "-" in text[s:unit_end]:
        noun = _SPACED_LOWER_WORD.match(text[unit_end : unit_end + 30])
        if noun and noun.group(1) not in _NOT_MEASURED_AFTER:
            return f"length of {noun.group(1)}"
    prev = _prev_word(text, s).lower()
    if kind == "count" and prev in _REST_BEFORE:
        # with a unit too (session 28, the lead's finding): "Two sailors were hurt and the other four were unhurt"
        # carries "sailors" to the rest, which then joined "Four sailors from another yacht" as one figure
        return REST_MEASURE
    if kind == "duration" and _comparison_span(text, s):
        return COMPARISON_SPAN_MEASURE
    after = text[unit_end : unit_end + 60]
    place = _PLACE_AFTER_UNIT.match(after)
    parts = [unit or kind]
    if prev in COUNT_VERBS and (prev.endswith("ed") or prev in _PARTICIPLES_AS_WRITTEN):
        parts.append(prev)  # "people killed", "jobs cut"; not "people employs", "people killing" (session 25)
    if place and place.group("p").lower() != "to" and not _TIME_NAME.match(place.group("name")):
        # a place the figure is in or from; not a destination after "to" ("drew 45,000 people to Port Aven") nor a
        # time ("a grant of £150,000 in October": the lead's articles, session 25)
        parts.append(place.group(1).rstrip("."))
    return " ".join(parts)


# "The other four were treated at the scene", "the remaining 12": the rest of a group named before, a count of its
# own. Unitless, it joined any one figure of the same value by value alone ("its four ferries", the lead's note,
# session 26); ``merge_mentions`` keeps it apart.
_REST_BEFORE = frozenset({"other", "remaining"})
REST_MEASURE = "count of the rest"
# "the first time in two years", "its longest in three years", "the highest in a decade": the span a superlative is
# measured over, no length of anything; the headline's "Waits at their longest in two years" was one figure with the
# body's "two-year waits" (the lead's finding, session 27). Its own measure keeps it apart (``merge_mentions``).
_COMPARISON_SPAN_BEFORE = re.compile(
    r"\b(?P<sup>[a-z]+est|first|most|least|worst|fewest)(?:\s+[a-z]+){0,2}\s+(?:in|for|over)\s+"
    r"(?:(?:more|less|fewer)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|at\s+least\s+|"
    r"the\s+(?:past|last)\s+)?$",
    re.IGNORECASE,
)
# Words in "-est" that are no superlatives: "the arrest in two years", "will harvest in three years".
_NOT_SUPERLATIVES = words(
    "rest arrest interest forest west protest harvest request contest test nest chest guest quest suggest invest "
    "digest honest modest manifest latest"
)
COMPARISON_SPAN_MEASURE = "span of comparison"


def _comparison_span(text: str, s: int) -> bool:
    m = _COMPARISON_SPAN_BEFORE.search(text, max(0, s - 50), s)
    return m is not None and m.group("sup").lower() not in _NOT_SUPERLATIVES


_PARTICIPLES_AS_WRITTEN = frozenset({"sent", "cut", "lost", "freed"})
_TIME_NAME = re.compile(rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b")


# A verb of change before "up to" / "down to" makes it the change's end, not a bound: "dues have gone
# up to $8,400" is the new level (it was "at most $8,400", session 10).
_CHANGED_BEFORE_UP_TO = re.compile(
    r"\b(?:gone|went|go|goes|going|risen|rose|rise|rises|climbed|climbs|jumped|jumps|shot|moved|crept|edged|"
    r"ticked|inched|come|came|comes|bumped|ramped|stepped|scaled|marked|bid|driven|pushed)\s+$",
    re.IGNORECASE,
)


_OVER_AT = re.compile(r"over\s", re.IGNORECASE)
# A verb of a state that lasts, perhaps with an adverb, before a state word ("has been empty", "stood largely
# idle", "remained closed"); not "was closed over three years" or "will be frozen over three years", which
# may be the span a closure or a freeze is spread over.
_STATE_VERB_BEFORE = re.compile(
    r"\b(?:been|remained|remains|remain|stayed|stays|stay|stood|stands|sat|sits|lain|lay|lies|gone|left|"
    r"kept)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def _over_a_span(text: str, q_start: int, unit: str | None) -> bool:
    """Whether "over" before a duration is the span an amount or a plan runs over ("cost $48 million over
    three years", "phased in over three years"), not "more than" ("spent over three years in jail")."""
    if not _OVER_AT.match(text, q_start):
        return False
    before = _WORD_BEFORE.search(text, max(0, q_start - 30), q_start)
    if (
        before is not None
        and before.group(1).lower() == "held"
        and (
            text[max(0, before.start() - 2) : before.start()] == ", "
            or HELD_EVENT_NOUNS.search(text, max(0, before.start() - 60), before.start()) is not None
        )
    ):
        return True  # "The trial, held over three days, drew ...": the span it was held over (the lead's note 1, 3)
    if unit not in OVER_SPAN_UNITS:
        return False
    if before is None:
        return True  # "Over three years, the firm ...": the clause opens on its span
    word = before.group(1).lower()
    if word == "in" and OVER_PARTICLE_IN.search(text, max(0, q_start - 30), q_start):
        return True
    if word in STATE_BEFORE_OVER and _STATE_VERB_BEFORE.search(
        text, max(0, before.start() - 30), before.start()
    ):
        return False  # "has been empty over five years": how long a state has lasted, more than five years
    return word not in OVER_MORE_THAN_BEFORE


def _caused_over(text: str, q_at: int) -> bool:
    """A word of dispute, departure or alarm (``CAUSE_BEFORE_OVER``) right before the "over" at ``q_at``."""
    before = _WORD_BEFORE.search(text, max(0, q_at - 30), q_at)
    return before is not None and before.group(1).lower() in CAUSE_BEFORE_OVER


def _placed_before(text: str, q_at: int) -> bool:
    """A verb of burying, trapping or covering (``PLACED_UNDER_VERBS``), its object perhaps between, ends before the
    preposition at ``q_at``: "buried (the track) under", "trapped under", "lay beneath"."""
    before = text[max(0, q_at - 40) : q_at].split()[-4:]
    return any(w.lower() in PLACED_UNDER_VERBS for w in before)


def _qualifier_before(text: str, s: int) -> tuple[str, int]:
    m = QUALIFIER_BEFORE.search(text[max(0, s - 20) : s])
    if not m:
        return "exact", s
    q_at = max(0, s - 20) + m.start()
    if m.group("q").lower() == "up to" and _CHANGED_BEFORE_UP_TO.search(text, max(0, q_at - 20), q_at):
        return "exact", s
    if m.group("q").lower() == "over" and _caused_over(text, q_at):
        return "exact", s  # "quits over £186,000 expenses claims": the cause, no bound (session 31)
    if m.group("q").lower() in ("under", "beneath") and _placed_before(text, q_at):
        return (
            "exact",
            s,
        )  # "buried the track under 20,000 tonnes of rock": a place, no bound (the lead's note, s27)
    return QUALIFIERS[fold_key(m.group("q"))], s - (len(text[max(0, s - 20) : s]) - m.start())


# People bounded by an age: "voters under 29", "Those over 60 say" (counts of 29 voters and of 60 "say",
# session 10). The number after "over"/"under" is their age when no counted noun follows it.
# Session 32: every plural of people a service or a rule is for ("patrons under 18", "players under 21", "pupils over
# 11": dev28's "patrons under 18" was a count), from ``lexicon.AGE_HOLDERS``.
# The age may be said of them by a copula ("most of the victims were over 75": dev23's gold an age, it was a count).
_AGE_HOLDER_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted(AGE_HOLDERS, key=len, reverse=True))
    + r")\s+(?:(?:were|are|was|is|being)\s+)?$",
    re.IGNORECASE,
)


# "adoptees younger than 18": a comparison of ages whatever the noun before.
_AGE_COMPARED_BEFORE = re.compile(r"\b(?:younger|older)\s+than\s+$", re.IGNORECASE)


# "61-year-old", "six-month-old": ages are not figures.
AGE = re.compile(r"[- ](?:year|month|week|day)s?[- ]old\b", re.IGNORECASE)
# "between the ages of 18 and 29" too (two counts of "people", session 10)
AGED_BEFORE = compile_case_blind(r"\b(?:aged|ages(?:\s+of)?)\s+(?:\d+\s*(?:to|and|or|-|–)\s*)?$")
# Where a phone number is given: "call 101", "the tip line at 555-0199", "helpline on 0800 555 111".
# "staff called 911 within minutes", "she dialled 999": a number dialled right after the verb, with no
# noun counted after it ("called 12 people" counts them).
_DIALLED = re.compile(r"\b(?:called|calls|phoned|rang|dialled|dialed)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r"\s+([a-z]+)")
PHONE_BEFORE = compile_case_blind(
    r"\b(?:call|calling|phone|ring|dial|text|telephone|tel|helpline|hotline|line|freephone)\b[^.;]{0,25}$",
)


def _names_pattern(names: Iterable[str]) -> str:
    """An alternation of the names, longest first, a space in a name matching any run of spaces."""
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


_SETTING_WORD = re.compile(r"\b(" + _names_pattern(DOLLAR_SETTINGS) + r")\b", re.IGNORECASE)
_SETTING_INSTITUTION = re.compile(r"\b(" + _names_pattern(DOLLAR_INSTITUTIONS) + r")\b", re.IGNORECASE)
_SETTING_PROVINCE = re.compile(r",\s(" + _names_pattern(DOLLAR_PROVINCE_ABBREVIATIONS) + r")(?!\w)")
# A state's government with a Westminster office, and a province's (``lexicon.DOLLAR_STATE_WORDS`` and the rest; session
# 32): "the state government ... Agriculture Minister Jane Doe", "Local MP ... the state government" (Australia's).
_STATE_GOVERNMENT = re.compile(r"\b(?:" + _names_pattern(DOLLAR_STATE_WORDS) + r")\b", re.IGNORECASE)
# an office before a name ("Premier Jo Hale", "MP Ann Roe"; not "Premier League"), a portfolio's minister ("Agriculture
# Minister", "Minister for Water"; not "Prime Minister", "Foreign Minister", any country's), a local or party MP
_WESTMINSTER_OFFICE = re.compile(
    r"\b(?:(?:" + "|".join(DOLLAR_WESTMINSTER_OFFICES) + r")\s+(?:for\s+)?[A-Z][a-z]+\s+[A-Z]"
    r"|(?P<portfolio>[A-Z][a-z]+)\s+Minister\b|(?:[Ll]ocal|[Ss]tate|Labor|Liberal)\s+MPs?\b)"
)


def _westminster_office(text: str) -> bool:
    return any(
        m.group("portfolio") not in DOLLAR_WESTMINSTER_NOT_BEFORE for m in _WESTMINSTER_OFFICE.finditer(text)
    )


_PROVINCE_WORD = re.compile(r"\b(?:" + _names_pattern(DOLLAR_PROVINCE_WORDS) + r")\b", re.IGNORECASE)
# "US$4.12", "U.S.$30": the American dollar written as such, no mention of the country (``dollar_currency``)
_US_DOLLAR_CODE = re.compile(r"\bU\.?S\.?\s?\$")


# A wire or newspaper dateline: a city in capitals, perhaps its region or country, perhaps the agency, then a dash
# ("TORONTO (Reuters) -", "LAKEVIEW, B.C. —", "SYDNEY, Australia –"), where a paragraph starts.
_DATELINE = re.compile(
    r"(?:^|(?<=\s))[A-Z][A-Z'.-]{2,}(?:\s[A-Z][A-Z'.-]{1,}){0,2}(?P<region>,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})?"
    # the filing date after the place, as wires write it ("HASTINGS, New Zealand, Dec 4 -": session 32, the lead's note)
    r"(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z ]{2,24}\)\s*)?[-—–]\s"
)


def dollar_currency(text: str) -> str:
    """The dollar a bare "$" or "dollars" means in this story: its setting's, when the story is set in one
    country."""
    counts: dict[str, int] = {}
    if "$" not in text and "dollar" not in text.lower():
        return "USD"
    for pattern, table, weight in (
        (_SETTING_WORD, DOLLAR_SETTINGS, 1),
        (_SETTING_PROVINCE, DOLLAR_PROVINCE_ABBREVIATIONS, 1),
        (_SETTING_INSTITUTION, DOLLAR_INSTITUTIONS, 2),
    ):
        for m in pattern.finditer(text):
            name = (
                m.group(1)
                if table is DOLLAR_PROVINCE_ABBREVIATIONS
                else " ".join(fold_key(m.group(1)).split())
            )
            cur = table[name]
            counts[cur] = counts.get(cur, 0) + weight
    dateline = _DATELINE.search(text, 0, 1500)
    if dateline is not None:
        # The dateline says where the story is filed (session 28): "WELLINGTON (Reuters) -", "TORONTO -" named the
        # country once, and one mention sets no story; there it counts twice. Explicit codes ("US$") are their own,
        # and more mentions of the United States still keep the bare dollar American.
        for pattern, table in (
            (_SETTING_WORD, DOLLAR_SETTINGS),
            (_SETTING_PROVINCE, DOLLAR_PROVINCE_ABBREVIATIONS),
        ):
            # the region or country after the city, where one is written, says which Perth ("PERTH, Scotland -")
            where = dateline.span("region") if dateline.group("region") else dateline.span()
            for m in pattern.finditer(text, *where):
                name = (
                    m.group(1)
                    if table is DOLLAR_PROVINCE_ABBREVIATIONS
                    else " ".join(fold_key(m.group(1)).split())
                )
                counts[table[name]] = counts.get(table[name], 0) + 1
    if _STATE_GOVERNMENT.search(text) and _westminster_office(text):
        counts["AUD"] = counts.get("AUD", 0) + 2  # a state's government and its minister or MP: Australia's
    if _PROVINCE_WORD.search(text):
        counts["CAD"] = counts.get("CAD", 0) + 1
    if not counts:
        return "USD"
    best = max(counts, key=lambda c: counts[c])
    # A story that writes the American dollar as "US$" tells its own "$" apart from it (session 32): the code is no
    # mention of the United States, and one mention of the setting is enough. One passing mention ("an Australian
    # firm") does not set a story in Australia otherwise.
    coded = len(_US_DOLLAR_CODE.findall(text))
    needed = 1 if coded else 2
    return best if counts[best] >= needed and counts[best] > len(US_WORD.findall(text)) - coded else "USD"


# A verb of change right before a number: "rose 7% to ...", "widened 1.4 points to ...".
_CHANGE_LEMMAS = words(
    "rise fall climb jump gain lose drop slip slide grow widen narrow increase decrease decline surge soar "
    "plunge tumble sink shrink rebound dip edge rally slump"
)
# The forms as a trie of classes in every case (``numbers.case_trie``; session 23, speed: the alternation under
# IGNORECASE took 11 microseconds to read 20 characters).
_CHANGE_VERB_JUST_BEFORE = re.compile(
    r"\b(?-i:"
    + case_trie({f for lemma in _CHANGE_LEMMAS for f in forms(lemma).all()} | {"up", "down"})
    + r")\s+(?:by\s+)?$",
    re.IGNORECASE,
)


# A share's price: the level "shares" or "stock" (of a company) moved, opened, closed or traded to or at, in the same
# clause; or a price target (``_read_number``, session 34). A market value ("valuing the company at $318m") is none:
# no comma between, and no scale word.
_SHARE_PRICE_MAX = 100_000
_SHARE_PRICE_BEFORE = compile_case_blind(
    r"\b(?:shares|stock|share\s+price)(?:\s+(?:of|in)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?"
    r"(?:\s+(?:have|has|had|were|was))?\s+(?:rose|fell|jumped|slipped|dropped|climbed|gained|lost|sank|slumped|"
    r"plunged|tumbled|surged|soared|rallied|edged|closed|opened|ended|finished|traded|trade|trading|stood|were|"
    r"rise|fall|risen|fallen|dipped|eased|advanced|declined|retreated)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,45}?\b(?:to|at)\s+$"
)
_PRICE_TARGET_BEFORE = compile_case_blind(
    r"\b(?:price\s+target|target\s+price)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,50}?\b(?:to|at|of|from)\s+$"
)
# Between a count and its noun: how often each comes ("eight daily flights"; ``_read_number``, session 34).
_COUNT_RATE_ADJECTIVE = re.compile(
    r"\s+(daily|nightly|hourly|weekly)\s+(?:[a-z][\w-]*\s+)?(?=[a-z])", re.IGNORECASE
)
# "by 40 cents to $5.20": a change's amount, then a level this many times larger (``_join_ranges``, session 34).
_BY_JUST_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_CHANGE_THEN_LEVEL = 4


# A change a forecast gives two ends of (session 18): "expects orders to fall 3% to 5%", "fares will rise by 3%
# to 4%" are a range. A level after a change of a share is reached from far below it ("rose 0.5% to 2.5%"),
# so only a second share less than twice the first is read as the range's high end.
_FORECAST_CHANGE_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|shall)\s+(?:"
    + "|".join(sorted(_CHANGE_LEMMAS, key=len, reverse=True))
    + r")\s+(?:by\s+)?(?:(?:about|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)  # a search of the whole sentence: once per (sentence, unit), not per number
def _counted_elsewhere(text: str, unit: str | None) -> bool:
    """ "one count of theft ... and two counts of tampering": the noun is counted in the plural too."""
    if not unit:
        return False
    # One pattern compiled once (session 26, speed: it was a pattern per unit, built and compiled in the call);
    # the unit's plural is compared where a number and perhaps one word end.
    plural = unit + "s"
    for m in _NUMBER_THEN_SPACE.finditer(text):
        at = m.end()
        word = _LOWER_WORD_THEN_SPACE.match(text, at)
        for p in (at, word.end()) if word is not None else (at,):
            end = p + len(plural)
            if text.startswith(plural, p) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "_")
            ):
                return True
    return False


_NUMBER_WORD_ALT = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER_THEN_SPACE = re.compile(rf"\b(?:\d+|{_NUMBER_WORD_ALT})\s+")
_LOWER_WORD_THEN_SPACE = re.compile(r"[a-z-]+\s+")

_QUALIFIER_ALT = f"(?-i:{case_trie(QUALIFIERS)})"  # (``numbers.case_trie``; session 23, speed)
# A part of one unit ("a quarter of an hour", "a fifth of a point", "a third of a million"): no share.
ONE_UNIT_PARTS = (
    "(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|century|points?|percentage|miles?|"
    "metres?|meters?|kilometres?|kilometers?|inch|inches|foot|feet|yards?|pounds?|ounces?|grams?|kilograms?|"
    "kilos?|litres?|liters?|gallons?|cups?|tonnes?|tons?|acres?|hectares?|degrees?|cents?|pence|penny|"
    "dollars?|euros?|million|billion|trillion|thousand|hundred|dozen)"
)
# Nouns of time after "half the": a part of a span, no share of an amount.
HALF_NOT_SHARE = (
    "(?:time|times|day|days|night|nights|week|weeks|month|months|year|years|season|seasons|hour|hours|decade|"
    "century|match|game|term|period|morning|afternoon|evening|"
    # idioms, no share of anything counted ("is half the battle", "spent half his life": review of session 19)
    "battle|story|fun|life|lives|career|childhood|problem|truth|reason|world)"
)
# Fractions in words: "one in five", "a quarter of", "three quarters said", "two-thirds of",
# "half of", and half a unit ("half a percentage point").
FRACTION = re.compile(
    rf"\b(?:(?P<q>{_QUALIFIER_ALT})\s+)?(?:"
    # "one in five", "Nine in 10 voters", "about 4 in 10": a proportion (session 12: "Nine in 10" was two
    # counts, 9 and 10 voters; "No. 1 in 2015" was 0.05 percent). Not "in" a span of time ("2 in 5 minutes").
    rf"(?P<one>{_NUMBER_WORD_ALT}|\d{{1,3}})\s+in\s+(?P<every>{_NUMBER_WORD_ALT}|\d{{1,3}}(?:,\d{{3}})*)\b(?![.,]?\d)"
    r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"
    # odds of a scaled whole, "1 in 45 million": read so that no part is taken alone (it was 2.2%; session 19, lead)
    r"(?P<odds>\s+(?:thousand|million|billion|trillion)\b)?"
    r"|(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<part>half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
    # "a quarter of an hour", "a fifth of a point": a part of one unit, no share (session 19)
    r"(?!\s+of\s+an?\s+(?:[a-z]+\s+)?" + ONE_UNIT_PARTS + r"\b)"
    r"(?=\s+(?:of|said|say|says|were|are|had|have|agreed|voted|reported|backed|supported|opposed|expect|expected|"
    r"believe|believed|think|thought|want|wanted"
    # a fraction as a change against another amount: "about a quarter less than the government had forecast" (the
    # lead's articles, session 25: no figure)
    r"|(?:less|more|fewer|lower|higher|smaller|larger|bigger|cheaper|dearer)\s+than"
    # a proportion of another amount: "dimming would save only a third as much" (dev23's gold 33.33; session 34)
    r"|as\s+(?:much|many))\b)"
    # "nine out of 10 people": a proportion of a small whole or of a hundred/thousand, as "one in five"
    # is; read as a count it was the confident wrong "9" (session 9). A larger whole ("12 out of 20
    # games") stays two counts.
    rf"|(?P<outn>{_NUMBER_WORD_ALT}|\d{{1,3}})\s+out\s+of\s+(?P<outof>{_NUMBER_WORD_ALT}|10|100|1,?000|[2-9])\b(?![.,]?\d)"
    # "half of the members", not "the second half of 2027" (a period, no share: session 9)
    r"|(?<!first\s)(?<!second\s)(?<!latter\s)(?<!former\s)(?<!other\s)(?<!back\s)(?<!front\s)"
    r"(?P<half>half)(?!\s+of\s+an?\s+(?:[a-z]+\s+)?" + ONE_UNIT_PARTS + r"\b)(?=\s+of\b"
    # "about half its normal level", "less than half the usual 410 mm" (dev5, dev15, session 19); not half
    # of a span of time ("half the year", "for half the match"), which is when, not how much
    r"|\s+(?:the|its|their|his|her|our|this|that|these|those)\s+(?!(?:[a-z]+\s+){0,2}?"
    + HALF_NOT_SHARE
    + r"\b))"
    r"|(?P<halfa>half\s+an?)\s+(?P<hunit>percentage\s+point|point|hour|day|week|month|year|mile|kilometre|litre)\b"
    r")",
    re.IGNORECASE,
)


# A fraction after "by" and a verb of change (session 18): "fell by about a fifth", "cut its order by half".
BY_FRACTION = re.compile(
    rf"\bby\s+(?P<f>(?:(?P<q>{_QUALIFIER_ALT})\s+)?(?:(?P<num>a|an|one|two|three|four)[\s-]+"
    r"(?P<part>half|thirds?|quarters?|fifths?|sixth|tenths?)|(?P<half>half)))(?![\w-])(?!\s+(?:an?|of|the)\b)",
    re.IGNORECASE,
)
_BY_FRACTION_VERB_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted({f for lemma in BY_FRACTION_LEMMAS for f in forms(lemma).all()}, key=len, reverse=True))
    # Session 23: up to five words between ("reduced the number of monthly attacks by about a third")
    # "would cut the import bill \"by more than half\"" (dev21): a quotation mark may open on "by"
    + r")\b(?:\s+[\w'’-]+){0,5}?,?\s+[\"“‘]?$",
    re.IGNORECASE,
)


def _by_fractions(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    """A share a verb of change moves something by, written as a fraction: "fell by nearly a fifth" = 20%."""
    text = sent.text
    out: list[FigureDraft] = []
    for m in BY_FRACTION.finditer(text):
        if not BY_FRACTION_END.match(text, m.end()) or any(a < m.end() and m.start() < b for a, b in claimed):
            continue
        if not _BY_FRACTION_VERB_BEFORE.search(text[max(0, m.start() - 50) : m.start()]):
            continue
        q = QUALIFIERS[fold_key(m.group("q"))] if m.group("q") else "exact"
        if m.group("half"):
            value = 50.0
        else:
            num = fold_key(m.group("num"))
            share = FRACTION_PARTS[fold_key(m.group("part"))]
            value = (1 if num in ("a", "an") else NUMBER_WORDS[num]) * share
        if value >= 100:
            continue
        claimed.append(m.span("f"))
        out.append(
            FigureDraft(
                rule="figures.fractions.by",
                text=m.group("f"),
                value=_share_value(value),
                unit="percent",
                kind="percent",
                qualifier=q,
                measure="change (percent)",
                evidence=[m.group("f")],
                hint=sent.start + m.start("f"),
            )
        )
    return out


# A rank's label before "1 in ...": "No. 1 in 2015", "#1 in the polls" name a place, not a share.
_RANK_BEFORE = re.compile(r"(?:\bNo\.|\bnumber|#)\s*$", re.IGNORECASE)

# A share in words is an exact ratio: "one in three" is 100/3 percent. Six decimals (``clean_value``) made
# it 33.333333, another number than a third to twelve significant digits; fifteen drop only float noise.
_SHARE_DIGITS = 15


def _share_value(value: float) -> float:
    return float(f"{value:.{_SHARE_DIGITS}g}")


_OF_NEXT = re.compile(r"\s+of\b")
# A half in a quote that its clause tells as done: "found half their boxes dead" (no modal after it, and a verb before it
# in the quote: not "Half the boats ... will not survive").
_MODAL_IN_CLAUSE = re.compile(r"[^.;:!?]*?\b(?:will|would|could|might|may|can|should|must|won['’]t)\b")
_VERB_BEFORE_HALF = re.compile(r"\b[a-z]+(?:ed|ost|ound|ave|as)\s+$")


def _half_happened(text: str, s: int, e: int) -> bool:
    return (
        _MODAL_IN_CLAUSE.match(text, e, e + 160) is None
        and _VERB_BEFORE_HALF.search(text, max(0, s - 20), s) is not None
    )


# What makes "half a point" a share's change rather than a score: a percentage or a rate in its sentence.
_POINTS_OF_A_SCORE = re.compile(
    r"%|\bper\s?cent\b|\b(?:rates?|yields?|polls?|polling|inflation|unemployment)\b", re.I
)


def _fractions(sent: Sentence, claimed: list[tuple[int, int]], in_quote: bool = False) -> list[FigureDraft]:
    """Fractions and proportions as percentages: "nearly one in five" = 20%, "three quarters" = 75%."""
    text = sent.text
    out: list[FigureDraft] = []
    for m in FRACTION.finditer(text):
        if (
            m.group("half")
            and not _OF_NEXT.match(text, m.end())
            and (in_quote or _inside_quote(text, m.start()))
            and not _half_happened(text, m.start(), m.end())
        ):
            # "Half the boats in this harbour will not survive" in a quote: the speaker's picture (dev14); "found half
            # their boxes dead", "have lost half their yield" are what happened (dev22's and dev24's gold; session 34)
            continue
        q = QUALIFIERS[fold_key(m.group("q"))] if m.group("q") else "exact"
        unit, kind = "percent", "percent"
        if m.group("odds"):
            # A chance this small is no share a reader compares (2.2e-6 percent); nor are its numbers counts.
            claimed.append(m.span())
            continue
        if m.group("one"):
            part, every = fold_key(m.group("one")), fold_key(m.group("every")).replace(",", "")
            n_part = int(part) if part.isdigit() else NUMBER_WORDS.get(part)
            n = int(every) if every.isdigit() else NUMBER_WORDS.get(every)
            if (
                not n
                or not n_part
                or n_part >= n
                or _RANK_BEFORE.search(text, max(0, m.start() - 8), m.start())
            ):
                continue
            if n_part > 1 and n > 10 and n not in (100, 1000):
                continue  # "won 12 in 20 states" is two counts; "nine in 10", "3 in 100" are shares
            value = 100.0 * n_part / n
        elif m.group("part"):
            num = fold_key(m.group("num"))
            count = 1 if num in ("a", "an") else NUMBER_WORDS[num]
            value = count * FRACTION_PARTS[fold_key(m.group("part"))]
        elif m.group("outn"):
            part, whole = fold_key(m.group("outn")), fold_key(m.group("outof")).replace(",", "")
            n_part = int(part) if part.isdigit() else NUMBER_WORDS.get(part)
            n_whole = int(whole) if whole.isdigit() else NUMBER_WORDS.get(whole)
            if not n_part or not n_whole or n_part > n_whole or (n_whole > 10 and n_whole not in (100, 1000)):
                continue
            value = 100.0 * n_part / n_whole
        elif m.group("half"):
            value = 50.0
        else:
            hunit = _SPACES.sub(" ", m.group("hunit").lower())
            value = 0.5
            if hunit == "point" and _POINTS_OF_A_SCORE.search(text) is None:
                unit, kind = "points", "count"  # "half a point ahead" in a game (session 19, lead)
            elif hunit in ("percentage point", "point"):
                unit = "percentage points"
            else:
                unit, kind = (
                    DURATION_UNITS.get(hunit, hunit + "s"),
                    "duration" if hunit in DURATION_UNITS else "other",
                )
        claimed.append(m.span())
        out.append(
            FigureDraft(
                rule="figures.fractions",
                text=m.group(0),
                value=_share_value(value),
                unit=unit,
                kind=kind,
                qualifier=q,
                measure=f"share ({unit})" if unit == "percent" else unit,
                evidence=[m.group(0)],
                hint=sent.start + m.start(),
            )
        )
    return out


# Session 34: a part of one unit of measure or time (``measures.UNIT_PART_UNITS``): "Up to three-quarters of an inch"
# (0.75 in; it was a count of three "quarters"), "a quarter of a mile", "about a quarter acre", "a quarter-mile", "a
# half-day job" (0.5 days), "half an acre". A part with "of a" may be any fraction; one written before its unit
# ("a quarter acre") only a half or a quarter after "a", or any part glued by a hyphen ("three-quarter-inch"): "a third
# day" is an ordinal. "half a day", "half an hour" stay ``FRACTION``'s (its ``halfa``); "the half-year results" names
# a period (no "a"), and "a half-year" is left to it too.
_UNIT_PART_WORDS = "|".join(sorted(UNIT_PART_UNITS, key=len, reverse=True))
_UNIT_PART = re.compile(
    rf"\b(?:(?P<q>{_QUALIFIER_ALT})\s+)?(?:(?P<num>an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
    r"(?P<part>half|thirds?|quarters?|fifths?|eighths?|tenths?)"
    r"(?:(?P<of>\s+of\s+an?\s+)|(?P<glue>-)|(?P<space>\s+)|(?<=half)\s+an?\s+)"
    rf"(?P<u>{_UNIT_PART_WORDS})\b(?!-(?:old|long)\b)(?!\s+(?:later|earlier|ago|before|after)\b)",
    re.IGNORECASE,
)
_PARTS_NAMED_BEFORE = re.compile(r"\b(?:first|second|last|latter|former|other|back|front)\s+$", re.IGNORECASE)
_HALF_A_UNITS = frozenset({"hour", "day", "week", "month", "year", "mile", "kilometre", "litre"})


def _unit_part_written(m: re.Match[str], part: str, word: str, num: str) -> bool:
    """Whether ``_UNIT_PART``'s match is a part of one unit as written: "of a" after any part; "half an inch" (not
    "half a day", ``FRACTION``'s); "a quarter acre", "a half mile" after "a"; a hyphen after a part in the singular
    ("three-quarter-inch", "half-day"), not "a half-year" (a period)."""
    if m.group("of") is not None:
        return True
    if m.group("glue") is None and m.group("space") is None:
        return word not in _HALF_A_UNITS
    if part.endswith("s"):
        return False  # "two thirds voted", "three quarters hours"
    if m.group("space") is not None:
        return part in ("half", "quarter") and num in ("a", "an")  # not "a third day" (an ordinal)
    if word == "year" and num in ("a", "an", ""):
        return False
    return num != "" or part == "half"


def _unit_parts(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    """A part of one unit: "three-quarters of an inch" = 0.75 in, "a half-day" = 0.5 days."""
    text = sent.text
    out: list[FigureDraft] = []
    for m in _UNIT_PART.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in claimed):
            continue
        if _PARTS_NAMED_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "the second half of a mile": a named part, no amount
        part, word = fold_key(m.group("part")), fold_key(m.group("u"))
        num = fold_key(m.group("num") or "")
        if not _unit_part_written(m, part, word, num):
            continue
        count = 1 if num in ("", "a", "an", "one") else NUMBER_WORDS[num]
        unit, kind = UNIT_PART_UNITS[word]
        q = QUALIFIERS[fold_key(m.group("q"))] if m.group("q") else "exact"
        start = m.start() if m.group("q") or num not in ("a", "an") else m.start("part")
        claimed.append((m.start(), m.end()))
        out.append(
            FigureDraft(
                rule="figures.fractions.unit_part",
                text=text[start : m.end()],
                value=_share_value(count * FRACTION_PARTS[part] / 100),
                unit=unit,
                kind=kind,
                qualifier=q,
                measure=unit,
                evidence=[text[start : m.end()]],
                hint=sent.start + start,
            )
        )
    return out


# ---------------------------------------------------------------- ages
# Ages are figures (issue 15): a duration in years (months, weeks, days) whose measure is
# "age". The forms news writes them in, each a pattern: "a 61-year-old owner", "five years
# old", "40 - 50 years old", "3 years of age", "aged 43" / "age 87" / "aged 60 to 79",
# "an 87 yo man", and the appositive "Janet Moyer, 58, pleaded". An age needs one of these
# words or that apposition: a bare "43" is never taken for one.
_AGE_NUM = rf"(?:\d{{1,3}}|{WORDS})"
_AGE_SEP = r"(?:\s*[-–]\s*|\s+)"
_AGE_RANGE = rf"(?:\s*(?:-|–|to|or)\s*(?P<n2>{_AGE_NUM}))?"
# A thing's age written with a thousands separator: "a torc about 2,000 years old" (session 24: no figure; the
# gold of dev5 reads a span of 2,000 years). Only before "years old", where no count can be meant.
_AGE_NUM_LONG = rf"(?:(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+(?![\d.,]\d)|{_AGE_NUM})"
# A person named by kin after a possessive, whose age "is" a bare number: "My mother is 94 and has lived there"
# (session 24, dev20: a count); "when she was about eight" (a count, left by session 23) is the same form.
_KIN = (
    r"(?:mother|father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|grandson|granddaughter|"
    r"mum|dad|mom|partner|child)"
)
AGE_PATTERNS = re.compile(
    rf"""(?xi)
    \b(?P<n>{_AGE_NUM_LONG}){_AGE_RANGE}{_AGE_SEP}(?P<u>year|month|week|day)s?{_AGE_SEP}old\b
    | \b(?P<n_of>{_AGE_NUM}){_AGE_RANGE.replace("n2", "n2_of")}\s+(?P<u_of>year|month|week|day)s?\s+of\s+age\b
    | \b(?:aged|ages|age|age\s+of|at\s+the\s+age\s+of|age,\s+now)\s+(?:(?P<aged_bound>over|above|under|below)\s+)?
        (?P<n_aged>\d{{1,3}}|(?:(?<=aged\s)|(?<=over\s)|(?<=above\s)|(?<=under\s)|(?<=below\s)){WORDS})
        (?(aged_bound)(?!\s+(?:years?|months?|weeks?|days?|hours?)\b))
        (?:\s*(?P<sep_aged>-|–|to|and)\s*(?P<n2_aged>\d{{1,3}}|(?:(?<=to\s)|(?<=and\s)){WORDS}))?(?![\d.,]\d)(?!\s*%)\b
    | \b(?:aged|ages)\s+between\s+(?P<n_btw>\d{{1,3}}|{WORDS})\s+and\s+(?P<n2_btw>\d{{1,3}}|{WORDS})(?![\d.,]\d)
        (?!\s*(?:%|percent\b|per\s+cent\b|months?\b|weeks?\b|days?\b))\b
    | \b(?P<n_yo>\d{{1,3}})\s*(?:yo|y/o|y\.o\.|yrs?\.?\s+old)(?!\w)
    | \b(?:die[sd]|dying|retired?|retiring|married|left\s+school|left\s+home|emigrated)\s+at\s+(?P<n_at>\d{{1,3}})
        (?![\d.,]\d)(?!\s*(?:%|[ap]\.?m\b|o'clock|hours?|percent|per\s+cent|:\d|(?-i:[A-Z])))\b
    | \b(?:died|retired|married)\s+(?:last|this|in|on)\s+\w+(?:\s+\d{{4}})?\s+at\s+(?P<n_at_late>\d{{2,3}})
        (?![\d.,]\d)(?!\s*(?:%|[ap]\.?m\b|o'clock|hours?|percent|per\s+cent|:\d|(?-i:[A-Z])))\b
    | (?:\b(?:She|He)|\b(?:my|his|her|their|our)\s+{_KIN})\s+(?:was|is|will\s+be|would\s+be|turns|turned)\s+
        (?:(?:about|around|nearly|almost|only|just)\s+)?(?P<n_was>\d{{1,3}}|{WORDS})(?![\d.,]\d)
        (?=\s*(?:[.;,]|$|\s+(?:when|and)\b))(?!\s+and\s+a\s+half\b)
    """
)
# "Janet Moyer, 58, pleaded", "Tom Hale, 43, of Leeds": a capitalised name, the number between
# commas, then a lowercase word. Lists ("Chapter 11, 12, and 13") have no name before them.
# "Gloria Garcia, 34, a nurse"; a relative named by kin takes the age the same way: "his eldest daughter,
# 34, has built" (a count of 34, session 10).
AGE_APPOSITION = re.compile(
    r"\b(?:[A-Z][\w'’.-]*|daughter|son|wife|husband|mother|father|brother|sister|widow|widower|grandson|"
    r"granddaughter|grandmother|grandfather|niece|nephew|cousin|"
    # a person named by what they are, as headlines write them: "Chess prodigy, 12, becomes youngest grandmaster" was a
    # count (the lead's articles, session 24)
    r"prodigy|boy|girl|teenager|schoolboy|schoolgirl|pensioner|grandma|grandpa|man|woman|widow),\s(?:now\s)?"
    r"(?P<n>\d{1,3}),\s+(?=[a-z])"
)
# "Kealan Mallender (44) had worked ...", "Mr Heskin (38) and his partner": the age in brackets after a person's name,
# as British and Irish papers write it (session 30, dev26: no figure). A name of two to four capitalised words, or a
# title and a surname, then the number alone in brackets; not after a word of a match or a result ("lost to Harbour
# Rovers (3)", ``measures.BRACKET_SCORE_BEFORE``), nor before a digit or a dash ("(3)-1"). The gate is
# ``_AGE_BRACKET_HINT``.
_NAME_WORD = r"[A-Z][a-z\u00c0-\u024f]+(?:[-'’][A-Z]?[a-z\u00c0-\u024f]+)?"
AGE_BRACKETED = re.compile(
    rf"(?<![\w'’.-])(?P<before>[A-Za-z]+\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+{_NAME_WORD}|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
    r"\s\((?P<n>\d{1,3})\)(?=\s+[a-z]|,\s|\s+and\s|[.;:]\s)"
)
_AGE_BRACKET_HINT = re.compile(r"[a-z] \(\d{1,3}\)")


def _age_bracket_hint(text: str) -> bool:
    """``_AGE_BRACKET_HINT.search(text) is not None``, asked only of a text holding its " (" (session 34, speed: the
    pattern opens with a lowercase letter, and the engine entered it at most characters of every sentence)."""
    return " (" in text and _AGE_BRACKET_HINT.search(text) is not None


# "aged 70 or over", "children 12 and under": the bound of an age.
AGE_BOUND_AFTER = re.compile(r"\s+(?:or|and)\s+(over|older|above|more|under|younger|below)\b", re.IGNORECASE)
# Two cheap gates for the age rules: an age word, or an apposition ("Lopez, 34, said"). Each
# opens with what a match starts with (a first-character test, or the literal comma the
# engine jumps to), so most positions fail at once; a gate may let through more than the
# rules then find, never less.
_AGE_WORD_HINT = re.compile(
    r"(?=[oay/])(?:\bold\b|\bage[ds]?\b|\byo\b|y/o)|\b(?:die[sd]|dying|retire[ds]?|retiring|married|school|home|emigrated) at \d"
    r"|\b(?:died|retired|married) (?:last|this|in|on) "
    r"|(?=[SH])\b(?:She|He) (?:was|is|will be|would be|turns|turned) "
    rf"|\b(?:my|his|her|their|our) {_KIN} (?:was|is|will be|would be|turns|turned) ",
    re.IGNORECASE,
)
# ``_AGE_WORD_HINT`` for the lowercased sentence (see ``_plain_case``), every branch opening with
# its first letter so that the engine skips in C to the letters that can open one (each branch's
# ``\b`` before it is the ``(?<!\w.)`` after that letter): 3.5 times faster, the same answer.
_AGE_VERB = "(?:was|is|will be|would be|turns|turned) "
_AGE_WORD_HINT_LOWER = re.compile(
    # (its branches grouped by their first letter, the ``\b`` read once per group: session 27, speed, a quarter less
    # time than one branch per word; the same answer, ``tests/test_rules_speed_s27.py``)
    rf"o(?<!\w.)(?:ld\b|ur {_KIN} {_AGE_VERB})"
    r"|a(?<!\w.)ge[ds]?\b"
    r"|y(?:(?<!\w.)o\b|/o)"
    r"|d(?<!\w.)(?:(?:ie[sd]|ying) at \d|ied (?:last|this|in|on) )"
    r"|r(?<!\w.)etir(?:(?:e[ds]?|ing) at \d|ed (?:last|this|in|on) )"
    rf"|m(?<!\w.)(?:arried (?:at \d|(?:last|this|in|on) )|y {_KIN} {_AGE_VERB})"
    rf"|s(?<!\w.)(?:chool at \d|he {_AGE_VERB})"
    rf"|h(?<!\w.)(?:ome at \d|e {_AGE_VERB}|is {_KIN} {_AGE_VERB}|er {_KIN} {_AGE_VERB})"
    r"|e(?<!\w.)migrated at \d"
    rf"|t(?<!\w.)heir {_KIN} {_AGE_VERB}"
)
_AGE_APPOSITION_HINT = re.compile(r",(?<=\w,) (?:now )?\d{1,3}, [a-z]", re.IGNORECASE)
# The oldest a person or thing may be said to be "old" in years and still be an age, not a
# span of history ("the 500-year-old bridge" is an age too, so the bound is generous).
_AGE_MAX = 5000


def _age_value(raw: str | None) -> float | None:
    if raw is None:
        return None
    digits = raw.replace(",", "")
    return float(digits) if digits.isdigit() else words_value(raw)


_WHEN_BEFORE = re.compile(r"\bwhen\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r"\s*,?\s*(?:when|at\s+the\s+time)\b", re.IGNORECASE)


def _age_in_words_told(text: str, m: re.Match[str]) -> bool:
    """An age after "is"/"was" written in words ("she was about eight") is one only in a clause of time ("when she
    was eight", "she was eight when ...") or of a kin noun ("my son is two"); never "one", a pronoun's number."""
    if m.group("n_was").lower() == "one":
        return False
    if not m.group(0)[:3].lower().startswith(("she", "he ")):
        return True  # "my mother is ninety"
    return bool(
        _WHEN_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _WHEN_AFTER.match(text, m.end())
    )


def _ages(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    text = sent.text
    out: list[FigureDraft] = []
    bracketed = AGE_BRACKETED.finditer(text) if _age_bracket_hint(text) else ()
    for m in [*AGE_PATTERNS.finditer(text), *AGE_APPOSITION.finditer(text), *bracketed]:
        g = m.groupdict()
        n = (
            g.get("n")
            or g.get("n_of")
            or g.get("n_aged")
            or g.get("n_btw")
            or g.get("n_yo")
            or g.get("n_at")
            or g.get("n_at_late")
            or g.get("n_was")
        )
        if (g.get("n_at") or g.get("n_was")) and not 0 < (_age_value(n) or 0) <= 120:
            continue  # "died at 88", "She was 88.": a person's age
        if g.get("n_was") and not (n or "").isdigit() and not _age_in_words_told(text, m):
            continue  # "Of the 12 who survived, she was one": a pronoun's number, no age (review 1, session 24)
        if g.get("n_at_late") and not 24 < float(n or 0) <= 120:
            continue  # "died last June at 90"; "died on Monday at 11" may be the hour
        n2 = g.get("n2") or g.get("n2_of") or g.get("n2_aged") or g.get("n2_btw")
        value, value_max = _age_value(n), _age_value(n2)
        if value is None or not 0 < value <= _AGE_MAX:
            continue
        if m.re is AGE_APPOSITION and value > 120:
            continue
        if m.re is AGE_BRACKETED and (
            not 0 < value <= 120 or (m.group("before") or "").strip().lower() in BRACKET_SCORE_BEFORE
        ):
            continue  # "(2019)" is a year; "lost to Harbour Rovers (3)" a result
        # "sons aged seven and nine": two ages, one each (dev20's gold), not a range as "aged 6 to 11" is; unless a
        # noun follows the second, which it counts ("a girl aged seven and three dogs")
        second = None
        if (g.get("sep_aged") or "").lower() == "and" and value_max is not None:
            noun = _NEXT_LOWER_WORD.match(text, m.end("n2_aged"))
            if noun is None or not (is_plural(noun.group(1)) or noun.group(1) in ZERO_PLURALS):
                second = (m.start("n2_aged"), m.end("n2_aged"), value_max)
            value_max = None
        if value_max is not None and value_max <= value:
            value_max = None
        unit = (g.get("u") or g.get("u_of") or "year").lower() + "s"
        apposed = m.re is AGE_APPOSITION or m.re is AGE_BRACKETED
        start, end = m.start("n") if apposed else m.start(), m.end()
        if apposed:
            end = m.end("n")
        if g.get("sep_aged") and g["sep_aged"].lower() == "and":
            end = m.end("n_aged")
        if any(a < end and start < b for a, b in claimed):
            continue
        q, q_start = _qualifier_before(text, start)
        if g.get("n_was"):
            # "when she was about eight": the qualifier stands inside the clause, before the number
            q = _qualifier_before(text, m.start("n_was"))[0]
        bound = AGE_BOUND_AFTER.match(text, end)
        if value_max is not None:
            q = "range"
        elif g.get("aged_bound"):
            # "people aged over 65": an age bound (it was a count of 65 people, session 19)
            q = "at_least" if g["aged_bound"].lower() in ("over", "above") else "at_most"
        elif bound is not None:
            q = "at_least" if bound.group(1).lower() in ("over", "older", "above", "more") else "at_most"
            end = bound.end()
        claimed.append((start, end))
        evidence = text[min(start, q_start) : end]
        out.append(
            FigureDraft(
                rule="figures.ages",
                text=evidence,
                value=clean_value(value),
                value_max=clean_value(value_max) if value_max is not None else None,
                unit=unit,
                kind="duration",
                qualifier=q,
                measure="age",
                evidence=[evidence],
                hint=sent.start + min(start, q_start),
            )
        )
        if second is not None:
            s2, e2, v2 = second
            claimed.append((s2, e2))
            out.append(
                FigureDraft(
                    rule="figures.ages",
                    text=text[s2:e2],
                    value=clean_value(v2),
                    unit=unit,
                    kind="duration",
                    qualifier="exact",
                    measure="age",
                    evidence=[text[s2:e2]],
                    hint=sent.start + s2,
                )
            )
    return out


# How many of the smaller unit one larger unit holds: "six years and eight months" = 80 months.
_SUBDIVISIONS: dict[tuple[str, str], int] = {
    ("years", "months"): 12,
    ("weeks", "days"): 7,
    ("days", "hours"): 24,
    ("hours", "minutes"): 60,
    ("minutes", "seconds"): 60,
}
_NUM = rf"(?:{_NUMBER_WORD_ALT}|\d+)"
# Session 27 (the lead's note): the two parts may stand side by side with no "and" ("crossed the line in 2 hours 41
# minutes", "3 minutes 20 seconds"), and hours, minutes and seconds may be abbreviated and glued ("1hr 5min"); they
# were two figures. The second part of such a pair is in digits (``_UNIT_THEN_DIGIT``, the cheap test before).
COMPOUND_DURATION = re.compile(
    rf"\b(?:(?P<q>{_QUALIFIER_ALT})\s+)?(?P<n1>{_NUM})(?:\s+|(?<=\d)(?=hrs?\b))"
    r"(?P<u1>years?|weeks?|days?|hours?|hrs?|minutes?)"
    rf"(?:,?\s+and\s+(?P<n2>{_NUM}|a|an)\s+|,?\s+(?P<d2>\d+)(?:\s+|(?=mins?\b|secs?\b)))"
    r"(?P<u2>months?|days?|hours?|minutes?|mins?|seconds?|secs?)\b"
    # a third part (session 33, the lead's note 1): "2 hours 9 minutes 41 seconds", "1 hour, 5 minutes and 12 seconds"
    rf"(?:,?\s+(?:and\s+)?(?P<n3>\d+|{_NUM})(?:\s+|(?<=\d)(?=mins?\b|secs?\b))(?P<u3>minutes?|mins?|seconds?|secs?)\b)?",
    re.IGNORECASE,
)
# Abbreviated units of time a compound duration may be written in ("1hr 5min").
_ABBREVIATED_TIME: dict[str, str] = {"hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes"} | {
    "sec": "seconds",
    "secs": "seconds",
}
_DATE_AFTER_SPAN = re.compile(r"\s+(?:ago|earlier|later)\b(?!\s+than\b)", re.IGNORECASE)


# A count written with more digits than this is no figure (no float holds it: float() of the int raised
# OverflowError, and int() of 4,300 digits or more ValueError, so "4 hours and <400 nines> minutes" lost its
# sentence's items). Far above any count a float holds exactly, far below 1.8e308.
_MAX_COUNT_DIGITS = 300


def _count(word: str) -> int | None:
    low = fold_key(word)
    if low.isdigit():
        return int(low) if len(low) <= _MAX_COUNT_DIGITS else None
    return 1 if low in ("a", "an") else NUMBER_WORDS.get(low)


def _compound_durations(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    """A duration in two units is one figure in the smaller unit (the gold's convention)."""
    text = sent.text
    out: list[FigureDraft] = []
    for m in COMPOUND_DURATION.finditer(text):
        u1, u2 = fold_key(m.group("u1")), fold_key(m.group("u2"))
        big = DURATION_UNITS.get(u1) or _ABBREVIATED_TIME[u1]
        small = DURATION_UNITS.get(u2) or _ABBREVIATED_TIME[u2]
        per = _SUBDIVISIONS.get((big, small))
        n1, n2 = _count(m.group("n1")), _count(m.group("n2") or m.group("d2"))
        if m.group("d2") is not None and _DATE_AFTER_SPAN.match(text, m.end()):
            continue  # "2 years 3 months ago": a date, read as before
        if per is None or n1 is None or n2 is None:
            continue
        value = float(n1 * per + n2)
        if m.group("u3") is not None:
            # a chain of three ("2 hours 9 minutes 41 seconds" is 7,781 seconds); a third part no smaller unit of the
            # second is left out of the figure, as it was
            third = DURATION_UNITS.get(fold_key(m.group("u3"))) or _ABBREVIATED_TIME[fold_key(m.group("u3"))]
            per3 = _SUBDIVISIONS.get((small, third))
            n3 = _count(m.group("n3"))
            if per3 is not None and n3 is not None:
                value, small = value * per3 + n3, third
        claimed.append(m.span() if m.group("u3") is None or small == third else (m.start(), m.end("u2")))
        q = QUALIFIERS[fold_key(m.group("q"))] if m.group("q") else "exact"
        out.append(
            FigureDraft(
                rule="figures.compound_durations",
                text=text[m.start() : claimed[-1][1]],
                value=value,
                unit=small,
                kind="duration",
                qualifier=q,
                measure=f"length of time ({small})",
                evidence=[text[m.start() : claimed[-1][1]]],
                hint=sent.start + m.start(),
            )
        )
    return out


# A tally: "voted 5-2", "won 3-1", "a 40-12 vote". Each side is a count.
TALLY = re.compile(r"(?<![\w.,/:-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w.,/:-]*\d)")
TALLY_CONTEXT_BEFORE = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|won|wins?|beat|lost|loses?|defeated|ruled|decision|margin|score[ds]?|drew|draw|"
    r"victory|passed|approved|rejected|backed)\b[^.;]{0,25}$",
    re.IGNORECASE,
)
# After the tally: what it decided, or a team's record ("a 3-14 start", "a 10-6 season": wins and
# losses, not a range from 3 to 14).
TALLY_CONTEXT_AFTER = re.compile(
    r"^\s+(?:vote|votes|victory|win|defeat|decision|majority|ruling|verdict|"
    r"start|record|season|finish|run|streak|scoreline|loss|draw|tie|split)\b",
    re.I,
)


def _tallies(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    text = sent.text
    out: list[FigureDraft] = []
    for m in TALLY.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        # "a motion ... which failed 3-6": a vote's verb right before the tally (it was the range 3-6)
        vote_verb = _vote_before(text, max(0, m.start() - 40), m.start())
        if not (
            vote_verb
            or TALLY_CONTEXT_BEFORE.search(before)
            or TALLY_CONTEXT_AFTER.match(text[m.end() : m.end() + _AHEAD])
        ):
            continue
        votes = _VOTE_WORD.search(before + text[m.end() : m.end() + 12]) or vote_verb
        unit = TALLY_VOTES if votes else None
        claimed.append(m.span())
        for side, label in (("a", "for"), ("b", "against")):
            # Each side is grounded on its own digits inside the tally, so the two stay two figures.
            out.append(
                FigureDraft(
                    rule="figures.tallies",
                    text=m.group(side),
                    value=float(m.group(side)),
                    unit=unit,
                    kind="count",
                    qualifier="exact",
                    measure=f"{unit} {label}" if unit else f"tally, side {1 if side == 'a' else 2}",
                    evidence=[m.group(side)],
                    hint=sent.start + m.start(side),
                )
            )
    return out


# Dimensions written with "x" or "×" (docs/figures.md): "1920 x 1080 pixels", "a 2 x 4 metre plot",
# "12x10 feet", "3 m x 4 m", "2 x 3 x 1.5 metres". Each side is a figure of its own, in the unit written
# once after the last side (or after each). Not "6.3 x 10^11" (scientific notation, read elsewhere),
# not a relay's legs ("4 x 400 metres relay"); sides with no unit only where the sentence speaks of
# a size or a screen ("a 1920×1080 screen"), else they are read as any number.
_SIDE = r"\d[\d,]*(?:\.\d+)?"
_DIM_UNIT = "|".join(sorted((re.escape(u) for u in DIMENSION_UNITS), key=len, reverse=True))
DIMENSION = re.compile(
    rf"(?<![\w.,/^-])(?P<a>{_SIDE})(?:\s?(?P<ua>{_DIM_UNIT}))?\s?[x×]\s?(?P<b>{_SIDE})(?:\s?(?P<ub>{_DIM_UNIT}))?"
    rf"(?:\s?[x×]\s?(?P<c>{_SIDE})(?:\s?(?P<uc>{_DIM_UNIT}))?)?(?![\w^⁰¹²³⁴⁵⁶⁷⁸⁹⁻]|[.,]\d)"
)
_DIMENSION_HINT = re.compile(r"[x×]\s?\d")
_RELAY = re.compile(r"\b(?:relays?|medley|legs)\b", re.IGNORECASE)


def _dimensions(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    text = sent.text
    out: list[FigureDraft] = []
    if _RELAY.search(text):
        return out
    sized = _SIZE_WORDS.search(text) is not None or CONTEXTS["screen"].search(text) is not None
    for m in DIMENSION.finditer(text):
        sides = [g for g in ("a", "b", "c") if m.group(g)]
        units = [m.group("u" + g) for g in sides]
        if units[-1] == "P" and not CONTEXTS["screen"].search(text):
            units[-1] = None  # "P" is a pixel only among words of screens
        if units[-1] is None and not sized:
            continue  # "a 4x4 grid": no unit and no size: the numbers are read as any number
        for i in range(len(units) - 2, -1, -1):
            units[i] = units[i] or units[i + 1]  # the unit is written once, after the last side
        claimed.append(m.span())
        for i, (g, u) in enumerate(zip(sides, units, strict=True)):
            unit = DIMENSION_UNITS[u] if u else None
            out.append(
                FigureDraft(
                    rule="figures.dimensions",
                    text=m.group(g),
                    value=float(m.group(g).replace(",", "")),
                    unit=unit,
                    kind="other" if unit else "count",
                    qualifier="exact",
                    measure=f"size, side {i + 1} of {len(sides)}",
                    evidence=[m.group(g)],
                    hint=sent.start + m.start(g),
                )
            )
    return out


# A spoken list of counts ending in their noun: "eight, nine, ten patients" is a range.
NUMBER_LIST = compile_case_blind(
    rf"\b(?P<first>{_NUMBER_WORD_ALT}|\d+)(?:,\s+(?:{_NUMBER_WORD_ALT}|\d+)){{1,4}},?\s+(?:(?:or|and|to)\s+)?"
    rf"(?P<last>{_NUMBER_WORD_ALT}|\d+)\s+(?P<unit>[a-z]+s)\b",
)


def _number_lists(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    text = sent.text
    out: list[FigureDraft] = []
    for m in NUMBER_LIST.finditer(text):
        first, last = fold_key(m.group("first")), fold_key(m.group("last"))
        value = float(first) if first.isdigit() else float(NUMBER_WORDS[first])
        value_max = float(last) if last.isdigit() else float(NUMBER_WORDS[last])
        unit = fold_key(m.group("unit"))
        if unit in NOT_UNITS:
            continue
        claimed.append(m.span())
        out.append(
            FigureDraft(
                rule="figures.number_lists",
                text=m.group(0),
                value=value,
                value_max=value_max if value_max >= value else None,
                unit=UNIT_CANONICAL.get(unit, unit),
                kind="duration" if unit in DURATION_UNITS else "count",
                qualifier="range",
                measure=unit,
                evidence=[m.group(0)],
                hint=sent.start + m.start(),
            )
        )
    return out


_DURATION_HINT = re.compile(r"year|week|day|hour|minute|hr")


def _duration_hint(low: str) -> bool:
    """Whether ``_DURATION_HINT`` finds something in ``low``, asked by ``in`` (session 28, speed: its words open with
    common letters, at each of which the engine stopped)."""
    return "day" in low or "year" in low or "week" in low or "hour" in low or "minute" in low or "hr" in low


# What every ``COMPOUND_DURATION`` holds, in the lowercased sentence: a unit right before "and" ("two
# years and six months"). Most sentences with a unit and an "and" have no such pair, and the
# pattern itself is tried at every word under IGNORECASE (session 13).
_UNIT_THEN_DIGIT = re.compile(r"(?:year|week|day|hour|hr|minute)s?\s+\d")
_UNIT_THEN_AND_LOWER = re.compile(r"(?:year|week|day|hour|minute)s?,?\s+and\s")
# Read in the lowercased sentence. Every branch opens with a literal, so the engine skips in C to the
# characters that can open one; ``(?<!\w.)`` after "o" or "1" is the ``\b`` before it.
# ("\d in \d" is read from its space, with the digit before it checked behind: a branch that opens with a
# class or a group, not a literal, made the engine try the whole alternation at every character.)
_FRACTION_HINT = re.compile(
    r"o(?<!\w.)ne in \w| in (?<=\d in )\d"
    r"|two in \w|three in \w|four in \w|five in \w|six in \w|seven in \w|eight in \w|nine in \w"
    r"|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|out of"
)
# ``_FRACTION_HINT``'s question asked more cheaply (session 27, speed: its branches open with a space and the
# commonest letters, so the engine tried it at most characters of every sentence): its words by ``in``, and its
# "N in M" forms read back from their " in ", which only sentences holding one are searched for.
_FRACTION_IN = re.compile(
    r" in (?:(?<=\d in )\d|(?:(?<=one in )(?<!\wone in )|(?<=two in )|(?<=three in )|(?<=four in )|(?<=five in )"
    r"|(?<=six in )|(?<=seven in )|(?<=eight in )|(?<=nine in ))\w)"
)


def _fraction_hint(low: str) -> bool:
    """Whether ``_FRACTION_HINT`` finds something in ``low``, the lowercased sentence."""
    return (
        "half" in low
        or "third" in low
        or "quarter" in low
        or "fifth" in low
        or "sixth" in low
        or "seventh" in low
        or "eighth" in low
        or "ninth" in low
        or "tenth" in low
        or "out of" in low
        or (" in " in low and _FRACTION_IN.search(low) is not None)
    )


# ``_FOLD_HINT_LOWER`` and ``_ONE_UNIT_WORDS_LOWER`` asked by ``in`` (session 27, speed: the patterns' first letters
# are the commonest, so the engine tried them at most characters; a test of each word is a scan in C).
def _fold_hint(low: str) -> bool:
    return (
        "fold" in low
        or "doubl" in low
        or "tripl" in low
        or "quadrupl" in low
        or "quintupl" in low
        or "sextupl" in low
        or "septupl" in low
        or "octupl" in low
        or "twice" in low
        or "thrice" in low
        or "halv" in low
    )


def _one_unit_hint(low: str) -> bool:
    return (
        "year" in low
        or "month" in low
        or "week" in low
        or "day" in low
        or "decade" in low
        or "century" in low
        or "hour" in low
    )


_LIST_HINT = re.compile(r",(?<=\w,) \w+, ")
_TALLY_HINT = re.compile(r"\d[-–]\d")
_FOLD_HINT = re.compile(
    r"(?=[fdtqsoh])(?:fold|doubl|tripl|quadrupl|quintupl|sextupl|septupl|octupl|twice|thrice|halv)",
    re.IGNORECASE,
)
# The same words in the lowercased sentence (``_plain_case``): literals the engine skips to in C.
_FOLD_HINT_LOWER = re.compile(r"fold|doubl|tripl|quadrupl|quintupl|sextupl|septupl|octupl|twice|thrice|halv")
# A unit ``ONE_UNIT_DURATION`` needs, in the lowercased sentence: most sentences have none, and
# that scan tried its whole pattern at every word.
_ONE_UNIT_WORDS_LOWER = re.compile(r"year|month|week|day|decade|century|hour")

# Characters that IGNORECASE matches to an ASCII letter besides its two cases ("ſ" = s, "ı" and
# "İ" = i; "İ" also lowercases to two characters). The Kelvin sign lowercases to "k" and is no
# exception.
_CASE_FOLD_EXCEPTIONS = "ſıİ"


def _plain_case(text: str) -> bool:
    """Whether an IGNORECASE pattern of ASCII words finds in ``text`` exactly what its lowercase,
    case-sensitive form finds in ``text.lower()`` (same offsets): true unless ``text`` holds one of
    ``_CASE_FOLD_EXCEPTIONS``. Lowercased, the hints below can open with literals, which the engine
    skips to in C; under IGNORECASE it tries the pattern at every character."""
    # (the three characters asked by ``in``, not a generator: session 28, speed)
    return text.isascii() or not ("ſ" in text or "ı" in text or "İ" in text)


# The cents after a whole amount in words or digits: "3 dollars 50 cents", "15 dollars and 15".
_CENTS_AFTER = re.compile(
    rf"^(?:\s+and)?\s+(?P<n>\d{{1,2}}|(?:{_NUMBER_WORD_ALT})(?:[\s-](?:{_NUMBER_WORD_ALT}))?)"
    r"(?:\s+(?:cents?|pence|p)\b|(?=\s*(?:[.,;!?]|$)))",
    re.IGNORECASE,
)
# A length adjective after "1.8m" makes the "m" metres.
# "the outreach is 48m", "a height of 12m": a dimension word before a glued "m" that no noun
# follows ("48m people" counts people in millions).
_METRES_BEFORE = re.compile(
    r"\b(?:length|height|width|depth|reach|outreach|span|wingspan|distance|radius|diameter|altitude|"
    r"elevation|tall|high|deep|long|wide)\b(?:\s+\w+){0,2}\s+$",
    re.IGNORECASE,
)
_NO_NOUN_AFTER = re.compile(r"^(?:\s*[.,;:)]|\s*$|\s+(?:and|or|but|in|at|from|to)\b)")
# A code after a long number makes the number part of it: "24703 m212", "24703 L-202".
_CODE_AFTER = re.compile(r"^\s+[A-Za-z]{1,3}-?\d+\b")
_METRES_AFTER = re.compile(r"^\s+(?:tall|long|high|wide|deep|away|in\s+(?:length|height|diameter|depth))\b")
_LATE_SCALE = re.compile(r"^\s(million|billion|trillion|thousand)\b", re.IGNORECASE)
CURRENCY_SIGNS_AFTER = frozenset("€£¥₹₽₩₿₡₾₭₺元") | {"ரூ"}


def _count_word(text: str) -> int | None:
    """ "50" -> 50, "forty-five" -> 45, "fifteen" -> 15."""
    t = fold_key(text).strip()
    if t.isdigit():
        return int(t) if len(t) <= _MAX_COUNT_DIGITS else None
    total = 0
    for part in _SPACES_OR_HYPHENS.split(t):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total


# The sentence's first word (and what precedes it), compiled once: it is read for every sentence.
_FIRST_WORD = re.compile(r"\W*\w*")


# Session 34: a bare count that stands for the things a count just before counted, its noun left out: as a clause's
# subject ("seven crew aboard. Five were rescued", "All six were taken to hospital, where one was treated", "19 pilot
# whales ... but 23 others died ... and three had to be put down") or ending its clause ("can scan up to 40 patients a
# day. Its older scanner ... handles about 25": the lead's note 1, 4). The gold of dev23, dev28 and dev30 counts them
# as the count before (sailors, whales, crew); they had no unit, or "people" for "others". The count before: in the
# sentence, or the sentence before it in its paragraph; a subject is a part of it (no larger), an ending count of its
# size (within ten times), and takes its rate too.
_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|where|while|whereas|although|though)\s+"
    r"|\b(?:said|says|added|told\s+[a-z]+|reported|estimated|believed|thought)\s+(?:that\s+)?)"
    r"(?:(?:all|only|just|another|the\s+other|about|around|some|nearly|almost|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:others\s+)?(?:were|was|are|is|had|have|has|died|survived|remain|remained|will|would|could|can|may|might|"
    r"did|went|came|stayed|left|got|received|suffered|escaped|returned|managed|needed|lost)\b"
)
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.;!?]|,\s|$)")
_NOT_CARRIED_UNITS = frozenset({"times", "percent", "percentage points", "votes"})
# An amount of money with no denominator takes a rate's of the same money this near it in size (``_carried_counts``).
_PRICE_RATIO_LOW, _PRICE_RATIO_HIGH = 0.45, 2.2
# A sum named before the amount is a sum of its own, no rate ("Rent is $1,500 a month. The deposit is $2,000").
_SUM_NOUN_BEFORE = re.compile(
    r"\b(?:deposits?|fines?|bonus(?:es)?|grants?|loans?|budgets?|totals?|sums?|bills?|payments?|fees?|awards?|"
    r"settlements?|donations?|gifts?|bids?|offers?|compensation|refunds?|penalt(?:y|ies)|tax(?:es)?|levy|debts?|"
    r"profits?|loss(?:es)?|revenues?|sales|income|salar(?:y|ies)|savings|prizes?|damages|bail|price\s+tag)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)
# "people" no noun wrote: "23 others died", "three had to be put down" (a verb right after the number).
_INFERRED_PEOPLE_AFTER = re.compile(r"\s+(?:others\b|(?!people\b|persons?\b)[a-z]+\b)")


def _carried_counts(
    sent: Sentence, drafts: list[FigureDraft], previous: Sequence[FigureDraft]
) -> list[FigureDraft]:
    """Bare counts that take the noun (and rate) of the count before them (``_CLAUSE_OPENS_BEFORE``)."""
    text = sent.text
    out: list[FigureDraft] = []
    before: list[FigureDraft] = [
        p for p in previous if p.kind == "count" and p.unit and p.unit not in _NOT_CARRIED_UNITS
    ]
    rates: list[FigureDraft] = [
        p for p in previous if p.kind == "money" and p.per is not None and p.per != "share"
    ]
    for d in sorted(drafts, key=lambda f: f.hint or 0):
        at = d.hint - sent.start if d.hint is not None else -1  # (no hint: not carried, ``0 <= at`` below)
        bare = (
            d.kind == "count"
            and d.per is None
            and (
                d.unit is None
                or (
                    d.unit == "people"
                    and _INFERRED_PEOPLE_AFTER.match(text, at + len(d.text), at + len(d.text) + 20)
                )
            )
            and d.rule == "figures.numbers"
            and d.value_max is None
        )
        source = before[-1] if before else None
        if bare and source is not None and source.unit is not None and 0 <= at <= len(text):
            end = at + len(d.evidence[0])
            opens = _CLAUSE_OPENS_BEFORE.search(text, max(0, at - 24), at) is not None
            subject = (
                opens
                and _SUBJECT_VERB_AFTER.match(text, end, end + 24) is not None
                and d.value <= source.value
            )
            ending = (
                d.unit is None
                and _CLAUSE_ENDS_AFTER.match(text, end, end + 8) is not None
                and source.value > 0
                and 0.1 <= d.value / source.value <= 10
                and _VERB_ENDS_BEFORE.search(text, max(0, at - 30), at) is not None
            )
            of_them = (
                d.unit is None
                and source in previous
                and _OF_THEM.match(text, end, end + 12) is not None
                and 0 < d.value <= source.value
                and _prev_word(text, at).lower() not in PEOPLE_OBJECT_VERBS
            )
            if (subject and (d.unit is None or not _is_people_plural(source.unit))) or ending or of_them:
                d = d.model_copy(
                    update={
                        "unit": source.unit,
                        "per": source.per if ending else None,
                        "measure": source.unit,
                        "rule": "figures.units.carried_count",
                    }
                )
        elif d.kind == "money" and d.per is None and d.value_max is None and d.unit:
            rate = next((p for p in reversed(rates) if p.unit == d.unit), None)
            if (
                rate is not None
                and rate.value > 0
                and _PRICE_RATIO_LOW <= d.value / rate.value <= _PRICE_RATIO_HIGH
                and _SUM_NOUN_BEFORE.search(text, max(0, at - 40), at) is None
                and not text[max(0, at - 2) : at].strip().endswith("(")
            ):
                # "a fixed EUR 58 per megawatt-hour ... needed at least EUR 74 to break even", "costs about $1.3
                # million a year, and the new rate would add roughly $640,000": an amount of the same money, of
                # the rate's size, set against it is a rate of the same denominator (dev19, dev23, dev27, dev28;
                # session 34)
                d = d.model_copy(update={"per": rate.per, "rule": "figures.rates.carried_price"})
        out.append(d)
        if d.kind == "count" and d.unit and d.unit not in _NOT_CARRIED_UNITS:
            before.append(d)
        if d.kind == "money" and d.per is not None and d.per != "share":
            rates.append(d)
    return out


# A verb (a present or past form) right before the ending count, perhaps with a hedge: "handles about 25", "had 12".
_VERB_ENDS_BEFORE = re.compile(
    r"\b[a-z]+(?:s|ed)\s+(?:(?:about|around|roughly|some|nearly|almost|only|just|at\s+least|up\s+to)\s+)?$"
)


def find_figures(
    sent: Sentence,
    in_quote: bool = False,
    dollar: str = "USD",
    story: StoryMoney = NO_STORY,
    previous: Sequence[FigureDraft] = (),
) -> list[FigureDraft]:
    """Every figure stated in one sentence. ``dollar``: what "$" means in the story; ``story``: what it
    says of its money elsewhere (``measures.story_money``); ``previous``: the figures of the sentence before it in
    its paragraph (``_carried_counts``)."""
    text = sent.text
    found: list[_Found] = []
    first_word_end = len(_FIRST_WORD.match(text).group()) if text else 0  # type: ignore[union-attr]
    claimed: list[tuple[int, int]] = []  # spans read as fractions, tallies or lists: not numbers again
    # Cheap tests first: the special forms need words most sentences lack.
    low = text.lower()
    plain = _plain_case(text)
    age_word = _AGE_WORD_HINT_LOWER.search(low) if plain else _AGE_WORD_HINT.search(text)
    # (asked twice below; session 23, speed: once. Its words are lowercase literals, which hold for plain letters only:
    # "one ſixth" is read by the case-blind patterns, s29-tidy)
    fraction_word = not plain or _fraction_hint(low)
    special = [
        *(
            _ages(sent, claimed)
            if age_word or _AGE_APPOSITION_HINT.search(text) or _age_bracket_hint(text)
            else []
        ),
        *(
            _compound_durations(sent, claimed)
            # (the lowercase pretests hold for plain letters only: "2 hourſ 15 minutes" is tried by the pattern)
            if not plain
            or (
                _duration_hint(low)
                and ((" and " in low and _UNIT_THEN_AND_LOWER.search(low)) or _UNIT_THEN_DIGIT.search(low))
            )
            else []
        ),
        *(_by_fractions(sent, claimed) if "by " in low and fraction_word else []),
        *(_unit_parts(sent, claimed) if fraction_word else []),
        *(_once_counts(sent, claimed) if "once " in low else []),
        *(_fractions(sent, claimed, in_quote) if fraction_word else []),
        # (no tally without a dash: most sentences have none, and the pattern is tried at every digit)
        *(_tallies(sent, claimed) if ("-" in text or "–" in text) and _TALLY_HINT.search(text) else []),
        *(_number_lists(sent, claimed) if _LIST_HINT.search(text) else []),
        *(
            _dimensions(sent, claimed)
            if ("x" in text or "×" in text) and _DIMENSION_HINT.search(text)
            else []
        ),
    ]
    for m in NUMBER.finditer(text):
        figure = _read_number(sent, m, claimed, first_word_end, dollar, story)
        if figure is not None:
            found.append(figure)
            second = _hyphenated_end(text, m)
            if second is not None:
                figure = _read_number(sent, second, claimed, first_word_end, dollar, story)
                if figure is not None:
                    found.append(figure)
    _join_ranges(text, found)
    _exchange_rates(text, found)
    _carried_rates(text, found)
    _every_unit_rates(text, found)
    drafts = _figure_drafts(sent, found, in_quote)
    drafts.extend(special)
    folds = _fold_hint(low) if plain else _FOLD_HINT.search(text)
    if folds:
        drafts.extend(_multipliers(sent))
    if any(d.kind == "multiplier" for d in drafts):
        drafts = _compared_amounts(sent, drafts, story.cents)
    if not plain or _one_unit_hint(low):
        drafts.extend(_one_unit_durations(sent))
    if "twice" in low:
        drafts.extend(_twice_counts(sent, drafts))
    if any(d.unit is None or d.unit == "people" or (d.kind == "money" and d.per is None) for d in drafts):
        drafts = _carried_counts(sent, drafts, previous)
    # A value no float holds (a tally or a list of 400-digit numbers) is no figure: JSON cannot carry it.
    return [
        d for d in drafts if math.isfinite(d.value) and (d.value_max is None or math.isfinite(d.value_max))
    ]


@dataclass(frozen=True)
class _Marked:
    """A number that may state a figure, with the marks written on or around it: what ``_read_number``
    reads a unit, a qualifier and a rate from."""

    value: float  # signed; scaled down for a glued "m" of metres
    digits: bool  # written in digits, not words
    sign_start: int  # where the number starts, its minus sign included
    cur: re.Match[str] | None  # a currency sign or code just before it (searched in the 8 chars before)
    glued_m: bool  # "1.8m tall": a glued "m" of metres
    sym: re.Match[str] | None  # a unit symbol right after it
    sym_unit: tuple[str, str | None] | None
    amb: Reading | None


# A size of a body as its unit ("nine-member", read from a partitive's whole): what it counts is the noun.
_SIZE_UNIT = re.compile(rf"^(?:\d+|{_NUMBER_WORD_ALT})-(?P<n>[a-z]+)$")
# Nouns of one person whose hyphenated size keeps the people they are ("a 12-person crew", "a 40-man squad").
_SIZE_KEEPS_PEOPLE = frozenset({"person", "man", "woman", "child", "policeman"})
_CELSIUS_MAX = 60  # a bare "degrees" past it is no weather in Celsius (``measures.story_degrees``)


def _read_number(
    sent: Sentence,
    m: re.Match[str],
    claimed: list[tuple[int, int]],
    first_word_end: int,
    dollar: str,
    story: StoryMoney = NO_STORY,
) -> _Found | None:
    """The figure a number ``m`` of the sentence states (with its qualifier, unit and rate), or ``None``
    when it states none: a date, a year, an age, a phone number, an identifier, a pronoun ..."""
    text = sent.text
    s, e = m.span()
    mk = _marked_number(text, m, claimed, first_word_end)
    if mk is None:
        return None
    value, digits, cur = mk.value, mk.digits, mk.cur
    cur_start = s - (len(text[max(0, s - 8) : s]) - cur.start()) if cur else mk.sign_start
    # The qualifier stands before the currency sign: "about €17.7 billion".
    q, q_start = _qualifier_before(text, cur_start)
    start, end, unit, kind, value, marked_per = _unit_at(
        text, e, value, q, q_start, cur, cur_start, mk.glued_m, mk.sym, mk.sym_unit, mk.amb, dollar, story
    )
    sym_per = marked_per or None
    if TIMES_COMPARISON.match(text[e : e + _AHEAD]) or (
        text[e : e + 6].lower() == " times" and _CHANGE_VERB_BEFORE.search(text[max(0, s - 30) : s])
    ):
        mul_unit = _times_unit(text, s, e + len(" times"))
        return _Found(start, e + len(" times"), value, mul_unit, "multiplier", q, e + len(" times"))
    unit_end = end
    hyphen_rate = HYPHEN_RATE.match(text[e : e + 40]) if unit is None and digits else None
    if hyphen_rate is not None and hyphen_rate.group("d").lower() in RATE_DENOMINATORS:
        code, factor = HYPHEN_RATE_MONEY[fold_key(hyphen_rate.group("u"))]
        if code == "$" and factor != 1:
            code, factor = cents_reading(story)  # "a 12-cent-a-share dividend": the story's cents
        unit, kind, value = (dollar if code == "$" else code), "money", value * factor
        sym_per, end = RATE_DENOMINATORS[fold_key(hyphen_rate.group("d"))], e + hyphen_rate.end()
        unit_end = end  # "12-cent-a-share": 0.12 USD per share
    if unit is None:
        after = _unit_after_number(sent, m, s, e, value, kind, unit_end, end, dollar, claimed, story)
        if after is None:
            return None
        unit, kind, unit_end, end, value = after
    unit, kind = _standard_unit(unit, kind)
    q_rule = unit_rule = None
    if (
        kind == "count"
        and unit is not None
        and _JOINED_SPAN.match(text, e, unit_end)
        and text.endswith(unit, e, unit_end)
    ):
        unit_rule = "figures.units.joined_head"  # "220 toll and maintenance jobs" (``_joined_head``)
    if kind == "count" and unit is not None and unit in story.converted:
        kind, unit_rule = "money", "figures.units.converted_currency"  # "4,150 dravek a tonne (about $262)"
    if (
        unit == "°"
        and story.degrees
        and (story.degrees != "°C" or abs(value) <= _CELSIUS_MAX)
        # or a reading in the story's scale in the sentence: "reached 27C last week, two degrees above the average"
        # (the lead's note, session 28: the difference was "°")
        and (
            TEMPERATURE_WORDS.search(text)
            or (CELSIUS_WRITTEN if story.degrees == "°C" else FAHRENHEIT_WRITTEN).search(text)
        )
        and not ANGLE_WORDS.search(text)
        and not DEGREE_NOT_TEMPERATURE.search(text, max(0, cur_start - 60), cur_start)
        and not DEGREE_NOT_TEMPERATURE_AFTER.match(text, unit_end)
    ):
        # "the temperature reached 30 degrees" in a story in Celsius
        unit, unit_rule = story.degrees, "figures.units.story_scale"
    if q == "exact" and MODAL_CEILING_BEFORE.search(text, max(0, cur_start - 40), cur_start):
        q, q_rule = "at_most", "figures.qualifiers.modal_ceiling"  # "sales could reach $2 billion"
    if q == "at_least" and kind == "duration" and _over_a_span(text, q_start, unit):
        q, start, q_rule = "exact", cur_start, "figures.qualifiers.over_span"
    if kind == "duration" and (m.group("dhalf") or m.group("whalf")) and unit in _HALF_IN_SMALLER:
        # "four-and-a-half years" is 54 months: a duration in two units is one figure in the
        # smaller unit (the compound durations' convention), and a half is such a second unit.
        smaller, per_unit = _HALF_IN_SMALLER[unit]
        unit, value = smaller, value * per_unit
    if (
        kind == "count"
        and q in ("at_least", "at_most")
        and (unit is None or unit not in COUNTED_NOUNS)
        and 0 < value <= 120
        and (
            _AGE_HOLDER_BEFORE.search(text, max(0, start - 24), start)
            or (unit is None and _AGE_COMPARED_BEFORE.search(text, max(0, s - 16), s))
        )
    ):
        if unit is not None:
            # "Buyers over 65 pay less": the verb after the age was taken for its noun (session 32)
            unit_end = end = e
        unit, kind = "years", "duration"  # "voters under 29", "those over 60": an age, not a count
    if _not_a_count(text, s, e, start, unit_end, digits, value, unit, kind):
        return None
    if _lone_one(text, digits, value, kind, unit) and unit is not None:
        # "only one bill", "by one notch": kept by its bound; the unit a plain plural noun, as any count's
        unit, unit_rule = plural_of(unit), "figures.counts.one_bounded"
    if kind == "count" and digits and _model_number(text, m, e, value, unit):
        return None
    if unit == "fold" and _FOLD_NEXT.match(text, e, e + 8):
        return None  # "8-fold", "2.5 fold": the multiplier rule reads it (a count of "fold" was no figure)
    sized = _SIZE_UNIT.match(unit) if unit and kind == "count" else None
    if sized is not None:
        # "seven of the nine-member panel" counts members, not "nine-member"
        noun = sized.group("n")
        unit, unit_rule = (
            plural_of(noun),
            unit_rule or "figures.units.sized_body",
        )
    if unit in SINGULAR_COUNTED and text[e : e + 1] == "-" and unit not in _SIZE_KEEPS_PEOPLE:
        # "the 11-member board", "a 600-student school": members, students (dev3, dev4, dev16; it was "people")
        unit, unit_rule = unit + "s", unit_rule or "figures.units.sized_body"
    elif unit in SINGULAR_COUNTED:
        unit = (
            "troops" if unit in ("soldier", "officer", "fighter", "militant") else "people"
        )  # "one contractor dead"
    if unit == "knots" and kind == "other" and KNOTS_TIED.search(text):
        kind = "count"  # "tied three knots in the rope": knots counted, no speed (as "3 knots" already was)
    qa_at = unit_end if unit_end > e else e
    qa = QUALIFIER_AFTER_RE.match(text[qa_at : qa_at + _AHEAD])
    if (
        qa is None
        and qa_at > e
        and (before_noun := QUALIFIER_AFTER_RE.match(text[e : e + _AHEAD])) is not None
    ):
        qa, qa_at = before_noun, e  # "15 or more headache days": the bound stands before the noun
    if qa and q == "exact":
        q = QUALIFIER_AFTER[fold_key(qa.group().strip())]
    plus_scale = _LATE_SCALE.match(text[qa_at + qa.end() : qa_at + qa.end() + 12]) if qa else None
    if plus_scale is not None and qa is not None and qa.group() in ("-plus", "+") and not m.group("dscale"):
        # "a $20-plus trillion budget": the scale after the qualifier is the number's (it was $20)
        value *= SCALES[fold_key(plus_scale.group(1))]
        end = max(end, qa_at + qa.end() + plus_scale.end())
        unit_end = max(unit_end, end)
    evidence_end = max(end, unit_end)
    # A rate: "$3,500 a month", "90 barrels a day", "140 km/h" (schema 1.1 `per`).
    per = sym_per if mk.sym or hyphen_rate else None
    rate = _rate_after(text, evidence_end, kind, per, unit, start)
    rate_rule = None
    if rate is None and not per and kind == "count" and unit is None and not _inside_quote(text, s):
        times = _TIMES_RATE.match(text, evidence_end, evidence_end + 40)
        rate = _rate_after(text, times.end(), kind, None, unit) if times else None
        if rate is not None and times is not None:
            # "up to six times a day": how often, per day (the number alone was a bare count)
            rate, rate_rule = (rate[0], times.end() - evidence_end + rate[1]), "figures.rates.times"
    if rate is None and not per:
        comparative = _COMPARATIVE_AFTER.match(text, evidence_end, evidence_end + 20)
        rate = _rate_after(text, comparative.end(), kind, None, unit) if comparative else None
        if rate is not None and comparative is not None:
            # "$186 more a year", "2,000 fewer a month": the difference is a rate of the same span
            rate, rate_rule = (
                (rate[0], comparative.end() - evidence_end + rate[1]),
                "figures.rates.comparative",
            )
    if rate is None and not per:
        for_each = FOR_EACH_AFTER.match(text[evidence_end : evidence_end + 60])
        if for_each is not None and for_each.group("d") not in FOR_EACH_NOT:
            rate, rate_rule = (for_each.group("d"), for_each.end()), "figures.rates.for_each"
    if (
        rate is None
        and not per
        and kind == "money"
        and text.startswith(" each", evidence_end)
        and "hares" in text[max(0, s - 160) : s]
        and _EACH_END.match(text, evidence_end + 5) is not None
        and _SHARES_BEFORE.search(text, max(0, s - 160), s) is not None
    ):
        # "bought shares, at a minimum of £50 each", "placed 2 million new shares at 45p each": a share's price, as
        # "45p a share" is (session 29; the gold of dev19 and dev25). Of other plurals the gold is split ("resold
        # for about C$300 each", "hives worth NZ$450 each" have no ``per``): not read. The words stay the amount's.
        per, rate_rule = "share", "figures.rates.share_each"
    if (
        rate is None
        and not per
        and kind == "duration"
        and unit in _WORK_SPAN_OVER
        and "-" in text[s:unit_end]
        and (week := _WORK_SPAN_AFTER.match(text, evidence_end, evidence_end + 30)) is not None
        and TIME_SPAN_ORDER[week.group("d")] > TIME_SPAN_ORDER[unit]
        and (week.group(0).split() != ["day"] or _WORKED_BEFORE.search(text, max(0, s - 30), s) is not None)
    ):
        # "a four-day week", "a 35-hour working week", "an eight-hour day": days or hours in each week or day, as
        # "three days a week" is (session 29; dev19's gold, no ``per``). The words stay the number's ("four-day").
        per, rate_rule = week.group("d"), "figures.rates.working_week"
    if rate is not None:
        claimed.append((evidence_end, evidence_end + rate[1]))  # "a dozen" in "64 cents a dozen" is no count
        per, evidence_end = rate[0], evidence_end + rate[1]
        end = max(end, evidence_end) if kind == "percent" or unit_end <= e else end
    elif not per:
        per, rate_rule = _rate_around(text, start, evidence_end, kind, unit)
    if (
        per is None
        and kind == "money"
        and value < _SHARE_PRICE_MAX
        and not m.group("dscale")
        and not m.group("attached")
        and ("hare" in text or "tock" in text or "arget" in text)
    ) and (
        _SHARE_PRICE_BEFORE.search(text, max(0, start - 90), start) is not None
        or _PRICE_TARGET_BEFORE.search(text, max(0, start - 70), start) is not None
    ):
        # "Its shares fell 9.4 per cent to $1.87", "Shares of X rose 5.2 per cent to $18.75", "cut her price target
        # to $1.95 from $2.50": a share's price, per share as "$1.87 a share" is (the gold of dev28, dev29 and dev30,
        # whose guides write it so; dev to dev26 left it without ``per``; session 34)
        per, rate_rule = "share", "figures.rates.share_price"
    if (
        per is None
        and kind == "count"
        and unit is not None
        and unit_end > e
        and (often := _COUNT_RATE_ADJECTIVE.match(text, e, unit_end)) is not None
        and unit not in RATE_ADJECTIVE_NOUNS
    ):
        # "its eight daily flights", "two weekly markets": so many each day or week (dev30's gold per day; session
        # 34). Not "monthly" nor "annual": "12 monthly payments" are twelve payments, one a month.
        per, rate_rule = RATE_ADJECTIVES[often.group(1).lower()], "figures.rates.count_adjective"
    if per is None and kind == "count" and unit is None and not _inside_quote(text, s):
        how_often = _HOW_OFTEN_AFTER.match(text, evidence_end, evidence_end + 12)
        if how_often is not None:
            # "had written to the council 9 times": a count of times (it counted nothing); "has been patched three
            # times": of patchings, the verb's noun (session 34, ``_how_often_unit``)
            unit, unit_rule, end = (
                _how_often_unit(text, start) or "times",
                "figures.units.times",
                how_often.end(),
            )
            evidence_end = end
    if kind == "count" and unit is None and (per is None or per in TIME_SPAN_ORDER):
        subject = _change_subject(text, s)
        if subject is not None:
            # "Births fell to 48,100 from 59,700": the level and the start count what changed (no unit before)
            unit, unit_rule = subject, "figures.units.change_subject"
    scale_word = m.group("dscale") or m.group("attached") or m.group("wscale")
    return _Found(
        start,
        end,
        value,
        unit,
        kind,
        q,
        evidence_end,
        per=per,
        scale=SCALES[fold_key(scale_word)] if scale_word else None,
        rate_rule=rate_rule,
        unit_rule=unit_rule,
        qualifier_rule=q_rule,
    )


# Session 34 (the lead's note 1, 1): the South African rand glued before its amount ("Cards are blocked once fines pass
# R50", "collected R312,000 in fines", "the library's R18 million budget", "up to R30,000 a month": every one was
# missed). Not a road ("the R44", "the R2 road"), a model or a code ("R2-D2", "R32s", "R&D", "R-rated"): the "R" opens
# a word, the digits end one, and the amount has a thousands separator, cents or a scale word, or the sentence a word
# of money (``measures.CONTEXTS``).
_RAND_SIGN = re.compile(r"(?P<c>R)$")
_RAND_OPENS_AFTER = frozenset(" ([\"“‘'\n/")
_ROAD_AFTER = re.compile(
    r"\s+(?:road|highway|motorway|freeway|route|expressway|interchange|junction|near|towards|between)\b", re.I
)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# Words of money ``CONTEXTS["money"]`` lacks, for a rand with no separator ("once fines pass R50").
_RAND_MONEY_WORDS = re.compile(
    r"\b(?:fines?|fined|rands?|loans?|grants?|funds?|funding|income|revenue|profits?|debts?|owed?|owes|earn\w*)\b",
    re.IGNORECASE,
)


def _rand_before(text: str, m: re.Match[str], s: int, e: int) -> bool:
    """Whether the "R" glued before the digits ``m`` is the rand."""
    if s >= 2 and text[s - 2] not in _RAND_OPENS_AFTER:
        return False
    if e < len(text) and (text[e].isalnum() or (text[e] in "&-'’" and text[e + 1 : e + 2].isalnum())):
        return False
    if _ROAD_AFTER.match(text, e, e + 16):
        return False
    raw = m.group("digits")
    marked = "," in raw or m.group("dscale") is not None or m.group("attached") is not None
    if _THE_BEFORE.search(text, max(0, s - 6), s - 1) and not marked:
        return False
    return marked or CONTEXTS["money"].search(text) is not None or _RAND_MONEY_WORDS.search(text) is not None


def _marked_number(
    text: str, m: re.Match[str], claimed: list[tuple[int, int]], first_word_end: int
) -> _Marked | None:
    """The number ``m`` with its sign, currency and symbol marks, or ``None`` when the number itself
    (before any unit is read) states no figure: claimed by a special form, an article ("a", "an"), a
    date, a year, a phone number, an identifier, or a glued "m" that may be metres or millions."""
    s, e = m.span()
    if any(a < e and s < b for a, b in claimed):
        return None
    digits = m.group("digits") is not None
    value = number_value(m)
    if value is None:
        return None
    raw = m.group(0)
    if not digits:
        lw = raw.lower()
        if lw in ("a", "an", "half a") or (lw.startswith(("a ", "an ")) and value < 2) or value == 0:
            return None
    sym, sym_unit, amb = _symbol_after(text, m, s, e, digits)
    cur = CURRENCY_BEFORE_RE.search(text[max(0, s - 8) : s])
    if cur is None and text[s - 1 : s] == "R":
        if not digits or not _rand_before(text, m, s, e):
            return None  # "the R44", "R2-D2", "MR2": no number opens after a letter but the rand's
        cur = _RAND_SIGN.search(text[max(0, s - 8) : s])
    # A currency sign before four digits makes them no year: "priced at ¥2000", "paid $1500".
    if _no_figure(text, m, s, e, value, digits, sym is not None or cur is not None):
        return None
    s_sign = _below_zero(text, s, digits)
    if s_sign is not None:
        value = -value  # "-5 °C", "minus 5 degrees", "-1.3%": below zero
    else:
        s_sign = s
    # A scale word or a currency after the number is no label's: "Saltvara 80 million crowns" (the
    # verb is written once before a list: "ordered A to pay 312 million crowns and B 80 million crowns").
    money_marked = cur is not None or m.group("dscale") is not None or _currency_after(text, e)
    if _identifier(text, raw, s, e, digits, money_marked, sym is not None, first_word_end):
        return None
    glued = _glued_suffix(text, m, s, e, cur is not None)
    if glued == "unclear":
        return None  # "5m" without a currency: metres or millions, the text rarely says which
    glued_m = glued == "metres"
    if glued_m:
        value /= SCALES["m"]  # "1.8m tall": a length, not 1.8 million
    return _Marked(value, digits, s_sign, cur, glued_m, sym, sym_unit, amb)


def _yen_or_yuan(text: str, story: StoryMoney) -> str:
    """What "¥" is: the yuan in a sentence about China, or in a story that names China or the yuan and
    neither Japan nor the yen; else the yen, the sign's first reading (docs/figures.md)."""
    if CONTEXTS[YEN_OR_YUAN].search(text):
        return "CNY"
    named = story.countries | story.named
    if "CNY" in named and "JPY" not in named:
        return "CNY"
    return "JPY"


def _currency_after(text: str, e: int) -> bool:
    return (
        CURRENCY_AFTER_RE.match(text[e : e + 30]) is not None
        or CODE_AFTER_RE.match(text[e : e + 12]) is not None
    )


def _standard_unit(unit: str | None, kind: str) -> tuple[str | None, str]:
    """A measured unit is kind ``other`` and, where one exists, its standard symbol (schema 1.1)."""
    if unit is not None and kind == "count" and unit.split()[-1] in MEASURE_UNITS:
        kind = "other"  # "24 metres", "460 terawatt-hours": a measure, not a count
    if unit is not None and kind in ("count", "other") and unit in UNIT_WORD_SYMBOLS:
        unit, kind = UNIT_WORD_SYMBOLS[unit], "other"  # "24 metres" -> m
    if kind == "count" and unit in _SQUARE_SYMBOLS:
        kind = "other"  # "a 15,000 square-foot office": an area
    if unit in LETTER_UNITS and kind == "count":
        kind = "other"  # "1 m by 2 m", "5 g": a spaced symbol is a measure as much as a glued one
    return unit, kind


def _identifier(
    text: str, raw: str, s: int, e: int, digits: bool, has_cur: bool, has_sym: bool, first_word_end: int
) -> bool:
    """The number at ``s``-``e`` names something rather than counting it: a part or reference number, a
    label ("highway 35", "exit 436")."""
    if digits and len(raw) >= 4 and raw.isdigit() and _CODE_AFTER.match(text[e : e + 16]):
        return True  # "24703 m212": a part or reference number
    if digits and len(raw) >= _ID_DIGITS and raw.isdigit():
        return True  # "tweet-id=669350861383049216": twelve digits and more with no separator name a thing
    return bool(
        digits
        and not has_cur
        and not has_sym
        # "Aproximately 50%": an adverb before a share labels nothing (misspelt, so not a qualifier)
        and not (_prev_word(text, s).lower().endswith("ly") and PERCENT_AFTER.match(text[e : e + 12]))
        and _is_identifier(text, s, e, s < first_word_end)
    )


def _glued_suffix(text: str, m: re.Match[str], s: int, e: int, has_cur: bool) -> str:
    """What a glued "m" or "k" is where no currency says: "metres" ("1.8m tall"), "unclear" (metres or
    millions: no figure) or "scale" (a currency, another suffix, or none: the number's own scale)."""
    if not (
        m.group("attached")
        and not has_cur
        and m.group("attached").lower() in ("m", "k")
        and not CURRENCY_AFTER_RE.match(text[e : e + 30])  # "1.8M dollars": a scale after all
    ):
        return "scale"
    if m.group("attached") == "m" and (
        _METRES_AFTER.match(text[e : e + 12])
        or (_METRES_BEFORE.search(text[max(0, s - 40) : s]) and _NO_NOUN_AFTER.match(text[e : e + 12]))
    ):
        return "metres"
    if m.group("attached") == "m" and (after := _SPACED_LOWER_WORD.match(text, e, e + 40)) is not None:
        noun = after.group(1)
        if noun in MILLIONS_COUNTED or (
            noun.endswith(PEOPLE_PLURAL_ENDINGS) and noun not in PEOPLE_NOT_PLURALS and is_plural(noun)
        ):
            return "scale"  # "1.9m passengers": millions of them (``measures.MILLIONS_COUNTED``, session 34)
    return "unclear"


# "minus 5", but "plus or minus 3 points" is a margin, not a negative number (session 10).
_MINUS_BEFORE = re.compile(r"(?<!plus or )\bminus\s+$", re.IGNORECASE)


def _below_zero(text: str, s: int, digits: bool) -> int | None:
    """Where the sign of a negative number at ``s`` starts ("-5 °C", "minus 5 degrees"); ``None`` when
    the number is not negative (a range's dash, "75 -300mm", is no sign)."""
    if not digits:
        return None
    if (
        text[s - 1 : s] in ("-", "−")
        and (s == 1 or text[s - 2] in " (\n")
        and not _DIGIT_SPACE_ENDS.search(text[max(0, s - 3) : s - 1])  # "75 -300mm": a range's dash
    ):
        return s - 1
    # "plus or minus 3 points" is a margin, not a negative number (it was -3, session 10)
    minus = _MINUS_BEFORE.search(text, max(0, s - 16), s)
    # Session 23: the word is part of the figure as written ("minus 14C", as the gold writes it; it was "14C"
    # with the value -14)
    return minus.start() if minus is not None else None


def _unit_at(
    text: str,
    e: int,
    value: float,
    q: str,
    q_start: int,
    cur: re.Match[str] | None,
    cur_start: int,
    glued_m: bool,
    sym: re.Match[str] | None,
    sym_unit: tuple[str, str | None] | None,
    amb: Reading | None,
    dollar: str,
    story: StoryMoney = NO_STORY,
) -> tuple[int, int, str | None, str, float, str | None]:
    """The unit the number's own marks give: a currency sign before it, a percent sign, a glued "m", a
    symbol after it. (start, end, unit, kind, value, per); the unit is ``None`` when they give none."""
    sym_per: str | None = None
    start = q_start
    end = e
    unit: str | None = None
    kind = "count"
    pct = PERCENT_AFTER.match(text[e : e + _AHEAD]) if sym_unit is None else None  # "3 pc" a parsec
    if cur:
        start = min(start, cur_start)
        if q != "exact":
            start = q_start if q_start < start else start
        sign = _SPACES.sub("", cur.group("c")).lower()
        unit, kind = CURRENCY_PREFIXES.get(sign, sign.upper()), "money"
        if sign in MILLION_CODES:
            value *= 1e6  # "MEUR 120": 120 million euros
        if sign == "¥":
            unit = _yen_or_yuan(text, story)  # "¥" in a sentence or story about China is the yuan
        if sign == "$":
            unit = dollar  # "$" in a story set in Canada is CAD
        elif sign == "£":
            unit = story.pound_sign  # "£" in a story set in Cairo is the Egyptian pound (session 32)
        elif sign == "r":
            unit = "ZAR"  # "fines pass R50" (``_rand_before``, session 34)
        elif sign in ("rs", "rs."):
            unit = story.rupee_sign  # "Rs" in a story set in Karachi is the Pakistani rupee (session 32)
    elif pct:
        unit = (
            "percentage points" if pct.group("points") else "basis points" if pct.group("bp") else "percent"
        )
        kind, end = "percent", e + pct.end()
    elif glued_m:
        unit, kind = "m", "other"
    elif amb is not None and sym is not None and amb[3] == "money":
        unit, factor = (
            (amb[1], amb[4]) if amb[1] != "$" else cents_reading(story)
        )  # "12 c": the story's cents
        value, kind, end = value * factor, "money", e + sym.end()  # "50p" = 0.50 GBP
    elif sym_unit is not None and sym is not None:
        unit, sym_per = sym_unit
        kind, end = ("duration" if unit in _DURATION_NAMES else "other"), e + sym.end()  # 45', "25 a"
    elif _SCALE_BEFORE.search(text, max(0, start - 16), start) is not None:
        unit, kind = "magnitude", "other"  # "a magnitude 5.8 quake": the scale is named before the number
    elif (on_scale := _SCALE_AFTER.match(text, e, e + 60)) is not None:
        # "rated the danger at 4 on its five-level scale" is a reading, not a count of four: as a count of nothing
        # it was one figure with "The group of four" of another sentence (the lead's article, session 24)
        unit, kind = ("magnitude" if "richter" in on_scale.group("name").lower() else "level"), "other"
    return start, end, unit, kind, value, sym_per


# A scale named before its reading: "a magnitude 6.8 earthquake", "of magnitude 5.1" (session 20, lead: the
# quake was the unit; dev6's gold writes unit "magnitude", kind "other").
_SCALE_BEFORE = re.compile(r"\bmagnitude\s+$", re.IGNORECASE)
# A scale named after its reading: "at 4 on its five-level scale", "6.1 on the Richter scale" (session 25). At most three
# words name the scale.
_SCALE_AFTER = re.compile(
    r"\s+on\s+(?:a|an|the|its|their|his|her|our|this|that)\s+(?P<name>(?:[\w-]+\s+){0,3}?)scale\b",
    re.IGNORECASE,
)


def _unit_after_number(
    sent: Sentence,
    m: re.Match[str],
    s: int,
    e: int,
    value: float,
    kind: str,
    unit_end: int,
    end: int,
    dollar: str,
    claimed: list[tuple[int, int]],
    story: StoryMoney = NO_STORY,
) -> tuple[str | None, str, int, int, float] | None:
    """The unit written after a number that has none yet: a currency name or sign (and cents), pounds
    of weight, a subunit, a counted noun or a duration. (unit, kind, unit end, figure end, value), or
    ``None`` when the words make it no figure ("two decades ago")."""
    text = sent.text
    unit: str | None = None
    nxt = _next_words(text, e, 1)
    cur_after = CURRENCY_AFTER_RE.match(text[e : e + 30]) or CODE_AFTER_RE.match(text[e : e + 12])
    if (
        cur_after is not None
        and cur_after.group("c").lower() in OTHER_SENSE_CURRENCY
        and (
            not (m.group("dscale") or m.group("attached") or CONTEXTS["money"].search(text))
            # "a coin weighing one drachma": the old weight (session 33)
            or _WEIGHING.search(text) is not None
        )
    ):
        cur_after = None  # "three crowns" of a monarch, "38 marks" out of a hundred: no money
    hyphen_pound = HYPHEN_POUND.match(text[e : e + 40]) if cur_after is None else None
    if hyphen_pound is not None:
        # "a 10-pound trout" weighs; "a ten-pound note" is money.
        if hyphen_pound.group("n").lower() in HYPHEN_POUND_MONEY:
            return "GBP", "money", e + hyphen_pound.start("n") - 1, end, value
        return "lb", "other", e + hyphen_pound.start("n") - 1, end, value
    if cur_after and not (
        cur_after.group("c").lower().startswith("pound")
        and _pounds_weigh(text, s, e + cur_after.end(), value, story.pounds)
    ):
        code = CURRENCY_AFTER_NAMES.get(fold_key(cur_after.group("c")), cur_after.group("c"))  # "300 SEK"
        if code == "":
            # "crowns", "rupees", "francs": shared by several countries; the story's country says
            # which, or the unit stays as written (no code is guessed).
            code = (
                shared_currency(cur_after.group("c").lower(), story.countries) or cur_after.group("c").lower()
            )
        if cur_after.group("c").lower() in MILLION_CODES and not (m.group("dscale") or m.group("attached")):
            value *= 1e6  # "30 MUSD": 30 million dollars
        if cur_after.group("c") == "¥":
            code = _yen_or_yuan(text, story)  # "100 ¥" in a sentence or story about China is the yuan
        unit, kind, unit_end = (dollar if code == "$" else code), "money", e + cur_after.end()
        late_scale = _LATE_SCALE.match(text[unit_end : unit_end + 12])
        if late_scale is not None and not (m.group("dscale") or m.group("attached")):
            value *= SCALES[fold_key(late_scale.group(1))]  # "75 USD million"
            unit_end += late_scale.end()
        cents = _CENTS_AFTER.match(text[unit_end : unit_end + 40])
        if cents is not None:
            # "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount.
            n = _count_word(cents.group("n"))
            if n is not None and n < 100:
                value += n / 100
                unit_end += cents.end()
                claimed.append((e, unit_end))
        if (
            cur_after.group("c") == "$"
            or cur_after.group("c") in CURRENCY_SIGNS_AFTER
            or not cur_after.group(0)[0].isspace()
            or cur_after.group("c").lower() in MILLION_CODES  # "48.5 MGBP": the scale is in the code
        ):
            end = unit_end  # "10 $", "15 €": the sign is part of the figure as written
    elif (
        nxt
        and nxt[0].lower in ("pounds", "pound", "lbs", "lb")
        and _pounds_weigh(text, s, e + nxt[0].end, value, story.pounds)
    ):
        unit, kind, unit_end = "lb", "other", e + nxt[0].end  # "weighs 25 pounds"
    elif nxt and nxt[0].lower in SUBUNITS:
        # "62 cents" is 0.62 dollars: money is in the currency unit.
        unit, factor = SUBUNITS[nxt[0].lower]
        if unit == "USD":
            unit, factor = cents_reading(story)  # "62 cents": of the dollar or the euro the story names
        value, kind, unit_end = value * factor, "money", e + nxt[0].end
        end = unit_end
    else:
        unit, unit_end, is_duration = _unit_after(text, e, sent.headline)
        if unit in ("dollar", "dollars") and not is_duration:
            unit, kind = dollar, "money"  # "a trillion-dollar experiment": money, the story's dollar
        elif (
            unit is not None
            and text.startswith("-", e)
            and (hyphen_code := _HYPHEN_CURRENCIES.get(unit) or shared_currency(unit, story.countries))
            is not None
            and not is_duration
        ):
            # "a 10-euro note", "a 500-rupee fine", "its one-yen bid": any currency's name as a modifier (session 31:
            # a count of "euro"; only the dollar was read so)
            unit, kind = (dollar if hyphen_code == "$" else hyphen_code), "money"
        elif unit in _HYPHEN_SHARES:
            unit, kind = _HYPHEN_SHARES[unit], "percent"  # "a three-percentage-point lead" (a count)
        elif unit is not None and _TALLY_WORD.fullmatch(unit):
            unit = None  # "a 5-to-4 majority": a tally's first side counts no "to-4"
        if is_duration:
            kind = "duration"
            # the slice was five characters before session 27, so only " ago" ever matched: "turned them back on two
            # years later" and "three months earlier" were durations no gold labels (dev23)
            after_unit = text[unit_end : unit_end + 14].lower()
            if (
                after_unit.startswith((" ago", " earlier", " later"))
                and not after_unit.startswith((" earlier than", " later than"))
                and not _shifted_by(text, s)
            ):
                # "two decades ago", "power was restored 31 hours later" are dates, not figures; a delay is one ("three
                # weeks later than planned", "the start was moved 30 minutes earlier": dev23's and dev16's gold)
                return None
            if (
                _INTO_AFTER.match(text, unit_end, unit_end + 30)
                and _prev_word(text, s).lower() not in _SPAN_INTO_BEFORE
            ):
                # "quit three weeks into a five-year deal", "two hours into the meeting": a point in time counted from
                # a start, no span (dev28's guide: "three weeks into" is no duration; session 34)
                return None
            if _RELATIVE_AFTER.match(text, unit_end) and _relative_time_before(text, s):
                # "on Friday, three days after it sank", "sacked two days after he complained": the time of an event
                # counted from another, a date, not a span (session 30: dev22 and dev26 twice gave durations the
                # gold leaves); "for two years after the storm", "until 19 hours after" are spans
                return None
            if value > 1000 and not _SEPARATED_THOUSANDS.search(m.group(0)):
                # "1400 hours" is a time of day, "the 2019 season" a year; "2,600 hours", "10,000 years",
                # "two million years" keep their separator or scale and are spans (session 24: "Volunteers
                # worked 2,600 hours" gave no figure)
                return None
            if value == 1 and text[e : e + 1] == "-" and _prev_word(text, s).lower() in RECORD_SUPERLATIVES:
                return None  # "their biggest one-day gain": a category of record, not a duration
            if unit in DURATION_IN_YEARS:
                value, unit = value * DURATION_IN_YEARS[unit], "years"  # "two decades" = 20 years
    return unit, kind, unit_end, end, value


# "three days after it sank", "two weeks before the vote": a time counted from an event named after it (a clause or a
# noun phrase, not "each" or "every": "wait 30 minutes after each dose" is a span).
# "for six weeks into the new year", "put two years into the project": a span, not a point
_SPAN_INTO_BEFORE = words(
    "for of took take takes taking put puts putting poured invested sank sunk spent spend"
)
_INTO_AFTER = re.compile(
    r"\s+into\s+(?:an?|the|its|their|his|her|our|this|that|[a-z]+['’]s)\b", re.IGNORECASE
)
_RELATIVE_AFTER = re.compile(r"\s+(?:after|before)\s+(?!each\b|every\b|that\b)[A-Za-z]")
_WORD_OR_COMMA_BEFORE = re.compile(r"(?:(?P<comma>,)|(?P<w>[A-Za-z]+))\s*$")


def _relative_time_before(text: str, s: int) -> bool:
    """What stands before a span "N days after ..." at ``s`` makes it a time counted from an event: a comma ("on
    Friday, three days after"), or a word that opens no span (a verb or a noun: "resigned two weeks after", "by text
    message two days after"); not a preposition or a verb of spending time ("for", "until", "in the", "wait",
    ``measures.SPAN_BEFORE_RELATIVE``), nor a hedge ("more than three years after": the gold of dev15 has it)."""
    before = _WORD_OR_COMMA_BEFORE.search(text, max(0, s - 30), s)
    if before is None or QUALIFIER_BEFORE.search(text, max(0, s - 24), s):
        return False
    if before.group("comma"):
        return True
    word = before.group("w")
    return word.islower() and word not in SPAN_BEFORE_RELATIVE


def _shifted_by(text: str, s: int) -> bool:
    """A verb of moving a time stands before the number at ``s``, hedges read past: "moved (about) 30 minutes"."""
    before = text[max(0, s - 40) : s].split()
    while before and before[-1].lower() in SPAN_HEDGES:
        before.pop()
    return bool(before) and before[-1].lower() in SPAN_VERBS


# A thousands separator or a scale word in the number as written (``_unit_after_number``'s long durations).
_SEPARATED_THOUSANDS = re.compile(r"\d[,\u202f\u00a0 ]\d{3}|[A-Za-z]")


_WEIGHING = re.compile(r"\bweigh(?:s|ed|ing|t)?\b", re.IGNORECASE)


def _pounds_weigh(text: str, s: int, pounds_end: int, value: float = 0.0, story_pounds: str = "GBP") -> bool:
    """ "pounds" after the number at ``s`` is a weight, not sterling: "50 pounds of strawberries",
    "weighs 25 pounds"; "12 pounds of funding", "cost 12 pounds", "150 pounds a night" are money. Where the
    sentence does not say, the story does (``measures.story_pounds``, session 33)."""
    of = POUNDS_OF.match(text[pounds_end : pounds_end + 40])
    if of is not None:
        return of.group("n").lower() not in POUNDS_OF_MONEY
    if PRICE_BEFORE.search(text[max(0, s - 30) : s]) or PRICE_RATE_AFTER.match(
        text[pounds_end : pounds_end + 20]
    ):
        return False
    for cue in WEIGHT_CONTEXT.finditer(text):
        # A body's loss or gain ("lost 20 pounds", "gained 3 pounds") weighs below a thousand; "Brackwell United lost
        # 20 million pounds" is the club's money (session 33: it was a weight), read by the story like any other.
        if value < 1000 or cue.group().lower() not in BODY_WEIGHT_CHANGES:
            return True
    # Plural goods weigh only as what the amount is of, before it, and with no verb of money between: "Food shipments
    # fell to 112,000 pounds" (dev20), not "Exporters earned 3 million pounds from extra shipments" (review 1)
    goods = _last(WEIGHT_GOODS_PLURAL.finditer(text, 0, s))
    if goods is not None and MONEY_VERB.search(text, goods.end(), s) is None:
        return True
    # the story's reading, but not of a sum paid "for" something: "sold his Texas ranch for 2 million pounds", "the
    # Ohio-born striker joined for 8 million pounds"; "will add storage for 12 million pounds" weighs
    return story_pounds == "lb" and not (
        _FOR_BEFORE_AMOUNT.search(text, max(0, s - 30), s) is not None
        and (MONEY_VERB.search(text, max(0, s - 80), s) or _TRANSFER_VERB.search(text, max(0, s - 80), s))
    )


# "for" right before an amount, a hedge between ("sold the ranch for about 2 million pounds"), after a verb of selling
# or buying (``MONEY_VERB``) or of a player's transfer: a price.
_TRANSFER_VERB = compile_case_blind(
    r"\b(?:join\w*|sign\w*|acquir\w*|transferr?\w*|hired?|lease[ds]?|leasing|rent\w*)\b"
)
_FOR_BEFORE_AMOUNT = compile_case_blind(
    r"\bfor\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?$"
)


_FOLD_NEXT = re.compile(r"[-\s]?fold\b", re.IGNORECASE)
# Nouns that count in the singular form ("200 staff", "150 aircraft", "300 head of cattle"): after a
# number they are a count, not a model's name.
ZERO_PLURALS = frozenset(
    words(
        "people staff personnel crew police aircraft spacecraft cattle sheep fish deer livestock head youth "
        "militia infantry clergy children men women feet teeth geese mice salmon trout cod moose swine "
        "poultry series species corps offspring"
    )
)


def _model_number(text: str, m: re.Match[str], e: int, value: float, unit: str | None) -> bool:
    """ "the 16-bit 8088 chip", "Boeing's 737 jet", "the 747 plane": a number of 100 or more written
    without separators right before a noun in the singular is the thing's model or name, not a count
    of it (a count takes the plural: "737 jets"). It gave "8088 chips" (session 9)."""
    raw = m.group("digits") or ""
    if unit is None or value < 100 or not raw.isdigit() or m.group("dscale") or m.group("attached"):
        return False
    if is_plural(unit) or unit in ZERO_PLURALS or " " in unit:
        return False
    # The unit word itself, after some space and ending its word (a plain comparison: a pattern built
    # from each unit would crowd the regular-expression cache on a path every number takes).
    after = text[e : e + 40]
    rest = after.lstrip()
    if rest == after or not rest.startswith(unit):
        return False
    nxt = rest[len(unit) : len(unit) + 1]
    return _is_word_char(unit[-1]) != _is_word_char(nxt)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|both)\s+$", re.I)
# "the country's two largest unions", "its two biggest shareholders", "the country's five largest cities": a possessor's
# few named by a superlative are a reference to which ones, as "the five biggest economies" is (dev's gold says
# so); they were counts the gold of dev5, dev6 and dev17 leaves out (session 21). "The company's three main
# reservoirs" (no superlative) stays a count, as dev15's gold has it.
_ONE_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those)\b", re.IGNORECASE)
_POSSESSOR_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my|your)|\w[’']s)\s+$", re.I)
_SUPERLATIVE_AFTER = re.compile(r"\s+(?:(?:most|least)\s+[a-z]+|(?P<w>[a-z]{2,}est))\b")


def _not_a_count(
    text: str,
    s: int,
    e: int,
    start: int,
    unit_end: int,
    digits: bool,
    value: float,
    unit: str | None,
    kind: str,
) -> bool:
    """A number word that counts nothing: a reference back ("the two commanders"), "one" as a pronoun,
    or a description of who said it ("two sources familiar with ...")."""
    if (
        not digits
        and value < 10
        and text[e : e + 1] != "-"
        and _DETERMINER_BEFORE.search(text[max(0, s - 8) : s])
    ):
        return True  # "the two commanders": a reference back, not a count ("the four-hour meeting" is one)
    if (
        not digits
        and value < 10
        and _POSSESSOR_BEFORE.search(text, max(0, s - 12), s)
        and (sup := _SUPERLATIVE_AFTER.match(text, e, e + 40)) is not None
        and sup.group("w") not in NOT_SUPERLATIVES
    ):
        return True  # "the country's two largest unions": which ones, not how many
    if not digits and value == 1 and _NO_ONE_BEFORE.search(text, max(0, s - 4), s):
        return True  # "No one warned residents": nobody, no count (session 23)
    if not digits and _NUMBER_WORD_LABEL.search(text, max(0, s - 8), s):
        return True  # "the number nine shirt", "rose to number one": a label or a rank, as "No. 9" is (session 23)
    if not digits and value == 1 and _ONE_OF_THE.match(text, e, e + 16):
        return True  # "one of the poorest members": one of a group, as "One of the 12 councillors" is (session 21)
    if (
        not digits
        and value == 1
        and (unit is None or (kind != "duration" and unit in NOT_UNITS))
        and not (unit is None and _UP_FROM_BEFORE.search(text, max(0, s - 12), s))
    ):
        # "one" alone is a pronoun or an article far more often than a count; not an old level ("lost four boats in
        # storms last winter, up from one the winter before": dev30's gold 1 boat, its unit elided; session 34)
        return True
    if (
        _lone_one(text, digits, value, kind, unit)
        and not _one_bounded(text, s, e, unit)
        and not (unit is None and _UP_FROM_BEFORE.search(text, max(0, s - 12), s))
    ):
        return True
    # "according to two sources familiar with ...": a description of who said it
    return bool(
        unit is not None
        and unit.split()[-1] in SOURCE_NOUNS
        and (
            _ACCORDING_TO_ENDS.search(text[max(0, start - 15) : start])
            or _SOURCE_TOLD_RIGHT_AFTER.match(text, unit_end, unit_end + 25)
            # a few sources may be described at more length; "About 40 people, most of them students, said
            # they would march" counts marchers
            or (
                value < 10
                and (told := _SOURCE_TOLD_AFTER.match(text, unit_end, unit_end + 220)) is not None
                # "Nine members of the 11-member board urged ...": the whole's size makes it a partitive count
                # (session 20; the review of session 19 found the count lost)
                and not _SIZED_WHOLE.search(told.group())
            )
        )
    )


# "only one bill", "even one lane", "cut the rating by one notch" (session 20): a word that bounds how many, or
# a change's "by", makes "one" a count of its noun (the gold of dev5 and dev16 labels them; they gave no
# figure, "one" alone being a pronoun or an article far more often). Not "only one way to", "just one thing"
# (``ONE_NOT_COUNTED``), nor "by one" after a verb that changes nothing ("was hit by one car").
_ONE_BOUND_BEFORE = re.compile(
    r"\b(?:only|even|just|exactly|at\s+least|more\s+than|at\s+most)\s+$", re.IGNORECASE
)
_ONE_BY_CHANGE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted({f for lemma in BY_FRACTION_LEMMAS for f in forms(lemma).all()}, key=len, reverse=True))
    + r")\b(?:\s+[\w'’-]+){0,4}?\s+by\s+$",
    re.IGNORECASE,
)


# A change's level or start (session 20): "Births fell to 48,100 last year from 59,700", "Requests for the return of
# paintings have risen from 9 in 2020 to 33" count the clause's subject (dev12 4 gold figures, dev14 2 with a
# compound subject; they had no unit). The number right after "to", "from" or "by" (a hedge between), a verb of
# change before it in the clause, and the clause's first noun phrase before the verb a plural count noun
# (``CHANGE_SUBJECT_NOT_COUNTED``: "Prices rose to 12" names no unit).
_CHANGE_LEVEL_BEFORE = re.compile(
    r"\b(?:to|from|by)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?$", re.IGNORECASE
)
_CHANGE_VERB = re.compile(
    r"\b(?:(?:have|has|had)\s+(?:been\s+)?)?(?-i:"
    + case_trie({f for lemma in _CHANGE_LEMMAS for f in forms(lemma).all()})
    + r")\b",
    re.IGNORECASE,
)
# A wire's dateline ends with a dash after its agency: "SENDROVO, Belvarra (Reuters) - Belvarra's population fell"
# (dev12: no subject read)
# A clause reported by a verb of saying opens after it (session 27): in "The chain, which runs 19 sites, said admissions
# had fallen 17 per cent, to 2.9 million" the subject is "admissions" (the level took "sites" from the relative clause).
_CHANGE_CLAUSE_START = re.compile(
    r"(?:^|[;:]\s+|,\s+(?:and|but|while)\s+|\b(?:and|but|while)\s+|\)\s+[-–—]\s+"
    r"|\b(?:said|says|say|reported|reports|announced|added|estimated|estimates|noted|warned|showed|shows|show|found|"
    r"confirmed)\s+(?:that\s+)?)"
)
# A verb that states a level right before the number (session 27, the lead's note): "Cases of scarlet fever reached
# 1,140 in the four weeks to November 29" counts cases as "rose to 1,140" does.
# Session 34: or a level held ("had held steady at about 120,000", "remained stable at", "stayed flat at").
_NUMBERS_HEADS = frozenset({"numbers"})
# Words before "numbers" that say how many, not of what ("record numbers", "small numbers").
_NUMBERS_NOT_COUNTED = words(
    "record big bigger large larger huge small smaller low lower high higher rising growing falling declining total "
    "overall official sheer final raw daily weekly monthly annual yearly average similar same such these those "
    "their its our his her the"
)
_LEVEL_VERB_BEFORE = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:reached|reaches|totalled|totaled|totals|numbered|(?:stood|stands|peaked)\s+at|"
    r"(?:held|holds|remained|remains|stayed|stays)\s+(?:steady|stable|flat|unchanged|level)\s+at)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?$",
    re.IGNORECASE,
)
_BARE_JOIN = re.compile(r"(?:and|but|while)\s+", re.IGNORECASE)
_PREPOSITION_PHRASE_END = re.compile(
    r"\b(?P<head>[a-z][\w’'-]*)\s+(?:for|of|in|at|on|to|with|from|among|across|about|over|against|by)\s+"
    r"(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*$",
    re.IGNORECASE,
)
_SUBJECT_NP = re.compile(
    r"^(?:(?:the|its|their|his|her|our|this|last\s+year['’]s)\s+)?(?P<np>(?:[A-Za-z][\w’'-]*\s+){0,2}?"
    r"(?P<head>[A-Za-z][\w’'-]*))(?:\s+(?:for|of|in|at|on|to|with|from|among|across|about|over|against|by|held|that|"
    r"which|who)\b.*)?$",
    re.IGNORECASE | re.DOTALL,
)


def _joins_nouns(text: str, lo: int, join: re.Match[str]) -> bool:
    """ "Incidents at farms and factories rose to 41": a bare "and" right after a plural's preposition phrase joins
    two nouns of that phrase and opens no clause (the subject was "factories", session 21's hard negatives); after
    a verb's ("The board met in May and complaints rose") it does."""
    if not _BARE_JOIN.fullmatch(join.group()):
        return False
    phrase = _PREPOSITION_PHRASE_END.search(text, lo, join.start())
    return phrase is not None and is_plural(phrase.group("head").lower())


def _change_subject(text: str, s: int) -> str | None:
    """What the level or start of a change counts: the plural head of the clause's subject (``_CHANGE_LEVEL_BEFORE``)."""
    lo = max(0, s - 200)
    level_verb = _LEVEL_VERB_BEFORE.search(text, max(0, s - 40), s)
    if level_verb is not None:
        verb_start = level_verb.start()
    else:
        if not _CHANGE_LEVEL_BEFORE.search(text, max(0, s - 20), s):
            return None
        verb = _last(_CHANGE_VERB.finditer(text, lo, s))
        if verb is None:
            return None
        verb_start = verb.start()
    starts = list(_CHANGE_CLAUSE_START.finditer(text, lo, verb_start))
    while starts and _joins_nouns(text, starts[-2].end() if len(starts) > 1 else lo, starts[-1]):
        starts.pop()
    if not starts:
        return None  # the clause opens before the window: no subject read from its middle
    start = starts[-1].end()
    subject = text[start:verb_start].strip()
    if not subject or any(c in subject for c in ',;()"“”'):
        return None
    np = _SUBJECT_NP.match(subject)
    if np is None:
        return None
    head = np.group("head")
    low = head.lower()
    # lowercase, or capitalised only because it opens the sentence ("Births fell ...")
    if not (head.islower() or (start == 0 and head[1:].islower())):
        return None
    if low in _NUMBERS_HEADS and len(np.group("np").split()) > 1:
        # "visitor numbers had held steady at about 120,000", "crocodile numbers ... have grown to about 100,000": the
        # noun before "numbers" is what they count (the lead's note 2, 1; dev26's gold crocodiles; session 34)
        modifier = np.group("np").split()[-2]
        if (
            modifier.isalpha()
            and (modifier.islower() or (start == 0 and modifier[1:].islower()))
            and modifier.lower() not in _NUMBERS_NOT_COUNTED
        ):
            counted = plural_of(modifier.lower())
            return counted if counted not in NOT_UNITS and counted not in CHANGE_SUBJECT_NOT_COUNTED else None
    if low == "population":
        # "Belvarra's population fell 4.1% ... to 6.82 million" counts people (dev12: no unit), a wildlife's does not
        return _population_counts(subject, np.group("np").split()[:-1])
    if not is_plural(low) or low in CHANGE_SUBJECT_NOT_COUNTED or low in NOT_UNITS:
        return None
    return low


_POPULATION_OF = re.compile(
    r"\bpopulation\s+of\s+(?P<det>(?:the|its|their|this|that)\s+)?(?P<n>[A-Za-z][\w’'-]*)", re.IGNORECASE
)


def _population_counts(subject: str, owners: list[str]) -> str | None:
    """What a population counts (``POPULATION_PLACES``): people where a place owns it, the plural after "of"."""
    of = _POPULATION_OF.search(subject)
    if of is not None:
        noun = of.group("n")
        if of.group("det") is None and noun.islower() and is_plural(noun):
            return noun  # "the island's population of puffins"
        place = noun[0].isupper() or noun.lower() in POPULATION_PLACES
        return "people" if place and not owners else None
    if owners and all(
        w.endswith(("'s", "’s")) and (w[0].isupper() or w[:-2].lower() in POPULATION_PLACES) for w in owners
    ):
        return "people"  # "Belvarra's population", "the town's population"
    return None


def _lone_one(text: str, digits: bool, value: float, kind: str, unit: str | None) -> bool:
    """ "one" before a noun no table counts and the sentence counts in no plural: a count only where a word
    bounds it (``_one_bounded``)."""
    return (
        not digits
        and value == 1
        and kind == "count"
        and unit not in COUNTED_NOUNS
        and unit not in SINGULAR_COUNTED
        and not _counted_elsewhere(text, unit)
    )


def _one_bounded(text: str, s: int, e: int, unit: str | None) -> bool:
    """ "only one bill", "cut ... by one notch": "one" counts its noun (``_ONE_BOUND_BEFORE``), the word right
    after it ("only one of the five", "by one and shut" count nothing)."""
    if unit is None or unit in ONE_NOT_COUNTED or not unit.isalpha() or not _ONE_NOUN_NEXT.match(text, e):
        return False
    if not text.startswith(unit, _ONE_NOUN_NEXT.match(text, e).start(1)):  # type: ignore[union-attr]
        return False
    before = text[max(0, s - 60) : s]
    if _ONE_NEGATED_BEFORE.search(before) or text.rstrip().endswith("?"):
        return False  # "did not approve even one budget" counts none; a question states no count
    if _ONE_OPENS_SENTENCE.search(before) and _ONE_GENERIC_AFTER.match(text, e):
        return False  # "Even one case of measles can spread": what may be, no count (review of session 20)
    return bool(
        (_ONE_BOUND_BEFORE.search(before) and not _ONE_THE_ONLY_BEFORE.search(before))
        or _ONE_BY_CHANGE_BEFORE.search(before)
    )


_UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$", re.IGNORECASE)
_NO_ONE_BEFORE = re.compile(r"\bno[\s-]$", re.IGNORECASE)
_NUMBER_WORD_LABEL = re.compile(r"\bnumber\s+$", re.IGNORECASE)
_ONE_NOUN_NEXT = re.compile(r"\s([a-z]+)\b")
# "Even one" opening its sentence as the subject ("reopening even one lane could take weeks" counts a lane).
_ONE_OPENS_SENTENCE = re.compile(r"(?:^|[.;:!?]\s+|\n)\s*(?:even|just|only)\s+$", re.IGNORECASE)
_ONE_GENERIC_AFTER = re.compile(r"[^,.;]*?\b(?:can|could|may|might)\b", re.IGNORECASE)
_ONE_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no|without|nor|hardly|barely|failed\s+to)\b|n[’']t\b", re.IGNORECASE
)
_ONE_THE_ONLY_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|my|your|an)\s+only\s+$", re.IGNORECASE)


_SIZED_WHOLE = re.compile(rf"\bof\s+(?:the|its|their)\s+(?:\d[\d,]*|{_NUMBER_WORD_ALT})\b", re.IGNORECASE)
_SOURCE_TOLD_RIGHT_AFTER = re.compile(r"\s+(?:familiar|close|with knowledge|said|say|told|speaking)\b")


# What makes a number of sources a description of who told it (session 19: "Two officials at the finance
# ministry told ...", "Two board members, who spoke on condition of anonymity, said ...", "Two diplomats
# involved in the talks told ...", "Two advisers, A and B, had recommended ..." were counts; the gold of
# dev5, dev8, dev10, dev12 and dev15 leaves them out): the noun, perhaps a clause between commas or a short
# phrase of where they are or what they know, then a verb of telling or advising.
_SOURCE_TOLD_AFTER = re.compile(
    r"(?:,\s+[^,.;]{1,120},)?"
    r"\s+(?:(?:involved|at|in|from|with|of|on|close|briefed|familiar)\b[^,.;]{0,60}?\s+)?"
    r"(?:(?:had|have|has)\s+)?"
    r"(?:familiar|close|with\s+knowledge|said|say|says|told|tell|speaking|spoke|recommended|advised|urged)\b",
)


def _rate_around(
    text: str, start: int, evidence_end: int, kind: str, unit: str | None
) -> tuple[str | None, str | None]:
    """A rate the words around the figure name, not right after it: an adjective of time before it ("an
    annual pace of 4.2%"), "each" before it ("each theft count carries a maximum of 12 years"), a flow verb's
    span after it ("41,000 cars cross the viaduct each day"); with the rule that read it."""
    if kind in ("money", "percent"):
        adjective = RATE_ADJECTIVE_BEFORE.search(text, max(0, start - 90), start)
        # a share "by" which an annual figure moves is a change: "annual sales rose by 5%"
        if adjective is not None and not (kind == "percent" and adjective.group().rstrip().endswith(" by")):
            return RATE_ADJECTIVES[fold_key(adjective.group("adj"))], "figures.rates.adjective"
    if kind == "money":
        possessive = SPAN_POSSESSIVE_BEFORE.search(text, max(0, start - 60), start)
        if possessive is not None:
            return possessive.group("d").lower(), "figures.rates.possessive"
    each = EACH_HOLDS_BEFORE.search(text, max(0, start - 80), start)
    if each is not None and each.group("d").lower() not in EACH_HOLDS_NOT:
        return each.group("d").lower(), "figures.rates.each"
    if kind == "count" and unit is not None:
        flow = FLOW_RATE_AFTER.match(text[evidence_end : evidence_end + 80])
        if flow is not None:
            return flow.group("d"), "figures.rates.flow"
    return None, None


def _rate_after(
    text: str, evidence_end: int, kind: str, per: str | None, unit: str | None = None, start: int = -1
) -> tuple[str, int] | None:
    """A rate's denominator after the figure's evidence ("a month", "per share", "gallons of jet fuel a
    year"), and how far it reaches; ``None`` for a figure that has its rate. A duration takes only a
    longer span of time ("60 hours a week"), never a point in time ("ten years a decade ago")."""
    if per:
        return None
    rate = rate_denominator(text[evidence_end : evidence_end + 30])
    if rate is None and kind in _RATE_AFTER_OBJECT_KINDS:
        # "2.4 billion gallons of jet fuel a year": the rate follows what is measured; since session 26 an amount
        # of money, a count or a duration too ("NZ$410 million of honey a year", "300,000 bottles of wine a year",
        # "1,080 hours of instruction a year": no ``per`` before, dev19 and dev22).
        obj = RATE_AFTER_OBJECT.match(text[evidence_end : evidence_end + 80])
        late = (
            rate_denominator(text[evidence_end + obj.end() : evidence_end + obj.end() + 30]) if obj else None
        )
        if obj is not None and late is not None:
            rate = (late[0], obj.end() + late[1])
    if rate is None and kind == "money" and text[evidence_end : evidence_end + 2] in (" a", "\xa0a"):
        thing = MONEY_A_NOUN_AFTER.match(text, evidence_end)  # anchored; its lookahead reads a word or two
        d = thing.group("d") if thing is not None else ""
        if (
            thing is not None
            and d not in MONEY_A_NOT_DENOMINATORS
            and d not in TIME_SPAN_ORDER
            and not is_plural(d)
            and not (
                d in HEIR_NOUNS
                and start >= 0
                and BEQUEST_BEFORE.search(text, max(0, start - 120), start) is not None
            )  # "She left £5,000 a nephew": an heir (session 29)
        ):
            rate = (d, thing.end() - evidence_end)  # "up to $2 million a claim" (session 28)
    if kind == "duration":
        own, over = TIME_SPAN_ORDER.get(unit or ""), TIME_SPAN_ORDER.get(rate[0] if rate else "")
        if (
            rate is None
            or own is None
            or over is None
            or over <= own
            or DURATION_RATE_BLOCKED.match(text, evidence_end + rate[1]) is not None
        ):
            return None
        return rate
    return rate


# What "a four-day week", "a 37-hour working week", "a 12-hour day" run over (session 29): a week or a day, perhaps
# named by what is done in it; not "weekend", "week-long" or "a two-day week of talks" read as more ("of" after it).
# Review 2: a bare "day" only after a verb of work ("they worked a 13-hour day"); "Talks ended after a 13-hour day" is
# one day, no rate.
_WORK_SPAN_AFTER = re.compile(
    r"\s+(?:(?:school|working|work|trading|teaching|opening)\s+)?(?P<d>week|day)\b(?![-\w]|\s+of\b)"
)
_WORK_SPAN_OVER = frozenset({"days", "hours"})
_WORKED_BEFORE = re.compile(r"\bwork(?:s|ed|ing)?\s+(?:an?\s+)?$", re.IGNORECASE)
# Shares as a thing bought, sold or priced, not the verb ("She shares a flat with two friends, who pay £400 each"):
# after a determiner, a number, a scale or an adjective, with no stop before the price; "each" ends its phrase.
# Review 1: the price's own words right after "shares" (perhaps "in the pub"), "at", "for", "costing", "priced at", a
# minimum or a range's low end; not a sum paid to holders ("sold their shares last year, received £4m each", "bought
# shares and were paid bonuses of £50,000 each": no ``per``).
_SHARES_BEFORE = re.compile(
    r"\b[Ss]hares(?:\s+in(?:\s+[\w'’-]+){1,4}?)?,?\s+"
    r"(?:costing|cost|costs|priced\s+at|valued\s+at|sold\s+at|issued\s+at|at)\s+"
    r"(?:(?:a\s+)?(?:minimum|maximum)\s+of\s+|about\s+|around\s+|up\s+to\s+|just\s+|"
    r"between\s+(?:[£$€]|[A-Z]{1,2}\$)?[\d,.]+(?:\s*(?:million|billion|m|bn|p))?\s+and\s+)?"
    r"(?:[£$€]|[A-Z]{1,2}\$)?$"
)
_EACH_END = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|by|to|from|since|until|and|or|but|with|under|over)\b"
)


_RATE_AFTER_OBJECT_KINDS = frozenset({"other", "money", "count", "duration"})


def _symbol_after(
    text: str, m: re.Match[str], s: int, e: int, digits: bool
) -> tuple[re.Match[str] | None, tuple[str, str | None] | None, Reading | None]:
    """A unit written right after the number at ``s``-``e``: its match, (unit, per) and, for a symbol
    with several readings ("30C", "50p"), the reading the sentence's words choose."""
    # A unit symbol glued or spaced after the digits ("256GB", "5 kW", "60mph") is read first:
    # a letter after the number is not an ordinal then, and 2000 kW is not a year.
    sym_unit: tuple[str, str | None] | None = None
    sym = SYMBOL_AFTER.match(text[e : e + 12]) if digits and not m.group("dscale") else None
    if sym is None and digits and not m.group("dscale") and text[e : e + 1] == "-":
        sym = HYPHEN_SYMBOL_AFTER.match(text[e : e + 14])  # "a 350-MW farm"
    if sym is None and digits and not m.group("dscale") and not m.group("attached"):
        sym = GLUED_SYMBOL_AFTER.match(text[e : e + 3])
        if (
            sym is not None
            and sym.group("u") == "g"
            and (GLUED_G_NOT.match(text, e + 1, e + 40) or GLUED_G_GENERATION.match(text, s, e + 8))
        ):
            sym = None  # "the 5g network", "supports 5g": no grams
        if sym is not None:
            sym_unit = GLUED_SYMBOLS[sym.group("u")]
    if sym is not None:
        sym_unit = sym_unit or UNIT_SYMBOLS[sym.group("u")]
    else:
        sym = UNIT_PHRASE_AFTER.match(text[e : e + 30])
        if sym is not None and sym.group("u").lower() in ("knot", "knots") and KNOTS_TIED.search(text):
            sym = None  # "tied 3 knots in the rope": knots counted, no speed
        if sym is not None:
            sym_unit = UNIT_PHRASES[fold_key(sym.group("u"))]
        elif digits:
            # 'a 10" long pen', "12 ft 2 in": inches, where the mark or "in" alone says nothing.
            sym = INCH_MARK_AFTER.match(text[e : e + 30])
            if sym is None and FEET_BEFORE.search(text[max(0, s - 8) : s]):
                sym = INCHES_AFTER.match(text[e : e + 10])
            sym_unit = ("in", None) if sym is not None else None
            if sym is None and not _year_like(m):
                sym, sym_unit = _prime_mark(text, s, e)
    # "30C", "50p", "1 F": a symbol with several readings, read by the sentence's words.
    amb: Reading | None = None
    if sym is None and digits and not m.group("attached"):  # "40 million b" too; "5m" is its own suffix
        am = AMBIGUOUS_SYMBOL_AFTER.match(text[e : e + 8])
        priced = am is not None and bool(
            PRICE_BEFORE.search(text[max(0, s - 30) : s])
            or PRICE_AFTER_SYMBOL.match(text[e + am.end() : e + am.end() + 30])
        )
        amb = ambiguous_reading(am.group("u"), text, priced) if am is not None else None
        if amb is not None:
            sym = am
            sym_unit = (amb[1], amb[2]) if amb[3] == "other" else None
        elif (am := A_UNIT_AFTER.match(text[e : e + 40])) is not None or (
            A_DETERMINER_BEFORE.search(text[max(0, s - 8) : s])
            and (am := A_BEFORE_NOUN.match(text[e : e + 40]))
        ):
            # "500 a of farmland", "for 25 a.": an "a" where no noun follows, read by the sentence;
            # "a 20 a field": no article follows a determiner and a number
            dated = _year_like(m) or _is_date_or_time(text, s, e, digits)
            reading = None if dated else a_reading(text, text[max(0, s - 20) : e + am.end() + 5])
            if reading is not None:
                sym, sym_unit = am, (reading[1], reading[2])
    return sym, sym_unit, amb


_DURATION_NAMES = frozenset(DURATION_UNITS.values())


def _year_like(m: re.Match[str]) -> bool:
    d = m.group("digits") or ""
    return len(d) == 4 and d.isdigit() and 1000 <= int(d) <= 2100


_FEET_INCHES = re.compile(r"^(?P<u>['′’])(?=\d{1,2}(?:\.\d+)?\s?[\"″”])")


def _prime_mark(text: str, s: int, e: int) -> tuple[re.Match[str] | None, tuple[str, str | None] | None]:
    """A prime mark glued to the number at ``s``-``e`` ("10' high", "45'", "9.8″") and the unit the
    sentence gives it; (None, None) for no mark, no reading, or a mark that closes a quotation."""
    pm = PRIME_MARK_AFTER.match(text[e : e + 2]) or _FEET_INCHES.match(text[e : e + 8])
    if pm is None or _closes_quote(text[:s], pm.group("u")):
        return None, None
    if pm.re is _FEET_INCHES:
        return pm, ("ft", None)  # 6'2": feet, then inches
        return None, None
    reading = prime_reading(pm.group("u"), text, text[e + 1 : e + 40], text[max(0, s - 30) : s])
    return (pm, (reading, None)) if reading is not None else (None, None)


def _closes_quote(before: str, mark: str) -> bool:
    """The mark after a number closes a quotation opened earlier in the sentence ("'We need 30'")."""
    if mark in '"”':
        return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")
    return _SINGLE_MARK_OPENS.search(before) is not None and before.rfind("‘") >= before.rfind("’")


# A duration or measure word right after a number: no phone number has one.
# A three-digit group after a comma and a space: the number before it may be its thousands.
_SPLIT_GROUP_AFTER = re.compile(r",\s\d{3}(?![\d.,])")
# A duration with "and a half" in the smaller unit that holds the half whole: 2.5 years = 30 months.
_HALF_IN_SMALLER: dict[str, tuple[str, int]] = {
    "years": ("months", 12),
    "days": ("hours", 24),
    "hours": ("minutes", 60),
    "minutes": ("seconds", 60),
}
_MEASURED_NEXT = re.compile(
    r"\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|metres?|meters?|km|miles?|feet|kg|points?|laps?|times)\b",
    re.IGNORECASE,
)


# A dash and a digit right after a number with a unit: "$5-10 billion".
_DASH_DIGIT = re.compile(r"[-–]\d")
_THOUSANDS_GROUP = re.compile(r"\d,\d{3}")


_SPACE_THEN_THREE_DIGITS = re.compile(r"\s\d{3}")
_DIGIT_SPACE_AT_END = re.compile(r"\d\s$")
_CLOSING_PARENTHESIS = re.compile(r"\s?\)")


def _no_figure(
    text: str, m: re.Match[str], s: int, e: int, value: float, digits: bool, has_unit: bool
) -> bool:
    """The number at ``s``-``e`` is no figure: a date, a year, a decade, an age, a phone number's digit
    groups, a list marker."""
    raw = m.group(0)
    # A currency glued after the digits ("115USD", "100元") is no ordinal either.
    glued_currency = digits and (
        CURRENCY_AFTER_RE.match(text[e : e + 12]) is not None
        or PERCENT_AFTER.match(text[e : e + 5]) is not None
    )  # "24pc" is no ordinal either
    if (
        not has_unit
        and not glued_currency
        and (_is_date_or_time(text, s, e, digits) or _is_year(text, m, value, e))
    ):
        return True
    if digits and has_unit and _DASH_DIGIT.match(text, e, e + 2) and _hyphen_range(text, s) is None:
        # "$5-10-20": a code after a sign; the number alone ($5) was a confident wrong figure
        # (session 10). A rising range ("$5-10 billion") is joined whole by ``_join_ranges``.
        return True
    if text[e : e + 1] == "s" or text[e : e + 2] in ("’s", "'s"):  # "the 1990s", "1980's"
        return True
    if AGE.match(text, e, e + _AHEAD) or AGED_BEFORE.search(text[max(0, s - 20) : s]):
        return True  # an age the age patterns did not take ("a 61-year-old owner" is one of theirs)
    if digits and (
        (raw[0] == "0" and len(raw) > 1 and raw[1].isdigit())
        or _SPACE_THEN_THREE_DIGITS.match(text[e : e + 4])
        or _DIGIT_SPACE_AT_END.search(text[max(0, s - 2) : s])
    ):
        return True  # "0800 555 111": digit groups of a phone number
    if digits and raw.isdigit() and len(raw) <= 3 and _SPLIT_GROUP_AFTER.match(text, e, e + 6):
        return True  # "1, 118 points": 1,118 with a space typed after the comma, or a list? Not settled.
    if (
        digits
        and not has_unit
        and "." not in raw
        and PHONE_BEFORE.search(text[max(0, s - 40) : s])
        and not CURRENCY_BEFORE_RE.search(text[max(0, s - 8) : s])
        and not _MEASURED_NEXT.match(text[e : e + 20])
        # no phone number is written "150,000" or before a plural: "The line, which carries up to 150,000
        # barrels per day", "The new line has 12 stations" gave no figure (the lead's articles, session 24)
        and not _THOUSANDS_GROUP.search(raw)
        and not _PLURAL_NOUN_NEXT.match(text[e : e + 30])
    ):
        return True  # "call 101", "the tip line at 555-0199"; not "crossed the line in 44 seconds"
    if digits and not has_unit and _DIALLED.search(text, max(0, s - 10), s):
        noun = _NOUN_NEXT.match(text, e, e + 30)
        if noun is None or (noun.group(1) in NOT_UNITS and noun.group(1) != "times"):
            return True
    # "1 ) explains ... 2 ) cautions": the markers of a list, not counts
    return bool(
        digits and _CLOSING_PARENTHESIS.match(text[e : e + 2]) and "(" not in text[max(0, s - 60) : s]
    )


_DIMENSION_SEP = re.compile(r"\s*(?:x|×|(?P<by>by))\s*")
_SIZE_WORDS = re.compile(r"\b(?:measur\w*|sizes?|sized|dimensions?|footprint)\b", re.IGNORECASE)


# A vote's verb right before "N to M": the two sides of a tally, not a range; a chamber may stand between
# ("passed the House 234 to 193").
_VOTE_BEFORE = re.compile(
    r"\b(?P<verb>failed|passed|carried|defeated|rejected|approved|adopted|voted|vote\s+of|margin\s+of)\s+"
    rf"(?:the\s+(?:{'|'.join(sorted(_CHAMBERS))})\s+)?(?:by\s+)?$",
    re.IGNORECASE,
)
# Verbs of a vote that are also everyday verbs ("The ferry carried 300 to 400 a day", "The pump failed 2 to 3
# times a week", "Rovers were defeated 3-1"): a vote's only with what was voted on, or who voted, before them
# (review of session 17).
_EVERYDAY_VOTE_VERBS = frozenset({"failed", "passed", "carried", "defeated"})
_VOTED_ON = re.compile(
    r"\b(?:motion|bill|amendment|resolution|measure|proposal|referendum|vote|ballot|budget|plan|law|levy|permit|"
    r"tax|toll|fee|scheme|ordinance|rule|treaty|deal|offer|bid|policy|reform|charter|"
    r"council|senate|house|assembly|parliament|chamber|board|committee|jury|lawmakers|councillors|councilors|"
    r"members|shareholders|delegates)s?\b",
    re.IGNORECASE,
)


def _vote_before(text: str, lo: int, hi: int) -> bool:
    """Whether a vote's verb ends the text between ``lo`` and ``hi`` (the start of "N to M" or "N-M")."""
    m = _VOTE_BEFORE.search(text, lo, hi)
    if m is None:
        return False
    if m.group("verb").lower() in _EVERYDAY_VOTE_VERBS:
        return _VOTED_ON.search(text, 0, m.start()) is not None  # (the sentence's words before the verb)
    return True


# "twice a day" is not read here (no number); "six times a day" is how often, per day. Not inside a
# quotation: how often, like how long, is there the speaker's picture ("skipped lunch three times a day
# would notice"), so the number stays the bare count it was.
_QUOTE_MARKS = frozenset('"“”')


def _inside_quote(text: str, s: int) -> bool:
    """Whether an odd number of double quotation marks open before ``s`` in the sentence."""
    return sum(text.count(q, 0, s) for q in _QUOTE_MARKS) % 2 == 1


# "$186 more a year": a comparative between an amount and its span. Only before "a"/"an"/"each"/"every": CQE's
# one "N cents more per <unit>" is labelled a bare cent (its "a share" rates are per share), so "per" after a
# comparative is left as it was rather than lower that set's value+unit score.
_COMPARATIVE_AFTER = re.compile(r"\s+(?:more|fewer|less|extra)(?=\s+(?:a|an|each|every)\s)", re.IGNORECASE)
# How often, no rate after it (session 20): "had written to the council 9 times", "inspected 6 times since 2022";
# the gold of dev8, dev10 and dev16 counts "times" (a multiplier's "times" is read before, ``TIMES_COMPARISON``).
_HOW_OFTEN_AFTER = re.compile(r"\s+times\b")
_TIMES_RATE = re.compile(r"\s+times(?=,?\s+(?:a|an|per|each|every)\s)", re.IGNORECASE)
# "$21 per axle, up from $16", "31 cents a share, up from 28 cents", "0.7 visits per patient, compared
# with 0.9": the figure a rate is compared with is a rate of the same denominator.
# The rate's own time may stand between it and the comparison ("$21 per axle on Monday, up from $16"):
# a day, a month or a year, nothing longer, so a new clause never carries the rate.
# A new price's start may stand there too ("$118 a ton from January, up from $52", session 27).
_RATE_TIME = (
    rf"(?:\s+(?:on\s+(?:{WEEKDAY_NAMES})"
    rf"|(?:in|from|starting|starting\s+in)\s+(?:(?:{MONTH_NAMES})(?:\s+\d{{4}})?|\d{{4}})"
    rf"|(?:from\s+|starting\s+)?(?:this|last|next)\s+(?:week|month|quarter|year)|today|yesterday))?"
)
_RATE_COMPARED_AFTER = re.compile(
    _RATE_TIME + r"\s*,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|vs\.?|from)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?",
    re.IGNORECASE,
)


# What a rate's denominator measures, between it and a comparison: "per kilogram of apples", "a tonne of Kenyan tea".
_RATE_OBJECT = re.compile(r"\s+of\s+(?:[A-Za-z][\w’'-]*\s+){0,2}?[a-z][\w-]*")


# "3,900 marks a tonne (about $240)": an amount alone in parentheses right after a rate converts it.
_CONVERSION_OPEN = re.compile(
    r"\s*\(\s*(?:(?:about|around|roughly|some|nearly|almost|or)\s+)?", re.IGNORECASE
)
_CONVERSION_CLOSE = re.compile(r"\s*\)")


# A currency's rate is a level it moved to or stood at ("to 11.42 per euro", "at 24.6 per euro"); an
# amount gained or lost per euro ("The fund gained 0.9 per euro invested") quotes no currency.
_EXCHANGE_LEVEL_BEFORE = re.compile(r"\b(?:to|at)\s+(?:(?:about|around|roughly|nearly)\s+)?$", re.IGNORECASE)


_BARE_PER = re.compile(r"\d[\d,]*(?:\.\d+)?\s+per\s+[a-z]+$")


def _exchange_rates(text: str, found: list[_Found]) -> None:
    """An exchange rate ("The crown weakened 1.1% against the euro, to 11.42 per euro"): a bare number per
    a currency quotes the currency the sentence is about (the subject of a verb of its move), whose unit it
    takes, as written where several currencies share the noun (``BARE_CURRENCY``)."""
    for f in found:
        if (
            # a unit borrowed from an earlier count ("rose 40 basis points ..., to 27.9 per euro" was 27.9 points
            # per euro, session 20) is not the words' own: only the number and its rate are written
            (f.unit is not None and not _BARE_PER.match(text, f.start, f.end))
            or f.kind != "count"
            or f.per not in EXCHANGE_PER_CURRENCIES
            or f.pair == -2
            or _EXCHANGE_LEVEL_BEFORE.search(text, max(0, f.start - 24), f.start) is None
        ):
            continue
        subject = None
        for m in EXCHANGE_SUBJECT.finditer(text, 0, f.start):
            cur = m.group("cur")
            if (
                m.group("verb") in CURRENCY_MOVE_VERBS
                and cur not in NOT_UNITS
                and cur not in EXCHANGE_NOT_CURRENCY
                and PER_CURRENCIES.get(cur) != f.per
            ):
                subject = cur
        if subject is not None:
            f.unit, f.kind = BARE_CURRENCY.get(subject) or subject, "money"
            f.unit_rule = "figures.units.exchange_rate"


# Session 33: a unit of time as the subject that costs or cuts, the sentence's first words: "Every week of delay cuts the
# sugar recovered by 0.2 to 0.3 percentage points", "Every day we lose costs us about 1.2 million korvas" (per week, per
# day in the gold of dev29 and dev28; they were no rate). The amounts of its clause, up to the next comma or quote mark,
# are per that unit; not a time that only sets the scene ("Each winter, trucks haul about 9 million litres": no rate in
# dev23's gold), nor one with no verb of cost ("Every week we wait, another school ...").
_EVERY_UNIT_COSTS = re.compile(
    r"[“\"‘']?\s*(?:Every|Each)\s+(?:single\s+)?(?P<u>day|week|month|year|hour|minute|night|season|quarter)\s+"
    r"(?:of\s+(?:the\s+)?[a-z]+|(?:we|they|it|you|he|she|I|the\s+[a-z]+)\s+[a-z]+(?:\s+(?:shut|closed|down|off|idle|late))?)"
    r"\s+(?:costs?|cuts?|adds?|takes?|removes?|reduces?|lowers?|raises?|drains?|wipes?|knocks?|shaves?|loses?|lost)\b"
)
_CLAUSE_END = re.compile(r"[,;”\"]")


def _every_unit_rates(text: str, found: list[_Found]) -> None:
    """The amounts a unit of time costs or cuts (``_EVERY_UNIT_COSTS``) are per that unit."""
    if not text.lstrip("“\"‘' ").startswith(("Every", "Each")):
        return
    m = _EVERY_UNIT_COSTS.match(text)
    if m is None:
        return
    end_m = _CLAUSE_END.search(text, m.end())
    end = end_m.start() if end_m is not None else len(text)
    for f in found:
        if (
            m.end() <= f.start < end
            and f.per is None
            and f.pair != -2
            and f.kind not in ("duration", "multiplier")
        ):
            f.per, f.rate_rule = m.group("u"), "figures.rates.every_unit"


def _carried_rates(text: str, found: list[_Found]) -> None:
    """A figure compared with a rate of the same unit takes the rate's denominator ("$23 per axle, up from
    $15": $15 per axle); it was given none, so a rate cut to its first part. So does an amount in
    parentheses that converts the rate, and the comparison may follow that parenthesis."""
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if (
            a.per is not None
            and b.per is None
            and a.pair != -2
            and b.pair != -2
            and _CONVERSION_OPEN.fullmatch(text, a.evidence_end, b.start) is not None
            and _CONVERSION_CLOSE.match(text, b.evidence_end) is not None
        ):
            b.per, b.rate_rule = a.per, "figures.rates.converted"
            if i + 2 < len(found) and (close := _CONVERSION_CLOSE.match(text, b.evidence_end)) is not None:
                c = found[i + 2]
                if (
                    c.per is None
                    and c.pair != -2
                    and c.kind == a.kind
                    and c.unit == a.unit
                    and _RATE_COMPARED_AFTER.fullmatch(text, close.end(), c.start) is not None
                ):
                    c.per, c.rate_rule = a.per, "figures.rates.compared"
    # an absorbed denominator ("per 100g", "per 100,000 residents") stands between a rate and its comparison
    for a, b in pairwise([f for f in found if f.pair != -2]):
        if a.per is None or b.per is not None or b.kind != a.kind or b.unit != a.unit:
            continue
        gap = a.evidence_end
        if (obj := _RATE_OBJECT.match(text, gap, b.start)) is not None:
            gap = obj.end()  # "€1.20 per kilogram of apples, compared with €1.45" (session 28)
        if _RATE_COMPARED_AFTER.fullmatch(text, gap, b.start) is None:
            continue
        b.per, b.rate_rule = a.per, "figures.rates.compared"
    for i, a in enumerate(found):
        # "annual spending on parks fell from £80,000 to £52,000": a change's new level is a rate like its old one
        if (
            a.pair is not None
            and a.pair > i
            and a.per is not None
            and found[a.pair].per is None
            and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start)
            is not None  # "$21 per axle and $5" is none
        ):
            b = found[a.pair]
            if b.kind == a.kind and b.unit == a.unit:
                b.per, b.rate_rule = a.per, "figures.rates.compared"


# "12 murders per 100,000 people", "5 per 10,000": a number after "per" is the rate's denominator. Read
# as a figure of its own it was a count of 100,000 people the text never states (session 9).
_PER_NUMBER = re.compile(r"\s*(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+", re.IGNORECASE)
_PER_ONLY = re.compile(r"\s*(?:per|a|for\s+every)\s+", re.IGNORECASE)
# Units of the amount of a good a price is given per ("€4.20 per 100g", "$3 per 500 ml").
_PER_AMOUNT_UNITS = frozenset({"g", "kg", "mg", "ml", "l", "cl", "lb", "oz"})


def _rate_denominators(text: str, found: list[_Found]) -> None:
    """A number after "per" becomes the ``per`` of the figure before it ("3 cases per 10,000 pupils": per
    "10,000 pupils"); an elliptical "5 per 10,000" takes the noun of the last such denominator."""
    nouns: dict[float, str] = {}  # denominator value -> its noun, for the elliptical ones after it
    for a, b in pairwise(found):
        if a.pair == -2 or b.pair == -2 or a.per is not None or b.value_max is not None:
            continue
        if b.kind == "other" and a.kind == "money" and b.unit in _PER_AMOUNT_UNITS:
            # "€4.20 per 100g" (session 28; dev24's gold: per 100g, it had none and a figure of 100 g): a price per
            # an amount of a good, the amount as written
            if _PER_ONLY.fullmatch(text, a.evidence_end, b.start) is not None:
                a.per = text[b.start : b.evidence_end].strip(" ,;:")
                a.evidence_end = max(a.evidence_end, b.evidence_end)
                b.pair = -2
            continue
        if b.kind != "count" or _PER_NUMBER.fullmatch(text, a.evidence_end, b.start) is None:
            continue
        number = text[b.start : b.end].strip(" ,;:")
        noun = b.unit or nouns.get(b.value)
        if b.unit:
            nouns[b.value] = b.unit
        a.per = f"{number} {noun}" if noun else number
        a.evidence_end = max(a.evidence_end, b.evidence_end)
        b.pair = -2  # absorbed: no figure of its own


# Words after a count that name what it counts elsewhere ("11 of the March states", "4,500 such donors")
# or that tell it counts no noun of the sentence ("we are five right now", "14 solidly or leaning ...").
_OTHER_NOUN_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|these|those|its|their|his|her|our)|such|other|right|now|alone|together|times|strong|\w+ly"
    # "among the top 10 largest in the world" borrowed an earlier count's noun once "largest" was no unit (session 21)
    r"|(?:most|least)\s+[a-z]+|[a-z]{2,}est)\b",
    re.IGNORECASE,
)
# A partitive of a pronoun: "cancelled 214 of them" ("of these" names a noun after it, ``_OTHER_NOUN_AFTER``). It
# counts the plural the sentence named before with a determiner: "which runs most of the flights from the north
# terminal, cancelled 180 of them" (dev7's kind: no unit, the plural was no noun of ``COUNTED_NOUNS``; session 27).
_OF_THEM = re.compile(r"\s+of\s+them\b")
# "Two of those arrested", "four of those who died": "those" with a participle done to people, or "who", is people
# (session 29: no unit). "two of those sold", "three of those built" count things the sentence does not name: none.
_OF_THOSE_PEOPLE = re.compile(r" of those (?:who\b|(?P<v>[a-z]+)\b)")
_DETERMINED_PLURAL = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|these|those|all)|\w[’']s)\s+(?P<n>[a-z][a-z-]*s)\b"
)


def _is_people_plural(noun: str) -> bool:
    return noun in PEOPLE_PLURALS or (noun.endswith(PEOPLE_PLURAL_ENDINGS) and noun not in PEOPLE_NOT_PLURALS)


def _them_people(text: str, s: int, e: int) -> tuple[str | None] | None:
    """After a verb done to people ("arrested three of them"), the nearest plural before it that names people, or
    none (in a 1-tuple); ``None`` where no such verb stands before "N of them"."""
    if _OF_THEM.match(text, e) is None or _prev_word(text, s).lower() not in PEOPLE_OBJECT_VERBS:
        return None
    for m in reversed(list(_ANY_PLURAL.finditer(text, max(0, s - 200), s))):
        noun = m.group(1).lower()
        if _is_people_plural(noun) and len(text[: m.start()].split()) > 2:
            # not the clause's subject in its first words: "The officers stopped 40 cars and arrested six of them"
            return (noun,)
    return (None,)


_ANY_PLURAL = re.compile(r"\b([a-z][a-z-]*s|people|men|women|children|staff|crew)\b")


def _them_antecedent(text: str, s: int, e: int) -> str | None:
    if _OF_THEM.match(text, e) is None:
        return None
    last = _last(_DETERMINED_PLURAL.finditer(text, max(0, s - 200), s))
    if last is None:
        return None
    noun = last.group("n")
    return noun if is_plural(noun) and noun not in NOT_UNITS and noun not in NOT_COUNTED else None


# Between listed numbers: "20 or 30", "7, 8, 10", "5, 10 or 15".
_LISTED_BEFORE = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|or\s+)")


# Between the two ends of a range told as alternatives ("four or five cold nights"); "either" before the
# first makes them the only two values ("each cell holds either 0 or 1"), no range between.
_EITHER = re.compile(r"\s+or\s+")
_EITHER_BEFORE = re.compile(r"\beither\s+$", re.IGNORECASE)
# A noun numbers label rather than count ("Bus routes 12 or 40", "gate 4 or 5"): two labels, no range (review).
_LABEL_BEFORE = re.compile(
    r"\b(?:routes?|wards?|gates?|platforms?|flights?|seats?|bus(?:es)?|lines?|chapters?|articles?|rooms?|"
    r"sections?|numbers?|no\.|exits?|junctions?|piers?|berths?|lots?|districts?|highways?|roads?|stands?|"
    r"terminals?|channels?|pages?|clauses?|paragraphs?)\s+$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
# "Fees range from £980 to £1,400 a week", "prices varied from $5 to $9": the span of a range, not a change from
# one level to another (session 24: dev20's gold reads one range; it was two amounts).
_RANGING_FROM_BEFORE = compile_case_blind(
    r"\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying))\s+(?:widely\s+)?from\s+$"
)


# A bare number set against the figure before it, its unit written once: "viable for up to 24 hours instead of 12",
# "a fare of $5 rather than 7" (12 was a count of nothing; the lead's articles, session 24).
_SET_AGAINST = compile_case_blind(
    r"\s*,?\s+(?:instead\s+of|rather\s+than|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s+"
)
# A rate's old level after the words that end its clause: "about $610 a tonne for flour, up from $440", "3.40 rell
# a kilogram in Sarnavo markets last week, up from 1.55 rell", "up to 2,000 mice per hectare in parts of the belt in
# October, against fewer than 50 in a normal spring" (session 34: the old level takes the denominator).
_PRICE_SET_AGAINST = compile_case_blind(
    r"(?:\s+[\w'’-]+){1,8},\s+(?:(?:up|down)\s+from|against|compared\s+(?:with|to))\s+"
    r"(?:(?:fewer|less|more)\s+than\s+|about\s+|around\s+|roughly\s+|some\s+)?"
)
# A count's old level, its noun written once: "lost four boats in storms last winter, up from one the winter before"
# (dev30's gold 1 boat; session 34), "23 people, down from 61".
_COUNT_UP_FROM = compile_case_blind(r"(?:\s+[\w'’-]+){0,6},\s+(?:up|down)\s+from\s+")
# A gapped clause: "Quill was sentenced to five years and Sayer to four" (four years); one or two capitalised names
# and the preposition that stood before the first figure.
_GAPPED_AND = re.compile(r"\s*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?P<p>to|for|by|at)\s+")
_PREPOSITION_BEFORE = re.compile(r"\b(?P<p>to|for|by|at)\s+(?:\S+\s+){0,2}$")
_ELIDED_KINDS = frozenset({"duration", "money", "percent", "other"})


# A change's new level, then its old one with the unit left out: "cut its investment to 2.1 billion esdras from 3.4
# billion", "raised its forecast to 2.5% from 2" (session 31: the old level had no unit once the new one was money).
_FROM_BETWEEN = re.compile(r"\s+from\s+")
_TO_BEFORE = compile_case_blind(r"\bto\s+(?:(?:about|around|roughly|some|nearly|almost|just)\s+)?$")


def _new_level_from(text: str, a: _Found, b: _Found) -> bool:
    """``a`` is a change's new level ("to 2.1 billion esdras") and ``b``, after "from", its old one."""
    return (
        _FROM_BETWEEN.fullmatch(text, a.evidence_end, b.start) is not None
        and _TO_BEFORE.search(text, max(0, a.start - 20), a.start) is not None
        and b.value > 0
        and 0.1 <= (a.value / (a.scale or 1.0)) / (b.value / (b.scale or 1.0)) <= 10
    )


# A currency's name after a hyphen: the names written after amounts, in the singular; not the pound ("a two-pound bag"
# weighs; read before, by ``_pounds_weigh``) nor a name that is also a common word of size or kind ("mark", "real",
# "won", "dong", "rand", "lev", "dram").
_HYPHEN_NOT_CURRENCIES = words("pound pounds mark marks real won dong rand lev dram drams lari")
_HYPHEN_CURRENCIES: dict[str, str] = {
    name: code
    for name, code in CURRENCY_AFTER_NAMES.items()
    if code  # a name several countries share takes the story's country (``shared_currency``)
    and name not in MILLION_CODES
    and name not in _HYPHEN_NOT_CURRENCIES
    and name.isalpha()
    and (len(name) > 3 or name == "yen")
}


# Session 33: a level named by what it is to the amount before, its unit written once: "cut the season to about three
# weeks from the usual six", "90 minutes, up from the normal 60", "about 23 million pounds, less than half of the 50
# million it aims to hold", "40 billion litres, about a third of the 120 billion it can store" (six was a count of the
# trees of another clause, 50 million a count of nothing: dev29). The words right before the bare number: a determiner
# and an adjective of expectation or habit (``lexicon.EXPECTED_LEVEL_WORDS``), or a share "of the".
_LEVEL_NAMED_BEFORE = compile_case_blind(
    r"(?:\b(?:the|its|their|his|her|our|an?|this\s+year['’]s|last\s+year['’]s)\s+(?:"
    + "|".join(sorted(EXPECTED_LEVEL_WORDS, key=len, reverse=True))
    + r")|\b(?:half|a\s+third|a\s+quarter|a\s+fifth|a\s+tenth|two[\s-]thirds|three[\s-]quarters|"
    r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))\s+of\s+the)\s+$"
)
# No clause of its own between the two (a semicolon, a colon, a sentence's "and" with a subject): at most this far.
_LEVEL_NAMED_GAP = 70


def _level_named_before(text: str, a: _Found, b: _Found) -> bool:
    """``b`` is a level the words before it name against ``a`` ("from the usual six", "half of the 50 million"), of a
    size near it (within ten times, scales read)."""
    if b.start - a.evidence_end > _LEVEL_NAMED_GAP or any(c in text[a.evidence_end : b.start] for c in ";:"):
        return False
    if _LEVEL_NAMED_BEFORE.search(text, max(0, b.start - 40), b.start) is None:
        return False
    low = a.value / (a.scale or 1.0)
    high = b.value / (b.scale or 1.0)
    return low > 0 and high > 0 and 0.1 <= high / low <= 10


def _elided_units(text: str, found: list[_Found]) -> None:
    """A bare count right after a figure with a unit (``_SET_AGAINST``, ``_GAPPED_AND``) takes its unit and kind."""
    for a, b in pairwise(found):
        if (
            a.per is not None
            and b.per is None
            and a.pair != -2
            and b.pair != -2
            and a.kind == b.kind
            and (a.kind in _ELIDED_KINDS or a.kind == "count")
            and a.unit == b.unit
            and b.value > 0
            and 0.1 <= (a.value / (a.scale or 1.0)) / (b.value / (b.scale or 1.0)) <= 10
            and (
                _SET_AGAINST.fullmatch(text, a.evidence_end, b.start) is not None
                or _PRICE_SET_AGAINST.fullmatch(text, a.evidence_end, b.start) is not None
                or _new_level_from(text, a, b)
            )
        ):
            # "about $610 a tonne for flour, up from $440", "3.40 rell a kilogram ..., up from 1.55 rell": the old
            # level is a price of the same thing, its denominator written once (dev23, dev30; session 34)
            b.per = a.per
            continue
        count_up_from = (
            a.kind == "count"
            and a.unit is not None
            and b.value > 0
            and 0.1 <= a.value / b.value <= 10
            and _COUNT_UP_FROM.fullmatch(text, a.evidence_end, b.start) is not None
        )
        if (
            a.pair == -2
            or b.pair == -2
            or (a.kind not in _ELIDED_KINDS and not count_up_from)
            or a.unit is None
            or b.kind != "count"
            or b.unit is not None
            or b.evidence_end > b.end
        ):
            continue
        if (
            _SET_AGAINST.fullmatch(text, a.evidence_end, b.start) is None
            and not count_up_from
            and not _new_level_from(text, a, b)
            and not _level_named_before(text, a, b)
        ):
            gapped = _GAPPED_AND.fullmatch(text, a.evidence_end, b.start)
            first = _PREPOSITION_BEFORE.search(text, max(0, a.start - 30), a.start)
            if gapped is None or first is None or first.group("p") != gapped.group("p"):
                continue
        b.unit, b.kind, b.unit_rule = a.unit, a.kind, "figures.units.elided"
        b.per = b.per or a.per
        if a.scale and not b.scale and b.value <= 10 * a.value / a.scale:
            # "£4.2bn, compared with 3.9", "paid £3 million, up from 1": the scale is elided with the unit (review 2,
            # Q8: 3.9 GBP); "£3 million, up from 900,000" writes its own size
            b.value *= a.scale
            b.scale = a.scale


# A range's old level after it: ", from $8.20 to $8.80", "(down from 30 to 35 days)", ", up from between 4% and 5%".
_RANGE_SET_AGAINST = compile_case_blind(
    r"(?:\s+(?:of|for)(?:\s+[a-z][\w-]*){1,3})?\s*[,(]\s*(?:(?:up|down)\s+)?from\s+"
)


def _range_before_range(text: str, prev: _Found, a: _Found) -> bool:
    """Whether ``a`` opens the old level of the range ``prev`` ends right before it, in its kind and unit."""
    return (
        prev.qualifier == "range"
        and prev.pair == -1
        and prev.kind == a.kind
        and (prev.unit is None or a.unit is None or prev.unit == a.unit)
        and _RANGE_SET_AGAINST.fullmatch(text, prev.evidence_end, a.start) is not None
    )


def _join_ranges(text: str, found: list[_Found]) -> None:
    """Pair the numbers of a change ("from 500 to 4,000") and join a range ("3,000-4,000 troops") into its
    first number; a count without a unit takes the one before it."""
    # Changes and ranges: "from 500 personnel to around 4,000", "3,000-4,000 troops".
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        sep = SECOND_NUMBER.fullmatch(text, a.evidence_end, b.start)
        if not sep:
            continue
        bare_first = a.unit is None and a.kind == "count" and b.unit is not None
        # ...unless the second is far larger: "the index rose 12 to 3,400 points" is a change and a level
        bare_range = (
            bare_first and a.value < (b.value / (b.scale or 1.0) if not a.scale else b.value) <= 10 * a.value
        )
        if bare_first:
            a.kind = b.kind  # "four to seven years", "between 20 and 25 years": the unit is stated once
        elif (
            b.unit is None
            and b.kind == "count"
            and a.unit is not None
            and sep.group("sep") in "-–"
            and (digit := _DIGIT.search(text, a.start, a.end)) is not None
            and _hyphen_range(text, digit.start()) is not None
        ):
            b.kind = a.kind  # "$10-15", "3%-4": a range's sign or unit written once, before it
        elif (
            b.kind == "count"
            and (b.unit is None or b.evidence_end <= b.end)
            and a.unit is not None
            and a.kind != "count"
            and sep.group("sep").lower() == "to"
            and _FROM_BEFORE.search(text, max(0, a.start - 6), a.start) is not None
        ):
            # "cut the average wait from 19 weeks to 16", "from $5 to 7": a change's new level is written without
            # the unit its old one gave (it was a count of nothing, or of a noun borrowed from the sentence or
            # another count, session 23)
            b.kind, b.unit = a.kind, None
        if a.kind != b.kind or (a.unit is not None and b.unit is not None and a.unit != b.unit):
            continue  # "climbed 31% to $612 million", "widened 1.4 points to 27.9%": change, then level
        forecast_range = (
            a.kind == b.kind == "percent"
            and sep.group("sep").lower() == "to"
            and a.value < b.value < 2 * a.value
            and _FORECAST_CHANGE_BEFORE.search(text[max(0, a.start - 30) : a.start]) is not None
        )
        if forecast_range:
            a.qualifier_rule = "figures.ranges.forecast"
        if (
            sep.group("sep").lower() in ("to", "and")
            and not bare_range
            and not forecast_range
            and _CHANGE_VERB_JUST_BEFORE.search(text[max(0, a.start - 20) : a.start])
        ):
            # "rose 5% to 7%" is not a range; "rose 3-4%" is one, and so is "rise 10 to 15 percent": a
            # change written before a level carries its own unit, so a bare first number is a range's
            # low end (it came out as a change of 10 with no unit, session 11)
            continue
        if (
            sep.group("sep").lower() == "to"
            and not bare_range
            and a.kind in ("money", "percent", "other")
            and b.value > _CHANGE_THEN_LEVEL * a.value > 0
            and _BY_JUST_BEFORE.search(text, max(0, a.start - 4), a.start) is not None
        ):
            # "will raise the price of its loaf by 40 cents to $5.20": the change, then the level it reaches (it was a
            # range 0.4-5.2, session 34, dev30). A range of a change has two ends of one size ("by 2 to 3 per cent").
            continue
        is_change = bool(_FROM_BEFORE.search(text[max(0, a.start - 6) : a.start]))
        between = bool(_BETWEEN_BEFORE.search(text[max(0, a.start - 9) : a.start]))
        if is_change and _RANGING_FROM_BEFORE.search(text, max(0, a.start - 30), a.start):
            is_change, between = False, True
        if (
            is_change
            and sep.group("sep").lower() == "to"
            and i > 1
            and _range_before_range(text, found[i - 2], a)
        ):
            # "cut its forecast to $7.40 to $7.90 a kilogram, from $8.20 to $8.80": the old range set against the
            # new one is a range too, counted per what the new one is (session 31; it was two amounts). The range
            # stands two places back: its high end, absorbed, is the one before.
            is_change, between = False, True
            a.per = a.per or found[i - 2].per
        # "by 287 votes to 252": a unit after the first number makes "to" a tally, not a range; so does a
        # vote's verb before it ("the amendment failed 68 to 79" was the range 68-79, session 9).
        voted = (
            sep.group("sep").lower() == "to"
            and not is_change
            and not between
            and a.unit is None
            and b.unit is None
            and _vote_before(text, max(0, a.start - 30), a.start)
        )
        tally = (
            sep.group("sep").lower() == "to"
            and not is_change
            and not between
            and (a.evidence_end > a.end or voted)
        )
        if voted:
            # "the amendment failed 68 to 79", "voted by 412 to 37": a vote's verb says what each side
            # counts, as "a 6-3 vote" does (they were counts of nothing, session 17)
            a.unit = b.unit = TALLY_VOTES
            a.unit_rule = b.unit_rule = "figures.units.vote_tally"
        if a.unit is None:
            a.unit = b.unit
        if b.unit is None:
            b.unit = a.unit
        if a.kind == "money" or b.kind == "money":
            a.kind = b.kind = "money"
        if b.scale and not a.scale and a.value < 10 * b.value / b.scale:
            # "$89 to $93 billion", "5 to 10 million": the scale is written once, at the high end.
            a.value *= b.scale
            a.scale = b.scale
        a.per = a.per or b.per
        if not is_change and not tally and (between or sep.group("sep") in "-–—to"):
            if sep.group("sep") == "and" and not between:
                continue
            if b.value < a.value:
                continue  # "10-5" is not a range low to high; both numbers stay figures
            # One ranged figure: value is the lower bound, value_max the upper, evidence spans both ends.
            a.qualifier = "range"
            a.value_max = b.value
            a.evidence_end = b.evidence_end
            a.end = b.end
            a.pair = -1
            b.pair = -2  # absorbed
        else:
            a.pair, b.pair = i + 1, i
    # Dimensions: "3 x 2 metres", "40 by 60 feet": the unit is written once, after the last side.
    for a, b in pairwise(found):
        sep = _DIMENSION_SEP.fullmatch(text, a.evidence_end, b.start)
        if (
            sep is not None
            and a.unit is None
            and a.kind == "count"
            and b.kind == "other"
            and b.unit is not None
            and (sep.group("by") or _SIZE_WORDS.search(text))  # "4 x 400 m relay": four legs, not a size
        ):
            a.unit, a.kind, a.per = b.unit, b.kind, b.per
    # "four or five cold nights", "two or three years", "a 20 or 30 percent premium": two numbers joined by
    # "or", the unit written once after the second, are one range from the first to the second (session
    # 17: the first was a figure of its own, a count of nothing or of the second's unit). A list of three
    # or more ("7, 8 or 10 percent") stays a figure per number.
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if (
            a.pair is None
            and b.pair is None
            and a.unit is None
            and a.kind == "count"
            and a.per is None
            and a.value_max is None
            and b.value_max is None
            and a.value < (b.value / b.scale if b.scale and not a.scale else b.value)
            and _EITHER.fullmatch(text, a.evidence_end, b.start) is not None
            and (i == 0 or _LISTED_BEFORE.fullmatch(text, found[i - 1].evidence_end, a.start) is None)
            and _EITHER_BEFORE.search(text, max(0, a.start - 8), a.start) is None
            and _LABEL_BEFORE.search(text, max(0, a.start - 14), a.start) is None
        ):
            low = a.value * b.scale if b.scale and not a.scale else a.value
            if b.value > 10 * low:
                continue  # "three or four thousand ballots": a scale word the number reader kept in the value
            # "5 or 10 million": the scale is written once, at the high end
            a.value, a.scale = low, a.scale or b.scale
            a.unit, a.kind, a.per = b.unit, b.kind, b.per
            a.unit_rule = "figures.ranges.either"
            a.qualifier = "range"
            a.value_max = b.value
            a.evidence_end = b.evidence_end
            a.end = b.end
            a.pair, b.pair = -1, -2
    # "clear 7, 8, 10 percent": a share, a duration or a measure written once, after the last of numbers
    # listed before it (each was a count, session 10).
    for a, b in reversed(list(pairwise(found))):
        if (
            a.unit is None
            and a.kind == "count"
            and b.kind in ("percent", "duration", "other")
            and a.pair != -2
            and _LISTED_BEFORE.fullmatch(text, a.evidence_end, b.start)
        ):
            a.unit, a.kind = b.unit, b.kind
    _elided_units(text, found)
    _rate_denominators(text, found)
    earlier: str | None = None  # the unit of the last count so far (a running value: a rescan was n²)
    for f in found:
        if f.pair == -2:
            continue  # an absorbed range end or rate denominator: "per 10,000 pupils" counts no pupils
        if (
            (f.unit is None or (not is_plural(f.unit) and f.unit not in COUNTED_NOUNS))
            and f.kind == "count"
            and (whole := COUNT_OF_BEFORE.search(text, max(0, f.start - 50), f.start)) is not None
            and (whole.group("g") or "x").islower()
        ):
            # "a sold-out crowd of 11,000": the noun before says what is counted; a word after the number that is no
            # plural is the clause's verb ("The family of 4 lost their home" counted "lost": review 2, session 25)
            noun = whole.group("n") or whole.group("g")
            if f.unit is not None:
                f.evidence_end = f.end  # the verb is no part of the figure's words
            f.unit, f.unit_rule = COUNT_OF_NOUNS[fold_key(noun)], "figures.units.count_of"
        if (
            f.unit is None
            and f.kind == "count"
            and " of those " in text[f.end : f.end + 10]
            and (those := _OF_THOSE_PEOPLE.match(text, f.end)) is not None
            and (those.group("v") is None or those.group("v") in THOSE_PEOPLE_PARTICIPLES)
        ):
            # "Two of those arrested were charged", "three of those who died": people (session 29, dev21's gold)
            f.unit, f.unit_rule = "people", "figures.units.those_people"
        if (
            f.unit is None
            and f.kind == "count"
            and not _OTHER_NOUN_AFTER.match(text, f.evidence_end, f.evidence_end + 40)
        ):
            # "killed 14 people and injured at least 60": the count before it in the sentence; not
            # where the words after name another noun ("all 11 of the states" took "staff", "4,500
            # such donors" took "donations", session 10)
            people = _them_people(text, f.start, f.end) if " of " in text[f.end : f.end + 5] else None
            if people is not None:
                f.unit = people[0]  # "arrested three of them": the owners, not the shops (session 28)
            else:
                f.unit = earlier or _unit_before(text, f.start)
            if f.unit is None and people is None and " of " in text[f.end : f.end + 5]:
                f.unit = _them_antecedent(text, f.start, f.end)
        if f.kind == "count" and f.unit:
            earlier = f.unit


# A round number with "a" and nothing else: "a hundred", "a thousand", "a million" (not "about a thousand", "a thousand
# and twelve", "1,000").
_ROUND_FIGURE_OF_SPEECH = re.compile(r"an?\s+(?:hundred|thousand|million)", re.IGNORECASE)
# What makes such a number in a quote a figure of speech: a modal before it ("I would take in a thousand dogs"), or
# "times" after it ("I have asked a hundred times").
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:would|could|might)\b|[’']d\b", re.IGNORECASE)
_TIMES_NEXT = re.compile(r"\s+times\b", re.IGNORECASE)


_SPAN_BEFORE_SECOND = SPAN_BEFORE_RELATIVE | words("every per under about around after")


# Nouns a speaker's round "a hundred", "a thousand" pictures, no count (session 34: "They have given us a hundred
# reasons", "there are a thousand steps between here and first gas": dev21's and dev24's gold have no figure).
_PICTURED_NOUNS = words(
    "reasons steps ways things questions excuses problems stories ideas words miles times places details"
)
# A span a speaker denies, hedges or sets against the one stated (``_figure_of_speech``, session 34).
_RHETORICAL_SPAN_BEFORE = re.compile(
    r"\b(?:not|never|even|than|every)\s+(?:(?:for|in|after|within|once|one|a)\s+)?$", re.IGNORECASE
)


_SINGLE_CLOSE = re.compile(r"’(?![A-Za-z])")


def _before_closing_quote(text: str, s: int) -> bool:
    """Whether ``s`` stands in a quotation the sentence opened before it (a curly mark closes after it and none opens
    before): "One second he was drinking, the next second he was gone,” she said" after “It came out of nowhere."."""
    if "“" not in text[:s] and (close := text.find("”", s)) != -1 and "“" not in text[s:close]:
        return True
    # a single mark opening a word before it and none closing since (a closing mark ends a word and no letter follows
    # it; "the company’s" is an apostrophe): ‘I would rather close for six weeks than for six months,’ she said
    opened = text.rfind("‘", 0, s)
    return (
        opened != -1
        and (opened == 0 or not text[opened - 1].isalnum())
        and _SINGLE_CLOSE.search(text, opened, s) is None
    )


def _figure_of_speech(text: str, f: _Found, fig_text: str, in_quote: bool) -> bool:
    """A speaker's round "a thousand" that pictures many: in a quote, and hypothetical, "... times", or counting no
    noun. "'A hundred jobs will go,' the union said" is a count (review 1, session 25). And a speaker's "one second"
    ("I saw it one second too late", "One second he was there, the next he was gone"): an instant, no span (session
    30: dev19 and dev26 gave durations their gold leaves), unless a word of measuring time stands before it ("for one
    second", "within one second")."""

    def quoted() -> bool:  # (asked only of the few spans below: it reads the sentence up to the figure)
        return in_quote or _inside_quote(text, f.start) or _before_closing_quote(text, f.start)

    if f.kind == "duration" and f.value == 1 and f.unit == "seconds":
        return _prev_word(text, f.start).lower() not in _SPAN_BEFORE_SECOND and quoted()
    if (
        f.kind == "duration"
        and _RHETORICAL_SPAN_BEFORE.search(text, max(0, f.start - 24), f.start) is not None
        and quoted()
    ):
        # a speaker's span denied, hedged or compared ("not for one minute", "even for five minutes", "rather close
        # for six weeks than for six months", "not every six months"): no fact stated (dev25, dev28 and dev30 leave
        # them; session 34)
        return True
    if f.kind != "count" or not _ROUND_FIGURE_OF_SPEECH.fullmatch(fig_text):
        return False
    if not (in_quote or _inside_quote(text, f.start)):
        return False
    return (
        f.unit is None
        or f.unit in _PICTURED_NOUNS
        or _TIMES_NEXT.match(text, f.end, f.end + 12) is not None
        or _HYPOTHETICAL_BEFORE.search(text, max(0, f.start - 40), f.start) is not None
    )


# "had lost about 180 million litres a day through leaking pipes": an amount lost at a rate is a flow, not a change of
# the amount (the lead's note, session 30: the measure was "change in l"); "lost 4%" stays a change.
_LOST_JUST_BEFORE = re.compile(r"\b(?:lose|loses|losing|lost)\s+$", re.IGNORECASE)


def _figure_drafts(sent: Sentence, found: list[_Found], in_quote: bool) -> list[FigureDraft]:
    """The drafts of the figures read (a range's absorbed end and a quoted duration left out)."""
    text = sent.text
    drafts: list[FigureDraft] = []
    for f in found:
        if f.pair == -2:
            continue
        if f.kind == "duration" and in_quote:
            continue
        evidence = text[f.start : f.evidence_end].strip(" ,;:")
        fig_text = text[f.start : f.end].strip(" ,;:")
        if _figure_of_speech(text, f, fig_text, in_quote):
            # "I would take in a thousand dogs" (dev21), "I have asked a hundred times" (dev19): the gold counts none
            continue
        drafts.append(
            FigureDraft(
                rule=f.rate_rule or f.unit_rule or f.qualifier_rule or "figures.numbers",
                text=fig_text,
                value=clean_value(f.value),
                value_max=clean_value(f.value_max) if f.value_max is not None else None,
                unit=f.unit,
                per=f.per,
                kind=f.kind,
                qualifier=f.qualifier,
                measure=(
                    f"change in {f.unit or f.kind}"  # "rose 6%": a change, never the same fact as a level of 6%
                    if _CHANGE_VERB_JUST_BEFORE.search(text[max(0, f.start - 20) : f.start])
                    and not (
                        f.per is not None and _LOST_JUST_BEFORE.search(text, max(0, f.start - 12), f.start)
                    )
                    else _measure(text, f.start, f.unit, f.kind, f.evidence_end)
                ),
                evidence=[evidence],
                hint=sent.start + f.start,
            )
        )
    return drafts


# Plural nouns that, with a number, describe unnamed sources rather than count anything.
SOURCE_NOUNS = frozenset(
    {
        "sources",
        "officials",
        "diplomats",
        "aides",
        "insiders",
        "people",
        "persons",
        "members",
        "advisers",
        "analysts",
    }
)
# Singular counted nouns that make "one" a count: "left one contractor dead".
SINGULAR_COUNTED = frozenset(
    {
        "person",
        "soldier",
        "civilian",
        "contractor",
        "child",
        "man",
        "woman",
        "officer",
        "journalist",
        "worker",
        "member",
        "student",
        "fighter",
        "militant",
        "hostage",
        "prisoner",
        "patient",
        "victim",
        "policeman",
        "resident",
    }
)


# "for almost a year", "nearly a decade": a duration of one unit, spelled with "a".
ONE_UNIT_DURATION = compile_case_blind(
    # The lookahead is the first letters of what may open the match: a cheap test at every position.
    r"(?=[afijlmnorw])\b(?:(?P<for>for|in)\s+)?(?:(?P<q>almost|nearly|about|around|roughly|more than|over|less than|just over|just under|well over|within)\s+)?"
    r"(?P<a>a|an|one)\s+(?P<u>year|month|week|day|decade|century|hour)\b(?!\s+(?:ago|earlier|later|old))(?!-)",
)


# A change over the span "in a decade" took (session 32): "Strandings have roughly doubled in a decade", "Rents rose 12%
# in a year", "The river rose two metres in an hour" state the span as "in three years" does (dev28's gold a duration).
# A verb of change or a multiplier's verb earlier in the clause; not a superlative's "the worst in a decade", "their
# highest in a year" (a relative time of the event).
_CHANGED_IN_BEFORE = re.compile(
    r"\b(?-i:"
    + case_trie(
        {
            f
            for lemma in _CHANGE_LEMMAS
            - {"lose", "gain"}  # "lost half a billion dollars in a year": a sum, no level
            for f in (forms(lemma).past, forms(lemma).participle, forms(lemma).third)
        }
        | {"doubled", "tripled", "trebled", "quadrupled", "halved", "doubles", "triples", "halves"}
    )
    + r")\b[^,;:.!?]{0,40}$",
    re.IGNORECASE,
)
_SUPERLATIVE_JUST_BEFORE = re.compile(
    r"\b(?:\w+est|first|most|least|best|worst)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _one_unit_durations(sent: Sentence) -> list[FigureDraft]:
    out: list[FigureDraft] = []
    for m in ONE_UNIT_DURATION.finditer(sent.text):
        if (
            not m.group("q")
            and (m.group("for") or "").lower() == "in"
            and _CHANGED_IN_BEFORE.search(sent.text, max(0, m.start() - 60), m.start()) is not None
            and _SUPERLATIVE_JUST_BEFORE.search(sent.text, max(0, m.start() - 30), m.start()) is None
            and not sent.text.startswith((" of ", " in which", " when"), m.end())  # "in a year of turmoil"
        ):
            pass  # "doubled in a decade": the span of the change
        elif not m.group("q") and (m.group("for") or "").lower() != "for":
            continue  # "a year" alone is too often not a stated duration ("once a year", "a year of war")
        unit = DURATION_UNITS[fold_key(m.group("u"))]
        q = QUALIFIERS[fold_key(m.group("q"))] if m.group("q") else "exact"
        value = 1.0
        if unit in DURATION_IN_YEARS:
            value, unit = float(DURATION_IN_YEARS[unit]), "years"  # "nearly a decade" = 10 years
        out.append(
            FigureDraft(
                rule="figures.one_unit_durations",
                # from the hedge or the article (session 26, the lead's note: "for an hour" gave the text "n hour",
                # the article taken as two characters long)
                text=m.group(0)[(m.start("q") if m.group("q") else m.start("a")) - m.start() :].strip(),
                value=value,
                unit=unit,
                kind="duration",
                qualifier=q,
                measure=f"length of time ({unit})",
                evidence=[m.group(0)],
                hint=sent.start + m.start(),
            )
        )
    return out


_TWICE_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s")
# The happening "twice" counts, named by its verb's own noun as the events name it ("delayed twice" counts delays,
# "voted for her twice" votes, "was arrested twice" arrests, "won the title twice" wins): past, participle and
# third-person forms of the events' verbs (``EVENT_VERBS``), to the noun (``VERB_LABELS``, or the family's name when
# that is the verb's own: "cancel" -> cancellation, "fail" -> failure). A verb with no such noun counts times.
_TWICE_VERB_NOUNS: dict[str, str] = {
    form: noun
    for family, lemmas in EVENT_VERBS.items()
    for lemma in sorted(lemmas)
    if (noun := VERB_LABELS.get(lemma) or (family if family[:3] == lemma[:3] else "")) and " " not in noun
    for form in (forms(lemma).past, forms(lemma).participle, forms(lemma).third)
}
_TWICE_CLAUSE_WORDS = re.compile(r"[A-Za-z’'-]+|[,;:()“”\"]")


# ``lexicon.HOW_OFTEN_VERB_NOUNS`` by each form of its verb (a particle kept after it: "called out").
_HOW_OFTEN_FORMS: dict[str, str] = {
    " ".join((form, *rest)): noun
    for lemma, noun in HOW_OFTEN_VERB_NOUNS.items()
    for verb, *rest in [lemma.split()]
    for form in (forms(verb).past, forms(verb).participle, forms(verb).third)  # (not "close to three times")
}


def _how_often_unit(text: str, start: int) -> str | None:
    """The noun of the verb of a repeated happening nearest before "N times" or "twice" in its clause (five words at
    most): "has been patched three times" = patchings (``lexicon.HOW_OFTEN_VERB_NOUNS``), else ``None``."""
    words_before = _TWICE_CLAUSE_WORDS.findall(text, max(0, start - 60), start)[-6:]
    for i in range(len(words_before) - 1, -1, -1):
        w = words_before[i]
        if not w[0].isalpha():
            break
        key = fold_key(w)
        if i > 0 and words_before[i - 1][0].isalpha():
            noun = _HOW_OFTEN_FORMS.get(fold_key(words_before[i - 1]) + " " + key)
            if noun is not None:
                return noun
        noun = _HOW_OFTEN_FORMS.get(key)
        if noun is not None:
            return noun
    return None


def _twice_unit(text: str, start: int) -> str:
    """The plural noun of the verb nearest before "twice" in its clause (five words at most), else "times"."""
    often = _how_often_unit(text, start)
    if often is not None:
        return often
    for w in reversed(_TWICE_CLAUSE_WORDS.findall(text, max(0, start - 60), start)[-6:]):
        if not w[0].isalpha():
            break
        noun = _TWICE_VERB_NOUNS.get(fold_key(w))
        if noun is not None:
            return plural_of(noun)
    return "times"


# Session 34: "once a month", "once every three months": one happening per that span (dev29's gold 1 check per month
# and 1 check per "3 months"; the second was a duration of 3 months, the first no figure). What happens once: the
# clause's subject ("checks on rural lanes had been cut from ..."), the verb's noun, or times. Not "once a case is
# confirmed" (a conjunction: no span after the article).
_ONCE = re.compile(
    rf"\bonce\s+(?:a|an|per|each|every)\s+(?:(?P<n>\d{{1,3}}|{_NUMBER_WORD_ALT})\s+)?"
    r"(?P<u>days?|weeks?|fortnights?|months?|years?|decades?|hours?|quarters?|seasons?)\b",
    re.IGNORECASE,
)


# The plural subject of the clause "once" is in: "checks on rural lanes had been cut from once a month" (dev29: checks).
_ONCE_SUBJECT_BEFORE = re.compile(
    r"(?:^|\b(?:said|says|that)\s+|[,;:]\s+)(?:the\s+)?(?P<n>[A-Za-z][a-z]+s)\b(?:\s+(?:on|of|in|for|at|to)\s+[^,;]*?)?"
    r"\s+(?:had|have|has|were|are|was|is|will|would)\b[^,;]*$"
)


def _once_counts(sent: Sentence, claimed: list[tuple[int, int]]) -> list[FigureDraft]:
    """ "once a month" = 1 per month, "once every three months" = 1 per 3 months (``_ONCE``)."""
    text = sent.text
    out: list[FigureDraft] = []
    for m in _ONCE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in claimed):
            continue
        span = fold_key(m.group("u"))
        singular = span[:-1] if span.endswith("s") else span
        n = m.group("n")
        count = (int(n) if n.isdigit() else NUMBER_WORDS.get(fold_key(n))) if n else None
        if n and not count:
            continue
        per = f"{count} {plural_of(singular)}" if count and count > 1 else singular
        subject = _ONCE_SUBJECT_BEFORE.search(text, max(0, m.start() - 120), m.start())
        noun = subject.group("n").lower() if subject is not None else ""
        unit = (
            (noun if is_plural(noun) and noun not in NOT_UNITS else None)
            or _how_often_unit(text, m.start())
            or "times"
        )
        claimed.append(m.span())
        out.append(
            FigureDraft(
                rule="figures.once",
                text=m.group(0),
                value=1.0,
                unit=unit,
                per=per,
                kind="count",
                qualifier="exact",
                measure=unit,
                evidence=[m.group(0)],
                hint=sent.start + m.start(),
            )
        )
    return out


def _twice_counts(sent: Sentence, drafts: list[FigureDraft]) -> list[FigureDraft]:
    """ "delayed twice", "won it twice in five years", "twice a day": a count of times (``TWICE``)."""
    text = sent.text
    if any(d.kind == "multiplier" and "twice" in d.text.lower() for d in drafts):
        return []  # "twice the cost": the multiplier reading was taken
    out: list[FigureDraft] = []
    for m in TWICE.finditer(text):
        after = text[m.end() : m.end() + 30]
        rate = rate_denominator(after) if _TWICE_RATE.match(after) else None
        if rate is not None and rate[0] not in TIME_SPAN_ORDER:
            rate = None
        if (rate is None and TWICE_NOT_AFTER.match(after)) or TWICE_NOT_BEFORE.search(text, 0, m.start()):
            continue
        q = QUALIFIERS.get(" ".join(m.group("q").lower().split()), "exact") if m.group("q") else "exact"
        start = m.start() if m.group("q") else m.start("w")
        end = m.end() + (rate[1] if rate else 0)
        unit = _twice_unit(text, start)
        out.append(
            FigureDraft(
                rule="figures.twice",
                text=text[start : m.end()],
                value=2.0,
                unit=unit,
                per=rate[0] if rate else None,
                kind="count",
                qualifier=q,
                measure=unit,
                evidence=[text[start:end]],
                hint=sent.start + start,
            )
        )
    return out


# Units that count the same thing, for telling one fact stated twice from two facts.
UNIT_CLASSES: dict[str, str] = {
    "troops": "troops",
    "personnel": "troops",
    "forces": "troops",
    "soldiers": "troops",
    "servicemembers": "troops",
    "people": "people",
    "persons": "people",
    "others": "people",
}


_APART_MEASURES = frozenset({REST_MEASURE, COMPARISON_SPAN_MEASURE})


def _is_age(f: FigureDraft) -> bool:
    return f.kind == "duration" and (f.measure == "age" or f.measure.startswith("age "))


def priced_multipliers(figures: list[FigureDraft]) -> list[FigureDraft]:
    """A multiplier of a price ("prices more than doubled", "more than doubled its fee") multiplies money: the
    currency of the story's prices, its amounts of money with a ``per`` ("96 euros per megawatt hour", "$118 a
    ton"), when they are all in one currency (session 30: dev23 twice and dev26 once gave the unit "prices" or "fee",
    the gold the currency). No price in the story, or prices in two currencies: the noun stays."""
    currencies = {f.unit for f in figures if f.kind == "money" and f.per is not None and f.unit}
    if not currencies:
        # A story with no price per anything: the one currency of its amounts ("spent $42,000 on ...; the premium
        # would double", dev30; session 34)
        currencies = {f.unit for f in figures if f.kind == "money" and f.unit}
    if len(currencies) != 1:
        return figures
    (currency,) = currencies
    out: list[FigureDraft] = []
    for f in figures:
        if f.kind == "multiplier" and (f.unit or "").lower() in PRICE_NOUNS:
            f = f.model_copy(update={"unit": currency, "rule": "figures.units.priced"})
        out.append(f)
    return out


def merge_mentions(figures: list[FigureDraft]) -> list[FigureDraft]:
    """One fact stated several times ("4,000" in the headline, "around 4,000" in a quote) is one figure.

    Mentions with the same value, kind and counted thing (or no unit) get the
    same unit, measure and qualifier, so grounding merges them into one item
    with one span per mention. The qualifier follows the hedged mention.
    """
    figures = priced_multipliers(figures)
    Key = tuple[float, str, str, bool, float | None, str | None, bool]
    groups: dict[Key, list[FigureDraft]] = {}
    keyed: list[tuple[Key | None, FigureDraft]] = []
    for f in figures:
        unit_class = UNIT_CLASSES.get(f.unit or "", f.unit or "")
        # A change ("rose 6%") and a level ("about 6%") with the same number are two facts;
        # so are a range and its lower end, and a rate and a level.
        change = f.measure.startswith("change in ")
        # and an age and a span of time: "had lived there for two years" and "Their youngest, aged two" (session 27)
        key: Key = (f.value, f.kind, unit_class, change, f.value_max, f.per, _is_age(f))
        if f.rule == "figures.dimensions":
            keyed.append((None, f))  # "4000 x 4000 pixels": two sides, two facts, never one stated twice
            continue
        if f.measure in _APART_MEASURES:
            keyed.append((None, f))  # the rest of a group, a span of comparison: no mention of another fact
            continue
        keyed.append((key, f) if f.unit else (None, f))
        if f.unit:
            groups.setdefault(key, []).append(f)
    # The groups a unitless mention could join, by (value, kind, change, value_max, per): one lookup
    # per mention, not a scan of every group (n mentions of n values was n²).
    by_value: dict[tuple[float, str, bool, float | None, str | None, bool], list[Key]] = {}
    for k in groups:
        by_value.setdefault((k[0], k[1], k[3], k[4], k[5], k[6]), []).append(k)
    for k0, f in keyed:
        if k0 is None and f.rule != "figures.dimensions" and f.measure not in _APART_MEASURES:
            change = f.measure.startswith("change in ")
            matches = by_value.get((f.value, f.kind, change, f.value_max, f.per, _is_age(f)), [])
            if len(matches) == 1:
                groups[matches[0]].append(f)
    out_ids: dict[int, FigureDraft] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda d: d.hint or 0)
        hedged = next((m for m in members if m.qualifier != "exact"), members[0])
        # the first unit written, not the first mention's: a unitless headline ("Wildfire forces 3,400 from homes")
        # joined by its unit to the body's "About 3,400 residents" gave the merged figure no unit (session 24)
        unit = next((m.unit for m in members if m.unit and m.unit in UNIT_CLASSES), None) or next(
            (m.unit for m in members if m.unit), None
        )
        measure = next(
            (m.measure for m in members if m.measure.startswith(("number of", "size of"))), members[0].measure
        )
        for m in members:
            out_ids[id(m)] = m.model_copy(
                update={
                    "unit": unit,
                    "measure": measure,
                    "qualifier": hedged.qualifier,
                    "text": _span_text(hedged),
                }
            )
    return [out_ids.get(id(f)) or f.model_copy(update={"text": _span_text(f)}) for f in figures]


# The unit word after a duration's number, all its evidence holds past its text: " years", "-hour".
_UNIT_WORD_REST = re.compile(r"[\s-][A-Za-z]+")


def _span_text(f: FigureDraft) -> str:
    """A duration's text with its unit, as its evidence and the gold write it ("within six weeks", "two years",
    "six-hour"; the lead's note, session 30: the text stopped before the noun, "within six"). Other kinds keep theirs.
    """
    ev = f.evidence[0] if f.evidence else ""
    if f.kind == "duration" and ev.startswith(f.text) and _UNIT_WORD_REST.fullmatch(ev, len(f.text)):
        return ev
    return f.text


# "doubled down", "tripled down": to insist, not to multiply.
_IDIOM_AFTER_FOLD = re.compile(r"\s+down\b", re.IGNORECASE)


# Session 34: halving is a multiplier of 0.5 ("a drought that halved the wheat harvest": dev30's gold 0.5 harvest; no
# figure before). Its verb forms only: "halves" after a subject with an object ("the plan halves the fee"), never the
# noun ("the two halves", "in both halves").
_HALVED = re.compile(
    r"\b(?:halved|halving|(?<=\bto )halve|(?:(?<=will )|(?<=would )|(?<=could )|(?<=might )|(?<=may ))halve"
    r"|halves(?=\s+(?:the|its|their|his|her|our)\b))\b",
    re.IGNORECASE,
)


def _fold_matches(text: str) -> Iterator[tuple[re.Match[str], float | None]]:
    """Each multiplier word with its value: "tripled" 3, "halved" 0.5."""
    for m in FOLD.finditer(text):
        yield m, fold_value(m)
    if "halv" in text or "HALV" in text or "Halv" in text:
        for m in _HALVED.finditer(text):
            yield m, 0.5


def _multipliers(sent: Sentence) -> list[FigureDraft]:
    text = sent.text
    out: list[FigureDraft] = []
    for m, value in sorted(_fold_matches(text), key=lambda mv: mv[0].start()):
        if value is None:
            continue
        word = m.group(0).lower()
        if _IDIOM_AFTER_FOLD.match(text, m.end(), m.end() + 8):
            continue  # "doubled down on his comments": an idiom, no multiplier (session 10)
        if word in AMBIGUOUS_FOLD_WORDS and not (
            _MODAL_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
            or QUALIFIER_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
            or _COMPARED_AFTER.match(text[m.end() : m.end() + _AHEAD])
        ):
            # "double standards", "met twice": not multipliers; "could double", "nearly triple the risk",
            # "twice as many", "twice the rate" are.
            continue
        unit = _multiplied(text, m, previous=out[-1].unit if out else None)
        measure_m = _matches(MEASURE_NOUN, text).last_before(m.start())
        change = "decrease" if value < 1 else "increase"
        measure = measure_m.group("m").removeprefix("the ") if measure_m else f"{change} in {unit or 'size'}"
        q, q_start = _qualifier_before(text, m.start())
        out.append(
            FigureDraft(
                rule="figures.multipliers",
                text=text[q_start : m.end()],
                value=float(value),
                unit=unit,
                kind="multiplier",
                qualifier=q,
                measure=measure,
                evidence=[text[q_start : m.end()]],
                hint=sent.start + q_start,
            )
        )
    return out


# A measure noun after a multiplier ("twice the safe limit", "nearly triple its usual rate"): its determiner
# and up to three words, the noun among them, and "of" after it ("the low estimate of $12 million").
# An owner may stand between them: "about four times the pier's annual takings of £1.7m" (session 30, dev21: the unit was
# "takings").
_MEASURE_COMPARED_AFTER = re.compile(
    r"\s+(?:the|its|their|his|her|our)(?:\s+[A-Za-z][\w-]*['’]s)?(?P<w>(?:\s+[a-z\d][\w-]*){1,3})"
)
_OF_AFTER = re.compile(r"\s+of\s+")
# "costs about €7,400 a tonne, almost three times what it paid in 2024": what was paid or charged is an amount of the
# same money (session 28; dev24's gold has EUR, it had no unit); "three times what experts expected" names none.
_WHAT_PAID_AFTER = re.compile(
    r"\s+what\s+(?:it|they|he|she|we|you|i|the\s+[a-z]+|[a-z]+)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:paid|pays|pay|charged|charges|cost|costs|spent|earned|earns|made|received|sold\s+for|was|were|is|are)\b"
)
# "..., twice as many as in 2024", "..., three times as much as a year earlier": "as many" with no noun of its own
# compares the amount the multiplier stands in apposition to (session 29; "twice as many visitors as" names its noun,
# read by ``_compared_as``).
_AS_MANY_AS_AFTER = re.compile(r"\s+as\s+(?:many|much)\s+as\b", re.IGNORECASE)
# After "the cost of": a time or an owner ("of last winter's storms", "of a decade ago", "of its rivals"),
# which leaves the amount in apposition the one compared.
_OF_TIME_OR_OWNER = words("a an the last this that these those previous its their his her our")


# Session 33: a multiplier right after a verb of costing or paying and its object, before "what" ("costs us five times
# what the trucks cost", "cost us almost double what they did two years ago", "now pay three times what they paid"):
# an amount of money with none written, in the sentence's one currency or the story's (dev23 and dev28 left it with no
# unit: CAD and AUD in their gold).
_COST_VERB_BEFORE = compile_case_blind(
    r"\b(?:cost|costs|costing|pay|pays|paid|paying|charge|charges|charged|charging|spend|spends|spent|spending|"
    r"earn|earns|earned|earning|fetch|fetches|fetched|fetching)\s+(?:(?:us|them|him|her|me|you|it|the\s+[a-z]+)\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|up\s+to|now)\s+)?$"
)
_WHAT_AFTER = re.compile(r"\s+what\b")


def _cost_multiplier_unit(
    text: str, s: int, e: int, drafts: list[FigureDraft], story_money: str | None
) -> str | None:
    """The currency of a multiplier of a cost with no amount written (``_COST_VERB_BEFORE``), or ``None``."""
    if _WHAT_AFTER.match(text, e, e + 8) is None or _COST_VERB_BEFORE.search(text, max(0, s - 50), s) is None:
        return None
    money = {x.unit for x in drafts if x.kind == "money" and x.unit}
    return money.pop() if len(money) == 1 else story_money if not money else None


def _compared_amounts(
    sent: Sentence, drafts: list[FigureDraft], story_money: str | None = None
) -> list[FigureDraft]:
    """A multiplier compared with a measure noun (``COMPARED_MEASURE_NOUNS``) takes the unit of the amount
    that noun measures: the amount after "of" ("nearly four times the low estimate of $12 million"), or
    the amount the multiplier stands in apposition to ("sold 12,000 tickets, almost double the number a
    year earlier"), where every amount before it in the sentence has that one unit. A multiplier of a cost with
    no amount written takes the sentence's or the story's currency (``story_money``, ``_cost_multiplier_unit``)."""
    text = sent.text
    out = list(drafts)
    # where each draft starts in the sentence (every draft of ``find_figures`` has its hint)
    at = [d.hint - sent.start if d.hint is not None else -1 for d in drafts]
    for i, d in enumerate(drafts):
        s = at[i]
        e = s + len(d.text)
        if d.kind != "multiplier" or s < 0 or text[s:e] != d.text:
            continue
        if (
            d.unit is None
            and (cost_unit := _cost_multiplier_unit(text, s, e, drafts, story_money)) is not None
        ):
            out[i] = d.model_copy(update={"unit": cost_unit, "rule": "figures.units.compared_amount"})
            continue
        m = _MEASURE_COMPARED_AFTER.match(text, e, e + _AHEAD)
        unit: str | None = None
        of = None
        as_many = m is None and _AS_MANY_AS_AFTER.match(text, e, e + _AHEAD) is not None
        if m is None and not as_many and _WHAT_PAID_AFTER.match(text, e, e + _AHEAD) is None:
            continue
        if m is not None:
            nouns = list(_WORD_OR_HYPHEN.finditer(m.group("w")))
            k = next((j for j, w in enumerate(nouns) if w.group() in COMPARED_MEASURE_NOUNS), None)
            if k is None:
                continue
            noun_end = m.start("w") + nouns[k].end()
            of = _OF_AFTER.match(text, noun_end, noun_end + _AHEAD)
        if of is not None:
            unit = next(
                (x.unit for k, x in enumerate(drafts) if at[k] == of.end() and x.kind != "duration"), None
            )
            named = _NEXT_LOWER_WORD.match(text, of.end() - 1, of.end() + _AHEAD)
            if unit is None and named is not None and named.group(1) not in _OF_TIME_OR_OWNER:
                # "twice the number of candidates": the noun counted; "twice the rate of inflation": a
                # quantity of its own, which the amount before is not
                if is_plural(named.group(1)):
                    out[i] = d.model_copy(
                        update={"unit": named.group(1), "rule": "figures.units.compared_amount"}
                    )
                continue
        if unit is None and text[max(0, s - _AHEAD) : s].rstrip().endswith(","):
            units = {
                x.unit
                for k, x in enumerate(drafts)
                if 0 <= at[k] < s and x.kind not in ("duration", "multiplier")
            }
            # (the unit alone, not a rate's denominator: "4 ng" of "ng/ml", "8 GBP" of a salary a year in the gold of
            # dev8, dev24, dev27 and dev28; dev29's "more than double" of "31 mph" alone has "per hour", session 33)
            unit = units.pop() if len(units) == 1 else None
            if unit is None and as_many:
                # "worked 2,600 hours last month, twice as many as a year earlier": hours are what is compared
                # (the gold of dev20; dev24's "212 applications this year, twice as many as in 2024" too)
                spans = {x.unit for k, x in enumerate(drafts) if 0 <= at[k] < s and x.kind != "multiplier"}
                unit = spans.pop() if len(spans) == 1 else None
        if unit is None:
            continue
        measure = f"increase in {unit}" if d.measure == f"increase in {d.unit or 'size'}" else d.measure
        out[i] = d.model_copy(
            update={"unit": unit, "measure": measure, "rule": "figures.units.compared_amount"}
        )
    return out


# Determiner and noun after a multiplier: "tenfold the electricity of a web search", "quadruple its fleet".
_DETERMINED_OBJECT = re.compile(
    r"^\s+(?:the|its|their|his|her|our|a|an)\s+(?P<w1>[a-z][\w-]*)\b(?:\s+(?P<w2>[a-z][\w-]*)\b)?"
)
# Where a clause starts, for finding the subject of a multiplier verb.
_SUBJECT_MAX = 300
# A verb of saying that ends a multiplier's subject ("which it said had doubled") and the relative word opening it.
_SAYING_HEADS = words(
    "said says say told tells think thinks believe believes expect expects estimated reported"
)
_RELATIVE_OPEN = re.compile(r"\s*(?:which|that)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\b(?:that|and|but|while|as|because|since|though)\s+)")
# What ends a subject noun phrase's head: a preposition or a participle after it
# ("consumption in the United States", "admissions for flu", "the energy needed for ...").
_SUBJECT_CUT = re.compile(r"\s+(?:in|of|for|from|at|on|across|among|with|by|[a-z]+ed)\b")
_SUBJECT_TAIL = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|should|must|be|been|to|"
    r"also|still|again|nearly|almost|more\s+than|roughly|about|around|some|"
    r"rose|risen|fallen|fell|grown|grew|increased|jumped|climbed|dropped|declined|shrunk|shrank|gone|went|"
    r"more|less|by|expected|set|likely|poised))+\s*$",
    re.IGNORECASE,
)


# "twice as many goals", "three times as much money": what is counted; "twice as strong", "three times as
# likely": a quality, no unit (session 19: "twice as strong as stated" took a count's noun of the sentence).
_AS_MANY_AFTER = re.compile(r"\s+as\s+(?:many|much)\s+(?:more\s+)?(?P<n>[a-z][\w-]*)", re.IGNORECASE)
_AS_QUALITY_AFTER = re.compile(r"\s+as\s+(?!many\b|much\b)[a-z]", re.IGNORECASE)
# "410 times that of the median worker", "three times what it paid": the clause's subject is multiplied.
_THAT_OF_AFTER = re.compile(r"\s+(?:(?:that|those)\s+of|what)\b", re.IGNORECASE)
_BEING_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being)\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|"
    r"at\s+least|close\s+to)\s+)?$",
    re.IGNORECASE,
)
# "15 times next year's expected sales": the possessed noun, the phrase's last word before its end.
_POSSESSED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?[\w-]+[’']s\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*[,.;:)]|\s*$|\s+(?:of|in|at|for|on|and|or|but|than|from|to|a|the)\b)"
)


def _compared_as(text: str, end: int) -> tuple[str | None] | None:
    """The unit of "twice as many X" (X) or "twice as strong" (none), as a 1-tuple; ``None`` when no "as"
    follows the multiplier."""
    many = _AS_MANY_AFTER.match(text, end, end + _AHEAD)
    if many is not None and many.group("n").lower() not in NOT_UNITS | {"as", "than"}:
        return (many.group("n").lower(),)
    if many is None and _AS_QUALITY_AFTER.match(text, end, end + _AHEAD):
        return (None,)
    return None


def _times_unit(text: str, s: int, end: int) -> str | None:
    """What "N times ..." multiplies, read from the words after "times" (``end``): "as many X", "that of"
    the subject, a possessed noun; else the counted noun the sentence is about."""
    compared = _compared_as(text, end)
    if compared is not None:
        return compared[0]
    if _THAT_OF_AFTER.match(text, end, end + _AHEAD):
        # only what a verb of being equates with the multiple: "He paid three times what ..." names none
        return _subject_unit(text, s, None)[1] if _BEING_BEFORE.search(text, max(0, s - 40), s) else None
    owned = _POSSESSED_AFTER.match(text, end, end + _AHEAD)
    if owned is not None:
        head = owned.group("np").split()[-1].lower()
        if head not in NOT_UNITS:
            return head
    return _unit_before(text, s)


# A multiplier word used as a transitive verb and the bare plural object after it (``_multiplied``): one or two lowercase
# words, not a span of time or a number ("doubled two years ago", "tripled in three years").
_FOLD_VERB = re.compile(r"(?:doubl|tripl|trebl|quadrupl|halv)(?:e|es|ed|ing)", re.IGNORECASE)
_BARE_PLURAL_OBJECT = re.compile(r"\s+(?P<w1>[a-z][a-z-]*[a-z])(?:\s+(?P<w2>[a-z][a-z-]*[a-z]))?")
_NOT_MULTIPLIED_OBJECTS = frozenset(DURATION_UNITS) | frozenset(NUMBER_WORDS) | words("times thanks others")


def _multiplied(text: str, m: re.Match[str], previous: str | None) -> str | None:
    """What a multiplier multiplies: "the number of X", the object after "-fold", or the verb's subject."""
    number_of = _matches(NUMBER_OF, text).last_before(m.start())
    if number_of is not None:
        return number_of.group("noun").lower()
    compared = _compared_as(text, m.end())
    if compared is not None:
        return compared[0]
    obj = _DETERMINED_OBJECT.match(text[m.end() : m.end() + _AHEAD])
    if obj is not None:
        # "tenfold the electricity of", "quadruple its fleet", "double its entire fleet"
        w2 = obj.group("w2")
        noun = w2 if w2 and w2 not in NOT_UNITS else obj.group("w1")
        if noun not in NOT_UNITS:
            return noun
    bare = (
        _BARE_PLURAL_OBJECT.match(text, m.end(), m.end() + _AHEAD)
        if _FOLD_VERB.fullmatch(m.group(0))
        else None
    )
    if bare is not None:
        # "Council doubles parking charges", "voted to triple bus fares": what the verb multiplies is its object, a
        # plural with no determiner, not its subject (session 32, the lead's note: the units were "council", "parking")
        w1, w2 = bare.group("w1").lower(), (bare.group("w2") or "").lower()
        for noun in (w2, w1) if w2 and is_plural(w2) else (w1,):
            if noun and is_plural(noun) and noun not in NOT_UNITS and noun not in _NOT_MULTIPLIED_OBJECTS:
                return noun
    decided, subject = _subject_unit(text, m.start(), previous)
    if decided:
        return subject
    if _THAT_OF_AFTER.match(text, m.end(), m.end() + _AHEAD):
        return None  # "almost twice what the government considers reasonable": "what" is no unit (session 27)
    obj2 = _OBJECT_AFTER.match(text[m.end() : m.end() + _AHEAD])
    if obj2 and obj2.group("n").lower() not in NOT_UNITS:
        return obj2.group("n").lower()
    return _unit_before(text, m.start())


def _subject_unit(text: str, start: int, previous: str | None) -> tuple[bool, str | None]:
    """The head of the subject of the clause a multiplier at ``start`` ends: what grew ("consumption ...
    has tripled", "her pay was about 300 times that of ..."); ``previous`` for "it". First: whether the
    subject settled it."""
    clause_start = _matches(_CLAUSE_START, text).last_before(start)
    # A subject is a few words: a clause longer than this is read from its last _SUBJECT_MAX characters.
    lo = max(clause_start.end() if clause_start else 0, start - _SUBJECT_MAX)
    subject = text[lo:start]
    hedge = QUALIFIER_BEFORE.search(subject)
    if hedge is not None:
        # "..., almost twice what the government considers reasonable": the hedge is no head (the unit was "almost":
        # the lead's note, session 27)
        subject = subject[: hedge.start()]
    subject = _SUBJECT_TAIL.sub("", subject)
    cut = _SUBJECT_CUT.search(subject)
    if cut is not None:
        subject = subject[: cut.start()]
    head = _LAST_WORD.search(subject)
    if head is not None:
        h = head.group(1)
        low = h.lower()
        if low in ("it", "they", "this", "that"):
            return True, previous  # "... has tripled, and it could double again": the same quantity
        if low in _SAYING_HEADS:
            # "costs, which it said had nearly doubled": the relative's antecedent grew, not "said" (the lead's
            # articles, session 24: the unit was "said"); no antecedent read, no unit
            before = _PREV_WORD.search(text, max(0, lo - 40), lo)
            if _RELATIVE_OPEN.match(subject) and before is not None:
                noun = before.group(1)
                if noun.islower() and is_plural(noun) and noun not in NOT_UNITS:
                    return True, noun
            return True, None
        # A lowercase noun, or a capitalised one only because it opens the sentence ("Prices have doubled").
        sentence_initial = not text[: head.start()].strip() and h[1:].islower()
        if (h.islower() or sentence_initial) and low not in NOT_UNITS and low not in COMMON_CAPITALISED:
            return True, low
    return False, None
