from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from service.grounding.align import FUZZY_MIN_CHARS, Aligner, fold, fold_plain

TEXT = (
    "The minister said the plan “will cost about $2.5 billion” over ten years.\n\n"
    "Critics said the plan will cost far more. “It won’t work,” said Anna Kovač, the mayor of Split.\n\n"
    "The plan will cost about $2.5 billion, the ministry repeated."
)


def test_exact_match_offsets_are_verified() -> None:
    a = Aligner(TEXT).align("Anna Kovač")
    assert a is not None and a.method == "exact"
    assert TEXT[a.span.start : a.span.end] == a.span.text == "Anna Kovač"


def test_repeated_string_takes_occurrence_nearest_hint() -> None:
    aligner = Aligner(TEXT)
    first = aligner.align("about $2.5 billion")
    assert first is not None
    second_at = TEXT.rindex("about $2.5 billion")
    near = aligner.align("about $2.5 billion", hint=second_at - 10)
    assert first.span.start == TEXT.index("about $2.5 billion")
    assert near is not None and near.span.start == second_at


def test_normalised_match_folds_quote_style_case_and_spaces() -> None:
    # a model "fixes" the curly apostrophe and changes case and spacing
    a = Aligner(TEXT).align("it won't   WORK")
    assert a is not None and a.method == "normalized"
    assert a.span.text == "It won’t work"


def test_normalised_match_folds_dashes() -> None:
    text = "He spoke with Prime Minister Al—Kadhimi this week."
    a = Aligner(text).align("Prime Minister Al-Kadhimi")
    assert a is not None and a.span.text == "Prime Minister Al—Kadhimi"


def test_fuzzy_match_tolerates_a_small_edit() -> None:
    # one word dropped from a long passage
    a = Aligner(TEXT).align("Critics said the plan will cost more.")
    assert a is not None and a.method == "fuzzy"
    assert TEXT[a.span.start : a.span.end] == a.span.text
    assert "Critics said the plan will cost far more" in a.span.text


def test_fuzzy_never_applies_to_short_strings() -> None:
    needle = "Ann Kovac"
    assert len(needle) < FUZZY_MIN_CHARS
    assert Aligner(TEXT).align(needle) is None


def test_not_found_returns_none() -> None:
    assert Aligner(TEXT).align("The president resigned on Tuesday after the vote.") is None
    assert Aligner(TEXT).align("   ") is None


def test_allowed_regions_exclude_boilerplate() -> None:
    text = "Body says 500 troops.\n\nSidebar: 500 troops elsewhere."
    body_end = text.index("\n")
    a = Aligner(text, allowed=[(0, body_end)])
    hit = a.align("500 troops")
    assert hit is not None and hit.span.start < body_end
    assert a.align("Sidebar: 500 troops") is None


def test_non_ascii_and_astral_characters() -> None:
    text = "Der Bürgermeister sagte: „Wir schaffen das“ 🙂 — İstanbul’da 3 kişi."
    aligner = Aligner(text)
    for needle in ("Wir schaffen das", "İstanbul’da 3 kişi", "🙂"):
        hit = aligner.align(needle)
        assert hit is not None and text[hit.span.start : hit.span.end] == needle
    # case folding of dotted capital I changes length; offsets must still be right
    hit = aligner.align("istanbul'da 3 kişi")
    assert hit is not None and text[hit.span.start : hit.span.end] == hit.span.text


@pytest.mark.parametrize("s", ["", "a", "  x  y ", "“Q” — ‘r’", "İİ"])
def test_fold_origin_map_is_consistent(s: str) -> None:
    folded, origin = fold(s)
    assert len(origin) == len(folded) + 1 and origin[-1] == len(s)
    assert origin == sorted(origin)


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(" \t\n\u00a0\u2003’“—…İΣς")))
@example("  ΟΔΟΣ  İstanbul\u00a0“Quote”\t—  ")
@example("ΣΑΣ Σ aΣ. İİ")
def test_fold_plain_is_the_folded_text_of_fold(text: str) -> None:
    assert fold_plain(text) == fold(text)[0]


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_an_aligner_over_other_regions_folds_the_text_once_for_both(monkeypatch: pytest.MonkeyPatch) -> None:
    import service.grounding.align

    folds = _counting(monkeypatch, service.grounding.align, "fold")
    first_paragraph = (0, TEXT.index("\n"))
    body = Aligner(TEXT, [first_paragraph])
    whole = body.over(None)
    # Regions are the new aligner's own: the second paragraph is only in the whole text.
    assert body.align("it won't WORK") is None
    found = whole.align("it won't WORK")
    assert found is not None and found.method == "normalized" and found.span.text == "It won’t work"
    assert folds == [TEXT]


def test_a_fuzzy_match_is_searched_for_once_whatever_the_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import service.grounding.align

    searches = _counting(monkeypatch, service.grounding.align.fuzz, "partial_ratio_alignment")
    aligner = Aligner(TEXT)
    needle = "Critics said the plan will cost more."
    answers = [aligner.align(needle, hint) for hint in (None, 0, 120, len(TEXT))]
    assert len(searches) == 1  # one allowed region, searched once
    assert all(a == answers[0] for a in answers) and answers[0] is not None
    assert answers[0] == Aligner(TEXT).align(needle)
    assert Aligner(TEXT).align("Critics said the plan will cost nothing at all, they said.") is None
