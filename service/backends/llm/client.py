"""One structured call: the article (or a chunk) in, a validated, grounded draft out.

``openai.AsyncOpenAI`` (or ``AsyncAzureOpenAI``) with ``max_retries=0``, wrapped
by instructor in the configured mode; tenacity (``retry.RetryPolicy``) runs the
attempts; the grounding validator (``validation``) gets the article through
``validation.checking``, bound around the call.

No ``context`` is given to instructor, which would render the messages as
Jinja templates with it: the messages are sent as they are, so whatever
braces an article contains are never parsed as a template.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import weakref
from dataclasses import dataclass, field
from typing import Any

import httpx
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from schemas import ExtractionDraft
from service.backends.llm.failures import NotAChatCompletion, OversizedAnswer, as_backend_error
from service.backends.llm.prompting import PromptTemplate
from service.backends.llm.retry import AttemptLog, RetryPolicy, is_reaskable, shutting_down
from service.backends.llm.validation import GroundingCheck, ModelFacingDraft, checking, validation_context
from service.backends.llm.wire import compact_shape
from service.errors import ConfigurationError, LLMRequestRejected, LLMResponseError
from service.settings import Settings

# The three content modes parse the same way (JSON in the message content);
# the sender (``_Sender``) shapes ``response_format`` for each:
#   json_schema  {"type": "json_schema", "json_schema": {...}} (OpenAI structured outputs)
#   json_object  {"type": "json_object", "schema": {...}} (llama-cpp-python's grammar)
#   json         {"type": "json_object"}, the compact schema in the prompt instead.
MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "tools_strict": instructor.Mode.TOOLS,  # plus a strict tool definition, see _Sender
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json_object": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON_SCHEMA,
}
# Room kept free besides the prompt estimate when capping max_tokens at the context.
CONTEXT_MARGIN_TOKENS = 32
# A call with less room than this for the answer is not sent: no useful answer fits.
MIN_ANSWER_TOKENS = 64
# Characters per token assumed before the server has reported a prompt's size:
# low on purpose (tokenizers give 3.5-4.5 on English news), so the cap errs short.
INITIAL_CHARS_PER_TOKEN = 3.0
# The most characters one answer token can stand for, with room to spare (a real model's JSON averages
# 3 to 5; a long run of spaces is one token of a few dozen). An answer longer than ``max_tokens`` times
# this came from no model: a proxy or a provider gone wrong. Reading it (schema, grounding check) took
# a second of CPU per 1,000 items on the event loop (a 15 MB answer: minutes; s31 hostile review).
MAX_CHARS_PER_TOKEN = 32
# ... and never below this many characters, whatever the cap (a small max_tokens is a test's or a probe's).
MIN_ANSWER_CHARS_LIMIT = 65_536
# Instructor logs every failed attempt at ERROR level; this backend reports
# failures itself (typed errors, usage counts), so without a logging setup of the
# application's those lines must not reach the terminal.
logging.getLogger("instructor").addHandler(logging.NullHandler())

# Local servers ignore the key, but the SDK insists on one.
PLACEHOLDER_KEY = "sk-no-key-needed"
# Instructor wraps a plain model in a new ResponseSchema subclass on every call,
# which rebuilds its pydantic schema and misses instructor's own schema cache:
# most of a call's CPU (benchmarks/RESULTS.md, benchmark 1). Wrapped once here.
_RESPONSE_MODEL = instructor.openai_schema(ModelFacingDraft)

# ------------------------------------------------------------------ instructor workaround
# The one place this backend reaches into instructor's internals.
#
# Instructor's v2 runtime refuses response models that declare its async
# validators (it would not run them): ``reject_async_validators`` walks the MRO
# of every nested model class, on every call, seven times per call (create, the
# patched create, prepare_response_model twice, the retry loop). That was a
# seventh of the service's CPU per extraction in benchmark 1. Its answer
# depends only on the class, so a class that passed is remembered (weakly) and
# not walked again; one that fails is walked, and refused, every time.
#
# Guarded by version: pyproject pins instructor 1.17.0, whose two bindings of
# the function are known (the module's own, read by the call sites that import
# it when called, and ``instructor.v2.core.patch``'s import of it). Under any
# other version nothing is patched and instructor's check runs unchanged, only
# slower. tests/test_llm_instructor.py proves the refusal still happens.
_MEMOISED_INSTRUCTOR_VERSION = "1.17.0"


def memoise_async_validator_check(version: str = instructor.__version__) -> bool:
    """Remember the response models that passed instructor's check; True when patched."""
    if version != _MEMOISED_INSTRUCTOR_VERSION:
        return False
    from instructor.v2.core import patch as instructor_patch
    from instructor.v2.validation import async_validators

    check = async_validators.reject_async_validators
    if getattr(check, "newsfacts_memoised", False):
        return True
    passed: weakref.WeakSet[type] = weakref.WeakSet()

    def reject_async_validators(response_model: Any) -> None:
        if isinstance(response_model, type) and response_model in passed:
            return
        check(response_model)  # raises for a model with async validators
        if isinstance(response_model, type):
            passed.add(response_model)

    reject_async_validators.newsfacts_memoised = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = reject_async_validators
    instructor_patch.reject_async_validators = reject_async_validators
    return True


