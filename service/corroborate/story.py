"""Corroboration: the same fact reported by several articles, grouped across outlets.

Pure functions over ``schemas.Extraction`` objects: no I/O, no backend, and the
same input always gives the same story (every ordering has an explicit
tie-break). ``docs/corroboration.md`` explains the rules for a reader; the
thresholds below are the ones it quotes.

How items are grouped, for every type alike:

1. every pair of items from *different* articles gets a similarity score, or
   none when the pair cannot be the same fact (different figure values, names
   that do not match, incompatible dates ...);
2. pairs are merged greedily, best score first, with complete linkage: two
   groups merge only if every cross pair matches and they share no article, so
   a chain of near-matches never drags unrelated items together;
3. an item left alone whose article is already in a group, and that matches
   every other article's member there, is folded into its article's member (an
   extractor that split one fact in two does not create a fake "reported once");
4. quotes only: a longer quote that contains a group's quote also supports that
   group, with its evidence narrowed to the contained part (one outlet quotes
   two sentences, another only the first).

Conflicts are found between groups that share no article: the same measure
with different values, the same event with incompatible dates; and inside a
quote group, the same words given to different speakers.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from schemas import Attribution, Event, Extraction, Figure, Quote, Span
from schemas.story import (
    AttributionGroup,
    Conflict,
    ConflictValue,
    EventGroup,
    FigureGroup,
    Member,
    QuoteGroup,
    Story,
    StoryArticle,
)
from service.corroborate.units import UNIT_SPELLINGS, canonical_unit, units_compatible

# --------------------------------------------------------------------------- thresholds
# Scores are rapidfuzz's 0-100 scale. Each value was set on hand-built cases
# (tests/test_corroborate.py) and checked against the five seeds.

# Quotes are the same words: near-identical after folding case and punctuation,
# or one contained in the other. Reporters trim quotes, rarely reword them.
QUOTE_MATCH = 90.0
# A contained fragment shorter than this is too generic to prove anything
# ("full respect" appears in many stories).
QUOTE_MIN_FRAGMENT_WORDS = 3
# partial_ratio at or above this counts as containment despite a one-letter
# difference ("condition-based" / "conditions-based", "Al—Kadhimi" / "al-Kadhimi").
QUOTE_NEAR_CONTAINMENT = 95.0

# Two names are the same entity when, after folding, they are equal, one is the
# other's surname-anchored subset ("Stoltenberg" / "Jens Stoltenberg"), or they
# differ by a spelling variant ("Qasem" / "Qassem") scoring at least this.
NAME_MATCH = 90.0

# Figures must have the same value and a compatible unit; the measure (or, when
# an extractor left it empty, the sentence around the figure) tells a count of
# troops in one context from the same count elsewhere. Measures are short
# paraphrases of each other ("size of NATO training mission in Iraq" / "NATO
# mission personnel in Iraq" scores 77, / "US troops in Iraq" 42).
FIGURE_MEASURE_MATCH = 60.0
# Sentences are compared by shared content words (word_overlap): two outlets'
# sentences about one bombing share 75 %, unrelated ones under 35 %.
FIGURE_CONTEXT_MATCH = 40.0
# Words taken on each side of the figure for that comparison.
FIGURE_CONTEXT_WORDS = 10
# Different values conflict only when both sides name their measure and the
# measures are near-identical by both scores: "people killed in the bombing" and
# "people injured in the bombing" (88 / 75) are two measures, not a conflict.
# A false "outlets disagree" is worse than a miss.
FIGURE_CONFLICT_MEASURE = 90.0
# Two named measures may paraphrase one fact past FIGURE_MEASURE_MATCH ("number of
# troops for the NATO mission" / "size of our mission"); the figures still group
# when some mention of each stands in much the same words (one outlet quoting
# what another paraphrases): the words around any two of their spans share this much.
FIGURE_SAME_WORDS_MATCH = 50.0
FIGURE_CONFLICT_OVERLAP = 80.0

# Events: compatible dates (equal at the coarser precision, or one unknown),
# shared participants when both list any, and similar summaries. A different
# event type needs a closer summary (one outlet's "announcement" is another's
# "decision").
EVENT_SUMMARY_MATCH = 60.0
EVENT_SUMMARY_MATCH_OTHER_TYPE = 75.0
# Acts of speech ("Stoltenberg announced on Thursday that NATO will ...") are compared on the
# act alone, who spoke when and where, without what was said: that content is an event of its
# own, and each outlet words it differently (the five seeds' announcement scores 56-87 whole,
# 64-87 as acts). Lowercase types, as the SPEC names them.
SPEECH_ACT_TYPES = frozenset({"announcement", "statement"})
# Same type, shared participants, summaries this close, incompatible dates: a conflict.
EVENT_CONFLICT_SUMMARY = 80.0

# Attributions: the same source (see NAME_MATCH) and claims this similar.
# Claims are the writers' paraphrases, so they share words, not wording.
ATTRIBUTION_CLAIM_MATCH = 60.0

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

_DOMAIN_SUFFIX = re.compile(r"\.(com|org|net|co\.uk|info|news|int)$")


# --------------------------------------------------------------------------- text


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
    if _speaker(a) is None or _speaker(b) is None:
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


def outlet_key(outlet: str | None, republished_from: str | None, extraction_id: str) -> str:
    """Identity of the outlet for counting independence: a republication counts as its origin."""
    for name in (republished_from, outlet):
        if name and name.strip():
            key = name.strip().lower()
            key = key.removeprefix("https://").removeprefix("http://").removeprefix("www.")
            key = _DOMAIN_SUFFIX.sub("", key.split("/")[0]) if " " not in key else key
            key = norm(key).replace(" ", "")
            if key:
                return key
    # Unknown outlet: each distinct article is its own source, but the same
    # extraction given twice is still one.
    return f"extraction:{extraction_id}"


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class StoryInput:
    """One article of a story: its extraction and, if the caller knows it, its outlet."""

    extraction: Extraction
    outlet: str | None = None


@dataclass
class _Article:
    index: int
    extraction: Extraction
    outlet: str | None
    outlet_key: str
    # every verbatim form of each entity, keyed by each folded form
    forms: dict[str, frozenset[str]]

    def name_forms(self, name: str) -> frozenset[str]:
        return self.forms.get(norm(name), frozenset({name}))

    def label(self) -> str:
        md = self.extraction.metadata
        if md.republished_from:
            via = f" (via {self.outlet})" if self.outlet else ""
            return f"{md.republished_from}{via}"
        return self.outlet or f"article {self.index}"


def _article(index: int, given: StoryInput) -> _Article:
    ex = given.extraction
    outlet = given.outlet or ex.metadata.outlet
    forms: dict[str, frozenset[str]] = {}
    for entity in ex.entities:
        all_forms = frozenset({entity.name, *entity.aliases})
        for form in all_forms:
            forms[norm(form)] = all_forms
    return _Article(
        index=index,
        extraction=ex,
        outlet=outlet,
        outlet_key=outlet_key(outlet, ex.metadata.republished_from, ex.id),
        forms=forms,
    )


def _entities_match(a: str, art_a: _Article, b: str, art_b: _Article) -> bool:
    return any(names_match(x, y) for x in art_a.name_forms(a) for y in art_b.name_forms(b))


def _speaker(name: str | None) -> str | None:
    """The name, or None for a missing name or a pronoun ("US" in capitals is a country, not "us")."""
    if name is None or not name.strip():
        return None
    bare = name.strip()
    if bare.lower() in PRONOUNS and not (bare.isupper() and len(bare) > 1):
        return None
    return name


# --------------------------------------------------------------------------- grouping

T = TypeVar("T", Quote, Figure, Event, Attribution)


@dataclass
class _Item(Generic[T]):
    key: int  # position in the flat list: article order, then the article's item order
    article: _Article
    item: T
    wording: str


@dataclass
class _Cluster(Generic[T]):
    primary: list[_Item[T]]
    # items folded in from an article already present (step 3)
    folded: list[_Item[T]] = field(default_factory=list)
    # longer quotes supporting the group (step 4)
    secondary: list[_Item[T]] = field(default_factory=list)

    def articles(self) -> set[int]:
        return {it.article.index for it in (*self.primary, *self.secondary)}


Scorer = Callable[[_Item[T], _Item[T]], float | None]


def _cluster(
    items: list[_Item[T]], score: Scorer[T], same_fact: Callable[[T, T], bool] | None = None
) -> tuple[list[_Cluster[T]], dict[tuple[int, int], float]]:
    scores: dict[tuple[int, int], float] = {}
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.article.index != b.article.index:
                s = score(a, b)
                if s is not None:
                    scores[(a.key, b.key)] = s

    def pair(a: _Item[T], b: _Item[T]) -> float | None:
        return scores.get((min(a.key, b.key), max(a.key, b.key)))

    clusters: dict[int, _Cluster[T]] = {it.key: _Cluster(primary=[it]) for it in items}
    owner: dict[int, int] = {it.key: it.key for it in items}
    for (ka, kb), _ in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        ca, cb = owner[ka], owner[kb]
        if ca == cb:
            continue
        left, right = clusters[ca], clusters[cb]
        if left.articles() & right.articles():
            continue
        if all(pair(x, y) is not None for x in left.primary for y in right.primary):
            keep, drop = min(ca, cb), max(ca, cb)
            clusters[keep].primary.extend(clusters.pop(drop).primary)
            clusters[keep].primary.sort(key=lambda it: it.key)
            for it in clusters[keep].primary:
                owner[it.key] = keep

    # Step 3: a lone item joins its own article's member where it matches every other article.
    # Only lone items: an item already grouped with other articles keeps its group.
    for key in sorted(clusters):
        lone = clusters[key]
        if len(lone.primary) != 1 or lone.folded:
            continue
        item = lone.primary[0]
        best: tuple[float, int] | None = None
        for other_key in sorted(clusters):
            other = clusters[other_key]
            if other_key == key or item.article.index not in {it.article.index for it in other.primary}:
                continue
            others = [it for it in other.primary if it.article.index != item.article.index]
            if not others:
                continue
            matched = [pair(item, it) for it in others]
            if all(s is not None for s in matched):
                mean = sum(s for s in matched if s is not None) / len(matched)
                if best is None or mean > best[0]:
                    best = (mean, other_key)
        if best is not None:
            clusters[best[1]].folded.append(item)
            del clusters[key]

    if same_fact is not None:
        # A group whose every item is, by the type's own rule, the same fact as an
        # item of its article in a larger group is that group (a headline's "4,000"
        # next to the body's "around 4,000", in two outlets alike).
        for key in sorted(clusters, key=lambda k: (len(clusters[k].articles()), k)):
            small = clusters[key]
            for other_key in sorted(clusters):
                big = clusters[other_key]
                if other_key == key or len(big.articles()) <= len(small.articles()):
                    continue
                if all(
                    any(
                        it.article.index == x.article.index and same_fact(x.item, it.item)
                        for it in big.primary
                    )
                    for x in small.primary + small.folded
                ):
                    big.folded.extend(small.primary + small.folded)
                    del clusters[key]
                    break
    return [clusters[k] for k in sorted(clusters)], scores


def _add_containing_quotes(
    clusters: list[_Cluster[Quote]], items: list[_Item[Quote]], scores: dict[tuple[int, int], float]
) -> None:
    """Step 4: a quote containing every primary member's words also supports the group."""
    for cluster in clusters:
        for item in items:
            if item.article.index in cluster.articles():
                continue
            item_norm = norm(item.wording)
            if all(
                (min(item.key, it.key), max(item.key, it.key)) in scores
                and len(item_norm) > len(norm(it.wording))
                for it in cluster.primary
            ):
                cluster.secondary.append(item)
        cluster.secondary.sort(key=lambda it: it.key)


