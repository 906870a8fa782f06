"""Running an extractor over a labelled folder: pair files, resolve gold, extract, score.

Two ways to extract, behind one small interface:

- in process, through the service's public entry point ``service.extract``
  with a backend from ``service.create_backend`` (or, for recording and
  replaying, the llm backend handed an httpx client on a cassette transport);
- against a running server, ``POST {url}/v1/extractions``, reading cache hits
  from its ``X-Cache`` header.

Articles and gold files pair by file stem; the gold's ``published`` is passed
to the extractor, since it is the date the labeller resolved relative times
against.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx
from pydantic import ValidationError

from evals.gold import GoldError, ResolvedGold, load_gold, resolve_gold
from evals.metrics import Score, micro_average, score_article
from evals.replay import CassetteError, RecordingTransport, ReplayTransport, read_manifest, write_manifest
from schemas import ArticleRequest, Extraction, ExtractorInfo
from service import (
    Backend,
    ConfigurationError,
    NewsfactsError,
    Settings,
    create_backend,
    extract,
    get_settings,
    normalize_text,
    prepare,
)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLES = ROOT / "seeds"
DEFAULT_GOLD = ROOT / "evals" / "gold"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")


class EvalError(Exception):
    """Anything that stops an eval run; the message is what the user needs to fix it."""


class ExtractorFailed(EvalError):
    """The extractor failed on one article (a backend error, a 5xx): scored as empty, the run goes on."""


# --------------------------------------------------------------------------- cases


@dataclass(frozen=True)
class Case:
    """One article and its resolved gold."""

    stem: str
    article: Path
    raw: str
    is_html: bool
    gold: ResolvedGold

    @property
    def published(self) -> dt.date:
        return self.gold.gold.published

    def request(self) -> ArticleRequest:
        if self.is_html:
            return ArticleRequest(html=self.raw, published=self.published)
        return ArticleRequest(text=self.raw, published=self.published)


def pair_files(articles: Path, gold: Path) -> list[tuple[str, Path, Path]]:
    """(stem, article, gold file) for every stem; an article or gold file without its pair is an error."""
    for folder, what in ((articles, "articles"), (gold, "gold")):
        if not folder.is_dir():
            raise EvalError(f"{what} folder {folder}: no such directory")
    by_stem: dict[str, Path] = {}
    for p in sorted(articles.iterdir()):
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
            if p.stem in by_stem:
                raise EvalError(
                    f"{articles}: two articles share the stem {p.stem!r}: {by_stem[p.stem].name}, {p.name}"
                )
            by_stem[p.stem] = p
    golds = {p.stem: p for p in sorted(gold.glob("*.json"))}
    if not golds:
        raise EvalError(f"gold folder {gold}: no gold files (*.json)")
    no_gold = sorted(set(by_stem) - set(golds))
    no_article = sorted(set(golds) - set(by_stem))
    problems = []
    if no_gold:
        problems.append(f"articles without a gold file in {gold}: {', '.join(no_gold)}")
    if no_article:
        problems.append(
            f"gold files without an article ({'/'.join(TEXT_SUFFIXES + HTML_SUFFIXES)}) in {articles}: "
            f"{', '.join(no_article)}"
        )
    if problems:
        raise EvalError("articles and gold pair by file stem; " + "; ".join(problems))
    return [(stem, by_stem[stem], golds[stem]) for stem in sorted(golds)]


def article_text(raw: str, is_html: bool) -> str:
    """The article as the service normalises it: what gold is resolved on."""
    if not is_html:
        return normalize_text(raw)
    return prepare(ArticleRequest(html=raw)).text


def load_cases(articles: Path, gold: Path) -> list[Case]:
    """Pair, read and resolve every gold file; raises ``EvalError`` listing every unusable file."""
    cases: list[Case] = []
    errors: list[str] = []
    for stem, article, gold_path in pair_files(articles, gold):
        try:
            raw = article.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(f"{article}: cannot read as UTF-8 ({exc})")
            continue
        is_html = article.suffix.lower() in HTML_SUFFIXES
        try:
            resolved = resolve_gold(load_gold(gold_path), article_text(raw, is_html), str(gold_path))
        except GoldError as exc:
            errors.append(str(exc))
            continue
        except NewsfactsError as exc:
            errors.append(f"{article}: {exc.detail}")
            continue
        cases.append(Case(stem, article, raw, is_html, resolved))
    if errors:
        raise EvalError("unusable gold:\n" + "\n".join(errors))
    return cases


# --------------------------------------------------------------------------- extractors


@dataclass(frozen=True)
class Outcome:
    extraction: Extraction
    wall_ms: float
    cache_hit: bool


class Extractor(Protocol):
    label: str

    async def run(self, case: Case) -> Outcome: ...

    async def aclose(self) -> None: ...


class InProcess:
    """``service.extract`` with a backend built here."""

    def __init__(self, backend: Backend, label: str, closers: Sequence[Any] = ()) -> None:
        self.backend = backend
        self.label = label
        self._closers = list(closers)

    async def run(self, case: Case) -> Outcome:
        started = time.perf_counter()
        try:
            extraction = await extract(case.request(), self.backend)
        except ConfigurationError as exc:
            # Every article would fail alike: stop with the message that says what to change.
            raise EvalError(f"{case.stem}: {exc.title}: {exc.detail}") from exc
        except NewsfactsError as exc:
            raise ExtractorFailed(
                f"{case.stem}: the {self.label} extractor failed: {exc.title}: {exc.detail}"
            ) from exc
        return Outcome(extraction, (time.perf_counter() - started) * 1000, cache_hit=False)

    async def aclose(self) -> None:
        await self.backend.aclose()
        for c in self._closers:
            await c.aclose()


class OverHttp:
    """A running newsfacts server."""

    def __init__(
        self,
        url: str,
        api_key: str | None = None,
        timeout_s: float = 300.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.label = self.url
        headers = {"X-API-Key": api_key} if api_key else {}
        self.client = httpx.AsyncClient(
            base_url=self.url, headers=headers, timeout=timeout_s, transport=transport
        )

    async def run(self, case: Case) -> Outcome:
        body: dict[str, Any] = {"published": case.published.isoformat()}
        body["html" if case.is_html else "text"] = case.raw
        started = time.perf_counter()
        try:
            response = await self.client.post("/v1/extractions", json=body)
        except httpx.HTTPError as exc:
            raise EvalError(f"{case.stem}: cannot reach {self.url}/v1/extractions: {exc!r}") from exc
        wall_ms = (time.perf_counter() - started) * 1000
        if response.status_code >= 500:
            raise ExtractorFailed(
                f"{case.stem}: {self.url} answered {response.status_code}: {_problem(response)}"
            )
        if response.status_code >= 400:
            raise EvalError(f"{case.stem}: {self.url} answered {response.status_code}: {_problem(response)}")
        try:
            extraction = Extraction.model_validate_json(response.content)
        except ValidationError as exc:
            raise EvalError(
                f"{case.stem}: {self.url} returned a body that is not an Extraction: {exc}"
            ) from exc
        hit = response.headers.get("x-cache", "").strip().upper().startswith("HIT")
        return Outcome(extraction, wall_ms, cache_hit=hit)

    async def aclose(self) -> None:
        await self.client.aclose()


def _problem(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(data, dict):
        return " — ".join(str(data[k]) for k in ("title", "detail") if data.get(k)) or response.text[:300]
    return response.text[:300]


def _llm_manifest(settings: Settings) -> dict[str, Any]:
    """Every ``llm_*`` setting but the key: enough to rebuild byte-identical requests on replay."""
    data = settings.model_dump(mode="json")
    return {k: v for k, v in data.items() if k.startswith("llm_") and k != "llm_api_key"}


# The backends a cassette can record and replay: those that call an LLM over HTTP.
_LLM_BACKENDS = ("llm", "hybrid")


def _llm_backend(settings: Settings, client: httpx.AsyncClient, name: str = "llm") -> Backend:
    # The factory imports a backend only when it builds one: the rules-only harness
    # never loads the llm backend (nor the OpenAI client it pulls in).
    return create_backend(name, settings, http_client=client)


def in_process(
    backend: str,
    *,
    record: Path | None = None,
    replay: Path | None = None,
    settings: Settings | None = None,
) -> tuple[Extractor, RecordingTransport | ReplayTransport | None]:
    """An in-process extractor; with ``record``/``replay``, the llm backend on a cassette transport."""
    if record is not None and replay is not None:
        raise EvalError("--record and --replay exclude each other")
    if (record or replay) and backend not in _LLM_BACKENDS:
        raise EvalError("--record and --replay apply to the llm and hybrid backends only (--backend llm)")
    try:
        if replay is not None:
            manifest = read_manifest(replay)
            unknown = sorted(
                k for k in manifest if not k.startswith("llm_") or k not in Settings.model_fields
            )
            if unknown or "llm_api_key" in manifest:
                raise EvalError(f"{replay}/manifest.json: settings this version does not know: {unknown}")
            try:
                # No key is needed offline, but the client insists on having one.
                replay_settings = Settings(**manifest, llm_api_key="replay-offline")
            except ValidationError as exc:
                raise EvalError(f"{replay}/manifest.json: invalid settings: {exc}") from exc
            replay_transport = ReplayTransport(replay)
            client = httpx.AsyncClient(transport=replay_transport)
            return InProcess(
                _llm_backend(replay_settings, client, backend), f"{backend} (replay)", [client]
            ), replay_transport
        settings = settings or get_settings()
        if record is not None:
            if not settings.llm_model:
                raise EvalError(
                    "--record needs a model: set NEWSFACTS_LLM_MODEL (and OPENAI_BASE_URL / OPENAI_API_KEY)"
                )
            write_manifest(record, _llm_manifest(settings))
            record_transport = RecordingTransport(record)
            client = httpx.AsyncClient(transport=record_transport)
            return InProcess(
                _llm_backend(settings, client, backend), f"{backend} (recording)", [client]
            ), record_transport
        return InProcess(create_backend(backend, settings), backend), None
    except CassetteError as exc:
        raise EvalError(str(exc)) from exc
    except NewsfactsError as exc:
        raise EvalError(f"{exc.title}: {exc.detail}") from exc


# --------------------------------------------------------------------------- running


@dataclass(frozen=True)
class Run:
    cases: list[Case]
    outcomes: list[Outcome]
    scores: list[Score]
    overall: Score
    # One line per article whose extraction failed (scored as empty).
    failures: list[str] = field(default_factory=list)

    @property
    def extractor(self) -> ExtractorInfo | None:
        return self.outcomes[0].extraction.extractor if self.outcomes else None


async def run_eval(
    cases: Sequence[Case],
    extractor: Extractor,
    transport: RecordingTransport | ReplayTransport | None = None,
    on_done: Callable[[Case], None] | None = None,
) -> Run:
    """Extract and score every case, one after another (so wall times are per article).

    ``on_done`` is called after each case (the CLI's progress bar).
    """
    outcomes: list[Outcome] = []
    scores: list[Score] = []
    failures: list[str] = []
    try:
        for case in cases:
            seen = len(transport.misses) if isinstance(transport, ReplayTransport) else 0
            started = time.perf_counter()
            error: EvalError | None = None
            try:
                outcome = await extractor.run(case)
            except EvalError as exc:
                error = exc
            reason = _missed(case, transport, seen)
            if reason is None and error is not None:
                if not isinstance(error, ExtractorFailed):
                    raise error
                reason = str(error)
            if reason is not None:
                # One failed article is scored as empty (its gold items all missed),
                # counted, and the run goes on to its report.
                failures.append(reason)
                wall_ms = (time.perf_counter() - started) * 1000
                outcome = Outcome(_empty(case, extractor.label, reason), wall_ms, False)
            try:
                score = score_article(
                    outcome.extraction,
                    case.gold,
                    wall_ms=outcome.wall_ms,
                    cache_hit=outcome.cache_hit,
                    failed=reason is not None,
                )
            except ValueError as exc:
                raise EvalError(str(exc)) from exc
            outcomes.append(outcome)
            scores.append(score)
            if on_done is not None:
                on_done(case)
    finally:
        await extractor.aclose()
    return Run(list(cases), outcomes, scores, micro_average(scores), failures)


def _missed(case: Case, transport: RecordingTransport | ReplayTransport | None, seen: int) -> str | None:
    """Why ``case`` fails when the cassette lacked one of its requests, else None.

    Whatever the extractor made of the miss (the llm backend sees a 400 and stops
    with a configuration error; hybrid falls back to the rules' items, partial),
    it is not the recorded model's answer: the article is failed, whatever the
    extractor returned or raised, and the other articles are still scored.
    """
    if not isinstance(transport, ReplayTransport) or len(transport.misses) == seen:
        return None
    missed = transport.misses[seen:]
    listed = "; ".join(str(m) for m in missed)
    return (
        f"{case.stem}: replay: {len(missed)} request(s) not in the cassette {transport.cassette} "
        f"(the prompt, model or article changed since it was recorded; record again): {listed}"
    )


def _empty(case: Case, label: str, reason: str) -> Extraction:
    """What a failed article is scored as: its text and nothing found."""
    doc = prepare(case.request())
    return Extraction(
        id="failed",
        text=doc.text,
        body=doc.body,
        boilerplate=list(doc.boilerplate),
        extractor=ExtractorInfo(backend=label, version="failed"),
        warnings=[f"extraction failed: {reason}"],
    )
