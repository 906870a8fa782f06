"""An event's own date and status (session 20). Dates: a participle aside set off by commas keeps its own time
("the bridge, damaged on 12 November, could reopen on Friday"); a participle of result after its clause's comma
happened at that clause's time ("..., cutting off the village"); an infinitive of purpose after a comma takes
the time after it ("..., to report by the end of March"); a weekday is never moved a year back ("Next
Thursday's vote"); a time in the possessive after "said" is no time of the saying. Status: a chance does not
reach over "and" to a verb of its own; a second verb joined by "and" under a modal is hypothetical with it even
when its own date looks ahead; a verb in the past after "and" is no bare verb a modal's negation governs.
Sentences are our own, with hard negatives.
"""

from __future__ import annotations

from schemas import Extraction
from tests.rules_support import event_date as _date
from tests.rules_support import event_of as _event
from tests.rules_support import rules

WEDNESDAY = "2026-12-02"


def _when_text(ex: Extraction, trigger: str) -> str | None:
    when = _event(ex, trigger).when
    return None if when is None else when.text


# A participle aside's own time ---------------------------------------------------------------------------


def test_a_participle_aside_keeps_its_date_from_the_verb_after_it() -> None:
    """Review of session 19: the reopening was dated 12 November (a year ahead)."""
    ex = rules("Officials said the bridge, damaged on 12 November, could reopen on Friday.", WEDNESDAY)
    assert _when_text(ex, "reopen") == "on Friday"
    assert _date(ex, "reopen") == "2026-12-04"
    ex = rules("Officials said the bridge, damaged on 12 November, could reopen.", WEDNESDAY)
    assert _event(ex, "reopen").when is None


def test_a_participle_aside_keeps_its_date_from_the_verb_before_it() -> None:
    ex = rules(
        "The council declined to say why the works, first approved by the board in 2019, had stalled.",
        WEDNESDAY,
    )
    assert _event(ex, "say").status == "negated"
    assert _event(ex, "say").when is None


def test_a_subject_aside_gives_its_day_to_no_main_verb() -> None:
    ex = rules("The team, beaten on Saturday, sacked its coach.", WEDNESDAY)
    assert _event(ex, "sacked").when is None
    ex = rules("The bridge, built in 1932, was closed on Tuesday.", WEDNESDAY)
    assert _date(ex, "closed") == "2026-12-01"


def test_the_participle_of_the_aside_keeps_its_own_time() -> None:
    """Guard, a hard negative: the aside's own verb is dated by the aside (passes before session 20 too)."""
    ex = rules("The bridge, built in 1932, collapsed.", WEDNESDAY)
    assert _date(ex, "built") == "1932"
    ex = rules("Mr Vance, arrested on Monday, appeared in court on Tuesday.", WEDNESDAY)
    assert _date(ex, "arrested") == "2026-11-30"
    assert _date(ex, "appeared") == "2026-12-01"


# A participle of result ----------------------------------------------------------------------------------


def test_a_participle_of_result_happened_at_its_clause_time() -> None:
    ex = rules(
        "A rockfall blocked the coast road near Tarnby early Friday, cutting off the harbour village.",
        WEDNESDAY,
    )
    assert _date(ex, "cutting") == "2026-11-27"


def test_a_participle_of_result_after_an_irregular_past_is_dated() -> None:
    # Session 23: was "sending smoke over the town", which tells no happening of its own (dev7 and dev14 label no
    # smoke or ash sent; ``NOT_AFTER_OBJECT["send"]``); the participle of result is now one that does.
    ex = rules("A fire tore through a warehouse on Friday, closing the main road.", WEDNESDAY)
    assert _date(ex, "closing") == "2026-11-27"


def test_a_participle_of_a_lasting_state_or_of_a_plan_takes_no_day() -> None:
    """Guard, hard negatives: a state that goes on after the happening ("blocking the channel") and a clause of
    intent (pass before session 20 too)."""
    ex = rules(
        "A cargo ship ran aground in the strait on Tuesday, blocking the channel for other vessels.",
        WEDNESDAY,
    )
    assert _date(ex, "ran aground") == "2026-12-01"
    assert _event(ex, "blocking").when is None
    ex = rules(
        "They intend to file a claim at the High Court in February, seeking up to £750 for each user.",
        WEDNESDAY,
    )
    assert _event(ex, "file").status == "planned"
    assert _event(ex, "seeking").when is None


def test_a_participle_of_result_takes_no_planned_or_relative_time() -> None:
    """Guard, hard negatives: a clause looking ahead ("will close in March") and a relative clause's year give
    nothing to the participle after them (pass before session 20 too)."""
    ex = rules("The mill will close in March, ending 80 years of work.", WEDNESDAY)
    assert _date(ex, "close") == "2027-03"
    assert _event(ex, "ending").when is None
    ex = rules("The ferry sank near Ostby, which flooded in 2019, killing two.", WEDNESDAY)
    assert _date(ex, "flooded") == "2019"
    assert _event(ex, "killing").when is None


