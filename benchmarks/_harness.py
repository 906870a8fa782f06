"""Shared plumbing of the benchmark and reliability scripts.

* the service and the simulated provider as subprocesses on free loopback
  ports, each with its own temporary data directory and log file, started,
  waited for and stopped (or killed with SIGKILL);
* a bounded asyncio load generator: N concurrent clients working through a
  fixed list of requests, stopping at the end of the list or at a deadline,
  whichever comes first;
* what a process costs: RSS and CPU time from ``/proc/PID``;
* what the machine is, for the results (nproc, ``free -h``, commit, date);
* ``record``: a script's Markdown section written into ``RESULTS.md``.

Every target is 127.0.0.1: nothing here can send a request anywhere else.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import os
import platform
import re
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LOOPBACK = "127.0.0.1"
SIMULATOR_MODEL = "newsfacts-simulator"
_CLK_TCK = os.sysconf("SC_CLK_TCK")
# Variables that would point a child at a real provider or the user's data.
_SCRUBBED_PREFIXES = ("NEWSFACTS_", "OPENAI_", "AZURE_OPENAI_", "PROMETHEUS_MULTIPROC_DIR")

T = TypeVar("T")
R = TypeVar("R")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any newsfacts or provider setting, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_SCRUBBED_PREFIXES)}
    env.update(extra)
    return env


# ---------------------------------------------------------------------- processes


@dataclass
class Proc:
    """A child process serving HTTP on a loopback port."""

    name: str
    popen: subprocess.Popen[bytes]
    port: int
    log_path: Path
    command: list[str]

    @property
    def base_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def rss_bytes(self) -> int:
        return rss_bytes(self.pid)

    def cpu_seconds(self) -> float:
        """CPU time of the process and its live children (uvicorn's workers)."""
        return sum(cpu_seconds(pid) for pid in process_tree(self.pid))

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def kill9(self) -> None:
        """SIGKILL: no shutdown handler runs, as when the machine loses the process."""
        if self.alive():
            os.kill(self.pid, signal.SIGKILL)
        self.popen.wait(10)

    def stop(self, timeout_s: float = 20.0) -> int:
        """SIGTERM (a clean shutdown), SIGKILL if it does not stop in time; returns the exit code."""
        if self.alive():
            self.popen.terminate()
            try:
                self.popen.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)
        return int(self.popen.returncode)


