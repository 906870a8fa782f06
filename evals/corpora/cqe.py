"""CQE evaluation sets (Almasian et al., EMNLP 2023): quantities with values and normalised units.

``newsfacts eval corpus cqe --split SPLIT --data DIR`` where DIR is a checkout of
``satya77/CQE_Evaluation`` (or its bare git directory). Nothing of the corpus is
copied into the project; it is read at run time.

Splits (development data; scored, read and tuned against):

- ``currency``, ``dimension``, ``age``, ``temperature``: the sentence sets under
  ``data/formatted_test_set/<name>-model.json`` (from Microsoft Recognizers-Text),
  each sentence with its quantities as ``value`` (a number, or "low-high" for a
  range) and ``normalized_unit`` (``dollar``, ``metre``, ``celsius``, ``-`` for none).
- ``units-train``: ``data/units/train/sentences_train.json``, sentences labelled
  with the one unit they use (a unit-disambiguation set: no values).

Reserved, refused before any file is opened: ``NewsQuant`` (the paper's news
benchmark, kept for an independent check) and ``units-test``.

Scoring conventions (``evals/README.md``, "Public corpora: CQE"): each sentence is
one article (no publication date). Every figure is one predicted quantity:
its value (a range is the pair ``value``-``value_max``) and its unit written the
CQE way (``UNIT_NAMES``: USD -> dollar, m -> metre, per -> "X per Y"). Per
sentence, predictions pair one-to-one with gold quantities, first on value and
unit, then on value alone. value P/R/F1 counts pairs with equal values;
value+unit P/R/F1 those with the unit too. Values are equal within a relative
1e-5 (CQE's ``np.isclose``); a range equals only a range.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from evals.corpora import CorpusReport, check_split
from evals.corpora.extracting import CorpusExtractor
from evals.corpora.snapshot import Snapshot
from schemas import ArticleRequest, Figure

SETS: dict[str, str] = {
    "currency": "data/formatted_test_set/currency-model.json",
    "dimension": "data/formatted_test_set/dimension-model.json",
    "age": "data/formatted_test_set/age-model.json",
    "temperature": "data/formatted_test_set/temperature-model.json",
    "units-train": "data/units/train/sentences_train.json",
}
RESERVED: tuple[str, ...] = ("NewsQuant", "units-test")

# Our units (currency codes, standard symbols, plural nouns) as CQE names them. A unit
# missing here is compared lowercased and singular ("computers" -> computer).
UNIT_NAMES: dict[str, str] = {
    # currencies
    "USD": "dollar",
    "EUR": "euro",
    "GBP": "pound sterling",
    "JPY": "japanese yen",
    "CNY": "chinese yuan",
    "CAD": "canadian dollar",
    "AUD": "australian dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "CHF": "swiss franc",
    "INR": "rupee",
    "RUB": "russian ruble",
    "TRY": "turkish lira",
    "MXN": "mexican peso",
    "ZAR": "south african rand",
    "MYR": "malaysian ringgit",
    "BTC": "bitcoin",
    # CQE's own names (its unit table, CQE 2.0.3 on PyPI) for the other codes our rules give:
    # the krona is "swedish krone" there, and the zloty keeps its "ł"
    "SEK": "swedish krone",
    "PLN": "polish złoty",
    "NOK": "norwegian krone",
    "DKK": "danish krone",
    "CZK": "czech koruna",
    "HUF": "hungarian forint",
    "UAH": "ukrainian hryvnia",
    "BYN": "belarusian ruble",
    "BGN": "bulgarian lev",
    "BEF": "belgian franc",
    "AED": "united arab emirates dirham",
    "MAD": "moroccan dirham",
    "ARS": "argentine peso",
    "CLP": "chilean peso",
    "COP": "colombian peso",
    "CUP": "cuban peso",
    "IDR": "indonesian rupiah",
    "BDT": "bangladeshi taka",
    "KZT": "kazakhstani tenge",
    "KES": "kenyan shilling",
    "ETB": "ethiopian birr",
    "GHS": "ghanaian cedi",
    # percent and points
    "percent": "percentage",
    "percentage points": "point",
    # durations
    "years": "year",
    "months": "month",
    "weeks": "week",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
    "seconds": "second",
    "decades": "decade",
    "centuries": "century",
    # physical symbols
    "m": "metre",
    "km": "kilometre",
    "cm": "centimetre",
    "mm": "millimetre",
    "mi": "mile",
    "ft": "foot",
    "in": "inch",
    "yd": "yard",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "t": "metric ton",
    "lb": "pound-mass",
    "oz": "ounce",
    "l": "litre",
    "ml": "millilitre",
    "gal": "gallon",
    "ha": "hectare",
    "acres": "acre",
    "m²": "square metre",
    "km²": "square kilometre",
    "ft²": "square foot",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt hour",
    "MWh": "megawatt hour",
    "GWh": "gigawatt hour",
    "TWh": "terawatt hour",
    "GB": "gigabyte",
    "MB": "megabyte",
    "TB": "terabyte",
    "KB": "kilobyte",
    "kB": "kilobyte",
    "Mb": "megabit",
    "Gb": "gigabit",
    "Hz": "hertz",
    "kHz": "kilohertz",
    "MHz": "megahertz",
    "GHz": "gigahertz",
    "hp": "horsepower",
    "°C": "celsius",
    "°F": "fahrenheit",
    "kn": "knot",
    "dB": "decibel",
    "mAh": "milliampere hour",
    "rad": "radian",
    "F": "farad",
    "R": "roentgen",
    "kt": "kiloton",
    "P": "poise",
    "pt": "point",
    "B": "byte",
    "b": "barn",
    "dpt": "diopter (lens)",
    "px": "pixel",
    "pc": "parsec",
    "J": "joule",
    "kJ": "kilojoule",
    "C": "coulomb",
    "V": "volt",
    "A": "ampere",
    "Ω": "ohm",
    "Pa": "pascal",
    "hPa": "hectopascal",
    "kPa": "kilopascal",
    "µF": "microfarad",
    "nF": "nanofarad",
    "pF": "picofarad",
    "AMD": "armenian dram",
    "HRK": "croatian kuna",
    "Nm": "newton metre",
    "barrels": "barrel",
    "°": "degree",
    "ton": "ton",
    "m³": "cubic metre",
    "ft³": "cubic foot",
    "mi²": "square mile",
    "dm": "decimetre",
    "pm": "picometre",
    "µg": "microgram",
    "FIM": "finnish markka",
    "NLG": "netherlands guilde",
    "DEM": "mark",
    "ESP": "peseta",
    "LKR": "sri lankan rupee",
    "LAK": "lao kip",
    "GEL": "georgian lari",
    "CRC": "costa rican colón",
    "KRW": "south korean won",
    "BRL": "brazilian real",
    "IQD": "iraqi dinar",
    "SAR": "saudi riyal",
    "IRR": "iranian rial",
    "ILS": "israeli new shekel",
    "PHP": "philippine peso",
    "people": "people",
}
# A rate's denominator as CQE names it ("dollar per share", "kilometre per hour").
PER_NAMES: dict[str, str] = {"person": "person", "t": "metric ton", "l": "litre", "gal": "gallon"}
# A rate CQE names as one unit: the contract writes a knot as the speed it is, nmi per hour (SPEC 1.1's
# rates; the gold of dev9 and dev13), CQE as "knot" (session 19).
RATE_NAMES: dict[tuple[str, str], str] = {("nmi", "hour"): "knot"}
# Subunits the service folds into their currency ("62 cents" = 0.62 USD); CQE keeps them.
SUBUNIT_WORDS = re.compile(r"(?:\d\s*(?:p|c)\b|\b(?:cents?|pence|penny|pennies)\b)", re.IGNORECASE)
SUBUNIT_NAMES = {"USD": "cent", "GBP": "penny", "EUR": "cent"}

Value = float | tuple[float, float]


@dataclass(frozen=True)
class Quantity:
    value: Value
    unit: str  # CQE's name; "-" for none


@dataclass
class Sentence:
    text: str
    gold: list[Quantity]
    label: str | None = None  # units-train: the one unit the sentence uses


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    value: int = 0
    value_unit: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.value += other.value
        self.value_unit += other.value_unit

    @staticmethod
    def prf(right: int, pred: int, gold: int) -> tuple[float | None, float | None, float | None]:
        p = right / pred if pred else None
        r = right / gold if gold else None
        f = (
            2 * p * r / (p + r)
            if p is not None and r is not None and p + r
            else (0.0 if p is not None else None)
        )
        return p, r, f


@dataclass
class Result:
    counts: Counts = field(default_factory=Counts)
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong_units: Counter[tuple[str, str]] = field(default_factory=Counter)
    # units-train
    labelled: int = 0
    with_figure: int = 0
    unit_right: int = 0


# --------------------------------------------------------------------------- conversion


def parse_value(raw: str | float | int) -> Value:
    """CQE's value: a number, or "low-high" for a range (a leading minus is a sign)."""
    if isinstance(raw, int | float):
        return float(raw)
    s = raw.strip()
    m = re.fullmatch(r"(-?\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)", s)
    if m:
        return (float(m.group(1)), float(m.group(2)))
    return float(s)


