"""Tables for figures with units (schema 1.1): rates, physical units and currency codes.

Rules as data: each family is one table with a comment saying what it covers
and why. ``figures.py`` reads them; nothing here runs at extraction time but
the compiled patterns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from service.backends.rules.lexicon import DURATION_UNITS, MEASURE_UNITS, POUND_WEIGHT_PLACES, words
from service.backends.rules.numbers import case_trie, compile_case_blind
from service.pipeline.normalize import fold_key

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
    "kilogramme": "kg",
    "kilo": "kg",
    "gram": "g",
    "gramme": "g",
    "pound": "lb",
    "ounce": "oz",  # "$1,349 an ounce" lost its rate (session 12)
    "acre": "acre",
    "mile": "mi",
    "kilometre": "km",
    "kilometer": "km",
    "square metre": "m²",
    "square foot": "ft²",
    # Session 31: the other square and cubic measures a price or a level is counted per ("85 micrograms per cubic
    # metre" was per "cubic", "$3.10 per cubic foot" too; only "square metre" and "square foot" were here).
    "square meter": "m²",
    "square kilometre": "km²",
    "square kilometer": "km²",
    "square mile": "mi²",
    "cubic metre": "m³",
    "cubic meter": "m³",
    "cubic foot": "ft³",
    "megawatt-hour": "MWh",
    "kilowatt-hour": "kWh",
    # Session 17: an hour of power spelled as two words ("$120 per megawatt hour" was per MW, a power
    # where the price is of energy).
    "megawatt hour": "MWh",
    "kilowatt hour": "kWh",
    "gigawatt hour": "GWh",
    "dozen": "dozen",
    "millisecond": "millisecond",
    # Session 15: a player's average ("19.5 points a game") and a yield per area ("2.8 tonnes a hectare").
    "game": "game",
    "match": "match",
    "hectare": "ha",
    "millilitre": "ml",
    "milliliter": "ml",
    # Session 18: a fare per journey ("18 euros a crossing", "$2.75 a ride" had no rate).
    "crossing": "crossing",
    "trip": "trip",
    "journey": "journey",
    "ride": "ride",
    "passenger": "passenger",
}
# A duration is a rate only per a longer span of time ("60 hours a week", "three days a month");
# "10 years a decade ago" is no rate, nor is "two hours an hour" (the order below decides).
TIME_SPAN_ORDER: dict[str, int] = {
    unit: rank
    for rank, units in enumerate(
        (
            ("millisecond", "milliseconds"),
            ("second", "seconds"),
            ("minute", "minutes"),
            ("hour", "hours"),
            ("day", "days", "night", "nights"),
            ("week", "weeks"),
            ("fortnight", "fortnights"),
            ("month", "months"),
            ("quarter", "quarters"),
            ("year", "years"),
            ("decade", "decades"),
        )
    )
    for unit in units
}
# Words after "a <span>" that make it a point in time, not a rate's denominator.
# Not "since": "30 hours a week since the spring" is a rate (no span of time is "a week since" after
# a duration; "a week since" makes a point only as a clause of its own, "it has been a week since").
DURATION_RATE_BLOCKED = re.compile(r"\s*(?:ago|earlier|later|before|after|back|from)\b", re.IGNORECASE)

_DENOM_ALT = "|".join(sorted((re.escape(d) for d in RATE_DENOMINATORS), key=len, reverse=True))

# " a month", " per day", " each year", "/h": the rate's denominator right after the amount
# (or after its unit). "a year ago" / "a year earlier" are dates, not rates: refused by the lookahead.
# Session 15: "a month before discounts" and "a year on bridges" are rates: "before"/"after" make a point
# in time except before what a price is counted without ("a month before tax"), and "on" only when the
# clause ends there or goes on with "from" ("a year on, the town ...", "a year on from the fire").
PRICE_ADJUSTMENTS = words(
    "tax taxes discount discounts deductions deduction inflation fees fee costs expenses bonuses bonus overtime "
    "interest subsidies subsidy tips commission charges insurance utilities rebate rebates vat"
)
_PRICE_ADJ_ALT = "|".join(sorted(PRICE_ADJUSTMENTS))
# Session 18: after a comma the denominator must end its phrase: "$5 billion, a person familiar with the
# matter said", "$2 billion, a share sale showed" are no rates (they were per person, per share).
RATE_AFTER = re.compile(
    rf"^(?:(?P<comma>,)?\s+(?:a|an|per|each|every)\s+|\s?-\s?(?:a|an|per)\s?-\s?|\s?/\s?)(?P<d>{_DENOM_ALT})(?![\w-])"
    r"(?(comma)(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|for|from|to|and|or|but|than|compared|up|down|last|this|next|"
    r"before|after|under|over|since|until)\b))"
    r"(?!\s+(?:ago|earlier|later|previously|from now|of|old)\b)"
    rf"(?!\s+(?:before|after)\b(?!\s+(?:{_PRICE_ADJ_ALT})\b))"
    r"(?!\s+on(?:\s*(?:[,.;:!?)]|$)|\s+from\b))",
    re.IGNORECASE,
)
# Session 31: a measure's denominator followed by what it measures: "$7.40 a kilogram of milk solids", "90 cents a
# litre of milk", "$84 a barrel of crude" are rates, as "€310 per tonne of wheat" was (``RATE_AFTER`` refuses "of" after
# any denominator, since "a day of talks", "a share of the profits", "a head of state" are no rates; a unit of weight,
# volume, area or energy is one whatever it measures).
RATE_MEASURE_DENOMINATORS = frozenset(
    d
    for d, unit in RATE_DENOMINATORS.items()
    if unit in words("t kg g lb oz l ml gal barrel ha acre m² km² mi² ft² m³ ft³ MWh kWh GWh")
)
RATE_MEASURE_OF_AFTER = re.compile(
    r"^\s+(?:a|an|per|each|every)\s+(?P<d>"
    + "|".join(sorted((re.escape(d) for d in RATE_MEASURE_DENOMINATORS), key=len, reverse=True))
    + r")(?=\s+of\s+[a-z])",
    re.IGNORECASE,
)
# "0.7 visits per patient", "$23 per axle", "6.35 per euro": after "per" any lowercase noun is the
# denominator (after "a"/"an" only the table's, since "a" begins any noun phrase). Not "per cent",
# "per se", "per the contract" (as the contract says); a currency is written as its code.
PER_NOT_DENOMINATORS = words(
    "cent cents centum se the a an his her its their our my your this that these those diem mille annum capita "
    "hundred thousand million billion trillion"  # "parts per million" is a unit of its own (ppm)
)
PER_CURRENCIES: dict[str, str] = {"euro": "EUR", "dollar": "USD", "yen": "JPY", "yuan": "CNY"}
PER_NOUN = re.compile(r"^,?\s+per\s+(?P<d>[a-z]+(?:-[a-z]+)?)(?![\w-])")
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
    "ms": "millisecond",
}
RATE_SLASH = re.compile(
    r"^\s?/\s?(?P<d>" + "|".join(sorted(RATE_SLASH_SYMBOLS, key=len, reverse=True)) + r")(?![\w/])",
    re.IGNORECASE,
)


# A rate written as one hyphenated modifier: "a 12-cent-a-share dividend", "a 5-dollar-a-day
# wage": the money word (-> currency code and factor) and the denominator.
HYPHEN_RATE = re.compile(
    r"^-(?P<u>cents?|pence|penny|dollars?|euros?|pounds?)-(?:a|an|per)-(?P<d>[a-z]+)(?![\w-])", re.IGNORECASE
)
HYPHEN_RATE_MONEY: dict[str, tuple[str, float]] = {
    "cent": ("$", 0.01),
    "cents": ("$", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "dollar": ("$", 1.0),
    "dollars": ("$", 1.0),
    "euro": ("EUR", 1.0),
    "euros": ("EUR", 1.0),
    "pound": ("GBP", 1.0),
    "pounds": ("GBP", 1.0),
}

# A physical amount's rate may follow what it measures: "2.4 billion gallons of jet fuel a
# year", "34,500 metric tons of copper a year". Up to three words after "of", the first two may be
# capitalised adjectives of place or names ("150,000 tonnes of Kenyan tea a year", session 27); the last,
# the noun, is lowercase.
RATE_AFTER_OBJECT = re.compile(
    r"^\s+of\s+(?:[A-Za-z][\w’'-]*\s+){0,2}[a-z][\w-]*(?=,?\s+(?:a|an|per|each|every)\s)"
)


# A rate named by an adjective of time before the amount's noun: "an annual pace of 4.2%", "a monthly
# pass for $28", "annual revenue of about $310 million", "monthly payments will drop by 55 euros".
# Only money and shares take it, only through nouns that a price or a pace is (so "the annual meeting
# of 300 members" and "a monthly magazine of 40 pages" state no rate), and only when a preposition or a
# verb of being joins the noun to the amount (so "quarterly profit rose 5%" is a change, not per quarter).
RATE_ADJECTIVES: dict[str, str] = {
    "annual": "year",
    "annualised": "year",
    "annualized": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
    "hourly": "hour",
    "nightly": "night",
    "quarterly": "quarter",
}
RATE_ADJECTIVE_NOUNS = words(
    "payment payments pass passes fee fees salary salaries wage wages rent rents revenue revenues sales income "
    "budget budgets pace rate growth inflation cost costs subscription subscriptions dividend dividends profit "
    "profits bill bills premium premiums allowance allowances spending pay charge charges toll tolls "
    "turnover earnings contribution contributions pension pensions stipend fare fares tuition membership "
    "repayment repayments instalment instalments installment installments "
    # "the pier's annual takings of £1.7m" (dev21: no rate; session 25)
    "takings"
)
RATE_ADJECTIVE_JOINS = words("of for at by to from worth totalling totaling is was were are be")
RATE_ADJECTIVE_BEFORE = re.compile(
    r"\b(?P<adj>" + "|".join(RATE_ADJECTIVES) + r")\s+(?:[a-z][\w-]*\s+)?"
    r"(?:" + "|".join(sorted(RATE_ADJECTIVE_NOUNS)) + r")"
    r"(?:\s+[a-z][\w'’-]*){0,5}?\s+(?:" + "|".join(sorted(RATE_ADJECTIVE_JOINS)) + r")"
    r"(?:\s+an?\s+average\s+of)?\s+$",
    re.IGNORECASE,
)


# "up to £600 for each account", "14.10 euros for each Darrow share": the amount per the noun after "for each"
# (a capitalised name may stand before the noun); "for each of the ..." names no denominator.
# The noun must end its phrase ("$3 for each seat cushion" names a compound this does not guess).
# Session 26: a participle or an adjective of number before the noun ("€85 for each cancelled excursion", "£12 for
# each extra night"), and a clause with its own subject after it ("15 francs for each day it stays closed", "for
# every hour the train is late"): the noun is still the denominator (both gave no ``per``, dev13 and dev22).
FOR_EACH_MODIFIERS = words("extra additional further new full whole single late missed lost unused")
FOR_EACH_AFTER = re.compile(
    r"^\s+for\s+(?:each|every)\s+(?:[A-Z][\w'’-]*\s+)?"
    r"(?:(?:[a-z]+ed|" + "|".join(sorted(FOR_EACH_MODIFIERS)) + r")\s+)?(?P<d>[a-z]+)"
    # a participle after the noun (session 28): "$50,000 for each year served", "£9 for each hour worked"
    r"(?:\s+(?:[a-z]+ed|spent|lost|held|kept|done|given|taken|won|sold|built|made|caught)(?=\s*[,.;:!?)]|\s+(?:in|at|"
    r"on|by|and|or|but|under|over|from|to)\b)"
    # the participles that follow a span of time, whatever comes next ("for each year served passed the Assembly")
    r"|\s+(?P<post>served|worked|spent|waited|delayed|missed)\b(?=\s+[a-z]))?"
    r"(?(post)|(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|on|of|to|by|and|or|but|from|with|who|that|which|under|over|"
    r"it|they|he|she|we|you|i|the|a|its|their|his|her|our)\b))"
)
FOR_EACH_NOT = words("of one the a an") | FOR_EACH_MODIFIERS
# "Each theft count carries a maximum of 12 years", "every member gets 5 votes": the noun after "each"/"every"
# is the denominator when a verb of what each holds or costs joins it to the amount.
EACH_HOLDS_VERBS = words(
    "carries carry carried costs cost pays pay paid earns earn earned gets get got receives receive received "
    "weighs weigh weighed holds hold held"
)
# A modal or an adverb between the noun and the verb ("each winner will receive €500"); one right after "each" is
# no noun: "Each will receive €92,500" was a rate per "will" (session 24, dev20).
EACH_HOLDS_AUXILIARIES = words("will would could can may might shall should must also then still now already")
EACH_HOLDS_NOT = words("of one day week month year time") | EACH_HOLDS_AUXILIARIES
EACH_HOLDS_BEFORE = compile_case_blind(
    r"\b(?:each|every)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<d>[a-z]+)\s+(?:(?:"
    + "|".join(sorted(EACH_HOLDS_AUXILIARIES))
    + r")\s+){0,2}(?:"
    + "|".join(sorted(EACH_HOLDS_VERBS))
    + r")(?:\s+(?:a|an|the|maximum|minimum|of|up|to|about|around|roughly|some|average|fine|sentence|penalty)){0,4}\s+$",
)
# "About 41,000 cars cross the viaduct each day": a count whose verb is a flow (what passes, arrives,
# is used) and whose clause ends on "each"/"every"/"a" span of time is that many per span. Only these
# verbs: "the 12 members meet each week" counts members, not members per week.
FLOW_VERBS = words(
    "use uses used cross crosses crossed visit visits visited pass passes passed enter enters entered "
    "arrive arrives arrived ride rides rode board boards boarded fly flies flew travel travels travelled "
    "traveled commute commutes commuted call calls called apply applies applied"
)
FLOW_RATE_AFTER = re.compile(
    r"^\s+(?:" + "|".join(sorted(FLOW_VERBS)) + r")(?:\s+[a-z][\w'’-]*){0,4}?\s+(?:each|every|per)\s+"
    r"(?P<d>day|night|week|month|year|hour)(?=\s*(?:[.,;:!?]|$))",
)


# "80,000 trips on a typical weekday": an ordinary span of time after the amount is its rate.
TYPICAL_SPANS: dict[str, str] = {
    "day": "day",
    "weekday": "day",
    "night": "night",
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "year": "year",
}
TYPICAL_SPAN_AFTER = re.compile(
    r"^\s+(?:on|in)\s+(?:a|an)\s+(?:typical|average|normal|usual|ordinary|busy|given)\s+"
    r"(?P<d>" + "|".join(TYPICAL_SPANS) + r")\b",
    re.IGNORECASE,
)
# "A month's membership is £35", "a year's salary of $50,000": a span's possessive before a price names its
# rate (money only).
SPAN_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:a|an|one)\s+(?P<d>day|night|week|month|year)['’]s\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+"
    r"(?:is|was|are|were|of|at|costs?|came\s+to|comes\s+to|totals?|totalled|totaled)\s+$",
    re.IGNORECASE,
)


def rate_denominator(text_after: str) -> tuple[str, int] | None:
    """(per, length consumed) when ``text_after`` starts with a rate's denominator."""
    m = RATE_SLASH.match(text_after)
    if m is not None:
        return RATE_SLASH_SYMBOLS[fold_key(m.group("d"))], m.end()
    m = RATE_AFTER.match(text_after)
    if m is not None:
        return RATE_DENOMINATORS[fold_key(m.group("d"))], m.end()
    m = RATE_MEASURE_OF_AFTER.match(text_after)
    if m is not None:
        return RATE_DENOMINATORS[fold_key(m.group("d"))], m.end()
    m = PER_NOUN.match(text_after)
    if m is not None and m.group("d") not in PER_NOT_DENOMINATORS:
        d = m.group("d")
        return RATE_DENOMINATORS.get(d) or PER_CURRENCIES.get(d) or UNIT_WORD_SYMBOLS.get(d) or d, m.end()
    m = TYPICAL_SPAN_AFTER.match(text_after)
    if m is not None:
        return TYPICAL_SPANS[fold_key(m.group("d"))], m.end()
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
    "rad": ("rad", None),
    "kmph": ("km", "hour"),
    "km/hr": ("km", "hour"),
    # Capacitance is written with its prefix ("100 µF", "10 nF"); the bare "F" is ambiguous
    # (a temperature) and read by context below. Both mu characters are in use.
    **{s: (s, None) for s in ("µF", "nF", "pF")},
    # Pressure (weather news gives hPa) and energy.
    **{s: (s, None) for s in ("hPa", "kPa", "MPa", "kJ", "MJ", "GJ")},
    "μF": ("µF", None),
    # Data rates: "100 Mbps", "12.5 MBps", "50 Mb/s", "150 MB/s" (bits and bytes kept apart).
    **{f"{p}bps": (f"{p}b", "second") for p in ("k", "K", "M", "G", "T")},
    **{f"{p}Bps": (f"{p}B", "second") for p in ("K", "M", "G", "T")},
    **{f"{p}b/s": (f"{p}b", "second") for p in ("k", "M", "G", "T")},
    **{f"{p}B/s": (f"{p}B", "second") for p in ("K", "k", "M", "G", "T")},
    "Kbps": ("kb", "second"),
    "kB/s": ("kB", "second"),
    # A screen's or a printer's resolution: pixels per inch.
    "PPI": ("px", "in"),
    "ppi": ("px", "in"),
    # A container ship's capacity in twenty-foot equivalent units: "a 24,000 TEU vessel" (session 27).
    "TEU": ("TEU", None),
    "TEUs": ("TEU", None),
}
SYMBOL_AFTER = re.compile(
    r"^\s?[(\[{<]?(?P<u>"
    + "|".join(sorted((re.escape(s) for s in UNIT_SYMBOLS), key=len, reverse=True))
    + r")(?![\w/²])"
)
# A verb that moves a time by a span or takes one: "the start was moved 30 minutes earlier", "pushed back two weeks
# later", "the trip had taken 20 minutes earlier in the day" state a span, a figure, where "power was restored 31 hours
# later" dates a happening (``figures._shifted_by``, session 27).
SPAN_VERBS = words(
    "moved moves move brought pushed put shifted delayed postponed pulled rescheduled"
    " took taken takes take taking lasted lasts last spent spend spends waited wait waits"
)
SPAN_HEDGES = words(
    "about around some nearly almost just roughly only at least more than less over under back forward"
)
# Verbs that put a thing under or over a mass (session 27, the lead's note): "buried the track under 20,000 tonnes of
# rock", "trapped beneath 3 metres of snow" name a place, not a bound (the figure was `at_most`). Only "under" and
# "beneath" are read so ("the wreck lay over 40 metres down" is a bound); not after "kept" or "stored" ("kept under
# 5C" is a bound).
PLACED_UNDER_VERBS = words(
    "buried bury buries burying trapped trap traps covered cover covers hidden lay lying lies lain sank sunk sinks "
    "submerged crushed pinned smothered entombed"
)
# Session 31: "over" after a word of dispute, departure or alarm gives the cause, not a bound: "University head quits
# over £186,000 expenses claims", "a row over $2m in fees", "staff strike over 300 job cuts", "fury over 40% rise"
# state the amount as it is (dev27's gold: exact; it was at_least). The family: the verbs and nouns of quitting and
# dismissal, of quarrel and protest, of inquiry and blame, of alarm. Not "fined over £5,000", "jailed over two
# years", "won over 60%", where "over" is "more than".
CAUSE_BEFORE_OVER = words(
    "quit quits quitting resign resigns resigned resigning resignation sacked sacking fired ousted "
    "suspended suspension axed dismissed dismissal row rows rowing dispute disputes disputed feud quarrel clash "
    "clashes clashed protest protests protested protesting strike strikes striking walkout boycott battle battles "
    "fight fights standoff stand-off rift split splits showdown tussle wrangle wrangling furore furor uproar "
    "outcry backlash storm anger angry fury outrage concern concerns concerned fears fear worries worry alarm "
    "probe probes inquiry investigation investigated sued suing lawsuit suit complaint complaints criticised "
    "criticized criticism slammed blasted attacked scrutiny questioned quizzed grilled apologises apologizes "
    "apologised apologized apology scandal controversy"
)
# A symbol of two letters or more glued to the number by a hyphen is the number's unit, as the spaced one is: "a
# 9,000-TEU vessel", "a 350-MW solar farm", "a 500-kWh battery", "a 2-GB card" measure capacity, power, energy and
# memory (session 27: the noun after the symbol was counted, "9,000 vessel"). One letter says too little ("a 3-C
# grade", "a 4-F rating", "a 2-W bulb"), and a second hyphen makes a longer compound ("a 10-km-long tunnel", read as
# before).
HYPHEN_SYMBOL_AFTER = re.compile(
    r"^-(?P<u>"
    + "|".join(
        sorted((re.escape(s) for s in UNIT_SYMBOLS if len(s) > 1 and " " not in s), key=len, reverse=True)
    )
    + r")(?![\w/²'’-])"
)
# Symbols read only when glued to the digits: "a 40t lorry", "100t" (tonnes), where a spaced
# "2 t" is more often a stray letter.
# Session 28: a gram glued to its digits ("a 50g bar", "€4.20 per 100g": dev24's three bar weights had no figure); not a
# mobile network written in lowercase ("4g network", "5g coverage": ``GLUED_G_NOT``).
GLUED_SYMBOLS: dict[str, tuple[str, str | None]] = {"t": ("t", None), "g": ("g", None)}
GLUED_SYMBOL_AFTER = re.compile(r"^(?P<u>[tg])(?![\w/²'’-])")
# A network's generation alone: "The phone supports 5g." (review 1); "5g of salt" is a weight.
GLUED_G_GENERATION = re.compile(r"[2-6]g(?!\s+of\b)")
GLUED_G_NOT = re.compile(
    r"\s+(?:networks?|phones?|mobiles?|signals?|coverage|connections?|services?|data|internet|broadband|masts?|"
    r"speeds?|handsets?|technology|rollout|spectrum|licen[cs]es?|force)\b",
    re.IGNORECASE,
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
    **dict.fromkeys(("tonne", "tonnes"), "t"),
    **dict.fromkeys(
        ("ton", "tons"), "ton"
    ),  # a short ton in American news, a tonne elsewhere: left as written
    **dict.fromkeys(("litre", "litres", "liter", "liters"), "l"),
    # the thousandths of a litre and a gram in full (session 32, the lead's note: "750-millilitre bottles" counted
    # millilitres); the other prefixes' symbols no scorer reads are left as written
    **dict.fromkeys(("millilitre", "millilitres", "milliliter", "milliliters"), "ml"),
    **dict.fromkeys(("milligram", "milligrams", "milligramme", "milligrammes"), "mg"),
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
    **dict.fromkeys(("celsius", "centigrade"), "°C"),
    # Electrical and mechanical SI units named in full ("2 coulombs", "12 volts", "980 hectopascals").
    **dict.fromkeys(("joule", "joules"), "J"),
    **dict.fromkeys(("kilojoule", "kilojoules"), "kJ"),
    **dict.fromkeys(("coulomb", "coulombs"), "C"),
    **dict.fromkeys(("volt", "volts"), "V"),
    **dict.fromkeys(("ampere", "amperes", "amp", "amps"), "A"),
    **dict.fromkeys(("ohm", "ohms"), "Ω"),
    **dict.fromkeys(("pascal", "pascals"), "Pa"),
    **dict.fromkeys(("hectopascal", "hectopascals"), "hPa"),
    **dict.fromkeys(("farad", "farads"), "F"),
    **dict.fromkeys(("fahrenheit",), "°F"),
}


