from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No test may touch the user's real data directory or pick up a configured LLM.
    monkeypatch.setenv("NEWSFACTS_DATA_DIR", str(tmp_path / "data"))
    for var in ("NEWSFACTS_LLM_MODEL", "NEWSFACTS_BACKEND", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    from service.settings import get_settings

    get_settings.cache_clear()
