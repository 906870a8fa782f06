"""Response headers every answer carries: no MIME sniffing, no framing, a Content-Security-Policy.

HTML pages (the viewer, the API docs) get a policy allowing only this origin's
own scripts, styles and requests (inline style attributes allowed: the
viewer's highlighting and Swagger UI set them; ReDoc's worker is a blob). Every
other answer (JSON, problems, metrics) gets ``default-src 'none'``: nothing in
it is meant to run or load anything. A pure ASGI middleware: a few header
tuples appended at the start of each response, no copy of any body.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
DATA_POLICY = "default-src 'none'; frame-ancestors 'none'"

_COMMON: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
_PAGE = [*_COMMON, (b"content-security-policy", PAGE_POLICY.encode())]
_DATA = [*_COMMON, (b"content-security-policy", DATA_POLICY.encode())]


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                html = any(k == b"content-type" and v.startswith(b"text/html") for k, v in headers)
                headers.extend(_PAGE if html else _DATA)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class AllowedHostsMiddleware:
    """Answer only requests whose ``Host`` is one of ``hosts`` (``*.example.org`` matches subdomains).

    Anything else gets a 400 problem (``host-not-allowed``) before any route runs: a page on
    another name (DNS rebinding) cannot reach the API through a browser.
    """

    def __init__(self, app: ASGIApp, hosts: list[str]) -> None:
        self.app = app
        self.exact = {h.lower() for h in hosts if not h.startswith("*.")}
        self.suffixes = tuple(h[1:].lower() for h in hosts if h.startswith("*."))
        self.any = "*" in self.exact

    def allowed(self, host: str) -> bool:
        return self.any or host in self.exact or (bool(self.suffixes) and host.endswith(self.suffixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            from service.api.problems import ProblemError, render

            raw = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
            host = raw.rsplit(":", 1)[0] if not raw.endswith("]") else raw
            if not self.allowed(host):
                err = ProblemError(
                    400, f"this service does not answer for host {raw!r}", slug="host-not-allowed"
                )
                await render(err.problem(instance=scope.get("path")))(scope, receive, send)
                return
        await self.app(scope, receive, send)
