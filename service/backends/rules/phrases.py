"""Who said it: reporting cues and the noun phrase that is their subject.

Shared by quotes and attributions. Works on "masked" text, where quoted words
are replaced by ``x`` so a cue or a name inside a quotation is never taken
for the writer's own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from service.backends.rules.lexicon import (
    ANONYMOUS_HEADS,
    ASPECTUAL_VERBS,
    CUE_ADVERBS,
    DOCUMENT_FINDING_VERBS,
    DOCUMENT_HEADS,
    DOCUMENT_SOURCES,
    GOVERNMENT_HEADS,
    LOWER_ROLE_HEADS,
    LY_NOT_ADVERBS,
    MEDIA_HEADS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMING_VERBS,
    NUMBER_WORDS,
    OCCUPATION_TITLES,
    ORG_HEADS,
    PASSIVE_AUXILIARIES,
    PERSON_PRONOUNS,
    PLACE_HEADS,
    PLURAL_PRONOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    words,
)
from service.backends.rules.numbers import compile_case_blind
from service.backends.rules.sentences import OPEN_ABBREVIATIONS, TITLE_ABBREVIATIONS, Token, tokens
from service.pipeline.normalize import fold_key

MASK = "x"

# A sentence opened by a noun phrase (``np``) and its relative clause, no comma on the way, up to a point inside
# the clause: "A man who punched a driver after |". Only a phrase opened by a determiner or a count, so that a
# name's clause is not read as one. Events read it for a clause break inside the relative (the main verb is still to
# come), summaries for the subject of the verb after it (session 21: two near-copies, one table in session 22).
OPENING_WHO = re.compile(
    r"[\s“\"]*(?P<np>(?:A|An|The|Two|Three|Four|Five|Six|Several|Dozens\s+of|Hundreds\s+of)\s[^,;:()]{1,60}?)\s+who\s"
    r"[^,;:()]*\Z"
)

# Cue words that are also nouns or have a non-reporting sense: they report only
# when "that" follows, directly or after a short audience ("told reporters that").
NEEDS_THAT = frozenset(
    {
        "states",
        "state",
        "reports",
        "report",
        "notes",
        "note",
        "claims",
        "claim",
        "cite",
        "shows",
        "showed",
        "found",
        "finds",
        "estimates",
        "estimate",
        "estimated",
        "continued",
        "asked",
        "asks",
        "asking",
        "believes",
        "indicated",
        "predicted",
        "predicts",
        "recalled",
        # Forms completed in session 6 that are also nouns or have another sense: "to write a book",
        # "in writing", "the recall election", "a revealing interview".
        "write",
        "writing",
        "recall",
        "recalls",
        "recalling",
        "revealing",
        "projects",
        "projected",
        "forecast",
        "forecasts",
        "show",
        "showing",
        # "agreed that", never "agreed to pay" (issue 14, session 7).
        "agree",
        "agrees",
        "agreed",
        "agreeing",
        # Forms added in session 10 that take a clause only with "that" ("concludes the season", "the
        # underscored word", "recognized the new state" are no reports).
        "indicating",
        "concludes",
        "concluding",
        "underscore",
        "underscores",
        "underscored",
        "underscoring",
        "recognized",
        "recognizes",
        "recognizing",
        "recognised",
        "recognises",
        "recognising",
    }
)
# Forms of those cues that are verbs when a clause follows without "that": "Okafor also claims he
# was the only one punished", "she has indicated she would not go further", "he predicted the
# levy will fail" (issue 14, session 5). A clause: a subject pronoun or a short noun phrase, then
# an auxiliary or a modal.
CLAUSE_REPORTING_FORMS = frozenset(
    {
        "claims",
        "indicated",
        "predicted",
        "predicts",
        "estimated",
        "recalled",
        "noted",
        "agreed",
        "agrees",
        "agree",
        # Session 7: present forms after a subject ("The Ledger notes the levy has failed").
        "notes",
        "writes",
        "recalls",
        # Session 11: the base form after a subject ("women who claim he assaulted them", "I claim he is").
        "claim",
    }
)
CLAUSE_FOLLOWS = re.compile(
    r"\s+(?:(?:he|she|they|it|we|i|there|(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s+"
    r"(?:would|will|was|is|were|are|had|has|have|could|should|may|might|did|does|can|must|wanted|needed)\b"
    # Session 7: a person's pronoun and a past verb ("who claim he cheated them").
    r"|(?:he|she|they|we)\s+[a-z]{3,}ed\b"
    # Session 11: a pronoun with its auxiliary contracted ("claims he's worth $10 billion", "predicted they'd win").
    r"|(?:he|she|they|it|we|i)[’'](?:s|d|ll|re|ve|m)\b)",
    re.IGNORECASE,
)
# An inverted cue closing a claim: "..., predicted Ruth Okafor, the mayor." / "“...,” recalled the chair."
_AFTER_A_CLAIM = re.compile(r"[,:][”’\"]?\s*$")
_INVERTED_NAME = re.compile(r"\s+(?:[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)*|the\s+[a-z][\w-]+)\s*(?:[,.;:]|$)")
# A cue that needs "that" may also close a claim told before it: "..., the observatory estimates."
CLOSES_CLAIM = re.compile(r"^(?:\s+(?:on|in|last|this)\s+\w+(?:\s+\w+)?)?\s*(?:[.,;]|$)")
THAT_FOLLOWS = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+that\b"
    # A venue or a time of any length first (issue 14, session 8): "predicted at the last debate in the
    # state that ...", "noted in a letter to the board on Friday that ...".
    r"|\s+(?:on|in|at|during|before|to)\s+[^.;:!?,“”\"]{1,60}?\s+that\s+(?!(?:is|was|are|were|has|had|will|would)\b)"
)
# "asked voters to stay home": a request names whom it asks and what to do, and reports like "urged"
# (a question, "asked whether ...", still needs "that"; "asked to leave" and "asked not to be
# named" name no one asked).
REQUEST_FOLLOWS = re.compile(
    r"\s+(?!(?:to|for|about|if|whether|why|how|what|when|not)\b)(?:[\w’'.-]+\s+){1,4}?(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its)\b)[a-z]+\b"
)

# A thing claimed, not a clause (session 25, the lead's article: "Bannon claimed the prize himself days later and
# bought a house" had the claim "The prize himself days later and bought a house ...", and the event pass read it as a
# clause: a purchase by "The prize himself days"). PolNeAR annotates a prize or a title claimed as an attribution, so
# the claim stays, as the noun phrase alone. Not when a verb follows the thing ("claimed the prize was rigged", "the
# title had been stripped": a clause).
CLAIMED_THINGS = words(
    "prize prizes jackpot jackpots title titles crown victory win seat seats medal medals trophy trophies award "
    "awards reward rewards winnings refund refunds compensation damages ownership credit throne asylum"
)
CLAIMED_OBJECT = re.compile(
    r"\s+(?P<np>(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[a-z][\w’'-]*\s+){0,2}?(?:"
    + "|".join(sorted(CLAIMED_THINGS))
    # "claimed victory in the battle for the town" keeps its phrase (session 15's claim "Victory in the vote."), to a
    # comma, a reflexive, a time or a clause ("claimed the prize himself days later and bought ...")
    + r")(?![\w’'-])(?:(?!\s+on\s+[A-Z])\s+(?:in|at|for|on|from|over|of)\s+[^,;:]*?(?=\s*[,;:.]|\s*$|\s+(?:and|but|himself|herself|"
    r"themselves|itself|after|before|when|while|as|because|days|weeks|months|years|last|this|on\s+[A-Z])\b))?)"
    r"(?![\w’'-])(?!\s+(?:was|were|is|are|had|has|have|would|will|could|should|might|may|must|can|did|does|"
    r"belongs|belonged|remains|remained|went|goes|[a-z]+ed)\b)"
)


# A forecast or an estimate whose object is a figure (session 24: dev2, dev11 twice; "Analysts had forecast peak
# sales of $2.5 billion", "The association now forecasts a harvest of 28,000 tonnes", "estimate annual sales of
# $4bn"): the form reports without "that" when a short noun phrase, then "of" and an amount, or an amount itself
# follows. The noun ("its forecasts of growth", "estimates show a deficit of ...") is kept out by the word before
# (a determiner or an owner) and by the object's first word (no preposition, no verb).
FIGURE_OBJECT_FORMS = frozenset(
    {
        "forecast",
        "forecasts",
        "estimate",
        "estimates",
        "estimated",
        "projected",
        "projects",
        "predicted",
        "predicts",
    }
)
_AMOUNT_START = r"(?:(?:about|around|roughly|nearly|almost|some|up\s+to|more\s+than|at\s+least)\s+)?(?:[$€£¥]|[A-Z]{1,3}\$|\d)"
_FIGURE_OBJECT = re.compile(
    r"\s+(?:also\s+)?(?!(?:of|for|in|on|at|to|from|by|with|that|was|were|is|are|had|has|have|show|shows|showed|put|puts|"
    r"suggest|suggests|suggested|point|points|indicate|indicates|indicated|range|ranged|vary|varied|will|would|could|may|"
    r"might)\b)"
    r"(?:(?:[a-z][\w-]*|\d{4})\s+){0,4}?of\s+" + _AMOUNT_START + r"|\s+(?:also\s+)?" + _AMOUNT_START
)


def figure_object_follows(masked: str, end: int) -> bool:
    """Whether an amount, or a short noun phrase with "of" and an amount, follows a forecast's form ending at ``end``."""
    return _FIGURE_OBJECT.match(masked, end, end + 80) is not None