# Units of a dimension's sides ("1920 x 1080 pixels", "12x10 feet", "a 2 x 4 metre plot"): lengths and
# pixels, as written -> standard symbol. "in" is left out ("3 x 4 in the yard" is a preposition), and "P"
# is a pixel only among words of screens (``figures._dimensions``).
DIMENSION_UNITS: dict[str, str] = {
    **{w: s for w, s in UNIT_WORD_SYMBOLS.items() if s in ("m", "km", "cm", "mm", "mi", "ft", "in", "yd")},
    **{s: s for s in ("m", "km", "cm", "mm", "ft", "yd")},
    **dict.fromkeys(("pixels", "pixel", "px", "P"), "px"),
    "inches": "in",
    "inch": "in",
}

# Single letters that stand for a unit when spaced after a number ("1 m x 1 m", "5 g", "2 l"); any
# other lone letter after a number ("5 p", "6.3 x 10") is no counted noun.
LETTER_UNITS = frozenset({"m", "g", "l"})

# ---------------------------------------------------------------- units that are not what is counted
# (session 10: a hostile reading of unlabelled political news). Each family gave a confident wrong unit.

# A measure written as one hyphenated adjective before its noun: "a 15,000 square-foot office", "a
# 150,000-square-foot center" (a count of "square-foot"), "Asmara's 7,600-foot-high plateau" (a count of
# "foot-high"). The square measures by their symbol; a length with a word of size is that length.
SQUARE_MEASURES: dict[str, str] = {
    **dict.fromkeys(("foot", "feet"), "ft²"),
    **dict.fromkeys(("mile", "miles"), "mi²"),
    **dict.fromkeys(("metre", "metres", "meter", "meters"), "m²"),
    **dict.fromkeys(("kilometre", "kilometres", "kilometer", "kilometers"), "km²"),
}
SIZE_WORDS = frozenset({"high", "tall", "long", "wide", "deep", "thick"})

# Singular nouns that end in "s": not the plural a compound's head is looked for ("three news articles"
# counted "news").
S_SINGULARS = frozenset(
    {"news", "series", "species", "means", "headquarters", "politics", "economics", "physics", "gas", "bus"}
)
# Adverbs and adjectives ending in "s" that are no plural head (session 18): "48 overseas markets" counted
# "overseas", the plural after it being taken for a second noun.
S_NOT_PLURALS = words(
    "overseas always perhaps afterwards towards upwards downwards backwards forwards upstairs downstairs "
    "indoors outdoors sometimes nowadays besides whereas nonetheless nevertheless"
)
# Nouns in "-s" that are no plural and modify the plural after them: "three measles cases" counted "measles"
# (session 24, dev20: the gold counts cases), "two news crews", "four economics lecturers". Read past only when
# a plural follows ("three measles cases"); alone they stay what is written.
S_SINGULAR_MODIFIERS = words(
    "measles mumps rabies diabetes herpes rickets news physics economics politics athletics"
)

# Heads that say what is counted only with the word before them (session 16): "four crew members" are
# not members of anything named, "400 line workers" not any workers, "1,100 academic staff" not all
# staff. The word before stays in the unit, as the gold guide keeps what the text counts ("crew members";
# the rules gave "members", and "academic" alone where "staff" counts in the singular).
QUALIFIED_HEADS = frozenset({"members", "workers", "staff"})
# Days on which something happens are counted, not a span of time: "4.6 fewer migraine days a month"
# counts days with a migraine (it was a duration of 4.6 days). Not "working", "business", "trading" days:
# "within seven business days" is a span, and the gold writes it in days.
DAY_KINDS = frozenset({"migraine", "headache", "symptom", "sick", "snow", "rain", "strike"})

# A noun before a bare number that says what it counts: "a sold-out crowd of 11,000", "organisers put the
# crowd at 8,000" count people (session 16: the number had no unit, or one borrowed from an earlier count).
# Not "majority": "a majority of 30" is seats in a parliament and votes in a constituency.
# "The group of four, all from Denmark, had skied ..." counts people too (session 25: a count of nothing, it was one
# figure with "rated the danger at 4" of another sentence); "group" and "family" only before "of", and in lowercase
# ("the Group of Seven" is a name).
COUNT_OF_NOUNS: dict[str, str] = {
    "crowd": "people",
    "crowds": "people",
    "group": "people",
    "groups": "people",
    "family": "people",
}
COUNT_OF_BEFORE = compile_case_blind(
    r"\b(?:(?P<n>crowds?)\s+(?:(?:was\s+|were\s+)?estimated\s+)?(?:of|at)|(?P<g>group|groups|family)\s+of)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|an\s+estimated)\s+)?$",
)

# Words that end the search for a counted noun (figures' NOT_UNITS: "two years earlier", "called 911 within minutes")
# but are adjectives right before a plural: "at least two earlier treatments" (dev6), "two earlier bids" (session 23),
# "three previous convictions", "two outside historians" (dev12). A set of heads limits the word to them: "sold 40
# outside shops" is where, not what.
ATTRIBUTIVE_BEFORE_PLURAL: dict[str, frozenset[str]] = {
    "earlier": frozenset(),
    "previous": frozenset(),
    "later": frozenset(),
    "outside": frozenset(
        {
            "experts",
            "advisers",
            "advisors",
            "consultants",
            "lawyers",
            "auditors",
            "investigators",
            "historians",
            "reviewers",
            "directors",
            "contractors",
            "scientists",
            "economists",
            "doctors",
            "engineers",
        }
    ),
}

# Participles that are adjectives of the count before a noun modifier and its plural: "the 61 surviving pleasure
# piers" (dev21: no unit; a participle before a plural right after it was read already, "30 remaining hostages").
# Not every "-ing" word: "300 using fake passports" counts no passports.
ING_ADJECTIVES = frozenset(
    {
        "surviving",
        "remaining",
        "existing",
        "participating",
        "competing",
        "outstanding",
        "serving",
        "visiting",
        "striking",
        "protesting",
        "working",
    }
)

# A population counts people only where its owner is a place: "Belvarra's population fell to 6.82 million", "the
# population of the town fell to 9,000" (dev12: no unit); not "the reserve's population" nor "the population of
# puffins" (review 1, session 25: both were people), and not a population no owner names. A bare plural after "of" is
# what it counts ("the island's population of puffins": puffins).
POPULATION_PLACES = words(
    "country nation city town village island region state county province district borough capital world suburb "
    "municipality kingdom republic territory"
)

# A verb right before a number whose object is the noun it is spelled as: "the stadium, which seats 4,800" counts
# seats (dev21; session 24's reading of a noun before a number as a verb, "Typhoon forces 200,000 to flee", left it
# no unit). The verb, the unit.
VERB_NAMES_COUNT: dict[str, str] = {"seats": "seats"}

# What each side of a vote's tally counts: "a 6-3 vote", "the amendment failed 68 to 79", "voted by 412
# to 37" (session 17: the last two were counts of nothing).
TALLY_VOTES = "votes"

# "of the 13 seats", "of the bridge's 212 cables": a partitive's own whole, which the search for the
# counted noun reads past to the noun (session 16: "four of the 13 seats" had no unit).
PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})

