"""benchmarks/answers_identity.py: two runs of the same code compare equal; a changed answer is named."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from benchmarks import answers_identity as ai
from schemas import ArticleRequest

# Our own sentences: a quote with its speaker, a figure, dated events, and a sentence with none of them.
ARTICLES = {
    "a": (
        "The city council approved a budget of $4.2 million on Tuesday, officials said.\n\n"
        '"We cannot wait any longer," Mayor Ana Ruiz told reporters after the vote.\n\n'
        "The weather was mild."
    ),
    "b": "Acme Corp. said on Monday that it would close two plants and cut 1,200 jobs by March.",
}


def _sources() -> list[ai.Source]:
    published = dt.date(2024, 5, 2)
    return [
        ai.Source("mine", [(k, ArticleRequest(text=t, published=published)) for k, t in ARTICLES.items()])
    ]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    a, b = tmp_path_factory.mktemp("run-a"), tmp_path_factory.mktemp("run-b")
    assert ai.dump(_sources(), a) == 2
    assert ai.dump(_sources(), b) == 2
    return a, b


def test_two_runs_of_the_same_code_compare_equal(two_runs: tuple[Path, Path]) -> None:
    a, b = two_runs
    assert sorted(p.relative_to(a).as_posix() for p in a.rglob("*.json")) == ["mine/a.json", "mine/b.json"]
    answer = json.loads((a / "mine" / "a.json").read_text())
    # what varies between runs is out; the answer itself is in
    assert "id" not in answer and "wall_ms" not in answer["usage"]
    assert answer["quotes"] and answer["figures"]
    assert ai.compare(a, b) == []
    assert ai.main(["compare", str(a), str(b)]) == 0


def test_a_changed_answer_is_reported_with_where_it_parts(
    two_runs: tuple[Path, Path], tmp_path: Path
) -> None:
    a, _ = two_runs
    changed = tmp_path / "changed"
    for p in a.rglob("*.json"):
        target = changed / p.relative_to(a)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(p.read_bytes())
    path = changed / "mine" / "b.json"
    answer = json.loads(path.read_text())
    answer["figures"][0]["text"] += "x"
    path.write_text(ai.canonical(answer))
    assert ai.compare(a, changed) == ["differs: mine/b.json at .figures[0].text"]
    assert ai.main(["compare", str(a), str(changed)]) == 1
    # an article missing from one side is a difference too
    (changed / "mine" / "a.json").unlink()
    assert f"only in {a}: mine/a.json" in ai.compare(a, changed)


def test_volatile_fields_alone_do_not_make_a_difference() -> None:
    one = {"id": "1", "usage": {"wall_ms": 3.5, "chunks": 1}, "events": []}
    two = {"events": [], "usage": {"chunks": 1, "wall_ms": 9.0}, "id": "2"}
    assert ai.canonical(one) == ai.canonical(two)
    assert ai.canonical(dict(one, events=[1])) != ai.canonical(two)


def test_first_difference_names_the_json_path() -> None:
    assert ai.first_difference({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]}) == ".a[1].b"
    assert ai.first_difference({"a": [1]}, {"a": [1, 2]}) == ".a[1]"
    assert ai.first_difference({"a": 1}, {"a": 1}) == ""


def test_reserved_sets_are_refused_and_never_in_the_defaults(tmp_path: Path) -> None:
    """Guard: the tool names its sets one by one and refuses the held-out ones."""
    assert not set(ai.DEV_SETS) & set(ai.RESERVED)
    for name in ai.RESERVED:
        with pytest.raises(ai.IdentityError, match="reserved"):
            ai.our_sets([name])
        assert ai.main(["dump", str(tmp_path / name), "--set", name]) == 2
    assert not (tmp_path / "heldout").exists()


def test_a_dump_never_overwrites_an_earlier_one(two_runs: tuple[Path, Path]) -> None:
    a, _ = two_runs
    with pytest.raises(ai.IdentityError, match="not empty"):
        ai.dump(_sources(), a)
