"""Session 22 (issue 15): every event summary a self-contained sentence. Shapes session 22's reader rejected among the
summaries the checker passes (benchmarks/summary_sentences.py): a subject pronoun named as the very person its own
clause names after it, a subject taken from a fronted phrase ("In May," read "May" as the modal; "Ahead of the vote"),
a quantity's comparison left by a cut ("... a nominee at least."), "even" stressing a verb told alone, a relative's
verb of saying run on into the main verb.

Every sentence here is written for the test, with hard negatives the change must leave alone: a guard checks the
sentence was read (the event is there) and the words kept.
"""

from __future__ import annotations

from service.backends.rules.summaries import finish
from tests.rules_support import run
from tests.test_rules_summaries_s8 import summaries


def _all(text: str) -> list[str]:
    return [e.summary for e in run(text).events]


# --------------------------------------------------------------------------- a pronoun is not the person its clause names


def test_a_subject_pronoun_is_not_the_person_named_as_its_object() -> None:
    got = summaries(
        "Ana Varga ran the port. The board hired Greta Holm in May. She later criticized Greta Holm in public."
    )
    assert got["criticized"] == "Ana Varga later criticized Greta Holm in public."
    got = summaries(
        "Ana Varga ran the port for ten years. Greta Holm joined the board in May. She attacked Greta Holm."
    )
    assert got["attacked"] == "Ana Varga attacked Greta Holm."


def test_a_pronoun_in_an_opening_clause_is_the_main_clause_subject_when_the_one_before_is_its_object() -> (
    None
):
    text = (
        "Ana Varga won the seat. Greta Holm praised Tom Vale in March. "
        "Since she endorsed Greta Holm, Ana Varga has been a loyal ally."
    )
    assert "Ana Varga endorsed Greta Holm." in _all(text)
    text = "Tom Vale praised Greta Holm. Ever since she endorsed Greta Holm this month, Ana Varga has been a loyal ally."
    assert "Ana Varga endorsed Greta Holm this month." in _all(text)


def test_a_pronoun_in_an_opening_clause_keeps_the_person_named_before() -> None:
    """Guards (session 22 review): the main clause's subject only when no one named before can be meant, and never
    a possessive."""
    got = _all("Police named the victim as Carl Dunn. After he was stabbed, Alan Price called an ambulance.")
    assert "Carl Dunn was stabbed." in got
    got = _all("Tom Reed lost the vote in May. Since he resigned, Mark Hill has led the party.")
    assert "Tom Reed resigned." in got
    got = _all("John Kerr was sacked in March. Before he was replaced, Paul Lee ran the office.")
    assert "John Kerr was replaced." in got
    got = _all(
        "Peter Brown was charged on Monday. When he appeared in court, Tom Smith's lawyer asked for bail."
    )
    assert "Tom Smith appeared in court." not in got


def test_a_relative_s_clause_run_on_into_the_main_verb_of_saying_ends_before_it() -> None:
    text = "Tom Vale, who said in an interview that he did not sign the lease, recalled that the landlord had been paid."
    got = _all(text)
    assert "Tom Vale did not sign the lease." in got
    assert finish("Greta Holm, the mayor, said that the pier would close") == (
        "Greta Holm, the mayor, said that the pier would close."
    )


def test_a_pronoun_whose_only_candidate_is_its_object_stays() -> None:
    text = "Greta Holm met Tom Vale in May. Ana Varga won the seat. She praised Ana Varga on Monday."
    got = summaries(text)
    assert got["praised"] != "Ana Varga praised Ana Varga on Monday."


def test_a_pronoun_with_a_name_only_as_a_possessive_or_modifier_keeps_its_person() -> None:
    """Guards: "the Vale name", "Vale’s plan" and a name after a comma are no object the pronoun could be."""
    got = summaries("Tom Vale met Ana Varga. He criticized the Vale name in May.")
    assert got["criticized"] == "Tom Vale criticized the Vale name in May."
    got = summaries("Greta Holm met Tom Vale in May. He said he had criticized Greta Holm in private.")
    assert got["criticized"] == "Tom Vale had criticized Greta Holm in private."
    got = summaries("Tom Vale ran the port. When he arrived, Greta Holm criticized the board.")
    assert got["arrived"] == "Tom Vale arrived."
    assert got["criticized"] == "Greta Holm criticized the board."


# --------------------------------------------------------------------------- a subject after a fronted phrase


def test_a_month_after_a_fronted_preposition_is_no_modal() -> None:
    got = summaries("In May, the council closed the pier and sold the ferry.")
    assert got["sold"] == "The council sold the ferry."
    got = summaries("In March, Dover Council closed the pier and sold the ferry.")
    assert got["sold"] == "Dover Council sold the ferry."


def test_a_verb_after_and_shares_the_subject_after_ahead_of() -> None:
    got = summaries(
        "Ahead of the vote, Greta Holm met with workers at the mill and spoke briefly with Tom Vale."
    )
    assert got["spoke"] == "Greta Holm spoke briefly with Tom Vale."
    got = summaries("Amid the protests, the council closed the pier and sold the ferry.")
    assert got["sold"] == "The council sold the ferry."


