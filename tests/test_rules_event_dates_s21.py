"""An event's own date and status (session 21). Dates: a count of years after a clause told as done is no time
ahead ("saying it had raised it three times in four years"); what someone was ready or about to do, told in the
past, was ready then; a year after "of" before a noun of its own phrase names that noun ("a review of 2025 exam
results"); a bound whose noun is the verb's subject is no time ("before the summer ended"). Status: a chance told
of a clause with its modal is no plan ("There is a chance the bridge will reopen"); a verb joined by "and" to a
passive inside a whether-question is asked with it; "whether or not" denies nothing; a state held since a time
goes on ("has held its rate at 4% since March"); a participle of result after a clause looking ahead is ahead
with it. Sentences are our own, with hard negatives.
"""

from __future__ import annotations

from tests.rules_support import event_date as _date
from tests.rules_support import event_of as _event
from tests.rules_support import rules

SATURDAY = "2026-12-05"


# A count of years after a clause told as done -------------------------------------------------------------


def test_a_count_of_years_after_a_past_perfect_is_no_time_ahead() -> None:
    """The raising was dated four years ahead, and so told as planned, by the "planned to" before the comma."""
    ex = rules(
        "The opposition party denied that it had planned to cut the pension while in office, saying it had "
        "raised the pension three times in four years.",
        SATURDAY,
    )
    raised = _event(ex, "raised")
    assert raised.status == "occurred"
    assert raised.when is None


def test_a_count_of_years_in_a_clause_looking_ahead_is_still_ahead() -> None:
    """Guard, a hard negative: what a clause plans "in five years" is dated five years on."""
    ex = rules("The firm said it would open two stores in five years.", SATURDAY)
    assert _date(ex, "open") == "2031"
    ex = rules("The company plans to double output in five years, saying it had hired 300 staff.", SATURDAY)
    assert _date(ex, "double") == "2031"
    assert _event(ex, "hired").when is None
    ex = rules(
        "The minister, saying the plan had failed, said the tunnel would be finished in five years.", SATURDAY
    )
    assert _date(ex, "finished") == "2031"


# What someone was ready to do ----------------------------------------------------------------------------


def test_what_someone_was_ready_to_do_is_dated_back() -> None:
    ex = rules("The minister was ready to resign on Monday but was talked out of it.", SATURDAY)
    assert _event(ex, "resign").status == "hypothetical"
    assert _date(ex, "resign") == "2026-11-30"
    ex = rules("The firm was prepared to sell the plant in March.", SATURDAY)
    assert _date(ex, "sell") == "2026-03"


def test_what_was_about_to_happen_is_dated_back() -> None:
    ex = rules("The company was about to close the plant on Friday when a buyer came forward.", SATURDAY)
    close = _event(ex, "close")
    assert close.status == "planned"
    assert _date(ex, "close") == "2026-12-04"


def test_what_someone_is_or_said_they_were_ready_to_do_is_ahead() -> None:
    """Guard, a hard negative: the present, the future and a report of the speaker's present look ahead."""
    ex = rules("The union said it was ready to strike on Monday.", SATURDAY)
    assert _date(ex, "strike") == "2026-12-07"
    ex = rules("The club is ready to sign the striker on Monday.", SATURDAY)
    assert _date(ex, "sign") == "2026-12-07"
    ex = rules("The union will be ready to strike on Monday.", SATURDAY)
    assert _date(ex, "strike") == "2026-12-07"
    ex = rules("The union was ready to strike on Monday, its leader said.", SATURDAY)
    assert _date(ex, "strike") == "2026-12-07"
    ex = rules("The rivers are about to burst their banks on Monday.", SATURDAY)
    assert _date(ex, "burst their banks") == "2026-12-07"


# A year inside the object's noun phrase ------------------------------------------------------------------


