"""Session 30 (s30-sum): every event summary a self-contained sentence (issue 15), each kind tested with sentences
written for the tests and the hard negatives the rules must leave alone (see docs/event-summaries.md, "Session 30"):
a subject set off by an aside after "adding that"; a verb after "but" whose trigger is a subordinate clause's; a
person's name, a description and a participle; a modal shared after "and"; a name holding a plural's apostrophe; an
object relative's antecedent before a phrase; "the company" after the article told it by its kind; a law or a bill
named; a thing introduced with a participle phrase; "its" in a subordinate clause after a main clause about one
body."""

from __future__ import annotations

from tests.rules_support import run


def _all(text: str) -> list[str]:
    return [e.summary for e in run(text).events]


# --------------------------------------------------------------------------- subjects kept or found


def test_subject_set_off_by_an_aside_after_adding_that() -> None:
    assert (
        _all(
            "Harlow Rovers said ticket sales had doubled, adding that Petra Lind, the club's chief executive, signed a "
            "new contract on Friday."
        )[-1]
        == "Petra Lind, the club's chief executive, signed a new contract on Friday."
    )


def test_verb_after_but_holding_a_subordinate_trigger_has_the_first_subject() -> None:
    assert "Dorra Vance left as soon as the speeches were finished." in _all(
        "Dorra Vance arrived at the town hall at noon but left as soon as the speeches were finished, her sister said."
    )


def test_verb_after_but_has_the_opening_subject_when_the_first_verb_made_no_event() -> None:
    assert "Dorra Vance left as soon as the speeches were finished." in _all(
        "Dorra Vance didn't stay but left as soon as the speeches were finished, her sister said."
    )


def test_relative_after_a_name_and_description_whose_verb_takes_the_participle() -> None:
    assert "Councillor Ivo Brandt now wants the tower blocked." in _all(
        "Councillor Ivo Brandt, a member of the planning committee who now wants the tower blocked, said the vote "
        "was rushed."
    )


def test_guard_a_new_subject_after_but_is_the_verbs() -> None:
    assert "Wages fell by 2%." in _all("Prices in Tarrow rose in May, but wages fell by 2%.")


def test_name_description_and_participle_told_as_a_passive() -> None:
    assert _all(
        "Tessa Marlow, the former harbour master dismissed by the council in 2019, said the quay was unsafe."
    ) == ["Tessa Marlow was dismissed by the council in 2019."]


def test_guard_a_role_participle_before_the_main_verb_stays() -> None:
    text = "Ana Varga, the first mayor elected in Tarrow in two decades, stopped short of endorsing the plan."
    assert text in _all(text)


# --------------------------------------------------------------------------- LEAD-NOTE-s30-1


def test_bare_be_after_and_shares_the_modal() -> None:
    assert "The closures will be completed by the end of September." in _all(
        "The closures will begin in April and be completed by the end of September."
    )


def test_bare_verb_after_and_shares_the_subjects_modal() -> None:
    # (s30-evmiss: "would create 1,500 jobs" is a planned creation of its own now, LEAD-NOTE-s30-1 item 3, so the cut's
    # summary is one of two)
    assert "The project would cut the country's carbon emissions by 2 per cent." in _all(
        "The project would create 1,500 jobs in the region and cut the country's carbon emissions by 2 per cent."
    )


def test_guard_a_negated_modal_is_not_shared() -> None:
    # how far "not" reaches over "and" cannot be told: no modal is lent
    summaries_ = _all(
        "The project would not create jobs in the region and cut the harbour's emissions by 2 per cent."
    )
    assert all("would cut" not in s and "would not cut" not in s for s in summaries_)


def test_name_with_a_plurals_apostrophe_is_kept_whole() -> None:
    assert _all("The Finance Workers' Union said it would fight the cuts.") == [
        "The Finance Workers' Union would fight the cuts."
    ]
    assert "The Harbour Pilots’ Association would strike in June." in _all(
        "The Harbour Pilots’ Association said on Monday that it would strike in June."
    )


def test_object_relatives_antecedent_goes_before_a_phrase() -> None:
    assert "A gang calling itself Coldharbour demanded the ransom in a message left on the servers." in _all(
        "The trust has not said whether it will pay the ransom, which a gang calling itself Coldharbour "
        "demanded in a message left on the servers."
    )


def test_guard_object_relative_before_a_time_as_before() -> None:
    assert "Ana Varga won the trophy in 2019." in _all(
        "The club sold the trophy, which Ana Varga won in 2019."
    )


