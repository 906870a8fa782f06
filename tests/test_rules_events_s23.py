"""Session 23 events: missed and spurious events, and the second review of session 22's pieces.

Every sentence is written for this file. Each kind has cases next to hard negatives; a guard checks that its
sentence was read (an event of another kind is there) before it checks what must not be. The policy is in
docs/events.md ("Session 23: missed events").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2026-12-04"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


def _told(text: str) -> dict[str, tuple[str, str, str]]:
    return {t: (e.type, e.status, e.summary) for t, e in by_trigger(text).items()}


# --- a vote that does its act (review of session 22) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "summary", "date"),
    [
        (
            "The Federal Reserve voted 9-3 on Wednesday to raise interest rates by a quarter point.",
            "raise",
            "The Federal Reserve raised interest rates by a quarter point.",
            "2026-12-02",
        ),
        (
            "The board of the bakery chain voted on Tuesday to fire the chief executive.",
            "fire",
            "The board of the bakery chain fired the chief executive.",
            "2026-12-01",
        ),
        ("The Senate voted 52-48 to convict the former governor.", "convict", None, None),
        ("The club's council voted on Tuesday to remove the chairman.", "remove", None, "2026-12-01"),
        ("The parish council voted 7-2 to suspend the councillor.", "suspend", None, None),
        ("Party members voted to expel the MP on Tuesday.", "expel", None, "2026-12-01"),
        (
            "The Bank of Norland cut rates last month, and its rival voted on Thursday to cut its own by half a point.",
            "cut its own",
            None,
            "2026-12-03",
        ),
    ],
)
def test_a_vote_that_does_its_act_tells_it_done(
    text: str, trigger: str, summary: str | None, date: str | None
) -> None:
    """A court or chamber convicting, a board firing, a central bank setting its rate: what the vote decided
    happened with it, on the vote's day; no "will"."""
    got = by_trigger(text)
    assert "voted" in got, _told(text)
    key = trigger if trigger in got else trigger.split()[0]
    assert key in got, _told(text)
    e = got[key]
    assert e.status == "occurred", _told(text)
    assert " will " not in e.summary
    if summary is not None:
        assert e.summary == summary
    assert (e.when.date if e.when else None) == date


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # work a vote decides, still to be done (dev17 and dev12 label these planned)
        ("The council voted to close two of the town's four libraries.", "close"),
        ("The board voted 5-2 on Monday to lease the harbour to a shipping group.", "lease"),
        ("The council voted 6-3 to raise the parking fee for the first time in a decade.", "raise"),
        # things removed, not a person
        ("The council voted 5-2 on Monday to remove 80 parking spaces along the high street.", "remove"),
    ],
)
def test_a_vote_on_work_to_come_stays_planned(text: str, trigger: str) -> None:
    """Hard negatives: a tax rate, a fee, a closure or a lease decided by a council is still to be done."""
    got = by_trigger(text)
    assert "voted" in got, _told(text)
    assert trigger in got, _told(text)
    assert got[trigger].status == "planned"


def test_a_vote_dated_years_before_tells_no_plan() -> None:
    """Hard negative: "voted in 2015 to demolish" is no demolition to come (the review's sentence, own words)."""
    text = "The council voted in 2011 to demolish the old depot, which was finally knocked down in 2016."
    got = by_trigger(text)
    assert "voted" in got, _told(text)
    assert all(" will " not in e.summary for e in got.values()), _told(text)
    assert "demolish" not in got


# --- put off: only a thing that can wait (review of session 22) -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The smell of the tannery put off potential buyers.",
        "High rents put off many young families last year.",
        "The long wait put off visitors from the new museum.",
    ],
)
def test_people_put_off_are_no_postponement(text: str) -> None:
    """Hard negatives: people deterred, nothing postponed."""
    assert "put off" not in by_trigger(text), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board put off a decision on the merger.",
        "The council voted last spring to put off $2.1 million of road repairs.",
        "The vote was put off.",
        "The club has put off the final until next week.",
    ],
)
def test_a_thing_that_can_wait_is_put_off(text: str) -> None:
    got = by_trigger(text)
    assert "put off" in got, _told(text)
    assert got["put off"].type == "postponement"


# --- leased: a thing held, not a deal (review of session 22) -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The airline operates 40 leased aircraft.",
        "She moved into a rented flat near the station.",
        "The band toured Europe in chartered buses.",
    ],
)
def test_a_participle_of_holding_before_its_noun_is_no_deal(text: str) -> None:
    """Hard negatives: "leased aircraft" are aircraft held on a lease."""
    assert not any(t.startswith(("leased", "rented", "chartered")) for t in by_trigger(text)), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm leased two warehouses in March.",
        "The city leased out the old pier in 2019.",
        "The port leased the terminal to a shipping group.",
    ],
)
def test_a_lease_made_is_an_event(text: str) -> None:
    """Guards: a lease made has a count, a particle or a determiner after it."""
    got = by_trigger(text)
    assert any(t.startswith("leased") for t in got), _told(text)


