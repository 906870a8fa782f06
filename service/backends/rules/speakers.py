"""Where the speaker of a cue is written, beyond the plain subject (issue 14, from PolNeAR train's misses).

``phrases.subject_before`` and ``phrases.subject_after`` find "Stoltenberg said",
"he said", "said the minister". News also sets the speaker apart from the cue:

- a long appositive before the cue: "Leo Marsh, 41, of Dayton, Ohio, said",
  "James Corey Jr., the director of the port authority, said", "Anna Petrov, who has
  led the union since 2009 and who ..., called";
- a dash parenthetical: "Greg Olin - who founded the group - said";
- an inverted description with any head: "said a 2019 campaign veteran", "said one
  district party leader", "said undecided voter Dana Hollis of Derry".

Each form is a table or a pattern below; both functions fall back to the plain ones.
"""

from __future__ import annotations

import re

from service.backends.rules.lexicon import (
    DOCUMENT_HEADS,
    LOWER_ROLE_HEADS,
    REPORTING_VERBS,
    ROLE_WORDS,
    words,
)
from service.backends.rules.phrases import TIME_WORDS, Phrase, subject_after, subject_before
from service.backends.rules.plurals import plural_in_s

# Words that open an appositive describing the person before it (after its opening comma or dash).
APPOSITIVE_OPENERS = words(
    "the a an who whose which whom of from a former longtime then now also once both including like "
    "himself herself itself based known"
    # A party and state in words: "Shelley Ruiz, Republican of West Virginia, said".
    " republican democrat independent"
)
# A description with a relative clause may be long and hold verbs: "Ron Castell, a retired engineer
# who has fought the project for a decade, said". Its description before "who" is short.
_DESCRIPTION_WITH_RELATIVE = re.compile(
    r"^\s*(?:the|a|an|one|another)\s+(?:[\w’'-]+\s+){0,6}?(?:who|whose)\s"
)
# Such an appositive is at most this many words.
RELATIVE_APPOSITIVE_WORDS = 40
# Name suffixes between a name and its appositive: "James Corey Jr., the director".
# Session 30: and an age set off by commas ("Evrin Dahl, 74, who has run the kiosk at St Olwen's for 40 years, said":
# the name before the age speaks, not "St Olwen").
_SUFFIX = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?|,\s+\d{1,3})$")
# A person's name alone between two commas: "Jake Sullivan", "Ann M. Lowe".
_BARE_NAME = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){1,3}\s*")
# A definite description of one person, lowercase after its determiner or possessive: "her senior
# adviser", "the port's chief executive" (no place: "a farmer from Dover, New Hampshire" is no name's).
_DEFINITE_DESCRIPTION = re.compile(
    # Session 30: "whose" too: "the Rudby Traders Association, whose chair, Maren Tosk, said" (the body spoke).
    r"\s*(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Ww]hose|[A-Z][\w.’'-]*(?:’s|'s))\s+(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w-]*\s*"
)
# A body's name with its article, set off by commas: " the Caerlan Dragons", " the Bakers' Federation".
_THE_NAME = re.compile(
    r"\s*the\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'-]*){0,4})\s*"
)
# Such a description ending the words before a comma, from a sentence's or a clause's start.
_DESCRIPTION_ENDING = re.compile(r"(?:^|[,;:.“\"]\s*)" + _DEFINITE_DESCRIPTION.pattern + "$")
# A name's last word right before the appositive opens: a capitalised word, an initial, a possessive-free name.
_NAME_END = re.compile(r"(?:\b[A-Z][\w’'.-]*|\b[A-Z]\.)$")
# An appositive is at most this long (characters) and holds no sentence end or quotation.
APPOSITIVE_MAX = 260
# An initial's period ("George W. Bush") is no sentence end.
_NO_APPOSITIVE = re.compile(r"(?<![A-Z])[.;!?“”\"]\s|[“”\"]")
# A short quoted name inside an appositive, no sentence of its own: "Gail Moreno, wearing a “Yes to Tolls”
# pin, said", "author of “Tolls and Towns”" (masked words, at most six; session 8).
QUOTED_NAME = re.compile(r"[“\"][^\s“”\".!?;]+(?:\s[^\s“”\".!?;]+){0,5}[”\"]")


def _blank_marks(m: re.Match[str]) -> str:
    """A short quoted name with its marks turned to letters, the same length: "“Yes to Tolls”"."""
    return "t" + m.group()[1:-1] + "t"


# The appositive's first word: an opener above, a number (an age), or a possessive ("Iceland's envoy").
_OPENS = re.compile(r"^\s*(?P<w>[\w’'-]+)")


# Finite verbs and auxiliaries: a noun-phrase appositive has none ("the prince called for X to quit,
# calling ..." is a clause, not an appositive); a relative one ("who has led ...") may.
CLAUSE_VERBS = words("is was are were has have had will would could should can may might must did does do")
# Words that open a place or a time, not a person: "In December, the prince ..., calling".
NOT_A_SPEAKER_START = words(
    "in on at during after before since by last this from for with until under over "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)


def _starts_with_place_or_time(ph: Phrase) -> bool:
    """ "In December, the prince", "this week": a time or place, not a speaker. "this source" and
    "that official" are speakers: a demonstrative before a head that is no time word."""
    ws = ph.text.lower().split()
    if ws[0] in ("this", "that") and len(ws) > 1 and ph.kind == "descriptor":
        return ws[-1] in TIME_WORDS
    return ws[0] in NOT_A_SPEAKER_START


