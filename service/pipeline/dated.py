"""Dated expressions: every calendar time expression of the body, resolved (schema 1.1 ``dates``).

A date belongs to the statement it is written in, whether or not a backend
turned that statement into an item ("the company said Friday", "a 2009
analysis"). The offline date finder of the rules backend reads English only,
so other languages get no list rather than English guesses.
"""

from __future__ import annotations

from schemas import DatedExpression, Span
from service.backends.rules.dates import DIRECTED_KINDS, day_and_year, find_times, looks_ahead
from service.pipeline import cpu_budget
from service.pipeline.document import Document


def dated_expressions(doc: Document) -> list[DatedExpression]:
    if doc.language and not doc.language.lower().startswith("en"):
        return []
    out: list[DatedExpression] = []
    # A day the story wrote with its year ("Jan. 23, 2013", "Sept. 11, 2001") is that year's when it
    # comes again without one ("a tweet posted on Jan. 23", "the Sept. 11 attacks"): each was the
    # January or September nearest publication, years off (session 10).
    years_of_days: dict[tuple[int, int], int] = {}
    for block in doc.body_blocks:
        cpu_budget.check()  # under the extraction's budget and stop flag, a block at a time
        text = block.text
        # The forward reading is needed only when a directed expression looks ahead:
        # read on demand, once per block (it was a second full pass over every block).
        ahead: dict[tuple[int, int], str | None] | None = None
        for t in find_times(text, doc.published):
            # And an expression at a time: one paragraph dense with dates (a flattened table, an
            # attack) resolved all of its expressions, seconds per megabyte, between two checks.
            cpu_budget.check()
            date = t.date
            directed = t.kind in DIRECTED_KINDS and doc.published is not None
            if directed and looks_ahead(text, t.start, t.end, t.kind):
                if ahead is None:
                    ahead = {(f.start, f.end): f.date for f in find_times(text, doc.published, future=True)}
                date = ahead.get((t.start, t.end), date)  # "will meet Tuesday": the coming one
            day = day_and_year(t)
            if day is not None and day[1] is not None:
                years_of_days.setdefault(day[0], day[1])
            elif day is not None and date is not None and day[0] in years_of_days:
                date = f"{years_of_days[day[0]]:04d}-{day[0][0]:02d}-{day[0][1]:02d}"
            if date is None:
                continue  # an expression with no calendar value dates nothing
            start = block.start + t.start
            written = doc.text[start : block.start + t.end]
            out.append(
                DatedExpression(
                    id=f"dt{len(out) + 1}",
                    text=written,
                    date=date,
                    evidence=[Span(start=start, end=start + len(written), text=written)],
                )
            )
    return out
