"""The extraction cache: a result is never paid for twice.

The key is ``pipeline.extraction_id``: a hash of the normalised text, the
publication date and metadata, the schema and pipeline versions and the
backend's fingerprint (model, base URL, mode, prompt hash, generation
settings, extractor version), so a prompt or schema change never serves a
stale answer. Only validated successes are stored, as the exact JSON bytes the
API returns, so a hit is served without re-validating or re-serialising.

Three layers, fastest first:

* a per-process map from the digest of a request's raw bytes to its key, so a
  repeated identical request skips JSON parsing and normalisation;
* a per-process copy of recently served bodies, bounded in bytes;
* the store, shared by every worker process.

Misses go through single flight (``flight``: one extraction per key, in this
process and across processes and hosts) and admission control (``admission``:
a bounded number of extractions in flight; past it, callers wait up to a
deadline, then get ``OverloadedError``). Stored entries past the configured
age or count are swept in the background (``eviction``).
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import structlog

from schemas import ArticleRequest, Extraction
from service.backends.base import Backend
from service.errors import NewsfactsError
from service.pipeline.document import Document
from service.pipeline.run import extract_document, extraction_id, kept_nothing, prepare
from service.serving.cache.admission import AdmissionLimiter
from service.serving.cache.eviction import Evictor
from service.serving.cache.flight import Claim, Flights, across_processes, process_owner
from service.serving.cache.memory import MemoryLayer
from service.serving.metrics import Metrics
from service.serving.store.base import ExtractionStore, ForgetNotices
from service.settings import Settings

log = structlog.get_logger("newsfacts.cache")

# Normalising a long article takes milliseconds of CPU: past this size it runs
# in a worker thread so the event loop keeps serving.
_PREPARE_INLINE_CHARS = 20_000
_RAW_KEYS_MAX = 100_000


@dataclass(frozen=True)
class CacheResult:
    id: str
    body: bytes
    hit: bool


@dataclass(frozen=True)
class CacheStats:
    entries: int
    bytes: int
    oldest: float | None
    hits: int
    misses: int
    coalesced: int
    evicted: int
    in_flight: int
    memory_entries: int
    memory_bytes: int


def request_digest(raw: bytes) -> bytes:
    """Digest of a request body's exact bytes: the key of the per-process shortcut."""
    return hashlib.blake2b(raw, digest_size=16).digest()


def _serialise(extraction: Extraction) -> bytes:
    return extraction.model_dump_json().encode()


