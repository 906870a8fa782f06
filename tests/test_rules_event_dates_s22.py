"""An event's own date and status (session 22). Dates: "through" closes a period as "until" does ("will stay shut at
least through March" has no date); a present in a relative clause with its time right after it is the relative
clause's schedule ("under a scheme that begins on Friday"). Status: the progressive of a passive goes on ("is being
rebuilt"); a plan announced with its day and an "if" is still planned ("would reopen the pier on Friday if the
swell eased"). Sentences are our own, with hard negatives first.
"""

from __future__ import annotations

from tests.rules_support import event_date, event_of, rules

WEDNESDAY = "2026-12-02"


# "through" closes a period ----------------------------------------------------------------------------------


def test_through_as_a_way_is_no_bound() -> None:
    """Guard, a hard negative: "through" before a place or a thing leaves the verb's own time alone."""
    ex = rules("Protesters marched through the town centre on Saturday.", WEDNESDAY)
    assert event_date(ex, "marched") == "2026-11-28"
    ex = rules("The council approved the bypass through the valley on Tuesday.", WEDNESDAY)
    assert event_date(ex, "approved") == "2026-12-01"


def test_a_state_kept_through_a_month_has_no_date() -> None:
    """A closure that stays "at least through March" was dated March, its end (the gold of the sets dates such a
    period by nothing, as it does "until")."""
    ex = rules(
        "The ice rink will stay closed at least through March while divers inspect the pipes.", WEDNESDAY
    )
    closed = event_of(ex, "closed")
    assert closed.status == "ongoing"
    assert closed.when is None


def test_a_change_over_months_through_a_month_has_no_date() -> None:
    ex = rules("Exports of timber fell 6% in the three months through October.", WEDNESDAY)
    assert event_date(ex, "fell") is None


# A relative clause's present with its time -------------------------------------------------------------------


def test_a_relative_present_before_a_place_leaves_the_time_to_the_main_verb() -> None:
    """Guard, a hard negative: "who lives in Ostby on Monday" is the arrest's Monday (review of session 18)."""
    ex = rules("Police arrested a woman who lives in Ostby on Monday.", WEDNESDAY)
    assert event_date(ex, "arrested") == "2026-11-30"
    ex = rules("The trust sold a farm that employs nine people on Friday.", WEDNESDAY)
    assert event_date(ex, "sold") == "2026-11-27"


def test_a_relative_present_with_its_time_keeps_the_time() -> None:
    """The paying was dated by the scheme's start."""
    ex = rules(
        "The minister said the state would pay farmers 20 euros a tonne for stored grain, under a scheme that "
        "begins on Friday.",
        WEDNESDAY,
    )
    assert event_date(ex, "pay") is None


# The progressive of a passive ---------------------------------------------------------------------------------


def test_a_passive_told_as_done_or_denied_keeps_its_status() -> None:
    """Guards, hard negatives: a simple passive is done, a denied progressive denied, an asked one not told."""
    ex = rules("The old lighthouse was rebuilt in 2019.", WEDNESDAY)
    assert event_of(ex, "rebuilt").status == "occurred"
    ex = rules("The old lighthouse is not being rebuilt.", WEDNESDAY)
    assert event_of(ex, "rebuilt").status == "negated"


def test_a_progressive_passive_for_a_day_ahead_is_left_as_it_was() -> None:
    """Guard: "is being resurfaced on Friday" may be an arrangement; this rule does not make it ongoing."""
    ex = rules("The coast road is being repaired on Friday.", WEDNESDAY)
    assert event_of(ex, "repaired").status != "ongoing"


def test_a_progressive_passive_goes_on() -> None:
    ex = rules("The old lighthouse on the point is being rebuilt at a cost of $4 million.", WEDNESDAY)
    assert event_of(ex, "rebuilt").status == "ongoing"
    ex = rules("By noon, most train tickets were being refunded at the station.", WEDNESDAY)
    assert event_of(ex, "refunded").status == "ongoing"


