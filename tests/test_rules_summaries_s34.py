"""Session 34 (s34-sum): every event summary a self-contained sentence (issue 15). Shapes no sentence has, found by a
scan of every read set's summaries and the lead's articles (see docs/event-summaries.md, "Session 34"): a verb group
with its subject lost ("Will stay shut out of the talks."), a subject recorded with its adverbs, its verb group or its
frame of saying and borrowed so ("Quenlo denied that it did not say ..."), a closing quotation mark and an inverted
verb of saying opening the summary, "And that", an owner with a participle told by a possessive, a body's head word
alone ("Hospital had hired ..."), "took place" after a clause with its own verb, a cut superlative, the first of a
pair of subjects cut, a fronted question before a described and named person's refusal, "it" after a superlative and
"since"; and a thing told by "the" named from the article's own fuller mention. Sentences written for the tests, with
invented names; the hard negatives beside them."""

from __future__ import annotations

from tests.rules_support import run


def _all(text: str) -> list[str]:
    return [e.summary for e in run(text).events]


# --------------------------------------------------------------------------- a subject lost before a verb group


def test_a_verb_group_after_but_takes_the_first_verbs_subject() -> None:
    got = _all(
        "The nationalist Harrow Party more than doubled its seats to 11 but will stay shut out of the talks."
    )
    assert "The nationalist Harrow Party will stay shut out of the talks." in got
    assert not any(s.startswith("Will stay") for s in got)


def test_the_next_its_is_not_owned_by_a_verb_group() -> None:
    got = _all(
        "The nationalist Harrow Party more than doubled its seats to 11 but will stay shut out of the talks. "
        "Its leader is said to have considered stepping down."
    )
    assert not any("Will stay’s" in s or "will stay’s" in s for s in got)


def test_a_verb_group_after_and_takes_the_opening_subject_when_no_event_was_made() -> None:
    got = _all("The ship sailed for Gravesholm instead and is expected to arrive there on Sunday morning.")
    assert "The ship is expected to arrive there on Sunday morning." in got


def test_a_verb_group_after_an_aside_of_examples_takes_the_noun_before_it() -> None:
    got = _all(
        "Administrator Nadia Kelly said the club's 140 staff, including its players, had not been paid."
    )
    assert "The club's 140 staff had not been paid." in got


def test_an_aside_of_examples_inside_whether_is_told_as_the_open_question() -> None:
    got = _all(
        "Quenlo denied that it had tried to hide the change. It did not say whether its other bars, including "
        "the Harbour Block, would shrink too."
    )
    assert "Whether its other bars would shrink too is not known." in got
    assert "Would shrink too." not in got


def test_doing_so_stays_the_subject() -> None:
    got = _all(
        "Engineers believe its own thrusters could lift it to a usable orbit, he said, but doing so would burn "
        "fuel meant for 15 years of operation."
    )
    assert "Doing so would burn fuel meant for 15 years of operation." in got


def test_an_inversion_and_a_question_keep_their_verb_first() -> None:
    # hard negatives: a conditional inversion and a direct question open with their auxiliary by right
    got = _all("Had Sanders won the popular vote, they would have swung to him.")
    assert all(s.startswith("Had Sanders") for s in got)


# --------------------------------------------------------------------------- what a later clause borrows


def test_a_frame_of_saying_is_not_what_the_next_it_stands_for() -> None:
    got = _all(
        "Sollmere denied that it had ever paid a prize after the deadline. It declined to say how many tickets "
        "the shop had sold."
    )
    assert "Sollmere declined to say how many tickets the shop had sold." in got
    assert not any("denied that it declined" in s for s in got)


# --------------------------------------------------------------------------- openings no sentence has


def test_a_quotation_tail_before_a_relative_is_not_kept() -> None:
    got = _all(
        "“We are a small library with a very large problem,” said Ollerby-Hine, who has worked there for 29 years."
    )
    # s34-evmiss reads no event from a speaker's "who has worked there" (dev30's gold labels none); if an event is
    # read from it, its summary is the clean sentence, never the quotation's tail and the inverted "said"
    assert got in ([], ["Ollerby-Hine has worked there for 29 years."]), got
    assert not any(s.startswith(("”", "’")) or "said Ollerby-Hine" in s for s in got)


def test_and_that_of_a_second_reported_clause_is_dropped() -> None:
    got = _all(
        "He said the association had hired 40 extra surveyors, and that rents, which rose by 7.7 per cent in "
        "April, would be frozen next year."
    )
    assert "Rents would be frozen next year." in got
    assert not any(s.startswith("And that") for s in got)


def test_an_owner_with_a_participle_is_told_with_of() -> None:
    got = _all(
        "A ferry carrying 300 passengers lost power off Skye on Monday. Its starboard engine was shut down soon "
        "after."
    )
    assert "The starboard engine of a ferry carrying 300 passengers was shut down soon after." in got


