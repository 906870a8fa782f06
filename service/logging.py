"""Structured logs: one JSON object per line, with the request id on every line.

structlog renders both its own events and the standard library's (uvicorn's),
so a line from anywhere carries the context bound for the current request
(``request_id``) or job (``job_id``). Secrets never reach a line: known
sensitive keys are masked before rendering, whoever logged them.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog
from structlog.typing import Processor

_SENSITIVE = frozenset(
    {"api_key", "x-api-key", "x_api_key", "authorization", "llm_api_key", "password", "secret", "token"}
)


def _redact(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in event:
        if key.lower() in _SENSITIVE:
            event[key] = "***"
    return event


class _StderrLogger:
    """Writes each rendered line to whatever ``sys.stderr`` is now.

    structlog's own loggers, without the standard library's records and
    handlers in between: the access line is written on every request, so it
    must cost microseconds. Looking ``sys.stderr`` up per line keeps cached
    loggers valid when it is replaced (pytest's capture, a re-configuration).
    """

    def __init__(self, name: str = "") -> None:
        self.name = name

    def msg(self, message: str) -> None:
        sys.stderr.write(message + "\n")

    log = debug = info = warn = warning = error = critical = exception = fatal = msg


def configure_logging(level: str = "INFO", *, json: bool = True) -> None:
    """One renderer on stderr for structlog's events and the standard library's (uvicorn's). Idempotent."""
    level_no = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    shared: list[Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _redact,
        structlog.processors.format_exc_info,
    ]
    renderer: Processor = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(level_no),
        logger_factory=_StderrLogger,
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_newsfacts", False):
            root.removeHandler(old)
    handler._newsfacts = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level_no)
    # uvicorn's access log is replaced by ours (route, duration, request id).
    for name in ("uvicorn", "uvicorn.error"):
        lg = logging.getLogger(name)
        lg.handlers.clear()
        lg.propagate = True
    logging.getLogger("uvicorn.access").disabled = True