# A relative pronoun, at most two words (an auxiliary, an adverb) before a cue.
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# A time ahead after the object of a base-form "expect" (the review of session 24): "expect heavy snow on Sunday".
_TIME_AHEAD = re.compile(
    r"[^.;:,]{0,60}?\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by\s+(?:the\s+end|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|20\d\d)|next\s+(?:week|month|year|season|spring|summer|autumn|winter)|tomorrow|tonight|"
    r"this\s+(?:weekend|week|month|year|spring|summer|autumn|fall|winter)|later\s+this|in\s+(?:january|february|march|april|"
    r"june|july|august|september|october|november|december|20\d\d))\b",
    re.IGNORECASE,
)
# After a base-form "expect": "that", an infinitive after its object, or an object with a figure or a time ahead.
_EXPECT_OBJECT_TO = re.compile(r"\s+(?:[\w’'.$%-]+\s+){1,6}?to\s+[a-z]+\b")


def _expectation_follows(masked: str, end: int) -> bool:
    """What follows a base-form "expect" makes it an expectation (the review of session 24: "Residents expect nothing
    from the council" and "Commuters expect delays on the line every winter" are none)."""
    return (
        THAT_FOLLOWS.match(masked[end : end + 90]) is not None
        or _EXPECT_OBJECT_TO.match(masked, end, end + 80) is not None
        or figure_object_follows(masked, end)
        or _TIME_AHEAD.match(masked, end, end + 80) is not None
    )


# The words before a noun "forecast"/"estimate": an owner or a determiner, never a subject of the verb.
_NOUN_FORECAST_BEFORE = frozenset(
    {
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "these",
        "those",
        "some",
        "earlier",
        "latest",
        "previous",
        "official",
        "initial",
        "new",
        "own",
        "of",
        "in",
        "on",
        "by",
        "from",
        "with",
        "and",
        "or",
    }
)


# Words in -s that end no plural subject before the base form "expect" ("what it does expect", "as always expect").
_NOT_PLURAL_IN_S = frozenset(
    {
        "does",
        "is",
        "was",
        "has",
        "its",
        "his",
        "this",
        "thus",
        "us",
        "always",
        "perhaps",
        "as",
        "less",
        "unless",
        "plus",
        "yes",
        "whereas",
        "besides",
        "sometimes",
        "news",
        "series",
        "analysis",
        "bus",
        "gas",
        "status",
    }
)


def _plural_subject_word(w: str) -> bool:
    """Whether the word before a base form "expect" may end its plural subject: "Forecasters expect", "they expect"
    (session 24: dev4, dev10, dev11: "Executives expect the merger to save ...")."""
    w = w.strip(',;:“”"')
    if w in ("they", "we", "many", "most", "others", "both"):
        return True
    return (
        len(w) > 3
        and w.endswith("s")
        and not w.endswith(("ss", "us", "’s", "'s"))
        and w not in _NOT_PLURAL_IN_S
    )


_ADVERBS_BEFORE_EXPECT = frozenset(
    {"now", "still", "also", "generally", "broadly", "largely", "mostly", "widely"}
)
_LINKS_IN_SUBJECT = frozenset({"at", "in", "from", "of", "with", "for", "across", "on"})


def _plural_subject_before(before: str) -> bool:
    """Whether the words before a base-form "expect" end a plural subject: "Forecasters", "Analysts now", "Economists
    at the bank" (the review of session 24: an adverb or a preposition's phrase may come between)."""
    ws = before.split()
    while ws and ws[-1].lower() in _ADVERBS_BEFORE_EXPECT:
        ws.pop()
    if not ws:
        return False
    if _plural_subject_word(ws[-1].lower()):
        return True
    tail = [w.lower() for w in ws[-6:]]
    k = next((k for k in range(len(tail) - 1, 0, -1) if tail[k] in _LINKS_IN_SUBJECT), None)
    return (
        k is not None
        and _plural_subject_word(tail[k - 1])
        and not any(w.endswith((",", ";", ":")) for w in tail[k - 1 :])
    )


# A reporting verb as a whole word; "according to" handled on its own.
# "..., the observatory estimates": a short subject after a comma closing a claim.
_CLOSING_SUBJECT = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+$")
# "Data published by NHS England showed ...", "Polls show ...", "A recent survey found ...": a
# document, a count or an inquiry as the subject of a finding verb (DOCUMENT_FINDING_VERBS), which
# then reports without "that".
DOCUMENT_SUBJECT = re.compile(
    r"\b(?:" + "|".join(sorted(DOCUMENT_SOURCES, key=len, reverse=True)) + r")\b[^,;.“”\"]{0,60}"
    # An aside set off by commas between the document and its verb (session 10): "A Ledger poll, conducted
    # with Harbour Research, shows Okafor ahead".
    r"(?:,[^,;.“”\"]{1,120},\s*)?$",
    re.IGNORECASE,
)

# What is added when "add" is not speech: a number or a noun phrase ("add 14 aircraft", "added a new line").
# A comparison's expectation: "smaller than they had expected", "higher than many analysts forecast" is
# no one's statement, whoever is named between (lead, session 31: "than they had expected and would not hit ..."
# gave the cue "expected" a claim of its own). A count after "than" is a subject that does expect ("more than 20
# economists expected the bank to hold rates").
_THAN_WHO_BEFORE = re.compile(
    r"\bthan\s+(?!(?:\d|half|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|"
    r"a\s+(?:third|quarter|half|dozen|few|handful))\b)(?:[A-Za-z’'-]+\s+){1,3}$"
)
_COMPARED_EXPECTATIONS = frozenset(
    {
        "expect",
        "expects",
        "expected",
        "forecast",
        "forecasts",
        "predicted",
        "predict",
        "projected",
        "estimated",
    }
    | {"anticipated"}
)
_ADDED_OBJECT = re.compile(
    r"^\s+(?:\d|a\b|an\b|more\b|another\b|new\b|some\b|extra\b|over\b|about\b|around\b|nearly\b|almost\b|"
    r"up\s+to\b|roughly\b|its\b|their\b|his\b|her\b|that\s+(?:much|many|amount|number|sum|total)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|fifty|hundred|thousand|dozens?|hundreds|thousands)\b)",
    re.IGNORECASE,
)
# "points"/"point" as the noun of a change in a figure, before "to": "fell three points to 41%",
# "rose 1.4 percentage points to", "gained a point to", "by five points to". Not "Okafor points to".
_POINTS_OF_A_FIGURE = re.compile(
    r"(?:\d[\d.,]*%?|\b(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r"|a|half\s+a|a\s+few|several|few|many|more|fewer|percentage|basis|bonus|match|set|game)"
    r")\s+$",
    re.IGNORECASE,
)
# The object and predicate of a naming verb that gives a verdict: "called him a liar", "branded the
# plan a disgrace", "labelled Okafor divisive", "called it the worst deal ever". The predicate is
# "a/an" + noun, "the" + superlative, or an adjective by its ending; never a preposition or a
# particle ("called the police after", "called him back", "called the race for").
_NAMING_PREDICATE = re.compile(
    r"^\s+(?:him|her|them|it|himself|herself|themselves|us|me|this|that"
    r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
    r"|(?:the|his|her|their|its|this|that)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)"
    r"\s+(?!unless\b|until\b)(?:(?:a|an)\s+[a-z]|the\s+(?:worst|best|most|greatest|biggest|least|only|real)\b|(?:very|too|so|more|less)\s+[a-z]"
    # Session 7: a possessive predicate ("called her son her hero"), "nothing short of", "one of",
    # a noun with its complement ("called it the enforcement of ..."; not "the next day").
    r"|(?:his|her|their|my|our|your)\s+[a-z]|nothing\s+(?:short\s+of|but|less|more)\b|one\s+of\b"
    r"|the\s+(?!next\b|following\b|same\b|day\b|night\b|morning\b|evening\b|week\b|month\b|year\b)[a-z]+\s+(?:of|for)\b"
    r"|(?:un|dis)[a-z]{4,}\b(?<!ly)|[a-z]+(?:ous|ful|ive|ic|al|ble|ent|ant|less|ist|est|ish|ible|ary|ory|y)\b(?!\s+(?:of|to|for|from|in|on|at|by)\b))"
)
# A quotation soon after a describing verb: "called the draft “a rich-country text”".
# An apostrophe inside a word ("the council’s suspension “arbitrary”") is no quotation mark.
# A straight single mark opens a quotation after a space, as headlines write them ("calls plan 'racist'").
_QUOTE_AHEAD = re.compile(r"^(?:[^.;!?“”\"‘’]|(?<=\w)[’'](?=\w)){0,60}?(?:[“‘\"]|(?<=\s)')")
# A pronoun or a name right before the verb: "He called", "Menon called" (not "a group called").
# "who" stands for the name before it: "Okafor, who has called the levy a tax on work".
# Session 34 (s34-att): also a name closing an appositive, "whose chair, Tarquin Scarrowmede, called a January closure
# ‘the least bad option’" (dev30), "The chamber's chair, NAME, called" (no cue before).
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:he|she|they|it|we|He|She|They|It|We|who)|\b[A-Z][\w’'-]+,?)\s+(?:(?:also|has|have|had|once|repeatedly)\s+)?$"
)


