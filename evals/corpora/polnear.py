"""PolNeAR (Newell, Margolin and Ruths, LREC 2018): attribution relations in US political news.

``newsfacts eval corpus polnear --split dev --data DIR`` where DIR is a checkout of
``networkdynamics/PolNeAR`` (or its bare git directory). The corpus is read at run
time and never copied into the project.

Layout read here (from the corpus README): ``data/<split>/text/NAME.txt`` articles,
``data/<split>/attributions/NAME_<annotator>.ann`` BRAT standoff (one file per
annotator of the article; the first annotator in name order is used, so a run is
deterministic), ``data/<split>/corenlp/NAME.txt.xml`` CoreNLP output (used only for
its coreference chains, to name the person behind a pronoun source). Splits are
folders: ``train`` (months 1-10 of the 2016 campaign), ``dev`` (month 11), ``test``
(month 12, reserved: refused before any file is listed).

The annotations are converted to

- attribution relations: source, cue and content spans (an ``Attribution-no-source``
  event has no source), each classed *speech* or *belief* by its cue (``BELIEF_CUES``);
- direct quotes: the passages between double quotation marks that lie inside an
  annotated content; all the passages of one relation are one quote item, so a quote
  split by its cue is one item whose fragments are found separately.

Scoring conventions (GenderGapTracker's, written in ``evals/README.md``): a gold span is
found when predictions cover more than 30% of its characters, and a prediction is right
when gold covers more than 30% of its characters; a speaker is right when it shares a
name token with the gold source (or, for a pronoun or description, with the name
CoreNLP's coreference gives it).

A reader's resolution of the pronoun and description sources (``--sources``,
``evals/corpora/polnear_sources.json``: offsets of the mention that names each, written
blind) can stand in for the chain on the items it lists: ``speaker_accuracy_reader`` is
reported beside the headline, which keeps the written convention.
"""

from __future__ import annotations

import asyncio
import bisect
import dataclasses
import datetime as dt
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from evals.corpora import CorpusError, CorpusReport, check_split
from evals.corpora.extracting import CorpusExtractor
from evals.corpora.snapshot import Snapshot
from schemas import ArticleRequest, Extraction
from service import normalize_text

# A gold span counts as found when predictions cover more than this share of its characters.
COVER = 0.30


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Cues that report a mental state rather than speech: beliefs, intentions, wishes and
# stances ("X hopes that", "X wants to", "X fears", "X supports"). Matched on the cue's
# words by prefix, so every inflection of a stem counts ("believ" = believe, believes,
# believed, believing, belief). A relation whose cue has none of these is speech.
BELIEF_CUES = _words(
    "believ belief think thought hope hoping want wish fear feel felt know knew expect plan "
    "intend intent worr doubt consider view suspect assum understand understood realiz realis "
    "remember convinced confident sure aware concern determined aim seek sought desir prefer "
    "support oppos favor favour skeptic sceptic like love hate trust see saw seen perceiv "
    "imagin suppos guess wonder regard"
)

# Words that are not names: determiners, pronouns, honorifics and titles. A gold source
# with capitalised words besides these is compared on its names ("Sen. Ted Cruz" -> cruz,
# ted); one with none on its content words ("a campaign spokesman" -> campaign, spokesman).
NOT_NAME = frozenset(
    _words(
        "the a an this that these those his her their its our my your he she they it we i you him them "
        "us mr mrs ms dr sen senator rep representative gov governor president vice former gen general "
        "secretary chairman chairwoman chair chief press spokesman spokeswoman spokesperson candidate "
        "nominee presidential republican republicans democratic democrat democrats gop u.s us american "
        "campaign mayor councillor councilman councilwoman minister prime judge justice attorney "
        "ambassador speaker leader majority minority sheriff official officials aide adviser advisor "
        "director manager strategist of and for to in on at by with from who which said says"
    )
)
# Dropped from a description compared on its content words: they name no one in particular.
FUNCTION_WORDS = frozenset(
    _words(
        "the a an this that these those his her their its our my your he she they it we i you him them "
        "us of and for to in on at by with from who which said says campaign presidential"
    )
)
PRONOUNS = frozenset(_words("he she they it we i you him her them us his their its our my"))

_DOUBLE_OPEN = "“„‟"
_DOUBLE_CLOSE = "”"
_STRAIGHT = '"'
_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*\.?")
_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


# --------------------------------------------------------------------------- reading the snapshot


def _snapshot(root: Path) -> Snapshot:
    """A PolNeAR checkout, its ``data`` folder, or its bare git directory."""
    if root.name == "data" and not (root / "data").is_dir():
        root = root.parent
    marker = "data/train" if (root / "data" / "train").is_dir() else "data/dev"
    return Snapshot(root, marker=marker, corpus="PolNeAR")


