"""Rules fuzzer: sentences built from the rules' own word tables, run through the rules backend, every exception kept.

Session 24 found "five-sixths of the members" raising a KeyError in the figures pass (a word one regex knew and its
table did not): the whole request answered 500. A word a rule knows is where a rule can fail, so this script reads
every module of ``service/backends/rules`` and gathers every string of their module-level sets, dicts, tuples and
lists (keys and values), and the literal words of their compiled patterns' alternations; puts them into ordinary news
sentence frames (numbers, fractions, quotes, names, dates, hyphens, capitals, possessives, plurals); and adds random
unicode, very long tokens, empty and whitespace-only lines. Each text is extracted exactly as the API does
(``service.extract`` with the rules backend: normalise, find the body, extract, ground, link).

The per-sentence guard of ``service/backends/rules/extractor.py`` catches a rule's exception and logs it as
``rule_failed``; the script swaps that logger for a recorder, so a caught exception is reported with its traceback as
if the guard were off, and an exception anywhere else (the whole-article steps, grounding) is caught here. The run
is deterministic for a seed and a count (``PYTHONHASHSEED`` aside: set orders only change which words pair up).

    .venv/bin/python -m benchmarks.rules_fuzz --seed 25 --count 20000

Exit status: 0 when nothing raised, 1 otherwise (each failure printed with its text and traceback, the same
traceback once).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import pkgutil
import random
import re
import sys
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from schemas import ArticleRequest
from service import create_backend, extract
from service.errors import InputError

RULES_PACKAGE = "service.backends.rules"
# The guards' module-level loggers (the rules', grounding's, the pipeline's): swapped for the recorder.
_LOGGER = "log"

# Pattern literals: a run of letters (with inner hyphens or apostrophes) inside a pattern's source.
_PATTERN_WORD = re.compile(r"(?<![\\\w])[A-Za-z][a-z]+(?:[-'][a-z]+)*")
# Pattern-syntax fragments that look like words but are not.
_NOT_WORDS = frozenset({"P", "d", "s", "w", "b", "i", "x", "u"})

NAMES = (
    "Dana Whitfield",
    "Okafor",
    "Ms. Lindqvist",
    "the mayor",
    "Prime Minister Ilse Vortmann",
    "O'Neill",
    "Ng",
)
NUMBERS = (
    "3",
    "1,200",
    "4.5",
    "0",
    "12m",
    "£4m",
    "$2.5bn",
    "30%",
    "1/2",
    "five",
    "two-thirds",
    "1990s",
    "-7",
    "½",
)
DATES = (
    "on Tuesday",
    "in March 2027",
    "on 3 June",
    "last year",
    "by 2030",
    "since 1999",
    "on 12/05/2026",
    "next week",
    "on Dec 31",
    "on Jan 1",
    "in the spring",
    "over the summer",
    "on Christmas Day",
    "last week",
    "this fall",
    "since the end of last year",
    "two years ago",
    "in six months",
)
FRACTIONS = (
    "five-sixths",
    "two-thirds",
    "three-quarters",
    "one-half",
    "nine-tenths",
    "a third",
    "seven-eighths",
)

# Sentence frames: {W} is a table's word (as it stands, capitalised, hyphened ...), the rest fill from the tuples above.
FRAMES = (
    "{W}",
    "{W}.",
    "{Wc} {W} {W}.",
    "{F} of the {W} said the plan would fail.",
    "{F} of {W} {W} voted {D}.",
    "{NAME} said {D} that {W} would {W} {N} {W}.",
    '"{Wc} {W}," {NAME} said.',
    '"{Wc} {W} {N} {W}," said {NAME}, {W} of the {W}.',
    "{NAME} {W} that the {W} {W} {N} {W} {D}.",
    "The {W} {W} {N} {W} to {N} {W} {D}.",
    "{Wc} rose {N} {W} to {N} {W}.",
    "{N} {W} {W} {D}, according to {NAME}.",
    "{NAME}, {N}, {W} {D}: \u201c{Wc} {W}.\u201d",
    "{NAME}: {W} {N}",
    "{Wc}-{W} {W} {N}-{W} {W}.",
    "{N}-{W}-{W} {W}s {W}'s {N}.",
    "According to {W}, {N} {W} were {W} {D}.",
    "{NAME} {W} {N} {W} {W} {W} {W} {W} {D}, {W} {NAME} said.",
    "{W} {W} {W} {W} {W} {W} {W} {W} {W} {W} {W} {W}",
    "({W}) {N} {W} \u2013 {W} {N}%.",
    "{NAME} told {NAME} on {W} that {F} {W} {W} {N} {W} {W}.",
    "{Wu} {W} {N}",
    "{N} {W}",
    "{W} {N}",
    "{Wc} {N} {W} {W}.",
    "{NUMW}-{W} of the {W} {W}.",
    "{NUMW} {W} {W}",
    "{W}-{W}",
    "{W} {W}-{W} {N}",
    "{N}{W} {W}",
    "{NAME} {W} {NAME} {W} {N} {W}, {W} {N} {W} {D}.",
    '"{Wc} {W} {W}" {W} "{W} {W}," {NAME} {W}.',
    "“{Wc} {W}, ” {W} {NAME}. “{Wc} {N} {W}.",
    "{Wc} {W} ‘{W} {W}’ {W} {N}.",
)
# Number words for "{NUMW}-{W}" ("five-sixths", "two-thirds", "one-fifth"): the figure rules' home ground.
NUMBER_WORDS = (
    "one",
    "two",
    "three",
    "five",
    "seven",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty-one",
    "a hundred",
    "half",
    "a",
    "One",
    "Five",
    "TWO",
    "several",
    "dozen",
    "million",
    "1",
    "21",
)
# Publication dates: mostly an ordinary day, else none, a leap day, the calendar's ends (relative dates resolve
# against it: "in the spring" in a story of 9999-12-31 was the year "10000", a response that failed its own schema).
PUBLISHED = ("2026-12-06",) * 6 + (None, "2028-02-29", "0001-01-01", "9999-12-31", "2026-01-01", "0001-12-31")
# Text that is no sentence at all.
ODD_TEXTS = (
    "",
    " ",
    "\n\n\n",
    "\t \u00a0\u2003",
    ".",
    '"',
    "\u201c",
    "\u201d\u201c\u201d",
    "'",
    "...",
    "-",
    "%",
    "$",
    "\u00a3",
    "1",
    "0.",
    "1,",
    "(",
    ")",
    ":",
    '""',
    '"" said.',
    "said.",
    "\u00ad",
    "\u200b",
    "\ufeff",
)


@dataclass
class Failure:
    text: str
    where: str  # "guard" (a per-sentence rule the guard caught) or "article" (outside the guard)
    trace: str


@dataclass
class Recorder:
    """Stands in for the extractor's logger: the guard's ``log.exception`` keeps the exception being handled."""

    failures: list[Failure] = field(default_factory=list)
    text: str = ""

    def exception(self, event: str, **_kw: Any) -> None:
        self.failures.append(Failure(self.text, "guard:" + event, traceback.format_exc()))

    def __getattr__(self, name: str) -> Any:  # info, warning ...: quiet
        return lambda *_a, **_k: None


def table_words() -> list[str]:
    """Every string the rules keep at module level (in sets, dicts, tuples, lists), and their patterns' words."""
    import service.backends.rules as pkg

    words: set[str] = set()

    def walk(value: Any, depth: int) -> None:
        if isinstance(value, str):
            if 0 < len(value) <= 60:
                words.add(value)
        elif isinstance(value, re.Pattern):
            for m in _PATTERN_WORD.finditer(value.pattern):
                if m.group() not in _NOT_WORDS:
                    words.add(m.group())
                    if value.pattern[m.end() : m.end() + 1] == "?":  # "thirds?": "third" too
                        words.add(m.group()[:-1])
        elif depth < 3 and isinstance(value, dict):
            for k, v in value.items():
                walk(k, depth + 1)
                walk(v, depth + 1)
        elif depth < 3 and isinstance(value, set | frozenset | tuple | list):
            for v in value:
                walk(v, depth + 1)

    for info in pkgutil.iter_modules(pkg.__path__):
        module = importlib.import_module(f"{RULES_PACKAGE}.{info.name}")
        for name, value in vars(module).items():
            if not name.startswith("__"):
                walk(value, 0)
    return sorted(w for w in words if w.strip() and "\n" not in w)


