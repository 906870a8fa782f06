"""Events and their dates through the whole pipeline: triggers, status from modality, dates against publication."""

from __future__ import annotations

import asyncio

from schemas import ArticleRequest, Event, Extraction
from service import create_backend, extract


def run(text: str, published: str | None = "2021-02-19") -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, published=published), create_backend("rules")))


def one(text: str, published: str | None = "2021-02-19") -> Event:
    events = run(text, published).events
    assert len(events) == 1, events
    return events[0]


def test_weekday_resolves_to_the_most_recent_one() -> None:
    # 2021-02-19 is a Friday: "on Thursday" is the day before.
    e = one("Rebels attacked a convoy near the border on Thursday.")
    assert (e.type, e.trigger, e.status) == ("attack", "attacked", "occurred")
    assert e.when is not None and (e.when.text, e.when.date) == ("on Thursday", "2021-02-18")


def test_weekday_of_publication_is_that_day() -> None:
    e = one("The council voted on Friday to close the mine.")
    assert e.when is not None and e.when.date == "2021-02-19"


def test_planned_event_on_the_publication_weekday_is_that_day() -> None:
    # A plan announced "on Friday" in a Friday story happens that day, not a week later.
    e = one("The ministers will meet on Friday to approve the budget.")
    assert e.status == "planned"
    assert e.when is not None and e.when.date == "2021-02-19"
    e = one("The ministers will meet next Friday to approve the budget.")
    assert e.when is not None and e.when.date == "2021-02-26"


def test_month_and_year_precision() -> None:
    e = one("Parliament suspended the agreement in January 2020 after the strike.")
    assert e.type == "suspension"
    assert e.when is not None and e.when.date == "2020-01"
    e = one("The mission was launched in 2018 to train local police.")
    assert e.when is not None and e.when.date == "2018"


def test_relative_expressions() -> None:
    e = one("Two ministers resigned last week over the scandal.")
    assert e.when is not None and e.when.date == "2021-02-12"
    e = one("The republic held its first election two decades ago.")
    assert e.when is not None and e.when.date == "2001"


def test_date_without_year_takes_the_year_closest_to_publication() -> None:
    e = one("The army withdrew from the valley on 28 December.", published="2021-01-05")
    assert e.when is not None and e.when.date == "2020-12-28"


def test_planned_negated_and_hypothetical_status() -> None:
    assert one("The company will launch the satellite next spring.").status == "planned"
    assert one("The government plans to suspend the tax in March.").status == "planned"
    assert one("The ministers did not sign the accord at the summit.").status == "negated"
    assert one("Troops could withdraw if the talks succeed.").status == "hypothetical"


def test_planned_weekday_looks_forward() -> None:
    e = one("Leaders will meet on Tuesday in Geneva.")
    assert e.status == "planned"
    assert e.when is not None and e.when.date == "2021-02-23"


def test_participants_and_place() -> None:
    e = one("President Maria Silva met Chancellor Olaf Berg in Brussels on Monday.")
    assert e.type == "meeting"
    assert "Maria Silva" in e.participants and "Olaf Berg" in e.participants
    assert e.where == "Brussels"


def test_no_published_date_leaves_relative_dates_unresolved_but_keeps_absolute_ones() -> None:
    events = run(
        "Storm hits coast\n\nThe storm killed two fishermen on Sunday. The port was closed in March 2019.",
        published=None,
    ).events
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["killed"].when is not None and by_trigger["killed"].when.date is None
    assert by_trigger["closed"].when is None or by_trigger["closed"].when.date in (None, "2019-03")


def test_publication_date_inferred_from_a_date_line() -> None:
    text = "Dam breaks after rains\n\n14-03-2022\n\nThe dam collapsed on Saturday, flooding three villages."
    ex = run(text, published=None)
    assert ex.metadata.published == "2022-03-14"
    (e,) = [e for e in ex.events if e.trigger.startswith("collapse")] or ex.events[:1]
    assert e.when is not None and e.when.date == "2022-03-12"


def test_may_the_modal_is_not_a_month() -> None:
    e = one("Officials said the bridge may reopen after the inspection.")
    assert e.when is None


def test_name_words_are_not_triggers() -> None:
    assert run("The Paris Agreement Institute opened an office.").events == [] or all(
        e.trigger.lower() != "agreement"
        for e in run("The Paris Agreement Institute opened an office.").events
    )


def test_hyphenated_title_is_not_a_dateline() -> None:
    e = one("UN Secretary-General Antonio Guterres announced on Monday that the talks would resume.")
    assert e.evidence[0].text.startswith("UN Secretary-General Antonio Guterres announced")


def test_inline_dateline_is_left_out_of_the_event() -> None:
    e = one("KYIV, Oct 12 (Reuters) - Russian forces attacked a power plant near the city on Thursday.")
    assert e.evidence[0].text.startswith("Russian forces attacked")


def test_abbreviation_inside_a_sentence_does_not_cut_the_event() -> None:
    events = run("The general was killed by a U.S. drone strike in Baghdad in January 2020.").events
    assert any("killed by a U.S. drone strike in Baghdad" in e.evidence[0].text for e in events), events
