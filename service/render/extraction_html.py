"""One extraction as a standalone HTML page: the text with every item's evidence highlighted.

Like LangExtract's visualisation: a single file with its style and a few lines
of script inline, no network, to open in any browser or attach to a ticket.
Clicking an item lights up its spans, clicking a span selects its item.
Offsets are cut here, in Python, where they are code points as the contract
says, so characters outside the Basic Multilingual Plane cannot shift a mark.
Everything from the extraction is escaped; the page's policy forbids loading
anything.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from html import escape

from schemas import Extraction
from service.kinds import kind_hooks


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    key: str
    kind: str
    title: str


def marks_of(ex: Extraction) -> tuple[list[Mark], dict[str, list[tuple[str, str]]]]:
    """Every evidence span as a mark, and each type's (id, label) list."""
    marks: list[Mark] = []
    listing: dict[str, list[tuple[str, str]]] = {}
    for hooks in sorted(kind_hooks(), key=lambda h: h.view_rank):
        kind = hooks.kind.name
        listing[kind] = []
        for item in getattr(ex, kind):
            label = hooks.label(item)
            listing[kind].append((item.id, label))
            for span in item.evidence:
                marks.append(Mark(span.start, span.end, item.id, hooks.kind.singular, f"{item.id}: {label}"))
    return marks, listing


def _segments(ex: Extraction, marks: list[Mark]) -> str:
    text = ex.text
    dimmed = [(r.start, r.end) for r in ex.boilerplate]
    cuts = {0, len(text)}
    for m in marks:
        cuts.update((m.start, m.end))
    for start, end in dimmed:
        cuts.update((start, end))
    points = sorted(p for p in cuts if 0 <= p <= len(text))
    out: list[str] = []
    for start, end in itertools.pairwise(points):
        piece = escape(text[start:end])
        covering = sorted(
            (m for m in marks if m.start <= start and end <= m.end), key=lambda m: m.end - m.start
        )
        dim = any(s <= start and end <= e for s, e in dimmed)
        if not covering and not dim:
            out.append(piece)
            continue
        classes = ["seg", *dict.fromkeys(f"t-{m.kind}" for m in covering)]
        if dim:
            classes.append("boilerplate")
        keys = " ".join(m.key for m in covering)
        title = "\n".join(m.title for m in covering)
        out.append(
            f'<span class="{" ".join(classes)}" data-keys="{escape(keys)}" title="{escape(title)}">{piece}</span>'
        )
    return "".join(out)


_STYLE = """
:root { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 15px; color: #1d232b; }
body { margin: 0; background: #f6f7f9; }
header { padding: .6rem 1rem; background: #1d2b3a; color: #fff; }
header h1 { font-size: 1.1rem; margin: 0; }
header p { margin: .2rem 0 0; font-size: .85rem; color: #cfd8e3; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1rem; padding: 1rem; align-items: start; }
.text { white-space: pre-wrap; line-height: 1.6; background: #fff; border: 1px solid #d0d4da; border-radius: .4rem; padding: 1rem 1.2rem; }
aside { background: #fff; border: 1px solid #d0d4da; border-radius: .4rem; padding: .4rem .8rem; font-size: .9rem; position: sticky; top: 1rem; max-height: 90vh; overflow-y: auto; }
aside h2 { font-size: .95rem; margin: .6rem 0 .2rem; text-transform: capitalize; }
aside ul { list-style: none; padding: 0; margin: 0; }
li { padding: .3rem .4rem; border-radius: .3rem; cursor: pointer; border-left: 3px solid transparent; }
li.selected { background: #fff6bf; border-left-color: #e0b800; }
.chip { display: inline-block; padding: 0 .35rem; border-radius: .3rem; font-size: .8rem; border: 1px solid #0002; }
.seg { cursor: pointer; border-radius: .15rem; }
.t-quote { background: #d6e8ff; } .t-figure { background: #ffd9a8; } .t-event { background: #d3f2d3; } .t-attribution { background: #ecdcff; }
.seg.boilerplate { opacity: .4; cursor: default; }
.seg.active { background: #ffea00; box-shadow: 0 0 0 2px #e0b800; opacity: 1; }
.warnings { background: #fff4d6; border: 1px solid #e6c15c; border-radius: .4rem; margin: 1rem 1rem 0; padding: .4rem .8rem .4rem 1.8rem; }
"""

_SCRIPT = """
"use strict";
const text = document.getElementById("text"), list = document.getElementById("items");
function select(key) {
  let first = null;
  for (const s of text.querySelectorAll(".seg")) {
    const on = s.dataset.keys.split(" ").includes(key);
    s.classList.toggle("active", on);
    if (on && !first) first = s;
  }
  for (const li of list.querySelectorAll("li")) li.classList.toggle("selected", li.dataset.key === key);
  return first;
}
list.addEventListener("click", (e) => { const li = e.target.closest("li"); if (li) { const s = select(li.dataset.key); if (s) s.scrollIntoView({ block: "center" }); } });
text.addEventListener("click", (e) => { const s = e.target.closest(".seg"); if (s && s.dataset.keys) { select(s.dataset.keys.split(" ")[0]); const li = list.querySelector(`li[data-key="${s.dataset.keys.split(" ")[0]}"]`); if (li) li.scrollIntoView({ block: "nearest" }); } });
"""


def render_page(ex: Extraction) -> str:
    """The standalone page for ``ex``."""
    marks, listing = marks_of(ex)
    singular = {h.kind.name: h.kind.singular for h in kind_hooks()}
    body = ex.text[ex.body.start : ex.body.end].strip() or ex.text.strip()
    title = ex.metadata.title or (body.splitlines() or ["extraction"])[0][:120]
    about = [f"{len(listing[k])} {singular[k] if len(listing[k]) == 1 else k}" for k in listing] + [
        f"extractor {ex.extractor.backend} {ex.extractor.version}",
        f"id {ex.id}",
    ]
    if ex.metadata.language:
        about.append(f"language {ex.metadata.language}")
    items: list[str] = []
    for kind in listing:
        items.append(f"<h2>{kind} ({len(listing[kind])})</h2><ul>")
        for key, label in listing[kind]:
            items.append(
                f'<li data-key="{escape(key)}"><span class="chip t-{singular[kind]}">{escape(key)}</span> '
                f"{escape(label)}</li>"
            )
        items.append("</ul>")
    warnings = (
        '<ul class="warnings">' + "".join(f"<li>{escape(w)}</li>" for w in ex.warnings) + "</ul>"
        if ex.warnings
        else ""
    )
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)} · newsfacts</title>\n<style>{_STYLE}</style></head>\n<body>\n"
        f"<header><h1>{escape(title)}</h1><p>{escape(' · '.join(about))}</p></header>\n"
        f"{warnings}"
        f'<main><article id="text" class="text">{_segments(ex, marks)}</article>\n'
        f'<aside id="items">{"".join(items)}</aside></main>\n'
        f"<script>{_SCRIPT}</script>\n</body></html>\n"
    )
