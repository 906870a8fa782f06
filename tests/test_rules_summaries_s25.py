"""Session 25 (issue 15): every event summary a self-contained sentence. The confident wrong summaries session 24's
lead found (a description's "that" relative, the speaker's own act run on after what was said, a coordinated verb
phrase after a reporting tail, a quotation before a speaker who "told" a broadcaster, a speaker's participle after a
reporting tail, a passive after a subordinator, a plural of people taken for a person), each with sentences written
for the test and hard negatives the change must leave alone (see docs/event-summaries.md, "Session 25").
"""

from __future__ import annotations

from tests.rules_support import run


def _all(text: str) -> list[str]:
    return [e.summary for e in run(text).events]


def _of_type(text: str, kind: str) -> list[str]:
    return [e.summary for e in run(text).events if e.type == kind]


# --------------------------------------------------------------------------- a description's "that" relative


def test_a_that_relative_in_a_description_set_off_tells_of_the_name() -> None:
    text = "Harbour Rowing, the rowing club that won the regatta twice, will close next year."
    assert _of_type(text, "win") == ["Harbour Rowing won the regatta twice."]
    assert _of_type(text, "closure") == ["Harbour Rowing will close next year."]


def test_that_opening_what_was_said_is_no_relative() -> None:
    # guard: no comma sets a description off ("the pier that collapsed" is told as before)
    assert _of_type(
        "The Dover Gazette said that the pier that collapsed in May would reopen.", "collapse"
    ) == ["The pier that collapsed in May would reopen."]


# --------------------------------------------------------------------------- the speaker's own act after the claim


def test_the_speakers_call_after_what_was_said_ends_the_claims_event() -> None:
    text = "The Fenwick Growers Union said potato prices rose 9% in October and called for state support."
    assert _of_type(text, "rise") == ["Potato prices rose 9% in October."]
    assert _of_type("The union said prices rose 9% in October and urged calm.", "rise") == [
        "Prices rose 9% in October."
    ]


def test_a_second_verb_of_the_claims_own_subject_stays() -> None:
    # guards: two verbs of what was said, one subject
    assert _all("The minister said prices rose and fell in May.") == ["Prices rose.", "Prices fell in May."]
    assert _all("Police said the driver fled the scene and was arrested later.") == [
        "The driver fled the scene.",
        "The driver was arrested later.",
    ]


# --------------------------------------------------------------------------- a coordinated verb phrase after a tail


def test_a_verb_of_belief_after_a_reporting_tail_takes_the_clauses_subject() -> None:
    text = "The rocket was due to launch on Monday, engineers said, and is thought to have exploded."
    assert _of_type(text, "explosion") == ["The rocket is thought to have exploded."]
    assert _of_type(text, "launch") == ["The rocket was due to launch on Monday."]


# --------------------------------------------------------------------------- a quotation, then "told" a broadcaster


def test_a_quotation_before_its_speaker_told_a_broadcaster_is_whom_they_spoke_to() -> None:
    text = '"We were lucky today," Ada Varga told the regional broadcaster after the semi-final.'
    assert _of_type(text, "interview") == [
        "Ada Varga spoke to the regional broadcaster after the semi-final."
    ]
    text = '"We were lucky today," Ada Varga told the national broadcaster.'
    assert _of_type(text, "interview") == ["Ada Varga spoke to the national broadcaster."]


def test_a_quotation_before_a_pronoun_speaker_names_the_speaker() -> None:
    text = 'Noel Castor won the stage. "I was tired," he told the national broadcaster.'
    assert _of_type(text, "interview") == ["Noel Castor spoke to the national broadcaster."]


# --------------------------------------------------------------------------- a speaker's participle after a tail


def test_a_participle_of_speech_after_a_reporting_tail_is_the_speakers_act() -> None:
    text = 'A statue was removed, the museum said on Friday, apologising for what it called "an error of judgement".'
    assert _of_type(text, "apology") == ['The museum apologised for what it called "an error of judgement".']
    assert _of_type(text, "removal") == ["A statue was removed."]


def test_a_participle_of_result_after_a_reporting_tail_is_not_the_speakers() -> None:
    # guard: "leaving" is no act of the council's
    assert _all("Four houses were flooded, the council said, leaving two roads closed.") == [
        "Four houses were flooded."
    ]


# --------------------------------------------------------------------------- a passive after a subordinator


def test_a_passive_after_a_subordinator_is_told_of_who_underwent_it() -> None:
    text = (
        "The county board on Monday approved a $2 million payment to 14 farmers and growers who sued after being "
        "injured in the spill."
    )
    assert "14 farmers and growers were injured in the spill." in _all(text)
    assert _of_type("Two dockers were arrested after being stopped by police.", "stop") == [
        "Two dockers were stopped by police."
    ]
    assert _of_type("Greta Holm resigned before being sacked.", "sacking") == ["Greta Holm was sacked."]


