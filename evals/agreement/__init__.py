"""Event type agreement between two annotators: the gold's ``type`` against a second annotation.

Issue 15 asks the offline extractor for event type accuracy >= 0.8 against the gold. A type is a
free label ("the annotator's head noun of the happening"), so that target only means something
next to the agreement two annotators reach on the same events under the same guide. This module
measures it: ``types-b.json`` (next to this file) holds a second annotator's label for every gold
event of the development sets, written blind to the gold's types; both are compared with the
harness's own label comparison (``evals.match.label_key``: Snowball stems after folding British
spellings, no synonyms), and every disagreement is sorted into a kind by the ordered rules below.

Run ``python -m evals.agreement`` (``--details`` lists every disagreement). Only development sets
are listed: the reserved sets are never read here.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from evals.gold import EvidenceRef, GoldEvent, load_gold
from evals.match import label_key, name_key

ROOT = Path(__file__).resolve().parent.parent.parent
SECOND_ANNOTATION = Path(__file__).resolve().parent / "types-b.json"

# The development sets whose gold the second annotator labelled, by name: gold folder. Reserved
# sets (heldout, heldout2, dev7) are deliberately absent: nobody reads their gold to label it.
SETS: dict[str, Path] = {
    "seeds": ROOT / "evals" / "gold",
    **{
        name: ROOT / "evals" / "sets" / name / "gold"
        for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6")
    },
}

# ------------------------------------------------------------------ word tables for the kinds

# Words that name a change of an amount. Annotators pick among them by habit ("rose" -> rise or
# increase; "weakened" -> fall, decline or weakening), so a pair of two of them is the change
# convention disagreeing, not two readings of the happening. Compared as label_key stems.
CHANGE_WORDS = frozenset(
    label_key(w)
    for w in [
        "rise",
        "increase",
        "gain",
        "jump",
        "climb",
        "growth",
        "surge",
        "rebound",
        "tripling",
        "doubling",
        "fall",
        "decline",
        "drop",
        "decrease",
        "reduction",
        "weakening",
        "slide",
        "slump",
        "loss",
        "dip",
    ]
)
# Two-word change labels the gold uses as one unit ("share price move").
CHANGE_PHRASES = frozenset(label_key(p) for p in ("share price move", "price move"))

# Labels naming a speech act or its occasion. When one side names the act of saying and the other
# what was said or done ("statement" / "welcome", "announcement" / "review"), the guide's
# "speech occasions are events" leaves open which noun to write.
SPEECH_WORDS = frozenset(
    label_key(w)
    for w in [
        "statement",
        "announcement",
        "comment",
        "speech",
        "remark",
        "testimony",
        "disclosure",
        "declaration",
        "reply",
    ]
)

# A refusal to speak ("declined to comment") is a negated event (evals/sets/README.md); one side
# may name the refusal, the other the withheld act (comment, disclosure).
REFUSAL_WORDS = frozenset(label_key(w) for w in ("refusal", "non-response", "denial"))

# A contest and its result: the match or election against the win or defeat in it.
CONTEST_WORDS = frozenset(label_key(w) for w in ["match", "game", "race", "election", "contest"])
RESULT_WORDS = frozenset(label_key(w) for w in ["victory", "win", "defeat", "loss", "upset"])

# Verb forms whose noun Snowball cannot reach by stemming (irregular past tenses and nouns that
# are not the verb plus a suffix). Used only to ask "is this label the trigger verb's own noun".
IRREGULAR_NOUNS: dict[str, str] = {
    "died": "death",
    "die": "death",
    "dies": "death",
    "lost": "loss",
    "lose": "loss",
    "sold": "sale",
    "sell": "sale",
    "fell": "fall",
    "rose": "rise",
    "grew": "growth",
    "grow": "growth",
    "born": "birth",
    "stole": "theft",
    "stolen": "theft",
    "steal": "theft",
    "spoke": "speech",
    "speak": "speech",
    "met": "meeting",
    "meet": "meeting",
    "paid": "payment",
    "pay": "payment",
    "won": "win",
    "struck": "strike",
    "held": "hold",
    "flew": "flight",
    "chose": "choice",
    "sought": "search",
}

# Derivational noun endings (after Snowball) that the verb lacks: "decis"/"decid",
# "suspens"/"suspend", "closur"/"close". A label head and a trigger word that share all but the
# last letter of the shorter stem, and at least four letters, are one word's verb and noun.
_MIN_SHARED = 4


def _head(label: str) -> str:
    """The head word of a label, as a stem: the last word, or the word before "of"."""
    words = label_key(label).split()
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    return words[-1] if words else ""


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def same_word(noun_stem: str, word: str) -> bool:
    """Whether ``word`` (any form, from the text) is the verb or noun whose stem is ``noun_stem``."""
    w = word.casefold()
    if w in IRREGULAR_NOUNS and label_key(IRREGULAR_NOUNS[w]) == noun_stem:
        return True
    stem = label_key(w)
    if not stem or not noun_stem:
        return False
    if stem == noun_stem:
        return True
    shared = _shared_prefix(stem, noun_stem)
    return shared >= _MIN_SHARED and shared >= min(len(stem), len(noun_stem)) - 1


def _words(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text).split()


def said_in(label: str, text: str) -> bool:
    """Whether the label's head word occurs (in any form) in ``text``."""
    head = _head(label)
    return any(same_word(head, w) for w in _words(text))


