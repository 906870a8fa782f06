"""Matching predicted items to gold items: field comparisons, similarity and the optimal pairing.

Everything here is written independently of the service's own normalisation
of names and numbers (``service.grounding.linking`` and friends): an eval that reused
the extractor's comparison code would agree with the extractor by construction.

How a pair is formed, per item type (SPEC, "Scoring"):

1. A predicted item may pair with a gold item only if some predicted span
   overlaps some gold span by at least one character, or, for quotes, their
   texts are near-identical (``QUOTE_TEXT_MIN``).
2. ``similarity = EVIDENCE_WEIGHT * evidence + FIELD_WEIGHT * fields``, where
   ``evidence`` is the mean of the character IoU and the overlap coefficient
   (intersection over the smaller side) of the two span sets, and ``fields``
   is the weighted share of the type's fields that agree (key fields count
   double). The overlap coefficient keeps a prediction whose evidence is the
   whole sentence from being punished for granularity; the IoU breaks ties
   toward the tighter one.
3. ``scipy.optimize.linear_sum_assignment`` maximises total similarity; pairs
   below ``MIN_SIMILARITY`` are dropped (both sides stay unpaired).

How each field compares is written next to its function (names, numbers,
units, dates, phrases) and summarised in ``evals/README.md``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import snowballstemmer
from rapidfuzz import fuzz
from scipy.optimize import linear_sum_assignment

from evals.gold import GoldEntity, GoldItem
from schemas import Span
from schemas.kinds import KINDS, MatchField

# --------------------------------------------------------------------------- thresholds

EVIDENCE_WEIGHT = 0.6
FIELD_WEIGHT = 0.4
# A pair must reach this similarity to count: identical evidence alone (0.6)
# pairs; a one-character brush of evidence pairs only when most fields agree.
MIN_SIMILARITY = 0.3
# Quotes (a kind's ``Matching.text_field``) whose folded texts score at least this
# (rapidfuzz ratio / 100) are "near-identical" and may pair without overlapping evidence.
QUOTE_TEXT_MIN = 0.9
# A predicted item whose evidence is one word in all cannot pair with a gold item,
# unless its kind says so (``Matching.one_word_evidence``): a figure's own text is
# often one token ("4,000").
# Numbers are equal when they agree to this many significant digits: what
# "exactly after normalisation" means for values that went through a float.
VALUE_SIGNIFICANT_DIGITS = 12

# --------------------------------------------------------------------------- names

_NON_WORD = re.compile(r"[^\w$%€£¥]+")
_ARTICLE = re.compile(r"^(the|a|an) ")
_POSSESSIVE = re.compile(r"['’]s\b")


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name or description.

    A leading article goes ("the Iraqi parliament" = "Iraqi parliament") and so
    does a possessive ending ("NATO’s"). Dots vanish without a space so that
    "U.S." = "US".
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _POSSESSIVE.sub("", s).replace(".", "")
    s = _NON_WORD.sub(" ", s).strip()
    return _ARTICLE.sub("", s)


class AliasTable:
    """The gold entities as an alias table: every name and alias, keyed by ``name_key``.

    A name preceded by one of its entity's titles also resolves to it
    ("Secretary-General Jens Stoltenberg"), and so does one preceded by a
    title's last words ("Secretary-General" of "NATO Secretary-General"):
    the person is identified, and the title is the article's own word for them.
    """

    def __init__(self, index: dict[str, frozenset[str]], titles: dict[str, tuple[str, ...]]) -> None:
        self._index = index
        self._titles = titles

    @classmethod
    def from_gold(cls, entities: Iterable[GoldEntity]) -> AliasTable:
        index: dict[str, set[str]] = {}
        titles: dict[str, tuple[str, ...]] = {}
        for e in entities:
            for form in (e.name, *e.aliases):
                key = name_key(form)
                if key:
                    # An alias shared by two entities resolves to both;
                    # either then counts as a match, which is the honest reading.
                    index.setdefault(key, set()).add(e.name)
            titles[e.name] = tuple(k for k in (name_key(t) for t in e.titles) if k)
        return cls({k: frozenset(v) for k, v in index.items()}, titles)

    def resolve(self, name: str) -> frozenset[str]:
        """The canonical gold names ``name`` can refer to (empty when none)."""
        key = name_key(name)
        found = self._index.get(key)
        if found is not None:
            return found
        words = key.split()
        out: set[str] = set()
        for cut in range(1, len(words)):
            prefix, rest = " ".join(words[:cut]), " ".join(words[cut:])
            for entity in self._index.get(rest, frozenset()):
                if any(t == prefix or t.endswith(" " + prefix) for t in self._titles.get(entity, ())):
                    out.add(entity)
        return frozenset(out)

    def same(self, predicted: str | None, gold: str | None) -> bool:
        """Two names agree if equal after ``name_key`` or both resolve to one gold entity."""
        if predicted is None or gold is None:
            return predicted is None and gold is None
        if name_key(predicted) == name_key(gold):
            return True
        return bool(self.resolve(predicted) & self.resolve(gold))


# --------------------------------------------------------------------------- numbers

_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_NUMBER = re.compile(r"^[^\d\-+.]*([-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)\s*([a-z]*)\b")


def normalize_number(value: float | int | str) -> float:
    """A number as a float rounded to ``VALUE_SIGNIFICANT_DIGITS``.

    Strings are read the way news writes them: "4,000", "$2.5 billion",
    "1.2m". Raises ``ValueError`` for anything else.
    """
    if isinstance(value, str):
        m = _NUMBER.match(value.strip().casefold())
        if m is None:
            raise ValueError(f"not a number: {value!r}")
        number = float(m.group(1).replace(",", "")) * _SCALE.get(m.group(2), 1.0)
    else:
        number = float(value)
    if not math.isfinite(number) or number == 0:
        return number
    digits = VALUE_SIGNIFICANT_DIGITS - 1 - math.floor(math.log10(abs(number)))
    return round(number, digits)


def same_value(predicted: float | int | str, gold: float | int | str) -> bool:
    p, g = normalize_number(predicted), normalize_number(gold)
    if p == g:
        return True
    # A gold written to its hundredths or finer ("a third" = 33.33, "one in seven" = 14.29) is
    # the annotator's rounding of a number with no end: a prediction that rounds to it at the
    # gold's own decimals is the same number. One decimal is not enough ("2.5" is no rounding of
    # 2.54), and a whole number never rounds.
    decimals = _decimals_written(gold)
    return decimals >= 2 and math.isfinite(p) and round(p, decimals) == g


def _decimals_written(value: float | int | str) -> int:
    if isinstance(value, int | str):
        return 0
    written = repr(float(value))
    if "e" in written or "." not in written:
        return 0
    return len(written.split(".", 1)[1].rstrip("0"))


# --------------------------------------------------------------------------- units

# Each line is one unit; the first entry is its canonical name. Keys are
# compared after ``unit_key`` (casefold, punctuation dropped, plural "s" off).
GOLD_UNIT_ROWS: tuple[tuple[str, ...], ...] = (
    (
        "personnel",
        "troops",
        "troop",
        "forces",
        "soldiers",
        "service members",
        "servicemembers",
        "military personnel",
    ),
    ("people", "persons", "person", "individuals", "civilians"),
    ("USD", "dollars", "dollar", "us dollars", "$", "us$", "usd"),
    ("EUR", "euros", "euro", "€"),
    ("GBP", "pounds", "pound", "pounds sterling", "£"),
    ("percent", "%", "per cent", "pct", "percentage"),
    ("years", "year", "yrs"),
    ("months", "month"),
    ("weeks", "week"),
    ("days", "day"),
    ("hours", "hour"),
    # Physical units (schema 1.1): the standard symbol first, then the words news spells them with.
    ("m", "metres", "metre", "meters", "meter"),
    ("km", "kilometres", "kilometre", "kilometers", "kilometer"),
    ("cm", "centimetres", "centimetre", "centimeters"),
    ("mm", "millimetres", "millimetre", "millimeters"),
    ("mi", "miles", "mile"),
    ("ft", "feet", "foot"),
    ("kg", "kilograms", "kilogram", "kilos", "kilo"),
    ("t", "tonnes", "tonne", "tons", "ton", "metric tons"),
    ("l", "litres", "litre", "liters", "liter"),
    ("gal", "gallons", "gallon"),
    ("ha", "hectares", "hectare"),
    ("W", "watts", "watt"),
    ("kW", "kilowatts", "kilowatt"),
    ("MW", "megawatts", "megawatt"),
    ("GW", "gigawatts", "gigawatt"),
    ("kWh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour"),
    ("MWh", "megawatt-hours", "megawatt hours", "megawatt-hour"),
    ("GWh", "gigawatt-hours", "gigawatt hours", "gigawatt-hour"),
    ("TWh", "terawatt-hours", "terawatt hours", "terawatt-hour"),
    ("GB", "gigabytes", "gigabyte"),
    ("MB", "megabytes", "megabyte"),
    ("TB", "terabytes", "terabyte"),
    ("in", "inches", "inch"),
    ("yd", "yards", "yard"),
    ("g", "grams", "gram"),
    ("kn", "knots", "knot"),
    ("dB", "decibels", "decibel"),
    ("TW", "terawatts", "terawatt"),
    ("Hz", "hertz"),
    ("GHz", "gigahertz"),
    ("MHz", "megahertz"),
    ("hp", "horsepower", "bhp"),
    ("°C", "degrees celsius", "celsius", "degrees c"),
    ("°F", "degrees fahrenheit", "fahrenheit", "degrees f"),
    # Session 6 symbols (the rules' measures.py). Not "C", "A", "B": keys are case-folded and
    # would meet "°C", the article "a", the barn's "b".
    ("V", "volts", "volt"),
    ("J", "joules", "joule"),
    ("hPa", "hectopascals", "hectopascal"),
    ("Pa", "pascals", "pascal"),
    ("pc", "parsecs", "parsec"),
    ("px", "pixels", "pixel"),
    # Areas, volumes and small measures (session 32): a gold written in words ("square metres")
    # and a symbol ("m²") are one unit. NFKC turns "m²" into "m2", so the symbol's key is "m2".
    # Not "pounds" for lb: that key is sterling's.
    ("m²", "square metres", "square metre", "square meters", "square meter", "sq m", "sqm"),
    ("km²", "square kilometres", "square kilometre", "square kilometers", "square kilometer", "sq km"),
    ("mi²", "square miles", "square mile", "sq mi"),
    ("ft²", "square feet", "square foot", "sq ft"),
    ("m³", "cubic metres", "cubic metre", "cubic meters", "cubic meter"),
    ("ft³", "cubic feet", "cubic foot"),
    ("ml", "millilitres", "millilitre", "milliliters", "milliliter"),
    ("lb", "lbs"),
    ("oz", "ounces", "ounce"),
    ("acre", "acres"),
)


def unit_key(unit: str) -> str:
    s = unicodedata.normalize("NFKC", unit).casefold().strip()
    s = re.sub(r"[^\w$%€£¥ ]+", " ", s)
    return " ".join(s.split())


def _build_units() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in GOLD_UNIT_ROWS:
        for form in row:
            table[unit_key(form)] = row[0]
    return table


_UNITS = _build_units()


def canonical_unit(unit: str | None) -> str | None:
    """The canonical unit through ``GOLD_UNIT_ROWS``; an unknown unit is its own, singular, key."""
    if unit is None:
        return None
    key = unit_key(unit)
    if key in _UNITS:
        return _UNITS[key]
    if key.endswith("s") and key[:-1] in _UNITS:
        return _UNITS[key[:-1]]
    return key[:-1] if key.endswith("s") and len(key) > 3 else key


def same_unit(predicted: str | None, gold: str | None) -> bool:
    return canonical_unit(predicted) == canonical_unit(gold)


# --------------------------------------------------------------------------- dates


def same_date(predicted: str | None, gold: str | None) -> bool:
    """Dates agree only at the same precision and value.

    "2021-02-18" for a gold "2021-02" claims a day the text does not give, and
    "2021" for "2021-02" drops one it does: both are field errors, because the
    SPEC asks for the precision the text supports, no more and no less.
    """
    return predicted == gold


# --------------------------------------------------------------------------- cues and text


def cue_key(cue: str | None) -> str | None:
    """A cue's comparable form; a trailing "that" is a labelling choice ("added that" = "added")."""
    if cue is None:
        return None
    s = name_key(cue)
    return re.sub(r" that$", "", s) or s