def test_an_owner_with_a_participle_in_the_articles_own_words_is_kept() -> None:
    # hard negative: the article wrote the possessive itself
    got = _all("A man walking his dog's lead was found.")
    assert not any(s.startswith("The lead of") for s in got)


def test_a_bodys_head_word_alone_is_told_with_the() -> None:
    got = _all(
        "Authority chairman Lionel Graves said the board had voted. The authority said it would review tolls "
        "again in 2029."
    )
    assert "The authority would review tolls again in 2029." in got
    assert "Authority would review tolls again in 2029." not in got


# --------------------------------------------------------------------------- endings and pairs


def test_a_clause_with_its_own_verb_does_not_take_place() -> None:
    got = _all(
        "It was the network's second outage this year; in May, a fire at a data centre cut service for three hours."
    )
    assert "A fire at a data centre cut service for three hours." in got
    assert not any(s.endswith("took place.") and "cut service" in s for s in got)


def test_a_participle_and_a_time_still_take_place() -> None:
    # hard negative: "conducted last year" is a participle, not the noun's verb with an object
    got = _all("A survey conducted last year for the council found 200 empty homes.")
    assert "A survey conducted last year for the council found 200 empty homes." in got


def test_a_superlative_cut_from_its_comparison_is_dropped() -> None:
    got = _all(
        "The glacier's tongue retreated 84 metres last summer, the most since measurements began in 1878, the "
        "institute said in a report."
    )
    assert "The glacier's tongue retreated 84 metres last summer." in got
    assert not any(s.endswith("the most.") for s in got)


def test_the_first_of_a_pair_of_subjects_is_given_back() -> None:
    got = _all(
        "Beekeepers lost 40 per cent of their colonies. A wet autumn and a mite outbreak were to blame, it said."
    )
    assert "A wet autumn and a mite outbreak were to blame." in got
    assert "A mite outbreak were to blame." not in got


def test_a_pair_of_names_is_told_whole_as_before() -> None:
    got = _all("Police and firefighters rescued two people from the river on Monday.")
    assert "Police and firefighters rescued two people from the river on Monday." in got


def test_a_question_before_a_described_and_named_refusal() -> None:
    got = _all(
        "Asked whether the prize fund would rise again, the club's treasurer, Ilse Brandauer, declined to say."
    )
    assert (
        "Ilse Brandauer, the club's treasurer, declined to say whether the prize fund would rise again."
        in got
    )


def test_it_after_a_superlative_and_since_is_not_the_superlative() -> None:
    got = _all(
        "Beekeepers lost 40 per cent of their colonies, the association said on Monday, the highest share since "
        "it began its survey in 2014."
    )
    assert not any(s.startswith("The highest share began") for s in got)


# --------------------------------------------------------------------------- subordinate clauses, quotations, "It"


def test_a_condition_spliced_to_its_main_clause_keeps_its_if() -> None:
    got = _all("If the council did not cut its budget, harm would come to the schools.")
    assert "If the council did not cut its budget, harm would come to the schools." in got
    assert "The council did not cut its budget, harm would come to the schools." not in got


def test_a_time_clause_spliced_to_a_long_subject_keeps_its_subordinator() -> None:
    got = _all("After it was over, both men issued a statement.")
    assert not any(s.startswith("It was over, both men") for s in got)


def test_a_subordinator_told_already_is_not_told_twice() -> None:
    got = _all(
        "Even as they all vowed to carry on regardless of the results, the sense of urgency was evident."
    )
    assert not any("Even as Even as" in s for s in got)


def test_a_noun_of_happening_with_its_own_past_ending_the_clause() -> None:
    got = _all("When the storm hit, the town lost power.")
    assert "The storm hit." in got
    assert "The storm hit took place." not in got


def test_a_quotation_cut_from_its_opening_mark_is_marked_again() -> None:
    got = _all(
        "“We will not be cowed by this. In the face of terror this town does not panic,” Greta Holm told a crowd "
        "in Dover on Tuesday night."
    )
    assert not any(s.startswith("In the face of terror this town does not panic,”") for s in got)


def test_a_happening_after_a_preposition_is_not_the_next_it() -> None:
    got = _all(
        "Norrland Midstream shut the pipeline on Tuesday after a leak. It expects to restart the line within "
        "10 days."
    )
    assert not any(s.startswith("A leak expects") for s in got)


def test_a_days_possessive_tells_the_thing_in_full() -> None:
    got = _all(
        "Greta Holm won Thursday's Republican debate in Dover. Tom Vale attacked the city's mayor during the debate."
    )
    assert "Tom Vale attacked the city's mayor during Thursday's Republican debate." in got


def test_two_days_debates_compete_and_the_noun_stays() -> None:
    got = _all(
        "Greta Holm won Thursday's debate in Dover. Tom Vale lost Friday's debate. Tom Vale attacked the mayor "
        "during the debate."
    )
    assert "Tom Vale attacked the mayor during the debate." in got