# The object of a naming verb, then its predicate in quotation marks (session 9): "called the levy
# “a tax on work”", "called Harbourton's standards “strong”"; an object of at most six words.
_OBJECT_THEN_QUOTE = re.compile(
    r"\s+(?!(?:an?|so)\s)(?:him|her|them|it|[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)\s+(?:[“\"‘]|'(?=\w))"
)


# An indefinite noun phrase right before a naming verb: "a group called", "an app dubbed" (session 7).
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another|some)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def trie_pattern(words_: list[str] | set[str] | frozenset[str]) -> str:
    """One alternation of many words as a character trie ("sa(?:id|ys|y)..."): the regex engine then
    tries one branch per character instead of every word at every position (hundreds of cues)."""
    trie: dict[str, Any] = {}
    for w in words_:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Longest first, as the sorted alternation did: the optional tail is tried before stopping.
        return "(?:" + body + ")?" if ends else body

    return build(trie)


CUE = re.compile(r"\b(?:" + trie_pattern(set(REPORTING_VERBS)) + r")\b")
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\b")
# What every ``ACCORDING_TO`` match holds: tested with ``in`` first (session 19, speed), because the
# pattern opens with a word boundary, which the engine tries at every character of every sentence.
ACCORDING_TO_HINT = "ccording to"

# Adverbials that may stand between a subject and its cue and are skipped when
# looking for the subject: "NATO on Wednesday said", "he told a press conference".
# Times: skipped back to their preposition ("late on Tuesday", "in March 2021").
TIME_WORDS = words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year weekend "
    "january february march april may june july august september october november december morning evening "
    "night"
)
# Venues and channels: "in a statement", "at a press conference", "on Twitter", "on national
# television". Skipped only when a preposition opens them and nothing but lowercase modifiers stand
# between: a venue word can itself be the subject ("In a filing on Monday, Twitter said").
VENUE_WORDS = words(
    "statement interview conference briefing meeting speech remarks twitter facebook television radio podcast"
)
VENUE_PREPOSITIONS = words("on in at during via after")
# Units and count qualifiers of a time "ago" between a subject and its cue: "The board two weeks ago said".
AGO_UNITS = words("minute hour day week month year decade")
AGO_QUALIFIERS = words("less more than about just only nearly almost some over")
ADVERBIAL_PREPOSITIONS = frozenset(
    {"on", "in", "at", "during", "last", "this", "late", "early", "via", "earlier", "later", "after"}
)
DETERMINERS = frozenset(
    {"the", "a", "an", "one", "two", "three", "four", "several", "some", "many", "another"}
)
# Heads that can end a descriptive source: "a Pentagon official", "the ministry", "the report".
SOURCE_HEADS = (
    ANONYMOUS_HEADS
    | LOWER_ROLE_HEADS
    | DOCUMENT_HEADS
    | GOVERNMENT_HEADS
    | MEDIA_HEADS
    | ORG_HEADS
    | {
        "minister",
        "chief",
        "alliance",
        "organization",
        "group",
        "company",
        "firm",
        "militia",
        "leader",
        "president",
        "military",
        # Plural heads whose singular is irregular (issue 14, session 6): "White House spokesmen said".
        "spokesmen",
        "spokeswomen",
        "spokespeople",
    }
)
# Sentence adverbs that open a sentence capitalised and set off by a comma: "However, the vote,
# said Okafor, ..." reads "the vote" as an appositive of the word before it, which is never a
# source (issue 14, session 7).
SENTENCE_ADVERBS = words(
    "however meanwhile moreover furthermore nonetheless nevertheless instead still yet indeed besides "
    "likewise similarly otherwise therefore thus hence consequently accordingly finally ultimately "
    "meantime regardless notably importantly overall anyway admittedly ironically fortunately "
    "unfortunately initially previously separately later earlier now today yesterday also too again"
)
# Words that end a backwards scan for a subject: verbs and conjunctions.
SCAN_STOP = frozenset(
    {"and", "but", "or", "that", "which", "who", "when", "while", "because", "if", "as", "than", "to"}
    # Subordinators (session 13): "closed the pier after engineers found that ..." is the engineers'
    # finding, not "the north pier after engineers"'.
    | {"after", "before", "although", "though", "unless", "whereas", "until", "once"}
)


@dataclass(frozen=True)
class Phrase:
    start: int  # offsets in the string scanned
    end: int
    text: str
    kind: str  # pronoun, name, descriptor


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str
    lemma: str


def mask_quotes(text: str, spans: list[tuple[int, int]], base: int = 0) -> str:
    """``text`` with quoted words (absolute ``spans`` shifted by ``base``) replaced by ``x``.

    A quote's last punctuation is kept so sentence ends survive masking.
    """
    chars = list(text)
    for a, b in spans:
        a, b = a - base, b - base
        if b <= 0 or a >= len(chars):
            continue
        a, b = max(a, 0), min(b, len(chars))
        keep_end = b
        while keep_end > a and chars[keep_end - 1] in ".!?,":
            keep_end -= 1
        for i in range(a, keep_end):
            if not chars[i].isspace():
                chars[i] = MASK
    return "".join(chars)


# An -ing word after an owner ("the club’s", "its") is a noun: no participle follows a possessive. "warning", the
# one participle cue news uses as a noun too, is one after a determiner and one modifier ("a boxed warning", "a
# stern warning"); other -ing cues are not ("with the mayor saying ...").
# "X’s" is also "X is" ("He’s claiming that ...", "Trump’s saying"): an owner only before a preposition or a verb
# of its own ("the club’s warning had been ignored", "the union’s warning of strikes"), never a pronoun's.
_OWNER_BEFORE_ING = re.compile(
    r"(?:(?<![\w’'-])(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]hat|[Ww]ho|[Hh]ere|[Ww]here)[’'])[\w-]+(?:’s|'s)"
    r"|(?<![\w’'-])(?:[Ii]ts|[Hh]is|[Tt]heir|[Oo]ur))\s+$"
)
_NOUN_GOES_ON = re.compile(
    r"\s+(?:about|of|on|over|against|to|from|in|at|for|had|has|have|was|were|is|are|would|will|could|came|went)\b"
)
_DETERMINED_BEFORE_NOUN = re.compile(
    r"(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his)\s+[a-z][a-z-]*(?<!ly)\s+$"
)
NOUN_AS_OFTEN = words("warning warnings")
# Verbs after which "repeated" before a plural is an adjective (a past in -ed besides). Not prepositions: PolNeAR
# dev's "despite repeated warnings from his attorney that ..." is a relation whose cue holds "repeated".
ADJECTIVE_AFTER = words("ignore ignores ignoring make makes made heed heeds heeding")
_PLURAL_NEXT = re.compile(r"\s+[a-z][a-z-]*s\b")
_THAT_NEXT = re.compile(r"\s+that\b")
# Nouns an -ing word modifies ("warning signs", "warning shots", "briefing notes"): the -ing word is no cue.
ING_COMPOUND_HEADS = words(
    "sign signs light lights shot shots label labels letter letters notice notices system systems siren sirens "
    "bell bells note notes paper papers room rooms session sessions"
)
_ING_COMPOUND = re.compile(r"\s+(?:" + "|".join(sorted(ING_COMPOUND_HEADS)) + r")\b")
# The word before a cue. Compiled once: ``re.search`` with a pattern string looks it up in the module's
# cache on every call, a cost paid per cue.
_WORD_BEFORE_CUE = re.compile(r"(\S+)\s+$")
# "a"/"an" and one lowercase noun before a cue's base form: no subject of it (a singular would take "-s"), so the
# cue word is the head of a compound noun ("A pump fault halted the ferry", session 19: dev15's source was the
# words before the cue). Not a share ("a few warn", "a number say"): their verb takes the plural.
_A_NOUN_BEFORE = re.compile(
    # not the last of coordinated subjects ("Residents and a councillor say": review of session 19)
    r"(?<!\band\s)(?<!\bor\s)(?<![\w’'-])[Aa]n?\s+(?!(?:few|number|lot|couple|dozen|majority|minority|handful|third|quarter|half|"
    r"fraction|host|range|variety|series|group)\s)[a-z][a-z-]*\s+$"
)


