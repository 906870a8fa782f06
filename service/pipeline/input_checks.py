"""What the pipeline checks about an article before any backend reads it.

Two failure modes used to be silent: a web page pasted into ``text`` (its
markup, timestamps and canonical URL came back as quotes and figures), and a
long text of which the body finder kept a small share (a 300 KB paste giving
a 2 KB "article" with no word of warning). The first is read as HTML, the
second reported in ``warnings``. The thresholds are data, below.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from service.pipeline.document import MAX_BOILERPLATE_REGIONS, Block
from service.pipeline.normalize import fold_key

# ---------------------------------------------------------------- markup in `text`

# A document that opens as a web page does.
_PAGE_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
# Structural tags of a page. Prose that mentions a tag ("the <p> element") has
# a few at most; a page has dozens, and closes them.
_TAG = re.compile(
    r"</?(p|div|span|a|br|hr|html|head|body|meta|link|script|style|title|article|section|header|footer|nav|"
    r"aside|main|figure|figcaption|img|ul|ol|li|h[1-6]|table|tr|td|th|time|strong|em|b|i|button|form|input|iframe|noscript)"
    r"(\s[^<>]{0,2000})?/?>",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"</(p|div|span|a|li|h[1-6]|article|section|body|html|script|style|td|tr|ul|ol)\s*>", re.IGNORECASE
)
# Markup counts as a page when there are at least this many tags, this many of them closing.
MIN_TAGS = 8
MIN_CLOSING = 3


def looks_like_html(text: str) -> bool:
    """True when ``text`` is a web page's markup rather than an article's words."""
    if _PAGE_START.match(text[:2048]):
        return True
    return _at_least(_CLOSING, text, MIN_CLOSING) and _at_least(_TAG, text, MIN_TAGS)


def _at_least(pattern: re.Pattern[str], text: str, n: int) -> bool:
    # Stops at the n-th match: a 1 MB page costs as little as a short one.
    return any(i + 1 >= n for i, _ in enumerate(pattern.finditer(text)))


# ---------------------------------------------------------------- markup too costly to parse

# Attributes one start tag may have. libxml2 (under lxml, trafilatura, htmldate and justext) checks
# each new attribute against every earlier one of its tag: 25,000 attributes on one element (200 KB)
# took 9 s to prepare, a 1 MB page of them would take an hour, before the CPU budget starts and with
# nothing able to stop it (session 14's hostile review). Tags of a page have a few, rarely past 30;
# at this cap a 1 MB page of crowded tags costs what any 1 MB page does.
MAX_TAG_ATTRIBUTES = 512
# What can open a tag, end one, or open a quoted attribute value (which may hold '<' and '>'),
# and a comment (text to libxml2, whatever '<' it holds).
_TAG_EVENT = re.compile(r"""<!--|<[A-Za-z]|>|=[ \t\n\r\f]*["']""")
# Elements whose content libxml2 reads as raw text up to their end tag: a "<b" in a script
# ("if (a<b ...") opens no tag there, so it must not open one here.
_RAW_TEXT = re.compile(r"(script|style)(?![\w-])", re.IGNORECASE)
_RAW_TEXT_END = {
    "script": re.compile(r"</script", re.IGNORECASE),
    "style": re.compile(r"</style", re.IGNORECASE),
}
# An attribute as libxml2 reads one: a name (up to a space, '/', '=' or '>'), then an unquoted
# value if '=' follows. The tag's name counts as one too. A quoted value is outside the stretches
# this is applied to; its name, before the '=', is inside.
_ATTRIBUTE = re.compile(r"""[^\s/=>"']+(?:\s*=\s*[^\s>"']*)?""")


