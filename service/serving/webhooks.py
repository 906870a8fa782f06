"""Job-completion webhooks: a signed POST to the URL a job gave, retried with backoff.

The delivery state lives in the store (``job_webhooks``), so a webhook
survives a restart and a second process never sends it twice at once: each
attempt first claims the webhook for ``hold_s`` (its next-attempt time moves
forward), then records the outcome. A failed attempt waits
``backoff_initial_s * 2**n`` (capped) before the next, up to ``max_attempts``.

The body is the job's summary (no items: a job can hold 10,000 results).
Receivers verify ``X-Newsfacts-Signature`` = ``sha256=`` + hex HMAC-SHA256 of
``"{X-Newsfacts-Timestamp}.{body}"`` under ``NEWSFACTS_WEBHOOK_SECRET``, and
may reject stale timestamps to stop replays.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import hmac
import ipaddress
import json
import re
import socket
import time
import uuid
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import structlog

from service.cancellation import stop_within
from service.serving.store.base import JobQueue, JobRecord, WebhookRecord
from service.settings import Settings

log = structlog.get_logger("newsfacts.webhooks")

EVENT = "job.completed"
SIGNATURE_HEADER = "X-Newsfacts-Signature"
TIMESTAMP_HEADER = "X-Newsfacts-Timestamp"
# How long one attempt keeps the webhook to itself before another process may try.
_HOLD_MARGIN_S = 5.0
# How often the sender looks for due webhooks (one indexed query when there are none).
POLL_S = 1.0


def sign(secret: str, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str) -> bool:
    """What a receiver does (also used by the tests): constant-time comparison."""
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


PRIVATE_REFUSAL = (
    "points at a loopback, private or link-local address (set NEWSFACTS_WEBHOOK_ALLOW_PRIVATE_HOSTS to allow)"
)


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """``host`` as an address (an IPv6 zone dropped), or None when it is a name."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


# The NAT64 well-known prefix (RFC 6052): 64:ff9b::a00:1 is 10.0.0.1 behind a NAT64 gateway.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
# inet_aton's other spellings of an IPv4 address: "2130706433", "0x7f.1", "017700000001", "127.1".
# Resolvers (and so httpx) read them as addresses; ``ipaddress`` does not.
_LEGACY_IPV4 = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}", re.IGNORECASE)
# Whitespace and control characters: urlsplit drops some and keeps others, httpx refuses them.
_UNSAFE_URL_CHAR = re.compile(r"[\x00-\x20\x7f-\x9f]")


