"""Quote speakers, issue 14 session 4: error kinds read on PolNeAR train, tested on sentences of our own.

Each kind has a positive case and a hard negative: a nearby name that is not the speaker, a
phrase that looks like the form but is not.
"""

from __future__ import annotations

from tests.rules_support import INTRO, quote, run

# --------------------------------------------------------------------------- 1b. a long appositive after the quote


def test_name_after_quote_with_long_relative_appositive_before_the_cue() -> None:
    ex = run(
        INTRO + "“That bridge will never pay for itself,” Ron Castell, a retired engineer who has fought "
        "the project for a decade at the county board, said of the plan."
    )
    assert quote(ex, "That bridge").speaker == "Ron Castell"


def test_far_cue_needs_the_name_right_after_the_quote() -> None:
    # The cue's subject is a name inside the writer's sentence, not one opening it after the quote.
    ex = run(
        INTRO + "“That bridge will never pay for itself,” and the council heard it twice from a man whom "
        "Ron Castell, a retired engineer who has fought the project, said was his brother."
    )
    assert all(q.speaker != "Ron Castell" for q in ex.quotes)


# --------------------------------------------------------------------------- 1c. any verb after a quote closed by a comma


def test_name_and_uncued_verb_after_a_comma_closed_quote() -> None:
    ex = run(INTRO + "“Nobody asked the people of Eastfield,” Ron Castell shot back with a grin.")
    assert quote(ex, "Nobody asked").speaker == "Ron Castell"


def test_possessive_after_a_quote_is_no_speaker() -> None:
    # "Castell’s neighbours" are the ones who cheered; Castell himself is only their owner.
    ex = run(INTRO + "“Nobody asked the people of Eastfield,” Castell’s neighbours chanted outside the hall.")
    assert all(q.speaker != "Castell" for q in ex.quotes)


def test_quote_closed_by_a_period_does_not_take_the_next_sentence_subject() -> None:
    ex = run(
        INTRO + "Whitfield read the motion. “Nobody asked the people of Eastfield.” Ron Castell walked out."
    )
    assert all(q.speaker != "Ron Castell" for q in ex.quotes)


# --------------------------------------------------------------------------- 2c. any verb before a comma and the quote


def test_pronoun_and_question_verb_before_the_quote() -> None:
    ex = run(INTRO + "She asks, “Who will pay for the new bridge over the river?”")
    assert quote(ex, "Who will pay").speaker == "Dana Whitfield"


def test_name_and_verb_with_a_particle_before_the_quote() -> None:
    ex = run(INTRO + "Later, Ron Castell wondered aloud, “Who will pay for the new bridge over the river?”")
    assert quote(ex, "Who will pay").speaker == "Ron Castell"


def test_name_inside_a_longer_phrase_before_the_quote_is_no_speaker() -> None:
    # "the Eastfield delegates" is a prepositional object, not a subject opening the clause.
    ex = run(INTRO + "At the meeting of the Eastfield delegates, “who pays for the bridge” was the question.")
    assert all(q.speaker != "Eastfield" for q in ex.quotes)


# --------------------------------------------------------------------------- verb chains and appositives


def test_infinitive_cue_in_a_verb_chain_gives_the_main_subject() -> None:
    ex = run(INTRO + "Ron Castell was quick to say, “That bridge will never pay for itself.”")
    assert quote(ex, "That bridge").speaker == "Ron Castell"


def test_infinitive_cue_after_an_object_keeps_the_main_subject_not_the_object() -> None:
    # "Whitfield" is the object of "urged"; the one urging is Castell.
    ex = run(INTRO + "Ron Castell urged Whitfield to say, “That bridge will never pay for itself.”")
    assert quote(ex, "That bridge").speaker != "Dana Whitfield"


def test_party_and_state_appositive_before_a_describing_verb() -> None:
    ex = run(
        INTRO + "Senator Ron Castell, Republican of West Virginia, called over his shoulder, "
        "“That bridge will never pay for itself.”"
    )
    assert quote(ex, "That bridge").speaker == "Ron Castell"