def is_trigger_noun(label: str, trigger: str) -> bool:
    """Whether the label's head is the trigger's own word ("announced" -> announcement)."""
    return said_in(label, trigger)


# ------------------------------------------------------------------ the kinds

# Each disagreement gets the first kind whose rule holds, in this order (most specific first).
KINDS: tuple[tuple[str, str], ...] = (
    ("modifier", "same head, one label adds or changes a modifier ('job cuts' / 'cut', 'wildfire' / 'fire')"),
    ("change", "change convention: two words for a change of an amount (rise / increase, decline / fall)"),
    ("refusal", "refusal vs the withheld act ('declined to comment': refusal / comment)"),
    ("speech", "speech act: 'statement' or 'announcement' vs what was said or done"),
    ("contest", "a contest vs its result (match / victory, election / victory)"),
    ("verb-vs-argument", "one label is the trigger's word, the other the head of its object or subject"),
    ("verb-vs-synonym", "one label is the trigger's word, the other a noun the evidence never says"),
    ("paraphrase", "neither label is the trigger's word, and one or both are nouns the evidence never says"),
    ("other", "both labels are the trigger's words, or both words of the evidence"),
)
KIND_NAMES = tuple(k for k, _ in KINDS)
_VERB_KINDS = ("verb-vs-argument", "verb-vs-synonym")


@dataclass(frozen=True)
class Pair:
    """One gold event with both annotators' labels."""

    set_name: str
    article: str
    key: str
    gold: str
    second: str
    trigger: str
    status: str
    evidence: tuple[str, ...]

    # Cached: the report reads both several times per pair, and classify stems every word.
    @cached_property
    def agree(self) -> bool:
        return label_key(self.gold) == label_key(self.second)

    @cached_property
    def kind(self) -> str | None:
        return None if self.agree else classify(self)


def classify(p: Pair) -> str:
    """The kind of a disagreement: the first rule of ``KINDS`` that holds."""
    a, b = label_key(p.gold), label_key(p.second)
    wa, wb = set(a.split()), set(b.split())
    ha, hb = _head(p.gold), _head(p.second)
    # A closed compound ("wildfire" / "fire") is a modifier too; compared before stemming.
    short, long_ = sorted((name_key(p.gold), name_key(p.second)), key=len)
    if wa < wb or wb < wa or ha == hb or (len(short) >= _MIN_SHARED and long_.endswith(short)):
        return "modifier"
    if (ha in CHANGE_WORDS or a in CHANGE_PHRASES) and (hb in CHANGE_WORDS or b in CHANGE_PHRASES):
        return "change"
    if p.status == "negated" and (ha in REFUSAL_WORDS or hb in REFUSAL_WORDS):
        return "refusal"
    if ha in SPEECH_WORDS or hb in SPEECH_WORDS:
        return "speech"
    if (ha in CONTEST_WORDS and hb in RESULT_WORDS) or (hb in CONTEST_WORDS and ha in RESULT_WORDS):
        return "contest"
    text = " ".join(p.evidence)
    ta, tb = is_trigger_noun(p.gold, p.trigger), is_trigger_noun(p.second, p.trigger)
    sa, sb = said_in(p.gold, text), said_in(p.second, text)
    if ta != tb:
        # One side nominalised the trigger; the other chose a noun of the text, or one of its own.
        other_said = sb if ta else sa
        return "verb-vs-argument" if other_said else "verb-vs-synonym"
    if not ta and (not sa or not sb):
        return "paraphrase"
    return "other"


def evidence_key(entry: str | EvidenceRef) -> str:
    """How ``types-b.json`` names an event: its first evidence string."""
    return entry if isinstance(entry, str) else f"{entry.text} [occurrence {entry.occurrence}]"


def _evidence_text(entry: str | EvidenceRef) -> str:
    return entry if isinstance(entry, str) else entry.text


@dataclass
class SetResult:
    name: str
    pairs: list[Pair] = field(default_factory=list)
    # Gold events the second annotation has no label for, and labels whose event is gone.
    unlabelled: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def agreed(self) -> int:
        return sum(p.agree for p in self.pairs)

    @property
    def agreement(self) -> float:
        return self.agreed / len(self.pairs) if self.pairs else 0.0