# A plan with its day under a condition ------------------------------------------------------------------------


def test_a_condition_without_a_day_stays_hypothetical() -> None:
    """Guards, hard negatives: a plan with no day, a year only, "unless", a counterfactual."""
    ex = rules("The fishermen would block the harbour if the quota was cut.", WEDNESDAY)
    assert event_of(ex, "block").status == "hypothetical"
    ex = rules("The brewery would shut the bottling plant in 2029 if demand fell.", WEDNESDAY)
    assert event_of(ex, "shut").status == "hypothetical"
    ex = rules("The owners will sell the hotel on Friday unless a buyer comes forward.", WEDNESDAY)
    assert event_of(ex, "sell").status == "hypothetical"
    ex = rules("The council would have reopened the pool on Monday if the pumps had worked.", WEDNESDAY)
    assert event_of(ex, "reopened").status == "hypothetical"


def test_a_condition_on_another_time_is_not_the_plan_s_day() -> None:
    """Guard: the day inside the condition is the condition's, so the plan has no day of its own."""
    ex = rules("The mayor said the town would close the pier if the storm hit on Friday.", WEDNESDAY)
    closing = event_of(ex, "close")
    assert closing.status == "hypothetical"
    assert closing.when is None


def test_a_plan_with_its_day_and_a_condition_is_planned() -> None:
    """Announced with a date and a condition: planned (the gold's reading of two sets)."""
    ex = rules("Engineers would reopen the pier on Friday if the swell eased.", WEDNESDAY)
    reopen = event_of(ex, "reopen")
    assert reopen.status == "planned"
    assert reopen.when is not None and reopen.when.date == "2026-12-04"
    ex = rules(
        "The zoo said on Monday that it would now try to reopen on Dec. 12, if the keepers could clear the paths.",
        WEDNESDAY,
    )
    assert event_of(ex, "reopen").status == "planned"


# Second piece: hard negatives against the first, and a participle's own time ------------------------------------


def test_a_past_progressive_passive_with_its_day_goes_on() -> None:
    """The day guard is for a present that may be arranged ahead; a past one with its day went on then."""
    ex = rules("Residents were being evacuated from the valley on Tuesday night.", WEDNESDAY)
    evacuated = event_of(ex, "evacuated")
    assert evacuated.status == "ongoing"
    assert evacuated.when is not None and evacuated.when.date == "2026-12-01"


def test_a_day_opening_a_span_is_kept_alone() -> None:
    """Guard: "from Monday" alone is the day the change starts."""
    ex = rules("Fares will rise from Monday.", WEDNESDAY)
    assert event_date(ex, "rise") == "2026-12-07"


def test_a_span_of_days_closed_by_through_dates_no_one_day() -> None:
    """ "from Monday through Wednesday" was dated the Monday, as "from Monday to Wednesday" is not."""
    ex = rules("Ferries were suspended from Monday through Wednesday.", WEDNESDAY)
    suspended = event_of(ex, "suspended")
    assert suspended.when is not None
    assert suspended.when.text == "from Monday through Wednesday"
    assert suspended.when.date is None


def test_a_participle_with_words_before_the_time_leaves_it_to_the_verb() -> None:
    """Guards, hard negatives: a participle of the verb's own ("stopped and searched on Monday"), one whose phrase
    runs on before the time ("in a raid linked to the gang on Monday", session 18)."""
    ex = rules("The bus was stopped and searched on Monday.", WEDNESDAY)
    assert event_date(ex, "searched") == "2026-11-30"
    ex = rules("Police arrested a man in a raid linked to the gang on Monday.", WEDNESDAY)
    assert event_date(ex, "arrested") == "2026-11-30"


def test_a_participle_right_before_the_time_takes_it() -> None:
    """The rise was dated by the figures' release, the verifying by the forms' submission."""
    ex = rules(
        "The utility said its profit rose 8% in the third quarter, in figures released on Tuesday.", WEDNESDAY
    )
    assert event_date(ex, "rose") is None
    ex = rules("Officials verified 900 of the 1,100 forms submitted last month.", WEDNESDAY)
    assert event_date(ex, "verified") is None
    ex = rules("The council approved a plan drawn up in October.", WEDNESDAY)
    assert event_date(ex, "approved") is None


