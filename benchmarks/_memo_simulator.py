"""The simulated provider with every answer kept: the benchmarks' way to measure the service, not the simulator.

The simulator answers by running the offline rules extractor on the article
it is sent, about 20 ms of CPU per article on this machine, on its one event
loop: it cannot answer more than ~45 distinct articles a second however many
clients wait, below the 64/s the concurrency goal asks of the service. Its own
cache holds 256 answers. This runner replaces that cache by an unbounded one,
so a second pass over the same articles costs the simulator a dictionary
lookup plus its JSON and HTTP work, and the service is what is measured.

    python -m benchmarks._memo_simulator --port 8001 --latency-ms 500 [--faults ...] [--seed 1]

The first pass over an article set still pays the rules extractor: that is
the simulator-bound figure ``bench_concurrency`` reports next to the other.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
from functools import cache
from typing import Any

from evals.simulator import SimulatorConfig, answers, parse_rates, serve_forever


def _memoise_answers() -> None:
    original = getattr(answers, "draft_for", None)
    if original is None or not hasattr(original, "__wrapped__"):
        raise SystemExit("evals.simulator.answers.draft_for is gone or no longer cached: update this runner")
    compute = original.__wrapped__

    @cache
    def draft_for(article: str, published: str | None = None) -> dict[str, Any]:
        result: dict[str, Any] = compute(article, published)
        return result

    # content_for looks draft_for up in its module at every call.
    answers.draft_for = draft_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--faults", default="")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        parser.error("benchmarks listen on loopback only")
    _memoise_answers()
    config = SimulatorConfig(latency_ms=args.latency_ms, rates=parse_rates(args.faults), seed=args.seed)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(config, args.host, args.port))


if __name__ == "__main__":
    main()