def same_phrase(predicted: str | None, gold: str | None) -> bool:
    """Verbatim phrases (cues, triggers) agree when one's words run contiguously inside the other's.

    Where a phrase starts and ends is a labelling choice ("told" or "told
    reporters", "defeat" or "final defeat"); a different word is a different cue.
    """
    p, g = cue_key(predicted), cue_key(gold)
    if p is None or g is None:
        return p is None and g is None
    short, long = sorted((p.split(), g.split()), key=len)
    if not short:
        return not long
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


def fold_text(text: str) -> str:
    """Quote text folded for the near-identity test: case, quotation marks, dashes, spacing."""
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return " ".join(text.translate(table).casefold().split())


def text_similarity(a: str, b: str) -> float:
    return fuzz.ratio(fold_text(a), fold_text(b)) / 100.0


# --------------------------------------------------------------------------- evidence


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _length(spans: Sequence[tuple[int, int]]) -> int:
    return sum(e - s for s, e in spans)


def _intersection(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    total = 0
    for s1, e1 in a:
        for s2, e2 in b:
            total += max(0, min(e1, e2) - max(s1, s2))
    return total


@dataclass(frozen=True)
class Overlap:
    chars: int
    iou: float
    coefficient: float

    @property
    def score(self) -> float:
        return (self.iou + self.coefficient) / 2


def evidence_overlap(predicted: Sequence[Span], gold: Sequence[Span]) -> Overlap:
    """Character overlap of two span sets (each merged first, so a repeated span counts once)."""
    a = _merge((s.start, s.end) for s in predicted)
    b = _merge((s.start, s.end) for s in gold)
    inter = _intersection(a, b)
    la, lb = _length(a), _length(b)
    if inter == 0 or la == 0 or lb == 0:
        return Overlap(0, 0.0, 0.0)
    return Overlap(inter, inter / (la + lb - inter), inter / min(la, lb))


# --------------------------------------------------------------------------- fields per type
# Which fields of a kind are compared, and how, is declared with the kind
# (``schemas.kinds``: ``ItemKind.matching``); the comparisons are written here.


def _names(p: Any, g: Any, t: AliasTable) -> bool:
    return t.same(p, g)


def _eq(p: Any, g: Any, t: AliasTable) -> bool:
    return bool(p == g)


def _phrases(p: Any, g: Any, t: AliasTable) -> bool:
    return same_phrase(p, g)


# Snowball's English stemmer (Porter2), the standard folding of English word forms.
_STEMMER = snowballstemmer.stemmer("english")


# British spellings folded to American ones before stemming, because a label's spelling is the
# writer's house style, not a choice of word: "hospitalisation" and "hospitalization" name one
# happening, and Porter2 stems them apart ("hospitalis" / "hospitaliz"). Only spelling variants
# of one word are listed; pairs where the other spelling is also another word stay apart
# ("tyre"/"tire", "kerb"/"curb", "storey"/"story", "cheque"/"check", "draught"/"draft").
_BRITISH_WORDS: dict[str, str] = {
    # -ce nouns whose American form ends in -se
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    # -our nouns
    "labour": "labor",
    "rumour": "rumor",
    "honour": "honor",
    "favour": "favor",
    "behaviour": "behavior",
    "harbour": "harbor",
    "colour": "color",
    "endeavour": "endeavor",
    "neighbour": "neighbor",
    "vapour": "vapor",
    "saviour": "savior",
    # -re nouns
    "centre": "center",
    "theatre": "theater",
    "metre": "meter",
    "litre": "liter",
    "fibre": "fiber",
    "manoeuvre": "maneuver",
    "programme": "program",
    # other house-style spellings of one word
    "judgement": "judgment",
    "ageing": "aging",
    "enquiry": "inquiry",
    "sceptic": "skeptic",
    "gaol": "jail",
    "aluminium": "aluminum",
    "grey": "gray",
    "mould": "mold",
}
# -ise/-isation verbs and nouns ("privatisation", "criticised", "organising") and -yse verbs
# ("analyse", "paralysed"); a stem of three letters or more keeps "rise", "raise" and "noise"
# out, and since both sides fold the same way an over-fold ("compromise") changes no verdict.
_BRITISH_ISE = re.compile(r"^(\w{3,})is(e|ed|es|ing|ation|ations)$")
_BRITISH_YSE = re.compile(r"^(\w+)ys(e|ed|es|ing)$")
# The doubled l before -ed/-ing/-er of a few verbs ("cancelled", "travelling", "labelled").
_BRITISH_LL = re.compile(
    r"^(cancel|travel|model|label|fuel|signal|total|channel|level|counsel|equal|dial)l(ed|ing|er|ers)$"
)


def _american(word: str) -> str:
    word = _BRITISH_WORDS.get(word, word)
    word = _BRITISH_ISE.sub(r"\1iz\2", word)
    word = _BRITISH_YSE.sub(r"\1yz\2", word)
    return _BRITISH_LL.sub(r"\1\2", word)


def label_key(label: str) -> str:
    """A free label (an event's ``type``) as ``name_key`` gives it, each word then cut to its Snowball stem.

    Labels are words the labeller chose, not names: the same word in another form names the same
    thing ("sentencing" = "sentence", "increases" = "increase", "layoffs" = "layoff", "approval" =
    "approve"), and so does the same word in another spelling ("hospitalisation" =
    "hospitalization", "defence" = "defense"). Different words stay different ("approval" is not
    "decision"): no synonym table.
    """
    words = [_american(w) for w in name_key(label).replace("-", " ").split()]
    return " ".join(_STEMMER.stemWords(words))


def _labels(p: Any, g: Any, t: AliasTable) -> bool:
    return label_key(p) == label_key(g)


def _labels_exact(p: Any, g: Any) -> bool:
    """The comparison before stems (``name_key`` alone), reported beside the label's own accuracy."""
    return name_key(p) == name_key(g)


# Report-only fields beside a field compared as a label: the exact comparison, "<name>_exact".
EXACT_SUFFIX = "_exact"


def _values(p: Any, g: Any, t: AliasTable) -> bool:
    return same_value(p, g)


def _units(p: Any, g: Any, t: AliasTable) -> bool:
    return same_unit(p, g)


def _optional_values(p: Any, g: Any, t: AliasTable) -> bool:
    return p is not None and g is not None and same_value(p, g)


def _optional_units(p: Any, g: Any, t: AliasTable) -> bool:
    return p is not None and g is not None and same_unit(p, g)


def _dates(p: Any, g: Any, t: AliasTable) -> bool:
    return same_date(p, g)


COMPARISONS: dict[str, Callable[[Any, Any, AliasTable], bool]] = {
    "name": _names,
    "exact": _eq,
    "phrase": _phrases,
    "label": _labels,
    "value": _values,
    "unit": _units,
    "optional_value": _optional_values,
    "optional_unit": _optional_units,
    "date": _dates,
}

# Where a field counts beyond what its kind declares: a 1.0 gold range (qualifier
# range, no value_max) states its lower end only, so its upper end is not scored.
GOLD_EXCEPTIONS: dict[tuple[str, str], Callable[[Any, Any], bool]] = {
    ("figures", "value_max"): lambda p, g: not (g.value_max is None and g.qualifier == "range"),
}


def read_field(item: Any, path: str) -> Any:
    """A field by its dotted path ("when.date"); ``None`` where a step is missing."""
    value = item
    for step in path.split("."):
        value = getattr(value, step, None)
        if value is None:
            return None
    return value


def _applies(kind: str, f: MatchField, p: Any, g: Any) -> bool:
    if f.only_where_given and read_field(p, f.source) is None and read_field(g, f.source) is None:
        return False
    exception = GOLD_EXCEPTIONS.get((kind, f.name))
    return exception is None or exception(p, g)


def fields_of(kind: str) -> tuple[MatchField, ...]:
    """The fields compared for ``kind``, in report order."""
    return KINDS[kind].matching.fields


# A predicted (grounded) item and a gold item of any registered kind.
Predicted = Any
GoldAny = Any


@dataclass(frozen=True)
class FieldResult:
    name: str
    predicted: Any
    gold: Any
    correct: bool
    key: bool
    # False for a report-only field (a label's exact comparison): it counts in no similarity or strictness.
    scored: bool = True


def compare_fields(kind: str, predicted: Predicted, gold: GoldAny, table: AliasTable) -> list[FieldResult]:
    """Every applicable field of the pair, compared."""
    out: list[FieldResult] = []
    for f in fields_of(kind):
        if not _applies(kind, f, predicted, gold):
            continue
        p, g = read_field(predicted, f.source), read_field(gold, f.source)
        out.append(FieldResult(f.name, p, g, COMPARISONS[f.compare](p, g, table), f.key))
        if f.compare == "label":
            out.append(FieldResult(f.name + EXACT_SUFFIX, p, g, _labels_exact(p, g), False, scored=False))
    return out


def key_correct(kind: str, fields: Sequence[FieldResult], gold: GoldAny) -> bool:
    """Strict correctness: every key field right. Some (an event's date) are key only where gold has one."""
    where_gold = {f.name for f in fields_of(kind) if f.key_only_where_gold}
    for f in fields:
        if not f.key:
            continue
        if f.name in where_gold and f.gold is None:
            continue
        if not f.correct:
            return False
    return True


def field_agreement(fields: Sequence[FieldResult]) -> float:
    scored = [f for f in fields if f.scored]
    weights = [2.0 if f.key else 1.0 for f in scored]
    if not weights:
        return 1.0
    return sum(w for w, f in zip(weights, scored, strict=True) if f.correct) / sum(weights)


# --------------------------------------------------------------------------- pairing


@dataclass(frozen=True)
class Pair:
    predicted: int
    gold: int
    similarity: float
    overlap: Overlap
    fields: tuple[FieldResult, ...]
    strict: bool


def similarity(kind: str, predicted: Predicted, gold: GoldItem[Any], table: AliasTable) -> Pair | None:
    """The pair's similarity and field comparison, or ``None`` when the two may not pair."""
    ov = evidence_overlap(predicted.evidence, gold.spans)
    evidence = ov.score
    matching = KINDS[kind].matching
    if matching.text_field is not None:
        ts = text_similarity(getattr(predicted, matching.text_field), getattr(gold.item, matching.text_field))
        if ts >= QUOTE_TEXT_MIN:
            evidence = max(evidence, ts)
    if ov.chars == 0 and evidence == 0.0:
        return None
    if not matching.one_word_evidence and evidence < QUOTE_TEXT_MIN and _one_word(predicted.evidence):
        # One word ("when", "said") that happens to lie inside a gold span is not
        # that fact: a model keeping a single word as evidence must not score.
        return None
    fields = compare_fields(kind, predicted, gold.item, table)
    sim = EVIDENCE_WEIGHT * evidence + FIELD_WEIGHT * field_agreement(fields)
    return Pair(-1, gold.index, sim, ov, tuple(fields), key_correct(kind, fields, gold.item))


def _one_word(spans: Sequence[Span]) -> bool:
    return sum(len(s.text.split()) for s in spans) <= 1


def pair_items(
    kind: str, predicted: Sequence[Predicted], gold: Sequence[GoldItem[Any]], table: AliasTable
) -> list[Pair]:
    """One-to-one pairs maximising total similarity; those below ``MIN_SIMILARITY`` dropped."""
    if not predicted or not gold:
        return []
    candidates: dict[tuple[int, int], Pair] = {}
    weights = np.zeros((len(predicted), len(gold)))
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            pair = similarity(kind, p, g, table)
            if pair is not None and pair.similarity >= MIN_SIMILARITY:
                candidates[(i, j)] = pair
                weights[i, j] = pair.similarity
    rows, cols = linear_sum_assignment(weights, maximize=True)
    out: list[Pair] = []
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        found = candidates.get((i, j))
        if found is not None:
            out.append(Pair(i, gold[j].index, found.similarity, found.overlap, found.fields, found.strict))
    return sorted(out, key=lambda p: p.predicted)