def _representative(cluster: _Cluster[T], scores: dict[tuple[int, int], float]) -> _Item[T]:
    """The primary member most similar to the others (ties: the earliest)."""

    def total(it: _Item[T]) -> float:
        return sum(
            scores.get((min(it.key, o.key), max(it.key, o.key)), 0.0)
            for o in cluster.primary
            if o.key != it.key
        )

    return max(cluster.primary, key=lambda it: (total(it), -it.key))


def _word_bounds(text: str, within: Span, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words inside ``within``, then trim spaces and edge punctuation."""
    while start > within.start and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < within.end and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".!?":
        end -= 1
    return start, end


def _narrow(evidence: list[Span], text: str, target: str) -> list[Span]:
    """The part of ``evidence`` that holds ``target`` (a shorter quote), or the evidence unchanged."""
    best: tuple[float, Span] | None = None
    for span in evidence:
        # lower() keeps offsets for the scripts news uses; a span where it does not is left whole.
        hay = span.text.lower()
        if len(hay) != len(span.text):
            continue
        aligned = fuzz.partial_ratio_alignment(target.lower(), hay)
        if aligned is None or aligned.score < QUOTE_NEAR_CONTAINMENT:
            continue
        start, end = _word_bounds(text, span, span.start + aligned.dest_start, span.start + aligned.dest_end)
        if end > start and (best is None or aligned.score > best[0]):
            best = (aligned.score, Span(start=start, end=end, text=text[start:end]))
    return [best[1]] if best is not None else evidence


def _members(cluster: _Cluster[T], narrow_quotes: bool) -> tuple[list[Member], list[_Item[T]]]:
    by_article: dict[int, list[_Item[T]]] = {}
    everyone = cluster.primary + cluster.folded + cluster.secondary
    for entry in everyone:
        by_article.setdefault(entry.article.index, []).append(entry)
    members: list[Member] = []
    ordered: list[_Item[T]] = []
    # A longer quote is narrowed to the group's shortest quote: the words every outlet shares.
    target = min(cluster.primary, key=lambda x: (len(norm(x.wording)), x.key))
    rep_norm = norm(target.wording)
    for index in sorted(by_article):
        its = sorted(by_article[index], key=lambda x: x.key)
        art = its[0].article
        evidence: list[Span] = []
        for one in its:
            spans = list(one.item.evidence)
            if narrow_quotes and len(norm(one.wording)) > len(rep_norm) and rep_norm in norm(one.wording):
                spans = _narrow(spans, art.extraction.text, target.wording)
            evidence.extend(s for s in spans if s not in evidence)
        evidence.sort(key=lambda s: (s.start, s.end))
        members.append(
            Member(
                article=index,
                extraction_id=art.extraction.id,
                outlet=art.outlet,
                item_ids=[it.item.id for it in its],
                wording=its[0].wording,
                evidence=evidence,
            )
        )
        ordered.extend(its)
    return members, ordered


@dataclass
class _Built(Generic[T]):
    cluster: _Cluster[T]
    representative: _Item[T]
    members: list[Member]
    items: list[_Item[T]]
    articles: list[int]
    outlets: list[str]
    independent: int
    first_key: int
    id: str = ""
    conflicts: list[Conflict] = field(default_factory=list)


def _build(
    clusters: list[_Cluster[T]],
    scores: dict[tuple[int, int], float],
    prefix: str,
    narrow_quotes: bool = False,
) -> list[_Built[T]]:
    built: list[_Built[T]] = []
    for cluster in clusters:
        rep = _representative(cluster, scores)
        members, items = _members(cluster, narrow_quotes)
        keys: dict[str, str] = {}
        for it in items:
            keys.setdefault(it.article.outlet_key, it.article.label())
        built.append(
            _Built(
                cluster=cluster,
                representative=rep,
                members=members,
                items=items,
                articles=[m.article for m in members],
                outlets=list(keys.values()),
                independent=len(keys),
                first_key=min(it.key for it in cluster.primary),
            )
        )
    # Most corroborated first; then the order in which a reader meets them.
    built.sort(key=lambda b: (-b.independent, -len(b.members), b.first_key))
    for n, b in enumerate(built, 1):
        b.id = f"{prefix}{n}"
    return built


def _variants(items: Sequence[_Item[T]]) -> list[str]:
    seen: dict[str, str] = {}
    for it in items:
        seen.setdefault(norm(it.wording), it.wording.strip())
    return list(seen.values())


def _flatten(
    articles: list[_Article], pick: Callable[[Extraction], Sequence[T]], wording: Callable[[T], str]
) -> list[_Item[T]]:
    items: list[_Item[T]] = []
    for art in articles:
        for item in pick(art.extraction):
            items.append(_Item(key=len(items), article=art, item=item, wording=wording(item)))
    return items


# --------------------------------------------------------------------------- per type


def _quote_score(a: _Item[Quote], b: _Item[Quote]) -> float | None:
    return quote_similarity(a.wording, b.wording)


def _figure_context(it: _Item[Figure], span_index: int = 0) -> str:
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


def _measure_similarity(a: _Item[Figure], b: _Item[Figure]) -> tuple[float, bool]:
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


def _figure_score(a: _Item[Figure], b: _Item[Figure]) -> float | None:
    fa, fb = a.item, b.item
    if not math.isclose(fa.value, fb.value, rel_tol=1e-9, abs_tol=1e-12):
        return None
    if fa.kind != fb.kind or not units_compatible(fa.unit, fb.unit) or not _same_range_and_rate(fa, fb):
        return None
    if fa.subject and fb.subject and not _entities_match(fa.subject, a.article, fb.subject, b.article):
        return None
    sim, named = _measure_similarity(a, b)
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


def _same_figure(a: Figure, b: Figure) -> bool:
    """One article's two mentions of one number (SPEC: "500" in a headline, "around 500" in the body)."""
    return (
        math.isclose(a.value, b.value)
        and a.kind == b.kind
        and units_compatible(a.unit, b.unit)
        and _same_range_and_rate(a, b)
    )


def _participants_shared(a: _Item[Event], b: _Item[Event]) -> bool | None:
    """True or False when both list participants, None when either does not."""
    pa, pb = a.item.participants, b.item.participants
    if not pa or not pb:
        return None
    return any(_entities_match(x, a.article, y, b.article) for x in pa for y in pb)


def _event_date(e: Event) -> str | None:
    return e.when.date if e.when else None


def _event_score(a: _Item[Event], b: _Item[Event]) -> float | None:
    if not dates_compatible(_event_date(a.item), _event_date(b.item)):
        return None
    if _participants_shared(a, b) is False:
        return None
    same_type = norm(a.item.type) == norm(b.item.type)
    if same_type and norm(a.item.type) in SPEECH_ACT_TYPES:
        sim = text_similarity(speech_act(a.item.summary), speech_act(b.item.summary))
    else:
        sim = text_similarity(a.item.summary, b.item.summary)
    return sim if sim >= (EVENT_SUMMARY_MATCH if same_type else EVENT_SUMMARY_MATCH_OTHER_TYPE) else None


def speech_act(summary: str) -> str:
    """An act of speech without its content: "X announced on Thursday that NATO will ..." -> "X announced on Thursday"."""
    m = re.search(r"\s+that\s+", summary)
    return summary[: m.start()] if m else summary


def _attribution_score(a: _Item[Attribution], b: _Item[Attribution]) -> float | None:
    if not _entities_match(a.item.source, a.article, b.item.source, b.article):
        return None
    sim = text_similarity(a.item.claim, b.item.claim)
    return sim if sim >= ATTRIBUTION_CLAIM_MATCH else None


# --------------------------------------------------------------------------- conflicts


def _figure_value(f: Figure) -> str:
    unit = canonical_unit(f.unit)
    value = f"{f.value:g}" if f.value_max is None else f"{f.value:g}-{f.value_max:g}"
    per = f" per {canonical_unit(f.per)}" if f.per else ""
    return f"{value}{' ' + unit if unit else ''}{per}"


def _figure_conflicts(groups: list[_Built[Figure]], articles: list[_Article]) -> None:
    def states_both(a: Figure, b: Figure) -> bool:
        # An article giving both numbers for compatible units presents them as different facts
        # ("from 500 personnel to around 4,000"), whatever its measures say.
        for art in articles:
            values = [f.value for f in art.extraction.figures if units_compatible(f.unit, a.unit)]
            if any(math.isclose(v, a.value) for v in values) and any(
                math.isclose(v, b.value) for v in values
            ):
                return True
        return False

    for i, ga in enumerate(groups):
        for gb in groups[i + 1 :]:
            fa, fb = ga.representative.item, gb.representative.item
            if (
                math.isclose(fa.value, fb.value)
                or fa.kind != fb.kind
                or not units_compatible(fa.unit, fb.unit)
                or states_both(fa, fb)
            ):
                continue
            best: tuple[float, str, str] | None = None
            for x in ga.items:
                for y in gb.items:
                    mx, my = named_measure(x.item), named_measure(y.item)
                    if mx and my and word_overlap(mx, my) >= FIGURE_CONFLICT_OVERLAP:
                        sim = text_similarity(mx, my)
                        if best is None or sim > best[0]:
                            best = (sim, mx, my)
            if best is None or best[0] < FIGURE_CONFLICT_MEASURE:
                continue
            conflict = Conflict(
                field="value",
                values=[
                    ConflictValue(value=_figure_value(fa), group=ga.id, articles=ga.articles),
                    ConflictValue(value=_figure_value(fb), group=gb.id, articles=gb.articles),
                ],
                reason=f"same measure: {best[1]!r} / {best[2]!r} (similarity {best[0]:.0f})",
            )
            ga.conflicts.append(conflict)
            gb.conflicts.append(conflict)


def _event_conflicts(groups: list[_Built[Event]]) -> None:
    for i, ga in enumerate(groups):
        for gb in groups[i + 1 :]:
            if set(ga.articles) & set(gb.articles):
                continue
            ea, eb = ga.representative, gb.representative
            da, db = _event_date(ea.item), _event_date(eb.item)
            if dates_compatible(da, db) or norm(ea.item.type) != norm(eb.item.type):
                continue
            if _participants_shared(ea, eb) is not True:
                continue
            sim = text_similarity(ea.item.summary, eb.item.summary)
            if sim < EVENT_CONFLICT_SUMMARY:
                continue
            conflict = Conflict(
                field="date",
                values=[
                    ConflictValue(value=da or "", group=ga.id, articles=ga.articles),
                    ConflictValue(value=db or "", group=gb.id, articles=gb.articles),
                ],
                reason=f"same {ea.item.type} with shared participants, summaries similar ({sim:.0f})",
            )
            ga.conflicts.append(conflict)
            gb.conflicts.append(conflict)


def _speaker_conflicts(groups: list[_Built[Quote]]) -> None:
    for g in groups:
        sides: list[tuple[_Item[Quote], list[int]]] = []
        for it in g.items:
            speaker = _speaker(it.item.speaker)
            if speaker is None:
                continue
            for side, arts in sides:
                assert side.item.speaker is not None
                if _entities_match(side.item.speaker, side.article, speaker, it.article):
                    if it.article.index not in arts:
                        arts.append(it.article.index)
                    break
            else:
                sides.append((it, [it.article.index]))
        if len(sides) > 1:
            g.conflicts.append(
                Conflict(
                    field="speaker",
                    values=[
                        ConflictValue(value=side.item.speaker or "", group=g.id, articles=arts)
                        for side, arts in sides
                    ],
                    reason="the same words attributed to different speakers",
                )
            )


# --------------------------------------------------------------------------- the story


def _story_article(art: _Article) -> StoryArticle:
    ex = art.extraction
    return StoryArticle(
        index=art.index,
        extraction_id=ex.id,
        title=ex.metadata.title,
        outlet=art.outlet,
        republished_from=ex.metadata.republished_from,
        outlet_key=art.outlet_key,
        published=ex.metadata.published,
        text=ex.text,
        body=ex.body,
        boilerplate=ex.boilerplate,
    )


G = TypeVar("G", QuoteGroup, FigureGroup, EventGroup, AttributionGroup)


def _group(cls: type[G], b: _Built[T]) -> G:
    return cls.model_validate(
        {
            "id": b.id,
            "representative": b.representative.item,
            "members": b.members,
            "variants": _variants(b.items),
            "articles": b.articles,
            "outlets": b.outlets,
            "independent_outlets": b.independent,
            "conflicts": b.conflicts,
        }
    )


def corroborate(inputs: Sequence[StoryInput | Extraction]) -> Story:
    """Group the facts of several articles (in the given order) across outlets."""
    articles = [
        _article(i, given if isinstance(given, StoryInput) else StoryInput(extraction=given))
        for i, given in enumerate(inputs)
    ]

    quote_items = _flatten(articles, lambda ex: ex.quotes, lambda q: q.text)
    quote_clusters, quote_scores = _cluster(quote_items, _quote_score)
    _add_containing_quotes(quote_clusters, quote_items, quote_scores)
    quotes = _build(quote_clusters, quote_scores, "q", narrow_quotes=True)
    _speaker_conflicts(quotes)

    figure_items = _flatten(articles, lambda ex: ex.figures, lambda f: f.text)
    figures = _build(*_cluster(figure_items, _figure_score, _same_figure), "f")
    _figure_conflicts(figures, articles)

    event_items = _flatten(articles, lambda ex: ex.events, lambda e: e.summary)
    events = _build(*_cluster(event_items, _event_score), "e")
    _event_conflicts(events)

    attribution_items = _flatten(articles, lambda ex: ex.attributions, lambda a: a.claim)
    attributions = _build(*_cluster(attribution_items, _attribution_score), "a")

    warnings = []
    if len({a.outlet_key for a in articles}) < len(articles):
        warnings.append("some articles share an outlet (or republish one): they count once per group")
    if any(a.outlet_key.startswith("extraction:") for a in articles):
        warnings.append("outlet unknown for some articles: each counts as its own outlet")
    return Story(
        articles=[_story_article(a) for a in articles],
        quotes=[_group(QuoteGroup, b) for b in quotes],
        figures=[_group(FigureGroup, b) for b in figures],
        events=[_group(EventGroup, b) for b in events],
        attributions=[_group(AttributionGroup, b) for b in attributions],
        warnings=warnings,
    )