# --- a later question left open after a refusal to say -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # (Session 34: a treaty signed is its signing, the guide's first rule)
        ("A spokeswoman declined to say whether the minister would sign the treaty.", "sign", "signing"),
        ("The airline declined to say whether flights would resume on Friday.", "resume", "resumption"),
        ("The club would not comment on whether it would appeal against the fine.", "appeal", "appeal"),
        ("The council did not say whether it would close the library.", "close", "closure"),
    ],
)
def test_a_later_question_after_a_refusal_to_say_is_hypothetical(text: str, trigger: str, type_: str) -> None:
    """dev13's gold guide: a hedged later question gives a hypothetical event besides the negated refusal."""
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert got[trigger].type == type_
    assert got[trigger].status == "hypothetical"
    assert got[trigger].evidence[0].text.startswith("whether")
    assert any(e.status == "negated" for e in got.values()), _told(text)


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        # a question of the past gives none (dev13's gold guide: a judgement of what should have been); Session 29:
        # an act of the past asked about ("whether the driver had been arrested") is hypothetical, as dev18 and dev25
        # label it (tests/test_rules_evmiss_s29.py)
        ("The agency declined to say whether it should have closed the bridge earlier.", "closed"),
        # no refusal to speak: an open question of fact
        ("It is not clear whether the plant will close.", "close"),
    ],
)
def test_a_question_of_the_past_or_no_refusal_gives_none(text: str, not_told: str) -> None:
    """Hard negatives."""
    got = by_trigger(text)
    e = got.get(not_told)
    assert e is None or e.status != "hypothetical" or not e.evidence[0].text.startswith("whether"), _told(
        text
    )


# --- what a count was forced to do (the lead's finding) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Freezing fog forced more than 200 flights to divert on Sunday.", "divert"),
        ("The flood forced over 1,500 residents to evacuate.", "evacuate"),
        ("The storm forced 300 schools to close on Thursday.", "close"),
    ],
)
def test_what_a_counted_object_was_forced_to_do_is_an_event(text: str, trigger: str) -> None:
    """A number's digits are tokens of their own; the object's words are counted by ``split``."""
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert got[trigger].status == "occurred"


def test_a_verb_of_forcing_far_before_to_is_not_read() -> None:
    """Hard negative: past four words of object, or across a comma, the infinitive is no longer the forced act."""
    text = "The rules forced the firm, which runs 40 ferries in the north of the country, to wait."
    assert "wait" not in by_trigger(text), _told(text)


# --- the act a denial denies, in verbs no table knew -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The bakery denied that staff had tried to hide the spill.", "hide", "concealment"),
        ("The ministry denied that the bank had concealed its losses.", "concealed", "concealment"),
        ("The builder denied that the mayor had pressed it to hire local firms.", "pressed", "pressure"),
        (
            "The council denied that the agency had warned it about the flood risk last year.",
            "warned",
            "warning",
        ),
    ],
)
def test_the_act_a_denial_denies_is_negated(text: str, trigger: str, type_: str) -> None:
    """dev17, dev18 and dev19 each label the act denied ("denied that staff had tried to hide the leak"), negated,
    as dev12-dev14 do."""
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert got[trigger].type == type_
    assert got[trigger].status == "negated"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The fox hid in a barn behind the farmhouse.", "hid"),
        ("She pressed the button to start the engine.", "pressed"),
        ("The union pressed ahead with the strike.", "pressed"),
        ("Police pressed charges against the driver.", "pressed"),
    ],
)
def test_hiding_in_a_place_or_pressing_a_thing_is_no_event(text: str, trigger: str) -> None:
    """Hard negatives: no concealment without a thing hidden, no pressure without someone pressed to act."""
    got = by_trigger(text)
    assert trigger not in got or got[trigger].type not in ("concealment", "pressure"), _told(text)


def test_warned_it_would_is_a_content_clause() -> None:
    """Hard negative: "warned it would" says what; no warning "about" it."""
    got = by_trigger("The agency warned it would raise prices.")
    assert "warned" not in got, _told("The agency warned it would raise prices.")


# --- a noun of happening modifying the subject of a verb in the past (the lead's finding) ------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "not_told"),
    [
        ("A survey ship broke down off the coast.", "broke down", "survey"),
        ("A fire crew arrived within minutes.", "arrived", "fire"),
    ],
)
def test_a_noun_of_happening_before_the_subjects_head_is_its_modifier(
    text: str, trigger: str, not_told: str
) -> None:
    """The head's own verb in the past is the sentence's event; the modifier is none."""
    got = by_trigger(text)
    assert trigger in got, _told(text)
    assert not_told not in got, _told(text)


def test_a_later_question_far_from_its_verb_is_still_asked() -> None:
    """The question's "whether" stood more than 45 characters before its verb: the "would" read as planned."""
    text = (
        "The Office of Rail, Road and Water declined to say whether maximum penalties for such breaches of the "
        "rules would rise."
    )
    got = by_trigger(text)
    assert "rise" in got, _told(text)
    assert got["rise"].status == "hypothetical"


