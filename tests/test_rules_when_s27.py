"""Event dates and status (session 27): a span of months opened by "between" ("between April and September next year"),
a warning for a place, a negation inside a relative clause on the subject, the time of a document a saying was in, and
the stop of a verb with "-ing". Sentences are our own, with hard negatives first.
"""

from __future__ import annotations

import pytest

from tests.rules_support import event_date as _date
from tests.rules_support import event_of, rules

MONDAY = "2026-12-07"


# A span of months whose first month alone is no time ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, words",
    [
        (
            "Hollins Bank will close 52 of its 380 branches between April and September next year.",
            "close",
            "between April and September next year",
        ),
        ("The pier was shut between June and August 2025.", "shut", "between June and August 2025"),
        ("The museum will be closed between March and June for repairs.", "closed", None),
    ],
)
def test_a_span_of_months_dates_no_one_month(text: str, trigger: str, words: str | None) -> None:
    event = event_of(rules(text, MONDAY), trigger)
    assert event.when is None or event.when.date is None, event.when
    if words is not None:
        assert event.when is not None and event.when.text == words


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # one month of its own
        ("The bank will close 52 branches in September next year.", "close", "2027-09"),
        # "between" two things that are no months: the month after is the event's
        ("The bank will close branches between Leeds and York in September.", "close", "2027-09"),
        # a lowercase "may" is no month opening a span
        ("The pier was repaired between storms and may reopen in March.", "reopen", "2027-03"),
    ],
)
def test_guard_a_month_of_its_own_keeps_its_date(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


# A warning for a place is dated by its own time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "The weather service had issued a gale warning for the area on Friday afternoon.",
            "issued",
            "2026-12-04",
        ),
        ("Forecasters issued a flood alert for parts of the county on Sunday.", "issued", "2026-12-06"),
        ("The coastguard issued a warning for the whole coastline on Thursday.", "issued", "2026-12-03"),
    ],
)
def test_a_warning_for_a_place_takes_its_time(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the warned-of weather's day (session 21's convention)
        ("The Met Office has issued a yellow warning for rain on Friday.", "issued"),
        ("Forecasters issued a warning for heavy snow on Tuesday.", "issued"),
    ],
)
def test_guard_a_warning_for_weather_is_not_dated_by_the_weather(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# A negation inside a relative clause on the subject ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "A builder who took deposits and never came back to do the work was sentenced on Tuesday.",
            "sentenced",
        ),
        ("A landlord who did not repair the roof for years was fined £20,000 on Friday.", "fined"),
        ("The man who was not wearing a seatbelt was taken to hospital.", "taken"),
    ],
)
def test_a_negation_in_a_relative_clause_on_the_subject_is_that_clause_s(text: str, trigger: str) -> None:
    assert event_of(rules(text, MONDAY), trigger).status == "occurred"


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the negation before the relative word counts the noun
        ("No one who was inside the building was hurt.", "hurt"),
        # the negation right before the verb group
        ("The man was not charged.", "charged"),
        ("The driver, who was arrested at the scene, was not charged.", "charged"),
    ],
)
def test_guard_a_negation_of_the_main_verb_still_denies_it(text: str, trigger: str) -> None:
    assert event_of(rules(text, MONDAY), trigger).status == "negated"


# The time of the document a saying was in ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The regulator said in a report last year that fares had risen 12%.", "risen"),
        (
            "The charity, which said in a statement on Friday that donations had fallen by a third, will close two shops.",
            "fallen",
        ),
    ],
)
def test_the_time_of_a_document_said_in_is_the_saying_s(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # a publishing is dated by its own time
        ("The agency published a report last year showing fares had risen.", "published", "2025"),
        # the told thing's own time
        ("The firm said in a filing on Monday that it would close two plants in March.", "close", "2027-03"),
    ],
)
def test_guard_a_document_s_own_event_keeps_its_time(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


# What stops is the stopping ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, status, date",
    [
        (
            "The Marrow Point power station stopped generating in 2020.",
            "stopped generating",
            "occurred",
            "2020",
        ),
        ("The town will stop collecting glass on Jan. 4.", "stop collecting", "planned", "2027-01-04"),
        ("The company stopped paying its suppliers in March.", "stopped paying", "occurred", "2026-03"),
        (
            "Trains stopped running between the two towns on Sunday.",
            "stopped running",
            "occurred",
            "2026-12-06",
        ),
    ],
)
def test_stop_with_a_verb_in_ing_is_the_stop(text: str, trigger: str, status: str, date: str) -> None:
    event = event_of(rules(text, MONDAY), trigger)
    assert (event.status, event.when and event.when.date) == (status, date)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # an infinitive of purpose: the verb after is the happening
        ("The driver stopped to buy fuel on Friday.", "stopped to buy"),
        # a stop with an object
        ("Police stopped a van on the motorway on Friday.", "stopped"),
        # a verb of starting keeps the governed verb's happening
        ("Rebels began attacking the town on Friday.", "began attacking"),
    ],
)
def test_guard_other_aspect_verbs_keep_their_triggers(text: str, trigger: str) -> None:
    assert event_of(rules(text, MONDAY), trigger).when is not None