# An infinitive of purpose ------------------------------------------------------------------------------


def test_an_infinitive_of_purpose_after_a_comma_takes_the_time_after_it() -> None:
    ex = rules(
        "The mayor has ordered an audit of the harbour accounts, to report by the end of March.", WEDNESDAY
    )
    assert _event(ex, "ordered").when is None


def test_the_ordering_keeps_its_own_day_and_a_phrase_after_to_is_no_infinitive() -> None:
    """Guard, hard negatives (pass before session 20 too)."""
    ex = rules(
        "The mayor ordered an audit of the harbour accounts on Monday, to report by the end of March.",
        WEDNESDAY,
    )
    assert _date(ex, "ordered") == "2026-11-30"
    ex = rules(
        "The mayor ordered an audit of the harbour accounts, to the dismay of councillors, on Monday.",
        WEDNESDAY,
    )
    assert _date(ex, "ordered") == "2026-11-30"


def test_to_before_an_amount_is_no_infinitive() -> None:
    """Hard negatives against this session's first infinitive rule (it took the fall's March at 92d401a): "to"
    before an amount after a comma opens no clause of its own."""
    ex = rules("Membership fell by half, to nearly 400 in March.", WEDNESDAY)
    assert _date(ex, "fell") == "2026-03"
    ex = rules("The price was cut, to under £5 in March.", WEDNESDAY)
    assert _date(ex, "cut") == "2026-03"


# A weekday is never a year back --------------------------------------------------------------------------


def test_next_thursdays_happening_is_not_moved_a_year_back() -> None:
    ex = rules("Next Thursday's vote was postponed.", WEDNESDAY)
    assert _date(ex, "vote") == "2026-12-10"


def test_a_possessive_time_after_said_names_the_happening() -> None:
    """ "said" before a time makes it the saying's, but not a time in the possessive: the vote was undated."""
    ex = rules("The mayor said next Friday's vote would go ahead.", WEDNESDAY)
    assert _date(ex, "vote") == "2026-12-11"
    ex = rules("The mayor said Friday's vote would go ahead.", WEDNESDAY)
    assert _date(ex, "vote") == "2026-12-04"


def test_a_day_after_said_is_still_the_sayings() -> None:
    """Guard, a hard negative (passes before session 20 too)."""
    ex = rules("The mayor said Friday that the vote would go ahead.", WEDNESDAY)
    assert _event(ex, "vote").when is None


# Status ----------------------------------------------------------------------------------------------------


def test_a_chance_does_not_reach_over_and_to_a_verb_of_its_own() -> None:
    ex = rules(
        "A 2020 safety review warned that the pier faced a high risk of collapse and recommended new piles.",
        WEDNESDAY,
    )
    assert _event(ex, "recommended").status == "occurred"


def test_a_chance_of_a_happening_is_still_hypothetical() -> None:
    """Guard (passes before session 20 too)."""
    ex = rules("Traders priced in a 60% chance of a rate cut on Wednesday.", WEDNESDAY)
    assert _event(ex, "cut").status == "hypothetical"


def test_a_second_verb_under_could_is_hypothetical_whatever_its_date() -> None:
    ex = rules("The firm could cut jobs and close plants next year.", WEDNESDAY)
    close = _event(ex, "close")
    assert close.status == "hypothetical"
    assert close.when is not None and close.when.date == "2027"


def test_a_second_verb_with_its_own_will_is_planned() -> None:
    """Guard, a hard negative (passes before session 20 too)."""
    ex = rules("The firm could cut jobs and will close plants next year.", WEDNESDAY)
    assert _event(ex, "close").status == "planned"


def test_a_verb_in_the_past_after_and_is_not_under_the_negation() -> None:
    ex = rules("The firm would not comment and closed its office on Monday.", WEDNESDAY)
    assert _event(ex, "comment").status == "negated"
    assert _event(ex, "closed").status == "occurred"
    ex = rules("Police did not name the man and arrested two others on Monday.", WEDNESDAY)
    assert _event(ex, "arrested").status == "occurred"


def test_a_bare_verb_after_and_stays_under_the_negation() -> None:
    """Guard, hard negatives: bare verbs, and "had not" with a participle (pass before session 20 too)."""
    ex = rules("The firm did not comment and close its office.", WEDNESDAY)
    assert _event(ex, "close").status == "negated"
    ex = rules("The council will not raise fees and cut services.", WEDNESDAY)
    assert _event(ex, "cut").status == "negated"
    ex = rules("The firm had not paid staff and closed the office.", WEDNESDAY)
    assert _event(ex, "closed").status == "negated"