# Third piece: spans ----------------------------------------------------------------------------------------------


def test_a_day_closed_on_by_until_is_the_day_itself() -> None:
    """Guard: "until" joins a span only after "from"; "closed on Monday until Wednesday" was closed on Monday."""
    ex = rules("The road was closed on Monday until Wednesday.", WEDNESDAY)
    assert event_date(ex, "closed") == "2026-11-30"


def test_two_days_joined_by_through_date_no_one_day() -> None:
    ex = rules("The museum will be closed on Monday through Wednesday.", WEDNESDAY)
    closed = event_of(ex, "closed")
    assert closed.when is not None and closed.when.date is None
    assert closed.when.text == "on Monday through Wednesday"


def test_a_month_alone_after_from_is_kept() -> None:
    """Guards: "from March" alone is the month a change starts; "may" after "and" is no May."""
    ex = rules("Bus fares will rise from March.", WEDNESDAY)
    assert event_date(ex, "rise") == "2027-03"
    ex = rules("The harbour was shut in March and June.", WEDNESDAY)
    assert event_date(ex, "shut") == "2026-03"


def test_a_span_of_months_dates_no_one_month() -> None:
    """ "from June to August" was dated June, its first month."""
    ex = rules("The lido was closed from June to August.", WEDNESDAY)
    closed = event_of(ex, "closed")
    assert closed.when is not None and closed.when.date is None
    assert closed.when.text == "from June to August"
    ex = rules("The lido will be closed from March through May.", WEDNESDAY)
    assert event_date(ex, "closed") is None


# The review of session 22: hard negatives against the first two pieces -----------------------------------------


def test_a_participle_of_state_after_the_object_leaves_the_verb_its_day() -> None:
    """A state the object is left in, a comparison, an object's complement: the day is the verb's."""
    ex = rules("The central bank held interest rates unchanged on Thursday.", WEDNESDAY)
    assert event_date(ex, "held") == "2026-11-26"
    ex = rules("Kidnappers released the hostages unharmed on Friday.", WEDNESDAY)
    assert event_date(ex, "released") == "2026-11-27"
    ex = rules("Inflation fell faster than expected in November.", WEDNESDAY)
    assert event_date(ex, "fell") == "2026-11"
    ex = rules("The court ordered the documents released on Monday.", WEDNESDAY)
    assert event_date(ex, "ordered") == "2026-11-30"
    ex = rules("The team won with two players injured on Saturday.", WEDNESDAY)
    assert event_date(ex, "won") == "2026-11-28"


def test_a_threat_or_a_bet_with_its_day_stays_hypothetical() -> None:
    """A condition of failure, a warning told after, a bet: no plan announced."""
    ex = rules("The strike would begin on Monday if no deal was reached, the union warned.", WEDNESDAY)
    assert event_of(ex, "begin").status == "hypothetical"
    ex = rules("The union said its members would walk out on Monday if the talks failed.", WEDNESDAY)
    assert event_of(ex, "walk out").status == "hypothetical"
    ex = rules("Traders bet that the Fed would cut rates on Wednesday if the jobs data were weak.", WEDNESDAY)
    assert event_of(ex, "cut").status == "hypothetical"


def test_a_present_progressive_passive_with_a_time_ahead_is_not_ongoing() -> None:
    """ "is being closed in March" is arranged, not going on."""
    for text, trigger in (
        ("The plant is being closed in March, the company said.", "closed"),
        ("The station is being closed from January 5.", "closed"),
        ("He is being sentenced on Dec. 15.", "sentenced"),
        ("The plan is being scrapped after the election.", "scrapped"),
    ):
        assert event_of(rules(text, WEDNESDAY), trigger).status != "ongoing", text