def test_description_with_a_relative_clause_before_the_cue() -> None:
    ex = run(
        INTRO + "Ron Castell, a retired engineer who has spent a decade fighting the project at the county "
        "board and in the courts, said, “That bridge will never pay for itself.”"
    )
    assert quote(ex, "That bridge").speaker == "Ron Castell"


def test_relative_clause_naming_another_person_does_not_take_the_quote() -> None:
    # The relative clause names Whitfield; the subject of "said" is still Castell.
    ex = run(
        INTRO + "Ron Castell, a retired engineer who has opposed Dana Whitfield since her first term, "
        "said, “That bridge will never pay for itself.”"
    )
    assert quote(ex, "That bridge").speaker == "Ron Castell"


# --------------------------------------------------------------------------- subjects and pronoun referents


def test_subordinator_is_not_part_of_the_speaker_name() -> None:
    ex = run(INTRO + "When Castell said the bridge was “a waste of money for the town,” the crowd booed.")
    q = quote(ex, "a waste")
    assert q.speaker is not None and not q.speaker.startswith("When")


def test_capitalised_modifiers_of_a_role_are_no_person_for_she() -> None:
    ex = run(
        "Presumptive Republican nominee Dana Whitfield called on the council to act.\n\n"
        "She said, “We cannot wait another year for this bridge.”"
    )
    assert quote(ex, "We cannot wait").speaker == "Dana Whitfield"


def test_place_names_are_never_what_he_stands_for() -> None:
    ex = run(
        "Ron Castell spent the weekend at his cabin.\n\n"
        "The cabin sits on Lake Winola, next to Fort Dunmore.\n\n"
        "“We will close the road for the summer,” he said."
    )
    assert quote(ex, "We will close").speaker == "Ron Castell"


def test_he_after_two_men_takes_the_subject_not_the_object() -> None:
    ex = run(
        "Ron Castell met Tom Breyer at the county board on Monday.\n\n"
        "“We will close the road for the summer,” he said."
    )
    assert quote(ex, "We will close").speaker == "Ron Castell"


# --------------------------------------------------------------------------- 3b. a lead-in sentence before a bare quote


def test_bare_quote_after_a_lead_in_sentence_is_its_subjects() -> None:
    ex = run(
        "“This is a terrible idea,” Ron Castell said.\n\n"
        "On Monday, Mayor Dana Whitfield announced a lawsuit against the county. "
        "“We will see them in court before the summer is out.”"
    )
    assert quote(ex, "We will see").speaker == "Dana Whitfield"


def test_bare_quote_after_a_sentence_naming_its_object_is_not_the_objects() -> None:
    # Whitfield is who the police arrested, not who is quoted.
    ex = run(
        "Ron Castell chairs the county board.\n\n"
        "Police arrested Dana Whitfield on Monday. “She is a danger to the whole town and its people.”"
    )
    assert all(q.speaker != "Dana Whitfield" for q in ex.quotes)


def test_lead_in_sentence_in_another_paragraph_gives_nothing() -> None:
    ex = run(
        "Dana Whitfield chairs the county board.\n\n“We will see them in court before the summer is out.”"
    )
    assert all(q.speaker != "Dana Whitfield" for q in ex.quotes)


def test_partial_quote_comma_is_the_writers_not_a_speaker_cue() -> None:
    # "chilling" is Whitfield's word (the one who called it so); Castell is what the clip showed.
    ex = run(
        INTRO + "In a clip that Mayor Dana Whitfield called “chilling,” Ron Castell hurled a chair at the "
        "county clerk."
    )
    assert all(q.speaker != "Ron Castell" for q in ex.quotes)


def test_a_first_name_that_is_also_a_place_word_is_still_a_person() -> None:
    ex = run(
        "Former prosecutor Glen Kopp spoke after the hearing.\n\n"
        "“Nobody should be surprised by the interview request,” he said."
    )
    assert quote(ex, "Nobody should").speaker == "Glen Kopp"