def cues_in(masked: str) -> list[Cue]:
    """Reporting cues in masked text, minus passives ("is said to be") and adjectives ("the said")."""
    out: list[Cue] = []
    for m in CUE.finditer(masked):
        word = m.group()
        prev = _WORD_BEFORE_CUE.search(masked[max(0, m.start() - 20) : m.start()])
        prev_w = prev.group(1).lower() if prev else ""
        after = masked[m.end() : m.end() + 12].lower()
        if prev_w in PASSIVE_AUXILIARIES and not after.startswith(" by") and not word.endswith("ing"):
            continue  # "is said to be", "was reported missing", "were estimated"
        if prev_w in ("the", "a", "an", "this", "that", "having"):
            continue  # "the said agreement", "a report", "having said that"
        low = word.lower()
        if low == "citing":
            continue  # "..., citing the attack": the reason for a claim, not a new one
        if (
            low == "repeated"
            and (prev_w.endswith("ed") or prev_w in ADJECTIVE_AFTER)
            and _PLURAL_NEXT.match(masked, m.end())
        ):
            continue  # "had ignored repeated warnings": an adjective (review of session 23)
        if low.endswith("ing") and (
            (
                _OWNER_BEFORE_ING.search(masked, max(0, m.start() - 40), m.start())
                and _NOUN_GOES_ON.match(masked, m.end())
            )
            or _ING_COMPOUND.match(masked, m.end())
            or (
                low in NOUN_AS_OFTEN
                and _DETERMINED_BEFORE_NOUN.search(masked, max(0, m.start() - 40), m.start())
                # "his stern warning that ...": what was warned of follows (a relation in PolNeAR train)
                and not _THAT_NEXT.match(masked, m.end())
            )
        ):
            # "required a boxed warning about liver damage", "the club’s warning had been ignored", "had missed
            # warning signs": the -ing word is a noun, not the participle of a report (session 23: dev6, dev13 and
            # dev16 each had one; the claims were "About liver damage." and "Signs at the farm.").
            continue
        if REPORTING_VERBS.get(low) == low and _A_NOUN_BEFORE.search(
            masked, max(0, m.start() - 40), m.start()
        ):
            continue  # "A pump fault halted the ferry": a base form after "a" and a noun is a compound's noun
        if low.startswith("point") and _POINTS_OF_A_FIGURE.search(masked[max(0, m.start() - 30) : m.start()]):
            continue  # "fell three points to 41%": the noun of a figure's change, not "X pointed to"
        if (
            low in NEEDS_THAT
            # (its "that" looked for first: session 28, speed)
            and not ("that" in (ahead := masked[m.end() : m.end() + 90]) and THAT_FOLLOWS.match(ahead))
            and not (
                low in ("asked", "asks", "asking") and REQUEST_FOLLOWS.match(masked[m.end() : m.end() + 60])
            )
            and not (_CLOSING_SUBJECT.search(masked[: m.start()]) and CLOSES_CLAIM.match(masked[m.end() :]))
            and not (
                REPORTING_VERBS[low] in DOCUMENT_FINDING_VERBS
                and DOCUMENT_SUBJECT.search(masked[: m.start()])
            )
            and not (low in CLAUSE_REPORTING_FORMS and CLAUSE_FOLLOWS.match(masked[m.end() : m.end() + 40]))
            and not (
                low in FIGURE_OBJECT_FORMS
                and prev_w not in _NOUN_FORECAST_BEFORE
                # not inside a relative clause: "Halden Energy, which predicted profits of £2bn in March, cut 400 jobs"
                and _RELATIVE_JUST_BEFORE.search(masked, max(0, m.start() - 40), m.start()) is None
                and not prev_w.endswith(("’s", "'s", "s’", "s'"))
                and figure_object_follows(masked, m.end())
            )
            and not (_AFTER_A_CLAIM.search(masked[: m.start()]) and _INVERTED_NAME.match(masked[m.end() :]))
        ):
            continue  # "the states", "police found a body", "he continued to serve"
        if (
            low == "showing"
            and not (
                _DOCUMENT_JUST_BEFORE.search(masked[max(0, m.start() - 60) : m.start()])
                and (
                    THAT_FOLLOWS.match(masked[m.end() : m.end() + 90])
                    # A clause without "that" only when the document does not open the sentence: there the
                    # clause's verb may be the sentence's ("Survey results showing a lead were published").
                    or (
                        CLAUSE_FOLLOWS.match(masked[m.end() :])
                        and not _OPENING_WORDS.match(masked[: m.start()])
                    )
                    # A determined noun phrase, what the document shows (session 10): "with recent polls
                    # showing a tightening of the race", "polls showing Okafor's once wide lead gone".
                    or (
                        _DETERMINED_OBJECT.match(masked, m.end())
                        and not _OPENING_WORDS.match(masked[: m.start()])
                    )
                )
            )
        ):
            continue  # "dockers showing signs of strain", "results showing a lead were published" (session 8)
        if low in ("add", "adds", "added", "adding") and _ADDED_OBJECT.match(masked[m.end() : m.end() + 20]):
            continue  # "the airline would add 14 aircraft": adding things, not words
        if low in ("admit", "admits", "admitted", "admitting") and _ADDED_OBJECT.match(
            masked[m.end() : m.end() + 20]
        ):
            continue  # "admitted 14 counts of fraud": a plea, not a statement
        if low == "expect" and not (
            _plural_subject_before(masked[max(0, m.start() - 80) : m.start()])
            and _expectation_follows(masked, m.end())
        ):
            continue  # "to expect", "should expect", "Expect delays": no one named expects it
        if low in ("expects", "expected") and prev_w in ("as", "than", "not", "widely"):
            continue  # "as expected", "better than expected": a comparison, not someone's forecast
        if low in _COMPARED_EXPECTATIONS and _THAN_WHO_BEFORE.search(
            masked[max(0, m.start() - 60) : m.start()]
        ):
            continue  # "smaller than they had expected": a comparison with someone's forecast, not a statement
        if (
            REPORTING_VERBS[low] in NAMING_VERBS
            and not (
                low.startswith("call") and re.match(r"\s+(?:for|on|upon)\b", masked[m.end() : m.end() + 8])
            )
            and not (
                _QUOTE_AHEAD.match(masked[m.end() : m.end() + 80])
                and _NAMED_BEFORE.search(masked[: m.start()])
            )
            and not (
                # An object, then its quoted predicate, after any subject but an indefinite one or a passive:
                # "Diaz, a pilot, called Harbourton's standards “strong”", "..., calling the pilots “pirates”"
                # (session 9; "a class called “Rivers and Towns”" has no object before its quotation).
                _OBJECT_THEN_QUOTE.match(masked, m.end(), m.end() + 80)
                and not _INDEFINITE_BEFORE.search(masked[max(0, m.start() - 40) : m.start()])
                and prev_w not in PASSIVE_AUXILIARIES
            )
            and not (
                _NAMING_PREDICATE.match(masked[m.end() : m.end() + 100])
                and (
                    _NAMED_BEFORE.search(masked[: m.start()])
                    or _source_head_before(masked[: m.start()])
                    # Any subject but an indefinite noun phrase, which the verb describes ("a group
                    # called the Friends ..."): "Critics call it ...", "Okafor's office calls ..." (session 7).
                    or (
                        not _INDEFINITE_BEFORE.search(masked[max(0, m.start() - 40) : m.start()])
                        and prev_w not in PASSIVE_AUXILIARIES
                    )
                )
            )
        ):
            continue  # "a group called X", "a plan dubbed X"; "He called the draft “...”", "She called him a liar"
        if REPORTING_VERBS[low] in ("make clear", "make it clear") and not _MADE_CLEAR_WHAT.match(
            masked[m.end() : m.end() + 40]
        ):
            continue  # "made clear glass look green": an adjective, not a plain statement
        out.append(Cue(m.start(), m.end(), word, REPORTING_VERBS[fold_key(word)]))
    for m in ACCORDING_TO.finditer(masked) if ACCORDING_TO_HINT in masked else ():
        out.append(Cue(m.start(), m.end(), m.group(), "according to"))
    out.sort(key=lambda c: c.start)
    return out


# A document right before "showing", a time or a participle at most between (issue 14, session 8): "with
# polls showing ...", "emails that night showing that ...", "a video released Monday showing ...".
_DOCUMENT_JUST_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(DOCUMENT_SOURCES, key=len, reverse=True)) + r")"
    r"(?:\s+(?:that|this|last)\s+(?:night|day|week|month|morning|year)|\s+(?:released|published|obtained|posted)"
    r"(?:\s+(?:on\s+)?\w+day)?)?\s+$",
    re.IGNORECASE,
)
# No "her": an object pronoun too ("videos showing her at the port").
_DETERMINED_OBJECT = re.compile(r"\s+(?:a|an|the|his|their|its|[A-Z][\w’'-]*(?:’s|'s))\s+[\w’'-]")
_OPENING_WORDS = re.compile(r"^\s*(?:[\w’'-]+\s+){0,4}$")
# What "made (it) clear" states (issue 14, session 8): a "that" clause, a clause ("made it clear the vote
# will go ahead"), a question word or a determined noun phrase ("made clear her aim to ...").
_MADE_CLEAR_WHAT = re.compile(
    r"(?:\s+(?:to\s+[\w’'.-]+|on\s+\w+|in\s+[\w’'.-]+(?:\s+[\w’'.-]+)?|again|repeatedly|publicly)){0,2},?\s+"
    r"(?:that|the|a|an|his|her|their|its|our|my|this|these|those|how|what|why|whether|who|he|she|they|it|we|i|"
    r"there|no|[A-Z])\b"
)


