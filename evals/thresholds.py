"""Per-backend floors and ceilings on report metrics, read from ``evals/thresholds.toml``.

The TOML names metrics exactly as the JSON report's ``metrics`` does
(``"quotes.lenient.f1"``), under ``[BACKEND.min]`` (the value must be at least
this) and ``[BACKEND.max]`` (at most this). A name the report does not know is
an error, so a typo cannot silently switch a check off.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from evals.metrics import metric_names

DEFAULT_THRESHOLDS = Path(__file__).resolve().parent / "thresholds.toml"

Bound = Literal["min", "max"]
Limits = dict[Bound, dict[str, float]]


class ThresholdError(Exception):
    """An unreadable or inconsistent thresholds file."""


class ThresholdResult(BaseModel):
    metric: str
    bound: Bound
    limit: float
    value: float | None
    # None when the metric was not measured in this run (e.g. no gold quotes at all).
    passed: bool | None


def load_thresholds(path: Path = DEFAULT_THRESHOLDS) -> dict[str, Limits]:
    """``{backend: {"min": {metric: limit}, "max": {...}}}``, validated against the known metric names."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ThresholdError(f"{path}: cannot read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ThresholdError(f"{path}: not TOML: {exc}") from exc
    known = set(metric_names())
    out: dict[str, Limits] = {}
    problems: list[str] = []
    for backend, table in data.items():
        if not isinstance(table, dict):
            problems.append(f"[{backend}]: expected a table with min and/or max")
            continue
        limits: Limits = {}
        for bound, metrics in table.items():
            if bound not in ("min", "max") or not isinstance(metrics, dict):
                problems.append(
                    f"[{backend}.{bound}]: only [{backend}.min] and [{backend}.max] tables are allowed"
                )
                continue
            for metric, limit in metrics.items():
                if metric not in known:
                    problems.append(f"[{backend}.{bound}] {metric!r}: no such metric")
                elif not isinstance(limit, int | float) or isinstance(limit, bool):
                    problems.append(f"[{backend}.{bound}] {metric!r}: limit must be a number")
                else:
                    limits.setdefault(bound, {})[metric] = float(limit)
        out[backend] = limits
    if problems:
        raise ThresholdError(f"{path}:\n" + "\n".join(f"  - {p}" for p in problems))
    return out


def check(metrics: dict[str, float | None], limits: Limits) -> list[ThresholdResult]:
    results: list[ThresholdResult] = []
    for bound in ("min", "max"):
        for metric, limit in limits.get(bound, {}).items():
            value = metrics.get(metric)
            passed = None if value is None else (value >= limit if bound == "min" else value <= limit)
            results.append(
                ThresholdResult(metric=metric, bound=bound, limit=limit, value=value, passed=passed)
            )
    return results


def failures(results: list[ThresholdResult]) -> list[ThresholdResult]:
    return [r for r in results if r.passed is False]