def _private(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if not ip.is_global or ip.is_multicast:
        return True
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4 address inside a global-looking IPv6 one reaches that IPv4 host (6to4, NAT64).
        inner = ip.sixtofour or (ipaddress.IPv4Address(ip.packed[-4:]) if ip in _NAT64 else None)
        return inner is not None and _private(inner)
    return False


def _non_public(address: str) -> bool:
    ip = _ip(address)
    return ip is not None and _private(ip)


def _legacy_non_public(host: str) -> bool:
    if not _LEGACY_IPV4.fullmatch(host):
        return False
    try:
        return _private(ipaddress.IPv4Address(socket.inet_aton(host)))
    except OSError:
        return False


def check_url(url: str, *, allow_private: bool = False) -> str | None:
    """Why ``url`` cannot be a webhook target, or None when it can.

    Unless ``allow_private``, a host that is a loopback, private or link-local
    address (or ``localhost``) is refused here, and a name that resolves to one
    is refused at delivery: a client must not be able to make the service call
    its own network (a cloud's metadata address, an internal admin port).
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return "not a URL"
    if parts.scheme not in ("http", "https"):
        return "must be an http or https URL"
    if not host:
        return "has no host"
    if _UNSAFE_URL_CHAR.search(url):
        return "must not contain spaces or control characters (percent-encode them)"
    try:
        # Read here, not first at delivery: a port past 65535 or not a number raised there.
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        return "has an invalid port (a number from 1 to 65535)"
    if parts.username or parts.password:
        return "must not carry credentials (the signature authenticates the sender)"
    if not allow_private and (
        host == "localhost" or host.endswith(".localhost") or _non_public(host) or _legacy_non_public(host)
    ):
        return PRIVATE_REFUSAL
    return None


async def public_address(host: str) -> str:
    """The address a delivery to ``host`` connects to, resolved once and checked.

    The connection goes to this very address (``pinned``): were the name resolved again to
    connect, a name whose answer changes between the check and the connection (DNS
    rebinding) would reach a private address after passing the check (session 12's hostile
    review). Raises ``_Refused`` when any address is non-public, ``_Unresolved`` when none.
    """
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise _Unresolved(f"{host} does not resolve ({exc.strerror or exc})") from exc
    addresses = [str(info[4][0]) for info in infos]
    if not addresses:
        raise _Unresolved(f"{host} does not resolve")
    if any(_non_public(a) for a in addresses):
        raise _Refused(f"{host} {PRIVATE_REFUSAL.removeprefix('points at ')}")
    return addresses[0]


def pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, Any]]:
    """``url`` with its host replaced by ``address``, the ``Host`` header that names the host, and
    the TLS server name (so the certificate is still checked against the name, not the address)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if ":" in address else address
    netloc = literal if parts.port is None else f"{literal}:{parts.port}"
    extensions: dict[str, Any] = {"sni_hostname": host} if parts.scheme == "https" else {}
    return urlunsplit(parts._replace(netloc=netloc)), {"Host": parts.netloc}, extensions


def payload(job: JobRecord) -> bytes:
    def iso(ts: float) -> str:
        return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat()

    body: dict[str, Any] = {
        "event": EVENT,
        "job": {
            "id": job.id,
            "url": f"/v1/jobs/{job.id}",
            "status": job.status,
            "created_at": iso(job.created_at),
            "updated_at": iso(job.updated_at),
            "total": job.total,
            "succeeded": job.succeeded,
            "failed": job.failed,
        },
    }
    return json.dumps(body, separators=(",", ":")).encode()


class _Refused(Exception):
    pass


class _Unresolved(Exception):
    pass


class WebhookSender:
    def __init__(self, store: JobQueue, settings: Settings, client: httpx.AsyncClient | None = None) -> None:
        self.store = store
        self.settings = settings
        self._client = client or httpx.AsyncClient(
            timeout=settings.webhook_timeout_s, follow_redirects=False, trust_env=False
        )

        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        # Set by aclose(): the loop ends on it even if a store call swallowed its cancellation.
        self._stopping = False

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="newsfacts-webhooks")

    def nudge(self) -> None:
        """A job finished: look now rather than at the next poll."""
        self._wake.set()

    async def _loop(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                await self.deliver_due()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("webhook_delivery_failed")
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(POLL_S):
                    await self._wake.wait()

    def backoff(self, attempts_made: int) -> float:
        s = self.settings
        return min(s.webhook_backoff_max_s, s.webhook_backoff_initial_s * (2 ** max(0, attempts_made - 1)))

    async def deliver_due(self, limit: int = 16) -> int:
        """Try every webhook that is due; returns how many were delivered."""
        secret = self.settings.webhook_secret
        if secret is None:
            return 0
        hold = self.settings.webhook_timeout_s + _HOLD_MARGIN_S
        due = await self.store.claim_webhooks(time.time(), hold, self.settings.webhook_max_attempts, limit)
        delivered = 0
        for hook in due:
            delivered += await self._attempt(hook, secret.get_secret_value())
        return delivered

    async def _attempt(self, hook: WebhookRecord, secret: str) -> int:
        job = await self.store.get_job(hook.job_id)
        if job is None:
            return 0
        body = payload(job)
        timestamp = str(int(time.time()))
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "newsfacts-webhook",
            "X-Newsfacts-Event": EVENT,
            "X-Newsfacts-Delivery": uuid.uuid4().hex,
            TIMESTAMP_HEADER: timestamp,
            SIGNATURE_HEADER: sign(secret, timestamp, body),
        }
        error: str | None = None
        host = urlsplit(hook.url).hostname or ""
        url = hook.url
        extensions: dict[str, Any] = {}
        try:
            # One deadline for the whole attempt, the name's resolution included: httpx's timeout
            # bounds each read and write, not the exchange (a receiver that sends a byte now and
            # then would hold the sender, and a shutdown, for ever), and a resolver that never
            # answers would too.
            async with asyncio.timeout(self.settings.webhook_timeout_s):
                if not self.settings.webhook_allow_private_hosts and _ip(host) is None:
                    # An address literal was checked when the job was created; a name is resolved
                    # here, once, and the connection goes to the address that was checked.
                    url, host_header, extensions = pinned(hook.url, await public_address(host))
                    headers |= host_header
                # The status is the answer; the body is never read. Read, it was the receiver's to
                # size: one that streamed without end filled memory until the timeout (a gigabyte in
                # 10 s on a fast link), and the delivery failed though it had answered 200.
                async with self._client.stream(
                    "POST", url, content=body, headers=headers, extensions=extensions
                ) as response:
                    status = response.status_code
            if not 200 <= status < 300:
                error = f"HTTP {status}"
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:300]
        except TimeoutError:
            error = f"no complete answer within {self.settings.webhook_timeout_s:g} s"
        except _Refused as exc:
            error = f"refused: {exc}"
        except _Unresolved as exc:
            error = str(exc)[:300]
        except Exception as exc:
            # A URL the sender cannot even send to (one stored before a check refused it): the
            # attempt fails and counts. Raised, it was never recorded, so the hook was claimed
            # again every hold for ever, and every hook claimed after it in the batch waited too.
            log.exception("webhook_attempt_crashed", job_id=hook.job_id)
            error = f"cannot send: {type(exc).__name__}: {exc}"[:300]
        made = hook.attempts + 1
        now = time.time()
        if error is None:
            await self.store.webhook_attempted(
                hook.job_id, delivered=True, error=None, next_attempt_at=None, now=now
            )
            log.info("webhook_delivered", job_id=hook.job_id, attempts=made)
            return 1
        gives_up = made >= self.settings.webhook_max_attempts
        next_at = None if gives_up else now + self.backoff(made)
        await self.store.webhook_attempted(
            hook.job_id, delivered=False, error=error, next_attempt_at=next_at, now=now
        )
        log.warning("webhook_failed", job_id=hook.job_id, attempts=made, error=error, gave_up=gives_up)
        return 0

    async def aclose(self) -> None:
        self._stopping = True
        self._wake.set()
        # An attempt under way is bounded by webhook_timeout_s; a lost cancellation by the loop's flag.
        await stop_within(self.settings.webhook_timeout_s + _HOLD_MARGIN_S, self._task, what="webhooks")
        await self._client.aclose()
