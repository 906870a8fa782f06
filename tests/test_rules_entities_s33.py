"""Session 33 (s33-ent): entities, titles and quote speakers, from sentences of our own.

- A relative clause on a person ends at its sentence's end (``speakers._LONG_RELATIVE``): "..., said NAME, 51, who
  farms near X. She said a grain buyer had told her ... “...”" gave the buyer's words to NAME.
- A participle cue right after a closing cue and its comma goes on with that cue's speaker
  (``quotes._closing_cue_speaker``): "Most of the fish were found dead, the trust said, describing the river as “...”"
  gave the quote to "Most of the fish".
- A title's abbreviation before a name is no name (``sentences.PERSON_TITLE_ABBREVIATIONS``, ``lexicon.ROLE_WORDS``,
  ``attributions.ACCORDING_SOURCE``): "according to Sgt. NAME" gave the source "Sgt"; "Cllr NAME said" kept "Cllr".
"""

from __future__ import annotations

import pytest

from tests.rules_support import run


def _quote_speaker(text: str, start: str) -> str | None:
    ex = run("Town news\n\n" + text)
    (q,) = [q for q in ex.quotes if q.text.startswith(start)]
    return q.speaker


def _sources(text: str, start: str) -> list[str]:
    ex = run("Town news\n\n" + text)
    return [a.source for a in ex.attributions if a.claim.lower().startswith(start.lower())]


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "“We lost a week,” said Orla Pennick, 51, who farms barley near Drumcarrow. She said a grain buyer had told"
            " her that lorries would come “once the rain stops”.",
            "once the rain",
            "a grain buyer",
        ),
        (
            "“It was chaos,” said Idris Mallow, 38, who runs a cafe at Penlass. He said a ferry clerk had told him the"
            " boats would sail “when the wind drops”.",
            "when the wind",
            "a ferry clerk",
        ),
        (
            "The boat belongs to Ansel Quarry, 70, who fishes out of Dunmore. A coastguard officer said it sank “very"
            " quickly”.",
            "very quickly",
            "A coastguard officer",
        ),
        (
            "“It is not enough,” said Petra Holm, 33, a nurse who works in Ardlow. A union steward said the offer was"
            " “an insult”.",
            "an insult",
            "A union steward",
        ),
    ],
)
def test_a_relative_clause_ends_at_its_sentence(text: str, start: str, speaker: str) -> None:
    assert _quote_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # the relative clause inside one sentence still reaches its person
        (
            "A port official who spoke on condition of anonymity to discuss the talks said the deal was “close”.",
            "close",
            "A port official",
        ),
        ("A resident who knows Tamsin Rook said she was “devastated”.", "devastated", "A resident"),
        (
            "“We were lucky,” said Cora Vance, who lives near St. Ives with her family.",
            "We were lucky",
            "Cora Vance",
        ),
    ],
)
def test_a_relative_clause_inside_its_sentence_is_kept(text: str, start: str, speaker: str) -> None:
    assert _quote_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Nearly a third of the complaints came from bus drivers, the union said, calling the junction ‘a death"
            " trap’.",
            "a death trap",
            "the union",
        ),
        (
            "Most of the fish were found dead near the outfall, the trust said, describing the river as “on life"
            " support”.",
            "on life support",
            "the trust",
        ),
        (
            "Two of the five lifts had failed in a week, said Nerys Aldane, calling the building “a disgrace”.",
            "a disgrace",
            "Nerys Aldane",
        ),
        (
            "Many of the boats were sold abroad, the association said on Monday, calling the trade “a quiet scandal”.",
            "a quiet scandal",
            "the association",
        ),
        (
            "Some of the orders have been delayed by a month, the company said, blaming a “perfect storm” at the port.",
            "perfect storm",
            "the company",
        ),
    ],
)
def test_a_participle_after_a_closing_cue_is_its_speakers(text: str, start: str, speaker: str) -> None:
    assert _quote_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        ("Orin Falk urged patience, saying the plan was “sound”.", "sound", "Orin Falk"),
        ("Pella Dunmore voted against the budget, saying it was “a fantasy”.", "a fantasy", "Pella Dunmore"),
    ],
)
def test_a_participle_after_the_main_clause_keeps_its_subject(text: str, start: str, speaker: str) -> None:
    assert _quote_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "start", "source"),
    [
        ("Two riders were hurt, according to Sgt. Anwen Pryce.", "Two riders", "Anwen Pryce"),
        ("The lane was closed for six hours, according to Capt. Ivo Brandt.", "The lane", "Ivo Brandt"),
        ("The van had been stolen in Dorrow, according to Det. Insp. Rona Vale.", "The van", "Rona Vale"),
        ("Patrols would double over the summer, according to Supt. Owen Garr.", "Patrols", "Owen Garr"),
        ("The hall would reopen in May, according to Rev. Tamsin Lowry.", "The hall", "Tamsin Lowry"),
        ("Cllr Harriet Moss said the budget was tight.", "The budget", "Harriet Moss"),
        ("Insp Kay Dunn said the car was found on a farm track.", "The car", "Kay Dunn"),
        ("Supt Ewan Rigg said officers had made four arrests.", "Officers", "Ewan Rigg"),
        # not a title: a name's own first word
        ("Private Eye said the story was true.", "The story", "Private Eye"),
        ("The fare would rise, according to Mr. Tom Ray.", "The fare", "Tom Ray"),
    ],
)
def test_a_titles_abbreviation_is_no_name(text: str, start: str, source: str) -> None:
    assert source in _sources(text, start)