# --------------------------------------------------------------------------- annotations


Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Relation:
    """One annotated attribution, offsets in the normalised text."""

    source: Spans
    cue: Spans
    content: Spans
    source_text: str
    cue_text: str
    kind: str  # "speech" or "belief"
    gold_names: frozenset[str] = frozenset()  # tokens a right speaker must share one of; empty = unknown
    source_kind: str = "none"  # what the gold source is (SOURCE_KINDS); reported apart, scored alike
    chain_name: str | None = None  # the name CoreNLP's chain gives the source; None: no chain names it
    # A reader's resolution (--sources): the words of the mention naming whom the source refers to,
    # "" when the reader found no name in the text; None when the relation is not in the file.
    reader_referent: str | None = None

    @property
    def extent(self) -> Spans:
        return self.source + self.cue + self.content


@dataclass(frozen=True)
class GoldQuote:
    fragments: Spans
    relation: int  # index into the article's relations


@dataclass
class Article:
    name: str
    raw: str
    text: str  # normalised, as the service returns it
    relations: list[Relation]
    quotes: list[GoldQuote]
    published: dt.date | None
    misaligned: int = 0  # annotation spans whose text is not the article's at their offsets


def parse_ann(ann: str) -> list[dict[str, list[tuple[int, int]]]]:
    """BRAT standoff to relations: {"source": [...], "cue": [...], "content": [...]} with raw offsets.

    ``T`` lines are spans (``;`` joins discontinuous fragments); ``E`` lines tie an
    ``Attribution`` (or ``Attribution-no-source``) trigger to its Source, Cue and
    Content (``Content2`` and so on add parts). Annotator notes (Discard, Discuss) are not relations.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[str] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            _type, _, offsets = parts[1].partition(" ")
            frags = []
            for piece in offsets.split(";"):
                a, _, b = piece.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    frags.append((int(a), int(b)))
            spans[parts[0]] = frags
        elif line.startswith("E"):
            events.append(line)
    out = []
    for line in events:
        roles: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
        fields = line.split("\t")[1].split() if "\t" in line else []
        if not fields or not fields[0].startswith("Attribution"):
            continue
        for f in fields[1:]:
            role, _, tid = f.partition(":")
            key = role.rstrip("0123456789").lower()
            if key in roles:
                roles[key].extend(spans.get(tid, []))
        if roles["content"]:
            out.append(roles)
    return out


def offset_map(raw: str, norm: str) -> list[int] | None:
    """For each offset of ``raw``, the offset of the same place in ``norm``; None when they do not align.

    ``normalize_text`` composes accents (NFC), drops control and zero-width characters and
    merges whitespace: a raw character either matches the next normalised one (a composed
    letter matches its base) or was dropped.
    """
    out = [0] * (len(raw) + 1)
    j = 0
    for i, ch in enumerate(raw):
        out[i] = j
        if j < len(norm) and (
            ch == norm[j]
            or (ch.isspace() and norm[j].isspace())
            or unicodedata.normalize("NFD", norm[j])[:1] == ch
        ):
            j += 1
    out[len(raw)] = j
    return out if j == len(norm) else None


def cue_kind(cue: str) -> str:
    for w in _WORD.findall(cue.lower()):
        if w.startswith(BELIEF_CUES):
            return "belief"
    return "speech"


def quote_passages(text: str) -> list[tuple[int, int]]:
    """Passages between double quotation marks (curly, straight, or two apostrophes ''like this''),
    marks excluded; a paragraph left open runs to its end (a quote continued in the next paragraph)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        base = pos
        pos += len(para) + 1
        marks = []
        i = 0
        while i < len(para):
            ch = para[i]
            if para.startswith("''", i) or para.startswith("``", i):
                marks.append((i, 2, "straight"))
                i += 2
                continue
            if ch in _DOUBLE_OPEN:
                marks.append((i, 1, "open"))
            elif ch in _DOUBLE_CLOSE:
                marks.append((i, 1, "close"))
            elif ch == _STRAIGHT:
                marks.append((i, 1, "straight"))
            i += 1
        open_at: int | None = None
        for i, width, role in marks:
            if open_at is None:
                if role in ("open", "straight"):
                    open_at = i + width
            elif role in ("close", "straight"):
                out.append((base + open_at, base + i))
                open_at = None
            else:
                open_at = i + width  # an unclosed mark: restart at the newer one
        if open_at is not None:
            out.append((base + open_at, base + len(para)))
    return [_strip(text, a, b) for a, b in out if any(c.isalpha() for c in text[a:b])]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _overlap(a: tuple[int, int], spans: Spans) -> int:
    return sum(max(0, min(a[1], s[1]) - max(a[0], s[0])) for s in spans)


