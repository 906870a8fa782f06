from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from service.settings import Settings
from tests.pg.server import PostgresServer, start_server

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


@pytest.fixture
def anyio_backend() -> str:
    # The service runs on asyncio; anyio-marked tests run there too, never on trio.
    return "asyncio"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Default settings over a fresh data directory; a test module may override it."""
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL for the whole run (tests/pg/server.py), started on first use."""
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards."""
    url = postgres_server.new_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)
