"""Running the API: one uvicorn process, or several that each own a SO_REUSEPORT socket.

uvicorn's own ``--workers`` shares one listening socket between its children,
and whichever child is awake accepts: under a burst of keep-alive clients one
worker took all 32 connections and the other idled (benchmarks/RESULTS.md,
benchmark 1). With a socket of its own per worker, bound with SO_REUSEPORT,
the kernel spreads new connections across the workers by hash instead.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import socket
import sys
import time
from types import FrameType
from typing import Any

import uvicorn
from fastapi import FastAPI

APP = "service.api.server:serving_app"
# uvicorn options shared by every way of running: our own logging and access
# log (structlog, with request ids), and no trust in proxy headers by default.
UVICORN_OPTIONS: dict[str, Any] = {
    "factory": True,
    "log_config": None,
    "access_log": False,
    "proxy_headers": False,
}


def uvicorn_options() -> dict[str, Any]:
    """``UVICORN_OPTIONS`` plus what the settings say about connections and shutdown."""
    from service.api.connections import limited_protocol
    from service.settings import get_settings

    settings = get_settings()
    return {
        **UVICORN_OPTIONS,
        "http": limited_protocol(
            header_timeout_s=settings.http_header_timeout_s,
            body_timeout_s=settings.http_body_timeout_s,
            max_connections=settings.http_max_connections,
            drain_timeout_s=settings.http_drain_timeout_s,
        ),
        "timeout_keep_alive": max(1, round(settings.http_keep_alive_s)),
        # On SIGTERM, requests under way get this long; then they are cancelled and the
        # lifespan ends the extractions still running (service.pipeline.cpu_budget), so the process exits.
        "timeout_graceful_shutdown": max(1, round(settings.shutdown_timeout_s)),
    }


# A worker that dies this soon after its start is not restarted (it would only die again).
_MIN_UPTIME_S = 5.0


def serving_app() -> FastAPI:
    """The app as ``newsfacts serve`` runs it: one per process, which it owns (its garbage collector too)."""
    from service.api.app import create_app

    # Extraction and grounding run in worker threads and hold the GIL for a switch interval at a
    # time; the event loop waits that long for each turn. 1 ms instead of 5 ms keeps /healthz and
    # cache hits answering while long articles are extracted (benchmarks/pathological.py --serve).
    sys.setswitchinterval(0.001)
    return create_app(settle_gc=True)


def reuseport_supported() -> bool:
    return hasattr(socket, "SO_REUSEPORT") and sys.platform.startswith("linux")


def run(host: str, port: int, workers: int = 1) -> None:
    """Serve until interrupted."""
    if workers <= 1:
        uvicorn.run(APP, host=host, port=port, **uvicorn_options())
    elif port == 0 or not reuseport_supported():
        # Port 0 would give every worker a different port; without SO_REUSEPORT
        # the shared-socket supervisor is the portable choice.
        uvicorn.run(APP, host=host, port=port, workers=workers, **uvicorn_options())
    else:
        _run_reuseport(host, port, workers)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _worker(host: str, port: int) -> None:
    sock = _bind(host, port)
    config = uvicorn.Config(APP, host=host, port=port, **uvicorn_options())
    uvicorn.Server(config).run(sockets=[sock])


def _run_reuseport(host: str, port: int, workers: int) -> None:
    # Bind once in the parent first: a port in use is reported before any worker starts.
    _bind(host, port).close()
    ctx = mp.get_context("spawn")
    procs: list[tuple[Any, float]] = []
    stopping = False

    def start() -> tuple[Any, float]:
        p = ctx.Process(target=_worker, args=(host, port), daemon=False)
        p.start()
        return p, time.monotonic()

    def stop(signum: int, _frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True
        for p, _ in procs:
            if p.is_alive() and p.pid is not None:
                os.kill(p.pid, signal.SIGTERM)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    procs.extend(start() for _ in range(workers))
    while procs:
        time.sleep(0.2)
        for i, (p, started) in enumerate(list(procs)):
            if p.is_alive():
                continue
            p.join()
            if stopping or time.monotonic() - started < _MIN_UPTIME_S:
                procs[i] = (None, 0.0)
                continue
            procs[i] = start()  # a worker that crashed after serving is replaced
        procs[:] = [(p, t) for p, t in procs if p is not None]
        if procs and all(not p.is_alive() for p, _ in procs) and stopping:
            break
    if not stopping:
        raise SystemExit("newsfacts: every worker exited; see the log above")