# An exchange rate: "The crown weakened 1.1% against the euro, to 11.42 per euro" quotes how many of the
# currency the sentence is about buy one of another. That currency is the subject of a verb of a
# currency's move (session 16: the number had no unit, the gold's is the crown).
CURRENCY_MOVE_VERBS = words(
    "weakened strengthened slipped slid fell rose gained lost firmed eased dropped climbed jumped was were "
    "traded stood ended closed finished opened recovered steadied held hovered sank tumbled rallied "
    "appreciated depreciated weakens strengthens slips falls rises gains trades stands ends closes"
)
# The perfect of those moves ("the korun has lost", "had weakened", "has fallen"), for ``MOVED_CURRENCY_NOUN``.
CURRENCY_MOVED_PERFECT = words("fallen risen sunk slumped plunged weakened strengthened lost gained dropped")
EXCHANGE_SUBJECT = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?P<cur>[a-z]{3,})\s+(?:(?:also|little|barely|further)\s+)?"
    r"(?P<verb>[a-z]+)\b"
)
EXCHANGE_PER_CURRENCIES = frozenset(PER_CURRENCIES.values())
# Subjects of those verbs that are no currency: "The exchange rate stood at 11.42 per euro".
EXCHANGE_NOT_CURRENCY = words(
    "rate rates price prices index currency exchange market stock shares bond yield"
)

# Words in "-ly" that are nouns and may be counted ("three rallies" is plural; "one family", "a rally");
# any other "-ly" word after a number is an adverb ("14 solidly Democratic states" counted "solidly").
LY_NOUNS = frozenset(
    {
        "family",
        "rally",
        "ally",
        "supply",
        "assembly",
        "anomaly",
        "monopoly",
        "belly",
        "fly",
        "lily",
        "bully",
        "melee",
        "reply",
        "folly",
        "jelly",
        "july",
        "italy",
        "homily",
        "panoply",
        "butterfly",
        "dragonfly",
    }
)

# Participles that name the people counted ("4 killed, 12 injured"); any other "-ed" word after a number,
# with no noun after it, is a verb ("100,000 died", "236,000 Iowans participated" counted the verb).
PARTICIPLE_NOUNS = frozenset(
    {
        "killed",
        "injured",
        "wounded",
        "dead",
        "arrested",
        "detained",
        "displaced",
        "evacuated",
        "hospitalized",
        "hospitalised",
        "rescued",
        "infected",
        "vaccinated",
        "employed",
        "unemployed",
        "insured",
        "uninsured",
        "enrolled",
        "affected",
        "accused",
        "convicted",
        "deported",
        "missing",
        "jailed",
        "sentenced",
        "charged",
    }
)

# Words that end the search for a counted noun: adverbs and verbs the search walked onto ("We are five
# right now" counted "right", "Those over 60 say" counted "say").
NOT_COUNTED = frozenset(
    {
        "right",
        "now",
        "then",
        "here",
        "there",
        "say",
        "says",
        "said",
        "think",
        "thinks",
        "believe",
        "believes",
        "alone",
        "together",
        "instead",
        "apart",
        "ahead",
        "away",
        "back",
        # session 18: "and two came to rest", "eight remain in custody" counted "came" and "remain"
        "came",
        "went",
        "remain",
        "remained",
        # session 24: "around 250 die each year" counted "die", then took it for a model's name (no figure)
        "die",
        "dies",
        "wait",
        "want",
        "hope",
        "expect",
        "agree",
        "disagree",
    }
)

# ---------------------------------------------------------------- currencies
# Currency signs of one country each, written before an amount ("€1,200") or after it
# ("1.200 €", as much of Europe writes): one table for both sides.
CURRENCY_SIGNS: dict[str, str] = {
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₿": "BTC",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₺": "TRY",
}
# Signs and codes written before an amount, glued or spaced ("HK$ 10", "USD10m", "RM23.50",
# "€1,200", "rmb 10"), folded (spaces out, lowercase) -> ISO 4217 code. "$" alone is not here:
# its country comes from the story's setting (``figures.dollar_currency``).
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD",
    "usd$": "USD",
    "aud$": "AUD",
    "cad$": "CAD",
    "nzd$": "NZD",
    "hkd$": "HKD",
    "sgd$": "SGD",
    "u.s.$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "mxn$": "MXN",
    "mex$": "MXN",
    "r$": "BRL",
    **CURRENCY_SIGNS,
    "₱": "PHP",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "cad": "CAD",
    "aud": "AUD",
    "chf": "CHF",
    "inr": "INR",
    "hkd": "HKD",
    "sgd": "SGD",
    "nzd": "NZD",
    "mxn": "MXN",
    "zar": "ZAR",
    "btc": "BTC",
    "rm": "MYR",
    "rs": "INR",
    "rs.": "INR",
}
# Codes with an "M" for million, as business news and company reports write them ("30 MUSD",
# "MEUR 120", "48.5 MGBP", "MSEK 300"): the code, and the number is in millions.
MILLION_CODES: dict[str, str] = {
    "musd": "USD",
    "meur": "EUR",
    "mgbp": "GBP",
    "maud": "AUD",
    "mcad": "CAD",
    "mchf": "CHF",
    "msek": "SEK",
    "mnok": "NOK",
    "mdkk": "DKK",
}
CURRENCY_PREFIXES.update(MILLION_CODES)

# Session 31: the codes of ``NATIONAL_CURRENCIES`` (below) before an amount, but those that are also words or names in
# capitals ("MAD", "SOS", "TRY", "CUP", "GEL", "COP 28", "NPR", "PHP 8", "RON", "AMD", the old codes of the euro's
# countries).
NOT_BEFORE_CODES = words("MAD SOS TRY CUP GEL COP NPR PHP RON AMD ESP DEM FIM ITL BEF FRF NLG DOP")
# Currencies named before their amount in the English of South Asia, Indonesia and East Africa: the word -> its code.
CURRENCY_WORDS_BEFORE: dict[str, str] = {
    "Rupees": "INR",  # as "Rs" (above): the rupee of an Indian story by default
    "Tk": "BDT",
    "Taka": "BDT",
    "Rp": "IDR",
    "KSh": "KES",
    "Ksh": "KES",
    "Kshs": "KES",
    "KShs": "KES",
    "Shs": "UGX",
}

# Currency names and signs written after an amount ("10 turkish lira", "15 €", "100 元",
# "6.25 BTC", "20 usd"), longest first; -> ISO 4217 code (or a historic code for old news).
# The national currencies written as words are in ``NATIONAL_CURRENCIES`` below and join this
# table there; these are the dollars, the pound and the signs.
CURRENCY_AFTER_NAMES: dict[str, str] = {
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "new zealand dollars": "NZD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    # The bare dollar is the story's dollar, like "$" (``figures.dollar_currency``): CAD in Toronto.
    "dollars": "$",
    "dollar": "$",
    "usd": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "eur": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    # The bare pound is sterling in English news (the Egyptian and Lebanese pounds are written with
    # their adjective, ``NATIONAL_CURRENCIES``); "pounds" of weight are told apart by the sentence.
    "pounds": "GBP",
    "pound": "GBP",
    "gbp": "GBP",
    "renminbi": "CNY",
    "rmb": "CNY",
    "kuai": "CNY",
    "元": "CNY",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "btc": "BTC",
    "$": "$",
    **CURRENCY_SIGNS,
    "ரூ": "LKR",
    **{code: iso for code, iso in MILLION_CODES.items()},
}

# Currencies written as words, one row per currency: its ISO 4217 code (a historic code for the
# currencies of old news), the adjectives that name its country ("Swedish crowns", "Pakistani
# rupees"), the nouns it is called by, and the place words that set a story in its country. An
# adjective with a noun names one currency: its code. A noun alone is read by ``BARE_CURRENCY``.
NATIONAL_CURRENCIES: tuple[tuple[str, str, str, str], ...] = (
    # the crowns of the north and of Bohemia: "crowns" alone is any of them; "kr" after the amount too, the north's
    # shared abbreviation ("350 kr" in a story set in Oslo is NOK; session 32)
    ("SEK", "swedish", "crown crowns krona kronor kr", "Sweden Swedish Stockholm Gothenburg Malmo Malmö"),
    ("DKK", "danish", "crown crowns krone kroner kr", "Denmark Danish Copenhagen Aarhus"),
    ("NOK", "norwegian", "crown crowns krone kroner kr", "Norway Norwegian Oslo Bergen"),
    ("ISK", "icelandic", "crown crowns krona kronur kr", "Iceland Icelandic Reykjavik"),
    ("CZK", "czech", "crown crowns koruna korunas koruny", "Czech Czechia Prague Brno"),
    # rupees: India, Pakistan, Sri Lanka, Nepal, Mauritius
    ("INR", "indian", "rupee rupees", "India Indian Delhi Mumbai Bengaluru Bangalore Kolkata Chennai"),
    ("PKR", "pakistani", "rupee rupees", "Pakistan Pakistani Islamabad Karachi Lahore"),
    ("LKR", "sri lankan", "rupee rupees", "Lanka Lankan Colombo"),
    ("NPR", "nepalese nepali", "rupee rupees", "Nepal Nepalese Nepali Kathmandu"),
    ("MUR", "mauritian", "rupee rupees", "Mauritius Mauritian"),
    # pesos: Mexico and much of Latin America, the Philippines
    ("MXN", "mexican", "peso pesos", "Mexico Mexican"),
    ("ARS", "argentine argentinian", "peso pesos", "Argentina Argentine Argentinian Aires"),
    ("CLP", "chilean", "peso pesos", "Chile Chilean Santiago"),
    ("COP", "colombian", "peso pesos", "Colombia Colombian Bogota Bogotá Medellin Medellín"),
    ("PHP", "philippine", "peso pesos", "Philippines Philippine Filipino Manila"),
    ("UYU", "uruguayan", "peso pesos", "Uruguay Uruguayan Montevideo"),
    ("DOP", "dominican", "peso pesos", "Dominican Domingo"),
    ("CUP", "cuban", "peso pesos", "Cuba Cuban Havana"),
    # francs: Switzerland, central and west Africa, France and Belgium before the euro
    ("CHF", "swiss", "franc francs", "Switzerland Swiss Zurich Zürich Geneva Bern Basel Lausanne"),
    ("FRF", "french", "franc francs", ""),  # France uses the euro: a story set there names no franc
    ("BEF", "belgian", "franc francs", ""),
    ("CDF", "congolese", "franc francs", "Kinshasa"),
    ("RWF", "rwandan", "franc francs", "Rwanda Rwandan Kigali"),
    ("GNF", "guinean", "franc francs", "Conakry"),
    # shillings: east Africa (and Britain before 1971)
    ("KES", "kenyan", "shilling shillings", "Kenya Kenyan Nairobi Mombasa"),
    ("UGX", "ugandan", "shilling shillings", "Uganda Ugandan Kampala"),
    ("TZS", "tanzanian", "shilling shillings", "Tanzania Tanzanian Dodoma"),
    ("SOS", "somali", "shilling shillings", "Somalia Somali Mogadishu"),
    # dirhams, dinars, riyals and rials, liras and pounds of the Middle East and north Africa
    ("AED", "emirati uae", "dirham dirhams", "Emirates Emirati UAE Dubai Abu Dhabi"),
    ("MAD", "moroccan", "dirham dirhams", "Morocco Moroccan Rabat Casablanca"),
    ("IQD", "iraqi", "dinar dinars", "Iraq Iraqi Baghdad Basra Mosul Erbil"),
    ("JOD", "jordanian", "dinar dinars", "Jordan Jordanian Amman"),
    ("KWD", "kuwaiti", "dinar dinars", "Kuwait Kuwaiti"),
    ("BHD", "bahraini", "dinar dinars", "Bahrain Bahraini Manama"),
    ("DZD", "algerian", "dinar dinars", "Algeria Algerian Algiers"),
    ("TND", "tunisian", "dinar dinars", "Tunisia Tunisian Tunis"),
    ("LYD", "libyan", "dinar dinars", "Libya Libyan Tripoli Benghazi"),
    ("RSD", "serbian", "dinar dinars", "Serbia Serbian Belgrade"),
    ("SAR", "saudi", "riyal riyals", "Saudi Riyadh Jeddah"),
    ("QAR", "qatari", "riyal riyals", "Qatar Qatari Doha"),
    ("YER", "yemeni", "rial rials riyal riyals", "Yemen Yemeni Sanaa Aden"),
    ("OMR", "omani", "rial rials", "Oman Omani Muscat"),
    ("IRR", "iranian", "rial rials", "Iran Iranian Tehran"),
    ("TRY", "turkish", "lira liras", "Turkey Türkiye Turkish Ankara Istanbul"),
    ("LBP", "lebanese", "lira liras pound pounds", "Lebanon Lebanese Beirut"),
    ("SYP", "syrian", "lira liras pound pounds", "Syria Syrian Damascus Aleppo"),
    ("ITL", "italian", "lira lire", ""),  # before the euro
    ("EGP", "egyptian", "pound pounds", "Egypt Egyptian Cairo Alexandria"),
    ("ILS", "israeli", "shekel shekels", "Israel Israeli Jerusalem Aviv"),
    # one country each, with their adjective written or not (``BARE_CURRENCY``)
    ("JPY", "japanese", "yen", "Japan Japanese Tokyo Osaka Yokohama Kyoto"),  # places: for "¥" (``figures``)
    ("CNY", "chinese", "yuan", "China Chinese Beijing Shanghai Shenzhen Guangzhou Wuhan Chongqing"),
    ("PLN", "polish", "zloty zlotys zlotych", ""),
    ("HUF", "hungarian", "forint forints", ""),
    ("NGN", "nigerian", "naira nairas", ""),
    ("THB", "thai", "baht", ""),
    ("MYR", "malaysian", "ringgit ringgits", ""),
    ("IDR", "indonesian", "rupiah rupiahs", ""),
    ("UAH", "ukrainian", "hryvnia hryvnias hryvnas", ""),
    ("RUB", "russian", "rouble roubles ruble rubles", "Russia Russian Moscow Kremlin"),
    ("BYN", "belarusian", "rouble roubles ruble rubles", "Belarus Belarusian Minsk"),
    ("ZAR", "south african", "rand rands", ""),
    ("KRW", "south korean", "won", ""),
    ("BRL", "brazilian", "real reais", ""),
    ("VND", "vietnamese", "dong", ""),
    ("RON", "romanian", "leu lei", ""),
    ("BGN", "bulgarian", "lev leva", ""),
    ("GHS", "ghanaian", "cedi cedis", ""),
    ("ETB", "ethiopian", "birr", ""),
    ("BDT", "bangladeshi", "taka", ""),
    ("KZT", "kazakh", "tenge", ""),
    ("AMD", "armenian", "dram drams", ""),
    ("HRK", "croatian", "kuna kunas", ""),
    ("GEL", "georgian", "lari", ""),
    ("FIM", "finnish", "markka markkas", ""),
    # the story's place decides a shared noun of the old currencies (session 33, the lead's note 2: "bought for 1.2
    # million marks in 1973" in a story set in Germany is DEM; it was "marks")
    ("DEM", "german deutsche", "mark marks", "Germany German Berlin Bonn Frankfurt Munich Hamburg"),
    ("NLG", "dutch", "guilder guilders", ""),
    ("ESP", "spanish", "peseta pesetas", ""),
    ("PTE", "portuguese", "escudo escudos", "Portugal Portuguese Lisbon Porto"),
    ("CVE", "cape verdean", "escudo escudos", "Cape Verde Verdean Praia"),
    ("GRD", "greek", "drachma drachmas", ""),
    ("IEP", "irish", "punt punts", ""),
)

BEFORE_ONLY_CODES = frozenset(code for code, *_ in NATIONAL_CURRENCIES) - NOT_BEFORE_CODES
CURRENCY_PREFIXES.update(
    {w.lower() + dot: code for w, code in CURRENCY_WORDS_BEFORE.items() for dot in ("", ".")}
)