def load_second(path: Path = SECOND_ANNOTATION) -> dict[str, dict[str, dict[str, str]]]:
    """The second annotation: set -> article stem -> first evidence string -> type."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sets: dict[str, dict[str, dict[str, str]]] = data["sets"]
    if not isinstance(sets, dict):
        raise TypeError("'sets' is not an object of set -> article -> evidence -> type")
    return sets


def compare_set(name: str, gold_dir: Path, second: Mapping[str, Mapping[str, str]]) -> SetResult:
    """Pair every gold event of one set with the second annotator's label."""
    result = SetResult(name)
    seen: set[tuple[str, str]] = set()
    for path in sorted(gold_dir.glob("*.json")):
        gold = load_gold(path)
        labels = second.get(path.stem, {})
        for event in gold.events:
            key = evidence_key(event.evidence[0])
            seen.add((path.stem, key))
            if key not in labels:
                result.unlabelled.append(f"{path.stem}: {key}")
                continue
            result.pairs.append(_pair(name, path.stem, key, event, labels[key]))
    for article, labels in second.items():
        result.stale.extend(f"{article}: {key}" for key in labels if (article, key) not in seen)
    return result


def _pair(set_name: str, article: str, key: str, event: GoldEvent, label: str) -> Pair:
    return Pair(
        set_name,
        article,
        key,
        event.type,
        label,
        event.trigger,
        event.status,
        tuple(_evidence_text(e) for e in event.evidence),
    )


def compare_all(
    sets: Mapping[str, Path] = SETS, second: Mapping[str, Mapping[str, Mapping[str, str]]] | None = None
) -> list[SetResult]:
    annotation = load_second() if second is None else second
    return [compare_set(name, folder, annotation.get(name, {})) for name, folder in sets.items()]


def chance_agreement(pairs: Sequence[Pair]) -> float:
    """Agreement two annotators would reach by chance with these label distributions (for kappa)."""
    if not pairs:
        return 0.0
    a = Counter(label_key(p.gold) for p in pairs)
    b = Counter(label_key(p.second) for p in pairs)
    n = len(pairs)
    return sum(a[k] * b[k] for k in a) / (n * n)


def kappa(pairs: Sequence[Pair]) -> float:
    """Cohen's kappa over the label_key classes."""
    if not pairs:
        return 0.0
    observed = sum(p.agree for p in pairs) / len(pairs)
    expected = chance_agreement(pairs)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def trigger_noun_share(pairs: Iterable[Pair], side: str) -> tuple[int, int]:
    """(events whose ``side`` label is the trigger's own noun, events)."""
    items = list(pairs)
    hits = sum(is_trigger_noun(p.gold if side == "gold" else p.second, p.trigger) for p in items)
    return hits, len(items)


def head_agreement(pairs: Iterable[Pair]) -> tuple[int, int]:
    """Agreement when a label that only adds a modifier counts as agreeing (a sensitivity figure)."""
    items = list(pairs)
    hits = sum(p.agree or p.kind == "modifier" for p in items)
    return hits, len(items)


def render(results: Sequence[SetResult], details: bool = False) -> str:
    """The agreement table, the kinds of disagreement and the trigger-noun shares, as Markdown."""
    pairs = [p for r in results for p in r.pairs]
    lines = ["| set | events | agree | agreement | kappa |", "| --- | ---: | ---: | ---: | ---: |"]
    for r in results:
        lines.append(f"| {r.name} | {len(r.pairs)} | {r.agreed} | {r.agreement:.3f} | {kappa(r.pairs):.3f} |")
    total = sum(p.agree for p in pairs)
    overall = total / len(pairs) if pairs else 0.0
    lines.append(f"| **all** | {len(pairs)} | {total} | **{overall:.3f}** | {kappa(pairs):.3f} |")
    lines += ["", "| kind of disagreement | count | share of disagreements |", "| --- | ---: | ---: |"]
    kinds = Counter(p.kind for p in pairs if not p.agree)
    disagreements = sum(kinds.values())
    for name, what in KINDS:
        share = kinds[name] / disagreements if disagreements else 0.0
        lines.append(f"| {name}: {what} | {kinds[name]} | {share:.2f} |")
    gold_side = sum(is_trigger_noun(p.gold, p.trigger) for p in pairs if p.kind in _VERB_KINDS)
    second_side = sum(is_trigger_noun(p.second, p.trigger) for p in pairs if p.kind in _VERB_KINDS)
    lines += [
        "",
        f"In verb-vs-argument and verb-vs-synonym, the trigger's word was gold's {gold_side} times, "
        f"the second annotator's {second_side} times.",
    ]
    hits, n = head_agreement(pairs)
    lines += [
        f"Agreement if a modifier ('job cuts' = 'cut') did not count: {hits}/{n} = {hits / n:.3f}"
        if n
        else ""
    ]
    for side, who in (("gold", "gold"), ("second", "second annotator")):
        h, n = trigger_noun_share(pairs, side)
        lines.append(f"Label is the trigger's own noun ({who}): {h}/{n} = {h / n:.3f}" if n else "")
    for r in results:
        for what, items in (("unlabelled gold events", r.unlabelled), ("stale second labels", r.stale)):
            if items:
                lines.append(f"{r.name}: {len(items)} {what}: " + "; ".join(items[:5]))
    if details:
        lines += [
            "",
            "| set | article | gold | second | trigger | kind |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for p in pairs:
            if not p.agree:
                lines.append(
                    f"| {p.set_name} | {p.article} | {p.gold} | {p.second} | {p.trigger} | {p.kind} |"
                )
    return "\n".join(lines)