# Words opening an adverbial aside set off by commas between a name and its cue.
ASIDE_OPENERS = words(
    "during in at on after before from with without while speaking writing talking appearing answering "
    "responding asked pressed campaigning visiting addressing"
)
_ASIDE_BEFORE_CUE = re.compile(
    r"(?P<name>\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+(?:"
    + "|".join(sorted(ASIDE_OPENERS))
    + r")\b[^;:“”\"]{0,150}?,\s*(?:[a-z]+ly\s+)?$"
)
# For a quote's speaker (session 11), any participle opens such an aside, not only the listed ones: "“...,”
# Tom Ruiz, wearing a blue scarf, said", "Lowe, fighting back tears, said"; and an auxiliary or a time
# adverb may stand between the aside and the cue: "after Ruiz, asked about the levy, had said, “...”".
# Attributions keep the list: their subject search takes the whole phrase ("Dock worker Ruth Okafor,
# wearing a union shirt, said"), where a quote's speaker needs the name only.
_ANY_ASIDE_BEFORE_CUE = re.compile(
    r"(?P<name>\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+(?:"
    + "|".join(sorted(ASIDE_OPENERS))
    + r"|[a-z]{3,}ing)\b[^;:“”\"]{0,150}?,\s*(?:[a-z]+ly\s+)?"
    + r"(?:(?:had|has|have|would|will|also|then|later|again)\s+){0,2}$"
)


# The same aside after a description opening its sentence: "The pilots’ union, in a statement, called the
# vote “...”", "Her campaign, in a statement Monday, said ..." (session 10; before, only a capitalised name
# could stand before the aside).
_DESCRIPTION_ASIDE_BEFORE_CUE = re.compile(
    r"(?:^\s*|[.!?]\s+|\b(?:[Bb]ut|[Aa]nd)\s+)(?P<np>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    r"(?:[\w’'&.-]+\s+){0,3}[a-z][\w’'-]*),\s+(?:"
    + "|".join(sorted(ASIDE_OPENERS))
    + r")\b[^;:“”\"]{0,150}?,\s*(?:[a-z]+ly\s+)?$"
)


# Connectives set off by commas between a subject and its cue: "The councillors, however, argue".
CONNECTIVE_ASIDES = words("however too though meanwhile instead also likewise nonetheless nevertheless")
_CONNECTIVE_ASIDE = re.compile(
    r"(?<=[\w.)])\s*,\s*(?:"
    + "|".join(sorted(CONNECTIVE_ASIDES))
    + r"|for (?:his|her|its|their) part|in turn|for one)\s*,\s*$"
)
# The same connective closing the words before an appositive's opening comma: "Okafor, meanwhile" (session 15).
_CONNECTIVE_BEFORE_APPOSITIVE = re.compile(
    r"(?<=[\w.)])\s*,\s*(?:"
    + "|".join(sorted(CONNECTIVE_ASIDES))
    + r"|for (?:his|her|its|their) part|in turn|for one)\s*$"
)
# A US state's postal code, set off by commas after its town: "in Dover, DE, after ...".
_STATE_CODE = re.compile(r"[A-Z]{2}")
# A party and state tag set off by a comma after a name: "Gov. Tom Ruiz (R-OH), said".
_PARTY_TAG_COMMA = re.compile(r"(?<=[\w.])\s*\(\s*[DRI]-[A-Z][\w.-]*\s*\)\s*,\s*$")


# Honorifics, initials and abbreviations whose period ends no sentence inside an appositive:
# "Tina Tchen, Mrs. Obama's chief of staff, said".
_ABBREVIATED = r"(?:Mrs|Mr|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|St|Mt|Ft|Inc|Co|Corp|Ltd|[A-Z])\."
_ABBREVIATION = re.compile(r"\b" + _ABBREVIATED)


# Prefixes joined by a hyphen to a role that keep it a role: "co-founder", "vice-chair", "ex-president".
ROLE_PREFIXES = words("co vice ex deputy acting")


def _role_word(w: str) -> bool:
    """A role or title word, also behind a hyphenated prefix ("co-founder", "ex-president")."""
    if w in LOWER_ROLE_HEADS or w in ROLE_WORDS:
        return True
    pre, _, rest = w.partition("-")
    return pre in ROLE_PREFIXES and (rest in LOWER_ROLE_HEADS or rest in ROLE_WORDS)


# A bare lowercase noun and "of" opening an appositive: "author of ...", "professor of ...".
_BARE_NOUN_OF = re.compile(r"^\s*[a-z][a-z-]{2,}\s+of\s")


_SEGMENT_WORD = re.compile(r"[\w’'-]+")


def _appositive_ok(segment: str) -> bool:
    m = _OPENS.match(segment)
    if m is None:
        return False
    w = m.group("w")
    low = w.lower()
    if low in ("who", "whose", "which", "whom"):
        return True
    ws = _SEGMENT_WORD.findall(segment.lower())
    if _DESCRIPTION_WITH_RELATIVE.match(segment):
        return len(ws) <= RELATIVE_APPOSITIVE_WORDS and not any(x in REPORTING_VERBS for x in ws)
    # "managing director and equity analyst at X": a role with no determiner is an appositive too; so is
    # any bare noun with "of" after it ("author of a book on ports", "professor of law at Yale"; session 11).
    role = any(_role_word(x) for x in ws[:6]) or _BARE_NOUN_OF.match(segment) is not None
    if not (low in APPOSITIVE_OPENERS or w.isdigit() or w.endswith(("’s", "'s")) or (role and w.islower())):
        return False
    return len(ws) <= 16 and not any(x in CLAUSE_VERBS or x in REPORTING_VERBS for x in ws)


# What may follow the comma that closes each aside searched first below: spaces, an adverb in -ly and, after
# an aside of ``_ANY_ASIDE_BEFORE_CUE``, up to two auxiliaries or adverbs.
_AFTER_ASIDE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:(?:had|has|have|would|will|also|then|later|again)\s+){0,2}")


def _may_close_aside(text: str) -> bool:
    """Whether ``text`` ends as each of those asides needs: its last comma with at most ``_AFTER_ASIDE`` after
    it. Session 17, speed: four patterns searched the 260 characters before every cue, where most
    texts hold no such comma."""
    comma = text.rfind(",")
    return comma >= 0 and _AFTER_ASIDE.fullmatch(text, comma + 1) is not None


# A document opening the sentence, then a past participle's aside set off by a comma: "The 40-page report,
# published on Wednesday by the inquiry's chair, Dame Ada Penn, concluded that ..." (session 22).
DOCUMENT_THEN_ASIDE = re.compile(
    r"(?P<np>(?:The|A|An|Its|This|Their)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+)),\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\s"
)


