"""Splitting long articles into chunks the model can take, at sentence boundaries.

Token counts are *estimated* as characters / ``CHARS_PER_TOKEN`` (4), the usual
rule of thumb for English prose under OpenAI-style BPE tokenizers. Providers
tokenize differently and no tokenizer can be downloaded here, so budgets are
approximate by design: ``llm_chunk_tokens`` should leave head-room under the
model's context window for the static prompt prefix and the answer.

Chunks are slices of the body text the model is shown (``Document.body_text``):
whole sentences, consecutive, each under the budget where a sentence allows it,
and each repeating the last ``overlap`` tokens' worth of sentences of the one
before, so a fact straddling a boundary is seen whole at least once. The
duplicates this makes are merged away afterwards (``merge``).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from dataclasses import dataclass

from service.pipeline.document import Document

CHARS_PER_TOKEN = 4

# A sentence ends at . ! ? or … (plus closing quotes or brackets), before
# whitespace and a capital, digit or opening quote. Abbreviations followed by a
# lower-case word ("U.S. drone") do not split; "Mr. Smith" does, which only
# moves a chunk boundary by a few words.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_WHITESPACE = re.compile(r"\s+")


def estimate_tokens(text: str) -> int:
    """Approximate token count of ``text`` (characters / 4, rounded up)."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


@dataclass(frozen=True)
class Chunk:
    """A contiguous slice ``[start, end)`` of the body text."""

    index: int
    start: int
    end: int
    text: str


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(start, end)``; each includes the whitespace after it.

    The spans tile the text: concatenated, they are ``text`` again.
    """
    cuts = {0, len(text)}
    cuts.update(m.end() for m in _PARAGRAPH.finditer(text))
    cuts.update(m.end() for m in _SENTENCE_END.finditer(text))
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if b > a]


def _hard_split(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Split one over-long sentence at whitespace so every piece fits ``max_chars``."""
    pieces: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        spaces = [m.end() for m in _WHITESPACE.finditer(window)]
        cut = start + (spaces[-1] if spaces and spaces[-1] > 0 else max_chars)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_into_chunks(text: str, max_tokens: int, overlap_tokens: int) -> list[Chunk]:
    """Chunks of ``text`` under ``max_tokens`` (estimated), overlapping by up to ``overlap_tokens``."""
    if estimate_tokens(text) <= max_tokens:
        return [Chunk(0, 0, len(text), text)]
    max_chars = max_tokens * CHARS_PER_TOKEN
    overlap_chars = min(overlap_tokens * CHARS_PER_TOKEN, max_chars // 2)
    units: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        units.extend(_hard_split(text, a, b, max_chars) if b - a > max_chars else [(a, b)])

    chunks: list[Chunk] = []
    first = 0
    while first < len(units):
        last = first
        while last + 1 < len(units) and units[last + 1][1] - units[first][0] <= max_chars:
            last += 1
        start, end = units[first][0], units[last][1]
        body = text[start:end].rstrip()
        chunks.append(Chunk(len(chunks), start, start + len(body), body))
        if last == len(units) - 1:
            break
        # The next chunk starts as many whole sentences back as fit the overlap,
        # but always after this chunk's first sentence, so every chunk makes progress.
        nxt = last + 1
        while nxt - 1 > first and end - units[nxt - 1][0] <= overlap_chars:
            nxt -= 1
        first = nxt
    return chunks


class BodyMap:
    """Maps offsets in ``doc.body_text`` back to offsets in ``doc.text``.

    ``body_text`` is the body blocks joined by blank lines, so an offset inside
    block *i* of the joined text is that block's start in the document plus the
    distance into the block.
    """

    SEPARATOR = "\n\n"

    def __init__(self, doc: Document) -> None:
        self._body_starts: list[int] = []
        self._doc_starts: list[int] = []
        pos = 0
        for block in doc.body_blocks:
            self._body_starts.append(pos)
            self._doc_starts.append(block.start)
            pos += len(block.text) + len(self.SEPARATOR)

    def to_doc(self, body_offset: int) -> int | None:
        i = bisect.bisect_right(self._body_starts, body_offset) - 1
        if i < 0:
            return None
        return self._doc_starts[i] + (body_offset - self._body_starts[i])


def halve(chunk: Chunk) -> tuple[Chunk, Chunk] | None:
    """``chunk`` cut in two at the sentence boundary nearest its middle; ``None`` for one sentence."""
    spans = sentence_spans(chunk.text)
    if len(spans) < 2:
        return None
    middle = len(chunk.text) / 2
    cut = min((end for _, end in spans[:-1]), key=lambda end: abs(end - middle))
    left = chunk.text[:cut].rstrip()
    right = chunk.text[cut:]
    return (
        Chunk(chunk.index, chunk.start, chunk.start + len(left), left),
        Chunk(chunk.index, chunk.start + cut, chunk.end, right),
    )
