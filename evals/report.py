"""The eval's three outputs: a rich table, a JSON report (the input of ``compare``), a Markdown report."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError
from rich.console import Console
from rich.table import Table
from rich.text import Text

from evals import match
from evals.metrics import PRF, Cost, Score, TypeScore, flatten, lower_is_better
from evals.thresholds import ThresholdResult
from schemas import ExtractorInfo
from schemas.kinds import kind_names


class Report(BaseModel):
    format: Literal["newsfacts-eval/1"] = "newsfacts-eval/1"
    created: str = Field(default_factory=lambda: dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    backend: str
    source: str = Field(description="in-process, replay, recording, or the server URL.")
    extractor: ExtractorInfo | None = None
    articles_dir: str
    gold_dir: str
    similarity: dict[str, float] = Field(
        default_factory=lambda: {
            "evidence_weight": match.EVIDENCE_WEIGHT,
            "field_weight": match.FIELD_WEIGHT,
            "min_similarity": match.MIN_SIMILARITY,
            "quote_text_min": match.QUOTE_TEXT_MIN,
        },
        description="The matching constants this report was scored with.",
    )
    metrics: dict[str, float | None] = Field(
        description="The overall score, flattened: what thresholds and compare use."
    )
    thresholds: list[ThresholdResult] = Field(default_factory=list)
    failures: list[str] = Field(
        default_factory=list, description="Articles whose extraction failed; each is scored as empty."
    )
    overall: Score
    articles: list[Score]


class ReportError(Exception):
    pass


def build_report(
    *,
    backend: str,
    source: str,
    extractor: ExtractorInfo | None,
    articles_dir: Path,
    gold_dir: Path,
    overall: Score,
    articles: list[Score],
    thresholds: list[ThresholdResult],
    failures: list[str] | None = None,
) -> Report:
    return Report(
        failures=list(failures or []),
        backend=backend,
        source=source,
        extractor=extractor,
        articles_dir=str(articles_dir),
        gold_dir=str(gold_dir),
        metrics=flatten(overall),
        thresholds=thresholds,
        overall=overall,
        articles=articles,
    )


def _cost_line(c: Cost) -> str:
    """Failures, partial articles, guard drops by reason, and the cost per article."""
    n = max(1, c.articles)
    dropped = ", ".join(f"{k} {v}" for k, v in c.dropped.items()) or "none"
    return (
        f"failed {c.failed}/{c.articles} (scored as empty) · partial {c.partial} · dropped by the guard: {dropped} · "
        f"per article: {c.wall_ms / 1000 / n:.2f} s, {c.llm_calls / n:.1f} calls, "
        f"{(c.prompt_tokens + c.completion_tokens) / n:.0f} tokens"
    )


def load_report(path: Path) -> Report:
    try:
        return Report.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise ReportError(f"{path}: cannot read ({exc.strerror})") from exc
    except ValidationError as exc:
        raise ReportError(
            f"{path}: not a newsfacts eval report ({exc.error_count()} problem(s): {exc.errors()[0]['msg']})"
        ) from exc


def write_json(report: Report, path: Path) -> None:
    path.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- terminal


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v:.2f}"


def _prf_cells(prf: PRF) -> list[str]:
    return [_pct(prf.precision), _pct(prf.recall), _pct(prf.f1)]


def print_report(report: Report, console: Console) -> None:
    o = report.overall
    title = f"newsfacts eval · {report.backend} · {len(report.articles)} article(s) · micro-averaged"
    t = Table(title=title, title_justify="left")
    for col in ("type", "gold", "pred", "P", "R", "F1", "strict P", "strict R", "strict F1"):
        t.add_column(col, justify="left" if col == "type" else "right")
    for kind in kind_names():
        ts = o.types[kind]
        t.add_row(kind, str(ts.gold), str(ts.predicted), *_prf_cells(ts.lenient), *_prf_cells(ts.strict))
    console.print(t)

    fields = Table(title="field accuracy on paired items", title_justify="left")
    fields.add_column("type")
    fields.add_column("fields (correct/paired)")
    for kind in kind_names():
        cells = [f"{n} {v.correct}/{v.total}" for n, v in o.types[kind].fields.items() if v.total]
        fields.add_row(kind, " · ".join(cells) or "— (nothing paired)")
    console.print(fields)
    console.print(_rule_table(o))

    per = Table(title="per article: F1 lenient/strict", title_justify="left")
    per.add_column("article", no_wrap=True)
    for kind in kind_names():
        per.add_column(kind, justify="right", no_wrap=True)
    for s in report.articles:
        per.add_row(
            s.stem or "?",
            *(f"{_pct(s.types[k].lenient.f1)}/{_pct(s.types[k].strict.f1)}" for k in kind_names()),
        )
    console.print(per)

    g, c = o.grounding, o.cost
    console.print(
        f"grounding: spans {g.spans_grounded}/{g.spans} verbatim at their offsets · "
        f"quotes not verbatim {g.quotes_not_verbatim}/{g.quotes} · items outside the body {g.items_outside_body}/{g.items}",
        highlight=False,
    )
    meta = ", ".join(f"{k} {v.correct}/{v.total}" for k, v in o.metadata.items())
    console.print(f"metadata: {meta}", highlight=False)
    console.print(
        f"cost: {c.wall_ms / 1000:.2f} s wall · {c.llm_calls} LLM calls ({c.reasks} re-asks, {c.retries} retries) · "
        f"{c.prompt_tokens} prompt + {c.completion_tokens} completion tokens · {c.cache_hits} cache hits",
        highlight=False,
    )
    console.print(_cost_line(c), highlight=False)
    for failure in report.failures:
        console.print(f"  failed (scored as empty): {failure}", highlight=False, markup=False)
    if report.thresholds:
        bad = [r for r in report.thresholds if r.passed is False]
        line = Text(
            f"thresholds [{report.backend}]: {len(report.thresholds) - len(bad)}/{len(report.thresholds)} met"
        )
        line.stylize("green" if not bad else "red")
        console.print(line)
        for r in bad:
            sign = "≥" if r.bound == "min" else "≤"
            console.print(
                f"  [red]✗[/] {r.metric} = {_pct(r.value)}, needs {sign} {r.limit:g}", highlight=False
            )


def _rule_rows(o: Score) -> list[tuple[str, str, str, str, str]]:
    """(type, rule, predicted, false positives, key wrong) per rule, then each type's misses no rule found."""
    rows: list[tuple[str, str, str, str, str]] = []
    for kind in kind_names():
        ts = o.types[kind]
        for rule, r in ts.by_rule.items():
            rows.append((kind, rule, str(r.predicted), str(r.false_positives), str(r.key_wrong)))
        rows.append((kind, "missed: no item paired", "", str(ts.lenient.fn), ""))
    return rows


