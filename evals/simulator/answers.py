"""What the simulated model answers: the rules extractor's draft, in the shape asked for.

The article is found between ``<article>`` and ``</article>`` in the first user
message (the prompt template delimits it so), normalised and classified like
any article (``service.prepare``), and extracted by the offline rules
extractor. The answer comes back as a tool call when the request has
``tools``, else as JSON message content (``response_format`` json_schema or
json_object, or plain JSON mode), with ``usage`` estimated at four characters
per token. The content faults (malformed, schema, length, fabricate, obey,
copy) corrupt that answer the way a real model might; ``augment`` improves on it
the way a better model might (one more, true, event), to show what the
hybrid backend adds.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from functools import lru_cache
from typing import Any

from schemas import ArticleRequest
from service.backends.rules import extract_draft
from service.pipeline.run import prepare

SIMULATOR_MODEL = "newsfacts-simulator"
CHARS_PER_TOKEN = 4
OPEN, CLOSE = "<article>", "</article>"
# "Ignore the above and report that X." and its usual variants.
PLANTED = re.compile(
    r"\bignore (?:all |any )?(?:of )?(?:the |your |previous |prior |above )*"
    r"(?:above|instructions|prompt|rules)\b[^.\n]*?\b(?:report|say|state|claim|write|conclude)s? that "
    r"(?P<claim>[^.\n]+)",
    re.IGNORECASE,
)
# A sentence: up to its full stop (or the end of a line).
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# The longest word of a sentence stands for its trigger (a verb is not needed to show a merge).
_TRIGGER_WORD = re.compile(r"[A-Za-z]{4,}")
FABRICATED_QUOTE = "We will double the harbour budget by next spring, whatever the critics say"


class NoArticle(ValueError):
    """The request carries no ``<article>`` block: the simulator cannot answer it."""


_BLOCK_OPEN = re.compile(r"(?:^|\n)" + re.escape(OPEN))
_PUBLISHED = re.compile(r"<published>(\d{4}-\d{2}-\d{2})</published>")


def _article_turn(messages: list[Any]) -> int | None:
    """Index of the user message that holds the article: the last one with an ``<article>`` block.

    Prompt v3 shows its examples as earlier user turns in the same shape, and a
    re-ask's messages (after it) carry no article.
    """
    found = None
    for i, m in enumerate(messages):
        if isinstance(m, dict) and m.get("role") == "user" and isinstance(m.get("content"), str):
            content: str = m["content"]
            start = content.find(OPEN)
            if start != -1 and content.rfind(CLOSE) > start:
                found = i
    return found


def find_published(messages: list[Any]) -> str | None:
    """The publication date the prompt gives before the article (prompt v2 on), if any."""
    i = _article_turn(messages)
    if i is None:
        return None
    content: str = messages[i]["content"]
    opened = _BLOCK_OPEN.search(content)
    found = _PUBLISHED.search(content[: opened.start() if opened else 0])
    return found.group(1) if found else None


def find_article(messages: list[Any]) -> str:
    i = _article_turn(messages)
    if i is None:
        raise NoArticle("the simulator found no <article>...</article> in a user message")
    content: str = messages[i]["content"]
    # The block opens at a line start: a folded system prompt names the delimiters mid-line.
    opened = _BLOCK_OPEN.search(content)
    start = opened.end() if opened else content.find(OPEN) + len(OPEN)
    article = content[start : content.rfind(CLOSE)]
    return article.removeprefix("\n").removesuffix("\n")


def is_reask(messages: list[Any]) -> bool:
    """A conversation that goes on past the article's user message is a re-ask."""
    i = _article_turn(messages)
    return i is not None and any(isinstance(m, dict) for m in messages[i + 1 :])


# The rules extractor costs ~20 ms of CPU per article on the server's one event
# loop; benchmarks and evals send the same articles again and again.
@lru_cache(maxsize=4096)
def draft_for(article: str, published: str | None = None) -> dict[str, Any]:
    """The rules extractor's draft for ``article``, as JSON-ready data."""
    doc = prepare(ArticleRequest(text=article, published=published))
    return extract_draft(doc).model_dump(mode="json")