memoise_async_validator_check()


class TruncatedOutput(Exception):
    """The model's answer was cut off at ``max_tokens`` (``finish_reason="length"``)."""

    def __init__(self, log: AttemptLog, tokens: TokenTally, *, no_room: bool = False) -> None:
        super().__init__("no room in the context" if no_room else "finish_reason=length")
        self.log = log
        self.tokens = tokens
        if no_room:
            self.reason = "the prompt leaves no room for an answer in NEWSFACTS_LLM_CONTEXT_TOKENS"
            self.hint = "serve the model with a larger context, or lower NEWSFACTS_LLM_CHUNK_TOKENS"
        else:
            self.reason = "the model's answer was cut off at max_tokens (or ended mid-JSON)"
            self.hint = "raise NEWSFACTS_LLM_MAX_TOKENS or lower NEWSFACTS_LLM_CHUNK_TOKENS"


@dataclass
class TokenTally:
    """Tokens the provider reported, summed over every response of a call."""

    prompt: int = 0
    completion: int = 0

    def add(self, response: Any) -> None:
        usage = getattr(response, "usage", None)
        self.prompt += int(getattr(usage, "prompt_tokens", 0) or 0)
        self.completion += int(getattr(usage, "completion_tokens", 0) or 0)


@dataclass
class CallResult:
    draft: ExtractionDraft
    log: AttemptLog
    tokens: TokenTally
    dropped_ungrounded: int = 0
    dropped: dict[str, int] = field(default_factory=dict)


def build_openai_client(
    settings: Settings, http_client: httpx.AsyncClient | None = None
) -> openai.AsyncOpenAI:
    """The SDK client for the configured provider; never retries by itself."""
    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
    if key is None:
        if settings.llm_base_url is None:
            raise ConfigurationError(
                "the llm backend needs OPENAI_API_KEY for OpenAI, or OPENAI_BASE_URL for another provider"
            )
        key = PLACEHOLDER_KEY
    if settings.llm_api_version:
        if not settings.llm_base_url:
            raise ConfigurationError("Azure OpenAI needs OPENAI_BASE_URL set to the resource endpoint")
        return openai.AsyncAzureOpenAI(
            azure_endpoint=settings.llm_base_url,
            api_version=settings.llm_api_version,
            api_key=key,
            max_retries=0,
            timeout=settings.llm_timeout_s,
            http_client=http_client,
        )
    return openai.AsyncOpenAI(
        api_key=key,
        base_url=settings.llm_base_url,
        max_retries=0,
        timeout=settings.llm_timeout_s,
        http_client=http_client,
    )


def build_instructor(
    client: openai.AsyncOpenAI, mode: str, settings: Settings | None = None
) -> instructor.AsyncInstructor:
    """Instructor over ``client`` in ``mode``, sending through :class:`_Sender`."""
    if mode not in MODES:
        raise ConfigurationError(f"unknown NEWSFACTS_LLM_MODE {mode!r}: choose {', '.join(MODES)}")
    sender = _Sender(client, mode, settings or Settings(llm_mode=mode))
    return instructor.AsyncInstructor(
        client=client,
        create=instructor.patch(create=sender.create, mode=MODES[mode]),
        mode=MODES[mode],
    )