def _source_head_before(before: str) -> bool:
    """ "The mayor labelled ...", "Union leaders branded ...": a source head right before a naming verb."""
    m = re.search(r"\b([a-z]+)\s+(?:also\s+)?$", before)
    return m is not None and (m.group(1) in SOURCE_HEADS or m.group(1).rstrip("s") in SOURCE_HEADS)


def _title_period(toks: list[Token], j: int) -> bool:
    """True when the period at ``j`` closes a title's abbreviation ("Dr.", "Sen."), which ends no appositive:
    "Its harbour master, Dr. Mira Holt, said" (session 18; the period stopped the scan for the comma)."""
    return (
        toks[j].text == "."
        and j >= 1
        and toks[j - 1].end == toks[j].start
        and toks[j - 1].lower in TITLE_ABBREVIATIONS
    )


def _is_name_token(t: Token) -> bool:
    return t.text[:1].isupper() or t.lower.split("-")[0] in NAME_PARTICLES or (t.text == ".")


# Asked again of the same cue by the speakers, the attributions and the quotes (a fifth of the calls on the
# seeds): kept for the last few (session 27, speed). A few, so that only calls of one sentence meet.
@functools.lru_cache(maxsize=8)
def subject_before(masked: str, pos: int) -> Phrase | None:
    """The noun phrase a cue at ``pos`` reports for: "Stoltenberg", "he", "the NATO chief", "a Pentagon official"."""
    lo = max(0, pos - 160)
    toks = tokens(masked[lo:pos])
    i = len(toks) - 1

    i = _skip_adverbials(toks, i)
    if i < 0:
        return None
    # A party and state tag after a name: "Harry Reid (D-Nev.) said", "Ana Ruiz, D-N.M., told".
    # (only with its closing parenthesis last or a hyphen in reach: most subjects have neither; session 28, speed)
    end = lo + toks[i].end
    tag = (
        _PARTY_TAG.search(masked, lo, end)
        if masked[end - 1] == ")" or masked.find("-", lo, end) >= 0
        else None
    )
    if tag is not None:
        while i >= 0 and lo + toks[i].start >= tag.start():
            i -= 1
        if i < 0:
            return None
    # Appositive: "Stoltenberg, the NATO chief, said" / "Austin, who ..., said".
    if toks[i].text == ",":
        j = i - 1
        while (
            j >= 0
            and (toks[j].text not in (",", ".", ";", ":", "“", "”", '"') or _title_period(toks, j))
            and i - j < 16
        ):
            j -= 1
        if j >= 0 and toks[j].text == "," and j + 1 < i and _describes(toks[j + 1 : i]):
            i = j - 1
            second = _second_appositive(toks, i)
            if second is not None:
                # "Tomas Rebane, a geologist at the Varsk Institute, who has studied the cliffs, said": a relative
                # clause after the person's appositive; the name before both speaks (session 32)
                i = second
        elif j >= 0 and toks[j].text == "," and j + 1 < i and all(_is_name_token(t) for t in toks[j + 1 : i]):
            # "the minister, Omar Haddad, said": the name between the commas is the subject
            return _phrase(masked, lo, toks, j + 1, i - 1, "name")
        elif j >= 0 and toks[j].text == "," and j + 1 < i and toks[j + 1].lower.endswith("ed"):
            # "Trump’s state director, Mike Rubino, reached out to the firm, writing": the clause between
            # the commas is the sentence's verb and object; its subject stands before it.
            return subject_before(masked, lo + toks[j].end)
        else:
            return None
    if i < 0:
        return None
    t = toks[i]
    contracted = _CONTRACTED.match(t.text)
    if contracted is not None and contracted.group(1).lower() in CONTRACTED_SUBJECTS:
        # "he’s argued", "they've called", "who’d previously endorsed": the auxiliary is part of the token.
        word = contracted.group(1)
        t = Token(t.start, t.start + len(word), word)
        if t.lower == "who" and i >= 1 and toks[i - 1].text == ",":
            return subject_before(masked, lo + toks[i - 1].start)
    if t.lower in PERSON_PRONOUNS or t.lower in PLURAL_PRONOUNS or t.text == "I" or t.lower == "it":
        return Phrase(lo + t.start, lo + t.end, t.text, "pronoun")
    if t.lower in ("which", "who") and i >= 1 and toks[i - 1].text == ",":
        # "according to the agency, which said ...": the relative pronoun stands for the noun before it.
        found = subject_before(masked, lo + toks[i - 1].start)
        if t.lower == "who" and found is not None:
            return _described_by_appositive(masked, found) or _name_before_appositive(masked, found) or found
        return found
    share = _share_subject(masked, lo, toks, i)
    if share is not None:
        return share
    if t.text.endswith(("’", "'")) or t.text in (")", "]"):
        return None
    if t.text == "." and i >= 1 and toks[i - 1].lower in NAME_SUFFIXES and toks[i - 1].end == t.start:
        # "Tomas Brandt Jr. said": the suffix's period ends the name
        return _name_subject(masked, lo, toks, i)
    if _is_name_token(t) and t.text != ".":
        if t.lower in SENTENCE_ADVERBS and (i == 0 or not toks[i - 1].text[:1].isalnum()):
            return None  # "However, the vote, said Okafor, ...": a sentence adverb is never a source
        return _name_subject(masked, lo, toks, i)
    if t.text[:1].islower() and t.text.replace("-", "").isalpha():  # "the front-runner"
        found = _descriptor_subject(masked, lo, toks, i)
        return _coordinated_description(masked, lo, toks, i, found) or found
    return None


# A name that is a preposition's object inside an appositive: "Ann Lee, a pilot from Dover, Delaware, who
# said", "Ann Lee, the ranking Democrat on the Harbour Committee, who said" (session 9).
_OBJECT_OF_PREPOSITION = re.compile(
    r"\b(?:from|in|of|at|on|for|with|near)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*,?\s+){0,3}$"
)
# The appositive's opening comma: ", a pilot", ", the ranking Democrat", ", the leader".
_APPOSITIVE_OPENING = re.compile(r",\s+(?:a|an|the|[a-z][\w-]*)\s")


def _described_by_appositive(masked: str, found: Phrase) -> Phrase | None:
    """ "who" after an appositive whose last words name a place or a body stands for the name the
    appositive describes; before, "Delaware" or "Harbour Committee" spoke."""
    lo = max(0, found.start - 160)
    prep = _OBJECT_OF_PREPOSITION.search(masked, lo, found.start)
    if prep is None:
        return None
    openings = list(_APPOSITIVE_OPENING.finditer(masked, lo, prep.start()))
    if not openings:
        return None
    opening = openings[-1]  # the comma opening the appositive, the last before the preposition
    named = subject_before(masked, opening.start())
    return named if named is not None and named.kind == "name" else None


_COMMA_END = re.compile(r",\s+$")


def _name_before_appositive(masked: str, found: Phrase) -> Phrase | None:
    """ "who" after a description set off by commas right after a name stands for the name (session 32): "said
    Orla Brennick, the trust's director, who described ...", "Tam Roe, an analyst at Pell Securities, who estimated
    ...". Before, the description ("the trust's director") was the source, where the article names the person."""
    if found.kind != "descriptor":
        return None
    comma = _COMMA_END.search(masked, max(0, found.start - 4), found.start)
    if comma is None:
        return None
    named = subject_before(masked, comma.start())
    return named if named is not None and named.kind == "name" and named.end == comma.start() else None


# How many words the second of two coordinated descriptions may have ("and Republican presidential
# candidate").
COORDINATED_WORDS = 4


# Heads of a coordinated description of one person, besides roles: "the senator and Republican nominee".
COORDINATED_HEADS = words(
    "nominee candidate front-runner frontrunner contender hopeful congressman congresswoman"
)


def _office_head(word: str) -> bool:
    return word in ROLE_WORDS or word in LOWER_ROLE_HEADS or word in COORDINATED_HEADS


def _coordinated_description(
    masked: str, lo: int, toks: list[Token], i: int, found: Phrase | None
) -> Phrase | None:
    """ "the Ohio senator and Republican candidate said": two descriptions of one person joined by "and",
    the first with "the" and the second with none, are one subject (not just the words after "and")."""
    k = i - 1
    while k >= 0 and i - k <= COORDINATED_WORDS and toks[k].lower != "and":
        if not toks[k].text.replace("-", "").isalpha() or toks[k].lower in DETERMINERS:
            return None
        k -= 1
    if k < 1 or toks[k].lower != "and":
        return None
    if found is not None and found.start < lo + toks[k].start:
        return None  # the description already reaches over "and"
    prev = toks[k - 1]
    if not (prev.text[:1].islower() and prev.text.isalpha()):
        return None
    if not (_office_head(prev.lower) and _office_head(toks[i].lower)):
        return None  # "The port closed and dockers say": a clause and a group, not two roles of one person
    first = _descriptor_subject(masked, lo, toks, k - 1)
    if first is None or first.text.split()[0].lower() != "the":
        return None
    end = lo + toks[i].end
    return Phrase(first.start, end, masked[first.start : end], "descriptor")