def _singular(unit: str) -> str:
    u = unit.lower().strip()
    if u.endswith("ies") and len(u) > 4:
        return u[:-3] + "y"
    # "losses", "boxes", "inches", "dishes": the plural adds "es" after a sibilant, so one "s"
    # off would leave "losse" that never meets "loss".
    if u.endswith(("sses", "xes", "ches", "shes", "zzes")) and len(u) > 4:
        return u[:-2]
    if u.endswith("s") and not u.endswith("ss") and len(u) > 3:
        return u[:-1]
    return u


def cqe_quantity(f: Figure) -> Quantity:
    """A figure as CQE would write it: value (or range) and unit name."""
    value: float = f.value
    value_max = f.value_max
    unit = f.unit
    if unit in SUBUNIT_NAMES and SUBUNIT_WORDS.search(f.text):
        value, value_max = value * 100, (value_max * 100 if value_max is not None else None)
        name = SUBUNIT_NAMES[unit]
    elif unit is None:
        name = "-"
    else:
        name = UNIT_NAMES.get(unit) or UNIT_NAMES.get(unit.lower()) or _singular(unit)
        if f.kind == "duration" and re.match(r"age\b", f.measure):
            name = f"{name} of age"  # an age (measure "age ..."): "5 years old" = 5 "year of age"
    if f.per and unit is not None and (unit, f.per) in RATE_NAMES:
        name = RATE_NAMES[(unit, f.per)]
    elif f.per:
        per = PER_NAMES.get(f.per) or UNIT_NAMES.get(f.per) or _singular(f.per)
        name = f"{name} per {per}"
    v: Value = (round(value, 9), round(value_max, 9)) if value_max is not None else round(value, 9)
    return Quantity(v, name)


