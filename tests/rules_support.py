"""One place for the small drivers the rules tests share: run the rules backend on a
text of our own, and pick the item a test is about. Each family of tests keeps its own
context (a quote test opens with the same council scene, an attribution test with a
headline) so that a change to one family's setting does not move the other's."""

from __future__ import annotations

import asyncio

from schemas import ArticleRequest, Attribution, Event, Extraction, Quote
from service import create_backend, extract

# The scene every quote-speaker test opens with: a named person the pronouns and carried
# speakers could wrongly fall back to.
INTRO = "Mayor Dana Whitfield opened the hearing on the bridge.\n\n"


def rules(text: str, published: str) -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, published=published), create_backend("rules")))


def run(text: str) -> Extraction:
    """A quote-speaker article (the text as given, published 2 May 2024)."""
    return rules(text, "2024-05-02")


def quote(ex: Extraction, start: str) -> Quote:
    (q,) = [q for q in ex.quotes if q.text.startswith(start)]
    return q


def run_headlined(body: str) -> Extraction:
    """An attribution article: a headline first, as in real articles."""
    return rules("Harbour council vote\n\n" + body, "2022-03-10")


def one(body: str) -> Attribution:
    (a,) = run_headlined(body).attributions
    return a


def attribution_pairs(body: str) -> list[tuple[str, str]]:
    """(source, claim) of every attribution of a headlined article, in order."""
    return [(a.source, a.claim) for a in run_headlined(body).attributions]


def attribution_sources(body: str) -> list[str]:
    return [a.source for a in run_headlined(body).attributions]


def events_by_trigger(text: str, published: str) -> dict[str, Event]:
    """An event-type article's events by their trigger."""
    return {e.trigger: e for e in rules(text, published).events}


def assert_event_type(text: str, trigger: str, type_: str, published: str) -> None:
    got = events_by_trigger(text, published)
    assert trigger in got, [(e.trigger, e.type) for e in got.values()]
    assert got[trigger].type == type_, got[trigger]


class EventTyping:
    """The event-type drivers bound to one publication date, so a test file names its date once."""

    def __init__(self, published: str) -> None:
        self.published = published

    def by_trigger(self, text: str) -> dict[str, Event]:
        return events_by_trigger(text, self.published)

    def assert_type(self, text: str, trigger: str, type_: str) -> None:
        assert_event_type(text, trigger, type_, self.published)