class ExtractionCache:
    def __init__(
        self,
        store: ExtractionStore,
        backend: Backend,
        settings: Settings,
        metrics: Metrics,
        limiter: AdmissionLimiter | None = None,
        *,
        owner: str | None = None,
    ) -> None:
        self.store = store
        self.owner = owner or process_owner()
        self.backend = backend
        self.settings = settings
        self.metrics = metrics
        self.limiter = limiter or AdmissionLimiter(
            settings.max_inflight_extractions, settings.queue_timeout_s
        )
        self._memory = MemoryLayer(settings.cache_memory_bytes)
        self._raw_keys: OrderedDict[bytes, str] = OrderedDict()
        self._flights = Flights()
        # Set on close: extractions under way end at their next budget check (a fast shutdown).
        self._stopping = threading.Event()
        self._evictor = Evictor(store, self._memory, settings, metrics)
        # What another process deletes or evicts leaves this one's memory too. Asked of the
        # class: a wrapper that forwards every attribute (a test's call counter) sends none.
        if isinstance(store, ForgetNotices) and getattr(type(store), "on_forget", None) is not None:
            store.on_forget(self._forget_here)
        self.hits = 0
        self.misses = 0
        self.coalesced = 0
        # Misses answered by another process's extraction of the same key.
        self.shared = 0

    # ------------------------------------------------------------------ lookups

    @property
    def stopping(self) -> threading.Event:
        """Set once this cache began to close: CPU-bound work under way (a story's grouping too)
        ends at its next budget check."""
        return self._stopping

    def _fresh_enough(self, created_at: float) -> bool:
        max_age = self.settings.cache_max_age_s
        return max_age is None or time.time() - created_at <= max_age

    def lookup_raw(self, digest: bytes) -> CacheResult | None:
        """The shortcut for a byte-identical repeat of an earlier request; memory only, no I/O."""
        key = self._raw_keys.get(digest)
        if key is None:
            return None
        entry = self._memory.get(key)
        if entry is None or not self._fresh_enough(entry[1]):
            return None
        self._hit()
        return CacheResult(key, entry[0], hit=True)

    async def get(self, key: str) -> bytes | None:
        """A stored extraction by id (no extraction on a miss)."""
        entry = self._memory.get(key)
        if entry is not None and self._fresh_enough(entry[1]):
            return entry[0]
        stored = await self.store.get_extraction(key)
        if stored is None or not self._fresh_enough(stored.created_at):
            return None
        self._memory.put(key, stored.body, stored.created_at)
        return stored.body

    async def delete(self, key: str) -> bool:
        """Forget a stored extraction, in the store and in this process; False when there was none."""
        in_memory = self._memory.get(key) is not None
        self._memory.discard(key)
        # Byte-identical repeats must not find it through the shortcut either.
        for digest in [d for d, k in self._raw_keys.items() if k == key]:
            del self._raw_keys[digest]
        return await self.store.delete_extraction(key) or in_memory

    def _forget_here(self, ids: Sequence[str] | None) -> None:
        """Drop memory copies of ``ids`` (None: every copy, when notices may have been missed)."""
        if ids is None:
            self._memory.clear()
            self._raw_keys.clear()
            return
        gone = set(ids)
        for key in gone:
            self._memory.discard(key)
        for digest in [d for d, k in self._raw_keys.items() if k in gone]:
            del self._raw_keys[digest]

    # ------------------------------------------------------------------ extraction

    async def prepare(self, article: ArticleRequest) -> Document:
        # Finding the main text of a web page (trafilatura) is always slow enough
        # to hold up every other request; plain text only when it is long.
        if article.html is not None or len(article.text or "") > _PREPARE_INLINE_CHARS:
            return await asyncio.to_thread(prepare, article)
        return prepare(article)

    async def extract(
        self,
        article: ArticleRequest,
        *,
        fresh: bool = False,
        raw_digest: bytes | None = None,
        wait_forever: bool = False,
    ) -> CacheResult:
        """The extraction for ``article``: from the cache unless ``fresh``, else computed once.

        A miss waits for an extraction slot up to the configured deadline, or as
        long as it takes with ``wait_forever`` (jobs, which nobody waits on).
        """
        doc = await self.prepare(article)
        key = extraction_id(doc, self.backend)
        if not fresh:
            body = await self.get(key)
            if body is not None:
                self._hit()
                self._remember(raw_digest, key)
                return CacheResult(key, body, hit=True)
        flight, started = self._flights.join(key, lambda: self._compute(key, doc, wait_forever, fresh=fresh))
        if started:
            self.misses += 1
            self.metrics.cache_misses.inc()
        else:
            # A flight already under way is fresh by definition, so `fresh` joins it too.
            self.coalesced += 1
            self.metrics.cache_coalesced.inc()
        # Shielded: a caller that goes away must not cancel the others' extraction.
        body = await asyncio.shield(flight)
        self._remember(raw_digest, key)
        return CacheResult(key, body, hit=False)

    def _hit(self) -> None:
        self.hits += 1
        self.metrics.cache_hits.inc()

    def _remember(self, raw_digest: bytes | None, key: str) -> None:
        if raw_digest is None:
            return
        self._raw_keys[raw_digest] = key
        self._raw_keys.move_to_end(raw_digest)
        if len(self._raw_keys) > _RAW_KEYS_MAX:
            self._raw_keys.popitem(last=False)

    async def _stored_since(self, key: str, not_before: float | None) -> bytes | None:
        """The stored result of ``key``, if there is one (made after ``not_before``, when given)."""
        stored = await self.store.get_extraction(key)
        if stored is None or not self._fresh_enough(stored.created_at):
            return None
        if not_before is not None and stored.created_at < not_before:
            return None
        self.shared += 1
        self.metrics.cache_coalesced.inc()
        self._memory.put(key, stored.body, stored.created_at)
        return stored.body

    async def _compute(self, key: str, doc: Document, wait_forever: bool, *, fresh: bool = False) -> bytes:
        # A fresh request takes no result older than itself; it still shares one made meanwhile.
        not_before = time.time() if fresh else None
        claim = Claim()
        return await across_processes(
            self.store,
            key,
            self.owner,
            self.settings.flight_lease_s,
            stored=lambda: self._stored_since(key, not_before),
            extract=lambda: self._extract(key, doc, wait_forever, claim),
            stopping=self._stopping,
            claim=claim,
        )

    async def _extract(self, key: str, doc: Document, wait_forever: bool, claim: Claim) -> bytes:
        backend = self.backend.name
        try:
            async with self.limiter.slot(wait_forever=wait_forever):
                self.metrics.inflight.inc()
                started = time.perf_counter()
                try:
                    extraction = await extract_document(
                        doc,
                        self.backend,
                        key=key,
                        budget_s=self.settings.extraction_budget_s,
                        stopping=self._stopping,
                    )
                finally:
                    self.metrics.inflight.dec()
        except NewsfactsError as exc:
            self.metrics.observe_failure(backend, type(exc).__name__)
            raise
        except Exception as exc:
            self.metrics.observe_failure(backend, type(exc).__name__)
            log.exception("extraction_crashed", extraction_id=key)
            raise
        self.metrics.observe_extraction(backend, extraction.usage, time.perf_counter() - started)
        if len(doc.text) > _PREPARE_INLINE_CHARS:
            body = await asyncio.to_thread(_serialise, extraction)  # milliseconds for a long article
        else:
            body = _serialise(extraction)
        created_at = time.time()
        if extraction.usage.failed_chunks or kept_nothing(extraction):
            # Partial (some chunks failed), or every item the model gave was dropped: served,
            # never stored, so a retry can do better.
            return body
        # The flight ends with the write (one transaction): waiters on other replicas find the
        # result and a free key together, even if this process dies before its flight's ``finally``.
        await self.store.put_extraction(key, body, created_at, flight_owner=self.owner)
        claim.released = True  # no second round trip to release it
        self._memory.put(key, body, created_at)
        self._evictor.after_write()
        return body

    # ------------------------------------------------------------------ eviction

    @property
    def evicted(self) -> int:
        return self._evictor.evicted

    async def evict(self) -> int:
        """Remove entries past the configured age or count, in the store and in memory."""
        return await self._evictor.evict()

    async def wait_evicted(self) -> None:
        """Wait for a sweep under way (tests, shutdown)."""
        await self._evictor.wait()

    async def stats(self) -> CacheStats:
        stored = await self.store.extraction_stats()
        return CacheStats(
            entries=stored.entries,
            bytes=stored.bytes,
            oldest=stored.oldest,
            hits=self.hits,
            misses=self.misses,
            coalesced=self.coalesced + self.shared,
            evicted=self.evicted,
            in_flight=len(self._flights),
            memory_entries=len(self._memory),
            memory_bytes=self._memory.bytes,
        )

    def stop_extractions(self) -> None:
        """Make every extraction under way end at its next check (the server is stopping)."""
        self._stopping.set()

    async def aclose(self) -> None:
        self.stop_extractions()
        await self._evictor.aclose()
        self._flights.cancel_all()
