"""Scores: one extraction against its resolved gold, then micro-averaged over articles.

The score models are pydantic so that the JSON report is exactly their dump
and ``compare`` reads it back with validation. Every rate is ``None`` when its
denominator is zero (no predictions, no gold, no applicable pairs): a
"perfect" score on nothing would hide that nothing was measured.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, Field, computed_field

from evals.gold import GoldItem, ResolvedGold
from evals.match import (
    EXACT_SUFFIX,
    AliasTable,
    FieldResult,
    Pair,
    fields_of,
    fold_text,
    name_key,
    pair_items,
)
from schemas import Extraction
from schemas.kinds import KINDS, kind_names
from service import normalize_text

# --------------------------------------------------------------------------- counts


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


class PRF(BaseModel):
    """Paired items (tp), unpaired predictions (fp) and unpaired gold items (fn)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: PRF) -> PRF:
        return PRF(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)


class Tally(BaseModel):
    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return _ratio(self.correct, self.total)

    def __add__(self, other: Tally) -> Tally:
        return Tally(correct=self.correct + other.correct, total=self.total + other.total)


def _add_tallies(a: dict[str, Tally], b: dict[str, Tally]) -> dict[str, Tally]:
    return {k: a.get(k, Tally()) + b.get(k, Tally()) for k in dict.fromkeys([*a, *b])}


# --------------------------------------------------------------------------- details


class ItemView(BaseModel):
    """An item as the Markdown report shows it: a label and its evidence text."""

    ref: str = Field(description="Gold index (`gold[3]`) or predicted id.")
    label: str
    evidence: list[str]
    rule: str | None = Field(
        default=None, description="For a prediction: the rule that produced it (`Extraction.provenance`)."
    )


# The rule bucket of predictions whose extraction names no rule (an LLM's items).
NO_RULE = "(no rule recorded)"


class RuleTally(BaseModel):
    """What one rule's predictions came to: the unit rule work is judged in."""

    predicted: int = 0
    false_positives: int = Field(default=0, description="Predictions that paired with no gold item.")
    key_wrong: int = Field(
        default=0,
        description="Paired predictions with a key field wrong: a strict miss and a strict false positive.",
    )

    def __add__(self, other: RuleTally) -> RuleTally:
        return RuleTally(
            predicted=self.predicted + other.predicted,
            false_positives=self.false_positives + other.false_positives,
            key_wrong=self.key_wrong + other.key_wrong,
        )


def _add_rules(a: dict[str, RuleTally], b: dict[str, RuleTally]) -> dict[str, RuleTally]:
    return {k: a.get(k, RuleTally()) + b.get(k, RuleTally()) for k in sorted({*a, *b})}


class FieldMismatch(BaseModel):
    field: str
    predicted: Any
    gold: Any


class Mismatch(BaseModel):
    gold: ItemView
    predicted: ItemView
    similarity: float
    strict: bool
    fields: list[FieldMismatch]


class TypeScore(BaseModel):
    predicted: int = 0
    gold: int = 0
    lenient: PRF = Field(default_factory=PRF)
    strict: PRF = Field(default_factory=PRF)
    fields: dict[str, Tally] = Field(default_factory=dict)
    missed: list[ItemView] = Field(default_factory=list)
    spurious: list[ItemView] = Field(default_factory=list)
    mismatches: list[Mismatch] = Field(default_factory=list)
    # Predictions, false positives and strict misses by the rule that produced them;
    # gold items nothing paired with are in ``lenient.fn`` (no rule fired for them).
    by_rule: dict[str, RuleTally] = Field(default_factory=dict)

    def __add__(self, other: TypeScore) -> TypeScore:
        # Details stay per article; the overall score carries only counts.
        return TypeScore(
            predicted=self.predicted + other.predicted,
            gold=self.gold + other.gold,
            lenient=self.lenient + other.lenient,
            strict=self.strict + other.strict,
            fields=_add_tallies(self.fields, other.fields),
            by_rule=_add_rules(self.by_rule, other.by_rule),
        )


