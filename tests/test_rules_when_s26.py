"""Event dates and status (session 26): a time inside a relative clause of place ("the flat where a man had been found
dead in October"), ... Sentences are our own, with hard negatives first.
"""

from __future__ import annotations

import pytest

from tests.rules_support import event_date as _date
from tests.rules_support import rules

MONDAY = "2026-12-07"


# A relative clause of place, "in which" or "whose" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Police raided a flat in Dunmore where a man had been found dead in October.", "raided"),
        ("Inspectors closed the school where a measles outbreak began in September.", "closed"),
        ("Divers searched the lake where the plane crashed in 1998.", "searched"),
        ("Police searched the warehouse where the stolen paintings were found last month.", "searched"),
        ("Investigators examined the wreck of the ferry in which nine people drowned in 1994.", "examined"),
        ("The club sacked the coach whose team lost the final on Sunday.", "sacked"),
    ],
)
def test_a_time_in_a_relative_clause_of_place_is_that_clause_s(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # the main verb's own time before the relative clause
        ("Firefighters returned on Sunday to the library where the blaze started.", "returned", "2026-12-06"),
        # a comma before "where": the clause after it has its own event and time
        ("He was taken to hospital, where he died on Tuesday.", "died", "2026-12-01"),
        # "where" with no verb of its own before the time
        ("Crews will rebuild the sea wall where possible in 2027.", "rebuild", "2027"),
        # no relative word: the verb's time
        ("Police raided a flat in Dunmore in October.", "raided", "2026-10"),
    ],
)
def test_guard_no_relative_clause_of_place_before_the_time(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


# A deadline after what happened is what was ordered or aimed at ----------------------------------------------------------

THURSDAY = "2026-12-03"


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The regulator ordered the landlord to repay the tenants £3,200 and to repair every roof by the end of"
            " January.",
            "ordered",
        ),
        (
            "About 12,000 children had waited more than six months, against a target of none by March.",
            "waited",
        ),
        ("The coastguard said it had asked the shipowner for a crew list by Friday.", "asked"),
    ],
)
def test_a_deadline_after_what_happened_is_not_its_time(text: str, trigger: str) -> None:
    assert _date(rules(text, THURSDAY), trigger) is None


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # a bound on what happened keeps its time
        ("Ticket sales had doubled by March, the theatre said.", "doubled", "2026-03"),
        # Session 34 (s34-when): a tally reached by a time ("had raised €31,400 by Friday afternoon", dev28; "had
        # restored power to about 13,000 of them by Monday evening", dev30) and a plan's deadline have no date, as
        # `evals/sets/README.md` says for dev28 .. dev30 ("a bound keeps `when` null") and the lead's brief asks; these
        # two were dated here until then (the seeds and dev .. dev7 date deadlines)
        ("The charity had raised £2m for the hospice by March.", "raised", None),
        ("The council will repair every roof by the end of January.", "repair", None),
    ],
)
def test_guard_a_bound_on_what_happened(text: str, trigger: str, date: str | None) -> None:
    assert _date(rules(text, THURSDAY), trigger) == date


# What is (un)likely, what a plan waits for ----------------------------------------------------------------------------


def _status(text: str, trigger: str, published: str = MONDAY) -> str:
    (event,) = [e for e in rules(text, published).events if e.trigger == trigger]
    return event.status


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Grocers said milk prices were unlikely to rise before the spring.", "rise"),
        ("Savers with money in the collapsed fund are unlikely to be repaid.", "repaid"),
        ("The water board said the hosepipe ban would last until reservoirs recovered.", "recovered"),
    ],
)
def test_what_is_unlikely_or_awaited_is_hypothetical(text: str, trigger: str) -> None:
    assert _status(text, trigger) == "hypothetical"


def test_a_likely_plan_is_dated_ahead() -> None:
    assert _date(rules("Bus fares are likely to rise in January.", MONDAY), "rise") == "2027-01"


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        # no modal before "until": it happened
        ("She worked at the mill until the factory closed in 2009.", "closed", "occurred"),
        # "after" is no wait: the ban came first
        ("The club said it would appeal after the striker was banned on Friday.", "banned", "occurred"),
        # what is expected is planned, as before
        ("Bus fares are expected to rise in January.", "rise", "planned"),
        # what is likely is looked for as what is expected (a forecast's "likely to rise" is planned in dev16's gold)
        ("Bus fares are likely to rise in January.", "rise", "planned"),
    ],
)
def test_guard_what_is_not_likely_nor_awaited(text: str, trigger: str, status: str) -> None:
    assert _status(text, trigger) == status


