"""Per-key visibility in the API (``service.serving.tenancy``): record what a key created, hide the rest as 404."""

from __future__ import annotations

from starlette.requests import Request

from service.serving.tenancy import Caller, Kind, Owners


def caller(request: Request) -> Caller | None:
    """The key behind the request; None when API keys are off (everything is everyone's)."""
    value = request.scope.get("newsfacts.caller")
    return value if isinstance(value, Caller) else None


def _owners(request: Request) -> Owners | None:
    owners = getattr(request.app.state, "owners", None)
    return owners if isinstance(owners, Owners) else None


async def record(request: Request, kind: Kind, item_id: str, *, new: bool = False) -> None:
    """``new``: the item was just stored (a cache miss, a new job), so it has no owners yet."""
    who, owners = caller(request), _owners(request)
    if who is not None and owners is not None:
        await owners.add(kind, item_id, who.tenant, new=new)


def deleted(request: Request, kind: Kind, item_id: str) -> None:
    """The store deleted the item with its owners; this process's shortcut forgets them too."""
    owners = _owners(request)
    if owners is not None:
        owners.deleted(kind, item_id)


async def visible(request: Request, kind: Kind, item_id: str) -> bool:
    """May this caller see ``item_id``? Without keys, or for an admin key, always."""
    who, owners = caller(request), _owners(request)
    if who is None or who.admin or owners is None:
        return True
    return await owners.owns(kind, item_id, who.tenant)


def restricted(request: Request) -> tuple[Owners, str] | None:
    """(owners, tenant) when the caller sees only its own items; None when it sees everything."""
    who, owners = caller(request), _owners(request)
    if who is None or who.admin or owners is None:
        return None
    return owners, who.tenant
