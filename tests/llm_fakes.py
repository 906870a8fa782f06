"""Shared pieces of the LLM backend tests: a small article, its correct draft, fake completions."""

from __future__ import annotations

import json
from typing import Any

import httpx

from schemas import ArticleRequest
from service.backends.llm import LLMBackend
from service.settings import Settings

BASE_URL = "http://llm.test/v1"
COMPLETIONS = "/chat/completions"

ARTICLE = (
    "Council delays harbour vote\n\n"
    "The city council postponed the harbour vote on Tuesday, officials said.\n\n"
    "“We need more time to study the costs,” said Mayor Ruth Okafor.\n\n"
    "The project would cost about $12 million, according to the city’s finance office."
)

# A valid answer with nothing in it: every list present, empty.
EMPTY: dict[str, Any] = {"entities": [], "events": [], "figures": [], "quotes": [], "attributions": []}

GOOD: dict[str, Any] = {
    "metadata": {"title": "Council delays harbour vote"},
    "entities": [{"name": "Ruth Okafor", "type": "person", "aliases": ["Okafor"], "titles": ["Mayor"]}],
    "events": [
        {
            "summary": "The city council postponed the harbour vote.",
            "type": "decision",
            "trigger": "postponed",
            "when": {"text": "on Tuesday", "date": None},
            "participants": [],
            "status": "occurred",
            "evidence": ["The city council postponed the harbour vote on Tuesday"],
        }
    ],
    "figures": [
        {
            "text": "about $12 million",
            "value": 12_000_000,
            "unit": "USD",
            "kind": "money",
            "qualifier": "approximate",
            "measure": "cost of the harbour project",
            "evidence": ["The project would cost about $12 million"],
        }
    ],
    "quotes": [
        {
            "text": "We need more time to study the costs,",
            "speaker": "Ruth Okafor",
            "speaker_mention": "Mayor Ruth Okafor",
            "cue": "said",
            "evidence": ["We need more time to study the costs,"],
        }
    ],
    "attributions": [
        {
            "source": "the city’s finance office",
            "source_type": "government",
            "claim": "The harbour project would cost about $12 million.",
            "cue": "according to",
            "evidence": ["The project would cost about $12 million, according to the city’s finance office."],
        }
    ],
}


def with_fabricated_quote(draft: dict[str, Any] | None = None) -> dict[str, Any]:
    bad = json.loads(json.dumps(draft or GOOD))
    bad["quotes"].append(
        {
            "text": "We will never pay for it",
            "speaker": "Ruth Okafor",
            "evidence": ["We will never pay for it"],
        }
    )
    return bad


def settings(**overrides: Any) -> Settings:
    """Fast settings for tests: tiny backoffs and deadlines, no waiting on real clocks."""
    values: dict[str, Any] = {
        "llm_model": "test-model",
        "llm_base_url": BASE_URL,
        "llm_api_key": "sk-test-secret",
        "llm_timeout_s": 2.0,
        "llm_deadline_s": 20.0,
        "llm_max_attempts": 3,
        "llm_max_reasks": 2,
        "llm_backoff_initial_s": 0.001,
        "llm_backoff_max_s": 0.002,
        **overrides,
    }
    return Settings(**values)


def request() -> ArticleRequest:
    return ArticleRequest(text=ARTICLE)


def completion(
    answer: dict[str, Any] | str,
    *,
    tool: bool = True,
    finish: str = "stop",
    prompt_tokens: int = 100,
    completion_tokens: int = 20,
) -> dict[str, Any]:
    """An OpenAI chat completion carrying ``answer`` as a tool call (or as message content)."""
    text = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
    message: dict[str, Any] = {"role": "assistant", "content": None if tool else text}
    if tool:
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": "ExtractionDraft", "arguments": text}}
        ]
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 0,
        "model": "test-model",
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def ok(answer: dict[str, Any] | str = GOOD, **kw: Any) -> httpx.Response:
    return httpx.Response(200, json=completion(answer, **kw))


def error(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers, json={"error": {"message": f"test error {status}"}})


def sent(call: Any) -> dict[str, Any]:
    """The JSON body of one recorded respx call."""
    body: dict[str, Any] = json.loads(call.request.content)
    return body


def backend(**overrides: Any) -> LLMBackend:
    return LLMBackend(settings(**overrides))
