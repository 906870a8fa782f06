"""Session 12 (issue 15): a pronoun a summary still holds as its subject or possessor is named in full when
the article lets a reader tell whom it stands for, and left as written when it does not.

Every sentence here is written for the test. Each kind has a case the rules used to get wrong and hard
negatives the change must leave alone (two men named before "he", a pronoun inside a quote, a speaker the
pronoun does not fit).
"""

from __future__ import annotations

from tests.test_rules_event_summaries import assert_sentence
from tests.test_rules_summaries_s8 import summaries


def test_a_reporter_is_the_pronoun_of_what_it_reports() -> None:
    # "it" after a newspaper's reporting verb: the paper, as the article writes it ("The", kept).
    got = summaries(
        "A report published Wednesday said Harbour Minister Ellen Vasquez used a private phone for calls.\n\n"
        "The Daily Courier reported it obtained 40 text messages that Vasquez sent from the phone."
    )
    assert got["sent"] == "The Daily Courier obtained 40 text messages that Vasquez sent from the phone."
    assert_sentence(got["sent"])
    # A description of the organisation is told by its name.
    got = summaries(
        "The Tarrow Hosts Association met on Monday. The association reported it had asked the mayor to veto "
        "the levy."
    )
    assert "Tarrow Hosts Association had asked the mayor" in got["asked"]
    # A person after "said on Friday": the speaker, in full. Session 26 (the lead's finding, LEAD-NOTE-s26-1): the
    # time is the saying's, not the meeting's; it was kept as "On Friday Ivo Marchetti met ...", a wrong day.
    got = summaries("Top donor Ivo Marchetti said on Friday he met the sculptor Aldo Ferrante in Turin.")
    assert got["met"] == "Ivo Marchetti met the sculptor Aldo Ferrante in Turin."
    # Hard negative: a reporter whose name says "she" is not the "he" of what she said.
    got = summaries("Maria Lind said on Friday he met the sculptor in Turin.")
    assert "Maria Lind met" not in got["met"]


def test_a_polls_share_is_the_they_of_what_it_said() -> None:
    got = summaries("In a survey released Monday, 47 percent of tenants said they would vote for the levy.")
    assert got["vote"] == "47 percent of tenants would vote for the levy."
    # Hard negative: "they" after a person's words stands for no share.
    got = summaries("Councillor Ada Brenn said they would vote for the levy.")
    assert got["vote"] != "Ada Brenn would vote for the levy."


def test_a_pronoun_opening_the_next_sentence_is_the_one_person_it_fits() -> None:
    got = summaries(
        "Senator Jane Doe toured the Brackley shipyard on Monday. "
        "Earlier that day, she announced a training fund for welders."
    )
    # The book's canonical name, not the title nor the surname alone.
    assert got["announced"] == "Earlier that day, Jane Doe announced a training fund for welders."
    got = summaries(
        "Mayor Tom Hale met the dockers in Brackley. His office released the minutes a day later."
    )
    assert got["released"] == "Tom Hale’s office released the minutes a day later."
    # A woman's name before "he" is passed over: the man named after her is the one it stands for.
    got = summaries("Maria Lind criticised Peter Sandvik on Monday, saying he had sold the shares.")
    assert got["sold"] == "Peter Sandvik had sold the shares."


def test_two_men_named_before_he_leave_it_unnamed() -> None:
    # Hard negative: the reader cannot tell which of the two "he" is, so no name is given.
    got = summaries(
        "Governor Leo Brandt and Senator Paul Okafor toured the bridge on Monday. He opened the new toll booth."
    )
    assert got["opened"] == "He opened the new toll booth."
    got = summaries("Martin Oduya met Peter Sandvik in Leeds. He signed the lease on Tuesday.")
    assert got["signed"] == "He signed the lease on Tuesday."
    # A reporter the pronoun fits, with another man named between: unnamed too.
    got = summaries("Martin Oduya attacked Peter Sandvik, saying he would cut the school budget.")
    assert "Oduya would cut" not in got["cut"] and "Sandvik would cut" not in got["cut"]


def test_a_pronoun_inside_a_quote_is_the_speakers_not_the_writers() -> None:
    # Hard negative: "he" inside the quotation is not Hale, the man the sentence before names.
    got = summaries(
        "Mayor Tom Hale met the dockers in Brackley. “He resigned in March,” Rhea Voss said of the treasurer."
    )
    assert "Tom Hale resigned" not in " ".join(got.values())


def test_it_for_a_company_is_named_and_it_of_the_situation_is_not() -> None:
    got = summaries("Brightwell Stores said it would close two warehouses in March.")
    assert got["close"] == "Brightwell Stores would close two warehouses in March."
    assert_sentence(got["close"])
    # Hard negatives: a person who reports is no "it"; workers who report are not the "it" of what they say,
    # the company named with them is.
    got = summaries("Ada Brenn said it would close two warehouses in March.")
    assert got["close"] == "It would close two warehouses in March."
    got = summaries("Shop workers at Brightwell Stores said it would close two warehouses in March.")
    assert got["close"] == "Brightwell Stores would close two warehouses in March."


def test_it_deep_in_a_sentence_is_not_the_organisation_named_last() -> None:
    # "Calder Freight had opened a new ward" was the summary: the company named last before is no clinic.
    got = summaries(
        "Workers at the Harbour Clinic praised Calder Freight on Monday. Nurses said it had opened a new ward "
        "in May."
    )
    assert got["opened"] == "It had opened a new ward in May."
    # Hard negative: an "it" opening the sentence after an organisation's words is still that organisation.
    got = summaries(
        "Hungary and Austria sent pumps. The Merenian Red Cross said about 800 people were sleeping in "
        "schools. It appealed for 2 million francs to provide shelter."
    )
    assert got["appealed"].startswith("Merenian Red Cross appealed")
