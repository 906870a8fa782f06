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
import logging
import weakref
from dataclasses import dataclass
from typing import Any

import httpx
import instructor
import openai
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from schemas import ExtractionDraft
from service.backends.llm.failures import NotAChatCompletion, as_backend_error
from service.backends.llm.prompting import PromptTemplate
from service.backends.llm.retry import AttemptLog, RetryPolicy, is_reaskable
from service.backends.llm.validation import GroundedDraft, GroundingCheck, checking, validation_context
from service.errors import ConfigurationError, LLMResponseError
from service.settings import Settings

MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "tools_strict": instructor.Mode.TOOLS,  # plus a strict tool definition, see _sender
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
}
# Instructor logs every failed attempt at ERROR level; this backend reports
# failures itself (typed errors, usage counts), so without a logging setup of the
# application's those lines must not reach the terminal.
logging.getLogger("instructor").addHandler(logging.NullHandler())

# Local servers ignore the key, but the SDK insists on one.
PLACEHOLDER_KEY = "sk-no-key-needed"
# Instructor wraps a plain model in a new ResponseSchema subclass on every call,
# which rebuilds its pydantic schema and misses instructor's own schema cache:
# most of a call's CPU (benchmarks/RESULTS.md, benchmark 1). Wrapped once here.
_RESPONSE_MODEL = instructor.openai_schema(GroundedDraft)

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

    def __init__(self, log: AttemptLog, tokens: TokenTally) -> None:
        super().__init__("finish_reason=length")
        self.log = log
        self.tokens = tokens


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


def build_instructor(client: openai.AsyncOpenAI, mode: str) -> instructor.AsyncInstructor:
    """Instructor over ``client`` in ``mode``, sending through :func:`_sender`."""
    if mode not in MODES:
        raise ConfigurationError(f"unknown NEWSFACTS_LLM_MODE {mode!r}: choose {', '.join(MODES)}")
    return instructor.AsyncInstructor(
        client=client,
        create=instructor.patch(create=_sender(client, strict=mode == "tools_strict"), mode=MODES[mode]),
        mode=MODES[mode],
    )


def _sender(client: openai.AsyncOpenAI, *, strict: bool) -> Any:
    """``client.chat.completions.create``, checked, and with a strict tool in ``tools_strict`` mode.

    Instructor 1.17 keeps ``Mode.TOOLS_STRICT`` only as a deprecated alias of
    ``TOOLS`` that no longer marks the tool strict, so the SDK's own
    ``pydantic_function_tool`` builds the strict definition (every property
    required, no extra keys) under the same name. A 200 whose body is not a
    chat completion (the SDK hands back the text) becomes ``NotAChatCompletion``
    instead of an ``AttributeError`` deep inside instructor.
    """
    tool = openai.pydantic_function_tool(GroundedDraft, name=GroundedDraft.model_json_schema()["title"])

    async def create(**kwargs: Any) -> Any:
        if strict:
            kwargs["tools"] = [tool]
        response = await client.chat.completions.create(**kwargs)
        if not isinstance(response, ChatCompletion) or not response.choices:
            shown = response if isinstance(response, str) else type(response).__name__
            raise NotAChatCompletion(repr(str(shown)[:200]))
        return response

    return create


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
        self.instructor = build_instructor(self.openai, settings.llm_mode)
        self.policy = RetryPolicy.from_settings(settings)
        self.endpoint = str(self.openai.base_url)

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
        hooks = Hooks()
        hooks.on("completion:response", tokens.add)
        messages: list[Any] = self.prompt.messages(text, published)
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
        except InstructorRetryException as exc:
            cause = exc.__cause__ or exc
            if is_reaskable(cause) and exc.last_completion is not None:
                return self._salvage(exc.last_completion, check, log, tokens)
            raise as_backend_error(cause, log, self.endpoint, self.settings.llm_timeout_s) from exc
        except TimeoutError as exc:
            raise as_backend_error(exc, log, self.endpoint, self.settings.llm_timeout_s) from exc
        return CallResult(draft=answer.to_draft(), log=log, tokens=tokens)

    def _salvage(
        self, completion: Any, check: GroundingCheck, log: AttemptLog, tokens: TokenTally
    ) -> CallResult:
        """Re-asks spent: keep the last answer's grounded items, drop and count the rest."""
        lenient = GroundingCheck(check.aligner, lenient=True)
        try:
            answer = GroundedDraft.model_validate_json(
                answer_text(completion), context=validation_context(lenient)
            )
        except (ValidationError, ValueError) as exc:
            raise LLMResponseError(
                f"the model's answer did not fit the schema after {log.reasks} re-asks "
                f"({log.attempts} HTTP attempts): {str(exc).strip().splitlines()[0][:300]}"
            ) from exc
        return CallResult(draft=answer.to_draft(), log=log, tokens=tokens, dropped_ungrounded=lenient.dropped)


def answer_text(completion: Any) -> str:
    """The JSON the model answered with: the tool call's arguments, else the message content."""
    message = completion.choices[0].message
    calls = getattr(message, "tool_calls", None) or []
    if calls:
        return str(calls[0].function.arguments or "")
    return str(message.content or "")