def load_article(name: str, raw: str, ann: str, corenlp: str | None) -> Article:
    text = normalize_text(raw)
    omap = offset_map(raw, text)
    misaligned = 0
    relations: list[Relation] = []
    chains = _coref(corenlp, raw) if corenlp else None
    if omap is not None:
        for rel in parse_ann(ann):

            def conv(frags: list[tuple[int, int]]) -> Spans:
                out = []
                for a, b in frags:
                    if not (0 <= a < b <= len(raw)):
                        continue
                    out.append((omap[a], omap[b]))
                return tuple(sorted(out))

            src, cue, content = conv(rel["source"]), conv(rel["cue"]), conv(rel["content"])
            if not content:
                misaligned += 1
                continue
            src_text = " ".join(text[a:b] for a, b in src)
            cue_text = " ".join(text[a:b] for a, b in cue)
            names = gold_names(src_text, rel["source"], chains)
            skind = source_kind(src_text, rel["source"], chains)
            chain = _chain_name(rel["source"], chains)
            relations.append(
                Relation(src, cue, content, src_text, cue_text, cue_kind(cue_text), names, skind, chain)
            )
    else:
        misaligned = len(parse_ann(ann))
    quotes: dict[int, list[tuple[int, int]]] = {}
    for a, b in quote_passages(text):
        # The passage's relation is the one whose content holds most of it; when several hold it
        # alike (a nested attribution: "“...,” X said, according to Y"), the innermost, the one
        # with the shortest content, whose source spoke the words. (Before this rule, the
        # first in annotation order won the tie.)
        best, best_ov, best_len = -1, 0, 0
        for k, r in enumerate(relations):
            ov = _overlap((a, b), r.content)
            size = sum(e - s for s, e in r.content)
            if ov > best_ov or (ov == best_ov and ov > 0 and size < best_len):
                best, best_ov, best_len = k, ov, size
        if best >= 0 and best_ov * 2 > b - a:
            # Clipped to the content: a passage is the annotated part of what was quoted.
            for s, e in relations[best].content:
                lo, hi = max(a, s), min(b, e)
                if hi > lo and any(c.isalpha() for c in text[lo:hi]):
                    quotes.setdefault(best, []).append(_strip(text, lo, hi))
    gold_quotes = [GoldQuote(tuple(sorted(f)), k) for k, f in sorted(quotes.items())]
    m = _DATE_IN_NAME.search(name)
    published = dt.date.fromisoformat(m.group(1)) if m else None
    return Article(name, raw, text, relations, gold_quotes, published, misaligned)


# --------------------------------------------------------------------------- names


def _fold(word: str) -> str:
    w = unicodedata.normalize("NFKD", word)
    w = "".join(c for c in w if not unicodedata.combining(c)).lower()
    w = re.sub(r"(?:’s|'s|’|')$", "", w)
    return w.strip(".-’'")


def name_tokens(phrase: str) -> frozenset[str]:
    """The name words of a source ("Sen. Ted Cruz's campaign" -> cruz, ted), or, when it has none,
    its content words ("a campaign spokesman" -> campaign, spokesman)."""
    words = _WORD.findall(phrase)
    names = {_fold(w) for w in words if w[:1].isupper() and _fold(w) not in NOT_NAME}
    names.discard("")
    if names:
        return frozenset(names)
    content = {_fold(w) for w in words} - FUNCTION_WORDS
    content.discard("")
    return frozenset(content)


def _is_pronoun(phrase: str) -> bool:
    words = [_fold(w) for w in _WORD.findall(phrase)]
    return bool(words) and all(w in PRONOUNS for w in words)


@dataclass
class _Chains:
    # (raw start, raw end) of each mention -> the chain's best name
    mentions: list[tuple[int, int, str]]


def _coref(xml: str, raw: str) -> _Chains | None:
    """CoreNLP's coreference chains as (start, end, name) of each mention, in raw offsets.

    A chain's name is the run of PERSON (else ORGANIZATION) tokens of its representative
    mention, else of its first mention that has one; a chain naming no one by CoreNLP's own
    entity tags gives nothing (its representative is often a noun like "the dog").
    """
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return None
    sentences: dict[int, list[tuple[int, int, str]]] = {}
    for si, s in enumerate(root.iter("sentence"), start=1):
        toks = s.find("tokens")
        if toks is None:
            continue
        offs = []
        for t in toks.iter("token"):
            b, e = t.findtext("CharacterOffsetBegin"), t.findtext("CharacterOffsetEnd")
            offs.append((int(b or 0), int(e or 0), t.findtext("NER") or "O"))
        sentences[int(s.get("id") or si)] = offs
    mentions: list[tuple[int, int, str]] = []
    outer = root.find(".//coreference")
    if outer is None:
        return _Chains([])
    for chain in outer.findall("coreference"):
        chain_spans: list[tuple[int, int]] = []
        named: dict[str, str] = {}  # NER class -> first name of that class in the chain
        rep_name = ""
        for m in chain.findall("mention"):
            sid = int(m.findtext("sentence") or 0)
            st, en = int(m.findtext("start") or 0), int(m.findtext("end") or 0)
            sent_offs = sentences.get(sid)
            if not sent_offs or not (1 <= st < en <= len(sent_offs) + 1):
                continue
            toks_m = sent_offs[st - 1 : en - 1]
            chain_spans.append((toks_m[0][0], toks_m[-1][1]))
            for cls in ("PERSON", "ORGANIZATION"):
                run = [t for t in toks_m if t[2] == cls]
                if run:
                    name = _tagged_words(raw, run)
                    named.setdefault(cls, name)
                    if m.get("representative") == "true" and not rep_name:
                        rep_name = name
        best = rep_name or named.get("PERSON") or named.get("ORGANIZATION")
        if best:
            mentions.extend((ma, mb, best) for ma, mb in chain_spans)
    return _Chains(sorted(mentions))