# Matched on the few characters before a number; "$" may follow a country prefix with a space
# ("hk $ 10" in tokenised text). Codes need a word start, so "arm 10" is not ringgit.
# Case matters: "a $5 fee" is not Australian and "gave us $5" not American, so a lowercase or
# one-letter prefix must be glued to its "$" (tokenised "hk $ 10" and "c $ 16" excepted).
CURRENCY_BEFORE_RE = re.compile(
    r"(?P<c>(?:\b(?:US|U\.S\.|CA|AU|NZ|HK|MXN|Mex|C|hk|nz|mxn|c)\s?|\b(?:A|S|R|us|a|s|r|ca|au)"
    r"|\b(?:USD|AUD|CAD|NZD|HKD|SGD|usd|aud|cad|nzd|hkd|sgd))?\$"
    r"|[€£¥₹₽₩₿₡₾₭₺₱]"
    r"|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|CHF|INR|HKD|SGD|NZD|MXN|ZAR|BTC|RM|Rs\.?"
    r"|MUSD|MEUR|MGBP|MAUD|MCAD|MCHF|MSEK|MNOK|MDKK"
    r"|usd|eur|gbp|jpy|cny|rmb|cad|aud|chf|inr|hkd|sgd|nzd|mxn|zar|btc"
    # Session 31: every national currency's code ("PKR 5,000", "NGN 5 billion", "SEK 300 million" gave a count or
    # nothing) and the abbreviations and names South Asian, Indonesian and East African English write before an
    # amount ("Rupees 500 crore", "Tk 200", "Rp 5 million", "KSh 2 billion")
    r"|(?-i:" + "|".join(sorted(BEFORE_ONLY_CODES)) + r")"
    r"|(?-i:" + "|".join(sorted(CURRENCY_WORDS_BEFORE, key=len, reverse=True)) + r")\.?"
    r"))\s?$"
)
# A noun alone: the code where the noun is one currency's ("yen", "zloty", "kronor" is only Swedish,
# "koruna" only Czech, "pesetas" only Spain's); "" where several currencies share it ("crowns",
# "rupees", "pesos", "francs", "dinars", "lira", "marks" ...): those are read by the story's
# setting (``shared_currency``). Nouns of another sense are left out ("real", "won", "dong",
# "lev", "lei", "mark" and "rand" alone, read by ``AMBIGUOUS_SYMBOLS`` or not at all).
BARE_CURRENCY: dict[str, str] = {}
for _code, _adjectives, _nouns, _places in NATIONAL_CURRENCIES:
    for _noun in _nouns.split():
        BARE_CURRENCY[_noun] = "" if BARE_CURRENCY.get(_noun, _code) != _code else _code
    for _adjective in _adjectives.split():
        CURRENCY_AFTER_NAMES.update({f"{_adjective} {n}": _code for n in _nouns.split()})
BARE_CURRENCY.update(
    kronor="SEK", lire="ITL", marks=""
)  # "marks": the Deutsche Mark, the markka, the convertible mark ...
for _noun in (
    "real",
    "won",
    "dong",
    "lev",
    "lei",
    "leu",
    "mark",
    "rand",
    "rands",
    "dram",
    "drams",
    "pound",
    "pounds",
):
    BARE_CURRENCY.pop(_noun, None)
CURRENCY_AFTER_NAMES.update(
    {
        "armenian dram": "AMD",
        "south african rand": "ZAR",
        "croatian kuna": "HRK",
        "deutsche mark": "DEM",
        "deutschmarks": "DEM",
        "deutschmark": "DEM",
        "hong kong dollar": "HKD",
        "new zealand dollar": "NZD",
    }
)
CURRENCY_AFTER_NAMES.update(BARE_CURRENCY)
# Nouns with another sense than money ("three crowns" of a monarch or a dentist, "38 marks" out of
# a hundred): a currency only with a scale word ("312 million crowns"), an adjective of its country,
# or a word of money in the sentence (``CONTEXTS["money"]``).
OTHER_SENSE_CURRENCY = words(
    "crown crowns marks punt punts drachma drachmas"
)  # a kicker's punts, a weight (session 33)
# Where a story is set, for the nouns several currencies share: place word -> its code.
CURRENCY_PLACES: dict[str, str] = {
    place: code for code, _a, _n, places in NATIONAL_CURRENCIES for place in places.split()
}
# ``\b(?:Oslo|Bern|...)\b`` (longest first), written so that the engine skips in C to the next place's
# first letter: an alternation whose every branch opens with a letter is scanned by that set of
# letters, where a leading ``\b`` made it try all 190 places at every character of the story (4% of
# the rules' time on the seeds). ``(?<!\w.)`` after the first letter is the ``\b`` before it (every
# place opens with a letter, a word character). Same matches, in the same order. The places are grouped
# by their first letter, longest first within each (places of different first letters never match at one
# position): at a capital the engine tries that letter's places, not all 190 (session 13: a third of
# the instructions).
_PLACES_BY_INITIAL: dict[str, list[str]] = {}
for _place in sorted(CURRENCY_PLACES, key=len, reverse=True):
    _PLACES_BY_INITIAL.setdefault(_place[0], []).append(_place[1:])
CURRENCY_PLACE_RE = re.compile(
    "(?:"
    + "|".join(
        re.escape(initial) + r"(?<!\w.)(?:" + "|".join(map(re.escape, rests)) + ")"
        for initial, rests in _PLACES_BY_INITIAL.items()
    )
    + r")\b"
)
# Codes of their currency written after an amount, capitals only ("300 SEK", "500 AMD"): codes that
# are English words as well ("ALL", "TOP", "CUP", "MAD", "SOS", "PEN", "TRY") are left out.
CODE_AFTER_CODES = frozenset(c for c, *_ in NATIONAL_CURRENCIES) - words("ALL TOP CUP MAD SOS PEN TRY")
CODE_AFTER_RE = re.compile(r"^\s?(?P<c>" + "|".join(sorted(CODE_AFTER_CODES)) + r")(?![\w$€£¥])")


# Currencies divided into cents that a story names by sign, code or name: the dollars ("$", "dollars",
# "USD", "C$" ...: the story's dollar) and the euro. A cent ("12 c a litre", "62 cents") is a hundredth
# of the one the story is told in (``story_money``); with neither it is money in cents, no currency guessed.
# Counted as signs plus words (no word holds a sign, so the counts are those of one alternation
# over both). The words are found by their first letter in both cases, a set the engine skips to
# in C, and ``(?<!\w.)`` is the ``\b`` before it: a leading ``\b`` under IGNORECASE tried the
# whole alternation at every character of the story. "s" and "k" case-fold to "ſ" and the
# Kelvin sign under IGNORECASE; the sets hold them so that nothing the old pattern counted is lost.
CENTS_DOLLAR_SIGNS = "$"
CENTS_DOLLAR = re.compile(
    r"[dDuUcCaAnNhHsSſ](?<!\w.)(?i:(?<=d)ollars?|(?<=u)sd|(?<=c)ad|(?<=a)ud|(?<=n)zd|(?<=h)kd|(?<=s)gd)\b"
)
# What every ``CENTS_DOLLAR`` match holds, lowercased ("K", the Kelvin sign, lowercases to "k"); only "ſ", which
# lowercases to itself, matches one of its letters ("s") and is none of these.
_CENTS_DOLLAR_WORDS = ("dollar", "usd", "cad", "aud", "nzd", "hkd", "sgd")
CENTS_EURO_SIGNS = "€"
CENTS_EURO = re.compile(r"[eE](?<!\w.)(?i:ur(?:os?)?)\b")
CENTS_AS_WRITTEN = "cents"


@dataclass(frozen=True)
class StoryMoney:
    """What the whole story says of its money, for the amounts whose words do not: the codes of the
    currencies whose countries it names (for "crowns", "rupees" ...) and the currency of its cents."""

    countries: frozenset[str] = frozenset()
    cents: str | None = None
    # The codes of the yen and the yuan when the story names them by a word or a code (``SIGN_CURRENCY_WORDS``).
    named: frozenset[str] = frozenset()
    # Nouns the story converts into a known currency ("200 million dalen (about $108 million)"): its own
    # money, whatever the word (``CONVERTED_NOUN``).
    converted: frozenset[str] = frozenset()
    # The scale of a bare "degrees" of a temperature in this story ("°C", "°F"), or None (``story_degrees``).
    degrees: str | None = None
    # What the signs several countries write mean in this story (``sign_setting``): "£" sterling unless the story is
    # set in Egypt, Lebanon, Syria or Sudan; "Rs" the Indian rupee unless it is set in Pakistan, Sri Lanka, Nepal or
    # Mauritius (session 32).
    pound_sign: str = "GBP"
    rupee_sign: str = "INR"
    # What a bare "pounds" after an amount is where its sentence does not say (``story_pounds``, session 33): "lb" in a
    # story that weighs in pounds or is set in North America and names no sterling; "GBP" otherwise.
    pounds: str = "GBP"


# The scale a bare "degrees" of a temperature is in (session 20): "the temperature reached 34 degrees" was
# the unit "°", no scale. The story says it where it writes one scale and not the other ("the city recorded
# 41C on Monday ... the temperature was 3 degrees lower"), and where it writes neither, by its setting: a story
# set in a country of Celsius (its "$" is another country's dollar) or written in the Commonwealth's
# spelling of metric units ("kilometres", "millimetres": no US outlet writes them) is in Celsius, unless it
# names the United States twice or more. A story in miles with no scale keeps "°", and so does a bare
# "degrees" over 60 in a Celsius story (no weather is that hot: an oven's or a Fahrenheit reading).
CELSIUS_WRITTEN = re.compile(
    r"\d\s?[°º]\s?C\b|\d(?:\.\d+)?C\b|\b(?:[Cc]elsius|[Cc]entigrade)\b|\bdegrees?\s+C\b"
)
FAHRENHEIT_WRITTEN = re.compile(r"\d\s?[°º]\s?F\b|\d(?:\.\d+)?F\b|\b[Ff]ahrenheit\b|\bdegrees?\s+F\b")
CELSIUS_DOLLARS = frozenset({"CAD", "AUD", "NZD", "SGD"})
METRIC_SPELLING = re.compile(r"(?:metre|litre)s?\b", re.IGNORECASE)
# "U.S." ends in a point: a "\b" after it needs a letter next, so it was never counted before session 20.
US_WORD = re.compile(r"\b(?:U\.S\.|US|United States|American|Washington|New York)(?!\w)")
# A temperature's words in the sentence, "degrees" itself left out (``CONTEXTS`` reads it as one); an
# angle's words keep the bare "°" ("turned 180 degrees", "a slope of 30 degrees").
TEMPERATURE_WORDS = re.compile(
    r"\b(?:temperatures?|weather\w*|forecast\w*|heat\w*|warm\w*|cold\w*|hot\w*|cool\w*|chill\w*|freez\w*|"
    r"frost\w*|thermometers?|thermostat|swelter\w*|scorch\w*|maximum|minimum|mercury)\b",
    re.IGNORECASE,
)
ANGLE_WORDS = re.compile(
    r"\b(?:angles?|angled|turn\w*|rotat\w*|tilt\w*|slopes?|sloping|inclin\w*|gradients?|latitude|longitude|"
    r"north|south|east|west|compass|bearings?|arcs?|pitch\w*|list\w*|bank\w*|spin\w*|swivel\w*|veer\w*|"
    r"degrees?\s+(?:of\s+)?(?:north|south|east|west|from|off)|field of view|"
    # "the ramp sloped 8 degrees", "the tower leans 4 degrees", "bent 90 degrees" (session 21's hard negatives)
    r"sloped|lean\w*|bend\w*|bent|camber\w*|azimuth|vertical\w*|horizontal\w*)\b",
    re.IGNORECASE,
)


def story_degrees(text: str, dollar: str) -> str | None:
    """The scale of the story's bare "degrees" of a temperature (``CELSIUS_WRITTEN`` and the rest above)."""
    if "degree" not in text:
        return None
    celsius, fahrenheit = bool(CELSIUS_WRITTEN.search(text)), bool(FAHRENHEIT_WRITTEN.search(text))
    if celsius != fahrenheit:
        return "°C" if celsius else "°F"
    if celsius:
        return None  # both scales written: which one a bare "degrees" is the words do not say
    if dollar in CELSIUS_DOLLARS:
        return "°C"
    if METRIC_SPELLING.search(text) and len(US_WORD.findall(text)) < 2:
        return "°C"
    return None


# The yen and the yuan named by their words and codes anywhere in a story ("the renminbi slipped",
# "paid in yuan", "JPY"): with a place of the country, what tells the shared sign "¥" apart
# (``figures._yen_or_yuan``). "a yen for travel" is a longing, not the currency.
SIGN_CURRENCY_WORDS: dict[str, re.Pattern[str]] = {
    "CNY": re.compile(r"\b(?:[Yy]uan|[Rr]enminbi|RMB|CNY)\b|元"),
    "JPY": re.compile(r"\b(?:[Yy]en|JPY)\b(?! for\b)|[円圓]"),
}


# A money of the story's own, named by no table (session 18): a noun after an amount, converted right after
# it in parentheses into an amount with a currency sign or code: "200 million dalen (about $108 million)",
# "4,150 dravek a tonne (about $262)". The story's other amounts of that noun are money too ("up from 2,900
# dravek"); they were counts (dev4, dev5 4, dev6, dev8 in the gold). Not a unit of measure or a counted
# noun the tables know ("500 tonnes (about $2 million)" is a weight; "300 cars ($9 million)" a count).
CONVERTED_NOUN = re.compile(
    r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion))?\s+(?P<noun>[a-z]{3,})"
    r"(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s+\(\s*(?:(?:about|around|roughly|some|nearly|almost|or|US)\s*)?"
    r"(?:[$€£¥]|(?:USD|EUR|GBP|US\$)\s?)\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion|m|bn))?\s*\)"
    # the conversion alone in its parentheses: "30 jets ($3.6 billion at list prices)", "5,000 vehicles (about $20
    # million in repairs)" are counts with what they cost (review of session 18)
)
# A money of the story's own named by its move against another (session 29): "The korun has lost about 18% of its value
# against the dollar", "the valdo fell 2% against the euro" make "2.1 billion korun" an amount of money (it was a count
# of korun, dev25). The noun after "the" right before a verb of a currency's move; not a rate, a price or an index
# (``EXCHANGE_NOT_CURRENCY``).
MOVED_CURRENCY_NOUN = re.compile(
    r"\b[Tt]he\s+(?P<noun>[a-z]{3,})\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|further)\s+)?(?P<verb>[a-z]+)\b"
    r"[^.;!?]{0,60}?\bagainst the (?:dollar|euro|pound|yen|yuan|franc|greenback|rouble|ruble|rupee)\b"
    r"(?![-'’]|\s+(?:zone|area|bloc)\b)"  # review 2: "gained ground against the euro zone's leaders" is no currency
)
# A money of the story's own named by a price (session 30): "would cost it about 85 million dravics", "sold for an
# average of 3.40 rell a kilogram", "priced at 900 vels" make the noun an amount of money wherever the story uses it
# ("up from 1.55 rell"); they were counts (dev23 three times, dev26 once). A noun no table knows, after a verb of
# costing or selling for and the amount; "cost 400 jobs", "cost 12 lives", "sold for 30 times earnings" are not money
# (``CONVERTED_NOT``, ``PRICED_NOT``, the units of time and measure).
PRICED_NOUN = re.compile(
    r"\b(?:cost|costs|costing|(?:sold|sells|sell|selling|went|go|goes|going)\s+for|priced\s+at|fetch(?:ed|es|ing)?)"
    r"\s+(?:(?:it|us|them|him|her|me|you|the\s+[a-z]+|[A-Z][a-z]+)\s+)?"
    r"(?:(?:an\s+average\s+of|about|around|roughly|some|nearly|almost|up\s+to|more\s+than|over|just|only|as\s+much\s+as)\s+)?"
    r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion))?\s+(?P<noun>[a-z]{3,})\b(?![-'’])"
)
PRICED_NOT = words(
    "lives life points point places place jobs job percent per cent times more less extra fewer hours days weeks "
    "months years minutes seconds decades apiece each times lots items pieces"
)
CONVERTED_NOT = words(
    "tonnes tons tonne ton barrels barrel ounces ounce acres hectares litres gallons kilograms pounds shares "
    "people cars homes units jobs workers copies tickets passengers votes seats animals head cattle"
)


_PRICED_HINT = re.compile(r"cost|for \d|for an average|priced at|fetch")

# A money of the story's own named by what an amount of it is (session 31; ``sum_named_nouns``): "a 450 million esdra grant", "cut its
# investment there to 2.1 billion esdras", "a budget of 40 million marek" make the noun money wherever the story uses
# it ("lost 96 million esdras"); they were counts (dev27 four times; sessions 18, 29 and 30 read the same kind from a
# conversion, a move and a price). The nouns of sums a body grants, lends, spends, earns or owes, right after the
# amount's noun, or before it joined by a preposition of amount. A noun no table knows (as ``PRICED_NOUN``), and
# one the story writes only after an amount: "a 10 million dose contract" with "the doses" elsewhere is a count; the
# amount a large one written with its scale ("a 3,000 unit deal" counts units; ``SUM_NOT_MONEY``).
SUM_NOUNS = words(
    "grant grants loan loans investment investments budget budgets subsidy subsidies bailout bailouts fine fines "
    "deal contract package payment payments levy bond bonds fund funding payout settlement donation donations "
    "debt debts deficit revenue revenues turnover profit profits loss losses spending tax taxes bonus bonuses "
    "salary salaries wage wages rent fee fees price prices aid compensation penalty penalties tariff"
)
_SUM_ALT = case_trie(SUM_NOUNS)  # a trie: the alternation tried at every position cost 4 ms an article
_AMOUNT = r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion|trillion))?\s+"
# Read from each amount (session 31, speed: the sum nouns tried at every position of the story cost 2 ms an article):
# the amount and its noun, then the sum noun right after it ("450 million esdra grant") or before it, joined by a
# preposition of amount ("investment there to 2.1 billion esdras").
SUM_AMOUNT_NOUN = re.compile(rf"{_AMOUNT}(?P<noun>[a-z]{{3,}})\b(?![-'’])")
SUM_NOUN_AFTER = re.compile(rf"\s+(?:{_SUM_ALT})\b(?![-'’])")
SUM_NOUN_BEFORE = re.compile(
    rf"\b(?:{_SUM_ALT})\s+(?:[a-z]+\s+){{0,2}}?(?:of|to|at|worth|totalling|totaling)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|more\s+than|over|just|only)\s+)?$"
)


