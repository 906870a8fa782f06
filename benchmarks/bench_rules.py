"""Benchmark: speed of the offline ``rules`` extractor (issue 3).

1. Throughput on the seeds, pinned to one core: articles per second for the
   rules backend alone (``backend.extract`` on a prepared document) and for the
   whole pipeline (``service.extract``: normalise, find the body, extract,
   ground). Goal: >= 100 seed-sized articles/s.
2. Time against length: synthetic articles built by repeating the seeds' body
   paragraphs up to 1 MB; time and time per kilobyte at each size. Linear
   means the per-kilobyte time stays flat as the length grows.

    .venv/bin/python -m benchmarks.bench_rules            # print
    .venv/bin/python -m benchmarks.bench_rules --record   # and write the section into RESULTS.md
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from schemas import ArticleRequest
from service import Document, create_backend, extract, prepare

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
TITLE = "Offline extractor (issue 3)"
SIZES = (4_000, 16_000, 64_000, 256_000, 1_000_000)


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def _section(body: str) -> str:
    """This benchmark's section of RESULTS.md: command, machine, figures."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.strip()
    command = ".venv/bin/python -m benchmarks.bench_rules " + " ".join(map(shlex.quote, sys.argv[1:]))
    return (
        f"## {TITLE}\n\nCommand: `{command.strip()}`\n\n"
        f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}; commit {commit or '?'}\n"
        f"- machine: nproc {os.cpu_count()}, Python {platform.python_version()}, {platform.platform()}\n\n"
        f"{body.strip()}\n"
    )


def _record(markdown: str) -> None:
    """Replace this benchmark's section of RESULTS.md (or append it); other sections are left alone."""
    text = (
        RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark and reliability results\n"
    )
    pattern = re.compile(r"^## " + re.escape(TITLE) + r"\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    block = markdown.rstrip() + "\n\n"
    text = (
        pattern.sub(lambda _: block, text, count=1)
        if pattern.search(text)
        else text.rstrip() + "\n\n" + block
    )
    RESULTS.write_text(text.rstrip() + "\n", encoding="utf-8")


def _pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    return "not pinned (no sched_setaffinity)"


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def throughput(rounds: int) -> tuple[float, float, float]:
    """(rules articles/s, pipeline articles/s, first-article seconds) on the seeds."""
    backend = create_backend("rules")
    requests = [ArticleRequest(text=t) for t in seed_texts()]
    docs = [prepare(r) for r in requests]

    async def rules_only(ds: list[Document]) -> None:
        for d in ds:
            await backend.extract(d)

    async def pipeline(rs: list[ArticleRequest]) -> None:
        for r in rs:
            await extract(r, backend)

    t = time.perf_counter()
    asyncio.run(pipeline(requests[:1]))  # first call pays for imports and dateparser's set-up
    first = time.perf_counter() - t
    n = len(docs) * rounds
    t_rules = _best(lambda: asyncio.run(rules_only(docs * rounds)), 3)
    t_pipe = _best(lambda: asyncio.run(pipeline(requests * rounds)), 3)
    return n / t_rules, n / t_pipe, first


def synthetic(size: int) -> str:
    """An article of about ``size`` characters: the seeds' body paragraphs repeated in turn."""
    paragraphs = [b.text for t in seed_texts() for b in prepare(ArticleRequest(text=t)).body_blocks]
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        p = paragraphs[i % len(paragraphs)]
        if i >= len(paragraphs):
            # A repeated paragraph would be dropped as a duplicate block; keep each one distinct.
            p = f"(Dispatch {i // len(paragraphs)}) {p}"
        out.append(p)
        total += len(p) + 2
        i += 1
    return "\n\n".join(out)


def scaling(sizes: tuple[int, ...]) -> list[tuple[int, float, float, int]]:
    """(characters, rules seconds, pipeline seconds, items) for each size."""
    backend = create_backend("rules")
    rows = []
    for size in sizes:
        req = ArticleRequest(text=synthetic(size), published="2021-02-19")
        doc = prepare(req)
        repeat = 3 if size <= 64_000 else 1
        t_rules = _best(lambda d=doc: asyncio.run(backend.extract(d)), repeat)  # type: ignore[misc]
        t = time.perf_counter()
        ex = asyncio.run(extract(req, backend))
        t_pipe = time.perf_counter() - t
        items = len(ex.events) + len(ex.figures) + len(ex.quotes) + len(ex.attributions)
        rows.append((len(doc.text), t_rules, t_pipe, items))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=20, help="passes over the five seeds (default 20)")
    parser.add_argument(
        "--max-size", type=int, default=1_000_000, help="largest synthetic article, characters"
    )
    parser.add_argument("--record", action="store_true", help="write the section into benchmarks/RESULTS.md")
    args = parser.parse_args()

    pinned = _pin_one_core()
    rules_rate, pipe_rate, first = throughput(args.rounds)
    lines = [
        f"Seeds, {args.rounds} passes over 5 articles, best of 3, {pinned}:",
        "",
        "| what | articles/s | ms/article |",
        "| --- | ---: | ---: |",
        f"| rules backend (`backend.extract` on a prepared document) | {rules_rate:.0f} | {1000 / rules_rate:.2f} |",
        f"| whole pipeline (`service.extract`: normalise, body, extract, ground) | {pipe_rate:.0f} | {1000 / pipe_rate:.2f} |",
        "",
        f"First article in a fresh process (imports, dateparser set-up): {first * 1000:.0f} ms.",
        "",
        "Time against length (seed body paragraphs repeated; rules best of 3 up to 64 kB, else one run):",
        "",
        "| characters | rules s | rules µs/char | pipeline s | pipeline µs/char | items |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = scaling(tuple(s for s in SIZES if s <= args.max_size))
    for chars, t_rules, t_pipe, items in rows:
        lines.append(
            f"| {chars:,} | {t_rules:.3f} | {t_rules / chars * 1e6:.2f} | {t_pipe:.3f} | {t_pipe / chars * 1e6:.2f} | {items:,} |"
        )
    per_char = [t / c for c, t, _p, _i in rows]
    per_char_pipe = [p / c for c, _t, p, _i in rows]
    lines += [
        "",
        f"Time per character, largest over smallest article: rules {per_char[-1] / per_char[0]:.2f}x, "
        f"whole pipeline {per_char_pipe[-1] / per_char_pipe[0]:.2f}x (1.00x is exactly linear).",
    ]
    body = "\n".join(lines)
    print(body)
    if args.record:
        _record(_section(body))


if __name__ == "__main__":
    main()