# A name, then the comma that opens its appositive, right before the appositive.
_NAME_THEN_COMMA = re.compile(r"(?P<name>[A-Z][\w’'.-]*)\s*,\s+$")
# A name, then an appositive set off by a comma opening with an article or a possessive and running to the end:
# "Tomas Rebane, a geologist at the Varsk Institute" (what a relative clause after it describes, session 32).
_APPOSITIVE_ENDING = re.compile(
    r"(?P<name>\b[A-Z][\w’'.-]*),\s+(?:an?|the|[A-Z][\w-]*(?:’s|'s))\s+[a-z][^,;:“”\"]{0,90}$"
)
# Session 31: an indefinite description whose head a post-modifier follows ("A group opposed to vaccine mandates",
# "A union representing bus drivers", "A residents' group formed last spring", "a charity that runs shelters"), then
# a name set off by commas: the name is what the description describes, and it speaks ("..., Save Kettle Lane,
# denied ..., saying", "..., the Transit Workers Guild, said"). ``pre`` is the words up to the head; a preposition
# there ("A spokesman for the ferry firm, Harrow Lines, said") makes the name the preposition's object's, not the
# head's: the description speaks whole, as before.
_POSTMODIFIED_DESCRIPTION = re.compile(
    r"(?P<pre>[Aa]n?\s+(?:[\w’'-]+\s+){0,3}?)[a-z][\w’'-]*\s+"
    r"(?P<post>[a-z]+ing|[a-z]+ed|that|which|who|based|set|known|made|run|led|held|built|founded)\s+[^,;:“”\"]{1,80}?"
    r",\s+(?P<name>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+|&\s+)*[A-Z][\w’'&.-]*){0,5})\s*,\s*$"
)
PRE_HEAD_PREPOSITIONS = words("for of at from with by in on to near")


def named_description(masked: str, start: int, upto: int, post_at: int | None = None) -> Phrase | None:
    """The name set off after a post-modified indefinite description opening at ``start`` and closing right
    before ``upto`` (see ``_POSTMODIFIED_DESCRIPTION``): "A union representing bus drivers, the Transit Workers
    Guild," gives "the Transit Workers Guild". ``post_at``: where the post-modifier must open (the verb a
    subject search took for the main one)."""
    m = _POSTMODIFIED_DESCRIPTION.match(masked, start, upto)
    if m is None or any(w.lower() in PRE_HEAD_PREPOSITIONS for w in m.group("pre").split()):
        return None
    if post_at is not None and m.start("post") != post_at:
        return None
    if _FIRST_VERB.search(masked, m.end("post"), m.start("name")) is not None:
        return None  # "A union representing drivers sued the council, Harrow Borough, ...": the name is the object's
    name = m.group("name")
    return Phrase(m.start("name"), m.start("name") + len(name), name, "name")


def speaker_before(masked: str, pos: int, any_aside: bool = False) -> Phrase | None:
    """The speaker of a cue at ``pos`` when an appositive or a dash parenthetical stands between
    (``any_aside``: any participle opens an adverbial aside, for quotes)."""
    found = _speaker_before(masked, pos, any_aside)
    if found is not None and found.kind == "descriptor" and found.text.endswith(" who"):
        # "Tove Arnsberg, an analyst at Kelmar Securities who had predicted that ...": the relative clause is on the
        # appositive, which describes the name before it; the name speaks (session 23: dev19's source was "an
        # analyst at Crennick Securities who").
        named = _NAME_THEN_COMMA.search(masked, max(0, found.start - 60), found.start)
        if named is not None:
            ph = subject_before(masked, named.end("name"))
            if ph is not None and ph.kind == "name" and ph.end == named.end("name"):
                return ph
    if (
        found is not None
        and found.kind == "descriptor"
        and masked[found.end : pos].strip() != ","
        and (appositive := named_description(masked, found.start, pos)) is not None
    ):
        return appositive  # Session 31: "A union representing bus drivers, the Transit Workers Guild, said"
    if found is None or found.kind == "pronoun" or masked[found.end : pos].strip() != ",":
        return found
    doc = DOCUMENT_THEN_ASIDE.search(masked, 0, found.start)
    if (
        doc is not None
        and doc.group("head").lower() in DOCUMENT_HEADS
        and (
            not masked[: doc.start()].strip() or masked[: doc.start()].rstrip().endswith(("-", "—", "–", "―"))
        )
    ):
        # The name closes a participle's aside on the document opening the sentence, which is what concluded
        # (session 22: dev7's inquiry chair was the source and the partial quote's speaker; the gold's is the report)
        return Phrase(doc.start("np"), doc.end("np"), doc.group("np"), "descriptor")
    return found


