"""TBAQ-cleaned (TimeBank 1.2 and AQUAINT in TimeML, the TempEval-3 training data): dates in news.

``newsfacts eval corpus tbaq --split SPLIT --data DIR`` where DIR is a checkout of
``qiangning/StructTempRel-EMNLP17`` (or its bare git directory), which carries
``data/TempEval3/Training/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml``. Nothing of the
corpus is copied into the project; it is read at run time.

Splits: ``timebank`` (183 documents), ``aquaint`` (73), ``tbaq`` (both). Reserved,
refused before any file is opened: ``platinum`` (the TempEval-3 test documents,
under ``data/TempEval3/Evaluation``, kept for an independent check).

Each document is one article: the ``TEXT`` element with its tags removed, published
on the document creation time (the ``DCT`` TIMEX3). Gold: the calendar DATE
timexes, those of ``type="DATE"`` whose value is ``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD`` (the precisions the contract's dates have). Predictions: every
time expression the response exposes: the ``dates`` list (schema 1.1, with spans) and
the events' ``when``, placed in the text at the occurrence of its verbatim ``text``
nearest the item's evidence.

- span recall: gold timexes overlapped by a predicted time expression;
- value accuracy: of those covered, the share whose predicted date equals the gold
  value exactly (same precision: "1998-02" is not "1998-02-06");
- predicted dates that cover no calendar DATE timex are counted (precision-like), not scored.
"""

from __future__ import annotations

import asyncio
import bisect
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from evals.corpora import CorpusError, CorpusReport, check_split
from evals.corpora.extracting import CorpusExtractor
from evals.corpora.snapshot import Snapshot
from schemas import ArticleRequest, Extraction, Span
from service import normalize_text

ROOT = "data/TempEval3/Training/TBAQ-cleaned"
FOLDERS: dict[str, tuple[str, ...]] = {
    "timebank": (f"{ROOT}/TimeBank",),
    "aquaint": (f"{ROOT}/AQUAINT",),
    "tbaq": (f"{ROOT}/TimeBank", f"{ROOT}/AQUAINT"),
}
RESERVED: tuple[str, ...] = ("platinum",)
# What ``normalize_text`` turns into one space, and what it deletes.
_HSPACE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_DROPPED = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str

    @property
    def calendar(self) -> bool:
        return self.type == "DATE" and CALENDAR.match(self.value) is not None


@dataclass
class Document:
    name: str
    text: str  # normalised: offsets of ``timexes`` point into it
    published: str | None
    timexes: list[Timex]


@dataclass
class Result:
    gold: int = 0
    covered: int = 0
    value_right: int = 0
    predicted: int = 0
    predicted_outside: int = 0
    missed_kinds: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- reading TimeML