def _rule_table(o: Score) -> Table:
    t = Table(
        title="by rule: false positives (paired with no gold) and key wrong (paired, a key field wrong)",
        title_justify="left",
    )
    for col in ("type", "rule", "pred", "false pos.", "key wrong"):
        t.add_column(col, justify="left" if col in ("type", "rule") else "right", overflow="fold")
    for row in _rule_rows(o):
        t.add_row(*row)
    return t


# --------------------------------------------------------------------------- markdown


def _cell(v: Any) -> str:
    s = "null" if v is None else (json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)
    return s.replace("|", "\\|").replace("\n", " ")


def _evidence(ev: list[str]) -> str:
    return " · ".join(f"«{_cell(e)}»" for e in ev)


def render_markdown(report: Report) -> str:
    o = report.overall
    out: list[str] = [
        f"# newsfacts eval: {report.backend}",
        "",
        f"{len(report.articles)} article(s) from `{report.articles_dir}` scored against `{report.gold_dir}` "
        f"({report.source}, {report.created}). Extractor: "
        + (
            f"`{report.extractor.backend}` {report.extractor.version}"
            + (f", model `{report.extractor.model}`" if report.extractor.model else "")
            if report.extractor
            else "unknown"
        )
        + ".",
        "",
        *_md_overall(o),
        *_md_by_rule(o),
        *_md_grounding_and_cost(report),
        *_md_thresholds(report),
    ]
    for s in report.articles:
        out += _md_article(s)
    return "\n".join(out).rstrip() + "\n"