class _Sender:
    """``client.chat.completions.create`` as this backend needs it.

    - ``tools_strict``: instructor 1.17 keeps ``Mode.TOOLS_STRICT`` only as a
      deprecated alias of ``TOOLS`` that no longer marks the tool strict, so the
      SDK's own ``pydantic_function_tool`` builds the strict definition.
    - ``json_object`` / ``json``: ``response_format`` reshaped (see ``MODES``).
    - ``NEWSFACTS_LLM_SYSTEM_PROMPT=fold``: the system prompt goes into the first
      user turn, and tool turns become plain turns, for chat templates that
      drop roles they do not know (Gemma's drops the system prompt silently).
    - ``NEWSFACTS_LLM_CONTEXT_TOKENS``: ``max_tokens`` capped at the context
      minus the prompt; no room, no call (:class:`ContextExhausted`).
    - ``NEWSFACTS_LLM_STREAM``: the answer is streamed and assembled, so a
      cancelled call closes the connection and the server stops generating.
    - Truncation is judged from the answer, not from ``finish_reason`` (servers
      report ``tool_calls`` or ``stop`` for a cut answer): completion tokens at
      the cap, or JSON that ends inside a string or an open bracket, become
      ``finish_reason="length"``, which instructor raises as incomplete output
      instead of re-asking with the cut answer appended.
    - A server refusing the request's shape (400/422, or a 500 whose body is a
      request-validation error) raises :class:`RequestRejected`: not retried.
    - A 200 whose body is not a chat completion raises ``NotAChatCompletion``.
    """

    def __init__(self, client: openai.AsyncOpenAI, mode: str, settings: Settings) -> None:
        self.client = client
        self.mode = mode
        self.settings = settings
        self.strict_tool = (
            openai.pydantic_function_tool(
                ModelFacingDraft, name=ModelFacingDraft.model_json_schema()["title"]
            )
            if mode == "tools_strict"
            else None
        )
        self.chars_per_token = INITIAL_CHARS_PER_TOKEN

    async def create(self, **kwargs: Any) -> Any:
        if self.strict_tool is not None:
            kwargs["tools"] = [self.strict_tool]
        self._shape_response_format(kwargs)
        if self.settings.llm_system_prompt == "fold":
            kwargs["messages"] = fold_system_prompt(kwargs["messages"])
        prompt_chars = self._cap_max_tokens(kwargs)
        cap = kwargs.get("max_tokens")
        try:
            if self.settings.llm_stream:
                response = await self._streamed(kwargs)
            else:
                response = await self.client.chat.completions.create(**kwargs)
        except openai.APIStatusError as exc:
            rejected = RequestRejected.from_status_error(exc, self.mode)
            if rejected is not None:
                raise rejected from None
            raise
        if not isinstance(response, ChatCompletion) or not response.choices:
            shown = response if isinstance(response, str) else type(response).__name__
            raise NotAChatCompletion(repr(str(shown)[:200]))
        answer_chars = len(answer_text(response))
        cap_tokens = int(cap or self.settings.llm_max_tokens)
        if answer_chars > max(MAX_CHARS_PER_TOKEN * cap_tokens, MIN_ANSWER_CHARS_LIMIT):
            raise OversizedAnswer(
                f"{answer_chars:,} characters, more than {cap_tokens:,} tokens (max_tokens) can hold"
            )
        usage = response.usage
        if usage is not None and usage.prompt_tokens and prompt_chars:
            self.chars_per_token = max(1.0, prompt_chars / usage.prompt_tokens)
        if _looks_cut(response, cap):
            response.choices[0].finish_reason = "length"
        return response

    def _shape_response_format(self, kwargs: dict[str, Any]) -> None:
        asked = kwargs.get("response_format")
        if self.mode not in ("json_object", "json") or not isinstance(asked, dict):
            return
        schema = asked.get("json_schema", {}).get("schema")
        if self.mode == "json_object" and schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        else:
            kwargs["response_format"] = {"type": "json_object"}

    def _cap_max_tokens(self, kwargs: dict[str, Any]) -> int:
        """Cap ``max_tokens`` at the context left after the prompt; the prompt's size in characters.

        Without a context size nothing is capped and the size (which only the cap's estimate
        uses) is not measured: 0. Serialising the whole request to count it was 1-2% of an item's CPU.
        """
        context = self.settings.llm_context_tokens
        if context is None:
            return 0
        sent = [kwargs.get("messages"), kwargs.get("tools"), kwargs.get("response_format")]
        prompt_chars = sum(len(json.dumps(part, ensure_ascii=False)) for part in sent if part)
        estimate = int(prompt_chars / self.chars_per_token) + CONTEXT_MARGIN_TOKENS
        room = context - estimate
        wanted = int(kwargs.get("max_tokens") or self.settings.llm_max_tokens)
        if room < min(MIN_ANSWER_TOKENS, wanted):
            raise ContextExhausted(estimate, context)
        kwargs["max_tokens"] = min(wanted, room)
        return prompt_chars

    async def _streamed(self, kwargs: dict[str, Any]) -> ChatCompletion:
        """Stream the answer and assemble it; cancelling this closes the connection."""
        stream = await self.client.chat.completions.create(**kwargs, stream=True)
        parts = _Assembly()
        try:
            async for chunk in stream:
                parts.add(chunk)
        finally:
            await stream.close()
        return parts.completion()


