"""CPU that language detection adds to one extraction, against the rules extraction itself.

    .venv/bin/python -m benchmarks.bench_language

CPU time (``time.process_time``), so a busy machine slows the wall clock but
not the figures much. For the labelled English articles (seeds, dev): the
detector on the first N characters of the body, for several N, and the whole
rules pipeline (``prepare`` + extraction) for comparison.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from schemas import ArticleRequest
from service.backends.rules import RulesBackend
from service.pipeline import language
from service.pipeline.run import extract_document, prepare

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 20


def _articles() -> list[ArticleRequest]:
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "evals/sets/dev/articles").glob("*")):
        raw = path.read_text(encoding="utf-8")
        out.append(ArticleRequest(html=raw) if path.suffix == ".html" else ArticleRequest(text=raw))
    return out


def main() -> None:
    language.warm()
    docs = [prepare(a) for a in _articles()]
    bodies = ["\n".join(b.text for b in d.blocks if b.is_body) for d in docs]
    model = language._model()
    print(f"{len(docs)} articles, {REPEAT} rounds; CPU ms per article")
    for n in (200, 1000, 2000, 5000):
        started = time.process_time()
        for _ in range(REPEAT):
            for body in bodies:
                model.classify(body[:n])
        print(
            f"  detect on {n:>5} chars: {(time.process_time() - started) / (REPEAT * len(bodies)) * 1000:.3f}"
        )
    backend = RulesBackend()
    requests = _articles()
    started = time.process_time()
    for _ in range(REPEAT):
        for request in requests:
            asyncio.run(extract_document(prepare(request), backend))
    print(
        f"  whole rules extraction (prepare + extract): {(time.process_time() - started) / (REPEAT * len(requests)) * 1000:.3f}"
    )


if __name__ == "__main__":
    main()
