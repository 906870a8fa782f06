"""Event dates and status (session 31): the start of a state or of work held "since" a year, a denial over a number's
comma, the participle of a commitment on the object with its own time, a year before "rather than", a count of weeks
(its month), "might not" (a chance), a question's "whether" over an aside, and a weekday's possessive after "at".
Sentences are our own (a rowing club, a choir, a ferry line, a lighthouse trust, a bakery, a wool auction, ...), with
hard negatives.
"""

from __future__ import annotations

import pytest

from tests.rules_support import event_of, rules

MONDAY = "2026-12-07"


def _when(text: str, trigger: str) -> tuple[str | None, str | None]:
    event = event_of(rules(text, MONDAY), trigger)
    return (event.when.text, event.when.date) if event.when is not None else (None, None)


def _status(text: str, trigger: str) -> str:
    return event_of(rules(text, MONDAY), trigger).status


# A state or work held since a year: dated by its start ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "Wendel Hask, who has coached the Pellow under-12s since 2017, said the pitch was waterlogged.",
            "coached",
            "2017",
        ),
        ("The lighthouse has been closed to visitors since 2021.", "closed", "2021"),
        ("The Varrow central bank has held its key rate at 6% since 2024.", "held", "2024"),
        ("Isolde Brack has managed the Corran ferry line since 2015.", "managed", "2015"),
        ("Tenants have complained about damp in the Orwell blocks since 2022.", "complained", "2022"),
    ],
)
def test_a_state_held_since_a_year_is_dated_by_its_start(text: str, trigger: str, date: str) -> None:
    assert _when(text, trigger)[1] == date


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Ticket sales at the Corran theatre have tripled since 2019.", "tripled"),
        ("The museum has closed three times since 2018.", "closed"),
    ],
)
def test_a_change_counted_since_a_year_stays_undated(text: str, trigger: str) -> None:
    assert _when(text, trigger) == (None, None)
    assert _status(text, trigger) == "occurred"


def test_the_state_since_a_year_goes_on() -> None:
    assert _status("Isolde Brack has managed the Corran ferry line since 2015.", "managed") == "ongoing"


# A denial over a number's comma ---------------------------------------------------------------------------------------


def test_a_denial_reaches_past_a_numbers_comma() -> None:
    text = "Tarrow Mills denied that any of its own 1,150 staff would lose their jobs."
    assert _status(text, "lose") == "negated"


def test_a_denial_stops_at_a_clauses_comma() -> None:
    text = "Tarrow Mills denied that the mill was for sale, and said it would hire 1,150 staff next year."
    assert _status(text, "hire") == "planned"


# A commitment's participle on the object, with its own time ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The ministry will review a grant promised to the Skarn quay in 2023.", "review"),
        ("The council scrapped a loan pledged to the rowing club in 2022.", "scrapped"),
        ("The ministry will review a 40 million crown grant promised to the harbour in 2024.", "review"),
        ("The ministry will review the grant promised in 2023.", "review"),
    ],
)
def test_a_commitments_time_is_the_objects(text: str, trigger: str) -> None:
    assert _when(text, trigger)[1] is None


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("The council scrapped the loan to the rowing club in 2025.", "scrapped", "2025"),
        # a number after the participle: no phrase of place, the verb keeps its time
        ("The council scrapped a loan pledged to 12 clubs in 2025.", "scrapped", "2025"),
    ],
)
def test_the_verbs_own_time_is_kept(text: str, trigger: str, date: str) -> None:
    assert _when(text, trigger)[1] == date


# A year before "rather than" ------------------------------------------------------------------------------------------


def test_a_year_set_against_another_time_is_read() -> None:
    text = "The Skarn bridge will now reopen in the first half of 2028 rather than next May, the county said."
    assert _when(text, "reopen")[1] == "2028"


def test_a_year_naming_a_noun_after_of_is_not_read() -> None:
    text = "The council ordered a review of 2025 exam results on Friday."
    assert _when(text, "ordered")[1] == "2026-12-04"


# A count of weeks names a month ---------------------------------------------------------------------------------------


def test_a_count_of_weeks_before_a_day_names_its_month() -> None:
    text = "The chief executive resigned on Friday, three weeks after an audit found gaps in the accounts."
    assert _when(text, "audit")[1] == "2026-11"


