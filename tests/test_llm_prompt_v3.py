"""Prompt v3: evidence first, examples as turns that must never be copied, the date in its own section.

The static prefix (tools or response format, the system message and every
example turn) is byte-identical for every article and date, in every mode and
with the system prompt folded; the article is the last turn.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import pytest
import respx

from evals.simulator.answers import find_article, find_published, is_reask
from schemas import ArticleRequest
from service import extract, prepare
from service.backends.llm.prompting import PROMPTS_ROOT, compact_answer, load_prompt
from service.backends.llm.wire import top_level_lists
from tests.llm_fakes import ARTICLE, BASE_URL, COMPLETIONS, backend, ok, sent

V3 = "extract/v3"
EMPTY: dict[str, Any] = {name: [] for name in top_level_lists()}
OTHER_ARTICLE = (
    "Rail strike ends after nine days\n\n"
    "Train drivers returned to work on Monday after the union accepted a 6% pay offer.\n\n"
    "“This is a fair deal,” said union leader Amir Patel."
)
MODES = ["tools", "tools_strict", "json_schema", "json_object", "json"]


def requests_for(articles: list[tuple[str, str | None]], mode: str, **overrides: Any) -> list[dict[str, Any]]:
    b = backend(llm_mode=mode, llm_prompt=V3, **overrides)
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post(COMPLETIONS).mock(return_value=ok(EMPTY, tool=mode.startswith("tools")))

        async def go() -> None:
            try:
                for text, published in articles:
                    await extract(ArticleRequest(text=text, published=published), b)
            finally:
                await b.aclose()

        asyncio.run(go())
        return [sent(c) for c in route.calls]


@pytest.mark.parametrize("fold", [False, True])
@pytest.mark.parametrize("mode", MODES)
def test_the_static_prefix_is_byte_identical_for_every_article_and_date(mode: str, fold: bool) -> None:
    overrides = {"llm_system_prompt": "fold"} if fold else {}
    first, second = requests_for([(ARTICLE, "2024-01-05"), (OTHER_ARTICLE, None)], mode, **overrides)
    for key in ("tools", "tool_choice", "response_format"):
        assert first.get(key) == second.get(key)
    # Every turn before the article's, as bytes on the wire.
    prefix = [json.dumps(m, ensure_ascii=False, sort_keys=True).encode() for m in first["messages"][:-1]]
    assert prefix == [
        json.dumps(m, ensure_ascii=False, sort_keys=True).encode() for m in second["messages"][:-1]
    ]
    roles = [m["role"] for m in first["messages"]]
    assert roles == ([] if fold else ["system"]) + ["user", "assistant", "user", "assistant", "user"]
    last1, last2 = first["messages"][-1]["content"], second["messages"][-1]["content"]
    assert last1.startswith("<published>2024-01-05</published>\n<article>\n")
    assert last2.startswith("<published>unknown</published>\n<article>\n")
    assert last1.endswith(prepare(ArticleRequest(text=ARTICLE)).body_text + "\n</article>")
    # The simulator (and anything that reads the request) finds this article, not an example's.
    assert find_article(first["messages"]) == prepare(ArticleRequest(text=ARTICLE)).body_text
    assert find_published(first["messages"]) == "2024-01-05" and find_published(second["messages"]) is None
    assert not is_reask(first["messages"])


def test_examples_are_turns_with_evidence_first_and_never_to_be_copied() -> None:
    prompt = load_prompt(V3)
    assert prompt.version == V3
    user1, answer1, user2, answer2 = prompt.turns
    assert user1[0] == user2[0] == "user" and answer1[0] == answer2[0] == "assistant"
    # Each example user turn has the real article's shape, with its own date.
    assert user1[1].startswith("<published>2025-06-12</published>\n<article>\n")
    assert user2[1].startswith("<published>unknown</published>\n<article>\n")
    for _, answer in (answer1, answer2):
        data = json.loads(answer)
        items = [i for kind in ("events", "figures", "quotes", "attributions") for i in data[kind]]
        assert items and all(next(iter(i)) == "evidence" for i in items)
    assert "Never copy the examples" in prompt.system
    # The guard knows every example's text.
    assert any("Brennock" in t for t in prompt.examples) and any("Kellby" in t for t in prompt.examples)
    # The examples are ours: nothing of them is in the labelled sets or the seeds.
    root = PROMPTS_ROOT.parent
    corpus = " ".join(
        p.read_text(encoding="utf-8")
        for folder in (root / "seeds", root / "evals" / "sets")
        for p in folder.rglob("*")
        if p.suffix in (".txt", ".html")
    )
    assert "Brennock" not in corpus and "Kellby" not in corpus


def test_the_publication_date_has_a_section_of_its_own() -> None:
    system = load_prompt(V3).system
    sections = system.split("\n## ")
    dated = [s for s in sections if s.startswith("The publication date")]
    assert len(dated) == 1 and "<published>" in dated[0]
    # Nowhere else: not under the examples' heading as in v2.
    assert all("<published>" not in s for s in sections if s is not dated[0])
    assert system.index("## Evidence first") < system.index("## What to report")


def test_an_example_copied_into_the_answer_is_dropped_by_the_guard() -> None:
    # A model that answers the article with the first example's answer (the copying a tiny model does).
    prompt = load_prompt(V3)
    copied = json.loads(prompt.turns[1][1])
    b = backend(llm_prompt=V3, llm_max_reasks=0)
    with respx.mock(base_url=BASE_URL) as mock:
        mock.post(COMPLETIONS).mock(return_value=ok(copied, tool=True))

        async def go() -> Any:
            try:
                return await extract(ArticleRequest(text=ARTICLE), b)
            finally:
                await b.aclose()

        ex = asyncio.run(go())
    assert not (ex.events or ex.figures or ex.quotes or ex.attributions)
    assert "Brennock" not in ex.model_dump_json()


def test_compact_answer_moves_evidence_first_and_keeps_the_rest() -> None:
    answer = compact_answer('{"events": [{"summary": "s", "evidence": ["e"], "type": "t"}], "figures": []}')
    assert answer == '{"events":[{"evidence":["e"],"summary":"s","type":"t"}],"figures":[]}'


def test_v3_loads_with_the_simulator_end_to_end() -> None:
    # The simulator answers the article's turn (not the examples'), dated as the request says.
    from evals.simulator import SIMULATOR_MODEL, SimulatorConfig, SimulatorServer
    from service.backends.llm import LLMBackend
    from service.settings import Settings

    with SimulatorServer(SimulatorConfig(latency_ms=1, seed=3)) as sim:
        settings = Settings(
            llm_model=SIMULATOR_MODEL, llm_base_url=sim.base_url, llm_prompt=V3, llm_system_prompt="fold"
        )
        b = LLMBackend(settings)

        async def go() -> Any:
            try:
                return await extract(ArticleRequest(text=OTHER_ARTICLE, published=dt.date(2024, 3, 6)), b)
            finally:
                await b.aclose()

        ex = asyncio.run(go())
    assert ex.extractor.prompt_version == V3
    assert any(q.speaker == "Amir Patel" for q in ex.quotes)
    assert "Brennock" not in ex.model_dump_json()
