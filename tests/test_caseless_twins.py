"""Letters Python's case-blind matching takes for ASCII ones: the long s, the dotless and dotted I, the Kelvin sign.

``re.IGNORECASE`` on str patterns matches "Aprıl" against a pattern written for "April"; a table keyed
by the ASCII word then lacked the key. Before ``fold_key`` a date line "Aprıl 3, 2026" opening the text
made POST /v1/extractions answer 500.
"""

from __future__ import annotations

import datetime as dt

import pytest

from service import create_backend
from service.pipeline.metadata import date_in_line
from service.pipeline.normalize import fold_key
from service.settings import Settings
from tests.api_fakes import running


@pytest.mark.parametrize(
    ("word", "key"),
    [("Aprıl", "april"), ("AUGUſT", "august"), ("İNCH", "inch"), ("\u212aM", "km"), ("April", "april")],
)
def test_fold_key_maps_each_twin_to_its_ascii_letter(word: str, key: str) -> None:
    assert fold_key(word) == key


def test_a_date_line_with_a_dotless_i_is_read_as_its_month() -> None:
    assert date_in_line("Aprıl 3, 2026") == dt.date(2026, 4, 3)
    assert date_in_line("3 Auguſt 2026") == dt.date(2026, 8, 3)


@pytest.mark.anyio
async def test_a_twin_in_the_date_line_is_no_server_error(settings: Settings) -> None:
    article = {
        "text": "Aprıl 3, 2026\nThe council of Wexmoor closed the pool on Monday after a crack was found."
    }
    async with running(settings, create_backend("rules")) as (_, client):
        r = await client.post("/v1/extractions", json=article)
    assert r.status_code == 200, r.text
    assert r.json()["metadata"]["published"] == "2026-04-03"