def _is_ly_adverb(t: Token) -> bool:
    """ "has traditionally argued", "jokingly offered", "strongly denounced": a manner adverb."""
    return len(t.text) > 4 and t.text.islower() and t.text.endswith("ly") and t.lower not in LY_NOT_ADVERBS


# A subject with its auxiliary contracted onto it: "he’s", "they've", "who’d", "she’ll".
_CONTRACTED = re.compile(r"^([A-Za-z]+)[’'](?:s|d|ve|re|ll)$")
CONTRACTED_SUBJECTS = words("he she they we i it who")


def _skip_adverbials(toks: list[Token], i: int) -> int:
    """Back over the adverbials between a subject and its cue: "on Wednesday", "in a statement"."""
    changed = True
    while changed and i >= 0:
        changed = False
        while i >= 0 and (toks[i].lower in CUE_ADVERBS or _is_ly_adverb(toks[i])):
            i -= 1
            changed = True
        if i >= 1 and toks[i].lower == "to" and toks[i - 1].lower in ASPECTUAL_VERBS:
            i -= 1  # "continues to say"
        if i >= 0 and toks[i].lower in ASPECTUAL_VERBS:
            i -= 1  # "keeps telling"
            changed = True
        # "two weeks ago", "less than a year ago" (session 13): a count, its unit and what qualifies the count
        if i >= 2 and toks[i].lower == "ago" and toks[i - 1].lower.rstrip("s") in AGO_UNITS:
            i -= 3
            while i >= 0 and toks[i].lower in AGO_QUALIFIERS:
                i -= 1
            changed = True
            continue
        # "on Wednesday", "late on Tuesday", "in March 2021"
        if i >= 0 and (toks[i].lower in TIME_WORDS or toks[i].text.isdigit()):
            j = i
            while j >= 0 and i - j < 5 and toks[j].lower not in ADVERBIAL_PREPOSITIONS:
                j -= 1
            if j >= 0 and toks[j].lower in ADVERBIAL_PREPOSITIONS:
                i = j - 1
                changed = True
        # "in a statement", "at a press conference", "on Twitter"
        elif i >= 0 and toks[i].lower in VENUE_WORDS:
            j = i - 1
            while j >= 0 and i - j < 4 and toks[j].text.isalpha() and toks[j].text.islower():
                if toks[j].lower in VENUE_PREPOSITIONS:
                    i = j - 1
                    changed = True
                    break
                j -= 1
    return i


def _name_subject(masked: str, lo: int, toks: list[Token], i: int) -> Phrase:
    """A run of name tokens ending at ``i`` ("Jens Stoltenberg"), or the person a body's name belongs to."""
    j = i
    while j - 1 >= 0 and (
        _is_name_token(toks[j - 1])
        or (toks[j - 1].lower in ("of", "for") and j - 2 >= 0 and toks[j - 2].text[:1].isupper())
    ):
        if toks[j - 1].text == "." and not (j - 2 >= 0 and len(toks[j - 2].text) == 1):
            break
        j -= 1
    # "a spokesperson for Network Rail", "an official at the ministry": the person, not the body.
    jj = j - 1 if j - 1 >= 0 and toks[j - 1].lower == "the" else j
    if (
        jj - 2 >= 0
        and toks[jj - 1].lower in ("for", "of", "at", "from", "with")
        and toks[jj - 2].lower in ANONYMOUS_HEADS
    ):
        k = jj - 2
        while (
            k - 1 >= 0
            and jj - k < 6
            and toks[k - 1].text[:1].isalpha()
            and toks[k - 1].lower not in SCAN_STOP
        ):
            k -= 1
            if toks[k].lower in DETERMINERS:
                break
        if toks[k].lower in DETERMINERS:
            return _phrase(masked, lo, toks, k, i, "descriptor")
    # A determiner before the run makes it a descriptor: "the NATO secretary general".
    return _phrase(masked, lo, toks, j, i, "name")


def _descriptor_subject(masked: str, lo: int, toks: list[Token], i: int) -> Phrase | None:
    """A description ending in a source head at ``i``: "a Pentagon official", "the head of the alliance"."""
    t = toks[i]
    # Descriptor: up to six words back to a determiner, ending in a source head.
    head = t.lower
    if head not in SOURCE_HEADS and head.rstrip("s") not in SOURCE_HEADS:
        return _role_of(masked, lo, toks, i) or _any_description(masked, lo, toks, i)
    j = i
    while j - 1 >= 0 and i - j < 9:
        p = toks[j - 1]
        inside_name = (
            p.lower in ("and", "of", "for", "&")
            and j - 2 >= 0
            and toks[j - 2].text[:1].isupper()
            and toks[j].text[:1].isupper()
        )  # "A Department of Health and Social Care spokesperson"
        if p.text == "-" and j - 2 >= 0 and toks[j - 2].text.isdigit() and toks[j - 2].end == p.start:
            j -= 1  # "the 71-year-old diplomat": the number's hyphen is inside the description
            continue
        if not inside_name and (
            (p.lower in SCAN_STOP and p.text.islower())
            or (not (p.text[:1].isalnum()) and p.text not in ("’s", "'s", "’", "'"))
        ):
            break
        if (
            p.lower in REPORTING_VERBS
            and p.text.islower()
            # "The rail union", "the vent covers": a cue's form after a determiner modifies the head (session 25, the
            # lead's note: the source was "union")
            and not (j - 2 >= 0 and toks[j - 2].lower in DETERMINERS)
        ) or p.lower in PASSIVE_AUXILIARIES:
            break  # "State radio" is a name, "said the radio" is not
        j -= 1
        if p.lower in DETERMINERS:
            break
    if toks[j].lower in ("a", "an") and head.endswith("s") and not any(x.lower == "of" for x in toks[j:i]):
        j = i  # "a scheme prosecutors said": a singular determiner is not the plural head's
    if j - 2 >= 0 and toks[j - 1].lower == "of" and toks[j - 2].lower in PARTITIVES:
        j -= 2  # "One of the people said"
    # "the head of the military alliance": a role "of" an organisation.
    if (
        j >= 3
        and toks[j].lower in DETERMINERS
        and toks[j - 1].lower == "of"
        and toks[j - 2].lower in SOURCE_HEADS
        and toks[j - 3].lower in DETERMINERS
    ):
        j -= 3
    # "Iran’s top general" keeps its possessor; "Meanwhile, a number of Iraqi lawmakers" starts at "a".
    return _phrase(masked, lo, toks, j, i, "descriptor")


# A US party-and-state tag set off after a name, as the subject's last words: "(D-Nev.)",
# ", R-Ky.,", "(R-WI)", "(I-Vt.)". Skipped when looking for the subject before a cue.
# Also a bare state in parentheses: "Sen. Ted Cruz (Tex.) said", "Rep. Ana Ruiz (Ohio) has said".
_PARTY_TAG = re.compile(r"(?:\s*\(\s*(?:[DRI]-)?[A-Z][\w.]*\.?\s*\)|,\s*[DRI]-[A-Z][\w.-]*\.?,?)\s*$")

# Words opening an appositive that describes the subject rather than naming it:
# "Odell, 52, said", "Gunnarsson, Iceland's ambassador, told", "Opponents, led by ..., argued".
_APPOSITIVE_OPENERS = frozenset(
    {
        "the",
        "a",
        "an",
        "who",
        "which",
        "whose",
        "including",
        "such",
        "like",
        "both",
        "led",
        "backed",
        "joined",
    }
    | {"of", "from"}  # "Mark Owen, of Penford Police, said": an affiliation or a home town
)
# Quantifiers of a group: "One of the people", "Some of the residents".
PARTITIVES = frozenset(
    {"one", "some", "many", "most", "several", "two", "three", "none", "all", "each", "both", "half"}
)
# A share of a group as a subject: "three quarters said", "a majority said", "most said".
# "Nearly a third", "Almost half", "More than half": the modifier is part of the share (session 10).
_SHARE = compile_case_blind(
    r"(?:\b(?:nearly|almost|about|roughly|only|just|over|more\s+than|less\s+than|fewer\s+than)\s+)?"
    r"(?:\b(?:a|an|one|two|three|four|nine)\s+(?:quarters?|thirds?|fifths?|tenths?)|\bhalf|\ba\s+majority|\bmost|\bmany)\s*$",
)
# The word every ``_SHARE`` ends with: a token holds it whole, as the text's end.
_SHARE_WORD_END = compile_case_blind(r"(?:quarters?|thirds?|fifths?|tenths?|half|majority|most|many)$")