# What someone has until a day to do, and what is promised, is planned -----------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Students had until November 30 to apply for the grant, the university said.", "apply for"),
        ("The museum has until 31 March to raise the money.", "raise"),
    ],
)
def test_what_is_due_or_promised_is_planned(text: str, trigger: str) -> None:
    assert event_of(rules(text, MONDAY), trigger).status == "planned"


# Session 32: a commitment to do something is the commitment, made (dev20 and dev28 label "had promised to inspect it",
# "has promised to keep the hub" a promise, occurred, and the act no event of its own; session 27 had the act, planned).
@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The mayor had promised to repair the harbour wall by the end of 2025, but work has not started.",
            "promised",
        ),
        ("The operator pledged to restore full service, the minister said.", "pledged"),
    ],
)
def test_a_commitment_is_made(text: str, trigger: str) -> None:
    assert event_of(rules(text, MONDAY), trigger).status == "occurred"


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        # a promise not to: denied
        ("The mayor promised not to raise taxes.", "raise", "negated"),
    ],
)
def test_guard_not_every_infinitive_after_until_or_promise_is_planned(
    text: str, trigger: str, status: str
) -> None:
    assert event_of(rules(text, MONDAY), trigger).status == status


def test_guard_an_infinitive_after_until_a_time_worked_is_no_due_happening() -> None:
    ex = rules("Crews worked until midnight to repair the pier.", MONDAY)
    assert all(e.status != "planned" for e in ex.events), [(e.trigger, e.status) for e in ex.events]


# The lead's note 1: a routine, a measure after "by", a condition opened by "without", what is called for --------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The bank will send a mobile van to the village hall for two hours every Tuesday.", "send"),
        ("The ferry will stop at the island each Sunday.", "stop"),
    ],
)
def test_a_routine_day_dates_no_event(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


def test_guard_a_routine_beside_a_start_keeps_the_start() -> None:
    assert _date(rules("The market will open every Saturday from January.", MONDAY), "open") == "2027-01"


def test_a_measure_after_by_is_no_count_before_a_happening() -> None:
    ex = rules("The sea wall was delayed by two years after cracks were found in its gates.", MONDAY)
    assert event_of(ex, "found").when is None


def test_guard_a_count_before_after_still_dates_what_came_first() -> None:
    ex = rules("Rescuers resumed the search on Tuesday, a day after an earthquake killed 11 people.", MONDAY)
    assert _date(ex, "earthquake") == "2026-11-30"


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        ("Without the sea wall, a storm surge would flood the harbour.", "surge", "hypothetical"),
        ("Without warning, the roof of the sports hall collapsed on Friday.", "collapsed", "occurred"),
        (
            "A petition calling for the licence to be suspended has gathered 3,100 signatures.",
            "suspended",
            "planned",
        ),
        ("Residents are calling for the pool to be reopened.", "reopened", "planned"),
    ],
)
def test_a_condition_or_a_call_is_no_fact(text: str, trigger: str, status: str) -> None:
    assert event_of(rules(text, MONDAY), trigger).status == status


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        # "without" inside the clause denies no verb before it
        ("The firm closed the plant without paying its staff.", "closed", "occurred"),
        # what was called for and then done
        ("The licence was suspended on Friday after residents called for it.", "suspended", "occurred"),
    ],
)
def test_guard_without_in_the_clause_and_a_call_answered(text: str, trigger: str, status: str) -> None:
    assert event_of(rules(text, MONDAY), trigger).status == status


def test_a_year_likened_to_is_not_the_event_s() -> None:
    ex = rules("Engineers say a surge like that of 1953 would flood the town centre.", MONDAY)
    assert all(e.when is None or e.when.date != "1953" for e in ex.events), [
        (e.trigger, e.when) for e in ex.events
    ]
