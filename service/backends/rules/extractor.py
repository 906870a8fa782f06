"""Rules extractor, first cut: direct quotes, "according to" attributions, numeric figures."""

from __future__ import annotations

import re

from schemas import AttributionDraft, EntityDraft, ExtractionDraft, FigureDraft, QuoteDraft
from service.document import Document

RULES_VERSION = "0.1"

_QUOTE = re.compile(r"[“\"‘]([^“”\"]{3,}?)[”\"]")
_SAID_AFTER = re.compile(r"^[,.]?\s*(?:(?P<name>[A-Z][\w.-]+(?: [A-Z][\w.-]+)*) (?P<cue>said|added|stated))")
_NUMBER = re.compile(
    r"(?<![\w,.])(?P<q>(?:around|about|some|nearly|almost|more than|at least) )?(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) (?P<unit>[a-z]+)"
)
_ACCORDING = re.compile(r"[Aa]ccording to (?P<src>[A-Z][\w.]*(?: [A-Z][\w.]*)*),? (?P<claim>[^.]+)\.")
_QUALIFIERS = {
    "around": "approximate",
    "about": "approximate",
    "some": "approximate",
    "nearly": "at_most",
    "almost": "at_most",
    "more than": "at_least",
    "at least": "at_least",
}


def extract_draft(doc: Document) -> ExtractionDraft:
    quotes: list[QuoteDraft] = []
    figures: list[FigureDraft] = []
    attributions: list[AttributionDraft] = []
    people: dict[str, EntityDraft] = {}
    for block in doc.body_blocks:
        t = block.text
        for m in _QUOTE.finditer(t):
            after = _SAID_AFTER.match(t[m.end() :])
            speaker = after.group("name") if after else None
            if speaker:
                people.setdefault(speaker, EntityDraft(name=speaker, type="person"))
            quotes.append(
                QuoteDraft(
                    text=m.group(1),
                    evidence=[m.group(1)],
                    speaker=speaker,
                    speaker_mention=speaker,
                    cue=after.group("cue") if after else None,
                    hint=block.start + m.start(1),
                )
            )
        for m in _NUMBER.finditer(t):
            n = m.group("n")
            value = float(n.replace(",", ""))
            if 1900 <= value <= 2100 and "," not in n:
                continue
            q = (m.group("q") or "").strip()
            figures.append(
                FigureDraft(
                    text=m.group(0),
                    value=value,
                    unit=m.group("unit"),
                    kind="count",
                    qualifier=_QUALIFIERS.get(q, "exact"),
                    evidence=[m.group(0)],
                    hint=block.start + m.start(),
                )
            )
        for m in _ACCORDING.finditer(t):
            attributions.append(
                AttributionDraft(
                    source=m.group("src"),
                    claim=m.group("claim"),
                    cue="according to",
                    evidence=[m.group(0)],
                    hint=block.start + m.start(),
                )
            )
    return ExtractionDraft(
        entities=list(people.values()), quotes=quotes, figures=figures, attributions=attributions
    )
