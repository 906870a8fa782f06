"""``/v1/eval/reports``: the eval reports on the server's disk, for the viewer to show and compare.

``newsfacts eval`` writes ``report.json`` (and ``predictions/NAME.json``)
into ``--out`` (default ``eval-out/BACKEND``). The server lists every
``report.json`` under ``NEWSFACTS_EVAL_REPORTS_DIR`` (default ``eval-out``),
newest first. A report is named by its folder relative to that directory, and
only names found by the listing are ever opened: no path from a request
reaches the file system. The service reads reports as JSON and never imports
the eval harness (dependencies point from evals to the service).
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from service.api import problems
from service.api.deps import ServicesDep
from service.api.middleware import head_only, headers_only
from service.api.problems import ProblemError

router = APIRouter(prefix="/v1/eval/reports", tags=["eval"])

REPORT_FILE = "report.json"
FORMAT_PREFIX = "newsfacts-eval/"
# Folders deeper than this under the reports directory are not searched.
MAX_DEPTH = 4
# At most this many reports are listed (the newest).
MAX_REPORTS = 200
_STEM = re.compile(r"^[A-Za-z0-9_.-]{1,200}$")


class EvalReportInfo(BaseModel):
    name: str = Field(description="The report's folder, relative to the reports directory: its id here.")
    url: str = Field(description="Where to fetch it: `/v1/eval/reports/report?name=…`.")
    created: str | None = Field(default=None, description="When the eval ran (the report's `created`).")
    backend: str | None = None
    source: str | None = None
    articles: int = Field(description="Articles scored.")
    predictions: list[str] = Field(
        default_factory=list,
        description="Stems with a stored prediction (the article's text for the viewer).",
    )


class EvalReportList(BaseModel):
    directory: str = Field(description="Where the server looks (`NEWSFACTS_EVAL_REPORTS_DIR`).")
    reports: list[EvalReportInfo] = Field(description="Newest first.")


@dataclass(frozen=True)
class _Report:
    """What the listing shows of one ``report.json``."""

    created: str | None
    backend: str | None
    source: str | None
    articles: int


# Each report.json's summary, by path, with the (mtime, size) it was read at. Every request walked
# the directory and parsed every report whole, on the event loop: 200 reports of the seeds (15 MB)
# took 0.3 s of CPU for a 25 KB prediction, during which nothing else was answered (session 14's
# hostile review). Now a file is parsed again only when it changed, and the walk runs in a thread.
_SEEN: dict[Path, tuple[int, int, _Report | None]] = {}


def _summary(path: Path) -> tuple[float, _Report | None]:
    """The file's modification time and its summary (None when it is not an eval report)."""
    stat = path.stat()
    seen = _SEEN.get(path)
    if seen is not None and seen[:2] == (stat.st_mtime_ns, stat.st_size):
        return stat.st_mtime, seen[2]
    report: _Report | None = None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict) and str(data.get("format", "")).startswith(FORMAT_PREFIX):
        report = _Report(
            created=data.get("created"),
            backend=data.get("backend"),
            source=data.get("source"),
            articles=len(data.get("articles") or []),
        )
    _SEEN[path] = (stat.st_mtime_ns, stat.st_size, report)
    return stat.st_mtime, report


def _reports(root: Path) -> dict[str, tuple[Path, _Report]]:
    found: list[tuple[float, str, Path, _Report]] = []
    if not root.is_dir():
        return {}
    walked: set[Path] = set()
    for path in root.rglob(REPORT_FILE):
        rel = path.parent.relative_to(root)
        if len(rel.parts) > MAX_DEPTH or not path.is_file():
            continue
        walked.add(path)
        try:
            mtime, report = _summary(path)
        except OSError:
            continue
        if report is None:
            continue
        name = rel.as_posix() if rel.parts else "."
        found.append((mtime, name, path, report))
    # Reports deleted or moved since: their summaries would be kept for the life of the process.
    for gone in [p for p in list(_SEEN) if p.is_relative_to(root) and p not in walked]:
        _SEEN.pop(gone, None)
    found.sort(key=lambda f: (str(f[3].created or ""), f[0]), reverse=True)
    return {name: (path, report) for _, name, path, report in found[:MAX_REPORTS]}