def _normalise_with_offsets(raw: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The service's normal form of ``raw`` and ``spans`` moved into it.

    Each character of ``raw`` is kept or dropped the way ``normalize_text`` keeps or drops
    it (its changes are deletions of whitespace, and the few characters NFC composes are
    absent from these ASCII documents); the result is checked against ``normalize_text``.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    keep: list[int] = []  # raw offset of each kept character
    out: list[str] = []
    line_start = True
    pending_space: int | None = None
    newlines: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            pending_space = None  # spaces at a line end go
            newlines.append(i)
            line_start = True
            continue
        if _DROPPED.match(ch):
            continue
        if ch == " " or _HSPACE.match(ch):
            if not line_start and pending_space is None:
                pending_space = i
            continue
        if newlines:
            if out:
                for j in newlines[:2]:
                    out.append("\n")
                    keep.append(j)
            newlines = []
        elif pending_space is not None:
            out.append(" ")
            keep.append(pending_space)
        pending_space = None
        line_start = False
        out.append(ch)
        keep.append(i)
    normal = "".join(out)
    if normal != normalize_text(raw):
        raise CorpusError("TimeML text: the adapter's normal form differs from the service's")
    # raw offset -> normalised offset: the first kept character at or after it.
    moved = []
    for s, e in spans:
        a = bisect.bisect_left(keep, s)
        b = bisect.bisect_left(keep, e)
        moved.append((a, b))
    return normal, moved


def parse_timeml(name: str, xml: str) -> Document:
    try:
        root = ET.fromstring(xml)
    except ET.ParseError as exc:
        raise CorpusError(f"{name}: not TimeML XML ({exc})") from exc
    published = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            value = t.get("value") or ""
            published = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", value) else None
            break
    body = root.find("TEXT")
    if body is None:
        raise CorpusError(f"{name}: no TEXT element")
    parts: list[str] = []
    raw_timexes: list[tuple[int, int, str, str, str]] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            raw_timexes.append((start, pos, "", el.get("type") or "", el.get("value") or ""))

    walk(body)
    raw = "".join(parts)
    text, moved = _normalise_with_offsets(raw, [(s, e) for s, e, *_ in raw_timexes])
    timexes = [
        Timex(a, b, text[a:b], kind, value)
        for (a, b), (_s, _e, _t, kind, value) in zip(moved, raw_timexes, strict=True)
        if b > a
    ]
    return Document(name=name, text=text, published=published, timexes=sorted(timexes, key=lambda t: t.start))


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Dated:
    start: int
    end: int
    text: str
    date: str | None


def _place(text: str, phrase: str, near: list[Span]) -> tuple[int, int] | None:
    """The occurrence of ``phrase`` in ``text`` nearest the item's evidence (inside it first)."""
    if not phrase:
        return None
    best: tuple[int, int] | None = None
    best_d = None
    anchor = near[0].start if near else 0
    for m in re.finditer(re.escape(phrase), text):
        inside = any(s.start <= m.start() and m.end() <= s.end for s in near)
        d = -1 if inside else abs(m.start() - anchor)
        if best_d is None or d < best_d:
            best, best_d = (m.start(), m.end()), d
        if inside:
            break
    return best


def dated_expressions(ex: Extraction) -> list[Dated]:
    """Every time expression the response exposes, placed in the text: the ``dates`` list (schema 1.1,
    with spans) and the events' ``when`` (placed by their text)."""
    out: list[Dated] = [Dated(d.evidence[0].start, d.evidence[0].end, d.text, d.date) for d in ex.dates]
    for e in ex.events:
        if e.when is None:
            continue
        at = _place(ex.text, e.when.text, e.evidence)
        if at is not None:
            out.append(Dated(at[0], at[1], e.when.text, e.when.date))
    return out


def score_document(doc: Document, ex: Extraction, res: Result) -> None:
    gold = [t for t in doc.timexes if t.calendar]
    preds = dated_expressions(ex)
    res.gold += len(gold)
    res.predicted += len(preds)
    used: set[int] = set()
    for g in gold:
        hits = [i for i, p in enumerate(preds) if p.start < g.end and g.start < p.end]
        if not hits:
            res.missed_kinds[_shape(g.text)] += 1
            res.misses.append({"document": doc.name, "timex": g.text, "value": g.value, "at": g.start})
            continue
        res.covered += 1
        used.update(hits)
        if any(preds[i].date == g.value for i in hits):
            res.value_right += 1
        else:
            res.wrong.append(
                {
                    "document": doc.name,
                    "timex": g.text,
                    "value": g.value,
                    "predicted": [preds[i].date for i in hits],
                }
            )
    res.predicted_outside += sum(
        1
        for i, p in enumerate(preds)
        if i not in used and not any(t.start < p.end and p.start < t.end for t in doc.timexes)
    )


def _shape(text: str) -> str:
    """A timex's shape for the misses table: digits as 9, month and weekday names kept."""
    return re.sub(r"\d", "9", text.lower())[:30]


def _fmt(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


class TBAQ:
    name = "tbaq"
    description = (
        "TimeBank + AQUAINT (TBAQ-cleaned, TimeML): calendar DATE timexes, span recall and value accuracy."
    )
    splits: tuple[str, ...] = tuple(FOLDERS)
    reserved: tuple[str, ...] = RESERVED

    def documents(self, data: Path, split: str, limit: int | None) -> list[Document]:
        check_split(self, split)
        snapshot = Snapshot(data, marker=ROOT, corpus="TBAQ-cleaned (StructTempRel-EMNLP17)")
        paths = [p for folder in FOLDERS[split] for p in snapshot.listing(folder, ".tml")][:limit]
        texts = snapshot.read_many(paths)
        return [parse_timeml(Path(p).stem, texts[p]) for p in paths if p in texts]

    def run(self, data: Path, split: str, *, backend: str, limit: int | None = None) -> CorpusReport:
        docs = self.documents(data, split, limit)
        res = asyncio.run(self._score(docs, backend))
        return self.report(split, backend, len(docs), res)

    async def _score(self, docs: list[Document], backend_name: str) -> Result:
        res = Result()
        async with CorpusExtractor(backend_name) as extractor:
            for doc in docs:
                req = ArticleRequest(text=doc.text, published=doc.published, language="en")
                score_document(doc, await extractor.extract(doc.name, req, expected_text=doc.text), res)
        return res

    def report(self, split: str, backend: str, documents: int, res: Result) -> CorpusReport:
        recall = res.covered / res.gold if res.gold else None
        accuracy = res.value_right / res.covered if res.covered else None
        metrics: dict[str, float | int | None] = {
            "date_timexes": res.gold,
            "covered": res.covered,
            "span_recall": recall,
            "value_right": res.value_right,
            "value_accuracy": accuracy,
            "predicted_dates": res.predicted,
            "predicted_on_no_timex": res.predicted_outside,
        }
        t = Table(title=f"TBAQ {split} · {backend} · {documents} document(s)", title_justify="left")
        for col in ("calendar DATE timexes", "covered", "span recall", "value right", "value accuracy"):
            t.add_column(col, justify="right")
        t.add_row(str(res.gold), str(res.covered), _fmt(recall), str(res.value_right), _fmt(accuracy))
        shapes = Table(title="missed timexes by shape, top 20", title_justify="left")
        shapes.add_column("shape")
        shapes.add_column("n", justify="right")
        for shape, n in res.missed_kinds.most_common(20):
            shapes.add_row(shape, str(n))
        return CorpusReport(
            corpus=self.name,
            split=split,
            backend=backend,
            documents=documents,
            metrics=metrics,
            tables=[t, shapes],
            details={"misses": res.misses, "wrong_values": res.wrong},
        )


CORPUS = TBAQ()
