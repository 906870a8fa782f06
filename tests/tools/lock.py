"""requirements.lock: the exact, hash-pinned versions CI installs and tests.

``python3 tests/tools/lock.py check`` (run first by ``make test``) compares the
fingerprint of pyproject.toml's dependency tables recorded in the lock with
the current one and fails in one line naming the regeneration command.
``python3 tests/tools/lock.py write`` (``make lock``) regenerates the lock with uv;
``python3 tests/tools/lock.py install .venv`` (``make setup``) installs it.

Standard library only: the check runs before ``.venv`` exists or while it is
stale, with any Python >= 3.11.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
MARK = "# pyproject-fingerprint: "
REGENERATE = "make lock"
# What the lock is resolved for. Universal: markers keep it right on other
# platforms and Pythons, while CI (Linux, CPython 3.11) installs the pins it tests.
PYTHON_VERSION = "3.11"


def inputs(pyproject: Path = PYPROJECT) -> dict[str, object]:
    """The parts of pyproject.toml that decide what the lock contains."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data.get("project", {})
    return {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        # setuptools and wheel are locked too: `make setup` builds the
        # editable install without build isolation, from hashed wheels only.
        "build-system": data.get("build-system", {}).get("requires", []),
        "python-version": PYTHON_VERSION,
    }


def fingerprint(pyproject: Path = PYPROJECT) -> str:
    blob = json.dumps(inputs(pyproject), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def recorded(lock: Path = LOCK) -> str | None:
    if not lock.exists():
        return None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(MARK):
            return line[len(MARK) :].strip()
    return None


def check(pyproject: Path = PYPROJECT, lock: Path = LOCK) -> str | None:
    """None when the lock matches pyproject.toml, else the one-line reason."""
    if not lock.exists():
        return f"{lock.name} is missing: run `{REGENERATE}` and commit it"
    have = recorded(lock)
    if have is None:
        return f"{lock.name} has no `{MARK.strip('# :')}` line: regenerate it with `{REGENERATE}`"
    if have != fingerprint(pyproject):
        return (
            f"{lock.name} is out of date with pyproject.toml's dependencies: "
            f"run `{REGENERATE}` and commit both (docs/dependencies.md)"
        )
    return None


def uv() -> str:
    here = ROOT / ".venv" / "bin" / "uv"
    found = str(here) if here.exists() else shutil.which("uv")
    if found is None:
        raise SystemExit("uv not found: run `make setup` first (uv is a pinned dev dependency)")
    return found


def write(pyproject: Path = PYPROJECT, lock: Path = LOCK) -> None:
    build = inputs(pyproject)["build-system"]
    assert isinstance(build, list)
    with tempfile.TemporaryDirectory() as tmp:
        extra_in = Path(tmp) / "build-and-installer.in"
        # pip is locked as well: the venv's bundled pip replaces itself with
        # the locked one in the first install step.
        extra_in.write_text("\n".join([*build, "pip"]) + "\n", encoding="utf-8")
        out = Path(tmp) / "requirements.lock"
        if lock.exists():
            # uv keeps the pins already in the output file unless they must change,
            # so regenerating after adding one dependency moves nothing else.
            shutil.copyfile(lock, out)
        cmd = [
            uv(),
            "pip",
            "compile",
            str(pyproject.relative_to(ROOT)),
            str(extra_in),
            "--all-extras",
            "--generate-hashes",
            "--universal",
            "--python-version",
            PYTHON_VERSION,
            "--no-header",
            "--quiet",
            "-o",
            str(out),
        ]
        env = dict(os.environ, UV_NO_CONFIG="1")
        subprocess.run(cmd, cwd=ROOT, check=True, env=env)
        body = out.read_text(encoding="utf-8").replace(str(extra_in), "build-system.requires + pip")
    header = (
        "# The exact versions CI installs and tests, with the hashes of every file\n"
        "# PyPI serves for them. Generated: do not edit; regenerate with `make lock`\n"
        "# (docs/dependencies.md) after changing pyproject.toml's dependencies.\n"
        f"{MARK}{fingerprint(pyproject)}\n"
    )
    lock.write_text(header + body, encoding="utf-8")


def entry(name: str, lock: Path = LOCK) -> str:
    """The lock's lines for one package: its pin, markers and hashes."""
    lines = lock.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith(f"{name}=="):
            block = [line]
            while block[-1].endswith("\\") and i + len(block) < len(lines):
                block.append(lines[i + len(block)])
            return "\n".join(block) + "\n"
    raise SystemExit(f"{lock.name} does not pin {name}: regenerate it with `{REGENERATE}`")


def install(venv: Path, lock: Path = LOCK) -> None:
    """Make ``venv`` hold exactly the lock's packages, then the project (editable).

    pip installs uv from the lock (hash-checked), and uv installs the rest:
    a fresh setup takes seconds instead of the minutes pip needs for about a
    hundred wheels. ``uv pip sync`` also removes packages the lock does not
    name, so a hand-installed package cannot hide a missing dependency.
    """
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        only_uv = Path(tmp) / "uv.txt"
        only_uv.write_text(entry("uv", lock), encoding="utf-8")
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, "--require-hashes", "--no-deps", "-r", str(only_uv)], check=True)
    env = dict(os.environ, UV_NO_CONFIG="1", VIRTUAL_ENV=str(venv))
    uv_bin = str(venv / "bin" / "uv")
    subprocess.run(
        [uv_bin, "pip", "sync", "--quiet", "--python", str(python), "--require-hashes", str(lock)],
        check=True,
        env=env,
        cwd=ROOT,
    )
    # Without build isolation the locked setuptools builds the editable install,
    # and --no-deps keeps the environment exactly the lock.
    subprocess.run(
        [
            uv_bin,
            "pip",
            "install",
            "--quiet",
            "--python",
            str(python),
            "--no-deps",
            "--no-build-isolation",
            "-e",
            str(ROOT),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )


def main(argv: list[str]) -> int:
    if argv[1:] == ["check"]:
        problem = check()
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 1
        return 0
    if argv[1:] == ["write"]:
        write()
        return 0
    if len(argv) == 3 and argv[1] == "install":
        install(Path(argv[2]))
        return 0
    print("usage: python3 tests/tools/lock.py check | write | install VENV", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
