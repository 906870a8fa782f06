"""``newsfacts extract`` over many articles: files, folders or JSON Lines, to JSON Lines.

The rules backend is CPU-bound and runs on a process pool, one worker per
core; the LLM backend waits on the network and runs in one process with a
bounded number of requests in flight. Every article is one output line,
written whole and flushed, in the order articles finish:

    {"source": "seeds/000.txt", "ok": true, "extraction": {...}}
    {"source": "in.jsonl:3", "ok": false, "error": {"status": 400, "title": "...", "detail": "..."}}

With ``--output FILE`` the run is resumable: articles whose ``source``
already has an ``ok`` line in FILE are skipped, failed ones are tried again,
and a line cut short by an interruption is dropped before appending.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from schemas import ArticleRequest

# Files a folder contributes (others, and hidden files, are left alone).
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
# Submitted but unfinished articles at once, per worker: bounds memory on huge inputs.
BACKLOG_PER_WORKER = 4


class BulkInputError(Exception):
    """A source that cannot be read at all (missing path): the whole run stops before starting."""


@dataclass(frozen=True)
class Item:
    """One article to extract: where it comes from and how to get its request."""

    source: str
    path: str | None = None  # a file, read in the worker
    fields: dict[str, Any] | None = None  # a JSON Lines record, already parsed
    problem: str | None = None  # the record could not be parsed: fail with this


@dataclass(frozen=True)
class Defaults:
    """Options given on the command line, applied to every file article."""

    published: str | None = None
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    html: bool | None = None


@dataclass
class Outcome:
    source: str
    line: str  # the JSON line to write, without its newline
    ok: bool
    message: str = ""


@dataclass
class Summary:
    total: int = 0
    succeeded: int = 0
    skipped: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0


# ---------------------------------------------------------------------------- inputs


def _jsonl_items(lines: Iterable[str], name: str, ids: dict[str, str]) -> Iterator[Item]:
    """The records of one JSON Lines source; ``ids``: every ``id`` seen in this run, with where it was given.

    An ``id`` becomes the record's ``source``, the key ``--output`` resumes by: a second record with the same
    id is refused (its own failure line) rather than extracted under a name that is not its own, which a rerun
    would skip as done without ever extracting it. An id is a string or an integer (``{"a": 1}`` is refused).
    """
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        source = f"{name}:{number}"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Item(source=source, problem=f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Item(source=source, problem="a JSON Lines record must be an object with text or html")
            continue
        key = record.pop("id", None)
        if key is not None:
            if isinstance(key, bool) or not isinstance(key, str | int):
                yield Item(source=source, problem="a record's id must be a string or an integer")
                continue
            first = ids.setdefault(str(key), source)
            if first != source:
                yield Item(source=source, problem=f"id {str(key)!r} was already given at {first}")
                continue
            source = str(key)
        yield Item(source=source, fields=record)


# Lines the CLI already read from standard input to tell JSON Lines from one article.
STDIN_HEAD: list[str] = []


def _stdin_lines() -> Iterator[str]:
    yield from STDIN_HEAD
    for raw in sys.stdin.buffer:
        yield raw.decode("utf-8", errors="replace")


def iter_items(sources: list[str]) -> Iterator[Item]:
    """The articles of every source, lazily: files, folders (recursively), JSON Lines, ``-``."""
    ids: dict[str, str] = {}  # JSON Lines ids of the whole run (see ``_jsonl_items``)
    for source in sources:
        if source == "-":
            yield from _jsonl_items(_stdin_lines(), "<stdin>", ids)
            continue
        path = Path(source)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                rel = found.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if not found.is_file():
                    # An article's name that is no file to read (a broken link, a FIFO that would
                    # block the run) is a failure line, not silently left out of the count.
                    unreadable = _not_a_file(found)
                    if unreadable and found.suffix.lower() in (*ARTICLE_SUFFIXES, *JSONL_SUFFIXES):
                        yield Item(source=str(found), problem=unreadable)
                    continue
                if found.suffix.lower() in ARTICLE_SUFFIXES:
                    yield Item(source=str(found), path=str(found))
                elif found.suffix.lower() in JSONL_SUFFIXES:
                    yield from _jsonl_file(found, ids)
        elif path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
            yield from _jsonl_file(path, ids)
        else:
            yield Item(source=source, path=source)


def _not_a_file(path: Path) -> str | None:
    """Why a folder's entry that is not a regular file is not read; None for a folder (walked itself)."""
    if path.is_dir():
        return None
    if path.is_symlink() and not path.exists():
        return "a broken symbolic link (its target is missing, or links loop): not read"
    return "not a regular file (a FIFO, socket or device): not read"