# What happened a counted time before a dated happening ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        (
            "Ferries resumed on Wednesday, two days after a landslide blocked the harbour road.",
            "blocked",
            "2026-11-30",
        ),
        (
            "The zoo reopened on Saturday, three days after a tiger escaped from its enclosure.",
            "escaped",
            "2026-12-02",
        ),
        ("The cottage was sold on Friday, nine months after its last tenant retired.", "retired", "2026-03"),
        ("The mayor resigned in March, two years after he was elected.", "elected", "2024"),
        # the sentence opens with the counted clause
        (
            "Two days after a landslide blocked the harbour road, ferries resumed on Wednesday.",
            "blocked",
            "2026-11-30",
        ),
    ],
)
def test_a_counted_time_after_a_dated_happening(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # the clause's own time
        (
            "The bridge reopened on Thursday, a day after a lorry struck it on Wednesday morning.",
            "struck",
            "2026-12-02",
        ),
        # no count: "after" alone tells no distance
        ("The bridge reopened on Thursday after a lorry struck it.", "struck", None),
        # the dated happening keeps its own day
        (
            "The zoo reopened on Saturday, three days after a tiger escaped from its enclosure.",
            "reopened",
            "2026-12-05",
        ),
        # review 1: counted from a verb with no date of its own, not from an earlier conjunct's time
        ("The bridge closed in March 2024 and reopened two years after work began.", "began", None),
        ("The pier closed in May 2023 and reopened, three years after repairs began.", "began", None),
        (
            "Two days after a landslide blocked the harbour road, ferries resumed and the port reopened on Wednesday.",
            "blocked",
            None,
        ),
        # a month cannot give a day
        ("The zoo reopened in March, three days after a tiger escaped from its enclosure.", "escaped", None),
    ],
)
def test_guard_no_counted_time_after(text: str, trigger: str, date: str | None) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


# A verb joined by "and" to a clause with a time of its own -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # the joined verb's own time after it
        (
            "Marsh, 47, joined the insurer in 2018 from a rival and was paid £1.9 million last year.",
            "paid",
            "2025",
        ),
        # the first time is a promise's, before its infinitive
        ("The health board had pledged in 2022 to end year-long waits and had failed.", "failed", None),
    ],
)
def test_a_joined_verb_does_not_take_the_first_clause_s_time(
    text: str, trigger: str, date: str | None
) -> None:
    assert _date(rules(text, THURSDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # one occasion told by two verbs shares the time
        ("A rockfall on Saturday killed two climbers and injured a third.", "injured", "2026-11-28"),
        # the first clause keeps its own time
        ("The club signed the striker in June and sold him on Tuesday.", "signed", "2026-06"),
    ],
)
def test_guard_joined_verbs_sharing_or_keeping_times(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, THURSDAY), trigger) == date


# A past telling's time, then "and" and a plan ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("The brewer reported a loss on Tuesday and will cut 200 jobs.", "cut", None),
        (
            "The lender reported record profits on Thursday and will close 30 branches next spring.",
            "close",
            "2027",
        ),
    ],
)
def test_a_past_telling_s_time_is_not_the_plan_after_and(text: str, trigger: str, date: str | None) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


# A happening called for, urged or advised -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Fisheries scientists had advised a cut of 25 percent.", "cut"),
        ("Families have called for an inquiry into the ferry's sinking.", "inquiry"),
        ("Health officials urged a recall of the contaminated pet food.", "recall"),
    ],
)
def test_a_happening_called_for_is_not_told_as_done(text: str, trigger: str) -> None:
    assert _status(text, trigger) == "planned"


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        # the asking itself happened
        ("The drivers' union demanded a pay rise of 8 percent.", "demanded", "occurred"),
        # the appeal itself happened
        ("The mayor appealed for calm after the explosion at the depot on Saturday.", "appealed", "occurred"),
    ],
)
def test_guard_what_was_asked_and_what_happened(text: str, trigger: str, status: str) -> None:
    (event,) = [e for e in rules(text, MONDAY).events if e.trigger == trigger]
    assert event.status == status