def _tagged_words(raw: str, run: list[tuple[int, int, str]]) -> str:
    """The words of the tagged tokens only: a mention "Huma Abedin, who ..., and Benjamin Netanyahu"
    gives "Huma Abedin Benjamin Netanyahu", never the untagged words between its first and last name
    (before session 5 the whole stretch was taken: "..., who worked for a Muslim ...")."""
    return " ".join(raw[a:b] for a, b, _cls in run)


def _chain_name(raw_src: list[tuple[int, int]], chains: _Chains | None) -> str | None:
    """The name CoreNLP's chain gives the mention starting the gold source, if any."""
    if not raw_src or chains is None:
        return None
    a, b = raw_src[0][0], raw_src[-1][1]
    for ma, mb, nm in chains.mentions:
        if ma >= b:
            break
        if ma <= a < mb or a <= ma < b:
            return nm
    return None


def gold_names(src_text: str, raw_src: list[tuple[int, int]], chains: _Chains | None) -> frozenset[str]:
    """Name tokens of the gold source, plus those of its coreference chain's name (pronoun or description)."""
    own = name_tokens(src_text) if src_text and not _is_pronoun(src_text) else frozenset()
    best = _chain_name(raw_src, chains)
    if best is None:
        return own
    return own | name_tokens(best)


# What a gold source is, for the speaker breakdown (a report only: every kind is scored alike):
# a name in the source span itself ("Sen. Ted Cruz", "Cruz's campaign"); a pronoun ("he"), named
# only through CoreNLP's chain; a description ("a campaign spokesman") the chain names; a
# description the chain does not name, compared on its own content words; no source at all.
SOURCE_KINDS = ("name", "pronoun", "description (chain)", "description (own words)", "none")
SOURCE_METRIC_KEYS = {
    "name": "name",
    "pronoun": "pronoun",
    "description (chain)": "description_chain",
    "description (own words)": "description_own",
}


def source_kind(src_text: str, raw_src: list[tuple[int, int]], chains: _Chains | None) -> str:
    if not src_text.strip():
        return "none"
    if _is_pronoun(src_text):
        return "pronoun"
    if any(w[:1].isupper() and _fold(w) not in NOT_NAME for w in _WORD.findall(src_text)):
        return "name"
    return "description (chain)" if _chain_name(raw_src, chains) else "description (own words)"


# --------------------------------------------------------------------------- a reader's resolution

# (split, document, source start, source end) in the normalised text -> the referent's offsets, or None
# when the reader found no name for it in the text.
Sources = dict[tuple[str, str, int, int], tuple[int, int] | None]


