"""Entity name keys: case-, accent- and punctuation-insensitive, whatever the script."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from service.grounding.linking import name_key


def _reference_key(name: str) -> str:
    # The definition: NFKD, combining marks dropped, possessive and leading "the" removed, casefolded.
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = re.sub(r"['’]s$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return re.sub(r"[^\w]+", " ", name.casefold()).strip()


def test_accents_ligatures_case_and_possessives_do_not_count() -> None:
    assert name_key("José Müller") == name_key("JOSE MULLER") == "jose muller"
    assert name_key("ﬁnance Ministry’s") == "finance ministry"
    assert name_key("The Reuters") == name_key("reuters")


@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("Aé’'s the ﬁ-.")))
@example("the NATO's")
@example("Ångström's")
def test_name_key_matches_its_definition(name: str) -> None:
    assert name_key(name) == _reference_key(name)
