"""``newsfacts simulate-llm``: registered into the service's CLI through the newsfacts.commands entry point."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``message`` to stderr; return the Exit to raise (as the service's commands do)."""
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def simulate_llm(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on (0: any free port).")] = 8001,
    latency_ms: Annotated[float, typer.Option(min=0, help="Fixed latency of every answer.")] = 0.0,
    latency_jitter_ms: Annotated[
        float, typer.Option(min=0, help="Extra latency, uniform in [0, this], per answer.")
    ] = 0.0,
    faults: Annotated[
        str,
        typer.Option(
            help="Fault rates, e.g. 429:0.02,500:0.02,hang:0.01 (faults: an HTTP status, hang, drop, "
            "garbage, malformed, schema, length, fabricate, obey, copy).",
        ),
    ] = "",
    retry_after_s: Annotated[float, typer.Option(min=0, help="Retry-After sent with 429s.")] = 1.0,
    seed: Annotated[int | None, typer.Option(help="Seed for latency and fault draws.")] = None,
) -> None:
    """Run a simulated OpenAI-compatible LLM (not a model: the rules extractor answers) for tests and demos."""
    from evals.simulator import SimulatorConfig, parse_rates, serve_forever

    try:
        rates = parse_rates(faults)
    except ValueError as exc:
        raise fail(f"--faults: {exc}") from exc
    config = SimulatorConfig(
        latency_ms=latency_ms,
        latency_jitter_ms=latency_jitter_ms,
        rates=rates,
        retry_after_s=retry_after_s,
        seed=seed,
    )

    def ready(server: asyncio.Server) -> None:
        bound = server.sockets[0].getsockname()[1]
        err.print(
            f"newsfacts simulator (a simulated LLM, not a model) on http://{host}:{bound}/v1\n"
            f"  try: NEWSFACTS_LLM_MODEL=newsfacts-simulator OPENAI_BASE_URL=http://{host}:{bound}/v1 "
            "OPENAI_API_KEY=sk-sim newsfacts extract ARTICLE --backend llm",
            highlight=False,
        )

    try:
        asyncio.run(serve_forever(config, host, port, ready=ready))
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    except KeyboardInterrupt:
        pass


def register(app: typer.Typer) -> None:
    app.command("simulate-llm")(simulate_llm)
