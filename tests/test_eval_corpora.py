"""The corpus-adapter front door: reserved splits are refused before anything is read."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from evals.corpora import REGISTRY, CorpusError, CorpusReport, check_split, load
from service.cli.app import build


class _Toy:
    name = "toy"
    description = "a corpus made here"
    splits: tuple[str, ...] = ("train", "dev")
    reserved: tuple[str, ...] = ("test",)

    def __init__(self) -> None:
        self.opened: list[Path] = []

    def run(self, data: Path, split: str, *, backend: str, limit: int | None = None) -> CorpusReport:
        self.opened.append(data)
        return CorpusReport("toy", split, backend, documents=0, metrics={"recall": None})


def test_reserved_split_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toy = _Toy()
    monkeypatch.setitem(REGISTRY, "toy", "tests.test_eval_corpora:TOY")
    monkeypatch.setattr(f"{__name__}.TOY", toy, raising=False)
    result = CliRunner().invoke(
        build(), ["eval", "corpus", "toy", "--split", "test", "--data", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "reserved" in result.output
    assert toy.opened == []


def test_development_split_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    toy = _Toy()
    monkeypatch.setitem(REGISTRY, "toy", "tests.test_eval_corpora:TOY")
    monkeypatch.setattr(f"{__name__}.TOY", toy, raising=False)
    out = tmp_path / "r.json"
    result = CliRunner().invoke(
        build(), ["eval", "corpus", "toy", "--split", "dev", "--data", str(tmp_path), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert toy.opened == [tmp_path]
    assert '"split": "dev"' in out.read_text()


def test_unknown_names_and_splits() -> None:
    with pytest.raises(CorpusError, match="unknown corpus"):
        load("nope")
    with pytest.raises(CorpusError, match="unknown split"):
        check_split(_Toy(), "validation")