def test_a_year_before_a_noun_after_of_names_the_noun() -> None:
    ex = rules("The minister ordered a review of 2025 exam results.", SATURDAY)
    assert _event(ex, "ordered").when is None
    ex = rules("The minister ordered a review of 2025 results on Monday.", SATURDAY)
    assert _date(ex, "ordered") == "2026-11-30"


def test_a_year_after_of_before_its_verb_is_still_a_time() -> None:
    """Guard, a hard negative: "the floods of 2013 destroyed", "the summer of 2025" are times."""
    ex = rules("The floods of 2013 destroyed the bridge.", SATURDAY)
    assert _date(ex, "destroyed") == "2013"
    ex = rules("Prices rose in the summer of 2025 and fell in the autumn.", SATURDAY)
    assert _date(ex, "rose") == "2025"
    ex = rules("The bridge was built at the end of 2019 and opened in 2020.", SATURDAY)
    assert _date(ex, "built") == "2019"


# A bound whose noun is the verb's subject ----------------------------------------------------------------


def test_a_season_that_ends_is_no_time_of_its_ending() -> None:
    """The ending was dated by "before the summer", read ahead: an occurred event a year after the story."""
    ex = rules("The camp would be restocked before the summer ended, the captain said.", SATURDAY)
    assert _event(ex, "ended").when is None


def test_a_time_after_the_bound_clause_dates_its_verb() -> None:
    """The beginning was dated by "after the summer" (the last one), not by its own "in June"."""
    ex = rules("The firm was sold after the summer began in June.", SATURDAY)
    assert _date(ex, "began") == "2026-06"


# A chance told of a clause of its own --------------------------------------------------------------------


def test_a_chance_that_something_will_happen_is_no_plan() -> None:
    ex = rules("There is a chance the bridge will reopen on Friday.", SATURDAY)
    reopen = _event(ex, "reopen")
    assert reopen.status == "hypothetical"
    assert _date(ex, "reopen") == "2026-12-11"
    ex = rules("Analysts see a risk that prices will rise in January.", SATURDAY)
    assert _event(ex, "rise").status == "hypothetical"


def test_a_noun_that_is_no_chance_told_leaves_the_plan() -> None:
    """Guard, a hard negative: "risk assessment" names a thing; a chance for someone else is no clause's."""
    ex = rules("The risk assessment will be published on Friday.", SATURDAY)
    assert _event(ex, "published").status == "planned"
    ex = rules("The bridge will reopen on Friday, officials said, a chance for traders to recover.", SATURDAY)
    assert _event(ex, "reopen").status == "planned"
    ex = rules("The Chance Foundation will open a school in March.", SATURDAY)
    assert _event(ex, "open").status == "planned"


# A whether-question ----------------------------------------------------------------------------------------


def test_a_verb_joined_to_a_passive_inside_a_whether_question_is_asked() -> None:
    ex = rules("Police would not say whether the man was arrested and charged on Monday.", SATURDAY)
    assert _event(ex, "charged").status == "hypothetical"
    assert _date(ex, "charged") == "2026-11-30"
    ex = rules("Officials would not say whether the plant was closed and sold last year.", SATURDAY)
    assert _event(ex, "sold").status == "hypothetical"


def test_a_verb_outside_the_question_is_told() -> None:
    """Guard, a hard negative: a report, and a verb joined to the outer clause, are told as happening."""
    ex = rules("Police said the man was arrested and charged on Monday.", SATURDAY)
    assert _event(ex, "charged").status == "occurred"
    ex = rules(
        "The board debated whether the firm had failed and sacked the chief executive on Monday.", SATURDAY
    )
    assert _event(ex, "sacked").status == "occurred"
    ex = rules("The council voted on whether to close the pool and approved the budget on Tuesday.", SATURDAY)
    assert _event(ex, "approved").status == "occurred"


