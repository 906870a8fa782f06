"""Session 31, the lead's mend from an article of its own: a comparison with what someone expected is no attribution.

"The fine was smaller than they had expected and would not hit the dividend" gave a second attribution whose cue was
"expected" and whose claim was "And would not hit the dividend.". Whoever is named after "than" compared nothing
aloud; a count after "than" is still a subject that expects ("more than 20 economists expected ...").
"""

from __future__ import annotations

import pytest

from tests.rules_support import local_news_attributions


@pytest.mark.parametrize(
    "body",
    [
        "Brokers said the loss was smaller than they had expected and would not hurt the payout.",
        "The harvest was bigger than most growers had forecast and prices fell at the Pellin market.",
        "Turnout at the Grayle count was higher than the organisers predicted, and queues formed by noon.",
        "Repairs on the Askett bridge cost less than the council had estimated and finished in March.",
        "Ticket sales at the Morrow Hall were lower than the promoter expected and two shows were dropped.",
    ],
)
def test_a_comparison_with_an_expectation_is_no_cue(body: str) -> None:
    cues = [a.cue.lower() for a in local_news_attributions(body)]
    assert not any(c.startswith(("expect", "forecast", "predict", "estimat")) for c in cues), cues


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        (
            "More than 20 economists expected the Halden central bank to hold its rate on Thursday.",
            "expected",
        ),
        ("Most analysts expected the Tarrow council to approve the budget.", "expected"),
    ],
)
def test_someone_who_expects_is_still_a_source(body: str, cue: str) -> None:
    assert cue in [a.cue.lower() for a in local_news_attributions(body)]
