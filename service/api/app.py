"""The FastAPI application: ``create_app`` builds it, its lifespan owns the resources.

The lifespan builds the backend (unless one is given), the store, the cache
and the job runner, and closes them in reverse order. Routers come from a
list, one module per domain, so a new domain is one import and one entry.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

import structlog
from fastapi import APIRouter, FastAPI
from starlette.middleware.cors import CORSMiddleware

from schemas import SCHEMA_VERSION, ArticleRequest, StoryRequest
from service.api import (
    bench,
    docs,
    eval_reports,
    extractions,
    gc_tuning,
    health,
    jobs,
    problems,
    stories,
    viewer,
)
from service.api import cache as cache_routes
from service.api.deps import Services
from service.api.examples import add_examples
from service.api.middleware import (
    APIKeyMiddleware,
    BodyLimitMiddleware,
    HeadMiddleware,
    RequestContextMiddleware,
)
from service.api.openapi import add_components, state_constraints
from service.api.request_bodies import ArticleBatch, JobRequest
from service.api.security import AllowedHostsMiddleware, SecurityHeadersMiddleware
from service.backends.base import Backend
from service.logging import configure_logging
from service.pipeline import language
from service.serving.cache.admission import AdmissionLimiter
from service.serving.cache.extraction_cache import ExtractionCache
from service.serving.job_sweep import JobSweeper
from service.serving.jobs import JobRunner
from service.serving.metrics import Metrics
from service.serving.provider_budget import create_budgeted_backend
from service.serving.store.base import Store
from service.serving.store.factory import open_store
from service.serving.tenancy import Owners
from service.serving.webhooks import WebhookSender
from service.settings import Settings, get_settings

log = structlog.get_logger("newsfacts.api")

# Every router of the API, in the order they appear in the docs.
ROUTERS: list[APIRouter] = [
    extractions.router,
    stories.router,
    jobs.router,
    cache_routes.router,
    health.router,
    viewer.router,
    eval_reports.router,
    docs.router,
]

# Paths that need an X-API-Key when keys are configured; health and docs stay open.
PROTECTED_PREFIXES = ("/v1/", "/metrics")


def create_app(
    settings: Settings | None = None,
    backend: Backend | None = None,
    *,
    store: Store | None = None,
    routers: Sequence[APIRouter] | None = None,
    configure_logs: bool = True,
    settle_gc: bool = False,
) -> FastAPI:
    """The API. ``backend`` and ``store`` default to the configured ones, built at startup.

    ``settle_gc`` tunes this process's garbage collector once startup is done
    (``service.api.gc_tuning``): for a server process, which owns its process.
    """
    settings = settings or get_settings()
    if configure_logs:
        configure_logging(settings.log_level, json=settings.log_json)
    metrics = Metrics()
    app = FastAPI(
        title="newsfacts",
        version=SCHEMA_VERSION,
        summary="Grounded fact extraction for news: events, figures, quotes and attributions.",
        description=(
            "Every error is RFC 9457 problem+json. With API keys configured, `/v1/*` and "
            "`/metrics` need an `X-API-Key` header. Every response carries `X-Request-ID`."
        ),
        lifespan=_lifespan(settings, metrics, backend, store, settle_gc=settle_gc),
        # Served by service.api.docs from the package, not from a CDN: they work offline.
        docs_url=None,
        redoc_url=None,
    )
    app.state.services = None
    app.state.settings = settings
    app.state.owners = None
    problems.install(app)
    if bench.enabled():
        # Benchmark 2's baseline (service/api/bench.py), first so that finding
        # it costs no more than finding the route it is compared with.
        app.include_router(bench.router)
    for router in ROUTERS if routers is None else routers:
        app.include_router(router)
    _add_middleware(app, settings, metrics)
    app.openapi = _openapi(app)  # type: ignore[method-assign]
    return app


def _lifespan(
    settings: Settings,
    metrics: Metrics,
    backend: Backend | None,
    store: Store | None,
    *,
    settle_gc: bool,
) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    """Builds the resources at startup (those not given) and closes them in reverse order."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own_backend = backend is None
        active_store = store or await open_store(settings)
        budget_client = None
        if backend is None:
            # The provider budget (NEWSFACTS_LLM_RPM_LIMIT / _TPM_LIMIT) is held in the store.
            active_backend, budget_client = create_budgeted_backend(settings, active_store)
        else:
            active_backend = backend
        limiter = AdmissionLimiter(
            settings.max_inflight_extractions,
            settings.queue_timeout_s,
            retry_after_s=max(1.0, settings.queue_timeout_s),
        )
        cache = ExtractionCache(active_store, active_backend, settings, metrics, limiter)
        runner = JobRunner(active_store, cache, settings, metrics, jobs.describe_error)
        webhooks = WebhookSender(active_store, settings)
        # Whether or not this process runs jobs: with every replica on --no-jobs and no worker,
        # finished jobs were never swept (session 16).
        sweeper = JobSweeper(active_store, settings)
        app.state.services = Services(
            settings, active_backend, active_store, cache, runner, metrics, webhooks=webhooks, sweeper=sweeper
        )
        # With API keys, each key reads only what it made (service.serving.tenancy).
        keyed = bool(settings.api_keys or settings.admin_api_keys)
        app.state.owners = (
            await Owners.open(active_store, legacy=settings.data_dir / "owners.sqlite3") if keyed else None
        )
        # The language model loads once per process (about a second): at start-up, not in a request.
        await asyncio.to_thread(language.warm)
        metrics.describe_process(
            runner.owner, "api+jobs" if settings.run_jobs else "api", type(active_store).__name__
        )
        if settings.run_jobs:
            await runner.start()
        webhooks.start()
        sweeper.start()
        if settle_gc:
            gc_tuning.settle()
        log.info(
            "started",
            backend=active_backend.name,
            store=type(active_store).__name__,
            runs_jobs=settings.run_jobs,
            data_dir=str(settings.data_dir),
        )
        try:
            yield
        finally:
            app.state.services = None
            await runner.stop()
            await sweeper.stop()
            await webhooks.aclose()
            await cache.aclose()
            if app.state.owners is not None:
                await app.state.owners.close()
            if store is None:
                await active_store.close()
            if own_backend:
                await active_backend.aclose()
            if budget_client is not None:
                await budget_client.aclose()
            log.info("stopped")

    return lifespan


def _add_middleware(app: FastAPI, settings: Settings, metrics: Metrics) -> None:
    # Added innermost first: the request context ends up outermost, so even a
    # 401 or 413 answered by a middleware carries an id and is logged.
    app.add_middleware(HeadMiddleware, routes=app.router.routes)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        APIKeyMiddleware,
        keys=settings.api_keys,
        admin_keys=settings.admin_api_keys,
        protected_prefixes=PROTECTED_PREFIXES,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "X-API-Key", "X-Request-ID", "Cache-Control"],
            expose_headers=["X-Request-ID", "X-Cache", "Location", "Content-Location", "Retry-After"],
        )
    if settings.allowed_hosts:
        app.add_middleware(AllowedHostsMiddleware, hosts=settings.allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(RequestContextMiddleware, metrics=metrics)


def _openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """The OpenAPI document, built once: the routes' schema plus components, examples and the key scheme."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
            )
            add_components(
                schema, [ArticleRequest, ArticleBatch, JobRequest, StoryRequest], [problems.Problem]
            )
            add_examples(schema)
            state_constraints(schema)
            schema["components"]["securitySchemes"] = {
                "ApiKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"}
            }
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi
