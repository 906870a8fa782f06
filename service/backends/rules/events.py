"""Events: one per clause that reports something happening, with its type, time, place and status.

A clause holds an event when it has a trigger from ``TRIGGERS`` outside
quotation marks. Status comes from the modality around the trigger, the time
from the clause's time expression resolved against the publication date,
participants from the entity mentions in the clause.
"""

from __future__ import annotations

import datetime as dt
import re

from schemas import EventDraft, TimeExpression
from service.backends.rules.dates import find_times
from service.backends.rules.entities import EntityBook
from service.backends.rules.phrases import MASK
from service.backends.rules.sentences import Sentence

# Trigger stems and the event type they signal. A stem matches the word and
# its inflections ("suspend" -> suspended, suspension).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "announcement": ("announc", "unveil"),
    "decision": ("decided", "decides", " decide ", "decision"),
    "deployment": (
        "deploy",
        "incrementing",
        "expand",
        "expansion",
        "boost",
        "stationed",
        "reinforc",
        "send troops",
        "sent troops",
    ),
    "attack": (
        "attack",
        "bombing",
        "bombed",
        "airstrike",
        "air strike",
        "drone strike",
        "shelling",
        "raid",
        "ambush",
        "explosion",
        "blast",
        "assault",
        " struck ",
    ),
    "killing": ("killed", "killing", "assassinat", "murdered", "executed"),
    "death": (" died ", " dies "),
    "injury": ("injured", "wounded"),
    "meeting": (
        "meeting",
        " met ",
        " meet ",
        " meets ",
        "talks",
        "summit",
        "press conference",
        "news conference",
        "spoke with",
        "discuss",
    ),
    "vote": ("voted", " vote "),
    "agreement": ("agreement", "agreed", "signed", " sign ", " accord ", "treaty", "ceasefire", "peace deal"),
    "appointment": ("appointed", "nominated", "elected", "sworn in"),
    "suspension": ("suspend", "halted", " froze ", "frozen"),
    "withdrawal": ("withdraw", "withdrew", "pull out", "pulled out", "pullout", "leave the country"),
    "launch": (" launch ", "launched", "launches", "launching"),
    "closure": (" closed ", " shut ", "closure"),
    "opening": (" opened ", "reopen", "inaugurat"),
    "disaster": ("collaps", "flooded", "flooding", "earthquake", "wildfire", "crashed"),
    "request": ("requested", "request of", "at the request"),
    "statement": ("welcomed", "condemned", "criticised", "criticized", "reaffirmed", "public comments"),
    "defeat": ("defeated", "defeat of", "final defeat"),
    "transfer": ("transferred", "handed over", "handover"),
    "arrest": ("arrested", "detained"),
    "release": (" released ", " freed "),
    "evacuation": ("evacuat",),
    "resignation": ("resigned", "resignation"),
    "sanction": ("sanctioned", "imposed sanctions"),
    "election": ("election",),
    "approval": ("approved", "approves", "passed the", "ratified"),
    "protest": ("protest", " marched "),
    "strike": (" strike ", " strikes ", "walk out", "walkout", "went on strike"),
    "operation": ("operations against", "offensive"),
    "increase": ("increasing", "increase", "rise in", "raise the number"),
}
# (stem, type, whole word only) in lexicon order; a stem written with a space
# around it matches the whole word only ("accord " is not "according").
_STEMS = [(s.strip().lower(), t, s != s.strip()) for t, stems in TRIGGERS.items() for s in stems]
# One alternation without groups: far faster than one group per stem.
_TRIGGER_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(s) + ("\\b" if whole else "\\w*") for s, _t, whole in _STEMS) + ")",
    re.IGNORECASE,
)


def _trigger_type(word: str) -> str:
    low = word.lower()
    for stem, etype, whole in _STEMS:
        if (low == stem) if whole else low.startswith(stem):
            return etype
    return "other"


# Clause boundaries inside a sentence: semicolons, and conjunctions that start a new clause.
# A period ends a clause unless it closes an initial or abbreviation ("U.S. drone strike",
# "Lloyd J. Austin"): the sentence splitter already decided those are not sentence ends.
CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?:but|while|whereas|which|and|though|although)\s+|\s+but\s+|(?<![A-Z])(?<!\b[A-Z][a-z])\.\s+"
)

# Modality before the trigger, nearest first.
PLANNED = re.compile(
    r"\b(?:will|shall|would|'ll|plans?\s+to|planning\s+to|planned|intends?\s+to|expected\s+to|set\s+to|going\s+to|aims?\s+to|to\s+be|is\s+to|are\s+to|calls?\s+for|by\s+May|upcoming|coming)\b",
    re.IGNORECASE,
)
NEGATED = re.compile(
    r"\b(?:no|not|n't|never|without|yet\s+to|refused\s+to|declined\s+to|failed\s+to)\b", re.IGNORECASE
)
HYPOTHETICAL = re.compile(r"\b(?:if|unless|could|might|may|whether)\b", re.IGNORECASE)
ONGOING = re.compile(r"\b(?:is|are|am|remains?|continues?\s+to)\s+(?:\w+\s+)?$", re.IGNORECASE)


