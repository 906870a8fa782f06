"""An event's own date and status (session 17). Dates: a change dated by its new level, not the level it
started from; a span of years dates no one year; a verb of expecting joined by "and" takes the time
after it; a "when" clause and the clause it joins share one time. Status: what a denial denies did not
happen; a happening told by the verb that began it, or in a clause opened by "while", is going on.
Sentences are our own, with hard negatives.
"""

from __future__ import annotations

from tests.rules_support import event_date as _date
from tests.rules_support import event_of as _event
from tests.rules_support import rules

THURSDAY = "2026-12-03"


# Dates ----------------------------------------------------------------------------------------------


def test_a_change_is_dated_by_its_new_level_not_the_level_it_started_from() -> None:
    ex = rules("The library's book fund had shrunk from £90,000 in 2021 to £52,000 this year.", THURSDAY)
    assert _date(ex, "shrunk") == "2026"
    ex = rules("Noise complaints about the quarry have risen from 7 in 2020 to 33 last year.", THURSDAY)
    assert _date(ex, "risen") == "2025"


def test_a_change_whose_new_level_has_no_time_takes_none_from_the_old_level() -> None:
    ex = rules("Ticket sales fell from 4,000 in 2024 to about 2,600.", THURSDAY)
    assert _event(ex, "fell").when is None


def test_a_change_dated_in_its_own_words_keeps_its_date() -> None:
    """Guard (passes before session 17 too): "in March" is the fall's own time, no level's."""
    ex = rules("Ticket sales fell 12% in March from a year earlier.", THURSDAY)
    assert _date(ex, "fell") == "2026-03"


def test_a_span_of_years_dates_no_one_year() -> None:
    ex = rules("Ferry fares rose from £4 to £6 between 2015 and 2018.", THURSDAY)
    when = _event(ex, "rose").when
    assert when is not None and when.text == "between 2015 and 2018" and when.date is None


def test_a_year_of_its_own_after_between_words_keeps_its_date() -> None:
    """Guard (passes before session 17 too): "between the two towns" is no span of years."""
    ex = rules("The council repaired the bridge between the two towns in 2023.", THURSDAY)
    assert _date(ex, "repaired") == "2023"


def test_a_verb_of_expecting_after_and_takes_the_time_after_it() -> None:
    ex = rules("The clinic was testing blood from 30 patients and expected results by Friday.", THURSDAY)
    assert _event(ex, "testing").when is None
    ex = rules("The railway had cancelled 80 trains and hoped to run a full timetable by Sunday.", THURSDAY)
    assert _event(ex, "cancelled").when is None


def test_a_time_after_and_with_no_verb_of_expecting_is_still_the_events() -> None:
    """Guard (passes before session 17 too): "and the depot on Tuesday" joins two objects, not a verb."""
    ex = rules("Crews repaired the pumping station and the depot on Tuesday.", THURSDAY)
    assert _date(ex, "repaired") == "2026-12-01"


def test_the_clause_when_joins_takes_the_time_before_it() -> None:
    ex = rules(
        "The service was halted in January 2020 by the council, when the contractor was sacked.", THURSDAY
    )
    assert _date(ex, "sacked") == "2020-01"
    ex = rules("The blackout began at 6:20 a.m. Monday when a cable caught fire under the depot.", THURSDAY)
    assert _date(ex, "fire") == "2026-11-30"


def test_a_clause_with_no_time_takes_the_time_of_its_when_clause() -> None:
    ex = rules("The concert sold out within an hour when booking opened in May.", THURSDAY)
    assert _date(ex, "sold out") == "2026-05"
    ex = rules("The goalkeeper will sign a new deal when the next season opens on 1 April.", THURSDAY)
    assert _date(ex, "sign") == "2027-04-01"


def test_a_when_that_asks_carries_no_time() -> None:
    """Guard (passes before session 17 too, and a first version of the change broke it): "Asked on
    Tuesday when" and "would not say when" ask a question; the reopening is not dated by them."""
    ex = rules("Asked on Tuesday when the depot would reopen, the mayor declined to comment.", THURSDAY)
    # Session 33 (the lead's note): a question fronted before a refusal to answer gives no event at all
    assert all(e.when is None for e in ex.events if e.trigger.lower().startswith("reopen"))
    ex = rules("The operator would not say when the line would reopen in March.", THURSDAY)
    assert _date(ex, "reopen") == "2027-03"