def _speaker_before(masked: str, pos: int, any_aside: bool = False) -> Phrase | None:
    head = masked[max(0, pos - APPOSITIVE_MAX) : pos]
    base = pos - len(head)
    closes = _may_close_aside(head)
    # The marks of a quoted name turn to letters: no comma moves, so without one there is nothing to turn.
    quoted = QUOTED_NAME.sub(_blank_marks, head) if "," in head else head
    aside = (
        (_ANY_ASIDE_BEFORE_CUE if any_aside else _ASIDE_BEFORE_CUE).search(quoted)
        if _may_close_aside(quoted)
        else None
    )
    if aside is not None and not _STATE_CODE.fullmatch(aside.group("name")):
        # "Clinton, during a town hall in Columbus, Ohio, said", "Clinton, speaking to reporters on her
        # plane, said": an adverbial aside stands between the name and its cue. A state's postal code is
        # no name ("in Dover, DE, after winning the state, Gov. Tom Ruiz (R-DE), said": session 8).
        ph = subject_before(masked, base + aside.end("name"))
        if ph is not None and ph.kind == "name" and not _starts_with_place_or_time(ph):
            return ph
    described = _DESCRIPTION_ASIDE_BEFORE_CUE.search(head) if closes else None
    if described is not None:
        ph = subject_before(masked, base + described.end("np"))
        if ph is not None and ph.kind == "descriptor" and not _starts_with_place_or_time(ph):
            return ph
    tagged = _PARTY_TAG_COMMA.search(head) if closes else None
    if tagged is not None:
        ph = subject_before(masked, base + tagged.start())
        if ph is not None and ph.kind == "name":
            return ph
    aside = _CONNECTIVE_ASIDE.search(head) if closes else None
    if aside is not None:
        # "The two councillors, however, argue": a connective set off by commas stands between.
        ph = subject_before(masked, base + aside.start())
        # "Proponents of the new bill, however, say": the phrase after "of" is only part of the subject.
        of_part = ph is not None and re.search(r"\bof\s+$", masked[max(0, ph.start - 4) : ph.start])
        if ph is not None and of_part:
            outer = subject_before(masked, masked.rfind("of", 0, ph.start))
            ph = Phrase(outer.start, ph.end, masked[outer.start : ph.end], "descriptor") if outer else None
        if ph is not None and not _starts_with_place_or_time(ph):
            return ph
    stripped = head.rstrip()
    closer = stripped[-1:] if stripped else ""
    if closer in (",", "-", "—", "–"):
        close_at = len(stripped) - 1
        # Openers: commas for a comma appositive; the same dash for a dash parenthetical.
        marks = [",", ";"] if closer == "," else [closer]
        k = close_at
        while True:
            k = max(head.rfind(m, 0, k) for m in marks)
            if k < 0:
                break
            if head[k] == ";":
                break
            segment = head[k + 1 : close_at]
            if _NO_APPOSITIVE.search(_ABBREVIATION.sub("", QUOTED_NAME.sub("t", segment))):
                break
            if (
                "," in segment
                and _BARE_NAME.fullmatch(segment.rsplit(",", 1)[1])
                and _DEFINITE_DESCRIPTION.fullmatch(segment.rsplit(",", 1)[0])
            ):
                # "In a statement to the Observer, her senior adviser, Jake Sullivan, said": a description
                # and then its name, set off by commas: the name speaks (the plain subject finder takes
                # it), not the name before the description (session 12).
                break
            named = _THE_NAME.fullmatch(segment)
            if closer == "," and named is not None and _DESCRIPTION_ENDING.search(head[:k]) is not None:
                # "His club, the Caerlan Dragons, said": a description, then the body's name set off after it;
                # the name speaks (session 20, lead: "His club" spoke)
                a = base + k + 1 + len(segment) - len(segment.lstrip())
                e = base + k + 1 + named.end("name")
                return Phrase(a, e, masked[a:e], "name")
            if closer != "," and head[k - 1 : k] != " ":
                continue  # "U.S.-Taliban": a hyphen inside a word opens nothing
            before = head[:k]
            # "Okafor, meanwhile, who has no such support, said": a connective set off before the appositive is
            # no part of the name (session 15).
            before = _CONNECTIVE_BEFORE_APPOSITIVE.sub("", before)
            core = _SUFFIX.sub("", before.rstrip())
            if _appositive_ok(_ABBREVIATION.sub("", segment)) and _NAME_END.search(core):
                if segment.lstrip().startswith("who ") and (
                    person := _APPOSITIVE_ENDING.search(core, max(0, len(core) - 120))
                ):
                    # "Tomas Rebane, a geologist at the Varsk Institute, who has studied the cliffs, said": the
                    # relative clause follows the person's appositive, whose last words name a body; the name speaks
                    # (session 32: the appositive spoke, typed an organisation)
                    ph = subject_before(masked, base + person.end("name"))
                    if ph is not None and ph.kind == "name" and ph.end == base + person.end("name"):
                        return ph
                ph = subject_before(masked, base + len(core))
                if ph is not None and not _starts_with_place_or_time(ph):
                    return ph
        # nothing fitted: the plain subject
    ph = subject_before(masked, pos)
    of = _HEAD_OF_BEFORE.search(masked, max(0, ph.start - 40), ph.start) if ph is not None else None
    if (
        ph is not None
        and ph.kind in ("descriptor", "name")
        and of is not None
        and (
            _people_head(of.group("head")) if of.group("of") == "of" else _role_word(of.group("head").lower())
        )
    ):
        # "Leaders of the pilots’ union said", "hundreds of angry pilots chanted": the plain finder stops
        # at "of"; the head before it speaks, with its group (session 13).
        outer = subject_before(masked, of.start("of"))
        if outer is not None and outer.end == of.end("head") and not _starts_with_place_or_time(outer):
            return Phrase(outer.start, ph.end, masked[outer.start : ph.end], "descriptor")
    if ph is not None and ph.kind in ("descriptor", "name"):
        post = _SOURCE_POSTMODIFIER_BEFORE.search(masked, max(0, ph.start - 40), ph.start)
        outer = subject_before(masked, post.start()) if post is not None else None
        if outer is not None and outer.kind == "descriptor" and not _starts_with_place_or_time(outer):
            # "a person familiar with the talks said", "a source close to the mayor said": the anonymous
            # source with its post-modifier speaks, as after the cue ("said one official familiar with
            # the plans"); the talks or the mayor do not (session 9).
            return Phrase(outer.start, ph.end, masked[outer.start : ph.end], "descriptor")
    if ph is not None and ph.kind in ("descriptor", "name"):
        # "one council member who attended the meeting said", "a resident who knows Whitfield said": the
        # phrase before the cue is the object of a relative clause; the one the clause describes speaks.
        rel = _RELATIVE_OBJECT.search(masked, max(0, ph.start - 60), ph.start)
        if rel is None and (
            ph.kind == "descriptor" or _PREPOSITION_END.search(masked, max(0, ph.start - 8), ph.start)
        ):
            # A name right after the clause's words is the clause's object only behind a preposition:
            # "who voted for Ron Castell said"; "voters who remember the ferry Ron Castell said are ..."
            # is Castell's report.
            rel = _LONG_RELATIVE.search(masked, max(0, ph.start - 100), ph.start)
        if rel is not None:
            outer = subject_before(masked, rel.start())
            if outer is not None and outer.kind in ("descriptor", "name"):
                return outer
    if ph is not None and _starts_with_place_or_time(ph):
        return None  # "In December, the prince ..., calling": a time is no speaker
    if ph is not None and ph.kind == "descriptor":
        # "a staffer in the room wondered": the place after a preposition belongs to the speaker's phrase.
        prep = PLACE_AFTER_SPEAKER.search(masked, max(0, ph.start - 12), ph.start)
        if prep is not None:
            outer = subject_before(masked, prep.start())
            if outer is not None and outer.kind in ("descriptor", "name"):
                return outer
    post = _SOURCE_POSTMODIFIER_TAIL.search(masked, max(0, pos - 80), pos) if ph is None else None
    outer = subject_before(masked, post.start()) if post is not None else None
    if outer is not None and outer.kind == "descriptor" and not _starts_with_place_or_time(outer):
        # "another source familiar with Castell’s thinking said": the same, when the plain finder takes
        # no phrase before the cue (a possessive).
        end = len(masked[:pos].rstrip())
        return Phrase(outer.start, end, masked[outer.start : end], "descriptor")
    rel = _LONG_RELATIVE.search(masked, max(0, pos - 100), pos) if ph is None else None
    if (
        rel is not None
        and rel.group().split()[0] == "whose"
        and (_WHOSE_CLAUSE_VERB.search(masked, rel.start(), pos) is None or _ING_CUE.match(masked, pos))
    ):
        # "a minister whose plan to announce ...", "people whose dealings have been good are wary of saying": the
        # cue is inside the "whose" clause or a gerund; only a cue after the clause's own verb is the subject's.
        rel = None
    if (
        rel is not None
        and len(masked[rel.start() : pos].split()) > 1
        and not _PASSIVE_BEFORE.search(masked, rel.start(), pos)
    ):
        # "a port official who spoke anonymously to discuss internal strategy said": the clause ends in
        # a bare noun, which the plain finder does not take for a subject; the phrase it describes speaks.
        # Its own verb is at least one word ("a native who writes fiction" is left to the appositive); a
        # passive cue ("who has been mentioned as ...") reports no one.
        outer = subject_before(masked, rel.start())
        if (
            outer is not None
            and outer.kind in ("descriptor", "name")
            and not _starts_with_place_or_time(outer)
            and outer.text.split()[-1].lower() not in WH_CLAUSE_VERBS
        ):
            return outer
    if ph is None:
        share = poll_share_in(masked, max(0, pos - 120), pos)
        if share is not None:
            return Phrase(share.start(), share.end(), share.group().strip(), "descriptor")
        bare = BARE_PLURAL.search(masked, max(0, pos - 60), pos)
        if bare is not None and plural_in_s(bare.group("np").split()[-1]):
            return Phrase(bare.start("np"), bare.end("np"), bare.group("np"), "descriptor")
        # (only with an "'s" in reach: most cues have none; session 28, speed)
        owned = (
            POSSESSOR_OPENS_SUBJECT.search(masked, max(0, pos - 100), pos)
            if masked.find("’s", max(0, pos - 100), pos) >= 0
            or masked.find("'s", max(0, pos - 100), pos) >= 0
            else None
        )
        if (
            owned is not None
            and not set(owned.group("np").lower().split()[1:]) & NOT_IN_OWNED_SUBJECT
            and owned.group("owner").lower() not in NOT_AN_OWNER
        ):
            return Phrase(owned.start("np"), owned.end("np"), owned.group("np"), "descriptor")
    return ph