def start_process(
    name: str,
    args: Sequence[str],
    *,
    port: int,
    ready_path: str,
    env: dict[str, str],
    log_dir: Path,
    timeout_s: float = 120.0,
    cwd: Path = ROOT,
) -> Proc:
    """Start ``args`` in ``cwd`` and wait until ``GET ready_path`` answers 200 (or the process dies).

    The bound is generous: a start-up (imports, the language model) on a loaded 2-core CI
    machine took over 30 s (tests/browser/conftest.py); a healthy one is ready in seconds.
    """
    log_path = log_dir / f"{name}.log"
    # A file, never a pipe: a pipe nobody reads fills up and blocks the child's logging.
    with log_path.open("ab") as log:
        popen = subprocess.Popen(
            list(args), cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    proc = Proc(name, popen, port, log_path, list(args))
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not proc.alive():
            raise RuntimeError(f"{name} exited with {popen.returncode} while starting:\n{proc.log_tail()}")
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(proc.base_url + ready_path, timeout=2).status_code == 200:
                return proc
        time.sleep(0.1)
    proc.stop()
    raise RuntimeError(f"{name} not ready after {timeout_s:g} s:\n{proc.log_tail()}")


def start_simulator(
    log_dir: Path,
    *,
    latency_ms: float = 0.0,
    faults: str = "",
    seed: int | None = 1,
    memo: bool = False,
    name: str = "simulator",
    tree: Path = ROOT,
) -> Proc:
    """The simulated provider; ``memo`` keeps every answer it computed (``benchmarks/_memo_simulator.py``).

    ``tree`` is the checkout whose code runs, as for :func:`start_service`.
    """
    port = free_port()
    module = "benchmarks._memo_simulator" if memo else "service"
    args = [sys.executable, "-m", module]
    if not memo:
        args.append("simulate-llm")
    args += ["--host", LOOPBACK, "--port", str(port), "--latency-ms", str(latency_ms)]
    if faults:
        args += ["--faults", faults]
    if seed is not None:
        args += ["--seed", str(seed)]
    return start_process(
        name, args, port=port, ready_path="/_sim/stats", env=clean_env(), log_dir=log_dir, cwd=tree
    )


def service_env(data_dir: Path, simulator: Proc | None = None, **settings: str) -> dict[str, str]:
    """The service's environment: its own data dir, the llm backend on ``simulator`` if given."""
    env = clean_env(NEWSFACTS_DATA_DIR=str(data_dir))
    if simulator is not None:
        env.update(
            NEWSFACTS_BACKEND="llm",
            NEWSFACTS_LLM_MODEL=SIMULATOR_MODEL,
            OPENAI_BASE_URL=simulator.base_url + "/v1",
            OPENAI_API_KEY="sk-sim",
        )
    env.update({f"NEWSFACTS_{k.upper()}": v for k, v in settings.items()})
    return env


def start_service(
    data_dir: Path,
    log_dir: Path,
    *,
    simulator: Proc | None = None,
    workers: int = 1,
    name: str = "service",
    port: int | None = None,
    env_extra: dict[str, str] | None = None,
    tree: Path = ROOT,
    start_timeout_s: float = 120.0,
    **settings: str,
) -> Proc:
    """``newsfacts serve`` on a free loopback port, ready when ``/readyz`` says so.

    ``tree`` is the checkout whose code runs (``python -m`` imports from the
    working directory first), so two versions can be measured side by side.
    """
    port = port or free_port()
    env = service_env(data_dir, simulator, **settings)
    env.update(env_extra or {})
    args = [sys.executable, "-m", "service", "serve", "--host", LOOPBACK, "--port", str(port)]
    if workers > 1:
        args += ["--workers", str(workers)]
    return start_process(
        name,
        args,
        port=port,
        ready_path="/readyz",
        env=env,
        log_dir=log_dir,
        cwd=tree,
        timeout_s=start_timeout_s,
    )


@contextlib.contextmanager
def workdir(prefix: str, keep: bool = False) -> Iterator[Path]:
    """A temporary directory for data dirs and logs (kept with ``keep``, to read the logs after)."""
    path = Path(tempfile.mkdtemp(prefix=f"newsfacts-{prefix}-"))
    try:
        yield path
    finally:
        if not keep:
            subprocess.run(["rm", "-rf", str(path)], check=False)


@contextlib.contextmanager
def stopping(*procs: Proc) -> Iterator[None]:
    """Stop every process on the way out, whatever happened."""
    try:
        yield
    finally:
        for proc in procs:
            proc.stop()


# ---------------------------------------------------------------------- /proc


def rss_bytes(pid: int) -> int:
    """Resident set size of ``pid`` (``VmRSS`` in ``/proc/PID/status``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no VmRSS for pid {pid}")


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants alive now."""
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            for child in task.read_text().split():
                out += process_tree(int(child))
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU time ``pid`` has used so far."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    # The command name (field 2) may contain spaces; fields after it are fixed.
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _CLK_TCK


# ---------------------------------------------------------------------- load


@dataclass
class LoadRun(Generic[R]):
    """What a bounded load run did: one result per request sent, and how long it took."""

    results: list[R]
    elapsed_s: float
    planned: int
    timed_out: bool
    errors: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return len(self.results)

    @property
    def rate(self) -> float:
        return self.done / self.elapsed_s if self.elapsed_s > 0 else 0.0


async def run_load(
    items: Sequence[T],
    send: Callable[[T], Awaitable[R]],
    *,
    concurrency: int,
    max_seconds: float,
) -> LoadRun[R]:
    """``concurrency`` clients take the next item and ``send`` it, until the list or the time runs out.

    Bounded twice: never more than ``len(items)`` requests, never past
    ``max_seconds`` (requests under way then are cancelled and not counted).
    A ``send`` that raises is recorded in ``errors`` and the client goes on.
    """
    queue = iter(items)
    results: list[R] = []
    errors: list[str] = []

    async def client() -> None:
        for item in queue:
            try:
                results.append(await send(item))
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")

    started = time.perf_counter()
    tasks = [asyncio.create_task(client()) for _ in range(concurrency)]
    _done, pending = await asyncio.wait(tasks, timeout=max_seconds)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    elapsed = time.perf_counter() - started
    return LoadRun(results, elapsed, len(items), timed_out=bool(pending), errors=errors)


def http_client(concurrency: int, timeout_s: float = 120.0) -> httpx.AsyncClient:
    """One client for a load run: a keep-alive connection per concurrent client, loopback only."""
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    return httpx.AsyncClient(limits=limits, timeout=timeout_s, trust_env=False)


# ---------------------------------------------------------------------- articles


_VARIANTS = (
    "Officials said {a} further requests had been filed by residents of district {b} since the start of the month.",
    "A spokesperson for the regional council said {a} inspectors would visit {b} sites before the next session.",
    "According to the local newspaper, about {a} people attended the meeting in hall {b} on Tuesday evening.",
    "The ministry reported that {a} applications were still pending in office {b}, up from last year.",
)


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def distinct_articles(n: int, salt: str = "") -> list[str]:
    """``n`` different articles: each seed with one varied body paragraph inserted after its first paragraph.

    The paragraph is ordinary news prose (a figure, an attribution), so it is
    body text: the LLM sees a different article every time, and nothing can
    be answered from a cache keyed on the body. ``salt`` gives another set.
    """
    seeds = seed_texts()
    out: list[str] = []
    for i in range(n):
        lines = seeds[i % len(seeds)].splitlines()
        first_body = next(j for j, line in enumerate(lines) if len(line) > 80)
        template = _VARIANTS[(i // len(seeds)) % len(_VARIANTS)]
        extra = template.format(a=i + 3, b=f"{salt}{i // len(seeds)}")
        out.append("\n".join([*lines[: first_body + 1], "", extra, *lines[first_body + 1 :]]) + "\n")
    return out


# ---------------------------------------------------------------------- reporting


def machine() -> str:
    """The machine and the code, for a results section."""
    free = subprocess.run(["free", "-h"], capture_output=True, text=True, check=False).stdout.strip("\n")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    return (
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}; commit {commit or '?'}\n"
        f"- machine: nproc {os.cpu_count()}, Python {platform.python_version()}, {platform.platform()}\n"
        "- `free -h`:\n\n```\n" + free + "\n```\n"
    )


def command_line() -> str:
    return ".venv/bin/python -m " + " ".join(
        [
            Path(sys.argv[0]).with_suffix("").relative_to(ROOT).as_posix().replace("/", "."),
            *map(shlex.quote, sys.argv[1:]),
        ]
    )


def section(title: str, body: str) -> str:
    return f"## {title}\n\nCommand: `{command_line()}`\n\n{machine()}\n{body.strip()}\n"


def record(title: str, markdown: str, path: Path = RESULTS) -> None:
    """Write ``markdown`` (starting with ``## title``) into ``path``, replacing that section only."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark and reliability results\n"
    heading = f"## {title}\n"
    # A section runs to the next second-level heading; others are never touched.
    pattern = re.compile(r"^" + re.escape(heading) + r".*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    block = markdown.rstrip() + "\n\n"
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text, count=1)
    else:
        text = text.rstrip() + "\n\n" + block
    path.write_text(text.rstrip() + "\n", encoding="utf-8")


def ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


# ---------------------------------------------------------------------- a lean client


class RawConnection:
    """One keep-alive HTTP/1.1 connection to a loopback server, for hot-path throughput.

    httpx spends more CPU per request than a cache hit costs the server, so a
    run with it measures the client. This sends request bytes built once and
    reads each answer by its Content-Length: tens of microseconds a request.
    It understands only what our server sends (no chunked bodies).
    """

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int) -> RawConnection:
        reader, writer = await asyncio.open_connection(LOOPBACK, port)
        return cls(reader, writer)

    async def send(self, request: bytes) -> tuple[int, dict[bytes, bytes], bytes]:
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *lines = head[:-4].split(b"\r\n")
        headers: dict[bytes, bytes] = {}
        for line in lines:
            name, _, value = line.partition(b":")
            headers[name.strip().lower()] = value.strip()
        body = await self.reader.readexactly(int(headers.get(b"content-length", b"0")))
        return int(status_line.split(b" ", 2)[1]), headers, body

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(ConnectionError):
            await self.writer.wait_closed()


def raw_request(method: str, path: str, body: bytes = b"", content_type: str = "application/json") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: {LOOPBACK}\r\n"
    if body or method == "POST":
        head += f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode("latin-1") + body
