"""Gold answers: the layout of ``evals/gold/NAME.json``, loading, and resolving to offsets.

A gold file is written by a person reading the article, so its evidence is
verbatim strings rather than offsets (SPEC, "Gold files"). This module turns
those strings into spans of the article as the service normalises it, and
refuses a file with anything it cannot place: every problem is collected and
reported with its JSON path, so one run shows the labeller everything to fix.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from schemas import EventStatus, FigureKind, Qualifier, SourceType, Span
from schemas.kinds import kind_names
from schemas.models import DATE_PATTERN, EntityType
from service import normalize_text

# --------------------------------------------------------------------------- layout


class _Gold(BaseModel):
    # Typos in a hand-written file must fail loudly, not silently drop a field.
    model_config = ConfigDict(extra="forbid")


class EvidenceRef(_Gold):
    """A string that occurs more than once, and which occurrence is meant (1-based)."""

    text: Annotated[str, Field(min_length=1)]
    occurrence: Annotated[int, Field(ge=1)]


NonEmpty = Annotated[str, Field(min_length=1)]
EvidenceEntry = NonEmpty | EvidenceRef
EvidenceList = Annotated[list[EvidenceEntry], Field(min_length=1)]


def _calendar_date(value: str | None) -> str | None:
    """A gold date names a day, month or year of the calendar, or the file is refused.

    ``DATE_PATTERN`` lets "2021-02-30", "2021-04-31" and year "0000" through. An extraction's
    such date is read as null (``schemas.models``); a labeller's is a typo to fix, never a
    date silently scored as "cannot be resolved" or never matched (session 34).
    """
    if value is not None:
        parts = value.split("-")
        try:
            dt.date(
                int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
            )
        except ValueError:
            raise ValueError(f"{value!r} is no date of the calendar") from None
    return value


GoldDate = Annotated[str | None, Field(pattern=DATE_PATTERN), AfterValidator(_calendar_date)]
# A gold number is finite: JSON's NaN and Infinity (and 1e309, read as infinity) are refused,
# where they were scored as a value no prediction can equal (session 34).
GoldNumber = Annotated[float, Field(allow_inf_nan=False)]


class GoldTime(_Gold):
    text: NonEmpty
    date: GoldDate = None


class GoldEntity(_Gold):
    id: str | None = None
    name: NonEmpty
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    note: str | None = None


class GoldEvent(_Gold):
    id: str | None = None
    summary: NonEmpty
    type: NonEmpty
    trigger: NonEmpty
    when: GoldTime | None = None
    where: str | None = None
    participants: list[str] = Field(default_factory=list)
    status: EventStatus = "occurred"
    evidence: EvidenceList
    note: str | None = None


class GoldFigure(_Gold):
    id: str | None = None
    text: NonEmpty
    value: GoldNumber
    # Schema 1.1: the upper end of a range and the denominator of a rate. A 1.0 gold
    # range (qualifier range, no value_max) is scored on its lower end only.
    value_max: GoldNumber | None = None
    unit: str | None = None
    per: str | None = None
    kind: FigureKind
    qualifier: Qualifier = "exact"
    measure: str = ""
    subject: str | None = None
    evidence: EvidenceList
    note: str | None = None


class GoldQuote(_Gold):
    id: str | None = None
    text: NonEmpty
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    partial: bool = False
    evidence: EvidenceList
    note: str | None = None


class GoldAttribution(_Gold):
    id: str | None = None
    source: NonEmpty
    source_type: SourceType = "other"
    claim: NonEmpty
    cue: NonEmpty
    via: str | None = None
    evidence: EvidenceList
    note: str | None = None


class GoldMetadata(_Gold):
    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    outlet: str | None = None
    published: GoldDate = None
    republished_from: str | None = None


class GoldFile(_Gold):
    """One hand-labelled article (the layout the SPEC describes)."""

    article: NonEmpty
    published: dt.date = Field(description="The date relative time expressions resolve against.")
    note: str = ""
    metadata: GoldMetadata = Field(default_factory=GoldMetadata)
    boilerplate: list[EvidenceEntry] = Field(default_factory=list)
    entities: list[GoldEntity] = Field(default_factory=list)
    events: list[GoldEvent] = Field(default_factory=list)
    figures: list[GoldFigure] = Field(default_factory=list)
    quotes: list[GoldQuote] = Field(default_factory=list)
    attributions: list[GoldAttribution] = Field(default_factory=list)


# --------------------------------------------------------------------------- errors


class GoldError(Exception):
    """A gold file that cannot be used; ``problems`` lists every reason, each with its JSON path."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{source}: {len(self.problems)} problem(s)\n{lines}")


# --------------------------------------------------------------------------- resolved


G = TypeVar("G", bound=BaseModel)