# A name's possessive opening the subject, as a determiner would (session 15): "Two days later, Okafor's
# campaign says", "On Monday, Ruth Okafor's allies said". The plain finder takes such a phrase only when a
# determiner opens it ("the Okafor campaign") or its head is a source head ("Okafor's office"), so after an
# opener set off by a comma the cue had no subject. The name opens its clause (the sentence's start, a
# comma, a conjunction); its head is a lowercase noun at most three words on, before any auxiliary.
POSSESSOR_OPENS_SUBJECT = re.compile(
    r"(?:^|[,;:—–―]\s*|\b(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o|while)\s+)"
    r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?P<owner>[A-Z][\w.-]*)(?:’s|'s)"
    r"(?:\s+[a-z][\w-]*){1,3}?)"
    r"\s+(?:(?:has|have|had|will|would|also|again|now|then|still|later|often|always|never|already|just|even|"
    r"[a-z]+ly)\s+){0,2}$"
)
# Words before "'s" that own nothing: contractions of "is" ("It's worth noting", "There's no denying") and times.
NOT_AN_OWNER = words(
    "it there that here what who he she let where how this today tomorrow yesterday tonight everyone nobody "
    "somebody someone everybody one"
)
# Words that make the owned phrase something else than a subject: a clause, a verb, a relative.
NOT_IN_OWNED_SUBJECT = words(
    "that which who whom whose what is was are were be been being has have had will would to of in on at for "
    "with by from as and or but not said says told"
)


# A head noun and "of" right before a subject phrase: "Leaders of", "members of the", "hundreds of" (group
# ``head``); kept only for people's heads (_people_head): "the port of Dover", "a year of" speak for no one.
# Session 30: "for" too, after one person's role only ("A spokesman for the firm said", "a lawyer for the family said":
# the firm or the family was the speaker; "Calls for the inquiry" are no one).
_HEAD_OF_BEFORE = re.compile(r"\b(?P<head>[A-Za-z][\w-]*)\s+(?P<of>of|for)\s+$")
# Quantities of people before "of": "hundreds of pilots", "one of the organizers".
PEOPLE_QUANTITIES = words(
    "hundreds thousands dozens scores millions most many some several one two three none all few"
)


def _people_head(w: str) -> bool:
    """A plural noun, a role or a quantity: a head whose "of" phrase names the group it belongs to."""
    low = w.lower()
    if low in PEOPLE_QUANTITIES or _role_word(low):
        return True
    # Not "-ics" ("tactics of", "critics of"), a difference kept: ``plurals`` reads "clinics" as a plural.
    return plural_in_s(low) and not low.endswith("ics")


