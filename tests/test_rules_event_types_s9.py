"""Session 9 event kinds (issue 15): happenings the rules missed on every set, typed by their own noun.

Every sentence is written for this file. Each kind has cases next to hard negatives: sentences that
share the word but must keep another type or give no event at all. The policy is in docs/events.md
("Session 9").
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

PUBLISHED = "2025-09-17"


_AT = EventTyping(PUBLISHED)
by_trigger = _AT.by_trigger
assert_type = _AT.assert_type


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Common news verbs the lexicon lacked, each named by its own noun.
        ("The plan was accepted by the finance committee on Monday.", "accepted", "acceptance"),
        ("Engineers examined the cracked beam on Thursday.", "examined", "examination"),
        ("The pump had been replaced during a refit in May.", "replaced", "replacement"),
        ("Fog at the airport diverted nine flights to Ardley.", "diverted", "diversion"),
        ("The statistics office revised its estimate of growth.", "revised", "revision"),
        ("The landlords' group will challenge the rules in the High Court.", "challenge", "challenge"),
        # A verb with no noun of a happening keeps its family's: a skid off a runway is an accident.
        ("A cargo plane skidded off the runway at Ostrow on Friday.", "skidded", "accident"),
        # Storms batter a coast: the storm names the event, as when it kills.
        ("Storm Petra battered the northern coast overnight.", "battered", "storm"),
        # Aircraft touch down: a landing.
        ("The flight from Oslo touched down at 9:15 p.m.", "touched down", "landing"),
        # A currency that slips has fallen: a fall (Session 10, the plain noun of the direction).
        ("The lira slipped 0.6% against the dollar.", "slipped", "fall"),
    ],
)
def test_news_verbs_by_their_own_noun(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # "accepted that": words said, not an acceptance.
        "The minister accepted that mistakes were made.",
        # Slipping in the body's sense is no change of a figure.
        "The goalkeeper slipped on the wet grass.",
        "The patient slipped into a coma.",
        # "touched" alone is no landing.
        "The report touched on the cost of the scheme.",
    ],
)
def test_news_verbs_hard_negatives(text: str) -> None:
    got = by_trigger(text)
    assert not {"accepted", "slipped", "touched"} & set(got), got


def test_a_tally_makes_a_failed_or_passed_motion_a_vote() -> None:
    assert_type("The amendment failed 41 to 57 on Wednesday.", "failed", "vote")
    assert_type("The motion passed 12 to 3.", "passed", "vote")
    # Without a tally, a failure stays a failure.
    assert_type("The talks failed in the spring.", "failed", "failure")
    # "carried" keeps its tally with "votes": a bus carrying passengers is no vote.
    assert "carried" not in by_trigger("The bus carried 5 to 10 passengers a trip.")


def test_a_rate_held_is_a_hold_only_when_it_happened() -> None:
    assert_type("The central bank held its key rate at 3% on Thursday.", "held", "hold")
    assert_type("The bank has held interest rates since June.", "held", "hold")
    # A wish and a light verb's noun are something else.
    assert "hold" not in by_trigger("Two members wanted to hold the rate at 3.5%.")
    assert_type("Ministers held talks with the unions.", "held talks", "meeting")


def test_a_count_added_is_an_increase_not_words() -> None:
    assert_type("Retailers added 18,000 jobs in August.", "added", "hiring")
    assert_type("The airline added 9 routes this summer.", "added", "expansion")
    # "she added": speech, with or without a time after a count.
    assert "added" not in by_trigger("The plan is sound, she added.")
    assert "added" not in by_trigger('"We will appeal," he added 10 minutes later.')
    assert "added" not in by_trigger("She added that 40 staff would go.")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A website, a podcast, a magazine, owned by someone or not, as an audience: an interview.
        ("The coach told the club's website that the squad was tired.", "told", "interview"),
        ("The minister told a farming podcast on Monday that prices would rise.", "told", "interview"),
        ("Ms Ortega told the magazine that she had no regrets.", "told", "interview"),
        # The vehicle of someone's words after "in a": a video, a letter, an email.
        ("The striker said in a video posted by the club that he was thrilled.", "video", "video"),
        ("The chief executive wrote in a letter to staff that the plant would close.", "letter", "letter"),
        ("The head teacher said in an email to parents that classes would resume.", "email", "email"),
    ],
)
def test_audiences_and_vehicles_of_words(text: str, trigger: str, type_: str) -> None:
    assert_type(text, trigger, type_)


@pytest.mark.parametrize(
    "text",
    [
        # A video, a letter or an email as a thing: no occasion of speech.
        "A video of the collapse was shared online.",
        "The letter was signed by 40 councillors.",
        "Her email was leaked to the press.",
        # Telling people, not an outlet: no interview.
        "The coach told his players to rest.",
    ],
)
def test_vehicles_and_audiences_hard_negatives(text: str) -> None:
    got = by_trigger(text)
    assert not {"video", "letter", "email"} & set(got), got
    assert all(e.type != "interview" for e in got.values()), got


def test_at_the_request_of_is_a_request_beside_the_verb() -> None:
    text = "The agency deployed two pumps at the port authority's request on Friday."
    got = by_trigger(text)
    assert got["deployed"].type == "deployment"
    assert got["deployed"].when is not None  # the time stays the deployment's
    assert got["request"].type == "request"
    assert got["request"].when is None
    assert_type("The mission is at the request of the national government.", "request", "request")
    # A request referred back to or refused is no request told here.
    assert "request" not in by_trigger("The judge denied the request on Tuesday.")
    assert "request" not in by_trigger("The request was unusual, officials said.")


def test_a_definite_noun_with_a_count_is_news() -> None:
    assert_type("Snow forced the cancellation of 31 flights.", "cancellation", "cancellation")
    assert_type("Nurses protested against the closure last May of 16 beds.", "closure", "closure")
    # Without a count the definite noun refers back: no new event.
    assert "closure" not in by_trigger("The closure of the plant was a blow to the town.")
    assert "cancellation" not in by_trigger("The cancellation of the match angered fans.")


def test_a_gerund_after_before_or_since_happened() -> None:
    assert_type("The thieves smashed a window before escaping on foot.", "escaping", "escape")
    got = by_trigger("She has vetoed two bills since taking office in 2022.")
    assert "taking office" in got
    # A gerund after other words is no happening of its own.
    assert "escaping" not in by_trigger("Escaping the heat is hard in July.")


def test_taken_or_rushed_to_hospital_is_a_hospitalisation() -> None:
    assert_type("Two climbers were taken to Glenmore Infirmary on Sunday.", "taken", "hospitalization")
    assert_type("A pedestrian was rushed to hospital after the crash.", "rushed", "hospitalization")
    # Taken anywhere else is no hospitalisation.
    assert "taken" not in by_trigger("The dispute was taken to court in May.")
    assert "taken" not in by_trigger("The suspect was taken to the police station.")


def test_a_named_audience_before_that_leaves_the_claim_its_own_clause() -> None:
    got = by_trigger("The director told Harbour Radio on Monday that the firm had lost £2m in fares.")
    assert got["lost"].type == "loss"
    assert got["lost"].evidence[0].text.startswith("the firm had lost")


def test_a_participle_with_its_agent_and_a_time_happened() -> None:
    assert_type(
        "Figures published by the ministry on Friday showed a rise in waits.", "published", "publication"
    )
    assert_type("The painting was bought by a collector two years later for £9,000.", "bought", "purchase")
    # Without a time the participle with its agent describes the noun: no event of its own.
    assert "set" not in by_trigger("The deadline set by the regulator passed quietly.")
    assert "published" not in by_trigger("Data published by the ministry show long waits.")


def test_things_found_in_the_passive_are_a_discovery() -> None:
    assert_type("The hoard was found by a farmer near Lisk in 2018.", "found", "finding")
    got = by_trigger("No weapons were found in the flat.")
    assert got["found"].type == "finding" and got["found"].status == "negated"
    # An active "found", a finding in words and a verdict are something else.
    assert "found" not in by_trigger("She found the letter in a drawer.")
    assert "found" not in by_trigger("The firm was found to have misled customers.")
    assert_type("He was found guilty of fraud on Monday.", "found guilty", "conviction")


def test_a_noun_before_a_noun_it_modifies_is_no_happening() -> None:
    for text in ("Two men forced a fire door at the back of the shop.", "A fire alarm sounded at noon."):
        assert all(e.type != "fire" for e in by_trigger(text).values()), text
    # A fire is one still.
    assert_type("A fire destroyed a barn near Lisk on Sunday.", "fire", "fire")


def test_talks_are_named_by_their_own_noun() -> None:
    assert_type("Both sides said Tuesday's talks in Geneva were useful.", "talks", "talks")
    # Negotiations stay negotiations.
    assert_type(
        "Both sides said Tuesday's negotiations in Geneva were useful.", "negotiations", "negotiation"
    )


def test_a_definite_noun_told_for_the_first_time_is_news() -> None:
    text = (
        "Residents packed the town hall on Monday. Dozens stood for much of the three-hour meeting, "
        "which ended after midnight."
    )
    assert by_trigger(text)["meeting"].type == "meeting"
    # Told before, the same noun refers back: one meeting.
    told = "The council held a meeting on Monday. Dozens stood for much of the meeting."
    assert [e.type for e in by_trigger(told).values()].count("meeting") == 1
    # A sentence opening with it, a time anchor after "after", and a clause with a verb of its own keep
    # the noun from being a new event.
    assert "inquiry" not in by_trigger("The inquiry was unusual, officials said.")
    assert "hearing" not in by_trigger("Reporters waited outside after the hearing on Monday.")
    assert_type("Officials said the summit ended without a deal.", "ended", "summit")
    # The object of a verb that is no trigger: the verb decides what befell it ("put off" the vote).
    assert "vote" not in by_trigger("Councillors put off the vote on the ferry plan on Tuesday.")
    assert "merger" not in by_trigger("Unions opposed the merger at a rally in Lisk.")
    # The subject of a clause is told there.
    assert_type("They spoke in private because the talks were sensitive.", "talks", "talks")


def test_a_finish_and_bail_by_their_own_nouns() -> None:
    assert_type("Rovers finished ninth last season.", "finished", "finish")
    # "finished with 10 men" is a state of the match, no happening.
    assert "finished" not in by_trigger("Rovers finished with 10 men.")
    assert_type("The suspect was released on bail until June.", "released on bail", "bail")
    # Released without bail stays a release.
    assert_type("The hostages were released on Sunday.", "released", "release")


def test_whose_opens_a_clause_of_its_own() -> None:
    got = by_trigger("The council will open two shelters for families whose homes were flooded.")
    assert got["open"].type == "opening"
    assert got["flooded"].type == "flood"
    assert got["flooded"].status == "occurred"


def test_a_verb_that_presupposes_its_happening_lets_it_be_told() -> None:
    assert_type(
        "Inspector Hale, who is leading the inquiry, said the theft was planned.", "inquiry", "inquiry"
    )
    # The object of a verb that says nothing of whether it happened is not told here.
    assert "inquiry" not in by_trigger("Residents want the inquiry to report by June.")


def test_went_on_to_tells_what_came_next() -> None:
    got = by_trigger("She joined the firm in 1990 and went on to found a charity in Lisk.")
    assert got["found"].type == "founding"
    assert got["found"].status == "occurred"
    # "to" after "on" elsewhere is no such sequel.
    assert "win" not in by_trigger("The club is counting on to win the cup, fans say.")