class Grounding(BaseModel):
    spans: int = 0
    spans_grounded: int = 0
    quotes: int = 0
    quotes_not_verbatim: int = 0
    items: int = 0
    items_outside_body: int = 0
    outside_body: list[ItemView] = Field(default_factory=list)
    ungrounded: list[str] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def span_accuracy(self) -> float | None:
        return _ratio(self.spans_grounded, self.spans)

    def __add__(self, other: Grounding) -> Grounding:
        return Grounding(
            spans=self.spans + other.spans,
            spans_grounded=self.spans_grounded + other.spans_grounded,
            quotes=self.quotes + other.quotes,
            quotes_not_verbatim=self.quotes_not_verbatim + other.quotes_not_verbatim,
            items=self.items + other.items,
            items_outside_body=self.items_outside_body + other.items_outside_body,
        )


class Cost(BaseModel):
    articles: int = 0
    wall_ms: float = Field(default=0.0, description="Measured by the harness around each extraction.")
    extractor_wall_ms: float = Field(default=0.0, description="As the extraction's own `usage` reports it.")
    llm_calls: int = 0
    reasks: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cache_hits: int = 0
    failed: int = Field(
        default=0, description="Articles whose extraction failed: scored as empty, not skipped."
    )
    partial: int = Field(default=0, description="Articles extracted in part (some chunks failed).")
    dropped: dict[str, int] = Field(
        default_factory=dict, description="Items the LLM guard dropped, per reason (the extraction's usage)."
    )

    def __add__(self, other: Cost) -> Cost:
        dropped = dict(self.dropped)
        for reason, n in other.dropped.items():
            dropped[reason] = dropped.get(reason, 0) + n
        return Cost(
            **{
                name: getattr(self, name) + getattr(other, name)
                for name in Cost.model_fields
                if name not in ("wall_ms", "extractor_wall_ms", "dropped")
            },
            wall_ms=round(self.wall_ms + other.wall_ms, 3),
            extractor_wall_ms=round(self.extractor_wall_ms + other.extractor_wall_ms, 3),
            dropped=dict(sorted(dropped.items())),
        )


class Score(BaseModel):
    """One article's score, or the micro-average of several (``stem`` is then ``None``)."""

    stem: str | None = None
    types: dict[str, TypeScore] = Field(default_factory=dict)
    metadata: dict[str, Tally] = Field(default_factory=dict)
    grounding: Grounding = Field(default_factory=Grounding)
    cost: Cost = Field(default_factory=Cost)


# --------------------------------------------------------------------------- one article


def _label(kind: str, item: Any) -> str:
    if kind == "events":
        when = f" [{item.when.date or item.when.text}]" if item.when else ""
        return f"{item.summary}{when} ({item.status})"
    if kind == "figures":
        value = f"{item.value:g}" if item.value_max is None else f"{item.value:g}-{item.value_max:g}"
        per = f"/{item.per}" if item.per else ""
        return f"{item.text} = {value} {item.unit or ''}{per} ({item.kind}, {item.qualifier})".replace(
            "  ", " "
        )
    if kind == "quotes":
        return f"“{item.text}” — {item.speaker or '?'}"
    if kind == "attributions":
        return f"{item.source}: {item.claim}"
    # Any other kind: its key text, what its evidence must hold.
    return str(getattr(item, KINDS[kind].key_field))


def _gold_view(kind: str, g: GoldItem[Any]) -> ItemView:
    return ItemView(ref=f"gold[{g.index}]", label=_label(kind, g.item), evidence=[s.text for s in g.spans])


def _pred_view(kind: str, p: Any, rules: Mapping[str, str]) -> ItemView:
    return ItemView(
        ref=p.id, label=_label(kind, p), evidence=[s.text for s in p.evidence], rule=rules.get(p.id)
    )