# A relative clause's pronoun and verb (maybe an adverb or auxiliary) right before its object: "who
# attended the meeting", "who has followed the case".
_RELATIVE_OBJECT = re.compile(
    r"\s(?:who|that)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+(?:ed|s)|ran|led|met|saw|knew|heard|made|took|wrote|told|left|won|lost)"
    r"\s+$"
)
# A longer relative or participle clause, with no punctuation, between the speaker and the cue, whose
# last words are its object: "a port official who spoke on condition of anonymity to discuss the talks
# said", "another source speaking to the Gazette said" (session 9).
# Verbs and adjectives before an indirect question, where "who" asks rather than describes: "nobody knows
# who first said", "it is unclear who wrote".
WH_CLAUSE_VERBS = words(
    "know knows knew asked asks ask wonder wonders wondered unclear clear sure matter matters decide decides "
    "decided see saw show shows showed question questions"
)
# An anonymous source's post-modifier right before the phrase that ends it: "familiar with", "close to".
# One table of them for every pattern here that looks for one.
_POSTMODIFIER_WORDS = r"(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on)"
_SOURCE_POSTMODIFIER_BEFORE = re.compile(rf"\s{_POSTMODIFIER_WORDS}\s+$")
# ... and the words it governs, up to four: "a source close to the mayor".
_SOURCE_POSTMODIFIER_TAIL = re.compile(rf"\s{_POSTMODIFIER_WORDS}\s+(?:[\w’'.-]+\s+){{1,4}}$")
_PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being|is|are|was|were)\s+$")
_PREPOSITION_END = re.compile(r"\b(?:to|for|with|by|of|on|at|in|from|about)\s+$")
_LONG_RELATIVE = re.compile(
    # "whose" too (session 15): "The pilots whose boats were damaged say" is the pilots'.
    # Session 33: a word of the clause ends in a period only as an initial or an abbreviation ("U.S.", "St."): "...,
    # said Kamlesh Ruhela, who grows cane near Sardhana. She said a mill agent had told her" read "who grows ... She
    # said a mill agent" as one clause across the sentence's end and gave the mill agent's words to Ruhela.
    r"\s(?:who|whose|speaking\s+to|talking\s+to|writing\s+(?:in|for))\s+"
    r"(?:(?:[\w’'-]+(?:\.[\w’'-]+)*|(?:[A-Za-z]\.){2,}|" + _ABBREVIATED + r")\s+){0,10}$"
)
# The verb of a "whose" clause on the subject, and a cue in -ing (session 15).
_WHOSE_CLAUSE_VERB = re.compile(
    r"\s(?:[a-z]+ed|was|were|is|are|has|have|had|went|came|grew|fell|won|lost|made|took|ran|rose)\s"
)
_ING_CUE = re.compile(r"[a-z]+ing\b")
# A preposition between a speaker and a place or group named after it: "a staffer in the room".
PLACE_AFTER_SPEAKER = re.compile(r"\s(?:in|at|inside|outside|near)\s+$")
# A bare plural noun set off by commas as the speaker: "To win, organizers said, ...", "..., aides say".
# Session 21 (lead): two words may stand before the head ("..., air traffic controllers said." gave no
# attribution), none of them a word that joins clauses.
BARE_PLURAL = re.compile(
    r"(?:^|[,;:]\s*)(?P<np>(?:(?!(?:and|but|or|then|so|yet|as|while|when|which|who|that|where|in|on|at|of|for|from|with|by|to|"
    r"into|over|about|including|also|even|only|not|[a-z]+ly)\b)[a-z][\w-]*\s+){0,2}"
    r"[a-z][\w-]*[a-z]s)\s*$"
)


# The share of a poll's respondents as a speaker: "21 percent said", "Six in 10 voters say",
# "Two-thirds of Republicans said", "a majority of those polled said".
POLL_SHARE = re.compile(
    r"(?:\b\d[\d.,]*\s*(?:%|percent|per\s+cent)|\b[A-Za-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)"
    r"|\b(?:[A-Za-z]+|\d+)\s+(?:in|out\s+of)\s+(?:10|ten|\d+)(?:\s+[a-z][\w-]*){0,3}"
    r"|\b(?:[Tt]wo|[Tt]hree|[Oo]ne)-(?:thirds?|quarters?|fourths?|fifths?)(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+){0,3})?)"
    r"(?:\s+of\s+(?:the\s+|those\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?\s*$"
)
_DIGIT = re.compile(r"\d")


def poll_share_in(masked: str, lo: int, hi: int) -> re.Match[str] | None:
    """``POLL_SHARE.search(masked, lo, hi)``, asked only where a match can be: each branch holds a digit, "cent"
    ("percent", "per cent"), "ten" or a hyphen ("Two-thirds"), which most cues' windows lack (session 28, speed:
    the pattern opens with a word boundary, tried at every character of the window)."""
    if (
        masked.find("cent", lo, hi) < 0
        and masked.find("-", lo, hi) < 0
        and masked.find("ten", lo, hi) < 0
        and _DIGIT.search(masked, lo, hi) is None
    ):
        return None
    return POLL_SHARE.search(masked, lo, hi)


# The sentence's first verb, whose subject a participle cue continues: "Clinton seemed ready, telling
# the crowd ...", "Mrs. Okafor tried to explain, saying that ...".
_FIRST_VERB = re.compile(
    r"\b(?:[a-z]+(?:ed|ied)|is|was|are|were|has|had|have|will|would|said|says|told|seems|wants|took|made|went|"
    r"gave|spoke|wrote|came|got|stood|kept|held|left|ran|sent|met|began|brought|thought|felt|put|set|"
    r"let|saw|"
    # Irregular pasts of the actions a participle cue follows: "Lowe threw her support behind Ruiz,
    # saying ..." (session 11; without them the first verb found was the reported clause's, after the cue).
    r"threw|won|lost|fought|drew|broke|chose|rose|fell|bought|sought|caught|swore|wore|shook|spent|heard|"
    r"paid|sold|struck|became|knew|grew|withdrew|understood|"
    # Auxiliaries and their negations: "Ross didn’t seem impressed, telling reporters ...".
    r"did|does|do|can|could|may|might|must|should|shall|cannot|"
    r"(?:did|does|do|ca|wo|would|could|should|is|was|are|were|has|have|had)n[’']t)\b"
)


