"""``Client`` and ``AsyncClient``: the newsfacts HTTP API from Python, typed.

Both share every request and response rule (``_Rules``); they differ only in
how they send. Responses are validated into the contract's models, and every
error response raises the typed error its problem details name
(``service.client.errors``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, TypeAlias, TypeVar

import httpx
from pydantic import BaseModel

from schemas import ArticleRequest, Extraction
from schemas.story import Story
from service.client.errors import ConnectionFailed, JobTimeout, from_response
from service.client.models import (
    BatchResult,
    EvalReportList,
    Extracted,
    ExtractionList,
    Job,
    JobItem,
    JobList,
    JobSummary,
    StoredExtractionInfo,
)

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
# Where a client made without a base URL connects: $NEWSFACTS_URL, else the default.
URL_ENV = "NEWSFACTS_URL"


def default_base_url() -> str:
    return os.environ.get(URL_ENV) or DEFAULT_BASE_URL


DEFAULT_TIMEOUT_S = 120.0

# An article: its text, the contract's request model, or the same as a mapping.
Article: TypeAlias = str | ArticleRequest | Mapping[str, Any]


def article_json(article: Article) -> dict[str, Any]:
    """The JSON body of one article; a mapping is sent as given, so the server judges it."""
    if isinstance(article, str):
        return {"text": article}
    if isinstance(article, ArticleRequest):
        return article.model_dump(mode="json", exclude_none=True)
    return dict(article)


class _Rules:
    """What both clients send and how they read the answers."""

    def __init__(self, base_url: str, api_key: str | None, headers: Mapping[str, str] | None) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = {"accept": "application/json", **(headers or {})}
        if api_key is not None:
            self.headers["x-api-key"] = api_key

    @staticmethod
    def check(response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise from_response(response)
        return response

    @staticmethod
    def extracted(response: httpx.Response) -> Extracted:
        return Extracted(
            extraction=Extraction.model_validate_json(response.content),
            cache=response.headers.get("x-cache"),
            location=response.headers.get("content-location"),
            request_id=response.headers.get("x-request-id"),
        )

    @staticmethod
    def fields_body(**fields: str | dt.date | dt.datetime | None) -> dict[str, Any]:
        """The request body of ``extract``'s keyword arguments: the ones given, dates in ISO form."""
        return {
            k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in fields.items() if v is not None
        }

    def unreachable(self, method: str, path: str, exc: httpx.TransportError) -> ConnectionFailed:
        return ConnectionFailed(f"{method} {self.base_url}{path}: {exc!r}")

    @staticmethod
    def extract_request(article: Article, fresh: bool) -> tuple[dict[str, Any], dict[str, str]]:
        return article_json(article), ({"cache-control": "no-cache"} if fresh else {})

    @staticmethod
    def articles_body(articles: Iterable[Article], webhook_url: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"articles": [article_json(a) for a in articles]}
        if webhook_url is not None:
            body["webhook_url"] = webhook_url
        return body

    @staticmethod
    def story_body(articles: Iterable[Article], extraction_ids: Iterable[str]) -> dict[str, Any]:
        return {"articles": [article_json(a) for a in articles], "extraction_ids": list(extraction_ids)}

    @staticmethod
    def page_params(offset: int, limit: int | None) -> dict[str, int]:
        return {"offset": offset} if limit is None else {"offset": offset, "limit": limit}

    @staticmethod
    def job_id(job: Job | str) -> str:
        return job.id if isinstance(job, Job) else job


def _model(model: type[BaseModel], response: httpx.Response) -> Any:
    return model.model_validate_json(response.content)


class _Page(Protocol):
    offset: int
    next: str | None


P = TypeVar("P", bound=_Page)
T = TypeVar("T")


def _next_offset(page: _Page, rows: Sequence[object]) -> int | None:
    """Where the page after ``page`` starts, or None when it was the last (or an empty one)."""
    return None if page.next is None or not rows else page.offset + len(rows)