def test_whether_or_not_denies_nothing() -> None:
    ex = rules("Whether or not the plant closed, workers were paid and sent home on Friday.", SATURDAY)
    assert _event(ex, "closed").status == "hypothetical"
    ex = rules("Whether or not the union agrees, the firm will cut 200 jobs in March.", SATURDAY)
    assert _event(ex, "cut").status == "planned"
    assert _date(ex, "cut") == "2027-03"


def test_a_plain_negation_still_denies() -> None:
    """Guard, a hard negative."""
    ex = rules("Workers were not paid and were sent home on Friday.", SATURDAY)
    assert _event(ex, "paid").status == "negated"
    assert _event(ex, "sent").status == "occurred"


# A state held since a time -------------------------------------------------------------------------------


def test_a_state_held_since_a_time_goes_on_from_it() -> None:
    ex = rules("The central bank has held its key rate at 3.5% since March.", SATURDAY)
    held = _event(ex, "held")
    assert held.status == "ongoing"
    assert _date(ex, "held") == "2026-03"
    ex = rules("The road has been closed since Tuesday.", SATURDAY)
    assert _event(ex, "closed").status == "ongoing"
    assert _date(ex, "closed") == "2026-12-01"
    ex = rules(
        "The pool has 90 members, and its deep end has been closed to swimmers since the storm.",
        SATURDAY,
    )
    assert _event(ex, "closed").status == "ongoing"


def test_what_was_done_since_a_time_is_counted_not_held() -> None:
    """Guard, a hard negative: happenings counted since a time occurred; a verb after "and" with a day of its own
    does not take the state's status."""
    ex = rules("More than 2,000 people have been evacuated since Sunday.", SATURDAY)
    assert _event(ex, "evacuated").status == "occurred"
    ex = rules("The plant has been closed twice since 2019.", SATURDAY)
    assert _event(ex, "closed").status == "occurred"
    ex = rules("The mill has closed three times since 2015.", SATURDAY)
    assert _event(ex, "closed").status == "occurred"
    ex = rules("The firm has held talks with the union since March.", SATURDAY)
    assert _event(ex, "held talks").status == "occurred"
    ex = rules("The bank has held rates at 4% since March and cut them on Friday.", SATURDAY)
    assert _event(ex, "cut").status == "occurred"
    assert _date(ex, "cut") == "2026-12-04"


# A participle of result after a clause looking ahead -----------------------------------------------------


def test_a_participle_of_result_after_a_clause_looking_ahead_is_ahead() -> None:
    ex = rules("The plant will close in March, ending 80 years of production.", SATURDAY)
    assert _event(ex, "ending").status == "planned"


def test_a_participle_of_result_after_a_clause_told_as_done_happened() -> None:
    """Guard, a hard negative: after the past, after a reporting aside, after "would not" it is told as done."""
    ex = rules("The plant closed in March, ending 80 years of production.", SATURDAY)
    assert _event(ex, "ending").status == "occurred"
    ex = rules("The plant will close in March, the firm said, ending 80 years of production.", SATURDAY)
    assert _event(ex, "ending").status == "occurred"
    ex = rules("Officials said the mine would not reopen, ending hopes of a rescue.", SATURDAY)
    assert _event(ex, "ending").status == "occurred"
    ex = rules(
        "The two colleges will combine in 2028 after their councils backed the plan on Tuesday, ending a decade "
        "of rivalry.",
        SATURDAY,
    )
    assert _event(ex, "ending").status == "occurred"


# Found by hard negatives against sessions 19 and 20 ------------------------------------------------------


def test_an_aside_after_the_object_keeps_its_time_from_the_verb() -> None:
    """Session 20's aside closed only before a verb: the approving was dated October, the sale 2019."""
    ex = rules("The council approved the budget, drawn up in October, on Wednesday.", SATURDAY)
    assert _date(ex, "approved") == "2026-12-02"
    ex = rules("The firm sold the plant, built in 1990, last week.", SATURDAY)
    assert _date(ex, "sold") == "2026-11"


