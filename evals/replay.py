"""Record and replay an LLM run: httpx transports over a cassette directory.

``RecordingTransport`` wraps a real transport and writes every exchange to
``CASSETTE/<key>.json``, where ``key`` is a SHA-256 of the method, the URL and
the request body. ``ReplayTransport`` serves those files back and never
touches the network, so a recorded run re-scores offline and, because the
extractor sees byte-identical responses, deterministically.

Both are plain transports handed to the backend's ``httpx.AsyncClient``
rather than a global patch of httpx (what vcrpy does): nothing else in the
process is affected, and a test can use them with ``httpx.MockTransport``.

Request headers are never stored (they carry the API key); response headers
are stored minus cookies and the encoding headers httpx has already undone.
A request whose sending failed (the server unreachable, or dying mid-answer)
is recorded as that failure and replayed by raising the same httpx error, so a
replayed run meets exactly the failures the recorded run met (a hybrid run
replaying an llm run then falls back where the llm run failed, instead of
missing the request). A request the cassette does not hold is answered with
status 400 and a problem body, never with a transport exception: clients retry connection
errors with backoff, while a 400 fails at once. The miss is also kept in
``misses`` so the caller can report exactly which request was missing.

The cassette's ``manifest.json`` keeps the non-secret settings the run was
recorded with (model, base URL, mode, limits), so replay rebuilds the same
requests without any configuration.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

MANIFEST = "manifest.json"
# Response headers that would be wrong or sensitive on replay.
_DROP_RESPONSE_HEADERS = frozenset(
    {"content-encoding", "content-length", "transfer-encoding", "set-cookie", "connection"}
)


class CassetteError(Exception):
    """A cassette that cannot be used, or a replayed request it does not hold."""


def request_key(method: str, url: str, body: bytes) -> str:
    """The cassette key of a request: SHA-256 over method, URL and body."""
    h = hashlib.sha256()
    h.update(method.upper().encode("ascii"))
    h.update(b"\n")
    h.update(url.encode("utf-8"))
    h.update(b"\n")
    h.update(body)
    return h.hexdigest()


def _encode_body(body: bytes) -> dict[str, str]:
    try:
        return {"text": body.decode("utf-8")}
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(body).decode("ascii")}


def _decode_body(stored: dict[str, str]) -> bytes:
    if "text" in stored:
        return stored["text"].encode("utf-8")
    return base64.b64decode(stored["base64"])


@dataclass(frozen=True)
class Miss:
    method: str
    url: str
    key: str
    body_excerpt: str

    def __str__(self) -> str:
        return f"{self.method} {self.url} (key {self.key[:16]}…, body starts {self.body_excerpt!r})"


class RecordingTransport(httpx.AsyncBaseTransport):
    """Pass every request to ``inner`` and append the exchange to the cassette."""

    def __init__(self, cassette: Path, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.cassette = cassette
        self.inner = inner or httpx.AsyncHTTPTransport()
        cassette.mkdir(parents=True, exist_ok=True)
        self.recorded = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        try:
            response = await self.inner.handle_async_request(request)
            try:
                content = await response.aread()
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            self._append(request, body, {"error": {"type": type(exc).__name__, "message": str(exc)}})
            raise
        self._append(
            request,
            body,
            {
                "status": response.status_code,
                "headers": [
                    [k, v] for k, v in response.headers.items() if k.lower() not in _DROP_RESPONSE_HEADERS
                ],
                "body": _encode_body(content),
            },
        )
        return httpx.Response(
            status_code=response.status_code,
            headers=[(k, v) for k, v in response.headers.items() if k.lower() not in _DROP_RESPONSE_HEADERS],
            content=content,
            request=request,
        )

    def _append(self, request: httpx.Request, body: bytes, stored: dict[str, Any]) -> None:
        key = request_key(request.method, str(request.url), body)
        path = self.cassette / f"{key}.json"
        # No await between this read and the write: under asyncio the update is atomic.
        entry: dict[str, Any] = (
            json.loads(path.read_text(encoding="utf-8"))
            if path.exists()
            else {"request": {"method": request.method, "url": str(request.url), "body": _encode_body(body)}}
        )
        entry.setdefault("responses", []).append(stored)
        path.write_text(json.dumps(entry, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        self.recorded += 1

    async def aclose(self) -> None:
        await self.inner.aclose()


class ReplayTransport(httpx.AsyncBaseTransport):
    """Serve recorded responses by request key; a request not in the cassette is a miss.

    A key recorded several times (a retried request) replays its responses in
    the recorded order, the last one repeating.
    """

    def __init__(self, cassette: Path) -> None:
        if not cassette.is_dir():
            raise CassetteError(f"{cassette}: no such cassette directory (record one with --record)")
        self.cassette = cassette
        self.misses: list[Miss] = []
        self.served = 0
        self._next: dict[str, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        key = request_key(request.method, str(request.url), body)
        path = self.cassette / f"{key}.json"
        if not path.exists():
            miss = Miss(request.method, str(request.url), key, body[:120].decode("utf-8", "replace"))
            self.misses.append(miss)
            return httpx.Response(
                400,
                json={
                    "type": "about:blank",
                    "title": "Request not in cassette",
                    "status": 400,
                    "detail": f"replay of {self.cassette}: no recorded response for {miss}",
                },
                headers={"content-type": "application/problem+json"},
                request=request,
            )
        try:
            responses = json.loads(path.read_text(encoding="utf-8"))["responses"]
            i = self._next.get(key, 0)
            stored = responses[min(i, len(responses) - 1)]
            self._next[key] = i + 1
            if "error" in stored:
                raise _recorded_error(stored["error"], request)
            response = httpx.Response(
                status_code=int(stored["status"]),
                headers=[(k, v) for k, v in stored["headers"]],
                content=_decode_body(stored["body"]),
                request=request,
            )
        except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
            raise CassetteError(f"{path}: not a readable cassette entry ({exc})") from exc
        self.served += 1
        return response


def _recorded_error(stored: dict[str, str], request: httpx.Request) -> httpx.TransportError:
    """The httpx error a recorded exchange failed with (its class by name; TransportError if unknown)."""
    cls = getattr(httpx, str(stored["type"]), None)
    if not (isinstance(cls, type) and issubclass(cls, httpx.TransportError)):
        cls = httpx.TransportError
    return cls(f"recorded: {stored['message']}", request=request)


def write_manifest(cassette: Path, settings: dict[str, Any]) -> None:
    cassette.mkdir(parents=True, exist_ok=True)
    (cassette / MANIFEST).write_text(json.dumps(settings, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def read_manifest(cassette: Path) -> dict[str, Any]:
    path = cassette / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CassetteError(
            f"{path}: missing; was this cassette written by `newsfacts eval --record`?"
        ) from exc
    except (OSError, ValueError) as exc:
        raise CassetteError(f"{path}: unreadable ({exc})") from exc
    if not isinstance(data, dict):
        raise CassetteError(f"{path}: expected a JSON object")
    return data
