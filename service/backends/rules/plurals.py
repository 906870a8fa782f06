"""Whether a noun is plural: one test for the rules that read a noun phrase's head.

A count's unit ("44,000 nurses", "two businessmen"), a verb agreeing with a rewritten subject ("the cuts are to
blame", "Shops were forced to close") and a pronoun's antecedent ("they" for "the new rules") all ask whether a
head word is plural. Session 20 made the three tests of ``figures``, ``attributions`` and ``summaries`` this
one; session 21 the rest (``speakers``' people heads and bare plurals, ``attributions``' one-word sources,
``summaries``' "they", ``event_words``' words after a level). Its own module rather than ``measures`` (tables of
units, read by ``figures`` alone): attributions and summaries ask it about subjects, which have nothing to do with
units. Of the tables of words in -s it reads, ``S_SINGULARS`` and ``S_NOT_PLURALS`` stay in ``measures``, where
figures' other rules read them too; ``NOT_NOUNS_IN_S`` (words in -s that are no noun at all) is its own.
"""

from __future__ import annotations

from service.backends.rules.lexicon import words
from service.backends.rules.measures import S_NOT_PLURALS, S_SINGULARS

# Plurals without an "s" news counts and makes subjects of. "-men" words are read by their ending
# (``MEN_SINGULARS`` are the exceptions): "two wealthy businessmen" counted "wealthy" (session 12), "forcing
# people to leave" gave "People was forced" (review of session 19).
IRREGULAR_PLURALS = frozenset({"people", "children", "feet", "teeth", "mice", "geese"})
# Words in "-men" that are one thing: "abdomen", "specimen" (not "businessmen", "women").
MEN_SINGULARS = frozenset({"abdomen", "specimen", "regimen", "acumen", "omen", "semen", "stamen", "amen"})
# Nouns with one form that take a plural verb as a subject ("forcing staff to leave": "Staff were forced to
# leave") but, before another noun, modify it: "200 police officers" counts officers, "40 staff members"
# members. Only a subject's verb reads them (``plural_subject``); a count's head does not.
COLLECTIVE_PLURALS = frozenset({"police", "staff", "cattle"})
# Endings of words in -s that are no plural: "press", "status", "analysis", a possessive "the mayor's".
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "’s", "'s")
# Words in -s that are no noun at all: pronouns, verbs, prepositions, conjunctions and the adverbs that never
# stand before a noun. Session 21 merged the two lists that wrote them out: ``speakers`` (a bare plural as the
# speaker: ", was said" is none) and ``event_words`` (the plural a level's number counts: "to 22 this year" is a
# level). Adverbs that may modify a noun ("overseas markets") are ``S_NOT_PLURALS``, not these: before a count's
# noun they are skipped, which these must not be ("12 this year" would count "year").
NOT_NOUNS_IN_S = words(
    "this its his has was is as does yes thus plus less unless across us whereas perhaps always"
)


# Nouns whose plural is the word itself ("one sheep", "one series": review of session 20 found "sheeps",
# "serieses"), and singulars with a plural of their own.
SAME_PLURALS = frozenset(
    {
        "sheep",
        "series",
        "species",
        "deer",
        "fish",
        "aircraft",
        "offspring",
        "salmon",
        "trout",
        "cod",
        "means",
        "staff",
    }
)
IRREGULAR_PLURAL_OF = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "foot": "feet",
    "tooth": "teeth",
    "mouse": "mice",
    "goose": "geese",
    "crisis": "crises",
    "analysis": "analyses",
}


def plural_of(noun: str) -> str:
    """The plural of a singular noun as news counts it: "notch" -> "notches", "county" -> "counties", "sheep" ->
    "sheep", "child" -> "children"."""
    if noun in SAME_PLURALS or is_plural(noun):
        return noun
    if noun in IRREGULAR_PLURAL_OF:
        return IRREGULAR_PLURAL_OF[noun]
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def is_plural(word: str) -> bool:
    """Whether a lowercase noun is a plural: "cuts", "businessmen", "people"; not "press", "status", "news",
    "overseas", "the mayor's". A capitalised word is read as written ("News" is no table's word)."""
    return (
        word in IRREGULAR_PLURALS or (word.endswith("men") and word not in MEN_SINGULARS) or plural_in_s(word)
    )


def plural_in_s(word: str) -> bool:
    """``is_plural`` for the plurals in -s alone ("cuts", not "women" or "people"): the part the three tests
    agreed on. ``attributions`` reads only this: with "-men" words its "they" and "X is/are Y" moved an
    answer on PolNeAR train in session 20 (an article of the sample that is not read)."""
    return (
        word.endswith("s")
        and not word.endswith(_NOT_PLURAL_ENDINGS)
        and word not in S_SINGULARS
        and word not in S_NOT_PLURALS
        and word not in NOT_NOUNS_IN_S
    )


def plural_subject(word: str) -> bool:
    """Whether a noun heading a subject, as written, takes a plural verb: a plural, or a collective noun
    ("police", "staff"). A capitalised head is a name's, plural only by its -s: "Yemen", "Carmen" are one."""
    low = word.lower()
    if word != low:
        return plural_in_s(low)
    return low in COLLECTIVE_PLURALS or is_plural(low)
