"""The instructor workaround in ``client.py``: instructor still refuses models with async validators.

``memoise_async_validator_check`` remembers the response models that passed
instructor's ``reject_async_validators``. What that check protects: a model
declaring instructor's async validators (which the v2 runtime would not run)
is refused before any request is sent. These tests go through the backend's
own instructor client, whose transport fails the test if it is ever reached.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import instructor
import openai
import pytest
from instructor.v2.core import patch as instructor_patch
from instructor.v2.validation import async_validators
from instructor.v2.validation.async_validators import async_field_validator, async_model_validator
from pydantic import BaseModel

from service.backends.llm.client import _RESPONSE_MODEL, build_instructor, memoise_async_validator_check
from tests.llm_fakes import BASE_URL, GOOD, completion


class NameChecked(BaseModel):
    name: str

    @async_field_validator("name")
    async def _known(cls, value: str) -> str:
        return value


class Inner(BaseModel):
    value: int

    @async_model_validator()
    async def _consistent(self) -> Inner:
        return self


class Outer(BaseModel):
    """Clean itself, but a nested model declares an async validator."""

    inner: Inner


class Clean(BaseModel):
    name: str


def _client(calls: list[httpx.Request], answer: dict[str, Any] | None = None) -> instructor.AsyncInstructor:
    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if answer is None:
            pytest.fail("a model with async validators reached the provider")
        return httpx.Response(200, json=answer)

    sdk = openai.AsyncOpenAI(
        api_key="sk-test",
        base_url=BASE_URL,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    return build_instructor(sdk, "tools")


async def _create(client: instructor.AsyncInstructor, model: type[BaseModel]) -> Any:
    return await client.create(
        response_model=model, messages=[{"role": "user", "content": "x"}], model="m", max_retries=0
    )


def test_the_pinned_instructor_is_the_patched_one() -> None:
    # pyproject pins the version the workaround was written for; both bindings are replaced.
    assert memoise_async_validator_check() is True
    assert async_validators.reject_async_validators is instructor_patch.reject_async_validators
    assert getattr(async_validators.reject_async_validators, "newsfacts_memoised", False)


def test_another_instructor_version_is_left_alone() -> None:
    before = async_validators.reject_async_validators
    assert memoise_async_validator_check("1.18.0") is False
    assert async_validators.reject_async_validators is before


@pytest.mark.parametrize("model", [NameChecked, Outer])
def test_models_with_async_validators_are_still_refused_every_time(model: type[BaseModel]) -> None:
    calls: list[httpx.Request] = []
    client = _client(calls, completion(GOOD))

    async def go() -> None:
        # A clean model goes through (and is remembered) ...
        assert (await _create(client, _RESPONSE_MODEL)).quotes
        # ... the refused one is refused before any request, and again: failures are not remembered.
        for _ in range(2):
            with pytest.raises(ValueError, match="async validators are not supported"):
                await _create(client, model)

    asyncio.run(go())
    assert len(calls) == 1