# An inline dateline opening a story: "ERBIL, Kurdistan Region —", "Brussels, February 20 (RHC)--",
# "KYIV, Oct 12 (Reuters) -".
DATELINE = re.compile(
    r"^[A-Z][\w.'’ -]{1,30}?(?:,\s*[A-Z][\w.'’ -]{1,30}?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    # A lone hyphen separates only with a space before it: "Secretary-General" is no dateline.
    r"\s*(?:\([A-Za-z .]{1,30}\))?(?:\s*(?:--|—|–)|\s+-)\s*(?=[A-Z“\"])"
)


def _clauses(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in CLAUSE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _status(before: str, trigger: str, after: str = "") -> str:
    # A nominal trigger takes its modality from the verb after it: "the deployment will be incremental".
    if not trigger.lower().endswith(("ed", "ing")) and PLANNED.match(after.strip()):
        return "planned"
    window = before[-60:]
    if NEGATED.search(window[-40:]):
        return "negated"
    if HYPOTHETICAL.search(window[-40:]):
        return "hypothetical"
    if PLANNED.search(window[-45:]):
        return "planned"
    if trigger.lower().endswith("ing") and ONGOING.search(before[-25:]):
        return "ongoing"
    return "occurred"


def find_events(sent: Sentence, masked: str, book: EntityBook, published: dt.date | None) -> list[EventDraft]:
    text = sent.text
    out: list[EventDraft] = []
    # A dateline ("KYIV, Oct 12 (Reuters) -") is metadata: its place and date are not the event's.
    dl = DATELINE.match(masked)
    if dl:
        masked = MASK * dl.end() + masked[dl.end() :]
    # Times inside quotation marks are the speaker's ("today" is the day it was said): masked out.
    times = find_times(masked, published)
    for a, b in _clauses(masked):
        clause_masked = masked[a:b]
        m = None
        for cand in _TRIGGER_RE.finditer(clause_masked):
            if MASK * 3 in clause_masked[max(0, cand.start() - 1) : cand.end() + 1]:
                continue
            if cand.group()[:1].isupper() and clause_masked[: cand.start()].strip(" “‘\"'"):
                continue  # part of a name: "North Atlantic Treaty Organization", "Taliban Agreement"
            m = cand
            break
        if m is None:
            continue
        etype = _trigger_type(m.group())
        trigger = text[a + m.start() : a + m.end()]
        status = _status(
            clause_masked[: m.start()],
            trigger,
            re.sub(
                r"^\s*(?:of\s+)?(?:[\w’'-]+\s+){0,3}?(?=will|would|is to|are to)",
                "",
                clause_masked[m.end() : m.end() + 40],
            ),
        )
        if etype == "statement" and "public comments" in trigger.lower():
            status = "negated" if NEGATED.search(clause_masked) else status
        if dl and a < dl.end():
            a = dl.end()
        clause = text[a:b].strip().rstrip(".,;: ")
        if len(clause.split()) < 3:
            continue
        c_start = a + (len(text[a:b]) - len(text[a:b].lstrip()))
        # The clause's own time, else the latest one before it in the sentence
        # ("On 21 January, ... launched an attack ...; a twin suicide bombing ...").
        own = [t for t in times if a <= t.start < b]
        earlier = [t for t in times if t.end <= a]
        chosen = own[0] if own else (earlier[-1] if earlier else None)
        when = None
        if chosen is not None:
            resolved = chosen.date
            if status == "planned" and published is not None:
                ahead = find_times(chosen.text, published, future=True)
                resolved = ahead[0].date if ahead else resolved
            when = TimeExpression(text=text[chosen.start : chosen.end].strip(), date=resolved)
        abs_a, abs_b = sent.start + c_start, sent.start + c_start + len(clause)
        participants: list[str] = []
        where: str | None = None
        for men in book.mentions_between(abs_a, abs_b):
            if not men.in_quote:
                rec = book.record(men.key)
                if rec is None:
                    continue
                if rec.type == "location":
                    if where is None and re.search(
                        r"\b(?:in|at|near|into|from)\s+(?:the\s+)?(?:\w+\s+){0,2}$",
                        text[max(0, men.start - sent.start - 30) : men.start - sent.start],
                    ):
                        where = rec.name
                    continue
                if rec.name not in participants:
                    participants.append(rec.name)
        out.append(
            EventDraft(
                summary=clause[0].upper() + clause[1:] + ".",
                type=etype,
                trigger=trigger,
                when=when,
                where=where,
                participants=participants,
                status=status,
                evidence=[clause],
                hint=abs_a,
            )
        )
    return out
