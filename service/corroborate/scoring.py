"""How alike two items of one kind are (None: they cannot be the same fact)."""

from __future__ import annotations

import math
import re

from schemas import Attribution, Event, Figure, Quote
from service.corroborate.articles import entities_match
from service.corroborate.clustering import Item
from service.corroborate.similarity import (
    content_words,
    dates_compatible,
    norm,
    quote_similarity,
    text_similarity,
    word_overlap,
)
from service.corroborate.thresholds import (
    ATTRIBUTION_CLAIM_MATCH,
    EVENT_SUMMARY_MATCH,
    EVENT_SUMMARY_MATCH_OTHER_TYPE,
    FIGURE_CONTEXT_MATCH,
    FIGURE_CONTEXT_WORDS,
    FIGURE_MEASURE_MATCH,
    FIGURE_SAME_WORDS_MATCH,
)
from service.corroborate.units import UNIT_SPELLINGS, canonical_unit, units_compatible

# Acts of speech ("Stoltenberg announced on Thursday that NATO will ...") are compared on the
# act alone, who spoke when and where, without what was said: that content is an event of its
# own, and each outlet words it differently (the five seeds' announcement scores 56-87 whole,
# 64-87 as acts). Lowercase types, as the SPEC names them.
SPEECH_ACT_TYPES = frozenset({"announcement", "statement"})


def quote_score(a: Item[Quote], b: Item[Quote]) -> float | None:
    return quote_similarity(a.wording, b.wording)


def _figure_context(it: Item[Figure], span_index: int = 0) -> str:
    """The words around the figure, within its paragraph: what it counts, when the extractor did not say.

    A window, not the sentence: outlets cut the same statement into sentences
    differently, and abbreviations ("U.S.") break naive sentence splitting.
    """
    text = it.article.extraction.text
    span = it.item.evidence[span_index]
    para_start = text.rfind("\n", 0, span.start) + 1
    para_end = text.find("\n", span.end)
    before = text[para_start : span.start].split()[-FIGURE_CONTEXT_WORDS:]
    after = text[span.end : para_end if para_end >= 0 else len(text)].split()[:FIGURE_CONTEXT_WORDS]
    return " ".join([*before, span.text, *after])


def named_measure(figure: Figure) -> str | None:
    """The figure's measure, or None when it names nothing beyond the unit ("troops", "years").

    A measure that only repeats the unit says nothing about what is counted:
    "2,500 troops (US forces in Iraq)" and "4,000 troops (NATO mission)" would
    both have the measure "troops".
    """
    words = set(content_words(figure.measure))
    unit = canonical_unit(figure.unit)
    unit_words = set(content_words(figure.unit or ""))
    if unit is not None:
        unit_words |= {unit.lower(), *(w for s in UNIT_SPELLINGS.get(unit, ()) for w in content_words(s))}
    return figure.measure if words - unit_words else None


def measure_similarity(a: Item[Figure], b: Item[Figure]) -> tuple[float, bool]:
    """Similarity of what two figures quantify, and whether both measures were named.

    Both named: the measures. One named: how many of its words stand around the
    other figure. Neither: how many words the two figures' surroundings share.
    """
    ma, mb = named_measure(a.item), named_measure(b.item)
    if ma and mb:
        return text_similarity(ma, mb), True
    if ma or mb:
        measure, other = (ma, b) if ma else (mb, a)
        words = {w for w in content_words(measure or "") if not w.isdigit()}
        around = set(content_words(_figure_context(other)))
        return (100.0 * len(words & around) / len(words) if words else 0.0), False
    return word_overlap(_figure_context(a), _figure_context(b)), False


def figure_score(a: Item[Figure], b: Item[Figure]) -> float | None:
    fa, fb = a.item, b.item
    if not math.isclose(fa.value, fb.value, rel_tol=1e-9, abs_tol=1e-12):
        return None
    if fa.kind != fb.kind or not units_compatible(fa.unit, fb.unit) or not _same_range_and_rate(fa, fb):
        return None
    if fa.subject and fb.subject and not entities_match(fa.subject, a.article, fb.subject, b.article):
        return None
    sim, named = measure_similarity(a, b)
    if sim >= (FIGURE_MEASURE_MATCH if named else FIGURE_CONTEXT_MATCH):
        return sim
    same_words = max(
        word_overlap(_figure_context(a, i), _figure_context(b, j))
        for i in range(len(fa.evidence))
        for j in range(len(fb.evidence))
    )
    return same_words if same_words >= FIGURE_SAME_WORDS_MATCH else None


def _same_range_and_rate(a: Figure, b: Figure) -> bool:
    """Ranges end at the same number (or neither is a range) and rates share their denominator.

    "$89 to $93 billion" and "$89 billion" are not the same fact; "$3,500 a month" and
    "$3,500" may be (one outlet omits the period), so a missing ``per`` is unknown, not different.
    """
    if (a.value_max is None) != (b.value_max is None):
        return False
    if a.value_max is not None and b.value_max is not None and not math.isclose(a.value_max, b.value_max):
        return False
    return units_compatible(a.per, b.per)


def same_figure(a: Figure, b: Figure) -> bool:
    """One article's two mentions of one number (SPEC: "500" in a headline, "around 500" in the body)."""
    return (
        math.isclose(a.value, b.value)
        and a.kind == b.kind
        and units_compatible(a.unit, b.unit)
        and _same_range_and_rate(a, b)
    )


def _participants_shared(a: Item[Event], b: Item[Event]) -> bool | None:
    """True or False when both list participants, None when either does not."""
    pa, pb = a.item.participants, b.item.participants
    if not pa or not pb:
        return None
    return any(entities_match(x, a.article, y, b.article) for x in pa for y in pb)


def event_date(e: Event) -> str | None:
    return e.when.date if e.when else None


def event_score(a: Item[Event], b: Item[Event]) -> float | None:
    if not dates_compatible(event_date(a.item), event_date(b.item)):
        return None
    if _participants_shared(a, b) is False:
        return None
    same_type = norm(a.item.type) == norm(b.item.type)
    if same_type and norm(a.item.type) in SPEECH_ACT_TYPES:
        sim = text_similarity(speech_act(a.item.summary), speech_act(b.item.summary))
    else:
        sim = text_similarity(a.item.summary, b.item.summary)
    return sim if sim >= (EVENT_SUMMARY_MATCH if same_type else EVENT_SUMMARY_MATCH_OTHER_TYPE) else None


# The verbs a summary tells an act of speech with. Which one it uses says how the writer put
# it, not which act it was: "X announced at a press conference on Thursday" and "X spoke at a
# Thursday press conference" are one act, told by who, where and when.
_SPEECH_VERB = re.compile(
    r"\b(?:announced|announces|said|says|spoke|speaks|stated|states|declared|declares)\b"
)


def speech_act(summary: str) -> str:
    """An act of speech without its content, its verb made one:
    "X announced on Thursday that NATO will ..." -> "X spoke on Thursday"."""
    m = re.search(r"\s+that\s+", summary)
    act = summary[: m.start()] if m else summary
    return _SPEECH_VERB.sub("spoke", act)


def attribution_score(a: Item[Attribution], b: Item[Attribution]) -> float | None:
    if not entities_match(a.item.source, a.article, b.item.source, b.article):
        return None
    sim = text_similarity(a.item.claim, b.item.claim)
    return sim if sim >= ATTRIBUTION_CLAIM_MATCH else None