def _every(fetch: Callable[[int], P], rows: Callable[[P], Sequence[T]]) -> Iterator[T]:
    """Every row of a paged listing, a page at a time from offset 0."""
    offset: int | None = 0
    while offset is not None:
        page = fetch(offset)
        yield from rows(page)
        offset = _next_offset(page, rows(page))


async def _aevery(fetch: Callable[[int], Awaitable[P]], rows: Callable[[P], Sequence[T]]) -> AsyncIterator[T]:
    offset: int | None = 0
    while offset is not None:
        page = await fetch(offset)
        for row in rows(page):
            yield row
        offset = _next_offset(page, rows(page))


class Client(_Rules):
    """Synchronous client.

    >>> with Client("http://127.0.0.1:8000") as nf:      # doctest: +SKIP
    ...     extraction = nf.extract("NATO said on Thursday ...", published="2021-02-18")
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        headers: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        super().__init__(base_url or default_base_url(), api_key, headers)
        self._http = httpx.Client(
            base_url=self.base_url, headers=self.headers, timeout=timeout, transport=transport
        )

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise self.unreachable(method, path, exc) from exc
        return self.check(response)

    # ------------------------------------------------------------------ extractions

    def extract(
        self,
        text: str | None = None,
        *,
        html: str | None = None,
        published: dt.date | dt.datetime | str | None = None,
        title: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
        language: str | None = None,
        fresh: bool = False,
    ) -> Extraction:
        """Extract one article given as ``text`` or ``html`` (``fresh``: bypass the cache)."""
        body = self.fields_body(
            text=text, html=html, published=published, title=title, url=url, outlet=outlet, language=language
        )
        return self.extract_article(body, fresh=fresh).extraction

    def extract_article(self, article: Article, *, fresh: bool = False) -> Extracted:
        """Extract one article; the result with its cache status and stored location."""
        body, headers = self.extract_request(article, fresh)
        return self.extracted(self._send("POST", "/v1/extractions", json=body, headers=headers))

    def get_extraction(self, extraction_id: str) -> Extraction:
        """A stored extraction by id (`ExtractionNotFound` once evicted)."""
        return Extraction.model_validate_json(self._send("GET", f"/v1/extractions/{extraction_id}").content)

    def list_extractions(self, *, offset: int = 0, limit: int | None = None) -> ExtractionList:
        """One page of stored extractions, newest first (ids, sizes, dates)."""
        response = self._send("GET", "/v1/extractions", params=self.page_params(offset, limit))
        page: ExtractionList = _model(ExtractionList, response)
        return page

    def iter_extractions(self, *, page_size: int = 100) -> Iterator[StoredExtractionInfo]:
        """Every stored extraction, newest first, a page at a time."""
        return _every(
            lambda o: self.list_extractions(offset=o, limit=page_size), lambda page: page.extractions
        )

    def delete_extraction(self, extraction_id: str) -> None:
        """Forget a stored extraction (`ExtractionNotFound` if there is none)."""
        self._send("DELETE", f"/v1/extractions/{extraction_id}")

    def batch(self, articles: Iterable[Article]) -> BatchResult:
        """Up to the server's batch limit (32) articles at once; each succeeds or fails alone."""
        result: BatchResult = _model(
            BatchResult, self._send("POST", "/v1/extractions/batch", json=self.articles_body(articles))
        )
        return result

    # ------------------------------------------------------------------ jobs

    def submit_job(self, articles: Iterable[Article], *, webhook_url: str | None = None) -> Job:
        """Start a background job (202); poll it with `job`, `wait_for_job`, `job_items`.

        ``webhook_url``: the server POSTs a signed `job.completed` event there when it is done.
        """
        body = self.articles_body(articles, webhook_url)
        job: Job = _model(Job, self._send("POST", "/v1/jobs", json=body))
        return job

    def cancel_job(self, job: Job | str) -> Job:
        """Cancel: pending items fail with `job-cancelled`; `JobFinished` if nothing was left."""
        cancelled: Job = _model(Job, self._send("POST", f"/v1/jobs/{self.job_id(job)}/cancel"))
        return cancelled

    def list_jobs(self, *, offset: int = 0, limit: int | None = None) -> JobList:
        """One page of jobs, newest first, without their items."""
        page: JobList = _model(JobList, self._send("GET", "/v1/jobs", params=self.page_params(offset, limit)))
        return page

    def iter_jobs(self, *, page_size: int = 100) -> Iterator[JobSummary]:
        """Every job, newest first, a page at a time."""
        return _every(lambda o: self.list_jobs(offset=o, limit=page_size), lambda page: page.jobs)

    def job(self, job: Job | str, *, offset: int = 0, limit: int | None = None) -> Job:
        """A job's progress and one page of its items."""
        found: Job = _model(
            Job, self._send("GET", f"/v1/jobs/{self.job_id(job)}", params=self.page_params(offset, limit))
        )
        return found

    def wait_for_job(
        self, job: Job | str, *, timeout: float | None = None, poll_interval: float = 0.5
    ) -> Job:
        """Poll until the job is done; `JobTimeout` after ``timeout`` seconds (None: no limit)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            current = self.job(job, limit=1)
            if current.finished:
                return current
            if deadline is not None and time.monotonic() >= deadline:
                raise JobTimeout(f"job {current.id} still {current.status} after {timeout} s", current)
            time.sleep(poll_interval)

    def job_items(self, job: Job | str, *, page_size: int = 100) -> Iterator[JobItem]:
        """Every item of a job in order, fetched a page at a time (following `next`)."""
        return _every(lambda o: self.job(job, offset=o, limit=page_size), lambda page: page.items)

    # ------------------------------------------------------------------ the rest

    def story(self, articles: Iterable[Article] = (), *, extraction_ids: Iterable[str] = ()) -> Story:
        """Facts grouped across the articles of one story (`POST /v1/stories`)."""
        body = self.story_body(articles, extraction_ids)
        return Story.model_validate_json(self._send("POST", "/v1/stories", json=body).content)

    def cache_stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = self._send("GET", "/v1/cache/stats").json()
        return stats

    def eval_reports(self) -> EvalReportList:
        """The eval reports on the server (`NEWSFACTS_EVAL_REPORTS_DIR`), newest first."""
        reports: EvalReportList = _model(EvalReportList, self._send("GET", "/v1/eval/reports"))
        return reports

    def eval_report(self, name: str) -> dict[str, Any]:
        """One report.json as written by `newsfacts eval` (its format: evals/README.md)."""
        report: dict[str, Any] = self._send("GET", "/v1/eval/reports/report", params={"name": name}).json()
        return report

    def eval_prediction(self, name: str, stem: str) -> Extraction:
        """The extraction an eval run made of one article."""
        response = self._send("GET", "/v1/eval/reports/prediction", params={"name": name, "stem": stem})
        return Extraction.model_validate_json(response.content)

    def ready(self) -> bool:
        """True when the server is up and its store answers (``/readyz``)."""
        try:
            return self._http.get("/readyz").status_code == 200
        except httpx.TransportError:
            return False


class AsyncClient(_Rules):
    """Asynchronous client: the same methods as `Client`, awaited.

    >>> async with AsyncClient() as nf:                  # doctest: +SKIP
    ...     results = await asyncio.gather(*(nf.extract(t) for t in texts))
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        super().__init__(base_url or default_base_url(), api_key, headers)
        self._http = httpx.AsyncClient(
            base_url=self.base_url, headers=self.headers, timeout=timeout, transport=transport
        )

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = await self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise self.unreachable(method, path, exc) from exc
        return self.check(response)

    async def extract(
        self,
        text: str | None = None,
        *,
        html: str | None = None,
        published: dt.date | dt.datetime | str | None = None,
        title: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
        language: str | None = None,
        fresh: bool = False,
    ) -> Extraction:
        body = self.fields_body(
            text=text, html=html, published=published, title=title, url=url, outlet=outlet, language=language
        )
        return (await self.extract_article(body, fresh=fresh)).extraction

    async def extract_article(self, article: Article, *, fresh: bool = False) -> Extracted:
        body, headers = self.extract_request(article, fresh)
        return self.extracted(await self._send("POST", "/v1/extractions", json=body, headers=headers))

    async def get_extraction(self, extraction_id: str) -> Extraction:
        response = await self._send("GET", f"/v1/extractions/{extraction_id}")
        return Extraction.model_validate_json(response.content)

    async def list_extractions(self, *, offset: int = 0, limit: int | None = None) -> ExtractionList:
        response = await self._send("GET", "/v1/extractions", params=self.page_params(offset, limit))
        page: ExtractionList = _model(ExtractionList, response)
        return page

    def iter_extractions(self, *, page_size: int = 100) -> AsyncIterator[StoredExtractionInfo]:
        return _aevery(
            lambda o: self.list_extractions(offset=o, limit=page_size), lambda page: page.extractions
        )

    async def delete_extraction(self, extraction_id: str) -> None:
        await self._send("DELETE", f"/v1/extractions/{extraction_id}")

    async def batch(self, articles: Iterable[Article]) -> BatchResult:
        response = await self._send("POST", "/v1/extractions/batch", json=self.articles_body(articles))
        result: BatchResult = _model(BatchResult, response)
        return result

    async def submit_job(self, articles: Iterable[Article], *, webhook_url: str | None = None) -> Job:
        body = self.articles_body(articles, webhook_url)
        job: Job = _model(Job, await self._send("POST", "/v1/jobs", json=body))
        return job

    async def cancel_job(self, job: Job | str) -> Job:
        cancelled: Job = _model(Job, await self._send("POST", f"/v1/jobs/{self.job_id(job)}/cancel"))
        return cancelled

    async def list_jobs(self, *, offset: int = 0, limit: int | None = None) -> JobList:
        response = await self._send("GET", "/v1/jobs", params=self.page_params(offset, limit))
        page: JobList = _model(JobList, response)
        return page

    def iter_jobs(self, *, page_size: int = 100) -> AsyncIterator[JobSummary]:
        return _aevery(lambda o: self.list_jobs(offset=o, limit=page_size), lambda page: page.jobs)

    async def job(self, job: Job | str, *, offset: int = 0, limit: int | None = None) -> Job:
        response = await self._send(
            "GET", f"/v1/jobs/{self.job_id(job)}", params=self.page_params(offset, limit)
        )
        found: Job = _model(Job, response)
        return found

    async def wait_for_job(
        self, job: Job | str, *, timeout: float | None = None, poll_interval: float = 0.5
    ) -> Job:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            current = await self.job(job, limit=1)
            if current.finished:
                return current
            if deadline is not None and time.monotonic() >= deadline:
                raise JobTimeout(f"job {current.id} still {current.status} after {timeout} s", current)
            await asyncio.sleep(poll_interval)

    def job_items(self, job: Job | str, *, page_size: int = 100) -> AsyncIterator[JobItem]:
        return _aevery(lambda o: self.job(job, offset=o, limit=page_size), lambda page: page.items)

    async def story(self, articles: Iterable[Article] = (), *, extraction_ids: Iterable[str] = ()) -> Story:
        body = self.story_body(articles, extraction_ids)
        return Story.model_validate_json((await self._send("POST", "/v1/stories", json=body)).content)

    async def cache_stats(self) -> dict[str, Any]:
        stats: dict[str, Any] = (await self._send("GET", "/v1/cache/stats")).json()
        return stats

    async def eval_reports(self) -> EvalReportList:
        reports: EvalReportList = _model(EvalReportList, await self._send("GET", "/v1/eval/reports"))
        return reports

    async def eval_report(self, name: str) -> dict[str, Any]:
        response = await self._send("GET", "/v1/eval/reports/report", params={"name": name})
        report: dict[str, Any] = response.json()
        return report

    async def eval_prediction(self, name: str, stem: str) -> Extraction:
        params = {"name": name, "stem": stem}
        response = await self._send("GET", "/v1/eval/reports/prediction", params=params)
        return Extraction.model_validate_json(response.content)

    async def ready(self) -> bool:
        try:
            return (await self._http.get("/readyz")).status_code == 200
        except httpx.TransportError:
            return False
