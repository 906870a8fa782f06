"""Conflicts between groups: the same measure with other values, the same event on other dates, other speakers."""

from __future__ import annotations

import math

from schemas import Event, Figure, Quote
from schemas.story import Conflict, ConflictValue
from service.corroborate.articles import Article, entities_match
from service.corroborate.clustering import Item
from service.corroborate.groups import BuiltGroup
from service.corroborate.scoring import _participants_shared, event_date, named_measure
from service.corroborate.similarity import dates_compatible, norm, speaker_name, text_similarity, word_overlap
from service.corroborate.thresholds import (
    EVENT_CONFLICT_SUMMARY,
    FIGURE_CONFLICT_MEASURE,
    FIGURE_CONFLICT_OVERLAP,
)
from service.corroborate.units import canonical_unit, units_compatible
from service.pipeline import cpu_budget


def _figure_value(f: Figure) -> str:
    unit = canonical_unit(f.unit)
    value = f"{f.value:g}" if f.value_max is None else f"{f.value:g}-{f.value_max:g}"
    per = f" per {canonical_unit(f.per)}" if f.per else ""
    return f"{value}{' ' + unit if unit else ''}{per}"


def figure_conflicts(groups: list[BuiltGroup[Figure]], articles: list[Article]) -> None:
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
            # Per pair: states_both reads every figure of every article (service.pipeline.cpu_budget).
            cpu_budget.check()
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


def event_conflicts(groups: list[BuiltGroup[Event]]) -> None:
    for i, ga in enumerate(groups):
        cpu_budget.check()
        for gb in groups[i + 1 :]:
            if set(ga.articles) & set(gb.articles):
                continue
            ea, eb = ga.representative, gb.representative
            da, db = event_date(ea.item), event_date(eb.item)
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


def speaker_conflicts(groups: list[BuiltGroup[Quote]]) -> None:
    for g in groups:
        sides: list[tuple[Item[Quote], list[int]]] = []
        for it in g.items:
            speaker = speaker_name(it.item.speaker)
            if speaker is None:
                continue
            for side, arts in sides:
                assert side.item.speaker is not None
                if entities_match(side.item.speaker, side.article, speaker, it.article):
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