# The systematic pass: every table word once in each of these frames ({X}: the word, shaped by the frame's turn).
WORD_FRAMES = (
    "{NUMW}-{X} of the {W} said {D} that {N} {W} would {W}.",
    '"{X} {N} {W}," {NAME} said {D}.',
    "{NAME} said {N} {X} {W} {D}, up from {N}.",
    "{Xc} {W} {N} {W} to {N} {X}, {NAME} {W}.",
    "The {W} {X} {N}{X} {D}.",
    "{X} {NAME} told reporters the {W} had {X} {F} of its {W}.",
    "{Xc} {N}, {NAME}, {X}: \u201c{Wc} {X}.\u201d",
    "{Xc}\n\n{NAME} {X} {N} {W} {D}.",
    "In {X} {N}, {NAME} {X} the {W}, {W} {N} {X}.",
    "{NAME} ({X}) {W} {N}-{X} {W} {X} {D} \u2013 {X} {N}%.",
    # a word where a time goes, after a past verb and before a future one: the date rules' own words meet the
    # publication dates at the calendar's ends there
    "The {W} closed on {X}, {NAME} said.",
    "{NAME} will {W} the {W} in {X}, {D}.",
)
# The word's shapes the systematic pass turns through (a word meets each shape in some frame).
SHAPES = ("as is", "Capitalised", "UPPER", "plural", "possessive", "number-hyphen", "hyphen-word", "as is")


