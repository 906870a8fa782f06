"""Alignment: turning a backend's verbatim evidence strings into offsets.

Three passes, cheapest and most trustworthy first:

1. exact: the string occurs in the text as is;
2. normalised: it occurs once case, quotation-mark style, dash style and
   whitespace are folded (models "fix" curly quotes and collapse spaces);
3. fuzzy: rapidfuzz's partial-ratio alignment finds the best window, accepted
   only above ``FUZZY_MIN_SCORE`` and for strings of at least
   ``FUZZY_MIN_CHARS`` (short strings match anything somewhere).

Whatever pass matches, the returned span's text is cut from the article, so
``span.text == text[span.start:span.end]`` holds by construction. A string
that matches nowhere returns ``None``; the caller drops and counts it.

An :class:`Aligner` is built once per document; the folded copy of the text
and its offset map are computed once (and shared with the aligners made by
:meth:`Aligner.over`), so aligning many strings costs one substring search
each; a string's fuzzy match, which does not depend on the hint, is searched
for once however often the string is aligned.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from schemas import Span

Method = Literal["exact", "normalized", "fuzzy"]

# Accept a fuzzy window only if it scores at least this (0-100, rapidfuzz partial ratio).
FUZZY_MIN_SCORE = 90.0
# Strings shorter than this (after folding) are never fuzzily aligned.
FUZZY_MIN_CHARS = 16
# A fuzzy window must be within this factor of the evidence string's length.
FUZZY_LENGTH_TOLERANCE = 0.2

# Characters that models and editors swap for one another.
_FOLD: dict[str, str] = {
    **dict.fromkeys("‘’‚‛′`´ʼ", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": ".",  # an ellipsis is folded to one dot; "..." stays three: a rare miss, never a false match
}
_SPACE = frozenset(" \t\n\r\u00a0")
_FOLD_TABLE = str.maketrans(_FOLD)
# Where str.lower() on a whole string differs from fold's per-character rule:
# U+0130 lowercases to two characters (fold keeps it), and U+03A3 lowercases
# by its neighbours (final sigma).
_WHOLE_STRING_LOWER_DIFFERS = frozenset("\u0130\u03a3")


def fold(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` for comparison and map each folded index back to the original.

    Returns the folded string and ``origin``, where ``origin[i]`` is the index in
    ``text`` of folded character ``i``; ``origin[len(folded)] == len(text)``.
    """
    out: list[str] = []
    origin: list[int] = []
    prev_space = True  # drops leading whitespace
    for i, ch in enumerate(text):
        if ch in _SPACE or ch.isspace():
            if not prev_space:
                out.append(" ")
                origin.append(i)
            prev_space = True
            continue
        prev_space = False
        mapped = _FOLD.get(ch)
        if mapped is None:
            low = ch.lower()
            mapped = low if len(low) == 1 else ch
        out.append(mapped)
        origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    origin.append(len(text))
    return "".join(out), origin


def fold_plain(text: str) -> str:
    """``fold(text)[0]`` without the offset map.

    The merge keys of every item are folded (``service.grounding.ground``): done by
    str methods in C instead of a Python loop per character, a tenth of the
    grounding's CPU. ``str.split()`` splits exactly where ``str.isspace()``
    holds, and neither the fold table nor lowercasing makes or removes a space.
    """
    if not _WHOLE_STRING_LOWER_DIFFERS.isdisjoint(text):
        return fold(text)[0]
    return " ".join(text.translate(_FOLD_TABLE).lower().split())


@dataclass(frozen=True)
class Alignment:
    span: Span
    method: Method
    score: float