# Words after a past participle that opens an appositive ("based in", "led by", "known as"); an
# object after it (a determiner, a possessive, a name) makes it a finite verb instead.
PARTICIPLE_FOLLOWERS = words(
    "by in at to as on for from with into under over after before during since of about against last this "
    "earlier"
)


# Participles that take a name after them: "The group, called Harbour First, said".
NAMING_PARTICIPLES = words("called named nicknamed dubbed titled entitled renamed")


def _second_appositive(toks: list[Token], i: int) -> int | None:
    """When the appositive ``subject_before`` passed over was a relative clause ("who has studied ...") and the tokens
    ending at ``i`` are another appositive set off by commas right after a name ("Tomas Rebane, a geologist at the
    Varsk Institute"), the index of the name's last token; None otherwise (session 32)."""
    if i < 0 or toks[i + 2].lower != "who" or not toks[i].text[:1].isalnum():
        return None
    j = i
    while j >= 0 and toks[j].text not in (",", ".", ";", ":", "“", "”", '"') and i - j < 14:
        j -= 1
    if j < 1 or toks[j].text != "," or not _describes(toks[j + 1 : i + 1]) or toks[j + 1].text[:1].isupper():
        return None
    return j - 1 if _is_name_token(toks[j - 1]) and toks[j - 1].text[:1].isupper() else None


def _describes(toks: list[Token]) -> bool:
    """True when appositive tokens describe the subject (an age, a role, a participle phrase)."""
    first = toks[0]
    if first.lower in _APPOSITIVE_OPENERS or first.text.isdigit():
        return True
    if first.text.endswith(("’s", "'s")):
        return True  # "Iceland's ambassador to the WTO"
    if first.lower.endswith("ed"):
        # "based in Paris", "led by Lee", "elected last year": a participle; "endorsed Lee’s approach
        # Saturday" takes an object, so it is the sentence's verb, and the phrase before it its subject.
        nxt = toks[1].lower if len(toks) > 1 else ""
        return (
            not nxt
            or first.lower in NAMING_PARTICIPLES
            or nxt in PARTICIPLE_FOLLOWERS
            or nxt in TIME_WORDS
            or _is_ly_adverb(toks[1])
        )
    return any(t.lower in LOWER_ROLE_HEADS or t.lower in ROLE_WORDS for t in toks if t.text.islower())


def _share_subject(masked: str, lo: int, toks: list[Token], i: int) -> Phrase | None:
    if not toks[i].text.islower() or _SHARE_WORD_END.search(toks[i].text) is None:
        # tested first: the search below reads the whole text before the word, and its share's word ends at this
        # word's end (session 27, speed: asked of the word alone)
        return None
    start_text = masked[lo : lo + toks[i].end]
    m = _SHARE.search(start_text)
    if m is None:
        return None
    return Phrase(lo + m.start(), lo + toks[i].end, masked[lo + m.start() : lo + toks[i].end], "descriptor")


# Quantifiers and demonstratives that stand alone as a subject: "Others say", "Many said", "Those
# polled said". A bare "some" or "all" qualifies only sentence-first (not "at all", "and some").
# "another" after "while"/"but" answers a "One ... says" before it ("One firm says ..., while another says";
# session 10).
STANDALONE_SUBJECTS = words("others many most both few several those these some all none one another")
# Determiners and quantifiers that open a description with any head noun: "the candidate",
# "his longtime allies", "another official", "some residents", "both campaigns".
DESCRIPTION_OPENERS = DETERMINERS | words(
    "his her their its our my your this these those other others another both each every few most "
    "no several such"
)
# Words that cannot be the head of a description: adverbs, auxiliaries and function words
# ("they also said" is handled as a pronoun; "who then said" has no subject here).
_NOT_A_HEAD = words(
    "also then now still just even only again not never already reportedly repeatedly recently "
    "that which who whom whose when where while as if than to of in on at by for with from and or but "
    "he she it they we you i there here"
)


# Possessive determiners before a number in a description: "his two co-defendants", "their three sons".
POSSESSIVES = words("his her their its our my your")
NUMBER_OPENERS = words("one two three four five six seven eight nine ten several both")


def _any_description(masked: str, lo: int, toks: list[Token], i: int) -> Phrase | None:
    """ "The candidate said", "Some of Clinton's longtime allies said", "Others say": a description whose
    head is any noun, opened by a determiner or a quantifier, or a quantifier standing alone."""
    head = toks[i].lower
    if head in _NOT_A_HEAD or head.endswith("ly") or head in CUE_ADVERBS:
        return None
    at_start = i == 0 or not toks[i - 1].text[:1].isalnum()
    if head in STANDALONE_SUBJECTS and (at_start or toks[i - 1].lower in ("but", "and", "while")):
        return _phrase(masked, lo, toks, i, i, "descriptor")
    j = i
    while j - 1 >= 0 and i - j < 6:
        p = toks[j - 1]
        if p.lower in DESCRIPTION_OPENERS or (p.lower in PARTITIVES and i - j < 1):
            j -= 1
            if j - 2 >= 0 and toks[j - 1].lower == "of" and toks[j - 2].lower in PARTITIVES:
                j -= 2  # "Some of the residents"
            elif j - 1 >= 0 and toks[j].lower in NUMBER_OPENERS and toks[j - 1].lower in POSSESSIVES:
                j -= 1  # "His two co-defendants": the number has an owner (issue 14, session 6)
            return _phrase(masked, lo, toks, j, i, "descriptor")
        if p.text.endswith(("’s", "'s")) or p.text in ("’s", "'s", "-"):
            j -= 1  # "Clinton's longtime allies"
            continue
        if p.lower == "of" and j - 2 >= 0 and toks[j - 2].lower in PARTITIVES:
            return _phrase(masked, lo, toks, j - 2, i, "descriptor")  # "Some of Clinton's allies"
        if p.lower == "and" and head.endswith("s") and i - j < 2 and toks[i].text.islower():
            # Coordinated plurals (issue 14, session 7): "Her advisers and allies say", "Economists and
            # dockers say". The left part joins when it is a plural description of its own; else the
            # bare plural after "and" speaks alone ("The port closed and dockers say ...").
            left = _coordinated_left(toks, j - 2)
            return _phrase(masked, lo, toks, left if left is not None else j, i, "descriptor")
        if j - 1 == 0 and lo == 0 and p.lower in BARE_PLURAL_LEADERS and p.text[:1].isupper():
            break
        if (
            p.lower in SUBORDINATE_LEADERS
            and p.text.islower()
            and i - j <= 2
            and head.endswith("s")
            and not head.endswith("ss")
            and all(t.text.islower() and t.text.replace("-", "").isalpha() for t in toks[j : i + 1])
            and not any(t.lower in _NOT_A_HEAD or t.lower in SCAN_STOP for t in toks[j : i + 1])
        ):
            # "recalled the syrup after laboratory tests found that ...", "when investigators found": a bare
            # plural of up to three words opening a subordinate clause is its subject (session 13).
            return _phrase(masked, lo, toks, j, i, "descriptor")
        if not p.text[:1].isalnum() or p.lower in SCAN_STOP or p.lower in _NOT_A_HEAD:
            return None
        if (
            p.lower in REPORTING_VERBS
            # Session 33 (s33-att): "a state inspector", "the state auditor": a cue's form after a determiner modifies
            # the head, as in ``_descriptor_subject`` (dev27's and dev29's inspectors went unfound)
            and not (j - 2 >= 0 and toks[j - 2].lower in DETERMINERS and p.text.islower())
        ) or p.lower in PASSIVE_AUXILIARIES:
            return None
        j -= 1
    # A bare plural of up to three words opening the sentence: "Cement makers argue that ...",
    # "Election scholars caution that ..." (issue 14, session 6).
    # "But harbour pilots say", "Yet dockers insist": a conjunction opening the sentence is no part of
    # the bare plural after it (issue 14, session 7).
    first = 1 if j == 1 and toks[0].lower in BARE_PLURAL_LEADERS and toks[0].text[:1].isupper() else 0
    if (
        j == first
        and lo == 0
        and i - first <= 2
        and head.endswith("s")
        and not head.endswith("ss")
        and (toks[first].text[:1].isupper() or first == 1)
        and toks[first].lower not in SUBJECT_LEADERS
        and toks[first].lower not in _NOT_A_HEAD
        and toks[first].lower not in ("whether", "what", "how", "why", "who")
        and toks[i].text.islower()
        and all(
            t.text.replace("-", "").isalpha() and t.lower not in _NOT_A_HEAD for t in toks[first + 1 : i + 1]
        )
    ):
        return _phrase(masked, lo, toks, first, i, "descriptor")
    return None


# Subordinators opening a clause whose subject may be a bare plural (session 13).
SUBORDINATE_LEADERS = words("after before because when while although though since until once whereas unless")
# Conjunctions opening a sentence before a bare plural subject (issue 14, session 7).
BARE_PLURAL_LEADERS = words("but yet and so still now while although though because whereas")


