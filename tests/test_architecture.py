"""The layering of docs/architecture.md, checked on every import the code makes.

schemas <- service <- evals, benchmarks. Inside service: backends never reach
the HTTP layer, the serving layer or the simulator; HTTP (FastAPI, Starlette,
uvicorn) is imported only under service/api and by the CLI's ``serve``; the
client imports nothing of the service; evals and benchmarks use the service's
public entry points only (``PUBLIC`` below, the table in docs/architecture.md).

Imports are read from the source (``ast``), wherever they are written: at the
top, inside a function (the lazy ones), under ``TYPE_CHECKING``, or as the
string given to ``importlib.import_module``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HTTP = ("fastapi", "starlette", "uvicorn", "fastapi_offline")

# What evals and benchmarks may import from the service, and why.
PUBLIC = {
    "service": "the entry points re-exported by service/__init__.py",
    "service.errors": "the typed errors (an eval names a failed article by its error)",
    "service.settings": "Settings: what a harness configures",
    "service.api": "create_app: benchmarks and the eval's --url mode serve the real app",
    "service.client": "the HTTP client, for harnesses that talk to a running server",
}
# Benchmarks time one step of the pipeline on its own: these steps are public to them.
BENCHMARK_STEPS = {
    "service.pipeline.run": "prepare / extract_document: the pipeline without the cache",
    "service.pipeline.language": "language detection, timed on its own",
    "service.grounding.align": "the aligner, timed on its own",
    "service.grounding.ground": "grounding, timed on its own",
    "service.backends.rules": "the rules extractor, timed without the pipeline",
}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (absolute names), with its line."""
    return imports_in(path.read_text(encoding="utf-8"))


def imports_in(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from service.pipeline import language` imports the submodule; `from service import
            # extract`, a name of the package: count each as what it is.
            subs = [f"{node.module}.{alias.name}" for alias in node.names]
            modules = [sub for sub in subs if module_exists(sub)]
            if len(modules) < len(subs):
                found.append((node.lineno, node.module))
            found.extend((node.lineno, sub) for sub in modules)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def module_exists(name: str) -> bool:
    parts = name.split(".")
    base = ROOT.joinpath(*parts)
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def under(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def violations(folders: tuple[str, ...], rule: object) -> list[str]:
    out = []
    for path in files(*folders):
        for line, name in imports_of(path):
            why = rule(rel(path), name)  # type: ignore[operator]
            if why:
                out.append(f"{rel(path)}:{line} imports {name}: {why}")
    return out


def test_schemas_import_nothing_of_ours_but_schemas() -> None:
    def rule(_: str, name: str) -> str | None:
        if under(name, "service", "evals", "benchmarks", "tests"):
            return "the contract depends on nothing"
        return None

    assert violations(("schemas",), rule) == []


def test_service_never_imports_evals_benchmarks_or_tests() -> None:
    def rule(_: str, name: str) -> str | None:
        if under(name, "evals", "benchmarks", "tests"):
            return "service <- evals, benchmarks: never the reverse (register through newsfacts.commands)"
        return None

    assert violations(("service",), rule) == []


def test_backends_reach_neither_http_nor_serving_nor_the_simulator() -> None:
    def rule(_: str, name: str) -> str | None:
        if under(name, *HTTP):
            return "a backend never speaks HTTP server"
        if under(
            name, "service.api", "service.serving", "service.cli", "service.render", "service.corroborate"
        ):
            return "a backend sits below the layers that use it"
        if under(name, "evals.simulator") or name.endswith(".simulator"):
            return "the simulator is a development tool, not a backend's dependency"
        return None

    assert violations(("service/backends",), rule) == []


def test_http_only_in_the_api_and_the_serve_command() -> None:
    allowed = ("service/api/", "service/cli/serve.py")

    def rule(path: str, name: str) -> str | None:
        if path.startswith(allowed):
            return None
        if under(name, *HTTP):
            return "HTTP lives in service/api (and `newsfacts serve` starts it)"
        if under(name, "service.api") and path != "service/__init__.py":
            return "nothing below the API imports it (service.create_app is the lazy way in)"
        return None

    assert violations(("service",), rule) == []


def test_the_client_imports_nothing_of_the_service() -> None:
    def rule(_: str, name: str) -> str | None:
        if under(name, "service") and not under(name, "service.client"):
            return "the client sits beside the service (schemas <- client), not on it"
        if under(name, *HTTP, "evals", "benchmarks"):
            return "the client needs schemas, pydantic and httpx only"
        return None

    assert violations(("service/client",), rule) == []


def test_importing_the_client_loads_no_other_part_of_the_service() -> None:
    code = (
        "import sys, service.client\n"
        "print(sorted(m for m in sys.modules if m.startswith(('service.', 'fastapi', 'starlette', 'uvicorn'))"
        " and not m.startswith('service.client')))"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"


@pytest.mark.parametrize("folder", ["evals", "benchmarks"])
def test_evals_and_benchmarks_use_public_entry_points_only(folder: str) -> None:
    public = set(PUBLIC) | (set(BENCHMARK_STEPS) if folder == "benchmarks" else set())

    def rule(path: str, name: str) -> str | None:
        if not under(name, "service") or name in public:
            return None
        if path.startswith("evals/simulator/") and under(
            name, "service.backends.rules", "service.pipeline.run"
        ):
            return None  # the simulator answers with the rules extractor: it is a backend's stand-in
        return "not a public entry point (tests/test_architecture.py PUBLIC)"

    assert violations((folder,), rule) == []


def test_the_rules_see_every_import_form() -> None:
    # The checks above are only as good as imports_in: it must see lazy and string imports too.
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    import starlette\n"
        "def f():\n    import importlib\n    importlib.import_module('fastapi')\n"
        "    from service.api import app, create_app\n"
    )
    names = {name for _, name in imports_in(source)}
    assert {"starlette", "fastapi", "service.api", "service.api.app", "importlib"} <= names
    assert "service.api.create_app" not in names
