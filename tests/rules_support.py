"""One place for the small drivers the rules tests share: run the rules backend on a
text of our own, and pick the item a test is about. Each family of tests keeps its own
context (a quote test opens with the same council scene, an attribution test with a
headline) so that a change to one family's setting does not move the other's."""

from __future__ import annotations

import asyncio

import pytest

from schemas import ArticleRequest, Attribution, Event, Extraction, Figure, Quote
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


def event_of(ex: Extraction, trigger: str) -> Event:
    """The one event with this trigger (the event-date tests of sessions 17-21 wrote it each)."""
    (event,) = [e for e in ex.events if e.trigger == trigger]
    return event


def event_date(ex: Extraction, trigger: str) -> str | None:
    when = event_of(ex, trigger).when
    return None if when is None else when.date


class EventTyping:
    """The drivers bound to one publication date, so a test file names its date once (the per-session files of
    sessions 17-21 wrote ``_types``, ``figures``, ``rule_of`` and ``_claims`` each; session 22 moved them here)."""

    def __init__(self, published: str) -> None:
        self.published = published

    def by_trigger(self, text: str) -> dict[str, Event]:
        return events_by_trigger(text, self.published)

    def assert_type(self, text: str, trigger: str, type_: str) -> None:
        assert_event_type(text, trigger, type_, self.published)

    def types(self, text: str) -> dict[str, str]:
        """Each event's type by its trigger."""
        return {t: e.type for t, e in self.by_trigger(text).items()}

    def types_and_statuses(self, text: str) -> dict[str, tuple[str, str]]:
        """(type, status) of every event of the text, by its trigger."""
        return {e.trigger: (e.type, e.status) for e in self.events(text)}

    def type_of(self, text: str, trigger: str) -> str:
        """The type of the one event whose trigger is ``trigger`` or begins with it ("give the shelter $50,000"; the
        per-session files of sessions 24-26 wrote this as ``_type`` each)."""
        types = self.types(text)
        hits = [t for t in types if t == trigger or t.startswith(trigger + " ")]
        assert len(hits) == 1, types
        return types[hits[0]]

    def figures(self, text: str) -> list[Figure]:
        return rules(text, self.published).figures

    def figures_valued(self, text: str, value: float) -> list[Figure]:
        """The figures whose value is ``value`` (the figures tests of sessions 27 and 28 wrote this as ``by_value``)."""
        return [f for f in self.figures(text) if f.value == pytest.approx(value)]

    def figure_valued(self, text: str, value: float) -> Figure:
        """The one figure whose value is ``value``."""
        (fig,) = self.figures_valued(text, value)
        return fig

    def figure_rule(self, text: str, figure_text: str) -> str | None:
        """The rule that gave the one figure written so."""
        ex = rules(text, self.published)
        (fig,) = [f for f in ex.figures if f.text == figure_text]
        return ex.provenance[fig.id].rule

    def events(self, text: str) -> list[Event]:
        return list(rules(text, self.published).events)

    def summaries(self, text: str) -> list[str]:
        return [e.summary for e in self.events(text)]

    def by_type(self, text: str, kind: str) -> Event:
        """The first event of that type (the test fails, listing the summaries, when there is none)."""
        found = [e for e in self.events(text) if e.type == kind]
        assert found, f"no {kind} event in {[(e.type, e.summary) for e in self.events(text)]}"
        return found[0]

    def claims(self, text: str) -> list[tuple[str, str]]:
        """(source, claim) of every attribution, in order."""
        return [(a.source, a.claim) for a in rules(text, self.published).attributions]


# The scene the "who said it" tests of sessions 16-21 open with: two women named before the body, so that a wrong
# "she" has somewhere to go.
TWO_WOMEN = "Harbour pilot Ruth Okafor and Mayor Dana Whitfield met on Monday.\n\n"


def run_local_news(body: str) -> Extraction:
    """An attribution article of sessions 28-29: a one-line headline, then the body (published 7 December 2026)."""
    return rules("Local news\n\n" + body, "2026-12-07")


def local_news_attributions(body: str) -> list[Attribution]:
    return list(run_local_news(body).attributions)


def local_news_pairs(body: str) -> list[tuple[str, str]]:
    """(source, claim) of every attribution of a local-news article, in order."""
    return [(a.source, a.claim) for a in local_news_attributions(body)]


def local_news_types(body: str) -> list[tuple[str, str]]:
    """(source, source type) of every attribution of a local-news article, in order."""
    return [(a.source, a.source_type) for a in local_news_attributions(body)]


def run_two_women(body: str) -> Extraction:
    """A "who said it" article: a headline, the two women, then the body (published 2 May 2024)."""
    return rules("Harbour news\n\n" + TWO_WOMEN + body, "2024-05-02")


def source_of(body: str, claim_start: str) -> str:
    """The source of the one claim that starts so, in a two-women article."""
    (a,) = [a for a in run_two_women(body).attributions if a.claim.startswith(claim_start)]
    return a.source


def sources_and_claims(body: str) -> list[tuple[str, str]]:
    """(source, claim) of every attribution of a two-women article, in order."""
    return [(a.source, a.claim) for a in run_two_women(body).attributions]


def source_types(body: str) -> list[tuple[str, str]]:
    """(source, source type) of every attribution of a two-women article, in order."""
    return [(a.source, a.source_type) for a in run_two_women(body).attributions]
