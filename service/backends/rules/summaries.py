"""Event summaries: one self-contained sentence per event, composed from its clause.

The SPEC asks for "who did what, to whom" in one sentence. A clause cut from a
news sentence is often not one: it opens with a subordinator ("After a civilian
contractor was killed ..."), a relative pronoun ("which has returned ..."), a
pronoun ("She took over ..."), a verb whose subject is earlier in the sentence
("... and would review the parking rules"), or it is only a noun phrase ("In a
press conference on Thursday"). The summary is rebuilt as subject + verb
phrase + object:

- the subject is the words before the verb group, with a relative pronoun
  replaced by its antecedent, a pronoun by the entity it stands for, and a
  missing subject borrowed from the previous event of the sentence (else the
  sentence itself from its start is the summary);
- a noun of happening becomes a sentence of its own ("A meeting with NATO
  defence ministers was held."), and one that is the occasion of speech
  ("X said in a press conference that ...") an announcement by the speaker;
- a reporting tail ("..., the head of the alliance said") is left out, and an
  announcement cut from what it announced gets its content back.

Names and words all come from the article: nothing is invented but the few
joining verbs ("was held", "took place", "announced").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from service.backends.rules.entities import (
    COMMON_CAPITALISED,
    COMPANY_NAME_TAILS,
    CORPORATE_TAILS,
    DESCRIPTOR,
    GENERIC_BODY_DESCRIPTIONS,
    HEAD_OF,
    LOWER_ROLE_HEADS,
    TRADE_DESCRIPTIONS,
    EntityBook,
    descriptor_person,
)
from service.backends.rules.event_words import (
    CONTROL_VERBS,
    DETERMINERS,
    EVENT_VERBS,
    NOMINAL_HELD,
    NOMINAL_TRIGGERS,
    SPEECH_OCCASIONS,
    SUMMARY_CONNECTIVES,
    SUMMARY_SUBORDINATORS,
)
from service.backends.rules.inflect import FINITE_PASTS, PASTS, forms
from service.backends.rules.lexicon import (
    CLAUSE_SUBORDINATORS,
    ROLE_WORDS,
    SAID_FORMS,
    TELLING_FORMS,
    alternatives,
    words,
)
from service.backends.rules.numbers import compile_case_blind
from service.backends.rules.phrases import MASK, OPENING_WHO, subject_before, title_name_split
from service.backends.rules.plurals import plural_in_s, plural_subject
from service.backends.rules.sentences import AMOUNT_ABBREVIATIONS, TITLE_ABBREVIATIONS
from service.pipeline.normalize import fold_key

# A clause opening that belongs to the sentence, not to the event: subordinators and connectives.
# A day and "that" left of a reporting verb the clause was cut from ("The company said Wednesday that | 93% of
# the cases ...") open the clause the same way.
_LEADING = compile_case_blind(
    # "So far, Hale has ..." is an adverb of time, not the connective "so" ("Far, Hale has ...").
    r"^(?:(?!so\s+far\b)(?:"
    + "|".join(sorted(SUMMARY_SUBORDINATORS | SUMMARY_CONNECTIVES, key=len, reverse=True))
    + r"|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)"
    # ... with its part of the day ("said Wednesday night that | she doesn’t want ..."; session 13)
    + r"(?:\s+(?:morning|afternoon|evening|night))?\s+that"
    + r")\b,?\s+)+",
)
# A reporting tail the writer adds after what happened: "..., the head of the alliance said",
# "..., a process it said", "..., official figures show", "..., according to prosecutors".
_REPORT_TAIL = re.compile(
    r",[”\"’]?\s+(?:according\s+to\s+[^,]{1,60}"
    # a description and the name set off after it: "..., a spokeswoman for the department, Colette Ambry, said"
    r"|(?:a|an|the|its|their)\s[^,]{1,60},\s+[A-Z][^,]{1,40},\s+(?:said|says|added|told\s+\w+)"
    r"|[^,]{0,70}?\b(?:said|says|added|adds|told\s+\w+|reported|reports|wrote|writes|estimates|projects|"
    r"show|shows|showed|noted|confirmed|announced|warned|estimated|projected|predicted|forecast|believes|"
    # session 24 (lead): "..., the transport authority admitted on Tuesday."
    r"admitted|admits|acknowledged|acknowledges|conceded|concedes|"
    r"believed|argued|insisted|stressed|"
    # Session 32: a body's decision or finding told after what it decided: "..., its trustees decided on Tuesday"
    # (verbs of deciding, concluding and making known, past and present, a closed family written out)
    # (past forms only: a present in -s is as often a plural noun, "league rules"; not "found" or "agreed", as often a
    # passive of another clause, ", and a deal was agreed")
    r"decided|ruled|concluded|determined|resolved|revealed|disclosed|declared"
    # Session 22 (lead): "..., Southgate Crown Court heard.": what a court or an inquest was told
    r"|(?:[Cc]ourt|[Ii]nquest|[Tt]ribunal|jury|jurors|hearing)\s+(?:was\s+told|heard))"
    r"(?:\s+(?:on|in|at|during|last|this|late|early)\s+[^,]{1,40})?"
    # Session 32: the cut start of a comparison or count after the tail's own time, the rest of its clause cut off
    # ("..., its trustees decided on Tuesday, more than a century | after it first opened"): the tail's words, left
    # out with it; never words with a verb of their own
    r"(?:,\s+(?!(?:[^,]*\s)?(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should)\b)"
    r"(?:more\s+than|less\s+than|fewer\s+than|nearly|almost|just|only|about|some|over|a|an|\d)[^,]{0,40})?"
    r")\s*$"
)
RELATIVES = words("who which that whom")
_RELATIVES_WHOSE = RELATIVES | {"whose"}  # (one set, not a union per word: session 27, speed)
SUBJECT_PRONOUNS = words("he she it they")
POSSESSIVES = words("his her its their")
# Words that can stand between a subject and its verb without being a subject: auxiliaries,
# modals and adverbs ("but had not yet won", "would").
_VERB_GROUP = words(
    "has have had having is are was were be been being am will would shall could can may might must should "
    "did does do not n't never also still again then soon now just already later first finally once yet only "
    "even further formally officially quickly eventually reportedly jointly unanimously"
)
# Objects that stand for a person named before: "ordered her to repay", "barred him from".
OBJECT_PRONOUNS = words("him her")
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Summary:
    text: str
    subject: str | None  # the subject noun phrase, for the next clause of the sentence to borrow
    speaker: str | None = None  # the canonical speaker of an announcement told as an occasion of speech


@dataclass
class Context:
    """What a clause's summary may draw on beyond its own words."""

    text: str  # the sentence
    masked: str  # the sentence with quoted words masked
    sent_start: int  # absolute offset of the sentence
    opening: int  # where the sentence proper starts (after a dateline)
    book: EntityBook
    clause_starts: list[int]  # starts of the sentence's clauses, in order
    borrowed: str | None = None  # the subject of the sentence's previous event
    # Session 24: the borrowed subject is a description read after a fronted phrase ("In a statement, | the company
    # said ..."): a verb with no subject shares it, but an "it" looks past it to the body named before (dev8).
    borrowed_description: bool = False
    previous: str | None = None  # the subject of the previous sentence's last event
    # The sentence before (absolute start, text, masked), whether or not it gave an event (session 15).
    before: tuple[int, str, str] | None = None
    # The auxiliaries and modal of the sentence's previous verb event ("would", "was", "has been"):
    # a verb coordinated with it shares them ("was treated ... and | released").
    group: str | None = None
    # The reach of the words a summary draws on outside its clause (sentence offsets): the event's
    # evidence is stretched over them, so every name in the summary is in its evidence.
    drawn_start: int | None = None
    drawn_end: int | None = None
    # Words a summary draws on that are evidence apart from the clause (sentence offsets, in order).
    extra: list[tuple[int, int]] = field(default_factory=list)
    # Words of the sentence before that a summary draws on ("They" -> "Regional mayors"): evidence of their own.
    outside: list[str] = field(default_factory=list)
    # The sentences of the story read so far, this one last (start, text, masked; ``StoryState.sentences``).
    earlier: list[tuple[int, str, str]] | None = None
    # The words of those sentences, by start, read once per story (``sentence_words``; ``StoryState.sentence_words``).
    earlier_words: dict[int, SentenceWords] | None = None

    def __post_init__(self) -> None:
        # Session 31: a dateline is masked with its trailing space ("LONDON (Reuters) - " -> "xxx...x"), which glued
        # the mask to the first word of the sentence proper ("xxxMarlow Foods said it ..."): the phrase finders read
        # "Foods" as the name ("Energy would cut its investment", "It would cut 300 jobs."). The last masked
        # character is a space again (same length, every offset kept).
        o = self.opening
        if 0 < o < len(self.masked) and self.masked[o - 1] == MASK and not self.masked[o].isspace():
            self.masked = self.masked[: o - 1] + " " + self.masked[o:]

    def draw(self, start: int, end: int | None = None) -> None:
        self.drawn_start = start if self.drawn_start is None else min(self.drawn_start, start)
        if end is not None:
            self.drawn_end = end if self.drawn_end is None else max(self.drawn_end, end)


def finish(text: str) -> str:
    """One sentence: spacing folded, dangling marks dropped, a capital and a full stop."""
    s = " ".join(text.split()).strip(" ,;:—–-")
    s = s.rstrip(" ,;:—–-.")
    # The endings below are searched only in a summary that ends on one of their last words (``str.endswith``, in
    # C): a pattern anchored at the end is otherwise tried from every character (session 23, speed).
    dangling = _DANGLING_RELATIVE.search(s) if s.endswith(_DANGLING_RELATIVE_LAST) else None
    if dangling is not None and s.count(" ") > 2:
        # "The drugs were found in a container that | had arrived ...": the clause break cut the relative clause
        # after its pronoun; the sentence ends on the noun (session 19, lead).
        s = s[: dangling.start("rel")]
    else:
        told = _DANGLING_REPORT.search(s) if s.endswith(_DANGLING_REPORT_LAST) else None
        if told is not None and s[: told.start()].count(" ") > 2:
            # "rejected objections from residents who said | the tower was too tall": what they said is a
            # claim of its own; the summary ends on who said it (session 20, lead).
            s = s[: told.start()]
        elif told is None and s.endswith(_DANGLING_REPORT_LAST):
            s = _contact_report_cut(s)
    cut = _TITLE_OR_EVEN_END.search(s) if s.endswith(_TITLE_OR_EVEN_LAST) else None
    if cut is not None and s[: cut.start()].count(" ") > 2:
        # "... won the primary in March, with Sens. | Tom Vale ...": a title abbreviation the sentence split ended
        # on, its name cut off; ", even | though ...": the "even" of a subordinator cut off (session 21).
        s = s[: cut.start()].rstrip(" ,;:—–-")
    pair = _PAIR_CUT.search(s) if "both" in s else None
    if pair is not None and s[: pair.start()].count(" ") > 2:
        # "... a worry for builders and both the Dover Builders Guild | and the ... endorsed the plan": the clause
        # break took the pair's second name to the next clause; the summary ends before the pair it began
        # (session 21).
        s = s[: pair.start()]
    cut = _DANGLING_END.search(s) if s.endswith(_DANGLING_END_LAST) else None
    if cut is not None and s[: cut.start()].count(" ") > 2:
        # Session 21 (lead): "rose by 9.4% in the | two years before the cap" ("... in the."), "resigned on
        # Tuesday, a day | after a report found ..." ("..., a day."): a clause break or a time taken out left a
        # preposition and its article, or a measure of time that counted to the clause cut off.
        s = s[: cut.start()].rstrip(" ,;:")
    cut = _SUPERLATIVE_END_S34.search(s) if s.endswith(_SUPERLATIVES_S34) else None
    if cut is not None and s[: cut.start()].count(" ") > 2:
        # Session 34 (LEAD-NOTE-2): "retreated 84 metres last summer, the most | since measurements began": an
        # appositive's superlative whose comparison the clause break cut ("..., the most." was the summary).
        s = s[: cut.start()]
    focus = _DANGLING_FOCUS_END.search(s) if s.endswith(_DANGLING_FOCUS) else None
    if focus is not None and " " in s[: focus.start()]:
        s = s[: focus.start()]
    if "even" in s and not _QUOTE_MARKS.search(s):  # (words told as they stand keep their "even")
        s = _EVEN_AFTER_AUX.sub(r"\g<aux>", s)
    run_on = _MAIN_REPORT_AFTER.search(s) if "," in s else None
    if (
        run_on is not None
        and not re.search(r"[,“”\"]", s[: run_on.start()])
        and s[: run_on.start()].count(" ") > 2
    ):
        # "Tom Vale, who said he did not sign the lease, recalled that ...": the relative's clause ran on into the main
        # verb of saying (no comma before it: "Greta Holm, the mayor, said that ..." is whole; session 22 review).
        s = s[: run_on.start()]
    told = _COMMA_REPORT_END.search(s) if s.endswith("that") else None
    if told is not None and s[: told.start()].count(" ") > 2:
        # "Tom Vale, who said he did not sign the lease, recalled | that ...": the relative's clause ran on into the
        # main verb, whose object the clause break cut; the summary ends with the relative's clause (session 22).
        s = s[: told.start()]
    cut = _COMPARISON_CUT.search(s) if s.endswith(_COMPARISON_LAST) else None
    if (
        cut is not None
        and s[: cut.start()].count(" ") > 1
        and not _in_verb_group(_last_word(s[: cut.start()]))
    ):
        # (not after a verb of being: "The turnout was more than." would lose what it said)
        s = s[: cut.start()]
    if " ’" in s or " '" in s:  # the only spaces left are single ones: most sentences split nothing
        s = _SPLIT_CONTRACTION.sub(r"\1", s)
    if s.count("“") > s.count("”"):
        s += "”"  # a quotation the tail cut from its closing mark
    if not s:
        return s
    if _CLOSED.search(s) or s[-1] in "?!":
        # a quotation that ends the sentence holds its full stop: ‘... pandemic.”’; a question or an exclamation
        # holds its own mark (session 31: "Should the club sell its best player?." was given)
        return s[0].upper() + s[1:]
    return s[0].upper() + s[1:] + "."


_CLOSED = re.compile(r"[.!?][”\"’']$")
# A person's title before a name ("after Sen. | Tom Vale dropped out"): no time, though it is capitalised and ends
# on a full stop like "after Jan." (session 21: "Greta Holm resigned after Sen." was given).
_PERSON_TITLES = TITLE_ABBREVIATIONS - AMOUNT_ABBREVIATIONS
# A summary (its full stop stripped) ending on a person's title, with a preposition or a comma before it, or on ",
# even": what followed was cut off.
_TITLE_ENDS = tuple(sorted(w.capitalize() for w in _PERSON_TITLES | words("sens reps")))
_TITLE_OR_EVEN_END = re.compile(
    r"(?:,?\s+(?:with|after|before|by|from|to|for|and|of|than|as|like|including|against|between))?\s+"
    rf"(?:{'|'.join(_TITLE_ENDS)})$|,\s+even$"
)
# The last words the patterns of ``finish`` anchored at the end need (``str.endswith`` tests them first).
_TITLE_OR_EVEN_LAST = (*_TITLE_ENDS, "even")
# "and both" and a name with no "and" after it: a pair the clause break cut after its first name ("and both the
# Dover Builders Guild"); "both boats", "both of them" are whole.
_PAIR_CUT = re.compile(r",?\s+and\s+both\s+(?:the\s+)?[A-Z](?:(?!\b(?:and|or)\b)[^,;:])*$")
_DANGLING_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her")
_DANGLING_SPANS = (
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
)
_DANGLING_FOCUS = (
    "especially",
    "particularly",
    "notably",
    "mainly",
    "largely",
    "chiefly",
    "partly",
    "even",
    "including",
)
_DANGLING_END = re.compile(
    rf"\s+(?:in|on|at|over|of|for|during|from|by|with|into)\s+(?:{'|'.join(_DANGLING_DETERMINERS)})$"
    r"|,\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|just\s+a|only\s+a|\d+)\s+"
    rf"(?:{'|'.join(_DANGLING_SPANS)})$"
    # Session 23: "days | before Ana Varga dropped out and months | before the council voted": a bare span of time
    # after a comma or "and" measured to a clause the split cut off ("Ana Varga dropped out and months.")
    # ("for weeks, months and years" is a list of spans, whole)
    r"|(?<!days)(?<!weeks)(?<!months)(?<!years)(?<!hours)(?<!minutes)(?<!decades)"
    r"(?:,|\s+and)\s+(?:days|weeks|months|years|hours|minutes|decades)$"
)
_DANGLING_END_LAST = (*_DANGLING_DETERMINERS, *_DANGLING_SPANS, "decades")
# Session 28: a focusing word whose clause the split cut off ("rose sharply, especially | after the mill closed"
# gave "Prices rose sharply, especially.")
_DANGLING_FOCUS_END = re.compile(rf",\s+(?:and\s+)?(?:{'|'.join(_DANGLING_FOCUS)})$")
# Session 22: "before he was even | sworn in" gave "Tom Vale was even sworn in.": "even" between an auxiliary and
# the verb it stresses measures the clause against what the sentence said before; told alone, the verb stands
# without it ("even more", "even though", "not even close" keep it: no verb form follows).
_EVEN_AFTER_AUX = re.compile(
    r"\b(?P<aux>(?:was|were|is|are|had|has|have|been|not|never|did|would|could)(?:n[’']t)?)\s+even"
    r"(?=\s+(?:[a-z]{2,}(?:ed|en|wn|ing)|been|got|had|done|made|said|told|won|lost|held|met|read|heard|sent|"
    r"begun|seen|known|thought|brought|bought|left|kept|paid|sworn|born|torn|worn)\b)"
)
# A verb of saying after a comma, with no subject, ending the summary on its "that" (session 22).
_COMMA_REPORT_END = re.compile(
    r",\s+(?:(?:also|later|then)\s+)?(?:said|says|recalled|recalls|added|adds|noted|notes|argued|argues|insisted|"
    r"claimed|warned|explained|wrote|acknowledged|conceded|stressed|told\s+[a-z]+)\s+that$"
)
# Session 22: "would pick a nominee at least | 10 days before ..." gave "... a nominee at least.": a comparison of a
# quantity the cut took away, and the preposition that led to it ("met for more than.").
_COMPARISON_CUT = re.compile(
    r"(?:\s+(?:for|by|to|of|in|with|from|within|after))?\s+(?:at\s+least|at\s+most|more\s+than|less\s+than|"
    r"fewer\s+than|as\s+many\s+as|as\s+much\s+as|up\s+to)$"
)
_COMPARISON_LAST = ("least", "most", "than", "as", "to")
# A relative pronoun ending a summary after its noun: "... in a container that", "... the men who".
_DANGLING_RELATIVE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|one)(?:\s+[\w’'-]+){1,3}?(?P<rel>\s+(?:that|which|who|whom))$"
)
_DANGLING_RELATIVE_LAST = ("that", "which", "who", "whom")
# A relative clause cut after its verb of saying: "... from residents who said", "... a report that claimed".
_DANGLING_REPORT_VERBS = (
    *("said", "says", "say", "claimed", "claims", "claim", "argued", "argues", "argue", "warned", "warns"),
    *("complained", "complain", "complains", "insisted", "insists", "found", "finds", "showed", "shows"),
    *("suggested", "suggests"),
)
_DANGLING_REPORT = re.compile(
    r"\s+(?:that|which|who)\s+(?:(?:had|has|have|also)\s+)?" rf"(?:{'|'.join(_DANGLING_REPORT_VERBS)})$"
)
_DANGLING_REPORT_LAST = _DANGLING_REPORT_VERBS
# Session 29 (lead): a relative with no pronoun, its subject a pronoun, cut after its verb of saying: "... in a move
# it says | will cut air pollution" ended "in a move it says." The summary ends on the noun ("in a move.").
_CONTACT_SAYERS = frozenset(("it", "they", "he", "she", "we"))
_CONTACT_NOT_NOUN = frozenset(("what", "that", "which", "who", "as", "than", "how", "where", "when", "if"))


def _contact_report_cut(s: str) -> str:
    """``s`` without a pronoun and its verb of saying ending it after a noun phrase ("in a move it says")."""
    ws = s.split()
    if (
        len(ws) > 5
        and ws[-2] in _CONTACT_SAYERS
        and ws[-1] in _DANGLING_REPORT_VERBS
        and ws[-3].isalpha()
        and ws[-3].islower()
        and ws[-3] not in _CONTACT_NOT_NOUN
        and any(w.lower() in ("a", "an", "the") for w in ws[-6:-3])
    ):
        return " ".join(ws[:-2])
    return s


# A contraction the joining of subject and verb group set apart: "Donald Hale ’s been" is "Donald Hale’s been".
_SPLIT_CONTRACTION = re.compile(r"(?<=\w)\s+([’'](?:s|d|ll|re|ve)\b)")


# A verb of speaking after "and" that ends the clause: what it said was cut off as a clause of its own
# ("had released water ... and had warned | local authorities ..."), so the verb is left out with it.
_AND_SPEECH_TAIL = re.compile(
    r",?\s+(?:and|but)\s+(?:(?:had|has|have|was|were|would|will|also|then|later)\s+)*"
    r"(?:warned|said|told|added|noted|stressed|insisted|argued|cautioned|alerted|informed|promised|pledged|"
    # Session 25 (lead): "found the first coins in September and reported | them to the finds officer"
    r"vowed|reported|announced|confirmed|revealed|disclosed)\s*$"
)


# "reports" whose clause was cut off as one of its own: "recalled 42,000 cases following reports | that some had
# overheated" ends at "cases" (what the reports said is an event of its own; "after complaints" stays).
_CUT_REPORTS = re.compile(r",?\s+(?:following|after|amid)\s+(?:(?:media|news|press)\s+)?reports\s*$")


def cut_tail(s: str) -> str:
    """Words after the trigger without the writer's reporting tail ("..., the head of the alliance said")."""
    # (each tail's pattern only with its words in: most have none; session 28, speed)
    if ("and" in s or "but" in s) and _AND_SPEECH_TAIL.search(s.rstrip(" .")):
        s = _AND_SPEECH_TAIL.sub("", s.rstrip(" ."))
    if "reports" in s and _CUT_REPORTS.search(s.rstrip(" .")):
        s = _CUT_REPORTS.sub("", s.rstrip(" ."))
    return _REPORT_TAIL.sub("", s.rstrip(" .")) if _REPORT_TAIL.search(s.rstrip(" .")) else s


def _strip_leading(s: str) -> str:
    m = _LEADING.match(s)
    if (
        m is not None
        and s[m.end() : m.end() + 3].lower() == "to "
        and m.group().lower().startswith("in addition")
    ):
        # "In addition to the inquiry, ...": the connective is a preposition's, not the clause's opening.
        return s
    if (
        m is not None
        and m.group().lower().rstrip(", ").endswith("instead")
        and s[m.end() :][:3].lower() == "of "
    ):
        # "Instead of complying with the demand, the governor sued": a preposition's too ("Of complying ..."
        # opened the summary).
        return s
    if m is not None and m.group().lower().rstrip(", ").endswith("when"):
        # "When it comes to Rubio, | 48 percent chose him": a topic, no clause of the event's; the main clause
        # after its comma opens the summary (session 13: "It came to Rubio, 48 percent chose him.").
        topic = _IT_COMES_TO.match(s, m.end())
        if topic is not None:
            return s[topic.end() :]
    return s[m.end() :] if m else s


_IT_COMES_TO = re.compile(r"it\s+(?:comes|came)\s+to\s+[^,;“”\"]{1,60},\s+", re.IGNORECASE)


def _last_word(s: str) -> str:
    ws = _WORD.findall(s)
    return ws[-1].lower() if ws else ""


# A participle of making someone do something, its object, then "to" before the trigger: "forcing shops to".
MADE_TO_PASSIVE = {
    "forcing": "forced",
    "prompting": "prompted",
    "compelling": "compelled",
    "requiring": "required",
    "obliging": "obliged",
}
_MADE_TO = re.compile(
    rf"(?:^|\s)(?P<v>{'|'.join(MADE_TO_PASSIVE)})\s+(?P<np>(?!(?:him|her|them|it|us|me|you)\b)[a-z][\w’'-]*"
    r"(?:\s+[\w’'-]+){0,4}?)\s+to$"
)


def _last_comma(text: str, end: int | None = None) -> int:
    """The last comma in ``text[:end]`` that sets off a clause, not one inside a number ("about 3,000 homes"
    was cut to "000 homes ..."; session 19, lead); -1 when there is none."""
    at = text.rfind(",", 0, len(text) if end is None else end)
    while at > 0 and text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
        at = text.rfind(",", 0, at)
    return at


def _first_word(s: str) -> str:
    m = _WORD.match(s)
    return m.group().lower() if m else ""


def _in_verb_group(w: str) -> bool:
    # "-ly" adverbs stand in verb groups too: "was temporarily suspended".
    if w.lower() in _VERB_GROUP or (w.islower() and w.endswith("ly") and len(w) > 4):
        return True
    # An auxiliary with its negation written on ("didn’t", "hasn’t", "won’t"): one word to the word pattern, an
    # auxiliary all the same (session 13: "Carson defied the question, and | didn’t make a choice" was told
    # from "Didn’t" as if it were the subject).
    m = _NEGATED_AUX.fullmatch(w.lower())
    return m is not None and (m.group("aux") in _VERB_GROUP or m.group("aux") in ("wo", "ca", "sha"))


_NEGATED_AUX = re.compile(r"(?P<aux>[a-z]+)n[’']t")


def _is_verb_group(s: str) -> bool:
    # "plans to", "hopes to": a verb of intending and its "to" open a verb group as auxiliaries do.
    # Session 15: so does "went on to" before what came next ("and | went on to found a charity").
    s = _WENT_ON_TO.sub(" to", s)
    # Session 26 (LEAD-NOTE-s26-1): "and | had since spent £18m": "since" after the auxiliary is an adverb of the
    # group (the subject was "Had since", and the next sentence's "It" became it).
    s = _SINCE_AFTER_AUX.sub(r"\1", s)
    return all(_in_verb_group(w) or w.lower() in _BEFORE_TO or w == "to" for w in _WORD.findall(s))


_WENT_ON_TO = compile_case_blind(r"\b(?:went|goes|go|going|gone)\s+on\s+to\b")


# A verb of refusing and its "to" stand before the verb refused as a modal does: "and declined to | comment".
_REFUSING = words("declined declines decline refused refuses refuse failed fails fail")
# Session 25: a participle of belief before "to" stands before the verb as a modal does, with the subject still to be
# found: "..., its operator said, and | is presumed to have crashed" ("Is presumed to have crashed." was the summary).
_RAISING = words(
    "presumed believed thought feared known understood alleged reported rumoured rumored said considered estimated"
)
# The words that stand before "to" in a verb group, one set (session 27, speed: the union was built for every word).
_BEFORE_TO = CONTROL_VERBS | _REFUSING | _RAISING


_COMMA_NOT_IN_NUMBER = re.compile(r",(?!\d)")


def noun_phrase_of(region: str) -> str:
    """The subject noun phrase of a region before a verb: up to its first auxiliary, modal or verb of intending,
    without an appositive ("NATO’s training mission, initially confined ..., was" -> "NATO’s training mission")."""
    out: list[str] = []
    end = 0
    for m in _WORD.finditer(region):
        w = m.group().lower()
        if out and m.group()[:1].isupper() and w in _VERB_GROUP:
            # "In May, the council": a capitalised word after the first is a name or a month, no auxiliary
            # (session 22: "In May, the council closed the pier and | sold ..." gave "In sold ...").
            out.append(m.group())
            end = m.end()
            continue
        if (
            _in_verb_group(m.group())
            or w in CONTROL_VERBS
            or (out and w in _REFUSING and _TO_NEXT.match(region, m.end()))
        ):
            # Session 23: "The canton’s tourism office declined to | comment" ran to "to", and the phrase was cut
            # where "to" first stood inside a word ("The canto"): a verb of refusing ends the subject, and the
            # phrase ends where its last word does.
            break
        out.append(m.group())
        end = m.end()
    phrase = region[:end] if out else ""
    parts = [p.strip() for p in _COMMA_NOT_IN_NUMBER.split(phrase)]  # "1,200" is one word
    while len(parts) > 1 and (not parts[0] or parts[0].split()[0].lower() in _FRONTED):
        parts = parts[1:]  # "Under the agreement, Halden Homes": the subject follows the fronted phrase
    return parts[0]


_TO_NEXT = re.compile(r"\s+to\b")


# First words of a phrase fronted before the subject and closed by a comma ("Under the deal, X ...").
_FRONTED = words(
    "under after before during despite following in on at by for with without since until "
    # session 22: "Ahead of the vote, Greta Holm met ... and | spoke" was told from "Ahead of the vote"
    "ahead amid amidst throughout against upon within across "
    "last this next earlier later meanwhile however separately instead also "
    # Session 22: a source fronted ("According to police, the ferry was moving at speed when it collided": the "it"
    # borrowed "According to police")
    "according"
)


def resolve_pronoun(word: str, pos: int, book: EntityBook) -> str | None:
    """The entity a pronoun at absolute ``pos`` stands for, or None."""
    w = word.lower()
    if w in ("he", "she", "his", "her", "him"):
        return book.subject_before(pos, pronoun=w)
    if w in ("it", "its"):
        return book.organisation_before(pos)
    return None


def _speaker_named(ctx: Context, start: int, end: int, kind: str) -> str:
    """``resolve_phrase`` for a speaker at sentence offsets [start, end): a subject pronoun is not a person its own
    clause names after it ("he had told Tom Vale at the start of the meeting" is not Tom Vale; session 22)."""
    phrase = ctx.text[start:end]
    speaker = resolve_phrase(phrase, kind, ctx.sent_start + start, ctx.book)
    w = phrase.strip().lower()
    if kind == "pronoun" and w in _PERSONAL and speaker in (named := _named_in_own_clause(ctx, end)):
        return ctx.book.subject_before(ctx.sent_start + start, pronoun=w, exclude=named) or phrase
    return speaker


def resolve_phrase(phrase: str, kind: str, pos: int, book: EntityBook) -> str:
    """The canonical name for a subject phrase: a pronoun's entity, a described person, a name's full form."""
    text = phrase.strip().rstrip(",")
    if kind == "pronoun":
        return resolve_pronoun(text, pos, book) or text
    if DESCRIPTOR.search(text) or HEAD_OF.search(text):
        person = descriptor_person(text, book)
        if person is None:
            return text
        book.note_alias(person, text)  # the SPEC's aliases hold descriptions: "the NATO chief"
        return person
    named = book.by_head(text)
    if named is not None:
        return named
    if kind == "name":
        _title, name = title_name_split(text)
        name = re.sub(r"(?:’s|'s)$", "", name).strip()
        return book.canonical(name) if name else text
    return text


def _speaker_of_report(ctx: Context, c_start: int) -> tuple[str, str] | None:
    """(speaker as resolved, the pronoun-free kind) when the clause is what someone reported: "X said | they ...",
    or a second thing said: "It said a ward would open in March and that | it had recruited 35 nurses"."""
    m = _REPORTED_BEFORE.search(ctx.masked[:c_start])
    if m is None and _AND_THAT.search(ctx.masked, max(0, c_start - 12), c_start):
        m = _FIRST_REPORT.search(ctx.masked, ctx.opening, c_start)
    if m is None:
        return None
    ph = subject_before(ctx.masked, m.start("cue"))
    # (a whole noun phrase with its preposition stays the speaker: "A union representing engineers at the Dover
    # office said it", session 20)
    phrase_whole = ph is not None and ph.kind != "pronoun" and _whole_speaker(ctx, ph.start) is not None
    if (ph is None or (ph.kind != "pronoun" and not phrase_whole)) and (
        own := _PARTICIPLE_OPENING.fullmatch(
            ctx.masked, ctx.opening, m.start("cue") if ph is None else ph.start
        )
    ) is not None:
        # Session 26 (the lead's note): "Residents urging the council to act said they had waited long enough": the
        # speaker is the noun phrase before the participle, not its object ("Act had waited long enough.").
        np = ctx.text[own.start("np") : own.end("np")]
        ctx.draw(own.start("np"))
        singular_person = _PERSON_HEAD.search(np) is not None and not np.endswith("s")
        return np, "person" if singular_person else "other"
    if ph is None:
        return _first_subject_reports(ctx, m.start("cue"))
    raw = ctx.text[ph.start : ph.end]
    ph_start = ph.start
    described = _DESCRIBED_BY.search(ctx.masked, max(0, ph.start - 50), ph.start)
    if (
        ph.kind != "pronoun"
        and described is not None
        and _PERSON_HEAD.search(ctx.text[described.start() : ph.end])
    ):
        # "A lawyer for | the firm said": the person is the whole description, not the firm.
        ph_start = described.start()
        raw = ctx.text[ph_start : ph.end]
    if ph.kind != "pronoun" and ph_start == ph.start and (whole := _whole_speaker(ctx, ph.start)) is not None:
        # "A union representing engineers at | the Dover office said it": the speaker is the whole noun phrase,
        # not the object of its preposition (session 20: "The Dover office would seek talks.").
        ctx.draw(whole)
        return ctx.text[whole : ph.end].strip(), "other"
    name = resolve_phrase(raw, ph.kind, ctx.sent_start + ph_start, ctx.book)
    if ph.kind != "pronoun" and (whole_name := _name_around(ctx, ph_start, ph.end)) is not None:
        # Session 30 (LEAD-NOTE-s30-1, item 2): "The Finance Workers' Union said it ...": the phrase finder stops at
        # the plural's apostrophe inside the name ("Union would fight the cuts." was the summary); the entity book's
        # mention holds the whole name, told as the sentence writes it.
        name = whole_name
    if ph.kind != "pronoun" and _PERSON_HEAD.search(raw) and ctx.book.type_of(name) != "person":
        # "A lawyer for the firm said she ...": the description is the person, not the firm it names.
        name = (
            raw[0].upper() + raw[1:] if raw[:1].islower() and raw.split()[0].lower() in ("a", "an") else raw
        )
    said = ctx.text[ph.start : ph.end].lower()
    # "It said": the organisation it stands for is no person ("he said" is one, named or not).
    person = (
        (ph.kind == "pronoun" and said not in ("it", "they"))
        or ctx.book.type_of(name) == "person"
        or (ctx.book.type_of(name) is None and _PERSON_HEAD.search(name) is not None)
    )
    ctx.draw(ph_start)
    return name, "person" if person else "other"


def _name_around(ctx: Context, start: int, end: int) -> str | None:
    """The organisation's name written around sentence offsets [start, end) when the entity book's mention there
    opens before ``start`` after a plural's apostrophe ("The Finance Workers' | Union"), with "The" when the
    sentence writes it; else None."""
    if not _PLURAL_APOSTROPHE_BEFORE.search(ctx.text, max(0, start - 40), start):
        return None
    for m in ctx.book.mentions_between(ctx.sent_start + max(0, start - 60), ctx.sent_start + end + 1):
        s, e = m.start - ctx.sent_start, m.end - ctx.sent_start
        if m.type == "organization" and s < start and e >= end:
            lead = "The " if ctx.text[max(0, s - 4) : s].lower() == "the " else ""
            return lead + ctx.text[s:e]
    return None


# A capitalised plural's apostrophe right before a phrase: "Workers' |", "Pilots’ |".
_PLURAL_APOSTROPHE_BEFORE = re.compile(r"[A-Z][a-z]*s[’']\s+$")


# A noun phrase opening the sentence whose last words are a preposition, before the noun phrase a cue's subject
# search stopped at: "A union representing engineers at | the Dover office said". Not a person's description
# ("A lawyer for |" is ``_DESCRIBED_BY``'s), not across a comma, a quotation or another clause's verb.
_SPEAKER_OPENING = re.compile(
    r"\s*(?P<np>(?:a|an|the)\s+(?P<head>[a-z][\w-]*)(?:\s+(?!(?:said|says|is|are|was|were|has|have|had|will|would)\b)"
    r"[\w’'-]+){0,6}?)\s+(?:at|of|for|in|from|with|on)\s+",
    re.IGNORECASE,
)


# Session 26: the sentence's subject, then a participle in -ing with its object before the cue's subject search
# stopped ("Residents urging the council to | act said", "Families using | the bridge said"): no comma, no
# preposition or "to" before the participle ("The man accused of killing ..." is no such opening).
_PARTICIPLE_OPENING = re.compile(
    r"\s*(?P<np>(?:(?:the|a|an|some|many|most|several|local)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?!(?:of|to|for|in|on|at|by|with|from|about|after|before|while|when|since)\s)[\w’'-]+)"
    r"\s+(?!(?:during|including|according|regarding|concerning|something|nothing|anything|everything)\b)[a-z]{2,}ing"
    r"\s+(?:[\w’'.-]+\s+){0,8}?",
    re.IGNORECASE,
)


def _whole_speaker(ctx: Context, ph_start: int) -> int | None:
    """Where the speaker's whole noun phrase starts when the phrase a cue's subject search found (at ``ph_start``)
    is the object of a preposition inside the noun phrase opening the sentence; None otherwise."""
    m = _SPEAKER_OPENING.fullmatch(ctx.masked, ctx.opening, ph_start)
    if m is None or MASK in m.group("np") or _PERSON_HEAD.search(m.group("np")) is not None:
        return None
    if m.group("head").lower() in ROLE_WORDS:
        return None
    return m.start("np")


# The sentence's subject and its first verb, when a reporting verb after "and" shares that subject:
# "Borvia's trade office | called the levy unlawful and said it would ...".
# The verb may be a past not in -ed ("The Bank of Veloria kept | its rate ... and said it could": before, the
# subject ran on to "kept" and "its" was taken for the verb; session 17); no possessive or auxiliary in -s is one.
_FIRST_CLAUSE_SUBJECT = re.compile(
    r"\s*(?P<np>(?:(?:the|a|an)\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}?)\s+(?P<verb>"
    + "|".join(sorted(PASTS - {"was", "did"}, key=len, reverse=True))
    + r"|[a-z]{3,}ed|(?!(?:its|his|this|us|as|thus|plus)\s)[a-z]+s)\s"
)


# A description of a person right before the noun phrase a cue's subject search stopped at: "A lawyer for |".
_DESCRIBED_BY = re.compile(
    r"(?:^|(?<=\s))(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:for|of|at)\s+$", re.IGNORECASE
)


def _first_subject_reports(ctx: Context, cue: int) -> tuple[str, str] | None:
    """(speaker, kind) when the cue follows "and" after the sentence's own subject and verb: the subject
    of the first verb is the speaker too ("X called the levy unlawful and said it would ...")."""
    if not re.search(r"\sand\s+$", ctx.masked[:cue]):
        return None
    m = _FIRST_CLAUSE_SUBJECT.match(ctx.masked, ctx.opening, cue)
    if m is None or _first_word(m.group("np")) in _ALL_PRONOUNS | RELATIVES or MASK in m.group("np"):
        return None
    np = ctx.text[m.start("np") : m.end("np")]
    kind = "descriptor" if _first_word(np) in ("the", "a", "an") else "name"
    name = resolve_phrase(np, kind, ctx.sent_start + m.start("np"), ctx.book)
    ctx.draw(m.start("np"))
    person = ctx.book.type_of(name) == "person" or (
        ctx.book.type_of(name) is None and _PERSON_HEAD.search(name) is not None
    )
    return name, "person" if person else "other"


def _own_verb_after(thing: str, masked: str, pos: int) -> bool:
    """Whether the head of ``thing`` is, as a verb, among the next three words after ``pos`` ("The fine" before "| can
    fine firms"): a thing is never the subject of its own noun's verb, so "it" stands for something else."""
    head = thing.split()[-1].lower() if thing.split() else ""
    return bool(head) and head in [w.lower() for w in masked[pos : pos + 40].split()[:3]]


def _pronoun_subject(word: str, ctx: Context, c_start: int, s0: int) -> str | None:
    """Who a subject pronoun stands for: the speaker it reports for, else the text before it."""
    w = word.lower()
    if w == "it" and _situation_it(ctx.text, s0):
        # "it was important to take care of the request", "it is clear that ...": an "it" of the sentence's own
        # clause after it stands for nothing named (session 16: it was told as the organisation named before).
        return None
    if w in ("it", "its") and (body := _body_reporting(ctx, s0)) is not None:
        return body
    personal = w in ("he", "she", "his", "her")
    drawn = ctx.drawn_start
    reported = _speaker_of_report(ctx, c_start)
    if (
        reported is not None
        and w in ("he", "she")
        and reported[1] == "other"
        and ctx.book.subject_before(
            ctx.sent_start + s0, pronoun=w, said_before=(ctx.sent_start, ctx.text[: s0 + len(word)])
        )
        == reported[0]
    ):
        # "One buyer, a retired surgeon from Bath, said he had spent his savings": the indefinite sayer is someone
        # new, and "he" is that sayer, not the person named last (session 28: "Laurent Vessiere had spent ...").
        return reported[0]
    if (
        reported is not None
        and personal
        and reported[1] == "person"
        and (
            (
                w in ("he", "she")
                and not ctx.book.fits_pronoun(reported[0], w)
                # the book knows the name, as the other gender's ("The mayor", not in the book, fits either)
                and ctx.book.fits_pronoun(reported[0], "she" if w == "he" else "he")
            )
            or _LAWYER_SPEAKS.search(ctx.masked, max(0, c_start - 80), c_start) is not None
        )
    ):
        # Session 21 (lead): "His lawyer, Tom Quinn, said she would plead not guilty" was "Tom Quinn would plead not
        # guilty.": a pronoun of the other gender is not its speaker, nor is a lawyer speaking of a client ("he").
        not_speaker, reported = reported[0], None
    else:
        not_speaker = None
    if (
        reported is not None
        and (reported[1] == "person") == personal
        and (
            personal
            or w in ("they", "their")
            or _stands_for_it(reported[0], w)
            # "Drevmark Holdings said ... it": a company's name may end in a plural word.
            or ctx.book.type_of(reported[0]) == "organization"
        )
    ):
        return reported[0]  # "Engineers said it reopened": several people are no "it"
    ctx.drawn_start = drawn  # the speaker was not used (what was drawn before stays: an antecedent)
    if (
        w in ("his", "her")
        and _CLIENT_AFTER.match(ctx.masked, s0 + len(word))
        and _LAWYER_SPEAKS.search(ctx.masked, max(0, c_start - 80), c_start)
    ):
        # "Falmer's lawyer said | his client would appeal": the client is the lawyer's, and the lawyer is not
        # named (session 18, lead: it was "Derek Falmer's client would appeal"). "he" stays the person named
        # before ("Falmer's lawyer said he would appeal": Falmer).
        return None
    if personal:
        # The pronoun's gender passes over people it cannot stand for, and places ("her father" after
        # "born in Drury Wells" is the woman's).
        who = ctx.book.subject_before(ctx.sent_start + s0, pronoun=w)
        named_after = _named_in_own_clause(ctx, s0 + len(word)) if w in _PERSONAL else frozenset()
        if (
            w in _PERSONAL
            and (who is None or who in named_after)
            and (main := _main_subject_after(ctx, s0, w)) is not None
            and main not in named_after
        ):
            # Only when no one named before can be meant: "Police named the victim as Carl Dunn. After he was
            # stabbed, Alan Price called an ambulance" is Carl Dunn (session 22 review).
            who = main
        elif who is not None and who in named_after:
            # "Ana Varga said she had told Greta Holm ...", "Since she endorsed Greta Holm, Ana Varga ...": a subject
            # pronoun is never the person its own clause names after it (session 22: "Greta Holm endorsed Greta
            # Holm."); the nearest person it can stand for is looked for past them.
            who = ctx.book.subject_before(ctx.sent_start + s0, pronoun=w, exclude=named_after)
        if (
            who is not None
            and not_speaker is not None
            and ctx.book.canonical(who) == ctx.book.canonical(not_speaker)
        ):
            return None  # the lawyer is the only one named: the client stays "he"
        # A contracted pronoun the entity book took for a name ("He’d", "She’s") stands for no one.
        if who and _uncontracted(_first_word(who)) in _ALL_PRONOUNS:
            return None
        if who and _ambiguous(ctx, who, w, s0):
            # "Leo Brandt and Paul Okafor toured the bridge. He opened ...": another person the pronoun fits
            # is named beside the one the book picks; a reader cannot tell, and no name is given (Session 12).
            return None
        return who
    if w == "it" and _BEFORE_OR_AFTER.search(ctx.masked, max(0, s0 - 8), s0) is not None:
        # Session 33: "the basket tipped onto its side and dragged 30 metres before | it stopped" was "It stopped.",
        # "The balloon drifted over the field before | it stopped" "The field stopped.": after "before" or "after"
        # the pronoun is the clause's subject, a determined thing opening it, when no object of its verbs competes
        # ("The truck hit the wall before it collapsed" stays "It"); a noun after a preposition is no competitor.
        span = _main_thing_before(ctx, s0)
        if span is None:
            return None
        ctx.draw(span[0])
        return ctx.text[span[0] : span[1]]
    if (
        w == "it"
        and (near := _THING_BEFORE_SINCE.search(ctx.masked, max(0, s0 - 60), s0)) is not None
        # Session 34 (LEAD-NOTE-1, item 1): "..., the highest share since it began its survey": a superlative's
        # measure is no thing that acts ("The highest share began its survey in 2014." was told)
        and not any(x.lower() in _SUPERLATIVES_S34 for x in near.group("np").split())
    ):
        # "the first strike on the network since it opened": the thing named right before the subordinator.
        ctx.draw(near.start("np"))
        return ctx.text[near.start("np") : near.end("np")]
    if w == "it" and (teller := _body_telling(ctx, s0)) is not None:
        # "The operator said sales had risen since | it cut the price": the body whose words hold the "it" is what
        # it stands for, not the thing the sentence before was about (session 20: "The jackpot cut the price"). Not
        # "its": a possessive in a body's words is as often the country or the thing they are about.
        return teller or None
    if w == "it" and ctx.borrowed is None and re.search(r",\s+(?:but|and|so)\s+$", ctx.masked[:s0]):
        # Session 21 (lead): "The fine would have been £38 million, but | it was cut by 30%": the thing the sentence
        # opened with, when its first clause gave no event to borrow from (it was the bank of the sentence before).
        opening = _THING_OPENING.match(ctx.masked, ctx.opening, s0)
        if opening is not None and MASK not in opening.group("np"):
            ctx.draw(opening.start("np"))
            return ctx.text[opening.start("np") : opening.end("np")]
    if w in ("it", "its") and _RELATIVE_SAID_BEFORE.search(ctx.masked, max(0, s0 - 60), s0):
        # Session 31: "The plan angered fishermen who said | it would destroy their fishing grounds": the pronoun is
        # something the relative's speakers talk about, which the clause before need not name (the subject borrowed
        # from it was "The government", or a cut "The"); a reader cannot be told which, and the pronoun stays.
        return None
    for before in (None if ctx.borrowed_description else ctx.borrowed, ctx.previous):
        if before and _last_word(before) in DETERMINERS:
            # Session 31: "... backed the | plan to build a sea wall": a subject cut after its determiner is no noun
            # phrase ("Harbourmaster Ines Kolb backed the would destroy ..." was given).
            continue
        if w == "it" and before and _own_verb_after(before, ctx.masked, s0 + len(word)):
            continue  # Session 22: "The fine was imposed on Monday. It can fine firms": no fine fines (``_own_verb_after``)
        if (
            w in ("it", "its")
            and before
            # "Vexor Labs sued its supplier, Kestrel Foods. It ...": a body's name ending in "-s" is one body
            # (session 21: the name was read as plural and "it" passed over it to the supplier).
            and (
                not (_stands_for_it(before, w) or ctx.book.type_of(before) == "organization")
                or _a_person(ctx, before)
            )
        ):
            continue  # "Dale Kimbrough denied the charges. It raised questions ...": "it" is no person
        if (
            w == "it"
            and before is ctx.borrowed
            and before
            and _BARE_NOUN.fullmatch(before)
            and _SUBORDINATOR_JUST_BEFORE.search(ctx.masked, max(0, s0 - 12), s0)
        ):
            # "Officials said crime has dropped since | it hired 40 officers": a bare noun of the sentence's clause
            # before, in lower case, is a quantity or a state, rarely what a later "it" does (session 21: "Crime
            # hired 40 officers.").
            continue
        if (
            w in ("it", "its")
            and before
            and before is ctx.previous
            and ctx.before is not None
            and _said_subject(ctx.before[2], before)
        ):
            # Session 21 (lead): "The airline said fuel now made up 34% of its costs. | Its shares fell 8%" was "Fuel's
            # shares": the sentence before told its subject as what someone said, and an "it" opening the next one is
            # as often the one who said it. A reader cannot tell; the pronoun stays.
            return None

        if (
            w in ("it", "its")
            and before
            and before is ctx.previous
            and before is not ctx.borrowed
            and before.split()[0].lower() not in _ALL_PRONOUNS
            and ctx.before is not None
            and _competes_with(ctx, before, s0 + len(word))
        ):
            # Session 27: "The Dunford Museum of Rail bought a 1920s steam engine. | It will go on display" was the
            # museum: the sentence before holds another thing "it" may be, and only a verb a body does ("It said",
            # "It blamed") tells a reader which. The pronoun stays.
            return None
        if w in ("it", "its") and before and before.split()[0].lower() not in _ALL_PRONOUNS:
            # "However, it was suspended": the thing the previous clause or sentence was about. A subject the clause
            # break cut after its relative pronoun ("The company that | bought the land") is told without it
            # (session 21, lead: "The company that did not respond.").
            return _RELATIVE_END.sub("", before) or None
        if w in ("they", "their") and before and _plural(before):
            # "Korvane shares rose 4.2%. They have lost ...": the things the previous sentence was about.
            return before
    if w in ("it", "its"):
        # The latest organisation named before, for an "it" opening its sentence ("The Merenian Red Cross said
        # .... It appealed"). Deeper in a sentence (Session 12) it was mostly another thing on real news
        # ("Bernie Sanders’ campaign says it raised" gave "GOP", "its senior vice president" after "a job at
        # Uber" gave the hedge fund named before): a wrong name is worse than "it".
        if not _opens_sentence(ctx, s0):
            return None
        body = ctx.book.organisation_before(ctx.sent_start + s0)
        if body is not None and ctx.before is not None and _competes_with(ctx, body, s0 + len(word)):
            return None  # Session 27: a thing or another body of the sentence before may be meant
        return body
    if w in ("they", "their"):
        # "About 410,000 households hold variable-rate mortgages, and | their monthly payments": the plural
        # subject of the sentence's first clause.
        m = _PLURAL_OPENING.match(ctx.masked, ctx.opening, s0)
        if m is not None and _plural(m.group("np")) and re.search(r",\s+and\s+$", ctx.masked[:s0]):
            ctx.draw(m.start("np"))
            return ctx.text[m.start("np") : m.end("np")]
    return None


# A relative pronoun and its verb of saying right before a clause's pronoun subject: "fishermen who said | it",
# "residents who say | it", "drivers who fear that | it" (a verb of the relative's speakers, a time between).
_RELATIVE_SAID_BEFORE = re.compile(
    r"\b(?:who|whom)\s+(?:(?:also|have|had|has|had\s+long|long)\s+)?(?:"
    + "|".join(
        sorted(
            SAID_FORMS
            | words(
                "say fear fears feared warn warns warned claim claims claimed argue argues argued "
                "complain complains complained believe believes believed insist insists "
                "insisted worry worries worried think thinks thought"
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?:\s+(?:on|last|this)\s+[A-Za-z]+)?\s+(?:that\s+)?$"
)


def _named_in_own_clause(ctx: Context, after: int) -> frozenset[str]:
    """The people named (outside quotations) as themselves from sentence offset ``after`` to the end of its clause
    or its first comma: not a possessive ("given Trump’s plan"), not a name modifying a noun ("the Grayson name")."""
    comma = re.compile(r"[,;:(—]").search(ctx.masked, after)
    end = min((x for x in ctx.clause_starts if x > after), default=len(ctx.text))
    end = min(end, comma.start() if comma is not None else end)
    names: set[str] = set()
    for m in ctx.book.mentions_between(ctx.sent_start + after, ctx.sent_start + end):
        rec = ctx.book.record(m.key)
        a, b = m.start - ctx.sent_start, m.end - ctx.sent_start
        if (
            m.type == "person"
            and not m.in_quote
            and rec is not None
            and not _POSSESSIVE_AFTER.match(ctx.text, b)
            and _DETERMINER_BEFORE.search(ctx.text, max(0, a - 8), a) is None
        ):
            names.add(rec.name)
    return frozenset(names)


_POSSESSIVE_AFTER = re.compile(r"[’']s?\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|longtime|former)\s+$", re.IGNORECASE)
# A sentence opening with a subordinate clause before its comma: a pronoun inside it may stand for the main clause's
# subject named right after the comma ("Ever since she endorsed Ana Varga, Greta Holm has been ...").
_OPENING_SUBORDINATE = re.compile(
    r"(?:(?:and|but|so|yet)\s+)?(?:ever\s+|even\s+|just\s+)?(?:if|since|as|when|while|although|though|before|after|because|once|until|unless|"
    r"whether)\s[^,;:“”\"]{0,120}$",
    re.IGNORECASE,
)
_TITLES_THEN = re.compile(r",\s+(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]+)\s+){0,3}?$")


def _main_subject_after(ctx: Context, s0: int, pron: str) -> str | None:
    """The person a pronoun inside an opening subordinate clause stands for when the main clause after its comma
    opens with them (session 22): "If he were elected, Lt. Gov. Tom Vale would ..." is Tom Vale; no person may be
    named before the pronoun in the sentence."""
    if _OPENING_SUBORDINATE.fullmatch(ctx.masked[ctx.opening : s0].lstrip()) is None:
        return None
    if ctx.book.person_named_between(ctx.sent_start + ctx.opening, ctx.sent_start + s0):
        return None
    comma = ctx.masked.find(",", s0)
    if comma < 0 or any(ch in ctx.masked[s0:comma] for ch in ';:“”"'):
        return None
    for m in ctx.book.mentions_between(ctx.sent_start + comma, ctx.sent_start + comma + 40):
        a = m.start - ctx.sent_start
        if _TITLES_THEN.fullmatch(ctx.text[comma:a]) is None:
            return None  # the main clause opens with something else
        rec = ctx.book.record(m.key)
        if m.type != "person" or m.in_quote or rec is None or not ctx.book.fits_pronoun(rec.name, pron):
            return None
        if _POSSESSIVE_AFTER.match(ctx.text, m.end - ctx.sent_start):
            return None  # "Tom Smith's lawyer asked for bail": the subject is the lawyer
        return rec.name
    return None


# A word between a cue and an "it" in the words it reports that may open a singular noun phrase the "it" could
# stand for instead of the body that reports: a determiner, or a capital (a name) inside the sentence.
_THING_BETWEEN = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our|each|every)\s|(?<=\s)[A-Z]")


# A noun in lower case with no determiner, an adjective before it at most: "crime", "road traffic".
_BARE_NOUN = re.compile(
    r"(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|no|some|any|each|every|it|they|he|she)\b)"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*"
)
# A bare noun (no determiner: the pattern above passed it) and its own verb opening the words a body reports,
# before the "it": "said | traffic had fallen since | it".
_BARE_SUBJECT_BETWEEN = re.compile(
    r"\s*(?:that\s+)?(?:[a-z][\w-]*\s+)?(?P<head>(?!(?:he|she|they|we|you|it|there|i)\b)[a-z][\w-]*)\s+"
    r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should)\b"
)


def _body_telling(ctx: Context, s0: int) -> str | None:
    """For an "it" at sentence offset ``s0`` deep in the words a reporting verb earlier in its sentence reports:
    the body that reports, as the article writes it ("The operator", a name), when no noun phrase it could
    stand for is written between the verb and the "it"; None otherwise (the older paths decide)."""
    cue = _last(_CUE_INSIDE.finditer(ctx.masked, ctx.opening, s0))
    if cue is None:
        return None
    ph = subject_before(ctx.masked, cue.start("cue"))
    if ph is None or ph.kind == "pronoun" or MASK in ph.text:
        return None
    raw = ctx.text[ph.start : ph.end].strip().rstrip(",")
    name = resolve_phrase(raw, ph.kind, ctx.sent_start + ph.start, ctx.book)
    if (
        ctx.book.type_of(name) == "person"
        or _PERSON_HEAD.search(raw) is not None
        or _DESCRIBED_BY.search(ctx.masked, max(0, ph.start - 50), ph.start) is not None
        or not _stands_for_it(raw, "it")
    ):
        return None  # a person's words, or several: the older paths decide
    between = ctx.masked[cue.end() : s0]
    if _THING_BETWEEN.search(between) is not None or MASK in between:
        # "The council said the bridge had been shut since | it flooded": a thing named between may be what it
        # stands for (the sentence's own clause before was about it): the older paths decide.
        return None
    own = _BARE_SUBJECT_BETWEEN.match(between)
    if own is not None and not plural_subject(own.group("head")):
        # "The council said traffic had fallen since | it opened": a bare singular noun the body's words are about
        # is no more the "it" than the body is ("The council opened", "Traffic opened": session 21); a reader cannot
        # tell, and no subject is claimed ("" for none, so the older paths do not borrow one either).
        return ""
    ctx.draw(ph.start)
    return raw[0].upper() + raw[1:]


# "it", a form of "be" and a word that is no participle, then "to", "that" or "whether": an expletive "it" ("it was
# important to ...", "It is clear that ..."); "It is expected to rise" is a thing's passive and is named as before.
_EXPLETIVE_IT = re.compile(
    r"it\s+(?:is|was|’s|'s|would\s+be|will\s+be|has\s+been|had\s+been|seems|seemed|remains|remained)\s+"
    r"(?:not\s+)?(?:(?:so|very|too|more|less|also|still|especially|particularly)\s+)?(?:''|“|\")?"
    r"(?![a-z]+ed\b)[a-z]+(?:''|”|\")?\s+(?:to|that|whether)\b",
    re.IGNORECASE,
)


# Session 32: "it", a form of "be" and a predicate whose head is a happening or "time", ranked or owned ("It is the
# company's third rise in 14 months", "It was the first time ...", "It was its biggest loss since 2009", "It is the
# second such closure this year"): the "it" is the happening told before, never the body named there ("ASX is the
# company's third rise" was given). The heads: nouns of change, result, harm and occasion (a closed family written
# out, none taken from a set).
_HAPPENING_HEADS = words(
    "time times occasion instance case rise increase gain jump climb surge rally hike fall drop decline decrease loss "
    "slump slide dip fall cut cuts reduction win victory defeat loss draw setback blow success failure closure strike "
    "walkout attack crash collision accident fire flood outbreak storm delay cancellation recall breach leak incident "
    "sale deal merger takeover acquisition purchase increase move step change raise layoff layoffs redundancies "
    "shutdown outage stoppage protest result quarter year month week"
)
_SITUATION_IT = re.compile(
    r"it(?:\s+(?:also|still|now|then|not))*\s+(?:is|was|’s|'s|will\s+be|would\s+be|has\s+been|had\s+been)\s+"
    r"(?:not\s+)?(?:the|its|their|a|an)\s+(?:[a-z][\w-]*(?:’s|'s|’|')\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<head>" + "|".join(sorted(_HAPPENING_HEADS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _situation_it(text: str, pos: int) -> bool:
    """Whether the "it" at ``pos`` is an "it" of the situation: expletive ("it was too soon to know if ...", "it is
    clear that"), or the happening before ranked or owned ("It is the company's third rise")."""
    if _EXPLETIVE_IT.match(text, pos) is not None:
        return True
    return _SITUATION_IT.match(text, pos) is not None


def _a_person(ctx: Context, phrase: str) -> bool:
    """Whether a subject told before is a person the entity book knows by a full name ("it" stands for none); a
    single word typed a person may be a company the book mistyped ("Greyspar said that it would appeal")."""
    name = ctx.book.canonical(phrase)
    return len(name.split()) >= 2 and ctx.book.type_of(name) == "person"


# A plural noun phrase opening the sentence, before its verb: "About 410,000 households | hold".
# A singular thing opening the sentence before its verb: "The fine would have been ...".
_THING_OPENING = re.compile(
    r"\s*(?P<np>(?:The|This|That|Its)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^s\W])\s+"
    r"(?:would|will|was|is|had|has|could|might|may|[a-z]+ed)\b"
)
_PLURAL_OPENING = re.compile(
    r"\s*(?P<np>(?:(?:about|some|more\s+than|nearly|almost|over|the|many|most)\s+)?(?:[\d,]+\s+)?"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+(?!and\b|or\b)[a-z]+\b",
    re.IGNORECASE,
)


# A determined singular noun right before "since", "when" or "until" and the pronoun the clause opens with ("the
# first strike on the network since it opened"); after "before" or "after" the clause's subject (session 33,
# ``_main_thing_before``).
_THING_BEFORE_SINCE = re.compile(
    r"\b(?P<np>the\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*[^s\W])\s+(?:since|when|until)\s+$"
)
_BEFORE_OR_AFTER = re.compile(r"\b(?:before|after)\s+$")
# The clause before "before"/"after": a determined singular thing opening it (the sentence, a reported clause after
# "said", or a clause after a comma and "and"/"but"), then its verb group and words, no comma.
_MAIN_THING_THEN = re.compile(
    r"(?:^|\b(?:said|says)\s+(?:that\s+)?|[,;]\s+(?:and\s+|but\s+)?)"
    r"(?P<np>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*[^s\W])\s+(?P<rest>[a-z][^,;:]{0,160}?)\s+(?:before|after)\s+$"
)
# Prepositions a noun after which is no object of the verb ("drifted over the field", "tipped onto its side").
_NOUN_AFTER_PREPOSITION = words(
    "of onto into over across to from with at in on by through under past along toward towards near around off "
    "against behind beside below above"
)
_OBJECT_DETERMINERS = words("the a an its his her their this that these those")
_NOT_A_VERB_AFTER_THING = words("and or but that which who whom whose where when as than")


def _main_thing_before(ctx: Context, s0: int) -> tuple[int, int] | None:
    """The span of the thing "it" after "before"/"after" at ``s0`` stands for: the determined singular noun opening
    the clause before, whose verb group follows it, when every determined noun after it is a preposition's; else
    None (an object of the verb competes, or no such clause)."""
    m = _MAIN_THING_THEN.search(ctx.masked, max(ctx.opening, s0 - 200), s0)
    if m is None or MASK in m.group("np"):
        return None
    ws = m.group("rest").split()
    first = ws[0].lower()
    if first in _OBJECT_DETERMINERS or first in _NOUN_AFTER_PREPOSITION or first in _NOT_A_VERB_AFTER_THING:
        return None  # the noun phrase goes on ("the end of the pier"), no verb of its own follows it
    if m.group("np").split()[-1].lower() in _ONE_PERSON_NOUNS:
        return None  # a person: "he" or "she" would be written
    for k, word in enumerate(ws):
        if word.lower() in _OBJECT_DETERMINERS and (
            k == 0 or ws[k - 1].lower() not in _NOUN_AFTER_PREPOSITION
        ):
            return None  # "hit the wall before it collapsed": the wall may be what collapsed
    return m.start("np"), m.end("np")


def _named_pronoun(words_: str, ctx: Context, c_start: int, s0: int) -> str:
    """Words opening with a pronoun ("his first act would be", "she became", "he’d asked") with the entity
    it stands for in its place, when one is found; else the words as they are."""
    first = _first_word(words_)
    lead = len(words_) - len(words_.lstrip())
    if not words_.lstrip().lower().startswith(first):
        return words_
    pron = _uncontracted(first)
    if pron not in POSSESSIVES | SUBJECT_PRONOUNS or (pron != first and pron not in _PERSONAL):
        return words_  # ("it’s a debate", "they’re": often an "it" of the situation, named by no one)
    who = _pronoun_subject(pron, ctx, c_start, s0)
    if not who or _first_word(who) in _ALL_PRONOUNS:
        return words_
    rest = words_[lead + len(first) :]
    if pron != first:
        # "He’d asked his aides" -> "Tom Hale had asked his aides": the contraction written out after a name.
        rest = f" {_written_out(first[len(pron) + 1 :], rest)}{rest}"
    return f"{who}’s{rest}" if pron in POSSESSIVES else f"{who}{rest}"


# A pronoun and the verb contracted onto it: "he’s", "she’d", "he’ll".
_CONTRACTED = re.compile(r"(?P<pron>he|she|it|they)[’'](?P<verb>s|d|ll|re|ve)$")
# Participles after which "’s" is "has" and "’d" is "had" ("he’s been", "she’d won").
_PARTICIPLES = words("been got gotten had done made said told won lost taken given seen become gone known")
# What follows an adjective in -ed, not a participle with its object: "she’s pleased with", "he’s expected
# to", "she’s qualified" at the end ("he’s reduced his holdings", "he’s raised about $100,000" are "has").
# Adverbs between a contracted auxiliary and its verb ("he’s only won", "she’s already said", "it’s never been").
_CONTRACTION_ADVERBS = words("only already just also never not still ever since even long now yet always")
_AFTER_ADJECTIVE = words("to with in of for about by at on that from as than")
_SUM_OPENINGS = frozenset("$€£0123456789")


# A verb group opening with the contraction its pronoun was split from: "’s reduced", "’d asked".
_CONTRACTION_OPENING = re.compile(r"[’'](?P<verb>s|d|ll|re|ve)\b", re.IGNORECASE)


def _uncontracted(word: str) -> str:
    """The pronoun of a contracted pronoun ("she’d" -> "she"); any other word as it is."""
    m = _CONTRACTED.match(word.lower())
    return m.group("pron") if m else word


def _written_out(verb: str, rest: str) -> str:
    """The verb a contraction stands for, read from the words after it: "’s" is "has" before a participle
    with its object ("he’s reduced his holdings", "he’s been") and "is" otherwise ("he’s proud", "she’s
    trying", "he’s expected to"); "’d" is "had" before a participle ("he’d asked") and "would" otherwise
    ("she’d continue")."""
    ws = [w.lower().strip(',.;:“”"') for w in rest.split()[:6]]
    # Adverbs before the verb are read past: "he’s only won three states" is "has only won" (session 13: "is only
    # won").
    while len(ws) > 1 and (ws[0] in _CONTRACTION_ADVERBS or (ws[0].endswith("ly") and len(ws[0]) > 4)):
        ws = ws[1:]
    nxt, then, third = [*ws, "", "", ""][:3]
    # "about" before a sum is no preposition of an adjective: "he’s raised about $90,000".
    adjective = then in _AFTER_ADJECTIVE and not (then == "about" and third[:1] in _SUM_OPENINGS)
    participle = nxt in _PARTICIPLES or (
        nxt.endswith(("ed", "en")) and (verb == "d" or (then and not adjective))
    )
    if verb == "s":
        return "has" if participle else "is"
    if verb == "d":
        return "had" if participle else "would"
    return {"ll": "will", "re": "are", "ve": "have"}[verb]


def _stands_for_it(phrase: str, pronoun: str) -> bool:
    """Whether "it" (or "its") may stand for a subject phrase told before: not several things ("Hungary and
    Austria", "Tram drivers in Marlstone"), not a happening ("a dispute over ... metals trade" files no
    complaint), and for "its" not a possessive already ("the union's demand's director")."""
    ws = phrase.split()
    if not ws or " and " in phrase or ws[0].lower() in ("about", "some", "many", "several"):
        return False
    cut = next(
        (k for k, x in enumerate(ws) if k and (x.lower() in _PREPOSITIONS or _modifier_after_head(ws, k))),
        len(ws),
    )
    if any(w.lower().strip(",") in NOMINAL_TRIGGERS for w in ws[:cut] if w[:1].islower()):
        return False
    if _plural(" ".join(["the", *ws[:cut]])):
        return False  # "Tram drivers in Marlstone": a plural head before its preposition
    return not (pronoun == "its" and re.search(r"[’']s\b", phrase))


def _modifier_after_head(ws: list[str], k: int) -> bool:
    """Whether the word at ``k`` opens a modifier after the head noun before it: a participle or a relative ("A
    union | representing engineers", "a group | that represents drivers"), so the head is the word before."""
    w, prev = ws[k].lower(), ws[k - 1]
    if k < 2 or not (prev.isalpha() and prev.islower()):
        return False
    return w in ("who", "which", "that") or (w.endswith("ing") and len(w) > 5)


def _plural(phrase: str) -> bool:
    """A noun phrase whose head is plural ("Korvane shares", "the new rules"; not "the press", "its
    chief", not a pronoun or a name alone)."""
    ws = phrase.split()
    head = ws[-1].lower() if ws else ""
    return (
        len(ws) >= 2
        and ws[0].lower() not in _ALL_PRONOUNS
        and (ws[0][:1].isupper() or ws[0].lower() in _DETERMINERS)
        and ws[0].lower() not in ("according", "under", "after", "before", "in", "on", "at", "for", "with")
        and plural_in_s(head)  # not "the news", "the series": ``plurals`` decides
        and head.isalpha()
    )


def _antecedent(ctx: Context, pos: int) -> str | None:
    """The noun phrase a relative pronoun at ``pos`` (sentence offset) refers to: the words before its comma."""
    text, masked = ctx.text, ctx.masked
    before = masked[:pos].rstrip()
    if not before.endswith(","):
        return None
    end = len(before) - 1
    age = _AGE_APPOSITIVE.search(masked, 0, end)
    if age is not None:
        end = age.start()  # "said Lisa Marr, 34, who was stopped": the person, not her age (session 22, lead)
    # A name right before the comma is that entity: "Moyer, who ..." -> "Janet Moyer".
    for men in reversed(ctx.book.mentions_between(ctx.sent_start, ctx.sent_start + end)):
        if (
            men.end == ctx.sent_start + end
            and text[men.start - ctx.sent_start : end][:1].isupper()
            # Session 31 (LEAD-NOTE-lead-1, item 4): "its factory in Cardow, which has been shut": a place after
            # a thing and its preposition is where the thing is, not what the relative stands for ("Cardow has been
            # shut." was told); the noun phrase is read below.
            and not (
                men.type in ("place", "location")
                and _NOUN_PREPOSITION_BEFORE.search(
                    text, max(0, men.start - ctx.sent_start - 40), men.start - ctx.sent_start
                )
            )
        ):
            rec = ctx.book.record(men.key)
            if rec is not None:
                ctx.draw(men.start - ctx.sent_start)
                return rec.name
        break
    start = max(_last_comma(before, end), before.rfind(";", 0, end), before.rfind("—", 0, end)) + 1
    clause_start = start
    phrase_m = masked[start:end]
    det = list(_DETERMINED.finditer(phrase_m))
    if det and len(phrase_m[det[-1].start() :].split()) <= 6:
        # "Divers inspected the old pier, which" -> "the old pier"; but a short phrase whose
        # determiner follows a preposition is one noun phrase: "Sales at the ferry unit, which".
        before_det = phrase_m[: det[-1].start()].split()
        whole = len(phrase_m.split()) <= 6 and before_det and before_det[-1].lower() in _PREPOSITIONS
        if not whole:
            start += det[-1].start()
    while start < end and masked[start].isspace():
        start += 1
    place = _PLACE_APPOSITIVE.search(masked, 0, start)
    if place is not None and _first_word(masked[start:end]) in _PREPOSITIONS | {"near", "into"}:
        # "its oldest plants, in Wexley and Strand Falls, which": the place describes the noun before it.
        start = place.start("np")
    told = max(_TOLD_IN.finditer(masked, start, end), key=lambda m: m.start(), default=None)
    if told is not None:
        # "Vale told city councillors, who voted": the antecedent is the verb's object, not the clause.
        start = told.end()
    by = masked.rfind(" by ", clause_start, end)
    if by > clause_start and any(w in _BE_FORMS for w in masked[clause_start:by].lower().split()):
        # Session 29: "The ban was criticised by shopkeepers, who announced a protest": the relative stands for the
        # passive's agent, not the clause ("The ban was criticised by shopkeepers announced a protest ..." was told).
        start = by + 4
        cut = _AGENT_PREPOSITION.search(masked, start, end)
        if cut is not None:
            end = cut.start()  # "by shopkeepers in the town, who": the shopkeepers (review 1 of session 29)
    phrase = text[start:end].strip()
    if not phrase or MASK * 2 in masked[start:end] or len(phrase.split()) > 8:
        return None
    ctx.draw(start)
    return phrase


# A thing and a preposition of place right before a name: "its factory in |", "the national museum in |" (a thing the
# relative may be about; not after a time, "the street scene last week in | Cleveland, which hosted ...", nor "of":
# "two points clear of | Halvern City, who lost ...").
_NOUN_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,2}"
    r"(?!(?:week|weeks|year|years|month|months|day|days|night|weekend|morning|afternoon|evening|time)\b)"
    r"[a-z][\w-]*\s+(?:in|at|near|outside)\s+$"
)
# A preposition after a passive's agent: the agent's noun ends before it ("by shopkeepers | in the town, who").
_AGENT_PREPOSITION = re.compile(r"\s(?:in|at|on|from|near|across|of|with|outside|inside|around)\s")


# Session 26: what may stand in the noun phrase right before a "whose" with no comma ("to the patients whose",
# "fined 12 customers whose"): read back from "whose", a determiner or a possessive opens the phrase; a
# preposition, a verb, a coordinator or a pronoun ends it before it starts.
_OWNER_OPENERS = words("the a an its their his her our this these those some many several all")
_OWNER_STOPS = words(
    "at of in on for from with within among to by about against over under into onto after before during near "
    "than like as and or but that who which whom it he she they we i you"
)
_OWNER_WORDS = 5
# A noun phrase after these is a predicate, not a thing of its own (review of session 26).
_BE_FORMS = words("is are was were be been being am remains remained became becomes")


def _owner_before(ctx: Context, s0: int) -> str | None:
    """The noun phrase right before a "whose" at ``s0`` that no comma sets off, as written, or None: a determined
    phrase of at most ``_OWNER_WORDS`` words ("thanked the donors whose", "the injured workers whose"), else a
    plural head alone, with its count ("to patients whose", "fined 12 customers whose"). A verb or an adjective
    before an asking "whose" ("did not say whose car", "unclear whose idea") owns nothing."""
    before = ctx.masked[:s0].rstrip()
    if not before or before[-1] in ",;:—(" or MASK * 2 in before[-60:]:
        return None
    ws = before.split()[-_OWNER_WORDS:]
    if not ws or not re.fullmatch(r"[\w’'-]+", ws[-1]):
        return None
    taken: list[str] = []
    opened = False
    for i in range(len(ws) - 1, -1, -1):
        w, lw = ws[i], ws[i].lower()
        if lw in _OWNER_STOPS or lw in _VERB_GROUP or lw in PASTS or not re.fullmatch(r"[\w’'-]+", w):
            break
        if (
            taken
            and not (i and ws[i - 1].lower() in _OWNER_OPENERS)
            and (
                re.fullmatch(r"[a-z]+(?:ed|ing)", w)
                or (w.islower() and w.endswith("s") and lw not in _OWNER_OPENERS)
            )
        ):
            # "fined | 12 customers", "helps | families": a verb before the phrase ends it ("the injured workers",
            # an adjective after a determiner, does not).
            break
        taken.insert(0, w)
        if lw in _OWNER_OPENERS:
            opened = True
            break
    if not opened:
        # no determiner: the head alone, with a count right before it, and only a plural owns
        head = ws[-1]
        count = len(ws) > 1 and (re.fullmatch(r"\d[\d,]*", ws[-2]) is not None or ws[-2].lower() in _COUNTS)
        if not plural_subject(head):
            return None
        taken = [ws[-2], head] if count else [head]
    elif len(taken) == 1:
        return None
    start = len(before) - len(" ".join(taken))
    phrase = ctx.text[start : len(before)]
    if phrase != " ".join(taken):
        return None  # (spacing the split did not keep: left to the whole sentence)
    if _last_word(before[:start]).lower() in _BE_FORMS:
        # review of session 26: "He is a man whose wife died in a crash" is the subject's wife, not "A man’s wife":
        # a predicate noun owns as the clause's subject does; the whole sentence is told, as before.
        return None
    if opened and before[:start].rstrip().endswith(","):
        # "Ilsa Morrow, the architect whose towers rose": a description set off after a name owns as the name
        drawn = ctx.drawn_start
        named = _antecedent(ctx, start)
        if named is not None and named[:1].isupper() and _first_word(named) not in _ALL_PRONOUNS:
            return named
        ctx.drawn_start = drawn
    ctx.draw(start)
    return phrase


# What may follow a verb whose object a "whose" relative moved before it: an adjunct, not an object of its own.
_OBJECT_GAP_NEXT = words(
    "in on at by for from with against after before during over under despite without last this earlier on "
    "because when while as and but"
)
# After a "whose" relative's verb, "and" and a verb in -ed with a determined object: the main clause's verb again.
_MAIN_VERB_AGAIN = re.compile(r",?\s+and\s+(?=[a-z]{3,}ed\b)")
# "to" and a word no noun phrase opens with, after the relative's verb: the main clause's infinitive (review 3).
_TO_BARE_VERB = re.compile(
    r"\sto\s+(?!(?:the|a|an|its|their|his|her|our|this|these|those|some|all)\b|[A-Z0-9£$€])[a-z]+\b"
)
# Auxiliaries and "not" before a "whose" relative's own verb.
_LEADING_AUX = re.compile(
    r"^(?:(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|be|been|being|not|"
    r"never)\s+)*"
)


def _runs_on(predicate: str) -> bool:
    """Whether a "whose" relative's predicate runs on into the main clause (session 26, review 3): an infinitive
    ("whose flights were cancelled | to apply for refunds") or a second finite verb ("whose owners defaulted | fell
    sharply"). Such a summary is told as the whole sentence, as before session 26."""
    if _TO_BARE_VERB.search(predicate):
        return True
    rest = _LEADING_AUX.sub("", predicate.strip(), count=1).split(maxsplit=1)
    return len(rest) == 2 and _FINITE_WORD.search(rest[1]) is not None


# A "whose" and the thing it owns, right before a clause cut there: "the injured workers whose claims | were".
_WHOSE_THING = re.compile(r"\bwhose\s+(?P<thing>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+$")


def _possessive_mark(owner: str) -> str:
    """ "’" after a plural in -s ("patients’ care"), else "’s" ("the engineer’s bridges", "people’s homes")."""
    last = owner.split()[-1]
    return "’" if last.endswith("s") and plural_in_s(last.lower()) else "’s"


# An age between commas after a name, right before a relative's comma: "Lisa Marr, 34, who".
_AGE_APPOSITIVE = re.compile(r"(?<=[A-Za-z]),\s+(?:aged\s+)?\d{1,3}$")
# A verb of telling inside the words before a relative's comma: its object is what the relative stands for.
_TOLD_IN = re.compile(r"\b(?:told|tells|thanked|urged|warned|informed|asked|briefed)\s+")


def _people_in_objects(s: str, ctx: Context, subject: str | None) -> str:
    """ "ordered her to repay" -> "ordered Janet Moyer to repay" when "her" is the person the story is about."""

    def repl(m: re.Match[str]) -> str:
        who = ctx.book.subject_before(ctx.sent_start - 1)
        if who is None or (subject is not None and who in subject):
            return m.group()
        return m.group(1) + who

    return _OBJECT_PRONOUN.sub(repl, s)


def compose_verb(
    ctx: Context,
    c_start: int,
    c_end: int,
    verb_start: int,
    trig_start: int,
    trig_end: int,
    lemma: str,
    form: str,
) -> Summary:
    """Subject + verb phrase + object (see ``_compose_verb``), its opening surname in full."""
    made = _compose_verb(ctx, c_start, c_end, verb_start, trig_start, trig_end, lemma, form)
    made = _unspliced(_unbracketed(_without_markup(made)), ctx, c_start, trig_start, trig_end)
    made = _contact_clause(_without_not_only(made), ctx, c_start)
    made = _thing_named(_description_named(_pronoun_named(made, ctx, trig_end), ctx, trig_end), ctx)
    made = _inner_named(made, ctx)
    made = _subordinate_its(made, ctx, c_start)
    made = _subordinate_future(
        _expectation_aside_dropped(made), ctx, c_start, trig_start, trig_end, lemma, form
    )
    made = _subordinator_kept(_told_object_dropped(made, ctx, c_start), ctx, c_start)
    made = _asked_refusal(_concession_dropped(made, ctx, trig_start), ctx)
    if _doubled_group_word(made.text):
        # Session 32: a verb after "and" with its own modal given the first verb's too ("would put a contract out to
        # tender and | would not award it" was "The city would would not award it ..."): the word once.
        made = Summary(_DOUBLED_GROUP_WORD.sub(r"\g<w>", made.text), made.subject, made.speaker)
    return _question_told(
        in_full(
            _shape_mended(
                _inner_pronoun_named(_reported_possessive(_source_participle(made), ctx), ctx), ctx
            ),
            ctx.book,
            ctx.text,
        ),
        ctx,
        c_start,
    )


# Session 32: a concession fronted with "whether ... or not" ("Whether or not the bill passes, | the bank will cut
# 200 jobs", "So, whether he has wanted to admit it or not, | Trump has ..."): it holds no event of the main clause.
_WHETHER_CONCESSION = re.compile(
    r"\bwhether(?P<body>\s+or\s+not\b[^,;:“”\"]{1,120}?|[^,;:“”\"]{1,120}?\bor\s+not)\s*,\s+", re.IGNORECASE
)


# Session 33: a question fronted, then a refusal to answer it: "Asked whether the mill would close, she declined to
# say." was told whole, a participle opening it; it is the refusal with its question ("Mara Voss declined to say
# whether the mill would close.").
_ASKED_REFUSED = re.compile(
    r"^Asked\s+(?P<q>(?:whether|if|about|how|when|why|what|who|where)\s[^,;:“”\"]{3,160}?),\s+"
    r"(?P<who>[Hh]e|[Ss]he|[Tt]hey|(?:[Tt]he|[Aa])\s+[a-z]+|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
    # Session 34 (LEAD-NOTE-1, item 5): a description and the name set off after it, "the club's treasurer, Ilse
    # Brandauer,"
    r"|(?P<desc>(?:[Tt]he|[Aa]n?)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}),\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),)\s+"
    r"(?P<verb>declined|refused|would\s+not|did\s+not|could\s+not|wouldn[’']t|didn[’']t|couldn[’']t)\s+"
    r"(?:to\s+)?(?P<say>say|comment|answer|elaborate|discuss|speculate)(?P<tail>[^.;:]*)\.$"
)


def _asked_refusal(made: Summary, ctx: Context) -> Summary:
    """A fronted question and a refusal to answer it told as the refusal with its question: "Asked whether the mill
    would close, she declined to say." -> "Mara Voss declined to say whether the mill would close." ("she" named by
    the entity book's one resolver, ``EntityBook.pronoun_referent``, else kept: "She declined to say whether ...")."""
    m = _ASKED_REFUSED.match(made.text)
    if m is None:
        return made
    who = m.group("who")
    if m.group("name") is not None:
        desc = m.group("desc")
        who = f"{m.group('name')}, {desc[:1].lower()}{desc[1:]},"
    elif who.lower() in ("he", "she"):
        at = ctx.text.find(f", {who} ")
        ref = ctx.book.pronoun_referent(ctx.sent_start + at + 2, who.lower()) if at >= 0 else None
        who = ref.name if ref is not None and ref.kind == "person" else who.capitalize()
    else:
        who = who[:1].upper() + who[1:]
    verb = " ".join(m.group("verb").split())
    to = " to" if verb in ("declined", "refused") else ""
    q = m.group("q")
    say = m.group("say")
    if q.startswith("about") and say == "comment":
        q = "on" + q[len("about") :]
    return Summary(finish(f"{who} {verb}{to} {say} {q}{m.group('tail')}"), who, made.speaker)


def _concession_dropped(made: Summary, ctx: Context, trig_start: int) -> Summary:
    """The summary without a fronted "whether ... or not" concession its clause took in: "Not the bill passes, the
    Fennick Bank will cut 200 jobs." is "The Fennick Bank will cut 200 jobs." (what is left before the summary's
    first comma ends as the concession does)."""
    if ", " not in made.text or "whether" not in ctx.masked[ctx.opening : trig_start].lower():
        return made
    m = _WHETHER_CONCESSION.search(ctx.masked, ctx.opening, trig_start)
    if m is None:
        return made
    left, _, right = made.text.partition(", ")
    if not left.split() or left.split()[-1].lower() != m.group("body").split()[-1].lower() or not right:
        return made
    return Summary(finish(right[0].upper() + right[1:]), made.subject, made.speaker)


# A modal or an auxiliary written twice (never "had had", which is English).
_DOUBLED_GROUP_WORD = re.compile(
    r"\b(?P<w>would|will|could|should|might|may|must|can|shall|did|does|do|is|are|was|were|has|have)\s+(?P=w)\b",
    re.IGNORECASE,
)
# Session 34 (speed): the words of ``_DOUBLED_GROUP_WORD``, each once with one space after it and then again: with its
# white space folded to single spaces and lowercased, a text holds one of these wherever the pattern matches (its
# ``\s+`` is what ``str.split`` splits on). The pattern opens with a word boundary and was tried at every character
# of every verb's summary.
_DOUBLED_GROUP_PAIRS = ("would would", "will will", "could could", "should should", "might might", "may may",
                        "must must", "can can", "shall shall", "did did", "does does", "do do", "is is", "are are",
                        "was was", "were were", "has has", "have have")  # fmt: skip


def _doubled_group_word(text: str) -> bool:
    """``_DOUBLED_GROUP_WORD.search(text) is not None``, asked only of a text holding one of its pairs (a text with
    "ſ", "ı" or "İ", which IGNORECASE reads as "s" or "i" and ``str.lower`` does not, is asked as it is)."""
    if text.isascii() or not any(c in text for c in "ſıİ"):
        folded = " ".join(text.lower().split())
        if not any(pair in folded for pair in _DOUBLED_GROUP_PAIRS):
            return False
    return _DOUBLED_GROUP_WORD.search(text) is not None


# Session 32: a clause that is an embedded question. The verbs and adjectives that take a question after "if": every
# verb of asking, knowing, finding out, deciding and showing, in all its forms, and the adjectives of certainty (a
# closed family written out, none taken from a set). Not "say", "tell", "comment": "said if he spent the day there he'd
# be ..." is a condition inside what was said (the first 300 PolNeAR train articles).
_QUESTION_TAKERS = frozenset(
    f
    for lemma in words(
        "ask inquire enquire wonder know see check find discover learn determine decide establish investigate "
        "examine consider assess judge disclose reveal confirm explain specify show indicate question doubt predict "
        "guess"
    )
    for f in forms(lemma).all()
) | words("clear unclear sure unsure certain uncertain known unknown aware undecided")
_QUESTION_OPENS = re.compile(r"(?P<q>whether|if)\s+(?P<first>[\w’'-]+)", re.IGNORECASE)
# the word before the question (not a comma: "Whether or not ..., the firm will" is a concession), "not", "on",
# "about", "over" or "of" between them ("declined to comment on whether", "not sure if")
_QUESTION_GOVERNOR = re.compile(r"\b(?P<gov>[a-z]+)(?:\s+(?:not|on|about|over|of))?\s+$")


def _question_told(made: Summary, ctx: Context, c_start: int) -> Summary:
    """ "The company declined to comment on | whether it would lay off workers" gave "Norrhal Steel would lay off
    workers.", and "The trust has not said | whether it will pay the ransom" "The trust will pay the ransom.": a
    question told as its answer, a wrong answer no checker of the summary alone can see. A clause that opens with
    "whether" after a word, or with "if" after a verb of asking, knowing or deciding (``_QUESTION_TAKERS``),
    is told as the open question it is: "Whether Norrhal Steel would lay off workers is not known." (the words that
    ask it are the event before's own summary, and one summary twice is one event to the grounding)."""
    q = _QUESTION_OPENS.match(ctx.masked, c_start)
    if q is None or c_start <= ctx.opening or re.search(r"\b(?:whether|if)\b", made.text, re.IGNORECASE):
        return made  # (the summary tells the question already: "It did not say whether that unit would be shut.")
    if q.group("first").lower() == "to":
        return made  # "decide whether to close the depot" is told "The board may close ..." (session 31's convention)
    gov = _QUESTION_GOVERNOR.search(ctx.masked, max(ctx.opening, c_start - 40), c_start)
    if gov is None or (q.group("q").lower() == "if" and gov.group("gov").lower() not in _QUESTION_TAKERS):
        return made
    text = made.text.rstrip(".!? ")
    first = _first_word(text)
    if first in ("the", "a", "an") or (first == q.group("first").lower() and q.group("first")[:1].islower()):
        text = text[0].lower() + text[1:]  # "the pool", not "The pool" ("Norrhal Steel" as written)
    # (an aside ending the question is closed before the verb: "Whether Quarnell Bank would back the next title
    # match, due in 2028, is not known.")
    close = "," if ", " in text else ""
    return Summary(f"Whether {text}{close} is not known.", made.subject, made.speaker)


# Session 30 (LEAD-NOTE-s30-1, item 4): a subordinator right before the clause ("... will be taught in portable
# classrooms after | asbestos was found in the ceiling of its main hall").
_SUBORDINATOR_JUST_BEFORE = re.compile(r"\b(?:after|because|since|when|until|before|as|while|once)\s+$")
_SUBORDINATOR_OPENS = re.compile(r"\s*(?:after|because|since|when|until|before|as|while|once)\s+")


# Session 31: a subordinator of time right before the clause, or opening it ("... will lead the university while | a
# search for a successor is carried out"): English tells the future there in the present tense.
_TIME_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:until|till|while|once|when|whenever|before|after|as\s+soon\s+as)\s+$"
)
_TIME_SUBORDINATOR_OPENS = re.compile(
    r"\s*(?:until|till|while|once|when|whenever|before|after|as\s+soon\s+as)\s+"
)
# The main clause before it tells the future: "will", "shall", "’ll", "is to", "are due to", "is set to" (not inside
# another subordinate clause or a quotation: the words read are the sentence's up to the clause, masked).
_FUTURE_MAIN = re.compile(
    r"\b(?:will|shall|won[’']t)\b|[’']ll\b|\b(?:is|are)\s+(?:(?:due|set|expected|scheduled|going)\s+)?to\s+[a-z]+\b"
)
_PAST_OR_MODAL_MAIN = re.compile(r"\b(?:would|could|might|should|was|were|had|did)\b")
# In the summary: a present "is"/"are" before the trigger's participle ("is carried out", "are replaced").
_PRESENT_PASSIVE = re.compile(r"\s(?P<be>is|are)\s+(?=(?:\w+ly\s+)?\S+$)")


def _subordinate_future(
    made: Summary, ctx: Context, c_start: int, trig_start: int, trig_end: int, lemma: str, form: str
) -> Summary:
    """ "A deputy vice-chancellor will lead the university from 1 January while a search for a permanent successor is
    carried out": the clause of time tells a planned act in the present tense, as English does after "while",
    "until", "once", "when" under a main clause of the future; told alone it reads as done ("A search ... is carried
    out."). The summary is told in the future: "will be carried out" for a passive, "will" and the verb's base for
    a present in -s ("until the council appoints" -> "The council will appoint"). Not after a past or a modal main
    clause ("stayed closed until the cables were replaced" stays), nor a present main clause."""
    if c_start == 0 or (
        _TIME_SUBORDINATOR_BEFORE.search(ctx.masked, max(0, c_start - 16), c_start) is None
        and _TIME_SUBORDINATOR_OPENS.match(ctx.masked, c_start) is None
    ):
        return made
    main = ctx.masked[ctx.opening : c_start]
    if _FUTURE_MAIN.search(main) is None or _PAST_OR_MODAL_MAIN.search(main) is not None:
        return made
    trig = ctx.text[trig_start:trig_end]
    text = made.text
    at = text.find(f" {trig}")
    if at < 0:
        return made
    head, tail = text[:at], text[at:]
    first = trig.split()[0].lower() if trig.split() else ""
    participle = form == "past" or (form == "phrasal" and (first.endswith(("ed", "en")) or first in PASTS))
    passive = _PRESENT_PASSIVE.search(head + " " + first) if participle else None
    if passive is not None and passive.end() >= len(head):
        told = f"{head[: passive.start()]} will be{head[passive.end() - 1 :]}{tail}"
    elif (
        form not in ("past", "phrasal", "gerund")
        and trig.endswith("s")
        and trig.lower() != lemma
        and lemma.isalpha()
        and not re.search(r"\b(?:will|is|are|has|have|not|n[’']t)\s*$", head)
    ):
        told = f"{head} will {lemma}{tail[len(trig) + 1 :]}"
    else:
        return made
    return Summary(told, made.subject, made.speaker)


# Session 31 (LEAD-NOTE-lead-1, item 1): a verb of telling right before the clause, its object, then the told clause's
# own subject with no "that" between ("told | the tribunal the firm had paid ..."): the object is no part of the
# subject. The told clause's subject opens with a determiner, a possessive or a capital.
_TELLING_BEFORE = re.compile(r"\b(?:told|tells|tell|telling|informed|assured|reminded|warned|promised)\s+$")
_TOLD_OBJECT_THEN_SUBJECT = re.compile(
    r"\s*(?P<obj>(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?!(?:at|in|on|of|for|with|from|to|by|about|during|after|"
    r"before|that)\s)[a-z][\w’'-]*\s+){0,2}?(?!(?:at|in|on|of|for|with|from|to|by|about|during|after|before|that)\s)"
    r"[a-z][\w’'-]*)\s+"
    r"(?=(?:the|a|an|its|his|her|their|this|these|those)\s+[\w’'-]+|[A-Z][\w’'-]+\s+[a-z])"
)


def _told_object_dropped(made: Summary, ctx: Context, c_start: int) -> Summary:
    """ "Dara Quill told the tribunal the firm had paid £40,000 in fines" gave "The tribunal the firm had paid £40,000
    in fines.": the clause starts right after "told", and its first words are the verb's object, not the told
    clause's subject. The object is left out when the summary opens with it and a noun phrase follows it
    ("The firm had paid £40,000 in fines.")."""
    if c_start == 0 or _TELLING_BEFORE.search(ctx.masked, max(0, c_start - 12), c_start) is None:
        return made
    m = _TOLD_OBJECT_THEN_SUBJECT.match(ctx.masked, c_start)
    if m is None or MASK in m.group("obj"):
        return made
    obj = ctx.text[m.start("obj") : m.end("obj")]
    text = made.text
    if not text.lower().startswith(obj.lower() + " ") or obj.split()[-1].lower() in _VERB_GROUP:
        return made
    rest = text[len(obj) + 1 :]
    subject = made.subject
    if subject is not None and subject.lower().startswith(obj.lower() + " "):
        subject = subject[len(obj) + 1 :]  # the verb after "and" borrows it: "... and would close the depot"
    return Summary(rest[0].upper() + rest[1:], subject, made.speaker)


# Session 31: a subordinator opening the clause ("But even if | the tax reduced ..., it would still raise ...", "as
# unrest spread through the city, they shot ..."), read past "but"/"and"/"so" and "even".
_CLAUSE_SUBORDINATOR = re.compile(
    r"\s*(?:(?:but|and|so|yet)\s+)?(?P<sub>(?:even\s+)?(?:if|as|when|whenever|while|after|before|because|although|"
    r"though|since|once|unless))\s+(?P<first>[\w’'-]+)",
    re.IGNORECASE,
)
# A second clause after the summary's first comma: a subject (a pronoun, "there", or a capitalised word) and a finite
# verb group within its next two words ("..., they shot 41 people dead", "..., Washington put ...", "..., it would").
_SPLICED_CLAUSE = re.compile(
    r"^(?P<left>[^,“”\"()]{8,}),\s+(?:(?:he|she|it|they|we|there)|(?:the\s+)?[a-z]+[^\Ws]s"
    # Session 34: a determined noun phrase of up to six words, a bare noun and its modifiers ("..., both men issued",
    # "..., harm would come", "..., gun rights activists dredged up", "..., a fashion designer for the G-III Apparel
    # Group watched")
    r"|(?:(?:the|a|an|both|all|some|many|most|each|his|her|their|its|whoever)\s+)(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+"
    r"|(?!(?:and|but|or|so|then|who|which|that|where|when|while|as|if|including|according|even|not|saying|adding)\b)"
    r"(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]{2,}|whoever"
    r"|(?:the\s+)?(?!(?:And|But|Or|So|Then|Who|Which|That|"
    r"Where|When|While|As|If|Including|According|Even|Not)\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
    r"(?:(?:also|still|then|now|soon|later|quickly|simply|never|not)\s+)?"
    r"(?P<verb>would|will|could|can|may|might|must|should|shall|is|are|was|were|has|have|had|did|does|do|[a-z]+ed|"
    + "|".join(sorted(PASTS, key=len, reverse=True))
    + r")\b"
)
# Session 32: a subordinate clause run into its main clause with no comma: the main clause opens with a subject (a
# pronoun, or a determiner and one or two words) and a modal.
_GLUED_MAIN = re.compile(
    r"\s(?=(?:it|they|there|(?:the|its|their|his|her)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+"
    r"(?:would|will|could|can|may|might|must|should|shall)\s)"
)
_LEFT_MODAL = re.compile(
    r"\b(?:would|will|could|can|may|might|must|should|shall)\b"
)  # ("until May": no modal)
_GLUE_MARKS = re.compile(r"[,;:“”\"()]")


def _glued_main(text: str) -> tuple[str, str] | None:
    """(the subordinate clause, the main clause) of a summary that runs one into the other with no comma, the left
    at least three words: the first place a subject and a modal start."""
    if len(text.split()) < 6 or _GLUE_MARKS.search(text) is not None:
        return None
    for m in _GLUED_MAIN.finditer(text):
        left = text[: m.start()]
        if _LEFT_MODAL.search(left) is not None:
            return None  # a clause with its own modal: "he would know in six months whether | he could ..."
        if len(left.split()) >= 3:
            return (left, text[m.end() :]) if left.split()[-1].lower() not in _GLUE_NOT_END else None
    return None


_GLUE_NOT_END = words(
    "and or but that which who whom whose whether of to in on at for with by from than as if"
)
_SPLICE_REPORTING = SAID_FORMS | words("reported estimated noted explained suggested stressed")
_SUBORDINATOR_BEFORE_CLAUSE = re.compile(
    r"(?:^|[\s,])(?P<sub>(?:even\s+)?(?:if|as|when|whenever|while|after|before|because|although|though|since|once|"
    r"unless))\s+$",
    re.IGNORECASE,
)


def _subordinator_kept(made: Summary, ctx: Context, c_start: int) -> Summary:
    """ "If voters supported him, he would fight for them as president" gave "Voters supported Bill Clinton, he would
    fight for them as president.": the clause's subordinator was left out as an opening word of the sentence, and what
    is left is two clauses joined by a comma, the condition told as a fact. When the summary is such a splice and opens
    with the clause's first word after its subordinator (or the name the book gives for its pronoun), the summary keeps
    the subordinator: "If voters supported Bill Clinton, he would fight ...". A summary of one clause is untouched."""
    text = made.text
    glued = None
    if ", " not in text:
        # Session 32: a condition with no comma before its main clause ("if the river stayed closed until March | it
        # could knock ..." was "The river stayed closed until March it could knock ..."): the main clause's subject
        # and modal tell where it starts, and the comma goes there.
        glued = _glued_main(text)
        if glued is None:
            return made
    m = _CLAUSE_SUBORDINATOR.match(ctx.masked, c_start)
    if m is None:
        # the clause may start after its subordinator: "... as | unrest spread"
        before = _SUBORDINATOR_BEFORE_CLAUSE.search(ctx.masked, max(0, c_start - 24), c_start)
        first_m = _WORD.match(ctx.masked, c_start)
        if before is None or first_m is None:
            return made
        sub, written = before.group("sub").lower(), first_m.group()
    else:
        sub, written = m.group("sub").lower(), m.group("first")
    first = written.lower()
    if glued is not None:
        # (a condition only: after "when" or "as" the words may be a noun and its contact relative, "there are
        # people closer to home | he might have wanted to kill", read in the reading pool)
        if sub.split()[-1] not in ("if", "unless"):
            return made
        text = f"{glued[0]}, {glued[1]}"
    else:
        spliced = _SPLICED_CLAUSE.match(text)
        if spliced is None or spliced.group("verb").lower() in _SPLICE_REPORTING:
            return made
    if (
        _first_word(text) == sub.split()[-1]
        or text.lower().startswith(sub)  # ("Even as they all vowed ...": told with it already)
        or (_first_word(text) != first and first not in _ALL_PRONOUNS)
    ):
        return made
    # (lower case again only where the sentence writes the word so: "the levy", not "Trump")
    rest = text[0].lower() + text[1:] if written[:1].islower() and _first_word(text) == first else text
    return Summary(f"{sub[0].upper()}{sub[1:]} {rest}", made.subject, made.speaker)


# A participle aside of expectation set off inside the subject ("A search for a successor, expected to take up to nine
# months, | is carried out"): a forecast about the thing, not the event; the summary leaves it out.
_EXPECTATION_ASIDE = re.compile(
    r"^(?P<np>[^,“”\"]{3,120}?),\s+(?:(?:initially|originally|now|widely)\s+)?(?:expected|due|set|likely|unlikely|"
    r"thought|believed|estimated|projected|forecast|scheduled|planned|said|reported)\s+to\s+[^,;:“”\"()]{1,80},\s+"
    r"(?=(?:is|are|was|were|will|would|has|have|had|could|may|might|must|should|can)\b)"
)


def _expectation_aside_dropped(made: Summary) -> Summary:
    m = _EXPECTATION_ASIDE.match(made.text) if ", " in made.text else None
    if m is None:
        return made
    return Summary(m.group("np") + " " + made.text[m.end() :], made.subject, made.speaker)


def _subordinate_its(made: Summary, ctx: Context, c_start: int) -> Summary:
    """ "Asbestos was found in the ceiling of its main hall." -> "... of Larchfield Primary School’s main hall." when
    the clause is a subordinate one after a main clause that names one organisation ("More than 300 pupils at
    Larchfield Primary School will be taught ... after"), no other body or place is named in the sentence, and the
    summary names none itself. Else as composed: "its" may be the clause's own thing's ("The storm lost its
    strength")."""
    text = made.text
    if text.count(" its ") != 1 or text.startswith("Its ") or "“" in text or '"' in text:
        return made
    if (
        _SUBORDINATOR_JUST_BEFORE.search(ctx.masked, max(0, c_start - 12), c_start) is None
        and _SUBORDINATOR_OPENS.match(ctx.masked, c_start) is None
    ) or c_start == 0:
        return made
    mentions = ctx.book.mentions_between(ctx.sent_start, ctx.sent_start + len(ctx.text))
    bodies = {x.key for x in mentions if x.type in ("organization", "group", "place") and x.key}
    before = [x for x in mentions if x.type == "organization" and x.key and x.end <= ctx.sent_start + c_start]
    if len(bodies) != 1 or not before or before[-1].in_quote:
        return made
    subject = made.subject or ""
    if subject and ctx.book.type_of(ctx.book.canonical(subject)) is not None:
        return made  # a name opens the summary: the owner may be it
    owner = ctx.text[before[-1].start - ctx.sent_start : before[-1].end - ctx.sent_start]
    if ctx.text[max(0, before[-1].start - ctx.sent_start - 4) : before[-1].start - ctx.sent_start] in (
        "the ",
        "The ",
    ):
        owner = "the " + owner
    told = text.replace(" its ", f" {owner}{_possessive_mark(owner)} ", 1)
    return Summary(told, made.subject, made.speaker)


# Session 26 (LEAD-NOTE-s26-1): a source's participle in a reporting tail, the source's own verb after it: "...,
# figures published on Thursday show." was "Figures published on Thursday show." (the publication told with the
# tail's verb and no object).
_SOURCE_PARTICIPLE_TAIL = re.compile(
    r"(?P<np>[A-Z][\w’' -]{0,60}?)\s+(?P<part>published|released|issued|compiled|collected|gathered|obtained)"
    r"(?P<rest>\s+[^,;:“”\"]{1,60}?)?\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|"
    r"indicated|reveal|reveals|revealed|say|says)\.$"
)


def _source_participle(made: Summary) -> Summary:
    m = _SOURCE_PARTICIPLE_TAIL.fullmatch(made.text)
    if m is None:
        return made
    np = m.group("np")
    be = "were" if plural_subject(np.split()[-1]) else "was"
    return Summary(f"{np} {be} {m.group('part')}{m.group('rest') or ''}.", np, made.speaker)


# Subordinators that make a clause before a comma depend on the clause after it ("as voters learned more, X will
# lose support"; "if Y implied that ..., he did not ..."): the clause opening strips some of them, and the two
# clauses were then told as one sentence joined by a bare comma.
_SPLICE_SUBORDINATORS = words(
    "if as before after when while where whereas since because although though unless until once"
)
# A comma, then a subject and a finite verb (an auxiliary, a modal or a past tense, after two adverbs at most): the second clause
# of a comma splice. The subject is a pronoun, a capitalised name of up to four words, or a short noun phrase.
_SPLICE_COMMA = re.compile(
    r",\s+(?:he|she|it|they|we|there|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    # Session 17: a name and a plural noun ("Dover ferries"), or a plural noun alone ("..., ferry operators cut ...")
    r"(?:\s+[a-z]{3,}[^s\W’']s)?|(?:(?!(?:and|or|but|nor|yet|so|which|who|that|while|as)\b)[a-z]+\s+)?[a-z]{3,}[^s\W’']s"
    r"|(?:the|a|an|his|her|their|its|some|many|most)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    # an adverb or two, one in -ly too, before the verb ("..., Mayor Holm also quickly ordered ...")
    r"\s+(?:(?:also|still|now|not|never|only|already|even|then|just|(?!only\b|early\b)[a-z]{3,}ly)\s+){0,2}"
    r"(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might|must|should|[a-z]{2,}ed|won|"
    r"lost|said|made|took|gave|got|came|went|left|led|held|ran|beat|became|told|began|sent|kept|met|paid)\b"
)


_SPLICED_PRONOUNS = words("he she it they we i there this that")
# Subordinators of a condition: the clause they open is no fact told alone.
_CONDITIONS = words("if unless once until")
# Opening words written small after a subordinator put back before them.
_LOWER_OPENINGS = words(
    "the a an there it he she they we you this that these those its his her their our your"
)
# What is left after a comma when it is only who said it ("analysts said.").
_REPORTING_ONLY = re.compile(
    r"(?:[\w’'.-]+\s+){0,3}(?:said|says|added|wrote|argued|noted|explained|claimed|told\s+\w+)\.?",
    re.IGNORECASE,
)


def _unspliced(made: Summary, ctx: Context, c_start: int, trig_start: int, trig_end: int) -> Summary:
    """A summary that told a subordinate clause and its main clause as one sentence joined by a comma
    ("Voters learned more about his record, Sanders will begin to lose support.") keeps the clause that holds
    the trigger, a shorter complete sentence ("Sanders will begin to lose support."). Only when the clause
    opened with a subordinator (in the sentence, or still in the summary): a series of clauses ("Hale missed
    his cue, Lee stared at the camera and ...") is a sentence of its own."""
    splice = _SPLICE_COMMA.search(made.text)
    if splice is None:
        return made
    opening = _first_word(made.text) in _SPLICE_SUBORDINATORS
    if _first_word(made.text) in ("if", "unless"):
        return made  # a condition the summary still states is the event's ("If the strike goes ahead, ...")
    before = ctx.masked[max(0, c_start - 12) : c_start].split()
    lead = _first_word(ctx.masked[c_start:])
    if not (
        opening or lead in _SPLICE_SUBORDINATORS or (before and before[-1].lower() in _SPLICE_SUBORDINATORS)
    ):
        return made
    trigger = re.compile(r"\b" + re.escape(ctx.text[trig_start:trig_end]) + r"\b")
    head, rest = made.text[: splice.start()], made.text[splice.start() + 1 :].strip()
    in_head, in_rest = trigger.search(head) is not None, trigger.search(rest) is not None
    dropped = lead if lead in _SPLICE_SUBORDINATORS else (before[-1].lower() if before else "")
    if in_head and not opening and dropped in _CONDITIONS:
        # "if voters backed the levy, | the mayor would resign": told alone the condition would be a fact; the
        # sentence keeps it as one ("If voters backed the levy, the mayor would resign.").
        if dropped == "until" or re.search(
            rf"\b{dropped}\s+{re.escape(ctx.text[trig_start:trig_end])}\b", made.text, re.IGNORECASE
        ):
            # (a summary that already holds the condition with its trigger, "... said that, if elected, she would
            # ...", is the sentence told whole: an "If" before it would make the whole sentence the condition)
            return made
        first = made.text.split()[0]
        lowered = first.lower() if first.lower() in _LOWER_OPENINGS else first
        return Summary(
            finish(f"{dropped.capitalize()} {lowered}{made.text[len(first) :]}"), made.subject, made.speaker
        )
    if in_rest and _REPORTING_ONLY.fullmatch(rest) is not None:
        return made  # "..., analysts said.": what is left after the comma is a reporting tail, no clause
    if in_rest and not in_head and _first_word(rest) not in _SPLICED_PRONOUNS:
        # (a pronoun opening the main clause stands for a name in the clause cut off: "A petition tops 100,000
        # signatures, it must be debated" is left as written, not "It must be debated.")
        return Summary(finish(cut_tail(rest)), made.subject, made.speaker)
    if in_head and not in_rest and not opening:
        return Summary(finish(head), made.subject, made.speaker)
    return made


# Markup and list marks the body kept before a sentence ("~ ", "<tweet id=... >"): no part of what happened.
_MARKUP_OPENING = re.compile(r"^(?:[~•*·>]+\s*|<[a-z][^<>]{0,200}>\s*)+")


def _without_markup(made: Summary) -> Summary:
    m = _MARKUP_OPENING.match(made.text)
    if m is None or m.end() == len(made.text):
        return made
    return Summary(finish(made.text[m.end() :]), made.subject, made.speaker)


def _unbracketed(made: Summary) -> Summary:
    """A sentence the writer set in parentheses is told without them (session 19): "(The ferry was refloated on
    Monday.)." is "The ferry was refloated on Monday."; an opening parenthesis the clause break left unclosed
    ("(The ferry was refloated on Monday.") goes too. A parenthesis that closes inside the summary ("(See the
    chart) ...") leaves it as written: what follows it is no part of the aside."""
    text = made.text
    if not text.startswith("("):
        return made
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            if text[i + 1 :].strip(" .") or not text[1:i].strip(" ."):
                return made
            return Summary(finish(text[1:i]), made.subject, made.speaker)
    if depth != 1 or not text[1:].strip(" ."):
        return made  # (another parenthesis left open inside: no telling which one the break cut)
    return Summary(finish(text[1:]), made.subject, made.speaker)


# "not only" inside a clause, before the words it stresses (session 19): its "but also ..." is a clause of its own that
# the clause break cut off.
_NOT_ONLY = re.compile(r"(?<=\s)not\s+only\s+(?=[a-z$€£\d])")
# The second half still there: "but", "also", or a comma that may open it ("not only closed the pier, it also ...").
_BUT_AFTER = re.compile(r"\b(?:but|also)\b|,")
_QUOTE_MARKS = re.compile(r"[“”\"]|''")


def _without_not_only(made: Summary) -> Summary:
    """ "The council not only closed the pier | but also ..." is "The council closed the pier.": the pair's second
    half was cut off, and the shorter sentence is the one the summary can vouch for (what else was done is told by
    the event of the clause cut off, if any). Not where a "but", an "also" or a comma still follows, nor in quoted
    words (the speaker's)."""
    m = _NOT_ONLY.search(made.text) if "only" in made.text else None  # (its word first; session 28, speed)
    if m is None or _BUT_AFTER.search(made.text, m.end()) or _QUOTE_MARKS.search(made.text):
        return made
    stressed = _first_word(made.text[m.end() :])
    if made.text[: m.start()].rstrip().endswith(",") and not (
        stressed in _VERB_GROUP or stressed in PASTS or stressed.endswith("ed")
    ):
        # ", not only to save money": an aside of its own, whose "but" may never come (a verb after it is the
        # clause's own: "The council, in May, not only closed the pier")
        return made
    return Summary(finish(made.text[: m.start()] + made.text[m.end() :]), made.subject, made.speaker)


# A one-word name opening a summary, before its possessive, a comma, a space or the full stop: "Kimbrough
# appeared", "Aldergrove, 58, has not said", "Marchesin’s agent".
# An Irish "O’" before the capital is part of the name ("O’Malley spoke").
# Not a word a capitalised word follows: "Ortega Build Ltd pleaded guilty" is the company, not Alan Ortega's
# surname ("Alan Ortega Build Ltd pleaded guilty", session 23).
_OPENING_SURNAME = re.compile(r"(?P<name>[A-Z](?:[’'][A-Z])?[a-z][\w-]*)(?=(?:’s|'s)?[\s,.])(?!\s+[A-Z])")


# What makes the surname opening a summary part of a firm's name: "Pennick & Lowe", "Pennick and Sons", "Pennick Ltd".
_FIRM_AFTER_SURNAME = re.compile(
    r"\s*(?:&|and\s+(?:Sons|Son|Daughters|Partners|Co)\b|(?:Ltd|Limited|plc|PLC|LLP|Inc|LLC|Group|Brothers|Bros)\b)"
)


def in_full(made: Summary, book: EntityBook, sentence: str = "") -> Summary:
    """The summary with the surname it opens with in full, when exactly one person of the article bears it
    ("Kimbrough appeared in court" -> "Dale Kimbrough appeared in court": the SPEC's "full names"; the
    surname in the evidence is an alias of the entity). Two people of one surname ("Bill Clinton", "Hillary
    Clinton"), a name that is no person's, and a title before the name leave it as written. Records the
    entity book made of a word before a name ("Republican Dale Kimbrough", "Former Kimbrough", "Maybe
    Kimbrough") are no second bearer, and never the full name written out."""
    m = _OPENING_SURNAME.match(made.text)
    if m is None or m.group("name").lower() in _NOT_SURNAMES:
        return made
    if _FIRM_AFTER_SURNAME.match(made.text, m.end()):
        return made  # Session 28 (lead): "Hartwell & Crane" is a firm, not Giles Hartwell's "& Crane"
    name = m.group("name")
    bearers = {
        r.name
        for r in book.records.values()
        if r.type == "person" and len(r.name.split()) > 1 and r.name.split()[-1] == name
    }
    full = sorted({bare for b in bearers if (bare := _bare_name(b)) is not None})
    if (
        len(full) > 1
        and book.type_of(name) == "person"
        and (owner := _bare_name(book.canonical(name))) in full
        and _fits_own_pronoun(made.text[m.end() :], book.canonical(name), book)
        and _fits_own_pronoun(_after_word(sentence, name), book.canonical(name), book)
    ):
        # Two people of one surname, and the article wrote the bare surname as one of them: the entity book
        # gave it to the person who bore it when it first stood alone ("Hillary Clinton ... Clinton won ...
        # her husband, Bill Clinton": the surname is hers). Newswriting calls the other one by the full name
        # ever after, so the book's owner is the summary's (session 13: 37 of 200 PolNeAR train articles'
        # summaries opened with a bare "Clinton", "Trump", "Rubio" the book had given to one person).
        full = [owner]
    if len(full) != 1 or book.type_of(name) not in (None, "person"):
        return made
    if book.canonical(name) not in (name, full[0], *bearers):
        return made
    # The surname is an alias of the person written out (the SPEC: every name of a summary is in its evidence
    # or among the aliases of an entity named there), without making it a key of the book: other families'
    # lookups of the bare surname stay as the book decided them.
    rec = min(
        (r for r in book.records.values() if r.type == "person" and _bare_name(r.name) == full[0]),
        key=lambda r: (r.name != full[0], r.name),
    )
    if name not in rec.aliases:
        rec.aliases.append(name)
    subject = full[0] if made.subject == name else made.subject
    return Summary(full[0] + made.text[m.end() :], subject, made.speaker)


# The first personal pronoun of a summary after its opening name, with no other name before it: the one it
# stands for is the opening name's ("Clinton arrived ..., where he met the mayor" is Bill, whoever owns the bare
# surname in the book).
_FIRST_PERSONAL = re.compile(r"^[^A-Z“\"]*?\b(?P<pron>he|his|him|himself|she|her|hers|herself)\b")
_PRONOUN_GENDER = {"his": "he", "him": "he", "himself": "he", "her": "she", "hers": "she", "herself": "she"}


def _after_word(sentence: str, name: str) -> str:
    """The sentence after the first standing of ``name`` in it ("" when it is not there)."""
    m = re.search(rf"\b{re.escape(name)}\b", sentence)
    return sentence[m.end() :] if m is not None else ""


def _fits_own_pronoun(rest: str, owner: str, book: EntityBook) -> bool:
    """False when the summary's own pronoun for its opening name says the book's owner of the surname is not the
    one meant (session 13: a "he" after a bare "Clinton" the book gave to Hillary Clinton)."""
    m = _FIRST_PERSONAL.match(rest)
    if m is None:
        return True
    pron = m.group("pron")
    return book.fits_pronoun(owner, _PRONOUN_GENDER.get(pron, pron))


def _bare_name(name: str) -> str | None:
    """A person record's name without the words before it the entity book took into it ("Republican Dale
    Kimbrough", "Challenger Devan Hale" are "Dale Kimbrough", "Devan Hale"); None when what is left is no
    first name and surname: one word ("Former Kimbrough", "Never Kimbrough"), a headline's words ("Judge Rules
    Against Dale Kimbrough"), a word between that is no name ("Reporting On Kimbrough"), or an adverb in -ly
    ("Interestingly Kimbrough")."""
    ws = name.split()
    while len(ws) > 1 and ws[0].lower().strip(".,") in _NOT_FIRST_NAMES:
        ws = ws[1:]
    if not 1 < len(ws) <= 3 or any(w.lower().strip(".,") in _NOT_FIRST_NAMES for w in ws[1:-1]):
        return None
    first = ws[0].lower()
    if len(first) >= 8 and first.endswith(_ADVERB_ENDINGS):
        return None
    return " ".join(ws)


# Words that open a sentence before a name and are no first name: the entity book may take them into the
# name ("Challenger Devan Hale will be sworn in"), so a full name opening with one is not written out.
_NOT_FIRST_NAMES = (
    ROLE_WORDS
    | LOWER_ROLE_HEADS
    | COMMON_CAPITALISED
    | words(
        "challenger incumbent candidate rival nominee hopeful frontrunner winner veteran newcomer striker "
        "midfielder defender goalkeeper forward singer actor actress author novelist rapper star former late"
    )
    # Party and camp words a writer puts before a politician's name ("Republican Dale Kimbrough").
    | words(
        "republican republicans democrat democrats democratic gop conservative liberal progressive socialist"
    )
    # Adverbs and connectives opening a sentence, and headline verbs, read as a first name by the entity book
    # ("Maybe Kimbrough could ...", "Never Kimbrough", "Report Reveals Kimbrough", "Continued" after a page
    # break).
    | words(
        "maybe perhaps never also even just only still now then so thus meanwhile however indeed suddenly "
        "report reports reveals reveal reporting continued combine having exclusive"
    )
)
# Endings of adverbs a sentence opens with before a name: "Interestingly Kimbrough" (no "Beverly", "Kimberly").
_ADVERB_ENDINGS = ("ingly", "edly", "ally", "ently", "antly", "ously", "ively")
# Capitalised words opening a summary that are no one's surname.
_NOT_SURNAMES = words(
    "the a an it he she they we i this that these those his her its their some many most several both all "
    "after before when while if in on at by for with as but and or so then yet no not one two three"
)


# A comma, then a finite verb with no subject of its own: the sentence's main clause going on after a clause that
# held the trigger ("Greta Holm, who sold her boat in April, | opened a cafe ..."). A word in -s is a verb only
# before a word that is no verb and no joining word ("..., harbour officials said" is a tail).
# Past tenses not ending in -ed: the inflection table's (``inflect.PASTS``), and common ones it lacks.
_PASTS = "|".join(
    sorted(
        PASTS
        | words(
            "saw said told won lost went came took gave made got began became held kept left led met paid ran sent"
        )
        | words("stood wrote thought found felt knew grew fell rose spent sought sold"),
        key=len,
        reverse=True,
    )
)
_MAIN_RESUMES = re.compile(
    r",\s+(?:(?:also|still|now|later|currently|eventually|even|already|never|not|[a-z]{3,}ly)\s+)*"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|"
    + _PASTS
    + r"|[a-z]{3,}ed|(?!(?:this|thus|plus|bus|gas|yes)\b)[a-z]{2,}[^s\W’']s(?=\s+[“\"]?[a-z])(?!\s+(?:and|or|nor|said|say|says|are|were|have|had|will|"
    r"would|who|which|that|of|in|on|at|for|from|with|to)\b))\b"
)
# "and" or "or" then a verb, closing a series of verbs one subject governs ("closed X, fired Y, and sold Z").
_SERIES_END = re.compile(
    r"\s(?:and|or)\s+(?:(?:also|then|later|even|[a-z]{3,}ly)\s+)*(?:is|are|was|were|has|have|had|will|would|"
    + _PASTS
    + r"|[a-z]{3,}ed|[a-z]{3,}[^s\W’']s)\b"
)
# Words before the trigger that make its clause a subordinate or relative one, the main clause still to come.
_SUBORDINATE_OPENERS = SUMMARY_SUBORDINATORS | words("who which whom whose")


# Words opening a phrase between "who" and its verb ("who like her father trained"): no subject of an object
# relative.
_BEFORE_WHOSE_VERB = words("unlike like despite after before since in as until during with for at on")
# A preposition an object relative leaves at the verb's end ("which the councillors will vote on next Thursday").
_STRANDED = re.compile(
    r"^\s+(?P<prep>on|for|about|with|against|to|at|in|into|over)\b(?=\s*$|\s+(?:next|last|this|on|in|earlier|later|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)\b)"
)

# An adverb or a time opening the words after an object relative's verb: the object goes before it ("which Ana Varga
# won | easily", "which the club won | in 2019").
_TIME_WORD = (
    r"(?:\d|(?:next|last|this|early|late|earlier|later|the\s+following)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
)
_ADJUNCT_FIRST = re.compile(
    rf"^\s+(?:(?!only\b|early\b|likely\b)[a-z]{{3,}}ly\b|(?:in|on|at|during|since|by|before|after|until)\s+{_TIME_WORD}"
    rf"|{_TIME_WORD}|(?:yesterday|today|tonight)\b)",
    re.IGNORECASE,
)


def _phrase_then_group(rest: str, own_group: str) -> bool:
    """Whether the words between a relative and its verb are a short phrase set off before it ("who | since January |
    has run the repair crews"), with or without a verb group of their own: the relative is still the verb's
    subject."""
    parts = rest.split()
    if not 2 <= len(parts) <= 6 or parts[0].lower() not in _BEFORE_WHOSE_VERB:
        return False
    return bool(own_group) or any(_is_verb_group(" ".join(parts[k:])) for k in range(2, len(parts)))


def _verb_first(rest: str) -> bool:
    """Whether the words after a relative open with a verb ("who hired two divers to | inspect the pier"), so the
    relative is the subject, not the object of a subject after it ("which the council approved")."""
    w = _first_word(rest)
    return rest[:1].islower() and (w.endswith("ed") or w in PASTS)


# A name set off by commas before an appositive description, ending the words before it: "Greta Holm, |".
# Session 30: a person's name, then a description set off by its comma with no verb, comma or determiner inside it:
# "Tessa Marlow, the former harbour master", "California Rep. Ada Quist, a member of the budget committee".
_NAME_THEN_DESCRIPTION = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),\s+(?:the|a|an)\s+"
    r"(?!(?:[\w’'-]+\s+)*?(?:the|a|an|who|which|that|is|was|are|were|has|have|had)\b)[\w’'-]+(?:\s+[\w’'-]+){0,7}"
)
# ... and a relative clause after the description, its verb and object before the trigger: "Ada Quist, a member of the
# planning committee who now wants the tower |".
_NAME_DESCRIPTION_WHO = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),\s+(?:the|a|an)\s+[^,;:“”\"]{1,80}?\s+who\s+"
    r"(?P<rest>(?:[a-z]+ly\s+|now\s+|still\s+)?(?:wants|want|wanted|needs|needed|saw|sees|got|gets|had|has|"
    r"kept|keeps|left|leaves)\s+[^,;:“”\"]{1,60})"
)
_NAME_BEFORE_APPOSITIVE = re.compile(
    r"(?:^|,\s+)(?P<title>(?:Mr|Mrs|Ms|Dr)\.\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|al|bin))*),\s+$"
)
# A preposition inside a description: the relative after it may be the inner noun's ("the sister of a man who").
_PREPOSITION_IN_NP = re.compile(r"\s(?:of|for|to|in|at|on|from|with|by|behind|among)\s")


# Session 30 (LEAD-NOTE-s30-1, item 3): a prepositional phrase with its own determiner right after an object
# relative's verb: an English object comes before it, so the gap is right after the verb ("which a gang demanded | in
# a message left on the servers" is "A gang demanded the ransom in a message ...", not "... on the servers the
# ransom."). A preposition of the verb's own stays with it ("which she talked about in a speech": no determiner
# after "about").
_PHRASE_FIRST = re.compile(
    r"^\s+(?:in|on|at|from|with|through|via|during|under|across|after|before|for|to|into|over|outside|inside|near)"
    r"\s+(?:a|an|the|its|his|her|their|this|that|these|those|[A-Z0-9])"
)


def _lower_determiner(phrase: str) -> bool:
    """Whether a noun phrase opens with a determiner capitalised only as a sentence's first word ("The plan", "The
    Kestrel regatta"), not as a name's ("The Daily Courier")."""
    parts = phrase.split()
    return (
        len(parts) > 1
        and parts[0] in ("The", "A", "An", "This", "These", "Its", "Their")
        and parts[-1][:1].islower()
    )


# Session 29: a second participle of result after "and" ("..., smashing greenhouse roofs and | denting cars") is told
# in the past with the first ("smashed greenhouse roofs and dented cars"; "and denting cars" was left). The event
# verbs' participles, to their pasts (British "-lling" too).
_GERUND_PAST: dict[str, str] = {
    f.gerund: f.past for f in (forms(lemma) for lemmas in EVENT_VERBS.values() for lemma in lemmas)
}
_GERUND_PAST.update(
    {
        g[:-3] + "ling": p[:-2] + "led"
        for g, p in list(_GERUND_PAST.items())
        if g.endswith("ling") and p.endswith("led")
    }
)
_AND_PARTICIPLE = re.compile(r"\b(?:and|or)\s+(?P<ing>[a-z]{3,}ing)\b")


def _and_participle_past(after: str) -> str:
    """``after`` with a participle after "and" told in the past when it is an event verb's ("and injuring 20")."""
    if "ing" not in after:
        return after
    m = _AND_PARTICIPLE.search(after)
    if m is None or (past := _past_of_participle(m.group("ing"))) is None:
        return after
    return after[: m.start("ing")] + past + after[m.end("ing") :]


# Verbs of saying: a modal after one is in what was said, not the participle's.
_SAYING_WORDS = words(
    "said says say told tells announced warned added claimed insisted predicted expects expected"
)
# Modals a participle of result after the main verb shares: "will close, | ending ..." is "will end ...".
_FUTURE_MODALS = frozenset(("will", "would", "could", "may", "might", "shall", "should", "can", "must"))


def _past_of_participle(word: str) -> str | None:
    """The past of a participle in "-ing": an event verb's, from the table; else None."""
    # Review 1 of session 29: no spelling rule ("everything", "ceiling", "building" are nouns in -ing).
    return _GERUND_PAST.get(word)


def _with_object(predicate: str, after: str, obj: str) -> str:
    """The predicate with an object relative's antecedent put after its verb: "which the council approved in May"
    is "The council approved the plan in May." (after a preposition the verb leaves at its end: "vote on the harbour
    budget next Thursday"); with nothing after the verb, at the end."""
    if not after.strip() or not predicate.endswith(after):
        return f"{predicate} {obj}"
    head = predicate[: len(predicate) - len(after)]
    stranded = _STRANDED.match(after)
    if stranded is not None:
        head, after = head + after[: stranded.end()], after[stranded.end() :]
    elif _ADJUNCT_FIRST.match(after) is None and (
        _PHRASE_FIRST.match(after) is None or (len(obj.split()) < 2 and not obj[:1].isupper())
    ):
        # The verb has an object or a complement of its own ("lent $4,000 to ...", "to paint it"): where the
        # relative's gap is cannot be told, so the antecedent stays at the end.
        return f"{predicate} {obj}"
    return f"{head} {obj}{after}"


def _before_main_clause(
    ctx: Context, opening: str, region: str, after: str, trig_end: int, inner: bool, lemma: str = ""
) -> str:
    """The words after the trigger up to where the sentence's main clause goes on, when the trigger's clause is a
    relative or subordinate one set off before the main verb: "Greta Holm, who sold her boat in April, | opened a
    cafe on the quay" ends at "April" (the main verb is another event's, and told after this clause's words it has
    no subject: "... in April, opened a cafe on the quay."); "before the mill closed, | raised ..." too.
    ``opening``: the subordinators and connectives the clause opening dropped; ``inner``: the trigger's verb is a
    relative's inside the words before it ("the retired captain who | sold"). A series of verbs closed by "and"
    ("closed X, fired Y, and sold Z") is one subject's and stays."""
    if not inner and lemma not in _CLAUSE_TAKING:
        plain = _INNER_RELATIVE.match(region)
        if (
            plain is not None
            and plain.group("rel") == "who"
            and not plain.group("rest")
            and not plain.group("lead")
        ):
            # "Passengers who | booked online will get a refund": an auxiliary after the relative's own words is
            # the main clause's (``_inner_relative`` reads no relative before a later finite verb).
            bare = _bare_main_verb(ctx.masked[trig_end : trig_end + len(after)], True)
            if bare is not None:
                return after[:bare]
    if not (
        inner
        or _first_word(region) in _SUBORDINATE_OPENERS
        or any(w.lower() in _SUBORDINATE_OPENERS for w in _WORD.findall(opening))
    ):
        return after
    masked_after = ctx.masked[trig_end : trig_end + len(after)]
    resumed = _MAIN_RESUMES.search(masked_after)
    if resumed is None and inner:
        # "The man who was arrested in May | appeared in court": a relative with no commas, its sentence's main
        # verb right after it (session 17: "The man was arrested in May appeared in court on Monday.").
        bare = _bare_main_verb(masked_after, lemma not in _CLAUSE_TAKING)
        return after if bare is None else after[:bare]
    if resumed is None or _SERIES_END.search(masked_after, resumed.end()):
        return after
    return after[: resumed.start()]


# A past tense after a restrictive relative's own words, with no comma before it: the main clause's verb ("who was
# arrested in May | appeared in court"). Not after a word that makes it the relative's own verb group or a second
# verb of it ("was", "and", "to", a subject pronoun: "that he said was delayed"), nor a participle ("fined by").
_BARE_PAST = re.compile(rf"(?P<prev>[\w’'%.-]+)\s+(?P<verb>(?:{_PASTS}|[a-z]{{3,}}ed))\b(?!\s+by\b)")
_NOT_BEFORE_MAIN_VERB = words(
    "is are was were be been being has have had will would could can may might must should did does do "
    "and or but nor to not never also just only still then he she they we i you it who which that "
    "when where while after before since until if because as"
)


# A word opening a clause of its own inside the relative's words.
_CLAUSE_WORD_BEFORE = re.compile(r"\b(?:that|which|who|whom|whose|whether|if|because|when|where|while)\b")
# A subordinator right before a clause's start: the clause break cut a preposition's object off.
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:since|until|after|before|when|while|as|because|if|unless)\s*$", re.IGNORECASE
)
# Punctuation that sets words off (not the comma inside "14,000").
_SET_OFF = re.compile(r",\s|[;:“”\"—()]")


# Session 28 (lead): an auxiliary or modal after a restrictive relative's own words opens the main clause as a
# past does ("Buyers who paid deposits | are protected ..." gave "Buyers paid deposits are protected ...";
# "Passengers who booked online | will get a refund"). Not after a verb that takes a clause with no "that"
# ("residents who complained the noise | was ...", ``_CLAUSE_TAKING``): there the auxiliary is the clause's.
_BARE_AUX = re.compile(
    r"(?P<prev>[\w’'%.-]+)\s+(?P<verb>will|would|can|could|must|should|may|might|is|are|was|were|has|have|had)\b"
)
_CLAUSE_TAKING = words(
    "say tell complain warn claim argue fear believe think know insist admit deny allege report confirm announce "
    "suggest find show notice realise realize agree hope expect predict estimate discover learn worry feel assume "
    "accept prove reveal testify promise decide acknowledge conclude understand hear read see ensure"
)


def _bare_main_verb(masked_after: str, aux: bool = False) -> int | None:
    """Where the main clause's verb starts in the words after a restrictive relative's verb (``_BARE_PAST``, and
    with ``aux`` an auxiliary, ``_BARE_AUX``), when nothing but its own words stands before it (no comma, semicolon
    or quotation)."""
    found = list(_BARE_PAST.finditer(masked_after))
    if aux:
        found = sorted(found + list(_BARE_AUX.finditer(masked_after)), key=lambda m: m.start("verb"))
    for m in found:
        if _SET_OFF.search(masked_after, 0, m.start("verb")) or _CLAUSE_WORD_BEFORE.search(
            masked_after, 0, m.start()
        ):
            return None  # ("found that some bottles held ...": a clause of the relative's own)
        prev = m.group("prev")
        if prev.islower() and prev in _NOT_BEFORE_MAIN_VERB:
            continue  # ("in May appeared": a month's name is no modal)
        return m.start("verb") - 1
    return None


def _inner_relative(region: str, own_group: str, later: str) -> re.Match[str] | None:
    """A relative clause inside the words before the verb whose verb the trigger is ("including a 7-month-old infant
    who | was too young", "a bridge engineer who since January has | run the crews"); ``later``: the clause after
    the trigger."""
    inner = _INNER_RELATIVE.match(region)
    if (
        inner is not None
        and (
            inner.group("rel") != "that"
            # Session 25: "that" is a relative only right before its verb, in a description set off by a comma
            # after what it describes ("Team Orvenko, the cycling team that | won the Tour twice"); elsewhere it
            # opens what was said or a clause of its own ("in a statement that the firm | would close").
            or (
                not inner.group("rest")
                and (inner.group("lead") or "").endswith(", ")
                and _first_word(inner.group("np")) in _DETERMINERS
            )
            # Session 29: or with no comma, right after the sentence's short subject ("A violin that | was stolen in
            # 2019 has been recovered": events._THAT_OPENING_RELATIVE)
            or (
                not inner.group("rest")
                and not inner.group("lead")
                and _first_word(inner.group("np")) in _DETERMINERS
                and len(inner.group("np").split()) <= 5
            )
        )
        and (
            not inner.group("rest")
            or own_group.lower().startswith("to")
            or region.endswith(" to")
            or _phrase_then_group(inner.group("rest"), own_group)
        )
        and (inner.group("lead") or not _LATER_FINITE.search(later))
    ):
        return inner
    return None


def _compose_verb(
    ctx: Context,
    c_start: int,
    c_end: int,
    verb_start: int,
    trig_start: int,
    trig_end: int,
    lemma: str,
    form: str,
) -> Summary:
    """Subject + verb phrase + object for a verbal trigger in clause [c_start, c_end) of the sentence."""
    text, masked = ctx.text, ctx.masked
    ctx.extra = []
    ctx.outside = []
    if lemma == "payable":
        return _payable(ctx, c_start, c_end, trig_end)
    verb_start = max(c_start, min(verb_start, trig_start))
    own_group = text[verb_start:trig_start].strip()
    shared = None
    # Session 22 (lead): an adverb alone before the verb keeps it bare ("was arrested on Monday and later charged"
    # was "A man later charged with murder."), and a passive no event was made of lends its "was" all the same
    # ("was questioned on Monday and released": "A man released without charge.").
    adverbs = own_group.lower() in _SHARED_ADVERBS
    if (not own_group or adverbs) and _BARE_AND.search(masked, max(0, c_start - 8), c_start):
        group = ctx.group
        if not group and (passive := _PASSIVE_BEFORE_AND.search(masked, max(0, c_start - 100), c_start)):
            group = passive.group("aux")
        if group:
            shared = _shared_group(group, text, trig_start, trig_end, lemma)
    elif (
        _first_word(own_group) in ("be", "have")
        and _BARE_AND.search(masked, max(0, c_start - 8), c_start)
        and (group_modal := _MODAL_SHARED.match(ctx.group or "")) is not None
    ):
        # Session 30 (LEAD-NOTE-s30-1, item 1): "The closures will begin in April and | be completed by ...": a bare
        # "be" or "have" after "and" shares the first verb's modal ("The closures be completed ..." was the summary).
        shared = group_modal.group("modal")
    elif (not own_group or adverbs) and (
        passive := _PASSIVE_BEFORE_AND.search(masked, max(c_start, verb_start - 100), verb_start)
    ):
        # the same inside one clause: "A man was questioned on Monday and | released" ("A man released ...")
        shared = _shared_group(passive.group("aux"), text, trig_start, trig_end, lemma)
    group_before = ctx.group
    ctx.group = own_group if own_group and not shared else (shared or own_group)
    pair = _PAIR_BEFORE_CLAUSE.search(masked, max(ctx.opening, c_start - 100), c_start)
    if pair is not None and verb_start - c_start < 60:
        # "won the seat and both Tom Vale and | Ana Varga conceded": the clause break cut the pair the subject
        # closes; the subject opens at "both" (session 21: "Ana Varga conceded." was given).
        c_start = pair.start("pair")
        ctx.draw(c_start)
    region_m = masked[c_start:verb_start]
    s0 = c_start + len(region_m) - len(_strip_leading(region_m.lstrip()))
    said_time = (
        _SAID_TIME.match(masked, s0, verb_start)
        if _SAID_JUST_BEFORE.search(masked, max(0, s0 - 20), s0)
        else None
    )
    if said_time is not None:
        # Session 26 (LEAD-NOTE-s26-1): "said on Monday | she would retire": the time is the saying's, not the said
        # clause's ("On Monday Lena Kessler would retire ..." was the summary).
        s0 = said_time.end()
    region = text[s0:verb_start].strip()
    after = cut_tail(text[trig_end:c_end])
    whether = _WHETHER_AFTER.match(masked, c_end) if not after.strip() and lemma in _TELLING else None
    if whether is not None and MASK * 2 not in whether.group("q"):
        # "Aldergrove has not said | whether she will run ...": what was (not) said is the verb's object.
        after = text[trig_end : whether.end("q")]
        ctx.draw(c_start, whether.end("q"))
    until = _TIME_AFTER_CLAUSE.match(masked, c_end) if after == text[trig_end:c_end] else None
    if until is not None and not _FINITE_WORD.search(until.group("pp")):
        # "shipments would not begin | until March because of ...", "levelled five minutes | before half-time":
        # a preposition of time and its noun, cut off as if a clause, end the verb phrase.
        after = text[trig_end : until.end("pp")]
        ctx.draw(c_start, until.end("pp"))
    if not after.strip() and lemma == "tell":
        told = _TOLD_OBJECT.match(masked, c_end)
        if told is not None and MASK not in told.group("obj"):
            # "“...,” Sanders told | the crowd": the verb's object, cut off with the clause after it.
            after = text[trig_end : told.end()]
            ctx.draw(c_start, told.end())
    quoted = _QUOTE_THEN_SPEAKER.fullmatch(region) if lemma == "tell" and after.strip() else None
    if quoted is not None and not _THAT_OR_CLAUSE.search(after):
        # Session 25: '"I was not thinking about the title," Castell told | the national broadcaster after the
        # final game': the quotation tells what was said (session 23 decided no indirect speech is made of one);
        # the summary is whom the speaker spoke to, not the quotation and "Castell told.".
        speaker = quoted.group("speaker")
        if speaker.lower() in _PERSONAL:
            speaker = _pronoun_subject(speaker.lower(), ctx, c_start, s0 + quoted.start("speaker")) or speaker
        return Summary(finish(f"{speaker} spoke to{after}"), speaker)
    act = _SPEAKER_ACT_AFTER.search(after) if "and" in after or "but" in after else None
    if act is not None and _REPORTED_BEFORE.search(masked, max(0, c_start - 120), c_start) is not None:
        # Session 25: "The forum said rural theft rose 14% last year and | called for tougher sentences": the
        # call is the speaker's act, not the rise's (attributions end the claim there too, ``SECOND_REPORT``).
        after = after[: act.start()]
    own = _OWN_SUBJECT_AFTER.search(after)
    if own is not None:
        # Session 25 (lead): "said drivers had not been consulted about new shift patterns and | it was considering
        # a ballot": a clause with a subject of its own after "and" is no part of this verb's phrase.
        after = after[: own.start()]
    even = _EVEN_CUT.search(after) if "even" in after else None
    if even is not None and _CLAUSE_AFTER_EVEN.match(masked, c_end):
        # "... did not sell the pier, even | though ...": the clause break before "though" left its "even"
        # ending the summary (session 21: "..., even." was given).
        after = after[: even.start()]
    after = _counted(ctx, after, text[trig_end:c_end], c_start, c_end)
    after = _before_main_clause(
        ctx,
        masked[c_start:s0],
        region,
        after,
        trig_end,
        _inner_relative(region, own_group, text[trig_end:c_end]) is not None,
        lemma,
    )
    span = _SPAN_BEFORE_CLAUSE.search(after) if after.endswith(_SPAN_BEFORE_CLAUSE_LAST) else None
    if (
        span is not None
        and _BEFORE_AFTER.match(masked, c_end)
        # Session 30 (LEAD-NOTE-s30-2, item 1): "a suspended sentence of 14 months | after he admitted ..." is the
        # sentence's length, not a time to the clause ("... a suspended sentence of." was left)
        and not after[: span.start()].endswith((" for", " by", " of", " to", " than", " about", " some"))
    ):
        # "died four days | before he was sentenced": the span measures the time to the clause cut off; alone
        # it dangles ("died four days."), so the verb phrase ends before it. "banned for four years | after"
        # is how long the ban runs, not a time to the clause (session 20, lead: "was banned for." was left); so is
        # "postponed the season by at least two weeks | after ..." (session 22: "... by." was left).
        after = after[: span.start()]
    predicate = text[verb_start:trig_end] + after
    says = _SOURCE_SAYS.search(after) if form == "past" else None
    if (
        says is not None
        and text[trig_start:trig_end].lower().endswith("ed")
        and _first_word(region) in ("a", "an", "the")
        and not _FINITE_WORD.search(region)
        and _SHORT_BETWEEN.fullmatch(after[: says.start()]) is not None
    ):
        # "A court document filed Thursday says | that ...": the participle tells what was done to the
        # source; what it says is a clause of its own ("A court document was filed Thursday.").
        head = region.split()[-1].lower()
        be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
        return Summary(finish(f"{region} {be} {text[verb_start:trig_end]}{after[: says.start()]}"), region)
    closed = _ASIDE_CLOSED.match(after) if form == "past" and not own_group and region.endswith(",") else None
    set_off = _SET_OFF_NP.search(region) if closed is not None else None
    if (
        closed is not None
        and set_off is not None
        and MASK not in set_off.group("np")
        and not _no_undergoer(set_off.group("np"))
        and region.count(",") == 1
        and text[trig_start:trig_end].lower() == forms(lemma).participle
        and _SUBORDINATOR_BEFORE.search(text, 0, s0) is None
    ):
        # Session 25 (lead): "The orchestra, founded in 1921, relies on the grant ...", "had expected the levy,
        # introduced in October 2025, to bring in ...": a participle set off by two commas, the main clause going on
        # after the second, tells what was done to the noun before it ("The levy was introduced in October 2025.");
        # the whole sentence was the summary. Not before "and" ("won the cup, beaten only once, and ...").
        undergoer = set_off.group("np")
        be = "were" if plural_subject(undergoer.split()[-1]) else "was"
        return Summary(
            finish(f"{undergoer} {be} {text[trig_start:trig_end]}{closed.group('aside')}"), undergoer
        )
    if (
        form == "past"
        and not own_group
        and region.endswith(",")
        and region.count(",") == 1
        # a line opening with the comma (", closed on Monday.": a scrape's lost first words) has no subject to tell
        and region[:-1].strip()
        and not any(w.lower() in _RELATIVES_WHOSE for w in region.split())
        and not _FINITE_WORD.search(region)
        and ", " not in after
        # not a fronted adverb or phrase (review of session 25: "Elsewhere, | injured passengers were treated" was
        # "Elsewhere was injured passengers were treated ...")
        and not _no_undergoer(region[:-1])
        and text[trig_start:trig_end].lower() == forms(lemma).participle
        # not a subordinator's object cut off by the clause break ("which has flooded roads since | the weekend, moved
        # east": "moved" is the sentence's main verb, "the weekend" no subject of it)
        and _SUBORDINATOR_BEFORE.search(text, 0, s0) is None
    ):
        # "Sunvale, founded in 1988, | carried ...": a participle set off after its subject, cut from the main
        # verb (events, Session 17), tells what was done to the subject ("Sunvale was founded in 1988.").
        undergoer = region[:-1].strip()
        last = undergoer.split()[-1]
        be = "were" if last.islower() and last.endswith("s") and not last.endswith("ss") else "was"
        return Summary(finish(f"{undergoer} {be} {text[trig_start:trig_end]}{after}"), undergoer)
    if (
        form == "past"
        and not own_group
        and 1 <= len(region.split()) <= 4
        and "," not in region
        and not any(w.lower() in _RELATIVES_WHOSE for w in region.split())
        and not _FINITE_WORD.search(region)
        and text[trig_start:trig_end].lower() == forms(lemma).participle
        and _REDUCED_NEXT.match(text, trig_end) is not None
        # the passive must show: a participle unlike the past ("taken"), or its agent after "by" ("Troops withdrew
        # from the town" and "Police arrived at the scene" are no passives; review of session 25)
        and (
            text[trig_start:trig_end].lower() != forms(lemma).past
            or _BY_NEXT.match(text, trig_end) is not None
        )
        and not any(w.lower() in _ALL_PRONOUNS for w in region.split())
        and _CUT_BEFORE_MAIN_VERB.match(text, c_end) is not None
    ):
        # "Workers hired by the council | repaired the roof": a participle right after the subject, cut from the
        # sentence's own verb (events, Session 25), tells what was done to the subject ("Workers were hired by the
        # council.").
        last = region.split()[-1]  # capitalised only as the sentence's first word ("Workers", "Nurses")
        plural = last.lower() in _PLURALS_WITHOUT_S or (
            last[1:].islower() and last.endswith("s") and not last.endswith(("ss", "us"))
        )
        be = "were" if plural else "was"
        return Summary(finish(f"{region} {be} {text[trig_start:trig_end]}{after}"), region)
    described_done = (
        _NAME_THEN_DESCRIPTION.fullmatch(region)
        if form == "past" and not own_group and text[trig_start:trig_end].lower() == forms(lemma).participle
        else None
    )
    if (
        described_done is not None
        and _REDUCED_NEXT.match(text, trig_end) is not None
        # the participle's words end the clause: after a comma the main verb may follow ("Ana Varga, the first
        # mayor elected in the town in two decades, | stopped short of ..."; the role's participle, not an act)
        and "," not in after
        and ctx.book.type_of(ctx.book.canonical(title_name_split(described_done.group("name"))[1]))
        == "person"
    ):
        # Session 30: "Tessa Marlow, the former harbour master dismissed by the council in 2019, | said ...": a
        # participle right after a description set off after a person's name tells what was done to the person
        # ("Tessa Marlow was dismissed by the council in 2019."); the name and the description with no verb was the
        # summary.
        person = described_done.group("name")
        return Summary(finish(f"{person} was {text[trig_start:trig_end]}{after}"), person)
    who_wants = (
        _NAME_DESCRIPTION_WHO.fullmatch(region)
        if not own_group and text[trig_start:trig_end].lower() == forms(lemma).participle and "," not in after
        else None
    )
    if (
        who_wants is not None
        and ctx.book.type_of(ctx.book.canonical(title_name_split(who_wants.group("name"))[1])) == "person"
    ):
        # Session 30: "Ada Quist, a member of the planning committee who now wants the tower | blocked, said ...":
        # the relative's verb takes the trigger's participle with its object; the relative set off after a person's
        # name tells of the person ("Ada Quist now wants the tower blocked."), not the name and description alone.
        person = who_wants.group("name")
        return Summary(finish(f"{person} {who_wants.group('rest')} {predicate}"), person)
    condition = _CONDITION_CLAUSE.match(region_m)
    if condition is not None and _first_word(condition.group("subject")) not in _ALL_PRONOUNS | RELATIVES:
        # "If the strike goes ahead, the airline will cancel 300 flights": the condition is the event's
        # modality, kept whole; the subject is the one after its comma.
        lead = c_start + len(region_m) - len(region_m.lstrip())
        conditioned = noun_phrase_of(condition.group("subject"))
        return Summary(finish(f"{text[lead:verb_start].strip()} {predicate}"), conditioned)
    if (
        form == "past"
        and text[trig_start:trig_end].lower().endswith("ing")
        and " " not in text[trig_start:trig_end]
        # not a gerund a verb of considering takes, the lemma that verb's ("it considered | building the lines":
        # retold in the past it was "It considered considered the lines"; session 13)
        and _last_word(region_m) not in forms(lemma).all()
    ):
        # A participle clause telling what else happened: "..., killing nine people" -> "killed nine people"
        # (one word: a light verb's noun may end so too, "hold its annual meeting", and keeps its verb).
        modal = group_before.split()[0].lower() if group_before else ""
        if (
            modal in _FUTURE_MODALS
            and not own_group
            # review of session 21: "said it could cut them in June, | sending the pound down": the modal is in
            # what was said, and the participle happened
            and _SAYING_WORDS.isdisjoint(masked[:c_start].lower().split())
            # Session 30 (LEAD-NOTE-s30-2, item 3): "will strike for three days after | rejecting a pay offer": what
            # came before the planned verb has happened ("... will reject a pay offer." was the summary)
            and not _AFTER_PARTICIPLE.search(masked, max(0, trig_start - 12), trig_start)
            and _first_word(region_m.strip()) not in ("after", "since", "having")
        ):
            # Session 29 (LEAD-NOTE-s29-1, item 1): "will close next spring, | ending 150 years of service": the
            # participle shares the main verb's modal ("The coastguard station ... will end 150 years of service.";
            # "ended" was told of a planned event).
            predicate = f"{modal} {lemma}{after}"
        else:
            predicate = forms(lemma).past + _and_participle_past(after)
    if form == "gerund" and not own_group and _GERUND_AFTER.fullmatch(region_m) is not None:
        # "has vetoed two bills since | taking office in 2019": what the subject did, told in the past ("Ida
        # Lund took office in 2019.").
        trigger = text[trig_start:trig_end]
        predicate = forms(lemma).past + trigger[len(trigger.split()[0]) :] + after
    place = _PLACE_RELATIVE.match(region)
    if place is not None and masked[:s0].rstrip().endswith(","):
        # "appeared in court on Thursday, where he pleaded not guilty": the clause after "where" has its
        # own subject; the place stays with the clause before.
        s0 += place.end()
        region = text[s0:verb_start].strip()
    inner = _inner_relative(region, own_group, text[trig_end:c_end])
    if inner is not None:
        # "including a 7-month-old infant who | was too young to be vaccinated", "the second patient, a
        # retired porter who | had travelled from Lisbon": the relative clause holds the verb, so its noun
        # phrase is the subject and the sentence leaves the relative pronoun out.
        np = inner.group("np")
        if _CLAUSE_BEFORE_RELATIVE.match(np) is not None or (
            not inner.group("lead") and _AUX_GROUP_IN_NP.search(np) is not None
        ):
            # (Session 30, LEAD-NOTE-s30-2 item 2: "Merrick had betrayed the trust of the voters who | elected him":
            # an auxiliary and a participle inside the words before the relative make them a clause; "Merrick had
            # betrayed the trust of the voters elected him." was the summary.)
            # "They are friends who | have lent support": the words before the relative are a clause of their own
            # (a subject and its verb), so the relative stays (session 13: "They are friends have lent ...").
            return Summary(finish(_named_pronoun(f"{region} {predicate}", ctx, c_start, s0)), None)
        inside = _WHO_AFTER_PREPOSITION.match(np) if inner.group("rel") == "who" else None
        if (
            inside is not None
            and _last_word(inside.group("before")) not in _WHO_OWNERS
            and MASK not in inside.group("np")
        ):
            # Session 31: "Calls for the sacking of officers who | beat protesters", "The council promised help for
            # families who | lost their homes": "who" stands for people, the noun phrase after the phrase's last
            # preposition, not the words before it ("Calls for the sacking of officers beat protesters." was told);
            # a person or a group before the preposition keeps the phrase ("the head of the union who", "members
            # of the club who").
            np = inside.group("np")
        named = _NAME_BEFORE_APPOSITIVE.search(inner.group("lead") or "")
        if (
            named is not None
            and _first_word(np) in _DETERMINERS
            and not _PREPOSITION_IN_NP.search(np)
            and ctx.book.type_of(ctx.book.canonical(named.group("name"))) in ("person", "organization")
        ):
            # "Greta Holm, the retired ferry captain who | sold her boat": the description is set off after the
            # name it describes, so the name is the relative's subject ("Greta Holm sold her boat."); the
            # description told alone leaves the reader to guess who it is.
            np = ctx.book.canonical(named.group("name"))
            if np == named.group("name") and named.group("title"):
                np = f"{named.group('title')}{np}"  # "Mr. Hale" named so only: the title stays, not a bare "Hale"
        body = f"{np} {inner.group('rest') or ''} {predicate}"
        # A verb after the clause has the whole noun phrase for subject, its relative clause kept: "Patients
        # who have waited more than 52 weeks | will be offered surgery".
        whole = np
        apposed = _APPOSED_HEAD.search(inner.group("lead") or "")
        if apposed is not None:
            # "the first case, an unvaccinated teenager who had returned ..., | was confirmed": the verb after
            # the aside is the head noun's, not the appositive's.
            whole = apposed.group("head")
        if not inner.group("lead") and not inner.group("rest") and not _NAME_OR_NUMBER.search(predicate):
            whole = (
                f"{region} {predicate}".strip()
            )  # (a number or name in it is no evidence of the next verb's)
        return Summary(finish(_people_in_objects(body, ctx, np)), whole)
    forced = _FORCED_TO.search(region)
    if (
        forced is not None
        and MASK not in forced.group("obj")
        and _first_word(forced.group("obj")) not in _ALL_PRONOUNS
    ):
        # "... a flood of steel that had forced 11 Dorvessan mills to | cut shifts": told of the forced, in the
        # passive of the text's own verb ("11 Dorvessan mills were forced to cut shifts.").
        obj = forced.group("obj")
        plural = obj.split()[-1].lower().endswith("s") and not obj.lower().endswith("ss")
        be = "were" if plural else "was"
        return Summary(
            finish(f"{obj} {be} {forced.group('verb')} to {text[trig_start:trig_end]}{after}"), obj
        )
    first = _first_word(region)
    subject: str | None
    made_by = _SOURCE_THEN_PRONOUN.match(region)
    if made_by is not None and (
        who := _pronoun_subject(made_by.group("pron"), ctx, c_start, s0 + made_by.start("pron"))
    ):
        # "according to new financial documents he | submitted to the government": the pronoun made the
        # source ("Dana Holt submitted new financial documents to the government.").
        body = f"{who} {text[verb_start:trig_end]} {made_by.group('obj')}{after}"
        return Summary(finish(body), who)
    source = _SOURCE_THEN_MAKER.match(region)
    if source is not None:
        # "according to figures the statistics office, Statel, published last Friday": the maker is the
        # subject, the source the object ("Statel published figures last Friday.").
        maker = source.group("name") or source.group("maker")
        return Summary(finish(f"{maker} {text[verb_start:trig_end]} {source.group('obj')}{after}"), maker)
    if (beside := _subject_before_aside(ctx, verb_start)) is not None:
        # "Regional mayors, including Ana Varga and Tom Hale, | have criticized ...", "Tom Lindell, speaking at a
        # rally, | announced ...": the verb after the aside is the subject's before it (session 15).
        body = f"{beside} {text[verb_start:trig_end]}{after}"
        return Summary(finish(_people_in_objects(body, ctx, beside)), beside)
    closed = _CLOSED_ASIDE.match(masked, c_start, verb_start)
    if closed is not None and first not in RELATIVES:
        # "A fourth bank, Halver Trust, which reported the scheme to regulators in 2023, | was not fined":
        # the words before the verb end an aside, the subject is what the aside's relative stands for.
        rel = _LAST_RELATIVE.search(masked, ctx.opening, verb_start)
        drawn = ctx.drawn_start
        ante = _antecedent(ctx, rel.start("rel")) if rel is not None else None
        if ante is not None and rel is not None and ctx.drawn_start is not None:
            # The antecedent is evidence of its own, apart from the aside: the aside may be a fact of
            # its own ("which reported the scheme").
            ctx.extra.append((ctx.drawn_start, rel.start()))
            ctx.drawn_start = drawn
            body = f"{ante} {text[verb_start:trig_end]}{after}"
            return Summary(finish(_people_in_objects(body, ctx, ante)), ante)
    reduced = _REDUCED_RELATIVE.match(region) if form == "past" else None
    if (
        reduced is not None
        and text[trig_start:trig_end].split()[0].lower().endswith("ed")
        # a noun phrase with complements only after "according to": "In the middle quintile of the earnings
        # spectrum | declined" is a subject cut from its preposition, no source.
        and (len(reduced.group("np").split()) <= 5 or region.lower().startswith("according"))
    ):
        # "according to a study published on Monday": the participle tells what was done to the noun.
        np = reduced.group("np")
        aside = re.search(r",\s+(?=[a-z])", predicate)
        if aside is not None:
            predicate = predicate[
                : aside.start()
            ]  # "published on Monday, | rents rose 4%": the main clause's
        head = re.split(r"\s(?:of|from|for|at|with)\s", np)[0].split()[-1].lower()
        be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
        return Summary(finish(f"{np} {be} {predicate}"), np)
    opens = not region and _opens_with_participle(ctx, trig_start, trig_end)
    fronted = _fronted_participle(ctx, c_end) if opens else None
    if fronted is not None:
        # "Born in 1938 in Drury Wells, the second of five children, Penhallow left school": the participle
        # clause tells of the main clause's subject ("Orla Penhallow was born in 1938 in Drury Wells.").
        born = f"{text[trig_start].lower()}{text[trig_start + 1 : trig_end]}"
        return Summary(finish(f"{fronted} was {born}{after}"), fronted)
    if opens and len(ctx.masked[c_end:].split()) <= 30 and MASK * 2 not in ctx.masked[c_end:]:
        # No name to tell it of ("Born in 1941, the girl left school"): the sentence itself, not a fragment.
        end = len(ctx.masked.rstrip(' .”"’'))
        ctx.draw(c_start, end)
        return Summary(finish(text[c_start:end]), None)
    asked = _ASKED.match(region) if first == "asked" else None
    if asked is not None and (who := _asked_one(ctx, c_start)) is not None:
        # "Christie said | when asked whether he would issue a quarantine": the question put to the one who
        # answered ("Chris Christie was asked whether he would issue a quarantine ..."), not a fragment opening
        # with "Asked".
        if region[:1] == "A":
            # fronted: "Asked whether ..., Greta Holm said" (session 24), told without the answer's cue
            region = "a" + region[1:]
            predicate = _ANSWER_TAIL.sub("", predicate)
        return Summary(finish(f"{who} was {region} {predicate}"), who)
    if (
        not region
        and not own_group
        and text[trig_start:trig_end].lower() == "asked"
        and _REDUCED_SUBORDINATOR.search(masked, max(0, c_start - 12), trig_start) is not None
        and _ASKED.match(text, trig_start) is not None
        and (who := _asked_one(ctx, c_start)) is not None
    ):
        # "Greta Holm told the radio in an interview when | asked which route she would keep": asked, not asking;
        # the subject borrowed from the clause before asked nothing (session 18: "Greta Holm asked which route ...").
        return Summary(finish(f"{who} was {predicate}"), who)
    opened = OPENING_WHO.match(ctx.masked, ctx.opening, verb_start)
    if (
        opened is not None
        # only a clause a subordinator opened inside the relative: "The members who voted no said | the closures
        # would hurt families" is what they said (dev12)
        and _SUBORDINATOR_INSIDE.search(ctx.masked, opened.end("np"), verb_start) is not None
        and _TOLD_INSIDE.search(ctx.masked, opened.end("np"), verb_start) is None
        # the sentence's main verb, not a subordinate clause's own ("A woman who complained after the council had cut
        # her benefits | has won her case": a verb group still to come; review of session 21)
        and _FINITE_GROUP_AFTER.search(ctx.masked, trig_end) is None
        and c_start >= opened.end("np")
        and _AUX_OPENS.match(ctx.masked, verb_start) is not None
        and not _FINITE_WORD.search(region)
    ):
        # Session 21 (lead): "A man who punched a driver after an argument | has been jailed": the verb after a
        # relative clause with no comma is the opening noun phrase's, not the noun's of a subordinate clause inside
        # that relative ("An argument has been jailed."): the sentence from its subject, relative and all.
        ctx.draw(opened.start("np"))
        whole = text[opened.start("np") : verb_start].strip()
        return Summary(finish(f"{whole} {predicate}"), opened.group("np"))
    tail = (
        _TAIL_SPEAKER_BEFORE.search(masked, max(0, c_start - 100), c_start)
        if not region and not own_group and text[trig_start:trig_end].lower() in SPEAKER_PARTICIPLES
        else None
    )
    if tail is not None and MASK not in tail.group("np"):
        # Session 25: 'A mural was painted over, the council said on Thursday, | apologising for what it called ...':
        # a participle of speech after a reporting tail is the speaker's act ("The council apologised for ...";
        # 'On Thursday, apologising ...' was the summary). A participle of result ("..., police said, leaving two
        # roads closed") is the happening's, not the speaker's: only the table's words.
        speaker = text[tail.start("np") : tail.end("np")]
        return Summary(finish(f"{speaker} {predicate}"), speaker)
    being = (
        _SUBORDINATOR_BEFORE.search(masked, max(0, c_start - 12), verb_start)
        if not region and predicate.lower().startswith("being ") and len(predicate.split()) > 1
        else None
    )
    if being is not None:
        # Session 25: "... with 38 cyclists and drivers who sued after | being hurt in crashes": a passive after a
        # subordinator is told of who underwent it, the relative's noun phrase when the verb before is a
        # relative's ("38 cyclists and drivers were hurt in crashes."), else the clause's subject ("Two men were
        # stopped by police."); "The city council on Tuesday being hurt in crashes." was the summary.
        undergoer = _relative_before(ctx, being.start()) or _missing_subject(ctx, c_start, s0)
        if undergoer is not None:
            plural = " and " in undergoer or plural_subject(undergoer.split()[-1])
            return Summary(finish(f"{undergoer} {'were' if plural else 'was'} {predicate[6:]}"), undergoer)
    whose = _WHOSE_THING.search(masked, max(0, c_start - 60), c_start) if not region else None
    if (
        whose is not None
        and not _FINITE_WORD.search(whose.group("thing"))
        and _last_word(masked[: whose.start()].rstrip()[: -len(_last_word(masked[: whose.start()]))] or "x")
        not in _OWNER_STOPS
        and (owner := _owner_before(ctx, whose.start())) is not None
    ):
        # Session 26: "the injured workers whose claims | were rejected": the clause was cut after the relative's
        # own subject; the thing is the noun phrase's before "whose" ("The injured workers’ claims were rejected").
        thing = text[whose.start("thing") : whose.end("thing")]
        if _runs_on(predicate):
            return _whole(ctx, c_start, c_end, trig_end)  # review 3: the main clause's words, told as before
        return Summary(finish(f"{owner}{_possessive_mark(owner)} {thing} {shared or ''} {predicate}"), None)
    if not region or _is_verb_group(region):
        subject = _missing_subject(ctx, c_start, s0)
        if subject is None:
            return _whole(ctx, c_start, c_end, trig_end)
        body = f"{subject} {region or shared or ''} {predicate}"
    elif (coord := _AND_GROUP.match(region)) is not None and _said_by(ctx, c_start, coord.group("group")):
        # "Ravi Menon said the plan was sound but | did not respond": the reported words end at "but",
        # and the verb after it is the speaker's.
        subject = _said_by(ctx, c_start, coord.group("group"))
        body = f"{subject} {coord.group('group')} {predicate}"
    elif first in RELATIVES and region.lower().startswith(first):
        drawn = ctx.drawn_start
        ante = _antecedent(ctx, s0)
        if ante is None or _first_word(ante) in _NO_ANTECEDENT:
            # "until at least March, which would threaten ...": a time or a comparison is no noun the relative
            # stands for; the sentence is told from its subject.
            ctx.drawn_start = drawn
            return _whole(ctx, c_start, c_end, trig_end)
        rest = region[len(first) :].strip()
        if first == "that" and masked[:s0].rstrip().endswith(",") and rest and _is_verb_group(rest):
            # "While the campaign has kept quiet on the topic, | that hasn’t stopped pundits": after a comma "that"
            # is the demonstrative subject, no relative standing for the noun before it (session 13: "The topic
            # hasn’t stopped pundits from speculating.").
            ctx.drawn_start = drawn
            return Summary(finish(f"{region} {predicate}"), None)
        clause = _CLAUSE_ANTECEDENT.match(ante)
        if clause is not None and first == "which" and _has_own_verb(clause.group("clause")):
            # "..., and that teachers knew which rooms had filters, which may have changed ...": the relative
            # stands for the whole clause before it, kept as the sentence's main clause.
            stands_for = clause.group("clause")
            return Summary(finish(f"{stands_for}, which {rest} {predicate}"), None)
        if "," in rest:
            # "who wept as she addressed the court, apologized": the relative clause is an aside.
            rest = rest[_last_comma(rest) + 1 :].strip()
        fronted_pp = first == "who" and _first_word(rest) in _BEFORE_WHOSE_VERB and len(rest.split()) > 1
        if (
            rest
            and not _is_verb_group(rest)
            and _first_word(rest) not in _AUX_FIRST
            and not _verb_first(rest)
            and not fronted_pp
        ):
            # "which the council approved": the antecedent is the object ("which was last inspected":
            # the subject, its verb group holding an adverb the list lacks).
            w = _first_word(rest)
            if w in SUBJECT_PRONOUNS:
                # "which it plans to close": the pronoun's entity, as for a subject.
                who = _pronoun_subject(w, ctx, c_start, s0 + len(first))
                rest = f"{who}{rest[len(w) :]}" if who else rest
            rest = _named_pronoun(rest, ctx, c_start, s0 + len(first))  # "which his campaign had made"
            obj = ante[0].lower() + ante[1:] if _lower_determiner(ante) else ante
            return Summary(finish(f"{rest} {_with_object(predicate, after, obj)}"), noun_phrase_of(rest))
        subject = ante
        aside = re.search(r",\s+(?=[a-z])", predicate)
        if aside is not None and masked[:s0].rstrip().endswith(","):
            # "The Harbour Authority, which has negotiated ..., called for calm": the aside ends at its comma.
            predicate = predicate[: aside.start()]
        # "Ana Varga, who like her father trained as a pilot": a phrase set off before the relative's verb.
        body = f"{ante}, {rest}, {predicate}" if fronted_pp else f"{ante} {rest} {predicate}"
    elif first == "whose" and (owner := _antecedent(ctx, s0)) is not None:
        # "Ysabel Rusk, whose bakery in Ardvale flooded": the thing is the antecedent's.
        subject = f"{owner}’s {region[len(first) :].strip()}"
        body = f"{subject} {predicate}"
    elif first == "whose" and "," not in region and (owner := _owner_before(ctx, s0)) is not None:
        # Session 26: "apologised to patients whose | care was delayed": the delay is the patients' care, told as
        # its own clause ("Patients’ care was delayed."), not the sentence of the apology around it.
        # No subject lent to a later verb: "Ilsa Morrow, the architect whose towers rose ..., | died" is not the
        # towers' death (the sentence, as before).
        thing = region[len(first) :].strip()
        if _TO_BARE_VERB.search(predicate) or _FINITE_WORD.search(region[len(first) :]):
            return _whole(ctx, c_start, c_end, trig_end)  # review 3: "to come forward" is the main clause's
        back = _MAIN_VERB_AGAIN.search(predicate)
        if back is not None:
            # "restricted it to adults whose headaches have not improved | and required a boxed warning": the verb
            # with its object after "and" is the main clause's again, not the relative's.
            predicate = predicate[: back.start()]
        ws = thing.split()
        pron = next(
            (k for k, w in enumerate(ws) if k and w.lower() in SUBJECT_PRONOUNS | words("we i you")), None
        )
        if pron is not None:
            # "a developer whose planning appeal she | had approved": the thing is the relative's object, the
            # pronoun its subject ("Clemency Hartwright had approved a developer’s planning appeal ...").
            who = _pronoun_subject(ws[pron].lower(), ctx, c_start, s0) or ws[pron]
            owned = (
                owner[0].lower() + owner[1:]
                if _lower_determiner(owner) or owner.split()[0] in ("A", "An")
                else owner
            )
            obj = f"{owned}{_possessive_mark(owner)} {' '.join(ws[:pron])}"
            verb = text[trig_start:trig_end]
            at = predicate.find(verb)
            tail_ = predicate[at + len(verb) :] if at >= 0 else ""
            if at < 0 or (tail_.strip() and _first_word(tail_.strip()) not in _OBJECT_GAP_NEXT):
                return _whole(ctx, c_start, c_end, trig_end)  # the verb has an object of its own
            rest = " ".join([*ws[pron + 1 :], predicate[: at + len(verb)]])
            return Summary(finish(_people_in_objects(f"{who} {rest} {obj}{tail_}", ctx, None)), None)
        if _runs_on(predicate):
            return _whole(ctx, c_start, c_end, trig_end)  # review 3: the main clause's words, told as before
        owned_told = f"{owner}{_possessive_mark(owner)} {thing} {predicate}"
        return Summary(finish(_people_in_objects(owned_told, ctx, None)), None)
    elif first == "whose":
        # "the engineer whose bridges ..., | died": no noun phrase of its own before "whose"; the sentence is
        # told from its subject rather than from "Whose".
        return _whole(ctx, c_start, c_end, trig_end)
    elif first in SUBJECT_PRONOUNS and _is_verb_group(_SINCE_AFTER_AUX.sub(r"\1", region[len(first) :])):
        who = _pronoun_subject(first, ctx, c_start, s0)
        subject = who or region.split()[0]
        body = f"{subject} {region[len(first) :]} {predicate}"
        contracted = _CONTRACTION_OPENING.match(predicate) if not region[len(first) :].strip() else None
        if contracted is not None and not who:
            # "He’s reduced": with no one to name, the contraction stays on its pronoun (not "He ’s").
            body = f"{region.strip()}{predicate}"
        elif contracted is not None:
            # "He’s reduced his holdings" -> "Tom Hale has reduced his holdings": after a name the contraction is
            # written out.
            rest = predicate[contracted.end() :]
            body = f"{subject} {_written_out(contracted.group('verb').lower(), rest)}{rest}"
    elif first in POSSESSIVES and (named := _POSSESSED_NAMED.match(region)) is not None:
        # "Their captain, Harry Stott, was sent off": the name set off after the description is the subject;
        # "Its managing director, Anselm Rooke, told the radio that the company | had lost": the name
        # opens the sentence in the description's place.
        subject = named.group("name")
        body = f"{subject} {named.group('rest') or ''} {predicate}"
    elif first in POSSESSIVES:
        who = _pronoun_subject(first, ctx, c_start, s0)
        noun = noun_phrase_of(region)
        mark = "’" if who and who.endswith("s") and _plural(who) and who.split()[-1].islower() else "’s"
        subject = f"{who}{mark}{noun[len(first) :]}" if who else noun
        body = f"{who}{mark}{region[len(first) :]} {predicate}" if who else f"{region} {predicate}"
    elif (rep := _REPORT_IN_REGION.match(region)) is not None and (who := _reported_pronoun(rep, ctx, s0)):
        # "He recalled that she | had turned down a state honour": what was recalled, its pronoun named.
        subject = who
        body = f"{who} {predicate}"
    elif first.endswith("ing") and region[:1].islower() and (made := _MADE_TO.search(region)) is not None:
        # "..., leaving 3,000 homes without water and forcing shops to | close": what the happening made someone do,
        # its doer the participle's object ("Shops were forced to close."; session 19, lead: "About 3,000 homes
        # without water and forcing shops to close." was given).
        subject = made.group("np")
        be = "were" if plural_subject(subject.split()[-1]) else "was"
        body = f"{subject} {be} {MADE_TO_PASSIVE[made.group('v')]} to {predicate}"
    elif (
        first.endswith("ing")
        and region[:1].islower()
        and len(region.split()) > 1
        and first not in _ING_PREPOSITIONS
        # Session 34: "but | doing so would burn fuel": a gerund and its pronoun object are the subject ("So would
        # burn fuel ..." was the summary).
        and not (first == "doing" and region.lower().split()[1] in _DOING_OBJECTS_S34)
        # "said | waiting times had doubled", "warned that | rising prices ...": after what reports, an "-ing" word
        # opens the reported clause's subject as its modifier, no participle (session 21: "Times had doubled.").
        and (_REPORT_JUST_BEFORE.search(ctx.masked, max(0, s0 - 40), s0) is None or "," in region)
    ):
        # "Saying the trust had opened ...": the participle reports, the words after it are the subject.
        region = region[len(first) :].strip()
        # ... after its "that" ("adding that | he had fought", "refusing to concede that | the backers were"):
        # the complementiser opened the summary (session 13: "That he had fought for bills ...").
        unthat = _PARTICIPLE_THAT.sub("", region, count=1)
        that_cut, region = unthat != region, unthat
        if "," in region and not (that_cut and region.endswith(",")):
            # (Session 30: after its "that" a comma closing the words is an aside's, set off after the reported
            # clause's subject: "adding that Mira Olsen, the bank's deputy chair, | joined ..." keeps its subject;
            # "Joined the board ..." was the summary.)
            # "..., creating 300 jobs, the company announced": the subject follows the participle's comma.
            region = region[_last_comma(region) + 1 :].strip()
        subject = noun_phrase_of(region)
        body = f"{region} {predicate}"
    elif region.split()[-1].lower() in _COORDINATORS or (
        len(region.split()) > 1
        and region.split()[-1].lower() in _SHARED_ADVERBS
        and region.split()[-2].lower() in _COORDINATORS
    ):
        # "the government had ‘inherited ...’ and was investing": the subject is the first verb's,
        # before that verb ("The team sequenced 1,200 genomes and identified ...": "The team").
        adverb = region.split()[-1] if region.split()[-1].lower() in _SHARED_ADVERBS else ""
        if adverb:
            region = region[: -len(adverb)].rstrip()
            shared = shared or (
                _shared_group(p.group("aux"), text, trig_start, trig_end, lemma)
                if (p := _PASSIVE_BEFORE_AND.search(masked, max(c_start, s0), verb_start - len(adverb) - 1))
                else None
            )
        first_np = _before_first_finite(noun_phrase_of(region)) if not shared else ""
        first_modal = (
            _MODAL_SHARED.match(region[len(first_np) :].strip())
            if first_np
            and region.startswith(first_np)
            and text[trig_start:trig_end].lower() == forms(lemma).base
            else None
        )
        if first_modal is not None:
            # Session 30 (LEAD-NOTE-s30-1, item 1): "The project would create 1,500 jobs and | cut emissions": the bare
            # verb after "and" shares the modal of the subject's first verb ("The project cut ..." read as done).
            shared = first_modal.group("modal")
        if shared:
            # "A man was questioned on Monday and (later) | released": the passive's "was" is this verb's too
            # (session 22, lead: "A man later released without charge.").
            predicate = f"{shared} {adverb + ' ' if adverb else ''}{predicate}"
        elif adverb:
            predicate = f"{adverb} {predicate}"
        head = _before_first_finite(noun_phrase_of(region))
        if (
            reporter := _thing_reported_then_agent(ctx, c_start, head, text[trig_start:trig_end])
        ) is not None:
            # Session 29 (lead): "The union said the ban was unlawful and | announced it would challenge it": a
            # thing of the reported words does not announce; the verb after "and" is the speaker's ("The ban
            # announced ..." was the summary).
            subject = reporter
        elif (
            first in SUBJECT_PRONOUNS
            and region.lower().startswith(first)
            and (who := _pronoun_subject(first, ctx, c_start, s0)) is not None
        ):
            # "He passed a medical and | will earn ...", 'it "respects the court but not ..." and | would
            # appeal': the pronoun opening the first verb's clause is the subject, named.
            subject = who
        elif head and head != region and not _is_verb_group(head) and _first_word(head) not in RELATIVES:
            subject = head
        else:
            subject = _missing_subject(ctx, c_start)
        if subject is None:
            return _whole(ctx, c_start, c_end, trig_end)
        body = f"{subject} {predicate}"
    elif first == "to":
        return _whole(ctx, c_start, c_end, trig_end)
    elif (joined := _AND_SUBJECT.match(region)) is not None and _has_own_verb(joined.group("head")):
        # "Protesters blocked the road and police | arrested 12 people": the subject after "and" is the verb's.
        subject = joined.group("subject")
        both = _PAIR_OPENED.search(joined.group("head"))
        if both is not None:
            # "... for builders and both the Dover Builders Guild and | the Harbour Trades Council endorsed the plan":
            # the pair the first "and" opened is the subject, both its names (session 21: the second alone).
            subject = f"{both.group('first')} and {subject}"
        body = f"{subject} {predicate}"
    elif (
        (front := _FRONTED_PRONOUN.match(region)) is not None
        # after a comma only "he" and "she": "In early 2008, it was quickly being forgotten that ..." is an "it"
        # of the situation
        and (not front.group("front").endswith(",") or front.group("pron") in _PERSONAL)
        and (who := _pronoun_subject(front.group("pron"), ctx, c_start, s0 + front.start("pron")))
    ):
        # "In 1974 she founded the firm": the pronoun after a fronted time or place is the person named before.
        subject = who
        body = f"{front.group('front')} {who}{region[front.end('pron') :]} {predicate}"
    elif first in _QUANTIFIERS and region.lower() == first and (part := _part_of(ctx, s0)) is not None:
        # "recalled 42,000 charging cases ... following reports that some | had overheated": a quantifier
        # alone is some of the plural thing named before it ("Some of the 42,000 charging cases").
        subject = f"{region} of the {part}"
        body = f"{subject} {predicate}"
    elif (
        _COORDINATOR_BEFORE.search(masked, max(0, s0 - 8), s0) is not None
        and _VERB_THEN_SUBORDINATE.match(region) is not None
        and (first_subject := ctx.borrowed or _opening_subject(ctx, s0)) is not None
    ):
        # Session 30: "Dorra Vance arrived at noon but left as soon as | the speeches were finished": the verb after
        # "but" or "and" has the first verb's subject (the sentence's opening one when no event was made of the
        # first verb: "Dorra Vance didn't stay but left ..."), and the trigger is a subordinate clause's inside its
        # words ("Left as soon as the speeches were finished." was the summary): the coordinated clause told whole.
        subject = first_subject
        body = f"{subject} {region} {predicate}"
    elif (
        first in _GROUP_OPENERS_S34
        and region == region.lower()
        and (lost := _lost_subject(ctx, c_start, s0)) is not None
    ):
        # Session 34: "... more than doubled its seats but | will stay shut out of the talks", "sailed for Gravesholm
        # and | is expected to arrive": the words before the trigger are a verb group of their own ("will stay", "is
        # expected to"), no subject; told as the noun phrase ("Will stay shut out of the talks." was the summary,
        # and "Its leader" in the next sentence became "Will stay’s leader").
        subject = lost
        body = f"{subject} {region} {predicate}"
    else:
        described = None
        adverbial = _ADVERBS_THEN_SUBORDINATOR.match(region)
        if adverbial is not None and all(
            w in _COMPARING_ADVERBS or w.endswith("ly") for w in adverbial.group("lead").split()
        ):
            # Session 28 (lead): "would be used up to ten times a year, and more often as | sea levels rose": the
            # adverbs before the subordinator are the main clause's, the clause's subject is after it ("More often
            # as sea levels rose." had no main clause).
            region = adverbial.group("rest")
            first = _first_word(region)
        who_np = _NP_WHO.fullmatch(region)
        if (
            who_np is not None
            and not _FINITE_WORD.search(who_np.group("np"))
            # the relative's own verb is the trigger's ("A man who lived nearby | was rescued" is the main verb's)
            and (not who_np.group("rest") or _is_verb_group(who_np.group("rest")))
        ):
            # "— | representatives who ultimately will choose the nominee", "and | a staffer who made a bad
            # decision": a noun phrase and its relative, cut from the sentence as an aside or an object; what the
            # relative says of the noun is the sentence ("Representatives ultimately will choose ..."; session 13:
            # the summary was the noun phrase alone, "who" and all).
            region = f"{who_np.group('np')} {who_np.group('rest') or ''}".strip()
            bare = _bare_main_verb(predicate)
            if bare is not None and bare > 0:
                # Session 23: "A reporter who | has been asking about the returns got an answer he ...": the
                # sentence's main verb after the relative's words, no comma between, is another clause's (the
                # summary ran on: "A reporter has been asking about the returns got an answer ...").
                predicate = predicate[:bare].rstrip()
        if (DESCRIPTOR.search(region) or HEAD_OF.search(region)) and len(region.split()) <= 6:
            described = descriptor_person(region, ctx.book)  # "The NATO secretary general" -> the person
            if described is not None:
                ctx.book.note_alias(described, region)
        subject = described or noun_phrase_of(region) or region
        if (
            not described
            and (apposed := _DESCRIPTION_THEN_NAME.fullmatch(region)) is not None
            and (
                ctx.book.type_of(apposed.group("name")) != "person"
                or _last_word(apposed.group("description")).lower() in ROLE_WORDS
            )
        ):
            # "The manufacturer, Vexor Labs, | apologised": the name set off after the description is whom the next
            # clause's "it" or shared verb means (session 21: "It declined ..." was "The manufacturer declined
            # ..."); the summary keeps both as written. Not a name the entity book took for a person's after a
            # body's description: "it" would pass over it to another body.
            subject = apposed.group("name")
        asked = _ASKED_THEN_SAID.fullmatch(predicate) if not described else None
        if asked is not None and predicate.split()[0] not in PASTS:
            # Session 28 (lead): "Two thirds of the parents surveyed | said they ...": the participle after the noun
            # is a passive of it, the verb of saying the main clause's, its clause cut off ("... surveyed said.").
            predicate = f"{_passive_be(region)} {asked.group('part')}"
        body = f"{described or region} {predicate}"
        if not described and _uncontracted(first) in _PERSONAL and region.lower().startswith(first):
            # "He mocked Rubio for not having | won a single state": the sentence told from its pronoun subject,
            # the person named ("it" and "they" may stand for no noun here: "It is a testament to ...", "It was
            # Cruz who ...").
            body = _named_pronoun(body, ctx, c_start, s0)
    body = _people_in_objects(body, ctx, subject)
    body = _they_in_question(body, ctx, subject)
    if (
        _first_word(body.lstrip()) in _GROUP_OPENERS_S34
        and (restored := _subject_restored(body.strip(), ctx, c_start)) is not None
    ):
        body, subject = restored
    return Summary(finish(body), subject)


def _opening_subject(ctx: Context, s0: int) -> str | None:
    """The subject opening the sentence before its first verb, when it is a name the entity book knows or a noun
    phrase with a determiner, no pronoun ("Dorra Vance | didn't stay but ..."); else None."""
    opening = ctx.text[ctx.opening : s0]
    np = _before_first_finite(noun_phrase_of(opening)).strip()
    if not np or np == opening.strip() or _first_word(np) in _ALL_PRONOUNS or "," in np:
        return None
    if ctx.book.type_of(ctx.book.canonical(np)) is None and _first_word(np) not in ("the", "a", "an"):
        return None
    return np


# Session 30: an auxiliary and a past participle inside the words before a relative: a clause of their own.
_AUX_GROUP_IN_NP = re.compile(
    r"\s(?:has|have|had|was|were|is|are|will|would)\s+(?:not\s+|also\s+|already\s+)?(?:been\s+)?[a-z]+(?:ed|en)\s"
)


# Session 30: "after" or "since" right before a participle: what it tells happened before the main verb.
_AFTER_PARTICIPLE = re.compile(r"\b(?:after|since)\s+$", re.IGNORECASE)


# Session 30: a coordinator right before a clause with no subject of its own ("... at noon but | left as soon as").
_COORDINATOR_BEFORE = re.compile(r"\b(?:and|but|yet)\s+$")
# A past verb opening the words before the trigger, then a subordinator whose clause holds the trigger: "left as soon
# as | the speeches", "resigned after | the vote", "stayed until | the police" (lower case: no name's word).
_VERB_THEN_SUBORDINATE = re.compile(
    rf"(?P<verb>(?:{_PASTS})|[a-z]{{3,}}ed)\b(?:\s+[a-z]+){{0,6}}?\s+(?:as\s+soon\s+as|as\s+long\s+as|even\s+though|"
    r"after|before|until|because|although|once|when|while|since)\s+(?:the\s+|a\s+|an\s+)?[a-z]"
)


# "they" opening a question the summary's singular subject decides: "... will decide whether they reopen".
_THEY_IN_QUESTION = re.compile(r"\b(?P<q>whether|if)\s+they\b")
# The plural subject of the sentence's first clause, before its verb: "Schools in the Skarvik district | were".
_PLURAL_SUBJECT_OPENING = re.compile(
    r"\s*(?P<np>(?:(?:the|many|some|most|all)\s+)?(?:[\w-]+\s+)?(?P<head>[A-Za-z][a-z-]*[^\Ws]s)"
    r"(?:\s+(?:in|of|at|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[a-z]+)?)"
    r"\s+(?:were|are|have|had|will|would|remain|remained)\b"
)


def _they_in_question(body: str, ctx: Context, subject: str | None) -> str:
    """ "Schools in the Skarvik district were closed, and the town council will decide whether they reopen":
    "they" in the question is the plural subject of the sentence's first clause, not the singular subject
    of the summary, and is named ("... whether schools in the Skarvik district reopen")."""
    m = _THEY_IN_QUESTION.search(body) if "they" in body else None
    if m is None or subject is None or _plural(subject) or _first_word(subject) in _ALL_PRONOUNS:
        return body
    opening = _PLURAL_SUBJECT_OPENING.match(ctx.masked, ctx.opening)
    if opening is None or MASK in opening.group("np") or opening.end() > ctx.sent_start + len(ctx.masked):
        return body
    np = ctx.text[opening.start("np") : opening.end("np")]
    if np.split()[0] == ctx.text[opening.start("head") : opening.end("head")] or np.split()[0].lower() in (
        "the",
        "many",
        "some",
        "most",
        "all",
    ):
        np = np[0].lower() + np[1:]  # a common noun opening the sentence: "Schools" -> "schools"
    ctx.draw(opening.start("np"))
    return f"{body[: m.start()]}{m.group('q')} {np}{body[m.end() :]}"


# Words ending in -ing that are prepositions, not participles reporting: "according to new figures he" ("including
# ..." still opens a list the subject comes after).
# What a participle of saying or showing takes before its clause: "adding that", "refusing to concede that".
_PARTICIPLE_THAT = re.compile(r"^(?:to\s+[a-z]+\s+)?that\s+(?=\S)")
_ING_PREPOSITIONS = words("according regarding concerning")
# A reporting verb or "that" right before a clause's subject: a lower-case "-ing" word after it modifies the noun.
_REPORT_JUST_BEFORE = re.compile(
    r"\b(?:that|said|says|say|added|adds|told\s+[a-z]+|warned|warns|argued|argues|claimed|claims|noted|notes|believes|"
    r"believe|thinks|think|found|finds|showed|shows|show|suggested|suggests|estimated|estimates|"
    r"insisted|insists|stressed|confirmed|announced|predicted|predicts|feared|fears)\s+$"
)
# First words of a phrase before a relative's comma that is no noun phrase: "until at least March, which".
_NO_ANTECEDENT = words("at until till since by about around than least")
# A clause before a relative's comma, after "and that": "and that teachers knew which rooms had filters".
_CLAUSE_ANTECEDENT = re.compile(r"^(?:(?:and|but)\s+)?that\s+(?P<clause>\S.*)$", re.IGNORECASE)
# Quantifiers that stand alone as a subject ("some had overheated").
_QUANTIFIERS = words("some many most several none all others")
# A plural noun phrase with its count: "42,000 charging cases" (not a noun of saying, which is the
# head of the clause the quantifier opens: "reports that some").
# Session 31: the count may be a number word ("nine men") and the plural one without -s ("46 people", "12
# fishermen", "300 children"): "The farm employs 46 people, and none | will lose their job" was "None will lose ...".
_COUNT_WORDS = words(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens"
)
_PLURAL_THING = re.compile(
    r"(?<![\w,.])(?P<np>(?:\d[\d,.]*|(?i:" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + r"))"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*[^\Ws]s|[a-z]*(?:people|men|women|children)))\b"
)
_SAYING_NOUNS = words(
    "reports claims complaints fears warnings concerns signs suggestions allegations rumours rumors findings"
)


def _part_of(ctx: Context, s0: int) -> str | None:
    """The plural thing named last before a lone quantifier in its sentence, with its count, else None."""
    found = [
        m
        for m in _PLURAL_THING.finditer(ctx.masked, ctx.opening, s0)
        if m.group("np").split()[-1] not in _SAYING_NOUNS and MASK not in m.group("np")
    ]
    if not found:
        return None
    m = found[-1]
    np = m.group("np")
    ctx.draw(m.start("np"))
    if np[0].isupper():
        np = (
            np[0].lower() + np[1:]
        )  # a count word opening the sentence: "Twelve fishermen" -> "twelve fishermen"
    return np


# Pronouns that stand for a person (named when they open the words told whole).
_PERSONAL = words("he she")
# A subordinator of time before a gerund that tells what happened before: "since | taking office".
_GERUND_AFTER = re.compile(r"\s*(?:since|after|upon)\s+", re.IGNORECASE)
# "had since": after an auxiliary, "since" is an adverb of the verb group ("he had since apologized").
_SINCE_AFTER_AUX = re.compile(r"\b(has|have|had)\s+since\b", re.IGNORECASE)
# A time or place fronted before a pronoun subject, without a comma: "In 1974 | she", "Last year | he".
_FRONTED_PRONOUN = re.compile(
    r"(?P<front>(?:In|On|At|By|Last|This|Earlier|Later|Since|During|Two|Three|Four|Five|Months|Years|Weeks|Days)"
    # the fronted words may end in a comma: "In some states, he is seeking"
    r"\b[^,;]{0,40}?,?)\s+(?P<pron>he|she|they|it)\b"
)
# A verb of saying right before a clause's fronted words: "said | on Monday she would retire".
_SAID_JUST_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|added|insisted|warned)\s+$")
# The saying's time before the said clause's pronoun subject: "said | on Monday | she would retire".
_SAID_TIME = re.compile(
    r"(?:on|last|this|earlier)\s+(?:[A-Z][a-z]+day|week|month|year|night|morning|evening)\s+(?=(?:he|she|they|it|we)\s)"
)
# "where" and "when" after a comma open a clause with a subject of its own ("..., where he pleaded").
_PLACE_RELATIVE = re.compile(r"(?:where|when)\s+", re.IGNORECASE)
# A region before the verb that ends an aside: "..., which reported the scheme in 2023, | was".
_CLOSED_ASIDE = re.compile(r"\s*[^,\s][^,]*,\s*$")
# The sentence's subject, then an aside set off by commas that holds no verb of its own, right before the verb: a
# list of members ("Regional mayors, including Ana Varga and Tom Hale, | have") or a participle clause ("Tom Lindell,
# speaking at a rally in Ames, | announced"). The clause split starts the verb's clause at the aside (or after it),
# so the subject is cut off (session 15).
_SUBJECT_THEN_ASIDE = re.compile(
    # (after a reporting verb, the reported clause's subject: "Police said the man, wearing a red coat, | was")
    r"\s*(?:[^,;:“”\"()—–]{1,60}?\b(?:said|says|reported|announced)\s+(?:that\s+)?)?"
    r"(?P<np>[^,;:“”\"()—–]{1,80}?),\s+(?:including|among\s+them|[a-z]{3,}ing)\b[^,;:“”\"()—–]{0,140},\s*$"
)


_COUNTS = words("two three four five six seven eight nine ten dozens hundreds thousands several many both")


def _subject_before_aside(ctx: Context, verb_start: int) -> str | None:
    """The subject set off before an aside that the verb at ``verb_start`` follows, as ``_antecedent`` names it (a
    person's full name, else the noun phrase as written), or None: only when the words before the aside are the
    sentence's opening noun phrase (no verb, no pronoun, no preposition opening it)."""
    # (only with the aside's "-ing" or "among" in reach: most openings have neither; session 28, speed)
    m = (
        _SUBJECT_THEN_ASIDE.match(ctx.masked, ctx.opening, verb_start)
        if ctx.masked.find("ing", ctx.opening, verb_start) >= 0
        or ctx.masked.find("among", ctx.opening, verb_start) >= 0
        else None
    )
    if m is None:
        return None
    np = m.group("np")
    first = _first_word(np)
    if np.strip().lower() in SUBJECT_PRONOUNS:
        # "He, speaking at a rally, | criticized ...": whom the pronoun stands for when a reader can tell, else the
        # pronoun (never the rally the aside names).
        start = m.start("np") + len(np) - len(np.lstrip())
        pron = ctx.text[start : m.end("np")].strip()
        drawn = ctx.drawn_start
        who = _referent(ctx, pron.lower(), start)
        if who is None or _first_word(who) in _ALL_PRONOUNS:
            ctx.drawn_start = drawn
            who = pron
        ctx.draw(start)
        return who
    if (
        MASK in np
        or _FINITE_WORD.search(np)
        or first in _ALL_PRONOUNS | RELATIVES | _FRONTED | _PREPOSITIONS | _COORDINATORS
        or not (np.strip()[:1].isupper() or np.strip()[:1].isdigit() or first in _DETERMINERS | _COUNTS)
    ):
        return None
    drawn = ctx.drawn_start
    named = _antecedent(ctx, m.end("np") + 1)
    if named is None or _first_word(named) in _ALL_PRONOUNS:
        ctx.drawn_start = drawn
        return None
    own = ctx.text[m.start("np") : m.end("np")].strip()
    if named != own and named.endswith(own):
        # "Police said that two men": the reported clause's subject, not the words before it.
        ctx.drawn_start = drawn
        ctx.draw(m.end("np") - len(own))
        return own
    return named


# Session 26: "whose" too ("Greta Holm, whose bakery burned down, | reopened the shop" was told of the bakery), and
# "where" ("The bank, where Ms Hale worked for 30 years, | closed on Friday").
_LAST_RELATIVE = re.compile(r",\s+(?P<rel>which|who|whose|where)\s[^,]*,\s*$")
# Adverbs of sequence a coordinated verb may carry and still share the group before it ("and later charged").
_SHARED_ADVERBS = words("later then subsequently eventually also finally soon immediately quickly")
# A passive verb group before "and" ("was questioned on Monday and"), for a coordinated participle to share.
_PASSIVE_BEFORE_AND = re.compile(
    r"\b(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
    r"[^,;:.]{0,60}?\s+(?:and|or)\s+$"
)
# Session 25: where events cut a reduced relative from the sentence's own verb: right at that verb (or its auxiliary),
# after a space, not at a word that opens another clause; the participle has an agent, a place, a time or a purpose
# after it, not an object (events' ``_REDUCED_NEXT``: "Workers hired by the council | repaired", not "The company
# booked a charge").
_BY_NEXT = re.compile(r"\s+by\b")
_PLURALS_WITHOUT_S = words("police people children men women staff crew cattle")
_REDUCED_NEXT = re.compile(
    r"\s+(?:by|to|in|at|on|from|for|during|after|last|this|earlier|under|near|outside|inside|across|since)\b"
)
_CUT_BEFORE_MAIN_VERB = re.compile(
    r"\s+(?!(?:and|or|but|then|after|before|when|while|because|as|until|since|if|though|although|who|which|"
    r"that|where|whose|whether|so)\b)[a-z]"
)
# A clause that is only its verb after "and"/"or": it shares the verb group before it.
_BARE_AND = re.compile(r"\b(?:and|or)\s+$")
# Session 30: a modal opening a verb group, not negated (a negation's reach over "and" cannot be told): "will begin",
# "would create".
_MODAL_SHARED = re.compile(
    r"(?P<modal>will|would|shall|could|can|may|might|must|should)\b(?!\s+(?:not|never)\b|n’t|n't)",
    re.IGNORECASE,
)
_SHARED_MODALS = words("will would shall could can may might must should did does do")
_SHARED_BE = words("is are was were be been being am")
_SHARED_KEEP = _SHARED_MODALS | _SHARED_BE | words("has have had not n't never")
# After a participle written like the past ("arrested"), only a preposition, a time or the clause's end
# let it share a passive's "was": "were attacked and | arrested two men" is active.
_PASSIVE_NEXT = re.compile(
    r"\s*(?:[,.;:)”\"]|$)|\s+(?:in|on|at|for|with|by|to|from|into|over|under|after|before|during|as|and|or|"
    r"but|without|near|outside|inside|off|out|up|down|last|this|early|late|overnight|yesterday|today|again|"
    r"also|later|shortly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # Session 25 (lead): a sum after the participle is what a passive was fined or awarded ("has been banned ... and
    # | fined £40,000" was "A racehorse trainer fined £40,000.")
    r"|\s+[£$€]\d"
)


def _shared_group(group: str, text: str, trig_start: int, trig_end: int, lemma: str) -> str | None:
    """The auxiliaries of the previous verb that a coordinated verb shares ("would close ... and cut" ->
    "would"; "was treated ... and released" -> "was"), when the verb's form fits them, else None."""
    kept = [w for w in group.split() if w.lower() in _SHARED_KEEP]
    heads = [w.lower() for w in kept if w.lower() not in ("not", "n't", "never")]
    if not heads:
        return None
    # A phrasal trigger shares by its verb: "has been charged ... and | released on bail" (session 28, lead: "A man
    # from Salford released on bail." lost its "has been"); what follows the whole phrase tells a passive ("was
    # criticised and set up an inquiry" stays active).
    word, f = text[trig_start:trig_end].lower(), forms(lemma)
    if " " in word:
        word = word.split(None, 1)[0]
    last = heads[-1]
    if last in _SHARED_MODALS:
        fits = word == f.base
    elif last in _SHARED_BE:
        fits = word == f.gerund or (
            word == f.participle and (word != f.past or _PASSIVE_NEXT.match(text, trig_end) is not None)
        )
    else:  # has, have, had
        fits = word == f.participle
    return " ".join(kept) if fits else None


# What a ", payable ..." clause pays: the last sum named before it ("a quarterly dividend of 44 cents a share").
_PAID = re.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:dividend|distribution|payment|payout|bonus|coupon|"
    r"interest|fee|sum|amount|award|compensation|settlement)s?\b(?:\s+of\s+[^,;]{1,50})?",
    re.IGNORECASE,
)


def _payable(ctx: Context, c_start: int, c_end: int, trig_end: int) -> Summary:
    """ "approved a dividend of 44 cents a share, payable on March 31 to holders": "A dividend of 44 cents a
    share will be paid on March 31 to holders." (what is paid, else "A payment will be made")."""
    rest = cut_tail(ctx.text[trig_end:c_end])
    found = list(_PAID.finditer(ctx.masked, ctx.opening, c_start))
    paid = found[-1] if found else None
    if paid is None:
        return Summary(finish(f"A payment will be made{rest}"), None)
    ctx.extra.append((paid.start(), paid.end()))
    np = ctx.text[paid.start() : paid.end()].strip()
    return Summary(finish(f"{np} will be paid{rest}"), None)


# After a fronted participle clause: appositives set off by commas, then the main clause's subject, a name
# and its verb ("..., the second of five children, | Penhallow | left").
_SUBJECT_AFTER_FRONTED = re.compile(
    r"\s*,\s+(?:[^,;:“”\"]{1,50},\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:[a-z]+ly\s+)?[a-z]{3,}\b"
)


def _opens_with_participle(ctx: Context, trig_start: int, trig_end: int) -> bool:
    """Whether the trigger is a participle opening the sentence: "Born in 1938 ...", "Elected in 2019, ..."."""
    word = ctx.text[trig_start:trig_end]
    return not (
        " " in word
        or not word[:1].isupper()
        or ctx.masked[ctx.opening : trig_start].strip()
        or not (word.lower().endswith(("ed", "en")) or word.lower() in ("born", "built", "made", "held"))
    )


def _fronted_participle(ctx: Context, c_end: int) -> str | None:
    """The named subject a sentence-opening participle ("Born", "Raised", "Elected") tells of, or None; its
    name is evidence of its own (``ctx.extra``)."""
    m = _SUBJECT_AFTER_FRONTED.match(ctx.masked, c_end)
    if m is None or m.group("name").split()[0].lower() in _ALL_PRONOUNS | _DETERMINERS:
        return None
    rec = ctx.book.mentions_between(ctx.sent_start + m.start("name"), ctx.sent_start + m.end("name"))
    record = ctx.book.record(rec[0].key) if rec else None
    ctx.extra.append((m.start("name"), m.end("name")))
    # A surname the book could not tie to one person ("Penhallow" among three) stays as written.
    return record.name if record is not None else ctx.text[m.start("name") : m.end("name")]


# A relative clause whose verb reports ("..., which a Selmark official, speaking on condition of anonymity,
# said |"): the clause after it has the relative's antecedent for subject.
_WHICH_SAID = re.compile(
    r",\s+(?P<rel>which|who)\s+[^;:]{1,160}?\b(?:said|says|believed|believes|expected|expects|thinks)\s*$"
)
# The object of the verb before a relative's comma: "did not rule out | duties on Dorvessan farm goods,".
# The last noun phrase after "and" in an object, opened by a determiner: "a fall in prices and | the cost of energy".
_LAST_CONJUNCT = re.compile(r"\s(?:and|or)\s+(?P<np>(?:the|a|an|its|their|his|her)\s[^,;:]*)$")
_OBJECT_BEFORE_COMMA = re.compile(
    r"\b(?:out|up|off|[a-z]{3,}ed|[a-z]{3,}s)\s+(?P<np>[a-z][^,;:]{2,60}?)\s*,\s*$"
)

# A verb of saying (lexicon.SAID_FORMS; "told" with whom it told) or estimating, and what it said. Not "reported", a
# result as often: "The brewer reported a profit of £4m" said nothing (lexicon.SAYING_OR_RESULT).
_SAID_THEN = re.compile(
    rf"\b(?:{alternatives(SAID_FORMS - TELLING_FORMS | {'estimated'})}|(?:{alternatives(TELLING_FORMS)})\s+\w+)"
    r"\s+(?:that\s+)?(?P<rest>.*)$"
)


def _said_subject(masked_before: str, subject: str) -> bool:
    """Whether ``subject`` opens what a reporting verb of the sentence before said ("The authority said | the money
    would pay ...")."""
    m = _SAID_THEN.search(masked_before)
    return m is not None and m.group("rest").lower().startswith(subject.lower())


_RELATIVE_END = re.compile(r"\s+(?:that|which|who)$", re.IGNORECASE)
_FINITE_GROUP_AFTER = re.compile(
    r"\s(?:has|have|had|was|were|is|are|will|would)\s+(?:not\s+|been\s+)?[a-z]+(?:ed|en|ing)?\b[^,;]*$"
)
# A verb of saying inside the relative clause (lexicon.SAID_FORMS). Not "reported" (lexicon.SAYING_OR_RESULT): "A
# woman who reported the council after it cut her benefits | has won her case" is still the woman's verb to come.
_TOLD_INSIDE = re.compile(rf"\b(?:{alternatives(SAID_FORMS)})\b")
_SUBORDINATOR_INSIDE = re.compile(rf"\b(?:{CLAUSE_SUBORDINATORS})\s", re.IGNORECASE)
_AUX_OPENS = re.compile(r"\s*(?:has|have|had|was|were|is|are|will|would)\s", re.IGNORECASE)


# A relative clause's verb right before a subordinator: "38 cyclists and drivers who sued | after".
# The relative's verb opens its words (an auxiliary, or a past): "that patients were moved | after" is what was said,
# no relative (review of session 25: "Officials said was exposed to the virus.").
_RELATIVE_VERB_BEFORE = re.compile(
    r"(?P<np>\S[^,;:“”\"]*?)\s+(?:who|that)\s+(?:(?:had|has|have|was|were|is|are)\s+)?"
    rf"(?:[a-z]{{2,}}ed|{_PASTS})(?:\s+[a-z]+)?\s+$"
)
# Words a fronted adverb or phrase opens with: no noun a participle after its comma describes.
_NOT_UNDERGOERS = words(
    "elsewhere meanwhile however instead later earlier then now still yet also overall separately nearby there here "
    "in on at by for from with after before during since under over across within among near outside inside"
)


def _no_undergoer(np: str) -> bool:
    """Whether the words before a participle's comma are a fronted adverb or phrase, not a noun phrase ("Elsewhere,",
    "In Leeds,", "Separately,")."""
    first = _first_word(np)
    return first in _NOT_UNDERGOERS or (first.endswith("ly") and len(np.split()) == 1)


# Words that end a noun phrase read leftwards from its relative: a preposition or verb before it.
_NP_STOP = words(
    "at of in on for from with within among to by against including approved agreed reached signed paid"
)


def _relative_before(ctx: Context, end: int) -> str | None:
    """The noun phrase a relative clause right before ``end`` stands for, read back to a preposition (six words at
    most): "a settlement with | 38 cyclists and drivers who sued | after"."""
    m = _RELATIVE_VERB_BEFORE.search(ctx.masked, max(ctx.opening, end - 160), end)
    if m is None or MASK in m.group("np"):
        return None
    words_before = m.group("np").split()
    kept: list[str] = []
    for w in reversed(words_before):
        if w.lower() in _NP_STOP or len(kept) == 6:
            break
        kept.insert(0, w)
    if not kept or kept[0].lower() in ("and", "or"):
        return None
    start = m.start("np") + len(m.group("np")) - len(" ".join(kept))
    if ctx.masked[start : m.end("np")] != " ".join(kept):
        return None  # (spacing the split does not give back)
    return ctx.text[start : m.end("np")]


def _missing_subject(ctx: Context, c_start: int, s0: int | None = None) -> str | None:
    """The subject of a clause that has none: "a scheme prosecutors said | paid for ...", else the sentence's
    previous event's ("... set aside $250,000 and | would review ...")."""
    m = _EMBEDDED_REPORT.search(ctx.masked[:c_start])
    if m is not None:
        ctx.draw(m.start("np"))
        return ctx.text[m.start("np") : m.end("np")]
    rel = _WHICH_SAID.search(ctx.masked, ctx.opening, c_start)
    if rel is not None:
        # "did not rule out duties on farm goods, which an official said | could be announced": the verb's
        # subject is what the relative stands for, not the previous clause's subject.
        obj = _OBJECT_BEFORE_COMMA.search(ctx.masked, ctx.opening, rel.start("rel"))
        if obj is not None and MASK not in obj.group("np"):
            np_start = obj.start("np")
            conjunct = _LAST_CONJUNCT.search(obj.group("np"))
            if conjunct is not None:
                # Session 29 (LEAD-NOTE-s29-1, item 2): "blamed a fall in sugar prices and the cost of energy, which
                # it said had tripled": the relative stands for the nearest noun phrase after "and" ("A fall in
                # sugar prices and the cost of energy had tripled" was told).
                np_start += conjunct.start("np")
            ctx.draw(np_start)
            return ctx.text[np_start : obj.end("np")]
        ante = _antecedent(ctx, rel.start("rel"))
        if ante is not None:
            return ante
    closed = _LAST_RELATIVE.search(ctx.masked, ctx.opening, c_start)
    drawn = ctx.drawn_start
    if closed is not None and (ante := _antecedent(ctx, closed.start("rel"))) is not None:
        if closed.group("rel") == "whose":
            ctx.drawn_start = drawn  # (the evidence stays the verb's own, as session 13 drew it)
        # "The plan, which the council approved in May, | was dropped": the verb after a relative closed by its
        # comma is the antecedent's, not the relative's subject (the previous event's, "The council was dropped.").
        return ante
    # A subject borrowed from the sentence's previous event stays out of this one's evidence:
    # each coordinated verb keeps its own clause ("fined ... and | banned it from ...").
    if ctx.borrowed is not None:
        return ctx.borrowed
    said = _speaker_before(ctx, c_start if s0 is None else s0)
    return said if said is not None else _opening_pronoun(ctx, c_start)


# A pronoun opening the sentence as its subject: "It now goes to the governor, ..., and | is expected".
_OPENING_PRONOUN = re.compile(r"[\s“\"]*(?P<pron>[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+(?=[a-z])")


def _opening_pronoun(ctx: Context, c_start: int) -> str | None:
    """The entity a pronoun opening the sentence stands for, when the clause is a verb after "and" with no
    subject of its own and no event before it gave one ("It now goes to the governor, ..., and | is expected
    to take effect"): a name, never the pronoun itself."""
    if _AND_BEFORE.search(ctx.masked, max(0, c_start - 8), c_start) is None:
        return None
    m = _OPENING_PRONOUN.match(ctx.masked, ctx.opening, c_start)
    if m is None:
        return None
    drawn = ctx.drawn_start
    who = _pronoun_subject(m.group("pron"), ctx, c_start, m.start("pron"))
    if who is None or _first_word(who) in _ALL_PRONOUNS:
        ctx.drawn_start = drawn
        return None
    ctx.draw(m.start("pron"))
    return who


# "and" or "but" right before a clause whose subject is the speaker of the sentence's reporting verb.
_AND_BEFORE = re.compile(r"(?:,\s*)?\b(?:and|but)\s+$")
_SAID = re.compile(r"\b(?:said|says|told|added)\b")


# A clause with its own verb, then "and" and a new subject: "Protesters blocked the road and | police".
_AND_SUBJECT = re.compile(
    r"(?P<head>\S.*?\S),?\s+and\s+(?P<subject>(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,2}?"
    # (not a relative: "the fault of the vendor and a staffer who | made ..." joins two nouns, and "a staffer who"
    # is no subject; session 13)
    r"[\w’'-]+)(?<!\swho)(?<!\swhich)$"
)
_OWN_AUX = words("has have had is are was were will would could can may might must should did does")
# A pair's "both" and first member, then its "and", right before a clause: "... the seat and both Tom Vale and |".
_PAIR_BEFORE_CLAUSE = re.compile(
    r"(?:[,;]|\band)\s+(?P<pair>[Bb]oth\s+(?:the\s+)?[A-Z](?:(?!\b(?:and|or|both)\b)[^,;:])*?)\s+and\s+$"
)
# "both" and a pair's first member ending the words before the subject's "and": "... and both the Dover Guild".
_PAIR_OPENED = re.compile(r"(?:,?\s+and\s+|^)(?P<first>[Bb]oth\s+(?:(?!\b(?:and|or)\b)[^,;:])+)$")


def _has_own_verb(head: str) -> bool:
    """Whether words before "and" are a clause with its verb ("Protesters blocked the road", "were
    dispersed"), not a noun phrase with a participle ("New tariffs on imported furniture")."""
    ws = head.split()
    for k, w in enumerate(ws):
        low = w.lower()
        if low in _OWN_AUX:
            return True
        prev = ws[k - 1].lower() if k else ""
        if (
            k
            and w.islower()
            and low.endswith("ed")
            and len(low) > 4
            and prev not in _DETERMINERS
            and prev not in _PREPOSITIONS
            and prev not in ("on", "by", "to", "and", "or")
            and not prev.endswith("ly")
        ):
            return True
    return False


# A description in lower case, then a name set off by commas, the whole region before the verb: "The manufacturer,
# Vexor Biologics,".
_DESCRIPTION_THEN_NAME = re.compile(
    r"(?P<description>(?:[Tt]he|[Aa]n?)\s+[a-z][a-z\s-]{1,40}),\s+(?P<name>[A-Z][\w’'.&-]+(?:\s+[A-Z][\w’'.&-]+){0,3}),?"
)
_POSSESSED_NAMED = re.compile(
    r"(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[^,;]{2,40},\s+"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?:,?$|,\s+(?P<rest>[^,;]*)$)"
)
# "until March", "before half-time" (not "after 0.7%", a comparison) right after a clause's end, up to a comma, a full stop or a new clause.
_TIME_AFTER_CLAUSE = re.compile(
    r"\s+(?P<pp>(?:until|till|before|after|since)\s+"
    rf"(?!(?i:{'|'.join(sorted(_PERSON_TITLES))})\.)(?:(?:the|next|last|this|early|late|mid)\s+)?"
    r"(?:[A-Z\d][\w’'.,-]*|half-time|halftime|midnight|noon|dawn|dusk|weekend|summer|winter|spring|autumn)"
    r"(?:\s+(?:[A-Z\d][\w’'.-]*|a\.m\.|p\.m\.)){0,2}"
    # Session 23 (lead's finding): the day of a time of day ("until noon on Saturday" was cut to "until noon.")
    r"(?:\s+on\s+[A-Z][\w’'.-]*(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)?)(?![\d.]*%)"
    # Session 27 (lead's note): a comma or a point between digits is inside a number, no end ("after 12,000 fish
    # escaped" was cut to "after 12.").
    r"(?=\s*[,.;:](?!\d)|\s*$|(?<=\.)\s|\s+(?:because|as|when|while|and|but|to|if|unless|after|before|on|in|at)\b)"
)
# A span of time ending a verb phrase, and the "before"/"after" of the clause the split cut off after it.
_SPAN_BEFORE_CLAUSE = re.compile(
    # (no "a month": after a price it is a rate, "$1,150 a month before discounts"; an adverb before the count
    # goes with it, "erupted just two months | before")
    r"(?:\s+(?:just|only|about|nearly|almost|some|barely|at\s+least|more\s+than|less\s+than|fewer\s+than|up\s+to))?"
    r"\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+"
    r"(?:minutes|hours|days|weeks|months|years|decades|minute|hour|day|week|month|year)$"
)
# What every ``_SPAN_BEFORE_CLAUSE`` match ends with (its ``$`` also matches before a newline ending the text): the
# pattern, which has no first character the engine can skip to, is asked only of a text ending so (session 34, speed).
_SPAN_BEFORE_CLAUSE_LAST = ("minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
                            "year", "years", "decades", "\n")  # fmt: skip
_BEFORE_AFTER = re.compile(r"\s*(?:before|after)\s")
# "even" the clause break cut from the subordinator it stressed ("even | though", "even | if", "even | as").
_EVEN_CUT = re.compile(r"(?<!\bbreak)(?<!\bbroke)(?<!\bbroken)(?<!\bbreaks)(?<!\bbreaking),?\s+even\s*$")
_CLAUSE_AFTER_EVEN = re.compile(r"\s*(?:though|if|as|when|while|after|before|because|so)\b")
# The object of "told" cut off after it: "Sanders told | the crowd", "has told | her supporters that ...".
# The speaker's own act after what was said, joined by "and"/"but": "said prices rose and | called for ...". The verbs
# of attributions' ``SECOND_REPORT`` and a few of asking and promising.
SPEAKER_ACTS = words(
    "called urged warned said added cited demanded insisted claimed appealed pledged vowed promised"
)
_SPEAKER_ACT_AFTER = re.compile(
    rf",?\s+(?:and|but)\s+(?:also\s+)?(?:{alternatives(SPEAKER_ACTS)})\b(?!\s+(?:it|him|her|them)\s+(?:a|an)\b)"
)
# A participle's own words closed by a comma, the main clause going on with its verb or "to" after it: " in 1921, |
# relies on the grant", " in October 2025, | to bring in".
_ASIDE_CLOSED = re.compile(
    r"(?P<aside>[^,;:“”\"()]{0,60}),\s+(?=(?:to|is|are|was|were|has|have|had|will|would|could|can|may|might|must|"
    r"should|(?!this\b|thus\b|its\b|his\b|has\b)[a-z]{3,}s|[a-z]{3,}ed)\s)"
)
# The noun phrase a participle set off after a comma describes: "The orchestra,", "had expected the levy,", "Sunvale,".
_SET_OFF_NP = re.compile(
    r"(?:^|\s)(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),$"
)
# "and" or "but", then a subject pronoun and a finite auxiliary: a clause of its own ("... and it was considering").
_OWN_SUBJECT_AFTER = re.compile(
    r",?\s+(?:and|but)\s+(?:it|he|she|they|we)\s+(?:was|is|were|are|had|has|have|would|will|could|should|might|may)\b"
)
# A participle of holding right after a happening's noun: "a poll | conducted on Thursday", "a rally | held in Dover".
_HELD_PARTICIPLE = re.compile(
    r"\s+(?P<part>(?:conducted|held|staged|carried\s+out)\s+(?:on|in|at|by|last|this)\s)"
)
# Participles of a speaker's own act, after a reporting tail: "..., the council said, | apologising for ...".
SPEAKER_PARTICIPLES = words(
    "apologising apologizing calling urging citing warning blaming noting promising vowing pledging confirming "
    "denying rejecting insisting welcoming praising criticising criticizing accusing describing adding saying "
    "appealing thanking condemning"
)
# A reporting tail closed by its comma, right before the participle: ", the council said on Thursday, |".
_TAIL_SPEAKER_BEFORE = re.compile(
    r",\s+(?P<np>(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|police)"
    r"\s+(?:said|says|announced|added|confirmed|stated|wrote)(?:\s+(?:on|in|last|this|late|early)\s+\w+)?"
    r"(?:\s+in\s+a\s+statement)?\s*,\s*$"
)
# A quotation closed before its speaker, the words before a verb of telling: '"I was tired," Castell | told'.
_QUOTE_THEN_SPEAKER = re.compile(
    r"[“\"][^“”\"]{2,}[”\"]\s*,?\s*(?P<speaker>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|[Hh]e|[Ss]he"
    r"|(?:the|a|an|his|her|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})"
)
# What was told, a clause after the object: "told the board that ...", "told the radio he would ...".
_THAT_OR_CLAUSE = re.compile(r"\b(?:that|he|she|they|it|we)\b")
_TOLD_OBJECT = re.compile(
    r"\s+(?P<obj>(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)"
    # Session 25: a time or occasion ending the sentence after the object ("told the national broadcaster | after
    # the final game.": "X told." was the summary)
    r"(?P<pp>\s+(?:after|before|during|following|at|on|in)\s+(?:the|a|an|his|her|their|its|this|last)"
    r"(?:\s+[\w’'-]+){1,4}(?=\s*[.;]|\s*$))?"
    r"(?=\s*[,.;:]|\s+that\b|\s*$"
    # ... or before what was told, a clause of its own with its pronoun subject: "told the crowd | he was the first"
    # (session 13: "X told." was the summary)
    r"|\s+(?:he|she|they|we|it)\s+(?!(?:and|or|to)\b)[a-z])"
)
# A modifier of a count ending the clause ("19 confirmed"), and the plural noun the split cut off after it.
_CUT_MODIFIER = re.compile(r"\d[\d,]*\s+(?:confirmed|suspected|reported|probable|registered)$")
_COUNTED_NOUN = re.compile(r"\s+(?P<noun>[a-z]+s)\b(?=\s*[,.;:]|\s+(?:in|of|and|on|at)\b)")


def _counted(ctx: Context, words_: str, whole: str, c_start: int, c_end: int) -> str:
    """Words ending the clause with the plural noun a count's modifier lost to the clause split: "has grown
    to 19 confirmed | cases" (``whole``: the words up to the clause's end, before any tail was cut)."""
    if words_.rstrip() != whole.rstrip() or _CUT_MODIFIER.search(words_.rstrip()) is None:
        return words_
    noun = _COUNTED_NOUN.match(ctx.masked, c_end)
    if noun is None:
        return words_
    ctx.draw(c_start, noun.end("noun"))
    return words_.rstrip() + ctx.text[c_end : noun.end("noun")]


# What may stand between a participle and a reporting verb in "A court document filed Thursday says": a few
# words of time or place, no clause ("The council voted 6-1 for the resolution which said" is active).
_SHORT_BETWEEN = re.compile(r"(?:\s+(?!(?:which|that|who|and|but)\b)[\w’'.-]+){0,4}")
# A reporting verb ending the words after a participle: "A court document filed Thursday | says".
_SOURCE_SAYS = re.compile(r"\s+(?:says|said|shows|showed|states|stated|finds|found)$")
# Verbs of saying or deciding whose object may be a question cut off as a clause of its own.
_TELLING = words("say tell disclose confirm announce reveal decide explain specify indicate comment")
# Session 18 (lead): any question word, not only "whether" ("The agency has not said | how much the delays will
# cost" was "The agency has not said."); "when asked" is the question put to the speaker, not the object.
_WHETHER_AFTER = re.compile(
    r"(?P<q>\s+(?:whether|if|how(?:\s+(?:much|many|long|soon|far))?|when(?!\s+asked\b)|why|where|what|who|which)"
    r"\s+[^,;:]{3,100}?)(?=\s*[,;:.]|\s*$)"
)
# A noun phrase (a determiner or a count before it, or one plural word) and "who" with what follows it, as the
# whole of the words before a verb: "a staffer who", "six-million people who", "representatives who ultimately".
_NP_WHO = re.compile(
    r"(?P<np>(?:(?:a|an|the|some|many|several|most|other|\d[\d,.]*|[a-z]+-(?:million|thousand|hundred))\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+|[a-z][\w-]*[^\Ws]s))\s+who(?:\s+(?P<rest>[^,;“”\"]*))?",
    re.IGNORECASE,
)
_FINITE_WORD = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|be|been|"
    r"[a-z]{2,}ed|began|spent|said|went|came|took|made|won|lost|left|fell|rose|met|told|got)\b|’s\b|'s\b"
)


def _reported_pronoun(rep: re.Match[str], ctx: Context, s0: int) -> str | None:
    """Who the pronoun after "He recalled that" stands for: not the reporter when the two pronouns differ
    ("He recalled that she": if both resolve to one person, the book cannot tell them apart, None)."""
    pron = rep.group("pron")
    who = _pronoun_subject(pron, ctx, s0 + rep.start("pron"), s0 + rep.start("pron"))
    outer = rep.group("who")
    if who is None and {outer.lower(), pron.lower()} == {"he", "she"}:
        # Two people the pronoun may stand for ("Bryn Kerr ... Mary Penhallow. He recalled that she"): the one
        # whose name says the pronoun's gender, other than the teller.
        return _other_person_before(ctx, pron, _pronoun_subject(outer, ctx, s0, s0))
    if who is None or outer.lower() == pron.lower():
        return who
    teller = _pronoun_subject(outer, ctx, s0, s0) if outer.lower() in SUBJECT_PRONOUNS else outer
    if teller == who and {outer.lower(), pron.lower()} == {"he", "she"}:
        # "Bryn Kerr paid tribute to Orla Penhallow. He recalled that she ...": pronouns of two genders are two
        # people; "she" is the other person named last before the sentence, when one fits.
        return _other_person_before(ctx, pron, teller)
    return None if teller == who else who


def _other_person_before(ctx: Context, pronoun: str, teller: str | None) -> str | None:
    """The person named last before the sentence (outside quotes, within a few sentences' reach) that is not
    ``teller`` and whose known gender ``pronoun`` fits, or None."""
    for men in reversed(ctx.book.mentions_between(max(0, ctx.sent_start - 600), ctx.sent_start)):
        rec = ctx.book.record(men.key)
        if men.type != "person" or men.in_quote or rec is None or rec.name == teller:
            continue
        other = "he" if pronoun.lower() == "she" else "she"
        if ctx.book.fits_pronoun(rec.name, pronoun) and not ctx.book.fits_pronoun(rec.name, other):
            return rec.name  # (a person whose gender is known: "Rhodri" may be anyone's "she")
    return None


# A reporting verb and the pronoun subject of what it reports, inside the words before the verb: "He
# recalled that | she".
_REPORT_IN_REGION = re.compile(
    r"^(?P<who>he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:also\s+)?(?:recalled|remembered|said|says|"
    r"added|noted|explained|insisted|argued|believed|believes|thought)\s+(?:that\s+)?(?P<pron>he|she|they)$",
    re.IGNORECASE,
)
# A determined noun phrase and the comma of an appositive after it, ending the words before one:
# "She said | the first case, ".
_APPOSED_HEAD = re.compile(
    r"(?:^|\s)(?P<head>(?:the|a|an|its|their|his|her)\s[^,;“”\"]{1,40}),\s+$", re.IGNORECASE
)
# A relative's verb of forcing, its object and "to" ending the words before the verb: "that had forced 11
# mills to |" (a forcing verb of the clause's own subject is left as it is: "The storm forced the airline to").
_FORCED_TO = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+)?(?P<verb>forced|prompted|compelled|pushed)\s+"
    r"(?P<obj>(?:[\d,]+\s+|the\s+|its\s+|their\s+|some\s+|many\s+)?[^,;“”\"\s]+(?:\s+[^,;“”\"\s]+){0,3}?)\s+to$"
)
_NAME_OR_NUMBER = re.compile(r"\d|\s[A-Z]")
# A finite verb after the trigger: the clause goes on to a main verb of its own ("The government which
# has announced a review ... appears to"), so a relative opening it is no subject's.
_LATER_FINITE = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|appears|seems|remains)\s")
# Words before a relative that are a clause: a subject pronoun or "there" and a form of "be" or "have".
# Session 31: a noun phrase ending in a preposition's object of people before "who": "... for families", "the sacking
# of officers", "attacks on big landlords and property developers" (a plural: after a name, "the ex-wife of Alan
# Grayson who", the person before the preposition is as often meant).
_WHO_AFTER_PREPOSITION = re.compile(
    r"^(?P<before>.*\S)\s(?:of|for|on|against|to|by|from|with|among|between|about)\s+"
    r"(?P<np>(?:(?:the|a|an|some|many|all|its|their|his|her)\s+)?(?!(?:the|a|an)\b)(?:[\w’'-]+\s+){0,4}?"
    r"(?:[a-z][\w-]*[^\Ws’']s|[a-z]*(?:people|men|women|children)))$"
)
# Words before the preposition whose noun the "who" may be: people and groups of them ("the head of", "members of").
_WHO_OWNERS = (
    ROLE_WORDS
    | LOWER_ROLE_HEADS
    | words(
        "member members head heads leader leaders chief chiefs sister sisters brother brothers son sons daughter "
        "daughters wife husband mother father parents friend friends family families relatives widow group groups "
        "one some many most all none several both each any few pair couple number handful majority minority half "
        "third quarter dozen dozens hundreds thousands millions percent share team panel crowd band"
    )
)
_CLAUSE_BEFORE_RELATIVE = re.compile(
    r"(?:they|we|he|she|it|there|these|those)\s+(?:are|were|is|was|have|had)\s", re.I
)
# A relative clause inside the words before the verb, after an appositive's comma or a participle
# ("..., including a 7-month-old infant who", "the second patient, a retired porter who").
_INNER_RELATIVE = re.compile(
    r"^(?P<lead>[^“”\"]*,\s+|[a-z]+ing\s+)?(?P<np>(?:a|an|the|this|its|their|his|her|[A-Z][\w’'-]*)(?:\s[^,;“”\"]{0,60}?)?)"
    r"\s+(?P<rel>who|which|that)(?:\s+(?P<rest>[^,;“”\"]*))?$"
)
# "according to figures | the statistics office, Statel, | published": an object relative without "that".
_SOURCE_THEN_MAKER = re.compile(
    r"according\s+to\s+(?P<obj>(?:figures|data|numbers|statistics|estimates|results|minutes|records))\s+"
    r"(?P<maker>(?:the|a|an|its)\s+[^,;]+?)(?:,\s+(?P<name>[A-Z][^,;]+?),)?\s*$",
    re.IGNORECASE,
)
# "according to new financial documents | he | submitted": a source and the pronoun that made it.
_SOURCE_THEN_PRONOUN = re.compile(
    r"^(?:according\s+to|based\s+(?:up)?on)\s+(?P<obj>(?:a|an|the|new|its|his|her|their)\s+[^,;“”\"]{1,50}?)\s+"
    r"(?P<pron>he|she|they)$",
    re.IGNORECASE,
)
_AND_GROUP = re.compile(r"(?P<head>\S.*?)\s*,?\s+(?:and|but)\s+(?P<group>[\w’' -]+)$")


# A thing's noun phrase: a determiner and words in lower case ("the ban", "a new law"), no name, no number.
_THING_PHRASE = re.compile(r"(?:the|a|an|this|that)(?:\s+[a-z][a-z-]*){1,3}", re.IGNORECASE)


def _thing_reported_then_agent(ctx: Context, c_start: int, head: str, verb: str) -> str | None:
    """The speaker of the reported clause at ``c_start`` when its subject ``head`` is a thing and the verb after its
    "and" one only a body or a person does (``_AGENT_VERBS``: "announced", "vowed", "said"): "The union said the ban
    was unlawful and announced ..." is the union's announcement. A person or a body in the reported words ("the
    workers", "the council") may be the one who acts: left to the older paths."""
    if verb.lower() not in _AGENT_VERBS or _THING_PHRASE.fullmatch(head) is None:
        return None
    last = head.split()[-1].lower()
    if _person_noun(last) or last in _NAMED_HEADS or last in _BUSINESS_HEADS or plural_subject(last):
        return None
    return _named_reporter(ctx, c_start)


def _said_by(ctx: Context, c_start: int, group: str) -> str | None:
    """The speaker of a clause reported right before ``c_start`` when ``group`` is a verb group (a verb
    after "and" in reported words is then the speaker's: "said the talks had stalled and | declined to")."""
    if not _is_verb_group(group):
        return None
    return _named_reporter(ctx, c_start)


def _named_reporter(ctx: Context, c_start: int) -> str | None:
    """The named speaker of the words reported right before ``c_start``, if a report opens them; ``None`` (and the
    context's drawn start as it was) when there is none or it is a pronoun."""
    if _REPORTED_BEFORE.search(ctx.masked[:c_start]) is None:
        return None
    drawn = ctx.drawn_start
    reported = _speaker_of_report(ctx, c_start)
    if reported is None or reported[0].split()[0].lower() in _ALL_PRONOUNS:
        ctx.drawn_start = drawn
        return None
    return reported[0]


# A question put to someone, its clause cut after "when" or "after": "asked whether", "asked by reporters if".
_ASKED = re.compile(
    r"asked\s+(?:(?:on|by|in|at|about|during)\s+[^,;]{1,40}?\s+)?(?:whether|if|how|what|why|who|when|where|which)\b",
    re.IGNORECASE,
)
# A subordinator right before a participle with no subject or auxiliary: "when | asked", a passive cut short.
_REDUCED_SUBORDINATOR = re.compile(r"\b(?:when|after|before|once|if|until)\s+$", re.IGNORECASE)
# The cue of the sentence the answer was given with: "Christie said | when asked", "Hale told the radio | when asked".
_ANSWERED = re.compile(r"\b(?:said|says|told|tells|replied|answered|responded)\b")


# A question fronted, then its answerer and the answer's cue: "Asked whether ..., Greta Holm | said".
_FRONTED_ASKED = re.compile(
    r"[\s“\"]*Asked\s[^;:“”\"]{3,160}?,\s+(?:(?:the|a)\s+[a-z]+\s+|(?:[A-Z][\w’'.-]*\s+){1,4}?)"
    r"(?=(?:said|says|told|tells|replied|answered|responded|insisted)\b)"
)
_ANSWER_TAIL = re.compile(
    r",\s+(?:(?:the|a)\s+[a-z]+|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
    r"(?:said|says|told|tells|replied|answered|responded|insisted)\b.*$"
)


def _asked_one(ctx: Context, c_start: int) -> str | None:
    """Who was asked: the one who speaks in the sentence before the question, named (not a pronoun)."""
    cues = list(_ANSWERED.finditer(ctx.masked, ctx.opening, c_start))
    if cues:
        cue = cues[-1].start()
    else:
        # Session 24: "Asked whether the pier would reopen, Greta Holm said it would": the question fronted, the one
        # who answered after its comma ("Asked whether the pier would reopen." was the summary).
        fronted = _FRONTED_ASKED.match(ctx.masked, ctx.opening)
        if fronted is None or fronted.end() <= c_start:
            return None
        cue = fronted.end()
    ph = subject_before(ctx.masked, cue)
    if ph is None or ph.kind == "pronoun" or MASK in ph.text:
        return None
    ctx.draw(ph.start)
    return resolve_phrase(ctx.text[ph.start : ph.end], ph.kind, ctx.sent_start + ph.start, ctx.book)


def _speaker_before(ctx: Context, c_start: int) -> str | None:
    """The speaker a verb after "and" shares when the sentence's first verb reported what was said: "A
    lawyer for the firm, Ines Coelho, said her client was studying the ruling, and | declined to comment"."""
    if _AND_BEFORE.search(ctx.masked, max(0, c_start - 8), c_start) is None:
        return None
    cue = _SAID.search(ctx.masked, ctx.opening, c_start)
    if cue is None:
        return None
    ph = subject_before(ctx.masked, cue.start())
    if ph is None or ph.kind == "pronoun":
        return None
    name = resolve_phrase(ctx.text[ph.start : ph.end], ph.kind, ctx.sent_start + ph.start, ctx.book)
    ctx.draw(ph.start)
    return name


def _whole(ctx: Context, c_start: int, c_end: int, trig_end: int) -> Summary:
    """From the nearest earlier clause with a subject to the clause's end: it carries the subject the clause lacks."""
    text, masked = ctx.text, ctx.masked
    tail = cut_tail(text[trig_end:c_end])
    for st in [
        *sorted((x for x in ctx.clause_starts if ctx.opening <= x < c_start), reverse=True),
        ctx.opening,
    ]:
        lead = masked[st:c_start]
        s0 = st + len(lead) - len(_strip_leading(lead.lstrip()))
        w = _first_word(masked[s0:c_start])
        if (
            not w
            or w in _VERB_GROUP
            or w in RELATIVES
            or w in ("to", "whose")
            or w in _ALL_PRONOUNS
            or w in _NO_ANTECEDENT
        ):
            continue  # ("until | at least April, which": a time, no subject)
        ctx.draw(s0)
        return Summary(finish(text[s0:trig_end] + tail), None)
    ctx.draw(ctx.opening)
    whole = text[ctx.opening : trig_end].strip()
    if _CONDITION.match(whole):
        # "If convicted of arson, Kimbrough faces ...": the condition is the event's modality, kept.
        return Summary(finish(whole + tail), None)
    told = _strip_leading(whole)
    if _uncontracted(_first_word(told)) in _PERSONAL:
        # "She drew support from voters who cared about a candidate who can | win": the person opening the
        # sentence told is named.
        told = _named_pronoun(told, ctx, c_start, ctx.opening + len(whole) - len(told))
    return Summary(finish(told + tail), None)


_CONDITION = re.compile(r"(?:if|unless)\s", re.IGNORECASE)
# A condition fronted before the clause's own subject: "If the strike goes ahead, | the airline".
_CONDITION_CLAUSE = re.compile(r"\s*(?:if|unless)\s[^,;]{3,80},\s+(?P<subject>[^,;]+?)\s*$", re.IGNORECASE)


# A noun phrase after a preposition, then the participle: "according to a study | published on Monday",
# "in a report | released on Friday". The phrase is the subject of a passive.
_REDUCED_RELATIVE = re.compile(
    r"^(?:according\s+to|to|in|of|from|by|with|for|on|at)\s+"
    r"(?P<np>(?:a|an|the|this|these|its|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}"
    # its complements: "an email from the president of the federation"
    r"(?:\s+(?:of|from|for|at|with)\s+(?:(?:the|a|an|its|their)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}){0,2})$",
    re.IGNORECASE,
)


def _before_first_finite(phrase: str) -> str:
    """A subject phrase cut before its first past-tense verb: "The team sequenced the genomes" -> "The
    team" ("The retired judge": an -ed word after a determiner is an adjective, kept)."""
    ws = phrase.split()
    for k in range(1, len(ws)):
        w = ws[k]
        if w.islower() and w.endswith("ed") and len(w) > 4 and ws[k - 1].lower() not in _DETERMINERS:
            return " ".join(ws[:k])
    return phrase


_DETERMINERS = words("a an the its their his her our this these those no some any each every")


def _announced_before(ctx: Context, c_start: int) -> str | None:
    """The sentence's first clause when the announcement is a tail after it, "X will build ..., the company
    announced": a clause with a subject (not a pronoun, relative or subordinator) and no quotation."""
    starts = [x for x in ctx.clause_starts if ctx.opening <= x < c_start]
    if not starts or not ctx.masked[:c_start].rstrip().endswith(","):
        return None
    a, b = starts[0], starts[1] if len(starts) > 1 else c_start
    first = ctx.masked[a:b].strip().rstrip(",;: ")
    w = _first_word(first)
    if (
        len(first.split()) < 3
        or MASK * 2 in first
        or w in _ALL_PRONOUNS
        or w in RELATIVES
        or _LEADING.match(first)
    ):
        return None
    ctx.draw(a)
    return ctx.text[a:b].strip().rstrip(",;: ")


_ALL_PRONOUNS = SUBJECT_PRONOUNS | POSSESSIVES | words("we i you this")
_AUX_FIRST = words("has have had is are was were will would could can may might must should did does")
_COORDINATORS = words("and or but")
_PREPOSITIONS = words("at of in on for from with within among")
# A determined noun phrase right before a comma: the noun a place after it describes.
_PLACE_APPOSITIVE = re.compile(
    r"(?P<np>\b(?:the|a|an|its|their|his|her|this|these|those)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+),\s+$",
    re.IGNORECASE,
)
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her|this|these|those)\s", re.IGNORECASE)
_OBJECT_PRONOUN = re.compile(
    r"(\b(?:ordered|barred|told|asked|sentenced|fined|charged|jailed|banned|freed|released)\s+)(?:her|him)\b"
)
# A reporting verb right before the clause: "NATO on Wednesday said | they may ...", "X said on Monday in a
# statement that | it ...".
_REPORTED_BEFORE = re.compile(
    r"\b(?P<cue>said|says|added|told\s+(?:reporters|journalists)|warned|announced|confirmed|insisted)"
    r"(?:\s+(?:on|in|last|this)\s+\w+)?(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|interview|letter|post|filing|tweet|speech))?(?:\s+that)?\s*$"
)
# A description of one person by the noun it is headed by ("The mayor", "a lawyer for the firm"): "he" or
# "she" in what it said stands for it.
_PERSON_HEAD = re.compile(
    r"^(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + "|".join(
        sorted(
            ROLE_WORDS
            | words(
                "mayor lawyer attorney official judge prosecutor analyst economist witness teacher doctor "
                "chairman chairwoman chair manager owner founder executive officer spokesman spokeswoman"
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?:\s+(?:for|of|at)\s+[\w’' .-]{1,40})?$",
    re.IGNORECASE,
)
# A lawyer speaking, and the client a pronoun owns after it: "his client" is the lawyer's.
# Session 22: only a person's lawyer ("his lawyer", "Pell's lawyer") speaks of a client a pronoun may stand for; "The
# family's lawyer, Tom Quinn, said he had written to the council" is the lawyer's own act (it was "He had written").
_LAWYER_SPEAKS = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b[A-Z][\w-]*[’']s?)\s+(?:[a-z-]+\s+)?(?:lawyer|lawyers|attorney|attorneys|solicitor|barrister|counsel)(?:,\s+[^,]{3,40},)?"
    r"\s+(?:said|says|added|told\s+(?:reporters|journalists)|insisted|argued|claimed)(?:\s+that)?\s*$"
)
_CLIENT_AFTER = re.compile(r"\s+clients?\b")
_POSSESSIVE_IN = re.compile(r"\w[’']s?\s")
# A second thing said: "... and that | it had recruited", and the sentence's reporting verb it continues.
_AND_THAT = re.compile(r"\band\s+that\s+$")
_FIRST_REPORT = re.compile(
    r"\b(?P<cue>said|says|added|told\s+(?:reporters|journalists)|warned|announced|confirmed)\b"
)
# A noun phrase and a reporter inside the subject: "a scheme prosecutors said | paid for ...".
_EMBEDDED_REPORT = re.compile(
    # Session 29 (lead): or after a preposition ("in a move it says | will cut air pollution": the move will)
    r"(?:^|,\s+|\b(?:in|as|with|under|through)\s+)(?P<np>(?:a|an|the|its|their)\s+[\w’'-]+)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:[\w’'-]+)\s+(?:said|says|believe|believes|believed|alleged|allege|estimated)\s*$"
)


_NP_OPENER = compile_case_blind(
    r"(?:\b(?:a|an|the|no|this|its|their|his|her)|[\w’'.-]+(?:’s|'s))\s+(?:[\w’'.-]+\s+){0,4}$"
)
_SPAN_TAIL = re.compile(
    r"\s*(?:just|only|mere)\s+(?:(?:a\s+few|two|three|four|five|six|several|\d+)\s+)?"
    r"(?:days?|hours?|weeks?|months?|years?|minutes?)\s*"
)
# A record or a part of a happening, or who put it on, before "of": the happening is the noun after it.
_PART_OF = re.compile(
    r"(?:a|an|the|this|that)\s+(?:[\w-]+\s+)?(?:excerpt|clip|transcript|recording|video|footage|portion|segment|"
    r"snippet|replay|rerun|broadcast|live\s+stream|copy|part"
    # ... or who put it on or ran it (session 13: "The cosponsor of the debate took place.")
    r"|sponsor|cosponsor|co-sponsor|host|co-host|moderator)s?\s+of\s+(?=(?:a|an|the|this|that|his|her|its|their)\s)",
    re.IGNORECASE,
)
# A possessive of a time word, and the word before it that belongs to it ("last night’s", "Saturday night’s").
_TIME_POSSESSIVE = re.compile(
    r"(?:night|morning|afternoon|evening|week|weekend|month|year|day)[’']s\s", re.IGNORECASE
)
_DAY_BEFORE_POSSESSIVE = re.compile(
    r"\b(?:last|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+$", re.IGNORECASE
)
_PREP_THEN_DET = re.compile(
    r"\b(?:at|in|on|for|with|by|from|during)\s+(?=(?:a|an|the|this|its|their|his|her)\s)"
)
# Where a noun phrase of happening ends: a clause word, a verb, a comma not inside a date.
_NP_END = re.compile(
    r",(?!\s*\d)|;|:|—|\s(?:and|or|but|as\s+well\s+as|while|which|that|who|to|because|after|before|when|"
    r"has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|came|comes)\s"
    # a reporting verb, also where the clause was cut after it ("which an FBI investigation | said was ...";
    # session 13)
    r"|\s(?:said|says|told)(?:\s|$)"
    # Session 28 (lead): a subject pronoun opens a clause, never a noun phrase's word ("In a post on social media on
    # Monday | she had said ..." gave "A post on social media on Monday Danielle Weir had said.")
    r"|\s(?:he|she|they|we)\s"
    # a span of time measured to a clause, also cut before it ("Rubio’s debate performance just days | before
    # the primary")
    r"|\s(?:(?:just|only|mere)\s+)(?:(?:a\s+few|two|three|four|five|six|several|\d+)\s+)?"
    r"(?:days?|hours?|weeks?|months?|years?|minutes?)(?:\s+(?:before|after|earlier|later)\s|$)"
)
# A name set off by commas after a noun of happening: "A weaker storm, Jarek, | is forecast".
_NAME_BETWEEN = re.compile(r",\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3},\s*")
# Not before a subject of its own: "an interview with the Gazette that she is not backing ..." is what was said in
# the interview, no relative clause telling what the interview did (session 13: "An interview with Breitbart News
# he’s not backing any particular candidate." was the summary).
_THAT_CLAUSE = re.compile(r"^,?\s*(?P<that>that)\s+(?=[a-z])")
# A participle after a noun, then a verb of saying whose clause was cut off: "the anglers | surveyed said".
_ASKED_THEN_SAID = re.compile(
    r"(?P<part>[a-z]{3,}ed(?:\s+by\s+[^,;]{1,40}?)?)\s+(?:said|say|says|told|reported|believe|believed|thought)"
)
# Adverbs of degree or frequency, then a subordinator, before a clause's subject: "more often as | sea levels".
_ADVERBS_THEN_SUBORDINATOR = re.compile(
    r"(?P<lead>(?:[a-z]+\s+){1,3}?)(?:as|because|while|since|when|although|though|until|once)\s+(?P<rest>\S.*)"
)
_COMPARING_ADVERBS = words(
    "more less most least often much far even still so and but or especially particularly mainly mostly partly only "
    "just soon sooner later earlier faster slower longer rather quite"
)
# An object relative closed by a verb of saying, right before a clause cut at that verb: "in a test | that engineers
# said | showed it could ...": what the thing did is what its sayers said of it.
_SAID_OF_RELATIVE = re.compile(
    r"\b(?P<np>(?:a|an|the|its|their|this)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+(?:that|which)\s+"
    r"(?P<sayer>(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)\s+(?P<cue>said|say|says|believe|believed|believes|claimed|claim|claims)"
    r"\s*$"
)
# Session 28 (lead): "that of" is a demonstrative, no relative ("a surge like that of 1953 | would flood" lost
# its "that": "A surge like of 1953 would flood ...").
_RELATIVE_PREDICATE = re.compile(
    r"^,?\s*(?:that|which)\s+(?!(?:he|she|it|they|we|i|you|there|the|a|an|his|her|its|their|this|these|those|of)\b"
    r"|(?:he|she|it|they|we|there)[’'])(?=[a-z])"
)
# "said in a press conference", "told reporters at a briefing": the noun is the occasion of speech.
_SPEECH_BEFORE = re.compile(
    r"\b(?:(?P<cue>said|says|spoke|told\s+(?:reporters|journalists)|announced|added|stated)"
    # Cues that say how it was said keep their own verb: "claimed in an interview that" is no announcement
    # (session 13; before, the interview "took place" or swallowed the claim as its relative clause).
    r"|(?P<own>claimed|insisted|argued|suggested|explained|admitted|acknowledged|conceded|maintained|denied|"
    r"predicted|warned|promised|vowed|pledged|boasted|complained|noted|stressed|reiterated))\s+"
    r"(?:(?:earlier|later)\s+)?(?:(?:on\s+\w+|today|yesterday|this\s+week|last\s+week)\s+)?"
    r"(?P<prep>in|at|during|on)\s+$"
)
# A verb before the noun phrase: the clause has its own subject and verb ("members are closer ... to a deal").
_FINITE = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does)\b|\b[a-z]{3,}ed\b"
    # a verb contracted onto a pronoun ("he’s also taping", "it’s a debate"; not a possessive "Hale’s")
    r"|\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hat|[Tt]here|[Tt]hey|[Ww]e|I)[’'](?:s|re|ll|d|ve|m)\b"
)
# A verb inside the words a noun phrase's opener reached back over: an auxiliary, a contraction, or a past
# tense with its object's determiner ("the candidates unanimously opposed | an increase"; not "the newly
# elected council’s meeting").
_VERB_IN_NP = re.compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does)\s"
    r"|\b[a-z]{3,}ed\s+(?=(?:a|an|the|its|their|his|her)\s|[A-Z][\w-]*[’']s\s)"
    r"|\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hat|[Tt]here|[Tt]hey|[Ww]e|I)[’'](?:s|re|ll|d|ve|m)\s"
)
_DETERMINER = re.compile(r"\b(?:a|an|the|this|its|their|his|her|no)\s", re.IGNORECASE)


# A past tense right after the noun with its object, not a participle before a preposition: "an attack
# disabled its systems", "a blast killed two" (but "a survey published on Friday", "a raid carried out by").
# Session 24: "and" between two capitalised words is part of a name ("an investigation by the Health and Safety
# Executive", "Trinidad and Tobago"), not the end of the noun phrase ("An investigation by the Health took place.").
_NAME_AND = re.compile(r"\sand\s(?=[A-Z][a-z])")
_CAPITALISED_BEFORE = re.compile(r"(?<!\S)[A-Z][\w’'-]*$")


def _np_end(tail: str) -> re.Match[str] | None:
    """The first end of a noun phrase in ``tail``, an "and" inside a name read past."""
    for stop in _NP_END.finditer(tail):
        if not (
            stop.group().strip() == "and"
            and _NAME_AND.match(tail, stop.start())
            and _CAPITALISED_BEFORE.search(tail, 0, stop.start())
        ):
            return stop
    return None


_OWN_VERB = re.compile(
    # Session 24: a participle of putting out and its adverb of place or time is no verb with an object ("a video
    # posted online" was "A video posted online.", as if the video had posted something); only these participles and
    # a list of adverbs (review 2: "killed only one person", "injured roughly 30 workers" have their objects).
    r"\s+(?!(?:posted|published|released|issued|uploaded|shared|aired|broadcast|filmed|recorded)\s+"
    r"(?:online|offline|overseas|abroad|today|yesterday|later|earlier|here|there|recently|publicly|separately|"
    r"anonymously|internally)\b)"
    r"(?:[a-z]{2,}ed|hit|struck|left|cost|shut|cut|tore|swept|brought|caught|forced|hit)\s+"
    r"(?!(?:on|in|at|by|for|from|with|to|into|over|out|off|up|last|this|earlier)\b)(?=[\w$€£])"
)

# Pasts that are no participle ("broke", "began", "drove"; not "held", "cut"): a finite verb wherever they stand.
_FINITE_PASTS = "|".join(sorted(FINITE_PASTS - {"was", "did"}, key=len, reverse=True))
# A word of the phrase between the noun and its verb: none that opens a clause of its own ("a rally in the town
# | that drew 5,000 people" is told by the relative's path).
_IN_PHRASE = (
    # session 24: "and" inside a name, one word of the phrase ("a fire at the Health and Safety Executive's office")
    r"(?:[A-Z][\w’'-]*\s+and\s+[A-Z][\w’'-]*"
    r"|(?!(?:that|which|who|whom|whose|where|when|while|and|or|but|as|because|after|before)\b)[\w’'-]+)"
)
# The noun's own verb after a phrase of place or time of a few words: a past that is no participle, or a past in
# -ed with its object after it (a participle takes none: "the fire reported on Monday").
# Nothing, or only a subordinator, before a noun phrase: it opens its clause, so an -ed verb ending the clause is
# its own ("after Sunday's talks collapsed"), not a participle on a noun inside a phrase ("said in a video posted
# on Sunday").
_OPENS_CLAUSE = re.compile(
    r"(?:^\s*|\b(?:after|before|when|as|because|since|until|once|while|although|though)\s+)\Z", re.IGNORECASE
)
# Session 21 (lead): pasts spelt as their participle, and the words an object opens with, so that the noun's own
# verb is found after a phrase of place ("An explosion at the plant killed two workers", "an eruption at the volcano
# sent a plume of ash": each was "... took place." added to the whole clause). Not "said", "told", "found": a
# source's verbs (``_SOURCE_FINDS``).
_SAME_FORM_PASTS = "hit|struck|left|cost|shut|cut|tore|swept|brought|caught|sent|spread|burst|split|kept|held|lost|forced|set|put"
_OBJECT_OPENS = (
    r"a|an|the|its|their|his|her|some|more|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|dozens|hundreds|thousands|scores|at\s+least|about|nearly|almost|more\s+than|up\s+to"
    # Session 22: a bare plural ("An explosion at the plant injured workers on Tuesday" was "... took place."),
    # not a word in -s that is no noun
    r"|(?!(?:this|thus|always|perhaps|across|towards|afterwards|sometimes|besides|unless|whereas|was|has|is|its|"
    r"his|hers|ours|theirs|yours|less|as|us)\b)[a-z]{2,}[^s\W]s"
)
_OWN_VERB_LATER = re.compile(
    # Session 25 (lead): a time after the noun, before its verb ("A consultation last year | received 4,100 responses"
    # was "... received 4,100 responses took place.")
    r"(?:\s+(?:last|this|earlier)\s+(?:year|month|week|weekend|summer|spring|autumn|winter))?"
    r"(?:\s+(?:on|in|at|aboard|near|inside|outside|across|along|of|from|over|during|by|against|for)\s+"
    rf"(?:{_IN_PHRASE}\s+){{0,6}}?{_IN_PHRASE})?\s+(?P<verb>(?:(?:"
    + _FINITE_PASTS
    + r")\b)|(?:[a-z]{3,}ed|"
    + _SAME_FORM_PASTS
    + r")\s+(?=(?:"
    + _OBJECT_OPENS
    + r")(?:[\s\d,.]|$))"
    # Session 18 (lead): an -ed verb with nothing after it but its time ends the clause ("after Sunday's talks
    # collapsed" was "Sunday's talks collapsed took place.", "A strike by 300 drivers ended on Friday took place.").
    r"|(?P<bare>[a-z]{3,}ed)(?=(?:\s+(?:on|in|at|last|this|early|late|after|before)\s+[^,;]{1,30}?)?\s*[.;:!?]?\s*$))"
)

# Session 18. A source's own verb of finding after its noun: "a poll | found", "a survey | shows".
_SOURCE_FINDS = re.compile(
    r"\s(?P<verb>found|finds|shows|showed|suggests|suggested|indicates|indicated|reveals|revealed|concluded|"
    r"concludes)\b"
)
# An object that is only a time: "a poll found | last week that ..." lost what was found with the clause after it.
_TIME_ONLY = re.compile(
    r"(?:(?:last|this|next|on|in|earlier|late|early)\s+)?(?:week|month|year|[A-Z][a-z]+day|today|yesterday)"
)
# Verbs of a clause that end it only when their object was cut: "found that 62 per cent of voters believed | ...".
_OBJECT_CUT = words(
    "believed believe believes said say says thought think thinks knew know knows felt feel feels found find finds "
    "showed show shows expected expect expects wanted want wants included include includes"
)
# Words no noun phrase ends on, left where the clause break cut what they governed: "a meeting with the mayor | at
# which ...", "a safety session on | how to steer", a question mark the break kept.
# One flat alternation: "on how" read as one piece or as two made the repetition backtrack exponentially on "on
# how on how ..." (review of session 18).
_DANGLING_NP_END = re.compile(
    r"(?:\s+(?:at|on|in|of|with|for|to|by|from|about|over|into|how|what|why|whether|which|whom))+\s*$|\s*\?\s*$"
)


def compose_nominal(
    ctx: Context, c_start: int, c_end: int, trig_start: int, trig_end: int, status: str
) -> Summary:
    """A sentence for a noun of happening (see ``_compose_nominal``), its opening surname in full."""
    made = _without_not_only(
        _unbracketed(_compose_nominal(ctx, c_start, c_end, trig_start, trig_end, status))
    )
    made = _inner_named(
        _thing_named(_reported_possessive(_pronoun_named(made, ctx, trig_end), ctx), ctx), ctx
    )
    return in_full(_conjunct_restored(_inner_pronoun_named(made, ctx), ctx), ctx.book, ctx.text)


# Occasions a person talks in that are no announcement: "said in an interview that ..." is what the person
# said there (the conference and the briefing of SPEECH_OCCASIONS announce; session 13).
_TALKED_IN = words("interview interviews")


def _occasion_verb(speech: re.Match[str], occasion: str) -> str:
    """The verb a speaker's summary at an occasion takes: a cue of manner keeps its own ("claimed", "insisted"),
    a conference or briefing announces, an interview is where something was said."""
    if speech.group("own"):
        return speech.group("own").lower()
    return "announced" if occasion in SPEECH_OCCASIONS else "said"


def _compose_nominal(
    ctx: Context, c_start: int, c_end: int, trig_start: int, trig_end: int, status: str
) -> Summary:
    """A sentence for a noun of happening: its noun phrase as subject, with what the clause says of it."""
    text, masked = ctx.text, ctx.masked
    ctx.group = None  # a verb after the noun shares no verb group with it
    ctx.extra = []
    ctx.outside = []
    if masked[max(0, trig_start - 6) : trig_start].lower() == "under ":
        # "The cause of the fire is under investigation": the clause says it in its own words.
        lead = masked[c_start:trig_start]
        s0 = c_start + len(lead) - len(_strip_leading(lead.lstrip()))
        w = _first_word(masked[s0:trig_start])
        if w and w not in _VERB_GROUP and w not in RELATIVES and w not in _ALL_PRONOUNS and w != "under":
            return Summary(finish(text[s0:trig_end] + cut_tail(text[trig_end:c_end])), None)
        return _whole(ctx, c_start, c_end, trig_end)
    opener = _NP_OPENER.search(masked, max(c_start, trig_start - 60), trig_start)
    np_start = opener.start() if opener else trig_start
    inner = list(_PREP_THEN_DET.finditer(masked, np_start, trig_start))
    if inner:
        # "said the mayor at | a news conference": the noun phrase starts after the preposition.
        np_start = inner[-1].end()
    part = _PART_OF.match(masked, np_start, trig_start)
    if part is not None:
        # "an excerpt of | the interview", "a clip of | a television interview": a record of the happening is no
        # happening; the noun phrase is the happening's (session 13: "An excerpt of the interview took place.").
        np_start = part.end()
    day = _DAY_BEFORE_POSSESSIVE.search(masked, max(0, np_start - 12), np_start)
    if day is not None and _TIME_POSSESSIVE.match(masked, np_start):
        # "last | night’s debate", "Saturday | night’s debate": the time word's own modifier, cut by the opener's
        # reach (session 13: "Night’s candidate debate took place.").
        np_start = day.start()
    verbs = list(_VERB_IN_NP.finditer(masked, np_start, trig_start))
    if verbs:
        # "the candidates unanimously opposed | an increase", "it’s | a debate": the words before the
        # noun's determiner hold a verb, so they are a clause of their own, not the noun phrase's.
        det = list(_DETERMINER.finditer(masked, verbs[-1].end(), trig_start))
        np_start = det[-1].start() if det else trig_start
    tail = masked[trig_end:c_end]
    stop = _np_end(tail)
    np_end = trig_end + (stop.start() if stop else len(tail))
    if len(text[trig_end:np_end].split()) > 12:
        np_end = trig_end + len(" ".join(text[trig_end:np_end].split()[:12])) + 1
    own_verb = _OWN_VERB.match(masked, trig_end, c_end)
    if own_verb is not None:
        # "a cyber attack disabled its systems": the noun phrase is the subject of its own verb.
        np_end = trig_end
    elif (
        (later := _OWN_VERB_LATER.match(masked, trig_end, c_end)) is not None
        and (
            later.group("bare") is None
            or (
                _OPENS_CLAUSE.search(masked[c_start:np_start]) is not None
                # the clause ends there in the text too, not where a split cut a noun off ("31 confirmed | cases")
                and masked[c_end : c_end + 40].lstrip()[:1] in ("", ".", ",", ";", ":", "!", "?")
            )
        )
    ):
        # "A fire broke out at the depot", "an engine fire on one of its ferries forced 312 passengers to wait":
        # the verb the noun phrase is the subject of comes after it (session 17: "... took place" was added to
        # the whole clause).
        own_verb = later
        np_end = later.start("verb")
        while masked[np_end - 1].isspace():
            np_end -= 1
    finds = _SOURCE_FINDS.search(masked, trig_end, np_end) if own_verb is None else None
    if finds is not None:
        # "a poll this month | found Ms. Holm ahead", "a survey shows ...": the source's own verb stood inside the
        # noun phrase, and the summary took it into the subject of "was carried out" (session 18: "A poll found Ms.
        # Holm ahead was carried out."). The noun phrase before the verb is its subject, the verb keeps its object;
        # when the object is not one the summary can vouch for (none, or a "that" clause the clause break cut
        # inside an aside), the shorter sentence of the noun phrase alone is told.
        np_end = finds.start()
        finding = cut_tail(text[finds.start("verb") : c_end]).rstrip(" ,;:")
        obj = finding[len(finds.group("verb")) :].strip()
        if (
            obj
            and MASK * 2 not in masked[finds.start("verb") : c_end]
            and not _TIME_ONLY.fullmatch(obj)
            and not (_first_word(obj) == "that" and "," in obj)
            and _last_word(obj) not in _OBJECT_CUT
        ):
            head_np = text[np_start:np_end].strip()
            return Summary(finish(f"{head_np} {finding}"), head_np)
    noun_phrase = text[np_start:np_end].strip()
    if own_verb is not None:
        return Summary(finish(f"{noun_phrase}{cut_tail(text[np_end:c_end])}"), noun_phrase)
    speech = _SPEECH_BEFORE.search(masked[max(0, np_start - 60) : np_start])
    occasion = text[trig_start:trig_end].lower()
    if speech is not None and (occasion in SPEECH_OCCASIONS or occasion in _TALKED_IN):
        cue_pos = max(0, np_start - 60) + speech.start("cue" if speech.group("cue") else "own")
        ph = subject_before(masked, cue_pos)
        if ph is not None:
            speaker = _speaker_named(ctx, ph.start, ph.end, ph.kind)
            ctx.draw(ph.start, np_end)
            claim = _claim(ctx, ph.start, np_end, ph.end)
            # Without what was said, "announced at a news briefing" has no object: the speaker spoke there.
            said = (
                f"{speaker} {_occasion_verb(speech, occasion)} {speech.group('prep')} {noun_phrase} "
                f"that {claim}"
                if claim
                else (f"{speaker} spoke {speech.group('prep')} {noun_phrase}")
            )
            return Summary(finish(said), speaker, speaker)
    vehicle = text[trig_start:trig_end].lower()
    if vehicle in _VEHICLE_VERBS:
        told = _by_vehicle(ctx, speech, np_start, np_end, noun_phrase, vehicle)
        if told is not None:
            return told
    spoke = _SPOKE_BEFORE.search(masked, max(0, np_start - 60), np_start)
    if spoke is not None and (spoke.group("prep") or spoke.group("cue").lower().startswith("told")):
        # "X told analysts on a conference call", "X told a news conference", "X said on a call with
        # analysts": the occasion is where X spoke (its type stays the occasion's).
        ph = subject_before(masked, spoke.start("cue"))
        if ph is not None:
            speaker = _speaker_named(ctx, ph.start, ph.end, ph.kind)
            if speaker.split()[0].lower() not in _ALL_PRONOUNS:
                ctx.draw(ph.start, np_end)
                to = f" to {spoke.group('to')}" if spoke.group("to") else ""
                return Summary(
                    finish(f"{speaker} spoke{to} {spoke.group('prep') or 'at'} {noun_phrase}"), speaker
                )
    inverted = _SPOKE_INVERTED.search(masked, max(0, np_start - 80), np_start)
    if inverted is not None:
        # "“...,” said the mayor at a news conference": the speaker after the cue.
        who = text[inverted.start("who") : inverted.end("who")]
        kind = "name" if who[:1].isupper() and who.split()[0].lower() not in ("the", "a") else "descriptor"
        speaker = resolve_phrase(who, kind, ctx.sent_start + inverted.start("who"), ctx.book)
        ctx.draw(inverted.start("who"), np_end)
        return Summary(finish(f"{speaker} spoke {inverted.group('prep')} {noun_phrase}"), speaker)
    fronted = _fronted_occasion(ctx, c_start, c_end, np_start, np_end, occasion)
    clause = _fronted_clause(ctx, c_start, c_end, np_start, np_end, occasion) if fronted is None else None
    if clause is not None:
        # Session 26: "In a conference call last week, Treasury Secretary Jacob Lew acknowledged ...", "At a news
        # conference, reporters asked ...": a subject the book does not know as a person's (a title before the name,
        # a description, a plural) did something there; the main clause is told with the occasion fronted as written
        # ("A conference call last week was held." said nothing of it).
        fronted_told = clause[1] if not clause[0] else f"{clause[0].capitalize()} {noun_phrase}, {clause[1]}"
        # (the noun phrase as the subject, as before: events lends the main clause's subject after the fronted
        # phrase to a later verb, session 24)
        return Summary(finish(fronted_told), noun_phrase)
    if fronted is not None:
        speaker, prep, done = fronted
        if done is not None and done[0]:
            return Summary(finish(f"{speaker} {done[0]} {prep} {noun_phrase} that {done[1]}"), speaker)
        if done is not None and ("," in done[1] or any(w in _CLAUSE_WORDS for w in done[1].lower().split())):
            # a clause inside: the occasion after it would read as the inner clause's ("... the dockers who had
            # backed him at the debate"), so it stays fronted as written
            return Summary(finish(f"{prep.capitalize()} {noun_phrase}, {speaker} {done[1]}"), speaker)
        if done is not None:
            return Summary(finish(f"{speaker} {done[1]} {prep} {noun_phrase}"), speaker)
        return Summary(finish(f"{speaker} spoke {prep} {noun_phrase}"), speaker)
    lead_m = masked[c_start:np_start]
    lead_s = c_start + len(lead_m) - len(_strip_leading(lead_m.lstrip()))
    lead_w = _first_word(masked[lead_s:np_start])
    if (
        _FINITE.search(masked[lead_s:np_start])
        and lead_w not in RELATIVES
        # "rejecting a pay offer, in what would be | the first strike": the verb is the aside's, not a clause
        # the noun is told in.
        and not (lead_w.endswith("ing") or re.search(r"\bwhat\s", masked[lead_s:np_start]))
    ):
        # "Members are closer than ever to a deal ...": the clause says it in its own words ("his first act
        # would be to order an audit": the person the possessive stands for named).
        own = _named_pronoun(text[lead_s:np_end], ctx, c_start, lead_s)
        said_rel = _SAID_OF_RELATIVE.search(masked, max(ctx.opening, lead_s - 100), lead_s)
        if said_rel is not None and lead_s == c_start:
            # Session 28 (lead): "in a test that engineers said | showed it could protect 12,000 homes": the clause
            # opened on its verb, its subject the thing the relative stands for, told as what was said of it ("Showed
            # it could protect ..." had no subject).
            sayer = _named_pronoun(
                text[said_rel.start("sayer") : said_rel.end("sayer")], ctx, c_start, said_rel.start()
            )
            if _uncontracted(_first_word(sayer)) not in _ALL_PRONOUNS:
                thing = text[said_rel.start("np") : said_rel.end("np")]
                said_told = f"{sayer} {said_rel.group('cue')} {thing[0].lower()}{thing[1:]} {own}"
                ctx.draw(said_rel.start("np"), lead_s)
                return Summary(finish(said_told + cut_tail(text[np_end:c_end])), None)
        return Summary(finish(own + cut_tail(text[np_end:c_end])), None)
    rest = _counted(ctx, cut_tail(text[np_end:c_end]), text[np_end:c_end], c_start, c_end)
    if _SPAN_TAIL.fullmatch(rest):
        rest = ""  # "just days | before the primary": the span measures the time to the clause cut off
    named = _NAME_BETWEEN.match(masked, np_end, c_end)
    if named is not None and _first_word(masked[named.end() : c_end]) in _VERB_GROUP:
        # "A weaker storm, Jarek, is forecast to reach the coast": the noun, its name, and their verb.
        return Summary(finish(f"{noun_phrase}{rest}"), noun_phrase)
    rel = _RELATIVE_PREDICATE.match(masked[np_end:c_end])
    said_that = _THAT_CLAUSE.match(masked[np_end:c_end]) if rel is None else None
    noun_next = _first_word(masked[trig_end:np_end].lstrip())
    if said_that is not None and noun_next and noun_next not in _PREPOSITIONS | words("to by"):
        # "The statement makes clear | that he is being polite": the noun's own verb before "that" says what
        # the clause after it is (after a preposition, "an interview with the Gazette that she ...", it is what
        # was said in the interview, told by the speech paths above or as the occasion).
        return Summary(
            finish(f"{noun_phrase} {cut_tail(text[np_end + said_that.start('that') : c_end])}"), noun_phrase
        )
    if rel is not None:
        # "a rocket attack ... that left one contractor dead" -> "A rocket attack ... left one contractor dead."
        said_of = cut_tail(text[np_end + rel.end() : c_end])
        # "a wildfire that has burned 14,000 acres | moved within two miles": the sentence's main verb after it
        first = _first_word(said_of)
        bare = _bare_main_verb(masked[np_end + rel.end() : np_end + rel.end() + len(said_of)])
        # only where the relative is the verb's subject ("that | has burned", "that | started"), not its object
        # ("in which | lawmakers adopted")
        if bare is not None and (first in _VERB_GROUP or first.endswith("ed") or first in PASTS):
            said_of = said_of[:bare]
        return Summary(finish(f"{noun_phrase} {said_of}"), noun_phrase)
    if rest.strip() and _first_word(rest.lstrip()) in _VERB_GROUP | {"came", "comes"}:
        # "No decision has been made on ...": the noun phrase is already the subject of a verb.
        return Summary(finish(f"{noun_phrase} {rest}"), noun_phrase)
    if _PERSON_OF.match(noun_phrase):
        # "The head of a rocket attack unit": the noun names a person, no happening to be "held" or to "take
        # place"; the sentence itself tells what the person did.
        end = len(masked.rstrip(' .”"’'))
        if MASK * 2 not in masked[np_start:end] and len(masked[np_start:end].split()) <= 40:
            ctx.draw(np_start, end)
            return Summary(finish(text[np_start:end]), None)
    held = NOMINAL_HELD.get(NOMINAL_TRIGGERS.get(fold_key(text[trig_start:trig_end]), ""), "took place")
    issued = _ISSUED.get(fold_key(text[trig_start:trig_end]))
    if issued is not None and (after_noun := _AFTER_DOCUMENT.match(text, trig_end, np_end)) is not None:
        # A document is no happening that "took place" ("A statement took place."): it is issued, sent or
        # posted; a participle after it tells how ("A statement released by the campaign" -> "A statement was
        # released by the campaign."). The document's own noun is the head (not "an email thread").
        if after_noun.group("part"):
            head = text[np_start:trig_end].strip()
            return Summary(
                finish(f"{head} {_passive_be(head)} {text[after_noun.start('part') : np_end]}"), head
            )
        held = issued
    trigger = text[trig_start:trig_end]
    own_part = (
        _HELD_PARTICIPLE.search(noun_phrase, noun_phrase.find(trigger) + len(trigger))
        if status == "occurred" and not issued and trigger in noun_phrase
        else None
    )
    if own_part is not None and own_part.start() == noun_phrase.find(trigger) + len(trigger):
        # Session 25: "a CNN poll conducted on Thursday" was "A CNN poll conducted on Thursday was carried out.": the
        # participle after the noun already tells it was held, so it is the verb ("A CNN poll was conducted on
        # Thursday.").
        head = noun_phrase[: own_part.start()].strip()
        held_words = noun_phrase[own_part.start("part") :].split(",")[0]
        bare = _bare_main_verb(held_words[len(own_part.group("part")) - 1 :])
        if bare is not None:
            # "a rally held in Dover on Friday | drew 2,000 people": the noun phrase's own verb ends the participle's
            # words
            held_words = held_words[: len(own_part.group("part")) - 1 + bare]
        return Summary(finish(f"{head} {_passive_be(head)} {held_words.strip()}"), head)
    if noun_phrase.lower().startswith("no "):
        verb = held if held in ("was made", "was held") or issued else "took place"
    elif status == "planned":
        verb = "will take place" if held == "took place" else "will be " + held.split()[-1]
    elif status == "negated":
        verb = "did not take place" if held == "took place" else "was not " + held.split()[-1]
    else:
        verb = held
    if not re.search(r"[“”\"]|''", noun_phrase):  # (inside quoted words the words are the speaker's)
        # The noun phrase ends the sentence here: not on a word whose object the clause break cut (session 18).
        noun_phrase = _DANGLING_NP_END.sub("", noun_phrase)
    if verb == "took place" and trigger in noun_phrase:
        clause_verb = _OWN_VERB_BARE_OBJECT_S34.search(noun_phrase, noun_phrase.find(trigger) + len(trigger))
        if clause_verb is not None and (clause_verb.group("noun") or "").lower() not in _NOT_BARE_OBJECTS_S34:
            # Session 34 (LEAD-NOTE-1, item 3): "a fire at a data centre cut service for three hours" has its own
            # verb and a bare noun for its object ("... cut service for three hours took place." was the summary):
            # the clause is the sentence.
            return Summary(finish(noun_phrase), noun_phrase[: clause_verb.start()].strip())
    return Summary(finish(f"{noun_phrase} {verb}"), noun_phrase)


# Session 18. Occasions a person speaks at, set before the sentence's subject: "In an interview with the Gazette,
# Ms. Holm opposed the toll", "At a rally in Ames last week, Mr. Lund said ...". Told as "An interview ... took place."
# the summary said nothing but that it happened; the one the main clause is about spoke there.
_FRONTED_OCCASIONS = words("interview interviews conference briefing call rally debate speech address forum")
_FRONTING_PREPOSITION = re.compile(r"(?P<prep>in|at|during)\s+", re.IGNORECASE)
# The main clause after the occasion's comma: a name (a title before it) or "he"/"she", then a finite verb.
_SUBJECT_AFTER_OCCASION = re.compile(
    r"\s*,\s+(?P<who>(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}|he|she)"
    r"\s+(?:(?:also|then|later|again|[a-z]{3,}ly)\s+)?(?=\S)"
)


# Session 23: what the subject after a fronted occasion said or did there ("In an interview with the Gazette, Holm
# said the pier would reopen"; "At the debate, Holm blasted Vale for ..."): a reader was told only that Holm "spoke
# in an interview" (rejected by the readers of sessions 21 to 23), while the article says what was said there. A
# verb of saying before a clause tells it as said at the occasion ("Holm said in an interview ... that ..."); any
# other main clause is told as the article writes it, the occasion fronted and the subject named.
_FRONTED_SAID = re.compile(
    r"(?P<cue>said|says|claimed|claims|argued|argues|insisted|insists|warned|warns|added|adds|stressed|noted)"
    r"\s+(?:that\s+)?(?=[A-Za-z])"
)
# What a fronted occasion's speaker said opens with words of a clause, not a question.
_SAID_OPENS_NOT = words("whether if what how why who when where")
_CLAUSE_WORDS = words("who whom whose which that because if when while as since after before until unless")
_CLAUSE_MARKS = re.compile(r"[:;?!()\[\]]")


_SAID_ENDS = re.compile(r",\s+(?:but|while|whereas|although|though|yet)\s|;\s")
_OTHER_SAYING = re.compile(
    r"\b(?:said|says|told|tells|added|adds|argued|argues|insisted|insists|claimed|claims|warned|warns|noted|"
    r"countered|replied|responded)\b"
)
_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _last_joint(told: str, before: int) -> int | None:
    """Where the last clause joint (", and", ",", " and") before ``before`` starts, if any."""
    joints = [j.start() for j in _JOINT.finditer(told, 0, before)]
    return joints[-1] if joints else None


def _own_words(told: str) -> str | None:
    """What a speaker said, ending where another clause takes over: ", but her deputy said he might" (session 23
    review: the deputy's words were told as the speaker's), ", while ...", or a clause with a verb of saying of its
    own; None when that verb has no joint before it ("said her deputy told her ...")."""
    turn = _SAID_ENDS.search(told)
    if turn is not None:
        told = told[: turn.start()].rstrip(" ,")
    other = _OTHER_SAYING.search(told)
    if other is not None:
        joint = _last_joint(told, other.start())
        if joint is None:
            return None
        told = told[:joint].rstrip(" ,")
    return told


def _balanced_quotes(span: str) -> bool:
    return span.count("“") == span.count("”") and span.count('"') % 2 == 0


def _fronted_told(ctx: Context, cue_at: int, c_end: int) -> tuple[str, str] | None:
    """("said", claim) for what the speaker after a fronted occasion said, to the sentence's end, or ("", clause)
    for the rest of the main clause, when it is the writer's words (a quotation of a few words inside at most)
    and at least three words."""
    text, masked = ctx.text, ctx.masked
    m = _FRONTED_SAID.match(masked, cue_at)
    a = m.end() if m is not None else cue_at
    b = len(masked.rstrip(' .”"')) if m is not None else c_end
    told = cut_tail(text[a:b]).strip().rstrip(" .,")
    if m is not None:
        own = _own_words(told)
        if own is None:
            return None
        told = own
    b = a + len(told)
    if (
        len(told.split()) < 3
        or _CLAUSE_MARKS.search(told)
        or not _balanced_quotes(told)
        # a quotation of more than a few words is the speaker's, told by the quotes
        or MASK * 12 in masked[a:b]
        or _first_word(told) in _SAID_OPENS_NOT
        or _MAIN_REPORT_AFTER.search(masked, a, b) is not None
    ):
        return None
    ctx.draw(a, b)
    if m is None:
        return "", told
    return m.group("cue"), told[0].lower() + told[1:] if not _is_name(told) else told


def _fronted_occasion(
    ctx: Context, c_start: int, c_end: int, np_start: int, np_end: int, occasion: str
) -> tuple[str, str, tuple[str, str] | None] | None:
    """(speaker, preposition, what was said) when an occasion of speech opens the clause before its subject ("In
    a brief to the Gazette, Ms. Holm opposed the toll"): the subject, a person a reader can name, spoke there."""
    masked = ctx.masked
    if occasion not in _FRONTED_OCCASIONS:
        return None
    lead = _strip_leading(masked[c_start:np_start].lstrip())
    front = _FRONTING_PREPOSITION.fullmatch(lead)
    after = _SUBJECT_AFTER_OCCASION.match(masked, np_end, c_end)
    if front is None or after is None or not _FINITE_WORD.match(masked, after.end(), c_end):
        return None
    who = ctx.text[after.start("who") : after.end("who")]
    if who in ("he", "she"):
        speaker = _pronoun_subject(who, ctx, c_start, after.start("who"))
    else:
        speaker = resolve_phrase(who, "name", ctx.sent_start + after.start("who"), ctx.book)
    if speaker is None or ctx.book.type_of(speaker) != "person":
        return None  # a pronoun no one can be named for, or a name the book does not know as a person's
    if " " not in speaker and "." in who:
        speaker = who  # "Mr. Hale" with no fuller name known keeps the title, not a bare surname (session 16)
    ctx.draw(np_start, after.end("who"))
    return speaker, front.group("prep").lower(), _fronted_told(ctx, after.end(), c_end)


# Session 26: occasions a fronted phrase names where the main clause tells what was done ("In a meeting with the
# unions on Friday, the board agreed ...").
_FRONTED_CLAUSE_OCCASIONS = _FRONTED_OCCASIONS | words(
    "meeting meetings hearing session summit appearance visit"
)
# The main clause's start after the occasion's comma: a capitalised word, a determiner or a personal pronoun.
_CLAUSE_AFTER_OCCASION = re.compile(r"\s*,\s+(?=[A-Za-z])")
# Words that open no subject after the occasion's comma: a clause of its own or an aside.
_NOT_SUBJECT_OPENING = (
    RELATIVES
    | _COORDINATORS
    | words(
        "where when while as after before because if although though since until unless whether whose according"
    )
)
_SUBJECT_WORDS = 8
_CUE_ENDS = words("said says told tells asked added stated declared announced")


def _fronted_clause(
    ctx: Context, c_start: int, c_end: int, np_start: int, np_end: int, occasion: str
) -> tuple[str, str] | None:
    """(preposition, main clause) when an occasion opens the clause before a subject and its finite verb ("At a
    news conference, reporters asked ...", "In a call with analysts Monday, Pfizer chief executive Ian Read
    said ..."), the subject a short phrase with no comma and the clause the writer's words (``_fronted_told``)."""
    masked = ctx.masked
    if occasion not in _FRONTED_CLAUSE_OCCASIONS:
        return None
    front = _FRONTING_PREPOSITION.fullmatch(_strip_leading(masked[c_start:np_start].lstrip()))
    comma = _CLAUSE_AFTER_OCCASION.match(masked, np_end, c_end)
    if front is None or comma is None:
        return None
    a = comma.end()
    verb = next((m for m in _FINITE_WORD.finditer(masked, a, c_end) if m.group(0) not in ("’s", "'s")), None)
    if verb is None:
        return None
    subject = masked[a : verb.start()]
    if not subject.strip() or "," in subject or MASK * 2 in subject or len(subject.split()) > _SUBJECT_WORDS:
        return None
    if _first_word(subject) in _NOT_SUBJECT_OPENING:
        return None
    if any(w in RELATIVES for w in subject.lower().split()):
        return None
    said = _FRONTED_SAID.match(masked, verb.start())
    if said is not None:
        # "In a call with analysts on Monday, Pfizer chief executive Ian Read said the deal would close": what was
        # said there, as session 23 tells a person's ("X said in a call ... that ...").
        spoken = _fronted_told(ctx, verb.start(), len(masked))
        if spoken is None:
            return None
        who = _named_pronoun(ctx.text[a : verb.start()].strip(), ctx, c_start, a)
        if _uncontracted(_first_word(who)) in _ALL_PRONOUNS:
            return None
        ctx.draw(np_start)
        return (
            "",
            f"{who} {spoken[0]} {front.group('prep').lower()} {_np_text(ctx, np_start, np_end)} that {spoken[1]}",
        )
    done = _fronted_told(ctx, a, c_end)
    if done is None or done[0]:
        return None
    told = (
        ctx.text[a : a + len(done[1])] if done[1][:1].islower() and ctx.text[a : a + 1].isupper() else done[1]
    )
    told = _named_pronoun(told, ctx, c_start, a)
    if _last_word(told) in _CUE_ENDS or any(w in RELATIVES for w in subject.lower().split()):
        return None  # review 3: "the mayor said." or a relative in the subject: told as before
    if _uncontracted(_first_word(told)) in _ALL_PRONOUNS:
        return None  # a pronoun no reader can name (two women named before "she"): told as before
    ctx.draw(np_start)
    return front.group("prep").lower(), told


def _np_text(ctx: Context, np_start: int, np_end: int) -> str:
    phrase = ctx.text[np_start:np_end].strip()
    return phrase[0].lower() + phrase[1:] if _lower_determiner(phrase) else phrase


# Documents told as nouns of happening, and the verb that says what was done with them (not "took place").
_ISSUED = {
    # statements and releases are issued
    "statement": "was issued",
    "release": "was issued",
    # letters and messages are sent
    "letter": "was sent",
    "email": "was sent",
    "e-mail": "was sent",
    "memo": "was sent",
    # Session 18 (lead): notes, messages and replies are sent too ("wrote in a note to clients" was "A note took
    # place.")
    "note": "was sent",
    "message": "was sent",
    "reply": "was sent",
    # posts on the web are published ("a post was posted" says nothing)
    "post": "was published",
    "tweet": "was published",
    # pieces of writing are published
    "op-ed": "was published",
    "column": "was published",
}
# What may follow a document's noun when the noun is the phrase's head: the phrase's end, a preposition's
# complement, or a participle telling what was done with it ("a statement released by the campaign").
_AFTER_DOCUMENT = re.compile(
    r"(?:\s*$|\s+(?:to|from|on|in|at|by|of|about|last|this|earlier)\b"
    r"|\s+(?P<part>(?:released|issued|sent|posted|published|filed|written|signed|obtained|seen)\b))"
)


def _passive_be(head: str) -> str:
    last = head.split()[-1].lower()
    return "were" if last.endswith("s") and not last.endswith("ss") else "was"


# A noun phrase headed by a person, a noun of happening only in its complement ("the head of a rocket attack
# unit", "a survivor of the blast").
_PERSON_OF = re.compile(
    r"(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+)?(?:head|chief|leader|commander|member|spokesman|spokeswoman|"
    r"spokesperson|director|founder|survivor|victim|witness|organiser|organizer|veteran|architect)s?\s+of\s",
    re.IGNORECASE,
)
# A verb of speaking right before an occasion: "told analysts on | a conference call", "told | a news
# conference", "said on | a call with analysts".
_SPOKE_BEFORE = re.compile(
    r"\b(?P<cue>said|says|told|tells|spoke)(?:\s+(?P<to>reporters|journalists|analysts|investors|lawmakers|"
    r"MPs|parliament|staff|employees|(?:(?:about|some|nearly|almost|more\s+than|over)\s+)?[\d,]+\s+[a-z]+"
    # session 18: a name told ("told the Dover Gazette in an interview", "tells Harbour Radio in a long
    # interview"): to whom the speaker spoke, before the preposition of the occasion
    r"|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?=\s+(?:in|at|during|on)\s+$)"
    r"))?(?:\s+(?:on\s+[A-Z]\w+day|today|yesterday))?(?:\s+(?P<prep>in|at|during|on))?\s+$"
)
_SPOKE_INVERTED = re.compile(
    r"\b(?:said|says)\s+(?P<who>(?:the|a)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
    r"\s+(?P<prep>at|in|during|on)\s+$"
)
# The vehicles of speech (a statement, a tribute, a ruling: the event is the speaking, typed by the noun)
# and the verb that tells one was given when what was said is not told with it.
_VEHICLE_VERBS = {"statement": "issued", "tribute": "paid", "ruling": "delivered"}
# "said Rajesh Menon, India's deputy representative, | in a statement": the speaker after an inverted cue.
_INVERTED_BEFORE = re.compile(
    r"\b(?:said|says|added)\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:,[^,;]{1,80})?,?\s+(?:in|on)\s+$"
)
# "In a statement, | Lanmere Health Board said ...": the speaker after the fronted vehicle.
_FRONTED_VEHICLE = re.compile(r"\s*,\s*(?P<rest>[^,;]{1,80}?)\s+(?P<cue>said|says|told|added)\b")


# A name opening the sentence, set off by a comma: "Kerr, now 84, said ...".
_NAME_OPENS = re.compile(r"\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),\s")
# What may follow the vehicle in its summary: the day it was given ("a tribute on Sunday").
_VEHICLE_DAY = re.compile(
    r"\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _vehicle_end(text: str, np_start: int, np_end: int, vehicle: str) -> int:
    """Where a vehicle's noun phrase ends in its summary: after the noun and a day given with it, not the
    words after ("a statement | it would freeze hiring")."""
    at = text.lower().find(vehicle, np_start, np_end)
    if at < 0:
        return np_end
    end = at + len(vehicle)
    day = _VEHICLE_DAY.match(text, end)
    return min(np_end, day.end()) if day is not None else end


def _by_vehicle(
    ctx: Context, speech: re.Match[str] | None, np_start: int, np_end: int, noun_phrase: str, vehicle: str
) -> Summary | None:
    """A speech vehicle told as a sentence: "X said in a statement that ...", "X issued a statement", from
    "X said in a statement ...", "said X, ..., in a statement" or "In a statement, X said ..."."""
    text, masked = ctx.text, ctx.masked
    ph_start = ph_end = None
    cue = "said"
    if speech is not None:
        cue_pos = max(0, np_start - 60) + speech.start("cue" if speech.group("cue") else "own")
        ph = subject_before(masked, cue_pos)
        if ph is not None:
            ph_start, ph_end, kind = ph.start, ph.end, ph.kind
            cue = speech.group("cue") or speech.group("own")
    if ph_start is None:
        inv = _INVERTED_BEFORE.search(masked, max(0, np_start - 160), np_start)
        if inv is not None:
            ph_start, ph_end, kind = inv.start("name"), inv.end("name"), "name"
    fronted = None
    if ph_start is None and masked[ctx.opening : np_start].strip(" “‘\"'").lower() == "in":
        fronted = _FRONTED_VEHICLE.match(masked, np_end)
        if fronted is not None:
            ph = subject_before(masked, fronted.start("cue"))
            if ph is not None and ph.start >= np_end:
                ph_start, ph_end, kind = ph.start, ph.end, ph.kind
    if ph_start is None and speech is not None:
        # "Kerr, now 84, said in a tribute": the name opening the sentence, before its aside.
        opener = _NAME_OPENS.match(masked, ctx.opening)
        if opener is not None and opener.end() <= np_start:
            ph_start, ph_end, kind = opener.start("name"), opener.end("name"), "name"
    if ph_start is None or ph_end is None:
        return None
    noun_phrase = text[np_start : _vehicle_end(text, np_start, np_end, vehicle)].strip()
    speaker = _speaker_named(ctx, ph_start, ph_end, kind)
    if speaker.split()[0].lower() in _ALL_PRONOUNS:
        return None
    ctx.draw(min(ph_start, np_start), max(ph_end, np_end))
    claim = _claim(ctx, ph_start, np_end, ph_end) if speech is not None else None
    if claim is not None and cue.lower().startswith(("said", "says", "added", "stated")):
        body = f"{speaker} {cue} in {noun_phrase} that {claim}"
    else:
        body = f"{speaker} {_VEHICLE_VERBS[vehicle]} {noun_phrase}"
    return Summary(finish(body), speaker)


_MAIN_REPORT_AFTER = re.compile(
    r",\s+(?:(?:also|later|then)\s+)?(?:said|recalled|added|noted|argued|insisted|claimed|warned|explained|wrote|"
    r"acknowledged|conceded|stressed)\s+(?:that\s|on\s|in\s)"
)


# A possessive "’s" before a word: no verb ("Clinton’s campaign chairman").
_POSSESSIVE_S = re.compile(r"[’']s(?=\s+\w)")


def _claim(ctx: Context, speaker_start: int, np_end: int, speaker_end: int | None = None) -> str | None:
    """What was said at the occasion: after "that" following it, or the words before ", SPEAKER said"."""
    text, masked = ctx.text, ctx.masked
    after = re.match(r"\s*,?\s*that\s+", masked[np_end:])
    if after is not None:
        a = np_end + after.end()
        b = len(masked.rstrip(' .”"'))
        run_on = _MAIN_REPORT_AFTER.search(masked, a, b)
        if run_on is not None:
            # "Tom Vale, who said in an interview that he did not sign the lease, recalled that ...": a verb of saying
            # after a comma with no subject of its own is the sentence's main verb; what the relative's speaker said
            # ends before it (session 22: the summary ran on through "recalled").
            b = run_on.start()
    else:
        before = masked[:speaker_start].rstrip()
        if not before.endswith(","):
            return None
        a, b = ctx.opening, len(before) - 1
        if (
            speaker_end is not None
            and masked[speaker_end:].lstrip().startswith(",")
            and not _FINITE_WORD.search(_POSSESSIVE_S.sub("", masked[a:b]))
        ):
            # Session 23: "Clinton’s campaign chairman, John Podesta, said in a statement" gave "John Podesta said in a
            # statement that Clinton’s campaign chairman.": words set off before a name set off are its description,
            # no claim.
            return None
    claim_m = masked[a:b]
    if not claim_m.strip() or MASK * 2 in claim_m or len(claim_m.split()) < 3:
        return None
    ctx.draw(a, b)
    claim = text[a:b].strip().rstrip(" .,")
    return claim[0].lower() + claim[1:] if not _is_name(claim) else claim


def _is_name(claim: str) -> bool:
    first = claim.split()[0]
    return first[:1].isupper() and first.lower() not in words("the a an this these those it they we")


def announced_content(ctx: Context, seg_end: int, c_start: int | None = None) -> str | None:
    """What an announcement announced, when a clause of its own: "announced on 18 February | that ...",
    or, for a reporting tail ("..., the company announced on Monday"), the sentence's first clause."""
    m = re.match(r"\s*that\s+", ctx.masked[seg_end:])
    if m is None:
        return _announced_before(ctx, c_start) if c_start is not None else None
    a = seg_end + m.end()
    b = len(ctx.masked.rstrip(' .”"'))
    if b - a < 10 or MASK * 2 in ctx.masked[a:b]:
        return None
    ctx.draw(seg_end, b)
    return ctx.text[a:b].strip().rstrip(" .,")


# --------------------------------------------------------------------------- Session 12: pronouns named

# A pronoun the summary still holds as its subject or possessor: at its opening ("He resigned", "His campaign
# raised", "They voted"), or after a fronted time, place or circumstance set off before it ("On Friday he
# met", "In a speech to supporters in Phoenix, he barely discussed", "With 107 delegates at stake, she will").
_FRONT = (
    r"(?:In|On|At|By|With|Without|Last|This|Earlier|Later|Since|During|After|Before|For|From|"
    r"Then|Now|Still|Even\s+so|Instead|Meanwhile|However|Yet)\b[^,;:“”\"—]{0,70}?,?"
)
_SUMMARY_PRONOUN = re.compile(
    rf"^(?:(?P<front>{_FRONT})\s+"
    # after a front only a subject ("In his assessment" holds a possessive of the phrase, no subject)
    r"(?P<subj>he|she|they|it)|(?P<pron>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir|[Ii]t|[Ii]ts))"
    r"\s+(?P<next>[\w$€£][\w’'-]*)"
)
# A reporting verb right before the pronoun, a time or "that" between at most: "Adelson said on Friday | he",
# "The Daily Courier reported | it", "47 percent said | they", "Cruz has said for weeks | he", "told
# cheering supporters | he". The one who reports is the one the pronoun stands for, when it fits (below).
_CUE_BEFORE_PRONOUN = re.compile(
    r"\b(?P<cue>said|says|say|reported|reports|claimed|claims|added|adds|announced|confirmed|insisted|argued|"
    r"noted|believes|believed|believe|thinks|thought|think|stated|wrote|writes|explained|predicted|warned|"
    r"promised|vowed|pledged|admitted|acknowledged|boasted|complained|signalled|signaled|"
    r"told\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
    r"(?:\s+(?:on|in|last|this|for|earlier|late|early)\s+\w+|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|today|yesterday))?(?:\s+that)?\s*$"
)
# A poll's share that reports for a "they", right before the reporting verb: "47 percent | said they", "Twenty-four
# percent of Democrats | said they", "a majority of voters | said they".
_SHARE_BEFORE_CUE = re.compile(
    r"(?:^|(?<=[\s,]))(?P<np>(?:(?:[\d.,]+|[A-Za-z]+(?:-[a-z]+)?)\s+(?:percent|per\s+cent)|[\d.,]+%|"
    r"(?:a|the)\s+majority|"
    # Session 27 (lead's note): a fraction of a people ("A quarter of parents said they ...").
    r"(?:a\s+)?(?:quarter|third|fifth|half|two-thirds|three-quarters)|(?:one|two|three|four)\s+in\s+(?:three|four|five|ten))"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
# How far back the person a "he" or "she" stands for may be named (about the entity book's reach of six
# sentences): further back, another person the summary cannot see may be meant.
_NAMED_REACH = 1200


# Session 23: a noun phrase and the clause about it, told with no verb of its own: "charming many of the dockers
# | she’s spent the last year criticizing" gave "Many of the dockers she’s spent the last year criticizing." (the
# clause break cut the main verb off; readers of session 22 rejected two such summaries). The clause with the noun
# phrase it is about as its object is a sentence: "Greta Holm has spent the last year criticizing many of the
# dockers.". Only where the clause's last word is a verb form in -ing or -ed that the noun phrase is the object of;
# a noun of time or manner before the pronoun ("the day she resigned", "the way he handled") is no object.
_CONTACT_CLAUSE = re.compile(
    r"(?P<np>(?:(?:Many|Most|Some|Several|All|Each|One|Two|Three|Four|Five|Dozens|Hundreds|Thousands)\s+of\s+)?"
    r"(?:The|the|These|these|Those|those)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?)"
    r"\s+(?P<pron>he|she|they)(?P<aux>[’'](?:s|d|ve|re)|\s+(?:has|have|had|would|will))?"
    r"\s+(?P<rest>[a-z][a-z’' -]*?\s[a-z]+(?:ing|ed))\.$"
)
_NOT_CONTACT_HEADS = words(
    "day days year years week weeks month months time times moment night morning evening way reason place "
    "point hour hours minute season era period"
)
_CONTACT_STOPS = words("that who which whom whose and or but not never")


def _contact_clause(made: Summary, ctx: Context, c_start: int) -> Summary:
    """The summary with a noun phrase and its contact clause told as the clause with the noun phrase as its
    object, the pronoun named as the clause's own subject pronoun is (``_pronoun_subject``), or kept."""
    m = _CONTACT_CLAUSE.fullmatch(made.text)
    if m is None:
        return made
    np_words = m.group("np").split()
    rest_words = m.group("rest").split()
    if (
        np_words[-1].lower() in _NOT_CONTACT_HEADS
        # a verb or a second determiner inside is a clause of its own ("The mayor praised the dockers | they had
        # hired"), not one noun phrase; "of the" is in it ("many of the dockers")
        or any(
            w.lower() in _VERB_GROUP | _CONTACT_STOPS | FINITE_PASTS
            or w.endswith(("’s", "'s", "ed"))
            or (k > 0 and w.lower() in _DETERMINERS and np_words[k - 1].lower() != "of")
            for k, w in enumerate(np_words)
        )
        or any(w in _CONTACT_STOPS for w in rest_words)
    ):
        return made
    pron, aux = m.group("pron"), (m.group("aux") or "").strip()
    said = re.search(
        r"\b" + re.escape(pron) + re.escape(m.group("aux") or "") + r"\s+" + re.escape(rest_words[0]) + r"\b",
        ctx.text,
    )
    if said is None:
        return made
    if aux[:1] in ("’", "'"):
        first = rest_words[0].lower()
        # "she’s spent the last year ...": a participle before its object is "has" (``_written_out`` reads a
        # participle only from its own tables)
        participle = first in _PARTICIPLES or first in PASTS or first.endswith(("ed", "en"))
        aux = ("has" if participle else "is") if aux[1:] == "s" else _written_out(aux[1:], m.group("rest"))
    who = _pronoun_subject(pron, ctx, c_start, said.start()) or _referent(ctx, pron, said.start())
    subject = who if who is not None and _first_word(who) not in _ALL_PRONOUNS else pron
    np_ = m.group("np")
    np_ = np_[0].lower() + np_[1:]
    group = f"{aux} " if aux else ""
    return Summary(finish(f"{subject} {group}{m.group('rest')} {np_}"), subject, made.speaker)


def _pronoun_named(made: Summary, ctx: Context, trig_end: int) -> Summary:
    """The summary with a pronoun subject or possessor it still holds replaced by the full canonical name of
    whom it stands for, when the article lets a reader tell with confidence (``_referent``): "He resigned" ->
    "Jane Doe resigned", "His campaign raised" -> "Tom Hale’s campaign raised", "The Daily Courier reported it
    obtained ..." -> "The Daily Courier obtained ...". Where no one can be named with confidence the summary
    stays as composed: a wrong name is worse than a pronoun (docs/event-summaries.md, Session 12)."""
    m = _SUMMARY_PRONOUN.match(made.text)
    if m is None:
        return made
    group = "subj" if m.group("subj") else "pron"
    pron = m.group(group).lower()
    # The pronoun in the sentence: the last place before the trigger's end where it stands before the same
    # word as in the summary.
    found = [
        x
        for x in re.finditer(
            r"\b" + re.escape(pron) + r"\s+" + re.escape(m.group("next")) + r"\b",
            ctx.text[: max(trig_end, m.end())],
            re.IGNORECASE,
        )
        if x.start() >= ctx.opening
    ]
    if not found:
        return made
    pos = found[-1].start()
    if ctx.masked[pos : pos + len(pron)] != ctx.text[pos : pos + len(pron)]:
        return made  # a pronoun inside quoted words is the speaker's, not the writer's
    drawn = ctx.drawn_start
    who = _referent(ctx, pron, pos)
    if who is None or _first_word(who) in _ALL_PRONOUNS:
        ctx.drawn_start = drawn
        return made
    name = f"{who}’s" if pron in POSSESSIVES else who
    text = f"{made.text[: m.start(group)]}{name}{made.text[m.end(group) :]}"
    subject = made.subject
    if pron in SUBJECT_PRONOUNS and (subject is None or _first_word(subject) == pron):
        subject = who
    return Summary(finish(text), subject, made.speaker)


def _referent(ctx: Context, pron: str, pos: int) -> str | None:
    """Whom the pronoun at ``pos`` (sentence offset) stands for, named only when a reader can tell:

    - after a reporting verb ("X said | he ..."), the one who reports, when the pronoun fits them (a person
      of that gender for "he"/"she"; an organisation's name for "it"; a plural or a poll's share for
      "they") and no other person it could stand for is named between them;
    - else, for "he"/"she" only, the person the entity book finds (``subject_before``), when no other person
      the pronoun fits is named after that person's last mention: two men named before "he" leave it
      unnamed."""
    if pron == "it" and _situation_it(ctx.text, pos):
        # Session 32: "..., but it was too soon to know if they would survive" was "Mr Fenwick was too soon to know";
        # "It is the company's third rise" (``_situation_it``)
        return None
    cue = _CUE_BEFORE_PRONOUN.search(ctx.masked, max(ctx.opening, pos - 80), pos)
    personal = pron in ("he", "she", "his", "her")
    if cue is None and personal and _COORDINATED_BEFORE.search(ctx.masked, ctx.opening, pos) is not None:
        # "Trump said Iowa’s caucus system is “complex” and | he feels he can win": a clause joined to the words
        # a cue reports goes on reporting them, its pronoun the reporter's (the checks below: the reporter fits,
        # no other person it fits named between; session 13).
        cue = _last(_CUE_INSIDE.finditer(ctx.masked, max(ctx.opening, pos - 160), pos))
    share = _SHARE_BEFORE_CUE.search(ctx.masked, ctx.opening, cue.start("cue")) if cue is not None else None
    if share is not None and pron in ("they", "their") and MASK not in share.group("np"):
        ctx.draw(share.start("np"))
        return ctx.text[share.start("np") : share.end("np")]
    if pron in ("it", "its") and (body := _body_reporting(ctx, pos)) is not None:
        return body
    if cue is not None:
        ph = subject_before(ctx.masked, cue.start("cue"))
        if ph is not None and ph.kind != "pronoun" and MASK not in ph.text:
            raw = ctx.text[ph.start : ph.end]
            name = resolve_phrase(raw, ph.kind, ctx.sent_start + ph.start, ctx.book)
            kind = ctx.book.type_of(name)
            if personal and kind == "person":
                if _LAWYER_SPEAKS.search(
                    ctx.masked, max(ctx.opening, pos - 80), pos
                ) is not None and not _POSSESSIVE_IN.search(raw):
                    # Session 21 (lead): "His lawyer, Tom Quinn, said he would plead not guilty": the lawyer speaks of
                    # the client, whom the sentence does not name ("Falmer's lawyer said he" is Falmer's: kept).
                    return None
                if ctx.book.fits_pronoun(name, pron) and not _other_fitting(ctx, name, pron, ph.end, pos):
                    ctx.draw(ph.start)
                    return name
                return None  # the reporter does not fit, or another person between may be meant
            # An organisation or a group is told as the article writes it ("The New York Times", not the
            # book's "New York Times"), its aside left out.
            told = raw.strip().rstrip(",")
            if told.split()[0].lower() in ("the", "this") and all(w.islower() for w in told.split()[1:]):
                told = name  # "The association said it": the organisation the description names, by its name
            if name.startswith(told) and len(name) > len(told):
                told = (
                    name  # "Brightwell Stores Inc" read before "said" is the book's "Brightwell Stores Inc."
                )
            if (
                pron in ("it", "its")
                and kind in ("organization", "group", "other")
                and _stands_for_it(told, pron)
            ):
                ctx.draw(ph.start)
                return told
            if pron in ("they", "their") and kind != "person" and _plural(told):
                ctx.draw(ph.start)
                return told
    if (
        personal
        and not _opens_sentence(ctx, pos)
        and (opening := _SAME_OPENING.match(ctx.masked, ctx.opening))
    ):
        # "She also called for ..., something | she has asked of ...": the sentence's own subject is the same
        # pronoun, so this one stands for whom that one does, named by the same checks, when no person is named
        # between the two (session 13).
        first = opening.group("pron").lower()
        if (
            _gender_of(first) == _gender_of(pron)
            and first in ("he", "she")
            and not ctx.book.person_named_between(ctx.sent_start + opening.end(), ctx.sent_start + pos)
        ):
            return _referent(ctx, first, opening.start("pron"))
    if (first := _first_clause_subject(ctx, pron, pos)) is not None:
        return first
    if pron in ("they", "their") and _opens_sentence(ctx, pos):
        return _plural_subject_before(ctx)
    if pron in ("it", "its") and _opens_sentence(ctx, pos):
        return _body_before(ctx, pos)
    if not personal or not _opens_sentence(ctx, pos):
        # (deeper in its sentence a pronoun may stand for the sentence's own subject, a description the book
        # has no name for: "Ali’s younger brother put his hand to his face as members paid tribute to his
        # brother")
        return None
    who = ctx.book.subject_before(ctx.sent_start + pos, pronoun=_gender_of(pron))
    if who is not None and pron in _PERSONAL and who in (named := _named_in_own_clause(ctx, pos + len(pron))):
        # "On Monday she criticized Greta Holm": not the person her own clause names (session 22)
        who = ctx.book.subject_before(ctx.sent_start + pos, pronoun=pron, exclude=named)
    last = _last_mention(ctx, who, ctx.sent_start + pos) if who is not None else None
    if who is None or ctx.book.type_of(who) != "person" or last is None:
        return None
    if _ambiguous(ctx, who, pron, pos):
        return None
    if last > ctx.sent_start + ctx.opening:
        # The person named earlier in the pronoun's own sentence ("Christie said, adding that | he"): the name is
        # evidence of the summary, as the reporter's is (session 13).
        for men in reversed(ctx.book.mentions_between(ctx.sent_start + ctx.opening, last)):
            if men.end == last:
                ctx.draw(men.start - ctx.sent_start)
                break
    return who


# What may open a sentence before its pronoun subject: a fronted time, place or circumstance ("On Friday",
# "In a speech to supporters in Phoenix,", "With 107 delegates at stake,").
_FRONT_ONLY = re.compile(rf"\s*(?:{_FRONT}\s*)?")


# A body a person's name owns, right before a reporting cue: "Bernie Sanders’ campaign | says", "Rival Hillary
# Clinton’s campaign | said". Heads that are organisations, not people ("spokesman" is a person).
_POSSESSED_BODY = re.compile(
    r"(?:^|(?<=[\s“\"(]))(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+)?"
    r"(?:campaign|company|team|office|committee|government|administration|foundation|firm|agency|ministry|"
    r"department|council|board|union|club|bank|party|organization|organisation|group|network|newspaper|paper|"
    r"website|channel|studio|lab|laboratory|school|university|hospital|church|charity|fund|business))"
    r"(?:\s+(?:also|again|now|later|then|previously|has|have|had))*\s+$"
)


def _body_reporting(ctx: Context, pos: int) -> str | None:
    """The body a person's name owns that reports right before "it" at ``pos``: "Bernie Sanders’ campaign says |
    it raised ..." is the campaign, as the article writes it (session 13: the entity book reads only the person
    in the phrase, so "it" stayed unnamed or took the thing the previous sentence was about)."""
    cue = _CUE_BEFORE_PRONOUN.search(ctx.masked, max(ctx.opening, pos - 80), pos)
    if cue is None:
        return None
    body = _POSSESSED_BODY.search(ctx.masked, max(ctx.opening, cue.start("cue") - 90), cue.start("cue"))
    if body is None or MASK in body.group("np"):
        return None
    ctx.draw(body.start("np"))
    return ctx.text[body.start("np") : body.end("np")]


# A reporting cue anywhere before a pronoun in its sentence (``_referent``: a clause joined to what it reports).
_CUE_INSIDE = re.compile(r"\b(?P<cue>said|says|told\s+[a-z][\w-]*|added|claimed|insisted|argued|stressed)\b")
# A sentence opening with a personal pronoun subject, after a fronted phrase at most ("She also called ...").
_SAME_OPENING = re.compile(rf"[\s“\"]*(?:{_FRONT}\s+)?(?P<pron>[Hh]e|[Ss]he)\s+(?=[a-z])")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for found in matches:  # noqa: B007 (the last one is wanted)
        pass
    return found


def _gender_of(pron: str) -> str:
    """The subject form of a personal pronoun's gender: "his" -> "he", "her" -> "she"."""
    return "he" if pron in ("he", "his", "him") else "she"


def _opens_sentence(ctx: Context, pos: int) -> bool:
    """Whether the word at sentence offset ``pos`` opens the sentence (nothing before it but connectives and
    a fronted time, place or circumstance) or the words a participle of saying reports."""
    before = _strip_leading(ctx.masked[ctx.opening : pos].lstrip())
    return _FRONT_ONLY.fullmatch(before) is not None or _SAYING_BEFORE.search(before) is not None


# A participle of saying right before the pronoun: the words it reports open a clause of their own ("Maria Lind
# criticised Peter Sandvik, saying | he had sold the shares").
_SAYING_BEFORE = re.compile(
    r",\s+(?:saying|adding|arguing|claiming|insisting|noting|warning)(?:\s+that)?\s*$"
)


# Two people joined in one phrase: "Leo Brandt and Senator Paul Okafor", "Brandt, Okafor".
_JOINED = re.compile(r"(?:\s*,)?\s+(?:and|&|or)\s+(?:[A-Z][\w.]*\s+){0,3}|\s*,\s+(?:[A-Z][\w.]*\s+){0,3}")
# How close two people's names stand when they are joined (", and Senator " between them at most), and, where
# the words between are unknown, the gap left once the second's title is set aside (", and ").
_JOINED_GAP = 24
# (", " is 2, " and " 5, ", and " 6; a sentence's end and a blank line between, ".\n\n", is 3 and no joining)
_JOINED_BARE = frozenset({2, 5, 6})
# A clause coordinated with the one before it, right before the pronoun: ", but | his pathway", "and | he".
_COORDINATED_BEFORE = re.compile(r"(?:[,;]\s*(?:and|but|yet|so)?|\s(?:and|but))\s+$")


def _ambiguous(ctx: Context, who: str, pron: str, pos: int) -> bool:
    """Whether a reader could not tell that the pronoun at sentence offset ``pos`` stands for ``who`` (the
    person the entity book picks: the subject of the nearest sentence naming one it fits): another person the
    pronoun fits is named between them in the pronoun's own sentence ("Greta Holm attacked Martin Oduya,
    saying he ..."), or is joined to ``who`` ("Leo Brandt and Paul Okafor toured the bridge. He ...")."""
    last = _last_mention(ctx, who, ctx.sent_start + pos)
    if last is None:
        return False  # a speaker the book noted but never named as a mention: its choice stands
    if (
        last > ctx.sent_start
        and _COORDINATED_BEFORE.search(ctx.masked, max(0, pos - 12), pos) is None
        and _other_fitting(ctx, who, pron, last - ctx.sent_start, pos)
    ):
        # (a clause coordinated with the sentence's first goes on with its subject: "Trump has won 758 delegates,
        # compared to Cruz’s 538, but his pathway ...")
        return True
    want = _gender_of(pron)
    mentions = ctx.book.mentions_between(max(0, last - _NAMED_REACH), ctx.sent_start + pos)
    for k, men in enumerate(mentions):
        rec = ctx.book.record(men.key)
        if rec is None or rec.name != who or men.in_quote or men.end != last:
            continue  # (the person's last mention, in the sentence the book took them from)
        for other in (mentions[k - 1] if k else None, mentions[k + 1] if k + 1 < len(mentions) else None):
            orec = ctx.book.record(other.key) if other is not None else None
            if other is None or orec is None or orec.name == who or other.in_quote:
                continue
            first, second = (men, other) if men.start < other.start else (other, men)
            gap = second.start - first.end
            if first.end >= ctx.sent_start:
                # the words between are known in the pronoun's own sentence: "and", a comma, a title
                between = ctx.text[first.end - ctx.sent_start : second.start - ctx.sent_start]
                joined = gap <= _JOINED_GAP and _JOINED.fullmatch(between) is not None
            else:
                # in an earlier sentence only the mentions are known: the second's title ("and Senator") aside,
                # a gap as long as " and ", ", and " or ", " (so "Oduya met Sandvik" counts as joined: a reader may read
                # either man there too)
                # ("Kasich’s chief strategist John Weaver": a title in lower case is a description, not "and Senator")
                titled = second.title is not None and second.title[:1].isupper()
                joined = gap - (len(second.title) + 1 if second.title and titled else 0) in _JOINED_BARE
            if joined and ctx.book.fits_pronoun(orec.name, want):
                return True
    return False


def _last_mention(ctx: Context, name: str, pos: int) -> int | None:
    """The absolute end of the last mention (outside quotes) of the person called ``name`` before ``pos``,
    within ``_NAMED_REACH``; None when there is none."""
    for men in reversed(ctx.book.mentions_between(max(0, pos - _NAMED_REACH), pos)):
        rec = ctx.book.record(men.key)
        if rec is not None and rec.name == name and not men.in_quote:
            return men.end
    return None


def _other_fitting(ctx: Context, name: str, pron: str, start: int, end: int) -> bool:
    """Whether a person other than ``name`` whom ``pron`` may stand for is named (outside quotes) between
    sentence offsets ``start`` and ``end`` (``start`` may reach into earlier sentences)."""
    want = _gender_of(pron)
    for men in ctx.book.mentions_between(ctx.sent_start + start, ctx.sent_start + end):
        rec = ctx.book.record(men.key)
        if (
            rec is not None
            and men.type == "person"
            and not men.in_quote
            and rec.name != name
            and ctx.book.fits_pronoun(rec.name, want)
        ):
            return True
    return False


# --------------------------------------------------------------------------- Session 14: the first clause's subject

# A pronoun opening a clause joined to the sentence's first clause: "Harbourline publishes its figures, but | it
# does not ...", "Tovak Foods reported higher sales and said | it ...", "The councillors walked out as though |
# they ...". For "it" only the coordinators and concessives (after "until" or "when" it is as often the object:
# "X backed the plan until it collapsed"); "they" and the personal pronouns take the subordinators too.
_JOINED_FOR_IT = r"and|but|yet|so|though|although|while|whereas|even\s+though"
_JOINED_FOR_PEOPLE = _JOINED_FOR_IT + r"|as\s+though|as\s+if|as|because|when|while|before|after|since|until"
_JOINED_BEFORE = {
    kind: re.compile(
        rf"(?:,\s*|\s)(?:{joined})\s+(?:(?:also\s+)?(?:said|says|added|adds|argued|argues|insisted|insists)\s+"
        r"(?:that\s+)?)?$"
    )
    for kind, joined in (("it", _JOINED_FOR_IT), ("people", _JOINED_FOR_PEOPLE))
}
_IRREGULAR_PAST = "|".join(sorted(PASTS, key=len, reverse=True))
# The sentence's first clause: an optional fronted phrase set off by a comma, its subject, a finite verb with an
# adverb or two before it. An auxiliary, a past tense or a verb in -ed is looked for first, a present in -s only
# after ("The Ashford councillors walked": "councillors" is no verb).
_CLAUSE_WORD = r"(?!(?:to|that|who|which|it|its|he|she|they|their|his|her|is|are|was|were|has|have|had)\b)"
_FIRST_CLAUSE_OPENING = (
    r"\s*(?:(?:In|On|At|By|With|For|During|After|Before|Since|Despite|Instead|However|Still|Meanwhile|Last|This)"
    r"\b[^,;:“”\"—]{0,80},\s+)?"
    rf"(?P<np>{_CLAUSE_WORD}(?:[A-Z][\w.&’'-]*|[a-z][\w’'-]*)"
    rf"(?:\s+{_CLAUSE_WORD}(?:[A-Z][\w.&’'-]*|[a-z][\w’'-]*)){{0,5}}?)"
    r"(?:\s+(?:also|still|now|then|only|just|already|[a-z]+ly)){0,2}\s+"
)
_FIRST_CLAUSES = (
    re.compile(
        _FIRST_CLAUSE_OPENING
        + rf"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|{_IRREGULAR_PAST}"
        r"|[a-z]{2,}ed)\b"
    ),
    re.compile(_FIRST_CLAUSE_OPENING + r"[a-z]{2,}[^s\W]s\b"),
)
# A plural noun (a lower-case word in -s after another word), which "they" may stand for as well as the first
# clause's subject.
_PLURAL_NOUN = re.compile(r"\b[\w’'-]+\s+[a-z]{2,}[^s\W’']s\b")
_NOT_SUBJECT_WORDS = words(
    "it its he she his her they their this that these those there who which what i we you"
)


def _one_phrase(np: str) -> bool:
    """Whether the words before the verb found are one noun phrase, not a clause and the start of another ("Ms. Lind says Mr. Oduya | is"): no verb-like word in lower case but a plural head at its end."""
    ws = np.split()
    for k, w in enumerate(ws):
        if not w[:1].islower():
            continue
        last = k == len(ws) - 1
        if w in PASTS or w in _AUX_FIRST or w.endswith("ed"):
            return False
        if not last and w.endswith("s") and not w.endswith(("ss", "’s", "'s")):
            return False
    return True


def _first_clause_subject(ctx: Context, pron: str, pos: int) -> str | None:
    """Whom a pronoun opening a clause joined to the sentence's first clause stands for: that clause's subject,
    when it agrees with the pronoun and no other thing it could stand for is named between them (session 14).
    A reader takes "X did A, but it did B" and "X did A, as though they ..." as told of X: the coordinated
    clause goes on with its subject. Named: a person the entity book knows, for "he"/"she" (no other person the
    pronoun fits named between); a name for "it" (nothing but people named between: a place or an organisation
    may be what "it" is); a plural noun phrase or two joined by "and" for "they"."""
    personal = pron in ("he", "she", "his", "her")
    plural = pron in ("they", "their")
    joined = _JOINED_BEFORE["it" if pron in ("it", "its") else "people"]
    if joined.search(ctx.masked, max(ctx.opening, pos - 40), pos) is None:
        return None
    m = next(
        (x for c in _FIRST_CLAUSES if (x := c.match(ctx.masked, ctx.opening)) and _one_phrase(x["np"])), None
    )
    if m is None or m.end() > pos or MASK in m.group("np"):
        return None
    np_start, np_end = m.start("np"), m.end("np")
    np = ctx.text[np_start:np_end]
    if _first_word(np) in _NOT_SUBJECT_WORDS | _ALL_PRONOUNS:
        return None
    between = [
        men
        for men in ctx.book.mentions_between(ctx.sent_start + np_end, ctx.sent_start + pos)
        if not men.in_quote
    ]
    if personal:
        mention = next(
            (
                men
                for men in ctx.book.mentions_between(ctx.sent_start + np_start, ctx.sent_start + np_end)
                if men.end == ctx.sent_start + np_end and men.type == "person" and not men.in_quote
            ),
            None,
        )
        rec = ctx.book.record(mention.key) if mention is not None else None
        if rec is None or not ctx.book.fits_pronoun(rec.name, _gender_of(pron)):
            return None
        if _other_fitting(ctx, rec.name, pron, np_end, pos):
            return None
        ctx.draw(np_start)
        return rec.name
    if plural:
        ws = np.split()
        two = " and " in np and all(w[:1].isupper() or w == "and" or w.endswith("’s") for w in ws)
        if not (two or _plural(np if ws[0].lower() in _DETERMINERS or ws[0][:1].isupper() else f"the {np}")):
            return None
        if any(men.type != "person" for men in between) or ctx.book.type_of(np) == "person":
            return None
        if _PLURAL_NOUN.search(ctx.masked, np_end, pos) is not None:
            return None  # "The councillors fought the unions because they ...": either may be meant
        ctx.draw(np_start)
        return np
    # "it": a name, capitalised word by word ("Harbourline", "The Kestrel Transit Act"), no person's.
    if not all(w[:1].isupper() or w.lower() in ("of", "and", "&", "for") for w in np.split()):
        return None
    if ctx.book.type_of(np) in ("person", "location") or not _stands_for_it(np, pron) or " and " in np:
        return None
    if any(men.type != "person" for men in between):
        return None
    ctx.draw(np_start)
    return np


# --------------------------------------------------------------------------- Session 15: "They" after a sentence

# A plural noun and a finite verb after the subject of the sentence before: another plural subject "They" may stand
# for ("Officials met the unions, and the unions agreed ...").
_LATER_PLURAL_SUBJECT = re.compile(
    rf"\b[a-z]{{2,}}[^s\W’']s\s+(?:[a-z]+ly\s+)?(?:have|are|were|had|will|would|could|can|may|might|must|should|do|did|"
    rf"{_IRREGULAR_PAST}|[a-z]{{2,}}ed)\b"
)


# The subject of the sentence before and its verb, after a fronted phrase set off by a comma at most ("To save
# money, | harbour towns | have ..."); a plural takes a verb's base form too ("Harbour towns | say ...").
_SENTENCE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So)\s+)?(?:(?P<front>[A-Z][^,;:“”\"—()]{0,100}),\s+)?"
    rf"(?P<np>{_CLAUSE_WORD}(?:[A-Z][\w.&’'-]*|[a-z][\w’'-]*)(?:\s+{_CLAUSE_WORD}(?:[A-Z][\w.&’'-]*|[a-z][\w’'-]*)){{0,5}}?)"
    r"(?:\s+(?:also|still|now|then|only|just|already|often|[a-z]+ly)){0,2}\s+"
    rf"(?:are|were|have|had|will|would|can|could|may|might|must|should|do|did|{_IRREGULAR_PAST}|[a-z]{{2,}}ed|"
    r"say|acknowledge|argue|believe|want|need|hope|expect|plan|fear|know|think|remain|agree|worry|support|oppose|"
    r"face|continue|tend|see|hold|keep|make|take|tell|insist|warn|claim|admit|deny|favor|favour|prefer)\b"
)


def _plural_subject_before(ctx: Context) -> str | None:
    """What "They" opening its sentence stands for: the plural subject of the sentence right before, in the same
    paragraph, when that sentence names no other plural subject ("Regional mayors are angry about the budget. They
    closed two bus lanes in May." is the mayors). The previous sentence's event subject
    (``ctx.previous``) reaches no sentence without an event, nor one whose last event had another subject (session 14's
    "left alone"); its words are evidence of their own (``ctx.outside``)."""
    if ctx.before is None:
        return None
    start, text, masked = ctx.before
    if ctx.sent_start - (start + len(text)) > 1 or "\n" in text:
        return None  # a paragraph between, or a headline: no antecedent a reader takes across it
    m = _SENTENCE_SUBJECT.match(masked)
    if m is None or MASK in m.group("np") or not _one_phrase(m.group("np")):
        return None
    if m.group("front") and _FINITE_WORD.search(m.group("front")):
        return (
            None  # "The board saw the harbour as a depot, and engineers had ...": a clause, no fronted phrase
        )
    np = text[m.start("np") : m.end("np")]
    ws = np.split()
    if _first_word(np) in _NOT_SUBJECT_WORDS | _ALL_PRONOUNS | _COORDINATORS or " and " in np:
        return None
    if re.search(r"\b(?:these|those|this|that|such)\b", np, re.IGNORECASE):
        return None  # "A number of these donors": a phrase pointing further back is no name for "they" either
    if not _plural(np if ws[0].lower() in _DETERMINERS or ws[0][:1].isupper() else f"the {np}"):
        return None
    if ctx.book.type_of(np) is not None or _LATER_PLURAL_SUBJECT.search(masked, m.end()) is not None:
        return None
    if re.search(r"[,;]\s+(?:and|but)\s+(?:the\s+)?[a-z]+s\b", masked[m.end() :]):
        return None  # "..., and the unions ...": a second plural subject
    ctx.outside.append(np)
    return np


# --------------------------------------------------------------------------- Session 27: "It" after a sentence about a body

# Verbs only a body (or a person) does: "It said", "It blamed a fall in ...", "It has hired ...", "It will appeal". After
# one, "it" is the body the sentence before was about, whatever things that sentence also names.
_AGENT_VERBS = words(
    "said says say told tells added adds announced announces confirmed confirms blamed blames apologised apologized "
    "apologises apologizes apologise apologize hired hires hire employs employ employed plans plan planned hopes "
    "hope hoped wants want wanted agreed agrees agree decided decides decide declined declines decline refused "
    "refuses refuse denied denies deny warned warns warn admitted admits admit urged urges urge promised promises "
    "promise pledged pledges pledge vowed vows vow insisted insists insist argued argues argue sued sues sue "
    "appealed appeals appeal intends intend intended aims aim aimed expects expect stated states reported reports "
    "report revealed reveals reveal"
)
# What may stand between "It" and its verb: auxiliaries, negation, adverbs ("It has also hired", "It did not say").
_AUX_OR_ADVERB = words(
    "will would has have had does did do is was can could may might must shall should not also still now then "
    "later already never n’t n't"
)
# Nouns of time a determiner heads ("a year", "the weekend"): no thing "it" stands for.
_TIME_HEADS = words(
    "year years month months week weeks day days weekend time morning afternoon evening night quarter decade "
    "century moment period season spring summer autumn winter fall"
)
# Words that end a noun phrase after its determiner ("a steam engine | for £85,000").
_OBJECT_NP_STOP = words(
    "of for in on at to from with by about as than and or but after before since until during over into that which "
    "who whose when where while because if up off out"
)


_COPULA_IT = re.compile(
    r"[Ii]t(?:\s+(?:also|still|now|then|not))*\s+(?:is|was|’s|'s|were|will\s+be|would\s+be|has\s+been|had\s+been|"
    r"remains|remained|seems|seemed)\b"
)


def _agent_verb_after(masked: str, pos: int) -> bool:
    """Whether the verb after the pronoun ending at ``pos`` is one only a body or a person does (``_AGENT_VERBS``)."""
    for w in masked[pos : pos + 60].split()[:5]:
        lw = w.lower().strip(",;:")
        if lw in _AUX_OR_ADVERB or lw.endswith("ly"):
            continue
        return lw in _AGENT_VERBS
    return False


def _object_competes(masked: str, subject: str) -> bool:
    """Whether the verb after ``subject`` in the sentence ``masked`` takes a singular thing for its object, right
    after it ("The Dunford Museum of Rail bought | a 1920s steam engine", "agreed to buy | the pier"): the thing a
    following "it" may stand for as well as the subject. Times ("the weekend") are none; a name there is left to
    ``_competes_with`` (a person or a place is no "it" a body's verb takes)."""
    at = masked.find(subject)
    if at < 0:
        return False
    ws = masked[at + len(subject) : at + len(subject) + 160].split()[:14]
    i = 0
    while i < len(ws) and (ws[i].lower() in _AUX_OR_ADVERB or ws[i].endswith("ly")):
        i += 1
    if i >= len(ws) or not ws[i].isalpha() or not ws[i].islower() or ws[i] in _AGENT_VERBS:
        # no verb right after the subject ("Orrestad, which employs ..."), or a verb of saying, whose object is what
        # was said ("The Met Office said the volcano was ... It raised its alert level")
        return False
    i += 1
    if i + 1 < len(ws) and ws[i] == "to":
        i += 2  # "agreed to buy"
    if i >= len(ws) or ws[i] not in ("a", "an", "the", "its", "this"):
        return False
    kept = []
    for w in ws[i + 1 : i + 5]:
        lw = w.lower().strip(",.;:")
        if lw in _OBJECT_NP_STOP or not lw:
            break
        kept.append(lw)
        if w[-1:] in ",.;:":
            break
    if not kept or kept[-1] in _TIME_HEADS or not kept[-1].isalpha():
        return False
    return not plural_in_s(kept[-1]) or kept[-1].endswith("ss")


def _competes_with(ctx: Context, body: str, after: int) -> bool:
    """Whether something of the sentence before (``ctx.before``) other than ``body`` may be what "it" ending at
    ``after`` stands for, unless the verb after "it" is one only a body does ("It said", "It blamed ..."): another
    organisation or group the book knows there ("Merrow Foods agreed to buy Lantern Bakeries. It will close ..."), or
    the thing the body's verb takes for its object (``_object_competes``). Things
    named further from the verb were tried (any singular noun phrase of the sentence) and took names the sets'
    readers had right ("St. Wendeline said in a notice on its website. It will offer ...")."""
    if ctx.before is None:
        return False
    if _agent_verb_after(ctx.masked, after):
        # "Vexor Labs sued its supplier, Kestrel Foods. It declined to say ...": a body's verb after "It" goes on with
        # the subject of the sentence before, even beside another body (session 21's test)
        return False
    start, text, masked = ctx.before
    key = ctx.book.canonical(body)
    if any(
        x.type in ("organization", "group")
        and not x.in_quote
        and ctx.book.canonical(x.text) != key
        and x.text not in body  # "NATO’s training mission": the body's own words
        for x in ctx.book.mentions_between(start, start + len(text))
    ):
        return True
    return _object_competes(masked, body)


# Verbs after an "it" of the situation, never a body's: "It emerged that", "It means", "It seems", "It follows".
_EXPLETIVE_IT_VERBS = words(
    "emerge emerges emerged mean means meant come comes came follow follows followed appear appears appeared "
    "happen happens happened take takes took seem seems seemed remain remains remained turn turns turned look looks "
    "looked matter matters mattered depend depends depended become becomes became rain rains rained snow snows snowed"
)


def _body_before(ctx: Context, pos: int) -> str | None:
    """What "It" opening its sentence stands for, where no older path named it, when the sentence before, in the same
    paragraph, was about a body: that sentence's subject, an organisation the book knows ("The Harwick Lighthouse Trust put the lighthouse up for auction. It said ..."), when no other body, place
    or thing named there competes (``_competes_with``), or the verb after "It" is one only a body does. The name is
    evidence of its own, as the article writes it (``ctx.outside``)."""
    if ctx.before is None or _COPULA_IT.match(ctx.text, pos) is not None:
        # "It is not clear whether ...", "It was the first time it had ordered them": an "it" before "be" is as often
        # the situation as the body (dev13's "The Southern Grid Authority was the first time ...", read at this
        # session's first run)
        return None
    after_it = [w.lower().strip(",;:") for w in ctx.masked[pos + 2 : pos + 80].split()[:6]]
    verbs = [w for w in after_it if w not in _AUX_OR_ADVERB and not w.endswith("ly")]
    if verbs and (verbs[0] in _EXPLETIVE_IT_VERBS or (len(verbs) > 1 and verbs[1] in ("that", "to", "out"))):
        # Session 28 (review): "It emerged later that ...", "It means 300 workers will ...", "It is expected to":
        # an "it" of the situation, no body's ("Delmar Foods emerged later that ..." was given)
        return None
    start, text, masked = ctx.before
    if ctx.sent_start - (start + len(text)) > 1 or "\n" in text:
        return None  # a paragraph between, or a headline: no antecedent a reader takes across it
    # Session 32: the body is the book's one resolver's (``EntityBook.pronoun_referent``: the subject opening the
    # sentence before, when it names one body), told as the sentence before writes it; the checks below are this
    # reader's own (one body there, the subject of a verb, nothing competing).
    ref = ctx.book.pronoun_referent(ctx.sent_start + pos, "it")
    lead = len(masked) - len(masked.lstrip())
    first = lead + (4 if masked[lead:].startswith("The ") else 0)
    mentions = [
        x for x in ctx.book.mentions_between(start, start + len(text)) if x.type != "person" or x.in_quote
    ]
    if not mentions or mentions[0].start - start != first or mentions[0].in_quote:
        return None
    if mentions[0].type not in ("organization", "group") or len({x.key for x in mentions}) != 1:
        return None  # another body, place or name in the sentence before
    rec = ctx.book.record(mentions[0].key)
    told = text[lead : mentions[0].end - start]
    if (
        rec is None
        or (ref is not None and ref.kind == "body" and rec.name != ref.name)
        or len(told.split()) < 2
        or not re.match(r"(?:,\s+(?:a|an|the)\s+[^,]{1,60},)?\s+[a-z]", masked[mentions[0].end - start :])
    ):
        return None  # not the subject of a verb ("Kestrel Foods’ shares fell"), or not the body the book resolves
    if _competes_with(ctx, told, pos + 2):
        return None
    ctx.outside.append(told)
    return told


# --------------------------------------------------------------------------- Session 14: a pronoun inside the summary

# A personal pronoun inside the summary, not opening it: "31 percent backed | him", "The board denied | his request", "Critics have questioned | his record".
_INNER_PRONOUN = re.compile(r"(?<=\s)(?P<pron>he|she|him|his|her)\b(?P<rest>[,;:]?\s+[\w’'-]+|[\s,.;:]*$)")
# Nouns of one person: a description the pronoun inside the same words may stand for ("The Iowa senator ended his campaign", "A farmer questioned his expenses"), so the sentence is told as written.
_ONE_PERSON_NOUNS = (
    ROLE_WORDS
    | LOWER_ROLE_HEADS
    | words(
        "man woman boy girl person child candidate nominee hopeful front-runner frontrunner billionaire mogul "
        "businessman businesswoman delegate voter donor supporter friend rival opponent challenger incumbent "
        "congressman congresswoman representative senator governor pastor pilot student teacher doctor lawyer "
        "attorney judge host anchor writer author reporter journalist star wife husband mother father son daughter "
        "brother sister widow widower uncle aunt nephew niece grandson granddaughter mom dad self himself herself"
    )
)
# After "her" these make it the object ("urged her to resign", "voted against her in May"), not a
# possessive ("her campaign"). A determiner after it is the second object of a verb of giving or telling: "would give
# her a grant" (session 24: "would give Mira Castell’s a grant"), "told her the news"; a possessive is never followed
# by one.
_AFTER_OBJECT_HER = words(
    "to in on at for from with by about as than and or but if when because since after before during over "
    "into that who which out up down off back again"
) | (DETERMINERS - {"her"})


# A person's name as the book gives it: capitalised words, initials, particles ("Dale Kimbrough", "Ana B. Varga", "Mark van der Berg"), the first a capital.
_PLAIN_NAME = re.compile(
    r"(?!(?:To|In|On|At|Of|For|From|With|By|The|A|An)\s)[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|"
    r"van|von|der|de|da|di|du|la|le|al|bin))*"
)


def _names_a_person(text: str, book: EntityBook) -> bool:
    """Whether a capitalised word of ``text`` is (part of) the name of a person of the article ("Oduya", even where the book made no mention of it)."""
    for w in re.findall(r"[A-Z][\w.-]*[\w]", text):
        if book.type_of(w) == "person" or book.type_of(book.canonical(w)) == "person":
            return True
    return False


def _person_noun(word: str) -> bool:
    w = re.sub(r"[’']s?$", "", word.lower().strip("’'.,;:"))
    return w in _ONE_PERSON_NOUNS or (len(w) >= 5 and w.endswith(("er", "or", "ist", "man", "woman", "ee")))


def _inner_pronoun_named(made: Summary, ctx: Context) -> Summary:
    """The summary with a personal pronoun inside it (not its opening) replaced by the full name of the person
    it stands for, when a reader can tell (session 14): the entity book's person for the pronoun (the subject of
    the nearest sentence naming one it fits, as for a pronoun opening a sentence, session 12), when nothing in the
    summary or in its sentence before the pronoun is a person it could stand for instead (a name, or a noun of
    one person: "The Iowa senator ended his campaign" stays) and ``_ambiguous`` finds no other person it
    fits beside that one. "Among farmers, 31 percent backed him." -> "... backed Carl Lind.". The name is
    the entity of the pronoun in the evidence (session 7)."""
    text = made.text
    first = _first_word(text)
    if first in _ALL_PRONOUNS | RELATIVES or "“" in text or '"' in text:
        return made  # an opening pronoun left unnamed, or quoted words: the pronoun may be the speaker's
    m = _INNER_PRONOUN.search(text)
    if m is None:
        return made
    pron = m.group("pron")
    if any(_person_noun(w) for w in re.findall(r"[A-Za-z][\w’'-]*", text[: m.start()]) if w[:1].islower()):
        return made
    if _names_a_person(text, ctx.book) or _names_a_person(ctx.masked[ctx.opening :], ctx.book):
        return made  # a person named in the summary or the sentence: the pronoun may be theirs
    subject = made.subject or ""
    if (
        subject
        and text.startswith(subject)
        and all(w[:1].isupper() for w in subject.split())
        and subject.split()[0] not in ("The", "A", "An")
        # a name the sentence writes capitalised after a lower-case word, not a common noun opening it ("Voters")
        and re.search(r"[a-z,]\s+" + re.escape(subject) + r"\b", ctx.text) is not None
        and ctx.book.type_of(ctx.book.canonical(subject)) in (None, "person")
    ):
        # Session 30 (LEAD-NOTE-s30-2, item 4): "Pip had spent most of her life in a tank": a name opening the summary
        # that the book knows as no person (an animal's) may own the pronoun of its own clause; another woman named
        # sentences before was given it ("... most of Aoife Lind’s life").
        return made
    for men in ctx.book.mentions_between(ctx.sent_start, ctx.sent_start + len(ctx.text)):
        if men.type == "person" and (men.text in text or men.text.split()[-1] in text.split()):
            return made  # a person the summary names: the pronoun may be theirs
    # The pronoun in the sentence: once only, with the word after it as in the summary.
    rest = m.group("rest").strip(" ,.;:")
    pattern = r"\b" + pron + (r"[,;:]?\s+" + re.escape(rest) + r"\b" if rest else r"\b")
    found = [x for x in re.finditer(pattern, ctx.masked) if x.start() >= ctx.opening]
    if len(found) != 1 or MASK in ctx.masked[found[0].start() : found[0].end()]:
        return made
    pos = found[0].start()
    before = ctx.masked[ctx.opening : pos]
    if any(_person_noun(w) for w in re.findall(r"[A-Za-z][\w’'-]*", before) if w[:1].islower()):
        return made  # "The mayor’s younger brother thanked his hosts": a description the book has no name for
    if ctx.book.person_named_between(ctx.sent_start + ctx.opening, ctx.sent_start + len(ctx.text)):
        # a person of the pronoun's own sentence, before it (the paths that read its clause decide) or after it
        # ("Since launching his bid, Ben Oduya has ...": the pronoun looks ahead)
        return made
    gender = _gender_of(pron)
    who = ctx.book.subject_before(ctx.sent_start + pos, pronoun=gender)
    if who is None or ctx.book.type_of(who) != "person" or _uncontracted(_first_word(who)) in _ALL_PRONOUNS:
        return made
    if not _PLAIN_NAME.fullmatch(who):
        return made  # a word the book took into a name ("To Ostrava")
    last = _last_mention(ctx, who, ctx.sent_start + pos)
    if last is None or _ambiguous(ctx, who, pron, pos):
        return made
    if _other_fitting(ctx, who, pron, last - ctx.sent_start, pos):
        # another person the pronoun fits named after that person's last mention ("Carl Lind ... Ben Oduya spoke. ... he asked"): the book's choice may be either, so no name is given
        return made
    possessive = pron == "his" or (pron == "her" and bool(rest) and rest.lower() not in _AFTER_OBJECT_HER)
    name = f"{who}’s" if possessive else who
    return Summary(
        finish(f"{text[: m.start('pron')]}{name}{text[m.end('pron') :]}"), made.subject, made.speaker
    )


# --------------------------------------------------------------------------- Session 27: a possessive in reported words

# A possessive inside the summary ("The fire destroyed | her car"): checked by ``in`` before the pattern is tried.
_REPORTED_POSSESSIVE = re.compile(r"(?<=\s)(?P<pron>his|her|its)\s+(?P<next>[\w’'-]+)")
# Session 29 (speed): the pronoun and the word after it found again in the sentence, by patterns compiled once (a
# pattern of the two words was compiled on every call): the pronoun and its spaces, then the word and a word's edge.
_POSSESSIVE_BEFORE = re.compile(r"\b(?P<pron>his|her|its)\s+")
_WORD_EDGE = re.compile(r"\b")
# A determiner or a capitalised word between the cue and "its": a thing of the reported words it may be ("said a
# cyber attack had disrupted its systems", "said Harbourline had cut its fares").
_THING_IN_REPORT = re.compile(r"\b(?:a|an|the|this|these|another|each|every)\b")
# A capitalised word there other than a day or a month ("said on Monday that"): a name the book may not have typed.
_CAPITALISED = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z]"
)
# An appositive set off right after the speaker's name ("Jane Smith, 44, a teacher, | said"): its noun describes the
# speaker, no other person.
_SPEAKER_APPOSITIVE = re.compile(r",\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+[^,]{1,60},\s+")
_AGED_APPOSITIVE = re.compile(r"(?:,\s+\d{1,3})?(?:,\s+(?:a|an|the)\s+[^,]{1,60})?,?\s*")


# Words after "her" that make it an object: a place or direction, an adjective of feeling or state.
_NOT_OWNED_AFTER_HER = words(
    "home away angry upset sad ill sick unable afraid worried happy alone free homeless speechless anxious nervous "
    "better worse unwell distraught uneasy scared furious hopeful confident "
    # participles in -en ("her kitchen", "her garden" are hers)
    "shaken taken broken stolen beaten frozen forgotten hidden written driven given chosen woken fallen swollen "
    "bitten eaten proven sworn torn worn"
)
# Words before the possessive in the reported words that may own it rather than the speaker: an object pronoun, an
# animal or a vessel.
_OWNERS_NOT_SPEAKER = words(
    "him her them me us horse horses mare stallion pony foal dog dogs bitch hound puppy cat kitten cow cows bull ewe "
    "ram sheep hen bird ship boat vessel yacht ferry trawler tanker liner"
)


def _reported_possessive(made: Summary, ctx: Context) -> Summary:
    """The summary with a possessive inside the words someone reports replaced by the reporter's name, when a
    reader can tell (session 27): "Jane Smith, a teacher, said the floods ruined | her home." is "The floods ruined
    Jane Smith’s home."; "Pellow Shipping said one of | its ships had lost ..." is "One of Pellow Shipping’s ships
    ...". The reporter is the cue's subject: for "his"/"her" a person the book knows by a full name the pronoun fits,
    the only person named in the sentence, with no noun of a person between the name and the pronoun (an appositive
    describing the speaker apart: "the driver had lost his licence" stays); for "its" an organisation, with no
    determiner nor name between the cue and the pronoun (a thing of the reported words may own it). Else the
    summary stays as composed: a wrong name is worse than a pronoun (session 12)."""
    text = made.text
    if (" his " not in text and " her " not in text and " its " not in text) or "“" in text or '"' in text:
        return made
    m = _REPORTED_POSSESSIVE.search(text)
    if m is None:
        return made
    pron, after = m.group("pron"), m.group("next")
    if pron == "her" and (after.lower() in _AFTER_OBJECT_HER or after.lower() == "of"):
        return made  # "told her the news", "cleared her of wrongdoing": an object
    if pron == "her" and (
        after.lower() in _NOT_OWNED_AFTER_HER or (after.lower().endswith("ed") and len(after) > 4)
    ):
        # Session 28 (review): "had left her shaken", "sent her home", "made her angry": an object
        return made
    if any(w.strip(",;:") in _OWNERS_NOT_SPEAKER for w in text[: m.start()].lower().split()):
        # Session 28 (review): "cost him his job" (an object pronoun before), "the mare had broken her leg", "the
        # ship had lost her mast" (an animal or a vessel may own it)
        return made
    if any(_person_noun(w) for w in re.findall(r"[A-Za-z][\w’'-]*", text[: m.start()]) if w[:1].islower()):
        return made  # "The mayor’s driver lost his licence": a description the pronoun may be theirs
    masked = ctx.masked
    found = [
        x
        for x in _POSSESSIVE_BEFORE.finditer(masked, ctx.opening)
        if x.group("pron") == pron
        and masked.startswith(after, x.end())
        and _WORD_EDGE.match(masked, x.end() + len(after)) is not None
    ]
    if len(found) != 1:
        return made
    pos = found[0].start()
    cue = _last(_CUE_INSIDE.finditer(ctx.masked, ctx.opening, pos))
    if cue is None or _LAWYER_SPEAKS.search(ctx.masked, max(0, cue.start() - 80), cue.end()) is not None:
        return made  # a lawyer speaks of a client
    ph = subject_before(ctx.masked, cue.start("cue"))
    if ph is not None and (ph.kind == "pronoun" or MASK in ph.text):
        return made
    if ph is not None:
        start, end = ph.start, ph.end
        raw = ctx.text[start:end].strip().rstrip(",")
        name = resolve_phrase(raw, ph.kind, ctx.sent_start + start, ctx.book)
    else:
        # "Mara Lind, 44, a nurse, said": an age and a description set off after the name (read past by no
        # phrase reader): the person named right before them.
        before_cue = ctx.book.mentions_between(ctx.sent_start + ctx.opening, ctx.sent_start + cue.start())
        men = before_cue[-1] if before_cue else None
        if men is None or men.type != "person" or men.in_quote:
            return made
        start, end = men.start - ctx.sent_start, men.end - ctx.sent_start
        if _AGED_APPOSITIVE.fullmatch(ctx.masked, end, cue.start()) is None:
            return made
        raw = name = ctx.text[start:end]
    said = ctx.masked[cue.end() : pos]
    if pron == "its":
        if (
            ctx.book.type_of(name) not in ("organization", "group")
            or _THING_IN_REPORT.search(said)
            or _CAPITALISED.search(said)
        ):
            return made
        if not _stands_for_it(raw, pron) or not all(
            w[:1].isupper() or w in ("of", "and", "&") for w in raw.split()
        ):
            return made  # a body named by its name, as the article writes it
        who = raw
    else:
        name = ctx.book.canonical(name)
        if (
            ctx.book.type_of(name) != "person"
            or len(name.split()) < 2
            or not _PLAIN_NAME.fullmatch(name)
            or not ctx.book.fits_pronoun(name, _gender_of(pron))
        ):
            return made
        others = {
            ctx.book.canonical(men.text)
            for men in ctx.book.mentions_between(ctx.sent_start + ctx.opening, ctx.sent_start + len(ctx.text))
            if men.type == "person" and not men.in_quote
        }
        if others != {name}:
            return made  # another person the sentence names may be meant
        between = _SPEAKER_APPOSITIVE.sub(" ", ctx.masked[end : cue.start("cue")], count=1) + said
        if any(_person_noun(w) for w in re.findall(r"[A-Za-z][\w’'-]*", between) if w[:1].islower()):
            return made
        if _CAPITALISED.search(said):
            return made  # a name the book did not type may be the owner
        who = name
    if any(w in text.split() for w in who.split() if w[:1].isupper() and w != "The"):
        return made  # "Vennair had cancelled all 212 of its flights": the summary names its owner already
    ctx.draw(start)
    # Session 29 (LEAD-NOTE-s29-1, item 3): inside the sentence a name's "The" is "the", a plural name in -s takes
    # the apostrophe alone ("the Federation of Small Employers’ members"), and an article written with straight
    # apostrophes gets one ("One in five of The Federation of Small Employers’s members" was told).
    if m.start("pron") > 0 and who.startswith("The "):
        who = "the " + who[4:]
    mark = _possessive_mark(who)
    if "’" not in ctx.text and "'" in ctx.text:
        mark = mark.replace("’", "'")
    return Summary(
        finish(f"{text[: m.start('pron')]}{who}{mark}{text[m.end('pron') :]}"), made.subject, made.speaker
    )


# --------------------------------------------------------------------------- Session 20: a body told by "the" and its kind

# Heads of a body's description that its name bears ("the bank" for Halver Bank, "the council" for Dover Town
# Council): the description names the body when the name ends in (or opens with) the head.
_NAMED_HEADS = words(
    "bank agency department ministry council party union university college committee commission court board club "
    "hospital school church charity foundation institute network newspaper fund authority bureau trust museum "
    "association federation league group academy society hospice library theatre theater orchestra zoo "
    # Session 33: a team or a co-operative told by its kind ("The team will hold an open day", "the co-op said"):
    # a body's name bears the word ("Porthkennack Lifeboat Team", "Dunmarsh Dairy Co-operative").
    "team co-op coop cooperative co-operative"
)
# Session 33's heads: a body told by one that ``_description_named`` cannot name is still a thing ``_thing_named`` may
# tell as introduced ("The volunteer mountain rescue team in Lochaber", "The minor league baseball team").
_HEADS_S33 = words("team co-op coop cooperative co-operative")
# Other heads a body's name may bear for the description's head: an agency's name ends in "Department",
# "Bureau", "Administration" ... ("the agency" for the Transport Department).
_SAME_KIND = {
    "agency": words("agency department bureau administration service commission authority office"),
    # Session 27: a school's name may end in "Academy" or "College" ("the school" for Westfield Academy), a charity's
    # in "Trust", "Foundation" or "Appeal" ("the charity" for the Harwick Lighthouse Trust).
    "school": words("school academy college"),
    "charity": words("charity trust foundation appeal"),
    # Session 33: "co-op" is short for a co-operative, however the name spells it.
    "co-op": words("co-op coop cooperative co-operative"),
    "coop": words("co-op coop cooperative co-operative"),
    "cooperative": words("co-op coop cooperative co-operative"),
    "co-operative": words("co-op coop cooperative co-operative"),
}
# Last words of a body's name that take "the" before it: "the Transport Department", "the Harbour Party".
_THE_NAMES = words(
    "department ministry council party union committee commission agency bureau administration board authority "
    "association federation league foundation institute court"
)
# Heads of a business's description: "the company" for Kestrel Foods, "the operator" for a lottery's company.
_BUSINESS_HEADS = words(
    "company firm business maker manufacturer retailer chain airline carrier lender insurer operator drugmaker "
    "automaker carmaker developer publisher broadcaster"
)
# Last words of a business's name: the entity book's (``CORPORATE_TAILS``, ``COMPANY_NAME_TAILS``) and a few
# more a drug or research company bears. An organisation named without one (a regulator, an exchange, a
# broadcaster, a division of a ministry) is not what "the company" stands for, even when named nearest.
_BUSINESS_TAILS = (
    CORPORATE_TAILS | COMPANY_NAME_TAILS | words("pharma therapeutics biotech labs laboratories")
)
_AIRLINE_TAILS = words("airways airlines air")
# The description opening a summary: "The company", "The frozen food company" (lowercase modifiers only: "The Dover
# administration" names its body already), not a possessive ("The group’s members") nor a head with "of" after it.
_DESCRIPTION_OPENING = re.compile(
    r"^The\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>"
    + "|".join(sorted(_NAMED_HEADS | _BUSINESS_HEADS, key=len, reverse=True))
    + r")\b(?![’'-]|\s+of\b)"
)


_NAME_SET_OFF = re.compile(r",\s+[A-Z]")
# A time or an adverb fronted before a description: "Thus far, | the foundation ...", "On Monday, | the bank ...".
_FRONT_BEFORE_DESCRIPTION = re.compile(
    r"(?:Thus\s+far|So\s+far|Since\s+then|Meanwhile|However|Later|Earlier|Last\s+\w+|This\s+\w+|On\s+\w+|"
    r"In\s+\d{4}|By\s+then|Until\s+now),\s+(?=the\s)"
)


def _description_named(made: Summary, ctx: Context, trig_end: int) -> Summary:
    """The summary with a subject told by "the" and a body's kind ("The company cut 300 jobs.") given the body's
    name, when a reader can tell which body is meant: the nearest earlier mention of an organisation in the
    sentence or the sentence before (same paragraph) is of that kind (a bank's name bears "Bank"; a business is an
    organisation whose name says no other kind), and no other organisation, nor another body of that kind ("a
    bank"), is written in that reach; with none named in that reach, the one body of the kind the article named
    before. Else the summary stays as composed: the description is the article's own words, and a wrong name is
    worse (Session 12's rule for pronouns, applied to descriptions)."""
    front = _FRONT_BEFORE_DESCRIPTION.match(made.text)
    if front is not None:
        # Session 24: "Thus far, the foundation has refused to comment": the description after a fronted time or
        # adverb is named as one opening the summary is.
        rest = made.text[front.end() :]
        body = Summary(rest[:1].upper() + rest[1:], made.subject, made.speaker)
        inner = _description_named(body, ctx, trig_end)
        if inner is body:
            return made
        told = "the " + inner.text[4:] if inner.text.startswith("The ") else inner.text
        return Summary(finish(made.text[: front.end()] + told), inner.subject, made.speaker)
    m = _DESCRIPTION_OPENING.match(made.text)
    if m is None or _NAME_SET_OFF.match(made.text, m.end()):
        # "The manufacturer, Vexor Labs, apologised": the article names the body right after its description
        # (session 21: another business named before took the description's place, "Kestrel Foods, Vexor Labs, ...").
        return made
    phrase, head = m.group(), m.group("head")
    found = [
        x
        for x in re.finditer(
            r"\b" + re.escape(phrase) + r"\b", ctx.text[: max(trig_end, len(phrase))], re.IGNORECASE
        )
        if x.start() >= ctx.opening and ctx.masked[x.start() : x.end()] == ctx.text[x.start() : x.end()]
    ]
    if not found:
        return made
    pos = ctx.sent_start + found[-1].start()
    reach = ctx.sent_start + ctx.opening
    if ctx.before is not None:
        b_start, b_text, _b_masked = ctx.before
        if ctx.sent_start - (b_start + len(b_text)) <= 1 and "\n" not in b_text:
            reach = b_start  # the sentence before, in the same paragraph
    bodies = [
        x
        for x in ctx.book.mentions_between(reach, pos)
        if x.type in ("organization", "group") and not x.in_quote and x.key
    ]
    if not bodies:
        # Nothing named in reach: the one body whose name bears the kind the article named before ("the bank" after
        # Halver Bank and no other bank: ``EntityBook.by_head``), else none. Not for a business: the entity book
        # does not know every company as one, so the one it knows may not be the one meant.
        named = _one_named(ctx, phrase, head, pos) if head in _NAMED_HEADS else None
        if (
            named is None
            or len(named.split()) < 2
            or (head in _HEADS_S33 and _another_after(named, head, ctx))
        ):
            # Session 33: a co-op or a team introduced after the name ("A rival co-op cut its prices") may be the one
            # meant; the older heads keep their rule (a first version asked it of every head, and "a group of
            # residents" or "an emergency loan from a bank" unnamed dev6's and dev8's bodies)
            return made
        # No evidence is added for a name told further back: a span far from the clause would stretch the event's
        # evidence over paragraphs, and two events drawing on one span are merged as one fact when grounded.
        # A name headed by a common noun of a body takes "the" in English ("the Transport Department", "the Harbour Party").
        ws = named.lower().split()
        takes_the = ws[-1] in _THE_NAMES or (len(ws) > 2 and ws[1] == "of" and ws[0] in _THE_NAMES)
        name = ("The " if takes_the else "") + named
    else:
        if len({x.key for x in bodies}) != 1:
            return made  # two bodies a reader could take the description for
        last = bodies[-1]
        rec = ctx.book.record(last.key)
        key = phrase.lower()
        # Session 32: a firm told by "the company", "the firm", "the lender" is the one the entity book's one reader
        # of such descriptions gives (``EntityBook.firm_described``, session 31; the attributions read it too, so one
        # article's "the company" is never two firms): where it names a firm, this reader names no other; where it
        # names none, this reader's checks decide as before (a veto only: naming the book's firm where these checks
        # find no body in reach broke a business named inside a clause about another, test_rules_summaries_s20).
        firm = (
            ctx.book.firm_described(phrase, pos)
            if key in GENERIC_BODY_DESCRIPTIONS or key in TRADE_DESCRIPTIONS
            else None
        )
        if (
            rec is None
            or not _of_kind(rec.name, rec.type, [*rec.aliases], head)
            or firm not in (None, rec.name)
        ):
            return made
        between = _text_between(ctx, last.end, pos)
        if between is None or re.search(
            rf"\b(?:a|an|another|one|the|this|that|its|their)\s+(?!{head}s?\b)(?:[\w-]+\s+){{0,2}}?{head}s?\b"
            rf"|\b(?:a|an|another|one|this|that|its|their)\s+{head}s?\b",
            between,
            re.IGNORECASE,
        ):
            return made  # "Kestrel Foods hired a bank. The bank said": another body of the kind
        # Session 30: the article told the body by its kind already after naming it ("Executives at Brindle Foods
        # say the company will save ..."): the same words a sentence later are the same body, wherever it was named.
        told_by_kind = re.search(rf"\bthe\s+{head}\b", between, re.IGNORECASE) is not None
        if last.start >= ctx.sent_start:
            ctx.draw(last.start - ctx.sent_start)
            told_before = ctx.text[: last.start - ctx.sent_start]
        elif ctx.before is not None:
            # The name in the sentence before is evidence of its own (as "They" -> "Regional mayors", session 15).
            ctx.outside.append(ctx.before[1][last.start - ctx.before[0] : last.end - ctx.before[0]])
            told_before = ctx.before[1][: last.start - ctx.before[0]]
        else:
            return made
        if (
            head not in _NAMED_HEADS
            and not told_by_kind
            and told_before[told_before.rfind(".") + 1 :].strip().lower() not in ("", "the")
        ):
            # A business is told by its kind when it is what the sentence was about: named as a subject opening
            # its sentence ("Kestrel Foods reported a loss. The company ..."). Named inside a clause about
            # another ("after its biggest customer, the grocery chain Kestrel Foods, cut its order"), it may be
            # another business than the one the article is about, which the entity book may not know as one.
            return made
        # As the article writes it: "the Halver Bank" keeps its article.
        name = ("The " if re.search(r"\bthe\s+$", told_before, re.IGNORECASE) else "") + rec.name
    text = name + made.text[m.end() :]
    subject = made.subject
    if subject is not None and subject.lower() == phrase.lower():
        subject = name
    return Summary(finish(text), subject, made.speaker)


def _one_named(ctx: Context, phrase: str, head: str, pos: int) -> str | None:
    """The one body named before ``pos`` whose name bears the description's head or a head of the same kind
    (``_SAME_KIND``), or None when there are none or several."""
    mods = phrase.lower().split()[1:-1]
    hits = {
        named
        for kind in _SAME_KIND.get(head, frozenset({head}))
        if (named := ctx.book.by_head(" ".join(["the", *mods, kind]), pos)) is not None
    }
    return hits.pop() if len(hits) == 1 else None


def _text_between(ctx: Context, start: int, end: int) -> str | None:
    """The words between absolute offsets ``start`` and ``end``, read from the sentence and the sentence before."""
    if start >= ctx.sent_start:
        return ctx.text[start - ctx.sent_start : end - ctx.sent_start]
    if ctx.before is None:
        return None
    b_start, b_text, _m = ctx.before
    return b_text[start - b_start :] + " " + ctx.text[: end - ctx.sent_start]


def _of_kind(name: str, kind: str, aliases: list[str], head: str) -> bool:
    """Whether the body called ``name`` may be told as "the <head>": its name bears a named head ("Halver Bank"), or
    for a business's description a business's last word ("Kestrel Foods", "Brevik Holdings Inc."; an airline's
    "Airways"); either, an alias of the description's head ("Kestrel Foods, the frozen food maker"). A name of one
    word, or a business's name with "of" ("Shareholders of Kestrel Foods", a record the entity book read on), is
    not told for a description: the word alone may be the book's junk, and the other a group of people."""
    ws = [w.lower().strip(".,") for w in name.split()]
    if any(a.lower().split()[-1:] == [head] for a in aliases if a.lower().startswith("the ")):
        return True
    if len(ws) < 2:
        return False
    if head in _NAMED_HEADS:
        kinds = _SAME_KIND.get(head, frozenset({head}))
        return ws[-1] in kinds or (len(ws) > 2 and ws[0] in kinds and ws[1] == "of")
    tails = _AIRLINE_TAILS if head in ("airline", "carrier") else _BUSINESS_TAILS
    return kind == "organization" and "of" not in ws and ws[-1] in tails


# --------------------------------------------------------------------------- Session 29: a thing told by "the" and its noun

# A thing or a happening opening a summary with "the" and its noun alone, a verb or an adverb right after it: "The
# ban will start in March.", "The lawsuit claims ...". A noun with words of its own after it ("The ban on cars",
# "The letter, signed by ...") or a possessive is told as the article writes it.
_THE_THING_OPENING = re.compile(r"The\s+(?P<head>[a-z][a-z-]{2,})\s+(?=[a-z])")
# Heads the rule leaves: a body or a business (``_description_named``), a place or a public body a story often
# names no other of ("the city", "the government"), and nouns of time or of a whole ("the day", "the rest").
_THING_NOT_NAMED = (
    (_NAMED_HEADS - _HEADS_S33)
    | _BUSINESS_HEADS
    | words(
        "city town village state country nation region county province district area island government "
        "administration police army military navy public press media market markets economy world industry "
        "day week month year morning afternoon evening night weekend time rest majority minority number "
        "same other first second last latter former following move"
    )
)
# Words after the noun that end the phrase the summary opens with: they begin its verb group or a new clause.
_AFTER_THING_HEAD = words(
    "of on in at to for from with by against into over about between under after before since during and or but "
    "that which who whose where when as than"
)
# Prepositions that open the words introducing a thing ("a ban on ...", "a letter to ...", "a lawsuit against ...").
_THING_PREPOSITIONS = words(
    # Session 30: "under", "across", "through", "near", "among", "without", "outside" ("a lawsuit under the Clean
    # Water Act", "a bridge across the Tarrow")
    "on of to for against in at from into over about between with by under across through near among without "
    "outside"
)
# Prepositions that open a time rather than a place or an object when a number or a time word follows ("on
# Monday", "in 2019", "at 4pm"): the phrase ends before them.
_TIME_PREPOSITIONS = words("on in at by since until during before after from")
_TIME_WORD_AFTER = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tonight tomorrow last next this earlier later recent "
    "morning afternoon evening night week month year weekend"
)
# Words that end the introducing phrase where they stand: a relative, a coordinator, a verb of the clause.
_THING_PHRASE_STOPS = words(
    "that which who whom whose where when while and or but as because after before since until if than "
    "is are was were be been being has have had will would could can may might must should shall do does did "
    "said says told say"
)
# Words pointing back inside the introducing phrase: told after "The ban", their referent would change ("The
# recall of its frozen pizzas").
_THING_PHRASE_POINTERS = words("it its they them their he him his she her this these those such")
# Determiners telling a mention of the noun: "a"/"an" introduces the thing, "the" tells it again; "another",
# "second", "new" after "a" or a number tell a second thing of the kind.
_INTRODUCING = words("a an")
_ANOTHER = words("another second third other one two three four five several many some each every both")
_TOKEN = re.compile(r"\S+")
# Words that are no modifier between a determiner and its noun: prepositions, verbs of the clause, relatives.
_NOT_MODIFIERS = _THING_PREPOSITIONS | _THING_PHRASE_STOPS
# Words before the noun's word that make it a verb: "will strike", "to ban", "they plan".
_VERB_BEFORE = words(
    "will would could can may might shall should must to not did does do they we i you he she it"
)
# Possessives before a mention: the thing is someone's ("its plan"), and may be another than the one meant.
_OWNERS = words("his her its their our my your")
# Words that follow a subject before or inside its verb group (besides auxiliaries, "-ed" and "-s" forms, "-ly").
_VERB_SIDE = words("also even still now then never already again only just not soon first")
# Modifiers telling one of a series ("the final debate", "the latest poll"): other things of the noun exist.
_ONE_OF_SERIES = words("first final last latest next previous earlier later same recent main")
# Review 2 of session 29: a thing turned down when it was introduced is seldom the one a later "the" tells ("The firm
# rejected a bid from Acme in March. Zeta then made a higher offer in May. The bid was accepted on Monday." named Acme's
# bid), and a rival word for the same kind of thing told in between may be it: the summary stays as composed.
_TURNED_DOWN = words(
    "rejected rejects refused refuses dropped scrapped withdrew withdrawn abandoned declined rebuffed"
)
_RIVAL_THINGS: dict[str, frozenset[str]] = {
    "bid": words("offer offers approach proposal"),
    "offer": words("bid bids approach proposal"),
    "approach": words("bid offer proposal"),
    "proposal": words("plan plans offer bid scheme"),
    "plan": words("proposal proposals scheme"),
    "scheme": words("plan plans proposal"),
    "deal": words("agreement offer contract"),
    "agreement": words("deal contract"),
    "contract": words("deal agreement"),
}


# Session 33: a figure before the noun is a modifier ("a 7% increase", "a 1,200-seat arena"); a comma after a word is
# no part of it ("the previously amicable rapport, | two" is no mention of "the two").
_FIGURE_MODIFIER = re.compile(r"\d[\d,.]*%?(?:-[a-z-]+)?")


class Told(NamedTuple):
    """The mentions of a noun one sentence tells (``things_told``): ``introduced``, the words of each "a"/"an"
    mention but the article ("ban on cars"); ``fuller``, each "the" mention with words of its own ("ban on cars");
    ``owned`` (session 33), each mention of a named owner's thing, the owner's words first ("Tarrow Mill’s packing
    line", "the Quebec maple syrup co-operative’s strategic reserve")."""

    introduced: tuple[str, ...]
    fuller: tuple[str, ...]
    owned: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SentenceWords:
    """A sentence's words as ``_thing_named`` reads them: its tokens, where each noun key stands (the token without
    a trailing ",;:." and lowered), and its words stripped of ",;:." and lowered."""

    tokens: tuple[str, ...]
    at: dict[str, tuple[int, ...]]
    stripped: frozenset[str]
    told: dict[str, Told | None] = field(default_factory=dict)  # ``things_told``


def _read_words(masked: str) -> SentenceWords:
    tokens = tuple(_TOKEN.findall(masked))
    at: dict[str, list[int]] = {}
    for i, tok in enumerate(tokens):
        at.setdefault(tok.rstrip(",;:.").lower(), []).append(i)
    return SentenceWords(
        tokens, {k: tuple(v) for k, v in at.items()}, frozenset(t.strip(",;:.").lower() for t in tokens)
    )


def things_told(words: SentenceWords, head: str) -> Told | None:
    """The things of the noun ``head`` one sentence tells (``_thing_named``): the words of each mention that
    introduces one ("a ban on cars", its words but "a") and of each "the" mention with words of its own ("the ban on
    cars"); None where a mention leaves which thing is meant open ("Nurses will strike", "Hillary Clinton's plan",
    "rejected a bid from Acme", "a second ban"). Read once per sentence and noun (``SentenceWords.told``)."""
    if head in words.told:
        return words.told[head]
    introduced: list[str] = []
    fuller: list[str] = []
    owned: list[str] = []
    toks = words.tokens
    found: Told | None = None
    for i in words.at.get(head, ()):
        tok = toks[i]
        if not tok[:1].islower():
            continue  # "the Merrilow County Animal Shelter": a name's word, named by the rules for bodies
        j = i - 1
        while (
            j >= 0
            and i - j <= 3
            and toks[j].lower() not in _INTRODUCING
            and toks[j].lower() != "the"
            and toks[j].lower() not in _OWNERS
        ):
            if (
                not toks[j].replace("-", "").isalnum()
                and not toks[j].startswith(("£", "$", "€"))
                and _FIGURE_MODIFIER.fullmatch(toks[j]) is None
            ) or toks[j].lower() in _NOT_MODIFIERS:
                break  # "the footnote in | energy": a preposition or a verb is no modifier of the noun
            j -= 1
        det = toks[j].lower() if j >= 0 else ""
        if i and toks[i - 1].lower() in _VERB_BEFORE:
            break  # "Nurses will strike": a happening of the verb, another than "the strike" may be
        if det[:-2] in _DAY_OWNERS_S34 and det.endswith(("’s", "'s")):
            # Session 34: a day's possessive is no owner but the thing's time ("Thursday's Republican debate"): the
            # mention tells the thing in full, as written (told without "the", like a named owner's thing).
            mods = toks[j + 1 : i]
            if any(t.lower() in _ANOTHER or t.lower() in _ONE_OF_SERIES for t in mods):
                break
            owned.append(" ".join([toks[j], *mods, head]))
            continue
        if det in _OWNERS or det.endswith(("’s", "'s", "s’", "s'")):
            # Session 33: a thing of a named owner ("Tarrow Mill's packing line", "its drought reserve" of the firm
            # opening the sentence) is told with its owner; an owner no reader can tell ("his plan", "the council's
            # cabinet") leaves the noun as the article writes it, as before: another thing of the noun may be meant.
            owner = _owner_told(toks, j, det)
            mods = toks[j + 1 : i]
            if owner is None and det in _OWNERS:
                continue  # "its plan" of no owner a reader can tell: no mention of the thing, as before
            if owner is None or any(t.lower() in _ANOTHER or t.lower() in _ONE_OF_SERIES for t in mods):
                break
            after_owned = (
                _introducing_words(toks, i, j == 0 or owner.startswith("the ")) if tok == head else ""
            )
            owned.append(" ".join([owner, *mods, head, *after_owned.split()]))
            continue
        if det not in _INTRODUCING and det != "the":
            continue
        if det in _INTRODUCING and j > 0 and toks[j - 1][:1] in "0123456789$£€":
            continue  # "$75 billion a year": "a" for "each"
        if det in _INTRODUCING and any(t.lower() in _TURNED_DOWN for t in toks[:j]):
            break  # "rejected a bid from Acme": maybe not the bid a later "the bid" tells
        mods = toks[j + 1 : i]
        if any(t.lower() in _ANOTHER or t.lower() in _ONE_OF_SERIES for t in mods):
            break  # "a second ban", "the final debate": two things of the noun
        # Words after the noun are read for "a"/"an" only: after a "the" mention, as an object, they are as often
        # the verb's ("gave the figures | to a museum").
        words_after = _introducing_words(toks, i, j == 0) if tok == head and det in _INTRODUCING else ""
        told = " ".join([*mods, head, *words_after.split()])
        if det in _INTRODUCING:
            introduced.append(told)
        elif told != head:
            fuller.append(told)
    else:
        found = Told(tuple(introduced), tuple(fuller), tuple(owned))
    words.told[head] = found
    return found


# Session 33: words that end a sentence's opening noun phrase, the owner "its" stands for: its verb group.
_OPENING_NP_ENDS = _AUX_FIRST | FINITE_PASTS | words("said says told shall")
_ITS_OWNER_OPENERS = words("a an the")


def _owner_told(toks: Sequence[str], j: int, det: str) -> str | None:
    """The owner of the thing whose possessive is ``toks[j]`` (lower case ``det``), with its possessive mark, as a
    reader can tell it: a name written before "’s" ("Tarrow Mill’s", "The Ashcombe Trust’s"); for "its", the noun
    phrase opening the sentence when it is a name or a described singular body ("Merrivale Water will draw ... from
    its drought reserve" -> "Merrivale Water’s", "A Quebec co-operative will release ... from its reserve" -> "the
    Quebec co-operative’s"), with no capitalised word between it and "its" (another owner may be meant). None for
    "his", "her", "their", an owner told by "the" and its noun alone ("the council’s"), or a time ("Monday’s")."""
    if det == "its":
        k = 0
        while k < j and toks[k].lower() not in _OPENING_NP_ENDS and toks[k][-1:] not in ",;:":
            k += 1
        np = list(toks[:k])
        if not 1 <= len(np) <= 6 or k >= j or toks[k].lower() not in _OPENING_NP_ENDS:
            return None
        if any(t[:1].isupper() or MASK in t for t in toks[k + 1 : j]):
            return None  # "Kestrel Foods sued Marlow Bakeries over its ...": which one owns it cannot be told
        first = np[0].lower()
        rest = np[1:]
        if first in _ITS_OWNER_OPENERS:
            if not rest or (first == "the" and all(w[:1].islower() for w in rest)):
                return None  # "The company will draw from its reserve": the owner points back itself
            if plural_in_s(rest[-1].lower()):
                return None
            told = " ".join(["the", *rest])  # "the" in lower case wherever the summary tells it (LEAD-NOTE-2)
        elif np[0][:1].isupper() and np[0].lower() not in _OWNERS and np[0].lower() not in _VERB_BEFORE:
            if not all(w[:1].isupper() or w.lower() in ("of", "and", "for", "&") for w in np):
                return None
            told = " ".join(np)
        else:
            return None
        if any(c in told for c in '()“”"') or MASK in told:
            return None
        mark = _possessive_mark(told)
        if any("'" in t for t in toks) and not any("’" in t for t in toks):
            mark = mark.replace("’", "'")  # as the sentence writes its apostrophes (session 29)
        return told + mark
    if det in _OWNERS:
        return None
    k = j
    while k > 0 and toks[k - 1][:1].isupper() and toks[k - 1][-1:].isalnum() and j - k < 5:
        k -= 1
    owner = list(toks[k : j + 1])
    if not owner[0][:1].isupper() or owner[-1].rstrip("’'s").lower() in _TIME_WORD_AFTER:
        return None
    if k > 0 and toks[k - 1].lower() == "the":
        # lower case: the owner may be told inside a summary ("inspect the MV Loch Sunart's port engine"; LEAD-NOTE-2
        # of session 33: "inspect The MV ..."); a summary opening with it is given its capital where it is told
        owner.insert(0, "the")
    if owner[0] == "The":
        owner[0] = "the"  # "The MV Loch Sunart's" opening its sentence, told inside a summary (LEAD-NOTE-2)
    if len(owner) == 1 and k == 0:
        return None  # one capitalised word opening the sentence: a name or a word of the sentence's opening
    if MASK in " ".join(owner):
        return None
    return " ".join(owner)


def sentence_words(ctx: Context, start: int, masked: str) -> SentenceWords:
    """An earlier sentence's words, read once per story: ``_thing_named`` runs for every event and looks back over
    every sentence before it, so reading them each time cost events x text (session 30, s30-hostile: one paragraph
    with no full stop, 40 KB 1.35 s, 81 KB 3.75 s, 162 KB 11.7 s)."""
    cache = ctx.earlier_words
    if cache is None:
        return _read_words(masked)
    words = cache.get(start)
    if words is None:
        words = cache[start] = _read_words(masked)
    return words


def _thing_named(made: Summary, ctx: Context) -> Summary:
    """The summary with a thing or a happening told by "the" and its noun alone ("The ban will start in March.")
    given the words that introduced it earlier in the article ("Hallam District Council announced a ban on private
    cars in the centre of Kestwick on Monday." -> "The ban on private cars in the centre of Kestwick will start in
    March."), when a reader can tell which thing is meant: the article introduced one thing of the noun ("a ban
    ..."), with words of its own after the noun (a prepositional phrase or an infinitive, ended where a time, a
    comma, a relative, a coordinator or a verb begins), no other thing of the noun ("a ban on fishing ... a ban on
    lorries", "another ban"), and no pronoun in those words. Else the summary stays as composed (session 12's rule:
    the article's own words are better than a wrong or a cut name). No evidence is added for the earlier words
    (session 20: a span far from the clause stretched the event's evidence over paragraphs)."""
    text = made.text
    if not text.startswith("The ") or ctx.earlier is None:
        return made
    m = _THE_THING_OPENING.match(text)
    if m is None:
        return made
    head = m.group("head")
    after = text[m.end() :].split(None, 1)[0].strip(",;:.")
    if "’" in after or "'" in after:
        return made  # "The crossing guard’s union": the noun is the owner's word after
    if not (
        after in _THING_PHRASE_STOPS
        or after in FINITE_PASTS
        or after in _VERB_SIDE
        or after.endswith(("ed", "s"))
        or (after.endswith("ly") and len(after) > 4)
    ):
        return made  # "The white powder ...": the word after may be the noun, "white" a modifier
    if head in _LAW_NAME_TAILS and after not in _AFTER_THING_HEAD:
        law = _law_named(head, ctx)
        if law is not None:
            subject = made.subject
            if subject is not None and subject.lower() == f"the {head}":
                subject = law
            return Summary(finish(law + text[m.end("head") :]), subject, made.speaker)
    if head in _NAMED_HEADS and after not in _AFTER_THING_HEAD and (owned_body := _owned_body(head, ctx)):
        # Session 33: a body's part told by its kind ("The board voted ...") after the article named its owner once
        # ("The Ashcombe Trust's board met ..."): ``_description_named`` found no body of the kind to name.
        subject = made.subject
        if subject is not None and subject.lower() == f"the {head}":
            subject = owned_body
        return Summary(finish(owned_body + text[m.end("head") :]), subject, made.speaker)
    if (
        head in _THING_NOT_NAMED
        or after in _AFTER_THING_HEAD
        or head in _ONE_PERSON_NOUNS
        or head.endswith(("man", "woman", "person", "ed"))
    ):
        # A person told by a description is left (session 24: a name set off after it is what a reader wants);
        # ``_person_noun``'s endings in -er and -or take things ("the letter", "the order") too
        return made
    found = _fuller_told(head, ctx)
    if found is None:
        return made
    told, owned = found
    rest_words = {w.strip(",;:.").lower() for w in text[m.end() :].split()}
    if any(w.lower() in rest_words and w.lower().endswith(("ed", "ing")) for w in told.split()):
        return made  # (session 30) "The inspection ordered by the regulator was ordered in September": told twice
    name = told[:1].upper() + told[1:] if owned else f"The {told}"
    subject = made.subject
    if subject is not None and subject.lower() == f"the {head}":
        subject = name
    return Summary(finish(name + text[m.end("head") :]), subject, made.speaker)


def _fuller_told(head: str, ctx: Context) -> tuple[str, bool] | None:
    """The words a reader is given for "the <head>" (``_thing_named``): the one thing of the noun the article's
    earlier sentences introduced ("ban on private cars in the centre of Kestwick", its "a" left out), or told in
    full once ("Fox News debate"), or (session 33) the one thing of a named owner ("Merrivale Water’s drought
    reserve", second of the pair: True); None where none, or two, are told."""
    assert ctx.earlier is not None
    introduced: list[str] = []  # each mention that introduces one ("a ban on cars"), its words but "a"
    fuller: set[str] = (
        set()
    )  # each "the" mention with words of its own ("the Fox News debate", "the ban on cars")
    owned: set[str] = (
        set()
    )  # each thing of a named owner ("Tarrow Mill’s packing line"), the owner's words first
    for s_start, _s_text, s_masked in ctx.earlier:
        if s_start >= ctx.sent_start:
            break
        if head not in s_masked:
            continue
        mentions = things_told(sentence_words(ctx, s_start, s_masked), head)
        if mentions is None:
            return None
        introduced.extend(mentions.introduced)
        fuller.update(mentions.fuller)
        owned.update(mentions.owned)
    if len(introduced) + len(owned) > 1:
        return None  # two things of the noun a reader could take "the ban" for
    rivals = _RIVAL_THINGS.get(head)
    if rivals and any(
        not sentence_words(ctx, s_start, s_masked).stripped.isdisjoint(rivals)
        for s_start, _t, s_masked in ctx.earlier
        if s_start < ctx.sent_start
    ):
        return None  # "Zeta then made a higher offer": the bid accepted may be the offer
    if introduced:
        # The thing as the article introduced it; a "the" mention telling another ("the ban on lorries" beside
        # "a ban on cars") leaves it.
        told = introduced[0]
        if told == head or any(not told.startswith(t) and not t.startswith(told) for t in fuller):
            return None
    elif owned:
        # Session 33: the one thing of a named owner ("its drought reserve" of Merrivale Water); a "the" mention with
        # words of its own may tell another ("the reserve in Tarrow"), and leaves it.
        if fuller:
            return None
        return owned.pop(), True
    elif len(fuller) == 1:
        told = fuller.pop()  # never introduced, but told in full once: "the Fox News debate from Detroit"
    else:
        return None
    return told, False


# Session 33: a thing or a body told by "the" and its noun inside the summary, after its subject: "Engineers will
# inspect the line on Thursday.", "Members of the club voted ...", "... have been told by the co-op to expect ...".
# The noun ends the summary, or a time follows it ("the line on Thursday"), or a possessive's mark ("the co-op’s
# members"); a noun with words of its own after it ("the ban on cars", "the grant to repair ...") is left: whose
# those words are cannot be told.
_INNER_THE = re.compile(
    r"(?<=[a-z,] )the\s+(?P<head>[a-z][a-z-]{2,})(?P<poss>[’']s)?(?=(?P<after>\s*[.!?]?$|\s+\S+))"
)
_INNER_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|whether|if)\b")
# What may follow a thing's noun for its fuller mention to be told: the summary's end or a time.
_THING_END = re.compile(
    r"\s*[.!?]?$|\s+(?:on|in|at|by|until|before|after|since|during|from|this|last|next)\s+"
    r"(?:\d|[A-Z]|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|weekend|morning|"
    r"afternoon|evening|night|today|tomorrow|yesterday)\b)"
)
# A body of the kind introduced with "a" after the name: another body than the named one may be meant.
_ANOTHER_BODY = "(?:a|an|another|one|second|rival|other)"


def _inner_named(made: Summary, ctx: Context) -> Summary:
    """The summary with a thing or a body told by "the" and its noun after the subject given the words a reader
    needs: a body's name when the article named one body of the kind (``_one_named``: "Members of the club" ->
    "Members of Ardmore Sailing Club") and introduced no other after it ("a rival club"); a thing's fuller mention
    (``_fuller_told``: "reverse the plan" -> "reverse the plan to close two libraries", "inspect the line" ->
    "inspect Tarrow Mill’s packing line"). Two candidates, a unique or generic thing ("the government", "the
    public"), a person, a place or a time leave the words as the article writes them (session 12's rule)."""
    text = made.text
    if ctx.earlier is None or " the " not in text:
        return made
    out: list[str] = []
    last = 0
    changed = 0
    for m in _INNER_THE.finditer(text):
        head = m.group("head")
        after = m.group("after")
        if _INNER_CLAUSE_WORD.search(text, 0, m.start()) is not None:
            break  # "messages that Vasquez sent from the phone": a relative's or a reported clause's own thing
        if head in _NAMED_HEADS:
            # a body's name is a whole noun phrase wherever it stands, but not before its own words ("the club of
            # the year", "the board, Ivo Brandt said") or another name ("the trust Harwick Lighthouse")
            if after.split()[:1] in (["of"], ["’s"]) or after.strip()[:1].isupper() or after.startswith(","):
                continue
            told = _inner_body(head, ctx)
        elif m.group("poss") or _THING_END.match(text, m.end()) is not None:
            told = _inner_thing(head, text, ctx)
        else:
            continue
        if told is None or told.lower().removeprefix("the ") in text.lower():
            continue  # the summary names it already ("Kestrel Fund raised questions about the fund")
        out.append(text[last : m.start()])
        out.append(told + (_possessive_mark(told) if m.group("poss") else ""))
        last = m.end()
        changed += 1
        if changed == 2:
            break
    if not changed:
        return made
    out.append(text[last:])
    return Summary(finish("".join(out)), made.subject, made.speaker)


def _owned_body(head: str, ctx: Context) -> str | None:
    """The one body of the kind ``head`` the article told with a named owner ("The Ashcombe Trust's board"), its
    owner's words first, and no other of the kind; else None."""
    found = _fuller_told(head, ctx)
    if found is None or not found[1]:
        return None
    told = found[0]
    return told[:1].upper() + told[1:]


def _inner_body(head: str, ctx: Context) -> str | None:
    """The name of the one body of the kind ``head`` the article named before this sentence, "the" before it where
    English writes one ("the Transport Department"); None when none, several, or another of the kind introduced after
    the name ("a rival club")."""
    named = _one_named(ctx, f"the {head}", head, ctx.sent_start)
    if named is None or len(named.split()) < 2:
        owned = _fuller_told(head, ctx)
        return owned[0] if owned is not None and owned[1] else None
    if _another_after(named, head, ctx):
        return None
    ws = named.lower().split()
    takes_the = ws[-1] in _THE_NAMES or (len(ws) > 2 and ws[1] == "of" and ws[0] in _THE_NAMES)
    assert ctx.earlier is not None
    if not takes_the:
        # as the article writes it: "the Bank of Corvenia", "the National Museum"
        the_named = _the_before(named)
        takes_the = any(
            named in t and the_named.search(t) for st, t, _m in ctx.earlier if st < ctx.sent_start
        )
    return ("the " if takes_the else "") + named


def _another_after(named: str, head: str, ctx: Context) -> bool:
    """Whether the article's sentences before this one introduce another body of the kind ``head`` after the body
    ``named`` ("Fenwick Fruit Co-operative said ... A rival co-op cut its prices."), or never write the name (the
    entity book's name is no mention of the text): then "the <head>" may be the other one."""
    if ctx.earlier is None:
        return False
    seen = False
    kinds = _SAME_KIND.get(head, frozenset({head}))
    another = _another_of_kind(head)
    for s_start, s_text, s_masked in ctx.earlier:
        if s_start >= ctx.sent_start:
            break
        if not seen:
            at = s_text.find(named)
            if at < 0:
                continue
            seen = True
            s_masked = s_masked[at + len(named) :]
        if any(k in s_masked for k in kinds) and another.search(s_masked):
            return True
    return not seen


@functools.lru_cache(maxsize=64)
def _another_of_kind(head: str) -> re.Pattern[str]:
    """ "a rival co-op", "another team": a body of the kind ``head`` introduced (compiled once per head)."""
    kinds = "|".join(re.escape(k) for k in sorted(_SAME_KIND.get(head, frozenset({head}))))
    return re.compile(rf"\b{_ANOTHER_BODY}\s+(?:[\w-]+\s+){{0,2}}?(?:{kinds})s?\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _the_before(named: str) -> re.Pattern[str]:
    """ "the " written before the name ``named`` (compiled once per name)."""
    return re.compile(rf"\bthe\s+{re.escape(named)}", re.IGNORECASE)


def _inner_thing(head: str, text: str, ctx: Context) -> str | None:
    """A thing's fuller mention for "the <head>" inside the summary (``_fuller_told``), or None; the heads
    ``_thing_named`` leaves (bodies, places, unique things, times, people) are left here too."""
    if (
        head in _THING_NOT_NAMED
        or head in _ONE_PERSON_NOUNS
        or head in _LAW_NAME_TAILS
        or head.endswith(("man", "woman", "person", "ed", "ing"))
    ):
        return None
    found = _fuller_told(head, ctx)
    if found is None:
        return None
    told, owned = found
    words_here = {w.strip(",;:.").lower() for w in text.split()}
    if any(w.lower() in words_here and w.lower().endswith(("ed", "ing")) for w in told.split()):
        return None  # a participle of the thing's words told again by the summary's verb
    return told if owned else f"the {told}"


# Session 30: "-ing" words after a noun that are no participle of it ("a ban during ...", "a vote following ...").
_NOT_PARTICIPLES = words(
    "during including according regarding concerning following something nothing anything everything notwithstanding "
    "pending considering"
)


def _participle_opening(word: str, toks: Sequence[str], k: int) -> bool:
    """Whether ``toks[k]`` (lower case ``word``) opens a participle phrase of the noun before it: "-ing" before a
    preposition or a determiner ("calling for", "urging the"), or a past participle before "by" ("signed by")."""
    if k + 1 >= len(toks) or not toks[k][:1].islower() or toks[k][-1:] in ",;:.!?":
        return False
    nxt = toks[k + 1].lower()
    if word.endswith("ing") and len(word) > 5 and word not in _NOT_PARTICIPLES:
        return nxt in _THING_PREPOSITIONS or nxt in _INTRODUCING or nxt == "the"
    return (word.endswith("ed") or word in FINITE_PASTS) and nxt == "by"


def _participle_phrase(toks: Sequence[str], k: int) -> str:
    """The participle at ``toks[k]``, its preposition and at most four words of its object, ended by a comma or a
    full stop, a preposition, a time or a word of another clause; "" when the words go on past that."""
    out = [toks[k]]
    j = k + 1
    if toks[j].lower() in _THING_PREPOSITIONS:
        out.append(toks[j])
        j += 1
    obj = 0
    while j < len(toks) and obj < 5:
        tok = toks[j]
        word = tok.rstrip(",;:.!?").lower()
        if MASK in tok or not any(c.isalnum() for c in tok) or tok[0] in "(“\"‘'[":
            return ""
        if (
            word in _THING_PREPOSITIONS
            or word in _THING_PHRASE_STOPS
            or word in _TIME_WORD_AFTER
            or word in _THING_PHRASE_POINTERS
            or word in FINITE_PASTS
            or (word.endswith("ed") and tok[:1].islower())
        ):
            break
        out.append(tok)
        obj += 1
        j += 1
        if tok[-1:] in ",;:.!?":
            break
    if obj == 0 or obj >= 5:
        return ""
    if any(w.rstrip(",;:.!?").lower() in _THING_PHRASE_POINTERS for w in out):
        return ""
    return " ".join(out).rstrip(",;:.!?")


# Session 30: a law, a bill or a treaty told by "the" and its kind ("The law will take effect in July.") is the one
# such name the article wrote before ("the Clean Harbours Act"): the kind's word and the last words of the names it
# may stand for.
_LAW_NAME_TAILS: dict[str, frozenset[str]] = {
    "law": words("Act Law"),
    "act": words("Act"),
    "bill": words("Bill Act"),
    "legislation": words("Act Bill Law"),
    "treaty": words("Treaty"),
    "accord": words("Accord Agreement"),
}
# A name ending in a law's or a treaty's word, its capitalised words before it ("the Clean Harbours Act", "the Safer
# Roads Bill of 2024"); "of" and a year may follow.
_LAW_NAME = re.compile(
    r"\b(?P<name>(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|on)\s+)?){1,6}(?P<tail>Act|Bill|Law|Treaty|Accord|Agreement)\b"
    r"(?:\s+of\s+(?:19|20)\d\d\b)?)"
)


def _law_named(head: str, ctx: Context) -> str | None:
    """ "The Clean Harbours Act" for "The law" when the article's earlier sentences name exactly one law of a tail
    the kind takes and introduce no other thing of the kind in lower case ("a law on ...", "a new bill"); else None
    (two laws, or a law introduced with no name, leave "the law" as the article writes it)."""
    tails = _LAW_NAME_TAILS[head]
    found: set[str] = set()
    assert ctx.earlier is not None
    for s_start, s_text, s_masked in ctx.earlier:
        if s_start >= ctx.sent_start:
            break
        if re.search(
            rf"\b(?:a|an|another|second|new)\s+(?:[a-z-]+\s+){{0,2}}{head}s?\b", s_masked, re.IGNORECASE
        ):
            return None  # "a bill to ..." told before: which one "the bill" is cannot be told
        for x in _LAW_NAME.finditer(s_masked):
            if x.group("tail") not in tails or s_masked[x.start() : x.end()] != s_text[x.start() : x.end()]:
                continue
            name = re.sub(r"^(?:The|A|An|In|On|Under|By)\s+", "", x.group("name"))
            if len(name.split()) < 2:
                continue
            found.add(name)
    if len(found) != 1:
        return None
    return f"The {found.pop()}"


def _introducing_words(toks: Sequence[str], i: int, subject: bool) -> str:
    """The words after the noun ``toks[i]`` that belong to its phrase ("on private cars in the centre of Kestwick"
    after "a ban"), or "" when there are none or where they end cannot be told: prepositional phrases in a row (an
    infinitive for "to"), each with at most three words in lower case for its object, ended by a comma or a full
    stop, a time ("on Monday"), a relative, a coordinator or a verb of the clause. A ``subject`` opening its
    sentence ("A ban on cars starts today.") must end at a verb the phrase cannot take in: a verb in -s is read as
    a noun of the object."""
    out: list[str] = []
    k = i + 1
    lower_run = 0
    by_verb = False
    while k < len(toks) and len(out) < 12:
        tok = toks[k]
        word = tok.rstrip(",;:.!?").lower()
        if MASK * 3 in tok or not word or tok[0] in "(“\"‘'[" or not any(c.isalnum() for c in tok):
            break  # a dash, a bracket or a quotation opens words of another kind
        if word in _THING_PHRASE_POINTERS:
            return ""
        prep = word in _THING_PREPOSITIONS and word == tok.lower()
        if prep:
            nxt = toks[k + 1].rstrip(",;:.").lower() if k + 1 < len(toks) else ""
            if word == "to" and not out and nxt in _INTRODUCING | DETERMINERS:
                return ""  # "sold a painting | to the museum": whose "to" it is cannot be told
            if word in _TIME_PREPOSITIONS and (nxt[:1].isdigit() or nxt in _TIME_WORD_AFTER):
                break
            lower_run = 0
        elif not out and _participle_opening(word, toks, k):
            # Session 30: a participle and its own phrase ("a petition signed by 4,000 people", "a letter calling for a
            # pay review"), one phrase only: what comes after it is as often the clause's verb's ("... to the board").
            told = _participle_phrase(toks, k)
            return told if told and not subject else ""
        elif not out:
            return ""  # the noun's words open with no preposition: none of its own
        elif word in _TIME_WORD_AFTER and tok[:1].islower():
            break  # "... last week", "... today"
        elif (
            word.endswith("ing")
            and word not in _THING_PHRASE_STOPS
            and tok[-1:].isalpha()
            and k + 1 < len(toks)
            and toks[k + 1].rstrip(",;:.").isalpha()
            and toks[k + 1].islower()
            and toks[k + 1].rstrip(",;:.")
            not in _THING_PREPOSITIONS | _INTRODUCING | _THING_PHRASE_STOPS | {"the"}
        ):
            # Session 33: an "-ing" word before a noun is its modifier ("to shut three | swimming pools" was cut
            # to "the plan to shut three"), not a participle opening a clause ("starting in May")
            lower_run += 1
            if lower_run > 3:
                return ""
        elif word in _THING_PHRASE_STOPS or word in FINITE_PASTS or word.endswith(("ing", "ed")):
            if word in ("and", "or"):
                return ""  # "a ban on cars and vans": where the phrase ends cannot be told (review 1 of session 29)
            if word in _THING_PHRASE_STOPS or out[-1].lower() not in _THING_PREPOSITIONS | _INTRODUCING | {
                "the"
            }:
                by_verb = word != "but"
                break
        elif tok[:1].islower() and word not in _INTRODUCING and word != "the":
            lower_run += 1
            if lower_run > 3:
                return ""  # no end a reader can tell: "on private cars starts today"
        out.append(tok)
        k += 1
        if tok[-1:] in ",;:.!?":
            break
    else:
        if k < len(toks):
            return ""  # longer than a phrase of its own
    while out and out[-1].rstrip(",;:.!?").lower() in _THING_PREPOSITIONS:
        out.pop()
    if len(out) < 2 or (subject and not by_verb):
        return ""
    return " ".join(out).rstrip(",;:.!?")


# --------------------------------------------------------------------------- Session 34: what a clause may borrow

# Words of saying before "that" and a pronoun: a subject recorded as "Quenlo denied that it" is the reported clause's
# subject with its frame (the summary kept the frame whole), and the frame's subject is what the next "It" stands for
# ("Sollentra denied that it had ever paid ... It declined to say ..." was "Sollentra denied that it declined ...").
_SAYING_FRAME_VERBS = words(
    "said says denied denies insisted insists confirmed confirms admitted admits claimed claims argued argues "
    "warned warns added adds announced announces acknowledged acknowledges maintained maintains stressed stresses "
    "noted notes explained explains believed believes thought thinks suggested suggests conceded concedes "
    "stated states reported reports"
)
_SUBJECT_FRAME_S34 = re.compile(
    rf"(?P<np>[^,;:“”\"]+?)\s+(?:{'|'.join(sorted(_SAYING_FRAME_VERBS))})\s+(?:that\s+)?(?:it|he|she|they)",
    re.IGNORECASE,
)
# A subject cannot open with these: "will stay", "is expected to" (the verb group of a clause with no subject of its
# own was recorded as the subject, and the next clause borrowed it: "Will stay’s leader is said to ...").
_NOT_SUBJECT_OPENERS_S34 = words(
    "will would could can may might must shall should is are was were be been being am has have had do does did to "
    "and or but that which who"
)
# Degree words and adverbs the verb group left after the subject ("The Harrow Party more than | doubled"): no part
# of the noun phrase a later clause shares.
_SUBJECT_TAIL_WORDS_S34 = words(
    "more less fewer than nearly almost also still just already never not only even reportedly allegedly "
    "apparently previously recently initially eventually finally quickly immediately later then now once "
    "subsequently originally effectively briefly successfully"
)


def borrowable_subject(subject: str | None) -> str | None:
    """The subject a later clause may share or a later "it" stand for, or None when what was recorded is no noun
    phrase: a verb group ("will stay"), a noun phrase with the adverbs before its verb ("The Harrow Party more than"),
    or a frame of saying before a pronoun ("Quenlo denied that it" -> "Quenlo")."""
    if not subject:
        return subject
    ws = subject.split()
    if ws[0].lower() in _NOT_SUBJECT_OPENERS_S34:
        return None
    if " " in subject and (frame := _SUBJECT_FRAME_S34.fullmatch(subject)) is not None:
        np = frame.group("np")
        return None if np.split()[0].lower() in _NOT_SUBJECT_OPENERS_S34 else np
    if len(ws) > 1 and ws[-1].lower() in SUBJECT_PRONOUNS | words("we i you"):
        return None  # a noun and the subject of its contact relative: "the same amount it | had been paying"
    while len(ws) > 1 and ws[-1].lower() in _SUBJECT_TAIL_WORDS_S34:
        ws.pop()
    return subject if len(ws) == len(subject.split()) else " ".join(ws)


# The words that open a verb group with no subject before it ("will stay", "is expected to", "had been told").
_GROUP_OPENERS_S34 = words(
    "will would could can may might must shall should is are was were has have had do does did"
)


def _lost_subject(ctx: Context, c_start: int, s0: int) -> str | None:
    """The subject of a verb group cut from its own (session 34): the sentence's previous event's, as a verb with no
    subject has (``_missing_subject``), else, after "and" or "but", the sentence's opening noun phrase ("The ship
    sailed for Gravesholm and | is expected to arrive"); None when neither is a noun phrase."""
    subject = _missing_subject(ctx, c_start, s0)
    if subject is None and _COORDINATOR_BEFORE.search(ctx.masked, max(0, s0 - 8), s0) is not None:
        subject = _opening_subject(ctx, s0)
    return borrowable_subject(subject)


# A noun phrase and an aside of examples set off by commas right before a verb group: "said the club’s 140 staff, |
# including its players, | had not been paid"; "whether its other bars, including the Harbour Block, | would shrink".
_ASIDE_BEFORE_S34 = re.compile(
    r",\s+(?:including|such\s+as|like|among\s+them|notably|especially|excluding)\s[^,;:“”\"()]{1,80},\s*$"
)
# Words that end the noun phrase read back from the aside: a verb of saying, a complementiser, a coordinator.
_ASIDE_NP_STOPS_S34 = words("said says told that and but whether if when because while as of")


def _subject_restored(body: str, ctx: Context, c_start: int) -> tuple[str, str] | None:
    """(body, subject) for a summary that opens with a verb group and no subject ("Had not been paid for two
    months."), session 34: the noun phrase before an aside of examples ("the club’s 140 staff, including its
    players, | had not been paid"; after "whether" told as the open question), else the subject a verb with none
    shares (``_lost_subject``). None when no noun phrase is found (the words as before)."""
    ws = body.split(maxsplit=2)
    if len(ws) < 2 or not ws[1][:1].islower() or "?" in body:
        return None  # "Had Sanders won the vote, ..." is an inversion; a question asks
    p = ctx.masked.find(ws[0], c_start)
    if p < 0:
        return None
    lo = max(ctx.opening, p - 200)
    aside = _ASIDE_BEFORE_S34.search(ctx.masked, lo, p)
    if aside is not None:
        kept: list[str] = []
        words_before = ctx.masked[lo : aside.start()].split(" ")
        for w in reversed(words_before):
            if not w or w.lower() in _ASIDE_NP_STOPS_S34 or len(kept) == 8 or w[-1] in ',;:”"' or MASK in w:
                break
            kept.insert(0, w)
        before = words_before[-len(kept) - 1].lower() if len(kept) < len(words_before) else ""
        np_start = aside.start() - len(" ".join(kept))
        if (
            kept
            and (kept[0][:1].isupper() or kept[0].lower() in _DETERMINERS)
            and not any(w.lower() in _GROUP_OPENERS_S34 for w in kept)
        ):
            np = ctx.text[np_start : aside.start()]
            ctx.draw(np_start)
            if before == "whether":
                told = body.rstrip(" .")
                lowered = np[0].lower() + np[1:] if _first_word(np) in _DETERMINERS else np
                return f"Whether {lowered} {told} is not known", np
            return f"{np} {body}", np
    lost = _lost_subject(ctx, c_start, p)
    if lost is None:
        return None
    return f"{lost} {body[0].lower()}{body[1:]}", lost


# The pronoun objects of "doing" as a subject: "doing so", "doing this", "doing that", "doing it".
_DOING_OBJECTS_S34 = words("so this that it")


# --------------------------------------------------------------------------- Session 34: shapes no sentence has

# A closing quotation mark and the inverted verb of saying before the name that a relative's clause was told of:
# '“We are a small library ...,” said Ollerdash-Hine, who | has worked there' gave "” said Ollerdash-Hine has worked
# there for 29 years."
_QUOTE_TAIL_OPENING_S34 = re.compile(
    r"[”’]\s*(?:(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|explained|recalled|noted)\s+)?(?=[A-Z])"
    # a straight mark opens as often as it closes: only with the inverted verb after it
    r"|[\"']\s*(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|explained|recalled|noted)\s+(?=[A-Z])"
)
# "and that" or "but that" of a second reported clause opening the summary ("He said ... and that | rents, which rose
# ..."): the complementiser and its coordinator are the frame's words.
_AND_THAT_OPENING_S34 = re.compile(r"(?:And|But|Or)\s+that\s+(?=[A-Za-z$€£\d])")
# An owner told with a participle after its head, then its possessive, opening the summary: "A ferry carrying 300
# passengers’ starboard engine was shut down" (or cut at the participle: "A ferry carrying’s starboard engine").
_PARTICIPLE_OWNER_S34 = re.compile(
    r"(?P<owner>(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?P<mod>[a-z]+ing\b[^’',;:“”\"]*?)"
    r"(?:’s|'s|’|')\s+(?P<thing>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?=(?:is|are|was|were|has|have|had|will|would|"
    r"could|can|may|might|must|should|did|does|do)\b)"
)


def _shape_mended(made: Summary, ctx: Context) -> Summary:
    """A summary whose opening no sentence has, mended by its words (session 34): a closing quotation mark and an
    inverted verb of saying before the subject, "And that" of a second reported clause, an owner with a participle
    after its head told with a possessive ("The starboard engine of a ferry carrying 300 passengers was ...", or the
    owner's head alone when the participle was cut: "A ferry’s starboard engine ...")."""
    text = made.text
    first = text[:1]
    head = _first_word(text)
    if (
        head in _NAMED_HEADS
        and text[len(head) : len(head) + 1] == " "
        # (a verb after it: "Union presidents have spent ..." is a noun phrase of its own)
        and _first_word(text[len(head) + 1 :]) in _GROUP_OPENERS_S34 | FINITE_PASTS
    ):
        # LEAD-NOTE-1, item 6: "The hospital said it had hired ..." told "Hospital had hired ...", "Authority would
        # review tolls ...": a body's head word alone (a name the entity book took from "Authority chairman Lionel
        # Graves") is no name; it is told by "The" and its head.
        text = f"The {head} {text[len(head) + 1 :]}"
        made = Summary(text, made.subject, made.speaker)
    if first in "”’\"'" and (m := _QUOTE_TAIL_OPENING_S34.match(text)) is not None and text.count("“") == 0:
        return Summary(finish(text[m.end() :]), made.subject, made.speaker)
    if first not in '”’"' and text.count("”") > text.count("“"):
        # "In the face of terror America doesn't panic,” Clinton told a crowd ...": a quotation whose opening mark
        # the clause break cut; the words are the speaker's, marked as a quotation again.
        return Summary(f"“{text}", made.subject, made.speaker)
    if first in "ABO" and (m := _AND_THAT_OPENING_S34.match(text)) is not None:
        return Summary(finish(text[m.end() :]), made.subject, made.speaker)
    if (
        first in "AT"
        and ("’" in text or "'" in text)
        and (m := _PARTICIPLE_OWNER_S34.match(text)) is not None
    ):
        owner, mod, thing = m.group("owner"), m.group("mod").strip(), m.group("thing")
        if text[: m.end("thing")] in ctx.text:
            return made  # the article's own words ("A man walking his dog's lead"), told as written
        if " " not in mod:
            # the participle cut from its object: the owner's head alone
            told = f"{owner}{_possessive_mark(owner)} {thing} {text[m.end() :]}"
        else:
            told = f"The {thing} of {owner[0].lower()}{owner[1:]} {mod} {text[m.end() :]}"
        return Summary(finish(told), made.subject, made.speaker)
    return made


# A noun of happening's own past verb, a bare noun as its object, then a preposition: "a fire at a data centre | cut
# service for three hours", "a storm | disrupted traffic across the county" (``_OWN_VERB_LATER`` takes an object
# opened by a determiner, a number or a plural).
_OWN_VERB_BARE_OBJECT_S34 = re.compile(
    rf"\s(?P<verb>{_SAME_FORM_PASTS}|[a-z]{{3,}}ed)\s+(?P<noun>[a-z]{{3,}})\s+"
    r"(?:for|to|across|in|on|at|from|throughout|until|around|along)\b"
    # ... or a past spelt as its participle ending the words: "when the storm | hit" ("The storm hit took place.")
    rf"|\s(?P<bare>{_SAME_FORM_PASTS})\s*$"
)
# Words after a participle that are no object: a time ("conducted last year for"), an adverb or a preposition.
_NOT_BARE_OBJECTS_S34 = words(
    "last this next early late earlier later each every that which who whom whose there here then again also only "
    "just even still once twice out off up down back away over into onto upon about"
)


# Superlatives standing alone as an appositive at a summary's end (``finish``): ", the most", ", the highest".
_SUPERLATIVES_S34 = tuple(
    sorted(
        words(
            "most least fewest best worst highest lowest largest biggest smallest fastest slowest longest shortest "
            "deepest heaviest hottest coldest wettest driest warmest strongest weakest greatest steepest sharpest "
            "earliest latest oldest youngest busiest cheapest richest poorest widest"
        )
    )
)
_SUPERLATIVE_END_S34 = re.compile(rf",\s+the\s+(?:{'|'.join(_SUPERLATIVES_S34)})$")


# The first of two noun phrases joined by "and" opening the sentence, no verb of its own: "A wet autumn and | a mite
# outbreak were to blame" (the clause break cut the pair's first; "A mite outbreak were to blame." was told).
_PAIR_FIRST_S34 = re.compile(
    r"\s*(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w’'-]*)(?:\s+[\w’'-]+){0,5}?)\s+and\s+"
)


def _conjunct_restored(made: Summary, ctx: Context) -> Summary:
    """A summary that opens with the second of a pair of noun phrases opening the sentence, the first given back
    (session 34, LEAD-NOTE-1 item 2): "A wet autumn and a mite outbreak were to blame." """
    text = made.text
    head = text.split(" ", 1)[0]
    at = ctx.masked.find(f" {head[:1].lower()}{head[1:]} ", ctx.opening) if head[:1].isupper() else -1
    if at < 0 or at > ctx.opening + 80:
        return made
    pair = _PAIR_FIRST_S34.fullmatch(ctx.masked, ctx.opening, at + 1)
    if pair is None or MASK in pair.group("np") or _FINITE_WORD.search(pair.group("np")):
        return made
    if not ctx.text[at + 1 :].lower().startswith(text.rstrip(".").lower()[: len(head) + 12]):
        return made
    np = ctx.text[pair.start("np") : pair.end("np")]
    ctx.draw(pair.start("np"))
    return Summary(f"{np} and {text[:1].lower()}{text[1:]}", made.subject, made.speaker)


# Days whose possessive tells a thing's time, not its owner: "Thursday's debate", "Sunday's vote".
_DAY_OWNERS_S34 = words("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight")
