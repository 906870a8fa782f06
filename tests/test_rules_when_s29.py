"""Event dates and status (session 29): "of the year" after a year named long before in the story, a year modifying
the subject's noun of a happening (and a possessor's year that names a thing), two years joined, a plan's time not
given to a perfect joined after it, a time at the end of a list of causes after "by", a relative clause's time on the
subject, and "but neither" as a negation. Sentences are our own (a lighthouse trust, a ferry line, a school's measles
clinic, a bank's bonds, ...), with hard negatives first.
"""

from __future__ import annotations

import datetime as dt

import pytest

from service.backends.rules.dates import find_times, time_elsewhere
from tests.rules_support import event_date as _date
from tests.rules_support import event_of, rules

MONDAY = "2026-12-07"


def _status(text: str, trigger: str, published: str = MONDAY) -> str:
    return event_of(rules(text, published), trigger).status


# "of the year" after a year named long before -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # hard negatives (session 24's convention, kept): a year named in the sentence right before, or before it in
        # its own sentence, is the year "the year" is
        "The lighthouse was first lit in 1871.\n\nVisitors fell by half in the first six months of the year.",
        "The trust bought the lighthouse in 1995, and visitors fell by half in the first six months of the year.",
    ],
)
def test_guard_the_year_right_after_another_year_has_no_date(text: str) -> None:
    assert _date(rules(text, MONDAY), "fell") is None


@pytest.mark.parametrize(
    "text",
    [
        "The lighthouse was first lit in 1871.\n\nIt is run by a trust.\n\nThe trust said on Monday that visitors "
        "rose by 12% in the first half of the year.",
        "The school opened in 1988 with 40 pupils.\n\nIt now has 600.\n\nHealth officials confirmed 31 cases of "
        "measles on Friday.\n\nAbout 120 pupils were vaccinated in the first nine months of the year.",
    ],
)
def test_the_year_long_after_another_year_is_the_story_s(text: str) -> None:
    ex = rules(text, MONDAY)
    (event,) = [e for e in ex.events if e.trigger in ("rose", "vaccinated")]
    assert event.when is not None and event.when.date == "2026", event.when


# A year before the subject's noun -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger",
    [
        # hard negatives: a year on an object names the object; a year on a thing is not the verb's
        ("The board rejected the 2021 review.", "rejected"),
        ("The yield on the government's 2030 bond rose to 9.4%.", "rose"),
        ("Holders of the bank's 2029 notes lost about 40% of their money.", "lost"),
        ("The ferry line's 2019 brochure was withdrawn.", "withdrawn"),
    ],
)
def test_guard_a_year_naming_a_thing_dates_no_verb(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        ("A 2018 audit of the ferry company criticised its safety checks.", "criticised", "2018"),
        ("A 2024 review ordered the closure of two wards.", "ordered", "2024"),
        (
            "A 2022 survey found damp in the keeper's cottage but recommended no repairs.",
            "recommended",
            "2022",
        ),
    ],
)
def test_a_year_on_the_subject_s_happening_dates_its_verb(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


def test_guard_a_possessor_s_year_after_a_preposition_of_time_is_the_event_s() -> None:
    """Guard: "in Britain's 2016 referendum" is the time of the vote (an occasion noun, as before)."""
    assert (
        _date(
            rules("Voters approved the lighthouse sale in the county's 2016 referendum.", MONDAY), "approved"
        )
        == "2016"
    )


# Two years joined -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # hard negatives: each clause its own year; a year and a span
        ("The lighthouse was flooded in 2014, and the cottage burned down in 2018.", "flooded", "2014"),
        ("The lighthouse was flooded in 2014, and the cottage burned down in 2018.", "burned", "2018"),
        ("The festival was cancelled in 2020.", "cancelled", "2020"),
    ],
)
def test_guard_one_year_each(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger, words",
    [
        ("The festival was cancelled in 2020 and 2021.", "cancelled", "in 2020 and 2021"),
        ("The lighthouse was flooded in 2014 and 2018.", "flooded", "in 2014 and 2018"),
        ("The ferry line closed in 1998 or 1999, records show.", "closed", "in 1998 or 1999"),
    ],
)
def test_two_years_joined_date_no_one_year(text: str, trigger: str, words: str) -> None:
    when = event_of(rules(text, MONDAY), trigger).when
    assert when is not None and when.date is None and when.text == words, when


# A plan's time, then "and has" ----------------------------------------------------------------------------------------


