"""``/v1/cache``: what the cache holds and how well it works."""

from __future__ import annotations

import time

from fastapi import APIRouter
from pydantic import BaseModel, Field

from service.api import problems
from service.api.deps import ServicesDep

router = APIRouter(prefix="/v1/cache", tags=["cache"])


class CacheStatsView(BaseModel):
    entries: int = Field(description="Extractions in the store (shared by every worker).")
    bytes: int = Field(description="Their total size.")
    oldest_age_s: float | None = Field(description="Age of the oldest entry, seconds.")
    hits: int = Field(description="Requests served from the cache, by this process since it started.")
    misses: int = Field(description="Requests that needed an extraction, by this process.")
    coalesced: int = Field(description="Requests that joined an identical extraction in flight.")
    hit_ratio: float | None = Field(description="hits / (hits + misses + coalesced), this process.")
    evicted: int = Field(description="Entries removed by age or count, by this process.")
    in_flight: int = Field(description="Distinct extractions running now in this process.")
    memory_entries: int = Field(description="Entries in this process's in-memory layer.")
    memory_bytes: int
    max_entries: int | None = Field(description="NEWSFACTS_CACHE_MAX_ENTRIES.")
    max_age_s: float | None = Field(description="NEWSFACTS_CACHE_MAX_AGE_S.")


@router.get(
    "/stats",
    summary="Cache statistics",
    response_model=CacheStatsView,
    responses=problems.responses(401),
)
async def cache_stats(services: ServicesDep) -> CacheStatsView:
    s = await services.cache.stats()
    asked = s.hits + s.misses + s.coalesced
    return CacheStatsView(
        entries=s.entries,
        bytes=s.bytes,
        oldest_age_s=None if s.oldest is None else round(max(0.0, time.time() - s.oldest), 3),
        hits=s.hits,
        misses=s.misses,
        coalesced=s.coalesced,
        hit_ratio=round(s.hits / asked, 4) if asked else None,
        evicted=s.evicted,
        in_flight=s.in_flight,
        memory_entries=s.memory_entries,
        memory_bytes=s.memory_bytes,
        max_entries=services.settings.cache_max_entries,
        max_age_s=services.settings.cache_max_age_s,
    )