def _md_overall(o: Score) -> list[str]:
    out = [
        "## Overall (micro-averaged)",
        "",
        "| type | gold | pred | P | R | F1 | strict P | strict R | strict F1 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for kind in kind_names():
        ts = o.types[kind]
        out.append(
            f"| {kind} | {ts.gold} | {ts.predicted} | "
            + " | ".join(_prf_cells(ts.lenient) + _prf_cells(ts.strict))
            + " |"
        )
    out += [
        "",
        "### Field accuracy on paired items",
        "",
        "| type | field | correct | of | accuracy |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for kind in kind_names():
        for name, tally in o.types[kind].fields.items():
            out.append(f"| {kind} | {name} | {tally.correct} | {tally.total} | {_pct(tally.accuracy)} |")
    return out


def _md_by_rule(o: Score) -> list[str]:
    out = [
        "",
        "### By rule",
        "",
        "False positives paired with no gold item; key wrong: paired, a key field wrong (a strict miss). "
        "The last row of each type counts the gold items nothing paired with.",
        "",
        "| type | rule | predicted | false positives | key wrong |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    return out + [f"| {' | '.join(row)} |" for row in _rule_rows(o)]


def _md_grounding_and_cost(report: Report) -> list[str]:
    g, c = report.overall.grounding, report.overall.cost
    return [
        "",
        "### Grounding and cost",
        "",
        f"- spans verbatim at their offsets: {g.spans_grounded}/{g.spans}",
        f"- quotes not verbatim in the article: {g.quotes_not_verbatim} of {g.quotes}",
        f"- items outside the body (overlapping a gold boilerplate block): {g.items_outside_body} of {g.items}",
        f"- wall time {c.wall_ms / 1000:.2f} s; {c.llm_calls} LLM calls; {c.prompt_tokens} prompt and "
        f"{c.completion_tokens} completion tokens; {c.cache_hits} cache hits",
        f"- {_cost_line(c)}",
        *(f"- failed (scored as empty): {f}" for f in report.failures),
    ]


def _md_thresholds(report: Report) -> list[str]:
    if not report.thresholds:
        return []
    out = [
        "",
        "### Thresholds",
        "",
        "| metric | bound | limit | value | |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    for r in report.thresholds:
        mark = {True: "ok", False: "**FAIL**", None: "n/a"}[r.passed]
        out.append(f"| {r.metric} | {r.bound} | {r.limit:g} | {_pct(r.value)} | {mark} |")
    return out


def _md_article(s: Score) -> list[str]:
    """One article: its F1s, then per type what was missed, spurious or wrong, then grounding defects."""
    out = ["", f"## {s.stem}", ""]
    out.append(
        " · ".join(
            f"{k}: F1 {_pct(s.types[k].lenient.f1)} (strict {_pct(s.types[k].strict.f1)})"
            for k in kind_names()
        )
    )
    for kind in kind_names():
        out += _md_details(kind, s.types[kind])
    if s.grounding.outside_body or s.grounding.ungrounded or s.grounding.quotes_not_verbatim:
        out += ["", "### Grounding defects", ""]
        out += [
            f"- outside the body: `{v.ref}` {_cell(v.label)} — {_evidence(v.evidence)}"
            for v in s.grounding.outside_body
        ]
        out += [f"- span not verbatim at its offsets: {_cell(u)}" for u in s.grounding.ungrounded]
        if s.grounding.quotes_not_verbatim:
            out.append(f"- quotes not verbatim in the article: {s.grounding.quotes_not_verbatim}")
    return out


def _md_details(kind: str, ts: TypeScore) -> list[str]:
    if not (ts.missed or ts.spurious or ts.mismatches):
        return []
    out = ["", f"### {kind}", ""]
    if ts.missed:
        out += ["Missed (gold items nothing paired with):", ""]
        out += [f"- `{v.ref}` {_cell(v.label)} — {_evidence(v.evidence)}" for v in ts.missed]
        out.append("")
    if ts.spurious:
        out += ["Spurious (predictions that paired with no gold item):", ""]
        out += [
            f"- `{v.ref}`{f' ({v.rule})' if v.rule else ''} {_cell(v.label)} — {_evidence(v.evidence)}"
            for v in ts.spurious
        ]
        out.append("")
    if ts.mismatches:
        out += [
            "Field mismatches (paired items):",
            "",
            "| gold | predicted | field | gold value | predicted value |",
            "| --- | --- | --- | --- | --- |",
        ]
        for m in ts.mismatches:
            for i, f in enumerate(m.fields):
                left = f"`{m.gold.ref}` {_cell(m.gold.label)}" if i == 0 else ""
                right = f"`{m.predicted.ref}` {_cell(m.predicted.label)}" if i == 0 else ""
                out.append(f"| {left} | {right} | {f.field} | {_cell(f.gold)} | {_cell(f.predicted)} |")
        out.append("")
    return out


# --------------------------------------------------------------------------- compare


class Delta(BaseModel):
    metric: str
    old: float | None
    new: float | None

    @property
    def change(self) -> float | None:
        return None if self.old is None or self.new is None else self.new - self.old

    @property
    def verdict(self) -> Literal["better", "worse", "same", "n/a"]:
        d = self.change
        if d is None:
            return "n/a" if self.old == self.new else ("better" if self.old is None else "worse")
        if abs(d) < 1e-12:
            return "same"
        return "better" if (d < 0) == lower_is_better(self.metric) else "worse"


def compare(old: Report, new: Report) -> list[Delta]:
    names = list(dict.fromkeys([*old.metrics, *new.metrics]))
    return [Delta(metric=n, old=old.metrics.get(n), new=new.metrics.get(n)) for n in names]


def print_compare(
    old: Report, new: Report, deltas: list[Delta], console: Console, *, show_all: bool = False
) -> None:
    t = Table(
        title=f"{old.backend} ({old.created}) → {new.backend} ({new.created})",
        title_justify="left",
    )
    for col in ("metric", "old", "new", "Δ"):
        t.add_column(col, justify="left" if col == "metric" else "right")
    style = {"better": "green", "worse": "red", "same": "dim", "n/a": "dim"}
    shown = 0
    for d in deltas:
        if not show_all and d.verdict in ("same", "n/a"):
            continue
        is_cost = d.metric.startswith("cost.")
        fmt = (lambda v: "—" if v is None else f"{v:.0f}") if is_cost else _pct
        change = "—" if d.change is None else (f"{d.change:+.0f}" if is_cost else f"{d.change:+.3f}")
        t.add_row(d.metric, fmt(d.old), fmt(d.new), Text(change, style=style[d.verdict]))
        shown += 1
    if shown:
        console.print(t)
    quality = [d for d in deltas if not d.metric.startswith("cost.")]
    tally = {v: sum(d.verdict == v for d in quality) for v in ("better", "worse", "same", "n/a")}
    console.print(
        f"quality and grounding: {tally['better']} better, {tally['worse']} worse, {tally['same']} unchanged, "
        f"{tally['n/a']} not measured in either",
        highlight=False,
    )
    if [s.stem for s in old.articles] != [s.stem for s in new.articles] or old.gold_dir != new.gold_dir:
        console.print(
            "[yellow]warning:[/] the reports cover different articles or gold folders; deltas mix two test sets",
            highlight=False,
        )