@dataclass(frozen=True)
class GoldItem(Generic[G]):
    """A gold item with its evidence resolved to spans of the normalised article."""

    index: int
    item: G
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class ResolvedGold:
    """A gold file placed on its article: every evidence string is now a span."""

    stem: str
    gold: GoldFile
    text: str
    boilerplate: tuple[tuple[int, int], ...]
    # Each item kind's gold items by its list name (``schemas.kinds``), in file order.
    by_kind: Mapping[str, tuple[GoldItem[Any], ...]]
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def items(self, kind: str) -> Sequence[GoldItem[Any]]:
        return self.by_kind.get(kind, ())


# --------------------------------------------------------------------------- loading


def load_gold(path: Path) -> GoldFile:
    """Parse and schema-check one gold file; raises ``GoldError`` with every schema problem."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(str(path), [f"cannot read: {exc}"]) from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldError(str(path), [f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]) from exc
    except RecursionError as exc:
        # Thousands of nested brackets: the parser's stack, not a traceback (session 34).
        raise GoldError(str(path), ["not JSON this program can read: nested too deeply"]) from exc
    except ValueError as exc:
        # An integer of more digits than Python converts (4,300): ValueError, not JSONDecodeError.
        raise GoldError(
            str(path), [f"not JSON this program can read: {str(exc).splitlines()[0][:200]}"]
        ) from exc
    try:
        gold = GoldFile.model_validate(data)
    except ValidationError as exc:
        problems = [f"{_json_path(e['loc'])}: {e['msg']}" for e in exc.errors(include_url=False)]
        raise GoldError(str(path), problems) from exc
    if gold.article != path.stem:
        raise GoldError(str(path), [f"article: {gold.article!r} does not match the file stem {path.stem!r}"])
    return gold


def _json_path(loc: Iterable[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


# --------------------------------------------------------------------------- resolving


def occurrences(text: str, needle: str) -> list[int]:
    """Start offsets of the occurrences of ``needle`` in ``text``, left to right, non-overlapping.

    The gold labelling guide counts ``occurrence`` this way (what ``str.count`` counts).
    """
    found: list[int] = []
    pos = text.find(needle)
    while pos != -1:
        found.append(pos)
        pos = text.find(needle, pos + len(needle))
    return found


def _fold(text: str) -> str:
    # Only to explain a miss: what a labeller most often gets wrong is the
    # quotation-mark or dash style, or case; the match itself stays exact.
    table = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return " ".join(text.translate(table).casefold().split())


class _Resolver:
    def __init__(self, text: str) -> None:
        self.text = text
        self.problems: list[str] = []
        self._folded = _fold(text)

    def span(self, entry: EvidenceEntry, where: str) -> Span | None:
        """The span ``entry`` names, or ``None`` after recording why it names none."""
        raw, wanted = (entry, None) if isinstance(entry, str) else (entry.text, entry.occurrence)
        needle = normalize_text(raw)
        if not needle:
            self.problems.append(f"{where}: empty after normalisation: {raw!r}")
            return None
        starts = occurrences(self.text, needle)
        if not starts:
            self.problems.append(
                f"{where}: not found in the normalised article: {_clip(needle)!r}{self._hint(needle)}"
            )
            return None
        if wanted is None:
            if len(starts) > 1:
                self.problems.append(
                    f"{where}: occurs {len(starts)} times (offsets {starts}); write it as "
                    f'{{"text": ..., "occurrence": N}} to say which: {_clip(needle)!r}'
                )
                return None
            start = starts[0]
        else:
            if wanted > len(starts):
                self.problems.append(
                    f"{where}: occurrence {wanted} asked for, but the string occurs "
                    f"{len(starts)} time(s): {_clip(needle)!r}"
                )
                return None
            start = starts[wanted - 1]
        return Span(start=start, end=start + len(needle), text=needle)

    def _hint(self, needle: str) -> str:
        if _fold(needle) in self._folded:
            return " (it is there with different quotation marks, dashes, case or spacing)"
        return ""

    def block(self, entry: EvidenceEntry, where: str) -> tuple[int, int] | None:
        """The line a boilerplate entry starts, as (start, end)."""
        span = self.span(entry, where) if not isinstance(entry, str) else self._block_start(entry, where)
        if span is None:
            return None
        if span.start > 0 and self.text[span.start - 1] != "\n":
            self.problems.append(f"{where}: does not start a block (line): {_clip(span.text)!r}")
            return None
        end = self.text.find("\n", span.start)
        return span.start, len(self.text) if end == -1 else end

    def _block_start(self, entry: str, where: str) -> Span | None:
        # A boilerplate entry is the first words of a block, so only occurrences
        # at the start of a line count: "Share" inside a sentence is no block.
        needle = normalize_text(entry)
        starts = [s for s in occurrences(self.text, needle) if s == 0 or self.text[s - 1] == "\n"]
        if len(starts) == 1:
            return Span(start=starts[0], end=starts[0] + len(needle), text=needle)
        if not starts:
            return self.span(entry, where)  # records "not found" or, below, "does not start a block"
        self.problems.append(
            f"{where}: starts {len(starts)} blocks (offsets {starts}); write it as "
            f'{{"text": ..., "occurrence": N}} to say which: {_clip(needle)!r}'
        )
        return None

    def verbatim(self, value: str | None, where: str, *, exact: bool = True) -> None:
        """Fields the SPEC calls verbatim must occur in the article as written.

        Names, cues and triggers are compared case-insensitively by the
        matcher, so for them ``exact=False`` lets "the NATO chief" stand for a
        sentence-initial "The NATO chief".
        """
        if value is None:
            return
        needle = normalize_text(value)
        if not needle:
            return
        found = needle in self.text if exact else _fold(needle) in self._folded
        if not found:
            self.problems.append(
                f"{where}: not verbatim in the article: {_clip(needle)!r}{self._hint(needle)}"
            )


def _clip(s: str, limit: int = 90) -> str:
    return s if len(s) <= limit else s[: limit - 3] + "..."


def resolve_gold(gold: GoldFile, text: str, source: str = "") -> ResolvedGold:
    """Place ``gold`` on ``text`` (the article normalised as the service normalises it).

    Raises ``GoldError`` listing every string that is not found, ambiguous,
    out of range, or inside a boilerplate block.
    """
    r = _Resolver(text)
    src = source or gold.article

    blocks: list[tuple[int, int]] = []
    for i, entry in enumerate(gold.boilerplate):
        b = r.block(entry, f"boilerplate[{i}]")
        if b is not None:
            blocks.append(b)

    def spans_of(kind: str, i: int, evidence: Sequence[EvidenceEntry]) -> tuple[Span, ...]:
        out: list[Span] = []
        for j, entry in enumerate(evidence):
            s = r.span(entry, f"{kind}[{i}].evidence[{j}]")
            if s is None:
                continue
            if any(s.start < be and bs < s.end for bs, be in blocks):
                r.problems.append(
                    f"{kind}[{i}].evidence[{j}]: lies in a boilerplate block, which is not body: {_clip(s.text)!r}"
                )
            out.append(s)
        return tuple(out)

    # A gold file of a layout with a kind's list has its items scored; one without, none.
    by_kind = {
        kind: tuple(
            GoldItem(i, x, spans_of(kind, i, x.evidence)) for i, x in enumerate(getattr(gold, kind, ()))
        )
        for kind in kind_names()
    }
    quotes = by_kind["quotes"]

    for i, ev in enumerate(gold.events):
        r.verbatim(ev.trigger, f"events[{i}].trigger", exact=False)
        r.verbatim(ev.when.text if ev.when else None, f"events[{i}].when.text", exact=False)
    for i, fg in enumerate(gold.figures):
        r.verbatim(fg.text, f"figures[{i}].text")
    for qi, q in enumerate(quotes):
        r.verbatim(q.item.cue, f"quotes[{qi}].cue", exact=False)
        r.verbatim(q.item.speaker_mention, f"quotes[{qi}].speaker_mention", exact=False)
        # SPEC: a quote split by its cue is its parts joined by one space.
        if len(q.spans) == len(q.item.evidence):
            joined = " ".join(s.text for s in q.spans)
            if normalize_text(q.item.text) not in (joined, *(s.text for s in q.spans)):
                r.verbatim(q.item.text, f"quotes[{qi}].text")
    for i, at in enumerate(gold.attributions):
        r.verbatim(at.cue, f"attributions[{i}].cue", exact=False)
    for i, ent in enumerate(gold.entities):
        for j, alias in enumerate(ent.aliases):
            r.verbatim(alias, f"entities[{i}].aliases[{j}]", exact=False)

    if r.problems:
        raise GoldError(src, r.problems)
    return ResolvedGold(
        stem=gold.article,
        gold=gold,
        text=text,
        boilerplate=tuple(sorted(blocks)),
        by_kind=by_kind,
        warnings=tuple(_name_warnings(gold)),
    )


def _name_warnings(gold: GoldFile) -> list[str]:
    """Names that should be canonical entity names but are not (not fatal: a source may be a description)."""
    from evals.match import AliasTable

    table = AliasTable.from_gold(gold.entities)
    out: list[str] = []
    for i, q in enumerate(gold.quotes):
        if q.speaker is not None and not table.resolve(q.speaker):
            out.append(f"quotes[{i}].speaker {q.speaker!r} is not an entity name or alias")
    for i, e in enumerate(gold.events):
        for p in e.participants:
            if not table.resolve(p):
                out.append(f"events[{i}].participants {p!r} is not an entity name or alias")
    return out