def sum_named_nouns(text: str) -> Iterator[re.Match[str]]:
    """The amounts whose noun a sum noun names (``SUM_NOUN_AFTER``, ``SUM_NOUN_BEFORE``)."""
    for m in SUM_AMOUNT_NOUN.finditer(text):
        if (
            SUM_NOUN_AFTER.match(text, m.end()) is not None
            or SUM_NOUN_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None
        ):
            yield m


_SUM_NAMED_HINT = re.compile(r"\d(?:\s+(?:thousand|million|billion|trillion))?\s+[a-z]")


def _written_only_after_amounts(noun: str, text: str) -> bool:
    """Whether every use of ``noun`` (and its plural in "-s") follows an amount ("450 million esdra")."""
    for m in re.finditer(rf"\b{re.escape(noun)}s?\b", text):
        if _AMOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None:
            return False
    return True


# An amount of a sum is a large one, written with its scale word ("450 million", "2.1 billion").
_LARGE_AMOUNT = re.compile(r".*?\d\s+(?:thousand|million|billion|trillion)\b")
# What a large sum is counted in that is no money: "a 2 million unit deal", "a 5 million dose contract".
SUM_NOT_MONEY = words(
    "unit units dose doses vehicle vehicles car cars home homes house houses bed beds seat seats plane planes jet "
    "jets ship ships truck trucks bus buses tank tanks acre acres share shares barrel barrels tonne tonnes ton "
    "tons vaccine vaccines tablet tablets pill pills bottle bottles ticket tickets meal meals mask masks"
)
_AMOUNT_BEFORE = re.compile(r"\d(?:\s+(?:thousand|million|billion|trillion))?\s+$")


# The signs several countries write (session 32, as ``figures.dollar_currency`` does for "$"): the sign's first
# reading, the words of its home country, and the other countries whose money it also writes. A story takes another
# country's reading where it names that country twice or more, and more often than the home country.
SHARED_SIGNS: dict[str, tuple[str, re.Pattern[str], frozenset[str]]] = {
    "£": (
        "GBP",
        re.compile(
            r"\b(?:UK|U\.K\.|Britain|British|England|English|Scotland|Scottish|Wales|Welsh|London|Northern Ireland)\b"
        ),
        frozenset({"EGP", "LBP", "SYP"}),
    ),
    "Rs": (
        "INR",
        re.compile(r"\b(?:India|Indian|Delhi|Mumbai|Bengaluru|Bangalore|Kolkata|Chennai|Hyderabad)\b"),
        frozenset({"PKR", "LKR", "NPR", "MUR"}),
    ),
}


def sign_setting(text: str, sign: str, place_codes: Mapping[str, int]) -> str:
    """What a sign several countries write means in this story (``SHARED_SIGNS``); ``place_codes``: how often the
    story names each currency's country (``CURRENCY_PLACE_RE``, read once by ``story_money``)."""
    home, home_words, others = SHARED_SIGNS[sign]
    if sign not in text:
        return home
    counts = {code: n for code, n in place_codes.items() if code in others}
    if not counts:
        return home
    best = max(counts, key=lambda c: counts[c])
    return best if counts[best] >= 2 and counts[best] > len(home_words.findall(text)) else home


# Session 33: a bare "pounds" whose sentence does not say is read by its story. A story that weighs in pounds ("40
# million pounds of syrup", "a 600-lb bear", "weighs 25 pounds") or is set in the United States or Canada (a name of
# their states, provinces and cities, ``lexicon.POUND_WEIGHT_PLACES``: British news writes its money "£", and wire copy
# converts "pounds ($...)") and names no sterling (the sign, "sterling",
# "pence", a conversion "pounds ($...)", the United Kingdom and its nations: ``STERLING_STORY``) weighs its bare
# "about 23 million pounds" too (dev29 read three as sterling in a Quebec co-op's syrup story). Any other story keeps
# the pound sterling, English news' default.
STERLING_STORY = re.compile(
    r"£|\b(?:sterling|[Pp]ence|GBP|quid|UK|U\.K\.|Britain|British(?!\s+Columbia|\s+Virgin)|(?<!New\s)England|"
    r"Scotland|Scottish|(?<!South\s)Wales|Welsh|London(?!,\s+Ont)|Northern\s+Ireland|NHS|Westminster|Whitehall|"
    # the kingdom's cities and counties no American or Canadian place shares a name with
    r"Glasgow|Edinburgh|Cardiff|Belfast|Leeds|Liverpool|Sheffield|Nottingham|Leicester|Swansea|Yorkshire|"
    r"Lancashire|Devon|Dorset|Cumbria|Cumbrian|Premier\s+League)\b|"
    r"\bpounds?\s+\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?(?:US|C|A|NZ)?[$€]"
)
WEIGHED_IN_POUNDS = re.compile(
    r"\bpounds?\s+of\s+(?:the\s+|their\s+|its\s+|public\s+|new\s+)?(?P<n>[a-z][\w'’-]*)|"
    r"\d\s?lbs?\b|\d-pound\s+(?P<h>[a-z][\w-]*)|"
    r"\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|up\s+to\s+)?\d",
    re.IGNORECASE,
)
POUND_WEIGHT_PLACE_RE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(POUND_WEIGHT_PLACES, key=len, reverse=True)
    )
    + r")\b"
)


def story_pounds(text: str) -> str:
    """What a bare "pounds" means in this story where its sentence does not say ("lb" or "GBP"; ``STERLING_STORY``)."""
    if "pound" not in text and "Pound" not in text:
        return "GBP"
    if STERLING_STORY.search(text) is not None:
        return "GBP"
    for m in WEIGHED_IN_POUNDS.finditer(text):
        noun = m.group("n") or m.group("h")
        if noun is None or noun.lower() not in (POUNDS_OF_MONEY if m.group("n") else HYPHEN_POUND_MONEY):
            return "lb"
    return "lb" if POUND_WEIGHT_PLACE_RE.search(text) is not None else "GBP"


def story_money(text: str, dollar: str) -> StoryMoney:
    """The story's money setting (``dollar``: what "$" means in it, ``figures.dollar_currency``)."""
    # each currency's country as often as the story names it, in the order first named (``sign_setting`` reads the counts)
    place_codes = Counter(CURRENCY_PLACES[m.group()] for m in CURRENCY_PLACE_RE.finditer(text))
    countries = frozenset(place_codes)
    # (the words' patterns only where their letters are, in any case: most stories hold none; session 28, speed)
    low = text.lower()
    dollars = text.count(CENTS_DOLLAR_SIGNS) + (
        len(CENTS_DOLLAR.findall(text)) if "ſ" in text or any(w in low for w in _CENTS_DOLLAR_WORDS) else 0
    )
    euros = text.count(CENTS_EURO_SIGNS) + (len(CENTS_EURO.findall(text)) if "eur" in low else 0)
    # The story's currency: the one named, or named at least twice as often as the other (a story in
    # dollars with a euro aside); named as often as each other, the cents' currency is not guessed.
    cents = dollar if dollars >= max(1, 2 * euros) else "EUR" if euros >= max(1, 2 * dollars) else None
    # Read only for a story with the sign in it: two whole-text scans most stories need not pay.
    named = (
        frozenset(code for code, words_re in SIGN_CURRENCY_WORDS.items() if words_re.search(text))
        if "¥" in text
        else frozenset()
    )
    converted = (
        frozenset(m.group("noun").lower() for m in CONVERTED_NOUN.finditer(text)) - CONVERTED_NOT
        if "(" in text
        else frozenset()
    )
    if _PRICED_HINT.search(low):
        converted |= frozenset(
            m.group("noun")
            for m in PRICED_NOUN.finditer(text)
            if m.group("noun") not in CONVERTED_NOT
            and m.group("noun") not in PRICED_NOT
            and m.group("noun") not in MEASURE_UNITS
            and m.group("noun") not in DURATION_UNITS
            and m.group("noun") not in PEOPLE_PLURALS
            and not m.group("noun").endswith(PEOPLE_PLURAL_ENDINGS)  # "cost 200 employees their jobs"
        )
    if _SUM_NAMED_HINT.search(text):
        named_sums = {
            noun
            for m in sum_named_nouns(text)
            if (noun := m.group("noun")) not in CONVERTED_NOT
            and noun not in PRICED_NOT
            and noun not in MEASURE_UNITS
            and noun not in DURATION_UNITS
            and noun not in PEOPLE_PLURALS
            and noun not in SUM_NOUNS
            and noun not in BARE_CURRENCY
            and not noun.endswith(PEOPLE_PLURAL_ENDINGS)
            and noun not in SUM_NOT_MONEY
            and _LARGE_AMOUNT.match(m.group()) is not None  # "a 300 unit deal" counts units
            and _written_only_after_amounts(noun.removesuffix("s"), text)
        }
        converted |= frozenset(
            named_sums | {f"{n}s" for n in named_sums} | {n.removesuffix("s") for n in named_sums}
        )
    if "against the" in text:
        moved = {
            m.group("noun")
            for m in MOVED_CURRENCY_NOUN.finditer(text)
            if m.group("verb") in CURRENCY_MOVE_VERBS | CURRENCY_MOVED_PERFECT
            and m.group("noun") not in EXCHANGE_NOT_CURRENCY
            and m.group("noun") not in BARE_CURRENCY
        }
        # the noun as written and its plural in "-s" ("the valdo" and "4 billion valdos"; "korun" does not change)
        converted |= frozenset(moved | {f"{n}s" for n in moved})
    return StoryMoney(
        countries,
        cents,
        named,
        converted,
        story_degrees(text, dollar),
        sign_setting(text, "£", place_codes),
        sign_setting(text, "Rs", place_codes),
        story_pounds(text),
    )


def cents_reading(story: StoryMoney) -> tuple[str, float]:
    """(unit, factor) of an amount in cents: the story's currency and 0.01, or "cents" and 1."""
    return (story.cents, 0.01) if story.cents else (CENTS_AS_WRITTEN, 1.0)


def shared_currency(noun: str, story: frozenset[str]) -> str | None:
    """The code of a currency noun several countries share, when the story names exactly one of
    their countries ("crowns" in a story set in Oslo); ``None`` otherwise: no code is guessed."""
    candidates = {code for code, _a, nouns, _p in NATIONAL_CURRENCIES if noun in nouns.split()} & story
    return next(iter(candidates)) if len(candidates) == 1 else None


# The names as a character trie (``phrases.trie_pattern``): the same matches as their alternation
# longest first (two names that match at one place are a name and its prefix, and the trie too tries
# the longer first), without trying each of the hundreds of names after every number (7x faster). Its
# letters are classes in every case since session 23 (``numbers.case_trie``): under IGNORECASE the engine
# entered every branch of a node to compare a letter case-blind; a class lets it skip the branch.
CURRENCY_AFTER_RE = re.compile(
    rf"^\s?(?P<c>(?-i:{case_trie(CURRENCY_AFTER_NAMES)}))(?![\w$€£¥])", re.IGNORECASE
)

# "pounds" is weight, not sterling, where the sentence speaks of weighing ("weighs 25 pounds",
# "lost 12 pounds", "to drop 25 pounds", "5,000 pounds of wheat").
WEIGHT_CONTEXT = re.compile(
    r"\b(?:weigh\w*|heav\w*|light\w*|lost|lose|losing|gain\w*|shed\w*|drop|dropped|dropping|kilos?|kilograms?|lbs?|ounces?|"
    r"tons?|tonnes?|load|cargo|harvest\w*|butter|flour|sugar|potatoes|wheat|meat|fish|fruit|diet\w*|baby|"
    r"suitcase|bag|package|shipment|luggage|baggage)\b",
    re.IGNORECASE,
)
# The words of WEIGHT_CONTEXT that tell a body's loss or gain: a weight only below a thousand pounds (session 33); "the
# heaviest is 2,900 pounds" weighs at any size.
BODY_WEIGHT_CHANGES = words(
    "lost lose losing gain gains gained gaining shed sheds shedding drop dropped dropping"
)
# Their plurals, read only before the amount and with no verb of money between (``figures._pounds_weigh``):
# "Federal food shipments fell to 112,000 pounds" was sterling (session 24, dev20).
WEIGHT_GOODS_PLURAL = re.compile(r"\b(?:suitcases|bags|packages|shipments|loads|cargoes)\b", re.IGNORECASE)
MONEY_VERB = re.compile(
    r"\b(?:earn\w*|rais\w*|paid|pay\w*|cost\w*|spen[dt]\w*|fined?|made|mak\w*|generat\w*|worth|sold|sell\w*|"
    r"bought|buy\w*|invest\w*|received|receiv\w*|charg\w*|fetch\w*)\b",
    re.IGNORECASE,
)