def _coordinated_left(toks: list[Token], k: int) -> int | None:
    """The first token of a plural description ending at ``k`` ("her advisers", "union leaders",
    "Economists"), of three words at most, opened by a determiner, a possessive or the sentence."""
    if k < 0 or not toks[k].lower.endswith("s") or toks[k].lower.endswith("ss") or not toks[k].text.isalpha():
        return None
    j = k
    while j > 0 and k - j < 2 and toks[j - 1].text.replace("-", "").isalpha() and toks[j - 1].text.islower():
        if toks[j - 1].lower in DESCRIPTION_OPENERS:
            return j - 1
        if toks[j - 1].lower in _NOT_A_HEAD or toks[j - 1].lower in SCAN_STOP:
            return None
        j -= 1
    if j > 0 and toks[j - 1].text[:1].isupper() and toks[j - 1].lower in DESCRIPTION_OPENERS:
        return j - 1  # "Her advisers and allies"
    if j == 0 and toks[0].text[:1].isupper() and toks[0].lower not in SUBJECT_LEADERS:
        return 0  # "Economists and dockers say"
    return None


def _role_of(masked: str, lo: int, toks: list[Token], i: int) -> Phrase | None:
    """ "the chair of the talks", "a spokesperson for the port": a role of something named after it."""
    for k in range(i - 1, max(-1, i - 8), -1):
        w = toks[k].lower
        if w in ("of", "for", "at") and k >= 2:
            role = toks[k - 1].lower
            if (role in LOWER_ROLE_HEADS or role in ROLE_WORDS or role in ANONYMOUS_HEADS) and toks[
                k - 2
            ].lower in DETERMINERS:
                return _phrase(masked, lo, toks, k - 2, i, "descriptor")
            return None
        if not toks[k].text[:1].isalnum() or w in SCAN_STOP:
            return None
    return None


# Sentence-initial connectives and subordinators are not part of the subject: "Meanwhile Lee said",
# "When Castell said the bridge was “...”", "While Whitfield calls it ...".
SUBJECT_LEADERS = words(
    "meanwhile however also and but then later separately "
    "when while whilst before after as since although though if because until once unless whereas"
)


def _phrase(masked: str, lo: int, toks: list[Token], j: int, i: int, kind: str) -> Phrase:
    while j < i and toks[j].lower in SUBJECT_LEADERS:
        j += 1
    start, end = lo + toks[j].start, lo + toks[i].end
    text = masked[start:end]
    if j > 0 and toks[j - 1].lower in ("the", "a", "an") and kind == "name":
        start = lo + toks[j - 1].start
        text = masked[start:end]
        kind = "descriptor"
    return Phrase(start, end, text, kind)


# Compiled once: built inside ``subject_after`` it sorted the source heads and hashed the long
# pattern string (the regular-expression cache's key) on every call. A place's "-based" may open the
# description before a name ("explained Port Alder-based attorney Ana Ruiz" named "Port Alder-based").
_SUBJECT_AFTER = re.compile(
    r"\s+(?P<np>(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*-based\s+)?(?:(?:[a-z][\w-]*\s+){0,3}(?=[A-Z]))?(?:[A-Z][\w.’'-]*|al-[\w-]+|of)(?:\s+(?:[A-Z][\w.’'-]*|al-[\w-]+|of\s+the|of|J\.|[A-Z]\.))*"
    r"|(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(SOURCE_HEADS, key=len, reverse=True))
    + r"))\b"
)


# A capitalised word may hold periods ("J.", "U.S.", "St."), so a name run read on across a sentence's end:
# "“...,” said Ruth Okafor. The vote will wait." named "Ruth Okafor. The" (since session 6 at least,
# found in session 12). A word ending in two lowercase letters and a period ends the sentence unless it
# is an abbreviation written that way.
_WORD_ENDS_SENTENCE = re.compile(r"(?<=[a-z]{2})\.(?=\s)")
_NAME_ABBREVIATIONS = (
    TITLE_ABBREVIATIONS
    | OPEN_ABBREVIATIONS
    | words("bros messrs mme mlle esq ft mt cmdr supt insp det cpl pvt atty univ assn")
)


def _before_sentence_end(np: str) -> str:
    for m in _WORD_ENDS_SENTENCE.finditer(np):
        word = np[: m.start()].rsplit(None, 1)[-1].lower()
        if word not in _NAME_ABBREVIATIONS:
            return np[: m.start()]
    return np


# The name run may read on into "of": "said Martin Luther King Jr. of the group" gave "Martin Luther King
# Jr. of the", whose last words then stood for the person. A trailing "of" is never part of a name; "of
# the" after a generational suffix is not either. Elsewhere a trailing "of the" keeps the phrase out of
# the speakers ("reads Chapter Two of the report" names no one).
_TRAILING_OF = re.compile(r"(?:\s+of|(?<=\b[JS]r\.)\s+of\s+the)$")
# "said Sen. Ruth Okafor of Ohio", "said Dr. Ana Vesk of the clinic": after a title and a name of two or
# more words, "of" says where the person serves. A title's own "of" stays ("Secretary of State John
# Kerry": nothing but the title before it), and so does an untitled name ("Bank of America").
_NAME_OF_PLACE = re.compile(
    r"^(?P<name>(?P<title>[A-Z][a-z]+\.?)\s+[A-Z][\w’'-]+(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]+)){1,3})\s+of\s"
)
_TITLES_BEFORE_NAME = ROLE_WORDS | words("mr mrs ms dr prof")


def _trim_name_of(np: str) -> str:
    np = _TRAILING_OF.sub("", np)
    m = _NAME_OF_PLACE.match(np)
    if m is not None and m.group("title").lower().rstrip(".") in _TITLES_BEFORE_NAME:
        return m.group("name")
    return np


# Session 22: a person's role after the body's noun that the shortest head stopped at: "said the service head, NAME",
# "said the council leader", "said the government official" (each spoke as the body: "the service"). One word
# may stand between ("the council deputy leader").
_ROLE_AFTER_BODY = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:"
    + "|".join(sorted(LOWER_ROLE_HEADS | ANONYMOUS_HEADS, key=len, reverse=True))
    + r")\b"
    r"(?![’'-])"
)


def subject_after(masked: str, pos: int) -> Phrase | None:
    """Inverted subject after a cue: "said Stoltenberg", "said the official", "told the BBC" (no)."""
    m = _SUBJECT_AFTER.match(masked[pos : pos + 120])
    if not m:
        return None
    np = _trim_name_of(_before_sentence_end(m.group("np").rstrip()))
    if np.lower().startswith(("the ", "a ", "an ")) and np == m.group("np"):
        role = _ROLE_AFTER_BODY.match(masked, pos + m.end("np"))
        if role is not None:
            np = masked[pos + m.start("np") : role.end()]
    if np.lower().split()[0] not in ("the", "a", "an") and not np[:1].isupper():
        # "police spokesman Dan Miller": lowercase words are only allowed as a role before a name
        lower = [w for w in np.split() if w[:1].islower()]
        if not any(w.lower() in ROLE_WORDS or w.lower() in LOWER_ROLE_HEADS for w in lower):
            return None
    s = pos + m.start("np")
    kind = "descriptor" if np.lower().startswith(("the ", "a ", "an ")) else "name"
    return Phrase(s, s + len(np), np, kind)


def occupation_then_name(words: list[str]) -> bool:
    """True when a capitalised run is an occupation then a name of two or three words ("Pharmacist Gideon Marlow"; see
    ``lexicon.OCCUPATION_TITLES``; session 31)."""
    return (
        len(words) in (3, 4)
        and words[0].lower() in OCCUPATION_TITLES
        and all(w[:1].isupper() for w in words[1:])
        and not any(
            (low := w.lower().rstrip(".,’'s")) in ORG_HEADS or low in PLACE_HEADS or low in ROLE_WORDS
            for w in words[1:]
        )
    )


def title_name_split(phrase: str) -> tuple[str | None, str]:
    """("NATO Secretary-General", "Jens Stoltenberg") from "NATO Secretary-General Jens Stoltenberg"."""
    words = phrase.split()
    if occupation_then_name(words):
        return words[0], " ".join(words[1:])
    last = -1
    for i, w in enumerate(words):
        if w.lower().rstrip(".") in ROLE_WORDS:
            last = i
    if last < 0:
        return None, phrase
    end = last + 1
    while end + 1 < len(words) and words[end].lower() == "of":
        end += 2
    rest = words[end:]
    if (
        len(rest) == 1
        and rest[0].lower() in ORG_HEADS | GOVERNMENT_HEADS
        and words[last].lower() == "general"
    ):
        # Session 34 (the lead's note 1): "Sahyadri General Hospital" is a body's name, not a general called
        # Hospital (the source was "Hospital")
        return None, phrase
    if rest and all(w.lower().strip(".,") in NAME_SUFFIXES for w in rest):
        # "Martin Luther King Jr.": a role word followed by nothing but a suffix is part of the name
        # (it gave the speaker "Jr.").
        return None, phrase
    title = " ".join(words[:end])
    name = " ".join(rest)
    return title, name