# Words opening a subordinate clause before the main one, whose verb is not the main clause's:
# "When asked about the bridge, Lee said ...", "Shortly after the vote ended, the campaign sent ...".
SUBORDINATE_OPENERS = words(
    "when whenever while after before as since once if although though because unless until shortly soon "
    "asked told pressed questioned"
)
# Prepositions opening a phrase before the main clause, passed over to its comma the same way: the verb
# inside the phrase is no main verb ("In a statement released Thursday, Rep. Lee reacted to the ruling,
# saying ...": "released" has "a statement" before it, which is no speaker; session 9).
PHRASE_OPENERS = words("in on at during amid despite following throughout with under")
_CLAUSE_OPENERS = SUBORDINATE_OPENERS | PHRASE_OPENERS
_OPENING_WORD = re.compile(r"\s*(?P<w>[A-Za-z]+)\b")


# A possessive noun phrase opening a clause, right before its verb: "Ross’s campaign shrugged off ...",
# "and the mayor's office sent ..." (group ``np``). Its head is any lowercase noun.
_POSSESSIVE_SUBJECT = re.compile(
    # Session 30: after the sentence before it too ("... a complaint from Haskin's crew. Haskin's crew denied that it had
    # asked ..., saying it wanted only “...”": with no subject found, the quote went to "it").
    r"(?:^|[,;:]\s*|[.!?][”\"’']?\s+|\b(?:[Aa]nd|[Bb]ut|[Tt]hen)\s+|^\s*)(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"[A-Z][\w.’'-]*(?:’s|'s|s’|s')\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:[a-z]+ly\s+)?$"
)


def possessive_subject(masked: str, pos: int) -> Phrase | None:
    """ "Ross’s campaign" before a verb at ``pos``, when it opens its clause (the plain subject finder
    stops at the possessive)."""
    m = _POSSESSIVE_SUBJECT.search(masked, max(0, pos - 100), pos)
    if m is None:
        return None
    np = m.group("np")
    if np.split()[-1] in CLAUSE_VERBS or np.split()[-1] in REPORTING_VERBS:
        return None
    return Phrase(m.start("np"), m.end("np"), np, "descriptor")


def opening_clause_end(masked: str, start: int, upto: int) -> int:
    """Where the main clause may begin: past an opening subordinate clause or phrase and its comma
    ("When Lowe died in 1998, Ruiz released ..."), else ``start``."""
    first = _OPENING_WORD.match(masked, start, upto)
    if first is not None and first.group("w").lower() in _CLAUSE_OPENERS:
        comma = masked.find(",", start, upto)
        if comma > 0:
            return comma + 1
    return start


def main_subject(masked: str, start: int, upto: int) -> Phrase | None:
    """The subject of the first verb between ``start`` and ``upto`` (a participle cue's speaker); an
    opening subordinate clause ("When asked about it, ...") is passed over to its comma."""
    at = opening_clause_end(masked, start, upto)
    if at != start and (found := _first_verb_subject(masked, at, upto)) is not None:
        return found
    return _first_verb_subject(masked, start, upto)


_ADVERB_BEFORE = re.compile(r"\b[a-z]+ly\s+$")


def _first_verb_subject(masked: str, start: int, upto: int) -> Phrase | None:
    m = _FIRST_VERB.search(masked, start, upto)
    if m is None:
        return None
    at = m.start()
    adverb = _ADVERB_BEFORE.search(masked, max(start, at - 30), at)
    if adverb is not None:
        at = adverb.start()  # "Her campaign quickly blasted out ...": the adverb is no subject
    ph = subject_before(masked, at) or possessive_subject(masked, at)
    if ph is None or ph.start < start or ph.text.split()[0].lower() in NOT_A_SPEAKER_START:
        return None
    if ph.kind == "descriptor" and (comma := masked.find(",", m.end(), upto)) > 0:
        # Session 31: "A group opposed to vaccine mandates, Parents for Choice Ensworth, denied ..., saying": the
        # "verb" found was the description's post-modifier; the name set off after it is the subject.
        close = masked.find(",", comma + 1, upto)
        named = named_description(masked, ph.start, close + 1, m.start()) if close > 0 else None
        if named is not None:
            return named
    return ph


# Words that never end an inverted description: verbs and auxiliaries mean the cue began a clause.
_NOT_HEAD = words(
    "would will is was are were has had have could should can may might must did does do that said says "
    "told tells added adds and or but who which when while as on in at before after during to for with by"
)
# An inverted description opened by a determiner or a number: "a 2019 campaign veteran", "one district
# party leader", "this Webb look-alike", "another official".
_INVERTED_DESCRIPTION = re.compile(
    r"^\s+(?P<np>(?:the|a|an|one|another|this|that|two|three|several|his|her|their|its)\s+(?:[\w’'&.-]+\s+){0,4}?[\w’'-]+)"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:at|in|on|before|after|during|of|from|who|to|when|while|as|last|this)\b"
    # A post-modifier of an anonymous source: "said one official familiar with the plans", "said a
    # person with knowledge of the talks", "said an aide close to the mayor".
    rf"|\s+{_POSTMODIFIER_WORDS}\b)"
)
# The post-modifier itself, kept with the description: "one official familiar with the plans".
_SOURCE_POSTMODIFIER = re.compile(
    rf"\s+{_POSTMODIFIER_WORDS}\s+"
    r"(?:[\w’'.-]+\s+){0,4}?[\w’'-]+(?=\s*(?:[,.;:!?]|$))"
)
# An inverted name after a lowercase description: "said undecided Republican voter Dana Hollis".
_INVERTED_NAME = re.compile(
    r"^\s+(?P<desc>(?:[a-z][\w-]*\s+|[A-Z][\w.’'-]*\s+){1,4}?)(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w’'-]*)){1,3})"
    r"(?=(?:\s*\([DRI](?:-[A-Z][\w.]*)?\))?(?:\s*(?:[.,;:!?]|$)|\s+(?:at|in|on|before|after|during|of|from|who|to|when|while|as|last|this)\b))"
)