class ContextExhausted(Exception):
    """The prompt leaves no room for an answer in ``NEWSFACTS_LLM_CONTEXT_TOKENS``."""

    def __init__(self, prompt_estimate: int, context: int) -> None:
        super().__init__(
            f"the prompt (about {prompt_estimate} tokens) leaves no room for an answer in the "
            f"{context}-token context (NEWSFACTS_LLM_CONTEXT_TOKENS); lower NEWSFACTS_LLM_CHUNK_TOKENS "
            "or serve the model with a larger context"
        )


# Bodies of request-validation failures, as servers word them (FastAPI/pydantic
# in llama-cpp-python and vLLM, OpenAI's own invalid_request_error).
_VALIDATION_WORDS = re.compile(
    r"validation error|Input should be|Field required|Extra inputs are not permitted|literal_error"
    r"|invalid_request_error|not supported|unsupported|Unrecognized request argument|response_format",
    re.IGNORECASE,
)
# Request fields a validation error names, e.g. ('body', 'response_format', 'type').
_LOC = re.compile(r"'loc': \(([^)]*)\)")
_FIELDS = ("response_format", "tools", "tool_choice", "max_tokens", "messages", "seed", "stream", "model")
_MODE_FIELDS = {"response_format", "tools", "tool_choice"}


# What in a refusal with no field named still says the mode (the tool or response-format
# machinery) was refused; anything else (a parameter's value, a content filter, a model
# still loading) is not the mode's fault and must not be reported as such (session 34).
_MODE_WORDS = re.compile(
    r"\btools?\b|tool_choice|function[ _]call|response_format|json_schema|grammar", re.IGNORECASE
)
# The server's words shown to the operator: its message's first line, this long at most,
# with nothing that looks like a file path or a traceback.
SERVER_SAID_CHARS = 200
_PATHLIKE = re.compile(r"\S*[/\\]\S*[/\\]\S*")
_TRACE = re.compile(r"Traceback|\bFile \"", re.IGNORECASE)