def _score_type(
    kind: str,
    predicted: Sequence[Any],
    gold: Sequence[GoldItem[Any]],
    table: AliasTable,
    rules: Mapping[str, str] | None = None,
) -> TypeScore:
    rules = rules or {}
    pairs: list[Pair] = pair_items(kind, predicted, gold, table)
    paired_p = {p.predicted for p in pairs}
    paired_g = {p.gold for p in pairs}
    n_strict = sum(p.strict for p in pairs)
    tallies: dict[str, Tally] = {}
    mismatches: list[Mismatch] = []
    by_index = {g.index: g for g in gold}
    for pair in pairs:
        wrong: list[FieldResult] = []
        for f in pair.fields:
            t = tallies.setdefault(f.name, Tally())
            tallies[f.name] = Tally(correct=t.correct + f.correct, total=t.total + 1)
            if not f.correct and f.scored:
                wrong.append(f)
        if wrong:
            mismatches.append(
                Mismatch(
                    gold=_gold_view(kind, by_index[pair.gold]),
                    predicted=_pred_view(kind, predicted[pair.predicted], rules),
                    similarity=round(pair.similarity, 4),
                    strict=pair.strict,
                    fields=[FieldMismatch(field=f.name, predicted=f.predicted, gold=f.gold) for f in wrong],
                )
            )
    return TypeScore(
        predicted=len(predicted),
        gold=len(gold),
        lenient=PRF(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs)),
        strict=PRF(tp=n_strict, fp=len(predicted) - n_strict, fn=len(gold) - n_strict),
        fields=tallies,
        missed=[_gold_view(kind, g) for g in gold if g.index not in paired_g],
        spurious=[_pred_view(kind, p, rules) for i, p in enumerate(predicted) if i not in paired_p],
        mismatches=mismatches,
        by_rule=_rule_tallies(predicted, pairs, rules),
    )


def _rule_tallies(
    predicted: Sequence[Any], pairs: Sequence[Pair], rules: Mapping[str, str]
) -> dict[str, RuleTally]:
    strict = {p.predicted: p.strict for p in pairs}
    out: dict[str, RuleTally] = {}
    for i, p in enumerate(predicted):
        rule = rules.get(p.id, NO_RULE)
        t = out.get(rule, RuleTally())
        out[rule] = t + RuleTally(
            predicted=1, false_positives=int(i not in strict), key_wrong=int(i in strict and not strict[i])
        )
    return dict(sorted(out.items()))


def _grounding(extraction: Extraction, gold: ResolvedGold) -> Grounding:
    text = gold.text
    g = Grounding()
    spans = [s for kind in kind_names() for item in getattr(extraction, kind) for s in item.evidence]
    spans += [s for e in extraction.entities for s in e.mentions]
    for s in spans:
        g.spans += 1
        if text[s.start : s.end] == s.text:
            g.spans_grounded += 1
        else:
            g.ungrounded.append(f"[{s.start}:{s.end}] {s.text!r} != {text[s.start : s.end]!r}")
    for q in extraction.quotes:
        g.quotes += 1
        quoted = normalize_text(q.text)
        grounded_parts = all(text[s.start : s.end] == s.text for s in q.evidence)
        split_quote = grounded_parts and quoted == " ".join(s.text for s in q.evidence)
        if not (quoted and quoted in text) and not split_quote:
            g.quotes_not_verbatim += 1
    for kind in kind_names():
        for item in getattr(extraction, kind):
            g.items += 1
            if any(s.start < be and bs < s.end for s in item.evidence for bs, be in gold.boilerplate):
                g.items_outside_body += 1
                g.outside_body.append(_pred_view(kind, item, _rules(extraction)))
    return g


def _rules(extraction: Extraction) -> dict[str, str]:
    """Item id -> the rule that produced it, where the extraction records one."""
    return {i: p.rule for i, p in extraction.provenance.items() if p.rule is not None}


METADATA_FIELDS = ("title", "authors", "outlet", "republished_from")


def _metadata(extraction: Extraction, gold: ResolvedGold) -> dict[str, Tally]:
    """Metadata fields the extractor finds itself (``published`` is passed in, so not scored)."""
    p, g = extraction.metadata, gold.gold.metadata

    def key(v: str | None) -> str | None:
        return name_key(v) if v else None

    checks = {
        "title": (fold_text(p.title) if p.title else None) == (fold_text(g.title) if g.title else None),
        "authors": sorted(map(name_key, p.authors)) == sorted(map(name_key, g.authors)),
        "outlet": key(p.outlet) == key(g.outlet),
        "republished_from": key(p.republished_from) == key(g.republished_from),
    }
    return {k: Tally(correct=int(ok), total=1) for k, ok in checks.items()}


