from __future__ import annotations

from pathlib import Path

from service.settings import Settings

DOC = Path(__file__).resolve().parent.parent / "docs" / "configuration.md"


def test_every_setting_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    missing = [n for n in Settings.model_fields if f"`NEWSFACTS_{n.upper()}`" not in text]
    assert not missing, f"add to docs/configuration.md: {missing}"
