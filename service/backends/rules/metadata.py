"""Article metadata from the page furniture: headline, byline names, republication note, date.

These read the non-body blocks the body finder labelled (byline, date,
author box); metadata is not an item, so nothing here produces evidence.
"""

from __future__ import annotations

import re

from schemas import MetadataFields
from service.backends.rules.dates import infer_published
from service.document import Document

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


def _names(line: str) -> list[str]:
    line = BYLINE_LEAD.sub("", line.strip())
    line = line.split("|")[0]
    # "Gary Raynaldo   DIPLOMATIC TIMES": an outlet in capitals after the name.
    line = re.sub(r"\s+[A-Z]{2,}(?:\s+[A-Z]{2,})*\s*$", "", line).strip(" ,;-")
    out = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", line):
        part = part.strip()
        if PERSON_NAME.match(part) and not part.isupper():
            out.append(part)
    return out


def extract_metadata(doc: Document) -> MetadataFields:
    title = next((b.text.strip() for b in doc.blocks if b.kind == "headline"), None)
    authors: list[str] = []
    for b in doc.blocks:
        if b.kind == "byline" and not EDITOR_LEAD.match(b.text.strip()):
            authors.extend(n for n in _names(b.text) if n not in authors)
        elif b.kind == "date" and (by := re.search(r"\bby\s+(.{3,80})$", b.text.strip(), re.IGNORECASE)):
            authors.extend(
                n for n in _names(by.group(1)) if n not in authors
            )  # "Posted on June 3 by Jane Doe"
    if not authors:
        # "Edited by" is the only credit: the page's own answer to who wrote it.
        for b in doc.blocks:
            if b.kind == "byline":
                authors.extend(n for n in _names(EDITOR_LEAD.sub("", b.text.strip())) if n not in authors)
    if not authors:
        # An author box: a bare name line followed by "Name is the ...".
        for i, b in enumerate(doc.blocks[:-1]):
            name = b.text.strip()
            if (
                b.kind == "author"
                and PERSON_NAME.match(name)
                and any(o.text.startswith(name + " is ") for o in doc.blocks[i + 1 : i + 4])
            ):
                authors.append(name)
                break
    republished = None
    for b in doc.blocks:
        m = REPUBLISHED.search(b.text)
        if m:
            republished = m.group("src").rstrip(".")
            break
    published = infer_published(doc.blocks)
    return MetadataFields(
        title=title,
        authors=authors,
        republished_from=republished,
        published=published.isoformat() if published else None,
    )