def score_article(
    extraction: Extraction,
    gold: ResolvedGold,
    *,
    wall_ms: float = 0.0,
    cache_hit: bool = False,
    failed: bool = False,
) -> Score:
    """Score one extraction of ``gold``'s article. Its ``text`` must be the text gold was resolved on."""
    if extraction.text != gold.text:
        at = next(
            (i for i, (a, b) in enumerate(zip(extraction.text, gold.text, strict=False)) if a != b),
            min(len(extraction.text), len(gold.text)),
        )
        raise ValueError(
            f"{gold.stem}: the extraction's text differs from the article normalised by "
            f"service.normalize_text (first difference at offset {at}); offsets cannot be compared"
        )
    table = AliasTable.from_gold(gold.gold.entities)
    rules = _rules(extraction)
    types = {
        kind: _score_type(kind, getattr(extraction, kind), gold.items(kind), table, rules)
        for kind in kind_names()
    }
    u = extraction.usage
    cost = Cost(
        articles=1,
        wall_ms=round(wall_ms, 3),
        extractor_wall_ms=u.wall_ms,
        llm_calls=u.llm_calls,
        reasks=u.reasks,
        retries=u.retries,
        prompt_tokens=u.prompt_tokens,
        completion_tokens=u.completion_tokens,
        cache_hits=int(cache_hit),
        failed=int(failed),
        partial=int(u.failed_chunks > 0),
        dropped=dict(u.dropped),
    )
    return Score(
        stem=gold.stem,
        types=types,
        metadata=_metadata(extraction, gold),
        grounding=_grounding(extraction, gold),
        cost=cost,
    )


def micro_average(scores: Iterable[Score]) -> Score:
    """Sum every count over articles, then compute the rates (micro-averaging)."""
    total = Score(types={k: TypeScore() for k in kind_names()})
    for s in scores:
        total = Score(
            types={k: total.types[k] + s.types.get(k, TypeScore()) for k in kind_names()},
            metadata=_add_tallies(total.metadata, s.metadata),
            grounding=total.grounding + s.grounding,
            cost=total.cost + s.cost,
        )
    return total


# --------------------------------------------------------------------------- flat view

# Metrics where less is better; every other metric is better when higher.
LOWER_IS_BETTER_PREFIXES = (
    "grounding.quotes_not_verbatim",
    "grounding.items_outside_body",
    "cost.",
)


def lower_is_better(metric: str) -> bool:
    return metric.startswith(LOWER_IS_BETTER_PREFIXES)


def metric_names() -> list[str]:
    """Every metric ``flatten`` reports, in its order."""
    return list(flatten(Score(types={k: TypeScore() for k in kind_names()})))


def flatten(score: Score) -> dict[str, float | None]:
    """The score as ``{"quotes.strict.f1": 0.9, ...}``: what thresholds and ``compare`` refer to."""
    out: dict[str, float | None] = {}
    for kind, t in score.types.items():
        for mode in ("lenient", "strict"):
            prf: PRF = getattr(t, mode)
            out[f"{kind}.{mode}.precision"] = prf.precision
            out[f"{kind}.{mode}.recall"] = prf.recall
            out[f"{kind}.{mode}.f1"] = prf.f1
        # Every field is listed, measured or not, so metric names never depend on the run.
        for f in fields_of(kind):
            out[f"{kind}.fields.{f.name}"] = t.fields.get(f.name, Tally()).accuracy
            if f.compare == "label":
                exact = f.name + EXACT_SUFFIX
                out[f"{kind}.fields.{exact}"] = t.fields.get(exact, Tally()).accuracy
    for name in METADATA_FIELDS:
        out[f"metadata.{name}"] = score.metadata.get(name, Tally()).accuracy
    g = score.grounding
    out["grounding.span_accuracy"] = g.span_accuracy
    out["grounding.quotes_not_verbatim"] = float(g.quotes_not_verbatim)
    out["grounding.items_outside_body"] = float(g.items_outside_body)
    c = score.cost
    for name in (
        "wall_ms",
        "llm_calls",
        "prompt_tokens",
        "completion_tokens",
        "cache_hits",
        "failed",
        "partial",
    ):
        out[f"cost.{name}"] = float(getattr(c, name))
    return out


__all__ = [
    "NO_RULE",
    "PRF",
    "Cost",
    "Grounding",
    "RuleTally",
    "Score",
    "Tally",
    "TypeScore",
    "flatten",
    "lower_is_better",
    "metric_names",
    "micro_average",
    "score_article",
]