def crowded_tag(html: str) -> int | None:
    """Where a start tag with more than ``MAX_TAG_ATTRIBUTES`` attributes begins, or None.

    One linear pass: tags are delimited as libxml2 reads them (a quoted value after '=' runs to its
    closing quote, '>' and '<' included; an unquoted one, or a '<' inside a tag, does not end it).
    Only a tag long enough to hold that many attributes (two characters each at least) is counted.
    """
    start = -1  # where the tag being read began, -1 between tags
    unquoted: list[tuple[int, int]] = []  # the tag's stretches outside quoted values
    stretch = 0
    pos = 0
    end = len(html)
    while True:
        m = _TAG_EVENT.search(html, pos)
        if m is None or m.group() == ">":
            stop = end if m is None else m.start()
            if start >= 0 and stop - start > 2 * MAX_TAG_ATTRIBUTES:
                unquoted.append((stretch, stop))
                count = sum(len(_ATTRIBUTE.findall(html, a, b)) for a, b in unquoted)
                if count > MAX_TAG_ATTRIBUTES + 1:  # the tag's name is one of the tokens
                    return start
            if m is None:
                return None
            raw = _RAW_TEXT.match(html, start + 1) if start >= 0 else None
            start, pos = -1, m.end()
            if raw is not None:
                raw_end = _RAW_TEXT_END[fold_key(raw.group(1))].search(html, pos)  # "<SCRİPT>" too
                pos = end if raw_end is None else raw_end.start()
        elif m.group() == "<!--":
            if start < 0:
                closing_at = html.find("-->", m.end())
                pos = end if closing_at < 0 else closing_at + 3
            else:
                pos = m.end()
        elif m.group()[0] == "<":
            if start < 0:
                start, stretch, unquoted = m.start(), m.start() + 1, []
            pos = m.end()
        elif start < 0:
            pos = m.end()
        else:
            quote = m.group()[-1]
            unquoted.append((stretch, m.start() + 1))
            closing = html.find(quote, m.end())
            pos = stretch = end if closing < 0 else closing + 1


HTML_IN_TEXT_WARNING = (
    "the `text` field held HTML markup; it was read as a web page (main text extracted, markup dropped). "
    "Send web pages as `html` to say so."
)

# ---------------------------------------------------------------- truncation and joined articles

# A text at least this long whose body keeps less than this share of its
# characters was mostly cut away: worth a look before trusting the result.
LONG_TEXT_CHARS = 20_000
MIN_BODY_SHARE = 0.25
# A byline or date line with at least this many body blocks before and after it
# starts another article inside the text.
RESTART_CONTEXT_BLOCKS = 2
_RESTART_KINDS = frozenset({"byline", "date"})


def body_share_warning(text: str, blocks: Sequence[Block]) -> str | None:
    """A warning when the body finder kept a small share of a long text."""
    if len(text) < LONG_TEXT_CHARS:
        return None
    kept = sum(b.end - b.start for b in blocks if b.is_body)
    share = kept / max(1, len(text))
    if share >= MIN_BODY_SHARE:
        return None
    dropped = sum(1 for b in blocks if not b.is_body)
    return (
        f"the body finder kept {kept:,} of {len(text):,} characters ({share:.1%}) as the article and set aside "
        f"{dropped:,} blocks as page furniture; check that the text is one article (or send the page as `html`)"
    )


def _headline_like(text: str) -> bool:
    # A new article opens with its headline: a short line without closing punctuation.
    line = text.strip()
    return 0 < len(line) <= 200 and not line.endswith((".", "!", "?", ":", ";", ",", "”", '"', "’"))


def article_restarts(blocks: Sequence[Block]) -> list[int]:
    """Offsets of bylines and date lines that start another article after the story began.

    Only where a headline-like line comes right before the byline or date
    group, as when articles are pasted one after another: a sentence the body
    finder mistook for a byline in mid-story is not a restart.
    """
    body_before = 0
    candidates: list[tuple[int, int]] = []  # (offset, body blocks before it)
    for i, b in enumerate(blocks):
        if b.is_body:
            body_before += 1
        elif b.kind in _RESTART_KINDS and body_before >= RESTART_CONTEXT_BLOCKS:
            j = i - 1
            while j >= 0 and blocks[j].kind in _RESTART_KINDS:
                j -= 1
            if j >= 0 and blocks[j].is_body and _headline_like(blocks[j].text):
                candidates.append((b.start, body_before))
    total_body = body_before
    out: list[int] = []
    last_count = -1
    for start, before in candidates:
        # Adjacent byline + date lines are one restart; body must follow it.
        if before == last_count or total_body - before < RESTART_CONTEXT_BLOCKS:
            continue
        out.append(start)
        last_count = before
    return out


def joined_articles_warning(blocks: Sequence[Block]) -> str | None:
    restarts = article_restarts(blocks)
    if not restarts:
        return None
    where = ", ".join(str(r) for r in restarts[:5])
    return (
        f"the text looks like {len(restarts) + 1} articles joined (a byline or date line after the story had "
        f"begun, at offset {where}); extract each article on its own"
    )


# ---------------------------------------------------------------- boilerplate past the response's list


def boilerplate_cap_warning(runs: int) -> str | None:
    """A warning when the text has more boilerplate regions than a response lists."""
    if runs <= MAX_BOILERPLATE_REGIONS:
        return None
    return (
        f"the text has {runs:,} boilerplate regions; `boilerplate` lists the first {MAX_BOILERPLATE_REGIONS:,} "
        "(every one is left out of the extraction all the same)"
    )
