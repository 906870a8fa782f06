"""Benchmark 3: aligning 100 evidence strings in articles of 1k, 5k, 50k and 200k tokens.

Articles are seed paragraphs repeated, each copy with its numbers changed so
no paragraph is a verbatim repeat, cut to the size (tokens estimated at four
characters, as the LLM backend counts them). The aligner is built on the
prepared document once per article, its construction part of the time, with
the whole text allowed: the concatenated seeds fool the body finder (an
author box makes what follows "author" blocks), and which regions are body is
not what this measures.

The 100 strings are spread evenly over the article, in the proportions a
model's answer has them: 80 verbatim, 10 with folded differences (straight
for curly quotes, case, collapsed spaces: the normalised pass), 5 with a word
changed (the fuzzy pass), 5 that are nowhere (fabricated: every pass runs and
fails). Each size is timed ``--repeats`` times; the median counts.

Goal: under 20 ms at 5k tokens (LangExtract's published figure for its
aligner at that size) and linear growth: ms per 1k tokens about constant.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from collections.abc import Callable

from benchmarks import _harness as h
from schemas import ArticleRequest
from service import prepare
from service.grounding.align import Aligner

TITLE = "Alignment (benchmark 3)"
CHARS_PER_TOKEN = 4
SIZES = (1_000, 5_000, 50_000, 200_000)
_NUMBER = re.compile(r"\d+")


def build_article(tokens: int) -> str:
    """About ``tokens`` × 4 characters of the seeds' body paragraphs, none repeated verbatim."""
    paragraphs = [
        b.text
        for text in h.seed_texts()
        for b in prepare(ArticleRequest(text=text)).blocks
        if b.is_body and len(b.text) > 60
    ]
    out: list[str] = []
    size, copy = 0, 0
    while size < tokens * CHARS_PER_TOKEN:
        for p in paragraphs:
            # Numbers shifted and a closing sentence added, so no copy is a verbatim repeat.
            varied = _NUMBER.sub(_shift(copy), p) + f" Update {copy}." if copy else p
            out.append(varied)
            size += len(varied) + 2
            if size >= tokens * CHARS_PER_TOKEN:
                break
        copy += 1
    return "\n\n".join(out)


def _shift(by: int) -> Callable[[re.Match[str]], str]:
    return lambda m: str(int(m.group()) + by)


def _fold_variant(s: str) -> str:
    return s.replace("’", "'").replace("“", '"').replace("”", '"').replace(" ", "  ", 2).upper()


def _fuzzy_variant(s: str, rng: random.Random) -> str:
    words = s.split()
    i = rng.randrange(len(words))
    words[i] = words[i][::-1] if len(words[i]) > 3 else "the"
    return " ".join(words)


def evidence_strings(text: str, rng: random.Random) -> list[tuple[str, str]]:
    """100 (kind, string) pairs taken evenly across ``text``."""
    kinds = ["exact"] * 80 + ["normalized"] * 10 + ["fuzzy"] * 5 + ["absent"] * 5
    rng.shuffle(kinds)
    out: list[tuple[str, str]] = []
    for i, kind in enumerate(kinds):
        at = int(len(text) * (i + 0.5) / len(kinds))
        start = text.rfind(" ", 0, at) + 1
        end = text.find(" ", start + rng.randint(30, 90))
        piece = text[start : end if end != -1 else len(text)].strip()
        if kind == "normalized":
            piece = _fold_variant(piece)
        elif kind == "fuzzy":
            piece = _fuzzy_variant(piece, rng)
        elif kind == "absent":
            piece = (
                f"The harbour authority of Quillon confirmed {rng.randint(1000, 9999)} new berths for ferries"
            )
        out.append((kind, piece))
    return out


def timed(fn: Callable[[], object], repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark 3: alignment time against article length.")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--record", action="store_true", help="Write the section into RESULTS.md.")
    args = parser.parse_args()
    rng = random.Random(7)
    rows = [
        "| tokens | characters | ms for 100 strings | ms per 1k tokens | of which folding the text, ms | exact ms | normalized ms | fuzzy ms | absent ms | found |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    per_k: dict[int, float] = {}
    total_ms: dict[int, float] = {}
    for tokens in SIZES:
        doc = prepare(ArticleRequest(text=build_article(tokens)))
        regions = [(0, len(doc.text))]
        strings = evidence_strings(doc.text, rng)

        def run(
            strings: list[tuple[str, str]] = strings,
            text: str = doc.text,
            regions: list[tuple[int, int]] = regions,
        ) -> int:
            aligner = Aligner(text, regions)
            return sum(1 for _, s in strings if aligner.align(s) is not None)

        found = run()
        ms = 1000 * timed(run, args.repeats)

        def build(text: str = doc.text, regions: list[tuple[int, int]] = regions) -> None:
            Aligner(text, regions).align("zq#")  # the folded copy: built on the first non-exact pass

        fold_ms = 1000 * timed(build, args.repeats)
        by_kind: dict[str, float] = {}
        for kind in ("exact", "normalized", "fuzzy", "absent"):
            subset = [p for p in strings if p[0] == kind]
            runs = []
            for _ in range(args.repeats):
                aligner = Aligner(doc.text, regions)
                aligner.align("zq#")  # builds the folded copy; too short for the fuzzy pass
                started = time.perf_counter()
                for _, s in subset:
                    aligner.align(s)
                runs.append(time.perf_counter() - started)
            by_kind[kind] = 1000 * statistics.median(runs)
        total_ms[tokens] = ms
        per_k[tokens] = ms / (len(doc.text) / CHARS_PER_TOKEN / 1000)
        rows.append(
            f"| {tokens:,} | {len(doc.text):,} | **{ms:.1f}** | {per_k[tokens]:.2f} | {fold_ms:.1f} | "
            + " | ".join(f"{by_kind[k]:.1f}" for k in ("exact", "normalized", "fuzzy", "absent"))
            + f" | {found}/100 |"
        )
    growth = per_k[SIZES[-1]] / per_k[SIZES[1]]
    at_5k = total_ms[5_000]
    verdict_5k = "met" if at_5k < 20 else "NOT met"
    verdict_linear = "met" if growth <= 1.5 else "NOT met"
    body = (
        "\n".join(rows)
        + f"\n\nThe per-kind columns time only that kind's strings (each run on a fresh aligner whose folded "
        "copy is built before the clock starts), so they do not add up to the total.\n\n"
        f"- under 20 ms at 5k tokens: **{verdict_5k}** ({at_5k:.1f} ms)\n"
        f"- linear growth: ms per 1k tokens at 200k / at 5k = **{growth:.2f}** (1.0 is linear; "
        f"goal counted met up to 1.5): **{verdict_linear}**\n"
    )
    text = h.section(TITLE, body)
    print(text)
    if args.record:
        h.record(TITLE, text)


if __name__ == "__main__":
    main()
