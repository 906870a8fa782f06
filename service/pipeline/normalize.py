"""Text normalisation: the one transformation every offset in a response depends on.

Applied once to the article (and, by the eval harness, to gold strings). It
must be idempotent: ``normalize(normalize(s)) == normalize(s)``. Quotation
marks and dashes are kept exactly as written, because quotes are verbatim
evidence and a curly quote is part of what the article says.
"""

from __future__ import annotations

import re
import unicodedata

# Horizontal whitespace: space, tab, NBSP and the Unicode space separators.
# Zero-width characters carry no text and break verbatim matching, so they go too. So do the other
# invisible format marks (s33 hostile review): direction marks (LRM, RLM, ALM), bidi embeddings,
# overrides and isolates, the soft hyphen, the combining grapheme joiner, the invisible operators and
# the Mongolian vowel separator. Text pasted from a right-to-left page or a word processor carries them
# inside numbers and dates: "4<LRM>,000" was read as the figure 4, "$14<RLM> billion" as $14, "3<LRM> May
# 2019" without its year: confident wrong answers. Removed, the number is read as it shows.
_HSPACE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(
    r"[\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_LINE_EDGE_SPACE = re.compile(r"^ +| +$", re.MULTILINE)
_MANY_NEWLINES = re.compile(r"\n{3,}")
# Line and paragraph separators behave as line ends in every reader we care about.
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\u0085")
# C0/C1 control characters other than newline: never article text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def normalize_text(text: str) -> str:
    """Return the canonical form of ``text`` that offsets point into."""
    # What is removed goes before NFC: a mark removed after it could leave a letter and its accent
    # side by side uncomposed ("e<ZWJ><U+0301>"), and a second pass would compose them (not idempotent).
    text = _LINE_BREAKS.sub("\n", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _HSPACE.sub(" ", text)
    text = _LINE_EDGE_SPACE.sub("", text)
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip("\n")


# Python's case-blind matching (``re.IGNORECASE`` on str patterns) takes the long s, the dotless and
# dotted I and the Kelvin sign for ASCII letters: a pattern written for "April" also matches
# "Aprıl". A table keyed by the ASCII word must be looked up through the same folding, or the match
# finds a key the table lacks.
_CASELESS_TWINS = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k"})


def fold_key(word: str) -> str:
    """The lower-case ASCII key of a word a case-blind pattern matched ("Aprıl" -> "april")."""
    # Nearly every word is ASCII (a flag the string carries): the translation is skipped, so a lookup costs what
    # ``.lower()`` did.
    return word.lower() if word.isascii() else word.translate(_CASELESS_TWINS).lower()
