"""Numbers past what a float holds are no figures (session 8 hostile pass).

"10^400" raised OverflowError in the rules and the API answered 500; a run of
400 digits became a figure whose value was infinity, which JSON cannot carry
(the response said ``"value": null``, against its own schema); "10^-400" came
back as 0. A number the service cannot represent is not read as a figure at all:
never a 500, never a value the text does not state.
"""

from __future__ import annotations

import math

import pytest

from service import create_backend
from service.settings import Settings
from tests.api_fakes import running
from tests.rules_support import rules

BIG = "9" * 400  # past the largest float (about 1.8e308)
HUGE = "9" * 5000  # past Python's 4,300-digit limit for int() on a string too

TEXTS = [
    "The debt of the empire reached 10^400 dollars, the historian said.",
    "The sample held 10^-400 grams of the toxin.",
    "About 2.5 × 10^309 atoms were counted.",
    f"The city has {BIG} people.",
    f"The city has {HUGE} people.",
    f"It costs ${BIG}.",
    f"Turnout grew {BIG}-fold.",
    f"Turnout grew {HUGE}-fold.",
    f"The vote was 12 for and {BIG} against.",
    f"They won {BIG}-3 on Sunday.",
    f"The plan takes {BIG} years.",
    f"Between {BIG} and {BIG}1 people came.",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_a_number_past_a_float_is_no_figure(text: str) -> None:
    figures = rules(text, "2024-05-02").figures
    for f in figures:
        assert math.isfinite(f.value) and (f.value_max is None or math.isfinite(f.value_max)), f
        assert f.value != 0 or "0" in f.text, f  # no underflow to a zero the text does not say
    # what is left is what the text states: the other numbers of the sentence
    assert not any(BIG in f.text or "10^400" in f.text or "10^-400" in f.text for f in figures)


def test_numbers_near_the_edge_still_read() -> None:
    assert [f.value for f in rules("The star holds 10^57 atoms.", "2024-05-02").figures] == [1e57]
    assert [f.value for f in rules("It weighs 10^-28 grams.", "2024-05-02").figures] == [1e-28]


@pytest.mark.anyio
async def test_the_api_answers_every_one_without_a_500(settings: Settings) -> None:
    async with running(settings, create_backend("rules")) as (_, client):
        for text in TEXTS:
            r = await client.post("/v1/extractions", json={"text": text})
            assert r.status_code == 200, (text[:40], r.status_code, r.text[:200])
            for f in r.json()["figures"]:
                assert isinstance(f["value"], int | float), f


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), "Infinity", "NaN"])
def test_a_draft_with_no_finite_value_is_refused(value: object) -> None:
    # what a model (or any backend) sends is checked as the rules' own figures are
    from pydantic import ValidationError

    from schemas import FigureDraft

    draft = {
        "text": "5",
        "unit": "x",
        "kind": "count",
        "qualifier": "exact",
        "measure": "m",
        "evidence": ["5"],
    }
    with pytest.raises(ValidationError):
        FigureDraft.model_validate({**draft, "value": value})
    with pytest.raises(ValidationError):
        FigureDraft.model_validate({**draft, "value": 5, "value_max": value})


@pytest.mark.anyio
async def test_a_model_answering_infinity_is_re_asked_then_a_clear_error() -> None:
    # Before, "value": 1e999 was taken as infinity and the answer went out with "value": null.
    import json

    import respx

    from service.errors import LLMResponseError
    from service.pipeline.run import extract
    from tests import llm_fakes

    answer = json.dumps(llm_fakes.GOOD)
    first = llm_fakes.GOOD["figures"][0]["value"]
    bad = answer.replace(f'"value": {json.dumps(first)}', '"value": 1e999', 1)
    assert bad != answer
    with respx.mock(base_url=llm_fakes.BASE_URL, assert_all_called=False) as mock:
        route = mock.post(llm_fakes.COMPLETIONS).mock(side_effect=[llm_fakes.ok(bad)] * 10)
        with pytest.raises(LLMResponseError, match="finite number"):
            await extract(llm_fakes.request(), llm_fakes.backend())
    assert route.call_count == 3  # the first answer and its two re-asks