def same_value(a: Value, b: Value) -> bool:
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple) and isinstance(b, tuple):
        return all(math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8) for x, y in zip(a, b, strict=True))
    assert isinstance(a, float) and isinstance(b, float)
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def same_unit(pred: str, gold: str) -> bool:
    return pred.strip().lower() == gold.strip().lower()


def names_label(pred: str, label: str) -> bool:
    """units-train: a predicted unit names the sentence's labelled unit, alone or as either side of a
    rate ("south african rand per night" names the rand, "penny per pound-mass" the pound-mass): the
    set labels which unit an ambiguous symbol means, and a rate has read the symbol all the same."""
    return same_unit(pred, label) or any(same_unit(side, label) for side in pred.split(" per "))


def score_sentence(
    preds: list[Quantity], gold: list[Quantity]
) -> tuple[Counts, list[tuple[Quantity, Quantity]]]:
    """One-to-one pairs: value and unit first, then value alone. Returns counts and the unit-wrong pairs."""
    free = list(range(len(preds)))
    c = Counts(gold=len(gold), pred=len(preds))
    unmatched: list[Quantity] = []
    for g in gold:
        hit = next(
            (i for i in free if same_value(preds[i].value, g.value) and same_unit(preds[i].unit, g.unit)),
            None,
        )
        if hit is None:
            unmatched.append(g)
            continue
        free.remove(hit)
        c.value += 1
        c.value_unit += 1
    wrong: list[tuple[Quantity, Quantity]] = []
    for g in unmatched:
        hit = next((i for i in free if same_value(preds[i].value, g.value)), None)
        if hit is not None:
            free.remove(hit)
            c.value += 1
            wrong.append((preds[hit], g))
    return c, wrong


# --------------------------------------------------------------------------- the corpus


