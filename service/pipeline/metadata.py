"""Article metadata from the page furniture: headline, byline names, republication note, date.

The body finder (``service.pipeline.article_body``) labels bylines, date lines and author boxes
as furniture, so no backend ever sees them; this module reads them once, in
the pipeline, for every backend. Metadata is not an item: nothing here
produces evidence.
"""

from __future__ import annotations

import datetime as dt
import re

from schemas import MetadataFields
from service.pipeline.document import Block
from service.pipeline.months import MONTH_NAMES, MONTHS, YEAR
from service.pipeline.normalize import fold_key

# --------------------------------------------------------------------------- publication date

# Date lines as sites print them: "2021-02-20 10:06:02", "18-02-2021",
# "02/18/2021", "Feb 19, 2021", "19 February 2021", "by | Feb 19, 2021".
ISO_DATE = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
NUMERIC_DATE = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b")
WORDED_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH_NAMES})|(?P<m2>{MONTH_NAMES})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?),?\s+(?P<y>{YEAR})\b",
    re.IGNORECASE,
)


def date_in_line(line: str) -> dt.date | None:
    """The calendar date a date line or byline states, if any."""
    try:
        m = ISO_DATE.search(line)
        if m:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        m = NUMERIC_DATE.search(line)
        if m:
            a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
            # Day first unless it cannot be, or the writer used US slashes with a valid month first.
            if a > 12 or (m["sep"] != "/" and b <= 12):
                return dt.date(y, b, a)
            return dt.date(y, a, b)
        m = WORDED_DATE.search(line)
        if m:
            month = MONTHS[fold_key(m["m1"] or m["m2"]).rstrip(".")]
            return dt.date(int(m["y"]), month, int(m["d1"] or m["d2"]))
    except ValueError:
        return None
    return None


def infer_published(blocks: tuple[Block, ...]) -> dt.date | None:
    """The publication date from the page's date or byline block, else a dateline opening the body."""
    for b in blocks:
        if b.kind in ("date", "byline"):
            d = date_in_line(b.text)
            if d is not None:
                return d
    body = [b for b in blocks if b.is_body][:3]
    for b in body:
        # "WASHINGTON, Feb. 19, 2021 —" or "Brussels, February 20, 2021 (Reuters) -": a place, then
        # the date at once. Any date in the first 60 characters after any opening words and a comma
        # was taken ("On March 5, 2019, the bridge closed", "The plant, opened on May 2, 2001, ...")
        # and every relative date of the story resolved against it (s12 hostile review).
        m = _DATELINE.match(b.text[:60])
        if m:
            d = _date_opening(m.group("rest"))
            if d is not None:
                return d
    return None


# A dateline's place has no digits and may name its country ("KYIV, Ukraine, March 1, 2022"); the
# date may follow a weekday ("PARIS, Tuesday, May 2, 2023").
_DATELINE = re.compile(
    r"^[A-Z](?:[^\W\d]|[ .'’-]){1,40},\s+(?:[A-Z](?:[^\W\d]|[ .'’-]){1,30},\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<rest>.*)",
    re.DOTALL,
)


def _date_opening(text: str) -> dt.date | None:
    """The date ``text`` opens with, if it opens with one."""
    for pattern in (ISO_DATE, NUMERIC_DATE, WORDED_DATE):
        m = pattern.match(text)
        if m:
            return date_in_line(m.group())
    return None


# --------------------------------------------------------------------------- byline, title, republication

# Byline lead words: "By", "Words by", "Written by", "Reporting by". Editors are not authors.
BYLINE_LEAD = re.compile(
    r"^(?:by|words by|written by|story by|reporting by|report by|author:?)\s*[:|]?\s*", re.IGNORECASE
)
EDITOR_LEAD = re.compile(r"^(?:edited by|editing by|photos? by)\b", re.IGNORECASE)
# A person's name: two to four capitalised words, particles allowed.
PERSON_NAME = re.compile(
    r"^(?:[A-Z][a-zA-Z’'.-]+|al-[A-Z]\w+|de|van|von|bin)(?:\s+(?:[A-Z][a-zA-Z’'.-]+|al-[A-Z]\w+|de|van|von|bin|[A-Z]\.)){1,3}$"
)
# "This article was originally featured at Antiwar.com", "first published by The Conversation".
REPUBLISHED = re.compile(
    r"\b(?:originally|first)\s+(?:featured|published|appeared|posted|ran)\s+(?:at|on|in|by)\s+(?P<src>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*)",
)


# A byline's role after the name ("Helen Marsh, Health Correspondent"): capitalised
# like a name, but the last word says it is a job, not a person.
ROLE_WORDS = frozenset(
    [
        "correspondent",
        "editor",
        "reporter",
        "writer",
        "staff",
        "columnist",
        "contributor",
        "chief",
        "producer",
        "analyst",
        "desk",
        "bureau",
        "team",
        "service",
        "newsroom",
        "journalist",
        "photographer",
    ]
)


def is_role(part: str) -> bool:
    """Whether a byline part names a job, not a person: "Transport Correspondent", "Staff Writer"."""
    words = part.split()
    return bool(words) and words[-1].lower().strip(".,") in ROLE_WORDS


def _names(line: str) -> list[str]:
    line = BYLINE_LEAD.sub("", line.strip())
    line = line.split("|")[0]
    # "Gary Raynaldo   DIPLOMATIC TIMES": an outlet in capitals after the name.
    line = re.sub(r"\s+[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*$", "", line).strip(" ,;-")
    out = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", line):
        part = part.strip()
        if PERSON_NAME.match(part) and not part.isupper() and not is_role(part):
            out.append(part)
    return out


def page_metadata(blocks: tuple[Block, ...]) -> MetadataFields:
    """Headline, byline names, republication note and publication date from the page's blocks."""
    title = next((b.text.strip() for b in blocks if b.kind == "headline"), None)
    authors: list[str] = []
    for b in blocks:
        if b.kind == "byline" and not EDITOR_LEAD.match(b.text.strip()):
            authors.extend(n for n in _names(b.text) if n not in authors)
        elif b.kind == "date" and (by := re.search(r"\bby\s+(.{3,80})$", b.text.strip(), re.IGNORECASE)):
            authors.extend(
                n for n in _names(by.group(1)) if n not in authors
            )  # "Posted on June 3 by Jane Doe"
    if not authors:
        # "Edited by" is the only credit: the page's own answer to who wrote it.
        for b in blocks:
            if b.kind == "byline":
                authors.extend(n for n in _names(EDITOR_LEAD.sub("", b.text.strip())) if n not in authors)
    if not authors:
        # An author box: a bare name line followed by "Name is the ...".
        for i, b in enumerate(blocks[:-1]):
            name = b.text.strip()
            if (
                b.kind == "author"
                and PERSON_NAME.match(name)
                and any(o.text.startswith(name + " is ") for o in blocks[i + 1 : i + 4])
            ):
                authors.append(name)
                break
    republished = None
    for b in blocks:
        m = REPUBLISHED.search(b.text)
        if m:
            republished = m.group("src").rstrip(".")
            break
    published = infer_published(blocks)
    return MetadataFields(
        title=title,
        authors=authors,
        republished_from=republished,
        published=published.isoformat() if published else None,
    )
