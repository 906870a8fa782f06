"""Entity linking: one canonical name per entity, every verbatim form as an alias.

Quotes, attributions and events name entities by canonical name (SPEC). A
backend may say "Stoltenberg" in one item and "Jens Stoltenberg" in another;
this module merges the entity table and rewrites names through it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable

from schemas import Entity, EntityDraft, Span

_NON_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Possessive endings are not part of a name: "NATO’s" names NATO.
_POSSESSIVE = re.compile(r"['’]s$")


def drop_accents(text: str) -> str:
    """The text in compatibility form with its combining marks dropped ("Síle" -> "Sile")."""
    if text.isascii():  # ASCII has no compatibility forms and no combining marks
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key for comparing names."""
    name = drop_accents(name)
    name = _POSSESSIVE.sub("", name.strip())
    name = _LEADING_THE.sub("", name)
    return _NON_WORD.sub(" ", name.casefold()).strip()


class EntityTable:
    """Merged entities with an alias index."""

    def __init__(self, drafts: Iterable[EntityDraft]) -> None:
        self._entities: list[EntityDraft] = []
        self._index: dict[str, int] = {}
        for d in drafts:
            self._add(d)

    def _add(self, d: EntityDraft) -> None:
        keys = [name_key(d.name), *(name_key(a) for a in d.aliases)]
        found = next((self._index[k] for k in keys if k and k in self._index), None)
        if found is None:
            # Entries are replaced by copies (below), never changed in place: the draft itself can be kept.
            self._entities.append(d)
            found = len(self._entities) - 1
        else:
            cur = self._entities[found]
            names = [cur.name, *cur.aliases, d.name, *d.aliases]
            canonical = max([cur.name, d.name], key=lambda n: (len(n.split()), len(n)))
            aliases = _unique(n for n in names if name_key(n) != name_key(canonical))
            self._entities[found] = cur.model_copy(
                update={
                    "name": canonical,
                    "aliases": aliases,
                    "titles": _unique([*cur.titles, *d.titles]),
                }
            )
        for k in keys:
            if k:
                self._index.setdefault(k, found)

    def canonical(self, name: str | None) -> str | None:
        """The canonical form of ``name``; the name itself when no entity matches."""
        if name is None:
            return None
        key = name_key(name)
        if not key:
            return name
        i = self._index.get(key)
        if i is None:
            i = self._by_surname(key)
        return self._entities[i].name if i is not None else name

    def _by_surname(self, key: str) -> int | None:
        """A single-word name matching the last word of exactly one person."""
        if " " in key:
            return None
        hits = {
            i
            for i, e in enumerate(self._entities)
            if e.type == "person" and name_key(e.name).split()[-1:] == [key]
        }
        return hits.pop() if len(hits) == 1 else None

    def entities(self, text: str, allowed: list[tuple[int, int]], max_mentions: int = 50) -> list[Entity]:
        """Grounded entities with ids and up to ``max_mentions`` mention spans each."""
        out: list[Entity] = []
        for n, d in enumerate(self._entities, start=1):
            mentions = _mentions(text, [d.name, *d.aliases], allowed, max_mentions)
            out.append(
                Entity(
                    id=f"en{n}",
                    name=d.name,
                    type=d.type,
                    aliases=_unique(a for a in d.aliases if name_key(a) != name_key(d.name)),
                    titles=list(d.titles),
                    mentions=mentions,
                )
            )
        return out


def _unique(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for s in items:
        if s and s not in seen:
            seen.add(s)
            out.append(s)
    return out


def _is_word_char(ch: str) -> bool:
    # Exactly what ``\w`` matches in a str pattern.
    return ch.isalnum() or ch == "_"


def _mentions(text: str, names: list[str], allowed: list[tuple[int, int]], cap: int) -> list[Span]:
    """The first ``cap`` non-overlapping mentions of any of ``names`` inside ``allowed``.

    One alternation, longest name first, scanned once: linear in the text and
    stopping at the cap, whatever the article's length.
    """
    forms = sorted({n for n in names if len(n) > 1}, key=len, reverse=True)
    if not forms or cap <= 0:
        return []
    # The word boundary before a name is checked here, not by a leading look-behind:
    # that would keep ``re`` from skipping ahead to a name's first letters, and
    # scanning every character was a tenth of an extraction's CPU (benchmark 1).
    pattern = re.compile(r"(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)")
    starts = [a for a, _ in allowed]
    out: list[Span] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        s, e = m.span()
        if s > 0 and _is_word_char(text[s - 1]):
            pos = s + 1
            continue
        pos = e
        i = bisect.bisect_right(starts, s) - 1
        if i < 0 or e > allowed[i][1]:
            continue
        out.append(Span(start=s, end=e, text=text[s:e]))
        if len(out) >= cap:
            break
    return out
