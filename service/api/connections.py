"""Connection limits uvicorn does not have: a deadline for a request's headers and one for its body,
and a cap on open connections (issue 13: a slow header or body held a connection forever, and two
clients holding 10,050 idle connections exhausted the process's descriptors).

uvicorn times out only an idle keep-alive connection *between* requests. This protocol (uvicorn's
httptools one, plus timers) also closes a connection whose request headers have not all arrived
``header_timeout_s`` after its first byte (or after the connection opened), or whose body has not
all arrived ``body_timeout_s`` after its headers; and it closes a new connection at once when
``max_connections`` are already open, so descriptors stay bounded whatever clients do.

Writing has its deadline too (session 16): a response whose client stops reading stays in the
process (the transport's buffer, and the response the app is still sending) for as long as the
connection lives: 60 sockets asking for a 4 MB job page and never reading took a replica from
230 MB to 357 MB (session 15). When the transport's buffer stays over its high-water mark for
``drain_timeout_s`` (the client read nothing that brought it back under the low-water mark), the
connection is aborted, which drops the buffer at once (the client gets what the kernel already
held, then the connection's end: session 17 measured a FIN, not a reset) and logs
``http_response_dropped``; a slow client that keeps reading resumes the transport and never meets it.
"""

from __future__ import annotations

import asyncio
from typing import Any

import structlog
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = structlog.get_logger("newsfacts.http")


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    header_timeout_s: float = 10.0
    body_timeout_s: float = 60.0
    max_connections: int = 1000
    drain_timeout_s: float = 60.0

    _read_deadline: asyncio.TimerHandle | None = None
    _drain_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            transport.close()  # over the cap: no descriptor is held for it past this call
            return
        self._arm(self.header_timeout_s)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        self._drained()
        super().connection_lost(exc)

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._drain_deadline is None:
            self._drain_deadline = self.loop.call_later(self.drain_timeout_s, self._drain_timed_out)

    def resume_writing(self) -> None:
        self._drained()
        super().resume_writing()

    def _drained(self) -> None:
        if self._drain_deadline is not None:
            self._drain_deadline.cancel()
            self._drain_deadline = None

    def _drain_timed_out(self) -> None:
        self._drain_deadline = None
        # A warning: the client got a cut response, and the operator sees how often that happens.
        log.warning(
            "http_response_dropped",
            drain_timeout_s=self.drain_timeout_s,
            unsent_bytes=self.transport.get_write_buffer_size(),
        )
        # Abort, not close: close() would keep the buffer until it was written, i.e. for ever.
        # abort() drops this process's buffer and closes the socket as close() would: the kernel
        # still sends what it already held, then a FIN (measured; TCP resets instead when the
        # client's own bytes wait unread here). The connection cannot be kept: the response is
        # cut inside its Content-Length, and HTTP/1.1 cannot end one early, so the client reconnects.
        self.transport.abort()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._read_deadline is None:
            self._arm(self.header_timeout_s)  # the next request on a kept-alive connection

    def on_headers_complete(self) -> None:
        self._disarm()
        self._arm(self.body_timeout_s)
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._disarm()
        super().on_message_complete()

    def _arm(self, seconds: float) -> None:
        self._read_deadline = self.loop.call_later(seconds, self._read_timed_out)

    def _disarm(self) -> None:
        if self._read_deadline is not None:
            self._read_deadline.cancel()
            self._read_deadline = None

    def _read_timed_out(self) -> None:
        self._read_deadline = None
        if not self.transport.is_closing():
            self.transport.close()


def limited_protocol(
    *, header_timeout_s: float, body_timeout_s: float, max_connections: int, drain_timeout_s: float = 60.0
) -> type[Any]:
    """The protocol class with these limits, for uvicorn's ``http=`` option."""
    return type(
        "LimitedHttpToolsProtocol",
        (LimitedHttpToolsProtocol,),
        {
            "header_timeout_s": header_timeout_s,
            "body_timeout_s": body_timeout_s,
            "max_connections": max_connections,
            "drain_timeout_s": drain_timeout_s,
        },
    )