class RequestRejected(Exception):
    """The server refused the request's shape: a configuration problem, never retried.

    The message names the request fields the server objected to, the setting to
    change and the first line of what the server said (its internals, file paths
    and tracebacks left out, see :func:`_server_said`).
    """

    def __init__(
        self, status: int, fields: list[str], mode: str, said: str = "", *, mode_named: bool = False
    ) -> None:
        self.status = status
        self.fields = fields
        named = f" (it objected to: {', '.join(fields)})" if fields else ""
        quoted = f": \u201c{said}\u201d" if said else ""
        if _MODE_FIELDS & set(fields) or (not fields and mode_named):
            hint = (
                f"NEWSFACTS_LLM_MODE={mode} is not supported by this server: choose another mode "
                "(`newsfacts llm-probe` tries each one; docs/providers.md)"
            )
        elif "max_tokens" in fields or "messages" in fields:
            hint = "lower NEWSFACTS_LLM_MAX_TOKENS or NEWSFACTS_LLM_CHUNK_TOKENS, or set NEWSFACTS_LLM_CONTEXT_TOKENS"
        elif not fields:
            # Nothing says which setting: name them all, and let the server's words tell.
            hint = (
                "check NEWSFACTS_LLM_MODEL and the NEWSFACTS_LLM_* generation settings "
                "(`newsfacts llm-probe` tries each NEWSFACTS_LLM_MODE)"
            )
        else:
            hint = "check NEWSFACTS_LLM_MODEL and the NEWSFACTS_LLM_* generation settings"
        super().__init__(f"the LLM server refused the request ({status}){named}{quoted}; {hint}")

    @classmethod
    def from_status_error(cls, exc: openai.APIStatusError, mode: str) -> RequestRejected | None:
        status = exc.status_code
        if status in (401, 403, 404, 408, 409, 429):
            return None
        text = _body_text(exc)
        if status < 500 and status != 400 and status != 422:
            return None
        if status >= 500 and not _VALIDATION_WORDS.search(text):
            return None
        said = _server_said(exc)
        if status == 400 and re.search(r"context length|context window|maximum context", text, re.IGNORECASE):
            return cls(status, ["max_tokens", "messages"], mode, said)
        fields: list[str] = []
        for loc in _LOC.findall(text):
            for name in _FIELDS:
                if f"'{name}'" in loc and name not in fields:
                    fields.append(name)
        if not fields:
            fields = [name for name in _FIELDS if re.search(rf"\b{name}\b", text) and name != "model"]
        return cls(status, fields, mode, said, mode_named=bool(_MODE_WORDS.search(text)))


def _server_said(exc: openai.APIStatusError) -> str:
    """The first line of the server's error message, cut short, paths and tracebacks left out."""
    body = exc.body
    message: Any = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        if not isinstance(message, str):
            message = body.get("detail") if isinstance(body.get("detail"), str) else None
    elif isinstance(body, str):
        message = body
    if not isinstance(message, str):
        return ""
    trace = _TRACE.search(message)
    line = (message[: trace.start()] if trace else message).strip().split("\n", 1)[0]
    line = _PATHLIKE.sub("\u2026", "".join(ch if ch.isprintable() else " " for ch in line)).strip()
    return line if len(line) <= SERVER_SAID_CHARS else line[: SERVER_SAID_CHARS - 1] + "\u2026"


def _body_text(exc: openai.APIStatusError) -> str:
    """Every string in the error body, joined: what the classification reads (never shown)."""
    texts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(exc.body)
    return " ".join(texts) or exc.message


def fold_system_prompt(messages: list[Any]) -> list[Any]:
    """System turns moved into the head of the first user turn; tool turns made plain.

    For chat templates with no system role (Gemma's), and with no tool role:
    a re-ask's tool turn becomes a user turn, the assistant's tool call becomes
    its arguments as text.
    """
    system = "\n\n".join(
        str(m.get("content") or "") for m in messages if isinstance(m, dict) and m.get("role") == "system"
    )
    out: list[Any] = []
    folded = not system
    for m in messages:
        if not isinstance(m, dict):
            out.append(m)
            continue
        role = m.get("role")
        if role == "system":
            continue
        if role == "tool":
            m = {"role": "user", "content": str(m.get("content") or "")}
        elif role == "assistant" and m.get("tool_calls"):
            calls = m["tool_calls"]
            args = [
                (c.get("function") or {}).get("arguments", "") if isinstance(c, dict) else "" for c in calls
            ]
            m = {"role": "assistant", "content": str(m.get("content") or "") + "".join(args)}
        if role == "user" and not folded:
            m = {**m, "content": f"{system}\n\n{m.get('content') or ''}"}
            folded = True
        out.append(m)
    if not folded:
        out.insert(0, {"role": "user", "content": system})
    return out


