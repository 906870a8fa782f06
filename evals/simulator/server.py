"""The simulated provider's HTTP server: h11 over asyncio streams, on loopback.

Plain asyncio rather than an ASGI framework because two faults need the raw
connection: ``drop`` aborts the TCP connection mid-request and ``hang`` holds
it open until the client gives up. h11 does the HTTP/1.1 parsing (keep-alive
included); every request is a coroutine, latency is an ``asyncio.sleep``, so
hundreds of concurrent clients cost little.

Routes: ``POST /v1/chat/completions``, ``GET /v1/models``, and the control
routes ``GET /_sim/stats``, ``GET /_sim/arrivals`` (``?since=UNIX_TIME``),
``POST /_sim/script`` (``{"faults": [...], "append": false}``), ``POST
/_sim/rates`` (``{"faults": "429:0.1,..."}``), ``POST /_sim/reset``.

``/_sim/arrivals`` is the provider's own record of its load: the wall-clock time
(``time.time()``, the clock every process of the host shares) at which each
chat completion request arrived, whole, in arrival order. A benchmark checks a
rate limit against it as the provider would, instead of trusting the clients'
counts (``benchmarks/scale_out.py --parts rpm``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import random
import threading
import time
import urllib.parse
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any, Self

import h11

from evals.simulator.answers import SIMULATOR_MODEL, NoArticle, completion, is_reask
from evals.simulator.faults import FaultPlan, parse_rates

_MAX_BODY = 16 * 1024 * 1024
# Arrival times kept (the oldest go first): hours of a benchmark's load in a few MB.
_MAX_ARRIVALS = 1_000_000
_DROP = object()
_HANG = object()


@dataclass
class SimulatorConfig:
    latency_ms: float = 0.0
    latency_jitter_ms: float = 0.0
    rates: dict[str, float] = field(default_factory=dict)
    script: list[str] = field(default_factory=list)
    retry_after_s: float = 1.0
    hang_s: float = 600.0
    seed: int | None = None


@dataclass
class Reply:
    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str = "application/json"


def _json(status: int, data: Any, headers: list[tuple[str, str]] | None = None) -> Reply:
    return Reply(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), headers or [])


def _error(status: int, message: str, kind: str, headers: list[tuple[str, str]] | None = None) -> Reply:
    return _json(status, {"error": {"message": message, "type": kind, "param": None, "code": None}}, headers)


class Simulator:
    """The application: routes, faults, latency and counters (one event loop)."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self.plan = FaultPlan(config.rates, config.script, config.seed)
        self._rng = random.Random(config.seed)
        self._lock = threading.Lock()
        self._stats: Counter[str] = Counter()
        self._faults: Counter[str] = Counter()
        self._inflight = 0
        self._max_inflight = 0
        self._arrivals: deque[float] = deque(maxlen=_MAX_ARRIVALS)

    # ------------------------------------------------------------------ stats

    def stats(self) -> dict[str, Any]:
        with self._lock:
            return {
                "model": SIMULATOR_MODEL,
                "requests": self._stats["requests"],
                "chat_completions": self._stats["chat_completions"],
                "reasks": self._stats["reasks"],
                "faults": dict(self._faults),
                "inflight": self._inflight,
                "max_inflight": self._max_inflight,
                "script_pending": self.plan.pending(),
            }

    def arrivals(self, since: float = 0.0) -> list[float]:
        """When each chat completion request arrived (wall clock), oldest first, from ``since`` on."""
        with self._lock:
            return [t for t in self._arrivals if t >= since]

    def reset(self) -> None:
        with self._lock:
            self._stats.clear()
            self._faults.clear()
            self._arrivals.clear()
            self._max_inflight = self._inflight
        self.plan.set_script([])

    def _count(self, key: str) -> None:
        with self._lock:
            self._stats[key] += 1

    # ------------------------------------------------------------------ routing

    async def handle(self, method: str, path: str, body: bytes) -> Reply | object:
        self._count("requests")
        path, _, query = path.partition("?")
        path = path.rstrip("/")
        if path in ("/v1/chat/completions", "/chat/completions"):
            if method != "POST":
                return _error(405, "use POST", "invalid_request_error")
            return await self._chat(body)
        if path in ("/v1/models", "/models") and method == "GET":
            return _json(200, {"object": "list", "data": [_model_card()]})
        if path == "/_sim/stats" and method == "GET":
            return _json(200, self.stats())
        if path == "/_sim/arrivals" and method == "GET":
            try:
                since = float(urllib.parse.parse_qs(query).get("since", ["0"])[0])
            except ValueError:
                return _error(
                    400, "since must be a number (seconds since the epoch)", "invalid_request_error"
                )
            got = self.arrivals(since)
            return _json(200, {"count": len(got), "arrivals": got})
        if path == "/_sim/reset" and method == "POST":
            self.reset()
            return _json(200, self.stats())
        if path == "/_sim/script" and method == "POST":
            return self._control(body, script=True)
        if path == "/_sim/rates" and method == "POST":
            return self._control(body, script=False)
        return _error(404, f"no route {method} {path} on the newsfacts simulator", "invalid_request_error")

    def _control(self, body: bytes, *, script: bool) -> Reply:
        try:
            data = json.loads(body or b"{}")
            faults = data.get("faults", [] if script else "")
            if script:
                if not isinstance(faults, list):
                    raise ValueError('"faults" must be a list of fault names')
                self.plan.set_script(faults, append=bool(data.get("append", False)))
            else:
                if not isinstance(faults, str):
                    raise ValueError('"faults" must be a spec such as "429:0.1,500:0.05"')
                self.plan.set_rates(parse_rates(faults))
        except (ValueError, AttributeError) as exc:
            return _error(400, str(exc), "invalid_request_error")
        return _json(200, self.stats())

    async def _chat(self, body: bytes) -> Reply | object:
        self._count("chat_completions")
        with self._lock:
            # Every request the provider receives, whatever it answers (a refused one counts
            # against a real provider's limit too).
            self._arrivals.append(time.time())
            self._inflight += 1
            self._max_inflight = max(self._max_inflight, self._inflight)
        try:
            try:
                request = json.loads(body)
                if not isinstance(request, dict) or not isinstance(request.get("messages"), list):
                    raise ValueError("the body must be a JSON object with a messages list")
            except ValueError as exc:
                return _error(400, f"invalid request: {exc}", "invalid_request_error")
            if is_reask(request["messages"]):
                self._count("reasks")
            fault = self.plan.next()
            with self._lock:
                self._faults[fault] += 1
            await asyncio.sleep(self._latency())
            if fault == "hang":
                return _HANG
            if fault == "drop":
                return _DROP
            if fault == "garbage":
                return Reply(200, b"<html><body>502 Bad Gateway</body></html>", content_type="text/html")
            if fault.isdigit():
                return self._status_fault(int(fault))
            try:
                # Off the event loop: the answer runs the rules extractor (tens of ms of CPU), and a
                # loop busy with answers reads new requests late, so their arrival times would be late.
                return _json(200, await asyncio.to_thread(completion, request, fault))
            except NoArticle as exc:
                return _error(400, str(exc), "invalid_request_error")
        finally:
            with self._lock:
                self._inflight -= 1

    def _status_fault(self, status: int) -> Reply:
        if status == 429:
            wait = self.config.retry_after_s
            headers = [("retry-after", str(math.ceil(wait))), ("retry-after-ms", str(int(wait * 1000)))]
            return _error(429, "Rate limit reached (simulated)", "rate_limit_error", headers)
        kind = "server_error" if status >= 500 else "invalid_request_error"
        return _error(status, f"simulated error {status}", kind)

    def _latency(self) -> float:
        jitter = self._rng.uniform(0, self.config.latency_jitter_ms) if self.config.latency_jitter_ms else 0.0
        return max(0.0, self.config.latency_ms + jitter) / 1000


