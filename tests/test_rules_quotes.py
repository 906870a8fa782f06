"""Direct quotes through the whole pipeline: marks, splits, paragraphs, speakers, scare quotes."""

from __future__ import annotations

import asyncio

from schemas import ArticleRequest, Extraction
from service import create_backend, extract


def run(text: str, published: str | None = "2022-03-10") -> Extraction:
    return asyncio.run(extract(ArticleRequest(text=text, published=published), create_backend("rules")))


def test_curly_quote_with_trailing_cue_names_the_speaker() -> None:
    ex = run("“The bridge will reopen before winter,” Mayor Anna Kowalski said on Monday.")
    (q,) = ex.quotes
    assert q.text == "The bridge will reopen before winter"
    assert q.speaker == "Anna Kowalski"
    assert q.cue == "said"
    assert q.partial is False


def test_inverted_cue_and_straight_marks() -> None:
    ex = run('"Prices have stopped rising," said Tomas Berg, an economist at the central bank.')
    (q,) = ex.quotes
    assert q.speaker == "Tomas Berg"
    assert q.text == "Prices have stopped rising"


def test_mismatched_marks_single_open_double_close() -> None:
    ex = run("‘We expect the first ships to dock in April and the rest by June.” -Port director Lena Ruiz")
    (q,) = ex.quotes
    assert q.text.startswith("We expect the first ships")
    assert q.speaker == "Lena Ruiz"


def test_split_quote_is_one_quote_with_two_spans() -> None:
    ex = run("“We will build the school,” the minister, Omar Haddad, said, “and we will staff it.”")
    (q,) = ex.quotes
    assert [s.text for s in q.evidence] == ["We will build the school", "and we will staff it"]
    assert q.text == "We will build the school and we will staff it"
    assert q.speaker == "Omar Haddad"


def test_multi_paragraph_quote_continues_after_an_unclosed_paragraph() -> None:
    text = (
        "Union leader Maria Costa addressed the strikers on Tuesday.\n\n"
        "“We asked for a fair wage and we were ignored for two years.\n\n"
        "“Now the factory will listen,” she said."
    )
    ex = run(text)
    (q,) = ex.quotes
    assert len(q.evidence) == 2
    assert q.evidence[0].text.startswith("We asked for a fair wage")
    assert q.evidence[1].text == "Now the factory will listen"
    assert q.speaker == "Maria Costa"


def test_pronoun_resolves_to_the_subject_of_the_previous_sentence() -> None:
    text = (
        "Finance Minister Kerstin Lund met central bank governor Paul Achebe on Friday. "
        "“Inflation is our first concern,” she said."
    )
    (q,) = run(text).quotes
    assert q.speaker == "Kerstin Lund"
    assert q.speaker_mention == "she"


def test_appositive_speaker_and_descriptor_alias() -> None:
    text = (
        "WHO Director-General Helen Osei opened the meeting. "
        "“The outbreak is slowing,” Osei, the WHO chief, said. "
        "“We are not done,” the WHO chief added."
    )
    ex = run(text)
    assert [q.speaker for q in ex.quotes] == ["Helen Osei", "Helen Osei"]


def test_partial_quote_embedded_in_the_writers_sentence() -> None:
    ex = run("The ministry described the talks as “frank and useful” in a short statement.")
    (q,) = ex.quotes
    assert q.partial is True
    assert q.text == "frank and useful"
    assert q.speaker == "ministry" or q.speaker_mention is not None


def test_scare_quotes_without_a_speaker_are_not_quotes() -> None:
    ex = run("Critics of the so-called “reform package” gathered outside parliament on Monday.")
    assert ex.quotes == []


def test_short_titles_in_quotes_without_a_speaker_are_not_quotes() -> None:
    ex = run("The band played “Heroes” twice before midnight.")
    assert ex.quotes == []


def test_standalone_paragraph_quote_continues_the_previous_speaker() -> None:
    text = (
        "“The river has never been this low,” farmer Jonas Weber said.\n\n"
        "“My father saw droughts, but nothing like this summer, and the wells are drying up.”"
    )
    ex = run(text)
    assert [q.speaker for q in ex.quotes] == ["Jonas Weber", "Jonas Weber"]


def test_quote_with_no_attribution_anywhere_has_a_null_speaker() -> None:
    ex = run("“Nobody expected the dam to hold for another week after the storm.”")
    (q,) = ex.quotes
    assert q.speaker is None


