"""What every command shares: errors on stderr, reading an article file, dates, HTML detection."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import typer
from rich.console import Console
from rich.markup import escape

if TYPE_CHECKING:
    from rich.progress import Progress


err = Console(stderr=True, soft_wrap=True)

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``message`` to stderr; return the Exit to raise."""
    # The message is text, never markup: it quotes file names and values ("[/x].txt" was read
    # as a closing tag, and the error path crashed with a traceback instead of this line).
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    return typer.Exit(code)


def read_article_bytes(source: str, *, article: bool = True, head: bytes = b"") -> tuple[bytes, str]:
    """Bytes of ``source`` (a path or ``-`` for stdin; ``head``: what was read of stdin already) and a
    display name.

    ``article``: read no further than the longest article accepted can reach (``bulk.read_capped``);
    ``False`` for a file that is not an article (an extraction's JSON is longer than its text).
    """
    from service.serving.bulk import read_capped
    from service.settings import get_settings

    def read(handle: BinaryIO, name: str) -> bytes:
        if not article:
            return head + handle.read()
        max_chars = get_settings().max_text_chars
        try:
            return read_capped(handle, max_chars, head)
        except ValueError as exc:
            raise fail(f"{name}: {exc}") from None

    if source == "-":
        return read(sys.stdin.buffer, "<stdin>"), "<stdin>"
    path = Path(source)
    if not path.exists():
        raise fail(f"{source}: no such file")
    if path.is_dir():
        raise fail(f"{source}: is a directory, not an article file")
    try:
        with path.open("rb") as handle:
            return read(handle, source), source
    except OSError as exc:
        raise fail(f"{source}: cannot read ({exc.strerror})") from exc


def decode_article(data: bytes, name: str) -> str:
    """UTF-8 text of ``data``, or a clear error for binary and other encodings."""
    if b"\x00" in data[:65536]:
        raise fail(f"{name}: looks like a binary file (NUL bytes); give UTF-8 text or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it first, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc
    if not text.strip():
        raise fail(f"{name}: the article is empty or whitespace only")
    from service.settings import get_settings

    limit = get_settings().max_text_chars
    if len(text) > limit:
        # The same limit the API applies, so a file the API would refuse is refused here too.
        raise fail(
            f"{name}: the article has {len(text):,} characters; at most {limit:,} are accepted "
            "(raise NEWSFACTS_MAX_TEXT_CHARS to allow more)"
        )
    return text


def parse_published(value: str | None) -> dt.date | dt.datetime | None:
    if value is None:
        return None
    try:
        if "T" in value or " " in value.strip():
            return dt.datetime.fromisoformat(value.strip())
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise fail(f"--published {value!r}: not an ISO date (YYYY-MM-DD) or datetime") from exc


def looks_like_html(text: str, name: str) -> bool:
    if Path(name).suffix.lower() in _HTML_SUFFIXES:
        return True
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text):
        return True
    from service.pipeline.input_checks import looks_like_html as has_markup

    return has_markup(text)


def progress_bar(*, transient: bool) -> Progress:
    """A bar on stderr when it is a terminal; nothing at all when stderr is piped or a file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=transient,
        disable=not err.is_terminal,
    )


def database_name(settings: object) -> str:
    from service.settings import Settings

    assert isinstance(settings, Settings)
    if settings.database_url is None:
        return f"SQLite database in {settings.data_dir}"
    from service.serving.store.postgres import redacted_url

    return redacted_url(settings.database_url.get_secret_value())
