"""Session 32 (s32-sum): every event summary a self-contained sentence (issue 15), each kind tested with sentences
written for the tests and the hard negatives the rules must leave alone (see docs/event-summaries.md, "Session 32"):
a question told as its answer; an "it" of the situation given a body's name; a decision's or a finding's tail left
in the summary; a modal written twice; a condition run into its main clause with no comma; a fronted "whether ... or
not" concession."""

from __future__ import annotations

from tests.rules_support import run


def _all(text: str) -> list[str]:
    return [e.summary for e in run(text).events]


# --------------------------------------------------------------------------- a question told as its answer


def test_whether_after_a_refusal_is_no_fact() -> None:
    got = _all("Dravik Cement declined to comment on whether it would shut the Olm kiln.")
    assert "Dravik Cement would shut the Olm kiln." not in got
    assert "Whether Dravik Cement would shut the Olm kiln is not known." in got


def test_whether_after_not_said_keeps_the_question() -> None:
    got = _all("The Pellam Foundation has not said whether it will repay the grant.")
    assert "The Pellam Foundation will repay the grant." not in got
    assert "Whether the Pellam Foundation will repay the grant is not known." in got


def test_if_of_a_condition_stays() -> None:
    assert "The mill would close if the price of wool fell below $3." in _all(
        "The owners said the mill would close if the price of wool fell below $3."
    )


def test_a_fronted_condition_stays() -> None:
    assert _all("If the vote goes ahead, the union will strike for two days.") == [
        "If the vote goes ahead, the union will strike for two days."
    ]


# --------------------------------------------------------------------------- an "it" of the situation


def test_too_soon_to_know_is_nobody_s() -> None:
    got = _all(
        "Ms Harrow said the stranded turtles had been released, but it was too soon to know if they would recover."
    )
    assert not any(s.startswith(("Ms Harrow was", "Harrow was")) for s in got)


def test_it_ranked_as_a_happening_is_not_the_company() -> None:
    got = _all(
        "Shares in Orsk Mining rose 7% on the Pallin exchange on Monday. It is the company's second rise in a month."
    )
    assert "Orsk Mining is the company's second rise in a month." not in got
    assert "It is the company's second rise in a month." in got


def test_a_body_s_it_is_still_named() -> None:
    assert "Corvel Ferries will hire 30 welders for the work." in _all(
        "Corvel Ferries said the Northern Star would be refitted in Gdansk. It will hire 30 welders for the work."
    )


# --------------------------------------------------------------------------- a decision's or a finding's tail


def test_a_decision_s_tail_is_left_out() -> None:
    assert "The Ashby Lido will close for good." in _all(
        "The Ashby Lido will close for good, its trustees decided on Monday, almost 90 years after it opened."
    )


def test_a_ruling_s_tail_is_left_out() -> None:
    assert "The Kell weir must be removed." in _all(
        "The Kell weir must be removed, the tribunal ruled on Friday."
    )


def test_words_with_a_verb_after_the_tail_stay() -> None:
    got = _all("Prices rose 4% in May, analysts said, a rise that will hit households.")
    assert any(s.startswith("Prices rose 4% in May") for s in got)


# --------------------------------------------------------------------------- a modal written twice


def test_a_modal_is_written_once() -> None:
    got = _all(
        "The city said it would put the bus contract out to tender in May and would not award it to any firm "
        "without a bond."
    )
    assert not any("would would" in s for s in got)
    assert "The city would not award it to any firm without a bond." in got


def test_had_had_stays() -> None:
    got = _all("Ferrum Steel said it had had talks with three buyers.")
    assert not any(" had talks" in s and "had had" not in s for s in got if "talks" in s)


# --------------------------------------------------------------------------- a condition run into its main clause


def test_a_condition_with_no_comma_gets_one() -> None:
    assert "If the port stayed shut until June, it could cost the region £30m." in _all(
        "Economists said that if the port stayed shut until June it could cost the region £30m."
    )


def test_unless_with_no_comma_gets_one() -> None:
    assert "Unless the rain came soon, the wheat crop would fail." in _all(
        "Farmers said that unless the rain came soon the wheat crop would fail."
    )


# --------------------------------------------------------------------------- a fronted concession


def test_whether_or_not_is_left_out() -> None:
    assert "The Selby Bank will close 12 branches." in _all(
        "Whether or not the merger goes through, the Selby Bank will close 12 branches."
    )


def test_whether_it_or_not_is_left_out() -> None:
    assert "The Harnell council has approved the car park." in _all(
        "So, whether the residents like it or not, the Harnell council has approved the car park."
    )