def is_cut_json(text: str) -> bool:
    """True when ``text`` is JSON that stops inside a string or with a bracket still open."""
    try:
        # Almost every answer is whole JSON, which closes every string and bracket: the C
        # parser says so in microseconds, where the scan below took a millisecond of Python.
        json.loads(text)
        return False
    except (ValueError, RecursionError):
        pass
    stack: list[str] = []
    in_string = escaped = False
    started = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append(ch)
            started = True
        elif ch in "}]" and stack:
            stack.pop()
    return started and (in_string or bool(stack))


def _looks_cut(response: ChatCompletion, cap: int | None) -> bool:
    choice = response.choices[0]
    if choice.finish_reason == "length":
        return True
    completion = response.usage.completion_tokens if response.usage else None
    if cap and completion is not None and completion >= cap:
        return True
    return is_cut_json(answer_text(response))


@dataclass
class _Assembly:
    """A streamed chat completion put back together."""

    id: str = ""
    model: str = ""
    created: int = 0
    content: str = ""
    finish_reason: str | None = None
    chunks: int = 0
    usage: Any = None

    def __post_init__(self) -> None:
        self.tool_calls: dict[int, dict[str, str]] = {}

    def add(self, chunk: Any) -> None:
        self.id = self.id or str(getattr(chunk, "id", "") or "")
        self.model = self.model or str(getattr(chunk, "model", "") or "")
        self.created = self.created or int(getattr(chunk, "created", 0) or 0)
        if getattr(chunk, "usage", None) is not None:
            self.usage = chunk.usage
        for choice in getattr(chunk, "choices", None) or []:
            delta = choice.delta
            self.chunks += 1
            if delta is not None and delta.content:
                self.content += delta.content
            for call in (delta.tool_calls if delta is not None else None) or []:
                slot = self.tool_calls.setdefault(call.index or 0, {"id": "", "name": "", "arguments": ""})
                slot["id"] = slot["id"] or (call.id or "")
                if call.function is not None:
                    slot["name"] = slot["name"] or (call.function.name or "")
                    slot["arguments"] += call.function.arguments or ""
            if choice.finish_reason:
                self.finish_reason = choice.finish_reason

    def completion(self) -> ChatCompletion:
        message: dict[str, Any] = {"role": "assistant", "content": self.content or None}
        if self.tool_calls:
            message["tool_calls"] = [
                {
                    "id": slot["id"] or f"call_{i}",
                    "type": "function",
                    "function": {"name": slot["name"], "arguments": slot["arguments"]},
                }
                for i, slot in sorted(self.tool_calls.items())
            ]
        usage = (
            self.usage.model_dump()
            if self.usage is not None
            # One chunk a token (llama.cpp-based servers stream so); the prompt unknown.
            else {"prompt_tokens": 0, "completion_tokens": self.chunks, "total_tokens": self.chunks}
        )
        return ChatCompletion.model_validate(
            {
                "id": self.id or "streamed",
                "object": "chat.completion",
                "created": self.created,
                "model": self.model,
                "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason or "stop"}],
                "usage": usage,
            }
        )