def test_a_subject_with_a_modal_is_left_alone() -> None:
    """Guards: a modal written in lower case is the verb group's; an opening name is the subject."""
    got = summaries("The council may close the pier and sell the ferry.")
    assert got["sell"] == "The council may sell the ferry."
    got = summaries("After the storm, Greta Holm visited the mill and met Tom Vale.")
    assert got["met"] == "Greta Holm met Tom Vale."


# --------------------------------------------------------------------------- a comparison the cut left


def test_a_comparison_of_a_span_cut_before_a_clause_goes_with_the_span() -> None:
    got = summaries(
        "The committee would meet behind closed doors to pick a nominee at least 10 days before the vote."
    )
    assert got["meet"] == "The committee would meet behind closed doors to pick a nominee."
    got = summaries("The committee met for more than three hours before it voted.")
    assert got["met"] == "The committee met for more than three hours."


def test_a_span_after_by_is_the_verb_s_measure_and_stays() -> None:
    got = summaries(
        "The resort has postponed the opening by at least two weeks after the warm November left it bare."
    )
    assert got["postponed"] == "The resort has postponed the opening by at least two weeks."
    got = summaries("The resort has postponed the opening by two weeks after the storm.")
    assert got["postponed"] == "The resort has postponed the opening by two weeks."


def test_a_summary_ending_on_a_comparison_ends_before_it() -> None:
    assert finish("The board would pick a nominee at least") == "The board would pick a nominee."
    assert finish("The committee met for more than") == "The committee met."


def test_a_comparison_after_a_verb_of_being_or_with_its_quantity_stays() -> None:
    """Guards: what a verb of being says is kept; a comparison with its number is whole."""
    assert finish("The turnout was more than") == "The turnout was more than."
    assert finish("Sales fell by more than 10% in May") == "Sales fell by more than 10% in May."


# --------------------------------------------------------------------------- "even" stressing a verb


def test_even_between_an_auxiliary_and_its_verb_goes() -> None:
    got = summaries("The board fired Tom Vale before he was even sworn in.")
    assert got["sworn in"] == "Tom Vale was sworn in."
    assert finish("The board had not even seen the plan") == "The board had not seen the plan."


def test_even_before_no_verb_or_in_quoted_words_stays() -> None:
    """Guards: "even" of a comparison, of "broke even", inside a quotation."""
    assert finish("The ferry was even less safe than the bus") == "The ferry was even less safe than the bus."
    assert finish("The team was not even close") == "The team was not even close."
    assert finish("Greta Holm broke even") == "Greta Holm broke even."
    assert (
        finish('Tom Vale said the pier was "not even used"') == 'Tom Vale said the pier was "not even used".'
    )


# --------------------------------------------------------------------------- a relative's saying run on


def test_what_a_relative_said_ends_before_the_main_verb_of_saying() -> None:
    text = (
        "Tom Vale, who said in an interview that he did not sign the lease, recalled that before the sale closed, "
        "Greta Holm sent a lawyer to his office."
    )
    got = _all(text)
    assert "Tom Vale said in an interview that he did not sign the lease." in got
    assert "Tom Vale did not sign the lease." in got


def test_a_participle_aside_inside_what_was_said_stays() -> None:
    """A guard: a comma inside the claim before a participle is no main verb."""
    got = _all("Tom Vale said in an interview that the lease, signed in May, was void.")
    assert "Tom Vale said in an interview that the lease, signed in May, was void." in got


def test_an_occasion_s_speaker_pronoun_is_not_the_person_told() -> None:
    text = (
        "Ana Varga ran the port. Greta Holm met the board in May. "
        "She told Greta Holm at a news conference that the pier would close."
    )
    assert "Ana Varga spoke to Greta Holm at a news conference." in _all(text)
    text = "Ed Quinn ran the port. Tom Vale met the board in May. He told Tom Vale on a conference call that sales fell."
    assert "Ed Quinn spoke to Tom Vale on a conference call." in _all(text)


def test_a_pronoun_after_a_fronted_time_is_not_the_person_its_clause_names() -> None:
    text = "Ana Varga ran the port. Greta Holm met Tom Vale in May. On Monday she criticized Greta Holm in private."
    assert "On Monday Ana Varga criticized Greta Holm in private." in _all(text)
    text = "Greta Holm met Tom Vale in May. On Monday she criticized Greta Holm in private."
    assert "On Monday Greta Holm criticized Greta Holm in private." not in _all(text)


def test_an_occasion_s_speaker_pronoun_with_no_name_in_its_clause_keeps_its_person() -> None:
    """Guards: the speaker named as before when the clause names someone else or no one."""
    got = _all("Tom Vale met the board in May. He told analysts on a conference call that sales had fallen.")
    assert "Tom Vale spoke to analysts on a conference call." in got
    got = _all("Greta Holm met Tom Vale in May. On Monday she criticized the board in private.")
    assert "On Monday Greta Holm criticized the board in private." in got
