"""Event types, session 27: kinds read on dev23's disagreements (dev23 written without looking at the rules) and
dev19's, each fixed as a family of English written from our own lists (verbs of lifting people out of danger, the
verb of ceasing before a gerund, a document tabled or lodged, works begun or finished by their own noun), not as
the words of one set.

Every sentence here is written for the test, with hard negatives beside each case.
"""

from __future__ import annotations

import pytest

from .rules_support import EventTyping

_AT = EventTyping("2026-12-07")


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # People lifted out of danger: winched or plucked from a place of danger, or moved "to safety".
        ("Four climbers were winched off the ridge by a coastguard helicopter.", "winched", "rescue"),
        ("Six anglers were winched from life rafts off the headland on Sunday.", "winched", "rescue"),
        ("A fisherman was plucked from the water by a passing ferry crew.", "plucked", "rescue"),
        ("Lifeguards hauled three swimmers to safety at Carrow Beach.", "hauled", "rescue"),
        ("Neighbours dragged the pensioner to safety on Monday night.", "dragged", "rescue"),
        ("The stranded walkers were lifted to safety by a lifeboat crew.", "lifted", "rescue"),
        ("Firefighters freed a driver trapped in his van after the crash.", "freed", "rescue"),
        ("Two miners were freed from the rubble after nine hours.", "freed", "rescue"),
        # Guards of session 12: pulled from rubble or water is a rescue.
        ("A boy was pulled alive from the river on Monday.", "pulled", "rescue"),
        # Hard negatives: prisoners freed are released, prices lifted rise, an unknown plucked from obscurity is no
        # rescue (no event), hostages freed stay a release.
        ("The rebels freed two hostages on Friday.", "freed", "release"),
        ("The junta freed 40 political prisoners on Monday.", "freed", "release"),
    ],
)
def test_rescue_family(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    "text",
    [
        "The singer was plucked from obscurity by a talent scout in 1998.",
        "Trawlers hauled 40 tonnes of cod from the sea last week.",
        "The old lifeboat was winched onto a trailer on Monday.",
    ],
)
def test_not_a_rescue(text: str) -> None:
    assert "rescue" not in _AT.types(text).values()


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # The verb of ceasing before a gerund is the news, whatever the gerund names.
        ("The zoo will stop selling plastic bottles from March.", "stop selling", "stop"),
        ("The county will stop collecting glass at the kerb on Jan. 1.", "stop collecting", "stop"),
        ("The clinic stopped admitting new patients in June.", "stopped admitting", "stop"),
        ("The contractor then stopped answering his phone.", "stopped answering", "stop"),
        # Guards: a verb of starting still names the happening after it; "stop work" is a stop by its noun.
        ("The firm began selling shares to staff in May.", "began selling", "sale"),
        ("The builder would stop work on the estate.", "stop", "stop"),
    ],
)
def test_ceasing_before_a_gerund(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_stopped_to_act_keeps_the_act() -> None:
    # "stopped to ...": a purpose, not a ceasing.
    assert "stop" not in _AT.types("The lorry driver stopped to refuel near Dover.").values()


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A document tabled is named by its own noun; one lodged is a lodging since Session 32 (dev26 labels "11 similar
        # complaints had been lodged" so).
        (
            "Opposition councillors will table a motion calling for the branch to stay open.",
            "table",
            "motion",
        ),
        ("The senator tabled an amendment to the harbour bill.", "tabled", "amendment"),
        ("Parents lodged a complaint with the school board over the letter.", "lodged", "lodging"),
        ("The club lodged an appeal against the points deduction.", "lodged", "lodging"),
        ("The lighthouse trust lodged an objection with the planning board.", "lodged", "lodging"),
        # Hard negative: a bare proposal tabled stays a proposal.
        ("The minister tabled a proposal on Monday.", "tabled", "proposal"),
    ],
)
def test_tabled_and_lodged(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


def test_lodging_is_no_event() -> None:
    assert _AT.types("The exchange students lodged with a family in Leeds.") == {}


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # Works begun, finished or halted are named by their own noun.
        ("Crews began the demolition of the old grain silo on Tuesday.", "began", "demolition"),
        ("Volunteers completed the clean-up of the beach on Sunday.", "completed", "clean-up"),
        ("The demolition began on Monday.", "began", "start"),
        ("Divers started the salvage of the sunken barge in May.", "started", "salvage"),
        # Guards: work with no noun of its own stays a start.
        ("Crews began work on Monday.", "began", "start"),
    ],
)
def test_works_by_their_noun(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        # A vessel that sinks: a sinking, with an aside between subject and verb too.
        ("The ferry sank off Skerry Point on Monday.", "sank", "sinking"),
        ("Three barges sank and a deckhand drowned.", "sank", "sinking"),
        ("The trawler, built in 1974, sank in a gale.", "sank", "sinking"),
        ("The fishing boat was sunk by a whale.", "sunk", "sinking"),
        # A thing lodged, told in the passive, is a lodging (Session 32: dev26's "complaints had been lodged"); the
        # subject makes it a happening ("was lodged in a cell" is none).
        ("An appeal was lodged on Monday.", "lodged", "lodging"),
        ("A complaint was lodged with the council.", "lodged", "lodging"),
    ],
)
def test_sinking_and_lodged_passive(text: str, trigger: str, type_: str) -> None:
    assert _AT.type_of(text, trigger) == type_


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives: only a vessel sinks; a person lodged in a cell is no happening.
        "Hopes of a late rally sank on Friday.",
        "The economy sank into recession last year.",
        "The suspect was lodged in a cell overnight.",
        # "stopped working" is a failure told by its own event, no stop.
        "The card readers stopped working on Sunday.",
    ],
)
def test_no_sinking_no_lodging(text: str) -> None:
    types = _AT.types(text).values()
    assert "sinking" not in types and "announcement" not in types and "stop" not in types
