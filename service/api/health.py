"""Operational endpoints: liveness, readiness, Prometheus metrics."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel
from starlette.responses import Response

from service.api import problems
from service.api.deps import ServicesDep
from service.api.problems import ProblemError
from service.errors import StoreUnavailableError

router = APIRouter(tags=["operations"])


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    backend: str
    store: Literal["ok"] = "ok"


@router.get("/healthz", summary="Liveness", response_model=Health)
async def healthz() -> Health:
    """The process is up and serving (checks nothing else, so a slow store never restarts it)."""
    return Health()


@router.get(
    "/readyz",
    summary="Readiness",
    response_model=Readiness,
    responses=problems.responses(503),
)
async def readyz(request: Request) -> Readiness:
    """Ready to take traffic: started, and the store answers and takes writes."""
    services = getattr(request.app.state, "services", None)
    if services is None:
        raise ProblemError(503, "the service is starting or stopping", headers={"Retry-After": "1"})
    try:
        await services.store.ping()
    except StoreUnavailableError as exc:
        raise ProblemError(503, exc.detail, slug="store-unavailable", headers={"Retry-After": "5"}) from exc
    except Exception as exc:
        raise ProblemError(
            503,
            f"the store does not answer: {type(exc).__name__}",
            slug="store-unavailable",
            headers={"Retry-After": "5"},
        ) from exc
    return Readiness(backend=services.backend.name)


@router.get(
    "/metrics",
    summary="Prometheus metrics",
    response_class=Response,
    responses={
        200: {
            "description": "Prometheus text exposition format.",
            "content": {"text/plain": {"schema": {"type": "string"}}},
        },
        **problems.responses(401),
    },
)
async def metrics(services: ServicesDep) -> Response:
    return Response(services.metrics.render(), media_type=services.metrics.content_type)
