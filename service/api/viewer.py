"""The viewer: a static page at ``/`` (``service/api/web``) and the seed articles it offers.

No build step: the page is plain HTML, CSS and one script, served as files.
Only the files in ``WEB_FILES`` are served, so no path from a request ever
reaches the file system. The seeds are the repository's ``seeds/*.txt``; a
deployment without that folder (an installed wheel) lists none.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParam
from pydantic import BaseModel, Field
from starlette.responses import FileResponse, Response

from service.api import problems
from service.api.problems import ProblemError

router = APIRouter(tags=["viewer"])

WEB_DIR = Path(__file__).resolve().parent / "web"
SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "seeds"

# name -> media type: the whole of what /static serves.
WEB_FILES: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}
# The page changes with the service: revalidate rather than serve a stale script.
_NO_STALE = {"Cache-Control": "no-cache"}
_SEED_NAME = r"^[A-Za-z0-9_.-]{1,100}$"


class SeedInfo(BaseModel):
    name: str = Field(description="File stem, e.g. `000_9e83181834ba2713`.")
    title: str = Field(description="The article's first non-empty line.")
    chars: int


class Seed(SeedInfo):
    text: str


def _seed_files() -> list[Path]:
    if not SEEDS_DIR.is_dir():
        return []
    return sorted(p for p in SEEDS_DIR.glob("*.txt") if re.match(_SEED_NAME, p.stem))


def _seed(path: Path, with_text: bool) -> Seed | SeedInfo:
    text = path.read_text(encoding="utf-8")
    title = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)
    info = {"name": path.stem, "title": title[:200], "chars": len(text)}
    return Seed(**info, text=text) if with_text else SeedInfo(**info)


@router.get("/", include_in_schema=False)
async def index() -> Response:
    return FileResponse(WEB_DIR / "index.html", media_type=WEB_FILES["index.html"], headers=_NO_STALE)


@router.get("/static/{name}", include_in_schema=False)
async def static(name: str) -> Response:
    media_type = WEB_FILES.get(name)
    if media_type is None:
        raise ProblemError(404, f"no file {name!r} in the viewer", slug="not-found")
    return FileResponse(WEB_DIR / name, media_type=media_type, headers=_NO_STALE)


@router.get("/v1/seeds", summary="The seed articles", response_model=list[SeedInfo])
async def list_seeds() -> list[SeedInfo]:
    """The example articles shipped with the repository (`seeds/*.txt`), for the viewer."""
    return [_seed(p, with_text=False) for p in _seed_files()]


@router.get(
    "/v1/seeds/{name}",
    summary="One seed article",
    response_model=Seed,
    responses=problems.responses(404, 422),
)
async def get_seed(
    name: Annotated[str, PathParam(pattern=_SEED_NAME, description="The seed's file stem.")],
) -> Seed:
    for path in _seed_files():
        if path.stem == name:
            seed = _seed(path, with_text=True)
            assert isinstance(seed, Seed)
            return seed
    raise ProblemError(404, f"no seed {name!r}", slug="seed-not-found")
