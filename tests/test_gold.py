"""Gold files: every checked-in file resolves on its article, and bad files are refused precisely."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evals.gold import GoldError, GoldFile, load_gold, resolve_gold
from evals.runner import DEFAULT_ARTICLES, DEFAULT_GOLD, article_text, load_cases

GOLD_FILES = sorted(DEFAULT_GOLD.glob("*.json"))


@pytest.mark.skipif(not GOLD_FILES, reason="evals/gold has no gold files yet")
@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_checked_in_gold_file_is_valid(path: Path) -> None:
    gold = load_gold(path)  # schema, and `article` equals the file stem
    articles = [p for p in DEFAULT_ARTICLES.glob(f"{path.stem}.*") if p.suffix in (".txt", ".html", ".htm")]
    assert len(articles) == 1, f"{path.name}: expected one article named {path.stem}.* in {DEFAULT_ARTICLES}"
    article = articles[0]
    text = article_text(article.read_text(encoding="utf-8"), article.suffix != ".txt")
    resolved = resolve_gold(gold, text, str(path))  # raises GoldError listing every problem
    for kind in ("events", "figures", "quotes", "attributions"):
        for item in resolved.items(kind):
            assert len(item.spans) == len(item.item.evidence)
            assert all(text[s.start : s.end] == s.text for s in item.spans)


# The labelled sets beyond the seeds (evals/sets/README.md): each is checked with the
# loader `newsfacts eval` runs first, so a set that would stop an eval stops CI instead.
# Loading resolves strings only: no extractor runs, so the report-only sets may be listed.
SETS = Path(__file__).resolve().parent.parent / "evals" / "sets"
LABELLED_SETS = sorted(p.name for p in SETS.iterdir() if (p / "gold").is_dir())


def test_the_documented_sets_are_all_checked() -> None:
    documented = {
        "dev",
        "heldout",
        "dev2",
        "heldout2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
        "dev13",
        "dev14",
        "dev15",
        "dev16",
        "dev17",
        "dev18",
        "dev19",
        "dev20",
        "dev21",
        "dev22",
        "dev23",
        "dev24",
        "dev25",
        "dev26",
        "dev27",
        "dev28",
        "dev29",
        "dev30",
        "dev31",
    }
    assert documented <= set(LABELLED_SETS)


@pytest.mark.parametrize("name", LABELLED_SETS)
def test_labelled_set_resolves_with_the_harness_loader(name: str) -> None:
    cases = load_cases(SETS / name / "articles", SETS / name / "gold")  # EvalError lists every problem
    assert cases, f"{name}: no articles"
    for case in cases:
        text = article_text(case.raw, case.is_html)
        for kind in ("events", "figures", "quotes", "attributions"):
            for item in case.gold.items(kind):
                assert all(text[s.start : s.end] == s.text for s in item.spans)


TEXT = "Share\n\nNATO said “we stay,” NATO said.\nShare this story, NATO said.\n\nShare"


def doc(**changes: Any) -> GoldFile:
    base: dict[str, Any] = {"article": "a", "published": "2021-02-19"}
    return GoldFile.model_validate({**base, **changes})


def quote(evidence: list[Any], text: str = "we stay,") -> dict[str, Any]:
    return {"text": text, "speaker": "NATO", "cue": "said", "evidence": evidence}


def problems(gold: GoldFile) -> list[str]:
    with pytest.raises(GoldError) as info:
        resolve_gold(gold, TEXT)
    return info.value.problems


def test_evidence_resolves_to_offsets() -> None:
    r = resolve_gold(doc(quotes=[quote(["we stay,"])]), TEXT)
    [span] = r.items("quotes")[0].spans
    assert TEXT[span.start : span.end] == "we stay,"


def test_gold_strings_are_normalised_like_articles() -> None:
    # NBSP and a trailing space in the gold string: the service normalises both away.
    r = resolve_gold(doc(quotes=[quote(["we\u00a0stay, "])]), TEXT)
    assert r.items("quotes")[0].spans[0].text == "we stay,"


def test_not_found_names_the_path_and_hints_at_quote_style() -> None:
    [p] = problems(doc(quotes=[quote(['"we stay," NATO'])]))
    assert p.startswith("quotes[0].evidence[0]: not found")
    assert "different quotation marks" in p


def test_repeated_plain_string_must_say_which_occurrence() -> None:
    [p] = problems(doc(quotes=[quote(["NATO said"])]))
    assert "occurs 3 times" in p and '"occurrence"' in p


def test_occurrence_picks_and_is_range_checked() -> None:
    r = resolve_gold(doc(quotes=[quote([{"text": "NATO said", "occurrence": 2}])]), TEXT)
    assert r.items("quotes")[0].spans[0].start == TEXT.index("NATO said", TEXT.index("NATO said") + 1)
    [p] = problems(doc(quotes=[quote([{"text": "NATO said", "occurrence": 4}])]))
    assert "occurrence 4 asked for, but the string occurs 3 time(s)" in p


def test_boilerplate_resolves_to_the_line_it_starts() -> None:
    r = resolve_gold(doc(boilerplate=["Share this"]), TEXT)
    start = TEXT.index("Share this")
    assert r.boilerplate == ((start, TEXT.index("\n", start)),)


def test_boilerplate_must_start_a_line_and_be_unambiguous() -> None:
    [p] = problems(doc(boilerplate=["said “we"]))
    assert "does not start a block" in p
    [p] = problems(doc(boilerplate=["Share"]))
    assert "starts 3 blocks" in p
    last = resolve_gold(doc(boilerplate=[{"text": "Share", "occurrence": 3}]), TEXT).boilerplate
    assert last == ((len(TEXT) - len("Share"), len(TEXT)),)


def test_evidence_inside_boilerplate_is_refused() -> None:
    [p] = problems(doc(boilerplate=["Share this"], quotes=[quote([{"text": "NATO said", "occurrence": 3}])]))
    assert "lies in a boilerplate block" in p


def test_verbatim_fields_are_checked() -> None:
    bad = {**quote(["we stay,"]), "cue": "declared"}
    assert problems(doc(quotes=[bad])) == ["quotes[0].cue: not verbatim in the article: 'declared'"]
    # Quote text must be its evidence (or its parts joined by one space), or at least verbatim.
    assert "quotes[0].text" in problems(doc(quotes=[quote(["we stay,"], text="we will stay")]))[0]


def test_every_problem_is_listed_at_once() -> None:
    gold = doc(
        boilerplate=["Nope"],
        quotes=[quote(["missing one"]), quote(["NATO said"])],
        figures=[{"text": "two", "value": 2, "kind": "count", "evidence": ["2 ships"]}],
    )
    listed = problems(gold)
    assert len(listed) == 5
    assert {p.split(":")[0] for p in listed} == {
        "boilerplate[0]",
        "quotes[0].evidence[0]",
        "quotes[1].evidence[0]",
        "figures[0].evidence[0]",
        "figures[0].text",
    }


def test_schema_errors_and_stem_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"article": "story", "published": "2021-02-19", "quotes": [{"txt": "x"}]}))
    with pytest.raises(GoldError) as info:
        load_gold(path)
    assert any(p.startswith("quotes[0].txt: Extra inputs") for p in info.value.problems)
    assert any(p.startswith("quotes[0].evidence: Field required") for p in info.value.problems)

    path.write_text(json.dumps({"article": "other", "published": "2021-02-19"}))
    with pytest.raises(GoldError, match="does not match the file stem 'story'"):
        load_gold(path)

    path.write_text("{not json")
    with pytest.raises(GoldError, match="not JSON"):
        load_gold(path)
