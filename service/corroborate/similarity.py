"""How alike two texts, quotes, names and dates are: the scores every grouping decision reads."""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from service.corroborate.thresholds import (
    NAME_MATCH,
    QUOTE_MATCH,
    QUOTE_MIN_FRAGMENT_WORDS,
    QUOTE_NEAR_CONTAINMENT,
)

# A pronoun is not a name: extractors sometimes leave "he" as the speaker, and
# "he" must neither match nor contradict "Jens Stoltenberg".
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us"})

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "as",
        "into",
        "than",
        "then",
        "their",
        "there",
        "they",
        "he",
        "she",
        "we",
        "our",
        "his",
        "her",
    ]
)


def norm(text: str) -> str:
    """Case, punctuation and spacing folded: the form every comparison uses."""
    return " ".join(default_process(text).split())


def content_words(text: str) -> list[str]:
    """Folded words without the function words that make unrelated phrases look alike."""
    return [w for w in norm(text).split() if w not in STOPWORDS]


def text_similarity(a: str, b: str) -> float:
    """Mean of token_set_ratio and token_sort_ratio over content words.

    token_set_ratio alone gives 100 to any short text whose words all appear in a
    long one; token_sort_ratio alone punishes a fuller paraphrase. Their mean
    rewards shared words and penalises a large difference in length.
    """
    na, nb = " ".join(content_words(a)), " ".join(content_words(b))
    if not na or not nb:
        return 0.0
    return (fuzz.token_set_ratio(na, nb) + fuzz.token_sort_ratio(na, nb)) / 2


def word_overlap(a: str, b: str) -> float:
    """Dice coefficient (0-100) of the content words, numbers left out.

    For whole sentences, where character-level ratios stay near 50 even for
    unrelated text: what counts is how many of the words two outlets share.
    """
    wa = {w for w in content_words(a) if not w.isdigit()}
    wb = {w for w in content_words(b) if not w.isdigit()}
    if not wa or not wb:
        return 0.0
    return 200.0 * len(wa & wb) / (len(wa) + len(wb))


def quote_similarity(a: str, b: str) -> float | None:
    """Score of two quotations being the same words, or None below QUOTE_MATCH.

    Identical text scores 100; a contained fragment scores 90 plus 10 times the
    share of the longer quote it covers, so fuller overlaps merge first.
    """
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return None
    short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
    coverage = len(short) / len(long_)
    if len(short.split()) >= QUOTE_MIN_FRAGMENT_WORDS and (
        f" {short} " in f" {long_} " or fuzz.partial_ratio(short, long_) >= QUOTE_NEAR_CONTAINMENT
    ):
        return 90.0 + 10.0 * coverage
    score = fuzz.ratio(na, nb)
    return score if score >= QUOTE_MATCH else None


def names_match(a: str, b: str) -> bool:
    """Whether two names can denote the same entity (see NAME_MATCH)."""
    if speaker_name(a) is None or speaker_name(b) is None:
        return False
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if na.replace(" ", "") == nb.replace(" ", ""):
        return True
    ta, tb = na.split(), nb.split()
    if ta[-1] == tb[-1] and (set(ta) <= set(tb) or set(tb) <= set(ta)):
        return True
    # an acronym of the other name: "US" / "United States", "NATO" / "North Atlantic Treaty Organization"
    for short, long_ in ((ta, tb), (tb, ta)):
        if len(short) == 1 and len(long_) > 1 and short[0] == "".join(w[0] for w in long_):
            return True
    return fuzz.ratio(na, nb) >= NAME_MATCH


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal at the coarser precision ("2021-02" and "2021-02-18" agree); unknown agrees with anything."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def speaker_name(name: str | None) -> str | None:
    """The name, or None for a missing name or a pronoun ("US" in capitals is a country, not "us")."""
    if name is None or not name.strip():
        return None
    bare = name.strip()
    if bare.lower() in PRONOUNS and not (bare.isupper() and len(bare) > 1):
        return None
    return name
