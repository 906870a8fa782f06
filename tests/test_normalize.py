from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from service.pipeline.normalize import normalize_text


def test_line_endings_become_lf() -> None:
    assert normalize_text("one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour"


def test_runs_of_spaces_and_nbsp_collapse() -> None:
    assert normalize_text("Baghdad’s  Tayaran\u00a0\u00a0Square,\tsaid") == "Baghdad’s Tayaran Square, said"


def test_line_edges_trimmed_and_blank_runs_capped() -> None:
    assert normalize_text("  Headline  \n \n\n\n\n  Body text. \n") == "Headline\n\nBody text."


def test_nfc_composes_accents() -> None:
    decomposed = "Qu\u0065\u0301bec"  # e + combining acute
    out = normalize_text(decomposed)
    assert out == "Québec" and unicodedata.is_normalized("NFC", out)


def test_quotes_and_dashes_are_kept() -> None:
    s = "‘The size’ — “4,000” – \"500\" 'x' Al—Kadhimi"
    assert normalize_text(s) == s


def test_zero_width_and_controls_removed() -> None:
    assert normalize_text("NA\u200bTO\x07 chief\ufeff") == "NATO chief"


@given(st.text())
def test_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
