"""requirements.lock agrees with pyproject.toml, and the check says how to fix it when not."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_lock_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lock_tool", ROOT / "tests" / "tools" / "lock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lock = load_lock_tool()


def test_the_committed_lock_matches_pyproject() -> None:
    assert lock.check() is None


def test_every_direct_dependency_is_pinned_with_hashes() -> None:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    inputs = lock.inputs()
    names = [
        *inputs["dependencies"],
        *(r for extra in inputs["optional-dependencies"].values() for r in extra),
    ]
    for requirement in names:
        name = requirement.split(";")[0]
        for sep in "[<>=!~ ":
            name = name.split(sep)[0]
        name = name.lower().replace("_", "-")
        block = lock.entry(name, ROOT / "requirements.lock")
        assert "--hash=sha256:" in block, name
    assert "--hash=sha256:" in lock.entry("pip", ROOT / "requirements.lock")
    assert "==" in text


def test_an_added_dependency_is_reported_with_the_command(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    original = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject.write_text(original, encoding="utf-8")
    assert lock.check(pyproject, ROOT / "requirements.lock") is None
    pyproject.write_text(
        original.replace("dependencies = [\n", 'dependencies = [\n    "left-pad>=1",\n', 1), encoding="utf-8"
    )
    problem = lock.check(pyproject, ROOT / "requirements.lock")
    assert problem is not None and "make lock" in problem and "\n" not in problem


def test_comments_and_formatting_do_not_count_as_a_change(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    original = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject.write_text(original.replace("dependencies = [\n", "dependencies = [\n    # a comment\n", 1))
    assert lock.check(pyproject, ROOT / "requirements.lock") is None


def test_a_missing_or_unmarked_lock_fails(tmp_path: Path) -> None:
    assert "missing" in (lock.check(ROOT / "pyproject.toml", tmp_path / "none.lock") or "")
    bare = tmp_path / "bare.lock"
    bare.write_text("pydantic==2.0 \\\n    --hash=sha256:00\n", encoding="utf-8")
    assert "make lock" in (lock.check(ROOT / "pyproject.toml", bare) or "")


def test_the_cli_check_is_silent_when_the_lock_matches() -> None:
    ok = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "tools" / "lock.py"), "check"], capture_output=True, text=True
    )
    assert ok.returncode == 0 and ok.stderr == ""