def read_sentences(snapshot: Snapshot, split: str) -> list[Sentence]:
    raw = json.loads(snapshot.read(SETS[split]))
    out: list[Sentence] = []
    for row in raw:
        if split == "units-train":
            out.append(Sentence(text=row["text"], gold=[], label=str(row["unit"]).lower()))
        else:
            gold = [
                Quantity(parse_value(q["value"]), str(q["normalized_unit"]).lower())
                for q in row["quantities"]
            ]
            out.append(Sentence(text=row["text"], gold=gold))
    return out


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


class CQE:
    name = "cqe"
    description = "CQE evaluation sets: quantities with values and units (value F1, value+unit F1)."
    splits: tuple[str, ...] = tuple(SETS)
    reserved: tuple[str, ...] = RESERVED

    def run(self, data: Path, split: str, *, backend: str, limit: int | None = None) -> CorpusReport:
        check_split(self, split)
        snapshot = Snapshot(data, marker="data/formatted_test_set", corpus="CQE_Evaluation")
        sentences = read_sentences(snapshot, split)[:limit]
        result = asyncio.run(self._score(sentences, backend))
        return self.report(split, backend, len(sentences), result)

    async def _score(self, sentences: list[Sentence], backend_name: str) -> Result:
        res = Result()
        async with CorpusExtractor(backend_name) as extractor:
            for n, s in enumerate(sentences):
                ex = await extractor.extract(f"sentence {n}", ArticleRequest(text=s.text, language="en"))
                preds = [cqe_quantity(f) for f in ex.figures]
                if s.label is not None:
                    res.labelled += 1
                    if preds:
                        res.with_figure += 1
                        if any(names_label(p.unit, s.label) for p in preds):
                            res.unit_right += 1
                        else:
                            res.wrong_units.update((p.unit, s.label) for p in preds[:1])
                    continue
                counts, wrong = score_sentence(preds, s.gold)
                res.counts.add(counts)
                res.wrong_units.update((p.unit, g.unit) for p, g in wrong)
                if counts.value_unit < max(counts.gold, counts.pred):
                    res.misses.append(
                        {
                            "text": s.text,
                            "gold": [[g.value, g.unit] for g in s.gold],
                            "predicted": [[p.value, p.unit] for p in preds],
                        }
                    )
        return res

    def report(self, split: str, backend: str, documents: int, res: Result) -> CorpusReport:
        c = res.counts
        vp, vr, vf = Counts.prf(c.value, c.pred, c.gold)
        up, ur, uf = Counts.prf(c.value_unit, c.pred, c.gold)
        metrics: dict[str, float | int | None] = {}
        tables: list[Table] = []
        if split == "units-train":
            metrics = {
                "sentences": res.labelled,
                "with_figure": res.with_figure,
                "figure_coverage": res.with_figure / res.labelled if res.labelled else None,
                "unit_accuracy": res.unit_right / res.with_figure if res.with_figure else None,
            }
        else:
            metrics = {
                "gold": c.gold,
                "predicted": c.pred,
                "value_precision": vp,
                "value_recall": vr,
                "value_f1": vf,
                "value_unit_precision": up,
                "value_unit_recall": ur,
                "value_unit_f1": uf,
            }
            t = Table(title=f"CQE {split} · {backend} · {documents} sentence(s)", title_justify="left")
            for col in ("match", "gold", "pred", "right", "P", "R", "F1"):
                t.add_column(col, justify="left" if col == "match" else "right")
            t.add_row("value", str(c.gold), str(c.pred), str(c.value), _fmt(vp), _fmt(vr), _fmt(vf))
            t.add_row("value+unit", str(c.gold), str(c.pred), str(c.value_unit), _fmt(up), _fmt(ur), _fmt(uf))
            tables.append(t)
        units = Table(title="unit confusions (ours -> gold), top 15", title_justify="left")
        units.add_column("ours")
        units.add_column("gold")
        units.add_column("n", justify="right")
        for (ours, gold), n in res.wrong_units.most_common(15):
            units.add_row(ours, gold, str(n))
        tables.append(units)
        return CorpusReport(
            corpus=self.name,
            split=split,
            backend=backend,
            documents=documents,
            metrics=metrics,
            tables=tables,
            details={
                "misses": res.misses,
                "unit_confusions": [[a, b, n] for (a, b), n in res.wrong_units.most_common()],
            },
        )


CORPUS = CQE()
