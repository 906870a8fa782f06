"""A simulated OpenAI-compatible LLM provider, for tests and benchmarks. Not a model.

``newsfacts simulate-llm`` runs it from the command line; ``SimulatorServer``
runs it in a background thread on a free loopback port. It answers
``POST /v1/chat/completions`` with the offline rules extractor's findings in
the shape the request asked for, after a configurable latency, and injects
faults by rate or by script (``faults.FAULTS``). Responses name the model
``newsfacts-simulator``. See ``docs/providers.md``.
"""

from evals.simulator.answers import SIMULATOR_MODEL
from evals.simulator.faults import FAULTS, FaultPlan, parse_rates
from evals.simulator.server import Simulator, SimulatorConfig, SimulatorServer, serve_forever

__all__ = [
    "FAULTS",
    "SIMULATOR_MODEL",
    "FaultPlan",
    "Simulator",
    "SimulatorConfig",
    "SimulatorServer",
    "parse_rates",
    "serve_forever",
]
