"""Prometheus metrics: HTTP traffic, the cache, and what extractions cost.

Each app owns its registry so several apps (tests, one per worker) never
collide. With several worker processes set ``PROMETHEUS_MULTIPROC_DIR`` (the
``serve`` command does) and ``/metrics`` aggregates every worker's files.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prom_multiprocess

from schemas import Usage

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.http_requests = Counter(
            "newsfacts_http_requests_total",
            "HTTP requests answered, by route template and status.",
            ["method", "route", "status"],
            registry=r,
        )
        self.http_latency = Histogram(
            "newsfacts_http_request_duration_seconds",
            "Time to answer an HTTP request, by route template and status.",
            ["method", "route", "status"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.cache_hits = Counter(
            "newsfacts_cache_hits_total", "Extractions served from the cache.", registry=r
        )
        self.cache_misses = Counter(
            "newsfacts_cache_misses_total", "Extractions that had to be computed.", registry=r
        )
        self.cache_coalesced = Counter(
            "newsfacts_cache_coalesced_total",
            "Requests that joined an identical extraction already in flight.",
            registry=r,
        )
        self.cache_evictions = Counter(
            "newsfacts_cache_evictions_total", "Entries removed by age or count.", registry=r
        )
        self.extractions = Counter(
            "newsfacts_extractions_total",
            "Extractions run, by backend and outcome.",
            ["backend", "outcome"],
            registry=r,
        )
        self.extraction_latency = Histogram(
            "newsfacts_extraction_duration_seconds",
            "Time one extraction took, by backend.",
            ["backend"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.inflight = Gauge(
            "newsfacts_extractions_in_flight",
            "Extractions running now.",
            registry=r,
            multiprocess_mode="livesum",
        )
        self.llm_calls = Counter(
            "newsfacts_llm_calls_total",
            "HTTP calls to the LLM, retries and re-asks included.",
            ["backend"],
            registry=r,
        )
        self.llm_retries = Counter(
            "newsfacts_llm_retries_total",
            "Transport-level retries (429, 5xx, timeouts).",
            ["backend"],
            registry=r,
        )
        self.llm_reasks = Counter(
            "newsfacts_llm_reasks_total",
            "Re-asks after the LLM's answer failed validation.",
            ["backend"],
            registry=r,
        )
        self.llm_tokens = Counter(
            "newsfacts_llm_tokens_total",
            "Tokens spent, by kind (prompt, completion).",
            ["backend", "kind"],
            registry=r,
        )
        self.errors = Counter(
            "newsfacts_errors_total",
            "Failed extractions by kind (the error's class: LLMTimeoutError, OverloadedError ...).",
            ["kind"],
            registry=r,
        )
        self.jobs_items = Counter(
            "newsfacts_job_items_total", "Job items finished, by outcome.", ["outcome"], registry=r
        )
        self.process_info = Gauge(
            "newsfacts_process_info",
            "1 per process: its name in leases (host:pid:nonce), its role and its store, so that "
            "replicas scraped together can be told apart and summed.",
            ["replica", "role", "store"],
            registry=r,
            multiprocess_mode="livesum",
        )

    def describe_process(self, replica: str, role: str, store: str) -> None:
        self.process_info.labels(replica, role, store).set(1)

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        code = str(status)
        self.http_requests.labels(method, route, code).inc()
        self.http_latency.labels(method, route, code).observe(seconds)

    def observe_extraction(self, backend: str, usage: Usage, seconds: float) -> None:
        self.extractions.labels(backend, "ok").inc()
        self.extraction_latency.labels(backend).observe(seconds)
        # Only what actually happened: the rules backend reports zeros and adds nothing.
        if usage.llm_calls:
            self.llm_calls.labels(backend).inc(usage.llm_calls)
        if usage.retries:
            self.llm_retries.labels(backend).inc(usage.retries)
        if usage.reasks:
            self.llm_reasks.labels(backend).inc(usage.reasks)
        if usage.prompt_tokens:
            self.llm_tokens.labels(backend, "prompt").inc(usage.prompt_tokens)
        if usage.completion_tokens:
            self.llm_tokens.labels(backend, "completion").inc(usage.completion_tokens)

    def observe_failure(self, backend: str, kind: str) -> None:
        self.extractions.labels(backend, "error").inc()
        self.errors.labels(kind).inc()

    def render(self) -> bytes:
        multiproc_dir = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if multiproc_dir:
            registry = CollectorRegistry()
            prom_multiprocess.MultiProcessCollector(registry, path=multiproc_dir)
            return generate_latest(registry)
        return generate_latest(self.registry)
