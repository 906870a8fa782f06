"""Session 8 (issue 15): every event summary a self-contained sentence, on kinds seen in news nobody tuned on.

Every sentence here is written for the test. Each kind has a case the rules used to get wrong (a noun phrase
and a relative clause with no main verb, a possessive chain, a verb that lost its object, an occasion told
without its speaker, "it" standing for several things or for a happening, a fronted participle or pronoun,
a company typed as a person) and hard negatives the change must leave alone.
"""

from __future__ import annotations

import asyncio

from schemas import ArticleRequest, Extraction
from service import create_backend, extract
from tests.test_rules_event_summaries import assert_sentence


def run(text: str) -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, published="2024-03-08"), create_backend("rules")))


def summaries(text: str) -> dict[str, str]:
    return {e.trigger: e.summary for e in run(text).events}


# --------------------------------------------------------------------------- relative clauses


def test_a_relative_clause_holding_the_verb_gives_its_noun_phrase_as_subject() -> None:
    # (An infinitive of degree, "too weak to be moved", is no happening since session 8's event kinds.)
    got = summaries(
        "Two people were taken to hospital, including a 9-year-old boy who was rescued from the river."
    )
    assert got["rescued"] == "A 9-year-old boy was rescued from the river."
    got = summaries(
        "Three people left the board, including a senior official who was expected to resign in May."
    )
    assert got["resign"] == "A senior official was expected to resign in May."
    got = summaries("After the storm, a man who was injured was rescued by firefighters.")
    assert got["injured"] == "A man was injured."
    # The next verb keeps the whole noun phrase with its relative clause.
    assert got["rescued"] == "A man who was injured was rescued by firefighters."


def test_a_relative_clause_before_a_main_verb_is_left_alone() -> None:
    # Hard negatives: the relative clause is part of the subject of a verb of its own.
    got = summaries("After the storm, a man who lived nearby was rescued by firefighters.")
    assert got["rescued"] == "A man who lived nearby was rescued by firefighters."
    got = summaries(
        "The new city government which has announced a review of parking rules appears to be divided."
    )
    assert got["announced"].startswith("The new city government which has announced")


def test_an_aside_relative_ends_at_its_comma() -> None:
    got = summaries("The Harbour Authority, which has negotiated between the two unions, called for calm.")
    assert got["negotiated"] == "Harbour Authority has negotiated between the two unions."


def test_a_relative_after_a_verb_of_telling_stands_for_its_object() -> None:
    got = summaries(
        "The cost of the repairs rose to $2 million, Vale told city councillors, who voted 5-2 on Monday "
        "to borrow the money."
    )
    assert got["voted"] == "City councillors voted 5-2 on Monday to borrow the money."


def test_whose_is_the_antecedents() -> None:
    got = summaries(
        "Ysabel Rusk, whose bakery in Ardvale flooded to the ceiling, said the alert came too late."
    )
    assert got["flooded"] == "Ysabel Rusk’s bakery in Ardvale flooded to the ceiling."


def test_a_clause_after_which_someone_said_has_the_relatives_antecedent() -> None:
    got = summaries("The council approved new parking fees, which officials said would be introduced in May.")
    assert got["introduced"] == "New parking fees would be introduced in May."
    got = summaries("Police arrested Dan Hoy, who prosecutors said had stolen $2 million.")
    assert got["stolen"] == "Dan Hoy had stolen $2 million."
    # Hard negative: no relative, the subject is the sentence's own.
    got = summaries("The council said it would introduce new parking fees in May.")
    assert got["introduce"] == "The council would introduce new parking fees in May."


# --------------------------------------------------------------------------- possessives and pronouns


