"""The API's documentation pages, served from the package: no CDN, so ``/docs`` works offline.

Swagger UI and ReDoc come from the ``fastapi-offline`` wheel's static files
(docs/dependencies.md); the pages are ours, with no inline script, so the
Content-Security-Policy (``service.api.security``) needs no exception for them.
Only the files named here are served: no path from a request reaches the disk.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter
from starlette.responses import FileResponse, HTMLResponse, Response

from service.api.problems import ProblemError

router = APIRouter(include_in_schema=False)

_VENDOR = Path(fastapi_offline.__file__).resolve().parent / "static"
_OURS = Path(__file__).resolve().parent / "web"
ASSETS: dict[str, tuple[Path, str]] = {
    "swagger-ui-bundle.js": (_VENDOR / "swagger-ui-bundle.js", "text/javascript; charset=utf-8"),
    "swagger-ui.css": (_VENDOR / "swagger-ui.css", "text/css; charset=utf-8"),
    "redoc.standalone.js": (_VENDOR / "redoc.standalone.js", "text/javascript; charset=utf-8"),
    "favicon.png": (_VENDOR / "favicon.png", "image/png"),
    "docs.js": (_OURS / "docs.js", "text/javascript; charset=utf-8"),
}

_SWAGGER = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts API</title>
<link rel="stylesheet" href="/docs-assets/swagger-ui.css"><link rel="icon" href="/docs-assets/favicon.png">
</head><body><div id="swagger-ui"></div>
<script src="/docs-assets/swagger-ui-bundle.js"></script><script src="/docs-assets/docs.js"></script>
</body></html>
"""

_REDOC = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsfacts API</title>
<link rel="icon" href="/docs-assets/favicon.png"></head>
<body><redoc spec-url="/openapi.json"></redoc><script src="/docs-assets/redoc.standalone.js"></script>
</body></html>
"""


@router.get("/docs")
async def swagger_ui() -> Response:
    return HTMLResponse(_SWAGGER)


@router.get("/redoc")
async def redoc() -> Response:
    return HTMLResponse(_REDOC)


@router.get("/docs-assets/{name}")
async def asset(name: str) -> Response:
    found = ASSETS.get(name)
    if found is None:
        raise ProblemError(404, f"no documentation file {name!r}")
    path, media_type = found
    return FileResponse(path, media_type=media_type, headers={"Cache-Control": "public, max-age=86400"})