def test_its_in_a_subordinate_clause_is_the_one_body_named() -> None:
    assert (
        _all(
            "More than 300 pupils at Larchfield Primary School will be taught in portable classrooms after asbestos "
            "was found in the ceiling of its main hall."
        )[-1]
        == "Asbestos was found in the ceiling of Larchfield Primary School’s main hall."
    )


def test_guard_its_with_two_bodies_stays() -> None:
    assert "Asbestos was found in its main hall." in _all(
        "Pupils at Larchfield Primary School and Ashby College were sent home after asbestos was found in its "
        "main hall."
    )


# --------------------------------------------------------------------------- a thing told by "the" and its noun


def test_company_told_by_its_kind_before_is_named() -> None:
    assert "Brindle Foods will move production to Lisbon." in _all(
        "Executives at Brindle Foods say the company will save £3 million a year. The company will move "
        "production to Lisbon."
    )


def test_guard_company_with_two_firms_stays() -> None:
    assert "The company will close two depots." in _all(
        "Brindle Foods agreed to buy Lantern Bakeries in May. The company will close two depots."
    )


def test_law_named_by_the_one_act_before() -> None:
    assert "The Clean Harbours Act will take effect in July." in _all(
        "Parliament passed the Clean Harbours Act in March. The law will take effect in July."
    )
    assert "The Safer Roads Bill would lower the speed limit in villages to 20mph." in _all(
        "Ministers published the Safer Roads Bill on Tuesday. The bill would lower the speed limit in villages to "
        "20mph."
    )


def test_guard_two_acts_leave_the_law() -> None:
    assert "The law will take effect in July." in _all(
        "Parliament passed the Clean Harbours Act and the Fair Rents Act in March. The law will take effect in July."
    )


def test_thing_introduced_with_a_participle_phrase() -> None:
    assert "The petition signed by 4,000 people will be debated in March." in _all(
        "Residents delivered a petition signed by 4,000 people to Dorrow Council on Monday. The petition will be "
        "debated in March."
    )
    assert "The letter calling for a pay review was signed by 300 drivers." in _all(
        "The drivers' union sent a letter calling for a pay review to the board of Marlstone Tramways. The letter "
        "was signed by 300 drivers."
    )


def test_thing_introduced_with_under() -> None:
    assert "The lawsuit under the Clean Water Act was dismissed in June." in _all(
        "Lawyers for the village filed a lawsuit under the Clean Water Act on Monday. The lawsuit was dismissed in "
        "June."
    )


def test_guard_two_things_and_a_person_stay() -> None:
    assert "The ban will begin in January." in _all(
        "The club announced a ban on glass bottles and a ban on flags. The ban will begin in January."
    )
    assert "The car was stolen in May." in _all(
        "Police found a car near the quay and a van in the lane. The car was stolen in May."
    )


def test_guard_the_introducing_participle_that_is_the_summarys_own_verb() -> None:
    assert "The inspection was ordered in September." in _all(
        "Tarrow Housing admitted faults after an inspection ordered by the regulator found damp in 300 homes. The "
        "inspection was ordered in September."
    )


# --------------------------------------------------------------------------- LEAD-NOTE-s30-2


def test_span_after_of_is_the_nouns_not_a_time_cut_off() -> None:
    assert "The builder, Carl Dunmore, 61, was given a suspended sentence of 14 months." in _all(
        "The builder, Carl Dunmore, 61, was given a suspended sentence of 14 months after he admitted fraud at "
        "Tarrow Crown Court."
    )


def test_participle_after_after_happened_before_the_planned_verb() -> None:
    assert "Train drivers at Westvale Rail rejected a 2.5% pay offer." in _all(
        "Train drivers at Westvale Rail will strike for four days from 12 March after rejecting a 2.5% pay offer."
    )


def test_guard_participle_of_result_still_shares_the_modal() -> None:
    assert "The coastguard station will end 150 years of service." in _all(
        "The coastguard station will close next spring, ending 150 years of service."
    )


def test_relative_kept_when_the_words_before_it_are_a_clause() -> None:
    assert "Merrick had betrayed the trust of the voters elected him." not in _all(
        "Judge Ada Quist said Merrick had betrayed the trust of the voters who elected him."
    )


def test_possessive_of_the_clauses_own_named_subject_is_not_another_persons() -> None:
    assert all(
        "Aoife Lind’s life" not in s
        for s in _all(
            "Keeper Aoife Lind fed the animals on Monday. The trust said Pip had spent most of her life in a tank "
            "that was far too small."
        )
    )


def test_guard_a_common_noun_opening_the_sentence_is_no_name_owning_the_pronoun() -> None:
    assert "Voters in Tarrow rejected Carl Lind." in _all(
        "Carl Lind lost the seat in May. Voters in Tarrow rejected him after the scandal."
    )
