"""Sentences of the body, with absolute offsets, and word tokens.

A sentence ends at . ! ? (and any closing quotes or brackets) followed by
space and something that can start a sentence. Abbreviations and initials
("Lloyd J. Austin", "Gen. Smith", "the U.S. military") do not end one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from service.backends.rules.lexicon import COMMON_CAPITALISED, words
from service.pipeline.document import Block
from service.pipeline.months import FULL_MONTH_NAMES, WEEKDAY_NAMES

# Candidate ends: terminal punctuation, closing marks, then space and a
# sentence opener (capital, digit, opening quote or bracket).
SENTENCE_END = re.compile(r"[.!?…]+[”’\"')\]]*(?=\s+[“‘\"'(\[]?[A-Z0-9])")

# A person's titles written as abbreviations ("Mr.", "Sen.", "Prof."): one table since session 21 for the
# sentence ends here, ``attributions.PERSON_TITLES`` and ``entities.HONORIFIC_ABBREVIATIONS``, which wrote it out.
# Session 33: and the British police, council and service ranks news abbreviates ("Cllr", "Insp", "Supt", "Det",
# "Cpl", "Pte", "Cmdr", "Brig"), with or without the period.
PERSON_TITLE_ABBREVIATIONS = words(
    "mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov rev hon fr pres cllr insp supt det cpl pte cmdr brig"
)
# Abbreviations after which a period never ends a sentence: titles before names, a saint's, a number's.
# Session 31: and a currency's written before its amount: "sanctioned Rs. 45 lakh" was cut after "Rs." and 45 lakh
# read as a count ("Rs 45 lakh", without the period, was INR); Kenya's "KShs." and "Shs." likewise.
AMOUNT_ABBREVIATIONS = words("st no nos vol pp fig rs kshs shs")
TITLE_ABBREVIATIONS = PERSON_TITLE_ABBREVIATIONS | AMOUNT_ABBREVIATIONS
# A bill's number follows its chamber's abbreviation: "H.R. 1", "S.B. 202", "H.J.Res. 7" never end a
# sentence there ("H.R. 1" was cut after "H.R." and "1" read as a count, session 11).
BILL_ABBREVIATIONS = words("h.r h.b s.b a.b h.res s.res h.j.res s.j.res h.con.res s.con.res")
# Abbreviations that can end a sentence; a period after them ends one only if
# a common sentence opener follows ("... in the U.S. The move ...").
OPEN_ABBREVIATIONS = words(
    "u.s u.k u.n e.u inc ltd co corp jr sr etc jan feb mar apr jun jul aug sep sept oct nov dec "
    "a.m p.m e.g i.e vs approx est dept"
)

# Words: names with inner hyphens and apostrophes, acronyms with dots, numbers
# with separators, or single punctuation characters:
#   (?:[A-Za-z]\.){2,} | \d+(?:[.,]\d+)* | \w+(?:[’'\-]\w+)* | [^\w\s]
# Written with the first character taken by ``\S`` and told apart by a look back at it (session 17,
# speed): a pattern opening with one class lets the engine skip the spaces between tokens in C, where it
# tried all four alternatives at every character (three tenths less time, the same tokens).
# ``\w`` written ``[0-9A-Z_a-z\w]`` (session 19, speed): the same characters, but the engine tests a class
# as a bitmap of the first 256 code points before its categories, so an ASCII letter or digit no longer
# costs a call to Unicode's alphabetic, decimal, digit and numeric tables (a sixteenth less time).
_WORD_CHAR = r"[0-9A-Z_a-z\w]"
TOKEN = re.compile(
    rf"\S(?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=\d)\d*(?:[.,]\d+)*|(?<={_WORD_CHAR}){_WORD_CHAR}*(?:[’'\-]{_WORD_CHAR}+)*|)"
)


# An inline dateline opening a story: "ERBIL, Kurdistan Region —", "Brussels, February 20 (RHC)--",
# "KYIV, Oct 12 (Reuters) -".
DATELINE = re.compile(
    # First a scan that no match can skip: the text must hold a dash the separator below accepts ("--",
    # an em, en or bar dash, or a hyphen after a space). Possessive, it reads each character once, and
    # most sentences fail it; the lazy runs after it backtrack through every split of a capitalised
    # opening, and the rules try this pattern several times per sentence (session 13: a twentieth of
    # the cost on the seeds).
    r"(?=(?:[^—–―-]++|(?<![\s-])-(?!-))*+(?:[—–―]|--|(?<=\s)-))"
    r"^[A-Z][\w.'’ -]{1,30}?(?:,\s*[A-Z][\w.'’ -]{1,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    # A lone hyphen separates only with a space before it: "Secretary-General" is no dateline. Some
    # outlets write the horizontal bar: "PHILADELPHIA ― ...".
    r"\s*(?:\([A-Za-z .]{1,30}\))?(?:\s*(?:--|—|–|―)|\s+-)\s*(?=[A-Z“\"])"
)


# A sentence's dateline is asked for by the events and by a dozen rules of the attributions, always of the same
# masked text: read once (session 27, speed: the pattern reads the whole sentence for a dash first). A few texts kept,
# so that only calls about one sentence meet; a match is never changed.
@functools.lru_cache(maxsize=4)
def dateline(text: str) -> re.Match[str] | None:
    """``DATELINE.match(text)``."""
    return DATELINE.match(text)


@dataclass(frozen=True)
class Sentence:
    start: int  # absolute offset in doc.text
    end: int
    text: str
    block: int  # index into the body blocks
    headline: bool = False


class Token(NamedTuple):
    """A word or punctuation mark; a tuple because the rules cut millions of them (cheap to build)."""

    start: int  # offset in the string it was cut from
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


# A named tuple's own constructor is a Python function; tuple.__new__ builds the same object
# without that frame (the rules cut a token list for most sentences, several times).
_new_tuple = tuple.__new__


def tokens(text: str) -> list[Token]:
    # The words come from findall (no match object per token) and their offsets from str.find: TOKEN
    # matches every character that is not a space, so only spaces lie between two tokens and the
    # next occurrence of a token's text after the previous token is that token (a tenth faster
    # than reading offsets off match objects; the rules cut a token list for every sentence).
    out: list[Token] = []
    append, find = out.append, text.find
    pos = 0
    for word in TOKEN.findall(text):
        pos = find(word, pos)
        end = pos + len(word)
        append(_new_tuple(Token, (pos, end, word)))
        pos = end
    return out


def _word_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:pos].lower().rstrip(".")


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*[“‘\"'(\[]?(\w+)", text[pos : pos + 40])
    return m.group(1).lower() if m else ""


def abbreviation_period(text: str, dot: int, after: int | None = None) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial, not a sentence:
    "Mr. Cernech", "J. Smith", "Gen. Lee"; "the U.S. The move" does end one (a common opener follows)."""
    if text[dot] != ".":
        return False
    before = _word_before(text, dot)
    if (
        before in TITLE_ABBREVIATIONS
        or before in BILL_ABBREVIATIONS
        # an initial, not the "s" of a possessive ("larger than last year's. It raises ..." is two sentences;
        # session 28: the summary of the second ran from the first)
        or (len(before) == 1 and before.isalpha() and text[dot - 2 : dot - 1] not in ("'", "’"))
    ):
        return True
    nxt = _word_after(text, after if after is not None else dot + 1)
    if before in _CLOCK_MARKS and nxt in _DAYS_AND_MONTHS:
        # "reopened at 8:30 a.m. Sunday", "at 5 p.m. March 3": the day is the time's own, not a sentence's
        # first word (Session 16; the day was lost to the sentence after).
        return True
    return before in OPEN_ABBREVIATIONS and nxt not in (COMMON_CAPITALISED)