def _jsonl_file(path: Path, ids: dict[str, str]) -> Iterator[Item]:
    with path.open("r", encoding="utf-8", errors="replace") as handle:
        yield from _jsonl_items(handle, str(path), ids)


def check_sources(sources: list[str]) -> None:
    """Fail before starting on a source that does not exist (a typo should not run for an hour)."""
    for source in sources:
        if source != "-" and not Path(source).exists():
            raise BulkInputError(f"{source}: no such file or directory")


# ---------------------------------------------------------------------------- one article


def build_request(item: Item, defaults: Defaults, max_chars: int) -> ArticleRequest:
    """The article of ``item``; raises ValueError with a message for the failure line."""
    if item.problem is not None:
        raise ValueError(item.problem)
    if item.fields is not None:
        try:
            request = ArticleRequest.model_validate(item.fields)
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(p) for p in first["loc"]) or "(record)"
            raise ValueError(f"invalid record: {where}: {first['msg']}") from None
    else:
        assert item.path is not None
        request = _file_request(Path(item.path), defaults, max_chars)
    size = len(request.text or request.html or "")
    if size > max_chars:
        raise ValueError(
            f"the article has {size:,} characters; at most {max_chars:,} are accepted "
            "(raise NEWSFACTS_MAX_TEXT_CHARS to allow more)"
        )
    return request


def read_capped(handle: IO[bytes], max_chars: int, head: bytes = b"") -> bytes:
    """What ``handle`` holds, read no further than an article of ``max_chars`` characters can reach
    (four bytes a character in UTF-8, and a byte order mark); ValueError past it.

    A 5 GB file, or ``/dev/zero``, was read whole before its length was checked (session 14's
    hostile review): memory without end for a file that would be refused anyway.
    """
    cap = 4 * max_chars + 3
    data = head + handle.read(max(0, cap + 1 - len(head)))  # ``head``: bytes already read from it
    if len(data) > cap:
        raise ValueError(
            f"larger than {cap:,} bytes, so more than the {max_chars:,} characters accepted "
            "(raise NEWSFACTS_MAX_TEXT_CHARS to allow more)"
        )
    return data


def _file_request(path: Path, defaults: Defaults, max_chars: int) -> ArticleRequest:
    try:
        with path.open("rb") as handle:
            data = read_capped(handle, max_chars)
    except OSError as exc:
        raise ValueError(f"cannot read ({exc.strerror})") from None
    if b"\x00" in data[:65536]:
        raise ValueError("looks like a binary file (NUL bytes); give UTF-8 text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    if not text.strip():
        raise ValueError("the article is empty or whitespace only")
    is_html = defaults.html
    if is_html is None:
        from service.pipeline.input_checks import looks_like_html

        is_html = path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text)
    fields: dict[str, Any] = {
        "published": defaults.published,
        "title": defaults.title,
        "outlet": defaults.outlet,
        "language": defaults.language,
    }
    fields["html" if is_html else "text"] = text
    return ArticleRequest.model_validate({k: v for k, v in fields.items() if v is not None})


def _success(source: str, extraction_json: str) -> Outcome:
    # The extraction's JSON is spliced in as it is: no second serialisation.
    return Outcome(
        source, f'{{"source": {json.dumps(source)}, "ok": true, "extraction": {extraction_json}}}', True
    )


def _failure(source: str, status: int, title: str, detail: str) -> Outcome:
    error = {"status": status, "title": title, "detail": detail}
    line = json.dumps({"source": source, "ok": False, "error": error}, ensure_ascii=False)
    return Outcome(source, line, False, f"{title}: {detail}" if detail else title)


async def extract_one(item: Item, defaults: Defaults, backend: Any, max_chars: int) -> Outcome:
    from service.errors import NewsfactsError
    from service.pipeline.run import extract

    try:
        request = build_request(item, defaults, max_chars)
    except ValueError as exc:
        return _failure(item.source, 400, "Invalid article", str(exc))
    try:
        extraction = await extract(request, backend)
    except NewsfactsError as exc:
        return _failure(item.source, exc.status, exc.title, exc.detail)
    except Exception as exc:  # a bug: record it against its article and go on with the others
        return _failure(item.source, 500, "Internal error", repr(exc))
    return _success(item.source, extraction.model_dump_json())


# ---------------------------------------------------------------------------- process pool (rules)

_worker: dict[str, Any] = {}


