"""What routes get from the app: the long-lived resources the lifespan built."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from service.api.problems import ProblemError
from service.backends.base import Backend
from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.job_sweep import JobSweeper
from service.serving.jobs import JobRunner
from service.serving.metrics import Metrics
from service.serving.store.base import Store
from service.serving.webhooks import WebhookSender
from service.settings import Settings


@dataclass
class Services:
    settings: Settings
    backend: Backend
    store: Store
    cache: ExtractionCache
    jobs: JobRunner
    metrics: Metrics
    webhooks: WebhookSender | None = None
    sweeper: JobSweeper | None = None


def services_of(request: Request) -> Services:
    """The running app's services, or a 503 while it starts or stops."""
    services: Services | None = getattr(request.app.state, "services", None)
    if services is None:
        raise ProblemError(503, "the service is starting or stopping", headers={"Retry-After": "1"})
    return services


async def get_services(request: Request) -> Services:
    # async: FastAPI runs a plain `def` dependency on a thread, a hop per request.
    return services_of(request)


ServicesDep = Annotated[Services, Depends(get_services)]