def test_a_count_of_days_keeps_its_day() -> None:
    text = "The chief executive resigned on Friday, two days after an audit found gaps in the accounts."
    assert _when(text, "audit")[1] == "2026-12-02"


# "might not": a chance -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        (
            "Six of the shops might not reopen if the road stays closed past January.",
            "reopen",
            "hypothetical",
        ),
        ("The pier may never reopen, the trust said.", "reopen", "hypothetical"),
        ("The harbour could not reopen because the wall had failed.", "reopen", "negated"),
        ("The Askel bakery will not reopen.", "reopen", "negated"),
        ("The board would not sell the quay.", "sell", "negated"),
    ],
)
def test_might_not_is_a_chance(text: str, trigger: str, status: str) -> None:
    assert _status(text, trigger) == status


# A question's "whether" over an aside -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The trust did not say whether its two other lighthouses, including the one at Skarn Point, would be sold.",
            "sold",
        ),
        (
            "Brellin Foods, which lost £12m last year, declined to comment on whether it would seek a buyer for the "
            "bakery.",
            "seek",
        ),
    ],
)
def test_a_question_over_an_aside_is_hypothetical(text: str, trigger: str) -> None:
    assert _status(text, trigger) == "hypothetical"


def test_a_plan_after_a_question_answered_stays_planned() -> None:
    text = "Asked whether the quay would reopen, the harbourmaster said it would reopen in May."
    reopenings = [e for e in rules(text, MONDAY).events if e.trigger == "reopen"]
    assert [e.status for e in reopenings if e.when is not None] == ["planned"]


# A weekday's possessive after "at" --------------------------------------------------------------------------------------


def test_a_weekdays_occasion_after_at_dates_the_event() -> None:
    assert _when("Wool prices fell 6% at Thursday's auction in Tarran.", "fell")[1] == "2026-12-03"


def test_a_weekdays_possessive_as_object_names_the_noun() -> None:
    assert _when("The firm appealed Thursday's ruling.", "appealed")[1] is None


# The lead's note 1 (LEAD-NOTE-lead-1), in sentences of our own -----------------------------------------------------------


def test_a_schedule_of_figures_keeps_its_periods() -> None:
    text = "Ferry crews voted to accept a pay offer worth 5% this year and 3% next year."
    assert _when(text, "voted") == (None, None)


def test_a_change_with_its_year_keeps_it() -> None:
    assert _when("Ferry fares rose 5% last year.", "rose")[1] == "2025"


def test_not_to_then_a_second_infinitive_is_no_denial() -> None:
    # (since s31-evmiss landed the return itself is not told as an event here; where it is, it is no denial)
    text = "Owners have been told not to use the heaters and to return them to the shop."
    assert all(e.status != "negated" for e in rules(text, MONDAY).events if e.trigger == "return")


def test_failing_to_do_two_things_denies_both() -> None:
    assert _status("The ferry firm failed to pay the fine and to file its accounts.", "pay") == "negated"


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        (
            "Surveyors said repairs to the quay could not begin until the wall had been shored up.",
            "begin",
            "planned",
        ),
        ("Divers could not reach the wreck until Tuesday.", "reach", "negated"),
    ],
)
def test_could_not_until_reported_is_a_plan(text: str, trigger: str, status: str) -> None:
    assert _status(text, trigger) == status


def test_a_meanwhile_of_a_time_to_come_is_planned() -> None:
    text = "The pier will stay closed while divers carry out an inspection."
    assert _status(text, "carry out") == "planned"


def test_a_meanwhile_told_now_goes_on() -> None:
    assert _status("The keeper is on leave while the trust carries out a review.", "carries out") == "ongoing"


def test_the_verbs_own_time_after_a_comma_wins() -> None:
    text = "The gallery still holds about 40 paintings taken from the abbey in 1791, a report published in May found."
    assert _when(text, "published")[1] == "2026-05"


def test_an_agreement_done_is_not_dated_by_its_infinitives_year() -> None:
    text = "The gallery has agreed to lend two of the paintings for a show in 2028."
    event = event_of(rules(text, MONDAY), "agreed")
    assert (event.status, event.when) == ("occurred", None)


def test_a_range_of_figures_keeps_its_month() -> None:
    text = "The panel had recommended a rise of between 3 and 3.5 per cent in June."
    assert _when(text, "recommended")[1] == "2026-06"
