"""Session 17, the lead: kinds a reader met at once on short articles of our own (issue 15).

- A noun of happening that modifies the noun after it is no happening: "the fire pumps had not been
  tested" told a fire that took place.
- A noun of happening that is the subject of its own verb after a phrase of place ("A fire broke out
  at the depot", "an engine fire on one of its ferries forced ...") was summarised as the whole clause
  with "took place" added.
- Set phrases ("a storm of criticism", "in a row", "under fire") told happenings.
- "X kept its rate ... and said it could ...": the subject ran on to "kept".

Every sentence is written for this file; each kind has hard negatives.
"""

from __future__ import annotations

import pytest

from schemas import Event

from .rules_support import EventTyping, rules

PUBLISHED = "2026-03-04"

_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger


def rules_events(text: str) -> list[Event]:
    return list(rules(text, PUBLISHED).events)


@pytest.mark.parametrize(
    ("text", "noun", "contrast"),
    [
        # Each beside a sentence where the same noun is the happening (review of session 17: a guard must
        # not pass on an empty extraction).
        (
            "She said the vessel's fire pumps were broken.",
            "fire",
            "She said the vessel's fire spread to the pumps.",
        ),
        (
            "The union's strike fund was nearly empty by the spring.",
            "strike",
            "The union's strike was nearly over by the spring.",
        ),
    ],
)
def test_a_happening_that_modifies_the_next_noun_is_none(text: str, noun: str, contrast: str) -> None:
    assert noun in by_trigger(contrast), contrast
    got = by_trigger(text)
    assert noun not in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A word after the noun that is no noun heading it keeps the happening (each found before too).
        ("A strike today would close every school.", "strike"),
        ("A fire yesterday was the third at the depot this year.", "fire"),
        ("A meeting they held on Monday was short.", "meeting"),
        ("A strike itself would be legal.", "strike"),
    ],
)
def test_a_happening_before_a_word_that_is_no_head_stays(text: str, trigger: str) -> None:
    """Guard: the words after the noun are an adverb, a pronoun opening a clause, a reflexive."""
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out at the depot on Sunday.",
        "An engine fire on the ferry forced 312 passengers to wait for four hours.",
    ],
)
def test_a_happening_with_its_own_verb_later_is_that_verb_s_subject(text: str) -> None:
    got = by_trigger(text)
    assert "fire" in got, {t: e.type for t, e in got.items()}
    assert got["fire"].summary == text


@pytest.mark.parametrize(
    "text",
    [
        # A participle with no object after it is no verb of the noun's own.
        "A fire started by a heater was put out.",
        "The council's vote was close.",
    ],
)
def test_a_participle_after_the_noun_is_not_its_verb(text: str) -> None:
    """Guard: summaries that were sentences stay as they were."""
    got = by_trigger(text)
    assert [e.summary for e in got.values()] == [text]