# The clock's abbreviations, and the days and months that may follow them in one time: "5 p.m. Monday".
_CLOCK_MARKS = words("a.m p.m")
_DAYS_AND_MONTHS = frozenset(f"{WEEKDAY_NAMES}|{FULL_MONTH_NAMES}".lower().split("|"))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in ``text``; the end excludes trailing space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if abbreviation_period(text, m.start(), m.end()):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text.rstrip())))
    if any(e - s > MAX_SENTENCE_CHARS for s, e in spans):
        spans = [piece for s, e in spans for piece in _cut_long(text, s, e)]
    return spans


# A "sentence" longer than this is no sentence a reader could follow (a flattened table, a list of
# numbers, an attack): it is cut at the last clause break (";", ",") or space before the limit.
# The rules look around within one sentence, so this bounds what any look-back can cost and keeps
# extraction linear in the article's length (issue 13: one 200 KB sentence took minutes).
MAX_SENTENCE_CHARS = 1_500


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit)) + 1
        if cut <= start + MAX_SENTENCE_CHARS // 2:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit  # no space at all: a hard cut
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def body_sentences(blocks: tuple[Block, ...]) -> list[Sentence]:
    out: list[Sentence] = []
    for i, b in enumerate(blocks):
        for s, e in split_sentences(b.text):
            out.append(Sentence(b.start + s, b.start + e, b.text[s:e], i, b.kind == "headline"))
    return out