def test_a_possessive_description_set_off_before_a_name_gives_the_name() -> None:
    got = summaries(
        "Dunmore Shipping said its profit fell. Its finance director, Petra Vosk, told analysts on Friday "
        "that the firm had lost £3m in freight."
    )
    # Since session 9's events, what was told to a named audience is a clause of its own: the loss is told of
    # the firm; either way no possessive chain. Since session 24 "analysts" is an audience before what was told
    # (events.AUDIENCES), and the firm is the one business named before it (session 20's descriptions named).
    assert got["lost"] in (
        "Petra Vosk told analysts on Friday that the firm had lost £3m in freight.",
        "The firm had lost £3m in freight.",
        "Dunmore Shipping had lost £3m in freight.",
    )
    assert "’s finance director" not in got["lost"]
    # Hard negative: a description with its own article keeps the relation (session 7).
    got = summaries("Mara Quint grew up in Ashby. Her brother, the painter Tomas Quint, died in 2019.")
    assert got["died"].startswith("Mara Quint’s brother")


def test_it_stands_for_no_plural_and_no_happening() -> None:
    got = summaries("The bridge was closed in May. Engineers said it reopened on Friday.")
    assert got["reopened"] == "The bridge reopened on Friday."
    got = summaries(
        "Tram drivers in Redcliff will walk out on Monday after rejecting a pay offer of 3 per cent, in what "
        "would be the first strike on the network since it opened in 1990."
    )
    assert got["opened"] == "The network opened in 1990."
    assert "Tram drivers" not in got["opened"]
    # Hard negative: one thing named before is what "it" stands for.
    got = summaries(
        "The new shuttle bus was launched in 2019. However, it was suspended in May by the council."
    )
    assert got["suspended"] == "The new shuttle bus was suspended in May by the council."


def test_a_reporting_verb_after_and_shares_the_sentences_subject() -> None:
    got = summaries(
        "Borvia's trade office called the levy unlawful and said it would file a complaint with the tribunal "
        "within 20 days."
    )
    assert got["file"] == "Borvia's trade office would file a complaint with the tribunal within 20 days."


def test_a_person_described_by_what_they_work_for_is_the_description() -> None:
    got = summaries("Halden Homes was fined. A lawyer for the firm said she would appeal the ruling.")
    assert got["appeal"] == "A lawyer for the firm would appeal the ruling."
    got = summaries("A spokesman for the board said he would resign in May.")
    assert got["resign"] == "A spokesman for the board would resign in May."
    # Hard negative: the firm itself speaking is the firm.
    got = summaries("Korvane Industries said it would cut 300 jobs.")
    assert got["cut"] == "Korvane Industries would cut 300 jobs."


def test_a_possessive_in_words_told_as_they_stand_is_named() -> None:
    got = summaries(
        "Corran Vale won the vote. He said his first act would be to order an audit of the port's $90 million "
        "dredging contract."
    )
    assert got["audit"].startswith("Corran Vale’s first act would be")


def test_their_after_a_plural_first_clause_is_that_plural() -> None:
    got = summaries(
        "About 9,000 families rent council flats, and their monthly rents will rise by 12 pounds, "
        "the council estimated."
    )
    assert got["rise"] == "About 9,000 families’ monthly rents will rise by 12 pounds."


def test_a_pronoun_after_a_fronted_time_is_the_person_named_before() -> None:
    got = summaries(
        "Miriam Oakes was born in Leeds. In 1982 she founded the charity Open Door with a friend."
    )
    assert got["founded"] == "In 1982 Miriam Oakes founded the charity Open Door with a friend."


def test_a_kin_word_gives_a_persons_gender() -> None:
    text = (
        "Orna Tallis, the architect, died on Friday. Her death was announced by her son, Idris Tallis, who "
        "said she had been ill. In 1967 she became the first woman to qualify as a harbour pilot."
    )
    got = summaries(text)
    assert got["qualify"].startswith("In 1967 Orna Tallis became")


# --------------------------------------------------------------------------- fronted participles


def test_a_fronted_participle_tells_of_the_main_clauses_named_subject() -> None:
    got = summaries(
        "Orna Tallis, the architect, died on Friday. Born in 1941 in the fishing town of Carrow Head, the third "
        "of four children, Tallis left school at 15."
    )
    assert got["Born"] == "Orna Tallis was born in 1941 in the fishing town of Carrow Head."
    # Without a name to tell it of, the sentence itself, not "Born in 1941."
    got = summaries("Born in 1941, the third child, the girl left school at 15.")
    assert got["Born"] == "Born in 1941, the third child, the girl left school at 15."