@pytest.mark.parametrize(
    ("text", "noun", "contrast"),
    [
        # Set phrases with a noun of happening that tell no such happening (IDIOMS_NOT_HAPPENING), each
        # beside a sentence where the noun is the happening.
        ("The plan drew a storm of criticism last week.", "storm", "A storm hit the coast last week."),
        (
            "The agency received a flood of complaints on Tuesday.",
            "flood",
            "A flood hit the agency's offices on Tuesday.",
        ),
        (
            "The coach is under fire after a fifth defeat in a row.",
            "row",
            "A row broke out between the coach and the board.",
        ),
        (
            "The bank kept its rate at 4.25% on Thursday, the third hold in a row.",
            "hold in a row",
            "The bank held its rate at 4.25% on Thursday.",
        ),
    ],
)
def test_a_happening_noun_in_a_set_phrase_is_none(text: str, noun: str, contrast: str) -> None:
    assert by_trigger(contrast), contrast
    got = by_trigger(text)
    assert noun not in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A storm hit the coast on Monday.", "storm"),
        ("A flood of the river closed the road on Monday.", "flood"),
        ("A row broke out over the harbour fees on Monday.", "row"),
    ],
)
def test_the_same_nouns_outside_the_set_phrase_stay(text: str, noun: str) -> None:
    """Guard: the literal happening, and "a flood of" before a determiner (the thing itself)."""
    got = by_trigger(text)
    assert noun in got, {t: e.type for t, e in got.items()}


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (
            "The Bank of Veloria kept its main rate at 4.25% on Thursday and said it could start cutting rates "
            "in April.",
            "The Bank of Veloria could start cutting rates in April.",
        ),
        (
            "Harrow Foods held its prices in May and said it would raise them in June.",
            "Harrow Foods would raise them in June.",
        ),
    ],
)
def test_a_subject_before_a_past_not_in_ed_reports_the_joined_claim(text: str, summary: str) -> None:
    """ "X kept ... and said it could": the subject ends before "kept" (it ran on to "kept", "its" taken for the
    verb)."""
    got = rules_events(text)
    assert summary in [e.summary for e in got], [e.summary for e in got]


def test_a_subject_before_a_verb_in_ed_still_reports() -> None:
    """Guard: the verb in -ed was read before."""
    got = rules_events("The council approved the budget and said it would cut bus fares in April.")
    assert "The council would cut bus fares in April." in [e.summary for e in got]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour United signed Dario Vance on Monday. He scored 31 goals last season.",
        "Linwood Albion have signed striker Dario Vance for a fee of 45m euros. He scored 31 goals last season.",
    ],
)
def test_a_club_is_no_he(text: str) -> None:
    """A club's name typed a person was the "he" of the next sentence ("Harbour United scored 31 goals")."""
    (goal,) = [e for e in rules_events(text) if e.trigger == "scored"]
    assert not goal.summary.startswith(("Harbour United", "Linwood Albion")), goal.summary


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Deeper in the sentence the plural verb is a pair's; a first name makes a person.
        ("Chelsea Varga said she and husband Marek Lenner are moving to Oslo.", "Marek Lenner"),
        ("Ana Ruiz and Marek Lenner have resigned from the board.", "Marek Lenner"),
    ],
)
def test_a_person_before_a_plural_verb_stays_a_person(text: str, name: str) -> None:
    """Guard: only a name opening its sentence, with no first name, is taken for a team by its plural verb."""
    types = {e.name: e.type for e in rules(text, PUBLISHED).entities}
    assert types.get(name) == "person", types


def test_a_name_opening_its_sentence_with_a_plural_verb_is_no_person() -> None:
    types = {e.name: e.type for e in rules("Dunmore Vale have appointed a new manager.", PUBLISHED).entities}
    assert types.get("Dunmore Vale") == "organization", types


@pytest.mark.parametrize(
    ("text", "trigger", "summary"),
    [
        (
            "The man who was arrested in May appeared in court on Monday.",
            "arrested",
            "The man was arrested in May.",
        ),
        (
            "The man who was arrested in Leeds appeared in court on Monday.",
            "arrested",
            "The man was arrested in Leeds.",
        ),
        (
            "A wildfire that has burned 14,000 acres moved within two miles of the town.",
            "wildfire",
            "A wildfire has burned 14,000 acres.",
        ),
    ],
)
def test_a_relative_with_no_commas_ends_before_the_main_verb(text: str, trigger: str, summary: str) -> None:
    """A restrictive relative's event ran on into its sentence's main verb ("The man was arrested in May appeared in
    court on Monday.")."""
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert got[trigger].summary == summary


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        # A clause of the relative's own ("found that some bottles held"), a relative that is the verb's object ("in
        # which lawmakers adopted"): no main verb to cut at.
        (
            "The recall came after laboratory tests found that some bottles held more of the drug than their labels "
            "stated.",
            "tests",
            "held more of the drug",
        ),
        (
            "The bill passed after a debate of more than 11 hours in which lawmakers adopted three amendments.",
            "debate",
            "adopted three amendments",
        ),
    ],
)
def test_a_relative_s_own_words_stay(text: str, trigger: str, kept: str) -> None:
    """Guard: the words the cut must keep (each was cut at the first try of the rule)."""
    got = by_trigger(text)
    assert trigger in got, {t: e.type for t, e in got.items()}
    assert kept in got[trigger].summary, got[trigger].summary


