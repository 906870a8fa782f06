"""Finding the article body: main text of HTML pages, and page furniture in scraped text.

Web-scraped text carries comment forms, "Recent Articles" sidebars, share
widgets, author boxes and photo credits. None of it is a fact of the article,
so the pipeline classifies every block and backends only see body blocks.
The rules are named data below, each with what it catches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import islice

from service.pipeline.document import Block
from service.pipeline.metadata import is_role

# Part of every cache key (through service.pipeline.run): bump whenever what counts
# as body changes, since that changes what every backend sees.
BODY_VERSION = "4"


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


# Block elements past which a page is read without trafilatura's fallback extractors
# (readability, justext). justext looks for each short paragraph's neighbours one by one, so a
# run of short paragraphs is quadratic: 100 KB of "<div><p>Smith said it.</p></div>" took 3.5 s
# and 400 KB 24 s, before the CPU budget starts and with nothing able to stop it (s12 hostile
# review). News pages have tens to a few hundred; past this many, the main extractor alone.
MAX_FALLBACK_BLOCKS = 3000
_BLOCK_TAG = re.compile(r"<(?:p|div|li|td|tr|br|h[1-6]|section|article)\b", re.IGNORECASE)


def _many_blocks(html: str) -> bool:
    # Stops at the threshold: a 2 MB page costs as little as a short one.
    return next(islice(_BLOCK_TAG.finditer(html), MAX_FALLBACK_BLOCKS - 1, None), None) is not None


# Elements whose text a reader of the page never reads as the story's (session 34's hostile
# review): struck-through text (`<del>`, `<s>`, `<strike>`: a correction's retracted words;
# trafilatura keeps them, so "<del>400</del><ins>500</ins> people" was the figure 400500), a
# `<template>` (never rendered) and an element with the `hidden` attribute (not rendered, as
# `display:none`, which trafilatura already leaves out). A planted or retracted fact is not one.
_UNSHOWN_HINT = re.compile(r"<(?:del|s|strike|template)\b|\shidden(?=[\s>=/])", re.IGNORECASE)
_UNSHOWN_XPATH = "//del|//s|//strike|//template|//*[@hidden]"


def _without_unshown(html: str) -> object:
    """``html`` as trafilatura takes it, without the elements a reader is not shown.

    The page as it is (a string) when the cheap test finds none of them: most pages, whose
    parse stays trafilatura's own; else its parsed tree with those elements removed, their
    following text kept.
    """
    if _UNSHOWN_HINT.search(html) is None:
        return html
    from lxml.html import HtmlElement
    from trafilatura.utils import load_html

    tree = load_html(html)
    if not isinstance(tree, HtmlElement):
        return html
    for element in tree.xpath(_UNSHOWN_XPATH):
        if isinstance(element, HtmlElement) and element.getparent() is not None:
            element.drop_tree()
    return tree


def html_main_text(html: str) -> HtmlMain:
    """The main text of a web page, via trafilatura with comments off."""
    import trafilatura
    from trafilatura.settings import set_date_params

    doc = trafilatura.bare_extraction(
        _without_unshown(html),
        fast=_many_blocks(html),
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        with_metadata=True,
        # The page's own dates only (meta tags, <time>, the URL, date-classed elements). The
        # extensive search falls back on any date in the page's text and then on its copyright
        # year: a story mentioning "closed on March 5, 2019", or a footer "© 2019", was published
        # 2019-03-05 or 2019-01-01, and every "on Tuesday" resolved against it (s12 hostile review).
        # A dateline the page writes as text is still read, by ``page_metadata`` from the body.
        date_extraction_params=set_date_params(extensive=False),
    )
    if doc is None:
        return HtmlMain(text="", title=None, authors=[], published=None, outlet=None)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    authors_raw = data.get("author") or ""
    # "Sana Iqbal, Transport Correspondent": the page's byline with its writer's job, which is no author.
    authors = [a.strip() for a in re.split(r";|,| and ", authors_raw) if a.strip() and not is_role(a.strip())]
    published = data.get("date")
    if published and _first_of_month_from_impossible(html, published):
        published = None
    return HtmlMain(
        text=data.get("text") or "",
        title=data.get("title"),
        authors=authors,
        published=published,
        outlet=data.get("sitename"),
    )


# A page date as a tag's attribute (`<meta content=...>`, `<time datetime=...>`) or a JSON-LD
# "datePublished"-style key: the year, month and day as written, and the time if any.
_PAGE_DATE_VALUE = re.compile(
    r"""(?:\b(?:content|datetime)\s*=\s*["']?|"date\w{0,20}"\s*:\s*")"""
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?",
    re.IGNORECASE | re.ASCII,
)
# Enough for any real page's head; the scan stops there on a page that repeats dates.
_PAGE_DATE_VALUES_READ = 200


def _first_of_month_from_impossible(html: str, published: str) -> bool:
    """htmldate reads an impossible page date ("2026-02-30", "2026-02-29T25:00") as the first of
    its month: the day is then a guess, and every "on Monday" would resolve against it. True when
    ``published`` is such a first of the month: the page writes an impossible date in that month
    and no possible one on that day (a true first of the month keeps its date)."""
    if not published.endswith("-01"):
        return False
    month = published[:7]
    impossible = possible_first = False
    for m in islice(_PAGE_DATE_VALUE.finditer(html), _PAGE_DATE_VALUES_READ):
        year, mon, day, hour, minute = m.groups()
        if f"{year}-{mon}" != month:
            continue
        if _is_calendar_time(int(year), int(mon), int(day), hour, minute):
            possible_first = possible_first or day == "01"
        else:
            impossible = True
    return impossible and not possible_first


def _is_calendar_time(year: int, month: int, day: int, hour: str | None, minute: str | None) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return hour is None or (int(hour) < 24 and int(minute or 0) < 60)


# A block matching one of these starts a trailing section (comments, related
# articles, promotions): it and everything after it is furniture. Only short
# blocks qualify, so a paragraph that happens to begin "Comments by ..." stays body.
TRAILING_SECTIONS: dict[str, re.Pattern[str]] = {
    # "Comments", "Leave a Reply", "Post a comment", "MAKE A COMMENT", "Commentaries", "3 comments"
    "comments": re.compile(
        r"^(comments?|commentaries|leave a (reply|comment)|post a comment|make a comment|add a comment|"
        r"\d+ (comments?|responses|replies)|join the (discussion|conversation)|comments are closed|"
        r"you must be logged in|log in to comment|show comments|discussion)\b",
        re.IGNORECASE,
    ),
    # "Recent Articles", "Related posts", "More from ...", "You may also like", "Most read", "Tags:"
    "sidebar": re.compile(
        r"^(recent (articles|posts|stories|news)|related( (articles|posts|stories|news|coverage|content|reading))?|"
        r"more (from|stories|news|on this( story)?|in)|you (may|might) (also )?like|most (read|popular|viewed|shared)|"
        r"trending( now)?|read next|latest (news|articles|stories|posts)|editor'?s picks|further reading|"
        r"popular (posts|articles)|top stories|(tags|topics|filed under|categories)\s*:?)(\s|$|:)",
        re.IGNORECASE,
    ),
    # Shop and fundraising promotions: "Our Books", "Shop books ...", "Support us", "Donate", "Subscribe"
    "promo": re.compile(
        r"^(our (books|store|shop|podcasts?)|shop\b|support (us|our|via)\b|donate\b|become a (patron|member|subscriber)|"
        r"subscribe\b|sign up\b|get our newsletter|newsletter\b)",
        re.IGNORECASE,
    ),
}

# A comment-policy note opens the comments however long it is: "Comments are moderated. Please keep ..."
COMMENT_POLICY = re.compile(
    r"^(comments (are|will be) (moderated|closed|reviewed|pre-moderated|turned off|disabled)|"
    r"comments on this (story|article|post) are (closed|moderated))\b",
    re.IGNORECASE,
)

# A one-line teaser inside or after the story: a label, a colon and a linked headline
# ("Read more: Schools face $4.2 million shortfall", "Related: Council delays vote", "See also: ...").
# Only the line is furniture; the story goes on after it. A bare "Related" heading starts a sidebar instead.
TEASER = re.compile(
    r"^(read (more|also|next)|also read|see also|related( (story|stories|article|articles|coverage|content))?|"
    r"more (on this|coverage)|recommended|watch|listen|explore more|don'?t miss|opinion|analysis|explainer)\s*:\s*\S",
    re.IGNORECASE,
)

# A byline giving the writer's role after the name: "Helen Marsh, Health Correspondent",
# "Tom Reid - Political Editor". Short, in the header or anywhere, it is never prose.
BYLINE_ROLE = re.compile(
    r"^[A-Z][\w’'.-]+( [A-Z][\w’'.-]+){1,3}\s*(,|-|–|—|\|)\s*([A-Za-z]+ ){0,3}"
    r"(correspondent|reporter|editor|writer|journalist|columnist|contributor|staff|bureau chief)s?$",
    re.IGNORECASE,
)

# A republication note ends the article when it comes after the body's start:
# what follows is the original outlet's author box and the host site's furniture.
REPUBLICATION = re.compile(
    r"^(this (article|piece|story|post|essay) (was|is|first|originally)\b.{0,40}\b(featured|published|appeared|posted|ran)|"
    r"(originally|first) (featured|published|appeared|posted) (at|on|in|by))",
    re.IGNORECASE,
)

# Site navigation or a breadcrumb: three or more short items between separators
# ("Home | News | Local | Sports", "Home > World > Europe", "News • Politics • Elections").
NAV_ITEM = r"[^|•»>›/.!?]{1,30}"
NAV = re.compile(rf"^{NAV_ITEM}(\s*[|•»>›/]\s*{NAV_ITEM}){{2,}}$")

# Whole-block patterns: the block is furniture, whatever follows it.
FURNITURE: dict[str, re.Pattern[str]] = {
    # Not "By 61%-30%, voters said ..." nor "By contrast, ...": a sentence, not a credit.
    # "By Jane Doe", "Words by Matteo Marchionni", "Edited by Ed Newman", "by | Feb 19, 2021", "Reporting by ...; Editing by ..."
    # "(Reporting by Anna Keller; Editing by Tom Hale)": the wire's closing credit, in brackets
    # A credit names someone, so a lowercase word after "by" is prose ("By a slim margin, ...", "By the end of
    # the year, ...": a line taken for a byline is dropped with its facts) unless it is "the" before a name
    # ("By the Associated Press") or a staff credit; so is a day or month not followed by a surname ("By
    # Tuesday, ...", "By March 3, ..."; "By May Jones" stays a credit).
    "byline": re.compile(
        r"^\(?(by|words by|edited by|written by|reporting by|story by|report by|photos? by|additional reporting by|"
        r"editing by|writing by|compiled by|author:)\b(?!\s*[\d$€£%])(?!\s+(?:about|around|more|less|far|contrast|comparison|then|now)\b)"
        r"(?!\s+(?-i:(?!the\s+[A-Z]|staff\b|our\s)[a-z]))"
        r"(?!\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
        r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|midnight|noon|"
        r"mid|late|early|next|last|this)\b\.?(?!\s+(?-i:[A-Z][a-z])))"
        r".{0,100}$",
        re.IGNORECASE,
    ),
    # "18-02-2021", "2021-02-20 10:06:02", "Feb 19, 2021", "February 19, 2021", "Updated: ...", "Published 3 hours ago"
    "date": re.compile(
        r"^((updated|published|posted|last (updated|modified))\b[: ].{0,100}|"
        r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}( \d{1,2}:\d{2}(:\d{2})?)?|"
        r"(\w+day,? )?([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})"
        r"([,|]? (at )?\d{1,2}[:.]\d{2}( ?[ap]\.?m\.?)?( [A-Z]{2,4})?)?|"
        r"\d+ (min|minute)s? read)$",
        re.IGNORECASE,
    ),
    # Share and print widgets: "Pinterest", "Share This", "Print Friendly, PDF & Email", "A+ A-", "Share on Facebook"
    "share": re.compile(
        r"^(share( this( article| story| post)?)?|share on \w+|pin it on pinterest|pinterest|telegram|linkedin|whatsapp|"
        r"facebook|twitter|x|email|e-mail|print|print friendly.*|tweet|reddit|flipboard|copy link|a\+ a-|up|"
        r"browse by|advertisement|sponsored|skip to (main )?content|listen to (this )?article|font size|text size)$|"
        # "Share this story: Facebook | X | Email": a share label with its networks on one line
        r"^share (this|on|via)\b[^.!?]{0,80}$",
        re.IGNORECASE,
    ),
    # Captions and credits: "Picture Credit: ...", "Photo: AFP", "(Photo: AFP)" or "(credit: nato.int)" closing a
    # caption, "REUTERS/Jane Doe", "AFP via Getty Images", "(AP Photo/John Doe)", "File photo"
    "credit": re.compile(
        r"^(picture|photo|image|video|illustration) credits?\b|^(photo|image|picture|photograph|video|illustration|"
        r"credit|source|caption)\s*:|\((photo|credit|image|picture|video)\s*:[^)]*\)\s*$|"
        r"\b(reuters|afp|ap|getty images|epa|shutterstock)\s*/\s*[A-Z][\w. ]*\)?\s*$|via getty images\)?\s*$|"
        r"\(ap photo[^)]*\)\s*$|^file (photo|image)\b|"
        # "Patients wait in a corridor. Photograph: Jon Reyes": a caption closed by its credit
        r"[.!?]\s+(photograph|photo|picture|image|illustration|video)\s*:\s*[A-Z][\w .’'/&-]{1,80}$",
        re.IGNORECASE,
    ),
    # Author boxes: "View all posts", "Follow him on Twitter", "About the author", "Jane Doe is a reporter ..."
    "author": re.compile(
        r"^(view all posts|more (posts|articles) by|follow (him|her|them|us|me) on|about the author|"
        r"contact the author|email the author|[A-Z][\w.’'-]+( [A-Z][\w.’'-]+){1,3} (is|was) ((an?|the|our) )?[^.]{0,80}"
        r"\b(editor|writer|reporter|journalist|correspondent|columnist|contributor|author|fellow|analyst|director)\b|"
        # "Dana Whitfield covers city government for the Ledger.": a reporter's beat line
        r"[A-Z][\w.’'-]+( [A-Z][\w.’'-]+){1,3} (covers|writes about|reports on) [^.]{2,80}\bfor (the )?[A-Z])|"
        # "Reach her at jdoe@example.com or 555-0142": contact details of the writer
        r"\b(reach|contact|email|e-mail|write to) (him|her|them|me|us|the author)\b[^.]{0,40}\S+@\S+\.\w+",
    ),
    # Copyright lines: "© 2021 Reuters", "Copyright 2021 ...", "All rights reserved."
    "copyright": re.compile(
        r"^(©|\(c\)|copyright\b|our standards:|editorial standards)|all rights reserved\.?$", re.IGNORECASE
    ),
    # Corrections and editor's notes: "Correction: An earlier version of this story misstated ..."
    "correction": re.compile(
        r"^(correction|corrections|clarification|editor'?s note|editor’s note)\s*[:.—–-]", re.IGNORECASE
    ),
    # Share-price tickers: "AERO.PA +2.31% €14.52", "NYSE: BRW 87.40 ▲ 9.0%", "FTSE 100 8,212.4 -0.3%",
    # and a labelled market strip: "Ticker: KVN +4.2% | Dow -0.3%", "Markets: FTSE 100 -0.4% | DAX +0.2%"
    "ticker": re.compile(
        r"^(?:(?:[Tt]ickers?|[Mm]arkets?|[Ss]tocks?|[Ss]hares)\s*:\s*)?"
        r"(?:(?:NYSE|NASDAQ|Nasdaq|LSE|LON|TSX|EPA|ETR|ASX|HKEX)\s*:\s*)?[A-Z][A-Z0-9&]{1,7}(?:\.[A-Z]{1,3})?"
        r"(?:\s+\d{2,3})?\b[^.!?]{0,40}?\s[+\-−–▲▼]\s?\d+(?:[.,]\d+)?\s?%"
    ),
    # Statistics widgets: "Possession: 54% - 46%", "Shots on target: 7-3", "Attendance: 12,304"
    "stats": re.compile(r"^[A-Z][A-Za-z ]{2,30}:\s*[\d.,%]+(?:\s*[-–:|]\s*[\d.,%]+)?\s*$"),
    # A bar of labelled statistics between pipes, with or without a title: "Match stats | Possession:
    # Harbour 58% Vale 42% | Shots: 17-6", "Turnout: 61% | Seats: 40 of 52". Two labelled items at
    # least: a sentence with one pipe and one colon is still a sentence.
    "stats_bar": re.compile(
        r"^(?:[A-Z][\w ]{1,30}\s*\|\s*)?[A-Z][\w ]{1,30}:[^|:]{1,50}(?:\|\s*[A-Z][\w ]{1,30}:[^|:]{1,50}){1,}$"
    ),
    # Site navigation and breadcrumbs (``NAV``), once no more specific widget matched.
    "nav": NAV,
}

# Blocks at least this long are prose, never short furniture (credits excepted:
# a long caption still ends with its credit).
_PROSE_MIN_CHARS = 120
# A person's name alone on a line: an unlabelled byline when it sits in the header.
_BARE_NAME = re.compile(r"^[A-Z][\w’'.-]+( (de|van|von|bin|al|[A-Z][\w’'.-]+|[A-Z]\.)){1,3}$")
# An encyclopedic blurb in the header ("The North Atlantic Treaty Organization (NATO) is an
# intergovernmental military alliance ..."): a tag or glossary box, not the story.
_DEFINITION = re.compile(r"^(the )?[A-Z][^.!?]{2,160}\b(is|are|was) (an?|the) [^.!?]{5,200}\.$")


def _looks_like_headline(text: str) -> bool:
    return len(text) <= 200 and not text.rstrip().endswith((".", "”", '"', ":")) and len(text.split()) >= 3


def _is_prose(text: str) -> bool:
    return len(text) >= _PROSE_MIN_CHARS and bool(re.search(r"[.!?”\"’)]\s*$", text))


# A teaser's blurb is cut short ("... rose for a third day...") and a "read more" link follows it.
_TRUNCATED = re.compile(r"(\.\.\.|…|\[\.\.\.\]|\[…\])\s*$")
_READ_MORE = re.compile(r"^(read more|continue reading|full story|more)\b", re.IGNORECASE)

# Trailing sections that a list of short links makes up: a paragraph of prose after them
# means the story resumes (a "Most read" box printed mid-article). Comments and author
# boxes hold prose of their own, so they last to the end.
_LIST_SECTIONS = frozenset({"sidebar", "promo"})


def _resumes_story(lines: list[str], i: int) -> bool:
    """True when line ``i`` is story prose after a mid-article list box, not a teaser of the box."""
    line = lines[i]
    if not _is_prose(line) or _TRUNCATED.search(line):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return not _READ_MORE.match(nxt)


def classify_blocks(text: str) -> list[Block]:
    """Label each block of normalised text as body, headline or a kind of boilerplate."""
    spans = split_blocks(text)
    lines = [text[s:e].strip() for s, e in spans]
    kinds = ["body"] * len(lines)
    # The header is everything before the first prose paragraph: bylines, dates, widgets.
    first_prose = next((i for i, line in enumerate(lines) if _is_prose(line)), len(lines))
    # ... and reaches at least to the last byline or date line near the top (a blurb may precede them).
    meta_lines = [
        i
        for i, line in enumerate(lines[:10])
        if len(line) < _PROSE_MIN_CHARS
        and (FURNITURE["byline"].search(line) or FURNITURE["date"].search(line))
    ]
    header_end = max(first_prose, meta_lines[-1] if meta_lines else 0)
    trailing: str | None = None
    seen: set[str] = set()
    headline: str | None = None
    body_seen = 0
    for i, line in enumerate(lines):
        kind = "body"
        short = len(line) < 80
        if trailing in _LIST_SECTIONS and _resumes_story(lines, i):
            trailing = None
        teaser = len(line) < 200 and TEASER.search(line) is not None
        if trailing is None and short and not teaser:
            for name, pattern in TRAILING_SECTIONS.items():
                if pattern.search(line) and (i > first_prose or body_seen >= 2):
                    trailing = name
                    break
        if trailing is None and COMMENT_POLICY.search(line) and (i > first_prose or body_seen >= 2):
            trailing = "comments"
        if trailing is None and body_seen >= 2 and REPUBLICATION.search(line) and len(line) < 300:
            trailing = "author"
        if trailing is not None:
            kind = trailing
        elif line == headline:
            kind = "headline"  # a repeated headline is still the headline
        elif line in seen:
            kind = "duplicate"
        elif teaser:
            kind = "sidebar"
        elif BYLINE_ROLE.match(line):
            kind = "byline"
        else:
            for name, pattern in FURNITURE.items():
                if pattern.search(line) and (
                    name == "credit" or len(line) < _PROSE_MIN_CHARS or name == "author"
                ):
                    kind = name
                    break
            if kind == "author" and i < first_prose and not lines[i].startswith(("View", "Follow", "About")):
                kind = "body" if len(line) >= _PROSE_MIN_CHARS else kind
            if kind == "body" and i < header_end and headline is not None:
                near_meta = any(kinds[j] in ("date", "byline") for j in range(max(0, i - 2), i)) or any(
                    FURNITURE["date"].search(lines[j]) or FURNITURE["byline"].search(lines[j])
                    for j in range(i + 1, min(len(lines), i + 3))
                )
                if _BARE_NAME.match(line) and near_meta:
                    kind = "byline"
                elif _DEFINITION.match(line) and any(
                    FURNITURE["byline"].search(lines[j]) for j in range(i + 1, min(len(lines), i + 4))
                ):
                    kind = "sidebar"  # a tag or glossary blurb between headline and byline
        if kind == "body" and headline is None and body_seen == 0 and _looks_like_headline(line):
            kind = "headline"
            headline = line
        if kind in ("body", "headline"):
            body_seen += 1
        seen.add(line)
        kinds[i] = kind
    return [Block(start=s, end=e, text=text[s:e], kind=k) for (s, e), k in zip(spans, kinds, strict=True)]