# Read before the sentence's words: "50 pounds of strawberries" is a weight and "12 pounds of
# taxpayers' money" an amount, whatever else the sentence says; "cost 12 pounds", "charged 150
# pounds" and "150 pounds per night" are prices even in a sentence about a parcel.
POUNDS_OF = re.compile(
    r"^\s+of\s+(?:the\s+|their\s+|its\s+|public\s+|new\s+)?(?P<n>[a-z][\w'’-]*)", re.IGNORECASE
)
POUNDS_OF_MONEY = words(
    """investment investments funding money cash spending debt debts taxpayers taxpayers' taxpayers’
    revenue revenues savings aid damage losses profit profits sales assets bonds shares stock tax taxes
    bonuses compensation subsidies subsidy cuts support value fees fines income earnings donations
    contracts fraud borrowing credit loans capital wealth benefits grants pay"""
)
PRICE_BEFORE = re.compile(
    r"\b(?:costs?|costing|charg\w*|paid|pay|pays|paying|spen[dt]\w*|fined?|worth|priced at|sold for|"
    r"fee of|fare of|price of|bill of|fine of)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
PRICE_RATE_AFTER = re.compile(
    r"^\s+(?:a|an|per|each)\s+(?:night|person|head|share|ticket|seat)\b", re.IGNORECASE
)
# "a 10-pound trout", "a 300-pound barbell" are weights; "a ten-pound note", "a 50-pound fine" money.
HYPHEN_POUND = re.compile(r"^-pounds?\s+(?P<n>[a-z][\w-]*)")
HYPHEN_POUND_MONEY = words(
    "note notes coin coins fine fines ticket tickets bill bills fee fees voucher vouchers bet bets"
)

# ---------------------------------------------------------------- unit phrases
# Multi-word and misspelled units after a number (case-insensitive): surface -> (symbol, per).
# Temperatures first: "degrees" alone is an angle or a temperature in an unnamed scale (°).
UNIT_PHRASES: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(
        (
            "degrees celsius",
            "degree celsius",
            "degrees centigrade",
            "deg celsius",
            "deg c",
            "degrees c",
            "degree c",
            "° celsius",
            "º celsius",
            "celsius",
            "celcius",
            "centigrade",
            "centigrate",
        ),
        ("°C", None),
    ),
    **dict.fromkeys(
        (
            "degrees fahrenheit",
            "degree fahrenheit",
            "degrees farenheit",
            "deg fahrenheit",
            "deg f",
            "degrees f",
            "degree f",
            "° fahrenheit",
            "º fahrenheit",
            "fahrenheit",
            "farenheit",
        ),
        ("°F", None),
    ),
    **dict.fromkeys(("degrees", "degree", "deg.", "deg", "°"), ("°", None)),
    **dict.fromkeys(
        ("square metres", "square meters", "square metre", "square meter", "sq m", "m2"), ("m²", None)
    ),
    **dict.fromkeys(
        ("square kilometres", "square kilometers", "square kilometre", "square kilometer", "sq km", "km2"),
        ("km²", None),
    ),
    **dict.fromkeys(("square feet", "square foot", "sq ft"), ("ft²", None)),
    **dict.fromkeys(("square miles", "square mile"), ("mi²", None)),
    **dict.fromkeys(("cubic feet", "cubic foot"), ("ft³", None)),
    **dict.fromkeys(("cubic metres", "cubic meters", "cubic metre", "cubic meter"), ("m³", None)),
    **dict.fromkeys(("metric tons", "metric tonnes", "metric ton"), ("t", None)),
    **dict.fromkeys(
        ("kilometres per hour", "kilometers per hour", "kilometre per hour", "kmph", "km/hr", "kph"),
        ("km", "hour"),
    ),
    **dict.fromkeys(("miles per hour", "mile per hour"), ("mi", "hour")),
    **dict.fromkeys(("decimetres", "decimeters", "dm"), ("dm", None)),
    **dict.fromkeys(("picometres", "picometers", "picometre", "picometer"), ("pm", None)),
    **dict.fromkeys(("micrograms", "microgram", "microgrammes", "microgramme", "μg", "µg"), ("µg", None)),
    **dict.fromkeys(("milligrams", "milligram", "milligrammes", "milligramme", "mg"), ("mg", None)),
    **dict.fromkeys(("grammes", "gramme"), ("g", None)),
    **dict.fromkeys(("kilogrammes", "kilogramme"), ("kg", None)),
    **dict.fromkeys(("radians", "radian"), ("rad", None)),
    **dict.fromkeys(("millilitres", "milliliters", "millilitre", "milliliter", "ml"), ("ml", None)),
    **dict.fromkeys(("nanograms", "nanogram", "nanogrammes", "nanogramme"), ("ng", None)),
    **dict.fromkeys(("parts per million", "part per million"), ("ppm", None)),
    **dict.fromkeys(("parts per billion", "part per billion"), ("ppb", None)),
    # Session 17: two-word units whose first word alone reads another unit ("6 megawatt hours" was 6 MW,
    # "300 nautical miles" 300 mi, a statute mile)
    **dict.fromkeys(("kilowatt hours", "kilowatt hour"), ("kWh", None)),
    **dict.fromkeys(("megawatt hours", "megawatt hour"), ("MWh", None)),
    **dict.fromkeys(("gigawatt hours", "gigawatt hour"), ("GWh", None)),
    **dict.fromkeys(("terawatt hours", "terawatt hour"), ("TWh", None)),
    **dict.fromkeys(("nautical miles", "nautical mile"), ("nmi", None)),
    # A knot is a speed, a nautical mile an hour: a rate, as "60mph" is mi per hour (SPEC 1.1); the gold of
    # dev9 and dev13 writes nmi per hour (session 19; it was the unit "kn" with no rate).
    **dict.fromkeys(("knots", "knot"), ("nmi", "hour")),
    **dict.fromkeys(("tons", "ton"), ("ton", None)),
    **dict.fromkeys(("tonnes", "tonne"), ("t", None)),
    **dict.fromkeys(("inches", "inch"), ("in", None)),
    **dict.fromkeys(("lbs", "lb"), ("lb", None)),
}
# The phrases as a trie of classes in every case (``numbers.case_trie``; session 23, speed: under IGNORECASE the
# engine tried each of the 120 phrases in turn after every number).
UNIT_PHRASE_AFTER = re.compile(rf"^\s?(?P<u>(?-i:{case_trie(UNIT_PHRASES)}))(?![\w²³])", re.IGNORECASE)

# ---------------------------------------------------------------- inch marks
# A double prime or straight double quote after a number is inches only when a dimension word
# follows ('a 10" long pen', 'a 6.1″ screen'): otherwise it is more often a closing quotation mark.
INCH_MARK_AFTER = re.compile(
    r"^\s?[\"″](?=\s+(?:long|wide|tall|high|deep|thick|across|screen|display|monitor|tv|pizza)\b)",
    re.IGNORECASE,
)
# Prime marks glued to digits: a prime (' ′) is feet for a length and minutes for a time, a double
# prime (" ″) inches or seconds. The words of the sentence say which; a dimension word right after
# the mark ("10' high", 'a 6" blade') settles it for a length. With neither, a straight mark is
# more often a closing quotation mark and is left unread, while a typographic double prime stays
# inches (what it meant before it was read by context). Times are durations (minutes, seconds).
PRIME_MARKS: dict[str, tuple[str, str, str | None]] = {
    # mark: (length unit, time unit, reading with no context)
    "'": ("ft", "minutes", None),
    "′": ("ft", "minutes", None),
    "’": ("ft", "minutes", None),
    '"': ("in", "seconds", None),
    "″": ("in", "seconds", "in"),
    "”": ("in", "seconds", None),
}
PRIME_MARK_AFTER = re.compile(r"^(?P<u>['′’\"″”])(?![\w'′’\"″”])")
DIMENSION_AFTER = re.compile(
    r"^\s(?:long|wide|tall|high|deep|thick|across|in (?:length|width|height|diameter))\b"
)
# Words of lengths and of times in the sentence (case-insensitive); a sentence with both is read as
# neither unless a dimension word follows the mark.
LENGTH_CONTEXT = re.compile(
    r"\b(?:length|long|width|wide|height|high|tall|depth|deep|distance|thick\w*|diameter|feet|foot|ft|inch\w*|"
    r"ruler|ceiling|walls?|fences?|rooms?|drops?|screens?|display|monitor|tv|boards?|planks?|pipes?|wrench|bolts?|"
    r"screws?|hoop|trees?|buildings?|measur\w*|yards?|metres?|meters?|cm|mm|away|above|below|gap|apart)\b",
    re.IGNORECASE,
)
TIME_CONTEXT = re.compile(
    r"\b(?:time\w*|timer|minutes?|seconds?|hours?|min|sec|lap|race|raced|run|ran|runner|sprint\w*|"
    r"finish\w*|complet\w*|took|takes?|taking|wait\w*|lasts?|lasted|lasting|duration|long|every|later|"
    r"after|before|orbit\w*|breaks?|meeting|clock|video|film|movie|songs?|speech|match|game|half|"
    r"stoppage|kick-?off|past the hour|record\w*|remind\w*|heats?|microwave|reheat\w*)\b",
    re.IGNORECASE,
)


# A span of time around the mark where no noun follows it: "in 9.58″.", "for 30',", "20″ later".
TIME_BEFORE = re.compile(
    r"\b(?:in|for|after|within|every|took|takes|lasted|only|just)\s+(?:about\s+|around\s+|just\s+|only\s+)?$",
    re.IGNORECASE,
)
NO_NOUN_AFTER = re.compile(
    r"^(?:\s*[,.;:!?)]|\s*$|\s+(?:and|to|at|which|before|later|ago|earlier|while|when)\b)"
)
TIME_AFTER = re.compile(r"^\s+(?:later|ago|earlier|past the hour)\b")


def prime_reading(mark: str, sentence: str, after: str, before: str = "") -> str | None:
    """The unit a prime mark glued to a number stands for, or None when the words do not say."""
    length, time, default = PRIME_MARKS[mark]
    if DIMENSION_AFTER.match(after):
        return length
    if TIME_AFTER.match(after) or (TIME_BEFORE.search(before) and NO_NOUN_AFTER.match(after)):
        return time
    is_length = LENGTH_CONTEXT.search(sentence) is not None
    is_time = TIME_CONTEXT.search(sentence) is not None
    if is_length and not is_time:
        return length
    if is_time and not is_length:
        return time
    return default


# "12 ft 2 in": inches after feet, where "in" alone would be a preposition.
FEET_BEFORE = re.compile(r"\b(?:ft|feet|foot)\.?\s+$|\d['′]\s*$", re.IGNORECASE)
INCHES_AFTER = re.compile(r"^\s?(?:in|ins|inches|inch|[\"″])(?!\w)", re.IGNORECASE)

# ---------------------------------------------------------------- labels
# Lowercase nouns that name the number after them, which is then an identifier, not a figure:
# "highway 35", "exit 436", "gate 4", "platform 9", "season 3", "level 4".
LABEL_WORDS = words(
    """highway interstate exit junction gate platform terminal pier berth track line bus tram
    ward district precinct zone unit apartment apt suite floor level storey channel model version
    episode season grade lot box row seat code category class type stage phase tier step item
    question amendment clause paragraph verse psalm act scene figure table appendix"""
    # Session 34 (the lead's note 1, 5): the places of a game ("after round 3", "on hole 7", "lap 12", "game 4" were
    # counts; "move" is read after a preposition only, ``figures._MOVE_LABEL_BEFORE``: "will move 85 families")
    """ hole round lap game"""
)
# Verbs that open an instruction ("Add 5 g of salt", "Whisk 3 eggs", "Keep 2 metres apart"):
# capitalised first in a sentence, they are no label of the number after them, as "Apollo 11"
# or "Stage 3" are. Verbs that also name numbers ("stage", "round", "level", "test", "match",
# "exit", "cycle", "run") are not here.
INSTRUCTION_VERBS = words(
    """add mix stir pour whisk beat bake boil heat cook chop slice dice combine blend fold knead
    sprinkle season simmer roast fry grill serve use buy pay spend save drink eat allow give put
    place remove bring keep fill weigh dissolve soak rinse drain plant sow walk swim"""
)

