"""What the llm backend puts on the wire: a schema every decoder compiles, each mode's request
shape, the folded system prompt, max_tokens capped at the context, truncation seen whatever
finish_reason says, streaming, and partial results when a piece fails."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import httpx
import pytest
import respx

from schemas import Extraction
from schemas.models import DATE_PATTERN
from service import extract
from service.backends.llm.client import fold_system_prompt, is_cut_json
from service.backends.llm.validation import ModelFacingDraft
from service.backends.llm.wire import compact_shape, model_facing, patterns, plain_pattern, top_level_lists
from service.errors import LLMResponseError
from tests.llm_fakes import ARTICLE, BASE_URL, COMPLETIONS, GOOD, backend, completion, ok, sent
from tests.test_llm_faults import fails, quote_texts, run

# --------------------------------------------------------------------------- the schema


def test_the_model_facing_schema_has_no_regex_escapes_and_requires_every_list() -> None:
    schema = ModelFacingDraft.model_json_schema()
    found = list(patterns(schema))
    assert found, "the draft has date patterns: the check must see them"
    assert all("\\" not in p for p in found)
    assert set(top_level_lists()) <= set(schema["required"])


@pytest.mark.parametrize(
    "value",
    ["2021", "2021-02", "2021-02-18", "2021-13", "2021-02-32", "21-02-18", "2021-2-18", "abcd", "٢٠٢١"],
)
def test_the_plain_date_pattern_accepts_exactly_what_the_contract_does(value: str) -> None:
    # \d also matches other scripts' digits; the plain pattern does not, and the
    # contract's own validation (Python re, \d) still runs on every answer.
    contract = re.fullmatch(DATE_PATTERN, value) is not None and value.isascii()
    assert (re.fullmatch(plain_pattern(DATE_PATTERN), value) is not None) == contract


def test_evidence_comes_first_in_every_item() -> None:
    schema = ModelFacingDraft.model_json_schema()
    items = [d for d in schema["$defs"].values() if "evidence" in d.get("properties", {})]
    assert len(items) == 4
    assert all(next(iter(d["properties"])) == "evidence" for d in items)
    assert "evidence" in compact_shape(schema).split('"events": [{', 1)[1][:12]


def test_a_pattern_left_with_an_escape_is_refused() -> None:
    with pytest.raises(ValueError, match="escapes"):
        model_facing({"properties": {"x": {"type": "string", "pattern": r"^\w+$"}}})


def test_the_compact_shape_is_short_and_has_nothing_to_copy() -> None:
    schema = ModelFacingDraft.model_json_schema()
    shape = compact_shape(schema)
    pretty = json.dumps(schema, indent=2)
    assert len(shape) * 4 < len(pretty)
    for word in ("$ref", "properties", "$defs", "anyOf"):
        assert word not in shape
    for name in (*top_level_lists(), "evidence", "qualifier", "speaker_mention"):
        assert f'"{name}"' in shape
    assert '"occurred"|"ongoing"' in shape


# --------------------------------------------------------------------------- answers


def test_an_empty_object_is_not_a_silent_success_but_is_reasked() -> None:
    ex, route = run(backend(), [ok({}), ok()])
    assert route.call_count == 2 and ex.usage.reasks == 1
    assert "missing: entities, events, figures, quotes, attributions" in json.dumps(sent(route.calls[1]))
    assert quote_texts(ex) == ["We need more time to study the costs,"]


def test_an_empty_object_every_time_is_an_error_not_zero_items() -> None:
    exc, route = fails(backend(llm_max_reasks=1), [ok({})] * 3, LLMResponseError)
    assert route.call_count == 2 and "missing" in exc.detail


def test_cut_json_is_recognised() -> None:
    assert is_cut_json('{"events": [{"summary": "a')
    assert is_cut_json('{"events": [')
    assert is_cut_json('{"a": "b\\"}')  # the escaped quote leaves the string open
    assert not is_cut_json('{"events": []}')
    assert not is_cut_json('{"a": "}{["}')
    assert not is_cut_json("no json at all")


def test_an_answer_at_the_token_cap_is_truncation_even_when_finish_reason_says_tool_calls() -> None:
    # llama-cpp-python reports finish_reason "tool_calls" for any forced tool call, cut or not.
    cut = ok(GOOD, finish="tool_calls", completion_tokens=200)
    exc, route = fails(backend(llm_max_tokens=200, llm_max_reasks=0), [cut] * 3, LLMResponseError)
    assert route.call_count == 1 and "cut off" in exc.detail


# --------------------------------------------------------------------------- modes


def _extract_once(mode: str, **overrides: Any) -> tuple[Extraction, dict[str, Any]]:
    b = backend(llm_mode=mode, **overrides)
    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post(COMPLETIONS).mock(return_value=ok(GOOD, tool=mode.startswith("tools")))

        async def go() -> Extraction:
            try:
                from tests.llm_fakes import request

                return await extract(request(), b)
            finally:
                await b.aclose()

        ex = asyncio.run(go())
    return ex, sent(route.calls[0])


def test_json_object_mode_sends_the_schema_inside_json_object() -> None:
    ex, body = _extract_once("json_object")
    fmt = body["response_format"]
    assert fmt["type"] == "json_object"
    assert set(top_level_lists()) <= set(fmt["schema"]["required"])
    assert "\\d" not in json.dumps(fmt["schema"])
    assert "tools" not in body
    assert quote_texts(ex) == ["We need more time to study the costs,"]


def test_json_mode_carries_the_compact_schema_in_the_prompt_not_instructors_pretty_one() -> None:
    ex, body = _extract_once("json")
    assert body["response_format"] == {"type": "json_object"}
    system = body["messages"][0]["content"]
    assert compact_shape(ModelFacingDraft.model_json_schema()) in system
    assert "$ref" not in system and '"properties"' not in system
    _, schema_body = _extract_once("json_object")
    # The compact prompt plus no schema is smaller than the same prompt plus the full schema.
    assert len(json.dumps(body)) < len(json.dumps(schema_body))
    assert quote_texts(ex) == ["We need more time to study the costs,"]


def test_fold_puts_the_system_prompt_in_the_first_user_turn() -> None:
    _, body = _extract_once("tools", llm_system_prompt="fold")
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["user"]
    first = body["messages"][0]["content"]
    assert "<example_article>" in first and first.rstrip().endswith("</article>")


def test_fold_makes_tool_turns_plain() -> None:
    messages = [
        {"role": "system", "content": "RULES"},
        {"role": "user", "content": "ARTICLE"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "X", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "fix it"},
    ]
    assert fold_system_prompt(messages) == [
        {"role": "user", "content": "RULES\n\nARTICLE"},
        {"role": "assistant", "content": "{}"},
        {"role": "user", "content": "fix it"},
    ]


def test_max_tokens_is_capped_at_the_context_minus_the_prompt() -> None:
    _, body = _extract_once("tools", llm_context_tokens=8192, llm_max_tokens=8000)
    prompt_chars = len(json.dumps(body["messages"], ensure_ascii=False)) + len(
        json.dumps(body["tools"], ensure_ascii=False)
    )
    assert body["max_tokens"] < 8000
    # Never more than the context less a conservative (3 chars/token) prompt estimate.
    assert body["max_tokens"] <= 8192 - prompt_chars // 3
    _, roomy = _extract_once("tools", llm_context_tokens=100_000, llm_max_tokens=500)
    assert roomy["max_tokens"] == 500


def test_a_prompt_that_leaves_no_room_is_not_sent() -> None:
    exc, route = fails(backend(llm_context_tokens=256, llm_max_reasks=0), [ok()] * 3, LLMResponseError)
    assert route.call_count == 0
    assert "NEWSFACTS_LLM_CONTEXT_TOKENS" in exc.detail


# --------------------------------------------------------------------------- streaming


def _sse(answer: dict[str, Any], *, tool: bool) -> httpx.Response:
    text = json.dumps(answer)
    pieces = [text[i : i + 40] for i in range(0, len(text), 40)]
    events = []
    for i, piece in enumerate(pieces):
        if tool:
            call: dict[str, Any] = {"index": 0, "function": {"arguments": piece}}
            if i == 0:
                call.update(id="call_1", type="function")
                call["function"]["name"] = "ExtractionDraft"
            delta: dict[str, Any] = {"tool_calls": [call]}
        else:
            delta = {"content": piece}
        events.append(
            {
                "id": "s1",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": None}],
            }
        )
    events.append(
        {
            "id": "s1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
        }
    )
    body = "".join(f"data: {json.dumps(e)}\n\n" for e in events) + "data: [DONE]\n\n"
    return httpx.Response(200, content=body.encode(), headers={"content-type": "text/event-stream"})


@pytest.mark.parametrize("mode", ["tools", "json_object"])
def test_a_streamed_answer_is_assembled_and_counted(mode: str) -> None:
    tool = mode == "tools"
    ex, route = run(backend(llm_mode=mode, llm_stream=True), [_sse(GOOD, tool=tool)])
    assert sent(route.calls[0])["stream"] is True
    assert quote_texts(ex) == ["We need more time to study the costs,"]
    # No usage in the stream: one chunk a token.
    assert ex.usage.completion_tokens == len(json.dumps(GOOD)) // 40 + 2


def test_a_streamed_answer_cut_by_the_cap_is_truncation() -> None:
    chunks = len(json.dumps(GOOD)) // 40 + 2
    exc, _ = fails(
        backend(llm_stream=True, llm_max_tokens=chunks, llm_max_reasks=0),
        [_sse(GOOD, tool=True)],
        LLMResponseError,
    )
    assert "cut off" in exc.detail


# --------------------------------------------------------------------------- partial results


LONG = "\n\n".join(
    [ARTICLE] + [f"Paragraph {i} says the council met again and nothing changed." for i in range(60)]
)


def test_a_failed_piece_keeps_the_other_pieces_results_marked_partial() -> None:
    from schemas import ArticleRequest

    b = backend(llm_chunk_tokens=400, llm_chunk_overlap_tokens=0, llm_max_reasks=0, llm_chunk_concurrency=1)
    calls = {"n": 0}

    def answer(req: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 2:
            return httpx.Response(200, json=completion("{not json}"))
        return httpx.Response(200, json=completion(GOOD))

    ex, route = run(b, [answer] * 20, ArticleRequest(text=LONG))
    assert route.call_count >= 3
    assert ex.usage.failed_chunks == 1
    assert any(w.startswith("partial:") for w in ex.warnings)
    assert quote_texts(ex) == ["We need more time to study the costs,"]


# --------------------------------------------------------------------------- the probe


def test_the_probe_says_which_modes_a_server_refuses_and_why() -> None:
    from service.backends.llm.probe import probe

    def server(req: httpx.Request) -> httpx.Response:
        body = json.loads(req.content)
        if (body.get("response_format") or {}).get("type") == "json_schema":
            # llama-cpp-python: pydantic's error, with its file paths, as a 500.
            detail = (
                "1 validation error for CreateChatCompletionRequest\nresponse_format.type\n  Input should be "
                "'text' or 'json_object' [type=literal_error] /srv/site-packages/llama_cpp/server/app.py"
            )
            return httpx.Response(500, json={"error": {"message": detail, "type": "internal_server_error"}})
        return ok(GOOD, tool="tools" in body)

    with respx.mock(base_url=BASE_URL) as mock:
        route = mock.post(COMPLETIONS).mock(side_effect=server)
        from tests.llm_fakes import settings

        results = asyncio.run(probe(settings()))
    verdicts = {r.mode: r.verdict for r in results}
    assert verdicts == {
        "tools": "accepted",
        "tools_strict": "accepted",
        "json_schema": "refused",
        "json_object": "accepted",
        "json": "accepted",
    }
    refused = next(r for r in results if r.mode == "json_schema")
    assert "response_format" in refused.detail and "site-packages" not in refused.detail
    assert route.call_count == 5  # one request a mode, nothing retried
