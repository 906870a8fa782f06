"""An event's own date and status (session 19). Status: a happening planned, or called off, by the passive
after its noun; a second verb under "should" shares the obligation; what someone is ready or willing to do
may happen or not; a negation does not reach into a clause of its own after it ("has yet to decide where the
depot will be built"). Dates: "next Thursday" is the Thursday of next week; a question asked of what happened
is not dated ahead; a chance told by a speaker is ahead of the day they spoke where the sentence gives one,
else of the story; a season that names a thing ("the spring budget") is no time. Sentences are our own, with
hard negatives.
"""

from __future__ import annotations

from tests.rules_support import event_date as _date
from tests.rules_support import event_of as _event
from tests.rules_support import rules

WEDNESDAY = "2026-12-02"


# Status ---------------------------------------------------------------------------------------------


def test_a_happening_told_as_planned_after_its_noun_is_planned() -> None:
    assert _event(rules("A protest was planned.", WEDNESDAY), "protest").status == "planned"
    ex = rules("A protest was planned for Saturday outside the town hall.", WEDNESDAY)
    protest = _event(ex, "protest")
    assert protest.status == "planned"
    assert protest.when is not None and protest.when.date == "2026-12-05"


def test_who_planned_a_happening_is_no_plan_of_it() -> None:
    """Guard, a hard negative: "was planned by" names who planned it (passes before session 19 too)."""
    ex = rules("A protest was planned by students from three colleges.", WEDNESDAY)
    assert _event(ex, "protest").status == "occurred"


def test_a_happening_called_off_did_not_happen_and_keeps_the_day_it_was_set_for() -> None:
    ex = rules("The union said a strike planned for Monday had been called off.", WEDNESDAY)
    strike = _event(ex, "strike")
    assert strike.status == "negated"
    assert strike.when is not None and strike.when.date == "2026-12-07"
    ex = rules("A strike called for Monday was cancelled.", WEDNESDAY)
    assert _event(ex, "strike").status == "negated"


def test_a_plan_that_went_ahead_is_no_cancellation() -> None:
    """Guard, a hard negative: a cancellation of something else in the sentence leaves the strike alone
    (passes before session 19 too)."""
    ex = rules("A strike on Monday forced the airline to cancel 40 flights.", WEDNESDAY)
    strike = _event(ex, "strike")
    assert strike.status == "occurred"
    assert strike.when is not None and strike.when.date == "2026-11-30"


def test_a_second_verb_under_should_is_an_obligation_too() -> None:
    ex = rules("Customers should check the batch number and return affected packs.", WEDNESDAY)
    assert not [e for e in ex.events if e.trigger == "return"]


def test_a_verb_with_its_own_subject_after_should_and_is_its_own() -> None:
    """Guard, a hard negative: "and police arrested" has a subject of its own (passes before session 19
    too)."""
    ex = rules("Officials said shoppers should stay calm and police arrested two men.", WEDNESDAY)
    assert _event(ex, "arrested").status == "occurred"


def test_what_someone_is_ready_or_willing_to_do_may_happen() -> None:
    assert (
        _event(rules("The minister was ready to meet the union.", WEDNESDAY), "meet").status == "hypothetical"
    )
    ex = rules("The firm was prepared to sell one of its two plants to win approval.", WEDNESDAY)
    assert _event(ex, "sell").status == "hypothetical"


def test_a_negation_does_not_reach_into_a_clause_of_its_own() -> None:
    ex = rules("The council has yet to decide where the depot will be built.", WEDNESDAY)
    assert _event(ex, "built").status == "planned"
    ex = rules("Officials had no idea where the plane crashed.", WEDNESDAY)
    assert _event(ex, "crashed").status == "occurred"


def test_a_negation_of_the_verb_itself_still_negates() -> None:
    """Guard, hard negatives: the negation right before its own verb (passes before session 19 too)."""
    ex = rules("The firm has not said how much the repairs will cost.", WEDNESDAY)
    assert _event(ex, "said").status == "negated"
    ex = rules("There was no vote on Tuesday.", WEDNESDAY)
    assert _event(ex, "vote").status == "negated"


# Dates ----------------------------------------------------------------------------------------------


def test_next_thursday_is_the_thursday_of_next_week() -> None:
    ex = rules("The museum will reopen next Thursday.", WEDNESDAY)
    assert _date(ex, "reopen") == "2026-12-10"
    ex = rules("Next Friday's vote will decide the plan.", WEDNESDAY)
    assert _date(ex, "vote") == "2026-12-11"


def test_next_with_a_weekday_of_next_week_either_way() -> None:
    """Guard (passes before session 19 too): a weekday not after the story's in its week is next week's
    under both readings, and "on Thursday" is the coming one."""
    assert _date(rules("Talks will resume next Wednesday.", WEDNESDAY), "resume") == "2026-12-09"
    assert _date(rules("The museum will reopen on Thursday.", WEDNESDAY), "reopen") == "2026-12-03"


def test_a_question_asked_of_what_happened_is_not_dated_ahead() -> None:
    ex = rules("Officials are checking if the pump failed on Monday.", WEDNESDAY)
    assert _date(ex, "failed") == "2026-11-30"
    ex = rules("It is unclear whether the talks resumed on Monday.", WEDNESDAY)
    assert _date(ex, "resumed") == "2026-11-30"


def test_a_question_of_what_is_to_come_is_still_ahead() -> None:
    """Guard, a hard negative (passes before session 19 too)."""
    ex = rules("It is unclear whether the plant will close on Monday.", WEDNESDAY)
    close = _event(ex, "close")
    assert close.status == "hypothetical"
    assert close.when is not None and close.when.date == "2026-12-07"


def test_a_season_that_names_a_thing_is_no_time() -> None:
    ex = rules("The minister announced the cuts in the spring budget.", WEDNESDAY)
    assert _event(ex, "announced").when is None
    ex = rules("Retailers cut prices in the spring sales, the survey said.", WEDNESDAY)
    assert _event(ex, "cut").when is None


def test_a_season_alone_is_still_a_time() -> None:
    """Guard (passes before session 19 too): "over the summer" dates the spending."""
    ex = rules("The council spent £2 million on road repairs over the summer.", WEDNESDAY)
    assert _date(ex, "spent") == "2026"


def test_a_chance_told_by_a_speaker_with_no_day_of_their_own_is_ahead_of_the_story() -> None:
    ex = rules("Residents were told they could expect to return home on Sunday at the earliest.", WEDNESDAY)
    assert _date(ex, "return") == "2026-12-06"


def test_a_chance_told_on_a_day_is_ahead_of_that_day() -> None:
    ex = rules("On Monday, officials said residents could return on Sunday.", WEDNESDAY)
    assert _date(ex, "return") == "2026-12-06"


def test_a_chance_told_on_a_day_before_the_story_stays_before_it() -> None:
    """Guard (passes before session 19 too), the review of session 18's case in other words: the Friday
    after a Tuesday's warning, in a story of that Friday, is the story's day, not a week on."""
    ex = rules("Officials said on Tuesday that the bridge might reopen on Friday.", "2026-12-04")
    reopen = _event(ex, "reopen")
    assert reopen.status == "hypothetical"
    assert reopen.when is not None and reopen.when.date == "2026-12-04"
