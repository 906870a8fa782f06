"""An event's own date and status (session 18). Status: a state a thing stays in goes on, and so does a
happening someone is leading; a noun of happening told with a schedule in the present is still to come; one
set in the present with a modal is hypothetical, and so is one whose chance is told. Dates: what may happen
is read ahead; what goes on is not dated by its end ("until at least Monday"); a season after a preposition
of time is read ("in the spring", "spring 2028"); a time after the sentence's own verb is not the time of
the relative clause before it. Sentences are our own, with hard negatives.
"""

from __future__ import annotations

from tests.rules_support import event_date as _date
from tests.rules_support import event_of as _event
from tests.rules_support import rules

WEDNESDAY = "2026-12-02"
FRIDAY = "2026-12-04"


# Status ---------------------------------------------------------------------------------------------


def test_a_state_a_thing_stays_in_goes_on_and_is_not_dated_by_its_end() -> None:
    ex = rules("The ring road will remain shut until at least Thursday.", WEDNESDAY)
    shut = _event(ex, "shut")
    assert shut.status == "ongoing"
    assert shut.when is None
    ex = rules("The pier at Ostby stays closed to anglers.", WEDNESDAY)
    assert _event(ex, "closed").status == "ongoing"


def test_a_state_told_in_the_past_with_its_day_is_what_happened_then() -> None:
    """Guard (passes before session 18 too), a hard negative: "stayed closed on Monday" tells a day gone, not a state going on."""
    ex = rules("The coastal path stayed closed on Monday.", WEDNESDAY)
    closed = _event(ex, "closed")
    assert closed.status == "occurred"
    assert closed.when is not None and closed.when.date == "2026-11-30"


def test_a_state_that_may_stay_is_still_hypothetical() -> None:
    """Guard (passes before session 18 too): "could" keeps the closure hypothetical."""
    ex = rules("The ferry could stay closed until Friday.", WEDNESDAY)
    assert _event(ex, "closed").status == "hypothetical"


def test_a_happening_someone_is_leading_goes_on() -> None:
    ex = rules(
        "A barn burned down near Ostby on Monday. Ana Ruiz, the detective leading the inquiry into the "
        "fire, said it was too early to name a cause.",
        WEDNESDAY,
    )
    assert _event(ex, "inquiry").status == "ongoing"


def test_a_happening_someone_led_is_what_happened() -> None:
    """Guard (passes before session 18 too), a hard negative: "led the investigation in 2019" is done."""
    ex = rules("Ana Ruiz led the inquiry in 2019.", WEDNESDAY)
    assert _event(ex, "inquiry").status == "occurred"


def test_a_schedule_told_in_the_present_is_still_to_come() -> None:
    ex = rules("The drivers' strike ballot closes on Friday.", WEDNESDAY)
    (ballot,) = [e for e in ex.events if e.type == "ballot"]
    assert ballot.status == "planned"
    assert ballot.when is not None and ballot.when.date == FRIDAY
    ex = rules("The union's pay talks resume on Monday.", WEDNESDAY)
    talks = _event(ex, "talks")
    assert talks.status == "planned" and _date(ex, "talks") == "2026-12-07"


def test_a_schedule_told_in_the_past_happened() -> None:
    """Guard (passes before session 18 too), a hard negative: "ended on Friday" is the Friday gone."""
    ex = rules("The drivers' strike ended on Friday.", WEDNESDAY)
    ended = _event(ex, "ended")
    assert ended.status == "occurred" and _date(ex, "ended") == "2026-11-27"


def test_a_happening_set_now_with_a_modal_is_hypothetical() -> None:
    ex = rules("A strike today would close every school in Ostby.", WEDNESDAY)
    assert _event(ex, "strike").status == "hypothetical"


def test_a_happening_whose_chance_is_told_may_come_and_its_weekday_is_ahead() -> None:
    ex = rules("Traders priced a 60% chance of a rate cut on Wednesday.", FRIDAY)
    cut = _event(ex, "cut")
    assert cut.status == "hypothetical"
    assert cut.when is not None and cut.when.date == "2026-12-09"


def test_what_may_happen_is_dated_ahead() -> None:
    ex = rules("Residents could return to their homes on Sunday.", FRIDAY)
    back = _event(ex, "return")
    assert back.status == "hypothetical" and _date(ex, "return") == "2026-12-06"


def test_what_may_have_happened_is_dated_before() -> None:
    """Guard (passes before session 18 too), a hard negative: "might have been missed on Monday" is the
    Monday gone; and "lost its chance of promotion" is no chance told of a happening to come."""
    ex = rules("The crack might have been missed on Monday.", FRIDAY)
    assert _date(ex, "missed") == "2026-11-30"
    ex = rules("The club lost its chance of promotion on Saturday.", FRIDAY)
    assert _event(ex, "lost").status == "occurred" and _date(ex, "lost") == "2026-11-28"


def test_a_happening_with_a_modal_right_after_it_stays_a_plan() -> None:
    """Guard (passes before session 18 too): "A strike would halt services" is planned (Session 11)."""
    ex = rules("A strike would halt every tram in Ostby.", WEDNESDAY)
    assert _event(ex, "strike").status == "planned"


# Dates ----------------------------------------------------------------------------------------------


def test_a_season_after_a_preposition_of_time_is_read_ahead_for_what_may_come() -> None:
    ex = rules("The dairy might shut its second creamery in the spring.", FRIDAY)
    shut = _event(ex, "shut")
    assert shut.when is not None and shut.when.text == "in the spring" and shut.when.date == "2027"


def test_a_season_is_the_last_one_begun_for_what_happened() -> None:
    ex = rules("Harwick Athletic spent £12 million on new players over the summer.", FRIDAY)
    assert _date(ex, "spent") == "2026"


def test_a_season_of_a_named_year_is_that_year() -> None:
    ex = rules("The new town library is due to open in spring 2028.", FRIDAY)
    assert _date(ex, "open") == "2028"


def test_a_fall_that_is_a_drop_is_no_season() -> None:
    """Guard (passes before session 18 too), a hard negative: "the fall in ticket sales" is a drop, and "by the spring" a deadline (no date)."""
    ex = rules("The club sacked its coach after the fall in ticket sales.", FRIDAY)
    assert _event(ex, "sacked").when is None
    ex = rules("The council will decide on the plan by the spring.", FRIDAY)
    assert _event(ex, "decide").when is None


def test_a_time_after_the_sentence_verb_is_not_the_relative_clause_s() -> None:
    ex = rules("A man who was arrested in Ostby appeared in court on Monday.", WEDNESDAY)
    assert _event(ex, "arrested").when is None
    ex = rules("The woman who sold the mill bought a farm in May.", WEDNESDAY)
    assert _event(ex, "sold").when is None


def test_a_time_inside_the_relative_clause_is_its_own() -> None:
    """Guard (passes before session 18 too), hard negatives: the relative clause's own time, and a participle after its noun ("a raid linked to")."""
    ex = rules("A man who was arrested in Ostby on Friday appeared in court.", WEDNESDAY)
    assert _date(ex, "arrested") == "2026-11-27"
    ex = rules("A man who was arrested in a raid linked to the gang on Monday has been released.", WEDNESDAY)
    assert _date(ex, "arrested") == "2026-11-30"
