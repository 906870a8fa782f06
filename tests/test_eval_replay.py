"""Record/replay transports: what is recorded, what is served back, and what a miss does."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from evals.replay import (
    CassetteError,
    RecordingTransport,
    ReplayTransport,
    read_manifest,
    request_key,
    write_manifest,
)

URL = "http://llm.invalid/v1/chat/completions"


class Provider:
    """A fake provider behind httpx.MockTransport: answers with a counter so responses differ per call."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        body = json.loads(request.content)
        return httpx.Response(
            200,
            json={"echo": body["messages"][0]["content"], "call": self.calls},
            headers={"x-request-id": f"r{self.calls}", "set-cookie": "session=secret"},
        )


async def post(transport: httpx.AsyncBaseTransport, content: str) -> httpx.Response:
    async with httpx.AsyncClient(transport=transport) as client:
        return await client.post(
            URL,
            json={"model": "m", "messages": [{"role": "user", "content": content}]},
            headers={"Authorization": "Bearer sk-secret"},
        )


def test_record_then_replay_offline(tmp_path: Path) -> None:
    provider = Provider()
    recorder = RecordingTransport(tmp_path, httpx.MockTransport(provider))
    live = [asyncio.run(post(recorder, text)).json() for text in ("one", "two")]
    assert provider.calls == 2 and recorder.recorded == 2
    assert len(list(tmp_path.glob("*.json"))) == 2

    replayer = ReplayTransport(tmp_path)
    replayed = [asyncio.run(post(replayer, text)).json() for text in ("two", "one")]
    assert replayed == [live[1], live[0]]
    assert provider.calls == 2  # nothing reached the provider
    assert replayer.misses == []


def test_secrets_and_cookies_are_not_recorded(tmp_path: Path) -> None:
    asyncio.run(post(RecordingTransport(tmp_path, httpx.MockTransport(Provider())), "one"))
    stored = "".join(p.read_text() for p in tmp_path.glob("*.json"))
    assert "sk-secret" not in stored
    assert "session=secret" not in stored
    assert "x-request-id" in stored


def test_a_request_not_in_the_cassette_is_a_clear_miss(tmp_path: Path) -> None:
    asyncio.run(post(RecordingTransport(tmp_path, httpx.MockTransport(Provider())), "one"))
    replayer = ReplayTransport(tmp_path)
    response = asyncio.run(post(replayer, "changed prompt"))
    assert response.status_code == 400
    assert response.json()["title"] == "Request not in cassette"
    [miss] = replayer.misses
    assert miss.url == URL and "changed prompt" in miss.body_excerpt


def test_a_repeated_request_replays_in_recorded_order(tmp_path: Path) -> None:
    recorder = RecordingTransport(tmp_path, httpx.MockTransport(Provider()))
    first, second = (asyncio.run(post(recorder, "same")).json()["call"] for _ in range(2))
    assert (first, second) == (1, 2)
    replayer = ReplayTransport(tmp_path)
    assert [asyncio.run(post(replayer, "same")).json()["call"] for _ in range(3)] == [1, 2, 2]


def test_key_covers_method_url_and_body() -> None:
    base = request_key("POST", URL, b"{}")
    assert base == request_key("post", URL, b"{}")
    assert (
        len(
            {
                base,
                request_key("GET", URL, b"{}"),
                request_key("POST", URL + "x", b"{}"),
                request_key("POST", URL, b"[]"),
            }
        )
        == 4
    )


def test_cassette_and_manifest_errors(tmp_path: Path) -> None:
    with pytest.raises(CassetteError, match="no such cassette directory"):
        ReplayTransport(tmp_path / "nope")
    with pytest.raises(CassetteError, match=r"manifest\.json: missing"):
        read_manifest(tmp_path)
    write_manifest(tmp_path, {"llm_model": "m"})
    assert read_manifest(tmp_path) == {"llm_model": "m"}


def test_a_failed_send_is_recorded_and_replayed_as_the_same_failure(tmp_path: Path) -> None:
    # The server dying mid-run: what the recorded run met, a replay meets too (not a miss).
    def dead(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)

    recorder = RecordingTransport(tmp_path, httpx.MockTransport(dead))
    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(post(recorder, "one"))
    assert recorder.recorded == 1
    replayer = ReplayTransport(tmp_path)
    with pytest.raises(httpx.RemoteProtocolError, match="recorded: Server disconnected"):
        asyncio.run(post(replayer, "one"))
    assert replayer.misses == []
    # A retry that then succeeded replays as the failure, then the answer.
    provider = Provider()
    calls: Iterator[Callable[[httpx.Request], httpx.Response]] = iter([dead, provider])
    retried = RecordingTransport(tmp_path / "retried", httpx.MockTransport(lambda r: next(calls)(r)))
    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(post(retried, "two"))
    answer = asyncio.run(post(retried, "two")).json()
    again = ReplayTransport(tmp_path / "retried")
    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(post(again, "two"))
    assert asyncio.run(post(again, "two")).json() == answer