def test_a_happening_called_for_a_day_is_planned_for_that_day() -> None:
    ex = rules("The union called a protest for Thursday next week.", "2026-12-02")
    event = _event(ex, "protest")
    assert event.status == "planned" and event.when is not None and event.when.date == "2026-12-10"
    ex = rules("The union called a strike for Monday.", "2026-12-02")
    event = _event(ex, "strike")
    assert event.status == "planned" and event.when is not None and event.when.date == "2026-12-07"


def test_a_thing_for_a_period_is_still_no_happening_set_for_it() -> None:
    """Guard (passes before session 17 too): "subsidies for 2028" are the period a thing is for."""
    ex = rules("The ministry suspended arts subsidies for 2028.", "2026-12-02")
    assert _event(ex, "suspended").when is None


# Statuses --------------------------------------------------------------------------------------------


def test_what_a_denial_denies_did_not_happen() -> None:
    ex = rules(
        "The company denied that the quarry would damage the river, saying its tests were clean.", THURSDAY
    )
    assert _event(ex, "damage").status == "negated"
    ex = rules("The minister denied that the government planned to close the hospital.", THURSDAY)
    assert _event(ex, "close").status == "negated"


def test_the_deniers_own_account_after_its_comma_stands() -> None:
    ex = rules(
        "Its owner denied that the mill would close, saying the board had approved new orders.", THURSDAY
    )
    assert _event(ex, "close").status == "negated"
    assert _event(ex, "approved").status == "occurred"


def test_a_denial_opening_a_sentence_negates_the_claim_before_it() -> None:
    ex = rules(
        "A councillor said the auditors had missed a gap in the pension fund. "
        "The treasury denied that, saying its inspectors had visited the fund managers twice in October.",
        THURSDAY,
    )
    assert _event(ex, "missed").status == "negated"
    assert _event(ex, "visited").status == "occurred"


def test_a_hedged_claim_denied_stays_hypothetical() -> None:
    """Guard (passes before session 17 too): what was only said to be possible stays so when denied."""
    ex = rules(
        "Critics said as many as 400 ballots might have been missed. The registrar denied that.", THURSDAY
    )
    assert _event(ex, "missed").status == "hypothetical"


def test_a_refusal_and_a_sentence_not_denying_leave_statuses_alone() -> None:
    """Guard (passes before session 17 too), hard negatives: "denied the request" refuses a thing; a sentence that does not open by denying,
    or a claim told with no cue of saying, is not negated."""
    ex = rules("The judge denied the request. The company then closed the plant.", THURSDAY)
    assert _event(ex, "closed").status == "occurred"
    ex = rules(
        "The council said crews had repaired the drains. Residents later said the street flooded again.",
        THURSDAY,
    )
    assert _event(ex, "repaired").status == "occurred"
    ex = rules("Crews repaired the drains on Monday. The council denied that, saying it was dry.", THURSDAY)
    assert _event(ex, "repaired").status == "occurred"


def test_a_happening_told_by_the_verb_that_began_it_is_ongoing() -> None:
    ex = rules("Divers on Monday began searching the wreck of the trawler.", THURSDAY)
    event = _event(ex, "began searching")
    assert event.status == "ongoing" and event.when is not None and event.when.date == "2026-11-30"
    ex = rules("Several dairy farmers have begun selling their herds.", THURSDAY)
    assert _event(ex, "begun selling").status == "ongoing"


def test_a_happening_stopped_is_not_ongoing() -> None:
    """Guard (passes before session 17 too): only the verbs that begin a happening make it ongoing."""
    ex = rules("The council stopped repairing the road on Monday.", THURSDAY)
    assert _event(ex, "stopped repairing").status == "occurred"


def test_a_clause_opened_by_while_tells_what_went_on_meanwhile() -> None:
    ex = rules("The bank suspended two clerks while it investigated.", THURSDAY)
    assert _event(ex, "investigated").status == "ongoing"
    assert _event(ex, "suspended").status == "occurred"
    ex = rules("The zoo is shut while the council carries out a safety review.", THURSDAY)
    assert _event(ex, "carries out").status == "ongoing"


def test_while_after_a_comma_sets_two_facts_side_by_side() -> None:
    """Guard (passes before session 17 too): ", while imports rose" is a contrast, not a meanwhile."""
    ex = rules("Exports fell 3%, while imports rose 2%.", THURSDAY)
    assert _event(ex, "rose").status == "occurred"
