"""One page of a listing (extractions, jobs): every row, or only the caller's own, and the next page's link."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from fastapi import Request

from service.api import tenancy
from service.serving.tenancy import Kind

T = TypeVar("T")


async def rows_page(
    request: Request,
    kind: Kind,
    offset: int,
    limit: int,
    everything: Callable[[int, int], Awaitable[tuple[list[T], int]]],
    one: Callable[[str], Awaitable[T | None]],
) -> tuple[list[T], int]:
    """The page's rows and how many there are in all: the store's, or (a tenant's key) its own only."""
    own = tenancy.restricted(request)
    if own is None:
        return await everything(offset, limit)
    ids, total = await own[0].page(kind, own[1], offset, limit)
    rows = [row for row in [await one(i) for i in ids] if row is not None]
    return rows, total


def next_page(path: str, offset: int, limit: int, shown: int, total: int) -> str | None:
    end = offset + shown
    return f"{path}?offset={end}&limit={limit}" if end < total else None