def test_apostrophes_do_not_open_quotes() -> None:
    ex = run("The council’s plan isn't new, and the city's mayor hasn't backed it.")
    assert ex.quotes == []


def test_according_to_speaker_before_a_quote() -> None:
    ex = run("According to police spokesman Dan Miller, “the suspect fled on foot toward the station.”")
    (q,) = ex.quotes
    assert q.speaker == "Dan Miller"


def test_british_single_quotes_and_a_colon_cue() -> None:
    ex = run("Union leader Sam Price told the radio station: 'We will not accept a pay cut this year.'")
    (q,) = ex.quotes
    assert q.speaker == "Sam Price"
    assert q.text.startswith("We will not accept a pay cut")
    assert ex.attributions == []  # the claim is the quote itself


def test_unnamed_spokesperson_for_an_organisation() -> None:
    (q,) = run('A spokesperson for the Port Authority said: "Ferries will run as normal on Sunday."').quotes
    assert q.speaker is not None and q.speaker.lower().startswith("a spokesperson for")


def test_split_by_a_long_cue_with_an_appositive_and_a_venue() -> None:
    text = (
        "“We are closer than ever,” Lina Marsh, Chile's envoy to the talks, told reporters "
        "after an all-night session, “but nothing is agreed.”"
    )
    (q,) = run(text).quotes
    assert q.text == "We are closer than ever but nothing is agreed"
    assert q.speaker == "Lina Marsh" and len(q.evidence) == 2


def test_continuation_after_a_speaker_with_a_title_abbreviation() -> None:
    text = (
        "“The tests are clean,” said Dr. Omar Vidal, who leads the water lab at Eastfield University. "
        "“People can drink from the tap again.”"
    )
    (q,) = run(text).quotes
    assert q.speaker == "Omar Vidal"
    assert q.text.endswith("People can drink from the tap again")


def test_a_second_quote_with_its_own_cue_is_not_merged() -> None:
    text = "“We will appeal,” the coach said. “It was never a penalty,” the captain added."
    assert len(run(text).quotes) == 2


def test_headline_scare_quote_is_not_a_quote() -> None:
    text = (
        "Rents soar as ‘buy to leave’ spreads, tenants warn\n\n"
        "Tenant groups said on Friday that empty flats were driving up rents across the city."
    )
    assert run(text).quotes == []


def test_it_as_speaker_is_the_organisation() -> None:
    text = (
        "The Millford Water Board said the reservoir was full. "
        "It described the spring rains as ‘the wettest in living memory’."
    )
    (q,) = run(text).quotes
    assert q.partial and q.speaker == "Millford Water Board"


def test_single_marked_quote_over_two_paragraphs() -> None:
    text = (
        "The judge spoke to Leon Ward before passing sentence.\n\n"
        "‘You took money from people who trusted you, and you did it for years.\n\n"
        "‘Nothing said in this court will give it back,’ Judge Ruth Evans told him."
    )
    (q,) = run(text).quotes
    assert len(q.evidence) == 2
    assert q.evidence[0].text.endswith("for years.")  # an open paragraph keeps its period
    assert q.speaker == "Ruth Evans"


def test_a_song_title_in_single_marks_is_not_carried_into_the_next_paragraph() -> None:
    text = "Fans sang ‘Blue Moon’ until midnight.\n\n‘It felt like a final,’ said Mia Cole."
    (q,) = run(text).quotes
    assert (q.text, q.speaker) == ("It felt like a final", "Mia Cole")


def test_block_quote_signed_with_an_abbreviated_title_and_affiliation() -> None:
    text = (
        "Walking helped, the researchers found.\n\n"
        "“People who walked kept their memory longer. The effect was clear within a year.”\n\n"
        "— Prof. Hana Novak, University of Eastmoor"
    )
    (q,) = run(text).quotes
    assert q.speaker == "Hana Novak" and q.cue is None


def test_single_marked_quote_opened_after_a_colon_runs_on() -> None:
    text = (
        "Judge Ruth Evans told him: ‘You took money from people who trusted you for almost a decade.\n\n"
        "‘Nothing said here will give it back.’"
    )
    (q,) = run(text).quotes
    assert (q.speaker, q.cue, len(q.evidence)) == ("Ruth Evans", "told", 2)


def test_affiliation_between_commas_does_not_hide_the_speaker() -> None:
    text = (
        "Detective Sergeant Mark Owen, of Penford Police, said after the hearing: ‘This was a cruel crime.’"
    )
    (q,) = run(text).quotes
    assert q.speaker == "Mark Owen"
