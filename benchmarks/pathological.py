"""Adversarial input shapes: is every stage linear in the article's length? (issue 13, defect 2)

Each shape is built at a small and a large size (the large one 8 times the
small) and run through the pipeline's public steps in this process, one after
the other: ``prepare`` (normalise, find the body), the rules backend's
extraction, and grounding. For each stage the table gives microseconds per
character at both sizes and their ratio: about 1 when the stage is linear, 8
when it is quadratic (the review's ``"1,000, " * 8000`` took 70 s in the rules
step before the fix, a ratio in the hundreds).

``--serve`` also starts ``newsfacts serve`` on loopback and sends the large
shapes to ``POST /v1/extractions`` two at a time while a prober polls
``/healthz``: every answer must be 200 or a documented problem (never a 500),
none may take longer than the extraction budget plus a margin, and ``/healthz``
must stay fast (p99 under 50 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable

import httpx

from benchmarks import _harness as h
from schemas import ArticleRequest
from service.backends.rules import extract_draft
from service.grounding.ground import ground
from service.pipeline.run import prepare

TITLE = "Pathological inputs (linearity)"
LARGE_CHARS = 200_000
RATIO = 8


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda chars: (unit * (chars // len(unit) + 1))[:chars]


SHAPES: dict[str, Callable[[int], str]] = {
    # the review's request: a list of numbers, one sentence
    "number list": _repeat("1,000, "),
    # one sentence of 200 KB: words, reporting verbs and clauses, no full stop
    "one long sentence": _repeat("the minister said that officials and 4,000 troops told the council that "),
    # quotation marks: 50,000 of them in the large size, alone and around words
    "quotation marks": _repeat('"'),
    "quoted words": _repeat('"a" '),
    # one name over and over, as a speaker and a subject, in short sentences
    "repeated names": _repeat("Jane Smith of the Acme Group said Smith told Jane. "),
    # the same name thousands of times in one sentence
    "names in one sentence": _repeat("Jane Smith and "),
    # one letter a line: every line a block, nearly all of them repeats (a 20 MB answer
    # to 800 KB before boilerplate regions joined neighbours; session 8)
    "one-letter lines": _repeat("\n".join("abcdefghijklmnopqrstuvwxyz") + "\n"),
    # handles of embedded posts with no post around them, and a post's end without its date: the
    # embedded-post pattern read 800 characters from every character of such a block, about 2,000 times
    # prose per character at any size (session 12's hostile review, docs/hostile-review.md); compare
    # their µs per character with prose's, not only large against small
    "post handles": _repeat("(@a) "),
    "post tails": _repeat("the port — Ruth Okafor (@ab) "),
    # prose, for comparison: news-like sentences
    "prose": _repeat(
        "The minister said on Tuesday that 4,000 troops would leave by May, up from 500 last year. "
        "“We will not stay,” said Jane Smith, a spokeswoman for the Acme Group. "
    ),
}


def _stages(text: str) -> dict[str, float]:
    t0 = time.perf_counter()
    doc = prepare(ArticleRequest(text=text))
    t1 = time.perf_counter()
    draft = extract_draft(doc)
    t2 = time.perf_counter()
    ground(doc, draft)
    t3 = time.perf_counter()
    return {"prepare": t1 - t0, "rules": t2 - t1, "ground": t3 - t2, "total": t3 - t0}


def measure(large: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    small = large // RATIO
    for name, make in SHAPES.items():
        ts, tl = make(small), make(large)
        s, lg = _stages(ts), _stages(tl)
        row: dict[str, object] = {"shape": name, "small": len(ts), "large": len(tl)}
        for stage in ("prepare", "rules", "ground", "total"):
            us_s = s[stage] / len(ts) * 1e6
            us_l = lg[stage] / len(tl) * 1e6
            row[stage] = (us_s, us_l, us_l / us_s if us_s > 0 else float("nan"))
        row["large_s"] = lg["total"]
        rows.append(row)
        print(f"{name}: {lg['total']:.2f} s at {len(tl):,} chars", flush=True)
    return rows


async def serve_phase(large: int, budget_s: float) -> dict[str, object]:
    """Large shapes over HTTP, two at a time, while /healthz is polled every 20 ms."""
    statuses: dict[str, int] = {}
    durations: list[float] = []
    health: list[float] = []
    with h.workdir("newsfacts-patho") as work:
        service = h.start_service(work / "data", work, extraction_budget_s=str(budget_s))
        with h.stopping(service):
            async with httpx.AsyncClient(base_url=service.base_url, timeout=600) as client:
                done = asyncio.Event()

                async def probe() -> None:
                    while not done.is_set():
                        t = time.perf_counter()
                        r = await client.get("/healthz")
                        health.append(time.perf_counter() - t)
                        assert r.status_code == 200
                        await asyncio.sleep(0.02)

                sem = asyncio.Semaphore(2)

                async def send(name: str, text: str) -> None:
                    async with sem:
                        t = time.perf_counter()
                        r = await client.post("/v1/extractions", json={"text": text})
                        durations.append(time.perf_counter() - t)
                        key = f"{r.status_code}" + (
                            f" {r.json().get('type', '').removeprefix('urn:newsfacts:problem:')}"
                            if r.status_code != 200
                            else ""
                        )
                        statuses[key] = statuses.get(key, 0) + 1
                        print(f"  {name}: {key} in {durations[-1]:.2f} s", flush=True)

                prober = asyncio.create_task(probe())
                await asyncio.gather(*(send(n, make(large)) for n, make in SHAPES.items()))
                # the review's own body, and a near-megabyte one
                await asyncio.gather(
                    send("review body", "1,000, " * 8000), send("980 KB", _repeat("1,000, ")(980_000))
                )
                done.set()
                await prober
            stopped = time.perf_counter()
            code = service.stop()
            stop_s = time.perf_counter() - stopped
    health.sort()
    return {
        "statuses": statuses,
        "max_request_s": max(durations),
        "healthz_p50_ms": statistics.median(health) * 1000,
        "healthz_p99_ms": health[int(len(health) * 0.99) - 1] * 1000,
        "healthz_n": len(health),
        "stop_s": stop_s,
        "stop_code": code,
    }


def markdown(rows: list[dict[str, object]], served: dict[str, object] | None, command: str) -> str:
    lines = [
        f"## {TITLE}",
        "",
        f"Command: `{command}`",
        "",
        h.machine(),
        "",
        "Microseconds per character at the small and the large size (8 times longer), and large / small:",
        "about 1 is linear, 8 would be quadratic.",
        "",
        "| shape | chars (large) | prepare | rules | ground | total | total at large size |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        cells = []
        for stage in ("prepare", "rules", "ground", "total"):
            triple = r[stage]
            assert isinstance(triple, tuple)
            us_s, us_l, ratio = triple
            cells.append(f"{us_s:.1f} / {us_l:.1f} (×{ratio:.2f})")
        lines.append(f"| {r['shape']} | {r['large']:,} | " + " | ".join(cells) + f" | {r['large_s']:.2f} s |")
    if served is not None:
        lines += [
            "",
            "Over HTTP (`newsfacts serve`, the large shapes two at a time, the review's body and a 980 KB one):",
            "",
            f"- statuses: {served['statuses']}",
            f"- slowest request: {served['max_request_s']:.2f} s",
            f"- `/healthz` meanwhile: p50 {served['healthz_p50_ms']:.1f} ms, "
            f"p99 {served['healthz_p99_ms']:.1f} ms over {served['healthz_n']} probes",
            f"- SIGTERM to exit: {served['stop_s']:.2f} s (exit code {served['stop_code']})",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=int, default=LARGE_CHARS, help="characters of the large size")
    parser.add_argument("--serve", action="store_true", help="also over HTTP, with /healthz probed")
    parser.add_argument(
        "--budget", type=float, default=20.0, help="NEWSFACTS_EXTRACTION_BUDGET_S for --serve"
    )
    parser.add_argument("--record", action="store_true", help="write the section into RESULTS.md")
    args = parser.parse_args()
    rows = measure(args.large)
    served = asyncio.run(serve_phase(args.large, args.budget)) if args.serve else None
    md = markdown(rows, served, h.command_line())
    print(md)
    if args.record:
        h.record(TITLE, md)


if __name__ == "__main__":
    main()