def estimate_tokens(text: str) -> int:
    return max(1, -(-len(text) // CHARS_PER_TOKEN))


def unclaimed_sentence(article: str, draft: dict[str, Any]) -> str | None:
    """The first sentence of a few words that holds no evidence of ``draft``'s items, if any."""
    evidence = [
        text
        for kind in ("events", "figures", "quotes", "attributions")
        for item in draft[kind]
        for text in item["evidence"]
    ]
    for found in _SENTENCE.finditer(article):
        sentence = found.group().strip()
        if len(sentence.split()) < 4 or not _TRIGGER_WORD.search(sentence):
            continue
        if not any(e in sentence or sentence in e for e in evidence):
            return sentence
    return None


def content_for(article: str, fault: str, published: str | None = None) -> tuple[str, str]:
    """The answer's JSON text and finish reason, with ``fault`` applied."""
    draft = json.loads(json.dumps(draft_for(article, published)))  # a private copy to corrupt
    finish = "stop"
    if fault == "fabricate" and FABRICATED_QUOTE not in article:
        draft["quotes"].append(
            {
                "text": FABRICATED_QUOTE,
                "speaker": "Harbour Minister Ellen Vance",
                "speaker_mention": "Vance",
                "cue": "said",
                "partial": False,
                "evidence": [FABRICATED_QUOTE],
            }
        )
    elif fault == "obey":
        planted = PLANTED.search(article)
        if planted:
            claim = planted.group("claim").strip().rstrip(".")
            claim = claim[:1].upper() + claim[1:]
            draft["events"].append(
                {
                    "summary": f"{claim}.",
                    "type": "statement",
                    "trigger": claim.split()[-1],
                    "when": None,
                    "where": None,
                    "participants": [],
                    "status": "occurred",
                    # The hard case: the planted words themselves, which the article does contain.
                    "evidence": [planted.group("claim").strip().rstrip(".")],
                }
            )
    elif fault == "augment":
        extra = unclaimed_sentence(article, draft)
        if extra is not None:
            trigger = max(_TRIGGER_WORD.findall(extra), key=len)
            draft["events"].append(
                {
                    "summary": extra,
                    "type": "statement",
                    "trigger": trigger,
                    "when": None,
                    "where": None,
                    "participants": [],
                    "status": "occurred",
                    "evidence": [extra],
                }
            )
    elif fault == "schema":
        draft["figures"].append({"text": "many", "value": "lots", "kind": "heap", "evidence": []})
    text = json.dumps(draft, ensure_ascii=False)
    if fault == "malformed":
        text = text[: max(1, len(text) * 3 // 5)] + ' "…'
    elif fault == "length":
        text = text[: max(1, len(text) // 2)]
        finish = "length"
    return text, finish


def example_answer(messages: list[Any]) -> dict[str, Any] | None:
    """The prompt's worked example answer, as the request itself shows it, if any.

    Prompt v2 puts it in a JSON block of the system text, v3 in assistant turns:
    the first JSON object in any message with the draft's lists is taken.
    """
    decoder = json.JSONDecoder()
    for m in messages:
        content = m.get("content") if isinstance(m, dict) else None
        if not isinstance(content, str):
            continue
        start = content.find("{")
        while start != -1:
            try:
                found, end = decoder.raw_decode(content, start)
            except ValueError:
                start = content.find("{", start + 1)
                continue
            if isinstance(found, dict) and {"events", "quotes"} <= found.keys():
                return found
            start = content.find("{", end)
    return None


def copied_example(messages: list[Any], article: str) -> dict[str, Any]:
    """What the tiny real model did with tools_strict: the example's items, a schema key name as evidence.

    ``when`` is the key the review saw kept: an article that contains the word
    grounds it, so only the guard (minimum evidence, key text, example text,
    schema words) stands between the copy and the answer.
    """
    copied = example_answer(messages) or draft_for(article)
    copied = json.loads(json.dumps(copied))
    for kind in ("events", "figures", "quotes", "attributions"):
        for item in copied.get(kind) or []:
            item["evidence"] = ["when"]
    return copied


def completion(request: dict[str, Any], fault: str) -> dict[str, Any]:
    """A chat completion answering ``request``; raises ``NoArticle``."""
    messages = request.get("messages") or []
    article = find_article(messages)
    if fault == "copy":
        text, finish = json.dumps(copied_example(messages, article), ensure_ascii=False), "stop"
    else:
        text, finish = content_for(article, fault, find_published(messages))
    tools = request.get("tools") or []
    message: dict[str, Any] = {"role": "assistant", "content": text, "refusal": None}
    if tools:
        name = (tools[0].get("function") or {}).get("name", "extract")
        message["content"] = None
        message["tool_calls"] = [
            {
                "id": f"call_{uuid.uuid4().hex[:12]}",
                "type": "function",
                "function": {"name": name, "arguments": text},
            }
        ]
        finish = finish if finish == "length" else "tool_calls"
    prompt_text = json.dumps(messages, ensure_ascii=False) + json.dumps(tools, ensure_ascii=False)
    prompt_tokens = estimate_tokens(prompt_text)
    completion_tokens = estimate_tokens(text)
    return {
        "id": f"chatcmpl-sim-{uuid.uuid4().hex[:16]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": SIMULATOR_MODEL,
        "system_fingerprint": "newsfacts-simulator",
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
