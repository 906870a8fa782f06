"""``/_bench``: the bare baseline that benchmark 2 compares cache hits against.

Mounted only when ``NEWSFACTS_BENCH_ROUTES=1`` (``create_app`` asks
``enabled()``); never in a normal deployment, never in the OpenAPI document.

``POST /_bench/stored/{extraction_id}`` is as bare as a FastAPI route that
answers with a stored result can be: it reads the request body (as the real
route must), takes the extraction's bytes from the cache by id (from its
in-memory layer once warm) and returns them as they are. No content-type
check, no request digest, no cache headers. It runs behind the same middleware as every route, so the ratio of
``POST /v1/extractions`` hits to this route is the cost of the real route's
own work (benchmarks/bench_cache_hits.py).
"""

from __future__ import annotations

import os

from fastapi import APIRouter, Request
from starlette.responses import Response

from service.api.deps import services_of

ENV_VAR = "NEWSFACTS_BENCH_ROUTES"

router = APIRouter(prefix="/_bench", include_in_schema=False)


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "") == "1"


@router.post("/stored/{extraction_id}")
async def stored(request: Request) -> Response:
    # The id is read off the request, not declared as a parameter: FastAPI's
    # parameter machinery would cost more than the rest of this route.
    await request.body()
    body = await services_of(request).cache.get(request.path_params["extraction_id"])
    if body is None:
        return Response(status_code=404)
    return Response(body, media_type="application/json")