def _model_card() -> dict[str, Any]:
    return {"id": SIMULATOR_MODEL, "object": "model", "created": 0, "owned_by": "newsfacts (simulator)"}


# ---------------------------------------------------------------------- HTTP/1.1


class _Connection:
    def __init__(self, app: Simulator, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.app = app
        self.reader = reader
        self.writer = writer
        self.conn = h11.Connection(h11.SERVER, max_incomplete_event_size=64 * 1024)

    async def _next_event(self) -> Any:
        while True:
            event = self.conn.next_event()
            if event is not h11.NEED_DATA:
                return event
            data = await self.reader.read(65536)
            self.conn.receive_data(data)

    async def serve(self) -> None:
        try:
            while True:
                event = await self._next_event()
                if isinstance(event, h11.ConnectionClosed):
                    return
                if not isinstance(event, h11.Request):
                    return
                body = bytearray()
                while True:
                    part = await self._next_event()
                    if isinstance(part, h11.Data):
                        body += part.data
                        if len(body) > _MAX_BODY:
                            await self._send(_error(413, "request body too large", "invalid_request_error"))
                            return
                    elif isinstance(part, h11.EndOfMessage):
                        break
                    else:
                        return
                reply = await self.app.handle(event.method.decode(), event.target.decode(), bytes(body))
                if reply is _DROP:
                    self.writer.transport.abort()
                    return
                if reply is _HANG:
                    await self._hang()
                    return
                assert isinstance(reply, Reply)
                await self._send(reply)
                if self.conn.our_state is h11.MUST_CLOSE:
                    return
                self.conn.start_next_cycle()
        except h11.RemoteProtocolError:
            with contextlib.suppress(Exception):
                await self._send(_error(400, "malformed HTTP request", "invalid_request_error"))
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self.writer.close()

    async def _hang(self) -> None:
        """Hold the connection, answering nothing, until the client closes it or ``hang_s`` passes."""

        async def until_eof() -> None:
            while await self.reader.read(65536):
                pass

        with contextlib.suppress(TimeoutError, ConnectionError):
            await asyncio.wait_for(until_eof(), timeout=self.app.config.hang_s)
        self.writer.transport.abort()

    async def _send(self, reply: Reply) -> None:
        headers = [
            ("content-type", reply.content_type),
            ("content-length", str(len(reply.body))),
            ("x-simulator", SIMULATOR_MODEL),
            *reply.headers,
        ]
        data = self.conn.send(h11.Response(status_code=reply.status, headers=headers)) or b""
        data += self.conn.send(h11.Data(data=reply.body)) or b""
        data += self.conn.send(h11.EndOfMessage()) or b""
        self.writer.write(data)
        await self.writer.drain()


async def start(app: Simulator, host: str, port: int) -> asyncio.Server:
    connections: set[asyncio.Task[None]] = set()

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            connections.add(task)
        try:
            await _Connection(app, reader, writer).serve()
        finally:
            if task is not None:
                connections.discard(task)

    server = await asyncio.start_server(on_connect, host, port, backlog=1024)
    server.connections = connections  # type: ignore[attr-defined]
    return server


async def serve_forever(config: SimulatorConfig, host: str, port: int, ready: Any = None) -> None:
    """Run the simulator in the current event loop until cancelled."""
    server = await start(Simulator(config), host, port)
    if ready is not None:
        ready(server)
    async with server:
        await server.serve_forever()


class SimulatorServer:
    """The simulator on a free loopback port, in a background thread: for tests and benchmarks.

    ``with SimulatorServer(SimulatorConfig(...)) as sim: ... sim.base_url ...``
    """

    def __init__(self, config: SimulatorConfig | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.app = Simulator(config or SimulatorConfig())
        self.host = host
        self.port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def start(self) -> Self:
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                self._server = loop.run_until_complete(start(self.app, self.host, self.port))
                self.port = self._server.sockets[0].getsockname()[1]
            except BaseException as exc:  # reported to the starting thread
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            try:
                loop.run_forever()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="newsfacts-simulator", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise failure[0]
        return self

    def stop(self) -> None:
        loop, server = self._loop, self._server
        if loop is None or server is None or self._thread is None:
            return

        async def shutdown() -> None:
            server.close()
            for task in list(getattr(server, "connections", ())):
                task.cancel()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(server.wait_closed(), 5)

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        self._thread.join(10)
        self._loop = self._server = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # Direct access for tests in the same process (the HTTP control routes do the same).
    def stats(self) -> dict[str, Any]:
        return self.app.stats()

    def arrivals(self, since: float = 0.0) -> list[float]:
        return self.app.arrivals(since)

    def script(self, faults: list[str], *, append: bool = False) -> None:
        self.app.plan.set_script(faults, append=append)

    def set_rates(self, spec: str) -> None:
        self.app.plan.set_rates(parse_rates(spec))

    def reset(self) -> None:
        self.app.reset()
