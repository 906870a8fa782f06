"""The standalone highlighted page of one extraction (`newsfacts visualize`)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from schemas import ArticleRequest, Attribution, Event, Extraction, Figure, Quote
from service.backends.rules import RulesBackend
from service.pipeline.run import extract
from service.render.extraction_html import render_page

ROOT = Path(__file__).resolve().parent.parent

# Astral characters before the items (offsets are code points) and markup in the words themselves.
ARTICLE = (
    "Council 🚢 approves <b>harbour</b> plan & budget\n\n"
    "The council approved the 𝔥𝔞𝔯𝔟𝔬𝔲𝔯 plan on Tuesday, officials said. "
    "It will cost about $12 million. <script>alert(1)</script>\n\n"
    "“We need this harbour,” said Mayor Ruth Okafor."
)


class Spans(HTMLParser):
    """Text of every highlighted span by key, and the article's whole text."""

    def __init__(self) -> None:
        super().__init__()
        self.by_key: dict[str, str] = {}
        self.text: list[str] = []
        self._stack: list[list[str] | None] = []
        self._in_article = False
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "article":
            self._in_article = True
        if self._in_article and tag == "span":
            self._stack.append((a.get("data-keys") or "").split())

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._in_article = False
        if self._in_article and tag == "span":
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        if not self._in_article:
            return
        self.text.append(data)
        for keys in self._stack:
            for key in keys or []:
                self.by_key[key] = self.by_key.get(key, "") + data


def _extraction() -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=ARTICLE), RulesBackend()))


def test_every_span_is_highlighted_at_its_offsets_and_the_text_is_intact() -> None:
    ex = _extraction()
    page = render_page(ex)
    parsed = Spans()
    parsed.feed(page)
    assert "".join(parsed.text) == ex.text
    items: list[Quote | Figure | Event | Attribution] = [
        *ex.quotes,
        *ex.figures,
        *ex.events,
        *ex.attributions,
    ]
    assert items, "the article should give items"
    for item in items:
        # A key's highlighted text is its spans' text (in order, possibly more than one span).
        assert parsed.by_key[item.id] == "".join(s.text for s in item.evidence), item.id
    # The article's own markup is shown as text, never run: one script, ours.
    assert parsed.scripts == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "default-src 'none'" in page


def test_the_cli_writes_the_page_and_refuses_what_is_not_an_extraction(tmp_path: Path) -> None:
    ex = _extraction()
    source = tmp_path / "ex.json"
    source.write_text(ex.model_dump_json(), encoding="utf-8")
    out = tmp_path / "ex.html"
    ok = subprocess.run(
        [sys.executable, "-m", "service", "visualize", str(source), "-o", str(out)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert out.read_text(encoding="utf-8") == render_page(ex)
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "service", "visualize", str(article)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert bad.returncode == 2 and bad.stdout == b""
    assert "not an extraction" in bad.stderr.decode() and "newsfacts extract" in bad.stderr.decode()
