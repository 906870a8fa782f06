"""Finding the article body: main text of HTML pages, and page furniture in scraped text.

Web-scraped text carries comment forms, "Recent Articles" sidebars, share
widgets, author boxes and photo credits. None of it is a fact of the article,
so the pipeline classifies every block and backends only see body blocks.
The rules are named data below, each with what it catches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.document import Block


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of ``text`` as (start, end); news text puts one paragraph on a line."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@dataclass(frozen=True)
class HtmlMain:
    text: str
    title: str | None
    authors: list[str]
    published: str | None
    outlet: str | None


def html_main_text(html: str) -> HtmlMain:
    """The main text of a web page, via trafilatura with comments off."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        with_metadata=True,
    )
    if doc is None:
        return HtmlMain(text="", title=None, authors=[], published=None, outlet=None)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    authors_raw = data.get("author") or ""
    authors = [a.strip() for a in re.split(r";|,| and ", authors_raw) if a.strip()]
    return HtmlMain(
        text=data.get("text") or "",
        title=data.get("title"),
        authors=authors,
        published=data.get("date"),
        outlet=data.get("sitename"),
    )


# A block matching one of these starts a trailing section (comments, related
# articles, promos): it and everything after it is furniture.
TRAILING_SECTIONS: dict[str, re.Pattern[str]] = {
    # "Comments", "Leave a Reply", "Post a comment", "MAKE A COMMENT", "Commentaries"
    "comments": re.compile(
        r"^(comments?|commentaries|leave a (reply|comment)|post a comment|make a comment|"
        r"add a comment|\d+ comments?|join the discussion)\b",
        re.IGNORECASE,
    ),
    # "Recent Articles", "Related posts", "More from ...", "Read more", "You may also like"
    "sidebar": re.compile(
        r"^(recent (articles|posts)|related( (articles|posts|stories|news))?|more (from|stories|news)|"
        r"you (may|might) also like|most (read|popular)|trending|read next)\b",
        re.IGNORECASE,
    ),
}

# Whole-block patterns: the block is furniture, whatever follows it.
FURNITURE: dict[str, re.Pattern[str]] = {
    # "By Jane Doe", "Words by Matteo Marchionni", "Edited by Ed Newman", "by | Feb 19, 2021"
    "byline": re.compile(r"^(by|words by|edited by|written by|reporting by)\b.{0,80}$", re.IGNORECASE),
    # "18-02-2021", "2021-02-20 10:06:02", "Feb 19, 2021", "February 19, 2021"
    "date": re.compile(
        r"^(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}( \d{1,2}:\d{2}(:\d{2})?)?|"
        r"(\w+day,? )?([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4}))$"
    ),
    # Share and print widgets: "Pinterest", "Share This", "Print Friendly, PDF & Email", "A+ A-"
    "share": re.compile(
        r"^(share( this)?|pin it on pinterest|pinterest|telegram|linkedin|whatsapp|facebook|twitter|"
        r"email|print|print friendly.*|tweet|reddit|a\+ a-|up|browse by)$",
        re.IGNORECASE,
    ),
    # "Picture Credit: ...", "Photo: AFP", "(credit: nato.int)", "(Photo: AFP)" closing a caption
    "credit": re.compile(
        r"^(picture|photo|image) credit\b|^(photo|image|picture)\s*:|\((photo|credit|image)\s*:[^)]*\)\s*$",
        re.IGNORECASE,
    ),
    # "This article was originally featured at ...", "View all posts", "Follow him on Twitter"
    "author": re.compile(
        r"^(this article was originally|view all posts|follow (him|her|them|us) on|about the author)",
        re.IGNORECASE,
    ),
}

# Blocks at least this long that end like prose are never short furniture.
_PROSE_MIN_CHARS = 120


def _looks_like_headline(text: str) -> bool:
    return len(text) <= 200 and not text.rstrip().endswith((".", "”", '"', ":")) and len(text.split()) >= 3


def classify_blocks(text: str) -> list[Block]:
    """Label each block of normalised text as body, headline or a kind of boilerplate."""
    blocks: list[Block] = []
    trailing: str | None = None
    seen: set[str] = set()
    for start, end in split_blocks(text):
        line = text[start:end].strip()
        kind = "body"
        if trailing is None:
            for name, pattern in TRAILING_SECTIONS.items():
                if pattern.search(line) and len(line) < 80:
                    trailing = name
                    break
        if trailing is not None:
            kind = trailing
        elif line in seen:
            kind = "duplicate"
        else:
            for name, pattern in FURNITURE.items():
                if pattern.search(line) and (name == "credit" or len(line) < _PROSE_MIN_CHARS):
                    kind = name
                    break
        if kind == "body" and not any(b.is_body for b in blocks) and _looks_like_headline(line):
            kind = "headline"
        seen.add(line)
        blocks.append(Block(start=start, end=end, text=text[start:end], kind=kind))
    return blocks
