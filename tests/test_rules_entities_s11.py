"""Session 11 (issue 15): the entity book makes no records of headline words, contracted pronouns,
descriptors before a name, common words before a reporting verb, or a person's name read as a place.

Every sentence here is written for the test. Each kind has a case the rules used to get wrong and hard
negatives the change must leave alone.
"""

from __future__ import annotations

from tests.test_rules_entities import by_name, run


def names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in run(text).entities}


def test_a_title_case_line_in_the_body_makes_no_entity() -> None:
    # A link line in headline case ("... Is Fundraising For ...") was one long person or "other" record.
    got = names(
        "Dale Kimbrough Is Fundraising For State Legislative Candidates\n\n"
        "Dale Kimbrough spoke in Harbourton on Monday. The Act Of Terrorism Was Condemned By Everyone"
    )
    assert "Dale Kimbrough" in got
    assert not [n for n in got if " Is " in n or " For " in n or " Of " in n]
    # Hard negatives: lowercase connectors, an article after a connector, an initial "A." are names' own.
    got = names(
        "Bank of America cut its rates. Susan Tull of The Harbourton Ledger wrote about it. "
        "Michael A. Brandt, the mayor, met the Bank of England."
    )
    assert got.get("Bank of America") == "organization"
    assert "Susan Tull" in got and got["Susan Tull"] == "person"
    assert got.get("Michael A. Brandt") == "person"
    assert "Bank of England" in got


def test_a_contracted_pronoun_is_no_name() -> None:
    got = names(
        "I’m not leaving, Dale Kimbrough told the crowd. We’re Harbourton, he added. He’d go on Monday."
    )
    assert not [n for n in got if "’" in n]
    assert got.get("Dale Kimbrough") == "person"
    # Hard negative: an apostrophe inside a real surname stays.
    got = names("Brendan O’Malley spoke on Monday.")
    assert got.get("Brendan O’Malley") == "person"


def test_a_descriptor_before_a_first_name_is_a_title() -> None:
    ex = run(
        "Democrat Hillary Vance won the seat. Actress Eva Pell backed her. Vance thanked Pell on Friday."
    )
    ents = by_name(ex)
    assert ents["Hillary Vance"].type == "person"
    assert "Democrat" in ents["Hillary Vance"].titles
    assert ents["Eva Pell"].type == "person"
    assert "Democrat Hillary Vance" not in ents and "Actress Eva Pell" not in ents
    # Hard negatives: the descriptor word before no first name is the name's own.
    got = names("The Republican National Committee met in May. Liberal Democrats gained two seats.")
    assert "Republican National Committee" in got
    assert "Hillary Vance" not in got


def test_a_person_of_a_place_is_the_person() -> None:
    got = names("Sen. Dale Kimbrough of Ohio voted no. Dale Kimbrough spoke later.")
    assert got.get("Dale Kimbrough") == "person"
    assert "Dale Kimbrough of Ohio" not in got
    # Hard negative: "of" inside an organisation's name.
    got = names("The Bank of England raised rates.")
    assert "Bank of England" in got


def test_a_common_word_before_a_reporting_verb_is_no_person() -> None:
    got = names(
        "Editor’s note: this story was updated. Critics said the plan would fail. Aides said Dale Kimbrough "
        "was tired. Having announced the vote, Dale Kimbrough left."
    )
    assert "Editor" not in got and "Critics" not in got and "Aides" not in got and "Having" not in got
    assert got.get("Dale Kimbrough") == "person"
    # Hard negative: a surname alone before a reporting verb is still a person.
    got = names("Kimbrough said the plan would fail.")
    assert got.get("Kimbrough") == "person"


def test_a_name_after_to_or_from_is_the_person_not_a_place() -> None:
    # "a loss to Kimbrough", "support from Hillary": the bare word was typed a place beside the person.
    got = names(
        "Dale Kimbrough won Ohio. Hillary Vance conceded the race to Kimbrough on Tuesday. "
        "Donors moved from Hillary to Kimbrough in May."
    )
    assert got.get("Dale Kimbrough") == "person"
    assert got.get("Hillary Vance") == "person"
    assert got.get("Kimbrough") is None and got.get("Hillary") is None
    # Hard negatives: a place that is also a surname stays a place when no person bears it, and a known
    # place stays a place even when a person bears it ("Jack Ohio" is made up for the test).
    got = names("Ann Lee moved to Ferguson in May. Ann Lee spoke in Ferguson.")
    assert got.get("Ferguson") == "location"
    got = names("Jack Jordan flew to Jordan on Monday.")
    assert got.get("Jordan") == "location"
    assert got.get("Jack Jordan") == "person"