def _shaped(word: str, shape: str, rng: random.Random) -> str:
    if shape == "Capitalised":
        return word[:1].upper() + word[1:]
    if shape == "UPPER":
        return word.upper()
    if shape == "plural":
        return word + "s"
    if shape == "possessive":
        return word + "\u2019s"
    if shape == "number-hyphen":
        return rng.choice(NUMBER_WORDS) + "-" + word
    if shape == "hyphen-word":
        return (
            word + "-" + rng.choice(("year", "old", "million", "fold", "based", "long", "thirds", "percent"))
        )
    return word


def _shape(word: str, rng: random.Random) -> str:
    """A table's word as news writes it: as is (half the time), else one of the other shapes."""
    return word if rng.random() < 0.5 else _shaped(word, rng.choice(SHAPES), rng)


def _odd_token(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        return "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randrange(1, 12)))
    if roll < 0.5:
        return "".join(chr(rng.randrange(0x10000, 0x1FAFF)) for _ in range(rng.randrange(1, 4)))
    if roll < 0.7:
        return rng.choice("abc-1'.\u2019") * rng.randrange(200, 3000)
    if roll < 0.85:
        return "-".join(str(rng.randrange(0, 10**6)) for _ in range(rng.randrange(2, 8)))
    return rng.choice(ODD_TEXTS)


def _fill(frame: str, words: list[str], rng: random.Random, x: str = "") -> str:
    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "X":
            return x
        if name == "Xc":
            return x[:1].upper() + x[1:]
        if rng.random() < 0.04:
            return _odd_token(rng)
        if name == "W":
            return _shape(rng.choice(words), rng)
        if name == "Wc":
            w = rng.choice(words)
            return w[:1].upper() + w[1:]
        if name == "Wu":
            return rng.choice(words).upper()
        if name == "N":
            return rng.choice(NUMBERS)
        if name == "NUMW":
            return rng.choice(NUMBER_WORDS)
        if name == "D":
            return rng.choice(DATES)
        if name == "F":
            return rng.choice(FRACTIONS)
        return rng.choice(NAMES)

    return re.sub(r"\{(\w+)\}", slot, frame)


def systematic(words: list[str], rng: random.Random, seed: int) -> Iterator[str]:
    """Every word in turn, round after round, each round in the next frame and the next shape (the seed shifts
    which frame a word meets first): ``len(words)`` sentences a round, ``len(WORD_FRAMES)`` rounds."""
    for r in range(len(WORD_FRAMES)):
        for i, word in enumerate(words):
            frame = WORD_FRAMES[(i + r + seed) % len(WORD_FRAMES)]
            yield _fill(frame, words, rng, _shaped(word, SHAPES[(i + r) % len(SHAPES)], rng))


def sentences(words: list[str], rng: random.Random) -> Iterator[str]:
    """Endless random sentences: frames filled with table words, some odd tokens and non-sentences."""
    while True:
        if rng.random() < 0.04:
            yield rng.choice(ODD_TEXTS)
        else:
            yield _fill(rng.choice(FRAMES), words, rng)


def articles(words: list[str], rng: random.Random, count: int, seed: int) -> Iterator[str]:
    """``count`` texts: the systematic pass first (as far as ``count`` goes), then random ones, most one sentence,
    some a few sentences and lines (quotes across paragraphs, the story's state from sentence to sentence)."""
    n = 0
    for text in systematic(words, rng, seed):
        if n == count:
            return
        yield text
        n += 1
    source = sentences(words, rng)
    for _ in range(count - n):
        if rng.random() < 0.8:
            yield next(source)
        else:
            parts = [next(source) for _ in range(rng.randrange(2, 6))]
            yield rng.choice((" ", "\n\n", "\n")).join(parts)


def run(
    seed: int, count: int, *, quiet: bool = False, words: list[str] | None = None
) -> tuple[int, list[Failure]]:
    """Extract ``count`` texts of ``seed``; the number of texts extracted (input refusals aside) and every failure.

    ``words``: the table words to build from (all of them by default; the test's slice takes a sample)."""
    import service.backends.rules as rules_pkg
    from service.grounding import ground
    from service.pipeline import run as pipeline

    # The guards' loggers: the rules' (a submodule, reached through its package), grounding's, the pipeline's.
    guarded = [
        m for m in (rules_pkg.extractor, ground, pipeline) if hasattr(m, "log")
    ]  # an older checkout: fewer
    rng = random.Random(seed)
    words = table_words() if words is None else words
    backend = create_backend("rules")
    recorder = Recorder()
    real_logs = [getattr(m, _LOGGER) for m in guarded]  # each module's own logger, swapped below
    for m in guarded:
        setattr(m, _LOGGER, recorder)
    extracted = 0
    published = [
        rng.choice(PUBLISHED) for _ in range(997)
    ]  # drawn once: a text's date is its place in the run
    try:
        for i, text in enumerate(articles(words, rng, count, seed)):
            recorder.text = text
            try:
                request = ArticleRequest(text=text, published=published[i % len(published)], language="en")
            except ValidationError:
                continue  # empty or whitespace-only: the API's 422, as designed
            try:
                before = len(recorder.failures)
                answer = asyncio.run(extract(request, backend))
                extracted += 1
                if answer.usage.failed_chunks and len(recorder.failures) == before:
                    # Partial with no exception recorded: a guard this script does not know of.
                    recorder.failures.append(Failure(text, "partial", "\n".join(answer.warnings)))
            except InputError:
                pass  # empty, whitespace-only, not English: refused with a 4xx, as designed
            except Exception:
                recorder.failures.append(Failure(text, "article", traceback.format_exc()))
            if not quiet and (i + 1) % 2000 == 0:
                print(f"  {i + 1} texts, {len(recorder.failures)} failures", file=sys.stderr)
    finally:
        for m, real in zip(guarded, real_logs, strict=True):
            setattr(m, _LOGGER, real)
    return extracted, recorder.failures


def _last_frame(trace: str) -> str:
    lines = [ln for ln in trace.strip().splitlines() if ln.strip().startswith("File ")]
    return (lines[-1].strip() if lines else "") + " | " + trace.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=25)
    parser.add_argument("--count", type=int, default=20_000, help="texts to extract")
    parser.add_argument(
        "--words", action="store_true", help="print how many table words were gathered, and stop"
    )
    args = parser.parse_args(argv)
    if args.words:
        print(len(table_words()))
        return 0
    started = time.perf_counter()
    extracted, failures = run(args.seed, args.count)
    seen: dict[str, list[Failure]] = {}
    for f in failures:
        seen.setdefault(_last_frame(f.trace), []).append(f)
    for key, group in seen.items():
        shortest = min(group, key=lambda f: len(f.text))
        print(
            f"=== {len(group)} x [{shortest.where}] {key}\n--- shortest text: {shortest.text!r}\n{shortest.trace}"
        )
    print(
        f"seed {args.seed}, {args.count} texts ({extracted} extracted), {len(failures)} failures,"
        f" {len(seen)} distinct, {time.perf_counter() - started:.0f} s"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
