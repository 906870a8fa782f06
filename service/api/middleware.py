"""ASGI middleware: request context, API keys, the body-size limit, HEAD as GET.

Plain ASGI classes rather than ``BaseHTTPMiddleware``: no extra task per
request and no buffering, which matters on the cache-hit hot path.
Outermost first, as ``app.py`` stacks them: request context (id, access log,
metrics), CORS, API key, body limit, HEAD.
"""

from __future__ import annotations

import hmac
import re
import time
import uuid
from collections.abc import Sequence

import structlog
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.api.problems import PROBLEM_JSON, Problem, problem_bytes
from service.serving.metrics import Metrics
from service.serving.tenancy import Caller, tenant_of_key

access_log = structlog.get_logger("newsfacts.access")

REQUEST_ID_HEADER = "x-request-id"
# A caller's id is echoed only if it is short and harmless in a header and a log line.
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:/+=-]{1,128}$")


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


async def send_problem(
    scope: Scope, send: Send, status: int, title: str, detail: str, **headers: str
) -> None:
    """Answer from middleware, before or instead of the app, in the app's own error shape."""
    problem = Problem(
        type="about:blank",
        title=title,
        status=status,
        detail=detail,
        instance=scope.get("path"),
        request_id=scope.get("request_id"),
    )
    body = problem_bytes(problem)
    raw_headers = [
        (b"content-type", PROBLEM_JSON.encode()),
        (b"content-length", str(len(body)).encode()),
        *((k.replace("_", "-").lower().encode(), v.encode()) for k, v in headers.items()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": body})


class RequestContextMiddleware:
    """Gives every request an id (``X-Request-ID`` in and out, on every log line), logs and measures it."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = _header(scope, REQUEST_ID_HEADER.encode())
        rid = incoming.decode("latin-1") if incoming else ""
        if not _SAFE_REQUEST_ID.match(rid):
            rid = uuid.uuid4().hex
        scope["request_id"] = rid
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                MutableHeaders(scope=message).append("X-Request-ID", rid)
            await send(message)

        with structlog.contextvars.bound_contextvars(request_id=rid):
            try:
                await self.app(scope, receive, send_with_id)
            except Exception:
                # The app's own handlers answer every error; this is the last line,
                # so even a crash in a middleware gets a problem and an id.
                access_log.exception("unhandled_error", path=scope.get("path"))
                if not response_started:
                    await send_problem(
                        scope,
                        send_with_id,
                        500,
                        "Internal Server Error",
                        "an unexpected error occurred; the request id identifies it in the logs",
                    )
            finally:
                elapsed = time.perf_counter() - started
                route = scope.get("route")
                template = getattr(route, "path", None) or "unmatched"
                method = scope.get("method", "")
                self.metrics.observe_request(method, template, status, elapsed)
                access_log.info(
                    "request",
                    method=method,
                    path=scope.get("path"),
                    route=template,
                    status=status,
                    duration_ms=round(elapsed * 1000, 3),
                    client=(scope.get("client") or ("", 0))[0],
                )


class APIKeyMiddleware:
    """Requires a valid ``X-API-Key`` on protected paths when keys are configured.

    Every configured key is compared, in constant time, whatever matches
    first, so timing reveals neither a key nor which one. Keys never reach a
    log line: the access log records no headers.
    """

    def __init__(
        self,
        app: ASGIApp,
        keys: Sequence[str],
        protected_prefixes: Sequence[str],
        admin_keys: Sequence[str] = (),
    ) -> None:
        self.app = app
        admins = [k.encode() for k in admin_keys if k]
        self.keys = [k.encode() for k in keys if k] + admins
        self.admin = [False] * (len(self.keys) - len(admins)) + [True] * len(admins)
        self.prefixes = tuple(protected_prefixes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or not self.keys
            or scope.get("method") == "OPTIONS"
            or not scope["path"].startswith(self.prefixes)
        ):
            await self.app(scope, receive, send)
            return
        given = _header(scope, b"x-api-key")
        if given is None:
            await send_problem(
                scope,
                send,
                401,
                "Unauthorized",
                "send an API key in the X-API-Key header",
                www_authenticate='ApiKey header="X-API-Key"',
            )
            return
        ok = False
        admin = False
        for key, is_admin in zip(self.keys, self.admin, strict=True):
            match = hmac.compare_digest(given, key)
            ok |= match
            admin |= match and is_admin
        if not ok:
            await send_problem(
                scope,
                send,
                401,
                "Unauthorized",
                "the X-API-Key is not valid",
                www_authenticate='ApiKey header="X-API-Key"',
            )
            return
        # Who is asking, for what they may read (service.serving.tenancy): the key's hash, never the key.
        scope["newsfacts.caller"] = Caller(tenant_of_key(given.decode("latin-1")), admin)
        await self.app(scope, receive, send)


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit} bytes (NEWSFACTS_MAX_BODY_BYTES)")


class BodyLimitMiddleware:
    """Refuses bodies above ``max_bytes`` while reading them, never after.

    A declared Content-Length over the limit is refused before a byte is read;
    a chunked body is counted as it streams in and cut off at the limit (the
    reader gets ``BodyTooLarge``, answered as 413 by the app's handlers).
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _header(scope, b"content-length")
        if declared is not None:
            try:
                length = int(declared)
            except ValueError:
                await send_problem(scope, send, 400, "Bad Request", "Content-Length is not a number")
                return
            if length > self.max_bytes:
                await send_problem(scope, send, 413, "Content Too Large", BodyTooLarge(self.max_bytes).detail)
                return
        received = 0
        limit = self.max_bytes
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except BodyTooLarge as exc:
            # Normally the app's handler answers; this covers a reader outside it.
            if response_started:
                raise
            await send_problem(scope, send, 413, "Content Too Large", exc.detail)


# Set in the GET scope a HEAD runs as: a handler whose body is costly to make (a listing, a job's
# results page, an eval report read from disk) answers the headers alone (see ``headers_only``).
HEAD_ONLY = "newsfacts.head_only"


def head_only(request: Request) -> bool:
    """True when this GET is a HEAD's: nobody will read the body."""
    return bool(request.scope.get(HEAD_ONLY))


def headers_only(media_type: str = "application/json", size: int | None = None) -> Response:
    """A HEAD's 200 without making the body: its ``Content-Length`` when known cheaply, else none.

    RFC 9110 9.3.2 lets a HEAD leave out the header fields only making the content would tell
    (``Content-Length`` of a listing); a zero length would say the GET's body is empty.
    """
    response = Response(b"", media_type=media_type)
    if size is None:
        del response.headers["content-length"]
    else:
        response.headers["content-length"] = str(size)
    return response


class HeadMiddleware:
    """``HEAD`` on any path a GET route takes: the GET answer's status and headers, no body (RFC 9110 9.1).

    FastAPI's routes take only the methods they declare (Starlette's own add HEAD to GET), so ``HEAD
    /healthz`` was a 405 and a load balancer or uptime monitor probing with HEAD saw a live service as
    down. A HEAD whose path no GET route takes goes on unchanged: its 405 names HEAD and its ``Allow``
    the path's methods. The OpenAPI document is unchanged (HEAD is implied by GET). The body is
    dropped here as well as by the server, so the answer is right whatever server runs the app.
    """

    def __init__(self, app: ASGIApp, routes: Sequence[BaseRoute]) -> None:
        self.app = app
        self.routes = routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        as_get = {**scope, "method": "GET", HEAD_ONLY: True}
        if not any(route.matches(as_get)[0] == Match.FULL for route in self.routes):
            await self.app(scope, receive, send)
            return

        async def no_body(message: Message) -> None:
            if message["type"] == "http.response.body" and message.get("body"):
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(as_get, receive, no_body)
        finally:
            if "route" in as_get:  # the access log and the metrics name the route, as for GET
                scope["route"] = as_get["route"]