def _info(name: str, path: Path, report: _Report) -> EvalReportInfo:
    predictions_dir = path.parent / "predictions"
    stems = (
        sorted(p.stem for p in predictions_dir.glob("*.json") if _STEM.match(p.stem))
        if predictions_dir.is_dir()
        else []
    )
    return EvalReportInfo(
        name=name,
        url="/v1/eval/reports/report?name=" + name,
        created=report.created,
        backend=report.backend,
        source=report.source,
        articles=report.articles,
        predictions=stems,
    )


def _listing(root: Path) -> list[EvalReportInfo]:
    return [_info(name, path, report) for name, (path, report) in _reports(root).items()]


def _report_bytes(root: Path, name: str) -> bytes | None:
    found = _reports(root).get(name)
    return found[0].read_bytes() if found is not None else None


def _report_size(root: Path, name: str) -> int | None:
    found = _reports(root).get(name)
    try:
        return found[0].stat().st_size if found is not None else None
    except OSError:
        return None


def _prediction_path(root: Path, name: str, stem: str) -> Path | None:
    """The stored prediction of one article of a report, when there is one (HEAD and GET read it alike)."""
    found = _reports(root).get(name)
    path = found[0].parent / "predictions" / f"{stem}.json" if found else None
    return path if path is not None and path.is_file() else None


def _prediction_size(root: Path, name: str, stem: str) -> int | None:
    path = _prediction_path(root, name, stem)
    return path.stat().st_size if path is not None else None


def _prediction_bytes(root: Path, name: str, stem: str) -> bytes | None:
    path = _prediction_path(root, name, stem)
    return path.read_bytes() if path is not None else None


def _root(services: ServicesDep) -> Path:
    return services.settings.eval_reports_dir


Name = Annotated[str, Query(max_length=500, description="A report's `name` from the listing.")]


@router.get(
    "",
    summary="Eval reports on the server",
    response_model=EvalReportList,
    responses={200: {"description": "Reports found, newest first."}, **problems.responses(401)},
)
async def list_reports(request: Request, services: ServicesDep) -> EvalReportList | Response:
    """Every `report.json` written by `newsfacts eval --out DIR` under the reports directory, newest first."""
    if head_only(request):
        return headers_only()  # the walk (and a changed report's parse) is for a body
    root = _root(services)
    return EvalReportList(directory=str(root), reports=await asyncio.to_thread(_listing, root))


@router.get(
    "/report",
    summary="One eval report",
    responses={200: {"description": "The report.json, as written."}, **problems.responses(401, 404, 422)},
)
async def get_report(request: Request, services: ServicesDep, name: Name) -> Response:
    if head_only(request):
        # The file's size, not its megabytes read to be thrown away.
        size = await asyncio.to_thread(_report_size, _root(services), name)
        if size is None:
            raise ProblemError(404, f"no eval report {name!r}", slug="eval-report-not-found")
        return headers_only(size=size)
    body = await asyncio.to_thread(_report_bytes, _root(services), name)
    if body is None:
        raise ProblemError(404, f"no eval report {name!r}", slug="eval-report-not-found")
    return Response(body, media_type="application/json")


@router.get(
    "/prediction",
    summary="One article's extraction from an eval run",
    responses={200: {"description": "The stored extraction."}, **problems.responses(401, 404, 422)},
)
async def get_prediction(
    request: Request,
    services: ServicesDep,
    name: Name,
    stem: Annotated[str, Query(pattern=_STEM.pattern, description="The article's file stem.")],
) -> Response:
    """The extraction the eval made of one article (its `text` is what the viewer marks up)."""
    if head_only(request):
        size = await asyncio.to_thread(_prediction_size, _root(services), name, stem)
        if size is None:
            raise ProblemError(
                404, f"no prediction {stem!r} in eval report {name!r}", slug="eval-report-not-found"
            )
        return headers_only(size=size)
    body = await asyncio.to_thread(_prediction_bytes, _root(services), name, stem)
    if body is None:
        raise ProblemError(
            404, f"no prediction {stem!r} in eval report {name!r}", slug="eval-report-not-found"
        )
    return Response(body, media_type="application/json")