def load_sources(path: Path) -> Sources:
    """A reader's resolution file (schema in evals/README.md, PolNeAR); a malformed file, or one
    giving the same source two different referents, is a CorpusError."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"--sources {path}: not a readable JSON file ({exc})") from exc
    items = doc.get("items") if isinstance(doc, dict) else None
    if not isinstance(doc, dict) or doc.get("version") != 1 or not isinstance(items, list):
        raise CorpusError(f"--sources {path}: expected {{'version': 1, 'items': [...]}}")
    out: Sources = {}
    for n, it in enumerate(items):
        try:
            key = (str(it["split"]), str(it["doc"]), int(it["source_start"]), int(it["source_end"]))
            a, b = it["referent_start"], it["referent_end"]
            ref = None if a is None and b is None else (int(a), int(b))
        except (KeyError, TypeError, ValueError) as exc:
            raise CorpusError(f"--sources {path}: item {n} is malformed ({exc!r})") from exc
        if ref is not None and not 0 <= ref[0] < ref[1]:
            raise CorpusError(f"--sources {path}: item {n} has an empty or negative referent span")
        # One source span can carry two relations (two quotes given to one "he"): listed twice, alike.
        if key in out and out[key] != ref:
            raise CorpusError(f"--sources {path}: item {n} gives {key} a second, different referent")
        out[key] = ref
    return out


def apply_sources(arts: list[Article], split: str, sources: Sources, *, whole_split: bool = True) -> int:
    """Attach the reader's referent to each relation the file lists; returns how many relations got one.

    The offsets were taken in the normalised text of one corpus version: a listed source that
    matches no relation of a loaded article, or a referent beyond its text, means another snapshot
    or another normalisation, and is refused rather than scored on part of the file. So is a listed
    document the split does not hold, when the whole split was loaded (``whole_split``; a ``--limit``
    run loads only its first documents).
    """
    by_doc: dict[str, dict[tuple[int, int], tuple[int, int] | None]] = {}
    for (sp, doc, a, b), ref in sources.items():
        if sp == split:
            by_doc.setdefault(doc, {})[(a, b)] = ref
    if whole_split and (absent := sorted(set(by_doc) - {art.name for art in arts})):
        raise CorpusError(
            f"--sources: {len(absent)} listed document(s) not in the {split} split, e.g. {absent[0]}"
            " (another snapshot of the corpus?)"
        )
    matched = 0
    for art in arts:
        wanted = by_doc.get(art.name)
        if not wanted:
            continue
        seen = set()
        for i, rel in enumerate(art.relations):
            span = (rel.source[0][0], rel.source[-1][1]) if rel.source else None
            if span is None or span not in wanted:
                continue
            ref = wanted[span]
            if ref is not None and ref[1] > len(art.text):
                raise CorpusError(f"--sources: {art.name}: referent {ref} lies beyond the article's text")
            words = "" if ref is None else art.text[ref[0] : ref[1]]
            art.relations[i] = dataclasses.replace(rel, reader_referent=words)
            seen.add(span)
            matched += 1
        if missing := sorted(set(wanted) - seen):
            raise CorpusError(
                f"--sources: {art.name}: no gold source at {missing[:3]} (another snapshot of the corpus?)"
            )
    return matched


def reader_names(rel: Relation) -> frozenset[str]:
    """The gold names under the reader's resolution: the source's own words (none for a pronoun) plus
    the name tokens of the reader's referent, in place of the chain's name. A relation the file does
    not list keeps the written convention's names; one the reader could not name keeps only its own
    words, so a pronoun nobody names is not scored, as when no chain names it."""
    if rel.reader_referent is None:
        return rel.gold_names
    own = (
        name_tokens(rel.source_text) if rel.source_text and not _is_pronoun(rel.source_text) else frozenset()
    )
    return (own | name_tokens(rel.reader_referent)) if rel.reader_referent else own


# How CoreNLP's chain compares with the reader on a listed item, by the harness's name-token test
# (the reader's referent as gold, the chain's name as the prediction).
CHAIN_VS_READER = ("agree", "chain names someone else", "chain names no one", "reader found no name")


def chain_vs_reader(rel: Relation) -> str | None:
    if rel.reader_referent is None:
        return None
    if not rel.reader_referent:
        return "reader found no name"
    if rel.chain_name is None:
        return "chain names no one"
    same = _names_right(name_tokens(rel.reader_referent), rel.chain_name)
    return "agree" if same else "chain names someone else"


# --------------------------------------------------------------------------- scoring


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def covered(span: tuple[int, int], merged: list[tuple[int, int]]) -> int:
    """Characters of ``span`` inside the sorted, disjoint ``merged`` spans."""
    a, b = span
    k = max(0, bisect.bisect_right(merged, (a, a)) - 1)
    n = 0
    while k < len(merged) and merged[k][0] < b:
        n += max(0, min(b, merged[k][1]) - max(a, merged[k][0]))
        k += 1
    return n


def found(spans: Spans | list[tuple[int, int]], merged: list[tuple[int, int]]) -> bool:
    total = sum(b - a for a, b in spans)
    return total > 0 and sum(covered(s, merged) for s in spans) > COVER * total


@dataclass
class Counts:
    gold: int = 0
    gold_found: int = 0
    pred: int = 0
    pred_right: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.gold_found += other.gold_found
        self.pred += other.pred
        self.pred_right += other.pred_right

    @property
    def precision(self) -> float | None:
        return self.pred_right / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        return self.gold_found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class ArticleScore:
    name: str
    fragments: Counts = field(default_factory=Counts)
    quote_items: Counts = field(default_factory=Counts)
    speaker: Ratio = field(default_factory=Ratio)
    speaker_by_source: dict[str, Ratio] = field(default_factory=dict)  # SOURCE_KINDS -> scored items
    speaker_unknown: int = 0  # found gold quotes whose source has no name to compare with
    # The same test with the reader's resolution in place of the chain (reported with --sources only).
    speaker_reader: Ratio = field(default_factory=Ratio)
    speaker_by_source_reader: dict[str, Ratio] = field(default_factory=dict)
    speaker_unknown_reader: int = 0
    speech: Counts = field(default_factory=Counts)
    all: Counts = field(default_factory=Counts)
    source: Ratio = field(default_factory=Ratio)
    missed_cues: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def add(self, o: ArticleScore) -> None:
        self.fragments.add(o.fragments)
        self.quote_items.add(o.quote_items)
        self.speaker.add(o.speaker)
        for k, r in o.speaker_by_source.items():
            self.speaker_by_source.setdefault(k, Ratio()).add(r)
        self.speaker_unknown += o.speaker_unknown
        self.speaker_reader.add(o.speaker_reader)
        for k, r in o.speaker_by_source_reader.items():
            self.speaker_by_source_reader.setdefault(k, Ratio()).add(r)
        self.speaker_unknown_reader += o.speaker_unknown_reader
        self.speech.add(o.speech)
        self.all.add(o.all)
        self.source.add(o.source)
        self.missed_cues.update(o.missed_cues)


def _spans(items: list[Any]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for it in items for s in it.evidence]


def _names_right(gold: frozenset[str], *predicted: str | None) -> bool:
    pred: set[str] = set()
    for p in predicted:
        if p:
            pred |= {_fold(w) for w in _WORD.findall(p)}
    return bool(gold & pred)


def score_article(art: Article, ex: Extraction, *, keep_misses: bool = False) -> ArticleScore:
    sc = ArticleScore(art.name)
    # Quotes: each evidence span of a predicted quote is a fragment.
    pred_frags = _spans(ex.quotes)
    gold_frags = [f for q in art.quotes for f in q.fragments]
    gm, pm = _merged(gold_frags), _merged(pred_frags)
    sc.fragments = Counts(
        gold=len(gold_frags),
        gold_found=sum(found([g], pm) for g in gold_frags),
        pred=len(pred_frags),
        pred_right=sum(found([p], gm) for p in pred_frags),
    )
    sc.quote_items.gold = len(art.quotes)
    sc.quote_items.pred = len(ex.quotes)
    for q in art.quotes:
        hits = [f for f in q.fragments if found([f], pm)]
        if not hits:
            if keep_misses:
                sc.misses.append({"kind": "quote", "fragments": [art.text[a:b] for a, b in q.fragments]})
            continue
        sc.quote_items.gold_found += 1
        rel = art.relations[q.relation]
        best = max(ex.quotes, key=lambda p: sum(_overlap((s.start, s.end), q.fragments) for s in p.evidence))
        names_r = reader_names(rel)
        if names_r:
            ok_r = _names_right(names_r, best.speaker, best.speaker_mention)
            for ratio in (
                sc.speaker_reader,
                sc.speaker_by_source_reader.setdefault(rel.source_kind, Ratio()),
            ):
                ratio.total += 1
                ratio.right += ok_r
        else:
            sc.speaker_unknown_reader += 1
        if not rel.gold_names:
            sc.speaker_unknown += 1
            continue
        ok = _names_right(rel.gold_names, best.speaker, best.speaker_mention)
        sc.speaker.total += 1
        sc.speaker.right += ok
        by_kind = sc.speaker_by_source.setdefault(rel.source_kind, Ratio())
        by_kind.total += 1
        by_kind.right += ok
        if keep_misses and not ok:
            sc.misses.append(
                {
                    "kind": "speaker",
                    "quote": best.text[:120],
                    "gold": rel.source_text,
                    "source_kind": rel.source_kind,
                    "gold_names": sorted(rel.gold_names),
                    "predicted": best.speaker,
                    "mention": best.speaker_mention,
                }
            )
    sc.quote_items.pred_right = sum(found(_spans([p]), gm) for p in ex.quotes)
    # Relations: attributions and the quotes that name a speaker.
    preds: list[tuple[list[tuple[int, int]], str | None]] = [(_spans([a]), a.source) for a in ex.attributions]
    preds += [(_spans([q]), q.speaker) for q in ex.quotes if q.speaker]
    pred_union = _merged([s for spans, _src in preds for s in spans])
    speech_ext = _merged([s for r in art.relations if r.kind == "speech" for s in r.extent])
    all_ext = _merged([s for r in art.relations for s in r.extent])
    for r in art.relations:
        hit = found(r.content, pred_union)
        for c in (sc.speech, sc.all) if r.kind == "speech" else (sc.all,):
            c.gold += 1
            c.gold_found += hit
        if hit and r.gold_names:
            best_src = max(preds, key=lambda p: sum(_overlap(s, r.content) for s in p[0]))[1]
            sc.source.total += 1
            sc.source.right += _names_right(r.gold_names, best_src)
        if not hit and r.kind == "speech":
            sc.missed_cues[r.cue_text.lower()] += 1
            if keep_misses:
                sc.misses.append(
                    {
                        "kind": "relation",
                        "source": r.source_text,
                        "cue": r.cue_text,
                        "content": " ".join(art.text[a:b] for a, b in r.content)[:300],
                    }
                )
    for spans, _src in preds:
        in_all = found(spans, all_ext)
        sc.all.pred += 1
        sc.all.pred_right += in_all
        if found(spans, speech_ext):
            sc.speech.pred += 1
            sc.speech.pred_right += 1
        elif not in_all:
            sc.speech.pred += 1  # a belief PolNeAR annotates is out of the speech contract, not an error
            if keep_misses:
                sc.misses.append(
                    {"kind": "spurious", "text": " | ".join(art.text[a:b] for a, b in spans)[:300]}
                )
    return sc


# --------------------------------------------------------------------------- the adapter


def _fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"


class PolNeAR:
    name = "polnear"
    description = "PolNeAR: attribution relations (source, cue, content) in 2016 US campaign news"
    splits: tuple[str, ...] = ("train", "dev")
    reserved: tuple[str, ...] = ("test",)

    def articles(self, data: Path, split: str, limit: int | None = None) -> list[Article]:
        check_split(self, split)  # again here: a caller that skips the CLI is refused too
        snap = _snapshot(data)
        texts = snap.listing(f"data/{split}/text")
        anns = snap.listing(f"data/{split}/attributions")
        if not texts:
            raise CorpusError(f"--data {data}: no articles under data/{split}/text")
        by_stem: dict[str, str] = {}
        for p in anns:
            stem = Path(p).name.removesuffix(".ann").rsplit("_", 1)[0]
            by_stem.setdefault(stem, p)  # listing is sorted: the first annotator in name order
        names = [Path(p).name.removesuffix(".txt") for p in texts if p.endswith(".txt")]
        names = [n for n in names if n in by_stem]
        if limit is not None:
            names = names[:limit]
        wanted = [f"data/{split}/text/{n}.txt" for n in names]
        wanted += [by_stem[n] for n in names]
        wanted += [f"data/{split}/corenlp/{n}.txt.xml" for n in names]
        files = snap.read_many(wanted, skip_missing=True)
        out = []
        for n in names:
            raw = files.get(f"data/{split}/text/{n}.txt")
            ann = files.get(by_stem[n])
            if raw is None or ann is None or not raw.strip():
                continue
            out.append(load_article(n, raw, ann, files.get(f"data/{split}/corenlp/{n}.txt.xml")))
        return out

    def run(
        self, data: Path, split: str, *, backend: str, limit: int | None = None, sources: Path | None = None
    ) -> CorpusReport:
        """``sources``: a reader's resolution file; its items are also scored with the reader's referent
        in place of CoreNLP's chain, reported beside the unchanged headline."""
        table = load_sources(sources) if sources is not None else None  # a bad file fails before extraction
        arts = self.articles(data, split, limit)
        listed = apply_sources(arts, split, table, whole_split=limit is None) if table is not None else None
        scores = asyncio.run(self._extract_and_score(arts, backend))
        return self.report(split, backend, scores, arts, listed=listed)

    async def _extract_and_score(self, arts: list[Article], backend_name: str) -> list[ArticleScore]:
        out = []
        async with CorpusExtractor(backend_name) as extractor:
            for art in arts:
                req = ArticleRequest(text=art.raw, published=art.published)
                out.append(score_article(art, await extractor.extract(art.name, req, expected_text=art.text)))
        return out

    def report(
        self,
        split: str,
        backend: str,
        scores: list[ArticleScore],
        arts: list[Article],
        *,
        listed: int | None = None,
    ) -> CorpusReport:
        """``listed``: how many relations a reader's resolution file named (None: no file given)."""
        total = ArticleScore("all")
        for s in scores:
            total.add(s)
        metrics: dict[str, float | int | None] = {
            "quote_fragment_precision": total.fragments.precision,
            "quote_fragment_recall": total.fragments.recall,
            "quote_fragment_f1": total.fragments.f1,
            "quote_items_gold": total.quote_items.gold,
            "quote_items_found": total.quote_items.gold_found,
            "speaker_accuracy": total.speaker.value,
            "speaker_scored": total.speaker.total,
            "speaker_unknown": total.speaker_unknown,
            **{
                f"speaker_accuracy_{key}": total.speaker_by_source.get(k, Ratio()).value
                for k, key in SOURCE_METRIC_KEYS.items()
            },
            "attribution_speech_precision": total.speech.precision,
            "attribution_speech_recall": total.speech.recall,
            "attribution_speech_f1": total.speech.f1,
            "attribution_all_precision": total.all.precision,
            "attribution_all_recall": total.all.recall,
            "attribution_all_f1": total.all.f1,
            "attribution_source_accuracy": total.source.value,
        }
        if listed is not None:
            metrics |= {
                "speaker_accuracy_reader": total.speaker_reader.value,
                "speaker_scored_reader": total.speaker_reader.total,
                "speaker_unknown_reader": total.speaker_unknown_reader,
                **{
                    f"speaker_accuracy_reader_{key}": total.speaker_by_source_reader.get(k, Ratio()).value
                    for k, key in SOURCE_METRIC_KEYS.items()
                },
            }
        head = Table(
            title=f"PolNeAR {split} · {backend} · {len(scores)} article(s) · GGT conventions (>30% covered)",
            title_justify="left",
        )
        for col in ("item", "gold", "found", "pred", "right", "P", "R", "F1"):
            head.add_column(col, justify="left" if col == "item" else "right")
        rows = (
            ("quote fragments", total.fragments),
            ("quotes (items)", total.quote_items),
            ("attributions: speech", total.speech),
            ("attributions: + beliefs", total.all),
        )
        for label, c in rows:
            head.add_row(
                label,
                str(c.gold),
                str(c.gold_found),
                str(c.pred),
                str(c.pred_right),
                _fmt(c.precision),
                _fmt(c.recall),
                _fmt(c.f1),
            )
        fields = Table(title="names on found items (shared name tokens)", title_justify="left")
        fields.add_column("field", no_wrap=True)
        fields.add_column("right/scored", justify="right")
        fields.add_column("accuracy", justify="right")
        fields.add_column("not scored", justify="right")
        fields.add_row(
            "quote speaker",
            f"{total.speaker.right}/{total.speaker.total}",
            _fmt(total.speaker.value),
            f"{total.speaker_unknown} (gold source has no name)",
        )
        for k in SOURCE_KINDS:
            r = total.speaker_by_source.get(k)
            if r is not None:
                fields.add_row(f"  gold source: {k}", f"{r.right}/{r.total}", _fmt(r.value), "")
        if listed is not None:
            r = total.speaker_reader
            fields.add_row(
                "quote speaker, reader's sources",
                f"{r.right}/{r.total}",
                _fmt(r.value),
                f"{total.speaker_unknown_reader} (no name in the text)",
            )
            for k in SOURCE_KINDS:
                rk = total.speaker_by_source_reader.get(k)
                if rk is not None:
                    fields.add_row(f"  gold source: {k}", f"{rk.right}/{rk.total}", _fmt(rk.value), "")
        fields.add_row(
            "attribution source", f"{total.source.right}/{total.source.total}", _fmt(total.source.value), ""
        )
        per = Table(title="per article", title_justify="left")
        per.add_column("article", no_wrap=True)
        for col in ("quote F1", "speaker", "speech R", "speech P"):
            per.add_column(col, justify="right", no_wrap=True)
        for s in scores:
            per.add_row(
                s.name[:48],
                _fmt(s.fragments.f1),
                f"{s.speaker.right}/{s.speaker.total}",
                _fmt(s.speech.recall),
                _fmt(s.speech.precision),
            )
        cues = Table(title="speech relations missed, by cue (top 15)", title_justify="left")
        cues.add_column("cue")
        cues.add_column("missed", justify="right")
        for cue, n in total.missed_cues.most_common(15):
            cues.add_row(cue, str(n))
        kinds = Counter(r.kind for a in arts for r in a.relations)
        details: dict[str, Any] = {
            "relations_by_kind": dict(kinds),
            "misaligned_annotations": sum(a.misaligned for a in arts),
            "cover": COVER,
        }
        tables = [head, fields, per, cues]
        if listed is not None:
            # Every listed quote item, found or not: the chain's name against the reader's referent.
            versus: dict[str, Counter[str]] = {}
            for a in arts:
                for q in a.quotes:
                    rel = a.relations[q.relation]
                    if (verdict := chain_vs_reader(rel)) is not None:
                        versus.setdefault(rel.source_kind, Counter())[verdict] += 1
            details["reader_sources"] = {"relations_listed": listed}
            details["chain_vs_reader"] = {k: dict(c) for k, c in sorted(versus.items())}
            agree = Table(
                title="CoreNLP's chain against the reader's resolution (listed quote items, found or not)",
                title_justify="left",
            )
            agree.add_column("gold source", no_wrap=True)
            for col in (*CHAIN_VS_READER, "items"):
                agree.add_column(col, justify="right")
            for k in SOURCE_KINDS:
                if k in versus:
                    tally = versus[k]
                    agree.add_row(k, *(str(tally[v]) for v in CHAIN_VS_READER), str(sum(tally.values())))
            tables.insert(2, agree)
        return CorpusReport(
            corpus=self.name,
            split=split,
            backend=backend,
            documents=len(scores),
            metrics=metrics,
            tables=tables,
            details=details,
        )


CORPUS = PolNeAR()