def speaker_after(masked: str, pos: int) -> Phrase | None:
    """Inverted speaker after a cue at ``pos``, and whom a description names or belongs to after it:
    "said a longtime adviser to both Clintons", "said the bureau's director, James B. Comey"."""
    ph = _speaker_after(masked, pos)
    if ph is not None and ph.kind == "name":
        # "said Skarvik's mayor, Tor Hallvik": the name owns the role; the person is named after it
        # (session 16: the town was the speaker, and a later "he" went to it).
        owner_end = ph.end - 2 if ph.text.endswith(("’s", "'s")) else ph.end
        named = (
            _NAME_AFTER_DESCRIPTION.match(masked, owner_end)
            if _OWNER_THEN_ROLE.match(masked, owner_end)
            else None
        )
        if named is not None:
            s = named.start("name")
            return Phrase(s, s + len(named.group("name")), named.group("name"), "name")
    if (
        ph is not None
        and (title := _THE_TITLE.fullmatch(ph.text)) is not None
        and title.group("w").lower() in ROLE_WORDS
        and (named := _TITLED_NAME_AFTER.match(masked, ph.end)) is not None
    ):
        # Session 33 (the lead's note 1): "said the Dean, the Very Rev Anselm Tregarthen", "said the Provost, the Rt
        # Hon Mairi Dunlop": a capitalised office, then the person holding it set off by a comma; the person speaks.
        s = named.start("name")
        return Phrase(s, s + len(named.group("name")), named.group("name"), "name")
    if ph is None or ph.kind != "descriptor":
        return ph
    post = _SOURCE_POSTMODIFIER.match(masked, ph.end)
    if post is not None:
        return Phrase(ph.start, post.end(), masked[ph.start : post.end()], "descriptor")
    named = _NAME_AFTER_DESCRIPTION.match(masked, ph.end)
    if named is not None:
        s = named.start("name")
        return Phrase(s, s + len(named.group("name")), named.group("name"), "name")
    tail = _DESCRIPTION_OF_NAME.match(masked, ph.end)
    if tail is not None:
        return Phrase(ph.start, tail.end(), masked[ph.start : tail.end()], "descriptor")
    return ph


# A name set off after an inverted description: "said the bureau's director, James B. Comey, on Monday".
_NAME_AFTER_DESCRIPTION = re.compile(
    # (session 34, the lead's note 1: or the rest of a role of two words whose first is a role too, "said the head
    # librarian, Thandiwe Mokoena": the speaker was "the head")
    r"(?:(?:’s|'s)(?:\s+[a-z][\w-]*){1,3}|(?:\s+(?!(?:on|in|at|of|from|for|to|and|or|who|which|that)\b)[a-z][\w-]*){1,2})?"
    # ... or where the described person is from: "said his oldest friend from college, Tom Ruiz".
    r"(?:\s+(?:from|at|in|of)\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,2}?)?"
    r",\s+(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w’'-]*)){1,3})(?=\s*(?:[,.;:]|$))"
)
# An office written as a capitalised title after "the" ("the Dean", "the Provost"), and the holder's name set off after
# it, maybe after the styles of clergy and peers ("the Very Rev", "the Rt Hon", "the Most Rev", "Canon"; session 33).
_THE_TITLE = re.compile(r"the\s+(?P<w>[A-Z][a-z]+)")
_TITLED_NAME_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?:Very|Most|Right|Rt)\.?\s+)?(?:(?:Rev(?:d|erend)?|Hon(?:ourable)?|Canon|Dr|Prof)\.?\s+)?"
    r"(?P<name>[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w’'-]*)){1,3})(?=\s*(?:[,.;:]|$))"
)
# A possessive and a lowercase role after an inverted name: "said Skarvik's mayor, ...".
_OWNER_THEN_ROLE = re.compile(r"(?:’s|'s)\s+[a-z]")
# Whom an inverted description belongs to: "a longtime adviser to both Clintons", "the former aide to
# President George W. Bush", "a person close to the Clintons".
_DESCRIPTION_OF_NAME = re.compile(
    r"\s+(?:close\s+)?(?:to|of|for|at|with)\s+(?:the\s+|both\s+|former\s+)*"
    r"[A-Z][\w’'-]*(?:\.(?=\s*[A-Z]))?(?:\s+(?:[A-Z][\w’'-]*(?:\.(?=\s*[A-Z]))?|of|the))*?(?=\s*(?:[,.;:]|$))"
    # ... or an organisation in words: "a spokesman for the council", "an aide of the governor".
    r"|\s+(?:for|of)\s+(?:the|his|her|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?=\s*(?:[,.;:]|$))"
)


def _speaker_after(masked: str, pos: int) -> Phrase | None:
    ph = subject_after(masked, pos)
    window = masked[pos : pos + 140]
    if ph is not None and not (" " not in ph.text and re.match(r"\s+[a-z]", masked[ph.end : ph.end + 2])):
        return ph
    # "explained Democratic strategist Simon Rosenberg": one capitalised word before a lowercase one is
    # an adjective of the description, and the name comes after it.
    m = _INVERTED_NAME.match(window)
    if m is not None:
        desc = m.group("desc").split()
        if not any(w.lower() in _NOT_HEAD for w in desc):
            s = pos + m.start("name")
            return Phrase(s, s + len(m.group("name")), m.group("name"), "name")
    m = _INVERTED_DESCRIPTION.match(window)
    if m is not None:
        np = m.group("np")
        ws = np.split()
        if not any(w.lower() in _NOT_HEAD for w in ws[1:]) and not ws[-1].isdigit():
            s = pos + m.start("np")
            return Phrase(s, s + len(np), np, "descriptor")
    return ph