class _FoldedText:
    """One text's folded copy and offset map (:func:`fold`), built on first use."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._value: tuple[str, list[int]] | None = None

    def get(self) -> tuple[str, list[int]]:
        if self._value is None:
            self._value = fold(self._text)
        return self._value


class Aligner:
    """Aligns evidence strings to one document's text.

    ``allowed`` restricts matches to these [start, end) regions (the body
    blocks); ``None`` allows the whole text.
    """

    def __init__(self, text: str, allowed: Sequence[tuple[int, int]] | None = None) -> None:
        self.text = text
        self._allowed = sorted(allowed) if allowed is not None else [(0, len(text))]
        self._allowed_starts = [a for a, _ in self._allowed]
        self._folded_text = _FoldedText(text)
        self._fuzzy_found: dict[str, Alignment | None] = {}

    def over(self, allowed: Sequence[tuple[int, int]] | None) -> Aligner:
        """An aligner over the same text with other allowed regions, folding the text once for both."""
        other = Aligner(self.text, allowed)
        other._folded_text = self._folded_text
        return other

    # ------------------------------------------------------------------ public

    def align(self, evidence: str, hint: int | None = None) -> Alignment | None:
        """Best span for ``evidence``, or ``None`` when it is not in the allowed text."""
        needle = evidence.strip()
        if not needle:
            return None
        span = self._exact(needle, hint)
        if span is not None:
            return Alignment(span, "exact", 100.0)
        span = self._normalized(needle, hint)
        if span is not None:
            return Alignment(span, "normalized", 100.0)
        if needle not in self._fuzzy_found:
            self._fuzzy_found[needle] = self._fuzzy(needle)
        return self._fuzzy_found[needle]

    def locates(self, evidence: str) -> bool:
        """``align(evidence) is not None``, without building the span: a yes/no for a validator."""
        needle = evidence.strip()
        if not needle:
            return False
        if self._nearest(self.text, needle, None, None, lambda s: (s, s + len(needle))) is not None:
            return True
        if self._normalized_at(needle, None) is not None:
            return True
        if needle not in self._fuzzy_found:
            self._fuzzy_found[needle] = self._fuzzy(needle)
        return self._fuzzy_found[needle] is not None

    # ------------------------------------------------------------------ passes

    def _exact(self, needle: str, hint: int | None) -> Span | None:
        start = self._nearest(self.text, needle, hint, hint, lambda s: (s, s + len(needle)))
        return None if start is None else self._span(*start)

    def _nearest(
        self,
        haystack: str,
        needle: str,
        pivot: int | None,
        hint: int | None,
        to_text: Callable[[int], tuple[int, int]],
    ) -> tuple[int, int] | None:
        """The allowed occurrence of ``needle`` nearest ``hint`` (the first one without a hint).

        ``pivot`` is the hint in ``haystack``'s coordinates; ``to_text`` maps a
        haystack offset to the (start, end) it covers in the article.

        Searches outward from the hint instead of listing every occurrence, so a
        string repeated thousands of times in a long article costs what one
        occurrence does: alignment stays linear in the article's length.
        """
        pivot = 0 if pivot is None or hint is None else max(0, min(len(haystack), pivot))
        after: tuple[int, int] | None = None
        i = haystack.find(needle, pivot)
        while i != -1:
            cand = to_text(i)
            if self._is_allowed(*cand):
                after = cand
                break
            i = haystack.find(needle, i + 1)
        if hint is None or pivot == 0:
            return after
        before: tuple[int, int] | None = None
        j = haystack.rfind(needle, 0, pivot + len(needle) - 1)
        while j != -1:
            cand = to_text(j)
            if self._is_allowed(*cand):
                before = cand
                break
            j = haystack.rfind(needle, 0, j + len(needle) - 1)
        if before is None or after is None:
            return before or after
        return before if abs(before[0] - hint) <= abs(after[0] - hint) else after

    def _ensure_folded(self) -> tuple[str, list[int]]:
        return self._folded_text.get()

    def _normalized(self, needle: str, hint: int | None) -> Span | None:
        found = self._normalized_at(needle, hint)
        return None if found is None else self._span(*found)

    def _normalized_at(self, needle: str, hint: int | None) -> tuple[int, int] | None:
        folded, origin = self._ensure_folded()
        fneedle = fold_plain(needle)
        if not fneedle:
            return None
        n = len(fneedle)
        fhint = None if hint is None else bisect.bisect_left(origin, hint)
        return self._nearest(folded, fneedle, fhint, hint, lambda fs: (origin[fs], origin[fs + n - 1] + 1))

    def _fuzzy(self, needle: str) -> Alignment | None:
        # The best-scoring window in the allowed regions: where the evidence was hinted to be does not matter.
        fneedle = fold_plain(needle)
        if len(fneedle) < FUZZY_MIN_CHARS:
            return None
        folded, origin = self._ensure_folded()
        # partial_ratio compares windows of the needle's own length, so it only
        # locates; an inserted or dropped word is scored by the refinement below.
        locate_cutoff = FUZZY_MIN_SCORE - 100 * FUZZY_LENGTH_TOLERANCE
        best: tuple[float, int, int] | None = None
        for a_start, a_end in self._allowed:
            f_lo = bisect.bisect_left(origin, a_start)
            f_hi = bisect.bisect_left(origin, a_end)
            region = folded[f_lo:f_hi]
            if len(region) < len(fneedle) * (1 - FUZZY_LENGTH_TOLERANCE):
                continue
            res = fuzz.partial_ratio_alignment(fneedle, region, score_cutoff=locate_cutoff)
            if res is None:
                continue
            refined = _refine(fneedle, region, res.dest_start, res.dest_end)
            if refined is not None and (best is None or refined[0] > best[0]):
                best = (refined[0], f_lo + refined[1], f_lo + refined[2])
        if best is None:
            return None
        score, fs, fe = best
        start, end = origin[fs], origin[fe - 1] + 1
        start, end = self._snap_to_words(start, end)
        span = self._span(start, end)
        return Alignment(span, "fuzzy", float(score)) if span is not None else None

    # ------------------------------------------------------------------ helpers

    def _snap_to_words(self, start: int, end: int) -> tuple[int, int]:
        """Widen a fuzzy window so it neither starts nor ends inside a word."""
        text = self.text
        while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
        while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        return start, end

    def _is_allowed(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._allowed_starts, start) - 1
        return i >= 0 and self._allowed[i][0] <= start and end <= self._allowed[i][1]

    def _span(self, start: int, end: int) -> Span | None:
        text = self.text[start:end]
        if not text:
            return None
        return Span(start=start, end=end, text=text)


def _refine(needle: str, region: str, lo: int, hi: int) -> tuple[float, int, int] | None:
    """Best whole-word window near [lo, hi) by full ratio, if it reaches ``FUZZY_MIN_SCORE``."""
    slack = max(4, int(len(needle) * FUZZY_LENGTH_TOLERANCE))
    a, b = max(0, lo - slack), min(len(region), hi + slack)
    starts = [i for i in range(a, min(lo + slack, len(region))) if i == 0 or region[i - 1] == " "]
    ends = [j for j in range(max(hi - slack, a + 1), b + 1) if j == len(region) or region[j] == " "]
    best: tuple[float, int, int] | None = None
    for i in starts:
        for j in ends:
            if j - i < 1 or abs((j - i) - len(needle)) > slack:
                continue
            score = fuzz.ratio(needle, region[i:j], score_cutoff=FUZZY_MIN_SCORE)
            if score and (best is None or score > best[0]):
                best = (score, i, j)
    return best
