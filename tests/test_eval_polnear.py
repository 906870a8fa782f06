"""The PolNeAR adapter on a tiny BRAT corpus written here (own sentences), and on the real
snapshot when NEWSFACTS_POLNEAR points at one (skipped otherwise)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evals.corpora import CorpusError, load
from evals.corpora.polnear import (
    CORPUS,
    Article,
    Relation,
    _coref,
    apply_sources,
    covered,
    cue_kind,
    found,
    gold_names,
    load_article,
    load_sources,
    name_tokens,
    offset_map,
    parse_ann,
    quote_passages,
)
from service.cli.app import build
from service.pipeline.normalize import normalize_text

# Two articles of our own. Offsets below are computed from these strings, so the
# annotation cannot drift from the text.
ART1 = (
    "Harbour plan splits council\n\n"
    "Mayor Ines Duarte said the harbour would reopen in May.\n\n"
    "“We have waited long enough,” Duarte told reporters, “and the money is there.”\n\n"
    "Councillor Piet Vos hopes that the vote will be delayed.\n\n"
    "The ferry left at noon.\n"
)
ART2 = "Budget passes\n\n“The books balance,” he said.\n"


def _span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    return i, i + len(needle)


def _said_after_quotes(raw: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """A BRAT annotation of "“quote,” SOURCE said" relations, one per (source, quote) pair, in order."""
    lines, n = [], 0
    for source, quote in pairs:
        q = _span(raw, quote)
        s = _span(raw, source, q[1])
        c = _span(raw, "said", s[1])
        lines += [
            f"T{n + 1}\tSource {s[0]} {s[1]}\t{source}",
            f"T{n + 2}\tCue {c[0]} {c[1]}\tsaid",
            f"T{n + 3}\tContent {q[0]} {q[1]}\t{quote}",
            f"T{n + 4}\tAttribution {c[0]} {c[1]}\tsaid",
            f"E{n // 4 + 1}\tAttribution:T{n + 4} Source:T{n + 1} Cue:T{n + 2} Content:T{n + 3}",
        ]
        n += 4
    return "\n".join(lines) + "\n"


def _ann1() -> str:
    t = ART1
    lines = []
    n = 0

    def tb(kind: str, spans: list[tuple[int, int]]) -> str:
        nonlocal n
        n += 1
        offsets = ";".join(f"{a} {b}" for a, b in spans)
        text = " ".join(t[a:b] for a, b in spans)
        lines.append(f"T{n}\t{kind} {offsets}\t{text}")
        return f"T{n}"

    # 1. indirect speech
    s1 = tb("Source", [_span(t, "Mayor Ines Duarte")])
    c1 = tb("Cue", [_span(t, "said")])
    x1 = tb("Content", [_span(t, "the harbour would reopen in May")])
    a1 = tb("Attribution", [_span(t, "said")])
    lines.append(f"E1\tAttribution:{a1} Source:{s1} Cue:{c1} Content:{x1}")
    # 2. a quote split by its cue: one relation, a discontinuous content
    q1 = _span(t, "“We have waited long enough,”")
    q2 = _span(t, "“and the money is there.”")
    s2 = tb("Source", [_span(t, "Duarte", q1[1])])
    c2 = tb("Cue", [_span(t, "told")])
    x2 = tb("Content", [q1, q2])
    a2 = tb("Attribution", [_span(t, "told")])
    lines.append(f"E2\tAttribution:{a2} Cue:{c2} Source:{s2} Content:{x2}")
    # 3. a belief
    s3 = tb("Source", [_span(t, "Councillor Piet Vos")])
    c3 = tb("Cue", [_span(t, "hopes")])
    x3 = tb("Content", [_span(t, "the vote will be delayed")])
    a3 = tb("Attribution", [_span(t, "hopes")])
    lines.append(f"E3\tAttribution:{a3} Source:{s3} Cue:{c3} Content:{x3}")
    tb("Discuss", [_span(t, "The ferry left at noon")])
    return "\n".join(lines) + "\n"


def _ann2() -> str:
    t = ART2
    s = _span(t, "he")
    c = _span(t, "said")
    x = _span(t, "“The books balance,”")
    return (
        f"T1\tSource {s[0]} {s[1]}\the\nT2\tCue {c[0]} {c[1]}\tsaid\n"
        f"T3\tContent {x[0]} {x[1]}\t{t[x[0] : x[1]]}\nT4\tAttribution {c[0]} {c[1]}\tsaid\n"
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
    )


def _corpus(root: Path) -> Path:
    """A checkout-shaped snapshot: data/<split>/{text,attributions}; test holds a file that must never be read."""
    for split, arts in (
        ("dev", {"a1_2016-10-01_harbour": (ART1, _ann1())}),
        ("train", {"b2_2016-01-02_budget": (ART2, _ann2())}),
    ):
        for name, (text, ann) in arts.items():
            (root / "data" / split / "text").mkdir(parents=True, exist_ok=True)
            (root / "data" / split / "attributions").mkdir(parents=True, exist_ok=True)
            (root / "data" / split / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
            (root / "data" / split / "attributions" / f"{name}_zz99.ann").write_text(ann, encoding="utf-8")
            # a second annotator's file: the first in name order is the one used
            (root / "data" / split / "attributions" / f"{name}_aa01.ann").write_text(ann, encoding="utf-8")
    (root / "data" / "test").mkdir(parents=True)
    (root / "data" / "test" / "text").write_text(
        "not a folder: reading it would fail loudly", encoding="utf-8"
    )
    return root


def test_brat_parse_keeps_relations_and_skips_notes() -> None:
    rels = parse_ann(_ann1())
    assert len(rels) == 3  # the Discuss note is not a relation
    assert len(rels[1]["content"]) == 2  # split quote: two fragments
    assert rels[0]["source"] and rels[0]["cue"]


def test_conversion_gives_relations_kinds_and_quote_fragments() -> None:
    art = load_article("a1_2016-10-01_harbour", ART1, _ann1(), None)
    assert [r.kind for r in art.relations] == ["speech", "speech", "belief"]
    assert art.relations[0].source_text == "Mayor Ines Duarte"
    assert art.relations[0].gold_names == {"ines", "duarte"}
    # the split quote is one item with two fragments, marks excluded
    (q,) = art.quotes
    assert [art.text[a:b] for a, b in q.fragments] == [
        "We have waited long enough,",
        "and the money is there.",
    ]
    assert art.published is not None and art.published.isoformat() == "2016-10-01"


def test_offsets_survive_normalisation() -> None:
    raw = "Cafe\u0301  owner  said\u00a0no.\r\n\r\n\r\n\r\nNext  line"
    norm = normalize_text(raw)
    omap = offset_map(raw, norm)
    assert omap is not None
    a, b = raw.index("owner"), raw.index("owner") + len("owner")
    assert norm[omap[a] : omap[b]] == "owner"
    a = raw.index("Next")
    assert norm[omap[a] : omap[a] + 4] == "Next"


def test_quote_passages_read_doubled_apostrophes_and_open_paragraphs() -> None:
    text = "He said ''we are ready'' and left.\n“This goes on\n“and ends here.”"
    got = [text[a:b] for a, b in quote_passages(text)]
    assert got == ["we are ready", "This goes on", "and ends here."]


def test_coverage_threshold_is_more_than_thirty_percent() -> None:
    assert covered((0, 10), [(0, 3)]) == 3
    assert not found([(0, 10)], [(0, 3)])  # exactly 30%: not found
    assert found([(0, 10)], [(0, 2), (5, 7)])  # 40% in two pieces
    assert found([(0, 4), (10, 14)], [(10, 14)])  # half of a split item


def test_belief_cues_and_name_tokens() -> None:
    assert cue_kind("believes") == "belief" and cue_kind("wants") == "belief"
    assert cue_kind("told reporters") == "speech" and cue_kind("according to") == "speech"
    assert name_tokens("Sen. Ted Cruz’s campaign") == {"ted", "cruz"}
    assert name_tokens("a campaign spokesman") == {"spokesman"}


def test_adapter_scores_the_synthetic_corpus(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "polnear")
    report = CORPUS.run(root, "dev", backend="rules")
    m = report.metrics
    assert report.documents == 1
    # the split quote is found and its speaker named on shared name tokens
    assert m["quote_items_gold"] == 1 and m["quote_items_found"] == 1
    assert m["quote_fragment_recall"] == 1.0
    assert m["speaker_accuracy"] == 1.0
    # two speech relations, one belief; both speech relations are found
    assert m["attribution_speech_recall"] == 1.0
    assert report.details["relations_by_kind"] == {"speech": 2, "belief": 1}
    assert m["attribution_all_recall"] is not None and m["attribution_all_recall"] >= 2 / 3


def test_reserved_split_is_refused_by_the_adapter_itself(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "polnear")
    with pytest.raises(CorpusError, match="reserved"):
        CORPUS.articles(root, "test")
    with pytest.raises(CorpusError, match="reserved"):
        CORPUS.run(root, "test", backend="rules")


def test_not_a_snapshot_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="not a PolNeAR snapshot"):
        CORPUS.run(tmp_path, "dev", backend="rules")


def test_bare_git_directory_is_read_like_a_checkout(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    work = _corpus(tmp_path / "work")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@localhost"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@localhost"}
    for cmd in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
        subprocess.run(["git", *cmd], cwd=work, check=True, env=env)
    arts = CORPUS.articles(work / ".git", "train")
    assert [a.name for a in arts] == ["b2_2016-01-02_budget"]
    assert arts[0].relations[0].source_text == "he"


def test_cli_prints_tables_and_metrics(tmp_path: Path) -> None:
    root = _corpus(tmp_path / "polnear")
    app = build()
    result = CliRunner().invoke(app, ["eval", "corpus", "polnear", "--split", "dev", "--data", str(root)])
    assert result.exit_code == 0, result.output
    assert "quote fragments" in result.output and "attribution_speech_recall" in result.output
    refused = CliRunner().invoke(app, ["eval", "corpus", "polnear", "--split", "test", "--data", str(root)])
    assert refused.exit_code == 2 and "reserved" in refused.output


def test_registry_loads_the_adapter() -> None:
    assert load("polnear") is CORPUS
    assert isinstance(Article, type) and isinstance(Relation, type)


SNAPSHOT = os.environ.get("NEWSFACTS_POLNEAR")


@pytest.mark.skipif(not SNAPSHOT, reason="NEWSFACTS_POLNEAR is not set (a PolNeAR checkout or git dir)")
def test_real_snapshot_dev_split_converts_and_scores() -> None:
    assert SNAPSHOT is not None
    report = CORPUS.run(Path(SNAPSHOT), "dev", backend="rules", limit=5)
    assert report.documents == 5
    assert report.details["misaligned_annotations"] == 0
    assert report.metrics["quote_items_gold"]
    for key in ("quote_fragment_f1", "speaker_accuracy", "attribution_speech_recall"):
        value = report.metrics[key]
        assert isinstance(value, float) and 0.0 <= value <= 1.0


def _token(word: str, start: int, ner: str) -> str:
    return (
        f"<token><word>{word}</word><CharacterOffsetBegin>{start}</CharacterOffsetBegin>"
        f"<CharacterOffsetEnd>{start + len(word)}</CharacterOffsetEnd><NER>{ner}</NER></token>"
    )


def test_a_coreference_chain_names_its_tagged_words_only() -> None:
    # A representative mention "Dana Whitfield of Eastfield County and Ron Castell": its PERSON tokens
    # are the name; the other words between the first and last of them are not (evals/README.md).
    raw = "Dana Whitfield of Eastfield County and Ron Castell met. He spoke."
    words = [("Dana", "PERSON"), ("Whitfield", "PERSON"), ("of", "O"), ("Eastfield", "LOCATION")]
    words += [("County", "LOCATION")]
    words += [("and", "O"), ("Ron", "PERSON"), ("Castell", "PERSON"), ("met", "O")]
    toks, pos = [], 0
    for w, ner in words:
        pos = raw.index(w, pos)
        toks.append(_token(w, pos, ner))
        pos += len(w)
    he = raw.index("He")
    xml = (
        "<root><document><sentences>"
        f"<sentence id='1'><tokens>{''.join(toks)}</tokens></sentence>"
        f"<sentence id='2'><tokens>{_token('He', he, 'O')}{_token('spoke', he + 3, 'O')}</tokens></sentence>"
        "</sentences><coreference><coreference>"
        "<mention representative='true'><sentence>1</sentence><start>1</start><end>9</end></mention>"
        "<mention><sentence>2</sentence><start>1</start><end>2</end></mention>"
        "</coreference></coreference></document></root>"
    )
    chains = _coref(xml, raw)
    assert chains is not None
    names = gold_names("He", [(he, he + 2)], chains)
    assert names == {"dana", "whitfield", "ron", "castell"}
    assert "eastfield" not in names and "county" not in names


def test_speaker_accuracy_is_broken_down_by_the_kind_of_gold_source(tmp_path: Path) -> None:
    # A name in the source span, a pronoun named through CoreNLP's chain, a description the chain
    # names, and one it does not: each kind is reported apart, and the headline is their sum.
    raw = (
        "Lena Brandt spoke first.\n\n"
        "“The bridge stays open,” Lena Brandt said.\n\n"
        "“Tolls will not rise,” she said.\n\n"
        "“We checked every bolt,” the engineer said.\n\n"
        "“Nobody told us,” a ferry pilot said.\n"
    )
    first = raw.index("Lena")
    she = raw.index("she said")
    eng = raw.index("the engineer")
    words = [("Lena", first, "PERSON"), ("Brandt", first + 5, "PERSON"), ("spoke", first + 12, "O")]
    toks1 = "".join(_token(w, p, n) for w, p, n in words)
    toks2 = _token("she", she, "O") + _token("said", she + 4, "O")
    toks3 = _token("the", eng, "O") + _token("engineer", eng + 4, "O")
    xml = (
        "<root><document><sentences>"
        f"<sentence id='1'><tokens>{toks1}</tokens></sentence>"
        f"<sentence id='2'><tokens>{toks2}</tokens></sentence>"
        f"<sentence id='3'><tokens>{toks3}</tokens></sentence>"
        "</sentences><coreference><coreference>"
        "<mention representative='true'><sentence>1</sentence><start>1</start><end>3</end></mention>"
        "<mention><sentence>2</sentence><start>1</start><end>2</end></mention>"
        "<mention><sentence>3</sentence><start>1</start><end>3</end></mention>"
        "</coreference></coreference></document></root>"
    )
    ann = _said_after_quotes(
        raw,
        (
            ("Lena Brandt", "“The bridge stays open,”"),
            ("she", "“Tolls will not rise,”"),
            ("the engineer", "“We checked every bolt,”"),
            ("a ferry pilot", "“Nobody told us,”"),
        ),
    )
    art = load_article("c3_2016-05-05_bridge", raw, ann, xml)
    kinds = [r.source_kind for r in art.relations]
    assert kinds == ["name", "pronoun", "description (chain)", "description (own words)"]
    assert art.relations[1].gold_names == {"lena", "brandt"}
    root = tmp_path / "polnear"
    for sub in ("text", "attributions", "corenlp"):
        (root / "data" / "train" / sub).mkdir(parents=True)
    (root / "data" / "train" / "text" / "c3_2016-05-05_bridge.txt").write_text(raw, encoding="utf-8")
    (root / "data" / "train" / "attributions" / "c3_2016-05-05_bridge_aa01.ann").write_text(
        ann, encoding="utf-8"
    )
    (root / "data" / "train" / "corenlp" / "c3_2016-05-05_bridge.txt.xml").write_text(xml, encoding="utf-8")
    report = CORPUS.run(root, "train", backend="rules")
    m = report.metrics
    assert m["speaker_scored"] == 4
    per_kind = [
        m[f"speaker_accuracy_{k}"] for k in ("name", "pronoun", "description_chain", "description_own")
    ]
    assert all(v in (0.0, 1.0) for v in per_kind)  # one scored item of each kind
    headline = m["speaker_accuracy"]
    assert isinstance(headline, float)
    assert sum(float(v or 0) for v in per_kind) == round(4 * headline)  # the kinds add up to the headline
    assert m["speaker_accuracy_name"] == 1.0 and m["speaker_accuracy_pronoun"] == 1.0


# --------------------------------------------------------------------------- a reader's resolution (--sources)

FAIR = (
    "Orchard fair opens\n\n"
    "Wendel Okafor chairs the growers' board.\n\n"
    "“Every stall will be full by noon,” he said.\n\n"
    "“We sold out twice last year,” they said.\n\n"
    "Pia Lund keeps the accounts.\n"
)


def _fair_corpus(root: Path) -> tuple[Path, Article]:
    """A train article whose CoreNLP chain (faked here) gives both pronoun sources to Pia Lund, named
    only after them: the rules speak the first quote for Wendel Okafor and name no one for the second."""
    raw = FAIR
    ann = _said_after_quotes(
        raw, (("he", "“Every stall will be full by noon,”"), ("they", "“We sold out twice last year,”"))
    )
    pia, he, they = raw.index("Pia"), raw.index("he said"), raw.index("they said")
    xml = (
        "<root><document><sentences>"
        f"<sentence id='1'><tokens>{_token('Pia', pia, 'PERSON')}{_token('Lund', pia + 4, 'PERSON')}</tokens></sentence>"
        f"<sentence id='2'><tokens>{_token('he', he, 'O')}</tokens></sentence>"
        f"<sentence id='3'><tokens>{_token('they', they, 'O')}</tokens></sentence>"
        "</sentences><coreference><coreference>"
        "<mention representative='true'><sentence>1</sentence><start>1</start><end>3</end></mention>"
        "<mention><sentence>2</sentence><start>1</start><end>2</end></mention>"
        "<mention><sentence>3</sentence><start>1</start><end>2</end></mention>"
        "</coreference></coreference></document></root>"
    )
    name = "d4_2016-06-06_fair"
    for sub, body, suffix in (
        ("text", raw, ".txt"),
        ("attributions", ann, "_aa01.ann"),
        ("corenlp", xml, ".txt.xml"),
    ):
        (root / "data" / "train" / sub).mkdir(parents=True, exist_ok=True)
        (root / "data" / "train" / sub / f"{name}{suffix}").write_text(body, encoding="utf-8")
    return root, load_article(name, raw, ann, xml)


def _sources_file(path: Path, art: Article, referents: list[tuple[int, int] | None]) -> Path:
    items = []
    for rel, ref in zip(art.relations, referents, strict=True):
        items.append(
            {
                "split": "train",
                "doc": art.name,
                "source_start": rel.source[0][0],
                "source_end": rel.source[-1][1],
                "referent_start": None if ref is None else ref[0],
                "referent_end": None if ref is None else ref[1],
                "note": "written for the test",
            }
        )
    path.write_text(json.dumps({"version": 1, "annotator": "test", "items": items}), encoding="utf-8")
    return path


def test_the_readers_referent_replaces_the_chain_beside_the_unchanged_headline(tmp_path: Path) -> None:
    root, art = _fair_corpus(tmp_path / "polnear")
    assert [r.source_kind for r in art.relations] == ["pronoun", "pronoun"]
    assert [r.chain_name for r in art.relations] == ["Pia Lund", "Pia Lund"]
    okafor = _span(art.text, "Wendel Okafor")
    # The reader gives "he" to Wendel Okafor (the chain said Pia Lund) and finds no name for "they".
    sources = _sources_file(tmp_path / "sources.json", art, [okafor, None])
    plain = CORPUS.run(root, "train", backend="rules")
    report = CORPUS.run(root, "train", backend="rules", sources=sources)
    m = report.metrics
    # The headline keeps the written convention: both pronouns are scored against the chain's Pia Lund.
    for key in ("speaker_accuracy", "speaker_scored", "speaker_unknown", "speaker_accuracy_pronoun"):
        assert m[key] == plain.metrics[key]
    assert m["speaker_scored"] == 2 and m["speaker_accuracy"] == 0.0
    assert "speaker_accuracy_reader" not in plain.metrics
    # Under the reader's resolution "he" is right (the rules name Wendel Okafor) and "they" is not scored.
    assert m["speaker_accuracy_reader"] == 1.0 and m["speaker_scored_reader"] == 1
    assert m["speaker_unknown_reader"] == 1
    assert m["speaker_accuracy_reader_pronoun"] == 1.0
    assert report.details["reader_sources"] == {"relations_listed": 2}
    assert report.details["chain_vs_reader"] == {
        "pronoun": {"chain names someone else": 1, "reader found no name": 1}
    }


def test_a_reader_who_agrees_with_the_chain_changes_nothing(tmp_path: Path) -> None:
    root, art = _fair_corpus(tmp_path / "polnear")
    lund = _span(art.text, "Pia Lund")
    sources = _sources_file(tmp_path / "sources.json", art, [lund, lund])
    m = CORPUS.run(root, "train", backend="rules", sources=sources).metrics
    assert m["speaker_accuracy_reader"] == m["speaker_accuracy"] == 0.0
    assert m["speaker_scored_reader"] == m["speaker_scored"] == 2


def test_a_sources_file_that_does_not_fit_the_snapshot_is_refused(tmp_path: Path) -> None:
    root, art = _fair_corpus(tmp_path / "polnear")
    good = _sources_file(tmp_path / "good.json", art, [(0, 4), None])
    doc = json.loads(good.read_text(encoding="utf-8"))
    # a source span the article does not have (another version of the corpus)
    doc["items"][0]["source_start"] += 1
    shifted = tmp_path / "shifted.json"
    shifted.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CorpusError, match="no gold source"):
        CORPUS.run(root, "train", backend="rules", sources=shifted)
    # a document the split does not hold (a file for another snapshot): refused, not ignored
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["items"].append({**doc["items"][0], "doc": "c9_2016-01-01_elsewhere"})
    stranger = tmp_path / "stranger.json"
    stranger.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CorpusError, match="not in the train split"):
        CORPUS.run(root, "train", backend="rules", sources=stranger)
    # one source given two different referents
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["items"].append({**doc["items"][0], "referent_start": 5, "referent_end": 9})
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(CorpusError, match="second, different referent"):
        load_sources(twice)
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "items": [{"split": "train"}]}', encoding="utf-8")
    with pytest.raises(CorpusError, match="malformed"):
        load_sources(bad)
    # the same source listed twice alike (two quotes given to one pronoun) is fine
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["items"].append(dict(doc["items"][1]))
    alike = tmp_path / "alike.json"
    alike.write_text(json.dumps(doc), encoding="utf-8")
    assert len(load_sources(alike)) == 2


def test_cli_sources_option_reports_the_reader_row_and_is_polnear_only(tmp_path: Path) -> None:
    root, art = _fair_corpus(tmp_path / "polnear")
    sources = _sources_file(tmp_path / "sources.json", art, [_span(art.text, "Wendel Okafor"), None])
    app = build()
    args = ["eval", "corpus", "polnear", "--split", "train", "--data", str(root), "--sources", str(sources)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "reader's sources" in result.output and "speaker_accuracy_reader" in result.output
    other = ["eval", "corpus", "cqe", "--split", "currency", "--data", str(root), "--sources", str(sources)]
    refused = CliRunner().invoke(app, other)
    assert refused.exit_code == 2 and "polnear adapter only" in refused.output


def test_the_shipped_reader_file_is_well_formed() -> None:
    # The reader's resolution written blind in session 11 (issue 14): every pronoun and chain-named
    # description quote item of dev, and a fixed sample of 150 of train; offsets only, no corpus text.
    path = Path(__file__).resolve().parents[1] / "evals" / "corpora" / "polnear_sources.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["annotator"]
    splits = Counter(it["split"] for it in doc["items"])
    assert splits == {"dev": 175, "train": 150}
    assert set(doc["items"][0]) == {
        "split",
        "doc",
        "source_start",
        "source_end",
        "referent_start",
        "referent_end",
        "note",
    }
    table = load_sources(path)
    assert len(table) < len(doc["items"])  # a few sources carry two quote items each
    assert sum(v is None for v in table.values()) >= 1  # some sources name no one in the text


@pytest.mark.skipif(not SNAPSHOT, reason="NEWSFACTS_POLNEAR is not set (a PolNeAR checkout or git dir)")
def test_the_shipped_reader_file_fits_the_real_snapshot() -> None:
    assert SNAPSHOT is not None
    path = Path(__file__).resolve().parents[1] / "evals" / "corpora" / "polnear_sources.json"
    table = load_sources(path)
    arts = CORPUS.articles(Path(SNAPSHOT), "dev")
    assert apply_sources(arts, "dev", table) >= 175