class StructuredClient:
    """Sends one article text and returns its grounded draft, with what it cost."""

    def __init__(
        self,
        settings: Settings,
        prompt: PromptTemplate,
        *,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self.settings = settings
        self.prompt = prompt
        self.openai = build_openai_client(settings, http_client)
        # The SDK imports its chat resources on first use: a quarter second on the
        # event loop under the first request. At startup instead.
        _ = self.openai.chat.completions
        self.instructor = build_instructor(self.openai, settings.llm_mode, settings)
        self.policy = RetryPolicy.from_settings(settings)
        self.endpoint = str(self.openai.base_url)
        # The json mode's schema travels in the prompt, compactly (see wire.compact_shape).
        self.schema_hint = (
            compact_shape(ModelFacingDraft.model_json_schema()) if settings.llm_mode == "json" else None
        )

    def request_options(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "model": self.settings.llm_model,
            "temperature": self.settings.llm_temperature,
            "max_tokens": self.settings.llm_max_tokens,
        }
        if self.settings.llm_seed is not None:
            options["seed"] = self.settings.llm_seed
        return options

    async def extract(self, text: str, check: GroundingCheck, published: dt.date | None = None) -> CallResult:
        """The grounded draft of ``text``. Raises ``TruncatedOutput`` or a ``BackendError``."""
        log = AttemptLog()
        tokens = TokenTally()
        # This call's own check: chunks run concurrently and each counts its own drops.
        check = check.fresh()
        hooks = Hooks()
        hooks.on("completion:response", tokens.add)
        messages: list[Any] = self.prompt.messages(text, published, schema_hint=self.schema_hint)
        try:
            async with asyncio.timeout(self.settings.llm_deadline_s):
                with checking(check):
                    answer = await self.instructor.create(
                        response_model=_RESPONSE_MODEL,
                        messages=messages,
                        max_retries=self.policy.retrying(log),
                        strict=False,
                        hooks=hooks,
                        token_budget=self.settings.llm_reask_token_budget,
                        **self.request_options(),
                    )
        except IncompleteOutputException as exc:
            raise TruncatedOutput(log, tokens) from exc
        except ContextExhausted as exc:
            # Before any answer: a shorter excerpt may fit, as for a cut answer.
            raise TruncatedOutput(log, tokens, no_room=True) from exc
        except InstructorRetryException as exc:
            cause = exc.__cause__ or exc
            if (stopped := shutting_down(cause)) is not None:
                raise stopped from None  # our process is stopping: not the provider's failure
            if isinstance(cause, IncompleteOutputException):
                raise TruncatedOutput(log, tokens) from exc
            if isinstance(cause, RequestRejected):
                raise LLMRequestRejected(str(cause)) from None
            if isinstance(cause, ContextExhausted):
                if exc.last_completion is not None:
                    # A re-ask would not fit: keep what the last answer grounded.
                    return self._salvage(exc.last_completion, check, log, tokens)
                raise TruncatedOutput(log, tokens, no_room=True) from exc
            if is_reaskable(cause) and exc.last_completion is not None:
                return self._salvage(exc.last_completion, check, log, tokens)
            raise as_backend_error(cause, log, self.endpoint, self.settings.llm_timeout_s) from exc
        except RequestRejected as exc:
            raise LLMRequestRejected(str(exc)) from None
        except TimeoutError as exc:
            raise as_backend_error(exc, log, self.endpoint, self.settings.llm_timeout_s) from exc
        return CallResult(draft=answer.to_draft(), log=log, tokens=tokens, dropped=dict(check.reasons))

    def _salvage(
        self, completion: Any, check: GroundingCheck, log: AttemptLog, tokens: TokenTally
    ) -> CallResult:
        """Re-asks spent: keep the last answer's grounded items, drop and count the rest."""
        lenient = check.relaxed()
        try:
            answer = ModelFacingDraft.model_validate_json(
                answer_text(completion), context=validation_context(lenient)
            )
        except (ValidationError, ValueError) as exc:
            first = (
                f"{exc.errors()[0]['msg']} (at {'.'.join(map(str, exc.errors()[0]['loc'])) or 'the top'})"
                if isinstance(exc, ValidationError) and exc.errors()
                else str(exc).strip().splitlines()[0]
            )
            raise LLMResponseError(
                f"the model's answer did not fit the schema after {log.reasks} re-asks "
                f"({log.attempts} HTTP attempts): {first[:300]}"
            ) from exc
        return CallResult(
            draft=answer.to_draft(),
            log=log,
            tokens=tokens,
            dropped_ungrounded=lenient.dropped,
            dropped=dict(lenient.reasons),
        )


def answer_text(completion: Any) -> str:
    """The JSON the model answered with: the tool call's arguments, else the message content."""
    message = completion.choices[0].message
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return str(calls[0].function.arguments or "")
    return str(message.content or "")