def test_a_place_after_town_of_is_no_person() -> None:
    got = run(
        "Orna Tallis grew up in the mining town of Drury Vale. In 1967 she became the first woman to qualify."
    )
    types = {e.name: e.type for e in got.entities}
    assert types.get("Drury Vale") != "person"
    assert "Drury Vale" not in next(e.summary for e in got.events if e.trigger == "qualify")


# --------------------------------------------------------------------------- occasions and tails


def test_an_occasion_without_what_was_said_is_where_the_speaker_spoke() -> None:
    got = summaries('"The risk is real," Dr. Hana Veld, the city\'s doctor, said at a news briefing.')
    assert got["briefing"] == "Hana Veld spoke at a news briefing."
    got = summaries(
        '"We are proud," Chief Executive Tomas Brand told about 500 engineers at the company\'s summit.'
    )
    assert got["summit"] == "Tomas Brand spoke to about 500 engineers at the company's summit."
    # Hard negative: what was said is told with the occasion.
    got = summaries("Hana Veld said at a news briefing that the risk was real.")
    assert got["briefing"] == "Hana Veld announced at a news briefing that the risk was real."


def test_a_coordinated_reporting_verb_without_its_object_is_left_out() -> None:
    got = summaries(
        "Ostrel Water, which runs the reservoir, said it had opened the sluices on Monday to ease the pressure "
        "and had warned farmers an hour earlier."
    )
    assert got["opened"] == "Ostrel Water had opened the sluices on Monday to ease the pressure."


def test_a_day_and_that_before_the_clause_are_not_its_subject() -> None:
    got = summaries("The bakery said Friday that 80% of the loaves had been sold.")
    assert got["sold"] == "80% of the loaves had been sold."


def test_a_noun_in_what_would_be_is_no_clause_of_its_own() -> None:
    got = summaries(
        "Tram drivers in Redcliff will walk out on Monday after rejecting a pay offer of 3 per cent, in what "
        "would be the first strike on the network."
    )
    assert got["strike"] == "The first strike on the network will take place."


def test_a_person_headed_noun_phrase_does_not_take_place() -> None:
    got = summaries("The head of a rocket attack unit said it had fired 20 rockets.")
    assert "took place" not in got["attack"] and "said took" not in got["attack"]
    # Hard negative: a happening headed by its own noun.
    got = summaries("A meeting of the port board was held on Monday.")
    assert got["meeting"] == "A meeting of the port board was held on Monday."


# --------------------------------------------------------------------------- companies


def test_company_names_are_organisations() -> None:
    for name in (
        "Korvane Industries",
        "Quillfen Systems",
        "Marlstone Tramways",
        "Vantry Steel",
        "Dunmore Shipping",
    ):
        got = run(f"{name} said it would cut 300 jobs.")
        assert {e.name: e.type for e in got.entities}[name] == "organization", name
        assert got.events[0].summary == f"{name} would cut 300 jobs."
    # "which" after a name: a thing, not a person.
    got = run("Ostrel Water, which runs the reservoir, said it had opened the sluices.")
    assert {e.name: e.type for e in got.entities}["Ostrel Water"] == "organization"
    # Hard negatives: a first name makes a person, whatever the surname.
    got = run("Danielle Steel said she would write a new book. Peter Rail said he would retire.")
    types = {e.name: e.type for e in got.entities}
    assert types["Danielle Steel"] == "person" and types["Peter Rail"] == "person"


def test_every_summary_here_is_a_sentence() -> None:
    text = (
        "Two people were taken to hospital, including a 9-year-old boy who was too weak to be moved. "
        "She said the second patient, a retired porter who had travelled from Lisbon, was recovering. "
        '"The risk is real," Dr. Hana Veld, the city\'s doctor, said at a news briefing. '
        "Born in 1941, the third child, the girl left school at 15."
    )
    got = run(text).events
    assert len(got) >= 4
    for e in got:
        assert_sentence(e.summary)