def test_a_titles_abbreviation_before_a_quote_speaker() -> None:
    assert _quote_speaker("“The road is shut,” said Cllr Bryn Avery.", "The road is shut") == "Bryn Avery"
    assert _quote_speaker("“We found nothing,” said Det Sgt Ann Ray.", "We found nothing") == "Ann Ray"


def _type(text: str, name: str) -> str | None:
    from schemas import ArticleRequest
    from service.backends.rules.entities import build_book
    from service.backends.rules.sentences import body_sentences
    from service.pipeline.run import prepare

    doc = prepare(ArticleRequest(text="Town news\n\n" + text))
    book = build_book(body_sentences(doc.body_blocks), [])
    return book.type_of(book.canonical(name))


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a place's opening word: a place whatever follows
        ("The yacht ran aground off Cape Mallory on Sunday.", "Cape Mallory", "location"),
        ("Port Quillan has two ferries a day.", "Port Quillan", "location"),
        ("Fort Dunmore will close its museum in May.", "Fort Dunmore", "location"),
        ("Mount Kessel was closed to climbers.", "Mount Kessel", "location"),
        ("Lake Orrin froze for the first time since 2010.", "Lake Orrin", "location"),
        ("Farmers in Madhya Pradesh burned stubble again.", "Madhya Pradesh", "location"),
        ("A ferry crossed the Tarran Firth at dawn.", "Tarran Firth", "location"),
        # teams and companies of players are bodies
        (
            "The Ardmore Mountain Rescue Team said the walkers were safe.",
            "Ardmore Mountain Rescue Team",
            "organization",
        ),
        ("Team Velka said its riders would not start.", "Team Velka", "organization"),
        ("The Kessock Choir said it would sing at the opening.", "Kessock Choir", "organization"),
        # a body's kind with a post-modifier, then its name set off by commas
        (
            "A group opposed to the new tolls, Drivers for Fairness Kelso, denied the claim.",
            "Drivers for Fairness Kelso",
            "organization",
        ),
        (
            "A charity that feeds rough sleepers, Warm Plates Dunmore, said demand had doubled.",
            "Warm Plates Dunmore",
            "organization",
        ),
        # negatives
        ("Port Ember Yacht Club said the race was off.", "Port Ember Yacht Club", "organization"),
        ("Sierra Vance said the race was off.", "Sierra Vance", "person"),
        ("Tom Lane said the road was shut.", "Tom Lane", "person"),
        ("A man living near the quarry, Ansel Roe, said the blasts were loud.", "Ansel Roe", "person"),
    ],
)
def test_entity_types(text: str, name: str, type_: str) -> None:
    assert _type(text, name) == type_


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "The cathedral reopened. ‘It is the sound of the town coming back,’ said the Dean, the Very Rev Anselm"
            " Tregarthen.",
            "It is the sound",
            "Anselm Tregarthen",
        ),
        (
            "The hall reopened. ‘It was close,’ said the Provost, the Rt Hon Mairi Dunlop.",
            "It was close",
            "Mairi Dunlop",
        ),
        (
            "The hall reopened. ‘We are ready,’ said the Bishop, the Most Rev Tobiah Penlan.",
            "We are ready",
            "Tobiah Penlan",
        ),
        # as before: a name right after the office
        (
            "The hall reopened. ‘Nothing changes,’ said the Mayor, Corwen Idris.",
            "Nothing changes",
            "Corwen Idris",
        ),
    ],
)
def test_a_capitalised_office_then_its_holder(text: str, start: str, speaker: str) -> None:
    """The lead's note 1: the person named after "the Dean," speaks, not the office."""
    assert _quote_speaker(text, start) == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Organisers of the Eastfield fun run said the route would use two loops. Some residents of Eastfield have"
            " objected. They said the loops would close their streets.",
            "Some residents of Eastfield",
        ),
        ("Local farmers were angry about the price. They said the mills owed them money.", "Local farmers"),
    ],
)
def test_they_after_a_group_of_the_public(text: str, name: str) -> None:
    """The lead's note 3: "they" opening a sentence after one whose subject is a group of the public is that group."""
    from service.backends.rules.entities import Referent
    from tests.test_rules_entities_s32 import referent

    assert referent(text, "They") == Referent(name, "group", "subject")


def test_they_after_things_is_no_group() -> None:
    from tests.test_rules_entities_s32 import referent

    assert referent("The loops were built in May. They said the road was shut.", "They") is None


def test_one_table_of_newspaper_tails() -> None:
    """The depth item: the book's newspaper words and the outlet reader's are one table (``lexicon``)."""
    from service.backends.rules import attributions, entities, lexicon

    assert entities.NEWSPAPER_TAILS is lexicon.NEWSPAPER_TAILS
    assert attributions.NEWSPAPER_NAME_TAILS is lexicon.NEWSPAPER_NAME_TAILS
    assert lexicon.NEWSPAPER_TAILS < lexicon.NEWSPAPER_NAME_TAILS
    assert set(lexicon.NEWSPAPER_TAIL_WORDS.values()) == {"alone", "told"}
    # a word that is a surname or a firm's too is read only where a name is told
    assert "ledger" in lexicon.NEWSPAPER_NAME_TAILS and "ledger" not in lexicon.NEWSPAPER_TAILS