@pytest.mark.parametrize(
    "text",
    [
        "The storm, which has flooded roads since Monday, moved east on Tuesday.",
        "The storm, which has flooded roads since the weekend, moved east on Tuesday.",
    ],
)
def test_the_object_of_since_is_no_subject_of_the_main_verb(text: str) -> None:
    """ "since Monday, moved east": the day was told as what was moved ("Monday was moved east on Tuesday.")."""
    got = by_trigger(text)
    assert got["moved"].summary == "The storm moved east on Tuesday.", got["moved"].summary


def test_a_participle_set_off_after_its_subject_is_still_told_of_it() -> None:
    """Guard: the set-off participle the rule is for."""
    got = by_trigger("Sunvale, founded in 1988, carried 410,000 customers last year, up 3 per cent.")
    assert got["founded"].summary == "Sunvale was founded in 1988."


# The review of session 17's change (confident wrong answers on ordinary news, each new this session).


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("He denied that he was at the scene and was arrested on Monday.", "arrested"),
        ("The minister denied that she knew of the leak before she resigned in May.", "resigned"),
    ],
)
def test_a_denial_does_not_reach_the_clauses_joined_after_it(text: str, trigger: str) -> None:
    got = by_trigger(text)
    assert got[trigger].status == "occurred", got[trigger]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The council closed the library, a decision that angered residents.", "closure"),
        ("The court freed the journalist, a ruling that stunned the government.", "release"),
    ],
)
def test_a_judging_noun_in_apposition_keeps_the_verb_s_type(text: str, type_: str) -> None:
    got = rules_events(text)
    assert [e.type for e in got] == [type_], [(e.trigger, e.type) for e in got]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry carried 300 to 400 a day last summer.",
        "The pump failed 2 to 3 times a week.",
        "Rovers were defeated 3-1 on Saturday.",
    ],
)
def test_an_everyday_verb_of_voting_counts_no_votes(text: str) -> None:
    units = [f.unit for f in rules(text, PUBLISHED).figures]
    assert units, text  # the amounts are read (the guard cannot pass on an empty extraction)
    assert "votes" not in units, units


@pytest.mark.parametrize(
    "text",
    [
        "The amendment failed 68 to 79 on Tuesday.",
        "Board member Ana Ruiz proposed a smaller fee of $7, which failed 3-6.",
        "The bill passed the Senate 52 to 48.",
    ],
)
def test_a_vote_s_tally_still_counts_votes(text: str) -> None:
    """Guard: what was voted on is in the sentence before the verb."""
    units = [f.unit for f in rules(text, PUBLISHED).figures]
    assert units.count("votes") == 2, units


def test_two_labels_joined_by_or_are_no_range() -> None:
    (low, *_rest) = rules("Bus routes 12 or 40 will be cut from June.", PUBLISHED).figures
    assert low.value_max is None, low


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Exports fell 3% last year while imports rose 5%.", "rose"),
        ("Shares in the firm grew by 5% on Monday while the market fell.", "fell"),
    ],
)
def test_a_change_after_while_is_a_contrast_not_ongoing(text: str, trigger: str) -> None:
    got = by_trigger(text)
    assert got[trigger].status == "occurred", got[trigger]


def test_an_activity_after_while_is_still_ongoing() -> None:
    """Guard: the clause the "while" rule is for."""
    got = by_trigger("The bank suspended two clerks while it investigated.")
    assert got["investigated"].status == "ongoing"