# ---------------------------------------------------------------- ambiguous symbols
# One- and two-letter symbols with several readings ("30C" is a temperature, "50 c" a price,
# "1 F" a capacitor's farad, "85 F" a temperature, "500 R" rand or roentgen). Each reading
# needs a word of its family somewhere in the sentence; with none, the symbol is left unread.
# "¥" is the yuan's sign as well as the yen's: a sentence about China reads it as CNY.
YEN_OR_YUAN = "china"
# A reading: (family, unit, per, kind, factor); money readings give the currency code ("$" is
# the story's dollar) and the factor that takes a subunit to it ("50p" = 0.50 GBP).
CONTEXTS: dict[str, re.Pattern[str]] = {
    "temperature": re.compile(
        r"\b(?:temperatures?|weather\w*|forecast\w*|heat\w*|warm\w*|cold\w*|hot\w*|cool\w*|chill\w*|"
        r"freez\w*|frost\w*|degrees?|thermometers?|oven|boil\w*|swelter\w*|scorch\w*|climate|cook\w*|roast\w*|"
        # Session 23: "It was minus 3C at dawn" (a negative reading is a temperature; not "snow" or "icy": "Icy roads
        # closed ... 2C Street", "Heavy snow forced the closure of Terminal 2F": the review of session 23)
        r"celsius|fahrenheit|thermostat|fever|minus|sub-zero)\b",
        re.IGNORECASE,
    ),
    "money": re.compile(
        r"[$£€]|\b(?:costs?|costing|price\w*|pay\w*|paid|sold|sells?|selling|buy\w*|bought|cheap\w*|"
        r"expensive|fees?|fares?|tolls?|coins?|cash|spend\w*|spent|charg\w*|afford\w*|worth|budget\w*|"
        r"salar\w*|wages?|tax\w*|discount\w*|money|shops?|stores?|market|stocks?|shares?|currency|"
        r"exchange|bank|rents?|tips?|tipped|bill|donat\w*|charity|dollars?|euros?|yen|yuan|sterling)\b",
        re.IGNORECASE,
    ),
    "south africa": re.compile(r"\b(?:South Africa\w*|Cape Town|Johannesburg|Durban|Pretoria|rands?)\b"),
    "china": re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|Guangzhou|yuan|renminbi|RMB)\b"),
    "particle": re.compile(
        r"\b(?:cross[- ]section\w*|particles?|neutrons?|protons?|nucle\w*|scatter\w*|collid\w*|barns?)\b",
        re.IGNORECASE,
    ),
    "bits": re.compile(
        r"\b(?:bits?|keys?|encrypt\w*|bandwidth|transfer|Mbps|Gbps|colou?r depth)\b", re.IGNORECASE
    ),
    "score": re.compile(
        r"\b(?:scor\w*|points?|games?|match\w*|teams?|tournament|league|index|rating|record|Dow|Nasdaq|NASDAQ|FTSE|"
        r"Nikkei|DAX)\b",
        re.IGNORECASE,
    ),
    "optics": re.compile(r"\b(?:lens\w*|glasses|spectacles|eyes?|vision|optic\w*|diopt\w*)\b", re.IGNORECASE),
    "screen": re.compile(
        r"\b(?:pixels?|screens?|images?|displays?|resolution|photos?|width|height|icons?|wide|tall)\b",
        re.IGNORECASE,
    ),
    "croatia": re.compile(r"\b(?:Croatia\w*|Zagreb|Split|Dubrovnik|kunas?)\b"),
    "armenia": re.compile(r"\b(?:Armenia\w*|Yerevan)\b"),
    "electric": re.compile(r"\b(?:capacit\w*|farads?|circuit\w*|electr\w*|volts?|charge)\b", re.IGNORECASE),
    "bulk": re.compile(r"\bkt of\b"),
    "current": re.compile(
        r"\b(?:amp(?:ere)?s?|currents?|circuits?|fuses?|electric\w*|volts?|wir(?:e|es|ing))\b", re.IGNORECASE
    ),
    "radiation": re.compile(
        r"\b(?:radiation|radioactiv\w*|dose\w*|exposure|x-rays?|roentgens?|nuclear|reactor|rads?)\b",
        re.IGNORECASE,
    ),
    "viscosity": re.compile(r"\b(?:viscos\w*|poises?|fluid|liquid|oil|syrup|honey)\b", re.IGNORECASE),
    "typography": re.compile(r"\b(?:fonts?|type\s?face|typeset\w*|text|print\w*|letters?)\b", re.IGNORECASE),
    "speed": re.compile(
        r"\b(?:speed\w*|wind\w*|gusts?|sail\w*|ships?|boats?|vessels?|yachts?|aircraft|knots?|cruis\w*)\b",
        re.IGNORECASE,
    ),
    "explosive": re.compile(
        r"\b(?:bombs?|explosi\w*|blasts?|yield\w*|nuclear|warheads?|TNT|detonat\w*|kilotons?)\b",
        re.IGNORECASE,
    ),
    "data": re.compile(
        r"\b(?:bytes?|files?|memory|RAM|storage|disk|drive|download\w*|upload\w*|data|software|cards?|"
        r"[KMGT]B|kB|[KMG]bps|e-?mails?|attachments?|packets?|web ?pages?)\b",
        re.IGNORECASE,
    ),
    # The bel (ten decibels) is written "B" like the byte: read only among words of sound.
    "sound": re.compile(
        r"\b(?:sound\w*|noise\w*|loud\w*|acoustic\w*|decibels?|dB|dBm|amplif\w*|audio|volume|hearing)\b",
        re.IGNORECASE,
    ),
    # "pc" is per cent in British news ("24pc") and the parsec only among words of astronomy ("star"
    # alone is not one: news has more film stars than suns).
    "astronomy": re.compile(
        r"\b(?:galax\w*|light[- ]years?|planet\w*|nebula\w*|telescopes?|astronom\w*|interstellar|"
        r"supernova\w*|quasars?|black holes?|Milky Way|parsecs?|cosmic|universe|Centauri|Andromeda|"
        r"from (?:the )?Earth|solar system)\b",
        re.IGNORECASE,
    ),
}
Reading = tuple[str, str, str | None, str, float]
AMBIGUOUS_SYMBOLS: dict[str, tuple[Reading, ...]] = {
    # "2 C of charge": the coulomb among words of electricity (after temperature); "12 V", "5 A" only there.
    "C": (("temperature", "°C", None, "other", 1.0), ("electric", "C", None, "other", 1.0)),
    "V": (("electric", "V", None, "other", 1.0),),
    "A": (("current", "A", None, "other", 1.0),),  # "5 A" is a grade or a group far more often
    "c": (("temperature", "°C", None, "other", 1.0), ("money", "$", None, "money", 0.01)),
    "F": (("temperature", "°F", None, "other", 1.0), ("electric", "F", None, "other", 1.0)),
    "p": (
        ("typography", "pt", None, "other", 1.0),
        ("money", "GBP", None, "money", 0.01),
        ("score", "pt", None, "other", 1.0),
    ),
    "pt": (("typography", "pt", None, "other", 1.0),),
    "R": (
        ("radiation", "R", None, "other", 1.0),
        ("south africa", "ZAR", None, "money", 1.0),
        ("money", "ZAR", None, "money", 1.0),
    ),
    "kn": (
        ("croatia", "HRK", None, "money", 1.0),
        ("money", "HRK", None, "money", 1.0),
        ("speed", "nmi", "hour", "other", 1.0),
    ),
    # "kt" is a kilotonne of a material ("20 kt of concrete") as well as an explosive yield.
    "kt": (
        ("explosive", "kt", None, "other", 1.0),
        ("bulk", "kt", None, "other", 1.0),
        ("speed", "nmi", "hour", "other", 1.0),
    ),
    # "P" is a poise among words of fluids and a pixel among words of screens ("a resolution of 4000 P").
    "P": (("viscosity", "P", None, "other", 1.0), ("screen", "px", None, "other", 1.0)),
    # The bel shares the byte's symbol: given by its name so that the two stay apart in the output.
    "B": (("data", "B", None, "other", 1.0), ("sound", "bel", None, "other", 1.0)),
    "drams": (("armenia", "AMD", None, "money", 1.0), ("money", "AMD", None, "money", 1.0)),
    "dram": (("armenia", "AMD", None, "money", 1.0), ("money", "AMD", None, "money", 1.0)),
    "b": (
        ("particle", "b", None, "other", 1.0),
        ("bits", "bit", None, "other", 1.0),
        ("data", "bit", None, "other", 1.0),
    ),
    "pc": (("astronomy", "pc", None, "other", 1.0),),
    "dpt": (("optics", "dpt", None, "other", 1.0),),
    "px": (("screen", "px", None, "other", 1.0),),
    "rands": (("money", "ZAR", None, "money", 1.0), ("south africa", "ZAR", None, "money", 1.0)),
    "rand": (("south africa", "ZAR", None, "money", 1.0),),
    "kuna": (("money", "HRK", None, "money", 1.0), ("croatia", "HRK", None, "money", 1.0)),
}
AMBIGUOUS_SYMBOL_AFTER = re.compile(
    r"^\s?(?P<u>" + "|".join(sorted(AMBIGUOUS_SYMBOLS, key=len, reverse=True)) + r")(?![\w/²'’-])(?!\.\w)"
)


# "a" after a number is an article far more often than a unit ("3 a day" is a rate, read first):
# it is read as a unit only where no article could stand (the end of a clause, or a word no
# article comes before: "ago", "and", "of", "for") and among words of its family: "500 a of
# farmland" (acres, as land listings abbreviate), "married for 25 a." (years: "a" is the annum's
# symbol). "3 a.m." is a time.
A_UNIT_AFTER = re.compile(
    r"^\s(?P<u>a)(?!\.\s?m\b)(?=[,.;:!?)]|$|\s+(?:ago|and|or|before|after|of|for|to|in|on|at|with|from|by|is|was|"
    r"are|were|which|that)\b)"
)
# "a 20 a field", "their 2 a vineyard": after a determiner and a number an article cannot stand, so the
# "a" is a unit whatever noun follows (not a rate's, "a 3 a day habit", nor a fraction's or a
# quantity's: "of the 12 a third", "the 40 a few").
A_DETERMINER_BEFORE = compile_case_blind(r"\b(?:a|an|the|their|its|his|her|our|this|that)\s+$")
A_BEFORE_NOUN = re.compile(
    r"^\s(?P<u>a)(?=\s+(?!(?:day|night|week|month|year|side|head|piece|time|person|share|half|third|quarter|fifth|"
    r"tenth|few|little|bit|couple|dozen|number|majority|total)\b)[a-z][\w-]*)"
)
A_READINGS: tuple[Reading, ...] = (
    ("land", "acres", None, "other", 1.0),
    ("years", "years", None, "duration", 1.0),
)
CONTEXTS["land"] = re.compile(
    r"\b(?:land|farm\w*|plots?|propert\w*|parks?|ranch\w*|vineyards?|estates?|acre\w*|hectares?|fields?|"
    r"area|gardens?|forests?|woods|orchards?|plantations?|golf|lots?|acreage|grazing|crops?|harvest\w*)\b",
    re.IGNORECASE,
)
CONTEXTS["years"] = re.compile(
    r"\b(?:for|ago|since|years?|old|decades?|anniversary|married|founded|established|history|experience|"
    r"career|tenure|served|work\w*|lived|living|stud\w*|practi[cs]\w*|training|playing|performing|"
    r"business|aged?|half-life|lasted)\b",
    re.IGNORECASE,
)


# "for 10 a", "10 a ago": a span of time whatever the sentence is about.
A_YEARS_AROUND = re.compile(
    r"\bfor\s+(?:over\s+|about\s+|nearly\s+|almost\s+)?\d[\d,.]*\s+a\b|\d\s+a\s+ago\b"
)


def a_reading(sentence: str, around: str) -> Reading | None:
    """The reading of a unit-placed "a" (``around``: the words before it and it) the sentence's words
    support (land first, unless "for 10 a" or "10 a ago" says a span of time), or None."""
    if A_YEARS_AROUND.search(around):
        return A_READINGS[1]
    for reading in A_READINGS:
        if CONTEXTS[reading[0]].search(sentence):
            return reading
    return None


# A price around an ambiguous symbol: a verb of paying before it ("costs 12 c") or a price's rate after
# it ("75 c each", "12 c a litre", "50p per share"). A temperature has no price per litre: the
# symbol's money reading comes first then, whatever else the sentence says ("cold drinks for 75 c each").
PRICE_AFTER_SYMBOL = re.compile(
    r"^(?:\s+(?:each|apiece)\b|,?\s+(?:a|an|per|each)\s+(?:litre|liter|gallon|kilo|kilogram|kg|pound|lb|share|"
    r"night|person|head|ticket|seat|unit|dozen|piece|item|kwh|kilowatt-hour|loaf|pint|bottle|copy|ride|trip)\b)",
    re.IGNORECASE,
)


def ambiguous_reading(symbol: str, sentence: str, priced: bool = False) -> Reading | None:
    """The reading of an ambiguous symbol that the sentence's words support, or None; ``priced``: a price
    stands around it (``PRICE_BEFORE``, ``PRICE_AFTER_SYMBOL``), and a money reading needs no other word."""
    if priced:
        money = next((r for r in AMBIGUOUS_SYMBOLS[symbol] if r[3] == "money"), None)
        if money is not None:
            return money
    for reading in AMBIGUOUS_SYMBOLS[symbol]:
        if CONTEXTS[reading[0]].search(sentence):
            return reading
    return None


# ---------------------------------------------------------------- session 18: figures on unseen news
# "over" before a span of time is the span an amount accrues or a plan runs over, not "more than": "cost
# £1.4 million over three years", "will be phased in over three years", "Over five years, the firm ..."
# (the gold of ten figures in eight sets reads these exact; the rules read at_least). It stays "more
# than" after what measures a length ("spent over three years in jail", "lasted over two years", "for
# over a decade", "the first rise in over three years", "a sentence of over five years", "just over two
# years"): the words below, right before "over". Hours and days are not spans here ("over 12 hours" is most often more than).
OVER_SPAN_UNITS = frozenset({"years", "months", "weeks", "decades", "quarters"})
OVER_MORE_THAN_BEFORE = words(
    "for in of than after to by within from at since under about around just well only nearly almost some "
    "little slightly barely already still on into across lasted lasting lasts last took take takes taking "
    "spent spend spends spending waited wait waits waiting served serve serves serving lived live lives "
    "living worked work works working been be is was are were remained remain stayed stay ran run runs "
    "running gone went jailed sentenced imprisoned existed exist continued continue dragged drag stretched "
    "stretch kept keep held hold aged age ages old married employed lasting elapsed passed"
)
# "phased in over three years": "in" here is the verb's particle, not a preposition of "in over".
OVER_PARTICLE_IN = re.compile(
    r"\b(?:phase[ds]?|phasing|brought|bring|brings|bringing|paid|pay|pays)\s+in\s+$", re.I
)

# A fraction a verb of change moves something by is a share: "fell by about a fifth", "cut its order by
# half", "had risen by nearly a third" (8 gold figures of six sets, no figure before). Only after one of
# these verbs in the clause, and only where the fraction ends its phrase: "followed by a third bidder",
# "by half an hour", "by a quarter of a point" are not shares.
BY_FRACTION_LEMMAS = words(
    "rise fall climb jump grow increase decrease decline drop cut reduce shrink slash lower raise boost "
    "swell soar plunge tumble slump dip expand narrow widen shorten lengthen trim halve gain lose slide sink"
)
BY_FRACTION_END = re.compile(
    r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:in|since|from|to|over|on|at|after|before|this|last|between|during|"
    r"compared|while|and|but|as|until|than|per|every|each|year|month|week|overall|too|within|across|among|"
    # "reduced the fine by a third because of its early plea" (dev17, session 21): a reason after the share
    r"because|for|due|amid|following|under)\b)"
)

# ---------------------------------------------------------------- session 19
# Nouns that name only "how much" of what an amount counts: a multiplier compared with one of them
# ("12,000 tickets, almost double the number a year earlier", "6 ppm, twice the safe limit", "nearly four
# times the low estimate of $12 million") multiplies the amount it is compared with, and takes that
# amount's unit (the gold of dev3, dev4, dev7, dev8). A noun with a sense of its own ("more than triple
# his pay", "twice the floor space") stays the multiplier's unit.
COMPARED_MEASURE_NOUNS = words(
    "number numbers figure figures total totals amount amounts level levels limit limits rate rates cost "
    "costs price prices sum sums count tally average estimate estimates value values "
    # money a body takes in, compared with an amount after "of" (session 30: "four times the pier's annual takings of
    # £1.7m" is pounds)
    "takings income revenue revenues turnover budget budgets "
    # session 33: every noun of a level expected, allowed or usual ("31 mph, more than double the forecast", "40
    # tonnes, twice the legal maximum"; the unit was the noun: "forecast"; "its capacity" keeps its own, session 19)
    "forecast forecasts projection projections prediction predictions expectation expectations target targets "
    "goal goals quota quotas cap caps ceiling ceilings maximum maximums minimum minimums norm norms median mean "
    "usual normal allowance allowances allocation allocations threshold thresholds benchmark benchmarks "
    "baseline baselines peak standard"
)
# A state a span is "over": "has been empty over five years" is more than five years (session 18 read
# it as the span an amount is spread over). The word right before "over" after a verb of being.
STATE_BEFORE_OVER = words(
    "empty vacant derelict idle unused disused abandoned dormant missing closed shut unoccupied unchanged "
    "frozen stalled silent homeless unemployed jobless apart away absent ill sick single open free dry "
    "married divorced estranged exiled banned suspended barred stuck stranded dead extinct"
)
# Knots a rope or a string has are counted, not a speed: "tied 3 knots in the rope".
KNOTS_TIED = re.compile(
    # a knot tied in something: the verb of tying, or "knots in the rope" (not "Gusts of 60 knots tore the ropes
    # from their moorings", review of session 19)
    r"\b(?:tie|ties|tied|tying|untie|untied)\b|\bknots?\s+(?:in|on)\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:rope|ropes|string|cord|thread|laces?)\b",
    re.I,
)


# ---------------------------------------------------------------- session 20
# Nouns "only one", "just one" name without counting anything: "only one way to", "just one thing", "the only
# one reason" (``figures._one_bounded``).
ONE_NOT_COUNTED = words(
    "way ways thing things time reason question answer problem word side hand kind sort type lot bit "
    "piece part matter chance option choice hope goal aim idea thought left remaining available missing standing "
    "alive"
)

# A level a modal says an amount may reach is its ceiling (``figures``, rule ``figures.qualifiers.modal_ceiling``):
# "sales could reach $2 billion", "the fee could rise to €20 million" are `at_most`, as the gold of dev5, dev15
# and dev16 reads all three such shapes in the sets. Only "could", "might", "may" (what "would" and "will"
# reach is a forecast's level: "would rise to about €90 million" is hedged by its own word) and only verbs of
# rising to a level ("could hit 40 schools" strikes them); "could exceed",
# "could top" are floors, and "could fall to" says nothing of a ceiling. "could not reach" states no level.
MODAL_CEILING_BEFORE = compile_case_blind(
    r"\b(?:could|might|may)\s+(?:(?:eventually|even|soon|still|well|quickly|yet)\s+)?"
    r"(?:reach|rise\s+to|climb\s+to|grow\s+to|increase\s+to|swell\s+to)\s+$",
)