def test_a_list_of_verbs_is_no_aside() -> None:
    """Guard, a hard negative: the word before the comma is a verb."""
    ex = rules("Police arrived, searched the flat on Monday, and left.", SATURDAY)
    assert _date(ex, "arrived") == "2026-11-30"
    ex = rules("The board approved the plan in October, on the advice of its lawyers.", SATURDAY)
    assert _date(ex, "approved") == "2026-10"


def test_the_day_a_thing_was_set_for_is_not_the_day_it_was_called_off() -> None:
    ex = rules("The strike planned for Monday was called off on Friday.", SATURDAY)
    assert _date(ex, "called off") == "2026-12-04"
    ex = rules("The vote scheduled for March was postponed until May.", SATURDAY)
    assert _event(ex, "postponed").when is None


def test_the_day_a_thing_was_set_for_dates_what_it_did_then() -> None:
    """Guard, a hard negative: a match scheduled for Sunday and won was won on Sunday; the strike itself keeps its
    day (Session 19)."""
    ex = rules("The match scheduled for Sunday was won by the visitors.", SATURDAY)
    assert _date(ex, "won") == "2026-11-29"
    ex = rules("A strike planned for Monday had been called off.", SATURDAY)
    assert _date(ex, "strike") == "2026-12-07"


def test_what_nobody_knows_happened_is_not_read_ahead() -> None:
    """Session 19's question of the past read "know if", not "knows if"."""
    ex = rules("Nobody knows if the plant closed on Friday.", SATURDAY)
    assert _date(ex, "closed") == "2026-12-04"
    ex = rules("Nobody knows if the plant will close on Friday.", SATURDAY)
    assert _date(ex, "close") == "2026-12-11"


# What will not happen, and a relative clause after a negation (second piece) -----------------------------


def test_what_will_not_happen_is_denied_of_a_day_ahead() -> None:
    """The negated reopenings were dated the Friday gone."""
    ex = rules("The bridge will not reopen on Friday.", SATURDAY)
    assert _event(ex, "reopen").status == "negated"
    assert _date(ex, "reopen") == "2026-12-11"
    ex = rules("There is no chance the bridge will reopen on Friday.", SATURDAY)
    assert _date(ex, "reopen") == "2026-12-11"


def test_what_did_not_happen_is_denied_of_a_day_gone() -> None:
    """Guard, a hard negative: the past, and "would not" (a refusal gone), keep the day before the story."""
    ex = rules("The bridge did not reopen on Friday.", SATURDAY)
    assert _date(ex, "reopen") == "2026-12-04"
    ex = rules("The council would not approve the plan on Monday.", SATURDAY)
    assert _date(ex, "approve") == "2026-11-30"
    ex = rules("The minister refused to resign on Tuesday.", SATURDAY)
    assert _date(ex, "resign") == "2026-12-01"


def test_a_relative_clause_on_a_named_noun_is_not_under_the_negation() -> None:
    ex = rules("Police will not name the man who died on Tuesday.", SATURDAY)
    assert _event(ex, "died").status == "occurred"
    ex = rules("Police did not name the driver who was arrested on Monday.", SATURDAY)
    assert _event(ex, "arrested").status == "occurred"


def test_a_relative_clause_on_a_noun_the_negation_counts_is_under_it() -> None:
    """Guard, a hard negative: "no one who", "anyone who" are counted by the negation."""
    ex = rules("No one who was injured needed hospital treatment.", SATURDAY)
    assert _event(ex, "injured").status == "negated"
    ex = rules("The council did not find anyone who was hurt.", SATURDAY)
    assert _event(ex, "hurt").status == "negated"
    ex = rules("The firm did not sack staff who joined the strike.", SATURDAY)
    assert _event(ex, "sack").status == "negated"
    ex = rules("Not everyone who applied was accepted.", SATURDAY)
    assert _event(ex, "accepted").status == "negated"