def test_a_time_cut_off_after_the_clause_ends_the_verb_phrase() -> None:
    got = summaries(
        "Orvane unveiled its new phone on Monday but said shipments would not begin until April because of a "
        "chip shortage."
    )
    assert got["begin"] == "Shipments would not begin until April."
    got = summaries("Carrow levelled five minutes before half-time.")
    assert got["levelled"] == "Carrow levelled five minutes before half-time."
    # Hard negatives: a clause after "until" is no time of the verb's, nor a comparison after "after".
    got = summaries("The bridge will stay shut until engineers finish repairs.")
    assert "engineers" not in got["shut"]
    got = summaries("The economy will grow 1.1% next year after 0.7% this year, the bank said.")
    assert got["grow"] == "The economy will grow 1.1% next year."


def test_what_someone_recalled_names_its_pronoun() -> None:
    got = summaries(
        "Orna Tallis, the architect, died on Friday. Her partner Ben Kerr called her fearless. He recalled that "
        "she had turned down a state honour in 2003."
    )
    assert got["turned down"] == "Orna Tallis had turned down a state honour in 2003."
    # Hard negative: when the book cannot tell the teller from the one told of, nothing is named.
    got = summaries(
        "Orna Tallis died on Friday. Kerr said in a tribute that she was brave. He recalled that she had turned "
        "down a state honour in 2003."
    )
    # (Session 9 names the teller when the sentence is told whole: "Kerr recalled that she ...", never "Kerr had
    # turned down".)
    assert not got["turned down"].startswith("Kerr had")


def test_a_noun_in_what_would_be_after_a_comma_is_no_clause_of_its_own() -> None:
    got = summaries(
        "The two leaders spoke by phone after months of silence, in what would be the first summit between "
        "them since 2019."
    )
    assert got["summit"] == "The first summit between them will take place."


def test_a_question_cut_off_after_a_verb_of_saying_is_its_object() -> None:
    got = summaries(
        "Mayor Dana Holt lost the vote. Holt, 58, has not said whether she will run for the senate in 2028, as "
        "some supporters have urged."
    )
    assert got["said"] == "Dana Holt, 58, has not said whether she will run for the senate in 2028."
    # Hard negative: a verb that is no verb of saying keeps its own words.
    got = summaries("The board will decide on Tuesday whether the schools reopen.")
    assert got["decide"] == "The board will decide on Tuesday whether the schools reopen."


def test_a_reporting_tail_with_a_named_description_is_left_out() -> None:
    got = summaries(
        "The clinic administered 900 doses last week, a spokeswoman for the clinic, Ana Brill, said."
    )
    assert got["administered"] == "The clinic administered 900 doses last week."
    got = summaries("Ravi Holm visited Tarn on Monday and promised that every home would be rebuilt.")
    assert got["visited"] == "Ravi Holm visited Tarn on Monday."


def test_a_clock_time_cut_off_ends_the_verb_phrase() -> None:
    got = summaries(
        '"We won," Holm told supporters at the hall shortly before 2 a.m. "We start Monday," he added.'
    )
    assert got["told"].endswith("at the hall shortly before 2 a.m.")


def test_the_verb_after_an_appositive_relative_is_the_head_nouns() -> None:
    got = summaries(
        "She said the first patient, a retired porter who had returned from a trip abroad, was confirmed on Nov. 9."
    )
    assert got["returned"] == "A retired porter had returned from a trip abroad."
    assert got["confirmed"] == "The first patient was confirmed on Nov. 9."


def test_it_after_a_sentence_without_an_event_is_the_organisation_named_there() -> None:
    got = summaries(
        "Hungary and Austria sent pumps. The Merenian Red Cross said about 800 people were sleeping in "
        "schools. It appealed for 2 million francs to provide shelter."
    )
    assert got["appealed"].startswith("Merenian Red Cross appealed")


def test_what_a_relative_forced_someone_to_do_is_told_of_them() -> None:
    got = summaries(
        'Trade Minister Ivo Brask told reporters the levy answered "a flood of cheap steel" that had forced 11 '
        "mills to cut shifts since March."
    )
    assert got["cut"] == "11 mills were forced to cut shifts since March."
    # Hard negative: the clause's own subject did the forcing.
    got = summaries("The storm forced the airline to cancel 40 flights on Monday.")
    assert got["cancel"] == "The storm forced the airline to cancel 40 flights on Monday."