def test_guard_a_plan_joined_to_a_plan_keeps_its_time() -> None:
    ex = rules("The clinic will open on Saturday and will offer 300 jabs.", MONDAY)
    assert _date(ex, "open") == "2026-12-12"


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "The lighthouse trust will hold open days on Saturday at the keeper's cottage and has restored the lamp.",
            "restored",
        ),
        (
            "The ferry will run extra crossings on Friday from the north quay and has hired four deckhands.",
            "hired",
        ),
    ],
)
def test_a_plan_s_time_is_not_the_perfect_s_after_it(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# A list of causes after "by", its last noun with a year -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # hard negatives: one cause, a day shared by a list of weather, another verb after "and"
        ("The ferry was delayed by fog in March.", "delayed", "2026-03"),
        ("The ferry was delayed by fog and high winds on Tuesday.", "delayed", "2026-12-01"),
    ],
)
def test_guard_a_cause_s_time_told_with_the_verb(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Work on the harbour wall was delayed by bad weather and a contractor's collapse in 2022.",
            "delayed",
        ),
        ("The sale was postponed by a legal challenge and the trust's bankruptcy in 2023.", "postponed"),
        ("The opening was delayed by a flood, a fire and a builders' strike in March.", "delayed"),
    ],
)
def test_a_time_after_the_last_of_a_list_of_causes_is_that_cause_s(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# A relative clause's time on the subject ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, verb",
    [
        ("A violin that was stolen in 2019 has been recovered by police.", "recovered"),
        ("A trawler that sank off Norway in 1998 was raised on Tuesday.", "raised"),
        ("The lighthouse lens that the trust sold in 2018 has been bought back.", "bought"),
    ],
)
def test_a_relative_clause_s_time_is_not_the_main_verb_s(text: str, verb: str) -> None:
    """The main verb after a "that" clause on the subject (s29-evmiss's to find): the clause's time is its own."""
    pub = dt.date(2026, 12, 7)
    trig = text.index(" " + verb) + 1
    (t, *_rest) = find_times(text, pub)
    assert time_elsewhere(text, trig, trig + len(verb), t, True)


@pytest.mark.parametrize(
    "text, verb",
    [
        # hard negatives: the relative clause's own verb; a time after the main verb
        ("A violin that was stolen in 2019 has been recovered by police.", "stolen"),
        ("The tanker that ran aground was refloated on Tuesday.", "refloated"),
    ],
)
def test_guard_a_relative_clause_s_time_is_its_own(text: str, verb: str) -> None:
    pub = dt.date(2026, 12, 7)
    trig = text.index(" " + verb) + 1
    (t, *_rest) = find_times(text, pub)
    assert not time_elsewhere(text, trig, trig + len(verb), t, True)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the lead's note 1, in sentences of our own
        (
            "A walker who went missing on Dartmoor on Friday has been found safe, police said on Monday.",
            "found",
        ),
        ("A climber who fell on Ben Nevis on Saturday was airlifted to hospital.", "airlifted"),
    ],
)
def test_the_main_verb_after_a_who_clause_takes_none_of_its_time(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# "but neither" --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, status",
    [
        # hard negatives (session 28's): "neither of whom" in an aside; "neither ... nor" names the subject
        ("The two men, neither of whom had a criminal record, were jailed on Friday.", "jailed", "occurred"),
        ("Two ferry officers were suspended, but neither was dismissed.", "dismissed", "negated"),
        ("Two crew members were questioned by police, but neither has been charged.", "charged", "negated"),
        ("Both keepers were questioned; neither was arrested.", "arrested", "negated"),
    ],
)
def test_but_neither_denies_what_follows(text: str, trigger: str, status: str) -> None:
    assert _status(text, trigger) == status


# Review 1 of session 29 (the lead's note 2): the hard negatives of the rules above, in sentences of our own -----------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # a year on a possessor's happening keeps its year
        ("The county's 2022 general election was won by the Greens.", "won", "2022"),
        ("The coastguard's 2020 raid on the trawler found 300 kilos of cocaine.", "found", "2020"),
        # a list of doers after "by", not of causes
        ("The lighthouse was restored by the trust and a local charity in 1998.", "restored", "1998"),
        ("The pier was opened by the mayor and her husband in 1966.", "opened", "1966"),
        # "that" after a verb opens no relative clause
        ("Figures show that ferry bookings in November have fallen by 4%.", "fallen", "2026-11"),
    ],
)
def test_review_guards_keep_their_time(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a clause with a verb group of its own after the act's verb takes no year of the act
        ("A 2019 survey found ferry use has since doubled.", "doubled"),
        ("A 2020 study suggested the vaccine could cut deaths by a third.", "cut"),
        ("A 2018 audit showed bookings doubled.", "doubled"),
    ],
)
def test_review_what_a_finding_found_takes_no_year_of_it(text: str, trigger: str) -> None:
    assert _date(rules(text, MONDAY), trigger) is None


# Review 2 (the lead's mend) -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # a possessor's year names any thing that is no happening: the verb keeps its own day
        ("The harbour board's 2021 plan was scrapped on Monday.", "scrapped", "2026-12-07"),
        ("The club's 2023 signing scored twice on Saturday.", "scored", "2026-12-05"),
        # guards: a happening keeps its year (review 1)
        ("Labour's 2024 landslide victory ended 14 years of Conservative rule.", "ended", "2024"),
        ("Police's 2021 raid on the farm found 40 cannabis plants.", "found", "2021"),
    ],
)
def test_a_possessor_s_year_names_any_thing_but_a_happening(text: str, trigger: str, date: str) -> None:
    assert _date(rules(text, MONDAY), trigger) == date


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # a second year that opens its own clause is no year joined to the first
        ("The striker joined the club in 2015 and 2016 was his best season.", "joined", "2015"),
        ("Prices rose 4% in 2022 and 2023 brought a further rise.", "rose", "2022"),
        # guards: two years joined are no one year
        ("The regatta was cancelled in 2020 and 2021 because of the pandemic.", "cancelled", None),
        ("Rabid bats were found in 2019 and 2022.", "found", None),
    ],
)
def test_a_year_opening_a_clause_is_not_joined(text: str, trigger: str, date: str | None) -> None:
    assert _date(rules(text, MONDAY), trigger) == date
