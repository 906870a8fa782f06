"""Issue 13, defect 7: a live schemathesis run with every check, against `newsfacts serve` on loopback.

Bounded (a few examples per operation, every phase); ``tests/schemathesis.toml``
says the one exception and why. The in-process property tests
(``test_api_schemathesis.py``) run a subset of the checks with more examples;
this one adds what only a real server shows: 405 with a correct ``Allow``,
OPTIONS, stateful sequences, and requests the document calls valid or invalid.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.live_server import ROOT, running_server

CONFIG = ROOT / "tests" / "schemathesis.toml"


def test_live_schemathesis_all_checks_is_clean(tmp_path: Path) -> None:
    with running_server(tmp_path / "data") as base:
        st = Path(sys.executable).parent / "schemathesis"
        run = subprocess.run(
            [
                str(st),
                "--config-file",
                str(CONFIG),
                "--no-color",
                "run",
                f"{base}/openapi.json",
                "--checks",
                "all",
                "--max-examples",
                "5",
                "--seed",
                "13",
                "--report-dir",
                str(tmp_path / "report"),
            ],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=600,
        )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