def _init_worker(backend_name: str | None, defaults: Defaults) -> None:
    from service.backends import create_backend
    from service.settings import get_settings

    _worker["loop"] = asyncio.new_event_loop()
    _worker["backend"] = create_backend(backend_name)
    _worker["defaults"] = defaults
    _worker["max_chars"] = get_settings().max_text_chars


def _run_in_worker(item: Item) -> Outcome:
    loop: asyncio.AbstractEventLoop = _worker["loop"]
    return loop.run_until_complete(
        extract_one(item, _worker["defaults"], _worker["backend"], _worker["max_chars"])
    )


def run_pool(
    items: Iterable[Item],
    backend_name: str | None,
    defaults: Defaults,
    workers: int,
    emit: Callable[[Outcome], None],
) -> None:
    """Extract on ``workers`` processes; ``emit`` each outcome as it finishes."""
    backlog = max(1, workers * BACKLOG_PER_WORKER)
    with cf.ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(backend_name, defaults)
    ) as pool:
        pending: set[cf.Future[Outcome]] = set()
        for item in items:
            pending.add(pool.submit(_run_in_worker, item))
            if len(pending) >= backlog:
                done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                for future in done:
                    emit(future.result())
        for future in cf.as_completed(pending):
            emit(future.result())


# ---------------------------------------------------------------------------- bounded concurrency (LLM)


def run_concurrent(
    items: Iterable[Item],
    backend_name: str | None,
    defaults: Defaults,
    concurrency: int,
    emit: Callable[[Outcome], None],
) -> None:
    """Extract in this process with at most ``concurrency`` articles in flight (network-bound backends)."""
    from service.backends import create_backend
    from service.settings import get_settings

    max_chars = get_settings().max_text_chars

    async def go() -> None:
        backend = create_backend(backend_name)
        try:
            pending: set[asyncio.Task[Outcome]] = set()
            for item in items:
                pending.add(asyncio.create_task(extract_one(item, defaults, backend, max_chars)))
                if len(pending) >= concurrency:
                    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                    for task in done:
                        emit(task.result())
            while pending:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    emit(task.result())
        finally:
            await backend.aclose()

    asyncio.run(go())


# ---------------------------------------------------------------------------- output and resume


def done_sources(output: Path) -> set[str]:
    """Sources with an ``ok`` line in ``output``; a cut-off last line (no newline) is removed."""
    if not output.exists():
        return set()
    data = output.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with output.open("r+b") as handle:
            handle.truncate(cut)
        data = data[:cut]
    done: set[str] = set()
    for raw in data.splitlines():
        try:
            record = json.loads(raw)
        except ValueError:
            continue
        if isinstance(record, dict) and record.get("ok") is True and isinstance(record.get("source"), str):
            done.add(record["source"])
    return done


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def run(
    sources: list[str],
    *,
    backend_name: str | None,
    defaults: Defaults,
    output: Path | None,
    workers: int | None,
    concurrency: int,
    out: IO[str],
    progress: Any,
) -> Summary:
    """The whole bulk run; ``progress`` is a started rich Progress (or a disabled one)."""
    check_sources(sources)
    started = time.perf_counter()
    summary = Summary()
    skip = done_sources(output) if output is not None else set()
    handle: IO[str] = output.open("a", encoding="utf-8") if output is not None else out
    # Counting first gives the bar its length; standard input can only be counted as it comes.
    total = None if "-" in sources or progress.disable else sum(1 for _ in iter_items(sources))
    task = progress.add_task("extracting", total=total)

    def todo() -> Iterator[Item]:
        for item in iter_items(sources):
            summary.total += 1
            if item.source in skip:
                summary.skipped += 1
                progress.advance(task)
                continue
            yield item

    def emit(outcome: Outcome) -> None:
        # One write per whole line, flushed: an interruption loses at most the line being written.
        handle.write(outcome.line + "\n")
        handle.flush()
        if outcome.ok:
            summary.succeeded += 1
        else:
            summary.failures.append((outcome.source, outcome.message))
        progress.advance(task)

    from service.settings import get_settings

    name = backend_name or get_settings().resolved_backend()
    try:
        if name == "rules":
            run_pool(todo(), backend_name, defaults, workers or default_workers(), emit)
        else:
            run_concurrent(todo(), backend_name, defaults, concurrency, emit)
    finally:
        if output is not None:
            handle.close()
        progress.update(task, total=summary.total)
    summary.seconds = time.perf_counter() - started
    if summary.total == 0:
        kinds = ", ".join(sorted(ARTICLE_SUFFIXES | JSONL_SUFFIXES))
        raise BulkInputError(
            f"{' '.join(sources)}: no articles found (a directory is searched for {kinds} files, "
            "hidden ones skipped)"
        )
    return summary