def test_the_refusers_it_is_the_refuser() -> None:
    """The refusal's subject ran to its verb ("X declined to"), and the question's "it" was told as "X declined to"."""
    text = "The city’s parks office declined to comment on whether it would offer the club any money."
    got = by_trigger(text)
    assert "offer" in got, _told(text)
    assert "declined" not in got["offer"].summary
    # session 32: the question is told as the open question it is, its "it" still the refuser
    assert "the city’s parks office would offer" in got["offer"].summary.lower()


def test_a_cover_up_to_a_sum_is_no_concealment() -> None:
    """Hard negative: "covers up to $10 million" reaches a sum."""
    text = "The firm's insurance policy covers up to $10 million in damage."
    assert not any(e.type == "concealment" for e in by_trigger(text).values()), _told(text)


# --- the review of this session's first landing (LEAD-NOTE-2): hard negatives -------------------------------------


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        ("The parish council did not vote to shut the library.", "shut"),
        ("Parents who voted to shut the school were angry.", "shut"),
        ("Should the trust vote to sell the farm, walkers will protest.", "sell"),
        ("If the board votes to close the depot, drivers will strike.", "close"),
        ("The members voted to accept the offer after voting in March to strike.", "strike"),
    ],
)
def test_a_vote_not_told_as_done_decides_nothing(text: str, not_told: str) -> None:
    """A vote denied, in a relative clause, under a condition, or a gerund gives no act decided."""
    got = by_trigger(text)
    assert not_told not in got, _told(text)
    assert all(" will " + not_told not in e.summary for e in got.values()), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "The county council voted to raise rates by 4% for landlords from May.",
        "The Senate voted 60-40 to cut the interest rate on farm loans from June.",
    ],
)
def test_a_rate_a_council_or_a_chamber_votes_is_to_come(text: str) -> None:
    """Only a central bank's vote sets its rate at once; a council's rise or a chamber's cut is planned, and its
    "from <month>" is ahead."""
    got = by_trigger(text)
    changed = [e for t, e in got.items() if t in ("raise", "cut")]
    assert changed, _told(text)
    assert changed[0].status == "planned"
    assert changed[0].when is None or changed[0].when.date is None or changed[0].when.date > PUBLISHED[:7]


@pytest.mark.parametrize(
    "text",
    [
        "The county voted to remove Victorian railings from the park.",
        "The board voted to remove Sunday matches from the calendar.",
    ],
)
def test_a_capitalised_thing_removed_is_no_person(text: str) -> None:
    got = by_trigger(text)
    assert "remove" in got, _told(text)
    assert got["remove"].status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Steep mortgage rates put off young buyers again this year.",
        "The row put off sponsors for a year.",
        "The charges put off many drivers until the city dropped them.",
        "Tourists were put off.",
    ],
)
def test_people_put_off_with_a_time_are_no_postponement(text: str) -> None:
    assert "put off" not in by_trigger(text), _told(text)


@pytest.mark.parametrize(
    "text",
    [
        "An inspection would have found the crack.",
        "No inspection found any fault with the pier.",
    ],
)
def test_an_inspection_not_made_is_no_inspection(text: str) -> None:
    got = by_trigger(text)
    assert "inspection" not in got or got["inspection"].status == "hypothetical", _told(text)
    assert "inspection" not in got or got["inspection"].status != "planned"


def test_a_lease_with_a_bare_object_is_made() -> None:
    """Guard: "leased aircraft from a lessor" after a subject is the verb; only a count before it is an adjective."""
    text = "The airline leased aircraft from an Irish lessor last year."
    assert any(t.startswith("leased") for t in by_trigger(text)), _told(text)


def test_a_vote_told_by_its_participle_after_a_comma_decides() -> None:
    """Guard (dev12's shape, own words): "approved its budget ..., voting 6-3 to raise ..." tells the rise decided."""
    text = "The council approved its budget on Thursday night, voting 6-3 to raise the parking fee for the first time."
    got = by_trigger(text)
    assert "raise" in got, _told(text)
    assert got["raise"].status == "planned"


# --- the second review (LEAD-NOTE-4): hard negatives --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        ("The trust will vote on Monday to dismiss the manager.", "dismiss"),
        ("The board is expected to vote to sack the coach.", "sack"),
        ("The gang used encrypted messages to plan the raid.", "encrypted"),
        ("Police said the men talked through encrypted phones.", "encrypted"),
        ("Volunteers covered up the fountain with sheets before the frost.", "covered up"),
        ("The row put off potential sponsors of the festival.", "put off"),
    ],
)
def test_what_the_second_review_found_told_is_no_event(text: str, not_told: str) -> None:
    got = by_trigger(text)
    assert not_told not in got, _told(text)


def test_a_thing_suspended_by_a_vote_is_to_come() -> None:
    text = "The council voted unanimously to suspend bus fares over the holiday."
    got = by_trigger(text)
    assert "suspend" in got, _told(text)
    assert got["suspend"].status == "planned"