def test_the_first_verb_before_the_passive_is_left_as_it_was() -> None:
    # guards: the events before the subordinator keep their summaries
    assert _of_type("Two dockers were arrested after being stopped by police.", "arrest") == [
        "Two dockers were arrested."
    ]
    assert _of_type("Greta Holm resigned before being sacked.", "resignation") == ["Greta Holm resigned."]


# --------------------------------------------------------------------------- a plural of people is no person


def test_a_plural_of_people_before_said_is_not_whom_her_stands_for() -> None:
    text = "Surgeons said the transplant was performed at Marlow on a 41-year-old nurse. Her sister donated the kidney."
    assert _of_type(text, "donation") == ["Her sister donated the kidney."]


# --------------------------------------------------------------------------- the lead's findings (LEAD-NOTE-s25-1)


def test_a_participle_set_off_by_two_commas_tells_what_was_done_to_its_noun() -> None:
    assert _of_type("The choir, founded in 1954, depends on the fund for half of its money.", "founding") == [
        "The choir was founded in 1954."
    ]
    text = "The council had expected the toll, introduced in March 2024, to raise about 3 million pounds."
    assert _of_type(text, "introduction") == ["The toll was introduced in March 2024."]


def test_a_participle_set_off_before_and_is_left_as_it_was() -> None:
    # guard: "beaten only once" may be the cup's or the club's; the main clause does not go on after the comma
    assert _of_type("Westport won the cup, beaten only once, and lifted the trophy.", "win") == [
        "Westport won the cup, beaten only once."
    ]


def test_a_happening_and_a_time_before_its_own_verb_is_told_with_the_verb() -> None:
    text = "A consultation last spring drew 2,300 replies, of which 60% backed the scheme, the council said."
    # Session 32 (s32-evmiss): ", of which" opens a clause of its own, whose backing is an event of its own (dev26 labels
    # "58 per cent backed restrictions" so): the consultation's summary ends before it, its time still told.
    assert _of_type(text, "consultation") == ["A consultation last spring drew 2,300 replies."]
    assert _of_type(text, "backing") != []


def test_a_verb_of_telling_after_and_with_its_object_cut_off_is_left_out() -> None:
    text = (
        "Ed Marsh, 61, a retired baker, found the old coins in June and reported them to the local coroner."
    )
    assert _of_type(text, "finding") == ["Ed Marsh, 61, a retired baker, found the old coins in June."]


def test_a_clause_with_its_own_pronoun_subject_after_and_ends_the_verb_phrase() -> None:
    text = "The nurses' union said members had not been consulted about the new rota and it was considering a strike."
    assert _of_type(text, "consultation") == ["Members had not been consulted about the new rota."]


def test_a_passive_with_a_sum_shares_the_auxiliary_before_and() -> None:
    text = "A jockey has been suspended for two years and fined £12,000."
    assert _of_type(text, "fine") == ["A jockey has been fined £12,000."]
    # guard: an object that is no sum leaves the verb active
    assert _of_type("Two men were attacked and robbed a shop.", "robbery") == ["Two men robbed a shop."]


# --------------------------------------------------------------------------- a happening's own participle of holding


def test_a_participle_of_holding_after_the_noun_is_the_verb() -> None:
    text = "In a Dover Gazette poll conducted on Thursday, 61 percent backed the toll."
    assert _of_type(text, "survey") == ["A Dover Gazette poll was conducted on Thursday."]
    assert _of_type("A rally held in Dover on Friday drew 2,000 people.", "rally") == [
        "A rally was held in Dover on Friday."
    ]


def test_a_survey_that_found_something_keeps_what_it_found() -> None:
    # guard: the noun's own verb of finding tells more than that it was held
    assert _of_type("A survey conducted in May found most voters backed the toll.", "survey") == [
        "A survey conducted in May found most voters backed the toll."
    ]


# --------------------------------------------------------------------------- the reviews of this session's branch


def test_that_after_a_verb_of_saying_is_no_relative_before_a_passive() -> None:
    text = "Officials said that patients were moved after being exposed to the virus."
    assert _of_type(text, "exposure") == ["Patients were exposed to the virus."]


def test_a_fronted_adverb_or_phrase_is_no_noun_a_participle_describes() -> None:
    text = "Elsewhere, injured passengers were treated in hospital, officials said."
    assert _of_type(text, "injury") == ["Elsewhere, injured passengers were treated in hospital."]
    assert _of_type("In Leeds, flooded homes were evacuated, the council said.", "flood") == [
        "In Leeds, flooded homes were evacuated."
    ]
