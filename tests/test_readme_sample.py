"""The README's sample output is what the code produces now (regenerate with `make readme-sample`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_sample_output_is_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "tools" / "readme_sample.py"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr


def test_the_sample_shows_entities_and_warnings() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- readme-sample: start")
    sample = readme[start : readme.index("<!-- readme-sample: end -->")]
    for key in ('"entities"', '"warnings"', '"quotes"', '"figures"', '"events"', '"attributions"'):
        assert key in sample