# Plural subjects of a change that are amounts, not things counted: "Prices rose to 12", "Yields fell from 41"
# name no unit of the level (``figures._change_subject``).
CHANGE_SUBJECT_NOT_COUNTED = words(
    "prices rates costs sales revenues profits earnings wages salaries rents fees fares yields shares stocks "
    "exports imports deficits debts taxes bills temperatures levels numbers figures totals estimates values "
    "premiums margins savings bonds loans funds assets reserves volumes readings scores odds chances hopes "
    "emissions returns spending payments incomes budgets tariffs duties points ratings polls markets "
    "indices indexes averages forecasts expectations"
)


# ---------------------------------------------------------------- session 21
# Comparatives after "N times" that make it a multiplier, not how often (``figures.TIMES_COMPARISON``): "three
# times faster than the index", "ten times stronger than morphine" were counts of 3 and 10 "times" (the hard
# negatives of session 20's how-often rule). "earlier", "later", "rather" are not among them: "late three times
# earlier this year" is how often.
TIMES_COMPARATIVES = words(
    "faster slower longer shorter stronger weaker heavier lighter deeper shallower wider narrower cheaper "
    "dearer costlier pricier quieter louder taller hotter colder warmer cooler brighter darker thicker thinner "
    "richer poorer safer riskier likelier quicker steeper denser better worse"
)
# A span after "times over" is when it happened, not a multiple: "flooded three times over the winter" (a
# multiplier before; "three times over the limit" still is one).
TIMES_OVER_SPAN = re.compile(
    r"\s+over\s+(?:(?:the|a|an|this|that|its|their|his|her)\s+)?"
    r"(?:(?:past|last|next|coming|following|previous|same|whole|entire|first|second|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|several|few)\s+){0,2}(?:years?|months?|weeks?|days?|decades?|quarters?|weekends?|winters?|"
    r"summers?|springs?|autumns?|seasons?|periods?|holidays?|nights?|hours?)\b",
    re.IGNORECASE,
)
# Words of a university's degrees just before a bare "degrees": no temperature, whatever the story's scale (``figures``,
# rule ``figures.units.story_scale``): "She holds three degrees and works in the weather office" was 3 °C in a story
# set in Celsius. Read in the words before the figure only (review of session 21: read over the whole sentence,
# "students", "study" or "holds" anywhere in it took the °C from "The temperature reached 34 degrees on Tuesday,
# students said").
DEGREE_NOT_TEMPERATURE = re.compile(
    r"\b(?:universit\w*|graduat\w*|bachelor\w*|master['’]?s|doctora\w*|diploma\w*|honorary|academic\w*|college\w*|"
    r"stud(?:ents?|ied|ying)|holds?|holding|earned|earns|obtained|awarded|qualifications?)\b[^,;.]{0,30}$",
    re.IGNORECASE,
)
# ... or right after it: "a degree from Oxford", "degrees in law".
DEGREE_NOT_TEMPERATURE_AFTER = re.compile(
    r"\s+(?:from\s+(?:the\s+)?[A-Z]|in\s+(?:law|medicine|economics|history|engineering|physics|chemistry|biology|"
    r"nursing|music|art|english|maths|mathematics|philosophy|politics|business|computer)\b)"
)
# Words in "-est" that are no superlative: after "its two" they are nouns or adjectives that count ("its two
# interest payments", "the park's three forest trails"), so the number stays a count (``figures._not_a_count``).
NOT_SUPERLATIVES = words(
    "interest interests forest forests west request requests protest protests contest contests harvest guest "
    "guests nest nests test tests honest modest earnest manifest arrest arrests chest quest rest pest vest crest "
    "digest inquest priest priests conquest suggest invest unrest northwest southwest midwest behest bequest "
    "tempest"
)
# Times of the year and of the day after "the" right after a number: when, not what it counts ("from 9,000 the
# summer before" counted summers; ``figures._unit_after``).
TIMES_OF_YEAR = words(
    "summer summers winter winters spring springs autumn autumns fall season seasons weekend weekends night "
    "nights morning mornings evening evenings afternoon afternoons holiday holidays"
)
# Heads a number counts two kinds of workers under ("40 extra surveyors and repair staff": 40 staff, dev16's gold;
# ``figures._joined_head``).
WORKFORCE_HEADS = words("staff workers employees personnel jobs posts positions roles crews officers")
# Singular nouns after a number that name a place or a label rather than modify a head after "and": "the 300 block
# and side streets" counts no streets (``figures._joined_head``).
JOINED_NOT_FIRST = words(
    "block floor room unit model number page row level line lot plot gate platform exit route"
)

# ---------------------------------------------------------------- session 26: "twice" as a count
# "twice" after what happened counts how often, as "three times" does: "had been delayed twice this autumn",
# "voted for her twice", "won the title twice in five years", "warned them twice in writing" (the gold of seven
# figures in six sets counts them; the rules gave nothing, while "three times" was a count of times). Not a
# multiplier ("twice the cost", "twice as many", "twice what it paid", "twice over": ``figures._multipliers``), a
# rate whose denominator is no span of time ("twice a normal dose"), an idiom ("think twice") or a vague "once or
# twice".
TWICE = re.compile(
    r"(?<![\w-])(?:(?P<q>at\s+least|more\s+than|nearly|almost|only|just)\s+)?(?P<w>twice)(?![\w-])",
    re.IGNORECASE,
)
TWICE_NOT_AFTER = re.compile(
    r"\s*(?:(?:as|the|that|these|those|what|its|his|her|their|our|my|your|over|more|or|than|a|an|per|each|every)\b"
    r"|this\b(?!\s+(?:year|month|week|season|autumn|fall|winter|spring|summer|morning|afternoon|evening|term)\b(?!['’]))"
    r"|[\d$€£¥]"
    # a comparative: "twice larger than in 1990", "grew twice faster than imports" (a multiplier, review 3 of session 26)
    r"|(?:larger|bigger|higher|lower|faster|slower|longer|shorter|smaller|greater|less|fewer|cheaper|dearer|"
    r"wider|deeper|heavier|stronger|older|[a-z]+er\s+than)\b)",
)
TWICE_NOT_BEFORE = re.compile(r"\b(?:think|thinks|thought|thinking|once|or)\s+$", re.IGNORECASE)


# "N of them" after a verb done to people (session 28, the lead's finding): "questioned the owners of the shops ...
# and arrested three of them" counted shops, the last plural before it. After these verbs the antecedent is the
# nearest plural naming people, or none.
# Only verbs whose object is people (review 1: "identified 40 new species ... and named six of them", "released 20 of
# them" of documents, "rescued" animals, "dismissed" cases keep session 27's reading).
PEOPLE_OBJECT_VERBS = words(
    "arrested charged detained questioned interviewed jailed convicted sentenced acquitted injured wounded hired "
    "sacked deported interrogated indicted prosecuted hospitalised hospitalized"
)
# "N of those <participle>" names people after these (session 29): "Two of those arrested were charged", "three of
# those killed were children". "rescued" and "evacuated" are people after "those" as they are not after "them" ("the
# crew rescued 14 sheep and ... six of them"); "affected" and "sold" may be things.
THOSE_PEOPLE_PARTICIPLES = PEOPLE_OBJECT_VERBS | words(
    "killed evacuated rescued infected vaccinated surveyed polled"
)
# Plurals that name people: a table of the common ones, and the endings of nouns of agents ("owners", "tenants",
# "activists"); ``PEOPLE_NOT_PLURALS`` are things with those endings.
PEOPLE_PLURALS = words(
    "people men women children girls boys staff pupils students patients passengers suspects victims "
    "residents tenants migrants refugees protesters protestors crew crews families relatives guests fans "
    "friends colleagues neighbours neighbors members officials soldiers troops adults teenagers youths "
    "nurses doctors pilots drivers workers volunteers"
)
PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ives", "ites")
PEOPLE_NOT_PLURALS = words(
    "containers computers trailers boulders papers letters numbers centers centres orders quarters "
    "headquarters waters matters meters metres liters litres layers chapters towers engines motors sectors "
    "doors floors elevators monitors tractors reactors factors errors restaurants plants events documents "
    "payments points ants accounts segments apartments departments comments elements amounts "
    "incidents accidents tents agreements statements investments contracts sites suites archives olives "
    "knives lives motives incentives initiatives objectives alternatives"
)


# An amount of money per a thing named after "a"/"an" (session 28): "insured for up to $2 million a claim",
# "A$3,200 a boat", "$5,000 a household to replace pipes", "$4 a truck and $1.50 a car" had no ``per``: only
# ``RATE_DENOMINATORS``' nouns were read after "a". Money only, a lowercase singular noun ending its phrase (a
# stop, a conjunction, a preposition or "to"), never after a comma ("$5 billion, a person familiar with ...").
# Not the nouns a sum is called ("$2 million a record for the club"), nor a point in time ("a week ago" is
# refused by ``RATE_AFTER``'s own checks, and time nouns are left to it).
MONEY_A_NOUN_AFTER = re.compile(
    r"\s+an?\s+(?P<d>[a-z]{3,})(?=\s*(?:[.;:!?)]|,\s|$)|\s+(?:to|in|on|at|for|and|or|but|than|under|over|"
    r"with|if|up|down|compared|plus|including|before|after"
    # session 31: or the rate's own time, "A$3,200 a boat this year", "€12 a child this term", "$50 a team last season"
    r"|(?:this|last|next)\s+(?:year|season|term|month|week|time|spring|summer|autumn|fall|winter))\b)"
)
# A bequest names its heir, not a rate (session 29, the lead's sentence): "She left £5,000 a nephew", "bequeathed $500,000
# a niece and the house to her son" had ``per`` nephew and niece. A verb of bequeathing right before the amount
# (perhaps with a hedge or a pronoun) and an heir after "a": no ``per``. A sum shared out stays a rate ("The cuts leave
# £4,000 a pupil": no heir; "left £20 a head" neither), and a span of time is left to ``RATE_AFTER`` ("left $1 million
# a year to the charity").
BEQUEST_BEFORE = re.compile(
    r"\b(?:left|leaves|leaving|leave|bequeathed|bequeaths|bequeathing|bequeath|willed|wills)\s+"
    # or the second of the heirs' sums: "bequeathed $2 million to a hospital and $500,000 a niece"
    r"(?:[$£€\d][^;:!?]{0,80}\sand\s+)?"
    r"(?:(?:her|him|them|each|about|around|some|nearly|almost|just|over|up\s+to|more\s+than)\s+){0,2}$",
    re.IGNORECASE,
)
HEIR_NOUNS = words(
    "nephew niece son daughter grandson granddaughter grandchild stepson stepdaughter cousin brother sister uncle "
    "aunt godson goddaughter godchild friend neighbour neighbor widow widower wife husband partner carer housekeeper "
    "nurse gardener servant charity church hospital hospice school college university museum library"
)
MONEY_A_NOT_DENOMINATORS = words(
    "record total sum figure fraction fortune lot bit deal rise fall drop jump increase decrease gain loss cut boost "
    "fine bonus chunk portion part third quarter half fifth tenth price cost bill fee premium discount refund "
    "payment profit surplus deficit debt loan grant award settlement donation gift bid offer raise year week "
    "month day hour minute decade time spokesman spokeswoman spokesperson source statement report person "
    "further new single little few number majority minority penalty charge tax levy rate level high low"
)

# Words before a name that make its bracketed number a result, not an age (session 30, ``figures.AGE_BRACKETED``): "lost
# to Harbour Rovers (3)", "beat Dunmore Town (2)". A name after any other word ("Farmer Cillian Moyle (64)", "partner
# Lianne Dorvall (36)") takes its bracketed number as its age.
BRACKET_SCORE_BEFORE = words("to against v vs versus beat beats beating defeated defeat over")
# Nouns of a price: a multiplier of one multiplies money, the currency of the story's prices (session 30,
# ``figures.priced_multipliers``; dev23's and dev26's gold: "prices more than doubled" is EUR, "more than doubles its
# fee" USD). Not "pay" nor "tolls" (dev15's and dev17's gold keep the noun), nor "cost" (dev16's "planned cost").
# Session 34: an insurance premium is such a price ("had been told the premium would double": dev30's gold NZD; it
# was the unit "premium").
PRICE_NOUNS = words(
    "price prices fee fees fare fares rent rents tariff tariffs charge charges premium premiums"
)
# Words before "N days after ..." that make it a span, not the time of an event counted from another (session 30,
# ``figures._relative_time_before``): "for two years after the storm", "until 19 hours after", "in the 48 hours after",
# "wait 30 minutes after", "the first six months after". Any other lowercase word, or a comma, before it makes a time:
# "resigned two weeks after the audit", "on Monday, two days before the race".
SPAN_BEFORE_RELATIVE = words(
    "for until till within the first last next past final initial those these of in from over during than some "
    "every each wait waited waits waiting lasted lasts last take takes took taken spent spend spends spending "
    "remain remained remains stay stayed stays lived live kept keep run ran only just least most up to"
)

# Session 34: a part of one unit of measure or of time ("Up to three-quarters of an inch of ice", "about a quarter
# acre", "a half-day job", "half an acre"): the figure is the part in that unit (dev30's gold 0.75 `in`, dev29's 0.25
# `acre`, dev30's 0.5 days; "three-quarters" was a count of three "quarters", the others no figure). The singular
# unit words, each with the unit and kind a whole number of them reads as (``figures._unit_parts``). Money, points and
# scale words ("a quarter of a million") are read elsewhere.
UNIT_PART_UNITS: dict[str, tuple[str, str]] = {
    **{
        word: (symbol, "other")
        for word, symbol in UNIT_WORD_SYMBOLS.items()
        if symbol in ("m", "km", "cm", "mm", "mi", "ft", "in", "yd", "kg", "g", "t", "l", "ml", "gal", "ha")
        and not word.endswith(("s", "feet"))
        and word != "km"
    },
    "acre": ("acres", "other"),
    "cup": ("cups", "count"),
    **{
        unit: (unit + "s", "duration")
        for unit in ("second", "minute", "hour", "day", "week", "month", "year")
    },
}

# Session 34: plurals a glued "m" counts in millions ("handled 1.9m passengers", "2.4m households", "4m tonnes";
# dev30's gold 1.9 million passengers, no figure before: a glued "m" with no currency was metres or millions,
# unclear). Besides the plurals of people (``PEOPLE_PLURALS`` and the agent endings), things counted in millions in
# news; a length is never one of these ("a 30m crack", "the 100m final", "50m long").
MILLIONS_COUNTED = words(
    "homes households houses properties businesses firms jobs visitors viewers listeners readers subscribers users "
    "customers passengers tourists voters votes tickets trips journeys flights downloads views streams copies "
    "units vehicles cars devices phones doses vaccines tests cases barrels tonnes tons litres liters gallons "
    "acres hectares trees birds animals fish chickens sheep cattle shares accounts calls letters parcels packages "
    "items books meals bottles cups"
)

# Session 34 (the lead's note 1, 3): an event "held over three days" is held across them, a span (exact): "The trial,
# held over three days, drew about 4,000 spectators" was `at_least`. "held" after a comma (a participle of the noun
# before) or after one of these nouns in its clause; "was held over 40 hours" of a person stays "more than".
HELD_EVENT_NOUNS = re.compile(
    r"\b(?:trials?|festivals?|fairs?|shows?|contests?|competitions?|championships?|tournaments?|games|auctions?|"
    r"conferences?|summits?|talks|hearings?|inquir(?:y|ies)|meetings?|races?|events?|exhibitions?|sales?|"
    r"elections?|votes?|polls?|ballots?|celebrations?|ceremon(?:y|ies)|concerts?|matches)\b[^.;:]*$",
    re.IGNORECASE,
)
