"""Where a speaker's name ends (session 13, lead): a generational suffix ("Jr.", "Sr.") and an "of"
after a titled name. "said Martin Luther King Jr. of the group" gave the speaker "Jr." (the role word
"King" was read as a title and the run read on into "of the"); "Tomas Brandt Jr. said" gave no speaker
(the suffix's period stopped the name); "said Sen. Ruth Okafor of Ohio" named "Ruth Okafor of Ohio".
Sentences are our own, with hard negatives."""

from __future__ import annotations

import pytest

from tests.rules_support import attribution_sources, quote, run_headlined


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We will march again next spring," said Tomas Brandt Jr. of the harbour union on Tuesday.',
            "Tomas Brandt Jr.",
        ),
        ('"We will march again next spring," Tomas Brandt Jr. said.', "Tomas Brandt Jr."),
        ('"We will march again next spring," Tomas Brandt Sr. told reporters.', "Tomas Brandt Sr."),
        ('"The count was flawed from the start," said Sen. Ruth Okafor of Ohio.', "Ruth Okafor"),
        ('"We need more nurses on the ward," said Dr. Ana Vesk of the Harlow Clinic.', "Ana Vesk"),
        ('"Rates will rise before the summer," said Mayor Tom Brandt of Lisvale on Monday.', "Tom Brandt"),
        # hard negatives: a title's own "of" and a name with "of" in it stay whole
        ('"We will appeal the ruling," said Secretary of State Lena Moravec.', "Lena Moravec"),
        ('"Lending will slow this year," said Bank of Avalon.', "Bank of Avalon"),
    ],
)
def test_the_speaker_name_ends_where_the_name_does(text: str, speaker: str) -> None:
    q = quote(run_headlined(text), text[1:8])
    assert q.speaker == speaker, q


def test_a_suffixed_name_is_an_attribution_source() -> None:
    assert attribution_sources("Tomas Brandt Jr. said the harbour would close for a week.") == [
        "Tomas Brandt Jr."
    ]


# Some outlets write every dash as the horizontal bar (U+2015): "― Jane Doe" signs a quote as "— Jane
# Doe" does. The dateline and the attribution rules read it already; the quote rules did not, so a list
# of signed quotes got no speaker at all.
@pytest.mark.parametrize("dash", ["—", "―", "–"])
def test_a_quote_signed_with_any_dash_has_its_speaker(dash: str) -> None:
    text = (
        "The best lines of the night.\n\n"
        f"“We will win this county and then we will win the state house.” {dash} Tomas Brandt\n\n"
        f"“Nobody saw this coming, not even the pollsters.”{dash} Lena Moravec, campaign manager"
    )
    ex = run_headlined(text)
    assert quote(ex, "We will win").speaker == "Tomas Brandt"
    assert quote(ex, "Nobody saw").speaker == "Lena Moravec"


@pytest.mark.parametrize("dash", ["—", "―"])
def test_a_sentence_after_a_dash_is_no_signature(dash: str) -> None:
    # hard negative: what follows the dash is a sentence, not a name
    ex = run_headlined(
        f"The council met again.\n\n“We were told to wait for the ferry.” {dash} None of it happened, of course."
    )
    assert quote(ex, "We were told").speaker is None


def test_a_horizontal_bar_inside_a_quote_is_an_aside_not_a_signature() -> None:
    ex = run_headlined("“The plan ― and I mean the whole plan ― is dead,” said Ruth Okafor.")
    assert quote(ex, "The plan").speaker == "Ruth Okafor"
